//! Models of Key Management Service (shared by every API version unless a version module has its own).
/// Request parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AddCmkTagRequest {
    /// Tag. For details, see Table 4.
    pub tag: Vec<CmkTagField>,
    /// 36-byte serial number of a request message
    /// Example: 919c82d4-8046-4722-9094-35c3c6524cff
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sequence: Option<String>,
}
/// tag field description
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CmkTagField {
    /// Key.
    /// The value contains a maximum of 36 Unicode characters. The value of **key** cannot be empty, and cannot contain the following characters: ASCII (0-31) and \***\<\>\\=**
    pub key: String,
    /// Value.
    /// Each value contains a maximum of 43 Unicode characters and can be an empty string. The value cannot contain the following characters: ASCII (0-31) and \***\<\>\\=**
    pub value: String,
}
crate::support::setters!(@ model CmkTagField new(key : String, value : String) {});
crate::support::open_enum!(
    #[doc = " Operation ID."] #[doc = " The value can be **create** or **delete**."]
    BatchAddOrDeleteCmkTagsRequestAction { Create = "create", Delete = "delete" }
);
/// Request parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct BatchAddOrDeleteCmkTagsRequest {
    /// Tag list, which is the value pairs of **key** and **value**.
    ///
    /// - **key** indicates the tag key. A CMK can have a maximum of 10 keys, and each of them is unique and cannot be empty. A key cannot have duplicate values. The value of **key** contains a maximum of 36 characters.
    /// - **value** indicates the tag value. Each tag value can contain a maximum of 43 characters. The relationship between values is **AND**.
    pub tags: Vec<serde_json::Value>,
    /// Operation ID.
    /// The value can be **create** or **delete**.
    pub action: BatchAddOrDeleteCmkTagsRequestAction,
    /// 36-byte serial number of a request message
    /// Example: 919c82d4-8046-4722-9094-35c3c6524cff
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sequence: Option<String>,
}
/// Request body parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ValidateSignatureRequest {
    /// The value can be a key ID, alias (**key\_alias**), or URN.
    ///
    /// - Key ID: A 36-byte string that matches the **^\[0-9a-z\]\{8\}-\[0-9a-z\]\{4\}-\[0-9a-z\]\{4\}-\[0-9a-z\]\{4\}-\[0-9a-z\]\{12\}$** regular expression, for example, **0d0466b0-e727-4d9c-b35d-f84bb474a37f**
    /// - Alias: An identifier of a key. The value starts with **alias/**, for example, **alias/4555**.
    /// - URN: Each alias automatically matches a unique URN, for example, **kms:eu-de-ring0:3ba44455500dd43127:alias:4555**.
    /// - The **alias\_urn** generated during key alias creation is the URN.
    pub key_id: String,
    /// Message digest or message to be signed. The message must be encoded using Base64 and be less than 4,096 bytes.
    pub message: String,
    /// Signature value to be verified, which is encoded using Base64.
    pub signature: String,
    /// Signature algorithm. Possible values are as follows:
    ///
    /// - **RSASSA\_PSS\_SHA\_256**
    /// - **RSASSA\_PSS\_SHA\_384**
    /// - **RSASSA\_PSS\_SHA\_512**
    /// - **RSASSA\_PKCS1\_V1\_5\_SHA\_256**
    /// - **RSASSA\_PKCS1\_V1\_5\_SHA\_384**
    /// - **RSASSA\_PKCS1\_V1\_5\_SHA\_512**
    /// - **ECDSA\_SHA\_256**
    /// - **ECDSA\_SHA\_384**
    /// - **ECDSA\_SHA\_512**
    pub signing_algorithm: String,
    /// Message type. The default value is **DIGEST**. Possible values are as follows:
    ///
    /// - **DIGEST** (message digest)
    /// - **RAW** (original message)
    ///
    /// Default: `DIGEST`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message_type: Option<String>,
    /// A 36-byte serial number of a request message. Example: **919c82d4-8046-4722-9094-35c3c6524cff**
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sequence: Option<String>,
}
/// Response body parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ValidateSignatureResponse {
    /// CMK ID
    pub key_id: Option<String>,
    /// Whether the signature is valid. Its value can be **true** (valid) or **false** (invalid).
    pub signature_valid: Option<String>,
}
/// Response body parameter
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ValidateSignatureResponse400 {
    /// Error message
    pub error: Option<serde_json::Value>,
}
/// Request parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CancelCmkScheduledDeletionRequest {
    /// 36-byte key ID that matches the regular expression **^\[0-9a-z\]\{8\}-\[0-9a-z\]\{4\}-\[0-9a-z\]\{4\}-\[0-9a-z\]\{4\}-\[0-9a-z\]\{12\}$**.
    /// For example, **0d0466b0-e727-4d9c-b35d-f84bb474a37f**
    pub key_id: String,
    /// A 36-byte serial number of a request message.
    /// For example, **919c82d4-8046-4722-9094-35c3c6524cff**
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sequence: Option<String>,
}
/// Response parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CancelCmkScheduledDeletionResponse {
    /// CMK ID
    pub key_id: String,
    /// CMK status:
    ///
    /// - **2** indicates that the CMK is enabled.
    /// - **3** indicates that the CMK is disabled.
    /// - **4** indicates that the CMK is scheduled for deletion.
    pub key_state: String,
}
/// Request parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct UpdateCmkAliasRequest {
    /// 36-byte key ID that matches the regular expression **^\[0-9a-z\]\{8\}-\[0-9a-z\]\{4\}-\[0-9a-z\]\{4\}-\[0-9a-z\]\{4\}-\[0-9a-z\]\{12\}$**.
    /// For example, **0d0466b0-e727-4d9c-b35d-f84bb474a37f**
    pub key_id: String,
    /// Alias of a CMK whose length is 1 to 255 characters and which matches the regular expression **^\[a-zA-Z0-9:/\_-\]\{1,255\}$**. Suffix of the alias cannot be **/default**.
    ///
    /// Length 1 to 255.
    pub key_alias: String,
    /// A 36-byte serial number of a request message.
    /// For example, **919c82d4-8046-4722-9094-35c3c6524cff**
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sequence: Option<String>,
}
/// Response parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct UpdateCmkAliasResponse {
    /// Information about keys. For details, see Table 5.
    pub key_info: Vec<CmkAliaKeyInfoField>,
}
/// key\_info field description
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CmkAliaKeyInfoField {
    /// CMK ID
    pub key_id: String,
    /// Alias of a CMK
    pub key_alias: String,
}
/// Request parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct UpdateCmkDescriptionRequest {
    /// 36-byte key ID that matches the regular expression **^\[0-9a-z\]\{8\}-\[0-9a-z\]\{4\}-\[0-9a-z\]\{4\}-\[0-9a-z\]\{4\}-\[0-9a-z\]\{12\}$**.
    /// For example, **0d0466b0-e727-4d9c-b35d-f84bb474a37f**
    pub key_id: String,
    /// CMK description (The value ranges from 0 to 255 characters.)
    pub key_description: String,
    /// A 36-byte serial number of a request message.
    /// For example, **919c82d4-8046-4722-9094-35c3c6524cff**
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sequence: Option<String>,
}
/// Response parameter
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct UpdateCmkDescriptionResponse {
    /// Information about keys. For details, see Table 5.
    pub key_info: Vec<CmkDescriptionKeyInfoField>,
}
/// key\_info field description
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CmkDescriptionKeyInfoField {
    /// CMK ID
    pub key_id: String,
    /// Description of a CMK
    pub key_description: String,
}
/// Request parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct UpdateCmkRotationIntervalRequest {
    /// 36-byte key ID that matches the regular expression **^\[0-9a-z\]\{8\}-\[0-9a-z\]\{4\}-\[0-9a-z\]\{4\}-\[0-9a-z\]\{4\}-\[0-9a-z\]\{12\}$**.
    /// For example, **0d0466b0-e727-4d9c-b35d-f84bb474a37f**
    pub key_id: String,
    /// Rotation interval. The value is an integer ranging from **30** to **365**.
    /// Set the interval based on how often a CMK is used. If it is frequently used, set a short interval; otherwise, set a long one.
    pub rotation_interval: i64,
    /// A 36-byte serial number of a request message.
    /// For example, **919c82d4-8046-4722-9094-35c3c6524cff**
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sequence: Option<String>,
}
crate::support::open_enum!(
    #[doc =
    " Key generation algorithm. The default value is **AES\\_256**. The value can be:"]
    #[doc = ""] #[doc = " - **AES\\_256**"] #[doc = " - **RSA\\_2048**"] #[doc =
    " - **RSA\\_3072**"] #[doc = " - **RSA\\_4096**"] #[doc = " - **EC\\_P256**"] #[doc =
    " - **EC\\_P384**"] #[doc = " - **HMAC\\_256**"] #[doc = " - **HMAC\\_384**"] #[doc =
    " - **HMAC\\_512**"] CreateCmkRequestKeySpec { Aes256 = "AES_256", Rsa2048 =
    "RSA_2048", Rsa3072 = "RSA_3072", Rsa4096 = "RSA_4096", EcP256 = "EC_P256", EcP384 =
    "EC_P384", Hmac256 = "HMAC_256", Hmac384 = "HMAC_384", Hmac512 = "HMAC_512" }
);
/// Request parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CreateCmkRequest {
    /// Alias of a non-default master key (The alias's length ranges from 1 to 255 characters and matches the regular expression **^\[a-zA-Z0-9:/\_-\]\{1,255\}$**. In addition, it must be different from the alias of a Default Master Key created by the system.)
    pub key_alias: String,
    /// Key generation algorithm. The default value is **AES\_256**. The value can be:
    ///
    /// - **AES\_256**
    /// - **RSA\_2048**
    /// - **RSA\_3072**
    /// - **RSA\_4096**
    /// - **EC\_P256**
    /// - **EC\_P384**
    /// - **HMAC\_256**
    /// - **HMAC\_384**
    /// - **HMAC\_512**
    ///
    /// Default: `AES_256`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub key_spec: Option<CreateCmkRequestKeySpec>,
    /// Key usage. The default value is **ENCRYPT\_DECRYPT** for a symmetric key and **SIGN\_VERIFY** for an asymmetric key. Possible values are as follows:
    ///
    /// - For AES\_256 symmetric keys, the default value is **ENCRYPT\_DECRYPT**.
    /// - For RSA asymmetric keys, select **ENCRYPT\_DECRYPT** or **SIGN\_VERIFY**. The default value is **SIGN\_VERIFY**.
    /// - For ECC asymmetric keys, the default value is **SIGN\_VERIFY**.
    /// - For HMAC keys, the default value is **GENERATE\_VERIFY\_MAC**.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub key_usage: Option<String>,
    /// CMK description (The value ranges from 0 to 255 characters.)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub key_description: Option<String>,
    /// Origin of a CMK. The default value is **kms**. The following values are enumerated:
    ///
    /// - **kms** indicates that the CMK material is generated by KMS.
    /// - **external** indicates that the CMK material is imported.
    ///
    /// Default: `kms`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub origin: Option<String>,
    /// A 36-byte serial number of a request message.
    /// For example, **919c82d4-8046-4722-9094-35c3c6524cff**
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sequence: Option<String>,
}
/// Response parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CreateCmkResponse {
    /// Information about keys. For details, see Table 5.
    pub key_info: Vec<CmkKeyInfoField>,
}
/// key\_info field description
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CmkKeyInfoField {
    /// CMK ID
    pub key_id: String,
    /// User domain ID
    pub domain_id: String,
}
/// Request parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CreateDekRequest {
    /// The value can be a key ID, alias (**key\_alias**), or URN.
    ///
    /// - Key ID: A 36-byte string that matches the **^\[0-9a-z\]\{8\}-\[0-9a-z\]\{4\}-\[0-9a-z\]\{4\}-\[0-9a-z\]\{4\}-\[0-9a-z\]\{12\}$** regular expression, for example, **0d0466b0-e727-4d9c-b35d-f84bb474a37f**
    /// - Alias: An identifier of a key. The value starts with **alias/**, for example, **alias/4555**.
    /// - URN: Each alias automatically matches a unique URN, for example, **kms:eu-de-ring0:3ba44455500dd43127:alias:4555**.
    /// - The **alias\_urn** generated during key alias creation is the URN.
    pub key_id: String,
    /// Key-value pairs with a maximum length of 8192 characters. This parameter is used to record resource context information, excluding sensitive information, to ensure data integrity.
    /// If this parameter is specified during encryption, it is also required for decryption.
    /// Example: \{"**Key1**":"**Value1**","**Key2**":"**Value2**"\}
    #[serde(skip_serializing_if = "Option::is_none")]
    pub encryption_context: Option<serde_json::Value>,
    /// Number of bits of a key. The value is **512**.
    pub datakey_length: String,
    /// A 36-byte serial number of a request message.
    /// For example, **919c82d4-8046-4722-9094-35c3c6524cff**
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sequence: Option<String>,
}
/// Response parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CreateDekResponse {
    /// CMK ID
    pub key_id: String,
    /// The plaintext of a DEK is expressed in hexadecimal format, and two characters indicate one byte.
    pub plain_text: String,
    /// The ciphertext of a DEK is expressed in hexadecimal format, and two characters indicate one byte.
    pub cipher_text: String,
}
crate::support::open_enum!(
    #[doc = " Authorization type"] #[doc =
    " The value can be **user** or **domain**. The default value is **user**."]
    CreateGrantRequestGranteePrincipalType { User = "user", Domain = "domain" }
);
/// Request parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CreateGrantRequest {
    /// 36-byte key ID that matches the regular expression **^\[0-9a-z\]\{8\}-\[0-9a-z\]\{4\}-\[0-9a-z\]\{4\}-\[0-9a-z\]\{4\}-\[0-9a-z\]\{12\}$**.
    /// For example, **0d0466b0-e727-4d9c-b35d-f84bb474a37f**
    pub key_id: String,
    /// Indicates the ID of the authorized user. The value is between 1 to 64 bytes and meets the regular expression **"^\[a-zA-Z0-9\]\{1,64\}$"**.
    /// Example: 0d0466b00d0466b00d0466b00d0466b0
    pub grantee_principal: String,
    /// Permissions that can be granted
    /// Values: **create-datakey**, **create-datakey-without-plaintext**, **encrypt-datakey**, **decrypt-datakey**, **describe-key**, **create-grant**, **retire-grant**
    /// **create-grant** cannot be the only value.
    pub operations: Vec<String>,
    /// Name of a grant which can be 1 to 255 characters in length and matches the regular expression **^\[a-zA-Z0-9:/\_-\]\{1,255\}$**
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Indicates the ID of the retiring user. The value is between 1 to 64 bytes and meets the regular expression **"^\[a-zA-Z0-9\]\{1,64\}$"**.
    /// Example: 0d0466b00d0466b00d0466b00d0466b0
    #[serde(skip_serializing_if = "Option::is_none")]
    pub retiring_principal: Option<String>,
    /// Authorization type
    /// The value can be **user** or **domain**. The default value is **user**.
    ///
    /// Default: `user`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub grantee_principal_type: Option<CreateGrantRequestGranteePrincipalType>,
    /// A 36-byte serial number of a request message.
    /// For example, **919c82d4-8046-4722-9094-35c3c6524cff**
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sequence: Option<String>,
}
/// Response parameter
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CreateGrantResponse {
    /// 64-byte ID of a grant
    pub grant_id: String,
}
/// Response parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CreatePlaintextFreeDekResponse {
    /// CMK ID
    pub key_id: String,
    /// The ciphertext of a DEK is expressed in hexadecimal format, and two characters indicate one byte.
    pub cipher_text: String,
}
/// Request parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CreateRandomNumberRequest {
    /// Number of bits of a random number. The value is **512**.
    pub random_data_length: String,
    /// 36-byte serial number of a request message
    /// Example: 919c82d4-8046-4722-9094-35c3c6524cff
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sequence: Option<String>,
}
/// Response parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CreateRandomNumberResponse {
    /// Random numbers are expressed in hexadecimal format. Two characters indicate one byte. Length of a random number must be consistent with the **random\_data\_length** value entered by a user.
    pub random_data: String,
}
/// Request parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct DecryptDekRequest {
    /// The value can be a key ID, alias (**key\_alias**), or URN.
    ///
    /// - Key ID: A 36-byte string that matches the **^\[0-9a-z\]\{8\}-\[0-9a-z\]\{4\}-\[0-9a-z\]\{4\}-\[0-9a-z\]\{4\}-\[0-9a-z\]\{12\}$** regular expression, for example, **0d0466b0-e727-4d9c-b35d-f84bb474a37f**
    /// - Alias: An identifier of a key. The value starts with **alias/**, for example, **alias/4555**.
    /// - URN: Each alias automatically matches a unique URN, for example, **kms:eu-de-ring0:3ba44455500dd43127:alias:4555**.
    /// - The **alias\_urn** generated during key alias creation is the URN.
    pub key_id: String,
    /// Key-value pairs with a maximum length of 8192 characters. This parameter is used to record resource context information, excluding sensitive information, to ensure data integrity.
    /// If this parameter is specified during encryption, it is also required for decryption.
    /// Example: \{"**Key1**":"**Value1**","**Key2**":"**Value2**"\}
    #[serde(skip_serializing_if = "Option::is_none")]
    pub encryption_context: Option<serde_json::Value>,
    /// This parameter indicates the hexadecimal character string of the DEK ciphertext and the metadata. The value is the **cipher\_text** value in the encryption result of a DEK.
    pub cipher_text: String,
    /// Number of bytes of a key. The value is **64**.
    pub datakey_cipher_length: String,
    /// A 36-byte serial number of a request message.
    /// For example, **919c82d4-8046-4722-9094-35c3c6524cff**
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sequence: Option<String>,
}
/// Response parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct DecryptDekResponse {
    /// Hexadecimal character string of the plaintext of a DEK
    pub data_key: String,
    /// Number of bytes in the length of the plaintext of a DEK
    pub datakey_length: String,
    /// Hexadecimal character string corresponding to the SHA-256 hash value of the plaintext of a DEK
    pub datakey_dgst: String,
}
/// Request parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct DecryptDataRequest {
    /// Ciphertext of encrypted data. The value is the **cipher\_text** value in the data encryption result that matches the regular expression **^\[0-9a-zA-Z+/=\]\{188,5648\}$**.
    pub cipher_text: String,
    /// Key-value pairs with a maximum length of 8192 characters. This parameter is used to record resource context information, excluding sensitive information, to ensure data integrity.
    /// If this parameter is specified during encryption, it is also required for decryption.
    /// Example: \{"**Key1**":"**Value1**","**Key2**":"**Value2**"\}
    #[serde(skip_serializing_if = "Option::is_none")]
    pub encryption_context: Option<serde_json::Value>,
    /// 36-byte serial number of a request message
    /// Example: 919c82d4-8046-4722-9094-35c3c6524cff
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sequence: Option<String>,
}
/// Response parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct DecryptDataResponse {
    /// CMK ID
    pub key_id: String,
    /// Plaintext
    pub plain_text: String,
}
/// Response parameter
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct DisableCmkResponse {
    /// Information about keys. For details, see Table 5.
    pub key_info: Vec<DisableCmkKeyInfoField>,
}
/// key\_info field description
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct DisableCmkKeyInfoField {
    /// CMK ID
    pub key_id: String,
    /// CMK status:
    ///
    /// - **2** indicates that the CMK is enabled.
    /// - **3** indicates that the CMK is disabled.
    /// - **4** indicates that the CMK is scheduled for deletion.
    pub key_state: String,
}
/// Request parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EnableCmkRotationRequest {
    /// 36-byte key ID that matches the regular expression **^\[0-9a-z\]\{8\}-\[0-9a-z\]\{4\}-\[0-9a-z\]\{4\}-\[0-9a-z\]\{4\}-\[0-9a-z\]\{12\}$**.
    /// For example, **0d0466b0-e727-4d9c-b35d-f84bb474a37f**
    pub key_id: String,
    /// A 36-byte serial number of a request message.
    /// For example, **919c82d4-8046-4722-9094-35c3c6524cff**
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sequence: Option<String>,
}
/// Request parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EncryptDekRequest {
    /// The value can be a key ID, alias (**key\_alias**), or URN.
    ///
    /// - Key ID: A 36-byte string that matches the **^\[0-9a-z\]\{8\}-\[0-9a-z\]\{4\}-\[0-9a-z\]\{4\}-\[0-9a-z\]\{4\}-\[0-9a-z\]\{12\}$** regular expression, for example, **0d0466b0-e727-4d9c-b35d-f84bb474a37f**
    /// - Alias: An identifier of a key. The value starts with **alias/**, for example, **alias/4555**.
    /// - URN: Each alias automatically matches a unique URN, for example, **kms:eu-de-ring0:3ba44455500dd43127:alias:4555**.
    /// - The **alias\_urn** generated during key alias creation is the URN.
    pub key_id: String,
    /// Key-value pairs with a maximum length of 8192 characters. This parameter is used to record resource context information, excluding sensitive information, to ensure data integrity.
    /// If this parameter is specified during encryption, it is also required for decryption.
    /// Example: \{"**Key1**":"**Value1**","**Key2**":"**Value2**"\}
    #[serde(skip_serializing_if = "Option::is_none")]
    pub encryption_context: Option<serde_json::Value>,
    /// Hexadecimal character string concatenated from plaintext of a DEK and the plaintext digest (32-byte character string generated using SHA256)
    /// For details, see Example.
    pub plain_text: String,
    /// Number of bytes of a DEK in plaintext. The value is **64**.
    pub datakey_plain_length: String,
    /// A 36-byte serial number of a request message.
    /// For example, **919c82d4-8046-4722-9094-35c3c6524cff**
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sequence: Option<String>,
}
/// Response parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EncryptDekResponse {
    /// CMK ID
    pub key_id: String,
    /// The ciphertext of a DEK is expressed in hexadecimal format, and two characters indicate one byte.
    pub cipher_text: String,
    /// Number of bytes in the length of a DEK
    pub datakey_length: String,
}
/// Request parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EncryptDataRequest {
    /// The value can be a key ID, alias (**key\_alias**), or URN.
    ///
    /// - Key ID: A 36-byte string that matches the **^\[0-9a-z\]\{8\}-\[0-9a-z\]\{4\}-\[0-9a-z\]\{4\}-\[0-9a-z\]\{4\}-\[0-9a-z\]\{12\}$** regular expression, for example, **0d0466b0-e727-4d9c-b35d-f84bb474a37f**
    /// - Alias: An identifier of a key. The value starts with **alias/**, for example, **alias/4555**.
    /// - URN: Each alias automatically matches a unique URN, for example, **kms:eu-de-ring0:3ba44455500dd43127:alias:4555**.
    /// - The **alias\_urn** generated during key alias creation is the URN.
    pub key_id: String,
    /// Key-value pairs with a maximum length of 8192 characters. This parameter is used to record resource context information, excluding sensitive information, to ensure data integrity.
    /// If this parameter is specified during encryption, it is also required for decryption.
    /// Example: \{"**Key1**":"**Value1**","**Key2**":"**Value2**"\}
    #[serde(skip_serializing_if = "Option::is_none")]
    pub encryption_context: Option<serde_json::Value>,
    /// Plaintext data which is 1 to 4096 bytes in length and matches the regular expression **^.\{1,4096\}$**. After being converted into a byte array, it is still 1 to 4096 bytes in length.
    pub plain_text: String,
    /// A 36-byte serial number of a request message.
    /// For example, **919c82d4-8046-4722-9094-35c3c6524cff**
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sequence: Option<String>,
}
/// Response parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EncryptDataResponse {
    /// CMK ID
    pub key_id: String,
    /// Ciphertext data in Base64 format
    pub cipher_text: String,
}
/// Request parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ImportCmkMaterialRequest {
    /// 36-byte key ID that matches the regular expression **^\[0-9a-z\]\{8\}-\[0-9a-z\]\{4\}-\[0-9a-z\]\{4\}-\[0-9a-z\]\{4\}-\[0-9a-z\]\{12\}$**.
    /// For example, **0d0466b0-e727-4d9c-b35d-f84bb474a37f**
    pub key_id: String,
    /// CMK import token in Base64 format that matches the regular expression **^\[0-9a-zA-Z+/=\]\{200,6144\}$**
    pub import_token: String,
    /// Encrypted CMK material in Base64 format that matches the regular expression ^\[0-9a-zA-Z+/=\]\{344,360\}$
    pub encrypted_key_material: String,
    /// Expiration time of the key material. The value is a timestamp expressed in the number of seconds since 00:00:00 UTC on January 1, 1970. KMS will delete the key material within 24 hours after the expiration.
    /// Example: 1550291833
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expiration_time: Option<String>,
    /// A 36-byte serial number of a request message.
    /// For example, **919c82d4-8046-4722-9094-35c3c6524cff**
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sequence: Option<String>,
}
/// Request parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListCmkImportParametersRequest {
    /// 36-byte key ID that matches the regular expression **^\[0-9a-z\]\{8\}-\[0-9a-z\]\{4\}-\[0-9a-z\]\{4\}-\[0-9a-z\]\{4\}-\[0-9a-z\]\{12\}$**.
    /// For example, **0d0466b0-e727-4d9c-b35d-f84bb474a37f**
    pub key_id: String,
    /// Cryptographic algorithm for CMK material. Possible values are as follows:
    ///
    /// - **RSAES\_PKCS1\_V1\_5**
    /// - **RSAES\_OAEP\_SHA\_1**
    /// - **RSAES\_OAEP\_SHA\_256**
    pub wrapping_algorithm: String,
    /// A 36-byte serial number of a request message.
    /// For example, **919c82d4-8046-4722-9094-35c3c6524cff**
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sequence: Option<String>,
}
/// Response parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListCmkImportParametersResponse {
    /// ID of a CMK in Base64 format
    pub key_id: String,
    /// CMK import token
    pub import_token: String,
    /// Expiration time of the import parameter. The value is a timestamp expressed in the number of seconds since 00:00:00 UTC on January 1, 1970.
    pub expiration_time: String,
    /// Public key (in Base64 format) used to encrypt CMK material
    pub public_key: String,
}
/// Request body parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ShowPublicKeyRequest {
    /// ID of the key to be enabled. The value can be the key ID, alias (**key\_alias**), or URN.
    ///
    /// - Key ID: A 36-byte string that matches the **^\[0-9a-z\]\{8\}-\[0-9a-z\]\{4\}-\[0-9a-z\]\{4\}-\[0-9a-z\]\{4\}-\[0-9a-z\]\{12\}$** regular expression, for example, **0d0466b0-e727-4d9c-b35d-f84bb474a37f**
    /// - Alias: An identifier of a key. The value starts with **alias/**, for example, **alias/4555**.
    /// - URN: Each alias automatically matches a unique URN, for example, **kms:eu-de-ring0:3ba44455500dd43127:alias:4555**.
    pub key_id: String,
    /// A 36-byte serial number of a request message.
    /// For example, **919c82d4-8046-4722-9094-35c3c6524cff**
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sequence: Option<String>,
}
/// Response body parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ShowPublicKeyResponse {
    /// Key ID
    pub key_id: Option<String>,
    /// Public key information
    pub public_key: Option<String>,
}
/// Request parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListCmkInstancesRequest {
    /// list of tags, including tag keys and tag values.
    ///
    /// - **key** indicates the tag key. A CMK can have a maximum of 10 keys, and each of them is unique and cannot be empty. A key cannot have duplicate values. The value of **key** contains a maximum of 36 characters.
    /// - **value** indicates the tag value. Each tag value can contain a maximum of 43 characters. The relationship between values is **AND**.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<serde_json::Value>>,
    /// Number of queried records. If **action** is set to **count**, this parameter does not need to be set. If **action** is set to **filter**, the default value is **10**.
    /// The value ranges from 1 to 1000.
    ///
    /// Default: `10`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<String>,
    /// Index location. The query starts from the next piece of data indexed by this parameter. When data on the first page is queried, the value of this parameter queried on previous page is contained. If **action** is **count**, this parameter does not need to be set. If **action** is set to **filter**, the default value is **0**.
    /// The value must be a numeral and cannot be a negative number.
    ///
    /// Default: `0`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub offset: Option<String>,
    /// Operation ID, which can be set to **filter** or **count**.
    ///
    /// - **filter**: indicates filtering.
    /// - **count**: indicates the number of queried records.
    pub action: String,
    /// Search field.
    ///
    /// - **key** indicates the field to be matched, for example, **resource\_name**.
    /// - **value** indicates the value to be matched, which contains a maximum of 255 characters and cannot be empty.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub matches: Option<Vec<serde_json::Value>>,
    /// 36-byte serial number of a request message
    /// Example: 919c82d4-8046-4722-9094-35c3c6524cff
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sequence: Option<String>,
}
/// Response parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListCmkInstancesResponse {
    /// Resource instance list. For details, see Table 5.
    pub resources: Vec<CmkInstanceResourceField>,
    /// Total number of records
    pub total_count: i64,
}
/// resource field description
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CmkInstanceResourceField {
    /// Resource ID
    pub resource_id: String,
    /// Resource details. For details, see Table 5.
    pub resource_detail: CmkInformationKeyInfoField,
    /// Lists of tags. If there is no tag, the array is empty by default.
    pub tags: Vec<serde_json::Value>,
    /// Resource name. This parameter is an empty string by default.
    pub resource_name: String,
}
/// key\_info field description
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CmkInformationKeyInfoField {
    /// CMK ID
    pub key_id: String,
    /// User domain ID
    pub domain_id: String,
    /// Alias of a CMK
    pub key_alias: String,
    /// Region where a CMK resides
    pub realm: String,
    /// Description of a CMK
    pub key_description: String,
    /// Key generation algorithm. Possible values are as follows:
    ///
    /// - **AES\_256**
    /// - **RSA\_2048**
    /// - **RSA\_3072**
    /// - **RSA\_4096**
    /// - **EC\_P256**
    /// - **EC\_P384**
    /// - **HMAC\_256**
    /// - **HMAC\_384**
    /// - **HMAC\_512**
    pub key_spec: String,
    /// Key usage. Possible values are as follows:
    ///
    /// - **ENCRYPT\_DECRYPT**
    /// - **SIGN\_VERIFY**
    /// - **GENERATE\_VERIFY\_MAC**
    pub key_usage: String,
    /// Time when a key is created. The value is a timestamp expressed in the number of seconds since 00:00:00 UTC on January 1, 1970.
    pub creation_date: String,
    /// Time when a key will be deleted as scheduled. The value is a timestamp expressed in the number of seconds since 00:00:00 UTC on January 1, 1970.
    pub scheduled_deletion_date: String,
    /// State of a CMK:
    ///
    /// - **1** indicates that the CMK is waiting to be activated.
    /// - **2** indicates that the CMK is enabled.
    /// - **3** indicates that the CMK is disabled.
    /// - **4** indicates that the CMK is scheduled for deletion.
    /// - **5** indicates that the CMK is waiting to be imported.
    pub key_state: String,
    /// Identification of a Master Key. The value **1** indicates a Default Master Key, and the value **0** indicates a CMK.
    pub default_key_flag: String,
    /// Type of a CMK
    pub key_type: String,
    /// Expiration time of the key material. It is expressed in the form of a time stamp, the total number of seconds since January 1, 1970.
    pub expiration_time: String,
    /// Origin of a CMK. The default value is **kms**. The following values are enumerated:
    ///
    /// - **kms** indicates that the CMK material is generated by KMS.
    /// - **external** indicates that the CMK material is imported.
    ///
    /// Default: `kms`.
    pub origin: String,
}
/// Response parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListCmkTagsResponse {
    /// list of tags, including tag keys and tag values.
    ///
    /// - **key** indicates the tag key. A CMK can have a maximum of 10 keys, and each of them is unique and cannot be empty. A key cannot have duplicate values. The value of **key** contains a maximum of 36 characters.
    /// - **value** indicates the tag value. Each tag value can contain a maximum of 43 characters. The relationship between values is **AND**.
    pub tags: Vec<serde_json::Value>,
    /// System tag list, which is the value pairs of **key** and **value**.
    ///
    /// - **key** indicates the tag key. A CMK can contain at most 10 keys, and each of them is unique and cannot be empty. A key cannot have duplicate values. The value of **key** can contain a maximum of 36 characters.
    /// - **value**: Tag value. The value can contain a maximum of 43 characters. A search result matches all the values.
    pub sys_tags: Vec<serde_json::Value>,
    /// Number of key tags. Wire name: `existTagNum`.
    #[serde(rename = "existTagNum")]
    pub exist_tag_num: i64,
}
/// Request parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListCmkGrantsRequest {
    /// 36-byte key ID that matches the regular expression **^\[0-9a-z\]\{8\}-\[0-9a-z\]\{4\}-\[0-9a-z\]\{4\}-\[0-9a-z\]\{4\}-\[0-9a-z\]\{12\}$**.
    /// For example, **0d0466b0-e727-4d9c-b35d-f84bb474a37f**
    pub key_id: String,
    /// This parameter specifies the number of entries returned. If the specified number is smaller than the actual number of existing entries, **true** will be returned for the response parameter **truncated**, indicating that the query results will be displayed in separate pages.
    /// The value is within the range of the maximum number of grants, for example, **100**.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<String>,
    /// This parameter marks the starting location in a pagination query.
    /// If the **truncated** value is **true**, you can send consecutive requests to obtain more record entries. The **marker** value must be set to the **next\_marker** value in the response, for example, **10**.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub marker: Option<String>,
    /// A 36-byte serial number of a request message.
    /// For example, **919c82d4-8046-4722-9094-35c3c6524cff**
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sequence: Option<String>,
}
/// Response parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListCmkGrantsResponse {
    /// Grant list. For details, see Table 5.
    pub grants: Vec<CmkGrantField>,
    /// This parameter indicates the **marker** value required for obtaining the next page of query results.
    /// If the **truncated** value is **false**, the **next\_marker** parameter is left blank.
    pub next_marker: String,
    /// This parameter indicates whether there are more results displayed in another page.
    ///
    /// - If the value is **true**, there are more results.
    /// - If the value is **false**, the current page is the last page.
    pub truncated: String,
    /// This parameter indicates the total number of grants.
    pub total: i64,
}
/// grants field description
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CmkGrantField {
    /// 36-byte ID of a CMK that matches the regular expression **^\[0-9a-z\]\{8\}-\[0-9a-z\]\{4\}-\[0-9a-z\]\{4\}-\[0-9a-z\]\{4\}-\[0-9a-z\]\{12\}$**
    /// Example: 0d0466b0-e727-4d9c-b35d-f84bb474a37f
    pub key_id: String,
    /// 64-byte ID of a grant that meets the regular expression **^\[A-Fa-f0-9\]\{64\}$**
    /// Example: 7c9a3286af4fcca5f0a385ad13e1d21a50e27b6dbcab50f37f30f93b8939827d
    pub grant_id: String,
    /// Indicates the ID of the authorized user. The value is between 1 to 64 bytes and meets the regular expression **"^\[a-zA-Z0-9\]\{1,64\}$"**.
    /// Example: 0d0466b00d0466b00d0466b00d0466b0
    pub grantee_principal: String,
    /// Permissions that can be granted. Values: **create-datakey**, **create-datakey-without-plaintext**, **encrypt-datakey**, **decrypt-datakey**, **describe-key**, **create-grant**, **retire-grant**
    /// **create-grant** cannot be the only value.
    pub operations: Vec<String>,
    /// Indicates the ID of the user who created the grant. The value is between 1 to 64 bytes and meets the regular expression **"^\[a-zA-Z0-9\]\{1,64\}$"**.
    /// Example: 0d0466b00d0466b00d0466b00d0466b0
    pub issuing_principal: String,
    /// Creation time. The value is a timestamp expressed in the number of seconds since 00:00:00 UTC on January 1, 1970.
    /// Example: 1497341531000
    pub creation_date: String,
    /// Name of a grant which can be 1 to 255 characters in length and matches the regular expression **^\[a-zA-Z0-9:/\_-\]\{1,255\}$**
    pub name: Option<String>,
    /// Indicates the ID of the retiring user. The value is between 1 to 64 bytes and meets the regular expression **"^\[a-zA-Z0-9\]\{1,64\}$"**.
    /// Example: 0d0466b00d0466b00d0466b00d0466b0
    pub retiring_principal: Option<String>,
}
/// Request parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ShowGrantsThatCanBeRetiredRequest {
    /// This parameter specifies the number of entries returned. If the specified number is smaller than the actual number of existing entries, **true** will be returned for the response parameter **truncated**, indicating that the query results will be displayed in separate pages.
    /// The value is within the range of the maximum number of grants, for example, **100**.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<String>,
    /// This parameter marks the starting location in a pagination query.
    /// If the **truncated** value is **true**, you can send consecutive requests to obtain more record entries. The **marker** value must be set to the **next\_marker** value in the response, for example, **10**.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub marker: Option<String>,
    /// 36-byte serial number of a request message
    /// Example: 919c82d4-8046-4722-9094-35c3c6524cff
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sequence: Option<String>,
}
/// Response parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListProjectTagsResponse {
    /// list of tags, including tag keys and tag values.
    ///
    /// - **key** indicates the tag key. A CMK can have a maximum of 10 keys, and each of them is unique and cannot be empty. A key cannot have duplicate values. The value of **key** contains a maximum of 36 characters.
    /// - **value** indicates the tag value. Each tag value can contain a maximum of 43 characters. The relationship between values is **AND**.
    pub tags: Vec<serde_json::Value>,
}
/// Request parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ShowCmkInformationRequest {
    /// The value can be a key ID, alias (**key\_alias**), or URN.
    ///
    /// - Key ID: A 36-byte string that matches the **^\[0-9a-z\]\{8\}-\[0-9a-z\]\{4\}-\[0-9a-z\]\{4\}-\[0-9a-z\]\{4\}-\[0-9a-z\]\{12\}$** regular expression, for example, **0d0466b0-e727-4d9c-b35d-f84bb474a37f**
    /// - Alias: An identifier of a key. The value starts with **alias/**, for example, **alias/4555**.
    /// - URN: Each alias automatically matches a unique URN, for example, **kms:eu-de-ring0:3ba44455500dd43127:alias:4555**.
    /// - The **alias\_urn** generated during key alias creation is the URN.
    pub key_id: String,
    /// A 36-byte serial number of a request message.
    /// For example, **919c82d4-8046-4722-9094-35c3c6524cff**
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sequence: Option<String>,
}
/// Response parameter
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ShowCmkInformationResponse {
    /// Information about keys. For details, see Table 5.
    pub key_info: Vec<CmkInformationKeyInfoField>,
}
/// Request parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListCmKsRequest {
    /// This parameter specifies the number of entries returned. If the specified number is smaller than the actual number of existing entries, **true** will be returned for the response parameter **truncated**, indicating that the query results will be displayed in separate pages. The value is within the range of the maximum number of CMKs, for example, **100**.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<String>,
    /// This parameter marks the starting location in a pagination query. If the **truncated** value is **true**, you can send consecutive requests to obtain more record entries. The **marker** value must be set to the **next\_marker** value in the response, for example, **10**.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub marker: Option<String>,
    /// State of a CMK that matches the regular expression **^\[1-5\]\{1\}$**. The following values are enumerated:
    ///
    /// - **1** indicates that the CMK is waiting to be activated.
    /// - **2** indicates that the CMK is enabled.
    /// - **3** indicates that the CMK is disabled.
    /// - **4** indicates that the CMK is scheduled for deletion.
    /// - **5** indicates that the CMK is waiting to be imported.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub key_state: Option<String>,
    /// 36-byte serial number of a request message
    /// Example: 919c82d4-8046-4722-9094-35c3c6524cff
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sequence: Option<String>,
}
/// Response parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListCmKsResponse {
    /// List of CMK IDs
    pub keys: Vec<String>,
    /// Key details list. For details, see Table 5.
    pub key_details: Vec<CmkInformationKeyInfoField>,
    /// This parameter indicates the **marker** value required for obtaining the next page of query results. If the **truncated** value is **false**, the **next\_marker** parameter is left blank.
    pub next_marker: String,
    /// Total number of keys.
    pub total: i64,
    /// This parameter indicates whether there are more results displayed in another page.
    ///
    /// - If the value is **true**, there are more results.
    /// - If the value is **false**, the current page is the last page.
    pub truncated: String,
}
/// Response parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ShowInstancesNumberResponse {
    /// Number of non-default CMKs
    pub instance_num: i64,
}
/// Response parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ShowUserQuotaResponse {
    /// Quota list. For details, see Table 4.
    pub quotas: UserQuotaField,
}
/// quotas field description
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct UserQuotaField {
    /// Resource quota list. For details, see Table 5.
    pub resources: Vec<UserQuotaResourcesField>,
}
/// resources field description
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct UserQuotaResourcesField {
    /// Quota type.
    /// Enumerated values:
    ///
    /// - **CMK** indicates a Customer Master Key.
    /// - **grant\_per\_CMK** indicates the number of grants that can be created on a CMK.
    ///
    /// Wire name: `type`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Used quota
    pub used: i64,
    /// Total quota
    pub quota: i64,
}
/// Response parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ShowCmkRotationStatusResponse {
    /// Key rotation status. The default value is **false**, indicating that key rotation is disabled. Default: `false`.
    pub key_rotation_enabled: String,
    /// Rotation interval. The value is an integer ranging from **30** to **365**.
    /// Set the interval based on how often a CMK is used. If it is frequently used, set a short interval; otherwise, set a long one.
    pub rotation_interval: i64,
    /// Last key rotation time. The value is a timestamp expressed in the number of seconds since 00:00:00 UTC on January 1, 1970.
    pub last_rotation_time: String,
    /// Number of key rotations
    pub number_of_rotations: String,
}
/// Request parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct RetiringGrantRequest {
    /// 36-byte key ID that matches the regular expression **^\[0-9a-z\]\{8\}-\[0-9a-z\]\{4\}-\[0-9a-z\]\{4\}-\[0-9a-z\]\{4\}-\[0-9a-z\]\{12\}$**.
    /// For example, **0d0466b0-e727-4d9c-b35d-f84bb474a37f**
    pub key_id: String,
    /// 64-byte ID of a grant that meets the regular expression **^\[A-Fa-f0-9\]\{64\}$**
    /// Example: 7c9a3286af4fcca5f0a385ad13e1d21a50e27b6dbcab50f37f30f93b8939827d
    pub grant_id: String,
    /// A 36-byte serial number of a request message.
    /// For example, **919c82d4-8046-4722-9094-35c3c6524cff**
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sequence: Option<String>,
}
/// Request parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ScheduleCmkDeletionRequest {
    /// 36-byte key ID that matches the regular expression **^\[0-9a-z\]\{8\}-\[0-9a-z\]\{4\}-\[0-9a-z\]\{4\}-\[0-9a-z\]\{4\}-\[0-9a-z\]\{12\}$**.
    /// For example, **0d0466b0-e727-4d9c-b35d-f84bb474a37f**
    pub key_id: String,
    /// Number of days after which a CMK is scheduled to be deleted (The value ranges from **7** to **1,096**.)
    pub pending_days: String,
    /// A 36-byte serial number of a request message.
    /// For example, **919c82d4-8046-4722-9094-35c3c6524cff**
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sequence: Option<String>,
}
/// Request body parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SignSignRequest {
    /// The value can be a key ID, alias (**key\_alias**), or URN.
    ///
    /// - Key ID: A 36-byte string that matches the **^\[0-9a-z\]\{8\}-\[0-9a-z\]\{4\}-\[0-9a-z\]\{4\}-\[0-9a-z\]\{4\}-\[0-9a-z\]\{12\}$** regular expression, for example, **0d0466b0-e727-4d9c-b35d-f84bb474a37f**
    /// - Alias: An identifier of a key. The value starts with **alias/**, for example, **alias/4555**.
    /// - URN: Each alias automatically matches a unique URN, for example, **kms:eu-de-ring0:3ba44455500dd43127:alias:4555**.
    /// - The **alias\_urn** generated during key alias creation is the URN.
    pub key_id: String,
    /// Message digest or message to be signed. The message must be encoded using Base64 and be less than 4096 bytes.
    pub message: String,
    /// Signature algorithm. Possible values are as follows:
    ///
    /// - **RSASSA\_PSS\_SHA\_256**
    /// - **RSASSA\_PSS\_SHA\_384**
    /// - **RSASSA\_PSS\_SHA\_512**
    /// - **RSASSA\_PKCS1\_V1\_5\_SHA\_256**
    /// - **RSASSA\_PKCS1\_V1\_5\_SHA\_384**
    /// - **RSASSA\_PKCS1\_V1\_5\_SHA\_512**
    /// - **ECDSA\_SHA\_256**
    /// - **ECDSA\_SHA\_384**
    /// - **ECDSA\_SHA\_512**
    pub signing_algorithm: String,
    /// Message type. The default value is **DIGEST**. Possible values are as follows:
    ///
    /// - **DIGEST** (message digest)
    /// - **RAW** (original message)
    ///
    /// Default: `DIGEST`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message_type: Option<String>,
    /// A 36-byte serial number of a request message. Example: 919c82d4-8046-4722-9094-35c3c6524cff
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sequence: Option<String>,
}
/// Response body parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SignSignResponse {
    /// CMK ID
    pub key_id: Option<String>,
    /// Signature value, which is encoded using Base64
    pub signature: Option<String>,
}
/// Response body parameter
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SignSignResponse400 {
    /// Error message.
    pub error: Option<serde_json::Value>,
}
/// ErrorDetail
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ErrorDetail {
    /// Error code
    pub error_code: Option<String>,
    /// Error information
    pub error_msg: Option<String>,
}
/// Response parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ShowApiVersionResponse {
    /// Version information. For details, see Table 3.
    pub version: Vec<ApiVersionFieldDescription>,
}
/// version field data structure description
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ApiVersionFieldDescription {
    /// Version number, for example, **v1.0**
    pub id: String,
    /// JSON object. For details, see Table 4.
    pub links: Vec<ApiVersionLinksFieldDescription>,
    /// If the APIs of this version support microversions, the supported maximum microversion is returned. If the microversion is not supported, empty character string is returned.
    pub version: String,
    /// Version status. Valid values are as follows:
    ///
    /// - **CURRENT**: widely used version
    /// - **SUPPORTED**: earlier version which is still supported
    /// - **DEPRECATED**: deprecated version which may be deleted later
    pub status: String,
    /// Version release time, which must be UTC time. For example, the release time of v1.0 is 2014-06-28T12:20:21Z.
    pub updated: String,
    /// If the APIs of this version support microversions, the supported minimum microversion is returned. If the microversion is not supported, empty character string is returned.
    pub min_version: Option<String>,
}
/// links field data structure description
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ApiVersionLinksFieldDescription {
    /// API URL
    pub href: String,
    /// The default value is **self**. Default: `self`.
    pub rel: String,
}
/// Response parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListApiVersionsResponse {
    /// Version object list. For details, see Table 2.
    pub versions: Vec<ApiVersionField>,
}
/// versions field description
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ApiVersionField {
    /// Version number, for example, **v1.0**
    pub id: String,
    /// JSON object. For details, see Table 3.
    pub links: Vec<ApiVersionLinksField>,
    /// If the APIs of this version support microversions, the supported maximum microversion is returned. If the microversion is not supported, empty character string is returned.
    pub version: String,
    /// Version status. Valid values are as follows:
    ///
    /// - **CURRENT**: widely used version
    /// - **SUPPORTED**: earlier version which is still supported
    /// - **DEPRECATED**: deprecated version which may be deleted later
    pub status: String,
    /// Version release time, which must be UTC time. For example, the release time of v1 is 2014-06-28T12:20:21Z.
    pub updated: String,
    /// If the APIs of this version support microversions, the supported minimum microversion is returned. If the microversion is not supported, empty character string is returned.
    pub min_version: Option<String>,
}
/// links field description
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ApiVersionLinksField {
    /// API URL
    pub href: String,
    /// The default value is **self**. Default: `self`.
    pub rel: String,
}
