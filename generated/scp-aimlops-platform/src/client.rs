use crate::operations;
/// A client for AI\&MLOps Platform: one method per operation (see the crate docs).
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
                                "AI&MLOps Platform: the documentation lists no endpoint for region {region:?}, environment {environment:?}"
                            ),
                        ),
                    );
                }
            };
            &docsdk_runtime::url_from_template(
                "https://aimlops-platform.{region}.{environment}.samsungsdscloud.com",
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
    /// The operations at API version 1.0, DEPRECATED, each with the request and response types of that version.
    #[deprecated(
        note = "API version 1.0 is deprecated; it is removed not before 2026-03-19"
    )]
    pub fn v1_0(&self) -> crate::v1_0::Client<'_> {
        crate::v1_0::Client(self)
    }
    /// Check Cluster Version: `GET /v1/aimlops-platform/clusters/{cluster_id}/check-version`, API version 1.1, CURRENT.
    ///
    /// Check AI\&MLOps Platform Cluster Version.
    pub fn check_cluster_version(&self) -> operations::CheckClusterVersion {
        operations::CheckClusterVersion::new(&self.inner, Some("aimlops-platform 1.1"))
    }
    /// Check Duplication AI\&MLOps Platform Name: `GET /v1/aimlops-platform/check-duplication`, API version 1.1, CURRENT.
    ///
    /// Check Duplication AI\&MLOps Platform Name. (false: no duplicate value, true: duplicate value)
    pub fn check_duplication_ai_ml_ops_platform_name(
        &self,
    ) -> operations::CheckDuplicationAiMlOpsPlatformName {
        operations::CheckDuplicationAiMlOpsPlatformName::new(
            &self.inner,
            Some("aimlops-platform 1.1"),
        )
    }
    /// List AI\&MLOps Platform: `GET /v1/aimlops-platform`, API version 1.1, CURRENT.
    ///
    /// Get List of AI\&MLOps Platform.
    pub fn list_ai_ml_ops_platform(&self) -> operations::ListAiMlOpsPlatform {
        operations::ListAiMlOpsPlatform::new(&self.inner, Some("aimlops-platform 1.1"))
    }
    /// Create AI\&MLOps Platform: `POST /v1/aimlops-platform`, API version 1.1, CURRENT.
    pub fn create_ai_ml_ops_platform(&self) -> operations::CreateAiMlOpsPlatform {
        operations::CreateAiMlOpsPlatform::new(&self.inner, Some("aimlops-platform 1.1"))
    }
    /// Get AI\&MLOps Platform details: `GET /v1/aimlops-platform/{release_id}`, API version 1.1, CURRENT.
    pub fn get_ai_ml_ops_platform_details(
        &self,
    ) -> operations::GetAiMlOpsPlatformDetails {
        operations::GetAiMlOpsPlatformDetails::new(
            &self.inner,
            Some("aimlops-platform 1.1"),
        )
    }
    /// Update AI\&MLOps Platform: `PUT /v1/aimlops-platform/{release_id}`, API version 1.1, CURRENT.
    pub fn update_ai_ml_ops_platform(&self) -> operations::UpdateAiMlOpsPlatform {
        operations::UpdateAiMlOpsPlatform::new(&self.inner, Some("aimlops-platform 1.1"))
    }
    /// Delete AI\&MLOps Platform: `DELETE /v1/aimlops-platform/{release_id}`, API version 1.1, CURRENT.
    pub fn delete_ai_ml_ops_platform(&self) -> operations::DeleteAiMlOpsPlatform {
        operations::DeleteAiMlOpsPlatform::new(&self.inner, Some("aimlops-platform 1.1"))
    }
    /// List Images: `GET /v1/aimlops-platform/images`, API version 1.1, CURRENT.
    ///
    /// Get List of AI\&MLOps Platform Images.
    pub fn list_images(&self) -> operations::ListImages {
        operations::ListImages::new(&self.inner, Some("aimlops-platform 1.1"))
    }
    /// Validate Cluster Namespace: `GET /v1/aimlops-platform/clusters/{cluster_id}/validate-namespaces`, API version 1.1, CURRENT.
    ///
    /// Validate instability for AI\&MLOps Platform. (whether already installed or not)
    pub fn validate_cluster_namespace(&self) -> operations::ValidateClusterNamespace {
        operations::ValidateClusterNamespace::new(
            &self.inner,
            Some("aimlops-platform 1.1"),
        )
    }
    /// Validate Cluster Resource Size: `GET /v1/aimlops-platform/clusters/{cluster_id}/validate-resources`, API version 1.1, CURRENT.
    ///
    /// Validate whether Cluster Resource size is large enough or not for AI\&MLOps Platform.
    pub fn validate_cluster_resource_size(
        &self,
    ) -> operations::ValidateClusterResourceSize {
        operations::ValidateClusterResourceSize::new(
            &self.inner,
            Some("aimlops-platform 1.1"),
        )
    }
    /// List Nodes: `GET /v1/aimlops-platform/internal/clusters/{cluster_id}/nodes`, API version 1.0, DEPRECATED (Not Before 2026-03-19).
    ///
    /// Get List of AI\&MLOps Platform Nodes.
    #[deprecated(
        note = "API version 1.0 of `list_nodes` is deprecated; it is removed not before 2026-03-19"
    )]
    pub fn list_nodes(&self) -> operations::ListNodes {
        operations::ListNodes::new(&self.inner, Some("aimlops-platform 1.0"))
    }
    /// List StorageClasses: `GET /v1/aimlops-platform/internal/clusters/{cluster_id}/storageclasses`, API version 1.0, DEPRECATED (Not Before 2026-03-19).
    ///
    /// Get List of AI\&MLOps Platform StorageClasses.
    #[deprecated(
        note = "API version 1.0 of `list_storage_classes` is deprecated; it is removed not before 2026-03-19"
    )]
    pub fn list_storage_classes(&self) -> operations::ListStorageClasses {
        operations::ListStorageClasses::new(&self.inner, Some("aimlops-platform 1.0"))
    }
}
