//! API version v1 of Elastic Volume Service.
/// Models whose shape at API version v1 differs from the crate-level `types`.
pub mod types {
    /// Response parameters
    #[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
    #[non_exhaustive]
    pub struct ShowDiskResponse {
        /// The disk information. For details, see Parameters in the volume field.
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
        /// The disk name.
        pub display_name: Option<String>,
        /// The disk status. For details, see EVS Disk Status.
        pub status: Option<String>,
        /// The attachment information.
        pub attachments: Option<Vec<serde_json::Value>>,
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
        pub display_description: Option<String>,
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
        /// The ID of the tenant to which the disk belongs. The tenant ID is the same as the project ID. Wire name: `os-vol-tenant-attr:tenant_id`.
        #[serde(rename = "os-vol-tenant-attr:tenant_id")]
        pub os_vol_tenant_attr_tenant_id: Option<String>,
        /// The disk size, in GB.
        pub size: Option<i64>,
        /// The disk metadata.
        pub metadata: Option<serde_json::Value>,
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
        /// Whether the disk is bootable.
        ///
        /// - **true**: indicates a bootable disk.
        /// - **false**: indicates a non-bootable disk.
        pub bootable: Option<String>,
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
}
