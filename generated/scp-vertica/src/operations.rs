//! Request builders, one per operation: set parameters, then `.send().await`.
use crate::support::need;
use crate::types;
use crate::support::request;
use docsdk_runtime::Result;
crate::support::builder!(
    AddBlockStorages("add_block_storages") { #[doc =
    " Instance group ID. Path parameter `instance_group_id`."] instance_group_id :
    String, #[doc = " Role type. Example: `OS`."] role_type :
    types::AddBlockStoragesRequestRoleType, #[doc =
    " Size in GB. Example: `104`. Range 16 to 5120."] size_gb : i64, #[doc =
    " Volume type. Example: `SSD`. Default: `SSD`."] volume_type :
    types::AddBlockStoragesRequestVolumeType }
);
impl AddBlockStorages {
    /// Sends the request: the 202 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::AsyncResponse> {
        let body = types::AddBlockStoragesRequest {
            role_type: need!(self, role_type)?,
            size_gb: need!(self, size_gb)?,
            volume_type: self.volume_type,
        };
        let request = request!(
            self, Post, "/v1/instance-groups/{instance_group_id}/block-storage-groups"
        )
            .path_param("instance_group_id", need!(self, instance_group_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    ListClusters("list_clusters") { #[doc =
    " size. Query parameter `size`. Default: `20`. Example: `20`."] size : i64, #[doc =
    " page. Query parameter `page`. Default: `0`. Example: `0`."] page : i64, #[doc =
    " sort. Query parameter `sort`. Default: `name:asc`. Example: `created_at:desc`."]
    sort : String, #[doc = " Cluster name. Query parameter `name`."] name : String, #[doc
    = " Service state. Query parameter `service_state`."] service_state : String }
);
impl ListClusters {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::VerticaClusterPageResponse> {
        let request = request!(self, Get, "/v1/clusters")
            .query_opt("size", self.size)
            .query_opt("page", self.page)
            .query_opt("sort", self.sort)
            .query_opt("name", self.name)
            .query_opt("service_state", self.service_state);
        self.call.json(request).await
    }
    crate::support::paged!(
        types::VerticaClusterListResponse, page : i64 = 0, size : i64 = 20, | r | r
        .contents.unwrap_or_default(), u64::try_from(r.count).ok()
    );
}
crate::support::builder!(
    CreateCluster("create_cluster") { #[doc = " Allowed IP addresses list"]
    allowable_ip_addresses : Vec < String >, #[doc = " DBaaS engine version ID"]
    dbaas_engine_version_id : String, #[doc = " DB initial configuration option"]
    init_config_option : types::VerticaInitConfigOptionRequest, #[doc =
    " Instance groups list"] instance_groups : Vec < types::InstanceGroupRequest >, #[doc
    = " Instance name prefix. Length 3 to 13. Pattern: `^[a-z][a-zA-Z0-9\\-]*$`."]
    instance_name_prefix : String, #[doc = " license. Length at most 5000."] license :
    String, #[doc = " Maintenance option"] maintenance_option / maintenance_option_null :
    types::MaintenanceOption, #[doc =
    " Cluster name. Length 3 to 20. Pattern: `^[a-zA-Z]*$`."] name : String, #[doc =
    " NAT availability. Example: `false`."] nat_enabled / nat_enabled_null : bool, #[doc
    = " Subnet ID"] subnet_id : String, #[doc = " tag"] tags / tags_null : Vec <
    types::Tag >, #[doc = " Timezone"] timezone : String }
);
impl CreateCluster {
    /// Sends the request: the 202 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::AsyncResponse> {
        let body = types::VerticaClusterCreateRequest {
            allowable_ip_addresses: self.allowable_ip_addresses,
            dbaas_engine_version_id: need!(self, dbaas_engine_version_id)?,
            init_config_option: need!(self, init_config_option)?,
            instance_groups: need!(self, instance_groups)?,
            instance_name_prefix: need!(self, instance_name_prefix)?,
            license: self.license,
            maintenance_option: self.maintenance_option,
            name: need!(self, name)?,
            nat_enabled: self.nat_enabled,
            subnet_id: need!(self, subnet_id)?,
            tags: self.tags,
            timezone: need!(self, timezone)?,
        };
        let request = request!(self, Post, "/v1/clusters").json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    CreateRestoreCluster("create_restore_cluster") { #[doc =
    " Cluster ID. Path parameter `cluster_id`."] cluster_id : String, #[doc =
    " Allowed IP addresses list"] allowable_ip_addresses : Vec < String >, #[doc =
    " Backup id"] backup_history_number : String, #[doc = " Instance groups list"]
    instance_groups : Vec < types::VerticaRestoreInstanceGroup >, #[doc =
    " Instance name prefix. Length 3 to 16. Pattern: `^[a-z][a-zA-Z0-9\\-]*$`."]
    instance_name_prefix : String, #[doc = " license. Length at most 2000."] license :
    String, #[doc = " Maintenance option"] maintenance_option / maintenance_option_null :
    types::MaintenanceOption, #[doc =
    " Cluster name. Length 3 to 20. Pattern: `^[a-zA-Z]*$`."] name : String, #[doc =
    " tag"] tags / tags_null : Vec < types::Tag > }
);
impl CreateRestoreCluster {
    /// Sends the request: the 202 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::AsyncResponse> {
        let body = types::VerticaClusterRestoreRequest {
            allowable_ip_addresses: self.allowable_ip_addresses,
            backup_history_number: need!(self, backup_history_number)?,
            instance_groups: need!(self, instance_groups)?,
            instance_name_prefix: need!(self, instance_name_prefix)?,
            license: self.license,
            maintenance_option: self.maintenance_option,
            name: need!(self, name)?,
            tags: self.tags,
        };
        let request = request!(self, Post, "/v1/clusters/{cluster_id}/restore")
            .path_param("cluster_id", need!(self, cluster_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    ListBackupHistories("list_backup_histories") { #[doc =
    " Cluster ID. Path parameter `cluster_id`."] cluster_id : String, #[doc =
    " Number of backup lists. Query parameter `limit`."] limit : i64, #[doc =
    " Backup list page. Query parameter `page`."] page : i64 }
);
impl ListBackupHistories {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::BackupHistoryListApiResponse> {
        let request = request!(self, Get, "/v1/clusters/{cluster_id}/backup-histories")
            .path_param("cluster_id", need!(self, cluster_id)?)
            .query_opt("limit", self.limit)
            .query_opt("page", self.page);
        self.call.json(request).await
    }
}
crate::support::builder!(
    RemoveBackupHistories("remove_backup_histories") { #[doc =
    " Cluster ID. Path parameter `cluster_id`."] cluster_id : String, #[doc =
    " Backup id"] backup_history_number : Vec < String > }
);
impl RemoveBackupHistories {
    /// Sends the request: the 202 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::AsyncResponse> {
        let body = types::BackupHistoryNumberRequest {
            backup_history_number: need!(self, backup_history_number)?,
        };
        let request = request!(self, Put, "/v1/clusters/{cluster_id}/backup-histories")
            .path_param("cluster_id", need!(self, cluster_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    ListEngineVersionProperties("list_engine_version_properties") { #[doc =
    " DBaaS engine version ID. Path parameter `dbaas_engine_version_id`."]
    dbaas_engine_version_id : String }
);
impl ListEngineVersionProperties {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::EnginePropertyListResponse> {
        let request = request!(
            self, Get, "/v1/engine-versions/{dbaas_engine_version_id}/properties"
        )
            .path_param(
                "dbaas_engine_version_id",
                need!(self, dbaas_engine_version_id)?,
            );
        self.call.json(request).await
    }
}
crate::support::builder!(
    ListEngineVersions("list_engine_versions") { #[doc =
    " DBaaS engine version ID. Query parameter `id`."] id : String, #[doc =
    " Product image type. Query parameter `product_image_type`."] product_image_type :
    types::ProductImageType, #[doc =
    " EoS included. Query parameter `eos_included`. Default: `false`. Example: `false`."]
    eos_included : bool }
);
impl ListEngineVersions {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::EngineListResponse> {
        let request = request!(self, Get, "/v1/engine-versions")
            .query_opt("id", self.id)
            .query_opt("product_image_type", self.product_image_type)
            .query_opt("eos_included", self.eos_included);
        self.call.json(request).await
    }
}
crate::support::builder!(
    ListServerTypes("list_server_types") { #[doc =
    " Server type name. Query parameter `name`."] name : String, #[doc =
    " Product image type. Query parameter `product_image_type`."] product_image_type :
    String }
);
impl ListServerTypes {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ServerTypeListResponse> {
        let request = request!(self, Get, "/v1/server-types")
            .query_opt("name", self.name)
            .query_opt("product_image_type", self.product_image_type);
        self.call.json(request).await
    }
}
crate::support::builder!(
    RestartCluster("restart_cluster") { #[doc =
    " Cluster ID. Path parameter `cluster_id`."] cluster_id : String }
);
impl RestartCluster {
    /// Sends the request: the 202 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::AsyncResponse> {
        let request = request!(self, Post, "/v1/clusters/{cluster_id}/restart")
            .path_param("cluster_id", need!(self, cluster_id)?);
        self.call.json(request).await
    }
}
crate::support::builder!(
    SetBackup("set_backup") { #[doc = " Cluster ID. Path parameter `cluster_id`."]
    cluster_id : String, #[doc =
    " Backup retention period (day). Pattern: `^([7-9]|^[1-2]\\d|^3[0-5])$`."]
    retention_period_day : String, #[doc =
    " Backup starting time (hour). Pattern: `^(\\d|1\\d|2[0-3])$`."] starting_time_hour :
    String }
);
impl SetBackup {
    /// Sends the request: the 202 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::AsyncResponse> {
        let body = types::BackupSettingExcludingArchiveRequest {
            retention_period_day: need!(self, retention_period_day)?,
            starting_time_hour: need!(self, starting_time_hour)?,
        };
        let request = request!(self, Post, "/v1/clusters/{cluster_id}/backups")
            .path_param("cluster_id", need!(self, cluster_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    UnsetBackup("unset_backup") { #[doc = " Cluster ID. Path parameter `cluster_id`."]
    cluster_id : String }
);
impl UnsetBackup {
    /// Sends the request: the 202 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::AsyncResponse> {
        let request = request!(self, Delete, "/v1/clusters/{cluster_id}/backups")
            .path_param("cluster_id", need!(self, cluster_id)?);
        self.call.json(request).await
    }
}
crate::support::builder!(
    SetBlockStorageSize("set_block_storage_size") { #[doc =
    " Block storage group ID. Path parameter `block_storage_group_id`. Example: `afc33891202643ba8ba1a5298a1affff`."]
    block_storage_group_id : String, #[doc =
    " Size in GB. Example: `16`. Range 16 to 5120."] size_gb : i64 }
);
impl SetBlockStorageSize {
    /// Sends the request: the 202 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::AsyncResponse> {
        let body = types::ResizeBlockStorageGroupRequest {
            size_gb: need!(self, size_gb)?,
        };
        let request = request!(
            self, Post, "/v1/block-storage-groups/{block_storage_group_id}/resize"
        )
            .path_param("block_storage_group_id", need!(self, block_storage_group_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    SetMaintenance("set_maintenance") { #[doc =
    " Cluster ID. Path parameter `cluster_id`."] cluster_id : String, #[doc =
    " start\\_day\\_of\\_week. Example: `MON`."] start_day_of_week :
    types::MaintenanceOptionStartingDayOfWeek, #[doc = " start\\_minute"] start_minute :
    String, #[doc = " start\\_time"] start_time : String, #[doc =
    " term\\_hour. Pattern: `^(0\\.5|[1-5]\\.5|[1-9]|1[0-9]|2[0-4])$`."] term_hour :
    String }
);
impl SetMaintenance {
    /// Sends the request: the 202 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::AsyncResponse> {
        let body = types::MaintenanceRequest {
            start_day_of_week: need!(self, start_day_of_week)?,
            start_minute: need!(self, start_minute)?,
            start_time: need!(self, start_time)?,
            term_hour: need!(self, term_hour)?,
        };
        let request = request!(self, Post, "/v1/clusters/{cluster_id}/maintenance")
            .path_param("cluster_id", need!(self, cluster_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    UnsetMaintenance("unset_maintenance") { #[doc =
    " Cluster ID. Path parameter `cluster_id`."] cluster_id : String }
);
impl UnsetMaintenance {
    /// Sends the request: the 202 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::AsyncResponse> {
        let request = request!(self, Delete, "/v1/clusters/{cluster_id}/maintenance")
            .path_param("cluster_id", need!(self, cluster_id)?);
        self.call.json(request).await
    }
}
crate::support::builder!(
    SetSecurityGroupRules("set_security_group_rules") { #[doc =
    " Cluster ID. Path parameter `cluster_id`."] cluster_id : String, #[doc =
    " Allowed IP addresses list"] add_ip_addresses : Vec < String >, #[doc =
    " Allowed IP addresses list"] del_ip_addresses : Vec < String > }
);
impl SetSecurityGroupRules {
    /// Sends the request: the 202 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::AsyncResponse> {
        let body = types::UpdateSecurityGroupRulesRequest {
            add_ip_addresses: self.add_ip_addresses,
            del_ip_addresses: self.del_ip_addresses,
        };
        let request = request!(
            self, Post, "/v1/clusters/{cluster_id}/security-group-rules"
        )
            .path_param("cluster_id", need!(self, cluster_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    SetServerType("set_server_type") { #[doc =
    " Instance group ID. Path parameter `instance_group_id`."] instance_group_id :
    String, #[doc = " Server type name"] server_type_name : String }
);
impl SetServerType {
    /// Sends the request: the 202 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::AsyncResponse> {
        let body = types::InstanceGroupResizeRequest {
            server_type_name: need!(self, server_type_name)?,
        };
        let request = request!(
            self, Post, "/v1/instance-groups/{instance_group_id}/resize"
        )
            .path_param("instance_group_id", need!(self, instance_group_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    ShowCluster("show_cluster") { #[doc = " Cluster ID. Path parameter `cluster_id`."]
    cluster_id : String }
);
impl ShowCluster {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::VerticaClusterDetailResponse> {
        let request = request!(self, Get, "/v1/clusters/{cluster_id}")
            .path_param("cluster_id", need!(self, cluster_id)?);
        self.call.json(request).await
    }
}
crate::support::builder!(
    TerminateCluster("terminate_cluster") { #[doc =
    " Cluster ID. Path parameter `cluster_id`."] cluster_id : String }
);
impl TerminateCluster {
    /// Sends the request: the 202 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::AsyncResponse> {
        let request = request!(self, Delete, "/v1/clusters/{cluster_id}")
            .path_param("cluster_id", need!(self, cluster_id)?);
        self.call.json(request).await
    }
}
crate::support::builder!(
    ShowRequest("show_request") { #[doc = " Request ID. Path parameter `request_id`."]
    request_id : String }
);
impl ShowRequest {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::RequestStateResponse> {
        let request = request!(self, Get, "/v1/requests/{request_id}")
            .path_param("request_id", need!(self, request_id)?);
        self.call.json(request).await
    }
}
crate::support::builder!(
    StartCluster("start_cluster") { #[doc = " Cluster ID. Path parameter `cluster_id`."]
    cluster_id : String }
);
impl StartCluster {
    /// Sends the request: the 202 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::AsyncResponse> {
        let request = request!(self, Post, "/v1/clusters/{cluster_id}/start")
            .path_param("cluster_id", need!(self, cluster_id)?);
        self.call.json(request).await
    }
}
crate::support::builder!(
    StopCluster("stop_cluster") { #[doc = " Cluster ID. Path parameter `cluster_id`."]
    cluster_id : String }
);
impl StopCluster {
    /// Sends the request: the 202 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::AsyncResponse> {
        let request = request!(self, Post, "/v1/clusters/{cluster_id}/stop")
            .path_param("cluster_id", need!(self, cluster_id)?);
        self.call.json(request).await
    }
}
crate::support::builder!(
    SynchronizeClusterState("synchronize_cluster_state") { #[doc =
    " Cluster ID. Path parameter `cluster_id`."] cluster_id : String }
);
impl SynchronizeClusterState {
    /// Sends the request: the 202 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::AsyncResponse> {
        let request = request!(self, Post, "/v1/clusters/{cluster_id}/sync-state")
            .path_param("cluster_id", need!(self, cluster_id)?);
        self.call.json(request).await
    }
}
