//! API version 1.0 of Data Flow: SUPPORTED (최소 지원 보장일 2026-07-01).
use crate::support::required;
use docsdk_runtime::{Method, Request, Result};
/// The operations at API version 1.0: get it with `Client::v1_0`.
#[derive(Clone, Copy, Debug)]
pub struct Client<'a>(pub(crate) &'a crate::Client);
impl Client<'_> {
    /// CheckClusterResourceSizeForDataFlowServiceCreate: `POST /v1/data-flow-services/clusters/{cluster_id}/validate-resources`, API version 1.0, SUPPORTED (최소 지원 보장일 2026-07-01).
    ///
    /// Validate Cluster Resource Size for Data Flow Service Creation.
    pub fn check_cluster_resource_size_for_data_flow_service_create(
        &self,
    ) -> crate::operations::CheckClusterResourceSizeForDataFlowServiceCreate {
        crate::operations::CheckClusterResourceSizeForDataFlowServiceCreate::new(
            self.0.inner.clone(),
            "data-flow 1.0",
        )
    }
    /// CheckClusterResourceSizeForDataFlowServiceUpdate: `POST /v1/data-flow-services/{data_flow_service_id}/validate-resources`, API version 1.0, SUPPORTED (최소 지원 보장일 2026-07-01).
    ///
    /// Validate Cluster Resource Size for Data Flow Service Update.
    pub fn check_cluster_resource_size_for_data_flow_service_update(
        &self,
    ) -> crate::operations::CheckClusterResourceSizeForDataFlowServiceUpdate {
        crate::operations::CheckClusterResourceSizeForDataFlowServiceUpdate::new(
            self.0.inner.clone(),
            "data-flow 1.0",
        )
    }
    /// CheckDataFlowNameDuplication: `GET /v1/data-flows/{data_flow_name}/check-duplication`, API version 1.0, SUPPORTED (최소 지원 보장일 2026-07-01).
    ///
    /// Check Duplication Data Flow Name. (false: no duplicate value, true: duplicate value)
    pub fn check_data_flow_name_duplication(
        &self,
    ) -> crate::operations::CheckDataFlowNameDuplication {
        crate::operations::CheckDataFlowNameDuplication::new(
            self.0.inner.clone(),
            "data-flow 1.0",
        )
    }
    /// CheckDataFlowServiceNameDuplication: `GET /v1/data-flow-services/{data_flow_service_name}/check-duplication`, API version 1.0, SUPPORTED (최소 지원 보장일 2026-07-01).
    ///
    /// Check Duplication Data Flow Service Name. (false: no duplicate value, true: duplicate value)
    pub fn check_data_flow_service_name_duplication(
        &self,
    ) -> crate::operations::CheckDataFlowServiceNameDuplication {
        crate::operations::CheckDataFlowServiceNameDuplication::new(
            self.0.inner.clone(),
            "data-flow 1.0",
        )
    }
    /// ListDataFlows: `GET /v1/data-flows`, API version 1.0, SUPPORTED (최소 지원 보장일 2026-07-01).
    ///
    /// get dataflow list console
    pub fn list_data_flows(&self) -> ListDataFlows {
        ListDataFlows::new(self.0.inner.clone(), "data-flow 1.0")
    }
    /// CreateDataFlow: `POST /v1/data-flows`, API version 1.0, SUPPORTED (최소 지원 보장일 2026-07-01).
    ///
    /// create data flow
    pub fn create_data_flow(&self) -> crate::operations::CreateDataFlow {
        crate::operations::CreateDataFlow::new(self.0.inner.clone(), "data-flow 1.0")
    }
    /// ListDataFlowService: `GET /v1/data-flow-services`, API version 1.0, SUPPORTED (최소 지원 보장일 2026-07-01).
    ///
    /// get dataflow service list console
    pub fn list_data_flow_service(&self) -> ListDataFlowService {
        ListDataFlowService::new(self.0.inner.clone(), "data-flow 1.0")
    }
    /// CreateDataFlowService: `POST /v1/data-flow-services`, API version 1.0, SUPPORTED (최소 지원 보장일 2026-07-01).
    ///
    /// Create dataflow service console
    pub fn create_data_flow_service(&self) -> crate::operations::CreateDataFlowService {
        crate::operations::CreateDataFlowService::new(
            self.0.inner.clone(),
            "data-flow 1.0",
        )
    }
    /// ShowDataFlow: `GET /v1/data-flows/{data_flow_id}`, API version 1.0, SUPPORTED (최소 지원 보장일 2026-07-01).
    ///
    /// get data flow
    pub fn show_data_flow(&self) -> ShowDataFlow {
        ShowDataFlow::new(self.0.inner.clone(), "data-flow 1.0")
    }
    /// UpdateDataFlow: `PUT /v1/data-flows/{data_flow_id}`, API version 1.0, SUPPORTED (최소 지원 보장일 2026-07-01).
    ///
    /// update data flow by flow id
    pub fn update_data_flow(&self) -> crate::operations::UpdateDataFlow {
        crate::operations::UpdateDataFlow::new(self.0.inner.clone(), "data-flow 1.0")
    }
    /// DeleteDataFlow: `DELETE /v1/data-flows/{data_flow_id}`, API version 1.0, SUPPORTED (최소 지원 보장일 2026-07-01).
    ///
    /// get data flow
    pub fn delete_data_flow(&self) -> crate::operations::DeleteDataFlow {
        crate::operations::DeleteDataFlow::new(self.0.inner.clone(), "data-flow 1.0")
    }
    /// ShowDataFlowService: `GET /v1/data-flow-services/{data_flow_service_id}`, API version 1.0, SUPPORTED (최소 지원 보장일 2026-07-01).
    ///
    /// GET dataflow service console
    pub fn show_data_flow_service(&self) -> ShowDataFlowService {
        ShowDataFlowService::new(self.0.inner.clone(), "data-flow 1.0")
    }
    /// UpdateDataFlowService: `PUT /v1/data-flow-services/{data_flow_service_id}`, API version 1.0, SUPPORTED (최소 지원 보장일 2026-07-01).
    ///
    /// update dataflow service console
    pub fn update_data_flow_service(&self) -> crate::operations::UpdateDataFlowService {
        crate::operations::UpdateDataFlowService::new(
            self.0.inner.clone(),
            "data-flow 1.0",
        )
    }
    /// DeleteDataFlowService: `DELETE /v1/data-flow-services/{data_flow_service_id}`, API version 1.0, SUPPORTED (최소 지원 보장일 2026-07-01).
    ///
    /// delete dataflow service console
    pub fn delete_data_flow_service(&self) -> crate::operations::DeleteDataFlowService {
        crate::operations::DeleteDataFlowService::new(
            self.0.inner.clone(),
            "data-flow 1.0",
        )
    }
    /// ListDataFlowImages: `GET /v1/data-flows/image-versions`, API version 1.0, SUPPORTED (최소 지원 보장일 2026-07-01).
    ///
    /// Get List of Data Flow Images.
    pub fn list_data_flow_images(&self) -> crate::operations::ListDataFlowImages {
        crate::operations::ListDataFlowImages::new(self.0.inner.clone(), "data-flow 1.0")
    }
    /// ListDataFlowIngressControllers: `GET /v1/data-flows/clusters/{cluster_id}/ingress-controllers`, API version 1.0, SUPPORTED (최소 지원 보장일 2026-07-01).
    ///
    /// ingress by cluster id
    pub fn list_data_flow_ingress_controllers(
        &self,
    ) -> crate::operations::ListDataFlowIngressControllers {
        crate::operations::ListDataFlowIngressControllers::new(
            self.0.inner.clone(),
            "data-flow 1.0",
        )
    }
    /// ShowDataFlowServiceSubVersions: `GET /v1/data-flow-services/data-flows/{data_flow_id}/sub-versions`, API version 1.0, SUPPORTED (최소 지원 보장일 2026-07-01).
    ///
    /// Get List of Data Flow Service Versions.
    pub fn show_data_flow_service_sub_versions(
        &self,
    ) -> crate::operations::ShowDataFlowServiceSubVersions {
        crate::operations::ShowDataFlowServiceSubVersions::new(
            self.0.inner.clone(),
            "data-flow 1.0",
        )
    }
}
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
    pub async fn send(self) -> Result<crate::types::ListDataFlowsConsoleResponse> {
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
        Item = Result<crate::types::DataFlowsConsoleResponse>,
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
    pub async fn send(
        self,
    ) -> Result<crate::types::ListDataFlowServicesConsoleResponse> {
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
        Item = Result<crate::types::DataFlowServicesResponse>,
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
    pub async fn send(self) -> Result<crate::types::DataFlowDetailResponse> {
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
    pub async fn send(self) -> Result<crate::types::DataFlowServiceDetailResponse> {
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
/// Models whose shape at API version 1.0 differs from the crate-level `types`.
pub mod types {
    /// One of the values `ACTIVE`, `CREATING`, `RUNNING`, `ERROR`, `TERMINATING`, `DELETED`, `UPDATING`; other values the service sends later are kept in `Unknown`.
    #[derive(Clone, Debug, PartialEq, Eq, Hash)]
    #[non_exhaustive]
    pub enum State {
        /// `ACTIVE`
        Active,
        /// `CREATING`
        Creating,
        /// `RUNNING`
        Running,
        /// `ERROR`
        Error,
        /// `TERMINATING`
        Terminating,
        /// `DELETED`
        Deleted,
        /// `UPDATING`
        Updating,
        /// A value this crate did not know when it was generated, as sent.
        Unknown(String),
    }
    crate::support::open_enum!(
        State { Active = "ACTIVE", Creating = "CREATING", Running = "RUNNING", Error =
        "ERROR", Terminating = "TERMINATING", Deleted = "DELETED", Updating = "UPDATING"
        }
    );
}
