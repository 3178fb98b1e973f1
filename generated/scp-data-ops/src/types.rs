//! Models of Data Ops (shared by every API version unless a version module has its own).
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
/// The `DataOpsConsoleResponseV1Dot1` model.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct DataOpsConsoleResponseV1Dot1 {
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
    /// created\_at. Example: `2026-02-11T06:41:30.704Z`.
    pub created_dt: docsdk_runtime::DateTime,
    /// data\_ops\_id
    pub data_ops_id: String,
    /// data\_ops\_name
    pub data_ops_name: String,
    /// image\_id
    pub image_id: String,
    /// instance\_id
    pub instance_id: Option<String>,
    /// is\_active\_image
    pub is_active_image: bool,
    /// modified\_by
    pub modified_by: String,
    /// modified\_at. Example: `2026-02-11T06:41:30.710Z`.
    pub modified_dt: docsdk_runtime::DateTime,
    /// namespace\_name
    pub namespace_name: String,
    /// state
    pub state: String,
    /// version
    pub version: String,
}
/// The `DataOpsCreateRequest` model.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct DataOpsCreateRequest {
    /// account. Example: `{"account_id":"","account_password":""}`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub account: Option<docsdk_runtime::Nullable<serde_json::Value>>,
    /// cluster\_id
    pub cluster_id: String,
    /// data\_ops\_name. Length 3 to 30. Pattern: `^[a-z][a-z0-9\-]*[a-z0-9]$`.
    pub data_ops_name: String,
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
/// The `DataOpsDetailResponseV1Dot1` model.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct DataOpsDetailResponseV1Dot1 {
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
    /// created\_dt. Example: `2026-02-11T06:41:30.871Z`.
    pub created_dt: docsdk_runtime::DateTime,
    /// data\_ops\_id
    pub data_ops_id: String,
    /// data\_ops\_name
    pub data_ops_name: String,
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
    /// modified\_dt. Example: `2026-02-11T06:41:30.927Z`.
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
/// The `DataOpsServiceCreateRequest` model.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct DataOpsServiceCreateRequest {
    /// account. Example: `{"account_id":"","account_password":""}`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub account: Option<docsdk_runtime::Nullable<serde_json::Value>>,
    /// data\_ops\_id
    pub data_ops_id: String,
    /// data\_ops\_service\_name. Length 3 to 30. Pattern: `^[a-z][a-z0-9\-]*[a-z0-9]$`.
    pub data_ops_service_name: String,
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
    /// Example: `{"scheduler":{"cpu":"","memory":"","replica":"","version":""},"web_server":{"cpu":"","memory":"","replica":"","version":""},"worker":{"cpu":"","memory":"","replica":"","version":""}}`.
    pub service_workload: serde_json::Value,
    /// storage\_class\_name
    pub storage_class_name: String,
    /// tags
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
    /// worker\_type
    pub worker_type: String,
}
/// The `DataOpsServiceDetailResponseV1Dot1` model.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct DataOpsServiceDetailResponseV1Dot1 {
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
    /// created\_dt. Example: `2026-02-11T06:41:30.772Z`.
    pub created_dt: docsdk_runtime::DateTime,
    /// data\_ops\_id
    pub data_ops_id: String,
    /// data\_ops\_name
    pub data_ops_name: String,
    /// data\_ops\_service\_id
    pub data_ops_service_id: String,
    /// data\_ops\_service\_name
    pub data_ops_service_name: String,
    /// description
    pub description: Option<String>,
    /// domain
    pub domain: Option<String>,
    /// host\_alias. Example: `{"enabled":"true","host_alias_list":[{"hostname":"","ip":""}]}`.
    pub host_alias: Option<serde_json::Value>,
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
    /// modified\_dt. Example: `2026-02-11T06:41:30.828Z`.
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
    /// web\_url
    pub web_url: Option<String>,
}
/// The `DataOpsServiceImageResponse` model.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct DataOpsServiceImageResponse {
    /// DataOpsService count
    pub data_ops_service_count: Option<i64>,
    /// image versions
    pub versions: Option<DataOpsServiceSubVersionResponse>,
}
/// The `DataOpsServicesConsoleResponseV1Dot1` model.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct DataOpsServicesConsoleResponseV1Dot1 {
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
    /// created\_at. Example: `2026-02-11T06:41:30.741Z`.
    pub created_dt: docsdk_runtime::DateTime,
    /// data\_ops\_id
    pub data_ops_id: String,
    /// data\_ops\_name
    pub data_ops_name: String,
    /// data\_ops\_service\_id
    pub data_ops_service_id: String,
    /// data\_ops\_service\_name
    pub data_ops_service_name: String,
    /// description
    pub description: Option<String>,
    /// modified\_by
    pub modified_by: String,
    /// modified\_at. Example: `2026-02-11T06:41:30.747Z`.
    pub modified_dt: docsdk_runtime::DateTime,
    /// state
    pub state: String,
    /// version
    pub version: String,
}
/// The `DataOpsServiceSubVersionResponse` model.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct DataOpsServiceSubVersionResponse {
    /// scheduler
    pub scheduler: String,
    /// webserver
    pub webserver: String,
    /// worker
    pub worker: String,
}
/// The `DataOpsServiceUpdateRequest` model.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct DataOpsServiceUpdateRequest {
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
    /// Example: `{"scheduler":{"cpu":"","memory":"","replica":"","version":""},"web_server":{"cpu":"","memory":"","replica":"","version":""},"worker":{"cpu":"","memory":"","replica":"","version":""}}`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub service_workload: Option<serde_json::Value>,
    /// worker\_type
    #[serde(skip_serializing_if = "Option::is_none")]
    pub worker_type: Option<String>,
}
/// The `DataOpsServiceUpdateResponse` model.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct DataOpsServiceUpdateResponse {
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
    /// created\_dt. Example: `2026-02-11T06:41:30.347Z`.
    pub created_dt: docsdk_runtime::DateTime,
    /// data\_ops\_id
    pub data_ops_id: String,
    /// data\_ops\_name
    pub data_ops_name: String,
    /// data\_ops\_service\_id
    pub data_ops_service_id: String,
    /// data\_ops\_service\_name
    pub data_ops_service_name: String,
    /// description
    pub description: Option<String>,
    /// domain
    pub domain: Option<String>,
    /// host\_alias. Example: `{"enabled":"true","host_alias_list":[{"hostname":"","ip":""}]}`.
    pub host_alias: Option<serde_json::Value>,
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
    /// modified\_dt. Example: `2026-02-11T06:41:30.395Z`.
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
    /// web\_url
    pub web_url: Option<String>,
}
/// The `DataOpsServiceValidateResourceRequest` model.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct DataOpsServiceValidateResourceRequest {
    /// service\_workload
    ///
    /// Example: `{"scheduler":{"cpu":"","memory":"","replica":"","version":""},"web_server":{"cpu":"","memory":"","replica":"","version":""},"worker":{"cpu":"","memory":"","replica":"","version":""}}`.
    pub service_workload: serde_json::Value,
}
/// The `DataOpsUpdateRequest` model.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct DataOpsUpdateRequest {
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
/// The `DataOpsUpdateResponse` model.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct DataOpsUpdateResponse {
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
    /// created\_dt. Example: `2026-02-11T06:41:30.617Z`.
    pub created_dt: docsdk_runtime::DateTime,
    /// data\_ops\_id
    pub data_ops_id: String,
    /// data\_ops\_name
    pub data_ops_name: String,
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
    /// modified\_dt. Example: `2026-02-11T06:41:30.665Z`.
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
/// The `ImageAttr` model.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ImageAttr {
    /// image\_attr
    pub image_attr: QuickQueryImageAttr,
    /// image\_id
    pub image_id: String,
    /// image\_name
    pub image_name: String,
    /// version
    pub version: String,
}
/// The `ImageVersionsResponse` model.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ImageVersionsResponse {
    /// contents
    pub contents: Vec<ImageAttr>,
    /// total\_count
    pub total_count: i64,
}
/// The `ListDataOpsConsoleResponseV1Dot1` model.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListDataOpsConsoleResponseV1Dot1 {
    /// The `contents` field.
    pub contents: Option<Vec<DataOpsConsoleResponseV1Dot1>>,
    /// total\_count
    pub total_count: i64,
}
/// The `ListDataOpsServicesConsoleResponseV1Dot1` model.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListDataOpsServicesConsoleResponseV1Dot1 {
    /// The `contents` field.
    pub contents: Option<Vec<DataOpsServicesConsoleResponseV1Dot1>>,
    /// total\_count
    pub total_count: i64,
}
/// The `QuickQueryImageAttr` model.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct QuickQueryImageAttr {
    /// k8s\_version. Wire name: `k8s.version`.
    #[serde(rename = "k8s.version")]
    pub k8s_version: Option<String>,
    /// os\_type. Wire name: `os.type`.
    #[serde(rename = "os.type")]
    pub os_type: Option<String>,
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
/// The `DataOpsConsoleResponse` model.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct DataOpsConsoleResponse {
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
    /// created\_at. Example: `2026-02-11T06:41:29.993Z`.
    pub created_dt: docsdk_runtime::DateTime,
    /// data\_ops\_id
    pub data_ops_id: String,
    /// data\_ops\_name
    pub data_ops_name: String,
    /// image\_id
    pub image_id: String,
    /// instance\_id
    pub instance_id: Option<String>,
    /// is\_active\_image
    pub is_active_image: bool,
    /// modified\_by
    pub modified_by: String,
    /// modified\_at. Example: `2026-02-11T06:41:30.000Z`.
    pub modified_dt: docsdk_runtime::DateTime,
    /// namespace\_name
    pub namespace_name: String,
    /// state
    pub state: String,
    /// version
    pub version: String,
}
/// The `DataOpsDetailResponse` model.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct DataOpsDetailResponse {
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
    /// created\_dt. Example: `2026-02-11T06:41:30.482Z`.
    pub created_dt: docsdk_runtime::DateTime,
    /// data\_ops\_id
    pub data_ops_id: String,
    /// data\_ops\_name
    pub data_ops_name: String,
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
    /// modified\_dt. Example: `2026-02-11T06:41:30.537Z`.
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
/// The `DataOpsServiceDetailResponse` model.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct DataOpsServiceDetailResponse {
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
    /// created\_dt. Example: `2026-02-11T06:41:30.212Z`.
    pub created_dt: docsdk_runtime::DateTime,
    /// data\_ops\_id
    pub data_ops_id: String,
    /// data\_ops\_name
    pub data_ops_name: String,
    /// data\_ops\_service\_id
    pub data_ops_service_id: String,
    /// data\_ops\_service\_name
    pub data_ops_service_name: String,
    /// description
    pub description: Option<String>,
    /// domain
    pub domain: Option<String>,
    /// host\_alias. Example: `{"enabled":"true","host_alias_list":[{"hostname":"","ip":""}]}`.
    pub host_alias: Option<serde_json::Value>,
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
    /// modified\_dt. Example: `2026-02-11T06:41:30.267Z`.
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
    /// web\_url
    pub web_url: Option<String>,
}
/// The `DataOpsServicesConsoleResponse` model.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct DataOpsServicesConsoleResponse {
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
    /// created\_at. Example: `2026-02-11T06:41:30.089Z`.
    pub created_dt: docsdk_runtime::DateTime,
    /// data\_ops\_id
    pub data_ops_id: String,
    /// data\_ops\_name
    pub data_ops_name: String,
    /// data\_ops\_service\_id
    pub data_ops_service_id: String,
    /// data\_ops\_service\_name
    pub data_ops_service_name: String,
    /// description
    pub description: Option<String>,
    /// modified\_by
    pub modified_by: String,
    /// modified\_at. Example: `2026-02-11T06:41:30.095Z`.
    pub modified_dt: docsdk_runtime::DateTime,
    /// state
    pub state: String,
    /// version
    pub version: String,
}
/// The `ListDataOpsConsoleResponse` model.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListDataOpsConsoleResponse {
    /// The `contents` field.
    pub contents: Option<Vec<DataOpsConsoleResponse>>,
    /// total\_count
    pub total_count: i64,
}
/// The `ListDataOpsServicesConsoleResponse` model.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListDataOpsServicesConsoleResponse {
    /// The `contents` field.
    pub contents: Option<Vec<DataOpsServicesConsoleResponse>>,
    /// total\_count
    pub total_count: i64,
}
crate::support::open_enum!(
    #[doc = " The values of `State`."] State { Active = "ACTIVE", Creating = "CREATING",
    Running = "RUNNING", Error = "ERROR", Terminating = "TERMINATING", Deleted =
    "DELETED", Updating = "UPDATING" }
);
