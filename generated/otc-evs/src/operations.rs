//! Request builders, one per operation: set parameters, then `.send().await`.
use crate::support::need;
use crate::types;
use crate::support::request;
use docsdk_runtime::Result;
crate::support::builder!(
    CreatingEvsDisks("creating_evs_disks") { #[doc =
    " The project ID. Path parameter `project_id`."] project_id : String, #[doc =
    " The information of the disk to be created. For details, see Parameters in the volume field."]
    volume : types::EvsDiskParametersInTheVolumeField }
);
impl CreatingEvsDisks {
    /// Sends the request: the 202 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::CreateEvsDisksResponse> {
        let body = types::CreateEvsDisksRequest {
            volume: need!(self, volume)?,
        };
        let request = request!(self, Post, "/v3/{project_id}/cloudvolumes")
            .path_param("project_id", need!(self, project_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingDetailsAboutAllEvsDisksDeprecated("querying_details_about_all_evs_disks_deprecated")
    { #[doc = " The project ID. Path parameter `project_id`."] project_id : String, #[doc
    =
    " The ID of the resource from which the pagination query starts. It is the ID of the last resource on the previous page. Query parameter `marker`."]
    marker : String, #[doc =
    " The disk name. The value can contain a maximum of 255 bytes. Query parameter `name`."]
    name : String, #[doc = " The maximum number of query results that can be returned."]
    #[doc =
    " The value ranges from 1 to 1000, and the default value is 1000. The returned value cannot exceed this limit."]
    #[doc = ""] #[doc = " Query parameter `limit`. Default: `1000`. Range 1 to 1000."]
    limit : i64, #[doc =
    " The keyword based on which the returned results are sorted. The value can be **id**, **status**, **size**, or **created\\_at**, and the default value is **created\\_at**."]
    #[doc = ""] #[doc = " Query parameter `sort_key`. Default: `created_at`."] sort_key :
    String, #[doc = " The result sorting order. The default value is **desc**."] #[doc =
    ""] #[doc = " - **desc**: the descending order"] #[doc =
    " - **asc**: the ascending order"] #[doc = ""] #[doc =
    " Query parameter `sort_dir`. Default: `desc`."] sort_dir : String, #[doc =
    " The query offset. All disks after this offset will be queried. The value must be an integer greater than 0 but less than the number of disks."]
    #[doc = ""] #[doc = " Query parameter `offset`."] offset : i64, #[doc =
    " The disk status. For details, see EVS Disk Status. Query parameter `status`."]
    status : String, #[doc = " The disk metadata. Query parameter `metadata`."] metadata
    : String, #[doc =
    " The AZ to which the disk belongs. Query parameter `availability_zone`."]
    availability_zone : String, #[doc = " Whether the disk is shareable."] #[doc = ""]
    #[doc = " - **true**: indicates a shared disk."] #[doc =
    " - **false**: indicates a non-shared disk."] #[doc = ""] #[doc =
    " Query parameter `multiattach`."] multiattach : bool, #[doc =
    " The disk type ID. Query parameter `volume_type_id`."] volume_type_id : String,
    #[doc = " The disk ID. Query parameter `id`."] id : String, #[doc =
    " The disk IDs. The parameter value is in the *ids=\\['id1','id2',...,'idx'\\]* format. In the response, the **ids** value contains valid disk IDs only. Invalid disk IDs will be ignored."]
    #[doc = " The details about a maximum of 60 disks can be queried."] #[doc =
    " If parameters **id** and **ids** are both specified in the request, **id** will be ignored."]
    #[doc = ""] #[doc = " Query parameter `ids`."] ids : Vec < String > }
);
impl QueryingDetailsAboutAllEvsDisksDeprecated {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ShowAllEvsDisksResponse> {
        let mut request = request!(
            self, Get, "/v3/{project_id}/os-vendor-volumes/detail"
        )
            .path_param("project_id", need!(self, project_id)?)
            .query_opt("marker", self.marker)
            .query_opt("name", self.name)
            .query_opt("limit", self.limit)
            .query_opt("sort_key", self.sort_key)
            .query_opt("sort_dir", self.sort_dir)
            .query_opt("offset", self.offset)
            .query_opt("status", self.status)
            .query_opt("metadata", self.metadata)
            .query_opt("availability_zone", self.availability_zone)
            .query_opt("multiattach", self.multiattach)
            .query_opt("volume_type_id", self.volume_type_id)
            .query_opt("id", self.id);
        for value in self.ids.unwrap_or_default() {
            request = request.query("ids", value);
        }
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingDetailsAboutAnEvsDiskDeprecated("querying_details_about_an_evs_disk_deprecated")
    { #[doc = " The project ID. Path parameter `project_id`."] project_id : String, #[doc
    = " The disk ID. Path parameter `volume_id`."] volume_id : String }
);
impl QueryingDetailsAboutAnEvsDiskDeprecated {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ShowEvsDiskResponse> {
        let request = request!(
            self, Get, "/v3/{project_id}/os-vendor-volumes/{volume_id}"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param("volume_id", need!(self, volume_id)?);
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingLoadingProgressOfALazyloadingDisk("querying_loading_progress_of_a_lazyloading_disk")
    { #[doc = " The project ID. Path parameter `project_id`."] project_id : String, #[doc
    = " The disk ID. Path parameter `volume_id`."] volume_id : String }
);
impl QueryingLoadingProgressOfALazyloadingDisk {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(
        self,
    ) -> Result<types::ShowLazyloadingDiskLoadingProgressResponse> {
        let request = request!(
            self, Get, "/v3/{project_id}/os-vendor-volumes/{volume_id}/internal-info"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param("volume_id", need!(self, volume_id)?);
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
            self, Post, "/v3/{project_id}/os-vendor-volumes/{volume_id}/tags/action"
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
            self, Post, "/v3/{project_id}/os-vendor-volumes/resource_instances/action"
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
    pub async fn send(self) -> Result<types::ListEvsDiskTagsResponse> {
        let request = request!(
            self, Get, "/v3/{project_id}/os-vendor-volumes/{volume_id}/tags"
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
    pub async fn send(self) -> Result<types::ShowEvsDiskMetadataResponse> {
        let request = request!(
            self, Get, "/v3/{project_id}/volumes/{volume_id}/metadata"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param("volume_id", need!(self, volume_id)?);
        self.call.json(request).await
    }
}
crate::support::builder!(
    UpdatingMetadataOfAnEvsDisk("updating_metadata_of_an_evs_disk") { #[doc =
    " The project ID. Path parameter `project_id`."] project_id : String, #[doc =
    " The disk ID. Path parameter `volume_id`."] volume_id : String, #[doc =
    " The metadata to be updated. For details, see Parameter in the metadata field."]
    #[doc =
    " The length of **key** and **value** under **metadata** can contain no more than 255 bytes."]
    metadata : std::collections::BTreeMap < String, String > }
);
impl UpdatingMetadataOfAnEvsDisk {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::AddEvsDiskMetadataResponse> {
        let body = types::AddEvsDiskMetadataRequest {
            metadata: need!(self, metadata)?,
        };
        let request = request!(
            self, Put, "/v3/{project_id}/volumes/{volume_id}/metadata"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param("volume_id", need!(self, volume_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    AddingMetadataOfAnEvsDisk("adding_metadata_of_an_evs_disk") { #[doc =
    " The project ID. Path parameter `project_id`."] project_id : String, #[doc =
    " The disk ID. Path parameter `volume_id`."] volume_id : String, #[doc =
    " The metadata to be updated. For details, see Parameter in the metadata field."]
    #[doc =
    " The length of **key** and **value** under **metadata** can contain no more than 255 bytes."]
    metadata : std::collections::BTreeMap < String, String > }
);
impl AddingMetadataOfAnEvsDisk {
    /// Sends the request: the 202 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::AddEvsDiskMetadataResponse> {
        let body = types::AddEvsDiskMetadataRequest {
            metadata: need!(self, metadata)?,
        };
        let request = request!(
            self, Post, "/v3/{project_id}/volumes/{volume_id}/metadata"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param("volume_id", need!(self, volume_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingEvsDisks("querying_evs_disks") { #[doc =
    " The project ID. Path parameter `project_id`."] project_id : String, #[doc =
    " The ID of the resource from which the pagination query starts. It is the ID of the last resource on the previous page. Query parameter `marker`."]
    marker : String, #[doc =
    " The disk name. The value can contain a maximum of 255 bytes. Query parameter `name`."]
    name : String, #[doc = " The maximum number of query results that can be returned."]
    #[doc =
    " The value ranges from 1 to 1000, and the default value is 1000. The returned value cannot exceed this limit."]
    #[doc =
    " If the tenant has more than 50 disks in total, you are advised to use this parameter and set its value to **50** to improve the query efficiency. Examples are provided as follows:"]
    #[doc =
    " **GET /v3/***xxx***/volumes?limit=50**: Queries the 1-50 disks. **GET /v3/***xxx***/volumes?offset=50\\&limit=50**: Queries the 51-100 disks."]
    #[doc = ""] #[doc = " Query parameter `limit`. Default: `1000`. Range 1 to 1000."]
    limit : i64, #[doc =
    " The keyword based on which the returned results are sorted. The value can be **id**, **status**, **size**, or **created\\_at**, and the default value is **created\\_at**."]
    #[doc = ""] #[doc = " Query parameter `sort_key`. Default: `created_at`."] sort_key :
    String, #[doc = " The result sorting order. The default value is **desc**."] #[doc =
    ""] #[doc = " - **desc**: the descending order"] #[doc =
    " - **asc**: the ascending order"] #[doc = ""] #[doc =
    " Query parameter `sort_dir`. Default: `desc`."] sort_dir : String, #[doc =
    " The query offset."] #[doc =
    " All disks after this offset will be queried. The value must be an integer greater than 0 but less than the number of disks."]
    #[doc = ""] #[doc = " Query parameter `offset`."] offset : i64, #[doc =
    " The disk status. For details, see EVS Disk Status. Query parameter `status`."]
    status : String, #[doc = " The disk metadata. Query parameter `metadata`."] metadata
    : String, #[doc = " The AZ information. Query parameter `availability_zone`."]
    availability_zone : String }
);
impl QueryingEvsDisks {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ListEvsDisksResponse> {
        let request = request!(self, Get, "/v3/{project_id}/volumes")
            .path_param("project_id", need!(self, project_id)?)
            .query_opt("marker", self.marker)
            .query_opt("name", self.name)
            .query_opt("limit", self.limit)
            .query_opt("sort_key", self.sort_key)
            .query_opt("sort_dir", self.sort_dir)
            .query_opt("offset", self.offset)
            .query_opt("status", self.status)
            .query_opt("metadata", self.metadata)
            .query_opt("availability_zone", self.availability_zone);
        self.call.json(request).await
    }
}
crate::support::builder!(
    CreatingEvsDisks2("creating_evs_disks_2") { #[doc =
    " The project ID. Path parameter `project_id`."] project_id : String, #[doc =
    " The information of the disk to be created. For details, see Parameters in the volume field."]
    volume : types::CreateEvsDisksParametersInTheVolumeField }
);
impl CreatingEvsDisks2 {
    /// Sends the request: the 202 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::CreateEvsDisksResponse2> {
        let body = types::CreateEvsDisksRequest2 {
            volume: need!(self, volume)?,
        };
        let request = request!(self, Post, "/v3/{project_id}/volumes")
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
        let request = request!(self, Get, "/v3/{project_id}/volumes/{volume_id}")
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
        let request = request!(self, Put, "/v3/{project_id}/volumes/{volume_id}")
            .path_param("project_id", need!(self, project_id)?)
            .path_param("volume_id", need!(self, volume_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    DeletingAnEvsDisk("deleting_an_evs_disk") { #[doc =
    " The project ID. Path parameter `project_id`."] project_id : String, #[doc =
    " The disk ID. Path parameter `volume_id`."] volume_id : String, #[doc =
    " Whether to delete all the snapshots created for this disk. The default value is **false**. Query parameter `cascade`. Default: `false`."]
    cascade : bool }
);
impl DeletingAnEvsDisk {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::DeleteEvsDiskResponse> {
        let request = request!(self, Delete, "/v3/{project_id}/volumes/{volume_id}")
            .path_param("project_id", need!(self, project_id)?)
            .path_param("volume_id", need!(self, volume_id)?)
            .query_opt("cascade", self.cascade);
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
    pub async fn send(self) -> Result<types::ShowEvsDiskMetadataOnePieceResponse> {
        let request = request!(
            self, Get, "/v3/{project_id}/volumes/{volume_id}/metadata/{key}"
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
    meta : types::EvsDiskMetadataOnePieceParameterInTheMetaField }
);
impl UpdatingOnePieceOfMetadataForAnEvsDisk {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ShowEvsDiskMetadataOnePieceResponse> {
        let body = types::UpdateEvsDiskMetadataOnePieceRequest {
            meta: need!(self, meta)?,
        };
        let request = request!(
            self, Put, "/v3/{project_id}/volumes/{volume_id}/metadata/{key}"
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
    pub async fn send(self) -> Result<types::DeleteEvsDiskMetadataOnePieceResponse> {
        let request = request!(
            self, Delete, "/v3/{project_id}/volumes/{volume_id}/metadata/{key}"
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
    pub async fn send(self) -> Result<types::ListZsResponse> {
        let request = request!(self, Get, "/v3/{project_id}/os-availability-zone")
            .path_param("project_id", need!(self, project_id)?);
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingDetailsAboutAllDisks("querying_details_about_all_disks") { #[doc =
    " The project ID. Path parameter `project_id`."] project_id : String, #[doc =
    " The ID of the resource from which the pagination query starts. It is the ID of the last resource on the previous page. Query parameter `marker`."]
    marker : String, #[doc =
    " The disk name. The value can contain a maximum of 255 bytes. Query parameter `name`."]
    name : String, #[doc = " The maximum number of query results that can be returned."]
    #[doc =
    " The value ranges from 1 to 1000, and the default value is 1000. The returned value cannot exceed this limit."]
    #[doc =
    " If the tenant has more than 50 disks in total, you are advised to use this parameter and set its value to **50** to improve the query efficiency. Examples are provided as follows:"]
    #[doc =
    " **GET /v3/***xxx***/volumes/detail?limit=50**: Queries the 1-50 disks. **GET /v3/***xxx***/volumes/detail?offset=50\\&limit=50**: Queries the 51-100 disks."]
    #[doc = ""] #[doc = " Query parameter `limit`. Default: `1000`. Range 1 to 1000."]
    limit : i64, #[doc =
    " The keyword based on which the returned results are sorted. The value can be **id**, **status**, **size**, or **created\\_at**, and the default value is **created\\_at**."]
    #[doc = ""] #[doc = " Query parameter `sort_key`. Default: `created_at`."] sort_key :
    String, #[doc = " The result sorting order. The default value is **desc**."] #[doc =
    ""] #[doc = " - **desc**: the descending order"] #[doc =
    " - **asc**: the ascending order"] #[doc = ""] #[doc =
    " Query parameter `sort_dir`. Default: `desc`."] sort_dir : String, #[doc =
    " The query offset."] #[doc =
    " All disks after this offset will be queried. The value must be an integer greater than 0 but less than the number of disks."]
    #[doc = ""] #[doc = " Query parameter `offset`."] offset : i64, #[doc =
    " The disk status. For details, see EVS Disk Status. Query parameter `status`."]
    status : String, #[doc = " The disk metadata. Query parameter `metadata`."] metadata
    : String, #[doc = " The AZ information. Query parameter `availability_zone`."]
    availability_zone : String }
);
impl QueryingDetailsAboutAllDisks {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ShowAllDisksResponse> {
        let request = request!(self, Get, "/v3/{project_id}/volumes/detail")
            .path_param("project_id", need!(self, project_id)?)
            .query_opt("marker", self.marker)
            .query_opt("name", self.name)
            .query_opt("limit", self.limit)
            .query_opt("sort_key", self.sort_key)
            .query_opt("sort_dir", self.sort_dir)
            .query_opt("offset", self.offset)
            .query_opt("status", self.status)
            .query_opt("metadata", self.metadata)
            .query_opt("availability_zone", self.availability_zone);
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
    pub async fn send(self) -> Result<types::ShowEvsDiskTypeResponse> {
        let request = request!(self, Get, "/v3/{project_id}/types/{type_id}")
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
    pub async fn send(self) -> Result<types::ShowTenantQuotasResponse> {
        let request = request!(
            self, Get, "/v3/{project_id}/os-quota-sets/{target_project_id}"
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
    pub async fn send(self) -> Result<types::ListEvsDiskTypesResponse> {
        let request = request!(self, Get, "/v3/{project_id}/types")
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
    pub async fn send(self) -> Result<types::ShowExtensionApIsResponse> {
        let request = request!(self, Get, "/v3/{project_id}/extensions")
            .path_param("project_id", need!(self, project_id)?);
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingSummaryInformationOfEvsDisks("querying_summary_information_of_evs_disks") {
    #[doc = " The project ID. Path parameter `project_id`."] project_id : String }
);
impl QueryingSummaryInformationOfEvsDisks {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ShowEvsDisksSummaryInformationResponse> {
        let request = request!(self, Get, "/v3/{project_id}/volumes/summary")
            .path_param("project_id", need!(self, project_id)?);
        self.call.json(request).await
    }
}
crate::support::builder!(
    CancelingReservationOfAnEvsDiskDeprecated("canceling_reservation_of_an_evs_disk_deprecated")
    { #[doc = " The project ID. Path parameter `project_id`."] project_id : String, #[doc
    = " The disk ID. Path parameter `volume_id`."] volume_id : String, #[doc =
    " The request body."] body : serde_json::Value }
);
impl CancelingReservationOfAnEvsDiskDeprecated {
    /// Sends the request: the 202 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<serde_json::Value> {
        let request = request!(self, Post, "/v3/{project_id}/volumes/{volume_id}/action")
            .path_param("project_id", need!(self, project_id)?)
            .path_param("volume_id", need!(self, volume_id)?)
            .json_body(&need!(self, body)?)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    AcceptingADiskTransfer("accepting_a_disk_transfer") { #[doc =
    " The project ID. Path parameter `project_id`."] project_id : String, #[doc =
    " The transfer ID. Path parameter `transfer_id`."] transfer_id : String, #[doc =
    " The transfer acceptance marker. For details, see Parameter in the accept field."]
    accept : types::DiskTransferParameterInTheAcceptField }
);
impl AcceptingADiskTransfer {
    /// Sends the request: the 202 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::AcceptDiskTransferResponse> {
        let body = types::AcceptDiskTransferRequest {
            accept: need!(self, accept)?,
        };
        let request = request!(
            self, Post, "/v3/{project_id}/os-volume-transfer/{transfer_id}/accept"
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
    pub async fn send(self) -> Result<types::ListDiskTransfersResponse> {
        let request = request!(self, Get, "/v3/{project_id}/os-volume-transfer")
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
    transfer : types::CreateDiskTransferParametersInTheTransferField }
);
impl CreatingADiskTransfer {
    /// Sends the request: the 202 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::CreateDiskTransferResponse> {
        let body = types::CreateDiskTransferRequest {
            transfer: need!(self, transfer)?,
        };
        let request = request!(self, Post, "/v3/{project_id}/os-volume-transfer")
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
    pub async fn send(self) -> Result<types::ShowDiskTransferResponse> {
        let request = request!(
            self, Get, "/v3/{project_id}/os-volume-transfer/{transfer_id}"
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
            self, Delete, "/v3/{project_id}/os-volume-transfer/{transfer_id}"
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
    pub async fn send(self) -> Result<types::ShowAllDiskTransfersResponse> {
        let request = request!(self, Get, "/v3/{project_id}/os-volume-transfer/detail")
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
    pub async fn send(self) -> Result<types::ShowEvsSnapshotMetadataResponse> {
        let request = request!(
            self, Get, "/v3/{project_id}/snapshots/{snapshot_id}/metadata"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param("snapshot_id", need!(self, snapshot_id)?);
        self.call.json(request).await
    }
}
crate::support::builder!(
    UpdatingMetadataOfAnEvsSnapshot("updating_metadata_of_an_evs_snapshot") { #[doc =
    " The project ID. Path parameter `project_id`."] project_id : String, #[doc =
    " The snapshot ID. Path parameter `snapshot_id`."] snapshot_id : String, #[doc =
    " The metadata to be updated. For details, see Parameter in the metadata field."]
    metadata : types::EvsSnapshotMetadataParameterInTheMetadataField }
);
impl UpdatingMetadataOfAnEvsSnapshot {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::UpdateEvsSnapshotMetadataResponse> {
        let body = types::UpdateEvsSnapshotMetadataRequest {
            metadata: need!(self, metadata)?,
        };
        let request = request!(
            self, Put, "/v3/{project_id}/snapshots/{snapshot_id}/metadata"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param("snapshot_id", need!(self, snapshot_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    AddingMetadataOfAnEvsSnapshot("adding_metadata_of_an_evs_snapshot") { #[doc =
    " The project ID. Path parameter `project_id`."] project_id : String, #[doc =
    " The snapshot ID. Path parameter `snapshot_id`."] snapshot_id : String, #[doc =
    " The metadata to be added. For details, see Parameter in the metadata field."]
    metadata : types::EvsSnapshotMetadataParameterInTheMetadataField }
);
impl AddingMetadataOfAnEvsSnapshot {
    /// Sends the request: the 202 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::AddEvsSnapshotMetadataResponse> {
        let body = types::AddEvsSnapshotMetadataRequest {
            metadata: need!(self, metadata)?,
        };
        let request = request!(
            self, Post, "/v3/{project_id}/snapshots/{snapshot_id}/metadata"
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
    " **GET /v3/***xxx***/snapshots?limit=50**: Queries the 1-50 snapshots. **GET /v3/***xxx***/snapshots?offset=50\\&limit=50**: Queries the 51-100 snapshots."]
    #[doc = ""] #[doc = " Query parameter `limit`. Default: `1000`. Range 1 to 1000."]
    limit : i64, #[doc =
    " The snapshot name. This parameter does not support fuzzy search. The value can contain a maximum of 255 bytes. Query parameter `name`."]
    name : String, #[doc = " The result sorting order. The default value is **desc**."]
    #[doc = ""] #[doc = " - **desc**: indicates the descending order."] #[doc =
    " - **asc**: indicates the ascending order."] #[doc = ""] #[doc =
    " Query parameter `sort_dir`. Default: `desc`."] sort_dir : String, #[doc =
    " The snapshot status. For details, see EVS Snapshot Status. Query parameter `status`."]
    status : String, #[doc =
    " The ID of the snapshot's source disk. Query parameter `volume_id`."] volume_id :
    String, #[doc =
    " The fuzzy search by disk name. This parameter is supported when the request version is 3.31 or later. Query parameter `name~`."]
    name_2 : String, #[doc =
    " The fuzzy search by disk status. This parameter is supported when the request version is 3.31 or later. Query parameter `status~`."]
    status_2 : String, #[doc =
    " The fuzzy search by the ID of the disk that corresponds to the snapshot. This parameter is supported when the request version is 3.31 or later."]
    #[doc = ""] #[doc = " Query parameter `volume_id~`."] volume_id_2 : String, #[doc =
    " The sorting query by name (sort\\_key=name). This parameter is supported when the request version is 3.30 or later. The default sorting order is the descending order."]
    #[doc = ""] #[doc = " Query parameter `sort_key`."] sort_key : String, #[doc =
    " Whether to return the **counts** parameter in the response. It shows the number of snapshots queried. This parameter is in the *with\\_count=true* format and is supported when the request version is 3.45 or later."]
    #[doc =
    " This parameter can be used together with parameters **marker**, **limit**, **sort\\_key**, **sort\\_dir**, or **offset** in the table. It cannot be used with other filter parameters."]
    #[doc = ""] #[doc = " Query parameter `with_count`."] with_count : bool }
);
impl QueryingEvsSnapshots {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ListEvsSnapshotsResponse> {
        let request = request!(self, Get, "/v3/{project_id}/snapshots")
            .path_param("project_id", need!(self, project_id)?)
            .query_opt("marker", self.marker)
            .query_opt("offset", self.offset)
            .query_opt("limit", self.limit)
            .query_opt("name", self.name)
            .query_opt("sort_dir", self.sort_dir)
            .query_opt("status", self.status)
            .query_opt("volume_id", self.volume_id)
            .query_opt("name~", self.name_2)
            .query_opt("status~", self.status_2)
            .query_opt("volume_id~", self.volume_id_2)
            .query_opt("sort_key", self.sort_key)
            .query_opt("with_count", self.with_count);
        self.call.json(request).await
    }
}
crate::support::builder!(
    CreatingAnEvsSnapshot("creating_an_evs_snapshot") { #[doc =
    " The project ID. Path parameter `project_id`."] project_id : String, #[doc =
    " The information of the snapshot to be created. For details, see Parameters in the snapshot field."]
    snapshot : types::EvsSnapshotParametersInTheSnapshotField }
);
impl CreatingAnEvsSnapshot {
    /// Sends the request: the 202 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::CreateEvsSnapshotResponse> {
        let body = types::CreateEvsSnapshotRequest {
            snapshot: need!(self, snapshot)?,
        };
        let request = request!(self, Post, "/v3/{project_id}/snapshots")
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
        let request = request!(self, Get, "/v3/{project_id}/snapshots/{snapshot_id}")
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
    snapshot : types::UpdateEvsSnapshotParametersInTheSnapshotField }
);
impl UpdatingAnEvsSnapshot {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::UpdateEvsSnapshotResponse> {
        let body = types::UpdateEvsSnapshotRequest {
            snapshot: need!(self, snapshot)?,
        };
        let request = request!(self, Put, "/v3/{project_id}/snapshots/{snapshot_id}")
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
    pub async fn send(self) -> Result<types::DeleteEvsDiskMetadataOnePieceResponse> {
        let request = request!(self, Delete, "/v3/{project_id}/snapshots/{snapshot_id}")
            .path_param("project_id", need!(self, project_id)?)
            .path_param("snapshot_id", need!(self, snapshot_id)?);
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingOnePieceOfMetadataForAnEvsSnapshot("querying_one_piece_of_metadata_for_an_evs_snapshot")
    { #[doc = " The project ID. Path parameter `project_id`."] project_id : String, #[doc
    = " The snapshot ID. Path parameter `snapshot_id`."] snapshot_id : String, #[doc =
    " The key of the metadata to be queried. Path parameter `key`."] key : String }
);
impl QueryingOnePieceOfMetadataForAnEvsSnapshot {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ShowEvsSnapshotMetadataOnePieceResponse> {
        let request = request!(
            self, Get, "/v3/{project_id}/snapshots/{snapshot_id}/metadata/{key}"
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
    meta : types::MetadataOnePieceParameterInTheMetadataField }
);
impl UpdatingOnePieceOfMetadataForAnEvsSnapshot {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::UpdateEvsSnapshotMetadataOnePieceResponse> {
        let body = types::UpdateEvsSnapshotMetadataOnePieceRequest {
            meta: need!(self, meta)?,
        };
        let request = request!(
            self, Put, "/v3/{project_id}/snapshots/{snapshot_id}/metadata/{key}"
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
    " The key of the metadata to be deleted. Path parameter `key`."] key : String }
);
impl DeletingOnePieceOfMetadataForAnEvsSnapshot {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::DeleteEvsDiskMetadataOnePieceResponse> {
        let request = request!(
            self, Delete, "/v3/{project_id}/snapshots/{snapshot_id}/metadata/{key}"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param("snapshot_id", need!(self, snapshot_id)?)
            .path_param("key", need!(self, key)?);
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingDetailsAboutEvsSnapshots("querying_details_about_evs_snapshots") { #[doc =
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
    " **GET /v3/***xxx***/snapshots/detail?limit=50**: Queries the 1-50 snapshots. **GET /v3/***xxx***/snapshots/detail?offset=50\\&limit=50**: Queries the 51-100 snapshots."]
    #[doc = ""] #[doc = " Query parameter `limit`. Default: `1000`. Range 1 to 1000."]
    limit : i64, #[doc =
    " The snapshot name. The value can contain a maximum of 255 bytes. Query parameter `name`."]
    name : String, #[doc = " The result sorting order. The default value is **desc**."]
    #[doc = ""] #[doc = " - **desc**: indicates the descending order."] #[doc =
    " - **asc**: indicates the ascending order."] #[doc = ""] #[doc =
    " Query parameter `sort_dir`. Default: `desc`."] sort_dir : String, #[doc =
    " The snapshot status. For details, see EVS Snapshot Status. Query parameter `status`."]
    status : String, #[doc =
    " The ID of the snapshot's source disk. Query parameter `volume_id`."] volume_id :
    String }
);
impl QueryingDetailsAboutEvsSnapshots {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ShowEvsSnapshotsResponse> {
        let request = request!(self, Get, "/v3/{project_id}/snapshots/detail")
            .path_param("project_id", need!(self, project_id)?)
            .query_opt("marker", self.marker)
            .query_opt("offset", self.offset)
            .query_opt("limit", self.limit)
            .query_opt("name", self.name)
            .query_opt("sort_dir", self.sort_dir)
            .query_opt("status", self.status)
            .query_opt("volume_id", self.volume_id);
        self.call.json(request).await
    }
}
crate::support::builder!(
    ChangingTheEvsDiskType("changing_the_evs_disk_type") { #[doc =
    " The project ID. Path parameter `project_id`."] project_id : String, #[doc =
    " The disk ID. Path parameter `volume_id`."] volume_id : String, #[doc =
    " The request body of the disk type change. Wire name: `os-retype`."] os_retype :
    types::Retypevolume }
);
impl ChangingTheEvsDiskType {
    /// Sends the request: the 202 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::UpdateEvsDiskTypeResponse202> {
        let body = types::UpdateEvsDiskTypeRequest {
            os_retype: need!(self, os_retype)?,
        };
        let request = request!(self, Post, "/v2/{project_id}/volumes/{volume_id}/retype")
            .path_param("project_id", need!(self, project_id)?)
            .path_param("volume_id", need!(self, volume_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    ExpandingCapacityOfAnEvsDisk("expanding_capacity_of_an_evs_disk") { #[doc =
    " The project ID. Path parameter `project_id`."] project_id : String, #[doc =
    " The ID of a disk. Path parameter `volume_id`."] volume_id : String, #[doc =
    " The disk expansion marker. For details, see Parameter in the os-extend field. Wire name: `os-extend`."]
    os_extend : crate ::v2::types::EvsDiskCapacityParameterInTheOsExtendField }
);
impl ExpandingCapacityOfAnEvsDisk {
    /// Sends the request: the 202 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<crate::v2::types::DeleteEvsDiskResponse> {
        let body = crate::v2::types::ExpandEvsDiskCapacityRequest {
            os_extend: need!(self, os_extend)?,
        };
        let request = request!(
            self, Post, "/v2/{project_id}/cloudvolumes/{volume_id}/action"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param("volume_id", need!(self, volume_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingDetailsAboutAllDisksDeprecated("querying_details_about_all_disks_deprecated")
    { #[doc = " The project ID. Path parameter `project_id`."] project_id : String, #[doc
    =
    " The ID of the resource from which the pagination query starts. It is the ID of the last resource on the previous page. Query parameter `marker`."]
    marker : String, #[doc =
    " The disk name. The value can contain a maximum of 255 bytes. Query parameter `name`."]
    name : String, #[doc = " The maximum number of query results that can be returned."]
    #[doc =
    " The value ranges from 1 to 1000, and the default value is 1000. The returned value cannot exceed this limit."]
    #[doc = ""] #[doc = " Query parameter `limit`. Default: `1000`. Range 1 to 1000."]
    limit : i64, #[doc =
    " The keyword based on which the returned results are sorted. The value can be **id**, **status**, **size**, or **created\\_at**, and the default value is **created\\_at**."]
    #[doc = ""] #[doc = " Query parameter `sort_key`. Default: `created_at`."] sort_key :
    String, #[doc = " The result sorting order. The default value is **desc**."] #[doc =
    ""] #[doc = " - **desc**: the descending order"] #[doc =
    " - **asc**: the ascending order"] #[doc = ""] #[doc =
    " Query parameter `sort_dir`. Default: `desc`."] sort_dir : String, #[doc =
    " The query offset. All disks after this offset will be queried. The value must be an integer greater than 0 but less than the number of disks."]
    #[doc = ""] #[doc = " Query parameter `offset`."] offset : i64, #[doc =
    " The disk status. For details, see EVS Disk Status. Query parameter `status`."]
    status : String, #[doc = " The disk metadata. Query parameter `metadata`."] metadata
    : String, #[doc =
    " The AZ to which the disk belongs. Query parameter `availability_zone`."]
    availability_zone : String, #[doc = " Whether the disk is shareable."] #[doc = ""]
    #[doc = " - **true**: indicates a shared disk."] #[doc =
    " - **false**: indicates a non-shared disk."] #[doc = ""] #[doc =
    " Query parameter `multiattach`."] multiattach : bool, #[doc =
    " The disk type ID. Query parameter `volume_type_id`."] volume_type_id : String,
    #[doc = " The disk ID. Query parameter `id`."] id : String, #[doc =
    " The disk IDs. The parameter value is in the *ids=\\['id1','id2',...,'idx'\\]* format. In the response, the **ids** value contains valid disk IDs only. Invalid disk IDs will be ignored."]
    #[doc = " The details about a maximum of 60 disks can be queried."] #[doc =
    " If parameters **id** and **ids** are both specified in the request, **id** will be ignored."]
    #[doc = ""] #[doc = " Query parameter `ids`."] ids : Vec < String > }
);
impl QueryingDetailsAboutAllDisksDeprecated {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ShowAllEvsDisksResponse> {
        let mut request = request!(
            self, Get, "/v2/{project_id}/os-vendor-volumes/detail"
        )
            .path_param("project_id", need!(self, project_id)?)
            .query_opt("marker", self.marker)
            .query_opt("name", self.name)
            .query_opt("limit", self.limit)
            .query_opt("sort_key", self.sort_key)
            .query_opt("sort_dir", self.sort_dir)
            .query_opt("offset", self.offset)
            .query_opt("status", self.status)
            .query_opt("metadata", self.metadata)
            .query_opt("availability_zone", self.availability_zone)
            .query_opt("multiattach", self.multiattach)
            .query_opt("volume_type_id", self.volume_type_id)
            .query_opt("id", self.id);
        for value in self.ids.unwrap_or_default() {
            request = request.query("ids", value);
        }
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingAllEvsReplicationPairsDeprecated("querying_all_evs_replication_pairs_deprecated")
    { #[doc = " Specifies the project ID. Path parameter `project_id`."] project_id :
    String, #[doc =
    " Specifies the ID of the last EVS replication pair on the previous page, and the next EVS replication pair ID is returned. Query parameter `marker`."]
    marker : String, #[doc =
    " Specifies the maximum number of query results that can be returned."] #[doc =
    " The value ranges from 1 to 1000, and the default value is 1000. The returned value cannot exceed this limit."]
    #[doc = ""] #[doc = " Query parameter `limit`. Default: `1000`. Range 1 to 1000."]
    limit : i64, #[doc =
    " Specifies that the returned results are sorted by keyword. The default keyword is **created\\_at**, indicating that the EVS replication pairs are sorted by creation time."]
    #[doc = ""] #[doc = " Query parameter `sort_key`."] sort_key : String, #[doc =
    " Specifies that the returned results are sorted by ascending or descending order. The default value is **desc**, indicating that the EVS replication pairs are sorted by descending order."]
    #[doc = ""] #[doc = " Query parameter `sort_dir`. Default: `desc`."] sort_dir :
    String, #[doc = " Specifies the offset. Query parameter `offset`."] offset : i64,
    #[doc =
    " Specifies to query all the EVS replication pairs that have been updated from the specified time point to the current time. Query parameter `changes-since`."]
    changes_since : String, #[doc =
    " Specifies the name of the EVS replication pair. Query parameter `name`."] name :
    String, #[doc =
    " Specifies the status of the EVS replication pair. Query parameter `status`."]
    status : String, #[doc =
    " Specifies the ID of the replication consistency group where the EVS replication pair belongs. Query parameter `replication_consistency_group_id`."]
    replication_consistency_group_id : String, #[doc =
    " Specifies the IDs of the EVS disks used to create the EVS replication pair. Query parameter `volume_ids`."]
    volume_ids : String, #[doc =
    " Specifies the ID of an EVS disk. Query parameter `volume_id`."] volume_id : String,
    #[doc =
    " Specifies the primary site of the EVS replication pair. Query parameter `priority_station`."]
    priority_station : String }
);
impl QueryingAllEvsReplicationPairsDeprecated {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ListEvsReplicationPairsResponse> {
        let request = request!(self, Get, "/v2/{project_id}/os-vendor-replications")
            .path_param("project_id", need!(self, project_id)?)
            .query_opt("marker", self.marker)
            .query_opt("limit", self.limit)
            .query_opt("sort_key", self.sort_key)
            .query_opt("sort_dir", self.sort_dir)
            .query_opt("offset", self.offset)
            .query_opt("changes-since", self.changes_since)
            .query_opt("name", self.name)
            .query_opt("status", self.status)
            .query_opt(
                "replication_consistency_group_id",
                self.replication_consistency_group_id,
            )
            .query_opt("volume_ids", self.volume_ids)
            .query_opt("volume_id", self.volume_id)
            .query_opt("priority_station", self.priority_station);
        self.call.json(request).await
    }
}
crate::support::builder!(
    CreatingAnEvsReplicationPairDeprecated("creating_an_evs_replication_pair_deprecated")
    { #[doc = " Specifies the project ID. Path parameter `project_id`."] project_id :
    String, #[doc =
    " Specifies the replication pair creation marker. For details, see Parameters in the replication field."]
    replication : types::ReplicationPairParametersInTheReplicationField }
);
impl CreatingAnEvsReplicationPairDeprecated {
    /// Sends the request: the 202 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::CreateEvsReplicationPairResponse> {
        let body = types::CreateEvsReplicationPairRequest {
            replication: need!(self, replication)?,
        };
        let request = request!(self, Post, "/v2/{project_id}/os-vendor-replications")
            .path_param("project_id", need!(self, project_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingDetailsAboutAnEvsReplicationPairDeprecated("querying_details_about_an_evs_replication_pair_deprecated")
    { #[doc = " Specifies the project ID. Path parameter `project_id`."] project_id :
    String, #[doc =
    " Specifies the ID of the EVS replication pair. Path parameter `replication_id`."]
    replication_id : String }
);
impl QueryingDetailsAboutAnEvsReplicationPairDeprecated {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ShowEvsReplicationPairResponse> {
        let request = request!(
            self, Get, "/v2/{project_id}/os-vendor-replications/{replication_id}"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param("replication_id", need!(self, replication_id)?);
        self.call.json(request).await
    }
}
crate::support::builder!(
    DeletingAnEvsReplicationPairDeprecated("deleting_an_evs_replication_pair_deprecated")
    { #[doc = " Specifies the project ID. Path parameter `project_id`."] project_id :
    String, #[doc =
    " Specifies the ID of the EVS replication pair. Path parameter `replication_id`."]
    replication_id : String }
);
impl DeletingAnEvsReplicationPairDeprecated {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<()> {
        let request = request!(
            self, Delete, "/v2/{project_id}/os-vendor-replications/{replication_id}"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param("replication_id", need!(self, replication_id)?);
        self.call.empty(request).await
    }
}
crate::support::builder!(
    QueryingAllReplicationConsistencyGroupsDeprecated("querying_all_replication_consistency_groups_deprecated")
    { #[doc = " Specifies the project ID. Path parameter `project_id`."] project_id :
    String, #[doc =
    " Specifies the ID of the last replication consistency group on the previous page. The next replication consistency group ID is returned."]
    #[doc = ""] #[doc = " Query parameter `marker`."] marker : String, #[doc =
    " Specifies the maximum number of query results that can be returned."] #[doc =
    " The value ranges from 1 to 1000, and the default value is 1000. The returned value cannot exceed this limit."]
    #[doc = ""] #[doc = " Query parameter `limit`. Default: `1000`. Range 1 to 1000."]
    limit : i64, #[doc =
    " Specifies that the returned results are sorted by keyword. The default keyword is **created\\_at**, indicating that the replication consistency groups are sorted by creation time."]
    #[doc = ""] #[doc = " Query parameter `sort_key`."] sort_key : String, #[doc =
    " Specifies that the returned results are sorted by ascending or descending order. The default value is **desc**, indicating that the replication consistency groups are sorted by descending order."]
    #[doc = ""] #[doc = " Query parameter `sort_dir`. Default: `desc`."] sort_dir :
    String, #[doc = " Specifies the offset. Query parameter `offset`."] offset : i64,
    #[doc =
    " Specifies to query all the replication consistency groups that have been updated from the specified time point to the current time."]
    #[doc = ""] #[doc = " Query parameter `changes-since`."] changes_since : String,
    #[doc =
    " Specifies the name of the replication consistency group. Query parameter `name`."]
    name : String, #[doc =
    " Specifies the status of the replication consistency group. Query parameter `status`."]
    status : String, #[doc =
    " Specifies the primary site of the replication consistency group. Query parameter `priority_station`."]
    priority_station : String, #[doc =
    " Specifies the ID of an EVS disk. Query parameter `volume_id`."] volume_id : String
    }
);
impl QueryingAllReplicationConsistencyGroupsDeprecated {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ListReplicationConsistencyGroupsResponse> {
        let request = request!(
            self, Get, "/v2/{project_id}/os-vendor-replication-consistency-groups"
        )
            .path_param("project_id", need!(self, project_id)?)
            .query_opt("marker", self.marker)
            .query_opt("limit", self.limit)
            .query_opt("sort_key", self.sort_key)
            .query_opt("sort_dir", self.sort_dir)
            .query_opt("offset", self.offset)
            .query_opt("changes-since", self.changes_since)
            .query_opt("name", self.name)
            .query_opt("status", self.status)
            .query_opt("priority_station", self.priority_station)
            .query_opt("volume_id", self.volume_id);
        self.call.json(request).await
    }
}
crate::support::builder!(
    CreatingAReplicationConsistencyGroupDeprecated("creating_a_replication_consistency_group_deprecated")
    { #[doc = " Specifies the project ID. Path parameter `project_id`."] project_id :
    String, #[doc =
    " Specifies to create the replication consistency group. For details, see •Parameters in the replication\\_consistency\\_group field."]
    replication_consistency_group :
    types::ParametersInTheReplicationConsistencyGroupField }
);
impl CreatingAReplicationConsistencyGroupDeprecated {
    /// Sends the request: the 202 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::CreateReplicationConsistencyGroupResponse> {
        let body = types::CreateReplicationConsistencyGroupRequest {
            replication_consistency_group: need!(self, replication_consistency_group)?,
        };
        let request = request!(
            self, Post, "/v2/{project_id}/os-vendor-replication-consistency-groups"
        )
            .path_param("project_id", need!(self, project_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingDetailsAboutAReplicationConsistencyGroupDeprecated("querying_details_about_a_replication_consistency_group_deprecated")
    { #[doc = " Specifies the project ID. Path parameter `project_id`."] project_id :
    String, #[doc =
    " Specifies the ID of the replication consistency group. Path parameter `replication_consistency_group_id`."]
    replication_consistency_group_id : String }
);
impl QueryingDetailsAboutAReplicationConsistencyGroupDeprecated {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ShowReplicationConsistencyGroupResponse> {
        let request = request!(
            self, Get,
            "/v2/{project_id}/os-vendor-replication-consistency-groups/{replication_consistency_group_id}"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param(
                "replication_consistency_group_id",
                need!(self, replication_consistency_group_id)?,
            );
        self.call.json(request).await
    }
}
crate::support::builder!(
    UpdatingAReplicationConsistencyGroupDeprecated("updating_a_replication_consistency_group_deprecated")
    { #[doc = " Specifies the project ID. Path parameter `project_id`."] project_id :
    String, #[doc =
    " Specifies the ID of the replication consistency group. Path parameter `replication_consistency_group_id`."]
    replication_consistency_group_id : String, #[doc =
    " Specifies the replication consistency group information."]
    replication_consistency_group : serde_json::Value }
);
impl UpdatingAReplicationConsistencyGroupDeprecated {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::UpdateReplicationConsistencyGroupResponse> {
        let body = types::UpdateReplicationConsistencyGroupRequest {
            replication_consistency_group: need!(self, replication_consistency_group)?,
        };
        let request = request!(
            self, Put,
            "/v2/{project_id}/os-vendor-replication-consistency-groups/{replication_consistency_group_id}"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param(
                "replication_consistency_group_id",
                need!(self, replication_consistency_group_id)?,
            )
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    DeletingAReplicationConsistencyGroupDeprecated("deleting_a_replication_consistency_group_deprecated")
    { #[doc = " Specifies the project ID. Path parameter `project_id`."] project_id :
    String, #[doc =
    " Specifies the ID of the replication consistency group. Path parameter `replication_consistency_group_id`."]
    replication_consistency_group_id : String }
);
impl DeletingAReplicationConsistencyGroupDeprecated {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<()> {
        let request = request!(
            self, Delete,
            "/v2/{project_id}/os-vendor-replication-consistency-groups/{replication_consistency_group_id}"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param(
                "replication_consistency_group_id",
                need!(self, replication_consistency_group_id)?,
            );
        self.call.empty(request).await
    }
}
crate::support::builder!(
    ExpandingEvsDisksInAReplicationConsistencyGroupDeprecated("expanding_evs_disks_in_a_replication_consistency_group_deprecated")
    { #[doc = " Specifies the project ID. Path parameter `project_id`."] project_id :
    String, #[doc =
    " Specifies the ID of the replication consistency group. Path parameter `replication_consistency_group_id`."]
    replication_consistency_group_id : String, #[doc = " The request body."] body :
    serde_json::Value }
);
impl ExpandingEvsDisksInAReplicationConsistencyGroupDeprecated {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<()> {
        let request = request!(
            self, Post,
            "/v2/{project_id}/os-vendor-replication-consistency-groups/{replication_consistency_group_id}/action"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param(
                "replication_consistency_group_id",
                need!(self, replication_consistency_group_id)?,
            )
            .json_body(&need!(self, body)?)?;
        self.call.empty(request).await
    }
}
crate::support::builder!(
    ObtainingTagsOfASpecifiedEvsResourceDeprecated("obtaining_tags_of_a_specified_evs_resource_deprecated")
    { #[doc = " The project ID. Path parameter `project_id`."] project_id : String, #[doc
    =
    " The resource type. The value can be **volumes**, **snapshots**, or **backups**. Path parameter `resource_type`."]
    resource_type : types::ResourceType, #[doc =
    " The resource ID. Path parameter `resource_id`."] resource_id : String }
);
impl ObtainingTagsOfASpecifiedEvsResourceDeprecated {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::AddEvsResourceOrUpdateTagsResponse> {
        let request = request!(
            self, Get, "/v2/{project_id}/os-vendor-tags/{resource_type}/{resource_id}"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param("resource_type", need!(self, resource_type)?)
            .path_param("resource_id", need!(self, resource_id)?);
        self.call.json(request).await
    }
}
crate::support::builder!(
    ResettingTagsOfAnEvsResourceDeprecated("resetting_tags_of_an_evs_resource_deprecated")
    { #[doc = " The project ID. Path parameter `project_id`."] project_id : String, #[doc
    =
    " The resource type. The value can be **volumes**, **snapshots**, or **backups**. Path parameter `resource_type`."]
    resource_type : types::ResourceType, #[doc =
    " The resource ID. Path parameter `resource_id`."] resource_id : String, #[doc =
    " The key-value pair of the tag."] tags : serde_json::Value }
);
impl ResettingTagsOfAnEvsResourceDeprecated {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::AddEvsResourceOrUpdateTagsResponse> {
        let body = types::AddEvsResourceOrUpdateTagsRequest {
            tags: need!(self, tags)?,
        };
        let request = request!(
            self, Put, "/v2/{project_id}/os-vendor-tags/{resource_type}/{resource_id}"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param("resource_type", need!(self, resource_type)?)
            .path_param("resource_id", need!(self, resource_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    AddingOrUpdatingTagsForAnEvsResourceDeprecated("adding_or_updating_tags_for_an_evs_resource_deprecated")
    { #[doc = " The project ID. Path parameter `project_id`."] project_id : String, #[doc
    =
    " The resource type. The value can be **volumes**, **snapshots**, or **backups**. Path parameter `resource_type`."]
    resource_type : types::ResourceType, #[doc =
    " The resource ID. Path parameter `resource_id`."] resource_id : String, #[doc =
    " The key-value pair of the tag."] tags : serde_json::Value }
);
impl AddingOrUpdatingTagsForAnEvsResourceDeprecated {
    /// Sends the request: the 202 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::AddEvsResourceOrUpdateTagsResponse> {
        let body = types::AddEvsResourceOrUpdateTagsRequest {
            tags: need!(self, tags)?,
        };
        let request = request!(
            self, Post, "/v2/{project_id}/os-vendor-tags/{resource_type}/{resource_id}"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param("resource_type", need!(self, resource_type)?)
            .path_param("resource_id", need!(self, resource_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    BatchDeletingTagsForAnEvsResourceDeprecated("batch_deleting_tags_for_an_evs_resource_deprecated")
    { #[doc = " The project ID. Path parameter `project_id`."] project_id : String, #[doc
    =
    " The resource type. The value can be **volumes**, **snapshots**, or **backups**. Path parameter `resource_type`."]
    resource_type : types::ResourceType, #[doc =
    " The resource ID. Path parameter `resource_id`."] resource_id : String, #[doc =
    " The key-value pair of the tag. Wire name: `os-delete_tags`."] os_delete_tags :
    serde_json::Value }
);
impl BatchDeletingTagsForAnEvsResourceDeprecated {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<()> {
        let body = types::BatchDeleteEvsResourceTagsRequest {
            os_delete_tags: need!(self, os_delete_tags)?,
        };
        let request = request!(
            self, Post,
            "/v2/{project_id}/os-vendor-tags/{resource_type}/{resource_id}/action"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param("resource_type", need!(self, resource_type)?)
            .path_param("resource_id", need!(self, resource_id)?)
            .json_body(&body)?;
        self.call.empty(request).await
    }
}
crate::support::builder!(
    QueryingTagsOfAnEvsResourceByKeyDeprecated("querying_tags_of_an_evs_resource_by_key_deprecated")
    { #[doc = " The project ID. Path parameter `project_id`."] project_id : String, #[doc
    =
    " The resource type. The value can be **volumes**, **snapshots**, or **backups**. Path parameter `resource_type`."]
    resource_type : types::ResourceType, #[doc =
    " The resource ID. Path parameter `resource_id`."] resource_id : String, #[doc =
    " The key of the tag. Path parameter `key`."] key : String }
);
impl QueryingTagsOfAnEvsResourceByKeyDeprecated {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ListEvsResourceTagsByKeyResponse> {
        let request = request!(
            self, Get,
            "/v2/{project_id}/os-vendor-tags/{resource_type}/{resource_id}/{key}"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param("resource_type", need!(self, resource_type)?)
            .path_param("resource_id", need!(self, resource_id)?)
            .path_param("key", need!(self, key)?);
        self.call.json(request).await
    }
}
crate::support::builder!(
    UpdatingTagsOfAnEvsResourceByKeyDeprecated("updating_tags_of_an_evs_resource_by_key_deprecated")
    { #[doc = " The project ID. Path parameter `project_id`."] project_id : String, #[doc
    =
    " The resource type. The value can be **volumes**, **snapshots**, or **backups**. Path parameter `resource_type`."]
    resource_type : types::ResourceType, #[doc =
    " The resource ID. Path parameter `resource_id`."] resource_id : String, #[doc =
    " The key of the tag. Path parameter `key`."] key : String, #[doc =
    " The key-value pair of the tag."] tag : serde_json::Value }
);
impl UpdatingTagsOfAnEvsResourceByKeyDeprecated {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::UpdateEvsResourceTagsByKeyResponse> {
        let body = types::UpdateEvsResourceTagsByKeyRequest {
            tag: need!(self, tag)?,
        };
        let request = request!(
            self, Put,
            "/v2/{project_id}/os-vendor-tags/{resource_type}/{resource_id}/{key}"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param("resource_type", need!(self, resource_type)?)
            .path_param("resource_id", need!(self, resource_id)?)
            .path_param("key", need!(self, key)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    DeletingTheTagOfAnEvsResourceByKey("deleting_the_tag_of_an_evs_resource_by_key") {
    #[doc = " The project ID. Path parameter `project_id`."] project_id : String, #[doc =
    " The resource type. The value can be **volumes**, **snapshots**, or **backups**. Path parameter `resource_type`."]
    resource_type : types::ResourceType, #[doc =
    " The resource ID. The value can be the ID of a disk, snapshot, or backup. Path parameter `resource_id`."]
    resource_id : String, #[doc = " The tag key. Path parameter `key`."] key : String }
);
impl DeletingTheTagOfAnEvsResourceByKey {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::DeleteEvsDiskResponse> {
        let request = request!(
            self, Delete,
            "/v2/{project_id}/os-vendor-tags/{resource_type}/{resource_id}/{key}"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param("resource_type", need!(self, resource_type)?)
            .path_param("resource_id", need!(self, resource_id)?)
            .path_param("key", need!(self, key)?);
        self.call.json(request).await
    }
}
crate::support::builder!(
    ObtainingAllTagsOfAnEvsResourceType("obtaining_all_tags_of_an_evs_resource_type") {
    #[doc = " The project ID. Path parameter `project_id`."] project_id : String, #[doc =
    " Path parameter `resource_type`."] resource_type : String }
);
impl ObtainingAllTagsOfAnEvsResourceType {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ListEvsResourceTypeTagsResponse> {
        let request = request!(
            self, Get, "/v2/{project_id}/os-vendor-tags/{resource_type}"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param("resource_type", need!(self, resource_type)?);
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingEvsResourcesByTagDeprecated("querying_evs_resources_by_tag_deprecated") {
    #[doc = " The project ID. Path parameter `project_id`."] project_id : String, #[doc =
    " The resource type. The value can be **volumes**, **snapshots**, or **backups**. Path parameter `resource_type`."]
    resource_type : types::ResourceType, #[doc =
    " Specifies to query the EVS resources owning the tags in the filtering tag."] #[doc
    =
    " For example, if the filtering tag is **tags=\\{'a':\\['b', 'c'\\], 'd':\\['e'\\]\\}**, EVS resources owning tags (key is **a** and value is **b** or **c**) and tags (key is **d** and value is **e**) are queried."]
    #[doc = ""] #[doc = " Query parameter `tags`."] tags : String, #[doc =
    " Specifies to query EVS resources owing one of the tags in the filtering tag."]
    #[doc =
    " For example, if the filtering tag is **tags\\_any=\\{'a':\\['b', 'c'\\], 'd':\\['e'\\]\\}**, EVS resources owning tags (key is **a** and value is **b** or **c**) or tags (key is **d** and value is **e**) are queried."]
    #[doc = ""] #[doc = " Query parameter `tags_any`."] tags_any : String, #[doc =
    " Specifies to query EVS resources not owning the tags in the filtering tag."] #[doc
    =
    " For example, if the filtering tag is **not\\_tags=\\{'a':\\['b', 'c'\\], 'd':\\['e'\\]\\}**, EVS resources not owning tags (key is **a** and value is **b** or **c**) and tags (key is **d** and value is **e**) are queried."]
    #[doc = ""] #[doc = " Query parameter `not_tags`."] not_tags : String, #[doc =
    " Specifies to query EVS resources not owning one of the tags in the filtering tag."]
    #[doc =
    " For example, if the filtering tag is **not\\_tags=\\{'a':\\['b', 'c'\\], 'd':\\['e'\\]\\}**, EVS resources not owning tags (key is **a** and value is **b** or **c**) or tags (key is **d** and value is **e**) are queried."]
    #[doc = ""] #[doc = " Query parameter `not_tags_any`."] not_tags_any : String }
);
impl QueryingEvsResourcesByTagDeprecated {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ListEvsResourcesByTagResponse> {
        let request = request!(
            self, Get,
            "/v2/{project_id}/os-vendor-tags/{resource_type}/resource_instances"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param("resource_type", need!(self, resource_type)?)
            .query_opt("tags", self.tags)
            .query_opt("tags_any", self.tags_any)
            .query_opt("not_tags", self.not_tags)
            .query_opt("not_tags_any", self.not_tags_any);
        self.call.json(request).await
    }
}
crate::support::builder!(
    AttachingAnEvsDiskDeprecated("attaching_an_evs_disk_deprecated") { #[doc =
    " The project ID. Path parameter `project_id`."] project_id : String, #[doc =
    " The disk ID. Path parameter `volume_id`."] volume_id : String, #[doc =
    " The request body."] body : serde_json::Value }
);
impl AttachingAnEvsDiskDeprecated {
    /// Sends the request: the 202 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<serde_json::Value> {
        let request = request!(self, Post, "/v2/{project_id}/volumes/{volume_id}/action")
            .path_param("project_id", need!(self, project_id)?)
            .path_param("volume_id", need!(self, volume_id)?)
            .json_body(&need!(self, body)?)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingEvsDisks2("querying_evs_disks_2") { #[doc =
    " The project ID. Path parameter `project_id`."] project_id : String, #[doc =
    " The ID of the resource from which the pagination query starts. It is the ID of the last resource on the previous page. Query parameter `marker`."]
    marker : String, #[doc =
    " The disk name. The value can contain a maximum of 255 bytes. Query parameter `name`."]
    name : String, #[doc = " The maximum number of query results that can be returned."]
    #[doc =
    " The value ranges from 1 to 1000, and the default value is 1000. The returned value cannot exceed this limit."]
    #[doc =
    " If the tenant has more than 50 disks in total, you are advised to use this parameter and set its value to **50** to improve the query efficiency. Examples are provided as follows:"]
    #[doc =
    " **GET /v2/***xxx***/volumes?limit=50**: Queries the 1-50 disks. **GET /v2/***xxx***/volumes?offset=50\\&limit=50**: Queries the 51-100 disks."]
    #[doc = ""] #[doc = " Query parameter `limit`. Default: `1000`. Range 1 to 1000."]
    limit : i64, #[doc =
    " The keyword based on which the returned results are sorted. The value can be **id**, **status**, **size**, or **created\\_at**, and the default value is **created\\_at**."]
    #[doc = ""] #[doc = " Query parameter `sort_key`. Default: `created_at`."] sort_key :
    String, #[doc = " The result sorting order. The default value is **desc**."] #[doc =
    ""] #[doc = " - **desc**: the descending order"] #[doc =
    " - **asc**: the ascending order"] #[doc = ""] #[doc =
    " Query parameter `sort_dir`. Default: `desc`."] sort_dir : String, #[doc =
    " The query offset."] #[doc =
    " All disks after this offset will be queried. The value must be an integer greater than 0 but less than the number of disks."]
    #[doc = ""] #[doc = " Query parameter `offset`."] offset : i64, #[doc =
    " The disk status. For details, see EVS Disk Status. Query parameter `status`."]
    status : String, #[doc = " The disk metadata. Query parameter `metadata`."] metadata
    : String, #[doc = " The AZ information. Query parameter `availability_zone`."]
    availability_zone : String }
);
impl QueryingEvsDisks2 {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ListEvsDisksResponse2> {
        let request = request!(self, Get, "/v2/{project_id}/volumes")
            .path_param("project_id", need!(self, project_id)?)
            .query_opt("marker", self.marker)
            .query_opt("name", self.name)
            .query_opt("limit", self.limit)
            .query_opt("sort_key", self.sort_key)
            .query_opt("sort_dir", self.sort_dir)
            .query_opt("offset", self.offset)
            .query_opt("status", self.status)
            .query_opt("metadata", self.metadata)
            .query_opt("availability_zone", self.availability_zone);
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingDetailsAboutADisk2("querying_details_about_a_disk_2") { #[doc =
    " The project ID. Path parameter `project_id`."] project_id : String, #[doc =
    " The disk ID. Path parameter `volume_id`."] volume_id : String }
);
impl QueryingDetailsAboutADisk2 {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ShowDiskResponse> {
        let request = request!(self, Get, "/v2/{project_id}/volumes/{volume_id}")
            .path_param("project_id", need!(self, project_id)?)
            .path_param("volume_id", need!(self, volume_id)?);
        self.call.json(request).await
    }
}
crate::support::builder!(
    UpdatingAnEvsDisk2("updating_an_evs_disk_2") { #[doc =
    " The project ID. Path parameter `project_id`."] project_id : String, #[doc =
    " The disk ID. Path parameter `volume_id`."] volume_id : String, #[doc =
    " The information of the disk to be updated. For details, see Parameters in the volume field."]
    volume : types::UpdateEvsDiskParametersInTheVolumeField }
);
impl UpdatingAnEvsDisk2 {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::UpdateEvsDiskResponse2> {
        let body = types::UpdateEvsDiskRequest {
            volume: need!(self, volume)?,
        };
        let request = request!(self, Put, "/v2/{project_id}/volumes/{volume_id}")
            .path_param("project_id", need!(self, project_id)?)
            .path_param("volume_id", need!(self, volume_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    DeletingAnEvsDisk2("deleting_an_evs_disk_2") { #[doc =
    " The project ID. Path parameter `project_id`."] project_id : String, #[doc =
    " The disk ID. Path parameter `volume_id`."] volume_id : String, #[doc =
    " Whether to delete all the snapshots created for this disk. The default value is **false**. Query parameter `cascade`. Default: `false`."]
    cascade : bool }
);
impl DeletingAnEvsDisk2 {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::DeleteEvsDiskResponse> {
        let request = request!(self, Delete, "/v2/{project_id}/volumes/{volume_id}")
            .path_param("project_id", need!(self, project_id)?)
            .path_param("volume_id", need!(self, volume_id)?)
            .query_opt("cascade", self.cascade);
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingDetailsAboutAllDisks2("querying_details_about_all_disks_2") { #[doc =
    " The project ID. Path parameter `project_id`."] project_id : String, #[doc =
    " The ID of the resource from which the pagination query starts. It is the ID of the last resource on the previous page. Query parameter `marker`."]
    marker : String, #[doc =
    " The disk name. The value can contain a maximum of 255 bytes. Query parameter `name`."]
    name : String, #[doc = " The maximum number of query results that can be returned."]
    #[doc =
    " The value ranges from 1 to 1000, and the default value is 1000. The returned value cannot exceed this limit."]
    #[doc =
    " If the tenant has more than 50 disks in total, you are advised to use this parameter and set its value to **50** to improve the query efficiency. Examples are provided as follows:"]
    #[doc =
    " **GET /v2/***xxx***/volumes/detail?limit=50**: Queries the 1-50 disks. **GET /v2/***xxx***/volumes/detail?offset=50\\&limit=50**: Queries the 51-100 disks."]
    #[doc = ""] #[doc = " Query parameter `limit`. Default: `1000`. Range 1 to 1000."]
    limit : i64, #[doc =
    " The keyword based on which the returned results are sorted. The value can be **id**, **status**, **size**, or **created\\_at**, and the default value is **created\\_at**."]
    #[doc = ""] #[doc = " Query parameter `sort_key`. Default: `created_at`."] sort_key :
    String, #[doc = " The result sorting order. The default value is **desc**."] #[doc =
    ""] #[doc = " - **desc**: the descending order"] #[doc =
    " - **asc**: the ascending order"] #[doc = ""] #[doc =
    " Query parameter `sort_dir`. Default: `desc`."] sort_dir : String, #[doc =
    " The query offset."] #[doc =
    " All disks after this offset will be queried. The value must be an integer greater than 0 but less than the number of disks."]
    #[doc = ""] #[doc = " Query parameter `offset`."] offset : i64, #[doc =
    " The disk status. For details, see EVS Disk Status. Query parameter `status`."]
    status : String, #[doc = " The disk metadata. Query parameter `metadata`."] metadata
    : String, #[doc = " The AZ information. Query parameter `availability_zone`."]
    availability_zone : String }
);
impl QueryingDetailsAboutAllDisks2 {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ShowAllDisksResponse3> {
        let request = request!(self, Get, "/v2/{project_id}/volumes/detail")
            .path_param("project_id", need!(self, project_id)?)
            .query_opt("marker", self.marker)
            .query_opt("name", self.name)
            .query_opt("limit", self.limit)
            .query_opt("sort_key", self.sort_key)
            .query_opt("sort_dir", self.sort_dir)
            .query_opt("offset", self.offset)
            .query_opt("status", self.status)
            .query_opt("metadata", self.metadata)
            .query_opt("availability_zone", self.availability_zone);
        self.call.json(request).await
    }
}
crate::support::builder!(
    UpdatingTheMetadataOfAnEvsDisk("updating_the_metadata_of_an_evs_disk") { #[doc =
    " The project ID. Path parameter `project_id`."] project_id : String, #[doc =
    " The disk ID. Path parameter `volume_id`."] volume_id : String, #[doc =
    " The metadata to be updated. For details, see Parameter in the metadata field."]
    #[doc =
    " The length of **key** and **value** under **metadata** can contain no more than 255 bytes."]
    metadata : std::collections::BTreeMap < String, String > }
);
impl UpdatingTheMetadataOfAnEvsDisk {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::AddEvsDiskMetadataResponse> {
        let body = types::AddEvsDiskMetadataRequest {
            metadata: need!(self, metadata)?,
        };
        let request = request!(
            self, Put, "/v2/{project_id}/volumes/{volume_id}/metadata"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param("volume_id", need!(self, volume_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    AddingTheMetadataForAnEvsDisk("adding_the_metadata_for_an_evs_disk") { #[doc =
    " The project ID. Path parameter `project_id`."] project_id : String, #[doc =
    " The disk ID. Path parameter `volume_id`."] volume_id : String, #[doc =
    " The metadata to be updated. For details, see Parameter in the metadata field."]
    #[doc =
    " The length of **key** and **value** under **metadata** can contain no more than 255 bytes."]
    metadata : std::collections::BTreeMap < String, String > }
);
impl AddingTheMetadataForAnEvsDisk {
    /// Sends the request: the 202 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::AddEvsDiskMetadataResponse> {
        let body = types::AddEvsDiskMetadataRequest {
            metadata: need!(self, metadata)?,
        };
        let request = request!(
            self, Post, "/v2/{project_id}/volumes/{volume_id}/metadata"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param("volume_id", need!(self, volume_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    CreatingAnEvsSnapshot2("creating_an_evs_snapshot_2") { #[doc =
    " The project ID. Path parameter `project_id`."] project_id : String, #[doc =
    " The information of the snapshot to be created. For details, see Parameters in the snapshot field."]
    snapshot : types::EvsSnapshotParametersInTheSnapshotField }
);
impl CreatingAnEvsSnapshot2 {
    /// Sends the request: the 202 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<crate::v2::types::CreateEvsSnapshotResponse> {
        let body = types::CreateEvsSnapshotRequest {
            snapshot: need!(self, snapshot)?,
        };
        let request = request!(self, Post, "/v2/{project_id}/snapshots")
            .path_param("project_id", need!(self, project_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingDetailsAboutAnEvsSnapshot2("querying_details_about_an_evs_snapshot_2") {
    #[doc = " The project ID. Path parameter `project_id`."] project_id : String, #[doc =
    " The snapshot ID. Path parameter `snapshot_id`."] snapshot_id : String }
);
impl QueryingDetailsAboutAnEvsSnapshot2 {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<crate::v2::types::ShowEvsSnapshotResponse> {
        let request = request!(self, Get, "/v2/{project_id}/snapshots/{snapshot_id}")
            .path_param("project_id", need!(self, project_id)?)
            .path_param("snapshot_id", need!(self, snapshot_id)?);
        self.call.json(request).await
    }
}
crate::support::builder!(
    UpdatingAnEvsSnapshot2("updating_an_evs_snapshot_2") { #[doc =
    " The project ID. Path parameter `project_id`."] project_id : String, #[doc =
    " The snapshot ID. Path parameter `snapshot_id`."] snapshot_id : String, #[doc =
    " The information of the snapshot to be updated. For details, see Parameters in the snapshot field."]
    snapshot : types::UpdateEvsSnapshotParametersInTheSnapshotField }
);
impl UpdatingAnEvsSnapshot2 {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::UpdateEvsSnapshotResponse> {
        let body = types::UpdateEvsSnapshotRequest {
            snapshot: need!(self, snapshot)?,
        };
        let request = request!(self, Put, "/v2/{project_id}/snapshots/{snapshot_id}")
            .path_param("project_id", need!(self, project_id)?)
            .path_param("snapshot_id", need!(self, snapshot_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    DeletingAnEvsSnapshot2("deleting_an_evs_snapshot_2") { #[doc =
    " The project ID. Path parameter `project_id`."] project_id : String, #[doc =
    " The snapshot ID. Path parameter `snapshot_id`."] snapshot_id : String }
);
impl DeletingAnEvsSnapshot2 {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::DeleteEvsDiskMetadataOnePieceResponse> {
        let request = request!(self, Delete, "/v2/{project_id}/snapshots/{snapshot_id}")
            .path_param("project_id", need!(self, project_id)?)
            .path_param("snapshot_id", need!(self, snapshot_id)?);
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingDetailsAboutEvsSnapshots2("querying_details_about_evs_snapshots_2") { #[doc =
    " The project ID. Path parameter `project_id`."] project_id : String, #[doc =
    " The ID of the resource from which pagination query starts. It is the ID of the last resource on the previous page. Query parameter `marker`."]
    marker : String, #[doc = " The query offset."] #[doc =
    " This parameter is used when snapshots are queried by page and is used together with the **limit** parameter. For example, there are a total of 30 snapshots. If you set **offset** to **11** and **limit** to **10**, the query starts from the twelfth snapshot, and a maximum of 10 snapshots can be queried at a time."]
    #[doc = ""] #[doc = " Query parameter `offset`."] offset : i64, #[doc =
    " The maximum number of query results that can be returned."] #[doc =
    " The value ranges from **1** to **1000**, and the default value is **1000**. The returned value cannot exceed this limit."]
    #[doc =
    " If the tenant has more than 50 snapshots in total, you are advised to use this parameter and set its value to **50** to improve the query efficiency. Examples are provided as follows:"]
    #[doc =
    " **GET /v2/***xxx***/snapshots/detail?limit=50**: Queries the 1-50 snapshots. **GET /v2/***xxx***/snapshots/detail?offset=50\\&limit=50**: Queries the 51-100 snapshots."]
    #[doc = ""] #[doc = " Query parameter `limit`. Default: `1000`."] limit : i64, #[doc
    =
    " The snapshot name, which can contain a maximum of 255 bytes. Query parameter `name`."]
    name : String, #[doc =
    " The snapshot status. For details, see EVS Snapshot Status. Query parameter `status`."]
    status : String, #[doc =
    " The ID of the snapshot's source disk. Query parameter `volume_id`."] volume_id :
    String, #[doc =
    " The AZ where the snapshot's source disk belongs. Query parameter `availability_zone`."]
    availability_zone : String }
);
impl QueryingDetailsAboutEvsSnapshots2 {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ShowEvsSnapshotsResponse2> {
        let request = request!(self, Get, "/v2/{project_id}/snapshots/detail")
            .path_param("project_id", need!(self, project_id)?)
            .query_opt("marker", self.marker)
            .query_opt("offset", self.offset)
            .query_opt("limit", self.limit)
            .query_opt("name", self.name)
            .query_opt("status", self.status)
            .query_opt("volume_id", self.volume_id)
            .query_opt("availability_zone", self.availability_zone);
        self.call.json(request).await
    }
}
crate::support::builder!(
    UpdatingTheMetadataOfAnEvsSnapshot("updating_the_metadata_of_an_evs_snapshot") {
    #[doc = " The project ID. Path parameter `project_id`."] project_id : String, #[doc =
    " The snapshot ID. Path parameter `snapshot_id`."] snapshot_id : String, #[doc =
    " The metadata to be updated. For details, see Parameter in the metadata field."]
    metadata : types::EvsSnapshotMetadataParameterInTheMetadataField }
);
impl UpdatingTheMetadataOfAnEvsSnapshot {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::UpdateEvsSnapshotMetadataResponse> {
        let body = types::UpdateEvsSnapshotMetadataRequest {
            metadata: need!(self, metadata)?,
        };
        let request = request!(
            self, Put, "/v2/{project_id}/snapshots/{snapshot_id}/metadata"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param("snapshot_id", need!(self, snapshot_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingTaskStatus("querying_task_status") { #[doc =
    " The project ID. Path parameter `project_id`."] project_id : String, #[doc =
    " The task ID. Path parameter `job_id`."] job_id : String }
);
impl QueryingTaskStatus {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ShowTaskStatusResponse> {
        let request = request!(self, Get, "/v1/{project_id}/jobs/{job_id}")
            .path_param("project_id", need!(self, project_id)?)
            .path_param("job_id", need!(self, job_id)?);
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingDetailsAboutADiskDeprecated("querying_details_about_a_disk_deprecated") {
    #[doc = " The project ID. Path parameter `project_id`."] project_id : String, #[doc =
    " The disk ID. Path parameter `volume_id`."] volume_id : String }
);
impl QueryingDetailsAboutADiskDeprecated {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<crate::v1::types::ShowDiskResponse> {
        let request = request!(self, Get, "/v1/{project_id}/volumes/{volume_id}")
            .path_param("project_id", need!(self, project_id)?)
            .path_param("volume_id", need!(self, volume_id)?);
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingInformationOfAnApiVersion("querying_information_of_an_api_version") { #[doc =
    " Specifies the target API version. Path parameter `api_version`."] api_version :
    String }
);
impl QueryingInformationOfAnApiVersion {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ShowApiVersionInformationResponse> {
        let request = request!(self, Get, "/{api_version}")
            .path_param("api_version", need!(self, api_version)?);
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingInformationOfApiVersions("querying_information_of_api_versions") {}
);
impl QueryingInformationOfApiVersions {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ShowApiVersionsInformationResponse> {
        let request = request!(self, Get, "/");
        self.call.json(request).await
    }
}
