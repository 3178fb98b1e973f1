//! Request builders, one per operation: set parameters, then `.send().await`.
use crate::support::need;
use crate::types;
use crate::support::request;
use docsdk_runtime::Result;
crate::support::builder!(
    AddInstances("add_instances") { #[doc = " Cluster ID. Path parameter `cluster_id`."]
    cluster_id : String, #[doc = " Instance Count"] instance_count : i64, #[doc =
    " Public IP ID List"] public_ip_ids / public_ip_ids_null : Vec < String >, #[doc =
    " User subnet IP address"] service_ip_addresses : Vec < String > }
);
impl AddInstances {
    /// Sends the request: the 202 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::AsyncResponse> {
        let body = types::EventStreamsClusterAddInstancesRequest {
            instance_count: need!(self, instance_count)?,
            public_ip_ids: self.public_ip_ids,
            service_ip_addresses: need!(self, service_ip_addresses)?,
        };
        let request = request!(self, Post, "/v1/clusters/{cluster_id}/add-instances")
            .path_param("cluster_id", need!(self, cluster_id)?)
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
    pub async fn send(self) -> Result<types::ClusterPageResponse> {
        let request = request!(self, Get, "/v1/clusters")
            .query_opt("size", self.size)
            .query_opt("page", self.page)
            .query_opt("sort", self.sort)
            .query_opt("name", self.name)
            .query_opt("service_state", self.service_state);
        self.call.json(request).await
    }
    crate::support::paged!(
        types::ClusterResponse, page : i64 = 0, size : i64 = 20, | r | r.contents
        .unwrap_or_default(), u64::try_from(r.count).ok()
    );
}
crate::support::builder!(
    CreateCluster("create_cluster") { #[doc = " AKHQ availability. Example: `false`."]
    akhq_enabled : bool, #[doc = " Allowed IP addresses list"] allowable_ip_addresses :
    Vec < String >, #[doc = " DBaaS engine version ID"] dbaas_engine_version_id : String,
    #[doc = " DB initial configuration option"] init_config_option :
    types::EventStreamsInitConfigOptionRequest, #[doc = " Instance groups list"]
    instance_groups : Vec < types::InstanceGroupRequest >, #[doc =
    " Instance name prefix. Length 3 to 13. Pattern: `^[a-z][a-zA-Z0-9\\-]*$`."]
    instance_name_prefix : String, #[doc = " HA availability. Example: `false`."]
    is_combined : bool, #[doc = " Maintenance option"] maintenance_option /
    maintenance_option_null : types::MaintenanceOption, #[doc =
    " Cluster name. Length 3 to 20. Pattern: `^[a-zA-Z]*$`."] name : String, #[doc =
    " NAT availability. Example: `false`."] nat_enabled : bool, #[doc = " Subnet ID"]
    subnet_id : String, #[doc = " tag"] tags / tags_null : Vec < types::Tag >, #[doc =
    " Timezone"] timezone : String }
);
impl CreateCluster {
    /// Sends the request: the 202 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::AsyncResponse> {
        let body = types::EventStreamsClusterCreateRequest {
            akhq_enabled: self.akhq_enabled,
            allowable_ip_addresses: self.allowable_ip_addresses,
            dbaas_engine_version_id: need!(self, dbaas_engine_version_id)?,
            init_config_option: need!(self, init_config_option)?,
            instance_groups: need!(self, instance_groups)?,
            instance_name_prefix: need!(self, instance_name_prefix)?,
            is_combined: self.is_combined,
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
    ListParameterGroups("list_parameter_groups") { #[doc =
    " Software major version. Query parameter `major_version`."] major_version : String,
    #[doc = " Product image type. Query parameter `product_image_type`."]
    product_image_type : String, #[doc =
    " sort. Query parameter `sort`. Default: `name:asc`. Example: `created_at:desc`."]
    sort : String }
);
impl ListParameterGroups {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ParameterGroupListResponse> {
        let request = request!(self, Get, "/v1/parameter-groups")
            .query_opt("major_version", self.major_version)
            .query_opt("product_image_type", self.product_image_type)
            .query_opt("sort", self.sort);
        self.call.json(request).await
    }
}
crate::support::builder!(
    ListParameterValues("list_parameter_values") { #[doc =
    " Cluster ID. Path parameter `cluster_id`."] cluster_id : String }
);
impl ListParameterValues {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ParametersResponse> {
        let request = request!(self, Get, "/v1/clusters/{cluster_id}/parameters")
            .path_param("cluster_id", need!(self, cluster_id)?);
        self.call.json(request).await
    }
}
crate::support::builder!(
    SetParameterValues("set_parameter_values") { #[doc =
    " Cluster ID. Path parameter `cluster_id`."] cluster_id : String, #[doc =
    " Parameter request list"] parameters : Vec < types::ParameterRequest > }
);
impl SetParameterValues {
    /// Sends the request: the 202 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::AsyncResponse> {
        let body = types::ParametersRequest {
            parameters: need!(self, parameters)?,
        };
        let request = request!(self, Put, "/v1/clusters/{cluster_id}/parameters")
            .path_param("cluster_id", need!(self, cluster_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    ListParameters("list_parameters") { #[doc =
    " size. Query parameter `size`. Default: `20`. Example: `20`."] size : i64, #[doc =
    " page. Query parameter `page`. Default: `0`. Example: `0`."] page : i64, #[doc =
    " sort. Query parameter `sort`. Default: `name:asc`. Example: `created_at:desc`."]
    sort : String, #[doc =
    " Parameter group ID. Query parameter `dbaas_parameter_group_id`."]
    dbaas_parameter_group_id : String }
);
impl ListParameters {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ParameterPageResponse> {
        let request = request!(self, Get, "/v1/parameters")
            .query_opt("size", self.size)
            .query_opt("page", self.page)
            .query_opt("sort", self.sort)
            .query("dbaas_parameter_group_id", need!(self, dbaas_parameter_group_id)?);
        self.call.json(request).await
    }
    crate::support::paged!(
        types::Parameters, page : i64 = 0, size : i64 = 20, | r | r.contents,
        u64::try_from(r.count).ok()
    );
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
    pub async fn send(self) -> Result<types::EventStreamsClusterDetailResponse> {
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
crate::support::builder!(
    SynchronizeParameterValues("synchronize_parameter_values") { #[doc =
    " Cluster ID. Path parameter `cluster_id`."] cluster_id : String }
);
impl SynchronizeParameterValues {
    /// Sends the request: the 202 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::AsyncResponse> {
        let request = request!(self, Post, "/v1/clusters/{cluster_id}/parameters/sync")
            .path_param("cluster_id", need!(self, cluster_id)?);
        self.call.json(request).await
    }
}
