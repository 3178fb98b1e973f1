//! Request builders, one per operation: set parameters, then `.send().await`.
use crate::support::need;
use crate::types;
use crate::support::request;
use docsdk_runtime::Result;
crate::support::builder!(
    CheckClusterResourceSizeForQuickQuery("check_cluster_resource_size_for_quick_query")
    { #[doc = " cluster\\_id"] cluster_id : String, #[doc =
    " node\\_pool\\_validation\\_request"] node_pool_validation_request : Vec <
    types::NodePoolResourceValidationRequest >, #[doc =
    " quick\\_query\\_engine\\_request"] quick_query_engine_request :
    types::QuickQueryEngineRequest }
);
impl CheckClusterResourceSizeForQuickQuery {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::QuickQueryValidateResourceResponse> {
        let body = types::QuickQueryValidateResourceRequest {
            cluster_id: self.cluster_id,
            node_pool_validation_request: need!(self, node_pool_validation_request)?,
            quick_query_engine_request: need!(self, quick_query_engine_request)?,
        };
        let request = request!(self, Post, "/v1/quick-query/validate-resources")
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    CheckDuplicationQuickQueryName("check_duplication_quick_query_name") { #[doc =
    " quick query name. Path parameter `quick_query_name`."] quick_query_name : String }
);
impl CheckDuplicationQuickQueryName {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::CheckResponse> {
        let request = request!(
            self, Get, "/v1/quick-query/{quick_query_name}/check-duplication"
        )
            .path_param("quick_query_name", need!(self, quick_query_name)?);
        self.call.json(request).await
    }
}
crate::support::builder!(
    ListQuickQuery("list_quick_query") { #[doc =
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
impl ListQuickQuery {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::QuickQueryListSearchResponse> {
        let request = request!(self, Get, "/v1/quick-query")
            .query_opt("sort", self.sort)
            .query_opt("cluster_name", self.cluster_name)
            .query_opt("created_by", self.created_by)
            .query_opt("quick_query_state", self.quick_query_state)
            .query_opt("version", self.version)
            .query_opt("quick_query_name", self.quick_query_name)
            .query("size", need!(self, size)?)
            .query("page", need!(self, page)?);
        self.call.json(request).await
    }
    crate::support::paged!(
        types::QuickQueryListResponse, page : i64 = 0, size : i64 = 20, | r | r.contents,
        u64::try_from(r.total_count).ok()
    );
}
crate::support::builder!(
    CreateQuickQuery("create_quick_query") { #[doc =
    " kubernetes\\_engine\\_create\\_request"] kubernetes_engine_create_request :
    types::KubernetesEngineCreateRequest, #[doc = " node\\_pool\\_create\\_requests"]
    node_pool_create_requests : Vec < types::NodePoolCreateRequest >, #[doc =
    " quick\\_query\\_create\\_request"] quick_query_create_request :
    types::QuickQueryCreateRequest, #[doc = " tags"] tags : Vec < types::Tag > }
);
impl CreateQuickQuery {
    /// Sends the request: the 202 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::AsyncResponse> {
        let body = types::QuickQueryTotalCreateRequest {
            kubernetes_engine_create_request: need!(
                self, kubernetes_engine_create_request
            )?,
            node_pool_create_requests: need!(self, node_pool_create_requests)?,
            quick_query_create_request: need!(self, quick_query_create_request)?,
            tags: self.tags,
        };
        let request = request!(self, Post, "/v1/quick-query").json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    ShowQuickQuery("show_quick_query") { #[doc =
    " quick\\_query\\_id. Path parameter `quick_query_id`."] quick_query_id : String }
);
impl ShowQuickQuery {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::QuickQueryDetailResponse> {
        let request = request!(self, Get, "/v1/quick-query/{quick_query_id}")
            .path_param("quick_query_id", need!(self, quick_query_id)?);
        self.call.json(request).await
    }
}
crate::support::builder!(
    DeleteQuickQuery("delete_quick_query") { #[doc =
    " quick\\_query\\_id. Path parameter `quick_query_id`."] quick_query_id : String }
);
impl DeleteQuickQuery {
    /// Sends the request: the 202 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::AsyncResponse> {
        let request = request!(self, Delete, "/v1/quick-query/{quick_query_id}")
            .path_param("quick_query_id", need!(self, quick_query_id)?);
        self.call.json(request).await
    }
}
crate::support::builder!(ListQuickQueryImages("list_quick_query_images") {});
impl ListQuickQueryImages {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ImageVersionsResponse> {
        let request = request!(self, Get, "/v1/quick-query/image-versions");
        self.call.json(request).await
    }
}
crate::support::builder!(
    UpdateQuickQueryDescription("update_quick_query_description") { #[doc =
    " quick\\_query\\_id. Path parameter `quick_query_id`."] quick_query_id : String,
    #[doc = " description"] description : String }
);
impl UpdateQuickQueryDescription {
    /// Sends the request: the 202 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::QuickQueryDescriptionResponse> {
        let body = types::QuickQueryDescriptionRequest {
            description: need!(self, description)?,
        };
        let request = request!(self, Put, "/v1/quick-query/{quick_query_id}/description")
            .path_param("quick_query_id", need!(self, quick_query_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    UpdateQuickQueryDomain("update_quick_query_domain") { #[doc =
    " quick\\_query\\_id. Path parameter `quick_query_id`."] quick_query_id : String,
    #[doc = " domain"] domain : String }
);
impl UpdateQuickQueryDomain {
    /// Sends the request: the 202 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::AsyncResponse> {
        let body = types::QuickQueryDomainRequest {
            domain: need!(self, domain)?,
        };
        let request = request!(self, Put, "/v1/quick-query/{quick_query_id}/domain")
            .path_param("quick_query_id", need!(self, quick_query_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    UpdateQuickQueryDscDomain("update_quick_query_dsc_domain") { #[doc =
    " quick\\_query\\_id. Path parameter `quick_query_id`."] quick_query_id : String,
    #[doc = " dsc\\_domain"] dsc_domain : String }
);
impl UpdateQuickQueryDscDomain {
    /// Sends the request: the 202 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::AsyncResponse> {
        let body = types::QuickQueryDscDomainRequest {
            dsc_domain: need!(self, dsc_domain)?,
        };
        let request = request!(self, Put, "/v1/quick-query/{quick_query_id}/dsc-domain")
            .path_param("quick_query_id", need!(self, quick_query_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    UpdateQuickQueryEngine("update_quick_query_engine") { #[doc =
    " quick\\_query\\_id. Path parameter `quick_query_id`."] quick_query_id : String,
    #[doc = " cluster\\_size"] cluster_size / cluster_size_null : String, #[doc = " cpu"]
    cpu : String, #[doc = " memory"] memory : String, #[doc = " replica"] replica :
    String }
);
impl UpdateQuickQueryEngine {
    /// Sends the request: the 202 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::AsyncResponse> {
        let body = types::QuickQueryUpdateEngineRequest {
            cluster_size: self.cluster_size,
            cpu: need!(self, cpu)?,
            memory: need!(self, memory)?,
            replica: need!(self, replica)?,
        };
        let request = request!(self, Put, "/v1/quick-query/{quick_query_id}/engine")
            .path_param("quick_query_id", need!(self, quick_query_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    UpdateQuickQueryHostAlias("update_quick_query_host_alias") { #[doc =
    " quick\\_query\\_id. Path parameter `quick_query_id`."] quick_query_id : String,
    #[doc = " host\\_alias\\_list"] host_alias_list : Vec < types::HostAliasList > }
);
impl UpdateQuickQueryHostAlias {
    /// Sends the request: the 202 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::AsyncResponse> {
        let body = types::QuickQueryHostAliasRequest {
            host_alias_list: self.host_alias_list,
        };
        let request = request!(self, Put, "/v1/quick-query/{quick_query_id}/host-alias")
            .path_param("quick_query_id", need!(self, quick_query_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
