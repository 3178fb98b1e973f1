//! API version v2 of Elastic Volume Service.
use crate::support::need;
use crate::support::request;
use docsdk_runtime::Result;
/// The operations at API version v2: get it with `Client::v2`.
#[derive(Clone, Copy, Debug)]
pub struct Client<'a>(pub(crate) &'a crate::Client);
impl Client<'_> {
    /// Creating EVS Disks: `POST /v2/{project_id}/cloudvolumes`, API version v2.
    ///
    /// This API is used to create one or multiple EVS disks.
    pub fn creating_evs_disks(&self) -> CreatingEvsDisks {
        CreatingEvsDisks::new(&self.0.inner, None)
    }
    /// Batch Adding Tags for the Specified EVS Disk: `POST /v2/{project_id}/os-vendor-volumes/{volume_id}/tags/action`, API version v2.
    ///
    /// This API is used to batch add tags for the specified EVS disk.
    ///
    /// When adding tags, if a tag key is consistent with an existing one, the new tag will overwrite the existing tag.
    ///
    /// A maximum of 10 tags can be created for a disk.
    pub fn batch_adding_tags_for_the_specified_evs_disk(
        &self,
    ) -> BatchAddingTagsForTheSpecifiedEvsDisk {
        BatchAddingTagsForTheSpecifiedEvsDisk::new(&self.0.inner, None)
    }
    /// Querying Details of EVS Disks by Tag: `POST /v2/{project_id}/os-vendor-volumes/resource_instances/action`, API version v2.
    ///
    /// This API is used to query the details of EVS disks by tag.
    pub fn querying_details_of_evs_disks_by_tag(
        &self,
    ) -> QueryingDetailsOfEvsDisksByTag {
        QueryingDetailsOfEvsDisksByTag::new(&self.0.inner, None)
    }
    /// Querying Tags of an EVS Disk: `GET /v2/{project_id}/os-vendor-volumes/{volume_id}/tags`, API version v2.
    ///
    /// This API is used to query the tags of the specified EVS disk.
    pub fn querying_tags_of_an_evs_disk(&self) -> QueryingTagsOfAnEvsDisk {
        QueryingTagsOfAnEvsDisk::new(&self.0.inner, None)
    }
    /// Querying Metadata of an EVS Disk: `GET /v2/{project_id}/volumes/{volume_id}/metadata`, API version v2.
    ///
    /// This API is used to query the metadata of an EVS disk.
    pub fn querying_metadata_of_an_evs_disk(&self) -> QueryingMetadataOfAnEvsDisk {
        QueryingMetadataOfAnEvsDisk::new(&self.0.inner, None)
    }
    /// Querying EVS Disks: `GET /v2/{project_id}/cloudvolumes`, API version v2.
    ///
    /// This API is used to query EVS disks and display the query results in a list.
    ///
    /// This API has been deprecated. Use another API. For details, see Querying EVS Disks.
    pub fn querying_evs_disks(&self) -> QueryingEvsDisks {
        QueryingEvsDisks::new(&self.0.inner, None)
    }
    /// Creating EVS Disks: `POST /v2/{project_id}/volumes`, API version v2.
    ///
    /// This API is used to create one or multiple EVS disks.
    pub fn creating_evs_disks_2(&self) -> CreatingEvsDisks2 {
        CreatingEvsDisks2::new(&self.0.inner, None)
    }
    /// Querying Details About a Disk: `GET /v2/{project_id}/os-vendor-volumes/{volume_id}`, API version v2.
    ///
    /// This API is used to query details about a disk.
    pub fn querying_details_about_a_disk(&self) -> QueryingDetailsAboutADisk {
        QueryingDetailsAboutADisk::new(&self.0.inner, None)
    }
    /// Updating an EVS Disk: `PUT /v2/{project_id}/cloudvolumes/{volume_id}`, API version v2.
    ///
    /// This API is used to update the name and description of an EVS disk.
    ///
    /// This API has been deprecated. Use another API. For details, see Updating an EVS Disk.
    pub fn updating_an_evs_disk(&self) -> UpdatingAnEvsDisk {
        UpdatingAnEvsDisk::new(&self.0.inner, None)
    }
    /// Deleting an EVS Disk: `DELETE /v2/{project_id}/cloudvolumes/{volume_id}`, API version v2.
    ///
    /// This API is used to delete an EVS disk.
    pub fn deleting_an_evs_disk(&self) -> DeletingAnEvsDisk {
        DeletingAnEvsDisk::new(&self.0.inner, None)
    }
    /// Querying One Piece of Metadata for an EVS Disk: `GET /v2/{project_id}/volumes/{volume_id}/metadata/{key}`, API version v2.
    ///
    /// This API is used to query one piece of the EVS disk metadata.
    pub fn querying_one_piece_of_metadata_for_an_evs_disk(
        &self,
    ) -> QueryingOnePieceOfMetadataForAnEvsDisk {
        QueryingOnePieceOfMetadataForAnEvsDisk::new(&self.0.inner, None)
    }
    /// Updating One Piece of Metadata for an EVS Disk: `PUT /v2/{project_id}/volumes/{volume_id}/metadata/{key}`, API version v2.
    ///
    /// This API is used to update one piece of the EVS disk metadata.
    pub fn updating_one_piece_of_metadata_for_an_evs_disk(
        &self,
    ) -> UpdatingOnePieceOfMetadataForAnEvsDisk {
        UpdatingOnePieceOfMetadataForAnEvsDisk::new(&self.0.inner, None)
    }
    /// Deleting One Piece of Metadata for an EVS Disk: `DELETE /v2/{project_id}/volumes/{volume_id}/metadata/{key}`, API version v2.
    ///
    /// This API is used to delete one piece of the EVS disk metadata.
    pub fn deleting_one_piece_of_metadata_for_an_evs_disk(
        &self,
    ) -> DeletingOnePieceOfMetadataForAnEvsDisk {
        DeletingOnePieceOfMetadataForAnEvsDisk::new(&self.0.inner, None)
    }
    /// Querying All AZs: `GET /v2/{project_id}/os-availability-zone`, API version v2.
    ///
    /// This API is used to query all AZs.
    pub fn querying_all_a_zs(&self) -> QueryingAllAZs {
        QueryingAllAZs::new(&self.0.inner, None)
    }
    /// Querying Details About All Disks: `GET /v2/{project_id}/cloudvolumes/detail`, API version v2.
    ///
    /// This API is used to query details about all disks.
    pub fn querying_details_about_all_disks(&self) -> QueryingDetailsAboutAllDisks {
        QueryingDetailsAboutAllDisks::new(&self.0.inner, None)
    }
    /// Querying Details About an EVS Disk Type: `GET /v2/{project_id}/types/{type_id}`, API version v2.
    ///
    /// This API is used to query details about an EVS disk type.
    pub fn querying_details_about_an_evs_disk_type(
        &self,
    ) -> QueryingDetailsAboutAnEvsDiskType {
        QueryingDetailsAboutAnEvsDiskType::new(&self.0.inner, None)
    }
    /// Querying Details of Tenant Quotas: `GET /v2/{project_id}/os-quota-sets/{target_project_id}`, API version v2.
    pub fn querying_details_of_tenant_quotas(&self) -> QueryingDetailsOfTenantQuotas {
        QueryingDetailsOfTenantQuotas::new(&self.0.inner, None)
    }
    /// Querying EVS Disk Types: `GET /v2/{project_id}/types`, API version v2.
    ///
    /// This API is used to query EVS disk types and display the query results in a list.
    pub fn querying_evs_disk_types(&self) -> QueryingEvsDiskTypes {
        QueryingEvsDiskTypes::new(&self.0.inner, None)
    }
    /// Querying Extension APIs: `GET /v2/{project_id}/extensions`, API version v2.
    ///
    /// This API is used to query extension APIs.
    pub fn querying_extension_ap_is(&self) -> QueryingExtensionApIs {
        QueryingExtensionApIs::new(&self.0.inner, None)
    }
    /// Accepting a Disk Transfer: `POST /v2/{project_id}/os-volume-transfer/{transfer_id}/accept`, API version v2.
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
    pub fn accepting_a_disk_transfer(&self) -> AcceptingADiskTransfer {
        AcceptingADiskTransfer::new(&self.0.inner, None)
    }
    /// Querying All Disk Transfers: `GET /v2/{project_id}/os-volume-transfer`, API version v2.
    ///
    /// This API is used to query all disk transfers of the current tenant.
    pub fn querying_all_disk_transfers(&self) -> QueryingAllDiskTransfers {
        QueryingAllDiskTransfers::new(&self.0.inner, None)
    }
    /// Creating a Disk Transfer: `POST /v2/{project_id}/os-volume-transfer`, API version v2.
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
    pub fn creating_a_disk_transfer(&self) -> CreatingADiskTransfer {
        CreatingADiskTransfer::new(&self.0.inner, None)
    }
    /// Querying Details of a Disk Transfer: `GET /v2/{project_id}/os-volume-transfer/{transfer_id}`, API version v2.
    ///
    /// This API is used to query the details of a disk transfer, including the transfer creation time, transfer ID, and transfer name.
    pub fn querying_details_of_a_disk_transfer(&self) -> QueryingDetailsOfADiskTransfer {
        QueryingDetailsOfADiskTransfer::new(&self.0.inner, None)
    }
    /// Deleting a Disk Transfer: `DELETE /v2/{project_id}/os-volume-transfer/{transfer_id}`, API version v2.
    ///
    /// This API is used to delete a disk transfer. A disk transfer can be deleted if it is not accepted. Accepted disk transfers cannot be deleted.
    pub fn deleting_a_disk_transfer(&self) -> DeletingADiskTransfer {
        DeletingADiskTransfer::new(&self.0.inner, None)
    }
    /// Querying Details of All Disk Transfers: `GET /v2/{project_id}/os-volume-transfer/detail`, API version v2.
    ///
    /// This API is used to query the details of all disk transfers, including the transfer creation time, transfer IDs, and transfer names.
    pub fn querying_details_of_all_disk_transfers(
        &self,
    ) -> QueryingDetailsOfAllDiskTransfers {
        QueryingDetailsOfAllDiskTransfers::new(&self.0.inner, None)
    }
    /// Querying Metadata of an EVS Snapshot: `GET /v2/{project_id}/snapshots/{snapshot_id}/metadata`, API version v2.
    ///
    /// This API is used to query the metadata of an EVS snapshot.
    pub fn querying_metadata_of_an_evs_snapshot(
        &self,
    ) -> QueryingMetadataOfAnEvsSnapshot {
        QueryingMetadataOfAnEvsSnapshot::new(&self.0.inner, None)
    }
    /// Adding Metadata of an EVS Snapshot: `POST /v2/{project_id}/snapshots/{snapshot_id}/metadata`, API version v2.
    ///
    /// This API is used to add the metadata of an EVS snapshot.
    pub fn adding_metadata_of_an_evs_snapshot(&self) -> AddingMetadataOfAnEvsSnapshot {
        AddingMetadataOfAnEvsSnapshot::new(&self.0.inner, None)
    }
    /// Querying EVS Snapshots: `GET /v2/{project_id}/snapshots`, API version v2.
    ///
    /// This API is used to query the EVS snapshots.
    pub fn querying_evs_snapshots(&self) -> QueryingEvsSnapshots {
        QueryingEvsSnapshots::new(&self.0.inner, None)
    }
    /// Creating an EVS Snapshot: `POST /v2/{project_id}/cloudsnapshots`, API version v2.
    ///
    /// This API is used to create an EVS snapshot.
    pub fn creating_an_evs_snapshot(&self) -> CreatingAnEvsSnapshot {
        CreatingAnEvsSnapshot::new(&self.0.inner, None)
    }
    /// Querying Details About an EVS Snapshot: `GET /v2/{project_id}/cloudsnapshots/{snapshot_id}`, API version v2.
    ///
    /// This API is used to query details about an EVS snapshot.
    pub fn querying_details_about_an_evs_snapshot(
        &self,
    ) -> QueryingDetailsAboutAnEvsSnapshot {
        QueryingDetailsAboutAnEvsSnapshot::new(&self.0.inner, None)
    }
    /// Updating an EVS Snapshot: `PUT /v2/{project_id}/cloudsnapshots/{snapshot_id}`, API version v2.
    ///
    /// This API is used to update an EVS snapshot.
    pub fn updating_an_evs_snapshot(&self) -> UpdatingAnEvsSnapshot {
        UpdatingAnEvsSnapshot::new(&self.0.inner, None)
    }
    /// Deleting an EVS Snapshot: `DELETE /v2/{project_id}/cloudsnapshots/{snapshot_id}`, API version v2.
    ///
    /// This API is used to delete an EVS snapshot.
    ///
    /// Constraints: A snapshot can be deleted only when it is in the **available** or **error** state.
    pub fn deleting_an_evs_snapshot(&self) -> DeletingAnEvsSnapshot {
        DeletingAnEvsSnapshot::new(&self.0.inner, None)
    }
    /// Querying One Piece of Metadata for an EVS Snapshot: `GET /v2/{project_id}/snapshots/{snapshot_id}/metadata/{key}`, API version v2.
    ///
    /// This API is used to query one piece of the EVS snapshot metadata.
    pub fn querying_one_piece_of_metadata_for_an_evs_snapshot(
        &self,
    ) -> QueryingOnePieceOfMetadataForAnEvsSnapshot {
        QueryingOnePieceOfMetadataForAnEvsSnapshot::new(&self.0.inner, None)
    }
    /// Updating One Piece of Metadata for an EVS Snapshot: `PUT /v2/{project_id}/snapshots/{snapshot_id}/metadata/{key}`, API version v2.
    ///
    /// This API is used to update one piece of the EVS snapshot metadata.
    pub fn updating_one_piece_of_metadata_for_an_evs_snapshot(
        &self,
    ) -> UpdatingOnePieceOfMetadataForAnEvsSnapshot {
        UpdatingOnePieceOfMetadataForAnEvsSnapshot::new(&self.0.inner, None)
    }
    /// Deleting One Piece of Metadata for an EVS Snapshot: `DELETE /v2/{project_id}/snapshots/{snapshot_id}/metadata/{key}`, API version v2.
    ///
    /// This API is used to delete one piece of the EVS snapshot metadata.
    pub fn deleting_one_piece_of_metadata_for_an_evs_snapshot(
        &self,
    ) -> DeletingOnePieceOfMetadataForAnEvsSnapshot {
        DeletingOnePieceOfMetadataForAnEvsSnapshot::new(&self.0.inner, None)
    }
    /// Querying Details About EVS Snapshots: `GET /v2/{project_id}/cloudsnapshots/detail`, API version v2.
    ///
    /// This API is used to query details about the EVS snapshots.
    pub fn querying_details_about_evs_snapshots(
        &self,
    ) -> QueryingDetailsAboutEvsSnapshots {
        QueryingDetailsAboutEvsSnapshots::new(&self.0.inner, None)
    }
}
crate::support::builder!(
    CreatingEvsDisks("creating_evs_disks") { #[doc =
    " The project ID. Path parameter `project_id`."] project_id : String, #[doc =
    " The information of the disk to be created. For details, see Parameters in the volume field."]
    volume : crate ::types::EvsDiskParametersInTheVolumeField }
);
impl CreatingEvsDisks {
    /// Sends the request: the 202 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<crate::types::CreateEvsDisksResponse> {
        let body = crate::types::CreateEvsDisksRequest {
            volume: need!(self, volume)?,
        };
        let request = request!(self, Post, "/v2/{project_id}/cloudvolumes")
            .path_param("project_id", need!(self, project_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    BatchAddingTagsForTheSpecifiedEvsDisk("batch_adding_tags_for_the_specified_evs_disk")
    { #[doc = " The project ID. Path parameter `project_id`."] project_id : String, #[doc
    = " The disk ID. Path parameter `volume_id`."] volume_id : String, #[doc =
    " The request body."] body : serde_json::Value }
);
impl BatchAddingTagsForTheSpecifiedEvsDisk {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<()> {
        let request = request!(
            self, Post, "/v2/{project_id}/os-vendor-volumes/{volume_id}/tags/action"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param("volume_id", need!(self, volume_id)?)
            .json_body(&need!(self, body)?)?;
        self.call.empty(request).await
    }
}
crate::support::builder!(
    QueryingDetailsOfEvsDisksByTag("querying_details_of_evs_disks_by_tag") { #[doc =
    " The project ID. Path parameter `project_id`."] project_id : String, #[doc =
    " The request body."] body : serde_json::Value }
);
impl QueryingDetailsOfEvsDisksByTag {
    /// Sends the request: the 202 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<serde_json::Value> {
        let request = request!(
            self, Post, "/v2/{project_id}/os-vendor-volumes/resource_instances/action"
        )
            .path_param("project_id", need!(self, project_id)?)
            .json_body(&need!(self, body)?)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingTagsOfAnEvsDisk("querying_tags_of_an_evs_disk") { #[doc =
    " The project ID. Path parameter `project_id`."] project_id : String, #[doc =
    " The disk ID. Path parameter `volume_id`."] volume_id : String }
);
impl QueryingTagsOfAnEvsDisk {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<crate::types::ListEvsDiskTagsResponse> {
        let request = request!(
            self, Get, "/v2/{project_id}/os-vendor-volumes/{volume_id}/tags"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param("volume_id", need!(self, volume_id)?);
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingMetadataOfAnEvsDisk("querying_metadata_of_an_evs_disk") { #[doc =
    " The project ID. Path parameter `project_id`."] project_id : String, #[doc =
    " The disk ID. Path parameter `volume_id`."] volume_id : String }
);
impl QueryingMetadataOfAnEvsDisk {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<crate::types::ShowEvsDiskMetadataResponse> {
        let request = request!(
            self, Get, "/v2/{project_id}/volumes/{volume_id}/metadata"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param("volume_id", need!(self, volume_id)?);
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingEvsDisks("querying_evs_disks") { #[doc =
    " The project ID. Path parameter `project_id`."] project_id : String, #[doc =
    " The ID of the resource from which the pagination query starts. It is the ID of the last resource on the previous page. Query parameter `marker`."]
    marker : String, #[doc =
    " The disk name. The value can contain a maximum of 255 bytes. Query parameter `name`."]
    name : String, #[doc =
    " The disk status. For details, see EVS Disk Status. Query parameter `status`."]
    status : String, #[doc =
    " The maximum number of query results that can be returned."] #[doc =
    " The value ranges from 1 to 1000, and the default value is 1000. The returned value cannot exceed this limit."]
    #[doc = ""] #[doc = " Query parameter `limit`. Default: `1000`. Range 1 to 1000."]
    limit : i64, #[doc = " The AZ information. Query parameter `availability_zone`."]
    availability_zone : String, #[doc =
    " The keyword based on which the returned results are sorted. The value can be **id**, **status**, **size**, or **created\\_at**, and the default value is **created\\_at**."]
    #[doc = ""] #[doc = " Query parameter `sort_key`. Default: `created_at`."] sort_key :
    String, #[doc = " The result sorting order. The default value is **desc**."] #[doc =
    ""] #[doc = " - **desc**: the descending order"] #[doc =
    " - **asc**: the ascending order"] #[doc = ""] #[doc =
    " Query parameter `sort_dir`. Default: `desc`."] sort_dir : String }
);
impl QueryingEvsDisks {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ListEvsDisksResponse> {
        let request = request!(self, Get, "/v2/{project_id}/cloudvolumes")
            .path_param("project_id", need!(self, project_id)?)
            .query_opt("marker", self.marker)
            .query_opt("name", self.name)
            .query_opt("status", self.status)
            .query_opt("limit", self.limit)
            .query_opt("availability_zone", self.availability_zone)
            .query_opt("sort_key", self.sort_key)
            .query_opt("sort_dir", self.sort_dir);
        self.call.json(request).await
    }
}
crate::support::builder!(
    CreatingEvsDisks2("creating_evs_disks_2") { #[doc =
    " The project ID. Path parameter `project_id`."] project_id : String, #[doc =
    " The information of the disk to be created. For details, see Parameters in the volume field."]
    volume : crate ::types::CreateEvsDisksParametersInTheVolumeField }
);
impl CreatingEvsDisks2 {
    /// Sends the request: the 202 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<crate::types::CreateEvsDisksResponse2> {
        let body = crate::types::CreateEvsDisksRequest2 {
            volume: need!(self, volume)?,
        };
        let request = request!(self, Post, "/v2/{project_id}/volumes")
            .path_param("project_id", need!(self, project_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingDetailsAboutADisk("querying_details_about_a_disk") { #[doc =
    " The project ID. Path parameter `project_id`."] project_id : String, #[doc =
    " The disk ID. Path parameter `volume_id`."] volume_id : String }
);
impl QueryingDetailsAboutADisk {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ShowDiskResponse> {
        let request = request!(
            self, Get, "/v2/{project_id}/os-vendor-volumes/{volume_id}"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param("volume_id", need!(self, volume_id)?);
        self.call.json(request).await
    }
}
crate::support::builder!(
    UpdatingAnEvsDisk("updating_an_evs_disk") { #[doc =
    " The project ID. Path parameter `project_id`."] project_id : String, #[doc =
    " The disk ID. Path parameter `volume_id`."] volume_id : String, #[doc =
    " The information of the disk to be updated. For details, see Parameters in the volume field."]
    volume : types::UpdateEvsDiskParametersInTheVolumeField }
);
impl UpdatingAnEvsDisk {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::UpdateEvsDiskResponse> {
        let body = types::UpdateEvsDiskRequest {
            volume: need!(self, volume)?,
        };
        let request = request!(self, Put, "/v2/{project_id}/cloudvolumes/{volume_id}")
            .path_param("project_id", need!(self, project_id)?)
            .path_param("volume_id", need!(self, volume_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    DeletingAnEvsDisk("deleting_an_evs_disk") { #[doc =
    " The project ID. Path parameter `project_id`."] project_id : String, #[doc =
    " The disk ID. Path parameter `volume_id`."] volume_id : String }
);
impl DeletingAnEvsDisk {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::DeleteEvsDiskResponse> {
        let request = request!(self, Delete, "/v2/{project_id}/cloudvolumes/{volume_id}")
            .path_param("project_id", need!(self, project_id)?)
            .path_param("volume_id", need!(self, volume_id)?);
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingOnePieceOfMetadataForAnEvsDisk("querying_one_piece_of_metadata_for_an_evs_disk")
    { #[doc = " The project ID. Path parameter `project_id`."] project_id : String, #[doc
    = " The disk ID. Path parameter `volume_id`."] volume_id : String, #[doc =
    " The key of the piece of metadata to be queried. Path parameter `key`."] key :
    String }
);
impl QueryingOnePieceOfMetadataForAnEvsDisk {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(
        self,
    ) -> Result<crate::types::ShowEvsDiskMetadataOnePieceResponse> {
        let request = request!(
            self, Get, "/v2/{project_id}/volumes/{volume_id}/metadata/{key}"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param("volume_id", need!(self, volume_id)?)
            .path_param("key", need!(self, key)?);
        self.call.json(request).await
    }
}
crate::support::builder!(
    UpdatingOnePieceOfMetadataForAnEvsDisk("updating_one_piece_of_metadata_for_an_evs_disk")
    { #[doc = " The project ID. Path parameter `project_id`."] project_id : String, #[doc
    = " The disk ID. Path parameter `volume_id`."] volume_id : String, #[doc =
    " The key of the piece of metadata to be updated. Path parameter `key`."] key :
    String, #[doc =
    " The disk metadata to be updated. For details, see Parameter in the meta field."]
    meta : crate ::types::EvsDiskMetadataOnePieceParameterInTheMetaField }
);
impl UpdatingOnePieceOfMetadataForAnEvsDisk {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(
        self,
    ) -> Result<crate::types::ShowEvsDiskMetadataOnePieceResponse> {
        let body = crate::types::UpdateEvsDiskMetadataOnePieceRequest {
            meta: need!(self, meta)?,
        };
        let request = request!(
            self, Put, "/v2/{project_id}/volumes/{volume_id}/metadata/{key}"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param("volume_id", need!(self, volume_id)?)
            .path_param("key", need!(self, key)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    DeletingOnePieceOfMetadataForAnEvsDisk("deleting_one_piece_of_metadata_for_an_evs_disk")
    { #[doc = " The project ID. Path parameter `project_id`."] project_id : String, #[doc
    = " The disk ID. Path parameter `volume_id`."] volume_id : String, #[doc =
    " The key of the piece of metadata to be deleted. Path parameter `key`."] key :
    String }
);
impl DeletingOnePieceOfMetadataForAnEvsDisk {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(
        self,
    ) -> Result<crate::types::DeleteEvsDiskMetadataOnePieceResponse> {
        let request = request!(
            self, Delete, "/v2/{project_id}/volumes/{volume_id}/metadata/{key}"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param("volume_id", need!(self, volume_id)?)
            .path_param("key", need!(self, key)?);
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingAllAZs("querying_all_a_zs") { #[doc =
    " The project ID. Path parameter `project_id`."] project_id : String }
);
impl QueryingAllAZs {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<crate::types::ListZsResponse> {
        let request = request!(self, Get, "/v2/{project_id}/os-availability-zone")
            .path_param("project_id", need!(self, project_id)?);
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingDetailsAboutAllDisks("querying_details_about_all_disks") { #[doc =
    " The project ID. Path parameter `project_id`."] project_id : String, #[doc =
    " The AZ information. Query parameter `availability_zone`."] availability_zone :
    String, #[doc =
    " The dedicated storage pool ID. All disks in the dedicated storage pool can be filtered out. Only exact match is supported."]
    #[doc = ""] #[doc = " Query parameter `dedicated_storage_id`."] dedicated_storage_id
    : String, #[doc =
    " The dedicated storage pool name. All disks in the dedicated storage pool can be filtered out. Fuzzy match is supported."]
    #[doc = ""] #[doc = " Query parameter `dedicated_storage_name`."]
    dedicated_storage_name : String, #[doc =
    " The enterprise project ID for filtering. If parameter **all\\_granted\\_eps** is transferred, disks in all enterprise projects that are within the permission scope will be queried."]
    #[doc = ""] #[doc = " Query parameter `enterprise_project_id`."]
    enterprise_project_id : String, #[doc = " The disk ID. Query parameter `id`."] id :
    String, #[doc =
    " The disk IDs. The parameter value is in the *ids=\\['id1','id2',...,'idx'\\]* format. In the response, the **ids** value contains valid disk IDs only. Invalid disk IDs will be ignored. The details about a maximum of 60 disks can be queried. If parameters **id** and **ids** are both specified in the request, **id** will be ignored."]
    #[doc = ""] #[doc = " Query parameter `ids`."] ids : String, #[doc =
    " The maximum number of query results that can be returned. The default value is **1000**."]
    #[doc = " Minimum value: **1**"] #[doc = " Maximum value: **1000**"] #[doc =
    " Default value: **1000**"] #[doc = ""] #[doc =
    " Query parameter `limit`. Default: `1000`."] limit : i64, #[doc =
    " The pagination query by disk ID. The query starts from the first page by default. By specifying a disk ID for **marker**, information of all disks following the specified disk will be queried. Note that information of the specified disk will not be included in the query results."]
    #[doc = ""] #[doc = " Query parameter `marker`."] marker : String, #[doc =
    " The disk metadata. Query parameter `metadata`."] metadata : String, #[doc =
    " Whether the disk is shareable. The value can be **true** (a shared disk) or **false** (a non-shared disk). Query parameter `multiattach`."]
    multiattach : bool, #[doc = " The disk name. Query parameter `name`."] name : String,
    #[doc =
    " The query offset. All disks after this offset will be queried. The value must be an integer greater than 0 but less than the number of disks."]
    #[doc = ""] #[doc = " Query parameter `offset`."] offset : i64, #[doc =
    " The server ID. Query parameter `server_id`."] server_id : String, #[doc =
    " The service type. Only EVS is supported. Query parameter `service_type`."]
    service_type : String, #[doc =
    " The result sorting order. The value can be **asc** (the ascending order) or **desc** (the descending order). The default value is **desc**."]
    #[doc = ""] #[doc = " Query parameter `sort_dir`. Default: `desc`."] sort_dir :
    String, #[doc =
    " The keyword based on which the returned results are sorted. The value can be **id**, **status**, **size**, or **created\\_at**, and the default value is **created\\_at**."]
    #[doc = ""] #[doc = " Query parameter `sort_key`. Default: `created_at`."] sort_key :
    String, #[doc =
    " The disk status. For details, see EVS Disk Status. Query parameter `status`."]
    status : String, #[doc =
    " The disk type ID. For details, see Querying EVS Disk Types. The disk type ID is the **id** value in the table that describes parameters in the **volume\\_types** field."]
    #[doc = ""] #[doc = " Query parameter `volume_type_id`."] volume_type_id : String }
);
impl QueryingDetailsAboutAllDisks {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ShowAllDisksResponse> {
        let request = request!(self, Get, "/v2/{project_id}/cloudvolumes/detail")
            .path_param("project_id", need!(self, project_id)?)
            .query_opt("availability_zone", self.availability_zone)
            .query_opt("dedicated_storage_id", self.dedicated_storage_id)
            .query_opt("dedicated_storage_name", self.dedicated_storage_name)
            .query_opt("enterprise_project_id", self.enterprise_project_id)
            .query_opt("id", self.id)
            .query_opt("ids", self.ids)
            .query_opt("limit", self.limit)
            .query_opt("marker", self.marker)
            .query_opt("metadata", self.metadata)
            .query_opt("multiattach", self.multiattach)
            .query_opt("name", self.name)
            .query_opt("offset", self.offset)
            .query_opt("server_id", self.server_id)
            .query_opt("service_type", self.service_type)
            .query_opt("sort_dir", self.sort_dir)
            .query_opt("sort_key", self.sort_key)
            .query_opt("status", self.status)
            .query_opt("volume_type_id", self.volume_type_id);
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingDetailsAboutAnEvsDiskType("querying_details_about_an_evs_disk_type") { #[doc
    = " The project ID. Path parameter `project_id`."] project_id : String, #[doc =
    " The disk type ID. Path parameter `type_id`."] type_id : String }
);
impl QueryingDetailsAboutAnEvsDiskType {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<crate::types::ShowEvsDiskTypeResponse> {
        let request = request!(self, Get, "/v2/{project_id}/types/{type_id}")
            .path_param("project_id", need!(self, project_id)?)
            .path_param("type_id", need!(self, type_id)?);
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingDetailsOfTenantQuotas("querying_details_of_tenant_quotas") { #[doc =
    " The project ID. Path parameter `project_id`."] project_id : String, #[doc =
    " The ID of the target project. Set this parameter to the value of **project\\_id**. Path parameter `target_project_id`."]
    target_project_id : String, #[doc =
    " Whether to query quota details. Only value **true** is supported currently. Query parameter `usage`."]
    usage : String }
);
impl QueryingDetailsOfTenantQuotas {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<crate::types::ShowTenantQuotasResponse> {
        let request = request!(
            self, Get, "/v2/{project_id}/os-quota-sets/{target_project_id}"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param("target_project_id", need!(self, target_project_id)?)
            .query("usage", need!(self, usage)?);
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingEvsDiskTypes("querying_evs_disk_types") { #[doc =
    " The project ID. Path parameter `project_id`."] project_id : String }
);
impl QueryingEvsDiskTypes {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<crate::types::ListEvsDiskTypesResponse> {
        let request = request!(self, Get, "/v2/{project_id}/types")
            .path_param("project_id", need!(self, project_id)?);
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingExtensionApIs("querying_extension_ap_is") { #[doc =
    " The project ID. Path parameter `project_id`."] project_id : String }
);
impl QueryingExtensionApIs {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<crate::types::ShowExtensionApIsResponse> {
        let request = request!(self, Get, "/v2/{project_id}/extensions")
            .path_param("project_id", need!(self, project_id)?);
        self.call.json(request).await
    }
}
crate::support::builder!(
    AcceptingADiskTransfer("accepting_a_disk_transfer") { #[doc =
    " The project ID. Path parameter `project_id`."] project_id : String, #[doc =
    " The transfer ID. Path parameter `transfer_id`."] transfer_id : String, #[doc =
    " The transfer acceptance marker. For details, see Parameter in the accept field."]
    accept : crate ::types::DiskTransferParameterInTheAcceptField }
);
impl AcceptingADiskTransfer {
    /// Sends the request: the 202 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<crate::types::AcceptDiskTransferResponse> {
        let body = crate::types::AcceptDiskTransferRequest {
            accept: need!(self, accept)?,
        };
        let request = request!(
            self, Post, "/v2/{project_id}/os-volume-transfer/{transfer_id}/accept"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param("transfer_id", need!(self, transfer_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingAllDiskTransfers("querying_all_disk_transfers") { #[doc =
    " The project ID. Path parameter `project_id`."] project_id : String, #[doc =
    " The maximum number of query results that can be returned."] #[doc =
    " The value ranges from **1** to **1000**, and the default value is **1000**. The returned value cannot exceed this limit."]
    #[doc = ""] #[doc = " Query parameter `limit`. Default: `1000`."] limit : i64, #[doc
    =
    " The query offset. All disk transfers after this offset will be queried. The value must be an integer greater than 0 but less than the number of disk transfers."]
    #[doc = ""] #[doc = " Query parameter `offset`."] offset : i64 }
);
impl QueryingAllDiskTransfers {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<crate::types::ListDiskTransfersResponse> {
        let request = request!(self, Get, "/v2/{project_id}/os-volume-transfer")
            .path_param("project_id", need!(self, project_id)?)
            .query_opt("limit", self.limit)
            .query_opt("offset", self.offset);
        self.call.json(request).await
    }
}
crate::support::builder!(
    CreatingADiskTransfer("creating_a_disk_transfer") { #[doc =
    " The project ID. Path parameter `project_id`."] project_id : String, #[doc =
    " The transfer creation marker. For details, see Parameters in the transfer field."]
    transfer : crate ::types::CreateDiskTransferParametersInTheTransferField }
);
impl CreatingADiskTransfer {
    /// Sends the request: the 202 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<crate::types::CreateDiskTransferResponse> {
        let body = crate::types::CreateDiskTransferRequest {
            transfer: need!(self, transfer)?,
        };
        let request = request!(self, Post, "/v2/{project_id}/os-volume-transfer")
            .path_param("project_id", need!(self, project_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingDetailsOfADiskTransfer("querying_details_of_a_disk_transfer") { #[doc =
    " The project ID. Path parameter `project_id`."] project_id : String, #[doc =
    " The transfer ID. Path parameter `transfer_id`."] transfer_id : String }
);
impl QueryingDetailsOfADiskTransfer {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<crate::types::ShowDiskTransferResponse> {
        let request = request!(
            self, Get, "/v2/{project_id}/os-volume-transfer/{transfer_id}"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param("transfer_id", need!(self, transfer_id)?);
        self.call.json(request).await
    }
}
crate::support::builder!(
    DeletingADiskTransfer("deleting_a_disk_transfer") { #[doc =
    " The project ID. Path parameter `project_id`."] project_id : String, #[doc =
    " The transfer ID. Path parameter `transfer_id`."] transfer_id : String }
);
impl DeletingADiskTransfer {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<()> {
        let request = request!(
            self, Delete, "/v2/{project_id}/os-volume-transfer/{transfer_id}"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param("transfer_id", need!(self, transfer_id)?);
        self.call.empty(request).await
    }
}
crate::support::builder!(
    QueryingDetailsOfAllDiskTransfers("querying_details_of_all_disk_transfers") { #[doc =
    " The project ID. Path parameter `project_id`."] project_id : String, #[doc =
    " The maximum number of query results that can be returned."] #[doc =
    " The value ranges from **1** to **1000**, and the default value is **1000**. The returned value cannot exceed this limit."]
    #[doc = ""] #[doc = " Query parameter `limit`. Default: `1000`."] limit : i64, #[doc
    =
    " The query offset. All disk transfers after this offset will be queried. The value must be an integer greater than 0 but less than the number of disk transfers."]
    #[doc = ""] #[doc = " Query parameter `offset`."] offset : i64 }
);
impl QueryingDetailsOfAllDiskTransfers {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<crate::types::ShowAllDiskTransfersResponse> {
        let request = request!(self, Get, "/v2/{project_id}/os-volume-transfer/detail")
            .path_param("project_id", need!(self, project_id)?)
            .query_opt("limit", self.limit)
            .query_opt("offset", self.offset);
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingMetadataOfAnEvsSnapshot("querying_metadata_of_an_evs_snapshot") { #[doc =
    " The project ID. Path parameter `project_id`."] project_id : String, #[doc =
    " The snapshot ID. Path parameter `snapshot_id`."] snapshot_id : String }
);
impl QueryingMetadataOfAnEvsSnapshot {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<crate::types::ShowEvsSnapshotMetadataResponse> {
        let request = request!(
            self, Get, "/v2/{project_id}/snapshots/{snapshot_id}/metadata"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param("snapshot_id", need!(self, snapshot_id)?);
        self.call.json(request).await
    }
}
crate::support::builder!(
    AddingMetadataOfAnEvsSnapshot("adding_metadata_of_an_evs_snapshot") { #[doc =
    " The project ID. Path parameter `project_id`."] project_id : String, #[doc =
    " The snapshot ID. Path parameter `snapshot_id`."] snapshot_id : String, #[doc =
    " The metadata to be added. For details, see Parameter in the metadata field."]
    metadata : crate ::types::EvsSnapshotMetadataParameterInTheMetadataField }
);
impl AddingMetadataOfAnEvsSnapshot {
    /// Sends the request: the 202 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<crate::types::AddEvsSnapshotMetadataResponse> {
        let body = crate::types::AddEvsSnapshotMetadataRequest {
            metadata: need!(self, metadata)?,
        };
        let request = request!(
            self, Post, "/v2/{project_id}/snapshots/{snapshot_id}/metadata"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param("snapshot_id", need!(self, snapshot_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingEvsSnapshots("querying_evs_snapshots") { #[doc =
    " The project ID. Path parameter `project_id`."] project_id : String, #[doc =
    " The ID of the resource from which the pagination query starts. It is the ID of the last resource on the previous page. Query parameter `marker`."]
    marker : String, #[doc = " The query offset."] #[doc =
    " This parameter is used when snapshots are queried by page and is used together with the **limit** parameter. For example, there are a total of 30 snapshots. If you set **offset** to **11** and **limit** to **10**, the queried snapshot starts from the twelfth snapshot, and at most 10 snapshots can be queried at a time."]
    #[doc = ""] #[doc = " Query parameter `offset`."] offset : i64, #[doc =
    " The maximum number of query results that can be returned."] #[doc =
    " The value ranges from 1 to 1000, and the default value is 1000. The returned value cannot exceed this limit."]
    #[doc =
    " If the tenant has more than 50 snapshots in total, you are advised to use this parameter and set its value to **50** to improve the query efficiency. Examples are provided as follows:"]
    #[doc =
    " **GET /v2/***xxx***/snapshots?limit=50**: Queries the 1-50 snapshots. **GET /v2/***xxx***/snapshots?offset=50\\&limit=50**: Queries the 51-100 snapshots."]
    #[doc = ""] #[doc = " Query parameter `limit`. Default: `1000`. Range 1 to 1000."]
    limit : i64, #[doc =
    " The snapshot name. This parameter does not support fuzzy search. The value can contain a maximum of 255 bytes. Query parameter `name`."]
    name : String, #[doc =
    " The snapshot status. For details, see EVS Snapshot Status. Query parameter `status`."]
    status : String, #[doc =
    " The ID of the snapshot's source disk. Query parameter `volume_id`."] volume_id :
    String }
);
impl QueryingEvsSnapshots {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ListEvsSnapshotsResponse> {
        let request = request!(self, Get, "/v2/{project_id}/snapshots")
            .path_param("project_id", need!(self, project_id)?)
            .query_opt("marker", self.marker)
            .query_opt("offset", self.offset)
            .query_opt("limit", self.limit)
            .query_opt("name", self.name)
            .query_opt("status", self.status)
            .query_opt("volume_id", self.volume_id);
        self.call.json(request).await
    }
}
crate::support::builder!(
    CreatingAnEvsSnapshot("creating_an_evs_snapshot") { #[doc =
    " The project ID. Path parameter `project_id`."] project_id : String, #[doc =
    " The information of the snapshot to be created. For details, see Parameters in the snapshot field."]
    snapshot : crate ::types::EvsSnapshotParametersInTheSnapshotField }
);
impl CreatingAnEvsSnapshot {
    /// Sends the request: the 202 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::CreateEvsSnapshotResponse> {
        let body = crate::types::CreateEvsSnapshotRequest {
            snapshot: need!(self, snapshot)?,
        };
        let request = request!(self, Post, "/v2/{project_id}/cloudsnapshots")
            .path_param("project_id", need!(self, project_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingDetailsAboutAnEvsSnapshot("querying_details_about_an_evs_snapshot") { #[doc =
    " The project ID. Path parameter `project_id`."] project_id : String, #[doc =
    " The snapshot ID. Path parameter `snapshot_id`."] snapshot_id : String }
);
impl QueryingDetailsAboutAnEvsSnapshot {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ShowEvsSnapshotResponse> {
        let request = request!(
            self, Get, "/v2/{project_id}/cloudsnapshots/{snapshot_id}"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param("snapshot_id", need!(self, snapshot_id)?);
        self.call.json(request).await
    }
}
crate::support::builder!(
    UpdatingAnEvsSnapshot("updating_an_evs_snapshot") { #[doc =
    " The project ID. Path parameter `project_id`."] project_id : String, #[doc =
    " The snapshot ID. Path parameter `snapshot_id`."] snapshot_id : String, #[doc =
    " The information of the snapshot to be updated. For details, see Parameters in the snapshot field."]
    snapshot : crate ::types::UpdateEvsSnapshotParametersInTheSnapshotField }
);
impl UpdatingAnEvsSnapshot {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<crate::types::UpdateEvsSnapshotResponse> {
        let body = crate::types::UpdateEvsSnapshotRequest {
            snapshot: need!(self, snapshot)?,
        };
        let request = request!(
            self, Put, "/v2/{project_id}/cloudsnapshots/{snapshot_id}"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param("snapshot_id", need!(self, snapshot_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    DeletingAnEvsSnapshot("deleting_an_evs_snapshot") { #[doc =
    " The project ID. Path parameter `project_id`."] project_id : String, #[doc =
    " The snapshot ID. Path parameter `snapshot_id`."] snapshot_id : String }
);
impl DeletingAnEvsSnapshot {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(
        self,
    ) -> Result<crate::types::DeleteEvsDiskMetadataOnePieceResponse> {
        let request = request!(
            self, Delete, "/v2/{project_id}/cloudsnapshots/{snapshot_id}"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param("snapshot_id", need!(self, snapshot_id)?);
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingOnePieceOfMetadataForAnEvsSnapshot("querying_one_piece_of_metadata_for_an_evs_snapshot")
    { #[doc = " The project ID. Path parameter `project_id`."] project_id : String, #[doc
    = " The snapshot ID. Path parameter `snapshot_id`."] snapshot_id : String, #[doc =
    " The key of the piece of metadata to be queried. Path parameter `key`."] key :
    String }
);
impl QueryingOnePieceOfMetadataForAnEvsSnapshot {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(
        self,
    ) -> Result<crate::types::ShowEvsSnapshotMetadataOnePieceResponse> {
        let request = request!(
            self, Get, "/v2/{project_id}/snapshots/{snapshot_id}/metadata/{key}"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param("snapshot_id", need!(self, snapshot_id)?)
            .path_param("key", need!(self, key)?);
        self.call.json(request).await
    }
}
crate::support::builder!(
    UpdatingOnePieceOfMetadataForAnEvsSnapshot("updating_one_piece_of_metadata_for_an_evs_snapshot")
    { #[doc = " The project ID. Path parameter `project_id`."] project_id : String, #[doc
    = " The snapshot ID. Path parameter `snapshot_id`."] snapshot_id : String, #[doc =
    " The key of the piece of metadata to be updated. Path parameter `key`."] key :
    String, #[doc =
    " The metadata to be updated. For details, see Parameter in the metadata field."]
    meta : crate ::types::MetadataOnePieceParameterInTheMetadataField }
);
impl UpdatingOnePieceOfMetadataForAnEvsSnapshot {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(
        self,
    ) -> Result<crate::types::UpdateEvsSnapshotMetadataOnePieceResponse> {
        let body = crate::types::UpdateEvsSnapshotMetadataOnePieceRequest {
            meta: need!(self, meta)?,
        };
        let request = request!(
            self, Put, "/v2/{project_id}/snapshots/{snapshot_id}/metadata/{key}"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param("snapshot_id", need!(self, snapshot_id)?)
            .path_param("key", need!(self, key)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    DeletingOnePieceOfMetadataForAnEvsSnapshot("deleting_one_piece_of_metadata_for_an_evs_snapshot")
    { #[doc = " The project ID. Path parameter `project_id`."] project_id : String, #[doc
    = " The snapshot ID. Path parameter `snapshot_id`."] snapshot_id : String, #[doc =
    " The key of the piece of metadata to be deleted. Path parameter `key`."] key :
    String }
);
impl DeletingOnePieceOfMetadataForAnEvsSnapshot {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(
        self,
    ) -> Result<crate::types::DeleteEvsDiskMetadataOnePieceResponse> {
        let request = request!(
            self, Delete, "/v2/{project_id}/snapshots/{snapshot_id}/metadata/{key}"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param("snapshot_id", need!(self, snapshot_id)?)
            .path_param("key", need!(self, key)?);
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingDetailsAboutEvsSnapshots("querying_details_about_evs_snapshots") { #[doc =
    " Path parameter `project_id`."] project_id : String }
);
impl QueryingDetailsAboutEvsSnapshots {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ShowEvsSnapshotsResponse> {
        let request = request!(self, Get, "/v2/{project_id}/cloudsnapshots/detail")
            .path_param("project_id", need!(self, project_id)?);
        self.call.json(request).await
    }
}
/// Models whose shape at API version v2 differs from the crate-level `types`.
pub mod types {
    crate::support::open_enum!(
        #[doc =
        " The parameter that describes the disk device type in **metadata**. The value can be **true** or **false**."]
        #[doc = ""] #[doc =
        " - **true** indicates the SCSI device type, which allows ECS OSs to directly access the underlying storage media. SCSI reservation commands are supported."]
        #[doc =
        " - **false** indicates the Virtual Block Device (VBD) device type (the default type), which supports only simple SCSI read/write commands."]
        #[doc = " - If this parameter does not appear, the disk device type is VBD."]
        EvsDiskParametersInTheMetadataFieldHwPassthrough { True = "true", False = "false"
        }
    );
    /// Parameters in the metadata field
    #[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
    #[non_exhaustive]
    pub struct EvsDiskParametersInTheMetadataField {
        /// The encryption field in **metadata**.
        ///
        /// - **0**: indicates a non-encrypted disk.
        /// - **1**: indicates an encrypted disk.
        /// - If this parameter does not appear, the disk is not encrypted.
        ///
        /// Wire name: `__system__encrypted`.
        #[serde(rename = "__system__encrypted")]
        pub system_encrypted: Option<String>,
        /// The encryption CMK ID in **metadata**. This parameter is used together with **\_\_system\_\_encrypted** for encryption. The length of **cmkid** is fixed at 36 bytes.
        ///
        /// Wire name: `__system__cmkid`.
        #[serde(rename = "__system__cmkid")]
        pub system_cmkid: Option<String>,
        /// The parameter that describes the disk device type in **metadata**. The value can be **true** or **false**.
        ///
        /// - **true** indicates the SCSI device type, which allows ECS OSs to directly access the underlying storage media. SCSI reservation commands are supported.
        /// - **false** indicates the Virtual Block Device (VBD) device type (the default type), which supports only simple SCSI read/write commands.
        /// - If this parameter does not appear, the disk device type is VBD.
        ///
        /// Wire name: `hw:passthrough`.
        #[serde(rename = "hw:passthrough")]
        pub hw_passthrough: Option<EvsDiskParametersInTheMetadataFieldHwPassthrough>,
        /// The clone method. If the disk is created from a snapshot, value **0** indicates the linked cloning method.
        pub full_clone: Option<String>,
    }
    /// Response parameters
    #[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
    #[non_exhaustive]
    pub struct DeleteEvsDiskResponse {
        /// The task ID.
        /// For details about how to query the task status, see Querying Task Status.
        pub job_id: Option<String>,
        /// The error message returned if an error occurs. For details, see Parameters in the error field.
        pub error: Option<crate::types::EvsDiskParametersInTheErrorField>,
    }
    /// Response parameters
    #[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
    #[non_exhaustive]
    pub struct ShowDiskResponse {
        /// The queried disk. For details, see Parameters in the volume field.
        pub volume: Option<DiskParametersInTheVolumeField>,
        /// The error message returned if an error occurs. For details, see Parameters in the error field.
        pub error: Option<crate::types::EvsDiskParametersInTheErrorField>,
    }
    crate::support::open_enum!(
        #[doc = " The disk type."] #[doc =
        " The value can be **ESSD**, **GPSSD**, **SSD**, **SAS**, or **SATA**."] #[doc =
        ""] #[doc = " - **SSD**: the ultra-high I/O type"] #[doc =
        " - **SAS**: the high I/O type"] #[doc = " - **SATA**: the common I/O type"]
        #[doc = " - **GPSSD**: the general purpose SSD type"] #[doc =
        " - **ESSD**: the extreme SSD type"] DiskParametersInTheVolumeFieldVolumeType {
        Essd = "ESSD", Gpssd = "GPSSD", Ssd = "SSD", Sas = "SAS", Sata = "SATA" }
    );
    /// Parameters in the volume field
    #[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
    #[non_exhaustive]
    pub struct DiskParametersInTheVolumeField {
        /// The disk ID.
        pub id: Option<String>,
        /// The disk URI. For details, see Parameters in the links field.
        pub links: Option<Vec<crate::types::AllEvsDiskParametersInTheLinksField>>,
        /// The disk name.
        pub name: Option<String>,
        /// The disk status. For details, see EVS Disk Status.
        pub status: Option<String>,
        /// The disk attachment information. For details, see Parameters in the attachments field.
        pub attachments: Option<
            Vec<crate::types::AllEvsDiskParametersInTheAttachmentsField>,
        >,
        /// The AZ to which the disk belongs.
        pub availability_zone: Option<String>,
        /// The number of queried disks.
        pub count: Option<String>,
        /// The source disk ID. This parameter has a value if the disk is created from a source disk.
        /// This field is currently not supported.
        pub source_volid: Option<String>,
        /// The snapshot ID. This parameter has a value if the disk is created from a snapshot.
        pub snapshot_id: Option<String>,
        /// The disk description.
        pub description: Option<String>,
        /// The ID of the tenant to which the disk belongs. The tenant ID is the same as the project ID. Wire name: `os-vol-tenant-attr:tenant_id`.
        #[serde(rename = "os-vol-tenant-attr:tenant_id")]
        pub os_vol_tenant_attr_tenant_id: Option<String>,
        /// The metadata of the disk image.
        /// For details about **volume\_image\_metadata**, see **Querying Image Details (Native OpenStack API)** in the *Image Management Service API Reference*.
        pub volume_image_metadata: Option<serde_json::Value>,
        /// The ID of the DSS storage pool accommodating the disk.
        pub dedicated_storage_id: Option<String>,
        /// The name of the DSS storage pool accommodating the disk.
        pub dedicated_storage_name: Option<String>,
        /// The ID of the enterprise project that the disk has been added to. This field is currently not supported.
        pub enterprise_project_id: Option<String>,
        /// The time when the disk was created.
        /// Time format: UTC YYYY-MM-DDTHH:MM:SS.XXXXXX
        pub created_at: Option<String>,
        /// The disk type.
        /// The value can be **ESSD**, **GPSSD**, **SSD**, **SAS**, or **SATA**.
        ///
        /// - **SSD**: the ultra-high I/O type
        /// - **SAS**: the high I/O type
        /// - **SATA**: the common I/O type
        /// - **GPSSD**: the general purpose SSD type
        /// - **ESSD**: the extreme SSD type
        pub volume_type: Option<DiskParametersInTheVolumeFieldVolumeType>,
        /// The disk size, in GB.
        pub size: Option<i64>,
        /// Whether the disk is bootable.
        ///
        /// - **true**: indicates a bootable disk.
        /// - **false**: indicates a non-bootable disk.
        pub bootable: Option<String>,
        /// The disk metadata. For details, see Parameters in the metadata field.
        /// If **metadata** does not contain the **hw:passthrough** field, the disk device type is VBD.
        /// If **metadata** does not contain the **\_\_system\_\_encrypted** field, the disk is not encrypted.
        pub metadata: Option<DiskParametersInTheMetadataField>,
        /// The reserved field. Wire name: `os-vol-host-attr:host`.
        #[serde(rename = "os-vol-host-attr:host")]
        pub os_vol_host_attr_host: Option<String>,
        /// Whether the disk is encrypted.
        pub encrypted: Option<bool>,
        /// The time when the disk was updated.
        /// Time format: UTC YYYY-MM-DDTHH:MM:SS.XXXXXX
        pub updated_at: Option<String>,
        /// The reserved field. Wire name: `os-volume-replication:driver_data`.
        #[serde(rename = "os-volume-replication:driver_data")]
        pub os_volume_replication_driver_data: Option<String>,
        /// The reserved field. Wire name: `os-volume-replication:extended_status`.
        #[serde(rename = "os-volume-replication:extended_status")]
        pub os_volume_replication_extended_status: Option<String>,
        /// The reserved field.
        pub replication_status: Option<String>,
        /// The reserved field. Wire name: `os-vol-mig-status-attr:migstat`.
        #[serde(rename = "os-vol-mig-status-attr:migstat")]
        pub os_vol_mig_status_attr_migstat: Option<String>,
        /// The reserved field.
        pub consistencygroup_id: Option<String>,
        /// The reserved field. Wire name: `os-vol-mig-status-attr:name_id`.
        #[serde(rename = "os-vol-mig-status-attr:name_id")]
        pub os_vol_mig_status_attr_name_id: Option<String>,
        /// Whether the disk is shareable.
        /// This field is no longer used. Use **multiattach**.
        pub shareable: Option<String>,
        /// The reserved field.
        pub user_id: Option<String>,
        /// Whether the disk is shareable.
        ///
        /// - **true**: indicates a shared disk.
        /// - **false**: indicates a non-shared disk.
        pub multiattach: Option<bool>,
        /// The service type. The value is **EVS**.
        pub service_type: Option<String>,
        /// The disk tags.
        /// This field has values if the disk has tags. Or, it is left empty.
        pub tags: Option<serde_json::Value>,
        /// The unique identifier used when attaching the disk.
        pub wwn: Option<String>,
    }
    /// Parameters in the metadata field
    #[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
    #[non_exhaustive]
    pub struct DiskParametersInTheMetadataField {
        /// The encryption field in **metadata**.
        ///
        /// - **0**: indicates a non-encrypted disk.
        /// - **1**: indicates an encrypted disk.
        /// - If this parameter does not appear, the disk is not encrypted.
        ///
        /// Wire name: `__system__encrypted`.
        #[serde(rename = "__system__encrypted")]
        pub system_encrypted: Option<String>,
        /// The encryption CMK ID in **metadata**. This parameter is used together with **\_\_system\_\_encrypted** for encryption. The length of **cmkid** is fixed at 36 bytes.
        ///
        /// Wire name: `__system__cmkid`.
        #[serde(rename = "__system__cmkid")]
        pub system_cmkid: Option<String>,
        /// The parameter that describes the disk device type in **metadata**. The value can be **true** or **false**.
        ///
        /// - **true** indicates the SCSI device type, which allows ECS OSs to directly access the underlying storage media. SCSI reservation commands are supported.
        /// - **false** indicates the VBD device type (the default type), which supports only simple SCSI read/write commands.
        /// - If this parameter does not appear, the disk device type is VBD.
        ///
        /// Wire name: `hw:passthrough`.
        #[serde(rename = "hw:passthrough")]
        pub hw_passthrough: Option<EvsDiskParametersInTheMetadataFieldHwPassthrough>,
    }
    /// Response parameters
    #[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
    #[non_exhaustive]
    pub struct ShowAllDisksResponse {
        /// The list of returned disks. For details, see Parameters in the volumes field.
        pub volumes: Option<Vec<AllDiskParametersInTheVolumesField>>,
        /// The number of queried disks. This value is not affected by the pagination.
        pub count: Option<i64>,
        /// The query position marker in the disk list. If only some disks are returned in this query, the URL of the last disk queried will be returned. You can use this URL to continue to query the remaining disks in the next query.
        pub volumes_links: Option<
            Vec<crate::types::AllEvsDiskParametersInTheLinksField>,
        >,
        /// The error message returned if an error occurs. For details, see Parameters in the error field.
        pub error: Option<crate::types::EvsDiskParametersInTheErrorField>,
    }
    /// Parameters in the volumes field
    #[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
    #[non_exhaustive]
    pub struct AllDiskParametersInTheVolumesField {
        /// The disk ID.
        pub id: Option<String>,
        /// The disk URI. For details, see Parameters in the links field.
        pub links: Option<Vec<crate::types::AllEvsDiskParametersInTheLinksField>>,
        /// The disk name.
        pub name: Option<String>,
        /// The disk status. For details, see EVS Disk Status.
        pub status: Option<String>,
        /// The disk attachment information. For details, see Parameters in the attachments field.
        pub attachments: Option<
            Vec<crate::types::AllEvsDiskParametersInTheAttachmentsField>,
        >,
        /// The AZ to which the disk belongs.
        pub availability_zone: Option<String>,
        /// The reserved field. Wire name: `os-vol-host-attr:host`.
        #[serde(rename = "os-vol-host-attr:host")]
        pub os_vol_host_attr_host: Option<String>,
        /// The source disk ID. This parameter has a value if the disk is created from a source disk.
        /// This field is currently not supported.
        pub source_volid: Option<String>,
        /// The snapshot ID. This parameter has a value if the disk is created from a snapshot.
        pub snapshot_id: Option<String>,
        /// The disk description.
        pub description: Option<String>,
        /// The ID of the tenant to which the disk belongs. The tenant ID is the same as the project ID. Wire name: `os-vol-tenant-attr:tenant_id`.
        #[serde(rename = "os-vol-tenant-attr:tenant_id")]
        pub os_vol_tenant_attr_tenant_id: Option<String>,
        /// The metadata of the disk image.
        /// For details about **volume\_image\_metadata**, see **Querying Image Details (Native OpenStack API)** in the *Image Management Service API Reference*.
        pub volume_image_metadata: Option<serde_json::Value>,
        /// The time when the disk was created.
        /// Time format: UTC YYYY-MM-DDTHH:MM:SS.XXXXXX
        pub created_at: Option<String>,
        /// The disk type.
        /// The value can be **ESSD**, **GPSSD**, **SSD**, **SAS**, or **SATA**.
        ///
        /// - **SSD**: the ultra-high I/O type
        /// - **SAS**: the high I/O type
        /// - **SATA**: the common I/O type
        /// - **GPSSD**: the general purpose SSD type
        /// - **ESSD**: the extreme SSD type
        pub volume_type: Option<DiskParametersInTheVolumeFieldVolumeType>,
        /// The disk size, in GB.
        pub size: Option<i64>,
        /// The reserved field.
        pub consistencygroup_id: Option<String>,
        /// Whether the disk is bootable.
        ///
        /// - **true**: indicates a bootable disk.
        /// - **false**: indicates a non-bootable disk.
        pub bootable: Option<String>,
        /// The disk metadata. The encryption CMK ID in **metadata**. This parameter is used together with **\_\_system\_\_encrypted** for encryption. The length of **cmkid** is fixed at 36 bytes.
        /// **\_\_system\_\_encrypted**: the encryption field in **metadata**. The value can be **0** (not encrypted) or **1** (encrypted). If this parameter does not appear, the encryption attribute of the disk is the same as that of the data source. If the disk is not created from a data source, the disk is not encrypted by default.
        /// **full\_clone**: The method of creation when the disk is created from a snapshot.
        ///
        /// - **0**: linked clone
        /// - **1**: full clone **hw:passthrough**:
        /// - If this parameter is **true**, the disk device type is SCSI, which allows ECS OSs to directly access underlying storage media. SCSI reservation commands are supported.
        /// - If this parameter is **false**, the disk device type is VBD, which supports only simple SCSI read/write commands.
        /// - If this parameter does not appear, the disk device type is VBD.
        pub metadata: Option<std::collections::BTreeMap<String, serde_json::Value>>,
        /// The time when the disk was updated. Time format: UTC YYYY-MM-DDTHH:MM:SS.XXXXXX
        pub updated_at: Option<String>,
        /// This field is currently not supported.
        pub encrypted: Option<bool>,
        /// The reserved field.
        pub replication_status: Option<String>,
        /// The reserved field. Wire name: `os-vol-mig-status-attr:migstat`.
        #[serde(rename = "os-vol-mig-status-attr:migstat")]
        pub os_vol_mig_status_attr_migstat: Option<String>,
        /// The reserved field. Wire name: `os-vol-mig-status-attr:name_id`.
        #[serde(rename = "os-vol-mig-status-attr:name_id")]
        pub os_vol_mig_status_attr_name_id: Option<String>,
        /// The reserved field. Wire name: `os-volume-replication:extended_status`.
        #[serde(rename = "os-volume-replication:extended_status")]
        pub os_volume_replication_extended_status: Option<String>,
        /// Whether the disk is shareable. The value can be **true** (shared disk) or **false** (common disk). This field is no longer used. Use **multiattach**.
        pub shareable: Option<String>,
        /// The reserved field.
        pub user_id: Option<String>,
        /// The service type. The value is **EVS**.
        pub service_type: Option<String>,
        /// The disk tags. This field has values if the disk has tags. Or, it is left empty.
        pub tags: Option<std::collections::BTreeMap<String, String>>,
        /// The unique identifier used when attaching the disk.
        pub wwn: Option<String>,
        /// Whether the disk is shareable.
        ///
        /// - **true**: indicates a shared disk.
        /// - **false**: indicates a non-shared disk.
        pub multiattach: Option<bool>,
        /// The ID of the enterprise project that the disk has been added to.
        pub enterprise_project_id: Option<String>,
        /// The disk SN. This field is returned only for non-HyperMetro SCSI volumes and is used for disk mapping in the VM.
        pub serial_number: Option<String>,
    }
    /// Response parameters
    #[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
    #[non_exhaustive]
    pub struct ListEvsDisksResponse {
        /// The list of queried disks. For details, see Parameters in the volumes field.
        pub volumes: Option<Vec<crate::types::EvsDiskParametersInTheVolumesField>>,
        /// The error message returned if an error occurs. For details, see Parameters in the error field.
        pub error: Option<crate::types::EvsDiskParametersInTheErrorField>,
    }
    /// Request parameters
    #[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
    #[non_exhaustive]
    pub struct UpdateEvsDiskRequest {
        /// The information of the disk to be updated. For details, see Parameters in the volume field.
        pub volume: UpdateEvsDiskParametersInTheVolumeField,
    }
    /// Parameters in the volume field
    #[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
    #[non_exhaustive]
    pub struct UpdateEvsDiskParametersInTheVolumeField {
        /// The new name of the disk. Parameters **name** and **description** cannot be null at the same time. The value can contain a maximum of 255 bytes.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// The new description of the disk. Parameters **name** and **description** cannot be null at the same time. The value can contain a maximum of 255 bytes.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub description: Option<String>,
    }
    crate::support::setters!(
        @ model UpdateEvsDiskParametersInTheVolumeField { name : String, description :
        String }
    );
    /// Response parameters
    #[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
    #[non_exhaustive]
    pub struct UpdateEvsDiskResponse {
        /// The disk ID.
        pub id: Option<String>,
        /// The disk URI. For details, see Parameters in the links field.
        pub links: Option<Vec<crate::types::AllEvsDiskParametersInTheLinksField>>,
        /// The disk name.
        pub name: Option<String>,
        /// The disk status. For details, see EVS Disk Status.
        pub status: Option<String>,
        /// The disk attachment information. For details, see Parameters in the attachments field.
        pub attachments: Option<
            Vec<crate::types::AllEvsDiskParametersInTheAttachmentsField>,
        >,
        /// The AZ to which the disk belongs.
        pub availability_zone: Option<String>,
        /// The source disk ID. This parameter has a value if the disk is created from a source disk.
        /// This field is currently not supported.
        pub source_volid: Option<String>,
        /// The snapshot ID. This parameter has a value if the disk is created from a snapshot.
        pub snapshot_id: Option<String>,
        /// The disk description.
        pub description: Option<String>,
        /// The ID of the tenant to which the disk belongs. The returned value is currently invalid. The tenant ID is the same as the project ID.
        ///
        /// Wire name: `os-vol-tenant-attr:tenant_id`.
        #[serde(rename = "os-vol-tenant-attr:tenant_id")]
        pub os_vol_tenant_attr_tenant_id: Option<String>,
        /// The metadata of the disk image. The returned value is currently invalid.
        /// For details about **volume\_image\_metadata**, see **Querying Image Details (Native OpenStack API)** in the *Image Management Service API Reference*.
        pub volume_image_metadata: Option<serde_json::Value>,
        /// The time when the disk was created.
        /// Time format: UTC YYYY-MM-DDTHH:MM:SS.XXXXXX
        pub created_at: Option<String>,
        /// The disk type.
        /// The value can be **ESSD**, **GPSSD**, **SSD**, **SAS**, or **SATA**.
        ///
        /// - **SSD**: the ultra-high I/O type
        /// - **SAS**: the high I/O type
        /// - **SATA**: the common I/O type
        /// - **GPSSD**: the general purpose SSD type
        /// - **ESSD**: the extreme SSD type
        pub volume_type: Option<DiskParametersInTheVolumeFieldVolumeType>,
        /// The disk size, in GB.
        pub size: Option<i64>,
        /// Whether the disk is bootable.
        ///
        /// - **true**: indicates a bootable disk.
        /// - **false**: indicates a non-bootable disk.
        pub bootable: Option<String>,
        /// The disk metadata. For details, see Parameters in the metadata field.
        pub metadata: Option<EvsDiskParametersInTheMetadataField>,
        /// The reserved field. Wire name: `os-vol-host-attr:host`.
        #[serde(rename = "os-vol-host-attr:host")]
        pub os_vol_host_attr_host: Option<String>,
        /// Whether the disk is shareable.
        /// This field is no longer used. Use **multiattach**.
        pub shareable: Option<String>,
        /// The error message returned if an error occurs. For details, see Parameters in the error field.
        pub error: Option<crate::types::EvsDiskParametersInTheErrorField>,
        /// Whether the disk is shareable.
        ///
        /// - **true**: indicates a shared disk.
        /// - **false**: indicates a non-shared disk.
        pub multiattach: Option<bool>,
        /// The reserved field. Wire name: `os-volume-replication:extended_status`.
        #[serde(rename = "os-volume-replication:extended_status")]
        pub os_volume_replication_extended_status: Option<String>,
    }
    /// Parameters in the volume field
    #[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
    #[non_exhaustive]
    pub struct UpdateEvsDiskParametersInTheVolumeFieldResponse {
        /// The disk ID.
        pub id: Option<String>,
        /// The disk URI. For details, see Parameters in the links field.
        pub links: Option<Vec<std::collections::BTreeMap<String, String>>>,
        /// The disk name.
        pub name: Option<String>,
        /// The disk status. For details, see EVS Disk Status.
        pub status: Option<String>,
        /// The disk attachment information. For details, see Parameters in the attachments field.
        pub attachments: Option<
            Vec<crate::types::AllEvsDiskParametersInTheAttachmentsField>,
        >,
        /// The AZ to which the disk belongs.
        pub availability_zone: Option<String>,
        /// Whether the disk is bootable.
        ///
        /// - **true**: indicates a bootable disk.
        /// - **false**: indicates a non-bootable disk.
        pub bootable: Option<String>,
        /// This field is currently not supported.
        pub encrypted: Option<bool>,
        /// The time when the disk was created.
        /// Time format: UTC YYYY-MM-DDTHH:MM:SS.XXXXXX
        pub created_at: Option<String>,
        /// The disk description.
        pub description: Option<String>,
        /// The disk type.
        /// The value can be **ESSD**, **GPSSD**, **SSD**, **SAS**, or **SATA**.
        ///
        /// - **SSD**: the ultra-high I/O type
        /// - **SAS**: the high I/O type
        /// - **SATA**: the common I/O type
        /// - **GPSSD**: the general purpose SSD type
        /// - **ESSD**: the extreme SSD type
        pub volume_type: Option<DiskParametersInTheVolumeFieldVolumeType>,
        /// The reserved field.
        pub replication_status: Option<String>,
        /// The reserved field.
        pub consistencygroup_id: Option<String>,
        /// The source disk ID.
        /// This field is currently not supported.
        pub source_volid: Option<String>,
        /// The snapshot ID.
        pub snapshot_id: Option<String>,
        /// The disk metadata. For details, see Parameters in the metadata field.
        pub metadata: Option<EvsDiskParametersInTheMetadataField>,
        /// The disk size, in GB.
        pub size: Option<i64>,
        /// The reserved field.
        pub user_id: Option<String>,
        /// The time when the disk was updated.
        /// Time format: UTC YYYY-MM-DDTHH:MM:SS.XXXXXX
        pub updated_at: Option<String>,
        /// Whether the disk is shareable.
        /// This field is no longer used. Use **multiattach**.
        pub shareable: Option<bool>,
        /// Whether the disk is shareable.
        ///
        /// - **true**: indicates a shared disk.
        /// - **false**: indicates a non-shared disk.
        pub multiattach: Option<bool>,
        /// The reserved field.
        pub storage_cluster_id: Option<String>,
    }
    /// Request parameters
    #[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
    #[non_exhaustive]
    pub struct ExpandEvsDiskCapacityRequest {
        /// The disk expansion marker. For details, see Parameter in the os-extend field. Wire name: `os-extend`.
        #[serde(rename = "os-extend")]
        pub os_extend: EvsDiskCapacityParameterInTheOsExtendField,
    }
    /// Parameter in the os-extend field
    #[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
    #[non_exhaustive]
    pub struct EvsDiskCapacityParameterInTheOsExtendField {
        /// The new disk size, in GB.
        /// The new size ranges from the original size to the maximum size (**32768** for a data disk and **1024** for a system disk).
        /// If the specified value is a decimal, the number part of the value will be used.
        pub new_size: i64,
    }
    crate::support::setters!(
        @ model EvsDiskCapacityParameterInTheOsExtendField new(new_size : i64) {}
    );
    /// Parameter description
    #[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
    #[non_exhaustive]
    pub struct CreateEvsSnapshotResponse {
        /// The snapshot information. For details, see Parameters in the snapshot field.
        pub snapshot: Option<EvsSnapshotParametersInTheSnapshotFieldResponse>,
        /// The error message returned if an error occurs. For details, see Parameters in the error field.
        pub error: Option<crate::types::EvsDiskParametersInTheErrorField>,
    }
    /// Parameters in the snapshot field
    #[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
    #[non_exhaustive]
    pub struct EvsSnapshotParametersInTheSnapshotFieldResponse {
        /// The snapshot ID.
        pub id: Option<String>,
        /// The snapshot status. For details, see EVS Snapshot Status.
        pub status: Option<String>,
        /// The snapshot name.
        pub name: Option<String>,
        /// The snapshot description.
        pub description: Option<String>,
        /// The time when the snapshot was created.
        /// Time format: UTC YYYY-MM-DDTHH:MM:SS.XXXXXX
        pub created_at: Option<String>,
        /// The snapshot metadata.
        pub metadata: Option<serde_json::Value>,
        /// The ID of the snapshot's source disk.
        pub volume_id: Option<String>,
        /// The snapshot size, in GB.
        pub size: Option<i64>,
        /// The time when the snapshot was updated.
        /// Time format: UTC YYYY-MM-DDTHH:MM:SS.XXXXXX
        pub updated_at: Option<String>,
        /// The reserved field. Wire name: `os-extended-snapshot-attributes:progress`.
        #[serde(rename = "os-extended-snapshot-attributes:progress")]
        pub os_extended_snapshot_attributes_progress: Option<String>,
        /// The reserved field. Wire name: `os-extended-snapshot-attributes:project_id`.
        #[serde(rename = "os-extended-snapshot-attributes:project_id")]
        pub os_extended_snapshot_attributes_project_id: Option<String>,
    }
    /// Parameter description
    #[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
    #[non_exhaustive]
    pub struct ShowEvsSnapshotResponse {
        /// The snapshot information. For details, see Parameters in the snapshot field.
        pub snapshot: Option<ShowEvsSnapshotParametersInTheSnapshotField>,
        /// The error message returned if an error occurs. For details, see Parameters in the error field.
        pub error: Option<crate::types::EvsDiskParametersInTheErrorField>,
    }
    /// Parameters in the snapshot field
    #[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
    #[non_exhaustive]
    pub struct ShowEvsSnapshotParametersInTheSnapshotField {
        /// The snapshot ID.
        pub id: Option<String>,
        /// The snapshot status. For details, see EVS Snapshot Status.
        pub status: Option<String>,
        /// The snapshot name.
        /// Snapshots whose names started with prefix **autobk\_snapshot\_** are automatically created by the system during backup creations. Do not delete these snapshots or use them to roll back the disk data.
        pub name: Option<String>,
        /// The snapshot description.
        pub description: Option<String>,
        /// The time when the snapshot was created.
        /// Time format: UTC YYYY-MM-DDTHH:MM:SS.XXXXXX
        pub created_at: Option<String>,
        /// The time when the snapshot was updated.
        /// Time format: UTC YYYY-MM-DDTHH:MM:SS.XXXXXX
        pub updated_at: Option<String>,
        /// The snapshot metadata.
        /// If **metadata** contains the **\_\_system\_\_enableActive** field, the snapshot is automatically created during the backup of a server.
        pub metadata: Option<serde_json::Value>,
        /// The ID of the snapshot's source disk.
        pub volume_id: Option<String>,
        /// The snapshot size, in GB.
        pub size: Option<i64>,
        /// The tenant ID. The tenant ID is the same as the project ID. Wire name: `os-extended-snapshot-attributes:project_id`.
        #[serde(rename = "os-extended-snapshot-attributes:project_id")]
        pub os_extended_snapshot_attributes_project_id: Option<String>,
        /// The reserved field. Wire name: `os-extended-snapshot-attributes:progress`.
        #[serde(rename = "os-extended-snapshot-attributes:progress")]
        pub os_extended_snapshot_attributes_progress: Option<String>,
    }
    /// Parameter description
    #[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
    #[non_exhaustive]
    pub struct ShowEvsSnapshotsResponse {
        /// The total number of snapshots. The value is not affected by parameters **limit** and **offset**.
        pub count: Option<i64>,
        /// The snapshot information. For details, see Parameters in the snapshots field.
        pub snapshots: Option<Vec<EvsSnapshotParametersInTheSnapshotsField>>,
        /// The query position marker in the snapshot list. This parameter is returned only when parameter **limit** is specified in the request, and it indicates that only some snapshots are returned in this query. For details, see Description of the snapshots\_links parameter.
        pub snapshots_links: Option<
            Vec<crate::types::EvsSnapshotParameterInTheSnapshotsLinksField>,
        >,
        /// The error message returned if an error occurs. For details, see Parameters in the error field.
        pub error: Option<crate::types::EvsDiskParametersInTheErrorField>,
    }
    /// Parameters in the snapshots field
    #[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
    #[non_exhaustive]
    pub struct EvsSnapshotParametersInTheSnapshotsField {
        /// The snapshot ID.
        pub id: Option<String>,
        /// The snapshot status. For details, see EVS Snapshot Status.
        pub status: Option<String>,
        /// The snapshot name.
        pub name: Option<String>,
        /// The snapshot description.
        pub description: Option<String>,
        /// The time when the snapshot was created.
        /// Time format: UTC YYYY-MM-DDTHH:MM:SS.XXXXXX
        pub created_at: Option<String>,
        /// The time when the snapshot was updated.
        /// Time format: UTC YYYY-MM-DDTHH:MM:SS.XXXXXX
        pub updated_at: Option<String>,
        /// The snapshot metadata.
        /// If **metadata** contains the **\_\_system\_\_enableActive** field, the snapshot is automatically created during the backup of a server.
        pub metadata: Option<serde_json::Value>,
        /// The ID of the snapshot's source disk.
        pub volume_id: Option<String>,
        /// The snapshot size, in GB.
        pub size: Option<i64>,
        /// The tenant ID. The tenant ID is the same as the project ID. Wire name: `os-extended-snapshot-attributes:project_id`.
        #[serde(rename = "os-extended-snapshot-attributes:project_id")]
        pub os_extended_snapshot_attributes_project_id: Option<String>,
        /// The reserved field. Wire name: `os-extended-snapshot-attributes:progress`.
        #[serde(rename = "os-extended-snapshot-attributes:progress")]
        pub os_extended_snapshot_attributes_progress: Option<String>,
        /// The service type.
        pub service_type: Option<String>,
    }
    /// Parameter description
    #[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
    #[non_exhaustive]
    pub struct ListEvsSnapshotsResponse {
        /// The snapshot information. For details, see Parameters in the snapshots field.
        pub snapshots: Option<
            crate::types::ListEvsSnapshotsParametersInTheSnapshotsField,
        >,
        /// The query position marker in the snapshot list. This parameter is at the same level as parameter **snapshots** in the response body. It is returned only when parameter **limit** is specified in the request, and it indicates that only some snapshots are returned in this query.
        pub snapshots_links: Option<Vec<std::collections::BTreeMap<String, String>>>,
        /// The error message returned if an error occurs. For details, see Parameters in the error field.
        pub error: Option<crate::types::EvsDiskParametersInTheErrorField>,
    }
}
