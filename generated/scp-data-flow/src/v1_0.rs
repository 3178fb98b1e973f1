//! API version 1.0 of Data Flow: SUPPORTED (최소 지원 보장일 2026-07-01).
use crate::support::need;
use crate::support::request;
use docsdk_runtime::Result;
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
            &self.0.inner,
            Some("data-flow 1.0"),
        )
    }
    /// CheckClusterResourceSizeForDataFlowServiceUpdate: `POST /v1/data-flow-services/{data_flow_service_id}/validate-resources`, API version 1.0, SUPPORTED (최소 지원 보장일 2026-07-01).
    ///
    /// Validate Cluster Resource Size for Data Flow Service Update.
    pub fn check_cluster_resource_size_for_data_flow_service_update(
        &self,
    ) -> crate::operations::CheckClusterResourceSizeForDataFlowServiceUpdate {
        crate::operations::CheckClusterResourceSizeForDataFlowServiceUpdate::new(
            &self.0.inner,
            Some("data-flow 1.0"),
        )
    }
    /// CheckDataFlowNameDuplication: `GET /v1/data-flows/{data_flow_name}/check-duplication`, API version 1.0, SUPPORTED (최소 지원 보장일 2026-07-01).
    ///
    /// Check Duplication Data Flow Name. (false: no duplicate value, true: duplicate value)
    pub fn check_data_flow_name_duplication(
        &self,
    ) -> crate::operations::CheckDataFlowNameDuplication {
        crate::operations::CheckDataFlowNameDuplication::new(
            &self.0.inner,
            Some("data-flow 1.0"),
        )
    }
    /// CheckDataFlowServiceNameDuplication: `GET /v1/data-flow-services/{data_flow_service_name}/check-duplication`, API version 1.0, SUPPORTED (최소 지원 보장일 2026-07-01).
    ///
    /// Check Duplication Data Flow Service Name. (false: no duplicate value, true: duplicate value)
    pub fn check_data_flow_service_name_duplication(
        &self,
    ) -> crate::operations::CheckDataFlowServiceNameDuplication {
        crate::operations::CheckDataFlowServiceNameDuplication::new(
            &self.0.inner,
            Some("data-flow 1.0"),
        )
    }
    /// ListDataFlows: `GET /v1/data-flows`, API version 1.0, SUPPORTED (최소 지원 보장일 2026-07-01).
    ///
    /// get dataflow list console
    pub fn list_data_flows(&self) -> ListDataFlows {
        ListDataFlows::new(&self.0.inner, Some("data-flow 1.0"))
    }
    /// CreateDataFlow: `POST /v1/data-flows`, API version 1.0, SUPPORTED (최소 지원 보장일 2026-07-01).
    ///
    /// create data flow
    pub fn create_data_flow(&self) -> crate::operations::CreateDataFlow {
        crate::operations::CreateDataFlow::new(&self.0.inner, Some("data-flow 1.0"))
    }
    /// ListDataFlowService: `GET /v1/data-flow-services`, API version 1.0, SUPPORTED (최소 지원 보장일 2026-07-01).
    ///
    /// get dataflow service list console
    pub fn list_data_flow_service(&self) -> ListDataFlowService {
        ListDataFlowService::new(&self.0.inner, Some("data-flow 1.0"))
    }
    /// CreateDataFlowService: `POST /v1/data-flow-services`, API version 1.0, SUPPORTED (최소 지원 보장일 2026-07-01).
    ///
    /// Create dataflow service console
    pub fn create_data_flow_service(&self) -> crate::operations::CreateDataFlowService {
        crate::operations::CreateDataFlowService::new(
            &self.0.inner,
            Some("data-flow 1.0"),
        )
    }
    /// ShowDataFlow: `GET /v1/data-flows/{data_flow_id}`, API version 1.0, SUPPORTED (최소 지원 보장일 2026-07-01).
    ///
    /// get data flow
    pub fn show_data_flow(&self) -> ShowDataFlow {
        ShowDataFlow::new(&self.0.inner, Some("data-flow 1.0"))
    }
    /// UpdateDataFlow: `PUT /v1/data-flows/{data_flow_id}`, API version 1.0, SUPPORTED (최소 지원 보장일 2026-07-01).
    ///
    /// update data flow by flow id
    pub fn update_data_flow(&self) -> crate::operations::UpdateDataFlow {
        crate::operations::UpdateDataFlow::new(&self.0.inner, Some("data-flow 1.0"))
    }
    /// DeleteDataFlow: `DELETE /v1/data-flows/{data_flow_id}`, API version 1.0, SUPPORTED (최소 지원 보장일 2026-07-01).
    ///
    /// get data flow
    pub fn delete_data_flow(&self) -> crate::operations::DeleteDataFlow {
        crate::operations::DeleteDataFlow::new(&self.0.inner, Some("data-flow 1.0"))
    }
    /// ShowDataFlowService: `GET /v1/data-flow-services/{data_flow_service_id}`, API version 1.0, SUPPORTED (최소 지원 보장일 2026-07-01).
    ///
    /// GET dataflow service console
    pub fn show_data_flow_service(&self) -> ShowDataFlowService {
        ShowDataFlowService::new(&self.0.inner, Some("data-flow 1.0"))
    }
    /// UpdateDataFlowService: `PUT /v1/data-flow-services/{data_flow_service_id}`, API version 1.0, SUPPORTED (최소 지원 보장일 2026-07-01).
    ///
    /// update dataflow service console
    pub fn update_data_flow_service(&self) -> crate::operations::UpdateDataFlowService {
        crate::operations::UpdateDataFlowService::new(
            &self.0.inner,
            Some("data-flow 1.0"),
        )
    }
    /// DeleteDataFlowService: `DELETE /v1/data-flow-services/{data_flow_service_id}`, API version 1.0, SUPPORTED (최소 지원 보장일 2026-07-01).
    ///
    /// delete dataflow service console
    pub fn delete_data_flow_service(&self) -> crate::operations::DeleteDataFlowService {
        crate::operations::DeleteDataFlowService::new(
            &self.0.inner,
            Some("data-flow 1.0"),
        )
    }
    /// ListDataFlowImages: `GET /v1/data-flows/image-versions`, API version 1.0, SUPPORTED (최소 지원 보장일 2026-07-01).
    ///
    /// Get List of Data Flow Images.
    pub fn list_data_flow_images(&self) -> crate::operations::ListDataFlowImages {
        crate::operations::ListDataFlowImages::new(&self.0.inner, Some("data-flow 1.0"))
    }
    /// ListDataFlowIngressControllers: `GET /v1/data-flows/clusters/{cluster_id}/ingress-controllers`, API version 1.0, SUPPORTED (최소 지원 보장일 2026-07-01).
    ///
    /// ingress by cluster id
    pub fn list_data_flow_ingress_controllers(
        &self,
    ) -> crate::operations::ListDataFlowIngressControllers {
        crate::operations::ListDataFlowIngressControllers::new(
            &self.0.inner,
            Some("data-flow 1.0"),
        )
    }
    /// ShowDataFlowServiceSubVersions: `GET /v1/data-flow-services/data-flows/{data_flow_id}/sub-versions`, API version 1.0, SUPPORTED (최소 지원 보장일 2026-07-01).
    ///
    /// Get List of Data Flow Service Versions.
    pub fn show_data_flow_service_sub_versions(
        &self,
    ) -> crate::operations::ShowDataFlowServiceSubVersions {
        crate::operations::ShowDataFlowServiceSubVersions::new(
            &self.0.inner,
            Some("data-flow 1.0"),
        )
    }
}
crate::support::builder!(
    ListDataFlows("list_data_flows") { #[doc =
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
impl ListDataFlows {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<crate::types::ListDataFlowsConsoleResponse> {
        let request = request!(self, Get, "/v1/data-flows")
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
        self.call.json(request).await
    }
    crate::support::paged!(
        crate ::types::DataFlowsConsoleResponse, page : i64 = 0, size : i64 = 20, | r | r
        .contents.unwrap_or_default(), r.total_count.and_then(| t | u64::try_from(t)
        .ok())
    );
}
crate::support::builder!(
    ListDataFlowService("list_data_flow_service") { #[doc =
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
impl ListDataFlowService {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(
        self,
    ) -> Result<crate::types::ListDataFlowServicesConsoleResponse> {
        let request = request!(self, Get, "/v1/data-flow-services")
            .header_opt("Accept", self.accept)
            .header_opt("Scp-Request-Path", self.scp_request_path)
            .query_opt("size", self.size)
            .query_opt("page", self.page)
            .query_opt("sort", self.sort)
            .query_opt("created_by", self.created_by)
            .query_opt("state", self.state)
            .query_opt("data_flow_service_name", self.data_flow_service_name)
            .query_opt("data_flow_name", self.data_flow_name);
        self.call.json(request).await
    }
    crate::support::paged!(
        crate ::types::DataFlowServicesResponse, page : i64 = 0, size : i64 = 20, | r | r
        .contents.unwrap_or_default(), u64::try_from(r.total_count).ok()
    );
}
crate::support::builder!(
    ShowDataFlow("show_data_flow") { #[doc =
    " Accept. Header parameter `Accept`. Default: `application/json`. Example: `application/json`."]
    accept : String, #[doc =
    " Scp-Request-Path. Header parameter `Scp-Request-Path`. Default: `openapi`. Example: `openapi`."]
    scp_request_path : String, #[doc =
    " Cluster ID. Path parameter `data_flow_id`. Example: `2a9be312-5d4b-4bc8-b2ae-35100fa9241s`."]
    data_flow_id : String }
);
impl ShowDataFlow {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<crate::types::DataFlowDetailResponse> {
        let request = request!(self, Get, "/v1/data-flows/{data_flow_id}")
            .header_opt("Accept", self.accept)
            .header_opt("Scp-Request-Path", self.scp_request_path)
            .path_param("data_flow_id", need!(self, data_flow_id)?);
        self.call.json(request).await
    }
}
crate::support::builder!(
    ShowDataFlowService("show_data_flow_service") { #[doc =
    " Accept. Header parameter `Accept`. Default: `application/json`. Example: `application/json`."]
    accept : String, #[doc =
    " Scp-Request-Path. Header parameter `Scp-Request-Path`. Default: `openapi`. Example: `openapi`."]
    scp_request_path : String, #[doc =
    " data\\_flow\\_service\\_id. Path parameter `data_flow_service_id`."]
    data_flow_service_id : String }
);
impl ShowDataFlowService {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<crate::types::DataFlowServiceDetailResponse> {
        let request = request!(
            self, Get, "/v1/data-flow-services/{data_flow_service_id}"
        )
            .header_opt("Accept", self.accept)
            .header_opt("Scp-Request-Path", self.scp_request_path)
            .path_param("data_flow_service_id", need!(self, data_flow_service_id)?);
        self.call.json(request).await
    }
}
/// Models whose shape at API version 1.0 differs from the crate-level `types`.
pub mod types {
    crate::support::open_enum!(
        #[doc = " The values of `State`."] State { Active = "ACTIVE", Creating =
        "CREATING", Running = "RUNNING", Error = "ERROR", Terminating = "TERMINATING",
        Deleted = "DELETED", Updating = "UPDATING" }
    );
}
