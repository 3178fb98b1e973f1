//! Models of Cloud ML (shared by every API version unless a version module has its own).
/// The `AnalyticsEstimateResponse` model.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AnalyticsEstimateResponse {
    /// CPU Usage
    pub cpu: i64,
    /// GPU
    pub gpu: Option<String>,
    /// CPU Usage
    pub memory: i64,
}
/// The `ApplicationEstimateResponse` model.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ApplicationEstimateResponse {
    /// CPU Usage
    pub cpu: i64,
    /// CPU Usage
    pub memory: i64,
}
/// The `AsyncResponse` model.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AsyncResponse {
    /// Project ID. Example: `10a599e031e749b7b260868f441e862b`.
    pub project_id: String,
    /// Request ID. Example: `10a599e031e749b7b260868f441e862b`.
    pub request_id: String,
    /// Resource ID. Example: `10a599e031e749b7b260868f441e862b`.
    pub resource_id: String,
}
/// The `CloudMLCheckDuplicationResponse` model.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CloudMLCheckDuplicationResponse {
    /// Result. Example: `false`.
    pub result: Option<bool>,
}
/// The `CloudMLClusterCheckReleasableException` model.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CloudMLClusterCheckReleasableException {
    /// Default Message
    pub default_message: String,
    /// Detail Message
    pub detail_message: String,
    /// Error Code
    pub error_code: String,
}
/// The `CloudMLClusterCheckReleasableResponse` model.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CloudMLClusterCheckReleasableResponse {
    /// Exceptions
    pub exceptions: Option<Vec<CloudMLClusterCheckReleasableException>>,
    /// Result. Example: `true`. Default: `true`.
    pub result: Option<bool>,
}
/// The `CloudMLClusterEstimateResponse` model.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CloudMLClusterEstimateResponse {
    /// Analytics Estimate
    pub analytics: AnalyticsEstimateResponse,
    /// Application Estimate
    pub application: ApplicationEstimateResponse,
    /// Copilot Estimate
    pub copilot: Option<AnalyticsEstimateResponse>,
}
/// The `CloudMLClusterProductsResponse` model.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CloudMLClusterProductsResponse {
    /// Cloud ML
    pub cloud_ml: Option<CloudMLProductResponse>,
    /// Cloud ML Common
    pub cloud_ml_common: Option<CloudMLCommonResponse>,
}
/// The `CloudMLCommonResponse` model.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CloudMLCommonResponse {
    /// Cloud ML Common Id. Example: `10a599e031e749b7b260868f441e862b`.
    pub cloud_ml_common_id: String,
    /// Cloud ML Common State. Example: `DEPLOYED`.
    pub cloud_ml_common_state: String,
    /// Cluster ID. Example: `10a599e031e749b7b260868f441e862b`.
    pub cluster_id: String,
    /// Created By. Example: `10a599e031e749b7b260868f441e862b`.
    pub created_by: String,
    /// Created Datetime. Example: `2024-05-17T00:23:17Z`.
    pub created_dt: docsdk_runtime::DateTime,
    /// Custom Registry Access Key. Example: `aiml-test`.
    pub custom_registry_access_key: String,
    /// Custom Registry Host. Example: `aiml-test`.
    pub custom_registry_host: String,
    /// Custom Registry Access Project ID. Example: `aiml-test`.
    pub custom_registry_project_id: Option<String>,
    /// Custom Registry Access Region. Example: `aiml-test`.
    pub custom_registry_region: Option<String>,
    /// Domain Name. Example: `aiml-test`.
    pub domain_name: String,
    /// Endpoint Type. Example: `private`.
    pub endpoint_type: String,
    /// Image ID. Example: `10a599e031e749b7b260868f441e862b`.
    pub image_id: String,
    /// image.registry.url
    pub image_registry_url: String,
    /// Modified By. Example: `10a599e031e749b7b260868f441e862b`.
    pub modified_by: String,
    /// Modified Datetime. Example: `2024-05-17T00:23:17Z`.
    pub modified_dt: docsdk_runtime::DateTime,
    /// Namepsace Name. Example: `aiml-test`.
    pub namespace_name: String,
    /// Product Group ID. Example: `10a599e031e749b7b260868f441e862b`.
    pub product_group_id: Option<String>,
    /// Project ID. Example: `10a599e031e749b7b260868f441e862b`.
    pub project_id: String,
    /// Request ID. Example: `10a599e031e749b7b260868f441e862b`.
    pub request_id: String,
    /// Resource Limit Text. Example: `aiml-test`.
    pub resource_limit_text: String,
    /// Resource Request Text. Example: `aiml-test`.
    pub resource_request_text: String,
    /// Storage Class Name. Example: `aiml-test`.
    pub storage_class_name: String,
}
/// The `CloudMLDetailResponse` model.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CloudMLDetailResponse {
    /// Cloud ML Id. Example: `10a599e031e749b7b260868f441e862b`.
    pub cloud_ml_id: String,
    /// Cloud ML Name. Example: `aiml-test`.
    pub cloud_ml_name: String,
    /// Cloud ML State. Example: `DEPLOYED`.
    pub cloud_ml_state: String,
    /// Cluster ID. Example: `10a599e031e749b7b260868f441e862b`.
    pub cluster_id: String,
    /// Cluster Name. Example: `cluster-test`.
    pub cluster_name: Option<String>,
    /// Cluster Permission
    pub cluster_permission: Option<serde_json::Value>,
    /// Cluster Request Fail. Example: `false`.
    pub cluster_request_failed: Option<bool>,
    /// Copilot Enable. Example: `false`.
    pub copilot_enabled: bool,
    /// Created By. Example: `10a599e031e749b7b260868f441e862b`.
    pub created_by: String,
    /// Created Datetime. Example: `2024-05-17T00:23:17Z`.
    pub created_dt: docsdk_runtime::DateTime,
    /// Custom Registry Access Key. Example: `aiml-test`.
    pub custom_registry_access_key: String,
    /// Custom Registry Host. Example: `aiml-test`.
    pub custom_registry_host: String,
    /// Description. Example: `aiml-test`.
    pub description: Option<String>,
    /// Display Version. Example: `22.04`.
    pub display_version: String,
    /// Domain Name. Example: `aiml-test`.
    pub domain_name: String,
    /// Endpoint Ip Address. Example: `aiml-test`.
    pub endpoint_ip_address: Option<String>,
    /// Endpoint Type. Example: `private`.
    pub endpoint_type: String,
    /// Image ID. Example: `10a599e031e749b7b260868f441e862b`.
    pub image_id: String,
    /// Image Name. Example: `aiml-test`.
    pub image_name: String,
    /// Modified By. Example: `10a599e031e749b7b260868f441e862b`.
    pub modified_by: String,
    /// Modified Datetime. Example: `2024-05-17T00:23:17Z`.
    pub modified_dt: docsdk_runtime::DateTime,
    /// Namepsace Name. Example: `aiml-test`.
    pub namespace_name: String,
    /// Product Group ID. Example: `10a599e031e749b7b260868f441e862b`.
    pub product_group_id: Option<String>,
    /// Project ID. Example: `10a599e031e749b7b260868f441e862b`.
    pub project_id: String,
    /// Request ID. Example: `10a599e031e749b7b260868f441e862b`.
    pub request_id: String,
    /// Resource Limit Text. Example: `aiml-test`.
    pub resource_limit_text: String,
    /// Resource Request Text. Example: `aiml-test`.
    pub resource_request_text: String,
    /// Storage Class Name. Example: `aiml-test`.
    pub storage_class_name: String,
}
/// The `CloudMLExceptionDetailResponse` model.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CloudMLExceptionDetailResponse {
    /// code
    pub code: String,
    /// detail
    pub detail: String,
    /// Global Request Id
    pub global_request_id: String,
    /// Links
    pub links: Vec<String>,
    /// Related Resources
    pub related_resources: Vec<String>,
    /// Request Id
    pub request_id: String,
    /// Status
    pub status: i64,
    /// Title
    pub title: String,
}
/// The `CloudMLExceptionResponse` model.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CloudMLExceptionResponse {
    /// The `errors` field.
    pub errors: Option<Vec<CloudMLExceptionDetailResponse>>,
}
/// The `CloudMLProductResponse` model.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CloudMLProductResponse {
    /// Cloud ML Id. Example: `10a599e031e749b7b260868f441e862b`.
    pub cloud_ml_id: String,
    /// Cloud ML State. Example: `DEPLOYED`.
    pub cloud_ml_state: String,
    /// Cluster ID. Example: `10a599e031e749b7b260868f441e862b`.
    pub cluster_id: String,
    /// Copilot Enable. Example: `false`.
    pub copilot_enabled: bool,
    /// Created By. Example: `10a599e031e749b7b260868f441e862b`.
    pub created_by: String,
    /// Created Datetime. Example: `2024-05-17T00:23:17Z`.
    pub created_dt: docsdk_runtime::DateTime,
    /// Custom Registry Access Key. Example: `aiml-test`.
    pub custom_registry_access_key: String,
    /// Custom Registry Host. Example: `aiml-test`.
    pub custom_registry_host: String,
    /// Description. Example: `aiml-test`.
    pub description: Option<String>,
    /// Display Version. Example: `22.04`.
    pub display_version: String,
    /// Domain Name. Example: `aiml-test`.
    pub domain_name: String,
    /// Endpoint Type. Example: `private`.
    pub endpoint_type: String,
    /// Image ID. Example: `10a599e031e749b7b260868f441e862b`.
    pub image_id: String,
    /// Image Name. Example: `aiml-test`.
    pub image_name: String,
    /// Modified By. Example: `10a599e031e749b7b260868f441e862b`.
    pub modified_by: String,
    /// Modified Datetime. Example: `2024-05-17T00:23:17Z`.
    pub modified_dt: docsdk_runtime::DateTime,
    /// Namepsace Name. Example: `aiml-test`.
    pub namespace_name: String,
    /// Product Group ID. Example: `10a599e031e749b7b260868f441e862b`.
    pub product_group_id: Option<String>,
    /// Project ID. Example: `10a599e031e749b7b260868f441e862b`.
    pub project_id: String,
    /// Request ID. Example: `10a599e031e749b7b260868f441e862b`.
    pub request_id: String,
    /// Resource Limit Text. Example: `aiml-test`.
    pub resource_limit_text: String,
    /// Resource Request Text. Example: `aiml-test`.
    pub resource_request_text: String,
    /// Storage Class Name. Example: `aiml-test`.
    pub storage_class_name: String,
}
/// The `CloudMLRequest` model.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CloudMLRequest {
    /// Analytics Resource. Example: `{"cpu":0,"gpu":"","memory":0}`.
    pub analytics_resource: serde_json::Value,
    /// Application Resource. Example: `{"cpu":0,"memory":0}`.
    pub application_resource: serde_json::Value,
    /// Cloud ML Name. Example: `aiml-test`.
    pub cloud_ml_name: String,
    /// Cluster ID. Example: `10a599e031e749b7b260868f441e862b`.
    pub cluster_id: String,
    /// Copilot. Example: `{"cpu":0,"gpu":"","memory":0}`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub copilot: Option<serde_json::Value>,
    /// Custom Registry Access Key. Example: `10a599e031e749b7b260868f441e862b`.
    pub custom_registry_access_key: String,
    /// Custom Registry Access Project ID. Example: `10a599e031e749b7b260868f441e862b`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub custom_registry_access_project_id: Option<docsdk_runtime::Nullable<String>>,
    /// Custom Registry Access Region. Example: `10a599e031e749b7b260868f441e862b`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub custom_registry_access_region: Option<docsdk_runtime::Nullable<String>>,
    /// Custom Registry Access Secret Key. Example: `10a599e031e749b7b260868f441e862b`.
    pub custom_registry_access_secret_key: String,
    /// Custom Registry Host. Example: `10a599e031e749b7b260868f441e862b`.
    pub custom_registry_host: String,
    /// Description. Example: `147@53A69a`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Domain Name. Example: `147@53A69a`.
    pub domain_name: String,
    /// Endpoint Type. Example: `147@53A69a`.
    pub endpoint_type: String,
    /// Image ID. Example: `10a599e031e749b7b260868f441e862b`.
    pub image_id: String,
    /// Product Group ID. Example: `10a599e031e749b7b260868f441e862b`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub product_group_id: Option<String>,
    /// Tags
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<serde_json::Value>>,
    /// Use Copilot. Example: `true`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub use_copilot: Option<bool>,
}
/// The `CloudMLUpdateRequest` model.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CloudMLUpdateRequest {
    /// Description. Example: `147@53A69a`.
    pub description: String,
}
/// The `ImageAttr` model.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ImageAttr {
    /// Copilot Enabled
    pub copilot_enabled: String,
    /// Display Version
    pub display_version: String,
    /// Image ID
    pub image_id: String,
    /// Image Name
    pub image_name: String,
    /// K8s Version
    pub k8s_version: Option<String>,
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
