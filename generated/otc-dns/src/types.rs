//! Models of Domain Name Service (shared by every API version unless a version module has its own).
/// Parameters in the request
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AssociatePrivateZoneRequest {
    /// Router information (VPC associated with the zone)
    /// For details, see Table 3.
    pub router: PrivateZoneDescriptionOfTheRouterField,
}
/// Description of the router field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct PrivateZoneDescriptionOfTheRouterField {
    /// ID of the associated VPC
    pub router_id: String,
    /// Region of the VPC
    /// If it is left blank, the region of the project in the token takes effect by default.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub router_region: Option<String>,
}
crate::support::setters!(
    @ model PrivateZoneDescriptionOfTheRouterField new(router_id : String) {
    router_region : String }
);
/// Parameters in the response
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AssociatePrivateZoneResponse {
    /// Router ID (VPC ID)
    pub router_id: Option<String>,
    /// Region of the VPC
    pub router_region: Option<String>,
    /// Resource status
    /// For details, see Resource Status.
    pub status: Option<String>,
}
/// Parameters in the request
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CreatePrivateZoneRequest {
    /// Domain name of the zone to be created
    ///
    /// - If a domain name is ended with a period (.), it cannot exceed 254 characters.
    /// - Otherwise, the domain name cannot exceed 253 characters.
    /// - A domain name cannot exceed 63 characters. Multiple domain names are separated with periods (.). A domain name is case insensitive. Uppercase letters will also be converted into lowercase letters.
    pub name: String,
    /// Description of the domain name, which cannot exceed 255 characters
    /// The value is left blank by default.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Zone type
    /// The value must be **private**, indicating private zones accessible only to hosts in specified VPCs will be created.
    /// For details about creating a public zone, see section Creating a Public Zone.
    pub zone_type: String,
    /// Email address of the administrator managing the zone
    /// The default value is the service email address.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// Caching period of the SOA record set (in seconds)
    /// The value ranges from **1** to **2147483647**.
    /// The default value is **300**.
    ///
    /// Default: `300`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ttl: Option<i64>,
    /// Router information (VPC associated with the private zone)
    /// For details, see Table 2.
    pub router: PrivateZoneDescriptionOfTheRouterField,
    /// Resource tag. For details, see Table 3.
    /// The value is left blank by default.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<PrivateZoneDescriptionOfTheTagsField>>,
}
/// Description of the tags field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct PrivateZoneDescriptionOfTheTagsField {
    /// Tag key
    ///
    /// - Cannot be left blank.
    /// - Must be unique for each resource.
    /// - Can contain a maximum of 128 Unicode characters.
    /// - Can contain letters, digits, spaces, and the following characters: \_ . : = + - @
    /// - Cannot start or end with a space, or cannot start with ***sys***.
    pub key: String,
    /// Tag value
    ///
    /// - Can be left blank.
    /// - Can contain a maximum of 255 Unicode characters.
    /// - Can contain letters, digits, spaces, and the following characters: \_ . : = + - @
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
}
crate::support::setters!(
    @ model PrivateZoneDescriptionOfTheTagsField new(key : String) { value : String }
);
/// Parameters in the response
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CreatePrivateZoneResponse {
    /// Zone ID, which is a UUID used to identify the zone
    pub id: Option<String>,
    /// Zone name
    pub name: Option<String>,
    /// Zone description
    pub description: Option<String>,
    /// Email address of the administrator managing the zone
    pub email: Option<String>,
    /// Zone type, which can be **public** or **private**
    pub zone_type: Option<String>,
    /// TTL value of the SOA record set in the zone
    /// The value ranges from **1** to **2147483647**.
    /// The default value is **300**.
    ///
    /// Default: `300`.
    pub ttl: Option<i64>,
    /// Serial number in the SOA record set in a zone, which identifies the change on the primary DNS server
    /// This parameter is not used currently.
    pub serial: Option<i64>,
    /// Resource status
    /// For details, see Resource Status.
    pub status: Option<String>,
    /// Number of record sets in the zone
    pub record_num: Option<i64>,
    /// Pool ID of the zone, which is assigned by the system
    pub pool_id: Option<String>,
    /// Project ID of the zone
    pub project_id: Option<String>,
    /// Time when the zone was created
    /// The UTC time format is used: YYYY-MM-DDTHH:MM:SSZ.
    pub created_at: Option<String>,
    /// Time when the zone was updated
    /// The UTC time format is used: YYYY-MM-DDTHH:MM:SSZ.
    pub updated_at: Option<String>,
    /// Link to the current resource or other related resources.
    /// When a response is broken into pages, a **next** link is provided to retrieve all results.
    /// For details, see Table 5.
    pub links: Option<PrivateZoneParametersInTheLinksField>,
    /// Master DNS servers, from which the slave servers get DNS information
    /// This parameter is not used currently.
    pub masters: Option<Vec<String>>,
    /// Information about the VPC associated with the zone. For details, see Table 6.
    pub router: Option<PrivateZoneDescriptionOfTheRouterFieldResponse>,
}
/// Parameters in the links field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct PrivateZoneParametersInTheLinksField {
    /// Link to the current resource. Wire name: `self`.
    #[serde(rename = "self")]
    pub self_: Option<String>,
    /// Link to the next page
    pub next: Option<String>,
}
/// Description of the router field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct PrivateZoneDescriptionOfTheRouterFieldResponse {
    /// Resource status
    /// For details, see Resource Status.
    pub status: Option<String>,
    /// Router ID (VPC ID)
    pub router_id: Option<String>,
    /// Region of the VPC
    pub router_region: Option<String>,
}
/// Parameters in the response
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct DeletePrivateZoneResponse {
    /// Zone ID, which is a UUID used to identify the zone
    pub id: Option<String>,
    /// Zone name
    pub name: Option<String>,
    /// Zone description
    pub description: Option<String>,
    /// Email address of the administrator managing the zone
    pub email: Option<String>,
    /// Zone type, which can be **public** or **private**
    pub zone_type: Option<String>,
    /// TTL value of the SOA record set in the zone
    /// The value ranges from **1** to **2147483647**.
    /// The default value is **300**.
    ///
    /// Default: `300`.
    pub ttl: Option<i64>,
    /// Serial number in the SOA record set in a zone, which identifies the change on the primary DNS server
    /// This parameter is not used currently.
    pub serial: Option<i64>,
    /// Resource status
    /// For details, see Resource Status.
    pub status: Option<String>,
    /// Number of record sets in the zone
    pub record_num: Option<i64>,
    /// Pool ID of the zone, which is assigned by the system
    pub pool_id: Option<String>,
    /// Project ID of the zone
    pub project_id: Option<String>,
    /// Time when the zone was created
    /// The UTC time format is used: YYYY-MM-DDTHH:MM:SSZ.
    pub created_at: Option<String>,
    /// Time when the zone was updated
    /// The UTC time format is used: YYYY-MM-DDTHH:MM:SSZ.
    pub updated_at: Option<String>,
    /// Link to the current resource or other related resources.
    /// When a response is broken into pages, a **next** link is provided to retrieve all results.
    /// For details, see Table 3.
    pub links: Option<DeletePrivateZoneParametersInTheLinksField>,
    /// Master DNS servers, from which the slave servers get DNS information
    /// This parameter is not used currently.
    pub masters: Option<Vec<String>>,
    /// Routers (VPCs associated with the zone). For details, see Table 4.
    pub routers: Option<Vec<PrivateZoneDescriptionOfTheRoutersField>>,
}
/// Parameters in the links field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct DeletePrivateZoneParametersInTheLinksField {
    /// Link to the current resource. Wire name: `self`.
    #[serde(rename = "self")]
    pub self_: Option<String>,
}
/// Description of the routers field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct PrivateZoneDescriptionOfTheRoutersField {
    /// Resource status
    /// For details, see Resource Status.
    pub status: Option<String>,
    /// ID of the associated VPC
    pub router_id: Option<String>,
    /// Region of the VPC
    /// If it is left blank, the region of the project in the token takes effect by default.
    pub router_region: Option<String>,
}
/// Parameter in the request
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct DisassociatePrivateZoneVpcRequest {
    /// Router information (VPC associated with the zone)
    /// For details, see Table 3.
    pub router: PrivateZoneDescriptionOfTheRouterField,
}
/// Parameters in the response
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct DisassociatePrivateZoneVpcResponse {
    /// Router ID (VPC ID)
    pub router_id: Option<String>,
    /// Region of the router (VPC)
    pub router_region: Option<String>,
    /// Resource status
    /// For details, see Resource Status.
    pub status: Option<String>,
}
/// Parameters in the request
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct UpdatePrivateZoneRequest {
    /// Description of the zone, which cannot exceed 255 characters
    /// If this parameter is left blank, the value will not be changed.
    /// The value is left blank by default.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Email address of the administrator managing the zone
    /// If this parameter is left blank, the value will not be changed.
    /// The value is left blank by default.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// Caching period of the SOA record set (in seconds)
    /// The value ranges from **1** to **2147483647**.
    /// If this parameter is left blank, the value will not be changed.
    /// The value is left blank by default.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ttl: Option<i64>,
}
/// Parameters in the response
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct UpdatePrivateZoneResponse {
    /// Zone ID, which is a UUID used to identify the zone
    pub id: Option<String>,
    /// Zone name
    pub name: Option<String>,
    /// Zone description
    pub description: Option<String>,
    /// Email address of the administrator managing the zone
    pub email: Option<String>,
    /// Zone type, which can be **public** or **private**
    pub zone_type: Option<String>,
    /// TTL value of the SOA record set in the zone
    /// The value ranges from **1** to **2147483647**.
    /// The default value is **300**.
    ///
    /// Default: `300`.
    pub ttl: Option<i64>,
    /// Serial number in the SOA record set in a zone, which identifies the change on the primary DNS server
    /// This parameter is not used currently.
    pub serial: Option<i64>,
    /// Resource status
    /// For details, see Resource Status.
    pub status: Option<String>,
    /// Number of record sets in the zone
    pub record_num: Option<i64>,
    /// Pool ID of the zone, which is assigned by the system
    pub pool_id: Option<String>,
    /// Project ID of the zone
    pub project_id: Option<String>,
    /// Time when the zone was created
    /// The UTC time format is used: YYYY-MM-DDTHH:MM:SSZ.
    pub created_at: Option<String>,
    /// Time when the zone was updated
    /// The UTC time format is used: YYYY-MM-DDTHH:MM:SSZ.
    pub updated_at: Option<String>,
    /// Link to the current resource or other related resources.
    /// When a response is broken into pages, a **next** link is provided to retrieve all results.
    /// For details, see Table 4.
    pub links: Option<DeletePrivateZoneParametersInTheLinksField>,
    /// Master DNS servers, from which the slave servers get DNS information
    /// This parameter is not used currently.
    pub masters: Option<Vec<String>>,
    /// Information about the VPC associated with the zone. For details, see Table 5.
    pub routers: Option<Vec<PrivateZoneDescriptionOfTheRoutersField>>,
}
/// Parameters in the response
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ShowPrivateZoneResponse {
    /// Zone ID, which is a UUID used to identify the zone
    pub id: Option<String>,
    /// Zone name
    pub name: Option<String>,
    /// Zone description
    pub description: Option<String>,
    /// Email address of the administrator managing the zone
    pub email: Option<String>,
    /// Zone type, which can be **public** or **private**
    pub zone_type: Option<String>,
    /// TTL value of the SOA record set in the zone
    /// The value ranges from **1** to **2147483647**.
    /// The default value is **300**.
    ///
    /// Default: `300`.
    pub ttl: Option<i64>,
    /// Serial number in the SOA record set in a zone, which identifies the change on the primary DNS server
    /// This parameter is not used currently.
    pub serial: Option<i64>,
    /// Resource status
    /// For details, see Resource Status.
    pub status: Option<String>,
    /// Number of record sets in the zone
    pub record_num: Option<i64>,
    /// Pool ID of the zone, which is assigned by the system
    pub pool_id: Option<String>,
    /// Project ID of the zone
    pub project_id: Option<String>,
    /// Time when the zone was created
    /// The UTC time format is used: YYYY-MM-DDTHH:MM:SSZ.
    pub created_at: Option<String>,
    /// Time when the zone was updated
    /// The UTC time format is used: YYYY-MM-DDTHH:MM:SSZ.
    pub updated_at: Option<String>,
    /// Link to the current resource or other related resources.
    /// When a response is broken into pages, a **next** link is provided to retrieve all results.
    /// For details, see Table 3.
    pub links: Option<PrivateZoneParametersInTheLinksField>,
    /// Master DNS servers, from which the slave servers get DNS information
    /// This parameter is not used currently.
    pub masters: Option<Vec<String>>,
    /// Routers (VPCs associated with the zone). For details, see Table 4.
    pub routers: Option<Vec<PrivateZoneDescriptionOfTheRoutersField>>,
}
/// Parameter in the response
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListPrivateZoneNameServersResponse {
    /// Name server list object
    /// For details, see Table 3.
    pub nameservers: Option<Vec<ZoneNameServerDescriptionOfTheNameserversField>>,
}
/// Description of the nameservers field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ZoneNameServerDescriptionOfTheNameserversField {
    /// IP address of a DNS server
    pub address: Option<String>,
    /// Priority of a name server
    /// For example, if the priority of a name server is **1**, it is used to resolve domain names in first priority.
    pub priority: Option<i64>,
}
/// Parameters in the response
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListPrivateZonesResponse {
    /// Link to the current resource or other related resources.
    /// When a response is broken into pages, a **next** link is provided to retrieve all results.
    /// For details, see Table 5.
    pub links: Option<PrivateZoneParametersInTheLinksField>,
    /// Zone list. For details, see Table 3.
    pub zones: Option<Vec<PrivateZoneDescriptionOfTheZonesField>>,
    /// Total number of resources that meet the filter criteria. For details, see Table 4.
    pub metadata: Option<PrivateZoneDescriptionOfTheMetadataField>,
}
/// Description of the zones field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct PrivateZoneDescriptionOfTheZonesField {
    /// Zone ID, which is a UUID used to identify the zone
    pub id: Option<String>,
    /// Zone name
    pub name: Option<String>,
    /// Zone description
    pub description: Option<String>,
    /// Email address of the administrator managing the zone
    pub email: Option<String>,
    /// Zone type, which can be **public** or **private**
    pub zone_type: Option<String>,
    /// TTL value of the SOA record set in the zone
    /// The value ranges from **1** to **2147483647**.
    /// The default value is **300**.
    ///
    /// Default: `300`.
    pub ttl: Option<i64>,
    /// Serial number in the SOA record set in a zone, which identifies the change on the primary DNS server
    /// This parameter is not used currently.
    pub serial: Option<i64>,
    /// Resource status
    /// For details, see Resource Status.
    pub status: Option<String>,
    /// Number of record sets in the zone
    pub record_num: Option<i64>,
    /// Pool ID of the zone, which is assigned by the system
    pub pool_id: Option<String>,
    /// Project ID of the zone
    pub project_id: Option<String>,
    /// Time when the zone was created
    /// The UTC time format is used: YYYY-MM-DDTHH:MM:SSZ.
    pub created_at: Option<String>,
    /// Time when the zone was updated
    /// The UTC time format is used: YYYY-MM-DDTHH:MM:SSZ.
    pub updated_at: Option<String>,
    /// Link to the current resource or other related resources.
    /// When a response is broken into pages, a **next** link is provided to retrieve all results.
    /// For details, see Table 5.
    pub links: Option<PrivateZoneParametersInTheLinksField>,
    /// Resource tag.
    /// The format is as follows: **key1,value1\|key2,value2**.
    /// Multiple tags are separated by vertical bar (\|). The key and value of each tag are separated by comma (,).
    /// The tags are in AND relationship.
    /// For details, see Table 6.
    /// Exact matching will work. If the value starts with an asterisk (\*), fuzzy matching will work for the string following the asterisk.
    /// The value is left blank by default.
    pub tags: Option<Vec<PrivateZoneDescriptionOfTheTagField>>,
    /// Master DNS servers, from which the slave servers get DNS information
    /// This parameter is not used currently.
    pub masters: Option<Vec<String>>,
    /// Routers (VPCs associated with the zone). For details, see Table 7.
    pub routers: Option<Vec<PrivateZoneDescriptionOfTheRoutersField>>,
}
/// Description of the tag field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct PrivateZoneDescriptionOfTheTagField {
    /// Tag key
    ///
    /// - Cannot be left blank.
    /// - Must be unique for each resource.
    /// - Can contain a maximum of 128 Unicode characters.
    /// - Can contain letters, digits, spaces, and the following characters: \_ . : = + - @
    /// - Cannot start or end with a space, or cannot start with ***sys***.
    pub key: Option<String>,
    /// Tag value
    ///
    /// - Can be left blank.
    /// - Can contain a maximum of 255 Unicode characters.
    /// - Can contain letters, digits, spaces, and the following characters: \_ . : = + - @
    pub value: Option<String>,
}
/// Description of the metadata field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct PrivateZoneDescriptionOfTheMetadataField {
    /// Number of resources that meet the filter criteria. The number is irrelevant to **limit** or **offset**.
    pub total_count: Option<i64>,
}
/// Parameters in the request
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CreatePtrRecordRequest {
    /// Domain name of the PTR record
    /// A domain name is case insensitive. Uppercase letters will also be converted into lowercase letters.
    pub ptrdname: String,
    /// PTR record description
    /// The value is left blank by default.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// PTR record cache duration (in seconds) on a local DNS server. The longer the duration is, the slower the update takes effect.
    /// If your service address is frequently changed, set TTL to a smaller value.
    /// The value ranges from **1** to **2147483647**.
    /// The default value is **300**.
    ///
    /// Default: `300`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ttl: Option<i64>,
    /// Resource tag. For details, see Table 3.
    /// The value is left blank by default.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<PrivateZoneDescriptionOfTheTagsField>>,
}
crate::support::open_enum!(
    #[doc = " Requested operation on the resource"] #[doc =
    " The value can be **CREATE**, **UPDATE**, **DELETE**, or **NONE**."] #[doc =
    " **NONE** indicates that no operation will be performed."]
    CreatePtrRecordResponseAction { Create = "CREATE", Update = "UPDATE", Delete =
    "DELETE", None = "NONE" }
);
/// Parameters in the response
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CreatePtrRecordResponse {
    /// PTR record ID, which is in **\{region\}:\{floatingip\_id\}** format
    pub id: Option<String>,
    /// Domain name of the PTR record
    pub ptrdname: Option<String>,
    /// PTR record description
    pub description: Option<String>,
    /// PTR record cache duration (in seconds) on a local DNS server. The longer the duration is, the slower the update takes effect.
    /// If your service address is frequently changed, set TTL to a smaller value.
    /// The value ranges from **1** to **2147483647**.
    /// The default value is **300**.
    ///
    /// Default: `300`.
    pub ttl: Option<i64>,
    /// EIP
    pub address: Option<String>,
    /// Resource status
    /// For details, see Resource Status.
    pub status: Option<String>,
    /// Requested operation on the resource
    /// The value can be **CREATE**, **UPDATE**, **DELETE**, or **NONE**.
    /// **NONE** indicates that no operation will be performed.
    pub action: Option<CreatePtrRecordResponseAction>,
    /// Link to the current resource or other related resources.
    /// When a response is broken into pages, a **next** link is provided to retrieve all results. For details, see Table 5.
    pub links: Option<PrivateZoneParametersInTheLinksField>,
}
/// Parameters in the request
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct UpdatePtrRecordRequest {
    /// Domain name of the PTR record
    /// A domain name is case insensitive. Uppercase letters will also be converted into lowercase letters.
    pub ptrdname: String,
    /// PTR record description
    /// The value is left blank by default.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// PTR record cache duration (in seconds) on a local DNS server. The longer the duration is, the slower the update takes effect.
    /// If your service address is frequently changed, set TTL to a smaller value.
    /// The value ranges from **1** to **2147483647**.
    /// The default value is **300**.
    ///
    /// Default: `300`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ttl: Option<i64>,
}
/// Parameters in the response
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct UpdatePtrRecordResponse {
    /// PTR record ID, which is in **\{region\}:\{floatingip\_id\}** format
    pub id: Option<String>,
    /// Domain name of the PTR record
    pub ptrdname: Option<String>,
    /// PTR record description
    pub description: Option<String>,
    /// PTR record cache duration (in seconds) on a local DNS server. The longer the duration is, the slower the update takes effect.
    /// If your service address is frequently changed, set TTL to a smaller value.
    /// The value ranges from **1** to **2147483647**.
    /// The default value is **300**.
    ///
    /// Default: `300`.
    pub ttl: Option<i64>,
    /// EIP
    pub address: Option<String>,
    /// Resource status
    /// For details, see Resource Status.
    pub status: Option<String>,
    /// Requested operation on the resource
    /// The value can be **CREATE**, **UPDATE**, **DELETE**, or **NONE** (indicating that no operation will be performed).
    pub action: Option<String>,
    /// Link to the current resource or other related resources
    /// When a response is broken into pages, a **next** link is provided to retrieve all results. For details, see Table 4.
    pub links: Option<PrivateZoneParametersInTheLinksField>,
}
/// Parameters in the response
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ShowPtrRecordResponse {
    /// PTR record ID, which is in **\{region\}:\{floatingip\_id\}** format
    pub id: Option<String>,
    /// Domain name of the PTR record
    pub ptrdname: Option<String>,
    /// PTR record description
    pub description: Option<String>,
    /// PTR record cache duration (in seconds) on a local DNS server. The longer the duration is, the slower the update takes effect.
    /// If your service address is frequently changed, set TTL to a smaller value.
    /// The value ranges from **1** to **2147483647**.
    /// The default value is **300**.
    ///
    /// Default: `300`.
    pub ttl: Option<i64>,
    /// EIP
    pub address: Option<String>,
    /// Resource status
    /// For details, see Resource Status.
    pub status: Option<String>,
    /// Requested operation on the resource
    /// The value can be **CREATE**, **UPDATE**, **DELETE**, or **NONE**.
    /// **NONE** indicates that no operation will be performed.
    pub action: Option<CreatePtrRecordResponseAction>,
    /// Link to the current resource or other related resources
    /// When a response is broken into pages, a **next** link is provided to retrieve all results. For details, see Table 3.
    pub links: Option<PrivateZoneParametersInTheLinksField>,
}
/// Parameters in the response
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListPtrRecordsResponse {
    /// Link to the current resource or other related resources.
    /// When a response is broken into pages, a **next** link is provided to retrieve all results. For details, see Table 5.
    pub links: Option<PrivateZoneParametersInTheLinksField>,
    /// Number of resources that meet the filter condition. For details, see Table 4.
    pub metadata: Option<PrivateZoneDescriptionOfTheMetadataField>,
    /// PTR record object list. For details, see Table 3.
    pub floatingips: Option<Vec<PtrRecordDescriptionOfTheFloatingipsField>>,
}
/// Description of the floatingips field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct PtrRecordDescriptionOfTheFloatingipsField {
    /// PTR record ID, which is in **\{region\}:\{floatingip\_id\}** format
    pub id: Option<String>,
    /// Domain name of the PTR record
    pub ptrdname: Option<String>,
    /// PTR record description
    pub description: Option<String>,
    /// PTR record cache duration (in seconds) on a local DNS server. The longer the duration is, the slower the update takes effect.
    /// If your service address is frequently changed, set TTL to a smaller value.
    /// The value ranges from **1** to **2147483647**.
    /// The default value is **300**.
    ///
    /// Default: `300`.
    pub ttl: Option<i64>,
    /// EIP
    pub address: Option<String>,
    /// Resource status
    /// For details, see Resource Status.
    pub status: Option<String>,
    /// Requested operation on the resource
    /// The value can be **CREATE**, **UPDATE**, **DELETE**, or **NONE**.
    /// **NONE** indicates that no operation will be performed.
    pub action: Option<CreatePtrRecordResponseAction>,
    /// Link to the current resource or other related resources.
    /// When a response is broken into pages, a **next** link is provided to retrieve all results. For details, see Table 5.
    pub links: Option<PrivateZoneParametersInTheLinksField>,
    /// Resource tag.
    /// The format is as follows: **key1,value1\|key2,value2**.
    /// Multiple tags are separated by vertical bar (\|). The key and value of each tag are separated by comma (,).
    /// The tags are in AND relationship.
    /// For details, see Table 6.
    /// Exact matching will work. If the value starts with an asterisk (\*), fuzzy matching will work for the string following the asterisk.
    /// The value is left blank by default.
    pub tags: Option<Vec<PrivateZoneDescriptionOfTheTagField>>,
}
/// Parameter in the request
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct UnsetPtrRecordRequest {
    /// Domain name of the PTR record
    /// Set it to **null** in the request.
    pub ptrdname: String,
}
/// Parameters in the request
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CreatePublicZoneRequest {
    /// Domain name registered with the domain name registrar
    ///
    /// - If a domain name is ended with a period (.), it cannot exceed 254 characters.
    /// - If a domain name is not ended with a period (.), it cannot exceed 253 characters.
    /// - A domain name cannot exceed 63 characters. Multiple domain names are separated with periods (.). A domain name is case insensitive. Uppercase letters will also be converted into lowercase letters.
    pub name: String,
    /// Description of the zone, which cannot exceed 255 characters
    /// The value is left blank by default.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Zone type, which can be **public** or **private**
    ///
    /// - **public**: public zones accessible to hosts on the Internet
    /// - **private**: private zones accessible only to hosts in specified VPCs If the value is left blank, a public zone will be created. For details about how to create a private zone, see Creating a Private Zone.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub zone_type: Option<String>,
    /// Email address of the administrator managing the zone
    /// The default value is the service email address.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// Caching period of the SOA record set (in seconds)
    /// The value ranges from **1** to **2147483647**.
    /// The default value is **300**.
    ///
    /// Default: `300`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ttl: Option<i64>,
    /// Resource tag. For details, see Table 2.
    /// The value is left blank by default.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<PrivateZoneDescriptionOfTheTagsField>>,
}
/// Parameters in the response
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CreatePublicZoneResponse {
    /// Zone ID, which is a UUID used to identify the zone
    pub id: Option<String>,
    /// Zone name
    pub name: Option<String>,
    /// Zone description
    pub description: Option<String>,
    /// Email address of the administrator managing the zone
    pub email: Option<String>,
    /// Zone type, which can be **public** or **private**
    pub zone_type: Option<String>,
    /// TTL value of the SOA record set in the zone
    /// The value ranges from **1** to **2147483647**.
    /// The default value is **300**.
    ///
    /// Default: `300`.
    pub ttl: Option<i64>,
    /// Serial number in the SOA record set in a zone, which identifies the change on the primary DNS server
    /// This parameter is not used currently.
    pub serial: Option<i64>,
    /// Resource status
    /// For details, see Resource Status.
    pub status: Option<String>,
    /// Number of record sets in the zone
    pub record_num: Option<i64>,
    /// Pool ID of the zone, which is assigned by the system
    pub pool_id: Option<String>,
    /// Project ID of the zone
    pub project_id: Option<String>,
    /// Time when the zone was created
    /// The UTC time format is used: YYYY-MM-DDTHH:MM:SSZ.
    pub created_at: Option<String>,
    /// Time when the zone was updated
    /// The UTC time format is used: YYYY-MM-DDTHH:MM:SSZ.
    pub updated_at: Option<String>,
    /// Link to the current resource or other related resources. When a response is broken into pages, a **next** link is provided to retrieve all results.
    /// For details, see Table 4.
    pub links: Option<PublicZoneDescriptionOfTheLinksField>,
    /// Master DNS servers, from which the slave servers get DNS information
    /// This parameter is not used currently.
    pub masters: Option<Vec<String>>,
}
/// Description of the links field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct PublicZoneDescriptionOfTheLinksField {
    /// Link to the current resource. Wire name: `self`.
    #[serde(rename = "self")]
    pub self_: Option<String>,
    /// Link to the next page
    pub next: Option<String>,
}
/// Parameters in the response
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct DeletePublicZoneResponse {
    /// Zone ID, which is a UUID used to identify the zone
    pub id: Option<String>,
    /// Zone name
    pub name: Option<String>,
    /// Zone description
    pub description: Option<String>,
    /// Email address of the administrator managing the zone
    pub email: Option<String>,
    /// Zone type, which can be **public** or **private**
    pub zone_type: Option<String>,
    /// TTL value of the SOA record set in the zone
    /// The value ranges from **1** to **2147483647**.
    /// The default value is **300**.
    ///
    /// Default: `300`.
    pub ttl: Option<i64>,
    /// Serial number in the SOA record set in a zone, which identifies the change on the primary DNS server
    /// This parameter is not used currently.
    pub serial: Option<i64>,
    /// Resource status
    /// For details, see Resource Status.
    pub status: Option<String>,
    /// Number of record sets in the zone
    pub record_num: Option<i64>,
    /// Pool ID of the zone, which is assigned by the system
    pub pool_id: Option<String>,
    /// Project ID of the zone
    pub project_id: Option<String>,
    /// Time when the zone was created
    /// The UTC time format is used: YYYY-MM-DDTHH:MM:SSZ.
    pub created_at: Option<String>,
    /// Time when the zone was updated
    /// The UTC time format is used: YYYY-MM-DDTHH:MM:SSZ.
    pub updated_at: Option<String>,
    /// Link to the current resource or other related resources. When a response is broken into pages, a **next** link is provided to retrieve all results.
    /// For details, see Table 3.
    pub links: Option<PublicZoneDescriptionOfTheLinksField>,
    /// Master DNS servers, from which the slave servers get DNS information
    /// This parameter is not used currently.
    pub masters: Option<Vec<String>>,
}
/// Parameters in the request
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct UpdatePublicZoneRequest {
    /// Description of the zone, which cannot exceed 255 characters
    /// If this parameter is left blank, the value will not be changed.
    /// The value is left blank by default.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Email address of the administrator managing the zone
    /// If this parameter is left blank, the value will not be changed.
    /// The value is left blank by default.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// Caching period of the SOA record set (in seconds)
    /// The value range from **1** to **2147483647**.
    /// If this parameter is left blank, the value will not be changed.
    /// The value is left blank by default.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ttl: Option<i64>,
}
/// Parameter in the response
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListPublicZoneNameServersResponse {
    /// Name server list. For details, see Table 3.
    pub nameservers: Option<Vec<ZoneNameServersDescriptionOfTheNameserversField>>,
}
/// Description of the nameservers field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ZoneNameServersDescriptionOfTheNameserversField {
    /// Host name of a name server
    pub hostname: Option<String>,
    /// Priority of a name server
    /// For example, if the priority of a name server is **1**, it is used to resolve domain names in first priority.
    pub priority: Option<i64>,
}
/// Parameters in the response
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListPublicZonesResponse {
    /// Link to the current resource or other related resources. When a response is broken into pages, a **next** link is provided to retrieve all results.
    /// For details, see Table 5.
    pub links: Option<PrivateZoneParametersInTheLinksField>,
    /// Zone list. For details, see Table 3.
    pub zones: Option<Vec<PublicZoneDescriptionOfTheZonesField>>,
    /// Total number of resources that meet the filter criteria. For details, see Table 4.
    pub metadata: Option<PrivateZoneDescriptionOfTheMetadataField>,
}
/// Description of the zones field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct PublicZoneDescriptionOfTheZonesField {
    /// Zone ID, which is a UUID used to identify the zone
    pub id: Option<String>,
    /// Zone name
    pub name: Option<String>,
    /// Zone description
    pub description: Option<String>,
    /// Email address of the administrator managing the zone
    pub email: Option<String>,
    /// Zone type, which can be **public** or **private**
    pub zone_type: Option<String>,
    /// TTL value of the SOA record set in the zone
    /// The value ranges from **1** to **2147483647**.
    /// The default value is **300**.
    ///
    /// Default: `300`.
    pub ttl: Option<i64>,
    /// Serial number in the SOA record set in a zone, which identifies the change on the primary DNS server
    /// This parameter is not used currently.
    pub serial: Option<i64>,
    /// Resource status
    /// For details, see Resource Status.
    pub status: Option<String>,
    /// Number of record sets in the zone
    pub record_num: Option<i64>,
    /// Pool ID of the zone, which is assigned by the system
    pub pool_id: Option<String>,
    /// Project ID of the zone
    pub project_id: Option<String>,
    /// Time when the zone was created
    /// The UTC time format is used: YYYY-MM-DDTHH:MM:SSZ.
    pub created_at: Option<String>,
    /// Time when the zone was updated
    /// The UTC time format is used: YYYY-MM-DDTHH:MM:SSZ.
    pub updated_at: Option<String>,
    /// Link to the current resource or other related resources
    /// When a response is broken into pages, a **next** link is provided to retrieve all results.
    /// For details, see Table 5.
    pub links: Option<PrivateZoneParametersInTheLinksField>,
    /// Resource tag.
    /// The format is as follows: **key1,value1\|key2,value2**.
    /// Multiple tags are separated by vertical bar (\|). The key and value of each tag are separated by comma (,).
    /// The tags are in AND relationship.
    /// For details about resource tags, see Table 6.
    /// Exact matching will work. If the value starts with an asterisk (\*), fuzzy matching will work for the string following the asterisk.
    /// The value is left blank by default.
    pub tags: Option<Vec<PrivateZoneDescriptionOfTheTagField>>,
    /// Master DNS servers, from which the slave servers get DNS information
    /// This parameter is not used currently.
    pub masters: Option<Vec<String>>,
}
/// Parameters in the request
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CreateRecordSetRequest {
    /// Fully qualified domain name (FQDN) suffixed with a zone name, which is a complete host name ended with a period.
    /// A domain name is case insensitive. Uppercase letters will also be converted into lowercase letters.
    pub name: String,
    /// (Optional) Description of the domain name
    /// The value cannot exceed 255 characters.
    /// The value is left blank by default.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Record set type
    /// The value can be **A**, **AAAA**, **MX**, **CNAME**, **TXT**, **NS** (only in public zones), **SRV**, **CAA** (only in public zones), and **PTR** (only in private zones).
    /// For details, see Record Set Type.
    ///
    /// Wire name: `type`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Caching period of the record set on a local DNS server
    /// If your service address is frequently changed, set TTL to a smaller value.
    /// Value range:
    ///
    /// - Public zone: **1**-**2147483647**
    /// - Private zone: **1**-**2147483647** The default value is **300**.
    ///
    /// Default: `300`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ttl: Option<i64>,
    /// Value of the record set. The value format varies depending on record set types.
    /// For example, the value of an AAAA record set is the IPv6 address list mapped to the domain name.
    pub records: Vec<String>,
    /// Resource tag. For details, see Table 3.
    /// The value is left blank by default.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<PrivateZoneDescriptionOfTheTagsField>>,
}
/// Parameters in the response
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CreateRecordSetResponse {
    /// Record set ID
    pub id: Option<String>,
    /// Record set name
    pub name: Option<String>,
    /// Record set description
    pub description: Option<String>,
    /// Zone ID of the record set
    pub zone_id: Option<String>,
    /// Zone name of the record set
    pub zone_name: Option<String>,
    /// Record set type
    /// The value can be **A**, **AAAA**, **MX**, **CNAME**, **TXT**, **NS** (only in public zones), **SRV**, **CAA** (only in public zones), and **PTR** (only in private zones).
    /// For details, see Record Set Type.
    ///
    /// Wire name: `type`.
    #[serde(rename = "type")]
    pub type_: Option<String>,
    /// Record set cache duration (in seconds) on a local DNS server. The longer the duration is, the slower the update takes effect.
    /// If your service address is frequently changed, set TTL to a smaller value.
    /// Value range:
    ///
    /// - Public zone: **1**-**2147483647**
    /// - Private zone: **1**-**2147483647** The default value is **300**.
    ///
    /// Default: `300`.
    pub ttl: Option<i64>,
    /// Record set value
    pub records: Option<Vec<String>>,
    /// Time when the record set was created
    /// The value format is yyyy-MM-dd'T'HH:mm:ss.SSS.
    pub create_at: Option<String>,
    /// Time when the record set was updated
    /// The value format is yyyy-MM-dd'T'HH:mm:ss.SSS.
    pub update_at: Option<String>,
    /// Resource status
    /// For details, see Resource Status.
    pub status: Option<String>,
    /// Whether the record set is created by default. A default record set cannot be deleted.
    pub default: Option<bool>,
    /// Project ID of the record set
    pub project_id: Option<String>,
    /// Link to the current resource or other related resources. When a response is broken into pages, a **next** link is provided to retrieve all results.
    /// For details, see Table 5.
    pub links: Option<PrivateZoneParametersInTheLinksField>,
}
/// Parameters in the response
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct DeleteRecordSetResponse {
    /// Record set ID
    pub id: Option<String>,
    /// Record set name
    pub name: Option<String>,
    /// Record set description
    pub description: Option<String>,
    /// Zone ID of the record set
    pub zone_id: Option<String>,
    /// Zone name of the record set
    pub zone_name: Option<String>,
    /// Record set type
    /// The value can be **A**, **AAAA**, **MX**, **CNAME**, **TXT**, **NS** (only in public zones), **SRV**, **CAA** (only in public zones), and **PTR** (only in private zones).
    /// For details, see Record Set Type.
    ///
    /// Wire name: `type`.
    #[serde(rename = "type")]
    pub type_: Option<String>,
    /// Record set cache duration (in seconds) on a local DNS server. The longer the duration is, the slower the update takes effect.
    /// If your service address is frequently changed, set TTL to a smaller value.
    /// Value range:
    ///
    /// - Public zone: **1**-**2147483647**
    /// - Private zone: **1**-**2147483647** The default value is **300**.
    ///
    /// Default: `300`.
    pub ttl: Option<i64>,
    /// Record set value
    pub records: Option<Vec<String>>,
    /// Time when the record set was created
    /// The value format is yyyy-MM-dd'T'HH:mm:ss.SSS.
    pub create_at: Option<String>,
    /// Time when the record set was updated
    /// The value format is yyyy-MM-dd'T'HH:mm:ss.SSS.
    pub update_at: Option<String>,
    /// Resource status
    /// For details, see Resource Status.
    pub status: Option<String>,
    /// Whether the record set is created by default. A default record set cannot be deleted.
    pub default: Option<bool>,
    /// Project ID of the record set
    pub project_id: Option<String>,
    /// Link to the current resource or other related resources. When a response is broken into pages, a **next** link is provided to retrieve all results.
    /// For details, see Table 3.
    pub links: Option<PrivateZoneParametersInTheLinksField>,
}
/// Parameters in the request
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct UpdateRecordSetRequest {
    /// Fully qualified domain name (FQDN) suffixed with a zone name, which is a complete host name ended with a period.
    /// If it is a record set in a public zone, you can add five labels at most.
    /// A domain name is case insensitive. Uppercase letters will also be converted into lowercase letters.
    pub name: String,
    /// (Optional) Description of the domain name
    /// The value cannot exceed 255 characters.
    /// If this parameter is left blank, the value will not be changed.
    /// The value is left blank by default.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Record set type
    /// The value can be **A**, **AAAA**, **MX**, **CNAME**, **TXT**, **NS** (only in public zones), **SRV**, **CAA** (only in public zones), and **PTR** (only in private zones).
    /// For details, see Record Set Type.
    ///
    /// Wire name: `type`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Record set cache duration (in seconds) on a local DNS server. The longer the duration is, the slower the update takes effect.
    /// If your service address is frequently changed, set TTL to a smaller value.
    /// Value range:
    ///
    /// - Public zone: **1**-**2147483647**
    /// - Private zone: **1**-**2147483647** If this parameter is left blank, the value will not be changed. The value is left blank by default.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ttl: Option<i64>,
    /// Value of the record set. The value format varies depending on record set types.
    /// For example, the value of an AAAA record set is the IPv6 address list mapped to the domain name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub records: Option<Vec<String>>,
}
/// Parameters in the response
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct UpdateRecordSetResponse {
    /// Record set ID
    pub id: Option<String>,
    /// Record set name
    pub name: Option<String>,
    /// Record set description
    pub description: Option<String>,
    /// Zone ID of the record set
    pub zone_id: Option<String>,
    /// Zone name of the record set
    pub zone_name: Option<String>,
    /// Record set type
    /// The value can be **A**, **AAAA**, **MX**, **CNAME**, **TXT**, **NS** (only in public zones), **SRV**, **CAA** (only in public zones), and **PTR** (only in private zones).
    /// For details, see Record Set Type.
    ///
    /// Wire name: `type`.
    #[serde(rename = "type")]
    pub type_: Option<String>,
    /// Record set cache duration (in seconds) on a local DNS server. The longer the duration is, the slower the update takes effect.
    /// If your service address is frequently changed, set TTL to a smaller value.
    /// Value range:
    ///
    /// - Public zone: **1**-**2147483647**
    /// - Private zone: **1**-**2147483647** The default value is **300**.
    ///
    /// Default: `300`.
    pub ttl: Option<i64>,
    /// Record set value
    pub records: Option<Vec<String>>,
    /// Time when the record set was created
    /// The value format is yyyy-MM-dd'T'HH:mm:ss.SSS.
    pub create_at: Option<String>,
    /// Time when the record set was updated
    /// The value format is yyyy-MM-dd'T'HH:mm:ss.SSS.
    pub update_at: Option<String>,
    /// Resource status
    /// For details, see Resource Status.
    pub status: Option<String>,
    /// Whether the record set is created by default. A default record set cannot be deleted.
    pub default: Option<bool>,
    /// Project ID of the record set
    pub project_id: Option<String>,
    /// Link to the current resource or other related resources. When a response is broken into pages, a **next** link is provided to retrieve all results.
    /// For details, see Table 4.
    pub links: Option<PrivateZoneParametersInTheLinksField>,
}
/// Parameters in the response
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ShowRecordSetResponse {
    /// Record set ID
    pub id: Option<String>,
    /// Record set name
    pub name: Option<String>,
    /// Record set description
    pub description: Option<String>,
    /// Zone ID of the record set
    pub zone_id: Option<String>,
    /// Zone name of the record set
    pub zone_name: Option<String>,
    /// Record set type
    /// The value can be **A**, **AAAA**, **MX**, **CNAME**, **TXT**, **NS**, **SOA**, **SRV**, **CAA** (only in public zones), or **PTR** (only in private zones).
    /// For details, see Record Set Type.
    ///
    /// Wire name: `type`.
    #[serde(rename = "type")]
    pub type_: Option<String>,
    /// Record set cache duration (in seconds) on a local DNS server. The longer the duration is, the slower the update takes effect.
    /// If your service address is frequently changed, set TTL to a smaller value.
    /// Value range:
    ///
    /// - Public zone: **1**-**2147483647**
    /// - Private zone: **1**-**2147483647** The default value is **300**.
    ///
    /// Default: `300`.
    pub ttl: Option<i64>,
    /// Record set value
    pub records: Option<Vec<String>>,
    /// Time when the record set was created
    /// The value format is yyyy-MM-dd'T'HH:mm:ss.SSS.
    pub create_at: Option<String>,
    /// Time when the record set was updated
    /// The value format is yyyy-MM-dd'T'HH:mm:ss.SSS.
    pub update_at: Option<String>,
    /// Resource status
    /// For details, see Resource Status.
    pub status: Option<String>,
    /// Whether the record set is created by default
    /// A default record set cannot be deleted.
    pub default: Option<bool>,
    /// Project ID of the record set
    pub project_id: Option<String>,
    /// Link to the current resource or other related resources
    /// When a response is broken into pages, a **next** link is provided to retrieve all results.
    /// For details, see Table 3.
    pub links: Option<PrivateZoneParametersInTheLinksField>,
}
/// Parameters in the response
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListRecordSetsResponse {
    /// Link to the current resource or other related resources. When a response is broken into pages, a **next** link is provided to retrieve all results.
    /// For details, see Table 5.
    pub links: Option<PrivateZoneParametersInTheLinksField>,
    /// Record set list object. For details, see Table 3.
    pub recordsets: Option<Vec<RecordSetDescriptionOfTheRecordsetsField>>,
    /// Total number of resources that meet the filter criteria. For details, see Table 4.
    pub metadata: Option<PrivateZoneDescriptionOfTheMetadataField>,
}
/// Description of the recordsets field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct RecordSetDescriptionOfTheRecordsetsField {
    /// Record set ID
    pub id: Option<String>,
    /// Record set name
    pub name: Option<String>,
    /// Record set description
    pub description: Option<String>,
    /// Zone ID of the record set
    pub zone_id: Option<String>,
    /// Zone name of the record set
    pub zone_name: Option<String>,
    /// Record set type
    /// The value can be **A**, **AAAA**, **MX**, **CNAME**, **TXT**, **NS**, **SOA**, **SRV**, **CAA** (only in public zones), or **PTR** (only in private zones).
    /// For details, see Record Set Type.
    ///
    /// Wire name: `type`.
    #[serde(rename = "type")]
    pub type_: Option<String>,
    /// Record set cache duration (in seconds) on a local DNS server. The longer the duration is, the slower the update takes effect.
    /// If your service address is frequently changed, set TTL to a smaller value.
    /// Value range:
    ///
    /// - Public zone: **1**-**2147483647**
    /// - Private zone: **1**-**2147483647** The default value is **300**.
    ///
    /// Default: `300`.
    pub ttl: Option<i64>,
    /// Record set value
    pub records: Option<Vec<String>>,
    /// Time when the record set was created
    /// The value format is yyyy-MM-dd'T'HH:mm:ss.SSS.
    pub create_at: Option<String>,
    /// Time when the record set was updated
    /// The value format is yyyy-MM-dd'T'HH:mm:ss.SSS.
    pub update_at: Option<String>,
    /// Resource status
    /// For details, see Resource Status.
    pub status: Option<String>,
    /// Whether the record set is created by default
    /// A default record set cannot be deleted.
    pub default: Option<bool>,
    /// Project ID of the record set
    pub project_id: Option<String>,
    /// Link to the current resource or other related resources
    /// When a response is broken into pages, a **next** link is provided to retrieve all results.
    /// For details, see Table 5.
    pub links: Option<PrivateZoneParametersInTheLinksField>,
    /// Resource tag.
    /// The format is as follows: **key1,value1\|key2,value2**.
    /// Multiple tags are separated by vertical bar (\|). The key and value of each tag are separated by comma (,).
    /// The tags are in AND relationship.
    /// For details, see Table 6.
    /// Exact matching will work. If the value starts with an asterisk (\*), fuzzy matching will work for the string following the asterisk.
    /// It is left blank by default.
    pub tags: Option<Vec<PrivateZoneDescriptionOfTheTagField>>,
}
/// Parameters in the response
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListZoneRecordSetsResponse {
    /// Link to the current resource or other related resources. When a response is broken into pages, a **next** link is provided to retrieve all results.
    /// For details, see Table 5.
    pub links: Option<PrivateZoneParametersInTheLinksField>,
    /// Record set list object. For details, see Table 3.
    pub recordsets: Option<Vec<ZoneRecordSetDescriptionOfTheRecordsetsField>>,
    /// Total number of resources that meet the filter criteria. For details, see Table 4.
    pub metadata: Option<PrivateZoneDescriptionOfTheMetadataField>,
}
/// Description of the recordsets field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ZoneRecordSetDescriptionOfTheRecordsetsField {
    /// Record set ID
    pub id: Option<String>,
    /// Record set name
    pub name: Option<String>,
    /// Record set description
    pub description: Option<String>,
    /// Zone ID of the record set
    pub zone_id: Option<String>,
    /// Zone name of the record set
    pub zone_name: Option<String>,
    /// Record set type
    /// The value can be **A**, **AAAA**, **MX**, **CNAME**, **TXT**, **NS**, **SOA**, **SRV**, **CAA** (only in public zones), or **PTR** (only in private zones).
    /// For details, see Record Set Type.
    ///
    /// Wire name: `type`.
    #[serde(rename = "type")]
    pub type_: Option<String>,
    /// Record set cache duration (in seconds) on a local DNS server. The longer the duration is, the slower the update takes effect.
    /// If your service address is frequently changed, set TTL to a smaller value.
    /// Value range:
    ///
    /// - Public zone: **1**-**2147483647**
    /// - Private zone: **1**-**2147483647** The default value is **300**.
    ///
    /// Default: `300`.
    pub ttl: Option<i64>,
    /// Record set value
    pub records: Option<Vec<String>>,
    /// Time when the record set was created
    /// The value format is yyyy-MM-dd'T'HH:mm:ss.SSS.
    pub create_at: Option<String>,
    /// Time when the record set was updated
    /// The value format is yyyy-MM-dd'T'HH:mm:ss.SSS.
    pub update_at: Option<String>,
    /// Resource status
    /// For details, see Resource Status.
    pub status: Option<String>,
    /// Whether the record set is created by default. A default record set cannot be deleted.
    pub default: Option<bool>,
    /// Project ID of the record set
    pub project_id: Option<String>,
    /// Link to the current resource or other related resources. When a response is broken into pages, a **next** link is provided to retrieve all results.
    /// For details, see Table 5.
    pub links: Option<PrivateZoneParametersInTheLinksField>,
}
/// Parameters in the request
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct BatchAddOrDeleteResourceTagsRequest {
    /// Tag list. The tag list structure cannot be empty when you delete tags. For details, see Table 3.
    pub tags: Vec<AddOrDeleteResourceTagParametersInTheTagsField>,
    /// Operation, which can be **create** or **delete** (case sensitive)
    pub action: String,
}
/// Parameters in the tags field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AddOrDeleteResourceTagParametersInTheTagsField {
    /// Tag key
    ///
    /// - Cannot be left blank.
    /// - Must be unique for each resource.
    /// - Can contain a maximum of 128 Unicode characters.
    /// - Can contain letters, digits, spaces, and the following characters: \_ . : = + - @
    /// - Cannot start or end with a space, or cannot start with ***sys***.
    pub key: String,
    /// Tag value
    ///
    /// - Can be left blank.
    /// - Can contain a maximum of 255 Unicode characters.
    /// - Can contain letters, digits, spaces, and the following characters: \_ . : = + - @
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
}
crate::support::setters!(
    @ model AddOrDeleteResourceTagParametersInTheTagsField new(key : String) { value :
    String }
);
/// Parameter in the request
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AddResourceTagsRequest {
    /// Tag
    /// For details, see Table 3.
    pub tag: ResourceTagParametersInTheTagList,
}
/// Parameters in the tag list
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ResourceTagParametersInTheTagList {
    /// Tag key
    ///
    /// - Cannot be left blank.
    /// - Must be unique for each resource.
    /// - Can contain a maximum of 128 Unicode characters.
    /// - Can contain letters, digits, spaces, and the following characters: \_ . : = + - @
    /// - Cannot start or end with a space, or cannot start with ***sys***.
    pub key: String,
    /// Tag value
    ///
    /// - Can be left blank.
    /// - Can contain a maximum of 255 Unicode characters.
    /// - Can contain letters, digits, spaces, and the following characters: \_ . : = + - @
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
}
crate::support::setters!(
    @ model ResourceTagParametersInTheTagList new(key : String) { value : String }
);
crate::support::open_enum!(
    #[doc = " Operation to be performed"] #[doc = " The value can be:"] #[doc = ""] #[doc
    = " - **filter**: queries resources in pages by filter condition."] #[doc =
    " - **count**: queries the total number of resources."]
    ListResourcesByTagRequestAction { Filter = "filter", Count = "count" }
);
/// Parameters in the request
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListResourcesByTagRequest {
    /// Includes specified tags. For details, see Table 3.
    /// The structure body is mandatory. A maximum of 20 tag keys are allowed in each query operation. The tag key cannot be left blank or set to the empty string. One tag key can have up to 20 tag values. Each tag key must be unique, and the tag values of one key must also be unique.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<ResourcesByTagParametersInTheTagsField>>,
    /// Includes any of the specified tags. For details, see Table 3.
    /// The structure body is mandatory. A maximum of 20 tag keys are allowed in each query operation. The tag key cannot be left blank or set to the empty string. One tag key can have up to 20 tag values. Each tag key must be unique, and the tag values of one key must also be unique.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tags_any: Option<Vec<ResourcesByTagParametersInTheTagsField>>,
    /// Excludes specified tags. For details, see Table 3.
    /// The structure body is mandatory. A maximum of 20 tag keys are allowed in each query operation. The tag key cannot be left blank or set to the empty string. One tag key can have up to 20 tag values. Each tag key must be unique, and the tag values of one key must also be unique.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub not_tags: Option<Vec<ResourcesByTagParametersInTheTagsField>>,
    /// Excludes any of the specified tags. For details, see Table 3.
    /// The structure body is mandatory. A maximum of 20 tag keys are allowed in each query operation. The tag key cannot be left blank or set to the empty string. One tag key can have up to 20 tag values. Each tag key must be unique, and the tag values of one key must also be unique.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub not_tags_any: Option<Vec<ResourcesByTagParametersInTheTagsField>>,
    /// Number of resources on each page
    /// The value range is 1-1000.
    ///
    /// - If **action** is set to **filter**, the default value is **1000**.
    /// - If **action** is set to **count**, this parameter does not take effect.
    ///
    /// Default: `1000`. Range 1 to 1000.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
    /// Start offset of pagination query. The query will start from the next resource of the offset value.
    /// The value ranges from **0** to **2147483647**.
    /// The default value is 0.
    ///
    /// - You do not need to specify this parameter when querying resources on the first page.
    /// - When you query resources on subsequent pages, set the value of **offset** to the location returned in the response body for the previous query.
    /// - If **action** is set to **filter**, this parameter takes effect. Its value can be 0 (default) or a positive integer.
    /// - If **action** is set to **count**, this parameter does not take effect.
    ///
    /// Default: `0`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub offset: Option<i64>,
    /// Operation to be performed
    /// The value can be:
    ///
    /// - **filter**: queries resources in pages by filter condition.
    /// - **count**: queries the total number of resources.
    pub action: ListResourcesByTagRequestAction,
    /// Field to be matched. For details, see Table 4.
    /// This parameter specifies the key-value pair to be matched in the query.
    /// If **value** is left blank, exact matching will work. Otherwise, fuzzy matching will work.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub matches: Option<Vec<ResourcesByTagParametersInTheMatchesField>>,
}
/// Parameters in the tags field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ResourcesByTagParametersInTheTagsField {
    /// Tag key
    ///
    /// - Cannot be left blank.
    /// - Must be unique for each resource.
    /// - Can contain a maximum of 128 Unicode characters.
    /// - Can contain letters, digits, spaces, and the following characters: \_ . : = + - @
    /// - Cannot start or end with a space, or cannot start with ***sys***.
    pub key: String,
    /// Tag value
    ///
    /// - Can be left blank.
    /// - Can contain a maximum of 255 Unicode characters.
    /// - Can contain letters, digits, spaces, and the following characters: \_ . : = + - @
    pub values: Vec<String>,
}
crate::support::setters!(
    @ model ResourcesByTagParametersInTheTagsField new(key : String, values : Vec <
    String >) {}
);
/// Parameters in the matches field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ResourcesByTagParametersInTheMatchesField {
    /// Key to be matched. It can only be **resource\_name**.
    pub key: String,
    /// Value to be matched. It can contain a maximum of 255 Unicode characters.
    pub value: String,
}
crate::support::setters!(
    @ model ResourcesByTagParametersInTheMatchesField new(key : String, value : String)
    {}
);
/// Parameters in the response
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListResourcesByTagResponse {
    /// Resource list For details, see Table 6.
    pub resources: Option<Vec<ResourcesByTagParametersInTheResourcesField>>,
    /// Number of resources that meet the filter criteria. The number is irrelevant to **limit** or **offset**.
    pub total_count: Option<i64>,
}
/// Parameters in the resources field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ResourcesByTagParametersInTheResourcesField {
    /// Resource ID
    pub resource_id: Option<String>,
    /// Resource details. This field is reserved for subsequent extension, and its value defaults to an empty string.
    pub resource_detail: Option<serde_json::Value>,
    /// List of queried tags. If no tag is matched, an empty array is returned. For details, see Table 7.
    pub tags: Option<Vec<serde_json::Value>>,
    /// Resource name. If no resource name is matched, the value is left blank.
    pub resource_name: Option<String>,
}
/// Parameter in the response
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListResourceTagsResponse {
    /// Tag list. For details, see Table 2.
    pub tags: Option<Vec<serde_json::Value>>,
}
/// Parameters in the response
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListResourceTypeTagsResponse {
    /// Tag list. For details, see Table 3.
    pub tags: Option<Vec<ResourceTypeTagDescriptionOfTheTagField>>,
}
/// Description of the tag field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ResourceTypeTagDescriptionOfTheTagField {
    /// Tag key
    ///
    /// - Cannot be left blank.
    /// - Must be unique for each resource.
    /// - Can contain a maximum of 128 Unicode characters.
    /// - Can contain letters, digits, spaces, and the following characters: \_ . : = + - @
    /// - Cannot start or end with a space, or cannot start with ***sys***.
    pub key: Option<String>,
    /// Tag value
    ///
    /// - Can be left blank.
    /// - Can contain a maximum of 255 Unicode characters.
    /// - Can contain letters, digits, spaces, and the following characters: \_ . : = + - @
    pub values: Option<Vec<String>>,
}
/// Parameter in the response
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListDnsApiVersionsResponse {
    /// Version object. For details, see Table 2.
    pub versions: Option<DnsApiVersionDescriptionOfTheVersionsField>,
}
/// Description of the versions field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct DnsApiVersionDescriptionOfTheVersionsField {
    /// Version list. For details, see Table 3.
    pub values: Option<Vec<DnsApiVersionDescriptionOfTheValuesField>>,
}
/// Description of the values field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct DnsApiVersionDescriptionOfTheValuesField {
    /// Version status, which can be:
    ///
    /// - **CURRENT**: widely used version
    /// - **SUPPORTED**: earlier version which is still supported
    /// - **DEPRECATED**: deprecated version which may be deleted later
    pub status: Option<String>,
    /// Version number
    pub id: Option<String>,
    /// URL of the current version. For details, see Table 4.
    pub links: Option<Vec<DnsApiVersionDescriptionOfTheLinksField>>,
}
/// Description of the links field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct DnsApiVersionDescriptionOfTheLinksField {
    /// Link address
    pub href: Option<String>,
    /// Link marker name
    pub rel: Option<String>,
}
/// Parameter in the response
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ShowDnsApiVersionResponse {
    /// Version object. For details, see Table 3.
    pub version: Option<DnsApiVersionDescriptionOfTheVersionField>,
}
/// Description of the version field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct DnsApiVersionDescriptionOfTheVersionField {
    /// Version status, which can be:
    ///
    /// - **CURRENT**: widely used version
    /// - **SUPPORTED**: earlier version which is still supported
    /// - **DEPRECATED**: deprecated version which may be deleted later
    pub status: Option<String>,
    /// Version number, for example, **v2**
    pub id: Option<String>,
    /// Time when the API version was released
    /// The UTC time format is used: YYYY-MM-DDTHH:MM:SSZ.
    pub updated: Option<String>,
    /// Maximum micro-version number. If the APIs do not support micro-versions, the value is left blank.
    pub version: Option<String>,
    /// Minimum micro-version number. If the APIs do not support micro-versions, the value is left blank.
    pub min_version: Option<String>,
    /// URL of the current version. For details, see Table 4.
    pub links: Option<Vec<DnsApiVersionDescriptionOfTheLinksField>>,
}
crate::support::open_enum!(
    #[doc = " The values of `Status`."] Status { Active = "ACTIVE", Error = "ERROR",
    Disable = "DISABLE", Freeze = "FREEZE", PendingCreate = "PENDING_CREATE",
    PendingUpdate = "PENDING_UPDATE", PendingDelete = "PENDING_DELETE" }
);
crate::support::open_enum!(
    #[doc = " The values of `SortKey`."] SortKey { Name = "name", Type = "type" }
);
crate::support::open_enum!(
    #[doc = " The values of `SortDir`."] SortDir { Desc = "desc", Asc = "asc" }
);
