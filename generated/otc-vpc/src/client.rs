use crate::operations;
/// A client for Virtual Private Cloud: one method per operation (see the crate docs).
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
    /// `eu-nl`
    EuNl,
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
                Region::EuNl => ["eu-nl"],
            };
            &docsdk_runtime::url_from_template(
                "https://vpc.{region}.otc.t-systems.com",
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
    /// The operations at API version v1, each with the request and response types of that version.
    pub fn v1(&self) -> crate::v1::Client<'_> {
        crate::v1::Client(self)
    }
    /// The operations at API version v2.0, each with the request and response types of that version.
    pub fn v2_0(&self) -> crate::v2_0::Client<'_> {
        crate::v2_0::Client(self)
    }
    /// Querying Common Pools: `GET /v3/{project_id}/eip/publicip-pools/common-pools`, API version v3.
    ///
    /// This API is used to query common pools. (This API is not supported in **eu-nl**.)
    pub fn querying_common_pools(&self) -> operations::QueryingCommonPools {
        operations::QueryingCommonPools::new(&self.inner, None)
    }
    /// Adding EIPs to a Shared Bandwidth in Batches: `POST /v3/{project_id}/eip/publicips/attach-share-bandwidth`, API version v3.
    ///
    /// This API is used to add multiple EIPs to a shared bandwidth.
    pub fn adding_ei_ps_to_a_shared_bandwidth_in_batches(
        &self,
    ) -> operations::AddingEiPsToASharedBandwidthInBatches {
        operations::AddingEiPsToASharedBandwidthInBatches::new(&self.inner, None)
    }
    /// Binding an EIP: `POST /v3/{project_id}/eip/publicips/{publicip_id}/associate-instance`, API version v3.
    ///
    /// This API is used to bind an EIP. (This API is not supported in **eu-nl**.)
    pub fn binding_an_eip(&self) -> operations::BindingAnEip {
        operations::BindingAnEip::new(&self.inner, None)
    }
    /// Querying All EIPs: `GET /v3/{project_id}/eip/publicips`, API version v3.
    ///
    /// This API is used to query all EIPs.
    pub fn querying_all_ei_ps(&self) -> operations::QueryingAllEiPs {
        operations::QueryingAllEiPs::new(&self.inner, None)
    }
    /// Querying EIP Details: `GET /v3/{project_id}/eip/publicips/{publicip_id}`, API version v3.
    ///
    /// This API is used to query EIP details. (This API is not supported in **eu-nl**.)
    pub fn querying_eip_details(&self) -> operations::QueryingEipDetails {
        operations::QueryingEipDetails::new(&self.inner, None)
    }
    /// Updating an EIP: `PUT /v3/{project_id}/eip/publicips/{publicip_id}`, API version v3.
    ///
    /// This API is used to update an EIP.
    pub fn updating_an_eip(&self) -> operations::UpdatingAnEip {
        operations::UpdatingAnEip::new(&self.inner, None)
    }
    /// Unbinding an EIP: `POST /v3/{project_id}/eip/publicips/{publicip_id}/disassociate-instance`, API version v3.
    ///
    /// This API is used to unbind an EIP. (This API is not supported in **eu-nl**.)
    pub fn unbinding_an_eip(&self) -> operations::UnbindingAnEip {
        operations::UnbindingAnEip::new(&self.inner, None)
    }
    /// Querying IP Address Groups: `GET /v3/{project_id}/vpc/address-groups`, API version v3.
    ///
    /// This API is used to query information about all IP address groups, including the IP address group name and IP addresses.
    pub fn querying_ip_address_groups(&self) -> operations::QueryingIpAddressGroups {
        operations::QueryingIpAddressGroups::new(&self.inner, None)
    }
    /// Creating an IP Address Group: `POST /v3/{project_id}/vpc/address-groups`, API version v3.
    ///
    /// An IP address group is a collection of IP addresses. It can be associated with security groups and network ACLs to simplify IP address configuration and management in networking. You can create an IP address group to centrally manage IP address ranges and IP addresses.
    ///
    /// Constraints: The default IP address group quota for each account is 50.
    pub fn creating_an_ip_address_group(&self) -> operations::CreatingAnIpAddressGroup {
        operations::CreatingAnIpAddressGroup::new(&self.inner, None)
    }
    /// Querying an IP Address Group: `GET /v3/{project_id}/vpc/address-groups/{address_group_id}`, API version v3.
    ///
    /// This API is used to query information about an IP address group, including the IP address group name and IP addresses.
    pub fn querying_an_ip_address_group(&self) -> operations::QueryingAnIpAddressGroup {
        operations::QueryingAnIpAddressGroup::new(&self.inner, None)
    }
    /// Updating an IP Address Group: `PUT /v3/{project_id}/vpc/address-groups/{address_group_id}`, API version v3.
    ///
    /// This API is used to update information about an IP address group, including the IP address group name and IP addresses.
    pub fn updating_an_ip_address_group(&self) -> operations::UpdatingAnIpAddressGroup {
        operations::UpdatingAnIpAddressGroup::new(&self.inner, None)
    }
    /// Deleting an IP Address Group: `DELETE /v3/{project_id}/vpc/address-groups/{address_group_id}`, API version v3.
    ///
    /// This API can be used to delete an IP address group that is no longer used. This API does not forcibly delete an IP address group. Before deleting an IP address group, ensure that no resource is using this group.
    pub fn deleting_an_ip_address_group(&self) -> operations::DeletingAnIpAddressGroup {
        operations::DeletingAnIpAddressGroup::new(&self.inner, None)
    }
    /// Forcibly Deleting an IP Address Group: `DELETE /v3/{project_id}/vpc/address-groups/{address_group_id}/force`, API version v3.
    ///
    /// You can call this API to delete an IP address group that is no longer used. This API is used to forcibly delete an IP address group. If the IP address group to be deleted is associated with security group rules or network ACL rules, the IP address group and its associated rules will be deleted together.
    pub fn forcibly_deleting_an_ip_address_group(
        &self,
    ) -> operations::ForciblyDeletingAnIpAddressGroup {
        operations::ForciblyDeletingAnIpAddressGroup::new(&self.inner, None)
    }
    /// Associating a Subnet with a Network ACL: `PUT /v3/{project_id}/vpc/firewalls/{firewall_id}/associate-subnets`, API version v3.
    ///
    /// This API is used to associate a network ACL with a subnet to control the inbound and outbound traffic of the subnet.
    pub fn associating_a_subnet_with_a_network_acl(
        &self,
    ) -> operations::AssociatingASubnetWithANetworkAcl {
        operations::AssociatingASubnetWithANetworkAcl::new(&self.inner, None)
    }
    /// Querying Network ACLs: `GET /v3/{project_id}/vpc/firewalls`, API version v3.
    ///
    /// This API is used to query information about all network ACLs, including the network ACL name and status.
    pub fn querying_network_ac_ls(&self) -> operations::QueryingNetworkAcLs {
        operations::QueryingNetworkAcLs::new(&self.inner, None)
    }
    /// Creating a Network ACL: `POST /v3/{project_id}/vpc/firewalls`, API version v3.
    ///
    /// A network ACL is an optional layer of security for your subnets. You can add inbound and outbound rules to a network ACL and associate subnets with it to control traffic in and out of the subnets.
    pub fn creating_a_network_acl(&self) -> operations::CreatingANetworkAcl {
        operations::CreatingANetworkAcl::new(&self.inner, None)
    }
    /// Querying the Details of a Network ACL: `GET /v3/{project_id}/vpc/firewalls/{firewall_id}`, API version v3.
    ///
    /// This API is used to query details about a network ACL, including the network ACL name and status.
    pub fn querying_the_details_of_a_network_acl(
        &self,
    ) -> operations::QueryingTheDetailsOfANetworkAcl {
        operations::QueryingTheDetailsOfANetworkAcl::new(&self.inner, None)
    }
    /// Updating a Network ACL: `PUT /v3/{project_id}/vpc/firewalls/{firewall_id}`, API version v3.
    ///
    /// This API is used to update the basic information about a network ACL, including the network ACL name and description.
    pub fn updating_a_network_acl(&self) -> operations::UpdatingANetworkAcl {
        operations::UpdatingANetworkAcl::new(&self.inner, None)
    }
    /// Deleting a Network ACL: `DELETE /v3/{project_id}/vpc/firewalls/{firewall_id}`, API version v3.
    ///
    /// This API is used to delete a network ACL that is no longer required.
    pub fn deleting_a_network_acl(&self) -> operations::DeletingANetworkAcl {
        operations::DeletingANetworkAcl::new(&self.inner, None)
    }
    /// Deleting a Network ACL Rule: `PUT /v3/{project_id}/vpc/firewalls/{firewall_id}/remove-rules`, API version v3.
    ///
    /// This API is used to delete a network ACL rule that is no longer required.
    pub fn deleting_a_network_acl_rule(&self) -> operations::DeletingANetworkAclRule {
        operations::DeletingANetworkAclRule::new(&self.inner, None)
    }
    /// Disassociating a Subnet from a Network ACL: `PUT /v3/{project_id}/vpc/firewalls/{firewall_id}/disassociate-subnets`, API version v3.
    ///
    /// This API is used to disassociate a network ACL from a subnet if the network ACL is not required to control the inbound and outbound traffic of the subnet.
    pub fn disassociating_a_subnet_from_a_network_acl(
        &self,
    ) -> operations::DisassociatingASubnetFromANetworkAcl {
        operations::DisassociatingASubnetFromANetworkAcl::new(&self.inner, None)
    }
    /// Inserting a Network ACL Rule: `PUT /v3/{project_id}/vpc/firewalls/{firewall_id}/insert-rules`, API version v3.
    ///
    /// This API is used to add rules to a network ACL.
    pub fn inserting_a_network_acl_rule(&self) -> operations::InsertingANetworkAclRule {
        operations::InsertingANetworkAclRule::new(&self.inner, None)
    }
    /// Updating a Network ACL Rule: `PUT /v3/{project_id}/vpc/firewalls/{firewall_id}/update-rules`, API version v3.
    ///
    /// This API is used to update the basic information about a network ACL rule, such as the source address, destination address, source port, and destination port.
    pub fn updating_a_network_acl_rule(&self) -> operations::UpdatingANetworkAclRule {
        operations::UpdatingANetworkAclRule::new(&self.inner, None)
    }
    /// Querying Tags of a Network ACL: `GET /v3/{project_id}/firewalls/{firewall_id}/tags`, API version v3.
    ///
    /// This API is used to query tags of a specific network ACL.
    pub fn querying_tags_of_a_network_acl(
        &self,
    ) -> operations::QueryingTagsOfANetworkAcl {
        operations::QueryingTagsOfANetworkAcl::new(&self.inner, None)
    }
    /// Adding a Tag to a Network ACL: `POST /v3/{project_id}/firewalls/{firewall_id}/tags`, API version v3.
    ///
    /// This API is used to add a tag to a specific network ACL. This is an idempotent API. If the new tag has the same key as an existing tag, the tag will be created and overwrite the existing one.
    pub fn adding_a_tag_to_a_network_acl(&self) -> operations::AddingATagToANetworkAcl {
        operations::AddingATagToANetworkAcl::new(&self.inner, None)
    }
    /// Adding Tags to a Network ACL in Batches: `POST /v3/{project_id}/firewalls/{firewall_id}/tags/create`, API version v3.
    ///
    /// This API is used to add tags to a specified network ACL in batches. This is an idempotent API. When you add tags, if there are duplicate keys in the request body, an error is reported. Duplicate keys are not allowed. If a key already exists, its value will be overwritten by the new value.
    pub fn adding_tags_to_a_network_acl_in_batches(
        &self,
    ) -> operations::AddingTagsToANetworkAclInBatches {
        operations::AddingTagsToANetworkAclInBatches::new(&self.inner, None)
    }
    /// Deleting a Tag from a Network ACL: `DELETE /v3/{project_id}/firewalls/{firewall_id}/tags/{tag_key}`, API version v3.
    ///
    /// This API is used to delete a tag from a specified network ACL. This is an idempotent API. The tag key cannot be left blank or be an empty string. If the key of the tag to be deleted does not exist, 404 will be returned.
    pub fn deleting_a_tag_from_a_network_acl(
        &self,
    ) -> operations::DeletingATagFromANetworkAcl {
        operations::DeletingATagFromANetworkAcl::new(&self.inner, None)
    }
    /// Deleting Tags from a Network ACL in Batches: `POST /v3/{project_id}/firewalls/{firewall_id}/tags/delete`, API version v3.
    ///
    /// This API is used to delete tags from a specified network ACL in batches. This is an idempotent API. If some tags to be deleted do not exist, the deletion is considered to be successful by default. The character set of the tags will not be checked. When you delete tags, the tag structure cannot be missing, and the key cannot be left blank or be an empty string.
    pub fn deleting_tags_from_a_network_acl_in_batches(
        &self,
    ) -> operations::DeletingTagsFromANetworkAclInBatches {
        operations::DeletingTagsFromANetworkAclInBatches::new(&self.inner, None)
    }
    /// Querying Network ACLs Using Tags: `POST /v3/{project_id}/firewalls/resource-instances/filter`, API version v3.
    ///
    /// This API is used to query network ACLs using tags.
    pub fn querying_network_ac_ls_using_tags(
        &self,
    ) -> operations::QueryingNetworkAcLsUsingTags {
        operations::QueryingNetworkAcLsUsingTags::new(&self.inner, None)
    }
    /// Querying Tags of Network ACLs in a Project: `GET /v3/{project_id}/firewalls/tags`, API version v3.
    ///
    /// This API is used to query all tags of network ACLs in a specific project.
    pub fn querying_tags_of_network_ac_ls_in_a_project(
        &self,
    ) -> operations::QueryingTagsOfNetworkAcLsInAProject {
        operations::QueryingTagsOfNetworkAcLsInAProject::new(&self.inner, None)
    }
    /// Querying the Number of Network ACLs Using Tags: `POST /v3/{project_id}/firewalls/resource-instances/count`, API version v3.
    ///
    /// This API is used to query the number of network ACLs using tags.
    pub fn querying_the_number_of_network_ac_ls_using_tags(
        &self,
    ) -> operations::QueryingTheNumberOfNetworkAcLsUsingTags {
        operations::QueryingTheNumberOfNetworkAcLsUsingTags::new(&self.inner, None)
    }
    /// Querying Security Groups: `GET /v3/{project_id}/vpc/security-groups`, API version v3.
    ///
    /// After a security group is created, you can call this API to query all information about the security group, including the name, ID, and description.
    ///
    /// Constraints: You can query all security groups under your account. A maximum of 2,000 records can be returned for each query. If the number of records exceeds 2,000, the pagination marker will be returned.
    pub fn querying_security_groups(&self) -> operations::QueryingSecurityGroups {
        operations::QueryingSecurityGroups::new(&self.inner, None)
    }
    /// Creating a Security Group: `POST /v3/{project_id}/vpc/security-groups`, API version v3.
    ///
    /// A security group is a collection of access control rules for cloud instances, such as cloud servers, containers, and databases, that have the same security requirements and that are mutually trusted within a VPC. You can define different access control rules for a security group, and these rules are then applied to all the instances added to this security group.
    ///
    /// Constraints: By default, a security group only allows instances in it to communicate with each other.
    pub fn creating_a_security_group(&self) -> operations::CreatingASecurityGroup {
        operations::CreatingASecurityGroup::new(&self.inner, None)
    }
    /// Querying the Details of a Security Group: `GET /v3/{project_id}/vpc/security-groups/{security_group_id}`, API version v3.
    ///
    /// After a security group is created, you can call this API to query all information about the security group, including the name, ID, and description.
    pub fn querying_the_details_of_a_security_group(
        &self,
    ) -> operations::QueryingTheDetailsOfASecurityGroup {
        operations::QueryingTheDetailsOfASecurityGroup::new(&self.inner, None)
    }
    /// Updating a Security Group: `PUT /v3/{project_id}/vpc/security-groups/{security_group_id}`, API version v3.
    ///
    /// After a security group is created, you can call this API to update basic information about the security group, including the name and description.
    pub fn updating_a_security_group(&self) -> operations::UpdatingASecurityGroup {
        operations::UpdatingASecurityGroup::new(&self.inner, None)
    }
    /// Deleting a Security Group: `DELETE /v3/{project_id}/vpc/security-groups/{security_group_id}`, API version v3.
    ///
    /// You can call this API to delete a security group that is no longer used.
    ///
    /// Constraints: Before deleting a security group, ensure that the security group is not associated with any instance.
    pub fn deleting_a_security_group(&self) -> operations::DeletingASecurityGroup {
        operations::DeletingASecurityGroup::new(&self.inner, None)
    }
    /// Querying Security Group Rules: `GET /v3/{project_id}/vpc/security-group-rules`, API version v3.
    ///
    /// After a security group rule is created, you can call this API to query all information about the security group rule, including the ID and protocol.
    pub fn querying_security_group_rules(
        &self,
    ) -> operations::QueryingSecurityGroupRules {
        operations::QueryingSecurityGroupRules::new(&self.inner, None)
    }
    /// Creating a Security Group Rule: `POST /v3/{project_id}/vpc/security-group-rules`, API version v3.
    ///
    /// A security group has inbound and outbound rules to control traffic that is allowed to reach or leave the instances associated with the security group.
    pub fn creating_a_security_group_rule(
        &self,
    ) -> operations::CreatingASecurityGroupRule {
        operations::CreatingASecurityGroupRule::new(&self.inner, None)
    }
    /// Querying a Security Group Rule: `GET /v3/{project_id}/vpc/security-group-rules/{security_group_rule_id}`, API version v3.
    ///
    /// After a security group rule is created, you can call this API to query all information about the security group rule, including the ID and protocol.
    pub fn querying_a_security_group_rule(
        &self,
    ) -> operations::QueryingASecurityGroupRule {
        operations::QueryingASecurityGroupRule::new(&self.inner, None)
    }
    /// Deleting a Security Group Rule: `DELETE /v3/{project_id}/vpc/security-group-rules/{security_group_rule_id}`, API version v3.
    ///
    /// You can call this API to delete a security group rule that is no longer used.
    pub fn deleting_a_security_group_rule(
        &self,
    ) -> operations::DeletingASecurityGroupRule {
        operations::DeletingASecurityGroupRule::new(&self.inner, None)
    }
    /// Adding a Secondary CIDR Block to a VPC: `PUT /v3/{project_id}/vpc/vpcs/{vpc_id}/add-extend-cidr`, API version v3.
    ///
    /// The IPv4 CIDR block you specify when you create a VPC is the primary one. The primary CIDR block cannot be changed after the VPC is created. If IP addresses in the primary CIDR block are insufficient, you can call this API to add a secondary CIDR block to a VPC.
    pub fn adding_a_secondary_cidr_block_to_a_vpc(
        &self,
    ) -> operations::AddingASecondaryCidrBlockToAVpc {
        operations::AddingASecondaryCidrBlockToAVpc::new(&self.inner, None)
    }
    /// Querying the Details of a VPC: `GET /v3/{project_id}/vpc/vpcs/{vpc_id}`, API version v3.
    ///
    /// After a VPC is created, you can call this API to query all information about the VPC, including the VPC name, ID, and CIDR block.
    pub fn querying_the_details_of_a_vpc(&self) -> operations::QueryingTheDetailsOfAVpc {
        operations::QueryingTheDetailsOfAVpc::new(&self.inner, None)
    }
    /// Querying VPCs: `GET /v3/{project_id}/vpc/vpcs`, API version v3.
    ///
    /// After a VPC is created, you can call this API to query all information about the VPC, including the VPC name, ID, and CIDR block.
    ///
    /// Constraints: This API is used to query all VPCs accessible to the tenant submitting the request. A maximum of 2000 records can be returned for each query. If the number of records exceeds 2000, the pagination marker will be returned.
    pub fn querying_vp_cs(&self) -> operations::QueryingVpCs {
        operations::QueryingVpCs::new(&self.inner, None)
    }
    /// Removing a Secondary CIDR Block from a VPC: `PUT /v3/{project_id}/vpc/vpcs/{vpc_id}/remove-extend-cidr`, API version v3.
    ///
    /// If a secondary CIDR block of your VPC is no longer used, you can call this API to remove it from the VPC.
    pub fn removing_a_secondary_cidr_block_from_a_vpc(
        &self,
    ) -> operations::RemovingASecondaryCidrBlockFromAVpc {
        operations::RemovingASecondaryCidrBlockFromAVpc::new(&self.inner, None)
    }
    /// Querying Firewall Groups: `GET /v2.0/fwaas/firewall_groups`, API version v2.0.
    ///
    /// This API is used to query all firewall groups accessible to the tenant submitting the request.
    pub fn querying_firewall_groups(&self) -> operations::QueryingFirewallGroups {
        operations::QueryingFirewallGroups::new(&self.inner, None)
    }
    /// Creating a Firewall Group: `POST /v2.0/fwaas/firewall_groups`, API version v2.0.
    ///
    /// This API is used to create a firewall group.
    pub fn creating_a_firewall_group(&self) -> operations::CreatingAFirewallGroup {
        operations::CreatingAFirewallGroup::new(&self.inner, None)
    }
    /// Querying Firewall Policies: `GET /v2.0/fwaas/firewall_policies`, API version v2.0.
    ///
    /// This API is used to query all firewall policies accessible to the tenant submitting the request.
    pub fn querying_firewall_policies(&self) -> operations::QueryingFirewallPolicies {
        operations::QueryingFirewallPolicies::new(&self.inner, None)
    }
    /// Creating a Firewall Policy: `POST /v2.0/fwaas/firewall_policies`, API version v2.0.
    ///
    /// This API is used to create a firewall policy which must be bound to a firewall group. You can learn more about the relationships among firewall groups, policies, and rules.
    pub fn creating_a_firewall_policy(&self) -> operations::CreatingAFirewallPolicy {
        operations::CreatingAFirewallPolicy::new(&self.inner, None)
    }
    /// Querying Firewall Rules: `GET /v2.0/fwaas/firewall_rules`, API version v2.0.
    ///
    /// This API is used to query all firewall rules accessible to the tenant submitting the request.
    pub fn querying_firewall_rules(&self) -> operations::QueryingFirewallRules {
        operations::QueryingFirewallRules::new(&self.inner, None)
    }
    /// Creating a Firewall Rule: `POST /v2.0/fwaas/firewall_rules`, API version v2.0.
    ///
    /// This API is used to create a firewall rule.
    pub fn creating_a_firewall_rule(&self) -> operations::CreatingAFirewallRule {
        operations::CreatingAFirewallRule::new(&self.inner, None)
    }
    /// Querying a Firewall Group: `GET /v2.0/fwaas/firewall_groups/{firewall_group_id}`, API version v2.0.
    ///
    /// This API is used to query details about a specific firewall group.
    pub fn querying_a_firewall_group(&self) -> operations::QueryingAFirewallGroup {
        operations::QueryingAFirewallGroup::new(&self.inner, None)
    }
    /// Updating a Firewall Group: `PUT /v2.0/fwaas/firewall_groups/{firewall_group_id}`, API version v2.0.
    ///
    /// This API is used to update a firewall group.
    pub fn updating_a_firewall_group(&self) -> operations::UpdatingAFirewallGroup {
        operations::UpdatingAFirewallGroup::new(&self.inner, None)
    }
    /// Deleting a Firewall Group: `DELETE /v2.0/fwaas/firewall_groups/{firewall_group_id}`, API version v2.0.
    ///
    /// This API is used to delete a firewall group.
    pub fn deleting_a_firewall_group(&self) -> operations::DeletingAFirewallGroup {
        operations::DeletingAFirewallGroup::new(&self.inner, None)
    }
    /// Querying a Firewall Policy: `GET /v2.0/fwaas/firewall_policies/{firewall_policy_id}`, API version v2.0.
    ///
    /// This API is used to query details about a specific firewall policy.
    pub fn querying_a_firewall_policy(&self) -> operations::QueryingAFirewallPolicy {
        operations::QueryingAFirewallPolicy::new(&self.inner, None)
    }
    /// Updating a Firewall Policy: `PUT /v2.0/fwaas/firewall_policies/{firewall_policy_id}`, API version v2.0.
    ///
    /// This API is used to update a firewall policy.
    pub fn updating_a_firewall_policy(&self) -> operations::UpdatingAFirewallPolicy {
        operations::UpdatingAFirewallPolicy::new(&self.inner, None)
    }
    /// Deleting a Firewall Policy: `DELETE /v2.0/fwaas/firewall_policies/{firewall_policy_id}`, API version v2.0.
    ///
    /// This API is used to delete a firewall policy.
    pub fn deleting_a_firewall_policy(&self) -> operations::DeletingAFirewallPolicy {
        operations::DeletingAFirewallPolicy::new(&self.inner, None)
    }
    /// Querying a Firewall Rule: `GET /v2.0/fwaas/firewall_rules/{firewall_rule_id}`, API version v2.0.
    ///
    /// This API is used to query details about a specific firewall rule.
    pub fn querying_a_firewall_rule(&self) -> operations::QueryingAFirewallRule {
        operations::QueryingAFirewallRule::new(&self.inner, None)
    }
    /// Updating a Firewall Rule: `PUT /v2.0/fwaas/firewall_rules/{firewall_rule_id}`, API version v2.0.
    ///
    /// This API is used to update a firewall rule.
    pub fn updating_a_firewall_rule(&self) -> operations::UpdatingAFirewallRule {
        operations::UpdatingAFirewallRule::new(&self.inner, None)
    }
    /// Deleting a Firewall Rule: `DELETE /v2.0/fwaas/firewall_rules/{firewall_rule_id}`, API version v2.0.
    ///
    /// This API is used to delete a firewall rule.
    ///
    /// Before deleting a rule, you need to remove the rule from the corresponding policy first. For details, see Removing a Firewall Rule.
    pub fn deleting_a_firewall_rule(&self) -> operations::DeletingAFirewallRule {
        operations::DeletingAFirewallRule::new(&self.inner, None)
    }
    /// Inserting a Firewall Rule: `PUT /v2.0/fwaas/firewall_policies/{firewall_policy_id}/insert_rule`, API version v2.0.
    ///
    /// This API is used to insert a firewall rule to a firewall policy.
    pub fn inserting_a_firewall_rule(&self) -> operations::InsertingAFirewallRule {
        operations::InsertingAFirewallRule::new(&self.inner, None)
    }
    /// Removing a Firewall Rule: `PUT /v2.0/fwaas/firewall_policies/{firewall_policy_id}/remove_rule`, API version v2.0.
    ///
    /// This API is used to remove a firewall rule from a firewall policy.
    pub fn removing_a_firewall_rule(&self) -> operations::RemovingAFirewallRule {
        operations::RemovingAFirewallRule::new(&self.inner, None)
    }
    /// Querying Floating IP Addresses: `GET /v2.0/floatingips`, API version v2.0.
    ///
    /// This API is used to query all floating IP addresses accessible to the tenant submitting the request.
    ///
    /// You can query the detailed information about a specified floating IP address using the API for Querying a Floating IP Address.
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
    pub fn querying_floating_ip_addresses(
        &self,
    ) -> operations::QueryingFloatingIpAddresses {
        operations::QueryingFloatingIpAddresses::new(&self.inner, None)
    }
    /// Assigning a Floating IP Address: `POST /v2.0/floatingips`, API version v2.0.
    ///
    /// When assigning a floating IP address, you need to obtain the external network ID **floating\_network\_id** of the floating IP address.
    ///
    /// You can use **GET /v2.0/networks?router:external=True** or run the **neutron net-external-list** command to obtain the UUID of the external network required for assigning a floating IP address.
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
    pub fn assigning_a_floating_ip_address(
        &self,
    ) -> operations::AssigningAFloatingIpAddress {
        operations::AssigningAFloatingIpAddress::new(&self.inner, None)
    }
    /// Querying a Floating IP Address: `GET /v2.0/floatingips/{floatingip_id}`, API version v2.0.
    ///
    /// This API is used to query details about a specified floating IP address, including the floating IP address status, ID of the router to which the floating IP address belongs, and external network ID of the floating IP address.
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
    pub fn querying_a_floating_ip_address(
        &self,
    ) -> operations::QueryingAFloatingIpAddress {
        operations::QueryingAFloatingIpAddress::new(&self.inner, None)
    }
    /// Updating a Floating IP Address: `PUT /v2.0/floatingips/{floatingip_id}`, API version v2.0.
    ///
    /// This API is used to update a floating IP address.
    ///
    /// During the update, the ID of the floating IP address must be provided in the URL.
    ///
    /// If **port\_id** is left blank, the floating IP address has been unbound from the port.
    ///
    /// This API has the following constraints:
    ///
    /// If a floating IP address that you are binding is in the **error** state, unbind the IP address first.
    ///
    /// Do not associate a port that has a floating IP address associated to another floating IP address. You must first disassociate the port from the IP address and then associate it with another IP address.
    ///
    /// This API cannot be used to bind an EIP to or unbind an EIP from a dedicated load balancer.
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
    pub fn updating_a_floating_ip_address(
        &self,
    ) -> operations::UpdatingAFloatingIpAddress {
        operations::UpdatingAFloatingIpAddress::new(&self.inner, None)
    }
    /// Deleting a Floating IP Address: `DELETE /v2.0/floatingips/{floatingip_id}`, API version v2.0.
    ///
    /// This API is used to delete a floating IP address.
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
    pub fn deleting_a_floating_ip_address(
        &self,
    ) -> operations::DeletingAFloatingIpAddress {
        operations::DeletingAFloatingIpAddress::new(&self.inner, None)
    }
    /// Querying Networks: `GET /v2.0/networks`, API version v2.0.
    ///
    /// Queries all networks accessible to the tenant submitting the request.
    pub fn querying_networks(&self) -> operations::QueryingNetworks {
        operations::QueryingNetworks::new(&self.inner, None)
    }
    /// Creating a Network: `POST /v2.0/networks`, API version v2.0.
    ///
    /// This API is used to create a network.
    pub fn creating_a_network(&self) -> operations::CreatingANetwork {
        operations::CreatingANetwork::new(&self.inner, None)
    }
    /// Querying Network Details: `GET /v2.0/networks/{network_id}`, API version v2.0.
    ///
    /// This API is used to query details about a network.
    pub fn querying_network_details(&self) -> operations::QueryingNetworkDetails {
        operations::QueryingNetworkDetails::new(&self.inner, None)
    }
    /// Updating a Network: `PUT /v2.0/networks/{network_id}`, API version v2.0.
    ///
    /// This API is used to update a network.
    pub fn updating_a_network(&self) -> operations::UpdatingANetwork {
        operations::UpdatingANetwork::new(&self.inner, None)
    }
    /// Deleting a Network: `DELETE /v2.0/networks/{network_id}`, API version v2.0.
    ///
    /// This API is used to delete a network.
    pub fn deleting_a_network(&self) -> operations::DeletingANetwork {
        operations::DeletingANetwork::new(&self.inner, None)
    }
    /// Querying Ports: `GET /v2.0/ports`, API version v2.0.
    ///
    /// Queries all ports accessible to the tenant submitting the request.
    pub fn querying_ports(&self) -> operations::QueryingPorts {
        operations::QueryingPorts::new(&self.inner, None)
    }
    /// Creating a Port: `POST /v2.0/ports`, API version v2.0.
    ///
    /// This API is used to create a port.
    pub fn creating_a_port(&self) -> operations::CreatingAPort {
        operations::CreatingAPort::new(&self.inner, None)
    }
    /// Querying a Port: `GET /v2.0/ports/{port_id}`, API version v2.0.
    ///
    /// This API is used to query details about a specified port.
    pub fn querying_a_port(&self) -> operations::QueryingAPort {
        operations::QueryingAPort::new(&self.inner, None)
    }
    /// Updating a Port: `PUT /v2.0/ports/{port_id}`, API version v2.0.
    ///
    /// This API is used to update a port.
    pub fn updating_a_port(&self) -> operations::UpdatingAPort {
        operations::UpdatingAPort::new(&self.inner, None)
    }
    /// Deleting a Port: `DELETE /v2.0/ports/{port_id}`, API version v2.0.
    ///
    /// This API is used to delete a port.
    ///
    /// Restrictions
    ///
    /// A port with **device\_owner** set to a value other than **neutron:VIP\_PORT** cannot be deleted.
    ///
    /// A port with **device\_id** specified cannot be deleted.
    pub fn deleting_a_port(&self) -> operations::DeletingAPort {
        operations::DeletingAPort::new(&self.inner, None)
    }
    /// Adding an Interface to a Router: `PUT /v2.0/routers/{router_id}/add_router_interface`, API version v2.0.
    ///
    /// This API is used to add an interface to a router.
    ///
    /// Restrictions
    ///
    /// When a port is used, the port can have only one IP address.
    ///
    /// When a subnet is used, the gateway IP address must be configured for the subnet.
    ///
    /// A router cannot be added to networks whose **provider:network\_type** is **geneve**.
    ///
    /// Only one router can be added to a subnet.
    pub fn adding_an_interface_to_a_router(
        &self,
    ) -> operations::AddingAnInterfaceToARouter {
        operations::AddingAnInterfaceToARouter::new(&self.inner, None)
    }
    /// Querying Routers: `GET /v2.0/routers`, API version v2.0.
    ///
    /// This API is used to query all routers accessible to the tenant submitting the request.
    pub fn querying_routers(&self) -> operations::QueryingRouters {
        operations::QueryingRouters::new(&self.inner, None)
    }
    /// Creating a Router: `POST /v2.0/routers`, API version v2.0.
    ///
    /// This API is used to create a router.
    pub fn creating_a_router(&self) -> operations::CreatingARouter {
        operations::CreatingARouter::new(&self.inner, None)
    }
    /// Querying a Router: `GET /v2.0/routers/{router_id}`, API version v2.0.
    ///
    /// This API is used to query details about a router.
    pub fn querying_a_router(&self) -> operations::QueryingARouter {
        operations::QueryingARouter::new(&self.inner, None)
    }
    /// Updating a Router: `PUT /v2.0/routers/{router_id}`, API version v2.0.
    ///
    /// This API is used to update a router.
    pub fn updating_a_router(&self) -> operations::UpdatingARouter {
        operations::UpdatingARouter::new(&self.inner, None)
    }
    /// Deleting a Router: `DELETE /v2.0/routers/{router_id}`, API version v2.0.
    ///
    /// This API is used to delete a router.
    pub fn deleting_a_router(&self) -> operations::DeletingARouter {
        operations::DeletingARouter::new(&self.inner, None)
    }
    /// Removing an Interface from a Router: `PUT /v2.0/routers/{router_id}/remove_router_interface`, API version v2.0.
    ///
    /// Removing an interface from a router will also remove the port.
    ///
    /// Restrictions
    ///
    /// You are not allowed to remove an interface from a router if there are load balancers in the subnet.
    pub fn removing_an_interface_from_a_router(
        &self,
    ) -> operations::RemovingAnInterfaceFromARouter {
        operations::RemovingAnInterfaceFromARouter::new(&self.inner, None)
    }
    /// Adding a Security Group Rule: `POST /v2.0/security-group-rules`, API version v2.0.
    ///
    /// This API is used to add a security group rule.
    pub fn adding_a_security_group_rule(&self) -> operations::AddingASecurityGroupRule {
        operations::AddingASecurityGroupRule::new(&self.inner, None)
    }
    /// Querying a Security Group: `GET /v2.0/security-groups/{security_group_id}`, API version v2.0.
    ///
    /// This API is used to query details about a specific security group.
    pub fn querying_a_security_group(&self) -> operations::QueryingASecurityGroup {
        operations::QueryingASecurityGroup::new(&self.inner, None)
    }
    /// Querying Subnets: `GET /v2.0/subnets`, API version v2.0.
    ///
    /// Queries all subnets accessible to the tenant submitting the request.
    pub fn querying_subnets(&self) -> operations::QueryingSubnets {
        operations::QueryingSubnets::new(&self.inner, None)
    }
    /// Creating a Subnet: `POST /v2.0/subnets`, API version v2.0.
    ///
    /// This API is used to create a subnet.
    pub fn creating_a_subnet(&self) -> operations::CreatingASubnet {
        operations::CreatingASubnet::new(&self.inner, None)
    }
    /// Querying a Subnet: `GET /v2.0/subnets/{subnet_id}`, API version v2.0.
    ///
    /// This API is used to query details about a subnet.
    pub fn querying_a_subnet(&self) -> operations::QueryingASubnet {
        operations::QueryingASubnet::new(&self.inner, None)
    }
    /// Updating a Subnet: `PUT /v2.0/subnets/{subnet_id}`, API version v2.0.
    ///
    /// This API is used to update information about a subnet.
    ///
    /// Restrictions
    ///
    /// When updating the **allocation\_pools** field, neither gateway nor broadcast IP addresses can be included.
    pub fn updating_a_subnet(&self) -> operations::UpdatingASubnet {
        operations::UpdatingASubnet::new(&self.inner, None)
    }
    /// Deleting a Subnet: `DELETE /v2.0/subnets/{subnet_id}`, API version v2.0.
    ///
    /// This API is used to delete a subnet.
    pub fn deleting_a_subnet(&self) -> operations::DeletingASubnet {
        operations::DeletingASubnet::new(&self.inner, None)
    }
    /// Querying Subnet Pools: `GET /v2.0/subnetpools`, API version v2.0.
    ///
    /// This API is used to query subnet pools. Pagination query is supported.
    pub fn querying_subnet_pools(&self) -> operations::QueryingSubnetPools {
        operations::QueryingSubnetPools::new(&self.inner, None)
    }
    /// Creating a Subnet Pool: `POST /v2.0/subnetpools`, API version v2.0.
    ///
    /// This API is used to create a subnet pool.
    pub fn creating_a_subnet_pool(&self) -> operations::CreatingASubnetPool {
        operations::CreatingASubnetPool::new(&self.inner, None)
    }
    /// Querying a Subnet Pool: `GET /v2.0/subnetpools/{subnetpool_id}`, API version v2.0.
    ///
    /// This API is used to query details about the specific subnet pool.
    pub fn querying_a_subnet_pool(&self) -> operations::QueryingASubnetPool {
        operations::QueryingASubnetPool::new(&self.inner, None)
    }
    /// Updating a Subnet Pool: `PUT /v2.0/subnetpools/{subnetpool_id}`, API version v2.0.
    ///
    /// This API is used to update a subnet pool.
    pub fn updating_a_subnet_pool(&self) -> operations::UpdatingASubnetPool {
        operations::UpdatingASubnetPool::new(&self.inner, None)
    }
    /// Deleting a Subnet Pool: `DELETE /v2.0/subnetpools/{subnetpool_id}`, API version v2.0.
    ///
    /// This API is used to delete a subnet pool.
    pub fn deleting_a_subnet_pool(&self) -> operations::DeletingASubnetPool {
        operations::DeletingASubnetPool::new(&self.inner, None)
    }
    /// Adding an EIP to a Shared Bandwidth: `POST /v2.0/{project_id}/bandwidths/{bandwidth_id}/insert`, API version v2.0.
    ///
    /// This API is used to add an EIP to a shared bandwidth.
    pub fn adding_an_eip_to_a_shared_bandwidth(
        &self,
    ) -> operations::AddingAnEipToASharedBandwidth {
        operations::AddingAnEipToASharedBandwidth::new(&self.inner, None)
    }
    /// Assigning a Shared Bandwidth: `POST /v2.0/{project_id}/bandwidths`, API version v2.0.
    ///
    /// This API is used to assign a shared bandwidth.
    pub fn assigning_a_shared_bandwidth(&self) -> operations::AssigningASharedBandwidth {
        operations::AssigningASharedBandwidth::new(&self.inner, None)
    }
    /// Deleting a Shared Bandwidth: `DELETE /v2.0/{project_id}/bandwidths/{bandwidth_id}`, API version v2.0.
    ///
    /// This API is used to delete a shared bandwidth.
    pub fn deleting_a_shared_bandwidth(&self) -> operations::DeletingASharedBandwidth {
        operations::DeletingASharedBandwidth::new(&self.inner, None)
    }
    /// Removing an EIP from a Shared Bandwidth: `POST /v2.0/{project_id}/bandwidths/{bandwidth_id}/remove`, API version v2.0.
    ///
    /// This API is used to remove an EIP from a shared bandwidth.
    pub fn removing_an_eip_from_a_shared_bandwidth(
        &self,
    ) -> operations::RemovingAnEipFromASharedBandwidth {
        operations::RemovingAnEipFromASharedBandwidth::new(&self.inner, None)
    }
    /// Querying EIP Tags: `GET /v2.0/{project_id}/publicips/{publicip_id}/tags`, API version v2.0.
    ///
    /// This API is used to query tags of a specified EIP.
    pub fn querying_eip_tags(&self) -> operations::QueryingEipTags {
        operations::QueryingEipTags::new(&self.inner, None)
    }
    /// Adding a Tag to an EIP: `POST /v2.0/{project_id}/publicips/{publicip_id}/tags`, API version v2.0.
    ///
    /// This API is used to add a tag to an EIP.
    pub fn adding_a_tag_to_an_eip(&self) -> operations::AddingATagToAnEip {
        operations::AddingATagToAnEip::new(&self.inner, None)
    }
    /// Batch Adding or Deleting EIP Tags: `POST /v2.0/{project_id}/publicips/{publicip_id}/tags/action`, API version v2.0.
    ///
    /// This API is used to add multiple tags to or delete multiple tags from an EIP at a time.
    ///
    /// This API is idempotent.
    ///
    /// If there are duplicate keys in the request body when you add tags, an error is reported.
    ///
    /// During tag creation, duplicate keys are not allowed. If a key already exists in the database, its value will be overwritten by the new duplicate key.
    ///
    /// During tag deletion, if some tags do not exist, the operation is considered to be successful by default. The character set of the tags will not be checked. When you delete tags, the tag structure cannot be missing, and the key cannot be left blank or be an empty string.
    pub fn batch_adding_or_deleting_eip_tags(
        &self,
    ) -> operations::BatchAddingOrDeletingEipTags {
        operations::BatchAddingOrDeletingEipTags::new(&self.inner, None)
    }
    /// Deleting a Tag from an EIP: `DELETE /v2.0/{project_id}/publicips/{publicip_id}/tags/{key}`, API version v2.0.
    ///
    /// This API is used to delete a tag from an EIP.
    pub fn deleting_a_tag_from_an_eip(&self) -> operations::DeletingATagFromAnEip {
        operations::DeletingATagFromAnEip::new(&self.inner, None)
    }
    /// Querying EIP Tags in a Specified Project: `GET /v2.0/{project_id}/publicips/tags`, API version v2.0.
    ///
    /// This API is used to query all EIP tags of a tenant in a specified region.
    pub fn querying_eip_tags_in_a_specified_project(
        &self,
    ) -> operations::QueryingEipTagsInASpecifiedProject {
        operations::QueryingEipTagsInASpecifiedProject::new(&self.inner, None)
    }
    /// Querying EIPs by Tag: `POST /v2.0/{project_id}/publicips/resource_instances/action`, API version v2.0.
    ///
    /// This API is used to query EIPs by tag.
    pub fn querying_ei_ps_by_tag(&self) -> operations::QueryingEiPsByTag {
        operations::QueryingEiPsByTag::new(&self.inner, None)
    }
    /// Querying Floating IP Addresses: `GET /v2.0/eip/floatingips_v6`, API version v2.0.
    ///
    /// This API is used to query all floating IP addresses accessible to the tenant submitting the request.
    pub fn querying_floating_ip_addresses_2(
        &self,
    ) -> operations::QueryingFloatingIpAddresses2 {
        operations::QueryingFloatingIpAddresses2::new(&self.inner, None)
    }
    /// Assigning a Floating IP Address: `POST /v2.0/eip/floatingips_v6`, API version v2.0.
    ///
    /// This API is used to assign a floating IP address and associates it with an internal port.
    ///
    /// Restrictions
    ///
    /// You can use **GET /v2.0/networks?router:external=True** or run the **neutron net-external-list** command to obtain the UUID of the external network required for assigning a floating IP address.
    ///
    /// The **port\_id** parameter value must be the ECS port ID, which can be obtained from the **NIC ID** parameter in the ECS NIC details.
    pub fn assigning_a_floating_ip_address_2(
        &self,
    ) -> operations::AssigningAFloatingIpAddress2 {
        operations::AssigningAFloatingIpAddress2::new(&self.inner, None)
    }
    /// Querying a Floating IP Address: `GET /v2.0/eip/floatingips_v6/{floatingip_id}`, API version v2.0.
    ///
    /// This API is used to query details about a specific floating IP address accessible to the tenant submitting the request.
    pub fn querying_a_floating_ip_address_2(
        &self,
    ) -> operations::QueryingAFloatingIpAddress2 {
        operations::QueryingAFloatingIpAddress2::new(&self.inner, None)
    }
    /// Updating a Floating IP Address: `PUT /v2.0/eip/floatingips_v6/{floatingip_id}`, API version v2.0.
    ///
    /// This API is used to update a specific floating IP address and the port associated with the IP address. If **port\_id** is left blank, the floating IP address has been unbound from the port.
    ///
    /// Restrictions
    ///
    /// When you bind a floating IP address, if the floating IP address is in the **error** state, try unbinding the address first.
    ///
    /// You are not allowed to bind a floating IP address that has been bound to a port to another port. You must first unbind the IP address from its original port and bind it to the required port.
    pub fn updating_a_floating_ip_address_2(
        &self,
    ) -> operations::UpdatingAFloatingIpAddress2 {
        operations::UpdatingAFloatingIpAddress2::new(&self.inner, None)
    }
    /// Deleting a Floating IP Address: `DELETE /v2.0/eip/floatingips_v6/{floatingip_id}`, API version v2.0.
    ///
    /// This API is used to delete a floating IP address.
    pub fn deleting_a_floating_ip_address_2(
        &self,
    ) -> operations::DeletingAFloatingIpAddress2 {
        operations::DeletingAFloatingIpAddress2::new(&self.inner, None)
    }
    /// Querying IP Address Usage on a Specified Network: `GET /v2.0/network-ip-availabilities/{network_id}`, API version v2.0.
    ///
    /// This API is used to query the IP address usage on a specified network.
    ///
    /// The obtained information includes the total number of IP addresses on the network, the number of in-use IP addresses on the network, the total number of IP addresses on each subnet, and the number of in-use IP addresses on the subnet.
    ///
    /// The first and the last two IP addresses on each subnet are reserved by the system for the gateway and DHCP service.
    ///
    /// The total number of IP addresses and the number of in-use IP addresses described in this section and the subsequent sections do not include the IP addresses reserved by the system.
    ///
    /// When assigning an IP address, you can specify the reserved IP address for the system. The reserved IP addresses will not be included in the number of in-use IP addresses and the total number of IP addresses no matter how the IP address is assigned.
    pub fn querying_ip_address_usage_on_a_specified_network(
        &self,
    ) -> operations::QueryingIpAddressUsageOnASpecifiedNetwork {
        operations::QueryingIpAddressUsageOnASpecifiedNetwork::new(&self.inner, None)
    }
    /// Associating Multiple NIC Ports to or Disassociating Them from a Security Group at a Time: `POST /v2.0/{project_id}/security-groups/{security_group_id}/instance/action`, API version v2.0.
    ///
    /// This API is used to associate multiple NIC ports to or disassociate them from a specified security group at a time.
    ///
    /// Restrictions
    ///
    /// A maximum of 20 ports can be associated to or disassociated from a security group at a time. Therefore, the **ports** can contain a maximum of 20 values.
    ///
    /// No error message is displayed if a port is repeatedly associated with a security group.
    pub fn associating_multiple_nic_ports_to_or_disassociating_them_from_a_security_group_at_a_time(
        &self,
    ) -> operations::AssociatingMultipleNicPortsToOrDisassociatingThemFromASecurityGroupAtATime {
        operations::AssociatingMultipleNicPortsToOrDisassociatingThemFromASecurityGroupAtATime::new(
            &self.inner,
            None,
        )
    }
    /// Querying Subnet Tags: `GET /v2.0/{project_id}/subnets/{subnet_id}/tags`, API version v2.0.
    ///
    /// This API is used to query tags of a specified subnet.
    pub fn querying_subnet_tags(&self) -> operations::QueryingSubnetTags {
        operations::QueryingSubnetTags::new(&self.inner, None)
    }
    /// Adding a Tag to a Subnet: `POST /v2.0/{project_id}/subnets/{subnet_id}/tags`, API version v2.0.
    ///
    /// This API is used to add a tag to a subnet.
    pub fn adding_a_tag_to_a_subnet(&self) -> operations::AddingATagToASubnet {
        operations::AddingATagToASubnet::new(&self.inner, None)
    }
    /// Batch Adding or Deleting Subnet Tags: `POST /v2.0/{project_id}/subnets/{subnet_id}/tags/action`, API version v2.0.
    ///
    /// This API is used to add multiple tags to or delete multiple tags from a subnet at a time.
    ///
    /// This API is idempotent.
    ///
    /// If there are duplicate keys in the request body when you add tags, an error is reported.
    ///
    /// During tag creation, duplicate keys are not allowed. If a key already exists in the database, its value will be overwritten by the new duplicate key.
    ///
    /// During tag deletion, if some tags do not exist, the deletion is considered to be successful by default. The character set of the tags will not be checked. When you delete tags, the tag structure cannot be missing, and the key cannot be left blank or be an empty string.
    pub fn batch_adding_or_deleting_subnet_tags(
        &self,
    ) -> operations::BatchAddingOrDeletingSubnetTags {
        operations::BatchAddingOrDeletingSubnetTags::new(&self.inner, None)
    }
    /// Deleting a Tag from a Subnet: `DELETE /v2.0/{project_id}/subnets/{subnet_id}/tags/{key}`, API version v2.0.
    ///
    /// This API is used to delete a tag from a subnet.
    pub fn deleting_a_tag_from_a_subnet(&self) -> operations::DeletingATagFromASubnet {
        operations::DeletingATagFromASubnet::new(&self.inner, None)
    }
    /// Querying Subnet Tags in a Specified Project: `GET /v2.0/{project_id}/subnets/tags`, API version v2.0.
    ///
    /// This API is used to query all subnet tags of a tenant in a specified region.
    pub fn querying_subnet_tags_in_a_specified_project(
        &self,
    ) -> operations::QueryingSubnetTagsInASpecifiedProject {
        operations::QueryingSubnetTagsInASpecifiedProject::new(&self.inner, None)
    }
    /// Querying Subnets by Tag: `POST /v2.0/{project_id}/subnets/resource_instances/action`, API version v2.0.
    ///
    /// This API is used to query subnets by tag.
    pub fn querying_subnets_by_tag(&self) -> operations::QueryingSubnetsByTag {
        operations::QueryingSubnetsByTag::new(&self.inner, None)
    }
    /// Accepting a VPC Peering Connection: `PUT /v2.0/vpc/peerings/{peering_id}/accept`, API version v2.0.
    ///
    /// After tenant A requests to create a VPC peering connection with a VPC of tenant B, the VPC peering connection takes effect only after tenant B accepts the request. This API is used by a tenant to accept a VPC peering connection request initiated by another tenant.
    pub fn accepting_a_vpc_peering_connection(
        &self,
    ) -> operations::AcceptingAVpcPeeringConnection {
        operations::AcceptingAVpcPeeringConnection::new(&self.inner, None)
    }
    /// Querying VPC Peering Connections: `GET /v2.0/vpc/peerings`, API version v2.0.
    ///
    /// This API is used to query all VPC peering connections accessible to the tenant submitting the request. The connections are filtered based on the filtering condition. For details about pagination query, see section Pagination.
    pub fn querying_vpc_peering_connections(
        &self,
    ) -> operations::QueryingVpcPeeringConnections {
        operations::QueryingVpcPeeringConnections::new(&self.inner, None)
    }
    /// Creating a VPC Peering Connection: `POST /v2.0/vpc/peerings`, API version v2.0.
    ///
    /// This API is used to create a VPC peering connection.
    ///
    /// If you create a VPC peering connection with another VPC of your own, the connection is created without the need for you to accept the connection.
    ///
    /// If you create a VPC peering connection with a VPC of another tenant, the peer tenant must accept the connection so that the connection can be created. If the peer tenant refuses the connection, it cannot be created.
    pub fn creating_a_vpc_peering_connection(
        &self,
    ) -> operations::CreatingAVpcPeeringConnection {
        operations::CreatingAVpcPeeringConnection::new(&self.inner, None)
    }
    /// Querying a VPC Peering Connection: `GET /v2.0/vpc/peerings/{peering_id}`, API version v2.0.
    ///
    /// This API is used to query details about a VPC peering connection.
    pub fn querying_a_vpc_peering_connection(
        &self,
    ) -> operations::QueryingAVpcPeeringConnection {
        operations::QueryingAVpcPeeringConnection::new(&self.inner, None)
    }
    /// Updating a VPC Peering Connection: `PUT /v2.0/vpc/peerings/{peering_id}`, API version v2.0.
    ///
    /// Updates a VPC peering connection.
    pub fn updating_a_vpc_peering_connection(
        &self,
    ) -> operations::UpdatingAVpcPeeringConnection {
        operations::UpdatingAVpcPeeringConnection::new(&self.inner, None)
    }
    /// Deleting a VPC Peering Connection: `DELETE /v2.0/vpc/peerings/{peering_id}`, API version v2.0.
    ///
    /// This API is used to delete a VPC peering connection.
    ///
    /// A VPC peering connection can be deleted either by the local or peer tenant.
    pub fn deleting_a_vpc_peering_connection(
        &self,
    ) -> operations::DeletingAVpcPeeringConnection {
        operations::DeletingAVpcPeeringConnection::new(&self.inner, None)
    }
    /// Refusing a VPC Peering Connection: `PUT /v2.0/vpc/peerings/{peering_id}/reject`, API version v2.0.
    ///
    /// After tenant A requests to create a VPC peering connection with a VPC of tenant B, the VPC peering connection takes effect only after tenant B accepts the request. However, tenant can refuse the VPC peering connection request. This API is used by a tenant to refuse a VPC peering connection request initiated by another tenant.
    pub fn refusing_a_vpc_peering_connection(
        &self,
    ) -> operations::RefusingAVpcPeeringConnection {
        operations::RefusingAVpcPeeringConnection::new(&self.inner, None)
    }
    /// Querying VPC Routes: `GET /v2.0/vpc/routes`, API version v2.0.
    ///
    /// This API is used to query all routes of the tenant submitting the request. The routes are filtered based on the filtering condition. For details about the response format of pagination query, see section Pagination.
    pub fn querying_vpc_routes(&self) -> operations::QueryingVpcRoutes {
        operations::QueryingVpcRoutes::new(&self.inner, None)
    }
    /// Creating a VPC Route: `POST /v2.0/vpc/routes`, API version v2.0.
    ///
    /// This API is used to create a route.
    pub fn creating_a_vpc_route(&self) -> operations::CreatingAVpcRoute {
        operations::CreatingAVpcRoute::new(&self.inner, None)
    }
    /// Querying a VPC Route: `GET /v2.0/vpc/routes/{route_id}`, API version v2.0.
    ///
    /// This API is used to query details about a route.
    pub fn querying_a_vpc_route(&self) -> operations::QueryingAVpcRoute {
        operations::QueryingAVpcRoute::new(&self.inner, None)
    }
    /// Deleting a VPC Route: `DELETE /v2.0/vpc/routes/{route_id}`, API version v2.0.
    ///
    /// This API is used to delete a route.
    pub fn deleting_a_vpc_route(&self) -> operations::DeletingAVpcRoute {
        operations::DeletingAVpcRoute::new(&self.inner, None)
    }
    /// Querying VPC Tags: `GET /v2.0/{project_id}/vpcs/{vpc_id}/tags`, API version v2.0.
    ///
    /// This API is used to query tags of a specified VPC.
    pub fn querying_vpc_tags(&self) -> operations::QueryingVpcTags {
        operations::QueryingVpcTags::new(&self.inner, None)
    }
    /// Adding a Tag to a VPC: `POST /v2.0/{project_id}/vpcs/{vpc_id}/tags`, API version v2.0.
    ///
    /// This API is used to add a tag to a VPC.
    pub fn adding_a_tag_to_a_vpc(&self) -> operations::AddingATagToAVpc {
        operations::AddingATagToAVpc::new(&self.inner, None)
    }
    /// Batch Adding or Deleting VPC Tags: `POST /v2.0/{project_id}/vpcs/{vpc_id}/tags/action`, API version v2.0.
    ///
    /// This API is used to add multiple tags to or delete multiple tags from a VPC at a time.
    ///
    /// This API is idempotent.
    ///
    /// If there are duplicate keys in the request body when you add tags, an error is reported.
    ///
    /// During tag creation, duplicate keys are not allowed. If a key already exists in the database, its value will be overwritten by the new duplicate key.
    ///
    /// During tag deletion, if some tags do not exist, the operation is considered to be successful by default. The character set of the tags will not be checked. When you delete tags, the tag structure cannot be missing, and the key cannot be left blank or be an empty string.
    pub fn batch_adding_or_deleting_vpc_tags(
        &self,
    ) -> operations::BatchAddingOrDeletingVpcTags {
        operations::BatchAddingOrDeletingVpcTags::new(&self.inner, None)
    }
    /// Deleting a Tag from a VPC: `DELETE /v2.0/{project_id}/vpcs/{vpc_id}/tags/{key}`, API version v2.0.
    ///
    /// This API is used to delete a tag from a VPC.
    pub fn deleting_a_tag_from_a_vpc(&self) -> operations::DeletingATagFromAVpc {
        operations::DeletingATagFromAVpc::new(&self.inner, None)
    }
    /// Querying VPC Tags in a Specified Project: `GET /v2.0/{project_id}/vpcs/tags`, API version v2.0.
    ///
    /// This API is used to query all VPC tags of a tenant in a specified region.
    pub fn querying_vpc_tags_in_a_specified_project(
        &self,
    ) -> operations::QueryingVpcTagsInASpecifiedProject {
        operations::QueryingVpcTagsInASpecifiedProject::new(&self.inner, None)
    }
    /// Querying VPCs by Tag: `POST /v2.0/{project_id}/vpcs/resource_instances/action`, API version v2.0.
    ///
    /// This API is used to query VPCs by tag.
    pub fn querying_vp_cs_by_tag(&self) -> operations::QueryingVpCsByTag {
        operations::QueryingVpCsByTag::new(&self.inner, None)
    }
    /// Querying a Bandwidth: `GET /v1/{project_id}/bandwidths/{bandwidth_id}`, API version v1.
    ///
    /// This API is used to query details about a bandwidth.
    pub fn querying_a_bandwidth(&self) -> operations::QueryingABandwidth {
        operations::QueryingABandwidth::new(&self.inner, None)
    }
    /// Updating a Bandwidth: `PUT /v1/{project_id}/bandwidths/{bandwidth_id}`, API version v1.
    ///
    /// This API is used to update information about a bandwidth.
    pub fn updating_a_bandwidth(&self) -> operations::UpdatingABandwidth {
        operations::UpdatingABandwidth::new(&self.inner, None)
    }
    /// Querying Bandwidths: `GET /v1/{project_id}/bandwidths`, API version v1.
    ///
    /// This API is used to query bandwidths using search criteria.
    pub fn querying_bandwidths(&self) -> operations::QueryingBandwidths {
        operations::QueryingBandwidths::new(&self.inner, None)
    }
    /// Querying EIPs: `GET /v1/{project_id}/publicips`, API version v1.
    ///
    /// This API is used to query EIPs.
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
    pub fn querying_ei_ps(&self) -> operations::QueryingEiPs {
        operations::QueryingEiPs::new(&self.inner, None)
    }
    /// Assigning an EIP: `POST /v1/{project_id}/publicips`, API version v1.
    ///
    /// This API is used to assign an EIP.
    ///
    /// The EIP service provides independent public IP addresses and bandwidth for Internet access. EIPs can be flexibly bound to or unbound from ECSs, BMSs, virtual IP addresses, NAT gateways, or load balancers.
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
    pub fn assigning_an_eip(&self) -> operations::AssigningAnEip {
        operations::AssigningAnEip::new(&self.inner, None)
    }
    /// Querying an EIP: `GET /v1/{project_id}/publicips/{publicip_id}`, API version v1.
    ///
    /// This API is used to query a specific EIP.
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
    pub fn querying_an_eip(&self) -> operations::QueryingAnEip {
        operations::QueryingAnEip::new(&self.inner, None)
    }
    /// Releasing an EIP: `DELETE /v1/{project_id}/publicips/{publicip_id}`, API version v1.
    ///
    /// This API is used to release an EIP.
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
    pub fn releasing_an_eip(&self) -> operations::ReleasingAnEip {
        operations::ReleasingAnEip::new(&self.inner, None)
    }
    /// Assigning a Private IP Address: `POST /v1/{project_id}/privateips`, API version v1.
    ///
    /// This API is used to assign a private IP address.
    pub fn assigning_a_private_ip_address(
        &self,
    ) -> operations::AssigningAPrivateIpAddress {
        operations::AssigningAPrivateIpAddress::new(&self.inner, None)
    }
    /// Querying Private IP Address Details: `GET /v1/{project_id}/privateips/{privateip_id}`, API version v1.
    ///
    /// This API is used to query details about a private IP address using the specified ID.
    pub fn querying_private_ip_address_details(
        &self,
    ) -> operations::QueryingPrivateIpAddressDetails {
        operations::QueryingPrivateIpAddressDetails::new(&self.inner, None)
    }
    /// Deleting a Private IP Address: `DELETE /v1/{project_id}/privateips/{privateip_id}`, API version v1.
    ///
    /// This API is used to delete a private IP address.
    pub fn deleting_a_private_ip_address(
        &self,
    ) -> operations::DeletingAPrivateIpAddress {
        operations::DeletingAPrivateIpAddress::new(&self.inner, None)
    }
    /// Querying Private IP Addresses: `GET /v1/{project_id}/subnets/{subnet_id}/privateips`, API version v1.
    ///
    /// This API is used to query private IP addresses using search criteria and to display the private IP addresses in a list.
    pub fn querying_private_ip_addresses(
        &self,
    ) -> operations::QueryingPrivateIpAddresses {
        operations::QueryingPrivateIpAddresses::new(&self.inner, None)
    }
    /// Querying Quotas: `GET /v1/{project_id}/quotas`, API version v1.
    ///
    /// This API is used to query network resource quotas of a tenant. The network resources include VPCs, subnets, security groups, security group rules, VPNs, and EIPs.
    pub fn querying_quotas(&self) -> operations::QueryingQuotas {
        operations::QueryingQuotas::new(&self.inner, None)
    }
    /// Associating Subnets with a Route Table: `POST /v1/{project_id}/routetables/{routetable_id}/action`, API version v1.
    ///
    /// This API is used to associate a subnet with a route table.
    ///
    /// If a subnet has already been associated with route table A, you can associate the subnet with route table B directly without disassociating it from route table A first.
    pub fn associating_subnets_with_a_route_table(
        &self,
    ) -> operations::AssociatingSubnetsWithARouteTable {
        operations::AssociatingSubnetsWithARouteTable::new(&self.inner, None)
    }
    /// Querying Route Tables: `GET /v1/{project_id}/routetables`, API version v1.
    ///
    /// This API is used to query route tables.
    pub fn querying_route_tables(&self) -> operations::QueryingRouteTables {
        operations::QueryingRouteTables::new(&self.inner, None)
    }
    /// Creating a Route Table: `POST /v1/{project_id}/routetables`, API version v1.
    ///
    /// This API is used to create a route table.
    ///
    /// Notes and Constraints
    ///
    /// The destination CIDR block of a custom route table cannot be included in the CIDR blocks of the local route.
    ///
    /// Each destination CIDR block of a route in the same route table must be unique.
    ///
    /// No more than five routes can be created at a time.
    pub fn creating_a_route_table(&self) -> operations::CreatingARouteTable {
        operations::CreatingARouteTable::new(&self.inner, None)
    }
    /// Querying a Route Table: `GET /v1/{project_id}/routetables/{routetable_id}`, API version v1.
    ///
    /// This API is used to query details about a route table.
    pub fn querying_a_route_table(&self) -> operations::QueryingARouteTable {
        operations::QueryingARouteTable::new(&self.inner, None)
    }
    /// Updating a Route Table: `PUT /v1/{project_id}/routetables/{routetable_id}`, API version v1.
    ///
    /// This API is used to update a route table.
    pub fn updating_a_route_table(&self) -> operations::UpdatingARouteTable {
        operations::UpdatingARouteTable::new(&self.inner, None)
    }
    /// Deleting a Route Table: `DELETE /v1/{project_id}/routetables/{routetable_id}`, API version v1.
    ///
    /// This API is used to delete a custom route table.
    ///
    /// Constraints:
    ///
    /// Only custom route tables can be deleted. If a custom route table has subnets associated, disassociate the subnets with the route table and then delete the route table.
    pub fn deleting_a_route_table(&self) -> operations::DeletingARouteTable {
        operations::DeletingARouteTable::new(&self.inner, None)
    }
    /// Querying Security Group Details: `GET /v1/{project_id}/security-groups/{security_group_id}`, API version v1.
    ///
    /// This API is used to query details about a security group.
    pub fn querying_security_group_details(
        &self,
    ) -> operations::QueryingSecurityGroupDetails {
        operations::QueryingSecurityGroupDetails::new(&self.inner, None)
    }
    /// Querying Security Group Rule Details: `GET /v1/{project_id}/security-group-rules/{security_group_rule_id}`, API version v1.
    ///
    /// This API is used to query details about a security group rule.
    pub fn querying_security_group_rule_details(
        &self,
    ) -> operations::QueryingSecurityGroupRuleDetails {
        operations::QueryingSecurityGroupRuleDetails::new(&self.inner, None)
    }
    /// Updating Subnet Information: `PUT /v1/{project_id}/vpcs/{vpc_id}/subnets/{subnet_id}`, API version v1.
    ///
    /// This API is used to update information about a subnet.
    pub fn updating_subnet_information(&self) -> operations::UpdatingSubnetInformation {
        operations::UpdatingSubnetInformation::new(&self.inner, None)
    }
    /// Querying Subnet Details: `GET /v1/{project_id}/subnets/{subnet_id}`, API version v1.
    ///
    /// This API is used to query details about a subnet.
    pub fn querying_subnet_details(&self) -> operations::QueryingSubnetDetails {
        operations::QueryingSubnetDetails::new(&self.inner, None)
    }
    /// Creating a VPC: `POST /v1/{project_id}/vpcs`, API version v1.
    ///
    /// This API is used to create a VPC.
    pub fn creating_a_vpc(&self) -> operations::CreatingAVpc {
        operations::CreatingAVpc::new(&self.inner, None)
    }
    /// Querying VPC Details: `GET /v1/{project_id}/vpcs/{vpc_id}`, API version v1.
    ///
    /// This API is used to query details about a VPC.
    pub fn querying_vpc_details(&self) -> operations::QueryingVpcDetails {
        operations::QueryingVpcDetails::new(&self.inner, None)
    }
    /// Updating a VPC: `PUT /v1/{project_id}/vpcs/{vpc_id}`, API version v1.
    ///
    /// This API is used to update information about a VPC.
    pub fn updating_a_vpc(&self) -> operations::UpdatingAVpc {
        operations::UpdatingAVpc::new(&self.inner, None)
    }
    /// Deleting a VPC: `DELETE /v1/{project_id}/vpcs/{vpc_id}`, API version v1.
    ///
    /// This API is used to delete a VPC.
    pub fn deleting_a_vpc(&self) -> operations::DeletingAVpc {
        operations::DeletingAVpc::new(&self.inner, None)
    }
    /// Querying VPC Flow Logs: `GET /v1/{project_id}/fl/flow_logs`, API version v1.
    ///
    /// This API is used to query all VPC flow logs of the tenant submitting the request. The VPC flow logs are filtered based on the filtering condition.
    pub fn querying_vpc_flow_logs(&self) -> operations::QueryingVpcFlowLogs {
        operations::QueryingVpcFlowLogs::new(&self.inner, None)
    }
    /// Creating a VPC Flow Log: `POST /v1/{project_id}/fl/flow_logs`, API version v1.
    ///
    /// This API is used to create a VPC flow log.
    ///
    /// A VPC flow log captures information about the traffic going to and from your VPC. You can use flow logs to monitor network traffic, analyze network attacks, and to determine whether security group and firewall rules need to be modified.
    ///
    /// VPC flow logs must be used together with the Log Tank Service (LTS). You need to create a log group and a log topic in LTS, and then create a VPC flow log.
    pub fn creating_a_vpc_flow_log(&self) -> operations::CreatingAVpcFlowLog {
        operations::CreatingAVpcFlowLog::new(&self.inner, None)
    }
    /// Querying a VPC Flow Log: `GET /v1/{project_id}/fl/flow_logs/{flowlog_id}`, API version v1.
    ///
    /// This API is used to query a VPC flow log.
    pub fn querying_a_vpc_flow_log(&self) -> operations::QueryingAVpcFlowLog {
        operations::QueryingAVpcFlowLog::new(&self.inner, None)
    }
    /// Updating a VPC Flow Log: `PUT /v1/{project_id}/fl/flow_logs/{flowlog_id}`, API version v1.
    ///
    /// This API is used to update a VPC flow log.
    pub fn updating_a_vpc_flow_log(&self) -> operations::UpdatingAVpcFlowLog {
        operations::UpdatingAVpcFlowLog::new(&self.inner, None)
    }
    /// Deleting a VPC Flow Log: `DELETE /v1/{project_id}/fl/flow_logs/{flowlog_id}`, API version v1.
    ///
    /// This API is used to delete a flow log.
    pub fn deleting_a_vpc_flow_log(&self) -> operations::DeletingAVpcFlowLog {
        operations::DeletingAVpcFlowLog::new(&self.inner, None)
    }
    /// Querying VPC Flow Logs: `GET /v1/b2782e6708b8475c993e6064bc456bf8/fl/flow_logs`, API version v1.
    ///
    /// This API is used to query all VPC flow logs of the tenant submitting the request. The VPC flow logs are filtered based on the filtering condition.
    pub fn querying_vpc_flow_logs_2(&self) -> operations::QueryingVpcFlowLogs2 {
        operations::QueryingVpcFlowLogs2::new(&self.inner, None)
    }
    /// Querying a Specified API Version: `GET /{api_version}`, API version unversioned.
    ///
    /// This API is used to query the version of a specified API.
    pub fn querying_a_specified_api_version(
        &self,
    ) -> operations::QueryingASpecifiedApiVersion {
        operations::QueryingASpecifiedApiVersion::new(&self.inner, None)
    }
    /// Querying API Versions: `GET /`, API version unversioned.
    ///
    /// This API is used to query all available versions of a native OpenStack API.
    pub fn querying_api_versions(&self) -> operations::QueryingApiVersions {
        operations::QueryingApiVersions::new(&self.inner, None)
    }
}
