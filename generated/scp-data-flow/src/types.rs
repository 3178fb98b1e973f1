//! Models of Data Flow (shared by every API version unless a version module has its own).
/// The `ClusterResourceCheckResponse` model.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ClusterResourceCheckResponse {
    /// Example: `CPU`. Documented default: `CPU`.
    pub cpu: Option<serde_json::Value>,
    /// Error code
    pub err_code: String,
    /// Example: `Memory`. Documented default: `Memory`.
    pub memory: Option<serde_json::Value>,
    /// Cluster resource check result
    pub result: bool,
}
/// The `DataFlowBodyCreate` model.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct DataFlowBodyCreate {
    /// account. Example: `{"account_id":"","account_password":""}`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub account: Option<docsdk_runtime::Nullable<serde_json::Value>>,
    /// cluster\_id
    pub cluster_id: String,
    /// data\_flow\_name. Length 3 to 30.
    pub data_flow_name: String,
    /// description
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<docsdk_runtime::Nullable<String>>,
    /// domain. Length 3 to 50.
    pub domain: String,
    /// dsc\_domain
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dsc_domain: Option<docsdk_runtime::Nullable<String>>,
    /// host\_alias\_list. Example: `[{"hostnames":[""],"ip":""}]`.
    pub host_alias_list: Vec<serde_json::Value>,
    /// image\_id
    pub image_id: String,
    /// ingress\_controller\_name
    pub ingress_controller_name: String,
    /// instance\_id
    #[serde(skip_serializing_if = "Option::is_none")]
    pub instance_id: Option<docsdk_runtime::Nullable<String>>,
    /// node\_selector
    #[serde(skip_serializing_if = "Option::is_none")]
    pub node_selector: Option<docsdk_runtime::Nullable<String>>,
    /// storage\_class\_name
    pub storage_class_name: String,
    /// tags
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
}
/// The `DataFlowBodyUpdate` model.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct DataFlowBodyUpdate {
    /// account. Example: `{"account_id":"","account_password":""}`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub account: Option<docsdk_runtime::Nullable<serde_json::Value>>,
    /// description
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<docsdk_runtime::Nullable<String>>,
    /// domain
    #[serde(skip_serializing_if = "Option::is_none")]
    pub domain: Option<docsdk_runtime::Nullable<String>>,
    /// host\_alias. Example: `[{"hostnames":[""],"ip":""}]`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub host_alias_list: Option<docsdk_runtime::Nullable<Vec<serde_json::Value>>>,
    /// node\_selector
    #[serde(skip_serializing_if = "Option::is_none")]
    pub node_selector: Option<docsdk_runtime::Nullable<String>>,
}
/// The `DataFlowCheckDuplicationResponse` model.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct DataFlowCheckDuplicationResponse {
    /// Data flow check result
    pub result: bool,
}
/// The `DataFlowDetailResponseV1Dot1` model.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct DataFlowDetailResponseV1Dot1 {
    /// account. Example: `{"account_id":"","account_password":""}`.
    pub account: Option<serde_json::Value>,
    /// account\_id
    pub account_id: String,
    /// cluster\_id
    pub cluster_id: String,
    /// cluster\_name
    pub cluster_name: Option<String>,
    /// cluster\_permission
    pub cluster_permission: Option<serde_json::Value>,
    /// cluster\_request\_failed. Example: `false`.
    pub cluster_request_failed: Option<bool>,
    /// count\_data\_flow\_service
    pub count_data_flow_service: Option<i64>,
    /// created\_dt. Example: `2026-02-11T06:41:26.085Z`.
    pub created_dt: docsdk_runtime::DateTime,
    /// data\_flow\_id
    pub data_flow_id: String,
    /// data\_flow\_name
    pub data_flow_name: String,
    /// description
    pub description: Option<String>,
    /// domain
    pub domain: Option<String>,
    /// host\_alias. Example: `[{"hostnames":[""],"ip":""}]`.
    pub host_alias_list: Option<Vec<serde_json::Value>>,
    /// hosts\_file
    pub hosts_file: Option<String>,
    /// http\_port
    pub http_port: Option<i64>,
    /// https\_port
    pub https_port: Option<i64>,
    /// image\_id
    pub image_id: String,
    /// ingress\_class\_name
    pub ingress_class_name: Option<String>,
    /// instance\_id
    pub instance_id: Option<String>,
    /// is\_active\_image
    pub is_active_image: Option<bool>,
    /// modified\_dt. Example: `2026-02-11T06:41:26.140Z`.
    pub modified_dt: docsdk_runtime::DateTime,
    /// namespace\_name
    pub namespace_name: String,
    /// node\_selector
    pub node_selector: Option<String>,
    /// state
    pub state: String,
    /// storage\_class\_name
    pub storage_class_name: String,
    /// version
    pub version: String,
    /// web\_url
    pub web_url: Option<String>,
}
/// The `DataFlowImageListResponse` model.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct DataFlowImageListResponse {
    /// List of DataFlowImage
    pub contents: Vec<DataFlowImageResponse>,
    /// total\_count
    pub total_count: Option<i64>,
}
/// The `DataFlowImageResponse` model.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct DataFlowImageResponse {
    /// Image ID
    pub image_id: String,
    /// Image name
    pub image_name: String,
    /// Version
    pub version: String,
}
/// The `DataFlowsConsoleResponseV1Dot1` model.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct DataFlowsConsoleResponseV1Dot1 {
    /// account\_id
    pub account_id: String,
    /// cluster\_id
    pub cluster_id: String,
    /// cluster\_name
    pub cluster_name: Option<String>,
    /// cluster\_permission
    pub cluster_permission: Option<serde_json::Value>,
    /// cluster\_request\_failed. Example: `false`.
    pub cluster_request_failed: Option<bool>,
    /// created\_by
    pub created_by: String,
    /// created\_at. Example: `2026-02-11T06:41:26.053Z`.
    pub created_dt: docsdk_runtime::DateTime,
    /// data\_flow\_id
    pub data_flow_id: String,
    /// data\_flow\_name
    pub data_flow_name: String,
    /// image\_id
    pub image_id: String,
    /// instance\_id
    pub instance_id: Option<String>,
    /// is\_active\_image
    pub is_active_image: bool,
    /// modified\_by
    pub modified_by: String,
    /// modified\_at. Example: `2026-02-11T06:41:26.060Z`.
    pub modified_dt: docsdk_runtime::DateTime,
    /// namespace\_name
    pub namespace_name: String,
    /// state
    pub state: String,
    /// version
    pub version: String,
}
/// The `DataFlowServiceCheckDuplicationResponse` model.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct DataFlowServiceCheckDuplicationResponse {
    /// Data flow service check result
    pub result: bool,
}
/// The `DataFlowServiceCreateRequest` model.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct DataFlowServiceCreateRequest {
    /// account. Example: `{"account_id":"","account_password":""}`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub account: Option<docsdk_runtime::Nullable<serde_json::Value>>,
    /// data\_flow\_id
    pub data_flow_id: String,
    /// data\_flow\_service\_name. Length 3 to 30. Pattern: `^[a-z][a-z0-9\-]*[a-z0-9]$`.
    pub data_flow_service_name: String,
    /// description
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<docsdk_runtime::Nullable<String>>,
    /// description. Length 3 to 50.
    pub domain: String,
    /// host\_alias. Example: `{"enabled":"true","host_alias_list":[{"hostname":"","ip":""}]}`.
    pub host_alias: serde_json::Value,
    /// node\_selector
    #[serde(skip_serializing_if = "Option::is_none")]
    pub node_selector: Option<docsdk_runtime::Nullable<String>>,
    /// service\_workload
    ///
    /// Example: `{"nifi":{"cpu":"2000","memory":"1024","replica":"1","version":"1.27.1"},"nifi_registry":{"cpu":"2000","memory":"1024","replica":"1","version":"1.27.1"},"zookeeper":{"cpu":"2000","memory":"1024","replica":"3","version":"3.9.2"}}`.
    pub service_workload: serde_json::Value,
    /// storage\_class\_name
    pub storage_class_name: String,
    /// tags
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
}
/// The `DataFlowServiceDetailResponseV1Dot1` model.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct DataFlowServiceDetailResponseV1Dot1 {
    /// account. Example: `{"account_id":"","account_password":""}`.
    pub account: Option<serde_json::Value>,
    /// account\_id
    pub account_id: String,
    /// cluster\_id
    pub cluster_id: String,
    /// cluster\_name
    pub cluster_name: Option<String>,
    /// cluster\_permission
    pub cluster_permission: Option<serde_json::Value>,
    /// cluster\_request\_failed. Example: `false`.
    pub cluster_request_failed: Option<bool>,
    /// created\_dt. Example: `2026-02-11T06:41:25.941Z`.
    pub created_dt: docsdk_runtime::DateTime,
    /// data\_flow\_id
    pub data_flow_id: String,
    /// data\_flow\_name
    pub data_flow_name: String,
    /// data\_flow\_service\_id
    pub data_flow_service_id: String,
    /// data\_flow\_service\_name
    pub data_flow_service_name: String,
    /// description
    pub description: Option<String>,
    /// domain
    pub domain: Option<String>,
    /// host\_alias. Example: `{"enabled":"true","host_alias_list":[{"hostname":"","ip":""}]}`.
    pub host_alias: Option<serde_json::Value>,
    /// host\_file\_registry
    pub host_file_registry: Option<String>,
    /// hosts\_file
    pub hosts_file: Option<String>,
    /// http\_port
    pub http_port: Option<i64>,
    /// https\_port
    pub https_port: Option<i64>,
    /// image\_id
    pub image_id: String,
    /// ingress\_class\_name
    pub ingress_class_name: Option<String>,
    /// instance\_id
    pub instance_id: Option<String>,
    /// is\_active\_image
    pub is_active_image: Option<bool>,
    /// modified\_dt. Example: `2026-02-11T06:41:26.001Z`.
    pub modified_dt: docsdk_runtime::DateTime,
    /// namespace\_name
    pub namespace_name: String,
    /// node\_selector
    pub node_selector: Option<String>,
    /// service\_workload
    pub service_workload: Option<serde_json::Value>,
    /// state
    pub state: String,
    /// storage\_class\_name
    pub storage_class_name: String,
    /// version
    pub version: String,
    /// web\_url\_nifi
    pub web_url_nifi: Option<String>,
    /// web\_url\_registry
    pub web_url_registry: Option<String>,
}
/// The `DataFlowServiceImageResponse` model.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct DataFlowServiceImageResponse {
    /// DataFlowService count
    pub data_flow_service_count: Option<i64>,
    /// image versions
    pub versions: Option<DataFlowServiceSubVersionResponse>,
}
/// The `DataFlowServicesResponseV1Dot1` model.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct DataFlowServicesResponseV1Dot1 {
    /// account\_id
    pub account_id: String,
    /// cluster\_id
    pub cluster_id: String,
    /// cluster\_name
    pub cluster_name: Option<String>,
    /// cluster\_permission
    pub cluster_permission: Option<serde_json::Value>,
    /// cluster\_request\_failed. Example: `false`.
    pub cluster_request_failed: Option<bool>,
    /// created\_by
    pub created_by: String,
    /// created\_at. Example: `2026-02-11T06:41:25.909Z`.
    pub created_dt: docsdk_runtime::DateTime,
    /// data\_flow\_id
    pub data_flow_id: String,
    /// data\_flow\_name
    pub data_flow_name: String,
    /// data\_flow\_service\_id
    pub data_flow_service_id: String,
    /// data\_flow\_service\_name
    pub data_flow_service_name: String,
    /// description
    pub description: Option<String>,
    /// modified\_by
    pub modified_by: String,
    /// modified\_at. Example: `2026-02-11T06:41:25.915Z`.
    pub modified_dt: docsdk_runtime::DateTime,
    /// state
    pub state: String,
    /// version
    pub version: String,
}
/// The `DataFlowServiceSubVersionResponse` model.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct DataFlowServiceSubVersionResponse {
    /// nifi
    pub nifi: String,
    /// nifiregistry
    pub nifiregistry: String,
    /// zookeeper
    pub zookeeper: String,
}
/// The `DataFlowServicesUpdateRequest` model.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct DataFlowServicesUpdateRequest {
    /// account. Example: `{"account_id":"","account_password":""}`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub account: Option<serde_json::Value>,
    /// description
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<docsdk_runtime::Nullable<String>>,
    /// domain
    #[serde(skip_serializing_if = "Option::is_none")]
    pub domain: Option<docsdk_runtime::Nullable<String>>,
    /// host\_alias. Example: `{"enabled":"true","host_alias_list":[{"hostname":"","ip":""}]}`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub host_alias: Option<docsdk_runtime::Nullable<serde_json::Value>>,
    /// node\_selector
    #[serde(skip_serializing_if = "Option::is_none")]
    pub node_selector: Option<docsdk_runtime::Nullable<String>>,
    /// service\_workload
    ///
    /// Example: `{"nifi":{"cpu":"2000","memory":"1024","replica":"1","version":"1.27.1"},"nifi_registry":{"cpu":"2000","memory":"1024","replica":"1","version":"1.27.1"},"zookeeper":{"cpu":"2000","memory":"1024","replica":"3","version":"3.9.2"}}`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub service_workload: Option<serde_json::Value>,
}
/// The `DataFlowServiceUpdateResponse` model.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct DataFlowServiceUpdateResponse {
    /// account. Example: `{"account_id":"","account_password":""}`.
    pub account: Option<serde_json::Value>,
    /// cluster\_id
    pub cluster_id: String,
    /// cluster\_name
    pub cluster_name: Option<String>,
    /// cluster\_permission
    pub cluster_permission: Option<serde_json::Value>,
    /// cluster\_request\_failed. Example: `false`.
    pub cluster_request_failed: Option<bool>,
    /// created\_dt. Example: `2026-02-11T06:41:25.347Z`.
    pub created_dt: docsdk_runtime::DateTime,
    /// data\_flow\_id
    pub data_flow_id: String,
    /// data\_flow\_name
    pub data_flow_name: String,
    /// data\_flow\_service\_id
    pub data_flow_service_id: String,
    /// data\_flow\_service\_name
    pub data_flow_service_name: String,
    /// description
    pub description: Option<String>,
    /// domain
    pub domain: Option<String>,
    /// host\_alias. Example: `{"enabled":"true","host_alias_list":[{"hostname":"","ip":""}]}`.
    pub host_alias: Option<serde_json::Value>,
    /// host\_file\_registry
    pub host_file_registry: Option<String>,
    /// hosts\_file
    pub hosts_file: Option<String>,
    /// http\_port
    pub http_port: Option<i64>,
    /// https\_port
    pub https_port: Option<i64>,
    /// image\_id
    pub image_id: String,
    /// ingress\_class\_name
    pub ingress_class_name: Option<String>,
    /// instance\_id
    pub instance_id: Option<String>,
    /// modified\_dt. Example: `2026-02-11T06:41:25.401Z`.
    pub modified_dt: docsdk_runtime::DateTime,
    /// namespace\_name
    pub namespace_name: String,
    /// node\_selector
    pub node_selector: Option<String>,
    /// service\_workload
    pub service_workload: Option<serde_json::Value>,
    /// state
    pub state: String,
    /// storage\_class\_name
    pub storage_class_name: String,
    /// version
    pub version: String,
    /// web\_url\_nifi
    pub web_url_nifi: Option<String>,
    /// web\_url\_registry
    pub web_url_registry: Option<String>,
}
/// The `DataFlowServiceValidateResourceRequest` model.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct DataFlowServiceValidateResourceRequest {
    /// service\_workload
    ///
    /// Example: `{"nifi":{"cpu":"2000","memory":"1024","replica":"1","version":"1.27.1"},"nifi_registry":{"cpu":"2000","memory":"1024","replica":"1","version":"1.27.1"},"zookeeper":{"cpu":"2000","memory":"1024","replica":"3","version":"3.9.2"}}`.
    pub service_workload: serde_json::Value,
}
/// The `DataFlowUpdateResponse` model.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct DataFlowUpdateResponse {
    /// account. Example: `{"account_id":"","account_password":""}`.
    pub account: Option<serde_json::Value>,
    /// cluster\_id
    pub cluster_id: String,
    /// cluster\_name
    pub cluster_name: Option<String>,
    /// cluster\_permission
    pub cluster_permission: Option<serde_json::Value>,
    /// cluster\_request\_failed. Example: `false`.
    pub cluster_request_failed: Option<bool>,
    /// count\_data\_flow\_service
    pub count_data_flow_service: Option<i64>,
    /// created\_dt. Example: `2026-02-11T06:41:25.706Z`.
    pub created_dt: docsdk_runtime::DateTime,
    /// data\_flow\_id
    pub data_flow_id: String,
    /// data\_flow\_name
    pub data_flow_name: String,
    /// description
    pub description: Option<String>,
    /// domain
    pub domain: Option<String>,
    /// host\_alias. Example: `[{"hostnames":[""],"ip":""}]`.
    pub host_alias_list: Option<Vec<serde_json::Value>>,
    /// hosts\_file
    pub hosts_file: Option<String>,
    /// http\_port
    pub http_port: Option<i64>,
    /// https\_port
    pub https_port: Option<i64>,
    /// image\_id
    pub image_id: String,
    /// ingress\_class\_name
    pub ingress_class_name: Option<String>,
    /// instance\_id
    pub instance_id: Option<String>,
    /// modified\_dt. Example: `2026-02-11T06:41:25.760Z`.
    pub modified_dt: docsdk_runtime::DateTime,
    /// namespace\_name
    pub namespace_name: String,
    /// node\_selector
    pub node_selector: Option<String>,
    /// state
    pub state: String,
    /// storage\_class\_name
    pub storage_class_name: String,
    /// version
    pub version: String,
    /// web\_url
    pub web_url: Option<String>,
}
/// The `ListDataFlowsConsoleResponseV1Dot1` model.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListDataFlowsConsoleResponseV1Dot1 {
    /// contents
    pub contents: Option<Vec<DataFlowsConsoleResponseV1Dot1>>,
    /// total\_count
    pub total_count: Option<i64>,
}
/// The `ListDataFlowServicesConsoleResponseV1Dot1` model.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListDataFlowServicesConsoleResponseV1Dot1 {
    /// The `contents` field.
    pub contents: Option<Vec<DataFlowServicesResponseV1Dot1>>,
    /// total\_count
    pub total_count: i64,
}
/// The `Tag` model.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Tag {
    /// tag\_key. Length at most 128. Pattern: `^[a-zA-Z0-9가-힣ㄱ-ㅎㅏ-ㅣ \+\-\=\.\_:/@]*$`.
    pub tag_key: String,
    /// tag\_value. Length at most 256. Pattern: `^[a-zA-Z0-9가-힣ㄱ-ㅎㅏ-ㅣ \+\-\=\.\_:/@]*$`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tag_value: Option<String>,
}
crate::support::setters!(@ model Tag new(tag_key : String) { tag_value : String });
/// The `DataFlowDetailResponse` model.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct DataFlowDetailResponse {
    /// account. Example: `{"account_id":"","account_password":""}`.
    pub account: Option<serde_json::Value>,
    /// cluster\_id
    pub cluster_id: String,
    /// cluster\_name
    pub cluster_name: Option<String>,
    /// cluster\_permission
    pub cluster_permission: Option<serde_json::Value>,
    /// cluster\_request\_failed. Example: `false`.
    pub cluster_request_failed: Option<bool>,
    /// count\_data\_flow\_service
    pub count_data_flow_service: Option<i64>,
    /// created\_dt. Example: `2026-02-11T06:41:25.563Z`.
    pub created_dt: docsdk_runtime::DateTime,
    /// data\_flow\_id
    pub data_flow_id: String,
    /// data\_flow\_name
    pub data_flow_name: String,
    /// description
    pub description: Option<String>,
    /// domain
    pub domain: Option<String>,
    /// host\_alias. Example: `[{"hostnames":[""],"ip":""}]`.
    pub host_alias_list: Option<Vec<serde_json::Value>>,
    /// hosts\_file
    pub hosts_file: Option<String>,
    /// http\_port
    pub http_port: Option<i64>,
    /// https\_port
    pub https_port: Option<i64>,
    /// image\_id
    pub image_id: String,
    /// ingress\_class\_name
    pub ingress_class_name: Option<String>,
    /// instance\_id
    pub instance_id: Option<String>,
    /// is\_active\_image
    pub is_active_image: Option<bool>,
    /// modified\_dt. Example: `2026-02-11T06:41:25.623Z`.
    pub modified_dt: docsdk_runtime::DateTime,
    /// namespace\_name
    pub namespace_name: String,
    /// node\_selector
    pub node_selector: Option<String>,
    /// state
    pub state: String,
    /// storage\_class\_name
    pub storage_class_name: String,
    /// version
    pub version: String,
    /// web\_url
    pub web_url: Option<String>,
}
/// The `DataFlowsConsoleResponse` model.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct DataFlowsConsoleResponse {
    /// cluster\_id
    pub cluster_id: String,
    /// cluster\_name
    pub cluster_name: Option<String>,
    /// cluster\_permission
    pub cluster_permission: Option<serde_json::Value>,
    /// cluster\_request\_failed. Example: `false`.
    pub cluster_request_failed: Option<bool>,
    /// created\_by
    pub created_by: String,
    /// created\_at. Example: `2026-02-11T06:41:25.463Z`.
    pub created_dt: docsdk_runtime::DateTime,
    /// data\_flow\_id
    pub data_flow_id: String,
    /// data\_flow\_name
    pub data_flow_name: String,
    /// image\_id
    pub image_id: String,
    /// instance\_id
    pub instance_id: Option<String>,
    /// is\_active\_image
    pub is_active_image: bool,
    /// modified\_by
    pub modified_by: String,
    /// modified\_at. Example: `2026-02-11T06:41:25.469Z`.
    pub modified_dt: docsdk_runtime::DateTime,
    /// namespace\_name
    pub namespace_name: String,
    /// state
    pub state: String,
    /// version
    pub version: String,
}
/// The `DataFlowServiceDetailResponse` model.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct DataFlowServiceDetailResponse {
    /// account. Example: `{"account_id":"","account_password":""}`.
    pub account: Option<serde_json::Value>,
    /// cluster\_id
    pub cluster_id: String,
    /// cluster\_name
    pub cluster_name: Option<String>,
    /// cluster\_permission
    pub cluster_permission: Option<serde_json::Value>,
    /// cluster\_request\_failed. Example: `false`.
    pub cluster_request_failed: Option<bool>,
    /// created\_dt. Example: `2026-02-11T06:41:25.201Z`.
    pub created_dt: docsdk_runtime::DateTime,
    /// data\_flow\_id
    pub data_flow_id: String,
    /// data\_flow\_name
    pub data_flow_name: String,
    /// data\_flow\_service\_id
    pub data_flow_service_id: String,
    /// data\_flow\_service\_name
    pub data_flow_service_name: String,
    /// description
    pub description: Option<String>,
    /// domain
    pub domain: Option<String>,
    /// host\_alias. Example: `{"enabled":"true","host_alias_list":[{"hostname":"","ip":""}]}`.
    pub host_alias: Option<serde_json::Value>,
    /// host\_file\_registry
    pub host_file_registry: Option<String>,
    /// hosts\_file
    pub hosts_file: Option<String>,
    /// http\_port
    pub http_port: Option<i64>,
    /// https\_port
    pub https_port: Option<i64>,
    /// image\_id
    pub image_id: String,
    /// ingress\_class\_name
    pub ingress_class_name: Option<String>,
    /// instance\_id
    pub instance_id: Option<String>,
    /// is\_active\_image
    pub is_active_image: Option<bool>,
    /// modified\_dt. Example: `2026-02-11T06:41:25.261Z`.
    pub modified_dt: docsdk_runtime::DateTime,
    /// namespace\_name
    pub namespace_name: String,
    /// node\_selector
    pub node_selector: Option<String>,
    /// service\_workload
    pub service_workload: Option<serde_json::Value>,
    /// state
    pub state: String,
    /// storage\_class\_name
    pub storage_class_name: String,
    /// version
    pub version: String,
    /// web\_url\_nifi
    pub web_url_nifi: Option<String>,
    /// web\_url\_registry
    pub web_url_registry: Option<String>,
}
/// The `DataFlowServicesResponse` model.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct DataFlowServicesResponse {
    /// cluster\_id
    pub cluster_id: String,
    /// cluster\_name
    pub cluster_name: Option<String>,
    /// cluster\_permission
    pub cluster_permission: Option<serde_json::Value>,
    /// cluster\_request\_failed. Example: `false`.
    pub cluster_request_failed: Option<bool>,
    /// created\_by
    pub created_by: String,
    /// created\_at. Example: `2026-02-11T06:41:25.071Z`.
    pub created_dt: docsdk_runtime::DateTime,
    /// data\_flow\_id
    pub data_flow_id: String,
    /// data\_flow\_name
    pub data_flow_name: String,
    /// data\_flow\_service\_id
    pub data_flow_service_id: String,
    /// data\_flow\_service\_name
    pub data_flow_service_name: String,
    /// description
    pub description: Option<String>,
    /// modified\_by
    pub modified_by: String,
    /// modified\_at. Example: `2026-02-11T06:41:25.077Z`.
    pub modified_dt: docsdk_runtime::DateTime,
    /// state
    pub state: String,
    /// version
    pub version: String,
}
/// The `ListDataFlowsConsoleResponse` model.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListDataFlowsConsoleResponse {
    /// contents
    pub contents: Option<Vec<DataFlowsConsoleResponse>>,
    /// total\_count
    pub total_count: Option<i64>,
}
/// The `ListDataFlowServicesConsoleResponse` model.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListDataFlowServicesConsoleResponse {
    /// The `contents` field.
    pub contents: Option<Vec<DataFlowServicesResponse>>,
    /// total\_count
    pub total_count: i64,
}
crate::support::open_enum!(
    #[doc = " The values of `State`."] State { Active = "ACTIVE", Creating = "CREATING",
    Running = "RUNNING", Error = "ERROR", Terminating = "TERMINATING", Deleted =
    "DELETED", Updating = "UPDATING" }
);
