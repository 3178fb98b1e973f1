use crate::operations;
/// A client for Image Management Service: one method per operation (see the crate docs).
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
                "https://ims.{region}.otc.t-systems.com",
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
    /// Creating an Image: `POST /v2/cloudimages/action`, API version v2.
    ///
    /// This API is used to create a private image. The following methods are supported:
    ///
    /// Create a system or data disk image from an ECS.
    ///
    /// Create a system disk image from an external image file uploaded to an OBS bucket.
    ///
    /// Create a system disk image from a data disk.
    ///
    /// This API is asynchronous. A successful call only means the cloud service system has received the request. To see if an image is created successfully, you need to use the asynchronous job query API to query the image creation status. For details, see Querying the Status of an Asynchronous Job.
    ///
    /// You cannot export public images (such as Windows, SUSE, Red Hat, Oracle Linux, and Ubuntu) or private images created using these public images.
    pub fn creating_an_image(&self) -> operations::CreatingAnImage {
        operations::CreatingAnImage::new(&self.inner, None)
    }
    /// Importing an Image File Quickly: `POST /v2/cloudimages/quickimport/action`, API version v2.
    ///
    /// This API is used to quickly create a private image from an oversized external image file that has been uploaded to an OBS bucket. Currently, only ZVHD2 and RAW image files can be imported quickly, and the size of such an image file cannot exceed 1 TB.
    ///
    /// The fast image creation function is only available for image files in RAW or ZVHD2 format. For other formats of image files that are smaller than 128 GB, you are advised to import these files with the common method.
    ///
    /// The API is an asynchronous one. If it is successfully called, the cloud service system receives the request. However, you need to use the asynchronous job query API to query the image creation status. For details, see Querying the Status of an Asynchronous Job.
    ///
    /// Constraints: Before importing an image file, ensure that the file format is RAW or ZVHD2 and the following have been done:
    ///
    /// For RAW, the image file has been optimized, and a bitmap file has been generated.
    ///
    /// For ZVHD2, the image file has been optimized as required.
    ///
    /// For how to convert image file formats and generate a bitmap file, see section "Quickly Importing an Image File" in the *Image Management Service User Guide*.
    pub fn importing_an_image_file_quickly(
        &self,
    ) -> operations::ImportingAnImageFileQuickly {
        operations::ImportingAnImageFileQuickly::new(&self.inner, None)
    }
    /// Querying Images: `GET /v2/cloudimages`, API version v2.
    ///
    /// This API is used to query images using search criteria and to display the images in a list.
    pub fn querying_images(&self) -> operations::QueryingImages {
        operations::QueryingImages::new(&self.inner, None)
    }
    /// Updating an Image: `PATCH /v2/cloudimages/{image_id}`, API version v2.
    ///
    /// This API is used to update image information.
    ///
    /// Only **active** images can be updated.
    pub fn updating_an_image(&self) -> operations::UpdatingAnImage {
        operations::UpdatingAnImage::new(&self.inner, None)
    }
    /// Querying Tags of an Image: `GET /v2/{project_id}/images/{image_id}/tags`, API version v2.
    ///
    /// This API is used to query all the tags of a specified image.
    pub fn querying_tags_of_an_image(&self) -> operations::QueryingTagsOfAnImage {
        operations::QueryingTagsOfAnImage::new(&self.inner, None)
    }
    /// Adding an Image Tag: `POST /v2/{project_id}/images/{image_id}/tags`, API version v2.
    ///
    /// This API is used to add a tag to an image or update a tag.
    ///
    /// Constraints: Each tag consists of a key and a value. The key contains at most 36 characters, and the value contains at most 43 characters. The key cannot be left blank or an empty character string. The value cannot be left blank but can be an empty character string.
    ///
    /// An image can have a maximum of 10 tags.
    ///
    /// This API is an idempotent API. If a tag to be added has the same key as an existing tag, but the tag values are different, this tag will be added and overwrite the existing one. If a tag to be added has the same key and value as an existing tag, this tag will not be added.
    pub fn adding_an_image_tag(&self) -> operations::AddingAnImageTag {
        operations::AddingAnImageTag::new(&self.inner, None)
    }
    /// Adding or Deleting Image Tags in a Batch: `POST /v2/{project_id}/images/{image_id}/tags/action`, API version v2.
    ///
    /// This API is used to add tags to, update tags of, or delete tags from an image in a batch.
    ///
    /// Constraints: Each tag consists of a key and a value. The key contains at most 36 characters, and the value contains at most 43 characters. The key cannot be left blank or an empty character string. The value cannot be left blank but can be an empty character string.
    ///
    /// An image can have a maximum of 10 tags.
    ///
    /// The keys of multiple tags in the request body must be unique.
    ///
    /// This API is an idempotent one.
    ///
    /// If a tag to be added has the same key as an existing tag, but the tag values are different, this tag will be added and overwrite the existing one. If a tag to be added has the same key and value as an existing tag, this tag will not be added.
    ///
    /// If the specified tag does not exist, the deletion is considered successful by default.
    ///
    /// The rules for key and value verification during batch tag deletion are as follows:
    ///
    /// The system does not check characters of keys and values. A key cannot be left blank or be an empty string. Values are optional for keys. If a tag to be deleted does not exist, the system considers that it has been deleted. No error will be reported. The system will check key and value lengths. A key can contain a maximum of 127 characters, and a value can contain a maximum of 255 characters.
    pub fn adding_or_deleting_image_tags_in_a_batch(
        &self,
    ) -> operations::AddingOrDeletingImageTagsInABatch {
        operations::AddingOrDeletingImageTagsInABatch::new(&self.inner, None)
    }
    /// Deleting an Image Tag: `DELETE /v2/{project_id}/images/{image_id}/tags/{key}`, API version v2.
    ///
    /// This API is used to delete a specified tag from an image.
    ///
    /// Constraints: To be compatible with remaining tags, the system will not verify the character set and length of the keys and values in the query condition.
    ///
    /// This API is a non-idempotent one. If the key to be deleted does not exist, status code 404 is returned.
    pub fn deleting_an_image_tag(&self) -> operations::DeletingAnImageTag {
        operations::DeletingAnImageTag::new(&self.inner, None)
    }
    /// Querying All Image Tags: `GET /v2/{project_id}/images/tags`, API version v2.
    ///
    /// This API is used to query all the image tags.
    pub fn querying_all_image_tags(&self) -> operations::QueryingAllImageTags {
        operations::QueryingAllImageTags::new(&self.inner, None)
    }
    /// Querying Images by Tag: `POST /v2/{project_id}/images/resource_instances/action`, API version v2.
    ///
    /// This API is used to filter or count images using tags or other conditions.
    ///
    /// Constraints: To be compatible with remaining tags, the system will not verify the character set of the tag keys and values in the query condition when parameters **tags** **not\_tags**, **tags\_any**, and **not\_tags\_any** are used.
    pub fn querying_images_by_tag(&self) -> operations::QueryingImagesByTag {
        operations::QueryingImagesByTag::new(&self.inner, None)
    }
    /// Querying Images (Native OpenStack API): `GET /v2/images`, API version v2.
    ///
    /// This API is used to obtain the image list.
    ///
    /// This API does not return the complete result at once, but uses pagination.
    pub fn querying_images_native_open_stack_api(
        &self,
    ) -> operations::QueryingImagesNativeOpenStackApi {
        operations::QueryingImagesNativeOpenStackApi::new(&self.inner, None)
    }
    /// Creating Image Metadata (Native OpenStack API): `POST /v2/images`, API version v2.
    ///
    /// This API is used to create image metadata.
    ///
    /// After the API is successfully invoked, the image metadata is created, but the image file does not exist yet.
    pub fn creating_image_metadata_native_open_stack_api(
        &self,
    ) -> operations::CreatingImageMetadataNativeOpenStackApi {
        operations::CreatingImageMetadataNativeOpenStackApi::new(&self.inner, None)
    }
    /// Querying Image Details (Native OpenStack API): `GET /v2/images/{image_id}`, API version v2.
    ///
    /// This API is used to query details about a public or private image.
    pub fn querying_image_details_native_open_stack_api(
        &self,
    ) -> operations::QueryingImageDetailsNativeOpenStackApi {
        operations::QueryingImageDetailsNativeOpenStackApi::new(&self.inner, None)
    }
    /// Deleting an Image (Native OpenStack API): `DELETE /v2/images/{image_id}`, API version v2.
    ///
    /// This API is used to delete a private image. You can only delete your own private images.
    pub fn deleting_an_image_native_open_stack_api(
        &self,
    ) -> operations::DeletingAnImageNativeOpenStackApi {
        operations::DeletingAnImageNativeOpenStackApi::new(&self.inner, None)
    }
    /// Modifying an Image (Native OpenStack API): `PATCH /v2/images/{image_id}`, API version v2.
    ///
    /// This API is used to modify image information.
    ///
    /// Constraints: Only customized attributes, image name, and image description can be modified.
    pub fn modifying_an_image_native_open_stack_api(
        &self,
    ) -> operations::ModifyingAnImageNativeOpenStackApi {
        operations::ModifyingAnImageNativeOpenStackApi::new(&self.inner, None)
    }
    /// Uploading an Image (Native OpenStack API): `PUT /v2/images/{image_id}/file`, API version v2.
    ///
    /// This API is used to upload a local image to the cloud platform. The image to be uploaded must be smaller than 128 GB.
    ///
    /// For more information about how to use external files to create images, see sections "Creating a Private Windows Image Using an External Image File" and "Creating a Private Linux Image Using an External Image File" in *Image Management Service User Guide*.
    ///
    /// The following describes how to use this API:
    ///
    /// Prepare the image to be uploaded. The image can be in QCOW2, VMDK, VHD, RAW, VHDX, QED, VDI, QCOW, ZVHD2, or ZVHD format.
    ///
    /// Create metadata for the image by performing the operations in Creating Image Metadata (Native OpenStack API). After the API is invoked successfully, save the image ID.
    ///
    /// Upload the image file with the image ID obtained in 2.
    pub fn uploading_an_image_native_open_stack_api(
        &self,
    ) -> operations::UploadingAnImageNativeOpenStackApi {
        operations::UploadingAnImageNativeOpenStackApi::new(&self.inner, None)
    }
    /// Querying a Schema for an Image Sharing Member List (Native OpenStack API): `GET /v2/schemas/members`, API version v2.
    ///
    /// This API is used to query an image sharing member list schema, which allows you to view image sharing member attributes and their data types.
    pub fn querying_a_schema_for_an_image_sharing_member_list_native_open_stack_api(
        &self,
    ) -> operations::QueryingASchemaForAnImageSharingMemberListNativeOpenStackApi {
        operations::QueryingASchemaForAnImageSharingMemberListNativeOpenStackApi::new(
            &self.inner,
            None,
        )
    }
    /// Querying a Schema for an Image Sharing Member (Native OpenStack API): `GET /v2/schemas/member`, API version v2.
    ///
    /// This API is used to query an image sharing member schema, which allows you to view image sharing member attributes and their data types.
    pub fn querying_a_schema_for_an_image_sharing_member_native_open_stack_api(
        &self,
    ) -> operations::QueryingASchemaForAnImageSharingMemberNativeOpenStackApi {
        operations::QueryingASchemaForAnImageSharingMemberNativeOpenStackApi::new(
            &self.inner,
            None,
        )
    }
    /// Querying an Image List Schema (Native OpenStack API): `GET /v2/schemas/images`, API version v2.
    ///
    /// This API is used to query an image list schema, which allows you to know details about and the data structure of the image list.
    pub fn querying_an_image_list_schema_native_open_stack_api(
        &self,
    ) -> operations::QueryingAnImageListSchemaNativeOpenStackApi {
        operations::QueryingAnImageListSchemaNativeOpenStackApi::new(&self.inner, None)
    }
    /// Querying an Image Schema (Native OpenStack API): `GET /v2/schemas/image`, API version v2.
    ///
    /// This API is used to query the image schema, which allows you to view image attributes and their data types.
    pub fn querying_an_image_schema_native_open_stack_api(
        &self,
    ) -> operations::QueryingAnImageSchemaNativeOpenStackApi {
        operations::QueryingAnImageSchemaNativeOpenStackApi::new(&self.inner, None)
    }
    /// Querying Image Sharing Members (Native OpenStack API): `GET /v2/images/{image_id}/members`, API version v2.
    ///
    /// This API is used to query the tenants with whom an image is shared using search criteria and to display the tenants in a list.
    pub fn querying_image_sharing_members_native_open_stack_api(
        &self,
    ) -> operations::QueryingImageSharingMembersNativeOpenStackApi {
        operations::QueryingImageSharingMembersNativeOpenStackApi::new(&self.inner, None)
    }
    /// Adding an Image Sharing Member (Native OpenStack API): `POST /v2/images/{image_id}/members`, API version v2.
    ///
    /// This API is used to add a project ID of a tenant the image is to be shared with.
    ///
    /// Constraints: For an encrypted image, you need to authorize the key used by the image before using this API. For details, see "How Do I Authorize a Key?" in *Image Management Service User Guide*.
    pub fn adding_an_image_sharing_member_native_open_stack_api(
        &self,
    ) -> operations::AddingAnImageSharingMemberNativeOpenStackApi {
        operations::AddingAnImageSharingMemberNativeOpenStackApi::new(&self.inner, None)
    }
    /// Querying Image Sharing Member Details (Native OpenStack API): `GET /v2/images/{image_id}/members/{member_id}`, API version v2.
    ///
    /// This API is used to query details about a tenant with whom the image is shared.
    pub fn querying_image_sharing_member_details_native_open_stack_api(
        &self,
    ) -> operations::QueryingImageSharingMemberDetailsNativeOpenStackApi {
        operations::QueryingImageSharingMemberDetailsNativeOpenStackApi::new(
            &self.inner,
            None,
        )
    }
    /// Updating the Image Sharing Status (Native OpenStack API): `PUT /v2/images/{image_id}/members/{member_id}`, API version v2.
    ///
    /// This API is used to update the image sharing status when a tenant accepts or rejects a shared image.
    pub fn updating_the_image_sharing_status_native_open_stack_api(
        &self,
    ) -> operations::UpdatingTheImageSharingStatusNativeOpenStackApi {
        operations::UpdatingTheImageSharingStatusNativeOpenStackApi::new(
            &self.inner,
            None,
        )
    }
    /// Deleting an Image Sharing Member (Native OpenStack API): `DELETE /v2/images/{image_id}/members/{member_id}`, API version v2.
    ///
    /// This API is used to stop image sharing by deleting the tenant with whom the image is shared.
    pub fn deleting_an_image_sharing_member_native_open_stack_api(
        &self,
    ) -> operations::DeletingAnImageSharingMemberNativeOpenStackApi {
        operations::DeletingAnImageSharingMemberNativeOpenStackApi::new(
            &self.inner,
            None,
        )
    }
    /// Adding a Tag (Native OpenStack API): `PUT /v2/images/{image_id}/tags/{tag}`, API version v2.
    ///
    /// This API is used to add a custom tag to an image. With tags, you can manage easily the images.
    pub fn adding_a_tag_native_open_stack_api(
        &self,
    ) -> operations::AddingATagNativeOpenStackApi {
        operations::AddingATagNativeOpenStackApi::new(&self.inner, None)
    }
    /// Deleting a Tag (Native OpenStack API): `DELETE /v2/images/{image_id}/tags/{tag}`, API version v2.
    ///
    /// This API is used to delete a custom tag from a private image.
    pub fn deleting_a_tag_native_open_stack_api(
        &self,
    ) -> operations::DeletingATagNativeOpenStackApi {
        operations::DeletingATagNativeOpenStackApi::new(&self.inner, None)
    }
    /// Deleting an Image (Native OpenStack API V1.1, Deprecated): `DELETE /v1.1/images/{image_id}`, API version v1.1.
    ///
    /// This API is used to delete an image. If you soft delete the image with a specified ID, the image persists in the database, but in the **deleted** status.
    ///
    /// This API has been deprecated. Deleting an Image (Native OpenStack API) is recommended.
    pub fn deleting_an_image_native_open_stack_api_v1_1_deprecated(
        &self,
    ) -> operations::DeletingAnImageNativeOpenStackApiV1_1Deprecated {
        operations::DeletingAnImageNativeOpenStackApiV1_1Deprecated::new(
            &self.inner,
            None,
        )
    }
    /// Querying Image Details (Native OpenStack API V1.1, Deprecated): `GET /v1.1/images/detail`, API version v1.1.
    ///
    /// This API is used to query details of images.
    ///
    /// This API has been deprecated. Use the API in Querying Images (Native OpenStack API).
    pub fn querying_image_details_native_open_stack_api_v1_1_deprecated(
        &self,
    ) -> operations::QueryingImageDetailsNativeOpenStackApiV1_1Deprecated {
        operations::QueryingImageDetailsNativeOpenStackApiV1_1Deprecated::new(
            &self.inner,
            None,
        )
    }
    /// Creating a Data Disk Image from an External Image File: `POST /v1/cloudimages/dataimages/action`, API version v1.
    ///
    /// This API is used to create a data disk image from a data disk image file uploaded to the OBS bucket. The API is an asynchronous one. If it is successfully called, the cloud service system receives the request. However, you need to use the asynchronous job query API to query the image creation status. For details, see Querying the Status of an Asynchronous Job.
    pub fn creating_a_data_disk_image_from_an_external_image_file(
        &self,
    ) -> operations::CreatingADataDiskImageFromAnExternalImageFile {
        operations::CreatingADataDiskImageFromAnExternalImageFile::new(&self.inner, None)
    }
    /// Creating a Full-ECS Image: `POST /v1/cloudimages/wholeimages/action`, API version v1.
    ///
    /// This API is used to create a full-ECS image from an ECS, Cloud Server Backup Service (CSBS) backup, or Cloud Backup and Recovery (CBR) backup. The API is an asynchronous one. If it is successfully called, the cloud system receives the request to create a full-ECS image. However, you need to use the asynchronous job query API to query the image creation status. For details, see Querying the Status of an Asynchronous Job.
    pub fn creating_a_full_ecs_image(&self) -> operations::CreatingAFullEcsImage {
        operations::CreatingAFullEcsImage::new(&self.inner, None)
    }
    /// Exporting an Image: `POST /v1/cloudimages/{image_id}/file`, API version v1.
    ///
    /// This is an extension API and used to export a private image to an OBS bucket.
    ///
    /// Before exporting an image, ensure that you have Tenant Administrator permissions for OBS.
    ///
    /// Constraints: An image can only be exported to a Standard bucket that is in the same region as the image.
    ///
    /// The following private images cannot be exported:
    ///
    /// Full-ECS images
    ///
    /// ISO images
    ///
    /// Private images created from a Windows, SUSE, Red Hat, Ubuntu, or Oracle Linux public image
    ///
    /// The image size must be less than 1 TB. Images larger than 128 GB support only fast export.
    pub fn exporting_an_image(&self) -> operations::ExportingAnImage {
        operations::ExportingAnImage::new(&self.inner, None)
    }
    /// Registering an Image: `PUT /v1/cloudimages/{image_id}/upload`, API version v1.
    ///
    /// This API is used to register an image file as an uninitialized private image on the cloud platform.
    ///
    /// The following describes how to use this API:
    ///
    /// Upload the image file to an OBS bucket. For details, see "Object Storage Service User Guide".
    ///
    /// Use the image metadata creation API to create image metadata. After the API is invoked successfully, save the image ID. For how to create image metadata, see Creating Image Metadata (Native OpenStack API).
    ///
    /// Use the API for registering images and the image ID obtained in 2 to register the image file as a private image.
    ///
    /// After the API is successfully invoked as an asynchronous one, the cloud service system receives a request. Query the image status using the image ID and check whether the image file is successfully registered. When the image status changes to **active**, the image file is successfully registered as a private image.
    ///
    /// For details about how to query the status of an asynchronous task, see Querying the Status of an Asynchronous Job.
    ///
    /// Before registering an image file, ensure that you have Tenant Administrator permissions for OBS.
    pub fn registering_an_image(&self) -> operations::RegisteringAnImage {
        operations::RegisteringAnImage::new(&self.inner, None)
    }
    /// Querying the Status of an Asynchronous Job: `GET /v1/{project_id}/jobs/{job_id}`, API version v1.
    ///
    /// This is an extension API. It is used to query for the execution status of an asynchronous job, for example, querying for the execution status of an image exporting job.
    pub fn querying_the_status_of_an_asynchronous_job(
        &self,
    ) -> operations::QueryingTheStatusOfAnAsynchronousJob {
        operations::QueryingTheStatusOfAnAsynchronousJob::new(&self.inner, None)
    }
    /// Querying the Image Quota: `GET /v1/cloudimages/quota`, API version v1.
    ///
    /// This extension API is used to query the quota of private images of a tenant in the current region.
    pub fn querying_the_image_quota(&self) -> operations::QueryingTheImageQuota {
        operations::QueryingTheImageQuota::new(&self.inner, None)
    }
    /// Replicating an Image Within a Region: `POST /v1/cloudimages/{image_id}/copy`, API version v1.
    ///
    /// This API is an extension one and is used to copy an existing image to another image. When replicating an image, you can change the image attributes to meet the requirements of different scenarios.
    ///
    /// This API is an asynchronous one. If **job\_id** is returned, the task is successfully delivered. You need to query the status of the asynchronous task. If the status is **success**, the task is successfully executed. If the status is **failed**, the task fails. For details about how to query the status of an asynchronous task, see Querying the Status of an Asynchronous Job.
    ///
    /// Constraints: Full-ECS images cannot be replicated.
    ///
    /// Private images created using ISO files do not support in-region replication.
    pub fn replicating_an_image_within_a_region(
        &self,
    ) -> operations::ReplicatingAnImageWithinARegion {
        operations::ReplicatingAnImageWithinARegion::new(&self.inner, None)
    }
    /// Updating the Sharing Status for Images: `PUT /v1/cloudimages/members`, API version v1.
    ///
    /// This API is an extension one and used to update the image sharing status after the tenant accepts or rejects the shared images.
    ///
    /// This API is an asynchronous one. If **job\_id** is returned, the task is successfully delivered. You need to query the status of the asynchronous task. If the status is **success**, the task is successfully executed. If the status is **failed**, the task fails. For details about how to query the status of an asynchronous task, see Querying the Status of an Asynchronous Job.
    pub fn updating_the_sharing_status_for_images(
        &self,
    ) -> operations::UpdatingTheSharingStatusForImages {
        operations::UpdatingTheSharingStatusForImages::new(&self.inner, None)
    }
    /// Adding Image Sharing Members: `POST /v1/cloudimages/members`, API version v1.
    ///
    /// This API is an extension one and used to share more than one image with multiple tenants.
    ///
    /// This API is an asynchronous one. If **job\_id** is returned, the task is successfully delivered. You need to query the status of the asynchronous task. If the status is **success**, the task is successfully executed. If the status is **failed**, the task fails. For details about how to query the status of an asynchronous task, see Querying the Status of an Asynchronous Job.
    ///
    /// Constraints: For encrypted images, you need to authorize the keys used by the images before you use this API. For details, see "How Do I Authorize a Key?" in *Image Management Service User Guide*.
    pub fn adding_image_sharing_members(&self) -> operations::AddingImageSharingMembers {
        operations::AddingImageSharingMembers::new(&self.inner, None)
    }
    /// Deleting Image Sharing Members: `DELETE /v1/cloudimages/members`, API version v1.
    ///
    /// This API is an extension one and used to stop sharing images by deleting tenants the image is shared with.
    ///
    /// This API is an asynchronous one. If **job\_id** is returned, the task is successfully delivered. You need to query the status of the asynchronous task. If the status is **success**, the task is successfully executed. If the status is **failed**, the task fails. For details about how to query the status of an asynchronous task, see Querying the Status of an Asynchronous Job.
    pub fn deleting_image_sharing_members(
        &self,
    ) -> operations::DeletingImageSharingMembers {
        operations::DeletingImageSharingMembers::new(&self.inner, None)
    }
    /// Querying Tags: `GET /v1/cloudimages/tags`, API version v1.
    ///
    /// This API is used to query image tags using search criteria and display them in a list.
    pub fn querying_tags(&self) -> operations::QueryingTags {
        operations::QueryingTags::new(&self.inner, None)
    }
    /// Adding or Modifying a Tag: `PUT /v1/cloudimages/tags`, API version v1.
    ///
    /// This API is used to add a tag to an image or modify a tag of an image. With tags, you can manage easily the images.
    pub fn adding_or_modifying_a_tag(&self) -> operations::AddingOrModifyingATag {
        operations::AddingOrModifyingATag::new(&self.inner, None)
    }
    /// Querying Image Metadata (Native OpenStack API V1, Deprecated): `HEAD /v1/images/{image_id}`, API version v1.
    ///
    /// This API is used to query image metadata.
    ///
    /// This API has been deprecated. Use the API in Querying Image Details (Native OpenStack API).
    pub fn querying_image_metadata_native_open_stack_api_v1_deprecated(
        &self,
    ) -> operations::QueryingImageMetadataNativeOpenStackApiV1Deprecated {
        operations::QueryingImageMetadataNativeOpenStackApiV1Deprecated::new(
            &self.inner,
            None,
        )
    }
    /// Querying an API Version (Native OpenStack API): `GET /{version}`, API version unversioned.
    ///
    /// This API is used to query a specified API version, such as version compatibility and domain name information of an API.
    pub fn querying_an_api_version_native_open_stack_api(
        &self,
    ) -> operations::QueryingAnApiVersionNativeOpenStackApi {
        operations::QueryingAnApiVersionNativeOpenStackApi::new(&self.inner, None)
    }
    /// Querying API Versions (Native OpenStack API): `GET /`, API version unversioned.
    ///
    /// This API is used to query API versions, such as version compatibility and domain name information of APIs.
    pub fn querying_api_versions_native_open_stack_api(
        &self,
    ) -> operations::QueryingApiVersionsNativeOpenStackApi {
        operations::QueryingApiVersionsNativeOpenStackApi::new(&self.inner, None)
    }
}
