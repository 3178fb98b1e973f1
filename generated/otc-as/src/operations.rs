//! Request builders, one per operation: set parameters, then `.send().await`.
use crate::support::need;
use crate::types;
use crate::support::request;
use docsdk_runtime::Result;
crate::support::builder!(
    QueryingAsPoliciesV2("querying_as_policies_v2") { #[doc =
    " Specifies the project ID. Path parameter `project_id`."] project_id : String, #[doc
    = " Specifies the scaling resource ID. Query parameter `scaling_resource_id`."]
    scaling_resource_id : String, #[doc = " Specifies the scaling resource type."] #[doc
    = ""] #[doc = " - AS group: **SCALING\\_GROUP**"] #[doc =
    " - Bandwidth: **BANDWIDTH**"] #[doc = ""] #[doc =
    " Query parameter `scaling_resource_type`."] scaling_resource_type : String, #[doc =
    " Specifies the AS policy name."] #[doc = " Supports fuzzy search."] #[doc = ""]
    #[doc = " Query parameter `scaling_policy_name`."] scaling_policy_name : String,
    #[doc = " Specifies the AS policy ID. Query parameter `scaling_policy_id`."]
    scaling_policy_id : String, #[doc = " Specifies the AS policy type."] #[doc = ""]
    #[doc = " - **ALARM**: alarm policy"] #[doc = " - **SCHEDULED**: scheduled policy"]
    #[doc = " - **RECURRENCE**: periodic policy"] #[doc = ""] #[doc =
    " Query parameter `scaling_policy_type`."] scaling_policy_type : String, #[doc =
    " Specifies the start line number. The default value is **0**. The minimum parameter value is **0**. Query parameter `start_number`. Default: `0`."]
    start_number : i64, #[doc =
    " Specifies the number of query records. The default value is **20**. The value ranges from 0 to 100. Query parameter `limit`. Default: `20`. Range 0 to 100."]
    limit : i64, #[doc = " Specifies the sorting method."] #[doc = ""] #[doc =
    " - **POLICY\\_NAME**: AS policies are sorted by name."] #[doc =
    " - **TRIGGER\\_CONDITION**: AS policies are sorted by trigger condition. For example, in ascending order, alarm policies are first, and others are sorted in ascending order based on the latest triggering time."]
    #[doc = " - **CREATE\\_TIME**: AS policies are sorted based on the creation time."]
    #[doc = ""] #[doc = " Query parameter `sort_by`."] sort_by : String, #[doc =
    " Specifies the sorting order."] #[doc = ""] #[doc = " - **ASC**: ascending order"]
    #[doc = " - **DESC**: descending order"] #[doc = ""] #[doc =
    " Query parameter `order`."] order : String, #[doc =
    " Specifies the enterprise project ID. If **all\\_granted\\_eps** is transferred, this API will query AS groups in the enterprise projects that you have permissions to."]
    #[doc = ""] #[doc = " Query parameter `enterprise_project_id`."]
    enterprise_project_id : String, #[doc =
    " Specifies the alarm rule ID. Query parameter `alarm_id`."] alarm_id : String }
);
impl QueryingAsPoliciesV2 {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ListAsPoliciesV2Response> {
        let request = request!(
            self, Get, "/autoscaling-api/v2/{project_id}/scaling_policy"
        )
            .path_param("project_id", need!(self, project_id)?)
            .query_opt("scaling_resource_id", self.scaling_resource_id)
            .query_opt("scaling_resource_type", self.scaling_resource_type)
            .query_opt("scaling_policy_name", self.scaling_policy_name)
            .query_opt("scaling_policy_id", self.scaling_policy_id)
            .query_opt("scaling_policy_type", self.scaling_policy_type)
            .query_opt("start_number", self.start_number)
            .query_opt("limit", self.limit)
            .query_opt("sort_by", self.sort_by)
            .query_opt("order", self.order)
            .query_opt("enterprise_project_id", self.enterprise_project_id)
            .query_opt("alarm_id", self.alarm_id);
        self.call.json(request).await
    }
}
crate::support::builder!(
    CreatingAnAsPolicyV2("creating_an_as_policy_v2") { #[doc =
    " Specifies the project ID. Path parameter `project_id`."] project_id : String, #[doc
    =
    " Specifies the AS policy name. The name contains only letters, digits, underscores (\\_), and hyphens (-), and cannot exceed 64 characters."]
    scaling_policy_name : String, #[doc =
    " Specifies the scaling resource ID, which is the unique ID of an AS group or bandwidth."]
    #[doc = ""] #[doc =
    " - If **scaling\\_resource\\_type** is set to **SCALING\\_GROUP**, this parameter indicates the unique AS group ID."]
    #[doc =
    " - If **scaling\\_resource\\_type** is set to **BANDWIDTH**, this parameter indicates the unique bandwidth ID."]
    scaling_resource_id : String, #[doc = " Specifies the scaling resource type."] #[doc
    = ""] #[doc = " - AS group: **SCALING\\_GROUP**"] #[doc =
    " - Bandwidth: **BANDWIDTH**"] scaling_resource_type : String, #[doc =
    " Specifies the AS policy type."] #[doc = ""] #[doc =
    " - **ALARM** (corresponding to **alarm\\_id**): indicates that the scaling action is triggered by an alarm."]
    #[doc =
    " - **SCHEDULED** (corresponding to **scheduled\\_policy**): indicates that the scaling action is triggered as scheduled."]
    #[doc =
    " - **RECURRENCE** (corresponding to **scheduled\\_policy**): indicates that the scaling action is triggered periodically."]
    scaling_policy_type : String, #[doc =
    " Specifies the alarm rule ID. This parameter is mandatory when **scaling\\_policy\\_type** is set to **ALARM**. After this parameter is specified, the value of **scheduled\\_policy** does not take effect."]
    #[doc =
    " After you create an alarm policy, the system automatically adds an alarm triggering activity of the autoscaling type to the **alarm\\_actions** field in the alarm rule specified by the parameter value."]
    #[doc = " You can obtain the parameter value by querying Cloud Eye alarm rules."]
    alarm_id : String, #[doc =
    " Specifies the periodic or scheduled AS policy. This parameter is mandatory when **scaling\\_policy\\_type** is set to **SCHEDULED** or **RECURRENCE**. After this parameter is specified, the value of **alarm\\_id** does not take effect. For details, see Table 3."]
    scheduled_policy : types::V2ScheduledPolicyField, #[doc =
    " Specifies the scaling action of the AS policy. For details, see Table 4."]
    scaling_policy_action : types::V2ScalingPolicyActionField, #[doc =
    " Specifies the cooldown period (in seconds). The value ranges from 0 to 86400 and is 300 by default. Range 0 to 86400."]
    cool_down_time : i64, #[doc =
    " Specifies the description of the AS policy. The value can contain 1 to 256 characters. Length 1 to 256."]
    description : String }
);
impl CreatingAnAsPolicyV2 {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::CreateV2Response> {
        let body = types::CreateV2Request {
            scaling_policy_name: need!(self, scaling_policy_name)?,
            scaling_resource_id: need!(self, scaling_resource_id)?,
            scaling_resource_type: need!(self, scaling_resource_type)?,
            scaling_policy_type: need!(self, scaling_policy_type)?,
            alarm_id: self.alarm_id,
            scheduled_policy: self.scheduled_policy,
            scaling_policy_action: self.scaling_policy_action,
            cool_down_time: self.cool_down_time,
            description: self.description,
        };
        let request = request!(
            self, Post, "/autoscaling-api/v2/{project_id}/scaling_policy"
        )
            .path_param("project_id", need!(self, project_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingAnAsPolicyV2("querying_an_as_policy_v2") { #[doc =
    " Specifies the project ID. Path parameter `project_id`."] project_id : String, #[doc
    = " Specifies the AS policy ID. Path parameter `scaling_policy_id`."]
    scaling_policy_id : String }
);
impl QueryingAnAsPolicyV2 {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ShowV2Response> {
        let request = request!(
            self, Get,
            "/autoscaling-api/v2/{project_id}/scaling_policy/{scaling_policy_id}"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param("scaling_policy_id", need!(self, scaling_policy_id)?);
        self.call.json(request).await
    }
}
crate::support::builder!(
    ModifyingAnAsPolicyV2("modifying_an_as_policy_v2") { #[doc =
    " Specifies the project ID. Path parameter `project_id`."] project_id : String, #[doc
    =
    " Specifies an AS policy ID. For details, see Querying AS Policies Bound to a Scaling Resource (V2). Path parameter `scaling_policy_id`."]
    scaling_policy_id : String, #[doc =
    " Specifies the AS policy name. The name contains only letters, digits, underscores (\\_), and hyphens (-), and cannot exceed 64 characters."]
    scaling_policy_name : String, #[doc = " Specifies the AS policy type."] #[doc = ""]
    #[doc =
    " - **ALARM** (corresponding to **alarm\\_id**): indicates that the scaling action is triggered by an alarm."]
    #[doc =
    " - **SCHEDULED** (corresponding to **scheduled\\_policy**): indicates that the scaling action is triggered as scheduled."]
    #[doc =
    " - **RECURRENCE** (corresponding to **scheduled\\_policy**): indicates that the scaling action is triggered periodically."]
    scaling_policy_type : String, #[doc =
    " Specifies the scaling resource ID, which is the ID of a unique AS group or bandwidth."]
    scaling_resource_id : String, #[doc = " Specifies the scaling resource type."] #[doc
    = ""] #[doc = " - AS group: **SCALING\\_GROUP**"] #[doc =
    " - Bandwidth: **BANDWIDTH**"] scaling_resource_type : String, #[doc =
    " Specifies the alarm rule ID. This parameter is mandatory when **scaling\\_policy\\_type** is set to **ALARM**. After this parameter is specified, the value of **scheduled\\_policy** does not take effect."]
    #[doc =
    " After you modify an alarm policy, the system automatically adds an alarm triggering activity of the autoscaling type to the **alarm\\_actions** field in the alarm rule specified by the parameter value."]
    #[doc = " You can obtain the parameter value by querying Cloud Eye alarm rules."]
    alarm_id : String, #[doc =
    " Specifies the periodic or scheduled AS policy. This parameter is mandatory when **scaling\\_policy\\_type** is set to **SCHEDULED** or **RECURRENCE**. After this parameter is specified, the value of **alarm\\_id** does not take effect. For details, see Table 3."]
    scheduled_policy : types::V2ScheduledPolicyField, #[doc =
    " Specifies the scaling action of the AS policy. For details, see Table 4."]
    scaling_policy_action : types::V2ScalingPolicyActionField, #[doc =
    " Specifies the cooldown period (in seconds). The value ranges from 0 to 86400. Range 0 to 86400."]
    cool_down_time : i64, #[doc =
    " Specifies the description of the AS policy. The value can contain 1 to 256 characters. Length 1 to 256."]
    description : String }
);
impl ModifyingAnAsPolicyV2 {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::CreateV2Response> {
        let body = types::UpdateV2Request {
            scaling_policy_name: self.scaling_policy_name,
            scaling_policy_type: self.scaling_policy_type,
            scaling_resource_id: self.scaling_resource_id,
            scaling_resource_type: self.scaling_resource_type,
            alarm_id: self.alarm_id,
            scheduled_policy: self.scheduled_policy,
            scaling_policy_action: self.scaling_policy_action,
            cool_down_time: self.cool_down_time,
            description: self.description,
        };
        let request = request!(
            self, Put,
            "/autoscaling-api/v2/{project_id}/scaling_policy/{scaling_policy_id}"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param("scaling_policy_id", need!(self, scaling_policy_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingAsPoliciesBoundToAScalingResourceV2("querying_as_policies_bound_to_a_scaling_resource_v2")
    { #[doc = " Specifies the project ID. Path parameter `project_id`."] project_id :
    String, #[doc =
    " Specifies the scaling resource ID. Path parameter `scaling_resource_id`."]
    scaling_resource_id : String, #[doc = " Specifies the AS policy name."] #[doc =
    " Supports fuzzy search."] #[doc = ""] #[doc =
    " Query parameter `scaling_policy_name`."] scaling_policy_name : String, #[doc =
    " Specifies the AS policy type."] #[doc = ""] #[doc = " - **ALARM**: alarm policy"]
    #[doc = " - **SCHEDULED**: scheduled policy"] #[doc =
    " - **RECURRENCE**: periodic policy"] #[doc = ""] #[doc =
    " Query parameter `scaling_policy_type`."] scaling_policy_type : String, #[doc =
    " Specifies the AS policy ID. Query parameter `scaling_policy_id`."]
    scaling_policy_id : String, #[doc =
    " Specifies the start line number. The default value is **0**. The minimum parameter value is **0**. Query parameter `start_number`. Default: `0`."]
    start_number : i64, #[doc =
    " Specifies the number of query records. The default value is **20**. The value range is 0 to 100. Query parameter `limit`. Default: `20`. Range 0 to 100."]
    limit : i64 }
);
impl QueryingAsPoliciesBoundToAScalingResourceV2 {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ShowResourceAsPoliciesBoundV2Response> {
        let request = request!(
            self, Get,
            "/autoscaling-api/v2/{project_id}/scaling_policy/{scaling_resource_id}/list"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param("scaling_resource_id", need!(self, scaling_resource_id)?)
            .query_opt("scaling_policy_name", self.scaling_policy_name)
            .query_opt("scaling_policy_type", self.scaling_policy_type)
            .query_opt("scaling_policy_id", self.scaling_policy_id)
            .query_opt("start_number", self.start_number)
            .query_opt("limit", self.limit);
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingScalingActionLogsV2("querying_scaling_action_logs_v2") { #[doc =
    " Specifies the project ID. Path parameter `project_id`."] project_id : String, #[doc
    = " Specifies the AS group ID. Path parameter `scaling_group_id`."] scaling_group_id
    : String, #[doc = " Specifies the scaling action log ID. Query parameter `log_id`."]
    log_id : String, #[doc =
    " Specifies the start time that complies with UTC for querying scaling action logs. The format of the start time is **yyyy-MM-ddThh:mm:ssZ**."]
    #[doc = ""] #[doc = " Query parameter `start_time`."] start_time : String, #[doc =
    " Specifies the end time that complies with UTC for querying scaling action logs. The format of the end time is **yyyy-MM-ddThh:mm:ssZ**."]
    #[doc = ""] #[doc = " Query parameter `end_time`."] end_time : String, #[doc =
    " Specifies the start line number. The default value is **0**. The minimum parameter value is **0**. Query parameter `start_number`. Default: `0`."]
    start_number : i64, #[doc =
    " Specifies the number of query records. The default value is **20**. The value ranges from 0 to 100. Query parameter `limit`. Default: `20`. Range 0 to 100."]
    limit : i64, #[doc =
    " Specifies the types of the scaling actions to be queried. Different types are separated by commas (,)."]
    #[doc = ""] #[doc = " - **NORMAL**: indicates a common scaling action."] #[doc =
    " - **MANUAL\\_REMOVE**: indicates manually removing instances from an AS group."]
    #[doc =
    " - **MANUAL\\_DELETE**: indicates manually removing and deleting instances from an AS group."]
    #[doc = " - **MANUAL\\_ADD**: indicates manually adding instances to an AS group."]
    #[doc =
    " - **ELB\\_CHECK\\_DELETE**: indicates that instances are removed from an AS group and deleted based on the ELB health check result."]
    #[doc =
    " - **AUDIT\\_CHECK\\_DELETE**: indicates that instances are removed from an AS group and deleted based on the audit."]
    #[doc =
    " - **DIFF**: indicates that the number of expected instances is different from the actual number of instances."]
    #[doc = " - **MODIFY\\_ELB**: indicates the load balancer migration."] #[doc = ""]
    #[doc = " Query parameter `type`."] type_ : String, #[doc =
    " Specifies the status of the scaling action."] #[doc = ""] #[doc =
    " - **SUCCESS**: The scaling action has been performed."] #[doc =
    " - **FAIL**: Performing the scaling action failed."] #[doc =
    " - **DOING**: The scaling action is being performed."] #[doc = ""] #[doc =
    " Query parameter `status`."] status : String }
);
impl QueryingScalingActionLogsV2 {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ListScalingActionLogsV2Response> {
        let request = request!(
            self, Get,
            "/autoscaling-api/v2/{project_id}/scaling_activity_log/{scaling_group_id}"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param("scaling_group_id", need!(self, scaling_group_id)?)
            .query_opt("log_id", self.log_id)
            .query_opt("start_time", self.start_time)
            .query_opt("end_time", self.end_time)
            .query_opt("start_number", self.start_number)
            .query_opt("limit", self.limit)
            .query_opt("type", self.type_)
            .query_opt("status", self.status);
        self.call.json(request).await
    }
}
crate::support::builder!(
    BatchDeletingAsConfigurations("batch_deleting_as_configurations") { #[doc =
    " Specifies the project ID. Path parameter `project_id`."] project_id : String, #[doc
    = " Specifies the AS configuration ID. For details, see Querying AS configurations."]
    scaling_configuration_id : Vec < String > }
);
impl BatchDeletingAsConfigurations {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<()> {
        let body = types::BatchDeleteAsConfigurationsRequest {
            scaling_configuration_id: need!(self, scaling_configuration_id)?,
        };
        let request = request!(
            self, Post, "/autoscaling-api/v1/{project_id}/scaling_configurations"
        )
            .path_param("project_id", need!(self, project_id)?)
            .json_body(&body)?;
        self.call.empty(request).await
    }
}
crate::support::builder!(
    QueryingAsConfigurations("querying_as_configurations") { #[doc =
    " Specifies the project ID. Path parameter `project_id`."] project_id : String, #[doc
    = " Specifies the AS configuration name."] #[doc = " Supports fuzzy search."] #[doc =
    ""] #[doc = " Query parameter `scaling_configuration_name`."]
    scaling_configuration_name : String, #[doc =
    " Specifies the image ID. It is same as **imageRef**. Query parameter `image_id`."]
    image_id : String, #[doc =
    " Specifies the start line number. The default value is **0**. The minimum parameter value is **0**. Query parameter `start_number`. Default: `0`."]
    start_number : i64, #[doc =
    " Specifies the number of query records. The default value is **20**. The value range is 0 to 100. Query parameter `limit`. Default: `20`. Range 0 to 100."]
    limit : i64 }
);
impl QueryingAsConfigurations {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ListAsConfigurationsResponse> {
        let request = request!(
            self, Get, "/autoscaling-api/v1/{project_id}/scaling_configuration"
        )
            .path_param("project_id", need!(self, project_id)?)
            .query_opt("scaling_configuration_name", self.scaling_configuration_name)
            .query_opt("image_id", self.image_id)
            .query_opt("start_number", self.start_number)
            .query_opt("limit", self.limit);
        self.call.json(request).await
    }
}
crate::support::builder!(
    CreatingAnAsConfiguration("creating_an_as_configuration") { #[doc =
    " Specifies the project ID. Path parameter `project_id`."] project_id : String, #[doc
    =
    " Specifies the AS configuration name. The name contains only letters, digits, underscores (\\_), and hyphens (-), and cannot exceed 64 characters."]
    scaling_configuration_name : String, #[doc =
    " Specifies the ECS configuration. For details, see Table 3."] instance_config :
    types::CreateInstanceConfigField, #[doc =
    " Specifies the ID of the source AS configuration, which will be used together with **instance\\_config** to create a new AS configuration."]
    #[doc = ""] #[doc =
    " - If **instance\\_id** is specified in **instance\\_config**, **instance\\_id** is preferentially used to create the new AS configuration, and **source\\_scaling\\_configuration\\_id** does not take effect."]
    #[doc =
    " - If **instance\\_id** is not specified in **instance\\_config**, **source\\_scaling\\_configuration\\_id** and **instance\\_config** are used together to create the new AS configuration."]
    #[doc =
    " - If a parameter in **instance\\_config** is set to **null**, the corresponding setting of the source AS configuration takes effect."]
    #[doc =
    " - If a parameter in **instance\\_config** is not set to **null** or left empty, this parameter overwrites the corresponding setting of the source AS configuration."]
    #[doc =
    " - If **source\\_scaling\\_configuration\\_id** is not specified, **scaling\\_configuration\\_name** and **instance\\_config** are mandatory."]
    source_scaling_configuration_id : String }
);
impl CreatingAnAsConfiguration {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::CreateResponse> {
        let body = types::CreateRequest {
            scaling_configuration_name: self.scaling_configuration_name,
            instance_config: self.instance_config,
            source_scaling_configuration_id: self.source_scaling_configuration_id,
        };
        let request = request!(
            self, Post, "/autoscaling-api/v1/{project_id}/scaling_configuration"
        )
            .path_param("project_id", need!(self, project_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingAnAsConfiguration("querying_an_as_configuration") { #[doc =
    " Specifies the project ID. Path parameter `project_id`."] project_id : String, #[doc
    =
    " Specifies an AS configuration ID, which is unique globally. For details, see Querying an AS Configuration. Path parameter `scaling_configuration_id`."]
    scaling_configuration_id : String }
);
impl QueryingAnAsConfiguration {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ShowResponse> {
        let request = request!(
            self, Get,
            "/autoscaling-api/v1/{project_id}/scaling_configuration/{scaling_configuration_id}"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param(
                "scaling_configuration_id",
                need!(self, scaling_configuration_id)?,
            );
        self.call.json(request).await
    }
}
crate::support::builder!(
    DeletingAnAsConfiguration("deleting_an_as_configuration") { #[doc =
    " Specifies the project ID. Path parameter `project_id`."] project_id : String, #[doc
    =
    " Specifies the AS configuration ID. For details, see Querying AS configurations. Path parameter `scaling_configuration_id`."]
    scaling_configuration_id : String }
);
impl DeletingAnAsConfiguration {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<()> {
        let request = request!(
            self, Delete,
            "/autoscaling-api/v1/{project_id}/scaling_configuration/{scaling_configuration_id}"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param(
                "scaling_configuration_id",
                need!(self, scaling_configuration_id)?,
            );
        self.call.empty(request).await
    }
}
crate::support::builder!(
    QueryingAsGroups("querying_as_groups") { #[doc =
    " Specifies the project ID. Path parameter `project_id`."] project_id : String, #[doc
    = " Specifies the AS group name."] #[doc = " Fuzzy search is supported."] #[doc = ""]
    #[doc = " Query parameter `scaling_group_name`."] scaling_group_name : String, #[doc
    =
    " Specifies the AS configuration ID, which can be obtained using the API for listing AS configurations. For details, see Querying AS configurations."]
    #[doc = ""] #[doc = " Query parameter `scaling_configuration_id`."]
    scaling_configuration_id : String, #[doc =
    " Specifies the AS group status. The options are as follows:"] #[doc = ""] #[doc =
    " - **INSERVICE**: indicates that the AS group is functional."] #[doc =
    " - **PAUSED**: indicates that the AS group is paused."] #[doc =
    " - **ERROR**: indicates that the AS group malfunctions."] #[doc =
    " - **DELETING**: indicates that the AS group is being deleted."] #[doc = ""] #[doc =
    " Query parameter `scaling_group_status`."] scaling_group_status :
    types::ScalingGroupStatus, #[doc =
    " Specifies the start line number. The default value is **0**. The minimum value is **0**, and there is no limit on the maximum value."]
    #[doc = ""] #[doc =
    " Query parameter `start_number`. Default: `0`. Range at least 0."] start_number :
    i64, #[doc =
    " Specifies the number of query records. The default value is **20**. The value ranges from 0 to 100. Query parameter `limit`. Default: `20`. Range 0 to 100."]
    limit : i64, #[doc =
    " Specifies the enterprise project ID. If **all\\_granted\\_eps** is specified, AS groups in all enterprise projects you have permissions to are listed.."]
    #[doc = ""] #[doc = " Query parameter `enterprise_project_id`."]
    enterprise_project_id : String }
);
impl QueryingAsGroups {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ListAsGroupsResponse> {
        let request = request!(
            self, Get, "/autoscaling-api/v1/{project_id}/scaling_group"
        )
            .path_param("project_id", need!(self, project_id)?)
            .query_opt("scaling_group_name", self.scaling_group_name)
            .query_opt("scaling_configuration_id", self.scaling_configuration_id)
            .query_opt("scaling_group_status", self.scaling_group_status)
            .query_opt("start_number", self.start_number)
            .query_opt("limit", self.limit)
            .query_opt("enterprise_project_id", self.enterprise_project_id);
        self.call.json(request).await
    }
}
crate::support::builder!(
    CreatingAnAsGroup("creating_an_as_group") { #[doc =
    " Specifies the project ID. Path parameter `project_id`."] project_id : String, #[doc
    =
    " Specifies the AS group name. The name contains only letters, digits, underscores (\\_), and hyphens (-), and cannot exceed 64 characters."]
    scaling_group_name : String, #[doc =
    " Specifies the AS configuration ID, which can be obtained using the API for querying AS configurations. For details, see Querying AS configurations."]
    scaling_configuration_id : String, #[doc =
    " Specifies the expected number of instances. The default value is the minimum number of instances."]
    #[doc =
    " The value ranges from the minimum number of instances to the maximum number of instances."]
    desire_instance_number : i64, #[doc =
    " Specifies the minimum number of instances. The default value is **0**. Default: `0`."]
    min_instance_number : i64, #[doc =
    " Specifies the maximum number of instances. The default value is **1**. The value is an integer ranging from 0 to 300. Default: `1`."]
    max_instance_number : i64, #[doc =
    " Specifies the cooldown period (in seconds). The value ranges from **0** to **86400** and defaults to **300**."]
    #[doc =
    " After a scaling action is complete, the cooldown period starts. During the cooldown period, AS denies all scaling requests triggered by alarm-based policies. Scaling requests triggered manually or by scheduled or periodic policies are not affected."]
    #[doc = ""] #[doc =
    " - When an AS group scales out, scale-in requests triggered manually or by scheduled and periodic policies will be executed immediately after the scale-out is complete, without being affected by the cooldown period."]
    #[doc =
    " - When an AS group scales in, scale-out requests triggered manually or by scheduled and periodic policies will be executed immediately after the scale-in is complete, without being affected by the cooldown period."]
    #[doc = ""] #[doc = " Default: `300`."] cool_down_time : i64, #[doc =
    " Specifies the ID of a listener added to a load balancer. You can add up to six listeners. Separate listener IDs with commas (,)."]
    #[doc = " This parameter is alternative to **lbaas\\_listeners**."] lb_listener_id :
    String, #[doc =
    " Specifies information about a load balancer. You can add up to six load balancers. This parameter is in list data structure. For details, see Table 3."]
    #[doc = " This parameter is alternative to **lb\\_listener\\_id**."] lbaas_listeners
    : Vec < types::CreateLbaasListenersField >, #[doc =
    " Specifies the AZ information. The instances added in a scaling action will be created in a specified AZ. If you do not specify an AZ, the system automatically specifies one. For details, see Regions and Endpoints."]
    available_zones : Vec < String >, #[doc =
    " Specifies network information. You can select up to five subnets. The first subnet you select is used by the primary NICs of ECSs by default. For the information about the data structure, see Table 4."]
    networks : Vec < types::CreateNetworksField >, #[doc =
    " Specifies the security group information. Only one security group can be selected. For the information about the data structure, see Table 6."]
    #[doc =
    " If a security group is specified both in the AS configuration and the AS group, scaled-out instances will be added to the security group specified in the AS configuration. If a security group is not specified in either of them, scaled-out instances will be added to the default security group. For your convenience, specify a security group in the AS configuration."]
    security_groups : Vec < types::CreateSecurityGroupsField >, #[doc =
    " Specifies the VPC ID, which can be obtained using the API for querying VPCs. For details, see \"Querying VPCs\" in *Virtual Private Network API Reference*."]
    vpc_id : String, #[doc =
    " Specifies the health check method for instances in the AS group. The health check methods include **ELB\\_AUDIT** and **NOVA\\_AUDIT**. When load balancing is configured for an AS group, the default value is **ELB\\_AUDIT**. Otherwise, the default value is **NOVA\\_AUDIT**."]
    #[doc = ""] #[doc =
    " - **ELB\\_AUDIT**: indicates the ELB health check, which takes effect in an AS group with a listener."]
    #[doc =
    " - **NOVA\\_AUDIT**: indicates the ECS instance health check, which is the health check method that comes with AS."]
    health_periodic_audit_method : String, #[doc =
    " Specifies the health check interval. The value can be **1**, **5**, **15**, **60**, or **180** in the unit of minutes. If this parameter is not specified, the default value is **5**."]
    #[doc = " If the value is set to **0**, health check is performed every 10 seconds."]
    #[doc = ""] #[doc = " Default: `5`."] health_periodic_audit_time : i64, #[doc =
    " Specifies the grace period for instance health check. The unit is second and the value ranges from **0** to **86400**. The default value is **600**."]
    #[doc =
    " The health check grace period starts after an instance is added to an AS group and is enabled. The AS group will start checking the instance health only after the grace period ends."]
    #[doc =
    " This parameter is valid only when the instance health check method of the AS group is **ELB\\_AUDIT**."]
    #[doc = ""] #[doc = " Default: `600`."] health_periodic_audit_grace_period : i64,
    #[doc = " Specifies the instance removal policy."] #[doc = ""] #[doc =
    " - **OLD\\_CONFIG\\_OLD\\_INSTANCE** (default): The earlier-created instances based on the earlier-created AS configurations are removed first."]
    #[doc =
    " - **OLD\\_CONFIG\\_NEW\\_INSTANCE**: The later-created instances based on the earlier-created AS configurations are removed first."]
    #[doc = " - **OLD\\_INSTANCE**: The earlier-created instances are removed first."]
    #[doc = " - **NEW\\_INSTANCE**: The later-created instances are removed first."]
    instance_terminate_policy : String, #[doc = " Specifies the notification mode."]
    #[doc = " **EMAIL** refers to notification by email."] notifications : Vec < String
    >, #[doc =
    " Specifies whether to delete the EIPs bound to ECS instances when the instances are removed from the AS group during scale-in actions. The value can be **true** or **false**. The default value is **false**."]
    #[doc = ""] #[doc =
    " - **true**: The EIPs bound to ECSs will be released when the ECSs are removed."]
    #[doc =
    " - **false**: The EIPs bound to ECSs will be unbound but will not be released when the ECSs are removed."]
    #[doc = ""] #[doc = " Default: `false`."] delete_publicip : bool, #[doc =
    " Specifies whether to delete the data disks attached to ECS instances when the instances are removed from the AS group during scale-in actions. The value can be **true** or **false**. The default value is **false**."]
    #[doc = ""] #[doc =
    " - **true**: The data disks attached to ECSs will be released when the ECSs are removed."]
    #[doc =
    " - **false**: The data disks attached to ECSs will be detached but will not be released when the ECSs are removed."]
    #[doc = ""] #[doc = " Default: `false`."] delete_volume : bool, #[doc =
    " Specifies the enterprise project ID, which is used to specify the enterprise project to which the AS group belongs."]
    #[doc = ""] #[doc =
    " - If the value is **0** or left blank, the AS group belongs to the default enterprise project."]
    #[doc =
    " - If the value is a UUID, the AS group belongs to the enterprise project corresponding to the UUID.. If an enterprise project is configured for an AS group, ECSs created in this AS group also belong to this enterprise project. Otherwise, the default enterprise project will be used."]
    enterprise_project_id : String, #[doc =
    " Specifies the priority policy used to select target AZs when adjusting the number of instances in an AS group."]
    #[doc = ""] #[doc =
    " - **EQUILIBRIUM\\_DISTRIBUTE** (default): When AS scales out the AS group, it preferentially distributes instances evenly across AZs in the **available\\_zones** list. If it fails in the target AZ, it selects another AZ based on the **PICK\\_FIRST** policy."]
    #[doc =
    " - **PICK\\_FIRST**: When AS scales out the AS group, the target AZ is determined in the order in the **available\\_zones** list."]
    multi_az_priority_policy : String, #[doc =
    " Specifies the description of the AS group. The value can contain 1 to 256 characters. Length 1 to 256."]
    description : String }
);
impl CreatingAnAsGroup {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::CreateResponse2> {
        let body = types::CreateRequest2 {
            scaling_group_name: need!(self, scaling_group_name)?,
            scaling_configuration_id: need!(self, scaling_configuration_id)?,
            desire_instance_number: self.desire_instance_number,
            min_instance_number: self.min_instance_number,
            max_instance_number: self.max_instance_number,
            cool_down_time: self.cool_down_time,
            lb_listener_id: self.lb_listener_id,
            lbaas_listeners: self.lbaas_listeners,
            available_zones: self.available_zones,
            networks: need!(self, networks)?,
            security_groups: self.security_groups,
            vpc_id: need!(self, vpc_id)?,
            health_periodic_audit_method: self.health_periodic_audit_method,
            health_periodic_audit_time: self.health_periodic_audit_time,
            health_periodic_audit_grace_period: self.health_periodic_audit_grace_period,
            instance_terminate_policy: self.instance_terminate_policy,
            notifications: self.notifications,
            delete_publicip: self.delete_publicip,
            delete_volume: self.delete_volume,
            enterprise_project_id: self.enterprise_project_id,
            multi_az_priority_policy: self.multi_az_priority_policy,
            description: self.description,
        };
        let request = request!(
            self, Post, "/autoscaling-api/v1/{project_id}/scaling_group"
        )
            .path_param("project_id", need!(self, project_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingAnAsGroup("querying_an_as_group") { #[doc =
    " Specifies the project ID. Path parameter `project_id`."] project_id : String, #[doc
    = " Specifies the AS group ID. Path parameter `scaling_group_id`."] scaling_group_id
    : String }
);
impl QueryingAnAsGroup {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ShowResponse2> {
        let request = request!(
            self, Get,
            "/autoscaling-api/v1/{project_id}/scaling_group/{scaling_group_id}"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param("scaling_group_id", need!(self, scaling_group_id)?);
        self.call.json(request).await
    }
}
crate::support::builder!(
    ModifyingAnAsGroup("modifying_an_as_group") { #[doc =
    " Specifies the project ID. Path parameter `project_id`."] project_id : String, #[doc
    = " Specifies the AS group ID. Path parameter `scaling_group_id`."] scaling_group_id
    : String, #[doc =
    " Specifies the AS group name. The name contains only letters, digits, underscores (\\_), and hyphens (-), and cannot exceed 64 characters."]
    scaling_group_name : String, #[doc = " Specifies the expected number of instances."]
    #[doc =
    " The value ranges from the minimum number of instances to the maximum number of instances."]
    desire_instance_number : i64, #[doc = " Specifies the minimum number of instances."]
    min_instance_number : i64, #[doc =
    " Specifies the maximum number of instances, which is greater than or equal to the minimum number of instances."]
    max_instance_number : i64, #[doc =
    " Specifies the cooldown period (in seconds). The value ranges from 0 to 86400 and is 300 by default. Range 0 to 86400."]
    cool_down_time : i64, #[doc =
    " Specifies the AZ information. The instances added in a scaling action will be created in a specified AZ. If you do not specify an AZ, the system automatically specifies one."]
    #[doc = " For details, see Regions and Endpoints."] #[doc =
    " You can change the AZ of an AS group only when no scaling action is being performed in the group."]
    available_zones : Vec < String >, #[doc =
    " Specifies network information. You can select up to five subnets. The first subnet you select is used by the primary NICs of ECSs by default. For the information about the data structure, see Table 4."]
    #[doc =
    " The value of this parameter can be changed only when all the following conditions are met:"]
    #[doc = ""] #[doc = " - No scaling actions are triggered in the AS group."] #[doc =
    " - The number of instances in the AS group is 0."] #[doc =
    " - The AS group is not in service."] networks : Vec < types::CreateNetworksField >,
    #[doc =
    " Specifies the security group information. A maximum of one security group can be selected. For information about the data structure, see Table 5."]
    #[doc =
    " If a security group is specified both in the AS configuration and AS group, scaled ECS instances will be added to the security group specified in the AS configuration. If a security group is not specified in either of them, scaled ECS instances will be added to the default security group. For your convenience, you are advised to specify the security group in the AS configuration. The value of this parameter can be changed only when all the following conditions are met:"]
    #[doc = ""] #[doc = " - No scaling actions are triggered in the AS group."] #[doc =
    " - The number of instances in the AS group is 0."] #[doc =
    " - The AS group is not in service."] security_groups : Vec <
    types::CreateSecurityGroupsField >, #[doc =
    " Specifies the ELB listener ID. You can add up to six load balancer listeners. Separate listener IDs with commas (,)."]
    #[doc =
    " The value of this parameter can be changed only when all the following conditions are met:"]
    #[doc = ""] #[doc = " - No scaling actions are triggered in the AS group."] #[doc =
    " - The number of instances in the AS group is 0."] #[doc =
    " - The AS group is not in service."] lb_listener_id : String, #[doc =
    " Specifies information about an ELB load balancer. You can add up to six load balancers. This parameter is in list data structure. For details, see Table 3."]
    #[doc = " This parameter is alternative to **lb\\_listener\\_id**."] lbaas_listeners
    : Vec < types::UpdateLbaasListenersField >, #[doc =
    " Specifies the health check method for instances in the AS group. The health check methods include **ELB\\_AUDIT** and **NOVA\\_AUDIT**. When load balancing is configured for an AS group, the default value is **ELB\\_AUDIT**. Otherwise, the default value is **NOVA\\_AUDIT**."]
    #[doc = ""] #[doc =
    " - **ELB\\_AUDIT**: indicates the ELB health check, which takes effect in an AS group with a listener."]
    #[doc =
    " - **NOVA\\_AUDIT**: indicates the ECS health check, which is the health check method delivered with AS."]
    health_periodic_audit_method : String, #[doc =
    " Specifies the health check period for the instances in the AS group. The value can be **1**, **5**, **15**, **60**, or **180** in the unit of minutes."]
    #[doc = " If the value is set to **0**, health check is performed every 10 seconds."]
    health_periodic_audit_time : i64, #[doc = " Specifies the instance removal policy."]
    #[doc = ""] #[doc =
    " - **OLD\\_CONFIG\\_OLD\\_INSTANCE** (default): The earlier-created instances based on the earlier-created AS configurations are removed first."]
    #[doc =
    " - **OLD\\_CONFIG\\_NEW\\_INSTANCE**: The later-created instances based on the earlier-created AS configurations are removed first."]
    #[doc = " - **OLD\\_INSTANCE**: The earlier-created instances are removed first."]
    #[doc = " - **NEW\\_INSTANCE**: The later-created instances are removed first."]
    instance_terminate_policy : String, #[doc =
    " Specifies the grace period for instance health check. The unit is second and value range is 0-86400. The default value is **600**."]
    #[doc =
    " The health check grace period starts after an instance is added to an AS group and is enabled. The AS group will start checking the instance status only after the grace period ends."]
    #[doc =
    " This parameter is valid only when the instance health check method of the AS group is **ELB\\_AUDIT**."]
    #[doc = ""] #[doc = " Default: `600`. Range 0 to 86400."]
    health_periodic_audit_grace_period : i64, #[doc =
    " Specifies the AS configuration ID, which can be obtained using the API for querying AS configurations. For details, see Querying AS configurations."]
    scaling_configuration_id : String, #[doc = " Specifies the notification mode."] #[doc
    = " **EMAIL** refers to notification by email."] notifications : Vec < String >,
    #[doc =
    " Specifies whether to delete the EIP bound to the ECS when deleting the ECS. If you do not want to delete the EIP, set this parameter to **false**. Then, the system only unbinds the EIP from the ECS and reserves the EIP."]
    #[doc = ""] #[doc =
    " - **true**: deletes the EIP bound to the ECS when deleting the ECS."] #[doc =
    " - **false**: only unbinds the EIP bound to the ECS when deleting the ECS."]
    delete_publicip : bool, #[doc =
    " Specifies whether to delete the data disks attached to the ECS when deleting the ECS. The value can be **true** or **false**. The default value is **false**."]
    #[doc = ""] #[doc =
    " - **true**: deletes the data disks attached to the ECS when deleting the ECS."]
    #[doc =
    " - **false**: only detaches the data disks attached to the ECS when deleting the ECS."]
    #[doc = ""] #[doc = " Default: `false`."] delete_volume : bool, #[doc =
    " Specifies the enterprise project ID, which is used to specify the enterprise project to which the AS group belongs."]
    #[doc = ""] #[doc =
    " - If the value is **0** or left blank, the AS group belongs to the default enterprise project."]
    #[doc =
    " - If the value is a UUID, the AS group belongs to the enterprise project corresponding to the UUID.. If an enterprise project is configured for an AS group, ECSs created in this AS group also belong to this enterprise project. Otherwise, the default enterprise project will be used."]
    enterprise_project_id : String, #[doc =
    " Specifies the priority policy used to select target AZs when adjusting the number of instances in an AS group."]
    #[doc = ""] #[doc =
    " - **EQUILIBRIUM\\_DISTRIBUTE** (default): When adjusting the number of instances, ensure that instances in each AZ in the **available\\_zones** list is evenly distributed. If instances cannot be added in the target AZ, select another AZ based on the **PICK\\_FIRST** policy."]
    #[doc =
    " - **PICK\\_FIRST**: When adjusting the number of instances, target AZs are determined in the order in the **available\\_zones** list."]
    multi_az_priority_policy : String, #[doc =
    " Specifies the description of the AS group. The value can contain 1 to 256 characters. Length 1 to 256."]
    description : String }
);
impl ModifyingAnAsGroup {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::CreateResponse2> {
        let body = types::UpdateRequest {
            scaling_group_name: self.scaling_group_name,
            desire_instance_number: self.desire_instance_number,
            min_instance_number: self.min_instance_number,
            max_instance_number: self.max_instance_number,
            cool_down_time: self.cool_down_time,
            available_zones: self.available_zones,
            networks: self.networks,
            security_groups: self.security_groups,
            lb_listener_id: self.lb_listener_id,
            lbaas_listeners: self.lbaas_listeners,
            health_periodic_audit_method: self.health_periodic_audit_method,
            health_periodic_audit_time: self.health_periodic_audit_time,
            instance_terminate_policy: self.instance_terminate_policy,
            health_periodic_audit_grace_period: self.health_periodic_audit_grace_period,
            scaling_configuration_id: self.scaling_configuration_id,
            notifications: self.notifications,
            delete_publicip: self.delete_publicip,
            delete_volume: self.delete_volume,
            enterprise_project_id: self.enterprise_project_id,
            multi_az_priority_policy: self.multi_az_priority_policy,
            description: self.description,
        };
        let request = request!(
            self, Put,
            "/autoscaling-api/v1/{project_id}/scaling_group/{scaling_group_id}"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param("scaling_group_id", need!(self, scaling_group_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    DeletingAnAsGroup("deleting_an_as_group") { #[doc =
    " Specifies the project ID. Path parameter `project_id`."] project_id : String, #[doc
    = " Specifies the AS group ID. Path parameter `scaling_group_id`."] scaling_group_id
    : String, #[doc = " Specifies whether to forcibly delete an AS group. Options:"]
    #[doc = ""] #[doc =
    " - **no** (default): indicates that the AS group is not forcibly deleted."] #[doc =
    " - **yes**: indicates to forcibly delete an AS group."] #[doc = ""] #[doc =
    " Query parameter `force_delete`."] force_delete :
    types::BatchManageAsPoliciesRequestForceDelete }
);
impl DeletingAnAsGroup {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<()> {
        let request = request!(
            self, Delete,
            "/autoscaling-api/v1/{project_id}/scaling_group/{scaling_group_id}"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param("scaling_group_id", need!(self, scaling_group_id)?)
            .query_opt("force_delete", self.force_delete);
        self.call.empty(request).await
    }
}
crate::support::builder!(
    EnablingOrDisablingAnAsGroup("enabling_or_disabling_an_as_group") { #[doc =
    " Specifies the project ID. Path parameter `project_id`."] project_id : String, #[doc
    = " Specifies the AS group ID. Path parameter `scaling_group_id`."] scaling_group_id
    : String, #[doc = " Specifies a flag for enabling or disabling an AS group."] #[doc =
    ""] #[doc = " - **resume**: enables the AS group."] #[doc =
    " - **pause**: disables the AS group."] action : String }
);
impl EnablingOrDisablingAnAsGroup {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<()> {
        let body = types::EnableOrDisableRequest {
            action: need!(self, action)?,
        };
        let request = request!(
            self, Post,
            "/autoscaling-api/v1/{project_id}/scaling_group/{scaling_group_id}/action"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param("scaling_group_id", need!(self, scaling_group_id)?)
            .json_body(&body)?;
        self.call.empty(request).await
    }
}
crate::support::builder!(
    BatchManagingAsPolicies("batch_managing_as_policies") { #[doc =
    " Specifies the project ID. Path parameter `project_id`."] project_id : String, #[doc
    = " Specifies the AS policy ID."] scaling_policy_id : Vec < String >, #[doc =
    " Specifies an action to be performed on AS policies in batches. The options are as follows:"]
    #[doc = ""] #[doc = " - **delete**: deletes AS policies."] #[doc =
    " - **resume**: enables AS policies."] #[doc = " - **pause**: disables AS policies."]
    action : types::BatchManageAsPoliciesRequestAction, #[doc =
    " Specifies whether to forcibly delete an AS policy. If the value is set to **no**, in-progress AS policies cannot be deleted. Options:"]
    #[doc = ""] #[doc =
    " - **no** (default): indicates that the AS policy is not forcibly deleted."] #[doc =
    " - **yes**: indicates that the AS policy is forcibly deleted. This parameter is available only when **action** is set to **delete**."]
    force_delete : types::BatchManageAsPoliciesRequestForceDelete, #[doc =
    " Specifies whether to delete the alarm rule used by the alarm policy. The value can be **yes** or **no** (default)."]
    #[doc = " This parameter is available only when **action** is set to **delete**."]
    delete_alarm : String }
);
impl BatchManagingAsPolicies {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<()> {
        let body = types::BatchManageAsPoliciesRequest {
            scaling_policy_id: need!(self, scaling_policy_id)?,
            action: need!(self, action)?,
            force_delete: self.force_delete,
            delete_alarm: self.delete_alarm,
        };
        let request = request!(
            self, Post, "/autoscaling-api/v1/{project_id}/scaling_policies/action"
        )
            .path_param("project_id", need!(self, project_id)?)
            .json_body(&body)?;
        self.call.empty(request).await
    }
}
crate::support::builder!(
    CreatingAnAsPolicy("creating_an_as_policy") { #[doc =
    " Specifies the project ID. Path parameter `project_id`."] project_id : String, #[doc
    =
    " Specifies the AS policy name. The name contains only letters, digits, underscores (\\_), and hyphens (-), and cannot exceed 64 characters."]
    scaling_policy_name : String, #[doc =
    " Specifies the AS group ID, which can be obtained using the API for querying AS groups. For details, see Querying AS Groups."]
    scaling_group_id : String, #[doc = " Specifies the AS policy type."] #[doc = ""]
    #[doc =
    " - **ALARM** (corresponding to **alarm\\_id**): indicates that the scaling action is triggered by an alarm."]
    #[doc =
    " - **SCHEDULED** (corresponding to **scheduled\\_policy**): indicates that the scaling action is triggered as scheduled."]
    #[doc =
    " - **RECURRENCE** (corresponding to **scheduled\\_policy**): indicates that the scaling action is triggered periodically."]
    scaling_policy_type : String, #[doc =
    " Specifies the alarm rule ID. This parameter is mandatory when **scaling\\_policy\\_type** is set to **ALARM**. After this parameter is specified, the value of **scheduled\\_policy** does not take effect."]
    #[doc =
    " After you create an alarm policy, the system automatically adds an alarm triggering activity of the autoscaling type to the **alarm\\_actions** field in the alarm rule specified by the parameter value."]
    alarm_id : String, #[doc =
    " Specifies the periodic or scheduled AS policy. This parameter is mandatory when **scaling\\_policy\\_type** is set to **SCHEDULED** or **RECURRENCE**. After this parameter is specified, the value of **alarm\\_id** does not take effect. For details, see Table 3."]
    scheduled_policy : types::CreateScheduledPolicyField, #[doc =
    " Specifies the scaling action of the AS policy. For details, see Table 4."]
    scaling_policy_action : types::CreateScalingPolicyActionField, #[doc =
    " Specifies the cooldown period (in seconds). The value ranges from 0 to 86400 and is 300 by default. Range 0 to 86400."]
    cool_down_time : i64 }
);
impl CreatingAnAsPolicy {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::CreateV2Response> {
        let body = types::CreateRequest3 {
            scaling_policy_name: need!(self, scaling_policy_name)?,
            scaling_group_id: need!(self, scaling_group_id)?,
            scaling_policy_type: need!(self, scaling_policy_type)?,
            alarm_id: self.alarm_id,
            scheduled_policy: self.scheduled_policy,
            scaling_policy_action: self.scaling_policy_action,
            cool_down_time: self.cool_down_time,
        };
        let request = request!(
            self, Post, "/autoscaling-api/v1/{project_id}/scaling_policy"
        )
            .path_param("project_id", need!(self, project_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingAnAsPolicy("querying_an_as_policy") { #[doc =
    " Specifies the project ID. Path parameter `project_id`."] project_id : String, #[doc
    = " Specifies the AS policy ID. Path parameter `scaling_policy_id`."]
    scaling_policy_id : String }
);
impl QueryingAnAsPolicy {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ShowResponse3> {
        let request = request!(
            self, Get,
            "/autoscaling-api/v1/{project_id}/scaling_policy/{scaling_policy_id}"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param("scaling_policy_id", need!(self, scaling_policy_id)?);
        self.call.json(request).await
    }
}
crate::support::builder!(
    ModifyingAnAsPolicy("modifying_an_as_policy") { #[doc =
    " Specifies the project ID. Path parameter `project_id`."] project_id : String, #[doc
    =
    " Specifies an AS policy ID. For details, see Querying AS Policies Bound to an AS Group. Path parameter `scaling_policy_id`."]
    scaling_policy_id : String, #[doc =
    " Specifies the AS policy name. The name contains only letters, digits, underscores (\\_), and hyphens (-), and cannot exceed 64 characters."]
    scaling_policy_name : String, #[doc = " Specifies the AS policy type."] #[doc = ""]
    #[doc =
    " - **ALARM** (corresponding to **alarm\\_id**): indicates that the scaling action is triggered by an alarm."]
    #[doc =
    " - **SCHEDULED** (corresponding to **scheduled\\_policy**): indicates that the scaling action is triggered as scheduled."]
    #[doc =
    " - **RECURRENCE** (corresponding to **scheduled\\_policy**): indicates that the scaling action is triggered periodically."]
    scaling_policy_type : String, #[doc =
    " Specifies the alarm rule ID. This parameter is mandatory when **scaling\\_policy\\_type** is set to **ALARM**. After this parameter is specified, the value of **scheduled\\_policy** does not take effect."]
    #[doc =
    " After you modify an alarm policy, the system automatically adds an alarm triggering activity of the autoscaling type to the **alarm\\_actions** field in the alarm rule specified by the parameter value."]
    #[doc = " You can obtain the parameter value by querying Cloud Eye alarm rules."]
    alarm_id : String, #[doc =
    " Specifies the periodic or scheduled AS policy. This parameter is mandatory when **scaling\\_policy\\_type** is set to **SCHEDULED** or **RECURRENCE**. After this parameter is specified, the value of **alarm\\_id** does not take effect. For details, see Table 3."]
    scheduled_policy : types::UpdateScheduledPolicyField, #[doc =
    " Specifies the scaling action of the AS policy. For details, see Table 4."]
    scaling_policy_action : types::CreateScalingPolicyActionField, #[doc =
    " Specifies the cooldown period (in seconds). The value ranges from 0 to 86400. Range 0 to 86400."]
    cool_down_time : i64 }
);
impl ModifyingAnAsPolicy {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::UpdateResponse2> {
        let body = types::UpdateRequest2 {
            scaling_policy_name: self.scaling_policy_name,
            scaling_policy_type: self.scaling_policy_type,
            alarm_id: self.alarm_id,
            scheduled_policy: self.scheduled_policy,
            scaling_policy_action: self.scaling_policy_action,
            cool_down_time: self.cool_down_time,
        };
        let request = request!(
            self, Put,
            "/autoscaling-api/v1/{project_id}/scaling_policy/{scaling_policy_id}"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param("scaling_policy_id", need!(self, scaling_policy_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    DeletingAnAsPolicy("deleting_an_as_policy") { #[doc =
    " Specifies the project ID. Path parameter `project_id`."] project_id : String, #[doc
    = " Specifies the AS policy ID. Path parameter `scaling_policy_id`."]
    scaling_policy_id : String }
);
impl DeletingAnAsPolicy {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<()> {
        let request = request!(
            self, Delete,
            "/autoscaling-api/v1/{project_id}/scaling_policy/{scaling_policy_id}"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param("scaling_policy_id", need!(self, scaling_policy_id)?);
        self.call.empty(request).await
    }
}
crate::support::builder!(
    ExecutingEnablingOrDisablingAnAsPolicy("executing_enabling_or_disabling_an_as_policy")
    { #[doc = " Specifies the project ID. Path parameter `project_id`."] project_id :
    String, #[doc = " Specifies the AS policy ID. Path parameter `scaling_policy_id`."]
    scaling_policy_id : String, #[doc = " Specifies the operation for an AS policy."]
    #[doc = ""] #[doc = " - **execute**: immediately executes the AS policy."] #[doc =
    " - **resume**: enables the AS group."] #[doc =
    " - **pause**: disables the AS group."] action : String }
);
impl ExecutingEnablingOrDisablingAnAsPolicy {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<()> {
        let body = types::RunEnableOrDisableRequest {
            action: need!(self, action)?,
        };
        let request = request!(
            self, Post,
            "/autoscaling-api/v1/{project_id}/scaling_policy/{scaling_policy_id}/action"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param("scaling_policy_id", need!(self, scaling_policy_id)?)
            .json_body(&body)?;
        self.call.empty(request).await
    }
}
crate::support::builder!(
    QueryingAsPoliciesBoundToAnAsGroup("querying_as_policies_bound_to_an_as_group") {
    #[doc = " Specifies the project ID. Path parameter `project_id`."] project_id :
    String, #[doc = " Specifies the AS group ID. Path parameter `scaling_group_id`."]
    scaling_group_id : String, #[doc = " Specifies the AS policy name."] #[doc =
    " Supports fuzzy search."] #[doc = ""] #[doc =
    " Query parameter `scaling_policy_name`."] scaling_policy_name : String, #[doc =
    " Specifies the AS policy type."] #[doc = ""] #[doc = " - **ALARM**: alarm policy"]
    #[doc = " - **SCHEDULED**: scheduled policy"] #[doc =
    " - **RECURRENCE**: periodic policy"] #[doc = ""] #[doc =
    " Query parameter `scaling_policy_type`."] scaling_policy_type : String, #[doc =
    " Specifies the AS policy ID. Query parameter `scaling_policy_id`."]
    scaling_policy_id : String, #[doc =
    " Specifies the start line number. The default value is **0**. The minimum parameter value is **0**. Query parameter `start_number`. Default: `0`."]
    start_number : i64, #[doc =
    " Specifies the number of query records. The default value is **20**. The value ranges from 0 to 100. Query parameter `limit`. Default: `20`. Range 0 to 100."]
    limit : i64 }
);
impl QueryingAsPoliciesBoundToAnAsGroup {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ShowAsGroupAsPoliciesBoundResponse> {
        let request = request!(
            self, Get,
            "/autoscaling-api/v1/{project_id}/scaling_policy/{scaling_group_id}/list"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param("scaling_group_id", need!(self, scaling_group_id)?)
            .query_opt("scaling_policy_name", self.scaling_policy_name)
            .query_opt("scaling_policy_type", self.scaling_policy_type)
            .query_opt("scaling_policy_id", self.scaling_policy_id)
            .query_opt("start_number", self.start_number)
            .query_opt("limit", self.limit);
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingAsPolicyExecutionLogs("querying_as_policy_execution_logs") { #[doc =
    " Specifies the project ID. Path parameter `project_id`."] project_id : String, #[doc
    = " Specifies the AS policy ID. Path parameter `scaling_policy_id`."]
    scaling_policy_id : String, #[doc =
    " Specifies the ID of an AS policy execution log. Query parameter `log_id`."] log_id
    : String, #[doc = " Specifies the scaling resource type."] #[doc = ""] #[doc =
    " - AS group: **SCALING\\_GROUP**"] #[doc = " - Bandwidth: **BANDWIDTH**"] #[doc =
    ""] #[doc = " Query parameter `scaling_resource_type`."] scaling_resource_type :
    String, #[doc =
    " Specifies the scaling resource ID. Query parameter `scaling_resource_id`."]
    scaling_resource_id : String, #[doc = " Specifies the AS policy execution type."]
    #[doc = ""] #[doc =
    " - **SCHEDULED**: automatically triggered at a specified time point"] #[doc =
    " - **RECURRENCE**: automatically triggered at a specified time period"] #[doc =
    " - **ALARM**: alarm-triggered"] #[doc = " - **MANUAL**: manually triggered"] #[doc =
    ""] #[doc = " Query parameter `execute_type`."] execute_type : String, #[doc =
    " Specifies the start time that complies with UTC for querying AS policy execution logs. The format of the start time is **yyyy-MM-ddThh:mm:ssZ**."]
    #[doc = ""] #[doc = " Query parameter `start_time`."] start_time : String, #[doc =
    " Specifies the end time that complies with UTC for querying AS policy execution logs. The format of the end time is **yyyy-MM-ddThh:mm:ssZ**."]
    #[doc = ""] #[doc = " Query parameter `end_time`."] end_time : String, #[doc =
    " Specifies the start line number. The default value is **0**. The minimum parameter value is **0**. Query parameter `start_number`. Default: `0`."]
    start_number : i64, #[doc =
    " Specifies the number of query records. The default value is **20**. The value range is 0 to 100. Query parameter `limit`. Default: `20`. Range 0 to 100."]
    limit : i64 }
);
impl QueryingAsPolicyExecutionLogs {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ListAsPolicyExecutionLogsResponse> {
        let request = request!(
            self, Get,
            "/autoscaling-api/v1/{project_id}/scaling_policy_execute_log/{scaling_policy_id}"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param("scaling_policy_id", need!(self, scaling_policy_id)?)
            .query_opt("log_id", self.log_id)
            .query_opt("scaling_resource_type", self.scaling_resource_type)
            .query_opt("scaling_resource_id", self.scaling_resource_id)
            .query_opt("execute_type", self.execute_type)
            .query_opt("start_time", self.start_time)
            .query_opt("end_time", self.end_time)
            .query_opt("start_number", self.start_number)
            .query_opt("limit", self.limit);
        self.call.json(request).await
    }
}
crate::support::builder!(
    BatchManagingInstances("batch_managing_instances") { #[doc =
    " Specifies the project ID. Path parameter `project_id`."] project_id : String, #[doc
    = " Specifies the AS group ID. Path parameter `scaling_group_id`."] scaling_group_id
    : String, #[doc = " Specifies the ECS ID."] instances_id : Vec < String >, #[doc =
    " Specifies whether to delete an instance when it is removed from an AS group."]
    #[doc = " Options:"] #[doc = ""] #[doc =
    " - **no** (default): The instance will not be deleted."] #[doc =
    " - **yes**: The instance will be deleted."] #[doc =
    " - If the instances were manually added to an AS group, they are removed from the AS group but are not deleted. This parameter takes effect only when the **action** is set to **REMOVE**."]
    instance_delete : types::BatchManageAsPoliciesRequestForceDelete, #[doc =
    " Specifies an action to be performed on instances in batches. The options are as follows:"]
    #[doc = ""] #[doc = " - **ADD**: adds instances to the AS group."] #[doc =
    " - **REMOVE**: removes instances from the AS group."] #[doc =
    " - **PROTECT**: enables instance protection."] #[doc =
    " - **UNPROTECT**: disables instance protection."] action :
    types::BatchManageInstancesRequestAction }
);
impl BatchManagingInstances {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<()> {
        let body = types::BatchManageInstancesRequest {
            instances_id: need!(self, instances_id)?,
            instance_delete: self.instance_delete,
            action: need!(self, action)?,
        };
        let request = request!(
            self, Post,
            "/autoscaling-api/v1/{project_id}/scaling_group_instance/{scaling_group_id}/action"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param("scaling_group_id", need!(self, scaling_group_id)?)
            .json_body(&body)?;
        self.call.empty(request).await
    }
}
crate::support::builder!(
    QueryingInstancesInAnAsGroup("querying_instances_in_an_as_group") { #[doc =
    " Specifies the project ID. Path parameter `project_id`."] project_id : String, #[doc
    = " Specifies the AS group ID. Path parameter `scaling_group_id`."] scaling_group_id
    : String, #[doc = " Specifies the instance lifecycle status in the AS group."] #[doc
    = ""] #[doc = " - **INSERVICE**: The instance is enabled."] #[doc =
    " - **PENDING**: The instance is being added to the AS group."] #[doc =
    " - **REMOVING**: The instance is being removed from the AS group."] #[doc = ""]
    #[doc = " Query parameter `life_cycle_state`."] life_cycle_state : String, #[doc =
    " Specifies the instance health status."] #[doc = ""] #[doc =
    " - **INITIALIZING**: The instance is initializing."] #[doc =
    " - **NORMAL**: The instance is normal."] #[doc =
    " - **ERROR**: The instance is abnormal."] #[doc = ""] #[doc =
    " Query parameter `health_status`."] health_status : String, #[doc =
    " Specifies the instance protection status."] #[doc = ""] #[doc =
    " - **true**: Instance protection is enabled."] #[doc =
    " - **false**: Instance protection is disabled."] #[doc = ""] #[doc =
    " Query parameter `protect_from_scaling_down`."] protect_from_scaling_down : String,
    #[doc =
    " Specifies the start line number. The default value is **0**. The minimum parameter value is **0**. Query parameter `start_number`. Default: `0`."]
    start_number : i64, #[doc =
    " Specifies the number of query records. The default value is **20**. The value ranges from 0 to 100. Query parameter `limit`. Default: `20`. Range 0 to 100."]
    limit : i64 }
);
impl QueryingInstancesInAnAsGroup {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ListInstancesResponse> {
        let request = request!(
            self, Get,
            "/autoscaling-api/v1/{project_id}/scaling_group_instance/{scaling_group_id}/list"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param("scaling_group_id", need!(self, scaling_group_id)?)
            .query_opt("life_cycle_state", self.life_cycle_state)
            .query_opt("health_status", self.health_status)
            .query_opt("protect_from_scaling_down", self.protect_from_scaling_down)
            .query_opt("start_number", self.start_number)
            .query_opt("limit", self.limit);
        self.call.json(request).await
    }
}
crate::support::builder!(
    RemovingAnInstanceFromAnAsGroup("removing_an_instance_from_an_as_group") { #[doc =
    " Specifies the project ID. Path parameter `project_id`."] project_id : String, #[doc
    =
    " Specifies the instance ID. For details, see Querying Instances in an AS Group. Path parameter `instance_id`."]
    instance_id : String, #[doc =
    " Specifies whether an instance is deleted when it is removed from the AS group."]
    #[doc = " Options:"] #[doc = ""] #[doc =
    " - **no** (default): The instance will not be deleted."] #[doc =
    " - **yes**: The instance will be deleted."] #[doc = ""] #[doc =
    " Query parameter `instance_delete`."] instance_delete :
    types::BatchManageAsPoliciesRequestForceDelete }
);
impl RemovingAnInstanceFromAnAsGroup {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<()> {
        let request = request!(
            self, Delete,
            "/autoscaling-api/v1/{project_id}/scaling_group_instance/{instance_id}"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param("instance_id", need!(self, instance_id)?)
            .query_opt("instance_delete", self.instance_delete);
        self.call.empty(request).await
    }
}
crate::support::builder!(
    CallingBackALifecycleHook("calling_back_a_lifecycle_hook") { #[doc =
    " Specifies the project ID. Path parameter `project_id`."] project_id : String, #[doc
    = " Specifies the AS group ID. Path parameter `scaling_group_id`."] scaling_group_id
    : String, #[doc =
    " Specifies the lifecycle operation token, which is obtained by calling the API for querying instance suspension."]
    #[doc =
    " When specifying a lifecycle callback object, this field is mandatory if the **instance\\_id** parameter is not used. If both this parameter and the **instance\\_id** parameter are used, preferentially use this parameter for callback."]
    lifecycle_action_key : String, #[doc = " Specifies the instance ID."] #[doc =
    " When a lifecycle callback object is specified, this parameter is mandatory if the **lifecycle\\_action\\_key** parameter is not used."]
    instance_id : String, #[doc = " Specifies the lifecycle hook name."] #[doc =
    " When a lifecycle callback object is specified, this parameter is mandatory if the **lifecycle\\_action\\_key** parameter is not used."]
    lifecycle_hook_name : String, #[doc = " Specifies the lifecycle callback action."]
    #[doc = ""] #[doc = " - **ABANDON**: terminates the instance."] #[doc =
    " - **CONTINUE**: continues the instance."] #[doc =
    " - **EXTEND**: extends the timeout duration, one hour each time."]
    lifecycle_action_result : String }
);
impl CallingBackALifecycleHook {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<()> {
        let body = types::CallingBackLifecycleHookRequest {
            lifecycle_action_key: self.lifecycle_action_key,
            instance_id: self.instance_id,
            lifecycle_hook_name: self.lifecycle_hook_name,
            lifecycle_action_result: need!(self, lifecycle_action_result)?,
        };
        let request = request!(
            self, Put,
            "/autoscaling-api/v1/{project_id}/scaling_instance_hook/{scaling_group_id}/callback"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param("scaling_group_id", need!(self, scaling_group_id)?)
            .json_body(&body)?;
        self.call.empty(request).await
    }
}
crate::support::builder!(
    CreatingALifecycleHook("creating_a_lifecycle_hook") { #[doc =
    " Specifies the project ID. Path parameter `project_id`."] project_id : String, #[doc
    = " Specifies the AS group ID. Path parameter `scaling_group_id`."] scaling_group_id
    : String, #[doc =
    " Specifies the lifecycle hook name. The name contains only letters, digits, underscores (\\_), and hyphens (-), and cannot exceed 32 characters."]
    lifecycle_hook_name : String, #[doc = " Specifies the lifecycle hook type. Options:"]
    #[doc = ""] #[doc =
    " - **INSTANCE\\_TERMINATING**: The hook suspends the instance when the instance is terminated."]
    #[doc =
    " - **INSTANCE\\_LAUNCHING**: The hook suspends the instance when the instance is started."]
    lifecycle_hook_type : types::CreateLifecycleHookRequestLifecycleHookType, #[doc =
    " Specifies the default lifecycle hook callback operation. By default, this operation is performed when the timeout duration expires."]
    #[doc = ""] #[doc = " - ABANDON"] #[doc = " - CONTINUE"] #[doc =
    " - If an instance is starting, **CONTINUE** indicates that your customized operations are successful and the instance can be used. **ABANDON** indicates that your customized operations failed, and the instance will be terminated. In such a case, the scaling action fails, and you must create a new instance."]
    #[doc =
    " - If an instance is stopping, both **ABANDON** and **CONTINUE** allow instance termination. The difference between the two states is as follows: **ABANDON** stops other lifecycle hooks, but **CONTINUE** allows the completion of other lifecycle hooks."]
    #[doc = " - The default value of this parameter is **ABANDON**."] default_result :
    String, #[doc =
    " Specifies the lifecycle hook timeout duration, which ranges from 60 to 86400 in the unit of second. The default value is 3600."]
    #[doc =
    " By default, this parameter specifies the instance waiting duration. You can prolong the timeout duration or perform the **CONTINUE** or **ABANDON** operation before the timeout duration expires."]
    #[doc = ""] #[doc = " Default: `3600`. Range 60 to 86400."] default_timeout : i64,
    #[doc = " Specifies a unique topic in SMN."] #[doc =
    " This parameter specifies a notification object for a lifecycle hook. When an instance is suspended by the lifecycle hook, the SMN service sends a notification to the object. This notification contains the basic instance information, your customized notification content, and the token for controlling lifecycle operations."]
    notification_topic_urn : String, #[doc =
    " Specifies a customized notification, which contains no more than 256 characters in length. The message cannot contain the following characters: \\<\\>\\&'()"]
    #[doc =
    " After a notification object is configured, the SMN service sends your customized notification to the object."]
    #[doc = ""] #[doc = " Length at most 256."] notification_metadata : String }
);
impl CreatingALifecycleHook {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::CreateLifecycleHookResponse> {
        let body = types::CreateLifecycleHookRequest {
            lifecycle_hook_name: need!(self, lifecycle_hook_name)?,
            lifecycle_hook_type: need!(self, lifecycle_hook_type)?,
            default_result: self.default_result,
            default_timeout: self.default_timeout,
            notification_topic_urn: need!(self, notification_topic_urn)?,
            notification_metadata: self.notification_metadata,
        };
        let request = request!(
            self, Post,
            "/autoscaling-api/v1/{project_id}/scaling_lifecycle_hook/{scaling_group_id}"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param("scaling_group_id", need!(self, scaling_group_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingALifecycleHook("querying_a_lifecycle_hook") { #[doc =
    " Specifies the project ID. Path parameter `project_id`."] project_id : String, #[doc
    = " Specifies the AS group ID. Path parameter `scaling_group_id`."] scaling_group_id
    : String, #[doc =
    " Specifies the lifecycle hook name. Path parameter `lifecycle_hook_name`."]
    lifecycle_hook_name : String }
);
impl QueryingALifecycleHook {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::UpdateLifecycleHookResponse> {
        let request = request!(
            self, Get,
            "/autoscaling-api/v1/{project_id}/scaling_lifecycle_hook/{scaling_group_id}/{lifecycle_hook_name}"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param("scaling_group_id", need!(self, scaling_group_id)?)
            .path_param("lifecycle_hook_name", need!(self, lifecycle_hook_name)?);
        self.call.json(request).await
    }
}
crate::support::builder!(
    ModifyingALifecycleHook("modifying_a_lifecycle_hook") { #[doc =
    " Specifies the project ID. Path parameter `project_id`."] project_id : String, #[doc
    = " Specifies the AS group ID. Path parameter `scaling_group_id`."] scaling_group_id
    : String, #[doc =
    " Specifies the lifecycle hook name. Path parameter `lifecycle_hook_name`."]
    lifecycle_hook_name : String, #[doc = " Specifies the lifecycle hook type. Options:"]
    #[doc = ""] #[doc =
    " - **INSTANCE\\_TERMINATING**: The hook suspends the instance when the instance is terminated."]
    #[doc =
    " - **INSTANCE\\_LAUNCHING**: The hook suspends the instance when the instance is started."]
    lifecycle_hook_type : types::CreateLifecycleHookRequestLifecycleHookType, #[doc =
    " Specifies the default lifecycle hook callback operation. By default, this operation is performed when the timeout duration expires."]
    #[doc = ""] #[doc = " - ABANDON"] #[doc = " - CONTINUE"] #[doc =
    " - If an instance is starting, **CONTINUE** indicates that your customized operations are successful and the instance can be used. **ABANDON** indicates that your customized operations failed, and the instance will be terminated. In such a case, the scaling action fails, and you must create a new instance."]
    #[doc =
    " - If an instance is stopping, both **ABANDON** and **CONTINUE** allow instance termination. The difference between the two states is as follows: **ABANDON** stops other lifecycle hooks, but **CONTINUE** allows the completion of other lifecycle hooks."]
    #[doc = " - The default value of this parameter is **ABANDON**."] default_result :
    String, #[doc =
    " Specifies the lifecycle hook timeout duration, which ranges from 60 to 86400 in the unit of second. The default value is 3600."]
    #[doc =
    " By default, this parameter specifies the instance waiting duration. You can prolong the timeout duration or perform the **CONTINUE** or **ABANDON** operation before the timeout duration expires."]
    #[doc = ""] #[doc = " Default: `3600`. Range 60 to 86400."] default_timeout : i64,
    #[doc = " Specifies a unique topic in SMN."] #[doc =
    " This parameter specifies a notification object for a lifecycle hook. When an instance is suspended by the lifecycle hook, the SMN service sends a notification to the object. This notification contains the basic instance information, your customized notification content, and the token for controlling lifecycle operations."]
    notification_topic_urn : String, #[doc =
    " Specifies a customized notification, which contains no more than 256 characters in length. The message cannot contain the following characters: \\<\\>\\&'()"]
    #[doc =
    " After a notification object is configured, the SMN service sends your customized notification to the object."]
    #[doc = ""] #[doc = " Length at most 256."] notification_metadata : String }
);
impl ModifyingALifecycleHook {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::UpdateLifecycleHookResponse> {
        let body = types::UpdateLifecycleHookRequest {
            lifecycle_hook_type: self.lifecycle_hook_type,
            default_result: self.default_result,
            default_timeout: self.default_timeout,
            notification_topic_urn: self.notification_topic_urn,
            notification_metadata: self.notification_metadata,
        };
        let request = request!(
            self, Put,
            "/autoscaling-api/v1/{project_id}/scaling_lifecycle_hook/{scaling_group_id}/{lifecycle_hook_name}"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param("scaling_group_id", need!(self, scaling_group_id)?)
            .path_param("lifecycle_hook_name", need!(self, lifecycle_hook_name)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    DeletingALifecycleHook("deleting_a_lifecycle_hook") { #[doc =
    " Specifies the project ID. Path parameter `project_id`."] project_id : String, #[doc
    = " Specifies the AS group ID. Path parameter `scaling_group_id`."] scaling_group_id
    : String, #[doc =
    " Specifies the lifecycle hook name. Path parameter `lifecycle_hook_name`."]
    lifecycle_hook_name : String }
);
impl DeletingALifecycleHook {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<()> {
        let request = request!(
            self, Delete,
            "/autoscaling-api/v1/{project_id}/scaling_lifecycle_hook/{scaling_group_id}/{lifecycle_hook_name}"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param("scaling_group_id", need!(self, scaling_group_id)?)
            .path_param("lifecycle_hook_name", need!(self, lifecycle_hook_name)?);
        self.call.empty(request).await
    }
}
crate::support::builder!(
    QueryingInstanceSuspension("querying_instance_suspension") { #[doc =
    " Specifies the project ID. Path parameter `project_id`."] project_id : String, #[doc
    = " Specifies the AS group ID. Path parameter `scaling_group_id`."] scaling_group_id
    : String, #[doc = " Specifies the AS instance ID. Query parameter `instance_id`."]
    instance_id : String }
);
impl QueryingInstanceSuspension {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ShowInstanceSuspensionResponse> {
        let request = request!(
            self, Get,
            "/autoscaling-api/v1/{project_id}/scaling_instance_hook/{scaling_group_id}/list"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param("scaling_group_id", need!(self, scaling_group_id)?)
            .query_opt("instance_id", self.instance_id);
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingLifecycleHooks("querying_lifecycle_hooks") { #[doc =
    " Specifies the project ID. Path parameter `project_id`."] project_id : String, #[doc
    = " Specifies the AS group ID. Path parameter `scaling_group_id`."] scaling_group_id
    : String }
);
impl QueryingLifecycleHooks {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ListLifecycleHooksResponse> {
        let request = request!(
            self, Get,
            "/autoscaling-api/v1/{project_id}/scaling_lifecycle_hook/{scaling_group_id}/list"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param("scaling_group_id", need!(self, scaling_group_id)?);
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingAsPolicyAndInstanceQuotas("querying_as_policy_and_instance_quotas") { #[doc =
    " Specifies the project ID. Path parameter `project_id`."] project_id : String, #[doc
    = " Specifies the AS group ID. Path parameter `scaling_group_id`."] scaling_group_id
    : String }
);
impl QueryingAsPolicyAndInstanceQuotas {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ListAsPolicyAndInstanceQuotasResponse> {
        let request = request!(
            self, Get, "/autoscaling-api/v1/{project_id}/quotas/{scaling_group_id}"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param("scaling_group_id", need!(self, scaling_group_id)?);
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingAsQuotas("querying_as_quotas") { #[doc =
    " Specifies the project ID. Path parameter `project_id`."] project_id : String }
);
impl QueryingAsQuotas {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ListAsQuotasResponse> {
        let request = request!(self, Get, "/autoscaling-api/v1/{project_id}/quotas")
            .path_param("project_id", need!(self, project_id)?);
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingScalingActionLogs("querying_scaling_action_logs") { #[doc =
    " Specifies the project ID. Path parameter `project_id`."] project_id : String, #[doc
    = " Specifies the AS group ID. Path parameter `scaling_group_id`."] scaling_group_id
    : String, #[doc =
    " Specifies the start time that complies with UTC for querying scaling action logs. The format of the start time is **yyyy-MM-ddThh:mm:ssZ**."]
    #[doc = ""] #[doc = " Query parameter `start_time`."] start_time : String, #[doc =
    " Specifies the end time that complies with UTC for querying scaling action logs. The format of the end time is **yyyy-MM-ddThh:mm:ssZ**."]
    #[doc = ""] #[doc = " Query parameter `end_time`."] end_time : String, #[doc =
    " Specifies the start line number. The default value is **0**. The minimum parameter value is **0**. Query parameter `start_number`. Default: `0`."]
    start_number : i64, #[doc =
    " Specifies the number of query records. The default value is **20**. The value ranges from 0 to 100. Query parameter `limit`. Default: `20`. Range 0 to 100."]
    limit : i64 }
);
impl QueryingScalingActionLogs {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ListScalingActionLogsResponse> {
        let request = request!(
            self, Get,
            "/autoscaling-api/v1/{project_id}/scaling_activity_log/{scaling_group_id}"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param("scaling_group_id", need!(self, scaling_group_id)?)
            .query_opt("start_time", self.start_time)
            .query_opt("end_time", self.end_time)
            .query_opt("start_number", self.start_number)
            .query_opt("limit", self.limit);
        self.call.json(request).await
    }
}
crate::support::builder!(
    CreatingOrDeletingATag("creating_or_deleting_a_tag") { #[doc =
    " Specifies the project ID. Path parameter `project_id`."] project_id : String, #[doc
    = " Specifies the resource type. The option is as follows:"] #[doc =
    " **scaling\\_group\\_tag**: indicates that the resource type is AS groups."] #[doc =
    ""] #[doc = " Path parameter `resource_type`."] resource_type : String, #[doc =
    " Resource ID. Path parameter `resource_id`."] resource_id : String, #[doc =
    " Specifies the tag list. For details, see Table 3."] #[doc =
    " If **action** is set to **delete**, the tag structure cannot be missing, and the key cannot be left blank or an empty string."]
    tags : Vec < types::OrDeleteTagResourceTagField >, #[doc =
    " Specifies the operation ID. The value is case-sensitive and can be any of the following:"]
    #[doc = ""] #[doc = " - **delete**: indicates deleting a tag."] #[doc =
    " - **create**: indicates creating a tag. If the same key value already exists, it will be overwritten."]
    action : String }
);
impl CreatingOrDeletingATag {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<()> {
        let body = types::CreateOrDeleteTagRequest {
            tags: need!(self, tags)?,
            action: need!(self, action)?,
        };
        let request = request!(
            self, Post,
            "/autoscaling-api/v1/{project_id}/{resource_type}/{resource_id}/tags/action"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param("resource_type", need!(self, resource_type)?)
            .path_param("resource_id", need!(self, resource_id)?)
            .json_body(&body)?;
        self.call.empty(request).await
    }
}
crate::support::builder!(
    QueryingResourcesByTag("querying_resources_by_tag") { #[doc =
    " Specifies the project ID. Path parameter `project_id`."] project_id : String, #[doc
    =
    " Specifies the resource type. An example value is **scaling\\_group\\_tag**. Path parameter `resource_type`."]
    resource_type : String, #[doc =
    " Specifies filter criteria with tags included. A maximum of 10 keys can be contained. The structure body must be complete. For details, see Table 3."]
    tags : Vec < types::ResourcesByTagField >, #[doc =
    " Specifies filter criteria with any tag included. A maximum of 10 keys can be contained. For details, see Table 3."]
    tags_any : Vec < types::ResourcesByTagField >, #[doc =
    " Specifies filter criteria without tags included. A maximum of 10 keys can be contained. For details, see Table 3."]
    not_tags : Vec < types::ResourcesByTagField >, #[doc =
    " Specifies filter criteria without any tag included. A maximum of 10 keys can be contained. For details, see Table 3."]
    not_tags_any : Vec < types::ResourcesByTagField >, #[doc =
    " Specifies the maximum number of query records. The maximum value is 1,000, and the minimum value is 1."]
    #[doc = ""] #[doc =
    " - If **action** is set to **count**, this parameter is invalid."] #[doc =
    " - If **action** is set to **filter**, the default value is **1000**."] #[doc = ""]
    #[doc = " Default: `1000`."] limit : String, #[doc =
    " Marks the paging location (index position). You are advised to use the **offset** parameter to set the index position."]
    #[doc = " Marks the paging location (resource ID or index location)."] marker :
    String, #[doc = " Specifies the operation, which can be **filter** or **count**."]
    #[doc = ""] #[doc =
    " - **filter**: indicates that resources are filtered by tag and the resources meeting the search criteria are returned on pages."]
    #[doc =
    " - **count**: indicates that resources are searched by tag and the number of resources meeting the search criteria is returned."]
    action : String, #[doc =
    " Specifies the index position. The query starts from the next image indexed by this parameter. The value must be a non-negative number."]
    #[doc =
    " You do not need to specify this parameter when querying resources on the first page. When you query resources on subsequent pages, set **offset** to the location returned in the response body for the previous query."]
    #[doc = ""] #[doc =
    " - If the **action** value is **count**, this parameter is invalid."] #[doc =
    " - If the **action** value is **filter**, the default value is **0**."] #[doc = ""]
    #[doc = " Default: `0`."] offset : String, #[doc =
    " Specifies fuzzy search. For details, see Table 4."] matches : Vec <
    types::ResourcesByTagMatchField >, #[doc =
    " If this parameter is set to **true**, all resources without tags are queried. In this case, the **tags**, **tags\\_any**, **not\\_tags**, and **not\\_tags\\_any** fields are ignored."]
    without_any_tag : bool }
);
impl QueryingResourcesByTag {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ListResourcesByTagResponse> {
        let body = types::ListResourcesByTagRequest {
            tags: self.tags,
            tags_any: self.tags_any,
            not_tags: self.not_tags,
            not_tags_any: self.not_tags_any,
            limit: self.limit,
            marker: self.marker,
            action: need!(self, action)?,
            offset: self.offset,
            matches: self.matches,
            without_any_tag: need!(self, without_any_tag)?,
        };
        let request = request!(
            self, Post,
            "/autoscaling-api/v1/{project_id}/{resource_type}/resource_instances/action"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param("resource_type", need!(self, resource_type)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingTags("querying_tags") { #[doc =
    " Specifies the project ID. Path parameter `project_id`."] project_id : String, #[doc
    = " Specifies the resource type. The option is as follows:"] #[doc =
    " **scaling\\_group\\_tag**: indicates that the resource type is AS groups."] #[doc =
    ""] #[doc = " Path parameter `resource_type`."] resource_type : String }
);
impl QueryingTags {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ListTagsResponse> {
        let request = request!(
            self, Get, "/autoscaling-api/v1/{project_id}/{resource_type}/tags"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param("resource_type", need!(self, resource_type)?);
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingTagsOfAResource("querying_tags_of_a_resource") { #[doc =
    " Specifies the project ID. Path parameter `project_id`."] project_id : String, #[doc
    = " Specifies the resource type. The option is as follows:"] #[doc =
    " **scaling\\_group\\_tag**: indicates that the resource type is AS groups."] #[doc =
    ""] #[doc = " Path parameter `resource_type`."] resource_type : String, #[doc =
    " Specifies the resource ID. Path parameter `resource_id`."] resource_id : String }
);
impl QueryingTagsOfAResource {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ListResourceTagsResponse> {
        let request = request!(
            self, Get,
            "/autoscaling-api/v1/{project_id}/{resource_type}/{resource_id}/tags"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param("resource_type", need!(self, resource_type)?)
            .path_param("resource_id", need!(self, resource_id)?);
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingAnApiVersion("querying_an_api_version") { #[doc =
    " Specifies the ID of the AS API version. Path parameter `api_version`."] api_version
    : String }
);
impl QueryingAnApiVersion {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ShowApiVersionResponse> {
        let request = request!(self, Get, "/{api_version}")
            .path_param("api_version", need!(self, api_version)?);
        self.call.json(request).await
    }
}
crate::support::builder!(QueryingApiVersions("querying_api_versions") {});
impl QueryingApiVersions {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ListApiVersionsResponse> {
        let request = request!(self, Get, "/");
        self.call.json(request).await
    }
}
