use crate::operations;
/// A client for Data Ops: one method per operation (see the crate docs).
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
                                "Data Ops: the documentation lists no endpoint for region {region:?}, environment {environment:?}"
                            ),
                        ),
                    );
                }
            };
            &docsdk_runtime::url_from_template(
                "https://data-ops.{region}.{environment}.samsungsdscloud.com",
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
    /// CheckClusterResourceSizeForDataOpsServiceCreate: `POST /v1/data-ops-services/clusters/{cluster_id}/validate-resources`, API version 1.1, CURRENT.
    ///
    /// Validate Cluster Resource Size for Data Ops Service Creation.
    pub fn check_cluster_resource_size_for_data_ops_service_create(
        &self,
    ) -> operations::CheckClusterResourceSizeForDataOpsServiceCreate {
        operations::CheckClusterResourceSizeForDataOpsServiceCreate::new(
            &self.inner,
            Some("data-ops 1.1"),
        )
    }
    /// CheckClusterResourceSizeForDataOpsServiceUpdate: `POST /v1/data-ops-services/{data_ops_service_id}/validate-resources`, API version 1.1, CURRENT.
    ///
    /// Validate Cluster Resource Size for Data Ops Service Update.
    pub fn check_cluster_resource_size_for_data_ops_service_update(
        &self,
    ) -> operations::CheckClusterResourceSizeForDataOpsServiceUpdate {
        operations::CheckClusterResourceSizeForDataOpsServiceUpdate::new(
            &self.inner,
            Some("data-ops 1.1"),
        )
    }
    /// CheckDataOpsNameDuplication: `GET /v1/data-ops/{data_ops_name}/check-duplication`, API version 1.1, CURRENT.
    ///
    /// check duplication controller
    pub fn check_data_ops_name_duplication(
        &self,
    ) -> operations::CheckDataOpsNameDuplication {
        operations::CheckDataOpsNameDuplication::new(&self.inner, Some("data-ops 1.1"))
    }
    /// CheckDataOpsServiceNameDuplication: `GET /v1/data-ops-services/{data_ops_service_name}/check-duplication`, API version 1.1, CURRENT.
    ///
    /// check duplication controller
    pub fn check_data_ops_service_name_duplication(
        &self,
    ) -> operations::CheckDataOpsServiceNameDuplication {
        operations::CheckDataOpsServiceNameDuplication::new(
            &self.inner,
            Some("data-ops 1.1"),
        )
    }
    /// ListDataOps: `GET /v1/data-ops`, API version 1.1, CURRENT.
    ///
    /// \{aianalytics.GetDataOpsListConsole.notes\} v1.1
    pub fn list_data_ops(&self) -> operations::ListDataOps {
        operations::ListDataOps::new(&self.inner, Some("data-ops 1.1"))
    }
    /// CreateDataOps: `POST /v1/data-ops`, API version 1.1, CURRENT.
    ///
    /// create dataops
    pub fn create_data_ops(&self) -> operations::CreateDataOps {
        operations::CreateDataOps::new(&self.inner, Some("data-ops 1.1"))
    }
    /// ListDataOpsService: `GET /v1/data-ops-services`, API version 1.1, CURRENT.
    ///
    /// GetDataOpsServiceListConsole v1.1
    pub fn list_data_ops_service(&self) -> operations::ListDataOpsService {
        operations::ListDataOpsService::new(&self.inner, Some("data-ops 1.1"))
    }
    /// CreateDataOpsService: `POST /v1/data-ops-services`, API version 1.1, CURRENT.
    ///
    /// create dataops service
    pub fn create_data_ops_service(&self) -> operations::CreateDataOpsService {
        operations::CreateDataOpsService::new(&self.inner, Some("data-ops 1.1"))
    }
    /// ShowDataOps: `GET /v1/data-ops/{data_ops_id}`, API version 1.1, CURRENT.
    ///
    /// get dataops detail v1.1
    pub fn show_data_ops(&self) -> operations::ShowDataOps {
        operations::ShowDataOps::new(&self.inner, Some("data-ops 1.1"))
    }
    /// UpdateDataOps: `PUT /v1/data-ops/{data_ops_id}`, API version 1.1, CURRENT.
    ///
    /// update dataops v1
    pub fn update_data_ops(&self) -> operations::UpdateDataOps {
        operations::UpdateDataOps::new(&self.inner, Some("data-ops 1.1"))
    }
    /// DeleteDataOps: `DELETE /v1/data-ops/{data_ops_id}`, API version 1.1, CURRENT.
    ///
    /// delete dataops v1
    pub fn delete_data_ops(&self) -> operations::DeleteDataOps {
        operations::DeleteDataOps::new(&self.inner, Some("data-ops 1.1"))
    }
    /// ShowDataOpsService: `GET /v1/data-ops-services/{data_ops_service_id}`, API version 1.1, CURRENT.
    ///
    /// get data ops service v1.1
    pub fn show_data_ops_service(&self) -> operations::ShowDataOpsService {
        operations::ShowDataOpsService::new(&self.inner, Some("data-ops 1.1"))
    }
    /// UpdateDataOpsService: `PUT /v1/data-ops-services/{data_ops_service_id}`, API version 1.1, CURRENT.
    ///
    /// update data ops service
    pub fn update_data_ops_service(&self) -> operations::UpdateDataOpsService {
        operations::UpdateDataOpsService::new(&self.inner, Some("data-ops 1.1"))
    }
    /// DeleteDataOpsService: `DELETE /v1/data-ops-services/{data_ops_service_id}`, API version 1.1, CURRENT.
    ///
    /// delete data ops service
    pub fn delete_data_ops_service(&self) -> operations::DeleteDataOpsService {
        operations::DeleteDataOpsService::new(&self.inner, Some("data-ops 1.1"))
    }
    /// ListDataOpsImageVersions: `GET /v1/data-ops/image-versions`, API version 1.1, CURRENT.
    ///
    /// get dataops image version v1
    pub fn list_data_ops_image_versions(&self) -> operations::ListDataOpsImageVersions {
        operations::ListDataOpsImageVersions::new(&self.inner, Some("data-ops 1.1"))
    }
    /// ListDataOpsIngressControllers: `GET /v1/data-ops/clusters/{cluster_id}/ingress-controllers`, API version 1.1, CURRENT.
    ///
    /// get ingress controller list
    pub fn list_data_ops_ingress_controllers(
        &self,
    ) -> operations::ListDataOpsIngressControllers {
        operations::ListDataOpsIngressControllers::new(&self.inner, Some("data-ops 1.1"))
    }
    /// ShowDataOpsServiceSubVersion: `GET /v1/data-ops-services/data-ops/{data_ops_id}/sub-versions`, API version 1.1, CURRENT.
    ///
    /// get data ops sub version
    pub fn show_data_ops_service_sub_version(
        &self,
    ) -> operations::ShowDataOpsServiceSubVersion {
        operations::ShowDataOpsServiceSubVersion::new(&self.inner, Some("data-ops 1.1"))
    }
}
