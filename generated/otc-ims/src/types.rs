//! Models of Image Management Service (shared by every API version unless a version module has its own).
/// Parameters for creating a system or data disk image from an ECS
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CreateImageRequest {
    /// Specifies the name of the system disk image. For detailed description, see Image Attributes.
    /// NOTICE: This parameter is mandatory when you use a cloud server to create a system disk image.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Provides supplementary information about the image. For details, see Image Attributes. The value contains a maximum of 1024 characters, including letters and digits. Carriage returns and angle brackets (\< \>) are not allowed. This parameter is left blank by default.
    ///
    /// Length at most 1024.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Specifies the ID of the ECS used to create the image.
    /// To obtain the ECS ID, perform the following operations:
    ///
    /// - Log in to the management console.
    /// - Under **Computing**, click **Elastic Cloud Server**.
    /// - In the ECS list, click the name of the ECS and view its ID. NOTICE: This parameter is mandatory when you use a cloud server to create a system disk image.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub instance_id: Option<String>,
    /// Specifies the data disk information to be converted. This parameter is mandatory when the data disk of an ECS is used to create a private data disk image. For details, see Table 1.
    /// If the ECS data disk is not used to create a data disk image, the parameter is empty by default.
    /// When you create a data disk image using a data disk, if other parameters (such as **name**, **description**, and **tags**) in this table have values, the system uses the value of **data\_images**. You cannot specify **instance\_id**.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub data_images: Option<Vec<ImageDataDescriptionOfTheDataImagesField>>,
    /// Lists the image tags. This parameter is left blank by default.
    /// Use either **tags** or **image\_tags**.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<String>>,
    /// Lists the image tags. This parameter is left blank by default.
    /// Use either **tags** or **image\_tags**.
    /// For details about **image\_tags**, see Table 3.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub image_tags: Option<Vec<ImageDataOfTheImageTagsField>>,
    /// Specifies the enterprise project that the image belongs to.
    ///
    /// - If the value is **0** or left blank, the image belongs to the default enterprise project.
    /// - If the value is a UUID, the image belongs to the enterprise project corresponding to the UUID.
    /// - For more information about enterprise projects and how to obtain enterprise project IDs, see *Enterprise Management User Guide*.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub enterprise_project_id: Option<String>,
    /// Specifies the maximum memory of the image in the unit of MB.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_ram: Option<i64>,
    /// Specifies the minimum memory of the image in the unit of MB. The default value is **0**, indicating that the memory is not restricted. Default: `0`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub min_ram: Option<i64>,
}
/// Data structure description of the data\_images field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ImageDataDescriptionOfTheDataImagesField {
    /// Specifies the name of a data disk image.
    pub name: String,
    /// Specifies the data disk ID.
    pub volume_id: String,
    /// Specifies the data disk description.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Specifies the data disk image tag.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<String>>,
}
crate::support::setters!(
    @ model ImageDataDescriptionOfTheDataImagesField new(name : String, volume_id :
    String) { description : String, tags : Vec < String > }
);
/// Data structure of the image\_tags field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ImageDataOfTheImageTagsField {
    /// Specifies the tag key.
    pub key: String,
    /// Specifies the tag value.
    pub value: String,
}
crate::support::setters!(
    @ model ImageDataOfTheImageTagsField new(key : String, value : String) {}
);
/// Response parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CreateImageResponse {
    /// Specifies the asynchronous job ID.
    /// For details, see Querying the Status of an Asynchronous Job.
    pub job_id: Option<String>,
}
crate::support::open_enum!(
    #[doc = " Specifies the image type."] #[doc = " The value can be:"] #[doc =
    " **ECS**: ECS system disk image"] #[doc = " **BMS**: BMS system disk image"] #[doc =
    " Default value:"] #[doc = " **ECS**"] ImportImageFileQuicklyRequestType { Ecs =
    "ECS", Bms = "BMS" }
);
/// The `ImportImageFileQuicklyRequest` model.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ImportImageFileQuicklyRequest {
    /// Specifies the image name.
    /// For detailed description, see Image Attributes.
    pub name: String,
    /// Provides supplementary information about the image.
    /// For detailed description, see Image Attributes.
    /// The value contains a maximum of 1024 characters, including letters and digits. Carriage returns and angle brackets (\< \>) are not allowed. This parameter is left blank by default.
    ///
    /// Length at most 1024.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Specifies the OS version.
    /// This parameter is valid if an external image file uploaded to the OBS bucket is used to create an image. For its value, see Values of Related Parameters.
    pub os_version: String,
    /// Specifies the URL of the external image file in the OBS bucket.
    /// This parameter is mandatory if an external image file in the OBS bucket is used to create an image. The format is *OBS bucket name*:*Image file name*.
    /// The storage class of the OBS bucket must be **Standard**.
    pub image_url: String,
    /// Specifies the minimum size (GB) of the system disk.
    ///
    /// - This parameter is mandatory if an external image file in the OBS bucket is used to create an image.
    /// - The value ranges from 1 to 1024 and must be greater than the system disk size in the selected image file.
    ///
    /// Range 1 to 1024.
    pub min_disk: i64,
    /// Lists the image tags. This parameter is left blank by default.
    /// Set either **tags** or **image\_tags**.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<String>>,
    /// Lists the image tags. This parameter is left blank by default.
    /// Set either **tags** or **image\_tags**.
    /// For details about **image\_tags**, see Table 1.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub image_tags: Option<Vec<ImageDataOfTheImageTagsField>>,
    /// Specifies the image type.
    /// The value can be:
    /// **ECS**: ECS system disk image
    /// **BMS**: BMS system disk image
    /// Default value:
    /// **ECS**
    ///
    /// Wire name: `type`. Default: `ECS`.
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub type_: Option<ImportImageFileQuicklyRequestType>,
    /// Specifies the enterprise project that the image belongs to.
    ///
    /// - If the value is **0** or left blank, the image belongs to the default enterprise project.
    /// - If the value is a UUID, the image belongs to the enterprise project corresponding to the UUID.
    /// - For more information about enterprise projects and how to obtain enterprise project IDs, see *Enterprise Management User Guide*.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub enterprise_project_id: Option<String>,
    /// Specifies the image architecture type. The value can be:
    ///
    /// - x86
    /// - arm The default value is **x86**. If the image architecture is Arm, the boot mode is automatically changed to UEFI.
    ///
    /// Default: `x86`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub architecture: Option<String>,
    /// Specifies the ECS boot mode. The value can be:
    ///
    /// - **bios** indicates the BIOS boot mode.
    /// - **uefi** indicates the UEFI boot mode. If the image architecture is Arm, only the UEFI boot mode is supported.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hw_firmware_type: Option<String>,
}
/// Response parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListImagesResponse {
    /// Specifies image details.
    /// For details, see Table 2.
    pub images: Option<Vec<ImageDataDescriptionOfTheImagesField>>,
}
crate::support::open_enum!(
    #[doc =
    " Specifies the image format. The value can be **zvhd2**, **vhd**, **zvhd**, **raw**, or **qcow2**. The default value is **zvhd2**."]
    ImageDataDescriptionOfTheImagesFieldDiskFormat { Zvhd2 = "zvhd2", Vhd = "vhd", Zvhd =
    "zvhd", Raw = "raw", Qcow2 = "qcow2" }
);
crate::support::open_enum!(
    #[doc =
    " Specifies whether the image has been registered. The value can be **true** or **false**."]
    ImageDataDescriptionOfTheImagesFieldIsregistered { True = "true", False = "false" }
);
crate::support::open_enum!(
    #[doc =
    " Specifies the image platform type. The value can be **Windows**, **Ubuntu**, **Red Hat**, **SUSE**, **CentOS**, **Debian**, **OpenSUSE**, **Oracle Linux**, **Fedora**, **Other**, **CoreOS**, or **EulerOS**."]
    ImageDataDescriptionOfTheImagesFieldPlatform { Windows = "Windows", Ubuntu =
    "Ubuntu", RedHat = "Red Hat", Suse = "SUSE", CentOs = "CentOS", Debian = "Debian",
    OpenSuse = "OpenSUSE", OracleLinux = "Oracle Linux", Fedora = "Fedora", Other =
    "Other", CoreOs = "CoreOS", EulerOs = "EulerOS" }
);
crate::support::open_enum!(
    #[doc =
    " Specifies the OS type. The value can be **Linux**, **Windows**, or **Other**."]
    ImageDataDescriptionOfTheImagesFieldOsType { Linux = "Linux", Windows = "Windows",
    Other = "Other" }
);
crate::support::open_enum!(
    #[doc =
    " Specifies the environment where the image is used. The value can be **FusionCompute**, **Ironic**, **DataImage**, or **IsoImage**."]
    #[doc = ""] #[doc = " - For an ECS image, the value is **FusionCompute**."] #[doc =
    " - For a data disk image, the value is **DataImage**."] #[doc =
    " - For a BMS image, the value is **Ironic**."] #[doc =
    " - For an ISO image, the value is **IsoImage**."]
    ImageDataDescriptionOfTheImagesFieldVirtualEnvType { FusionCompute = "FusionCompute",
    Ironic = "Ironic", DataImage = "DataImage", IsoImage = "IsoImage" }
);
crate::support::open_enum!(
    #[doc =
    " Specifies whether the image supports lazy loading. The value can be **true**, **false**, **True**, or **False**."]
    ImageDataDescriptionOfTheImagesFieldLazyloading { True = "true", False = "false",
    True2 = "True", False2 = "False" }
);
/// Data structure description of the images field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ImageDataDescriptionOfTheImagesField {
    /// Specifies the URL for uploading and downloading the image file.
    pub file: Option<String>,
    /// Specifies the tenant to which the image belongs.
    pub owner: Option<String>,
    /// Specifies the image ID.
    pub id: Option<String>,
    /// This parameter is unavailable currently.
    pub size: Option<i64>,
    /// Specifies the image URL. Wire name: `self`.
    #[serde(rename = "self")]
    pub self_: Option<String>,
    /// Specifies the image schema.
    pub schema: Option<String>,
    /// Specifies the image status. The value can be one of the following:
    ///
    /// - **queued**: indicates that the image metadata has already been created, and it is ready for the image file to upload.
    /// - **saving**: indicates that the image file is being uploaded to the backend storage.
    /// - **deleted**: indicates that the image has been deleted.
    /// - **killed**: indicates that an error occurs on the image uploading.
    /// - **active**: indicates that the image is available for use.
    pub status: Option<String>,
    /// Specifies tags of the image, through which you can manage private images in your own way. You can use the image tag API to add different tags to each image and filter images by tag.
    pub tags: Option<Vec<String>>,
    /// Specifies whether the image is available to other tenants. Available values include:
    ///
    /// - **private**: private image
    /// - **public**: public image
    /// - **shared**: shared image
    pub visibility: Option<String>,
    /// Specifies the image name. For detailed description, see Image Attributes.
    pub name: Option<String>,
    /// This parameter is unavailable currently.
    pub checksum: Option<String>,
    /// Specifies whether the image is protected. A protected image cannot be deleted. The value can be **true** or **false**.
    pub protected: Option<bool>,
    /// Specifies the container type.
    pub container_format: Option<String>,
    /// Specifies the minimum memory size (MB) required for running the image. The parameter value depends on the ECS specifications. Generally, the value is **0**.
    pub min_ram: Option<i64>,
    /// Specifies the maximum memory (MB) of the image. You can set this parameter based on the ECS specifications. Generally, you do not need to set this parameter.
    pub max_ram: Option<String>,
    /// Specifies the time when the image was updated. The value is in UTC format.
    pub updated_at: Option<String>,
    /// Specifies the OS architecture, 32 bit or 64 bit. Wire name: `__os_bit`.
    #[serde(rename = "__os_bit")]
    pub os_bit: Option<String>,
    /// Specifies the OS version. Wire name: `__os_version`.
    #[serde(rename = "__os_version")]
    pub os_version: Option<String>,
    /// Provides supplementary information about the image. For detailed description, see Image Attributes. Wire name: `__description`.
    #[serde(rename = "__description")]
    pub description: Option<String>,
    /// Specifies the image format. The value can be **zvhd2**, **vhd**, **zvhd**, **raw**, or **qcow2**. The default value is **zvhd2**. Default: `zvhd2`.
    pub disk_format: Option<ImageDataDescriptionOfTheImagesFieldDiskFormat>,
    /// Specifies whether the image has been registered. The value can be **true** or **false**. Wire name: `__isregistered`.
    #[serde(rename = "__isregistered")]
    pub isregistered: Option<ImageDataDescriptionOfTheImagesFieldIsregistered>,
    /// Specifies the image platform type. The value can be **Windows**, **Ubuntu**, **Red Hat**, **SUSE**, **CentOS**, **Debian**, **OpenSUSE**, **Oracle Linux**, **Fedora**, **Other**, **CoreOS**, or **EulerOS**.
    ///
    /// Wire name: `__platform`.
    #[serde(rename = "__platform")]
    pub platform: Option<ImageDataDescriptionOfTheImagesFieldPlatform>,
    /// Specifies the OS type. The value can be **Linux**, **Windows**, or **Other**. Wire name: `__os_type`.
    #[serde(rename = "__os_type")]
    pub os_type: Option<ImageDataDescriptionOfTheImagesFieldOsType>,
    /// Specifies the minimum disk space (GB) required for running the image. The value ranges from 1 GB to 1,024 GB.
    pub min_disk: Option<i64>,
    /// Specifies the environment where the image is used. The value can be **FusionCompute**, **Ironic**, **DataImage**, or **IsoImage**.
    ///
    /// - For an ECS image, the value is **FusionCompute**.
    /// - For a data disk image, the value is **DataImage**.
    /// - For a BMS image, the value is **Ironic**.
    /// - For an ISO image, the value is **IsoImage**.
    pub virtual_env_type: Option<ImageDataDescriptionOfTheImagesFieldVirtualEnvType>,
    /// Specifies the image backend storage type. Only UDS is supported currently. Wire name: `__image_source_type`.
    #[serde(rename = "__image_source_type")]
    pub image_source_type: Option<String>,
    /// Specifies the image type. The following types are supported:
    ///
    /// - Public image: The value is **gold**.
    /// - Private image: The value is **private**.
    /// - Shared image: The value is **shared**.
    ///
    /// Wire name: `__imagetype`.
    #[serde(rename = "__imagetype")]
    pub imagetype: Option<String>,
    /// Specifies the time when the image was created. The value is in UTC format.
    pub created_at: Option<String>,
    /// This parameter is unavailable currently.
    pub virtual_size: Option<i64>,
    /// Specifies the parent image ID.
    /// If the image is a public image or created from an image file, this value is left empty.
    ///
    /// Wire name: `__originalimagename`.
    #[serde(rename = "__originalimagename")]
    pub originalimagename: Option<String>,
    /// Specifies the backup ID. To create an image using a backup, set the value to the backup ID. Otherwise, this value is left empty. Wire name: `__backup_id`.
    #[serde(rename = "__backup_id")]
    pub backup_id: Option<String>,
    /// Specifies the size (bytes) of the image file. Wire name: `__image_size`.
    #[serde(rename = "__image_size")]
    pub image_size: Option<String>,
    /// Specifies the image source.
    /// If the image is a public image, this parameter is left empty.
    ///
    /// Wire name: `__data_origin`.
    #[serde(rename = "__data_origin")]
    pub data_origin: Option<String>,
    /// Specifies whether the image supports lazy loading. The value can be **true**, **false**, **True**, or **False**. Wire name: `__lazyloading`.
    #[serde(rename = "__lazyloading")]
    pub lazyloading: Option<ImageDataDescriptionOfTheImagesFieldLazyloading>,
    /// Specifies the time when the image status became **active**.
    pub active_at: Option<String>,
    /// Specifies additional attributes of the image. The value is a list (in JSON format) of advanced features supported by the image. Wire name: `__os_feature_list`.
    #[serde(rename = "__os_feature_list")]
    pub os_feature_list: Option<String>,
    /// Specifies whether the image supports KVM. If yes, the value is **true**. Otherwise, this parameter is not required. Wire name: `__support_kvm`.
    #[serde(rename = "__support_kvm")]
    pub support_kvm: Option<String>,
    /// Specifies whether the image supports Xen. If yes, the value is **true**. Otherwise, this parameter is not required. Wire name: `__support_xen`.
    #[serde(rename = "__support_xen")]
    pub support_xen: Option<String>,
    /// Specifies whether the image supports large-memory ECSs. If the image supports large-memory ECSs, the value is **true**. Otherwise, this parameter is not required.
    ///
    /// Wire name: `__support_largememory`.
    #[serde(rename = "__support_largememory")]
    pub support_largememory: Option<String>,
    /// Specifies whether the image supports disk-intensive ECSs. If the image supports disk-intensive ECSs, the value is **true**. Otherwise, this parameter is not required.
    ///
    /// Wire name: `__support_diskintensive`.
    #[serde(rename = "__support_diskintensive")]
    pub support_diskintensive: Option<String>,
    /// Specifies whether the image supports high-performance ECSs. If the image supports high-performance ECSs, the value is **true**. Otherwise, this parameter is not required.
    ///
    /// Wire name: `__support_highperformance`.
    #[serde(rename = "__support_highperformance")]
    pub support_highperformance: Option<String>,
    /// Specifies whether the image supports GPU-accelerated ECSs on the Xen platform. See Table 2 for its value. If the image does not support GPU-accelerated ECSs on the Xen platform, this parameter is not required. This attribute cannot co-exist with **\_\_support\_xen** and **\_\_support\_kvm**.
    ///
    /// Wire name: `__support_xen_gpu_type`.
    #[serde(rename = "__support_xen_gpu_type")]
    pub support_xen_gpu_type: Option<String>,
    /// Specifies whether the image supports GPU-accelerated ECSs on the KVM platform. See Table 3 for its value.
    /// If the image does not support GPU-accelerated ECSs on the KVM platform, this parameter is not required. This attribute cannot co-exist with **\_\_support\_xen** and **\_\_support\_kvm**.
    ///
    /// Wire name: `__support_kvm_gpu_type`.
    #[serde(rename = "__support_kvm_gpu_type")]
    pub support_kvm_gpu_type: Option<String>,
    /// Specifies whether the image supports HANA ECSs on the Xen platform. If yes, the value is **true**. Otherwise, this parameter is not required.
    /// This attribute cannot co-exist with **\_\_support\_xen** and **\_\_support\_kvm**.
    ///
    /// Wire name: `__support_xen_hana`.
    #[serde(rename = "__support_xen_hana")]
    pub support_xen_hana: Option<String>,
    /// Specifies whether the image supports ECSs with InfiniBand NICs on the KVM platform. If yes, the value is **true**. Otherwise, this parameter is not required.
    /// This attribute cannot co-exist with **\_\_support\_xen**.
    ///
    /// Wire name: `__support_kvm_infiniband`.
    #[serde(rename = "__support_kvm_infiniband")]
    pub support_kvm_infiniband: Option<String>,
    /// Specifies the enterprise project that the image belongs to.
    ///
    /// - If the value is **0** or left blank, the image belongs to the default enterprise project.
    /// - If the value is a UUID, the image belongs to the enterprise project corresponding to the UUID.
    /// - For more information about enterprise projects, see *Enterprise Management User Guide*.
    pub enterprise_project_id: Option<String>,
    /// Specifies that the image is created from an external image file. Value: **file**. Wire name: `__root_origin`.
    #[serde(rename = "__root_origin")]
    pub root_origin: Option<String>,
    /// Specifies the ECS system disk slot number of the image.
    /// Example value: **0**
    ///
    /// Wire name: `__sequence_num`.
    #[serde(rename = "__sequence_num")]
    pub sequence_num: Option<String>,
    /// Specifies whether the image supports password/private key injection using Cloud-Init.
    /// **true** indicates password/private key injection using Cloud-Init is not supported. Other values indicate the injection is supported.
    /// This parameter is valid only for ECS system disk images.
    ///
    /// Wire name: `__support_fc_inject`.
    #[serde(rename = "__support_fc_inject")]
    pub support_fc_inject: Option<String>,
    /// Specifies the ECS boot mode. The value can be:
    ///
    /// - **bios** indicates the BIOS boot mode.
    /// - **uefi** indicates the UEFI boot mode.
    pub hw_firmware_type: Option<String>,
    /// Specifies whether the image supports NIC multi-queue. The value can be **true** or **false**.
    pub hw_vif_multiqueue_enabled: Option<
        ImageDataDescriptionOfTheImagesFieldIsregistered,
    >,
    /// Specifies the ID of the key used to encrypt the image. Wire name: `__system__cmkid`.
    #[serde(rename = "__system__cmkid")]
    pub system_cmkid: Option<String>,
    /// Specifies whether the image uses AMD's x86 architecture. The value can be **true** or **false**. Wire name: `__support_amd`.
    #[serde(rename = "__support_amd")]
    pub support_amd: Option<ImageDataDescriptionOfTheImagesFieldIsregistered>,
    /// Specifies whether SR-IOV is supported. If it is, the value is **true**. Otherwise, this parameter is not required. Wire name: `__support_kvm_hi1822_hisriov`.
    #[serde(rename = "__support_kvm_hi1822_hisriov")]
    pub support_kvm_hi1822_hisriov: Option<String>,
    /// Specifies whether Virtio-Net is supported. If it is, the value is **true**. Otherwise, this parameter is not required.
    ///
    /// Wire name: `__support_kvm_hi1822_hivirtionet`.
    #[serde(rename = "__support_kvm_hi1822_hivirtionet")]
    pub support_kvm_hi1822_hivirtionet: Option<String>,
}
/// Request parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct UpdateImageRequest {
    /// For details, see Table 2. Wire name: `*[Array]*`.
    #[serde(rename = "*[Array]*")]
    pub array: Vec<ImageDataDescriptionOfTheArrayField>,
}
crate::support::open_enum!(
    #[doc =
    " Specifies the operation. The value can be **add**, **replace**, or **remove**."]
    ImageDataDescriptionOfTheArrayFieldOp { Add = "add", Replace = "replace", Remove =
    "remove" }
);
crate::support::open_enum!(
    #[doc =
    " Specifies the name of the attribute to be updated. **/** needs to be added in front of it."]
    #[doc = " You can update the following attributes:"] #[doc = ""] #[doc =
    " - **name**: specifies the image name."] #[doc =
    " - **\\_\\_description**: specifies the image description."] #[doc =
    " - **\\_\\_support\\_xen**: Xen is supported."] #[doc =
    " - **\\_\\_support\\_largememory**: Ultra-large memory is supported. If the image supports large-memory ECSs, the value is **true**. Otherwise, this parameter is not required."]
    #[doc = " - **\\_\\_support\\_diskintensive**: Intensive storage is supported."]
    #[doc =
    " - **\\_\\_support\\_highperformance**: High-performance computing (HPC) is supported."]
    #[doc =
    " - **\\_\\_support\\_xen\\_gpu\\_type**: GPU-accelerated ECSs that use Xen for virtualization are supported."]
    #[doc =
    " - **\\_\\_support\\_kvm\\_gpu\\_type**: GPU-accelerated ECSs that use KVM for virtualization are supported."]
    #[doc =
    " - **\\_\\_support\\_xen\\_hana**: HANA ECSs that use Xen for virtualization are supported. If the image supports such ECSs, the value is **true**. Otherwise, this parameter is not required. This attribute cannot co-exist with **\\_\\_support\\_xen** and **\\_\\_support\\_kvm**."]
    #[doc =
    " - **\\_\\_is\\_config\\_init**: specifies whether initialization is complete."]
    #[doc = " - **enterprise\\_project\\_id**: specifies the enterprise project ID."]
    #[doc =
    " - **min\\_ram**: specifies the minimum memory (MB) of the image. You can set this parameter based on the ECS specifications. Generally, you do not need to set this parameter."]
    #[doc =
    " - **max\\_ram**: specifies the maximum memory (MB) of the image. You can set this parameter based on the ECS specifications. Generally, you do not need to set this parameter."]
    #[doc = " - **hw\\_vif\\_multiqueue\\_enabled**: NIC multi-queue is supported."]
    #[doc =
    " - **hw\\_firmware\\_type**: specifies the boot mode. The value can be **bios** or **uefi**."]
    #[doc =
    " - **\\_\\_support\\_kvm\\_infiniband**: ECSs with InfiniBand NICs and running on the KVM platform are supported. If such ECSs are supported, the value is **true**. Otherwise, this parameter is not required. This attribute cannot co-exist with **\\_\\_support\\_xen**."]
    #[doc =
    " - **\\_\\_support\\_fc\\_inject**: specifies whether the image supports password/private key injection using Cloud-Init. If the value is set to **true**, the injection is not supported. Otherwise, it is supported."]
    #[doc =
    " - **\\_\\_support\\_amd**: specifies whether the image uses AMD's x86 architecture. The value can be **true** or **false**."]
    #[doc =
    " - **\\_\\_support\\_kvm\\_hi1822\\_hisriov**: SR-IOV is supported. If it is supported, the value is **true**. Otherwise, this parameter is not required."]
    #[doc =
    " - **\\_\\_support\\_kvm\\_hi1822\\_hivirtionet**: Virtio-Net is supported. If it is supported, the value is **true**. Otherwise, this parameter is not required. You can add or delete extension attributes. Extension attribute names cannot contain uppercase letters."]
    ImageDataDescriptionOfTheArrayFieldPath { Bios = "bios", Uefi = "uefi" }
);
/// Data structure description of the \[Array\] field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ImageDataDescriptionOfTheArrayField {
    /// Specifies the operation. The value can be **add**, **replace**, or **remove**.
    pub op: ImageDataDescriptionOfTheArrayFieldOp,
    /// Specifies the name of the attribute to be updated. **/** needs to be added in front of it.
    /// You can update the following attributes:
    ///
    /// - **name**: specifies the image name.
    /// - **\_\_description**: specifies the image description.
    /// - **\_\_support\_xen**: Xen is supported.
    /// - **\_\_support\_largememory**: Ultra-large memory is supported. If the image supports large-memory ECSs, the value is **true**. Otherwise, this parameter is not required.
    /// - **\_\_support\_diskintensive**: Intensive storage is supported.
    /// - **\_\_support\_highperformance**: High-performance computing (HPC) is supported.
    /// - **\_\_support\_xen\_gpu\_type**: GPU-accelerated ECSs that use Xen for virtualization are supported.
    /// - **\_\_support\_kvm\_gpu\_type**: GPU-accelerated ECSs that use KVM for virtualization are supported.
    /// - **\_\_support\_xen\_hana**: HANA ECSs that use Xen for virtualization are supported. If the image supports such ECSs, the value is **true**. Otherwise, this parameter is not required. This attribute cannot co-exist with **\_\_support\_xen** and **\_\_support\_kvm**.
    /// - **\_\_is\_config\_init**: specifies whether initialization is complete.
    /// - **enterprise\_project\_id**: specifies the enterprise project ID.
    /// - **min\_ram**: specifies the minimum memory (MB) of the image. You can set this parameter based on the ECS specifications. Generally, you do not need to set this parameter.
    /// - **max\_ram**: specifies the maximum memory (MB) of the image. You can set this parameter based on the ECS specifications. Generally, you do not need to set this parameter.
    /// - **hw\_vif\_multiqueue\_enabled**: NIC multi-queue is supported.
    /// - **hw\_firmware\_type**: specifies the boot mode. The value can be **bios** or **uefi**.
    /// - **\_\_support\_kvm\_infiniband**: ECSs with InfiniBand NICs and running on the KVM platform are supported. If such ECSs are supported, the value is **true**. Otherwise, this parameter is not required. This attribute cannot co-exist with **\_\_support\_xen**.
    /// - **\_\_support\_fc\_inject**: specifies whether the image supports password/private key injection using Cloud-Init. If the value is set to **true**, the injection is not supported. Otherwise, it is supported.
    /// - **\_\_support\_amd**: specifies whether the image uses AMD's x86 architecture. The value can be **true** or **false**.
    /// - **\_\_support\_kvm\_hi1822\_hisriov**: SR-IOV is supported. If it is supported, the value is **true**. Otherwise, this parameter is not required.
    /// - **\_\_support\_kvm\_hi1822\_hivirtionet**: Virtio-Net is supported. If it is supported, the value is **true**. Otherwise, this parameter is not required. You can add or delete extension attributes. Extension attribute names cannot contain uppercase letters.
    pub path: ImageDataDescriptionOfTheArrayFieldPath,
    /// Specifies the new value of the attribute. For detailed description, see Image Attributes.
    pub value: String,
}
crate::support::setters!(
    @ model ImageDataDescriptionOfTheArrayField new(op :
    ImageDataDescriptionOfTheArrayFieldOp, path :
    ImageDataDescriptionOfTheArrayFieldPath, value : String) {}
);
/// Response parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct UpdateImageResponse {
    /// Specifies the URL for uploading and downloading the image file.
    pub file: Option<String>,
    /// Specifies the tenant to which the image belongs.
    pub owner: Option<String>,
    /// Specifies the image ID.
    pub id: Option<String>,
    /// This parameter is unavailable currently.
    pub size: Option<i64>,
    /// Specifies the image URL. Wire name: `self`.
    #[serde(rename = "self")]
    pub self_: Option<String>,
    /// Specifies the image schema.
    pub schema: Option<String>,
    /// Specifies the image status. The value can be one of the following:
    ///
    /// - **queued**: indicates that the image metadata has already been created, and it is ready for the image file to upload.
    /// - **saving**: indicates that the image file is being uploaded to the backend storage.
    /// - **deleted**: indicates that the image has been deleted.
    /// - **killed**: indicates that an error occurs on the image uploading.
    /// - **active**: indicates that the image is available for use.
    pub status: Option<String>,
    /// Specifies tags of the image, through which you can manage private images in your own way. You can use the image tag API to add different tags to each image and filter images by tag.
    pub tags: Option<Vec<String>>,
    /// Specifies whether the image is available to other tenants. The value can be one of the following:
    ///
    /// - **private**: private image
    /// - **public**: public image
    /// - **shared**: shared image
    pub visibility: Option<String>,
    /// Specifies the image name. For details, see Image Attributes.
    pub name: Option<String>,
    /// This parameter is unavailable currently.
    pub checksum: Option<String>,
    /// Specifies whether the image is protected. A protected image cannot be deleted. The value can be **true** or **false**.
    pub protected: Option<bool>,
    /// Specifies the container type.
    pub container_format: Option<String>,
    /// Specifies the minimum memory size (MB) required for running the image. The parameter value depends on the ECS specifications. The default value is **0**.
    ///
    /// Default: `0`.
    pub min_ram: Option<i64>,
    /// Specifies the maximum memory (MB) of the image. The parameter value depends on the ECS specifications and is not configured by default.
    pub max_ram: Option<String>,
    /// Specifies the time when the image was updated. The value is in UTC format.
    pub updated_at: Option<String>,
    /// Specifies the OS architecture, 32 bit or 64 bit. Wire name: `__os_bit`.
    #[serde(rename = "__os_bit")]
    pub os_bit: Option<String>,
    /// Specifies the OS version. Wire name: `__os_version`.
    #[serde(rename = "__os_version")]
    pub os_version: Option<String>,
    /// Provides supplementary information about the image. For detailed description, see Image Attributes. Wire name: `__description`.
    #[serde(rename = "__description")]
    pub description: Option<String>,
    /// Specifies the image format. The value can be **zvhd2**, **vhd**, **zvhd**, **raw**, or **qcow2**. The default value is **zvhd2**. Default: `zvhd2`.
    pub disk_format: Option<ImageDataDescriptionOfTheImagesFieldDiskFormat>,
    /// Specifies whether the image has been registered. The value can be **true** or **false**. Wire name: `__isregistered`.
    #[serde(rename = "__isregistered")]
    pub isregistered: Option<ImageDataDescriptionOfTheImagesFieldIsregistered>,
    /// Specifies the image platform type. The value can be **Windows**, **Ubuntu**, **Red Hat**, **SUSE**, **CentOS**, **Debian**, **OpenSUSE**, **Oracle Linux**, **Fedora**, **Other**, **CoreOS**, or **EulerOS**.
    ///
    /// Wire name: `__platform`.
    #[serde(rename = "__platform")]
    pub platform: Option<ImageDataDescriptionOfTheImagesFieldPlatform>,
    /// Specifies the OS type. The value can be **Linux**, **Windows**, or **Other**. Wire name: `__os_type`.
    #[serde(rename = "__os_type")]
    pub os_type: Option<ImageDataDescriptionOfTheImagesFieldOsType>,
    /// Specifies the ID of the key used to encrypt the image. Wire name: `__system__cmkid`.
    #[serde(rename = "__system__cmkid")]
    pub system_cmkid: Option<String>,
    /// Specifies the minimum disk space (GB) required for running the image. The value ranges from 1 GB to 1,024 GB.
    pub min_disk: Option<i64>,
    /// Specifies the environment where the image is used. The value can be **FusionCompute**, **Ironic**, **DataImage**, or **IsoImage**.
    ///
    /// - For an ECS image (system disk image), the value is **FusionCompute**.
    /// - For a data disk image, the value is **DataImage**.
    /// - For a BMS image, the value is **Ironic**.
    /// - For an ISO image, the value is **IsoImage**.
    pub virtual_env_type: Option<ImageDataDescriptionOfTheImagesFieldVirtualEnvType>,
    /// Specifies the backend storage of the image. Only UDS is supported currently. Wire name: `__image_source_type`.
    #[serde(rename = "__image_source_type")]
    pub image_source_type: Option<String>,
    /// Specifies the image type. The following types are supported:
    ///
    /// - Public image: The value is **gold**.
    /// - Private image: The value is **private**.
    /// - Shared image: The value is **shared**.
    ///
    /// Wire name: `__imagetype`.
    #[serde(rename = "__imagetype")]
    pub imagetype: Option<String>,
    /// Specifies the time when the image was created. The value is in UTC format.
    pub created_at: Option<String>,
    /// This parameter is unavailable currently.
    pub virtual_size: Option<i64>,
    /// Specifies the parent image ID.
    /// If the image is a public image or created from an image file, this value is left empty.
    ///
    /// Wire name: `__originalimagename`.
    #[serde(rename = "__originalimagename")]
    pub originalimagename: Option<String>,
    /// Specifies the backup ID. If the image is created from a backup, set the value to the backup ID. Otherwise, this parameter is not required.
    ///
    /// Wire name: `__backup_id`.
    #[serde(rename = "__backup_id")]
    pub backup_id: Option<String>,
    /// Specifies the size (bytes) of the image file. The value must be greater than **0**. Wire name: `__image_size`.
    #[serde(rename = "__image_size")]
    pub image_size: Option<String>,
    /// Specifies the image source.
    /// If the image is a public image, this parameter is left empty.
    ///
    /// Wire name: `__data_origin`.
    #[serde(rename = "__data_origin")]
    pub data_origin: Option<String>,
    /// Specifies that the image is created from an external image file. Value: **file**. Wire name: `__root_origin`.
    #[serde(rename = "__root_origin")]
    pub root_origin: Option<String>,
    /// Specifies whether the image supports lazy loading. The value can be **true**, **false**, **True**, or **False**. Wire name: `__lazyloading`.
    #[serde(rename = "__lazyloading")]
    pub lazyloading: Option<ImageDataDescriptionOfTheImagesFieldLazyloading>,
    /// Specifies the time when the image status became **active**.
    pub active_at: Option<String>,
    /// Specifies additional attributes of the image. The value is a list (in JSON format) of advanced features supported by the image. Wire name: `__os_feature_list`.
    #[serde(rename = "__os_feature_list")]
    pub os_feature_list: Option<String>,
    /// Specifies the charging identifier for the image. Wire name: `__account_code`.
    #[serde(rename = "__account_code")]
    pub account_code: Option<String>,
    /// Specifies the ECS boot mode. The following values are supported:
    ///
    /// - **bios** indicates the BIOS boot mode. This value will be used by fault if this parameter does not exist in the response.
    /// - **uefi** indicates the UEFI boot mode.
    pub hw_firmware_type: Option<String>,
    /// Specifies whether the image supports NIC multi-queue. The value can be **true** or **false**.
    pub hw_vif_multiqueue_enabled: Option<
        ImageDataDescriptionOfTheImagesFieldIsregistered,
    >,
    /// Specifies whether the image supports KVM. If yes, the value is **true**. Otherwise, this parameter is not required. Wire name: `__support_kvm`.
    #[serde(rename = "__support_kvm")]
    pub support_kvm: Option<String>,
    /// Specifies whether the image supports Xen. If yes, the value is **true**. Otherwise, this parameter is not required. Wire name: `__support_xen`.
    #[serde(rename = "__support_xen")]
    pub support_xen: Option<String>,
    /// Specifies whether the image can be used to create large-memory ECSs. If the image supports large-memory ECSs, the value is **true**. Otherwise, this parameter is not required.
    /// For the supported OSs, see Table 4.
    ///
    /// Wire name: `__support_largememory`.
    #[serde(rename = "__support_largememory")]
    pub support_largememory: Option<String>,
    /// Specifies whether the image can be used to create disk-intensive ECSs. If the image supports disk-intensive ECSs, the value is **true**. Otherwise, this parameter is not required.
    ///
    /// Wire name: `__support_diskintensive`.
    #[serde(rename = "__support_diskintensive")]
    pub support_diskintensive: Option<String>,
    /// Specifies whether the image can be used to create high-performance ECSs. If the image supports high-performance ECSs, the value is **true**. Otherwise, this parameter is not required.
    ///
    /// Wire name: `__support_highperformance`.
    #[serde(rename = "__support_highperformance")]
    pub support_highperformance: Option<String>,
    /// Specifies whether the image supports GPU-accelerated ECSs on the Xen platform. See Table 2 for its value. If the image does not support GPU-accelerated ECSs on the Xen platform, this parameter is not required. This attribute cannot co-exist with **\_\_support\_xen** and **\_\_support\_kvm**.
    ///
    /// Wire name: `__support_xen_gpu_type`.
    #[serde(rename = "__support_xen_gpu_type")]
    pub support_xen_gpu_type: Option<String>,
    /// Specifies whether the image supports GPU-accelerated ECSs on the KVM platform. See Table 3 for its value.
    /// If the image does not support GPU-accelerated ECSs on the KVM platform, this parameter is not required. This attribute cannot co-exist with **\_\_support\_xen** and **\_\_support\_kvm**.
    ///
    /// Wire name: `__support_kvm_gpu_type`.
    #[serde(rename = "__support_kvm_gpu_type")]
    pub support_kvm_gpu_type: Option<String>,
    /// Specifies whether the image supports HANA ECSs on the Xen platform. If yes, the value is **true**. Otherwise, this parameter is not required.
    /// This attribute cannot co-exist with **\_\_support\_xen** and **\_\_support\_kvm**.
    ///
    /// Wire name: `__support_xen_hana`.
    #[serde(rename = "__support_xen_hana")]
    pub support_xen_hana: Option<String>,
    /// Specifies whether the image supports ECSs with InfiniBand NICs on the KVM platform. If yes, the value is **true**. Otherwise, this parameter is not required.
    /// This attribute cannot co-exist with **\_\_support\_xen**.
    ///
    /// Wire name: `__support_kvm_infiniband`.
    #[serde(rename = "__support_kvm_infiniband")]
    pub support_kvm_infiniband: Option<String>,
    /// Specifies the enterprise project that the image belongs to.
    ///
    /// - If the value is **0** or left blank, the image belongs to the default enterprise project.
    /// - If the value is a UUID, the image belongs to the enterprise project corresponding to the UUID.
    /// - For more information about enterprise projects, see *Enterprise Management User Guide*.
    pub enterprise_project_id: Option<String>,
    /// Specifies the ECS system disk slot number of the image.
    /// This parameter is unavailable currently.
    ///
    /// Wire name: `__sequence_num`.
    #[serde(rename = "__sequence_num")]
    pub sequence_num: Option<String>,
    /// Specifies whether the image supports password/private key injection using Cloud-Init.
    /// If the value is set to **true**, the injection is not supported. Otherwise, it is supported.
    /// This parameter is valid only for ECS system disk images.
    ///
    /// Wire name: `__support_fc_inject`.
    #[serde(rename = "__support_fc_inject")]
    pub support_fc_inject: Option<String>,
    /// Specifies whether the image uses AMD's x86 architecture. The value can be **true** or **false**. Wire name: `__support_amd`.
    #[serde(rename = "__support_amd")]
    pub support_amd: Option<ImageDataDescriptionOfTheImagesFieldIsregistered>,
    /// Specifies whether SR-IOV is supported. If it is, the value is **true**. Otherwise, this parameter is not required. Wire name: `__support_kvm_hi1822_hisriov`.
    #[serde(rename = "__support_kvm_hi1822_hisriov")]
    pub support_kvm_hi1822_hisriov: Option<String>,
    /// Specifies whether Virtio-Net is supported. If it is, the value is **true**. Otherwise, this parameter is not required.
    ///
    /// Wire name: `__support_kvm_hi1822_hivirtionet`.
    #[serde(rename = "__support_kvm_hi1822_hivirtionet")]
    pub support_kvm_hi1822_hivirtionet: Option<String>,
}
/// Request parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AddImageTagRequest {
    /// Specifies the tag to be added or updated. For details, see Table 2.
    pub tag: ImageTagDataDescriptionOfTheTagField,
}
/// Data structure description of the tag field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ImageTagDataDescriptionOfTheTagField {
    /// Specifies the tag key. The tag key cannot be left blank.
    pub key: String,
    /// Specifies the tag value.
    pub value: String,
}
crate::support::setters!(
    @ model ImageTagDataDescriptionOfTheTagField new(key : String, value : String) {}
);
/// Request parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AddBatchOrDeleteImageTagsRequest {
    /// Lists the tags to be added or deleted. For details, see Table 2.
    pub tags: Vec<OrDeleteImageTagDataDescriptionOfTheTagsField>,
    /// Specifies the tag operation to be performed. The value is case sensitive and can be **create** or **delete**. **create** indicates that tags will be added or updated, while **delete** indicates that tags will be deleted.
    pub action: String,
}
/// Data structure description of the tags field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct OrDeleteImageTagDataDescriptionOfTheTagsField {
    /// Specifies the tag key. The tag key cannot be left blank.
    pub key: String,
    /// Specifies the tag value.
    pub value: String,
}
crate::support::setters!(
    @ model OrDeleteImageTagDataDescriptionOfTheTagsField new(key : String, value :
    String) {}
);
/// Response parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListImageTagsResponse {
    /// Lists tags. For details, see Table 2.
    pub tags: Option<Vec<ImageTagDataDescriptionOfTheTagsField>>,
}
/// Data structure description of the tags field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ImageTagDataDescriptionOfTheTagsField {
    /// Specifies the tag key.
    pub key: Option<String>,
    /// Lists the tag values. If a tag contains the key only, tag values will be empty character strings.
    pub values: Option<Vec<String>>,
}
/// Request parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListImagesByTagRequest {
    /// Identifies the operation. This parameter is case sensitive and its value can be **filter** or **count**.
    ///
    /// - The value **filter** indicates pagination query.
    /// - The value **count** indicates that the total number of query results meeting the search criteria will be returned.
    pub action: String,
    /// Includes all specified tags. A maximum of 10 tag keys are allowed for each query operation. Each tag key can contain a maximum of 10 tag values. Both tag keys and values must be unique. The tag keys cannot be left blank.
    /// For details, see Table 2.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<ImagesByTagDataDescriptionOfTheTagsField>>,
    /// Includes any of specified tags. A maximum of 10 tag keys are allowed for each query operation. Each tag key can contain a maximum of 10 tag values. Both tag keys and values must be unique. The tag keys cannot be left blank and set to an empty string.
    /// For details, see Table 3.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tags_any: Option<Vec<ImagesByTagDataDescriptionOfTheTagsAnyField>>,
    /// Excludes all specified tags. A maximum of 10 tag keys are allowed for each query operation. Each tag key can contain a maximum of 10 tag values. Both tag keys and values must be unique. The tag keys cannot be left blank.
    /// For details, see Table 4.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub not_tags: Option<Vec<ImagesByTagDataDescriptionOfTheNotTagsField>>,
    /// Excludes any of specified tags. A maximum of 10 tag keys are allowed for each query operation. Each tag key can contain a maximum of 10 tag values. Both tag keys and values must be unique. The tag keys cannot be left blank.
    /// For details, see Table 5.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub not_tags_any: Option<Vec<ImagesByTagDataDescriptionOfTheNotTagsAnyField>>,
    /// If this parameter is set to **true**, all resources without tags are queried. In this case, the **tag**, **not\_tags**, **tags\_any**, and **not\_tags\_any** fields are ignored.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub without_any_tag: Option<bool>,
    /// Specifies the maximum number of query records. This parameter is invalid when **action** is set to **count**. If **action** is set to **filter**, the parameter **limit** takes effect and its default value is **10**. The value of **limit** ranges from 1 to 1000.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<String>,
    /// Specifies the index position. The query starts from the next image indexed by this parameter. This parameter is not required when data on the first page is queried, and it is invalid when **action** is set to **count**. If **action** is set to **filter**, the default value of **offset** is **0**. The value of **offset** cannot be a negative number.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub offset: Option<String>,
    /// Specifies the search criteria. The tag key is the field to match, for example, **resource\_name** or **resource\_id**. **value** indicates the matched value. Keys in this list must be unique. The parameter cannot be left blank and may not be transferred.
    /// For details, see Table 6.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub matches: Option<Vec<ImagesByTagDataDescriptionOfTheMatchesField>>,
}
/// Data structure description of the tags field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ImagesByTagDataDescriptionOfTheTagsField {
    /// Specifies the tag key. A tag key contains a maximum of 128 Unicode characters and cannot be left blank.
    pub key: String,
    /// Lists the tag values. Each value can contain a maximum of 255 Unicode characters. If this parameter is left blank, any value is matched. If multiple values are listed, images that have any of the values will be returned.
    pub values: Vec<String>,
}
crate::support::setters!(
    @ model ImagesByTagDataDescriptionOfTheTagsField new(key : String, values : Vec <
    String >) {}
);
/// Data structure description of the tags\_any field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ImagesByTagDataDescriptionOfTheTagsAnyField {
    /// Specifies the tag key. A tag key contains a maximum of 128 Unicode characters and cannot be left blank.
    pub key: String,
    /// Lists the tag values. Each value can contain a maximum of 255 Unicode characters. If this parameter is left blank, any value is matched. If multiple values are listed, images that have any of the values will be returned.
    pub values: Vec<String>,
}
crate::support::setters!(
    @ model ImagesByTagDataDescriptionOfTheTagsAnyField new(key : String, values : Vec <
    String >) {}
);
/// Data structure description of the not\_tags field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ImagesByTagDataDescriptionOfTheNotTagsField {
    /// Specifies the tag key. A tag key contains a maximum of 128 Unicode characters and cannot be left blank.
    pub key: String,
    /// Lists the tag values. Each value can contain a maximum of 255 Unicode characters. If this parameter is left blank, any value is matched. If multiple values are listed, images that have any of the values will be returned.
    pub values: Vec<String>,
}
crate::support::setters!(
    @ model ImagesByTagDataDescriptionOfTheNotTagsField new(key : String, values : Vec <
    String >) {}
);
/// Data structure description of the not\_tags\_any field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ImagesByTagDataDescriptionOfTheNotTagsAnyField {
    /// Specifies the tag key. A tag key contains a maximum of 128 Unicode characters and cannot be left blank.
    pub key: String,
    /// Lists the tag values. Each value can contain a maximum of 255 Unicode characters. If this parameter is left blank, any value is matched. When multiple values are specified and the key requirements are met, images that have any of the specified values are queried.
    pub values: Vec<String>,
}
crate::support::setters!(
    @ model ImagesByTagDataDescriptionOfTheNotTagsAnyField new(key : String, values : Vec
    < String >) {}
);
crate::support::open_enum!(
    #[doc =
    " Specifies the tag key, that is, the field based on which images will be queried."]
    #[doc = " Constraints:"] #[doc =
    " For the tag key **resource\\_name**, if the tag value is empty, exact query will be performed by image name. Otherwise, fuzzy query will be performed. If the tag key is **resource\\_id**, exact query will be performed by image ID."]
    #[doc = " The value can be:"] #[doc = " **resource\\_name**: image name"] #[doc =
    " **resource\\_id**: image ID"] ImagesByTagDataDescriptionOfTheMatchesFieldKey {
    ResourceName = "resource_name", ResourceId = "resource_id" }
);
/// Data structure description of the matches field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ImagesByTagDataDescriptionOfTheMatchesField {
    /// Specifies the tag key, that is, the field based on which images will be queried.
    /// Constraints:
    /// For the tag key **resource\_name**, if the tag value is empty, exact query will be performed by image name. Otherwise, fuzzy query will be performed. If the tag key is **resource\_id**, exact query will be performed by image ID.
    /// The value can be:
    /// **resource\_name**: image name
    /// **resource\_id**: image ID
    pub key: ImagesByTagDataDescriptionOfTheMatchesFieldKey,
    /// Specifies the tag value. It cannot be left blank. Each value can contain a maximum of 255 Unicode characters.
    pub value: String,
}
crate::support::setters!(
    @ model ImagesByTagDataDescriptionOfTheMatchesField new(key :
    ImagesByTagDataDescriptionOfTheMatchesFieldKey, value : String) {}
);
/// Response parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListImagesByTagResponse {
    /// Lists the images.
    pub resources: Option<Vec<ImagesByTagDataDescriptionOfTheResourceField>>,
    /// Specifies the total number of query records.
    pub total_count: Option<i64>,
}
/// Data structure description of the resource field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ImagesByTagDataDescriptionOfTheResourceField {
    /// Specifies the image ID.
    pub resource_id: Option<String>,
    /// Provides image details.
    pub resource_detail: Option<ImagesByTagResourceDetailObject>,
    /// Lists the image tags.
    pub tags: Option<Vec<ImagesByTagDataDescriptionOfTheResourceTagField>>,
    /// Specifies the image name.
    pub resource_name: Option<String>,
}
crate::support::open_enum!(
    #[doc = " Specifies the image status."] #[doc = " The value can be:"] #[doc = ""]
    #[doc =
    " - **queued**: The image metadata has already been created, and it is ready to upload the image file."]
    #[doc = " - **saving**: The image file is being uploaded to the backend storage."]
    #[doc = " - **deleted**: The image has been deleted."] #[doc =
    " - **killed**: An error occurs on the image uploading."] #[doc =
    " - **active**: The image is available for use."]
    ImagesByTagResourceDetailObjectStatus { Queued = "queued", Saving = "saving", Deleted
    = "deleted", Killed = "killed", Active = "active" }
);
/// ResourceDetail object
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ImagesByTagResourceDetailObject {
    /// Specifies the image status.
    /// The value can be:
    ///
    /// - **queued**: The image metadata has already been created, and it is ready to upload the image file.
    /// - **saving**: The image file is being uploaded to the backend storage.
    /// - **deleted**: The image has been deleted.
    /// - **killed**: An error occurs on the image uploading.
    /// - **active**: The image is available for use.
    pub status: ImagesByTagResourceDetailObjectStatus,
}
/// Data structure description of the resource\_tag field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ImagesByTagDataDescriptionOfTheResourceTagField {
    /// Specifies the key of the tag.
    pub key: Option<String>,
    /// Specifies the value of the tag.
    pub value: Option<String>,
}
/// Response parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListImageTagsResponse2 {
    /// Lists the returned tags. For details, see Table 2.
    pub tags: Option<Vec<ListImageTagsDataDescriptionOfTheTagsField>>,
}
/// Data structure description of the tags field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListImageTagsDataDescriptionOfTheTagsField {
    /// Specifies the tag key.
    pub key: Option<String>,
    /// Specifies the tag value.
    pub value: Option<String>,
}
crate::support::open_enum!(
    #[doc =
    " Specifies the image format. The value can be **zvhd2**, **vhd**, **raw**, or **qcow2**. The default value is **zvhd2**."]
    CreateImageMetadataRequestDiskFormat { Zvhd2 = "zvhd2", Vhd = "vhd", Raw = "raw",
    Qcow2 = "qcow2" }
);
/// Request parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CreateImageMetadataRequest {
    /// Specifies the image OS version. For the value range, see Values of Related Parameters.
    /// If this parameter is not specified, the value **Other Linux(64 bit)** will be used. In that case, the ECS creation using this image may fail, and the ECS created using this image may fail to run properly.
    ///
    /// Wire name: `__os_version`.
    #[serde(rename = "__os_version", skip_serializing_if = "Option::is_none")]
    pub os_version: Option<String>,
    /// Specifies whether the image is available to other tenants.
    /// The default value is **private**. When creating image metadata, the value of **visibility** can be set to **private** only.
    ///
    /// Default: `private`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub visibility: Option<String>,
    /// Specifies the image name. If this parameter is not specified, its value is empty by default. In that case, ECS creation using this image will fail. The name contains 1 to 255 characters. For detailed description, see Image Attributes. This parameter is left blank by default.
    ///
    /// Length 1 to 255.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Specifies whether the image is protected. A protected image cannot be deleted. The default value is **false**. Default: `false`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub protected: Option<bool>,
    /// Specifies the container format.
    /// The default value is **bare**.
    ///
    /// Default: `bare`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub container_format: Option<String>,
    /// Specifies the image format. The value can be **zvhd2**, **vhd**, **raw**, or **qcow2**. The default value is **zvhd2**. Default: `zvhd2`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub disk_format: Option<CreateImageMetadataRequestDiskFormat>,
    /// Lists the image tags. The length is limited to 1 to 255 characters. By default, an image has no tags.
    /// The tag is a key-value pair. Example:
    /// "tagkey=tagvalue"
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<String>>,
    /// Specifies the minimum memory size (MB) required for running the image. The parameter value depends on ECS specifications. The default value is **0**.
    ///
    /// Default: `0`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub min_ram: Option<i64>,
    /// Specifies the minimum disk space (GB) required for running the image. The value ranges from 1 GB to 1,024 GB.
    /// The value of this parameter must be greater than the image system disk capacity. Otherwise, the ECS creation may fail.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub min_disk: Option<i64>,
}
crate::support::open_enum!(
    #[doc =
    " Specifies the image OS type. The value of this parameter depends on that of **\\_\\_os\\_version**. The value can be **Windows**, **Linux**, or **other**."]
    CreateImageMetadataResponseOsType { Windows = "Windows", Linux = "Linux", Other =
    "other" }
);
crate::support::open_enum!(
    #[doc =
    " Specifies the OS bit. The value of this parameter depends on that of **\\_\\_os\\_version**. The value can be **32** or **64**."]
    CreateImageMetadataResponseOsBit { N32 = "32", N64 = "64" }
);
/// Response parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CreateImageMetadataResponse {
    /// Specifies whether the image is available to other tenants. The value is **private**.
    pub visibility: Option<String>,
    /// Specifies the image name. If this parameter is not specified, its value is empty by default. In that case, ECS creation using this image will fail. The name contains 1 to 128 characters. For detailed description, see Image Attributes.
    ///
    /// Length 1 to 128.
    pub name: Option<String>,
    /// Specifies whether the image is protected. A protected image cannot be deleted. The value is **false**.
    pub protected: Option<bool>,
    /// Specifies the container format.
    /// The value is **bare**.
    pub container_format: Option<String>,
    /// Specifies the image format. The value can be **zvhd2**, **vhd**, **raw**, or **qcow2**. The default value is **zvhd2**. Default: `zvhd2`.
    pub disk_format: Option<CreateImageMetadataRequestDiskFormat>,
    /// Lists the image tags. The length is limited to 1 to 255 characters.
    pub tags: Option<Vec<String>>,
    /// Specifies the minimum memory size (MB) required for running the image. The parameter value depends on the ECS specifications limit. The value is generally set to **0**.
    pub min_ram: Option<i64>,
    /// Specifies the minimum disk space (GB) required for running the image. It must be greater than the system disk capacity in the image. Otherwise, the ECS creation will fail. The value ranges from 1 GB to 1,024 GB.
    pub min_disk: Option<i64>,
    /// Specifies the image status. The value can be one of the following:
    ///
    /// - **queued**: indicates that the image metadata has already been created, and it is ready for the image file to upload.
    /// - **saving**: indicates that the image file is being uploaded to the backend storage.
    /// - **deleted**: indicates that the image has been deleted.
    /// - **killed**: indicates that an error occurs on the image uploading.
    /// - **active**: indicates that the image is available for use.
    pub status: Option<String>,
    /// Specifies the time when the image was created. The value is in UTC format.
    pub created_at: Option<String>,
    /// Specifies the time when the image was updated. The value is in UTC format.
    pub updated_at: Option<String>,
    /// Specifies the image URL. Wire name: `self`.
    #[serde(rename = "self")]
    pub self_: Option<String>,
    /// Specifies the image ID. After the image creation API is called, the image ID must be saved. The image ID is used to invoke the image uploading API and upload the image.
    pub id: Option<String>,
    /// Specifies the URL for uploading and downloading the image file.
    pub file: Option<String>,
    /// Specifies the URL for accessing the schema.
    pub schema: Option<String>,
    /// Specifies the image backend storage type. Only UDS is supported currently. Wire name: `__image_source_type`.
    #[serde(rename = "__image_source_type")]
    pub image_source_type: Option<String>,
    /// Specifies the image size. The unit is byte. Wire name: `__image_size`.
    #[serde(rename = "__image_size")]
    pub image_size: Option<String>,
    /// Specifies whether the image is registered. Only registered images can be queried on the portal. The value is **true**. Wire name: `__isregistered`.
    #[serde(rename = "__isregistered")]
    pub isregistered: Option<String>,
    /// Specifies the image OS version. For the value range, see Values of Related Parameters. Wire name: `__os_version`.
    #[serde(rename = "__os_version")]
    pub os_version: Option<String>,
    /// Specifies the image OS type. The value of this parameter depends on that of **\_\_os\_version**. The value can be **Windows**, **Linux**, or **other**.
    ///
    /// Wire name: `__os_type`.
    #[serde(rename = "__os_type")]
    pub os_type: Option<CreateImageMetadataResponseOsType>,
    /// Specifies the OS platform supported by the image. The value of this parameter depends on that of **\_\_os\_version**. Wire name: `__platform`.
    #[serde(rename = "__platform")]
    pub platform: Option<String>,
    /// Specifies the OS bit. The value of this parameter depends on that of **\_\_os\_version**. The value can be **32** or **64**. Wire name: `__os_bit`.
    #[serde(rename = "__os_bit")]
    pub os_bit: Option<CreateImageMetadataResponseOsBit>,
    /// Specifies the image type. **private** indicates a private image. Wire name: `__imagetype`.
    #[serde(rename = "__imagetype")]
    pub imagetype: Option<String>,
    /// Specifies the platform type.
    /// Specifies the environment where the image is used. The value can be **FusionCompute**, **Ironic**, **DataImage**, or **IsoImage**.
    ///
    /// - For an ECS image, the value is **FusionCompute**.
    /// - For an ECS data disk image, the value is **DataImage**.
    /// - For a BMS image, the value is **Ironic**.
    /// - For an ISO image, the value is **IsoImage**.
    pub virtual_env_type: Option<ImageDataDescriptionOfTheImagesFieldVirtualEnvType>,
    /// Specifies the ID of the project to which the image belongs.
    pub owner: Option<String>,
    /// Specifies that the image is created from an external image file. Value: **file**. Wire name: `__root_origin`.
    #[serde(rename = "__root_origin")]
    pub root_origin: Option<String>,
    /// Specifies the MD5 value of the image file.
    pub checksum: Option<String>,
    /// This parameter is unavailable currently.
    pub size: Option<i64>,
    /// Specifies the virtual size of the image. The unit is byte.
    pub virtual_size: Option<i64>,
    /// Specifies a collection of image attributes instead of a specified attribute.
    pub properties: Option<serde_json::Value>,
}
/// v2.1 request message body
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct UpdateImageRequest2 {
    /// For details, see Table 3. Wire name: `*[Array]*`.
    #[serde(rename = "*[Array]*")]
    pub array: Vec<UpdateImageDataDescriptionOfTheArrayField>,
}
crate::support::open_enum!(
    #[doc =
    " Indicates the type of the update operation, including replacing, adding, and deleting an attribute."]
    #[doc = " The value can be **replace**, **add**, or **remove**."]
    UpdateImageDataDescriptionOfTheArrayFieldOp { Replace = "replace", Add = "add",
    Remove = "remove" }
);
/// Data structure description of the \[Array\] field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct UpdateImageDataDescriptionOfTheArrayField {
    /// Indicates the type of the update operation, including replacing, adding, and deleting an attribute.
    /// The value can be **replace**, **add**, or **remove**.
    pub op: UpdateImageDataDescriptionOfTheArrayFieldOp,
    /// Indicates the name of the target attribute.
    /// For **replace** and **remove**, the value can only be an existing attribute of the image. For **add**, the value can be an existing or a new attribute. If the value is an existing attribute, **add** takes the same effect as **replace**. If the value is a new attribute, the **add** operation is performed. Add a slash (/) before the attribute name.
    pub path: String,
    /// Indicates the value of the attribute to be updated or added.
    /// Mandatory for **replace** and **add**, and not for **remove**
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
}
crate::support::setters!(
    @ model UpdateImageDataDescriptionOfTheArrayField new(op :
    UpdateImageDataDescriptionOfTheArrayFieldOp, path : String) { value : String }
);
crate::support::open_enum!(
    #[doc =
    " Specifies whether the image is available to other tenants. The value can be:"]
    #[doc = ""] #[doc = " - **private**: private image"] #[doc =
    " - **public**: public image"] #[doc = " - **shared**: shared image"]
    UpdateImageResponse2Visibility { Private = "private", Public = "public", Shared =
    "shared" }
);
/// Response parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct UpdateImageResponse2 {
    /// Specifies the URL for uploading and downloading the image file.
    pub file: Option<String>,
    /// Specifies the tenant to which the image belongs.
    pub owner: Option<String>,
    /// Specifies the image ID.
    pub id: Option<String>,
    /// This parameter is unavailable currently.
    pub size: Option<i64>,
    /// Specifies the image URL. Wire name: `self`.
    #[serde(rename = "self")]
    pub self_: Option<String>,
    /// Specifies the image schema.
    pub schema: Option<String>,
    /// Specifies the image status. The value can be:
    ///
    /// - **queued**: indicates that the image metadata has already been created, and it is ready for the image file to upload.
    /// - **saving**: indicates that the image file is being uploaded to the backend storage.
    /// - **deleted**: indicates that the image has been deleted.
    /// - **killed**: indicates that an error occurs on the image uploading.
    /// - **active**: indicates that the image is available for use.
    pub status: Option<ImagesByTagResourceDetailObjectStatus>,
    /// Specifies tags of the image, through which you can manage private images in your own way. You can use the image tag API to add different tags to each image and filter images by tag.
    pub tags: Option<Vec<String>>,
    /// Specifies whether the image is available to other tenants. The value can be:
    ///
    /// - **private**: private image
    /// - **public**: public image
    /// - **shared**: shared image
    pub visibility: Option<UpdateImageResponse2Visibility>,
    /// Specifies the image name. For detailed description, see Image Attributes.
    pub name: Option<String>,
    /// This parameter is unavailable currently.
    pub checksum: Option<String>,
    /// Specifies whether the image is protected. A protected image cannot be deleted. The value can be **true** or **false**.
    pub protected: Option<bool>,
    /// Specifies the container type.
    pub container_format: Option<String>,
    /// Specifies the minimum memory size (MB) required for running the image. The parameter value depends on the ECS specifications. The default value is **0**.
    ///
    /// Default: `0`.
    pub min_ram: Option<i64>,
    /// Specifies the maximum memory (MB) of the image. The parameter value depends on the ECS specifications and is not configured by default.
    pub max_ram: Option<String>,
    /// Specifies the time when the image was updated. The value is in UTC format.
    pub updated_at: Option<String>,
    /// Specifies the OS architecture, 32 bit or 64 bit. Wire name: `__os_bit`.
    #[serde(rename = "__os_bit")]
    pub os_bit: Option<String>,
    /// Specifies the OS version. Wire name: `__os_version`.
    #[serde(rename = "__os_version")]
    pub os_version: Option<String>,
    /// Provides supplementary information about the image. For detailed description, see Image Attributes. Wire name: `__description`.
    #[serde(rename = "__description")]
    pub description: Option<String>,
    /// Specifies the image format. The value can be **zvhd2**, **vhd**, **zvhd**, **raw**, or **qcow2**. The default value is **zvhd2**. Default: `zvhd2`.
    pub disk_format: Option<ImageDataDescriptionOfTheImagesFieldDiskFormat>,
    /// Specifies whether the image has been registered. The value can be **true** or **false**. Wire name: `__isregistered`.
    #[serde(rename = "__isregistered")]
    pub isregistered: Option<ImageDataDescriptionOfTheImagesFieldIsregistered>,
    /// Specifies the image platform type. The value can be **Windows**, **Ubuntu**, **Red Hat**, **SUSE**, **CentOS**, **Debian**, **OpenSUSE**, **Oracle Linux**, **Fedora**, **Other**, **CoreOS**, or **EulerOS**.
    ///
    /// Wire name: `__platform`.
    #[serde(rename = "__platform")]
    pub platform: Option<ImageDataDescriptionOfTheImagesFieldPlatform>,
    /// Specifies the OS type. The value can be **Linux**, **Windows**, or **Other**. Wire name: `__os_type`.
    #[serde(rename = "__os_type")]
    pub os_type: Option<ImageDataDescriptionOfTheImagesFieldOsType>,
    /// Specifies the ID of the key used to encrypt the image. Wire name: `__system__cmkid`.
    #[serde(rename = "__system__cmkid")]
    pub system_cmkid: Option<String>,
    /// Specifies the minimum disk space (GB) required for running the image. The value ranges from 1 GB to 1,024 GB.
    pub min_disk: Option<i64>,
    /// Specifies the environment where the image is used. The value can be **FusionCompute**, **Ironic**, **DataImage**, or **IsoImage**.
    ///
    /// - For an ECS image (system disk image), the value is **FusionCompute**.
    /// - For a data disk image, the value is **DataImage**.
    /// - For a BMS image, the value is **Ironic**.
    /// - For an ISO image, the value is **IsoImage**.
    pub virtual_env_type: Option<ImageDataDescriptionOfTheImagesFieldVirtualEnvType>,
    /// Specifies the backend storage of the image. Only UDS is supported currently. Wire name: `__image_source_type`.
    #[serde(rename = "__image_source_type")]
    pub image_source_type: Option<String>,
    /// Specifies the image type. The following types are supported:
    ///
    /// - Public image: The value is **gold**.
    /// - Private image: The value is **private**.
    /// - Shared image: The value is **shared**.
    ///
    /// Wire name: `__imagetype`.
    #[serde(rename = "__imagetype")]
    pub imagetype: Option<String>,
    /// Specifies the time when the image was created. The value is in UTC format.
    pub created_at: Option<String>,
    /// This parameter is unavailable currently.
    pub virtual_size: Option<i64>,
    /// Specifies the parent image ID.
    /// If the image is a public image or created from an image file, the value is left empty.
    ///
    /// Wire name: `__originalimagename`.
    #[serde(rename = "__originalimagename")]
    pub originalimagename: Option<String>,
    /// Specifies the backup ID. If the image is created from a backup, set the value to the backup ID. Otherwise, this parameter is not required.
    ///
    /// Wire name: `__backup_id`.
    #[serde(rename = "__backup_id")]
    pub backup_id: Option<String>,
    /// Specifies the size (bytes) of the image file. The value must be greater than **0**. Wire name: `__image_size`.
    #[serde(rename = "__image_size")]
    pub image_size: Option<String>,
    /// Specifies the image source.
    /// If the image is a public image, the value is left empty.
    ///
    /// Wire name: `__data_origin`.
    #[serde(rename = "__data_origin")]
    pub data_origin: Option<String>,
    /// Specifies that the image is created from an external image file. Value: **file**. Wire name: `__root_origin`.
    #[serde(rename = "__root_origin")]
    pub root_origin: Option<String>,
    /// Specifies whether the image supports lazy loading. The value can be **true**, **false**, **True**, or **False**. Wire name: `__lazyloading`.
    #[serde(rename = "__lazyloading")]
    pub lazyloading: Option<ImageDataDescriptionOfTheImagesFieldLazyloading>,
    /// Specifies the time when the image status became **active**.
    pub active_at: Option<String>,
    /// Specifies additional attributes of the image. The value is a list (in JSON format) of advanced features supported by the image. Wire name: `__os_feature_list`.
    #[serde(rename = "__os_feature_list")]
    pub os_feature_list: Option<String>,
    /// Specifies the charging identifier for the image. Wire name: `__account_code`.
    #[serde(rename = "__account_code")]
    pub account_code: Option<String>,
    /// Specifies the ECS boot mode. The value can be:
    ///
    /// - **bios** indicates the BIOS boot mode. This value will be used by fault if this parameter does not exist in the response.
    /// - **uefi** indicates the UEFI boot mode.
    pub hw_firmware_type: Option<String>,
    /// Specifies whether the image supports NIC multi-queue. The value can be **true** or **false**.
    pub hw_vif_multiqueue_enabled: Option<
        ImageDataDescriptionOfTheImagesFieldIsregistered,
    >,
    /// Specifies whether the image supports KVM. If yes, the value is **true**. Otherwise, this parameter is not required. Wire name: `__support_kvm`.
    #[serde(rename = "__support_kvm")]
    pub support_kvm: Option<String>,
    /// Specifies whether the image supports Xen. If yes, the value is **true**. Otherwise, this parameter is not required. Wire name: `__support_xen`.
    #[serde(rename = "__support_xen")]
    pub support_xen: Option<String>,
    /// Specifies whether the image can be used to create large-memory ECSs. If the image supports large-memory ECSs, the value is **true**. Otherwise, this parameter is not required.
    /// For the supported OSs, see Table 4.
    ///
    /// Wire name: `__support_largememory`.
    #[serde(rename = "__support_largememory")]
    pub support_largememory: Option<String>,
    /// Specifies whether the image can be used to create disk-intensive ECSs. If the image supports disk-intensive ECSs, the value is **true**. Otherwise, this parameter is not required.
    ///
    /// Wire name: `__support_diskintensive`.
    #[serde(rename = "__support_diskintensive")]
    pub support_diskintensive: Option<String>,
    /// Specifies whether the image can be used to create high-performance ECSs. If the image supports high-performance ECSs, the value is **true**. Otherwise, this parameter is not required.
    ///
    /// Wire name: `__support_highperformance`.
    #[serde(rename = "__support_highperformance")]
    pub support_highperformance: Option<String>,
    /// Specifies whether the image supports GPU-accelerated ECSs on the Xen platform. See Table 2 for its value. If the image does not support GPU-accelerated ECSs on the Xen platform, this parameter is not required. This parameter cannot co-exist with **\_\_support\_xen** and **\_\_support\_kvm**.
    ///
    /// Wire name: `__support_xen_gpu_type`.
    #[serde(rename = "__support_xen_gpu_type")]
    pub support_xen_gpu_type: Option<String>,
    /// Specifies whether the image supports GPU-accelerated ECSs on the KVM platform. See Table 3 for its value.
    /// If the image does not support GPU-accelerated ECSs on the KVM platform, this parameter is not required. This parameter cannot co-exist with **\_\_support\_xen** and **\_\_support\_kvm**.
    ///
    /// Wire name: `__support_kvm_gpu_type`.
    #[serde(rename = "__support_kvm_gpu_type")]
    pub support_kvm_gpu_type: Option<String>,
    /// Specifies whether the image supports HANA ECSs on the Xen platform. If yes, the value is **true**. Otherwise, this parameter is not required.
    /// This parameter cannot co-exist with **\_\_support\_xen** and **\_\_support\_kvm**.
    ///
    /// Wire name: `__support_xen_hana`.
    #[serde(rename = "__support_xen_hana")]
    pub support_xen_hana: Option<String>,
    /// Specifies whether the image supports ECSs with InfiniBand NICs on the KVM platform. If yes, the value is **true**. Otherwise, this parameter is not required.
    /// This parameter cannot co-exist with **\_\_support\_xen**.
    ///
    /// Wire name: `__support_kvm_infiniband`.
    #[serde(rename = "__support_kvm_infiniband")]
    pub support_kvm_infiniband: Option<String>,
    /// Specifies the enterprise project that the image belongs to.
    ///
    /// - If the value is **0** or left blank, the image belongs to the default enterprise project.
    /// - If the value is a UUID, the image belongs to the enterprise project corresponding to the UUID.
    /// - For more information about enterprise projects, see *Enterprise Management User Guide*.
    pub enterprise_project_id: Option<String>,
    /// Specifies the ECS system disk slot number of the image.
    /// This parameter is unavailable currently.
    ///
    /// Wire name: `__sequence_num`.
    #[serde(rename = "__sequence_num")]
    pub sequence_num: Option<String>,
    /// Specifies whether the image supports password/private key injection using Cloud-Init.
    /// If the value is set to **true**, password/private key injection using Cloud-Init is not supported.
    /// This parameter is valid only for ECS system disk images.
    ///
    /// Wire name: `__support_fc_inject`.
    #[serde(rename = "__support_fc_inject")]
    pub support_fc_inject: Option<String>,
    /// Specifies the location where the image is stored. Wire name: `__image_location`.
    #[serde(rename = "__image_location")]
    pub image_location: Option<String>,
    /// Specifies whether initial configuration is complete. The value can be **true** or **false**. Wire name: `__is_config_init`.
    #[serde(rename = "__is_config_init")]
    pub is_config_init: Option<ImageDataDescriptionOfTheImagesFieldIsregistered>,
    /// Specifies whether the image uses AMD's x86 architecture. The value can be **true** or **false**. Wire name: `__support_amd`.
    #[serde(rename = "__support_amd")]
    pub support_amd: Option<ImageDataDescriptionOfTheImagesFieldIsregistered>,
    /// Specifies the agents configured for the image.
    ///
    /// - **hss**: server security
    /// - Host Security Service (HSS) helps you identify and manage the assets on your servers, eliminate risks, and defend against intrusions and web page tampering. There are also advanced protection and security operations available to help you easily detect and handle threats.
    /// - **ces**: The host monitoring agent is configured for the image.
    /// - Monitoring is key for ensuring ECS performance, reliability, and availability. Using monitored data, you can determine ECS resource utilization. The cloud platform provides Cloud Eye to help you obtain the running statuses of your ECSs. You can use Cloud Eye to automatically monitor ECSs in real time and manage alarms and notifications to keep track of ECS performance metrics. Example: "\_\_support\_agent\_list": "hss,ces"
    /// - If the response does not contain this field, the HSS or host monitoring agents are not configured for the image.
    /// - HSS has not been available on the cloud platform. So, you only need to focus on the value **ces**.
    ///
    /// Wire name: `__support_agent_list`.
    #[serde(rename = "__support_agent_list")]
    pub support_agent_list: Option<String>,
}
/// Response parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListImageDetailsResponse {
    /// Specifies the URL for uploading and downloading the image file.
    pub file: Option<String>,
    /// Specifies the tenant to which the image belongs.
    pub owner: Option<String>,
    /// Specifies the image ID.
    pub id: Option<String>,
    /// This parameter is unavailable currently.
    pub size: Option<i64>,
    /// Specifies the image URL. Wire name: `self`.
    #[serde(rename = "self")]
    pub self_: Option<String>,
    /// Specifies the image schema.
    pub schema: Option<String>,
    /// Specifies the image status. The value can be one of the following:
    ///
    /// - **queued**: indicates that the image metadata has already been created, and it is ready for the image file to upload.
    /// - **saving**: indicates that the image file is being uploaded to the backend storage.
    /// - **deleted**: indicates that the image has been deleted.
    /// - **killed**: indicates that an error occurs on the image uploading.
    /// - **active**: indicates that the image is available for use.
    pub status: Option<String>,
    /// Specifies tags of the image, through which you can manage private images in your own way. You can use the image tag API to add different tags to each image and filter images by tag.
    pub tags: Option<Vec<String>>,
    /// Specifies whether the image is available to other tenants. Available values include:
    ///
    /// - **private**: private image
    /// - **public**: public image
    /// - **shared**: shared image
    pub visibility: Option<String>,
    /// Specifies the image name. For detailed description, see Image Attributes.
    pub name: Option<String>,
    /// This parameter is unavailable currently.
    pub checksum: Option<String>,
    /// Specifies whether the image is protected. A protected image cannot be deleted. The value can be **true** or **false**.
    pub protected: Option<bool>,
    /// Specifies the container type.
    pub container_format: Option<String>,
    /// Specifies the minimum memory size (MB) required for running the image. The parameter value depends on the ECS specifications. Generally, the value is **0**.
    pub min_ram: Option<i64>,
    /// Specifies the maximum memory (MB) of the image. You can set this parameter based on the ECS specifications. Generally, you do not need to set this parameter.
    pub max_ram: Option<String>,
    /// Specifies the time when the image was updated. The value is in UTC format.
    pub updated_at: Option<String>,
    /// Specifies the OS architecture, 32 bit or 64 bit. Wire name: `__os_bit`.
    #[serde(rename = "__os_bit")]
    pub os_bit: Option<String>,
    /// Specifies the OS version. Wire name: `__os_version`.
    #[serde(rename = "__os_version")]
    pub os_version: Option<String>,
    /// Specifies the image description. For detailed description, see Image Attributes. Wire name: `__description`.
    #[serde(rename = "__description")]
    pub description: Option<String>,
    /// Specifies the image format. The value can be **zvhd2**, **vhd**, **zvhd**, **raw**, or **qcow2**. The default value is **zvhd2**. Default: `zvhd2`.
    pub disk_format: Option<ImageDataDescriptionOfTheImagesFieldDiskFormat>,
    /// Specifies whether the image has been registered. The value can be **true** or **false**. Wire name: `__isregistered`.
    #[serde(rename = "__isregistered")]
    pub isregistered: Option<ImageDataDescriptionOfTheImagesFieldIsregistered>,
    /// Specifies the image platform type. The value can be **Windows**, **Ubuntu**, **Red Hat**, **SUSE**, **CentOS**, **Debian**, **OpenSUSE**, **Oracle Linux**, **Fedora**, **Other**, **CoreOS**, or **EulerOS**.
    ///
    /// Wire name: `__platform`.
    #[serde(rename = "__platform")]
    pub platform: Option<ImageDataDescriptionOfTheImagesFieldPlatform>,
    /// Specifies the OS type. The value can be **Linux**, **Windows**, or **Other**. Wire name: `__os_type`.
    #[serde(rename = "__os_type")]
    pub os_type: Option<ImageDataDescriptionOfTheImagesFieldOsType>,
    /// Specifies the ID of the key used to encrypt the image. Wire name: `__system__cmkid`.
    #[serde(rename = "__system__cmkid")]
    pub system_cmkid: Option<String>,
    /// Specifies the minimum disk space (GB) required for running the image. The value ranges from 1 GB to 1,024 GB.
    pub min_disk: Option<i64>,
    /// Specifies the environment where the image is used. The value can be **FusionCompute**, **Ironic**, **DataImage**, or **IsoImage**.
    ///
    /// - For an ECS image (system disk image), the value is **FusionCompute**.
    /// - For a data disk image, the value is **DataImage**.
    /// - For a BMS image, the value is **Ironic**.
    /// - For an ISO image, the value is **IsoImage**.
    pub virtual_env_type: Option<ImageDataDescriptionOfTheImagesFieldVirtualEnvType>,
    /// Specifies the backend storage of the image. Only UDS is supported currently. Wire name: `__image_source_type`.
    #[serde(rename = "__image_source_type")]
    pub image_source_type: Option<String>,
    /// Specifies the image type. The following types are supported:
    ///
    /// - Public image: The value is **gold**.
    /// - Private image: The value is **private**.
    /// - Shared image: The value is **shared**.
    ///
    /// Wire name: `__imagetype`.
    #[serde(rename = "__imagetype")]
    pub imagetype: Option<String>,
    /// Specifies the time when the image was created. The value is in UTC format.
    pub created_at: Option<String>,
    /// This parameter is unavailable currently.
    pub virtual_size: Option<i64>,
    /// Specifies the parent image ID.
    /// If the image is a public image or created from an image file, this value is left empty.
    ///
    /// Wire name: `__originalimagename`.
    #[serde(rename = "__originalimagename")]
    pub originalimagename: Option<String>,
    /// Specifies the backup ID. To create an image using a backup, set the value to the backup ID. Otherwise, this value is left empty. Wire name: `__backup_id`.
    #[serde(rename = "__backup_id")]
    pub backup_id: Option<String>,
    /// Specifies the size (bytes) of the image file. The value is greater than 0. Wire name: `__image_size`.
    #[serde(rename = "__image_size")]
    pub image_size: Option<String>,
    /// Specifies the image source.
    /// If the image is a public image, this parameter is left empty.
    ///
    /// Wire name: `__data_origin`.
    #[serde(rename = "__data_origin")]
    pub data_origin: Option<String>,
    /// Specifies that the image is created from an external image file. Value: **file**. Wire name: `__root_origin`.
    #[serde(rename = "__root_origin")]
    pub root_origin: Option<String>,
    /// Specifies whether the image supports lazy loading. The value can be **true**, **false**, **True**, or **False**. Wire name: `__lazyloading`.
    #[serde(rename = "__lazyloading")]
    pub lazyloading: Option<ImageDataDescriptionOfTheImagesFieldLazyloading>,
    /// Specifies the time when the image status became **active**.
    pub active_at: Option<String>,
    /// Specifies additional attributes of the image. The value is a list (in JSON format) of advanced features supported by the image. Wire name: `__os_feature_list`.
    #[serde(rename = "__os_feature_list")]
    pub os_feature_list: Option<String>,
    /// This parameter is unavailable currently. Wire name: `__sequence_num`.
    #[serde(rename = "__sequence_num")]
    pub sequence_num: Option<String>,
    /// Specifies whether the image supports KVM. If yes, the value is **true**. Otherwise, this parameter is not required. Wire name: `__support_kvm`.
    #[serde(rename = "__support_kvm")]
    pub support_kvm: Option<String>,
    /// Specifies whether the image supports Xen. If yes, the value is **true**. Otherwise, this parameter is not required. Wire name: `__support_xen`.
    #[serde(rename = "__support_xen")]
    pub support_xen: Option<String>,
    /// Specifies whether the image supports large-memory ECSs. If the image supports large-memory ECSs, the value is **true**. Otherwise, this parameter is not required.
    /// For the supported OSs, see Table 4.
    ///
    /// Wire name: `__support_largememory`.
    #[serde(rename = "__support_largememory")]
    pub support_largememory: Option<String>,
    /// Specifies whether the image supports disk-intensive ECSs. If the image supports disk-intensive ECSs, the value is **true**. Otherwise, this parameter is not required.
    ///
    /// Wire name: `__support_diskintensive`.
    #[serde(rename = "__support_diskintensive")]
    pub support_diskintensive: Option<String>,
    /// Specifies whether the image supports high-performance ECSs. If the image supports high-performance ECSs, the value is **true**. Otherwise, this parameter is not required.
    ///
    /// Wire name: `__support_highperformance`.
    #[serde(rename = "__support_highperformance")]
    pub support_highperformance: Option<String>,
    /// Specifies whether the image supports GPU-accelerated ECSs on the Xen platform. See Table 2 for its value. If the image does not support GPU-accelerated ECSs on the Xen platform, this parameter is not required. This parameter cannot co-exist with **\_\_support\_xen** and **\_\_support\_kvm**.
    ///
    /// Wire name: `__support_xen_gpu_type`.
    #[serde(rename = "__support_xen_gpu_type")]
    pub support_xen_gpu_type: Option<String>,
    /// Specifies whether the image supports GPU-accelerated ECSs on the KVM platform. See Table 3 for its value.
    /// If the image does not support GPU-accelerated ECSs on the KVM platform, this parameter is not required. This attribute cannot co-exist with **\_\_support\_xen** and **\_\_support\_kvm**.
    ///
    /// Wire name: `__support_kvm_gpu_type`.
    #[serde(rename = "__support_kvm_gpu_type")]
    pub support_kvm_gpu_type: Option<String>,
    /// Specifies whether the image supports HANA ECSs on the Xen platform. If yes, the value is **true**. Otherwise, this parameter is not required.
    /// This attribute cannot co-exist with **\_\_support\_xen** and **\_\_support\_kvm**.
    ///
    /// Wire name: `__support_xen_hana`.
    #[serde(rename = "__support_xen_hana")]
    pub support_xen_hana: Option<String>,
    /// Specifies whether the image supports ECSs with InfiniBand NICs on the KVM platform. If yes, the value is **true**. Otherwise, this parameter is not required.
    /// This attribute cannot co-exist with **\_\_support\_xen**.
    ///
    /// Wire name: `__support_kvm_infiniband`.
    #[serde(rename = "__support_kvm_infiniband")]
    pub support_kvm_infiniband: Option<String>,
    /// Specifies whether the image supports password/private key injection using Cloud-Init. The parameter value can be **true** or **false**.
    /// If the value is set to **true**, password/private key injection using Cloud-Init is not supported.
    /// This parameter is valid only for ECS system disk images.
    ///
    /// Wire name: `__support_fc_inject`.
    #[serde(rename = "__support_fc_inject")]
    pub support_fc_inject: Option<String>,
    /// Specifies the enterprise project that the image belongs to.
    ///
    /// - If the value is **0** or left blank, the image belongs to the default enterprise project.
    /// - If the value is a UUID, the image belongs to the enterprise project corresponding to the UUID.
    /// - For more information about enterprise projects and how to obtain enterprise project IDs, see *Enterprise Management User Guide*.
    pub enterprise_project_id: Option<String>,
    /// Specifies the ECS boot mode. Available values include:
    ///
    /// - **bios** indicates the BIOS boot mode.
    /// - **uefi** indicates the UEFI boot mode.
    pub hw_firmware_type: Option<String>,
    /// Specifies whether the image supports NIC multi-queue. The value can be **true** or **false**.
    pub hw_vif_multiqueue_enabled: Option<
        ImageDataDescriptionOfTheImagesFieldIsregistered,
    >,
    /// Specifies the location where the image is stored. Wire name: `__image_location`.
    #[serde(rename = "__image_location")]
    pub image_location: Option<String>,
    /// Specifies whether initial configuration is complete. The value can be **true** or **false**. Wire name: `__is_config_init`.
    #[serde(rename = "__is_config_init")]
    pub is_config_init: Option<ImageDataDescriptionOfTheImagesFieldIsregistered>,
    /// Specifies whether the image uses AMD's x86 architecture. The value can be **true** or **false**. Wire name: `__support_amd`.
    #[serde(rename = "__support_amd")]
    pub support_amd: Option<ImageDataDescriptionOfTheImagesFieldIsregistered>,
}
/// Response parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListImagesResponse2 {
    /// Specifies the URL of the first page of images.
    pub first: Option<String>,
    /// Specifies the URL of the next page of images. When the last page of images is queried, there is no parameter **next**.
    pub next: Option<String>,
    /// Specifies the URL for the schema describing a list of images.
    pub schema: Option<String>,
    /// Specifies the resource type.
    /// For details, see Table 2.
    pub images: Option<Vec<ListImagesDataDescriptionOfTheImagesField>>,
}
crate::support::open_enum!(
    #[doc =
    " Specifies whether the image is available. The value can be **true**. The value is **true** for all extension APIs by default. Common users can query only the images for which the value of this parameter is **true**."]
    ListImagesDataDescriptionOfTheImagesFieldIsregistered { True = "true" }
);
/// Data structure description of the images field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListImagesDataDescriptionOfTheImagesField {
    /// Specifies the backup ID. If the image is created from a backup, set the value to the backup ID. Otherwise, this parameter is not required.
    ///
    /// Wire name: `__backup_id`.
    #[serde(rename = "__backup_id")]
    pub backup_id: Option<String>,
    /// Specifies the image source. If the image is a public image, the value is left empty. Wire name: `__data_origin`.
    #[serde(rename = "__data_origin")]
    pub data_origin: Option<String>,
    /// Specifies the image description. Wire name: `__description`.
    #[serde(rename = "__description")]
    pub description: Option<String>,
    /// Specifies the location where the image is stored. Wire name: `__image_location`.
    #[serde(rename = "__image_location")]
    pub image_location: Option<String>,
    /// Specifies the size (bytes) of the image file. The value is greater than 0. Wire name: `__image_size`.
    #[serde(rename = "__image_size")]
    pub image_size: Option<String>,
    /// Specifies the backend storage of the image. Only UDS is supported currently. Wire name: `__image_source_type`.
    #[serde(rename = "__image_source_type")]
    pub image_source_type: Option<String>,
    /// Specifies whether initial configuration is complete. The value can be **true** or **false**. Wire name: `__is_config_init`.
    #[serde(rename = "__is_config_init")]
    pub is_config_init: Option<ImageDataDescriptionOfTheImagesFieldIsregistered>,
    /// Specifies whether the image is available. The value can be **true**. The value is **true** for all extension APIs by default. Common users can query only the images for which the value of this parameter is **true**.
    ///
    /// Wire name: `__isregistered`.
    #[serde(rename = "__isregistered")]
    pub isregistered: Option<ListImagesDataDescriptionOfTheImagesFieldIsregistered>,
    /// Specifies whether the image supports lazy loading. The value can be **true**, **false**, **True**, or **False**. Wire name: `__lazyloading`.
    #[serde(rename = "__lazyloading")]
    pub lazyloading: Option<ImageDataDescriptionOfTheImagesFieldLazyloading>,
    /// Specifies the parent image ID. If the image is a public image or created from an image file, the value is left empty. Wire name: `__originalimagename`.
    #[serde(rename = "__originalimagename")]
    pub originalimagename: Option<String>,
    /// Specifies the image type. The following types are supported:
    ///
    /// - Public image: The value is **gold**.
    /// - Private image: The value is **private**.
    /// - Shared image: The value is **shared**.
    ///
    /// Wire name: `__imagetype`.
    #[serde(rename = "__imagetype")]
    pub imagetype: Option<String>,
    /// Specifies whether the image is protected. Set it to **true** when you query public images. This parameter is optional when you query private images.
    pub protected: Option<bool>,
    /// Specifies the environment where the image is used. The value can be **FusionCompute**, **Ironic**, **DataImage**, or **IsoImage**.
    ///
    /// - For an ECS image (system disk image), the value is **FusionCompute**.
    /// - For a data disk image, the value is **DataImage**.
    /// - For a BMS image, the value is **Ironic**.
    /// - For an ISO image, the value is **IsoImage**.
    pub virtual_env_type: Option<ImageDataDescriptionOfTheImagesFieldVirtualEnvType>,
    /// This parameter is unavailable currently.
    pub virtual_size: Option<i64>,
    /// Specifies whether the image is available to other tenants. The value can be one of the following:
    ///
    /// - **public**: public image
    /// - **private**: private image
    /// - **shared**: shared image
    pub visibility: Option<String>,
    /// Specifies the tenant to which the image belongs.
    pub owner: Option<String>,
    /// Specifies the image ID.
    pub id: Option<String>,
    /// Specifies the image status. The value can be one of the following:
    ///
    /// - **queued**: indicates that the image metadata has already been created, and it is ready for the image file to upload.
    /// - **saving**: indicates that the image file is being uploaded to the backend storage.
    /// - **deleted**: indicates that the image has been deleted.
    /// - **killed**: indicates that an error occurs on the image uploading.
    /// - **active**: indicates that the image is available for use.
    pub status: Option<String>,
    /// Specifies the image name. For detailed description, see Image Attributes.
    pub name: Option<String>,
    /// Specifies the container type.
    pub container_format: Option<String>,
    /// Specifies the image format. The value can be **zvhd2**, **vhd**, **zvhd**, **raw**, or **qcow2**. The default value is **zvhd2**. Default: `zvhd2`.
    pub disk_format: Option<ImageDataDescriptionOfTheImagesFieldDiskFormat>,
    /// Specifies the minimum memory size (MB) required for running the image. The parameter value depends on the ECS specifications. Generally, the value is **0**.
    pub min_ram: Option<i64>,
    /// Specifies the maximum memory (MB) of the image.
    pub max_ram: Option<String>,
    /// Specifies the minimum disk space (GB) required for running the image. The value ranges from 1 GB to 1,024 GB.
    pub min_disk: Option<i64>,
    /// Specifies the OS architecture, 32 bit or 64 bit. Wire name: `__os_bit`.
    #[serde(rename = "__os_bit")]
    pub os_bit: Option<String>,
    /// Specifies additional attributes of the image. The value is a list (in JSON format) of advanced features supported by the image. Wire name: `__os_feature_list`.
    #[serde(rename = "__os_feature_list")]
    pub os_feature_list: Option<String>,
    /// Specifies the image platform type. The value can be **Windows**, **Ubuntu**, **Red Hat**, **SUSE**, **CentOS**, **Debian**, **OpenSUSE**, **Oracle Linux**, **Fedora**, **Other**, **CoreOS**, or **EulerOS**.
    ///
    /// Wire name: `__platform`.
    #[serde(rename = "__platform")]
    pub platform: Option<ImageDataDescriptionOfTheImagesFieldPlatform>,
    /// Specifies the image schema.
    pub schema: Option<String>,
    /// Specifies the image URL. Wire name: `self`.
    #[serde(rename = "self")]
    pub self_: Option<String>,
    /// This parameter is unavailable currently.
    pub size: Option<i64>,
    /// Specifies the image OS type. The value can be **Linux**, **Windows**, or **Other**. Wire name: `__os_type`.
    #[serde(rename = "__os_type")]
    pub os_type: Option<ImageDataDescriptionOfTheImagesFieldOsType>,
    /// Specifies the OS version. Wire name: `__os_version`.
    #[serde(rename = "__os_version")]
    pub os_version: Option<String>,
    /// Specifies tags of the image, through which you can manage private images in your own way.
    pub tags: Option<Vec<String>>,
    /// Specifies whether the image supports KVM. If yes, the value is **true**. Otherwise, this parameter is not required. Wire name: `__support_kvm`.
    #[serde(rename = "__support_kvm")]
    pub support_kvm: Option<String>,
    /// Specifies whether the image supports Xen. If yes, the value is **true**. Otherwise, this parameter is not required. Wire name: `__support_xen`.
    #[serde(rename = "__support_xen")]
    pub support_xen: Option<String>,
    /// Specifies whether the image supports large-memory ECSs. If the image supports large-memory ECSs, the value is **true**. Otherwise, this parameter is not required. For details about the image OSs supported by large-memory ECSs, see Table 4.
    ///
    /// Wire name: `__support_largememory`.
    #[serde(rename = "__support_largememory")]
    pub support_largememory: Option<String>,
    /// Specifies whether the image supports disk-intensive ECSs. If the image supports disk-intensive ECSs, the value is **true**. Otherwise, this parameter is not required. For details about the image OSs supported by disk-intensive ECSs, see Table 4.
    ///
    /// Wire name: `__support_diskintensive`.
    #[serde(rename = "__support_diskintensive")]
    pub support_diskintensive: Option<String>,
    /// Specifies whether the image supports high-performance ECSs. If the image supports high-performance ECSs, the value is **true**. Otherwise, this parameter is not required. For details about the image OSs supported by high-performance computing ECSs, see Table 4.
    ///
    /// Wire name: `__support_highperformance`.
    #[serde(rename = "__support_highperformance")]
    pub support_highperformance: Option<String>,
    /// Specifies whether the image supports GPU-accelerated ECSs on the Xen platform. For details about the image OSs supported by GPU-accelerated ECSs, see Table 2. If the image does not support GPU-accelerated ECSs on the Xen platform, this parameter is not required. This attribute cannot co-exist with **\_\_support\_xen** and **\_\_support\_kvm**.
    ///
    /// Wire name: `__support_xen_gpu_type`.
    #[serde(rename = "__support_xen_gpu_type")]
    pub support_xen_gpu_type: Option<String>,
    /// Specifies whether the image supports GPU-accelerated ECSs on the KVM platform. See Table 3 for its value. If the image does not support GPU-accelerated ECSs on the KVM platform, this parameter is not required. This attribute cannot co-exist with **\_\_support\_xen** and **\_\_support\_kvm**.
    ///
    /// Wire name: `__support_kvm_gpu_type`.
    #[serde(rename = "__support_kvm_gpu_type")]
    pub support_kvm_gpu_type: Option<String>,
    /// Specifies whether the image supports HANA ECSs on the Xen platform. If yes, the value is **true**. Otherwise, this parameter is not required.
    /// This attribute cannot co-exist with **\_\_support\_xen** and **\_\_support\_kvm**.
    ///
    /// Wire name: `__support_xen_hana`.
    #[serde(rename = "__support_xen_hana")]
    pub support_xen_hana: Option<String>,
    /// Specifies whether the image supports ECSs with InfiniBand NICs on the KVM platform. If yes, the value is **true**. Otherwise, this parameter is not required.
    /// This attribute cannot co-exist with **\_\_support\_xen**.
    ///
    /// Wire name: `__support_kvm_infiniband`.
    #[serde(rename = "__support_kvm_infiniband")]
    pub support_kvm_infiniband: Option<String>,
    /// Specifies that the image is created from an external image file. Value: **file**. Wire name: `__root_origin`.
    #[serde(rename = "__root_origin")]
    pub root_origin: Option<String>,
    /// Specifies the ECS system disk slot number of the image.
    /// Example value: **0**
    ///
    /// Wire name: `__sequence_num`.
    #[serde(rename = "__sequence_num")]
    pub sequence_num: Option<String>,
    /// Specifies whether the image supports password/private key injection using Cloud-Init.
    /// If the value is set to **true**, password/private key injection using Cloud-Init is not supported.
    /// This parameter is valid only for ECS system disk images.
    ///
    /// Wire name: `__support_fc_inject`.
    #[serde(rename = "__support_fc_inject")]
    pub support_fc_inject: Option<String>,
    /// Specifies the time when the image was created. The value is in UTC format.
    pub created_at: Option<String>,
    /// Specifies the time when the image was updated. The value is in UTC format.
    pub updated_at: Option<String>,
    /// Specifies the time when the image status became **active**.
    pub active_at: Option<String>,
    /// This parameter is unavailable currently.
    pub checksum: Option<String>,
    /// Specifies the ECS boot mode. Available values include:
    ///
    /// - **bios** indicates the BIOS boot mode.
    /// - **uefi** indicates the UEFI boot mode.
    pub hw_firmware_type: Option<String>,
    /// Specifies the URL for uploading and downloading the image file.
    pub file: Option<String>,
    /// Specifies the enterprise project that the image belongs to.
    ///
    /// - If the value is **0** or left blank, the image belongs to the default enterprise project.
    /// - If the value is a UUID, the image belongs to the enterprise project corresponding to the UUID.
    pub enterprise_project_id: Option<String>,
    /// Specifies the enterprise project that the image belongs to.
    ///
    /// - If the value is **0** or left blank, the image belongs to the default enterprise project.
    /// - If the value is a UUID, the image belongs to the enterprise project corresponding to the UUID.
    ///
    /// Wire name: `_sys_enterprise_project_id`.
    #[serde(rename = "_sys_enterprise_project_id")]
    pub sys_enterprise_project_id: Option<String>,
    /// Specifies whether the image uses AMD's x86 architecture. The value can be **true** or **false**. Wire name: `__support_amd`.
    #[serde(rename = "__support_amd")]
    pub support_amd: Option<ImageDataDescriptionOfTheImagesFieldIsregistered>,
    /// Specifies the ID of the key used to encrypt the image. Wire name: `__system__cmkid`.
    #[serde(rename = "__system__cmkid")]
    pub system_cmkid: Option<String>,
    /// Specifies whether the image supports NIC multi-queue. The value can be **true** or **false**.
    pub hw_vif_multiqueue_enabled: Option<
        ImageDataDescriptionOfTheImagesFieldIsregistered,
    >,
}
/// Request parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct UploadImageRequest {
    /// Specifies the local file to be uploaded. Wire name: `*image_file*`.
    #[serde(rename = "*image_file*")]
    pub image_file: serde_json::Value,
}
/// Response parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListImageSharingMembersSchemaResponse {
    /// Specifies the schema name.
    pub name: Option<String>,
    /// Specifies the URL for accessing the schema.
    /// For details, see Table 1.
    pub links: Option<Vec<MembersSchemaDataDescriptionOfTheLinksField>>,
    /// Describes basic image attributes, including the type and usage of each attribute.
    /// For details about the parameters, see Image Attributes.
    pub properties: Option<serde_json::Value>,
}
/// Data structure description of the links field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct MembersSchemaDataDescriptionOfTheLinksField {
    /// Specifies the domain name.
    pub href: Option<String>,
    /// Specifies the domain name description.
    pub rel: Option<String>,
}
/// Response parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ShowImageSharingMemberSchemaResponse {
    /// Specifies the schema name.
    pub name: Option<String>,
    /// Describes basic image attributes, including the type and usage of each attribute.
    /// For details about the parameters, see Image Attributes.
    pub properties: Option<serde_json::Value>,
}
/// Response parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ShowImageSchemaResponse {
    /// Specifies the additional attributes.
    /// For details, see Table 1.
    ///
    /// Wire name: `additionalProperties`.
    #[serde(rename = "additionalProperties")]
    pub additional_properties_2: Option<DataDescriptionOfTheAdditionalPropertiesField>,
    /// Specifies the schema name.
    pub name: Option<String>,
    /// Specifies the URL for accessing the schema.
    /// For details, see Table 2.
    pub links: Option<Vec<MembersSchemaDataDescriptionOfTheLinksField>>,
    /// Describes basic image attributes, including the type and usage of each attribute.
    /// For details about the parameters, see Image Attributes.
    pub properties: Option<serde_json::Value>,
}
/// Data structure description of the additionalProperties field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct DataDescriptionOfTheAdditionalPropertiesField {
    /// Type. Wire name: `type`.
    #[serde(rename = "type")]
    pub type_: Option<String>,
}
/// Request parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AddImageSharingMemberRequest {
    /// Specifies a tenant who will be able to use the shared image.
    /// The value is the project ID of the tenant.
    pub member: String,
}
/// Response parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AddImageSharingMemberResponse {
    /// Specifies the image sharing status.
    pub status: Option<String>,
    /// Specifies the time when a shared image was created. The value is in UTC format.
    pub created_at: Option<String>,
    /// Specifies the time when a shared image was updated. The value is in UTC format.
    pub updated_at: Option<String>,
    /// Specifies the image ID.
    pub image_id: Option<String>,
    /// Specifies the project ID of the tenant who is to accept the shared image.
    pub member_id: Option<String>,
    /// Specifies the sharing schema.
    pub schema: Option<String>,
}
crate::support::open_enum!(
    #[doc = " Specifies the image sharing status."] #[doc = " The value can be:"] #[doc =
    ""] #[doc =
    " - **accepted**: The shared image is accepted. After you accept an image, the image will be displayed in your image list. You can use the image to create cloud servers."]
    #[doc =
    " - **rejected**: The shared image is rejected. After you reject an image, the image will disappear from your image list, but you can still use the image to create cloud servers."]
    ListImageSharingMemberDetailsResponseStatus { Accepted = "accepted", Rejected =
    "rejected" }
);
/// Response parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListImageSharingMemberDetailsResponse {
    /// Specifies the image sharing status.
    /// The value can be:
    ///
    /// - **accepted**: The shared image is accepted. After you accept an image, the image will be displayed in your image list. You can use the image to create cloud servers.
    /// - **rejected**: The shared image is rejected. After you reject an image, the image will disappear from your image list, but you can still use the image to create cloud servers.
    pub status: Option<ListImageSharingMemberDetailsResponseStatus>,
    /// Specifies the time when a shared image was created. The value is in UTC format.
    pub created_at: Option<String>,
    /// Specifies the time when a shared image was updated. The value is in UTC format.
    pub updated_at: Option<String>,
    /// Specifies the image ID.
    pub image_id: Option<String>,
    /// Specifies the member ID.
    pub member_id: Option<String>,
    /// Specifies the sharing schema.
    pub schema: Option<String>,
}
/// Response parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListImageSharingMembersResponse {
    /// Specifies the members.
    /// For details, see Table 2.
    pub members: Option<Vec<SharingMemberDataDescriptionOfTheMembersField>>,
    /// Specifies the sharing schema.
    pub schema: Option<String>,
}
/// Data structure description of the members field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SharingMemberDataDescriptionOfTheMembersField {
    /// Specifies the image sharing status.
    pub status: Option<String>,
    /// Specifies the time when a shared image was created. The value is in UTC format.
    pub created_at: Option<String>,
    /// Specifies the time when a shared image was updated. The value is in UTC format.
    pub updated_at: Option<String>,
    /// Specifies the image ID.
    pub image_id: Option<String>,
    /// Specifies the member ID.
    pub member_id: Option<String>,
    /// Specifies the sharing schema.
    pub schema: Option<String>,
}
/// Request parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct UpdateImageSharingStatusRequest {
    /// Specifies whether a shared image will be accepted or declined.
    /// Available values include:
    ///
    /// - **accepted**: indicates that a shared image is accepted. After an image is accepted, the image is displayed in the image list. You can use the image to create ECSs.
    /// - **rejected**: indicates that a shared image is declined. After an image is rejected, the image is not displayed in the image list. However, you can still use the image to create ECSs.
    pub status: String,
    /// Specifies the ID of a vault.
    /// This parameter is mandatory if you want to accept a shared full-ECS image created from a CBR backup.
    /// You can obtain the vault ID from the CBR console or section "Querying the Vault List" in *Cloud Backup and Recovery API Reference*.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub vault_id: Option<String>,
}
/// Response parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct UpdateImageSharingStatusResponse {
    /// Specifies the image sharing status.
    pub status: Option<String>,
    /// Specifies the time when a shared image was created. The value is in UTC format.
    pub created_at: Option<String>,
    /// Specifies the time when a shared image was updated. The value is in UTC format.
    pub updated_at: Option<String>,
    /// Specifies the image ID.
    pub image_id: Option<String>,
    /// Specifies the project ID of the tenant who is to accept or reject a shared image.
    pub member_id: Option<String>,
    /// Specifies the sharing schema.
    pub schema: Option<String>,
}
crate::support::open_enum!(
    #[doc = " Specifies the image type."] #[doc =
    " The value can be **ECS**, **BMS**, **FusionCompute**, **IsoImage**, or **Ironic**. The default value is **ECS**."]
    #[doc = ""] #[doc = " - **ECS** and **FusionCompute**: indicate an ECS image."] #[doc
    = " - **BMS** and **Ironic**: indicate a BMS image."] #[doc =
    " - **IsoImage**: indicates an image created using an ISO file."]
    AnImageUsingAnImageFileUploadedToTheObsBucketType { Ecs = "ECS", Bms = "BMS",
    FusionCompute = "FusionCompute", IsoImage = "IsoImage", Ironic = "Ironic" }
);
/// Parameters for creating an image using an image file uploaded to the OBS bucket
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AnImageUsingAnImageFileUploadedToTheObsBucket {
    /// Specifies the image name. For detailed description, see Image Attributes.
    pub name: String,
    /// Provides supplementary information about the image. For detailed description, see Image Attributes. The value contains a maximum of 1024 characters, including letters and digits. Carriage returns and angle brackets (\< \>) are not allowed. This parameter is left blank by default.
    ///
    /// Length at most 1024.
    pub description: Option<String>,
    /// Specifies the OS type.
    /// The value can be **Linux**, **Windows**, or **Other**.
    pub os_type: Option<ImageDataDescriptionOfTheImagesFieldOsType>,
    /// Specifies the OS version.
    /// This parameter is valid if an external image file uploaded to the OBS bucket is used to create an image. For its value, see Values of Related Parameters.
    /// If the uploaded file is in ISO format, this parameter is mandatory.
    /// This parameter is mandatory when the value of **is\_quick\_import** is **true**, that is, a system disk image is imported using the quick import method.
    pub os_version: Option<String>,
    /// Specifies the URL of the external image file in the OBS bucket.
    /// This parameter is mandatory if an external image file in the OBS bucket is used to create an image. The format is *OBS bucket name*:*Image file name*.
    ///
    /// - To obtain an OBS bucket name:
    /// - Log in to the management console.
    /// - In the service list, choose **Storage** \> **Object Storage Service**.
    /// - All OBS buckets are displayed in the list.
    /// - Filter the OBS buckets by region and locate the target bucket in the current region.
    /// - To obtain an OBS image file name:
    /// - Log in to the management console.
    /// - In the service list, choose **Storage** \> **Object Storage Service**.
    /// - All OBS buckets are displayed in the list.
    /// - Filter the OBS buckets by region and locate the target bucket in the current region.
    /// - Click the name of the target bucket to go to the bucket details page.
    /// - In the navigation pane on the left, choose **Objects** to display objects in the OBS bucket and then locate the external image file used to create an image. The storage class of the OBS bucket must be **Standard**.
    pub image_url: String,
    /// Specifies the minimum size of the system disk in the unit of GB.
    /// This parameter is mandatory if an external image file in the OBS bucket is used to create an image. The value ranges from 1 GB to 1,024 GB.
    pub min_disk: i64,
    /// Specifies whether automatic configuration is enabled.
    /// The value can be **true** or **false**.
    /// If automatic configuration is required, set the value to **true**. Otherwise, set it to **false**. The default value is **false**.
    /// For details about automatic configuration, see **Creating a Linux System Disk Image from an External Image File** \> **Registering an External Image File as a Private Image (Linux)** in *Image Management Service User Guide*.
    ///
    /// Default: `false`.
    pub is_config: Option<bool>,
    /// Specifies a custom key used for encrypting an image. For its value, see the *Key Management Service User Guide*.
    pub cmk_id: Option<String>,
    /// Lists the image tags. This parameter is left blank by default.
    /// Use either **tags** or **image\_tags**.
    pub tags: Option<Vec<String>>,
    /// Lists the image tags. This parameter is left blank by default. Use either **tags** or **image\_tags**.
    /// For details about **image\_tags**, see Table 3.
    pub image_tags: Option<Vec<ImageDataOfTheImageTagsField>>,
    /// Specifies the image type.
    /// The value can be **ECS**, **BMS**, **FusionCompute**, **IsoImage**, or **Ironic**. The default value is **ECS**.
    ///
    /// - **ECS** and **FusionCompute**: indicate an ECS image.
    /// - **BMS** and **Ironic**: indicate a BMS image.
    /// - **IsoImage**: indicates an image created using an ISO file.
    ///
    /// Wire name: `type`. Default: `ECS`.
    #[serde(rename = "type")]
    pub type_: Option<AnImageUsingAnImageFileUploadedToTheObsBucketType>,
    /// Specifies the enterprise project that the image belongs to.
    ///
    /// - If the value is **0** or left blank, the image belongs to the default enterprise project.
    /// - If the value is a UUID, the image belongs to the enterprise project corresponding to the UUID.
    /// - For more information about enterprise projects and how to obtain enterprise project IDs, see *Enterprise Management User Guide*.
    pub enterprise_project_id: Option<String>,
    /// Specifies the maximum memory of the image in the unit of MB.
    pub max_ram: Option<i64>,
    /// Specifies the minimum memory required by the image in the unit of MB. The default value is **0**, indicating that the memory is not restricted. Default: `0`.
    pub min_ram: Option<i64>,
    /// Specifies the data disk information to be imported.
    /// An external image file can contain a maximum of three data disks. In this case, one system disk and three data disks will be created.
    /// For details, see Table 2.
    ///
    /// - If a data disk image file is used to create a data disk image, the OS type of the data disk image must be the same as that of the system disk image.
    /// - If other parameters (such as **name**, **description**, and **tags**) in Table 2 are set, the system uses the values in **data\_images**.
    pub data_images: Option<Vec<CreateImageDataDescriptionOfTheImagesField>>,
    /// Specifies whether to use the quick import method to import a system disk image.
    ///
    /// - If yes, set the value to **true**.
    /// - If no, set the value to **false**. For details about the restrictions on quick import of image files, see Importing an Image File Quickly.
    pub is_quick_import: Option<bool>,
    /// Specifies the ECS boot mode. The value can be:
    ///
    /// - **bios** indicates the BIOS boot mode.
    /// - **uefi** indicates the UEFI boot mode. If the image architecture is Arm, only the UEFI boot mode is supported.
    pub hw_firmware_type: Option<String>,
}
/// Data structure description of the images field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CreateImageDataDescriptionOfTheImagesField {
    /// Specifies the image name.
    /// For more details, see Image Attributes.
    pub name: Option<String>,
    /// Provides supplementary information about the image. This parameter is left blank by default.
    /// The value contains a maximum of 1024 characters, including letters and digits. Carriage returns and angle brackets (\< \>) are not allowed.
    /// For more details, see Image Attributes.
    ///
    /// Length at most 1024.
    pub description: Option<String>,
    /// Specifies the URL of the external image file in the OBS bucket.
    /// The format is *OBS bucket name*:*Image file name*.
    ///
    /// - To obtain an OBS bucket name:
    /// - Log in to the management console.
    /// - In the service list, choose **Storage** \> **Object Storage Service**.
    /// - All OBS buckets are displayed in the list.
    /// - Filter the OBS buckets by region and locate the target bucket in the current region.
    /// - To obtain an OBS image file name:
    /// - Log in to the management console.
    /// - In the service list, choose **Storage** \> **Object Storage Service**.
    /// - All OBS buckets are displayed in the list.
    /// - Filter the OBS buckets by region and locate the target bucket in the current region.
    /// - Click the name of the target bucket to go to the bucket details page.
    /// - In the navigation pane on the left, choose **Objects** to display objects in the OBS bucket and then locate the external image file used to create an image. The storage class of the OBS bucket must be **Standard**.
    pub image_url: String,
    /// Specifies the minimum size of the data disk.
    /// Unit: GB
    /// Value range: 1-2048
    ///
    /// Range 1 to 2048.
    pub min_disk: i64,
    /// Specifies whether an image file is imported quickly to create a data disk image.
    ///
    /// - If yes, set the value to **true**.
    /// - If no, set the value to **false**. For details about the restrictions on quick import of image files, see Importing an Image File Quickly.
    pub is_quick_import: Option<bool>,
    /// Lists the image tags. This parameter is left blank by default.
    /// For detailed parameter descriptions, see Image Tag Format.
    /// Use either **tags** or **image\_tags**.
    pub tags: Option<Vec<String>>,
    /// Lists the image tags. This parameter is left blank by default.
    /// Use either **tags** or **image\_tags**.
    /// For detailed parameter descriptions, see Image Tag Format.
    /// For details about **image\_tags**, see Table 3.
    pub image_tags: Option<Vec<ImageDataOfTheImageTagsField>>,
}
crate::support::open_enum!(
    #[doc = " Specifies the image type."] #[doc =
    " The value can be **ECS**, **BMS**, **FusionCompute**, or **Ironic**."] #[doc = ""]
    #[doc = " - **ECS** and **FusionCompute**: indicates an ECS image."] #[doc =
    " - **BMS** and **Ironic**: indicates a BMS image. The default value is **ECS**."]
    ForCreatingASystemDiskImageUsingADataDiskType { Ecs = "ECS", Bms = "BMS",
    FusionCompute = "FusionCompute", Ironic = "Ironic" }
);
/// Parameters for creating a system disk image using a data disk
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ForCreatingASystemDiskImageUsingADataDisk {
    /// Specifies the name of the system disk image.
    /// For more details, see Image Attributes.
    pub name: String,
    /// Specifies the data disk ID.
    pub volume_id: String,
    /// Specifies the OS version.
    /// Set the parameter value based on Values of Related Parameters. Otherwise, the created system disk image may be unavailable.
    /// During the creation of a system disk image, if the OS can be detected from the data disk, the OS version in the data disk is used. In this case, the **os\_version** value is invalid. If the OS can be detected from the data disk, the **os\_version** value is used.
    pub os_version: String,
    /// Specifies the image type.
    /// The value can be **ECS**, **BMS**, **FusionCompute**, or **Ironic**.
    ///
    /// - **ECS** and **FusionCompute**: indicates an ECS image.
    /// - **BMS** and **Ironic**: indicates a BMS image. The default value is **ECS**.
    ///
    /// Wire name: `type`. Documented default: `ECS`.
    #[serde(rename = "type")]
    pub type_: Option<ForCreatingASystemDiskImageUsingADataDiskType>,
    /// Specifies the image description. This parameter is left blank by default. For details, see Image Attributes.
    /// The image description must meet the following requirements:
    ///
    /// - Contains only letters and digits.
    /// - Cannot contain carriage returns and angle brackets (\< \>).
    /// - Cannot exceed 1024 characters.
    pub description: Option<String>,
    /// Specifies the minimum memory size (MB) required for running the image.
    /// The parameter value depends on the ECS specifications. The default value is **0**.
    ///
    /// Default: `0`.
    pub min_ram: Option<i64>,
    /// Specifies the maximum memory size (MB) required for running the image.
    /// The parameter value depends on the ECS specifications. The default value is **0**.
    ///
    /// Default: `0`.
    pub max_ram: Option<i64>,
    /// Specifies tags of the image. This parameter is left blank by default.
    /// Use either **tags** or **image\_tags**.
    pub tags: Option<Vec<String>>,
    /// Specifies tags of the image. This parameter is left blank by default.
    /// Use either **tags** or **image\_tags**.
    /// For details about **image\_tags**, see Table 3.
    pub image_tags: Option<Vec<ImageDataOfTheImageTagsField>>,
    /// Specifies the enterprise project that the image belongs to.
    ///
    /// - If the value is **0** or left blank, the image belongs to the default enterprise project.
    /// - If the value is a UUID, the image belongs to the enterprise project corresponding to the UUID.
    /// - For more information about enterprise projects and how to obtain enterprise project IDs, see *Enterprise Management User Guide*.
    pub enterprise_project_id: Option<String>,
}
crate::support::open_enum!(
    #[doc = " Specifies the OS version."] #[doc =
    " When a data disk image created, the value can be **Linux** or **Windows**. The default is **Linux**."]
    ImportImageFileQuicklyTable2OsType { Linux = "Linux", Windows = "Windows" }
);
crate::support::open_enum!(
    #[doc = " Specifies the image type."] #[doc = " The value can be:"] #[doc =
    " **DataImage**: data disk image"] ImportImageFileQuicklyTable2Type { DataImage =
    "DataImage" }
);
/// The `ImportImageFileQuicklyTable2` model.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ImportImageFileQuicklyTable2 {
    /// Specifies the image name. For detailed description, see Image Attributes.
    pub name: String,
    /// Provides supplementary information about the image. For detailed description, see Image Attributes. The value contains a maximum of 1024 characters, including letters and digits. Carriage returns and angle brackets (\< \>) are not allowed. This parameter is left blank by default.
    ///
    /// Length at most 1024.
    pub description: Option<String>,
    /// Specifies the OS version.
    /// When a data disk image created, the value can be **Linux** or **Windows**. The default is **Linux**.
    ///
    /// Default: `Linux`.
    pub os_type: Option<ImportImageFileQuicklyTable2OsType>,
    /// Specifies the URL of the external image file in the OBS bucket.
    /// This parameter is mandatory if an external image file in the OBS bucket is used to create an image. The format is *OBS bucket name*:*Image file name*.
    /// The storage class of the OBS bucket must be **Standard**.
    pub image_url: String,
    /// Specifies the minimum size of the system disk in the unit of GB.
    /// This parameter is mandatory if an external image file in the OBS bucket is used to create an image. The value ranges from 1 GB to 1,024 GB.
    pub min_disk: i64,
    /// Lists the image tags. This parameter is left blank by default.
    /// Set either **tags** or **image\_tags**.
    pub tags: Option<Vec<String>>,
    /// Lists the image tags. This parameter is left blank by default.
    /// Set either **tags** or **image\_tags**.
    /// For details about **image\_tags**, see Table 1.
    pub image_tags: Option<Vec<ImageDataOfTheImageTagsField>>,
    /// Specifies the image type.
    /// The value can be:
    /// **DataImage**: data disk image
    ///
    /// Wire name: `type`.
    #[serde(rename = "type")]
    pub type_: ImportImageFileQuicklyTable2Type,
    /// Specifies the enterprise project that the image belongs to.
    ///
    /// - If the value is **0** or left blank, the image belongs to the default enterprise project.
    /// - If the value is a UUID, the image belongs to the enterprise project corresponding to the UUID.
    /// - For more information about enterprise projects and how to obtain enterprise project IDs, see *Enterprise Management User Guide*.
    pub enterprise_project_id: Option<String>,
}
/// v2.0 request message body
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ImageV2N0RequestMessageBody {
    /// For details, see Table 5. Wire name: `*[Array]*`.
    #[serde(rename = "*[Array]*")]
    pub array: Vec<UpdateImageDataDescriptionOfTheArrayField2>,
}
/// Data structure description of the \[Array\] field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct UpdateImageDataDescriptionOfTheArrayField2 {
    /// Indicates that an image attribute will be replaced. The value is the attribute to be replaced and a slash (/) must be added in front of the attribute name.
    pub replace: Option<String>,
    /// Indicates that an image attribute will be added. The value is the attribute to be added and a slash (/) must be added in front of the attribute name.
    pub add: Option<String>,
    /// Indicates that an image attribute will be deleted. The value is the attribute to be deleted and a slash (/) must be added in front of the attribute name.
    pub remove: Option<String>,
    /// Indicates the value of the attribute to be updated or added. For detailed description, see Image Attributes.
    pub value: Option<String>,
}
/// Request parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CreateImageFileDataDiskImageRequest {
    /// Specifies the image name. For detailed description, see Image Attributes.
    pub name: String,
    /// Provides supplementary information about the image.
    /// For detailed description, see Image Attributes. The value contains a maximum of 1,024 characters, including letters and digits. Carriage returns and angle brackets (\< \>) are not allowed. This parameter is left blank by default.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Specifies the OS type.
    /// It can only be Windows or Linux. The default is Linux.
    ///
    /// Default: `Linux`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub os_type: Option<String>,
    /// Specifies the URL of the external image file in the OBS bucket.
    /// The format is *OBS bucket name*:*Image file name*.
    /// The storage class of the OBS bucket must be **Standard**.
    pub image_url: String,
    /// Specifies the minimum size of the data disk.
    /// Value range: 40 GB to 2048 GB
    pub min_disk: i64,
    /// Specifies a custom key used for encrypting an image. For its value, see the *Key Management Service User Guide*.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cmk_id: Option<String>,
    /// Lists the image tags. This parameter is left blank by default.
    /// For detailed parameter description, see Image Tag Format.
    /// Use either **tags** or **image\_tags**.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<String>>,
    /// Lists the image tags. This parameter is left blank by default.
    /// Use either **tags** or **image\_tags**.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub image_tags: Option<Vec<DataDiskImageDataDescriptionOfTheImageTagsField>>,
    /// Specifies the enterprise project that the image belongs to.
    ///
    /// - If the value is **0** or left blank, the image belongs to the default enterprise project.
    /// - If the value is a UUID, the image belongs to the enterprise project corresponding to the UUID.
    /// - For more information about enterprise projects and how to obtain enterprise project IDs, see *Enterprise Management User Guide*.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub enterprise_project_id: Option<String>,
}
/// Data structure description of the image\_tags field
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct DataDiskImageDataDescriptionOfTheImageTagsField {
    /// Specifies the tag key.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
    /// Specifies the tag value.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
}
crate::support::setters!(
    @ model DataDiskImageDataDescriptionOfTheImageTagsField { key : String, value :
    String }
);
/// Parameters for creating a full-ECS image using an ECS
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CreateFullEcsImageRequest {
    /// Specifies the image name. For detailed description, see Image Attributes.
    pub name: String,
    /// Provides supplementary information about the image. For detailed description, see Image Attributes.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Lists the image tags. This parameter is left blank by default.
    /// Use either **tags** or **image\_tags**.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<String>>,
    /// Lists the image tags. This parameter is left blank by default.
    /// Use either **tags** or **image\_tags**.
    /// For details about **image\_tags**, see Table 1.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub image_tags: Option<Vec<ImageDataOfTheImageTagsField>>,
    /// Specifies the ECS ID. This parameter is required when an ECS is used to create a full-ECS image.
    /// To obtain the ECS ID, perform the following operations:
    ///
    /// - Log in to the management console.
    /// - Under **Computing**, click **Elastic Cloud Server**.
    /// - In the ECS list, click the name of the ECS and view its ID.
    pub instance_id: String,
    /// Specifies the enterprise project that the image belongs to.
    ///
    /// - If the value is **0** or left blank, the image belongs to the default enterprise project.
    /// - If the value is a UUID, the image belongs to the enterprise project corresponding to the UUID.
    /// - For more information about enterprise projects and how to obtain enterprise project IDs, see *Enterprise Management User Guide*.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub enterprise_project_id: Option<String>,
    /// Specifies the maximum memory of the image in the unit of MB. This parameter is not configured by default.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_ram: Option<i64>,
    /// Specifies the minimum memory of the image in the unit of MB. The default value is **0**. Default: `0`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub min_ram: Option<i64>,
    /// Specifies the ID of the vault to which an ECS is to be added or has been added.
    /// To create a full-ECS image from an ECS, create a backup from the ECS and then use the backup to create a full-ECS image. If a CBR backup is created, **vault\_id** is mandatory. If a CSBS backup is created, **vault\_id** is optional.
    /// You can obtain the vault ID from the CBR console or section "Querying the Vault List" in *Cloud Backup and Recovery API Reference*.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub vault_id: Option<String>,
}
crate::support::open_enum!(
    #[doc =
    " Specifies the file format. The value can be **qcow2**, **vhd**, **zvhd**, or **vmdk**."]
    ExportImageRequestFileFormat { Qcow2 = "qcow2", Vhd = "vhd", Zvhd = "zvhd", Vmdk =
    "vmdk" }
);
/// Request parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ExportImageRequest {
    /// Specifies the URL of the image file in the format of *Bucket name*:*File name*.
    /// The storage class of the OBS bucket must be **Standard**.
    pub bucket_url: String,
    /// Specifies the file format. The value can be **qcow2**, **vhd**, **zvhd**, or **vmdk**.
    pub file_format: ExportImageRequestFileFormat,
    /// Whether to enable fast export. The value can be **true** or **false**.
    /// If fast export is enabled, **file\_format** cannot be specified. The exported image file is in the ZVHD2 format.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub is_quick_export: Option<bool>,
}
/// Request parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct RegisterImageRequest {
    /// Specifies the URL of the image file in the format of *Bucket name*:*File name*.
    /// Image files in the bucket can be in ZVHD, QCOW2, VHD, RAW, VHDX, QED, VDI, QCOW, ZVHD2, or VMDK format.
    /// The storage class of the OBS bucket must be **Standard**.
    pub image_url: String,
}
crate::support::open_enum!(
    #[doc = " Specifies the job status. The value can be:"] #[doc = ""] #[doc =
    " - **SUCCESS**: The job is successfully executed."] #[doc =
    " - **FAIL**: The job failed to be executed."] #[doc =
    " - **RUNNING**: The job is in progress."] #[doc =
    " - **INIT**: The job is being initialized."] ShowAsynchronousJobStatusResponseStatus
    { Success = "SUCCESS", Fail = "FAIL", Running = "RUNNING", Init = "INIT" }
);
/// The `ShowAsynchronousJobStatusResponse` model.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ShowAsynchronousJobStatusResponse {
    /// Specifies the job status. The value can be:
    ///
    /// - **SUCCESS**: The job is successfully executed.
    /// - **FAIL**: The job failed to be executed.
    /// - **RUNNING**: The job is in progress.
    /// - **INIT**: The job is being initialized.
    pub status: Option<ShowAsynchronousJobStatusResponseStatus>,
    /// Specifies the job ID.
    pub job_id: Option<String>,
    /// Specifies the job type.
    ///
    /// - **imsCreateImageByInstance**: Creating a system disk image from a cloud server
    /// - **imsImportImageJob**: Creating a system disk image from an external image file
    /// - **imsImportOvaImageJob**: Creating an image from an OVA image file
    /// - **imsVolumeCreateImageJob**: Creating a system disk image from a data disk
    /// - **imsVolumesToSysDataImagesJob**: Creating a data disk image from a data disk
    /// - **imsImportDataImageJob**: Creating a data disk image from an external image file
    /// - **imsCreateWholeImageByInstanceJob**: Creating a full-ECS image from an ECS
    /// - **imsCreateWholeImageByBackupJob**: Creating a full-ECS image from a CBR or CSBS backup
    /// - **imsNativeImportImageJob**: Registering an image
    /// - **imsNativeExportImageJob**: Exporting an image
    /// - **imsAddImageMembersJob**: Adding tenants that can use a shared image
    /// - **imsDelImageMembersJob**: Deleting tenants that can use a shared image
    /// - **imsUpdateImageMembersJob**: Updating status of tenants who will accept or reject shared images
    /// - **imsCopyImageInRegionJob**: Replicating images
    pub job_type: Option<String>,
    /// Specifies the start time of the job. The value is in UTC format.
    pub begin_time: Option<String>,
    /// Specifies the end time of the job. The value is in UTC format.
    pub end_time: Option<String>,
    /// Specifies the error code.
    pub error_code: Option<String>,
    /// Specifies the failure cause.
    pub fail_reason: Option<String>,
    /// Specifies the custom attributes of the job.
    /// If the job status is normal, the image ID will be returned. If the status is abnormal, an error code and details will be returned.
    /// For details, see Table 2.
    pub entities: Option<JobStatusDataDescriptionOfTheEntitiesField>,
}
/// Data structure description of the entities field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct JobStatusDataDescriptionOfTheEntitiesField {
    /// Specifies the image ID.
    /// This parameter is returned only when the value of **job\_type** is one of the following:
    ///
    /// - imsCreateImageByInstance
    /// - imsImportImageJob
    /// - imsVolumeCreateImageJob
    /// - imsImportDataImageJob
    /// - imsCreateWholeImageByInstanceJob
    /// - imsCreateWholeImageByBackupJob
    /// - imsNativeImportImageJob
    /// - imsNativeExportImageJob
    /// - imsCopyImageInRegionJob
    pub image_id: Option<String>,
    /// Specifies the image name.
    pub image_name: Option<String>,
    /// Specifies job execution results. For details, see Table 3.
    pub results: Option<Vec<JobStatusDataDescriptionOfTheResultsField>>,
    /// Specifies sub-job execution results. For details, see Table 4.
    pub sub_jobs_result: Option<Vec<JobStatusDataDescriptionOfTheSubJobsResultField>>,
    /// Specifies the sub-job IDs.
    pub sub_jobs_list: Option<Vec<serde_json::Value>>,
}
/// Data structure description of the results field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct JobStatusDataDescriptionOfTheResultsField {
    /// Specifies the image ID.
    /// This parameter is returned only when the value of **job\_type** is one of the following:
    ///
    /// - imsAddImageMembersJob
    /// - imsUpdateImageMembersJob
    pub image_id: Option<String>,
    /// Specifies the project ID.
    pub project_id: Option<String>,
    /// Specifies the job status.
    /// The value can be:
    ///
    /// - **SUCCESS**: The job is successfully executed.
    /// - **FAIL**: The job failed to be executed.
    /// - **RUNNING**: The job is in progress.
    /// - **INIT**: The job is being initialized.
    pub status: Option<ShowAsynchronousJobStatusResponseStatus>,
}
crate::support::open_enum!(
    #[doc = " Specifies the sub-job type."] #[doc = " The value can be:"] #[doc =
    " **imsGoofysImportImageJob**: importing an image"] #[doc =
    " **imsGoofysImportImageWithoutconfigJob**: importing an image"] #[doc =
    " **imsGoofysUploadImageJob**: importing an image"] #[doc =
    " **imsGoofysExportImageJob**: exporting an image"] #[doc =
    " **imsImportBigFileImageJob**: importing an image"] #[doc =
    " **imsQuickExportImageJob**: fast export of an image"] #[doc =
    " **imsImportIsoFileImageJob**: creating an ISO image"] #[doc =
    " **imsImportDataImageJob**: creating a data disk image"]
    JobStatusDataDescriptionOfTheSubJobsResultFieldJobType { ImsGoofysImportImageJob =
    "imsGoofysImportImageJob", ImsGoofysImportImageWithoutconfigJob =
    "imsGoofysImportImageWithoutconfigJob", ImsGoofysUploadImageJob =
    "imsGoofysUploadImageJob", ImsGoofysExportImageJob = "imsGoofysExportImageJob",
    ImsImportBigFileImageJob = "imsImportBigFileImageJob", ImsQuickExportImageJob =
    "imsQuickExportImageJob", ImsImportIsoFileImageJob = "imsImportIsoFileImageJob",
    ImsImportDataImageJob = "imsImportDataImageJob" }
);
/// Data structure description of the sub\_jobs\_result field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct JobStatusDataDescriptionOfTheSubJobsResultField {
    /// Specifies the sub-job status. The value can be:
    ///
    /// - **SUCCESS**: The sub-job is successfully executed.
    /// - **FAIL**: The sub-job failed to be executed.
    /// - **RUNNING**: The sub-job is in progress.
    /// - **INIT**: The sub-job is being initialized.
    pub status: Option<ShowAsynchronousJobStatusResponseStatus>,
    /// Specifies a sub-job ID.
    pub job_id: Option<String>,
    /// Specifies the sub-job type.
    /// The value can be:
    /// **imsGoofysImportImageJob**: importing an image
    /// **imsGoofysImportImageWithoutconfigJob**: importing an image
    /// **imsGoofysUploadImageJob**: importing an image
    /// **imsGoofysExportImageJob**: exporting an image
    /// **imsImportBigFileImageJob**: importing an image
    /// **imsQuickExportImageJob**: fast export of an image
    /// **imsImportIsoFileImageJob**: creating an ISO image
    /// **imsImportDataImageJob**: creating a data disk image
    pub job_type: Option<JobStatusDataDescriptionOfTheSubJobsResultFieldJobType>,
    /// Specifies the start time of the sub-job. The value is in UTC format.
    pub begin_time: Option<String>,
    /// Specifies the end time of the sub-job. The value is in UTC format.
    pub end_time: Option<String>,
    /// Specifies the error code.
    pub error_code: Option<String>,
    /// Specifies the failure cause.
    pub fail_reason: Option<String>,
    /// Specifies the custom attributes of the sub-job. For details, see Table 5.
    ///
    /// - If a sub-job is properly executed, an image ID is returned.
    /// - If an exception occurs on the sub-job, an error code and associated information are returned.
    pub entities: Option<DataDescriptionOfTheSubJobsResultEntitiesField>,
}
/// Data structure description of the sub\_jobs\_result.entities field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct DataDescriptionOfTheSubJobsResultEntitiesField {
    /// Specifies the image ID.
    /// This parameter is returned only when the value of **job\_type** is one of the following:
    ///
    /// - imsImportOvaImageJob
    /// - imsVolumesToSysDataImagesJob
    pub image_id: Option<String>,
    /// Specifies the image name.
    pub image_name: Option<String>,
}
/// Response parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ShowImageQuotaResponse {
    /// Specifies the quota information.
    /// For details, see Table 1.
    pub quotas: Option<ImageQuotaDataDescriptionOfTheQuotasField>,
}
/// Data structure description of the quotas field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ImageQuotaDataDescriptionOfTheQuotasField {
    /// Specifies the images included in the quota.
    /// For details, see Table 2.
    pub resources: Option<Vec<QuotaDataDescriptionOfTheQuotasResourcesField>>,
}
crate::support::open_enum!(
    #[doc = " Specifies the type of the resource to be queried."] #[doc =
    " The value can be:"] #[doc = ""] #[doc = " - **image**: private image"] #[doc =
    " - **image\\_shared**: shared image"] #[doc = " - **image\\_member**: image member"]
    QuotaDataDescriptionOfTheQuotasResourcesFieldType { Image = "image", ImageShared =
    "image_shared", ImageMember = "image_member" }
);
/// Data structure description of the quotas.resources field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct QuotaDataDescriptionOfTheQuotasResourcesField {
    /// Specifies the type of the resource to be queried.
    /// The value can be:
    ///
    /// - **image**: private image
    /// - **image\_shared**: shared image
    /// - **image\_member**: image member
    ///
    /// Wire name: `type`.
    #[serde(rename = "type")]
    pub type_: Option<QuotaDataDescriptionOfTheQuotasResourcesFieldType>,
    /// Specifies the used quota.
    pub used: Option<i64>,
    /// Specifies the total quota.
    pub quota: Option<i64>,
    /// Specifies the minimum quota.
    pub min: Option<i64>,
    /// Specifies the maximum quota.
    pub max: Option<i64>,
}
/// Request parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ReplicateImageWithinRegionRequest {
    /// Specifies the image name. For detailed description, see Image Attributes.
    pub name: String,
    /// Provides supplementary information about the image. For detailed description, see Image Attributes. The value contains a maximum of 1,024 characters, including letters and digits. Carriage returns and angle brackets (\< \>) are not allowed. This parameter is left blank by default.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Specifies the encryption key. This parameter is left blank by default.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cmk_id: Option<String>,
    /// Specifies the enterprise project that the image belongs to.
    ///
    /// - If the value is **0** or left blank, the image belongs to the default enterprise project.
    /// - If the value is a UUID, the image belongs to the enterprise project corresponding to the UUID.
    /// - For more information about enterprise projects and how to obtain enterprise project IDs, see *Enterprise Management User Guide*.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub enterprise_project_id: Option<String>,
}
/// Request parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AddImageSharingMembersRequest {
    /// Specifies the image IDs.
    pub images: Vec<String>,
    /// Specifies the project IDs.
    pub projects: Vec<String>,
}
/// The `UpdateImagesSharingStatusRequest` model.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct UpdateImagesSharingStatusRequest {
    /// Specifies the image IDs.
    pub images: Vec<String>,
    /// Specifies the project ID.
    pub project_id: String,
    /// Specifies whether a shared image will be accepted or declined.
    /// The value can be one of the following:
    ///
    /// - **accepted**: indicates that a shared image is accepted. After an image is accepted, the image is displayed in the image list. You can use the image to create ECSs.
    /// - **rejected**: indicates that a shared image is declined. After an image is declined, the image is not displayed in the image list. However, you can still use the image to create ECSs.
    pub status: String,
    /// Specifies the ID of a vault.
    /// This parameter is mandatory if you want to accept a shared full-ECS image created from a CBR backup.
    /// You can obtain the vault ID from the CBR console or section "Querying the Vault List" in *Cloud Backup and Recovery API Reference*.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub vault_id: Option<String>,
}
/// Request parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AddOrUpdateTagRequest {
    /// Specifies the image ID.
    /// For details about how to obtain the image ID, see Querying Images.
    pub image_id: String,
    /// Specifies the tag.
    /// Use either **tag** or **image\_tag**.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tag: Option<String>,
    /// Lists the image tags. For detailed description, see Image Tag Format. This parameter is left blank by default.
    /// Use either **tag** or **image\_tag**.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub image_tag: Option<serde_json::Value>,
}
/// Response parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListTagsResponse {
    /// Lists the tags.
    pub tags: Option<Vec<String>>,
}
/// Response parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ShowImageMetadataResponse {
    /// Image status. Wire name: `Status`.
    #[serde(rename = "Status")]
    pub status: Option<String>,
    /// Virtual size of an image. Wire name: `Virtual_size`.
    #[serde(rename = "Virtual_size")]
    pub virtual_size: Option<i64>,
    /// Image name. Wire name: `Name`.
    #[serde(rename = "Name")]
    pub name: Option<String>,
    /// Whether an image has been deleted. Wire name: `Deleted`.
    #[serde(rename = "Deleted")]
    pub deleted: Option<bool>,
    /// Image container type. Wire name: `Container_format`.
    #[serde(rename = "Container_format")]
    pub container_format: Option<String>,
    /// Time when an image was created. Wire name: `Created_at`.
    #[serde(rename = "Created_at")]
    pub created_at: Option<String>,
    /// Image file type. Wire name: `Disk_format`.
    #[serde(rename = "Disk_format")]
    pub disk_format: Option<String>,
    /// Time when an image was updated. Wire name: `Updated_at`.
    #[serde(rename = "Updated_at")]
    pub updated_at: Option<String>,
    /// Image attribute. Wire name: `Property`.
    #[serde(rename = "Property")]
    pub property: Option<serde_json::Value>,
    /// Tenant to which an image belongs. Wire name: `Owner`.
    #[serde(rename = "Owner")]
    pub owner: Option<String>,
    /// Whether an image is protected. Wire name: `Protected`.
    #[serde(rename = "Protected")]
    pub protected: Option<bool>,
    /// Minimum memory (MB) required for running an image. Wire name: `Min_ram`.
    #[serde(rename = "Min_ram")]
    pub min_ram: Option<i64>,
    /// Image verification sum. This parameter is available after an image file is uploaded. Wire name: `Checksum`.
    #[serde(rename = "Checksum")]
    pub checksum: Option<String>,
    /// Minimum disk capacity (GB) required for running the image. Wire name: `Min_disk`.
    #[serde(rename = "Min_disk")]
    pub min_disk: Option<i64>,
    /// Whether an image is a public one. Wire name: `Is_public`.
    #[serde(rename = "Is_public")]
    pub is_public: Option<bool>,
    /// Time when an image was deleted. Wire name: `Deleted_at`.
    #[serde(rename = "Deleted_at")]
    pub deleted_at: Option<String>,
    /// Image UUID. Wire name: `Id`.
    #[serde(rename = "Id")]
    pub id: Option<String>,
    /// Image size. This parameter is available after an image file is uploaded. Wire name: `Size`.
    #[serde(rename = "Size")]
    pub size: Option<i64>,
}
/// Parameters in the request body when a CSBS backup or CBR backup is used to create a full-ECS image
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CsbsBackupOrCbrBackupIsUsedToCreateAFullEcsImage {
    /// Specifies the image name. For detailed description, see Image Attributes.
    pub name: String,
    /// Provides supplementary information about the image. For detailed description, see Image Attributes.
    pub description: Option<String>,
    /// Lists the image tags. This parameter is left blank by default.
    /// Use either **tags** or **image\_tags**.
    pub tags: Option<Vec<String>>,
    /// Lists the image tags. This parameter is left blank by default.
    /// Use either **tags** or **image\_tags**.
    /// For details about **image\_tags**, see Table 1.
    pub image_tags: Option<Vec<ImageDataOfTheImageTagsField>>,
    /// Specifies the CSBS backup ID or CBR backup ID.
    /// To obtain the CSBS backup ID, perform the following operations:
    ///
    /// - Log in to the management console.
    /// - Under **Storage**, click **Cloud Server Backup Service**.
    /// - In the backup list, expand details of the backup to obtain its ID. To obtain the CBR backup ID, perform the following operations:
    /// - Log in to the management console.
    /// - Under **Storage**, click **Cloud Backup and Recovery**.
    /// - On the displayed **Cloud Server Backup** page, click the **Backups** tab and obtain the backup ID from the backup list.
    pub backup_id: String,
    /// Specifies the enterprise project that the image belongs to.
    ///
    /// - If the value is **0** or left blank, the image belongs to the default enterprise project.
    /// - If the value is a UUID, the image belongs to the enterprise project corresponding to the UUID.
    /// - For more information about enterprise projects and how to obtain enterprise project IDs, see *Enterprise Management User Guide*.
    pub enterprise_project_id: Option<String>,
    /// Specifies the maximum memory of the image in the unit of MB. This parameter is not configured by default.
    pub max_ram: Option<i64>,
    /// Specifies the minimum memory of the image in the unit of MB. The default value is **0**, indicating that the memory is not restricted. Default: `0`.
    pub min_ram: Option<i64>,
    /// Specifies the method of creating a full-ECS image.
    ///
    /// - If a CBR backup is used to create a full-ECS image, this parameter is mandatory and the value must be **CBR**. In this case, **backup\_id** is the CBR backup ID.
    /// - If a CSBS backup is used to create a full-ECS image, this parameter can be left blank and the default value **CSBS** will be used. In this case, **backup\_id** is the CSBS backup ID.
    pub whole_image_type: Option<String>,
}
/// Data structure description of the image\_tag field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct OrUpdateTagDataDescriptionOfTheImageTagField {
    /// Specifies the tag key.
    pub key: String,
    /// Specifies the tag value.
    pub value: String,
}
/// Response parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ShowApiVersionResponse {
    /// Specifies the version.
    /// For details, see Table 2.
    pub versions: Option<Vec<ApiVersionDataDescriptionOfTheVersionsField>>,
}
crate::support::open_enum!(
    #[doc = " Specifies the API status."] #[doc = " The value can be:"] #[doc = ""] #[doc
    = " - **CURRENT**: This is the preferred API version."] #[doc =
    " - **SUPPORTED**: This is an old but still available API version."] #[doc =
    " - **DEPRECATED**: This is a deprecated API version that will be removed."]
    ApiVersionDataDescriptionOfTheVersionsFieldStatus { Current = "CURRENT", Supported =
    "SUPPORTED", Deprecated = "DEPRECATED" }
);
/// Data structure description of the versions field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ApiVersionDataDescriptionOfTheVersionsField {
    /// Specifies the API status.
    /// The value can be:
    ///
    /// - **CURRENT**: This is the preferred API version.
    /// - **SUPPORTED**: This is an old but still available API version.
    /// - **DEPRECATED**: This is a deprecated API version that will be removed.
    pub status: Option<ApiVersionDataDescriptionOfTheVersionsFieldStatus>,
    /// Specifies the API ID.
    pub id: Option<String>,
    /// Specifies the description.
    /// For details, see Table 3.
    pub links: Option<Vec<ApiVersionDataDescriptionOfTheVersionsLinksField>>,
}
/// Data structure description of the versions.links field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ApiVersionDataDescriptionOfTheVersionsLinksField {
    /// Specifies the domain name.
    pub href: Option<String>,
    /// Specifies the domain name description.
    pub rel: Option<String>,
}
/// Response parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListApiVersionsResponse {
    /// Specifies the versions.
    /// For details, see Table 1.
    pub versions: Option<Vec<ApiVersionDataDescriptionOfTheVersionsField>>,
}
crate::support::open_enum!(
    #[doc = " The values of `Platform`."] Platform { Windows = "Windows", Ubuntu =
    "Ubuntu", RedHat = "Red Hat", Suse = "SUSE", CentOs = "CentOS", Debian = "Debian",
    OpenSuse = "OpenSUSE", OracleLinux = "Oracle Linux", Fedora = "Fedora", CoreOs =
    "CoreOS", EulerOs = "EulerOS", Other = "Other" }
);
crate::support::open_enum!(
    #[doc = " The values of `SortKey`."] SortKey { Name = "name", ContainerFormat =
    "container_format", DiskFormat = "disk_format", Status = "status", Id = "id", Size =
    "size", CreatedAt = "created_at" }
);
crate::support::open_enum!(
    #[doc = " The values of `MemberStatus`."] MemberStatus { Accepted = "accepted",
    Rejected = "rejected", Pending = "pending" }
);
