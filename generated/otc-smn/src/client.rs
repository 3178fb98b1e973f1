use crate::operations;
/// A client for Simple Message Notification: one method per operation (see the crate docs).
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
                "https://smn.{region}.otc.t-systems.com",
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
    /// Publishing Messages in the Text Format: `POST /v2/{project_id}/notifications/topics/{topic_urn}/publish`, API version v2.
    ///
    /// API name
    ///
    /// Publish
    ///
    /// Function
    ///
    /// Publish messages in the text format to a topic. After the message ID is returned, the message has been saved and is to be pushed to the subscribers of the topic.
    pub fn publishing_messages_in_the_text_format(
        &self,
    ) -> operations::PublishingMessagesInTheTextFormat {
        operations::PublishingMessagesInTheTextFormat::new(&self.inner, None)
    }
    /// Querying Tags of a Topic: `GET /v2/{project_id}/{resource_type}/{resource_id}/tags`, API version v2.
    ///
    /// API name
    ///
    /// ListResourceTags
    ///
    /// Function
    ///
    /// Query tags of a topic.
    pub fn querying_tags_of_a_topic(&self) -> operations::QueryingTagsOfATopic {
        operations::QueryingTagsOfATopic::new(&self.inner, None)
    }
    /// Adding a Tag: `POST /v2/{project_id}/{resource_type}/{resource_id}/tags`, API version v2.
    ///
    /// API name
    ///
    /// CreateResourceTag
    ///
    /// Function
    ///
    /// You can add a maximum of 20 tags to a resource.
    ///
    /// The API is idempotent. If a to-be-created tag has the same key as an existing tag, the tag will be created and overwrite the existing one.
    pub fn adding_a_tag(&self) -> operations::AddingATag {
        operations::AddingATag::new(&self.inner, None)
    }
    /// Adding or Deleting Tags in Batches: `POST /v2/{project_id}/{resource_type}/{resource_id}/tags/action`, API version v2.
    ///
    /// API name
    ///
    /// BatchCreateOrDeleteResourceTags
    ///
    /// Function
    ///
    /// Add or delete tags for a specified topic in batches.
    ///
    /// You can add a maximum of 20 tags to a resource.
    ///
    /// The API is idempotent. When you are to create tags, if there are duplicate keys in the request body, an error is reported.
    ///
    /// If a to-be-created tag has the same key as an existing tag, the tag will be created and overwrite the existing one.
    ///
    /// When tags are being deleted and some tags do not exist, the operation is considered successful by default. The character set of the tags will not be checked.
    pub fn adding_or_deleting_tags_in_batches(
        &self,
    ) -> operations::AddingOrDeletingTagsInBatches {
        operations::AddingOrDeletingTagsInBatches::new(&self.inner, None)
    }
    /// Deleting a Tag: `DELETE /v2/{project_id}/{resource_type}/{resource_id}/tags/{key}`, API version v2.
    ///
    /// API name
    ///
    /// DeleteResourceTag
    ///
    /// Function
    ///
    /// The API is idempotent. When deleting a tag, the system does not check its character set. The tag key cannot be left blank or be an empty string. If the key of the tag to be deleted does not exist, 404 will be returned.
    pub fn deleting_a_tag(&self) -> operations::DeletingATag {
        operations::DeletingATag::new(&self.inner, None)
    }
    /// Querying Tags in a Specified Project: `GET /v2/{project_id}/{resource_type}/tags`, API version v2.
    ///
    /// API name
    ///
    /// GetProjectTags
    ///
    /// Function
    ///
    /// Query all tags of a resource type in a specified project.
    pub fn querying_tags_in_a_specified_project(
        &self,
    ) -> operations::QueryingTagsInASpecifiedProject {
        operations::QueryingTagsInASpecifiedProject::new(&self.inner, None)
    }
    /// Querying Topics by Tag: `POST /v2/{project_id}/{resource_type}/resource_instances/action`, API version v2.
    ///
    /// API name
    ///
    /// GetResourceInstances
    ///
    /// Function
    ///
    /// Query topics by tag.
    pub fn querying_topics_by_tag(&self) -> operations::QueryingTopicsByTag {
        operations::QueryingTopicsByTag::new(&self.inner, None)
    }
    /// Querying Subscriptions of a Specified Topic: `GET /v2/{project_id}/notifications/topics/{topic_urn}/subscriptions`, API version v2.
    ///
    /// API name
    ///
    /// ListSubscriptionsByTopic
    ///
    /// Function
    ///
    /// Query the list of subscriptions of a specified topic by page. The list is sorted by the subscription adding time in ascending order. You can specify **offset** and **limit**. If no subscription has been added to the topic, an empty list is returned.
    pub fn querying_subscriptions_of_a_specified_topic(
        &self,
    ) -> operations::QueryingSubscriptionsOfASpecifiedTopic {
        operations::QueryingSubscriptionsOfASpecifiedTopic::new(&self.inner, None)
    }
    /// Adding a Subscription: `POST /v2/{project_id}/notifications/topics/{topic_urn}/subscriptions`, API version v2.
    ///
    /// API name
    ///
    /// Subscribe
    ///
    /// Function
    ///
    /// Add a subscription to a specified topic. If the status of the subscription is unconfirmed, a confirmation message is sent to the subscriber. After confirming the subscription, the subscriber can receive notification messages published to the topic.
    ///
    /// By default, 10,000 subscriptions can be added to a topic. However, in a high-concurrency scenario, which is rare, extra subscriptions may be added successfully.
    ///
    /// The API is idempotent. If the added subscription already exists, a successful result and status code 200 are returned. Otherwise, the status code is 201.
    pub fn adding_a_subscription(&self) -> operations::AddingASubscription {
        operations::AddingASubscription::new(&self.inner, None)
    }
    /// Deleting a Subscription: `DELETE /v2/{project_id}/notifications/subscriptions/{subscription_urn}`, API version v2.
    ///
    /// API name
    ///
    /// Unsubscribe
    ///
    /// Function
    ///
    /// Delete a specified subscription.
    pub fn deleting_a_subscription(&self) -> operations::DeletingASubscription {
        operations::DeletingASubscription::new(&self.inner, None)
    }
    /// Querying Subscriptions: `GET /v2/{project_id}/notifications/subscriptions`, API version v2.
    ///
    /// API name
    ///
    /// ListSubscriptions
    ///
    /// Function
    ///
    /// Query the list of all subscriptions by page. The list is sorted by the subscription adding time in ascending order. When querying the subscription list by page, you can specify **offset** and **limit**. If no subscription has been added to the topic, an empty list is returned.
    pub fn querying_subscriptions(&self) -> operations::QueryingSubscriptions {
        operations::QueryingSubscriptions::new(&self.inner, None)
    }
    /// Querying Message Templates: `GET /v2/{project_id}/notifications/message_template`, API version v2.
    ///
    /// API name
    ///
    /// ListMessageTemplates
    ///
    /// Function
    ///
    /// Query the template list by page. The list is sorted by the template creation time in ascending order. You can specify **offset** and **limit**. If no template has been created, an empty list is returned. The parameters **message\_template\_name** and **protocol** are added.
    ///
    /// The template list provides only brief information. To query the template details, see Querying the Details of a Message Template.
    pub fn querying_message_templates(&self) -> operations::QueryingMessageTemplates {
        operations::QueryingMessageTemplates::new(&self.inner, None)
    }
    /// Creating a Message Template: `POST /v2/{project_id}/notifications/message_template`, API version v2.
    ///
    /// API name
    ///
    /// CreateMessageTemplate
    ///
    /// Function
    ///
    /// Create a message template for quick message sending to reduce the request data volume.
    ///
    /// By default, a user can create a maximum of 100 message templates. However, in a high-concurrency scenario, which is rare, extra templates may be successfully created.
    ///
    /// Message templates are identified by name, but you can create different templates with the same name as long as they are configured for different protocols. You must create a **Default** template with the same name as each custom template. The **Default** template is used when no specific template has been set for a given protocol. If a template is configured for a specific protocol, any subscriber who chose that protocol during subscription will receive messages using that specific template. If you create a custom template but do not create a default template with the same name, you cannot use the custom template to publish messages.
    pub fn creating_a_message_template(&self) -> operations::CreatingAMessageTemplate {
        operations::CreatingAMessageTemplate::new(&self.inner, None)
    }
    /// Querying the Details of a Message Template: `GET /v2/{project_id}/notifications/message_template/{message_template_id}`, API version v2.
    ///
    /// API name
    ///
    /// QueryMessageTemplateDetail
    ///
    /// Function
    ///
    /// Query the template details, including the template content.
    pub fn querying_the_details_of_a_message_template(
        &self,
    ) -> operations::QueryingTheDetailsOfAMessageTemplate {
        operations::QueryingTheDetailsOfAMessageTemplate::new(&self.inner, None)
    }
    /// Modifying a Message Template: `PUT /v2/{project_id}/notifications/message_template/{message_template_id}`, API version v2.
    ///
    /// API name
    ///
    /// UpdateMessageTemplate
    ///
    /// Function
    ///
    /// Modify the message template content.
    pub fn modifying_a_message_template(&self) -> operations::ModifyingAMessageTemplate {
        operations::ModifyingAMessageTemplate::new(&self.inner, None)
    }
    /// Deleting a Message Template: `DELETE /v2/{project_id}/notifications/message_template/{message_template_id}`, API version v2.
    ///
    /// API name
    ///
    /// DeleteMessageTemplate
    ///
    /// Function
    ///
    /// Delete a message template. After you delete the template, you can no longer use it to publish messages.
    pub fn deleting_a_message_template(&self) -> operations::DeletingAMessageTemplate {
        operations::DeletingAMessageTemplate::new(&self.inner, None)
    }
    /// Querying Topics: `GET /v2/{project_id}/notifications/topics`, API version v2.
    ///
    /// API name
    ///
    /// ListTopics
    ///
    /// Function
    ///
    /// Query the topics by page. The topics are sorted by the creation time in descending order. When querying the topics by page, you can specify **offset** and **limit**. If no topic has been created, an empty list is returned.
    pub fn querying_topics(&self) -> operations::QueryingTopics {
        operations::QueryingTopics::new(&self.inner, None)
    }
    /// Creating a Topic: `POST /v2/{project_id}/notifications/topics`, API version v2.
    ///
    /// API name
    ///
    /// CreateTopic
    ///
    /// Function
    ///
    /// Create a topic. Each user can create 3,000 topics at most. In the high-concurrent scenario, a user may create a few topics more than 3,000.
    ///
    /// The API is idempotent. It returns a successful result after creating a topic. If a topic of the same name already exists, the status code is 200. Otherwise, the status code is 201.
    pub fn creating_a_topic(&self) -> operations::CreatingATopic {
        operations::CreatingATopic::new(&self.inner, None)
    }
    /// Updating a Topic Policy: `PUT /v2/{project_id}/notifications/topics/{topic_urn}/attributes/{name}`, API version v2.
    ///
    /// API name
    ///
    /// UpdateTopicAttribute
    ///
    /// Function
    ///
    /// Update a topic policy.
    pub fn updating_a_topic_policy(&self) -> operations::UpdatingATopicPolicy {
        operations::UpdatingATopicPolicy::new(&self.inner, None)
    }
    /// Deleting a Specified Topic Policy: `DELETE /v2/{project_id}/notifications/topics/{topic_urn}/attributes/{name}`, API version v2.
    ///
    /// API name
    ///
    /// DeleteTopicAttributeByName
    ///
    /// Function
    ///
    /// Delete a specified topic policy.
    pub fn deleting_a_specified_topic_policy(
        &self,
    ) -> operations::DeletingASpecifiedTopicPolicy {
        operations::DeletingASpecifiedTopicPolicy::new(&self.inner, None)
    }
    /// Querying Details of a Topic: `GET /v2/{project_id}/notifications/topics/{topic_urn}`, API version v2.
    ///
    /// API name
    ///
    /// QueryTopicDetail
    ///
    /// Function
    ///
    /// Query the detailed information about a topic.
    pub fn querying_details_of_a_topic(&self) -> operations::QueryingDetailsOfATopic {
        operations::QueryingDetailsOfATopic::new(&self.inner, None)
    }
    /// Updating a Topic: `PUT /v2/{project_id}/notifications/topics/{topic_urn}`, API version v2.
    ///
    /// API name
    ///
    /// UpdateTopic
    ///
    /// Function
    ///
    /// Update the topic display name.
    pub fn updating_a_topic(&self) -> operations::UpdatingATopic {
        operations::UpdatingATopic::new(&self.inner, None)
    }
    /// Deleting a Topic: `DELETE /v2/{project_id}/notifications/topics/{topic_urn}`, API version v2.
    ///
    /// API name
    ///
    /// DeleteTopic
    ///
    /// Function
    ///
    /// Delete a topic and its subscribers. If a topic is deleted, a pending message will fail to deliver to the topic subscribers.
    pub fn deleting_a_topic(&self) -> operations::DeletingATopic {
        operations::DeletingATopic::new(&self.inner, None)
    }
    /// Querying a Topic Policy: `GET /v2/{project_id}/notifications/topics/{topic_urn}/attributes`, API version v2.
    ///
    /// API name
    ///
    /// ListTopicAttributes
    ///
    /// Function
    ///
    /// Query a topic policy.
    pub fn querying_a_topic_policy(&self) -> operations::QueryingATopicPolicy {
        operations::QueryingATopicPolicy::new(&self.inner, None)
    }
    /// Deleting All Topic Policies: `DELETE /v2/{project_id}/notifications/topics/{topic_urn}/attributes`, API version v2.
    ///
    /// API name
    ///
    /// DeleteTopicAttributes
    ///
    /// Function
    ///
    /// Delete all topic policies.
    pub fn deleting_all_topic_policies(&self) -> operations::DeletingAllTopicPolicies {
        operations::DeletingAllTopicPolicies::new(&self.inner, None)
    }
    /// Listing All SMN API Versions: `GET /`, API version unversioned.
    ///
    /// API name
    ///
    /// QueryApiSupportVersions
    ///
    /// Function
    ///
    /// List all SMN API versions.
    pub fn listing_all_smn_api_versions(&self) -> operations::ListingAllSmnApiVersions {
        operations::ListingAllSmnApiVersions::new(&self.inner, None)
    }
    /// Querying the SMN API v2 Version: `GET /{api_version}`, API version unversioned.
    ///
    /// API name
    ///
    /// QueryV2ApiInfo
    ///
    /// Function
    ///
    /// Query the SMN API v2 version information.
    pub fn querying_the_smn_api_v2_version(
        &self,
    ) -> operations::QueryingTheSmnApiV2Version {
        operations::QueryingTheSmnApiV2Version::new(&self.inner, None)
    }
}
