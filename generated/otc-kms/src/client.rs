use crate::operations;
/// A client for Key Management Service: one method per operation (see the crate docs).
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
                "https://kms.{region}.otc.t-systems.com",
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
    /// Querying CMK Tags: `GET /v1.0/{project_id}/kms/{key_id}/tags`, API version v1.0.
    ///
    /// This API allows you to query tags of a specified CMK.
    ///
    /// TMS may use this API to query all tags of a specified CMK.
    pub fn querying_cmk_tags(&self) -> operations::QueryingCmkTags {
        operations::QueryingCmkTags::new(&self.inner, None)
    }
    /// Adding a CMK Tag: `POST /v1.0/{project_id}/kms/{key_id}/tags`, API version v1.0.
    ///
    /// This API allows you to add a CMK tag.
    pub fn adding_a_cmk_tag(&self) -> operations::AddingACmkTag {
        operations::AddingACmkTag::new(&self.inner, None)
    }
    /// Adding or Deleting CMK Tags in Batches: `POST /v1.0/{project_id}/kms/{key_id}/tags/action`, API version v1.0.
    ///
    /// This API enables you to add or delete CMK tags in batches.
    pub fn adding_or_deleting_cmk_tags_in_batches(
        &self,
    ) -> operations::AddingOrDeletingCmkTagsInBatches {
        operations::AddingOrDeletingCmkTagsInBatches::new(&self.inner, None)
    }
    /// Authenticating a Signature: `POST /v1.0/{project_id}/kms/verify`, API version v1.0.
    ///
    /// This API uses the private key of an asymmetric key to verify a signature.
    ///
    /// Constraints: Only the asymmetric key whose **key\_usage** is **SIGN\_VERIFY** can be used for signature verification.
    pub fn authenticating_a_signature(&self) -> operations::AuthenticatingASignature {
        operations::AuthenticatingASignature::new(&self.inner, None)
    }
    /// Canceling the Scheduled Deletion of a CMK: `POST /v1.0/{project_id}/kms/cancel-key-deletion`, API version v1.0.
    ///
    /// This API enables you to cancel the scheduled deletion of a CMK.
    ///
    /// You can cancel the scheduled deletion for a CMK only when the CMK's status is **Scheduled deletion**.
    pub fn canceling_the_scheduled_deletion_of_a_cmk(
        &self,
    ) -> operations::CancelingTheScheduledDeletionOfACmk {
        operations::CancelingTheScheduledDeletionOfACmk::new(&self.inner, None)
    }
    /// Changing the Alias of a CMK: `POST /v1.0/{project_id}/kms/update-key-alias`, API version v1.0.
    ///
    /// This API enables you to change the alias of a CMK.
    ///
    /// A Default Master Key (the alias suffix of which is **/default**) does not allow alias changes.
    ///
    /// A CMK in **Scheduled deletion** status does not allow alias changes.
    pub fn changing_the_alias_of_a_cmk(&self) -> operations::ChangingTheAliasOfACmk {
        operations::ChangingTheAliasOfACmk::new(&self.inner, None)
    }
    /// Changing the Description of a CMK: `POST /v1.0/{project_id}/kms/update-key-description`, API version v1.0.
    ///
    /// This API enables you to change the description of a CMK.
    ///
    /// A Default Master Key (the alias suffix of which is **/default**) does not allow alias changes.
    ///
    /// A CMK in **Scheduled deletion** status does not allow description changes.
    pub fn changing_the_description_of_a_cmk(
        &self,
    ) -> operations::ChangingTheDescriptionOfACmk {
        operations::ChangingTheDescriptionOfACmk::new(&self.inner, None)
    }
    /// Changing the Rotation Interval for a CMK: `POST /v1.0/{project_id}/kms/update-key-rotation-interval`, API version v1.0.
    ///
    /// This API enables you to change the rotation interval for a CMK.
    pub fn changing_the_rotation_interval_for_a_cmk(
        &self,
    ) -> operations::ChangingTheRotationIntervalForACmk {
        operations::ChangingTheRotationIntervalForACmk::new(&self.inner, None)
    }
    /// Creating a CMK: `POST /v1.0/{project_id}/kms/create-key`, API version v1.0.
    ///
    /// This API is used to create customer master keys (CMKs) used to encrypt data encryption keys (DEKs).
    ///
    /// Default Master Keys are created by services integrated with KMS. Names of Default Master Keys end with **/default**. Therefore, in naming your CMKs, do not choose those ending with **/default**.
    pub fn creating_a_cmk(&self) -> operations::CreatingACmk {
        operations::CreatingACmk::new(&self.inner, None)
    }
    /// Creating a DEK: `POST /v1.0/{project_id}/kms/create-datakey`, API version v1.0.
    ///
    /// This API allows you to create a DEK. A returned result includes the plaintext and the ciphertext of a DEK.
    ///
    /// By default, the performance threshold for creating DEKs is 1000 TPS per customer. To apply for higher performance, submit a service ticket.
    pub fn creating_a_dek(&self) -> operations::CreatingADek {
        operations::CreatingADek::new(&self.inner, None)
    }
    /// Creating a Grant: `POST /v1.0/{project_id}/kms/create-grant`, API version v1.0.
    ///
    /// This API enables you to create a grant to grant permissions on a CMK to a user so that the user can perform operations on the CMK.
    ///
    /// A Default Master Key (the alias suffix of which is **/default**) does not allow permission granting.
    pub fn creating_a_grant(&self) -> operations::CreatingAGrant {
        operations::CreatingAGrant::new(&self.inner, None)
    }
    /// Creating a Plaintext-Free DEK: `POST /v1.0/{project_id}/kms/create-datakey-without-plaintext`, API version v1.0.
    ///
    /// This API allows you to create a plaintext-free DEK, that is, the returned result of this API includes only the ciphertext of the DEK.
    ///
    /// By default, the performance threshold for creating plaintext-free DEKs is 1000 TPS per customer. To apply for higher performance, submit a service ticket.
    pub fn creating_a_plaintext_free_dek(
        &self,
    ) -> operations::CreatingAPlaintextFreeDek {
        operations::CreatingAPlaintextFreeDek::new(&self.inner, None)
    }
    /// Creating a Random Number: `POST /v1.0/{project_id}/kms/gen-random`, API version v1.0.
    ///
    /// This API generates a 512-bit random number.
    pub fn creating_a_random_number(&self) -> operations::CreatingARandomNumber {
        operations::CreatingARandomNumber::new(&self.inner, None)
    }
    /// Decrypting a DEK: `POST /v1.0/{project_id}/kms/decrypt-datakey`, API version v1.0.
    ///
    /// This API enables you to decrypt a DEK using a specified CMK.
    ///
    /// Data encryption results are used for decryption.
    ///
    /// By default, the performance threshold for decrypting DEKs is 1000 TPS per customer. To apply for higher performance, submit a service ticket.
    pub fn decrypting_a_dek(&self) -> operations::DecryptingADek {
        operations::DecryptingADek::new(&self.inner, None)
    }
    /// Decrypting Data: `POST /v1.0/{project_id}/kms/decrypt-data`, API version v1.0.
    ///
    /// This API enables you to decrypt data.
    ///
    /// By default, the performance threshold for decrypting data is 1000 TPS per customer. To apply for higher performance, submit a service ticket.
    pub fn decrypting_data(&self) -> operations::DecryptingData {
        operations::DecryptingData::new(&self.inner, None)
    }
    /// Deleting a CMK Tag: `DELETE /v1.0/{project_id}/kms/{key_id}/tags/{key}`, API version v1.0.
    ///
    /// This API enables you to delete a CMK tag.
    pub fn deleting_a_cmk_tag(&self) -> operations::DeletingACmkTag {
        operations::DeletingACmkTag::new(&self.inner, None)
    }
    /// Deleting CMK Material: `POST /v1.0/{project_id}/kms/delete-imported-key-material`, API version v1.0.
    ///
    /// This API allows you to delete CMK material.
    pub fn deleting_cmk_material(&self) -> operations::DeletingCmkMaterial {
        operations::DeletingCmkMaterial::new(&self.inner, None)
    }
    /// Disabling a CMK: `POST /v1.0/{project_id}/kms/disable-key`, API version v1.0.
    ///
    /// This API allows you to disable a CMK. A disabled CMK cannot be used.
    ///
    /// Only an enabled CMK can be disabled.
    pub fn disabling_a_cmk(&self) -> operations::DisablingACmk {
        operations::DisablingACmk::new(&self.inner, None)
    }
    /// Disabling Rotation for a CMK: `POST /v1.0/{project_id}/kms/disable-key-rotation`, API version v1.0.
    ///
    /// This API allows you to disable rotation for a CMK.
    pub fn disabling_rotation_for_a_cmk(&self) -> operations::DisablingRotationForACmk {
        operations::DisablingRotationForACmk::new(&self.inner, None)
    }
    /// Enabling a CMK: `POST /v1.0/{project_id}/kms/enable-key`, API version v1.0.
    ///
    /// This API allows you to enable a CMK. Only an enabled CMK can be used.
    ///
    /// Only a disabled CMK can be enabled.
    pub fn enabling_a_cmk(&self) -> operations::EnablingACmk {
        operations::EnablingACmk::new(&self.inner, None)
    }
    /// Enabling Rotation for a CMK: `POST /v1.0/{project_id}/kms/enable-key-rotation`, API version v1.0.
    ///
    /// This API allows you to enable rotation for a CMK.
    ///
    /// The default rotation interval is 365 days.
    ///
    /// CMKs created using imported key materials and Default Master Keys do not support rotation.
    pub fn enabling_rotation_for_a_cmk(&self) -> operations::EnablingRotationForACmk {
        operations::EnablingRotationForACmk::new(&self.inner, None)
    }
    /// Encrypting a DEK: `POST /v1.0/{project_id}/kms/encrypt-datakey`, API version v1.0.
    ///
    /// This API enables you to encrypt a DEK using a specified CMK.
    ///
    /// By default, the performance threshold for encrypting DEKs is 1000 TPS per customer. To apply for higher performance, submit a service ticket.
    pub fn encrypting_a_dek(&self) -> operations::EncryptingADek {
        operations::EncryptingADek::new(&self.inner, None)
    }
    /// Encrypting Data: `POST /v1.0/{project_id}/kms/encrypt-data`, API version v1.0.
    ///
    /// This API enables you to encrypt data using a specified CMK.
    ///
    /// By default, the performance threshold for encrypting data is 1000 TPS per customer. To apply for higher performance, submit a service ticket.
    pub fn encrypting_data(&self) -> operations::EncryptingData {
        operations::EncryptingData::new(&self.inner, None)
    }
    /// Importing CMK Material: `POST /v1.0/{project_id}/kms/import-key-material`, API version v1.0.
    ///
    /// This API allows you to import CMK material.
    pub fn importing_cmk_material(&self) -> operations::ImportingCmkMaterial {
        operations::ImportingCmkMaterial::new(&self.inner, None)
    }
    /// Obtaining CMK Import Parameters: `POST /v1.0/{project_id}/kms/get-parameters-for-import`, API version v1.0.
    ///
    /// This API enables you to obtain necessary parameters to import a CMK, including a CMK import token and a CMK encryption public key.
    ///
    /// The returned public key type is RSA\_2048 by default.
    pub fn obtaining_cmk_import_parameters(
        &self,
    ) -> operations::ObtainingCmkImportParameters {
        operations::ObtainingCmkImportParameters::new(&self.inner, None)
    }
    /// Querying a Public Key: `POST /v1.0/{project_id}/kms/get-publickey`, API version v1.0.
    ///
    /// This API is used to query the public key information of a specified asymmetric key.
    ///
    /// Constraints: This API cannot be used to obtain the public key of a symmetric key.
    pub fn querying_a_public_key(&self) -> operations::QueryingAPublicKey {
        operations::QueryingAPublicKey::new(&self.inner, None)
    }
    /// Querying CMK Instances: `POST /v1.0/{project_id}/kms/{resource_instances}/action`, API version v1.0.
    ///
    /// This API allows you to query CMK instances.
    ///
    /// You can use the tag filtering function to query the detailed information about a specified CMK.
    pub fn querying_cmk_instances(&self) -> operations::QueryingCmkInstances {
        operations::QueryingCmkInstances::new(&self.inner, None)
    }
    /// Querying Grants on a CMK: `POST /v1.0/{project_id}/kms/list-grants`, API version v1.0.
    ///
    /// This API enables you to query grants on a CMK.
    pub fn querying_grants_on_a_cmk(&self) -> operations::QueryingGrantsOnACmk {
        operations::QueryingGrantsOnACmk::new(&self.inner, None)
    }
    /// Querying Grants That Can Be Retired: `POST /v1.0/{project_id}/kms/list-retirable-grants`, API version v1.0.
    ///
    /// This API enables you to query grants that can be retired.
    pub fn querying_grants_that_can_be_retired(
        &self,
    ) -> operations::QueryingGrantsThatCanBeRetired {
        operations::QueryingGrantsThatCanBeRetired::new(&self.inner, None)
    }
    /// Querying Project Tags: `GET /v1.0/{project_id}/kms/tags`, API version v1.0.
    ///
    /// This API enables you to query all tag sets of a specified project.
    pub fn querying_project_tags(&self) -> operations::QueryingProjectTags {
        operations::QueryingProjectTags::new(&self.inner, None)
    }
    /// Querying the Information About a CMK: `POST /v1.0/{project_id}/kms/describe-key`, API version v1.0.
    ///
    /// This API allows you to query the details about a CMK.
    ///
    /// By default, the performance threshold for querying CMK details is 1000 TPS per customer. To apply for higher performance, submit a service ticket.
    pub fn querying_the_information_about_a_cmk(
        &self,
    ) -> operations::QueryingTheInformationAboutACmk {
        operations::QueryingTheInformationAboutACmk::new(&self.inner, None)
    }
    /// Querying the List of CMKs: `POST /v1.0/{project_id}/kms/list-keys`, API version v1.0.
    ///
    /// This API allows you to query the list of all CMKs.
    pub fn querying_the_list_of_cm_ks(&self) -> operations::QueryingTheListOfCmKs {
        operations::QueryingTheListOfCmKs::new(&self.inner, None)
    }
    /// Querying the Number of Instances: `GET /v1.0/{project_id}/kms/user-instances`, API version v1.0.
    ///
    /// This API is used to query the number of instances, that is, the number of CMKs created.
    ///
    /// Default Master Keys are automatically created by services and are not included in this query.
    pub fn querying_the_number_of_instances(
        &self,
    ) -> operations::QueryingTheNumberOfInstances {
        operations::QueryingTheNumberOfInstances::new(&self.inner, None)
    }
    /// Querying the Quota of a User: `GET /v1.0/{project_id}/kms/user-quotas`, API version v1.0.
    ///
    /// This API is used to query the quota of a user, that is, the allocated total number of CMKs that can be created by a user and the number of CMKs that has been created by the user.
    ///
    /// The quota does not include Default Master Keys.
    pub fn querying_the_quota_of_a_user(&self) -> operations::QueryingTheQuotaOfAUser {
        operations::QueryingTheQuotaOfAUser::new(&self.inner, None)
    }
    /// Querying the Rotation Status of a CMK: `POST /v1.0/{project_id}/kms/get-key-rotation-status`, API version v1.0.
    ///
    /// This API enables you to query the rotation status of a CMK.
    pub fn querying_the_rotation_status_of_a_cmk(
        &self,
    ) -> operations::QueryingTheRotationStatusOfACmk {
        operations::QueryingTheRotationStatusOfACmk::new(&self.inner, None)
    }
    /// Retiring a Grant: `POST /v1.0/{project_id}/kms/retire-grant`, API version v1.0.
    ///
    /// This API enables users to retire a grant.
    ///
    /// For example, user A grants operation permissions on CMK **A/key** to user B and authorizes user C to retire the grant. By doing this, users A, B, and C all can cancel the permissions. After the canceling, user B does not have permissions on CMK **A/key** anymore.
    ///
    /// The following are allowed to call this API:
    ///
    /// The user who granted the permissions
    ///
    /// The user indicated by parameter **retiring\_principal**
    ///
    /// The user indicated by parameter **grantee\_principal** when **retire-grant** has been selected
    pub fn retiring_a_grant(&self) -> operations::RetiringAGrant {
        operations::RetiringAGrant::new(&self.inner, None)
    }
    /// Revoking a Grant: `POST /v1.0/{project_id}/kms/revoke-grant`, API version v1.0.
    ///
    /// This API allows you to revoke a grant.
    ///
    /// Only the user who created the CMK can revoke a grant.
    pub fn revoking_a_grant(&self) -> operations::RevokingAGrant {
        operations::RevokingAGrant::new(&self.inner, None)
    }
    /// Scheduling the Deletion of a CMK: `POST /v1.0/{project_id}/kms/schedule-key-deletion`, API version v1.0.
    ///
    /// This API enables you to schedule the deletion of a CMK. A CMK can be scheduled to be deleted after 7 to 1,096 days.
    pub fn scheduling_the_deletion_of_a_cmk(
        &self,
    ) -> operations::SchedulingTheDeletionOfACmk {
        operations::SchedulingTheDeletionOfACmk::new(&self.inner, None)
    }
    /// Signing Data: `POST /v1.0/{project_id}/kms/sign`, API version v1.0.
    ///
    /// This API is used to use the private key of an asymmetric key to digitally sign a message or digest.
    ///
    /// Constraints: Only the asymmetric key whose **key\_usage** is **SIGN\_VERIFY** can be used for signature.
    pub fn signing_data(&self) -> operations::SigningData {
        operations::SigningData::new(&self.inner, None)
    }
    /// Querying a Specified API Version: `GET /{version_id}`, API version unversioned.
    ///
    /// This API is used to query the version of an API.
    pub fn querying_a_specified_api_version(
        &self,
    ) -> operations::QueryingASpecifiedApiVersion {
        operations::QueryingASpecifiedApiVersion::new(&self.inner, None)
    }
    /// Querying All API Versions: `GET /`, API version unversioned.
    ///
    /// This API is used to query the API versions.
    pub fn querying_all_api_versions(&self) -> operations::QueryingAllApiVersions {
        operations::QueryingAllApiVersions::new(&self.inner, None)
    }
}
