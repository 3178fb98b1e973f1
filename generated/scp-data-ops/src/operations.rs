//! Request builders, one per operation: set parameters, then `.send().await`.
use crate::support::need;
use crate::types;
use crate::support::request;
use docsdk_runtime::Result;
crate::support::builder!(
    CheckClusterResourceSizeForDataOpsServiceCreate("check_cluster_resource_size_for_data_ops_service_create")
    { #[doc =
    " Accept. Header parameter `Accept`. Default: `application/json`. Example: `application/json`."]
    accept : String, #[doc =
    " Scp-Request-Path. Header parameter `Scp-Request-Path`. Default: `openapi`. Example: `openapi`."]
    scp_request_path : String, #[doc =
    " Cluster ID. Path parameter `cluster_id`. Example: `2a9be312-5d4b-4bc8-b2ae-35100fa9241f`."]
    cluster_id : String, #[doc = " service\\_workload"] #[doc = ""] #[doc =
    " Example: `{\"scheduler\":{\"cpu\":\"\",\"memory\":\"\",\"replica\":\"\",\"version\":\"\"},\"web_server\":{\"cpu\":\"\",\"memory\":\"\",\"replica\":\"\",\"version\":\"\"},\"worker\":{\"cpu\":\"\",\"memory\":\"\",\"replica\":\"\",\"version\":\"\"}}`."]
    service_workload : serde_json::Value }
);
impl CheckClusterResourceSizeForDataOpsServiceCreate {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ClusterResourceCheckResponse> {
        let body = types::DataOpsServiceValidateResourceRequest {
            service_workload: need!(self, service_workload)?,
        };
        let request = request!(
            self, Post, "/v1/data-ops-services/clusters/{cluster_id}/validate-resources"
        )
            .header_opt("Accept", self.accept)
            .header_opt("Scp-Request-Path", self.scp_request_path)
            .path_param("cluster_id", need!(self, cluster_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    CheckClusterResourceSizeForDataOpsServiceUpdate("check_cluster_resource_size_for_data_ops_service_update")
    { #[doc =
    " Accept. Header parameter `Accept`. Default: `application/json`. Example: `application/json`."]
    accept : String, #[doc =
    " Scp-Request-Path. Header parameter `Scp-Request-Path`. Default: `openapi`. Example: `openapi`."]
    scp_request_path : String, #[doc =
    " data ops service ID. Path parameter `data_ops_service_id`. Example: `2a9be312-5d4b-4bc8-b2ae-35100fa9241f`."]
    data_ops_service_id : String, #[doc = " service\\_workload"] #[doc = ""] #[doc =
    " Example: `{\"scheduler\":{\"cpu\":\"\",\"memory\":\"\",\"replica\":\"\",\"version\":\"\"},\"web_server\":{\"cpu\":\"\",\"memory\":\"\",\"replica\":\"\",\"version\":\"\"},\"worker\":{\"cpu\":\"\",\"memory\":\"\",\"replica\":\"\",\"version\":\"\"}}`."]
    service_workload : serde_json::Value }
);
impl CheckClusterResourceSizeForDataOpsServiceUpdate {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ClusterResourceCheckResponse> {
        let body = types::DataOpsServiceValidateResourceRequest {
            service_workload: need!(self, service_workload)?,
        };
        let request = request!(
            self, Post, "/v1/data-ops-services/{data_ops_service_id}/validate-resources"
        )
            .header_opt("Accept", self.accept)
            .header_opt("Scp-Request-Path", self.scp_request_path)
            .path_param("data_ops_service_id", need!(self, data_ops_service_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    CheckDataOpsNameDuplication("check_data_ops_name_duplication") { #[doc =
    " Accept. Header parameter `Accept`. Default: `application/json`. Example: `application/json`."]
    accept : String, #[doc =
    " Scp-Request-Path. Header parameter `Scp-Request-Path`. Default: `openapi`. Example: `openapi`."]
    scp_request_path : String, #[doc =
    " data ops name. Path parameter `data_ops_name`. Example: `2a9be312-5d4b-4bc8-b2ae-35100fa9241f`."]
    data_ops_name : String }
);
impl CheckDataOpsNameDuplication {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<()> {
        let request = request!(
            self, Get, "/v1/data-ops/{data_ops_name}/check-duplication"
        )
            .header_opt("Accept", self.accept)
            .header_opt("Scp-Request-Path", self.scp_request_path)
            .path_param("data_ops_name", need!(self, data_ops_name)?);
        self.call.empty(request).await
    }
}
crate::support::builder!(
    CheckDataOpsServiceNameDuplication("check_data_ops_service_name_duplication") { #[doc
    =
    " Accept. Header parameter `Accept`. Default: `application/json`. Example: `application/json`."]
    accept : String, #[doc =
    " Scp-Request-Path. Header parameter `Scp-Request-Path`. Default: `openapi`. Example: `openapi`."]
    scp_request_path : String, #[doc =
    " data ops service name. Path parameter `data_ops_service_name`. Example: `2a9be312-5d4b-4bc8-b2ae-35100fa9241f`."]
    data_ops_service_name : String }
);
impl CheckDataOpsServiceNameDuplication {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<()> {
        let request = request!(
            self, Get, "/v1/data-ops-services/{data_ops_service_name}/check-duplication"
        )
            .header_opt("Accept", self.accept)
            .header_opt("Scp-Request-Path", self.scp_request_path)
            .path_param("data_ops_service_name", need!(self, data_ops_service_name)?);
        self.call.empty(request).await
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
    pub async fn send(self) -> Result<types::ListDataOpsConsoleResponseV1Dot1> {
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
        types::DataOpsConsoleResponseV1Dot1, page : i64 = 0, size : i64 = 20, | r | r
        .contents.unwrap_or_default(), u64::try_from(r.total_count).ok()
    );
}
crate::support::builder!(
    CreateDataOps("create_data_ops") { #[doc =
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
impl CreateDataOps {
    /// Sends the request: the 202 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<()> {
        let body = types::DataOpsCreateRequest {
            account: self.account,
            cluster_id: need!(self, cluster_id)?,
            data_ops_name: need!(self, data_ops_name)?,
            description: self.description,
            domain: need!(self, domain)?,
            dsc_domain: self.dsc_domain,
            host_alias_list: need!(self, host_alias_list)?,
            image_id: need!(self, image_id)?,
            ingress_controller_name: need!(self, ingress_controller_name)?,
            instance_id: self.instance_id,
            node_selector: self.node_selector,
            storage_class_name: need!(self, storage_class_name)?,
            tags: self.tags,
        };
        let request = request!(self, Post, "/v1/data-ops")
            .header_opt("Accept", self.accept)
            .header_opt("Scp-Request-Path", self.scp_request_path)
            .json_body(&body)?;
        self.call.empty(request).await
    }
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
    pub async fn send(self) -> Result<types::ListDataOpsServicesConsoleResponseV1Dot1> {
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
        types::DataOpsServicesConsoleResponseV1Dot1, page : i64 = 0, size : i64 = 20, | r
        | r.contents.unwrap_or_default(), u64::try_from(r.total_count).ok()
    );
}
crate::support::builder!(
    CreateDataOpsService("create_data_ops_service") { #[doc =
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
impl CreateDataOpsService {
    /// Sends the request: the 202 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<()> {
        let body = types::DataOpsServiceCreateRequest {
            account: self.account,
            data_ops_id: need!(self, data_ops_id)?,
            data_ops_service_name: need!(self, data_ops_service_name)?,
            description: self.description,
            domain: need!(self, domain)?,
            host_alias: need!(self, host_alias)?,
            node_selector: self.node_selector,
            service_workload: need!(self, service_workload)?,
            storage_class_name: need!(self, storage_class_name)?,
            tags: self.tags,
            worker_type: need!(self, worker_type)?,
        };
        let request = request!(self, Post, "/v1/data-ops-services")
            .header_opt("Accept", self.accept)
            .header_opt("Scp-Request-Path", self.scp_request_path)
            .json_body(&body)?;
        self.call.empty(request).await
    }
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
    pub async fn send(self) -> Result<types::DataOpsDetailResponseV1Dot1> {
        let request = request!(self, Get, "/v1/data-ops/{data_ops_id}")
            .header_opt("Accept", self.accept)
            .header_opt("Scp-Request-Path", self.scp_request_path)
            .path_param("data_ops_id", need!(self, data_ops_id)?);
        self.call.json(request).await
    }
}
crate::support::builder!(
    UpdateDataOps("update_data_ops") { #[doc =
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
impl UpdateDataOps {
    /// Sends the request: the 202 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::DataOpsUpdateResponse> {
        let body = types::DataOpsUpdateRequest {
            account: self.account,
            description: self.description,
            domain: self.domain,
            host_alias_list: self.host_alias_list,
            node_selector: self.node_selector,
        };
        let request = request!(self, Put, "/v1/data-ops/{data_ops_id}")
            .header_opt("Accept", self.accept)
            .header_opt("Scp-Request-Path", self.scp_request_path)
            .path_param("data_ops_id", need!(self, data_ops_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    DeleteDataOps("delete_data_ops") { #[doc =
    " Accept. Header parameter `Accept`. Default: `application/json`. Example: `application/json`."]
    accept : String, #[doc =
    " Scp-Request-Path. Header parameter `Scp-Request-Path`. Default: `openapi`. Example: `openapi`."]
    scp_request_path : String, #[doc =
    " data ops ID. Path parameter `data_ops_id`. Example: `2a9be312-5d4b-4bc8-b2ae-35100fa9241f`."]
    data_ops_id : String }
);
impl DeleteDataOps {
    /// Sends the request: the 202 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<()> {
        let request = request!(self, Delete, "/v1/data-ops/{data_ops_id}")
            .header_opt("Accept", self.accept)
            .header_opt("Scp-Request-Path", self.scp_request_path)
            .path_param("data_ops_id", need!(self, data_ops_id)?);
        self.call.empty(request).await
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
    pub async fn send(self) -> Result<types::DataOpsServiceDetailResponseV1Dot1> {
        let request = request!(self, Get, "/v1/data-ops-services/{data_ops_service_id}")
            .header_opt("Accept", self.accept)
            .header_opt("Scp-Request-Path", self.scp_request_path)
            .path_param("data_ops_service_id", need!(self, data_ops_service_id)?);
        self.call.json(request).await
    }
}
crate::support::builder!(
    UpdateDataOpsService("update_data_ops_service") { #[doc =
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
impl UpdateDataOpsService {
    /// Sends the request: the 202 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::DataOpsServiceUpdateResponse> {
        let body = types::DataOpsServiceUpdateRequest {
            description: self.description,
            domain: self.domain,
            host_alias: self.host_alias,
            node_selector: self.node_selector,
            service_workload: self.service_workload,
            worker_type: self.worker_type,
        };
        let request = request!(self, Put, "/v1/data-ops-services/{data_ops_service_id}")
            .header_opt("Accept", self.accept)
            .header_opt("Scp-Request-Path", self.scp_request_path)
            .path_param("data_ops_service_id", need!(self, data_ops_service_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    DeleteDataOpsService("delete_data_ops_service") { #[doc =
    " Accept. Header parameter `Accept`. Default: `application/json`. Example: `application/json`."]
    accept : String, #[doc =
    " Scp-Request-Path. Header parameter `Scp-Request-Path`. Default: `openapi`. Example: `openapi`."]
    scp_request_path : String, #[doc =
    " data ops service ID. Path parameter `data_ops_service_id`. Example: `2a9be312-5d4b-4bc8-b2ae-35100fa9241f`."]
    data_ops_service_id : String }
);
impl DeleteDataOpsService {
    /// Sends the request: the 202 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<()> {
        let request = request!(
            self, Delete, "/v1/data-ops-services/{data_ops_service_id}"
        )
            .header_opt("Accept", self.accept)
            .header_opt("Scp-Request-Path", self.scp_request_path)
            .path_param("data_ops_service_id", need!(self, data_ops_service_id)?);
        self.call.empty(request).await
    }
}
crate::support::builder!(
    ListDataOpsImageVersions("list_data_ops_image_versions") { #[doc =
    " Accept. Header parameter `Accept`. Default: `application/json`. Example: `application/json`."]
    accept : String, #[doc =
    " Scp-Request-Path. Header parameter `Scp-Request-Path`. Default: `openapi`. Example: `openapi`."]
    scp_request_path : String }
);
impl ListDataOpsImageVersions {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ImageVersionsResponse> {
        let request = request!(self, Get, "/v1/data-ops/image-versions")
            .header_opt("Accept", self.accept)
            .header_opt("Scp-Request-Path", self.scp_request_path);
        self.call.json(request).await
    }
}
crate::support::builder!(
    ListDataOpsIngressControllers("list_data_ops_ingress_controllers") { #[doc =
    " Accept. Header parameter `Accept`. Default: `application/json`. Example: `application/json`."]
    accept : String, #[doc =
    " Scp-Request-Path. Header parameter `Scp-Request-Path`. Default: `openapi`. Example: `openapi`."]
    scp_request_path : String, #[doc =
    " Cluster ID. Path parameter `cluster_id`. Example: `2a9be312-5d4b-4bc8-b2ae-35100fa9241f`."]
    cluster_id : String }
);
impl ListDataOpsIngressControllers {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<()> {
        let request = request!(
            self, Get, "/v1/data-ops/clusters/{cluster_id}/ingress-controllers"
        )
            .header_opt("Accept", self.accept)
            .header_opt("Scp-Request-Path", self.scp_request_path)
            .path_param("cluster_id", need!(self, cluster_id)?);
        self.call.empty(request).await
    }
}
crate::support::builder!(
    ShowDataOpsServiceSubVersion("show_data_ops_service_sub_version") { #[doc =
    " Accept. Header parameter `Accept`. Default: `application/json`. Example: `application/json`."]
    accept : String, #[doc =
    " Scp-Request-Path. Header parameter `Scp-Request-Path`. Default: `openapi`. Example: `openapi`."]
    scp_request_path : String, #[doc =
    " data ops ID. Path parameter `data_ops_id`. Example: `2a9be312-5d4b-4bc8-b2ae-35100fa9241f`."]
    data_ops_id : String }
);
impl ShowDataOpsServiceSubVersion {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::DataOpsServiceImageResponse> {
        let request = request!(
            self, Get, "/v1/data-ops-services/data-ops/{data_ops_id}/sub-versions"
        )
            .header_opt("Accept", self.accept)
            .header_opt("Scp-Request-Path", self.scp_request_path)
            .path_param("data_ops_id", need!(self, data_ops_id)?);
        self.call.json(request).await
    }
}
