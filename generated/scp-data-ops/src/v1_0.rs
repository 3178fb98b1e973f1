//! API version 1.0 of Data Ops: SUPPORTED (최소 지원 보장일 2026-07-01).
use crate::support::need;
use crate::support::request;
use docsdk_runtime::Result;
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
            &self.0.inner,
            Some("data-ops 1.0"),
        )
    }
    /// CheckClusterResourceSizeForDataOpsServiceUpdate: `POST /v1/data-ops-services/{data_ops_service_id}/validate-resources`, API version 1.0, SUPPORTED (최소 지원 보장일 2026-07-01).
    ///
    /// Validate Cluster Resource Size for Data Ops Service Update.
    pub fn check_cluster_resource_size_for_data_ops_service_update(
        &self,
    ) -> crate::operations::CheckClusterResourceSizeForDataOpsServiceUpdate {
        crate::operations::CheckClusterResourceSizeForDataOpsServiceUpdate::new(
            &self.0.inner,
            Some("data-ops 1.0"),
        )
    }
    /// CheckDataOpsNameDuplication: `GET /v1/data-ops/{data_ops_name}/check-duplication`, API version 1.0, SUPPORTED (최소 지원 보장일 2026-07-01).
    ///
    /// check duplication controller
    pub fn check_data_ops_name_duplication(
        &self,
    ) -> crate::operations::CheckDataOpsNameDuplication {
        crate::operations::CheckDataOpsNameDuplication::new(
            &self.0.inner,
            Some("data-ops 1.0"),
        )
    }
    /// CheckDataOpsServiceNameDuplication: `GET /v1/data-ops-services/{data_ops_service_name}/check-duplication`, API version 1.0, SUPPORTED (최소 지원 보장일 2026-07-01).
    ///
    /// check duplication controller
    pub fn check_data_ops_service_name_duplication(
        &self,
    ) -> crate::operations::CheckDataOpsServiceNameDuplication {
        crate::operations::CheckDataOpsServiceNameDuplication::new(
            &self.0.inner,
            Some("data-ops 1.0"),
        )
    }
    /// ListDataOps: `GET /v1/data-ops`, API version 1.0, SUPPORTED (최소 지원 보장일 2026-07-01).
    ///
    /// \{aianalytics.GetDataOpsListConsole.notes\}
    pub fn list_data_ops(&self) -> ListDataOps {
        ListDataOps::new(&self.0.inner, Some("data-ops 1.0"))
    }
    /// CreateDataOps: `POST /v1/data-ops`, API version 1.0, SUPPORTED (최소 지원 보장일 2026-07-01).
    ///
    /// create dataops
    pub fn create_data_ops(&self) -> crate::operations::CreateDataOps {
        crate::operations::CreateDataOps::new(&self.0.inner, Some("data-ops 1.0"))
    }
    /// ListDataOpsService: `GET /v1/data-ops-services`, API version 1.0, SUPPORTED (최소 지원 보장일 2026-07-01).
    ///
    /// GetDataOpsServiceListConsole
    pub fn list_data_ops_service(&self) -> ListDataOpsService {
        ListDataOpsService::new(&self.0.inner, Some("data-ops 1.0"))
    }
    /// CreateDataOpsService: `POST /v1/data-ops-services`, API version 1.0, SUPPORTED (최소 지원 보장일 2026-07-01).
    ///
    /// create dataops service
    pub fn create_data_ops_service(&self) -> crate::operations::CreateDataOpsService {
        crate::operations::CreateDataOpsService::new(&self.0.inner, Some("data-ops 1.0"))
    }
    /// ShowDataOps: `GET /v1/data-ops/{data_ops_id}`, API version 1.0, SUPPORTED (최소 지원 보장일 2026-07-01).
    ///
    /// get dataops detail
    pub fn show_data_ops(&self) -> ShowDataOps {
        ShowDataOps::new(&self.0.inner, Some("data-ops 1.0"))
    }
    /// UpdateDataOps: `PUT /v1/data-ops/{data_ops_id}`, API version 1.0, SUPPORTED (최소 지원 보장일 2026-07-01).
    ///
    /// update dataops v1
    pub fn update_data_ops(&self) -> crate::operations::UpdateDataOps {
        crate::operations::UpdateDataOps::new(&self.0.inner, Some("data-ops 1.0"))
    }
    /// DeleteDataOps: `DELETE /v1/data-ops/{data_ops_id}`, API version 1.0, SUPPORTED (최소 지원 보장일 2026-07-01).
    ///
    /// delete dataops v1
    pub fn delete_data_ops(&self) -> crate::operations::DeleteDataOps {
        crate::operations::DeleteDataOps::new(&self.0.inner, Some("data-ops 1.0"))
    }
    /// ShowDataOpsService: `GET /v1/data-ops-services/{data_ops_service_id}`, API version 1.0, SUPPORTED (최소 지원 보장일 2026-07-01).
    ///
    /// get data ops service
    pub fn show_data_ops_service(&self) -> ShowDataOpsService {
        ShowDataOpsService::new(&self.0.inner, Some("data-ops 1.0"))
    }
    /// UpdateDataOpsService: `PUT /v1/data-ops-services/{data_ops_service_id}`, API version 1.0, SUPPORTED (최소 지원 보장일 2026-07-01).
    ///
    /// update data ops service
    pub fn update_data_ops_service(&self) -> crate::operations::UpdateDataOpsService {
        crate::operations::UpdateDataOpsService::new(&self.0.inner, Some("data-ops 1.0"))
    }
    /// DeleteDataOpsService: `DELETE /v1/data-ops-services/{data_ops_service_id}`, API version 1.0, SUPPORTED (최소 지원 보장일 2026-07-01).
    ///
    /// delete data ops service
    pub fn delete_data_ops_service(&self) -> crate::operations::DeleteDataOpsService {
        crate::operations::DeleteDataOpsService::new(&self.0.inner, Some("data-ops 1.0"))
    }
    /// ListDataOpsImageVersions: `GET /v1/data-ops/image-versions`, API version 1.0, SUPPORTED (최소 지원 보장일 2026-07-01).
    ///
    /// get dataops image version v1
    pub fn list_data_ops_image_versions(
        &self,
    ) -> crate::operations::ListDataOpsImageVersions {
        crate::operations::ListDataOpsImageVersions::new(
            &self.0.inner,
            Some("data-ops 1.0"),
        )
    }
    /// ListDataOpsIngressControllers: `GET /v1/data-ops/clusters/{cluster_id}/ingress-controllers`, API version 1.0, SUPPORTED (최소 지원 보장일 2026-07-01).
    ///
    /// get ingress controller list
    pub fn list_data_ops_ingress_controllers(
        &self,
    ) -> crate::operations::ListDataOpsIngressControllers {
        crate::operations::ListDataOpsIngressControllers::new(
            &self.0.inner,
            Some("data-ops 1.0"),
        )
    }
    /// ShowDataOpsServiceSubVersion: `GET /v1/data-ops-services/data-ops/{data_ops_id}/sub-versions`, API version 1.0, SUPPORTED (최소 지원 보장일 2026-07-01).
    ///
    /// get data ops sub version
    pub fn show_data_ops_service_sub_version(
        &self,
    ) -> crate::operations::ShowDataOpsServiceSubVersion {
        crate::operations::ShowDataOpsServiceSubVersion::new(
            &self.0.inner,
            Some("data-ops 1.0"),
        )
    }
}
crate::support::builder!(
    ListDataOps("list_data_ops") { #[doc =
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
impl ListDataOps {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<crate::types::ListDataOpsConsoleResponse> {
        let request = request!(self, Get, "/v1/data-ops")
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
        self.call.json(request).await
    }
    crate::support::paged!(
        crate ::types::DataOpsConsoleResponse, page : i64 = 0, size : i64 = 20, | r | r
        .contents.unwrap_or_default(), u64::try_from(r.total_count).ok()
    );
}
crate::support::builder!(
    ListDataOpsService("list_data_ops_service") { #[doc =
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
impl ListDataOpsService {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<crate::types::ListDataOpsServicesConsoleResponse> {
        let request = request!(self, Get, "/v1/data-ops-services")
            .header_opt("Accept", self.accept)
            .header_opt("Scp-Request-Path", self.scp_request_path)
            .query_opt("created_by", self.created_by)
            .query_opt("state", self.state)
            .query_opt("sort", self.sort)
            .query_opt("size", self.size)
            .query_opt("page", self.page)
            .query_opt("data_ops_service_name", self.data_ops_service_name)
            .query_opt("data_ops_name", self.data_ops_name);
        self.call.json(request).await
    }
    crate::support::paged!(
        crate ::types::DataOpsServicesConsoleResponse, page : i64 = 0, size : i64 = 20, |
        r | r.contents.unwrap_or_default(), u64::try_from(r.total_count).ok()
    );
}
crate::support::builder!(
    ShowDataOps("show_data_ops") { #[doc =
    " Accept. Header parameter `Accept`. Default: `application/json`. Example: `application/json`."]
    accept : String, #[doc =
    " Scp-Request-Path. Header parameter `Scp-Request-Path`. Default: `openapi`. Example: `openapi`."]
    scp_request_path : String, #[doc =
    " data ops ID. Path parameter `data_ops_id`. Example: `2a9be312-5d4b-4bc8-b2ae-35100fa9241f`."]
    data_ops_id : String }
);
impl ShowDataOps {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<crate::types::DataOpsDetailResponse> {
        let request = request!(self, Get, "/v1/data-ops/{data_ops_id}")
            .header_opt("Accept", self.accept)
            .header_opt("Scp-Request-Path", self.scp_request_path)
            .path_param("data_ops_id", need!(self, data_ops_id)?);
        self.call.json(request).await
    }
}
crate::support::builder!(
    ShowDataOpsService("show_data_ops_service") { #[doc =
    " Accept. Header parameter `Accept`. Default: `application/json`. Example: `application/json`."]
    accept : String, #[doc =
    " Scp-Request-Path. Header parameter `Scp-Request-Path`. Default: `openapi`. Example: `openapi`."]
    scp_request_path : String, #[doc =
    " data ops service ID. Path parameter `data_ops_service_id`. Example: `2a9be312-5d4b-4bc8-b2ae-35100fa9241f`."]
    data_ops_service_id : String }
);
impl ShowDataOpsService {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<crate::types::DataOpsServiceDetailResponse> {
        let request = request!(self, Get, "/v1/data-ops-services/{data_ops_service_id}")
            .header_opt("Accept", self.accept)
            .header_opt("Scp-Request-Path", self.scp_request_path)
            .path_param("data_ops_service_id", need!(self, data_ops_service_id)?);
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
