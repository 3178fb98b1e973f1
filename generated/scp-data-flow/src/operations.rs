//! Request builders, one per operation: set parameters, then `.send().await`.
use crate::support::required;
use crate::types;
use docsdk_runtime::{Method, Request, Result};
/// Request builder for `check_cluster_resource_size_for_data_flow_service_create`: `POST /v1/data-flow-services/clusters/{cluster_id}/validate-resources`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct CheckClusterResourceSizeForDataFlowServiceCreate {
    client: docsdk_runtime::Client,
    version: &'static str,
    accept: Option<String>,
    scp_request_path: Option<String>,
    cluster_id: Option<String>,
    service_workload: Option<serde_json::Value>,
}
impl CheckClusterResourceSizeForDataFlowServiceCreate {
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
        const OPERATION: &str = "check_cluster_resource_size_for_data_flow_service_create";
        let body = types::DataFlowServiceValidateResourceRequest {
            service_workload: required(
                self.service_workload,
                OPERATION,
                "service_workload",
            )?,
        };
        let request = Request::new(
                Method::Post,
                "/v1/data-flow-services/clusters/{cluster_id}/validate-resources",
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
    CheckClusterResourceSizeForDataFlowServiceCreate { #[doc =
    " Accept. Header parameter `Accept`. Default: `application/json`. Example: `application/json`."]
    accept : String, #[doc =
    " Scp-Request-Path. Header parameter `Scp-Request-Path`. Default: `openapi`. Example: `openapi`."]
    scp_request_path : String, #[doc =
    " Cluster ID. Path parameter `cluster_id`. Example: `2a9be312-5d4b-4bc8-b2ae-35100fa9241f`."]
    cluster_id : String, #[doc = " service\\_workload"] #[doc = ""] #[doc =
    " Example: `{\"nifi\":{\"cpu\":\"2000\",\"memory\":\"1024\",\"replica\":\"1\",\"version\":\"1.27.1\"},\"nifi_registry\":{\"cpu\":\"2000\",\"memory\":\"1024\",\"replica\":\"1\",\"version\":\"1.27.1\"},\"zookeeper\":{\"cpu\":\"2000\",\"memory\":\"1024\",\"replica\":\"3\",\"version\":\"3.9.2\"}}`."]
    service_workload : serde_json::Value }
);
/// Request builder for `check_cluster_resource_size_for_data_flow_service_update`: `POST /v1/data-flow-services/{data_flow_service_id}/validate-resources`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct CheckClusterResourceSizeForDataFlowServiceUpdate {
    client: docsdk_runtime::Client,
    version: &'static str,
    accept: Option<String>,
    scp_request_path: Option<String>,
    data_flow_service_id: Option<String>,
    service_workload: Option<serde_json::Value>,
}
impl CheckClusterResourceSizeForDataFlowServiceUpdate {
    pub(crate) fn new(client: docsdk_runtime::Client, version: &'static str) -> Self {
        Self {
            client,
            version,
            accept: None,
            scp_request_path: None,
            data_flow_service_id: None,
            service_workload: None,
        }
    }
    /// Sends the request and returns the 200 response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<types::ClusterResourceCheckResponse> {
        const OPERATION: &str = "check_cluster_resource_size_for_data_flow_service_update";
        let body = types::DataFlowServiceValidateResourceRequest {
            service_workload: required(
                self.service_workload,
                OPERATION,
                "service_workload",
            )?,
        };
        let request = Request::new(
                Method::Post,
                "/v1/data-flow-services/{data_flow_service_id}/validate-resources",
                OPERATION,
            )
            .api_version(self.version)
            .header_opt("Accept", self.accept)
            .header_opt("Scp-Request-Path", self.scp_request_path)
            .path_param(
                "data_flow_service_id",
                required(self.data_flow_service_id, OPERATION, "data_flow_service_id")?,
            )
            .json_body(&body)?;
        self.client.send_json(request).await
    }
}
crate::support::setters!(
    CheckClusterResourceSizeForDataFlowServiceUpdate { #[doc =
    " Accept. Header parameter `Accept`. Default: `application/json`. Example: `application/json`."]
    accept : String, #[doc =
    " Scp-Request-Path. Header parameter `Scp-Request-Path`. Default: `openapi`. Example: `openapi`."]
    scp_request_path : String, #[doc =
    " data\\_flow\\_service\\_id. Path parameter `data_flow_service_id`."]
    data_flow_service_id : String, #[doc = " service\\_workload"] #[doc = ""] #[doc =
    " Example: `{\"nifi\":{\"cpu\":\"2000\",\"memory\":\"1024\",\"replica\":\"1\",\"version\":\"1.27.1\"},\"nifi_registry\":{\"cpu\":\"2000\",\"memory\":\"1024\",\"replica\":\"1\",\"version\":\"1.27.1\"},\"zookeeper\":{\"cpu\":\"2000\",\"memory\":\"1024\",\"replica\":\"3\",\"version\":\"3.9.2\"}}`."]
    service_workload : serde_json::Value }
);
/// Request builder for `check_data_flow_name_duplication`: `GET /v1/data-flows/{data_flow_name}/check-duplication`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct CheckDataFlowNameDuplication {
    client: docsdk_runtime::Client,
    version: &'static str,
    accept: Option<String>,
    scp_request_path: Option<String>,
    data_flow_name: Option<String>,
}
impl CheckDataFlowNameDuplication {
    pub(crate) fn new(client: docsdk_runtime::Client, version: &'static str) -> Self {
        Self {
            client,
            version,
            accept: None,
            scp_request_path: None,
            data_flow_name: None,
        }
    }
    /// Sends the request and returns the 200 response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<types::DataFlowCheckDuplicationResponse> {
        const OPERATION: &str = "check_data_flow_name_duplication";
        let request = Request::new(
                Method::Get,
                "/v1/data-flows/{data_flow_name}/check-duplication",
                OPERATION,
            )
            .api_version(self.version)
            .header_opt("Accept", self.accept)
            .header_opt("Scp-Request-Path", self.scp_request_path)
            .path_param(
                "data_flow_name",
                required(self.data_flow_name, OPERATION, "data_flow_name")?,
            );
        self.client.send_json(request).await
    }
}
crate::support::setters!(
    CheckDataFlowNameDuplication { #[doc =
    " Accept. Header parameter `Accept`. Default: `application/json`. Example: `application/json`."]
    accept : String, #[doc =
    " Scp-Request-Path. Header parameter `Scp-Request-Path`. Default: `openapi`. Example: `openapi`."]
    scp_request_path : String, #[doc =
    " Data flow name. Path parameter `data_flow_name`."] data_flow_name : String }
);
/// Request builder for `check_data_flow_service_name_duplication`: `GET /v1/data-flow-services/{data_flow_service_name}/check-duplication`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct CheckDataFlowServiceNameDuplication {
    client: docsdk_runtime::Client,
    version: &'static str,
    accept: Option<String>,
    scp_request_path: Option<String>,
    data_flow_service_name: Option<String>,
}
impl CheckDataFlowServiceNameDuplication {
    pub(crate) fn new(client: docsdk_runtime::Client, version: &'static str) -> Self {
        Self {
            client,
            version,
            accept: None,
            scp_request_path: None,
            data_flow_service_name: None,
        }
    }
    /// Sends the request and returns the 200 response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<types::DataFlowServiceCheckDuplicationResponse> {
        const OPERATION: &str = "check_data_flow_service_name_duplication";
        let request = Request::new(
                Method::Get,
                "/v1/data-flow-services/{data_flow_service_name}/check-duplication",
                OPERATION,
            )
            .api_version(self.version)
            .header_opt("Accept", self.accept)
            .header_opt("Scp-Request-Path", self.scp_request_path)
            .path_param(
                "data_flow_service_name",
                required(
                    self.data_flow_service_name,
                    OPERATION,
                    "data_flow_service_name",
                )?,
            );
        self.client.send_json(request).await
    }
}
crate::support::setters!(
    CheckDataFlowServiceNameDuplication { #[doc =
    " Accept. Header parameter `Accept`. Default: `application/json`. Example: `application/json`."]
    accept : String, #[doc =
    " Scp-Request-Path. Header parameter `Scp-Request-Path`. Default: `openapi`. Example: `openapi`."]
    scp_request_path : String, #[doc =
    " Data flow service name. Path parameter `data_flow_service_name`."]
    data_flow_service_name : String }
);
/// Request builder for `list_data_flows`: `GET /v1/data-flows`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct ListDataFlows {
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
    data_flow_name: Option<String>,
    region: Option<String>,
}
impl ListDataFlows {
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
            data_flow_name: None,
            region: None,
        }
    }
    /// Sends the request and returns the 200 response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<types::ListDataFlowsConsoleResponseV1Dot1> {
        const OPERATION: &str = "list_data_flows";
        let request = Request::new(Method::Get, "/v1/data-flows", OPERATION)
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
            .query_opt("data_flow_name", self.data_flow_name)
            .query_opt("region", self.region);
        self.client.send_json(request).await
    }
    /// Streams every item of every page: requests page after page (from `page`, default 0, `size` items each, default 20) until a page is empty, short, or the total is reached.
    pub fn into_stream(
        self,
    ) -> impl docsdk_runtime::Stream<
        Item = Result<types::DataFlowsConsoleResponseV1Dot1>,
    > {
        let page_size = self.size.and_then(|n| u32::try_from(n).ok()).unwrap_or(20u32);
        docsdk_runtime::paginate(
            self.page.and_then(|n| u32::try_from(n).ok()).unwrap_or(0u32),
            page_size,
            move |page| {
                let call = ListDataFlows {
                    page: Some(i64::from(page)),
                    size: Some(i64::from(page_size)),
                    ..self.clone()
                };
                async move {
                    let response = call.send().await?;
                    Ok(docsdk_runtime::Page {
                        items: response.contents.unwrap_or_default(),
                        total: response.total_count.and_then(|t| u64::try_from(t).ok()),
                    })
                }
            },
        )
    }
}
crate::support::setters!(
    ListDataFlows { #[doc =
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
    " data\\_flow\\_name. Query parameter `data_flow_name`."] data_flow_name : String,
    #[doc = " region. Query parameter `region`."] region : String }
);
/// Request builder for `create_data_flow`: `POST /v1/data-flows`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct CreateDataFlow {
    client: docsdk_runtime::Client,
    version: &'static str,
    accept: Option<String>,
    scp_request_path: Option<String>,
    account: Option<docsdk_runtime::Nullable<serde_json::Value>>,
    cluster_id: Option<String>,
    data_flow_name: Option<String>,
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
impl CreateDataFlow {
    pub(crate) fn new(client: docsdk_runtime::Client, version: &'static str) -> Self {
        Self {
            client,
            version,
            accept: None,
            scp_request_path: None,
            account: None,
            cluster_id: None,
            data_flow_name: None,
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
        const OPERATION: &str = "create_data_flow";
        let body = types::DataFlowBodyCreate {
            account: self.account,
            cluster_id: required(self.cluster_id, OPERATION, "cluster_id")?,
            data_flow_name: required(self.data_flow_name, OPERATION, "data_flow_name")?,
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
        let request = Request::new(Method::Post, "/v1/data-flows", OPERATION)
            .api_version(self.version)
            .header_opt("Accept", self.accept)
            .header_opt("Scp-Request-Path", self.scp_request_path)
            .json_body(&body)?;
        self.client.send_empty(request).await
    }
}
crate::support::setters!(
    CreateDataFlow { #[doc =
    " Accept. Header parameter `Accept`. Default: `application/json`. Example: `application/json`."]
    accept : String, #[doc =
    " Scp-Request-Path. Header parameter `Scp-Request-Path`. Default: `openapi`. Example: `openapi`."]
    scp_request_path : String, #[doc =
    " account. Example: `{\"account_id\":\"\",\"account_password\":\"\"}`."] account /
    account_null : serde_json::Value, #[doc = " cluster\\_id"] cluster_id : String, #[doc
    = " data\\_flow\\_name. Length 3 to 30."] data_flow_name : String, #[doc =
    " description"] description / description_null : String, #[doc =
    " domain. Length 3 to 50."] domain : String, #[doc = " dsc\\_domain"] dsc_domain /
    dsc_domain_null : String, #[doc =
    " host\\_alias\\_list. Example: `[{\"hostnames\":[\"\"],\"ip\":\"\"}]`."]
    host_alias_list : Vec < serde_json::Value >, #[doc = " image\\_id"] image_id :
    String, #[doc = " ingress\\_controller\\_name"] ingress_controller_name : String,
    #[doc = " instance\\_id"] instance_id / instance_id_null : String, #[doc =
    " node\\_selector"] node_selector / node_selector_null : String, #[doc =
    " storage\\_class\\_name"] storage_class_name : String, #[doc = " tags"] tags : Vec <
    types::Tag > }
);
/// Request builder for `list_data_flow_service`: `GET /v1/data-flow-services`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct ListDataFlowService {
    client: docsdk_runtime::Client,
    version: &'static str,
    accept: Option<String>,
    scp_request_path: Option<String>,
    size: Option<i64>,
    page: Option<i64>,
    sort: Option<String>,
    created_by: Option<String>,
    state: Option<types::State>,
    data_flow_service_name: Option<String>,
    data_flow_name: Option<String>,
}
impl ListDataFlowService {
    pub(crate) fn new(client: docsdk_runtime::Client, version: &'static str) -> Self {
        Self {
            client,
            version,
            accept: None,
            scp_request_path: None,
            size: None,
            page: None,
            sort: None,
            created_by: None,
            state: None,
            data_flow_service_name: None,
            data_flow_name: None,
        }
    }
    /// Sends the request and returns the 200 response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<types::ListDataFlowServicesConsoleResponseV1Dot1> {
        const OPERATION: &str = "list_data_flow_service";
        let request = Request::new(Method::Get, "/v1/data-flow-services", OPERATION)
            .api_version(self.version)
            .header_opt("Accept", self.accept)
            .header_opt("Scp-Request-Path", self.scp_request_path)
            .query_opt("size", self.size)
            .query_opt("page", self.page)
            .query_opt("sort", self.sort)
            .query_opt("created_by", self.created_by)
            .query_opt("state", self.state)
            .query_opt("data_flow_service_name", self.data_flow_service_name)
            .query_opt("data_flow_name", self.data_flow_name);
        self.client.send_json(request).await
    }
    /// Streams every item of every page: requests page after page (from `page`, default 0, `size` items each, default 20) until a page is empty, short, or the total is reached.
    pub fn into_stream(
        self,
    ) -> impl docsdk_runtime::Stream<
        Item = Result<types::DataFlowServicesResponseV1Dot1>,
    > {
        let page_size = self.size.and_then(|n| u32::try_from(n).ok()).unwrap_or(20u32);
        docsdk_runtime::paginate(
            self.page.and_then(|n| u32::try_from(n).ok()).unwrap_or(0u32),
            page_size,
            move |page| {
                let call = ListDataFlowService {
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
    ListDataFlowService { #[doc =
    " Accept. Header parameter `Accept`. Default: `application/json`. Example: `application/json`."]
    accept : String, #[doc =
    " Scp-Request-Path. Header parameter `Scp-Request-Path`. Default: `openapi`. Example: `openapi`."]
    scp_request_path : String, #[doc =
    " size. Query parameter `size`. Default: `20`. Example: `20`."] size : i64, #[doc =
    " page. Query parameter `page`. Default: `0`. Example: `0`."] page : i64, #[doc =
    " sort. Query parameter `sort`. Default: `created_dt:desc`. Example: `created_dt:desc`."]
    sort : String, #[doc = " created\\_by. Query parameter `created_by`."] created_by :
    String, #[doc = " state. Query parameter `state`."] state : types::State, #[doc =
    " data\\_flow\\_service\\_name. Query parameter `data_flow_service_name`."]
    data_flow_service_name : String, #[doc =
    " data\\_flow\\_name. Query parameter `data_flow_name`."] data_flow_name : String }
);
/// Request builder for `create_data_flow_service`: `POST /v1/data-flow-services`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct CreateDataFlowService {
    client: docsdk_runtime::Client,
    version: &'static str,
    accept: Option<String>,
    scp_request_path: Option<String>,
    account: Option<docsdk_runtime::Nullable<serde_json::Value>>,
    data_flow_id: Option<String>,
    data_flow_service_name: Option<String>,
    description: Option<docsdk_runtime::Nullable<String>>,
    domain: Option<String>,
    host_alias: Option<serde_json::Value>,
    node_selector: Option<docsdk_runtime::Nullable<String>>,
    service_workload: Option<serde_json::Value>,
    storage_class_name: Option<String>,
    tags: Option<Vec<types::Tag>>,
}
impl CreateDataFlowService {
    pub(crate) fn new(client: docsdk_runtime::Client, version: &'static str) -> Self {
        Self {
            client,
            version,
            accept: None,
            scp_request_path: None,
            account: None,
            data_flow_id: None,
            data_flow_service_name: None,
            description: None,
            domain: None,
            host_alias: None,
            node_selector: None,
            service_workload: None,
            storage_class_name: None,
            tags: None,
        }
    }
    /// Sends the request and returns the 202 response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<()> {
        const OPERATION: &str = "create_data_flow_service";
        let body = types::DataFlowServiceCreateRequest {
            account: self.account,
            data_flow_id: required(self.data_flow_id, OPERATION, "data_flow_id")?,
            data_flow_service_name: required(
                self.data_flow_service_name,
                OPERATION,
                "data_flow_service_name",
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
        };
        let request = Request::new(Method::Post, "/v1/data-flow-services", OPERATION)
            .api_version(self.version)
            .header_opt("Accept", self.accept)
            .header_opt("Scp-Request-Path", self.scp_request_path)
            .json_body(&body)?;
        self.client.send_empty(request).await
    }
}
crate::support::setters!(
    CreateDataFlowService { #[doc =
    " Accept. Header parameter `Accept`. Default: `application/json`. Example: `application/json`."]
    accept : String, #[doc =
    " Scp-Request-Path. Header parameter `Scp-Request-Path`. Default: `openapi`. Example: `openapi`."]
    scp_request_path : String, #[doc =
    " account. Example: `{\"account_id\":\"\",\"account_password\":\"\"}`."] account /
    account_null : serde_json::Value, #[doc = " data\\_flow\\_id"] data_flow_id : String,
    #[doc =
    " data\\_flow\\_service\\_name. Length 3 to 30. Pattern: `^[a-z][a-z0-9\\-]*[a-z0-9]$`."]
    data_flow_service_name : String, #[doc = " description"] description /
    description_null : String, #[doc = " description. Length 3 to 50."] domain : String,
    #[doc =
    " host\\_alias. Example: `{\"enabled\":\"true\",\"host_alias_list\":[{\"hostname\":\"\",\"ip\":\"\"}]}`."]
    host_alias : serde_json::Value, #[doc = " node\\_selector"] node_selector /
    node_selector_null : String, #[doc = " service\\_workload"] #[doc = ""] #[doc =
    " Example: `{\"nifi\":{\"cpu\":\"2000\",\"memory\":\"1024\",\"replica\":\"1\",\"version\":\"1.27.1\"},\"nifi_registry\":{\"cpu\":\"2000\",\"memory\":\"1024\",\"replica\":\"1\",\"version\":\"1.27.1\"},\"zookeeper\":{\"cpu\":\"2000\",\"memory\":\"1024\",\"replica\":\"3\",\"version\":\"3.9.2\"}}`."]
    service_workload : serde_json::Value, #[doc = " storage\\_class\\_name"]
    storage_class_name : String, #[doc = " tags"] tags : Vec < types::Tag > }
);
/// Request builder for `show_data_flow`: `GET /v1/data-flows/{data_flow_id}`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct ShowDataFlow {
    client: docsdk_runtime::Client,
    version: &'static str,
    accept: Option<String>,
    scp_request_path: Option<String>,
    data_flow_id: Option<String>,
}
impl ShowDataFlow {
    pub(crate) fn new(client: docsdk_runtime::Client, version: &'static str) -> Self {
        Self {
            client,
            version,
            accept: None,
            scp_request_path: None,
            data_flow_id: None,
        }
    }
    /// Sends the request and returns the 200 response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<types::DataFlowDetailResponseV1Dot1> {
        const OPERATION: &str = "show_data_flow";
        let request = Request::new(
                Method::Get,
                "/v1/data-flows/{data_flow_id}",
                OPERATION,
            )
            .api_version(self.version)
            .header_opt("Accept", self.accept)
            .header_opt("Scp-Request-Path", self.scp_request_path)
            .path_param(
                "data_flow_id",
                required(self.data_flow_id, OPERATION, "data_flow_id")?,
            );
        self.client.send_json(request).await
    }
}
crate::support::setters!(
    ShowDataFlow { #[doc =
    " Accept. Header parameter `Accept`. Default: `application/json`. Example: `application/json`."]
    accept : String, #[doc =
    " Scp-Request-Path. Header parameter `Scp-Request-Path`. Default: `openapi`. Example: `openapi`."]
    scp_request_path : String, #[doc =
    " Cluster ID. Path parameter `data_flow_id`. Example: `2a9be312-5d4b-4bc8-b2ae-35100fa9241s`."]
    data_flow_id : String }
);
/// Request builder for `update_data_flow`: `PUT /v1/data-flows/{data_flow_id}`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct UpdateDataFlow {
    client: docsdk_runtime::Client,
    version: &'static str,
    accept: Option<String>,
    scp_request_path: Option<String>,
    data_flow_id: Option<String>,
    account: Option<docsdk_runtime::Nullable<serde_json::Value>>,
    description: Option<docsdk_runtime::Nullable<String>>,
    domain: Option<docsdk_runtime::Nullable<String>>,
    host_alias_list: Option<docsdk_runtime::Nullable<Vec<serde_json::Value>>>,
    node_selector: Option<docsdk_runtime::Nullable<String>>,
}
impl UpdateDataFlow {
    pub(crate) fn new(client: docsdk_runtime::Client, version: &'static str) -> Self {
        Self {
            client,
            version,
            accept: None,
            scp_request_path: None,
            data_flow_id: None,
            account: None,
            description: None,
            domain: None,
            host_alias_list: None,
            node_selector: None,
        }
    }
    /// Sends the request and returns the 202 response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<types::DataFlowUpdateResponse> {
        const OPERATION: &str = "update_data_flow";
        let body = types::DataFlowBodyUpdate {
            account: self.account,
            description: self.description,
            domain: self.domain,
            host_alias_list: self.host_alias_list,
            node_selector: self.node_selector,
        };
        let request = Request::new(
                Method::Put,
                "/v1/data-flows/{data_flow_id}",
                OPERATION,
            )
            .api_version(self.version)
            .header_opt("Accept", self.accept)
            .header_opt("Scp-Request-Path", self.scp_request_path)
            .path_param(
                "data_flow_id",
                required(self.data_flow_id, OPERATION, "data_flow_id")?,
            )
            .json_body(&body)?;
        self.client.send_json(request).await
    }
}
crate::support::setters!(
    UpdateDataFlow { #[doc =
    " Accept. Header parameter `Accept`. Default: `application/json`. Example: `application/json`."]
    accept : String, #[doc =
    " Scp-Request-Path. Header parameter `Scp-Request-Path`. Default: `openapi`. Example: `openapi`."]
    scp_request_path : String, #[doc =
    " Cluster ID. Path parameter `data_flow_id`. Example: `2a9be312-5d4b-4bc8-b2ae-35100fa9241s`."]
    data_flow_id : String, #[doc =
    " account. Example: `{\"account_id\":\"\",\"account_password\":\"\"}`."] account /
    account_null : serde_json::Value, #[doc = " description"] description /
    description_null : String, #[doc = " domain"] domain / domain_null : String, #[doc =
    " host\\_alias. Example: `[{\"hostnames\":[\"\"],\"ip\":\"\"}]`."] host_alias_list /
    host_alias_list_null : Vec < serde_json::Value >, #[doc = " node\\_selector"]
    node_selector / node_selector_null : String }
);
/// Request builder for `delete_data_flow`: `DELETE /v1/data-flows/{data_flow_id}`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct DeleteDataFlow {
    client: docsdk_runtime::Client,
    version: &'static str,
    accept: Option<String>,
    scp_request_path: Option<String>,
    data_flow_id: Option<String>,
}
impl DeleteDataFlow {
    pub(crate) fn new(client: docsdk_runtime::Client, version: &'static str) -> Self {
        Self {
            client,
            version,
            accept: None,
            scp_request_path: None,
            data_flow_id: None,
        }
    }
    /// Sends the request and returns the 202 response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<()> {
        const OPERATION: &str = "delete_data_flow";
        let request = Request::new(
                Method::Delete,
                "/v1/data-flows/{data_flow_id}",
                OPERATION,
            )
            .api_version(self.version)
            .header_opt("Accept", self.accept)
            .header_opt("Scp-Request-Path", self.scp_request_path)
            .path_param(
                "data_flow_id",
                required(self.data_flow_id, OPERATION, "data_flow_id")?,
            );
        self.client.send_empty(request).await
    }
}
crate::support::setters!(
    DeleteDataFlow { #[doc =
    " Accept. Header parameter `Accept`. Default: `application/json`. Example: `application/json`."]
    accept : String, #[doc =
    " Scp-Request-Path. Header parameter `Scp-Request-Path`. Default: `openapi`. Example: `openapi`."]
    scp_request_path : String, #[doc =
    " Cluster ID. Path parameter `data_flow_id`. Example: `2a9be312-5d4b-4bc8-b2ae-35100fa9241s`."]
    data_flow_id : String }
);
/// Request builder for `show_data_flow_service`: `GET /v1/data-flow-services/{data_flow_service_id}`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct ShowDataFlowService {
    client: docsdk_runtime::Client,
    version: &'static str,
    accept: Option<String>,
    scp_request_path: Option<String>,
    data_flow_service_id: Option<String>,
}
impl ShowDataFlowService {
    pub(crate) fn new(client: docsdk_runtime::Client, version: &'static str) -> Self {
        Self {
            client,
            version,
            accept: None,
            scp_request_path: None,
            data_flow_service_id: None,
        }
    }
    /// Sends the request and returns the 200 response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<types::DataFlowServiceDetailResponseV1Dot1> {
        const OPERATION: &str = "show_data_flow_service";
        let request = Request::new(
                Method::Get,
                "/v1/data-flow-services/{data_flow_service_id}",
                OPERATION,
            )
            .api_version(self.version)
            .header_opt("Accept", self.accept)
            .header_opt("Scp-Request-Path", self.scp_request_path)
            .path_param(
                "data_flow_service_id",
                required(self.data_flow_service_id, OPERATION, "data_flow_service_id")?,
            );
        self.client.send_json(request).await
    }
}
crate::support::setters!(
    ShowDataFlowService { #[doc =
    " Accept. Header parameter `Accept`. Default: `application/json`. Example: `application/json`."]
    accept : String, #[doc =
    " Scp-Request-Path. Header parameter `Scp-Request-Path`. Default: `openapi`. Example: `openapi`."]
    scp_request_path : String, #[doc =
    " data\\_flow\\_service\\_id. Path parameter `data_flow_service_id`."]
    data_flow_service_id : String }
);
/// Request builder for `update_data_flow_service`: `PUT /v1/data-flow-services/{data_flow_service_id}`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct UpdateDataFlowService {
    client: docsdk_runtime::Client,
    version: &'static str,
    accept: Option<String>,
    scp_request_path: Option<String>,
    data_flow_service_id: Option<String>,
    account: Option<serde_json::Value>,
    description: Option<docsdk_runtime::Nullable<String>>,
    domain: Option<docsdk_runtime::Nullable<String>>,
    host_alias: Option<docsdk_runtime::Nullable<serde_json::Value>>,
    node_selector: Option<docsdk_runtime::Nullable<String>>,
    service_workload: Option<serde_json::Value>,
}
impl UpdateDataFlowService {
    pub(crate) fn new(client: docsdk_runtime::Client, version: &'static str) -> Self {
        Self {
            client,
            version,
            accept: None,
            scp_request_path: None,
            data_flow_service_id: None,
            account: None,
            description: None,
            domain: None,
            host_alias: None,
            node_selector: None,
            service_workload: None,
        }
    }
    /// Sends the request and returns the 202 response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<types::DataFlowServiceUpdateResponse> {
        const OPERATION: &str = "update_data_flow_service";
        let body = types::DataFlowServicesUpdateRequest {
            account: self.account,
            description: self.description,
            domain: self.domain,
            host_alias: self.host_alias,
            node_selector: self.node_selector,
            service_workload: self.service_workload,
        };
        let request = Request::new(
                Method::Put,
                "/v1/data-flow-services/{data_flow_service_id}",
                OPERATION,
            )
            .api_version(self.version)
            .header_opt("Accept", self.accept)
            .header_opt("Scp-Request-Path", self.scp_request_path)
            .path_param(
                "data_flow_service_id",
                required(self.data_flow_service_id, OPERATION, "data_flow_service_id")?,
            )
            .json_body(&body)?;
        self.client.send_json(request).await
    }
}
crate::support::setters!(
    UpdateDataFlowService { #[doc =
    " Accept. Header parameter `Accept`. Default: `application/json`. Example: `application/json`."]
    accept : String, #[doc =
    " Scp-Request-Path. Header parameter `Scp-Request-Path`. Default: `openapi`. Example: `openapi`."]
    scp_request_path : String, #[doc =
    " data\\_flow\\_service\\_id. Path parameter `data_flow_service_id`."]
    data_flow_service_id : String, #[doc =
    " account. Example: `{\"account_id\":\"\",\"account_password\":\"\"}`."] account :
    serde_json::Value, #[doc = " description"] description / description_null : String,
    #[doc = " domain"] domain / domain_null : String, #[doc =
    " host\\_alias. Example: `{\"enabled\":\"true\",\"host_alias_list\":[{\"hostname\":\"\",\"ip\":\"\"}]}`."]
    host_alias / host_alias_null : serde_json::Value, #[doc = " node\\_selector"]
    node_selector / node_selector_null : String, #[doc = " service\\_workload"] #[doc =
    ""] #[doc =
    " Example: `{\"nifi\":{\"cpu\":\"2000\",\"memory\":\"1024\",\"replica\":\"1\",\"version\":\"1.27.1\"},\"nifi_registry\":{\"cpu\":\"2000\",\"memory\":\"1024\",\"replica\":\"1\",\"version\":\"1.27.1\"},\"zookeeper\":{\"cpu\":\"2000\",\"memory\":\"1024\",\"replica\":\"3\",\"version\":\"3.9.2\"}}`."]
    service_workload : serde_json::Value }
);
/// Request builder for `delete_data_flow_service`: `DELETE /v1/data-flow-services/{data_flow_service_id}`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct DeleteDataFlowService {
    client: docsdk_runtime::Client,
    version: &'static str,
    accept: Option<String>,
    scp_request_path: Option<String>,
    data_flow_service_id: Option<String>,
}
impl DeleteDataFlowService {
    pub(crate) fn new(client: docsdk_runtime::Client, version: &'static str) -> Self {
        Self {
            client,
            version,
            accept: None,
            scp_request_path: None,
            data_flow_service_id: None,
        }
    }
    /// Sends the request and returns the 202 response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<()> {
        const OPERATION: &str = "delete_data_flow_service";
        let request = Request::new(
                Method::Delete,
                "/v1/data-flow-services/{data_flow_service_id}",
                OPERATION,
            )
            .api_version(self.version)
            .header_opt("Accept", self.accept)
            .header_opt("Scp-Request-Path", self.scp_request_path)
            .path_param(
                "data_flow_service_id",
                required(self.data_flow_service_id, OPERATION, "data_flow_service_id")?,
            );
        self.client.send_empty(request).await
    }
}
crate::support::setters!(
    DeleteDataFlowService { #[doc =
    " Accept. Header parameter `Accept`. Default: `application/json`. Example: `application/json`."]
    accept : String, #[doc =
    " Scp-Request-Path. Header parameter `Scp-Request-Path`. Default: `openapi`. Example: `openapi`."]
    scp_request_path : String, #[doc =
    " data\\_flow\\_service\\_id. Path parameter `data_flow_service_id`."]
    data_flow_service_id : String }
);
/// Request builder for `list_data_flow_images`: `GET /v1/data-flows/image-versions`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct ListDataFlowImages {
    client: docsdk_runtime::Client,
    version: &'static str,
    accept: Option<String>,
    scp_request_path: Option<String>,
}
impl ListDataFlowImages {
    pub(crate) fn new(client: docsdk_runtime::Client, version: &'static str) -> Self {
        Self {
            client,
            version,
            accept: None,
            scp_request_path: None,
        }
    }
    /// Sends the request and returns the 200 response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<types::DataFlowImageListResponse> {
        const OPERATION: &str = "list_data_flow_images";
        let request = Request::new(
                Method::Get,
                "/v1/data-flows/image-versions",
                OPERATION,
            )
            .api_version(self.version)
            .header_opt("Accept", self.accept)
            .header_opt("Scp-Request-Path", self.scp_request_path);
        self.client.send_json(request).await
    }
}
crate::support::setters!(
    ListDataFlowImages { #[doc =
    " Accept. Header parameter `Accept`. Default: `application/json`. Example: `application/json`."]
    accept : String, #[doc =
    " Scp-Request-Path. Header parameter `Scp-Request-Path`. Default: `openapi`. Example: `openapi`."]
    scp_request_path : String }
);
/// Request builder for `list_data_flow_ingress_controllers`: `GET /v1/data-flows/clusters/{cluster_id}/ingress-controllers`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct ListDataFlowIngressControllers {
    client: docsdk_runtime::Client,
    version: &'static str,
    accept: Option<String>,
    scp_request_path: Option<String>,
    cluster_id: Option<String>,
}
impl ListDataFlowIngressControllers {
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
        const OPERATION: &str = "list_data_flow_ingress_controllers";
        let request = Request::new(
                Method::Get,
                "/v1/data-flows/clusters/{cluster_id}/ingress-controllers",
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
    ListDataFlowIngressControllers { #[doc =
    " Accept. Header parameter `Accept`. Default: `application/json`. Example: `application/json`."]
    accept : String, #[doc =
    " Scp-Request-Path. Header parameter `Scp-Request-Path`. Default: `openapi`. Example: `openapi`."]
    scp_request_path : String, #[doc =
    " Cluster ID. Path parameter `cluster_id`. Example: `2a9be312-5d4b-4bc8-b2ae-35100fa9241f`."]
    cluster_id : String }
);
/// Request builder for `show_data_flow_service_sub_versions`: `GET /v1/data-flow-services/data-flows/{data_flow_id}/sub-versions`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct ShowDataFlowServiceSubVersions {
    client: docsdk_runtime::Client,
    version: &'static str,
    accept: Option<String>,
    scp_request_path: Option<String>,
    data_flow_id: Option<String>,
}
impl ShowDataFlowServiceSubVersions {
    pub(crate) fn new(client: docsdk_runtime::Client, version: &'static str) -> Self {
        Self {
            client,
            version,
            accept: None,
            scp_request_path: None,
            data_flow_id: None,
        }
    }
    /// Sends the request and returns the 200 response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<types::DataFlowServiceImageResponse> {
        const OPERATION: &str = "show_data_flow_service_sub_versions";
        let request = Request::new(
                Method::Get,
                "/v1/data-flow-services/data-flows/{data_flow_id}/sub-versions",
                OPERATION,
            )
            .api_version(self.version)
            .header_opt("Accept", self.accept)
            .header_opt("Scp-Request-Path", self.scp_request_path)
            .path_param(
                "data_flow_id",
                required(self.data_flow_id, OPERATION, "data_flow_id")?,
            );
        self.client.send_json(request).await
    }
}
crate::support::setters!(
    ShowDataFlowServiceSubVersions { #[doc =
    " Accept. Header parameter `Accept`. Default: `application/json`. Example: `application/json`."]
    accept : String, #[doc =
    " Scp-Request-Path. Header parameter `Scp-Request-Path`. Default: `openapi`. Example: `openapi`."]
    scp_request_path : String, #[doc = " Data flow ID. Path parameter `data_flow_id`."]
    data_flow_id : String }
);
