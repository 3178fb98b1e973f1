//! Models of AI\&MLOps Platform (shared by every API version unless a version module has its own).
/// The `AiMLOpsPlatformCreateRequest` model.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AiMLOpsPlatformCreateRequest {
    /// Endpoint Type
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ai_ml_ops_platform_endpoint_type: Option<docsdk_runtime::Nullable<String>>,
    /// Product Type. Example: `Enterprise`.
    pub ai_ml_ops_platform_type: String,
    /// Cluster ID. Example: `10a599e031e749b7b260868f441e862b`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cluster_id: Option<docsdk_runtime::Nullable<String>>,
    /// Image ID. Example: `10a599e031e749b7b260868f441e862b`.
    pub image_id: String,
    /// Initial User Email. Example: `example@gmail.com`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub initial_user_email: Option<docsdk_runtime::Nullable<String>>,
    /// Initial User Password. Example: `147@53A69a`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub initial_user_password: Option<docsdk_runtime::Nullable<String>>,
    /// Node type (e.g., ‘vm’, ‘bm’)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub node_type: Option<docsdk_runtime::Nullable<String>>,
    /// Release Name. Example: `aiml-test`.
    pub release_name: String,
    /// Storage Class Name
    #[serde(skip_serializing_if = "Option::is_none")]
    pub storage_class_name: Option<docsdk_runtime::Nullable<String>>,
    /// Tags
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<serde_json::Value>>,
}
crate::support::setters!(
    @ model AiMLOpsPlatformCreateRequest new(ai_ml_ops_platform_type : String, image_id :
    String, release_name : String) { ai_ml_ops_platform_endpoint_type /
    ai_ml_ops_platform_endpoint_type_null : String, cluster_id / cluster_id_null :
    String, initial_user_email / initial_user_email_null : String, initial_user_password
    / initial_user_password_null : String, node_type / node_type_null : String,
    storage_class_name / storage_class_name_null : String, tags : Vec < serde_json::Value
    > }
);
/// The `AiMlOpsPlatformCreateWithK8sEngineRequest` model.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AiMlOpsPlatformCreateWithK8sEngineRequest {
    /// AiMLOps Platform Create Request
    pub ai_ml_ops_platform_create_request: AiMLOpsPlatformCreateRequest,
    /// Kubernetes Engine Create Request
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kubernetes_engine_create_request: Option<
        docsdk_runtime::Nullable<KubernetesEngineCreateRequest>,
    >,
    /// Nodepool Create Request
    #[serde(skip_serializing_if = "Option::is_none")]
    pub node_pool_create_request: Option<
        docsdk_runtime::Nullable<NodePoolCreateRequest>,
    >,
}
/// The `AiMlOpsPlatformDetailResponse` model.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AiMlOpsPlatformDetailResponse {
    /// Domain Service
    pub ai_ml_ops_platform_domain_service: Option<serde_json::Value>,
    /// Endpoint Ip Address
    pub ai_ml_ops_platform_endpoint_ip_address: Option<String>,
    /// Endpoint Port
    pub ai_ml_ops_platform_endpoint_port: Option<String>,
    /// Endpoint Type
    pub ai_ml_ops_platform_endpoint_type: Option<String>,
    /// Product Type. Example: `Enterprise`.
    pub ai_ml_ops_platform_type: Option<String>,
    /// Cluster ID. Example: `10a599e031e749b7b260868f441e862b`.
    pub cluster_id: String,
    /// Cluster Name. Example: `cluster-test`.
    pub cluster_name: Option<String>,
    /// Cluster State. Example: `RUNNING`.
    pub cluster_state: Option<String>,
    /// Created By. Example: `10a599e031e749b7b260868f441e862b`.
    pub created_by: String,
    /// Created Datetime. Example: `2024-05-17T00:23:17Z`.
    pub created_dt: docsdk_runtime::DateTime,
    /// Dashboard State
    pub dashboard_state: String,
    /// Image ID. Example: `10a599e031e749b7b260868f441e862b`.
    pub image_id: String,
    /// Image Name
    pub image_name: String,
    /// Initial User Email
    pub initial_user_email: String,
    /// Modified By. Example: `10a599e031e749b7b260868f441e862b`.
    pub modified_by: Option<String>,
    /// Modified Datetime. Example: `2024-05-17T00:23:17Z`.
    pub modified_dt: Option<docsdk_runtime::DateTime>,
    /// Project ID. Example: `10a599e031e749b7b260868f441e862b`.
    pub project_id: String,
    /// Project Name
    pub project_name: String,
    /// Release ID. Example: `10a599e031e749b7b260868f441e862b`.
    pub release_id: String,
    /// Release Name. Example: `aiml-test`.
    pub release_name: String,
    /// Service State. Example: `DEPLOYED`.
    pub release_state: String,
    /// Storage Class Name
    pub storage_class_name: Option<String>,
    /// Product Version. Example: `v1.7.1`.
    pub version: Option<String>,
}
/// The `AiMlOpsPlatformDomainServiceReuqest` model.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AiMlOpsPlatformDomainServiceReuqest {
    /// DNS ID. Example: `acdd205d-b1d3-44e7-ab7a-429ca090e941`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dns_id: Option<docsdk_runtime::Nullable<String>>,
    /// Domain Service Name. Example: `sample.aimlopsplatform.com`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub domain_service_name: Option<docsdk_runtime::Nullable<String>>,
    /// IP. Example: `192.168.3.197`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ip: Option<docsdk_runtime::Nullable<String>>,
    /// Operation Type. Example: `CREATE | UPDATE | DELETE`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub operation_type: Option<docsdk_runtime::Nullable<String>>,
    /// Record ID. Example: `8af744b9-4893-4f98-881d-4df984de7162`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub record_id: Option<docsdk_runtime::Nullable<String>>,
    /// Record Name. Example: `sample`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub record_name: Option<docsdk_runtime::Nullable<String>>,
}
/// The `AiMlOpsPlatformImagesListResponse` model.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AiMlOpsPlatformImagesListResponse {
    /// Contents
    pub contents: Vec<AiMlOpsPlatformImagesResponse>,
    /// Total Count. Example: `10`.
    pub total_count: i64,
}
/// The `AiMlOpsPlatformImagesResponse` model.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AiMlOpsPlatformImagesResponse {
    /// Base Image
    pub base_image: Option<String>,
    /// Category
    pub category: Option<String>,
    /// Created By. Example: `10a599e031e749b7b260868f441e862b`.
    pub created_by: Option<String>,
    /// Created Datetime. Example: `2024-05-17T00:23:17Z`.
    pub created_dt: Option<docsdk_runtime::DateTime>,
    /// Description
    pub description: Option<String>,
    /// Icon File
    pub icon_file: Option<String>,
    /// Icon File Name
    pub icon_file_name: Option<String>,
    /// Image Attribute
    pub image_attr: Option<serde_json::Value>,
    /// Image ID
    pub image_id: Option<String>,
    /// Image Name
    pub image_name: Option<String>,
    /// Modified By. Example: `10a599e031e749b7b260868f441e862b`.
    pub modified_by: Option<String>,
    /// Modified Datetime. Example: `2024-05-17T00:23:17Z`.
    pub modified_dt: Option<docsdk_runtime::DateTime>,
    /// OS Type
    pub os_type: Option<String>,
    /// Product Type. Example: `Enterprise`.
    pub product_type: Option<String>,
    /// Project ID. Example: `10a599e031e749b7b260868f441e862b`.
    pub project_id: Option<String>,
}
/// The `AiMlOpsPlatformsListResponse` model.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AiMlOpsPlatformsListResponse {
    /// Contents
    pub contents: Vec<KubeflowResponse>,
    /// Total Count. Example: `10`.
    pub total_count: i64,
}
/// The `AiMlOpsPlatformUpdateRequest` model.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AiMlOpsPlatformUpdateRequest {
    /// Domain Service
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ai_ml_ops_platform_domain_service: Option<
        docsdk_runtime::Nullable<AiMlOpsPlatformDomainServiceReuqest>,
    >,
    /// Endpoint Type. Example: `Public | Private`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ai_ml_ops_platform_endpoint_type: Option<docsdk_runtime::Nullable<String>>,
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
/// The `CheckResponse` model.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CheckResponse {
    /// Result
    pub result: bool,
}
/// The `KubeflowResponse` model.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct KubeflowResponse {
    /// Cluster ID. Example: `10a599e031e749b7b260868f441e862b`.
    pub cluster_id: String,
    /// Cluster Name. Example: `cluster-test`.
    pub cluster_name: Option<String>,
    /// Created By. Example: `10a599e031e749b7b260868f441e862b`.
    pub created_by: String,
    /// Created Datetime. Example: `2024-05-17T00:23:17Z`.
    pub created_dt: docsdk_runtime::DateTime,
    /// Product Type. Example: `Enterprise`.
    pub kubeflow_type: String,
    /// Modified By. Example: `10a599e031e749b7b260868f441e862b`.
    pub modified_by: Option<String>,
    /// Modified Datetime. Example: `2024-05-17T00:23:17Z`.
    pub modified_dt: Option<docsdk_runtime::DateTime>,
    /// Release ID. Example: `10a599e031e749b7b260868f441e862b`.
    pub release_id: String,
    /// Release Name. Example: `aiml-test`.
    pub release_name: String,
    /// Service State. Example: `DEPLOYED`.
    pub status: String,
    /// Product Version. Example: `v1.7.1`.
    pub version: String,
}
/// The `KubernetesEngineCreateRequest` model.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct KubernetesEngineCreateRequest {
    /// Cifs Volume ID
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cifs_volume_id: Option<docsdk_runtime::Nullable<String>>,
    /// Cloud Logging Enabled. Example: `false`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cloud_logging_enabled: Option<bool>,
    /// Kubernetes Version. Example: `v1.28.1`.
    pub k8s_version: String,
    /// Cluster Name. Example: `cluster-test`. Length 3 to 30. Pattern: `^[a-z][a-z0-9\-]*[a-z0-9]$`.
    pub kubernetes_engine_name: String,
    /// Load Balancer ID
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lb_id: Option<docsdk_runtime::Nullable<String>>,
    /// Private Acl Ip Resource
    #[serde(skip_serializing_if = "Option::is_none")]
    pub private_acl_ip_resource: Option<Vec<serde_json::Value>>,
    /// Public Acl Ip Address
    #[serde(skip_serializing_if = "Option::is_none")]
    pub public_acl_ip_address: Option<docsdk_runtime::Nullable<String>>,
    /// List Of Security Group ID. Example: `["10a599e031e749b7b260868f441e862b"]`.
    pub security_group_id_list: Vec<String>,
    /// Subnet ID. Example: `10a599e031e749b7b260868f441e862b`.
    pub subnet_id: String,
    /// Volume ID. Example: `10a599e031e749b7b260868f441e862b`.
    pub volume_id: String,
    /// VPC ID. Example: `10a599e031e749b7b260868f441e862b`.
    pub vpc_id: String,
}
/// The `NodePoolCreateRequest` model.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct NodePoolCreateRequest {
    /// Cluster ID. Example: `10a599e031e749b7b260868f441e862b`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cluster_id: Option<String>,
    /// Desired Node Count. Example: `2`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub desired_node_count: Option<docsdk_runtime::Nullable<i64>>,
    /// Image OS. Example: `ubuntu`.
    pub image_os: String,
    /// Image OS Version. Example: `22.04`.
    pub image_os_version: String,
    /// Is Auto Recovery. Example: `false`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub is_auto_recovery: Option<bool>,
    /// Is Auto Scale. Example: `false`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub is_auto_scale: Option<bool>,
    /// Keypair Name. Example: `keypair`.
    pub keypair_name: String,
    /// Kubernetes Version. Example: `v1.28.1`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kubernetes_version: Option<String>,
    /// Max Node Count. Example: `3`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_node_count: Option<docsdk_runtime::Nullable<i64>>,
    /// Min Node Count. Example: `2`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub min_node_count: Option<docsdk_runtime::Nullable<i64>>,
    /// Nodepool Name. Example: `nodepool-test`.
    pub name: String,
    /// Server Type ID. Example: `s1v16m64`.
    pub server_type_id: String,
    /// Volume Size. Example: `104`.
    pub volume_size: i64,
    /// Volume Type Name. Example: `SSD`.
    pub volume_type_name: String,
}
/// The `ListNodeResponse` model.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListNodeResponse {
    /// count. Example: `0`.
    pub count: Option<i64>,
    /// links
    pub links: Option<Vec<serde_json::Value>>,
    /// nodes
    pub nodes: Option<Vec<NodeResponse>>,
}
/// The `ListStorageClassResponse` model.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListStorageClassResponse {
    /// count. Example: `0`.
    pub count: Option<i64>,
    /// links
    pub links: Option<Vec<serde_json::Value>>,
    /// storage\_classes
    pub storage_classes: Option<Vec<StorageClassResponse>>,
}
/// The `NodeResponse` model.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct NodeResponse {
    /// age
    pub age: Option<String>,
    /// cluster\_id
    pub cluster_id: Option<String>,
    /// container\_version
    pub container_version: Option<String>,
    /// created\_at
    pub created_at: Option<String>,
    /// external\_ip\_address
    pub external_ip_address: Option<String>,
    /// gpu\_name
    pub gpu_name: Option<String>,
    /// ip
    pub ip: Option<String>,
    /// kernel\_version
    pub kernel_version: Option<String>,
    /// kubernetes\_version
    pub kubernetes_version: Option<String>,
    /// mngc\_node. Example: `false`.
    pub mngc_node: Option<bool>,
    /// mngc\_node\_type
    pub mngc_node_type: Option<String>,
    /// name
    pub name: Option<String>,
    /// node\_capacities
    pub node_capacities: Option<Vec<serde_json::Value>>,
    /// node\_status
    pub node_status: Option<String>,
    /// number\_of\_allocated\_pods
    pub number_of_allocated_pods: Option<String>,
    /// number\_of\_gpu. Example: `0`.
    pub number_of_gpu: Option<i64>,
    /// os\_image
    pub os_image: Option<String>,
    /// uid
    pub uid: Option<String>,
}
/// The `StorageClassResponse` model.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct StorageClassResponse {
    /// age
    pub age: Option<String>,
    /// allow\_volume\_expansion
    pub allow_volume_expansion: Option<String>,
    /// cluster\_id
    pub cluster_id: Option<String>,
    /// created\_at
    pub created_at: Option<String>,
    /// default\_class
    pub default_class: Option<String>,
    /// name
    pub name: Option<String>,
    /// provisioner
    pub provisioner: Option<String>,
    /// pv\_reclaim\_policy
    pub pv_reclaim_policy: Option<String>,
    /// uid
    pub uid: Option<String>,
    /// volume\_binding\_mode
    pub volume_binding_mode: Option<String>,
}
