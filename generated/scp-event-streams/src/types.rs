//! Models of Event Streams (shared by every API version unless a version module has its own).
/// The `AsyncResponse` model.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AsyncResponse {
    /// Request ID. Example: `req-4f668846-8a3d-49f1-8111-451ebccf445c`.
    pub request_id: String,
    /// Resource
    pub resource: ResourceInfo,
}
crate::support::open_enum!(
    #[doc = " Role type"] BlockStorageGroupRequestRoleType { Os = "OS", Data = "DATA",
    Archive = "ARCHIVE", Temp = "TEMP", Backup = "BACKUP" }
);
crate::support::open_enum!(
    #[doc = " Volume type"] BlockStorageGroupRequestVolumeType { Ssd = "SSD", SsdKms =
    "SSD_KMS", Hdd = "HDD", HddKms = "HDD_KMS" }
);
/// The `BlockStorageGroupRequest` model.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct BlockStorageGroupRequest {
    /// Role type. Example: `OS`.
    pub role_type: BlockStorageGroupRequestRoleType,
    /// Size in GB. Example: `104`. Range 16 to 5120.
    pub size_gb: i64,
    /// Volume type. Example: `SSD`. Default: `SSD`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub volume_type: Option<BlockStorageGroupRequestVolumeType>,
}
crate::support::setters!(
    @ model BlockStorageGroupRequest new(role_type : BlockStorageGroupRequestRoleType,
    size_gb : i64) { volume_type : BlockStorageGroupRequestVolumeType }
);
/// The `BlockStorageGroupResponse` model.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct BlockStorageGroupResponse {
    /// ID
    pub id: String,
    /// Name
    pub name: String,
    /// Role type. Example: `OS`.
    pub role_type: BlockStorageGroupRequestRoleType,
    /// Size in GB
    pub size_gb: i64,
    /// Volume type. Example: `SSD`.
    pub volume_type: BlockStorageGroupRequestVolumeType,
}
/// The `ClusterPageResponse` model.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ClusterPageResponse {
    /// Clusters list
    pub contents: Option<Vec<ClusterResponse>>,
    /// count. Example: `20`.
    pub count: i64,
    /// page. Example: `0`.
    pub page: i64,
    /// size. Example: `20`.
    pub size: i64,
    /// sort. Example: `["created_at:asc"]`.
    pub sort: Option<Vec<String>>,
}
crate::support::open_enum!(
    #[doc = " Role type"] ClusterResponseRoleType { Origin = "ORIGIN", Replica =
    "REPLICA", Recovery = "RECOVERY", Secondary = "SECONDARY", Migration = "MIGRATION" }
);
crate::support::open_enum!(
    #[doc = " Service state"] ClusterResponseServiceState { Running = "RUNNING", Stopped
    = "STOPPED", Unknown2 = "UNKNOWN", Error = "ERROR", Failed = "FAILED", Terminated =
    "TERMINATED", Creating = "CREATING", Stopping = "STOPPING", Starting = "STARTING",
    Restarting = "RESTARTING", Editing = "EDITING", Synchronizing = "SYNCHRONIZING",
    Upgrading = "UPGRADING", Terminating = "TERMINATING", Migrating = "MIGRATING" }
);
/// The `ClusterResponse` model.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ClusterResponse {
    /// Account ID
    pub account_id: String,
    /// 생성 시간. Example: `2024-05-17T00:23:17Z`.
    pub created_at: docsdk_runtime::DateTime,
    /// 생성자. Example: `90dddfc2b1e04edba54ba2b41539a9ac`.
    pub created_by: String,
    /// HA availability. Example: `false`.
    pub ha_enabled: Option<bool>,
    /// ID. Example: `0fdd87aab8cb46f59b7c1f81ed03fb3e`.
    pub id: String,
    /// Instance Count. Example: `0`.
    pub instance_count: Option<i64>,
    /// 수정 시간. Example: `2024-05-17T00:23:17Z`.
    pub modified_at: docsdk_runtime::DateTime,
    /// 수정자. Example: `90dddfc2b1e04edba54ba2b41539a9ac`.
    pub modified_by: String,
    /// Cluster name
    pub name: String,
    /// Role type. Example: `ORIGIN`.
    pub role_type: Option<ClusterResponseRoleType>,
    /// Service state. Example: `RUNNING`.
    pub service_state: ClusterResponseServiceState,
}
/// The `Engine` model.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Engine {
    /// End of Service. Example: `false`.
    pub end_of_service: Option<bool>,
    /// ID
    pub id: String,
    /// Software major version
    pub major_version: String,
    /// DBaaS engine version name
    pub name: String,
    /// OS type
    pub os_type: String,
    /// OS version
    pub os_version: String,
    /// Product type
    pub product_image_type: Option<String>,
    /// Software version
    pub software_version: String,
}
/// The `EngineListResponse` model.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EngineListResponse {
    /// DBaaS engine list
    pub contents: Vec<Engine>,
}
/// The `EngineProperty` model.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EngineProperty {
    /// DBaas engine property name
    pub name: String,
    /// DBaas engine property value
    pub value: String,
}
/// The `EnginePropertyListResponse` model.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EnginePropertyListResponse {
    /// DBaas engine property list
    pub contents: Vec<EngineProperty>,
}
/// The `EventStreamsClusterAddInstancesRequest` model.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EventStreamsClusterAddInstancesRequest {
    /// Instance Count
    pub instance_count: i64,
    /// Public IP ID List
    #[serde(skip_serializing_if = "Option::is_none")]
    pub public_ip_ids: Option<docsdk_runtime::Nullable<Vec<String>>>,
    /// User subnet IP address
    pub service_ip_addresses: Vec<String>,
}
/// The `EventStreamsClusterCreateRequest` model.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EventStreamsClusterCreateRequest {
    /// AKHQ availability. Example: `false`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub akhq_enabled: Option<bool>,
    /// Allowed IP addresses list
    #[serde(skip_serializing_if = "Option::is_none")]
    pub allowable_ip_addresses: Option<Vec<String>>,
    /// DBaaS engine version ID
    pub dbaas_engine_version_id: String,
    /// DB initial configuration option
    pub init_config_option: EventStreamsInitConfigOptionRequest,
    /// Instance groups list
    pub instance_groups: Vec<InstanceGroupRequest>,
    /// Instance name prefix. Length 3 to 13. Pattern: `^[a-z][a-zA-Z0-9\-]*$`.
    pub instance_name_prefix: String,
    /// HA availability. Example: `false`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub is_combined: Option<bool>,
    /// Maintenance option
    #[serde(skip_serializing_if = "Option::is_none")]
    pub maintenance_option: Option<docsdk_runtime::Nullable<MaintenanceOption>>,
    /// Cluster name. Length 3 to 20. Pattern: `^[a-zA-Z]*$`.
    pub name: String,
    /// NAT availability. Example: `false`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub nat_enabled: Option<bool>,
    /// Subnet ID
    pub subnet_id: String,
    /// tag
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tags: Option<docsdk_runtime::Nullable<Vec<Tag>>>,
    /// Timezone
    pub timezone: String,
}
crate::support::open_enum!(
    #[doc = " Product type"] EventStreamsClusterDetailResponseProductType { Qos = "QOS",
    PostgreSqlCommunity = "PostgreSQL Community", Epas = "EPAS", MariaDb = "MariaDB",
    MySql = "MySQL", Redis = "Redis", MicrosoftSqlServer = "Microsoft SQL Server",
    SearchEngine = "Search Engine", EventStreams = "Event Streams", Vertica = "Vertica",
    ScalableDb = "Scalable DB" }
);
/// The `EventStreamsClusterDetailResponse` model.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EventStreamsClusterDetailResponse {
    /// Account ID
    pub account_id: String,
    /// Allowed IP addresses list
    pub allowable_ip_addresses: Option<Vec<String>>,
    /// 생성 시간. Example: `2024-05-17T00:23:17Z`.
    pub created_at: docsdk_runtime::DateTime,
    /// 생성자. Example: `90dddfc2b1e04edba54ba2b41539a9ac`.
    pub created_by: String,
    /// DBaaS engine
    pub dbaas_engine: String,
    /// DBaaS engine version name
    pub dbaas_engine_version_name: String,
    /// ID. Example: `0fdd87aab8cb46f59b7c1f81ed03fb3e`.
    pub id: String,
    /// DB initial configuration option
    pub init_config_option: EventStreamsInitConfigOptionDetail,
    /// Instance Count. Example: `0`.
    pub instance_count: Option<i64>,
    /// Instance groups list
    pub instance_groups: Vec<InstanceGroupResponse>,
    /// Master Data server separation state
    pub is_combined: Option<bool>,
    /// Maintenance option
    pub maintenance_option: Option<MaintenanceResponseOption>,
    /// 수정 시간. Example: `2024-05-17T00:23:17Z`.
    pub modified_at: docsdk_runtime::DateTime,
    /// 수정자. Example: `90dddfc2b1e04edba54ba2b41539a9ac`.
    pub modified_by: String,
    /// Cluster name
    pub name: String,
    /// NAT availability
    pub nat_enabled: Option<bool>,
    /// Product image type
    pub product_image_type: String,
    /// Product type. Example: `Event Streams`.
    pub product_type: EventStreamsClusterDetailResponseProductType,
    /// Role type. Example: `ORIGIN`.
    pub role_type: Option<ClusterResponseRoleType>,
    /// Service state. Example: `RUNNING`.
    pub service_state: ClusterResponseServiceState,
    /// Software version
    pub software_version: String,
    /// Subnet ID
    pub subnet_id: String,
    /// Timezone
    pub timezone: String,
}
/// The `EventStreamsInitConfigOptionDetail` model.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EventStreamsInitConfigOptionDetail {
    /// broker port. Example: `9091`. Default: `9091`. Range 1024 to 65535.
    pub broker_port: Option<i64>,
    /// zookeeper port. Example: `2180`. Default: `2180`. Range 1024 to 65535.
    pub zookeeper_port: Option<i64>,
}
/// The `EventStreamsInitConfigOptionRequest` model.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EventStreamsInitConfigOptionRequest {
    /// akhq id. Pattern: `^[a-z]+$`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub akhq_id: Option<docsdk_runtime::Nullable<String>>,
    /// akhq password
    #[serde(skip_serializing_if = "Option::is_none")]
    pub akhq_password: Option<docsdk_runtime::Nullable<String>>,
    /// broker port. Example: `9091`. Default: `9091`. Range 1024 to 65535.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub broker_port: Option<i64>,
    /// broker sasl id. Length 2 to 20. Pattern: `^[a-z]+$`.
    pub broker_sasl_id: String,
    /// broker sasl password. Length at most 30.
    pub broker_sasl_password: String,
    /// zookeeper port. Example: `2180`. Default: `2180`. Range 1024 to 65535.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub zookeeper_port: Option<i64>,
    /// zookeeper sasl id. Length 2 to 20. Pattern: `^[a-z]+$`.
    pub zookeeper_sasl_id: String,
    /// zookeeper sasl password. Length at most 30.
    pub zookeeper_sasl_password: String,
}
crate::support::setters!(
    @ model EventStreamsInitConfigOptionRequest new(broker_sasl_id : String,
    broker_sasl_password : String, zookeeper_sasl_id : String, zookeeper_sasl_password :
    String) { akhq_id / akhq_id_null : String, akhq_password / akhq_password_null :
    String, broker_port : i64, zookeeper_port : i64 }
);
crate::support::open_enum!(
    #[doc = " Role type"] InstanceGroupRequestRoleType { Active = "ACTIVE", ActiveStandby
    = "ACTIVE_STANDBY", PrimarySecondary = "PRIMARY_SECONDARY", Master = "MASTER",
    MasterReplica = "MASTER_REPLICA", Replica = "REPLICA", Sentinel = "SENTINEL",
    MasterData = "MASTER_DATA", Data = "DATA", Kibana = "KIBANA", Dashboards =
    "DASHBOARDS", ZookeeperBroker = "ZOOKEEPER_BROKER", Broker = "BROKER", Zookeeper =
    "ZOOKEEPER", Akhq = "AKHQ", Console = "CONSOLE", Primary = "PRIMARY", PrimaryNode =
    "PRIMARY_NODE", ReadNode = "READ_NODE" }
);
/// The `InstanceGroupRequest` model.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct InstanceGroupRequest {
    /// Block storage groups list
    pub block_storage_groups: Vec<BlockStorageGroupRequest>,
    /// Instances list
    #[serde(skip_serializing_if = "Option::is_none")]
    pub instances: Option<docsdk_runtime::Nullable<Vec<InstanceRequest>>>,
    /// Role type. Example: `ACTIVE`.
    pub role_type: InstanceGroupRequestRoleType,
    /// Server type name
    pub server_type_name: String,
}
crate::support::setters!(
    @ model InstanceGroupRequest new(block_storage_groups : Vec <
    BlockStorageGroupRequest >, role_type : InstanceGroupRequestRoleType,
    server_type_name : String) { instances / instances_null : Vec < InstanceRequest > }
);
/// The `InstanceGroupResizeRequest` model.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct InstanceGroupResizeRequest {
    /// Server type name
    pub server_type_name: String,
}
/// The `InstanceGroupResponse` model.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct InstanceGroupResponse {
    /// Block storage groups list
    pub block_storage_groups: Vec<BlockStorageGroupResponse>,
    /// ID
    pub id: String,
    /// Instances list
    pub instances: Vec<InstanceResponse>,
    /// Role type. Example: `ACTIVE`.
    pub role_type: InstanceGroupRequestRoleType,
    /// Server type name
    pub server_type_name: String,
}
crate::support::open_enum!(
    #[doc = " Role type"] InstanceRequestRoleType { Active = "ACTIVE", Standby =
    "STANDBY", Primary = "PRIMARY", Secondary = "SECONDARY", Master = "MASTER", Replica =
    "REPLICA", Sentinel = "SENTINEL", MasterData = "MASTER_DATA", Data = "DATA", Kibana =
    "KIBANA", Dashboards = "DASHBOARDS", ZookeeperBroker = "ZOOKEEPER_BROKER", Broker =
    "BROKER", Zookeeper = "ZOOKEEPER", Akhq = "AKHQ", Console = "CONSOLE", ReadReplica =
    "READ_REPLICA" }
);
/// The `InstanceRequest` model.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct InstanceRequest {
    /// Public IP ID
    #[serde(skip_serializing_if = "Option::is_none")]
    pub public_ip_id: Option<docsdk_runtime::Nullable<String>>,
    /// Role type. Example: `ACTIVE`.
    pub role_type: InstanceRequestRoleType,
    /// User subnet IP address
    #[serde(skip_serializing_if = "Option::is_none")]
    pub service_ip_address: Option<docsdk_runtime::Nullable<String>>,
}
crate::support::setters!(
    @ model InstanceRequest new(role_type : InstanceRequestRoleType) { public_ip_id /
    public_ip_id_null : String, service_ip_address / service_ip_address_null : String }
);
/// The `InstanceResponse` model.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct InstanceResponse {
    /// Name
    pub name: String,
    /// Public IP Address
    pub public_ip_address: Option<String>,
    /// Public IP ID
    pub public_ip_id: Option<String>,
    /// Role type. Example: `ACTIVE`.
    pub role_type: InstanceRequestRoleType,
    /// User subnet IP address
    pub service_ip_address: Option<String>,
    /// Service state. Example: `RUNNING`.
    pub service_state: ClusterResponseServiceState,
}
crate::support::open_enum!(
    #[doc = " Starting day of week"] MaintenanceOptionStartingDayOfWeek { Mon = "MON",
    Tue = "TUE", Wed = "WED", Thu = "THU", Fri = "FRI", Sat = "SAT", Sun = "SUN" }
);
/// The `MaintenanceOption` model.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct MaintenanceOption {
    /// Period in hours. Pattern: `^(0\.5|[1-5]\.5|[1-9]|1[0-9]|2[0-4])$`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub period_hour: Option<String>,
    /// Starting day of week. Example: `MON`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub starting_day_of_week: Option<MaintenanceOptionStartingDayOfWeek>,
    /// Starting time
    #[serde(skip_serializing_if = "Option::is_none")]
    pub starting_time: Option<String>,
}
/// The `MaintenanceRequest` model.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct MaintenanceRequest {
    /// start\_day\_of\_week. Example: `MON`.
    pub start_day_of_week: MaintenanceOptionStartingDayOfWeek,
    /// start\_minute
    pub start_minute: String,
    /// start\_time
    pub start_time: String,
    /// term\_hour. Pattern: `^(0\.5|[1-5]\.5|[1-9]|1[0-9]|2[0-4])$`.
    pub term_hour: String,
}
/// The `MaintenanceResponseOption` model.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct MaintenanceResponseOption {
    /// Period in hours
    pub period_hour: Option<String>,
    /// Starting day of week. Example: `MON`.
    pub starting_day_of_week: Option<MaintenanceOptionStartingDayOfWeek>,
    /// Starting time
    pub starting_time: Option<String>,
    /// Maintenance period usage state. Example: `false`.
    pub use_maintenance_option: Option<bool>,
}
/// The `ParameterDTO` model.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ParameterDTO {
    /// Parameter allows value
    pub allows_value: String,
    /// Parameter applied value
    pub applied_value: String,
    /// Parameter apply type
    pub apply_type: String,
    /// Parameter data type
    pub data_type: String,
    /// Parameter default value
    pub default_value: String,
    /// Parameter description
    pub description: Option<String>,
    /// Parameter id
    pub id: String,
    /// Parameter is\_modifiable
    pub is_modifiable: bool,
    /// Parameter name
    pub name: String,
    /// Parameter software type
    pub software_type: Option<String>,
}
/// The `ParameterGroup` model.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ParameterGroup {
    /// Parameter group ID
    pub id: String,
    /// Software major version
    pub major_version: String,
    /// Parameter group name
    pub name: String,
    /// Product image type
    pub product_image_type: String,
    /// Product type
    pub product_type: String,
}
/// The `ParameterGroupListResponse` model.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ParameterGroupListResponse {
    /// Parameter group list
    pub contents: Vec<ParameterGroup>,
    /// sort
    pub sort: Option<Vec<String>>,
}
/// The `ParameterPageResponse` model.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ParameterPageResponse {
    /// Parameter list
    pub contents: Vec<Parameters>,
    /// count. Example: `20`.
    pub count: i64,
    /// page. Example: `0`.
    pub page: i64,
    /// size. Example: `20`.
    pub size: i64,
    /// sort. Example: `["created_at:asc"]`.
    pub sort: Option<Vec<String>>,
}
/// The `ParameterRequest` model.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ParameterRequest {
    /// Parameter id
    pub id: String,
    /// Parameter new value
    pub new_value: String,
    /// Parameter old value
    pub old_value: String,
}
crate::support::setters!(
    @ model ParameterRequest new(id : String, new_value : String, old_value : String) {}
);
/// The `Parameters` model.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Parameters {
    /// Parameter id
    pub dbaas_parameter_group_id: String,
    /// Parameter default value
    pub default_value: String,
    /// Parameter description
    pub description: String,
    /// Parameter id
    pub id: String,
    /// Parameter name
    pub name: String,
    /// Parameter software type
    pub software_type: Option<String>,
}
/// The `ParametersRequest` model.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ParametersRequest {
    /// Parameter request list
    pub parameters: Vec<ParameterRequest>,
}
/// The `ParametersResponse` model.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ParametersResponse {
    /// Parameter contents
    pub contents: Vec<ParameterDTO>,
    /// Parameter count
    pub count: i64,
    /// Modification time
    pub modified_at: String,
}
/// The `RequestStateResponse` model.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct RequestStateResponse {
    /// Request ID
    pub request_id: String,
    /// Request state
    pub state: String,
}
/// The `ResizeBlockStorageGroupRequest` model.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ResizeBlockStorageGroupRequest {
    /// Size in GB. Example: `16`. Range 16 to 5120.
    pub size_gb: i64,
}
/// The `ResourceInfo` model.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ResourceInfo {
    /// request resource id. Example: `109a585ae67b4e8482fdafc8a4a5be74`.
    pub id: String,
}
/// The `ServerType` model.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ServerType {
    /// Server type cpu core
    pub cpu_core: i64,
    /// Server type description
    pub description: String,
    /// Server type memory
    pub memory_gb: i64,
    /// Server type name
    pub name: String,
    /// Product image type
    pub product_image_type: String,
    /// Product type
    pub product_type: String,
    /// Server type purpose
    pub purpose: String,
    /// Server type class. Wire name: `type`.
    #[serde(rename = "type")]
    pub type_: String,
}
/// The `ServerTypeListResponse` model.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ServerTypeListResponse {
    /// Server type list
    pub contents: Vec<ServerType>,
}
/// The `Tag` model.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Tag {
    /// The `key` field.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
    /// The `value` field.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<docsdk_runtime::Nullable<String>>,
}
crate::support::setters!(@ model Tag { key : String, value / value_null : String });
/// The `UpdateSecurityGroupRulesRequest` model.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct UpdateSecurityGroupRulesRequest {
    /// Allowed IP addresses list
    #[serde(skip_serializing_if = "Option::is_none")]
    pub add_ip_addresses: Option<Vec<String>>,
    /// Allowed IP addresses list
    #[serde(skip_serializing_if = "Option::is_none")]
    pub del_ip_addresses: Option<Vec<String>>,
}
crate::support::open_enum!(
    #[doc = " The values of `ProductImageType`."] ProductImageType { PostgreSqlCommunity
    = "PostgreSQL Community", MariaDbCommunity = "MariaDB Community", MySqlCommunity =
    "MySQL Community", Epas = "EPAS", MicrosoftSqlServerEnterprise =
    "Microsoft SQL Server Enterprise", MicrosoftSqlServerStandard =
    "Microsoft SQL Server Standard", RedisOssSentinel = "Redis OSS Sentinel",
    ValkeySentinel = "Valkey Sentinel", Kafka = "Kafka", ElasticsearchEnterprise =
    "Elasticsearch Enterprise", OpenSearch = "OpenSearch", VerticaEnterprise =
    "Vertica Enterprise", VerticaCommunity = "Vertica Community",
    ScalableDbMariaDbCommunity = "Scalable DB MariaDB Community" }
);
