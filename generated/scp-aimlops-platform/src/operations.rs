//! Request builders, one per operation: set parameters, then `.send().await`.
use crate::support::need;
use crate::types;
use crate::support::request;
use docsdk_runtime::Result;
crate::support::builder!(
    CheckClusterVersion("check_cluster_version") { #[doc =
    " Cluster ID. Path parameter `cluster_id`. Example: `10a599e031e749b7b260868f441e862b`."]
    cluster_id : String, #[doc =
    " Version. Query parameter `version`. Example: `1.28.1`."] version : String }
);
impl CheckClusterVersion {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::CheckResponse> {
        let request = request!(
            self, Get, "/v1/aimlops-platform/clusters/{cluster_id}/check-version"
        )
            .path_param("cluster_id", need!(self, cluster_id)?)
            .query("version", need!(self, version)?);
        self.call.json(request).await
    }
}
crate::support::builder!(
    CheckDuplicationAiMlOpsPlatformName("check_duplication_ai_ml_ops_platform_name") {
    #[doc = " Release Name. Query parameter `release_name`. Example: `aiml-test`."]
    release_name : String }
);
impl CheckDuplicationAiMlOpsPlatformName {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::CheckResponse> {
        let request = request!(self, Get, "/v1/aimlops-platform/check-duplication")
            .query("release_name", need!(self, release_name)?);
        self.call.json(request).await
    }
}
crate::support::builder!(
    ListAiMlOpsPlatform("list_ai_ml_ops_platform") { #[doc =
    " Size. Query parameter `size`. Default: `20`. Example: `20`."] size : i64, #[doc =
    " Page. Query parameter `page`. Default: `0`. Example: `0`."] page : i64, #[doc =
    " Sort. Query parameter `sort`. Default: `created_dt:desc`. Example: `created_dt:asc`."]
    sort : String, #[doc =
    " Created By. Query parameter `created_by`. Default: `\"\"` (empty). Example: `10a599e031e749b7b260868f441e862b`."]
    created_by : String, #[doc =
    " Release Name. Query parameter `release_name`. Default: `\"\"` (empty). Example: `aiml-test`."]
    release_name : String, #[doc =
    " Cluster Name. Query parameter `cluster_name`. Default: `\"\"` (empty). Example: `cluster-test`."]
    cluster_name : String, #[doc =
    " Version. Query parameter `version`. Default: `\"\"` (empty). Example: `v1.7.1`."]
    version : String, #[doc =
    " Kubeflow Type. Query parameter `kubeflow_type`. Default: `\"\"` (empty). Example: `Mini`."]
    kubeflow_type : String, #[doc =
    " Service State. Query parameter `status`. Default: `\"\"` (empty). Example: `DEPLOYED`."]
    status : String }
);
impl ListAiMlOpsPlatform {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::AiMlOpsPlatformsListResponse> {
        let request = request!(self, Get, "/v1/aimlops-platform")
            .query_opt("size", self.size)
            .query_opt("page", self.page)
            .query_opt("sort", self.sort)
            .query_opt("created_by", self.created_by)
            .query_opt("release_name", self.release_name)
            .query_opt("cluster_name", self.cluster_name)
            .query_opt("version", self.version)
            .query_opt("kubeflow_type", self.kubeflow_type)
            .query_opt("status", self.status);
        self.call.json(request).await
    }
    crate::support::paged!(
        types::KubeflowResponse, page : i64 = 0, size : i64 = 20, | r | r.contents,
        u64::try_from(r.total_count).ok()
    );
}
crate::support::builder!(
    CreateAiMlOpsPlatform("create_ai_ml_ops_platform") { #[doc =
    " AiMLOps Platform Create Request"] ai_ml_ops_platform_create_request :
    types::AiMLOpsPlatformCreateRequest, #[doc = " Kubernetes Engine Create Request"]
    kubernetes_engine_create_request / kubernetes_engine_create_request_null :
    types::KubernetesEngineCreateRequest, #[doc = " Nodepool Create Request"]
    node_pool_create_request / node_pool_create_request_null :
    types::NodePoolCreateRequest }
);
impl CreateAiMlOpsPlatform {
    /// Sends the request: the 201 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::AsyncResponse> {
        let body = types::AiMlOpsPlatformCreateWithK8sEngineRequest {
            ai_ml_ops_platform_create_request: need!(
                self, ai_ml_ops_platform_create_request
            )?,
            kubernetes_engine_create_request: self.kubernetes_engine_create_request,
            node_pool_create_request: self.node_pool_create_request,
        };
        let request = request!(self, Post, "/v1/aimlops-platform").json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    GetAiMlOpsPlatformDetails("get_ai_ml_ops_platform_details") { #[doc =
    " Release ID. Path parameter `release_id`. Example: `10a599e031e749b7b260868f441e862b`."]
    release_id : String }
);
impl GetAiMlOpsPlatformDetails {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::AiMlOpsPlatformDetailResponse> {
        let request = request!(self, Get, "/v1/aimlops-platform/{release_id}")
            .path_param("release_id", need!(self, release_id)?);
        self.call.json(request).await
    }
}
crate::support::builder!(
    UpdateAiMlOpsPlatform("update_ai_ml_ops_platform") { #[doc =
    " Release ID. Path parameter `release_id`. Example: `10a599e031e749b7b260868f441e862b`."]
    release_id : String, #[doc = " Domain Service"] ai_ml_ops_platform_domain_service /
    ai_ml_ops_platform_domain_service_null : types::AiMlOpsPlatformDomainServiceReuqest,
    #[doc = " Endpoint Type. Example: `Public | Private`."]
    ai_ml_ops_platform_endpoint_type / ai_ml_ops_platform_endpoint_type_null : String }
);
impl UpdateAiMlOpsPlatform {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::AsyncResponse> {
        let body = types::AiMlOpsPlatformUpdateRequest {
            ai_ml_ops_platform_domain_service: self.ai_ml_ops_platform_domain_service,
            ai_ml_ops_platform_endpoint_type: self.ai_ml_ops_platform_endpoint_type,
        };
        let request = request!(self, Put, "/v1/aimlops-platform/{release_id}")
            .path_param("release_id", need!(self, release_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    DeleteAiMlOpsPlatform("delete_ai_ml_ops_platform") { #[doc =
    " Release ID. Path parameter `release_id`. Example: `10a599e031e749b7b260868f441e862b`."]
    release_id : String, #[doc =
    " With K8s Engine. Query parameter `with_k8s`. Default: `false`. Example: `false`."]
    with_k8s : bool }
);
impl DeleteAiMlOpsPlatform {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<()> {
        let request = request!(self, Delete, "/v1/aimlops-platform/{release_id}")
            .path_param("release_id", need!(self, release_id)?)
            .query_opt("with_k8s", self.with_k8s);
        self.call.empty(request).await
    }
}
crate::support::builder!(
    ListImages("list_images") { #[doc =
    " Size. Query parameter `size`. Default: `20`. Example: `20`."] size : i64, #[doc =
    " Page. Query parameter `page`. Default: `0`. Example: `0`."] page : i64, #[doc =
    " Sort. Query parameter `sort`. Default: `created_dt:desc`. Example: `created_dt:asc`."]
    sort : String, #[doc =
    " Image Name. Query parameter `image_name`. Default: `\"\"` (empty)."] image_name :
    String }
);
impl ListImages {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::AiMlOpsPlatformImagesListResponse> {
        let request = request!(self, Get, "/v1/aimlops-platform/images")
            .query_opt("size", self.size)
            .query_opt("page", self.page)
            .query_opt("sort", self.sort)
            .query_opt("image_name", self.image_name);
        self.call.json(request).await
    }
    crate::support::paged!(
        types::AiMlOpsPlatformImagesResponse, page : i64 = 0, size : i64 = 20, | r | r
        .contents, u64::try_from(r.total_count).ok()
    );
}
crate::support::builder!(
    ValidateClusterNamespace("validate_cluster_namespace") { #[doc =
    " Cluster ID. Path parameter `cluster_id`. Example: `10a599e031e749b7b260868f441e862b`."]
    cluster_id : String }
);
impl ValidateClusterNamespace {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::CheckResponse> {
        let request = request!(
            self, Get, "/v1/aimlops-platform/clusters/{cluster_id}/validate-namespaces"
        )
            .path_param("cluster_id", need!(self, cluster_id)?);
        self.call.json(request).await
    }
}
crate::support::builder!(
    ValidateClusterResourceSize("validate_cluster_resource_size") { #[doc =
    " Cluster ID. Path parameter `cluster_id`. Example: `10a599e031e749b7b260868f441e862b`."]
    cluster_id : String, #[doc =
    " Product Type. Query parameter `product_type`. Example: `Enterprise`."] product_type
    : String }
);
impl ValidateClusterResourceSize {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::CheckResponse> {
        let request = request!(
            self, Get, "/v1/aimlops-platform/clusters/{cluster_id}/validate-resources"
        )
            .path_param("cluster_id", need!(self, cluster_id)?)
            .query("product_type", need!(self, product_type)?);
        self.call.json(request).await
    }
}
crate::support::builder!(
    ListNodes("list_nodes") { #[doc =
    " Cluster ID. Path parameter `cluster_id`. Example: `10a599e031e749b7b260868f441e862b`."]
    cluster_id : String, #[doc =
    " Size. Query parameter `size`. Default: `20`. Example: `20`."] size : i64, #[doc =
    " Page. Query parameter `page`. Default: `0`. Example: `0`."] page : i64, #[doc =
    " Sort. Query parameter `sort`. Default: `created_dt:desc`. Example: `created_dt:asc`."]
    sort : String }
);
impl ListNodes {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ListNodeResponse> {
        let request = request!(
            self, Get, "/v1/aimlops-platform/internal/clusters/{cluster_id}/nodes"
        )
            .path_param("cluster_id", need!(self, cluster_id)?)
            .query_opt("size", self.size)
            .query_opt("page", self.page)
            .query_opt("sort", self.sort);
        self.call.json(request).await
    }
}
crate::support::builder!(
    ListStorageClasses("list_storage_classes") { #[doc =
    " Cluster ID. Path parameter `cluster_id`. Example: `10a599e031e749b7b260868f441e862b`."]
    cluster_id : String }
);
impl ListStorageClasses {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ListStorageClassResponse> {
        let request = request!(
            self, Get,
            "/v1/aimlops-platform/internal/clusters/{cluster_id}/storageclasses"
        )
            .path_param("cluster_id", need!(self, cluster_id)?);
        self.call.json(request).await
    }
}
