//! Models of Elastic Volume Service (shared by every API version unless a version module has its own).
/// Request parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CreateEvsDisksRequest {
    /// The information of the disk to be created. For details, see Parameters in the volume field.
    pub volume: EvsDiskParametersInTheVolumeField,
}
crate::support::open_enum!(
    #[doc = " The disk type."] #[doc =
    " The value can be **ESSD**, **GPSSD**, **SSD**, **SAS**, or **SATA(End-of-sale)**."]
    #[doc = ""] #[doc = " - **SSD**: the ultra-high I/O type"] #[doc =
    " - **SAS**: the high I/O type"] #[doc = " - **SATA**: the common I/O type"] #[doc =
    " - **GPSSD**: the general purpose SSD type"] #[doc =
    " - **ESSD**: the extreme SSD type If the specified disk type is not available in the AZ, the disk will fail to be created."]
    #[doc = " - When the disk is created from a backup:"] #[doc =
    " - If the type of the backup's source disk is **SSD**, **SAS**, **SATA**, **GPSSD**, or **ESSD**, you can create disks of any of these types."]
    #[doc =
    " - When the disk is created from a snapshot, the disk type of the new disk will be consistent with that of the snapshot's source disk."]
    #[doc =
    " - For details about disk types, see **Disk Types and Performance** in the *Elastic Volume Service User Guide*."]
    EvsDiskParametersInTheVolumeFieldVolumeType { Essd = "ESSD", Gpssd = "GPSSD", Ssd =
    "SSD", Sas = "SAS", SataEndOfSale = "SATA(End-of-sale)" }
);
/// Parameters in the volume field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EvsDiskParametersInTheVolumeField {
    /// The backup ID. This parameter is mandatory when you create the disk from a backup.
    /// For how to obtain the backup ID, see **Querying All Backups** in the *Cloud Backup and Recovery API Reference*.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub backup_id: Option<String>,
    /// The AZ where you want to create the disk. If the specified AZ does not exist, the disk will fail to be created.
    /// For details about how to obtain the AZ, see Querying All AZs.
    pub availability_zone: String,
    /// The disk description, which can contain a maximum of 255 bytes.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The disk size, in GB. The value can be as follows:
    ///
    /// - System disk: 1 GB to 1024 GB
    /// - Data disk: 10 GB to 32768 GB This parameter is mandatory when you create an empty disk. You can specify the parameter value as required within the value range. This parameter is mandatory when you create the disk from a snapshot. Ensure that the disk size is greater than or equal to the snapshot size. This parameter is mandatory when you create the disk from an image. Ensure that the disk size is greater than or equal to the minimum disk capacity required by **min\_disk** in the image attributes. This parameter is optional when you create the disk from a backup. If this parameter is not specified, the disk size is equal to the backup size. If the specified value is a decimal, the number part of the value will be used.
    pub size: i64,
    /// The disk name.
    ///
    /// - If you create disks one by one, the **name** value is the disk name, which can contain a maximum of 255 characters.
    /// - If you create multiple disks (the **count** value greater than **1**), the system will automatically add a hyphen followed by a four-digit incremental number, such as **-0000**, to the end of each disk name. For example, the disk names can be **volume-0001** and **volume-0002**. The value can contain a maximum of 250 bytes.
    ///
    /// Length at most 255.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The snapshot ID. If this parameter is specified, the disk will be created from a snapshot.
    /// For details about how to obtain the snapshot ID, see Querying Details About EVS Snapshots.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub snapshot_id: Option<String>,
    /// The image ID. If this parameter is specified, the disk will be created from an image.
    /// BMS system disks cannot be created from BMS images.
    /// For how to obtain the image ID, see **Querying Images** in the *Image Management Service API Reference*.
    ///
    /// Wire name: `imageRef`.
    #[serde(rename = "imageRef", skip_serializing_if = "Option::is_none")]
    pub image_ref: Option<String>,
    /// The disk type.
    /// The value can be **ESSD**, **GPSSD**, **SSD**, **SAS**, or **SATA(End-of-sale)**.
    ///
    /// - **SSD**: the ultra-high I/O type
    /// - **SAS**: the high I/O type
    /// - **SATA**: the common I/O type
    /// - **GPSSD**: the general purpose SSD type
    /// - **ESSD**: the extreme SSD type If the specified disk type is not available in the AZ, the disk will fail to be created.
    /// - When the disk is created from a backup:
    /// - If the type of the backup's source disk is **SSD**, **SAS**, **SATA**, **GPSSD**, or **ESSD**, you can create disks of any of these types.
    /// - When the disk is created from a snapshot, the disk type of the new disk will be consistent with that of the snapshot's source disk.
    /// - For details about disk types, see **Disk Types and Performance** in the *Elastic Volume Service User Guide*.
    pub volume_type: EvsDiskParametersInTheVolumeFieldVolumeType,
    /// The number of disks to be created in a batch. If this parameter is not specified, only one disk will be created. You can create a maximum of 100 disks in a batch.
    /// If disks are created from backups, batch creation is not supported, and this parameter must be set to **1**.
    /// If the specified value is a decimal, the number part of the value will be used.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub count: Option<i64>,
    /// Whether the disk is shareable. The value can be **true** (shared disk) or **false** (common disk).
    /// This field is no longer used. Use **multiattach**.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub shareable: Option<String>,
    /// The metadata of the disk to be created.
    /// Optional parameters:
    /// The encryption CMK ID in **metadata**. This parameter is used together with **\_\_system\_\_encrypted** for encryption. The length of **cmkid** is fixed at 36 bytes.
    /// **\_\_system\_\_encrypted**: the encryption field in **metadata**. The value can be **0** (does not encrypt the disk) or **1** (encrypts the disk). If this parameter is not specified, the encryption attribute of the disk will be the same as that of the data source. If the disk is not created from a data source, the disk will not be encrypted by default.
    /// **full\_clone**: If the disk is created from a snapshot and linked cloning needs to be used, set this parameter to **0**.
    /// **hw:passthrough**:
    ///
    /// - If this parameter is set to **true**, the disk device type will be SCSI, which allows ECS OSs to directly access underlying storage media. SCSI reservation commands are supported.
    /// - If this parameter is set to **false**, the disk device type will be VBD, which supports only simple SCSI read/write commands.
    /// - If this parameter is not specified, the disk device type will be VBD.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub metadata: Option<std::collections::BTreeMap<String, String>>,
    /// Whether the disk is shareable. The default value is **false**.
    ///
    /// - **true**: indicates a shared disk.
    /// - **false**: indicates a non-shared disk.
    ///
    /// Default: `false`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub multiattach: Option<bool>,
    /// The tags to be added to the disk during the disk creation.
    /// A maximum of 10 tags can be added to a disk.
    /// A tag key must be unique. Deduplication will be performed for duplicate keys. Therefore, only one tag key in the duplicate keys is valid.
    ///
    /// - Tag key: String type
    /// - Cannot be left blank.
    /// - Must be unique for each resource.
    /// - Can contain a maximum of 36 characters.
    /// - Can contain only digits, letters, hyphens (-), and underscores (\_).
    /// - Tag value: String type
    /// - Can contain a maximum of 43 characters.
    /// - Can contain only digits, letters, hyphens (-), and underscores (\_).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tags: Option<serde_json::Value>,
}
crate::support::setters!(
    @ model EvsDiskParametersInTheVolumeField new(availability_zone : String, size : i64,
    volume_type : EvsDiskParametersInTheVolumeFieldVolumeType) { backup_id : String,
    description : String, name : String, snapshot_id : String, image_ref : String, count
    : i64, shareable : String, metadata : std::collections::BTreeMap < String, String >,
    multiattach : bool, tags : serde_json::Value }
);
/// Response parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CreateEvsDisksResponse {
    /// The task ID.
    pub job_id: Option<String>,
    /// The error message returned if an error occurs. For details, see Parameters in the error field.
    pub error: Option<EvsDiskParametersInTheErrorField>,
}
/// Parameters in the error field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EvsDiskParametersInTheErrorField {
    /// The error message returned if an error occurs.
    pub message: Option<String>,
    /// The error code returned if an error occurs.
    /// For details about the error code, see Error Codes.
    pub code: Option<String>,
}
/// Response parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ShowAllEvsDisksResponse {
    /// The list of queried disks. For details, see Parameters in the volumes field.
    pub volumes: Option<Vec<AllEvsDiskParametersInTheVolumesField>>,
    /// The query position marker in the disk list. If only some disks are returned in this query, the URL of the last disk queried will be returned. You can use this URL to continue to query the remaining disks in the next query. For details, see Parameters in the links field.
    pub volumes_links: Option<Vec<AllEvsDiskParametersInTheLinksField>>,
    /// The number of queried disks. This value is not affected by the pagination.
    pub count: Option<i64>,
    /// The error message returned if an error occurs. For details, see Parameters in the error field.
    pub error: Option<EvsDiskParametersInTheErrorField>,
}
crate::support::open_enum!(
    #[doc = " The disk type."] #[doc =
    " The value can be **ESSD**, **GPSSD**, **SSD**, **SAS**, or **SATA**."] #[doc = ""]
    #[doc = " - **SSD**: the ultra-high I/O type"] #[doc =
    " - **SAS**: the high I/O type"] #[doc = " - **SATA**: the common I/O type"] #[doc =
    " - **GPSSD**: the general purpose SSD type"] #[doc =
    " - **ESSD**: the extreme SSD type"] AllEvsDiskParametersInTheVolumesFieldVolumeType
    { Essd = "ESSD", Gpssd = "GPSSD", Ssd = "SSD", Sas = "SAS", Sata = "SATA" }
);
/// Parameters in the volumes field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AllEvsDiskParametersInTheVolumesField {
    /// The disk ID.
    pub id: Option<String>,
    /// The disk URI. For details, see Parameters in the links field.
    pub links: Option<Vec<AllEvsDiskParametersInTheLinksField>>,
    /// The disk name.
    pub name: Option<String>,
    /// The disk status. For details, see EVS Disk Status.
    pub status: Option<String>,
    /// The disk attachment information. For details, see Parameters in the attachments field.
    pub attachments: Option<Vec<AllEvsDiskParametersInTheAttachmentsField>>,
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
    pub volume_type: Option<AllEvsDiskParametersInTheVolumesFieldVolumeType>,
    /// The ID of the tenant to which the disk belongs. The tenant ID is the same as the project ID. Wire name: `os-vol-tenant-attr:tenant_id`.
    #[serde(rename = "os-vol-tenant-attr:tenant_id")]
    pub os_vol_tenant_attr_tenant_id: Option<String>,
    /// The disk size, in GB.
    pub size: Option<i64>,
    /// The disk metadata. For details, see Parameters in the metadata field.
    /// If **metadata** does not contain the **hw:passthrough** field, the disk device type is VBD.
    /// If **metadata** does not contain the **\_\_system\_\_encrypted** field, the disk is not encrypted.
    pub metadata: Option<AllEvsDiskParametersInTheMetadataField>,
    /// The reserved field. Wire name: `os-vol-mig-status-attr:migstat`.
    #[serde(rename = "os-vol-mig-status-attr:migstat")]
    pub os_vol_mig_status_attr_migstat: Option<String>,
    /// The reserved field. Wire name: `os-vol-mig-status-attr:name_id`.
    #[serde(rename = "os-vol-mig-status-attr:name_id")]
    pub os_vol_mig_status_attr_name_id: Option<String>,
    /// The reserved field. Wire name: `os-volume-replication:extended_status`.
    #[serde(rename = "os-volume-replication:extended_status")]
    pub os_volume_replication_extended_status: Option<String>,
    /// This field is currently not supported.
    pub encrypted: Option<bool>,
    /// The reserved field.
    pub replication_status: Option<String>,
    /// The reserved field.
    pub user_id: Option<String>,
    /// The reserved field.
    pub consistencygroup_id: Option<String>,
    /// Whether the disk is bootable.
    ///
    /// - **true**: indicates a bootable disk.
    /// - **false**: indicates a non-bootable disk.
    pub bootable: Option<String>,
    /// The time when the disk was updated.
    /// Time format: UTC YYYY-MM-DDTHH:MM:SS.XXXXXX
    pub updated_at: Option<String>,
    /// Whether the disk is shareable.
    /// This field is no longer used. Use **multiattach**.
    pub shareable: Option<String>,
    /// Whether the disk is shareable.
    ///
    /// - **true**: indicates a shared disk.
    /// - **false**: indicates a non-shared disk.
    pub multiattach: Option<bool>,
    /// The metadata of the disk image. This field has a value if the disk is created from an image. Or, it is left empty.
    /// For details about **volume\_image\_metadata**, see **Querying Image Details (Native OpenStack API)** in the *Image Management Service API Reference*.
    pub volume_image_metadata: Option<serde_json::Value>,
    /// The disk tags.
    /// This field has values if the disk has tags. Or, it is left empty.
    pub tags: Option<serde_json::Value>,
    /// The unique identifier used when attaching the disk.
    pub wwn: Option<String>,
}
/// Parameters in the links field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AllEvsDiskParametersInTheLinksField {
    /// The corresponding shortcut link.
    pub href: Option<String>,
    /// The shortcut link marker name.
    pub rel: Option<String>,
}
/// Parameters in the attachments field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AllEvsDiskParametersInTheAttachmentsField {
    /// The ID of the server to which the disk is attached.
    pub server_id: Option<String>,
    /// The ID of the attachment information.
    pub attachment_id: Option<String>,
    /// The time when the disk was attached.
    /// Time format: UTC YYYY-MM-DDTHH:MM:SS.XXXXXX
    pub attached_at: Option<String>,
    /// The name of the physical host housing the cloud server to which the disk is attached.
    pub host_name: Option<String>,
    /// The disk ID.
    pub volume_id: Option<String>,
    /// The device name.
    pub device: Option<String>,
    /// The ID of the attached disk.
    pub id: Option<String>,
}
crate::support::open_enum!(
    #[doc =
    " The parameter that describes the disk device type in **metadata**. The value can be **true** or **false**."]
    #[doc = ""] #[doc =
    " - **true** indicates the SCSI device type, which allows ECS OSs to directly access the underlying storage media and support SCSI reservation commands."]
    #[doc =
    " - **false** indicates the VBD device type (the default type), which supports only simple SCSI read/write commands."]
    #[doc = " - If this parameter does not appear, the disk device type is VBD."]
    AllEvsDiskParametersInTheMetadataFieldHwPassthrough { True = "true", False = "false"
    }
);
/// Parameters in the metadata field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AllEvsDiskParametersInTheMetadataField {
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
    /// - **true** indicates the SCSI device type, which allows ECS OSs to directly access the underlying storage media and support SCSI reservation commands.
    /// - **false** indicates the VBD device type (the default type), which supports only simple SCSI read/write commands.
    /// - If this parameter does not appear, the disk device type is VBD.
    ///
    /// Wire name: `hw:passthrough`.
    #[serde(rename = "hw:passthrough")]
    pub hw_passthrough: Option<AllEvsDiskParametersInTheMetadataFieldHwPassthrough>,
    /// The clone method. If the disk is created from a snapshot, value **0** indicates the linked cloning method.
    pub full_clone: Option<String>,
}
/// Response parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ShowEvsDiskResponse {
    /// The queried disk. For details, see Parameters in the volume field.
    pub volume: Option<ShowEvsDiskParametersInTheVolumeField>,
    /// The error message returned if an error occurs. For details, see Parameters in the error field.
    pub error: Option<EvsDiskParametersInTheErrorField>,
}
/// Parameters in the volume field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ShowEvsDiskParametersInTheVolumeField {
    /// The disk ID.
    pub id: Option<String>,
    /// The disk URI. For details, see Parameters in the links field.
    pub links: Option<Vec<AllEvsDiskParametersInTheLinksField>>,
    /// The disk name.
    pub name: Option<String>,
    /// The disk status. For details, see EVS Disk Status.
    pub status: Option<String>,
    /// The disk attachment information. For details, see Parameters in the attachments field.
    pub attachments: Option<Vec<AllEvsDiskParametersInTheAttachmentsField>>,
    /// The AZ to which the disk belongs.
    pub availability_zone: Option<String>,
    /// The source disk ID. This parameter has a value if the disk is created from a source disk.
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
    pub volume_type: Option<AllEvsDiskParametersInTheVolumesFieldVolumeType>,
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
    pub metadata: Option<AllEvsDiskParametersInTheMetadataField>,
    /// The reserved field. Wire name: `os-vol-host-attr:host`.
    #[serde(rename = "os-vol-host-attr:host")]
    pub os_vol_host_attr_host: Option<String>,
    /// This field is currently not supported.
    pub encrypted: Option<bool>,
    /// The time when the disk was updated.
    /// Time format: UTC YYYY-MM-DDTHH:MM:SS.XXXXXX
    pub updated_at: Option<String>,
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
    /// The reserved field.
    pub storage_cluster_id: Option<String>,
}
/// Parameter description
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ShowLazyloadingDiskLoadingProgressResponse {
    /// The loading information, in percentage. For details, see Parameter in the info field.
    pub info: Option<DiskLoadingProgressParameterInTheInfoField>,
    /// The error message returned if an error occurs. For details, see Parameters in the error field.
    pub error: Option<EvsDiskParametersInTheErrorField>,
}
/// Parameter in the info field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct DiskLoadingProgressParameterInTheInfoField {
    /// The loading progress of the lazyloading disk.
    pub loading_progress: Option<i64>,
}
crate::support::open_enum!(
    #[doc = " The operation to perform. The value can be **create** or **delete**."]
    #[doc = " **create**: specifies to add tags."] BatchAddEvsDiskTagsRequestAction {
    Create = "create", Delete = "delete" }
);
/// Parameter description
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct BatchAddEvsDiskTagsRequest {
    /// The tag list. For details, see Parameters in the resource\_tag field.
    pub tags: Vec<AddEvsDiskTagParametersInTheResourceTagField>,
    /// The operation to perform. The value can be **create** or **delete**.
    /// **create**: specifies to add tags.
    pub action: BatchAddEvsDiskTagsRequestAction,
}
/// Parameters in the resource\_tag field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AddEvsDiskTagParametersInTheResourceTagField {
    /// The tag key.
    ///
    /// - Cannot be left blank.
    /// - Must be unique for each resource.
    /// - Can contain a maximum of 36 characters.
    /// - Can contain only digits, letters, hyphens (-), and underscores (\_).
    ///
    /// Length at most 36.
    pub key: String,
    /// The tag value.
    ///
    /// - Can contain a maximum of 43 characters.
    /// - Can contain only digits, letters, hyphens (-), and underscores (\_).
    ///
    /// Length at most 43.
    pub value: String,
}
crate::support::setters!(
    @ model AddEvsDiskTagParametersInTheResourceTagField new(key : String, value :
    String) {}
);
/// Request parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct BatchDeleteEvsDiskTagsRequest {
    /// The tag list. For details, see Parameters in the resource\_tag field.
    pub tags: Vec<DeleteEvsDiskTagParametersInTheResourceTagField>,
    /// The operation to perform. The value can be **create** or **delete**.
    /// **delete**: deletes tags.
    pub action: BatchAddEvsDiskTagsRequestAction,
}
/// Parameters in the resource\_tag field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct DeleteEvsDiskTagParametersInTheResourceTagField {
    /// The tag key.
    pub key: String,
    /// The tag value.
    ///
    /// - It can contain up to 43 Unicode characters.
    /// - It can be an empty string. The spaces before and after the character string are discarded.
    /// - It cannot contain the following characters:
    /// - Non-printable ASCII characters (0-31)
    /// - Special characters, including asterisks (\*), left angle brackets (\<), right angle brackets (\>), backslashes (\\), equal signs (=), commas (,), vertical bars (\|), and slashes (/)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
}
crate::support::setters!(
    @ model DeleteEvsDiskTagParametersInTheResourceTagField new(key : String) { value :
    String }
);
/// Request parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ShowEvsDisksByTagRequest {
    /// The key-value pairs of tags. For details, see Parameters in the tags field.
    /// One tag list can contain a maximum of 10 keys.
    /// Tag keys in a tag list must be unique.
    /// When multiple keys are specified in a tag list, only the disks having all specified keys are queried.
    /// If multiple tag lists are specified in the request, only the disks that meet the requirements of the last tag list are queried.
    pub tags: Vec<EvsDisksByTagParametersInTheTagsField>,
    /// The number of query records.
    /// The value ranges from **1** to **1000**, and the default value is **1000**. The returned value cannot exceed this limit.
    ///
    /// Default: `1000`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
    /// The index location.
    /// The minimum value is **0**, which is also the default value.
    /// The first record in the query result is the offset+1 record that meets the query criteria.
    ///
    /// Range at least 0.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub offset: Option<i64>,
    /// The operation identifier.
    /// Specifying **filter** queries the details of disks by tag.
    pub action: String,
    /// The query criteria that the resource supports. For details, see Parameters in the matches field.
    /// Tag keys in a list must be unique.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub matches: Option<Vec<EvsDisksByTagParametersInTheMatchesField>>,
}
/// Parameters in the tags field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EvsDisksByTagParametersInTheTagsField {
    /// The tag key.
    pub key: String,
    /// The tag value.
    ///
    /// - One value list can contain a maximum of 10 values.
    /// - Tag values in a value list must be unique.
    /// - If the value list is left empty, any tag value can be matched. When multiple values are specified in a value list and the key requirements are met, disks that have any of the specified values are queried.
    pub values: Vec<serde_json::Value>,
}
crate::support::setters!(
    @ model EvsDisksByTagParametersInTheTagsField new(key : String, values : Vec <
    serde_json::Value >) {}
);
crate::support::open_enum!(
    #[doc = " The tag key."] #[doc = " The value can be as follows:"] #[doc = ""] #[doc =
    " - **resource\\_name**: the disk name"] #[doc =
    " - **service\\_type**: the service type"]
    EvsDisksByTagParametersInTheMatchesFieldKey { ResourceName = "resource_name",
    ServiceType = "service_type" }
);
/// Parameters in the matches field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EvsDisksByTagParametersInTheMatchesField {
    /// The tag key.
    /// The value can be as follows:
    ///
    /// - **resource\_name**: the disk name
    /// - **service\_type**: the service type
    pub key: EvsDisksByTagParametersInTheMatchesFieldKey,
    /// The tag value.
    ///
    /// - It can contain up to 255 characters.
    /// - If **resource\_name** is specified for **key**, the tag value uses a fuzzy match.
    /// - If **service\_type** is specified for **key**, the value can be **EVS** and is case-insensitive.
    ///
    /// Length at most 255.
    pub value: String,
}
crate::support::setters!(
    @ model EvsDisksByTagParametersInTheMatchesField new(key :
    EvsDisksByTagParametersInTheMatchesFieldKey, value : String) {}
);
/// Response parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ShowEvsDisksByTagResponse {
    /// The total number of disks that meet the query criteria.
    pub total_count: Option<i64>,
    /// The list of disks that meet the query criteria. For details, see Parameters in the resources field.
    pub resources: Option<Vec<EvsDisksByTagParametersInTheResourcesField>>,
    /// The error message returned if an error occurs. For details, see Parameters in the error field.
    pub error: Option<EvsDiskParametersInTheErrorField>,
}
/// Parameters in the resources field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EvsDisksByTagParametersInTheResourcesField {
    /// The disk ID.
    pub resource_id: Option<String>,
    /// The disk name.
    pub resource_name: Option<String>,
    /// The disk details.
    pub resource_detail: Option<serde_json::Value>,
    /// The tag list.
    pub tags: Option<serde_json::Value>,
}
/// Parameter description
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListEvsDiskTagsResponse {
    /// The tag list. For details, see Parameters in the resource\_tag field.
    pub tags: Option<Vec<EvsDiskTagParametersInTheResourceTagField>>,
}
/// Parameters in the resource\_tag field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EvsDiskTagParametersInTheResourceTagField {
    /// The tag key.
    pub key: Option<String>,
    /// The tag value.
    pub value: Option<String>,
}
/// Parameter description
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ShowEvsDisksNumberByTagRequest {
    /// The key-value pairs of tags. For details, see Parameters in the resource\_tag field.
    /// The **tags** field cannot be left empty.
    /// One tag list can contain a maximum of 10 keys.
    /// Tag keys in a tag list must be unique.
    /// When multiple keys are specified in a tag list, only the disks having all specified keys are queried.
    /// If multiple tag lists are specified in the request, only the disks that meet the requirements of the last tag list are queried.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<DisksNumberByTagParametersInTheResourceTagField>>,
    /// The operation identifier.
    /// Specifying **count** queries the number of disks by tag.
    pub action: String,
    /// The query criteria that the resource supports. For details, see Parameters in the match field.
    /// The **matches** field cannot be left empty.
    /// Tag keys in the list must be unique.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub matches: Option<Vec<EvsDisksNumberByTagParametersInTheMatchField>>,
}
/// Parameters in the resource\_tag field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct DisksNumberByTagParametersInTheResourceTagField {
    /// The tag key.
    ///
    /// - Cannot be left blank.
    /// - Must be unique for each resource.
    /// - Can contain a maximum of 36 characters.
    /// - Can contain only digits, letters, hyphens (-), and underscores (\_).
    ///
    /// Length at most 36.
    pub key: String,
    /// The tag value.
    ///
    /// - Can contain a maximum of 43 characters.
    /// - Can contain only digits, letters, hyphens (-), and underscores (\_). One value list can contain a maximum of 10 values. Tag values in a value list must be unique. If the value list is left empty, any tag value can be matched. When multiple values are specified in a value list and the key requirements are met, disks that have any of the specified values are queried.
    pub values: Vec<serde_json::Value>,
}
crate::support::setters!(
    @ model DisksNumberByTagParametersInTheResourceTagField new(key : String, values :
    Vec < serde_json::Value >) {}
);
/// Parameters in the match field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EvsDisksNumberByTagParametersInTheMatchField {
    /// The tag key. The value is of the enumerated type.
    /// The value can be as follows:
    ///
    /// - **resource\_name**: disk name.
    /// - **service\_type**: service type.
    pub key: EvsDisksByTagParametersInTheMatchesFieldKey,
    /// The tag value.
    ///
    /// - It can contain up to 255 Unicode characters.
    /// - An empty string specifies an exact match, and a non-empty string specifies a fuzzy query.
    /// - If **resource\_name** is specified for **key**, spaces before and after the tag value will be discarded.
    /// - If **service\_type** is specified for **key**, the value can be **EVS** and is case-insensitive.
    pub value: String,
}
crate::support::setters!(
    @ model EvsDisksNumberByTagParametersInTheMatchField new(key :
    EvsDisksByTagParametersInTheMatchesFieldKey, value : String) {}
);
/// Parameter description
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ShowEvsDisksNumberByTagResponse {
    /// The total number of disks that meet the query criteria.
    pub total_count: Option<i64>,
    /// The error message returned when an error occurs. For details, see Parameters in the error field.
    pub error: Option<EvsDiskParametersInTheErrorField>,
}
/// Request parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AddEvsDiskMetadataRequest {
    /// The metadata to be updated. For details, see Parameter in the metadata field.
    /// The length of **key** and **value** under **metadata** can contain no more than 255 bytes.
    pub metadata: std::collections::BTreeMap<String, String>,
}
/// Response parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AddEvsDiskMetadataResponse {
    /// The disk metadata, which is made up of key-value pairs.
    pub metadata: Option<serde_json::Value>,
    /// The error message returned if an error occurs. For details, see Parameters in the error field.
    pub error: Option<EvsDiskParametersInTheErrorField>,
}
/// Request parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CreateEvsDisksRequest2 {
    /// The information of the disk to be created. For details, see Parameters in the volume field.
    pub volume: CreateEvsDisksParametersInTheVolumeField,
}
/// Parameters in the volume field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CreateEvsDisksParametersInTheVolumeField {
    /// The AZ where you want to create the disk. If the specified AZ does not exist, the disk will fail to be created.
    /// For details about how to obtain the AZ, see Querying All AZs.
    pub availability_zone: String,
    /// The source disk ID. If this parameter is specified, the disk will be cloned from an existing disk. This function is currently not supported.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source_volid: Option<String>,
    /// The disk description, which can contain a maximum of 255 bytes.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The snapshot ID. If this parameter is specified, the disk will be created from a snapshot.
    /// For details about how to obtain the snapshot ID, see Querying Details About EVS Snapshots.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub snapshot_id: Option<String>,
    /// The disk size, in GB. The value can be as follows:
    ///
    /// - System disk: 1 GB to 1024 GB
    /// - Data disk: 10 GB to 32768 GB This parameter is mandatory when you create an empty disk. You can specify the parameter value as required within the value range. This parameter is mandatory when you create the disk from a snapshot. Ensure that the disk size is greater than or equal to the snapshot size. This parameter is mandatory when you create the disk from an image. Ensure that the disk size is greater than or equal to the minimum disk capacity required by **min\_disk** in the image attributes.
    pub size: i64,
    /// The disk name, which can contain a maximum of 255 bytes.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The image ID. If this parameter is specified, the disk will be created from an image.
    /// BMS system disks cannot be created from BMS images.
    /// For how to obtain the image ID, see **Querying Images** in the *Image Management Service API Reference*.
    ///
    /// Wire name: `imageRef`.
    #[serde(rename = "imageRef", skip_serializing_if = "Option::is_none")]
    pub image_ref: Option<String>,
    /// The disk type.
    /// The value can be **ESSD**, **GPSSD**, **SSD**, **SAS**, or **SATA(End-of-sale)**.
    ///
    /// - **SSD**: the ultra-high I/O type
    /// - **SAS**: the high I/O type
    /// - **SATA**: the common I/O type
    /// - **GPSSD**: the general purpose SSD type
    /// - **ESSD**: the extreme SSD type If the specified disk type is not available in the AZ, the disk will fail to be created.
    /// - If you create the disk from a snapshot, the **volume\_type** value must be the same as that of the snapshot's source disk.
    /// - For details about disk types, see **Disk Types and Performance** in the *Elastic Volume Service User Guide*.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub volume_type: Option<EvsDiskParametersInTheVolumeFieldVolumeType>,
    /// The disk metadata. The length of **key** and **value** under **metadata** can contain no more than 255 bytes.
    /// For details about **metadata**, see Parameters in the metadata field. The table lists some fields. You can also specify other fields as required.
    /// Parameter values under **metadata** cannot be **null**.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub metadata: Option<CreateEvsDisksParametersInTheMetadataField>,
    /// The source disk ID. If this parameter is specified, the disk will be cloned from an existing disk. This function is currently not supported.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source_replica: Option<String>,
    /// The reserved field.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub consistencygroup_id: Option<String>,
    /// The number of disks to be created in a batch. If this parameter is not specified, only one disk will be created. You can create a maximum of 100 disks in a batch. If disks are created from backups, batch creation is not supported, and this parameter must be set to **1**.
    /// If the specified value is a decimal, the number part of the value will be used.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub count: Option<serde_json::Value>,
    /// The extended attribute that defines whether the disk will be shareable. The value can be **true** (shareable) or **false** (not shareable). This field is currently not supported.
    /// This field is no longer used. Use **multiattach**.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub shareable: Option<String>,
    /// Whether the disk is shareable. The default value is **false**.
    ///
    /// - **true**: indicates a shared disk.
    /// - **false**: indicates a non-shared disk.
    ///
    /// Default: `false`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub multiattach: Option<bool>,
}
crate::support::setters!(
    @ model CreateEvsDisksParametersInTheVolumeField new(availability_zone : String, size
    : i64) { source_volid : String, description : String, snapshot_id : String, name :
    String, image_ref : String, volume_type :
    EvsDiskParametersInTheVolumeFieldVolumeType, metadata :
    CreateEvsDisksParametersInTheMetadataField, source_replica : String,
    consistencygroup_id : String, count : serde_json::Value, shareable : String,
    multiattach : bool }
);
/// Parameters in the metadata field
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CreateEvsDisksParametersInTheMetadataField {
    /// The encryption field in **metadata**. The value can be **0** (does not encrypt the disk) or **1** (encrypts the disk).
    /// If this parameter is not specified, the disk will not be encrypted.
    ///
    /// Wire name: `__system__encrypted`.
    #[serde(rename = "__system__encrypted", skip_serializing_if = "Option::is_none")]
    pub system_encrypted: Option<String>,
    /// The encryption CMK ID in **metadata**. This parameter is used together with **\_\_system\_\_encrypted** for encryption. The length of **cmkid** is fixed at 36 bytes.
    /// For details about how to obtain the CMK ID, see **Querying the Key List** in the *Key Management Service API Reference*.
    ///
    /// Wire name: `__system__cmkid`.
    #[serde(rename = "__system__cmkid", skip_serializing_if = "Option::is_none")]
    pub system_cmkid: Option<String>,
    /// - If this parameter is set to **true**, the disk device type will be SCSI, which allows ECS OSs to directly access the underlying storage media and supports SCSI reservation commands.
    /// - If this parameter is set to **false**, the disk device type will be VBD, which supports only simple SCSI read/write commands.
    /// - If this parameter is not specified, the disk device type will be VBD.
    /// - If parameter **shareable** is set to **true** and parameter **hw:passthrough** is not specified, shared VBD disks are created.
    ///
    /// Wire name: `hw:passthrough`.
    #[serde(rename = "hw:passthrough", skip_serializing_if = "Option::is_none")]
    pub hw_passthrough: Option<String>,
    /// If the disk is created from a snapshot and linked cloning needs to be used, set this parameter to **0**.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub full_clone: Option<String>,
}
crate::support::setters!(
    @ model CreateEvsDisksParametersInTheMetadataField { system_encrypted : String,
    system_cmkid : String, hw_passthrough : String, full_clone : String }
);
/// Response parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CreateEvsDisksResponse2 {
    /// The information of the created disks. For details, see Parameters in the volume field.
    pub volume: Option<EvsDiskParametersInTheVolumeFieldResponse>,
    /// The error message returned if an error occurs. For details, see Parameters in the error field.
    pub error: Option<EvsDiskParametersInTheErrorField>,
}
/// Parameters in the volume field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EvsDiskParametersInTheVolumeFieldResponse {
    /// The disk ID.
    pub id: Option<String>,
    /// The disk URI. For details, see Parameters in the links field.
    pub links: Option<Vec<AllEvsDiskParametersInTheLinksField>>,
    /// The disk name.
    pub name: Option<String>,
    /// The disk status. For details, see EVS Disk Status.
    pub status: Option<String>,
    /// The disk attachment information. For details, see Parameters in the attachments field.
    pub attachments: Option<Vec<AllEvsDiskParametersInTheAttachmentsField>>,
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
    pub volume_type: Option<AllEvsDiskParametersInTheVolumesFieldVolumeType>,
    /// The reserved field.
    pub replication_status: Option<String>,
    /// The ID of the consistency group where the disk belongs.
    /// This field is currently not supported.
    pub consistencygroup_id: Option<String>,
    /// The source disk ID.
    /// This field is currently not supported.
    pub source_volid: Option<String>,
    /// The snapshot ID.
    pub snapshot_id: Option<String>,
    /// The disk metadata. For details, see Parameters in the metadata field.
    pub metadata: Option<EvsDiskParametersInTheMetadataFieldResponse>,
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
/// Parameters in the metadata field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EvsDiskParametersInTheMetadataFieldResponse {
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
    pub hw_passthrough: Option<AllEvsDiskParametersInTheMetadataFieldHwPassthrough>,
    /// The clone method. If the disk is created from a snapshot, value **0** indicates the linked cloning method.
    pub full_clone: Option<String>,
}
/// Response parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct DeleteEvsDiskResponse {
    /// The error message returned if an error occurs. For details, see Parameters in the error field.
    pub error: Option<EvsDiskParametersInTheErrorField>,
}
/// Parameter description
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct DeleteEvsDiskMetadataOnePieceResponse {
    /// The error message returned if an error occurs. For details, see Parameters in the error field.
    pub error: Option<EvsDiskParametersInTheErrorField>,
}
/// Response parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListZsResponse {
    /// The list of queried AZs. For details, see Parameters in the availabilityZoneInfo field. Wire name: `availabilityZoneInfo`.
    #[serde(rename = "availabilityZoneInfo")]
    pub availability_zone_info: Option<Vec<ZsParametersInTheAvailabilityZoneInfoField>>,
    /// The error message returned if an error occurs. For details, see Parameters in the error field.
    pub error: Option<EvsDiskParametersInTheErrorField>,
}
/// Parameters in the availabilityZoneInfo field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ZsParametersInTheAvailabilityZoneInfoField {
    /// The AZ status. For details, see Parameter in the zoneState field. Wire name: `zoneState`.
    #[serde(rename = "zoneState")]
    pub zone_state: Option<ZsParameterInTheZoneStateField>,
    /// The AZ name. Wire name: `zoneName`.
    #[serde(rename = "zoneName")]
    pub zone_name: Option<String>,
}
/// Parameter in the zoneState field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ZsParameterInTheZoneStateField {
    /// Whether the AZ is available.
    ///
    /// - **true**: available
    /// - **false**: unavailable
    pub available: Option<bool>,
}
/// Response parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ShowDiskResponse {
    /// The queried disk. For details, see Parameters in the volume field.
    pub volume: Option<DiskParametersInTheVolumeField>,
    /// The error message returned if an error occurs. For details, see Parameters in the error field.
    pub error: Option<EvsDiskParametersInTheErrorField>,
}
/// Parameters in the volume field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct DiskParametersInTheVolumeField {
    /// The disk ID.
    pub id: Option<String>,
    /// The disk URI. For details, see Parameters in the links field.
    pub links: Option<Vec<std::collections::BTreeMap<String, String>>>,
    /// The disk name.
    pub name: Option<String>,
    /// The disk status. For details, see EVS Disk Status.
    pub status: Option<String>,
    /// The disk attachment information. For details, see Parameters in the attachments field.
    pub attachments: Option<Vec<std::collections::BTreeMap<String, String>>>,
    /// The AZ to which the disk belongs.
    pub availability_zone: Option<String>,
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
    pub volume_type: Option<AllEvsDiskParametersInTheVolumesFieldVolumeType>,
    /// The disk size, in GB.
    pub size: Option<i64>,
    /// Whether the disk is bootable.
    ///
    /// - **true**: indicates a bootable disk.
    /// - **false**: indicates a non-bootable disk.
    pub bootable: Option<String>,
    /// The disk metadata. For details, see Parameters in the metadata field.
    pub metadata: Option<AllEvsDiskParametersInTheMetadataField>,
    /// The reserved field. Wire name: `os-vol-host-attr:host`.
    #[serde(rename = "os-vol-host-attr:host")]
    pub os_vol_host_attr_host: Option<String>,
    /// This field is currently not supported.
    pub encrypted: Option<bool>,
    /// The time when the disk was updated.
    /// Time format: UTC YYYY-MM-DDTHH:MM:SS.XXXXXX
    pub updated_at: Option<String>,
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
    pub shareable: Option<bool>,
    /// The reserved field.
    pub user_id: Option<String>,
    /// Whether the disk is shareable.
    ///
    /// - **true**: indicates a shared disk.
    /// - **false**: indicates a non-shared disk.
    pub multiattach: Option<bool>,
    /// The reserved field.
    pub storage_cluster_id: Option<String>,
}
/// Response parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ShowAllDisksResponse {
    /// The list of queried disks. For details, see Parameters in the volumes field.
    pub volumes: Option<Vec<AllDiskParametersInTheVolumesField>>,
    /// The query position marker in the disk list. If only some disks are returned in this query, the URL of the last disk queried will be returned. You can use this URL to continue to query the remaining disks in the next query. For details, see Parameters in the links field.
    pub volumes_links: Option<Vec<AllEvsDiskParametersInTheLinksField>>,
    /// The error message returned if an error occurs. For details, see Parameters in the error field.
    pub error: Option<EvsDiskParametersInTheErrorField>,
}
/// Parameters in the volumes field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AllDiskParametersInTheVolumesField {
    /// The disk ID.
    pub id: Option<String>,
    /// The disk URI. For details, see Parameters in the links field.
    pub links: Option<Vec<AllEvsDiskParametersInTheLinksField>>,
    /// The disk name.
    pub name: Option<String>,
    /// The disk status. For details, see EVS Disk Status.
    pub status: Option<String>,
    /// The disk attachment information. For details, see Parameters in the attachments field.
    pub attachments: Option<Vec<AllEvsDiskParametersInTheAttachmentsField>>,
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
    pub volume_type: Option<AllEvsDiskParametersInTheVolumesFieldVolumeType>,
    /// The ID of the tenant to which the disk belongs. The tenant ID is the same as the project ID. Wire name: `os-vol-tenant-attr:tenant_id`.
    #[serde(rename = "os-vol-tenant-attr:tenant_id")]
    pub os_vol_tenant_attr_tenant_id: Option<String>,
    /// The disk size, in GB.
    pub size: Option<i64>,
    /// The disk metadata. For details, see Parameters in the metadata field.
    /// If **metadata** does not contain the **hw:passthrough** field, the disk device type is VBD.
    /// If **metadata** does not contain the **\_\_system\_\_encrypted** field, the disk is not encrypted.
    pub metadata: Option<AllEvsDiskParametersInTheMetadataField>,
    /// The reserved field. Wire name: `os-vol-mig-status-attr:migstat`.
    #[serde(rename = "os-vol-mig-status-attr:migstat")]
    pub os_vol_mig_status_attr_migstat: Option<String>,
    /// The reserved field. Wire name: `os-vol-mig-status-attr:name_id`.
    #[serde(rename = "os-vol-mig-status-attr:name_id")]
    pub os_vol_mig_status_attr_name_id: Option<String>,
    /// The reserved field. Wire name: `os-volume-replication:extended_status`.
    #[serde(rename = "os-volume-replication:extended_status")]
    pub os_volume_replication_extended_status: Option<String>,
    /// This field is currently not supported.
    pub encrypted: Option<bool>,
    /// The reserved field.
    pub replication_status: Option<String>,
    /// The reserved field.
    pub user_id: Option<String>,
    /// The reserved field.
    pub consistencygroup_id: Option<String>,
    /// Whether the disk is bootable.
    ///
    /// - **true**: indicates a bootable disk.
    /// - **false**: indicates a non-bootable disk.
    pub bootable: Option<String>,
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
    /// The metadata of the disk image. This field has a value if the disk is created from an image. Or, it is left empty.
    /// For details about **volume\_image\_metadata**, see **Querying Image Details (Native OpenStack API)** in the *Image Management Service API Reference*.
    pub volume_image_metadata: Option<serde_json::Value>,
}
/// Parameter description
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ShowEvsDiskTypeResponse {
    /// The details of queried disk types. For details, see Parameters in the volume\_type field.
    pub volume_type: Option<EvsDiskTypeParametersInTheVolumeTypeField>,
    /// The error message returned if an error occurs. For details, see Parameters in the error field.
    pub error: Option<EvsDiskParametersInTheErrorField>,
}
/// Parameters in the volume\_type field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EvsDiskTypeParametersInTheVolumeTypeField {
    /// The disk type specifications. For details, see Parameters in the extra\_specs field.
    pub extra_specs: Option<EvsDiskTypeParametersInTheExtraSpecsField>,
    /// The disk type name.
    pub name: Option<String>,
    /// The disk type ID.
    pub id: Option<String>,
    /// The disk type description.
    pub description: Option<String>,
    /// The reserved field.
    pub qos_specs_id: Option<String>,
    /// The reserved field.
    pub is_public: Option<bool>,
}
/// Parameters in the extra\_specs field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EvsDiskTypeParametersInTheExtraSpecsField {
    /// The reserved field.
    pub volume_backend_name: Option<String>,
    /// The reserved field. Wire name: `availability-zone`.
    #[serde(rename = "availability-zone")]
    pub availability_zone: Option<String>,
    /// The reserved field. Wire name: `HW:availability_zone`.
    #[serde(rename = "HW:availability_zone")]
    pub hw_availability_zone: Option<String>,
    /// The AZs that support the current disk type. Wire name: `RESKEY:availability_zones`.
    #[serde(rename = "RESKEY:availability_zones")]
    pub reskey_availability_zones: Option<String>,
}
/// Response parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ShowTenantQuotasResponse {
    /// The returned quota information. For details, see Parameters in the quota\_set field.
    pub quota_set: Option<TenantQuotaParametersInTheQuotaSetField>,
    /// The error message returned if an error occurs. For details, see Parameters in the error field.
    pub error: Option<EvsDiskParametersInTheErrorField>,
}
/// Parameters in the quota\_set field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct TenantQuotaParametersInTheQuotaSetField {
    /// The number of disks. Sub-parameters include **reserved** (reserved quota), **limit** (maximum quota), and **in\_use** (used quota). They are all made up of key-value pairs. See Parameters in the QuotaDetailVolumes field.
    pub volumes: Option<QuotaParametersInTheQuotaDetailVolumesField>,
    /// The number of snapshots. Sub-parameters include **reserved** (reserved quota), **limit** (maximum quota), and **in\_use** (used quota). They are all made up of key-value pairs. See Parameters in the QuotaDetailSnapshots field.
    pub snapshots: Option<QuotaParametersInTheQuotaDetailSnapshotsField>,
    /// The total size (GB) of disks and snapshots allowed. Sub-parameters include **reserved** (reserved quota), **limit** (maximum quota), and **in\_use** (used quota). They are all made up of key-value pairs.
    /// See Parameters in the QuotaDetailGigabytes field.
    pub gigabytes: Option<QuotaParametersInTheQuotaDetailGigabytesField>,
    /// The number of reserved ultra-high I/O disks. Sub-parameters include **reserved** (reserved quota), **limit** (maximum quota), and **in\_use** (used quota). They are all made up of key-value pairs.
    /// See Parameters in the QuotaDetailVolumesSSD field.
    ///
    /// Wire name: `volumes_SSD`.
    #[serde(rename = "volumes_SSD")]
    pub volumes_ssd: Option<QuotaParametersInTheQuotaDetailVolumesSsdField>,
    /// The number of reserved high I/O disks. Sub-parameters include **reserved** (reserved quota), **limit** (maximum quota), and **in\_use** (used quota). They are all made up of key-value pairs.
    /// See Parameters in the QuotaDetailVolumesSAS field.
    ///
    /// Wire name: `volumes_SAS`.
    #[serde(rename = "volumes_SAS")]
    pub volumes_sas: Option<QuotaParametersInTheQuotaDetailVolumesSasField>,
    /// The number of reserved common I/O disks. Sub-parameters include **reserved** (reserved quota), **limit** (maximum quota), and **in\_use** (used quota). They are all made up of key-value pairs.
    /// See Parameters in the QuotaDetailVolumesSATA field.
    ///
    /// Wire name: `volumes_SATA`.
    #[serde(rename = "volumes_SATA")]
    pub volumes_sata: Option<QuotaParametersInTheQuotaDetailVolumesSataField>,
    /// The number of reserved extreme SSD disks. Sub-parameters include **reserved** (reserved quota), **limit** (maximum quota), and **in\_use** (used quota). They are all made up of key-value pairs.
    /// See Parameters in the QuotaDetailVolumesESSD field.
    ///
    /// Wire name: `volumes_ESSD`.
    #[serde(rename = "volumes_ESSD")]
    pub volumes_essd: Option<serde_json::Value>,
    /// The number of snapshots reserved for ultra-high I/O disks. Sub-parameters include **reserved** (reserved quota), **limit** (maximum quota), and **in\_use** (used quota). They are all made up of key-value pairs.
    /// See Parameters in the QuotaDetailSnapshotsSSD field.
    ///
    /// Wire name: `snapshots_SSD`.
    #[serde(rename = "snapshots_SSD")]
    pub snapshots_ssd: Option<QuotaParametersInTheQuotaDetailSnapshotsSsdField>,
    /// The number of snapshots reserved for high I/O disks. Sub-parameters include **reserved** (reserved quota), **limit** (maximum quota), and **in\_use** (used quota). They are all made up of key-value pairs.
    /// See Parameters in the QuotaDetailSnapshotsSAS field.
    ///
    /// Wire name: `snapshots_SAS`.
    #[serde(rename = "snapshots_SAS")]
    pub snapshots_sas: Option<QuotaParametersInTheQuotaDetailSnapshotsSasField>,
    /// The number of snapshots reserved for common I/O disks. Sub-parameters include **reserved** (reserved quota), **limit** (maximum quota), and **in\_use** (used quota). They are all made up of key-value pairs.
    /// See Parameters in the QuotaDetailSnapshotsSATA field.
    ///
    /// Wire name: `snapshots_SATA`.
    #[serde(rename = "snapshots_SATA")]
    pub snapshots_sata: Option<ParametersInTheQuotaDetailSnapshotsSataField>,
    /// The number of snapshots reserved for extreme SSD disks. Sub-parameters include **reserved** (reserved quota), **limit** (maximum quota), and **in\_use** (used quota). They are all made up of key-value pairs.
    /// See Parameters in the QuotaDetailSnapshotsESSD field.
    ///
    /// Wire name: `snapshots_ESSD`.
    #[serde(rename = "snapshots_ESSD")]
    pub snapshots_essd: Option<serde_json::Value>,
    /// The size (GB) reserved for ultra-high I/O disks. Sub-parameters include **reserved** (reserved quota), **limit** (maximum quota), and **in\_use** (used quota). They are all made up of key-value pairs.
    /// See Parameters in the QuotaDetailGigabytesSSD field.
    ///
    /// Wire name: `gigabytes_SSD`.
    #[serde(rename = "gigabytes_SSD")]
    pub gigabytes_ssd: Option<QuotaParametersInTheQuotaDetailGigabytesSsdField>,
    /// The size (GB) reserved for high I/O disks. Sub-parameters include **reserved** (reserved quota), **limit** (maximum quota), and **in\_use** (used quota). They are all made up of key-value pairs.
    /// See Parameters in the QuotaDetailGigabytesSAS field.
    ///
    /// Wire name: `gigabytes_SAS`.
    #[serde(rename = "gigabytes_SAS")]
    pub gigabytes_sas: Option<QuotaParametersInTheQuotaDetailGigabytesSasField>,
    /// The size (GB) reserved for common I/O disks. Sub-parameters include **reserved** (reserved quota), **limit** (maximum quota), and **in\_use** (used quota). They are all made up of key-value pairs.
    /// See Parameters in the QuotaDetailGigabytesSATA field.
    ///
    /// Wire name: `gigabytes_SATA`.
    #[serde(rename = "gigabytes_SATA")]
    pub gigabytes_sata: Option<ParametersInTheQuotaDetailGigabytesSataField>,
    /// The size (GB) reserved for extreme SSD disks. Sub-parameters include **reserved** (reserved quota), **limit** (maximum quota), and **in\_use** (used quota). They are all made up of key-value pairs.
    /// See Parameters in the QuotaDetailGigabytesESSD field.
    ///
    /// Wire name: `gigabytes_ESSD`.
    #[serde(rename = "gigabytes_ESSD")]
    pub gigabytes_essd: Option<ParametersInTheQuotaDetailGigabytesEssdField>,
    /// The tenant ID. The tenant ID is the same as the project ID.
    pub id: Option<String>,
    /// The number of backups. Sub-parameters include **reserved** (reserved quota), **limit** (maximum quota), and **in\_use** (used quota). They are all made up of key-value pairs. See Parameters in the QuotaDetailBackups field.
    pub backups: Option<QuotaParametersInTheQuotaDetailBackupsField>,
    /// The backup size (GB). Sub-parameters include **reserved** (reserved quota), **limit** (maximum quota), and **in\_use** (used quota). They are all made up of key-value pairs.
    /// See Parameters in the QuotaDetailBackupGigabytes field.
    pub backup_gigabytes: Option<ParametersInTheQuotaDetailBackupGigabytesField>,
    /// The capacity quota of each disk. Sub-parameters include **reserved** (reserved quota), **limit** (maximum quota), and **in\_use** (used quota). They are all made up of key-value pairs.
    /// See Parameters in the QuotaDetailPerVolumeGigabytes field.
    pub per_volume_gigabytes: Option<InTheQuotaDetailPerVolumeGigabytesField>,
}
/// Parameters in the QuotaDetailVolumes field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct QuotaParametersInTheQuotaDetailVolumesField {
    /// The used quota.
    pub in_use: Option<i64>,
    /// The maximum quota.
    pub limit: Option<i64>,
    /// The reserved field.
    pub reserved: Option<i64>,
}
/// Parameters in the QuotaDetailSnapshots field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct QuotaParametersInTheQuotaDetailSnapshotsField {
    /// The used quota.
    pub in_use: Option<i64>,
    /// The maximum quota.
    pub limit: Option<i64>,
    /// The reserved field.
    pub reserved: Option<i64>,
}
/// Parameters in the QuotaDetailGigabytes field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct QuotaParametersInTheQuotaDetailGigabytesField {
    /// The used quota.
    pub in_use: Option<i64>,
    /// The maximum quota.
    pub limit: Option<i64>,
    /// The reserved field.
    pub reserved: Option<i64>,
}
/// Parameters in the QuotaDetailVolumesSSD field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct QuotaParametersInTheQuotaDetailVolumesSsdField {
    /// The used quota.
    pub in_use: Option<i64>,
    /// The maximum quota.
    pub limit: Option<i64>,
    /// The reserved field.
    pub reserved: Option<i64>,
}
/// Parameters in the QuotaDetailVolumesSAS field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct QuotaParametersInTheQuotaDetailVolumesSasField {
    /// The used quota.
    pub in_use: Option<i64>,
    /// The maximum quota.
    pub limit: Option<i64>,
    /// The reserved field.
    pub reserved: Option<i64>,
}
/// Parameters in the QuotaDetailVolumesSATA field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct QuotaParametersInTheQuotaDetailVolumesSataField {
    /// The used quota.
    pub in_use: Option<i64>,
    /// The maximum quota.
    pub limit: Option<i64>,
    /// The reserved field.
    pub reserved: Option<i64>,
}
/// Parameters in the QuotaDetailSnapshotsSSD field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct QuotaParametersInTheQuotaDetailSnapshotsSsdField {
    /// The used quota.
    pub in_use: Option<i64>,
    /// The maximum quota.
    pub limit: Option<i64>,
    /// The reserved field.
    pub reserved: Option<i64>,
}
/// Parameters in the QuotaDetailSnapshotsSAS field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct QuotaParametersInTheQuotaDetailSnapshotsSasField {
    /// The used quota.
    pub in_use: Option<i64>,
    /// The maximum quota.
    pub limit: Option<i64>,
    /// The reserved field.
    pub reserved: Option<i64>,
}
/// Parameters in the QuotaDetailSnapshotsSATA field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ParametersInTheQuotaDetailSnapshotsSataField {
    /// The used quota.
    pub in_use: Option<i64>,
    /// The maximum quota.
    pub limit: Option<i64>,
    /// The reserved field.
    pub reserved: Option<i64>,
}
/// Parameters in the QuotaDetailGigabytesSSD field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct QuotaParametersInTheQuotaDetailGigabytesSsdField {
    /// The used quota.
    pub in_use: Option<i64>,
    /// The maximum quota.
    pub limit: Option<i64>,
    /// The reserved field.
    pub reserved: Option<i64>,
}
/// Parameters in the QuotaDetailGigabytesSAS field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct QuotaParametersInTheQuotaDetailGigabytesSasField {
    /// The used quota.
    pub in_use: Option<i64>,
    /// The maximum quota.
    pub limit: Option<i64>,
    /// The reserved field.
    pub reserved: Option<i64>,
}
/// Parameters in the QuotaDetailGigabytesSATA field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ParametersInTheQuotaDetailGigabytesSataField {
    /// The used quota.
    pub in_use: Option<i64>,
    /// The maximum quota.
    pub limit: Option<i64>,
    /// The reserved field.
    pub reserved: Option<i64>,
}
/// Parameters in the QuotaDetailGigabytesESSD field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ParametersInTheQuotaDetailGigabytesEssdField {
    /// The used quota.
    pub in_use: Option<i64>,
    /// The maximum quota.
    pub limit: Option<i64>,
    /// The reserved field.
    pub reserved: Option<i64>,
}
/// Parameters in the QuotaDetailBackups field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct QuotaParametersInTheQuotaDetailBackupsField {
    /// The used quota.
    pub in_use: Option<i64>,
    /// The maximum quota.
    pub limit: Option<i64>,
    /// The reserved field.
    pub reserved: Option<i64>,
}
/// Parameters in the QuotaDetailBackupGigabytes field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ParametersInTheQuotaDetailBackupGigabytesField {
    /// The used quota.
    pub in_use: Option<i64>,
    /// The maximum quota.
    pub limit: Option<i64>,
    /// The reserved field.
    pub reserved: Option<i64>,
}
/// Parameters in the QuotaDetailPerVolumeGigabytes field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct InTheQuotaDetailPerVolumeGigabytesField {
    /// The used quota.
    pub in_use: Option<i64>,
    /// The maximum quota.
    pub limit: Option<i64>,
    /// The reserved field.
    pub reserved: Option<i64>,
}
/// Response parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListEvsDiskTypesResponse {
    /// The list of queried disk types. For details, see Parameters in the volume\_types field.
    pub volume_types: Option<Vec<EvsDiskTypeParametersInTheVolumeTypesField>>,
    /// The error message returned if an error occurs. For details, see Parameters in the error field.
    pub error: Option<EvsDiskParametersInTheErrorField>,
}
/// Parameters in the volume\_types field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EvsDiskTypeParametersInTheVolumeTypesField {
    /// The disk type specifications. For details, see Parameters in the extra\_specs field.
    pub extra_specs: Option<EvsDiskTypeParametersInTheExtraSpecsField>,
    /// The disk type name.
    pub name: Option<String>,
    /// The disk type ID.
    pub id: Option<String>,
    /// The disk type description.
    pub description: Option<String>,
    /// The reserved field.
    pub qos_specs_id: Option<String>,
    /// The reserved field.
    pub is_public: Option<bool>,
}
/// Response parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListEvsDisksResponse {
    /// The list of queried disks. For details, see Parameters in the volumes field.
    pub volumes: Option<Vec<EvsDiskParametersInTheVolumesField>>,
    /// The query position marker in the disk list. If only some disks are returned in this query, the URL of the last disk queried will be returned. You can use this URL to continue to query the remaining disks in the next query.
    pub volumes_links: Option<Vec<serde_json::Value>>,
    /// The number of records returned in this query.
    pub count: Option<serde_json::Value>,
    /// The error message returned if an error occurs. For details, see Parameters in the error field.
    pub error: Option<EvsDiskParametersInTheErrorField>,
}
/// Parameters in the volumes field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EvsDiskParametersInTheVolumesField {
    /// The disk ID.
    pub id: Option<String>,
    /// The disk URI. For details, see Parameters in the links field.
    pub links: Option<Vec<AllEvsDiskParametersInTheLinksField>>,
    /// The disk name. The value can contain a maximum of 255 bytes.
    pub name: Option<String>,
}
/// Parameter description
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ShowExtensionApIsResponse {
    /// The extension APIs. For details, see Parameters in the extensions field.
    pub extensions: Option<Vec<ExtensionApIsParametersInTheExtensionsField>>,
    /// The error message returned if an error occurs. For details, see Parameters in the error field.
    pub error: Option<EvsDiskParametersInTheErrorField>,
}
/// Parameters in the extensions field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ExtensionApIsParametersInTheExtensionsField {
    /// The last update time.
    /// Time format: UTC YYYY-MM-DDTHH:MM:SS.+XX.XX. +XX.XX indicates the time zone.
    pub updated: Option<String>,
    /// The description.
    pub description: Option<String>,
    /// The reserved field.
    pub links: Option<Vec<std::collections::BTreeMap<String, String>>>,
    /// The extension parameter alias.
    pub alias: Option<String>,
    /// The extension parameter name.
    pub name: Option<String>,
}
/// Parameter description
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ShowEvsDiskMetadataResponse {
    /// The disk metadata, which is made up of key-value pairs.
    pub metadata: Option<serde_json::Value>,
    /// The error message returned if an error occurs. For details, see Parameters in the error field.
    pub error: Option<EvsDiskParametersInTheErrorField>,
}
/// Parameter description
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ShowEvsDiskMetadataOnePieceResponse {
    /// The piece of the disk metadata, which is made up of a key-value pair.
    pub meta: Option<serde_json::Value>,
    /// The error message returned if an error occurs. For details, see Parameters in the error field.
    pub error: Option<EvsDiskParametersInTheErrorField>,
}
/// Parameter description
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ShowEvsDisksSummaryInformationResponse {
    /// The summary information of queried disks. For details, see Parameters in the volume-summary field. Wire name: `volume-summary`.
    #[serde(rename = "volume-summary")]
    pub volume_summary: Option<InformationParametersInTheVolumeSummaryField>,
}
/// Parameters in the volume-summary field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct InformationParametersInTheVolumeSummaryField {
    /// The total size of disks, in GB.
    pub total_size: Option<i64>,
    /// The total quantity of disks.
    pub total_count: Option<i64>,
    /// The disk metadata information. This parameter is supported when the request version is 3.36 or later.
    pub metadata: Option<serde_json::Value>,
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
    /// The disk name. The value can contain a maximum of 255 bytes.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The disk description. The value can contain a maximum of 255 bytes.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The disk metadata.
    /// The length of the key or value in the metadata cannot exceed 255 bytes.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub metadata: Option<serde_json::Value>,
    /// Also the disk name. You can specify either parameter **name** or **display\_name**. If both parameters are specified, the **name** value is used. The value can contain a maximum of 255 bytes.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// Also the disk description. You can specify either parameter **description** or **display\_description**. If both parameters are specified, the **description** value is used. The value can contain a maximum of 255 bytes.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub display_description: Option<String>,
}
crate::support::setters!(
    @ model UpdateEvsDiskParametersInTheVolumeField { name : String, description :
    String, metadata : serde_json::Value, display_name : String, display_description :
    String }
);
/// Response parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct UpdateEvsDiskResponse {
    /// The information of the updated disk. For details, see Parameters in the volume field.
    pub volume: Option<UpdateEvsDiskParametersInTheVolumeFieldResponse>,
    /// The error message returned if an error occurs. For details, see Parameters in the error field.
    pub error: Option<EvsDiskParametersInTheErrorField>,
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
    pub attachments: Option<Vec<AllEvsDiskParametersInTheAttachmentsField>>,
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
    pub volume_type: Option<AllEvsDiskParametersInTheVolumesFieldVolumeType>,
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
    pub metadata: Option<AllEvsDiskParametersInTheMetadataField>,
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
/// Parameter description
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct UpdateEvsDiskMetadataOnePieceRequest {
    /// The disk metadata to be updated. For details, see Parameter in the meta field.
    pub meta: EvsDiskMetadataOnePieceParameterInTheMetaField,
}
/// Parameter in the meta field
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EvsDiskMetadataOnePieceParameterInTheMetaField {
    /// A piece of metadata, which is made up of a key-value pair.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub key_val: Option<String>,
}
crate::support::setters!(
    @ model EvsDiskMetadataOnePieceParameterInTheMetaField { key_val : String }
);
/// Parameter description
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CancelEvsDiskReservationRequest {
    /// The disk reservation canceling marker. Defining a value for this parameter is not mandatory, and you are advised to leave it blank. Wire name: `os-unreserve`.
    #[serde(rename = "os-unreserve")]
    pub os_unreserve: serde_json::Value,
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
    /// The new disk size ranges from the original disk size to the maximum size (**32768** for a data disk and **1024** for a system disk).
    pub new_size: i64,
}
crate::support::setters!(
    @ model EvsDiskCapacityParameterInTheOsExtendField new(new_size : i64) {}
);
/// Request parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ExportEvsDiskDataRequest {
    /// The image export operation marker. For details, see Parameters in the os-volume\_upload\_image field. Wire name: `os-volume_upload_image`.
    #[serde(rename = "os-volume_upload_image")]
    pub os_volume_upload_image: DiskDataParametersInTheOsVolumeUploadImageField,
}
crate::support::open_enum!(
    #[doc = " The format of the image to be exported."] #[doc =
    " The value can be **vhd**, **zvhd**, **zvhd2**, **raw**, or **qcow2**. The default value is **zvhd2**."]
    DiskDataParametersInTheOsVolumeUploadImageFieldDiskFormat { Vhd = "vhd", Zvhd =
    "zvhd", Zvhd2 = "zvhd2", Raw = "raw", Qcow2 = "qcow2" }
);
crate::support::open_enum!(
    #[doc = " The container type of the image to be exported."] #[doc =
    " The value can be **ami**, **ari**, **aki**, **ovf**, or **bare**. The default value is **bare**."]
    DiskDataParametersInTheOsVolumeUploadImageFieldContainerFormat { Ami = "ami", Ari =
    "ari", Aki = "aki", Ovf = "ovf", Bare = "bare" }
);
/// Parameters in the os-volume\_upload\_image field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct DiskDataParametersInTheOsVolumeUploadImageField {
    /// The format of the image to be exported.
    /// The value can be **vhd**, **zvhd**, **zvhd2**, **raw**, or **qcow2**. The default value is **zvhd2**.
    ///
    /// Default: `zvhd2`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub disk_format: Option<DiskDataParametersInTheOsVolumeUploadImageFieldDiskFormat>,
    /// The name of the image to be exported.
    ///
    /// - It cannot start or end with space.
    /// - It can contain 1 to 128 characters.
    /// - It can contain the following characters: letters, digits, special characters including hyphens (-), periods (.), and underscores (\_), and spaces.
    ///
    /// Length 1 to 128.
    pub image_name: String,
    /// Whether to forcibly export the image. The default value is **false**.
    ///
    /// - If this parameter is set to **false**, images cannot be forcibly exported when the disk status is **in-use**.
    /// - If this parameter is set to **true**, images can be forcibly exported even when the disk status is **in-use**.
    ///
    /// Default: `false`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub force: Option<bool>,
    /// The container type of the image to be exported.
    /// The value can be **ami**, **ari**, **aki**, **ovf**, or **bare**. The default value is **bare**.
    ///
    /// Default: `bare`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub container_format: Option<
        DiskDataParametersInTheOsVolumeUploadImageFieldContainerFormat,
    >,
    /// The OS type of the image to be exported. Only **windows** and **linux** are supported currently. The default value is **linux**.
    ///
    /// - There are two underscores (*) in front of **os** and one underscore (*) after **os**.
    /// - This parameter setting takes effect only when the **\_\_os\_type** field is not included in **volume\_image\_metadata** and the disk status is **available**.
    /// - If this parameter is not specified, default value **linux** is used.
    ///
    /// Wire name: `__os_type`. Default: `linux`.
    #[serde(rename = "__os_type", skip_serializing_if = "Option::is_none")]
    pub os_type: Option<String>,
}
crate::support::setters!(
    @ model DiskDataParametersInTheOsVolumeUploadImageField new(image_name : String) {
    disk_format : DiskDataParametersInTheOsVolumeUploadImageFieldDiskFormat, force :
    bool, container_format :
    DiskDataParametersInTheOsVolumeUploadImageFieldContainerFormat, os_type : String }
);
/// Response parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ExportEvsDiskDataResponse {
    /// The image export operation marker. For details, see Parameters in the os-volume\_upload\_image field. Wire name: `os-volume_upload_image`.
    #[serde(rename = "os-volume_upload_image")]
    pub os_volume_upload_image: Option<ParametersInTheOsVolumeUploadImageFieldResponse>,
    /// The error message returned if an error occurs. For details, see Parameters in the error field.
    pub error: Option<EvsDiskParametersInTheErrorField>,
}
/// Parameters in the os-volume\_upload\_image field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ParametersInTheOsVolumeUploadImageFieldResponse {
    /// The disk status after the image is exported. The correct value is **uploading**.
    pub status: Option<String>,
    /// The ID of the exported image.
    pub image_id: Option<String>,
    /// The name of the exported image.
    pub image_name: Option<String>,
    /// The disk type information. For details, see Parameters in the volume\_type field.
    pub volume_type: Option<EvsDiskDataParametersInTheVolumeTypeField>,
    /// The container type of the exported image.
    /// The value can be **ami**, **ari**, **aki**, **ovf**, or **bare**. The default value is **bare**.
    ///
    /// Default: `bare`.
    pub container_format: Option<
        DiskDataParametersInTheOsVolumeUploadImageFieldContainerFormat,
    >,
    /// The disk size, in GB.
    pub size: Option<i64>,
    /// The format of the exported image.
    /// The value can be **vhd**, **zvhd**, **zvhd2**, **raw**, or **qcow2**. The default value is **vhd**.
    ///
    /// Default: `vhd`.
    pub disk_format: Option<DiskDataParametersInTheOsVolumeUploadImageFieldDiskFormat>,
    /// The disk ID.
    pub id: Option<String>,
    /// The disk description.
    pub display_description: Option<String>,
    /// The time when the disk was updated.
    /// Time format: UTC YYYY-MM-DDTHH:MM:SS.XXXXXX
    pub updated_at: Option<String>,
}
/// Parameters in the volume\_type field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EvsDiskDataParametersInTheVolumeTypeField {
    /// The disk type ID.
    pub id: Option<String>,
    /// The disk type name.
    pub name: Option<String>,
    /// Whether the disk has been deleted.
    pub deleted: Option<bool>,
    /// The reserved field.
    pub is_public: Option<bool>,
    /// The disk type specifications. For details, see Parameters in the extra\_specs field.
    pub extra_spec: Option<EvsDiskTypeParametersInTheExtraSpecsField>,
    /// The disk type description.
    pub description: Option<i64>,
    /// The time when the disk type was created.
    /// Time format: UTC YYYY-MM-DDTHH:MM:SS.XXXXXX
    pub created_at: Option<String>,
    /// The time when the disk type was updated.
    /// Time format: UTC YYYY-MM-DDTHH:MM:SS.XXXXXX
    pub updated_at: Option<String>,
    /// The time when the disk type was deleted.
    /// Time format: UTC YYYY-MM-DDTHH:MM:SS.XXXXXX
    pub deleted_at: Option<String>,
}
/// Parameter description
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ReserveEvsDiskRequest {
    /// The disk reservation marker. Defining a value for this parameter is not mandatory, and you are advised to leave it blank. Wire name: `os-reserve`.
    #[serde(rename = "os-reserve")]
    pub os_reserve: serde_json::Value,
}
/// Parameter description
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SetEvsDiskBootableFlagRequest {
    /// The disk bootable flag. For details, see Parameter in the os-set\_bootable field. Wire name: `os-set_bootable`.
    #[serde(rename = "os-set_bootable")]
    pub os_set_bootable: DiskBootableFlagParameterInTheOsSetBootableField,
}
/// Parameter in the os-set\_bootable field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct DiskBootableFlagParameterInTheOsSetBootableField {
    /// Whether to set the bootable flag for the disk.
    ///
    /// - **false**: does not set the flag.
    /// - **true**: sets the flag.
    pub bootable: bool,
}
crate::support::setters!(
    @ model DiskBootableFlagParameterInTheOsSetBootableField new(bootable : bool) {}
);
/// Parameter description
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SetEvsDiskReadOnlyFlagRequest {
    /// The disk read-only flag. For details, see Parameter in the os-update\_readonly\_flag field. Wire name: `os-update_readonly_flag`.
    #[serde(rename = "os-update_readonly_flag")]
    pub os_update_readonly_flag: OnlyFlagParameterInTheOsUpdateReadonlyFlagField,
}
/// Parameter in the os-update\_readonly\_flag field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct OnlyFlagParameterInTheOsUpdateReadonlyFlagField {
    /// The read-only flag.
    ///
    /// - **true**: The disk is read-only.
    /// - **false**: The disk is not read-only.
    pub readonly: bool,
}
crate::support::setters!(
    @ model OnlyFlagParameterInTheOsUpdateReadonlyFlagField new(readonly : bool) {}
);
/// Request parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AcceptDiskTransferRequest {
    /// The transfer acceptance marker. For details, see Parameter in the accept field.
    pub accept: DiskTransferParameterInTheAcceptField,
}
/// Parameter in the accept field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct DiskTransferParameterInTheAcceptField {
    /// The authentication key of the transfer.
    /// An authentication key will be returned when a disk transfer is created.
    pub auth_key: String,
}
crate::support::setters!(
    @ model DiskTransferParameterInTheAcceptField new(auth_key : String) {}
);
/// Response parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AcceptDiskTransferResponse {
    /// The transfer information. For details, see Parameters in the transfer field.
    pub transfer: Option<DiskTransferParametersInTheTransferField>,
}
/// Parameters in the transfer field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct DiskTransferParametersInTheTransferField {
    /// The disk ID.
    pub volume_id: Option<String>,
    /// The transfer ID.
    pub id: Option<String>,
    /// The transfer name.
    pub name: Option<String>,
    /// The links of the transfer. For details, see Parameters in the links field.
    pub links: Option<Vec<DiskTransferParametersInTheLinksField>>,
}
/// Parameters in the links field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct DiskTransferParametersInTheLinksField {
    /// The corresponding shortcut link.
    pub href: Option<String>,
    /// The shortcut link marker name.
    /// The default value is **next**.
    ///
    /// Default: `next`.
    pub rel: Option<String>,
}
/// Request parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CreateDiskTransferRequest {
    /// The transfer creation marker. For details, see Parameters in the transfer field.
    pub transfer: CreateDiskTransferParametersInTheTransferField,
}
/// Parameters in the transfer field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CreateDiskTransferParametersInTheTransferField {
    /// The disk ID.
    pub volume_id: String,
    /// The transfer name, which can contain a maximum of 255 bytes.
    pub name: String,
}
crate::support::setters!(
    @ model CreateDiskTransferParametersInTheTransferField new(volume_id : String, name :
    String) {}
);
/// Response parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CreateDiskTransferResponse {
    /// The transfer information. For details, see Parameters in the transfer field.
    pub transfer: Option<DiskTransferParametersInTheTransferFieldResponse>,
}
/// Parameters in the transfer field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct DiskTransferParametersInTheTransferFieldResponse {
    /// The authentication key of the transfer.
    pub auth_key: Option<String>,
    /// The links of the transfer. See Parameters in the links field.
    pub links: Option<Vec<DiskTransferParametersInTheLinksField>>,
    /// The time when the transfer was created.
    /// Time format: UTC YYYY-MM-DDTHH:MM:SS.XXXXXX
    pub created_at: Option<String>,
    /// The disk ID.
    pub volume_id: Option<String>,
    /// The transfer ID.
    pub id: Option<String>,
    /// The transfer name.
    pub name: Option<String>,
}
/// Response parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListDiskTransfersResponse {
    /// The list of transfers. For details, see Parameters in the transfers field.
    pub transfers: Option<Vec<DiskTransferParametersInTheTransfersField>>,
}
/// Parameters in the transfers field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct DiskTransferParametersInTheTransfersField {
    /// The links of the transfer. See Parameters in the links field.
    pub links: Option<Vec<DiskTransferParametersInTheLinksField>>,
    /// The disk ID.
    pub volume_id: Option<String>,
    /// The transfer ID.
    pub id: Option<String>,
    /// The transfer name.
    pub name: Option<String>,
}
/// Response parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ShowDiskTransferResponse {
    /// The transfer details. For details, see Parameters in the transfer field.
    pub transfer: Option<ShowDiskTransferParametersInTheTransferField>,
}
/// Parameters in the transfer field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ShowDiskTransferParametersInTheTransferField {
    /// The links of the transfer. See Parameters in the links field.
    pub links: Option<Vec<DiskTransferParametersInTheLinksField>>,
    /// The time when the transfer was created.
    /// Time format: UTC YYYY-MM-DDTHH:MM:SS.XXXXXX
    pub created_at: Option<String>,
    /// The disk ID.
    pub volume_id: Option<String>,
    /// The transfer ID.
    pub id: Option<String>,
    /// The transfer name.
    pub name: Option<String>,
}
/// Response parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ShowAllDiskTransfersResponse {
    /// The list of transfer details. For details, see Parameters in the transfers field.
    pub transfers: Option<Vec<AllDiskTransferParametersInTheTransfersField>>,
}
/// Parameters in the transfers field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AllDiskTransferParametersInTheTransfersField {
    /// The links of the transfer. See Parameters in the Link field.
    pub links: Option<Vec<AllDiskTransferParametersInTheLinkField>>,
    /// The time when the transfer was created.
    /// Time format: UTC YYYY-MM-DDTHH:MM:SS.XXXXXX
    pub created_at: Option<String>,
    /// The disk ID.
    pub volume_id: Option<String>,
    /// The transfer ID.
    pub id: Option<String>,
    /// The transfer name.
    pub name: Option<String>,
}
/// Parameters in the Link field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AllDiskTransferParametersInTheLinkField {
    /// The corresponding shortcut link.
    pub href: Option<String>,
    /// The shortcut link marker name.
    /// The default value is **next**.
    ///
    /// Default: `next`.
    pub rel: Option<String>,
}
/// Parameter description
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AddEvsSnapshotMetadataRequest {
    /// The metadata to be added. For details, see Parameter in the metadata field.
    pub metadata: EvsSnapshotMetadataParameterInTheMetadataField,
}
/// Parameter in the metadata field
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EvsSnapshotMetadataParameterInTheMetadataField {
    /// The metadata information, which is made up of one or multiple key-value pairs.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub key_val: Option<String>,
}
crate::support::setters!(
    @ model EvsSnapshotMetadataParameterInTheMetadataField { key_val : String }
);
/// Parameter description
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AddEvsSnapshotMetadataResponse {
    /// The snapshot metadata, which is made up of key-value pairs.
    pub metadata: Option<serde_json::Value>,
    /// The error message returned if an error occurs. For details, see Parameters in the error field.
    pub error: Option<EvsDiskParametersInTheErrorField>,
}
/// Parameter description
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CreateEvsSnapshotRequest {
    /// The information of the snapshot to be created. For details, see Parameters in the snapshot field.
    pub snapshot: EvsSnapshotParametersInTheSnapshotField,
}
crate::support::open_enum!(
    #[doc =
    " The snapshot description. The value can be **null**. The value can contain a maximum of 255 bytes."]
    EvsSnapshotParametersInTheSnapshotFieldDescription { Null = "null" }
);
/// Parameters in the snapshot field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EvsSnapshotParametersInTheSnapshotField {
    /// The ID of the snapshot's source disk.
    pub volume_id: String,
    /// The flag for forcibly creating a snapshot. The default value is **false**.
    ///
    /// - If this parameter is set to **false** and the disk is in the **attaching** state, the snapshot cannot be forcibly created.
    /// - If this parameter is set to **true** and the disk is in the **attaching** state, the snapshot can be forcibly created.
    ///
    /// Default: `false`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub force: Option<bool>,
    /// The snapshot metadata.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub metadata: Option<serde_json::Value>,
    /// The snapshot description. The value can be **null**. The value can contain a maximum of 255 bytes.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<EvsSnapshotParametersInTheSnapshotFieldDescription>,
    /// The snapshot name. The value can contain a maximum of 255 bytes.
    /// When creating a backup for a disk, a snapshot will be created and named with prefix **autobk\_snapshot\_**. The EVS console has imposed operation restrictions on snapshots with prefix **autobk\_snapshot\_**. Therefore, you are advised not to use **autobk\_snapshot\_** as the name prefix for the snapshots you created. Otherwise, the snapshots cannot be used normally.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}
crate::support::setters!(
    @ model EvsSnapshotParametersInTheSnapshotField new(volume_id : String) { force :
    bool, metadata : serde_json::Value, description :
    EvsSnapshotParametersInTheSnapshotFieldDescription, name : String }
);
/// Parameter description
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CreateEvsSnapshotResponse {
    /// The snapshot information. For details, see Parameters in the snapshot field.
    pub snapshot: Option<EvsSnapshotParametersInTheSnapshotFieldResponse>,
    /// The error message returned if an error occurs. For details, see Parameters in the error field.
    pub error: Option<EvsDiskParametersInTheErrorField>,
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
}
/// Parameter description
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ShowEvsSnapshotResponse {
    /// The snapshot information. For details, see Parameters in the snapshot field.
    pub snapshot: Option<ShowEvsSnapshotParametersInTheSnapshotField>,
    /// The error message returned if an error occurs. For details, see Parameters in the error field.
    pub error: Option<EvsDiskParametersInTheErrorField>,
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
    /// The reserved field.
    pub user_id: Option<String>,
}
/// Parameter description
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ShowEvsSnapshotsResponse {
    /// The snapshot information. For details, see Parameters in the snapshots field.
    pub snapshots: Option<EvsSnapshotParametersInTheSnapshotsField>,
    /// The query position marker in the snapshot list. This parameter is at the same level as parameter **snapshots** in the response body. It is returned only when parameter **limit** is specified in the request, and it indicates that only some snapshots are returned in this query.
    pub snapshots_links: Option<Vec<std::collections::BTreeMap<String, String>>>,
    /// The number of records returned in this query.
    pub count: Option<serde_json::Value>,
    /// The error message returned if an error occurs. For details, see Parameters in the error field.
    pub error: Option<EvsDiskParametersInTheErrorField>,
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
    /// The reserved field.
    pub user_id: Option<String>,
}
/// Parameter description
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListEvsSnapshotsResponse {
    /// The snapshot information. For details, see Parameters in the snapshots field.
    pub snapshots: Option<ListEvsSnapshotsParametersInTheSnapshotsField>,
    /// The query position marker in the snapshot list. This parameter is at the same level as parameter **snapshots** in the response body. It is returned only when parameter **limit** is specified in the request, and it indicates that only some snapshots are returned in this query.
    pub snapshots_links: Option<Vec<std::collections::BTreeMap<String, String>>>,
    /// The number of records returned in this query.
    pub count: Option<serde_json::Value>,
    /// The error message returned if an error occurs. For details, see Parameters in the error field.
    pub error: Option<EvsDiskParametersInTheErrorField>,
}
/// Parameters in the snapshots field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListEvsSnapshotsParametersInTheSnapshotsField {
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
    /// If **metadata** contains the **\_\_system\_\_enableActive** field, the snapshot is automatically created during the backup of a server.
    pub metadata: Option<serde_json::Value>,
    /// The ID of the snapshot's source disk.
    pub volume_id: Option<String>,
    /// The snapshot size, in GB.
    pub size: Option<i64>,
    /// The time when the snapshot was updated.
    /// Time format: UTC YYYY-MM-DDTHH:MM:SS.XXXXXX
    pub updated_at: Option<String>,
}
/// Parameter description
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ShowEvsSnapshotMetadataResponse {
    /// The snapshot metadata, which is made up of key-value pairs.
    /// If **metadata** contains the **\_\_system\_\_enableActive** field, the snapshot is automatically created during the backup of a server.
    pub metadata: Option<serde_json::Value>,
    /// The error message returned if an error occurs. For details, see Parameters in the error field.
    pub error: Option<EvsDiskParametersInTheErrorField>,
}
/// Parameter description
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ShowEvsSnapshotMetadataOnePieceResponse {
    /// The piece of snapshot metadata, which is made up of a key-value pair.
    pub meta: Option<serde_json::Value>,
    /// The error message returned if an error occurs. For details, see Parameters in the error field.
    pub error: Option<EvsDiskParametersInTheErrorField>,
}
/// Request parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct UpdateEvsSnapshotRequest {
    /// The information of the snapshot to be updated. For details, see Parameters in the snapshot field.
    pub snapshot: UpdateEvsSnapshotParametersInTheSnapshotField,
}
/// Parameters in the snapshot field
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct UpdateEvsSnapshotParametersInTheSnapshotField {
    /// The snapshot name, which can contain a maximum of 255 bytes.
    /// When a disk backup is created, a snapshot will also be created and named with the **autobk\_snapshot\_** prefix. Operations cannot be performed on such snapshots. Therefore, you are advised not to use **autobk\_snapshot\_** as the prefix of snapshot names to avoid any inconvenience.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The snapshot description, which can contain a maximum of 255 bytes.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}
crate::support::setters!(
    @ model UpdateEvsSnapshotParametersInTheSnapshotField { name : String, description :
    String }
);
/// Response parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct UpdateEvsSnapshotResponse {
    /// The snapshot information. For details, see Parameters in the snapshot field.
    pub snapshot: Option<
        crate::v2::types::EvsSnapshotParametersInTheSnapshotFieldResponse,
    >,
    /// The error message returned if an error occurs. For details, see Parameters in the error field.
    pub error: Option<EvsDiskParametersInTheErrorField>,
}
/// Request parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct UpdateEvsSnapshotMetadataRequest {
    /// The metadata to be updated. For details, see Parameter in the metadata field.
    pub metadata: EvsSnapshotMetadataParameterInTheMetadataField,
}
/// Response parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct UpdateEvsSnapshotMetadataResponse {
    /// The snapshot metadata, which is made up of key-value pairs.
    pub metadata: Option<serde_json::Value>,
    /// The error message returned if an error occurs. For details, see Parameters in the error field.
    pub error: Option<EvsDiskParametersInTheErrorField>,
}
/// Request parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct UpdateEvsSnapshotMetadataOnePieceRequest {
    /// The metadata to be updated. For details, see Parameter in the metadata field.
    pub meta: MetadataOnePieceParameterInTheMetadataField,
}
/// Parameter in the metadata field
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct MetadataOnePieceParameterInTheMetadataField {
    /// The piece of metadata, which is made up of a key-value pair.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub key_val: Option<String>,
}
crate::support::setters!(
    @ model MetadataOnePieceParameterInTheMetadataField { key_val : String }
);
/// Response parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct UpdateEvsSnapshotMetadataOnePieceResponse {
    /// The piece of snapshot metadata, which is made up of a key-value pair.
    pub meta: Option<serde_json::Value>,
    /// The error message returned if an error occurs. For details, see Parameters in the error field.
    pub error: Option<EvsDiskParametersInTheErrorField>,
}
crate::support::open_enum!(
    #[doc = " The service type. The value can be **EVS**, **DSS**, or **DESS**."]
    DisksByTagParametersInTheVolumeDetailForTagFieldServiceType { Evs = "EVS", Dss =
    "DSS", Dess = "DESS" }
);
/// Parameters in the VolumeDetailForTag field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct DisksByTagParametersInTheVolumeDetailForTagField {
    /// The disk ID.
    pub id: Option<String>,
    /// The disk URI. For details, see Parameters in the links field.
    pub links: Option<Vec<AllEvsDiskParametersInTheLinksField>>,
    /// The disk name.
    pub name: Option<String>,
    /// The disk status. For details, see EVS Disk Status.
    pub status: Option<String>,
    /// The disk URI. For details, see Parameters in the attachments field.
    pub attachments: Option<Vec<EvsDisksByTagParametersInTheAttachmentsField>>,
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
    /// The time when the disk was created. Time format: UTC YYYY-MM-DDTHH:MM:SS.XXXXXX
    pub created_at: Option<String>,
    /// The ID of the tenant to which the disk belongs. The tenant ID is the same as the project ID. Wire name: `os-vol-tenant-attr:tenant_id`.
    #[serde(rename = "os-vol-tenant-attr:tenant_id")]
    pub os_vol_tenant_attr_tenant_id: Option<String>,
    /// The metadata of the disk image.
    /// Note:
    pub volume_image_metadata: Option<
        std::collections::BTreeMap<String, serde_json::Value>,
    >,
    /// The disk type.
    pub volume_type: Option<String>,
    /// The disk size, in GB.
    pub size: Option<i64>,
    /// The reserved field.
    pub consistencygroup_id: Option<String>,
    /// Whether the disk is bootable. The value can be **true** (a bootable disk) or **false** (a non-bootable disk).
    pub bootable: Option<String>,
    /// The disk metadata. For details, see Parameters in the VolumeMetadata field.
    pub metadata: Option<EvsDisksByTagParametersInTheVolumeMetadataField>,
    /// The time when the disk was updated. Time format: UTC YYYY-MM-DDTHH:MM:SS.XXXXXX
    pub updated_at: Option<String>,
    /// This field is currently not supported.
    pub encrypted: Option<bool>,
    /// The reserved field.
    pub replication_status: Option<String>,
    /// The reserved field. Wire name: `os-volume-replication:extended_status`.
    #[serde(rename = "os-volume-replication:extended_status")]
    pub os_volume_replication_extended_status: Option<String>,
    /// The reserved field. Wire name: `os-vol-mig-status-attr:migstat`.
    #[serde(rename = "os-vol-mig-status-attr:migstat")]
    pub os_vol_mig_status_attr_migstat: Option<String>,
    /// The reserved field. Wire name: `os-vol-mig-status-attr:name_id`.
    #[serde(rename = "os-vol-mig-status-attr:name_id")]
    pub os_vol_mig_status_attr_name_id: Option<String>,
    /// Whether the disk is shareable. The value can be **true** (shared disk) or **false** (common disk). This field is no longer used. Use **multiattach**.
    pub shareable: Option<bool>,
    /// The reserved field.
    pub user_id: Option<String>,
    /// The service type. The value can be **EVS**, **DSS**, or **DESS**.
    pub service_type: Option<
        DisksByTagParametersInTheVolumeDetailForTagFieldServiceType,
    >,
    /// Whether the disk is shareable.
    pub multiattach: Option<bool>,
    /// The ID of the DSS storage pool accommodating the disk.
    pub dedicated_storage_id: Option<String>,
    /// The name of the DSS storage pool accommodating the disk.
    pub dedicated_storage_name: Option<String>,
    /// The disk tags. This field has values if the disk has tags. Or, it is left empty.
    pub tags: Option<std::collections::BTreeMap<String, String>>,
    /// The unique identifier used when attaching the disk.
    pub wwn: Option<String>,
    /// The ID of the enterprise project that the disk has been added to.
    /// Note:
    pub enterprise_project_id: Option<String>,
}
/// Parameters in the attachments field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EvsDisksByTagParametersInTheAttachmentsField {
    /// The time when the disk was attached.
    /// Time format: UTC YYYY-MM-DDTHH:MM:SS.XXXXXX
    pub attached_at: Option<String>,
    /// The ID of the attachment information.
    pub attachment_id: Option<String>,
    /// The device name.
    pub device: Option<String>,
    /// The name of the physical host housing the cloud server to which the disk is attached.
    pub host_name: Option<String>,
    /// The ID of the attached disk.
    pub id: Option<String>,
    /// The ID of the server to which the disk is attached.
    pub server_id: Option<String>,
    /// The disk ID.
    pub volume_id: Option<String>,
}
/// Parameters in the VolumeMetadata field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EvsDisksByTagParametersInTheVolumeMetadataField {
    /// The encryption CMK ID in **metadata**. This parameter is used together with **\_\_system\_\_encrypted** for encryption. The length of **cmkid** is fixed at 36 bytes.
    ///
    /// Wire name: `__system__cmkid`.
    #[serde(rename = "__system__cmkid")]
    pub system_cmkid: Option<String>,
    /// The encryption field in **metadata**. The value can be **0** (not encrypted) or **1** (encrypted). If this parameter does not appear, the encryption attribute of the disk is the same as that of the data source. If the disk is not created from a data source, the disk is not encrypted by default.
    ///
    /// Wire name: `__system__encrypted`.
    #[serde(rename = "__system__encrypted")]
    pub system_encrypted: Option<String>,
    /// The method of creation when the disk is created from a snapshot.
    ///
    /// - **0**: linked clone
    /// - **1**: full clone
    pub full_clone: Option<String>,
    /// - Value **true** indicates the SCSI device type, which allows ECS OSs to directly access the underlying storage media. SCSI reservation commands are supported.
    /// - Value **false** indicates the VBD device type, which supports only simple SCSI read/write commands.
    /// - If this parameter does not appear, the disk device type is VBD.
    ///
    /// Wire name: `hw:passthrough`.
    #[serde(rename = "hw:passthrough")]
    pub hw_passthrough: Option<String>,
}
/// Parameters in the attachments field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct DiskParametersInTheAttachmentsField {
    /// The ID of the server to which the disk is attached.
    pub server_id: Option<String>,
    /// The ID of the attachment information.
    pub attachment_id: Option<String>,
    /// The time when the disk was attached.
    pub attached_at: Option<String>,
    /// The name of the physical host housing the cloud server to which the disk is attached.
    pub host_name: Option<String>,
    /// The disk ID.
    pub volume_id: Option<String>,
    /// The device name.
    pub device: Option<String>,
    /// The ID of the attached disk.
    pub id: Option<String>,
}
/// Request body parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct UpdateEvsDiskTypeRequest {
    /// The request body of the disk type change. Wire name: `os-retype`.
    #[serde(rename = "os-retype")]
    pub os_retype: Retypevolume,
}
/// RetypeVolume
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Retypevolume {
    /// The new disk type. For details about the disk type change, see Changing the Disk Type.
    ///
    /// - If the specified disk type is not available in the AZ, the disk type change will fail.
    /// - If the source disk type is backed by SAS, you can change the disk type to any of the other types.
    /// - If the source disk type is backed by SSD, you can only change to another SSD-backed disk type, but not the SAS-backed type.
    pub new_type: String,
}
crate::support::setters!(@ model Retypevolume new(new_type : String) {});
/// Response body parameter
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct UpdateEvsDiskTypeResponse202 {
    /// The task ID.
    pub job_id: Option<String>,
}
/// Response body parameter
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct UpdateEvsDiskTypeResponse400 {
    /// The error code returned if an error occurs. For details about the error code, see Error Codes.
    pub error: Option<Error>,
}
/// Error
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Error {
    /// The error code returned if an error occurs. For details about the error code, see Error Codes.
    pub code: Option<String>,
    /// The error message returned if an error occurs.
    pub message: Option<String>,
}
/// Parameter description
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CreateEvsReplicationPairRequest {
    /// Specifies the replication pair creation marker. For details, see Parameters in the replication field.
    pub replication: ReplicationPairParametersInTheReplicationField,
}
/// Parameters in the replication field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ReplicationPairParametersInTheReplicationField {
    /// Specifies the name of the EVS replication pair. The name can contain a maximum of 255 bytes.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Specifies the description of the EVS replication pair. The description can contain a maximum of 255 bytes.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Specifies the IDs of the EVS disks used to create the EVS replication pair.
    pub volume_ids: Vec<serde_json::Value>,
    /// Specifies the primary AZ of the EVS replication pair, that is, the AZ where the production disk belongs.
    pub priority_station: String,
    /// Specifies the type of the EVS replication pair. Currently, only type **hypermetro** is supported.
    pub replication_model: String,
}
crate::support::setters!(
    @ model ReplicationPairParametersInTheReplicationField new(volume_ids : Vec <
    serde_json::Value >, priority_station : String, replication_model : String) { name :
    String, description : String }
);
/// Parameter description
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CreateEvsReplicationPairResponse {
    /// Specifies the EVS replication pair information.
    pub replication: Option<serde_json::Value>,
    /// Specifies the ID of the EVS replication pair.
    pub id: Option<String>,
    /// Specifies the name of the EVS replication pair.
    pub name: Option<String>,
    /// Specifies the description of the EVS replication pair.
    pub description: Option<String>,
    /// Specifies the status of the EVS replication pair. For details, see EVS Replication Pair Status (Deprecated).
    pub status: Option<String>,
    /// Specifies the ID of the replication consistency group where the EVS replication pair belongs.
    pub replication_consistency_group_id: Option<String>,
    /// Specifies the IDs of the EVS disks used to create the EVS replication pair.
    pub volume_ids: Option<String>,
    /// Specifies the primary site of the EVS replication pair.
    pub priority_station: Option<String>,
    /// Specifies the creation time.
    pub created_at: Option<docsdk_runtime::DateTime>,
    /// Specifies the update time.
    pub updated_at: Option<docsdk_runtime::DateTime>,
}
crate::support::open_enum!(
    #[doc =
    " Specifies the fault level of the EVS replication pair. The value can be as follows:"]
    #[doc = ""] #[doc = " - **0**: indicates that no fault occurs."] #[doc =
    " - **2**: indicates that the production disk does not have read/write permissions. In this case, you are advised to perform a failover."]
    #[doc =
    " - **5**: indicates that the replication link is disconnected. In this case, a failover cannot be performed. Contact technical support engineers."]
    ListEvsReplicationPairsResponseFaultLevel { N0 = "0", N2 = "2", N5 = "5" }
);
/// Parameter description
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListEvsReplicationPairsResponse {
    /// Specifies the EVS replication pairs.
    pub replications: Option<Vec<serde_json::Value>>,
    /// Specifies the ID of the EVS replication pair.
    pub id: Option<String>,
    /// Specifies the name of the EVS replication pair.
    pub name: Option<String>,
    /// Specifies the description of the EVS replication pair.
    pub description: Option<String>,
    /// Specifies the status of the EVS replication pair. For details, see EVS Replication Pair Status (Deprecated).
    pub status: Option<String>,
    /// Specifies the ID of the replication consistency group where the EVS replication pair belongs.
    pub replication_consistency_group_id: Option<String>,
    /// Specifies the IDs of the EVS disks used to create the EVS replication pair.
    pub volume_ids: Option<String>,
    /// Specifies the primary site of the EVS replication pair.
    pub priority_station: Option<String>,
    /// Specifies the creation time.
    pub created_at: Option<docsdk_runtime::DateTime>,
    /// Specifies the update time.
    pub updated_at: Option<docsdk_runtime::DateTime>,
    /// Specifies the replication type of the EVS replication pair.
    pub replication_model: Option<String>,
    /// Specifies the replication status of the EVS replication pair. For details, see EVS Replication Pair Status (Deprecated).
    pub replication_status: Option<String>,
    /// Specifies the synchronization progress of the EVS replication pair.
    /// Unit: %
    pub progress: Option<String>,
    /// Specifies the returned error code if the EVS replication pair status is **error**. For details, see Details of EVS Replication failure\_detail Values (Deprecated).
    pub failure_detail: Option<String>,
    /// Specifies the billing record of the replication pair. For details, see Parameters in the record\_metadata field.
    pub record_metadata: Option<PairParametersInTheRecordMetadataField>,
    /// Specifies the fault level of the EVS replication pair. The value can be as follows:
    ///
    /// - **0**: indicates that no fault occurs.
    /// - **2**: indicates that the production disk does not have read/write permissions. In this case, you are advised to perform a failover.
    /// - **5**: indicates that the replication link is disconnected. In this case, a failover cannot be performed. Contact technical support engineers.
    pub fault_level: Option<ListEvsReplicationPairsResponseFaultLevel>,
}
/// Parameters in the record\_metadata field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct PairParametersInTheRecordMetadataField {
    /// Specifies the type of the EVS disks in the EVS replication pair.
    pub volume_type: Option<String>,
    /// Specifies whether the EVS disks in the EVS replication pair are shared EVS disks.
    pub multiattach: Option<bool>,
    /// Specifies the size of each EVS disk in the EVS replication pair. The unit is GB.
    pub volume_size: Option<i64>,
}
/// Parameter description
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ShowEvsReplicationPairResponse {
    /// Specifies the details of the EVS replication pair.
    pub replication: Option<serde_json::Value>,
    /// Specifies the ID of the EVS replication pair.
    pub id: Option<String>,
    /// Specifies the name of the EVS replication pair.
    pub name: Option<String>,
    /// Specifies the description of the EVS replication pair.
    pub description: Option<String>,
    /// Specifies the status of the EVS replication pair. For details, see EVS Replication Pair Status (Deprecated).
    pub status: Option<String>,
    /// Specifies the ID of the replication consistency group where the EVS replication pair belongs.
    pub replication_consistency_group_id: Option<String>,
    /// Specifies the IDs of the EVS disks used to create the EVS replication pair.
    pub volume_ids: Option<String>,
    /// Specifies the primary site of the EVS replication pair.
    pub priority_station: Option<String>,
    /// Specifies the creation time.
    pub created_at: Option<docsdk_runtime::DateTime>,
    /// Specifies the update time.
    pub updated_at: Option<docsdk_runtime::DateTime>,
    /// Specifies the replication type of the EVS replication pair.
    pub replication_model: Option<String>,
    /// Specifies the replication status of the EVS replication pair. For details, see EVS Replication Pair Status (Deprecated).
    pub replication_status: Option<String>,
    /// Specifies the synchronization progress of the EVS replication pair.
    /// Unit: %
    pub progress: Option<String>,
    /// Specifies the returned error code if the EVS replication pair status is **error**. For details, see Details of EVS Replication failure\_detail Values (Deprecated).
    pub failure_detail: Option<String>,
    /// Specifies the billing record of the replication pair. For details, see Parameters in the record\_metadata field.
    pub record_metadata: Option<PairParametersInTheRecordMetadataField>,
    /// Specifies the fault level of the EVS replication pair. The value can be as follows:
    ///
    /// - **0**: indicates that no fault occurs.
    /// - **2**: indicates that the production disk does not have read/write permissions. In this case, you are advised to perform a failover.
    /// - **5**: indicates that the replication link is disconnected. In this case, a failover cannot be performed. Contact technical support engineers.
    pub fault_level: Option<ListEvsReplicationPairsResponseFaultLevel>,
}
/// Parameter description
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CreateReplicationConsistencyGroupRequest {
    /// Specifies to create the replication consistency group. For details, see •Parameters in the replication\_consistency\_group field.
    pub replication_consistency_group: ParametersInTheReplicationConsistencyGroupField,
}
/// Parameters in the replication\_consistency\_group field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ParametersInTheReplicationConsistencyGroupField {
    /// Specifies the name of the replication consistency group. The name can contain a maximum of 255 bytes.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Specifies the description of the replication consistency group. The description can contain a maximum of 255 bytes.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Specifies the IDs of the EVS replication pairs used to create the replication consistency group.
    pub replication_ids: Vec<serde_json::Value>,
    /// Specifies the current primary AZ, that is, the AZ where the production disks belong.
    pub priority_station: String,
    /// Specifies the type of the created replication consistency group. Currently, only type **hypermetro** is supported.
    pub replication_model: String,
}
crate::support::setters!(
    @ model ParametersInTheReplicationConsistencyGroupField new(replication_ids : Vec <
    serde_json::Value >, priority_station : String, replication_model : String) { name :
    String, description : String }
);
/// Parameter description
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CreateReplicationConsistencyGroupResponse {
    /// Specifies the replication consistency group information.
    pub replication_consistency_group: Option<serde_json::Value>,
    /// Specifies the ID of the replication consistency group.
    pub id: Option<String>,
    /// Specifies the name of the replication consistency group.
    pub name: Option<String>,
    /// Specifies the description of the replication consistency group.
    pub description: Option<String>,
    /// Specifies the status of the replication consistency group. For details, see Replication Consistency Group Status (Deprecated).
    pub status: Option<String>,
    /// Specifies the primary site of the replication consistency group.
    pub priority_station: Option<String>,
    /// Specifies the creation time.
    pub created_at: Option<docsdk_runtime::DateTime>,
    /// Specifies the update time.
    pub updated_at: Option<docsdk_runtime::DateTime>,
}
/// Parameter description
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ExpandConsistencyGroupEvsDisksRequest {
    /// Specifies the EVS disk expansion operation. Wire name: `os-extend-replication-volumes`.
    #[serde(rename = "os-extend-replication-volumes")]
    pub os_extend_replication_volumes: serde_json::Value,
    /// Specifies the expansion information of one or multiple EVS replication pairs.
    pub replications: Vec<serde_json::Value>,
}
/// Parameter description
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct PausingReplicationConsistencyGroupRequest {
    /// The parameter value is null, indicating that the replication consistency group will be paused. Wire name: `os-stop-replication-consistency-group`.
    #[serde(rename = "os-stop-replication-consistency-group")]
    pub os_stop_replication_consistency_group: serde_json::Value,
}
/// Parameter description
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct RunConsistencyGroupFailoverRequest {
    /// The parameter value is null, indicating that a replication consistency group failover will be performed. Wire name: `os-failover-replication-consistency-group`.
    #[serde(rename = "os-failover-replication-consistency-group")]
    pub os_failover_replication_consistency_group: serde_json::Value,
}
/// Parameter description
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct RunGroupPrimarySecondarySwitchoverRequest {
    /// The parameter value is null, indicating that a primary/secondary switchover will be performed for the replication consistency group.
    ///
    /// Wire name: `os-reverse-replication-consistency-group`.
    #[serde(rename = "os-reverse-replication-consistency-group")]
    pub os_reverse_replication_consistency_group: serde_json::Value,
}
/// Parameter description
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListReplicationConsistencyGroupsResponse {
    /// Specifies the replication consistency groups.
    pub replication_consistency_groups: Option<Vec<serde_json::Value>>,
    /// Specifies the ID of the replication consistency group.
    pub id: Option<String>,
    /// Specifies the name of the replication consistency group.
    pub name: Option<String>,
    /// Specifies the description of the replication consistency group.
    pub description: Option<String>,
    /// Specifies the status of the replication consistency group. For details, see Replication Consistency Group Status (Deprecated).
    pub status: Option<String>,
    /// Specifies the primary site.
    pub priority_station: Option<String>,
    /// Specifies the replication type of the replication consistency group.
    pub replication_model: Option<String>,
    /// Specifies the replication status of the replication consistency group. For details, see Replication Consistency Group Status (Deprecated).
    pub replication_status: Option<String>,
    /// Specifies the IDs of all EVS replication pairs in the replication consistency group.
    pub replication_ids: Option<Vec<serde_json::Value>>,
    /// Specifies the creation time.
    pub created_at: Option<docsdk_runtime::DateTime>,
    /// Specifies the latest update time.
    pub updated_at: Option<docsdk_runtime::DateTime>,
    /// Specifies the returned error code if the status of the replication consistency group is **error**. For details, see Details of EVS Replication failure\_detail Values (Deprecated).
    pub failure_detail: Option<String>,
    /// Specifies the fault level of the replication consistency group. The value can be as follows:
    ///
    /// - **0**: indicates that no fault occurs.
    /// - **2**: indicates that a production disk in the replication consistency group does not have read/write permissions. In this case, you are advised to perform a failover.
    /// - **5**: indicates that the replication link is disconnected. In this case, a failover cannot be performed. Contact technical support engineers.
    pub fault_level: Option<ListEvsReplicationPairsResponseFaultLevel>,
}
/// Parameter description
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ShowReplicationConsistencyGroupResponse {
    /// Specifies the details of replication consistency groups.
    pub replication_consistency_group: Option<serde_json::Value>,
    /// Specifies the ID of the replication consistency group.
    pub id: Option<String>,
    /// Specifies the name of the replication consistency group.
    pub name: Option<String>,
    /// Specifies the description of the replication consistency group.
    pub description: Option<String>,
    /// Specifies the status of the replication consistency group. For details, see Replication Consistency Group Status (Deprecated).
    pub status: Option<String>,
    /// Specifies the primary site of the replication consistency group.
    pub priority_station: Option<String>,
    /// Specifies the replication type of the replication consistency group.
    pub replication_model: Option<String>,
    /// Specifies the replication status of the replication consistency group. For details, see Replication Consistency Group Status (Deprecated).
    pub replication_status: Option<String>,
    /// Specifies the IDs of all EVS replication pairs in the replication consistency group.
    pub replication_ids: Option<Vec<serde_json::Value>>,
    /// Specifies the creation time.
    pub created_at: Option<docsdk_runtime::DateTime>,
    /// Specifies the update time.
    pub updated_at: Option<docsdk_runtime::DateTime>,
    /// Specifies the returned error code if the status of the replication consistency group is **error**. For details, see Details of EVS Replication failure\_detail Values (Deprecated).
    pub failure_detail: Option<String>,
    /// Specifies the fault level of the replication consistency group. The value can be as follows:
    ///
    /// - **0**: indicates that no fault occurs.
    /// - **2**: indicates that a production disk in the replication consistency group does not have read/write permissions. In this case, you are advised to perform a failover.
    /// - **5**: indicates that the replication link is disconnected. In this case, a failover cannot be performed. Contact technical support engineers.
    pub fault_level: Option<ListEvsReplicationPairsResponseFaultLevel>,
}
/// Parameter description
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ReprotectingReplicationConsistencyGroupRequest {
    /// The parameter value is null, indicating that the replication consistency group will be reprotected. Wire name: `os-reprotect-replication-consistency-group`.
    #[serde(rename = "os-reprotect-replication-consistency-group")]
    pub os_reprotect_replication_consistency_group: serde_json::Value,
}
/// Parameter description
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SyncReplicationConsistencyGroupRequest {
    /// The parameter value is null, indicating that the replication consistency group will be synchronized. Wire name: `os-sync-replication-consistency-group`.
    #[serde(rename = "os-sync-replication-consistency-group")]
    pub os_sync_replication_consistency_group: serde_json::Value,
}
/// Parameter description
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct UpdateReplicationConsistencyGroupRequest {
    /// Specifies the replication consistency group information.
    pub replication_consistency_group: serde_json::Value,
}
/// Parameter description
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct UpdateReplicationConsistencyGroupResponse {
    /// Specifies the replication consistency group information.
    pub replication_consistency_group: serde_json::Value,
    /// Specifies the ID of the replication consistency group.
    pub id: String,
    /// Specifies the name of the replication consistency group.
    pub name: String,
    /// Specifies the description of the replication consistency group.
    pub description: String,
    /// Specifies the status of the replication consistency group.
    pub status: String,
    /// Specifies the primary site of the replication consistency group.
    pub priority_station: String,
    /// Specifies the time when the replication consistency group was created.
    pub created_at: String,
    /// Specifies the time when the replication consistency group was updated.
    pub updated_at: String,
}
/// Parameter in the snapshots\_links field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EvsSnapshotParameterInTheSnapshotsLinksField {
    /// The corresponding shortcut link.
    pub href: Option<String>,
    /// The shortcut link marker name.
    pub rel: Option<String>,
}
/// Parameter description
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AddEvsResourceOrUpdateTagsRequest {
    /// The key-value pair of the tag.
    pub tags: serde_json::Value,
}
/// Parameter description
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AddEvsResourceOrUpdateTagsResponse {
    /// The key-value pair of the tag.
    pub tags: Option<serde_json::Value>,
}
/// Parameter description
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct BatchDeleteEvsResourceTagsRequest {
    /// The key-value pair of the tag. Wire name: `os-delete_tags`.
    #[serde(rename = "os-delete_tags")]
    pub os_delete_tags: serde_json::Value,
}
/// Response parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListEvsResourceTypeTagsResponse {
    /// The tag information of all disks.
    pub tags: Option<serde_json::Value>,
}
/// Parameter description
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListEvsResourcesByTagResponse {
    /// The disk quantity.
    pub total_count: Option<i64>,
    /// The disk list.
    pub resources: Option<Vec<serde_json::Value>>,
}
/// Parameter description
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListEvsResourceTagsByKeyResponse {
    /// The key-value pair of a tag.
    pub tag: Option<serde_json::Value>,
}
/// Parameter description
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct UpdateEvsResourceTagsByKeyRequest {
    /// The key-value pair of the tag.
    pub tag: serde_json::Value,
}
/// Parameter description
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct UpdateEvsResourceTagsByKeyResponse {
    /// The key-value pair of the tag.
    pub tag: Option<serde_json::Value>,
}
/// Parameter description
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AttachEvsDiskRequest {
    /// The disk attachment marker. For details, see Parameters in the os-attach field. Wire name: `os-attach`.
    #[serde(rename = "os-attach")]
    pub os_attach: EvsDiskParametersInTheOsAttachField,
}
/// Parameters in the os-attach field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EvsDiskParametersInTheOsAttachField {
    /// The UUID of the host to be attached to.
    pub instance_uuid: String,
    /// The device name.
    pub mountpoint: String,
    /// The name of the host to be attached to. The value can contain a maximum of 255 bytes.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub host_name: Option<String>,
    /// The attachment mode. The value can be **rw** (read/write) or **ro** (read-only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mode: Option<String>,
}
crate::support::setters!(
    @ model EvsDiskParametersInTheOsAttachField new(instance_uuid : String, mountpoint :
    String) { host_name : String, mode : String }
);
/// Parameter description
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct DetachEvsDiskRequest {
    /// The disk detachment marker. Wire name: `os-detach`.
    #[serde(rename = "os-detach")]
    pub os_detach: serde_json::Value,
}
/// Response parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ShowAllDisksResponse3 {
    /// The list of queried disks. For details, see Parameters in the volumes field.
    pub volumes: Option<Vec<AllDiskParametersInTheVolumesField2>>,
    /// The query position marker in the disk list. If only some disks are returned in this query, the URL of the last disk queried will be returned. You can use this URL to continue to query the remaining disks in the next query. For details, see Parameters in the links field.
    pub volumes_links: Option<Vec<AllEvsDiskParametersInTheLinksField>>,
    /// The error message returned if an error occurs. For details, see Parameters in the error field.
    pub error: Option<EvsDiskParametersInTheErrorField>,
}
/// Parameters in the volumes field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AllDiskParametersInTheVolumesField2 {
    /// The disk ID.
    pub id: Option<String>,
    /// The disk URI. For details, see Parameters in the links field.
    pub links: Option<Vec<std::collections::BTreeMap<String, String>>>,
    /// The disk name.
    pub name: Option<String>,
    /// The disk status. For details, see EVS Disk Status.
    pub status: Option<String>,
    /// The disk attachment information. For details, see Parameters in the attachments field.
    pub attachments: Option<Vec<AllEvsDiskParametersInTheAttachmentsField>>,
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
    pub volume_type: Option<AllEvsDiskParametersInTheVolumesFieldVolumeType>,
    /// The ID of the tenant to which the disk belongs. The tenant ID is the same as the project ID. Wire name: `os-vol-tenant-attr:tenant_id`.
    #[serde(rename = "os-vol-tenant-attr:tenant_id")]
    pub os_vol_tenant_attr_tenant_id: Option<String>,
    /// The disk size, in GB.
    pub size: Option<i64>,
    /// The disk metadata. For details, see Parameters in the metadata field.
    pub metadata: Option<AllEvsDiskParametersInTheMetadataField>,
    /// The reserved field. Wire name: `os-vol-mig-status-attr:migstat`.
    #[serde(rename = "os-vol-mig-status-attr:migstat")]
    pub os_vol_mig_status_attr_migstat: Option<String>,
    /// The reserved field. Wire name: `os-vol-mig-status-attr:name_id`.
    #[serde(rename = "os-vol-mig-status-attr:name_id")]
    pub os_vol_mig_status_attr_name_id: Option<String>,
    /// The reserved field. Wire name: `os-volume-replication:extended_status`.
    #[serde(rename = "os-volume-replication:extended_status")]
    pub os_volume_replication_extended_status: Option<String>,
    /// This field is currently not supported.
    pub encrypted: Option<bool>,
    /// The reserved field.
    pub replication_status: Option<String>,
    /// The reserved field.
    pub user_id: Option<String>,
    /// The ID of the consistency group where the disk belongs.
    /// This field is currently not supported.
    pub consistencygroup_id: Option<String>,
    /// Whether the disk is bootable.
    ///
    /// - **true**: indicates a bootable disk.
    /// - **false**: indicates a non-bootable disk.
    pub bootable: Option<String>,
    /// The time when the disk was updated.
    /// Time format: UTC YYYY-MM-DDTHH:MM:SS.XXXXXX
    pub updated_at: Option<String>,
    /// Whether the disk is shareable.
    /// This field is no longer used. Use **multiattach**.
    pub shareable: Option<String>,
    /// Whether the disk is shareable.
    ///
    /// - **true**: indicates a shared disk.
    /// - **false**: indicates a non-shared disk.
    pub multiattach: Option<bool>,
    /// The metadata of the disk image. This field has a value if the disk is created from an image. Or, it is left empty.
    /// For details about **volume\_image\_metadata**, see **Querying Image Details (Native OpenStack API)** in the *Image Management Service API Reference*.
    pub volume_image_metadata: Option<serde_json::Value>,
}
/// Response parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListEvsDisksResponse2 {
    /// The list of queried disks. For details, see Parameters in the volumes field.
    pub volumes: Option<Vec<ListEvsDisksParametersInTheVolumesField>>,
    /// The query position marker in the disk list. If only some disks are returned in this query, the URL of the last disk queried will be returned. You can use this URL to continue to query the remaining disks in the next query.
    pub volumes_links: Option<Vec<serde_json::Value>>,
    /// The error message returned if an error occurs. For details, see Parameters in the error field.
    pub error: Option<EvsDiskParametersInTheErrorField>,
}
/// Parameters in the volumes field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListEvsDisksParametersInTheVolumesField {
    /// The disk ID.
    pub id: Option<String>,
    /// The disk URI. For details, see Parameters in the links field.
    pub links: Option<Vec<std::collections::BTreeMap<String, String>>>,
    /// The disk name. The value can contain a maximum of 255 bytes.
    pub name: Option<String>,
}
/// Response parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct UpdateEvsDiskResponse2 {
    /// The information of the updated disk. For details, see Parameters in the volume field.
    pub volume: Option<
        crate::v2::types::UpdateEvsDiskParametersInTheVolumeFieldResponse,
    >,
    /// The error message returned if an error occurs. For details, see Parameters in the error field.
    pub error: Option<EvsDiskParametersInTheErrorField>,
}
/// Response parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ShowEvsSnapshotsResponse2 {
    /// The snapshot information. For details, see Parameters in the snapshots field.
    pub snapshots: Option<ShowEvsSnapshotsParametersInTheSnapshotsField>,
    /// The query position marker in the snapshot list. This parameter is returned only when parameter **limit** is specified in the request, and this parameter indicates that only some snapshots are returned in this query.
    pub snapshots_links: Option<Vec<std::collections::BTreeMap<String, String>>>,
    /// The error message returned if an error occurs. For details, see Parameters in the error field.
    pub error: Option<EvsDiskParametersInTheErrorField>,
}
/// Parameters in the snapshots field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ShowEvsSnapshotsParametersInTheSnapshotsField {
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
    /// The tenant ID, which is the same as the project ID. Wire name: `os-extended-snapshot-attributes:project_id`.
    #[serde(rename = "os-extended-snapshot-attributes:project_id")]
    pub os_extended_snapshot_attributes_project_id: Option<String>,
    /// The reserved field. Wire name: `os-extended-snapshot-attributes:progress`.
    #[serde(rename = "os-extended-snapshot-attributes:progress")]
    pub os_extended_snapshot_attributes_progress: Option<String>,
}
/// Parameters in the replications field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct GroupEvsDiskParametersInTheReplicationsField {
    /// Specifies the IDs of EVS replication pairs.
    pub id: String,
    /// Specifies the disk capacity after expansion in the EVS replication pair. The unit is GB.
    pub new_size: i64,
}
/// Parameters in the replication\_consistency\_group field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ParametersInTheReplicationConsistencyGroupField2 {
    /// Specifies the name of the replication consistency group.
    pub name: Option<String>,
    /// Specifies the description of the replication consistency group.
    pub description: Option<String>,
    /// Specifies the type of the replication consistency group. Currently, only type **hypermetro** is supported.
    pub replication_model: Option<String>,
    /// Specifies the IDs of the EVS replication pairs to be added.
    pub add_replication_ids: Option<Vec<serde_json::Value>>,
    /// Specifies the IDs of the EVS replication pairs to be removed.
    pub remove_replication_ids: Option<Vec<serde_json::Value>>,
}
/// Parameter in the os-detach field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EvsDiskParameterInTheOsDetachField {
    /// The attachment ID. If the disk has only one attachment, this parameter is optional. If it has multiple attachments, the parameter is mandatory.
    pub attachment_id: Option<String>,
}
/// Response parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ShowTaskStatusResponse {
    /// The task status.
    ///
    /// - **SUCCESS**: The task is successfully executed.
    /// - **RUNNING**: The task is in progress.
    /// - **FAIL**: The task fails.
    /// - **INIT**: The task is being initialized.
    pub status: Option<String>,
    /// The task response. For details, see •Parameters in the entities field.
    /// The content for each type of task is different.
    pub entities: Option<TaskStatusParameterInTheEntitiesField>,
    /// The task ID.
    pub job_id: Option<String>,
    /// The task type.
    ///
    /// - **createVolume**: creates a disk.
    /// - **batchCreateVolume**: batch creates disks.
    /// - **deleteVolume**: deletes a disk.
    /// - **extendVolume**: expands the disk capacity.
    /// - **bulkDeleteVolume**: batch deletes disks.
    /// - **deleteSingleVolume**: deletes disks one by one during a batch deletion.
    pub job_type: Option<String>,
    /// The time when the task was started.
    /// Time format: YYYY-MM-DDTHH:MM:SS.SSS'Z'
    pub begin_time: Option<String>,
    /// The time when the task finished.
    /// Time format: YYYY-MM-DDTHH:MM:SS.SSS'Z'
    pub end_time: Option<String>,
    /// The error code returned if the task execution fails.
    pub error_code: Option<String>,
    /// The cause of the task execution failure.
    pub fail_reason: Option<String>,
    /// The error message returned if an error occurs. For details, see Parameters in the error field.
    pub error: Option<EvsDiskParametersInTheErrorField>,
}
/// Parameter in the entities field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct TaskStatusParameterInTheEntitiesField {
    /// The disk name.
    pub name: Option<String>,
    /// The disk size, in GB.
    pub size: Option<i64>,
    /// The information of a subtask. For details, see •Parameters in the sub\_jobs field.
    pub sub_jobs: Option<Vec<TaskStatusParametersInTheSubJobsField>>,
    /// The disk ID.
    pub volume_id: Option<String>,
    /// The disk type.
    pub volume_type: Option<String>,
}
/// Parameters in the sub\_jobs field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct TaskStatusParametersInTheSubJobsField {
    /// The task status.
    ///
    /// - **SUCCESS**: The task is successfully executed.
    /// - **RUNNING**: The task is in progress.
    /// - **FAIL**: The task fails.
    /// - **INIT**: The task is being initialized.
    pub status: Option<String>,
    /// The task response. For details, see •Parameters in the entities field.
    /// The content for each type of task is different.
    pub entities: Option<TaskStatusParameterInTheEntitiesFieldResponse>,
    /// The task ID.
    pub job_id: Option<String>,
    /// The task type.
    ///
    /// - **createVolume**: creates a disk.
    /// - **batchCreateVolume**: batch creates disks.
    /// - **deleteVolume**: deletes a disk.
    /// - **extendVolume**: expands the disk capacity.
    /// - **bulkDeleteVolume**: batch deletes disks.
    /// - **deleteSingleVolume**: deletes disks one by one during a batch deletion.
    pub job_type: Option<String>,
    /// The time when the task was started.
    /// Time format: YYYY-MM-DDTHH:MM:SS.SSS'Z'
    pub begin_time: Option<String>,
    /// The time when the task finished.
    /// Time format: YYYY-MM-DDTHH:MM:SS.SSS'Z'
    pub end_time: Option<String>,
    /// The error code returned if the task execution fails.
    pub error_code: Option<String>,
    /// The cause of the task execution failure.
    pub fail_reason: Option<String>,
}
/// Parameter in the entities field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct TaskStatusParameterInTheEntitiesFieldResponse {
    /// The disk name.
    pub name: Option<String>,
    /// The disk size, in GB.
    pub size: Option<i64>,
    /// The disk ID.
    pub volume_id: Option<String>,
    /// The disk type.
    pub volume_type: Option<String>,
}
/// Parameter description
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ShowApiVersionInformationResponse {
    /// Specifies the API version information. For details, see Parameters in the versions field.
    pub versions: Option<Vec<VersionInformationParametersInTheVersionsField>>,
}
crate::support::open_enum!(
    #[doc = " Specifies the API version status. The value can be as follows:"] #[doc =
    ""] #[doc =
    " - **CURRENT**: EVS custom APIs provide multiple versions. For the APIs offering same functions, you are recommended to use the v2 APIs."]
    #[doc = " - **SUPPORTED**: indicates an earlier version which is still supported."]
    #[doc =
    " - **DEPRECATED**: indicates a deprecated version that may be deleted later."]
    VersionInformationParametersInTheVersionsFieldStatus { Current = "CURRENT", Supported
    = "SUPPORTED", Deprecated = "DEPRECATED" }
);
/// Parameters in the versions field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct VersionInformationParametersInTheVersionsField {
    /// Specifies the minimum microversion supported. If this version does not support microversions, the value is an empty string.
    pub min_version: Option<String>,
    /// Specifies the request message type of the API version. For details, see Parameters in the media-types field. Wire name: `media-types`.
    #[serde(rename = "media-types")]
    pub media_types: Option<Vec<VersionInformationParametersInTheMediaTypesField>>,
    /// Specifies the URI of the API version. For details, see Parameters in the links field.
    pub links: Option<Vec<ApiVersionInformationParametersInTheLinksField>>,
    /// Specifies the ID of the API version.
    pub id: Option<String>,
    /// Specifies the last time when the API version was updated.
    /// Time format: UTC YYYY-MM-DDTHH:MM:SS.XXXXXX
    pub updated: Option<String>,
    /// Specifies the maximum microversion supported. If this version does not support microversions, the value is an empty string.
    pub version: Option<String>,
    /// Specifies the API version status. The value can be as follows:
    ///
    /// - **CURRENT**: EVS custom APIs provide multiple versions. For the APIs offering same functions, you are recommended to use the v2 APIs.
    /// - **SUPPORTED**: indicates an earlier version which is still supported.
    /// - **DEPRECATED**: indicates a deprecated version that may be deleted later.
    pub status: Option<VersionInformationParametersInTheVersionsFieldStatus>,
}
/// Parameters in the media-types field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct VersionInformationParametersInTheMediaTypesField {
    /// Specifies the response type. Wire name: `type`.
    #[serde(rename = "type")]
    pub type_: Option<String>,
    /// Specifies the text type.
    pub base: Option<String>,
}
/// Parameters in the links field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ApiVersionInformationParametersInTheLinksField {
    /// Specifies the domain name description.
    pub rel: Option<String>,
    /// Specifies the domain name.
    pub href: Option<String>,
    /// Specifies the response type. Wire name: `type`.
    #[serde(rename = "type")]
    pub type_: Option<String>,
}
/// Parameter description
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ShowApiVersionsInformationResponse {
    /// Specifies the API versions. For details, see Parameters in the versions field.
    pub versions: Option<Vec<VersionInformationParametersInTheVersionsField>>,
}
crate::support::open_enum!(
    #[doc = " The values of `ResourceType`."] ResourceType { Volumes = "volumes",
    Snapshots = "snapshots", Backups = "backups" }
);
