//! Request builders, one per operation: set parameters, then `.send().await`.
use crate::support::need;
use crate::types;
use crate::support::request;
use docsdk_runtime::Result;
crate::support::builder!(
    CheckClusterResourceSizeForDataFlowServiceCreate("check_cluster_resource_size_for_data_flow_service_create")
    { #[doc =
    " Accept. Header parameter `Accept`. Default: `application/json`. Example: `application/json`."]
    accept : String, #[doc =
    " Scp-Request-Path. Header parameter `Scp-Request-Path`. Default: `openapi`. Example: `openapi`."]
    scp_request_path : String, #[doc =
    " Cluster ID. Path parameter `cluster_id`. Example: `2a9be312-5d4b-4bc8-b2ae-35100fa9241f`."]
    cluster_id : String, #[doc = " service\\_workload"] #[doc = ""] #[doc =
    " Example: `{\"nifi\":{\"cpu\":\"2000\",\"memory\":\"1024\",\"replica\":\"1\",\"version\":\"1.27.1\"},\"nifi_registry\":{\"cpu\":\"2000\",\"memory\":\"1024\",\"replica\":\"1\",\"version\":\"1.27.1\"},\"zookeeper\":{\"cpu\":\"2000\",\"memory\":\"1024\",\"replica\":\"3\",\"version\":\"3.9.2\"}}`."]
    service_workload : serde_json::Value }
);
impl CheckClusterResourceSizeForDataFlowServiceCreate {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ClusterResourceCheckResponse> {
        let body = types::DataFlowServiceValidateResourceRequest {
            service_workload: need!(self, service_workload)?,
        };
        let request = request!(
            self, Post, "/v1/data-flow-services/clusters/{cluster_id}/validate-resources"
        )
            .header_opt("Accept", self.accept)
            .header_opt("Scp-Request-Path", self.scp_request_path)
            .path_param("cluster_id", need!(self, cluster_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    CheckClusterResourceSizeForDataFlowServiceUpdate("check_cluster_resource_size_for_data_flow_service_update")
    { #[doc =
    " Accept. Header parameter `Accept`. Default: `application/json`. Example: `application/json`."]
    accept : String, #[doc =
    " Scp-Request-Path. Header parameter `Scp-Request-Path`. Default: `openapi`. Example: `openapi`."]
    scp_request_path : String, #[doc =
    " data\\_flow\\_service\\_id. Path parameter `data_flow_service_id`."]
    data_flow_service_id : String, #[doc = " service\\_workload"] #[doc = ""] #[doc =
    " Example: `{\"nifi\":{\"cpu\":\"2000\",\"memory\":\"1024\",\"replica\":\"1\",\"version\":\"1.27.1\"},\"nifi_registry\":{\"cpu\":\"2000\",\"memory\":\"1024\",\"replica\":\"1\",\"version\":\"1.27.1\"},\"zookeeper\":{\"cpu\":\"2000\",\"memory\":\"1024\",\"replica\":\"3\",\"version\":\"3.9.2\"}}`."]
    service_workload : serde_json::Value }
);
impl CheckClusterResourceSizeForDataFlowServiceUpdate {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ClusterResourceCheckResponse> {
        let body = types::DataFlowServiceValidateResourceRequest {
            service_workload: need!(self, service_workload)?,
        };
        let request = request!(
            self, Post,
            "/v1/data-flow-services/{data_flow_service_id}/validate-resources"
        )
            .header_opt("Accept", self.accept)
            .header_opt("Scp-Request-Path", self.scp_request_path)
            .path_param("data_flow_service_id", need!(self, data_flow_service_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    CheckDataFlowNameDuplication("check_data_flow_name_duplication") { #[doc =
    " Accept. Header parameter `Accept`. Default: `application/json`. Example: `application/json`."]
    accept : String, #[doc =
    " Scp-Request-Path. Header parameter `Scp-Request-Path`. Default: `openapi`. Example: `openapi`."]
    scp_request_path : String, #[doc =
    " Data flow name. Path parameter `data_flow_name`."] data_flow_name : String }
);
impl CheckDataFlowNameDuplication {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::DataFlowCheckDuplicationResponse> {
        let request = request!(
            self, Get, "/v1/data-flows/{data_flow_name}/check-duplication"
        )
            .header_opt("Accept", self.accept)
            .header_opt("Scp-Request-Path", self.scp_request_path)
            .path_param("data_flow_name", need!(self, data_flow_name)?);
        self.call.json(request).await
    }
}
crate::support::builder!(
    CheckDataFlowServiceNameDuplication("check_data_flow_service_name_duplication") {
    #[doc =
    " Accept. Header parameter `Accept`. Default: `application/json`. Example: `application/json`."]
    accept : String, #[doc =
    " Scp-Request-Path. Header parameter `Scp-Request-Path`. Default: `openapi`. Example: `openapi`."]
    scp_request_path : String, #[doc =
    " Data flow service name. Path parameter `data_flow_service_name`."]
    data_flow_service_name : String }
);
impl CheckDataFlowServiceNameDuplication {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::DataFlowServiceCheckDuplicationResponse> {
        let request = request!(
            self, Get,
            "/v1/data-flow-services/{data_flow_service_name}/check-duplication"
        )
            .header_opt("Accept", self.accept)
            .header_opt("Scp-Request-Path", self.scp_request_path)
            .path_param("data_flow_service_name", need!(self, data_flow_service_name)?);
        self.call.json(request).await
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
    pub async fn send(self) -> Result<types::ListDataFlowsConsoleResponseV1Dot1> {
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
        types::DataFlowsConsoleResponseV1Dot1, page : i64 = 0, size : i64 = 20, | r | r
        .contents.unwrap_or_default(), r.total_count.and_then(| t | u64::try_from(t)
        .ok())
    );
}
crate::support::builder!(
    CreateDataFlow("create_data_flow") { #[doc =
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
impl CreateDataFlow {
    /// Sends the request: the 202 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<()> {
        let body = types::DataFlowBodyCreate {
            account: self.account,
            cluster_id: need!(self, cluster_id)?,
            data_flow_name: need!(self, data_flow_name)?,
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
        let request = request!(self, Post, "/v1/data-flows")
            .header_opt("Accept", self.accept)
            .header_opt("Scp-Request-Path", self.scp_request_path)
            .json_body(&body)?;
        self.call.empty(request).await
    }
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
    pub async fn send(self) -> Result<types::ListDataFlowServicesConsoleResponseV1Dot1> {
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
        types::DataFlowServicesResponseV1Dot1, page : i64 = 0, size : i64 = 20, | r | r
        .contents.unwrap_or_default(), u64::try_from(r.total_count).ok()
    );
}
crate::support::builder!(
    CreateDataFlowService("create_data_flow_service") { #[doc =
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
impl CreateDataFlowService {
    /// Sends the request: the 202 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<()> {
        let body = types::DataFlowServiceCreateRequest {
            account: self.account,
            data_flow_id: need!(self, data_flow_id)?,
            data_flow_service_name: need!(self, data_flow_service_name)?,
            description: self.description,
            domain: need!(self, domain)?,
            host_alias: need!(self, host_alias)?,
            node_selector: self.node_selector,
            service_workload: need!(self, service_workload)?,
            storage_class_name: need!(self, storage_class_name)?,
            tags: self.tags,
        };
        let request = request!(self, Post, "/v1/data-flow-services")
            .header_opt("Accept", self.accept)
            .header_opt("Scp-Request-Path", self.scp_request_path)
            .json_body(&body)?;
        self.call.empty(request).await
    }
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
    pub async fn send(self) -> Result<types::DataFlowDetailResponseV1Dot1> {
        let request = request!(self, Get, "/v1/data-flows/{data_flow_id}")
            .header_opt("Accept", self.accept)
            .header_opt("Scp-Request-Path", self.scp_request_path)
            .path_param("data_flow_id", need!(self, data_flow_id)?);
        self.call.json(request).await
    }
}
crate::support::builder!(
    UpdateDataFlow("update_data_flow") { #[doc =
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
impl UpdateDataFlow {
    /// Sends the request: the 202 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::DataFlowUpdateResponse> {
        let body = types::DataFlowBodyUpdate {
            account: self.account,
            description: self.description,
            domain: self.domain,
            host_alias_list: self.host_alias_list,
            node_selector: self.node_selector,
        };
        let request = request!(self, Put, "/v1/data-flows/{data_flow_id}")
            .header_opt("Accept", self.accept)
            .header_opt("Scp-Request-Path", self.scp_request_path)
            .path_param("data_flow_id", need!(self, data_flow_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    DeleteDataFlow("delete_data_flow") { #[doc =
    " Accept. Header parameter `Accept`. Default: `application/json`. Example: `application/json`."]
    accept : String, #[doc =
    " Scp-Request-Path. Header parameter `Scp-Request-Path`. Default: `openapi`. Example: `openapi`."]
    scp_request_path : String, #[doc =
    " Cluster ID. Path parameter `data_flow_id`. Example: `2a9be312-5d4b-4bc8-b2ae-35100fa9241s`."]
    data_flow_id : String }
);
impl DeleteDataFlow {
    /// Sends the request: the 202 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<()> {
        let request = request!(self, Delete, "/v1/data-flows/{data_flow_id}")
            .header_opt("Accept", self.accept)
            .header_opt("Scp-Request-Path", self.scp_request_path)
            .path_param("data_flow_id", need!(self, data_flow_id)?);
        self.call.empty(request).await
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
    pub async fn send(self) -> Result<types::DataFlowServiceDetailResponseV1Dot1> {
        let request = request!(
            self, Get, "/v1/data-flow-services/{data_flow_service_id}"
        )
            .header_opt("Accept", self.accept)
            .header_opt("Scp-Request-Path", self.scp_request_path)
            .path_param("data_flow_service_id", need!(self, data_flow_service_id)?);
        self.call.json(request).await
    }
}
crate::support::builder!(
    UpdateDataFlowService("update_data_flow_service") { #[doc =
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
impl UpdateDataFlowService {
    /// Sends the request: the 202 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::DataFlowServiceUpdateResponse> {
        let body = types::DataFlowServicesUpdateRequest {
            account: self.account,
            description: self.description,
            domain: self.domain,
            host_alias: self.host_alias,
            node_selector: self.node_selector,
            service_workload: self.service_workload,
        };
        let request = request!(
            self, Put, "/v1/data-flow-services/{data_flow_service_id}"
        )
            .header_opt("Accept", self.accept)
            .header_opt("Scp-Request-Path", self.scp_request_path)
            .path_param("data_flow_service_id", need!(self, data_flow_service_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    DeleteDataFlowService("delete_data_flow_service") { #[doc =
    " Accept. Header parameter `Accept`. Default: `application/json`. Example: `application/json`."]
    accept : String, #[doc =
    " Scp-Request-Path. Header parameter `Scp-Request-Path`. Default: `openapi`. Example: `openapi`."]
    scp_request_path : String, #[doc =
    " data\\_flow\\_service\\_id. Path parameter `data_flow_service_id`."]
    data_flow_service_id : String }
);
impl DeleteDataFlowService {
    /// Sends the request: the 202 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<()> {
        let request = request!(
            self, Delete, "/v1/data-flow-services/{data_flow_service_id}"
        )
            .header_opt("Accept", self.accept)
            .header_opt("Scp-Request-Path", self.scp_request_path)
            .path_param("data_flow_service_id", need!(self, data_flow_service_id)?);
        self.call.empty(request).await
    }
}
crate::support::builder!(
    ListDataFlowImages("list_data_flow_images") { #[doc =
    " Accept. Header parameter `Accept`. Default: `application/json`. Example: `application/json`."]
    accept : String, #[doc =
    " Scp-Request-Path. Header parameter `Scp-Request-Path`. Default: `openapi`. Example: `openapi`."]
    scp_request_path : String }
);
impl ListDataFlowImages {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::DataFlowImageListResponse> {
        let request = request!(self, Get, "/v1/data-flows/image-versions")
            .header_opt("Accept", self.accept)
            .header_opt("Scp-Request-Path", self.scp_request_path);
        self.call.json(request).await
    }
}
crate::support::builder!(
    ListDataFlowIngressControllers("list_data_flow_ingress_controllers") { #[doc =
    " Accept. Header parameter `Accept`. Default: `application/json`. Example: `application/json`."]
    accept : String, #[doc =
    " Scp-Request-Path. Header parameter `Scp-Request-Path`. Default: `openapi`. Example: `openapi`."]
    scp_request_path : String, #[doc =
    " Cluster ID. Path parameter `cluster_id`. Example: `2a9be312-5d4b-4bc8-b2ae-35100fa9241f`."]
    cluster_id : String }
);
impl ListDataFlowIngressControllers {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<()> {
        let request = request!(
            self, Get, "/v1/data-flows/clusters/{cluster_id}/ingress-controllers"
        )
            .header_opt("Accept", self.accept)
            .header_opt("Scp-Request-Path", self.scp_request_path)
            .path_param("cluster_id", need!(self, cluster_id)?);
        self.call.empty(request).await
    }
}
crate::support::builder!(
    ShowDataFlowServiceSubVersions("show_data_flow_service_sub_versions") { #[doc =
    " Accept. Header parameter `Accept`. Default: `application/json`. Example: `application/json`."]
    accept : String, #[doc =
    " Scp-Request-Path. Header parameter `Scp-Request-Path`. Default: `openapi`. Example: `openapi`."]
    scp_request_path : String, #[doc = " Data flow ID. Path parameter `data_flow_id`."]
    data_flow_id : String }
);
impl ShowDataFlowServiceSubVersions {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::DataFlowServiceImageResponse> {
        let request = request!(
            self, Get, "/v1/data-flow-services/data-flows/{data_flow_id}/sub-versions"
        )
            .header_opt("Accept", self.accept)
            .header_opt("Scp-Request-Path", self.scp_request_path)
            .path_param("data_flow_id", need!(self, data_flow_id)?);
        self.call.json(request).await
    }
}
