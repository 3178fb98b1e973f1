use crate::operations;
/// A client for Vertica(DBaaS): one method per operation (see the crate docs).
#[derive(Clone, Debug)]
pub struct Client {
    pub(crate) inner: docsdk_runtime::Client,
}
/// The `region` part of the service URL: only documented values.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Region {
    /// `kr-west1`
    KrWest1,
    /// `kr-east1`
    KrEast1,
    /// `kr-south1`
    KrSouth1,
    /// `kr-south2`
    KrSouth2,
    /// `kr-south3`
    KrSouth3,
}
/// The `environment` part of the service URL: only documented values.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Environment {
    /// `s`
    S,
    /// `g`
    G,
    /// `e`
    E,
}
impl Client {
    /// Creates a client for the service URL at the given `region` and `environment`. Only documented combinations are accepted; others fail with `Error::InvalidRequest`. The config's endpoint override, when set, wins.
    pub fn new(
        config: docsdk_runtime::Config,
        region: Region,
        environment: Environment,
    ) -> docsdk_runtime::Result<Self> {
        let base_url: &str = {
            let values = match (region, environment) {
                (Region::KrWest1, Environment::S) => ["kr-west1", "s"],
                (Region::KrWest1, Environment::E) => ["kr-west1", "e"],
                (Region::KrEast1, Environment::S) => ["kr-east1", "s"],
                (Region::KrEast1, Environment::E) => ["kr-east1", "e"],
                (Region::KrSouth1, Environment::G) => ["kr-south1", "g"],
                (Region::KrSouth2, Environment::G) => ["kr-south2", "g"],
                (Region::KrSouth3, Environment::G) => ["kr-south3", "g"],
                _ => {
                    return Err(
                        docsdk_runtime::Error::InvalidRequest(
                            format!(
                                "Vertica(DBaaS): the documentation lists no endpoint for region {region:?}, environment {environment:?}"
                            ),
                        ),
                    );
                }
            };
            &docsdk_runtime::url_from_template(
                "https://vertica.{region}.{environment}.samsungsdscloud.com",
                &[("region", values[0]), ("environment", values[1])],
            )?
        };
        Ok(Self {
            inner: docsdk_runtime::Client::new(config, base_url)?,
        })
    }
    /// Creates a client that sends every request to the config's endpoint override (a proxy or a test server), signing with the config's credentials (SCP access key). Fails with `Error::InvalidRequest` when the config has no endpoint.
    pub fn with_endpoint(
        config: docsdk_runtime::Config,
    ) -> docsdk_runtime::Result<Self> {
        let Some(url) = config.endpoint_url().map(str::to_owned) else {
            return Err(
                docsdk_runtime::Error::InvalidRequest(
                    "with_endpoint: the config has no endpoint_url".to_owned(),
                ),
            );
        };
        Ok(Self {
            inner: docsdk_runtime::Client::new(config, url)?,
        })
    }
    /// Add Block Storages: `POST /v1/instance-groups/{instance_group_id}/block-storage-groups`, API version 1.0, CURRENT.
    pub fn add_block_storages(&self) -> operations::AddBlockStorages {
        operations::AddBlockStorages::new(&self.inner, Some("vertica 1.0"))
    }
    /// List Clusters: `GET /v1/clusters`, API version 1.0, CURRENT.
    pub fn list_clusters(&self) -> operations::ListClusters {
        operations::ListClusters::new(&self.inner, Some("vertica 1.0"))
    }
    /// Create Cluster: `POST /v1/clusters`, API version 1.0, CURRENT.
    pub fn create_cluster(&self) -> operations::CreateCluster {
        operations::CreateCluster::new(&self.inner, Some("vertica 1.0"))
    }
    /// Create Restore Cluster: `POST /v1/clusters/{cluster_id}/restore`, API version 1.0, CURRENT.
    pub fn create_restore_cluster(&self) -> operations::CreateRestoreCluster {
        operations::CreateRestoreCluster::new(&self.inner, Some("vertica 1.0"))
    }
    /// List Backup Histories: `GET /v1/clusters/{cluster_id}/backup-histories`, API version 1.0, CURRENT.
    pub fn list_backup_histories(&self) -> operations::ListBackupHistories {
        operations::ListBackupHistories::new(&self.inner, Some("vertica 1.0"))
    }
    /// Remove Backup Histories: `PUT /v1/clusters/{cluster_id}/backup-histories`, API version 1.0, CURRENT.
    pub fn remove_backup_histories(&self) -> operations::RemoveBackupHistories {
        operations::RemoveBackupHistories::new(&self.inner, Some("vertica 1.0"))
    }
    /// List Engine Version Properties: `GET /v1/engine-versions/{dbaas_engine_version_id}/properties`, API version 1.0, CURRENT.
    pub fn list_engine_version_properties(
        &self,
    ) -> operations::ListEngineVersionProperties {
        operations::ListEngineVersionProperties::new(&self.inner, Some("vertica 1.0"))
    }
    /// List Engine Versions: `GET /v1/engine-versions`, API version 1.0, CURRENT.
    pub fn list_engine_versions(&self) -> operations::ListEngineVersions {
        operations::ListEngineVersions::new(&self.inner, Some("vertica 1.0"))
    }
    /// List Server Types: `GET /v1/server-types`, API version 1.0, CURRENT.
    pub fn list_server_types(&self) -> operations::ListServerTypes {
        operations::ListServerTypes::new(&self.inner, Some("vertica 1.0"))
    }
    /// Restart Cluster: `POST /v1/clusters/{cluster_id}/restart`, API version 1.0, CURRENT.
    pub fn restart_cluster(&self) -> operations::RestartCluster {
        operations::RestartCluster::new(&self.inner, Some("vertica 1.0"))
    }
    /// Set Backup: `POST /v1/clusters/{cluster_id}/backups`, API version 1.0, CURRENT.
    pub fn set_backup(&self) -> operations::SetBackup {
        operations::SetBackup::new(&self.inner, Some("vertica 1.0"))
    }
    /// Unset Backup: `DELETE /v1/clusters/{cluster_id}/backups`, API version 1.0, CURRENT.
    pub fn unset_backup(&self) -> operations::UnsetBackup {
        operations::UnsetBackup::new(&self.inner, Some("vertica 1.0"))
    }
    /// Set Block Storage Size: `POST /v1/block-storage-groups/{block_storage_group_id}/resize`, API version 1.0, CURRENT.
    pub fn set_block_storage_size(&self) -> operations::SetBlockStorageSize {
        operations::SetBlockStorageSize::new(&self.inner, Some("vertica 1.0"))
    }
    /// Set Maintenance: `POST /v1/clusters/{cluster_id}/maintenance`, API version 1.0, CURRENT.
    pub fn set_maintenance(&self) -> operations::SetMaintenance {
        operations::SetMaintenance::new(&self.inner, Some("vertica 1.0"))
    }
    /// Unset Maintenance: `DELETE /v1/clusters/{cluster_id}/maintenance`, API version 1.0, CURRENT.
    pub fn unset_maintenance(&self) -> operations::UnsetMaintenance {
        operations::UnsetMaintenance::new(&self.inner, Some("vertica 1.0"))
    }
    /// Set Security Group Rules: `POST /v1/clusters/{cluster_id}/security-group-rules`, API version 1.0, CURRENT.
    pub fn set_security_group_rules(&self) -> operations::SetSecurityGroupRules {
        operations::SetSecurityGroupRules::new(&self.inner, Some("vertica 1.0"))
    }
    /// Set Server Type: `POST /v1/instance-groups/{instance_group_id}/resize`, API version 1.0, CURRENT.
    pub fn set_server_type(&self) -> operations::SetServerType {
        operations::SetServerType::new(&self.inner, Some("vertica 1.0"))
    }
    /// Show Cluster: `GET /v1/clusters/{cluster_id}`, API version 1.0, CURRENT.
    pub fn show_cluster(&self) -> operations::ShowCluster {
        operations::ShowCluster::new(&self.inner, Some("vertica 1.0"))
    }
    /// Terminate Cluster: `DELETE /v1/clusters/{cluster_id}`, API version 1.0, CURRENT.
    pub fn terminate_cluster(&self) -> operations::TerminateCluster {
        operations::TerminateCluster::new(&self.inner, Some("vertica 1.0"))
    }
    /// Show Request: `GET /v1/requests/{request_id}`, API version 1.0, CURRENT.
    pub fn show_request(&self) -> operations::ShowRequest {
        operations::ShowRequest::new(&self.inner, Some("vertica 1.0"))
    }
    /// Start Cluster: `POST /v1/clusters/{cluster_id}/start`, API version 1.0, CURRENT.
    pub fn start_cluster(&self) -> operations::StartCluster {
        operations::StartCluster::new(&self.inner, Some("vertica 1.0"))
    }
    /// Stop Cluster: `POST /v1/clusters/{cluster_id}/stop`, API version 1.0, CURRENT.
    pub fn stop_cluster(&self) -> operations::StopCluster {
        operations::StopCluster::new(&self.inner, Some("vertica 1.0"))
    }
    /// Synchronize Cluster State: `POST /v1/clusters/{cluster_id}/sync-state`, API version 1.0, CURRENT.
    pub fn synchronize_cluster_state(&self) -> operations::SynchronizeClusterState {
        operations::SynchronizeClusterState::new(&self.inner, Some("vertica 1.0"))
    }
}
