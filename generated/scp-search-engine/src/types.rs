//! Models of Search Engine (shared by every API version unless a version module has its own).
crate::support::open_enum!(
    #[doc = " Role type"] AddBlockStoragesRequestRoleType { Os = "OS", Data = "DATA",
    Archive = "ARCHIVE", Temp = "TEMP", Backup = "BACKUP" }
);
crate::support::open_enum!(
    #[doc = " Volume type"] AddBlockStoragesRequestVolumeType { Ssd = "SSD", SsdKms =
    "SSD_KMS", Hdd = "HDD", HddKms = "HDD_KMS" }
);
/// The `AddBlockStoragesRequest` model.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AddBlockStoragesRequest {
    /// Role type. Example: `OS`.
    pub role_type: AddBlockStoragesRequestRoleType,
    /// Size in GB. Example: `104`. Range 16 to 5120.
    pub size_gb: i64,
    /// Volume type. Example: `SSD`. Default: `SSD`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub volume_type: Option<AddBlockStoragesRequestVolumeType>,
}
crate::support::setters!(
    @ model AddBlockStoragesRequest new(role_type : AddBlockStoragesRequestRoleType,
    size_gb : i64) { volume_type : AddBlockStoragesRequestVolumeType }
);
/// The `AsyncResponse` model.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AsyncResponse {
    /// Request ID. Example: `req-4f668846-8a3d-49f1-8111-451ebccf445c`.
    pub request_id: String,
    /// Resource
    pub resource: ResourceInfo,
}
/// The `BackupHistoryApiItem` model.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct BackupHistoryApiItem {
    /// Backup end time
    pub backup_end_at: String,
    /// Backup id
    pub backup_history_number: String,
    /// Backup amount(GB)
    pub backup_size_gb: serde_json::Value,
    /// Backup start time
    pub backup_start_at: String,
    /// Backup state
    pub backup_state: String,
    /// Backup detail state
    pub backup_state_detail: Option<String>,
    /// Software version
    pub software_version: String,
}
/// The `BackupHistoryListApiResponse` model.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct BackupHistoryListApiResponse {
    /// backup list information
    pub contents: Vec<BackupHistoryApiItem>,
    /// total number of backup history
    pub total_count: i64,
}
/// The `BackupHistoryNumberRequest` model.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct BackupHistoryNumberRequest {
    /// Backup id
    pub backup_history_number: Vec<String>,
}
/// The `BackupSettingExcludingArchiveRequest` model.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct BackupSettingExcludingArchiveRequest {
    /// Backup retention period (day). Pattern: `^([7-9]|^[1-2]\d|^3[0-5])$`.
    pub retention_period_day: String,
    /// Backup starting time (hour). Pattern: `^(\d|1\d|2[0-3])$`.
    pub starting_time_hour: String,
}
/// The `BlockStorageGroupResponse` model.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct BlockStorageGroupResponse {
    /// ID
    pub id: String,
    /// Name
    pub name: String,
    /// Role type. Example: `OS`.
    pub role_type: AddBlockStoragesRequestRoleType,
    /// Size in GB
    pub size_gb: i64,
    /// Volume type. Example: `SSD`.
    pub volume_type: AddBlockStoragesRequestVolumeType,
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
    pub block_storage_groups: Vec<AddBlockStoragesRequest>,
    /// Instances list
    #[serde(skip_serializing_if = "Option::is_none")]
    pub instances: Option<docsdk_runtime::Nullable<Vec<InstanceRequest>>>,
    /// Role type. Example: `ACTIVE`.
    pub role_type: InstanceGroupRequestRoleType,
    /// Server type name
    pub server_type_name: String,
}
crate::support::setters!(
    @ model InstanceGroupRequest new(block_storage_groups : Vec < AddBlockStoragesRequest
    >, role_type : InstanceGroupRequestRoleType, server_type_name : String) { instances /
    instances_null : Vec < InstanceRequest > }
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
/// The `SearchEngineClusterAddInstancesRequest` model.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SearchEngineClusterAddInstancesRequest {
    /// Instance Count
    pub instance_count: i64,
    /// Public IP ID List
    #[serde(skip_serializing_if = "Option::is_none")]
    pub public_ip_ids: Option<docsdk_runtime::Nullable<Vec<String>>>,
    /// User subnet IP address
    pub service_ip_addresses: Vec<String>,
}
/// The `SearchEngineClusterCreateRequest` model.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SearchEngineClusterCreateRequest {
    /// Allowed IP addresses list
    #[serde(skip_serializing_if = "Option::is_none")]
    pub allowable_ip_addresses: Option<Vec<String>>,
    /// DBaaS engine version ID
    pub dbaas_engine_version_id: String,
    /// DB initial configuration option
    pub init_config_option: SearchEngineInitConfigOptionRequest,
    /// Instance groups list
    pub instance_groups: Vec<InstanceGroupRequest>,
    /// Instance name prefix. Length 3 to 13. Pattern: `^[a-z][a-zA-Z0-9\-]*$`.
    pub instance_name_prefix: String,
    /// Master Data server separation state. Example: `false`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub is_combined: Option<bool>,
    /// license
    #[serde(skip_serializing_if = "Option::is_none")]
    pub license: Option<docsdk_runtime::Nullable<String>>,
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
    #[doc = " DBaaS engine"] SearchEngineClusterDetailResponseDbaasEngine { PostgreSql =
    "PostgreSQL", Redis = "Redis", ValkeySentinel = "Valkey Sentinel", MariaDb =
    "MariaDB", MySql = "MySQL", ElasticsearchEnterprise = "Elasticsearch Enterprise",
    OpenSearch = "OpenSearch", Epas = "EPAS", MicrosoftSqlServer =
    "Microsoft SQL Server", Kafka = "Kafka", Vertica = "Vertica" }
);
crate::support::open_enum!(
    #[doc = " Product type"] SearchEngineClusterDetailResponseProductType { Qos = "QOS",
    PostgreSqlCommunity = "PostgreSQL Community", Epas = "EPAS", MariaDb = "MariaDB",
    MySql = "MySQL", Redis = "Redis", MicrosoftSqlServer = "Microsoft SQL Server",
    SearchEngine = "Search Engine", EventStreams = "Event Streams", Vertica = "Vertica",
    ScalableDb = "Scalable DB" }
);
/// The `SearchEngineClusterDetailResponse` model.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SearchEngineClusterDetailResponse {
    /// Account ID
    pub account_id: String,
    /// Allowed IP addresses list
    pub allowable_ip_addresses: Option<Vec<String>>,
    /// 생성 시간. Example: `2024-05-17T00:23:17Z`.
    pub created_at: docsdk_runtime::DateTime,
    /// 생성자. Example: `90dddfc2b1e04edba54ba2b41539a9ac`.
    pub created_by: String,
    /// DBaaS engine. Example: `PostgreSQL`.
    pub dbaas_engine: SearchEngineClusterDetailResponseDbaasEngine,
    /// DBaaS engine version name
    pub dbaas_engine_version_name: String,
    /// ID. Example: `0fdd87aab8cb46f59b7c1f81ed03fb3e`.
    pub id: String,
    /// DB initial configuration option
    pub init_config_option: SearchEngineInitConfigOptionResponse,
    /// Instance Count. Example: `0`.
    pub instance_count: Option<i64>,
    /// Instance groups list
    pub instance_groups: Vec<InstanceGroupResponse>,
    /// Master Data server separation state
    pub is_combined: Option<bool>,
    /// Maintenance option
    pub license: Option<SearchEngineLicenseResponse>,
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
    /// Product type. Example: `Search Engine`.
    pub product_type: SearchEngineClusterDetailResponseProductType,
    /// Service state. Example: `RUNNING`.
    pub service_state: ClusterResponseServiceState,
    /// Software version
    pub software_version: String,
    /// Subnet ID
    pub subnet_id: String,
    /// Timezone
    pub timezone: String,
}
/// The `SearchEngineClusterRestoreRequest` model.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SearchEngineClusterRestoreRequest {
    /// Allowed IP addresses list
    #[serde(skip_serializing_if = "Option::is_none")]
    pub allowable_ip_addresses: Option<Vec<String>>,
    /// Backup id
    pub backup_history_number: String,
    /// Instance groups list
    pub instance_groups: Vec<SearchEngineRestoreInstanceGroup>,
    /// Instance name prefix. Length 3 to 16. Pattern: `^[a-z][a-zA-Z0-9\-]*$`.
    pub instance_name_prefix: String,
    /// license
    #[serde(skip_serializing_if = "Option::is_none")]
    pub license: Option<docsdk_runtime::Nullable<String>>,
    /// Maintenance option
    #[serde(skip_serializing_if = "Option::is_none")]
    pub maintenance_option: Option<docsdk_runtime::Nullable<MaintenanceOption>>,
    /// Cluster name. Length 3 to 20. Pattern: `^[a-zA-Z]*$`.
    pub name: String,
    /// tag
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tags: Option<docsdk_runtime::Nullable<Vec<Tag>>>,
}
/// The `SearchEngineInitConfigOptionRequest` model.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SearchEngineInitConfigOptionRequest {
    /// Backup setting option
    #[serde(skip_serializing_if = "Option::is_none")]
    pub backup_option: Option<
        docsdk_runtime::Nullable<BackupSettingExcludingArchiveRequest>,
    >,
    /// Database service port. Example: `9200`. Default: `9200`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub database_port: Option<docsdk_runtime::Nullable<i64>>,
    /// Database User Name. Length 2 to 20. Pattern: `^[a-z]*$`.
    pub database_user_name: String,
    /// Database user password. Length 8 to 30.
    pub database_user_password: String,
}
crate::support::setters!(
    @ model SearchEngineInitConfigOptionRequest new(database_user_name : String,
    database_user_password : String) { backup_option / backup_option_null :
    BackupSettingExcludingArchiveRequest, database_port / database_port_null : i64 }
);
/// The `SearchEngineInitConfigOptionResponse` model.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SearchEngineInitConfigOptionResponse {
    /// Backup setting option
    pub backup_option: Option<BackupSettingExcludingArchiveRequest>,
    /// Dashboards port
    pub dashboards_port: Option<i64>,
    /// Database service port. Example: `9200`. Default: `9200`.
    pub database_port: Option<i64>,
    /// Database User Name
    pub database_user_name: String,
    /// Kibana port
    pub kibana_port: Option<i64>,
}
/// The `SearchEngineLicenseResponse` model.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SearchEngineLicenseResponse {
    /// License expiry date
    pub license_expiry_date: String,
    /// License state
    pub license_status: String,
    /// License type
    pub license_type: String,
}
/// The `SearchEngineRestoreInstanceGroup` model.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SearchEngineRestoreInstanceGroup {
    /// Block storage groups list
    pub block_storage_groups: Vec<AddBlockStoragesRequest>,
    /// Role type. Example: `ACTIVE`.
    pub role_type: InstanceGroupRequestRoleType,
}
crate::support::setters!(
    @ model SearchEngineRestoreInstanceGroup new(block_storage_groups : Vec <
    AddBlockStoragesRequest >, role_type : InstanceGroupRequestRoleType) {}
);
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
