use crate::operations;
/// A client for Elastic Volume Service: one method per operation (see the crate docs).
#[derive(Clone, Debug)]
pub struct Client {
    pub(crate) inner: docsdk_runtime::Client,
}
/// The `region` part of the service URL: only documented values.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Region {
    /// `eu-de`
    EuDe,
}
impl Client {
    /// Creates a client for the service URL at the given `region`. Only documented combinations are accepted; others fail with `Error::InvalidRequest`. The config's endpoint override, when set, wins.
    pub fn new(
        config: docsdk_runtime::Config,
        region: Region,
    ) -> docsdk_runtime::Result<Self> {
        let base_url: &str = {
            let values = match region {
                Region::EuDe => ["eu-de"],
            };
            &docsdk_runtime::url_from_template(
                "https://evs.{region}.otc.t-systems.com",
                &[("region", values[0])],
            )?
        };
        Ok(Self {
            inner: docsdk_runtime::Client::new(config, base_url)?,
        })
    }
    /// Creates a client that sends every request to the config's endpoint override (a proxy or a test server), signing with the config's credentials (OTC token or AK/SK). Fails with `Error::InvalidRequest` when the config has no endpoint.
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
    /// The operations at API version v2, each with the request and response types of that version.
    pub fn v2(&self) -> crate::v2::Client<'_> {
        crate::v2::Client(self)
    }
    /// Creating EVS Disks: `POST /v3/{project_id}/cloudvolumes`, API version v3.
    ///
    /// This API is used to create one or multiple EVS disks.
    pub fn creating_evs_disks(&self) -> operations::CreatingEvsDisks {
        operations::CreatingEvsDisks::new(&self.inner, None)
    }
    /// Querying Details About All EVS Disks (Deprecated): `GET /v3/{project_id}/os-vendor-volumes/detail`, API version v3.
    ///
    /// This API is used to query details about all disks.
    pub fn querying_details_about_all_evs_disks_deprecated(
        &self,
    ) -> operations::QueryingDetailsAboutAllEvsDisksDeprecated {
        operations::QueryingDetailsAboutAllEvsDisksDeprecated::new(&self.inner, None)
    }
    /// Querying Details About an EVS Disk (Deprecated): `GET /v3/{project_id}/os-vendor-volumes/{volume_id}`, API version v3.
    ///
    /// This API is used to query details about a disk.
    pub fn querying_details_about_an_evs_disk_deprecated(
        &self,
    ) -> operations::QueryingDetailsAboutAnEvsDiskDeprecated {
        operations::QueryingDetailsAboutAnEvsDiskDeprecated::new(&self.inner, None)
    }
    /// Querying Loading Progress of a Lazyloading Disk: `GET /v3/{project_id}/os-vendor-volumes/{volume_id}/internal-info`, API version v3.
    ///
    /// This API is used to query the loading progress of a lazyloading disk.
    pub fn querying_loading_progress_of_a_lazyloading_disk(
        &self,
    ) -> operations::QueryingLoadingProgressOfALazyloadingDisk {
        operations::QueryingLoadingProgressOfALazyloadingDisk::new(&self.inner, None)
    }
    /// Batch Adding Tags for the Specified EVS Disk: `POST /v3/{project_id}/os-vendor-volumes/{volume_id}/tags/action`, API version v3.
    ///
    /// This API is used to batch add tags for the specified EVS disk.
    ///
    /// When adding tags, if a tag key is consistent with an existing one, the new tag will overwrite the existing tag.
    ///
    /// A maximum of 10 tags can be created for a disk.
    pub fn batch_adding_tags_for_the_specified_evs_disk(
        &self,
    ) -> operations::BatchAddingTagsForTheSpecifiedEvsDisk {
        operations::BatchAddingTagsForTheSpecifiedEvsDisk::new(&self.inner, None)
    }
    /// Querying Details of EVS Disks by Tag: `POST /v3/{project_id}/os-vendor-volumes/resource_instances/action`, API version v3.
    ///
    /// This API is used to query the details of EVS disks by tag.
    pub fn querying_details_of_evs_disks_by_tag(
        &self,
    ) -> operations::QueryingDetailsOfEvsDisksByTag {
        operations::QueryingDetailsOfEvsDisksByTag::new(&self.inner, None)
    }
    /// Querying Tags of an EVS Disk: `GET /v3/{project_id}/os-vendor-volumes/{volume_id}/tags`, API version v3.
    ///
    /// This API is used to query the tags of the specified EVS disk.
    pub fn querying_tags_of_an_evs_disk(&self) -> operations::QueryingTagsOfAnEvsDisk {
        operations::QueryingTagsOfAnEvsDisk::new(&self.inner, None)
    }
    /// Querying Metadata of an EVS Disk: `GET /v3/{project_id}/volumes/{volume_id}/metadata`, API version v3.
    ///
    /// This API is used to query the metadata of an EVS disk.
    pub fn querying_metadata_of_an_evs_disk(
        &self,
    ) -> operations::QueryingMetadataOfAnEvsDisk {
        operations::QueryingMetadataOfAnEvsDisk::new(&self.inner, None)
    }
    /// Updating Metadata of an EVS Disk: `PUT /v3/{project_id}/volumes/{volume_id}/metadata`, API version v3.
    ///
    /// This API is used to update the metadata of an EVS disk.
    pub fn updating_metadata_of_an_evs_disk(
        &self,
    ) -> operations::UpdatingMetadataOfAnEvsDisk {
        operations::UpdatingMetadataOfAnEvsDisk::new(&self.inner, None)
    }
    /// Adding Metadata of an EVS Disk: `POST /v3/{project_id}/volumes/{volume_id}/metadata`, API version v3.
    ///
    /// This API is used to add or update the metadata of an EVS disk.
    pub fn adding_metadata_of_an_evs_disk(
        &self,
    ) -> operations::AddingMetadataOfAnEvsDisk {
        operations::AddingMetadataOfAnEvsDisk::new(&self.inner, None)
    }
    /// Querying EVS Disks: `GET /v3/{project_id}/volumes`, API version v3.
    ///
    /// This API is used to query EVS disks.
    pub fn querying_evs_disks(&self) -> operations::QueryingEvsDisks {
        operations::QueryingEvsDisks::new(&self.inner, None)
    }
    /// Creating EVS Disks: `POST /v3/{project_id}/volumes`, API version v3.
    ///
    /// This API is used to create one or multiple EVS disks.
    pub fn creating_evs_disks_2(&self) -> operations::CreatingEvsDisks2 {
        operations::CreatingEvsDisks2::new(&self.inner, None)
    }
    /// Querying Details About a Disk: `GET /v3/{project_id}/volumes/{volume_id}`, API version v3.
    ///
    /// This API is used to query details about a disk. It does not support enterprise project authorization.
    pub fn querying_details_about_a_disk(
        &self,
    ) -> operations::QueryingDetailsAboutADisk {
        operations::QueryingDetailsAboutADisk::new(&self.inner, None)
    }
    /// Updating an EVS Disk: `PUT /v3/{project_id}/volumes/{volume_id}`, API version v3.
    ///
    /// This API is used to update the EVS disk information.
    pub fn updating_an_evs_disk(&self) -> operations::UpdatingAnEvsDisk {
        operations::UpdatingAnEvsDisk::new(&self.inner, None)
    }
    /// Deleting an EVS Disk: `DELETE /v3/{project_id}/volumes/{volume_id}`, API version v3.
    ///
    /// This API is used to delete an EVS disk.
    pub fn deleting_an_evs_disk(&self) -> operations::DeletingAnEvsDisk {
        operations::DeletingAnEvsDisk::new(&self.inner, None)
    }
    /// Querying One Piece of Metadata for an EVS Disk: `GET /v3/{project_id}/volumes/{volume_id}/metadata/{key}`, API version v3.
    ///
    /// This API is used to query one piece of the EVS disk metadata.
    pub fn querying_one_piece_of_metadata_for_an_evs_disk(
        &self,
    ) -> operations::QueryingOnePieceOfMetadataForAnEvsDisk {
        operations::QueryingOnePieceOfMetadataForAnEvsDisk::new(&self.inner, None)
    }
    /// Updating One Piece of Metadata for an EVS Disk: `PUT /v3/{project_id}/volumes/{volume_id}/metadata/{key}`, API version v3.
    ///
    /// This API is used to update one piece of the EVS disk metadata.
    pub fn updating_one_piece_of_metadata_for_an_evs_disk(
        &self,
    ) -> operations::UpdatingOnePieceOfMetadataForAnEvsDisk {
        operations::UpdatingOnePieceOfMetadataForAnEvsDisk::new(&self.inner, None)
    }
    /// Deleting One Piece of Metadata for an EVS Disk: `DELETE /v3/{project_id}/volumes/{volume_id}/metadata/{key}`, API version v3.
    ///
    /// This API is used to delete one piece of the EVS disk metadata.
    pub fn deleting_one_piece_of_metadata_for_an_evs_disk(
        &self,
    ) -> operations::DeletingOnePieceOfMetadataForAnEvsDisk {
        operations::DeletingOnePieceOfMetadataForAnEvsDisk::new(&self.inner, None)
    }
    /// Querying All AZs: `GET /v3/{project_id}/os-availability-zone`, API version v3.
    ///
    /// This API is used to query all AZs.
    pub fn querying_all_a_zs(&self) -> operations::QueryingAllAZs {
        operations::QueryingAllAZs::new(&self.inner, None)
    }
    /// Querying Details About All Disks: `GET /v3/{project_id}/volumes/detail`, API version v3.
    ///
    /// This API is used to query details about all disks. It does not support enterprise project authorization.
    pub fn querying_details_about_all_disks(
        &self,
    ) -> operations::QueryingDetailsAboutAllDisks {
        operations::QueryingDetailsAboutAllDisks::new(&self.inner, None)
    }
    /// Querying Details About an EVS Disk Type: `GET /v3/{project_id}/types/{type_id}`, API version v3.
    ///
    /// This API is used to query details about an EVS disk type.
    pub fn querying_details_about_an_evs_disk_type(
        &self,
    ) -> operations::QueryingDetailsAboutAnEvsDiskType {
        operations::QueryingDetailsAboutAnEvsDiskType::new(&self.inner, None)
    }
    /// Querying Details of Tenant Quotas: `GET /v3/{project_id}/os-quota-sets/{target_project_id}`, API version v3.
    ///
    /// This API is used to query the details of tenant quotas.
    pub fn querying_details_of_tenant_quotas(
        &self,
    ) -> operations::QueryingDetailsOfTenantQuotas {
        operations::QueryingDetailsOfTenantQuotas::new(&self.inner, None)
    }
    /// Querying EVS Disk Types: `GET /v3/{project_id}/types`, API version v3.
    ///
    /// This API is used to query EVS disk types and display the query results in a list.
    pub fn querying_evs_disk_types(&self) -> operations::QueryingEvsDiskTypes {
        operations::QueryingEvsDiskTypes::new(&self.inner, None)
    }
    /// Querying Extension APIs: `GET /v3/{project_id}/extensions`, API version v3.
    ///
    /// This API is used to query extension APIs.
    pub fn querying_extension_ap_is(&self) -> operations::QueryingExtensionApIs {
        operations::QueryingExtensionApIs::new(&self.inner, None)
    }
    /// Querying Summary Information of EVS Disks: `GET /v3/{project_id}/volumes/summary`, API version v3.
    ///
    /// This API is used to query the summary information of EVS disks, including the disk quantity, total capacity, and metadata information.
    ///
    /// The request version must be 3.12 or later.
    pub fn querying_summary_information_of_evs_disks(
        &self,
    ) -> operations::QueryingSummaryInformationOfEvsDisks {
        operations::QueryingSummaryInformationOfEvsDisks::new(&self.inner, None)
    }
    /// Canceling Reservation of an EVS Disk (Deprecated): `POST /v3/{project_id}/volumes/{volume_id}/action`, API version v3.
    ///
    /// This API is used to cancel the reservation of an EVS disk.
    ///
    /// This API call exists for compatibility reasons only and is not meant to be used.
    pub fn canceling_reservation_of_an_evs_disk_deprecated(
        &self,
    ) -> operations::CancelingReservationOfAnEvsDiskDeprecated {
        operations::CancelingReservationOfAnEvsDiskDeprecated::new(&self.inner, None)
    }
    /// Accepting a Disk Transfer: `POST /v3/{project_id}/os-volume-transfer/{transfer_id}/accept`, API version v3.
    ///
    /// This API is used to accept a disk transfer through the transfer ID and authentication key.
    ///
    /// Constraints: Encrypted EVS disks cannot be transferred.
    ///
    /// EVS disks with backups and snapshots available cannot be transferred.
    ///
    /// EVS disks associated with backup policies cannot be transferred.
    ///
    /// EVS disks used as system disks cannot be transferred.
    ///
    /// EVS disks in EVS replication pairs cannot be transferred.
    ///
    /// If the disk transfer is created using one of the unsupported disks, error code 400 will be returned.
    pub fn accepting_a_disk_transfer(&self) -> operations::AcceptingADiskTransfer {
        operations::AcceptingADiskTransfer::new(&self.inner, None)
    }
    /// Querying All Disk Transfers: `GET /v3/{project_id}/os-volume-transfer`, API version v3.
    ///
    /// This API is used to query all disk transfers of the current tenant.
    pub fn querying_all_disk_transfers(&self) -> operations::QueryingAllDiskTransfers {
        operations::QueryingAllDiskTransfers::new(&self.inner, None)
    }
    /// Creating a Disk Transfer: `POST /v3/{project_id}/os-volume-transfer`, API version v3.
    ///
    /// This API is used to create a disk transfer. After the transfer has been created, a transfer ID and an authentication key are returned.
    ///
    /// After a disk transfer is created, the disk status changes from **available** to **awaiting-transfer**. Once the disk transfer is accepted, the disk status changes to **available** again.
    ///
    /// Constraints: A disk transfer can be created only when the disk status is **available**. The detailed constraints are as follows:
    ///
    /// Encrypted EVS disks cannot be transferred.
    ///
    /// EVS disks with backups and snapshots available cannot be transferred.
    ///
    /// EVS disks associated with backup policies cannot be transferred.
    ///
    /// EVS disks used as system disks cannot be transferred.
    ///
    /// EVS disks in EVS replication pairs cannot be transferred.
    ///
    /// If the disk transfer is created using one of the unsupported disks, error code 400 will be returned.
    pub fn creating_a_disk_transfer(&self) -> operations::CreatingADiskTransfer {
        operations::CreatingADiskTransfer::new(&self.inner, None)
    }
    /// Querying Details of a Disk Transfer: `GET /v3/{project_id}/os-volume-transfer/{transfer_id}`, API version v3.
    ///
    /// This API is used to query the details of a disk transfer, including the transfer creation time, transfer ID, and transfer name.
    pub fn querying_details_of_a_disk_transfer(
        &self,
    ) -> operations::QueryingDetailsOfADiskTransfer {
        operations::QueryingDetailsOfADiskTransfer::new(&self.inner, None)
    }
    /// Deleting a Disk Transfer: `DELETE /v3/{project_id}/os-volume-transfer/{transfer_id}`, API version v3.
    ///
    /// This API is used to delete a disk transfer. A disk transfer can be deleted if it is not accepted. Accepted disk transfers cannot be deleted.
    pub fn deleting_a_disk_transfer(&self) -> operations::DeletingADiskTransfer {
        operations::DeletingADiskTransfer::new(&self.inner, None)
    }
    /// Querying Details of All Disk Transfers: `GET /v3/{project_id}/os-volume-transfer/detail`, API version v3.
    ///
    /// This API is used to query the details of all disk transfers, including the transfer creation time, transfer IDs, and transfer names.
    pub fn querying_details_of_all_disk_transfers(
        &self,
    ) -> operations::QueryingDetailsOfAllDiskTransfers {
        operations::QueryingDetailsOfAllDiskTransfers::new(&self.inner, None)
    }
    /// Querying Metadata of an EVS Snapshot: `GET /v3/{project_id}/snapshots/{snapshot_id}/metadata`, API version v3.
    ///
    /// This API is used to query the metadata of an EVS snapshot.
    pub fn querying_metadata_of_an_evs_snapshot(
        &self,
    ) -> operations::QueryingMetadataOfAnEvsSnapshot {
        operations::QueryingMetadataOfAnEvsSnapshot::new(&self.inner, None)
    }
    /// Updating Metadata of an EVS Snapshot: `PUT /v3/{project_id}/snapshots/{snapshot_id}/metadata`, API version v3.
    ///
    /// This API is used to update the metadata of an EVS snapshot.
    pub fn updating_metadata_of_an_evs_snapshot(
        &self,
    ) -> operations::UpdatingMetadataOfAnEvsSnapshot {
        operations::UpdatingMetadataOfAnEvsSnapshot::new(&self.inner, None)
    }
    /// Adding Metadata of an EVS Snapshot: `POST /v3/{project_id}/snapshots/{snapshot_id}/metadata`, API version v3.
    ///
    /// This API is used to add the metadata of an EVS snapshot.
    pub fn adding_metadata_of_an_evs_snapshot(
        &self,
    ) -> operations::AddingMetadataOfAnEvsSnapshot {
        operations::AddingMetadataOfAnEvsSnapshot::new(&self.inner, None)
    }
    /// Querying EVS Snapshots: `GET /v3/{project_id}/snapshots`, API version v3.
    ///
    /// This API is used to query the EVS snapshots.
    pub fn querying_evs_snapshots(&self) -> operations::QueryingEvsSnapshots {
        operations::QueryingEvsSnapshots::new(&self.inner, None)
    }
    /// Creating an EVS Snapshot: `POST /v3/{project_id}/snapshots`, API version v3.
    ///
    /// This API is used to create an EVS snapshot.
    pub fn creating_an_evs_snapshot(&self) -> operations::CreatingAnEvsSnapshot {
        operations::CreatingAnEvsSnapshot::new(&self.inner, None)
    }
    /// Querying Details About an EVS Snapshot: `GET /v3/{project_id}/snapshots/{snapshot_id}`, API version v3.
    ///
    /// This API is used to query details about an EVS snapshot.
    pub fn querying_details_about_an_evs_snapshot(
        &self,
    ) -> operations::QueryingDetailsAboutAnEvsSnapshot {
        operations::QueryingDetailsAboutAnEvsSnapshot::new(&self.inner, None)
    }
    /// Updating an EVS Snapshot: `PUT /v3/{project_id}/snapshots/{snapshot_id}`, API version v3.
    ///
    /// This API is used to update an EVS snapshot.
    pub fn updating_an_evs_snapshot(&self) -> operations::UpdatingAnEvsSnapshot {
        operations::UpdatingAnEvsSnapshot::new(&self.inner, None)
    }
    /// Deleting an EVS Snapshot: `DELETE /v3/{project_id}/snapshots/{snapshot_id}`, API version v3.
    ///
    /// This API is used to delete an EVS snapshot.
    ///
    /// Constraints: A snapshot can be deleted only when it is in the **available** or **error** state.
    pub fn deleting_an_evs_snapshot(&self) -> operations::DeletingAnEvsSnapshot {
        operations::DeletingAnEvsSnapshot::new(&self.inner, None)
    }
    /// Querying One Piece of Metadata for an EVS Snapshot: `GET /v3/{project_id}/snapshots/{snapshot_id}/metadata/{key}`, API version v3.
    ///
    /// This API is used to query one piece of the EVS snapshot metadata.
    pub fn querying_one_piece_of_metadata_for_an_evs_snapshot(
        &self,
    ) -> operations::QueryingOnePieceOfMetadataForAnEvsSnapshot {
        operations::QueryingOnePieceOfMetadataForAnEvsSnapshot::new(&self.inner, None)
    }
    /// Updating One Piece of Metadata for an EVS Snapshot: `PUT /v3/{project_id}/snapshots/{snapshot_id}/metadata/{key}`, API version v3.
    ///
    /// This API is used to update one piece of the EVS snapshot metadata.
    pub fn updating_one_piece_of_metadata_for_an_evs_snapshot(
        &self,
    ) -> operations::UpdatingOnePieceOfMetadataForAnEvsSnapshot {
        operations::UpdatingOnePieceOfMetadataForAnEvsSnapshot::new(&self.inner, None)
    }
    /// Deleting One Piece of Metadata for an EVS Snapshot: `DELETE /v3/{project_id}/snapshots/{snapshot_id}/metadata/{key}`, API version v3.
    ///
    /// This API is used to delete one piece of the EVS snapshot metadata.
    pub fn deleting_one_piece_of_metadata_for_an_evs_snapshot(
        &self,
    ) -> operations::DeletingOnePieceOfMetadataForAnEvsSnapshot {
        operations::DeletingOnePieceOfMetadataForAnEvsSnapshot::new(&self.inner, None)
    }
    /// Querying Details About EVS Snapshots: `GET /v3/{project_id}/snapshots/detail`, API version v3.
    ///
    /// This API is used to query details about the EVS snapshots.
    pub fn querying_details_about_evs_snapshots(
        &self,
    ) -> operations::QueryingDetailsAboutEvsSnapshots {
        operations::QueryingDetailsAboutEvsSnapshots::new(&self.inner, None)
    }
    /// Changing the EVS Disk Type: `POST /v2/{project_id}/volumes/{volume_id}/retype`, API version v2.
    ///
    /// This API is used to change the type of a disk.
    pub fn changing_the_evs_disk_type(&self) -> operations::ChangingTheEvsDiskType {
        operations::ChangingTheEvsDiskType::new(&self.inner, None)
    }
    /// Expanding Capacity of an EVS Disk: `POST /v2/{project_id}/cloudvolumes/{volume_id}/action`, API version v2.
    ///
    /// This API is used to expand the capacity of an EVS disk.
    ///
    /// If the status of the to-be-expanded disk is **available**, there are no restrictions.
    ///
    /// If the status of the to-be-expanded disk is **in-use**, the restrictions are as follows:
    ///
    /// A shared disk cannot be expanded, that is, the value of parameter **multiattach** must be **false**.
    ///
    /// The status of the server to which the disk attached must be **ACTIVE**, **PAUSED**, **SUSPENDED**, or **SHUTOFF**.
    ///
    /// This API call exists for compatibility reasons only and is not meant to be used.
    pub fn expanding_capacity_of_an_evs_disk(
        &self,
    ) -> operations::ExpandingCapacityOfAnEvsDisk {
        operations::ExpandingCapacityOfAnEvsDisk::new(&self.inner, None)
    }
    /// Querying Details About All Disks (Deprecated): `GET /v2/{project_id}/os-vendor-volumes/detail`, API version v2.
    ///
    /// This API is used to query details about all disks.
    pub fn querying_details_about_all_disks_deprecated(
        &self,
    ) -> operations::QueryingDetailsAboutAllDisksDeprecated {
        operations::QueryingDetailsAboutAllDisksDeprecated::new(&self.inner, None)
    }
    /// Querying All EVS Replication Pairs (Deprecated): `GET /v2/{project_id}/os-vendor-replications`, API version v2.
    ///
    /// This API is used to query all EVS replication pairs of the current tenant.
    ///
    /// This API has been deprecated. To use this function, see Storage Disaster Recovery Service API Reference.
    pub fn querying_all_evs_replication_pairs_deprecated(
        &self,
    ) -> operations::QueryingAllEvsReplicationPairsDeprecated {
        operations::QueryingAllEvsReplicationPairsDeprecated::new(&self.inner, None)
    }
    /// Creating an EVS Replication Pair (Deprecated): `POST /v2/{project_id}/os-vendor-replications`, API version v2.
    ///
    /// This API is used to create an EVS replication pair using a specified production disk and a disaster recovery (DR) disk. The production disk is in the primary AZ, and the DR disk is in the secondary AZ.
    ///
    /// This API has been deprecated. To use this function, see Storage Disaster Recovery Service API Reference.
    ///
    /// Constraints: Two EVS disks used to create the EVS replication pair have been created and belong to different AZs.
    ///
    /// The types and capacities of the two EVS disks must be consistent.
    ///
    /// If the DR disk has been attached to a server, the server must be stopped.
    pub fn creating_an_evs_replication_pair_deprecated(
        &self,
    ) -> operations::CreatingAnEvsReplicationPairDeprecated {
        operations::CreatingAnEvsReplicationPairDeprecated::new(&self.inner, None)
    }
    /// Querying Details About an EVS Replication Pair (Deprecated): `GET /v2/{project_id}/os-vendor-replications/{replication_id}`, API version v2.
    ///
    /// This API is used to query the details about an EVS replication pair, including the name, ID, and status of the replication pair.
    ///
    /// This API has been deprecated. To use this function, see Storage Disaster Recovery Service API Reference.
    pub fn querying_details_about_an_evs_replication_pair_deprecated(
        &self,
    ) -> operations::QueryingDetailsAboutAnEvsReplicationPairDeprecated {
        operations::QueryingDetailsAboutAnEvsReplicationPairDeprecated::new(
            &self.inner,
            None,
        )
    }
    /// Deleting an EVS Replication Pair (Deprecated): `DELETE /v2/{project_id}/os-vendor-replications/{replication_id}`, API version v2.
    ///
    /// This API is used to delete a specified EVS replication pair.
    ///
    /// This API has been deprecated. To use this function, see Storage Disaster Recovery Service API Reference.
    ///
    /// Constraints: The to-be-deleted EVS replication pair cannot be in any replication consistency group. Otherwise, it cannot be deleted.
    ///
    /// The to-be-deleted EVS replication pair must be in the **available** or **error** state.
    pub fn deleting_an_evs_replication_pair_deprecated(
        &self,
    ) -> operations::DeletingAnEvsReplicationPairDeprecated {
        operations::DeletingAnEvsReplicationPairDeprecated::new(&self.inner, None)
    }
    /// Querying All Replication Consistency Groups (Deprecated): `GET /v2/{project_id}/os-vendor-replication-consistency-groups`, API version v2.
    ///
    /// This API is used to query all replication consistency groups of the current tenant.
    ///
    /// This API has been deprecated. To use this function, see Storage Disaster Recovery Service API Reference.
    pub fn querying_all_replication_consistency_groups_deprecated(
        &self,
    ) -> operations::QueryingAllReplicationConsistencyGroupsDeprecated {
        operations::QueryingAllReplicationConsistencyGroupsDeprecated::new(
            &self.inner,
            None,
        )
    }
    /// Creating a Replication Consistency Group (Deprecated): `POST /v2/{project_id}/os-vendor-replication-consistency-groups`, API version v2.
    ///
    /// This API is used to create a replication consistency group for the specified EVS replication pairs.
    ///
    /// This API has been deprecated. To use this function, see Storage Disaster Recovery Service API Reference.
    ///
    /// Constraints: At least one EVS replication pair must be added when you create the replication consistency group.
    ///
    /// The EVS replication pairs to be added to the group must be in the **available** state.
    pub fn creating_a_replication_consistency_group_deprecated(
        &self,
    ) -> operations::CreatingAReplicationConsistencyGroupDeprecated {
        operations::CreatingAReplicationConsistencyGroupDeprecated::new(
            &self.inner,
            None,
        )
    }
    /// Querying Details About a Replication Consistency Group (Deprecated): `GET /v2/{project_id}/os-vendor-replication-consistency-groups/{replication_consistency_group_id}`, API version v2.
    ///
    /// This API is used to query the details about a replication consistency group, including the name, ID, and status of the consistency group.
    ///
    /// This API has been deprecated. To use this function, see Storage Disaster Recovery Service API Reference.
    pub fn querying_details_about_a_replication_consistency_group_deprecated(
        &self,
    ) -> operations::QueryingDetailsAboutAReplicationConsistencyGroupDeprecated {
        operations::QueryingDetailsAboutAReplicationConsistencyGroupDeprecated::new(
            &self.inner,
            None,
        )
    }
    /// Updating a Replication Consistency Group (Deprecated): `PUT /v2/{project_id}/os-vendor-replication-consistency-groups/{replication_consistency_group_id}`, API version v2.
    ///
    /// This API is used to update a replication consistency group. An update includes the following operations:
    ///
    /// Update the name or description of the replication consistency group.
    ///
    /// Add EVS replication pairs to or remove EVS replication pairs from the replication consistency group.
    ///
    /// This API has been deprecated. To use this function, see Storage Disaster Recovery Service API Reference.
    ///
    /// Constraints: The replication consistency group must be paused before the update.
    ///
    /// Data needs to be synchronized after a replication consistency group update.
    pub fn updating_a_replication_consistency_group_deprecated(
        &self,
    ) -> operations::UpdatingAReplicationConsistencyGroupDeprecated {
        operations::UpdatingAReplicationConsistencyGroupDeprecated::new(
            &self.inner,
            None,
        )
    }
    /// Deleting a Replication Consistency Group (Deprecated): `DELETE /v2/{project_id}/os-vendor-replication-consistency-groups/{replication_consistency_group_id}`, API version v2.
    ///
    /// This API is used to delete a replication consistency group.
    ///
    /// This API has been deprecated. To use this function, see Storage Disaster Recovery Service API Reference.
    ///
    /// Constraints: All EVS replication pairs in the replication consistency group have been removed.
    ///
    /// The replication group status must be **available** or **error**.
    pub fn deleting_a_replication_consistency_group_deprecated(
        &self,
    ) -> operations::DeletingAReplicationConsistencyGroupDeprecated {
        operations::DeletingAReplicationConsistencyGroupDeprecated::new(
            &self.inner,
            None,
        )
    }
    /// Expanding EVS Disks in a Replication Consistency Group (Deprecated): `POST /v2/{project_id}/os-vendor-replication-consistency-groups/{replication_consistency_group_id}/action`, API version v2.
    ///
    /// This API is used to expand the EVS disks in one or multiple EVS replication pairs. In such an expansion operation, two EVS disks in one EVS replication pair are expanded together.
    ///
    /// The **status** and **replication\_status** values of the replication consistency group remain unchanged before and after capacity expansion. When **200** is returned, the capacity expansion is complete.
    ///
    /// If the expansion fails, contact technical support engineers to locate and rectify the fault. After the fault is rectified, expand the disks again.
    ///
    /// If the capacities of multiple EVS replication pairs in a protection group are expanded, an error indicating incorrect capacity will occur after the capacity expansion.
    ///
    /// This API has been deprecated. To use this function, see Storage Disaster Recovery Service API Reference.
    ///
    /// Constraints: The **status** value of the replication consistency group must be **available**.
    ///
    /// The **replication\_status** value of the replication consistency group cannot be **error**.
    pub fn expanding_evs_disks_in_a_replication_consistency_group_deprecated(
        &self,
    ) -> operations::ExpandingEvsDisksInAReplicationConsistencyGroupDeprecated {
        operations::ExpandingEvsDisksInAReplicationConsistencyGroupDeprecated::new(
            &self.inner,
            None,
        )
    }
    /// Obtaining Tags of a Specified EVS Resource (Deprecated): `GET /v2/{project_id}/os-vendor-tags/{resource_type}/{resource_id}`, API version v2.
    ///
    /// This API is used to obtain the tags of a specified EVS resource.
    ///
    /// This API has been deprecated. Use another API. For details, see Querying Tags of an EVS Disk.
    pub fn obtaining_tags_of_a_specified_evs_resource_deprecated(
        &self,
    ) -> operations::ObtainingTagsOfASpecifiedEvsResourceDeprecated {
        operations::ObtainingTagsOfASpecifiedEvsResourceDeprecated::new(
            &self.inner,
            None,
        )
    }
    /// Resetting Tags of an EVS Resource (Deprecated): `PUT /v2/{project_id}/os-vendor-tags/{resource_type}/{resource_id}`, API version v2.
    ///
    /// This API is used to reset the tags of an EVS resource, and the existing tags will be deleted.
    ///
    /// This API call exists for compatibility reasons only and is not meant to be used.
    ///
    /// Constraints: A tag is composed of a key-value pair.
    ///
    /// Key:
    ///
    /// Must be unique for each resource.
    ///
    /// Can contain a maximum of 36 characters.
    ///
    /// Can contain only digits, letters, hyphens (-), and underscores (\_).
    ///
    /// Value:
    ///
    /// Can contain a maximum of 43 characters.
    ///
    /// Can contain only digits, letters, hyphens (-), and underscores (\_).
    ///
    /// A maximum of 10 tags can be created for an EVS resource.
    pub fn resetting_tags_of_an_evs_resource_deprecated(
        &self,
    ) -> operations::ResettingTagsOfAnEvsResourceDeprecated {
        operations::ResettingTagsOfAnEvsResourceDeprecated::new(&self.inner, None)
    }
    /// Adding or Updating Tags for an EVS Resource (Deprecated): `POST /v2/{project_id}/os-vendor-tags/{resource_type}/{resource_id}`, API version v2.
    ///
    /// This API is used to add or update tags for an EVS resource.
    ///
    /// This API has been deprecated. Use another API. For details, see Batch Adding Tags for the Specified EVS Disk.
    ///
    /// Constraints: A tag is composed of a key-value pair.
    ///
    /// Key:
    ///
    /// Must be unique for each resource.
    ///
    /// Can contain a maximum of 36 characters.
    ///
    /// Can contain only digits, letters, hyphens (-), and underscores (\_).
    ///
    /// Value:
    ///
    /// Can contain a maximum of 43 characters.
    ///
    /// Can contain only digits, letters, hyphens (-), and underscores (\_).
    ///
    /// A maximum of 10 tags can be created for an EVS resource.
    pub fn adding_or_updating_tags_for_an_evs_resource_deprecated(
        &self,
    ) -> operations::AddingOrUpdatingTagsForAnEvsResourceDeprecated {
        operations::AddingOrUpdatingTagsForAnEvsResourceDeprecated::new(
            &self.inner,
            None,
        )
    }
    /// Batch Deleting Tags for an EVS Resource (Deprecated): `POST /v2/{project_id}/os-vendor-tags/{resource_type}/{resource_id}/action`, API version v2.
    ///
    /// This API is used to batch delete tags for an EVS resource.
    ///
    /// This API has been deprecated. Use another API. For details, see Batch Deleting Tags for the Specified EVS Disk.
    pub fn batch_deleting_tags_for_an_evs_resource_deprecated(
        &self,
    ) -> operations::BatchDeletingTagsForAnEvsResourceDeprecated {
        operations::BatchDeletingTagsForAnEvsResourceDeprecated::new(&self.inner, None)
    }
    /// Querying Tags of an EVS Resource by Key (Deprecated): `GET /v2/{project_id}/os-vendor-tags/{resource_type}/{resource_id}/{key}`, API version v2.
    ///
    /// This API is used to query tags of an EVS resource by key.
    ///
    /// This API has been deprecated. Use another API. For details, see Querying Tags of an EVS Disk.
    pub fn querying_tags_of_an_evs_resource_by_key_deprecated(
        &self,
    ) -> operations::QueryingTagsOfAnEvsResourceByKeyDeprecated {
        operations::QueryingTagsOfAnEvsResourceByKeyDeprecated::new(&self.inner, None)
    }
    /// Updating Tags of an EVS Resource by Key (Deprecated): `PUT /v2/{project_id}/os-vendor-tags/{resource_type}/{resource_id}/{key}`, API version v2.
    ///
    /// This API is used to update tags of an EVS resource by key.
    ///
    /// This API has been deprecated. Use another API. For details, see Batch Adding Tags for the Specified EVS Disk.
    ///
    /// Constraints: A tag is composed of a key-value pair.
    ///
    /// Key:
    ///
    /// Must be unique for each resource.
    ///
    /// Can contain a maximum of 36 characters.
    ///
    /// Can contain only digits, letters, hyphens (-), and underscores (\_).
    ///
    /// Value:
    ///
    /// Can contain a maximum of 43 characters.
    ///
    /// Can contain only digits, letters, hyphens (-), and underscores (\_).
    ///
    /// A maximum of 10 tags can be created for an EVS resource.
    pub fn updating_tags_of_an_evs_resource_by_key_deprecated(
        &self,
    ) -> operations::UpdatingTagsOfAnEvsResourceByKeyDeprecated {
        operations::UpdatingTagsOfAnEvsResourceByKeyDeprecated::new(&self.inner, None)
    }
    /// Deleting the Tag of an EVS Resource by Key: `DELETE /v2/{project_id}/os-vendor-tags/{resource_type}/{resource_id}/{key}`, API version v2.
    ///
    /// This API is used to delete the tag of an EVS resource by key.
    pub fn deleting_the_tag_of_an_evs_resource_by_key(
        &self,
    ) -> operations::DeletingTheTagOfAnEvsResourceByKey {
        operations::DeletingTheTagOfAnEvsResourceByKey::new(&self.inner, None)
    }
    /// Obtaining All Tags of an EVS Resource Type: `GET /v2/{project_id}/os-vendor-tags/{resource_type}`, API version v2.
    ///
    /// This API is used to obtain all tags of an EVS resource type.
    pub fn obtaining_all_tags_of_an_evs_resource_type(
        &self,
    ) -> operations::ObtainingAllTagsOfAnEvsResourceType {
        operations::ObtainingAllTagsOfAnEvsResourceType::new(&self.inner, None)
    }
    /// Querying EVS Resources by Tag (Deprecated): `GET /v2/{project_id}/os-vendor-tags/{resource_type}/resource_instances`, API version v2.
    ///
    /// This API is used to query the EVS resources by tag.
    ///
    /// This API has been deprecated. Use another API. For details, see Querying Details of EVS Disks by Tag.
    pub fn querying_evs_resources_by_tag_deprecated(
        &self,
    ) -> operations::QueryingEvsResourcesByTagDeprecated {
        operations::QueryingEvsResourcesByTagDeprecated::new(&self.inner, None)
    }
    /// Attaching an EVS Disk (Deprecated): `POST /v2/{project_id}/volumes/{volume_id}/action`, API version v2.
    ///
    /// This API is only used to change the EVS disk status from **available** to **in-use**.
    ///
    /// This API call exists for compatibility reasons only and is not meant to be used.
    ///
    /// Constraints: Do not call this API to attach a disk. If you need to attach a disk, call the ECS Attach Volume API.
    pub fn attaching_an_evs_disk_deprecated(
        &self,
    ) -> operations::AttachingAnEvsDiskDeprecated {
        operations::AttachingAnEvsDiskDeprecated::new(&self.inner, None)
    }
    /// Querying EVS Disks: `GET /v2/{project_id}/volumes`, API version v2.
    ///
    /// This API is used to query EVS disks.
    pub fn querying_evs_disks_2(&self) -> operations::QueryingEvsDisks2 {
        operations::QueryingEvsDisks2::new(&self.inner, None)
    }
    /// Querying Details About a Disk: `GET /v2/{project_id}/volumes/{volume_id}`, API version v2.
    ///
    /// This API is used to query details about a disk. It does not support enterprise project authorization.
    pub fn querying_details_about_a_disk_2(
        &self,
    ) -> operations::QueryingDetailsAboutADisk2 {
        operations::QueryingDetailsAboutADisk2::new(&self.inner, None)
    }
    /// Updating an EVS Disk: `PUT /v2/{project_id}/volumes/{volume_id}`, API version v2.
    ///
    /// This API is used to update an EVS disk.
    pub fn updating_an_evs_disk_2(&self) -> operations::UpdatingAnEvsDisk2 {
        operations::UpdatingAnEvsDisk2::new(&self.inner, None)
    }
    /// Deleting an EVS Disk: `DELETE /v2/{project_id}/volumes/{volume_id}`, API version v2.
    ///
    /// This API is used to delete an EVS disk.
    pub fn deleting_an_evs_disk_2(&self) -> operations::DeletingAnEvsDisk2 {
        operations::DeletingAnEvsDisk2::new(&self.inner, None)
    }
    /// Querying Details About All Disks: `GET /v2/{project_id}/volumes/detail`, API version v2.
    ///
    /// This API is used to query details about all disks. It does not support enterprise project authorization.
    pub fn querying_details_about_all_disks_2(
        &self,
    ) -> operations::QueryingDetailsAboutAllDisks2 {
        operations::QueryingDetailsAboutAllDisks2::new(&self.inner, None)
    }
    /// Updating the Metadata of an EVS Disk: `PUT /v2/{project_id}/volumes/{volume_id}/metadata`, API version v2.
    ///
    /// This API is used to update the metadata of an EVS disk.
    pub fn updating_the_metadata_of_an_evs_disk(
        &self,
    ) -> operations::UpdatingTheMetadataOfAnEvsDisk {
        operations::UpdatingTheMetadataOfAnEvsDisk::new(&self.inner, None)
    }
    /// Adding the Metadata for an EVS Disk: `POST /v2/{project_id}/volumes/{volume_id}/metadata`, API version v2.
    ///
    /// This API is used to add or update the metadata of an EVS disk.
    pub fn adding_the_metadata_for_an_evs_disk(
        &self,
    ) -> operations::AddingTheMetadataForAnEvsDisk {
        operations::AddingTheMetadataForAnEvsDisk::new(&self.inner, None)
    }
    /// Creating an EVS Snapshot: `POST /v2/{project_id}/snapshots`, API version v2.
    ///
    /// This API is used to create an EVS snapshot.
    pub fn creating_an_evs_snapshot_2(&self) -> operations::CreatingAnEvsSnapshot2 {
        operations::CreatingAnEvsSnapshot2::new(&self.inner, None)
    }
    /// Querying Details About an EVS Snapshot: `GET /v2/{project_id}/snapshots/{snapshot_id}`, API version v2.
    ///
    /// This API is used to query details about an EVS snapshot.
    pub fn querying_details_about_an_evs_snapshot_2(
        &self,
    ) -> operations::QueryingDetailsAboutAnEvsSnapshot2 {
        operations::QueryingDetailsAboutAnEvsSnapshot2::new(&self.inner, None)
    }
    /// Updating an EVS Snapshot: `PUT /v2/{project_id}/snapshots/{snapshot_id}`, API version v2.
    ///
    /// This API is used to update an EVS snapshot.
    pub fn updating_an_evs_snapshot_2(&self) -> operations::UpdatingAnEvsSnapshot2 {
        operations::UpdatingAnEvsSnapshot2::new(&self.inner, None)
    }
    /// Deleting an EVS Snapshot: `DELETE /v2/{project_id}/snapshots/{snapshot_id}`, API version v2.
    ///
    /// This API is used to delete an EVS snapshot.
    ///
    /// Constraints: A snapshot can be deleted only when it is in the **available** or **error** state.
    pub fn deleting_an_evs_snapshot_2(&self) -> operations::DeletingAnEvsSnapshot2 {
        operations::DeletingAnEvsSnapshot2::new(&self.inner, None)
    }
    /// Querying Details About EVS Snapshots: `GET /v2/{project_id}/snapshots/detail`, API version v2.
    ///
    /// This API is used to query details about the EVS snapshots.
    pub fn querying_details_about_evs_snapshots_2(
        &self,
    ) -> operations::QueryingDetailsAboutEvsSnapshots2 {
        operations::QueryingDetailsAboutEvsSnapshots2::new(&self.inner, None)
    }
    /// Updating the Metadata of an EVS Snapshot: `PUT /v2/{project_id}/snapshots/{snapshot_id}/metadata`, API version v2.
    ///
    /// This API is used to update the metadata of an EVS snapshot.
    pub fn updating_the_metadata_of_an_evs_snapshot(
        &self,
    ) -> operations::UpdatingTheMetadataOfAnEvsSnapshot {
        operations::UpdatingTheMetadataOfAnEvsSnapshot::new(&self.inner, None)
    }
    /// Querying Task Status: `GET /v1/{project_id}/jobs/{job_id}`, API version v1.
    ///
    /// This API is used to query the execution status of tasks, such as the status of disk creation, capacity expansion, and deletion.
    pub fn querying_task_status(&self) -> operations::QueryingTaskStatus {
        operations::QueryingTaskStatus::new(&self.inner, None)
    }
    /// Querying Details About a Disk (Deprecated): `GET /v1/{project_id}/volumes/{volume_id}`, API version v1.
    ///
    /// This API is used to query details about a disk. It does not support enterprise project authorization.
    ///
    /// This API has been deprecated. Use another API. For details, see Querying Details About a Disk.
    pub fn querying_details_about_a_disk_deprecated(
        &self,
    ) -> operations::QueryingDetailsAboutADiskDeprecated {
        operations::QueryingDetailsAboutADiskDeprecated::new(&self.inner, None)
    }
    /// Querying Information of an API Version: `GET /{api_version}`, API version unversioned.
    ///
    /// This API is used to query information of an API version.
    pub fn querying_information_of_an_api_version(
        &self,
    ) -> operations::QueryingInformationOfAnApiVersion {
        operations::QueryingInformationOfAnApiVersion::new(&self.inner, None)
    }
    /// Querying Information of API Versions: `GET /`, API version unversioned.
    ///
    /// This API is used to query information of API versions.
    pub fn querying_information_of_api_versions(
        &self,
    ) -> operations::QueryingInformationOfApiVersions {
        operations::QueryingInformationOfApiVersions::new(&self.inner, None)
    }
}
