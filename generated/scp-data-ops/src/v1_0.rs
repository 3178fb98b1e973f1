//! API version 1.0 of Data Ops: SUPPORTED (최소 지원 보장일 2026-07-01).
use crate::support::required;
use docsdk_runtime::{Method, Request, Result};
/// The operations at API version 1.0: get it with `Client::v1_0`.
#[derive(Clone, Copy, Debug)]
pub struct Client<'a>(pub(crate) &'a crate::Client);
impl Client<'_> {
    /// CheckClusterResourceSizeForDataOpsServiceCreate: `POST /v1/data-ops-services/clusters/{cluster_id}/validate-resources`, API version 1.0, SUPPORTED (최소 지원 보장일 2026-07-01).
    ///
    /// Validate Cluster Resource Size for Data Ops Service Creation.
    pub fn check_cluster_resource_size_for_data_ops_service_create(
        &self,
    ) -> crate::operations::CheckClusterResourceSizeForDataOpsServiceCreate {
        crate::operations::CheckClusterResourceSizeForDataOpsServiceCreate::new(
            self.0.inner.clone(),
            "data-ops 1.0",
        )
    }
    /// CheckClusterResourceSizeForDataOpsServiceUpdate: `POST /v1/data-ops-services/{data_ops_service_id}/validate-resources`, API version 1.0, SUPPORTED (최소 지원 보장일 2026-07-01).
    ///
    /// Validate Cluster Resource Size for Data Ops Service Update.
    pub fn check_cluster_resource_size_for_data_ops_service_update(
        &self,
    ) -> crate::operations::CheckClusterResourceSizeForDataOpsServiceUpdate {
        crate::operations::CheckClusterResourceSizeForDataOpsServiceUpdate::new(
            self.0.inner.clone(),
            "data-ops 1.0",
        )
    }
    /// CheckDataOpsNameDuplication: `GET /v1/data-ops/{data_ops_name}/check-duplication`, API version 1.0, SUPPORTED (최소 지원 보장일 2026-07-01).
    ///
    /// check duplication controller
    pub fn check_data_ops_name_duplication(
        &self,
    ) -> crate::operations::CheckDataOpsNameDuplication {
        crate::operations::CheckDataOpsNameDuplication::new(
            self.0.inner.clone(),
            "data-ops 1.0",
        )
    }
    /// CheckDataOpsServiceNameDuplication: `GET /v1/data-ops-services/{data_ops_service_name}/check-duplication`, API version 1.0, SUPPORTED (최소 지원 보장일 2026-07-01).
    ///
    /// check duplication controller
    pub fn check_data_ops_service_name_duplication(
        &self,
    ) -> crate::operations::CheckDataOpsServiceNameDuplication {
        crate::operations::CheckDataOpsServiceNameDuplication::new(
            self.0.inner.clone(),
            "data-ops 1.0",
        )
    }
    /// ListDataOps: `GET /v1/data-ops`, API version 1.0, SUPPORTED (최소 지원 보장일 2026-07-01).
    ///
    /// \{aianalytics.GetDataOpsListConsole.notes\}
    pub fn list_data_ops(&self) -> ListDataOps {
        ListDataOps::new(self.0.inner.clone(), "data-ops 1.0")
    }
    /// CreateDataOps: `POST /v1/data-ops`, API version 1.0, SUPPORTED (최소 지원 보장일 2026-07-01).
    ///
    /// create dataops
    pub fn create_data_ops(&self) -> crate::operations::CreateDataOps {
        crate::operations::CreateDataOps::new(self.0.inner.clone(), "data-ops 1.0")
    }
    /// ListDataOpsService: `GET /v1/data-ops-services`, API version 1.0, SUPPORTED (최소 지원 보장일 2026-07-01).
    ///
    /// GetDataOpsServiceListConsole
    pub fn list_data_ops_service(&self) -> ListDataOpsService {
        ListDataOpsService::new(self.0.inner.clone(), "data-ops 1.0")
    }
    /// CreateDataOpsService: `POST /v1/data-ops-services`, API version 1.0, SUPPORTED (최소 지원 보장일 2026-07-01).
    ///
    /// create dataops service
    pub fn create_data_ops_service(&self) -> crate::operations::CreateDataOpsService {
        crate::operations::CreateDataOpsService::new(
            self.0.inner.clone(),
            "data-ops 1.0",
        )
    }
    /// ShowDataOps: `GET /v1/data-ops/{data_ops_id}`, API version 1.0, SUPPORTED (최소 지원 보장일 2026-07-01).
    ///
    /// get dataops detail
    pub fn show_data_ops(&self) -> ShowDataOps {
        ShowDataOps::new(self.0.inner.clone(), "data-ops 1.0")
    }
    /// UpdateDataOps: `PUT /v1/data-ops/{data_ops_id}`, API version 1.0, SUPPORTED (최소 지원 보장일 2026-07-01).
    ///
    /// update dataops v1
    pub fn update_data_ops(&self) -> crate::operations::UpdateDataOps {
        crate::operations::UpdateDataOps::new(self.0.inner.clone(), "data-ops 1.0")
    }
    /// DeleteDataOps: `DELETE /v1/data-ops/{data_ops_id}`, API version 1.0, SUPPORTED (최소 지원 보장일 2026-07-01).
    ///
    /// delete dataops v1
    pub fn delete_data_ops(&self) -> crate::operations::DeleteDataOps {
        crate::operations::DeleteDataOps::new(self.0.inner.clone(), "data-ops 1.0")
    }
    /// ShowDataOpsService: `GET /v1/data-ops-services/{data_ops_service_id}`, API version 1.0, SUPPORTED (최소 지원 보장일 2026-07-01).
    ///
    /// get data ops service
    pub fn show_data_ops_service(&self) -> ShowDataOpsService {
        ShowDataOpsService::new(self.0.inner.clone(), "data-ops 1.0")
    }
    /// UpdateDataOpsService: `PUT /v1/data-ops-services/{data_ops_service_id}`, API version 1.0, SUPPORTED (최소 지원 보장일 2026-07-01).
    ///
    /// update data ops service
    pub fn update_data_ops_service(&self) -> crate::operations::UpdateDataOpsService {
        crate::operations::UpdateDataOpsService::new(
            self.0.inner.clone(),
            "data-ops 1.0",
        )
    }
    /// DeleteDataOpsService: `DELETE /v1/data-ops-services/{data_ops_service_id}`, API version 1.0, SUPPORTED (최소 지원 보장일 2026-07-01).
    ///
    /// delete data ops service
    pub fn delete_data_ops_service(&self) -> crate::operations::DeleteDataOpsService {
        crate::operations::DeleteDataOpsService::new(
            self.0.inner.clone(),
            "data-ops 1.0",
        )
    }
    /// ListDataOpsImageVersions: `GET /v1/data-ops/image-versions`, API version 1.0, SUPPORTED (최소 지원 보장일 2026-07-01).
    ///
    /// get dataops image version v1
    pub fn list_data_ops_image_versions(
        &self,
    ) -> crate::operations::ListDataOpsImageVersions {
        crate::operations::ListDataOpsImageVersions::new(
            self.0.inner.clone(),
            "data-ops 1.0",
        )
    }
    /// ListDataOpsIngressControllers: `GET /v1/data-ops/clusters/{cluster_id}/ingress-controllers`, API version 1.0, SUPPORTED (최소 지원 보장일 2026-07-01).
    ///
    /// get ingress controller list
    pub fn list_data_ops_ingress_controllers(
        &self,
    ) -> crate::operations::ListDataOpsIngressControllers {
        crate::operations::ListDataOpsIngressControllers::new(
            self.0.inner.clone(),
            "data-ops 1.0",
        )
    }
    /// ShowDataOpsServiceSubVersion: `GET /v1/data-ops-services/data-ops/{data_ops_id}/sub-versions`, API version 1.0, SUPPORTED (최소 지원 보장일 2026-07-01).
    ///
    /// get data ops sub version
    pub fn show_data_ops_service_sub_version(
        &self,
    ) -> crate::operations::ShowDataOpsServiceSubVersion {
        crate::operations::ShowDataOpsServiceSubVersion::new(
            self.0.inner.clone(),
            "data-ops 1.0",
        )
    }
}
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
    pub async fn send(self) -> Result<crate::types::ListDataOpsConsoleResponse> {
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
        Item = Result<crate::types::DataOpsConsoleResponse>,
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
    pub async fn send(self) -> Result<crate::types::ListDataOpsServicesConsoleResponse> {
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
        Item = Result<crate::types::DataOpsServicesConsoleResponse>,
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
    pub async fn send(self) -> Result<crate::types::DataOpsDetailResponse> {
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
    pub async fn send(self) -> Result<crate::types::DataOpsServiceDetailResponse> {
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
