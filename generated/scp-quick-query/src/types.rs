//! Models of Quick Query (shared by every API version unless a version module has its own).
/// The `AsyncResponse` model.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AsyncResponse {
    /// Project ID. Example: `10a599e031e749b7b260868f441e862b`.
    pub project_id: Option<String>,
    /// Request ID. Example: `10a599e031e749b7b260868f441e862b`.
    pub request_id: String,
    /// Resource ID. Example: `10a599e031e749b7b260868f441e862b`.
    pub resource_id: String,
}
/// The `CheckResponse` model.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CheckResponse {
    /// check result
    pub result: bool,
}
/// The `HostAliasList` model.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct HostAliasList {
    /// hostnames
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hostnames: Option<Vec<String>>,
    /// ip
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ip: Option<String>,
}
crate::support::setters!(
    @ model HostAliasList { hostnames : Vec < String >, ip : String }
);
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
/// The `InternalNodeSummary` model.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct InternalNodeSummary {
    /// age
    pub age: String,
    /// cluster id
    pub cluster_id: String,
    /// Container Version
    pub container_version: Option<String>,
    /// created at. Example: `2026-02-11T06:43:40.292Z`.
    pub created_at: docsdk_runtime::DateTime,
    /// External IP Address
    pub external_ip_address: Option<String>,
    /// GPU Name
    pub gpu_name: Option<String>,
    /// IP
    pub ip: Option<String>,
    /// Kernel Version
    pub kernel_version: Option<String>,
    /// Kubernetes Version
    pub kubernetes_version: Option<String>,
    /// name
    pub name: String,
    /// Node Capacities
    pub node_capacities: Vec<NodeCapacity>,
    /// node status
    pub node_status: String,
    /// Number of allocated pods
    pub number_of_allocated_pods: String,
    /// Number of GPU
    pub number_of_gpu: Option<i64>,
    /// OS Image
    pub os_image: Option<String>,
    /// uid
    pub uid: String,
}
/// The `KubernetesEngineCreateRequest` model.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct KubernetesEngineCreateRequest {
    /// cifs\_volume\_id
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cifs_volume_id: Option<docsdk_runtime::Nullable<String>>,
    /// cloud\_logging\_enabled
    pub cloud_logging_enabled: bool,
    /// k8s\_version
    pub k8s_version: String,
    /// kubernetes\_engine\_name. Length 3 to 30. Pattern: `^[a-z][a-z0-9\-]*[a-z0-9]$`.
    pub kubernetes_engine_name: String,
    /// lb\_id
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lb_id: Option<docsdk_runtime::Nullable<String>>,
    /// public\_acl\_ip\_address
    #[serde(skip_serializing_if = "Option::is_none")]
    pub public_acl_ip_address: Option<docsdk_runtime::Nullable<String>>,
    /// security\_group\_id\_list
    pub security_group_id_list: Vec<String>,
    /// subnet\_id
    pub subnet_id: String,
    /// tags
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
    /// volume\_id
    pub volume_id: String,
    /// vpc\_id
    pub vpc_id: String,
}
crate::support::setters!(
    @ model KubernetesEngineCreateRequest new(cloud_logging_enabled : bool, k8s_version :
    String, kubernetes_engine_name : String, security_group_id_list : Vec < String >,
    subnet_id : String, volume_id : String, vpc_id : String) { cifs_volume_id /
    cifs_volume_id_null : String, lb_id / lb_id_null : String, public_acl_ip_address /
    public_acl_ip_address_null : String, tags : Vec < Tag > }
);
/// The `NodeCapacity` model.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct NodeCapacity {
    /// CPU
    pub cpu: String,
    /// Ephemeral Storage
    pub ephemeral_storage: String,
    /// GPU
    pub gpu: Option<String>,
    /// Hugepages 1Gi. Wire name: `hugepages_1Gi`.
    #[serde(rename = "hugepages_1Gi")]
    pub hugepages_1_gi: String,
    /// Hugepages 2Mi. Wire name: `hugepages_2Mi`.
    #[serde(rename = "hugepages_2Mi")]
    pub hugepages_2_mi: String,
    /// Memory
    pub memory: String,
    /// Node Capacity Type
    pub node_capacity_type: String,
    /// Pod Count
    pub pod_count: String,
}
/// The `NodePoolCreateRequest` model.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct NodePoolCreateRequest {
    /// is\_auto\_recovery. Example: `false`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub auto_recovery: Option<bool>,
    /// is\_auto\_scale. Example: `false`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub auto_scale: Option<bool>,
    /// desired\_node\_count
    #[serde(skip_serializing_if = "Option::is_none")]
    pub desired_node_count: Option<docsdk_runtime::Nullable<i64>>,
    /// image\_os
    pub image_os: String,
    /// image\_os\_version
    pub image_os_version: String,
    /// k8s\_version
    pub k8s_version: String,
    /// keypair\_name
    pub keypair_name: String,
    /// max\_node\_count
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_node_count: Option<docsdk_runtime::Nullable<i64>>,
    /// min\_node\_count
    #[serde(skip_serializing_if = "Option::is_none")]
    pub min_node_count: Option<docsdk_runtime::Nullable<i64>>,
    /// name. Length 3 to 20. Pattern: `^[a-z][a-z0-9\-]*[a-z0-9]$`.
    pub name: String,
    /// scale\_name
    pub scale_name: String,
    /// volume\_size. Range 104 to 1000.
    pub volume_size: i64,
    /// volume\_type\_name
    pub volume_type_name: String,
}
crate::support::setters!(
    @ model #[allow(clippy::too_many_arguments, reason =
    "one argument per required field of the API model")] NodePoolCreateRequest
    new(image_os : String, image_os_version : String, k8s_version : String, keypair_name
    : String, name : String, scale_name : String, volume_size : i64, volume_type_name :
    String) { auto_recovery : bool, auto_scale : bool, desired_node_count /
    desired_node_count_null : i64, max_node_count / max_node_count_null : i64,
    min_node_count / min_node_count_null : i64 }
);
/// The `NodePoolResourceValidationRequest` model.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct NodePoolResourceValidationRequest {
    /// auto\_scale
    pub auto_scale: bool,
    /// desired\_node\_count
    pub desired_node_count: i64,
    /// max\_node\_count
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_node_count: Option<docsdk_runtime::Nullable<i64>>,
    /// min\_node\_count
    #[serde(skip_serializing_if = "Option::is_none")]
    pub min_node_count: Option<docsdk_runtime::Nullable<i64>>,
    /// scale\_name
    pub scale_name: String,
}
crate::support::setters!(
    @ model NodePoolResourceValidationRequest new(auto_scale : bool, desired_node_count :
    i64, scale_name : String) { max_node_count / max_node_count_null : i64,
    min_node_count / min_node_count_null : i64 }
);
/// The `NodePoolSpecResponse` model.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct NodePoolSpecResponse {
    /// cpu
    pub cpu: Option<String>,
    /// is\_node\_pool\_auto\_scalable
    pub is_node_pool_auto_scalable: bool,
    /// memory
    pub memory: Option<String>,
    /// replica
    pub replica: Option<String>,
}
/// The `QueryEngineSpec` model.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct QueryEngineSpec {
    /// auto\_scale
    #[serde(skip_serializing_if = "Option::is_none")]
    pub auto_scale: Option<docsdk_runtime::Nullable<bool>>,
    /// cluster\_size
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cluster_size: Option<docsdk_runtime::Nullable<String>>,
    /// cpu. Pattern: `^(0|4|6|8|10|12|14|16|18|20|22|24)$`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cpu: Option<docsdk_runtime::Nullable<String>>,
    /// memory. Pattern: `^(0|8|16|32|64|128|192|256)$`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub memory: Option<docsdk_runtime::Nullable<String>>,
    /// replica. Pattern: `^(0|1|2|3|4|5|6|7|8|9)$`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub replica: Option<docsdk_runtime::Nullable<String>>,
}
crate::support::setters!(
    @ model QueryEngineSpec { auto_scale / auto_scale_null : bool, cluster_size /
    cluster_size_null : String, cpu / cpu_null : String, memory / memory_null : String,
    replica / replica_null : String }
);
/// The `QuickQueryCreateRequest` model.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct QuickQueryCreateRequest {
    /// description
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<docsdk_runtime::Nullable<String>>,
    /// domain. Length 3 to 50.
    pub domain: String,
    /// dsc\_console\_ip
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dsc_console_ip: Option<docsdk_runtime::Nullable<String>>,
    /// dsc\_domain. Length 3 to 50.
    pub dsc_domain: String,
    /// host\_alias\_list
    #[serde(skip_serializing_if = "Option::is_none")]
    pub host_alias_list: Option<Vec<HostAliasList>>,
    /// image\_id
    pub image_id: String,
    /// instance\_id
    #[serde(skip_serializing_if = "Option::is_none")]
    pub instance_id: Option<docsdk_runtime::Nullable<String>>,
    /// is\_engine\_type\_private
    pub is_engine_type_private: bool,
    /// max\_query. Pattern: `^(32|64|96|128)$`.
    pub max_query: String,
    /// product\_group\_id
    #[serde(skip_serializing_if = "Option::is_none")]
    pub product_group_id: Option<docsdk_runtime::Nullable<String>>,
    /// query\_engine\_spec
    pub query_engine_spec: QueryEngineSpec,
    /// quick\_query\_name. Length 3 to 30. Pattern: `^[a-z][a-z0-9\-]*[a-z0-9]$`.
    pub quick_query_name: String,
    /// version
    pub version: String,
}
crate::support::setters!(
    @ model #[allow(clippy::too_many_arguments, reason =
    "one argument per required field of the API model")] QuickQueryCreateRequest
    new(domain : String, dsc_domain : String, image_id : String, is_engine_type_private :
    bool, max_query : String, query_engine_spec : QueryEngineSpec, quick_query_name :
    String, version : String) { description / description_null : String, dsc_console_ip /
    dsc_console_ip_null : String, host_alias_list : Vec < HostAliasList >, instance_id /
    instance_id_null : String, product_group_id / product_group_id_null : String }
);
/// The `QuickQueryDescriptionRequest` model.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct QuickQueryDescriptionRequest {
    /// description
    pub description: String,
}
/// The `QuickQueryDescriptionResponse` model.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct QuickQueryDescriptionResponse {
    /// description
    pub description: String,
    /// quick\_query\_id
    pub quick_query_id: String,
}
/// The `QuickQueryDetailResponse` model.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct QuickQueryDetailResponse {
    /// cluster\_id
    pub cluster_id: String,
    /// cluster\_name
    pub cluster_name: Option<String>,
    /// cluster\_permission
    pub cluster_permission: Option<serde_json::Value>,
    /// cluster\_request\_failed. Example: `false`.
    pub cluster_request_failed: Option<bool>,
    /// created\_dt. Example: `2026-02-11T06:43:40.135Z`.
    pub created_dt: docsdk_runtime::DateTime,
    /// description
    pub description: Option<String>,
    /// domain
    pub domain: Option<String>,
    /// dsc\_console\_domain
    pub dsc_console_domain: Option<String>,
    /// dsc\_domain
    pub dsc_domain: Option<String>,
    /// dsc\_oidc\_domain
    pub dsc_oidc_domain: Option<String>,
    /// domain
    pub host_alias_list: Option<Vec<serde_json::Value>>,
    /// hosts\_file
    pub hosts_file: Option<String>,
    /// is\_active\_image
    pub is_active_image: Option<bool>,
    /// is\_engine\_type\_private
    pub is_engine_type_private: Option<bool>,
    /// max\_query
    pub max_query: Option<String>,
    /// modified\_dt. Example: `2026-02-11T06:43:40.159Z`.
    pub modified_dt: docsdk_runtime::DateTime,
    /// namespace\_name
    pub namespace_name: Option<String>,
    /// node\_information
    pub node_information: Option<Vec<InternalNodeSummary>>,
    /// provisioning\_state
    pub provisioning_state: String,
    /// query\_engine\_spec
    pub query_engine_spec: Option<serde_json::Value>,
    /// quick\_query\_id
    pub quick_query_id: String,
    /// quick\_query\_name
    pub quick_query_name: String,
    /// quick\_query\_state
    pub quick_query_state: String,
    /// quick\_query\_version
    pub quick_query_version: String,
}
/// The `QuickQueryDomainRequest` model.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct QuickQueryDomainRequest {
    /// domain
    pub domain: String,
}
/// The `QuickQueryDscDomainRequest` model.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct QuickQueryDscDomainRequest {
    /// dsc\_domain
    pub dsc_domain: String,
}
/// The `QuickQueryEngineRequest` model.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct QuickQueryEngineRequest {
    /// auto\_scale
    #[serde(skip_serializing_if = "Option::is_none")]
    pub auto_scale: Option<bool>,
    /// cluster\_size
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cluster_size: Option<docsdk_runtime::Nullable<String>>,
    /// cpu
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cpu: Option<docsdk_runtime::Nullable<String>>,
    /// is\_engine\_type\_private
    #[serde(skip_serializing_if = "Option::is_none")]
    pub is_engine_type_private: Option<bool>,
    /// memory
    #[serde(skip_serializing_if = "Option::is_none")]
    pub memory: Option<docsdk_runtime::Nullable<String>>,
    /// replica
    #[serde(skip_serializing_if = "Option::is_none")]
    pub replica: Option<docsdk_runtime::Nullable<String>>,
}
crate::support::setters!(
    @ model QuickQueryEngineRequest { auto_scale : bool, cluster_size / cluster_size_null
    : String, cpu / cpu_null : String, is_engine_type_private : bool, memory /
    memory_null : String, replica / replica_null : String }
);
/// The `QuickQueryHostAliasRequest` model.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct QuickQueryHostAliasRequest {
    /// host\_alias\_list
    #[serde(skip_serializing_if = "Option::is_none")]
    pub host_alias_list: Option<Vec<HostAliasList>>,
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
/// The `QuickQueryListResponse` model.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct QuickQueryListResponse {
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
    /// created\_at. Example: `2026-02-11T06:43:39.763Z`.
    pub created_dt: docsdk_runtime::DateTime,
    /// modified\_by
    pub modified_by: Option<String>,
    /// modified\_at
    pub modified_dt: Option<docsdk_runtime::DateTime>,
    /// quick\_query\_id
    pub quick_query_id: String,
    /// quick\_query\_name
    pub quick_query_name: String,
    /// quick\_query\_state
    pub quick_query_state: String,
    /// quick\_query\_version
    pub quick_query_version: String,
}
/// The `QuickQueryListSearchResponse` model.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct QuickQueryListSearchResponse {
    /// contents
    pub contents: Vec<QuickQueryListResponse>,
    /// page
    pub page: i64,
    /// size
    pub size: i64,
    /// sort
    pub sort: Vec<String>,
    /// total\_count
    pub total_count: i64,
}
/// The `QuickQueryTotalCreateRequest` model.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct QuickQueryTotalCreateRequest {
    /// kubernetes\_engine\_create\_request
    pub kubernetes_engine_create_request: KubernetesEngineCreateRequest,
    /// node\_pool\_create\_requests
    pub node_pool_create_requests: Vec<NodePoolCreateRequest>,
    /// quick\_query\_create\_request
    pub quick_query_create_request: QuickQueryCreateRequest,
    /// tags
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
}
/// The `QuickQueryUpdateEngineRequest` model.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct QuickQueryUpdateEngineRequest {
    /// cluster\_size
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cluster_size: Option<docsdk_runtime::Nullable<String>>,
    /// cpu
    pub cpu: String,
    /// memory
    pub memory: String,
    /// replica
    pub replica: String,
}
/// The `QuickQueryValidateResourceRequest` model.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct QuickQueryValidateResourceRequest {
    /// cluster\_id
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cluster_id: Option<String>,
    /// node\_pool\_validation\_request
    pub node_pool_validation_request: Vec<NodePoolResourceValidationRequest>,
    /// quick\_query\_engine\_request
    pub quick_query_engine_request: QuickQueryEngineRequest,
}
/// The `QuickQueryValidateResourceResponse` model.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct QuickQueryValidateResourceResponse {
    /// min\_spec\_node\_pool
    pub min_spec_node_pool: Option<Vec<NodePoolSpecResponse>>,
    /// result
    pub result: bool,
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
crate::support::open_enum!(
    #[doc = " The values of `QuickQueryState`."] QuickQueryState { Active = "ACTIVE",
    Creating = "CREATING", Running = "RUNNING", Error = "ERROR", Terminating =
    "TERMINATING", Deleted = "DELETED", Updating = "UPDATING" }
);
