//! API version v2.0 of Virtual Private Cloud.
use crate::support::need;
use crate::support::request;
use docsdk_runtime::Result;
/// The operations at API version v2.0: get it with `Client::v2_0`.
#[derive(Clone, Copy, Debug)]
pub struct Client<'a>(pub(crate) &'a crate::Client);
impl Client<'_> {
    /// Querying Security Groups: `GET /v2.0/security-groups`, API version v2.0.
    ///
    /// This API is used to query all security groups accessible to the tenant submitting the request.
    pub fn querying_security_groups(&self) -> QueryingSecurityGroups {
        QueryingSecurityGroups::new(&self.0.inner, None)
    }
    /// Creating a Security Group: `POST /v2.0/security-groups`, API version v2.0.
    ///
    /// This API is used to create a security group.
    pub fn creating_a_security_group(&self) -> CreatingASecurityGroup {
        CreatingASecurityGroup::new(&self.0.inner, None)
    }
    /// Updating a Security Group: `PUT /v2.0/security-groups/{security_group_id}`, API version v2.0.
    ///
    /// This API is used to update a security group.
    pub fn updating_a_security_group(&self) -> UpdatingASecurityGroup {
        UpdatingASecurityGroup::new(&self.0.inner, None)
    }
    /// Deleting a Security Group: `DELETE /v2.0/security-groups/{security_group_id}`, API version v2.0.
    ///
    /// This API is used to delete a security group.
    pub fn deleting_a_security_group(&self) -> DeletingASecurityGroup {
        DeletingASecurityGroup::new(&self.0.inner, None)
    }
    /// Querying Security Group Rules: `GET /v2.0/security-group-rules`, API version v2.0.
    ///
    /// This API is used to query all security group rules accessible to the tenant submitting the request.
    pub fn querying_security_group_rules(&self) -> QueryingSecurityGroupRules {
        QueryingSecurityGroupRules::new(&self.0.inner, None)
    }
    /// Querying a Security Group Rule: `GET /v2.0/security-group-rules/{security_group_rule_id}`, API version v2.0.
    ///
    /// This API is used to query details about a specific security group rule.
    pub fn querying_a_security_group_rule(&self) -> QueryingASecurityGroupRule {
        QueryingASecurityGroupRule::new(&self.0.inner, None)
    }
    /// Deleting a Security Group Rule: `DELETE /v2.0/security-group-rules/{security_group_rule_id}`, API version v2.0.
    ///
    /// This API is used to delete a security group rule.
    pub fn deleting_a_security_group_rule(&self) -> DeletingASecurityGroupRule {
        DeletingASecurityGroupRule::new(&self.0.inner, None)
    }
}
crate::support::builder!(
    QueryingSecurityGroups("querying_security_groups") { #[doc =
    " Specifies that the ID is used as the filtering condition. Query parameter `id`."]
    id : String, #[doc =
    " Specifies that the name is used as the filtering condition. Query parameter `name`."]
    name : String, #[doc =
    " Specifies that the description is used as the filtering condition. Query parameter `description`."]
    description : String, #[doc =
    " Specifies that the project ID is used as the filtering condition. Query parameter `tenant_id`."]
    tenant_id : String, #[doc =
    " Specifies a resource ID for pagination query, indicating that the query starts from the next record of the specified resource ID."]
    #[doc = " This parameter can work together with the parameter **limit**."] #[doc =
    ""] #[doc =
    " - If parameters **marker** and **limit** are not passed, resource records on the first page will be returned."]
    #[doc =
    " - If the parameter **marker** is not passed and the value of parameter **limit** is set to **10**, the first 10 resource records will be returned."]
    #[doc =
    " - If the value of the parameter **marker** is set to the resource ID of the 10th record and the value of parameter **limit** is set to **10**, the 11th to 20th resource records will be returned."]
    #[doc =
    " - If the value of the parameter **marker** is set to the resource ID of the 10th record and the parameter **limit** is not passed, 11th to 2,000th resource records will be returned. The default value of **limit** is **2000**."]
    #[doc = ""] #[doc = " Query parameter `marker`."] marker : String, #[doc =
    " Specifies the number of records that will be returned on each page. The value is from 0 to 2000. The default value is 2000."]
    #[doc =
    " **limit** can be used together with **marker**. For details, see the parameter description of **marker**."]
    #[doc = ""] #[doc = " Query parameter `limit`. Default: `2000`."] limit : i64, #[doc
    = " Query parameter `page_reverse`."] page_reverse : String }
);
impl QueryingSecurityGroups {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ListSecurityGroupsResponse> {
        let request = request!(self, Get, "/v2.0/security-groups")
            .query_opt("id", self.id)
            .query_opt("name", self.name)
            .query_opt("description", self.description)
            .query_opt("tenant_id", self.tenant_id)
            .query_opt("marker", self.marker)
            .query_opt("limit", self.limit)
            .query_opt("page_reverse", self.page_reverse);
        self.call.json(request).await
    }
}
crate::support::builder!(
    CreatingASecurityGroup("creating_a_security_group") { #[doc =
    " Specifies the security group. For details, see Table 2."] security_group : crate
    ::types::SecurityGroupObject }
);
impl CreatingASecurityGroup {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<crate::types::CreateSecurityGroupResponse> {
        let body = types::CreateSecurityGroupRequest {
            security_group: need!(self, security_group)?,
        };
        let request = request!(self, Post, "/v2.0/security-groups").json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    UpdatingASecurityGroup("updating_a_security_group") { #[doc =
    " Path parameter `security_group_id`."] security_group_id : String, #[doc =
    " Specifies the security group. For details, see Table 2."] #[doc =
    " You must specify at least one attribute when updating a security group."]
    security_group : crate ::types::SecurityGroupObject }
);
impl UpdatingASecurityGroup {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::UpdateSecurityGroupResponse> {
        let body = types::UpdateSecurityGroupRequest {
            security_group: need!(self, security_group)?,
        };
        let request = request!(self, Put, "/v2.0/security-groups/{security_group_id}")
            .path_param("security_group_id", need!(self, security_group_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    DeletingASecurityGroup("deleting_a_security_group") { #[doc =
    " Path parameter `security_group_id`."] security_group_id : String }
);
impl DeletingASecurityGroup {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<()> {
        let request = request!(self, Delete, "/v2.0/security-groups/{security_group_id}")
            .path_param("security_group_id", need!(self, security_group_id)?);
        self.call.empty(request).await
    }
}
crate::support::builder!(
    QueryingSecurityGroupRules("querying_security_group_rules") { #[doc =
    " Specifies that the security group rule ID is used as the filtering condition. Query parameter `id`."]
    id : String, #[doc =
    " Specifies that the description is used as the filtering condition. Query parameter `description`."]
    description : String, #[doc =
    " Specifies the ID of the remote security group associated with the security group rule is used as the filtering condition. Query parameter `remote_group_id`."]
    remote_group_id : String, #[doc =
    " Specifies the ID of the corresponding security group is used as the filtering condition. Query parameter `security_group_id`."]
    security_group_id : String, #[doc =
    " Specifies the security group rule direction is used as the filtering condition. The value can be **ingress** or **egress**. Query parameter `direction`."]
    direction : types::Direction, #[doc =
    " Specifies that the IP protocol is used as the filtering condition. Query parameter `protocol`."]
    protocol : String, #[doc =
    " Specifies the remote IP address range matching the security group rule is used as the filtering condition. Query parameter `remote_ip_prefix`."]
    remote_ip_prefix : String, #[doc =
    " Specifies that the network type is used as the filtering condition. Query parameter `ethertype`."]
    ethertype : String, #[doc =
    " Specifies that the maximum port is used as the filtering condition. Query parameter `port_range_max`."]
    port_range_max : i64, #[doc =
    " Specifies that the minimum port is used as the filtering condition. Query parameter `port_range_min`."]
    port_range_min : i64, #[doc =
    " Specifies that the project ID is used as the filtering condition. Query parameter `tenant_id`."]
    tenant_id : String, #[doc =
    " Specifies a resource ID for pagination query, indicating that the query starts from the next record of the specified resource ID."]
    #[doc = " This parameter can work together with the parameter **limit**."] #[doc =
    ""] #[doc =
    " - If parameters **marker** and **limit** are not passed, resource records on the first page will be returned."]
    #[doc =
    " - If the parameter **marker** is not passed and the value of parameter **limit** is set to **10**, the first 10 resource records will be returned."]
    #[doc =
    " - If the value of the parameter **marker** is set to the resource ID of the 10th record and the value of parameter **limit** is set to **10**, the 11th to 20th resource records will be returned."]
    #[doc =
    " - If the value of the parameter **marker** is set to the resource ID of the 10th record and the parameter **limit** is not passed, 11th to 2,000th resource records will be returned. The default value of **limit** is **2000**."]
    #[doc = ""] #[doc = " Query parameter `marker`."] marker : String, #[doc =
    " Specifies the number of records that will be returned on each page. The value is from 0 to 2000. The default value is 2000."]
    #[doc =
    " **limit** can be used together with **marker**. For details, see the parameter description of **marker**."]
    #[doc = ""] #[doc = " Query parameter `limit`. Default: `2000`."] limit : i64 }
);
impl QueryingSecurityGroupRules {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ListSecurityGroupRulesResponse> {
        let request = request!(self, Get, "/v2.0/security-group-rules")
            .query_opt("id", self.id)
            .query_opt("description", self.description)
            .query_opt("remote_group_id", self.remote_group_id)
            .query_opt("security_group_id", self.security_group_id)
            .query_opt("direction", self.direction)
            .query_opt("protocol", self.protocol)
            .query_opt("remote_ip_prefix", self.remote_ip_prefix)
            .query_opt("ethertype", self.ethertype)
            .query_opt("port_range_max", self.port_range_max)
            .query_opt("port_range_min", self.port_range_min)
            .query_opt("tenant_id", self.tenant_id)
            .query_opt("marker", self.marker)
            .query_opt("limit", self.limit);
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingASecurityGroupRule("querying_a_security_group_rule") { #[doc =
    " Path parameter `security_group_rule_id`."] security_group_rule_id : String }
);
impl QueryingASecurityGroupRule {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ShowSecurityGroupRuleResponse> {
        let request = request!(
            self, Get, "/v2.0/security-group-rules/{security_group_rule_id}"
        )
            .path_param("security_group_rule_id", need!(self, security_group_rule_id)?);
        self.call.json(request).await
    }
}
crate::support::builder!(
    DeletingASecurityGroupRule("deleting_a_security_group_rule") { #[doc =
    " Path parameter `security_group_rule_id`."] security_group_rule_id : String }
);
impl DeletingASecurityGroupRule {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<()> {
        let request = request!(
            self, Delete, "/v2.0/security-group-rules/{security_group_rule_id}"
        )
            .path_param("security_group_rule_id", need!(self, security_group_rule_id)?);
        self.call.empty(request).await
    }
}
/// Models whose shape at API version v2.0 differs from the crate-level `types`.
pub mod types {
    /// Request parameter
    #[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
    #[non_exhaustive]
    pub struct CreateSecurityGroupRequest {
        /// Specifies the security group. For details, see Table 2.
        pub security_group: crate::types::SecurityGroupObject,
    }
    /// Response parameter
    #[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
    #[non_exhaustive]
    pub struct ListSecurityGroupsResponse {
        /// Specifies the security group list. For details, see Table 3.
        pub security_groups: Option<Vec<crate::types::ListSecurityGroupsObject>>,
        /// Shows pagination information about security groups.
        /// Only when **limit** is used for filtering and the number of resources exceeds the value of **limit** or 2000 (default value of **limit**), value **next** will be returned for **rel** and a link for **href**.
        pub security_groups_links: Option<Vec<crate::types::SecurityGroupLinkObject>>,
    }
    /// Response parameter
    #[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
    #[non_exhaustive]
    pub struct ShowSecurityGroupResponse {
        /// Specifies the security group. For details, see Table 2.
        pub security_group: Option<crate::types::ShowSecurityGroupObject>,
    }
    /// Request parameter
    #[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
    #[non_exhaustive]
    pub struct UpdateSecurityGroupRequest {
        /// Specifies the security group. For details, see Table 2.
        /// You must specify at least one attribute when updating a security group.
        pub security_group: crate::types::SecurityGroupObject,
    }
    /// Response parameter
    #[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
    #[non_exhaustive]
    pub struct UpdateSecurityGroupResponse {
        /// Specifies the security group objects. For details, see Table 4.
        pub security_group: Option<crate::types::SecurityGroupObjectResponse>,
    }
    /// Response parameter
    #[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
    #[non_exhaustive]
    pub struct ShowSecurityGroupRuleResponse {
        /// Specifies the security group rule. For details, see Table 2.
        pub security_group_rule: Option<crate::types::CreateSecurityGroupRuleObject>,
    }
    /// Response parameter
    #[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
    #[non_exhaustive]
    pub struct ListSecurityGroupRulesResponse {
        /// Specifies the security group rule list. For details, see Table 3.
        pub security_group_rules: Option<
            Vec<crate::types::CreateSecurityGroupRuleObject>,
        >,
        /// Shows pagination information about security group rules.
        /// Only when **limit** is used for filtering and the number of resources exceeds the value of **limit** or 2000 (default value of **limit**), value **next** will be returned for **rel** and a link for **href**.
        pub security_group_rules_links: Option<
            Vec<crate::types::SecurityGroupRuleLinkObject>,
        >,
    }
    crate::support::open_enum!(
        #[doc = " The values of `Direction`."] Direction { Ingress = "ingress", Egress =
        "egress" }
    );
}
