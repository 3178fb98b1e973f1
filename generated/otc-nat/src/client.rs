use crate::operations;
/// A client for NAT Gateway: one method per operation (see the crate docs).
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
                "https://nat.{region}.otc.t-systems.com",
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
    /// The operations at API version v2.0, each with the request and response types of that version.
    pub fn v2_0(&self) -> crate::v2_0::Client<'_> {
        crate::v2_0::Client(self)
    }
    /// Querying DNAT Rules: `GET /v3/{project_id}/private-nat/dnat-rules`, API version v3.
    ///
    /// This API is used to query DNAT rules.
    ///
    /// Constraints: You can type the question mark (?) and ampersand (\&) at the end of the URI to define multiple search criteria.
    ///
    /// All optional parameters can be filtered. For details, see the example request.
    pub fn querying_dnat_rules(&self) -> operations::QueryingDnatRules {
        operations::QueryingDnatRules::new(&self.inner, None)
    }
    /// Creating a DNAT Rule: `POST /v3/{project_id}/private-nat/dnat-rules`, API version v3.
    ///
    /// This API is used to create a DNAT rule.
    ///
    /// Constraints: When you are creating a DNAT rule, status of the NAT gateway must be set to **ACTIVE**.
    pub fn creating_a_dnat_rule(&self) -> operations::CreatingADnatRule {
        operations::CreatingADnatRule::new(&self.inner, None)
    }
    /// Querying Details About a Specified DNAT Rule: `GET /v3/{project_id}/private-nat/dnat-rules/{dnat_rule_id}`, API version v3.
    ///
    /// This API is used to query details about a specified DNAT rule.
    pub fn querying_details_about_a_specified_dnat_rule(
        &self,
    ) -> operations::QueryingDetailsAboutASpecifiedDnatRule {
        operations::QueryingDetailsAboutASpecifiedDnatRule::new(&self.inner, None)
    }
    /// Updating a DNAT Rule: `PUT /v3/{project_id}/private-nat/dnat-rules/{dnat_rule_id}`, API version v3.
    ///
    /// This API is used to update a specified DNAT rule.
    pub fn updating_a_dnat_rule(&self) -> operations::UpdatingADnatRule {
        operations::UpdatingADnatRule::new(&self.inner, None)
    }
    /// Deleting a DNAT Rule: `DELETE /v3/{project_id}/private-nat/dnat-rules/{dnat_rule_id}`, API version v3.
    ///
    /// This API is used to delete a specified DNAT rule.
    pub fn deleting_a_dnat_rule(&self) -> operations::DeletingADnatRule {
        operations::DeletingADnatRule::new(&self.inner, None)
    }
    /// Querying Tags of a Private NAT Gateway: `GET /v3/{project_id}/private-nat-gateways/{resource_id}/tags`, API version v3.
    ///
    /// This API is used to query tags of a private NAT gateway.
    ///
    /// TMS uses this API to query all tags of a private NAT gateway.
    pub fn querying_tags_of_a_private_nat_gateway(
        &self,
    ) -> operations::QueryingTagsOfAPrivateNatGateway {
        operations::QueryingTagsOfAPrivateNatGateway::new(&self.inner, None)
    }
    /// Adding a Tag to a Private NAT Gateway: `POST /v3/{project_id}/private-nat-gateways/{resource_id}/tags`, API version v3.
    ///
    /// This API is used to add tags to a private NAT gateway.
    ///
    /// A private NAT gateway can have up to 20 tags.
    ///
    /// This API is idempotent.
    ///
    /// If a tag to be added has the same key as an existing tag, the tag will be added and overwrite the existing one.
    pub fn adding_a_tag_to_a_private_nat_gateway(
        &self,
    ) -> operations::AddingATagToAPrivateNatGateway {
        operations::AddingATagToAPrivateNatGateway::new(&self.inner, None)
    }
    /// Batch Adding or Deleting Tags to or from a Private NAT Gateway: `POST /v3/{project_id}/private-nat-gateways/{resource_id}/tags/action`, API version v3.
    ///
    /// This API is used to batch add or delete tags to or from a private NAT gateway.
    ///
    /// TMS uses this API to batch manage tags of a private NAT gateway.
    ///
    /// A private NAT gateway can have up to 20 tags.
    ///
    /// Constraints: This API is idempotent.
    ///
    /// If the request body contains duplicate keys, an error is reported.
    ///
    /// During tag creation, duplicate keys are not allowed. If a key already exists in the database, its value will be overwritten by the new duplicate key.
    ///
    /// During tag deletion, if some tags to be deleted do not exist, the operation is considered to be successful by default. The character set of the tags will not be verified.
    ///
    /// The tags structure cannot be missing during deletion. The key cannot be left blank or be an empty string.
    pub fn batch_adding_or_deleting_tags_to_or_from_a_private_nat_gateway(
        &self,
    ) -> operations::BatchAddingOrDeletingTagsToOrFromAPrivateNatGateway {
        operations::BatchAddingOrDeletingTagsToOrFromAPrivateNatGateway::new(
            &self.inner,
            None,
        )
    }
    /// Deleting a Tag from a Private NAT Gateway: `DELETE /v3/{project_id}/private-nat-gateways/{resource_id}/tags/{key}`, API version v3.
    ///
    /// This API is idempotent.
    ///
    /// When a tag is deleted, the tag character set is not verified. Before calling this API, perform the encodeURI operation. The server must perform decodeURI on the API URI. If the key of the tag to be deleted does not exist, 404 will be displayed. The key cannot be left blank or be an empty string.
    pub fn deleting_a_tag_from_a_private_nat_gateway(
        &self,
    ) -> operations::DeletingATagFromAPrivateNatGateway {
        operations::DeletingATagFromAPrivateNatGateway::new(&self.inner, None)
    }
    /// Querying Private NAT Gateways: `POST /v3/{project_id}/private-nat-gateways/resource_instances/action`, API version v3.
    ///
    /// This API is used to query private NAT gateways by tag.
    ///
    /// Tag Management Service (TMS) uses this API to filter and list private NAT gateways by tag.
    pub fn querying_private_nat_gateways(
        &self,
    ) -> operations::QueryingPrivateNatGateways {
        operations::QueryingPrivateNatGateways::new(&self.inner, None)
    }
    /// Querying Tags of All Private NAT Gateways in a Project: `GET /v3/{project_id}/private-nat-gateways/tags`, API version v3.
    ///
    /// This API is used to query tags of all private NAT gateways owned by a tenant in a project.
    ///
    /// TMS uses this API to list tags of all private NAT gateways owned by a tenant, and provides tag association when you tag or filter private NAT gateways.
    pub fn querying_tags_of_all_private_nat_gateways_in_a_project(
        &self,
    ) -> operations::QueryingTagsOfAllPrivateNatGatewaysInAProject {
        operations::QueryingTagsOfAllPrivateNatGatewaysInAProject::new(&self.inner, None)
    }
    /// Querying Private NAT Gateways: `GET /v3/{project_id}/private-nat/gateways`, API version v3.
    ///
    /// This API is used to query private NAT gateways.
    ///
    /// Constraints: You can type the question mark (?) and ampersand (\&) at the end of the URI to define multiple search criteria.
    ///
    /// All optional parameters can be filtered. For details, see the example request.
    pub fn querying_private_nat_gateways_2(
        &self,
    ) -> operations::QueryingPrivateNatGateways2 {
        operations::QueryingPrivateNatGateways2::new(&self.inner, None)
    }
    /// Creating a Private NAT Gateway: `POST /v3/{project_id}/private-nat/gateways`, API version v3.
    ///
    /// This API is used to create a private NAT gateway.
    pub fn creating_a_private_nat_gateway(
        &self,
    ) -> operations::CreatingAPrivateNatGateway {
        operations::CreatingAPrivateNatGateway::new(&self.inner, None)
    }
    /// Querying Details About a Specified Private NAT Gateway: `GET /v3/{project_id}/private-nat/gateways/{gateway_id}`, API version v3.
    ///
    /// This API is used to query details about a specified private NAT gateway.
    pub fn querying_details_about_a_specified_private_nat_gateway(
        &self,
    ) -> operations::QueryingDetailsAboutASpecifiedPrivateNatGateway {
        operations::QueryingDetailsAboutASpecifiedPrivateNatGateway::new(
            &self.inner,
            None,
        )
    }
    /// Updating a Private NAT Gateway: `PUT /v3/{project_id}/private-nat/gateways/{gateway_id}`, API version v3.
    ///
    /// This API is used to update a private NAT gateway.
    pub fn updating_a_private_nat_gateway(
        &self,
    ) -> operations::UpdatingAPrivateNatGateway {
        operations::UpdatingAPrivateNatGateway::new(&self.inner, None)
    }
    /// Deleting a Private NAT Gateway: `DELETE /v3/{project_id}/private-nat/gateways/{gateway_id}`, API version v3.
    ///
    /// This API is used to delete a private NAT gateway.
    pub fn deleting_a_private_nat_gateway(
        &self,
    ) -> operations::DeletingAPrivateNatGateway {
        operations::DeletingAPrivateNatGateway::new(&self.inner, None)
    }
    /// Querying SNAT Rules: `GET /v3/{project_id}/private-nat/snat-rules`, API version v3.
    ///
    /// This API is used to query SNAT rules.
    pub fn querying_snat_rules(&self) -> operations::QueryingSnatRules {
        operations::QueryingSnatRules::new(&self.inner, None)
    }
    /// Creating an SNAT Rule: `POST /v3/{project_id}/private-nat/snat-rules`, API version v3.
    ///
    /// This API is used to create an SNAT rule.
    ///
    /// Constraints: When you are creating an SNAT rule, status of the NAT gateway must be set to **ACTIVE**.
    pub fn creating_an_snat_rule(&self) -> operations::CreatingAnSnatRule {
        operations::CreatingAnSnatRule::new(&self.inner, None)
    }
    /// Querying Details About a Specified SNAT Rule: `GET /v3/{project_id}/private-nat/snat-rules/{snat_rule_id}`, API version v3.
    ///
    /// This API is used to query details about a specified SNAT rule.
    pub fn querying_details_about_a_specified_snat_rule(
        &self,
    ) -> operations::QueryingDetailsAboutASpecifiedSnatRule {
        operations::QueryingDetailsAboutASpecifiedSnatRule::new(&self.inner, None)
    }
    /// Updating an SNAT Rule: `PUT /v3/{project_id}/private-nat/snat-rules/{snat_rule_id}`, API version v3.
    ///
    /// This API is used to update a specified SNAT rule.
    pub fn updating_an_snat_rule(&self) -> operations::UpdatingAnSnatRule {
        operations::UpdatingAnSnatRule::new(&self.inner, None)
    }
    /// Deleting an SNAT Rule: `DELETE /v3/{project_id}/private-nat/snat-rules/{snat_rule_id}`, API version v3.
    ///
    /// This API is used to delete a specified SNAT rule.
    pub fn deleting_an_snat_rule(&self) -> operations::DeletingAnSnatRule {
        operations::DeletingAnSnatRule::new(&self.inner, None)
    }
    /// Querying Tags of a Transit IP Address: `GET /v3/{project_id}/transit-ips/{resource_id}/tags`, API version v3.
    ///
    /// This API is used to query tags of a specified transit IP address.
    ///
    /// TMS uses this API to query all tags of a specified transit IP address.
    pub fn querying_tags_of_a_transit_ip_address(
        &self,
    ) -> operations::QueryingTagsOfATransitIpAddress {
        operations::QueryingTagsOfATransitIpAddress::new(&self.inner, None)
    }
    /// Adding a Tag to a Transit IP Address: `POST /v3/{project_id}/transit-ips/{resource_id}/tags`, API version v3.
    ///
    /// This API is used to add a tag to a transit IP address.
    ///
    /// A transit IP address can have up to 20 tags.
    ///
    /// This API is idempotent.
    ///
    /// If a tag to be added has the same key as an existing tag, the tag will be added and overwrite the existing one.
    pub fn adding_a_tag_to_a_transit_ip_address(
        &self,
    ) -> operations::AddingATagToATransitIpAddress {
        operations::AddingATagToATransitIpAddress::new(&self.inner, None)
    }
    /// Batch Adding or Deleting Tags to or from a Transit IP Address: `POST /v3/{project_id}/transit-ips/{resource_id}/tags/action`, API version v3.
    ///
    /// This API is used to batch add or delete tags to or from a transit IP address.
    ///
    /// TMS needs to use this API to batch manage tags of a specified transit IP address.
    ///
    /// A transit IP address can have up to 20 tags.
    ///
    /// Constraints: This API is idempotent.
    ///
    /// If the request body contains duplicate keys, an error is reported.
    ///
    /// During tag creation, duplicate keys are not allowed. If a key already exists in the database, its value will be overwritten by the new duplicate key.
    ///
    /// During tag deletion, if some tags to be deleted do not exist, the operation is considered to be successful by default. The character set of the tags will not be verified.
    ///
    /// The tags structure cannot be missing during deletion. The key cannot be left blank or be an empty string.
    pub fn batch_adding_or_deleting_tags_to_or_from_a_transit_ip_address(
        &self,
    ) -> operations::BatchAddingOrDeletingTagsToOrFromATransitIpAddress {
        operations::BatchAddingOrDeletingTagsToOrFromATransitIpAddress::new(
            &self.inner,
            None,
        )
    }
    /// Deleting a Tag from a Transit IP Address: `DELETE /v3/{project_id}/transit-ips/{resource_id}/tags/{key}`, API version v3.
    ///
    /// This API is idempotent.
    ///
    /// When a tag is deleted, the tag character set is not verified. Before calling this API, perform the encodeURI operation. The server must perform decodeURI on the API URI. If the key of the tag to be deleted does not exist, 404 will be displayed. The key cannot be left blank or be an empty string.
    pub fn deleting_a_tag_from_a_transit_ip_address(
        &self,
    ) -> operations::DeletingATagFromATransitIpAddress {
        operations::DeletingATagFromATransitIpAddress::new(&self.inner, None)
    }
    /// Querying Tags of All Transit IP Addresses in a Specified Project: `GET /v3/{project_id}/transit-ips/tags`, API version v3.
    ///
    /// This API is used to query tags of all transit IP addresses owned by a tenant in a project.
    ///
    /// TMS uses this API to list tags of all transit IP addresses owned by a tenant. TMS also provides tag association when users tag or filter transit IP addresses.
    pub fn querying_tags_of_all_transit_ip_addresses_in_a_specified_project(
        &self,
    ) -> operations::QueryingTagsOfAllTransitIpAddressesInASpecifiedProject {
        operations::QueryingTagsOfAllTransitIpAddressesInASpecifiedProject::new(
            &self.inner,
            None,
        )
    }
    /// Querying Transit IP Addresses by Tag: `POST /v3/{project_id}/transit-ips/resource_instances/action`, API version v3.
    ///
    /// This API is used to query transit IP addresses by tag.
    ///
    /// TMS uses this API to filter and list transit IP addresses by tag.
    pub fn querying_transit_ip_addresses_by_tag(
        &self,
    ) -> operations::QueryingTransitIpAddressesByTag {
        operations::QueryingTransitIpAddressesByTag::new(&self.inner, None)
    }
    /// Querying Transit IP Addresses: `GET /v3/{project_id}/private-nat/transit-ips`, API version v3.
    ///
    /// This API is to query transit IP addresses.
    ///
    /// Constraints: You can type the question mark (?) and ampersand (\&) at the end of the URI to define multiple search criteria.
    ///
    /// All optional parameters can be filtered. For details, see the example request.
    pub fn querying_transit_ip_addresses(
        &self,
    ) -> operations::QueryingTransitIpAddresses {
        operations::QueryingTransitIpAddresses::new(&self.inner, None)
    }
    /// Assigning a Transit IP Address: `POST /v3/{project_id}/private-nat/transit-ips`, API version v3.
    ///
    /// This API is used to assign a transit IP address.
    pub fn assigning_a_transit_ip_address(
        &self,
    ) -> operations::AssigningATransitIpAddress {
        operations::AssigningATransitIpAddress::new(&self.inner, None)
    }
    /// Querying Details About a Specified Transit IP Address: `GET /v3/{project_id}/private-nat/transit-ips/{transit_ip_id}`, API version v3.
    ///
    /// This API is used to query details about a specified transit IP address.
    pub fn querying_details_about_a_specified_transit_ip_address(
        &self,
    ) -> operations::QueryingDetailsAboutASpecifiedTransitIpAddress {
        operations::QueryingDetailsAboutASpecifiedTransitIpAddress::new(
            &self.inner,
            None,
        )
    }
    /// Releasing a Transit IP Address: `DELETE /v3/{project_id}/private-nat/transit-ips/{transit_ip_id}`, API version v3.
    ///
    /// This API is used to release a transit IP address.
    pub fn releasing_a_transit_ip_address(
        &self,
    ) -> operations::ReleasingATransitIpAddress {
        operations::ReleasingATransitIpAddress::new(&self.inner, None)
    }
    /// Querying Details of a DNAT Rule: `GET /v2.0/dnat_rules/{dnat_rule_id}`, API version v2.0.
    ///
    /// This API is used to query details of a DNAT rule.
    pub fn querying_details_of_a_dnat_rule(
        &self,
    ) -> operations::QueryingDetailsOfADnatRule {
        operations::QueryingDetailsOfADnatRule::new(&self.inner, None)
    }
    /// Querying NAT Gateways: `GET /v2.0/nat_gateways`, API version v2.0.
    ///
    /// This API is used to query NAT gateways. Unless otherwise specified, exact match is applied.
    pub fn querying_nat_gateways(&self) -> operations::QueryingNatGateways {
        operations::QueryingNatGateways::new(&self.inner, None)
    }
    /// Creating a NAT Gateway: `POST /v2.0/nat_gateways`, API version v2.0.
    ///
    /// This API is used to create a NAT gateway.
    pub fn creating_a_nat_gateway(&self) -> operations::CreatingANatGateway {
        operations::CreatingANatGateway::new(&self.inner, None)
    }
    /// Querying Details of a NAT Gateway: `GET /v2.0/nat_gateways/{nat_gateway_id}`, API version v2.0.
    ///
    /// This API is used to query details of a NAT gateway.
    pub fn querying_details_of_a_nat_gateway(
        &self,
    ) -> operations::QueryingDetailsOfANatGateway {
        operations::QueryingDetailsOfANatGateway::new(&self.inner, None)
    }
    /// Updating a NAT Gateway: `PUT /v2.0/nat_gateways/{nat_gateway_id}`, API version v2.0.
    ///
    /// This API is used to update a NAT gateway.
    ///
    /// **admin\_state\_up = True \& status = "ACTIVE"** can be updated. The name, description, and type of a NAT gateway can be updated.
    pub fn updating_a_nat_gateway(&self) -> operations::UpdatingANatGateway {
        operations::UpdatingANatGateway::new(&self.inner, None)
    }
    /// Deleting a NAT Gateway: `DELETE /v2.0/nat_gateways/{nat_gateway_id}`, API version v2.0.
    ///
    /// This API is used to delete a NAT gateway.
    pub fn deleting_a_nat_gateway(&self) -> operations::DeletingANatGateway {
        operations::DeletingANatGateway::new(&self.inner, None)
    }
    /// Querying Details of an SNAT Rule: `GET /v2.0/snat_rules/{snat_rule_id}`, API version v2.0.
    ///
    /// This API is used to query details of an SNAT rule.
    pub fn querying_details_of_an_snat_rule(
        &self,
    ) -> operations::QueryingDetailsOfAnSnatRule {
        operations::QueryingDetailsOfAnSnatRule::new(&self.inner, None)
    }
    /// Querying NAT Gateway Tags: `GET /v2.0/{project_id}/nat_gateways/{nat_gateway_id}/tags`, API version v2.0.
    ///
    /// This API is used to query tags of a specified NAT gateway.
    ///
    /// TMS uses this API to query all tags of a specified NAT gateway.
    pub fn querying_nat_gateway_tags(&self) -> operations::QueryingNatGatewayTags {
        operations::QueryingNatGatewayTags::new(&self.inner, None)
    }
    /// Adding a NAT Gateway Tag: `POST /v2.0/{project_id}/nat_gateways/{nat_gateway_id}/tags`, API version v2.0.
    ///
    /// This API is used to add tags to a NAT gateway. You can add a maximum of 20 tags to a NAT gateway.
    ///
    /// This API is idempotent.
    ///
    /// If a to-be-created tag has the same key as an existing tag, the tag will be created and overwrite the existing one.
    ///
    /// Ensure that the NAT gateway which you add the tag to exists.
    pub fn adding_a_nat_gateway_tag(&self) -> operations::AddingANatGatewayTag {
        operations::AddingANatGatewayTag::new(&self.inner, None)
    }
    /// Adding or Deleting NAT Gateway Tags in Batches: `POST /v2.0/{project_id}/nat_gateways/{nat_gateway_id}/tags/action`, API version v2.0.
    ///
    /// This API is used to add or delete tags of a specific NAT gateway in batches.
    ///
    /// TMS uses this API to manage service resource tags.
    ///
    /// You can add a maximum of 20 tags to a NAT gateway.
    ///
    /// This API is idempotent.
    ///
    /// If there are duplicate keys in the request body when you add tags, an error is reported.
    ///
    /// If a to-be-created tag has the same key as an existing tag, the tag will be created and overwrite the existing one.
    ///
    /// When tags are being deleted and some tags do not exist, the operation is considered successful by default. The character set of the tags will not be checked. A key and a value can respectively contain up to 127 and 255 Unicode characters. When you delete tags, the tag structure cannot be missing, and the key cannot be left blank or be an empty string.
    pub fn adding_or_deleting_nat_gateway_tags_in_batches(
        &self,
    ) -> operations::AddingOrDeletingNatGatewayTagsInBatches {
        operations::AddingOrDeletingNatGatewayTagsInBatches::new(&self.inner, None)
    }
    /// Deleting a NAT Gateway Tag: `DELETE /v2.0/{project_id}/nat_gateways/{nat_gateway_id}/tags/{key}`, API version v2.0.
    ///
    /// This API is idempotent.
    ///
    /// When a tag is deleted, it is not verified. The tag key cannot be left blank or be an empty string. If the key of the tag to be deleted does not exist, 404 will be returned.
    pub fn deleting_a_nat_gateway_tag(&self) -> operations::DeletingANatGatewayTag {
        operations::DeletingANatGatewayTag::new(&self.inner, None)
    }
    /// Querying NAT Gateways by Tag: `POST /v2.0/{project_id}/nat_gateways/resource_instances/action`, API version v2.0.
    ///
    /// This API is used to filter NAT gateways by tag.
    ///
    /// TMS uses this API to filter and list NAT gateways by tag.
    ///
    /// By default, NAT gateways and tags are sorted in descending order of creation time.
    pub fn querying_nat_gateways_by_tag(&self) -> operations::QueryingNatGatewaysByTag {
        operations::QueryingNatGatewaysByTag::new(&self.inner, None)
    }
    /// Querying Tags in a Project: `GET /v2.0/{project_id}/nat_gateways/tags`, API version v2.0.
    ///
    /// This API is used to query all tags of a resource type in a specified region.
    ///
    /// TMS uses this API to list tags created by a tenant to facilitate tag creation and resource filtering on the console.
    pub fn querying_tags_in_a_project(&self) -> operations::QueryingTagsInAProject {
        operations::QueryingTagsInAProject::new(&self.inner, None)
    }
    /// Querying an API Version: `GET /{api_version}`, API version unversioned.
    ///
    /// This API is used to query an API version of NAT Gateway.
    pub fn querying_an_api_version(&self) -> operations::QueryingAnApiVersion {
        operations::QueryingAnApiVersion::new(&self.inner, None)
    }
}
