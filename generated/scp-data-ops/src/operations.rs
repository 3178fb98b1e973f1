//! Request builders, one per operation: set parameters, then `.send().await`.
use crate::support::required;
use crate::types;
use docsdk_runtime::{Method, Request, Result};
/// Request builder for `check_cluster_resource_size_for_data_ops_service_create`: `POST /v1/data-ops-services/clusters/{cluster_id}/validate-resources`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct CheckClusterResourceSizeForDataOpsServiceCreate {
    client: docsdk_runtime::Client,
    version: &'static str,
    accept: Option<String>,
    scp_request_path: Option<String>,
    cluster_id: Option<String>,
    service_workload: Option<serde_json::Value>,
}
impl CheckClusterResourceSizeForDataOpsServiceCreate {
    pub(crate) fn new(client: docsdk_runtime::Client, version: &'static str) -> Self {
        Self {
            client,
            version,
            accept: None,
            scp_request_path: None,
            cluster_id: None,
            service_workload: None,
        }
    }
    /// Sends the request and returns the 200 response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<types::ClusterResourceCheckResponse> {
        const OPERATION: &str = "check_cluster_resource_size_for_data_ops_service_create";
        let body = types::DataOpsServiceValidateResourceRequest {
            service_workload: required(
                self.service_workload,
                OPERATION,
                "service_workload",
            )?,
        };
        let request = Request::new(
                Method::Post,
                "/v1/data-ops-services/clusters/{cluster_id}/validate-resources",
                OPERATION,
            )
            .api_version(self.version)
            .header_opt("Accept", self.accept)
            .header_opt("Scp-Request-Path", self.scp_request_path)
            .path_param(
                "cluster_id",
                required(self.cluster_id, OPERATION, "cluster_id")?,
            )
            .json_body(&body)?;
        self.client.send_json(request).await
    }
}
crate::support::setters!(
    CheckClusterResourceSizeForDataOpsServiceCreate { #[doc =
    " Accept. Header parameter `Accept`. Default: `application/json`. Example: `application/json`."]
    accept : String, #[doc =
    " Scp-Request-Path. Header parameter `Scp-Request-Path`. Default: `openapi`. Example: `openapi`."]
    scp_request_path : String, #[doc =
    " Cluster ID. Path parameter `cluster_id`. Example: `2a9be312-5d4b-4bc8-b2ae-35100fa9241f`."]
    cluster_id : String, #[doc = " service\\_workload"] #[doc = ""] #[doc =
    " Example: `{\"scheduler\":{\"cpu\":\"\",\"memory\":\"\",\"replica\":\"\",\"version\":\"\"},\"web_server\":{\"cpu\":\"\",\"memory\":\"\",\"replica\":\"\",\"version\":\"\"},\"worker\":{\"cpu\":\"\",\"memory\":\"\",\"replica\":\"\",\"version\":\"\"}}`."]
    service_workload : serde_json::Value }
);
/// Request builder for `check_cluster_resource_size_for_data_ops_service_update`: `POST /v1/data-ops-services/{data_ops_service_id}/validate-resources`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct CheckClusterResourceSizeForDataOpsServiceUpdate {
    client: docsdk_runtime::Client,
    version: &'static str,
    accept: Option<String>,
    scp_request_path: Option<String>,
    data_ops_service_id: Option<String>,
    service_workload: Option<serde_json::Value>,
}
impl CheckClusterResourceSizeForDataOpsServiceUpdate {
    pub(crate) fn new(client: docsdk_runtime::Client, version: &'static str) -> Self {
        Self {
            client,
            version,
            accept: None,
            scp_request_path: None,
            data_ops_service_id: None,
            service_workload: None,
        }
    }
    /// Sends the request and returns the 200 response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<types::ClusterResourceCheckResponse> {
        const OPERATION: &str = "check_cluster_resource_size_for_data_ops_service_update";
        let body = types::DataOpsServiceValidateResourceRequest {
            service_workload: required(
                self.service_workload,
                OPERATION,
                "service_workload",
            )?,
        };
        let request = Request::new(
                Method::Post,
                "/v1/data-ops-services/{data_ops_service_id}/validate-resources",
                OPERATION,
            )
            .api_version(self.version)
            .header_opt("Accept", self.accept)
            .header_opt("Scp-Request-Path", self.scp_request_path)
            .path_param(
                "data_ops_service_id",
                required(self.data_ops_service_id, OPERATION, "data_ops_service_id")?,
            )
            .json_body(&body)?;
        self.client.send_json(request).await
    }
}
crate::support::setters!(
    CheckClusterResourceSizeForDataOpsServiceUpdate { #[doc =
    " Accept. Header parameter `Accept`. Default: `application/json`. Example: `application/json`."]
    accept : String, #[doc =
    " Scp-Request-Path. Header parameter `Scp-Request-Path`. Default: `openapi`. Example: `openapi`."]
    scp_request_path : String, #[doc =
    " data ops service ID. Path parameter `data_ops_service_id`. Example: `2a9be312-5d4b-4bc8-b2ae-35100fa9241f`."]
    data_ops_service_id : String, #[doc = " service\\_workload"] #[doc = ""] #[doc =
    " Example: `{\"scheduler\":{\"cpu\":\"\",\"memory\":\"\",\"replica\":\"\",\"version\":\"\"},\"web_server\":{\"cpu\":\"\",\"memory\":\"\",\"replica\":\"\",\"version\":\"\"},\"worker\":{\"cpu\":\"\",\"memory\":\"\",\"replica\":\"\",\"version\":\"\"}}`."]
    service_workload : serde_json::Value }
);
/// Request builder for `check_data_ops_name_duplication`: `GET /v1/data-ops/{data_ops_name}/check-duplication`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct CheckDataOpsNameDuplication {
    client: docsdk_runtime::Client,
    version: &'static str,
    accept: Option<String>,
    scp_request_path: Option<String>,
    data_ops_name: Option<String>,
}
impl CheckDataOpsNameDuplication {
    pub(crate) fn new(client: docsdk_runtime::Client, version: &'static str) -> Self {
        Self {
            client,
            version,
            accept: None,
            scp_request_path: None,
            data_ops_name: None,
        }
    }
    /// Sends the request and returns the 200 response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<()> {
        const OPERATION: &str = "check_data_ops_name_duplication";
        let request = Request::new(
                Method::Get,
                "/v1/data-ops/{data_ops_name}/check-duplication",
                OPERATION,
            )
            .api_version(self.version)
            .header_opt("Accept", self.accept)
            .header_opt("Scp-Request-Path", self.scp_request_path)
            .path_param(
                "data_ops_name",
                required(self.data_ops_name, OPERATION, "data_ops_name")?,
            );
        self.client.send_empty(request).await
    }
}
crate::support::setters!(
    CheckDataOpsNameDuplication { #[doc =
    " Accept. Header parameter `Accept`. Default: `application/json`. Example: `application/json`."]
    accept : String, #[doc =
    " Scp-Request-Path. Header parameter `Scp-Request-Path`. Default: `openapi`. Example: `openapi`."]
    scp_request_path : String, #[doc =
    " data ops name. Path parameter `data_ops_name`. Example: `2a9be312-5d4b-4bc8-b2ae-35100fa9241f`."]
    data_ops_name : String }
);
/// Request builder for `check_data_ops_service_name_duplication`: `GET /v1/data-ops-services/{data_ops_service_name}/check-duplication`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct CheckDataOpsServiceNameDuplication {
    client: docsdk_runtime::Client,
    version: &'static str,
    accept: Option<String>,
    scp_request_path: Option<String>,
    data_ops_service_name: Option<String>,
}
impl CheckDataOpsServiceNameDuplication {
    pub(crate) fn new(client: docsdk_runtime::Client, version: &'static str) -> Self {
        Self {
            client,
            version,
            accept: None,
            scp_request_path: None,
            data_ops_service_name: None,
        }
    }
    /// Sends the request and returns the 200 response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<()> {
        const OPERATION: &str = "check_data_ops_service_name_duplication";
        let request = Request::new(
                Method::Get,
                "/v1/data-ops-services/{data_ops_service_name}/check-duplication",
                OPERATION,
            )
            .api_version(self.version)
            .header_opt("Accept", self.accept)
            .header_opt("Scp-Request-Path", self.scp_request_path)
            .path_param(
                "data_ops_service_name",
                required(self.data_ops_service_name, OPERATION, "data_ops_service_name")?,
            );
        self.client.send_empty(request).await
    }
}
crate::support::setters!(
    CheckDataOpsServiceNameDuplication { #[doc =
    " Accept. Header parameter `Accept`. Default: `application/json`. Example: `application/json`."]
    accept : String, #[doc =
    " Scp-Request-Path. Header parameter `Scp-Request-Path`. Default: `openapi`. Example: `openapi`."]
    scp_request_path : String, #[doc =
    " data ops service name. Path parameter `data_ops_service_name`. Example: `2a9be312-5d4b-4bc8-b2ae-35100fa9241f`."]
    data_ops_service_name : String }
);
/// Request builder for `list_data_ops`: `GET /v1/data-ops`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct ListDataOps {
    client: docsdk_runtime::Client,
    version_2: &'static str,
    accept: Option<String>,
    scp_request_path: Option<String>,
    sort: Option<String>,
    cluster_name: Option<String>,
    created_by: Option<String>,
    state: Option<types::State>,
    version: Option<String>,
    size: Option<i64>,
    page: Option<i64>,
    cluster_id: Option<String>,
    data_ops_name: Option<String>,
    region: Option<String>,
}
impl ListDataOps {
    pub(crate) fn new(client: docsdk_runtime::Client, version_2: &'static str) -> Self {
        Self {
            client,
            version_2,
            accept: None,
            scp_request_path: None,
            sort: None,
            cluster_name: None,
            created_by: None,
            state: None,
            version: None,
            size: None,
            page: None,
            cluster_id: None,
            data_ops_name: None,
            region: None,
        }
    }
    /// Sends the request and returns the 200 response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<types::ListDataOpsConsoleResponseV1Dot1> {
        const OPERATION: &str = "list_data_ops";
        let request = Request::new(Method::Get, "/v1/data-ops", OPERATION)
            .api_version(self.version_2)
            .header_opt("Accept", self.accept)
            .header_opt("Scp-Request-Path", self.scp_request_path)
            .query_opt("sort", self.sort)
            .query_opt("cluster_name", self.cluster_name)
            .query_opt("created_by", self.created_by)
            .query_opt("state", self.state)
            .query_opt("version", self.version)
            .query_opt("size", self.size)
            .query_opt("page", self.page)
            .query_opt("cluster_id", self.cluster_id)
            .query_opt("data_ops_name", self.data_ops_name)
            .query_opt("region", self.region);
        self.client.send_json(request).await
    }
    /// Streams every item of every page: requests page after page (from `page`, default 0, `size` items each, default 20) until a page is empty, short, or the total is reached.
    pub fn into_stream(
        self,
    ) -> impl docsdk_runtime::Stream<
        Item = Result<types::DataOpsConsoleResponseV1Dot1>,
    > {
        let page_size = self.size.and_then(|n| u32::try_from(n).ok()).unwrap_or(20u32);
        docsdk_runtime::paginate(
            self.page.and_then(|n| u32::try_from(n).ok()).unwrap_or(0u32),
            page_size,
            move |page| {
                let call = ListDataOps {
                    page: Some(i64::from(page)),
                    size: Some(i64::from(page_size)),
                    ..self.clone()
                };
                async move {
                    let response = call.send().await?;
                    Ok(docsdk_runtime::Page {
                        items: response.contents.unwrap_or_default(),
                        total: u64::try_from(response.total_count).ok(),
                    })
                }
            },
        )
    }
}
crate::support::setters!(
    ListDataOps { #[doc =
    " Accept. Header parameter `Accept`. Default: `application/json`. Example: `application/json`."]
    accept : String, #[doc =
    " Scp-Request-Path. Header parameter `Scp-Request-Path`. Default: `openapi`. Example: `openapi`."]
    scp_request_path : String, #[doc =
    " sort. Query parameter `sort`. Default: `created_dt:desc`. Example: `created_dt:desc`."]
    sort : String, #[doc = " cluster\\_name. Query parameter `cluster_name`."]
    cluster_name : String, #[doc = " created\\_by. Query parameter `created_by`."]
    created_by : String, #[doc = " state. Query parameter `state`."] state :
    types::State, #[doc = " version. Query parameter `version`."] version : String, #[doc
    = " size. Query parameter `size`. Example: `20`."] size : i64, #[doc =
    " page. Query parameter `page`. Example: `0`."] page : i64, #[doc =
    " cluster\\_id. Query parameter `cluster_id`."] cluster_id : String, #[doc =
    " data\\_ops\\_name. Query parameter `data_ops_name`."] data_ops_name : String, #[doc
    = " region. Query parameter `region`."] region : String }
);
/// Request builder for `create_data_ops`: `POST /v1/data-ops`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct CreateDataOps {
    client: docsdk_runtime::Client,
    version: &'static str,
    accept: Option<String>,
    scp_request_path: Option<String>,
    account: Option<docsdk_runtime::Nullable<serde_json::Value>>,
    cluster_id: Option<String>,
    data_ops_name: Option<String>,
    description: Option<docsdk_runtime::Nullable<String>>,
    domain: Option<String>,
    dsc_domain: Option<docsdk_runtime::Nullable<String>>,
    host_alias_list: Option<Vec<serde_json::Value>>,
    image_id: Option<String>,
    ingress_controller_name: Option<String>,
    instance_id: Option<docsdk_runtime::Nullable<String>>,
    node_selector: Option<docsdk_runtime::Nullable<String>>,
    storage_class_name: Option<String>,
    tags: Option<Vec<types::Tag>>,
}
impl CreateDataOps {
    pub(crate) fn new(client: docsdk_runtime::Client, version: &'static str) -> Self {
        Self {
            client,
            version,
            accept: None,
            scp_request_path: None,
            account: None,
            cluster_id: None,
            data_ops_name: None,
            description: None,
            domain: None,
            dsc_domain: None,
            host_alias_list: None,
            image_id: None,
            ingress_controller_name: None,
            instance_id: None,
            node_selector: None,
            storage_class_name: None,
            tags: None,
        }
    }
    /// Sends the request and returns the 202 response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<()> {
        const OPERATION: &str = "create_data_ops";
        let body = types::DataOpsCreateRequest {
            account: self.account,
            cluster_id: required(self.cluster_id, OPERATION, "cluster_id")?,
            data_ops_name: required(self.data_ops_name, OPERATION, "data_ops_name")?,
            description: self.description,
            domain: required(self.domain, OPERATION, "domain")?,
            dsc_domain: self.dsc_domain,
            host_alias_list: required(
                self.host_alias_list,
                OPERATION,
                "host_alias_list",
            )?,
            image_id: required(self.image_id, OPERATION, "image_id")?,
            ingress_controller_name: required(
                self.ingress_controller_name,
                OPERATION,
                "ingress_controller_name",
            )?,
            instance_id: self.instance_id,
            node_selector: self.node_selector,
            storage_class_name: required(
                self.storage_class_name,
                OPERATION,
                "storage_class_name",
            )?,
            tags: self.tags,
        };
        let request = Request::new(Method::Post, "/v1/data-ops", OPERATION)
            .api_version(self.version)
            .header_opt("Accept", self.accept)
            .header_opt("Scp-Request-Path", self.scp_request_path)
            .json_body(&body)?;
        self.client.send_empty(request).await
    }
}
crate::support::setters!(
    CreateDataOps { #[doc =
    " Accept. Header parameter `Accept`. Default: `application/json`. Example: `application/json`."]
    accept : String, #[doc =
    " Scp-Request-Path. Header parameter `Scp-Request-Path`. Default: `openapi`. Example: `openapi`."]
    scp_request_path : String, #[doc =
    " account. Example: `{\"account_id\":\"\",\"account_password\":\"\"}`."] account /
    account_null : serde_json::Value, #[doc = " cluster\\_id"] cluster_id : String, #[doc
    = " data\\_ops\\_name. Length 3 to 30. Pattern: `^[a-z][a-z0-9\\-]*[a-z0-9]$`."]
    data_ops_name : String, #[doc = " description"] description / description_null :
    String, #[doc = " domain. Length 3 to 50."] domain : String, #[doc = " dsc\\_domain"]
    dsc_domain / dsc_domain_null : String, #[doc =
    " host\\_alias\\_list. Example: `[{\"hostnames\":[\"\"],\"ip\":\"\"}]`."]
    host_alias_list : Vec < serde_json::Value >, #[doc = " image\\_id"] image_id :
    String, #[doc = " ingress\\_controller\\_name"] ingress_controller_name : String,
    #[doc = " instance\\_id"] instance_id / instance_id_null : String, #[doc =
    " node\\_selector"] node_selector / node_selector_null : String, #[doc =
    " storage\\_class\\_name"] storage_class_name : String, #[doc = " tags"] tags : Vec <
    types::Tag > }
);
/// Request builder for `list_data_ops_service`: `GET /v1/data-ops-services`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct ListDataOpsService {
    client: docsdk_runtime::Client,
    version: &'static str,
    accept: Option<String>,
    scp_request_path: Option<String>,
    created_by: Option<String>,
    state: Option<types::State>,
    sort: Option<String>,
    size: Option<i64>,
    page: Option<i64>,
    data_ops_service_name: Option<String>,
    data_ops_name: Option<String>,
}
impl ListDataOpsService {
    pub(crate) fn new(client: docsdk_runtime::Client, version: &'static str) -> Self {
        Self {
            client,
            version,
            accept: None,
            scp_request_path: None,
            created_by: None,
            state: None,
            sort: None,
            size: None,
            page: None,
            data_ops_service_name: None,
            data_ops_name: None,
        }
    }
    /// Sends the request and returns the 200 response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<types::ListDataOpsServicesConsoleResponseV1Dot1> {
        const OPERATION: &str = "list_data_ops_service";
        let request = Request::new(Method::Get, "/v1/data-ops-services", OPERATION)
            .api_version(self.version)
            .header_opt("Accept", self.accept)
            .header_opt("Scp-Request-Path", self.scp_request_path)
            .query_opt("created_by", self.created_by)
            .query_opt("state", self.state)
            .query_opt("sort", self.sort)
            .query_opt("size", self.size)
            .query_opt("page", self.page)
            .query_opt("data_ops_service_name", self.data_ops_service_name)
            .query_opt("data_ops_name", self.data_ops_name);
        self.client.send_json(request).await
    }
    /// Streams every item of every page: requests page after page (from `page`, default 0, `size` items each, default 20) until a page is empty, short, or the total is reached.
    pub fn into_stream(
        self,
    ) -> impl docsdk_runtime::Stream<
        Item = Result<types::DataOpsServicesConsoleResponseV1Dot1>,
    > {
        let page_size = self.size.and_then(|n| u32::try_from(n).ok()).unwrap_or(20u32);
        docsdk_runtime::paginate(
            self.page.and_then(|n| u32::try_from(n).ok()).unwrap_or(0u32),
            page_size,
            move |page| {
                let call = ListDataOpsService {
                    page: Some(i64::from(page)),
                    size: Some(i64::from(page_size)),
                    ..self.clone()
                };
                async move {
                    let response = call.send().await?;
                    Ok(docsdk_runtime::Page {
                        items: response.contents.unwrap_or_default(),
                        total: u64::try_from(response.total_count).ok(),
                    })
                }
            },
        )
    }
}
crate::support::setters!(
    ListDataOpsService { #[doc =
    " Accept. Header parameter `Accept`. Default: `application/json`. Example: `application/json`."]
    accept : String, #[doc =
    " Scp-Request-Path. Header parameter `Scp-Request-Path`. Default: `openapi`. Example: `openapi`."]
    scp_request_path : String, #[doc = " created\\_by. Query parameter `created_by`."]
    created_by : String, #[doc = " state. Query parameter `state`."] state :
    types::State, #[doc =
    " sort. Query parameter `sort`. Default: `created_dt:desc`. Example: `created_dt:desc`."]
    sort : String, #[doc = " size. Query parameter `size`. Example: `20`."] size : i64,
    #[doc = " page. Query parameter `page`. Example: `0`."] page : i64, #[doc =
    " data\\_ops\\_service\\_name. Query parameter `data_ops_service_name`."]
    data_ops_service_name : String, #[doc =
    " data\\_ops\\_name. Query parameter `data_ops_name`."] data_ops_name : String }
);
/// Request builder for `create_data_ops_service`: `POST /v1/data-ops-services`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct CreateDataOpsService {
    client: docsdk_runtime::Client,
    version: &'static str,
    accept: Option<String>,
    scp_request_path: Option<String>,
    account: Option<docsdk_runtime::Nullable<serde_json::Value>>,
    data_ops_id: Option<String>,
    data_ops_service_name: Option<String>,
    description: Option<docsdk_runtime::Nullable<String>>,
    domain: Option<String>,
    host_alias: Option<serde_json::Value>,
    node_selector: Option<docsdk_runtime::Nullable<String>>,
    service_workload: Option<serde_json::Value>,
    storage_class_name: Option<String>,
    tags: Option<Vec<types::Tag>>,
    worker_type: Option<String>,
}
impl CreateDataOpsService {
    pub(crate) fn new(client: docsdk_runtime::Client, version: &'static str) -> Self {
        Self {
            client,
            version,
            accept: None,
            scp_request_path: None,
            account: None,
            data_ops_id: None,
            data_ops_service_name: None,
            description: None,
            domain: None,
            host_alias: None,
            node_selector: None,
            service_workload: None,
            storage_class_name: None,
            tags: None,
            worker_type: None,
        }
    }
    /// Sends the request and returns the 202 response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<()> {
        const OPERATION: &str = "create_data_ops_service";
        let body = types::DataOpsServiceCreateRequest {
            account: self.account,
            data_ops_id: required(self.data_ops_id, OPERATION, "data_ops_id")?,
            data_ops_service_name: required(
                self.data_ops_service_name,
                OPERATION,
                "data_ops_service_name",
            )?,
            description: self.description,
            domain: required(self.domain, OPERATION, "domain")?,
            host_alias: required(self.host_alias, OPERATION, "host_alias")?,
            node_selector: self.node_selector,
            service_workload: required(
                self.service_workload,
                OPERATION,
                "service_workload",
            )?,
            storage_class_name: required(
                self.storage_class_name,
                OPERATION,
                "storage_class_name",
            )?,
            tags: self.tags,
            worker_type: required(self.worker_type, OPERATION, "worker_type")?,
        };
        let request = Request::new(Method::Post, "/v1/data-ops-services", OPERATION)
            .api_version(self.version)
            .header_opt("Accept", self.accept)
            .header_opt("Scp-Request-Path", self.scp_request_path)
            .json_body(&body)?;
        self.client.send_empty(request).await
    }
}
crate::support::setters!(
    CreateDataOpsService { #[doc =
    " Accept. Header parameter `Accept`. Default: `application/json`. Example: `application/json`."]
    accept : String, #[doc =
    " Scp-Request-Path. Header parameter `Scp-Request-Path`. Default: `openapi`. Example: `openapi`."]
    scp_request_path : String, #[doc =
    " account. Example: `{\"account_id\":\"\",\"account_password\":\"\"}`."] account /
    account_null : serde_json::Value, #[doc = " data\\_ops\\_id"] data_ops_id : String,
    #[doc =
    " data\\_ops\\_service\\_name. Length 3 to 30. Pattern: `^[a-z][a-z0-9\\-]*[a-z0-9]$`."]
    data_ops_service_name : String, #[doc = " description"] description /
    description_null : String, #[doc = " description. Length 3 to 50."] domain : String,
    #[doc =
    " host\\_alias. Example: `{\"enabled\":\"true\",\"host_alias_list\":[{\"hostname\":\"\",\"ip\":\"\"}]}`."]
    host_alias : serde_json::Value, #[doc = " node\\_selector"] node_selector /
    node_selector_null : String, #[doc = " service\\_workload"] #[doc = ""] #[doc =
    " Example: `{\"scheduler\":{\"cpu\":\"\",\"memory\":\"\",\"replica\":\"\",\"version\":\"\"},\"web_server\":{\"cpu\":\"\",\"memory\":\"\",\"replica\":\"\",\"version\":\"\"},\"worker\":{\"cpu\":\"\",\"memory\":\"\",\"replica\":\"\",\"version\":\"\"}}`."]
    service_workload : serde_json::Value, #[doc = " storage\\_class\\_name"]
    storage_class_name : String, #[doc = " tags"] tags : Vec < types::Tag >, #[doc =
    " worker\\_type"] worker_type : String }
);
/// Request builder for `show_data_ops`: `GET /v1/data-ops/{data_ops_id}`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct ShowDataOps {
    client: docsdk_runtime::Client,
    version: &'static str,
    accept: Option<String>,
    scp_request_path: Option<String>,
    data_ops_id: Option<String>,
}
impl ShowDataOps {
    pub(crate) fn new(client: docsdk_runtime::Client, version: &'static str) -> Self {
        Self {
            client,
            version,
            accept: None,
            scp_request_path: None,
            data_ops_id: None,
        }
    }
    /// Sends the request and returns the 200 response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<types::DataOpsDetailResponseV1Dot1> {
        const OPERATION: &str = "show_data_ops";
        let request = Request::new(Method::Get, "/v1/data-ops/{data_ops_id}", OPERATION)
            .api_version(self.version)
            .header_opt("Accept", self.accept)
            .header_opt("Scp-Request-Path", self.scp_request_path)
            .path_param(
                "data_ops_id",
                required(self.data_ops_id, OPERATION, "data_ops_id")?,
            );
        self.client.send_json(request).await
    }
}
crate::support::setters!(
    ShowDataOps { #[doc =
    " Accept. Header parameter `Accept`. Default: `application/json`. Example: `application/json`."]
    accept : String, #[doc =
    " Scp-Request-Path. Header parameter `Scp-Request-Path`. Default: `openapi`. Example: `openapi`."]
    scp_request_path : String, #[doc =
    " data ops ID. Path parameter `data_ops_id`. Example: `2a9be312-5d4b-4bc8-b2ae-35100fa9241f`."]
    data_ops_id : String }
);
/// Request builder for `update_data_ops`: `PUT /v1/data-ops/{data_ops_id}`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct UpdateDataOps {
    client: docsdk_runtime::Client,
    version: &'static str,
    accept: Option<String>,
    scp_request_path: Option<String>,
    data_ops_id: Option<String>,
    account: Option<docsdk_runtime::Nullable<serde_json::Value>>,
    description: Option<docsdk_runtime::Nullable<String>>,
    domain: Option<docsdk_runtime::Nullable<String>>,
    host_alias_list: Option<docsdk_runtime::Nullable<Vec<serde_json::Value>>>,
    node_selector: Option<docsdk_runtime::Nullable<String>>,
}
impl UpdateDataOps {
    pub(crate) fn new(client: docsdk_runtime::Client, version: &'static str) -> Self {
        Self {
            client,
            version,
            accept: None,
            scp_request_path: None,
            data_ops_id: None,
            account: None,
            description: None,
            domain: None,
            host_alias_list: None,
            node_selector: None,
        }
    }
    /// Sends the request and returns the 202 response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<types::DataOpsUpdateResponse> {
        const OPERATION: &str = "update_data_ops";
        let body = types::DataOpsUpdateRequest {
            account: self.account,
            description: self.description,
            domain: self.domain,
            host_alias_list: self.host_alias_list,
            node_selector: self.node_selector,
        };
        let request = Request::new(Method::Put, "/v1/data-ops/{data_ops_id}", OPERATION)
            .api_version(self.version)
            .header_opt("Accept", self.accept)
            .header_opt("Scp-Request-Path", self.scp_request_path)
            .path_param(
                "data_ops_id",
                required(self.data_ops_id, OPERATION, "data_ops_id")?,
            )
            .json_body(&body)?;
        self.client.send_json(request).await
    }
}
crate::support::setters!(
    UpdateDataOps { #[doc =
    " Accept. Header parameter `Accept`. Default: `application/json`. Example: `application/json`."]
    accept : String, #[doc =
    " Scp-Request-Path. Header parameter `Scp-Request-Path`. Default: `openapi`. Example: `openapi`."]
    scp_request_path : String, #[doc =
    " data ops ID. Path parameter `data_ops_id`. Example: `2a9be312-5d4b-4bc8-b2ae-35100fa9241f`."]
    data_ops_id : String, #[doc =
    " account. Example: `{\"account_id\":\"\",\"account_password\":\"\"}`."] account /
    account_null : serde_json::Value, #[doc = " description"] description /
    description_null : String, #[doc = " domain"] domain / domain_null : String, #[doc =
    " host\\_alias. Example: `[{\"hostnames\":[\"\"],\"ip\":\"\"}]`."] host_alias_list /
    host_alias_list_null : Vec < serde_json::Value >, #[doc = " node\\_selector"]
    node_selector / node_selector_null : String }
);
/// Request builder for `delete_data_ops`: `DELETE /v1/data-ops/{data_ops_id}`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct DeleteDataOps {
    client: docsdk_runtime::Client,
    version: &'static str,
    accept: Option<String>,
    scp_request_path: Option<String>,
    data_ops_id: Option<String>,
}
impl DeleteDataOps {
    pub(crate) fn new(client: docsdk_runtime::Client, version: &'static str) -> Self {
        Self {
            client,
            version,
            accept: None,
            scp_request_path: None,
            data_ops_id: None,
        }
    }
    /// Sends the request and returns the 202 response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<()> {
        const OPERATION: &str = "delete_data_ops";
        let request = Request::new(
                Method::Delete,
                "/v1/data-ops/{data_ops_id}",
                OPERATION,
            )
            .api_version(self.version)
            .header_opt("Accept", self.accept)
            .header_opt("Scp-Request-Path", self.scp_request_path)
            .path_param(
                "data_ops_id",
                required(self.data_ops_id, OPERATION, "data_ops_id")?,
            );
        self.client.send_empty(request).await
    }
}
crate::support::setters!(
    DeleteDataOps { #[doc =
    " Accept. Header parameter `Accept`. Default: `application/json`. Example: `application/json`."]
    accept : String, #[doc =
    " Scp-Request-Path. Header parameter `Scp-Request-Path`. Default: `openapi`. Example: `openapi`."]
    scp_request_path : String, #[doc =
    " data ops ID. Path parameter `data_ops_id`. Example: `2a9be312-5d4b-4bc8-b2ae-35100fa9241f`."]
    data_ops_id : String }
);
/// Request builder for `show_data_ops_service`: `GET /v1/data-ops-services/{data_ops_service_id}`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct ShowDataOpsService {
    client: docsdk_runtime::Client,
    version: &'static str,
    accept: Option<String>,
    scp_request_path: Option<String>,
    data_ops_service_id: Option<String>,
}
impl ShowDataOpsService {
    pub(crate) fn new(client: docsdk_runtime::Client, version: &'static str) -> Self {
        Self {
            client,
            version,
            accept: None,
            scp_request_path: None,
            data_ops_service_id: None,
        }
    }
    /// Sends the request and returns the 200 response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<types::DataOpsServiceDetailResponseV1Dot1> {
        const OPERATION: &str = "show_data_ops_service";
        let request = Request::new(
                Method::Get,
                "/v1/data-ops-services/{data_ops_service_id}",
                OPERATION,
            )
            .api_version(self.version)
            .header_opt("Accept", self.accept)
            .header_opt("Scp-Request-Path", self.scp_request_path)
            .path_param(
                "data_ops_service_id",
                required(self.data_ops_service_id, OPERATION, "data_ops_service_id")?,
            );
        self.client.send_json(request).await
    }
}
crate::support::setters!(
    ShowDataOpsService { #[doc =
    " Accept. Header parameter `Accept`. Default: `application/json`. Example: `application/json`."]
    accept : String, #[doc =
    " Scp-Request-Path. Header parameter `Scp-Request-Path`. Default: `openapi`. Example: `openapi`."]
    scp_request_path : String, #[doc =
    " data ops service ID. Path parameter `data_ops_service_id`. Example: `2a9be312-5d4b-4bc8-b2ae-35100fa9241f`."]
    data_ops_service_id : String }
);
/// Request builder for `update_data_ops_service`: `PUT /v1/data-ops-services/{data_ops_service_id}`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct UpdateDataOpsService {
    client: docsdk_runtime::Client,
    version: &'static str,
    accept: Option<String>,
    scp_request_path: Option<String>,
    data_ops_service_id: Option<String>,
    description: Option<docsdk_runtime::Nullable<String>>,
    domain: Option<docsdk_runtime::Nullable<String>>,
    host_alias: Option<docsdk_runtime::Nullable<serde_json::Value>>,
    node_selector: Option<docsdk_runtime::Nullable<String>>,
    service_workload: Option<serde_json::Value>,
    worker_type: Option<String>,
}
impl UpdateDataOpsService {
    pub(crate) fn new(client: docsdk_runtime::Client, version: &'static str) -> Self {
        Self {
            client,
            version,
            accept: None,
            scp_request_path: None,
            data_ops_service_id: None,
            description: None,
            domain: None,
            host_alias: None,
            node_selector: None,
            service_workload: None,
            worker_type: None,
        }
    }
    /// Sends the request and returns the 202 response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<types::DataOpsServiceUpdateResponse> {
        const OPERATION: &str = "update_data_ops_service";
        let body = types::DataOpsServiceUpdateRequest {
            description: self.description,
            domain: self.domain,
            host_alias: self.host_alias,
            node_selector: self.node_selector,
            service_workload: self.service_workload,
            worker_type: self.worker_type,
        };
        let request = Request::new(
                Method::Put,
                "/v1/data-ops-services/{data_ops_service_id}",
                OPERATION,
            )
            .api_version(self.version)
            .header_opt("Accept", self.accept)
            .header_opt("Scp-Request-Path", self.scp_request_path)
            .path_param(
                "data_ops_service_id",
                required(self.data_ops_service_id, OPERATION, "data_ops_service_id")?,
            )
            .json_body(&body)?;
        self.client.send_json(request).await
    }
}
crate::support::setters!(
    UpdateDataOpsService { #[doc =
    " Accept. Header parameter `Accept`. Default: `application/json`. Example: `application/json`."]
    accept : String, #[doc =
    " Scp-Request-Path. Header parameter `Scp-Request-Path`. Default: `openapi`. Example: `openapi`."]
    scp_request_path : String, #[doc =
    " data ops service ID. Path parameter `data_ops_service_id`. Example: `2a9be312-5d4b-4bc8-b2ae-35100fa9241f`."]
    data_ops_service_id : String, #[doc = " description"] description / description_null
    : String, #[doc = " domain"] domain / domain_null : String, #[doc =
    " host\\_alias. Example: `{\"enabled\":\"true\",\"host_alias_list\":[{\"hostname\":\"\",\"ip\":\"\"}]}`."]
    host_alias / host_alias_null : serde_json::Value, #[doc = " node\\_selector"]
    node_selector / node_selector_null : String, #[doc = " service\\_workload"] #[doc =
    ""] #[doc =
    " Example: `{\"scheduler\":{\"cpu\":\"\",\"memory\":\"\",\"replica\":\"\",\"version\":\"\"},\"web_server\":{\"cpu\":\"\",\"memory\":\"\",\"replica\":\"\",\"version\":\"\"},\"worker\":{\"cpu\":\"\",\"memory\":\"\",\"replica\":\"\",\"version\":\"\"}}`."]
    service_workload : serde_json::Value, #[doc = " worker\\_type"] worker_type : String
    }
);
/// Request builder for `delete_data_ops_service`: `DELETE /v1/data-ops-services/{data_ops_service_id}`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct DeleteDataOpsService {
    client: docsdk_runtime::Client,
    version: &'static str,
    accept: Option<String>,
    scp_request_path: Option<String>,
    data_ops_service_id: Option<String>,
}
impl DeleteDataOpsService {
    pub(crate) fn new(client: docsdk_runtime::Client, version: &'static str) -> Self {
        Self {
            client,
            version,
            accept: None,
            scp_request_path: None,
            data_ops_service_id: None,
        }
    }
    /// Sends the request and returns the 202 response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<()> {
        const OPERATION: &str = "delete_data_ops_service";
        let request = Request::new(
                Method::Delete,
                "/v1/data-ops-services/{data_ops_service_id}",
                OPERATION,
            )
            .api_version(self.version)
            .header_opt("Accept", self.accept)
            .header_opt("Scp-Request-Path", self.scp_request_path)
            .path_param(
                "data_ops_service_id",
                required(self.data_ops_service_id, OPERATION, "data_ops_service_id")?,
            );
        self.client.send_empty(request).await
    }
}
crate::support::setters!(
    DeleteDataOpsService { #[doc =
    " Accept. Header parameter `Accept`. Default: `application/json`. Example: `application/json`."]
    accept : String, #[doc =
    " Scp-Request-Path. Header parameter `Scp-Request-Path`. Default: `openapi`. Example: `openapi`."]
    scp_request_path : String, #[doc =
    " data ops service ID. Path parameter `data_ops_service_id`. Example: `2a9be312-5d4b-4bc8-b2ae-35100fa9241f`."]
    data_ops_service_id : String }
);
/// Request builder for `list_data_ops_image_versions`: `GET /v1/data-ops/image-versions`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct ListDataOpsImageVersions {
    client: docsdk_runtime::Client,
    version: &'static str,
    accept: Option<String>,
    scp_request_path: Option<String>,
}
impl ListDataOpsImageVersions {
    pub(crate) fn new(client: docsdk_runtime::Client, version: &'static str) -> Self {
        Self {
            client,
            version,
            accept: None,
            scp_request_path: None,
        }
    }
    /// Sends the request and returns the 200 response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<types::ImageVersionsResponse> {
        const OPERATION: &str = "list_data_ops_image_versions";
        let request = Request::new(Method::Get, "/v1/data-ops/image-versions", OPERATION)
            .api_version(self.version)
            .header_opt("Accept", self.accept)
            .header_opt("Scp-Request-Path", self.scp_request_path);
        self.client.send_json(request).await
    }
}
crate::support::setters!(
    ListDataOpsImageVersions { #[doc =
    " Accept. Header parameter `Accept`. Default: `application/json`. Example: `application/json`."]
    accept : String, #[doc =
    " Scp-Request-Path. Header parameter `Scp-Request-Path`. Default: `openapi`. Example: `openapi`."]
    scp_request_path : String }
);
/// Request builder for `list_data_ops_ingress_controllers`: `GET /v1/data-ops/clusters/{cluster_id}/ingress-controllers`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct ListDataOpsIngressControllers {
    client: docsdk_runtime::Client,
    version: &'static str,
    accept: Option<String>,
    scp_request_path: Option<String>,
    cluster_id: Option<String>,
}
impl ListDataOpsIngressControllers {
    pub(crate) fn new(client: docsdk_runtime::Client, version: &'static str) -> Self {
        Self {
            client,
            version,
            accept: None,
            scp_request_path: None,
            cluster_id: None,
        }
    }
    /// Sends the request and returns the 200 response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<()> {
        const OPERATION: &str = "list_data_ops_ingress_controllers";
        let request = Request::new(
                Method::Get,
                "/v1/data-ops/clusters/{cluster_id}/ingress-controllers",
                OPERATION,
            )
            .api_version(self.version)
            .header_opt("Accept", self.accept)
            .header_opt("Scp-Request-Path", self.scp_request_path)
            .path_param(
                "cluster_id",
                required(self.cluster_id, OPERATION, "cluster_id")?,
            );
        self.client.send_empty(request).await
    }
}
crate::support::setters!(
    ListDataOpsIngressControllers { #[doc =
    " Accept. Header parameter `Accept`. Default: `application/json`. Example: `application/json`."]
    accept : String, #[doc =
    " Scp-Request-Path. Header parameter `Scp-Request-Path`. Default: `openapi`. Example: `openapi`."]
    scp_request_path : String, #[doc =
    " Cluster ID. Path parameter `cluster_id`. Example: `2a9be312-5d4b-4bc8-b2ae-35100fa9241f`."]
    cluster_id : String }
);
/// Request builder for `show_data_ops_service_sub_version`: `GET /v1/data-ops-services/data-ops/{data_ops_id}/sub-versions`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct ShowDataOpsServiceSubVersion {
    client: docsdk_runtime::Client,
    version: &'static str,
    accept: Option<String>,
    scp_request_path: Option<String>,
    data_ops_id: Option<String>,
}
impl ShowDataOpsServiceSubVersion {
    pub(crate) fn new(client: docsdk_runtime::Client, version: &'static str) -> Self {
        Self {
            client,
            version,
            accept: None,
            scp_request_path: None,
            data_ops_id: None,
        }
    }
    /// Sends the request and returns the 200 response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<types::DataOpsServiceImageResponse> {
        const OPERATION: &str = "show_data_ops_service_sub_version";
        let request = Request::new(
                Method::Get,
                "/v1/data-ops-services/data-ops/{data_ops_id}/sub-versions",
                OPERATION,
            )
            .api_version(self.version)
            .header_opt("Accept", self.accept)
            .header_opt("Scp-Request-Path", self.scp_request_path)
            .path_param(
                "data_ops_id",
                required(self.data_ops_id, OPERATION, "data_ops_id")?,
            );
        self.client.send_json(request).await
    }
}
crate::support::setters!(
    ShowDataOpsServiceSubVersion { #[doc =
    " Accept. Header parameter `Accept`. Default: `application/json`. Example: `application/json`."]
    accept : String, #[doc =
    " Scp-Request-Path. Header parameter `Scp-Request-Path`. Default: `openapi`. Example: `openapi`."]
    scp_request_path : String, #[doc =
    " data ops ID. Path parameter `data_ops_id`. Example: `2a9be312-5d4b-4bc8-b2ae-35100fa9241f`."]
    data_ops_id : String }
);
