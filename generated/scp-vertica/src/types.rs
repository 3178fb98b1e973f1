//! Models of Vertica(DBaaS) (shared by every API version unless a version module has its own).
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
crate::support::open_enum!(
    #[doc = " Service state"] InstanceResponseServiceState { Running = "RUNNING", Stopped
    = "STOPPED", Unknown2 = "UNKNOWN", Error = "ERROR", Failed = "FAILED", Terminated =
    "TERMINATED", Creating = "CREATING", Stopping = "STOPPING", Starting = "STARTING",
    Restarting = "RESTARTING", Editing = "EDITING", Synchronizing = "SYNCHRONIZING",
    Upgrading = "UPGRADING", Terminating = "TERMINATING", Migrating = "MIGRATING" }
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
    pub service_state: InstanceResponseServiceState,
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
/// The `VerticaClusterCreateRequest` model.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct VerticaClusterCreateRequest {
    /// Allowed IP addresses list
    #[serde(skip_serializing_if = "Option::is_none")]
    pub allowable_ip_addresses: Option<Vec<String>>,
    /// DBaaS engine version ID
    pub dbaas_engine_version_id: String,
    /// DB initial configuration option
    pub init_config_option: VerticaInitConfigOptionRequest,
    /// Instance groups list
    pub instance_groups: Vec<InstanceGroupRequest>,
    /// Instance name prefix. Length 3 to 13. Pattern: `^[a-z][a-zA-Z0-9\-]*$`.
    pub instance_name_prefix: String,
    /// license. Length at most 5000.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub license: Option<String>,
    /// Maintenance option
    #[serde(skip_serializing_if = "Option::is_none")]
    pub maintenance_option: Option<docsdk_runtime::Nullable<MaintenanceOption>>,
    /// Cluster name. Length 3 to 20. Pattern: `^[a-zA-Z]*$`.
    pub name: String,
    /// NAT availability. Example: `false`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub nat_enabled: Option<docsdk_runtime::Nullable<bool>>,
    /// Subnet ID
    pub subnet_id: String,
    /// tag
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tags: Option<docsdk_runtime::Nullable<Vec<Tag>>>,
    /// Timezone
    pub timezone: String,
}
crate::support::open_enum!(
    #[doc = " DBaaS engine"] VerticaClusterDetailResponseDbaasEngine { PostgreSql =
    "PostgreSQL", Redis = "Redis", ValkeySentinel = "Valkey Sentinel", MariaDb =
    "MariaDB", MySql = "MySQL", ElasticsearchEnterprise = "Elasticsearch Enterprise",
    OpenSearch = "OpenSearch", Epas = "EPAS", MicrosoftSqlServer =
    "Microsoft SQL Server", Kafka = "Kafka", Vertica = "Vertica" }
);
crate::support::open_enum!(
    #[doc = " Product type"] VerticaClusterDetailResponseProductType { Qos = "QOS",
    PostgreSqlCommunity = "PostgreSQL Community", Epas = "EPAS", MariaDb = "MariaDB",
    MySql = "MySQL", Redis = "Redis", MicrosoftSqlServer = "Microsoft SQL Server",
    SearchEngine = "Search Engine", EventStreams = "Event Streams", Vertica = "Vertica",
    ScalableDb = "Scalable DB" }
);
crate::support::open_enum!(
    #[doc = " Role type"] VerticaClusterDetailResponseRoleType { Origin = "ORIGIN",
    Replica = "REPLICA", Recovery = "RECOVERY", Secondary = "SECONDARY", Migration =
    "MIGRATION" }
);
/// The `VerticaClusterDetailResponse` model.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct VerticaClusterDetailResponse {
    /// Account ID
    pub account_id: String,
    /// Allowed IP addresses list
    pub allowable_ip_addresses: Option<Vec<String>>,
    /// Management Console included state. Example: `false`.
    pub console_included: Option<bool>,
    /// 생성 시간. Example: `2024-05-17T00:23:17Z`.
    pub created_at: docsdk_runtime::DateTime,
    /// 생성자. Example: `90dddfc2b1e04edba54ba2b41539a9ac`.
    pub created_by: String,
    /// DBaaS engine. Example: `Vertica`.
    pub dbaas_engine: VerticaClusterDetailResponseDbaasEngine,
    /// DBaaS engine version name. Example: `09c2fe88089040ffa035604e38f7e4e9`.
    pub dbaas_engine_version_name: String,
    /// ID. Example: `0fdd87aab8cb46f59b7c1f81ed03fb3e`.
    pub id: String,
    /// DB initial configuration option
    pub init_config_option: VerticaInitConfigOptionResponse,
    /// Instance Count. Example: `0`.
    pub instance_count: Option<i64>,
    /// Instance groups list
    pub instance_groups: Vec<InstanceGroupResponse>,
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
    /// Product type. Example: `Vertica`.
    pub product_type: VerticaClusterDetailResponseProductType,
    /// Role type. Example: `ORIGIN`.
    pub role_type: Option<VerticaClusterDetailResponseRoleType>,
    /// Service state. Example: `RUNNING`.
    pub service_state: InstanceResponseServiceState,
    /// Software version
    pub software_version: String,
    /// Subnet ID
    pub subnet_id: String,
    /// Timezone
    pub timezone: String,
}
/// The `VerticaClusterListResponse` model.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct VerticaClusterListResponse {
    /// Account ID
    pub account_id: String,
    /// Management Console included state. Example: `false`.
    pub console_included: Option<bool>,
    /// 생성 시간. Example: `2024-05-17T00:23:17Z`.
    pub created_at: docsdk_runtime::DateTime,
    /// 생성자. Example: `90dddfc2b1e04edba54ba2b41539a9ac`.
    pub created_by: String,
    /// Database Name
    pub database_name: Option<String>,
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
    /// NAT availability
    pub nat_enabled: Option<bool>,
    /// Role type. Example: `ORIGIN`.
    pub role_type: Option<VerticaClusterDetailResponseRoleType>,
    /// Service state. Example: `RUNNING`.
    pub service_state: InstanceResponseServiceState,
}
/// The `VerticaClusterPageResponse` model.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct VerticaClusterPageResponse {
    /// Clusters list
    pub contents: Option<Vec<VerticaClusterListResponse>>,
    /// count. Example: `20`.
    pub count: i64,
    /// page. Example: `0`.
    pub page: i64,
    /// size. Example: `20`.
    pub size: i64,
    /// sort. Example: `["created_at:asc"]`.
    pub sort: Option<Vec<String>>,
}
/// The `VerticaClusterRestoreRequest` model.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct VerticaClusterRestoreRequest {
    /// Allowed IP addresses list
    #[serde(skip_serializing_if = "Option::is_none")]
    pub allowable_ip_addresses: Option<Vec<String>>,
    /// Backup id
    pub backup_history_number: String,
    /// Instance groups list
    pub instance_groups: Vec<VerticaRestoreInstanceGroup>,
    /// Instance name prefix. Length 3 to 16. Pattern: `^[a-z][a-zA-Z0-9\-]*$`.
    pub instance_name_prefix: String,
    /// license. Length at most 2000.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub license: Option<String>,
    /// Maintenance option
    #[serde(skip_serializing_if = "Option::is_none")]
    pub maintenance_option: Option<docsdk_runtime::Nullable<MaintenanceOption>>,
    /// Cluster name. Length 3 to 20. Pattern: `^[a-zA-Z]*$`.
    pub name: String,
    /// tag
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tags: Option<docsdk_runtime::Nullable<Vec<Tag>>>,
}
/// The `VerticaInitConfigOptionRequest` model.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct VerticaInitConfigOptionRequest {
    /// Backup setting option
    #[serde(skip_serializing_if = "Option::is_none")]
    pub backup_option: Option<
        docsdk_runtime::Nullable<BackupSettingExcludingArchiveRequest>,
    >,
    /// Database locale information. Example: `ko_KR.utf8`. Default: `ko_KR.utf8`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub database_locale: Option<docsdk_runtime::Nullable<String>>,
    /// Database Name. Length 3 to 20. Pattern: `^[a-zA-Z][a-zA-Z0-9]*$`.
    pub database_name: String,
    /// Database User Name. Length 2 to 20. Pattern: `^[a-z]*$`.
    pub database_user_name: String,
    /// Database user password. Length 8 to 30.
    pub database_user_password: String,
}
crate::support::setters!(
    @ model VerticaInitConfigOptionRequest new(database_name : String, database_user_name
    : String, database_user_password : String) { backup_option / backup_option_null :
    BackupSettingExcludingArchiveRequest, database_locale / database_locale_null : String
    }
);
/// The `VerticaInitConfigOptionResponse` model.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct VerticaInitConfigOptionResponse {
    /// Backup setting option
    pub backup_option: Option<BackupSettingExcludingArchiveRequest>,
    /// Database locale information. Example: `ko_KR.utf8`. Default: `ko_KR.utf8`.
    pub database_locale: Option<String>,
    /// Database Name
    pub database_name: String,
    /// Database service port. Example: `5433`. Default: `5433`.
    pub database_port: Option<i64>,
    /// Database User Name
    pub database_user_name: String,
    /// Database service port
    pub mc_port: Option<i64>,
}
/// The `VerticaRestoreInstanceGroup` model.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct VerticaRestoreInstanceGroup {
    /// Block storage groups list
    pub block_storage_groups: Vec<AddBlockStoragesRequest>,
    /// Role type. Example: `ACTIVE`.
    pub role_type: InstanceGroupRequestRoleType,
    /// Server type name
    pub server_type_name: String,
}
crate::support::setters!(
    @ model VerticaRestoreInstanceGroup new(block_storage_groups : Vec <
    AddBlockStoragesRequest >, role_type : InstanceGroupRequestRoleType, server_type_name
    : String) {}
);
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
