//! Models of Simple Message Notification (shared by every API version unless a version module has its own).
/// Parameter description
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct PublishTextFormatMessagesRequest {
    /// Message subject, which is used as the email subject when you publish email messages. The subject cannot exceed 512 characters.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub subject: Option<String>,
    /// Message content
    /// The message content must be UTF-8-coded and can be no more than 256 KB.
    /// If the subscription endpoint is a mobile number, each SMS message can contain up to 256 bytes. If you publish a message that exceeds the size limit, SMN sends it as multiple messages, each fitting within the size limit.
    pub message: String,
    /// The maximum retention period of a message in SMN
    /// After the retention period expires, SMN does not send this message. The time period is measured in seconds, and the default retention period is **3600** (one hour).
    /// The retention period must be a positive integer less than or equal to 604,800 (3600 x 24 x 7).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub time_to_live: Option<String>,
}
/// Parameter description
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct PublishTextFormatMessagesResponse {
    /// Request ID, which is unique
    pub request_id: Option<String>,
    /// Message ID, which is unique
    pub message_id: Option<String>,
}
/// Parameter description
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct PublishMessagesRequest {
    /// Message subject, which is presented as the email subject when SMN sends messages to email subscribers
    /// The message subject cannot exceed 512 bytes.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub subject: Option<String>,
    /// Message structure, which contains JSON strings
    /// **email**, **sms**, **http**, and **https** are supported.
    /// The **default** protocol is mandatory. If the system fails to match any other protocols, the default message is sent.
    /// Three message formats are supported:
    ///
    /// - message
    /// - message\_structure
    /// - message\_template\_name If the three formats are specified at the same time, they take effect in the following sequence: **message\_structure** \> **message\_template\_name** \> **message**.
    pub message_structure: String,
    /// The maximum retention period of a message in SMN
    /// After the retention period expires, SMN does not send this message.
    /// Unit: second
    /// Default retention period: **3600** (one hour)
    /// The retention period must be a positive integer less than or equal to 604,800 (3600 x 24 x 7).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub time_to_live: Option<String>,
}
/// Parameter description
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct PublishMessagesRequest2 {
    /// Message subject, which is presented as the email subject when SMN sends messages to email subscribers
    /// The message subject cannot exceed 512 bytes.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub subject: Option<String>,
    /// Message template name, which can be obtained by referring to Querying Message Templates
    /// Three message formats are supported:
    ///
    /// - message
    /// - message\_structure
    /// - message\_template\_name If the three formats are specified at the same time, they take effect in the following sequence: message\_structure\>message\_template\_name\>message
    pub message_template_name: String,
    /// Variable parameters and values **Tags** cannot be left blank. This parameter is mandatory when you use a message template to publish messages. The key in the dictionary is the parameter name in the message template and can contain a maximum of 21 characters. The value in the dictionary is the value after the key in the message template is replaced. The value cannot exceed 1 KB.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tags: Option<std::collections::BTreeMap<String, String>>,
    /// The maximum retention period of a message in SMN
    /// After the retention period expires, SMN does not send this message.
    /// Unit: second
    /// Default retention period: **3600** (one hour)
    /// The retention period must be a positive integer less than or equal to 604,800 (3600 x 24 x 7).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub time_to_live: Option<String>,
}
/// Parameter description
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AddTagRequest {
    /// Tag to be added. For details, see Table 1.
    pub tag: TagResourceTag,
}
/// Resource\_tag structure
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct TagResourceTag {
    /// The tag key.
    ///
    /// - A tag key can contain a maximum of 127 Unicode characters.
    /// - **key** cannot be left blank.
    pub key: String,
    /// The tag value.
    ///
    /// - Each value contains a maximum of 255 Unicode characters.
    pub value: String,
}
crate::support::setters!(@ model TagResourceTag new(key : String, value : String) {});
/// Parameter description
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct BatchAddOrDeleteTagsRequest {
    /// Tag list. For details, see Table 1.
    /// When you delete tags, the tag structure cannot be missing, and the key cannot be left blank or be an empty string. The system does not check the character set when deleting a tag.
    pub tags: Vec<TagResourceTag>,
    /// Operation to be performed, which can be **create** or **delete**
    pub action: String,
}
/// Parameter description
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListProjectTagsResponse {
    /// Tag list. For details, see Table 1.
    pub tags: Option<Vec<ProjectTag>>,
}
/// Tags structure
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ProjectTag {
    /// The tag key.
    ///
    /// - A tag key can contain a maximum of 127 Unicode characters.
    /// - **key** cannot be left blank.
    pub key: Option<String>,
    /// The list of tag values.
    ///
    /// - Each tag contains a maximum of 10 values.
    /// - Each value must be unique.
    /// - Each value contains a maximum of 255 Unicode characters.
    /// - If **values** is left blank, it defaults to **any\_value**.
    /// - Multiple values are linked by an OR operator, meaning only one needs to match.
    ///
    /// Documented default: `any_value`.
    pub values: Option<serde_json::Value>,
}
/// Parameter description
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListTopicTagsResponse {
    /// Tag list. For details, see Table 1.
    pub tags: Option<Vec<TopicTagResourceTag>>,
}
/// Resource\_tag structure
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct TopicTagResourceTag {
    /// The tag key.
    ///
    /// - A tag key can contain a maximum of 127 Unicode characters.
    /// - **key** cannot be left blank.
    pub key: Option<String>,
    /// The tag value.
    ///
    /// - Each value contains a maximum of 255 Unicode characters.
    pub value: Option<String>,
}
/// Parameter description
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ShowTopicsByTagRequest {
    /// Includes specified tags. For details, see Table 1.
    /// The structure body is mandatory. A maximum of 20 tag keys are allowed in each query operation. The tag key cannot be left blank or set to the empty string. Each tag key can have up to 20 tag values. Each tag key and tag values of one key must be unique. Resources identified by different keys are in AND relationship.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<TopicsByTag>>,
    /// Includes any of the specified tags. For details, see Table 1.
    /// The structure body is mandatory. A maximum of 20 tag keys are allowed in each query operation. The tag key cannot be left blank or set to the empty string. Each tag key can have up to 20 tag values. Each tag key and tag values of one key must be unique. Resources identified by different keys are in OR relationship.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tags_any: Option<Vec<TopicsByTag>>,
    /// Excludes specified tags. For details, see Table 1.
    /// The structure body is mandatory. A maximum of 20 tag keys are allowed in each query operation. The tag key cannot be left blank or set to the empty string. Each tag key can have up to 20 tag values. Each tag key and tag values of one key must be unique. Resources identified by different keys are in NAND relationship.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub not_tags: Option<Vec<TopicsByTag>>,
    /// Excludes any of the specified tags. For details, see Table 1.
    /// The structure body is mandatory. A maximum of 20 tag keys are allowed in each query operation. The tag key cannot be left blank or set to the empty string. Each tag key can have up to 20 tag values. Each tag key and tag values of one key must be unique. Resources identified by different keys are in NOR relationship.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub not_tags_any: Option<Vec<TopicsByTag>>,
    /// The maximum number of resources to be queried
    ///
    /// - If **action** is set to **count**, this parameter does not take effect.
    /// - If **action** is set to **filter**, this parameter takes effect. Its value ranges from 1 to 1000 (default).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<String>,
    /// Start location of pagination query. The query starts from the next resource of the specified location. You do not need to specify this parameter when you query resources on the first page. When you query resources on subsequent pages, set this parameter to the location returned in the response body for the previous query.
    ///
    /// - If **action** is set to **count**, this parameter does not take effect.
    /// - If **action** is set to **filter**, this parameter takes effect. Its value can be 0 (default) or a positive integer.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub offset: Option<String>,
    /// Operation to be performed. The operation can be **filter** or **count** (case-sensitive).
    /// **filter**: queries resources in pages based on filter conditions.
    /// **count**: queries the total number of resources meeting filter conditions.
    pub action: String,
    /// Key-value pair to be matched
    /// The only supported key is **resource\_name**.
    /// The value will be exactly matched.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub matches: Option<Vec<serde_json::Value>>,
}
/// Tags structure
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct TopicsByTag {
    /// The tag key.
    ///
    /// - A tag key can contain a maximum of 127 Unicode characters.
    /// - **key** cannot be left blank.
    pub key: String,
    /// The list of tag values.
    ///
    /// - Each tag contains a maximum of 10 values.
    /// - Each value must be unique.
    /// - Each value contains a maximum of 255 Unicode characters.
    /// - If **values** is left blank, it defaults to **any\_value**.
    /// - Multiple values are linked by an OR operator, meaning only one needs to match.
    pub values: Vec<String>,
}
crate::support::setters!(
    @ model TopicsByTag new(key : String, values : Vec < String >) {}
);
/// Parameter description
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ShowTopicsByTagResponse {
    /// For details, see Table 2.
    pub resources: Option<Vec<TopicsByTagResource>>,
    /// Total number of resources.
    pub total_count: Option<i64>,
}
/// Resource structure
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct TopicsByTagResource {
    /// Resource ID
    pub resource_id: Option<String>,
    /// Resource details Resource object used for extension. **resource\_detail** is left blank by default.
    /// For topic resources, the value of this field is **\{"topic\_urn":"$\{TopicUrn\}","display\_name":"display name"\}**.
    /// For other resources, the value is **null**.
    pub resource_detail: Option<serde_json::Value>,
    /// List of queried tags. If no tag is matched, an empty array is returned. For details, see Table 3.
    pub tags: Option<Vec<TopicTagResourceTag>>,
    /// Resource name
    pub resource_name: Option<String>,
}
/// Parameter description
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AddSubscriptionRequest {
    /// Message endpoint
    /// For an HTTP subscription, the endpoint starts with **<http://>**.
    /// For an HTTPS subscription, the endpoint starts with **<https://>**.
    /// For an email subscription, the endpoint is an email address.
    /// For an SMS subscription, the endpoint is a phone number.
    pub endpoint: String,
    /// Subscription protocol (Different protocols indicate different types of endpoints to receive messages.)
    /// The following protocols are supported:
    ///
    /// - **email**: The endpoints are email address.
    /// - **sms**: The endpoints are phone numbers.
    /// - **http** and **https**: The endpoints are URLs.
    pub protocol: String,
    /// Description of the subscription
    /// The remarks must be UTF-8-coded and can contain up to 128 bytes.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub remark: Option<String>,
    /// Extended information
    #[serde(skip_serializing_if = "Option::is_none")]
    pub extension: Option<Subscriptionextension>,
    /// This parameter is mandatory when subscriptions need to be created in batches. SMN allows you to create a maximum of 50 subscriptions at a time.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub subscriptions: Option<Vec<Batchaddsubscriptionsrequestbody>>,
}
/// SubscriptionExtension
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Subscriptionextension {
    /// This is an HTTP header field, which can be customized within the field range. The field content exists in the form of key/value pairs. When a topic is used to send messages, confirmed subscription messages carry the user-defined HTTP header.
    /// Header for subscriptions over HTTP or HTTPS. The header must meet the following requirements:
    /// **key** can contain letters, digits, and hyphens (-). **key** cannot end with a hyphen (-) nor contain consecutive hyphens (-).
    /// You can specify up to 10 key/value pairs.
    /// **key** must start with **x-** but not **x-smn**. Examples: **x-abc-cba** or **x-abc**.
    /// The total length of all key/value pairs cannot exceed 1,024 characters.
    /// The value is case insensitive.
    /// The key value must be unique.
    /// **value** must be an ASCII code. Unicode characters are not supported. Spaces are allowed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub header: Option<std::collections::BTreeMap<String, String>>,
}
crate::support::setters!(
    @ model Subscriptionextension { header : std::collections::BTreeMap < String, String
    > }
);
/// BatchAddSubscriptionsRequestBody
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Batchaddsubscriptionsrequestbody {
    /// Message endpoint
    /// For an HTTP subscription, the endpoint starts with **<http://>**.
    /// For an HTTPS subscription, the endpoint starts with **<https://>**.
    /// For an email subscription, the endpoint is an email address.
    /// For an SMS subscription, the endpoint is a phone number.
    pub endpoint: String,
    /// Subscription protocol (Different protocols indicate different types of endpoints to receive messages.)
    /// The following protocols are supported:
    ///
    /// - **email**: The endpoints are email address.
    /// - **sms**: The endpoints are phone numbers.
    /// - **http** and **https**: The endpoints are URLs.
    pub protocol: String,
    /// Description of the subscription. The remarks must be UTF-8-coded and can contain up to 128 bytes.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub remark: Option<String>,
    /// Extended subscription information
    #[serde(skip_serializing_if = "Option::is_none")]
    pub extension: Option<Subscriptionextension>,
}
crate::support::setters!(
    @ model Batchaddsubscriptionsrequestbody new(endpoint : String, protocol : String) {
    remark : String, extension : Subscriptionextension }
);
/// Parameter description
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AddSubscriptionResponse {
    /// Request ID, which is unique
    pub request_id: Option<String>,
    /// Resource identifier of a subscription, which is unique
    pub subscription_urn: Option<String>,
}
/// Parameter description
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct DeleteSubscriptionResponse {
    /// Request ID, which is unique
    pub request_id: Option<String>,
}
/// Parameter description
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListSubscriptionsResponse {
    /// Request ID, which is unique
    pub request_id: Option<String>,
    /// Number of subscriptions
    pub subscription_count: Option<i64>,
    /// Subscription structure
    pub subscriptions: Option<Vec<Subscription>>,
}
/// Subscription structure
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Subscription {
    /// Resource identifier of a topic, which is unique
    pub topic_urn: Option<String>,
    /// Subscription protocol (Different protocols indicate different types of endpoints to receive messages.)
    /// The following protocols are supported:
    ///
    /// - **email**: The endpoints are email address.
    /// - **sms**: The endpoints are phone numbers.
    /// - **http** and **https**: The endpoints are URLs.
    pub protocol: Option<String>,
    /// Resource identifier of a subscription, which is unique
    pub subscription_urn: Option<String>,
    /// Project ID of the topic creator
    pub owner: Option<String>,
    /// Message receiving endpoint
    pub endpoint: Option<String>,
    /// Remarks
    pub remark: Option<String>,
    /// Subscription status
    ///
    /// - **0**: unconfirmed
    /// - **1**: confirmed
    /// - **3**: canceled
    pub status: Option<i64>,
}
/// Parameter description
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CreateMessageTemplateRequest {
    /// Template name
    /// Enter 1 to 64 characters, and start with a letter or digit. Only letters, digits, hyphens (-), and underscores (\_) are allowed.
    ///
    /// Length 1 to 64.
    pub message_template_name: String,
    /// Template content, which currently supports plain text only
    /// The template content cannot be left blank or larger than 256 KB.
    pub content: String,
    /// Protocol supported by the template
    /// Currently, the following protocols are supported:
    ///
    /// - **email**
    /// - **default**
    /// - **sms**
    /// - **http** and **https**
    #[serde(skip_serializing_if = "Option::is_none")]
    pub protocol: Option<String>,
}
/// Parameter description
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CreateMessageTemplateResponse {
    /// Request ID, which is unique
    pub request_id: Option<String>,
    /// Resource identifier of the template, which is unique
    pub message_template_id: Option<String>,
}
/// Parameter description
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct UpdateMessageTemplateRequest {
    /// Template content, which currently supports plain text only
    /// The template content cannot be left blank or larger than 256 KB.
    pub content: String,
}
/// Parameter description
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListMessageTemplatesResponse {
    /// Request ID, which is unique
    pub request_id: Option<String>,
    /// Number of returned templates
    pub message_template_count: Option<String>,
    /// **Message\_template** structure array
    pub message_templates: Option<Vec<MessageTemplate>>,
}
/// Message template structure
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct MessageTemplate {
    /// Template ID
    pub message_template_id: Option<String>,
    /// Template name
    pub message_template_name: Option<String>,
    /// Protocol supported by the template
    /// The following protocols are supported:
    ///
    /// - **email**
    /// - **default**
    /// - **sms**
    /// - **http** and **https**
    pub protocol: Option<String>,
    /// Variable list
    pub tag_names: Option<Vec<String>>,
    /// Time when the template was created
    /// The UTC time is in *YYYY-MM-DDTHH:MM:SSZ* format.
    pub create_time: Option<String>,
    /// Last time when the template was updated
    /// The UTC time is in *YYYY-MM-DDTHH:MM:SSZ* format.
    pub update_time: Option<String>,
}
/// Parameter description
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ShowMessageTemplateResponse {
    /// Template ID
    pub message_template_id: Option<String>,
    /// Template name
    pub message_template_name: Option<String>,
    /// Protocol supported by the template
    /// Currently, the following protocols are supported:
    ///
    /// - **email**
    /// - **default**
    /// - **sms**
    /// - **http** and **https**
    pub protocol: Option<String>,
    /// Variable list
    /// The variable name will be quoted in braces (\{\}) in the template. When you use a template to send messages, you can replace the variable with any content.
    pub tag_names: Option<String>,
    /// Time when the template was created
    /// The UTC time is in *YYYY-MM-DDTHH:MM:SSZ* format.
    pub create_time: Option<String>,
    /// Last time when the template was updated
    /// The UTC time is in *YYYY-MM-DDTHH:MM:SSZ* format.
    pub update_time: Option<String>,
    /// Template content
    pub content: Option<String>,
    /// Request ID, which is unique
    pub request_id: Option<String>,
}
/// Parameter description
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CreateTopicRequest {
    /// Name of the topic
    /// Enter 1 to 255 characters. Only letters, digits, hyphens (-), and underscores (\_) are allowed. The topic name must start with a letter or digit.
    ///
    /// Length 1 to 255.
    pub name: String,
    /// Topic display name, which is presented as the name of the email sender in email messages
    /// The display name cannot exceed 192 bytes.
    /// **display\_name** is left blank by default.
    pub display_name: String,
}
/// Parameter description
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CreateTopicResponse {
    /// Request ID, which is unique
    pub request_id: Option<String>,
    /// Unique resource ID of a topic. You can obtain it by referring to Querying Topics.
    pub topic_urn: Option<String>,
}
/// Parameter description
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ShowTopicPolicyResponse {
    /// Request ID, which is unique
    pub request_id: Option<String>,
    /// Attribute key-value pair
    /// **access\_policy**: topic access policy
    /// **introduction**: description of a topic
    pub attributes: Option<serde_json::Value>,
}
/// Parameter description
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ShowTopicResponse {
    /// Request ID, which is unique
    pub request_id: Option<String>,
    /// Name of the topic
    pub name: Option<String>,
    /// Unique resource ID of a topic. You can obtain it by referring to Querying Topics.
    pub topic_urn: Option<String>,
    /// Topic display name, which is presented as the name of the email sender in email messages
    pub display_name: Option<String>,
    /// Message pushing policy
    /// **0** indicates that the message sending fails and the message is cached in the queue. **1** indicates that the failed message is discarded.
    pub push_policy: Option<i64>,
    /// Time when the topic was created
    /// The UTC time is in *YYYY-MM-DDTHH:MM:SSZ* format.
    pub create_time: Option<String>,
    /// Time when the topic was updated
    /// The UTC time is in *YYYY-MM-DDTHH:MM:SSZ* format.
    pub update_time: Option<String>,
    /// Enterprise project ID
    pub enterprise_project_id: Option<String>,
    /// Topic ID
    pub topic_id: Option<String>,
}
/// Parameter description
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ShowTopicsResponse {
    /// Request ID, which is unique
    pub request_id: Option<String>,
    /// Number of topics in your account
    /// No matter what you have set for **offset** and **limit** in the request, this API always returns the total number of topics in your account.
    pub topic_count: Option<i64>,
    /// Topic structure array
    pub topics: Option<Vec<TopicsTopic>>,
}
/// Topic structure
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct TopicsTopic {
    /// Resource identifier of a topic, which is unique
    pub topic_urn: Option<String>,
    /// Name of the topic
    pub name: Option<String>,
    /// Topic display name, which is presented as the name of the email sender in email messages
    pub display_name: Option<String>,
    /// Message push policy
    ///
    /// - **0**: Failed messages will be saved in message queues.
    /// - **1**: Failed messages will be discarded.
    pub push_policy: Option<i64>,
    /// Enterprise project ID
    pub enterprise_project_id: Option<String>,
    /// Topic ID
    pub topic_id: Option<String>,
    /// The time when the topic was created
    /// The UTC time is in *YYYY-MM-DDTHH:MM:SSZ* format.
    pub create_time: Option<String>,
    /// The time when the topic was updated
    /// The UTC time is in *YYYY-MM-DDTHH:MM:SSZ* format.
    pub update_time: Option<String>,
}
/// Parameter description
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct UpdateTopicRequest {
    /// Topic display name, which is presented as the name of the email sender in email messages
    /// The display name cannot exceed 192 bytes.
    pub display_name: String,
}
/// Parameter description
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct UpdateTopicPolicyRequest {
    /// Topic attribute value
    ///
    /// - If you set **name** to **access\_policy**, **value** is the topic attributes, and the maximum length of **value** is 30 KB.
    /// - If you set **name** to **introduction**, **value** is the topic introduction, and the maximum length of **value** is 120 bytes. For details, see Table 1.
    pub value: String,
}
/// Topic attribute values
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct TopicPolicyTopicAttributeValue {
    /// Policy specification version. Wire name: `Version`.
    #[serde(rename = "Version")]
    pub version: Option<serde_json::Value>,
    /// Policy ID, which uniquely identifies a policy. Wire name: `Id`.
    #[serde(rename = "Id")]
    pub id: Option<serde_json::Value>,
    /// Statements used to configure a topic policy. Each topic policy may contain one or more statements. You can use statements to grant topic permissions to other users or cloud services.
    ///
    /// Wire name: `Statement`.
    #[serde(rename = "Statement")]
    pub statement: Option<serde_json::Value>,
}
/// Parameter description
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListSmnApiVersionsResponse {
    /// Version object list. For details, see Table 1.
    pub versions: Option<SmnApiVersion>,
}
/// Versions structure
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SmnApiVersion {
    /// Version number, for example, **v2**
    pub id: Option<String>,
    /// Minimum micro-version number. If the APIs do not support micro-versions, no information will be returned.
    pub min_version: Option<String>,
    /// Version status, which can be the following:
    ///
    /// - **CURRENT**: widely used version
    /// - **SUPPORTED**: earlier version that is still supported
    /// - **DEPRECATED**: deprecated version that may be deleted later
    pub status: Option<String>,
    /// Version release time, which must be UTC time. For example, the release time of v2 is 2014-06-28T12:20:21Z.
    pub updated: Option<String>,
    /// Maximum micro-version number. If the APIs do not support micro-versions, no information will be returned.
    pub version: Option<String>,
    /// URL of an API. For details, see Table 2.
    pub links: Option<Vec<SmnApiVersionLink>>,
}
/// Links structure
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SmnApiVersionLink {
    /// Shortcut link
    pub href: Option<String>,
    /// Shortcut link marker name
    pub rel: Option<String>,
}
/// Parameter in the response
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ShowSmnApiV2VersionResponse {
    /// Version information
    pub version: Option<serde_json::Value>,
}
/// Description of the version field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SmnApiV2VersionDescriptionOfTheVersionField {
    /// Version number, for example, **v2**
    pub id: Option<String>,
    /// URL of an API. For details, see Table 3.
    pub links: Option<Vec<SmnApiVersionLink>>,
    /// Minimum micro-version number. If the APIs do not support micro-versions, no information will be returned.
    pub min_version: Option<String>,
    /// Version status, which can be the following:
    ///
    /// - **CURRENT**: widely used version
    /// - **SUPPORTED**: earlier version that is still supported
    /// - **DEPRECATED**: deprecated version that may be deleted later
    pub status: Option<String>,
    /// Version release time, which must be UTC time. For example, the release time of v2 is 2014-06-28T12:20:21Z.
    pub updated: Option<String>,
    /// Maximum micro-version number. If the APIs do not support micro-versions, no information will be returned.
    pub version: Option<String>,
}
