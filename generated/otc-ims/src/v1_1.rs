//! API version v1.1 of Image Management Service.
/// Models whose shape at API version v1.1 differs from the crate-level `types`.
pub mod types {
    /// Response parameters
    #[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
    #[non_exhaustive]
    pub struct ListImageDetailsResponse {
        /// Image status
        pub status: Option<String>,
        /// Virtual size of an image
        pub virtual_size: Option<i64>,
        /// Specifies the image name. For detailed description, see Image Attributes.
        pub name: Option<String>,
        /// Whether an image has been deleted
        pub deleted: Option<bool>,
        /// Image container type
        pub container_format: Option<String>,
        /// Time when an image was created
        pub created_at: Option<String>,
        /// Image file type
        pub disk_format: Option<String>,
        /// Time when an image was updated
        pub updated_at: Option<String>,
        /// Image attribute
        pub properties: Option<serde_json::Value>,
        /// Tenant to which an image belongs
        pub owner: Option<String>,
        /// Whether an image is protected
        pub protected: Option<bool>,
        /// Minimum memory (MB) required for running an image
        pub min_ram: Option<i64>,
        /// Image verification sum. This parameter is available after an image file is uploaded.
        pub checksum: Option<String>,
        /// Minimum disk capacity (GB) required for running the image
        pub min_disk: Option<i64>,
        /// Whether an image is a public one
        pub is_public: Option<bool>,
        /// Time when an image was deleted
        pub deleted_at: Option<String>,
        /// Image UUID
        pub id: Option<String>,
        /// Image size. This parameter is available after an image file is uploaded.
        pub size: Option<i64>,
    }
}
