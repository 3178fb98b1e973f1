use crate::operations;
/// A client for Auto Scaling: one method per operation (see the crate docs).
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
                "https://as.{region}.otc.t-systems.com",
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
    /// Querying AS Policies (V2): `GET /autoscaling-api/v2/{project_id}/scaling_policy`, API version v2.
    ///
    /// This API is used to query all AS policies for a tenant based on search criteria. The results are displayed by page.
    ///
    /// Search criteria can be the AS resource ID, AS resource type, AS policy name, AS policy ID, alarm ID, start line number, number of records, and sorting method.
    ///
    /// If no search criteria are specified, a maximum of 20 AS policies can be queried for a tenant by default.
    ///
    /// The bandwidth scaling policy configured for a released EIP still occupies the quota of bandwidth scaling policy. The policy is only visible to the account and its IAM users with the global permissions.
    pub fn querying_as_policies_v2(&self) -> operations::QueryingAsPoliciesV2 {
        operations::QueryingAsPoliciesV2::new(&self.inner, None)
    }
    /// Creating an AS Policy (V2): `POST /autoscaling-api/v2/{project_id}/scaling_policy`, API version v2.
    ///
    /// This API is used to create an AS policy for an AS group or bandwidth.
    ///
    /// The difference between the V2 and V1 APIs for creating an AS policy is that V2 supports creating an AS policy for adjusting bandwidth and differentiating scaling resources by their types.
    pub fn creating_an_as_policy_v2(&self) -> operations::CreatingAnAsPolicyV2 {
        operations::CreatingAnAsPolicyV2::new(&self.inner, None)
    }
    /// Querying an AS Policy (V2): `GET /autoscaling-api/v2/{project_id}/scaling_policy/{scaling_policy_id}`, API version v2.
    ///
    /// This API is used to query details about a specified AS policy by policy ID.
    ///
    /// The difference between the V2 and V1 APIs for querying details of an AS policy is that V2 contains scaling resource types in response messages.
    pub fn querying_an_as_policy_v2(&self) -> operations::QueryingAnAsPolicyV2 {
        operations::QueryingAnAsPolicyV2::new(&self.inner, None)
    }
    /// Modifying an AS Policy (V2): `PUT /autoscaling-api/v2/{project_id}/scaling_policy/{scaling_policy_id}`, API version v2.
    ///
    /// This API is used to modify a specified AS policy.
    ///
    /// The difference between the V2 and V1 APIs for modifying an AS policy is that V2 supports modifying a scaling resource type.
    pub fn modifying_an_as_policy_v2(&self) -> operations::ModifyingAnAsPolicyV2 {
        operations::ModifyingAnAsPolicyV2::new(&self.inner, None)
    }
    /// Querying AS Policies Bound to a Scaling Resource (V2): `GET /autoscaling-api/v2/{project_id}/scaling_policy/{scaling_resource_id}/list`, API version v2.
    ///
    /// This API is used to query AS policies based on search criteria. The results are displayed by page.
    ///
    /// The difference between the V2 and V1 APIs for querying AS policies is that V2 contains scaling resource types in response messages.
    ///
    /// Search criteria can be the AS policy name, policy type, policy ID, start line number, and number of records.
    ///
    /// If no search criteria are specified, a maximum of 20 AS policies for specified resources can be queried for a tenant by default.
    pub fn querying_as_policies_bound_to_a_scaling_resource_v2(
        &self,
    ) -> operations::QueryingAsPoliciesBoundToAScalingResourceV2 {
        operations::QueryingAsPoliciesBoundToAScalingResourceV2::new(&self.inner, None)
    }
    /// Querying Scaling Action Logs (V2): `GET /autoscaling-api/v2/{project_id}/scaling_activity_log/{scaling_group_id}`, API version v2.
    ///
    /// This API is used to query scaling action logs based on search criteria. The scaling actions include increasing instances and migrating instances to balance load. The results are displayed by page.
    ///
    /// The difference between the V2 and V1 APIs for querying scaling action logs is that V2 displays more detailed action logs, such as ELB migration logs.
    ///
    /// Search criteria can be the start time, end time, start line number, number of records, and scaling action type.
    ///
    /// If no search criteria are specified, a maximum of 20 scaling action logs can be queried by default.
    pub fn querying_scaling_action_logs_v2(
        &self,
    ) -> operations::QueryingScalingActionLogsV2 {
        operations::QueryingScalingActionLogsV2::new(&self.inner, None)
    }
    /// Batch Deleting AS Configurations: `POST /autoscaling-api/v1/{project_id}/scaling_configurations`, API version v1.
    ///
    /// This interface is used to batch delete AS configurations.
    ///
    /// AS configurations used by AS groups cannot be deleted.
    ///
    /// A maximum of 50 AS configurations can be deleted at a time.
    pub fn batch_deleting_as_configurations(
        &self,
    ) -> operations::BatchDeletingAsConfigurations {
        operations::BatchDeletingAsConfigurations::new(&self.inner, None)
    }
    /// Querying AS configurations: `GET /autoscaling-api/v1/{project_id}/scaling_configuration`, API version v1.
    ///
    /// This API is used to query AS configurations based on search criteria. The results are displayed by page.
    ///
    /// Search criteria can be the AS configuration name, image ID, start line number, and number of records.
    ///
    /// If no search criteria are specified, a maximum of 20 AS configurations can be queried for a tenant by default.
    pub fn querying_as_configurations(&self) -> operations::QueryingAsConfigurations {
        operations::QueryingAsConfigurations::new(&self.inner, None)
    }
    /// Creating an AS Configuration: `POST /autoscaling-api/v1/{project_id}/scaling_configuration`, API version v1.
    ///
    /// This API is used to create an AS configuration.
    ///
    /// An AS configuration is a template specifying specifications for the instances to be added to an AS group.
    ///
    /// The AS configuration is decoupled from the AS group. An AS configuration can be used by multiple AS groups.
    ///
    /// Up to 100 AS configurations can be created for each user.
    pub fn creating_an_as_configuration(&self) -> operations::CreatingAnAsConfiguration {
        operations::CreatingAnAsConfiguration::new(&self.inner, None)
    }
    /// Querying an AS Configuration: `GET /autoscaling-api/v1/{project_id}/scaling_configuration/{scaling_configuration_id}`, API version v1.
    ///
    /// This interface is used to query details about an AS configuration by configuration ID.
    pub fn querying_an_as_configuration(&self) -> operations::QueryingAnAsConfiguration {
        operations::QueryingAnAsConfiguration::new(&self.inner, None)
    }
    /// Deleting an AS Configuration: `DELETE /autoscaling-api/v1/{project_id}/scaling_configuration/{scaling_configuration_id}`, API version v1.
    ///
    /// This interface is used to delete a specified AS configuration.
    ///
    /// AS configurations used by AS groups cannot be deleted.
    pub fn deleting_an_as_configuration(&self) -> operations::DeletingAnAsConfiguration {
        operations::DeletingAnAsConfiguration::new(&self.inner, None)
    }
    /// Querying AS Groups: `GET /autoscaling-api/v1/{project_id}/scaling_group`, API version v1.
    ///
    /// This API is used to list AS groups based on search criteria. The results are displayed by page.
    ///
    /// Search criteria can be the AS group name, AS configuration ID, AS group status, start line number, and number of records.
    ///
    /// If no search criteria are specified, a maximum of 20 AS groups can be listed by default.
    pub fn querying_as_groups(&self) -> operations::QueryingAsGroups {
        operations::QueryingAsGroups::new(&self.inner, None)
    }
    /// Creating an AS Group: `POST /autoscaling-api/v1/{project_id}/scaling_group`, API version v1.
    ///
    /// An AS group is a collection of instances that are used in the same scenario. It is the basis for enabling or disabling AS policies and performing scaling actions. An AS group specifies parameters, such as the maximum number of instances, expected number of instances, minimum number of instances, VPC, subnet, and load balance settings.
    ///
    /// Each account can create a maximum of 25 AS groups by default.
    ///
    /// If a load balancer is associated with an AS group, AS automatically associates the load balancer with or dissociates the load balancer from instances when the instances are added to or removed from the AS group.
    ///
    /// If ELB health check is enabled for an AS group, the instances in the AS group must use all the listening ports of each load balancer for health check. You can configure these ports in the security group of the instances.
    pub fn creating_an_as_group(&self) -> operations::CreatingAnAsGroup {
        operations::CreatingAnAsGroup::new(&self.inner, None)
    }
    /// Querying an AS Group: `GET /autoscaling-api/v1/{project_id}/scaling_group/{scaling_group_id}`, API version v1.
    ///
    /// This API is used to query details about a specified AS group by group ID.
    pub fn querying_an_as_group(&self) -> operations::QueryingAnAsGroup {
        operations::QueryingAnAsGroup::new(&self.inner, None)
    }
    /// Modifying an AS Group: `PUT /autoscaling-api/v1/{project_id}/scaling_group/{scaling_group_id}`, API version v1.
    ///
    /// This API is used to modify a specified AS group.
    ///
    /// When the AS configuration of an AS group is changed, the existing instances created using the original AS configuration are not affected.
    ///
    /// If no scaling action is being performed, you can modify its subnet and AZ configurations.
    ///
    /// Changing the number of expected instances in an AS group will trigger a scaling action to add or remove instances to or from the AS group. The number of expected instances must be greater than or equal to the minimum number of instances and less than or equal to the maximum number of instances.
    pub fn modifying_an_as_group(&self) -> operations::ModifyingAnAsGroup {
        operations::ModifyingAnAsGroup::new(&self.inner, None)
    }
    /// Deleting an AS Group: `DELETE /autoscaling-api/v1/{project_id}/scaling_group/{scaling_group_id}`, API version v1.
    ///
    /// This interface is used to delete a specified AS group.
    ///
    /// **force\_delete** specifies whether to forcibly delete an AS group, remove the ECS instances and release them when the AS group is running instances or performing scaling actions. By default, its value is **no**, which means not to forcibly delete the AS group.
    ///
    /// If the value of **force\_delete** is set to **no**, the AS group can be deleted only when both the following conditions are met:
    ///
    /// The AS group is performing no scaling action.
    ///
    /// The number of running ECS instances (**current\_instance\_number**) is **0**.
    ///
    /// If the value of **force\_delete** is set to **yes**, the AS group enters the **DELETING** state, rejecting new requests for scaling actions while completing the existing scaling actions. Then, all ECS instances are removed from the AS group and the AS group is deleted. Note that the manually added ECS instances will be removed from the AS group and the ECS instances automatically created by AS will be automatically deleted.
    ///
    /// Forcibly deleting an AS group may not delete ECS instances in the group.
    pub fn deleting_an_as_group(&self) -> operations::DeletingAnAsGroup {
        operations::DeletingAnAsGroup::new(&self.inner, None)
    }
    /// Enabling or Disabling an AS Group: `POST /autoscaling-api/v1/{project_id}/scaling_group/{scaling_group_id}/action`, API version v1.
    ///
    /// This interface is used to enable or disable a specified AS group.
    ///
    /// For a disabled AS group, AS does not automatically trigger any scaling actions. When an AS group has an in-progress scaling action, the scaling action does not stop immediately after the AS group is disabled.
    pub fn enabling_or_disabling_an_as_group(
        &self,
    ) -> operations::EnablingOrDisablingAnAsGroup {
        operations::EnablingOrDisablingAnAsGroup::new(&self.inner, None)
    }
    /// Batch Managing AS Policies: `POST /autoscaling-api/v1/{project_id}/scaling_policies/action`, API version v1.
    ///
    /// This interface is used to enable, disable, or delete AS policies in batches.
    ///
    /// A batch operation can be performed on a maximum of 20 AS policies at a time.
    pub fn batch_managing_as_policies(&self) -> operations::BatchManagingAsPolicies {
        operations::BatchManagingAsPolicies::new(&self.inner, None)
    }
    /// Creating an AS Policy: `POST /autoscaling-api/v1/{project_id}/scaling_policy`, API version v1.
    ///
    /// This API is used to create an AS policy.
    ///
    /// An AS policy defines whether to increase or decrease the number of instances in an AS group. If the number and the expected number of instances in an AS group are different due to the execution of the AS policy, AS automatically adjusts the number of instances to the expected.
    ///
    /// AS supports the following policies: alarm-triggered policy, periodic policy, and scheduled policy.
    ///
    /// In the execution of the AS policy, you can set the number of instances to be scaled or perform a scaling action according to a percentage specified in the AS policy.
    pub fn creating_an_as_policy(&self) -> operations::CreatingAnAsPolicy {
        operations::CreatingAnAsPolicy::new(&self.inner, None)
    }
    /// Querying an AS Policy: `GET /autoscaling-api/v1/{project_id}/scaling_policy/{scaling_policy_id}`, API version v1.
    ///
    /// This API is used to query details about a specified AS policy by policy ID.
    pub fn querying_an_as_policy(&self) -> operations::QueryingAnAsPolicy {
        operations::QueryingAnAsPolicy::new(&self.inner, None)
    }
    /// Modifying an AS Policy: `PUT /autoscaling-api/v1/{project_id}/scaling_policy/{scaling_policy_id}`, API version v1.
    ///
    /// This API is used to modify a specified AS policy.
    pub fn modifying_an_as_policy(&self) -> operations::ModifyingAnAsPolicy {
        operations::ModifyingAnAsPolicy::new(&self.inner, None)
    }
    /// Deleting an AS Policy: `DELETE /autoscaling-api/v1/{project_id}/scaling_policy/{scaling_policy_id}`, API version v1.
    ///
    /// This interface is used to delete a specified AS policy.
    pub fn deleting_an_as_policy(&self) -> operations::DeletingAnAsPolicy {
        operations::DeletingAnAsPolicy::new(&self.inner, None)
    }
    /// Executing, Enabling, or Disabling an AS Policy: `POST /autoscaling-api/v1/{project_id}/scaling_policy/{scaling_policy_id}/action`, API version v1.
    ///
    /// This interface is used to immediately execute, enable, or disable a specified AS policy.
    ///
    /// An AS policy can be executed only when the AS group and AS policy are in the **INSERVICE** state. Otherwise, the execution fails.
    pub fn executing_enabling_or_disabling_an_as_policy(
        &self,
    ) -> operations::ExecutingEnablingOrDisablingAnAsPolicy {
        operations::ExecutingEnablingOrDisablingAnAsPolicy::new(&self.inner, None)
    }
    /// Querying AS Policies Bound to an AS Group: `GET /autoscaling-api/v1/{project_id}/scaling_policy/{scaling_group_id}/list`, API version v1.
    ///
    /// This API is used to query AS policies based on search criteria. The results are displayed by page.
    ///
    /// Search criteria can be the AS policy name, policy type, policy ID, start line number, and number of records.
    ///
    /// If no search criteria are specified, a maximum of 20 AS policies for a specified AS group can be queried for a tenant by default.
    pub fn querying_as_policies_bound_to_an_as_group(
        &self,
    ) -> operations::QueryingAsPoliciesBoundToAnAsGroup {
        operations::QueryingAsPoliciesBoundToAnAsGroup::new(&self.inner, None)
    }
    /// Querying AS Policy Execution Logs: `GET /autoscaling-api/v1/{project_id}/scaling_policy_execute_log/{scaling_policy_id}`, API version v1.
    ///
    /// This API is used to query the historical records of AS policy execution based on search criteria. The results are displayed by page.
    ///
    /// Search criteria can be the log ID, AS resource type, AS resource ID, policy execution type, start time, end time, start line number, and number of records.
    ///
    /// If no search criteria are specified, a maximum of 20 AS policy execution logs can be queried by default.
    pub fn querying_as_policy_execution_logs(
        &self,
    ) -> operations::QueryingAsPolicyExecutionLogs {
        operations::QueryingAsPolicyExecutionLogs::new(&self.inner, None)
    }
    /// Batch Managing Instances: `POST /autoscaling-api/v1/{project_id}/scaling_group_instance/{scaling_group_id}/action`, API version v1.
    ///
    /// Add or remove instances to or from an AS group in batches.
    ///
    /// If the instances were manually added to an AS group, they are removed from the AS group but are not deleted.
    ///
    /// Configure instance protection or cancel the configuration for the instances in an AS group in batches.
    ///
    /// A batch operation can be performed on a maximum of 10 instances at a time. After instances are added to an AS group, the number of instances in the AS group cannot be greater than the maximum number of instances. After instances are removed from an AS group, the number of instances in the AS group cannot be less than the minimum number of instances.
    ///
    /// Instances can be added to an AS group only when the AS group is in the **INSERVICE** state and has no scaling action in progress.
    ///
    /// You can remove instances from an AS group only when no scaling action is in progress.
    ///
    /// To add instances to an AS group, ensure that the AZ of the instances falls within that of the AS group.
    ///
    /// Only instances in **INSERVICE** state can be removed from an AS group. Instance protection can be enabled or disabled only for **INSERVICE** instances.
    ///
    /// When the capacity of an AS group is automatically decreased, the instances with instance protection enabled will not be removed from the AS group.
    ///
    /// If the listener bound to the instance to be removed is the same as the listener in the AS group, the listener will be unbound from the instance. If the listener bound to the instance to be removed is different from the listener in the AS group, the binding relationship between the listener and instance will be reserved.
    pub fn batch_managing_instances(&self) -> operations::BatchManagingInstances {
        operations::BatchManagingInstances::new(&self.inner, None)
    }
    /// Querying Instances in an AS Group: `GET /autoscaling-api/v1/{project_id}/scaling_group_instance/{scaling_group_id}/list`, API version v1.
    ///
    /// This API is used to query instances in an AS group based on search criteria. The results are displayed by page.
    ///
    /// Search criteria can be the instance lifecycle status, instance health status, instance protection status, start line number, and number of records in the AS group.
    ///
    /// If no search criteria are specified, a maximum of 20 instances in an AS group can be queried by default.
    pub fn querying_instances_in_an_as_group(
        &self,
    ) -> operations::QueryingInstancesInAnAsGroup {
        operations::QueryingInstancesInAnAsGroup::new(&self.inner, None)
    }
    /// Removing an Instance from an AS Group: `DELETE /autoscaling-api/v1/{project_id}/scaling_group_instance/{instance_id}`, API version v1.
    ///
    /// This interface is used to remove a specified instance from an AS group.
    ///
    /// You can remove instances only in **INSERVICE** state and only when the number of instances after the removal is greater than or equal to the minimum number of instances allowed.
    ///
    /// You can remove instances from an AS group only when no scaling action is in progress.
    ///
    /// Manually added instances are removed from an AS group but are not deleted.
    pub fn removing_an_instance_from_an_as_group(
        &self,
    ) -> operations::RemovingAnInstanceFromAnAsGroup {
        operations::RemovingAnInstanceFromAnAsGroup::new(&self.inner, None)
    }
    /// Calling Back a Lifecycle Hook: `PUT /autoscaling-api/v1/{project_id}/scaling_instance_hook/{scaling_group_id}/callback`, API version v1.
    ///
    /// This interface is used to call back the lifecycle hook specified by a scaling instance based on the lifecycle action key or based on the instance ID and lifecycle hook name.
    ///
    /// If you have completed customized operations before the timeout duration expires, you can terminate or continue the lifecycle operations.
    ///
    /// If you require more time to complete your custom operations, extend the timeout duration to enable the instance to remain in a wait state for an additional hour.
    ///
    /// The callback operation can be performed only when the lifecycle hook of the target instance is in **HANGING** state.
    pub fn calling_back_a_lifecycle_hook(
        &self,
    ) -> operations::CallingBackALifecycleHook {
        operations::CallingBackALifecycleHook::new(&self.inner, None)
    }
    /// Creating a Lifecycle Hook: `POST /autoscaling-api/v1/{project_id}/scaling_lifecycle_hook/{scaling_group_id}`, API version v1.
    ///
    /// This interface is used to create a lifecycle hook for an AS group. Up to five lifecycle hooks can be created for one AS group.
    ///
    /// After the creation, when the AS group is resized, the lifecycle hook suspends the involved instance and puts it to a **Wait (Adding to AS group)** or **Wait (Removing from AS group)** status. This status is retained until the timeout duration ends or you manually perform a callback.
    ///
    /// During the instance waiting duration, you can perform customized operations. For example, you can install or configure software on a newly started instance, or download the log file from the instance before the instance terminates.
    pub fn creating_a_lifecycle_hook(&self) -> operations::CreatingALifecycleHook {
        operations::CreatingALifecycleHook::new(&self.inner, None)
    }
    /// Querying a Lifecycle Hook: `GET /autoscaling-api/v1/{project_id}/scaling_lifecycle_hook/{scaling_group_id}/{lifecycle_hook_name}`, API version v1.
    ///
    /// This interface is used to query details about a specified lifecycle hook by AS group ID and lifecycle hook name.
    pub fn querying_a_lifecycle_hook(&self) -> operations::QueryingALifecycleHook {
        operations::QueryingALifecycleHook::new(&self.inner, None)
    }
    /// Modifying a Lifecycle Hook: `PUT /autoscaling-api/v1/{project_id}/scaling_lifecycle_hook/{scaling_group_id}/{lifecycle_hook_name}`, API version v1.
    ///
    /// This interface is used to modify the information about a specified lifecycle hook.
    pub fn modifying_a_lifecycle_hook(&self) -> operations::ModifyingALifecycleHook {
        operations::ModifyingALifecycleHook::new(&self.inner, None)
    }
    /// Deleting a Lifecycle Hook: `DELETE /autoscaling-api/v1/{project_id}/scaling_lifecycle_hook/{scaling_group_id}/{lifecycle_hook_name}`, API version v1.
    ///
    /// This interface is used to delete a specified lifecycle hook.
    ///
    /// When a scaling action is being performed in an AS group, the lifecycle hooks of the AS group cannot be deleted.
    pub fn deleting_a_lifecycle_hook(&self) -> operations::DeletingALifecycleHook {
        operations::DeletingALifecycleHook::new(&self.inner, None)
    }
    /// Querying Instance Suspension: `GET /autoscaling-api/v1/{project_id}/scaling_instance_hook/{scaling_group_id}/list`, API version v1.
    ///
    /// After a lifecycle hook is added, when an AS group performs a scaling action, the lifecycle hook suspends the target instance and sets it to be in waiting state. You can query the instance suspension based on search criteria.
    ///
    /// Search instance suspension by instance ID.
    ///
    /// If no search criteria are specified, the suspension about all instances in the specified AS group is queried by default.
    pub fn querying_instance_suspension(
        &self,
    ) -> operations::QueryingInstanceSuspension {
        operations::QueryingInstanceSuspension::new(&self.inner, None)
    }
    /// Querying Lifecycle Hooks: `GET /autoscaling-api/v1/{project_id}/scaling_lifecycle_hook/{scaling_group_id}/list`, API version v1.
    ///
    /// This interface is used to query lifecycle hooks by AS group ID.
    pub fn querying_lifecycle_hooks(&self) -> operations::QueryingLifecycleHooks {
        operations::QueryingLifecycleHooks::new(&self.inner, None)
    }
    /// Querying AS Policy and Instance Quotas: `GET /autoscaling-api/v1/{project_id}/quotas/{scaling_group_id}`, API version v1.
    ///
    /// This interface is used to query the total quotas and used quotas of AS policies and instances of a specified AS group by group ID.
    pub fn querying_as_policy_and_instance_quotas(
        &self,
    ) -> operations::QueryingAsPolicyAndInstanceQuotas {
        operations::QueryingAsPolicyAndInstanceQuotas::new(&self.inner, None)
    }
    /// Querying AS Quotas: `GET /autoscaling-api/v1/{project_id}/quotas`, API version v1.
    ///
    /// This API is used to query the total quotas and used quotas of AS groups, AS configurations, bandwidth scaling policies, AS policies, and instances for a specified tenant.
    pub fn querying_as_quotas(&self) -> operations::QueryingAsQuotas {
        operations::QueryingAsQuotas::new(&self.inner, None)
    }
    /// Querying Scaling Action Logs: `GET /autoscaling-api/v1/{project_id}/scaling_activity_log/{scaling_group_id}`, API version v1.
    ///
    /// This API is used to query scaling action logs based on search criteria. The results are displayed by page.
    ///
    /// Search criteria can be the start time, end time, start line number, and number of records.
    ///
    /// If no search criteria are specified, a maximum of 20 scaling action logs can be queried by default.
    pub fn querying_scaling_action_logs(&self) -> operations::QueryingScalingActionLogs {
        operations::QueryingScalingActionLogs::new(&self.inner, None)
    }
    /// Creating or Deleting a Tag: `POST /autoscaling-api/v1/{project_id}/{resource_type}/{resource_id}/tags/action`, API version v1.
    ///
    /// This API is used to create or delete a tag.
    ///
    /// Each AS group can have a maximum of 10 tags added to it.
    pub fn creating_or_deleting_a_tag(&self) -> operations::CreatingOrDeletingATag {
        operations::CreatingOrDeletingATag::new(&self.inner, None)
    }
    /// Querying Resources by Tag: `POST /autoscaling-api/v1/{project_id}/{resource_type}/resource_instances/action`, API version v1.
    ///
    /// This API is used to query resources in a project by tag.
    ///
    /// By default, resources and resource tags are in descending order of their creation time.
    pub fn querying_resources_by_tag(&self) -> operations::QueryingResourcesByTag {
        operations::QueryingResourcesByTag::new(&self.inner, None)
    }
    /// Querying Tags: `GET /autoscaling-api/v1/{project_id}/{resource_type}/tags`, API version v1.
    ///
    /// This API is used to query tags of a specific type of resource in a project.
    pub fn querying_tags(&self) -> operations::QueryingTags {
        operations::QueryingTags::new(&self.inner, None)
    }
    /// Querying Tags of a Resource: `GET /autoscaling-api/v1/{project_id}/{resource_type}/{resource_id}/tags`, API version v1.
    ///
    /// This interface is used to query tags of a specified resource in a project.
    pub fn querying_tags_of_a_resource(&self) -> operations::QueryingTagsOfAResource {
        operations::QueryingTagsOfAResource::new(&self.inner, None)
    }
    /// Querying an API Version: `GET /{api_version}`, API version unversioned.
    ///
    /// This interface is used to query a specified API version of the AS service.
    pub fn querying_an_api_version(&self) -> operations::QueryingAnApiVersion {
        operations::QueryingAnApiVersion::new(&self.inner, None)
    }
    /// Querying API Versions: `GET /`, API version unversioned.
    ///
    /// This interface is used to query all API versions of the AS service.
    pub fn querying_api_versions(&self) -> operations::QueryingApiVersions {
        operations::QueryingApiVersions::new(&self.inner, None)
    }
}
