//! Request builders, one per operation: set parameters, then `.send().await`.
use crate::support::required;
use crate::types;
use docsdk_runtime::{Method, Request, Result};
/// Request builder for `add_block_storages`: `POST /v1/instance-groups/{instance_group_id}/block-storage-groups`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct AddBlockStorages {
    client: docsdk_runtime::Client,
    version: &'static str,
    instance_group_id: Option<String>,
    role_type: Option<types::AddBlockStoragesRequestRoleType>,
    size_gb: Option<i64>,
    volume_type: Option<types::AddBlockStoragesRequestVolumeType>,
}
impl AddBlockStorages {
    pub(crate) fn new(client: docsdk_runtime::Client, version: &'static str) -> Self {
        Self {
            client,
            version,
            instance_group_id: None,
            role_type: None,
            size_gb: None,
            volume_type: None,
        }
    }
    /// Sends the request and returns the 202 response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<types::AsyncResponse> {
        const OPERATION: &str = "add_block_storages";
        let body = types::AddBlockStoragesRequest {
            role_type: required(self.role_type, OPERATION, "role_type")?,
            size_gb: required(self.size_gb, OPERATION, "size_gb")?,
            volume_type: self.volume_type,
        };
        let request = Request::new(
                Method::Post,
                "/v1/instance-groups/{instance_group_id}/block-storage-groups",
                OPERATION,
            )
            .api_version(self.version)
            .path_param(
                "instance_group_id",
                required(self.instance_group_id, OPERATION, "instance_group_id")?,
            )
            .json_body(&body)?;
        self.client.send_json(request).await
    }
}
crate::support::setters!(
    AddBlockStorages { #[doc = " Instance group ID. Path parameter `instance_group_id`."]
    instance_group_id : String, #[doc = " Role type. Example: `OS`."] role_type :
    types::AddBlockStoragesRequestRoleType, #[doc =
    " Size in GB. Example: `104`. Range 16 to 5120."] size_gb : i64, #[doc =
    " Volume type. Example: `SSD`. Default: `SSD`."] volume_type :
    types::AddBlockStoragesRequestVolumeType }
);
/// Request builder for `add_instances`: `POST /v1/clusters/{cluster_id}/add-instances`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct AddInstances {
    client: docsdk_runtime::Client,
    version: &'static str,
    cluster_id: Option<String>,
    instance_count: Option<i64>,
    public_ip_ids: Option<docsdk_runtime::Nullable<Vec<String>>>,
    service_ip_addresses: Option<Vec<String>>,
}
impl AddInstances {
    pub(crate) fn new(client: docsdk_runtime::Client, version: &'static str) -> Self {
        Self {
            client,
            version,
            cluster_id: None,
            instance_count: None,
            public_ip_ids: None,
            service_ip_addresses: None,
        }
    }
    /// Sends the request and returns the 202 response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<types::AsyncResponse> {
        const OPERATION: &str = "add_instances";
        let body = types::SearchEngineClusterAddInstancesRequest {
            instance_count: required(self.instance_count, OPERATION, "instance_count")?,
            public_ip_ids: self.public_ip_ids,
            service_ip_addresses: required(
                self.service_ip_addresses,
                OPERATION,
                "service_ip_addresses",
            )?,
        };
        let request = Request::new(
                Method::Post,
                "/v1/clusters/{cluster_id}/add-instances",
                OPERATION,
            )
            .api_version(self.version)
            .path_param(
                "cluster_id",
                required(self.cluster_id, OPERATION, "cluster_id")?,
            )
            .json_body(&body)?;
        self.client.send_json(request).await
    }
}
crate::support::setters!(
    AddInstances { #[doc = " Cluster ID. Path parameter `cluster_id`."] cluster_id :
    String, #[doc = " Instance Count"] instance_count : i64, #[doc =
    " Public IP ID List"] public_ip_ids / public_ip_ids_null : Vec < String >, #[doc =
    " User subnet IP address"] service_ip_addresses : Vec < String > }
);
/// Request builder for `list_clusters`: `GET /v1/clusters`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct ListClusters {
    client: docsdk_runtime::Client,
    version: &'static str,
    size: Option<i64>,
    page: Option<i64>,
    sort: Option<String>,
    name: Option<String>,
    service_state: Option<String>,
}
impl ListClusters {
    pub(crate) fn new(client: docsdk_runtime::Client, version: &'static str) -> Self {
        Self {
            client,
            version,
            size: None,
            page: None,
            sort: None,
            name: None,
            service_state: None,
        }
    }
    /// Sends the request and returns the 200 response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<types::ClusterPageResponse> {
        const OPERATION: &str = "list_clusters";
        let request = Request::new(Method::Get, "/v1/clusters", OPERATION)
            .api_version(self.version)
            .query_opt("size", self.size)
            .query_opt("page", self.page)
            .query_opt("sort", self.sort)
            .query_opt("name", self.name)
            .query_opt("service_state", self.service_state);
        self.client.send_json(request).await
    }
    /// Streams every item of every page: requests page after page (from `page`, default 0, `size` items each, default 20) until a page is empty, short, or the total is reached.
    pub fn into_stream(
        self,
    ) -> impl docsdk_runtime::Stream<Item = Result<types::ClusterResponse>> {
        let page_size = self.size.and_then(|n| u32::try_from(n).ok()).unwrap_or(20u32);
        docsdk_runtime::paginate(
            self.page.and_then(|n| u32::try_from(n).ok()).unwrap_or(0u32),
            page_size,
            move |page| {
                let call = ListClusters {
                    page: Some(i64::from(page)),
                    size: Some(i64::from(page_size)),
                    ..self.clone()
                };
                async move {
                    let response = call.send().await?;
                    Ok(docsdk_runtime::Page {
                        items: response.contents.unwrap_or_default(),
                        total: u64::try_from(response.count).ok(),
                    })
                }
            },
        )
    }
}
crate::support::setters!(
    ListClusters { #[doc =
    " size. Query parameter `size`. Default: `20`. Example: `20`."] size : i64, #[doc =
    " page. Query parameter `page`. Default: `0`. Example: `0`."] page : i64, #[doc =
    " sort. Query parameter `sort`. Default: `name:asc`. Example: `created_at:desc`."]
    sort : String, #[doc = " Cluster name. Query parameter `name`."] name : String, #[doc
    = " Service state. Query parameter `service_state`."] service_state : String }
);
/// Request builder for `create_cluster`: `POST /v1/clusters`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct CreateCluster {
    client: docsdk_runtime::Client,
    version: &'static str,
    allowable_ip_addresses: Option<Vec<String>>,
    dbaas_engine_version_id: Option<String>,
    init_config_option: Option<types::SearchEngineInitConfigOptionRequest>,
    instance_groups: Option<Vec<types::InstanceGroupRequest>>,
    instance_name_prefix: Option<String>,
    is_combined: Option<bool>,
    license: Option<docsdk_runtime::Nullable<String>>,
    maintenance_option: Option<docsdk_runtime::Nullable<types::MaintenanceOption>>,
    name: Option<String>,
    nat_enabled: Option<bool>,
    subnet_id: Option<String>,
    tags: Option<docsdk_runtime::Nullable<Vec<types::Tag>>>,
    timezone: Option<String>,
}
impl CreateCluster {
    pub(crate) fn new(client: docsdk_runtime::Client, version: &'static str) -> Self {
        Self {
            client,
            version,
            allowable_ip_addresses: None,
            dbaas_engine_version_id: None,
            init_config_option: None,
            instance_groups: None,
            instance_name_prefix: None,
            is_combined: None,
            license: None,
            maintenance_option: None,
            name: None,
            nat_enabled: None,
            subnet_id: None,
            tags: None,
            timezone: None,
        }
    }
    /// Sends the request and returns the 202 response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<types::AsyncResponse> {
        const OPERATION: &str = "create_cluster";
        let body = types::SearchEngineClusterCreateRequest {
            allowable_ip_addresses: self.allowable_ip_addresses,
            dbaas_engine_version_id: required(
                self.dbaas_engine_version_id,
                OPERATION,
                "dbaas_engine_version_id",
            )?,
            init_config_option: required(
                self.init_config_option,
                OPERATION,
                "init_config_option",
            )?,
            instance_groups: required(
                self.instance_groups,
                OPERATION,
                "instance_groups",
            )?,
            instance_name_prefix: required(
                self.instance_name_prefix,
                OPERATION,
                "instance_name_prefix",
            )?,
            is_combined: self.is_combined,
            license: self.license,
            maintenance_option: self.maintenance_option,
            name: required(self.name, OPERATION, "name")?,
            nat_enabled: self.nat_enabled,
            subnet_id: required(self.subnet_id, OPERATION, "subnet_id")?,
            tags: self.tags,
            timezone: required(self.timezone, OPERATION, "timezone")?,
        };
        let request = Request::new(Method::Post, "/v1/clusters", OPERATION)
            .api_version(self.version)
            .json_body(&body)?;
        self.client.send_json(request).await
    }
}
crate::support::setters!(
    CreateCluster { #[doc = " Allowed IP addresses list"] allowable_ip_addresses : Vec <
    String >, #[doc = " DBaaS engine version ID"] dbaas_engine_version_id : String, #[doc
    = " DB initial configuration option"] init_config_option :
    types::SearchEngineInitConfigOptionRequest, #[doc = " Instance groups list"]
    instance_groups : Vec < types::InstanceGroupRequest >, #[doc =
    " Instance name prefix. Length 3 to 13. Pattern: `^[a-z][a-zA-Z0-9\\-]*$`."]
    instance_name_prefix : String, #[doc =
    " Master Data server separation state. Example: `false`."] is_combined : bool, #[doc
    = " license"] license / license_null : String, #[doc = " Maintenance option"]
    maintenance_option / maintenance_option_null : types::MaintenanceOption, #[doc =
    " Cluster name. Length 3 to 20. Pattern: `^[a-zA-Z]*$`."] name : String, #[doc =
    " NAT availability. Example: `false`."] nat_enabled : bool, #[doc = " Subnet ID"]
    subnet_id : String, #[doc = " tag"] tags / tags_null : Vec < types::Tag >, #[doc =
    " Timezone"] timezone : String }
);
/// Request builder for `create_restore_cluster`: `POST /v1/clusters/{cluster_id}/restore`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct CreateRestoreCluster {
    client: docsdk_runtime::Client,
    version: &'static str,
    cluster_id: Option<String>,
    allowable_ip_addresses: Option<Vec<String>>,
    backup_history_number: Option<String>,
    instance_groups: Option<Vec<types::SearchEngineRestoreInstanceGroup>>,
    instance_name_prefix: Option<String>,
    license: Option<docsdk_runtime::Nullable<String>>,
    maintenance_option: Option<docsdk_runtime::Nullable<types::MaintenanceOption>>,
    name: Option<String>,
    tags: Option<docsdk_runtime::Nullable<Vec<types::Tag>>>,
}
impl CreateRestoreCluster {
    pub(crate) fn new(client: docsdk_runtime::Client, version: &'static str) -> Self {
        Self {
            client,
            version,
            cluster_id: None,
            allowable_ip_addresses: None,
            backup_history_number: None,
            instance_groups: None,
            instance_name_prefix: None,
            license: None,
            maintenance_option: None,
            name: None,
            tags: None,
        }
    }
    /// Sends the request and returns the 202 response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<types::AsyncResponse> {
        const OPERATION: &str = "create_restore_cluster";
        let body = types::SearchEngineClusterRestoreRequest {
            allowable_ip_addresses: self.allowable_ip_addresses,
            backup_history_number: required(
                self.backup_history_number,
                OPERATION,
                "backup_history_number",
            )?,
            instance_groups: required(
                self.instance_groups,
                OPERATION,
                "instance_groups",
            )?,
            instance_name_prefix: required(
                self.instance_name_prefix,
                OPERATION,
                "instance_name_prefix",
            )?,
            license: self.license,
            maintenance_option: self.maintenance_option,
            name: required(self.name, OPERATION, "name")?,
            tags: self.tags,
        };
        let request = Request::new(
                Method::Post,
                "/v1/clusters/{cluster_id}/restore",
                OPERATION,
            )
            .api_version(self.version)
            .path_param(
                "cluster_id",
                required(self.cluster_id, OPERATION, "cluster_id")?,
            )
            .json_body(&body)?;
        self.client.send_json(request).await
    }
}
crate::support::setters!(
    CreateRestoreCluster { #[doc = " Cluster ID. Path parameter `cluster_id`."]
    cluster_id : String, #[doc = " Allowed IP addresses list"] allowable_ip_addresses :
    Vec < String >, #[doc = " Backup id"] backup_history_number : String, #[doc =
    " Instance groups list"] instance_groups : Vec <
    types::SearchEngineRestoreInstanceGroup >, #[doc =
    " Instance name prefix. Length 3 to 16. Pattern: `^[a-z][a-zA-Z0-9\\-]*$`."]
    instance_name_prefix : String, #[doc = " license"] license / license_null : String,
    #[doc = " Maintenance option"] maintenance_option / maintenance_option_null :
    types::MaintenanceOption, #[doc =
    " Cluster name. Length 3 to 20. Pattern: `^[a-zA-Z]*$`."] name : String, #[doc =
    " tag"] tags / tags_null : Vec < types::Tag > }
);
/// Request builder for `list_backup_histories`: `GET /v1/clusters/{cluster_id}/backup-histories`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct ListBackupHistories {
    client: docsdk_runtime::Client,
    version: &'static str,
    cluster_id: Option<String>,
    limit: Option<i64>,
    page: Option<i64>,
}
impl ListBackupHistories {
    pub(crate) fn new(client: docsdk_runtime::Client, version: &'static str) -> Self {
        Self {
            client,
            version,
            cluster_id: None,
            limit: None,
            page: None,
        }
    }
    /// Sends the request and returns the 200 response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<types::BackupHistoryListApiResponse> {
        const OPERATION: &str = "list_backup_histories";
        let request = Request::new(
                Method::Get,
                "/v1/clusters/{cluster_id}/backup-histories",
                OPERATION,
            )
            .api_version(self.version)
            .path_param(
                "cluster_id",
                required(self.cluster_id, OPERATION, "cluster_id")?,
            )
            .query_opt("limit", self.limit)
            .query_opt("page", self.page);
        self.client.send_json(request).await
    }
}
crate::support::setters!(
    ListBackupHistories { #[doc = " Cluster ID. Path parameter `cluster_id`."] cluster_id
    : String, #[doc = " Number of backup lists. Query parameter `limit`."] limit : i64,
    #[doc = " Backup list page. Query parameter `page`."] page : i64 }
);
/// Request builder for `remove_backup_histories`: `PUT /v1/clusters/{cluster_id}/backup-histories`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct RemoveBackupHistories {
    client: docsdk_runtime::Client,
    version: &'static str,
    cluster_id: Option<String>,
    backup_history_number: Option<Vec<String>>,
}
impl RemoveBackupHistories {
    pub(crate) fn new(client: docsdk_runtime::Client, version: &'static str) -> Self {
        Self {
            client,
            version,
            cluster_id: None,
            backup_history_number: None,
        }
    }
    /// Sends the request and returns the 202 response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<types::AsyncResponse> {
        const OPERATION: &str = "remove_backup_histories";
        let body = types::BackupHistoryNumberRequest {
            backup_history_number: required(
                self.backup_history_number,
                OPERATION,
                "backup_history_number",
            )?,
        };
        let request = Request::new(
                Method::Put,
                "/v1/clusters/{cluster_id}/backup-histories",
                OPERATION,
            )
            .api_version(self.version)
            .path_param(
                "cluster_id",
                required(self.cluster_id, OPERATION, "cluster_id")?,
            )
            .json_body(&body)?;
        self.client.send_json(request).await
    }
}
crate::support::setters!(
    RemoveBackupHistories { #[doc = " Cluster ID. Path parameter `cluster_id`."]
    cluster_id : String, #[doc = " Backup id"] backup_history_number : Vec < String > }
);
/// Request builder for `list_engine_version_properties`: `GET /v1/engine-versions/{dbaas_engine_version_id}/properties`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct ListEngineVersionProperties {
    client: docsdk_runtime::Client,
    version: &'static str,
    dbaas_engine_version_id: Option<String>,
}
impl ListEngineVersionProperties {
    pub(crate) fn new(client: docsdk_runtime::Client, version: &'static str) -> Self {
        Self {
            client,
            version,
            dbaas_engine_version_id: None,
        }
    }
    /// Sends the request and returns the 200 response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<types::EnginePropertyListResponse> {
        const OPERATION: &str = "list_engine_version_properties";
        let request = Request::new(
                Method::Get,
                "/v1/engine-versions/{dbaas_engine_version_id}/properties",
                OPERATION,
            )
            .api_version(self.version)
            .path_param(
                "dbaas_engine_version_id",
                required(
                    self.dbaas_engine_version_id,
                    OPERATION,
                    "dbaas_engine_version_id",
                )?,
            );
        self.client.send_json(request).await
    }
}
crate::support::setters!(
    ListEngineVersionProperties { #[doc =
    " DBaaS engine version ID. Path parameter `dbaas_engine_version_id`."]
    dbaas_engine_version_id : String }
);
/// Request builder for `list_engine_versions`: `GET /v1/engine-versions`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct ListEngineVersions {
    client: docsdk_runtime::Client,
    version: &'static str,
    id: Option<String>,
    product_image_type: Option<types::ProductImageType>,
    eos_included: Option<bool>,
}
impl ListEngineVersions {
    pub(crate) fn new(client: docsdk_runtime::Client, version: &'static str) -> Self {
        Self {
            client,
            version,
            id: None,
            product_image_type: None,
            eos_included: None,
        }
    }
    /// Sends the request and returns the 200 response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<types::EngineListResponse> {
        const OPERATION: &str = "list_engine_versions";
        let request = Request::new(Method::Get, "/v1/engine-versions", OPERATION)
            .api_version(self.version)
            .query_opt("id", self.id)
            .query_opt("product_image_type", self.product_image_type)
            .query_opt("eos_included", self.eos_included);
        self.client.send_json(request).await
    }
}
crate::support::setters!(
    ListEngineVersions { #[doc = " DBaaS engine version ID. Query parameter `id`."] id :
    String, #[doc = " Product image type. Query parameter `product_image_type`."]
    product_image_type : types::ProductImageType, #[doc =
    " EoS included. Query parameter `eos_included`. Default: `false`. Example: `false`."]
    eos_included : bool }
);
/// Request builder for `list_server_types`: `GET /v1/server-types`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct ListServerTypes {
    client: docsdk_runtime::Client,
    version: &'static str,
    name: Option<String>,
    product_image_type: Option<String>,
}
impl ListServerTypes {
    pub(crate) fn new(client: docsdk_runtime::Client, version: &'static str) -> Self {
        Self {
            client,
            version,
            name: None,
            product_image_type: None,
        }
    }
    /// Sends the request and returns the 200 response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<types::ServerTypeListResponse> {
        const OPERATION: &str = "list_server_types";
        let request = Request::new(Method::Get, "/v1/server-types", OPERATION)
            .api_version(self.version)
            .query_opt("name", self.name)
            .query_opt("product_image_type", self.product_image_type);
        self.client.send_json(request).await
    }
}
crate::support::setters!(
    ListServerTypes { #[doc = " Server type name. Query parameter `name`."] name :
    String, #[doc = " Product image type. Query parameter `product_image_type`."]
    product_image_type : String }
);
/// Request builder for `restart_cluster`: `POST /v1/clusters/{cluster_id}/restart`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct RestartCluster {
    client: docsdk_runtime::Client,
    version: &'static str,
    cluster_id: Option<String>,
}
impl RestartCluster {
    pub(crate) fn new(client: docsdk_runtime::Client, version: &'static str) -> Self {
        Self {
            client,
            version,
            cluster_id: None,
        }
    }
    /// Sends the request and returns the 202 response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<types::AsyncResponse> {
        const OPERATION: &str = "restart_cluster";
        let request = Request::new(
                Method::Post,
                "/v1/clusters/{cluster_id}/restart",
                OPERATION,
            )
            .api_version(self.version)
            .path_param(
                "cluster_id",
                required(self.cluster_id, OPERATION, "cluster_id")?,
            );
        self.client.send_json(request).await
    }
}
crate::support::setters!(
    RestartCluster { #[doc = " Cluster ID. Path parameter `cluster_id`."] cluster_id :
    String }
);
/// Request builder for `set_backup`: `POST /v1/clusters/{cluster_id}/backups`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct SetBackup {
    client: docsdk_runtime::Client,
    version: &'static str,
    cluster_id: Option<String>,
    retention_period_day: Option<String>,
    starting_time_hour: Option<String>,
}
impl SetBackup {
    pub(crate) fn new(client: docsdk_runtime::Client, version: &'static str) -> Self {
        Self {
            client,
            version,
            cluster_id: None,
            retention_period_day: None,
            starting_time_hour: None,
        }
    }
    /// Sends the request and returns the 202 response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<types::AsyncResponse> {
        const OPERATION: &str = "set_backup";
        let body = types::BackupSettingExcludingArchiveRequest {
            retention_period_day: required(
                self.retention_period_day,
                OPERATION,
                "retention_period_day",
            )?,
            starting_time_hour: required(
                self.starting_time_hour,
                OPERATION,
                "starting_time_hour",
            )?,
        };
        let request = Request::new(
                Method::Post,
                "/v1/clusters/{cluster_id}/backups",
                OPERATION,
            )
            .api_version(self.version)
            .path_param(
                "cluster_id",
                required(self.cluster_id, OPERATION, "cluster_id")?,
            )
            .json_body(&body)?;
        self.client.send_json(request).await
    }
}
crate::support::setters!(
    SetBackup { #[doc = " Cluster ID. Path parameter `cluster_id`."] cluster_id : String,
    #[doc = " Backup retention period (day). Pattern: `^([7-9]|^[1-2]\\d|^3[0-5])$`."]
    retention_period_day : String, #[doc =
    " Backup starting time (hour). Pattern: `^(\\d|1\\d|2[0-3])$`."] starting_time_hour :
    String }
);
/// Request builder for `unset_backup`: `DELETE /v1/clusters/{cluster_id}/backups`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct UnsetBackup {
    client: docsdk_runtime::Client,
    version: &'static str,
    cluster_id: Option<String>,
}
impl UnsetBackup {
    pub(crate) fn new(client: docsdk_runtime::Client, version: &'static str) -> Self {
        Self {
            client,
            version,
            cluster_id: None,
        }
    }
    /// Sends the request and returns the 202 response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<types::AsyncResponse> {
        const OPERATION: &str = "unset_backup";
        let request = Request::new(
                Method::Delete,
                "/v1/clusters/{cluster_id}/backups",
                OPERATION,
            )
            .api_version(self.version)
            .path_param(
                "cluster_id",
                required(self.cluster_id, OPERATION, "cluster_id")?,
            );
        self.client.send_json(request).await
    }
}
crate::support::setters!(
    UnsetBackup { #[doc = " Cluster ID. Path parameter `cluster_id`."] cluster_id :
    String }
);
/// Request builder for `set_block_storage_size`: `POST /v1/block-storage-groups/{block_storage_group_id}/resize`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct SetBlockStorageSize {
    client: docsdk_runtime::Client,
    version: &'static str,
    block_storage_group_id: Option<String>,
    size_gb: Option<i64>,
}
impl SetBlockStorageSize {
    pub(crate) fn new(client: docsdk_runtime::Client, version: &'static str) -> Self {
        Self {
            client,
            version,
            block_storage_group_id: None,
            size_gb: None,
        }
    }
    /// Sends the request and returns the 202 response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<types::AsyncResponse> {
        const OPERATION: &str = "set_block_storage_size";
        let body = types::ResizeBlockStorageGroupRequest {
            size_gb: required(self.size_gb, OPERATION, "size_gb")?,
        };
        let request = Request::new(
                Method::Post,
                "/v1/block-storage-groups/{block_storage_group_id}/resize",
                OPERATION,
            )
            .api_version(self.version)
            .path_param(
                "block_storage_group_id",
                required(
                    self.block_storage_group_id,
                    OPERATION,
                    "block_storage_group_id",
                )?,
            )
            .json_body(&body)?;
        self.client.send_json(request).await
    }
}
crate::support::setters!(
    SetBlockStorageSize { #[doc =
    " Block storage group ID. Path parameter `block_storage_group_id`. Example: `afc33891202643ba8ba1a5298a1affff`."]
    block_storage_group_id : String, #[doc =
    " Size in GB. Example: `16`. Range 16 to 5120."] size_gb : i64 }
);
/// Request builder for `set_maintenance`: `POST /v1/clusters/{cluster_id}/maintenance`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct SetMaintenance {
    client: docsdk_runtime::Client,
    version: &'static str,
    cluster_id: Option<String>,
    start_day_of_week: Option<types::MaintenanceOptionStartingDayOfWeek>,
    start_minute: Option<String>,
    start_time: Option<String>,
    term_hour: Option<String>,
}
impl SetMaintenance {
    pub(crate) fn new(client: docsdk_runtime::Client, version: &'static str) -> Self {
        Self {
            client,
            version,
            cluster_id: None,
            start_day_of_week: None,
            start_minute: None,
            start_time: None,
            term_hour: None,
        }
    }
    /// Sends the request and returns the 202 response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<types::AsyncResponse> {
        const OPERATION: &str = "set_maintenance";
        let body = types::MaintenanceRequest {
            start_day_of_week: required(
                self.start_day_of_week,
                OPERATION,
                "start_day_of_week",
            )?,
            start_minute: required(self.start_minute, OPERATION, "start_minute")?,
            start_time: required(self.start_time, OPERATION, "start_time")?,
            term_hour: required(self.term_hour, OPERATION, "term_hour")?,
        };
        let request = Request::new(
                Method::Post,
                "/v1/clusters/{cluster_id}/maintenance",
                OPERATION,
            )
            .api_version(self.version)
            .path_param(
                "cluster_id",
                required(self.cluster_id, OPERATION, "cluster_id")?,
            )
            .json_body(&body)?;
        self.client.send_json(request).await
    }
}
crate::support::setters!(
    SetMaintenance { #[doc = " Cluster ID. Path parameter `cluster_id`."] cluster_id :
    String, #[doc = " start\\_day\\_of\\_week. Example: `MON`."] start_day_of_week :
    types::MaintenanceOptionStartingDayOfWeek, #[doc = " start\\_minute"] start_minute :
    String, #[doc = " start\\_time"] start_time : String, #[doc =
    " term\\_hour. Pattern: `^(0\\.5|[1-5]\\.5|[1-9]|1[0-9]|2[0-4])$`."] term_hour :
    String }
);
/// Request builder for `unset_maintenance`: `DELETE /v1/clusters/{cluster_id}/maintenance`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct UnsetMaintenance {
    client: docsdk_runtime::Client,
    version: &'static str,
    cluster_id: Option<String>,
}
impl UnsetMaintenance {
    pub(crate) fn new(client: docsdk_runtime::Client, version: &'static str) -> Self {
        Self {
            client,
            version,
            cluster_id: None,
        }
    }
    /// Sends the request and returns the 202 response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<types::AsyncResponse> {
        const OPERATION: &str = "unset_maintenance";
        let request = Request::new(
                Method::Delete,
                "/v1/clusters/{cluster_id}/maintenance",
                OPERATION,
            )
            .api_version(self.version)
            .path_param(
                "cluster_id",
                required(self.cluster_id, OPERATION, "cluster_id")?,
            );
        self.client.send_json(request).await
    }
}
crate::support::setters!(
    UnsetMaintenance { #[doc = " Cluster ID. Path parameter `cluster_id`."] cluster_id :
    String }
);
/// Request builder for `set_security_group_rules`: `POST /v1/clusters/{cluster_id}/security-group-rules`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct SetSecurityGroupRules {
    client: docsdk_runtime::Client,
    version: &'static str,
    cluster_id: Option<String>,
    add_ip_addresses: Option<Vec<String>>,
    del_ip_addresses: Option<Vec<String>>,
}
impl SetSecurityGroupRules {
    pub(crate) fn new(client: docsdk_runtime::Client, version: &'static str) -> Self {
        Self {
            client,
            version,
            cluster_id: None,
            add_ip_addresses: None,
            del_ip_addresses: None,
        }
    }
    /// Sends the request and returns the 202 response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<types::AsyncResponse> {
        const OPERATION: &str = "set_security_group_rules";
        let body = types::UpdateSecurityGroupRulesRequest {
            add_ip_addresses: self.add_ip_addresses,
            del_ip_addresses: self.del_ip_addresses,
        };
        let request = Request::new(
                Method::Post,
                "/v1/clusters/{cluster_id}/security-group-rules",
                OPERATION,
            )
            .api_version(self.version)
            .path_param(
                "cluster_id",
                required(self.cluster_id, OPERATION, "cluster_id")?,
            )
            .json_body(&body)?;
        self.client.send_json(request).await
    }
}
crate::support::setters!(
    SetSecurityGroupRules { #[doc = " Cluster ID. Path parameter `cluster_id`."]
    cluster_id : String, #[doc = " Allowed IP addresses list"] add_ip_addresses : Vec <
    String >, #[doc = " Allowed IP addresses list"] del_ip_addresses : Vec < String > }
);
/// Request builder for `set_server_type`: `POST /v1/instance-groups/{instance_group_id}/resize`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct SetServerType {
    client: docsdk_runtime::Client,
    version: &'static str,
    instance_group_id: Option<String>,
    server_type_name: Option<String>,
}
impl SetServerType {
    pub(crate) fn new(client: docsdk_runtime::Client, version: &'static str) -> Self {
        Self {
            client,
            version,
            instance_group_id: None,
            server_type_name: None,
        }
    }
    /// Sends the request and returns the 202 response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<types::AsyncResponse> {
        const OPERATION: &str = "set_server_type";
        let body = types::InstanceGroupResizeRequest {
            server_type_name: required(
                self.server_type_name,
                OPERATION,
                "server_type_name",
            )?,
        };
        let request = Request::new(
                Method::Post,
                "/v1/instance-groups/{instance_group_id}/resize",
                OPERATION,
            )
            .api_version(self.version)
            .path_param(
                "instance_group_id",
                required(self.instance_group_id, OPERATION, "instance_group_id")?,
            )
            .json_body(&body)?;
        self.client.send_json(request).await
    }
}
crate::support::setters!(
    SetServerType { #[doc = " Instance group ID. Path parameter `instance_group_id`."]
    instance_group_id : String, #[doc = " Server type name"] server_type_name : String }
);
/// Request builder for `show_cluster`: `GET /v1/clusters/{cluster_id}`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct ShowCluster {
    client: docsdk_runtime::Client,
    version: &'static str,
    cluster_id: Option<String>,
}
impl ShowCluster {
    pub(crate) fn new(client: docsdk_runtime::Client, version: &'static str) -> Self {
        Self {
            client,
            version,
            cluster_id: None,
        }
    }
    /// Sends the request and returns the 200 response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<types::SearchEngineClusterDetailResponse> {
        const OPERATION: &str = "show_cluster";
        let request = Request::new(Method::Get, "/v1/clusters/{cluster_id}", OPERATION)
            .api_version(self.version)
            .path_param(
                "cluster_id",
                required(self.cluster_id, OPERATION, "cluster_id")?,
            );
        self.client.send_json(request).await
    }
}
crate::support::setters!(
    ShowCluster { #[doc = " Cluster ID. Path parameter `cluster_id`."] cluster_id :
    String }
);
/// Request builder for `terminate_cluster`: `DELETE /v1/clusters/{cluster_id}`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct TerminateCluster {
    client: docsdk_runtime::Client,
    version: &'static str,
    cluster_id: Option<String>,
}
impl TerminateCluster {
    pub(crate) fn new(client: docsdk_runtime::Client, version: &'static str) -> Self {
        Self {
            client,
            version,
            cluster_id: None,
        }
    }
    /// Sends the request and returns the 202 response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<types::AsyncResponse> {
        const OPERATION: &str = "terminate_cluster";
        let request = Request::new(
                Method::Delete,
                "/v1/clusters/{cluster_id}",
                OPERATION,
            )
            .api_version(self.version)
            .path_param(
                "cluster_id",
                required(self.cluster_id, OPERATION, "cluster_id")?,
            );
        self.client.send_json(request).await
    }
}
crate::support::setters!(
    TerminateCluster { #[doc = " Cluster ID. Path parameter `cluster_id`."] cluster_id :
    String }
);
/// Request builder for `show_request`: `GET /v1/requests/{request_id}`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct ShowRequest {
    client: docsdk_runtime::Client,
    version: &'static str,
    request_id: Option<String>,
}
impl ShowRequest {
    pub(crate) fn new(client: docsdk_runtime::Client, version: &'static str) -> Self {
        Self {
            client,
            version,
            request_id: None,
        }
    }
    /// Sends the request and returns the 200 response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<types::RequestStateResponse> {
        const OPERATION: &str = "show_request";
        let request = Request::new(Method::Get, "/v1/requests/{request_id}", OPERATION)
            .api_version(self.version)
            .path_param(
                "request_id",
                required(self.request_id, OPERATION, "request_id")?,
            );
        self.client.send_json(request).await
    }
}
crate::support::setters!(
    ShowRequest { #[doc = " Request ID. Path parameter `request_id`."] request_id :
    String }
);
/// Request builder for `start_cluster`: `POST /v1/clusters/{cluster_id}/start`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct StartCluster {
    client: docsdk_runtime::Client,
    version: &'static str,
    cluster_id: Option<String>,
}
impl StartCluster {
    pub(crate) fn new(client: docsdk_runtime::Client, version: &'static str) -> Self {
        Self {
            client,
            version,
            cluster_id: None,
        }
    }
    /// Sends the request and returns the 202 response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<types::AsyncResponse> {
        const OPERATION: &str = "start_cluster";
        let request = Request::new(
                Method::Post,
                "/v1/clusters/{cluster_id}/start",
                OPERATION,
            )
            .api_version(self.version)
            .path_param(
                "cluster_id",
                required(self.cluster_id, OPERATION, "cluster_id")?,
            );
        self.client.send_json(request).await
    }
}
crate::support::setters!(
    StartCluster { #[doc = " Cluster ID. Path parameter `cluster_id`."] cluster_id :
    String }
);
/// Request builder for `stop_cluster`: `POST /v1/clusters/{cluster_id}/stop`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct StopCluster {
    client: docsdk_runtime::Client,
    version: &'static str,
    cluster_id: Option<String>,
}
impl StopCluster {
    pub(crate) fn new(client: docsdk_runtime::Client, version: &'static str) -> Self {
        Self {
            client,
            version,
            cluster_id: None,
        }
    }
    /// Sends the request and returns the 202 response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<types::AsyncResponse> {
        const OPERATION: &str = "stop_cluster";
        let request = Request::new(
                Method::Post,
                "/v1/clusters/{cluster_id}/stop",
                OPERATION,
            )
            .api_version(self.version)
            .path_param(
                "cluster_id",
                required(self.cluster_id, OPERATION, "cluster_id")?,
            );
        self.client.send_json(request).await
    }
}
crate::support::setters!(
    StopCluster { #[doc = " Cluster ID. Path parameter `cluster_id`."] cluster_id :
    String }
);
/// Request builder for `synchronize_cluster_state`: `POST /v1/clusters/{cluster_id}/sync-state`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct SynchronizeClusterState {
    client: docsdk_runtime::Client,
    version: &'static str,
    cluster_id: Option<String>,
}
impl SynchronizeClusterState {
    pub(crate) fn new(client: docsdk_runtime::Client, version: &'static str) -> Self {
        Self {
            client,
            version,
            cluster_id: None,
        }
    }
    /// Sends the request and returns the 202 response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<types::AsyncResponse> {
        const OPERATION: &str = "synchronize_cluster_state";
        let request = Request::new(
                Method::Post,
                "/v1/clusters/{cluster_id}/sync-state",
                OPERATION,
            )
            .api_version(self.version)
            .path_param(
                "cluster_id",
                required(self.cluster_id, OPERATION, "cluster_id")?,
            );
        self.client.send_json(request).await
    }
}
crate::support::setters!(
    SynchronizeClusterState { #[doc = " Cluster ID. Path parameter `cluster_id`."]
    cluster_id : String }
);
