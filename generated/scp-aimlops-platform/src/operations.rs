//! Request builders, one per operation: set parameters, then `.send().await`.
use crate::support::required;
use crate::types;
use docsdk_runtime::{Method, Request, Result};
/// Request builder for `check_cluster_version`: `GET /v1/aimlops-platform/clusters/{cluster_id}/check-version`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct CheckClusterVersion {
    client: docsdk_runtime::Client,
    version_2: &'static str,
    cluster_id: Option<String>,
    version: Option<String>,
}
impl CheckClusterVersion {
    pub(crate) fn new(client: docsdk_runtime::Client, version_2: &'static str) -> Self {
        Self {
            client,
            version_2,
            cluster_id: None,
            version: None,
        }
    }
    /// Sends the request and returns the 200 response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<types::CheckResponse> {
        const OPERATION: &str = "check_cluster_version";
        let request = Request::new(
                Method::Get,
                "/v1/aimlops-platform/clusters/{cluster_id}/check-version",
                OPERATION,
            )
            .api_version(self.version_2)
            .path_param(
                "cluster_id",
                required(self.cluster_id, OPERATION, "cluster_id")?,
            )
            .query("version", required(self.version, OPERATION, "version")?);
        self.client.send_json(request).await
    }
}
crate::support::setters!(
    CheckClusterVersion { #[doc =
    " Cluster ID. Path parameter `cluster_id`. Example: `10a599e031e749b7b260868f441e862b`."]
    cluster_id : String, #[doc =
    " Version. Query parameter `version`. Example: `1.28.1`."] version : String }
);
/// Request builder for `check_duplication_ai_ml_ops_platform_name`: `GET /v1/aimlops-platform/check-duplication`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct CheckDuplicationAiMlOpsPlatformName {
    client: docsdk_runtime::Client,
    version: &'static str,
    release_name: Option<String>,
}
impl CheckDuplicationAiMlOpsPlatformName {
    pub(crate) fn new(client: docsdk_runtime::Client, version: &'static str) -> Self {
        Self {
            client,
            version,
            release_name: None,
        }
    }
    /// Sends the request and returns the 200 response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<types::CheckResponse> {
        const OPERATION: &str = "check_duplication_ai_ml_ops_platform_name";
        let request = Request::new(
                Method::Get,
                "/v1/aimlops-platform/check-duplication",
                OPERATION,
            )
            .api_version(self.version)
            .query(
                "release_name",
                required(self.release_name, OPERATION, "release_name")?,
            );
        self.client.send_json(request).await
    }
}
crate::support::setters!(
    CheckDuplicationAiMlOpsPlatformName { #[doc =
    " Release Name. Query parameter `release_name`. Example: `aiml-test`."] release_name
    : String }
);
/// Request builder for `list_ai_ml_ops_platform`: `GET /v1/aimlops-platform`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct ListAiMlOpsPlatform {
    client: docsdk_runtime::Client,
    version_2: &'static str,
    size: Option<i64>,
    page: Option<i64>,
    sort: Option<String>,
    created_by: Option<String>,
    release_name: Option<String>,
    cluster_name: Option<String>,
    version: Option<String>,
    kubeflow_type: Option<String>,
    status: Option<String>,
}
impl ListAiMlOpsPlatform {
    pub(crate) fn new(client: docsdk_runtime::Client, version_2: &'static str) -> Self {
        Self {
            client,
            version_2,
            size: None,
            page: None,
            sort: None,
            created_by: None,
            release_name: None,
            cluster_name: None,
            version: None,
            kubeflow_type: None,
            status: None,
        }
    }
    /// Sends the request and returns the 200 response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<types::AiMlOpsPlatformsListResponse> {
        const OPERATION: &str = "list_ai_ml_ops_platform";
        let request = Request::new(Method::Get, "/v1/aimlops-platform", OPERATION)
            .api_version(self.version_2)
            .query_opt("size", self.size)
            .query_opt("page", self.page)
            .query_opt("sort", self.sort)
            .query_opt("created_by", self.created_by)
            .query_opt("release_name", self.release_name)
            .query_opt("cluster_name", self.cluster_name)
            .query_opt("version", self.version)
            .query_opt("kubeflow_type", self.kubeflow_type)
            .query_opt("status", self.status);
        self.client.send_json(request).await
    }
    /// Streams every item of every page: requests page after page (from `page`, default 0, `size` items each, default 20) until a page is empty, short, or the total is reached.
    pub fn into_stream(
        self,
    ) -> impl docsdk_runtime::Stream<Item = Result<types::KubeflowResponse>> {
        let page_size = self.size.and_then(|n| u32::try_from(n).ok()).unwrap_or(20u32);
        docsdk_runtime::paginate(
            self.page.and_then(|n| u32::try_from(n).ok()).unwrap_or(0u32),
            page_size,
            move |page| {
                let call = ListAiMlOpsPlatform {
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
    ListAiMlOpsPlatform { #[doc =
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
/// Request builder for `create_ai_ml_ops_platform`: `POST /v1/aimlops-platform`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct CreateAiMlOpsPlatform {
    client: docsdk_runtime::Client,
    version: &'static str,
    ai_ml_ops_platform_create_request: Option<types::AiMLOpsPlatformCreateRequest>,
    kubernetes_engine_create_request: Option<
        docsdk_runtime::Nullable<types::KubernetesEngineCreateRequest>,
    >,
    node_pool_create_request: Option<
        docsdk_runtime::Nullable<types::NodePoolCreateRequest>,
    >,
}
impl CreateAiMlOpsPlatform {
    pub(crate) fn new(client: docsdk_runtime::Client, version: &'static str) -> Self {
        Self {
            client,
            version,
            ai_ml_ops_platform_create_request: None,
            kubernetes_engine_create_request: None,
            node_pool_create_request: None,
        }
    }
    /// Sends the request and returns the 201 response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<types::AsyncResponse> {
        const OPERATION: &str = "create_ai_ml_ops_platform";
        let body = types::AiMlOpsPlatformCreateWithK8sEngineRequest {
            ai_ml_ops_platform_create_request: required(
                self.ai_ml_ops_platform_create_request,
                OPERATION,
                "ai_ml_ops_platform_create_request",
            )?,
            kubernetes_engine_create_request: self.kubernetes_engine_create_request,
            node_pool_create_request: self.node_pool_create_request,
        };
        let request = Request::new(Method::Post, "/v1/aimlops-platform", OPERATION)
            .api_version(self.version)
            .json_body(&body)?;
        self.client.send_json(request).await
    }
}
crate::support::setters!(
    CreateAiMlOpsPlatform { #[doc = " AiMLOps Platform Create Request"]
    ai_ml_ops_platform_create_request : types::AiMLOpsPlatformCreateRequest, #[doc =
    " Kubernetes Engine Create Request"] kubernetes_engine_create_request /
    kubernetes_engine_create_request_null : types::KubernetesEngineCreateRequest, #[doc =
    " Nodepool Create Request"] node_pool_create_request / node_pool_create_request_null
    : types::NodePoolCreateRequest }
);
/// Request builder for `get_ai_ml_ops_platform_details`: `GET /v1/aimlops-platform/{release_id}`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct GetAiMlOpsPlatformDetails {
    client: docsdk_runtime::Client,
    version: &'static str,
    release_id: Option<String>,
}
impl GetAiMlOpsPlatformDetails {
    pub(crate) fn new(client: docsdk_runtime::Client, version: &'static str) -> Self {
        Self {
            client,
            version,
            release_id: None,
        }
    }
    /// Sends the request and returns the 200 response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<types::AiMlOpsPlatformDetailResponse> {
        const OPERATION: &str = "get_ai_ml_ops_platform_details";
        let request = Request::new(
                Method::Get,
                "/v1/aimlops-platform/{release_id}",
                OPERATION,
            )
            .api_version(self.version)
            .path_param(
                "release_id",
                required(self.release_id, OPERATION, "release_id")?,
            );
        self.client.send_json(request).await
    }
}
crate::support::setters!(
    GetAiMlOpsPlatformDetails { #[doc =
    " Release ID. Path parameter `release_id`. Example: `10a599e031e749b7b260868f441e862b`."]
    release_id : String }
);
/// Request builder for `update_ai_ml_ops_platform`: `PUT /v1/aimlops-platform/{release_id}`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct UpdateAiMlOpsPlatform {
    client: docsdk_runtime::Client,
    version: &'static str,
    release_id: Option<String>,
    ai_ml_ops_platform_domain_service: Option<
        docsdk_runtime::Nullable<types::AiMlOpsPlatformDomainServiceReuqest>,
    >,
    ai_ml_ops_platform_endpoint_type: Option<docsdk_runtime::Nullable<String>>,
}
impl UpdateAiMlOpsPlatform {
    pub(crate) fn new(client: docsdk_runtime::Client, version: &'static str) -> Self {
        Self {
            client,
            version,
            release_id: None,
            ai_ml_ops_platform_domain_service: None,
            ai_ml_ops_platform_endpoint_type: None,
        }
    }
    /// Sends the request and returns the 200 response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<types::AsyncResponse> {
        const OPERATION: &str = "update_ai_ml_ops_platform";
        let body = types::AiMlOpsPlatformUpdateRequest {
            ai_ml_ops_platform_domain_service: self.ai_ml_ops_platform_domain_service,
            ai_ml_ops_platform_endpoint_type: self.ai_ml_ops_platform_endpoint_type,
        };
        let request = Request::new(
                Method::Put,
                "/v1/aimlops-platform/{release_id}",
                OPERATION,
            )
            .api_version(self.version)
            .path_param(
                "release_id",
                required(self.release_id, OPERATION, "release_id")?,
            )
            .json_body(&body)?;
        self.client.send_json(request).await
    }
}
crate::support::setters!(
    UpdateAiMlOpsPlatform { #[doc =
    " Release ID. Path parameter `release_id`. Example: `10a599e031e749b7b260868f441e862b`."]
    release_id : String, #[doc = " Domain Service"] ai_ml_ops_platform_domain_service /
    ai_ml_ops_platform_domain_service_null : types::AiMlOpsPlatformDomainServiceReuqest,
    #[doc = " Endpoint Type. Example: `Public | Private`."]
    ai_ml_ops_platform_endpoint_type / ai_ml_ops_platform_endpoint_type_null : String }
);
/// Request builder for `delete_ai_ml_ops_platform`: `DELETE /v1/aimlops-platform/{release_id}`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct DeleteAiMlOpsPlatform {
    client: docsdk_runtime::Client,
    version: &'static str,
    release_id: Option<String>,
    with_k8s: Option<bool>,
}
impl DeleteAiMlOpsPlatform {
    pub(crate) fn new(client: docsdk_runtime::Client, version: &'static str) -> Self {
        Self {
            client,
            version,
            release_id: None,
            with_k8s: None,
        }
    }
    /// Sends the request and returns the 200 response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<()> {
        const OPERATION: &str = "delete_ai_ml_ops_platform";
        let request = Request::new(
                Method::Delete,
                "/v1/aimlops-platform/{release_id}",
                OPERATION,
            )
            .api_version(self.version)
            .path_param(
                "release_id",
                required(self.release_id, OPERATION, "release_id")?,
            )
            .query_opt("with_k8s", self.with_k8s);
        self.client.send_empty(request).await
    }
}
crate::support::setters!(
    DeleteAiMlOpsPlatform { #[doc =
    " Release ID. Path parameter `release_id`. Example: `10a599e031e749b7b260868f441e862b`."]
    release_id : String, #[doc =
    " With K8s Engine. Query parameter `with_k8s`. Default: `false`. Example: `false`."]
    with_k8s : bool }
);
/// Request builder for `list_images`: `GET /v1/aimlops-platform/images`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct ListImages {
    client: docsdk_runtime::Client,
    version: &'static str,
    size: Option<i64>,
    page: Option<i64>,
    sort: Option<String>,
    image_name: Option<String>,
}
impl ListImages {
    pub(crate) fn new(client: docsdk_runtime::Client, version: &'static str) -> Self {
        Self {
            client,
            version,
            size: None,
            page: None,
            sort: None,
            image_name: None,
        }
    }
    /// Sends the request and returns the 200 response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<types::AiMlOpsPlatformImagesListResponse> {
        const OPERATION: &str = "list_images";
        let request = Request::new(Method::Get, "/v1/aimlops-platform/images", OPERATION)
            .api_version(self.version)
            .query_opt("size", self.size)
            .query_opt("page", self.page)
            .query_opt("sort", self.sort)
            .query_opt("image_name", self.image_name);
        self.client.send_json(request).await
    }
    /// Streams every item of every page: requests page after page (from `page`, default 0, `size` items each, default 20) until a page is empty, short, or the total is reached.
    pub fn into_stream(
        self,
    ) -> impl docsdk_runtime::Stream<
        Item = Result<types::AiMlOpsPlatformImagesResponse>,
    > {
        let page_size = self.size.and_then(|n| u32::try_from(n).ok()).unwrap_or(20u32);
        docsdk_runtime::paginate(
            self.page.and_then(|n| u32::try_from(n).ok()).unwrap_or(0u32),
            page_size,
            move |page| {
                let call = ListImages {
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
    ListImages { #[doc = " Size. Query parameter `size`. Default: `20`. Example: `20`."]
    size : i64, #[doc = " Page. Query parameter `page`. Default: `0`. Example: `0`."]
    page : i64, #[doc =
    " Sort. Query parameter `sort`. Default: `created_dt:desc`. Example: `created_dt:asc`."]
    sort : String, #[doc =
    " Image Name. Query parameter `image_name`. Default: `\"\"` (empty)."] image_name :
    String }
);
/// Request builder for `validate_cluster_namespace`: `GET /v1/aimlops-platform/clusters/{cluster_id}/validate-namespaces`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct ValidateClusterNamespace {
    client: docsdk_runtime::Client,
    version: &'static str,
    cluster_id: Option<String>,
}
impl ValidateClusterNamespace {
    pub(crate) fn new(client: docsdk_runtime::Client, version: &'static str) -> Self {
        Self {
            client,
            version,
            cluster_id: None,
        }
    }
    /// Sends the request and returns the 200 response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<types::CheckResponse> {
        const OPERATION: &str = "validate_cluster_namespace";
        let request = Request::new(
                Method::Get,
                "/v1/aimlops-platform/clusters/{cluster_id}/validate-namespaces",
                OPERATION,
            )
            .api_version(self.version)
            .path_param(
                "cluster_id",
                required(self.cluster_id, OPERATION, "cluster_id")?,
            );
        self.client.send_json(request).await
    }
}
crate::support::setters!(
    ValidateClusterNamespace { #[doc =
    " Cluster ID. Path parameter `cluster_id`. Example: `10a599e031e749b7b260868f441e862b`."]
    cluster_id : String }
);
/// Request builder for `validate_cluster_resource_size`: `GET /v1/aimlops-platform/clusters/{cluster_id}/validate-resources`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct ValidateClusterResourceSize {
    client: docsdk_runtime::Client,
    version: &'static str,
    cluster_id: Option<String>,
    product_type: Option<String>,
}
impl ValidateClusterResourceSize {
    pub(crate) fn new(client: docsdk_runtime::Client, version: &'static str) -> Self {
        Self {
            client,
            version,
            cluster_id: None,
            product_type: None,
        }
    }
    /// Sends the request and returns the 200 response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<types::CheckResponse> {
        const OPERATION: &str = "validate_cluster_resource_size";
        let request = Request::new(
                Method::Get,
                "/v1/aimlops-platform/clusters/{cluster_id}/validate-resources",
                OPERATION,
            )
            .api_version(self.version)
            .path_param(
                "cluster_id",
                required(self.cluster_id, OPERATION, "cluster_id")?,
            )
            .query(
                "product_type",
                required(self.product_type, OPERATION, "product_type")?,
            );
        self.client.send_json(request).await
    }
}
crate::support::setters!(
    ValidateClusterResourceSize { #[doc =
    " Cluster ID. Path parameter `cluster_id`. Example: `10a599e031e749b7b260868f441e862b`."]
    cluster_id : String, #[doc =
    " Product Type. Query parameter `product_type`. Example: `Enterprise`."] product_type
    : String }
);
/// Request builder for `list_nodes`: `GET /v1/aimlops-platform/internal/clusters/{cluster_id}/nodes`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct ListNodes {
    client: docsdk_runtime::Client,
    version: &'static str,
    cluster_id: Option<String>,
    size: Option<i64>,
    page: Option<i64>,
    sort: Option<String>,
}
impl ListNodes {
    pub(crate) fn new(client: docsdk_runtime::Client, version: &'static str) -> Self {
        Self {
            client,
            version,
            cluster_id: None,
            size: None,
            page: None,
            sort: None,
        }
    }
    /// Sends the request and returns the 200 response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<types::ListNodeResponse> {
        const OPERATION: &str = "list_nodes";
        let request = Request::new(
                Method::Get,
                "/v1/aimlops-platform/internal/clusters/{cluster_id}/nodes",
                OPERATION,
            )
            .api_version(self.version)
            .path_param(
                "cluster_id",
                required(self.cluster_id, OPERATION, "cluster_id")?,
            )
            .query_opt("size", self.size)
            .query_opt("page", self.page)
            .query_opt("sort", self.sort);
        self.client.send_json(request).await
    }
}
crate::support::setters!(
    ListNodes { #[doc =
    " Cluster ID. Path parameter `cluster_id`. Example: `10a599e031e749b7b260868f441e862b`."]
    cluster_id : String, #[doc =
    " Size. Query parameter `size`. Default: `20`. Example: `20`."] size : i64, #[doc =
    " Page. Query parameter `page`. Default: `0`. Example: `0`."] page : i64, #[doc =
    " Sort. Query parameter `sort`. Default: `created_dt:desc`. Example: `created_dt:asc`."]
    sort : String }
);
/// Request builder for `list_storage_classes`: `GET /v1/aimlops-platform/internal/clusters/{cluster_id}/storageclasses`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct ListStorageClasses {
    client: docsdk_runtime::Client,
    version: &'static str,
    cluster_id: Option<String>,
}
impl ListStorageClasses {
    pub(crate) fn new(client: docsdk_runtime::Client, version: &'static str) -> Self {
        Self {
            client,
            version,
            cluster_id: None,
        }
    }
    /// Sends the request and returns the 200 response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<types::ListStorageClassResponse> {
        const OPERATION: &str = "list_storage_classes";
        let request = Request::new(
                Method::Get,
                "/v1/aimlops-platform/internal/clusters/{cluster_id}/storageclasses",
                OPERATION,
            )
            .api_version(self.version)
            .path_param(
                "cluster_id",
                required(self.cluster_id, OPERATION, "cluster_id")?,
            );
        self.client.send_json(request).await
    }
}
crate::support::setters!(
    ListStorageClasses { #[doc =
    " Cluster ID. Path parameter `cluster_id`. Example: `10a599e031e749b7b260868f441e862b`."]
    cluster_id : String }
);
