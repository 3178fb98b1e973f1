use crate::operations;
/// A client for Cloud ML: one method per operation (see the crate docs).
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
                                "Cloud ML: the documentation lists no endpoint for region {region:?}, environment {environment:?}"
                            ),
                        ),
                    );
                }
            };
            &docsdk_runtime::url_from_template(
                "https://cloud-ml.{region}.{environment}.samsungsdscloud.com",
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
    /// CheckDuplicationNameAndDomainName: `GET /v1/cloud-ml/check-duplication`, API version 1.0, CURRENT.
    ///
    /// check duplication name and domain name(Please use either the ’name’ or ‘domain\_name’ query parameter.)
    pub fn check_duplication_name_and_domain_name(
        &self,
    ) -> operations::CheckDuplicationNameAndDomainName {
        operations::CheckDuplicationNameAndDomainName::new(
            &self.inner,
            Some("cloud-ml 1.0"),
        )
    }
    /// CloudMLClusterCheckEstimate: `GET /v1/cloud-ml/clusters/{cluster_id}/estimate`, API version 1.0, CURRENT.
    ///
    /// cloud ml cluster estimate
    pub fn cloud_ml_cluster_check_estimate(
        &self,
    ) -> operations::CloudMlClusterCheckEstimate {
        operations::CloudMlClusterCheckEstimate::new(&self.inner, Some("cloud-ml 1.0"))
    }
    /// CloudMLImages: `GET /v1/cloud-ml/images`, API version 1.0, CURRENT.
    ///
    /// cloud ml images
    pub fn cloud_ml_images(&self) -> operations::CloudMlImages {
        operations::CloudMlImages::new(&self.inner, Some("cloud-ml 1.0"))
    }
    /// ClusterCheckReleasable: `GET /v1/cloud-ml/clusters/{cluster_id}/check-releasable`, API version 1.0, CURRENT.
    ///
    /// cluster check releasable
    pub fn cluster_check_releasable(&self) -> operations::ClusterCheckReleasable {
        operations::ClusterCheckReleasable::new(&self.inner, Some("cloud-ml 1.0"))
    }
    /// ClusterProduct: `GET /v1/cloud-ml/clusters/{cluster_id}`, API version 1.0, CURRENT.
    ///
    /// cluster product
    pub fn cluster_product(&self) -> operations::ClusterProduct {
        operations::ClusterProduct::new(&self.inner, Some("cloud-ml 1.0"))
    }
    /// CreateCloudML: `POST /v1/cloud-ml`, API version 1.0, CURRENT.
    ///
    /// create cloud ML
    pub fn create_cloud_ml(&self) -> operations::CreateCloudMl {
        operations::CreateCloudMl::new(&self.inner, Some("cloud-ml 1.0"))
    }
    /// ShowCloudML: `GET /v1/cloud-ml/{cloud_ml_id}`, API version 1.0, CURRENT.
    ///
    /// get cloud ML
    pub fn show_cloud_ml(&self) -> operations::ShowCloudMl {
        operations::ShowCloudMl::new(&self.inner, Some("cloud-ml 1.0"))
    }
    /// UpdateCloudML: `PUT /v1/cloud-ml/{cloud_ml_id}`, API version 1.0, CURRENT.
    ///
    /// update cloud ML
    pub fn update_cloud_ml(&self) -> operations::UpdateCloudMl {
        operations::UpdateCloudMl::new(&self.inner, Some("cloud-ml 1.0"))
    }
    /// DeleteCloudML: `DELETE /v1/cloud-ml/{cloud_ml_id}`, API version 1.0, CURRENT.
    ///
    /// delete cloud ML
    pub fn delete_cloud_ml(&self) -> operations::DeleteCloudMl {
        operations::DeleteCloudMl::new(&self.inner, Some("cloud-ml 1.0"))
    }
}
