//! Request builders, one per operation: set parameters, then `.send().await`.
use crate::support::need;
use crate::types;
use crate::support::request;
use docsdk_runtime::Result;
crate::support::builder!(
    PublishingMessagesInTheTextFormat("publishing_messages_in_the_text_format") { #[doc =
    " Project ID"] #[doc = " See Obtaining a Project ID."] #[doc = ""] #[doc =
    " Path parameter `project_id`."] project_id : String, #[doc =
    " Unique resource ID of the topic. You can obtain it by referring to Querying Topics. Path parameter `topic_urn`."]
    topic_urn : String, #[doc = " The request body."] body : serde_json::Value }
);
impl PublishingMessagesInTheTextFormat {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<serde_json::Value> {
        let request = request!(
            self, Post, "/v2/{project_id}/notifications/topics/{topic_urn}/publish"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param("topic_urn", need!(self, topic_urn)?)
            .json_body(&need!(self, body)?)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingTagsOfATopic("querying_tags_of_a_topic") { #[doc = " Project ID"] #[doc =
    " See Obtaining a Project ID."] #[doc = ""] #[doc = " Path parameter `project_id`."]
    project_id : String, #[doc = " Resource type"] #[doc =
    " Only **smn\\_topic** (topic) is supported."] #[doc = ""] #[doc =
    " Path parameter `resource_type`."] resource_type : String, #[doc = " Resource ID"]
    #[doc = " Obtain a resource ID:"] #[doc = ""] #[doc =
    " - Add **X-SMN-RESOURCEID-TYPE=name** in the request header and set the resource ID to the topic name."]
    #[doc = " - Call the API for querying topics by tag to obtain the resource ID."]
    #[doc = ""] #[doc = " Path parameter `resource_id`."] resource_id : String }
);
impl QueryingTagsOfATopic {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ListTopicTagsResponse> {
        let request = request!(
            self, Get, "/v2/{project_id}/{resource_type}/{resource_id}/tags"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param("resource_type", need!(self, resource_type)?)
            .path_param("resource_id", need!(self, resource_id)?);
        self.call.json(request).await
    }
}
crate::support::builder!(
    AddingATag("adding_a_tag") { #[doc = " Project ID"] #[doc =
    " See Obtaining a Project ID."] #[doc = ""] #[doc = " Path parameter `project_id`."]
    project_id : String, #[doc = " Resource type"] #[doc =
    " Only **smn\\_topic** (topic) is supported."] #[doc = ""] #[doc =
    " Path parameter `resource_type`."] resource_type : String, #[doc = " Resource ID"]
    #[doc = " Obtain a resource ID:"] #[doc = ""] #[doc =
    " - Add **X-SMN-RESOURCEID-TYPE=name** in the request header and set the resource ID to the topic name."]
    #[doc = " - Call the API for querying topics by tag to obtain the resource ID."]
    #[doc = ""] #[doc = " Path parameter `resource_id`."] resource_id : String, #[doc =
    " Tag to be added. For details, see Table 1."] tag : types::TagResourceTag }
);
impl AddingATag {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<()> {
        let body = types::AddTagRequest {
            tag: need!(self, tag)?,
        };
        let request = request!(
            self, Post, "/v2/{project_id}/{resource_type}/{resource_id}/tags"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param("resource_type", need!(self, resource_type)?)
            .path_param("resource_id", need!(self, resource_id)?)
            .json_body(&body)?;
        self.call.empty(request).await
    }
}
crate::support::builder!(
    AddingOrDeletingTagsInBatches("adding_or_deleting_tags_in_batches") { #[doc =
    " Project ID"] #[doc = " See Obtaining a Project ID."] #[doc = ""] #[doc =
    " Path parameter `project_id`."] project_id : String, #[doc = " Resource type"] #[doc
    = " Only **smn\\_topic** (topic) is supported."] #[doc = ""] #[doc =
    " Path parameter `resource_type`."] resource_type : String, #[doc = " Resource ID"]
    #[doc = " Obtain a resource ID:"] #[doc = ""] #[doc =
    " - Add **X-SMN-RESOURCEID-TYPE=name** in the request header and set the resource ID to the topic name."]
    #[doc = " - Call the API for querying topics by tag to obtain the resource ID."]
    #[doc = ""] #[doc = " Path parameter `resource_id`."] resource_id : String, #[doc =
    " Tag list. For details, see Table 1."] #[doc =
    " When you delete tags, the tag structure cannot be missing, and the key cannot be left blank or be an empty string. The system does not check the character set when deleting a tag."]
    tags : Vec < types::TagResourceTag >, #[doc =
    " Operation to be performed, which can be **create** or **delete**"] action : String
    }
);
impl AddingOrDeletingTagsInBatches {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<()> {
        let body = types::BatchAddOrDeleteTagsRequest {
            tags: need!(self, tags)?,
            action: need!(self, action)?,
        };
        let request = request!(
            self, Post, "/v2/{project_id}/{resource_type}/{resource_id}/tags/action"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param("resource_type", need!(self, resource_type)?)
            .path_param("resource_id", need!(self, resource_id)?)
            .json_body(&body)?;
        self.call.empty(request).await
    }
}
crate::support::builder!(
    DeletingATag("deleting_a_tag") { #[doc = " Project ID"] #[doc =
    " See Obtaining a Project ID."] #[doc = ""] #[doc = " Path parameter `project_id`."]
    project_id : String, #[doc = " Resource type"] #[doc =
    " Only **smn\\_topic** (topic) is supported."] #[doc = ""] #[doc =
    " Path parameter `resource_type`."] resource_type : String, #[doc = " Resource ID"]
    #[doc = " Obtain a resource ID:"] #[doc = ""] #[doc =
    " - Add **X-SMN-RESOURCEID-TYPE=name** in the request header and set the resource ID to the topic name."]
    #[doc = " - Call the API for querying topics by tag to obtain the resource ID."]
    #[doc = ""] #[doc = " Path parameter `resource_id`."] resource_id : String, #[doc =
    " Path parameter `key`."] key : String }
);
impl DeletingATag {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<()> {
        let request = request!(
            self, Delete, "/v2/{project_id}/{resource_type}/{resource_id}/tags/{key}"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param("resource_type", need!(self, resource_type)?)
            .path_param("resource_id", need!(self, resource_id)?)
            .path_param("key", need!(self, key)?);
        self.call.empty(request).await
    }
}
crate::support::builder!(
    QueryingTagsInASpecifiedProject("querying_tags_in_a_specified_project") { #[doc =
    " Project ID"] #[doc = " See Obtaining a Project ID."] #[doc = ""] #[doc =
    " Path parameter `project_id`."] project_id : String, #[doc = " Resource type"] #[doc
    = " Only **smn\\_topic** (topic) is supported."] #[doc = ""] #[doc =
    " Path parameter `resource_type`."] resource_type : String }
);
impl QueryingTagsInASpecifiedProject {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ListProjectTagsResponse> {
        let request = request!(self, Get, "/v2/{project_id}/{resource_type}/tags")
            .path_param("project_id", need!(self, project_id)?)
            .path_param("resource_type", need!(self, resource_type)?);
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingTopicsByTag("querying_topics_by_tag") { #[doc = " Project ID"] #[doc =
    " See Obtaining a Project ID."] #[doc = ""] #[doc = " Path parameter `project_id`."]
    project_id : String, #[doc = " Resource type"] #[doc =
    " Only **smn\\_topic** (topic) is supported."] #[doc = ""] #[doc =
    " Path parameter `resource_type`."] resource_type : String, #[doc =
    " Includes specified tags. For details, see Table 1."] #[doc =
    " The structure body is mandatory. A maximum of 20 tag keys are allowed in each query operation. The tag key cannot be left blank or set to the empty string. Each tag key can have up to 20 tag values. Each tag key and tag values of one key must be unique. Resources identified by different keys are in AND relationship."]
    tags : Vec < types::TopicsByTag >, #[doc =
    " Includes any of the specified tags. For details, see Table 1."] #[doc =
    " The structure body is mandatory. A maximum of 20 tag keys are allowed in each query operation. The tag key cannot be left blank or set to the empty string. Each tag key can have up to 20 tag values. Each tag key and tag values of one key must be unique. Resources identified by different keys are in OR relationship."]
    tags_any : Vec < types::TopicsByTag >, #[doc =
    " Excludes specified tags. For details, see Table 1."] #[doc =
    " The structure body is mandatory. A maximum of 20 tag keys are allowed in each query operation. The tag key cannot be left blank or set to the empty string. Each tag key can have up to 20 tag values. Each tag key and tag values of one key must be unique. Resources identified by different keys are in NAND relationship."]
    not_tags : Vec < types::TopicsByTag >, #[doc =
    " Excludes any of the specified tags. For details, see Table 1."] #[doc =
    " The structure body is mandatory. A maximum of 20 tag keys are allowed in each query operation. The tag key cannot be left blank or set to the empty string. Each tag key can have up to 20 tag values. Each tag key and tag values of one key must be unique. Resources identified by different keys are in NOR relationship."]
    not_tags_any : Vec < types::TopicsByTag >, #[doc =
    " The maximum number of resources to be queried"] #[doc = ""] #[doc =
    " - If **action** is set to **count**, this parameter does not take effect."] #[doc =
    " - If **action** is set to **filter**, this parameter takes effect. Its value ranges from 1 to 1000 (default)."]
    limit : String, #[doc =
    " Start location of pagination query. The query starts from the next resource of the specified location. You do not need to specify this parameter when you query resources on the first page. When you query resources on subsequent pages, set this parameter to the location returned in the response body for the previous query."]
    #[doc = ""] #[doc =
    " - If **action** is set to **count**, this parameter does not take effect."] #[doc =
    " - If **action** is set to **filter**, this parameter takes effect. Its value can be 0 (default) or a positive integer."]
    offset : String, #[doc =
    " Operation to be performed. The operation can be **filter** or **count** (case-sensitive)."]
    #[doc = " **filter**: queries resources in pages based on filter conditions."] #[doc
    = " **count**: queries the total number of resources meeting filter conditions."]
    action : String, #[doc = " Key-value pair to be matched"] #[doc =
    " The only supported key is **resource\\_name**."] #[doc =
    " The value will be exactly matched."] matches : Vec < serde_json::Value > }
);
impl QueryingTopicsByTag {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ShowTopicsByTagResponse> {
        let body = types::ShowTopicsByTagRequest {
            tags: self.tags,
            tags_any: self.tags_any,
            not_tags: self.not_tags,
            not_tags_any: self.not_tags_any,
            limit: self.limit,
            offset: self.offset,
            action: need!(self, action)?,
            matches: self.matches,
        };
        let request = request!(
            self, Post, "/v2/{project_id}/{resource_type}/resource_instances/action"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param("resource_type", need!(self, resource_type)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingSubscriptionsOfASpecifiedTopic("querying_subscriptions_of_a_specified_topic")
    { #[doc = " Project ID"] #[doc = " See Obtaining a Project ID."] #[doc = ""] #[doc =
    " Path parameter `project_id`."] project_id : String, #[doc =
    " Unique resource ID of a topic. You can obtain it by referring to Querying Topics. Path parameter `topic_urn`."]
    topic_urn : String, #[doc = " Offset"] #[doc =
    " If the offset is an integer greater than 0 but less than the number of resources, all resources after this offset will be queried. The default offset is **0**."]
    #[doc = ""] #[doc = " Query parameter `offset`."] offset : i64, #[doc =
    " - Number of resources returned on each page"] #[doc = " - Value range: 1-100"]
    #[doc = " - Commonly used numbers are **10**, **20**, and **50**."] #[doc =
    " - The default number is **100**."] #[doc = ""] #[doc =
    " Query parameter `limit`. Range 1 to 100."] limit : i64 }
);
impl QueryingSubscriptionsOfASpecifiedTopic {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ListSubscriptionsResponse> {
        let request = request!(
            self, Get, "/v2/{project_id}/notifications/topics/{topic_urn}/subscriptions"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param("topic_urn", need!(self, topic_urn)?)
            .query_opt("offset", self.offset)
            .query_opt("limit", self.limit);
        self.call.json(request).await
    }
}
crate::support::builder!(
    AddingASubscription("adding_a_subscription") { #[doc = " Project ID"] #[doc =
    " See Obtaining a Project ID."] #[doc = ""] #[doc = " Path parameter `project_id`."]
    project_id : String, #[doc =
    " Unique resource ID of a topic. You can obtain it by referring to Querying Topics. Path parameter `topic_urn`."]
    topic_urn : String, #[doc = " Message endpoint"] #[doc =
    " For an HTTP subscription, the endpoint starts with **<http://>**."] #[doc =
    " For an HTTPS subscription, the endpoint starts with **<https://>**."] #[doc =
    " For an email subscription, the endpoint is an email address."] #[doc =
    " For an SMS subscription, the endpoint is a phone number."] endpoint : String, #[doc
    =
    " Subscription protocol (Different protocols indicate different types of endpoints to receive messages.)"]
    #[doc = " The following protocols are supported:"] #[doc = ""] #[doc =
    " - **email**: The endpoints are email address."] #[doc =
    " - **sms**: The endpoints are phone numbers."] #[doc =
    " - **http** and **https**: The endpoints are URLs."] protocol : String, #[doc =
    " Description of the subscription"] #[doc =
    " The remarks must be UTF-8-coded and can contain up to 128 bytes."] remark : String,
    #[doc = " Extended information"] extension : types::Subscriptionextension, #[doc =
    " This parameter is mandatory when subscriptions need to be created in batches. SMN allows you to create a maximum of 50 subscriptions at a time."]
    subscriptions : Vec < types::Batchaddsubscriptionsrequestbody > }
);
impl AddingASubscription {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::AddSubscriptionResponse> {
        let body = types::AddSubscriptionRequest {
            endpoint: need!(self, endpoint)?,
            protocol: need!(self, protocol)?,
            remark: self.remark,
            extension: self.extension,
            subscriptions: self.subscriptions,
        };
        let request = request!(
            self, Post, "/v2/{project_id}/notifications/topics/{topic_urn}/subscriptions"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param("topic_urn", need!(self, topic_urn)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    DeletingASubscription("deleting_a_subscription") { #[doc = " Project ID"] #[doc =
    " See Obtaining a Project ID."] #[doc = ""] #[doc = " Path parameter `project_id`."]
    project_id : String, #[doc =
    " Unique resource ID of a topic. You can obtain it by referring to Querying Subscriptions. Path parameter `subscription_urn`."]
    subscription_urn : String }
);
impl DeletingASubscription {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::DeleteSubscriptionResponse> {
        let request = request!(
            self, Delete,
            "/v2/{project_id}/notifications/subscriptions/{subscription_urn}"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param("subscription_urn", need!(self, subscription_urn)?);
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingSubscriptions("querying_subscriptions") { #[doc = " Project ID"] #[doc =
    " See Obtaining a Project ID."] #[doc = ""] #[doc = " Path parameter `project_id`."]
    project_id : String, #[doc = " Offset"] #[doc =
    " If the offset is an integer greater than 0 but less than the number of resources, all resources after this offset will be queried. The default offset is **0**."]
    #[doc = ""] #[doc = " Query parameter `offset`."] offset : i64, #[doc =
    " - Value range: 1-100"] #[doc =
    " - Commonly used numbers are **10**, **20**, and **50**."] #[doc =
    " - Number of resources returned on each page The default number is **100**."] #[doc
    = ""] #[doc = " Query parameter `limit`. Range 1 to 100."] limit : i64 }
);
impl QueryingSubscriptions {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ListSubscriptionsResponse> {
        let request = request!(self, Get, "/v2/{project_id}/notifications/subscriptions")
            .path_param("project_id", need!(self, project_id)?)
            .query_opt("offset", self.offset)
            .query_opt("limit", self.limit);
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingMessageTemplates("querying_message_templates") { #[doc = " Project ID"] #[doc
    = " See Obtaining a Project ID."] #[doc = ""] #[doc =
    " Path parameter `project_id`."] project_id : String, #[doc = " Offset"] #[doc =
    " If the offset is an integer greater than 0 but less than the number of resources, all resources after this offset will be queried. The default offset is **0**."]
    #[doc = ""] #[doc = " Query parameter `offset`."] offset : i64, #[doc =
    " - Number of resources returned on each page"] #[doc = " - Value range: 1-100"]
    #[doc = " - Commonly used numbers are **10**, **20**, and **50**."] #[doc =
    " - The default number is **100**."] #[doc = ""] #[doc =
    " Query parameter `limit`. Range 1 to 100."] limit : i64, #[doc = " Template name"]
    #[doc =
    " Enter 1 to 64 characters, and start with a letter or digit. Only letters, digits, hyphens (-), and underscores (\\_) are allowed."]
    #[doc = ""] #[doc = " Query parameter `message_template_name`. Length 1 to 64."]
    message_template_name : String, #[doc = " Protocol supported by the template"] #[doc
    = " The following protocols are supported:"] #[doc = ""] #[doc = " - **email**"]
    #[doc = " - **default**"] #[doc = " - **sms**"] #[doc = " - **http** and **https**"]
    #[doc = ""] #[doc = " Query parameter `protocol`."] protocol : String }
);
impl QueryingMessageTemplates {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ListMessageTemplatesResponse> {
        let request = request!(
            self, Get, "/v2/{project_id}/notifications/message_template"
        )
            .path_param("project_id", need!(self, project_id)?)
            .query_opt("offset", self.offset)
            .query_opt("limit", self.limit)
            .query_opt("message_template_name", self.message_template_name)
            .query_opt("protocol", self.protocol);
        self.call.json(request).await
    }
}
crate::support::builder!(
    CreatingAMessageTemplate("creating_a_message_template") { #[doc = " Project ID"]
    #[doc = " See Obtaining a Project ID."] #[doc = ""] #[doc =
    " Path parameter `project_id`."] project_id : String, #[doc = " Template name"] #[doc
    =
    " Enter 1 to 64 characters, and start with a letter or digit. Only letters, digits, hyphens (-), and underscores (\\_) are allowed."]
    #[doc = ""] #[doc = " Length 1 to 64."] message_template_name : String, #[doc =
    " Template content, which currently supports plain text only"] #[doc =
    " The template content cannot be left blank or larger than 256 KB."] content :
    String, #[doc = " Protocol supported by the template"] #[doc =
    " Currently, the following protocols are supported:"] #[doc = ""] #[doc =
    " - **email**"] #[doc = " - **default**"] #[doc = " - **sms**"] #[doc =
    " - **http** and **https**"] protocol : String }
);
impl CreatingAMessageTemplate {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::CreateMessageTemplateResponse> {
        let body = types::CreateMessageTemplateRequest {
            message_template_name: need!(self, message_template_name)?,
            content: need!(self, content)?,
            protocol: self.protocol,
        };
        let request = request!(
            self, Post, "/v2/{project_id}/notifications/message_template"
        )
            .path_param("project_id", need!(self, project_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingTheDetailsOfAMessageTemplate("querying_the_details_of_a_message_template") {
    #[doc = " Project ID"] #[doc = " See Obtaining a Project ID."] #[doc = ""] #[doc =
    " Path parameter `project_id`."] project_id : String, #[doc =
    " Unique resource ID of a topic. You can obtain it by referring to Querying Message Templates. Path parameter `message_template_id`."]
    message_template_id : String }
);
impl QueryingTheDetailsOfAMessageTemplate {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ShowMessageTemplateResponse> {
        let request = request!(
            self, Get,
            "/v2/{project_id}/notifications/message_template/{message_template_id}"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param("message_template_id", need!(self, message_template_id)?);
        self.call.json(request).await
    }
}
crate::support::builder!(
    ModifyingAMessageTemplate("modifying_a_message_template") { #[doc = " Project ID"]
    #[doc = " See Obtaining a Project ID."] #[doc = ""] #[doc =
    " Path parameter `project_id`."] project_id : String, #[doc =
    " Unique resource ID of a topic. You can obtain it by referring to Querying Message Templates. Path parameter `message_template_id`."]
    message_template_id : String, #[doc =
    " Template content, which currently supports plain text only"] #[doc =
    " The template content cannot be left blank or larger than 256 KB."] content : String
    }
);
impl ModifyingAMessageTemplate {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::DeleteSubscriptionResponse> {
        let body = types::UpdateMessageTemplateRequest {
            content: need!(self, content)?,
        };
        let request = request!(
            self, Put,
            "/v2/{project_id}/notifications/message_template/{message_template_id}"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param("message_template_id", need!(self, message_template_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    DeletingAMessageTemplate("deleting_a_message_template") { #[doc = " Project ID"]
    #[doc = " See Obtaining a Project ID."] #[doc = ""] #[doc =
    " Path parameter `project_id`."] project_id : String, #[doc =
    " Unique resource ID of a topic. You can obtain it by referring to Querying Message Templates. Path parameter `message_template_id`."]
    message_template_id : String }
);
impl DeletingAMessageTemplate {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::DeleteSubscriptionResponse> {
        let request = request!(
            self, Delete,
            "/v2/{project_id}/notifications/message_template/{message_template_id}"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param("message_template_id", need!(self, message_template_id)?);
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingTopics("querying_topics") { #[doc = " Project ID"] #[doc =
    " See Obtaining a Project ID."] #[doc = ""] #[doc = " Path parameter `project_id`."]
    project_id : String, #[doc = " Offset"] #[doc =
    " If the offset is an integer greater than 0 but less than the number of resources, all resources after this offset will be queried. The default offset is **0**."]
    #[doc = ""] #[doc = " Query parameter `offset`."] offset : i64, #[doc =
    " The maximum number of records return on each page"] #[doc = " Value range: 1-100"]
    #[doc = " Common values: **10**, **20**, and **50**"] #[doc =
    " Default value: **100**"] #[doc = ""] #[doc =
    " Query parameter `limit`. Default: `100`. Range 1 to 100."] limit : i64, #[doc =
    " The ID of the topic to be searched for, which is fully matched. Query parameter `topic_id`."]
    topic_id : String }
);
impl QueryingTopics {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ShowTopicsResponse> {
        let request = request!(self, Get, "/v2/{project_id}/notifications/topics")
            .path_param("project_id", need!(self, project_id)?)
            .query_opt("offset", self.offset)
            .query_opt("limit", self.limit)
            .query_opt("topic_id", self.topic_id);
        self.call.json(request).await
    }
}
crate::support::builder!(
    CreatingATopic("creating_a_topic") { #[doc = " Project ID"] #[doc =
    " See Obtaining a Project ID."] #[doc = ""] #[doc = " Path parameter `project_id`."]
    project_id : String, #[doc = " Name of the topic"] #[doc =
    " Enter 1 to 255 characters. Only letters, digits, hyphens (-), and underscores (\\_) are allowed. The topic name must start with a letter or digit."]
    #[doc = ""] #[doc = " Length 1 to 255."] name : String, #[doc =
    " Topic display name, which is presented as the name of the email sender in email messages"]
    #[doc = " The display name cannot exceed 192 bytes."] #[doc =
    " **display\\_name** is left blank by default."] display_name : String }
);
impl CreatingATopic {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::CreateTopicResponse> {
        let body = types::CreateTopicRequest {
            name: need!(self, name)?,
            display_name: need!(self, display_name)?,
        };
        let request = request!(self, Post, "/v2/{project_id}/notifications/topics")
            .path_param("project_id", need!(self, project_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    UpdatingATopicPolicy("updating_a_topic_policy") { #[doc = " Project ID"] #[doc =
    " See Obtaining a Project ID."] #[doc = ""] #[doc = " Path parameter `project_id`."]
    project_id : String, #[doc =
    " Unique resource ID of a topic. You can obtain it by referring to Querying Topics. Path parameter `topic_urn`."]
    topic_urn : String, #[doc = " Specifies the policy name."] #[doc =
    " Only specified policy names are supported. For details, see Topic Attribute List."]
    #[doc = ""] #[doc = " Path parameter `name`."] name : String, #[doc =
    " Topic attribute value"] #[doc = ""] #[doc =
    " - If you set **name** to **access\\_policy**, **value** is the topic attributes, and the maximum length of **value** is 30 KB."]
    #[doc =
    " - If you set **name** to **introduction**, **value** is the topic introduction, and the maximum length of **value** is 120 bytes. For details, see Table 1."]
    value : String }
);
impl UpdatingATopicPolicy {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::DeleteSubscriptionResponse> {
        let body = types::UpdateTopicPolicyRequest {
            value: need!(self, value)?,
        };
        let request = request!(
            self, Put,
            "/v2/{project_id}/notifications/topics/{topic_urn}/attributes/{name}"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param("topic_urn", need!(self, topic_urn)?)
            .path_param("name", need!(self, name)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    DeletingASpecifiedTopicPolicy("deleting_a_specified_topic_policy") { #[doc =
    " Project ID"] #[doc = " See Obtaining a Project ID."] #[doc = ""] #[doc =
    " Path parameter `project_id`."] project_id : String, #[doc =
    " Unique resource ID of a topic. You can obtain it by referring to Querying Topics. Path parameter `topic_urn`."]
    topic_urn : String, #[doc = " Attribute name"] #[doc =
    " Only specified attribute names are supported. For details, see Topic Attribute List."]
    #[doc = ""] #[doc = " Path parameter `name`."] name : String }
);
impl DeletingASpecifiedTopicPolicy {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::DeleteSubscriptionResponse> {
        let request = request!(
            self, Delete,
            "/v2/{project_id}/notifications/topics/{topic_urn}/attributes/{name}"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param("topic_urn", need!(self, topic_urn)?)
            .path_param("name", need!(self, name)?);
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingDetailsOfATopic("querying_details_of_a_topic") { #[doc = " Project ID"] #[doc
    = " See Obtaining a Project ID."] #[doc = ""] #[doc =
    " Path parameter `project_id`."] project_id : String, #[doc =
    " Unique resource ID of a topic. You can obtain it by referring to Querying Topics. Path parameter `topic_urn`."]
    topic_urn : String }
);
impl QueryingDetailsOfATopic {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ShowTopicResponse> {
        let request = request!(
            self, Get, "/v2/{project_id}/notifications/topics/{topic_urn}"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param("topic_urn", need!(self, topic_urn)?);
        self.call.json(request).await
    }
}
crate::support::builder!(
    UpdatingATopic("updating_a_topic") { #[doc = " Project ID"] #[doc =
    " See Obtaining a Project ID."] #[doc = ""] #[doc = " Path parameter `project_id`."]
    project_id : String, #[doc =
    " Unique resource ID of a topic. You can obtain it by referring to Querying Topics. Path parameter `topic_urn`."]
    topic_urn : String, #[doc =
    " Topic display name, which is presented as the name of the email sender in email messages"]
    #[doc = " The display name cannot exceed 192 bytes."] display_name : String }
);
impl UpdatingATopic {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::DeleteSubscriptionResponse> {
        let body = types::UpdateTopicRequest {
            display_name: need!(self, display_name)?,
        };
        let request = request!(
            self, Put, "/v2/{project_id}/notifications/topics/{topic_urn}"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param("topic_urn", need!(self, topic_urn)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    DeletingATopic("deleting_a_topic") { #[doc = " Project ID"] #[doc =
    " See Obtaining a Project ID."] #[doc = ""] #[doc = " Path parameter `project_id`."]
    project_id : String, #[doc =
    " Unique resource ID of a topic. You can obtain it by referring to Querying Topics. Path parameter `topic_urn`."]
    topic_urn : String }
);
impl DeletingATopic {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::DeleteSubscriptionResponse> {
        let request = request!(
            self, Delete, "/v2/{project_id}/notifications/topics/{topic_urn}"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param("topic_urn", need!(self, topic_urn)?);
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingATopicPolicy("querying_a_topic_policy") { #[doc = " Project ID"] #[doc =
    " See Obtaining a Project ID."] #[doc = ""] #[doc = " Path parameter `project_id`."]
    project_id : String, #[doc =
    " Unique resource ID of a topic. You can obtain it by referring to Querying Topics. Path parameter `topic_urn`."]
    topic_urn : String, #[doc = " Specifies the policy name."] #[doc =
    " Only specified policy names are supported. For details, see Topic Attribute List."]
    #[doc = ""] #[doc = " Query parameter `name`."] name : String }
);
impl QueryingATopicPolicy {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ShowTopicPolicyResponse> {
        let request = request!(
            self, Get, "/v2/{project_id}/notifications/topics/{topic_urn}/attributes"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param("topic_urn", need!(self, topic_urn)?)
            .query_opt("name", self.name);
        self.call.json(request).await
    }
}
crate::support::builder!(
    DeletingAllTopicPolicies("deleting_all_topic_policies") { #[doc = " Project ID"]
    #[doc = " See Obtaining a Project ID."] #[doc = ""] #[doc =
    " Path parameter `project_id`."] project_id : String, #[doc =
    " Unique resource ID of a topic. You can obtain it by referring to Querying Topics. Path parameter `topic_urn`."]
    topic_urn : String }
);
impl DeletingAllTopicPolicies {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::DeleteSubscriptionResponse> {
        let request = request!(
            self, Delete, "/v2/{project_id}/notifications/topics/{topic_urn}/attributes"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param("topic_urn", need!(self, topic_urn)?);
        self.call.json(request).await
    }
}
crate::support::builder!(ListingAllSmnApiVersions("listing_all_smn_api_versions") {});
impl ListingAllSmnApiVersions {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ListSmnApiVersionsResponse> {
        let request = request!(self, Get, "/");
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingTheSmnApiV2Version("querying_the_smn_api_v2_version") { #[doc =
    " Version to be queried"] #[doc = " Currently, only **v2** is supported."] #[doc =
    ""] #[doc = " Path parameter `api_version`."] api_version : String }
);
impl QueryingTheSmnApiV2Version {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ShowSmnApiV2VersionResponse> {
        let request = request!(self, Get, "/{api_version}")
            .path_param("api_version", need!(self, api_version)?);
        self.call.json(request).await
    }
}
