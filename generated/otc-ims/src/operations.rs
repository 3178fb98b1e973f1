//! Request builders, one per operation: set parameters, then `.send().await`.
use crate::support::need;
use crate::types;
use crate::support::request;
use docsdk_runtime::Result;
crate::support::builder!(
    CreatingAnImage("creating_an_image") { #[doc =
    " Specifies the name of the system disk image. For detailed description, see Image Attributes."]
    #[doc =
    " NOTICE: This parameter is mandatory when you use a cloud server to create a system disk image."]
    name : String, #[doc =
    " Provides supplementary information about the image. For details, see Image Attributes. The value contains a maximum of 1024 characters, including letters and digits. Carriage returns and angle brackets (\\< \\>) are not allowed. This parameter is left blank by default."]
    #[doc = ""] #[doc = " Length at most 1024."] description : String, #[doc =
    " Specifies the ID of the ECS used to create the image."] #[doc =
    " To obtain the ECS ID, perform the following operations:"] #[doc = ""] #[doc =
    " - Log in to the management console."] #[doc =
    " - Under **Computing**, click **Elastic Cloud Server**."] #[doc =
    " - In the ECS list, click the name of the ECS and view its ID. NOTICE: This parameter is mandatory when you use a cloud server to create a system disk image."]
    instance_id : String, #[doc =
    " Specifies the data disk information to be converted. This parameter is mandatory when the data disk of an ECS is used to create a private data disk image. For details, see Table 1."]
    #[doc =
    " If the ECS data disk is not used to create a data disk image, the parameter is empty by default."]
    #[doc =
    " When you create a data disk image using a data disk, if other parameters (such as **name**, **description**, and **tags**) in this table have values, the system uses the value of **data\\_images**. You cannot specify **instance\\_id**."]
    data_images : Vec < types::ImageDataDescriptionOfTheDataImagesField >, #[doc =
    " Lists the image tags. This parameter is left blank by default."] #[doc =
    " Use either **tags** or **image\\_tags**."] tags : Vec < String >, #[doc =
    " Lists the image tags. This parameter is left blank by default."] #[doc =
    " Use either **tags** or **image\\_tags**."] #[doc =
    " For details about **image\\_tags**, see Table 3."] image_tags : Vec <
    types::ImageDataOfTheImageTagsField >, #[doc =
    " Specifies the enterprise project that the image belongs to."] #[doc = ""] #[doc =
    " - If the value is **0** or left blank, the image belongs to the default enterprise project."]
    #[doc =
    " - If the value is a UUID, the image belongs to the enterprise project corresponding to the UUID."]
    #[doc =
    " - For more information about enterprise projects and how to obtain enterprise project IDs, see *Enterprise Management User Guide*."]
    enterprise_project_id : String, #[doc =
    " Specifies the maximum memory of the image in the unit of MB."] max_ram : i64, #[doc
    =
    " Specifies the minimum memory of the image in the unit of MB. The default value is **0**, indicating that the memory is not restricted. Default: `0`."]
    min_ram : i64 }
);
impl CreatingAnImage {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::CreateImageResponse> {
        let body = types::CreateImageRequest {
            name: self.name,
            description: self.description,
            instance_id: self.instance_id,
            data_images: self.data_images,
            tags: self.tags,
            image_tags: self.image_tags,
            enterprise_project_id: self.enterprise_project_id,
            max_ram: self.max_ram,
            min_ram: self.min_ram,
        };
        let request = request!(self, Post, "/v2/cloudimages/action").json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    ImportingAnImageFileQuickly("importing_an_image_file_quickly") { #[doc =
    " Specifies the image name."] #[doc =
    " For detailed description, see Image Attributes."] name : String, #[doc =
    " Provides supplementary information about the image."] #[doc =
    " For detailed description, see Image Attributes."] #[doc =
    " The value contains a maximum of 1024 characters, including letters and digits. Carriage returns and angle brackets (\\< \\>) are not allowed. This parameter is left blank by default."]
    #[doc = ""] #[doc = " Length at most 1024."] description : String, #[doc =
    " Specifies the OS version."] #[doc =
    " This parameter is valid if an external image file uploaded to the OBS bucket is used to create an image. For its value, see Values of Related Parameters."]
    os_version : String, #[doc =
    " Specifies the URL of the external image file in the OBS bucket."] #[doc =
    " This parameter is mandatory if an external image file in the OBS bucket is used to create an image. The format is *OBS bucket name*:*Image file name*."]
    #[doc = " The storage class of the OBS bucket must be **Standard**."] image_url :
    String, #[doc = " Specifies the minimum size (GB) of the system disk."] #[doc = ""]
    #[doc =
    " - This parameter is mandatory if an external image file in the OBS bucket is used to create an image."]
    #[doc =
    " - The value ranges from 1 to 1024 and must be greater than the system disk size in the selected image file."]
    #[doc = ""] #[doc = " Range 1 to 1024."] min_disk : i64, #[doc =
    " Lists the image tags. This parameter is left blank by default."] #[doc =
    " Set either **tags** or **image\\_tags**."] tags : Vec < String >, #[doc =
    " Lists the image tags. This parameter is left blank by default."] #[doc =
    " Set either **tags** or **image\\_tags**."] #[doc =
    " For details about **image\\_tags**, see Table 1."] image_tags : Vec <
    types::ImageDataOfTheImageTagsField >, #[doc = " Specifies the image type."] #[doc =
    " The value can be:"] #[doc = " **ECS**: ECS system disk image"] #[doc =
    " **BMS**: BMS system disk image"] #[doc = " Default value:"] #[doc = " **ECS**"]
    #[doc = ""] #[doc = " Wire name: `type`. Default: `ECS`."] type_ :
    types::ImportImageFileQuicklyRequestType, #[doc =
    " Specifies the enterprise project that the image belongs to."] #[doc = ""] #[doc =
    " - If the value is **0** or left blank, the image belongs to the default enterprise project."]
    #[doc =
    " - If the value is a UUID, the image belongs to the enterprise project corresponding to the UUID."]
    #[doc =
    " - For more information about enterprise projects and how to obtain enterprise project IDs, see *Enterprise Management User Guide*."]
    enterprise_project_id : String, #[doc =
    " Specifies the image architecture type. The value can be:"] #[doc = ""] #[doc =
    " - x86"] #[doc =
    " - arm The default value is **x86**. If the image architecture is Arm, the boot mode is automatically changed to UEFI."]
    #[doc = ""] #[doc = " Default: `x86`."] architecture : String, #[doc =
    " Specifies the ECS boot mode. The value can be:"] #[doc = ""] #[doc =
    " - **bios** indicates the BIOS boot mode."] #[doc =
    " - **uefi** indicates the UEFI boot mode. If the image architecture is Arm, only the UEFI boot mode is supported."]
    hw_firmware_type : String }
);
impl ImportingAnImageFileQuickly {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::CreateImageResponse> {
        let body = types::ImportImageFileQuicklyRequest {
            name: need!(self, name)?,
            description: self.description,
            os_version: need!(self, os_version)?,
            image_url: need!(self, image_url)?,
            min_disk: need!(self, min_disk)?,
            tags: self.tags,
            image_tags: self.image_tags,
            type_: self.type_,
            enterprise_project_id: self.enterprise_project_id,
            architecture: self.architecture,
            hw_firmware_type: self.hw_firmware_type,
        };
        let request = request!(self, Post, "/v2/cloudimages/quickimport/action")
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingImages("querying_images") { #[doc =
    " Specifies whether the image is available. The value can be **true**. The value is **true** for all extension APIs by default. Common users can query only the images for which the value of this parameter is **true**."]
    #[doc = ""] #[doc = " Query parameter `__isregistered`."] isregistered :
    types::ListImagesDataDescriptionOfTheImagesFieldIsregistered, #[doc =
    " Specifies the image type. The following types are supported:"] #[doc = ""] #[doc =
    " - Public image: The value is **gold**."] #[doc =
    " - Private image: The value is **private**."] #[doc =
    " - Shared image: The value is **shared**. The **\\_\\_imagetype** of images you share with other tenants or those other tenants share with you and you have accepted is **shared**. You can use field **owner** to distinguish the two types of shared images. You can use **member\\_status** to filter out shared images you have accepted."]
    #[doc = ""] #[doc = " Query parameter `__imagetype`."] imagetype : String, #[doc =
    " Specifies whether the image is a full-ECS image. The value can be **true** or **false**. Query parameter `__whole_image`."]
    whole_image : bool, #[doc =
    " Specifies the ID of the key used to encrypt the image. You can obtain the ID from the IMS console or by calling the Querying Image Details (Native OpenStack API) API."]
    #[doc = ""] #[doc = " Query parameter `__system__cmkid`."] system_cmkid : String,
    #[doc =
    " Specifies whether the image is protected. The value can be **true** or **false**. Set it to **true** when you query public images. This parameter is optional when you query private images."]
    #[doc = ""] #[doc = " Query parameter `protected`."] protected : bool, #[doc =
    " Specifies whether the image is available to other tenants. Available values include:"]
    #[doc = ""] #[doc = " - **public**: public image"] #[doc =
    " - **private**: private image"] #[doc = " - **shared**: shared image"] #[doc = ""]
    #[doc = " Query parameter `visibility`."] visibility : String, #[doc =
    " Specifies the tenant to which the image belongs. Query parameter `owner`."] owner :
    String, #[doc = " Specifies the image ID. Query parameter `id`."] id : String, #[doc
    = " Specifies the image status. The value can be one of the following:"] #[doc = ""]
    #[doc =
    " - **queued**: indicates that the image metadata has already been created, and it is ready for the image file to upload."]
    #[doc =
    " - **saving**: indicates that the image file is being uploaded to the backend storage."]
    #[doc = " - **deleted**: indicates that the image has been deleted."] #[doc =
    " - **killed**: indicates that an error occurs on the image uploading."] #[doc =
    " - **active**: indicates that the image is available for use."] #[doc = ""] #[doc =
    " Query parameter `status`."] status : String, #[doc =
    " Specifies the image name. Exact matching is used. For detailed description, see Image Attributes. Query parameter `name`."]
    name : String, #[doc =
    " Specifies the container type. The value is **bare**. Query parameter `container_format`."]
    container_format : String, #[doc =
    " Specifies the image format. The value can be **zvhd2**, **vhd**, **zvhd**, **raw**, or **qcow2**. The default value is **zvhd2**."]
    #[doc = ""] #[doc = " Query parameter `disk_format`. Default: `zvhd2`."] disk_format
    : types::ImageDataDescriptionOfTheImagesFieldDiskFormat, #[doc =
    " Specifies the minimum memory size (MB) required for running the image. The parameter value depends on the ECS specifications. Generally, the value is **0**."]
    #[doc = ""] #[doc = " Query parameter `min_ram`."] min_ram : i64, #[doc =
    " Specifies the minimum disk space (GB) required for running the image. The value ranges from 1 GB to 1,024 GB. Query parameter `min_disk`."]
    min_disk : i64, #[doc =
    " Specifies the OS architecture, 32 bit or 64 bit. Query parameter `__os_bit`."]
    os_bit : String, #[doc =
    " Specifies the image platform type. The value can be **Windows**, **Ubuntu**, **Red Hat**, **SUSE**, **CentOS**, **Debian**, **OpenSUSE**, **Oracle Linux**, **Fedora**, **CoreOS**, **EulerOS**, or **Other**."]
    #[doc = ""] #[doc = " Query parameter `__platform`."] platform : types::Platform,
    #[doc =
    " Specifies the start number from which images are queried. The value is the image ID. Query parameter `marker`."]
    marker : String, #[doc =
    " Specifies the number of images that will be returned. The value is an integer and is **500** by default. Query parameter `limit`. Default: `500`."]
    limit : i64, #[doc = " Specifies the field for sorting the query results."] #[doc =
    " The value can be:"] #[doc = ""] #[doc = " - **name**: image name"] #[doc =
    " - **container\\_format**: container type"] #[doc =
    " - **disk\\_format**: image format"] #[doc = " - **status**: image status"] #[doc =
    " - **id**: image ID"] #[doc = " - **size**: unavailable value now"] #[doc =
    " - **created\\_at**: image creation time Default value: **created\\_at**"] #[doc =
    ""] #[doc = " Query parameter `sort_key`. Default: `created_at`."] sort_key :
    types::SortKey, #[doc =
    " Specifies whether the query results are sorted in ascending or descending order. Its value can be **desc** (default) or **asc**. This parameter is used together with parameter **sort\\_key**. The default value is **desc**."]
    #[doc = ""] #[doc = " Query parameter `sort_dir`. Default: `desc`."] sort_dir :
    String, #[doc = " Specifies the image OS type. Available values include:"] #[doc =
    ""] #[doc = " - Linux"] #[doc = " - Windows"] #[doc = " - Other"] #[doc = ""] #[doc =
    " Query parameter `__os_type`."] os_type : String, #[doc =
    " Specifies a tag added to an image. Tags can be used as a filter to query images."]
    #[doc =
    " The tagging function has been upgraded. If the tags added before the function upgrade are in the format of \"Key.Value\", query tags using \"Key=Value\". For example, an existing tag is **a.b**. After the tag function upgrade, query the tag using \"tag=a=b\"."]
    #[doc = ""] #[doc = " Query parameter `tag`."] tag : String, #[doc =
    " Specifies the member status. The value can be **accepted**, **rejected**, or **pending**. **accepted**: indicates that the shared image is accepted. **rejected** indicates that the image shared by others is rejected. **pending** indicates that the image shared by others needs to be confirmed. To use this parameter, set **visibility** to **shared** during the query."]
    #[doc = ""] #[doc = " Query parameter `member_status`."] member_status :
    types::MemberStatus, #[doc =
    " Specifies whether the image supports KVM. If yes, the value is **true**. Otherwise, this parameter is not required. Query parameter `__support_kvm`."]
    support_kvm : String, #[doc =
    " Specifies whether the image supports Xen. If yes, the value is **true**. Otherwise, this parameter is not required. Query parameter `__support_xen`."]
    support_xen : String, #[doc =
    " Specifies whether the image supports large-memory ECSs. If the image supports large-memory ECSs, the value is **true**. Otherwise, this parameter is not required."]
    #[doc = " For the supported OSs, see Table 4."] #[doc = ""] #[doc =
    " Query parameter `__support_largememory`."] support_largememory : String, #[doc =
    " Specifies whether the image supports disk-intensive ECSs. If the image supports disk-intensive ECSs, the value is **true**. Otherwise, this parameter is not required."]
    #[doc = ""] #[doc = " Query parameter `__support_diskintensive`."]
    support_diskintensive : String, #[doc =
    " Specifies whether the image supports high-performance ECSs. If the image supports high-performance ECSs, the value is **true**. Otherwise, this parameter is not required."]
    #[doc = ""] #[doc = " Query parameter `__support_highperformance`."]
    support_highperformance : String, #[doc =
    " Specifies whether the image supports GPU-accelerated ECSs on the Xen platform. See Table 2 for its value. If the image does not support GPU-accelerated ECSs on the Xen platform, this parameter is not required. This attribute cannot co-exist with **\\_\\_support\\_xen** and **\\_\\_support\\_kvm**."]
    #[doc = ""] #[doc = " Query parameter `__support_xen_gpu_type`."]
    support_xen_gpu_type : String, #[doc =
    " Specifies whether the image supports GPU-accelerated ECSs on the KVM platform. See Table 3 for its value. If the image does not support GPU-accelerated ECSs on the KVM platform, this parameter is not required. This attribute cannot co-exist with **\\_\\_support\\_xen** and **\\_\\_support\\_kvm**."]
    #[doc = ""] #[doc = " Query parameter `__support_kvm_gpu_type`."]
    support_kvm_gpu_type : String, #[doc =
    " Specifies whether the image supports HANA ECSs on the Xen platform. If yes, the value is **true**. Otherwise, this parameter is not required."]
    #[doc =
    " This attribute cannot co-exist with **\\_\\_support\\_xen** and **\\_\\_support\\_kvm**."]
    #[doc = ""] #[doc = " Query parameter `__support_xen_hana`."] support_xen_hana :
    String, #[doc =
    " Specifies whether the image supports ECSs with InfiniBand NICs on the KVM platform. If yes, the value is **true**. Otherwise, this parameter is not required."]
    #[doc = " This attribute cannot co-exist with **\\_\\_support\\_xen**."] #[doc = ""]
    #[doc = " Query parameter `__support_kvm_infiniband`."] support_kvm_infiniband :
    String, #[doc =
    " Specifies the environment where the image is used. The value can be **FusionCompute**, **Ironic**, **DataImage**, or **IsoImage**."]
    #[doc = ""] #[doc =
    " - For an ECS image (system disk image), the value is **FusionCompute**."] #[doc =
    " - For a data disk image, the value is **DataImage**."] #[doc =
    " - For a BMS image, the value is **Ironic**."] #[doc =
    " - For an ISO image, the value is **IsoImage**."] #[doc = ""] #[doc =
    " Query parameter `virtual_env_type`."] virtual_env_type :
    types::ImageDataDescriptionOfTheImagesFieldVirtualEnvType, #[doc =
    " Specifies the enterprise project to which the images to be queried belong."] #[doc
    = ""] #[doc =
    " - If the value is **0**, images of enterprise project **default** are to be queried."]
    #[doc =
    " - If the value is **UUID**, images of the enterprise project corresponding to the UUID are to be queried."]
    #[doc =
    " - If the value is **all\\_granted\\_eps**, images of all enterprise projects are to be queried."]
    #[doc =
    " - For more information about enterprise projects and how to obtain enterprise project IDs, see *Enterprise Management User Guide*."]
    #[doc = ""] #[doc = " Query parameter `enterprise_project_id`."]
    enterprise_project_id : String, #[doc =
    " Specifies the time when the image was created. Images can be queried by time. The value is in the format of *Operator:UTC time*."]
    #[doc = " The following operators are supported:"] #[doc = ""] #[doc =
    " - gt: greater than"] #[doc = " - gte: greater than or equal to"] #[doc =
    " - lt: less than"] #[doc = " - lte: less than or equal to"] #[doc =
    " - eq: equal to"] #[doc =
    " - neq: not equal to The time format is *yyyy-MM-ddThh:mm:ssZ* or *yyyy-MM-dd hh:mm:ss*. For example, to query images created before Oct 28, 2018 10:00:00, set the value of **created\\_at** as follows: created\\_at=lt:2018-10-28T10:00:00Z"]
    #[doc = ""] #[doc = " Query parameter `created_at`."] created_at : String, #[doc =
    " Specifies the time when the image was modified. Images can be queried by time. The value is in the format of *Operator:UTC time*."]
    #[doc = " The following operators are supported:"] #[doc = ""] #[doc =
    " - gt: greater than"] #[doc = " - gte: greater than or equal to"] #[doc =
    " - lt: less than"] #[doc = " - lte: less than or equal to"] #[doc =
    " - eq: equal to"] #[doc =
    " - neq: not equal to The time format is *yyyy-MM-ddThh:mm:ssZ* or *yyyy-MM-dd hh:mm:ss*. For example, to query images updated before Oct 28, 2018 10:00:00, set the value of **updated\\_at** as follows: updated\\_at=lt:2018-10-28T10:00:00Z"]
    #[doc = ""] #[doc = " Query parameter `updated_at`."] updated_at : String }
);
impl QueryingImages {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ListImagesResponse> {
        let request = request!(self, Get, "/v2/cloudimages")
            .query_opt("__isregistered", self.isregistered)
            .query_opt("__imagetype", self.imagetype)
            .query_opt("__whole_image", self.whole_image)
            .query_opt("__system__cmkid", self.system_cmkid)
            .query_opt("protected", self.protected)
            .query_opt("visibility", self.visibility)
            .query_opt("owner", self.owner)
            .query_opt("id", self.id)
            .query_opt("status", self.status)
            .query_opt("name", self.name)
            .query_opt("container_format", self.container_format)
            .query_opt("disk_format", self.disk_format)
            .query_opt("min_ram", self.min_ram)
            .query_opt("min_disk", self.min_disk)
            .query_opt("__os_bit", self.os_bit)
            .query_opt("__platform", self.platform)
            .query_opt("marker", self.marker)
            .query_opt("limit", self.limit)
            .query_opt("sort_key", self.sort_key)
            .query_opt("sort_dir", self.sort_dir)
            .query_opt("__os_type", self.os_type)
            .query_opt("tag", self.tag)
            .query_opt("member_status", self.member_status)
            .query_opt("__support_kvm", self.support_kvm)
            .query_opt("__support_xen", self.support_xen)
            .query_opt("__support_largememory", self.support_largememory)
            .query_opt("__support_diskintensive", self.support_diskintensive)
            .query_opt("__support_highperformance", self.support_highperformance)
            .query_opt("__support_xen_gpu_type", self.support_xen_gpu_type)
            .query_opt("__support_kvm_gpu_type", self.support_kvm_gpu_type)
            .query_opt("__support_xen_hana", self.support_xen_hana)
            .query_opt("__support_kvm_infiniband", self.support_kvm_infiniband)
            .query_opt("virtual_env_type", self.virtual_env_type)
            .query_opt("enterprise_project_id", self.enterprise_project_id)
            .query_opt("created_at", self.created_at)
            .query_opt("updated_at", self.updated_at);
        self.call.json(request).await
    }
}
crate::support::builder!(
    UpdatingAnImage("updating_an_image") { #[doc = " Private image ID"] #[doc =
    " For details about how to obtain the image ID, see Querying Images."] #[doc = ""]
    #[doc = " Path parameter `image_id`."] image_id : String, #[doc =
    " For details, see Table 2. Wire name: `*[Array]*`."] array : Vec <
    types::ImageDataDescriptionOfTheArrayField > }
);
impl UpdatingAnImage {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::UpdateImageResponse> {
        let body = types::UpdateImageRequest {
            array: need!(self, array)?,
        };
        let request = request!(self, Patch, "/v2/cloudimages/{image_id}")
            .path_param("image_id", need!(self, image_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingTagsOfAnImage("querying_tags_of_an_image") { #[doc =
    " Specifies the project ID. Path parameter `project_id`."] project_id : String, #[doc
    = " Specifies the image ID. Path parameter `image_id`."] image_id : String }
);
impl QueryingTagsOfAnImage {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ListImageTagsResponse2> {
        let request = request!(self, Get, "/v2/{project_id}/images/{image_id}/tags")
            .path_param("project_id", need!(self, project_id)?)
            .path_param("image_id", need!(self, image_id)?);
        self.call.json(request).await
    }
}
crate::support::builder!(
    AddingAnImageTag("adding_an_image_tag") { #[doc =
    " Specifies the project ID. Path parameter `project_id`."] project_id : String, #[doc
    = " Specifies the image ID. Path parameter `image_id`."] image_id : String, #[doc =
    " Specifies the tag to be added or updated. For details, see Table 2."] tag :
    types::ImageTagDataDescriptionOfTheTagField }
);
impl AddingAnImageTag {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<()> {
        let body = types::AddImageTagRequest {
            tag: need!(self, tag)?,
        };
        let request = request!(self, Post, "/v2/{project_id}/images/{image_id}/tags")
            .path_param("project_id", need!(self, project_id)?)
            .path_param("image_id", need!(self, image_id)?)
            .json_body(&body)?;
        self.call.empty(request).await
    }
}
crate::support::builder!(
    AddingOrDeletingImageTagsInABatch("adding_or_deleting_image_tags_in_a_batch") { #[doc
    = " Specifies the project ID. Path parameter `project_id`."] project_id : String,
    #[doc = " Specifies the image ID. Path parameter `image_id`."] image_id : String,
    #[doc = " Lists the tags to be added or deleted. For details, see Table 2."] tags :
    Vec < types::OrDeleteImageTagDataDescriptionOfTheTagsField >, #[doc =
    " Specifies the tag operation to be performed. The value is case sensitive and can be **create** or **delete**. **create** indicates that tags will be added or updated, while **delete** indicates that tags will be deleted."]
    action : String }
);
impl AddingOrDeletingImageTagsInABatch {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<()> {
        let body = types::AddBatchOrDeleteImageTagsRequest {
            tags: need!(self, tags)?,
            action: need!(self, action)?,
        };
        let request = request!(
            self, Post, "/v2/{project_id}/images/{image_id}/tags/action"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param("image_id", need!(self, image_id)?)
            .json_body(&body)?;
        self.call.empty(request).await
    }
}
crate::support::builder!(
    DeletingAnImageTag("deleting_an_image_tag") { #[doc =
    " Specifies the project ID. Path parameter `project_id`."] project_id : String, #[doc
    = " Specifies the image ID. Path parameter `image_id`."] image_id : String, #[doc =
    " Specifies the key of the tag to be deleted. Path parameter `key`."] key : String }
);
impl DeletingAnImageTag {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<()> {
        let request = request!(
            self, Delete, "/v2/{project_id}/images/{image_id}/tags/{key}"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param("image_id", need!(self, image_id)?)
            .path_param("key", need!(self, key)?);
        self.call.empty(request).await
    }
}
crate::support::builder!(
    QueryingAllImageTags("querying_all_image_tags") { #[doc =
    " Specifies the project ID. Path parameter `project_id`."] project_id : String }
);
impl QueryingAllImageTags {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ListImageTagsResponse> {
        let request = request!(self, Get, "/v2/{project_id}/images/tags")
            .path_param("project_id", need!(self, project_id)?);
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingImagesByTag("querying_images_by_tag") { #[doc =
    " Specifies the project ID. Path parameter `project_id`."] project_id : String, #[doc
    =
    " Identifies the operation. This parameter is case sensitive and its value can be **filter** or **count**."]
    #[doc = ""] #[doc = " - The value **filter** indicates pagination query."] #[doc =
    " - The value **count** indicates that the total number of query results meeting the search criteria will be returned."]
    action : String, #[doc =
    " Includes all specified tags. A maximum of 10 tag keys are allowed for each query operation. Each tag key can contain a maximum of 10 tag values. Both tag keys and values must be unique. The tag keys cannot be left blank."]
    #[doc = " For details, see Table 2."] tags : Vec <
    types::ImagesByTagDataDescriptionOfTheTagsField >, #[doc =
    " Includes any of specified tags. A maximum of 10 tag keys are allowed for each query operation. Each tag key can contain a maximum of 10 tag values. Both tag keys and values must be unique. The tag keys cannot be left blank and set to an empty string."]
    #[doc = " For details, see Table 3."] tags_any : Vec <
    types::ImagesByTagDataDescriptionOfTheTagsAnyField >, #[doc =
    " Excludes all specified tags. A maximum of 10 tag keys are allowed for each query operation. Each tag key can contain a maximum of 10 tag values. Both tag keys and values must be unique. The tag keys cannot be left blank."]
    #[doc = " For details, see Table 4."] not_tags : Vec <
    types::ImagesByTagDataDescriptionOfTheNotTagsField >, #[doc =
    " Excludes any of specified tags. A maximum of 10 tag keys are allowed for each query operation. Each tag key can contain a maximum of 10 tag values. Both tag keys and values must be unique. The tag keys cannot be left blank."]
    #[doc = " For details, see Table 5."] not_tags_any : Vec <
    types::ImagesByTagDataDescriptionOfTheNotTagsAnyField >, #[doc =
    " If this parameter is set to **true**, all resources without tags are queried. In this case, the **tag**, **not\\_tags**, **tags\\_any**, and **not\\_tags\\_any** fields are ignored."]
    without_any_tag : bool, #[doc =
    " Specifies the maximum number of query records. This parameter is invalid when **action** is set to **count**. If **action** is set to **filter**, the parameter **limit** takes effect and its default value is **10**. The value of **limit** ranges from 1 to 1000."]
    limit : String, #[doc =
    " Specifies the index position. The query starts from the next image indexed by this parameter. This parameter is not required when data on the first page is queried, and it is invalid when **action** is set to **count**. If **action** is set to **filter**, the default value of **offset** is **0**. The value of **offset** cannot be a negative number."]
    offset : String, #[doc =
    " Specifies the search criteria. The tag key is the field to match, for example, **resource\\_name** or **resource\\_id**. **value** indicates the matched value. Keys in this list must be unique. The parameter cannot be left blank and may not be transferred."]
    #[doc = " For details, see Table 6."] matches : Vec <
    types::ImagesByTagDataDescriptionOfTheMatchesField > }
);
impl QueryingImagesByTag {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ListImagesByTagResponse> {
        let body = types::ListImagesByTagRequest {
            action: need!(self, action)?,
            tags: self.tags,
            tags_any: self.tags_any,
            not_tags: self.not_tags,
            not_tags_any: self.not_tags_any,
            without_any_tag: self.without_any_tag,
            limit: self.limit,
            offset: self.offset,
            matches: self.matches,
        };
        let request = request!(
            self, Post, "/v2/{project_id}/images/resource_instances/action"
        )
            .path_param("project_id", need!(self, project_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingImagesNativeOpenStackApi("querying_images_native_open_stack_api") { #[doc =
    " Specifies whether the image is available. The value can be **true**. The value is **true** for all extension APIs by default. Common users can query only the images for which the value of this parameter is **true**."]
    #[doc = ""] #[doc = " Query parameter `__isregistered`."] isregistered :
    types::ListImagesDataDescriptionOfTheImagesFieldIsregistered, #[doc =
    " Specifies the image type. The following types are supported:"] #[doc = ""] #[doc =
    " - Public image: The value is **gold**."] #[doc =
    " - Private image: The value is **private**."] #[doc =
    " - Shared image: The value is **shared**."] #[doc = ""] #[doc =
    " Query parameter `__imagetype`."] imagetype : String, #[doc =
    " Specifies whether the image is protected. The value is **true** or **false**. Set it to **true** when you query public images. This parameter is optional when you query private images."]
    #[doc = ""] #[doc = " Query parameter `protected`."] protected : bool, #[doc =
    " Specifies whether the image is available to other tenants. Available values include:"]
    #[doc = ""] #[doc = " - **public**: public image"] #[doc =
    " - **private**: private image"] #[doc =
    " - **shared**: shared image When the **visibility** value is **private**, private images that have shared with others are not queried."]
    #[doc = ""] #[doc = " Query parameter `visibility`."] visibility : String, #[doc =
    " Specifies the tenant to which the image belongs. Query parameter `owner`."] owner :
    String, #[doc = " Specifies the image ID. Query parameter `id`."] id : String, #[doc
    = " Specifies the image status. The value can be one of the following:"] #[doc = ""]
    #[doc =
    " - **queued**: indicates that the image metadata has already been created, and it is ready for the image file to upload."]
    #[doc =
    " - **saving**: indicates that the image file is being uploaded to the backend storage."]
    #[doc = " - **deleted**: indicates that the image has been deleted."] #[doc =
    " - **killed**: indicates that an error occurs on the image uploading."] #[doc =
    " - **active**: indicates that the image is available for use."] #[doc = ""] #[doc =
    " Query parameter `status`."] status : String, #[doc =
    " Specifies the image name. Exact matching is used. For detailed description, see Image Attributes. Query parameter `name`."]
    name : String, #[doc =
    " Specifies the container type. The default value is **bare**. Query parameter `container_format`. Default: `bare`."]
    container_format : String, #[doc =
    " Specifies the image format. The value can be **zvhd2**, **vhd**, **zvhd**, **raw**, or **qcow2**. The default value is **zvhd2**."]
    #[doc = ""] #[doc = " Query parameter `disk_format`. Default: `zvhd2`."] disk_format
    : types::ImageDataDescriptionOfTheImagesFieldDiskFormat, #[doc =
    " Specifies the minimum memory size (MB) required for running the image. The parameter value depends on the ECS specifications. Generally, the value is **0**."]
    #[doc = ""] #[doc = " Query parameter `min_ram`."] min_ram : i64, #[doc =
    " Specifies the minimum disk space (GB) required for running the image. The value ranges from 1 GB to 1,024 GB. Query parameter `min_disk`."]
    min_disk : i64, #[doc =
    " Specifies the OS architecture, 32 bit or 64 bit. Query parameter `__os_bit`."]
    os_bit : String, #[doc =
    " Specifies the image platform type. The value can be **Windows**, **Ubuntu**, **Red Hat**, **SUSE**, **CentOS**, **Debian**, **OpenSUSE**, **Oracle Linux**, **Fedora**, **Other**, **CoreOS**, or **EulerOS**."]
    #[doc = ""] #[doc = " Query parameter `__platform`."] platform :
    types::ImageDataDescriptionOfTheImagesFieldPlatform, #[doc =
    " Specifies the start number from which images are queried. The value is the image ID. Query parameter `marker`."]
    marker : String, #[doc =
    " Specifies the number of images to be queried. The value is an integer. By default, 25 images can be queried. Query parameter `limit`."]
    limit : i64, #[doc =
    " Specifies the field for sorting the query results. The value can be an attribute of the image: **name**, **container\\_format**, **disk\\_format**, **status**, **id**, **size**, or **created\\_at**. The default value is **created\\_at**."]
    #[doc = ""] #[doc = " Query parameter `sort_key`. Default: `created_at`."] sort_key :
    String, #[doc =
    " Specifies whether the query results are sorted in ascending or descending order. Its value can be **desc** (default) or **asc**. This parameter is used together with parameter **sort\\_key**. The default value is **desc**."]
    #[doc = ""] #[doc = " Query parameter `sort_dir`. Default: `desc`."] sort_dir :
    String, #[doc =
    " Specifies the image OS type. The value can be **Linux**, **Windows**, or **Other**. Query parameter `__os_type`."]
    os_type : types::ImageDataDescriptionOfTheImagesFieldOsType, #[doc =
    " Specifies a tag added to an image. Tags can be used as a filter to query images."]
    #[doc =
    " The tagging function has been upgraded. If the tags added before the function upgrade are in the format of \"Key.Value\", query tags using \"Key=Value\". For example, an existing tag is **a.b**. After the tag function upgrade, query the tag using \"tag=a=b\"."]
    #[doc = ""] #[doc = " Query parameter `tag`."] tag : String, #[doc =
    " Specifies the member status. The value can be **accepted**, **rejected**, or **pending**. **accepted**: indicates that the shared image is accepted. **rejected** indicates that the image shared by others is rejected. **pending** indicates that the image shared by others needs to be confirmed. To use this parameter, set **visibility** to **shared** during the query."]
    #[doc = ""] #[doc = " Query parameter `member_status`."] member_status :
    types::MemberStatus, #[doc =
    " Specifies whether the image supports KVM. If yes, the value is **true**. Otherwise, this parameter is not required. Query parameter `__support_kvm`."]
    support_kvm : String, #[doc =
    " Specifies whether the image supports Xen. If yes, the value is **true**. Otherwise, this parameter is not required. Query parameter `__support_xen`."]
    support_xen : String, #[doc =
    " Specifies whether the image supports large-memory ECSs. If the image supports large-memory ECSs, the value is **true**. Otherwise, this parameter is not required. For details about the image OSs supported by large-memory ECSs, see Table 4."]
    #[doc = ""] #[doc = " Query parameter `__support_largememory`."] support_largememory
    : String, #[doc =
    " Specifies whether the image supports disk-intensive ECSs. If the image supports disk-intensive ECSs, the value is **true**. Otherwise, this parameter is not required. For details about the image OSs supported by disk-intensive ECSs, see Table 4."]
    #[doc = ""] #[doc = " Query parameter `__support_diskintensive`."]
    support_diskintensive : String, #[doc =
    " Specifies whether the image supports high-performance ECSs. If the image supports high-performance ECSs, the value is **true**. Otherwise, this parameter is not required. For details about the image OSs supported by high-performance computing ECSs, see Table 4."]
    #[doc = ""] #[doc = " Query parameter `__support_highperformance`."]
    support_highperformance : String, #[doc =
    " Specifies whether the image supports GPU-accelerated ECSs on the Xen platform. For details about the image OSs supported by GPU-accelerated ECSs, see Table 2. If the image does not support GPU-accelerated ECSs on the Xen platform, this parameter is not required. This attribute cannot co-exist with **\\_\\_support\\_xen** and **\\_\\_support\\_kvm**."]
    #[doc = ""] #[doc = " Query parameter `__support_xen_gpu_type`."]
    support_xen_gpu_type : String, #[doc =
    " Specifies whether the image supports GPU-accelerated ECSs on the KVM platform. See Table 3 for its value. If the image does not support GPU-accelerated ECSs on the KVM platform, this parameter is not required. This attribute cannot co-exist with **\\_\\_support\\_xen** and **\\_\\_support\\_kvm**."]
    #[doc = ""] #[doc = " Query parameter `__support_kvm_gpu_type`."]
    support_kvm_gpu_type : String, #[doc =
    " Specifies whether the image supports HANA ECSs on the Xen platform. If yes, the value is **true**. Otherwise, this parameter is not required."]
    #[doc =
    " This attribute cannot co-exist with **\\_\\_support\\_xen** and **\\_\\_support\\_kvm**."]
    #[doc = ""] #[doc = " Query parameter `__support_xen_hana`."] support_xen_hana :
    String, #[doc =
    " Specifies whether the image supports ECSs with InfiniBand NICs on the KVM platform. If yes, the value is **true**. Otherwise, this parameter is not required."]
    #[doc = " This attribute cannot co-exist with **\\_\\_support\\_xen**."] #[doc = ""]
    #[doc = " Query parameter `__support_kvm_infiniband`."] support_kvm_infiniband :
    String, #[doc =
    " Specifies the time when the image was created. Images can be queried by time. The value is in the format of *Operator:UTC time*."]
    #[doc = " The following operators are supported:"] #[doc = ""] #[doc =
    " - gt: greater than"] #[doc = " - gte: greater than or equal to"] #[doc =
    " - lt: less than"] #[doc = " - lte: less than or equal to"] #[doc =
    " - eq: equal to"] #[doc =
    " - neq: not equal to The time format is *yyyy-MM-ddThh:mm:ssZ* or *yyyy-MM-dd hh:mm:ss*. For example, to query images created before Oct 28, 2018 10:00:00, set the value of **created\\_at** to **lt:2018-10-28T10:00:00Z**."]
    #[doc = ""] #[doc = " Query parameter `created_at`."] created_at : String, #[doc =
    " Specifies the time when the image was modified. Images can be queried by time. The value is in the format of *Operator:UTC time*."]
    #[doc = " The following operators are supported:"] #[doc = ""] #[doc =
    " - gt: greater than"] #[doc = " - gte: greater than or equal to"] #[doc =
    " - lt: less than"] #[doc = " - lte: less than or equal to"] #[doc =
    " - eq: equal to"] #[doc =
    " - neq: not equal to The time format is *yyyy-MM-ddThh:mm:ssZ* or *yyyy-MM-dd hh:mm:ss*. For example, to query images updated before Oct 28, 2018 10:00:00, set the value of **updated\\_at** to **lt:2018-10-28T10:00:00Z**."]
    #[doc = ""] #[doc = " Query parameter `updated_at`."] updated_at : String }
);
impl QueryingImagesNativeOpenStackApi {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ListImagesResponse2> {
        let request = request!(self, Get, "/v2/images")
            .query_opt("__isregistered", self.isregistered)
            .query_opt("__imagetype", self.imagetype)
            .query_opt("protected", self.protected)
            .query_opt("visibility", self.visibility)
            .query_opt("owner", self.owner)
            .query_opt("id", self.id)
            .query_opt("status", self.status)
            .query_opt("name", self.name)
            .query_opt("container_format", self.container_format)
            .query_opt("disk_format", self.disk_format)
            .query_opt("min_ram", self.min_ram)
            .query_opt("min_disk", self.min_disk)
            .query_opt("__os_bit", self.os_bit)
            .query_opt("__platform", self.platform)
            .query_opt("marker", self.marker)
            .query_opt("limit", self.limit)
            .query_opt("sort_key", self.sort_key)
            .query_opt("sort_dir", self.sort_dir)
            .query_opt("__os_type", self.os_type)
            .query_opt("tag", self.tag)
            .query_opt("member_status", self.member_status)
            .query_opt("__support_kvm", self.support_kvm)
            .query_opt("__support_xen", self.support_xen)
            .query_opt("__support_largememory", self.support_largememory)
            .query_opt("__support_diskintensive", self.support_diskintensive)
            .query_opt("__support_highperformance", self.support_highperformance)
            .query_opt("__support_xen_gpu_type", self.support_xen_gpu_type)
            .query_opt("__support_kvm_gpu_type", self.support_kvm_gpu_type)
            .query_opt("__support_xen_hana", self.support_xen_hana)
            .query_opt("__support_kvm_infiniband", self.support_kvm_infiniband)
            .query_opt("created_at", self.created_at)
            .query_opt("updated_at", self.updated_at);
        self.call.json(request).await
    }
}
crate::support::builder!(
    CreatingImageMetadataNativeOpenStackApi("creating_image_metadata_native_open_stack_api")
    { #[doc =
    " Specifies the image OS version. For the value range, see Values of Related Parameters."]
    #[doc =
    " If this parameter is not specified, the value **Other Linux(64 bit)** will be used. In that case, the ECS creation using this image may fail, and the ECS created using this image may fail to run properly."]
    #[doc = ""] #[doc = " Wire name: `__os_version`."] os_version : String, #[doc =
    " Specifies whether the image is available to other tenants."] #[doc =
    " The default value is **private**. When creating image metadata, the value of **visibility** can be set to **private** only."]
    #[doc = ""] #[doc = " Default: `private`."] visibility : String, #[doc =
    " Specifies the image name. If this parameter is not specified, its value is empty by default. In that case, ECS creation using this image will fail. The name contains 1 to 255 characters. For detailed description, see Image Attributes. This parameter is left blank by default."]
    #[doc = ""] #[doc = " Length 1 to 255."] name : String, #[doc =
    " Specifies whether the image is protected. A protected image cannot be deleted. The default value is **false**. Default: `false`."]
    protected : bool, #[doc = " Specifies the container format."] #[doc =
    " The default value is **bare**."] #[doc = ""] #[doc = " Default: `bare`."]
    container_format : String, #[doc =
    " Specifies the image format. The value can be **zvhd2**, **vhd**, **raw**, or **qcow2**. The default value is **zvhd2**. Default: `zvhd2`."]
    disk_format : types::CreateImageMetadataRequestDiskFormat, #[doc =
    " Lists the image tags. The length is limited to 1 to 255 characters. By default, an image has no tags."]
    #[doc = " The tag is a key-value pair. Example:"] #[doc = " \"tagkey=tagvalue\""]
    tags : Vec < String >, #[doc =
    " Specifies the minimum memory size (MB) required for running the image. The parameter value depends on ECS specifications. The default value is **0**."]
    #[doc = ""] #[doc = " Default: `0`."] min_ram : i64, #[doc =
    " Specifies the minimum disk space (GB) required for running the image. The value ranges from 1 GB to 1,024 GB."]
    #[doc =
    " The value of this parameter must be greater than the image system disk capacity. Otherwise, the ECS creation may fail."]
    min_disk : i64 }
);
impl CreatingImageMetadataNativeOpenStackApi {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::CreateImageMetadataResponse> {
        let body = types::CreateImageMetadataRequest {
            os_version: self.os_version,
            visibility: self.visibility,
            name: self.name,
            protected: self.protected,
            container_format: self.container_format,
            disk_format: self.disk_format,
            tags: self.tags,
            min_ram: self.min_ram,
            min_disk: self.min_disk,
        };
        let request = request!(self, Post, "/v2/images").json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingImageDetailsNativeOpenStackApi("querying_image_details_native_open_stack_api")
    { #[doc = " Specifies the image ID. Path parameter `image_id`."] image_id : String }
);
impl QueryingImageDetailsNativeOpenStackApi {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ListImageDetailsResponse> {
        let request = request!(self, Get, "/v2/images/{image_id}")
            .path_param("image_id", need!(self, image_id)?);
        self.call.json(request).await
    }
}
crate::support::builder!(
    DeletingAnImageNativeOpenStackApi("deleting_an_image_native_open_stack_api") { #[doc
    = " Specifies the image ID. Path parameter `image_id`."] image_id : String, #[doc =
    " Specifies whether to delete the CSBS backups or CBR backups associated with a full-ECS image when the image is deleted. The value can be **true** or **false**."]
    #[doc = ""] #[doc =
    " - **true**: When a full-ECS image is deleted, its CSBS backups or CBR backups are also deleted."]
    #[doc =
    " - **false**: When a full-ECS image is deleted, its CSBS backups or CBR backups are not deleted."]
    #[doc = ""] #[doc = " Query parameter `delete_backup`."] delete_backup : bool }
);
impl DeletingAnImageNativeOpenStackApi {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<()> {
        let request = request!(self, Delete, "/v2/images/{image_id}")
            .path_param("image_id", need!(self, image_id)?)
            .query_opt("delete_backup", self.delete_backup);
        self.call.empty(request).await
    }
}
crate::support::builder!(
    ModifyingAnImageNativeOpenStackApi("modifying_an_image_native_open_stack_api") {
    #[doc = " Specifies the image ID."] #[doc =
    " For details about how to obtain the image ID, see Querying Images."] #[doc = ""]
    #[doc = " Path parameter `image_id`."] image_id : String, #[doc =
    " For details, see Table 3. Wire name: `*[Array]*`."] array : Vec <
    types::UpdateImageDataDescriptionOfTheArrayField > }
);
impl ModifyingAnImageNativeOpenStackApi {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::UpdateImageResponse2> {
        let body = types::UpdateImageRequest2 {
            array: need!(self, array)?,
        };
        let request = request!(self, Patch, "/v2/images/{image_id}")
            .path_param("image_id", need!(self, image_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    UploadingAnImageNativeOpenStackApi("uploading_an_image_native_open_stack_api") {
    #[doc = " Specifies the image ID."] #[doc = ""] #[doc =
    " - **image\\_id** is the ID of the image you created by invoking the API for creating image metadata. Image upload may fail if you use other image IDs."]
    #[doc =
    " - After this API is invoked, you can check the image status with the image ID. When the image status changes to **active**, the image is uploaded successfully."]
    #[doc = ""] #[doc = " Path parameter `image_id`."] image_id : String, #[doc =
    " Specifies the local file to be uploaded. Wire name: `*image_file*`."] image_file :
    serde_json::Value }
);
impl UploadingAnImageNativeOpenStackApi {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<()> {
        let body = types::UploadImageRequest {
            image_file: need!(self, image_file)?,
        };
        let request = request!(self, Put, "/v2/images/{image_id}/file")
            .path_param("image_id", need!(self, image_id)?)
            .json_body(&body)?;
        self.call.empty(request).await
    }
}
crate::support::builder!(
    QueryingASchemaForAnImageSharingMemberListNativeOpenStackApi("querying_a_schema_for_an_image_sharing_member_list_native_open_stack_api")
    {}
);
impl QueryingASchemaForAnImageSharingMemberListNativeOpenStackApi {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ListImageSharingMembersSchemaResponse> {
        let request = request!(self, Get, "/v2/schemas/members");
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingASchemaForAnImageSharingMemberNativeOpenStackApi("querying_a_schema_for_an_image_sharing_member_native_open_stack_api")
    {}
);
impl QueryingASchemaForAnImageSharingMemberNativeOpenStackApi {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ShowImageSharingMemberSchemaResponse> {
        let request = request!(self, Get, "/v2/schemas/member");
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingAnImageListSchemaNativeOpenStackApi("querying_an_image_list_schema_native_open_stack_api")
    {}
);
impl QueryingAnImageListSchemaNativeOpenStackApi {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ListImageSharingMembersSchemaResponse> {
        let request = request!(self, Get, "/v2/schemas/images");
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingAnImageSchemaNativeOpenStackApi("querying_an_image_schema_native_open_stack_api")
    {}
);
impl QueryingAnImageSchemaNativeOpenStackApi {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ShowImageSchemaResponse> {
        let request = request!(self, Get, "/v2/schemas/image");
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingImageSharingMembersNativeOpenStackApi("querying_image_sharing_members_native_open_stack_api")
    { #[doc = " Specifies the image ID. Path parameter `image_id`."] image_id : String }
);
impl QueryingImageSharingMembersNativeOpenStackApi {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ListImageSharingMembersResponse> {
        let request = request!(self, Get, "/v2/images/{image_id}/members")
            .path_param("image_id", need!(self, image_id)?);
        self.call.json(request).await
    }
}
crate::support::builder!(
    AddingAnImageSharingMemberNativeOpenStackApi("adding_an_image_sharing_member_native_open_stack_api")
    { #[doc = " Path parameter `image_id`."] image_id : String, #[doc =
    " Specifies a tenant who will be able to use the shared image."] #[doc =
    " The value is the project ID of the tenant."] member : String }
);
impl AddingAnImageSharingMemberNativeOpenStackApi {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::AddImageSharingMemberResponse> {
        let body = types::AddImageSharingMemberRequest {
            member: need!(self, member)?,
        };
        let request = request!(self, Post, "/v2/images/{image_id}/members")
            .path_param("image_id", need!(self, image_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingImageSharingMemberDetailsNativeOpenStackApi("querying_image_sharing_member_details_native_open_stack_api")
    { #[doc = " Specifies the image ID. Path parameter `image_id`."] image_id : String,
    #[doc = " Specifies the member ID. Path parameter `member_id`."] member_id : String }
);
impl QueryingImageSharingMemberDetailsNativeOpenStackApi {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ListImageSharingMemberDetailsResponse> {
        let request = request!(self, Get, "/v2/images/{image_id}/members/{member_id}")
            .path_param("image_id", need!(self, image_id)?)
            .path_param("member_id", need!(self, member_id)?);
        self.call.json(request).await
    }
}
crate::support::builder!(
    UpdatingTheImageSharingStatusNativeOpenStackApi("updating_the_image_sharing_status_native_open_stack_api")
    { #[doc = " Specifies the image ID. Path parameter `image_id`."] image_id : String,
    #[doc =
    " Specifies the project ID of the tenant who is to accept or reject a shared image. Path parameter `member_id`."]
    member_id : String, #[doc =
    " Specifies whether a shared image will be accepted or declined."] #[doc =
    " Available values include:"] #[doc = ""] #[doc =
    " - **accepted**: indicates that a shared image is accepted. After an image is accepted, the image is displayed in the image list. You can use the image to create ECSs."]
    #[doc =
    " - **rejected**: indicates that a shared image is declined. After an image is rejected, the image is not displayed in the image list. However, you can still use the image to create ECSs."]
    status : String, #[doc = " Specifies the ID of a vault."] #[doc =
    " This parameter is mandatory if you want to accept a shared full-ECS image created from a CBR backup."]
    #[doc =
    " You can obtain the vault ID from the CBR console or section \"Querying the Vault List\" in *Cloud Backup and Recovery API Reference*."]
    vault_id : String }
);
impl UpdatingTheImageSharingStatusNativeOpenStackApi {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::UpdateImageSharingStatusResponse> {
        let body = types::UpdateImageSharingStatusRequest {
            status: need!(self, status)?,
            vault_id: self.vault_id,
        };
        let request = request!(self, Put, "/v2/images/{image_id}/members/{member_id}")
            .path_param("image_id", need!(self, image_id)?)
            .path_param("member_id", need!(self, member_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    DeletingAnImageSharingMemberNativeOpenStackApi("deleting_an_image_sharing_member_native_open_stack_api")
    { #[doc = " Specifies the image ID. Path parameter `image_id`."] image_id : String,
    #[doc = " Specifies the member ID. Path parameter `member_id`."] member_id : String }
);
impl DeletingAnImageSharingMemberNativeOpenStackApi {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<()> {
        let request = request!(self, Delete, "/v2/images/{image_id}/members/{member_id}")
            .path_param("image_id", need!(self, image_id)?)
            .path_param("member_id", need!(self, member_id)?);
        self.call.empty(request).await
    }
}
crate::support::builder!(
    AddingATagNativeOpenStackApi("adding_a_tag_native_open_stack_api") { #[doc =
    " Specifies the image ID. Path parameter `image_id`."] image_id : String, #[doc =
    " Specifies the tag to be added."] #[doc =
    " The tag can contain only digits, letters, underscores (\\_), and hyphens (-)."]
    #[doc =
    " This API can only be used to add a tag key. To add a tag value, use the PUT /v1/cloudimages/tags API. For details, see Adding or Modifying a Tag."]
    #[doc = ""] #[doc = " Path parameter `tag`."] tag : String }
);
impl AddingATagNativeOpenStackApi {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<()> {
        let request = request!(self, Put, "/v2/images/{image_id}/tags/{tag}")
            .path_param("image_id", need!(self, image_id)?)
            .path_param("tag", need!(self, tag)?);
        self.call.empty(request).await
    }
}
crate::support::builder!(
    DeletingATagNativeOpenStackApi("deleting_a_tag_native_open_stack_api") { #[doc =
    " Specifies the image ID. Path parameter `image_id`."] image_id : String, #[doc =
    " Specifies the image tag."] #[doc =
    " The tag can contain only digits, letters, underscores (\\_), and hyphens (-)."]
    #[doc = ""] #[doc = " Path parameter `tag`."] tag : String }
);
impl DeletingATagNativeOpenStackApi {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<()> {
        let request = request!(self, Delete, "/v2/images/{image_id}/tags/{tag}")
            .path_param("image_id", need!(self, image_id)?)
            .path_param("tag", need!(self, tag)?);
        self.call.empty(request).await
    }
}
crate::support::builder!(
    DeletingAnImageNativeOpenStackApiV1_1Deprecated("deleting_an_image_native_open_stack_api_v1_1_deprecated")
    { #[doc = " Specifies the image ID. Path parameter `image_id`."] image_id : String }
);
impl DeletingAnImageNativeOpenStackApiV1_1Deprecated {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<()> {
        let request = request!(self, Delete, "/v1.1/images/{image_id}")
            .path_param("image_id", need!(self, image_id)?);
        self.call.empty(request).await
    }
}
crate::support::builder!(
    QueryingImageDetailsNativeOpenStackApiV1_1Deprecated("querying_image_details_native_open_stack_api_v1_1_deprecated")
    { #[doc =
    " Specifies the image name. For detailed description, see Image Attributes. Query parameter `name`."]
    name : String, #[doc = " Image container type. Query parameter `container_format`."]
    container_format : String, #[doc =
    " Image file format. Query parameter `disk_format`."] disk_format : String, #[doc =
    " Image status. Query parameter `status`."] status : String, #[doc =
    " Minimum size of the image. Query parameter `size_min`."] size_min : String, #[doc =
    " Maximum size of the image. Query parameter `size_max`."] size_max : String, #[doc =
    " Last update time. Query parameter `changes-since`."] changes_since : String }
);
impl QueryingImageDetailsNativeOpenStackApiV1_1Deprecated {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<crate::v1_1::types::ListImageDetailsResponse> {
        let request = request!(self, Get, "/v1.1/images/detail")
            .query_opt("name", self.name)
            .query_opt("container_format", self.container_format)
            .query_opt("disk_format", self.disk_format)
            .query_opt("status", self.status)
            .query_opt("size_min", self.size_min)
            .query_opt("size_max", self.size_max)
            .query_opt("changes-since", self.changes_since);
        self.call.json(request).await
    }
}
crate::support::builder!(
    CreatingADataDiskImageFromAnExternalImageFile("creating_a_data_disk_image_from_an_external_image_file")
    { #[doc =
    " Specifies the image name. For detailed description, see Image Attributes."] name :
    String, #[doc = " Provides supplementary information about the image."] #[doc =
    " For detailed description, see Image Attributes. The value contains a maximum of 1,024 characters, including letters and digits. Carriage returns and angle brackets (\\< \\>) are not allowed. This parameter is left blank by default."]
    description : String, #[doc = " Specifies the OS type."] #[doc =
    " It can only be Windows or Linux. The default is Linux."] #[doc = ""] #[doc =
    " Default: `Linux`."] os_type : String, #[doc =
    " Specifies the URL of the external image file in the OBS bucket."] #[doc =
    " The format is *OBS bucket name*:*Image file name*."] #[doc =
    " The storage class of the OBS bucket must be **Standard**."] image_url : String,
    #[doc = " Specifies the minimum size of the data disk."] #[doc =
    " Value range: 40 GB to 2048 GB"] min_disk : i64, #[doc =
    " Specifies a custom key used for encrypting an image. For its value, see the *Key Management Service User Guide*."]
    cmk_id : String, #[doc =
    " Lists the image tags. This parameter is left blank by default."] #[doc =
    " For detailed parameter description, see Image Tag Format."] #[doc =
    " Use either **tags** or **image\\_tags**."] tags : Vec < String >, #[doc =
    " Lists the image tags. This parameter is left blank by default."] #[doc =
    " Use either **tags** or **image\\_tags**."] image_tags : Vec <
    types::DataDiskImageDataDescriptionOfTheImageTagsField >, #[doc =
    " Specifies the enterprise project that the image belongs to."] #[doc = ""] #[doc =
    " - If the value is **0** or left blank, the image belongs to the default enterprise project."]
    #[doc =
    " - If the value is a UUID, the image belongs to the enterprise project corresponding to the UUID."]
    #[doc =
    " - For more information about enterprise projects and how to obtain enterprise project IDs, see *Enterprise Management User Guide*."]
    enterprise_project_id : String }
);
impl CreatingADataDiskImageFromAnExternalImageFile {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::CreateImageResponse> {
        let body = types::CreateImageFileDataDiskImageRequest {
            name: need!(self, name)?,
            description: self.description,
            os_type: self.os_type,
            image_url: need!(self, image_url)?,
            min_disk: need!(self, min_disk)?,
            cmk_id: self.cmk_id,
            tags: self.tags,
            image_tags: self.image_tags,
            enterprise_project_id: self.enterprise_project_id,
        };
        let request = request!(self, Post, "/v1/cloudimages/dataimages/action")
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    CreatingAFullEcsImage("creating_a_full_ecs_image") { #[doc =
    " Specifies the image name. For detailed description, see Image Attributes."] name :
    String, #[doc =
    " Provides supplementary information about the image. For detailed description, see Image Attributes."]
    description : String, #[doc =
    " Lists the image tags. This parameter is left blank by default."] #[doc =
    " Use either **tags** or **image\\_tags**."] tags : Vec < String >, #[doc =
    " Lists the image tags. This parameter is left blank by default."] #[doc =
    " Use either **tags** or **image\\_tags**."] #[doc =
    " For details about **image\\_tags**, see Table 1."] image_tags : Vec <
    types::ImageDataOfTheImageTagsField >, #[doc =
    " Specifies the ECS ID. This parameter is required when an ECS is used to create a full-ECS image."]
    #[doc = " To obtain the ECS ID, perform the following operations:"] #[doc = ""] #[doc
    = " - Log in to the management console."] #[doc =
    " - Under **Computing**, click **Elastic Cloud Server**."] #[doc =
    " - In the ECS list, click the name of the ECS and view its ID."] instance_id :
    String, #[doc = " Specifies the enterprise project that the image belongs to."] #[doc
    = ""] #[doc =
    " - If the value is **0** or left blank, the image belongs to the default enterprise project."]
    #[doc =
    " - If the value is a UUID, the image belongs to the enterprise project corresponding to the UUID."]
    #[doc =
    " - For more information about enterprise projects and how to obtain enterprise project IDs, see *Enterprise Management User Guide*."]
    enterprise_project_id : String, #[doc =
    " Specifies the maximum memory of the image in the unit of MB. This parameter is not configured by default."]
    max_ram : i64, #[doc =
    " Specifies the minimum memory of the image in the unit of MB. The default value is **0**. Default: `0`."]
    min_ram : i64, #[doc =
    " Specifies the ID of the vault to which an ECS is to be added or has been added."]
    #[doc =
    " To create a full-ECS image from an ECS, create a backup from the ECS and then use the backup to create a full-ECS image. If a CBR backup is created, **vault\\_id** is mandatory. If a CSBS backup is created, **vault\\_id** is optional."]
    #[doc =
    " You can obtain the vault ID from the CBR console or section \"Querying the Vault List\" in *Cloud Backup and Recovery API Reference*."]
    vault_id : String }
);
impl CreatingAFullEcsImage {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::CreateImageResponse> {
        let body = types::CreateFullEcsImageRequest {
            name: need!(self, name)?,
            description: self.description,
            tags: self.tags,
            image_tags: self.image_tags,
            instance_id: need!(self, instance_id)?,
            enterprise_project_id: self.enterprise_project_id,
            max_ram: self.max_ram,
            min_ram: self.min_ram,
            vault_id: self.vault_id,
        };
        let request = request!(self, Post, "/v1/cloudimages/wholeimages/action")
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    ExportingAnImage("exporting_an_image") { #[doc = " Specifies the image ID."] #[doc =
    " For details about how to obtain the image ID, see Querying Images."] #[doc = ""]
    #[doc = " Path parameter `image_id`."] image_id : String, #[doc =
    " Specifies the URL of the image file in the format of *Bucket name*:*File name*."]
    #[doc = " The storage class of the OBS bucket must be **Standard**."] bucket_url :
    String, #[doc =
    " Specifies the file format. The value can be **qcow2**, **vhd**, **zvhd**, or **vmdk**."]
    file_format : types::ExportImageRequestFileFormat, #[doc =
    " Whether to enable fast export. The value can be **true** or **false**."] #[doc =
    " If fast export is enabled, **file\\_format** cannot be specified. The exported image file is in the ZVHD2 format."]
    is_quick_export : bool }
);
impl ExportingAnImage {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::CreateImageResponse> {
        let body = types::ExportImageRequest {
            bucket_url: need!(self, bucket_url)?,
            file_format: need!(self, file_format)?,
            is_quick_export: self.is_quick_export,
        };
        let request = request!(self, Post, "/v1/cloudimages/{image_id}/file")
            .path_param("image_id", need!(self, image_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    RegisteringAnImage("registering_an_image") { #[doc = " Specifies the image ID."]
    #[doc = ""] #[doc =
    " - **image\\_id** is the ID of the image you created by invoking the API for creating image metadata. Registration may fail if you use other image IDs."]
    #[doc =
    " - After this API is invoked, you can check the image status with the image ID. When the image status changes to **active**, the image file is successfully registered. For details, see Querying Image Details (Native OpenStack API)."]
    #[doc = ""] #[doc = " Path parameter `image_id`."] image_id : String, #[doc =
    " Specifies the URL of the image file in the format of *Bucket name*:*File name*."]
    #[doc =
    " Image files in the bucket can be in ZVHD, QCOW2, VHD, RAW, VHDX, QED, VDI, QCOW, ZVHD2, or VMDK format."]
    #[doc = " The storage class of the OBS bucket must be **Standard**."] image_url :
    String }
);
impl RegisteringAnImage {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::CreateImageResponse> {
        let body = types::RegisterImageRequest {
            image_url: need!(self, image_url)?,
        };
        let request = request!(self, Put, "/v1/cloudimages/{image_id}/upload")
            .path_param("image_id", need!(self, image_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingTheStatusOfAnAsynchronousJob("querying_the_status_of_an_asynchronous_job") {
    #[doc = " Specifies the project ID. Path parameter `project_id`."] project_id :
    String, #[doc = " Specifies the asynchronous job ID. Path parameter `job_id`."]
    job_id : String }
);
impl QueryingTheStatusOfAnAsynchronousJob {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ShowAsynchronousJobStatusResponse> {
        let request = request!(self, Get, "/v1/{project_id}/jobs/{job_id}")
            .path_param("project_id", need!(self, project_id)?)
            .path_param("job_id", need!(self, job_id)?);
        self.call.json(request).await
    }
}
crate::support::builder!(QueryingTheImageQuota("querying_the_image_quota") {});
impl QueryingTheImageQuota {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ShowImageQuotaResponse> {
        let request = request!(self, Get, "/v1/cloudimages/quota");
        self.call.json(request).await
    }
}
crate::support::builder!(
    ReplicatingAnImageWithinARegion("replicating_an_image_within_a_region") { #[doc =
    " Specifies the image ID."] #[doc =
    " For details about how to obtain the image ID, see Querying Images."] #[doc = ""]
    #[doc = " Path parameter `image_id`."] image_id : String, #[doc =
    " Specifies the image name. For detailed description, see Image Attributes."] name :
    String, #[doc =
    " Provides supplementary information about the image. For detailed description, see Image Attributes. The value contains a maximum of 1,024 characters, including letters and digits. Carriage returns and angle brackets (\\< \\>) are not allowed. This parameter is left blank by default."]
    description : String, #[doc =
    " Specifies the encryption key. This parameter is left blank by default."] cmk_id :
    String, #[doc = " Specifies the enterprise project that the image belongs to."] #[doc
    = ""] #[doc =
    " - If the value is **0** or left blank, the image belongs to the default enterprise project."]
    #[doc =
    " - If the value is a UUID, the image belongs to the enterprise project corresponding to the UUID."]
    #[doc =
    " - For more information about enterprise projects and how to obtain enterprise project IDs, see *Enterprise Management User Guide*."]
    enterprise_project_id : String }
);
impl ReplicatingAnImageWithinARegion {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::CreateImageResponse> {
        let body = types::ReplicateImageWithinRegionRequest {
            name: need!(self, name)?,
            description: self.description,
            cmk_id: self.cmk_id,
            enterprise_project_id: self.enterprise_project_id,
        };
        let request = request!(self, Post, "/v1/cloudimages/{image_id}/copy")
            .path_param("image_id", need!(self, image_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    UpdatingTheSharingStatusForImages("updating_the_sharing_status_for_images") { #[doc =
    " Specifies the image IDs."] images : Vec < String >, #[doc =
    " Specifies the project ID."] project_id : String, #[doc =
    " Specifies whether a shared image will be accepted or declined."] #[doc =
    " The value can be one of the following:"] #[doc = ""] #[doc =
    " - **accepted**: indicates that a shared image is accepted. After an image is accepted, the image is displayed in the image list. You can use the image to create ECSs."]
    #[doc =
    " - **rejected**: indicates that a shared image is declined. After an image is declined, the image is not displayed in the image list. However, you can still use the image to create ECSs."]
    status : String, #[doc = " Specifies the ID of a vault."] #[doc =
    " This parameter is mandatory if you want to accept a shared full-ECS image created from a CBR backup."]
    #[doc =
    " You can obtain the vault ID from the CBR console or section \"Querying the Vault List\" in *Cloud Backup and Recovery API Reference*."]
    vault_id : String }
);
impl UpdatingTheSharingStatusForImages {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::CreateImageResponse> {
        let body = types::UpdateImagesSharingStatusRequest {
            images: need!(self, images)?,
            project_id: need!(self, project_id)?,
            status: need!(self, status)?,
            vault_id: self.vault_id,
        };
        let request = request!(self, Put, "/v1/cloudimages/members").json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    AddingImageSharingMembers("adding_image_sharing_members") { #[doc =
    " Specifies the image IDs."] images : Vec < String >, #[doc =
    " Specifies the project IDs."] projects : Vec < String > }
);
impl AddingImageSharingMembers {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::CreateImageResponse> {
        let body = types::AddImageSharingMembersRequest {
            images: need!(self, images)?,
            projects: need!(self, projects)?,
        };
        let request = request!(self, Post, "/v1/cloudimages/members").json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    DeletingImageSharingMembers("deleting_image_sharing_members") { #[doc =
    " Specifies the image IDs. Query parameter `images`."] images : Vec < String >, #[doc
    = " Specifies the project IDs. Query parameter `projects`."] projects : Vec < String
    > }
);
impl DeletingImageSharingMembers {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::CreateImageResponse> {
        let mut request = request!(self, Delete, "/v1/cloudimages/members");
        for value in need!(self, images)? {
            request = request.query("images", value);
        }
        for value in need!(self, projects)? {
            request = request.query("projects", value);
        }
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingTags("querying_tags") { #[doc =
    " Specifies whether the image is available. The value can be **true**. The value is **true** for all extension APIs by default. Common users can query only the images for which the value of this parameter is **true**."]
    #[doc = ""] #[doc = " Query parameter `__isregistered`."] isregistered :
    types::ListImagesDataDescriptionOfTheImagesFieldIsregistered, #[doc =
    " Specifies the image type. The following types are supported:"] #[doc = ""] #[doc =
    " - Public image: The value is **gold**."] #[doc =
    " - Private image: The value is **private**."] #[doc =
    " - Shared image: The value is **shared**. The **\\_\\_imagetype** of images you share with other tenants or those other tenants share with you and you have accepted is **shared**. You can use field **owner** to distinguish the two types of shared images. You can use **member\\_status** to filter out shared images you have accepted."]
    #[doc = ""] #[doc = " Query parameter `__imagetype`."] imagetype : String, #[doc =
    " Specifies whether the image is a full-ECS image. The value can be **true** or **false**. Query parameter `__whole_image`."]
    whole_image : bool, #[doc =
    " Specifies the ID of the key used to encrypt the image. You can obtain the ID from the IMS console or by calling the Querying Image Details (Native OpenStack API) API."]
    #[doc = ""] #[doc = " Query parameter `__system__cmkid`."] system_cmkid : String,
    #[doc =
    " Specifies whether the image is protected. The value can be **true** or **false**. Set it to **true** when you query public images. This parameter is optional when you query private images."]
    #[doc = ""] #[doc = " Query parameter `protected`."] protected : bool, #[doc =
    " Specifies whether the image is available to other tenants. Available values include:"]
    #[doc = ""] #[doc = " - **public**: public image"] #[doc =
    " - **private**: private image"] #[doc = " - **shared**: shared image"] #[doc = ""]
    #[doc = " Query parameter `visibility`."] visibility : String, #[doc =
    " Specifies the tenant to which the image belongs. Query parameter `owner`."] owner :
    String, #[doc = " Specifies the image ID. Query parameter `id`."] id : String, #[doc
    = " Specifies the image status. The value can be:"] #[doc = ""] #[doc =
    " - **queued**: indicates that the image metadata has already been created, and it is ready for the image file to upload."]
    #[doc =
    " - **saving**: indicates that the image file is being uploaded to the backend storage."]
    #[doc = " - **deleted**: indicates that the image has been deleted."] #[doc =
    " - **killed**: indicates that an error occurs on the image uploading."] #[doc =
    " - **active**: indicates that the image is available for use."] #[doc = ""] #[doc =
    " Query parameter `status`."] status : types::ImagesByTagResourceDetailObjectStatus,
    #[doc =
    " Specifies the image name. Exact matching is used. For detailed description, see Image Attributes. Query parameter `name`."]
    name : String, #[doc =
    " Specifies the container type. The value is **bare**. Query parameter `container_format`."]
    container_format : String, #[doc =
    " Specifies the image format. The value can be **zvhd2**, **vhd**, **zvhd**, **raw**, or **qcow2**. The default value is **zvhd2**."]
    #[doc = ""] #[doc = " Query parameter `disk_format`. Default: `zvhd2`."] disk_format
    : types::ImageDataDescriptionOfTheImagesFieldDiskFormat, #[doc =
    " Specifies the minimum memory size (MB) required for running the image. The parameter value depends on the ECS specifications. Generally, the value is **0**."]
    #[doc = ""] #[doc = " Query parameter `min_ram`."] min_ram : i64, #[doc =
    " Specifies the minimum disk space (GB) required for running the image. The value ranges from 1 GB to 1,024 GB. Query parameter `min_disk`."]
    min_disk : i64, #[doc =
    " Specifies the OS architecture, 32 bit or 64 bit. Query parameter `__os_bit`."]
    os_bit : String, #[doc =
    " Specifies the image platform type. The value can be **Windows**, **Ubuntu**, **Red Hat**, **SUSE**, **CentOS**, **Debian**, **OpenSUSE**, **Oracle Linux**, **Fedora**, **Other**, **CoreOS**, or **EulerOS**."]
    #[doc = ""] #[doc = " Query parameter `__platform`."] platform :
    types::ImageDataDescriptionOfTheImagesFieldPlatform, #[doc =
    " Specifies the start number from which images are queried. The value is the image ID. Query parameter `marker`."]
    marker : String, #[doc =
    " Specifies the number of images to be queried. The value is an integer and is **500** by default. Query parameter `limit`. Default: `500`."]
    limit : i64, #[doc = " Specifies the field for sorting the query results."] #[doc =
    " The value can be:"] #[doc = ""] #[doc = " - **name**: image name"] #[doc =
    " - **container\\_format**: container type"] #[doc =
    " - **disk\\_format**: image format"] #[doc = " - **status**: image status"] #[doc =
    " - **id**: image ID"] #[doc = " - **size**: unavailable value now"] #[doc =
    " - **created\\_at**: image creation time Default value: **created\\_at**"] #[doc =
    ""] #[doc = " Query parameter `sort_key`. Default: `created_at`."] sort_key :
    types::SortKey, #[doc =
    " Specifies whether the query results are sorted in ascending or descending order. Its value can be **desc** (default) or **asc**. This parameter is used together with parameter **sort\\_key**. The default value is **desc**."]
    #[doc = ""] #[doc = " Query parameter `sort_dir`. Default: `desc`."] sort_dir :
    String, #[doc = " Specifies the image OS type. Available values include:"] #[doc =
    ""] #[doc = " - Linux"] #[doc = " - Windows"] #[doc = " - Other"] #[doc = ""] #[doc =
    " Query parameter `__os_type`."] os_type : String, #[doc =
    " Specifies a tag added to an image. Tags can be used as a filter to query images."]
    #[doc =
    " The tagging function has been upgraded. If the tags added before the function upgrade are in the format of \"Key.Value\", query tags using \"Key=Value\". For example, an existing tag is **a.b**. After the tag function upgrade, query the tag using \"tag=a=b\"."]
    #[doc = ""] #[doc = " Query parameter `tag`."] tag : String, #[doc =
    " Specifies the member status. The value can be **accepted**, **rejected**, or **pending**. **accepted**: indicates that the shared image is accepted. **rejected** indicates that the image shared by others is rejected. **pending** indicates that the image shared by others needs to be confirmed. To use this parameter, set **visibility** to **shared** during the query."]
    #[doc = ""] #[doc = " Query parameter `member_status`."] member_status :
    types::MemberStatus, #[doc =
    " Specifies whether the image supports KVM. If yes, the value is **true**. Otherwise, this parameter is not required. Query parameter `__support_kvm`."]
    support_kvm : String, #[doc =
    " Specifies whether the image supports Xen. If yes, the value is **true**. Otherwise, this parameter is not required. Query parameter `__support_xen`."]
    support_xen : String, #[doc =
    " Specifies whether the image supports large-memory ECSs. If the image supports large-memory ECSs, the value is **true**. Otherwise, this parameter is not required."]
    #[doc = " For the supported OSs, see Table 4."] #[doc = ""] #[doc =
    " Query parameter `__support_largememory`."] support_largememory : String, #[doc =
    " Specifies whether the image supports disk-intensive ECSs. If the image supports disk-intensive ECSs, the value is **true**. Otherwise, this parameter is not required."]
    #[doc = ""] #[doc = " Query parameter `__support_diskintensive`."]
    support_diskintensive : String, #[doc =
    " Specifies whether the image supports high-performance ECSs. If the image supports high-performance ECSs, the value is **true**. Otherwise, this parameter is not required."]
    #[doc = ""] #[doc = " Query parameter `__support_highperformance`."]
    support_highperformance : String, #[doc =
    " Specifies whether the image supports GPU-accelerated ECSs on the Xen platform. See Table 2 for its value. If the image does not support GPU-accelerated ECSs on the Xen platform, this parameter is not required. This parameter cannot co-exist with **\\_\\_support\\_xen** and **\\_\\_support\\_kvm**."]
    #[doc = ""] #[doc = " Query parameter `__support_xen_gpu_type`."]
    support_xen_gpu_type : String, #[doc =
    " Specifies whether the image supports GPU-accelerated ECSs on the KVM platform. See Table 3 for its value. If the image does not support GPU-accelerated ECSs on the KVM platform, this parameter is not required. This parameter cannot co-exist with **\\_\\_support\\_xen** and **\\_\\_support\\_kvm**."]
    #[doc = ""] #[doc = " Query parameter `__support_kvm_gpu_type`."]
    support_kvm_gpu_type : String, #[doc =
    " Specifies whether the image supports HANA ECSs on the Xen platform. If yes, the value is **true**. Otherwise, this parameter is not required."]
    #[doc =
    " This parameter cannot co-exist with **\\_\\_support\\_xen** and **\\_\\_support\\_kvm**."]
    #[doc = ""] #[doc = " Query parameter `__support_xen_hana`."] support_xen_hana :
    String, #[doc =
    " Specifies whether the image supports ECSs with InfiniBand NICs on the KVM platform. If yes, the value is **true**. Otherwise, this parameter is not required."]
    #[doc = " This parameter cannot co-exist with **\\_\\_support\\_xen**."] #[doc = ""]
    #[doc = " Query parameter `__support_kvm_infiniband`."] support_kvm_infiniband :
    String, #[doc =
    " Specifies the environment where the image is used. The value can be **FusionCompute**, **Ironic**, **DataImage**, or **IsoImage**."]
    #[doc = ""] #[doc =
    " - For an ECS system disk image, the value is **FusionCompute**."] #[doc =
    " - For an ECS data disk image, the value is **DataImage**."] #[doc =
    " - For a BMS image, the value is **Ironic**."] #[doc =
    " - For an ISO image, the value is **IsoImage**."] #[doc = ""] #[doc =
    " Query parameter `virtual_env_type`."] virtual_env_type :
    types::ImageDataDescriptionOfTheImagesFieldVirtualEnvType, #[doc =
    " Specifies the enterprise project to which the images to be queried belong."] #[doc
    = ""] #[doc =
    " - If the value is **0**, images of enterprise project **default** are to be queried."]
    #[doc =
    " - If the value is **UUID**, images of the enterprise project corresponding to the UUID are to be queried."]
    #[doc =
    " - For more information about enterprise projects and how to obtain enterprise project IDs, see *Enterprise Management User Guide*."]
    #[doc = ""] #[doc = " Query parameter `enterprise_project_id`."]
    enterprise_project_id : String, #[doc =
    " Specifies the time when the image was created. Images can be queried by time. The value is in the format of *Operator:UTC time*."]
    #[doc = " The following operators are supported:"] #[doc = ""] #[doc =
    " - gt: greater than"] #[doc = " - gte: greater than or equal to"] #[doc =
    " - lt: less than"] #[doc = " - lte: less than or equal to"] #[doc =
    " - eq: equal to"] #[doc =
    " - neq: not equal to The time format is *yyyy-MM-ddThh:mm:ssZ* or *yyyy-MM-dd hh:mm:ss*. For example, to query images created before Oct 28, 2018 10:00:00, set the value of **created\\_at** as follows: created\\_at=lt:2018-10-28T10:00:00Z"]
    #[doc = ""] #[doc = " Query parameter `created_at`."] created_at : String, #[doc =
    " Specifies the time when the image was modified. Images can be queried by time. The value is in the format of *Operator:UTC time*."]
    #[doc = " The following operators are supported:"] #[doc = ""] #[doc =
    " - gt: greater than"] #[doc = " - gte: greater than or equal to"] #[doc =
    " - lt: less than"] #[doc = " - lte: less than or equal to"] #[doc =
    " - eq: equal to"] #[doc =
    " - neq: not equal to The time format is *yyyy-MM-ddThh:mm:ssZ* or *yyyy-MM-dd hh:mm:ss*. For example, to query images updated before Oct 28, 2018 10:00:00, set the value of **updated\\_at** as follows: updated\\_at=lt:2018-10-28T10:00:00Z"]
    #[doc = ""] #[doc = " Query parameter `updated_at`."] updated_at : String }
);
impl QueryingTags {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ListTagsResponse> {
        let request = request!(self, Get, "/v1/cloudimages/tags")
            .query_opt("__isregistered", self.isregistered)
            .query_opt("__imagetype", self.imagetype)
            .query_opt("__whole_image", self.whole_image)
            .query_opt("__system__cmkid", self.system_cmkid)
            .query_opt("protected", self.protected)
            .query_opt("visibility", self.visibility)
            .query_opt("owner", self.owner)
            .query_opt("id", self.id)
            .query_opt("status", self.status)
            .query_opt("name", self.name)
            .query_opt("container_format", self.container_format)
            .query_opt("disk_format", self.disk_format)
            .query_opt("min_ram", self.min_ram)
            .query_opt("min_disk", self.min_disk)
            .query_opt("__os_bit", self.os_bit)
            .query_opt("__platform", self.platform)
            .query_opt("marker", self.marker)
            .query_opt("limit", self.limit)
            .query_opt("sort_key", self.sort_key)
            .query_opt("sort_dir", self.sort_dir)
            .query_opt("__os_type", self.os_type)
            .query_opt("tag", self.tag)
            .query_opt("member_status", self.member_status)
            .query_opt("__support_kvm", self.support_kvm)
            .query_opt("__support_xen", self.support_xen)
            .query_opt("__support_largememory", self.support_largememory)
            .query_opt("__support_diskintensive", self.support_diskintensive)
            .query_opt("__support_highperformance", self.support_highperformance)
            .query_opt("__support_xen_gpu_type", self.support_xen_gpu_type)
            .query_opt("__support_kvm_gpu_type", self.support_kvm_gpu_type)
            .query_opt("__support_xen_hana", self.support_xen_hana)
            .query_opt("__support_kvm_infiniband", self.support_kvm_infiniband)
            .query_opt("virtual_env_type", self.virtual_env_type)
            .query_opt("enterprise_project_id", self.enterprise_project_id)
            .query_opt("created_at", self.created_at)
            .query_opt("updated_at", self.updated_at);
        self.call.json(request).await
    }
}
crate::support::builder!(
    AddingOrModifyingATag("adding_or_modifying_a_tag") { #[doc =
    " Specifies the image ID."] #[doc =
    " For details about how to obtain the image ID, see Querying Images."] image_id :
    String, #[doc = " Specifies the tag."] #[doc =
    " Use either **tag** or **image\\_tag**."] tag : String, #[doc =
    " Lists the image tags. For detailed description, see Image Tag Format. This parameter is left blank by default."]
    #[doc = " Use either **tag** or **image\\_tag**."] image_tag : serde_json::Value }
);
impl AddingOrModifyingATag {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<()> {
        let body = types::AddOrUpdateTagRequest {
            image_id: need!(self, image_id)?,
            tag: self.tag,
            image_tag: self.image_tag,
        };
        let request = request!(self, Put, "/v1/cloudimages/tags").json_body(&body)?;
        self.call.empty(request).await
    }
}
crate::support::builder!(
    QueryingImageMetadataNativeOpenStackApiV1Deprecated("querying_image_metadata_native_open_stack_api_v1_deprecated")
    { #[doc = " Specifies the image ID. Path parameter `image_id`."] image_id : String }
);
impl QueryingImageMetadataNativeOpenStackApiV1Deprecated {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ShowImageMetadataResponse> {
        let request = request!(self, Head, "/v1/images/{image_id}")
            .path_param("image_id", need!(self, image_id)?);
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingAnApiVersionNativeOpenStackApi("querying_an_api_version_native_open_stack_api")
    { #[doc = " Specifies the API version, for example v2.0. Path parameter `version`."]
    version : String }
);
impl QueryingAnApiVersionNativeOpenStackApi {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ShowApiVersionResponse> {
        let request = request!(self, Get, "/{version}")
            .path_param("version", need!(self, version)?);
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingApiVersionsNativeOpenStackApi("querying_api_versions_native_open_stack_api")
    {}
);
impl QueryingApiVersionsNativeOpenStackApi {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ListApiVersionsResponse> {
        let request = request!(self, Get, "/");
        self.call.json(request).await
    }
}
