use crate::operations;
/// A client for Quick Query: one method per operation (see the crate docs).
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
                                "Quick Query: the documentation lists no endpoint for region {region:?}, environment {environment:?}"
                            ),
                        ),
                    );
                }
            };
            &docsdk_runtime::url_from_template(
                "https://quick-query.{region}.{environment}.samsungsdscloud.com",
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
    /// CheckClusterResourceSizeForQuickQuery: `POST /v1/quick-query/validate-resources`, API version 1.1, CURRENT.
    ///
    /// Check if resource is verified to be modified/created
    pub fn check_cluster_resource_size_for_quick_query(
        &self,
    ) -> operations::CheckClusterResourceSizeForQuickQuery {
        operations::CheckClusterResourceSizeForQuickQuery::new(
            &self.inner,
            Some("quick-query 1.1"),
        )
    }
    /// CheckDuplicationQuickQueryName: `GET /v1/quick-query/{quick_query_name}/check-duplication`, API version 1.1, CURRENT.
    ///
    /// Check Duplication Quick Query Name. (false: no duplicate value, true: duplicate value)
    pub fn check_duplication_quick_query_name(
        &self,
    ) -> operations::CheckDuplicationQuickQueryName {
        operations::CheckDuplicationQuickQueryName::new(
            &self.inner,
            Some("quick-query 1.1"),
        )
    }
    /// ListQuickQuery: `GET /v1/quick-query`, API version 1.1, CURRENT.
    ///
    /// get quick query list console
    pub fn list_quick_query(&self) -> operations::ListQuickQuery {
        operations::ListQuickQuery::new(&self.inner, Some("quick-query 1.1"))
    }
    /// CreateQuickQuery: `POST /v1/quick-query`, API version 1.1, CURRENT.
    ///
    /// Create Quick Query.
    pub fn create_quick_query(&self) -> operations::CreateQuickQuery {
        operations::CreateQuickQuery::new(&self.inner, Some("quick-query 1.1"))
    }
    /// ShowQuickQuery: `GET /v1/quick-query/{quick_query_id}`, API version 1.1, CURRENT.
    ///
    /// Get Quick Query details.
    pub fn show_quick_query(&self) -> operations::ShowQuickQuery {
        operations::ShowQuickQuery::new(&self.inner, Some("quick-query 1.1"))
    }
    /// DeleteQuickQuery: `DELETE /v1/quick-query/{quick_query_id}`, API version 1.1, CURRENT.
    ///
    /// delete quick query
    pub fn delete_quick_query(&self) -> operations::DeleteQuickQuery {
        operations::DeleteQuickQuery::new(&self.inner, Some("quick-query 1.1"))
    }
    /// ListQuickQueryImages: `GET /v1/quick-query/image-versions`, API version 1.1, CURRENT.
    ///
    /// get quick query image versions
    pub fn list_quick_query_images(&self) -> operations::ListQuickQueryImages {
        operations::ListQuickQueryImages::new(&self.inner, Some("quick-query 1.1"))
    }
    /// UpdateQuickQueryDescription: `PUT /v1/quick-query/{quick_query_id}/description`, API version 1.1, CURRENT.
    ///
    /// update quick query description
    pub fn update_quick_query_description(
        &self,
    ) -> operations::UpdateQuickQueryDescription {
        operations::UpdateQuickQueryDescription::new(
            &self.inner,
            Some("quick-query 1.1"),
        )
    }
    /// UpdateQuickQueryDomain: `PUT /v1/quick-query/{quick_query_id}/domain`, API version 1.1, CURRENT.
    ///
    /// update quick query domain
    pub fn update_quick_query_domain(&self) -> operations::UpdateQuickQueryDomain {
        operations::UpdateQuickQueryDomain::new(&self.inner, Some("quick-query 1.1"))
    }
    /// UpdateQuickQueryDscDomain: `PUT /v1/quick-query/{quick_query_id}/dsc-domain`, API version 1.1, CURRENT.
    ///
    /// update quick query dsc domain
    pub fn update_quick_query_dsc_domain(
        &self,
    ) -> operations::UpdateQuickQueryDscDomain {
        operations::UpdateQuickQueryDscDomain::new(&self.inner, Some("quick-query 1.1"))
    }
    /// UpdateQuickQueryEngine: `PUT /v1/quick-query/{quick_query_id}/engine`, API version 1.1, CURRENT.
    ///
    /// update quick query engine
    pub fn update_quick_query_engine(&self) -> operations::UpdateQuickQueryEngine {
        operations::UpdateQuickQueryEngine::new(&self.inner, Some("quick-query 1.1"))
    }
    /// UpdateQuickQueryHostAlias: `PUT /v1/quick-query/{quick_query_id}/host-alias`, API version 1.1, CURRENT.
    ///
    /// update quick query host alias
    pub fn update_quick_query_host_alias(
        &self,
    ) -> operations::UpdateQuickQueryHostAlias {
        operations::UpdateQuickQueryHostAlias::new(&self.inner, Some("quick-query 1.1"))
    }
}
