//! Models of Auto Scaling (shared by every API version unless a version module has its own).
/// Request parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CreateV2Request {
    /// Specifies the AS policy name. The name contains only letters, digits, underscores (\_), and hyphens (-), and cannot exceed 64 characters.
    pub scaling_policy_name: String,
    /// Specifies the scaling resource ID, which is the unique ID of an AS group or bandwidth.
    ///
    /// - If **scaling\_resource\_type** is set to **SCALING\_GROUP**, this parameter indicates the unique AS group ID.
    /// - If **scaling\_resource\_type** is set to **BANDWIDTH**, this parameter indicates the unique bandwidth ID.
    pub scaling_resource_id: String,
    /// Specifies the scaling resource type.
    ///
    /// - AS group: **SCALING\_GROUP**
    /// - Bandwidth: **BANDWIDTH**
    pub scaling_resource_type: String,
    /// Specifies the AS policy type.
    ///
    /// - **ALARM** (corresponding to **alarm\_id**): indicates that the scaling action is triggered by an alarm.
    /// - **SCHEDULED** (corresponding to **scheduled\_policy**): indicates that the scaling action is triggered as scheduled.
    /// - **RECURRENCE** (corresponding to **scheduled\_policy**): indicates that the scaling action is triggered periodically.
    pub scaling_policy_type: String,
    /// Specifies the alarm rule ID. This parameter is mandatory when **scaling\_policy\_type** is set to **ALARM**. After this parameter is specified, the value of **scheduled\_policy** does not take effect.
    /// After you create an alarm policy, the system automatically adds an alarm triggering activity of the autoscaling type to the **alarm\_actions** field in the alarm rule specified by the parameter value.
    /// You can obtain the parameter value by querying Cloud Eye alarm rules.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub alarm_id: Option<String>,
    /// Specifies the periodic or scheduled AS policy. This parameter is mandatory when **scaling\_policy\_type** is set to **SCHEDULED** or **RECURRENCE**. After this parameter is specified, the value of **alarm\_id** does not take effect. For details, see Table 3.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub scheduled_policy: Option<V2ScheduledPolicyField>,
    /// Specifies the scaling action of the AS policy. For details, see Table 4.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub scaling_policy_action: Option<V2ScalingPolicyActionField>,
    /// Specifies the cooldown period (in seconds). The value ranges from 0 to 86400 and is 300 by default. Range 0 to 86400.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cool_down_time: Option<i64>,
    /// Specifies the description of the AS policy. The value can contain 1 to 256 characters. Length 1 to 256.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}
/// scheduled\_policy field description
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct V2ScheduledPolicyField {
    /// Specifies the time when the scaling action is triggered. The time format complies with UTC.
    ///
    /// - If **scaling\_policy\_type** is set to **SCHEDULED**, the time format is **YYYY-MM-DDThh:mmZ**.
    /// - If **scaling\_policy\_type** is set to **RECURRENCE**, the time format is **hh:mm**.
    pub launch_time: String,
    /// Specifies the periodic triggering type. This parameter is mandatory when **scaling\_policy\_type** is set to **RECURRENCE**.
    ///
    /// - **Daily**: indicates that the scaling action is triggered once a day.
    /// - **Weekly**: indicates that the scaling action is triggered once a week.
    /// - **Monthly**: indicates that the scaling action is triggered once a month.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub recurrence_type: Option<String>,
    /// Specifies the day when a periodic scaling action is triggered. This parameter is mandatory when **scaling\_policy\_type** is set to **RECURRENCE**.
    ///
    /// - If **recurrence\_type** is set to **Daily**, the value is **null**, indicating that the scaling action is triggered once a day.
    /// - If **recurrence\_type** is set to **Weekly**, the value ranges from **1** (Sunday) to **7** (Saturday). The digits refer to dates in each week and separated by a comma, such as **1,3,5**.
    /// - If **recurrence\_type** is set to **Monthly**, the value ranges from **1** to **31**. The digits refer to the dates in each month and separated by a comma, such as **1,10,13,28**.
    /// - When **recurrence\_type** is set to **Daily**, this parameter does not take effect.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub recurrence_value: Option<String>,
    /// Specifies the start time of the scaling action triggered periodically. The time format complies with UTC. The default value is the local time.
    /// The time format is **YYYY-MM-DDThh:mmZ**.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub start_time: Option<String>,
    /// Specifies the end time of the scaling action triggered periodically. The time format complies with UTC. This parameter is mandatory when **scaling\_policy\_type** is set to **RECURRENCE**. When the scaling action is triggered periodically, the end time cannot be earlier than the current and start time.
    /// The time format is **YYYY-MM-DDThh:mmZ**.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub end_time: Option<String>,
}
crate::support::setters!(
    @ model V2ScheduledPolicyField new(launch_time : String) { recurrence_type : String,
    recurrence_value : String, start_time : String, end_time : String }
);
/// scaling\_policy\_action field description
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct V2ScalingPolicyActionField {
    /// Specifies the operation to be performed. The default operation is **ADD**.
    ///
    /// - If **scaling\_resource\_type** is set to **SCALING\_GROUP**, the following operations are supported:
    /// - **ADD**: indicates adding instances.
    /// - **REMOVE/REDUCE**: indicates removing or reducing instances.
    /// - **SET**: indicates setting the number of instances to a specified value.
    /// - If **scaling\_resource\_type** is set to **BANDWIDTH**, the following operations are supported:
    /// - **ADD**: indicates adding instances.
    /// - **REDUCE**: indicates reducing instances.
    /// - **SET**: indicates setting the number of instances to a specified value.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub operation: Option<String>,
    /// Specifies the operation size. The value is an integer from 0 to 300. The default value is **1**. This parameter can be set to **0** only when **operation** is set to **SET**.
    ///
    /// - If **scaling\_resource\_type** is set to **SCALING\_GROUP**, this parameter indicates the number of instances. The value is an integer from 0 to 300 and the default value is **1**.
    /// - If **scaling\_resource\_type** is set to **BANDWIDTH**, this parameter indicates the bandwidth (Mbit/s). The value is an integer from 1 to 300 and the default value is **1**.
    /// - If **scaling\_resource\_type** is set to **SCALING\_GROUP**, either **size** or **percentage** can be set.
    ///
    /// Default: `1`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub size: Option<i64>,
    /// Specifies the percentage of instances to be operated. If **operation** is set to **ADD**, **REMOVE**, or **REDUCE**, the value of this parameter is an integer from 1 to 20000. If **operation** is set to **SET**, the value is an integer from 0 to 20000.
    ///
    /// - If **scaling\_resource\_type** is set to **SCALING\_GROUP**, either **size** or **percentage** can be set. If neither **size** nor **percentage** is set, the default value of **size** is **1**.
    /// - If **scaling\_resource\_type** is set to **BANDWIDTH**, **percentage** is unavailable.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub percentage: Option<i64>,
    /// Specifies the operation restrictions.
    /// If **scaling\_resource\_type** is set to **BANDWIDTH** and **operation** is not **SET**, this parameter takes effect and the unit is Mbit/s.
    ///
    /// - If **operation** is set to **ADD**, this parameter indicates the maximum bandwidth allowed.
    /// - If **operation** is set to **REDUCE**, this parameter indicates the minimum bandwidth allowed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limits: Option<i64>,
}
crate::support::setters!(
    @ model V2ScalingPolicyActionField { operation : String, size : i64, percentage :
    i64, limits : i64 }
);
/// Response parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CreateV2Response {
    /// Specifies the AS policy ID.
    pub scaling_policy_id: Option<String>,
}
/// Request parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct UpdateV2Request {
    /// Specifies the AS policy name. The name contains only letters, digits, underscores (\_), and hyphens (-), and cannot exceed 64 characters.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub scaling_policy_name: Option<String>,
    /// Specifies the AS policy type.
    ///
    /// - **ALARM** (corresponding to **alarm\_id**): indicates that the scaling action is triggered by an alarm.
    /// - **SCHEDULED** (corresponding to **scheduled\_policy**): indicates that the scaling action is triggered as scheduled.
    /// - **RECURRENCE** (corresponding to **scheduled\_policy**): indicates that the scaling action is triggered periodically.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub scaling_policy_type: Option<String>,
    /// Specifies the scaling resource ID, which is the ID of a unique AS group or bandwidth.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub scaling_resource_id: Option<String>,
    /// Specifies the scaling resource type.
    ///
    /// - AS group: **SCALING\_GROUP**
    /// - Bandwidth: **BANDWIDTH**
    #[serde(skip_serializing_if = "Option::is_none")]
    pub scaling_resource_type: Option<String>,
    /// Specifies the alarm rule ID. This parameter is mandatory when **scaling\_policy\_type** is set to **ALARM**. After this parameter is specified, the value of **scheduled\_policy** does not take effect.
    /// After you modify an alarm policy, the system automatically adds an alarm triggering activity of the autoscaling type to the **alarm\_actions** field in the alarm rule specified by the parameter value.
    /// You can obtain the parameter value by querying Cloud Eye alarm rules.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub alarm_id: Option<String>,
    /// Specifies the periodic or scheduled AS policy. This parameter is mandatory when **scaling\_policy\_type** is set to **SCHEDULED** or **RECURRENCE**. After this parameter is specified, the value of **alarm\_id** does not take effect. For details, see Table 3.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub scheduled_policy: Option<V2ScheduledPolicyField>,
    /// Specifies the scaling action of the AS policy. For details, see Table 4.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub scaling_policy_action: Option<V2ScalingPolicyActionField>,
    /// Specifies the cooldown period (in seconds). The value ranges from 0 to 86400. Range 0 to 86400.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cool_down_time: Option<i64>,
    /// Specifies the description of the AS policy. The value can contain 1 to 256 characters. Length 1 to 256.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}
/// Response parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ShowV2Response {
    /// Specifies details about the AS policy. For details, see Table 3.
    pub scaling_policy: Option<V2ScalingPolicyField>,
}
/// scaling\_policy field description
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct V2ScalingPolicyField {
    /// Specifies the scaling resource ID.
    pub scaling_resource_id: Option<String>,
    /// Specifies the scaling resource type.
    ///
    /// - AS group: **SCALING\_GROUP**
    /// - Bandwidth: **BANDWIDTH**
    pub scaling_resource_type: Option<String>,
    /// Specifies the AS policy name.
    /// Supports fuzzy search.
    pub scaling_policy_name: Option<String>,
    /// Specifies the AS policy ID.
    pub scaling_policy_id: Option<String>,
    /// Specifies the AS policy status.
    ///
    /// - **INSERVICE**: The AS policy is enabled.
    /// - **PAUSED**: The AS policy is disabled.
    /// - **EXECUTING**: The AS policy is being executed.
    pub policy_status: Option<String>,
    /// Specifies the AS policy type.
    ///
    /// - **ALARM**: indicates that the scaling action is triggered by an alarm. A value is returned for **alarm\_id**, and no value is returned for **scheduled\_policy**.
    /// - **SCHEDULED**: indicates that the scaling action is triggered as scheduled. A value is returned for **scheduled\_policy**, and no value is returned for **alarm\_id**, **recurrence\_type**, **recurrence\_value**, **start\_time**, or **end\_time**.
    /// - **RECURRENCE**: indicates that the scaling action is triggered periodically. Values are returned for **scheduled\_policy**, **recurrence\_type**, **recurrence\_value**, **start\_time**, and **end\_time**, and no value is returned for **alarm\_id**.
    pub scaling_policy_type: Option<String>,
    /// Specifies the alarm ID.
    pub alarm_id: Option<String>,
    /// Specifies the periodic or scheduled AS policy. For details, see Table 4.
    pub scheduled_policy: Option<ShowV2ScheduledPolicyField>,
    /// Specifies the scaling action of the AS policy. For details, see Table 5.
    pub scaling_policy_action: Option<ShowV2ScalingPolicyActionField>,
    /// Specifies the cooldown period (s).
    pub cool_down_time: Option<i64>,
    /// Specifies the time when an AS policy was created. The time format complies with UTC.
    pub create_time: Option<String>,
    /// Provides additional information. For details, see Table 6.
    pub meta_data: Option<V2MetaDataField>,
    /// Specifies the AS policy description.
    pub description: Option<String>,
}
/// scheduled\_policy field description
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ShowV2ScheduledPolicyField {
    /// Specifies the time when the scaling action is triggered. The time format complies with UTC.
    ///
    /// - If **scaling\_policy\_type** is set to **SCHEDULED**, the time format is **YYYY-MM-DDThh:mmZ**.
    /// - If **scaling\_policy\_type** is set to **RECURRENCE**, the time format is **hh:mm**.
    pub launch_time: Option<String>,
    /// Specifies the type of a periodically triggered scaling action.
    ///
    /// - **Daily**: indicates that the scaling action is triggered once a day.
    /// - **Weekly**: indicates that the scaling action is triggered once a week.
    /// - **Monthly**: indicates that the scaling action is triggered once a month.
    pub recurrence_type: Option<String>,
    /// Specifies the frequency at which scaling actions are triggered.
    ///
    /// - If **recurrence\_type** is set to **Daily**, the value is **null**, indicating that the scaling action is triggered once a day.
    /// - If **recurrence\_type** is set to **Weekly**, the value ranges from **1** (Sunday) to **7** (Saturday). The digits refer to dates in each week and separated by a comma, such as **1,3,5**.
    /// - If **recurrence\_type** is set to **Monthly**, the value ranges from **1** to **31**. The digits refer to the dates in each month and separated by a comma, such as **1,10,13,28**.
    pub recurrence_value: Option<String>,
    /// Specifies the start time of the scaling action triggered periodically. The time format complies with UTC.
    /// The time format is **YYYY-MM-DDThh:mmZ**.
    pub start_time: Option<String>,
    /// Specifies the end time of the scaling action triggered periodically. The time format complies with UTC.
    /// The time format is **YYYY-MM-DDThh:mmZ**.
    pub end_time: Option<String>,
}
/// scaling\_policy\_action field description
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ShowV2ScalingPolicyActionField {
    /// Specifies the scaling action.
    ///
    /// - **ADD**: indicates adding instances.
    /// - **REDUCE**: indicates reducing instances.
    /// - **SET**: indicates setting the number of instances to a specified value.
    pub operation: Option<String>,
    /// Specifies the operation size.
    pub size: Option<i64>,
    /// Specifies the percentage of instances to be operated.
    pub percentage: Option<i64>,
    /// Specifies the operation restrictions.
    pub limits: Option<i64>,
}
/// meta\_data field description
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct V2MetaDataField {
    /// Specifies the bandwidth sharing type in the bandwidth scaling policy.
    pub metadata_bandwidth_share_type: Option<String>,
    /// Specifies the EIP ID for the bandwidth in the bandwidth scaling policy.
    pub metadata_eip_id: Option<String>,
    /// Specifies the EIP for the bandwidth in the bandwidth scaling policy.
    pub metadata_eip_address: Option<String>,
}
/// Response parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ShowResourceAsPoliciesBoundV2Response {
    /// Specifies the total number of query records.
    pub total_number: Option<i64>,
    /// Specifies the start line number.
    pub start_number: Option<i64>,
    /// Specifies the maximum number of resources to be queried.
    pub limit: Option<i64>,
    /// Specifies AS policies. For details, see Table 3.
    pub scaling_policies: Option<Vec<ResourceAsPoliciesBoundV2ScalingPoliciesField>>,
}
/// scaling\_policies field description
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ResourceAsPoliciesBoundV2ScalingPoliciesField {
    /// Specifies the AS policy name.
    /// Supports fuzzy search.
    pub scaling_policy_name: Option<String>,
    /// Specifies the AS policy ID.
    pub scaling_policy_id: Option<String>,
    /// Specifies the scaling resource ID.
    pub scaling_resource_id: Option<String>,
    /// Specifies the scaling resource type.
    ///
    /// - AS group: **SCALING\_GROUP**
    /// - Bandwidth: **BANDWIDTH**
    pub scaling_resource_type: Option<String>,
    /// Specifies the AS policy status.
    ///
    /// - **INSERVICE**: The AS policy is enabled.
    /// - **PAUSED**: The AS policy is disabled.
    /// - **EXECUTING**: The AS policy is being executed.
    pub policy_status: Option<String>,
    /// Specifies the AS policy type.
    ///
    /// - **ALARM**: indicates that the scaling action is triggered by an alarm. A value is returned for **alarm\_id**, and no value is returned for **scheduled\_policy**.
    /// - **SCHEDULED**: indicates that the scaling action is triggered as scheduled. A value is returned for **scheduled\_policy**, and no value is returned for **alarm\_id**, **recurrence\_type**, **recurrence\_value**, **start\_time**, or **end\_time**.
    /// - **RECURRENCE**: indicates that the scaling action is triggered periodically. Values are returned for **scheduled\_policy**, **recurrence\_type**, **recurrence\_value**, **start\_time**, and **end\_time**, and no value is returned for **alarm\_id**.
    pub scaling_policy_type: Option<String>,
    /// Specifies the alarm ID.
    pub alarm_id: Option<String>,
    /// Specifies the periodic or scheduled AS policy. For details, see Table 4.
    pub scheduled_policy: Option<ShowV2ScheduledPolicyField>,
    /// Specifies the scaling action of the AS policy. For details, see Table 5.
    pub scaling_policy_action: Option<AsPoliciesBoundV2ScalingPolicyActionField>,
    /// Specifies the cooldown period (s).
    pub cool_down_time: Option<i64>,
    /// Specifies the time when an AS policy was created. The time format complies with UTC.
    pub create_time: Option<String>,
    /// Provides additional information. For details, see Table 6.
    pub meta_data: Option<V2MetaDataField>,
    /// Specifies the AS policy description.
    pub description: Option<String>,
}
/// scaling\_policy\_action field description
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AsPoliciesBoundV2ScalingPolicyActionField {
    /// Specifies the scaling action.
    ///
    /// - **ADD**: indicates adding instances.
    /// - **REDUCE**: indicates reducing instances.
    /// - **SET**: indicates setting the number of instances to a specified value.
    pub operation: Option<String>,
    /// Specifies the number of instances to be operated.
    pub size: Option<i64>,
    /// Specifies the percentage of instances to be operated.
    pub percentage: Option<i64>,
    /// Specifies the operation restrictions.
    pub limits: Option<i64>,
}
/// Response parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListAsPoliciesV2Response {
    /// Specifies the total number of query records.
    pub total_number: Option<i64>,
    /// Specifies the start line number.
    pub start_number: Option<i64>,
    /// Specifies the maximum number of resources to be queried.
    pub limit: Option<i64>,
    /// Specifies AS policies. For details, see Table 3.
    pub scaling_policies: Option<Vec<AsPoliciesV2ScalingPoliciesField>>,
}
/// scaling\_policies field description
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AsPoliciesV2ScalingPoliciesField {
    /// Specifies the AS policy name.
    pub scaling_policy_name: Option<String>,
    /// Specifies the AS policy ID.
    pub scaling_policy_id: Option<String>,
    /// Specifies the scaling resource ID.
    pub scaling_resource_id: Option<String>,
    /// Specifies the scaling resource type.
    ///
    /// - AS group: **SCALING\_GROUP**
    /// - Bandwidth: **BANDWIDTH**
    pub scaling_resource_type: Option<String>,
    /// Specifies the AS policy status.
    ///
    /// - **INSERVICE**: The AS policy is enabled.
    /// - **PAUSED**: The AS policy is disabled.
    /// - **EXECUTING**: The AS policy is being executed.
    pub policy_status: Option<String>,
    /// Specifies the AS policy type.
    ///
    /// - **ALARM**: indicates that the scaling action is triggered by an alarm. A value is returned for **alarm\_id**, and no value is returned for **scheduled\_policy**.
    /// - **SCHEDULED**: indicates that the scaling action is triggered as scheduled. A value is returned for **scheduled\_policy**, and no value is returned for **alarm\_id**, **recurrence\_type**, **recurrence\_value**, **start\_time**, or **end\_time**.
    /// - **RECURRENCE**: indicates that the scaling action is triggered periodically. Values are returned for **scheduled\_policy**, **recurrence\_type**, **recurrence\_value**, **start\_time**, and **end\_time**, and no value is returned for **alarm\_id**.
    pub scaling_policy_type: Option<String>,
    /// Specifies the alarm ID.
    pub alarm_id: Option<String>,
    /// Specifies the periodic or scheduled AS policy. For details, see Table 4.
    pub scheduled_policy: Option<ShowV2ScheduledPolicyField>,
    /// Specifies the scaling action of the AS policy. For details, see Table 5.
    pub scaling_policy_action: Option<AsPoliciesBoundV2ScalingPolicyActionField>,
    /// Specifies the cooldown period (s).
    pub cool_down_time: Option<i64>,
    /// Specifies the time when an AS policy was created. The time format complies with UTC.
    pub create_time: Option<String>,
    /// Provides additional information. For details, see Table 6.
    pub meta_data: Option<V2MetaDataField>,
    /// Specifies the AS policy description.
    pub description: Option<String>,
}
/// Response parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListScalingActionLogsV2Response {
    /// Specifies the total number of query records.
    pub total_number: Option<i64>,
    /// Specifies the start line number.
    pub start_number: Option<i64>,
    /// Specifies the maximum number of resources to be queried.
    pub limit: Option<i64>,
    /// Specifies scaling action logs. For details, see Table 3.
    pub scaling_activity_log: Option<Vec<ScalingActionLogsV2ScalingActivityLogField>>,
}
/// scaling\_activity\_log field description
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ScalingActionLogsV2ScalingActivityLogField {
    /// Specifies the status of the scaling action.
    ///
    /// - **SUCCESS**: The scaling action has been performed.
    /// - **FAIL**: Performing the scaling action failed.
    /// - **DOING**: The scaling action is being performed.
    pub status: Option<String>,
    /// Specifies the start time of the scaling action. The time format must comply with UTC.
    pub start_time: Option<String>,
    /// Specifies the end time of the scaling action. The time format must comply with UTC.
    pub end_time: Option<String>,
    /// Specifies the scaling action log ID.
    pub id: Option<String>,
    /// Specifies names of the ECSs that are removed from the AS group in a scaling action. For details, see Table 4.
    pub instance_removed_list: Option<Vec<ScalingActionLogsV2ScalingInstanceField>>,
    /// Specifies names of the ECSs that are removed from the AS group and deleted in a scaling action. For details, see Table 4.
    pub instance_deleted_list: Option<Vec<ScalingActionLogsV2ScalingInstanceField>>,
    /// Specifies names of the ECSs that are added to the AS group in a scaling action. For details, see Table 4.
    pub instance_added_list: Option<Vec<ScalingActionLogsV2ScalingInstanceField>>,
    /// Specifies the ECSs for which a scaling action fails. For details, see Table 4.
    pub instance_failed_list: Option<Vec<ScalingActionLogsV2ScalingInstanceField>>,
    /// Specifies the ECSs that are set to standby mode or for which standby mode is canceled in a scaling action. For details, see Table 4. This parameter is reserved.
    pub instance_standby_list: Option<Vec<ScalingActionLogsV2ScalingInstanceField>>,
    /// Specifies the number of added or deleted instances during the scaling.
    pub scaling_value: Option<i64>,
    /// Specifies the description of the scaling action.
    pub description: Option<String>,
    /// Specifies the number of instances in the AS group.
    pub instance_value: Option<i64>,
    /// Specifies the expected number of instances for the scaling action.
    pub desire_value: Option<i64>,
    /// Specifies the load balancers that are bound to the AS group. For details, see Table 5.
    pub lb_bind_success_list: Option<Vec<ScalingActionLogsV2ModifyLbField>>,
    /// Specifies the load balancers that failed to be bound to the AS group. For details, see Table 5.
    pub lb_bind_failed_list: Option<Vec<ScalingActionLogsV2ModifyLbField>>,
    /// Specifies the load balancers that are unbound from the AS group. For details, see Table 5.
    pub lb_unbind_success_list: Option<Vec<ScalingActionLogsV2ModifyLbField>>,
    /// Specifies the load balancers that failed to be unbound from the AS group. For details, see Table 5.
    pub lb_unbind_failed_list: Option<Vec<ScalingActionLogsV2ModifyLbField>>,
    /// Specifies the type of the scaling action. Wire name: `type`.
    #[serde(rename = "type")]
    pub type_: Option<String>,
}
/// scaling\_instance field description
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ScalingActionLogsV2ScalingInstanceField {
    /// Specifies the ECS name.
    pub instance_name: Option<String>,
    /// Specifies the ECS ID.
    pub instance_id: Option<String>,
    /// Specifies the cause of the instance scaling failure.
    pub failed_reason: Option<String>,
    /// Specifies details of the instance scaling failure.
    pub failed_details: Option<String>,
    /// Specifies the information about instance configurations.
    pub instance_config: Option<String>,
}
/// modify\_lb field description
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ScalingActionLogsV2ModifyLbField {
    /// Specifies information about an enhanced load balancer. For details, see Table 6.
    pub lbaas_listener: Option<ScalingActionLogsV2LbaasListenerField>,
    /// Specifies information about a classic load balancer.
    pub listener: Option<String>,
    /// Specifies the cause of a load balancer migration failure.
    pub failed_reason: Option<String>,
    /// Specifies the details of a load balancer migration failure.
    pub failed_details: Option<String>,
}
/// lbaas\_listener field description
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ScalingActionLogsV2LbaasListenerField {
    /// Specifies the listener ID.
    pub listener_id: Option<String>,
    /// Specifies the backend ECS group ID.
    pub pool_id: Option<String>,
    /// Specifies the backend protocol port, which is the port on which a backend ECS listens for traffic.
    pub protocol_port: Option<i64>,
    /// Specifies the weight, which determines the portion of requests a backend ECS processes when being compared to other backend ECSs added to the same listener.
    pub weight: Option<i64>,
}
/// Request parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct BatchDeleteAsConfigurationsRequest {
    /// Specifies the AS configuration ID. For details, see Querying AS configurations.
    pub scaling_configuration_id: Vec<String>,
}
/// Request parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CreateRequest {
    /// Specifies the AS configuration name. The name contains only letters, digits, underscores (\_), and hyphens (-), and cannot exceed 64 characters.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub scaling_configuration_name: Option<String>,
    /// Specifies the ECS configuration. For details, see Table 3.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub instance_config: Option<CreateInstanceConfigField>,
    /// Specifies the ID of the source AS configuration, which will be used together with **instance\_config** to create a new AS configuration.
    ///
    /// - If **instance\_id** is specified in **instance\_config**, **instance\_id** is preferentially used to create the new AS configuration, and **source\_scaling\_configuration\_id** does not take effect.
    /// - If **instance\_id** is not specified in **instance\_config**, **source\_scaling\_configuration\_id** and **instance\_config** are used together to create the new AS configuration.
    /// - If a parameter in **instance\_config** is set to **null**, the corresponding setting of the source AS configuration takes effect.
    /// - If a parameter in **instance\_config** is not set to **null** or left empty, this parameter overwrites the corresponding setting of the source AS configuration.
    /// - If **source\_scaling\_configuration\_id** is not specified, **scaling\_configuration\_name** and **instance\_config** are mandatory.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source_scaling_configuration_id: Option<String>,
}
/// instance\_config field description
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CreateInstanceConfigField {
    /// Specifies the ECS ID. When you want to create an AS configuration from an ECS, specify this parameter. In this case, the **flavorRef**, **imageRef**, **disk**, and **security\_groups** fields do not take effect.
    /// If the **instance\_id** field is not specified, **flavorRef**, **imageRef**, and **disk** fields are mandatory.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub instance_id: Option<String>,
    /// Specifies the ECS flavor ID. A maximum of 10 flavors can be selected. Use a comma (,) to separate multiple flavor IDs. You can obtain an ECS flavor ID from the API for querying details about flavors and extended flavor information.
    ///
    /// Wire name: `flavorRef`.
    #[serde(rename = "flavorRef", skip_serializing_if = "Option::is_none")]
    pub flavor_ref: Option<String>,
    /// Specifies the image ID. Its value is the same as that of **image\_id** for specifying the image selected during ECS creation. You can obtain an image ID by calling the IMS API for querying images.
    ///
    /// Wire name: `imageRef`.
    #[serde(rename = "imageRef", skip_serializing_if = "Option::is_none")]
    pub image_ref: Option<String>,
    /// Specifies the disk group information. System disks are mandatory and data disks are optional. For details, see Table 4.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub disk: Option<Vec<CreateDiskField>>,
    /// Specifies the name of the SSH key pair used to log in to the ECS.
    pub key_name: String,
    /// Specifies information about the injected file. Only text files can be injected. A maximum of five files can be injected at a time and the maximum size of each file is 1 KB. For details, see Table 6.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub personality: Option<Vec<CreatePersonalityField>>,
    /// Specifies the EIP of the ECS. The EIP can be configured in two ways. For details, see Table 7.
    ///
    /// - Do not use an EIP. In this case, this parameter is unavailable.
    /// - Automatically assign an EIP. You need to specify the information about the new EIP.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub public_ip: Option<CreatePublicIpField>,
    /// Specifies the user data to be injected during the ECS creation process. Text, text files, and gzip files can be injected.
    /// Constraints:
    ///
    /// - The content to be injected must be encoded with base64. The maximum size of the content to be injected (before encoding) is 32 KB. Examples:
    /// - Linux \#\! /bin/bash echo user\_test \>\> /home/user.txt
    /// - Windows rem cmd echo 111 \> c:\\aaa.txt
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user_data: Option<String>,
    /// Specifies the ECS metadata. For details, see Table 10.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub metadata: Option<CreateMetadataField>,
    /// Specifies security groups. For details, see Table 11.
    /// If a security group is specified both in the AS configuration and AS group, scaled ECS instances will be added to the security group specified in the AS configuration. If a security group is not specified in either of them, scaled ECS instances will be added to the default security group. For your convenience, you are advised to specify the security group in the AS configuration.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub security_groups: Option<Vec<CreateSecurityGroupsField>>,
    /// This parameter is reserved.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub market_type: Option<String>,
}
crate::support::setters!(
    @ model CreateInstanceConfigField new(key_name : String) { instance_id : String,
    flavor_ref : String, image_ref : String, disk : Vec < CreateDiskField >, personality
    : Vec < CreatePersonalityField >, public_ip : CreatePublicIpField, user_data :
    String, metadata : CreateMetadataField, security_groups : Vec <
    CreateSecurityGroupsField >, market_type : String }
);
crate::support::open_enum!(
    #[doc =
    " Specifies the ECS system disk type. The disk type must match the available disk type."]
    #[doc = " The value can be **SSD**, **SAS**, **SATA**, or **ESSD**."] #[doc = ""]
    #[doc = " - **SSD**: the ultra-high I/O type"] #[doc =
    " - **SAS**: the high I/O type"] #[doc = " - **SATA**: the common I/O type"] #[doc =
    " - **co-p1**: the high I/O (performance-optimized I) type"] #[doc =
    " - **uh-l1**: the ultra-high I/O (latency-optimized) type"] #[doc =
    " - **ESSD**: the extreme SSD type If the specified disk type is not available in the AZ, the disk will fail to create."]
    #[doc = " - When the disk is created from a backup:"] #[doc =
    " - If the type of the backup's source disk is **SSD**, **SAS**, or **SATA**, you can create any types of disks."]
    #[doc =
    " - If the type of the backup's source disk is **co-p1** or **uh-l1**, you can create disks of any of the two types."]
    #[doc =
    " - For details about disk types, see **Disk Types and Performance** in the *Elastic Volume Service User Guide*."]
    CreateDiskFieldVolumeType { Ssd = "SSD", Sas = "SAS", Sata = "SATA", Essd = "ESSD" }
);
crate::support::open_enum!(
    #[doc = " Specifies a disk type. The options are as follows:"] #[doc = ""] #[doc =
    " - **DATA**: indicates a data disk."] #[doc =
    " - **SYS**: indicates a system disk."] #[doc =
    " - System disk encryption is not supported."] CreateDiskFieldDiskType { Data =
    "DATA", Sys = "SYS" }
);
/// disk field description
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CreateDiskField {
    /// Specifies the disk size. The unit is GB.
    /// The system disk size ranges from 1 to 1024 and must be greater than or equal to the minimum size (**min\_disk** value) of the system disk specified in the image.
    /// The data disk size ranges from 10 to 32768.
    pub size: i64,
    /// Specifies the ECS system disk type. The disk type must match the available disk type.
    /// The value can be **SSD**, **SAS**, **SATA**, or **ESSD**.
    ///
    /// - **SSD**: the ultra-high I/O type
    /// - **SAS**: the high I/O type
    /// - **SATA**: the common I/O type
    /// - **co-p1**: the high I/O (performance-optimized I) type
    /// - **uh-l1**: the ultra-high I/O (latency-optimized) type
    /// - **ESSD**: the extreme SSD type If the specified disk type is not available in the AZ, the disk will fail to create.
    /// - When the disk is created from a backup:
    /// - If the type of the backup's source disk is **SSD**, **SAS**, or **SATA**, you can create any types of disks.
    /// - If the type of the backup's source disk is **co-p1** or **uh-l1**, you can create disks of any of the two types.
    /// - For details about disk types, see **Disk Types and Performance** in the *Elastic Volume Service User Guide*.
    pub volume_type: CreateDiskFieldVolumeType,
    /// Specifies a disk type. The options are as follows:
    ///
    /// - **DATA**: indicates a data disk.
    /// - **SYS**: indicates a system disk.
    /// - System disk encryption is not supported.
    pub disk_type: CreateDiskFieldDiskType,
    /// Specifies the ID of a data disk image used to export data disks of an ECS.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub data_disk_image_id: Option<String>,
    /// Specifies the disk backup snapshot ID for restoring the system disk and data disks using a full-ECS backup when a full-ECS image is used.
    /// Each disk in an AS configuration must correspond to a disk backup in the full-ECS backup by **snapshot\_id**.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub snapshot_id: Option<String>,
    /// Specifies the metadata for creating disks. For details, see Table 5.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub metadata: Option<CreateMetadataFieldForCreatingDisk>,
}
crate::support::setters!(
    @ model CreateDiskField new(size : i64, volume_type : CreateDiskFieldVolumeType,
    disk_type : CreateDiskFieldDiskType) { data_disk_image_id : String, snapshot_id :
    String, metadata : CreateMetadataFieldForCreatingDisk }
);
/// metadata Field Description for Creating Disks
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CreateMetadataFieldForCreatingDisk {
    /// Specifies encryption in **metadata**. The value can be **0** (encryption disabled) or **1** (encryption enabled).
    /// If this parameter does not exist, the disk will not be encrypted by default.
    /// System disk encryption is not supported.
    ///
    /// Wire name: `__system__encrypted`.
    #[serde(rename = "__system__encrypted", skip_serializing_if = "Option::is_none")]
    pub system_encrypted: Option<String>,
    /// Specifies the CMK ID, which indicates encryption in **metadata**. This parameter is used with **\_\_system\_\_encrypted**.
    ///
    /// - For details about how to obtain the CMK ID, see "Querying the List of CMKs" in *Key Management Service API Reference*.
    /// - System disk encryption is not supported.
    ///
    /// Wire name: `__system__cmkid`.
    #[serde(rename = "__system__cmkid", skip_serializing_if = "Option::is_none")]
    pub system_cmkid: Option<String>,
}
crate::support::setters!(
    @ model CreateMetadataFieldForCreatingDisk { system_encrypted : String, system_cmkid
    : String }
);
/// personality field description
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CreatePersonalityField {
    /// Specifies the path of the injected file.
    ///
    /// - For Linux OSs, specify the path, for example, **/etc/foo.txt**, for storing the injected file.
    /// - For Windows, the injected file is automatically stored in the root directory of drive C. You only need to specify the file name, for example, **foo**. The file name contains only letters and digits.
    pub path: String,
    /// Specifies the content of the injected file.
    /// The value must be the information after the content of the injected file is encoded using Base64.
    pub content: String,
}
crate::support::setters!(
    @ model CreatePersonalityField new(path : String, content : String) {}
);
/// public\_ip field description
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CreatePublicIpField {
    /// Specifies the EIP automatically assigned to the ECS. For details, see Table 8.
    pub eip: CreateEipField,
}
crate::support::setters!(@ model CreatePublicIpField new(eip : CreateEipField) {});
/// eip field description
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CreateEipField {
    /// Specifies the EIP type.
    /// Enumerated value of the IP address type: 5\_bgp (indicates dynamic BGP)
    pub ip_type: String,
    /// Specifies the bandwidth of an IP address. For details, see Table 9.
    pub bandwidth: CreateBandwidthField,
}
crate::support::setters!(
    @ model CreateEipField new(ip_type : String, bandwidth : CreateBandwidthField) {}
);
/// bandwidth field description
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CreateBandwidthField {
    /// Specifies the bandwidth (Mbit/s). The value ranges from 1 to 500.
    ///
    /// - The specific range may vary depending on the configuration in each region. You can see the bandwidth range of each region on the management console.
    /// - The minimum unit for bandwidth varies depending on the bandwidth range.
    /// - The minimum unit is 1 Mbit/s if the allowed bandwidth size ranges from 0 to 300 Mbit/s (with 300 Mbit/s included).
    /// - The minimum unit is 50 Mbit/s if the allowed bandwidth size ranges 300 Mbit/s to 500 Mbit/s (with 500 Mbit/s included).
    pub size: i64,
    /// Specifies the bandwidth sharing type.
    /// Enumerated values of the sharing type:
    ///
    /// - **PER**: dedicated Only dedicated bandwidth is available.
    pub share_type: String,
    /// Specifies the bandwidth billing mode.
    /// **traffic**: billed by traffic.
    /// If the parameter value is out of the preceding options, creating the ECS will fail.
    pub charging_mode: String,
}
crate::support::setters!(
    @ model CreateBandwidthField new(size : i64, share_type : String, charging_mode :
    String) {}
);
/// metadata field description
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CreateMetadataField {
    /// Specifies the initial login password of the administrator account for logging in to an ECS using password authentication. The Linux administrator is **root**, and the Windows administrator is **Administrator**.
    /// Password complexity requirements:
    ///
    /// - Consists of 8 to 26 characters.
    /// - Contains at least three of the following character types: uppercase letters, lowercase letters, digits, and special characters \!@$%^-\_=+\[\{\}\]:,./?
    /// - The password cannot contain the username or the username in reversed order.
    /// - The Windows ECS password cannot contain the username, the username in reversed order, or more than two consecutive characters in the username.
    ///
    /// Length 8 to 26.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub admin_pass: Option<String>,
}
crate::support::setters!(@ model CreateMetadataField { admin_pass : String });
/// security\_groups field description
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CreateSecurityGroupsField {
    /// Specifies the ID of the security group.
    pub id: String,
}
crate::support::setters!(@ model CreateSecurityGroupsField new(id : String) {});
/// Response parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CreateResponse {
    /// Specifies the AS configuration ID.
    pub scaling_configuration_id: Option<String>,
}
/// Response parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ShowResponse {
    /// Provides AS configuration details.
    pub scaling_configuration: Option<ShowScalingConfigurationsField>,
}
/// scaling\_configurations field description
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ShowScalingConfigurationsField {
    /// Specifies the AS configuration ID. This parameter is globally unique.
    pub scaling_configuration_id: Option<String>,
    /// Specifies the tenant ID.
    pub tenant: Option<String>,
    /// Specifies the AS configuration name.
    /// Supports fuzzy search.
    pub scaling_configuration_name: Option<String>,
    /// Specifies the information about instance configurations.
    pub instance_config: Option<AsConfigurationInstanceConfigField>,
    /// Specifies the time when AS configurations are created. The time format complies with UTC.
    pub create_time: Option<String>,
    /// Specifies the ID of the AS group to which the AS configuration is bound.
    pub scaling_group_id: Option<String>,
}
/// instance\_config field description
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AsConfigurationInstanceConfigField {
    /// Specifies the ECS flavor ID. Wire name: `flavorRef`.
    #[serde(rename = "flavorRef")]
    pub flavor_ref: Option<String>,
    /// Specifies the image ID. It is same as **image\_id**. Wire name: `imageRef`.
    #[serde(rename = "imageRef")]
    pub image_ref: Option<String>,
    /// Specifies the disk group information.
    pub disk: Option<Vec<AsConfigurationDiskField>>,
    /// Specifies the name of the SSH key pair used to log in to the ECS.
    pub key_name: Option<String>,
    /// Specifies the fingerprint of the SSH key pair used to log in to the ECS.
    pub key_fingerprint: Option<String>,
    /// This parameter is reserved.
    /// When you call APIs to query the details about an AS configuration created from an ECS or to list such AS configurations, **instance\_name** is empty in the response.
    pub instance_name: Option<String>,
    /// This parameter is reserved.
    pub instance_id: Option<String>,
    /// This parameter is reserved. Wire name: `adminPass`.
    #[serde(rename = "adminPass")]
    pub admin_pass: Option<String>,
    /// Specifies information about the injected file.
    pub personality: Option<Vec<AsConfigurationPersonalityField>>,
    /// Specifies the EIP of the ECS.
    pub public_ip: Option<AsConfigurationPublicIpField>,
    /// Specifies the Cloud-Init user data, which is encoded using Base64.
    pub user_data: Option<String>,
    /// Specifies the ECS metadata. For details, see Table 11.
    pub metadata: Option<AsConfigurationMetadataField>,
    /// Specifies the security group information.
    pub security_groups: Option<Vec<AsConfigurationSecurityGroupsField>>,
    /// This parameter is reserved.
    pub server_group_id: Option<String>,
    /// This parameter is reserved.
    pub tenancy: Option<String>,
    /// This parameter is reserved.
    pub dedicated_host_id: Option<String>,
    /// This parameter is reserved.
    pub market_type: Option<String>,
    /// This parameter is reserved.
    pub multi_flavor_priority_policy: Option<String>,
}
/// disk field description
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AsConfigurationDiskField {
    /// Specifies the disk size. The unit is GB.
    pub size: Option<i64>,
    /// Specifies the disk type.
    pub volume_type: Option<String>,
    /// Specifies whether the disk is a system disk or a data disk. **DATA** indicates a data disk. **SYS** indicates a system disk.
    pub disk_type: Option<String>,
    /// Specifies the ID of the data disk image for creating a data disk.
    pub data_disk_image_id: Option<String>,
    /// Specifies the disk backup snapshot ID.
    pub snapshot_id: Option<String>,
    /// Specifies the metadata for creating disks. For details, see Table 6.
    pub metadata: Option<AsConfigurationMetadataFieldForCreatingDisk>,
}
/// metadata Field Description for Creating Disks
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AsConfigurationMetadataFieldForCreatingDisk {
    /// Specifies encryption in **metadata**. The value can be **0** (encryption disabled) or **1** (encryption enabled).
    /// If this parameter does not exist, the disk will not be encrypted by default.
    ///
    /// Wire name: `__system__encrypted`.
    #[serde(rename = "__system__encrypted")]
    pub system_encrypted: Option<String>,
    /// Specifies the CMK ID, which indicates encryption in **metadata**. This parameter is used with **\_\_system\_\_encrypted**.
    /// For details about how to obtain the CMK ID, see "Querying the List of CMKs" in *Key Management Service API Reference*.
    ///
    /// Wire name: `__system__cmkid`.
    #[serde(rename = "__system__cmkid")]
    pub system_cmkid: Option<String>,
}
/// personality field description
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AsConfigurationPersonalityField {
    /// Specifies the path of the injected file.
    pub path: Option<String>,
    /// Specifies the content of the file to be injected. The file content is encoded using Base64.
    pub content: Option<String>,
}
/// public\_ip field description
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AsConfigurationPublicIpField {
    /// Specifies the automatically assigned EIP.
    pub eip: Option<AsConfigurationEipField>,
}
/// eip field description
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AsConfigurationEipField {
    /// Specifies the IP address type.
    pub ip_type: Option<String>,
    /// Specifies the bandwidth of an IP address.
    pub bandwidth: Option<AsConfigurationBandwidthField>,
}
/// bandwidth field description
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AsConfigurationBandwidthField {
    /// Specifies the bandwidth (Mbit/s).
    pub size: Option<i64>,
    /// Specifies the bandwidth sharing type.
    /// Enumerated values of the sharing type:
    ///
    /// - **PER**: dedicated
    pub share_type: Option<String>,
    /// Specifies the bandwidth billing mode.
    ///
    /// - **traffic**: billed by traffic.
    pub charging_mode: Option<String>,
}
/// metadata field description
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AsConfigurationMetadataField {
    /// Specifies the password of the **Administrator** account for a Windows ECS.
    pub admin_pass: Option<String>,
}
/// security\_groups field description
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AsConfigurationSecurityGroupsField {
    /// Specifies the security group ID.
    pub id: Option<String>,
}
/// Response parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListAsConfigurationsResponse {
    /// Specifies the total number of query records.
    pub total_number: Option<i64>,
    /// Specifies the start line number.
    pub start_number: Option<i64>,
    /// Specifies the number of query records.
    pub limit: Option<i64>,
    /// Specifies the AS configuration list.
    pub scaling_configurations: Option<Vec<ShowScalingConfigurationsField>>,
}
/// Request parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CreateRequest2 {
    /// Specifies the AS group name. The name contains only letters, digits, underscores (\_), and hyphens (-), and cannot exceed 64 characters.
    pub scaling_group_name: String,
    /// Specifies the AS configuration ID, which can be obtained using the API for querying AS configurations. For details, see Querying AS configurations.
    pub scaling_configuration_id: String,
    /// Specifies the expected number of instances. The default value is the minimum number of instances.
    /// The value ranges from the minimum number of instances to the maximum number of instances.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub desire_instance_number: Option<i64>,
    /// Specifies the minimum number of instances. The default value is **0**. Default: `0`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub min_instance_number: Option<i64>,
    /// Specifies the maximum number of instances. The default value is **1**. The value is an integer ranging from 0 to 300. Default: `1`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_instance_number: Option<i64>,
    /// Specifies the cooldown period (in seconds). The value ranges from **0** to **86400** and defaults to **300**.
    /// After a scaling action is complete, the cooldown period starts. During the cooldown period, AS denies all scaling requests triggered by alarm-based policies. Scaling requests triggered manually or by scheduled or periodic policies are not affected.
    ///
    /// - When an AS group scales out, scale-in requests triggered manually or by scheduled and periodic policies will be executed immediately after the scale-out is complete, without being affected by the cooldown period.
    /// - When an AS group scales in, scale-out requests triggered manually or by scheduled and periodic policies will be executed immediately after the scale-in is complete, without being affected by the cooldown period.
    ///
    /// Default: `300`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cool_down_time: Option<i64>,
    /// Specifies the ID of a listener added to a load balancer. You can add up to six listeners. Separate listener IDs with commas (,).
    /// This parameter is alternative to **lbaas\_listeners**.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lb_listener_id: Option<String>,
    /// Specifies information about a load balancer. You can add up to six load balancers. This parameter is in list data structure. For details, see Table 3.
    /// This parameter is alternative to **lb\_listener\_id**.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lbaas_listeners: Option<Vec<CreateLbaasListenersField>>,
    /// Specifies the AZ information. The instances added in a scaling action will be created in a specified AZ. If you do not specify an AZ, the system automatically specifies one. For details, see Regions and Endpoints.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub available_zones: Option<Vec<String>>,
    /// Specifies network information. You can select up to five subnets. The first subnet you select is used by the primary NICs of ECSs by default. For the information about the data structure, see Table 4.
    pub networks: Vec<CreateNetworksField>,
    /// Specifies the security group information. Only one security group can be selected. For the information about the data structure, see Table 6.
    /// If a security group is specified both in the AS configuration and the AS group, scaled-out instances will be added to the security group specified in the AS configuration. If a security group is not specified in either of them, scaled-out instances will be added to the default security group. For your convenience, specify a security group in the AS configuration.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub security_groups: Option<Vec<CreateSecurityGroupsField>>,
    /// Specifies the VPC ID, which can be obtained using the API for querying VPCs. For details, see "Querying VPCs" in *Virtual Private Network API Reference*.
    pub vpc_id: String,
    /// Specifies the health check method for instances in the AS group. The health check methods include **ELB\_AUDIT** and **NOVA\_AUDIT**. When load balancing is configured for an AS group, the default value is **ELB\_AUDIT**. Otherwise, the default value is **NOVA\_AUDIT**.
    ///
    /// - **ELB\_AUDIT**: indicates the ELB health check, which takes effect in an AS group with a listener.
    /// - **NOVA\_AUDIT**: indicates the ECS instance health check, which is the health check method that comes with AS.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub health_periodic_audit_method: Option<String>,
    /// Specifies the health check interval. The value can be **1**, **5**, **15**, **60**, or **180** in the unit of minutes. If this parameter is not specified, the default value is **5**.
    /// If the value is set to **0**, health check is performed every 10 seconds.
    ///
    /// Default: `5`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub health_periodic_audit_time: Option<i64>,
    /// Specifies the grace period for instance health check. The unit is second and the value ranges from **0** to **86400**. The default value is **600**.
    /// The health check grace period starts after an instance is added to an AS group and is enabled. The AS group will start checking the instance health only after the grace period ends.
    /// This parameter is valid only when the instance health check method of the AS group is **ELB\_AUDIT**.
    ///
    /// Default: `600`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub health_periodic_audit_grace_period: Option<i64>,
    /// Specifies the instance removal policy.
    ///
    /// - **OLD\_CONFIG\_OLD\_INSTANCE** (default): The earlier-created instances based on the earlier-created AS configurations are removed first.
    /// - **OLD\_CONFIG\_NEW\_INSTANCE**: The later-created instances based on the earlier-created AS configurations are removed first.
    /// - **OLD\_INSTANCE**: The earlier-created instances are removed first.
    /// - **NEW\_INSTANCE**: The later-created instances are removed first.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub instance_terminate_policy: Option<String>,
    /// Specifies the notification mode.
    /// **EMAIL** refers to notification by email.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub notifications: Option<Vec<String>>,
    /// Specifies whether to delete the EIPs bound to ECS instances when the instances are removed from the AS group during scale-in actions. The value can be **true** or **false**. The default value is **false**.
    ///
    /// - **true**: The EIPs bound to ECSs will be released when the ECSs are removed.
    /// - **false**: The EIPs bound to ECSs will be unbound but will not be released when the ECSs are removed.
    ///
    /// Default: `false`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub delete_publicip: Option<bool>,
    /// Specifies whether to delete the data disks attached to ECS instances when the instances are removed from the AS group during scale-in actions. The value can be **true** or **false**. The default value is **false**.
    ///
    /// - **true**: The data disks attached to ECSs will be released when the ECSs are removed.
    /// - **false**: The data disks attached to ECSs will be detached but will not be released when the ECSs are removed.
    ///
    /// Default: `false`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub delete_volume: Option<bool>,
    /// Specifies the enterprise project ID, which is used to specify the enterprise project to which the AS group belongs.
    ///
    /// - If the value is **0** or left blank, the AS group belongs to the default enterprise project.
    /// - If the value is a UUID, the AS group belongs to the enterprise project corresponding to the UUID.. If an enterprise project is configured for an AS group, ECSs created in this AS group also belong to this enterprise project. Otherwise, the default enterprise project will be used.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub enterprise_project_id: Option<String>,
    /// Specifies the priority policy used to select target AZs when adjusting the number of instances in an AS group.
    ///
    /// - **EQUILIBRIUM\_DISTRIBUTE** (default): When AS scales out the AS group, it preferentially distributes instances evenly across AZs in the **available\_zones** list. If it fails in the target AZ, it selects another AZ based on the **PICK\_FIRST** policy.
    /// - **PICK\_FIRST**: When AS scales out the AS group, the target AZ is determined in the order in the **available\_zones** list.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub multi_az_priority_policy: Option<String>,
    /// Specifies the description of the AS group. The value can contain 1 to 256 characters. Length 1 to 256.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}
/// lbaas\_listeners field description
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CreateLbaasListenersField {
    /// Specifies the backend server group ID.
    pub pool_id: String,
    /// Specifies the port configured for the backend server group, which is the port on which a backend server listens for traffic. The port ranges from 1 to 65535.
    ///
    /// Range 1 to 65535.
    pub protocol_port: i64,
    /// Specifies the weight, which determines the percentage of requests a backend server processes. The value of this parameter ranges from **0** to **100**.
    pub weight: i64,
}
crate::support::setters!(
    @ model CreateLbaasListenersField new(pool_id : String, protocol_port : i64, weight :
    i64) {}
);
/// networks field description
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CreateNetworksField {
    /// Specifies the subnet ID.
    pub id: String,
    /// Specifies whether to support IPv6 addresses.
    /// **true**: indicates that the NIC supports IPv6 addresses.
    /// **false**: indicates that the NIC does not support IPv6 addresses. The default value is **false**.
    ///
    /// Default: `false`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ipv6_enable: Option<bool>,
    /// Specifies the shared bandwidth of an IPv6 address. This parameter is left blank by default, indicating that no shared IPv6 bandwidth is bound.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ipv6_bandwidth: Option<CreateIpv6BandwidthField>,
}
crate::support::setters!(
    @ model CreateNetworksField new(id : String) { ipv6_enable : bool, ipv6_bandwidth :
    CreateIpv6BandwidthField }
);
/// ipv6\_bandwidth field description
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CreateIpv6BandwidthField {
    /// Specifies the ID of the shared bandwidth of an IPv6 address.
    pub id: String,
}
crate::support::setters!(@ model CreateIpv6BandwidthField new(id : String) {});
/// Response parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CreateResponse2 {
    /// Specifies the AS group ID.
    pub scaling_group_id: Option<String>,
}
/// Request parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EnableOrDisableRequest {
    /// Specifies a flag for enabling or disabling an AS group.
    ///
    /// - **resume**: enables the AS group.
    /// - **pause**: disables the AS group.
    pub action: String,
}
/// Request parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct UpdateRequest {
    /// Specifies the AS group name. The name contains only letters, digits, underscores (\_), and hyphens (-), and cannot exceed 64 characters.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub scaling_group_name: Option<String>,
    /// Specifies the expected number of instances.
    /// The value ranges from the minimum number of instances to the maximum number of instances.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub desire_instance_number: Option<i64>,
    /// Specifies the minimum number of instances.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub min_instance_number: Option<i64>,
    /// Specifies the maximum number of instances, which is greater than or equal to the minimum number of instances.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_instance_number: Option<i64>,
    /// Specifies the cooldown period (in seconds). The value ranges from 0 to 86400 and is 300 by default. Range 0 to 86400.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cool_down_time: Option<i64>,
    /// Specifies the AZ information. The instances added in a scaling action will be created in a specified AZ. If you do not specify an AZ, the system automatically specifies one.
    /// For details, see Regions and Endpoints.
    /// You can change the AZ of an AS group only when no scaling action is being performed in the group.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub available_zones: Option<Vec<String>>,
    /// Specifies network information. You can select up to five subnets. The first subnet you select is used by the primary NICs of ECSs by default. For the information about the data structure, see Table 4.
    /// The value of this parameter can be changed only when all the following conditions are met:
    ///
    /// - No scaling actions are triggered in the AS group.
    /// - The number of instances in the AS group is 0.
    /// - The AS group is not in service.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub networks: Option<Vec<CreateNetworksField>>,
    /// Specifies the security group information. A maximum of one security group can be selected. For information about the data structure, see Table 5.
    /// If a security group is specified both in the AS configuration and AS group, scaled ECS instances will be added to the security group specified in the AS configuration. If a security group is not specified in either of them, scaled ECS instances will be added to the default security group. For your convenience, you are advised to specify the security group in the AS configuration. The value of this parameter can be changed only when all the following conditions are met:
    ///
    /// - No scaling actions are triggered in the AS group.
    /// - The number of instances in the AS group is 0.
    /// - The AS group is not in service.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub security_groups: Option<Vec<CreateSecurityGroupsField>>,
    /// Specifies the ELB listener ID. You can add up to six load balancer listeners. Separate listener IDs with commas (,).
    /// The value of this parameter can be changed only when all the following conditions are met:
    ///
    /// - No scaling actions are triggered in the AS group.
    /// - The number of instances in the AS group is 0.
    /// - The AS group is not in service.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lb_listener_id: Option<String>,
    /// Specifies information about an ELB load balancer. You can add up to six load balancers. This parameter is in list data structure. For details, see Table 3.
    /// This parameter is alternative to **lb\_listener\_id**.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lbaas_listeners: Option<Vec<UpdateLbaasListenersField>>,
    /// Specifies the health check method for instances in the AS group. The health check methods include **ELB\_AUDIT** and **NOVA\_AUDIT**. When load balancing is configured for an AS group, the default value is **ELB\_AUDIT**. Otherwise, the default value is **NOVA\_AUDIT**.
    ///
    /// - **ELB\_AUDIT**: indicates the ELB health check, which takes effect in an AS group with a listener.
    /// - **NOVA\_AUDIT**: indicates the ECS health check, which is the health check method delivered with AS.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub health_periodic_audit_method: Option<String>,
    /// Specifies the health check period for the instances in the AS group. The value can be **1**, **5**, **15**, **60**, or **180** in the unit of minutes.
    /// If the value is set to **0**, health check is performed every 10 seconds.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub health_periodic_audit_time: Option<i64>,
    /// Specifies the instance removal policy.
    ///
    /// - **OLD\_CONFIG\_OLD\_INSTANCE** (default): The earlier-created instances based on the earlier-created AS configurations are removed first.
    /// - **OLD\_CONFIG\_NEW\_INSTANCE**: The later-created instances based on the earlier-created AS configurations are removed first.
    /// - **OLD\_INSTANCE**: The earlier-created instances are removed first.
    /// - **NEW\_INSTANCE**: The later-created instances are removed first.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub instance_terminate_policy: Option<String>,
    /// Specifies the grace period for instance health check. The unit is second and value range is 0-86400. The default value is **600**.
    /// The health check grace period starts after an instance is added to an AS group and is enabled. The AS group will start checking the instance status only after the grace period ends.
    /// This parameter is valid only when the instance health check method of the AS group is **ELB\_AUDIT**.
    ///
    /// Default: `600`. Range 0 to 86400.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub health_periodic_audit_grace_period: Option<i64>,
    /// Specifies the AS configuration ID, which can be obtained using the API for querying AS configurations. For details, see Querying AS configurations.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub scaling_configuration_id: Option<String>,
    /// Specifies the notification mode.
    /// **EMAIL** refers to notification by email.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub notifications: Option<Vec<String>>,
    /// Specifies whether to delete the EIP bound to the ECS when deleting the ECS. If you do not want to delete the EIP, set this parameter to **false**. Then, the system only unbinds the EIP from the ECS and reserves the EIP.
    ///
    /// - **true**: deletes the EIP bound to the ECS when deleting the ECS.
    /// - **false**: only unbinds the EIP bound to the ECS when deleting the ECS.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub delete_publicip: Option<bool>,
    /// Specifies whether to delete the data disks attached to the ECS when deleting the ECS. The value can be **true** or **false**. The default value is **false**.
    ///
    /// - **true**: deletes the data disks attached to the ECS when deleting the ECS.
    /// - **false**: only detaches the data disks attached to the ECS when deleting the ECS.
    ///
    /// Default: `false`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub delete_volume: Option<bool>,
    /// Specifies the enterprise project ID, which is used to specify the enterprise project to which the AS group belongs.
    ///
    /// - If the value is **0** or left blank, the AS group belongs to the default enterprise project.
    /// - If the value is a UUID, the AS group belongs to the enterprise project corresponding to the UUID.. If an enterprise project is configured for an AS group, ECSs created in this AS group also belong to this enterprise project. Otherwise, the default enterprise project will be used.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub enterprise_project_id: Option<String>,
    /// Specifies the priority policy used to select target AZs when adjusting the number of instances in an AS group.
    ///
    /// - **EQUILIBRIUM\_DISTRIBUTE** (default): When adjusting the number of instances, ensure that instances in each AZ in the **available\_zones** list is evenly distributed. If instances cannot be added in the target AZ, select another AZ based on the **PICK\_FIRST** policy.
    /// - **PICK\_FIRST**: When adjusting the number of instances, target AZs are determined in the order in the **available\_zones** list.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub multi_az_priority_policy: Option<String>,
    /// Specifies the description of the AS group. The value can contain 1 to 256 characters. Length 1 to 256.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}
/// lbaas\_listeners field description
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct UpdateLbaasListenersField {
    /// Specifies the backend ECS group ID.
    /// The value of this parameter can be changed only when all the following conditions are met:
    ///
    /// - No scaling actions are triggered in the AS group.
    /// - The number of instances in the AS group is 0.
    /// - The AS group is not in service.
    pub pool_id: String,
    /// Specifies the backend protocol port, which is the port on which a backend ECS listens for traffic. The port ranges from 1 to 65535. Range 1 to 65535.
    pub protocol_port: i64,
    /// Specifies the weight, which determines the portion of requests a backend ECS processes when being compared to other backend ECSs added to the same listener. The value of this parameter ranges from 0 to 100.
    ///
    /// Range 0 to 100.
    pub weight: i64,
}
crate::support::setters!(
    @ model UpdateLbaasListenersField new(pool_id : String, protocol_port : i64, weight :
    i64) {}
);
/// Response parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ShowResponse2 {
    /// Specifies details about the AS group.
    pub scaling_group: Option<ShowScalingGroupsField>,
}
/// scaling\_groups field description
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ShowScalingGroupsField {
    /// Specifies the name of the AS group.
    pub scaling_group_name: Option<String>,
    /// Specifies the AS group ID.
    pub scaling_group_id: Option<String>,
    /// Specifies the AS group status.
    pub scaling_group_status: Option<String>,
    /// Specifies the AS configuration ID.
    pub scaling_configuration_id: Option<String>,
    /// Specifies the AS configuration name.
    pub scaling_configuration_name: Option<String>,
    /// Specifies the number of current instances in the AS group.
    pub current_instance_number: Option<i64>,
    /// Specifies the expected number of instances in the AS group.
    pub desire_instance_number: Option<i64>,
    /// Specifies the minimum number of instances in the AS group.
    pub min_instance_number: Option<i64>,
    /// Specifies the maximum number of instances in the AS group.
    pub max_instance_number: Option<i64>,
    /// Specifies the cooldown period (s).
    pub cool_down_time: Option<i64>,
    /// Specifies the ID of a typical ELB listener. ELB listener IDs are separated using a comma (,).
    pub lb_listener_id: Option<String>,
    /// Specifies enhanced load balancers. For details, see Table 4.
    pub lbaas_listeners: Option<Vec<AsGroupLbaasListenersField>>,
    /// Specifies the AZ information.
    pub available_zones: Option<Vec<String>>,
    /// Specifies the network information. For details, see Table 5.
    pub networks: Option<Vec<AsGroupNetworksField>>,
    /// Specifies the security group information. For details, see Table 7.
    pub security_groups: Option<Vec<AsConfigurationSecurityGroupsField>>,
    /// Specifies the time when an AS group was created. The time format complies with UTC.
    pub create_time: Option<String>,
    /// Specifies the ID of the VPC to which the AS group belongs.
    pub vpc_id: Option<String>,
    /// Specifies details about the AS group. If a scaling action fails, this parameter is used to record errors.
    pub detail: Option<String>,
    /// Specifies the scaling flag of the AS group.
    pub is_scaling: Option<bool>,
    /// Specifies the health check method.
    pub health_periodic_audit_method: Option<String>,
    /// Specifies the health check interval.
    pub health_periodic_audit_time: Option<i64>,
    /// Specifies the grace period for health check.
    pub health_periodic_audit_grace_period: Option<i64>,
    /// Specifies the instance removal policy.
    pub instance_terminate_policy: Option<String>,
    /// Specifies the notification mode.
    /// **EMAIL** refers to notification by email.
    pub notifications: Option<Vec<String>>,
    /// Specifies whether to delete the EIP bound to the ECS when deleting the ECS.
    pub delete_publicip: Option<bool>,
    /// Specifies whether to delete the data disks attached to the ECS when deleting the ECS.
    pub delete_volume: Option<bool>,
    /// This parameter is reserved.
    pub cloud_location_id: Option<String>,
    /// Specifies the enterprise project ID.
    pub enterprise_project_id: Option<String>,
    /// Specifies the type of the AS action.
    pub activity_type: Option<String>,
    /// Specifies the priority policy used to select target AZs when adjusting the number of instances in an AS group.
    pub multi_az_priority_policy: Option<String>,
    /// Specifies the description of the AS group.
    pub description: Option<String>,
}
/// lbaas\_listeners field description
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AsGroupLbaasListenersField {
    /// Specifies the listener ID.
    pub listener_id: Option<String>,
    /// Specifies the backend ECS group ID.
    pub pool_id: Option<String>,
    /// Specifies the backend protocol port, which is the port on which a backend ECS listens for traffic.
    pub protocol_port: Option<i64>,
    /// Specifies the weight, which determines the portion of requests a backend ECS processes when being compared to other backend ECSs added to the same listener.
    pub weight: Option<i64>,
}
/// networks field description
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AsGroupNetworksField {
    /// Specifies the subnet ID.
    pub id: Option<String>,
    /// Specifies whether to support IPv6 addresses. If this parameter is set to **true**, the NIC supports IPv6 addresses. The default value is **false**. This parameter is reserved.
    ///
    /// Default: `false`.
    pub ipv6_enable: Option<bool>,
    /// Specifies the shared bandwidth of an IPv6 address. This parameter is left blank by default, indicating that no IPv6 shared bandwidth is bound. This parameter is reserved.
    pub ipv6_bandwidth: Option<AsGroupIpv6BandwidthField>,
}
/// ipv6\_bandwidth field description
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AsGroupIpv6BandwidthField {
    /// Specifies the ID of the shared bandwidth of an IPv6 address. This parameter is reserved.
    pub id: Option<String>,
}
/// Response parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListAsGroupsResponse {
    /// Specifies the total number of query records.
    pub total_number: Option<i64>,
    /// Specifies the start number of query records.
    pub start_number: Option<i64>,
    /// Specifies the number of query records.
    pub limit: Option<i64>,
    /// Specifies the AS group list.
    pub scaling_groups: Option<Vec<ShowScalingGroupsField>>,
}
crate::support::open_enum!(
    #[doc =
    " Specifies an action to be performed on AS policies in batches. The options are as follows:"]
    #[doc = ""] #[doc = " - **delete**: deletes AS policies."] #[doc =
    " - **resume**: enables AS policies."] #[doc = " - **pause**: disables AS policies."]
    BatchManageAsPoliciesRequestAction { Delete = "delete", Resume = "resume", Pause =
    "pause" }
);
crate::support::open_enum!(
    #[doc =
    " Specifies whether to forcibly delete an AS policy. If the value is set to **no**, in-progress AS policies cannot be deleted. Options:"]
    #[doc = ""] #[doc =
    " - **no** (default): indicates that the AS policy is not forcibly deleted."] #[doc =
    " - **yes**: indicates that the AS policy is forcibly deleted. This parameter is available only when **action** is set to **delete**."]
    BatchManageAsPoliciesRequestForceDelete { No = "no", Yes = "yes" }
);
/// Request parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct BatchManageAsPoliciesRequest {
    /// Specifies the AS policy ID.
    pub scaling_policy_id: Vec<String>,
    /// Specifies an action to be performed on AS policies in batches. The options are as follows:
    ///
    /// - **delete**: deletes AS policies.
    /// - **resume**: enables AS policies.
    /// - **pause**: disables AS policies.
    pub action: BatchManageAsPoliciesRequestAction,
    /// Specifies whether to forcibly delete an AS policy. If the value is set to **no**, in-progress AS policies cannot be deleted. Options:
    ///
    /// - **no** (default): indicates that the AS policy is not forcibly deleted.
    /// - **yes**: indicates that the AS policy is forcibly deleted. This parameter is available only when **action** is set to **delete**.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub force_delete: Option<BatchManageAsPoliciesRequestForceDelete>,
    /// Specifies whether to delete the alarm rule used by the alarm policy. The value can be **yes** or **no** (default).
    /// This parameter is available only when **action** is set to **delete**.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub delete_alarm: Option<String>,
}
/// Request parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CreateRequest3 {
    /// Specifies the AS policy name. The name contains only letters, digits, underscores (\_), and hyphens (-), and cannot exceed 64 characters.
    pub scaling_policy_name: String,
    /// Specifies the AS group ID, which can be obtained using the API for querying AS groups. For details, see Querying AS Groups.
    pub scaling_group_id: String,
    /// Specifies the AS policy type.
    ///
    /// - **ALARM** (corresponding to **alarm\_id**): indicates that the scaling action is triggered by an alarm.
    /// - **SCHEDULED** (corresponding to **scheduled\_policy**): indicates that the scaling action is triggered as scheduled.
    /// - **RECURRENCE** (corresponding to **scheduled\_policy**): indicates that the scaling action is triggered periodically.
    pub scaling_policy_type: String,
    /// Specifies the alarm rule ID. This parameter is mandatory when **scaling\_policy\_type** is set to **ALARM**. After this parameter is specified, the value of **scheduled\_policy** does not take effect.
    /// After you create an alarm policy, the system automatically adds an alarm triggering activity of the autoscaling type to the **alarm\_actions** field in the alarm rule specified by the parameter value.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub alarm_id: Option<String>,
    /// Specifies the periodic or scheduled AS policy. This parameter is mandatory when **scaling\_policy\_type** is set to **SCHEDULED** or **RECURRENCE**. After this parameter is specified, the value of **alarm\_id** does not take effect. For details, see Table 3.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub scheduled_policy: Option<CreateScheduledPolicyField>,
    /// Specifies the scaling action of the AS policy. For details, see Table 4.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub scaling_policy_action: Option<CreateScalingPolicyActionField>,
    /// Specifies the cooldown period (in seconds). The value ranges from 0 to 86400 and is 300 by default. Range 0 to 86400.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cool_down_time: Option<i64>,
}
/// scheduled\_policy field description
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CreateScheduledPolicyField {
    /// Specifies the time when the scaling action is triggered. The time format complies with UTC.
    ///
    /// - If **scaling\_policy\_type** is set to **SCHEDULED**, the time format is **YYYY-MM-DDThh:mmZ**.
    /// - If **scaling\_policy\_type** is set to **RECURRENCE**, the time format is **hh:mm**.
    pub launch_time: String,
    /// Specifies the periodic triggering type. This parameter is mandatory when **scaling\_policy\_type** is set to **RECURRENCE**.
    ///
    /// - **Daily**: indicates that the scaling action is triggered once a day.
    /// - **Weekly**: indicates that the scaling action is triggered once a week.
    /// - **Monthly**: indicates that the scaling action is triggered once a month.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub recurrence_type: Option<String>,
    /// Specifies the day when a periodic scaling action is triggered. This parameter is mandatory when **scaling\_policy\_type** is set to **RECURRENCE**.
    ///
    /// - If **recurrence\_type** is set to **Daily**, the value is **null**, indicating that the scaling action is triggered once a day.
    /// - If **recurrence\_type** is set to **Weekly**, the value ranges from **1** (Sunday) to **7** (Saturday). The digits refer to dates in each week and separated by a comma, such as **1,3,5**.
    /// - If **recurrence\_type** is set to **Monthly**, the value ranges from **1** to **31**. The digits refer to the dates in each month and separated by a comma, such as **1,10,13,28**.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub recurrence_value: Option<String>,
    /// Specifies the start time of the scaling action triggered periodically. The time format complies with UTC. The default value is the local time.
    /// The time format is **YYYY-MM-DDThh:mmZ**.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub start_time: Option<String>,
    /// Specifies the end time of the scaling action triggered periodically. The time format complies with UTC. This parameter is mandatory when **scaling\_policy\_type** is set to **RECURRENCE**.
    /// When the scaling action is triggered periodically, the end time cannot be earlier than the current and start time.
    /// The time format is **YYYY-MM-DDThh:mmZ**.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub end_time: Option<String>,
}
crate::support::setters!(
    @ model CreateScheduledPolicyField new(launch_time : String) { recurrence_type :
    String, recurrence_value : String, start_time : String, end_time : String }
);
/// scaling\_policy\_action field description
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CreateScalingPolicyActionField {
    /// Specifies the operation to be performed. The default operation is **ADD**.
    ///
    /// - **ADD**: adds specified number of instances to the AS group.
    /// - **REMOVE/REDUCE**: removes or reduces specified number of instances from the AS group.
    /// - **SET**: sets the number of instances in the AS group.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub operation: Option<String>,
    /// Specifies the number of instances to be operated. The default number is **1**. The value range is as follows for a default quota:
    ///
    /// - If **operation** is set to **SET**, the value ranges from 0 to 200.
    /// - If **operation** is set to **ADD**, **REMOVE**, or **REDUCE**, the value ranges from 1 to 200. Either **instance\_number** or **instance\_percentage** is required.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub instance_number: Option<i64>,
    /// Specifies the percentage of instances to be operated. You can increase, decrease, or set the number of instances in an AS group to the specified percentage of the current number of instances. If **operation** is set to **ADD**, **REMOVE** or **REDUCE**, the value is an integer from 1 to 20000. If **operation** is set to **SET**, the value is an integer from 0 to 20000.
    /// If neither **instance\_number** nor **instance\_percentage** is specified, the number of instances to be operated is 1.
    /// Either **instance\_number** or **instance\_percentage** is required.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub instance_percentage: Option<i64>,
}
crate::support::setters!(
    @ model CreateScalingPolicyActionField { operation : String, instance_number : i64,
    instance_percentage : i64 }
);
/// Request parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct RunEnableOrDisableRequest {
    /// Specifies the operation for an AS policy.
    ///
    /// - **execute**: immediately executes the AS policy.
    /// - **resume**: enables the AS group.
    /// - **pause**: disables the AS group.
    pub action: String,
}
/// Request parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct UpdateRequest2 {
    /// Specifies the AS policy name. The name contains only letters, digits, underscores (\_), and hyphens (-), and cannot exceed 64 characters.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub scaling_policy_name: Option<String>,
    /// Specifies the AS policy type.
    ///
    /// - **ALARM** (corresponding to **alarm\_id**): indicates that the scaling action is triggered by an alarm.
    /// - **SCHEDULED** (corresponding to **scheduled\_policy**): indicates that the scaling action is triggered as scheduled.
    /// - **RECURRENCE** (corresponding to **scheduled\_policy**): indicates that the scaling action is triggered periodically.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub scaling_policy_type: Option<String>,
    /// Specifies the alarm rule ID. This parameter is mandatory when **scaling\_policy\_type** is set to **ALARM**. After this parameter is specified, the value of **scheduled\_policy** does not take effect.
    /// After you modify an alarm policy, the system automatically adds an alarm triggering activity of the autoscaling type to the **alarm\_actions** field in the alarm rule specified by the parameter value.
    /// You can obtain the parameter value by querying Cloud Eye alarm rules.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub alarm_id: Option<String>,
    /// Specifies the periodic or scheduled AS policy. This parameter is mandatory when **scaling\_policy\_type** is set to **SCHEDULED** or **RECURRENCE**. After this parameter is specified, the value of **alarm\_id** does not take effect. For details, see Table 3.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub scheduled_policy: Option<UpdateScheduledPolicyField>,
    /// Specifies the scaling action of the AS policy. For details, see Table 4.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub scaling_policy_action: Option<CreateScalingPolicyActionField>,
    /// Specifies the cooldown period (in seconds). The value ranges from 0 to 86400. Range 0 to 86400.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cool_down_time: Option<i64>,
}
/// scheduled\_policy field description
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct UpdateScheduledPolicyField {
    /// Specifies the time when the scaling action is triggered. The time format complies with UTC.
    ///
    /// - If **scaling\_policy\_type** is set to **SCHEDULED**, the time format is **YYYY-MM-DDThh:mmZ**.
    /// - If **scaling\_policy\_type** is set to **RECURRENCE**, the time format is **hh:mm**.
    pub launch_time: String,
    /// Specifies the periodic triggering type. This parameter is mandatory when **scaling\_policy\_type** is set to **RECURRENCE**.
    ///
    /// - **Daily**: indicates that the scaling action is triggered once a day.
    /// - **Weekly**: indicates that the scaling action is triggered once a week.
    /// - **Monthly**: indicates that the scaling action is triggered once a month.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub recurrence_type: Option<String>,
    /// Specifies the day when a periodic scaling action is triggered. This parameter is mandatory when **scaling\_policy\_type** is set to **RECURRENCE**.
    ///
    /// - If **recurrence\_type** is set to **Daily**, the value is **null**, indicating that the scaling action is triggered once a day.
    /// - If **recurrence\_type** is set to **Weekly**, the value ranges from **1** (Sunday) to **7** (Saturday). The digits refer to dates in each week and separated by a comma, such as **1,3,5**.
    /// - If **recurrence\_type** is set to **Monthly**, the value ranges from **1** to **31**. The digits refer to the dates in each month and separated by a comma, such as **1,10,13,28**.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub recurrence_value: Option<String>,
    /// Specifies the start time of the scaling action triggered periodically. The time format complies with UTC.
    /// The time format is **YYYY-MM-DDThh:mmZ**.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub start_time: Option<String>,
    /// Specifies the end time of the scaling action triggered periodically. The time format complies with UTC. This parameter is mandatory when **scaling\_policy\_type** is set to **RECURRENCE**.
    /// When the scaling action is triggered periodically, the end time cannot be earlier than the current and start time.
    /// The time format is **YYYY-MM-DDThh:mmZ**.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub end_time: Option<String>,
}
crate::support::setters!(
    @ model UpdateScheduledPolicyField new(launch_time : String) { recurrence_type :
    String, recurrence_value : String, start_time : String, end_time : String }
);
/// The `UpdateResponse2` model.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct UpdateResponse2 {
    /// Specifies the AS policy ID.
    pub scaling_policy_id: Option<String>,
}
/// Response parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ShowResponse3 {
    /// Specifies details about the AS policy. For details, see Table 3.
    pub scaling_policy: Option<ShowScalingPolicyField>,
}
/// scaling\_policy field description
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ShowScalingPolicyField {
    /// Specifies the AS group ID.
    pub scaling_group_id: Option<String>,
    /// Specifies the AS policy name.
    /// Supports fuzzy search.
    pub scaling_policy_name: Option<String>,
    /// Specifies the AS policy ID.
    pub scaling_policy_id: Option<String>,
    /// Specifies the AS policy status.
    ///
    /// - **INSERVICE**: The AS policy is enabled.
    /// - **PAUSED**: The AS policy is disabled.
    /// - **EXECUTING**: The AS policy is being executed.
    pub policy_status: Option<String>,
    /// Specifies the AS policy type.
    ///
    /// - **ALARM**: indicates that the scaling action is triggered by an alarm. A value is returned for **alarm\_id**, and no value is returned for **scheduled\_policy**.
    /// - **SCHEDULED**: indicates that the scaling action is triggered as scheduled. A value is returned for **scheduled\_policy**, and no value is returned for **alarm\_id**, **recurrence\_type**, **recurrence\_value**, **start\_time**, or **end\_time**.
    /// - **RECURRENCE**: indicates that the scaling action is triggered periodically. Values are returned for **scheduled\_policy**, **recurrence\_type**, **recurrence\_value**, **start\_time**, and **end\_time**, and no value is returned for **alarm\_id**.
    pub scaling_policy_type: Option<String>,
    /// Specifies the alarm ID.
    pub alarm_id: Option<String>,
    /// Specifies the periodic or scheduled AS policy. For details, see Table 4.
    pub scheduled_policy: Option<ShowV2ScheduledPolicyField>,
    /// Specifies the scaling action of the AS policy. For details, see Table 5.
    pub scaling_policy_action: Option<ShowScalingPolicyActionField>,
    /// Specifies the cooldown period (s).
    pub cool_down_time: Option<i64>,
    /// Specifies the time when an AS policy was created. The time format complies with UTC.
    pub create_time: Option<String>,
}
/// scaling\_policy\_action field description
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ShowScalingPolicyActionField {
    /// Specifies the scaling action.
    ///
    /// - **ADD**: adds specified number of instances to the AS group.
    /// - **REMOVE**: removes specified number of instances from the AS group.
    /// - **SET**: sets the number of instances in the AS group.
    pub operation: Option<String>,
    /// Specifies the number of instances to be operated.
    pub instance_number: Option<i64>,
    /// Specifies the percentage of instances to be operated.
    pub instance_percentage: Option<i64>,
}
/// Response parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ShowAsGroupAsPoliciesBoundResponse {
    /// Specifies the total number of query records.
    pub total_number: Option<i64>,
    /// Specifies the start line number.
    pub start_number: Option<i64>,
    /// Specifies the maximum number of resources to be queried.
    pub limit: Option<i64>,
    /// Specifies scaling policies. For details, see Table 3.
    pub scaling_policies: Option<Vec<AsGroupAsPoliciesBoundScalingPoliciesField>>,
}
/// scaling\_policies field description
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AsGroupAsPoliciesBoundScalingPoliciesField {
    /// Specifies the AS group ID.
    pub scaling_group_id: Option<String>,
    /// Specifies the AS policy name.
    pub scaling_policy_name: Option<String>,
    /// Specifies the AS policy ID.
    pub scaling_policy_id: Option<String>,
    /// Specifies the AS policy status.
    ///
    /// - **INSERVICE**: The AS policy is enabled.
    /// - **PAUSED**: The AS policy is disabled.
    /// - **EXECUTING**: The AS policy is being executed.
    pub policy_status: Option<String>,
    /// Specifies the AS policy type.
    ///
    /// - **ALARM**: indicates that the scaling action is triggered by an alarm. A value is returned for **alarm\_id**, and no value is returned for **scheduled\_policy**.
    /// - **SCHEDULED**: indicates that the scaling action is triggered as scheduled. A value is returned for **scheduled\_policy**, and no value is returned for **alarm\_id**, **recurrence\_type**, **recurrence\_value**, **start\_time**, or **end\_time**.
    /// - **RECURRENCE**: indicates that the scaling action is triggered periodically. Values are returned for **scheduled\_policy**, **recurrence\_type**, **recurrence\_value**, **start\_time**, and **end\_time**, and no value is returned for **alarm\_id**.
    pub scaling_policy_type: Option<String>,
    /// Specifies the alarm ID.
    pub alarm_id: Option<String>,
    /// Specifies the periodic or scheduled AS policy. For details, see Table 4.
    pub scheduled_policy: Option<ShowV2ScheduledPolicyField>,
    /// Specifies the scaling action of the AS policy. For details, see Table 5.
    pub scaling_policy_action: Option<ShowScalingPolicyActionField>,
    /// Specifies the cooldown period (s).
    pub cool_down_time: Option<i64>,
    /// Specifies the time when an AS policy was created. The time format complies with UTC.
    pub create_time: Option<String>,
}
/// Response parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListAsPolicyExecutionLogsResponse {
    /// Specifies the total number of query records.
    pub total_number: Option<i64>,
    /// Specifies the start line number.
    pub start_number: Option<i64>,
    /// Specifies the maximum number of resources to be queried.
    pub limit: Option<i64>,
    /// Specifies the AS policy execution logs. For details, see Table 3.
    pub scaling_policy_execute_log: Option<
        Vec<AsPolicyExecutionLogScalingPolicyExecuteLogField>,
    >,
}
/// scaling\_policy\_execute\_log field description
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AsPolicyExecutionLogScalingPolicyExecuteLogField {
    /// Specifies the AS policy execution status.
    ///
    /// - **SUCCESS**: The AS policy has been executed.
    /// - **FAIL**: Executing the AS policy failed.
    /// - **EXECUTING**: The AS policy is being executed.
    pub status: Option<String>,
    /// Specifies the AS policy execution failure.
    pub failed_reason: Option<String>,
    /// Specifies the AS policy execution type.
    ///
    /// - **SCHEDULED**: automatically triggered at a specified time point
    /// - **RECURRENCE**: automatically triggered at a specified time period
    /// - **ALARM**: alarm-triggered
    /// - **MANUAL**: manually triggered
    pub execute_type: Option<String>,
    /// Specifies the time when an AS policy was executed. The time format complies with UTC.
    pub execute_time: Option<String>,
    /// Specifies the ID of an AS policy execution log.
    pub id: Option<String>,
    /// Specifies the project ID.
    pub tenant_id: Option<String>,
    /// Specifies the AS policy ID.
    pub scaling_policy_id: Option<String>,
    /// Specifies the scaling resource type.
    ///
    /// - AS group: **SCALING\_GROUP**
    /// - Bandwidth: **BANDWIDTH**
    pub scaling_resource_type: Option<String>,
    /// Specifies the scaling resource ID.
    pub scaling_resource_id: Option<String>,
    /// Specifies the source value.
    pub old_value: Option<String>,
    /// Specifies the target value.
    pub desire_value: Option<String>,
    /// Specifies the operation restrictions.
    /// If **scaling\_resource\_type** is set to **BANDWIDTH** and **operation** is not **SET**, this parameter takes effect and the unit is Mbit/s.
    /// In this case:
    ///
    /// - If **operation** is set to **ADD**, this parameter indicates the maximum bandwidth allowed.
    /// - If **operation** is set to **REDUCE**, this parameter indicates the minimum bandwidth allowed.
    pub limit_value: Option<String>,
    /// Specifies the AS policy execution type.
    ///
    /// - **ADD**: indicates adding instances.
    /// - **REMOVE**: indicates reducing instances.
    /// - **SET**: indicates setting the number of instances to a specified value.
    ///
    /// Wire name: `type`.
    #[serde(rename = "type")]
    pub type_: Option<String>,
    /// Specifies the tasks contained in a scaling action based on an AS policy. For details, see Table 4.
    pub job_records: Option<Vec<AsPolicyExecutionLogJobRecordsField>>,
}
/// job\_records field description
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AsPolicyExecutionLogJobRecordsField {
    /// Specifies the task name.
    pub job_name: Option<String>,
    /// Specifies the record type.
    ///
    /// - **API**: API calling type
    /// - **MEG**: message type
    pub record_type: Option<String>,
    /// Specifies the record time.
    pub record_time: Option<String>,
    /// Specifies the request body. This parameter is valid only if **record\_type** is set to **API**.
    pub request: Option<String>,
    /// Specifies the response body. This parameter is valid only if **record\_type** is set to **API**.
    pub response: Option<String>,
    /// Specifies the returned code. This parameter is valid only if **record\_type** is set to **API**.
    pub code: Option<String>,
    /// Specifies the message. This parameter is valid only if **record\_type** is set to **MEG**.
    pub message: Option<String>,
    /// Specifies the execution status of the task.
    ///
    /// - **SUCCESS**: The task is successfully executed.
    /// - **FAIL**: The task failed to be executed.
    pub job_status: Option<String>,
}
crate::support::open_enum!(
    #[doc =
    " Specifies an action to be performed on instances in batches. The options are as follows:"]
    #[doc = ""] #[doc = " - **ADD**: adds instances to the AS group."] #[doc =
    " - **REMOVE**: removes instances from the AS group."] #[doc =
    " - **PROTECT**: enables instance protection."] #[doc =
    " - **UNPROTECT**: disables instance protection."] BatchManageInstancesRequestAction
    { Add = "ADD", Remove = "REMOVE", Protect = "PROTECT", Unprotect = "UNPROTECT" }
);
/// Request parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct BatchManageInstancesRequest {
    /// Specifies the ECS ID.
    pub instances_id: Vec<String>,
    /// Specifies whether to delete an instance when it is removed from an AS group.
    /// Options:
    ///
    /// - **no** (default): The instance will not be deleted.
    /// - **yes**: The instance will be deleted.
    /// - If the instances were manually added to an AS group, they are removed from the AS group but are not deleted. This parameter takes effect only when the **action** is set to **REMOVE**.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub instance_delete: Option<BatchManageAsPoliciesRequestForceDelete>,
    /// Specifies an action to be performed on instances in batches. The options are as follows:
    ///
    /// - **ADD**: adds instances to the AS group.
    /// - **REMOVE**: removes instances from the AS group.
    /// - **PROTECT**: enables instance protection.
    /// - **UNPROTECT**: disables instance protection.
    pub action: BatchManageInstancesRequestAction,
}
/// Response parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListInstancesResponse {
    /// Specifies the total number of query records.
    pub total_number: Option<i64>,
    /// Specifies the start line number.
    pub start_number: Option<i64>,
    /// Specifies the maximum number of resources to be queried.
    pub limit: Option<i64>,
    /// Specifies details about the instances in the AS group.
    pub scaling_group_instances: Option<Vec<InstanceScalingGroupInstancesField>>,
}
/// scaling\_group\_instances field description
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct InstanceScalingGroupInstancesField {
    /// Specifies the instance ID.
    pub instance_id: Option<String>,
    /// Specifies the instance name.
    pub instance_name: Option<String>,
    /// Specifies the ID of the AS group to which the instance belongs.
    pub scaling_group_id: Option<String>,
    /// Specifies the name of the AS group to which the instance belongs.
    /// Supports fuzzy search.
    pub scaling_group_name: Option<String>,
    /// Specifies the instance lifecycle status in the AS group.
    ///
    /// - **INSERVICE**: The instance is enabled.
    /// - **PENDING**: The instance is being added to the AS group.
    /// - **REMOVING**: The instance is being removed from the AS group.
    pub life_cycle_state: Option<String>,
    /// Specifies the instance health status.
    ///
    /// - **INITIALIZING**: The instance is being initialized.
    /// - **NORMAL**: The instance is functional.
    /// - **ERROR**: The instance is faulty.
    pub health_status: Option<String>,
    /// Specifies the AS configuration name.
    pub scaling_configuration_name: Option<String>,
    /// Specifies the AS configuration ID.
    /// If the returned value is not empty, the instance is an ECS automatically created in a scaling action.
    /// If the returned value is empty, the instance is an ECS manually added to the AS group.
    pub scaling_configuration_id: Option<String>,
    /// Specifies the time when the instance is added to the AS group. The time format complies with UTC.
    pub create_time: Option<String>,
    /// Specifies the instance protection status.
    pub protect_from_scaling_down: Option<bool>,
}
/// Request parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CallingBackLifecycleHookRequest {
    /// Specifies the lifecycle operation token, which is obtained by calling the API for querying instance suspension.
    /// When specifying a lifecycle callback object, this field is mandatory if the **instance\_id** parameter is not used. If both this parameter and the **instance\_id** parameter are used, preferentially use this parameter for callback.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lifecycle_action_key: Option<String>,
    /// Specifies the instance ID.
    /// When a lifecycle callback object is specified, this parameter is mandatory if the **lifecycle\_action\_key** parameter is not used.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub instance_id: Option<String>,
    /// Specifies the lifecycle hook name.
    /// When a lifecycle callback object is specified, this parameter is mandatory if the **lifecycle\_action\_key** parameter is not used.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lifecycle_hook_name: Option<String>,
    /// Specifies the lifecycle callback action.
    ///
    /// - **ABANDON**: terminates the instance.
    /// - **CONTINUE**: continues the instance.
    /// - **EXTEND**: extends the timeout duration, one hour each time.
    pub lifecycle_action_result: String,
}
crate::support::open_enum!(
    #[doc = " Specifies the lifecycle hook type. Options:"] #[doc = ""] #[doc =
    " - **INSTANCE\\_TERMINATING**: The hook suspends the instance when the instance is terminated."]
    #[doc =
    " - **INSTANCE\\_LAUNCHING**: The hook suspends the instance when the instance is started."]
    CreateLifecycleHookRequestLifecycleHookType { InstanceTerminating =
    "INSTANCE_TERMINATING", InstanceLaunching = "INSTANCE_LAUNCHING" }
);
/// Request parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CreateLifecycleHookRequest {
    /// Specifies the lifecycle hook name. The name contains only letters, digits, underscores (\_), and hyphens (-), and cannot exceed 32 characters.
    pub lifecycle_hook_name: String,
    /// Specifies the lifecycle hook type. Options:
    ///
    /// - **INSTANCE\_TERMINATING**: The hook suspends the instance when the instance is terminated.
    /// - **INSTANCE\_LAUNCHING**: The hook suspends the instance when the instance is started.
    pub lifecycle_hook_type: CreateLifecycleHookRequestLifecycleHookType,
    /// Specifies the default lifecycle hook callback operation. By default, this operation is performed when the timeout duration expires.
    ///
    /// - ABANDON
    /// - CONTINUE
    /// - If an instance is starting, **CONTINUE** indicates that your customized operations are successful and the instance can be used. **ABANDON** indicates that your customized operations failed, and the instance will be terminated. In such a case, the scaling action fails, and you must create a new instance.
    /// - If an instance is stopping, both **ABANDON** and **CONTINUE** allow instance termination. The difference between the two states is as follows: **ABANDON** stops other lifecycle hooks, but **CONTINUE** allows the completion of other lifecycle hooks.
    /// - The default value of this parameter is **ABANDON**.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub default_result: Option<String>,
    /// Specifies the lifecycle hook timeout duration, which ranges from 60 to 86400 in the unit of second. The default value is 3600.
    /// By default, this parameter specifies the instance waiting duration. You can prolong the timeout duration or perform the **CONTINUE** or **ABANDON** operation before the timeout duration expires.
    ///
    /// Default: `3600`. Range 60 to 86400.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub default_timeout: Option<i64>,
    /// Specifies a unique topic in SMN.
    /// This parameter specifies a notification object for a lifecycle hook. When an instance is suspended by the lifecycle hook, the SMN service sends a notification to the object. This notification contains the basic instance information, your customized notification content, and the token for controlling lifecycle operations.
    pub notification_topic_urn: String,
    /// Specifies a customized notification, which contains no more than 256 characters in length. The message cannot contain the following characters: \<\>\&'()
    /// After a notification object is configured, the SMN service sends your customized notification to the object.
    ///
    /// Length at most 256.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub notification_metadata: Option<String>,
}
/// Response parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CreateLifecycleHookResponse {
    /// Specifies the lifecycle hook name.
    pub lifecycle_hook_name: Option<String>,
    /// Specifies the lifecycle hook type.
    ///
    /// - INSTANCE\_TERMINATING
    /// - INSTANCE\_LAUNCHING
    pub lifecycle_hook_type: Option<String>,
    /// Specifies the default lifecycle hook callback operation.
    ///
    /// - ABANDON
    /// - CONTINUE
    pub default_result: Option<String>,
    /// Specifies the lifecycle hook timeout duration in the unit of second.
    pub default_timeout: Option<i64>,
    /// Specifies a unique topic in SMN.
    pub notification_topic_urn: Option<String>,
    /// Specifies the topic name in SMN.
    pub notification_topic_name: Option<String>,
    /// Specifies the notification message.
    pub notification_metadata: Option<String>,
    /// Specifies the UTC-compliant time when the lifecycle hook is created.
    pub create_time: Option<String>,
}
/// Request parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct UpdateLifecycleHookRequest {
    /// Specifies the lifecycle hook type. Options:
    ///
    /// - **INSTANCE\_TERMINATING**: The hook suspends the instance when the instance is terminated.
    /// - **INSTANCE\_LAUNCHING**: The hook suspends the instance when the instance is started.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lifecycle_hook_type: Option<CreateLifecycleHookRequestLifecycleHookType>,
    /// Specifies the default lifecycle hook callback operation. By default, this operation is performed when the timeout duration expires.
    ///
    /// - ABANDON
    /// - CONTINUE
    /// - If an instance is starting, **CONTINUE** indicates that your customized operations are successful and the instance can be used. **ABANDON** indicates that your customized operations failed, and the instance will be terminated. In such a case, the scaling action fails, and you must create a new instance.
    /// - If an instance is stopping, both **ABANDON** and **CONTINUE** allow instance termination. The difference between the two states is as follows: **ABANDON** stops other lifecycle hooks, but **CONTINUE** allows the completion of other lifecycle hooks.
    /// - The default value of this parameter is **ABANDON**.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub default_result: Option<String>,
    /// Specifies the lifecycle hook timeout duration, which ranges from 60 to 86400 in the unit of second. The default value is 3600.
    /// By default, this parameter specifies the instance waiting duration. You can prolong the timeout duration or perform the **CONTINUE** or **ABANDON** operation before the timeout duration expires.
    ///
    /// Default: `3600`. Range 60 to 86400.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub default_timeout: Option<i64>,
    /// Specifies a unique topic in SMN.
    /// This parameter specifies a notification object for a lifecycle hook. When an instance is suspended by the lifecycle hook, the SMN service sends a notification to the object. This notification contains the basic instance information, your customized notification content, and the token for controlling lifecycle operations.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub notification_topic_urn: Option<String>,
    /// Specifies a customized notification, which contains no more than 256 characters in length. The message cannot contain the following characters: \<\>\&'()
    /// After a notification object is configured, the SMN service sends your customized notification to the object.
    ///
    /// Length at most 256.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub notification_metadata: Option<String>,
}
/// Response parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct UpdateLifecycleHookResponse {
    /// Specifies the lifecycle hook name.
    pub lifecycle_hook_name: Option<String>,
    /// Specifies the lifecycle hook type.
    ///
    /// - INSTANCE\_TERMINATING
    /// - INSTANCE\_LAUNCHING
    pub lifecycle_hook_type: Option<String>,
    /// Specifies the default lifecycle hook callback operation.
    ///
    /// - ABANDON
    /// - CONTINUE
    pub default_result: Option<String>,
    /// Specifies the lifecycle hook timeout duration in the unit of second.
    pub default_timeout: Option<i64>,
    /// Specifies a unique topic in SMN.
    pub notification_topic_urn: Option<String>,
    /// Specifies the topic name in SMN.
    pub notification_topic_name: Option<String>,
    /// Specifies the customized notification.
    pub notification_metadata: Option<String>,
    /// Specifies the time when the lifecycle hook is created. The time is UTC-compliant.
    pub create_time: Option<String>,
}
/// Response parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ShowInstanceSuspensionResponse {
    /// Specifies lifecycle hook information about an AS instance.
    pub instance_hanging_info: Option<Vec<InstanceSuspensionInstanceHangingInfoField>>,
}
/// instance\_hanging\_info field description
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct InstanceSuspensionInstanceHangingInfoField {
    /// Specifies the lifecycle hook name.
    pub lifecycle_hook_name: Option<String>,
    /// Specifies the lifecycle action key, which determines the lifecycle callback object.
    pub lifecycle_action_key: Option<String>,
    /// Specifies the AS instance ID.
    pub instance_id: Option<String>,
    /// Specifies the AS group ID.
    pub scaling_group_id: Option<String>,
    /// Specifies the lifecycle hook status.
    ///
    /// - **HANGING**: suspends the instance.
    /// - **CONTINUE**: continues the instance.
    /// - **ABANDON**: terminates the instance.
    pub lifecycle_hook_status: Option<String>,
    /// Specifies the timeout duration in the format of "YYYY-MM-DDThh:mm:ssZ". The time is UTC-compliant.
    pub timeout: Option<String>,
    /// Specifies the default lifecycle hook callback operation.
    pub default_result: Option<String>,
}
/// Response parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListLifecycleHooksResponse {
    /// Specifies lifecycle hooks. For details, see Table 3.
    pub lifecycle_hooks: Option<Vec<LifecycleHookField>>,
}
/// lifecycle\_hooks field description
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct LifecycleHookField {
    /// Specifies the lifecycle hook name.
    pub lifecycle_hook_name: Option<String>,
    /// Specifies the lifecycle hook type.
    ///
    /// - INSTANCE\_TERMINATING
    /// - INSTANCE\_LAUNCHING
    pub lifecycle_hook_type: Option<String>,
    /// Specifies the default lifecycle hook callback operation.
    ///
    /// - ABANDON
    /// - CONTINUE
    pub default_result: Option<String>,
    /// Specifies the lifecycle hook timeout duration in the unit of second.
    pub default_timeout: Option<i64>,
    /// Specifies a unique topic in SMN.
    pub notification_topic_urn: Option<String>,
    /// Specifies the topic name in SMN.
    pub notification_topic_name: Option<String>,
    /// Specifies the customized notification.
    pub notification_metadata: Option<String>,
    /// Specifies the time when the lifecycle hook is created. The time is UTC-compliant.
    pub create_time: Option<String>,
}
/// Response parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListAsPolicyAndInstanceQuotasResponse {
    /// Specifies quota details. For details, see Table 3.
    pub quotas: Option<AsPolicyAndInstanceQuotaField>,
}
/// quotas field description
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AsPolicyAndInstanceQuotaField {
    /// Specifies resources. For details, see Table 4.
    pub resources: Option<Vec<AsPolicyAndInstanceQuotaResourcesField>>,
}
/// resources field description
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AsPolicyAndInstanceQuotaResourcesField {
    /// Specifies the quota type.
    ///
    /// - **scaling\_Policy**: indicates AS policies.
    /// - **scaling\_Instance**: indicates instances.
    ///
    /// Wire name: `type`.
    #[serde(rename = "type")]
    pub type_: Option<String>,
    /// Specifies the used quota.
    pub used: Option<i64>,
    /// Specifies the total quota.
    pub quota: Option<i64>,
    /// Specifies the quota upper limit.
    pub max: Option<i64>,
    /// Specifies the quota lower limit.
    pub min: Option<i64>,
}
/// Response parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListAsQuotasResponse {
    /// Specifies quota details. For details, see Table 3.
    pub quotas: Option<AsQuotaField>,
}
/// quotas field description
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AsQuotaField {
    /// Specifies resources. For details, see Table 4.
    pub resources: Option<Vec<AsQuotaResourcesField>>,
}
/// resources field description
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AsQuotaResourcesField {
    /// Specifies the quota type.
    ///
    /// - **scaling\_Group**: AS group quota
    /// - **scaling\_Config**: AS configuration quota
    /// - **scaling\_Policy**: AS policy quota
    /// - **scaling\_Instance**: instance quota
    /// - **bandwidth\_scaling\_policy**: bandwidth scaling policy quota.
    ///
    /// Wire name: `type`.
    #[serde(rename = "type")]
    pub type_: Option<String>,
    /// Specifies the used amount of the quota.
    /// When **type** is set to **scaling\_Policy** or **scaling\_Instance**, this parameter is reserved, and the system returns **-1** as the parameter value. You can query the used quota of AS policies and AS instances in a specified AS group. For details, see Querying AS Policy and Instance Quotas.
    pub used: Option<i64>,
    /// Specifies the total quota.
    pub quota: Option<i64>,
    /// Specifies the quota upper limit.
    pub max: Option<i64>,
    /// Specifies the quota lower limit.
    pub min: Option<i64>,
}
/// Response parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListScalingActionLogsResponse {
    /// Specifies the total number of query records.
    pub total_number: Option<i64>,
    /// Specifies the start line number.
    pub start_number: Option<i64>,
    /// Specifies the maximum number of resources to be queried.
    pub limit: Option<i64>,
    /// Specifies scaling action logs. For details, see Table 3.
    pub scaling_activity_log: Option<Vec<ScalingActionLogScalingActivityLogField>>,
}
/// scaling\_activity\_log field description
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ScalingActionLogScalingActivityLogField {
    /// Specifies the status of the scaling action.
    ///
    /// - **SUCCESS**: The scaling action has been performed.
    /// - **FAIL**: Performing the scaling action failed.
    /// - **DOING**: The scaling action is being performed.
    pub status: Option<String>,
    /// Specifies the start time of the scaling action. The time format must comply with UTC.
    pub start_time: Option<String>,
    /// Specifies the end time of the scaling action. The time format must comply with UTC.
    pub end_time: Option<String>,
    /// Specifies the scaling action log ID.
    pub id: Option<String>,
    /// Specifies the names of the instances removed from the AS group after the scaling action is complete. The instance names are separated using commas (,).
    pub instance_removed_list: Option<String>,
    /// Specifies the names of the instances removed and deleted from the AS group after the scaling action is complete. The instance names are separated using commas (,).
    pub instance_deleted_list: Option<String>,
    /// Specifies the names of the instances added to the AS group after the scaling action is complete. The instance names are separated using commas (,).
    pub instance_added_list: Option<String>,
    /// Specifies the number of added or removed instances in the scaling action.
    pub scaling_value: Option<i64>,
    /// Specifies the description of the scaling action.
    pub description: Option<String>,
    /// Specifies the number of instances in the AS group.
    pub instance_value: Option<i64>,
    /// Specifies the expected number of instances for the scaling action.
    pub desire_value: Option<i64>,
}
/// Request parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CreateOrDeleteTagRequest {
    /// Specifies the tag list. For details, see Table 3.
    /// If **action** is set to **delete**, the tag structure cannot be missing, and the key cannot be left blank or an empty string.
    pub tags: Vec<OrDeleteTagResourceTagField>,
    /// Specifies the operation ID. The value is case-sensitive and can be any of the following:
    ///
    /// - **delete**: indicates deleting a tag.
    /// - **create**: indicates creating a tag. If the same key value already exists, it will be overwritten.
    pub action: String,
}
/// ResourceTag field description
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct OrDeleteTagResourceTagField {
    /// Specifies the tag key. Tag keys of a resource must be unique.
    /// It contains a maximum of 36 Unicode characters. It cannot be left blank. It can contain only digits, letters, hyphens (-), underscores (\_), and at signs (@).
    pub key: String,
    /// Specifies the tag value.
    /// A tag value contains a maximum of 43 Unicode characters and can be left blank. It can contain only digits, letters, hyphens (-), underscores (\_), and at signs (@).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
}
crate::support::setters!(
    @ model OrDeleteTagResourceTagField new(key : String) { value : String }
);
/// Request parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListResourcesByTagRequest {
    /// Specifies filter criteria with tags included. A maximum of 10 keys can be contained. The structure body must be complete. For details, see Table 3.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<ResourcesByTagField>>,
    /// Specifies filter criteria with any tag included. A maximum of 10 keys can be contained. For details, see Table 3.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tags_any: Option<Vec<ResourcesByTagField>>,
    /// Specifies filter criteria without tags included. A maximum of 10 keys can be contained. For details, see Table 3.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub not_tags: Option<Vec<ResourcesByTagField>>,
    /// Specifies filter criteria without any tag included. A maximum of 10 keys can be contained. For details, see Table 3.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub not_tags_any: Option<Vec<ResourcesByTagField>>,
    /// Specifies the maximum number of query records. The maximum value is 1,000, and the minimum value is 1.
    ///
    /// - If **action** is set to **count**, this parameter is invalid.
    /// - If **action** is set to **filter**, the default value is **1000**.
    ///
    /// Default: `1000`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<String>,
    /// Marks the paging location (index position). You are advised to use the **offset** parameter to set the index position.
    /// Marks the paging location (resource ID or index location).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub marker: Option<String>,
    /// Specifies the operation, which can be **filter** or **count**.
    ///
    /// - **filter**: indicates that resources are filtered by tag and the resources meeting the search criteria are returned on pages.
    /// - **count**: indicates that resources are searched by tag and the number of resources meeting the search criteria is returned.
    pub action: String,
    /// Specifies the index position. The query starts from the next image indexed by this parameter. The value must be a non-negative number.
    /// You do not need to specify this parameter when querying resources on the first page. When you query resources on subsequent pages, set **offset** to the location returned in the response body for the previous query.
    ///
    /// - If the **action** value is **count**, this parameter is invalid.
    /// - If the **action** value is **filter**, the default value is **0**.
    ///
    /// Default: `0`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub offset: Option<String>,
    /// Specifies fuzzy search. For details, see Table 4.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub matches: Option<Vec<ResourcesByTagMatchField>>,
    /// If this parameter is set to **true**, all resources without tags are queried. In this case, the **tags**, **tags\_any**, **not\_tags**, and **not\_tags\_any** fields are ignored.
    pub without_any_tag: bool,
}
/// Tag field description
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ResourcesByTagField {
    /// Specifies the tag key. It contains a maximum of 36 Unicode characters. It cannot be left blank (This parameter is not verified in the search process.) A maximum of 10 keys are allowed and the key cannot be left blank or an empty string. Each key must be unique.
    pub key: String,
    /// Specifies tag values. A value contains a maximum of 43 Unicode characters. A key contains a maximum of 10 values. Each value of the same key must be unique.
    ///
    /// - The asterisk (\*) is reserved for the system. If the value starts with \*, it indicates that fuzzy match is performed for the digits following *. The value cannot contain only asterisks (*).
    /// - If the values are null (not default), it indicates **any\_value** (querying any value). The resources contain one or multiple values listed in **values** will be found and displayed.
    pub values: Vec<String>,
}
crate::support::setters!(
    @ model ResourcesByTagField new(key : String, values : Vec < String >) {}
);
/// match field description
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ResourcesByTagMatchField {
    /// Specifies the key based on which to query resources.
    /// The parameter value can only be **resource\_name**.
    pub key: String,
    /// Specifies the value. The value is a fixed dictionary value. A value contains a maximum of 255 Unicode characters. If the value is an empty string or **resource\_id**, exact match is used.
    pub value: String,
}
crate::support::setters!(
    @ model ResourcesByTagMatchField new(key : String, value : String) {}
);
/// Response parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListResourcesByTagResponse {
    /// Specifies tag resources. For details, see Table 6.
    pub resources: Option<Vec<ResourcesByTagResourceField>>,
    /// Specifies the total number of records. When **action** is set to **count**, only this parameter is returned. The values of **resources** and **marker** are not returned.
    pub total_count: Option<i64>,
    /// Specifies the paging location identifier.
    pub marker: Option<String>,
}
/// Resource field description
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ResourcesByTagResourceField {
    /// Specifies the resource ID.
    pub resource_id: Option<String>,
    /// Specifies the resource details.
    pub resource_detail: Option<String>,
    /// Specifies tags. If there is no tag, the field **tags** is taken as an empty array by default. For details, see Table 7.
    pub tags: Option<Vec<ResourcesByTagResourceTagField>>,
    /// Specifies the resource name. If there is no resource, this parameter is an empty string by default.
    pub resource_name: Option<String>,
}
/// ResourceTag field description
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ResourcesByTagResourceTagField {
    /// Specifies the tag key. It contains a maximum of 36 Unicode characters.
    pub key: Option<String>,
    /// Specifies the tag value. It contains a maximum of 43 Unicode characters.
    pub value: Option<String>,
}
/// Response parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListTagsResponse {
    /// Specifies the tags.
    pub tags: Option<Vec<TagField>>,
}
/// tags field description
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct TagField {
    /// Specifies the tag key.
    pub key: Option<String>,
    /// Specifies the tag values.
    pub values: Option<Vec<String>>,
}
/// Response parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListResourceTagsResponse {
    /// Specifies tags. For details, see Table 3.
    pub tags: Option<Vec<ResourceTagField>>,
    /// Specifies system tags. For details, see Table 3.
    pub sys_tags: Option<Vec<ResourceTagField>>,
}
/// ResourceTag field description
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ResourceTagField {
    /// Specifies the tag key.
    pub key: Option<String>,
    /// Specifies the tag values.
    pub value: Option<String>,
}
/// meta\_data field description
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AsPolicyExecutionLogMetaDataField {
    /// Specifies the bandwidth sharing type in the bandwidth scaling policy.
    pub metadata_bandwidth_share_type: Option<String>,
    /// Specifies the EIP ID for the bandwidth in the bandwidth scaling policy.
    pub metadata_eip_id: Option<String>,
    /// Specifies the EIP for the bandwidth in the bandwidth scaling policy.
    pub metadataeip_address: Option<String>,
}
/// Response parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ShowApiVersionResponse {
    /// Specifies a specified API version.
    pub version: Option<ApiVersionField>,
}
/// version field description
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ApiVersionField {
    /// Specifies the API version ID.
    pub id: Option<String>,
    /// Specifies the API URL. For details, see Table 4.
    pub links: Option<Vec<ApiVersionLinksField>>,
    /// Specifies the earliest supported API version number.
    pub min_version: Option<String>,
    /// Specifies the API version status.
    ///
    /// - **CURRENT**: indicates a primary version.
    /// - **SUPPORTED**: indicates an earlier version which is still supported.
    /// - **DEPRECATED**: indicates a deprecated version which may be deleted later.
    pub status: Option<String>,
    /// Specifies the release date of an API version.
    pub updated: Option<String>,
    /// Specifies the latest supported API version number.
    pub version: Option<String>,
}
/// links field description
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ApiVersionLinksField {
    /// Specifies the API Uniform Resource Locator (URL).
    pub href: Option<String>,
    /// Specifies the API URL dependency.
    pub rel: Option<String>,
}
/// Response parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListApiVersionsResponse {
    /// Specifies the API versions.
    pub versions: Option<Vec<ApiVersionField>>,
}
crate::support::open_enum!(
    #[doc = " The values of `ScalingGroupStatus`."] ScalingGroupStatus { Inservice =
    "INSERVICE", Paused = "PAUSED", Error = "ERROR", Deleting = "DELETING" }
);
