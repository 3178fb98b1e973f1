//! Models of NAT Gateway (shared by every API version unless a version module has its own).
/// Request body parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CreatePrivateDnatRequest {
    /// Specifies the request body for creating a DNAT rule.
    pub dnat_rule: Createprivatednatoption,
}
/// CreatePrivateDnatOption
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Createprivatednatoption {
    /// Provides supplementary information about the DNAT rule. The description can contain up to 255 characters and cannot contain angle brackets (\<\>).
    ///
    /// Length at most 255.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Specifies the ID of the transit IP address.
    pub transit_ip_id: String,
    /// Specifies the port ID of the resource that the NAT gateway is bound to. The resource can be a compute instance, load balancer (v2 or v3), or virtual IP address. Note: Either this parameter or **private\_ip\_address** must be specified. Otherwise, an error will be reported.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub network_interface_id: Option<String>,
    /// Specifies the private NAT gateway ID.
    pub gateway_id: String,
    /// Specifies the protocol type.
    /// TCP, UDP, and ANY are supported.
    /// The protocol number of TCP, UDP, and ANY are 6, 17, and 0, respectively.
    /// Enumeration values:
    ///
    /// - **tcp**
    /// - **udp**
    /// - **any**
    #[serde(skip_serializing_if = "Option::is_none")]
    pub protocol: Option<String>,
    /// Specifies the port IP address that the NAT gateway uses. The resource can be a compute instance, load balancer (v2 or v3), or virtual IP address. Note: Either this parameter or **network\_interface\_id** must be specified. Otherwise, an error will be reported.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub private_ip_address: Option<String>,
    /// Specifies the port number of the resource, which can be a compute instance, load balancer (v2 or v3), or virtual IP address.
    /// **Value range:**
    /// 0-65535
    /// **Default value:**
    /// 0
    #[serde(skip_serializing_if = "Option::is_none")]
    pub internal_service_port: Option<String>,
    /// Specifies the port number of the transit IP address.
    /// **Value range:**
    /// 0-65535
    /// **Default value:**
    /// 0
    #[serde(skip_serializing_if = "Option::is_none")]
    pub transit_service_port: Option<String>,
}
crate::support::setters!(
    @ model Createprivatednatoption new(transit_ip_id : String, gateway_id : String) {
    description : String, network_interface_id : String, protocol : String,
    private_ip_address : String, internal_service_port : String, transit_service_port :
    String }
);
/// Response body parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CreatePrivateDnatResponse201 {
    /// Specifies the response body of the DNAT rule.
    pub dnat_rule: Option<Privatednat>,
    /// Specifies the request ID.
    pub request_id: Option<String>,
}
crate::support::open_enum!(
    #[doc = " Specifies the DNAT rule status of a private NAT gateway."] #[doc =
    " The value can be:"] #[doc = ""] #[doc =
    " - **ACTIVE**: The DNAT rule is running properly."] #[doc =
    " - **FROZEN**: The DNAT rule is frozen. Enumeration values:"] #[doc =
    " - **ACTIVE**"] #[doc = " - **FROZEN**"] PrivatednatStatus { Active = "ACTIVE",
    Frozen = "FROZEN" }
);
/// PrivateDnat
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Privatednat {
    /// Specifies the DNAT rule ID.
    pub id: Option<String>,
    /// Specifies the project ID.
    pub project_id: Option<String>,
    /// Provides supplementary information about the DNAT rule. The description can contain up to 255 characters and cannot contain angle brackets (\<\>).
    ///
    /// Length at most 255.
    pub description: Option<String>,
    /// Specifies the ID of the transit IP address.
    pub transit_ip_id: Option<String>,
    /// Specifies the private NAT gateway ID.
    pub gateway_id: Option<String>,
    /// Specifies the network interface ID. Network interfaces of a compute instance, load balancer (v2 or v3), or virtual IP address are supported.
    pub network_interface_id: Option<String>,
    /// Specifies the backend resource type of the DNAT rule.
    /// The type can be:
    ///
    /// - **COMPUTE**: The backend resource is a compute instance.
    /// - **VIP**: The backend resource is a virtual IP address.
    /// - **ELB**: The backend resource is a v2 load balancer.
    /// - **ELBv3**: The backend resource is a v3 load balancer.
    /// - **CUSTOMIZE**: The backend resource is a user-defined IP address.
    ///
    /// Wire name: `type`.
    #[serde(rename = "type")]
    pub type_: Option<String>,
    /// Specifies the protocol type.
    /// TCP, UDP, and ANY are supported.
    /// The protocol number of TCP, UDP, and ANY are 6, 17, and 0, respectively.
    /// Enumeration values:
    ///
    /// - **tcp**
    /// - **udp**
    /// - **any**
    pub protocol: Option<String>,
    /// Specifies the port IP address that the NAT gateway uses. The resource can be a compute instance, load balancer (v2 or v3), or virtual IP address.
    pub private_ip_address: Option<String>,
    /// Specifies the port number of the resource, which can be a compute instance, load balancer (v2 or v3), or virtual IP address.
    /// **Value range:**
    /// 0-65535
    /// **Default value:**
    /// 0
    pub internal_service_port: Option<String>,
    /// Specifies the port number of the transit IP address.
    /// **Value range:**
    /// 0-65535
    /// **Default value:**
    /// 0
    pub transit_service_port: Option<String>,
    /// Specifies the ID of the enterprise project that is associated with the DNAT rule when the DNAT rule is created.
    pub enterprise_project_id: Option<String>,
    /// Specifies the time when the DNAT rule was created. It is a UTC time in *yyyy-mm-ddThh:mm:ssZ* format.
    pub created_at: Option<String>,
    /// Specifies the time when the DNAT rule was updated. It is a UTC time in *yyyy-mm-ddThh:mm:ssZ* format.
    pub updated_at: Option<String>,
    /// Specifies the DNAT rule status of a private NAT gateway.
    /// The value can be:
    ///
    /// - **ACTIVE**: The DNAT rule is running properly.
    /// - **FROZEN**: The DNAT rule is frozen. Enumeration values:
    /// - **ACTIVE**
    /// - **FROZEN**
    pub status: Option<PrivatednatStatus>,
}
/// Response body parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListPrivateDnatsResponse {
    /// Specifies the response body for querying DNAT rules.
    pub dnat_rules: Option<Vec<Privatednat>>,
    /// Specifies the request ID.
    pub request_id: Option<String>,
    /// Specifies the pagination information.
    pub page_info: Option<Pageinfo>,
}
/// PageInfo
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Pageinfo {
    /// Specifies the ID of the last record in this query, which can be used in the next query.
    pub next_marker: Option<String>,
    /// Specifies the ID of the first record in the pagination query result. When **page\_reverse** is set to **true**, this parameter is used together to query resources on the previous page.
    pub previous_marker: Option<String>,
    /// Specifies the ID of the last record in the pagination query result. It is usually used to query resources on the next page.
    /// **Value range:**
    /// 1-2000
    pub current_count: Option<i64>,
}
/// Request body parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct UpdatePrivateDnatRequest {
    /// Specifies the request body for updating a DNAT rule.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dnat_rule: Option<Updateprivatednatoption>,
}
/// UpdatePrivateDnatOption
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Updateprivatednatoption {
    /// Provides supplementary information about the DNAT rule. The description can contain up to 255 characters and cannot contain angle brackets (\<\>).
    ///
    /// Length at most 255.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Specifies the ID of the transit IP address.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub transit_ip_id: Option<String>,
    /// Specifies the port ID of the resource that the NAT gateway is bound to. The resource can be a compute instance, load balancer (v2 or v3), or virtual IP address. Note: Either this parameter or **private\_ip\_address** must be specified. Otherwise, an error will be reported.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub network_interface_id: Option<String>,
    /// Specifies the port IP address that the NAT gateway uses. The resource can be a compute instance, load balancer (v2 or v3), or virtual IP address. Note: Either this parameter or **network\_interface\_id** must be specified. Otherwise, an error will be reported.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub private_ip_address: Option<String>,
    /// Specifies the protocol type.
    /// TCP, UDP, and ANY are supported.
    /// The protocol number of TCP, UDP, and ANY are 6, 17, and 0, respectively.
    /// Enumeration values:
    ///
    /// - **tcp**
    /// - **udp**
    /// - **any**
    #[serde(skip_serializing_if = "Option::is_none")]
    pub protocol: Option<String>,
    /// Specifies the port number of the resource, which can be a compute instance, load balancer (v2 or v3), or virtual IP address.
    /// **Value range:**
    /// 0-65535
    /// **Default value:**
    /// 0
    #[serde(skip_serializing_if = "Option::is_none")]
    pub internal_service_port: Option<String>,
    /// Specifies the port number of the transit IP address.
    /// **Value range:**
    /// 0-65535
    /// **Default value:**
    /// 0
    #[serde(skip_serializing_if = "Option::is_none")]
    pub transit_service_port: Option<String>,
}
crate::support::setters!(
    @ model Updateprivatednatoption { description : String, transit_ip_id : String,
    network_interface_id : String, private_ip_address : String, protocol : String,
    internal_service_port : String, transit_service_port : String }
);
/// Request body parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CreatePrivateNatTagRequest {
    /// Specifies the tag.
    pub tag: Tag,
}
/// Tag
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Tag {
    /// Specifies the tag key. A key can contain up to 128 Unicode characters. **key** cannot be left blank.
    pub key: String,
    /// Specifies the tag value. Each value can contain up to 255 Unicode characters.
    pub value: String,
}
crate::support::setters!(@ model Tag new(key : String, value : String) {});
/// Request body parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct BatchCreateDeletePrivateNatTagsRequest {
    /// Specifies the operation.
    /// The value can be one of the following:
    ///
    /// - **create**
    /// - **delete** Enumeration values:
    /// - **create**
    /// - **delete**
    pub action: String,
    /// Specifies the tag list.
    pub tags: Vec<Tag>,
}
crate::support::open_enum!(
    #[doc =
    " Specifies the operation to be performed. The value can be **filter** or **count**."]
    #[doc =
    " The value **filter** indicates pagination query. The value **count** indicates that the total number of query results meeting the search criteria will be returned."]
    #[doc = " Enumeration values:"] #[doc = ""] #[doc = " - **filter**"] #[doc =
    " - **count**"] ListPrivateNatsByTagsRequestAction { Filter = "filter", Count =
    "count" }
);
/// Request body parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListPrivateNatsByTagsRequest {
    /// Specifies the index position. The query starts from the next data record indexed by this parameter. When querying resources on the first page, you do not need to specify this parameter. When querying resources on subsequent pages, set this parameter to the value returned in the response body for querying resources on the previous page. This parameter is not available when **action** is set to **count**. If **action** is set to **filter**, the value must be a positive number, and the default value is **0**.
    ///
    /// Default: `0`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub offset: Option<String>,
    /// Specifies the number of records to be queried. This parameter is not available when **action** is set to **count**. If **action** is set to **filter**, the default value is **1000**, which is also the maximum value. The minimum value is **1**. The value cannot be a negative number.
    ///
    /// Default: `1000`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<String>,
    /// Specifies the operation to be performed. The value can be **filter** or **count**.
    /// The value **filter** indicates pagination query. The value **count** indicates that the total number of query results meeting the search criteria will be returned.
    /// Enumeration values:
    ///
    /// - **filter**
    /// - **count**
    pub action: ListPrivateNatsByTagsRequestAction,
    /// Specifies the search field. The tag key is the field to be matched, for example, **resource\_name**. The tag value indicates the value to be matched. This field is a fixed dictionary value. You can determine whether fuzzy match is required based on different fields. For example, if **key** is set to **resource\_name**, fuzzy search (case insensitive) is used by default. If **value** is an empty string, exact match is used. If **key** is set to **resource\_id**, exact match is used. Currently, only **resource\_name** is supported.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub matches: Option<Vec<Match>>,
    /// The resources to be queried do not contain tags listed in **not\_tags**. Each resource to be queried contains a maximum of 20 keys. Each tag key can have a maximum of 20 tag values. The structure body cannot be missing, and the key cannot be left blank or set to an empty string. Each tag key must be unique, and each tag value in a tag must be unique.Resources that do not contain the tags listed in **not\_tags** will be returned.Keys are in AND relationship, and values in a tag are in OR relationship.If this parameter is not specified, all resources will be returned.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub not_tags: Option<Vec<Tags>>,
    /// The resources to be queried contain tags listed in **tags**. Each resource to be queried contains a maximum of 20 keys. Each tag key can have a maximum of 20 tag values. The structure body cannot be missing, and the key cannot be left blank or set to an empty string. Each tag key must be unique, and each tag value in a tag must be unique.Resources that contain the tags listed in \**tags* will be returned.Keys are in AND relationship, and values in a tag are in OR relationship.If this parameter is not specified, all resources will be returned.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tags>>,
    /// The resources to be queried contain any tag listed in **tags\_any**. Each resource to be queried contains a maximum of 20 keys. Each tag key can have a maximum of 20 tag values. The structure body cannot be missing, and the key cannot be left blank or set to an empty string. Each tag key must be unique, and each tag value in a tag must be unique.Resources that contain any tag listed in \**tags\_any* will be returned.Keys are in AND relationship, and values in a tag are in OR relationship.If this parameter is not specified, all resources will be returned.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tags_any: Option<Vec<Tags>>,
    /// The resources to be queried do not contain any tag listed in **not\_tags\_any**. Each resource to be queried contains a maximum of 20 keys. Each tag key can have a maximum of 20 tag values. The structure body cannot be missing, and the key cannot be left blank or set to an empty string. Each tag key must be unique, and each tag value in a tag must be unique.Resources that do not contain any tag listed in **not\_tags\_any** will be returned.Keys are in AND relationship, and values in a tag are in OR relationship.If this parameter is not specified, all resources will be returned.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub not_tags_any: Option<Vec<Tags>>,
}
/// Match
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Match {
    /// Specifies the tag key used to search for resources.
    pub key: String,
    /// Specifies the tag value used to search for resources.
    pub value: String,
}
crate::support::setters!(@ model Match new(key : String, value : String) {});
/// Tags
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Tags {
    /// Specifies the tag key. A key can contain up to 128 Unicode characters. (The system does not verify **key** when searching for resources.) **key** cannot be left blank or be an empty string. **key** cannot contain spaces. Before using the value of **key**, delete spaces before and after the value.
    pub key: String,
    /// Specifies the tag value list. Each value can contain a maximum of 255 Unicode characters. Before verifying and using **values**, delete SBC spaces before and after the value.
    /// The value can be an empty array but cannot be left blank. If **values** is not specified, any parameter value can be queried.
    /// The values are in the OR relationship. The system verifies the length, but not verifies the character set of **values** when searching for resources.
    pub values: Vec<String>,
}
crate::support::setters!(@ model Tags new(key : String, values : Vec < String >) {});
/// Response body parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListPrivateNatsByTagsResponse {
    /// Specifies the resource list.
    pub resources: Option<Vec<Resource>>,
    /// Specifies the request ID.
    pub request_id: Option<String>,
    /// Specifies the total number of records.
    /// **Value range:**
    /// 0-1000000
    pub total_count: Option<i64>,
}
/// Resource
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Resource {
    /// Specifies the resource details. This parameter is used for extension and is left blank by default.
    pub resource_detail: Option<serde_json::Value>,
    /// Specifies the resource ID.
    pub resource_id: Option<String>,
    /// Specifies the resource name. This parameter is an empty string by default if there is no resource name.
    pub resource_name: Option<String>,
    /// Specifies the list of queried tags. If no tag is matched, an empty array is returned.
    pub resource_tag: Option<Vec<Resourcetag>>,
}
/// ResourceTag
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Resourcetag {
    /// Specifies the tag key.
    pub key: Option<String>,
    /// Specifies the tag value.
    pub value: Option<String>,
}
/// Response body parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ShowPrivateNatTagsResponse {
    /// Specifies the request ID.
    pub request_id: Option<String>,
    /// Specifies the tags.
    pub tags: Option<Vec<ShowPrivateNatTags>>,
}
/// Tag
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ShowPrivateNatTags {
    /// Specifies the tag key. A key can contain up to 128 Unicode characters. **key** cannot be left blank.
    pub key: Option<String>,
    /// Specifies the tag value. Each value can contain up to 255 Unicode characters.
    pub value: Option<String>,
}
/// Response body parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListPrivateNatTagsResponse {
    /// Specifies the request ID.
    pub request_id: Option<String>,
    /// Specifies the tags.
    pub tags: Option<Vec<ListPrivateNatTags>>,
}
/// Tags
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListPrivateNatTags {
    /// Specifies the tag key. A key can contain up to 128 Unicode characters. (The system does not verify **key** when searching for resources.) **key** cannot be left blank or be an empty string. **key** cannot contain spaces. Before using the value of **key**, delete spaces before and after the value.
    pub key: Option<String>,
    /// Specifies the tag value list. Each value can contain a maximum of 255 Unicode characters. Before verifying and using **values**, delete SBC spaces before and after the value.
    /// The value can be an empty array but cannot be left blank. If **values** is not specified, any parameter value can be queried.
    /// The values are in the OR relationship. The system verifies the length, but not verifies the character set of **values** when searching for resources.
    pub values: Option<Vec<String>>,
}
/// Request body parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CreatePrivateNatRequest {
    /// Specifies the request body for creating the private NAT gateway.
    pub gateway: Createprivatenatoption,
}
crate::support::open_enum!(
    #[doc = " Specifies the private NAT gateway specifications."] #[doc =
    " The value can be:"] #[doc = ""] #[doc = " - **Small**"] #[doc = " - **Medium**"]
    #[doc = " - **Large**"] #[doc =
    " - **Extra-large** **Default value:** Small Enumeration values:"] #[doc =
    " - **Small**"] #[doc = " - **Medium**"] #[doc = " - **Large**"] #[doc =
    " - **Extra-large**"] CreateprivatenatoptionSpec { Small = "Small", Medium =
    "Medium", Large = "Large", ExtraLarge = "Extra-large", DefaultValue =
    "Default value:" }
);
/// CreatePrivateNatOption
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Createprivatenatoption {
    /// Specifies the private NAT gateway name.
    /// Only digits, letters, underscores (\_), and hyphens (-) are allowed.
    pub name: String,
    /// Provides supplementary information about the private NAT gateway. The description can contain up to 255 characters and cannot contain angle brackets (\<\>).
    ///
    /// Length at most 255.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Specifies the private NAT gateway specifications.
    /// The value can be:
    ///
    /// - **Small**
    /// - **Medium**
    /// - **Large**
    /// - **Extra-large** **Default value:** Small Enumeration values:
    /// - **Small**
    /// - **Medium**
    /// - **Large**
    /// - **Extra-large**
    #[serde(skip_serializing_if = "Option::is_none")]
    pub spec: Option<CreateprivatenatoptionSpec>,
    /// Specifies the VPC where the private NAT gateway works.
    pub downlink_vpcs: Vec<Downlinkvpcoption>,
    /// Specifies the tag list.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
    /// Specifies the ID of the enterprise project that is associated with the private NAT gateway when the private NAT gateway is created.
    /// For more information about enterprise projects and how to obtain enterprise project IDs, see *Enterprise Management User Guide*.
    /// **Default value:**
    /// 0
    #[serde(skip_serializing_if = "Option::is_none")]
    pub enterprise_project_id: Option<String>,
}
crate::support::setters!(
    @ model Createprivatenatoption new(name : String, downlink_vpcs : Vec <
    Downlinkvpcoption >) { description : String, spec : CreateprivatenatoptionSpec, tags
    : Vec < Tag >, enterprise_project_id : String }
);
/// DownlinkVpcOption
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Downlinkvpcoption {
    /// Specifies the ID of the subnet where the private NAT gateway works.
    pub virsubnet_id: String,
    /// Specifies the private IP address of the private NAT gateway.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ngport_ip_address: Option<String>,
}
crate::support::setters!(
    @ model Downlinkvpcoption new(virsubnet_id : String) { ngport_ip_address : String }
);
/// Response body parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CreatePrivateNatResponse201 {
    /// Specifies the response body for the private NAT gateway.
    pub gateway: Option<Privatenat>,
    /// Specifies the request ID.
    pub request_id: Option<String>,
}
/// PrivateNat
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Privatenat {
    /// Specifies the private NAT gateway ID.
    pub id: Option<String>,
    /// Specifies the project ID.
    pub project_id: Option<String>,
    /// Specifies the private NAT gateway name.
    pub name: Option<String>,
    /// Provides supplementary information about the private NAT gateway. The description can contain up to 255 characters and cannot contain angle brackets (\<\>).
    ///
    /// Length at most 255.
    pub description: Option<String>,
    /// Specifies the private NAT gateway specifications.
    /// The value can be:
    ///
    /// - **Small**
    /// - **Medium**
    /// - **Large**
    /// - **Extra-large** **Default value:** Small Enumeration values:
    /// - **Small**
    /// - **Medium**
    /// - **Large**
    /// - **Extra-large**
    pub spec: Option<CreateprivatenatoptionSpec>,
    /// Specifies the private NAT gateway status.
    /// The value can be:
    ///
    /// - **ACTIVE**: The private NAT gateway is running properly.
    /// - **FROZEN**: The private NAT gateway is frozen. Enumeration values:
    /// - **ACTIVE**
    /// - **FROZEN**
    pub status: Option<PrivatednatStatus>,
    /// Specifies the time when the private NAT gateway was created. It is a UTC time in *yyyy-mm-ddThh:mm:ssZ* format.
    pub created_at: Option<String>,
    /// Specifies the time when the private NAT gateway was updated. It is a UTC time in *yyyy-mm-ddThh:mm:ssZ* format.
    pub updated_at: Option<String>,
    /// Specifies the VPC where the private NAT gateway works.
    pub downlink_vpcs: Option<Vec<Downlinkvpc>>,
    /// Specifies the list of tags.
    pub tags: Option<Vec<ShowPrivateNatTags>>,
    /// Specifies the ID of the enterprise project that is associated with the private NAT gateway when the private NAT gateway is created.
    pub enterprise_project_id: Option<String>,
    /// Specifies the maximum number of rules.
    /// **Value range:**
    /// 0-65535
    pub rule_max: Option<i64>,
    /// Specifies the maximum number of transit IP addresses in a transit IP address pool.
    /// **Value range:**
    /// 1-100
    pub transit_ip_pool_size_max: Option<i64>,
}
/// DownlinkVpc
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Downlinkvpc {
    /// Specifies the ID of the VPC where the private NAT gateway works.
    pub vpc_id: Option<String>,
    /// Specifies the ID of the subnet where the private NAT gateway works.
    pub virsubnet_id: Option<String>,
    /// Specifies the private IP address of the private NAT gateway.
    pub ngport_ip_address: Option<String>,
}
/// Response body parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListPrivateNatsResponse {
    /// Specifies the response body for querying private NAT gateways.
    /// For details, see the **PrivateNat** description.
    pub gateways: Option<Vec<Privatenat>>,
    /// Specifies the request ID.
    pub request_id: Option<String>,
    /// Specifies the pagination information.
    pub page_info: Option<Pageinfo>,
}
/// Request body parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct UpdatePrivateNatRequest {
    /// Specifies the request body for updating the private NAT gateway.
    pub gateway: Updateprivatenatoption,
}
crate::support::open_enum!(
    #[doc = " Specifies the private NAT gateway specifications."] #[doc =
    " The value can be:"] #[doc = ""] #[doc = " - **Small**"] #[doc = " - **Medium**"]
    #[doc = " - **Large**"] #[doc = " - **Extra-large** Enumeration values:"] #[doc =
    " - **Small**"] #[doc = " - **Medium**"] #[doc = " - **Large**"] #[doc =
    " - **Extra-large**"] UpdateprivatenatoptionSpec { Small = "Small", Medium =
    "Medium", Large = "Large", ExtraLarge = "Extra-large" }
);
/// UpdatePrivateNatOption
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Updateprivatenatoption {
    /// Specifies the private NAT gateway name.
    /// Only digits, letters, underscores (\_), and hyphens (-) are allowed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Provides supplementary information about the private NAT gateway. The description can contain up to 255 characters and cannot contain angle brackets (\<\>).
    ///
    /// Length at most 255.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Specifies the private NAT gateway specifications.
    /// The value can be:
    ///
    /// - **Small**
    /// - **Medium**
    /// - **Large**
    /// - **Extra-large** Enumeration values:
    /// - **Small**
    /// - **Medium**
    /// - **Large**
    /// - **Extra-large**
    #[serde(skip_serializing_if = "Option::is_none")]
    pub spec: Option<UpdateprivatenatoptionSpec>,
}
crate::support::setters!(
    @ model Updateprivatenatoption { name : String, description : String, spec :
    UpdateprivatenatoptionSpec }
);
/// Request body parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CreatePrivateSnatRequest {
    /// Specifies the request body for creating an SNAT rule.
    pub snat_rule: Createprivatesnatoption,
}
/// CreatePrivateSnatOption
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Createprivatesnatoption {
    /// Specifies the private NAT gateway ID.
    pub gateway_id: String,
    /// Specifies the CIDR block that matches the SNAT rule.
    /// Constraint: Either this parameter or **virsubnet\_id** must be specified.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cidr: Option<String>,
    /// Specifies the ID of the subnet that matches the SNAT rule.
    /// Constraint: Either this parameter or **cidr** must be specified.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub virsubnet_id: Option<String>,
    /// Provides supplementary information about the SNAT rule. The description can contain up to 255 characters and cannot contain angle brackets (\<\>).
    ///
    /// Length at most 255.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Specifies the IDs of the transit IP addresses.
    /// Constraints: A maximum number of 20 IDs is allowed.
    pub transit_ip_ids: Vec<String>,
}
crate::support::setters!(
    @ model Createprivatesnatoption new(gateway_id : String, transit_ip_ids : Vec <
    String >) { cidr : String, virsubnet_id : String, description : String }
);
/// Response body parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CreatePrivateSnatResponse201 {
    /// Specifies the response body of the SNAT rule.
    pub snat_rule: Option<Privatesnat>,
    /// Specifies the request ID.
    pub request_id: Option<String>,
}
/// PrivateSnat
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Privatesnat {
    /// Specifies the SNAT rule ID.
    pub id: Option<String>,
    /// Specifies the project ID.
    pub project_id: Option<String>,
    /// Specifies the private NAT gateway ID.
    pub gateway_id: Option<String>,
    /// Specifies the CIDR block that matches the SNAT rule.
    /// Constraints:
    ///
    /// - Either this parameter or **virsubnet\_id** must be specified.
    /// - The CIDR block cannot be the same as that of an existing SNAT rule.
    pub cidr: Option<String>,
    /// Specifies the ID of the subnet that matches the SNAT rule.
    /// Constraint: Either this parameter or **cidr** must be specified.
    pub virsubnet_id: Option<String>,
    /// Provides supplementary information about the SNAT rule. The description can contain up to 255 characters and cannot contain angle brackets (\<\>).
    ///
    /// Length at most 255.
    pub description: Option<String>,
    /// Specifies the list of details of associated transit IP addresses.
    pub transit_ip_associations: Option<Vec<Associatedtransitip>>,
    /// Specifies the time when the SNAT rule was created. It is a UTC time in *yyyy-mm-ddThh:mm:ssZ* format.
    pub created_at: Option<String>,
    /// Specifies the time when the SNAT rule was updated. It is a UTC time in *yyyy-mm-ddThh:mm:ssZ* format.
    pub updated_at: Option<String>,
    /// Specifies the enterprise project ID.
    pub enterprise_project_id: Option<String>,
    /// Specifies the SNAT rule status of a private NAT gateway.
    /// The value can be:
    ///
    /// - **ACTIVE**: The SNAT rule is running properly.
    /// - **FROZEN**: The SNAT rule is frozen. Enumeration values:
    /// - **ACTIVE**
    /// - **FROZEN**
    pub status: Option<PrivatednatStatus>,
}
/// AssociatedTransitIp
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Associatedtransitip {
    /// Specifies the ID of the transit IP address.
    pub transit_ip_id: Option<String>,
    /// Specifies the transit IP address.
    pub transit_ip_address: Option<String>,
}
/// Response body parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListPrivateSnatsResponse {
    /// Specifies the response body for querying SNAT rules.
    pub snat_rules: Option<Vec<Privatesnat>>,
    /// Specifies the pagination information.
    pub page_info: Option<Pageinfo>,
    /// Specifies the request ID.
    pub request_id: Option<String>,
}
/// Request body parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct UpdatePrivateSnatRequest {
    /// Specifies the request body for updating an SNAT rule.
    pub snat_rule: Updateprivatesnatoption,
}
/// UpdatePrivateSnatOption
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Updateprivatesnatoption {
    /// Specifies the ID list of transit IP addresses.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub transit_ip_ids: Option<Vec<String>>,
    /// Provides supplementary information about the SNAT rule. The description can contain up to 255 characters and cannot contain angle brackets (\<\>).
    ///
    /// Length at most 255.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}
crate::support::setters!(
    @ model Updateprivatesnatoption { transit_ip_ids : Vec < String >, description :
    String }
);
/// Response body parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct UpdatePrivateSnatResponse {
    /// Specifies the request ID.
    pub request_id: Option<String>,
    /// Specifies the response body of the SNAT rule.
    pub snat_rule: Option<Privatesnat>,
}
/// Request body parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CreateTransitIpRequest {
    /// Specifies the request body for assigning a transit IP address.
    pub transit_ip: Creattransitipoption,
}
/// CreatTransitIpOption
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Creattransitipoption {
    /// Specifies the subnet ID of the current project.
    pub virsubnet_id: String,
    /// Specifies the transit IP address.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ip_address: Option<String>,
    /// Specifies the ID of the enterprise project that is associated with the transit IP address when the transit IP address is being assigned.
    /// **Default value:**
    /// 0
    #[serde(skip_serializing_if = "Option::is_none")]
    pub enterprise_project_id: Option<String>,
    /// Specifies the tag of the transit IP address.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
}
crate::support::setters!(
    @ model Creattransitipoption new(virsubnet_id : String) { ip_address : String,
    enterprise_project_id : String, tags : Vec < Tag > }
);
/// Response body parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CreateTransitIpResponse201 {
    /// Specifies the response body of the transit IP address.
    pub transit_ip: Option<Transitip>,
    /// Specifies the request ID.
    pub request_id: Option<String>,
}
/// TransitIp
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Transitip {
    /// Specifies the ID of the transit IP address.
    pub id: Option<String>,
    /// Specifies the project ID.
    pub project_id: Option<String>,
    /// Specifies the network interface ID of the transit IP address.
    pub network_interface_id: Option<String>,
    /// Specifies the transit IP address.
    pub ip_address: Option<String>,
    /// Specifies the time when the transit IP address was assigned. It is a UTC time in *yyyy-mm-ddThh:mm:ssZ* format.
    pub created_at: Option<String>,
    /// Specifies the time when the transit IP address was updated. It is a UTC time in *yyyy-mm-ddThh:mm:ssZ* format.
    pub updated_at: Option<String>,
    /// Specifies the subnet ID of the current tenant.
    /// Constraint: Either this parameter or **transit\_subnet\_id** must be specified. The default value is an empty string.
    pub virsubnet_id: Option<String>,
    /// Specifies the list of tags.
    pub tags: Option<Vec<ShowPrivateNatTags>>,
    /// Specifies the ID of the private NAT gateway associated with the transit IP address.
    pub gateway_id: Option<String>,
    /// Specifies the ID of the enterprise project that is associated with the transit IP address when the transit IP address is being assigned.
    pub enterprise_project_id: Option<String>,
    /// Specifies the transit IP address status.
    /// The value can be:
    ///
    /// - **ACTIVE**: The transit IP address is running properly.
    /// - **FROZEN**: The transit IP address is frozen. Enumeration values:
    /// - **ACTIVE**
    /// - **FROZEN**
    pub status: Option<PrivatednatStatus>,
}
/// Response body parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListTransitIpsResponse {
    /// Specifies the response body for querying transit IP addresses.
    pub transit_ips: Option<Vec<Transitip>>,
    /// Specifies the pagination information.
    pub page_info: Option<Pageinfo>,
    /// Specifies the request ID.
    pub request_id: Option<String>,
}
/// Request parameter
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CreateDnatRuleRequest {
    /// Specifies the DNAT rule object. For details, see Table 2.
    pub dnat_rule: DnatRuleDescriptionOfTheDnatRuleField,
}
/// Description of the dnat\_rule field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct DnatRuleDescriptionOfTheDnatRuleField {
    /// Specifies the NAT gateway ID.
    pub nat_gateway_id: String,
    /// Specifies the port ID of the cloud server (ECS or BMS). Specify either this parameter or **private\_ip**.
    /// When the DNAT rule is used in the VPC scenario, use this parameter.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub port_id: Option<String>,
    /// Specifies the private IP address of a user, for example, the IP address of a VPC for Direct Connect connection. Specify either this parameter or **port\_id**.
    /// When the DNAT rule is used in the Direct Connect scenario, use this parameter.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub private_ip: Option<String>,
    /// Specifies the port number used by the cloud server (ECS or BMS) to provide services for external systems. In VPC DNAT scenarios, this parameter indicates the protocol port number of the NIC of the cloud server (ECS or BMS) in the DNAT rule. In Direct Connect DNAT scenarios, this parameter indicates the protocol port number of your private IP address in the DNAT rule.
    /// The value ranges from **0** to **65535**.
    pub internal_service_port: i64,
    /// Specifies the EIP ID.
    pub floating_ip_id: String,
    /// Specifies the port for providing services for external systems.
    /// The value ranges from **0** to **65535**.
    pub external_service_port: i64,
    /// Specifies the protocol. TCP, UDP, and ANY are supported.
    /// The protocol number of TCP, UDP, and ANY are 6, 17, and 0, respectively.
    pub protocol: String,
    /// Provides supplementary information about the DNAT rule.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}
crate::support::setters!(
    @ model DnatRuleDescriptionOfTheDnatRuleField new(nat_gateway_id : String,
    internal_service_port : i64, floating_ip_id : String, external_service_port : i64,
    protocol : String) { port_id : String, private_ip : String, description : String }
);
/// Response parameter
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CreateDnatRuleResponse {
    /// Specifies the DNAT rule object. For details, see Table 4.
    pub dnat_rule: Option<DnatRuleDescriptionOfTheDnatRuleFieldResponse>,
}
/// Description of the dnat\_rule field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct DnatRuleDescriptionOfTheDnatRuleFieldResponse {
    /// Specifies the DNAT rule ID.
    pub id: Option<String>,
    /// Specifies the project ID.
    pub tenant_id: Option<String>,
    /// Specifies the NAT gateway ID.
    pub nat_gateway_id: Option<String>,
    /// Specifies the port ID of the cloud server (ECS or BMS). This parameter is used in the VPC scenario, where this parameter or **private\_ip** must be specified.
    pub port_id: Option<String>,
    /// Specifies the IP address of an on-premises network connected by a Direct Connect connection.
    /// This parameter is used in the Direct Connect scenario. Specify either this parameter or **port\_id**.
    pub private_ip: Option<String>,
    /// Specifies the port number used by the cloud server (ECS or BMS) to provide services for external systems.
    pub internal_service_port: Option<i64>,
    /// Specifies the EIP ID.
    pub floating_ip_id: Option<String>,
    /// Specifies the EIP address.
    pub floating_ip_address: Option<String>,
    /// Specifies the port for providing services for external systems.
    pub external_service_port: Option<i64>,
    /// Specifies the protocol. TCP, UDP, and ANY are supported.
    /// The protocol number of TCP, UDP, and ANY are 6, 17, and 0, respectively.
    pub protocol: Option<String>,
    /// Provides supplementary information about the DNAT rule.
    pub description: Option<String>,
    /// - Specifies the status of the DNAT rule.
    /// - For details about all its values, see Table 1.
    pub status: Option<String>,
    /// - Specifies whether the DNAT rule is enabled or disabled.
    /// - The value can be:
    /// - **true**: The DNAT rule is enabled.
    /// - **false**: The DNAT rule is disabled.
    pub admin_state_up: Option<bool>,
    /// Specifies when the DNAT rule was created (UTC time). Its value rounds to 6 decimal places for seconds. The format is yyyy-mm-dd hh:mm:ss.
    pub created_at: Option<String>,
}
/// Response parameter
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ShowDnatRuleResponse {
    /// Specifies the DNAT rule object. For details, see Table 3.
    pub dnat_rule: Option<ShowDnatRuleDescriptionOfTheDnatRuleField>,
}
/// Description of the dnat\_rule field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ShowDnatRuleDescriptionOfTheDnatRuleField {
    /// Specifies the DNAT rule ID.
    pub id: Option<String>,
    /// Specifies the project ID.
    pub tenant_id: Option<String>,
    /// Specifies the NAT gateway ID.
    pub nat_gateway_id: Option<String>,
    /// Specifies the port ID of the cloud server (ECS or BMS).
    pub port_id: Option<String>,
    /// Specifies the private IP address, for example, the IP address of an on-premises network connected by a Direct Connect connection.
    pub private_ip: Option<String>,
    /// Specifies the port number used by the cloud server (ECS or BMS) to provide services for external systems.
    pub internal_service_port: Option<i64>,
    /// Specifies the EIP ID.
    pub floating_ip_id: Option<String>,
    /// Specifies the EIP address.
    pub floating_ip_address: Option<String>,
    /// Specifies the port for providing services for external systems.
    pub external_service_port: Option<i64>,
    /// Specifies the protocol. TCP, UDP, and ANY are supported.
    /// The protocol number of TCP, UDP, and ANY are 6, 17, and 0, respectively.
    pub protocol: Option<String>,
    /// Provides supplementary information about the DNAT rule.
    pub description: Option<String>,
    /// - Specifies the status of the DNAT rule.
    /// - For details about all its values, see Table 1.
    pub status: Option<String>,
    /// - Specifies whether the DNAT rule is enabled or disabled.
    /// - The value can be:
    /// - **true**: The DNAT rule is enabled.
    /// - **false**: The DNAT rule is disabled.
    pub admin_state_up: Option<bool>,
    /// Specifies when the DNAT rule was created (UTC time). Its value rounds to 6 decimal places for seconds. The format is yyyy-mm-dd hh:mm:ss.
    pub created_at: Option<String>,
}
/// Response parameter
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListDnatRulesResponse {
    /// Specifies the DNAT rule objects. For details, see Table 3.
    pub dnat_rules: Option<Vec<ShowDnatRuleDescriptionOfTheDnatRuleField>>,
}
/// Request parameter
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CreateNatGatewayRequest {
    /// Specifies the NAT gateway object. For details, see Table 2.
    pub nat_gateway: NatGatewayDescriptionOfTheNatGatewayField,
}
/// Description of the nat\_gateway field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct NatGatewayDescriptionOfTheNatGatewayField {
    /// Specifies the project ID.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tenant_id: Option<String>,
    /// Specifies the NAT gateway name.
    /// The name can contain only digits, letters, underscores (\_), and hyphens (-).
    pub name: serde_json::Value,
    /// Provides supplementary information about the NAT gateway.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<serde_json::Value>,
    /// Specifies the NAT gateway type.
    /// The type can be:
    ///
    /// - **0**: micro type, which supports up to 1,000 SNAT connections.
    /// - **1**: small type, which supports up to 10,000 SNAT connections.
    /// - **2**: medium type, which supports up to 50,000 SNAT connections.
    /// - **3**: large type, which supports up to 200,000 SNAT connections.
    /// - **4**: extra-large type, which supports up to 1,000,000 SNAT connections.
    pub spec: String,
    /// Specifies the VPC ID.
    pub router_id: String,
    /// Specifies the network ID of the downstream interface (the next hop of the DVR) of the NAT gateway.
    pub internal_network_id: String,
}
crate::support::setters!(
    @ model NatGatewayDescriptionOfTheNatGatewayField new(name : serde_json::Value, spec
    : String, router_id : String, internal_network_id : String) { tenant_id : String,
    description : serde_json::Value }
);
/// Response parameter
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CreateNatGatewayResponse {
    /// Specifies the NAT gateway object. For details, see Table 4.
    pub nat_gateway: Option<GatewayDescriptionOfTheNatGatewayFieldResponse>,
}
/// Description of the nat\_gateway field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct GatewayDescriptionOfTheNatGatewayFieldResponse {
    /// Specifies the NAT gateway ID.
    pub id: Option<String>,
    /// Specifies the project ID.
    pub tenant_id: Option<String>,
    /// Specifies the NAT gateway name.
    /// The name can contain only digits, letters, underscores (\_), and hyphens (-).
    pub name: Option<serde_json::Value>,
    /// Provides supplementary information about the NAT gateway.
    pub description: Option<serde_json::Value>,
    /// Specifies the NAT gateway type.
    /// The type can be:
    ///
    /// - **0**: micro type, which supports up to 1,000 SNAT connections.
    /// - **1**: small type, which supports up to 10,000 SNAT connections.
    /// - **2**: medium type, which supports up to 50,000 SNAT connections.
    /// - **3**: large type, which supports up to 200,000 SNAT connections.
    /// - **4**: extra-large type, which supports up to 1,000,000 SNAT connections.
    pub spec: Option<String>,
    /// Specifies the router ID.
    pub router_id: Option<String>,
    /// Specifies the network ID of the downstream interface (the next hop of the DVR) of the NAT gateway.
    pub internal_network_id: Option<String>,
    /// - Specifies the NAT gateway status.
    /// - For details about all its values, see Table 1.
    pub status: Option<String>,
    /// - Specifies whether the NAT gateway is started or stopped.
    /// - The state can be:
    /// - **true**: The NAT gateway is started.
    /// - **false**: The NAT gateway is stopped.
    pub admin_state_up: Option<bool>,
    /// Specifies when the NAT gateway was created (UTC time). Its value rounds to 6 decimal places for seconds. The format is yyyy-mm-dd hh:mm:ss.
    pub created_at: Option<String>,
    /// Specifies the order information. This parameter is left blank by default.
    pub billinginfo: Option<String>,
    /// Specifies information about the frozen NAT gateway.
    pub freeze_info: Option<String>,
    /// Specifies the ID of the enterprise project associated with the NAT gateway when the NAT gateway is created.
    pub sys_tags: Option<Vec<String>>,
    /// Specifies the maximum number of EIPs in an SNAT rule on a NAT gateway. The default value is **20**. Default: `20`.
    pub snat_rule_public_ip_limit: Option<i64>,
    /// Specifies the maximum number of DNAT rules on a NAT gateway. The default value is **200**. Default: `200`.
    pub dnat_rules_limit: Option<i64>,
}
/// Response parameter
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ShowNatGatewayResponse {
    /// Specifies the NAT gateway object. For details, see Table 3.
    pub nat_gateway: Option<ShowNatGatewayDescriptionOfTheNatGatewayField>,
}
crate::support::open_enum!(
    #[doc = " Specifies the NAT gateway specifications."] #[doc = " The value can be:"]
    #[doc = ""] #[doc =
    " - **0**: micro type, which supports up to 1,000 SNAT connections."] #[doc =
    " - **1**: small type, which supports up to 10,000 SNAT connections."] #[doc =
    " - **2**: medium type, which supports up to 50,000 SNAT connections."] #[doc =
    " - **3**: large type, which supports up to 200,000 SNAT connections."] #[doc =
    " - **4**: extra-large type, which supports up to 1,000,000 SNAT connections."]
    ShowNatGatewayDescriptionOfTheNatGatewayFieldSpec { N0 = "0", N1 = "1", N2 = "2", N3
    = "3", N4 = "4" }
);
/// Description of the nat\_gateway field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ShowNatGatewayDescriptionOfTheNatGatewayField {
    /// Specifies the NAT gateway ID.
    pub id: Option<String>,
    /// Specifies the project ID.
    pub tenant_id: Option<String>,
    /// Specifies the NAT gateway name.
    /// The name can contain only digits, letters, underscores (\_), and hyphens (-).
    pub name: Option<serde_json::Value>,
    /// Provides supplementary information about the NAT gateway.
    pub description: Option<serde_json::Value>,
    /// Specifies the NAT gateway specifications.
    /// The value can be:
    ///
    /// - **0**: micro type, which supports up to 1,000 SNAT connections.
    /// - **1**: small type, which supports up to 10,000 SNAT connections.
    /// - **2**: medium type, which supports up to 50,000 SNAT connections.
    /// - **3**: large type, which supports up to 200,000 SNAT connections.
    /// - **4**: extra-large type, which supports up to 1,000,000 SNAT connections.
    pub spec: Option<ShowNatGatewayDescriptionOfTheNatGatewayFieldSpec>,
    /// Specifies the router ID.
    pub router_id: Option<String>,
    /// Specifies the network ID of the downstream interface (the next hop of the DVR) of the NAT gateway.
    pub internal_network_id: Option<String>,
    /// - Specifies the NAT gateway status.
    /// - For details about all its values, see Table 1.
    pub status: Option<String>,
    /// - Specifies whether the NAT gateway is started or stopped.
    /// - The value can be:
    /// - **true**: The NAT gateway is started.
    /// - **false**: The NAT gateway is stopped.
    pub admin_state_up: Option<bool>,
    /// Specifies when the NAT gateway was created (UTC time). Its value rounds to 6 decimal places for seconds. The format is yyyy-mm-dd hh:mm:ss.
    pub created_at: Option<String>,
    /// Specifies the order information. This parameter is left blank by default.
    pub billinginfo: Option<String>,
    /// Specifies the ID of the enterprise project associated with the NAT gateway when the NAT gateway is created.
    pub sys_tags: Option<Vec<String>>,
    /// Specifies the maximum number of EIPs in an SNAT rule on a NAT gateway. The default value is **20**. Default: `20`.
    pub snat_rule_public_ip_limit: Option<i64>,
    /// Specifies the maximum number of DNAT rules on a NAT gateway. The default value is **200**. Default: `200`.
    pub dnat_rules_limit: Option<i64>,
}
/// Response parameter
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListNatGatewaysResponse {
    /// Specifies the NAT gateway objects. For details, see Table 3.
    pub nat_gateways: Option<GatewayDescriptionOfTheNatGatewayFieldResponse>,
}
/// Request parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct UpdateNatGatewayRequest {
    /// Specifies the NAT gateway object. For details, see Table 3.
    /// Mandatory field: None. Only the **name**, **description**, and **spec** fields can be updated. At least one attribute must be specified for the NAT gateway to be updated.
    pub nat_gateway: UpdateNatGatewayDescriptionOfTheNatGatewayField,
}
/// Description of the nat\_gateway field
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct UpdateNatGatewayDescriptionOfTheNatGatewayField {
    /// Specifies the NAT gateway name.
    /// The name can contain only digits, letters, underscores (\_), and hyphens (-).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<serde_json::Value>,
    /// Provides supplementary information about the NAT gateway.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<serde_json::Value>,
    /// Specifies the NAT gateway type.
    /// The type can be:
    ///
    /// - **0**: micro type, which supports up to 1,000 SNAT connections.
    /// - **1**: small type, which supports up to 10,000 SNAT connections.
    /// - **2**: medium type, which supports up to 50,000 SNAT connections.
    /// - **3**: large type, which supports up to 200,000 SNAT connections.
    /// - **4**: extra-large type, which supports up to 1,000,000 SNAT connections.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub spec: Option<String>,
}
crate::support::setters!(
    @ model UpdateNatGatewayDescriptionOfTheNatGatewayField { name : serde_json::Value,
    description : serde_json::Value, spec : String }
);
/// Response parameter
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct UpdateNatGatewayResponse {
    /// Specifies the NAT gateway object. For details, see Table 5.
    pub nat_gateway: Option<GatewayDescriptionOfTheNatGatewayFieldResponse2>,
}
/// Description of the nat\_gateway field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct GatewayDescriptionOfTheNatGatewayFieldResponse2 {
    /// Specifies the NAT gateway ID.
    pub id: Option<String>,
    /// Specifies the project ID.
    pub tenant_id: Option<String>,
    /// Specifies the NAT gateway name.
    /// The name can contain only digits, letters, underscores (\_), and hyphens (-).
    pub name: Option<serde_json::Value>,
    /// Provides supplementary information about the NAT gateway.
    pub description: Option<serde_json::Value>,
    /// Specifies the NAT gateway type.
    /// The type can be:
    ///
    /// - **0**: micro type, which supports up to 1,000 SNAT connections.
    /// - **1**: small type, which supports up to 10,000 SNAT connections.
    /// - **2**: medium type, which supports up to 50,000 SNAT connections.
    /// - **3**: large type, which supports up to 200,000 SNAT connections.
    /// - **4**: extra-large type, which supports up to 1,000,000 SNAT connections.
    pub spec: Option<String>,
    /// Specifies the router ID.
    pub router_id: Option<String>,
    /// Specifies the network ID of the downstream interface (the next hop of the DVR) of the NAT gateway.
    pub internal_network_id: Option<String>,
    /// - Specifies the NAT gateway status.
    /// - For details about all its values, see Table 1.
    pub status: Option<String>,
    /// - Specifies whether the NAT gateway is started or stopped.
    /// - The state can be:
    /// - **true**: The NAT gateway is started.
    /// - **false**: The NAT gateway is stopped.
    pub admin_state_up: Option<bool>,
    /// Specifies when the NAT gateway was created (UTC time). Its value rounds to 6 decimal places for seconds. The format is yyyy-mm-dd hh:mm:ss.
    pub created_at: Option<String>,
    /// Specifies the order information. This parameter is left blank by default.
    pub billinginfo: Option<String>,
    /// Specifies the ID of the enterprise project associated with the NAT gateway when the NAT gateway is created.
    pub sys_tags: Option<Vec<String>>,
    /// Specifies the maximum number of EIPs in an SNAT rule on a NAT gateway. The default value is **20**. Default: `20`.
    pub snat_rule_public_ip_limit: Option<i64>,
    /// Specifies the maximum number of DNAT rules on a NAT gateway. The default value is **200**. Default: `200`.
    pub dnat_rules_limit: Option<i64>,
}
/// Request parameter
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CreateSnatRuleRequest {
    /// Specifies the SNAT rule object. For details, see Table 2.
    pub snat_rule: SnatRuleDescriptionOfTheSnatRuleField,
}
/// Description of the snat\_rule field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SnatRuleDescriptionOfTheSnatRuleField {
    /// Specifies the NAT gateway ID.
    pub nat_gateway_id: String,
    /// Specifies the network ID used by the SNAT rule. Specify either this parameter or **cidr**.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub network_id: Option<String>,
    /// Specifies CIDR, which can be in the format of a network segment or a host IP address. Specify either this parameter or **network\_id**.
    /// If **source\_type** is set to **0**, **cidr** must be a subset of the VPC subnet.
    /// If **source\_type** is set to **1**, **cidr** must be a CIDR block of your on-premises network connected to the VPC through Direct Connect or Cloud Connect.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cidr: Option<String>,
    /// **0**: Either **network\_id** or **cidr** can be specified in a VPC.
    /// **1**: Only **cidr** can be specified over a Direct Connect connection.
    /// If no value is entered, the default value **0** (VPC) is used.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source_type: Option<i64>,
    /// Specifies the EIP ID. Use commas (,) to separate multiple IDs.
    /// The maximum length of the ID is 4,096 bytes.
    /// Constraints: The number of EIP IDs cannot exceed 20.
    pub floating_ip_id: String,
    /// Provides supplementary information about the SNAT rule.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}
crate::support::setters!(
    @ model SnatRuleDescriptionOfTheSnatRuleField new(nat_gateway_id : String,
    floating_ip_id : String) { network_id : String, cidr : String, source_type : i64,
    description : String }
);
/// Response parameter
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CreateSnatRuleResponse {
    /// Specifies the SNAT rule object. For details, see Table 4.
    pub snat_rule: Option<SnatRuleDescriptionOfTheSnatRuleFieldResponse>,
}
/// Description of the snat\_rule field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SnatRuleDescriptionOfTheSnatRuleFieldResponse {
    /// Specifies the SNAT rule ID.
    pub id: Option<String>,
    /// Specifies the project ID.
    pub tenant_id: Option<String>,
    /// Specifies the NAT gateway ID.
    pub nat_gateway_id: Option<String>,
    /// Specifies the network ID used by the SNAT rule.
    pub network_id: Option<String>,
    /// Specifies a subset of the VPC subnet CIDR block or a CIDR block of a Direct Connect connection.
    pub cidr: Option<String>,
    /// **0**: Either **network\_id** or **cidr** can be specified in a VPC.
    /// **1**: Only **cidr** can be specified over a Direct Connect connection.
    /// If no value is entered, the default value **0** (VPC) is used.
    pub source_type: Option<i64>,
    /// - Specifies the EIP ID. Use commas (,) to separate multiple IDs.
    /// - The maximum length of the ID is 4,096 bytes.
    pub floating_ip_id: Option<serde_json::Value>,
    /// - Specifies the EIP. Use commas (,) to separate multiple EIPs.
    /// - The maximum length is 1,024 bytes.
    pub floating_ip_address: Option<serde_json::Value>,
    /// - Specifies the frozen EIP. Use commas (,) to separate frozen EIPs.
    /// - The maximum length is 1,024 bytes.
    pub freezed_ip_address: Option<serde_json::Value>,
    /// Provides supplementary information about the SNAT rule.
    pub description: Option<String>,
    /// - Specifies the status of the SNAT rule.
    /// - For details about all its values, see Table 1.
    pub status: Option<String>,
    /// - Specifies the unfrozen or frozen state.
    /// - Specifies whether the SNAT rule is enabled or disabled.
    /// - The state can be:
    /// - **true**: The SNAT rule is enabled.
    /// - **false**: The SNAT rule is disabled.
    pub admin_state_up: Option<bool>,
    /// Specifies when the SNAT rule was created (UTC time). Its value rounds to 6 decimal places for seconds. The format is yyyy-mm-dd hh:mm:ss.
    pub created_at: Option<String>,
}
/// Response parameter
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ShowSnatRuleResponse {
    /// Specifies the SNAT rule object. For details, see Table 3.
    pub snat_rule: Option<ShowSnatRuleDescriptionOfTheSnatRuleField>,
}
/// Description of the snat\_rule field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ShowSnatRuleDescriptionOfTheSnatRuleField {
    /// Specifies the SNAT rule ID.
    pub id: Option<String>,
    /// Specifies the project ID.
    pub tenant_id: Option<String>,
    /// Specifies the NAT gateway ID.
    pub nat_gateway_id: Option<String>,
    /// Specifies the network ID used by the SNAT rule.
    pub network_id: Option<String>,
    /// Specifies CIDR, which can be in the format of a network segment or a host IP address. Specify either this parameter or **network\_id**.
    /// If **source\_type** is set to **0**, **cidr** must be a subset of the VPC subnet.
    /// If **source\_type** is set to **1**, **cidr** must be a CIDR block of your on-premises network connected to the VPC through Direct Connect or Cloud Connect.
    pub cidr: Option<String>,
    /// **0**: Either **network\_id** or **cidr** can be specified in a VPC.
    /// **1**: Only **cidr** can be specified over a Direct Connect connection.
    /// If no value is entered, the default value **0** (VPC) is used.
    pub source_type: Option<i64>,
    /// - Specifies the EIP ID. Use commas (,) to separate IDs.
    /// - The maximum length of the ID is 4,096 bytes.
    /// - Constraints: The number of EIP IDs cannot exceed 20.
    pub floating_ip_id: Option<serde_json::Value>,
    /// - Specifies the EIP. Use commas (,) to separate EIPs.
    /// - The maximum length is 1,024 bytes.
    pub floating_ip_address: Option<serde_json::Value>,
    /// - Specifies the frozen EIP. Use commas (,) to separate frozen EIPs.
    /// - The maximum length is 1,024 bytes.
    pub freezed_ip_address: Option<serde_json::Value>,
    /// Provides supplementary information about the SNAT rule.
    pub description: Option<serde_json::Value>,
    /// - Specifies the status of the SNAT rule.
    /// - For details about all its values, see Table 1.
    pub status: Option<String>,
    /// - Specifies whether the SNAT rule is enabled or disabled.
    /// - The value can be:
    /// - **true**: The SNAT rule is enabled.
    /// - **false**: The SNAT rule is disabled.
    pub admin_state_up: Option<bool>,
    /// Specifies when the SNAT rule was created (UTC time). Its value rounds to 6 decimal places for seconds. The format is yyyy-mm-dd hh:mm:ss.
    pub created_at: Option<String>,
}
/// Response parameter
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListSnatRulesResponse {
    /// Specifies the SNAT rule objects. For details, see Table 3.
    pub snat_rules: Option<ListSnatRulesDescriptionOfTheSnatRuleField>,
}
/// Description of the snat\_rule field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListSnatRulesDescriptionOfTheSnatRuleField {
    /// Specifies the SNAT rule ID.
    pub id: Option<String>,
    /// Specifies the project ID.
    pub tenant_id: Option<String>,
    /// Specifies the NAT gateway ID.
    pub nat_gateway_id: Option<String>,
    /// Specifies the network ID used by the SNAT rule.
    pub network_id: Option<String>,
    /// Specifies a subset of the VPC subnet CIDR block or a CIDR block of a Direct Connect connection.
    pub cidr: Option<String>,
    /// **0**: Either **network\_id** or **cidr** can be specified in a VPC.
    /// **1**: Only **cidr** can be specified over a Direct Connect connection.
    /// If no value is entered, the default value **0** (VPC) is used.
    pub source_type: Option<i64>,
    /// - Specifies the EIP ID. Use commas (,) to separate multiple IDs.
    /// - The maximum length of the ID is 4,096 bytes.
    /// - Constraints: The number of EIP IDs cannot exceed 20.
    pub floating_ip_id: Option<serde_json::Value>,
    /// - Specifies the EIP. Use commas (,) to separate multiple EIPs.
    /// - The maximum length is 1,024 bytes.
    pub floating_ip_address: Option<serde_json::Value>,
    /// - Specifies the frozen EIP. Use commas (,) to separate frozen EIPs.
    /// - The maximum length is 1,024 bytes.
    pub freezed_ip_address: Option<serde_json::Value>,
    /// Provides supplementary information about the SNAT rule.
    pub description: Option<serde_json::Value>,
    /// - Specifies the status of the SNAT rule.
    /// - For details about all its values, see Table 1.
    pub status: Option<String>,
    /// - Specifies whether the SNAT rule is enabled or disabled.
    /// - The state can be:
    /// - **true**: The SNAT rule is enabled.
    /// - **false**: The SNAT rule is disabled.
    pub admin_state_up: Option<bool>,
    /// Specifies when the SNAT rule was created (UTC time). Its value rounds to 6 decimal places for seconds. The format is yyyy-mm-dd hh:mm:ss.
    pub created_at: Option<String>,
}
/// Request parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AddNatGatewayTagRequest {
    /// Specifies the list of tags.
    pub tag: Vec<serde_json::Value>,
}
/// Request parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct BatchAddOrDeleteNatGatewayTagsRequest {
    /// Specifies tags. For details, see Table 3.
    pub tags: Vec<AddOrDeleteNatGatewayTagParameterOfFieldTag>,
    /// Specifies the operation to be performed. The value can be set to **create** or **delete** only.
    pub action: String,
}
/// Parameter description of field tags
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AddOrDeleteNatGatewayTagParameterOfFieldTag {
    /// Specifies the tag key. It contains a maximum of 36 Unicode characters. This parameter cannot be left blank or contain ASCII (0-31) or the following characters: =\*\<\>\\,\|/
    pub key: String,
    /// Specifies the key value. Each value contains a maximum of 43 Unicode characters. If **value** is specified, tags are deleted by key and value. If **value** is not specified, tags are deleted by key. The value can be an empty character string. It cannot contain ASCII (0-31) or the following characters: =\*\<\>\\,\|/
    pub value: String,
}
crate::support::setters!(
    @ model AddOrDeleteNatGatewayTagParameterOfFieldTag new(key : String, value : String)
    {}
);
/// Response parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListNatGatewayTagsResponse {
    /// Specifies tags.
    pub tags: Vec<serde_json::Value>,
}
/// Request parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListNatGatewaysByTagRequest {
    /// Specifies the included tags. Each tag contains a maximum of 20 keys, and each key contains a maximum of 10 values. The structure body cannot be missing, and the key cannot be left blank or set to an empty string. Each tag key must be unique, and each tag value in a tag must be unique. Resources identified by different keys are in AND relationship, and values in one tag are in OR relationship. If no tag filtering criteria is specified, full data is returned.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<serde_json::Value>>,
    /// Specifies any included tags. Each tag contains a maximum of 20 keys, and each key contains a maximum of 10 values. The structure body cannot be missing, and the key cannot be left blank or set to an empty string. Each tag key must be unique, and each tag value in a tag must be unique. Resources identified by different keys are in OR relationship, and values in one tag are in OR relationship. If no tag filtering criteria is specified, full data is returned.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tags_any: Option<Vec<serde_json::Value>>,
    /// Specifies the excluded tags. Each tag contains a maximum of 20 keys, and each key contains a maximum of 10 values. The structure body cannot be missing, and the key cannot be left blank or set to an empty string. Each tag key must be unique, and each tag value in a tag must be unique. Resources not identified by different keys are in AND relationship, and values in one tag are in OR relationship. If no tag filtering criteria is specified, full data is returned.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub not_tags: Option<Vec<serde_json::Value>>,
    /// Specifies any excluded tags. Each tag contains a maximum of 20 keys, and each key contains a maximum of 10 values. The structure body cannot be missing, and the key cannot be left blank or set to an empty string. Each tag key must be unique, and each tag value in a tag must be unique. Resources not identified by different keys are in OR relationship, and values in one tag are in OR relationship. If no tag filtering criteria is specified, full data is returned.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub not_tags_any: Option<Vec<serde_json::Value>>,
    /// Number of records. This parameter is not available when **action** is set to **count**. The default value is **1000** when **action** is set to **filter**. The maximum value is **1000**, and the minimum value is **1**. The value cannot be a negative number.
    ///
    /// Default: `1000`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<String>,
    /// Specifies the index position. The query starts from the next piece of data indexed by this parameter. This parameter is not required when you query data on the first page. The value in the response returned for querying data on the previous page will be included in this parameter for querying data on subsequent pages. This parameter is not available when **action** is set to **count**. If **action** is set to **filter**, the value must be a number, and the default value is **0**. The value cannot be a negative number.
    ///
    /// Default: `0`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub offset: Option<String>,
    /// Specifies the operation to perform. The value can only be **filter** (filtering) or **count** (querying the total number).
    /// The value **filter** indicates pagination query. The value **count** indicates that the total number of query results meeting the search criteria will be returned. Returning other fields is not allowed.
    pub action: String,
    /// Specifies the search criteria. The tag key is the field to match, for example, **resource\_name**. The tag value indicates the matched value. This field is a fixed dictionary value.
    /// Determine whether fuzzy match is required based on different fields. For example, if **key** is **resource\_name**, fuzzy search (case insensitive) is used by default. If **value** is an empty string, exact match is used. If **key** is **resource\_id**, exact match is used.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub matches: Option<Vec<serde_json::Value>>,
}
/// Response parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListNatGatewaysByTagResponse {
    /// Specifies the resource object list. For details, see Table 6.
    pub resources: Option<Vec<NatGatewaysByTagDataDescriptionOfFieldResource>>,
    /// Specifies the total number of resources.
    pub total_count: Option<i64>,
}
/// Data structure description of field resource
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct NatGatewaysByTagDataDescriptionOfFieldResource {
    /// Specifies the resource ID.
    pub resource_id: Option<String>,
    /// Provides details about the resource. The value is a resource object, used for extension. This parameter is left blank by default.
    pub resource_detail: Option<serde_json::Value>,
    /// Specifies the list of queried tags. If no tag is matched, an empty array is returned. For details, see Table 7.
    pub tags: Option<Vec<NatGatewaysByTagParameterOfFieldResourceTag>>,
    /// Specifies the resource name. This parameter is an empty string by default if there is no resource name.
    pub resource_name: Option<String>,
}
/// Parameter description of field resource\_tag
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct NatGatewaysByTagParameterOfFieldResourceTag {
    /// Specifies the tag key. It contains a maximum of 36 Unicode characters. It cannot be left empty or contain ASCII characters (0-31) and the following special characters: \*\<\>\\=
    pub key: Option<String>,
    /// Specifies the key value. The value can contain a maximum of 43 Unicode characters and can be an empty string. It cannot contain ASCII characters (0-31) and the following characters: \*\<\>\\=
    pub value: Option<String>,
}
/// Description of field tag
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct NatGatewayTagDescriptionOfFieldTag {
    /// Specifies the tag key. It contains a maximum of 36 Unicode characters. This parameter cannot be left blank or contain ASCII (0-31) or the following characters: =\*\<\>\\,\|/
    pub key: String,
    /// Specifies the key value. The value can contain a maximum of 43 Unicode characters and can be an empty string. It cannot contain ASCII (0-31) or the following characters: =\*\<\>\\,\|/
    pub value: String,
}
/// Parameter description of field tags
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct NatGatewayTagParameterOfFieldTag {
    /// Specifies the tag key. It contains a maximum of 36 Unicode characters. It cannot be left empty or contain ASCII characters (0-31) and the following special characters: \*\<\>\\=
    pub key: String,
    /// Specifies the key value. The value can contain a maximum of 43 Unicode characters and can be an empty string. It cannot contain non-printable ASCII characters (0-31) or the following special characters: \*\<\>\\=
    pub value: String,
}
/// Description of field tag
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct NatGatewaysByTagDescriptionOfFieldTag {
    /// Specifies the tag key. A key contains a maximum of 127 Unicode characters and cannot be blank. (The system does not check the parameter when searching a tag.) The key cannot be left blank or an empty string. The key cannot contain spaces. Before verification, delete spaces before and after the value.
    pub key: String,
    /// Specifies the tag values. Each value contains a maximum of 255 Unicode characters and cannot contain spaces. Before verification, delete spaces before and after the value.
    /// The asterisk (*) is a reserved character. The value can be empty but cannot be left blank.
    /// If the value starts with an asterisk (*), the string following the asterisk is fuzzy matched.
    /// If the values are null, it indicates **any\_value** (querying any value). The values are in OR relationship.
    pub values: Vec<String>,
}
/// Description of field match
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct NatGatewaysByTagDescriptionOfFieldMatch {
    /// Specifies the tag key. The value is fixed at **resource\_name**.
    pub key: String,
    /// Specifies the key value. It can contain a maximum of 255 Unicode characters.
    pub value: String,
}
/// Parameter description of field tags
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ProjectTagParameterOfFieldTag {
    /// Specifies the tag key. It contains a maximum of 36 Unicode characters. It cannot be left empty or contain ASCII characters (0-31) and the following special characters: \*\<\>\\=
    pub key: String,
    /// Specifies the tag values. The value can contain a maximum of 43 Unicode characters and can be an empty string. It cannot contain non-printable ASCII characters (0-31) or the following special characters: \*\<\>\\=
    pub values: Vec<String>,
}
/// Response parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ShowApiVersionResponse {
    /// Specifies the API version.
    pub version: String,
    /// Specifies the version ID, for example, **v1**.
    pub id: String,
    /// Specifies the API URL.
    pub links: Vec<serde_json::Value>,
    /// Specifies the reference address of the current API version.
    pub href: String,
    /// Specifies the relationship between the current API version and the referenced address.
    pub rel: String,
    /// Specifies the version status. Possible values are as follows:
    ///
    /// - **CURRENT**: indicates that the version is the primary version.
    /// - **SUPPORTED**: indicates that the version is an old version, but it is still supported.
    /// - **DEPRECATED**: indicates a deprecated version which may be deleted later.
    pub status: String,
    /// Specifies the version release time, which must be the UTC time. For example, the release time of v1 is 2014-06-28T12:20:21Z.
    pub updated: String,
    /// If APIs of this version support minor versions, set this parameter to the supported minimum minor version. If not, leave this parameter blank.
    pub min_version: Option<String>,
}
