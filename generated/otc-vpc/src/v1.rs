//! API version v1 of Virtual Private Cloud.
use crate::support::need;
use crate::support::request;
use docsdk_runtime::Result;
/// The operations at API version v1: get it with `Client::v1`.
#[derive(Clone, Copy, Debug)]
pub struct Client<'a>(pub(crate) &'a crate::Client);
impl Client<'_> {
    /// Updating an EIP: `PUT /v1/{project_id}/publicips/{publicip_id}`, API version v1.
    ///
    /// This API is used to bind an EIP to a NIC, or unbind an EIP from a NIC.
    ///
    /// Note the following when you use EIPs of the Dedicated Load Balancer (**5\_gray**) type:
    ///
    /// In **eu-de**, EIPs of the Dedicated Load Balancer (**5\_gray**) type cannot be assigned anymore. You can assign EIPs of the BGP (**5\_bgp**) type.
    ///
    /// Existing EIPs of the Dedicated Load Balancer (**5\_gray**) type can be bound to dedicated or shared load balancers.
    ///
    /// The EIP console cannot be used to bind EIPs to or unbind them from dedicated load balancers.
    ///
    /// You can use APIs to bind EIPs to or unbind them from dedicated load balancers. For details, see Binding an EIP and Unbinding an EIP.
    ///
    /// EIPs of this type can be bound to or unbound from shared load balancers using the EIP console or APIs.
    ///
    /// You are advised to bind or unbind BGP EIPs to or from dedicated load balancers.
    ///
    /// Do not add EIPs of the dedicated load balancer type (**5\_gray**) and other types to the same shared bandwidth. Otherwise, the bandwidth limit policy will not take effect.
    pub fn updating_an_eip(&self) -> UpdatingAnEip {
        UpdatingAnEip::new(&self.0.inner, None)
    }
    /// Querying Security Groups: `GET /v1/{project_id}/security-groups`, API version v1.
    ///
    /// This API is used to query security groups using search criteria and to display the security groups in a list.
    pub fn querying_security_groups(&self) -> QueryingSecurityGroups {
        QueryingSecurityGroups::new(&self.0.inner, None)
    }
    /// Creating a Security Group: `POST /v1/{project_id}/security-groups`, API version v1.
    ///
    /// This API is used to create a security group.
    pub fn creating_a_security_group(&self) -> CreatingASecurityGroup {
        CreatingASecurityGroup::new(&self.0.inner, None)
    }
    /// Deleting a Security Group: `DELETE /v1/{project_id}/security-groups/{security_group_id}`, API version v1.
    ///
    /// This API is used to delete a security group.
    pub fn deleting_a_security_group(&self) -> DeletingASecurityGroup {
        DeletingASecurityGroup::new(&self.0.inner, None)
    }
    /// Querying Security Group Rules: `GET /v1/{project_id}/security-group-rules`, API version v1.
    ///
    /// This API is used to query security group rules using search criteria and to display the security group rules in a list.
    pub fn querying_security_group_rules(&self) -> QueryingSecurityGroupRules {
        QueryingSecurityGroupRules::new(&self.0.inner, None)
    }
    /// Deleting a Security Group Rule: `DELETE /v1/{project_id}/security-group-rules/{security_group_rule_id}`, API version v1.
    ///
    /// This API is used to delete a security group rule.
    pub fn deleting_a_security_group_rule(&self) -> DeletingASecurityGroupRule {
        DeletingASecurityGroupRule::new(&self.0.inner, None)
    }
    /// Querying VPCs: `GET /v1/{project_id}/vpcs`, API version v1.
    ///
    /// This API is used to query VPCs using search criteria and to display the VPCs in a list.
    pub fn querying_vp_cs(&self) -> QueryingVpCs {
        QueryingVpCs::new(&self.0.inner, None)
    }
    /// Adding a Security Group Rule: `POST /v1/{project_id}/security-group-rules`, API version v1.
    ///
    /// This API is used to add a security group rule.
    pub fn adding_a_security_group_rule(&self) -> AddingASecurityGroupRule {
        AddingASecurityGroupRule::new(&self.0.inner, None)
    }
    /// Querying Subnets: `GET /v1/{project_id}/subnets`, API version v1.
    ///
    /// This API is used to query subnets using search criteria and to display the subnets in a list.
    pub fn querying_subnets(&self) -> QueryingSubnets {
        QueryingSubnets::new(&self.0.inner, None)
    }
    /// Creating a Subnet: `POST /v1/{project_id}/subnets`, API version v1.
    ///
    /// This API is used to create a subnet.
    pub fn creating_a_subnet(&self) -> CreatingASubnet {
        CreatingASubnet::new(&self.0.inner, None)
    }
    /// Deleting a Subnet: `DELETE /v1/{project_id}/vpcs/{vpc_id}/subnets/{subnet_id}`, API version v1.
    ///
    /// This API is used to delete a subnet.
    pub fn deleting_a_subnet(&self) -> DeletingASubnet {
        DeletingASubnet::new(&self.0.inner, None)
    }
}
crate::support::builder!(
    UpdatingAnEip("updating_an_eip") { #[doc =
    " Specifies the project ID. Path parameter `project_id`."] project_id : String, #[doc
    = " Specifies the unique identifier of an EIP. Path parameter `publicip_id`."]
    publicip_id : String, #[doc = " Specifies the EIP object. For details, see Table 3."]
    publicip : crate ::types::UpdateEipDescriptionOfThePublicipField }
);
impl UpdatingAnEip {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<crate::types::UpdateEipResponse> {
        let body = crate::types::UpdateEipRequest {
            publicip: need!(self, publicip)?,
        };
        let request = request!(self, Put, "/v1/{project_id}/publicips/{publicip_id}")
            .path_param("project_id", need!(self, project_id)?)
            .path_param("publicip_id", need!(self, publicip_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingSecurityGroups("querying_security_groups") { #[doc =
    " Specifies the project ID. Path parameter `project_id`."] project_id : String, #[doc
    =
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
    =
    " Specifies that the VPC ID is used as the filtering condition. Query parameter `vpc_id`."]
    vpc_id : String, #[doc =
    " - Specifies the enterprise project ID. This field can be used to filter the security groups of an enterprise project."]
    #[doc =
    " - The value is **0** or a string that contains a maximum of 36 characters in UUID format with hyphens (-). Value **0** indicates the default enterprise project. To obtain the security groups bound to all enterprise projects of the user or to display the security group list for enterprise project member accounts, set **all\\_granted\\_eps**."]
    #[doc = ""] #[doc = " Query parameter `enterprise_project_id`. Length at most 36."]
    enterprise_project_id : String }
);
impl QueryingSecurityGroups {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ListSecurityGroupsResponse> {
        let request = request!(self, Get, "/v1/{project_id}/security-groups")
            .path_param("project_id", need!(self, project_id)?)
            .query_opt("marker", self.marker)
            .query_opt("limit", self.limit)
            .query_opt("vpc_id", self.vpc_id)
            .query_opt("enterprise_project_id", self.enterprise_project_id);
        self.call.json(request).await
    }
}
crate::support::builder!(
    CreatingASecurityGroup("creating_a_security_group") { #[doc =
    " Specifies the project ID. Path parameter `project_id`."] project_id : String, #[doc
    = " Specifies the security group objects. For details, see Table 3."] security_group
    : crate ::types::SecurityGroupDescriptionOfSecurityGroupField }
);
impl CreatingASecurityGroup {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::CreateSecurityGroupResponse> {
        let body = types::CreateSecurityGroupRequest {
            security_group: need!(self, security_group)?,
        };
        let request = request!(self, Post, "/v1/{project_id}/security-groups")
            .path_param("project_id", need!(self, project_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    DeletingASecurityGroup("deleting_a_security_group") { #[doc =
    " Specifies the security group ID, which uniquely identifies the security group. Path parameter `security_group_id`."]
    security_group_id : String, #[doc =
    " Specifies the project ID. Path parameter `project_id`."] project_id : String }
);
impl DeletingASecurityGroup {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<()> {
        let request = request!(
            self, Delete, "/v1/{project_id}/security-groups/{security_group_id}"
        )
            .path_param("security_group_id", need!(self, security_group_id)?)
            .path_param("project_id", need!(self, project_id)?);
        self.call.empty(request).await
    }
}
crate::support::builder!(
    QueryingSecurityGroupRules("querying_security_group_rules") { #[doc =
    " Specifies the project ID. Path parameter `project_id`."] project_id : String, #[doc
    =
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
    = " Specifies the security group ID. Query parameter `security_group_id`."]
    security_group_id : String, #[doc = " Specifies the remote IP address."] #[doc =
    " The value must be in CIDR format."] #[doc = ""] #[doc =
    " Query parameter `remote_ip_prefix`."] remote_ip_prefix : String }
);
impl QueryingSecurityGroupRules {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ListSecurityGroupRulesResponse> {
        let request = request!(self, Get, "/v1/{project_id}/security-group-rules")
            .path_param("project_id", need!(self, project_id)?)
            .query_opt("marker", self.marker)
            .query_opt("limit", self.limit)
            .query_opt("security_group_id", self.security_group_id)
            .query_opt("remote_ip_prefix", self.remote_ip_prefix);
        self.call.json(request).await
    }
}
crate::support::builder!(
    DeletingASecurityGroupRule("deleting_a_security_group_rule") { #[doc =
    " Specifies the security group rule ID, which uniquely identifies the security group rule. Path parameter `security_group_rule_id`."]
    security_group_rule_id : String, #[doc =
    " Specifies the project ID. Path parameter `project_id`."] project_id : String }
);
impl DeletingASecurityGroupRule {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<()> {
        let request = request!(
            self, Delete,
            "/v1/{project_id}/security-group-rules/{security_group_rule_id}"
        )
            .path_param("security_group_rule_id", need!(self, security_group_rule_id)?)
            .path_param("project_id", need!(self, project_id)?);
        self.call.empty(request).await
    }
}
crate::support::builder!(
    QueryingVpCs("querying_vp_cs") { #[doc =
    " Specifies the project ID. Path parameter `project_id`."] project_id : String, #[doc
    =
    " Specifies the VPC ID that is used as the filtering condition. Query parameter `id`."]
    id : String, #[doc =
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
    =
    " - Specifies the enterprise project ID that is used to filter out the VPCs associated with a specified enterprise project."]
    #[doc =
    " - The value is **0** or a string that contains a maximum of 36 characters in UUID format with hyphens (-). Value **0** indicates the default enterprise project. To obtain the VPCs bound to all enterprise projects of the user, set **all\\_granted\\_eps**."]
    #[doc =
    " - If this parameter is not specified, VPCs in the default enterprise project are queried and are authenticated based on the default enterprise project."]
    #[doc = ""] #[doc = " Query parameter `enterprise_project_id`. Length at most 36."]
    enterprise_project_id : String }
);
impl QueryingVpCs {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ShowVpCsResponse> {
        let request = request!(self, Get, "/v1/{project_id}/vpcs")
            .path_param("project_id", need!(self, project_id)?)
            .query_opt("id", self.id)
            .query_opt("marker", self.marker)
            .query_opt("limit", self.limit)
            .query_opt("enterprise_project_id", self.enterprise_project_id);
        self.call.json(request).await
    }
}
crate::support::builder!(
    AddingASecurityGroupRule("adding_a_security_group_rule") { #[doc =
    " Path parameter `project_id`."] project_id : String, #[doc =
    " Specifies the security group rule objects. For details, see Table 2."]
    security_group_rule : crate ::types::GroupRuleDescriptionOfTheSecurityGroupRuleField
    }
);
impl AddingASecurityGroupRule {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::AddSecurityGroupRuleResponse> {
        let body = types::AddSecurityGroupRuleRequest {
            security_group_rule: need!(self, security_group_rule)?,
        };
        let request = request!(self, Post, "/v1/{project_id}/security-group-rules")
            .path_param("project_id", need!(self, project_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingSubnets("querying_subnets") { #[doc =
    " Specifies the project ID. Path parameter `project_id`."] project_id : String, #[doc
    =
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
    = " Specifies the VPC ID that is used to query subnets."] #[doc =
    " This field is mandatory for the fine-grained authorization by enterprise project."]
    #[doc = ""] #[doc = " Query parameter `vpc_id`."] vpc_id : String }
);
impl QueryingSubnets {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ListSubnetsResponse> {
        let request = request!(self, Get, "/v1/{project_id}/subnets")
            .path_param("project_id", need!(self, project_id)?)
            .query_opt("marker", self.marker)
            .query_opt("limit", self.limit)
            .query_opt("vpc_id", self.vpc_id);
        self.call.json(request).await
    }
}
crate::support::builder!(
    CreatingASubnet("creating_a_subnet") { #[doc =
    " Specifies the project ID. Path parameter `project_id`."] project_id : String, #[doc
    = " Specifies the subnet objects."] subnet : types::SubnetObject }
);
impl CreatingASubnet {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::CreateSubnetResponse> {
        let body = types::CreateSubnetRequest {
            subnet: need!(self, subnet)?,
        };
        let request = request!(self, Post, "/v1/{project_id}/subnets")
            .path_param("project_id", need!(self, project_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    DeletingASubnet("deleting_a_subnet") { #[doc =
    " Specifies the project ID. Path parameter `project_id`."] project_id : String, #[doc
    = " Specifies the ID of the subnet VPC. Path parameter `vpc_id`."] vpc_id : String,
    #[doc = " Specifies the subnet ID, which uniquely identifies the subnet."] #[doc =
    " If you use the management console, the value of this parameter is the **Network ID** value."]
    #[doc = ""] #[doc = " Path parameter `subnet_id`."] subnet_id : String }
);
impl DeletingASubnet {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<()> {
        let request = request!(
            self, Delete, "/v1/{project_id}/vpcs/{vpc_id}/subnets/{subnet_id}"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param("vpc_id", need!(self, vpc_id)?)
            .path_param("subnet_id", need!(self, subnet_id)?);
        self.call.empty(request).await
    }
}
/// Models whose shape at API version v1 differs from the crate-level `types`.
pub mod types {
    /// Request parameter
    #[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
    #[non_exhaustive]
    pub struct CreateSecurityGroupRequest {
        /// Specifies the security group objects. For details, see Table 3.
        pub security_group: crate::types::SecurityGroupDescriptionOfSecurityGroupField,
    }
    /// Response parameter
    #[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
    #[non_exhaustive]
    pub struct ListSecurityGroupsResponse {
        /// Specifies the security group objects. For details, see Table 3.
        pub security_groups: Option<
            Vec<crate::types::SecurityGroupsDescriptionOfSecurityGroupField>,
        >,
    }
    /// The `ListSecurityGroupRulesResponse` model.
    #[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
    #[non_exhaustive]
    pub struct ListSecurityGroupRulesResponse {
        /// Specifies the security group rule objects. For details, see Table 2.
        pub security_group_rules: Option<Vec<SecurityGroupRuleObject>>,
    }
    /// Response parameter
    #[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
    #[non_exhaustive]
    pub struct ShowVpCsResponse {
        /// Specifies the VPC objects.
        pub vpcs: Option<Vec<crate::types::VpCsVpcObject>>,
    }
    /// Request parameter
    #[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
    #[non_exhaustive]
    pub struct AddSecurityGroupRuleRequest {
        /// Specifies the security group rule objects. For details, see Table 2.
        pub security_group_rule: crate::types::GroupRuleDescriptionOfTheSecurityGroupRuleField,
    }
    crate::support::open_enum!(
        #[doc = " - Specifies the IP protocol version."] #[doc =
        " - The value can be **IPv4** or **IPv6**."] SecurityGroupRuleObjectEthertype {
        IPv4 = "IPv4", IPv6 = "IPv6" }
    );
    /// security\_group\_rule objects
    #[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
    #[non_exhaustive]
    pub struct SecurityGroupRuleObject {
        /// Specifies the security group rule ID, which uniquely identifies the security group rule.
        pub id: Option<String>,
        /// - Provides supplementary information about the security group rule.
        /// - The value can contain no more than 255 characters, including letters and digits.
        ///
        /// Length at most 255.
        pub description: Option<String>,
        /// Specifies the security group rule ID, which uniquely identifies the security group rule.
        pub security_group_id: Option<String>,
        /// - Specifies the direction of access control.
        /// - Possible values are as follows:
        /// - **egress**
        /// - **ingress**
        pub direction: Option<String>,
        /// - Specifies the IP protocol version.
        /// - The value can be **IPv4** or **IPv6**.
        pub ethertype: Option<SecurityGroupRuleObjectEthertype>,
        /// - Specifies the protocol type.
        /// - The value can be **icmp**, **tcp**, **udp**, or an IP protocol number (0 to 255, for example, 47 for GRE)
        /// - If the parameter is left blank, all protocols are supported.
        pub protocol: Option<String>,
        /// - Specifies the start port number.
        /// - The value ranges from 1 to 65535.
        /// - The value cannot be greater than the **port\_range\_max** value. An empty value indicates all ports. If the protocol is **icmp**, the value range is shown in ICMP-Port Range Relationship Table.
        ///
        /// Range 1 to 65535.
        pub port_range_min: Option<i64>,
        /// - Specifies the end port number.
        /// - The value ranges from 1 to 65535.
        /// - If the protocol is not **icmp**, the value cannot be smaller than the **port\_range\_min** value. An empty value indicates all ports. If the protocol is **icmp**, the value range is shown in ICMP-Port Range Relationship Table.
        ///
        /// Range 1 to 65535.
        pub port_range_max: Option<i64>,
        /// - Specifies the remote IP address. If the access control direction is set to **egress**, the parameter specifies the source IP address. If the access control direction is set to **ingress**, the parameter specifies the destination IP address.
        /// - The value can be in the CIDR format or IP addresses.
        /// - The parameter value is mutually exclusive with parameters **remote\_group\_id** and **remote\_address\_group\_id**.
        pub remote_ip_prefix: Option<String>,
        /// - Specifies the ID of the peer security group.
        /// - The parameter value is mutually exclusive with parameters **remote\_ip\_prefix** and **remote\_address\_group\_id**.
        pub remote_group_id: Option<String>,
        /// - Specifies the remote IP address group ID.
        /// - The parameter value is mutually exclusive with parameters **remote\_ip\_prefix** and **remote\_group\_id**.
        pub remote_address_group_id: Option<String>,
        /// - Specifies the ID of the project to which the security group rule belongs.
        pub tenant_id: Option<String>,
    }
    /// Response parameter
    #[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
    #[non_exhaustive]
    pub struct AddSecurityGroupRuleResponse {
        /// Specifies the security group rule objects. For details, see Table 4.
        pub security_group_rule: Option<SecurityGroupRuleObject>,
    }
    /// Response parameter
    #[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
    #[non_exhaustive]
    pub struct CreateSecurityGroupResponse {
        /// Specifies the security group objects. For details, see Table 5.
        pub security_group: Option<
            crate::types::GroupDescriptionOfSecurityGroupFieldResponse,
        >,
    }
    /// Request parameter
    #[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
    #[non_exhaustive]
    pub struct CreateSubnetRequest {
        /// Specifies the subnet objects.
        pub subnet: SubnetObject,
    }
    /// subnet objects
    #[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
    #[non_exhaustive]
    pub struct SubnetObject {
        /// - Specifies the subnet name.
        /// - The value can contain 1 to 64 characters, including letters, digits, underscores (\_), hyphens (-), and periods (.).
        ///
        /// Length 1 to 64.
        pub name: String,
        /// - Provides supplementary information about the subnet.
        /// - The value can contain no more than 255 characters and cannot contain angle brackets (\< or \>).
        ///
        /// Length at most 255.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub description: Option<String>,
        /// - Specifies the subnet CIDR block.
        /// - The value must be within the VPC CIDR block.
        /// - The value must be in CIDR format. The subnet mask cannot be greater than 28.
        pub cidr: String,
        /// - Specifies the gateway of the subnet.
        /// - The value must be an IP address in the subnet.
        /// - The value must be a valid IP address.
        pub gateway_ip: String,
        /// - Specifies whether IPv6 is enabled.
        /// - The value can be **true** (enabled) or **false** (disabled).
        /// - If this parameter is left blank, the system automatically sets it to **false** by default.
        ///
        /// Default: `false`.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub ipv6_enable: Option<bool>,
        /// - Specifies whether DHCP is enabled for the subnet.
        /// - The value can be **true** (enabled) or **false** (disabled).
        /// - If this parameter is left blank, the value is set to **true** by default. If this parameter is set to **false**, newly created ECSs cannot obtain IP addresses, and usernames and passwords cannot be injected using Cloud-init.
        ///
        /// Default: `true`.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub dhcp_enable: Option<bool>,
        /// - Specifies the primary IP address of DNS server on the subnet.
        /// - The value must be an IP address. If the value is not specified, the default value will be left blank.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub primary_dns: Option<String>,
        /// - Specifies the standby IP address of DNS server on the subnet.
        /// - The value must be an IP address. If the value is not specified, the default value will be left blank.
        /// - If only **secondary\_dns** is specified and **primary\_dns** is not specified, **primary\_dns** will automatically use the value of **secondary\_dns**.
        /// - If there is only one DNS server address, only **primary\_dns** is displayed.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub secondary_dns: Option<String>,
        /// - Specifies the DNS server address list of a subnet. This field is required if you need to use more than two DNS servers.
        /// - This parameter value is the superset of both DNS server address 1 and DNS server address 2. If the value is not specified, the default value will be left blank.
        ///
        /// Wire name: `dnsList`.
        #[serde(rename = "dnsList", skip_serializing_if = "Option::is_none")]
        pub dns_list: Option<Vec<String>>,
        /// - Identifies the AZ that the subnet belongs to, which can be obtained from endpoints.
        /// - The value of this parameter is the AZ specified when the subnet is created and does not limit the usage scope of the subnet. If this parameter is not specified, the value will be left blank.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub availability_zone: Option<String>,
        /// Specifies the ID of the VPC that the subnet belongs to.
        pub vpc_id: String,
        /// Specifies the NTP server address configured for the subnet. For details, see Table 4.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub extra_dhcp_opts: Option<Vec<crate::types::SubnetExtraDhcpOptObject>>,
    }
    crate::support::setters!(
        @ model SubnetObject new(name : String, cidr : String, gateway_ip : String,
        vpc_id : String) { description : String, ipv6_enable : bool, dhcp_enable : bool,
        primary_dns : String, secondary_dns : String, dns_list : Vec < String >,
        availability_zone : String, extra_dhcp_opts : Vec < crate
        ::types::SubnetExtraDhcpOptObject > }
    );
    /// Response parameter
    #[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
    #[non_exhaustive]
    pub struct CreateSubnetResponse {
        /// Specifies the subnet objects.
        pub subnet: Option<SubnetObjectResponse>,
    }
    crate::support::open_enum!(
        #[doc = " - Specifies the status of the subnet."] #[doc =
        " - The value can be **ACTIVE**, **UNKNOWN**, or **ERROR**."] #[doc =
        " - **ACTIVE**: indicates that the subnet has been associated with a VPC."] #[doc
        =
        " - **UNKNOWN**: indicates that the subnet has not been associated with a VPC."]
        #[doc = " - **ERROR**: indicates that the subnet is abnormal."] #[doc =
        " - The system creates a subnet and then associates the subnet with a VPC in the threads."]
        #[doc =
        " - In the concurrent scenario, if the CIDR block of the created subnet is the same as that of an existing subnet, the created subnet fails to associate with a VPC after underlying system verification. As a result, the subnet creation fails."]
        #[doc =
        " - The value of status is **UNKNOWN** before the subnet is associated with a VPC. After the subnet is associated with a VPC in the threads, the status of the subnet is **ACTIVE**."]
        SubnetObjectResponseStatus { Active = "ACTIVE", Unknown2 = "UNKNOWN", Error =
        "ERROR" }
    );
    /// subnet objects
    #[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
    #[non_exhaustive]
    pub struct SubnetObjectResponse {
        /// Specifies the resource identifier in the form of UUID.
        pub id: Option<String>,
        /// - Specifies the subnet name.
        /// - The value can contain 1 to 64 characters, including letters, digits, underscores (\_), hyphens (-), and periods (.).
        ///
        /// Length 1 to 64.
        pub name: Option<String>,
        /// - Provides supplementary information about the subnet.
        /// - The value can contain no more than 255 characters and cannot contain angle brackets (\< or \>).
        ///
        /// Length at most 255.
        pub description: Option<String>,
        /// - Specifies the subnet CIDR block.
        /// - The value must be within the VPC CIDR block.
        /// - The value must be in CIDR format. The subnet mask cannot be greater than 28.
        pub cidr: Option<String>,
        /// - Specifies the gateway of the subnet.
        /// - The value must be an IP address in the subnet.
        /// - The value must be a valid IP address.
        pub gateway_ip: Option<String>,
        /// Specifies whether IPv6 is enabled.
        pub ipv6_enable: Option<bool>,
        /// Specifies the IPv6 subnet CIDR block. If the subnet is an IPv4 subnet, this parameter is not returned.
        pub cidr_v6: Option<String>,
        /// Specifies the IPv6 subnet gateway. If the subnet is an IPv4 subnet, this parameter is not returned.
        pub gateway_ip_v6: Option<String>,
        /// Specifies whether DHCP is enabled for the subnet.
        pub dhcp_enable: Option<bool>,
        /// - Specifies the primary IP address of DNS server on the subnet.
        /// - The value must be an IP address. If the value is not specified, the default value will be left blank.
        pub primary_dns: Option<String>,
        /// - Specifies the standby IP address of DNS server on the subnet.
        /// - The value must be an IP address. If the value is not specified, the default value will be left blank.
        /// - If only **secondary\_dns** is specified and **primary\_dns** is not specified, **primary\_dns** will automatically use the value of **secondary\_dns**.
        /// - If there is only one DNS server address, only **primary\_dns** is displayed.
        pub secondary_dns: Option<String>,
        /// - Specifies the DNS server address list of a subnet. This field is required if you need to use more than two DNS servers.
        /// - This parameter value is the superset of both DNS server address 1 and DNS server address 2. If the value is not specified, the default value will be left blank.
        ///
        /// Wire name: `dnsList`.
        #[serde(rename = "dnsList")]
        pub dns_list: Option<Vec<String>>,
        /// - Identifies the AZ that the subnet belongs to, which can be obtained from endpoints.
        /// - The value of this parameter is the AZ specified when the subnet is created and does not limit the usage scope of the subnet. If this parameter is not specified, the value will be left blank.
        pub availability_zone: Option<String>,
        /// Specifies the ID of the VPC that the subnet belongs to.
        pub vpc_id: Option<String>,
        /// - Specifies the status of the subnet.
        /// - The value can be **ACTIVE**, **UNKNOWN**, or **ERROR**.
        /// - **ACTIVE**: indicates that the subnet has been associated with a VPC.
        /// - **UNKNOWN**: indicates that the subnet has not been associated with a VPC.
        /// - **ERROR**: indicates that the subnet is abnormal.
        /// - The system creates a subnet and then associates the subnet with a VPC in the threads.
        /// - In the concurrent scenario, if the CIDR block of the created subnet is the same as that of an existing subnet, the created subnet fails to associate with a VPC after underlying system verification. As a result, the subnet creation fails.
        /// - The value of status is **UNKNOWN** before the subnet is associated with a VPC. After the subnet is associated with a VPC in the threads, the status of the subnet is **ACTIVE**.
        pub status: Option<SubnetObjectResponseStatus>,
        /// Specifies the ID of the corresponding network (OpenStack Neutron API).
        pub neutron_network_id: Option<String>,
        /// Specifies the ID of the corresponding subnet (OpenStack Neutron API).
        pub neutron_subnet_id: Option<String>,
        /// Specifies the ID of the IPv6 subnet (OpenStack Neutron API). If the subnet is an IPv4 subnet, this parameter is not returned.
        pub neutron_subnet_id_v6: Option<String>,
        /// Specifies the NTP server address configured for the subnet. For details, see Table 7.
        pub extra_dhcp_opts: Option<Vec<crate::types::SubnetExtraDhcpOptObject>>,
        /// - Specifies where the subnet is used in edge cloud scenario.
        /// - Range:
        /// - **center**: The subnet is used in a central AZ.
        /// - *\{publicBorderGroup\}*: The subnet is used in a public border group. The public border group limits the usage scope of a subnet but can have multiple edge AZs associated. You can obtain the AZs by the API for Listing AZs.
        pub scope: Option<String>,
        /// - Project ID
        pub tenant_id: Option<String>,
        /// - Specifies the time (UTC) when the subnet is created.
        /// - Format: *yyyy-MM-ddTHH:mm:ss*
        pub created_at: Option<String>,
        /// - Specifies the time (UTC) when the subnet is updated.
        /// - Format: *yyyy-MM-ddTHH:mm:ss*
        pub updated_at: Option<String>,
    }
    /// Response parameter
    #[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
    #[non_exhaustive]
    pub struct ListSubnetsResponse {
        /// Specifies the subnet objects.
        pub subnets: Option<Vec<ListSubnetsObject>>,
    }
    crate::support::open_enum!(
        #[doc = " - Specifies where the subnet is used in edge cloud scenario."] #[doc =
        " - The value can be:"] #[doc =
        " - **center**: The subnet is used in a central AZ."] #[doc =
        " - *\\{publicBorderGroup\\}*: The subnet is used in a public border group. The public border group limits the usage scope of a subnet but can have multiple edge AZs associated. You can obtain the AZs by the API for Listing AZs."]
        ListSubnetsObjectScope { Center = "center" }
    );
    /// subnet objects
    #[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
    #[non_exhaustive]
    pub struct ListSubnetsObject {
        /// Specifies a resource ID in UUID format.
        pub id: Option<String>,
        /// - Specifies the subnet name.
        /// - The value can contain 1 to 64 characters, including letters, digits, underscores (\_), hyphens (-), and periods (.).
        ///
        /// Length 1 to 64.
        pub name: Option<String>,
        /// - Provides supplementary information about the subnet.
        /// - The value can contain no more than 255 characters and cannot contain angle brackets (\< or \>).
        ///
        /// Length at most 255.
        pub description: Option<String>,
        /// Specifies the subnet CIDR block.
        pub cidr: Option<String>,
        /// Specifies the subnet gateway address.
        pub gateway_ip: Option<String>,
        /// Specifies whether IPv6 is enabled.
        pub ipv6_enable: Option<bool>,
        /// Specifies the IPv6 subnet CIDR block. If the subnet is an IPv4 subnet, this parameter is not returned.
        pub cidr_v6: Option<String>,
        /// Specifies the IPv6 subnet gateway address. If the subnet is an IPv4 subnet, this parameter is not returned.
        pub gateway_ip_v6: Option<String>,
        /// Specifies whether DHCP is enabled for the subnet.
        pub dhcp_enable: Option<bool>,
        /// Specifies the primary IP address of DNS server on the subnet.
        pub primary_dns: Option<String>,
        /// Specifies the standby IP address of DNS server on the subnet.
        pub secondary_dns: Option<String>,
        /// Specifies the IP address list of DNS servers on the subnet. Wire name: `dnsList`.
        #[serde(rename = "dnsList")]
        pub dns_list: Option<Vec<String>>,
        /// Identifies the AZ that the subnet belongs to. The value of this parameter is the AZ specified when the subnet is created and does not limit the usage scope of the subnet.
        pub availability_zone: Option<String>,
        /// Specifies the ID of the VPC that the subnet belongs to.
        pub vpc_id: Option<String>,
        /// - Specifies the status of the subnet.
        /// - The value can be **ACTIVE**, **UNKNOWN**, or **ERROR**.
        /// - **ACTIVE**: indicates that the subnet has been associated with a VPC.
        /// - **UNKNOWN**: indicates that the subnet has not been associated with a VPC.
        /// - **ERROR**: indicates that the subnet is abnormal.
        pub status: Option<SubnetObjectResponseStatus>,
        /// Specifies the ID of the network (OpenStack Neutron API).
        pub neutron_network_id: Option<String>,
        /// Specifies the ID of the subnet (OpenStack Neutron API).
        pub neutron_subnet_id: Option<String>,
        /// Specifies the ID of the IPv6 subnet (OpenStack Neutron API). If the subnet is an IPv4 subnet, this parameter is not returned.
        pub neutron_subnet_id_v6: Option<String>,
        /// Specifies the NTP server address configured for the subnet. For details, see Table 4.
        pub extra_dhcp_opts: Option<Vec<crate::types::SubnetExtraDhcpOptObject>>,
        /// - Specifies where the subnet is used in edge cloud scenario.
        /// - The value can be:
        /// - **center**: The subnet is used in a central AZ.
        /// - *\{publicBorderGroup\}*: The subnet is used in a public border group. The public border group limits the usage scope of a subnet but can have multiple edge AZs associated. You can obtain the AZs by the API for Listing AZs.
        pub scope: Option<ListSubnetsObjectScope>,
        /// - Project ID
        pub tenant_id: Option<String>,
        /// - Specifies the time (UTC) when the subnet is created.
        /// - Format: *yyyy-MM-ddTHH:mm:ss*
        pub created_at: Option<String>,
        /// - Specifies the time (UTC) when the subnet is updated.
        /// - Format: *yyyy-MM-ddTHH:mm:ss*
        pub updated_at: Option<String>,
    }
    crate::support::open_enum!(
        #[doc = " - Specifies the bandwidth type."] #[doc =
        " - The value can be **bgp** or **share**."] #[doc =
        " - **share**: Shared bandwidth"] #[doc = " - **bgp**: Dynamic BGP"]
        BandwidthDescriptionOfTheBandwidthFieldResponseBandwidthType { Bgp = "bgp", Share
        = "share" }
    );
    /// Description of the bandwidth field
    #[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
    #[non_exhaustive]
    pub struct BandwidthDescriptionOfTheBandwidthFieldResponse {
        /// - Specifies the bandwidth name.
        /// - The value can contain 1 to 64 characters, including letters, digits, underscores (\_), hyphens (-), and periods (.).
        ///
        /// Length 1 to 64.
        pub name: Option<String>,
        /// - Specifies the bandwidth size in Mbit/s.
        /// - The value ranges from 1 Mbit/s to 1000 Mbit/s by default. (The specific range may vary depending on the configuration in each region. You can see the bandwidth range of each region on the management console.)
        pub size: Option<i64>,
        /// Specifies the bandwidth ID, which uniquely identifies the bandwidth.
        pub id: Option<String>,
        /// - Range:
        /// - **PER**: Dedicated bandwidth
        /// - **WHOLE**: Shared bandwidth
        pub share_type: Option<String>,
        /// - Specifies the information about the EIP that uses the bandwidth. For details, see Table 6.
        pub publicip_info: Option<Vec<crate::types::BandwidthPublicipInfoObject>>,
        /// Specifies the project ID.
        pub tenant_id: Option<String>,
        /// - Specifies the bandwidth type.
        /// - The value can be **bgp** or **share**.
        /// - **share**: Shared bandwidth
        /// - **bgp**: Dynamic BGP
        pub bandwidth_type: Option<
            BandwidthDescriptionOfTheBandwidthFieldResponseBandwidthType,
        >,
        /// If the value is **traffic**, the bandwidth is billed by traffic.
        pub charge_mode: Option<String>,
        /// Specifies the bill information.
        /// If **billing\_info** is specified, the bandwidth is in yearly/monthly billing mode.
        pub billing_info: Option<String>,
        /// - Specifies the enterprise project ID. The value is **0** or a string that contains a maximum of 36 characters in UUID format with hyphens (-). Value **0** indicates the default enterprise project. To obtain the bandwidth bound to all enterprise projects of the user, set **all\_granted\_eps**.
        /// - When creating a bandwidth, associate the enterprise project ID with the bandwidth.
        ///
        /// Length at most 36.
        pub enterprise_project_id: Option<String>,
        /// - Specifies the bandwidth status.
        /// - Range:
        /// - **FREEZED** (Frozen)
        /// - **NORMAL** (Normal)
        pub status: Option<String>,
        /// - Specifies the time (UTC) when the bandwidth is created.
        /// - Format: *yyyy-MM-ddTHH:mm:ss*
        pub created_at: Option<String>,
        /// - Specifies the time (UTC) when the bandwidth is updated.
        /// - Format: *yyyy-MM-ddTHH:mm:ss*
        pub updated_at: Option<String>,
        /// Specifies whether it is in a central site or an edge site.
        /// Range:
        ///
        /// - center
        /// - *Edge site name* An EIP can only be bound to a resource of the same region.
        pub public_border_group: Option<String>,
    }
    /// route objects
    #[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
    #[non_exhaustive]
    pub struct VpcRouteObject {
        /// - Specifies the destination CIDR block of a route.
        /// - Constraints: The value must be in the CIDR format. IPv4 and IPv6 CIDR formats are supported.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub destination: Option<String>,
        /// - Specifies the next hop of a route.
        /// - The value must be an IP address from the subnet of the VPC. IPv4 and IPv6 addresses are supported.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub nexthop: Option<String>,
    }
    crate::support::setters!(
        @ model VpcRouteObject { destination : String, nexthop : String }
    );
}
