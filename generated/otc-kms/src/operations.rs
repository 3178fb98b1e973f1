//! Request builders, one per operation: set parameters, then `.send().await`.
use crate::support::need;
use crate::types;
use crate::support::request;
use docsdk_runtime::Result;
crate::support::builder!(
    QueryingCmkTags("querying_cmk_tags") { #[doc =
    " Project ID. Path parameter `project_id`."] project_id : String, #[doc =
    " 36-byte key ID that matches the regular expression **^\\[0-9a-z\\]\\{8\\}-\\[0-9a-z\\]\\{4\\}-\\[0-9a-z\\]\\{4\\}-\\[0-9a-z\\]\\{4\\}-\\[0-9a-z\\]\\{12\\}$**."]
    #[doc = " Example: 0d0466b0-e727-4d9c-b35d-f84bb474a37f"] #[doc = ""] #[doc =
    " Path parameter `key_id`."] key_id : String }
);
impl QueryingCmkTags {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ListCmkTagsResponse> {
        let request = request!(self, Get, "/v1.0/{project_id}/kms/{key_id}/tags")
            .path_param("project_id", need!(self, project_id)?)
            .path_param("key_id", need!(self, key_id)?);
        self.call.json(request).await
    }
}
crate::support::builder!(
    AddingACmkTag("adding_a_cmk_tag") { #[doc =
    " Project ID. Path parameter `project_id`."] project_id : String, #[doc =
    " 36-byte ID of a CMK that matches the regular expression **^\\[0-9a-z\\]\\{8\\}-\\[0-9a-z\\]\\{4\\}-\\[0-9a-z\\]\\{4\\}-\\[0-9a-z\\]\\{4\\}-\\[0-9a-z\\]\\{12\\}$**"]
    #[doc = " Example: 0d0466b0-e727-4d9c-b35d-f84bb474a37f"] #[doc = ""] #[doc =
    " Path parameter `key_id`."] key_id : String, #[doc =
    " Tag. For details, see Table 4."] tag : Vec < types::CmkTagField >, #[doc =
    " 36-byte serial number of a request message"] #[doc =
    " Example: 919c82d4-8046-4722-9094-35c3c6524cff"] sequence : String }
);
impl AddingACmkTag {
    /// Sends the request: the 204 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<()> {
        let body = types::AddCmkTagRequest {
            tag: need!(self, tag)?,
            sequence: self.sequence,
        };
        let request = request!(self, Post, "/v1.0/{project_id}/kms/{key_id}/tags")
            .path_param("project_id", need!(self, project_id)?)
            .path_param("key_id", need!(self, key_id)?)
            .json_body(&body)?;
        self.call.empty(request).await
    }
}
crate::support::builder!(
    AddingOrDeletingCmkTagsInBatches("adding_or_deleting_cmk_tags_in_batches") { #[doc =
    " Project ID. Path parameter `project_id`."] project_id : String, #[doc =
    " 36-byte ID of a CMK that matches the regular expression **^\\[0-9a-z\\]\\{8\\}-\\[0-9a-z\\]\\{4\\}-\\[0-9a-z\\]\\{4\\}-\\[0-9a-z\\]\\{4\\}-\\[0-9a-z\\]\\{12\\}$**"]
    #[doc = " Example: 0d0466b0-e727-4d9c-b35d-f84bb474a37f"] #[doc = ""] #[doc =
    " Path parameter `key_id`."] key_id : String, #[doc =
    " Tag list, which is the value pairs of **key** and **value**."] #[doc = ""] #[doc =
    " - **key** indicates the tag key. A CMK can have a maximum of 10 keys, and each of them is unique and cannot be empty. A key cannot have duplicate values. The value of **key** contains a maximum of 36 characters."]
    #[doc =
    " - **value** indicates the tag value. Each tag value can contain a maximum of 43 characters. The relationship between values is **AND**."]
    tags : Vec < serde_json::Value >, #[doc = " Operation ID."] #[doc =
    " The value can be **create** or **delete**."] action :
    types::BatchAddOrDeleteCmkTagsRequestAction, #[doc =
    " 36-byte serial number of a request message"] #[doc =
    " Example: 919c82d4-8046-4722-9094-35c3c6524cff"] sequence : String }
);
impl AddingOrDeletingCmkTagsInBatches {
    /// Sends the request: the 204 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<()> {
        let body = types::BatchAddOrDeleteCmkTagsRequest {
            tags: need!(self, tags)?,
            action: need!(self, action)?,
            sequence: self.sequence,
        };
        let request = request!(self, Post, "/v1.0/{project_id}/kms/{key_id}/tags/action")
            .path_param("project_id", need!(self, project_id)?)
            .path_param("key_id", need!(self, key_id)?)
            .json_body(&body)?;
        self.call.empty(request).await
    }
}
crate::support::builder!(
    AuthenticatingASignature("authenticating_a_signature") { #[doc =
    " Project ID. Path parameter `project_id`."] project_id : String, #[doc =
    " The value can be a key ID, alias (**key\\_alias**), or URN."] #[doc = ""] #[doc =
    " - Key ID: A 36-byte string that matches the **^\\[0-9a-z\\]\\{8\\}-\\[0-9a-z\\]\\{4\\}-\\[0-9a-z\\]\\{4\\}-\\[0-9a-z\\]\\{4\\}-\\[0-9a-z\\]\\{12\\}$** regular expression, for example, **0d0466b0-e727-4d9c-b35d-f84bb474a37f**"]
    #[doc =
    " - Alias: An identifier of a key. The value starts with **alias/**, for example, **alias/4555**."]
    #[doc =
    " - URN: Each alias automatically matches a unique URN, for example, **kms:eu-de-ring0:3ba44455500dd43127:alias:4555**."]
    #[doc = " - The **alias\\_urn** generated during key alias creation is the URN."]
    key_id : String, #[doc =
    " Message digest or message to be signed. The message must be encoded using Base64 and be less than 4,096 bytes."]
    message : String, #[doc =
    " Signature value to be verified, which is encoded using Base64."] signature :
    String, #[doc = " Signature algorithm. Possible values are as follows:"] #[doc = ""]
    #[doc = " - **RSASSA\\_PSS\\_SHA\\_256**"] #[doc = " - **RSASSA\\_PSS\\_SHA\\_384**"]
    #[doc = " - **RSASSA\\_PSS\\_SHA\\_512**"] #[doc =
    " - **RSASSA\\_PKCS1\\_V1\\_5\\_SHA\\_256**"] #[doc =
    " - **RSASSA\\_PKCS1\\_V1\\_5\\_SHA\\_384**"] #[doc =
    " - **RSASSA\\_PKCS1\\_V1\\_5\\_SHA\\_512**"] #[doc = " - **ECDSA\\_SHA\\_256**"]
    #[doc = " - **ECDSA\\_SHA\\_384**"] #[doc = " - **ECDSA\\_SHA\\_512**"]
    signing_algorithm : String, #[doc =
    " Message type. The default value is **DIGEST**. Possible values are as follows:"]
    #[doc = ""] #[doc = " - **DIGEST** (message digest)"] #[doc =
    " - **RAW** (original message)"] #[doc = ""] #[doc = " Default: `DIGEST`."]
    message_type : String, #[doc =
    " A 36-byte serial number of a request message. Example: **919c82d4-8046-4722-9094-35c3c6524cff**"]
    sequence : String }
);
impl AuthenticatingASignature {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ValidateSignatureResponse> {
        let body = types::ValidateSignatureRequest {
            key_id: need!(self, key_id)?,
            message: need!(self, message)?,
            signature: need!(self, signature)?,
            signing_algorithm: need!(self, signing_algorithm)?,
            message_type: self.message_type,
            sequence: self.sequence,
        };
        let request = request!(self, Post, "/v1.0/{project_id}/kms/verify")
            .path_param("project_id", need!(self, project_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    CancelingTheScheduledDeletionOfACmk("canceling_the_scheduled_deletion_of_a_cmk") {
    #[doc = " Project ID. Path parameter `project_id`."] project_id : String, #[doc =
    " 36-byte key ID that matches the regular expression **^\\[0-9a-z\\]\\{8\\}-\\[0-9a-z\\]\\{4\\}-\\[0-9a-z\\]\\{4\\}-\\[0-9a-z\\]\\{4\\}-\\[0-9a-z\\]\\{12\\}$**."]
    #[doc = " For example, **0d0466b0-e727-4d9c-b35d-f84bb474a37f**"] key_id : String,
    #[doc = " A 36-byte serial number of a request message."] #[doc =
    " For example, **919c82d4-8046-4722-9094-35c3c6524cff**"] sequence : String }
);
impl CancelingTheScheduledDeletionOfACmk {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::CancelCmkScheduledDeletionResponse> {
        let body = types::CancelCmkScheduledDeletionRequest {
            key_id: need!(self, key_id)?,
            sequence: self.sequence,
        };
        let request = request!(self, Post, "/v1.0/{project_id}/kms/cancel-key-deletion")
            .path_param("project_id", need!(self, project_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    ChangingTheAliasOfACmk("changing_the_alias_of_a_cmk") { #[doc =
    " Project ID. Path parameter `project_id`."] project_id : String, #[doc =
    " 36-byte key ID that matches the regular expression **^\\[0-9a-z\\]\\{8\\}-\\[0-9a-z\\]\\{4\\}-\\[0-9a-z\\]\\{4\\}-\\[0-9a-z\\]\\{4\\}-\\[0-9a-z\\]\\{12\\}$**."]
    #[doc = " For example, **0d0466b0-e727-4d9c-b35d-f84bb474a37f**"] key_id : String,
    #[doc =
    " Alias of a CMK whose length is 1 to 255 characters and which matches the regular expression **^\\[a-zA-Z0-9:/\\_-\\]\\{1,255\\}$**. Suffix of the alias cannot be **/default**."]
    #[doc = ""] #[doc = " Length 1 to 255."] key_alias : String, #[doc =
    " A 36-byte serial number of a request message."] #[doc =
    " For example, **919c82d4-8046-4722-9094-35c3c6524cff**"] sequence : String }
);
impl ChangingTheAliasOfACmk {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::UpdateCmkAliasResponse> {
        let body = types::UpdateCmkAliasRequest {
            key_id: need!(self, key_id)?,
            key_alias: need!(self, key_alias)?,
            sequence: self.sequence,
        };
        let request = request!(self, Post, "/v1.0/{project_id}/kms/update-key-alias")
            .path_param("project_id", need!(self, project_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    ChangingTheDescriptionOfACmk("changing_the_description_of_a_cmk") { #[doc =
    " Project ID. Path parameter `project_id`."] project_id : String, #[doc =
    " 36-byte key ID that matches the regular expression **^\\[0-9a-z\\]\\{8\\}-\\[0-9a-z\\]\\{4\\}-\\[0-9a-z\\]\\{4\\}-\\[0-9a-z\\]\\{4\\}-\\[0-9a-z\\]\\{12\\}$**."]
    #[doc = " For example, **0d0466b0-e727-4d9c-b35d-f84bb474a37f**"] key_id : String,
    #[doc = " CMK description (The value ranges from 0 to 255 characters.)"]
    key_description : String, #[doc = " A 36-byte serial number of a request message."]
    #[doc = " For example, **919c82d4-8046-4722-9094-35c3c6524cff**"] sequence : String }
);
impl ChangingTheDescriptionOfACmk {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::UpdateCmkDescriptionResponse> {
        let body = types::UpdateCmkDescriptionRequest {
            key_id: need!(self, key_id)?,
            key_description: need!(self, key_description)?,
            sequence: self.sequence,
        };
        let request = request!(
            self, Post, "/v1.0/{project_id}/kms/update-key-description"
        )
            .path_param("project_id", need!(self, project_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    ChangingTheRotationIntervalForACmk("changing_the_rotation_interval_for_a_cmk") {
    #[doc = " Project ID. Path parameter `project_id`."] project_id : String, #[doc =
    " 36-byte key ID that matches the regular expression **^\\[0-9a-z\\]\\{8\\}-\\[0-9a-z\\]\\{4\\}-\\[0-9a-z\\]\\{4\\}-\\[0-9a-z\\]\\{4\\}-\\[0-9a-z\\]\\{12\\}$**."]
    #[doc = " For example, **0d0466b0-e727-4d9c-b35d-f84bb474a37f**"] key_id : String,
    #[doc =
    " Rotation interval. The value is an integer ranging from **30** to **365**."] #[doc
    =
    " Set the interval based on how often a CMK is used. If it is frequently used, set a short interval; otherwise, set a long one."]
    rotation_interval : i64, #[doc = " A 36-byte serial number of a request message."]
    #[doc = " For example, **919c82d4-8046-4722-9094-35c3c6524cff**"] sequence : String }
);
impl ChangingTheRotationIntervalForACmk {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<()> {
        let body = types::UpdateCmkRotationIntervalRequest {
            key_id: need!(self, key_id)?,
            rotation_interval: need!(self, rotation_interval)?,
            sequence: self.sequence,
        };
        let request = request!(
            self, Post, "/v1.0/{project_id}/kms/update-key-rotation-interval"
        )
            .path_param("project_id", need!(self, project_id)?)
            .json_body(&body)?;
        self.call.empty(request).await
    }
}
crate::support::builder!(
    CreatingACmk("creating_a_cmk") { #[doc = " Project ID. Path parameter `project_id`."]
    project_id : String, #[doc =
    " Alias of a non-default master key (The alias's length ranges from 1 to 255 characters and matches the regular expression **^\\[a-zA-Z0-9:/\\_-\\]\\{1,255\\}$**. In addition, it must be different from the alias of a Default Master Key created by the system.)"]
    key_alias : String, #[doc =
    " Key generation algorithm. The default value is **AES\\_256**. The value can be:"]
    #[doc = ""] #[doc = " - **AES\\_256**"] #[doc = " - **RSA\\_2048**"] #[doc =
    " - **RSA\\_3072**"] #[doc = " - **RSA\\_4096**"] #[doc = " - **EC\\_P256**"] #[doc =
    " - **EC\\_P384**"] #[doc = " - **HMAC\\_256**"] #[doc = " - **HMAC\\_384**"] #[doc =
    " - **HMAC\\_512**"] #[doc = ""] #[doc = " Default: `AES_256`."] key_spec :
    types::CreateCmkRequestKeySpec, #[doc =
    " Key usage. The default value is **ENCRYPT\\_DECRYPT** for a symmetric key and **SIGN\\_VERIFY** for an asymmetric key. Possible values are as follows:"]
    #[doc = ""] #[doc =
    " - For AES\\_256 symmetric keys, the default value is **ENCRYPT\\_DECRYPT**."] #[doc
    =
    " - For RSA asymmetric keys, select **ENCRYPT\\_DECRYPT** or **SIGN\\_VERIFY**. The default value is **SIGN\\_VERIFY**."]
    #[doc = " - For ECC asymmetric keys, the default value is **SIGN\\_VERIFY**."] #[doc
    = " - For HMAC keys, the default value is **GENERATE\\_VERIFY\\_MAC**."] key_usage :
    String, #[doc = " CMK description (The value ranges from 0 to 255 characters.)"]
    key_description : String, #[doc =
    " Origin of a CMK. The default value is **kms**. The following values are enumerated:"]
    #[doc = ""] #[doc =
    " - **kms** indicates that the CMK material is generated by KMS."] #[doc =
    " - **external** indicates that the CMK material is imported."] #[doc = ""] #[doc =
    " Default: `kms`."] origin : String, #[doc =
    " A 36-byte serial number of a request message."] #[doc =
    " For example, **919c82d4-8046-4722-9094-35c3c6524cff**"] sequence : String }
);
impl CreatingACmk {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::CreateCmkResponse> {
        let body = types::CreateCmkRequest {
            key_alias: need!(self, key_alias)?,
            key_spec: self.key_spec,
            key_usage: self.key_usage,
            key_description: self.key_description,
            origin: self.origin,
            sequence: self.sequence,
        };
        let request = request!(self, Post, "/v1.0/{project_id}/kms/create-key")
            .path_param("project_id", need!(self, project_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    CreatingADek("creating_a_dek") { #[doc = " Project ID. Path parameter `project_id`."]
    project_id : String, #[doc =
    " The value can be a key ID, alias (**key\\_alias**), or URN."] #[doc = ""] #[doc =
    " - Key ID: A 36-byte string that matches the **^\\[0-9a-z\\]\\{8\\}-\\[0-9a-z\\]\\{4\\}-\\[0-9a-z\\]\\{4\\}-\\[0-9a-z\\]\\{4\\}-\\[0-9a-z\\]\\{12\\}$** regular expression, for example, **0d0466b0-e727-4d9c-b35d-f84bb474a37f**"]
    #[doc =
    " - Alias: An identifier of a key. The value starts with **alias/**, for example, **alias/4555**."]
    #[doc =
    " - URN: Each alias automatically matches a unique URN, for example, **kms:eu-de-ring0:3ba44455500dd43127:alias:4555**."]
    #[doc = " - The **alias\\_urn** generated during key alias creation is the URN."]
    key_id : String, #[doc =
    " Key-value pairs with a maximum length of 8192 characters. This parameter is used to record resource context information, excluding sensitive information, to ensure data integrity."]
    #[doc =
    " If this parameter is specified during encryption, it is also required for decryption."]
    #[doc = " Example: \\{\"**Key1**\":\"**Value1**\",\"**Key2**\":\"**Value2**\"\\}"]
    encryption_context : serde_json::Value, #[doc =
    " Number of bits of a key. The value is **512**."] datakey_length : String, #[doc =
    " A 36-byte serial number of a request message."] #[doc =
    " For example, **919c82d4-8046-4722-9094-35c3c6524cff**"] sequence : String }
);
impl CreatingADek {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::CreateDekResponse> {
        let body = types::CreateDekRequest {
            key_id: need!(self, key_id)?,
            encryption_context: self.encryption_context,
            datakey_length: need!(self, datakey_length)?,
            sequence: self.sequence,
        };
        let request = request!(self, Post, "/v1.0/{project_id}/kms/create-datakey")
            .path_param("project_id", need!(self, project_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    CreatingAGrant("creating_a_grant") { #[doc =
    " Project ID. Path parameter `project_id`."] project_id : String, #[doc =
    " 36-byte key ID that matches the regular expression **^\\[0-9a-z\\]\\{8\\}-\\[0-9a-z\\]\\{4\\}-\\[0-9a-z\\]\\{4\\}-\\[0-9a-z\\]\\{4\\}-\\[0-9a-z\\]\\{12\\}$**."]
    #[doc = " For example, **0d0466b0-e727-4d9c-b35d-f84bb474a37f**"] key_id : String,
    #[doc =
    " Indicates the ID of the authorized user. The value is between 1 to 64 bytes and meets the regular expression **\"^\\[a-zA-Z0-9\\]\\{1,64\\}$\"**."]
    #[doc = " Example: 0d0466b00d0466b00d0466b00d0466b0"] grantee_principal : String,
    #[doc = " Permissions that can be granted"] #[doc =
    " Values: **create-datakey**, **create-datakey-without-plaintext**, **encrypt-datakey**, **decrypt-datakey**, **describe-key**, **create-grant**, **retire-grant**"]
    #[doc = " **create-grant** cannot be the only value."] operations : Vec < String >,
    #[doc =
    " Name of a grant which can be 1 to 255 characters in length and matches the regular expression **^\\[a-zA-Z0-9:/\\_-\\]\\{1,255\\}$**"]
    name : String, #[doc =
    " Indicates the ID of the retiring user. The value is between 1 to 64 bytes and meets the regular expression **\"^\\[a-zA-Z0-9\\]\\{1,64\\}$\"**."]
    #[doc = " Example: 0d0466b00d0466b00d0466b00d0466b0"] retiring_principal : String,
    #[doc = " Authorization type"] #[doc =
    " The value can be **user** or **domain**. The default value is **user**."] #[doc =
    ""] #[doc = " Default: `user`."] grantee_principal_type :
    types::CreateGrantRequestGranteePrincipalType, #[doc =
    " A 36-byte serial number of a request message."] #[doc =
    " For example, **919c82d4-8046-4722-9094-35c3c6524cff**"] sequence : String }
);
impl CreatingAGrant {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::CreateGrantResponse> {
        let body = types::CreateGrantRequest {
            key_id: need!(self, key_id)?,
            grantee_principal: need!(self, grantee_principal)?,
            operations: need!(self, operations)?,
            name: self.name,
            retiring_principal: self.retiring_principal,
            grantee_principal_type: self.grantee_principal_type,
            sequence: self.sequence,
        };
        let request = request!(self, Post, "/v1.0/{project_id}/kms/create-grant")
            .path_param("project_id", need!(self, project_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    CreatingAPlaintextFreeDek("creating_a_plaintext_free_dek") { #[doc =
    " Project ID. Path parameter `project_id`."] project_id : String, #[doc =
    " The value can be a key ID, alias (**key\\_alias**), or URN."] #[doc = ""] #[doc =
    " - Key ID: A 36-byte string that matches the **^\\[0-9a-z\\]\\{8\\}-\\[0-9a-z\\]\\{4\\}-\\[0-9a-z\\]\\{4\\}-\\[0-9a-z\\]\\{4\\}-\\[0-9a-z\\]\\{12\\}$** regular expression, for example, **0d0466b0-e727-4d9c-b35d-f84bb474a37f**"]
    #[doc =
    " - Alias: An identifier of a key. The value starts with **alias/**, for example, **alias/4555**."]
    #[doc =
    " - URN: Each alias automatically matches a unique URN, for example, **kms:eu-de-ring0:3ba44455500dd43127:alias:4555**."]
    #[doc = " - The **alias\\_urn** generated during key alias creation is the URN."]
    key_id : String, #[doc =
    " Key-value pairs with a maximum length of 8192 characters. This parameter is used to record resource context information, excluding sensitive information, to ensure data integrity."]
    #[doc =
    " If this parameter is specified during encryption, it is also required for decryption."]
    #[doc = " Example: \\{\"**Key1**\":\"**Value1**\",\"**Key2**\":\"**Value2**\"\\}"]
    encryption_context : serde_json::Value, #[doc =
    " Number of bits of a key. The value is **512**."] datakey_length : String, #[doc =
    " A 36-byte serial number of a request message."] #[doc =
    " For example, **919c82d4-8046-4722-9094-35c3c6524cff**"] sequence : String }
);
impl CreatingAPlaintextFreeDek {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::CreatePlaintextFreeDekResponse> {
        let body = types::CreateDekRequest {
            key_id: need!(self, key_id)?,
            encryption_context: self.encryption_context,
            datakey_length: need!(self, datakey_length)?,
            sequence: self.sequence,
        };
        let request = request!(
            self, Post, "/v1.0/{project_id}/kms/create-datakey-without-plaintext"
        )
            .path_param("project_id", need!(self, project_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    CreatingARandomNumber("creating_a_random_number") { #[doc =
    " Project ID. Path parameter `project_id`."] project_id : String, #[doc =
    " Number of bits of a random number. The value is **512**."] random_data_length :
    String, #[doc = " 36-byte serial number of a request message"] #[doc =
    " Example: 919c82d4-8046-4722-9094-35c3c6524cff"] sequence : String }
);
impl CreatingARandomNumber {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::CreateRandomNumberResponse> {
        let body = types::CreateRandomNumberRequest {
            random_data_length: need!(self, random_data_length)?,
            sequence: self.sequence,
        };
        let request = request!(self, Post, "/v1.0/{project_id}/kms/gen-random")
            .path_param("project_id", need!(self, project_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    DecryptingADek("decrypting_a_dek") { #[doc =
    " Project ID. Path parameter `project_id`."] project_id : String, #[doc =
    " The value can be a key ID, alias (**key\\_alias**), or URN."] #[doc = ""] #[doc =
    " - Key ID: A 36-byte string that matches the **^\\[0-9a-z\\]\\{8\\}-\\[0-9a-z\\]\\{4\\}-\\[0-9a-z\\]\\{4\\}-\\[0-9a-z\\]\\{4\\}-\\[0-9a-z\\]\\{12\\}$** regular expression, for example, **0d0466b0-e727-4d9c-b35d-f84bb474a37f**"]
    #[doc =
    " - Alias: An identifier of a key. The value starts with **alias/**, for example, **alias/4555**."]
    #[doc =
    " - URN: Each alias automatically matches a unique URN, for example, **kms:eu-de-ring0:3ba44455500dd43127:alias:4555**."]
    #[doc = " - The **alias\\_urn** generated during key alias creation is the URN."]
    key_id : String, #[doc =
    " Key-value pairs with a maximum length of 8192 characters. This parameter is used to record resource context information, excluding sensitive information, to ensure data integrity."]
    #[doc =
    " If this parameter is specified during encryption, it is also required for decryption."]
    #[doc = " Example: \\{\"**Key1**\":\"**Value1**\",\"**Key2**\":\"**Value2**\"\\}"]
    encryption_context : serde_json::Value, #[doc =
    " This parameter indicates the hexadecimal character string of the DEK ciphertext and the metadata. The value is the **cipher\\_text** value in the encryption result of a DEK."]
    cipher_text : String, #[doc = " Number of bytes of a key. The value is **64**."]
    datakey_cipher_length : String, #[doc =
    " A 36-byte serial number of a request message."] #[doc =
    " For example, **919c82d4-8046-4722-9094-35c3c6524cff**"] sequence : String }
);
impl DecryptingADek {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::DecryptDekResponse> {
        let body = types::DecryptDekRequest {
            key_id: need!(self, key_id)?,
            encryption_context: self.encryption_context,
            cipher_text: need!(self, cipher_text)?,
            datakey_cipher_length: need!(self, datakey_cipher_length)?,
            sequence: self.sequence,
        };
        let request = request!(self, Post, "/v1.0/{project_id}/kms/decrypt-datakey")
            .path_param("project_id", need!(self, project_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    DecryptingData("decrypting_data") { #[doc =
    " Project ID. Path parameter `project_id`."] project_id : String, #[doc =
    " Ciphertext of encrypted data. The value is the **cipher\\_text** value in the data encryption result that matches the regular expression **^\\[0-9a-zA-Z+/=\\]\\{188,5648\\}$**."]
    cipher_text : String, #[doc =
    " Key-value pairs with a maximum length of 8192 characters. This parameter is used to record resource context information, excluding sensitive information, to ensure data integrity."]
    #[doc =
    " If this parameter is specified during encryption, it is also required for decryption."]
    #[doc = " Example: \\{\"**Key1**\":\"**Value1**\",\"**Key2**\":\"**Value2**\"\\}"]
    encryption_context : serde_json::Value, #[doc =
    " 36-byte serial number of a request message"] #[doc =
    " Example: 919c82d4-8046-4722-9094-35c3c6524cff"] sequence : String }
);
impl DecryptingData {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::DecryptDataResponse> {
        let body = types::DecryptDataRequest {
            cipher_text: need!(self, cipher_text)?,
            encryption_context: self.encryption_context,
            sequence: self.sequence,
        };
        let request = request!(self, Post, "/v1.0/{project_id}/kms/decrypt-data")
            .path_param("project_id", need!(self, project_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    DeletingACmkTag("deleting_a_cmk_tag") { #[doc =
    " Project ID. Path parameter `project_id`."] project_id : String, #[doc =
    " 36-byte ID of a CMK that matches the regular expression **^\\[0-9a-z\\]\\{8\\}-\\[0-9a-z\\]\\{4\\}-\\[0-9a-z\\]\\{4\\}-\\[0-9a-z\\]\\{4\\}-\\[0-9a-z\\]\\{12\\}$**"]
    #[doc = " Example: 0d0466b0-e727-4d9c-b35d-f84bb474a37f"] #[doc = ""] #[doc =
    " Path parameter `key_id`."] key_id : String, #[doc =
    " Tag key. Path parameter `key`."] key : String }
);
impl DeletingACmkTag {
    /// Sends the request: the 204 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<()> {
        let request = request!(
            self, Delete, "/v1.0/{project_id}/kms/{key_id}/tags/{key}"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param("key_id", need!(self, key_id)?)
            .path_param("key", need!(self, key)?);
        self.call.empty(request).await
    }
}
crate::support::builder!(
    DeletingCmkMaterial("deleting_cmk_material") { #[doc =
    " Project ID. Path parameter `project_id`."] project_id : String, #[doc =
    " 36-byte key ID that matches the regular expression **^\\[0-9a-z\\]\\{8\\}-\\[0-9a-z\\]\\{4\\}-\\[0-9a-z\\]\\{4\\}-\\[0-9a-z\\]\\{4\\}-\\[0-9a-z\\]\\{12\\}$**."]
    #[doc = " For example, **0d0466b0-e727-4d9c-b35d-f84bb474a37f**"] key_id : String,
    #[doc = " A 36-byte serial number of a request message."] #[doc =
    " For example, **919c82d4-8046-4722-9094-35c3c6524cff**"] sequence : String }
);
impl DeletingCmkMaterial {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<()> {
        let body = types::CancelCmkScheduledDeletionRequest {
            key_id: need!(self, key_id)?,
            sequence: self.sequence,
        };
        let request = request!(
            self, Post, "/v1.0/{project_id}/kms/delete-imported-key-material"
        )
            .path_param("project_id", need!(self, project_id)?)
            .json_body(&body)?;
        self.call.empty(request).await
    }
}
crate::support::builder!(
    DisablingACmk("disabling_a_cmk") { #[doc =
    " Project ID. Path parameter `project_id`."] project_id : String, #[doc =
    " 36-byte key ID that matches the regular expression **^\\[0-9a-z\\]\\{8\\}-\\[0-9a-z\\]\\{4\\}-\\[0-9a-z\\]\\{4\\}-\\[0-9a-z\\]\\{4\\}-\\[0-9a-z\\]\\{12\\}$**."]
    #[doc = " For example, **0d0466b0-e727-4d9c-b35d-f84bb474a37f**"] key_id : String,
    #[doc = " A 36-byte serial number of a request message."] #[doc =
    " For example, **919c82d4-8046-4722-9094-35c3c6524cff**"] sequence : String }
);
impl DisablingACmk {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::DisableCmkResponse> {
        let body = types::CancelCmkScheduledDeletionRequest {
            key_id: need!(self, key_id)?,
            sequence: self.sequence,
        };
        let request = request!(self, Post, "/v1.0/{project_id}/kms/disable-key")
            .path_param("project_id", need!(self, project_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    DisablingRotationForACmk("disabling_rotation_for_a_cmk") { #[doc =
    " Project ID. Path parameter `project_id`."] project_id : String, #[doc =
    " 36-byte key ID that matches the regular expression **^\\[0-9a-z\\]\\{8\\}-\\[0-9a-z\\]\\{4\\}-\\[0-9a-z\\]\\{4\\}-\\[0-9a-z\\]\\{4\\}-\\[0-9a-z\\]\\{12\\}$**."]
    #[doc = " For example, **0d0466b0-e727-4d9c-b35d-f84bb474a37f**"] key_id : String,
    #[doc = " A 36-byte serial number of a request message."] #[doc =
    " For example, **919c82d4-8046-4722-9094-35c3c6524cff**"] sequence : String }
);
impl DisablingRotationForACmk {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<()> {
        let body = types::CancelCmkScheduledDeletionRequest {
            key_id: need!(self, key_id)?,
            sequence: self.sequence,
        };
        let request = request!(self, Post, "/v1.0/{project_id}/kms/disable-key-rotation")
            .path_param("project_id", need!(self, project_id)?)
            .json_body(&body)?;
        self.call.empty(request).await
    }
}
crate::support::builder!(
    EnablingACmk("enabling_a_cmk") { #[doc = " Project ID. Path parameter `project_id`."]
    project_id : String, #[doc =
    " 36-byte key ID that matches the regular expression **^\\[0-9a-z\\]\\{8\\}-\\[0-9a-z\\]\\{4\\}-\\[0-9a-z\\]\\{4\\}-\\[0-9a-z\\]\\{4\\}-\\[0-9a-z\\]\\{12\\}$**."]
    #[doc = " For example, **0d0466b0-e727-4d9c-b35d-f84bb474a37f**"] key_id : String,
    #[doc = " A 36-byte serial number of a request message."] #[doc =
    " For example, **919c82d4-8046-4722-9094-35c3c6524cff**"] sequence : String }
);
impl EnablingACmk {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::DisableCmkResponse> {
        let body = types::CancelCmkScheduledDeletionRequest {
            key_id: need!(self, key_id)?,
            sequence: self.sequence,
        };
        let request = request!(self, Post, "/v1.0/{project_id}/kms/enable-key")
            .path_param("project_id", need!(self, project_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    EnablingRotationForACmk("enabling_rotation_for_a_cmk") { #[doc =
    " Project ID. Path parameter `project_id`."] project_id : String, #[doc =
    " 36-byte key ID that matches the regular expression **^\\[0-9a-z\\]\\{8\\}-\\[0-9a-z\\]\\{4\\}-\\[0-9a-z\\]\\{4\\}-\\[0-9a-z\\]\\{4\\}-\\[0-9a-z\\]\\{12\\}$**."]
    #[doc = " For example, **0d0466b0-e727-4d9c-b35d-f84bb474a37f**"] key_id : String,
    #[doc = " A 36-byte serial number of a request message."] #[doc =
    " For example, **919c82d4-8046-4722-9094-35c3c6524cff**"] sequence : String }
);
impl EnablingRotationForACmk {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<()> {
        let body = types::EnableCmkRotationRequest {
            key_id: need!(self, key_id)?,
            sequence: self.sequence,
        };
        let request = request!(self, Post, "/v1.0/{project_id}/kms/enable-key-rotation")
            .path_param("project_id", need!(self, project_id)?)
            .json_body(&body)?;
        self.call.empty(request).await
    }
}
crate::support::builder!(
    EncryptingADek("encrypting_a_dek") { #[doc =
    " Project ID. Path parameter `project_id`."] project_id : String, #[doc =
    " The value can be a key ID, alias (**key\\_alias**), or URN."] #[doc = ""] #[doc =
    " - Key ID: A 36-byte string that matches the **^\\[0-9a-z\\]\\{8\\}-\\[0-9a-z\\]\\{4\\}-\\[0-9a-z\\]\\{4\\}-\\[0-9a-z\\]\\{4\\}-\\[0-9a-z\\]\\{12\\}$** regular expression, for example, **0d0466b0-e727-4d9c-b35d-f84bb474a37f**"]
    #[doc =
    " - Alias: An identifier of a key. The value starts with **alias/**, for example, **alias/4555**."]
    #[doc =
    " - URN: Each alias automatically matches a unique URN, for example, **kms:eu-de-ring0:3ba44455500dd43127:alias:4555**."]
    #[doc = " - The **alias\\_urn** generated during key alias creation is the URN."]
    key_id : String, #[doc =
    " Key-value pairs with a maximum length of 8192 characters. This parameter is used to record resource context information, excluding sensitive information, to ensure data integrity."]
    #[doc =
    " If this parameter is specified during encryption, it is also required for decryption."]
    #[doc = " Example: \\{\"**Key1**\":\"**Value1**\",\"**Key2**\":\"**Value2**\"\\}"]
    encryption_context : serde_json::Value, #[doc =
    " Hexadecimal character string concatenated from plaintext of a DEK and the plaintext digest (32-byte character string generated using SHA256)"]
    #[doc = " For details, see Example."] plain_text : String, #[doc =
    " Number of bytes of a DEK in plaintext. The value is **64**."] datakey_plain_length
    : String, #[doc = " A 36-byte serial number of a request message."] #[doc =
    " For example, **919c82d4-8046-4722-9094-35c3c6524cff**"] sequence : String }
);
impl EncryptingADek {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::EncryptDekResponse> {
        let body = types::EncryptDekRequest {
            key_id: need!(self, key_id)?,
            encryption_context: self.encryption_context,
            plain_text: need!(self, plain_text)?,
            datakey_plain_length: need!(self, datakey_plain_length)?,
            sequence: self.sequence,
        };
        let request = request!(self, Post, "/v1.0/{project_id}/kms/encrypt-datakey")
            .path_param("project_id", need!(self, project_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    EncryptingData("encrypting_data") { #[doc =
    " Project ID. Path parameter `project_id`."] project_id : String, #[doc =
    " The value can be a key ID, alias (**key\\_alias**), or URN."] #[doc = ""] #[doc =
    " - Key ID: A 36-byte string that matches the **^\\[0-9a-z\\]\\{8\\}-\\[0-9a-z\\]\\{4\\}-\\[0-9a-z\\]\\{4\\}-\\[0-9a-z\\]\\{4\\}-\\[0-9a-z\\]\\{12\\}$** regular expression, for example, **0d0466b0-e727-4d9c-b35d-f84bb474a37f**"]
    #[doc =
    " - Alias: An identifier of a key. The value starts with **alias/**, for example, **alias/4555**."]
    #[doc =
    " - URN: Each alias automatically matches a unique URN, for example, **kms:eu-de-ring0:3ba44455500dd43127:alias:4555**."]
    #[doc = " - The **alias\\_urn** generated during key alias creation is the URN."]
    key_id : String, #[doc =
    " Key-value pairs with a maximum length of 8192 characters. This parameter is used to record resource context information, excluding sensitive information, to ensure data integrity."]
    #[doc =
    " If this parameter is specified during encryption, it is also required for decryption."]
    #[doc = " Example: \\{\"**Key1**\":\"**Value1**\",\"**Key2**\":\"**Value2**\"\\}"]
    encryption_context : serde_json::Value, #[doc =
    " Plaintext data which is 1 to 4096 bytes in length and matches the regular expression **^.\\{1,4096\\}$**. After being converted into a byte array, it is still 1 to 4096 bytes in length."]
    plain_text : String, #[doc = " A 36-byte serial number of a request message."] #[doc
    = " For example, **919c82d4-8046-4722-9094-35c3c6524cff**"] sequence : String }
);
impl EncryptingData {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::EncryptDataResponse> {
        let body = types::EncryptDataRequest {
            key_id: need!(self, key_id)?,
            encryption_context: self.encryption_context,
            plain_text: need!(self, plain_text)?,
            sequence: self.sequence,
        };
        let request = request!(self, Post, "/v1.0/{project_id}/kms/encrypt-data")
            .path_param("project_id", need!(self, project_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    ImportingCmkMaterial("importing_cmk_material") { #[doc =
    " Project ID. Path parameter `project_id`."] project_id : String, #[doc =
    " 36-byte key ID that matches the regular expression **^\\[0-9a-z\\]\\{8\\}-\\[0-9a-z\\]\\{4\\}-\\[0-9a-z\\]\\{4\\}-\\[0-9a-z\\]\\{4\\}-\\[0-9a-z\\]\\{12\\}$**."]
    #[doc = " For example, **0d0466b0-e727-4d9c-b35d-f84bb474a37f**"] key_id : String,
    #[doc =
    " CMK import token in Base64 format that matches the regular expression **^\\[0-9a-zA-Z+/=\\]\\{200,6144\\}$**"]
    import_token : String, #[doc =
    " Encrypted CMK material in Base64 format that matches the regular expression ^\\[0-9a-zA-Z+/=\\]\\{344,360\\}$"]
    encrypted_key_material : String, #[doc =
    " Expiration time of the key material. The value is a timestamp expressed in the number of seconds since 00:00:00 UTC on January 1, 1970. KMS will delete the key material within 24 hours after the expiration."]
    #[doc = " Example: 1550291833"] expiration_time : String, #[doc =
    " A 36-byte serial number of a request message."] #[doc =
    " For example, **919c82d4-8046-4722-9094-35c3c6524cff**"] sequence : String }
);
impl ImportingCmkMaterial {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<()> {
        let body = types::ImportCmkMaterialRequest {
            key_id: need!(self, key_id)?,
            import_token: need!(self, import_token)?,
            encrypted_key_material: need!(self, encrypted_key_material)?,
            expiration_time: self.expiration_time,
            sequence: self.sequence,
        };
        let request = request!(self, Post, "/v1.0/{project_id}/kms/import-key-material")
            .path_param("project_id", need!(self, project_id)?)
            .json_body(&body)?;
        self.call.empty(request).await
    }
}
crate::support::builder!(
    ObtainingCmkImportParameters("obtaining_cmk_import_parameters") { #[doc =
    " Project ID. Path parameter `project_id`."] project_id : String, #[doc =
    " 36-byte key ID that matches the regular expression **^\\[0-9a-z\\]\\{8\\}-\\[0-9a-z\\]\\{4\\}-\\[0-9a-z\\]\\{4\\}-\\[0-9a-z\\]\\{4\\}-\\[0-9a-z\\]\\{12\\}$**."]
    #[doc = " For example, **0d0466b0-e727-4d9c-b35d-f84bb474a37f**"] key_id : String,
    #[doc = " Cryptographic algorithm for CMK material. Possible values are as follows:"]
    #[doc = ""] #[doc = " - **RSAES\\_PKCS1\\_V1\\_5**"] #[doc =
    " - **RSAES\\_OAEP\\_SHA\\_1**"] #[doc = " - **RSAES\\_OAEP\\_SHA\\_256**"]
    wrapping_algorithm : String, #[doc =
    " A 36-byte serial number of a request message."] #[doc =
    " For example, **919c82d4-8046-4722-9094-35c3c6524cff**"] sequence : String }
);
impl ObtainingCmkImportParameters {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ListCmkImportParametersResponse> {
        let body = types::ListCmkImportParametersRequest {
            key_id: need!(self, key_id)?,
            wrapping_algorithm: need!(self, wrapping_algorithm)?,
            sequence: self.sequence,
        };
        let request = request!(
            self, Post, "/v1.0/{project_id}/kms/get-parameters-for-import"
        )
            .path_param("project_id", need!(self, project_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingAPublicKey("querying_a_public_key") { #[doc =
    " Project ID. Path parameter `project_id`."] project_id : String, #[doc =
    " ID of the key to be enabled. The value can be the key ID, alias (**key\\_alias**), or URN."]
    #[doc = ""] #[doc =
    " - Key ID: A 36-byte string that matches the **^\\[0-9a-z\\]\\{8\\}-\\[0-9a-z\\]\\{4\\}-\\[0-9a-z\\]\\{4\\}-\\[0-9a-z\\]\\{4\\}-\\[0-9a-z\\]\\{12\\}$** regular expression, for example, **0d0466b0-e727-4d9c-b35d-f84bb474a37f**"]
    #[doc =
    " - Alias: An identifier of a key. The value starts with **alias/**, for example, **alias/4555**."]
    #[doc =
    " - URN: Each alias automatically matches a unique URN, for example, **kms:eu-de-ring0:3ba44455500dd43127:alias:4555**."]
    key_id : String, #[doc = " A 36-byte serial number of a request message."] #[doc =
    " For example, **919c82d4-8046-4722-9094-35c3c6524cff**"] sequence : String }
);
impl QueryingAPublicKey {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ShowPublicKeyResponse> {
        let body = types::ShowPublicKeyRequest {
            key_id: need!(self, key_id)?,
            sequence: self.sequence,
        };
        let request = request!(self, Post, "/v1.0/{project_id}/kms/get-publickey")
            .path_param("project_id", need!(self, project_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingCmkInstances("querying_cmk_instances") { #[doc =
    " Project ID. Path parameter `project_id`."] project_id : String, #[doc =
    " Resource instance. The value is fixed to **resource\\_instances**. Path parameter `resource_instances`."]
    resource_instances : String, #[doc =
    " list of tags, including tag keys and tag values."] #[doc = ""] #[doc =
    " - **key** indicates the tag key. A CMK can have a maximum of 10 keys, and each of them is unique and cannot be empty. A key cannot have duplicate values. The value of **key** contains a maximum of 36 characters."]
    #[doc =
    " - **value** indicates the tag value. Each tag value can contain a maximum of 43 characters. The relationship between values is **AND**."]
    tags : Vec < serde_json::Value >, #[doc =
    " Number of queried records. If **action** is set to **count**, this parameter does not need to be set. If **action** is set to **filter**, the default value is **10**."]
    #[doc = " The value ranges from 1 to 1000."] #[doc = ""] #[doc = " Default: `10`."]
    limit : String, #[doc =
    " Index location. The query starts from the next piece of data indexed by this parameter. When data on the first page is queried, the value of this parameter queried on previous page is contained. If **action** is **count**, this parameter does not need to be set. If **action** is set to **filter**, the default value is **0**."]
    #[doc = " The value must be a numeral and cannot be a negative number."] #[doc = ""]
    #[doc = " Default: `0`."] offset : String, #[doc =
    " Operation ID, which can be set to **filter** or **count**."] #[doc = ""] #[doc =
    " - **filter**: indicates filtering."] #[doc =
    " - **count**: indicates the number of queried records."] action : String, #[doc =
    " Search field."] #[doc = ""] #[doc =
    " - **key** indicates the field to be matched, for example, **resource\\_name**."]
    #[doc =
    " - **value** indicates the value to be matched, which contains a maximum of 255 characters and cannot be empty."]
    matches : Vec < serde_json::Value >, #[doc =
    " 36-byte serial number of a request message"] #[doc =
    " Example: 919c82d4-8046-4722-9094-35c3c6524cff"] sequence : String }
);
impl QueryingCmkInstances {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ListCmkInstancesResponse> {
        let body = types::ListCmkInstancesRequest {
            tags: self.tags,
            limit: self.limit,
            offset: self.offset,
            action: need!(self, action)?,
            matches: self.matches,
            sequence: self.sequence,
        };
        let request = request!(
            self, Post, "/v1.0/{project_id}/kms/{resource_instances}/action"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param("resource_instances", need!(self, resource_instances)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingGrantsOnACmk("querying_grants_on_a_cmk") { #[doc =
    " Project ID. Path parameter `project_id`."] project_id : String, #[doc =
    " 36-byte key ID that matches the regular expression **^\\[0-9a-z\\]\\{8\\}-\\[0-9a-z\\]\\{4\\}-\\[0-9a-z\\]\\{4\\}-\\[0-9a-z\\]\\{4\\}-\\[0-9a-z\\]\\{12\\}$**."]
    #[doc = " For example, **0d0466b0-e727-4d9c-b35d-f84bb474a37f**"] key_id : String,
    #[doc =
    " This parameter specifies the number of entries returned. If the specified number is smaller than the actual number of existing entries, **true** will be returned for the response parameter **truncated**, indicating that the query results will be displayed in separate pages."]
    #[doc =
    " The value is within the range of the maximum number of grants, for example, **100**."]
    limit : String, #[doc =
    " This parameter marks the starting location in a pagination query."] #[doc =
    " If the **truncated** value is **true**, you can send consecutive requests to obtain more record entries. The **marker** value must be set to the **next\\_marker** value in the response, for example, **10**."]
    marker : String, #[doc = " A 36-byte serial number of a request message."] #[doc =
    " For example, **919c82d4-8046-4722-9094-35c3c6524cff**"] sequence : String }
);
impl QueryingGrantsOnACmk {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ListCmkGrantsResponse> {
        let body = types::ListCmkGrantsRequest {
            key_id: need!(self, key_id)?,
            limit: self.limit,
            marker: self.marker,
            sequence: self.sequence,
        };
        let request = request!(self, Post, "/v1.0/{project_id}/kms/list-grants")
            .path_param("project_id", need!(self, project_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingGrantsThatCanBeRetired("querying_grants_that_can_be_retired") { #[doc =
    " Project ID. Path parameter `project_id`."] project_id : String, #[doc =
    " This parameter specifies the number of entries returned. If the specified number is smaller than the actual number of existing entries, **true** will be returned for the response parameter **truncated**, indicating that the query results will be displayed in separate pages."]
    #[doc =
    " The value is within the range of the maximum number of grants, for example, **100**."]
    limit : String, #[doc =
    " This parameter marks the starting location in a pagination query."] #[doc =
    " If the **truncated** value is **true**, you can send consecutive requests to obtain more record entries. The **marker** value must be set to the **next\\_marker** value in the response, for example, **10**."]
    marker : String, #[doc = " 36-byte serial number of a request message"] #[doc =
    " Example: 919c82d4-8046-4722-9094-35c3c6524cff"] sequence : String }
);
impl QueryingGrantsThatCanBeRetired {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ListCmkGrantsResponse> {
        let body = types::ShowGrantsThatCanBeRetiredRequest {
            limit: self.limit,
            marker: self.marker,
            sequence: self.sequence,
        };
        let request = request!(
            self, Post, "/v1.0/{project_id}/kms/list-retirable-grants"
        )
            .path_param("project_id", need!(self, project_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingProjectTags("querying_project_tags") { #[doc =
    " Project ID. Path parameter `project_id`."] project_id : String }
);
impl QueryingProjectTags {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ListProjectTagsResponse> {
        let request = request!(self, Get, "/v1.0/{project_id}/kms/tags")
            .path_param("project_id", need!(self, project_id)?);
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingTheInformationAboutACmk("querying_the_information_about_a_cmk") { #[doc =
    " Project ID. Path parameter `project_id`."] project_id : String, #[doc =
    " The value can be a key ID, alias (**key\\_alias**), or URN."] #[doc = ""] #[doc =
    " - Key ID: A 36-byte string that matches the **^\\[0-9a-z\\]\\{8\\}-\\[0-9a-z\\]\\{4\\}-\\[0-9a-z\\]\\{4\\}-\\[0-9a-z\\]\\{4\\}-\\[0-9a-z\\]\\{12\\}$** regular expression, for example, **0d0466b0-e727-4d9c-b35d-f84bb474a37f**"]
    #[doc =
    " - Alias: An identifier of a key. The value starts with **alias/**, for example, **alias/4555**."]
    #[doc =
    " - URN: Each alias automatically matches a unique URN, for example, **kms:eu-de-ring0:3ba44455500dd43127:alias:4555**."]
    #[doc = " - The **alias\\_urn** generated during key alias creation is the URN."]
    key_id : String, #[doc = " A 36-byte serial number of a request message."] #[doc =
    " For example, **919c82d4-8046-4722-9094-35c3c6524cff**"] sequence : String }
);
impl QueryingTheInformationAboutACmk {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ShowCmkInformationResponse> {
        let body = types::ShowCmkInformationRequest {
            key_id: need!(self, key_id)?,
            sequence: self.sequence,
        };
        let request = request!(self, Post, "/v1.0/{project_id}/kms/describe-key")
            .path_param("project_id", need!(self, project_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingTheListOfCmKs("querying_the_list_of_cm_ks") { #[doc =
    " Project ID. Path parameter `project_id`."] project_id : String, #[doc =
    " This parameter specifies the number of entries returned. If the specified number is smaller than the actual number of existing entries, **true** will be returned for the response parameter **truncated**, indicating that the query results will be displayed in separate pages. The value is within the range of the maximum number of CMKs, for example, **100**."]
    limit : String, #[doc =
    " This parameter marks the starting location in a pagination query. If the **truncated** value is **true**, you can send consecutive requests to obtain more record entries. The **marker** value must be set to the **next\\_marker** value in the response, for example, **10**."]
    marker : String, #[doc =
    " State of a CMK that matches the regular expression **^\\[1-5\\]\\{1\\}$**. The following values are enumerated:"]
    #[doc = ""] #[doc = " - **1** indicates that the CMK is waiting to be activated."]
    #[doc = " - **2** indicates that the CMK is enabled."] #[doc =
    " - **3** indicates that the CMK is disabled."] #[doc =
    " - **4** indicates that the CMK is scheduled for deletion."] #[doc =
    " - **5** indicates that the CMK is waiting to be imported."] key_state : String,
    #[doc = " 36-byte serial number of a request message"] #[doc =
    " Example: 919c82d4-8046-4722-9094-35c3c6524cff"] sequence : String }
);
impl QueryingTheListOfCmKs {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ListCmKsResponse> {
        let body = types::ListCmKsRequest {
            limit: self.limit,
            marker: self.marker,
            key_state: self.key_state,
            sequence: self.sequence,
        };
        let request = request!(self, Post, "/v1.0/{project_id}/kms/list-keys")
            .path_param("project_id", need!(self, project_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingTheNumberOfInstances("querying_the_number_of_instances") { #[doc =
    " Project ID. Path parameter `project_id`."] project_id : String }
);
impl QueryingTheNumberOfInstances {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ShowInstancesNumberResponse> {
        let request = request!(self, Get, "/v1.0/{project_id}/kms/user-instances")
            .path_param("project_id", need!(self, project_id)?);
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingTheQuotaOfAUser("querying_the_quota_of_a_user") { #[doc =
    " Project ID. Path parameter `project_id`."] project_id : String }
);
impl QueryingTheQuotaOfAUser {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ShowUserQuotaResponse> {
        let request = request!(self, Get, "/v1.0/{project_id}/kms/user-quotas")
            .path_param("project_id", need!(self, project_id)?);
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingTheRotationStatusOfACmk("querying_the_rotation_status_of_a_cmk") { #[doc =
    " Project ID. Path parameter `project_id`."] project_id : String, #[doc =
    " 36-byte key ID that matches the regular expression **^\\[0-9a-z\\]\\{8\\}-\\[0-9a-z\\]\\{4\\}-\\[0-9a-z\\]\\{4\\}-\\[0-9a-z\\]\\{4\\}-\\[0-9a-z\\]\\{12\\}$**."]
    #[doc = " For example, **0d0466b0-e727-4d9c-b35d-f84bb474a37f**"] key_id : String,
    #[doc = " A 36-byte serial number of a request message."] #[doc =
    " For example, **919c82d4-8046-4722-9094-35c3c6524cff**"] sequence : String }
);
impl QueryingTheRotationStatusOfACmk {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ShowCmkRotationStatusResponse> {
        let body = types::CancelCmkScheduledDeletionRequest {
            key_id: need!(self, key_id)?,
            sequence: self.sequence,
        };
        let request = request!(
            self, Post, "/v1.0/{project_id}/kms/get-key-rotation-status"
        )
            .path_param("project_id", need!(self, project_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    RetiringAGrant("retiring_a_grant") { #[doc =
    " Project ID. Path parameter `project_id`."] project_id : String, #[doc =
    " 36-byte key ID that matches the regular expression **^\\[0-9a-z\\]\\{8\\}-\\[0-9a-z\\]\\{4\\}-\\[0-9a-z\\]\\{4\\}-\\[0-9a-z\\]\\{4\\}-\\[0-9a-z\\]\\{12\\}$**."]
    #[doc = " For example, **0d0466b0-e727-4d9c-b35d-f84bb474a37f**"] key_id : String,
    #[doc =
    " 64-byte ID of a grant that meets the regular expression **^\\[A-Fa-f0-9\\]\\{64\\}$**"]
    #[doc = " Example: 7c9a3286af4fcca5f0a385ad13e1d21a50e27b6dbcab50f37f30f93b8939827d"]
    grant_id : String, #[doc = " A 36-byte serial number of a request message."] #[doc =
    " For example, **919c82d4-8046-4722-9094-35c3c6524cff**"] sequence : String }
);
impl RetiringAGrant {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<()> {
        let body = types::RetiringGrantRequest {
            key_id: need!(self, key_id)?,
            grant_id: need!(self, grant_id)?,
            sequence: self.sequence,
        };
        let request = request!(self, Post, "/v1.0/{project_id}/kms/retire-grant")
            .path_param("project_id", need!(self, project_id)?)
            .json_body(&body)?;
        self.call.empty(request).await
    }
}
crate::support::builder!(
    RevokingAGrant("revoking_a_grant") { #[doc =
    " Project ID. Path parameter `project_id`."] project_id : String, #[doc =
    " 36-byte key ID that matches the regular expression **^\\[0-9a-z\\]\\{8\\}-\\[0-9a-z\\]\\{4\\}-\\[0-9a-z\\]\\{4\\}-\\[0-9a-z\\]\\{4\\}-\\[0-9a-z\\]\\{12\\}$**."]
    #[doc = " For example, **0d0466b0-e727-4d9c-b35d-f84bb474a37f**"] key_id : String,
    #[doc =
    " 64-byte ID of a grant that meets the regular expression **^\\[A-Fa-f0-9\\]\\{64\\}$**"]
    #[doc = " Example: 7c9a3286af4fcca5f0a385ad13e1d21a50e27b6dbcab50f37f30f93b8939827d"]
    grant_id : String, #[doc = " A 36-byte serial number of a request message."] #[doc =
    " For example, **919c82d4-8046-4722-9094-35c3c6524cff**"] sequence : String }
);
impl RevokingAGrant {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<()> {
        let body = types::RetiringGrantRequest {
            key_id: need!(self, key_id)?,
            grant_id: need!(self, grant_id)?,
            sequence: self.sequence,
        };
        let request = request!(self, Post, "/v1.0/{project_id}/kms/revoke-grant")
            .path_param("project_id", need!(self, project_id)?)
            .json_body(&body)?;
        self.call.empty(request).await
    }
}
crate::support::builder!(
    SchedulingTheDeletionOfACmk("scheduling_the_deletion_of_a_cmk") { #[doc =
    " Project ID. Path parameter `project_id`."] project_id : String, #[doc =
    " 36-byte key ID that matches the regular expression **^\\[0-9a-z\\]\\{8\\}-\\[0-9a-z\\]\\{4\\}-\\[0-9a-z\\]\\{4\\}-\\[0-9a-z\\]\\{4\\}-\\[0-9a-z\\]\\{12\\}$**."]
    #[doc = " For example, **0d0466b0-e727-4d9c-b35d-f84bb474a37f**"] key_id : String,
    #[doc =
    " Number of days after which a CMK is scheduled to be deleted (The value ranges from **7** to **1,096**.)"]
    pending_days : String, #[doc = " A 36-byte serial number of a request message."]
    #[doc = " For example, **919c82d4-8046-4722-9094-35c3c6524cff**"] sequence : String }
);
impl SchedulingTheDeletionOfACmk {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::CancelCmkScheduledDeletionResponse> {
        let body = types::ScheduleCmkDeletionRequest {
            key_id: need!(self, key_id)?,
            pending_days: need!(self, pending_days)?,
            sequence: self.sequence,
        };
        let request = request!(
            self, Post, "/v1.0/{project_id}/kms/schedule-key-deletion"
        )
            .path_param("project_id", need!(self, project_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    SigningData("signing_data") { #[doc = " Project ID. Path parameter `project_id`."]
    project_id : String, #[doc =
    " The value can be a key ID, alias (**key\\_alias**), or URN."] #[doc = ""] #[doc =
    " - Key ID: A 36-byte string that matches the **^\\[0-9a-z\\]\\{8\\}-\\[0-9a-z\\]\\{4\\}-\\[0-9a-z\\]\\{4\\}-\\[0-9a-z\\]\\{4\\}-\\[0-9a-z\\]\\{12\\}$** regular expression, for example, **0d0466b0-e727-4d9c-b35d-f84bb474a37f**"]
    #[doc =
    " - Alias: An identifier of a key. The value starts with **alias/**, for example, **alias/4555**."]
    #[doc =
    " - URN: Each alias automatically matches a unique URN, for example, **kms:eu-de-ring0:3ba44455500dd43127:alias:4555**."]
    #[doc = " - The **alias\\_urn** generated during key alias creation is the URN."]
    key_id : String, #[doc =
    " Message digest or message to be signed. The message must be encoded using Base64 and be less than 4096 bytes."]
    message : String, #[doc = " Signature algorithm. Possible values are as follows:"]
    #[doc = ""] #[doc = " - **RSASSA\\_PSS\\_SHA\\_256**"] #[doc =
    " - **RSASSA\\_PSS\\_SHA\\_384**"] #[doc = " - **RSASSA\\_PSS\\_SHA\\_512**"] #[doc =
    " - **RSASSA\\_PKCS1\\_V1\\_5\\_SHA\\_256**"] #[doc =
    " - **RSASSA\\_PKCS1\\_V1\\_5\\_SHA\\_384**"] #[doc =
    " - **RSASSA\\_PKCS1\\_V1\\_5\\_SHA\\_512**"] #[doc = " - **ECDSA\\_SHA\\_256**"]
    #[doc = " - **ECDSA\\_SHA\\_384**"] #[doc = " - **ECDSA\\_SHA\\_512**"]
    signing_algorithm : String, #[doc =
    " Message type. The default value is **DIGEST**. Possible values are as follows:"]
    #[doc = ""] #[doc = " - **DIGEST** (message digest)"] #[doc =
    " - **RAW** (original message)"] #[doc = ""] #[doc = " Default: `DIGEST`."]
    message_type : String, #[doc =
    " A 36-byte serial number of a request message. Example: 919c82d4-8046-4722-9094-35c3c6524cff"]
    sequence : String }
);
impl SigningData {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::SignSignResponse> {
        let body = types::SignSignRequest {
            key_id: need!(self, key_id)?,
            message: need!(self, message)?,
            signing_algorithm: need!(self, signing_algorithm)?,
            message_type: self.message_type,
            sequence: self.sequence,
        };
        let request = request!(self, Post, "/v1.0/{project_id}/kms/sign")
            .path_param("project_id", need!(self, project_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingASpecifiedApiVersion("querying_a_specified_api_version") { #[doc =
    " Version ID. Path parameter `version_id`."] version_id : String }
);
impl QueryingASpecifiedApiVersion {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ShowApiVersionResponse> {
        let request = request!(self, Get, "/{version_id}")
            .path_param("version_id", need!(self, version_id)?);
        self.call.json(request).await
    }
}
crate::support::builder!(QueryingAllApiVersions("querying_all_api_versions") {});
impl QueryingAllApiVersions {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ListApiVersionsResponse> {
        let request = request!(self, Get, "/");
        self.call.json(request).await
    }
}
