use crate::operations;
/// A client for Data Flow: one method per operation (see the crate docs).
#[derive(Clone, Debug)]
pub struct Client {
    pub(crate) inner: docsdk_runtime::Client,
}
/// The `region` part of the service URL: only documented values.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Region {
    /// `kr-west1`
    KrWest1,
    /// `kr-east1`
    KrEast1,
    /// `kr-south1`
    KrSouth1,
    /// `kr-south2`
    KrSouth2,
    /// `kr-south3`
    KrSouth3,
}
/// The `environment` part of the service URL: only documented values.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Environment {
    /// `s`
    S,
    /// `g`
    G,
    /// `e`
    E,
}
impl Client {
    /// Creates a client for the service URL at the given `region` and `environment`. Only documented combinations are accepted; others fail with `Error::InvalidRequest`. The config's endpoint override, when set, wins.
    pub fn new(
        config: docsdk_runtime::Config,
        region: Region,
        environment: Environment,
    ) -> docsdk_runtime::Result<Self> {
        let base_url: &str = {
            let values = match (region, environment) {
                (Region::KrWest1, Environment::S) => ["kr-west1", "s"],
                (Region::KrWest1, Environment::E) => ["kr-west1", "e"],
                (Region::KrEast1, Environment::S) => ["kr-east1", "s"],
                (Region::KrEast1, Environment::E) => ["kr-east1", "e"],
                (Region::KrSouth1, Environment::G) => ["kr-south1", "g"],
                (Region::KrSouth2, Environment::G) => ["kr-south2", "g"],
                (Region::KrSouth3, Environment::G) => ["kr-south3", "g"],
                _ => {
                    return Err(
                        docsdk_runtime::Error::InvalidRequest(
                            format!(
                                "Data Flow: the documentation lists no endpoint for region {region:?}, environment {environment:?}"
                            ),
                        ),
                    );
                }
            };
            &docsdk_runtime::url_from_template(
                "https://data-flow.{region}.{environment}.samsungsdscloud.com",
                &[("region", values[0]), ("environment", values[1])],
            )?
        };
        Ok(Self {
            inner: docsdk_runtime::Client::new(config, base_url)?,
        })
    }
    /// Creates a client that sends every request to the config's endpoint override (a proxy or a test server), signing with the config's credentials (SCP access key). Fails with `Error::InvalidRequest` when the config has no endpoint.
    pub fn with_endpoint(
        config: docsdk_runtime::Config,
    ) -> docsdk_runtime::Result<Self> {
        let Some(url) = config.endpoint_url().map(str::to_owned) else {
            return Err(
                docsdk_runtime::Error::InvalidRequest(
                    "with_endpoint: the config has no endpoint_url".to_owned(),
                ),
            );
        };
        Ok(Self {
            inner: docsdk_runtime::Client::new(config, url)?,
        })
    }
    /// The operations at API version 1.0, SUPPORTED, each with the request and response types of that version.
    pub fn v1_0(&self) -> crate::v1_0::Client<'_> {
        crate::v1_0::Client(self)
    }
    /// CheckClusterResourceSizeForDataFlowServiceCreate: `POST /v1/data-flow-services/clusters/{cluster_id}/validate-resources`, API version 1.1, CURRENT.
    ///
    /// Validate Cluster Resource Size for Data Flow Service Creation.
    pub fn check_cluster_resource_size_for_data_flow_service_create(
        &self,
    ) -> operations::CheckClusterResourceSizeForDataFlowServiceCreate {
        operations::CheckClusterResourceSizeForDataFlowServiceCreate::new(
            &self.inner,
            Some("data-flow 1.1"),
        )
    }
    /// CheckClusterResourceSizeForDataFlowServiceUpdate: `POST /v1/data-flow-services/{data_flow_service_id}/validate-resources`, API version 1.1, CURRENT.
    ///
    /// Validate Cluster Resource Size for Data Flow Service Update.
    pub fn check_cluster_resource_size_for_data_flow_service_update(
        &self,
    ) -> operations::CheckClusterResourceSizeForDataFlowServiceUpdate {
        operations::CheckClusterResourceSizeForDataFlowServiceUpdate::new(
            &self.inner,
            Some("data-flow 1.1"),
        )
    }
    /// CheckDataFlowNameDuplication: `GET /v1/data-flows/{data_flow_name}/check-duplication`, API version 1.1, CURRENT.
    ///
    /// Check Duplication Data Flow Name. (false: no duplicate value, true: duplicate value)
    pub fn check_data_flow_name_duplication(
        &self,
    ) -> operations::CheckDataFlowNameDuplication {
        operations::CheckDataFlowNameDuplication::new(&self.inner, Some("data-flow 1.1"))
    }
    /// CheckDataFlowServiceNameDuplication: `GET /v1/data-flow-services/{data_flow_service_name}/check-duplication`, API version 1.1, CURRENT.
    ///
    /// Check Duplication Data Flow Service Name. (false: no duplicate value, true: duplicate value)
    pub fn check_data_flow_service_name_duplication(
        &self,
    ) -> operations::CheckDataFlowServiceNameDuplication {
        operations::CheckDataFlowServiceNameDuplication::new(
            &self.inner,
            Some("data-flow 1.1"),
        )
    }
    /// ListDataFlows: `GET /v1/data-flows`, API version 1.1, CURRENT.
    ///
    /// get dataflow list console v1.1
    pub fn list_data_flows(&self) -> operations::ListDataFlows {
        operations::ListDataFlows::new(&self.inner, Some("data-flow 1.1"))
    }
    /// CreateDataFlow: `POST /v1/data-flows`, API version 1.1, CURRENT.
    ///
    /// create data flow
    pub fn create_data_flow(&self) -> operations::CreateDataFlow {
        operations::CreateDataFlow::new(&self.inner, Some("data-flow 1.1"))
    }
    /// ListDataFlowService: `GET /v1/data-flow-services`, API version 1.1, CURRENT.
    ///
    /// get dataflow service list console v1.1
    pub fn list_data_flow_service(&self) -> operations::ListDataFlowService {
        operations::ListDataFlowService::new(&self.inner, Some("data-flow 1.1"))
    }
    /// CreateDataFlowService: `POST /v1/data-flow-services`, API version 1.1, CURRENT.
    ///
    /// Create dataflow service console
    pub fn create_data_flow_service(&self) -> operations::CreateDataFlowService {
        operations::CreateDataFlowService::new(&self.inner, Some("data-flow 1.1"))
    }
    /// ShowDataFlow: `GET /v1/data-flows/{data_flow_id}`, API version 1.1, CURRENT.
    ///
    /// get data flow
    pub fn show_data_flow(&self) -> operations::ShowDataFlow {
        operations::ShowDataFlow::new(&self.inner, Some("data-flow 1.1"))
    }
    /// UpdateDataFlow: `PUT /v1/data-flows/{data_flow_id}`, API version 1.1, CURRENT.
    ///
    /// update data flow by flow id
    pub fn update_data_flow(&self) -> operations::UpdateDataFlow {
        operations::UpdateDataFlow::new(&self.inner, Some("data-flow 1.1"))
    }
    /// DeleteDataFlow: `DELETE /v1/data-flows/{data_flow_id}`, API version 1.1, CURRENT.
    ///
    /// get data flow
    pub fn delete_data_flow(&self) -> operations::DeleteDataFlow {
        operations::DeleteDataFlow::new(&self.inner, Some("data-flow 1.1"))
    }
    /// ShowDataFlowService: `GET /v1/data-flow-services/{data_flow_service_id}`, API version 1.1, CURRENT.
    ///
    /// GET dataflow service console v1.1
    pub fn show_data_flow_service(&self) -> operations::ShowDataFlowService {
        operations::ShowDataFlowService::new(&self.inner, Some("data-flow 1.1"))
    }
    /// UpdateDataFlowService: `PUT /v1/data-flow-services/{data_flow_service_id}`, API version 1.1, CURRENT.
    ///
    /// update dataflow service console
    pub fn update_data_flow_service(&self) -> operations::UpdateDataFlowService {
        operations::UpdateDataFlowService::new(&self.inner, Some("data-flow 1.1"))
    }
    /// DeleteDataFlowService: `DELETE /v1/data-flow-services/{data_flow_service_id}`, API version 1.1, CURRENT.
    ///
    /// delete dataflow service console
    pub fn delete_data_flow_service(&self) -> operations::DeleteDataFlowService {
        operations::DeleteDataFlowService::new(&self.inner, Some("data-flow 1.1"))
    }
    /// ListDataFlowImages: `GET /v1/data-flows/image-versions`, API version 1.1, CURRENT.
    ///
    /// Get List of Data Flow Images.
    pub fn list_data_flow_images(&self) -> operations::ListDataFlowImages {
        operations::ListDataFlowImages::new(&self.inner, Some("data-flow 1.1"))
    }
    /// ListDataFlowIngressControllers: `GET /v1/data-flows/clusters/{cluster_id}/ingress-controllers`, API version 1.1, CURRENT.
    ///
    /// ingress by cluster id
    pub fn list_data_flow_ingress_controllers(
        &self,
    ) -> operations::ListDataFlowIngressControllers {
        operations::ListDataFlowIngressControllers::new(
            &self.inner,
            Some("data-flow 1.1"),
        )
    }
    /// ShowDataFlowServiceSubVersions: `GET /v1/data-flow-services/data-flows/{data_flow_id}/sub-versions`, API version 1.1, CURRENT.
    ///
    /// Get List of Data Flow Service Versions.
    pub fn show_data_flow_service_sub_versions(
        &self,
    ) -> operations::ShowDataFlowServiceSubVersions {
        operations::ShowDataFlowServiceSubVersions::new(
            &self.inner,
            Some("data-flow 1.1"),
        )
    }
}
