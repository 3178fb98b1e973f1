//! Request builders, one per operation: set parameters, then `.send().await`.
use crate::support::required;
use crate::types;
use docsdk_runtime::{Method, Request, Result};
/// Request builder for `check_cluster_resource_size_for_quick_query`: `POST /v1/quick-query/validate-resources`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct CheckClusterResourceSizeForQuickQuery {
    client: docsdk_runtime::Client,
    version: &'static str,
    cluster_id: Option<String>,
    node_pool_validation_request: Option<Vec<types::NodePoolResourceValidationRequest>>,
    quick_query_engine_request: Option<types::QuickQueryEngineRequest>,
}
impl CheckClusterResourceSizeForQuickQuery {
    pub(crate) fn new(client: docsdk_runtime::Client, version: &'static str) -> Self {
        Self {
            client,
            version,
            cluster_id: None,
            node_pool_validation_request: None,
            quick_query_engine_request: None,
        }
    }
    /// Sends the request and returns the 200 response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<types::QuickQueryValidateResourceResponse> {
        const OPERATION: &str = "check_cluster_resource_size_for_quick_query";
        let body = types::QuickQueryValidateResourceRequest {
            cluster_id: self.cluster_id,
            node_pool_validation_request: required(
                self.node_pool_validation_request,
                OPERATION,
                "node_pool_validation_request",
            )?,
            quick_query_engine_request: required(
                self.quick_query_engine_request,
                OPERATION,
                "quick_query_engine_request",
            )?,
        };
        let request = Request::new(
                Method::Post,
                "/v1/quick-query/validate-resources",
                OPERATION,
            )
            .api_version(self.version)
            .json_body(&body)?;
        self.client.send_json(request).await
    }
}
crate::support::setters!(
    CheckClusterResourceSizeForQuickQuery { #[doc = " cluster\\_id"] cluster_id : String,
    #[doc = " node\\_pool\\_validation\\_request"] node_pool_validation_request : Vec <
    types::NodePoolResourceValidationRequest >, #[doc =
    " quick\\_query\\_engine\\_request"] quick_query_engine_request :
    types::QuickQueryEngineRequest }
);
/// Request builder for `check_duplication_quick_query_name`: `GET /v1/quick-query/{quick_query_name}/check-duplication`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct CheckDuplicationQuickQueryName {
    client: docsdk_runtime::Client,
    version: &'static str,
    quick_query_name: Option<String>,
}
impl CheckDuplicationQuickQueryName {
    pub(crate) fn new(client: docsdk_runtime::Client, version: &'static str) -> Self {
        Self {
            client,
            version,
            quick_query_name: None,
        }
    }
    /// Sends the request and returns the 200 response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<types::CheckResponse> {
        const OPERATION: &str = "check_duplication_quick_query_name";
        let request = Request::new(
                Method::Get,
                "/v1/quick-query/{quick_query_name}/check-duplication",
                OPERATION,
            )
            .api_version(self.version)
            .path_param(
                "quick_query_name",
                required(self.quick_query_name, OPERATION, "quick_query_name")?,
            );
        self.client.send_json(request).await
    }
}
crate::support::setters!(
    CheckDuplicationQuickQueryName { #[doc =
    " quick query name. Path parameter `quick_query_name`."] quick_query_name : String }
);
/// Request builder for `list_quick_query`: `GET /v1/quick-query`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct ListQuickQuery {
    client: docsdk_runtime::Client,
    version_2: &'static str,
    sort: Option<String>,
    cluster_name: Option<String>,
    created_by: Option<String>,
    quick_query_state: Option<types::QuickQueryState>,
    version: Option<String>,
    quick_query_name: Option<String>,
    size: Option<i64>,
    page: Option<i64>,
}
impl ListQuickQuery {
    pub(crate) fn new(client: docsdk_runtime::Client, version_2: &'static str) -> Self {
        Self {
            client,
            version_2,
            sort: None,
            cluster_name: None,
            created_by: None,
            quick_query_state: None,
            version: None,
            quick_query_name: None,
            size: None,
            page: None,
        }
    }
    /// Sends the request and returns the 200 response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<types::QuickQueryListSearchResponse> {
        const OPERATION: &str = "list_quick_query";
        let request = Request::new(Method::Get, "/v1/quick-query", OPERATION)
            .api_version(self.version_2)
            .query_opt("sort", self.sort)
            .query_opt("cluster_name", self.cluster_name)
            .query_opt("created_by", self.created_by)
            .query_opt("quick_query_state", self.quick_query_state)
            .query_opt("version", self.version)
            .query_opt("quick_query_name", self.quick_query_name)
            .query("size", required(self.size, OPERATION, "size")?)
            .query("page", required(self.page, OPERATION, "page")?);
        self.client.send_json(request).await
    }
    /// Streams every item of every page: requests page after page (from `page`, default 0, `size` items each, default 20) until a page is empty, short, or the total is reached.
    pub fn into_stream(
        self,
    ) -> impl docsdk_runtime::Stream<Item = Result<types::QuickQueryListResponse>> {
        let page_size = self.size.and_then(|n| u32::try_from(n).ok()).unwrap_or(20u32);
        docsdk_runtime::paginate(
            self.page.and_then(|n| u32::try_from(n).ok()).unwrap_or(0u32),
            page_size,
            move |page| {
                let call = ListQuickQuery {
                    page: Some(i64::from(page)),
                    size: Some(i64::from(page_size)),
                    ..self.clone()
                };
                async move {
                    let response = call.send().await?;
                    Ok(docsdk_runtime::Page {
                        items: response.contents,
                        total: u64::try_from(response.total_count).ok(),
                    })
                }
            },
        )
    }
}
crate::support::setters!(
    ListQuickQuery { #[doc =
    " sort. Query parameter `sort`. Default: `created_dt:desc`. Example: `created_at:desc`."]
    sort : String, #[doc = " cluster\\_name. Query parameter `cluster_name`."]
    cluster_name : String, #[doc = " created\\_by. Query parameter `created_by`."]
    created_by : String, #[doc = " state. Query parameter `quick_query_state`."]
    quick_query_state : types::QuickQueryState, #[doc =
    " version. Query parameter `version`."] version : String, #[doc =
    " quick\\_query\\_name. Query parameter `quick_query_name`."] quick_query_name :
    String, #[doc = " size. Query parameter `size`. Example: `20`."] size : i64, #[doc =
    " page. Query parameter `page`. Example: `0`."] page : i64 }
);
/// Request builder for `create_quick_query`: `POST /v1/quick-query`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct CreateQuickQuery {
    client: docsdk_runtime::Client,
    version: &'static str,
    kubernetes_engine_create_request: Option<types::KubernetesEngineCreateRequest>,
    node_pool_create_requests: Option<Vec<types::NodePoolCreateRequest>>,
    quick_query_create_request: Option<types::QuickQueryCreateRequest>,
    tags: Option<Vec<types::Tag>>,
}
impl CreateQuickQuery {
    pub(crate) fn new(client: docsdk_runtime::Client, version: &'static str) -> Self {
        Self {
            client,
            version,
            kubernetes_engine_create_request: None,
            node_pool_create_requests: None,
            quick_query_create_request: None,
            tags: None,
        }
    }
    /// Sends the request and returns the 202 response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<types::AsyncResponse> {
        const OPERATION: &str = "create_quick_query";
        let body = types::QuickQueryTotalCreateRequest {
            kubernetes_engine_create_request: required(
                self.kubernetes_engine_create_request,
                OPERATION,
                "kubernetes_engine_create_request",
            )?,
            node_pool_create_requests: required(
                self.node_pool_create_requests,
                OPERATION,
                "node_pool_create_requests",
            )?,
            quick_query_create_request: required(
                self.quick_query_create_request,
                OPERATION,
                "quick_query_create_request",
            )?,
            tags: self.tags,
        };
        let request = Request::new(Method::Post, "/v1/quick-query", OPERATION)
            .api_version(self.version)
            .json_body(&body)?;
        self.client.send_json(request).await
    }
}
crate::support::setters!(
    CreateQuickQuery { #[doc = " kubernetes\\_engine\\_create\\_request"]
    kubernetes_engine_create_request : types::KubernetesEngineCreateRequest, #[doc =
    " node\\_pool\\_create\\_requests"] node_pool_create_requests : Vec <
    types::NodePoolCreateRequest >, #[doc = " quick\\_query\\_create\\_request"]
    quick_query_create_request : types::QuickQueryCreateRequest, #[doc = " tags"] tags :
    Vec < types::Tag > }
);
/// Request builder for `show_quick_query`: `GET /v1/quick-query/{quick_query_id}`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct ShowQuickQuery {
    client: docsdk_runtime::Client,
    version: &'static str,
    quick_query_id: Option<String>,
}
impl ShowQuickQuery {
    pub(crate) fn new(client: docsdk_runtime::Client, version: &'static str) -> Self {
        Self {
            client,
            version,
            quick_query_id: None,
        }
    }
    /// Sends the request and returns the 200 response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<types::QuickQueryDetailResponse> {
        const OPERATION: &str = "show_quick_query";
        let request = Request::new(
                Method::Get,
                "/v1/quick-query/{quick_query_id}",
                OPERATION,
            )
            .api_version(self.version)
            .path_param(
                "quick_query_id",
                required(self.quick_query_id, OPERATION, "quick_query_id")?,
            );
        self.client.send_json(request).await
    }
}
crate::support::setters!(
    ShowQuickQuery { #[doc = " quick\\_query\\_id. Path parameter `quick_query_id`."]
    quick_query_id : String }
);
/// Request builder for `delete_quick_query`: `DELETE /v1/quick-query/{quick_query_id}`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct DeleteQuickQuery {
    client: docsdk_runtime::Client,
    version: &'static str,
    quick_query_id: Option<String>,
}
impl DeleteQuickQuery {
    pub(crate) fn new(client: docsdk_runtime::Client, version: &'static str) -> Self {
        Self {
            client,
            version,
            quick_query_id: None,
        }
    }
    /// Sends the request and returns the 202 response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<types::AsyncResponse> {
        const OPERATION: &str = "delete_quick_query";
        let request = Request::new(
                Method::Delete,
                "/v1/quick-query/{quick_query_id}",
                OPERATION,
            )
            .api_version(self.version)
            .path_param(
                "quick_query_id",
                required(self.quick_query_id, OPERATION, "quick_query_id")?,
            );
        self.client.send_json(request).await
    }
}
crate::support::setters!(
    DeleteQuickQuery { #[doc = " quick\\_query\\_id. Path parameter `quick_query_id`."]
    quick_query_id : String }
);
/// Request builder for `list_quick_query_images`: `GET /v1/quick-query/image-versions`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct ListQuickQueryImages {
    client: docsdk_runtime::Client,
    version: &'static str,
}
impl ListQuickQueryImages {
    pub(crate) fn new(client: docsdk_runtime::Client, version: &'static str) -> Self {
        Self { client, version }
    }
    /// Sends the request and returns the 200 response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<types::ImageVersionsResponse> {
        const OPERATION: &str = "list_quick_query_images";
        let request = Request::new(
                Method::Get,
                "/v1/quick-query/image-versions",
                OPERATION,
            )
            .api_version(self.version);
        self.client.send_json(request).await
    }
}
/// Request builder for `update_quick_query_description`: `PUT /v1/quick-query/{quick_query_id}/description`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct UpdateQuickQueryDescription {
    client: docsdk_runtime::Client,
    version: &'static str,
    quick_query_id: Option<String>,
    description: Option<String>,
}
impl UpdateQuickQueryDescription {
    pub(crate) fn new(client: docsdk_runtime::Client, version: &'static str) -> Self {
        Self {
            client,
            version,
            quick_query_id: None,
            description: None,
        }
    }
    /// Sends the request and returns the 202 response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<types::QuickQueryDescriptionResponse> {
        const OPERATION: &str = "update_quick_query_description";
        let body = types::QuickQueryDescriptionRequest {
            description: required(self.description, OPERATION, "description")?,
        };
        let request = Request::new(
                Method::Put,
                "/v1/quick-query/{quick_query_id}/description",
                OPERATION,
            )
            .api_version(self.version)
            .path_param(
                "quick_query_id",
                required(self.quick_query_id, OPERATION, "quick_query_id")?,
            )
            .json_body(&body)?;
        self.client.send_json(request).await
    }
}
crate::support::setters!(
    UpdateQuickQueryDescription { #[doc =
    " quick\\_query\\_id. Path parameter `quick_query_id`."] quick_query_id : String,
    #[doc = " description"] description : String }
);
/// Request builder for `update_quick_query_domain`: `PUT /v1/quick-query/{quick_query_id}/domain`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct UpdateQuickQueryDomain {
    client: docsdk_runtime::Client,
    version: &'static str,
    quick_query_id: Option<String>,
    domain: Option<String>,
}
impl UpdateQuickQueryDomain {
    pub(crate) fn new(client: docsdk_runtime::Client, version: &'static str) -> Self {
        Self {
            client,
            version,
            quick_query_id: None,
            domain: None,
        }
    }
    /// Sends the request and returns the 202 response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<types::AsyncResponse> {
        const OPERATION: &str = "update_quick_query_domain";
        let body = types::QuickQueryDomainRequest {
            domain: required(self.domain, OPERATION, "domain")?,
        };
        let request = Request::new(
                Method::Put,
                "/v1/quick-query/{quick_query_id}/domain",
                OPERATION,
            )
            .api_version(self.version)
            .path_param(
                "quick_query_id",
                required(self.quick_query_id, OPERATION, "quick_query_id")?,
            )
            .json_body(&body)?;
        self.client.send_json(request).await
    }
}
crate::support::setters!(
    UpdateQuickQueryDomain { #[doc =
    " quick\\_query\\_id. Path parameter `quick_query_id`."] quick_query_id : String,
    #[doc = " domain"] domain : String }
);
/// Request builder for `update_quick_query_dsc_domain`: `PUT /v1/quick-query/{quick_query_id}/dsc-domain`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct UpdateQuickQueryDscDomain {
    client: docsdk_runtime::Client,
    version: &'static str,
    quick_query_id: Option<String>,
    dsc_domain: Option<String>,
}
impl UpdateQuickQueryDscDomain {
    pub(crate) fn new(client: docsdk_runtime::Client, version: &'static str) -> Self {
        Self {
            client,
            version,
            quick_query_id: None,
            dsc_domain: None,
        }
    }
    /// Sends the request and returns the 202 response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<types::AsyncResponse> {
        const OPERATION: &str = "update_quick_query_dsc_domain";
        let body = types::QuickQueryDscDomainRequest {
            dsc_domain: required(self.dsc_domain, OPERATION, "dsc_domain")?,
        };
        let request = Request::new(
                Method::Put,
                "/v1/quick-query/{quick_query_id}/dsc-domain",
                OPERATION,
            )
            .api_version(self.version)
            .path_param(
                "quick_query_id",
                required(self.quick_query_id, OPERATION, "quick_query_id")?,
            )
            .json_body(&body)?;
        self.client.send_json(request).await
    }
}
crate::support::setters!(
    UpdateQuickQueryDscDomain { #[doc =
    " quick\\_query\\_id. Path parameter `quick_query_id`."] quick_query_id : String,
    #[doc = " dsc\\_domain"] dsc_domain : String }
);
/// Request builder for `update_quick_query_engine`: `PUT /v1/quick-query/{quick_query_id}/engine`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct UpdateQuickQueryEngine {
    client: docsdk_runtime::Client,
    version: &'static str,
    quick_query_id: Option<String>,
    cluster_size: Option<docsdk_runtime::Nullable<String>>,
    cpu: Option<String>,
    memory: Option<String>,
    replica: Option<String>,
}
impl UpdateQuickQueryEngine {
    pub(crate) fn new(client: docsdk_runtime::Client, version: &'static str) -> Self {
        Self {
            client,
            version,
            quick_query_id: None,
            cluster_size: None,
            cpu: None,
            memory: None,
            replica: None,
        }
    }
    /// Sends the request and returns the 202 response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<types::AsyncResponse> {
        const OPERATION: &str = "update_quick_query_engine";
        let body = types::QuickQueryUpdateEngineRequest {
            cluster_size: self.cluster_size,
            cpu: required(self.cpu, OPERATION, "cpu")?,
            memory: required(self.memory, OPERATION, "memory")?,
            replica: required(self.replica, OPERATION, "replica")?,
        };
        let request = Request::new(
                Method::Put,
                "/v1/quick-query/{quick_query_id}/engine",
                OPERATION,
            )
            .api_version(self.version)
            .path_param(
                "quick_query_id",
                required(self.quick_query_id, OPERATION, "quick_query_id")?,
            )
            .json_body(&body)?;
        self.client.send_json(request).await
    }
}
crate::support::setters!(
    UpdateQuickQueryEngine { #[doc =
    " quick\\_query\\_id. Path parameter `quick_query_id`."] quick_query_id : String,
    #[doc = " cluster\\_size"] cluster_size / cluster_size_null : String, #[doc = " cpu"]
    cpu : String, #[doc = " memory"] memory : String, #[doc = " replica"] replica :
    String }
);
/// Request builder for `update_quick_query_host_alias`: `PUT /v1/quick-query/{quick_query_id}/host-alias`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct UpdateQuickQueryHostAlias {
    client: docsdk_runtime::Client,
    version: &'static str,
    quick_query_id: Option<String>,
    host_alias_list: Option<Vec<types::HostAliasList>>,
}
impl UpdateQuickQueryHostAlias {
    pub(crate) fn new(client: docsdk_runtime::Client, version: &'static str) -> Self {
        Self {
            client,
            version,
            quick_query_id: None,
            host_alias_list: None,
        }
    }
    /// Sends the request and returns the 202 response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<types::AsyncResponse> {
        const OPERATION: &str = "update_quick_query_host_alias";
        let body = types::QuickQueryHostAliasRequest {
            host_alias_list: self.host_alias_list,
        };
        let request = Request::new(
                Method::Put,
                "/v1/quick-query/{quick_query_id}/host-alias",
                OPERATION,
            )
            .api_version(self.version)
            .path_param(
                "quick_query_id",
                required(self.quick_query_id, OPERATION, "quick_query_id")?,
            )
            .json_body(&body)?;
        self.client.send_json(request).await
    }
}
crate::support::setters!(
    UpdateQuickQueryHostAlias { #[doc =
    " quick\\_query\\_id. Path parameter `quick_query_id`."] quick_query_id : String,
    #[doc = " host\\_alias\\_list"] host_alias_list : Vec < types::HostAliasList > }
);
