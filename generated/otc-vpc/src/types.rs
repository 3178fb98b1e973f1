//! Models of Virtual Private Cloud (shared by every API version unless a version module has its own).
/// Response body parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListCommonPoolsResponse {
    /// Common pool.
    pub common_pools: Option<Vec<Commonpooldict>>,
    /// Request ID.
    pub request_id: Option<String>,
}
/// CommonPoolDict
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Commonpooldict {
    /// - Common pool name. Minimum length: **0** Maximum length: **36**
    pub name: Option<String>,
    /// - Common pool status Minimum length: **0** Maximum length: **36**
    pub status: Option<String>,
    /// - Common pool type, such as **bgp**. Minimum length: **0** Maximum length: **36**. Wire name: `type`.
    #[serde(rename = "type")]
    pub type_: Option<String>,
    /// - Number of used EIPs. Minimum value: **0** Maximum value: **99999**. Range at most 99999.
    pub used: Option<i64>,
    /// - Whether the resource is in a central region or an edge site.
    /// - The value can be **center** or an edge site name.
    /// - This resource can only be associated with an EIP of the same region. Minimum length: **1** Maximum length: **64**
    pub public_border_group: Option<String>,
    /// - Common pool ID. The parameter is not displayed by default. Minimum length: **0** Maximum length: **36**
    pub id: Option<String>,
    /// - Types of the shared bandwidth that an EIP can be added to. If this parameter is left blank, the EIP cannot be added to any shared bandwidth.
    /// - The EIP can be added only to the shared bandwidth of these types. Maximum length: **64**
    pub allow_share_bandwidth_types: Option<Vec<String>>,
}
/// Request body parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AttachBatchPublicIpRequest {
    /// - Definition: EIPs in a shared bandwidth.
    /// - Constraints: If multiple EIPs are added to a shared bandwidth, the value of **bandwidth\_id** of these EIPs must be the same. Array length: 1 to 50
    pub publicips: Vec<Batchattachsharebwdict>,
}
/// BatchAttachSharebwDict
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Batchattachsharebwdict {
    /// - Definition: Shared bandwidth ID. Minimum length: **36** Maximum length: **36**
    pub bandwidth_id: String,
    /// - Definition: EIP ID. Minimum length: **36** Maximum length: **36**
    pub publicip_id: String,
}
crate::support::setters!(
    @ model Batchattachsharebwdict new(bandwidth_id : String, publicip_id : String) {}
);
/// Response body parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AttachBatchPublicIpResponse {
    /// EIPs.
    pub publicips: Option<Vec<Batchpublicipresp>>,
    /// Request ID.
    pub request_id: Option<String>,
}
/// BatchPublicipResp
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Batchpublicipresp {
    /// Status code. Wire name: `statusCode`.
    #[serde(rename = "statusCode")]
    pub status_code: Option<i64>,
    /// EIP.
    pub publicip: Option<Publicipresp>,
}
crate::support::open_enum!(
    #[doc = " - Definition: EIP status"] #[doc =
    " - Range: The value can be **FREEZED**, **DOWN**, **ACTIVE**, or **ERROR**."] #[doc
    = " - **FREEZED**: The EIP is frozen."] #[doc =
    " - **DOWN**: The EIP is not bound to any instance."] #[doc =
    " - **ACTIVE**: The EIP is bound to an instance and is in use."] #[doc =
    " - **ERROR**: The EIP status is abnormal."] PubliciprespStatus { Freezed =
    "FREEZED", Down = "DOWN", Active = "ACTIVE", Error = "ERROR" }
);
crate::support::open_enum!(
    #[doc = " - Definition: EIP type."] #[doc =
    " - Range: The value can be **EIP** or **DUALSTACK**."] PubliciprespType { Eip =
    "EIP", Dualstack = "DUALSTACK" }
);
/// PublicipResp
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Publicipresp {
    /// - Definition: EIP ID, which uniquely identifies the EIP.
    pub id: Option<String>,
    /// - Definition: Project ID.
    pub project_id: Option<String>,
    /// - Definition: EIP version.
    /// - Range: The value can be **4** or **6**. **6** indicates that the NAT64 capability is enabled.
    /// - **4**: IPv4 EIP
    /// - **6**: IPv6 EIP
    pub ip_version: Option<i64>,
    /// - Definition: IPv4 EIP.
    pub public_ip_address: Option<String>,
    /// - Definition: IPv6 EIP.
    pub public_ipv6_address: Option<String>,
    /// - Definition: EIP status
    /// - Range: The value can be **FREEZED**, **DOWN**, **ACTIVE**, or **ERROR**.
    /// - **FREEZED**: The EIP is frozen.
    /// - **DOWN**: The EIP is not bound to any instance.
    /// - **ACTIVE**: The EIP is bound to an instance and is in use.
    /// - **ERROR**: The EIP status is abnormal.
    pub status: Option<PubliciprespStatus>,
    /// - Definition: Supplementary information about the EIP
    /// - Constraints: You can customize this value to identify your EIP, which is not perceived by the system.
    pub description: Option<String>,
    /// - Definition: Time when an EIP was assigned.
    /// - Constraints: The value is in UTC format, for example, 2018-12-25T10:07:24Z.
    pub created_at: Option<String>,
    /// - Definition: Time when an EIP was last updated.
    /// - Constraints: The value is in UTC format, for example, 2018-12-25T10:09:20Z.
    pub updated_at: Option<String>,
    /// - Definition: EIP type.
    /// - Range: The value can be **EIP** or **DUALSTACK**.
    ///
    /// Wire name: `type`.
    #[serde(rename = "type")]
    pub type_: Option<PubliciprespType>,
    /// - Definition: Port information of the instance that an EIP is bound to
    /// - Constraints: If the instance has no port, the value is **null**.
    pub vnic: Option<Vnicresp>,
    /// - Definition: Bandwidth of the EIP.
    pub bandwidth: Option<Bandwidthresp>,
    /// - Definition: Enterprise project ID of the EIP.
    pub enterprise_project_id: Option<String>,
    /// - Definition: Order information of an EIP.
    /// - Constraints: Order information is available only for yearly/monthly resources. This parameter is left empty for pay-per-use resources.
    pub billing_info: Option<String>,
    /// - Definition: Frozen status of an EIP.
    /// - Constraints: The metadata type indicates that the EIP is frozen due to arrears or security reasons.
    pub lock_status: Option<String>,
    /// - Definition: Type of the instance that an EIP is bound to.
    /// - Range:
    /// - **PORT** (Instance type, including ECS, BMS, and CCE)
    /// - **NATGW** (NAT gateway type)
    /// - **ELB** (Load balancer type)
    /// - **VPN** (VPN instance type)
    pub associate_instance_type: Option<String>,
    /// - Definition: ID of the instance that an EIP is bound to.
    pub associate_instance_id: Option<String>,
    /// - Definition: ID of the network that an EIP belongs to. It is the network ID corresponding to **publicip\_pool\_name**.
    pub publicip_pool_id: Option<String>,
    /// - Definition: Network type of an EIP, including public EIP pool (for example, **5\_bgp** or **5\_sbgp**) and dedicated EIP pool. For details about the dedicated EIP pool, see the APIs about **publcip\_pool**.
    pub publicip_pool_name: Option<String>,
    /// - Definition: EIP alias.
    pub alias: Option<String>,
    /// - Definition: Whether it is a central or an edge EIP. The value is **CENTER** for a central EIP and an edge AZ name for an edge EIP.
    pub public_border_group: Option<String>,
}
/// VnicResp
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Vnicresp {
    /// - Definition: Private IP address of a port.
    pub private_ip_address: Option<String>,
    /// - Definition: ID of the device that the port belongs to. The device ID indicates the ID of the cloud service resource that uses the private IP address in the subnet, for example, the cloud server ID or load balancer ID.
    /// - Constraints: If there is a port, the value of this parameter is the same as that of **associate\_instance\_id**.
    pub device_id: Option<String>,
    /// - Definition: Device that the port belongs to, that is, a cloud service resource that uses a private IP address in the subnet.
    /// - Constraints: If there is a port, this parameter and **associate\_instance\_type** can be used to identify the instance type.
    pub device_owner: Option<String>,
    /// - Definition: VTEP IP address.
    pub vtep: Option<String>,
    /// - Definition: VXLAN ID.
    pub vni: Option<String>,
    /// - Definition: ID of the VPC that the port belongs to.
    pub vpc_id: Option<String>,
    /// - Definition: Port ID, which uniquely identifies a port.
    pub port_id: Option<String>,
    /// - Definition: Port profile.
    pub port_profile: Option<String>,
    /// - Definition: MAC address of a port.
    pub mac: Option<String>,
    /// - Definition: User of a port, which is different from the owner of **device\_id**. For example, the **device\_owner** of a virtual IP address port is a virtual IP address, but the actual user of the port may be a VM or others.
    pub instance_id: Option<String>,
    /// - Definition: Instance type. This parameter is used together with **instance\_id**.
    pub instance_type: Option<String>,
    /// - Definition: Details about the virtual interface of the network interface
    pub port_vif_details: Option<String>,
}
/// BandwidthResp
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Bandwidthresp {
    /// - Definition: Bandwidth ID.
    pub id: Option<String>,
    /// - Definition: Bandwidth size.
    pub size: Option<i64>,
    /// - Definition: Bandwidth type. **WHOLE** indicates a shared bandwidth, and **PER** indicates a dedicated bandwidth.
    pub share_type: Option<String>,
    /// - Definition: Bandwidth billing mode.
    pub charge_mode: Option<String>,
    /// - Definition: Bandwidth name
    pub name: Option<String>,
    /// - Definition: Bandwidth order information.
    pub billing_info: Option<String>,
}
/// Request body parameter
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AssociatePublicipsRequest {
    /// EIP object.
    pub publicip: Associatepublicipsoption,
}
crate::support::open_enum!(
    #[doc = " - Type of the instance that the port belongs to."] #[doc =
    " - The value can be **PORT**, **NATGW**, **VPN**, or **ELB**."] #[doc =
    " - Constraints:"] #[doc =
    " - If neither **associate\\_instance\\_type** nor **associate\\_instance\\_id** is left empty, the instance is bound."]
    #[doc = " - **associate\\_instance\\_type** cannot be empty."] #[doc =
    " - A dual-stack EIP cannot have its bound instance changed. Minimum length: **0** Maximum length: **36** Enumerated values:"]
    #[doc = " - **PORT**"] #[doc = " - **NATGW**"] #[doc = " - **VPN**"] #[doc =
    " - **ELB**"] AssociatepublicipsoptionAssociateInstanceType { Port = "PORT", Natgw =
    "NATGW", Vpn = "VPN", Elb = "ELB" }
);
/// AssociatePublicipsOption
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Associatepublicipsoption {
    /// - Type of the instance that the port belongs to.
    /// - The value can be **PORT**, **NATGW**, **VPN**, or **ELB**.
    /// - Constraints:
    /// - If neither **associate\_instance\_type** nor **associate\_instance\_id** is left empty, the instance is bound.
    /// - **associate\_instance\_type** cannot be empty.
    /// - A dual-stack EIP cannot have its bound instance changed. Minimum length: **0** Maximum length: **36** Enumerated values:
    /// - **PORT**
    /// - **NATGW**
    /// - **VPN**
    /// - **ELB**
    pub associate_instance_type: AssociatepublicipsoptionAssociateInstanceType,
    /// - ID of the instance that the port belongs to, for example, RDS instance ID.
    /// - Constraints:
    /// - If neither **associate\_instance\_type** nor **associate\_instance\_id** is left empty, the instance is bound.
    /// - **associate\_instance\_id** cannot be empty.
    /// - A dual-stack EIP cannot have its bound instance changed. Minimum length: **0** Maximum length: **36**
    pub associate_instance_id: String,
}
crate::support::setters!(
    @ model Associatepublicipsoption new(associate_instance_type :
    AssociatepublicipsoptionAssociateInstanceType, associate_instance_id : String) {}
);
/// Response body parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AssociatePublicipsResponse {
    /// Request ID.
    /// Minimum length: **0**
    /// Maximum length: **36**
    pub request_id: Option<String>,
    /// Response body of binding an EIP.
    pub publicip: Option<Publicipinstanceresp>,
}
crate::support::open_enum!(
    #[doc = " - EIP status."] #[doc = " - The value can be:"] #[doc =
    " - **FREEZED** (Frozen)"] #[doc = " - **BIND\\_ERROR** (Binding failed)"] #[doc =
    " - **BINDING** (Binding)"] #[doc = " - **PENDING\\_DELETE** (Releasing)"] #[doc =
    " - **PENDING\\_CREATE** (Assigning)"] #[doc = " - **NOTIFYING**"] #[doc =
    " - **NOTIFY\\_DELETE**"] #[doc = " - **PENDING\\_UPDATE** (Updating)"] #[doc =
    " - **DOWN** (Unbound)"] #[doc = " - **ACTIVE** (Bound)"] #[doc =
    " - **ELB** (Bound to a load balancer)"] #[doc = " - **VPN** (Bound to a VPN)"] #[doc
    = " - **ERROR** Enumerated values:"] #[doc = " - **FREEZED**"] #[doc =
    " - **BIND\\_ERROR**"] #[doc = " - **BINDING**"] #[doc = " - **PENDING\\_DELETE**"]
    #[doc = " - **PENDING\\_CREATE**"] #[doc = " - **NOTIFYING**"] #[doc =
    " - **NOTIFY\\_DELETE**"] #[doc = " - **PENDING\\_UPDATE**"] #[doc = " - **DOWN**"]
    #[doc = " - **ACTIVE**"] #[doc = " - **ELB**"] #[doc = " - **ERROR**"] #[doc =
    " - **VPN**"] PublicipinstancerespStatus { Freezed = "FREEZED", BindError =
    "BIND_ERROR", Binding = "BINDING", PendingDelete = "PENDING_DELETE", PendingCreate =
    "PENDING_CREATE", Notifying = "NOTIFYING", NotifyDelete = "NOTIFY_DELETE",
    PendingUpdate = "PENDING_UPDATE", Down = "DOWN", Active = "ACTIVE", Elb = "ELB", Vpn
    = "VPN", Error = "ERROR" }
);
crate::support::open_enum!(
    #[doc = " - Type of the instance bound with an EIP."] #[doc =
    " - Value range: **PORT**, **NATGW**, **ELB**, **ELBV1**, **VPN** or **null** Minimum length: **0** Maximum length: **64** Enumerated values:"]
    #[doc = " - **PORT**"] #[doc = " - **NATGW**"] #[doc = " - **ELB**"] #[doc =
    " - **ELBV1**"] #[doc = " - **VPN**"] #[doc = " - **null**"]
    PublicipinstancerespAssociateInstanceType { Port = "PORT", Natgw = "NATGW", Elb =
    "ELB", Elbv1 = "ELBV1", Vpn = "VPN", Null = "null" }
);
/// PublicipInstanceResp
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Publicipinstanceresp {
    /// - Unique ID of the EIP. Minimum length: **0** Maximum length: **36**
    pub id: Option<String>,
    /// - Project ID. Minimum length: **0** Maximum length: **32**
    pub project_id: Option<String>,
    /// - IP address version.
    /// - The value can be:
    /// - **4**: IPv4 EIP
    /// - **6**: IPv6 EIP, which is not supported currently. Enumerated values:
    /// - **4**
    /// - **6**
    pub ip_version: Option<i64>,
    /// - EIP or IPv6 port address. Minimum length: **0** Maximum length: **36**
    pub public_ip_address: Option<String>,
    /// - EIP status.
    /// - The value can be:
    /// - **FREEZED** (Frozen)
    /// - **BIND\_ERROR** (Binding failed)
    /// - **BINDING** (Binding)
    /// - **PENDING\_DELETE** (Releasing)
    /// - **PENDING\_CREATE** (Assigning)
    /// - **NOTIFYING**
    /// - **NOTIFY\_DELETE**
    /// - **PENDING\_UPDATE** (Updating)
    /// - **DOWN** (Unbound)
    /// - **ACTIVE** (Bound)
    /// - **ELB** (Bound to a load balancer)
    /// - **VPN** (Bound to a VPN)
    /// - **ERROR** Enumerated values:
    /// - **FREEZED**
    /// - **BIND\_ERROR**
    /// - **BINDING**
    /// - **PENDING\_DELETE**
    /// - **PENDING\_CREATE**
    /// - **NOTIFYING**
    /// - **NOTIFY\_DELETE**
    /// - **PENDING\_UPDATE**
    /// - **DOWN**
    /// - **ACTIVE**
    /// - **ELB**
    /// - **ERROR**
    /// - **VPN**
    pub status: Option<PublicipinstancerespStatus>,
    /// - Supplementary information about the EIP.
    /// - This is customized by users and is not perceived by the system. Minimum length: **1** Maximum length: **255**
    pub description: Option<String>,
    /// - Whether the resource is in a central region or an edge site.
    /// - The value can be **center** or an edge site name.
    /// - This resource can only be associated with an EIP of the same region. Minimum length: **1** Maximum length: **64**
    pub public_border_group: Option<String>,
    /// - Time (UTC) when an EIP is assigned.
    /// - Format: *yyyy-MM-ddTHH:mm:ssZ*
    pub created_at: Option<String>,
    /// - Time (UTC) when an EIP is updated.
    /// - Format: *yyyy-MM-ddTHH:mm:ssZ*
    pub updated_at: Option<String>,
    /// - EIP type Minimum length: **1** Maximum length: **36** Enumerated values:
    /// - **EIP**
    /// - **DUALSTACK**
    ///
    /// Wire name: `type`.
    #[serde(rename = "type")]
    pub type_: Option<PubliciprespType>,
    /// - Port information of the instance with an EIP bound.
    /// - If the instance with an EIP bound does not depend on a port, the value is **null**.
    pub vnic: Option<Vnicinfo>,
    /// - Bandwidth bound to an EIP.
    pub bandwidth: Option<Publicipbandwidthinfo>,
    /// - Enterprise project ID. The value is **0** or a string that contains a maximum of 36 characters in UUID format with hyphens (-). This is the ID of the enterprise project that you associate with the EIP when you assign the EIP. Minimum length: **0** Maximum length: **36**
    ///
    /// Length at most 36.
    pub enterprise_project_id: Option<String>,
    /// - Order information of an EIP.
    /// - This parameter is left empty for pay-per-use resources. Minimum length: **0** Maximum length: **256**
    pub billing_info: Option<String>,
    /// - Frozen status of an EIP.
    /// - The metadata type indicates that the EIP is frozen due to arrears or abuse.
    /// - Value range: **police** or **locked** Minimum length: **0** Maximum length: **64**
    pub lock_status: Option<String>,
    /// - Type of the instance bound with an EIP.
    /// - Value range: **PORT**, **NATGW**, **ELB**, **ELBV1**, **VPN** or **null** Minimum length: **0** Maximum length: **64** Enumerated values:
    /// - **PORT**
    /// - **NATGW**
    /// - **ELB**
    /// - **ELBV1**
    /// - **VPN**
    /// - **null**
    pub associate_instance_type: Option<PublicipinstancerespAssociateInstanceType>,
    /// - ID of the instance bound with an EIP. Minimum length: **0** Maximum length: **64**
    pub associate_instance_id: Option<String>,
    /// - ID of the network that an EIP belongs to. Network ID corresponding to **publicip\_pool\_name** Minimum length: **0** Maximum length: **36**
    pub publicip_pool_id: Option<String>,
    /// - Network type of an EIP, including public EIP pool (for example, **5\_bgp** or **5\_sbgp**) and dedicated EIP pool.
    /// - For details about the dedicated EIP pool, see the APIs about **publcip\_pool**. Minimum length: **0** Maximum length: **64**
    pub publicip_pool_name: Option<String>,
    /// - EIP name. Minimum length: **0** Maximum length: **64**
    pub alias: Option<String>,
}
crate::support::open_enum!(
    #[doc = " - Device that the port belongs to."] #[doc = " - The value can be:"] #[doc
    = " - **network:dhcp**"] #[doc = " - **network:VIP\\_PORT**"] #[doc =
    " - **network:router\\_interface\\_distributed**"] #[doc =
    " - **network:router\\_centralized\\_snat**"] #[doc =
    " - The system automatically sets this parameter. Minimum length: **0** Maximum length: **64**"]
    VnicinfoDeviceOwner { NetworkDhcp = "network:dhcp", NetworkVipPort =
    "network:VIP_PORT", NetworkRouterInterfaceDistributed =
    "network:router_interface_distributed", NetworkRouterCentralizedSnat =
    "network:router_centralized_snat" }
);
/// VnicInfo
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Vnicinfo {
    /// - Private IP address. Minimum length: **0** Maximum length: **36**
    pub private_ip_address: Option<String>,
    /// - ID of the device that a port belongs to.
    /// - The system automatically sets this parameter. Minimum length: **0** Maximum length: **36**
    pub device_id: Option<String>,
    /// - Device that the port belongs to.
    /// - The value can be:
    /// - **network:dhcp**
    /// - **network:VIP\_PORT**
    /// - **network:router\_interface\_distributed**
    /// - **network:router\_centralized\_snat**
    /// - The system automatically sets this parameter. Minimum length: **0** Maximum length: **64**
    pub device_owner: Option<VnicinfoDeviceOwner>,
    /// - VPC ID. Minimum length: **0** Maximum length: **36**
    pub vpc_id: Option<String>,
    /// - Port ID. Minimum length: **0** Maximum length: **36**
    pub port_id: Option<String>,
    /// - Port profile. Minimum length: **0** Maximum length: **256**
    pub port_profile: Option<String>,
    /// - Port MAC address.
    /// - The system automatically sets this parameter. Minimum length: **0** Maximum length: **64**
    pub mac: Option<String>,
    /// - VTEP IP address. Minimum length: **0** Maximum length: **36**
    pub vtep: Option<String>,
    /// - VXLAN ID. Minimum length: **0** Maximum length: **36**
    pub vni: Option<String>,
    /// - ID of the instance that the port belongs to, for example, RDS instance ID.
    /// - The system automatically sets this parameter. Minimum length: **0** Maximum length: **36**
    pub instance_id: Option<String>,
    /// - Type of the instance that the port belongs to, for example, RDS.
    /// - The system automatically sets this parameter. Minimum length: **0** Maximum length: **36**
    pub instance_type: Option<String>,
    /// - Details about the NIC virtual interface. Minimum length: **0** Maximum length: **255**
    pub port_vif_details: Option<String>,
}
crate::support::open_enum!(
    #[doc = " - Whether the bandwidth is shared or dedicated."] #[doc =
    " - The value can be:"] #[doc = " - **PER**: Dedicated bandwidth"] #[doc =
    " - **WHOLE**: Shared bandwidth"] #[doc =
    " - IPv6 addresses do not support bandwidth whose type is **WHOLE**. Minimum length: **0** Maximum length: **36**"]
    PublicipbandwidthinfoShareType { Per = "PER", Whole = "WHOLE" }
);
crate::support::open_enum!(
    #[doc = " - Whether the billing is based on traffic or bandwidth."] #[doc =
    " - The value can be:"] #[doc = " - **bandwidth**: billed by bandwidth"] #[doc =
    " - **traffic**: billed by traffic"] #[doc =
    " - **95peak\\_plus**: billed by 95th percentile bandwidth (enhanced) Minimum length: **0** Maximum length: **36**"]
    PublicipbandwidthinfoChargeMode { Bandwidth = "bandwidth", Traffic = "traffic",
    N95peakPlus = "95peak_plus" }
);
/// PublicipBandwidthInfo
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Publicipbandwidthinfo {
    /// - Bandwidth ID. Minimum length: **0** Maximum length: **36**
    pub id: Option<String>,
    /// - Bandwidth size.
    /// - The value ranges from 1 Mbit/s to 1000 Mbit/s by default. Minimum value: **1** Maximum value: **1000**
    ///
    /// Range at most 1000.
    pub size: Option<i64>,
    /// - Whether the bandwidth is shared or dedicated.
    /// - The value can be:
    /// - **PER**: Dedicated bandwidth
    /// - **WHOLE**: Shared bandwidth
    /// - IPv6 addresses do not support bandwidth whose type is **WHOLE**. Minimum length: **0** Maximum length: **36**
    pub share_type: Option<PublicipbandwidthinfoShareType>,
    /// - Whether the billing is based on traffic or bandwidth.
    /// - The value can be:
    /// - **bandwidth**: billed by bandwidth
    /// - **traffic**: billed by traffic
    /// - **95peak\_plus**: billed by 95th percentile bandwidth (enhanced) Minimum length: **0** Maximum length: **36**
    pub charge_mode: Option<PublicipbandwidthinfoChargeMode>,
    /// - Bandwidth name.
    /// - The value can contain 1 to 64 characters, including letters, digits, underscores (\_), hyphens (-), and periods (.). Minimum length: **0** Maximum length: **64**
    ///
    /// Length 1 to 64.
    pub name: Option<String>,
    /// - Billing information. Minimum length: **0** Maximum length: **256**
    pub billing_info: Option<String>,
}
/// Response body parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListPublicipsV3Response {
    /// Request ID.
    /// Minimum length: **0**
    /// Maximum length: **36**
    pub request_id: Option<String>,
    /// EIP object.
    pub publicips: Option<Vec<Publicipsingleshowresp>>,
    /// Pagination page number information.
    pub page_info: Option<Pageinfooption>,
    /// Total number of EIPs.
    /// Minimum value: **0**
    /// Maximum value: **999999**
    ///
    /// Range at most 999999.
    pub total_count: Option<i64>,
}
crate::support::open_enum!(
    #[doc = " - Frozen status of an EIP."] #[doc =
    " - The metadata type indicates that the EIP is frozen due to arrears or abuse."]
    #[doc = " - The value can be:"] #[doc = " - **police**"] #[doc =
    " - **locked** Minimum length: **0** Maximum length: **64**"]
    PublicipsingleshowrespLockStatus { Police = "police", Locked = "locked" }
);
/// PublicipSingleShowResp
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Publicipsingleshowresp {
    /// - Unique ID of the EIP. Minimum length: **0** Maximum length: **36**
    pub id: Option<String>,
    /// - Project ID. Minimum length: **0** Maximum length: **32**
    pub project_id: Option<String>,
    /// - IP address version.
    /// - The value can be:
    /// - **4**: IPv4 EIP
    /// - **6**: IPv6 EIP Enumerated values:
    /// - **4**
    /// - **6**
    pub ip_version: Option<i64>,
    /// - EIP or IPv6 port address. Minimum length: **0** Maximum length: **36**
    pub public_ip_address: Option<String>,
    /// - Obtained EIP if IPv6 EIPs are available. This parameter does not exist if only IPv4 EIPs are available. Minimum length: **0** Maximum length: **64**
    pub public_ipv6_address: Option<String>,
    /// - Network type of an EIP. This parameter is discarded and is not displayed by default. It is inherited by **publicip\_pool\_name**. Minimum length: **0** Maximum length: **64**
    pub network_type: Option<String>,
    /// - EIP status.
    /// - The value can be:
    /// - **FREEZED** (Frozen)
    /// - **BIND\_ERROR** (Binding failed)
    /// - **BINDING** (Binding)
    /// - **PENDING\_DELETE** (Releasing)
    /// - **PENDING\_CREATE** (Assigning)
    /// - **NOTIFYING** (Notify that EIP is assigned)
    /// - **NOTIFY\_DELETE** (Notify to release an EIP)
    /// - **PENDING\_UPDATE** (Updating)
    /// - **DOWN** (Unbound)
    /// - **ACTIVE** (Bound)
    /// - **ELB** (Bound to a load balancer)
    /// - **VPN** (Bound to a VPN)
    /// - **ERROR** (Assignment failed) Minimum length: **0** Maximum length: **64** Enumerated values:
    /// - **FREEZED**
    /// - **BIND\_ERROR**
    /// - **BINDING**
    /// - **PENDING\_DELETE**
    /// - **PENDING\_CREATE**
    /// - **NOTIFYING**
    /// - **NOTIFY\_DELETE**
    /// - **PENDING\_UPDATE**
    /// - **DOWN**
    /// - **ACTIVE**
    /// - **ELB**
    /// - **VPN**
    /// - **ERROR**
    pub status: Option<PublicipinstancerespStatus>,
    /// - Supplementary information about the EIP.
    /// - This is customized by users and is not perceived by the system. Minimum length: **0** Maximum length: **256**
    pub description: Option<String>,
    /// - Whether the resource is in a central region or an edge site.
    /// - The value can be **center** or an edge site name.
    /// - This resource can only be associated with an EIP of the same region. Minimum length: **1** Maximum length: **64**
    pub public_border_group: Option<String>,
    /// - Time (UTC) when an EIP is assigned.
    /// - Format: *yyyy-MM-ddTHH:mm:ssZ* Minimum length: **0** Maximum length: **64**
    pub created_at: Option<String>,
    /// - Time (UTC) when an EIP is updated.
    /// - Format: *yyyy-MM-ddTHH:mm:ssZ* Minimum length: **0** Maximum length: **64**
    pub updated_at: Option<String>,
    /// - EIP type. Minimum length: **1** Maximum length: **36** Enumerated values:
    /// - **EIP**
    /// - **DUALSTACK**
    ///
    /// Wire name: `type`.
    #[serde(rename = "type")]
    pub type_: Option<PubliciprespType>,
    /// - Port information of the instance with an EIP bound.
    /// - If the instance with an EIP bound does not depend on a port, the value is **null**.
    pub vnic: Option<ListPublicipsV3Vnicinfo>,
    /// Bandwidth bound to an EIP.
    pub bandwidth: Option<ListPublicipsV3Publicipbandwidthinfo>,
    /// Enterprise project ID. The value is **0** or a string that contains a maximum of 36 characters in UUID format with hyphens (-). This is the ID of the enterprise project that you associate with the EIP when you assign the EIP.
    /// Minimum length: **0**
    /// Maximum length: **36**
    ///
    /// Length at most 36.
    pub enterprise_project_id: Option<String>,
    /// - Order information of an EIP.
    /// - This parameter is left empty for pay-per-use resources. Minimum length: **0** Maximum length: **256**
    pub billing_info: Option<String>,
    /// - Frozen status of an EIP.
    /// - The metadata type indicates that the EIP is frozen due to arrears or abuse.
    /// - The value can be:
    /// - **police**
    /// - **locked** Minimum length: **0** Maximum length: **64**
    pub lock_status: Option<PublicipsingleshowrespLockStatus>,
    /// - Type of the instance bound with an EIP.
    /// - The value can be:
    /// - **PORT**
    /// - **NATGW**
    /// - **ELB**
    /// - **ELBV1**
    /// - **VPN**
    /// - **null** Minimum length: **0** Maximum length: **64** Enumerated values:
    /// - **PORT**
    /// - **NATGW**
    /// - **ELB**
    /// - **ELBV1**
    /// - **VPN**
    /// - **null**
    pub associate_instance_type: Option<PublicipinstancerespAssociateInstanceType>,
    /// - ID of the instance bound with an EIP. Minimum length: **0** Maximum length: **36**
    pub associate_instance_id: Option<String>,
    /// - ID of the network that an EIP belongs to. It is the network ID corresponding to **publicip\_pool\_name**. Minimum length: **0** Maximum length: **36**
    pub publicip_pool_id: Option<String>,
    /// - Network type of an EIP, including public EIP pool (for example, **5\_bgp** or **5\_sbgp**) and dedicated EIP pool.
    /// - For details about the dedicated EIP pool, see the APIs about **publcip\_pool**. Minimum length: **0** Maximum length: **64**
    pub publicip_pool_name: Option<String>,
    /// - EIP name. Minimum length: **0** Maximum length: **64**
    pub alias: Option<String>,
    /// - EIP and metadata. (The parameter is not displayed by default.)
    pub profile: Option<Profileinfo>,
    /// - Whether an EIP can change its BGP type. If the value is **true**, the EIP can change its BGP type. If the value is **false**, the EIP cannot change its BGP type. (The parameter is not displayed by default.) Enumerated values:
    /// - **true**
    /// - **false**
    pub fake_network_type: Option<bool>,
    /// - User tag. (The parameter is not displayed by default.)
    pub tags: Option<Vec<String>>,
    /// - Record the upper-level ownership of an instance. For example, if **associate\_instance\_type** is set to **PORT**, this parameter records the **device\_id** and **device\_owner** information of the port. (This parameter only records information in limited scenarios and is not displayed by default.) Minimum length: **1** Maximum length: **64**
    pub associate_instance_metadata: Option<String>,
    /// - Passthrough mode. The parameter is displayed only after the passthrough mode is enabled. Minimum length: **1** Maximum length: **36**
    pub associate_mode: Option<String>,
    /// - Types of the shared bandwidth that an EIP can be added to. If this parameter is left blank, the EIP cannot be added to any shared bandwidth.
    /// - The EIP can be added only to the shared bandwidth of these types. Maximum length: **64**
    pub allow_share_bandwidth_types: Option<Vec<String>>,
    /// - Whether an EIP can be released together with its instance. (The parameter is not displayed by default.)
    pub cascade_delete_by_instance: Option<bool>,
}
crate::support::open_enum!(
    #[doc = " - Device that the port belongs to."] #[doc = " - The value can be:"] #[doc
    = " - **network:dhcp**"] #[doc = " - **network:VIP\\_PORT**"] #[doc =
    " - **network:router\\_interface\\_distributed**"] #[doc =
    " - network:router\\_centralized\\_snat"] #[doc =
    " - The system automatically sets this parameter. Minimum length: **0** Maximum length: **64**"]
    ListPublicipsV3VnicinfoDeviceOwner { NetworkDhcp = "network:dhcp", NetworkVipPort =
    "network:VIP_PORT", NetworkRouterInterfaceDistributed =
    "network:router_interface_distributed" }
);
/// VnicInfo
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListPublicipsV3Vnicinfo {
    /// - Private IP address. Minimum length: **0** Maximum length: **36**
    pub private_ip_address: Option<String>,
    /// - ID of the device that a port belongs to.
    /// - The system automatically sets this parameter. Minimum length: **0** Maximum length: **36**
    pub device_id: Option<String>,
    /// - Device that the port belongs to.
    /// - The value can be:
    /// - **network:dhcp**
    /// - **network:VIP\_PORT**
    /// - **network:router\_interface\_distributed**
    /// - network:router\_centralized\_snat
    /// - The system automatically sets this parameter. Minimum length: **0** Maximum length: **64**
    pub device_owner: Option<ListPublicipsV3VnicinfoDeviceOwner>,
    /// - VPC ID. Minimum length: **0** Maximum length: **36**
    pub vpc_id: Option<String>,
    /// - Port ID. Minimum length: **0** Maximum length: **36**
    pub port_id: Option<String>,
    /// - Port profile. Minimum length: **0** Maximum length: **256**
    pub port_profile: Option<String>,
    /// - Port MAC address.
    /// - The system automatically sets this parameter. Minimum length: **0** Maximum length: **64**
    pub mac: Option<String>,
    /// - VTEP IP address. Minimum length: **0** Maximum length: **36**
    pub vtep: Option<String>,
    /// - VXLAN ID. Minimum length: **0** Maximum length: **36**
    pub vni: Option<String>,
    /// - ID of the instance that the port belongs to, for example, RDS instance ID.
    /// - The system automatically sets this parameter. Minimum length: **0** Maximum length: **36**
    pub instance_id: Option<String>,
    /// - Type of the instance that the port belongs to, for example, RDS.
    /// - The system automatically sets this parameter. Minimum length: **0** Maximum length: **36**
    pub instance_type: Option<String>,
    /// - Details about the NIC virtual interface. Minimum length: **0** Maximum length: **255**
    pub port_vif_details: Option<String>,
}
/// PublicipBandwidthInfo
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListPublicipsV3Publicipbandwidthinfo {
    /// - Bandwidth ID. Minimum length: **0** Maximum length: **36**
    pub id: Option<String>,
    /// - Bandwidth size.
    /// - The value ranges from 5 Mbit/s to 2000 Mbit/s by default. Minimum value: **0** Maximum value: **99999**
    ///
    /// Range at most 99999.
    pub size: Option<i64>,
    /// - Whether the bandwidth is shared or dedicated.
    /// - The value can be:
    /// - **PER**: Dedicated bandwidth
    /// - **WHOLE**: Shared bandwidth
    /// - IPv6 addresses do not support bandwidth whose type is **WHOLE**. Minimum length: **0** Maximum length: **36**
    pub share_type: Option<PublicipbandwidthinfoShareType>,
    /// - Whether the billing is based on traffic or bandwidth.
    /// - The value can be:
    /// - **bandwidth**: billed by bandwidth
    /// - **traffic**: billed by traffic
    /// - **95peak\_plus**: billed by 95th percentile bandwidth (enhanced) Minimum length: **0** Maximum length: **36**
    pub charge_mode: Option<PublicipbandwidthinfoChargeMode>,
    /// - Bandwidth name.
    /// - The value can contain 1 to 64 characters, including letters, digits, underscores (\_), hyphens (-), and periods (.). Minimum length: **0** Maximum length: **64**
    ///
    /// Length 1 to 64.
    pub name: Option<String>,
    /// - Billing information. Minimum length: **0** Maximum length: **256**
    pub billing_info: Option<String>,
}
crate::support::open_enum!(
    #[doc =
    " - EIP assigning status. This parameter is only for internal use of the EIP service. Minimum length: **0** Maximum length: **36** Enumerated values:"]
    #[doc = " - **PENDING\\_CREATE**"] #[doc = " - **PENDING\\_UPDATE**"] #[doc =
    " - **NOTIFYING**"] #[doc = " - **NOTIFYED**"] #[doc = " - **NOTIFY\\_DELETE**"]
    ProfileinfoNotifyStatus { PendingCreate = "PENDING_CREATE", PendingUpdate =
    "PENDING_UPDATE", Notifying = "NOTIFYING", Notifyed = "NOTIFYED", NotifyDelete =
    "NOTIFY_DELETE" }
);
crate::support::open_enum!(
    #[doc =
    " - EIP frozen status. Minimum length: **0** Maximum length: **36** Enumerated values:"]
    #[doc = " - **FREEZED**"] #[doc = " - **UNFREEZED**"] ProfileinfoFreezedStatus {
    Freezed = "FREEZED", Unfreezed = "UNFREEZED" }
);
/// ProfileInfo
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Profileinfo {
    /// - **port\_id** in the **5**\*\_xxx\* network (for example, **5\_bgp**) of an EIP. Minimum length: **0** Maximum length: **36**
    pub local_network_port: Option<String>,
    /// - Whether an EIP is assigned together with a VM. If the value is **true**, the EIP is assigned independently. If the value is **false**, the EIP is assigned together with a VM.
    pub standalone: Option<bool>,
    /// - EIP assigning status. This parameter is only for internal use of the EIP service. Minimum length: **0** Maximum length: **36** Enumerated values:
    /// - **PENDING\_CREATE**
    /// - **PENDING\_UPDATE**
    /// - **NOTIFYING**
    /// - **NOTIFYED**
    /// - **NOTIFY\_DELETE**
    pub notify_status: Option<ProfileinfoNotifyStatus>,
    /// - Time when an EIP is assigned. Minimum length: **0** Maximum length: **64**
    pub create_time: Option<String>,
    /// - Whether an EIP can change its BGP type. If the value is **true**, the EIP can change its BGP type. If the value is **false**, the EIP cannot change its BGP type. Enumerated values:
    /// - **true**
    /// - **false**
    pub fake_network_type: Option<bool>,
    /// - Type of the resource purchased together with an EIP. Minimum length: **0** Maximum length: **36** Enumerated value:
    /// - **ecs**
    pub create_source: Option<String>,
    /// - ID of the ECS purchased together with an EIP. Minimum length: **0** Maximum length: **36**
    pub ecs_id: Option<String>,
    /// - Lock status of an EIP, for example, **POLICE** (abuse), **LOCKED** (common issues), **ARREAR** (in arrears), and **DELABLE** (can be deleted). Minimum length: **0** Maximum length: **36**
    pub lock_status: Option<String>,
    /// - EIP frozen status. Minimum length: **0** Maximum length: **36** Enumerated values:
    /// - **FREEZED**
    /// - **UNFREEZED**
    pub freezed_status: Option<ProfileinfoFreezedStatus>,
    /// - Bandwidth bound to an EIP.
    pub bandwidth_info: Option<Bandwidthinforesp>,
}
/// BandwidthInfoResp
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Bandwidthinforesp {
    /// - Bandwidth name. Minimum length: **0** Maximum length: **256**
    pub bandwidth_name: Option<String>,
    /// - Bandwidth size (Mbit/s). Minimum value: **0** Maximum value: **99999**. Range at most 99999.
    pub bandwidth_number: Option<i64>,
    /// - Bandwidth type. Enumerated values:
    /// - **PER**
    /// - **WHOLE**
    pub bandwidth_type: Option<PublicipbandwidthinfoShareType>,
    /// - Bandwidth ID. Minimum length: **0** Maximum length: **36**
    pub bandwidth_id: Option<String>,
}
/// PageInfoOption
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Pageinfooption {
    /// Marker value of the previous page.
    /// Minimum length: **0**
    /// Maximum length: **36**
    pub previous_marker: Option<String>,
    /// Marker value of the next page.
    /// Minimum length: **0**
    /// Maximum length: **36**
    pub next_marker: Option<String>,
    /// Total number of data records on the current page.
    /// Minimum value: **0**
    /// Maximum value: **99999**
    ///
    /// Range at most 99999.
    pub current_count: Option<i64>,
}
/// Response body parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ShowPublicipV3Response {
    /// Request ID.
    /// Minimum length: **0**
    /// Maximum length: **36**
    pub request_id: Option<String>,
    /// EIP.
    pub publicip: Option<ShowPublicipV3Publicipsingleshowresp>,
}
/// PublicipSingleShowResp
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ShowPublicipV3Publicipsingleshowresp {
    /// - Unique ID of the EIP. Minimum length: **0** Maximum length: **36**
    pub id: Option<String>,
    /// - Project ID. Minimum length: **0** Maximum length: **32**
    pub project_id: Option<String>,
    /// - IP address version.
    /// - The value can be:
    /// - **4**: IPv4 EIP
    /// - **6**: IPv6 EIP Enumerated values:
    /// - **4**
    /// - **6**
    pub ip_version: Option<i64>,
    /// - EIP or IPv6 port address. Minimum length: **0** Maximum length: **36**
    pub public_ip_address: Option<String>,
    /// - Obtained EIP if IPv6 EIPs are available. This parameter does not exist if only IPv4 EIPs are available. Minimum length: **0** Maximum length: **64**
    pub public_ipv6_address: Option<String>,
    /// - Network type of an EIP. This parameter is discarded and is not displayed by default. It is inherited by **publicip\_pool\_name**. Minimum length: **0** Maximum length: **64**
    pub network_type: Option<String>,
    /// - EIP status.
    /// - The value can be:
    /// - **FREEZED** (Frozen)
    /// - **BIND\_ERROR** (Binding failed)
    /// - **BINDING** (Binding)
    /// - **PENDING\_DELETE** (Releasing)
    /// - **PENDING\_CREATE** (Assigning)
    /// - **NOTIFYING**
    /// - **NOTIFY\_DELETE**
    /// - **PENDING\_UPDATE** (Updating)
    /// - **DOWN** (Unbound)
    /// - **ACTIVE** (Bound)
    /// - **ELB** (Bound to a load balancer)
    /// - **VPN** (Bound to a VPN)
    /// - **ERROR** Minimum length: **0** Maximum length: **64** Enumerated values:
    /// - **FREEZED**
    /// - **BIND\_ERROR**
    /// - **BINDING**
    /// - **PENDING\_DELETE**
    /// - **PENDING\_CREATE**
    /// - **NOTIFYING**
    /// - **NOTIFY\_DELETE**
    /// - **PENDING\_UPDATE**
    /// - **DOWN**
    /// - **ACTIVE**
    /// - **ELB**
    /// - **VPN**
    /// - **ERROR**
    pub status: Option<PublicipinstancerespStatus>,
    /// - Supplementary information about the EIP.
    /// - This is customized by users and is not perceived by the system. Minimum length: **0** Maximum length: **256**
    pub description: Option<String>,
    /// - Whether the resource is in a central region or an edge site.
    /// - The value can be **center** or an edge site name.
    /// - This resource can only be associated with an EIP of the same region. Minimum length: **1** Maximum length: **64**
    pub public_border_group: Option<String>,
    /// - Time (UTC) when an EIP is assigned.
    /// - Format: *yyyy-MM-ddTHH:mm:ssZ* Minimum length: **0** Maximum length: **64**
    pub created_at: Option<String>,
    /// - Time (UTC) when an EIP is updated.
    /// - Format: *yyyy-MM-ddTHH:mm:ssZ* Minimum length: **0** Maximum length: **64**
    pub updated_at: Option<String>,
    /// - EIP type. Minimum length: **1** Maximum length: **36** Enumerated values:
    /// - **EIP**
    /// - **DUALSTACK**
    ///
    /// Wire name: `type`.
    #[serde(rename = "type")]
    pub type_: Option<PubliciprespType>,
    /// - Port information of the instance with an EIP bound.
    /// - If the instance with an EIP bound does not depend on a port, the value is **null**.
    pub vnic: Option<Vnicinfo>,
    /// Bandwidth bound to an EIP.
    pub bandwidth: Option<ListPublicipsV3Publicipbandwidthinfo>,
    /// Enterprise project ID. The value is **0** or a string that contains a maximum of 36 characters in UUID format with hyphens (-). This is the ID of the enterprise project that you associate with the EIP when you assign the EIP.
    /// Minimum length: **0**
    /// Maximum length: **36**
    ///
    /// Length at most 36.
    pub enterprise_project_id: Option<String>,
    /// - Order information of an EIP.
    /// - This parameter is left empty for pay-per-use resources. Minimum length: **0** Maximum length: **256**
    pub billing_info: Option<String>,
    /// - Frozen status of an EIP.
    /// - The metadata type indicates that the EIP is frozen due to arrears or abuse.
    /// - The value can be:
    /// - **police**
    /// - **locked** Minimum length: **0** Maximum length: **64**
    pub lock_status: Option<PublicipsingleshowrespLockStatus>,
    /// - Type of the instance bound with an EIP.
    /// - The value can be:
    /// - **PORT**
    /// - **NATGW**
    /// - **ELB**
    /// - **ELBV1**
    /// - **VPN**
    /// - **null** Minimum length: **0** Maximum length: **64** Enumerated values:
    /// - **PORT**
    /// - **NATGW**
    /// - **ELB**
    /// - **ELBV1**
    /// - **VPN**
    /// - **null**
    pub associate_instance_type: Option<PublicipinstancerespAssociateInstanceType>,
    /// - ID of the instance bound with an EIP. Minimum length: **0** Maximum length: **36**
    pub associate_instance_id: Option<String>,
    /// - ID of the network that an EIP belongs to. It is the network ID corresponding to **publicip\_pool\_name**. Minimum length: **0** Maximum length: **36**
    pub publicip_pool_id: Option<String>,
    /// - Network type of an EIP, including public EIP pool (for example, **5\_bgp** or **5\_sbgp**) and dedicated EIP pool.
    /// - For details about the dedicated EIP pool, see the APIs about **publcip\_pool**. Minimum length: **0** Maximum length: **64**
    pub publicip_pool_name: Option<String>,
    /// - EIP name. Minimum length: **0** Maximum length: **64**
    pub alias: Option<String>,
    /// - EIP and metadata. (The parameter is not displayed by default.)
    pub profile: Option<ShowPublicipV3Profileinfo>,
    /// - Whether an EIP can change its BGP type. If the value is **true**, the EIP can change its BGP type. If the value is **false**, the EIP cannot change its BGP type. (The parameter is not displayed by default.) Enumerated values:
    /// - **true**
    /// - **false**
    pub fake_network_type: Option<bool>,
    /// - User tag. (The parameter is not displayed by default.)
    pub tags: Option<Vec<String>>,
    /// - Record the upper-level ownership of an instance. For example, if **associate\_instance\_type** is set to **PORT**, this parameter records the **device\_id** and **device\_owner** information of the port. (This parameter only records information in limited scenarios and is not displayed by default.) Minimum length: **1** Maximum length: **64**
    pub associate_instance_metadata: Option<String>,
    /// - Passthrough mode. The parameter is displayed only after the passthrough mode is enabled. Minimum length: **1** Maximum length: **36**
    pub associate_mode: Option<String>,
    /// - Types of the shared bandwidth that an EIP can be added to. If this parameter is left blank, the EIP cannot be added to any shared bandwidth.
    /// - The EIP can be added only to the shared bandwidth of these types. Maximum length: **64**
    pub allow_share_bandwidth_types: Option<Vec<String>>,
    /// - Whether an EIP can be released together with its instance. (The parameter is not displayed by default.)
    pub cascade_delete_by_instance: Option<bool>,
}
/// ProfileInfo
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ShowPublicipV3Profileinfo {
    /// - **port\_id** in the **5**\*\_xxx\* network (for example, **5\_bgp**) of an EIP. Minimum length: **0** Maximum length: **36**
    pub local_network_port: Option<String>,
    /// - Whether an EIP is assigned together with a VM. If the value is **true**, the EIP is assigned independently. If the value is **false**, the EIP is assigned together with a VM.
    pub standalone: Option<bool>,
    /// - EIP assigning status. This parameter is only for internal use of the EIP service. Minimum length: **0** Maximum length: **36** Enumerated values:
    /// - **PENDING\_CREATE**
    /// - **PENDING\_UPDATE**
    /// - **NOTIFYING**
    /// - **NOTIFYED**
    /// - **NOTIFY\_DELETE**
    pub notify_status: Option<ProfileinfoNotifyStatus>,
    /// - Time when an EIP is assigned. Minimum length: **0** Maximum length: **64**
    pub create_time: Option<String>,
    /// - Whether an EIP can change its BGP type. If the value is **true**, the EIP can change its BGP type. If the value is **false**, the EIP cannot change its BGP type. Enumerated values:
    /// - **true**
    /// - **false**
    pub fake_network_type: Option<bool>,
    /// - Type of the resource purchased together with an EIP. Minimum length: **0** Maximum length: **36** Enumerated value:
    /// - **ecs**
    pub create_source: Option<String>,
    /// - ID of the ECS purchased together with an EIP. Minimum length: **0** Maximum length: **36**
    pub ecs_id: Option<String>,
    /// - Lock status of an EIP, for example, **POLICE** (abuse), **LOCKED** (common issues), **ARREAR** (in arrears), and **DELABLE** (can be deleted). Minimum length: **0** Maximum length: **36**
    pub lock_status: Option<String>,
    /// - EIP frozen status. Minimum length: **0** Maximum length: **36** Enumerated values:
    /// - **FREEZED**
    /// - **UNFREEZED**
    pub freezed_status: Option<ProfileinfoFreezedStatus>,
    /// - Bandwidth bound to an EIP.
    pub bandwith_info: Option<Bandwidthinforesp>,
}
/// Response body parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct DisassociatePublicipsResponse {
    /// Request ID.
    /// Minimum length: **0**
    /// Maximum length: **36**
    pub request_id: Option<String>,
    /// Response body of unbinding an EIP.
    pub publicip: Option<Publicipinstanceresp>,
}
/// Request body parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct UpdatePublicipsRequest {
    /// EIP
    pub publicip: Updatepublicipoption,
}
/// UpdatePublicipOption
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Updatepublicipoption {
    /// - Definition: EIP name Minimum: **0** Maximum: **64**
    #[serde(skip_serializing_if = "Option::is_none")]
    pub alias: Option<String>,
    /// - Definition: Supplementary information about the EIP.
    /// - Range: The value can contain 0 to 255 characters and cannot contain the following special characters: \<\> Minimum: **0** Maximum: **255**
    ///
    /// Length 0 to 255.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// - Definition: Type of the instance with an EIP bound.
    /// - Range:
    /// - **PORT** (Instance type, including ECS, BMS, and CCE)
    /// - **NATGW** (NAT gateway type)
    /// - **ELB** (Load balancer type)
    /// - **ELBV1** (ELB V1 load balancer type)
    /// - **VPN** (VPN instance type)
    /// - Constraints:
    /// - If both **associate\_instance\_type** and **associate\_instance\_id** are not left empty, the EIP is bound to an instance.
    /// - If both **associate\_instance\_type** and **associate\_instance\_id** are null, an instance is unbound. You can configure **associate\_instance\_type** and **associate\_instance\_id** to null on API Explorer. For details, see the example request for unbinding an EIP from an instance.
    /// - A dual-stack EIP cannot have its bound instance changed. Minimum: **0** Maximum: **36**
    #[serde(skip_serializing_if = "Option::is_none")]
    pub associate_instance_type: Option<String>,
    /// - Definition: ID of the bound instance, such as a load balancer ID or an ECS network interface ID.
    /// - Constraints:
    /// - If both **associate\_instance\_type** and **associate\_instance\_id** are not left empty, the EIP is bound to an instance.
    /// - If both **associate\_instance\_type** and **associate\_instance\_id** are null, an instance is unbound. You can configure **associate\_instance\_type** and **associate\_instance\_id** to null on API Explorer. For details, see the example request for unbinding an EIP from an instance.
    /// - A dual-stack EIP cannot have its bound instance changed. Minimum: **0** Maximum: **36**
    #[serde(skip_serializing_if = "Option::is_none")]
    pub associate_instance_id: Option<String>,
}
crate::support::setters!(
    @ model Updatepublicipoption { alias : String, description : String,
    associate_instance_type : String, associate_instance_id : String }
);
/// Response body parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct UpdatePublicipsResponse {
    /// Request ID.
    pub request_id: Option<String>,
    /// Response object of updating an EIP
    pub publicip: Option<Publicipupdateresp>,
}
/// PublicipUpdateResp
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Publicipupdateresp {
    /// - Definition: EIP ID, which uniquely identifies the EIP.
    pub id: Option<String>,
    /// - Definition: Project ID.
    pub project_id: Option<String>,
    /// - Definition: IP address version
    /// - Range:
    /// - **4**: IPv4 EIP
    /// - **6**: IPv6 EIP
    pub ip_version: Option<i64>,
    /// - Definition: EIP or IPv6 port address.
    pub public_ip_address: Option<String>,
    /// - Definition: Obtained EIP if IPv6 EIPs are available. This parameter does not exist if only IPv4 EIPs are available.
    pub public_ipv6_address: Option<String>,
    /// - Definition: EIP status
    /// - Range:
    /// - **FREEZED**: frozen
    /// - **BIND\_ERROR**: failed to be bound
    /// - **BINDING**: being bound
    /// - **PENDING\_DELETE**: being released
    /// - **PENDING\_CREATE**: being created
    /// - **NOTIFYING**: being created
    /// - **NOTIFY\_DELETE**: being released
    /// - **PENDING\_UPDATE**: being updated
    /// - **DOWN**: not bound
    /// - **ACTIVE**: bound
    /// - **ELB**: bound to a load balancer
    /// - **VPN**: bound to a VPN
    /// - **ERROR**: failed
    pub status: Option<String>,
    /// - Definition: Supplementary information about the EIP.
    /// - Constraints: You can customize this value to identify your EIP, which is not perceived by the system.
    pub description: Option<String>,
    /// - Definition: Whether the resource is in a central region or an edge site.
    /// - Range: The value can be **center** or an edge site name.
    /// - **Constraints**: An EIP can only be bound to a resource from the same region or site.
    pub public_border_group: Option<String>,
    /// - Definition: Time (UTC) when the resource was created.
    /// - Format: yyyy-MM-ddTHH:mm:ssZ
    pub created_at: Option<String>,
    /// - Definition: Time (UTC) when the resource was updated.
    /// - Format: yyyy-MM-ddTHH:mm:ssZ
    pub updated_at: Option<String>,
    /// - Definition: EIP type.
    /// - Constraints: N/A
    /// - Range:
    /// - **EIP**: IPv4 EIP.
    /// - **DUALSTACK**: IPv6 EIP.
    /// - Default Value: N/A
    ///
    /// Wire name: `type`. Default: `N/A`.
    #[serde(rename = "type")]
    pub type_: Option<String>,
    /// - Definition: Port information of the instance that an EIP is bound to.
    /// - Constraints: If the instance has no port, the value is **null**.
    pub vnic: Option<UpdatePublicipsVnicinfo>,
    /// Definition: Bandwidth of an EIP
    pub bandwidth: Option<UpdatePublicipsPublicipbandwidthinfo>,
    /// Definition: Enterprise project ID The value is **0** or a string that contains a maximum of 36 characters in the UUID format with hyphens (-). This is the ID of the enterprise project that you associate with the EIP when you assign the EIP.
    ///
    /// Length at most 36.
    pub enterprise_project_id: Option<String>,
    /// - Definition: Order information of an EIP.
    /// - Constraints: Order information is available only for yearly/monthly resources. This parameter is left empty for pay-per-use resources.
    pub billing_info: Option<String>,
    /// - Definition: Frozen reason of the EIP.
    /// - Constraints: The metadata type is used.
    /// - Range:
    /// - **POLICE**: frozen due to public security issues
    /// - **LOCKED**: frozen due to common issues
    /// - **ARREAR**: frozen due to arrears
    /// - **DELABLE**: frozen and can be deleted
    /// - Default Value: N/A
    ///
    /// Default: `N/A`.
    pub lock_status: Option<String>,
    /// - Definition: Type of the instance with an EIP bound.
    /// - Range:
    /// - **PORT** (Instance type, including ECS, BMS, and CCE)
    /// - **NATGW** (NAT gateway type)
    /// - **ELB** (Load balancer type)
    /// - **VPN** (VPN instance type)
    pub associate_instance_type: Option<String>,
    /// Definition: ID of the instance with an EIP bound.
    pub associate_instance_id: Option<String>,
    /// Definition: ID of the network that an EIP belongs to. It is the network ID corresponding to **publicip\_pool\_name**.
    pub publicip_pool_id: Option<String>,
    /// - Definition: Network type of an EIP, including public EIP pool (for example, **5\_bgp** or **5\_sbgp**) and dedicated EIP pool.
    /// - For details about a dedicated EIP pool, see the APIs about **publicip\_pool**.
    pub publicip_pool_name: Option<String>,
    /// - Definition: EIP name
    pub alias: Option<String>,
    /// - Definition: Passthrough mode. This parameter is available after the passthrough mode is enabled. (Not displayed by default)
    pub associate_mode: Option<String>,
}
/// VnicInfo
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct UpdatePublicipsVnicinfo {
    /// - Definition: Private IP address
    pub private_ip_address: Option<String>,
    /// - Definition: ID of the device that the port belongs to. The device ID indicates the ID of the cloud service resource that uses the private IP address in the subnet, for example, the cloud server ID or load balancer ID.
    /// - Constraints: The value cannot be configured or updated and is automatically maintained by the system.
    pub device_id: Option<String>,
    /// - Definition: Device that the port belongs to, that is, a cloud service resource that uses a private IP address in the subnet.
    /// - Range: Valid devices.
    /// - **network:dhcp**: DHCP service
    /// - **network:VIP\_PORT**: Virtual IP address
    /// - **network:router\_interface\_distributed**: Subnet gateway address
    /// - **network:router\_centralized\_snat**: SNAT gateway address
    /// - Constraints: The value cannot be configured or updated and is automatically maintained by the system.
    pub device_owner: Option<String>,
    /// - Definition: VPC ID
    pub vpc_id: Option<String>,
    /// - Definition: Port ID
    pub port_id: Option<String>,
    /// - Definition: Port profile
    pub port_profile: Option<String>,
    /// - Definition: MAC address of the port
    /// - Constraints: The value is allocated by the system and cannot be specified.
    pub mac: Option<String>,
    /// - Definition: VTEP IP address
    pub vtep: Option<String>,
    /// - Definition: VXLAN ID
    pub vni: Option<String>,
    /// - Definition: ID of the instance that the port belongs to, for example, RDS instance ID.
    /// - Constraints: The value cannot be configured or updated and is automatically maintained by the system.
    pub instance_id: Option<String>,
    /// - Definition: Port user.
    /// - Constraints: N/A
    /// - Range:
    /// - **PORT**: elastic network interface
    /// - **PEP\_PORT**: PEP elastic network interface
    /// - **EVPN**: Ethernet virtual private network
    /// - **NATGW**: NAT gateway
    /// - **P2CVPN**: P2C virtual private network
    /// - Default Value: N/A
    ///
    /// Default: `N/A`.
    pub instance_type: Option<String>,
    /// - Definition: Details about the virtual interface of the network interface
    pub port_vif_details: Option<String>,
}
/// PublicipBandwidthInfo
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct UpdatePublicipsPublicipbandwidthinfo {
    /// - Definition: Bandwidth ID
    pub id: Option<String>,
    /// - Definition: Bandwidth size.
    /// - Range: The value ranges from 5 Mbit/s to 2000 Mbit/s by default.
    pub size: Option<i64>,
    /// - Definition: Whether the bandwidth is shared or dedicated.
    /// - Range:
    /// - **PER**: dedicated bandwidths
    /// - **WHOLE**: shared bandwidth
    /// - \[- Constraints: IPv6 addresses do not support bandwidth whose type is "WHOLE".\] (tag:hws,srg)
    pub share_type: Option<String>,
    /// - Definition: Whether the billing is based on traffic or bandwidth.
    /// - Range:
    /// - **bandwidth**: billed by bandwidth
    /// - **traffic**: billed by traffic
    /// - **95peak\_plus**: 95th percentile bandwidth (enhanced)
    pub charge_mode: Option<String>,
    /// - Definition: Bandwidth name.
    /// - Range: The value can contain 1 to 64 characters, including letters, digits, underscores (\_), hyphens (-), and periods (.).
    ///
    /// Length 1 to 64.
    pub name: Option<String>,
    /// - Definition: Billing information If **billinginfo** is specified, the bandwidth is billed on a yearly/monthly basis.
    pub billing_info: Option<String>,
}
/// Request body parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CreateIpAddressGroupRequest {
    /// **Definition**:
    /// Whether to only check the request.
    /// **Constraints**:
    /// N/A
    /// **Range**:
    ///
    /// - **true**: A check request will be sent and no IP address group will be created. Check items include mandatory parameters, request format, and constraints. If the check fails, an error will be returned. If the check succeeds, response code 202 will be returned.
    /// - **false**: A request will be sent and an IP address group will be created. **Default Value**: **false**
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dry_run: Option<bool>,
    /// **Definition**:
    /// Request body for creating an IP address group.
    /// **Constraints**:
    /// N/A
    /// **Range**:
    /// N/A
    /// **Default Value**:
    /// N/A
    pub address_group: Createaddressgroupoption,
}
/// CreateAddressGroupOption
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Createaddressgroupoption {
    /// **Definition**:
    /// The name of an IP address group.
    /// **Constraints**:
    /// The value can contain 1 to 64 characters, including letters, digits, underscores (\_), hyphens (-), and periods.
    /// **Range**:
    /// N/A
    /// **Default Value**:
    /// N/A
    ///
    /// Length 1 to 64.
    pub name: String,
    /// **Definition**:
    /// Description about an IP address group.
    /// **Constraints**:
    /// The value can contain 0 to 255 characters and cannot contain angle brackets (\< or \>).
    /// **Range**:
    /// N/A
    /// **Default Value**:
    /// N/A
    ///
    /// Length 0 to 255.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// **Definition**:
    /// IP address version of an IP address group.
    /// **Constraints**:
    /// N/A
    /// **Range**:
    ///
    /// - **4**: IPv4 address group
    /// - **6**: IPv6 address group **Default Value**: N/A
    pub ip_version: i64,
    /// **Definition**:
    /// Maximum number of IP address entries in an IP address group.
    /// **Constraints**:
    /// N/A
    /// **Range**:
    /// 0 to 20
    /// **Default Value**:
    /// 20
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_capacity: Option<i64>,
    /// **Definition**:
    /// IP address entries in an IP address group. Both IPv4 and IPv6 address entries are supported.
    /// **Constraints**:
    ///
    /// - The default maximum number of IP address sets, including IP addresses, IP address ranges, and CIDR blocks, in an IP address group is 20.
    /// - The **ip\_set** and **ip\_extra\_set** parameters cannot be both specified in a request. If you need to add remarks for IP address entries, use the **ip\_extra\_set** parameter. **Range**: An IP address entry in an IP address set can be:
    /// - A single IP address, for example, 192.168.21.25
    /// - An IP address range, for example, 192.168.21.25-192.168.21.30
    /// - A CIDR block, for example, 192.168.21.0/24 **Default Value**: N/A
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ip_set: Option<Vec<String>>,
    /// **Definition**:
    /// IP address entries in an IP address group and their remarks. There are multiple IP address entry objects in an IP address group. Each IP address entry object contains one IP address entry and its remarks. An IP address entry is the same as that in **ip\_set**. The remarks can describe the usage of the IP address entry.
    /// **Constraints**:
    ///
    /// - By default, the maximum number of IP address entry objects is 20.
    /// - The **ip\_set** and **ip\_extra\_set** parameters cannot be both specified in a request. If you need to add remarks for IP address entries, use the **ip\_extra\_set** parameter. **Range**: N/A **Default Value**: N/A
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ip_extra_set: Option<Vec<Ipextrasetoption>>,
}
crate::support::setters!(
    @ model Createaddressgroupoption new(name : String, ip_version : i64) { description :
    String, max_capacity : i64, ip_set : Vec < String >, ip_extra_set : Vec <
    Ipextrasetoption > }
);
/// IpExtraSetOption
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Ipextrasetoption {
    /// **Definition**:
    /// IP address entries in an IP address group. Both IPv4 and IPv6 address entries are supported.
    /// **Constraints**:
    /// N/A
    /// **Range**:
    ///
    /// - A single IP address, for example, 192.168.21.25
    /// - An IP address range, for example, 192.168.21.25-192.168.21.30
    /// - A CIDR block, for example, 192.168.21.0/24 **Default Value**: N/A
    pub ip: String,
    /// **Definition**:
    /// Remarks of an IP address entry.
    /// **Constraints**:
    /// The value can contain 0 to 255 characters and cannot contain angle brackets (\< or \>).
    /// **Range**:
    /// N/A
    /// **Default Value**:
    /// N/A
    ///
    /// Length 0 to 255.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub remarks: Option<String>,
}
crate::support::setters!(@ model Ipextrasetoption new(ip : String) { remarks : String });
/// Response body parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CreateIpAddressGroupResponse201 {
    /// **Definition**:
    /// Request ID.
    /// **Range**:
    /// N/A
    pub request_id: Option<String>,
    /// **Definition**:
    /// Response body for creating an IP address group.
    /// **Range**:
    /// N/A
    pub address_group: Option<Addressgroup>,
}
/// AddressGroup
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Addressgroup {
    /// **Definition**:
    /// ID of an IP address group. After an IP address group is created, an IP address group ID is generated, which uniquely identifies the IP address group.
    /// **Range**:
    /// The value is in UUID format with hyphens (-).
    pub id: Option<String>,
    /// **Definition**:
    /// The name of an IP address group.
    /// **Range**:
    /// The value can contain 1 to 64 characters, including letters, digits, underscores (\_), hyphens (-), and periods.
    ///
    /// Length 1 to 64.
    pub name: Option<String>,
    /// **Definition**:
    /// Description about an IP address group.
    /// **Range**:
    /// The value can contain 0 to 255 characters and cannot contain angle brackets (\< or \>).
    ///
    /// Length 0 to 255.
    pub description: Option<String>,
    /// **Definition**:
    /// Maximum number of IP address entries in an IP address group.
    /// **Range**:
    /// The value can be from 0 to 20. The default value is 20.
    ///
    /// Default: `20`.
    pub max_capacity: Option<i64>,
    /// **Definition**:
    /// IP address entries in an IP address group. Both IPv4 and IPv6 address entries are supported.
    /// **Range**:
    /// An IP address entry in an IP address set can be:
    ///
    /// - A single IP address, for example, 192.168.21.25
    /// - An IP address range, for example, 192.168.21.25-192.168.21.30
    /// - A CIDR block, for example, 192.168.21.0/24
    pub ip_set: Option<Vec<String>>,
    /// **Definition**:
    /// IP address version of an IP address group.
    /// **Range**:
    ///
    /// - **4**: IPv4 address group
    /// - **6**: IPv6 address group
    pub ip_version: Option<i64>,
    /// **Definition**:
    /// Time when an IP address group was created.
    /// **Range**:
    /// The value is a UTC time in the format of *yyyy-MM-ddTHH:mm:ss*.
    pub created_at: Option<String>,
    /// **Definition**:
    /// Time when an IP address group was last updated.
    /// **Range**:
    /// The value is a UTC time in the format of *yyyy-MM-ddTHH:mm:ss*.
    pub updated_at: Option<String>,
    /// **Definition**:
    /// ID of the project that an IP address group belongs to.
    /// **Range**:
    /// N/A
    pub tenant_id: Option<String>,
    /// **Definition**:
    /// ID of the enterprise project that an IP address group belongs to.
    /// **Range**:
    /// The value is **0** or a string that contains a maximum of 36 characters in UUID format with hyphens (-). **0** indicates the default enterprise project.
    ///
    /// Length at most 36.
    pub enterprise_project_id: Option<String>,
    /// **Definition**:
    /// Tags of an IP address group, including tag keys and tag values, which can be used to classify and identify resources. For details, see the tag objects.
    /// **Range**:
    /// N/A
    pub tags: Option<Vec<Responsetag>>,
    /// **Definition**:
    /// Status of an IP address group. If the IP address group is in the **UPDATING** state, it cannot be updated again.
    /// **Range**:
    ///
    /// - **NORMAL**: normal (default value)
    /// - **UPDATING**: being updated
    /// - **UPDATE\_FAILED**: update failed
    pub status: Option<String>,
    /// **Definition**:
    /// Details about the IP address group status.
    /// **Range**:
    /// N/A
    pub status_message: Option<String>,
    /// **Definition**:
    /// IP address entries in an IP address group and their remarks.
    /// **Range**:
    /// N/A
    pub ip_extra_set: Option<Vec<Ipextrasetrespoption>>,
}
/// ResponseTag
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Responsetag {
    /// **Definition**:
    /// Tag key.
    /// **Range**:
    ///
    /// - A tag key can contain a maximum of 128 Unicode characters and cannot be left blank.
    /// - Each tag key of a resource must be unique.
    /// - The value can contain:
    /// - Letters
    /// - Digits
    /// - Special characters: underscores (\_), periods (.), colons (:), plus signs (+), hyphens (-), at signs (@), and equal signs (=)
    pub key: Option<String>,
    /// **Definition**:
    /// Tag value.
    /// **Range**:
    ///
    /// - Each value can contain a maximum of 255 Unicode characters and can be left blank.
    /// - The value can contain:
    /// - Letters
    /// - Digits
    /// - Special characters: underscores (\_), colons (:), plus signs (+), hyphens (-), at signs (@), and equal signs (=)
    pub value: Option<String>,
}
/// IpExtraSetRespOption
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Ipextrasetrespoption {
    /// **Definition**:
    /// IP address entries in an IP address group. Both IPv4 and IPv6 address entries are supported.
    /// **Range**:
    ///
    /// - A single IP address, for example, 192.168.21.25
    /// - An IP address range, for example, 192.168.21.25-192.168.21.30
    /// - A CIDR block, for example, 192.168.21.0/24
    pub ip: Option<String>,
    /// **Definition**:
    /// Remarks of an IP address entry.
    /// **Range**:
    /// The value can contain 0 to 255 characters and cannot contain angle brackets (\< or \>).
    ///
    /// Length 0 to 255.
    pub remarks: Option<String>,
}
/// Response body parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ShowIpAddressGroupResponse {
    /// **Definition**:
    /// Request ID.
    /// **Range**:
    /// N/A
    pub request_id: Option<String>,
    /// **Definition**:
    /// Response body for querying details about an IP address group.
    /// **Range**:
    /// N/A
    pub address_group: Option<Addressgroup>,
}
/// Response body parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListIpAddressGroupsResponse {
    /// **Definition**:
    /// Request ID.
    /// **Range**:
    /// N/A
    pub request_id: Option<String>,
    /// **Definition**:
    /// Response body for querying IP address groups.
    /// **Range**:
    /// N/A
    pub address_groups: Option<Vec<Addressgroup>>,
    /// **Definition**:
    /// Pagination information.
    /// **Range**:
    /// N/A
    pub page_info: Option<Pageinfo>,
}
/// PageInfo
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Pageinfo {
    /// **Definition**:
    /// The first record on the current page.
    /// **Range**:
    /// N/A
    pub previous_marker: Option<String>,
    /// **Definition**:
    /// Total number of resources on the current page.
    /// **Range**:
    /// N/A
    pub current_count: Option<i64>,
    /// **Definition**:
    /// The last record on the current page. The **next\_marker** field does not exist if the page is the last one.
    /// **Range**:
    /// N/A
    pub next_marker: Option<String>,
}
/// Request body parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct UpdateIpAddressGroupRequest {
    /// **Definition**:
    /// Whether to only check the request.
    /// **Constraints**:
    /// N/A
    /// **Range**:
    ///
    /// - **true**: A check request will be sent and the IP address group will not be updated. Check items include mandatory parameters, request format, and constraints. If the check fails, an error will be returned. If the check succeeds, response code 202 will be returned.
    /// - **false**: A request will be sent and the IP address group will be updated. **Default Value**: **false**
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dry_run: Option<bool>,
    /// **Definition**:
    /// Request body for updating an IP address group.
    /// **Constraints**:
    /// N/A
    /// **Range**:
    /// N/A
    /// **Default Value**:
    /// N/A
    pub address_group: Updateaddressgroupoption,
}
/// UpdateAddressGroupOption
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Updateaddressgroupoption {
    /// **Definition**:
    /// The name of an IP address group.
    /// **Constraints**:
    /// The value can contain 1 to 64 characters, including letters, digits, underscores (\_), hyphens (-), and periods.
    /// **Range**:
    /// N/A
    /// **Default Value**:
    /// N/A
    ///
    /// Length 1 to 64.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// **Definition**:
    /// Description about an IP address group.
    /// **Constraints**:
    /// The value can contain 0 to 255 characters and cannot contain angle brackets (\< or \>).
    /// **Range**:
    /// N/A
    /// **Default Value**:
    /// N/A
    ///
    /// Length 0 to 255.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// **Definition**:
    /// IP address entries in an IP address group. Both IPv4 and IPv6 address entries are supported.
    /// **Constraints**:
    ///
    /// - The default maximum number of IP address sets, including IP addresses, IP address ranges, and CIDR blocks, in an IP address group is 20.
    /// - **ip\_set** and **ip\_extra\_set** cannot be both specified in a request. **Range**: An IP address entry in an IP address set can be:
    /// - A single IP address, for example, 192.168.21.25
    /// - An IP address range, for example, 192.168.21.25-192.168.21.30
    /// - A CIDR block, for example, 192.168.21.0/24 **Default Value**: N/A
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ip_set: Option<Vec<String>>,
    /// **Definition**:
    /// IP address entries in an IP address group and their remarks.
    /// **Constraints**:
    ///
    /// - By default, the maximum number of IP address entries is 20.
    /// - **ip\_set** and **ip\_extra\_set** cannot be both specified in a request. **Range**: N/A **Default Value**: N/A
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ip_extra_set: Option<Vec<Ipextrasetoption>>,
}
crate::support::setters!(
    @ model Updateaddressgroupoption { name : String, description : String, ip_set : Vec
    < String >, ip_extra_set : Vec < Ipextrasetoption > }
);
/// Response body parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct UpdateIpAddressGroupResponse {
    /// **Definition**:
    /// Request ID.
    /// **Range**:
    /// N/A
    pub request_id: Option<String>,
    /// **Definition**:
    /// Response body for updating an IP address group.
    /// **Range**:
    /// N/A
    pub address_group: Option<Addressgroup>,
}
/// Request body parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AssociateSubnetFirewallRequest {
    /// **Definition**:
    /// Request body for associating a network ACL with a subnet.
    /// **Constraints**:
    /// N/A
    /// **Range**:
    /// N/A
    /// **Default Value**:
    /// N/A
    pub subnets: Vec<Requestfirewallassociation>,
    /// **Definition**:
    /// Whether to only check the request.
    /// **Constraints**:
    /// N/A
    /// **Range**:
    ///
    /// - true: A check request will be sent and no network ACL will be associated with the subnet. Check items include mandatory parameters, request format, and constraints. If the check fails, an error will be returned. If the check succeeds, response code 202 will be returned.
    /// - false: A request will be sent and a network ACL will be associated with the subnet. **Default Value**: false
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dry_run: Option<bool>,
}
/// RequestFirewallAssociation
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Requestfirewallassociation {
    /// **Definition**:
    /// ID of the subnet associated with the network ACL.
    /// **Constraints**:
    /// If the network ACL type is normal, it can only be associated with common subnets. If the network ACL type is CloudDCN, it can only be associated with CloudDCN subnets.
    /// **Range**:
    /// N/A
    /// **Range**:
    /// N/A
    pub virsubnet_id: String,
}
crate::support::setters!(
    @ model Requestfirewallassociation new(virsubnet_id : String) {}
);
/// Response body parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AssociateSubnetFirewallResponse {
    /// **Definition**:
    /// Response body for associating a network ACL with a subnet.
    /// **Range**:
    /// N/A
    pub firewall: Option<Firewalldetail>,
    /// **Definition**:
    /// Request ID.
    /// **Range**:
    /// N/A
    pub request_id: Option<String>,
}
/// FirewallDetail
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Firewalldetail {
    /// **Definition**:
    /// Network ACL ID. Each network ACL comes with an ID, which uniquely identifies the network ACL.
    /// **Range**:
    /// The value is in UUID format with hyphens (-).
    pub id: Option<String>,
    /// **Definition**:
    /// Name of the network ACL.
    /// **Range**:
    /// The value can contain 1 to 64 characters, including letters, digits, underscores (\_), hyphens (-), and periods.
    ///
    /// Length 1 to 64.
    pub name: Option<String>,
    /// **Definition**:
    /// Supplementary information about the network ACL.
    /// **Range**:
    /// The value can contain 0 to 255 characters and cannot contain angle brackets (\< or \>).
    ///
    /// Length 0 to 255.
    pub description: Option<String>,
    /// **Definition**:
    /// ID of the project that the network ACL belongs to.
    /// **Range**:
    /// N/A
    pub project_id: Option<String>,
    /// **Definition**:
    /// Time when the network ACL was created. The value is automatically generated by the system.
    /// **Range**:
    /// The value is a UTC time in the format of *yyyy-MM-ddTHH:mm:ssZ*.
    pub created_at: Option<String>,
    /// **Definition**:
    /// Time when the network ACL was last updated. The value is automatically generated by the system.
    /// **Range**:
    /// The value is a UTC time in the format of *yyyy-MM-ddTHH:mm:ssZ*.
    pub updated_at: Option<String>,
    /// **Definition**:
    /// Network ACL administrative status.
    /// **Range**
    ///
    /// - true: The network ACL is enabled.
    /// - false: The network ACL is disabled.
    pub admin_state_up: Option<bool>,
    /// **Definition**:
    /// Network ACL status.
    /// **Range**
    ///
    /// - ACTIVE: The network ACL is associated with a subnet.
    /// - INACTIVE: The network ACL is not associated with a subnet.
    pub status: Option<String>,
    /// **Definition**:
    /// ID of the enterprise project that the network ACL belongs to.
    /// **Range**:
    /// The value is **0** or a string that contains a maximum of 36 characters in UUID format with hyphens (-). **0** indicates the default enterprise project.
    ///
    /// Length at most 36.
    pub enterprise_project_id: Option<String>,
    /// **Definition**:
    /// Tags of a network ACL, including tag keys and tag values, which can be used to classify and identify resources. For details, see the tag objects.
    /// **Range**:
    /// N/A
    pub tags: Option<Vec<Responsetag>>,
    /// **Definition**:
    /// Subnets associated with the network ACL.
    /// **Range**:
    /// N/A
    pub associations: Option<Vec<Firewallassociation>>,
    /// **Definition**:
    /// Network ACL inbound rules.
    /// **Range**:
    /// N/A
    pub ingress_rules: Option<Vec<Firewallruledetail>>,
    /// **Definition**:
    /// Network ACL outbound rules.
    /// **Range**:
    /// N/A
    pub egress_rules: Option<Vec<Firewallruledetail>>,
}
/// FirewallAssociation
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Firewallassociation {
    /// **Definition**:
    /// ID of the subnet associated with the network ACL.
    /// **Range**:
    ///
    /// - If the network ACL type is normal, it can only be associated with common subnets.
    /// - If the network ACL type is CloudDCN, it can only be associated with CloudDCN subnets.
    pub virsubnet_id: Option<String>,
}
/// FirewallRuleDetail
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Firewallruledetail {
    /// **Definition**:
    /// Network ACL rule ID. Each network ACL rule comes with an ID, which uniquely identifies the network ACL rule.
    /// **Range**:
    /// The value is in UUID format with hyphens (-).
    pub id: Option<String>,
    /// **Definition**:
    /// Network ACL rule name.
    /// **Range**:
    /// The value can contain 0 to 255 characters, including letters, digits, underscores (\_), hyphens (-), and periods.
    ///
    /// Length 0 to 255.
    pub name: Option<String>,
    /// **Definition**:
    /// Supplementary information about the network ACL rule.
    /// **Range**:
    /// The value can contain 0 to 255 characters and cannot contain angle brackets (\< or \>).
    ///
    /// Length 0 to 255.
    pub description: Option<String>,
    /// **Definition**:
    /// Whether a network ACL rule allows or denies traffic.
    /// **Range**:
    ///
    /// - allow: A network ACL rule allows traffic.
    /// - deny: A network ACL rule denies traffic.
    pub action: Option<String>,
    /// **Definition**:
    /// ID of the project that the network ACL rule belongs to.
    /// **Range**:
    /// N/A
    pub project_id: Option<String>,
    /// **Definition**:
    /// Communication protocol of a network ACL rule.
    /// **Range**:
    ///
    /// - tcp
    /// - udp
    /// - icmp
    /// - icmpv6
    /// - IP protocol number (0-255)
    /// - any: any protocol
    pub protocol: Option<String>,
    /// **Definition**:
    /// IP address version of a network ACL rule.
    /// **Range**:
    ///
    /// - 4: IPv4 network ACL rule.
    /// - 6: IPv6 network ACL rule.
    pub ip_version: Option<i64>,
    /// **Definition**:
    /// Source IP address or source IP address range of a network ACL rule.
    /// **Range**:
    /// **source\_ip\_address** and **source\_address\_group\_id** cannot be specified at the same time.
    pub source_ip_address: Option<String>,
    /// **Definition**:
    /// Destination IP address or destination IP address range of a network ACL rule.
    /// **Range**:
    /// **destination\_ip\_address** and **destination\_address\_group\_id** cannot be specified at the same time.
    pub destination_ip_address: Option<String>,
    /// **Definition**:
    /// Source port of a network ACL rule.
    /// **Range**:
    ///
    /// - Individual port: for example, 22
    /// - Consecutive ports: for example, 22-30
    /// - Non-consecutive ports: ports and port ranges, such as **22,23-30**. You can specify up to 20 port ranges. Port ranges cannot overlap.
    /// - All ports: Leave it empty or enter 1-65535.
    pub source_port: Option<String>,
    /// **Definition**:
    /// Destination port of a network ACL rule.
    /// **Range**:
    ///
    /// - Individual port: for example, 22
    /// - Consecutive ports: for example, 22-30
    /// - Non-consecutive ports: ports and port ranges, such as **22,23-30**. You can specify up to 20 port ranges. Port ranges cannot overlap.
    /// - All ports: Leave it empty or enter 1-65535.
    pub destination_port: Option<String>,
    /// **Definition**:
    /// ID of the source IP address group of a network ACL rule.
    /// **Range**:
    /// **source\_ip\_address** and **source\_address\_group\_id** cannot be specified at the same time.
    pub source_address_group_id: Option<String>,
    /// **Definition**:
    /// ID of the destination IP address group of a network ACL rule.
    /// **Range**:
    /// **destination\_ip\_address** and **destination\_address\_group\_id** cannot be specified at the same time.
    pub destination_address_group_id: Option<String>,
    /// **Definition**:
    /// Whether a network ACL rule is enabled.
    /// **Range**:
    ///
    /// - true: (default value) A network ACL rule is enabled.
    /// - false: A network ACL rule is disabled.
    pub enabled: Option<bool>,
}
/// Request body parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CreateFirewallRequest {
    /// **Definition**:
    /// Request body for creating a network ACL.
    /// **Constraints**:
    /// N/A
    /// **Range**:
    /// N/A
    /// **Default Value**:
    /// N/A
    pub firewall: Createfirewalloption,
    /// **Definition**:
    /// Whether to only check the request.
    /// **Constraints**:
    /// N/A
    /// **Range**:
    ///
    /// - **true**: A check request will be sent and no network ACL will not be created. Check items include mandatory parameters, request format, and constraints. If the check fails, an error will be returned. If the check succeeds, response code 202 will be returned.
    /// - false: A request will be sent and a network ACL will be created. **Default Value**: false
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dry_run: Option<bool>,
}
/// CreateFirewallOption
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Createfirewalloption {
    /// **Definition**:
    /// Name of the network ACL.
    /// **Constraints**:
    /// The value can contain 1 to 64 characters, including letters, digits, underscores (\_), hyphens (-), and periods.
    /// **Range**:
    /// N/A
    /// **Default Value**:
    /// N/A
    ///
    /// Length 1 to 64.
    pub name: String,
    /// **Definition**:
    /// Supplementary information about the network ACL.
    /// **Constraints**:
    /// The value can contain 0 to 255 characters and cannot contain angle brackets (\< or \>).
    /// **Range**:
    /// N/A
    /// **Default Value**:
    /// N/A
    ///
    /// Length 0 to 255.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// **Definition**:
    /// ID of the enterprise project that the network ACL belongs to.
    /// **Constraints**:
    ///
    /// - The value can contain a maximum of 36 bytes.
    /// - The value is **0** or a string in UUID format with hyphens (-). **Range**: N/A **Default Value**: **0** indicates the default enterprise project.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub enterprise_project_id: Option<String>,
    /// **Definition**:
    /// Tags of a network ACL, including tag keys and tag values, which can be used to classify and identify resources. For details, see the tag objects.
    /// **Constraints**:
    /// A maximum of 20 tag key-value pairs are supported.
    /// **Range**:
    /// N/A
    /// **Default Value**:
    /// N/A
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Requesttag>>,
    /// **Definition**:
    /// Network ACL administrative status.
    /// **Constraints**:
    /// N/A
    /// **Range**:
    ///
    /// - true: The network ACL is enabled.
    /// - false: The network ACL is disabled. **Default Value**: true
    #[serde(skip_serializing_if = "Option::is_none")]
    pub admin_state_up: Option<bool>,
}
crate::support::setters!(
    @ model Createfirewalloption new(name : String) { description : String,
    enterprise_project_id : String, tags : Vec < Requesttag >, admin_state_up : bool }
);
/// RequestTag
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Requesttag {
    /// **Definition**:
    /// Tag key.
    /// **Constraints**:
    /// N/A
    /// **Range**:
    ///
    /// - A tag key can contain a maximum of 128 Unicode characters and cannot be left blank.
    /// - Each tag key of a resource must be unique.
    /// - The value can contain:
    /// - Letters
    /// - Digits
    /// - Special characters: underscores (\_), periods (.), colons (:), plus signs (+), hyphens (-), at signs (@), and equal signs (=) **Default Value**: N/A
    pub key: String,
    /// **Definition**:
    /// Tag value.
    /// **Constraints**:
    /// N/A
    /// **Range**:
    ///
    /// - Each value can contain a maximum of 255 Unicode characters and can be left blank.
    /// - The value can contain:
    /// - Letters
    /// - Digits
    /// - Special characters: underscores (\_), colons (:), plus signs (+), hyphens (-), at signs (@), and equal signs (=) **Default Value**: N/A
    pub value: String,
}
crate::support::setters!(@ model Requesttag new(key : String, value : String) {});
/// Response body parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CreateFirewallResponse201 {
    /// **Definition**:
    /// Response body for creating a network ACL.
    /// **Range**:
    /// N/A
    pub firewall: Option<Firewalldetail>,
    /// **Definition**:
    /// Request ID.
    /// **Range**:
    /// N/A
    pub request_id: Option<String>,
}
/// Request body parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct RemoveFirewallRulesRequest {
    /// **Definition**:
    /// Request body for removing a network ACL rule.
    /// **Constraints**:
    /// N/A
    /// **Range**:
    /// N/A
    /// **Default Value**:
    /// N/A
    pub firewall: Firewallremoveruleoption,
    /// **Definition**:
    /// Whether to only check the request.
    /// **Constraints**:
    /// N/A
    /// **Range**:
    ///
    /// - true: A check request will be sent and no network ACL rule will be deleted. Check items include mandatory parameters, request format, and constraints. If the check fails, an error will be returned. If the check succeeds, response code 202 will be returned.
    /// - false: A request will be sent and a network ACL rule will be deleted. **Default Value**: false
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dry_run: Option<bool>,
}
/// FirewallRemoveRuleOption
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Firewallremoveruleoption {
    /// **Definition**:
    /// Inbound network ACL rules to be deleted.
    /// **Constraints**:
    /// Either **ingress\_rules** or **egress\_rules** can be specified. That is, either the inbound or outbound rules can be specified for deleting rules.
    /// **Range**:
    /// N/A
    /// **Default Value**:
    /// N/A
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ingress_rules: Option<Vec<Firewallremoveruleitemoption>>,
    /// **Definition**:
    /// Outbound network ACL rules to be deleted.
    /// **Constraints**:
    /// Either **ingress\_rules** or **egress\_rules** can be specified. That is, either the inbound or outbound rules can be specified for deleting rules.
    /// **Range**:
    /// N/A
    /// **Default Value**:
    /// N/A
    #[serde(skip_serializing_if = "Option::is_none")]
    pub egress_rules: Option<Vec<Firewallremoveruleitemoption>>,
}
crate::support::setters!(
    @ model Firewallremoveruleoption { ingress_rules : Vec < Firewallremoveruleitemoption
    >, egress_rules : Vec < Firewallremoveruleitemoption > }
);
/// FirewallRemoveRuleItemOption
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Firewallremoveruleitemoption {
    /// **Definition**:
    /// ID of the network ACL rule to be deleted.
    /// **Constraints**:
    /// N/A
    /// **Range**:
    /// N/A
    /// **Default Value**:
    /// N/A
    pub id: String,
}
crate::support::setters!(@ model Firewallremoveruleitemoption new(id : String) {});
/// Response body parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct RemoveFirewallRulesResponse {
    /// Details after a network ACL rule is deleted.
    pub firewall: Option<Firewalldetail>,
    /// Request ID.
    pub request_id: Option<String>,
}
/// Request body parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct DisassociateSubnetFirewallRequest {
    /// **Definition**:
    /// Request body for disassociating a network ACL with a subnet.
    /// **Constraints**:
    /// N/A
    /// **Range**:
    /// N/A
    /// **Default Value**:
    /// N/A
    pub subnets: Vec<DisassociateSubnetFirewallFirewallassociation>,
    /// **Definition**:
    /// Whether to only check the request.
    /// **Constraints**:
    /// N/A
    /// **Range**:
    ///
    /// - true: A check request will be sent and no network ACL will be disassociated with the subnet. Check items include mandatory parameters, request format, and constraints. If the check fails, an error will be returned. If the check succeeds, response code 202 will be returned.
    /// - false: A request will be sent and a network ACL will be disassociated with the subnet. **Default Value**: false
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dry_run: Option<bool>,
}
/// FirewallAssociation
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct DisassociateSubnetFirewallFirewallassociation {
    /// **Definition**:
    /// ID of the subnet associated with the network ACL.
    /// **Range**:
    ///
    /// - If the network ACL type is normal, it can only be associated with common subnets.
    /// - If the network ACL type is CloudDCN, it can only be associated with CloudDCN subnets.
    pub virsubnet_id: String,
}
crate::support::setters!(
    @ model DisassociateSubnetFirewallFirewallassociation new(virsubnet_id : String) {}
);
/// Response body parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct DisassociateSubnetFirewallResponse {
    /// **Definition**:
    /// Response body for disassociating a network ACL with a subnet.
    /// **Range**:
    /// N/A
    pub firewall: Option<Firewalldetail>,
    /// **Definition**:
    /// Request ID.
    /// **Range**:
    /// N/A
    pub request_id: Option<String>,
}
/// Request body parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AddFirewallRulesRequest {
    /// **Definition**:
    /// Request body for inserting a network ACL rule.
    /// **Constraints**:
    /// N/A
    /// **Range**:
    /// N/A
    /// **Default Value**:
    /// N/A
    pub firewall: Firewallinsertruleoption,
    /// **Definition**:
    /// Whether to only check the request.
    /// **Constraints**:
    /// N/A
    /// **Range**:
    ///
    /// - true: A check request will be sent and no network ACL rule will be inserted. Check items include mandatory parameters, request format, and constraints. If the check fails, an error will be returned. If the check succeeds, response code 202 will be returned.
    /// - false: A request will be sent and a network ACL rule will be inserted. **Default Value**: false
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dry_run: Option<bool>,
}
/// FirewallInsertRuleOption
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Firewallinsertruleoption {
    /// **Definition**:
    /// Network ACL inbound rules.
    /// **Constraints**:
    /// N/A
    /// **Range**:
    /// N/A
    /// **Default Value**:
    /// N/A
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ingress_rules: Option<Vec<Firewallinsertruleitemoption>>,
    /// **Definition**:
    /// Network ACL outbound rules.
    /// **Constraints**:
    /// N/A
    /// **Range**:
    /// N/A
    /// **Default Value**:
    /// N/A
    #[serde(skip_serializing_if = "Option::is_none")]
    pub egress_rules: Option<Vec<Firewallinsertruleitemoption>>,
    /// **Definition**:
    /// ID of an inbound or outbound network ACL rule after which a new rule will be inserted. If not specified, the network ACL rule will be inserted at the beginning of the inbound or outbound rule list.
    /// **Constraints**:
    /// If **insert\_after\_rule** is specified, either **ingress\_rules** or **egress\_rules** can be specified. That is, the new rule must be inserted into either the inbound or outbound rule list. The specified rule must exist in the inbound or outbound network ACL rule list.
    /// **Range**:
    /// N/A
    /// **Default Value**:
    /// N/A
    #[serde(skip_serializing_if = "Option::is_none")]
    pub insert_after_rule: Option<String>,
}
crate::support::setters!(
    @ model Firewallinsertruleoption { ingress_rules : Vec < Firewallinsertruleitemoption
    >, egress_rules : Vec < Firewallinsertruleitemoption >, insert_after_rule : String }
);
/// FirewallInsertRuleItemOption
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Firewallinsertruleitemoption {
    /// **Definition**:
    /// Network ACL rule name.
    /// **Constraints**:
    /// The value can contain 0 to 255 characters, including letters, digits, underscores (\_), hyphens (-), and periods.
    /// **Range**:
    /// N/A
    /// **Default Value**:
    /// N/A
    ///
    /// Length 0 to 255.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// **Definition**:
    /// Supplementary information about the network ACL rule.
    /// **Constraints**:
    /// The value can contain 0 to 255 characters and cannot contain angle brackets (\< or \>).
    /// **Range**:
    /// N/A
    /// **Default Value**:
    /// N/A
    ///
    /// Length 0 to 255.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// **Definition**:
    /// Whether a network ACL rule allows or denies traffic.
    /// **Constraints**:
    /// N/A
    /// **Range**:
    ///
    /// - allow: A network ACL rule allows traffic.
    /// - deny: A network ACL rule denies traffic. **Default Value**: N/A
    pub action: String,
    /// **Definition**:
    /// Communication protocol of a network ACL rule.
    /// **Constraints**:
    ///
    /// - The protocol cannot be empty.
    /// - If the protocol is **icmpv6**, IP version should be IPv6.
    /// - If the protocol is **icmp**, IP version should be IPv4.
    /// - tcp
    /// - udp
    /// - icmp
    /// - icmpv6
    /// - IP protocol number (0-255)
    /// - any: any protocol **Range**: **Default Value**: N/A
    pub protocol: String,
    /// **Definition**:
    /// IP address version of a network ACL rule.
    /// **Constraints**:
    /// N/A
    /// **Range**:
    ///
    /// - 4: IPv4 network ACL rule.
    /// - 6: IPv6 network ACL rule. **Default Value**: N/A
    pub ip_version: i64,
    /// **Definition**:
    /// Source IP address or source IP address range of a network ACL rule.
    /// **Constraints**:
    /// **source\_ip\_address** and **source\_address\_group\_id** cannot be specified at the same time.
    /// **Range**:
    /// N/A
    /// **Default Value**:
    /// N/A
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source_ip_address: Option<String>,
    /// **Definition**:
    /// Destination IP address or destination IP address range of a network ACL rule.
    /// **Constraints**:
    /// **destination\_ip\_address** and **destination\_address\_group\_id** cannot be specified at the same time.
    /// **Range**:
    /// N/A
    /// **Default Value**:
    /// N/A
    #[serde(skip_serializing_if = "Option::is_none")]
    pub destination_ip_address: Option<String>,
    /// **Definition**:
    /// Source port of a network ACL rule.
    /// **Constraints**:
    ///
    /// - Individual port: for example, 22
    /// - Consecutive ports: for example, 22-30
    /// - Non-consecutive ports: ports and port ranges, such as **22,23-30**. You can specify up to 20 port ranges. Port ranges cannot overlap.
    /// - All ports: Leave it empty or enter 1-65535. **Range**: N/A **Default Value**: N/A
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source_port: Option<String>,
    /// **Definition**:
    /// Destination port of a network ACL rule.
    /// **Constraints**:
    ///
    /// - Individual port: for example, 22
    /// - Consecutive ports: for example, 22-30
    /// - Non-consecutive ports: ports and port ranges, such as **22,23-30**. You can specify up to 20 port ranges. Port ranges cannot overlap.
    /// - All ports: Leave it empty or enter 1-65535. **Range**: N/A **Default Value**: N/A
    #[serde(skip_serializing_if = "Option::is_none")]
    pub destination_port: Option<String>,
    /// **Definition**:
    /// ID of the source IP address group of a network ACL rule.
    /// **Constraints**:
    ///
    /// - **source\_ip\_address** and **source\_address\_group\_id** cannot be specified at the same time.
    /// - **source\_address\_group\_id** and **destination\_address\_group\_id** cannot be specified at the same time. **Range**: N/A **Default Value**: N/A
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source_address_group_id: Option<String>,
    /// **Definition**:
    /// ID of the destination IP address group of a network ACL rule.
    /// **Constraints**:
    ///
    /// - **destination\_ip\_address** and **destination\_address\_group\_id** cannot be specified at the same time.
    /// - **destination\_address\_group\_id** and **source\_address\_group\_id** cannot be specified at the same time. **Range**: N/A **Default Value**: N/A
    #[serde(skip_serializing_if = "Option::is_none")]
    pub destination_address_group_id: Option<String>,
    /// **Definition**:
    /// Whether a network ACL rule is enabled.
    /// **Constraints**:
    /// N/A
    /// **Range**:
    ///
    /// - true: A network ACL rule is enabled.
    /// - false: A network ACL rule is disabled. **Default Value**: true
    #[serde(skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
}
crate::support::setters!(
    @ model Firewallinsertruleitemoption new(action : String, protocol : String,
    ip_version : i64) { name : String, description : String, source_ip_address : String,
    destination_ip_address : String, source_port : String, destination_port : String,
    source_address_group_id : String, destination_address_group_id : String, enabled :
    bool }
);
/// Response body parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AddFirewallRulesResponse {
    /// **Definition**:
    /// Response body for inserting a network ACL rule.
    /// **Range**:
    /// N/A
    pub firewall: Option<Firewalldetail>,
    /// **Definition**:
    /// Request ID.
    /// **Range**:
    /// N/A
    pub request_id: Option<String>,
}
/// Response body parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListFirewallResponse {
    /// **Definition**:
    /// Response body for querying network ACLs.
    /// **Range**:
    /// N/A
    pub firewalls: Option<Vec<Listfirewalldetail>>,
    /// **Definition**:
    /// Pagination information.
    /// **Range**:
    /// N/A
    pub page_info: Option<Pageinfo>,
    /// **Definition**:
    /// Request ID.
    /// **Range**:
    /// N/A
    pub request_id: Option<String>,
}
/// ListFirewallDetail
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Listfirewalldetail {
    /// **Definition**:
    /// Network ACL ID. Each network ACL comes with an ID, which uniquely identifies the network ACL.
    /// **Range**:
    /// The value is in UUID format with hyphens (-).
    pub id: Option<String>,
    /// **Definition**:
    /// Name of the network ACL.
    /// **Range**:
    /// The value can contain 1 to 64 characters, including letters, digits, underscores (\_), hyphens (-), and periods.
    ///
    /// Length 1 to 64.
    pub name: Option<String>,
    /// **Definition**:
    /// Supplementary information about the network ACL.
    /// **Range**:
    /// The value can contain 0 to 255 characters and cannot contain angle brackets (\< or \>).
    ///
    /// Length 0 to 255.
    pub description: Option<String>,
    /// **Definition**:
    /// ID of the project that the network ACL belongs to.
    /// **Range**:
    /// N/A
    pub project_id: Option<String>,
    /// **Definition**:
    /// Time when the network ACL was created. The value is automatically generated by the system.
    /// **Range**:
    /// The value is a UTC time in the format of *yyyy-MM-ddTHH:mm:ssZ*.
    pub created_at: Option<String>,
    /// **Definition**:
    /// Time when the network ACL was last updated. The value is automatically generated by the system.
    /// **Range**:
    /// The value is a UTC time in the format of *yyyy-MM-ddTHH:mm:ssZ*.
    pub updated_at: Option<String>,
    /// **Definition**:
    /// Network ACL administrative status.
    /// **Range**:
    ///
    /// - true: The network ACL is enabled.
    /// - false: The network ACL is disabled.
    pub admin_state_up: Option<bool>,
    /// **Definition**:
    /// Network ACL status.
    /// **Range**:
    ///
    /// - ACTIVE: The network ACL is associated with a subnet.
    /// - INACTIVE: The network ACL is not associated with a subnet.
    pub status: Option<String>,
    /// **Definition**:
    /// ID of the enterprise project that the network ACL belongs to.
    /// **Range**:
    /// The value is **0** or a string that contains a maximum of 36 characters in UUID format with hyphens (-). **0** indicates the default enterprise project.
    ///
    /// Length at most 36.
    pub enterprise_project_id: Option<String>,
    /// **Definition**:
    /// Tags of a network ACL, including tag keys and tag values, which can be used to classify and identify resources. For details, see the tag objects.
    /// **Range**:
    /// N/A
    pub tags: Option<Vec<Responsetag>>,
    /// **Definition**:
    /// Subnets associated with the network ACL.
    /// **Range**:
    /// N/A
    pub associations: Option<Vec<Firewallassociation>>,
}
/// Response body parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ShowFirewallResponse {
    /// **Definition**:
    /// Response body for querying network ACL details.
    /// **Range**:
    /// N/A
    pub firewall: Option<Firewalldetail>,
    /// **Definition**:
    /// Request ID.
    /// **Range**:
    /// N/A
    pub request_id: Option<String>,
}
/// Request body parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct UpdateFirewallRequest {
    /// **Definition**:
    /// Request body for updating a network ACL
    /// **Constraints**:
    /// N/A
    /// **Range**:
    /// N/A
    /// **Default Value**:
    /// N/A
    pub firewall: Updatefirewalloption,
    /// **Definition**:
    /// Whether to only check the request.
    /// **Constraints**:
    /// N/A
    /// **Range**:
    ///
    /// - **true**: A check request will be sent and no network ACL will not be updated. Check items include mandatory parameters, request format, and constraints. If the check fails, an error will be returned. If the check succeeds, response code 202 will be returned.
    /// - false: A request will be sent and a network ACL will be updated. **Default Value**: false
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dry_run: Option<bool>,
}
/// UpdateFirewallOption
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Updatefirewalloption {
    /// **Definition**:
    /// Name of the network ACL.
    /// **Constraints**:
    /// The value can contain 1 to 64 characters, including letters, digits, underscores (\_), hyphens (-), and periods.
    /// **Range**:
    /// N/A
    /// **Default Value**:
    /// N/A
    ///
    /// Length 1 to 64.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// **Definition**:
    /// Supplementary information about the network ACL.
    /// **Constraints**:
    /// The value can contain 0 to 255 characters and cannot contain angle brackets (\< or \>).
    /// **Range**:
    /// N/A
    /// **Default Value**:
    /// N/A
    ///
    /// Length 0 to 255.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// **Definition**:
    /// Network ACL administrative status.
    /// **Constraints**:
    /// N/A
    /// **Range**:
    ///
    /// - true: The network ACL is enabled.
    /// - false: The network ACL is disabled. **Default Value**: true
    #[serde(skip_serializing_if = "Option::is_none")]
    pub admin_state_up: Option<bool>,
}
crate::support::setters!(
    @ model Updatefirewalloption { name : String, description : String, admin_state_up :
    bool }
);
/// Response body parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct UpdateFirewallResponse {
    /// **Definition**:
    /// Response body for updating a network ACL
    /// **Range**:
    /// N/A
    pub firewall: Option<Firewalldetail>,
    /// **Definition**:
    /// Request ID.
    /// **Range**:
    /// N/A
    pub request_id: Option<String>,
}
/// Request body parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct UpdateFirewallRulesRequest {
    /// **Definition**:
    /// Request body for updating a network ACL rule
    /// **Constraints**:
    /// N/A
    /// **Range**:
    /// N/A
    /// **Default Value**:
    /// N/A
    pub firewall: Firewallupdateruleoption,
    /// **Definition**:
    /// Whether to only check the request.
    /// **Constraints**:
    /// N/A
    /// **Range**:
    ///
    /// - **true**: A check request will be sent and no network ACL rule will not be updated. Check items include mandatory parameters, request format, and constraints. If the check fails, an error will be returned. If the check succeeds, response code 202 will be returned.
    /// - false: A request will be sent and a network ACL rule will be updated. **Default Value**: false
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dry_run: Option<bool>,
}
/// FirewallUpdateRuleOption
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Firewallupdateruleoption {
    /// **Definition**:
    /// Inbound network ACL rules to be updated.
    /// **Constraints**:
    ///
    /// - Either **ingress\_rules** or **egress\_rules** can be specified. That is, either the inbound or outbound rules can be specified for updating rules.
    /// - Currently, only one network ACL rule can be updated at a time. **Range**: N/A **Default Value**: N/A
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ingress_rules: Option<Vec<Firewallupdateruleitemoption>>,
    /// **Definition**:
    /// Outbound network ACL rules to be updated.
    /// **Constraints**:
    ///
    /// - Either **ingress\_rules** or **egress\_rules** can be specified. That is, either the inbound or outbound rules can be specified for updating rules.
    /// - Currently, only one network ACL rule can be updated at a time. **Range**: N/A **Default Value**: N/A
    #[serde(skip_serializing_if = "Option::is_none")]
    pub egress_rules: Option<Vec<Firewallupdateruleitemoption>>,
}
crate::support::setters!(
    @ model Firewallupdateruleoption { ingress_rules : Vec < Firewallupdateruleitemoption
    >, egress_rules : Vec < Firewallupdateruleitemoption > }
);
/// FirewallUpdateRuleItemOption
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Firewallupdateruleitemoption {
    /// **Definition**:
    /// Network ACL rule ID.
    /// **Constraints**:
    /// The value is in UUID format with hyphens (-).
    /// **Range**:
    /// N/A
    /// **Default Value**:
    /// N/A
    pub id: String,
    /// **Definition**:
    /// Network ACL rule name.
    /// **Constraints**:
    /// The value can contain 0 to 255 characters, including letters, digits, underscores (\_), hyphens (-), and periods.
    /// **Range**:
    /// N/A
    /// **Default Value**:
    /// N/A
    ///
    /// Length 0 to 255.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// **Definition**:
    /// Supplementary information about the network ACL rule.
    /// **Constraints**:
    /// The value can contain 0 to 255 characters and cannot contain angle brackets (\< or \>).
    /// **Range**:
    /// N/A
    /// **Default Value**:
    /// N/A
    ///
    /// Length 0 to 255.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// **Definition**:
    /// Whether a network ACL rule allows or denies traffic.
    /// **Constraints**:
    /// N/A
    /// **Range**:
    ///
    /// - allow: A network ACL rule allows traffic.
    /// - deny: A network ACL rule denies traffic. **Default Value**: N/A
    #[serde(skip_serializing_if = "Option::is_none")]
    pub action: Option<String>,
    /// **Definition**:
    /// Communication protocol of a network ACL rule.
    /// **Constraints**:
    ///
    /// - The protocol cannot be empty.
    /// - If the protocol is **icmpv6**, IP version should be IPv6.
    /// - If the protocol is **icmp**, IP version should be IPv4.
    /// - tcp
    /// - udp
    /// - icmp
    /// - icmpv6
    /// - IP protocol number (0-255)
    /// - any: any protocol **Range**: **Default Value**: N/A
    #[serde(skip_serializing_if = "Option::is_none")]
    pub protocol: Option<String>,
    /// **Definition**:
    /// IP address version of a network ACL rule.
    /// **Constraints**:
    /// N/A
    /// **Range**:
    ///
    /// - 4: IPv4 network ACL rule.
    /// - 6: IPv6 network ACL rule. **Default Value**: N/A
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ip_version: Option<i64>,
    /// **Definition**:
    /// Source IP address or source IP address range of a network ACL rule.
    /// **Constraints**:
    /// **source\_ip\_address** and **source\_address\_group\_id** cannot be specified at the same time.
    /// **Range**:
    /// N/A
    /// **Default Value**:
    /// N/A
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source_ip_address: Option<String>,
    /// **Definition**:
    /// Destination IP address or destination IP address range of a network ACL rule.
    /// **Constraints**:
    /// **destination\_ip\_address** and **destination\_address\_group\_id** cannot be specified at the same time.
    /// **Range**:
    /// N/A
    /// **Default Value**:
    /// N/A
    #[serde(skip_serializing_if = "Option::is_none")]
    pub destination_ip_address: Option<String>,
    /// **Definition**:
    /// Source port of a network ACL rule.
    /// **Constraints**:
    ///
    /// - Individual port: for example, 22
    /// - Consecutive ports: for example, 22-30
    /// - Non-consecutive ports: ports and port ranges, such as **22,23-30**. You can specify up to 20 port ranges. Port ranges cannot overlap.
    /// - All ports: Leave it empty or enter 1-65535. **Range**: N/A **Default Value**: N/A
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source_port: Option<String>,
    /// **Definition**:
    /// Destination port of a network ACL rule.
    /// **Constraints**:
    ///
    /// - Individual port: for example, 22
    /// - Consecutive ports: for example, 22-30
    /// - Non-consecutive ports: ports and port ranges, such as **22,23-30**. You can specify up to 20 port ranges. Port ranges cannot overlap.
    /// - All ports: Leave it empty or enter 1-65535. **Range**: N/A **Default Value**: N/A
    #[serde(skip_serializing_if = "Option::is_none")]
    pub destination_port: Option<String>,
    /// **Definition**:
    /// ID of the source IP address group of a network ACL rule.
    /// **Constraints**:
    ///
    /// - **source\_ip\_address** and **source\_address\_group\_id** cannot be specified at the same time.
    /// - **source\_address\_group\_id** and **destination\_address\_group\_id** cannot be specified at the same time. **Range**: N/A **Default Value**: N/A
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source_address_group_id: Option<String>,
    /// **Definition**:
    /// ID of the destination IP address group of a network ACL rule.
    /// **Constraints**:
    ///
    /// - **destination\_ip\_address** and **destination\_address\_group\_id** cannot be specified at the same time.
    /// - **destination\_address\_group\_id** and **source\_address\_group\_id** cannot be specified at the same time. **Range**: N/A **Default Value**: N/A
    #[serde(skip_serializing_if = "Option::is_none")]
    pub destination_address_group_id: Option<String>,
    /// **Definition**:
    /// Whether a network ACL rule is enabled.
    /// **Constraints**:
    /// N/A
    /// **Range**:
    ///
    /// - true: A network ACL rule is enabled.
    /// - false: A network ACL rule is disabled. **Default Value**: true
    #[serde(skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
}
crate::support::setters!(
    @ model Firewallupdateruleitemoption new(id : String) { name : String, description :
    String, action : String, protocol : String, ip_version : i64, source_ip_address :
    String, destination_ip_address : String, source_port : String, destination_port :
    String, source_address_group_id : String, destination_address_group_id : String,
    enabled : bool }
);
/// Response body parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct UpdateFirewallRulesResponse {
    /// **Definition**:
    /// Response body for updating a network ACL rule
    /// **Range**:
    /// N/A
    pub firewall: Option<Firewalldetail>,
    /// **Definition**:
    /// Request ID.
    /// **Range**:
    /// N/A
    pub request_id: Option<String>,
}
/// Request body parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CreateFirewallTagRequest {
    /// Request body for adding tags to a network ACL.
    pub tag: Resourcetag,
}
/// ResourceTag
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Resourcetag {
    /// - Tag key
    /// - Tag keys must be unique for each resource.
    /// - The value can contain 1 to 128 characters.
    ///
    /// Length 1 to 128.
    pub key: String,
    /// - Tag value.
    /// - The value can contain no more than 255 characters
    ///
    /// Length at most 255.
    pub value: String,
}
crate::support::setters!(@ model Resourcetag new(key : String, value : String) {});
/// Request body parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct BatchCreateFirewallTagsRequest {
    /// Tags
    pub tags: Vec<Resourcetag>,
}
/// Request body parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct BatchDeleteFirewallTagsRequest {
    /// Tags
    pub tags: Vec<Deleteresourcetagrequestbody>,
}
/// DeleteResourceTagRequestBody
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Deleteresourcetagrequestbody {
    /// Tag key.
    /// The key of the same resource must be unique.
    pub key: String,
    /// Tag key
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
}
crate::support::setters!(
    @ model Deleteresourcetagrequestbody new(key : String) { value : String }
);
/// Request body parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListFirewallsByTagsRequest {
    /// The key-value pair to be matched in the query. The key is a fixed dictionary value and must be a unique and supported key. The key can only be **resource\_name**.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub matches: Option<Vec<Match>>,
    /// The resources to be queried contain all tags listed in tags. A maximum of 50 tags can be specified. Each tag key can have a maximum of 10 tag values. Each tag value can be an empty array but the structure cannot be missing. Each tag key must be unique, and each tag value of a tag must also be unique. Resources with all tags listed in tags will be returned. Keys in this list are in an AND relationship while values in each key-value structure are in an OR relationship. If **tags** is not specified, all resources will be returned.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Listtag>>,
}
/// Match
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Match {
    /// Tag key. Currently, the tag key can only be the resource name.
    pub key: String,
    /// Tag value. Each value can contain a maximum of 255 Unicode characters.
    pub value: String,
}
crate::support::setters!(@ model Match new(key : String, value : String) {});
/// ListTag
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Listtag {
    /// Tag key.
    /// The key cannot be left blank.
    pub key: String,
    /// Tag values. If **values** is left blank, it indicates **any\_value** (querying any value). The values are in the OR relationship.
    pub values: Vec<String>,
}
crate::support::setters!(@ model Listtag new(key : String, values : Vec < String >) {});
/// Response body parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListFirewallsByTagsResponse {
    /// Resources
    pub resources: Option<Vec<Listresourceresp>>,
    /// Resource quantity
    pub total_count: Option<i64>,
    /// Request ID
    pub request_id: Option<String>,
}
/// ListResourceResp
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Listresourceresp {
    /// Resource ID
    pub resource_id: Option<String>,
    /// Resource details that are used for extension. This parameter is left blank by default.
    pub resource_detail: Option<serde_json::Value>,
    /// Resource name. This parameter is an empty string by default if there is no resource name.
    pub resource_name: Option<String>,
    /// A list of tags for queried resources to match against. This parameter is an empty array by default if there is no tag.
    pub tags: Option<Vec<ListFirewallsByTagsResourcetag>>,
}
/// ResourceTag
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListFirewallsByTagsResourcetag {
    /// - Tag key
    /// - Tag keys must be unique for each resource.
    /// - The value can contain 1 to 128 characters.
    ///
    /// Length 1 to 128.
    pub key: Option<String>,
    /// - Tag value.
    /// - The value can contain no more than 255 characters
    ///
    /// Length at most 255.
    pub value: Option<String>,
}
/// Response body parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ShowFirewallTagsResponse {
    /// Tags
    pub tags: Option<Vec<ListFirewallsByTagsResourcetag>>,
    /// Request ID
    pub request_id: Option<String>,
}
/// Response body parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListFirewallTagsResponse {
    /// Tags
    pub tags: Option<Vec<ListFirewallTagsListtag>>,
    /// Request ID.
    pub request_id: Option<String>,
    /// Resource quantity.
    pub total_count: Option<i64>,
}
/// ListTag
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListFirewallTagsListtag {
    /// Tag key.
    /// The key cannot be left blank.
    pub key: Option<String>,
    /// Tag values. If **values** is left blank, it indicates **any\_value** (querying any value). The values are in the OR relationship.
    pub values: Option<Vec<String>>,
}
/// Response body parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ShowCountFirewallsByTagsResponse {
    /// Request ID
    pub request_id: Option<String>,
    /// Resource quantity
    pub total_count: Option<i64>,
}
/// Request body parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CreateSecurityGroupRequest {
    /// - Definition: Whether to only send the check request.
    /// - Constraints: None
    /// - Range:
    /// - **true**: A check request will be sent and no security group will be created. Check items include mandatory parameters, request format, and constraints. If the check fails, an error will be returned. If the check succeeds, response code 202 will be returned.
    /// - **false**: A request will be sent and a security group will be created.
    /// - Default Value: **false**
    ///
    /// Default: `false`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dry_run: Option<bool>,
    /// - Definition: Request body for creating a security group.
    /// - Constraints: None
    /// - Range: None
    /// - Default Value: None
    pub security_group: Createsecuritygroupoption,
}
/// CreateSecurityGroupOption
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Createsecuritygroupoption {
    /// - Definition: Name of a security group.
    /// - Constraints: The value can contain 1 to 64 characters, including letters, digits, underscores (\_), hyphens (-), and periods (.).
    /// - Range: None
    /// - Default Value: None
    ///
    /// Default: `None`. Length 1 to 64.
    pub name: String,
    /// - Definition: Description of a security group.
    /// - Constraints: The value can contain no more than 255 characters and cannot contain angle brackets (\< or \>).
    /// - Range: None
    /// - Default Value: None
    ///
    /// Default: `None`. Length at most 255.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// - Definition: ID of the enterprise project that a security group belongs to.
    /// - Constraints:
    /// - The value can contain a maximum of 36 bytes.
    /// - The value is **0** or a string in UUID format with hyphens (-).
    /// - Range: None
    /// - Default Value: **0** (default enterprise project)
    ///
    /// Default: `0`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub enterprise_project_id: Option<String>,
    /// - Definition: Tags of a security group, including tag keys and tag values, which can be used to classify and identify resources. For details, see the tag objects.
    /// - Constraints: A maximum of 20 tag key-value pairs are supported.
    /// - Range: None
    /// - Default Value: None
    ///
    /// Documented default: `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Requesttag>>,
}
crate::support::setters!(
    @ model Createsecuritygroupoption new(name : String) { description : String,
    enterprise_project_id : String, tags : Vec < Requesttag > }
);
/// Response body parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CreateSecurityGroupResponse201 {
    /// - Definition: Request ID.
    /// - Range: None
    pub request_id: Option<String>,
    /// - Definition: Response body for creating a security group.
    /// - Range: None
    pub security_group: Option<Securitygroupinfo>,
}
/// SecurityGroupInfo
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Securitygroupinfo {
    /// - Definition: ID of a security group. After a security group is created, a security group ID is generated, which uniquely identifies the security group.
    /// - Range: The value is in UUID format with hyphens (-).
    pub id: Option<String>,
    /// - Definition: Name of a security group.
    /// - Range: The value can contain 1 to 64 characters, including letters, digits, underscores (\_), hyphens (-), and periods (.).
    ///
    /// Length 1 to 64.
    pub name: Option<String>,
    /// - Definition: Description of a security group.
    /// - Range: The value can contain no more than 255 characters and cannot contain angle brackets (\< or \>).
    ///
    /// Length at most 255.
    pub description: Option<String>,
    /// - Definition: ID of the project that a security group belongs to.
    /// - Range: None
    pub project_id: Option<String>,
    /// - Definition: Time when a security group was created.
    /// - Range: UTC time in the format of yyyy-MM-ddTHH:mm:ssZ
    pub created_at: Option<String>,
    /// - Definition: Time when a security group was updated.
    /// - Range: UTC time in the format of yyyy-MM-ddTHH:mm:ssZ
    pub updated_at: Option<String>,
    /// - Definition: ID of the enterprise project that a security group belongs to.
    /// - Range: The value is **0** or a string that contains a maximum of 36 characters in UUID format with hyphens (-). **0** indicates the default enterprise project.
    ///
    /// Length at most 36.
    pub enterprise_project_id: Option<String>,
    /// - Definition: Tags of a security group, including tag keys and tag values, which can be used to classify and identify resources. For details, see the tag objects.
    /// - Range: None
    pub tags: Option<Vec<Responsetag>>,
    /// - Definition: Security group rule list.
    /// - Range: None
    pub security_group_rules: Option<Vec<Securitygrouprule>>,
}
/// SecurityGroupRule
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Securitygrouprule {
    /// - Definition: ID of a security group rule. After a security group rule is created, a security group rule ID is generated, which uniquely identifies the security group rule.
    /// - Range: The value is in UUID format with hyphens (-).
    pub id: Option<String>,
    /// - Definition: Description of a security group rule.
    /// - Range: The value can contain no more than 255 characters and cannot contain angle brackets (\< or \>).
    ///
    /// Length at most 255.
    pub description: Option<String>,
    /// - Definition: ID of the security group that a security group rule belongs to.
    /// - Range: None
    pub security_group_id: Option<String>,
    /// - Definition: Inbound or outbound direction of a security group rule.
    /// - Range:
    /// - **ingress**: inbound direction
    /// - **egress**: outbound direction
    pub direction: Option<String>,
    /// - Definition: Communication protocol of a security group rule.
    /// - Range:
    /// - **icmp**
    /// - **tcp**
    /// - **udp**
    /// - **icmpv6**
    /// - IP protocol number
    pub protocol: Option<String>,
    /// - Definition: IP address version of a security group rule.
    /// - Range:
    /// - IPv4
    /// - IPv6
    pub ethertype: Option<String>,
    /// - Definition: Port range of a security group rule.
    /// - Range: The value can be a single port (80), a port range (1-30), or inconsecutive ports separated by commas (22,3389,80).
    pub multiport: Option<String>,
    /// - Definition: Action of a security group rule.
    /// - Range:
    /// - **allow**
    /// - **deny**
    pub action: Option<String>,
    /// - Definition: Priority of a security group rule.
    /// - Range: The value is from 1 to 100. The value 1 indicates the highest priority.
    pub priority: Option<i64>,
    /// - Definition: ID of the remote security group of a security group rule. If the action of the rule is **allow**, the traffic from the remote security group is allowed. If the action of the rule is **deny**, the traffic from the remote security group is denied.
    /// - Range: ID of an existing security group.
    pub remote_group_id: Option<String>,
    /// - Definition: Remote IP address of a security group rule.
    /// - If **direction** is set to **egress**, the IP address is the outbound destination and will be accessed by instances in the security group.
    /// - If **direction** is set to **ingress**, the IP address is the inbound source and will access the instances in the security group.
    /// - Range: CIDR notation format. If an IP address is transferred in the request, the IP address is automatically formatted with /32 as the subnet mask, for example, 192.168.21.45/32.
    pub remote_ip_prefix: Option<String>,
    /// - Definition: ID of the remote IP address group of a security group rule.
    /// - Range: ID of an existing IP address group.
    pub remote_address_group_id: Option<String>,
    /// - Definition: Time when a security group rule was created.
    /// - Range: UTC time in the format of yyyy-MM-ddTHH:mm:ssZ
    pub created_at: Option<String>,
    /// - Definition: Time when a security group rule was updated.
    /// - Range: UTC time in the format of yyyy-MM-ddTHH:mm:ssZ
    pub updated_at: Option<String>,
    /// - Definition: ID of the project that a security group rule belongs to.
    /// - Range: None
    pub project_id: Option<String>,
}
/// Response body parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CreateSecurityGroupResponse202 {
    /// - Definition: Request ID.
    /// - Range: None
    pub request_id: Option<String>,
    /// - Definition: Error message.
    /// - Range: None
    pub error_msg: Option<String>,
    /// - Definition: Error code.
    /// - Range: None
    pub error_code: Option<String>,
}
/// Response body parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListSecurityGroupsResponse {
    /// - Definition: Response body for querying security groups.
    /// - Range: None
    pub security_groups: Option<Vec<Securitygroup>>,
    /// - Definition: Request ID.
    /// - Range: None
    pub request_id: Option<String>,
    /// - Definition: Pagination information.
    /// - Range: None
    pub page_info: Option<Pageinfo>,
}
/// SecurityGroup
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Securitygroup {
    /// - Definition: ID of a security group. After a security group is created, a security group ID is generated, which uniquely identifies the security group.
    /// - Range: The value is in UUID format with hyphens (-).
    pub id: Option<String>,
    /// - Definition: Name of a security group.
    /// - Range: The value can contain 1 to 64 characters, including letters, digits, underscores (\_), hyphens (-), and periods (.).
    ///
    /// Length 1 to 64.
    pub name: Option<String>,
    /// - Definition: Description of a security group.
    /// - Range: The value can contain no more than 255 characters and cannot contain angle brackets (\< or \>).
    ///
    /// Length at most 255.
    pub description: Option<String>,
    /// - Definition: ID of the project that a security group belongs to.
    /// - Range: None
    pub project_id: Option<String>,
    /// - Definition: Time when a security group was created.
    /// - Range: UTC time in the format of yyyy-MM-ddTHH:mm:ssZ
    pub created_at: Option<String>,
    /// - Definition: Time when a security group was updated.
    /// - Range: UTC time in the format of yyyy-MM-ddTHH:mm:ssZ
    pub updated_at: Option<String>,
    /// - Definition: ID of the enterprise project that a security group belongs to.
    /// - Range: The value is **0** or a string that contains a maximum of 36 characters in UUID format with hyphens (-). **0** indicates the default enterprise project.
    ///
    /// Length at most 36.
    pub enterprise_project_id: Option<String>,
    /// - Definition: Tags of a security group, including tag keys and tag values, which can be used to classify and identify resources. For details, see the tag objects.
    /// - Range: None
    pub tags: Option<Vec<Responsetag>>,
}
/// Response body parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ShowSecurityGroupResponse {
    /// - Definition: Request ID.
    /// - Range: None
    pub request_id: Option<String>,
    /// - Definition: Response body for querying details about a security group.
    /// - Range: None
    pub security_group: Option<Securitygroupinfo>,
}
/// Request body parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct UpdateSecurityGroupRequest {
    /// - Definition: Whether to only send the check request.
    /// - Constraints: None
    /// - Range:
    /// - **true**: A check request will be sent and no security group will be updated. Check items include mandatory parameters, request format, and constraints. If the check fails, an error will be returned. If the check succeeds, response code 202 will be returned.
    /// - **false**: A request will be sent and a security group will be updated.
    /// - Default Value: **false**
    ///
    /// Default: `false`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dry_run: Option<bool>,
    /// - Definition: Request body for updating a security group.
    /// - Constraints: None
    /// - Range: None
    /// - Default Value: None
    pub security_group: Updatesecuritygroupoption,
}
/// UpdateSecurityGroupOption
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Updatesecuritygroupoption {
    /// - Definition: Name of a security group.
    /// - Constraints: The value can contain 1 to 64 characters, including letters, digits, underscores (\_), hyphens (-), and periods (.).
    /// - Range: None
    /// - Default Value: None
    ///
    /// Default: `None`. Length 1 to 64.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// - Definition: Description of a security group.
    /// - Constraints: The value can contain no more than 255 characters and cannot contain angle brackets (\< or \>).
    /// - Range: None
    /// - Default Value: None
    ///
    /// Default: `None`. Length at most 255.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}
crate::support::setters!(
    @ model Updatesecuritygroupoption { name : String, description : String }
);
/// Response body parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct UpdateSecurityGroupResponse {
    /// - Definition: Request ID.
    /// - Range: None
    pub request_id: Option<String>,
    /// - Definition: Response body for updating a security group.
    /// - Range: None
    pub security_group: Option<Securitygroupinfo>,
}
/// Request body parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CreateSecurityGroupRuleRequest {
    /// - Definition: Whether to only send the check request.
    /// - Constraints: None
    /// - Range:
    /// - **true**: A check request will be sent and no security group rule will be created. Check items include mandatory parameters, request format, and constraints. If the check fails, an error will be returned. If the check succeeds, response code 202 will be returned.
    /// - **false**: A request will be sent and a security group rule will be created.
    /// - Default Value: **false**
    ///
    /// Default: `false`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dry_run: Option<bool>,
    /// - Definition: Request body for creating a security group rule.
    /// - Constraints: None
    /// - Range: None
    /// - Default Value: None
    pub security_group_rule: Createsecuritygroupruleoption,
}
/// CreateSecurityGroupRuleOption
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Createsecuritygroupruleoption {
    /// - Definition: ID of the security group that a security group rule belongs to.
    /// - Constraints: None
    /// - Range: None
    /// - Default Value: None
    ///
    /// Default: `None`.
    pub security_group_id: String,
    /// - Definition: Description of a security group rule.
    /// - Constraints: The value can contain no more than 255 characters and cannot contain angle brackets (\< or \>).
    /// - Range: None
    /// - Default Value: None
    ///
    /// Default: `None`. Length at most 255.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// - Definition: Inbound or outbound direction of a security group rule.
    /// - Constraints: None
    /// - Range:
    /// - **ingress**: inbound direction
    /// - **egress**: outbound direction
    /// - Default Value: None
    ///
    /// Default: `None`.
    pub direction: String,
    /// - Definition: IP address version of a security group rule.
    /// - Constraints: None
    /// - Range:
    /// - IPv4
    /// - IPv6
    /// - Default Value: IPv4
    ///
    /// Default: `IPv4`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ethertype: Option<String>,
    /// - Definition: Communication protocol of a security group rule.
    /// - Constraints:
    /// - If the parameter is left blank, all protocols are supported.
    /// - If the protocol is **icmpv6**, IP version should be IPv6.
    /// - If the protocol is **icmp**, IP version should be IPv4.
    /// - Range:
    /// - **icmp**
    /// - **tcp**
    /// - **udp**
    /// - **icmpv6**
    /// - IP protocol number (0-255)
    /// - Default Value: None
    ///
    /// Default: `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub protocol: Option<String>,
    /// - Definition: Port range of a security group rule.
    /// - Constraints: The port number ranges from 1 to 65535.
    /// - Range: The value can be a single port (80), a port range (1-30), or inconsecutive ports separated by commas (22,3389,80).
    /// - Default Value: None
    ///
    /// Default: `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub multiport: Option<String>,
    /// - Definition: Remote IP address of a security group rule. If direction is set to **egress**, this address is the outbound destination and will be accessed by instances in the security group. If direction is set to **ingress**, this address is the inbound source and will access instances in the security group.
    /// - Constraints:
    /// - This parameter is mutually exclusive with parameters **remote\_group\_id** and **remote\_address\_group\_id**.
    /// - If this parameter is left blank, traffic from all remote IP addresses is allowed when the action of the rule is **allow**, and is denied when the action of the rule is **deny**.
    /// - Range:
    /// - IP address. If an IP address is specified in the request, the IP address is automatically formatted with /32 as the subnet mask, for example, 192.168.21.45/32.
    /// - The value must be in CIDR format.
    /// - Default Value: None
    ///
    /// Default: `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub remote_ip_prefix: Option<String>,
    /// - Definition: ID of the remote security group of a security group rule. If the action of the rule is **allow**, the traffic from the remote security group is allowed. If the action of the rule is **deny**, the traffic from the remote security group is denied.
    /// - Constraints: The parameter is mutually exclusive with parameters **remote\_ip\_prefix** and **remote\_address\_group\_id**.
    /// - Range: ID of an existing security group.
    /// - Default Value: None
    ///
    /// Default: `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub remote_group_id: Option<String>,
    /// - Definition: ID of the remote IP address group of a security group rule.
    /// - Constraints: The parameter is mutually exclusive with parameters **remote\_ip\_prefix** and **remote\_group\_id**.
    /// - Range: ID of an existing IP address group.
    /// - Default Value: None
    ///
    /// Default: `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub remote_address_group_id: Option<String>,
    /// - Definition: Action of a security group rule.
    /// - Constraints: None
    /// - Range:
    /// - **allow**
    /// - **deny**
    /// - Default Value: **allow**
    ///
    /// Default: `allow`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub action: Option<String>,
    /// - Definition: Priority of a security group rule.
    /// - Constraints: None
    /// - Range: The value is from 1 to 100. The value 1 indicates the highest priority.
    /// - Default Value: 1
    ///
    /// Default: `1`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub priority: Option<String>,
}
crate::support::setters!(
    @ model Createsecuritygroupruleoption new(security_group_id : String, direction :
    String) { description : String, ethertype : String, protocol : String, multiport :
    String, remote_ip_prefix : String, remote_group_id : String, remote_address_group_id
    : String, action : String, priority : String }
);
/// Response body parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CreateSecurityGroupRuleResponse201 {
    /// - Definition: Request ID.
    /// - Range: None
    pub request_id: Option<String>,
    /// - Definition: Response body for creating a security group rule.
    /// - Range: None
    pub security_group_rule: Option<Securitygrouprule>,
}
/// Response body parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ShowSecurityGroupRuleResponse {
    /// - Definition: Request ID.
    /// - Range: None
    pub request_id: Option<String>,
    /// - Definition: Response body for querying details about a security group rule.
    /// - Range: None
    pub security_group_rule: Option<Securitygrouprule>,
}
/// Response body parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListSecurityGroupRulesResponse {
    /// - Definition: Request ID.
    /// - Range: None
    pub request_id: Option<String>,
    /// - Definition: Response body for querying security group rules.
    /// - Range: None
    pub security_group_rules: Option<Vec<Securitygrouprule>>,
    /// - Definition: Pagination information.
    /// - Range: None
    pub page_info: Option<Pageinfo>,
}
/// Request body parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AddVpcSecondaryCidrBlockRequest {
    /// - Definition: Whether to only send the check request.
    /// - Constraints: None
    /// - Range:
    /// - **true**: Only the check request will be sent and no secondary CIDR block will not be added. Check items include mandatory parameters, request format, and constraints. If the check fails, an error will be returned. If the check succeeds, response code 202 will be returned.
    /// - **false**: A request will be sent and a secondary CIDR block will be added.
    /// - Default Value: **false**
    ///
    /// Default: `false`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dry_run: Option<bool>,
    /// - Definition: Request body for adding a secondary CIDR block.
    /// - Constraints: None
    /// - Range: None
    /// - Default Value: None
    pub vpc: Addextendcidroption,
}
/// AddExtendCidrOption
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Addextendcidroption {
    /// - Definition: Secondary CIDR blocks of a VPC.
    /// - Constraints: Only IPv4 CIDR blocks are supported. Each VPC can have up to five secondary CIDR blocks.
    /// - Range: The following CIDR blocks are not supported:
    /// - 10.0.0.0/8: The IP address range is 10.0.0.0-10.255.255.255.
    /// - 172.16.0.0/12: The IP address range is 172.16.0.0-172.31.255.255.
    /// - 192.168.0.0/16: The IP address range is 192.168.0.0-192.168.255.255.
    /// - 172.31.0.0/16: The IP address range is 172.31.0.0-172.31.255.255.
    /// - 100.64.0.0/10: The IP address range is 100.64.0.0-100.127.255.255.
    /// - 214.0.0.0/7: The IP address range is 214.0.0.0-215.255.255.255.
    /// - 198.18.0.0/15: The IP address range is 198.18.0.0-198.19.255.255.
    /// - 169.254.0.0/16: The IP address range is 169.254.0.0-169.254.255.255.
    /// - 0.0.0.0/8: The IP address range is 0.0.0.0-0.255.255.255.
    /// - 127.0.0.0/8: The IP address range is 127.0.0.0-127.255.255.255.
    /// - 240.0.0.0/4: The IP address range is 240.0.0.0-255.255.255.255.
    /// - Default Value: None
    pub extend_cidrs: Vec<String>,
}
crate::support::setters!(
    @ model Addextendcidroption new(extend_cidrs : Vec < String >) {}
);
/// Response body parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AddVpcSecondaryCidrBlockResponse {
    /// - Definition: Request ID.
    /// - Range: None
    pub request_id: Option<String>,
    /// - Definition: Response body for adding a secondary CIDR block.
    /// - Range: None
    pub vpc: Option<Vpc>,
}
/// Vpc
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Vpc {
    /// - Definition: VPC ID. After a VPC is created, a VPC ID is generated, which uniquely identifies the VPC.
    /// - Range: The value is in UUID format with hyphens (-).
    pub id: Option<String>,
    /// - Definition: VPC name.
    /// - Range: The value can contain 0 to 64 characters. It can include letters, digits, underscores (\_), hyphens (-), and periods (.).
    ///
    /// Length 0 to 64.
    pub name: Option<String>,
    /// - Definition: Description of a VPC.
    /// - Range: The value can contain no more than 255 characters and cannot contain angle brackets (\< or \>).
    ///
    /// Length at most 255.
    pub description: Option<String>,
    /// - Definition: Available subnets in a VPC.
    /// - Range:
    /// - 10.0.0.0/8-24: The IP address ranges from 10.0.0.0 to 10.255.255.255, and the netmask ranges from 8 to 24.
    /// - 172.16.0.0/12-24: The IP address ranges from 172.16.0.0 to 172.31.255.255, and the netmask ranges from 12 to 24.
    /// - 192.168.0.0/16-24: The IP address ranges from 192.168.0.0 to 192.168.255.255, and the netmask ranges from 16 to 24.
    /// - If **cidr** is not specified, the default value is **""**.
    ///
    /// Default: `""`.
    pub cidr: Option<String>,
    /// - Definition: Secondary CIDR blocks of a VPC.
    /// - Range: The following CIDR blocks are not supported:
    /// - 10.0.0.0/8: The IP address range is 10.0.0.0-10.255.255.255.
    /// - 172.16.0.0/12: The IP address range is 172.16.0.0-172.31.255.255.
    /// - 192.168.0.0/16: The IP address range is 192.168.0.0-192.168.255.255.
    /// - 172.31.0.0/16: The IP address range is 172.31.0.0-172.31.255.255.
    /// - 100.64.0.0/10: The IP address range is 100.64.0.0-100.127.255.255.
    /// - 214.0.0.0/7: The IP address range is 214.0.0.0-215.255.255.255.
    /// - 198.18.0.0/15: The IP address range is 198.18.0.0-198.19.255.255.
    /// - 169.254.0.0/16: The IP address range is 169.254.0.0-169.254.255.255.
    /// - 0.0.0.0/8: The IP address range is 0.0.0.0-0.255.255.255.
    /// - 127.0.0.0/8: The IP address range is 127.0.0.0-127.255.255.255.
    /// - 240.0.0.0/4: The IP address range is 240.0.0.0-255.255.255.255.
    pub extend_cidrs: Option<Vec<String>>,
    /// - Definition: VPC status.
    /// - Range:
    /// - **PENDING**: The VPC is being created.
    /// - **ACTIVE**: The VPC is created.
    pub status: Option<String>,
    /// - Definition: ID of the project that a VPC belongs to.
    /// - Range: None
    pub project_id: Option<String>,
    /// - Definition: ID of the enterprise project that a VPC belongs to.
    /// - Range: The value is **0** or a string that contains a maximum of 36 characters in UUID format with hyphens (-). **0** indicates the default enterprise project.
    ///
    /// Length at most 36.
    pub enterprise_project_id: Option<String>,
    /// - Definition: Time when a VPC was created.
    /// - Range: UTC time in the format of yyyy-MM-ddTHH:mm:ssZ
    pub created_at: Option<String>,
    /// - Definition: Time when a VPC was updated.
    /// - Range: UTC time in the format of yyyy-MM-ddTHH:mm:ssZ
    pub updated_at: Option<String>,
    /// - Definition: Type and number of resources associated with a VPC. For example, subnets and route tables.
    /// - Range: None
    pub cloud_resources: Option<Vec<Cloudresource>>,
    /// - Definition: Tags of a VPC, including tag keys and tag values, which can be used to classify and identify resources. For details, see the tag objects.
    /// - Range: None
    pub tags: Option<Vec<Responsetag>>,
}
/// CloudResource
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Cloudresource {
    /// - Definition: Resource type.
    /// - Range: None
    pub resource_type: Option<String>,
    /// - Definition: Number of resources.
    /// - Range: None
    pub resource_count: Option<i64>,
}
/// Response body parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ShowVpcResponse {
    /// - Definition: Request ID.
    /// - Range: None
    pub request_id: Option<String>,
    /// - Definition: Response body for querying details about a VPC.
    /// - Range: None
    pub vpc: Option<Vpc>,
}
/// Response body parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ShowVpCsResponse {
    /// - Definition: Request ID.
    /// - Range: None
    pub request_id: Option<String>,
    /// - Definition: Response body for querying VPCs.
    /// - Range: None
    pub vpcs: Option<Vec<Vpc>>,
    /// - Definition: Pagination information.
    /// - Range: None
    pub page_info: Option<Pageinfo>,
}
/// Request body parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct RemoveVpcSecondaryCidrBlockRequest {
    /// - Definition: Whether to only send the check request.
    /// - Constraints: None
    /// - Range:
    /// - **true**: Only the check request will be sent and no secondary CIDR block will be removed. Check items include mandatory parameters, request format, and constraints. If the check fails, an error will be returned. If the check succeeds, response code 202 will be returned.
    /// - **false**: A request will be sent and a secondary CIDR block will be removed.
    /// - Default Value: **false**
    ///
    /// Default: `false`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dry_run: Option<bool>,
    /// - Definition: Request body for removing a secondary CIDR block from a VPC.
    /// - Constraints: None
    /// - Range: None
    /// - Default Value: None
    pub vpc: Removeextendcidroption,
}
/// RemoveExtendCidrOption
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Removeextendcidroption {
    /// - Definition: Secondary CIDR block to be removed from a VPC.
    /// - Constraints: Before removing a secondary CIDR block, delete the subnets in the CIDR block first.
    /// - Range: The value must be the secondary CIDR blocks in the VPC.
    /// - Default Value: None
    pub extend_cidrs: Vec<String>,
}
crate::support::setters!(
    @ model Removeextendcidroption new(extend_cidrs : Vec < String >) {}
);
/// Response body parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct RemoveVpcSecondaryCidrBlockResponse {
    /// - Definition: Request ID.
    /// - Range: None
    pub request_id: Option<String>,
    /// - Definition: Response body for removing a secondary CIDR block from a VPC.
    /// - Range: None
    pub vpc: Option<Vpc>,
}
/// Request parameter
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CreateFirewallGroupRequest {
    /// Specifies the firewall group. For details, see Table 2.
    pub firewall_group: FirewallGroupObject,
}
/// Firewall Group objects
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct FirewallGroupObject {
    /// Specifies the name of the firewall group.
    /// The value can contain a maximum of 255 characters.
    ///
    /// Length at most 255.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Provides supplementary information about the firewall group.
    /// The value can contain a maximum of 255 characters.
    ///
    /// Length at most 255.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Specifies the firewall policy for inbound traffic.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ingress_firewall_policy_id: Option<String>,
    /// Specifies the firewall policy for outbound traffic.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub egress_firewall_policy_id: Option<String>,
    /// Specifies the list of ports bound with the firewall group.
    /// The value must be the port ID.
    /// The port is the one whose **device\_owner** is **network:router\_interface\_distributed**.
    ///
    /// - Call the VPC API for querying the port ID. The filtering criteria are the specified **network\_id** and **device\_owner**. The **network\_id** is the network ID of the subnet associated with the firewall.
    /// - Example: GET <https://{Endpoint}/v1/{project_id}/ports?network_id={network_id}&device_owner=network%3Arouter_interface_distributed>
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ports: Option<Vec<String>>,
    /// Specifies the administrative status of the firewall.
    /// The value can be **true** or **false**.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub admin_state_up: Option<bool>,
}
crate::support::setters!(
    @ model FirewallGroupObject { name : String, description : String,
    ingress_firewall_policy_id : String, egress_firewall_policy_id : String, ports : Vec
    < String >, admin_state_up : bool }
);
/// Response parameter
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CreateFirewallGroupResponse {
    /// Specifies the firewall group. For details, see Table 4.
    pub firewall_group: Option<FirewallGroupObjectResponse>,
}
crate::support::open_enum!(
    #[doc = " Specifies the status of the firewall policy."] #[doc =
    " The value can be:"] #[doc = ""] #[doc = " - **ACTIVE** (Normal)"] #[doc =
    " - **INACTIVE** (Inactive)"] #[doc = " - **ERROR** (Error occurred)"] #[doc =
    " - **PENDING\\_CREATE** (Creating)"] #[doc = " - **PENDING\\_UPDATE** (Updating)"]
    #[doc = " - **PENDING\\_DELETE** (Deleting)"] FirewallGroupObjectResponseStatus {
    Active = "ACTIVE", Inactive = "INACTIVE", Error = "ERROR", PendingCreate =
    "PENDING_CREATE", PendingUpdate = "PENDING_UPDATE", PendingDelete = "PENDING_DELETE"
    }
);
/// Firewall Group objects
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct FirewallGroupObjectResponse {
    /// Specifies the UUID of the firewall group.
    pub id: Option<String>,
    /// Specifies the name of the firewall group.
    pub name: Option<String>,
    /// Provides supplementary information about the firewall group.
    pub description: Option<String>,
    /// Specifies the project ID.
    pub tenant_id: Option<String>,
    /// Specifies the firewall policy for inbound traffic.
    pub ingress_firewall_policy_id: Option<String>,
    /// Specifies the firewall policy for outbound traffic.
    pub egress_firewall_policy_id: Option<String>,
    /// Specifies the list of ports bound with the firewall group.
    pub ports: Option<Vec<String>>,
    /// Specifies whether the firewall group can be shared by different tenants.
    pub public: Option<bool>,
    /// Specifies the status of the firewall policy.
    /// The value can be:
    ///
    /// - **ACTIVE** (Normal)
    /// - **INACTIVE** (Inactive)
    /// - **ERROR** (Error occurred)
    /// - **PENDING\_CREATE** (Creating)
    /// - **PENDING\_UPDATE** (Updating)
    /// - **PENDING\_DELETE** (Deleting)
    pub status: Option<FirewallGroupObjectResponseStatus>,
    /// Specifies the administrative status of the firewall.
    pub admin_state_up: Option<bool>,
    /// Specifies the project ID.
    pub project_id: Option<String>,
    /// Specifies the time (UTC) when the resource is created.
    /// Format: *yyyy-MM-ddTHH:mm:ss*
    pub created_at: Option<String>,
    /// Specifies the time (UTC) when the resource is updated.
    /// Format: *yyyy-MM-ddTHH:mm:ss*
    pub updated_at: Option<String>,
}
/// Request parameter
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CreateFirewallPolicyRequest {
    /// Specifies the firewall policy. For details, see Table 2.
    pub firewall_policy: FirewallPolicyObject,
}
/// Firewall Policy objects
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct FirewallPolicyObject {
    /// Specifies the name of the firewall policy.
    /// The value can contain a maximum of 255 characters.
    ///
    /// Length at most 255.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Provides supplementary information about the firewall policy.
    /// The value can contain a maximum of 255 characters.
    ///
    /// Length at most 255.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Specifies the firewall rules referenced by the firewall policy.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub firewall_rules: Option<Vec<String>>,
    /// Specifies the audit flag.
    /// The value can be **true** or **false**.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub audited: Option<bool>,
}
crate::support::setters!(
    @ model FirewallPolicyObject { name : String, description : String, firewall_rules :
    Vec < String >, audited : bool }
);
/// Response parameter
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CreateFirewallPolicyResponse {
    /// Specifies the firewall policy. For details, see Table 4.
    pub firewall_policy: Option<FirewallPolicyObjectResponse>,
}
/// Firewall Policy objects
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct FirewallPolicyObjectResponse {
    /// Specifies the UUID of the firewall policy.
    pub id: Option<String>,
    /// Specifies the name of the firewall policy.
    pub name: Option<String>,
    /// Provides supplementary information about the firewall policy.
    pub description: Option<String>,
    /// Specifies the project ID.
    pub tenant_id: Option<String>,
    /// Specifies the firewall rules referenced by the firewall policy.
    pub firewall_rules: Option<Vec<String>>,
    /// Specifies the audit flag.
    pub audited: Option<bool>,
    /// Specifies whether the firewall policy can be shared by different tenants.
    pub public: Option<bool>,
    /// Specifies the project ID.
    pub project_id: Option<String>,
}
/// Request parameter
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CreateFirewallRuleRequest {
    /// Specifies the firewall rule objects. For details, see Table 2.
    pub firewall_rule: FirewallRuleObject,
}
crate::support::open_enum!(
    #[doc = " Specifies the IP protocol."] #[doc =
    " The value can be **TCP**, **UDP**, or **ICMP**."] FirewallRuleObjectProtocol { Tcp
    = "TCP", Udp = "UDP", Icmp = "ICMP" }
);
crate::support::open_enum!(
    #[doc = " Specifies action performed on traffic passing through the firewall."] #[doc
    = " The value can be **deny** or **allow**."] FirewallRuleObjectAction { Deny =
    "deny", Allow = "allow" }
);
/// Firewall Rule objects
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct FirewallRuleObject {
    /// Specifies the firewall rule name.
    /// The value can contain a maximum of 255 characters.
    ///
    /// Length at most 255.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Provides supplementary information about the firewall rule.
    /// The value can contain a maximum of 255 characters.
    ///
    /// Length at most 255.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Specifies the IP protocol.
    /// The value can be **TCP**, **UDP**, or **ICMP**.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub protocol: Option<FirewallRuleObjectProtocol>,
    /// Specifies the source port number or port number range.
    /// The value can be an integer from 1 to 65535 or a port number range in the format of **a:b**.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source_port: Option<String>,
    /// Specifies the destination port number or port number range.
    /// The value can be an integer from 1 to 65535 or a port number range in the format of **a:b**.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub destination_port: Option<String>,
    /// Specifies the IP protocol version.
    /// The value can be **4** and **6**, indicating IPv4 address and IPv6 address, respectively.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ip_version: Option<i64>,
    /// Specifies the source IP address or CIDR block.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source_ip_address: Option<String>,
    /// Specifies the destination IP address or CIDR block.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub destination_ip_address: Option<String>,
    /// Specifies action performed on traffic passing through the firewall.
    /// The value can be **deny** or **allow**.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub action: Option<FirewallRuleObjectAction>,
    /// Specifies whether the firewall rule is enabled.
    /// The value can be **true** or **false**.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
}
crate::support::setters!(
    @ model FirewallRuleObject { name : String, description : String, protocol :
    FirewallRuleObjectProtocol, source_port : String, destination_port : String,
    ip_version : i64, source_ip_address : String, destination_ip_address : String, action
    : FirewallRuleObjectAction, enabled : bool }
);
/// Response parameter
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CreateFirewallRuleResponse {
    /// Specifies the firewall rule objects. For details, see Table 4.
    pub firewall_rule: Option<FirewallRuleObjectResponse>,
}
/// Firewall Rule objects
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct FirewallRuleObjectResponse {
    /// Specifies the UUID of the firewall rule.
    pub id: Option<String>,
    /// Specifies the firewall rule name.
    pub name: Option<String>,
    /// Provides supplementary information about the firewall rule.
    pub description: Option<String>,
    /// Specifies the project ID.
    pub tenant_id: Option<String>,
    /// Specifies whether the firewall rule can be shared by different tenants.
    pub public: Option<bool>,
    /// Specifies the IP protocol.
    pub protocol: Option<String>,
    /// Specifies the source port number or port number range.
    pub source_port: Option<String>,
    /// Specifies the destination port number or port number range.
    pub destination_port: Option<String>,
    /// Specifies the IP protocol version.
    pub ip_version: Option<i64>,
    /// Specifies the source IP address or CIDR block.
    pub source_ip_address: Option<String>,
    /// Specifies the destination IP address or CIDR block.
    pub destination_ip_address: Option<String>,
    /// Specifies action performed on traffic passing through the firewall.
    pub action: Option<String>,
    /// Specifies whether the firewall rule is enabled.
    pub enabled: Option<bool>,
    /// Specifies the project ID.
    pub project_id: Option<String>,
}
/// Request parameter
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct InsertFirewallRuleRequest {
    /// Specifies the firewall rule ID, which uniquely identifies the firewall rule.
    pub firewall_rule_id: String,
    /// The **insert\_after** parameter indicates the firewall rule that has already been associated with the firewall policy. A new firewall rule will be inserted after the firewall rule associated with the firewall policy.
    /// If both the **insert\_after** and **insert\_before** parameters are specified, the **insert\_after** parameter will be ignored.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub insert_after: Option<String>,
    /// The **insert\_before** parameter indicates the firewall rule that has already been associated with the firewall policy. A new firewall rule will be inserted before the firewall rule associated with the firewall policy.
    /// If both the **insert\_after** and **insert\_before** parameters are specified, the **insert\_after** parameter will be ignored.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub insert_before: Option<String>,
}
/// Response parameter
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct InsertFirewallRuleResponse {
    /// Provides supplementary information about the firewall policy.
    pub description: Option<String>,
    /// Each time the firewall policy or the associated firewall rules are changed, this attribute will be set to **False**.
    pub audited: Option<bool>,
    /// Specifies the ID list of the firewall rules associated with the current firewall policy.
    pub firewall_rules: Option<Vec<String>>,
    /// Specifies the firewall policy ID.
    pub id: Option<String>,
    /// Specifies the firewall policy name.
    pub name: Option<String>,
    /// If this attribute is set to **true**, the firewall policy is visible to tenants other than its owner. The firewall policy is not visible to other tenants by default.
    pub public: Option<bool>,
    /// Specifies the project ID.
    pub tenant_id: Option<String>,
    /// Specifies the project ID.
    pub project_id: Option<String>,
}
/// Response parameter
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ShowFirewallGroupResponse {
    /// Specifies the firewall group. For details, see Table 3.
    pub firewall_group: Option<FirewallGroupObjectResponse>,
}
/// Response parameter
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ShowFirewallPolicyResponse {
    /// Specifies the firewall policy. For details, see Table 3.
    pub firewall_policy: Option<FirewallPolicyObjectResponse>,
}
/// Response parameter
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ShowFirewallRuleResponse {
    /// Specifies the firewall rule objects. For details, see Table 3.
    pub firewall_rule: Option<FirewallRuleObjectResponse>,
}
/// Response parameter
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListFirewallGroupsResponse {
    /// Specifies the firewall group list. For details, see Table 3.
    pub firewall_groups: Option<Vec<ListFirewallGroupsObject>>,
    /// Specifies the **firewall\_groups\_link** object list. For details, see Table 4.
    /// Only when **limit** is used for filtering and the number of resources exceeds the value of **limit** or 2000 (default value of **limit**), value **next** will be returned for **rel** and a link for **href**.
    pub firewall_groups_links: Option<Vec<FirewallGroupLinkObject>>,
}
/// Firewall Group objects
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListFirewallGroupsObject {
    /// Specifies the UUID of the firewall group.
    pub id: Option<String>,
    /// Specifies the name of the firewall group.
    pub name: Option<String>,
    /// Provides supplementary information about the firewall group.
    pub description: Option<String>,
    /// Specifies the project ID.
    pub tenant_id: Option<String>,
    /// Specifies the firewall policy for inbound traffic.
    pub ingress_firewall_policy_id: Option<String>,
    /// Specifies the firewall policy for outbound traffic.
    pub egress_firewall_policy_id: Option<String>,
    /// Specifies the list of ports bound with the firewall group.
    pub ports: Option<Vec<String>>,
    /// Specifies whether the firewall group can be shared by different tenants.
    pub public: Option<bool>,
    /// Specifies the status of a firewall group.
    /// The value can be:
    ///
    /// - **ACTIVE** (Normal)
    /// - **INACTIVE** (Inactive)
    /// - **ERROR** (Error occurred)
    /// - **PENDING\_CREATE** (Creating)
    /// - **PENDING\_UPDATE** (Updating)
    /// - **PENDING\_DELETE** (Deleting)
    pub status: Option<FirewallGroupObjectResponseStatus>,
    /// Specifies the administrative status of the firewall.
    pub admin_state_up: Option<bool>,
    /// Specifies the project ID.
    pub project_id: Option<String>,
    /// Specifies the time (UTC) when the resource is created.
    /// Format: *yyyy-MM-ddTHH:mm:ss*
    pub created_at: Option<String>,
    /// Specifies the time (UTC) when the resource is updated.
    /// Format: *yyyy-MM-ddTHH:mm:ss*
    pub updated_at: Option<String>,
}
/// firewall\_groups\_link object
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct FirewallGroupLinkObject {
    /// Specifies the API link.
    pub href: Option<String>,
    /// Specifies the relationship between the API link and the API version.
    pub rel: Option<String>,
}
/// Response parameter
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListFirewallPoliciesResponse {
    /// Specifies the firewall policies. For details, see Table 3.
    pub firewall_policies: Option<Vec<ListFirewallPoliciesObject>>,
    /// **firewall\_policies\_link** object. For details, see Table 4.
    /// Only when **limit** is used for filtering and the number of resources exceeds the value of **limit** or 2000 (default value of **limit**), value **next** will be returned for **rel** and a link for **href**.
    pub firewall_policies_links: Option<Vec<FirewallPolicyLinkObject>>,
}
/// firewall\_Policy object
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListFirewallPoliciesObject {
    /// Specifies the UUID of the firewall policy.
    pub id: Option<String>,
    /// Specifies the name of the firewall policy.
    pub name: Option<String>,
    /// Provides supplementary information about the firewall policy.
    pub description: Option<String>,
    /// Specifies the project ID.
    pub tenant_id: Option<String>,
    /// Specifies the rules referenced by the firewall policy.
    pub firewall_rules: Option<Vec<String>>,
    /// Specifies the audit flag.
    pub audited: Option<bool>,
    /// Specifies whether the policy can be shared by different tenants.
    pub public: Option<bool>,
    /// Specifies the project ID.
    pub project_id: Option<String>,
}
/// firewall\_policies\_link object
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct FirewallPolicyLinkObject {
    /// Specifies the API link.
    pub href: Option<String>,
    /// Specifies the relationship between the API link and the API version.
    pub rel: Option<String>,
}
/// Response parameter
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListFirewallRulesResponse {
    /// Specifies the firewall rule list. For details, see Table 4.
    pub firewall_rules: Option<Vec<FirewallRuleObjectResponse>>,
    /// Specifies the pagination information. For details, see Table 3.
    /// Only when **limit** is used for filtering and the number of resources exceeds the value of **limit** or 2000 (default value of **limit**), value **next** will be returned for **rel** and a link for **href**.
    pub firewall_rules_links: Option<Vec<FirewallRuleLinkObject>>,
}
/// firewall\_rules\_link object
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct FirewallRuleLinkObject {
    /// Specifies the API link.
    pub href: Option<String>,
    /// Specifies the relationship between the API link and the API version.
    pub rel: Option<String>,
}
/// Request parameter
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct RemoveFirewallRuleRequest {
    /// Specifies the firewall rule ID, which uniquely identifies the firewall rule.
    pub firewall_rule_id: String,
}
/// Request parameter
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct UpdateFirewallPolicyRequest {
    /// Specifies the firewall policy objects. For details, see Table 2.
    pub firewall_policy: FirewallPolicyObject,
}
/// Response parameter
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct UpdateFirewallPolicyResponse {
    /// Specifies the firewall policy objects. For details, see Table 4.
    pub firewall_policy: Option<FirewallPolicyObjectResponse>,
}
/// Request parameter
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct UpdateFirewallRuleRequest {
    /// Specifies the firewall rule objects. For details, see Table 2.
    pub firewall_rule: UpdateFirewallRuleObject,
}
/// Firewall Rule objects
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct UpdateFirewallRuleObject {
    /// Specifies the firewall rule name.
    /// The value can contain a maximum of 255 characters.
    ///
    /// Length at most 255.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Provides supplementary information about the firewall rule.
    /// The value can contain a maximum of 255 characters.
    ///
    /// Length at most 255.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Specifies the IP protocol.
    /// The value can be **TCP**, **UDP**, **ICMP**, or a value ranging from 0 to 255.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub protocol: Option<String>,
    /// Specifies the source port number or port number range.
    /// The value can be an integer from 1 to 65535 or a port number range in the format of **a:b**.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source_port: Option<String>,
    /// Specifies the destination port number or port number range.
    /// The value can be an integer from 1 to 65535 or a port number range in the format of **a:b**.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub destination_port: Option<String>,
    /// Specifies the IP protocol version.
    /// The value can be **4** and **6**, indicating IPv4 address and IPv6 address, respectively.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ip_version: Option<i64>,
    /// Specifies the source IP address or CIDR block.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source_ip_address: Option<String>,
    /// Specifies the destination IP address or CIDR block.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub destination_ip_address: Option<String>,
    /// Specifies action performed on traffic passing through the firewall.
    /// The value can be **deny** or **allow**.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub action: Option<FirewallRuleObjectAction>,
    /// Specifies whether the firewall rule is enabled.
    /// The value can be **true** or **false**.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
}
crate::support::setters!(
    @ model UpdateFirewallRuleObject { name : String, description : String, protocol :
    String, source_port : String, destination_port : String, ip_version : i64,
    source_ip_address : String, destination_ip_address : String, action :
    FirewallRuleObjectAction, enabled : bool }
);
/// Request parameter
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AssignFloatingIpAddressRequest {
    /// Specifies the floating IP address list. For details, see Table 2.
    pub floatingip: FloatingIpAddressFloatingipObject,
}
/// floatingip objects
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct FloatingIpAddressFloatingipObject {
    /// Specifies the floating IP address.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub floating_ip_address: Option<String>,
    /// Specifies the external network ID.
    /// You can only use fixed external network.
    /// You can use **GET /v2.0/networks?router:external=True** or
    /// **GET /v2.0/networks?name=\{floating\_network\}** or
    /// run the **neutron net-external-list mode** command to obtain information about the external network.
    pub floating_network_id: String,
    /// Specifies the port ID.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub port_id: Option<String>,
    /// Specifies the private IP address of the associated port.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fixed_ip_address: Option<String>,
}
crate::support::setters!(
    @ model FloatingIpAddressFloatingipObject new(floating_network_id : String) {
    floating_ip_address : String, port_id : String, fixed_ip_address : String }
);
/// Response parameter
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AssignFloatingIpAddressResponse {
    /// Specifies the floating IP address list. For details, see Table 4.
    pub floatingip: Option<FloatingIpAddressFloatingipObjectResponse>,
}
crate::support::open_enum!(
    #[doc =
    " Specifies the floating IP address status. The value can be **ACTIVE**, **DOWN**, or **ERROR**."]
    #[doc = ""] #[doc =
    " - **DOWN** indicates that the floating IP address has not been bound."] #[doc =
    " - **ACTIVE** indicates that the floating IP address has been bound."] #[doc =
    " - **ERROR** indicates that the floating IP address is abnormal."]
    FloatingIpAddressFloatingipObjectResponseStatus { Active = "ACTIVE", Down = "DOWN",
    Error = "ERROR" }
);
/// floatingip objects
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct FloatingIpAddressFloatingipObjectResponse {
    /// Specifies the floating IP address status. The value can be **ACTIVE**, **DOWN**, or **ERROR**.
    ///
    /// - **DOWN** indicates that the floating IP address has not been bound.
    /// - **ACTIVE** indicates that the floating IP address has been bound.
    /// - **ERROR** indicates that the floating IP address is abnormal.
    pub status: Option<FloatingIpAddressFloatingipObjectResponseStatus>,
    /// Specifies the floating IP address ID.
    pub id: Option<String>,
    /// Specifies the floating IP address.
    pub floating_ip_address: Option<String>,
    /// Specifies the external network ID.
    pub floating_network_id: Option<String>,
    /// Specifies the ID of the belonged router.
    pub router_id: Option<String>,
    /// Specifies the port ID.
    pub port_id: Option<String>,
    /// Specifies the private IP address of the associated port.
    pub fixed_ip_address: Option<String>,
    /// Specifies the project ID.
    pub tenant_id: Option<String>,
    /// Specifies the DNS name.
    pub dns_name: Option<String>,
    /// Specifies the DNS domain.
    pub dns_domain: Option<String>,
}
/// Response parameter
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ShowFloatingIpAddressResponse {
    /// Specifies the floating IP address list. For details, see Table 2.
    pub floatingip: Option<ShowFloatingIpAddressFloatingipObject>,
}
/// floatingip objects
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ShowFloatingIpAddressFloatingipObject {
    /// Specifies the floating IP address status. The value can be **ACTIVE**, **DOWN**, or **ERROR**.
    ///
    /// - **DOWN** indicates that the floating IP address has not been bound.
    /// - **ACTIVE** indicates that the floating IP address has been bound.
    /// - **ERROR** indicates that the floating IP address is abnormal.
    pub status: Option<FloatingIpAddressFloatingipObjectResponseStatus>,
    /// Specifies the floating IP address ID.
    pub id: Option<String>,
    /// Specifies the project ID.
    pub project_id: Option<String>,
    /// Specifies the floating IP address.
    pub floating_ip_address: Option<String>,
    /// Specifies the external network ID.
    pub floating_network_id: Option<String>,
    /// Specifies the ID of the belonged router.
    pub router_id: Option<String>,
    /// Specifies the port ID.
    /// The value of **port\_id** is null if the EIP is bound to a dedicated load balancer.
    pub port_id: Option<String>,
    /// Specifies the private IP address of the associated port.
    pub fixed_ip_address: Option<String>,
    /// Specifies the project ID.
    pub tenant_id: Option<String>,
    /// Specifies the DNS name.
    pub dns_name: Option<String>,
    /// Specifies the DNS domain.
    pub dns_domain: Option<String>,
    /// Specifies the time when the floating IP address was created.
    /// UTC time is used.
    /// Format: *yyyy-MM-ddTHH:mm:ss*
    pub created_at: Option<String>,
    /// Specifies the time when the floating IP address was updated.
    /// UTC time is used.
    /// Format: *yyyy-MM-ddTHH:mm:ss*
    pub updated_at: Option<String>,
}
/// Response parameter
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListFloatingIpAddressesResponse {
    /// Specifies the floating IP address list. For details, see Table 3.
    pub floatingips: Option<Vec<ShowFloatingIpAddressFloatingipObject>>,
}
/// Request parameter
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct UpdateFloatingIpAddressRequest {
    /// Specifies the floating IP address list. For details, see Table 3.
    pub floatingip: UpdateFloatingIpAddressFloatingipObject,
}
/// floatingip objects
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct UpdateFloatingIpAddressFloatingipObject {
    /// Specifies the port ID.
    /// Leaving this parameter blank does not unbind the EIP from the dedicated load balancer.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub port_id: Option<String>,
}
crate::support::setters!(
    @ model UpdateFloatingIpAddressFloatingipObject { port_id : String }
);
/// Response parameter
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct UpdateFloatingIpAddressResponse {
    /// Specifies the floating IP address list. For details, see Table 5.
    pub floatingip: Option<FloatingIpAddressFloatingipObjectResponse>,
}
/// Request parameter
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CreateNetworkRequest {
    /// Specifies the network. For details, see Table 2.
    pub network: NetworkObject,
}
/// network objects
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct NetworkObject {
    /// Specifies the network name.
    /// The name cannot be the same as the **admin\_external\_net** value (preset network name and cannot be used).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Specifies the administrative status.
    /// The value can only be **true**.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub admin_state_up: Option<bool>,
    /// Specifies whether the network can be shared by different tenants.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub shared: Option<bool>,
    /// Specifies the network type.
    /// Only the VXLAN and GENEVE networks are supported.
    /// Tenants can only set this parameter to **geneve**. If this parameter is not specified, the network type is automatically set to VXLAN. If the network is preset as **admin\_external\_net**, this parameter is fixed at **vlan** and cannot be configured.
    /// Note:
    ///
    /// - Set this parameter to **geneve** if you want to create GENEVE networks.
    /// - Do not specify this parameter if you want to create VXLAN networks.
    ///
    /// Wire name: `provider:network_type`.
    #[serde(rename = "provider:network_type", skip_serializing_if = "Option::is_none")]
    pub provider_network_type: Option<String>,
    /// Specifies whether the security option is enabled for the port. If the option is not enabled, the security group and DHCP snooping settings of all VMs in the network do not take effect.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub port_security_enabled: Option<bool>,
}
crate::support::setters!(
    @ model NetworkObject { name : String, admin_state_up : bool, shared : bool,
    provider_network_type : String, port_security_enabled : bool }
);
/// Response parameter
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CreateNetworkResponse {
    /// Specifies the network. For details, see Table 4.
    pub network: Option<NetworkObjectResponse>,
}
crate::support::open_enum!(
    #[doc =
    " Specifies the network status. The value can be **ACTIVE**, **BUILD**, **DOWN**, or **ERROR**."]
    NetworkObjectResponseStatus { Active = "ACTIVE", Build = "BUILD", Down = "DOWN",
    Error = "ERROR" }
);
/// network objects
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct NetworkObjectResponse {
    /// Specifies the network status. The value can be **ACTIVE**, **BUILD**, **DOWN**, or **ERROR**.
    pub status: Option<NetworkObjectResponseStatus>,
    /// Specifies IDs of the subnets associated with this network. The IDs are in a list.
    /// Only one subnet can be associated with each network.
    pub subnets: Option<Vec<String>>,
    /// Specifies the network name.
    /// The name cannot be the same as the **admin\_external\_net** value (preset network name and cannot be used).
    pub name: Option<String>,
    /// Specifies whether the network is an external network. The default value is **false**. This is an extended attribute.
    ///
    /// Wire name: `router:external`. Default: `false`.
    #[serde(rename = "router:external")]
    pub router_external: Option<bool>,
    /// Specifies the administrative status.
    /// The value can only be **true**.
    pub admin_state_up: Option<bool>,
    /// Specifies the project ID.
    pub tenant_id: Option<String>,
    /// Specifies whether the network can be shared by different tenants.
    pub shared: Option<bool>,
    /// Specifies the network ID.
    /// This parameter is not mandatory when you query networks.
    pub id: Option<String>,
    /// Specifies the network type.
    /// Only the VXLAN and GENEVE networks are supported.
    /// Tenants can only set this parameter to **geneve**. If this parameter is not specified, the network type is automatically set to VXLAN. If the network is preset as **admin\_external\_net**, this parameter is fixed at **vlan** and cannot be configured.
    /// Note:
    ///
    /// - Set this parameter to **geneve** if you want to create GENEVE networks.
    /// - Do not specify this parameter if you want to create VXLAN networks.
    ///
    /// Wire name: `provider:network_type`.
    #[serde(rename = "provider:network_type")]
    pub provider_network_type: Option<String>,
    /// Specifies the availability zones available to this network. The current version does not support cross-availability-zone network scheduling.
    pub availability_zone_hints: Option<Vec<String>>,
    /// Specifies the availability zone of this network.
    pub availability_zones: Option<Vec<String>>,
    /// Specifies whether the security option is enabled for the port. If the option is not enabled, the security group and DHCP snooping settings of all VMs in the network do not take effect.
    /// This parameter is not displayed when an external network is called and the value of **router:external** is **true**. This parameter is visible when the value of **router:external** is **false**.
    pub port_security_enabled: Option<bool>,
    /// Specifies the default private network DNS domain address. The system automatically sets this parameter, and you are not allowed to configure or change the parameter value.
    pub dns_domain: Option<String>,
    /// Specifies the project ID.
    pub project_id: Option<String>,
    /// Specifies the time (UTC) when the network is created.
    /// Format: *yyyy-MM-ddTHH:mm:ss*
    pub created_at: Option<String>,
    /// Specifies the time (UTC) when the network is updated.
    /// Format: *yyyy-MM-ddTHH:mm:ss*
    pub updated_at: Option<String>,
}
/// Response parameter
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListNetworkDetailsResponse {
    /// Specifies the network. For details, see Table 3.
    pub network: Option<NetworkObjectResponse>,
}
/// Response parameter
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListNetworksResponse {
    /// Specifies the network list. For details, see Table 3.
    pub networks: Option<Vec<ListNetworksObject>>,
    /// Specifies the pagination information. For details, see Table 4.
    /// Only when **limit** is used for filtering and the number of resources exceeds the value of **limit** or 2000 (default value of **limit**), value **next** will be returned for **rel** and a link for **href**.
    pub networks_links: Option<Vec<NetworkLinkObject>>,
}
/// network object
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListNetworksObject {
    /// Specifies the network status. The value can be **ACTIVE**, **BUILD**, **DOWN**, or **ERROR**.
    pub status: Option<NetworkObjectResponseStatus>,
    /// Specifies ID of the subnet associated with this network.
    /// Only one subnet can be associated with each network.
    pub subnets: Option<Vec<String>>,
    /// Specifies the network name.
    /// The name cannot be the same as the **admin\_external\_net** value (preset network name and cannot be used).
    pub name: Option<String>,
    /// Specifies whether the network is an external network. The default value is **false**. This is an extended attribute.
    ///
    /// Wire name: `router:external`. Default: `false`.
    #[serde(rename = "router:external")]
    pub router_external: Option<bool>,
    /// Specifies the administrative status.
    /// The value can only be **true**.
    pub admin_state_up: Option<bool>,
    /// Specifies the project ID.
    pub tenant_id: Option<String>,
    /// Specifies whether the network can be shared by different tenants.
    pub shared: Option<bool>,
    /// Specifies the network ID.
    pub id: Option<String>,
    /// Specifies the network type.
    /// Only the VXLAN and GENEVE networks are supported.
    /// Tenants can only set this parameter to **geneve**. If this parameter is not specified, the network type is automatically set to VXLAN. If the network is preset as **admin\_external\_net**, this parameter is fixed at **vlan** and cannot be configured.
    /// Note:
    ///
    /// - Set this parameter to **geneve** if you want to create GENEVE networks.
    /// - Do not specify this parameter if you want to create VXLAN networks.
    ///
    /// Wire name: `provider:network_type`.
    #[serde(rename = "provider:network_type")]
    pub provider_network_type: Option<String>,
    /// Specifies the availability zones available to this network. The current version does not support cross-availability-zone network scheduling.
    pub availability_zone_hints: Option<Vec<String>>,
    /// Specifies the availability zone of this network.
    pub availability_zones: Option<Vec<String>>,
    /// Specifies whether the security option is enabled for the port. If the option is not enabled, the security group and DHCP snooping settings of all VMs in the network do not take effect.
    /// This parameter is not displayed when an external network is called and the value of **router:external** is **true**. This parameter is visible when the value of **router:external** is **false**.
    pub port_security_enabled: Option<bool>,
    /// Specifies the default private network DNS domain address. The system automatically sets this parameter, and you are not allowed to configure or change the parameter value.
    pub dns_domain: Option<String>,
    /// Specifies the project ID.
    pub project_id: Option<String>,
    /// Specifies the time (UTC) when the network is created.
    /// Format: *yyyy-MM-ddTHH:mm:ss*
    pub created_at: Option<String>,
    /// Specifies the time (UTC) when the network is updated.
    /// Format: *yyyy-MM-ddTHH:mm:ss*
    pub updated_at: Option<String>,
}
/// networks\_link object
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct NetworkLinkObject {
    /// Specifies the API link.
    pub href: Option<String>,
    /// Specifies the relationship between the API link and the API version.
    pub rel: Option<String>,
}
/// Request parameter
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct UpdateNetworkRequest {
    /// Specifies the network. For details, see Table 3.
    /// You must specify at least one attribute when updating a network.
    pub network: UpdateNetworkObject,
}
/// network objects
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct UpdateNetworkObject {
    /// Specifies the network name.
    /// The name cannot be the same as the **admin\_external\_net** value (preset network name and cannot be used).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Specifies the administrative status.
    /// The value can only be **true**.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub admin_state_up: Option<bool>,
    /// Specifies whether the security option is enabled for the port. If the option is not enabled, the security group and DHCP snooping settings of all VMs in the network do not take effect.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub port_security_enabled: Option<bool>,
}
crate::support::setters!(
    @ model UpdateNetworkObject { name : String, admin_state_up : bool,
    port_security_enabled : bool }
);
/// Response parameter
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct UpdateNetworkResponse {
    /// Specifies the network. For details, see Table 5.
    pub network: Option<NetworkObjectResponse>,
}
/// Request parameter
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CreatePortRequest {
    /// Specifies the port object list. For details, see Table 2.
    pub port: PortObject,
}
/// port objects
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct PortObject {
    /// Specifies the port name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// - Specifies the ID of the network that the port belongs to.
    /// - The network ID must exist.
    pub network_id: String,
    /// Specifies the administrative status.
    /// The default value is **true**.
    ///
    /// Default: `true`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub admin_state_up: Option<bool>,
    /// Specifies the port IP address. For details, see Table 3. For example, the value is **"fixed\_ips": \[\{"subnet\_id": "4dc70db6-cb7f-4200-9790-a6a910776bba", "ip\_address": "192.169.25.79"\}\]**.
    /// "fixed\_ips": \[\{"subnet\_id": "1fd001aa-6946-4168-86d9-924c7d3ef8fb", "ip\_address": "2a07:b980:4030:14::1"\}\]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fixed_ips: Option<Vec<PortFixedIpObject>>,
    /// Specifies the UUID of the security group, for example, **"security\_groups": \["a0608cbf-d047-4f54-8b28-cd7b59853fff"\]**. This is an extended attribute.
    /// This parameter cannot be left blank.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub security_groups: Option<Vec<String>>,
    /// Specifies a set of zero or more allowed address pairs. This is an extended attribute. For details, see Table 4.
    /// Instructions:
    ///
    /// - The IP address cannot be **0.0.0.0/0**.
    /// - Configure a dedicated security group for the port if the parameter **allowed\_address\_pairs** has a large CIDR block (subnet mask less than 24).
    /// - If the value of **allowed\_address\_pairs** is **1.1.1.1/0**, the source/destination check is disabled.
    /// - In the hardware SDN networking plan, the **ip\_address** attribute value cannot be in CIDR format.
    /// - To assign a virtual IP address to an ECS, the IP address configured in **allowed\_address\_pairs** must be an existing ECS NIC IP address. Otherwise, the virtual IP address cannot be used for communication.
    /// - Set **allowed\_address\_pairs** of the cloud server network interface to **1.1.1.1/0**.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub allowed_address_pairs: Option<Vec<PortAllowedAddressPairsObject>>,
    /// Specifies the extended DHCP option. This is an extended attribute. For details, see Table 5.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub extra_dhcp_opts: Option<Vec<PortExtraDhcpOptObject>>,
    /// - Specifies the user-defined settings. This is an extended attribute.
    /// - Instructions:
    /// - The **internal\_elb** field is in boolean type and is available to common tenants. Set the value of this parameter to **true** only when you assign a virtual IP address to an internal network load balancer. The value of this field is maintained by the system and cannot be changed. Example:
    /// - \{"internal\_elb": true\}
    /// - The **disable\_security\_groups** field is in boolean type and is available to common tenants. The default value is **false**. In high-performance communication scenarios, you can set the parameter value to **true**, which makes this parameter available to common tenants. You can specify this parameter when creating a port. Currently, the value of this parameter can only be set to **true**.
    /// - Example:
    /// - \{"disable\_security\_groups": true \}
    /// - Currently, the value can only be set to **true**. When the value is set to **true**, the FWaaS function does not take effect.
    ///
    /// Wire name: `binding:profile`. Documented default: `false`.
    #[serde(rename = "binding:profile", skip_serializing_if = "Option::is_none")]
    pub binding_profile: Option<serde_json::Value>,
    /// Specifies the type of the bound vNIC.
    /// **normal**: Softswitch
    ///
    /// Wire name: `binding:vnic_type`.
    #[serde(rename = "binding:vnic_type", skip_serializing_if = "Option::is_none")]
    pub binding_vnic_type: Option<String>,
    /// Specifies whether the security option is enabled for the port.
    /// **true** indicates that security groups can be added and DHCP anti-spoofing is enabled. **false** indicates that security groups and DHCP anti-spoofing are not applied.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub port_security_enabled: Option<bool>,
    /// Specifies the device that the port belongs to.
    /// Currently, only **""** and **neutron:VIP\_PORT** are supported. **neutron:VIP\_PORT** indicates the port of a virtual IP address.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub device_owner: Option<String>,
}
crate::support::setters!(
    @ model PortObject new(network_id : String) { name : String, admin_state_up : bool,
    fixed_ips : Vec < PortFixedIpObject >, security_groups : Vec < String >,
    allowed_address_pairs : Vec < PortAllowedAddressPairsObject >, extra_dhcp_opts : Vec
    < PortExtraDhcpOptObject >, binding_profile : serde_json::Value, binding_vnic_type :
    String, port_security_enabled : bool, device_owner : String }
);
/// fixed\_ip objects
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct PortFixedIpObject {
    /// Specifies the ID of the subnet to which the port belongs.
    /// This parameter cannot be updated.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub subnet_id: Option<String>,
    /// Specifies the port IP address.
    /// This parameter cannot be updated.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ip_address: Option<String>,
}
crate::support::setters!(
    @ model PortFixedIpObject { subnet_id : String, ip_address : String }
);
/// allowed\_address\_pairs objects
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct PortAllowedAddressPairsObject {
    /// - Specifies the IP address.
    /// - You cannot set it to **0.0.0.0/0**.
    /// - Configure a dedicated security group for the port if the parameter **allowed\_address\_pairs** has a large CIDR block (subnet mask less than 24).
    /// - If the value of **allowed\_address\_pairs** is **1.1.1.1/0**, the source/destination check is disabled.
    /// - Set **allowed\_address\_pairs** of the cloud server network interface to **1.1.1.1/0**.
    /// - If the value of parameter **allowed\_address\_pairs** is specified, parameter **ip\_address** is mandatory.
    pub ip_address: String,
    /// Specifies the MAC address. By default, the MAC address of the local port is used.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mac_address: Option<String>,
}
crate::support::setters!(
    @ model PortAllowedAddressPairsObject new(ip_address : String) { mac_address : String
    }
);
/// extra\_dhcp\_opt objects
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct PortExtraDhcpOptObject {
    /// Specifies the option name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub opt_name: Option<String>,
    /// Specifies the option value.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub opt_value: Option<String>,
}
crate::support::setters!(
    @ model PortExtraDhcpOptObject { opt_name : String, opt_value : String }
);
/// Response parameter
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CreatePortResponse {
    /// Specifies the port information. For details, see Table 7.
    pub port: Option<PortObjectResponse>,
}
crate::support::open_enum!(
    #[doc = " Specifies the DHCP, router or Nova to which a device belongs."] #[doc =
    " The value can be **network:dhcp**, **network:router\\_interface\\_distributed**, **compute:xxx**, **neutron:VIP\\_PORT**, **neutron:LOADBALANCERV2**, **neutron:LOADBALANCERV3**, **network:endpoint\\_interface**, **network:nat\\_gateway**, or **network:ucmp**. (In value **compute:xxx**, **xxx** specifies the AZ name, for example, **compute:aa-bb-cc** indicates that the private IP address is used by an ECS in the **aa-bb-cc** AZ)."]
    #[doc =
    " This parameter value cannot be updated. You can only set **device\\_owner** to **neutron:VIP\\_PORT** for a virtual IP address port during port creation. If this parameter of a port is not left blank, the port can only be deleted when this parameter value is **neutron:VIP\\_PORT**."]
    #[doc = " The port with this field specified cannot be deleted."]
    PortObjectResponseDeviceOwner { NetworkDhcp = "network:dhcp",
    NetworkRouterInterfaceDistributed = "network:router_interface_distributed",
    ComputeXxx = "compute:xxx", NeutronVipPort = "neutron:VIP_PORT",
    NeutronLoadbalancerv2 = "neutron:LOADBALANCERV2", NeutronLoadbalancerv3 =
    "neutron:LOADBALANCERV3", NetworkEndpointInterface = "network:endpoint_interface",
    NetworkNatGateway = "network:nat_gateway", NetworkUcmp = "network:ucmp" }
);
crate::support::open_enum!(
    #[doc =
    " Specifies the port status. The value can be **ACTIVE**, **BUILD**, or **DOWN**."]
    #[doc = " The status of a HANA SR-IOV VM port is always **DOWN**."]
    PortObjectResponseStatus { Active = "ACTIVE", Build = "BUILD", Down = "DOWN" }
);
/// port objects
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct PortObjectResponse {
    /// Specifies the port ID. A maximum of 255 characters are allowed.
    /// This parameter is not mandatory when you query ports.
    ///
    /// Length at most 255.
    pub id: Option<String>,
    /// Specifies the port name.
    pub name: Option<String>,
    /// Specifies the ID of the network to which the port belongs.
    pub network_id: Option<String>,
    /// Specifies the administrative status.
    /// The default value is **true**.
    ///
    /// Default: `true`.
    pub admin_state_up: Option<bool>,
    /// Specifies the port MAC address. For example, **"mac\_address": "fa:16:3e:9e:ff:55"**.
    /// This value can only be dynamically assigned by the system.
    pub mac_address: Option<String>,
    /// Specifies the port IP address. For details, see Table 8. For example, the value is **"fixed\_ips": \[\{"subnet\_id": "4dc70db6-cb7f-4200-9790-a6a910776bba", "ip\_address": "192.169.25.79"\}\]**.
    /// "fixed\_ips": \[\{"subnet\_id": "1fd001aa-6946-4168-86d9-924c7d3ef8fb", "ip\_address": "2a07:b980:4030:14::1"\}\]
    pub fixed_ips: Option<Vec<PortFixedIpObject>>,
    /// Specifies the device ID.
    /// This value is automatically maintained by the system and cannot be set or updated manually. The port with this field specified cannot be deleted.
    pub device_id: Option<String>,
    /// Specifies the DHCP, router or Nova to which a device belongs.
    /// The value can be **network:dhcp**, **network:router\_interface\_distributed**, **compute:xxx**, **neutron:VIP\_PORT**, **neutron:LOADBALANCERV2**, **neutron:LOADBALANCERV3**, **network:endpoint\_interface**, **network:nat\_gateway**, or **network:ucmp**. (In value **compute:xxx**, **xxx** specifies the AZ name, for example, **compute:aa-bb-cc** indicates that the private IP address is used by an ECS in the **aa-bb-cc** AZ).
    /// This parameter value cannot be updated. You can only set **device\_owner** to **neutron:VIP\_PORT** for a virtual IP address port during port creation. If this parameter of a port is not left blank, the port can only be deleted when this parameter value is **neutron:VIP\_PORT**.
    /// The port with this field specified cannot be deleted.
    pub device_owner: Option<PortObjectResponseDeviceOwner>,
    /// Specifies the project ID.
    pub tenant_id: Option<String>,
    /// Specifies the port status. The value can be **ACTIVE**, **BUILD**, or **DOWN**.
    /// The status of a HANA SR-IOV VM port is always **DOWN**.
    pub status: Option<PortObjectResponseStatus>,
    /// Specifies the UUID of the security group, for example, **"security\_groups": \["a0608cbf-d047-4f54-8b28-cd7b59853fff"\]**. This is an extended attribute.
    /// This parameter cannot be left blank.
    pub security_groups: Option<Vec<String>>,
    /// Specifies a set of zero or more allowed address pairs. This is an extended attribute. For details, see Table 9.
    /// Instructions:
    ///
    /// - The IP address cannot be **0.0.0.0/0**.
    /// - Configure a dedicated security group for the port if the parameter **allowed\_address\_pairs** has a large CIDR block (subnet mask less than 24).
    /// - If the value of **allowed\_address\_pairs** is **1.1.1.1/0**, the source/destination check is disabled.
    /// - In the hardware SDN networking plan, the **ip\_address** attribute value cannot be in CIDR format.
    /// - To assign a virtual IP address to an ECS, the IP address configured in **allowed\_address\_pairs** must be an existing ECS NIC IP address. Otherwise, the virtual IP address cannot be used for communication.
    /// - Set **allowed\_address\_pairs** of the cloud server network interface to **1.1.1.1/0**.
    pub allowed_address_pairs: Option<Vec<PortAllowedAddressPairsObjectResponse>>,
    /// Specifies the extended DHCP option. This is an extended attribute. For details, see Table 10.
    pub extra_dhcp_opts: Option<Vec<PortExtraDhcpOptObject>>,
    /// For details, see Table 11. Wire name: `binding:vif_details`.
    #[serde(rename = "binding:vif_details")]
    pub binding_vif_details: Option<PortBindingVifDetailsObject>,
    /// - Specifies the user-defined settings. This is an extended attribute.
    /// - Instructions:
    /// - The **internal\_elb** field is in boolean type and is available to common tenants. Set the value of this parameter to **true** only when you assign a virtual IP address to an internal network load balancer. The value of this field is maintained by the system and cannot be changed. Example:
    /// - \{"internal\_elb": true\}
    /// - The **disable\_security\_groups** field is in boolean type and is available to common tenants. The default value is **false**. In high-performance communication scenarios, you can set the parameter value to **true**, which makes this parameter available to common tenants. You can specify this parameter when creating a port. Currently, the value of this parameter can only be set to **true**.
    /// - Example:
    /// - \{"disable\_security\_groups": true \}
    /// - Currently, the value can only be set to **true**. When the value is set to **true**, the FWaaS function does not take effect.
    ///
    /// Wire name: `binding:profile`. Documented default: `false`.
    #[serde(rename = "binding:profile")]
    pub binding_profile: Option<serde_json::Value>,
    /// Specifies the type of the bound vNIC.
    /// **normal**: Softswitch
    ///
    /// Wire name: `binding:vnic_type`.
    #[serde(rename = "binding:vnic_type")]
    pub binding_vnic_type: Option<String>,
    /// Specifies whether the security option is enabled for the port. If the option is not enabled, the security group and DHCP snooping do not take effect.
    pub port_security_enabled: Option<bool>,
    /// Specifies the default private network domain name information of the primary NIC. This is an extended attribute.
    /// The system automatically sets this parameter, and you are not allowed to configure or change the parameter value.
    ///
    /// - **hostname**: **dns\_name** value of the NIC
    /// - **ip\_address**: Private IPv4 address of the NIC
    /// - **fqdn**: Default private network fully qualified domain name (FQDN) of the IP address
    pub dns_assignment: Option<Vec<PortDnsAssignmentObject>>,
    /// Specifies the default private network DNS name of the primary NIC. This is an extended attribute.
    /// The system automatically sets this parameter, and you are not allowed to configure or change the parameter value. Before accessing the default private network domain name, ensure that the subnet uses the DNS provided by the current system.
    pub dns_name: Option<String>,
    /// Specifies the project ID.
    pub project_id: Option<String>,
    /// Specifies the time (UTC) when the port is created.
    /// Format: *yyyy-MM-ddTHH:mm:ss*
    pub created_at: Option<String>,
    /// Specifies the time (UTC) when the port is updated.
    /// Format: *yyyy-MM-ddTHH:mm:ss*
    pub updated_at: Option<String>,
}
/// allowed\_address\_pairs objects
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct PortAllowedAddressPairsObjectResponse {
    /// Specifies the IP address.
    /// **0.0.0.0/0** is not supported.
    pub ip_address: Option<String>,
    /// Specifies the MAC address.
    pub mac_address: Option<String>,
}
/// binding:vif\_details object
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct PortBindingVifDetailsObject {
    /// If the value is true, this is the primary NIC.
    pub primary_interface: Option<bool>,
    /// Specifies the port used for filtering in security groups to protect against MAC or IP spoofing.
    pub port_filter: Option<bool>,
    /// Specifies that OVS hybrid plug should be used by Nova APIs.
    pub ovs_hybrid_plug: Option<bool>,
}
/// dns\_assignment object
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct PortDnsAssignmentObject {
    /// Specifies the host name of the port.
    pub hostname: Option<String>,
    /// Specifies the port IP address.
    pub ip_address: Option<String>,
    /// Specifies the private network fully qualified domain name (FQDN) of the port.
    pub fqdn: Option<String>,
}
/// Response parameter
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ShowPortResponse {
    /// Specifies the port object list. For details, see Table 3.
    pub port: Option<ShowPortObject>,
}
/// port objects
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ShowPortObject {
    /// - Specifies the port ID. The value can contain a maximum of 255 characters.
    /// - This parameter is not mandatory when you query ports.
    ///
    /// Length at most 255.
    pub id: Option<String>,
    /// Specifies the port name.
    pub name: Option<String>,
    /// Specifies the ID of the network that the port belongs to.
    pub network_id: Option<String>,
    /// - Specifies the administrative state of the port.
    /// - The default value is **true**.
    ///
    /// Default: `true`.
    pub admin_state_up: Option<bool>,
    /// - Specifies the port MAC address, for example, **"mac\_address": "fa:16:3e:9e:ff:55"**.
    /// - The MAC address can only be dynamically assigned by the system.
    pub mac_address: Option<String>,
    /// - Specifies the port IP address. For details, see Table 4.
    /// - For example, the value is **"fixed\_ips": \[\{"subnet\_id": "4dc70db6-cb7f-4200-9790-a6a910776bba", "ip\_address": "192.169.25.79"\}\]**.
    /// - **"fixed\_ips": \[\{"subnet\_id": "1fd001aa-6946-4168-86d9-924c7d3ef8fb", "ip\_address": "2a07:b980:4030:14::1"\}\]**.
    pub fixed_ips: Option<Vec<PortFixedIpObject>>,
    /// - Specifies the device ID.
    /// - This parameter is automatically maintained by the system and cannot be set or updated manually. The port with this field specified cannot be deleted.
    pub device_id: Option<String>,
    /// - Specifies the belonged device, which can be the DHCP server, router, or Nova.
    /// - The value can be **network:dhcp**, **network:router\_interface\_distributed**, **compute:xxx**, **neutron:VIP\_PORT**, **neutron:LOADBALANCERV2**, **neutron:LOADBALANCERV3**, **network:endpoint\_interface**, **network:nat\_gateway**, or **network:ucmp**. (In value **compute:xxx**, **xxx** specifies the AZ name, for example, **compute:aa-bb-cc** indicates that the private IP address is used by an ECS in the **aa-bb-cc** AZ).
    /// - Instructions:
    /// - This parameter value cannot be updated. You can only set **device\_owner** to **neutron:VIP\_PORT** for a virtual IP address port during port creation. If this parameter is not left blank, the port can only be deleted when this parameter value is **neutron:VIP\_PORT**.
    /// - The port with this field specified cannot be deleted.
    pub device_owner: Option<PortObjectResponseDeviceOwner>,
    /// Specifies the project ID.
    pub tenant_id: Option<String>,
    /// - Specifies the port status.
    /// - The value can be **ACTIVE**, **BUILD**, or **DOWN**.
    /// - The status of a HANA SR-IOV VM port is always **DOWN**.
    pub status: Option<PortObjectResponseStatus>,
    /// - Specifies the security group UUID, for example, "security\_groups": \["a0608cbf-d047-4f54-8b28-cd7b59853fff"\]. This is an extended attribute.
    /// - This parameter cannot be left blank.
    pub security_groups: Option<Vec<String>>,
    /// - Specifies a set of zero or more allowed address pairs. This is an extended attribute. For details, see Table 5.
    /// - Instructions:
    /// - The IP address cannot be **0.0.0.0/0**.
    /// - Configure a dedicated security group for the port if the parameter **allowed\_address\_pairs** has a large CIDR block (subnet mask less than 24).
    /// - If the value of **allowed\_address\_pairs** is **1.1.1.1/0**, the source/destination check is disabled.
    /// - In the hardware SDN networking plan, the **ip\_address** attribute value cannot be in CIDR format.
    /// - To assign a virtual IP address to an ECS, the IP address configured in **allowed\_address\_pairs** must be an existing ECS NIC IP address. Otherwise, the virtual IP address cannot be used for communication.
    /// - Set **allowed\_address\_pairs** of the cloud server network interface to **1.1.1.1/0**.
    pub allowed_address_pairs: Option<Vec<PortAllowedAddressPairsObject>>,
    /// Specifies the extended DHCP option. This is an extended attribute. For details, see Table 6.
    pub extra_dhcp_opts: Option<Vec<PortExtraDhcpOptObject>>,
    /// For details, see Table 8. Wire name: `binding:vif_details`.
    #[serde(rename = "binding:vif_details")]
    pub binding_vif_details: Option<PortBindingVifDetailsObject>,
    /// - Specifies the user-defined settings. This is an extended attribute.
    /// - Instructions:
    /// - The **internal\_elb** field is in boolean type and is available to common tenants. Set the value of this parameter to **true** only when you assign a virtual IP address to an internal network load balancer. The value of this field is maintained by the system and cannot be changed. Example:
    /// - \{"internal\_elb": true\}
    /// - The **disable\_security\_groups** field is in boolean type and is available to common tenants. The default value is **false**. In high-performance communication scenarios, you can set the parameter value to **true**, which makes this parameter available to common tenants. You can specify this parameter when creating a port. Currently, the value of this parameter can only be set to **true**.
    /// - Example:
    /// - \{"disable\_security\_groups": true \}
    /// - Currently, the value can only be set to **true**. When the value is set to **true**, the FWaaS function does not take effect.
    ///
    /// Wire name: `binding:profile`. Documented default: `false`.
    #[serde(rename = "binding:profile")]
    pub binding_profile: Option<serde_json::Value>,
    /// - Specifies the type of the bound vNIC.
    /// - The value can be:
    /// - **normal** indicates software switching.
    ///
    /// Wire name: `binding:vnic_type`.
    #[serde(rename = "binding:vnic_type")]
    pub binding_vnic_type: Option<String>,
    /// Specifies whether the security option is enabled for the port.
    /// **true** indicates that security groups can be added and DHCP anti-spoofing is enabled. **false** indicates that security groups and DHCP anti-spoofing are not applied.
    pub port_security_enabled: Option<bool>,
    /// - Specifies the default private domain name information of the primary NIC. This is an extended attribute.
    /// - This parameter is automatically maintained by the system and cannot be set or updated manually.
    /// - The value can be:
    /// - **hostname**: The same as the value specified for **dns\_name**.
    /// - **ip\_address**: Private IPv4 address of the port.
    /// - **fqdn**: Private network fully qualified domain name (FQDN) of the port.
    pub dns_assignment: Option<Vec<PortDnsAssignmentObject>>,
    /// - Specifies the default private network DNS name of the primary NIC. This is an extended attribute.
    /// - This parameter is automatically maintained by the system and cannot be set or updated manually. Before accessing the default private network domain name, ensure that the subnet uses the DNS provided by the current system.
    pub dns_name: Option<String>,
    /// Specifies the project ID.
    pub project_id: Option<String>,
    /// - Specifies the time (UTC) when the port is created.
    /// - Format: *yyyy-MM-ddTHH:mm:ss*
    pub created_at: Option<String>,
    /// - Specifies the time (UTC) when the port is updated.
    /// - Format: *yyyy-MM-ddTHH:mm:ss*
    pub updated_at: Option<String>,
}
/// Response parameter
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListPortsResponse {
    /// Specifies the port object list. For details, see Table 3.
    pub ports: Option<Vec<ListPortsObject>>,
    /// Specifies the pagination information. For details, see Table 9.
    /// Only when **limit** is used for filtering and the number of resources exceeds the value of **limit** or 2000 (default value of **limit**), value **next** will be returned for **rel** and a link for **href**.
    pub ports_links: Option<Vec<PortLinkObject>>,
}
/// port objects
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListPortsObject {
    /// - Specifies the port ID. The value can contain a maximum of 255 characters.
    /// - This parameter is not mandatory when you query ports.
    ///
    /// Length at most 255.
    pub id: Option<String>,
    /// Specifies the port name.
    pub name: Option<String>,
    /// Specifies the ID of the network that the port belongs to.
    pub network_id: Option<String>,
    /// - Specifies the administrative state of the port.
    /// - The default value is **true**.
    ///
    /// Default: `true`.
    pub admin_state_up: Option<bool>,
    /// - Specifies the port MAC address, for example, **"mac\_address": "fa:16:3e:9e:ff:55"**.
    /// - The MAC address can only be dynamically assigned by the system.
    pub mac_address: Option<String>,
    /// - Specifies the port IP address. For details, see Table 4.
    /// - For example, the value is **"fixed\_ips": \[\{"subnet\_id": "4dc70db6-cb7f-4200-9790-a6a910776bba", "ip\_address": "192.169.25.79"\}\]**.
    /// - "fixed\_ips": \[\{"subnet\_id": "1fd001aa-6946-4168-86d9-924c7d3ef8fb", "ip\_address": "2a07:b980:4030:14::1"\}\]
    pub fixed_ips: Option<Vec<PortFixedIpObject>>,
    /// - Specifies the ID of the device that the port belongs to.
    /// - This parameter is automatically maintained by the system and cannot be set or updated manually. The port with this field specified cannot be deleted.
    pub device_id: Option<String>,
    /// - Specifies the belonged device, which can be the DHCP server, router, or Nova.
    /// - The value can be **network:dhcp**, **network:router\_interface\_distributed**, **compute:xxx**, **neutron:VIP\_PORT**, **neutron:LOADBALANCERV2**, **neutron:LOADBALANCERV3**, **network:endpoint\_interface**, **network:nat\_gateway**, or **network:ucmp**. (In value **compute:xxx**, **xxx** specifies the AZ name, for example, **compute:aa-bb-cc** indicates that the private IP address is used by an ECS in the **aa-bb-cc** AZ).
    /// - Instructions:
    /// - This parameter value cannot be updated. You can only set **device\_owner** to **neutron:VIP\_PORT** for a virtual IP address port during port creation. If this parameter is not left blank, the port can only be deleted when this parameter value is **neutron:VIP\_PORT**.
    /// - The port with this field specified cannot be deleted.
    pub device_owner: Option<PortObjectResponseDeviceOwner>,
    /// Specifies the project ID.
    pub tenant_id: Option<String>,
    /// - Specifies the port status.
    /// - The value can be **ACTIVE**, **BUILD**, or **DOWN**.
    /// - The status of a HANA SR-IOV VM port is always **DOWN**.
    pub status: Option<PortObjectResponseStatus>,
    /// - Specifies the security group UUID, for example, "security\_groups": \["a0608cbf-d047-4f54-8b28-cd7b59853fff"\]. This is an extended attribute.
    /// - This parameter cannot be left blank.
    pub security_groups: Option<Vec<String>>,
    /// - Specifies a set of zero or more allowed address pairs. This is an extended attribute. For details, see Table 5.
    /// - Instructions:
    /// - The IP address cannot be **0.0.0.0/0**.
    /// - Configure a dedicated security group for the port if the parameter **allowed\_address\_pairs** has a large CIDR block (subnet mask less than 24).
    /// - If the value of **allowed\_address\_pairs** is **1.1.1.1/0**, the source/destination check is disabled.
    /// - In the hardware SDN networking plan, the **ip\_address** attribute value cannot be in CIDR format.
    /// - To assign a virtual IP address to an ECS, the IP address configured in **allowed\_address\_pairs** must be an existing ECS NIC IP address. Otherwise, the virtual IP address cannot be used for communication.
    /// - Set **allowed\_address\_pairs** of the cloud server network interface to **1.1.1.1/0**.
    pub allowed_address_pairs: Option<Vec<PortAllowedAddressPairsObject>>,
    /// Specifies the extended DHCP option. This is an extended attribute. For details, see Table 6.
    pub extra_dhcp_opts: Option<Vec<PortExtraDhcpOptObject>>,
    /// For details, see Table 7. Wire name: `binding:vif_details`.
    #[serde(rename = "binding:vif_details")]
    pub binding_vif_details: Option<PortBindingVifDetailsObject>,
    /// - Specifies the user-defined settings. This is an extended attribute.
    /// - Instructions:
    /// - The **internal\_elb** field is in boolean type and is available to common tenants. Set the value of this parameter to **true** only when you assign a virtual IP address to an internal network load balancer. The value of this field is maintained by the system and cannot be changed. Example:
    /// - \{"internal\_elb": true\}
    /// - The **disable\_security\_groups** field is in boolean type and is available to common tenants. The default value is **false**. In high-performance communication scenarios, you can set the parameter value to **true**, which makes this parameter available to common tenants. You can specify this parameter when creating a port. Currently, the value of this parameter can only be set to **true**.
    /// - Example:
    /// - \{"disable\_security\_groups": true \}
    /// - Currently, the value can only be set to **true**. When the value is set to **true**, the FWaaS function does not take effect.
    ///
    /// Wire name: `binding:profile`. Documented default: `false`.
    #[serde(rename = "binding:profile")]
    pub binding_profile: Option<serde_json::Value>,
    /// - Specifies the type of the bound vNIC.
    /// - The value can be:
    /// - **normal** indicates software switching.
    ///
    /// Wire name: `binding:vnic_type`.
    #[serde(rename = "binding:vnic_type")]
    pub binding_vnic_type: Option<String>,
    /// Specifies whether the security option is enabled for the port.
    /// **true** indicates that security groups can be added and DHCP anti-spoofing is enabled. **false** indicates that security groups and DHCP anti-spoofing are not applied.
    pub port_security_enabled: Option<bool>,
    /// - Specifies the default private domain name information of the primary NIC. This is an extended attribute.
    /// - This parameter is automatically maintained by the system and cannot be set or updated manually.
    /// - The value can be:
    /// - **hostname**: The same as the value specified for **dns\_name**.
    /// - **ip\_address**: Private IPv4 address of the port.
    /// - **fqdn**: Private network fully qualified domain name (FQDN) of the port.
    pub dns_assignment: Option<Vec<PortDnsAssignmentObject>>,
    /// - Specifies the default private network DNS name of the primary NIC. This is an extended attribute.
    /// - This parameter is automatically maintained by the system and cannot be set or updated manually. Before accessing the default private network domain name, ensure that the subnet uses the DNS provided by the current system.
    pub dns_name: Option<String>,
    /// Specifies the project ID.
    pub project_id: Option<String>,
    /// - Specifies the time (UTC) when the port is created.
    /// - Format: *yyyy-MM-ddTHH:mm:ss*
    pub created_at: Option<String>,
    /// - Specifies the time (UTC) when the port is updated.
    /// - Format: *yyyy-MM-ddTHH:mm:ss*
    pub updated_at: Option<String>,
}
/// ports\_link object
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct PortLinkObject {
    /// Specifies the API link.
    pub href: Option<String>,
    /// Specifies the relationship between the API link and the API version.
    pub rel: Option<String>,
}
/// Request parameter
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct UpdatePortRequest {
    /// Specifies the port object list. For details, see Table 3.
    /// You must specify at least one attribute when updating a port.
    pub port: UpdatePortObject,
}
/// port objects
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct UpdatePortObject {
    /// Specifies the port name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Specifies the UUID of the security group, for example, **"security\_groups": \["a0608cbf-d047-4f54-8b28-cd7b59853fff"\]**. This is an extended attribute.
    /// This parameter cannot be left blank.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub security_groups: Option<Vec<String>>,
    /// Specifies a set of zero or more allowed address pairs. This is an extended attribute. For details, see Table 4.
    /// Instructions:
    ///
    /// - The IP address cannot be **0.0.0.0/0**.
    /// - Configure a dedicated security group for the port if the parameter **allowed\_address\_pairs** has a large CIDR block (subnet mask less than 24).
    /// - If the value of **allowed\_address\_pairs** is **1.1.1.1/0**, the source/destination check is disabled.
    /// - In the hardware SDN networking plan, the **ip\_address** attribute value cannot be in CIDR format.
    /// - To assign a virtual IP address to an ECS, the IP address configured in **allowed\_address\_pairs** must be an existing ECS NIC IP address. Otherwise, the virtual IP address cannot be used for communication.
    /// - Set **allowed\_address\_pairs** of the cloud server network interface to **1.1.1.1/0**.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub allowed_address_pairs: Option<Vec<PortAllowedAddressPairsObject>>,
    /// Specifies the extended DHCP option. This is an extended attribute. For details, see Table 5.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub extra_dhcp_opts: Option<Vec<PortExtraDhcpOptObject>>,
    /// - Specifies the user-defined settings. This is an extended attribute.
    /// - Instructions:
    /// - The **internal\_elb** field is in boolean type and is available to common tenants. Set the value of this parameter to **true** only when you assign a virtual IP address to an internal network load balancer. The value of this field is maintained by the system and cannot be changed. Example:
    /// - \{"internal\_elb": true\}
    /// - The **disable\_security\_groups** field is in boolean type and is available to common tenants. The default value is **false**. In high-performance communication scenarios, you can set the parameter value to **true**, which makes this parameter available to common tenants. You can specify this parameter when creating a port. Currently, the value of this parameter can only be set to **true**.
    /// - Example:
    /// - \{"disable\_security\_groups": true \}
    /// - Currently, the value can only be set to **true**. When the value is set to **true**, the FWaaS function does not take effect.
    ///
    /// Wire name: `binding:profile`. Documented default: `false`.
    #[serde(rename = "binding:profile", skip_serializing_if = "Option::is_none")]
    pub binding_profile: Option<serde_json::Value>,
    /// Specifies the type of the bound vNIC.
    /// **normal**: Softswitch
    ///
    /// Wire name: `binding:vnic_type`.
    #[serde(rename = "binding:vnic_type", skip_serializing_if = "Option::is_none")]
    pub binding_vnic_type: Option<String>,
    /// Specifies whether the security option is enabled for the port.
    /// **true** indicates that security groups can be added and DHCP anti-spoofing is enabled. **false** indicates that security groups and DHCP anti-spoofing are not applied.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub port_security_enabled: Option<bool>,
}
crate::support::setters!(
    @ model UpdatePortObject { name : String, security_groups : Vec < String >,
    allowed_address_pairs : Vec < PortAllowedAddressPairsObject >, extra_dhcp_opts : Vec
    < PortExtraDhcpOptObject >, binding_profile : serde_json::Value, binding_vnic_type :
    String, port_security_enabled : bool }
);
/// Response parameter
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct UpdatePortResponse {
    /// Specifies the port object list. For details, see Table 7.
    pub port: Option<PortObjectResponse>,
}
/// Request parameter
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AddRouterInterfaceRequest {
    /// Specifies the subnet ID. Either **subnet\_id** or **port\_id** is used.
    /// Use the gateway IP address of the subnet to create a router interface.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub subnet_id: Option<String>,
    /// Specifies the port ID. Either **subnet\_id** or **port\_id** is used. Use the port IP address to create a router interface.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub port_id: Option<String>,
}
/// Response parameter
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AddRouterInterfaceResponse {
    /// Specifies the subnet ID.
    pub subnet_id: Option<String>,
    /// Specifies the project ID.
    pub tenant_id: Option<String>,
    /// Specifies the project ID.
    pub project_id: Option<String>,
    /// Specifies the port ID.
    pub port_id: Option<String>,
    /// Specifies the router ID.
    pub id: Option<String>,
}
/// Request parameter
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CreateRouterRequest {
    /// Specifies the router. For details, see Table 2.
    pub router: RouterObject,
}
/// router objects
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct RouterObject {
    /// Specifies the router name.
    /// Instructions:
    /// The value can contain 1 to 64 characters, including letters, digits, underscores (\_), hyphens (-), and periods (.).
    ///
    /// Length 1 to 64.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Specifies the administrative status.
    /// The value can only be **true**.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub admin_state_up: Option<bool>,
    /// Specifies the external gateway. This is an extended attribute. For details, see the **external\_gateway\_info** objects.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub external_gateway_info: Option<RouterExternalGatewayInfoObject>,
}
crate::support::setters!(
    @ model RouterObject { name : String, admin_state_up : bool, external_gateway_info :
    RouterExternalGatewayInfoObject }
);
/// external\_gateway\_info objects
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct RouterExternalGatewayInfoObject {
    /// Specifies the UUID of the external network.
    /// You can use **GET /v2.0/networks?router:external=True** or run the **neutron net-external-list** command to query information about the external network.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub network_id: Option<String>,
}
crate::support::setters!(
    @ model RouterExternalGatewayInfoObject { network_id : String }
);
/// Response parameter
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CreateRouterResponse {
    /// Specifies the router. For details, see Table 5.
    pub router: Option<RouterObjectResponse>,
}
/// router objects
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct RouterObjectResponse {
    /// Specifies the router ID.
    /// This parameter is not mandatory when you query routers.
    pub id: Option<String>,
    /// Specifies the router name.
    /// The name can contain only letters, digits, underscores (\_), hyphens (-), and periods (.).
    pub name: Option<String>,
    /// Specifies the administrative status.
    /// The value can only be **true**.
    pub admin_state_up: Option<bool>,
    /// Specifies the router status. The value can be **ACTIVE**, **DOWN**, or **ERROR**.
    pub status: Option<FloatingIpAddressFloatingipObjectResponseStatus>,
    /// Specifies the project ID.
    pub tenant_id: Option<String>,
    /// Specifies the external gateway. This is an extended attribute. For details, see the **external\_gateway\_info** objects.
    pub external_gateway_info: Option<RouterExternalGatewayInfoObjectResponse>,
    /// Specifies a route list. This is an extended attribute. For details, see Table 7.
    pub routes: Option<Vec<RouterRouteObject>>,
    /// Specifies the project ID.
    pub project_id: Option<String>,
    /// Specifies the time (UTC) when the router is created.
    /// Format: *yyyy-MM-ddTHH:mm:ss*
    pub created_at: Option<String>,
    /// Specifies the time (UTC) when the router is updated.
    /// Format: *yyyy-MM-ddTHH:mm:ss*
    pub updated_at: Option<String>,
}
/// external\_gateway\_info objects
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct RouterExternalGatewayInfoObjectResponse {
    /// Specifies the UUID of the external network.
    /// You can use **GET /v2.0/networks?router:external=True** or run the **neutron net-external-list** command to query information about the external network.
    pub network_id: Option<String>,
    /// Specifies whether the SNAT function is enabled.
    /// The default value is **false**.
    ///
    /// Default: `false`.
    pub enable_snat: Option<bool>,
}
/// route objects
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct RouterRouteObject {
    /// Specifies the IP address range.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub destination: Option<String>,
    /// Specifies the next hop IP address. The IP address can only be one in the subnet associated with the router.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub nexthop: Option<String>,
}
crate::support::setters!(
    @ model RouterRouteObject { destination : String, nexthop : String }
);
/// Response parameter
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ShowRouterResponse {
    /// Specifies the router. For details, see Table 2.
    pub router: Option<ShowRouterObject>,
}
/// router objects
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ShowRouterObject {
    /// Specifies the router ID.
    /// This parameter is not mandatory when you query routers.
    pub id: Option<String>,
    /// Specifies the router name.
    /// The name can contain only letters, digits, underscores (\_), hyphens (-), and periods (.).
    pub name: Option<String>,
    /// Specifies the administrative status.
    /// The value can only be **true**.
    pub admin_state_up: Option<bool>,
    /// Specifies the router status. The value can be **ACTIVE**, **DOWN**, or **ERROR**.
    pub status: Option<FloatingIpAddressFloatingipObjectResponseStatus>,
    /// Specifies the project ID.
    pub tenant_id: Option<String>,
    /// Specifies the external gateway. This is an extended attribute. For details, see the **external\_gateway\_info** objects.
    pub external_gateway_info: Option<RouterExternalGatewayInfoObjectResponse>,
    /// Specifies a route list. This is an extended attribute. For details, see Table 4.
    pub routes: Option<Vec<RouterRouteObject>>,
    /// Specifies the project ID.
    pub project_id: Option<String>,
    /// Specifies the time (UTC) when the router is created.
    /// Format: *yyyy-MM-ddTHH:mm:ss*
    pub created_at: Option<String>,
    /// Specifies the time (UTC) when the router is updated.
    /// Format: *yyyy-MM-ddTHH:mm:ss*
    pub updated_at: Option<String>,
}
/// Response parameter
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListRoutersResponse {
    /// Specifies the router list. For details, see Table 3.
    pub routers: Option<Vec<ListRoutersObject>>,
    /// Specifies the pagination information. For details, see Table 6.
    /// Only when **limit** is used for filtering and the number of resources exceeds the value of **limit** or 2000 (default value of **limit**), value **next** will be returned for **rel** and a link for **href**.
    pub routers_links: Option<Vec<RouterLinkObject>>,
}
/// router objects
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListRoutersObject {
    /// Specifies the router ID.
    /// This parameter is not mandatory when you query routers.
    pub id: Option<String>,
    /// Specifies the router name.
    /// The name can contain only letters, digits, underscores (\_), hyphens (-), and periods (.).
    pub name: Option<String>,
    /// Specifies the administrative status.
    /// The value can only be **true**.
    pub admin_state_up: Option<bool>,
    /// Specifies the router status. The value can be **ACTIVE**, **DOWN**, or **ERROR**.
    pub status: Option<FloatingIpAddressFloatingipObjectResponseStatus>,
    /// Specifies the project ID.
    pub tenant_id: Option<String>,
    /// Specifies the external gateway. This is an extended attribute. For details, see the **external\_gateway\_info** objects.
    pub external_gateway_info: Option<RouterExternalGatewayInfoObjectResponse>,
    /// Specifies a route list. This is an extended attribute. For details, see Table 5.
    pub routes: Option<Vec<RouterRouteObject>>,
    /// Specifies the project ID.
    pub project_id: Option<String>,
    /// Specifies the time (UTC) when the router is created.
    /// Format: *yyyy-MM-ddTHH:mm:ss*
    pub created_at: Option<String>,
    /// Specifies the time (UTC) when the router is updated.
    /// Format: *yyyy-MM-ddTHH:mm:ss*
    pub updated_at: Option<String>,
}
/// routers\_link object
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct RouterLinkObject {
    /// Specifies the API link.
    pub href: Option<String>,
    /// Specifies the relationship between the API link and the API version.
    pub rel: Option<String>,
}
/// Request parameter
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct RemoveRouterInterfaceRequest {
    /// Specifies the subnet ID. Either **subnet\_id** or **port\_id** must be specified.
    /// Use the gateway IP address of the subnet to create a router interface.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub subnet_id: Option<String>,
    /// Specifies the port ID. Either **subnet\_id** or **port\_id** is used. Use the port IP address to create a router interface.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub port_id: Option<String>,
}
/// Request parameter
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct UpdateRouterRequest {
    /// Specifies the router. For details, see Table 2.
    /// You must specify at least one attribute when updating a router.
    pub router: UpdateRouterObject,
}
/// router objects
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct UpdateRouterObject {
    /// Specifies the router name.
    /// Instructions:
    /// The value can contain 1 to 64 characters, including letters, digits, underscores (\_), hyphens (-), and periods (.).
    ///
    /// Length 1 to 64.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Specifies the administrative status.
    /// The value can only be **true**.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub admin_state_up: Option<bool>,
    /// Specifies the external gateway. This is an extended attribute. For details, see the **external\_gateway\_info** objects.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub external_gateway_info: Option<UpdateRouterExternalGatewayInfoObject>,
    /// Specifies a route list. This is an extended attribute. For details, see Table 4.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub routes: Option<Vec<RouterRouteObject>>,
}
crate::support::setters!(
    @ model UpdateRouterObject { name : String, admin_state_up : bool,
    external_gateway_info : UpdateRouterExternalGatewayInfoObject, routes : Vec <
    RouterRouteObject > }
);
/// external\_gateway\_info objects
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct UpdateRouterExternalGatewayInfoObject {
    /// Specifies the UUID of the external network.
    /// You can use **GET /v2.0/networks?router:external=True** or run the **neutron net-external-list** command to query information about the external network.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub network_id: Option<String>,
    /// Specifies whether the SNAT function is enabled.
    /// The default value is **false**.
    /// Before setting **enable\_snat** to **true**, ensure that an interface is added to the router. For details, see Adding an Interface to a Router.
    /// Once **enable\_snat** is set to **true**, a micro NAT gateway will be created.
    ///
    /// Default: `false`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub enable_snat: Option<bool>,
}
crate::support::setters!(
    @ model UpdateRouterExternalGatewayInfoObject { network_id : String, enable_snat :
    bool }
);
/// Response parameter
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct UpdateRouterResponse {
    /// Specifies the router. For details, see Table 6.
    pub router: Option<UpdateRouterObjectResponse>,
}
/// router objects
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct UpdateRouterObjectResponse {
    /// Specifies the router ID.
    /// This parameter is not mandatory when you query routers.
    pub id: Option<String>,
    /// Specifies the router name.
    /// The name can contain only letters, digits, underscores (\_), hyphens (-), and periods (.).
    pub name: Option<String>,
    /// Specifies the administrative status.
    /// The value can only be **true**.
    pub admin_state_up: Option<bool>,
    /// Specifies the router status. The value can be **ACTIVE**, **DOWN**, or **ERROR**.
    pub status: Option<FloatingIpAddressFloatingipObjectResponseStatus>,
    /// Specifies the project ID.
    pub tenant_id: Option<String>,
    /// Specifies the external gateway. This is an extended attribute. For details, see the **external\_gateway\_info** objects.
    pub external_gateway_info: Option<RouterExternalGatewayInfoObjectResponse>,
    /// Specifies a route list. This is an extended attribute. For details, see Table 8.
    pub routes: Option<Vec<RouterRouteObject>>,
    /// Specifies the project ID.
    pub project_id: Option<String>,
    /// Specifies the time (UTC) when the router is created.
    /// Format: *yyyy-MM-ddTHH:mm:ss*
    pub created_at: Option<String>,
    /// Specifies the time (UTC) when the router is updated.
    /// Format: *yyyy-MM-ddTHH:mm:ss*
    pub updated_at: Option<String>,
}
/// Request parameter
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AddSecurityGroupRuleRequest {
    /// Specifies the security group rule. For details, see Table 2.
    pub security_group_rule: SecurityGroupRuleObject,
}
crate::support::open_enum!(
    #[doc = " - Specifies the network type."] #[doc =
    " - The value can be **IPv4** or **IPv6**."] SecurityGroupRuleObjectEthertype { IPv4
    = "IPv4", IPv6 = "IPv6" }
);
/// Security Group Rule objects
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SecurityGroupRuleObject {
    /// Provides supplementary information about the security group rule.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Specifies the ID of the belonged security group.
    pub security_group_id: String,
    /// - Specifies the peer ID of the belonged security group.
    /// - This parameter value is mutually exclusive with **remote\_ip\_prefix**.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub remote_group_id: Option<String>,
    /// - Specifies the direction of a security group rule.
    /// - The value can be **ingress** (inbound) or **egress** (outbound).
    pub direction: String,
    /// - Specifies the peer IP address segment.
    /// - This parameter value is mutually exclusive with **remote\_group\_id**.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub remote_ip_prefix: Option<String>,
    /// - Specifies the protocol type or the IP protocol number.
    /// - The value can be **tcp**, **udp**, **icmp** or an IP protocol number.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub protocol: Option<String>,
    /// - Specifies the maximum port number. When ICMP is used, the value is the ICMP code.
    /// - The value ranges from 1 to 65535. (The value ranges from 0 to 255 when it indicates the code.)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub port_range_max: Option<i64>,
    /// - Specifies the minimum port number. When ICMP is used, the value is the ICMP type.
    /// - Constraints:
    /// - When the TCP or UDP protocol is used, both **port\_range\_max** and **port\_range\_min** must be specified, and the **port\_range\_max** value must be greater than the **port\_range\_min** value.
    /// - When the ICMP protocol is used, if you specify the ICMP code (**port\_range\_max**), you must also specify the ICMP type (**port\_range\_min**).
    /// - The value ranges from 1 to 65535. (The value ranges from 0 to 255 when it indicates the code.)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub port_range_min: Option<i64>,
    /// - Specifies the network type.
    /// - The value can be **IPv4** or **IPv6**.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ethertype: Option<SecurityGroupRuleObjectEthertype>,
    /// - Specifies the remote IP address group ID. You can log in to the management console and view the ID on the IP address group page.
    /// - The parameter value is mutually exclusive with parameters **remote\_ip\_prefix** and **remote\_group\_id**.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub remote_address_group_id: Option<String>,
}
crate::support::setters!(
    @ model SecurityGroupRuleObject new(security_group_id : String, direction : String) {
    description : String, remote_group_id : String, remote_ip_prefix : String, protocol :
    String, port_range_max : i64, port_range_min : i64, ethertype :
    SecurityGroupRuleObjectEthertype, remote_address_group_id : String }
);
/// Response parameter
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AddSecurityGroupRuleResponse {
    /// Specifies the security group rule. For details, see Table 4.
    pub security_group_rule: Option<SecurityGroupRuleObjectResponse>,
}
/// Security Group Rule objects
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SecurityGroupRuleObjectResponse {
    /// - Specifies the security group rule ID.
    /// - This parameter is not mandatory when you query security group rules.
    pub id: Option<String>,
    /// Provides supplementary information about the security group rule.
    pub description: Option<String>,
    /// Specifies the ID of the belonged security group.
    pub security_group_id: Option<String>,
    /// Specifies the peer ID of the belonged security group.
    pub remote_group_id: Option<String>,
    /// Specifies the direction of a security group rule.
    pub direction: Option<String>,
    /// Specifies the peer IP address segment.
    pub remote_ip_prefix: Option<String>,
    /// Specifies the protocol type or the IP protocol number.
    pub protocol: Option<String>,
    /// - Specifies the maximum port number. When ICMP is used, the value is the ICMP code.
    /// - The value ranges from 1 to 65535. (The value ranges from 0 to 255 when it indicates the code.)
    pub port_range_max: Option<i64>,
    /// - Specifies the minimum port number. When ICMP is used, the value is the ICMP type.
    /// - Constraints:
    /// - When the TCP or UDP protocol is used, both **port\_range\_max** and **port\_range\_min** must be specified, and the **port\_range\_max** value must be greater than the **port\_range\_min** value.
    /// - When the ICMP protocol is used, if you specify the ICMP code (**port\_range\_max**), you must also specify the ICMP type (**port\_range\_min**).
    pub port_range_min: Option<i64>,
    /// - Specifies the IP version.
    /// - The value can be **IPv4** or **IPv6**.
    pub ethertype: Option<SecurityGroupRuleObjectEthertype>,
    /// Specifies the project ID.
    pub tenant_id: Option<String>,
    /// - Specifies the remote IP address group ID.
    /// - The parameter value is mutually exclusive with parameters **remote\_ip\_prefix** and **remote\_group\_id**.
    pub remote_address_group_id: Option<String>,
    /// Specifies the project ID.
    pub project_id: Option<String>,
    /// - Time when the security group rule is created
    /// - UTC time in the format of yyyy-MM-ddTHH:mm:ssZ
    pub created_at: Option<String>,
    /// - Time when the security group rule is updated
    /// - UTC time in the format of yyyy-MM-ddTHH:mm:ssZ
    pub updated_at: Option<String>,
}
/// Security Group objects
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SecurityGroupObject {
    /// Specifies the security group name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Provides supplementary information about the security group.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}
crate::support::setters!(
    @ model SecurityGroupObject { name : String, description : String }
);
/// Response parameter
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CreateSecurityGroupResponse {
    /// Specifies the security group. For details, see Table 4.
    pub security_group: Option<SecurityGroupObjectResponse>,
}
/// Security Group objects
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SecurityGroupObjectResponse {
    /// Specifies the security group ID.
    /// This parameter is not mandatory when you query security groups.
    pub id: Option<String>,
    /// Specifies the project ID.
    pub tenant_id: Option<String>,
    /// Specifies the security group name.
    pub name: Option<String>,
    /// Provides supplementary information about the security group.
    pub description: Option<String>,
    /// Specifies the security group rule list. For details, see Table 5.
    pub security_group_rules: Option<Vec<CreateSecurityGroupRuleObject>>,
    /// Specifies the project ID.
    pub project_id: Option<String>,
    /// Specifies the time (UTC) when the security group is created.
    /// Format: *yyyy-MM-ddTHH:mm:ss*
    pub created_at: Option<String>,
    /// Specifies the time (UTC) when the security group is updated.
    /// Format: *yyyy-MM-ddTHH:mm:ss*
    pub updated_at: Option<String>,
}
/// Security Group Rule objects
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CreateSecurityGroupRuleObject {
    /// Specifies the security group rule ID.
    /// This parameter is not mandatory when you query security group rules.
    pub id: Option<String>,
    /// Provides supplementary information about the security group rule.
    pub description: Option<String>,
    /// Specifies the ID of the belonged security group.
    pub security_group_id: Option<String>,
    /// Specifies the peer ID of the belonged security group.
    pub remote_group_id: Option<String>,
    /// Specifies the direction of the traffic for which the security group rule takes effect.
    pub direction: Option<String>,
    /// Specifies the peer IP address segment.
    pub remote_ip_prefix: Option<String>,
    /// Specifies the protocol type or the IP protocol number.
    pub protocol: Option<String>,
    /// Specifies the maximum port number. When ICMP is used, the value is the ICMP code.
    pub port_range_max: Option<i64>,
    /// Specifies the minimum port number. If the ICMP protocol is used, this parameter indicates the ICMP type.
    /// When the TCP or UDP protocol is used, both **port\_range\_max** and **port\_range\_min** must be specified, and the **port\_range\_max** value must be greater than the **port\_range\_min** value.
    /// When the ICMP protocol is used, if you specify the ICMP code (**port\_range\_max**), you must also specify the ICMP type (**port\_range\_min**).
    pub port_range_min: Option<i64>,
    /// Specifies the network type.
    /// IPv4 and IPv6 are supported.
    pub ethertype: Option<String>,
    /// Specifies the project ID.
    pub tenant_id: Option<String>,
    /// - Specifies the remote IP address group ID.
    /// - The parameter value is mutually exclusive with parameters **remote\_ip\_prefix** and **remote\_group\_id**.
    pub remote_address_group_id: Option<String>,
    /// Specifies the project ID.
    pub project_id: Option<String>,
    /// Specifies the time (UTC) when the security group rule is created.
    /// Format: *yyyy-MM-ddTHH:mm:ss*
    pub created_at: Option<String>,
    /// Specifies the time (UTC) when the security group rule is updated.
    /// Format: *yyyy-MM-ddTHH:mm:ss*
    pub updated_at: Option<String>,
}
/// Security Group objects
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ShowSecurityGroupObject {
    /// Specifies the security group ID.
    /// This parameter is not mandatory when you query security groups.
    pub id: Option<String>,
    /// Specifies the project ID.
    pub tenant_id: Option<String>,
    /// Specifies the security group name.
    pub name: Option<String>,
    /// Provides supplementary information about the security group.
    pub description: Option<String>,
    /// Specifies the security group rule list. For details, see Table 3.
    pub security_group_rules: Option<Vec<CreateSecurityGroupRuleObject>>,
    /// Specifies the project ID.
    pub project_id: Option<String>,
    /// Specifies the time (UTC) when the security group is created.
    /// Format: *yyyy-MM-ddTHH:mm:ss*
    pub created_at: Option<String>,
    /// Specifies the time (UTC) when the security group is updated.
    /// Format: *yyyy-MM-ddTHH:mm:ss*
    pub updated_at: Option<String>,
}
/// SecurityGroupRulesLink objects
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SecurityGroupRuleLinkObject {
    /// Specifies the API link.
    pub href: Option<String>,
    /// Specifies the relationship between the API link and the API version.
    pub rel: Option<String>,
}
/// Security Group objects
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListSecurityGroupsObject {
    /// Specifies the security group ID.
    /// This parameter is not mandatory when you query security groups.
    pub id: Option<String>,
    /// Specifies the project ID.
    pub tenant_id: Option<String>,
    /// Specifies the security group name.
    pub name: Option<String>,
    /// Provides supplementary information about the security group.
    pub description: Option<String>,
    /// Specifies the security group rule list. For details, see Table 4.
    pub security_group_rules: Option<Vec<CreateSecurityGroupRuleObject>>,
    /// Specifies the project ID.
    pub project_id: Option<String>,
    /// Specifies the time (UTC) when the security group is created.
    /// Format: *yyyy-MM-ddTHH:mm:ss*
    pub created_at: Option<String>,
    /// Specifies the time (UTC) when the security group is updated.
    /// Format: *yyyy-MM-ddTHH:mm:ss*
    pub updated_at: Option<String>,
}
/// SecurityGroupsLink objects
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SecurityGroupLinkObject {
    /// Specifies the API link.
    pub href: Option<String>,
    /// Specifies the relationship between the API link and the API version.
    pub rel: Option<String>,
}
/// Request parameter
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CreateSubnetRequest {
    /// Specifies the subnet. For details, see Table 2.
    pub subnet: SubnetObject,
}
/// subnet objects
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SubnetObject {
    /// Specifies the subnet name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Specifies the IP address version.
    /// The value can be **4** (IPv4) or **6** (IPv6).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ip_version: Option<i64>,
    /// Specifies the IPv6 addressing mode.
    /// Only **dhcpv6-stateful** is supported.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ipv6_address_mode: Option<String>,
    /// Specifies the IPv6 route broadcast mode.
    /// Only **dhcpv6-stateful** is supported.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ipv6_ra_mode: Option<String>,
    /// Specifies the ID of the network to which the subnet belongs.
    pub network_id: String,
    /// Specifies the CIDR format.
    /// Only the IPv4 addresses in the 10.0.0.0/8, 172.16.0.0/12, and 192.168.0.0/16 ranges are supported. The subnet mask cannot be greater than 28.
    /// This parameter cannot be set if the value of **ip\_version** is **6**.
    pub cidr: String,
    /// The gateway IP address cannot conflict with IP addresses configured for **allocation\_pools**.
    /// This attribute cannot be modified.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub gateway_ip: Option<String>,
    /// Specifies the available IP address pool. For details, see Table 3.
    /// Example: \[ \{ "start": "10.0.0.2", "end": "10.0.0.251"\} \]
    /// The last three and the first IP addresses in each subnet are the ones reserved by the system. For example, in subnet 192.168.1.0/24, IP addresses 192.168.1.0, 192.168.1.253, 192.168.1.254, and 192.168.1.255 are reserved by the system.
    /// \[\{"start": "2001:db8:a583:9::2", "end": "2001:db8:a583:9:ffff:ffff:ffff:fffc"\}\]
    /// In IPv6 subnet 2001:db8:a583:9::/64, IP addresses 2001:db8:a583:9::1, 2001:db8:a583:9:ffff:ffff:ffff:fffd, 2001:db8:a583:9:ffff:ffff:ffff:fffe, and 2001:db8:a583:9:ffff:ffff:ffff:ffff are reserved by the system.
    /// By default, the IP addresses reserved by the system are not in the IP address pool specified by **allocation\_pool**.
    /// When updating an IP address pool, the **allocation\_pool** value can contain neither gateway nor broadcast IP addresses.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub allocation_pools: Option<Vec<SubnetAllocationPoolObject>>,
    /// Specifies the DNS server address.
    /// Instructions:
    /// Example: "dns\_nameservers": \["8.xx.xx.8","8.xx.xx.4"\]
    /// A maximum of five DNS server addresses are supported.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dns_nameservers: Option<Vec<String>>,
    /// Specifies the static VM routes. For details, see Table 4.
    /// Static routes are not supported, and entered information will be ignored.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub host_routes: Option<Vec<SubnetHostRouteObject>>,
    /// Specifies whether to enable the DHCP function. Value **false** indicates that the DHCP function is not enabled.
    /// The value can only be **true**.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub enable_dhcp: Option<bool>,
    /// Specifies whether to use the default subnet pool.
    /// The value can be set to **true** only when IPv6 is used.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub use_default_subnetpool: Option<bool>,
    /// Specifies the subnet pool ID.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub subnetpool_id: Option<String>,
}
crate::support::setters!(
    @ model SubnetObject new(network_id : String, cidr : String) { name : String,
    ip_version : i64, ipv6_address_mode : String, ipv6_ra_mode : String, gateway_ip :
    String, allocation_pools : Vec < SubnetAllocationPoolObject >, dns_nameservers : Vec
    < String >, host_routes : Vec < SubnetHostRouteObject >, enable_dhcp : bool,
    use_default_subnetpool : bool, subnetpool_id : String }
);
/// allocation\_pool objects
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SubnetAllocationPoolObject {
    /// Specifies the start IP address of a network pool.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub start: Option<String>,
    /// Specifies the end IP address of a network pool.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub end: Option<String>,
}
crate::support::setters!(
    @ model SubnetAllocationPoolObject { start : String, end : String }
);
/// host\_route objects
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SubnetHostRouteObject {
    /// Specifies the destination subnet of a route.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub destination: Option<String>,
    /// Specifies the next-hop IP address of a route.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub nexthop: Option<String>,
}
crate::support::setters!(
    @ model SubnetHostRouteObject { destination : String, nexthop : String }
);
/// Response parameter
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CreateSubnetResponse {
    /// Specifies the subnet. For details, see Table 6.
    pub subnet: Option<SubnetObjectResponse>,
}
/// subnet objects
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SubnetObjectResponse {
    /// Specifies the subnet ID.
    /// This parameter is not mandatory when you query subnets.
    pub id: Option<String>,
    /// Specifies the subnet name.
    pub name: Option<String>,
    /// Specifies the IP address version.
    /// The value can be **4** (IPv4) or **6** (IPv6).
    pub ip_version: Option<i64>,
    /// Specifies the IPv6 addressing mode.
    /// Only **dhcpv6-stateful** is supported.
    pub ipv6_address_mode: Option<String>,
    /// Specifies the IPv6 route broadcast mode.
    /// Only **dhcpv6-stateful** is supported.
    pub ipv6_ra_mode: Option<String>,
    /// Specifies the ID of the network to which the subnet belongs.
    pub network_id: Option<String>,
    /// Specifies the CIDR format.
    /// Only the IPv4 addresses in the 10.0.0.0/8, 172.16.0.0/12, and 192.168.0.0/16 ranges are supported. The subnet mask cannot be greater than 28.
    /// This parameter cannot be set if the value of **ip\_version** is **6**.
    pub cidr: Option<String>,
    /// The gateway IP address cannot conflict with IP addresses configured for **allocation\_pools**.
    /// This attribute cannot be modified.
    pub gateway_ip: Option<String>,
    /// Specifies the available IP address pool. For details, see the **allocation\_pool** objects.
    /// Table 7
    /// Example: \[ \{ "start": "10.0.0.2", "end": "10.0.0.251"\} \]
    /// The last three and the first IP addresses in each subnet are the ones reserved by the system. For example, in subnet **192.168.1.0/24**, IP addresses 192.168.1.0, 192.168.1.253, 192.168.1.254, and 192.168.1.255 are reserved by the system. By default, the IP addresses reserved by the system are not in the IP address pool specified by **allocation\_pool**.
    /// \[\{"start": "2001:db8:a583:9::2", "end": "2001:db8:a583:9:ffff:ffff:ffff:fffc"\}\]
    /// In IPv6 subnet 2001:db8:a583:9::/64, IP addresses 2001:db8:a583:9::1, 2001:db8:a583:9:ffff:ffff:ffff:fffd, 2001:db8:a583:9:ffff:ffff:ffff:fffe, and 2001:db8:a583:9:ffff:ffff:ffff:ffff are reserved by the system.
    /// When updating an IP address pool, the **allocation\_pool** value can contain neither gateway nor broadcast IP addresses.
    pub allocation_pools: Option<Vec<SubnetAllocationPoolObjectResponse>>,
    /// Specifies the DNS server address.
    /// Example: "dns\_nameservers": \["8.xx.xx.8","8.xx.xx.4"\]
    pub dns_nameservers: Option<Vec<String>>,
    /// Specifies the static VM routes. For details, see Table 8.
    /// Static routes are not supported, and entered information will be ignored.
    pub host_routes: Option<Vec<SubnetHostRouteObjectResponse>>,
    /// Specifies the project ID.
    pub tenant_id: Option<String>,
    /// Specifies whether to enable the DHCP function. Value **false** indicates that the DHCP function is not enabled.
    /// The value can only be **true**.
    pub enable_dhcp: Option<bool>,
    /// Specifies the subnet pool ID.
    /// Currently, only IPv6 is supported.
    pub subnetpool_id: Option<String>,
    /// Specifies the project ID.
    pub project_id: Option<String>,
    /// Specifies the time (UTC) when the subnet is created.
    /// Format: *yyyy-MM-ddTHH:mm:ss*
    pub created_at: Option<String>,
    /// Specifies the time (UTC) when the subnet is updated.
    /// Format: *yyyy-MM-ddTHH:mm:ss*
    pub updated_at: Option<String>,
}
/// allocation\_pool objects
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SubnetAllocationPoolObjectResponse {
    /// The `start` field.
    pub start: Option<String>,
    /// The `end` field.
    pub end: Option<String>,
}
/// host\_route objects
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SubnetHostRouteObjectResponse {
    /// The `destination` field.
    pub destination: Option<String>,
    /// The `nexthop` field.
    pub nexthop: Option<String>,
}
/// Response parameter
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ShowSubnetResponse {
    /// Specifies the subnet. For details, see Table 2.
    pub subnet: Option<ShowSubnetObject>,
}
/// subnet objects
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ShowSubnetObject {
    /// Specifies the subnet ID.
    /// This parameter is not mandatory when you query subnets.
    pub id: Option<String>,
    /// Specifies the subnet name.
    pub name: Option<String>,
    /// Specifies the IP address version.
    /// The value can be **4** (IPv4) or **6** (IPv6).
    pub ip_version: Option<i64>,
    /// Specifies the IPv6 addressing mode.
    /// Only **dhcpv6-stateful** is supported.
    pub ipv6_address_mode: Option<String>,
    /// Specifies the IPv6 route broadcast mode.
    /// Only **dhcpv6-stateful** is supported.
    pub ipv6_ra_mode: Option<String>,
    /// Specifies the ID of the network to which the subnet belongs.
    pub network_id: Option<String>,
    /// Specifies the CIDR format.
    /// Only the IPv4 addresses in the 10.0.0.0/8, 172.16.0.0/12, and 192.168.0.0/16 ranges are supported. The subnet mask cannot be greater than 28.
    /// This parameter cannot be set if the value of **ip\_version** is **6**.
    pub cidr: Option<String>,
    /// The gateway IP address cannot conflict with IP addresses configured for **allocation\_pools**.
    /// This attribute cannot be modified.
    pub gateway_ip: Option<String>,
    /// Specifies the available IP address pool. For details, see Table 3.
    /// Example: \[ \{ "start": "10.0.0.2", "end": "10.0.0.251"\} \]
    /// The last three and the first IP addresses in each subnet are the ones reserved by the system. For example, in subnet **192.168.1.0/24**, IP addresses 192.168.1.0, 192.168.1.253, 192.168.1.254, and 192.168.1.255 are reserved by the system.
    /// \[\{"start": "2001:db8:a583:9::2", "end": "2001:db8:a583:9:ffff:ffff:ffff:fffc"\}\]
    /// In IPv6 subnet 2001:db8:a583:9::/64, IP addresses 2001:db8:a583:9::1, 2001:db8:a583:9:ffff:ffff:ffff:fffd, 2001:db8:a583:9:ffff:ffff:ffff:fffe, and 2001:db8:a583:9:ffff:ffff:ffff:ffff are reserved by the system. By default, the IP addresses reserved by the system are not in the IP address pool specified by **allocation\_pool**.
    /// When updating an IP address pool, the **allocation\_pool** value can contain neither gateway nor broadcast IP addresses.
    pub allocation_pools: Option<Vec<SubnetAllocationPoolObject>>,
    /// Specifies the DNS server address.
    /// Example: "dns\_nameservers": \["8.xx.xx.8","8.xx.xx.4"\]
    pub dns_nameservers: Option<Vec<String>>,
    /// Specifies the static VM routes. For details, see Table 4.
    /// Static routes are not supported, and entered information will be ignored.
    pub host_routes: Option<Vec<SubnetHostRouteObject>>,
    /// Specifies the project ID.
    pub tenant_id: Option<String>,
    /// Specifies whether to enable the DHCP function. Value **false** indicates that the DHCP function is not enabled.
    /// The value can only be **true**.
    pub enable_dhcp: Option<bool>,
    /// Specifies the subnet pool ID.
    /// Currently, only IPv6 is supported.
    pub subnetpool_id: Option<String>,
    /// Specifies the project ID.
    pub project_id: Option<String>,
    /// Specifies the time (UTC) when the subnet is created.
    /// Format: *yyyy-MM-ddTHH:mm:ss*
    pub created_at: Option<String>,
    /// Specifies the time (UTC) when the subnet is updated.
    /// Format: *yyyy-MM-ddTHH:mm:ss*
    pub updated_at: Option<String>,
}
/// Response parameter
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListSubnetsResponse {
    /// Specifies the subnet list. For details, see Table 3.
    pub subnets: Option<Vec<ListSubnetsObject>>,
    /// Specifies the pagination information. For details, see Table 6.
    /// Only when **limit** is used for filtering and the number of resources exceeds the value of **limit** or 2000 (default value of **limit**), value **next** will be returned for **rel** and a link for **href**.
    pub subnets_links: Option<Vec<SubnetLinkObject>>,
}
/// subnet objects
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListSubnetsObject {
    /// Specifies the subnet ID.
    /// This parameter is not mandatory when you query subnets.
    pub id: Option<String>,
    /// Specifies the subnet name.
    pub name: Option<String>,
    /// Specifies the IP address version.
    /// The value can be **4** (IPv4) or **6** (IPv6).
    pub ip_version: Option<i64>,
    /// Specifies the IPv6 addressing mode.
    /// Only **dhcpv6-stateful** is supported.
    pub ipv6_address_mode: Option<String>,
    /// Specifies the IPv6 route broadcast mode.
    /// Only **dhcpv6-stateful** is supported.
    pub ipv6_ra_mode: Option<String>,
    /// Specifies the ID of the network to which the subnet belongs.
    pub network_id: Option<String>,
    /// Specifies the CIDR format.
    /// Only the IPv4 addresses in the 10.0.0.0/8, 172.16.0.0/12, and 192.168.0.0/16 ranges are supported. The subnet mask cannot be greater than 28.
    /// This parameter cannot be set if the value of **ip\_version** is **6**.
    pub cidr: Option<String>,
    /// The gateway IP address cannot conflict with IP addresses configured for **allocation\_pools**.
    /// This attribute cannot be modified.
    pub gateway_ip: Option<String>,
    /// Specifies available IP address pools. For details, see Table 4.
    /// Example: \[ \{ "start": "10.0.0.2", "end": "10.0.0.251"\} \]
    /// The last three and the first IP addresses in each subnet are the ones reserved by the system. For example, in IPv4 subnet 192.168.1.0/24, IP addresses 192.168.1.0, 192.168.1.253, 192.168.1.254, and 192.168.1.255 are reserved by the system.
    /// \[\{"start": "2001:db8:a583:9::2", "end": "2001:db8:a583:9:ffff:ffff:ffff:fffc"\}\]
    /// In IPv6 subnet 2001:db8:a583:9::/64, IP addresses 2001:db8:a583:9::1, 2001:db8:a583:9:ffff:ffff:ffff:fffd, 2001:db8:a583:9:ffff:ffff:ffff:fffe, and 2001:db8:a583:9:ffff:ffff:ffff:ffff are reserved by the system.
    /// By default, the IP addresses reserved by the system are not in the IP address pool specified by **allocation\_pool**.
    /// When updating an IP address pool, the **allocation\_pool** value can contain neither gateway nor broadcast IP addresses.
    pub allocation_pools: Option<Vec<SubnetAllocationPoolObject>>,
    /// Specifies the DNS server address.
    /// Example: "dns\_nameservers": \["8.xx.xx.8","8.xx.xx.4"\]
    pub dns_nameservers: Option<Vec<String>>,
    /// Specifies the static VM routes. For details, see Table 5.
    /// Static routes are not supported, and entered information will be ignored.
    pub host_routes: Option<Vec<SubnetHostRouteObject>>,
    /// Specifies the project ID.
    pub tenant_id: Option<String>,
    /// Specifies whether to enable the DHCP function. Value **false** indicates that the DHCP function is not enabled.
    /// The value can only be **true**.
    pub enable_dhcp: Option<bool>,
    /// Specifies the subnet pool ID.
    /// Currently, only IPv6 is supported.
    pub subnetpool_id: Option<String>,
    /// Specifies the project ID.
    pub project_id: Option<String>,
    /// Specifies the time (UTC) when the subnet is created.
    /// Format: *yyyy-MM-ddTHH:mm:ss*
    pub created_at: Option<String>,
    /// Specifies the time (UTC) when the subnet is updated.
    /// Format: *yyyy-MM-ddTHH:mm:ss*
    pub updated_at: Option<String>,
}
/// subnets\_link object
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SubnetLinkObject {
    /// Specifies the API link.
    pub href: Option<String>,
    /// Specifies the relationship between the API link and the API version.
    pub rel: Option<String>,
}
/// Request parameter
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct UpdateSubnetRequest {
    /// Specifies the subnet. For details, see Table 2.
    /// You must specify at least one attribute when updating a subnet.
    pub subnet: UpdateSubnetObject,
}
/// subnet objects
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct UpdateSubnetObject {
    /// Specifies the subnet name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Specifies the available IP address pool. For details about the **allocation\_pool** objects, see Table 3.
    /// Example: \[ \{ "start": "10.0.0.2", "end": "10.0.0.251"\} \]
    /// The last three and the first IP addresses in each subnet are the ones reserved by the system. For example, in subnet **192.168.1.0/24**, IP addresses 192.168.1.0, 192.168.1.253, 192.168.1.254, and 192.168.1.255 are reserved by the system. By default, the IP addresses reserved by the system are not in the IP address pool specified by **allocation\_pool**.
    /// \[\{"start": "2001:db8:a583:9::2", "end": "2001:db8:a583:9:ffff:ffff:ffff:fffc"\}\]
    /// In IPv6 subnet 2001:db8:a583:9::/64, IP addresses 2001:db8:a583:9::1, 2001:db8:a583:9:ffff:ffff:ffff:fffd, 2001:db8:a583:9:ffff:ffff:ffff:fffe, and 2001:db8:a583:9:ffff:ffff:ffff:ffff are reserved by the system.
    /// When updating an IP address pool, the **allocation\_pool** value can contain neither gateway nor broadcast IP addresses.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub allocation_pools: Option<Vec<SubnetAllocationPoolObject>>,
    /// Specifies the DNS server address.
    /// Instructions:
    /// Example: "dns\_nameservers": \["8.xx.xx.8","8.xx.xx.4"\]
    /// A maximum of five DNS server addresses are supported.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dns_nameservers: Option<Vec<String>>,
    /// Specifies the static VM routes. For details, see Table 4.
    /// Static routes are not supported, and entered information will be ignored.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub host_routes: Option<Vec<SubnetHostRouteObject>>,
    /// Specifies whether to enable the DHCP function. Value **false** indicates that the DHCP function is not enabled.
    /// The value can only be **true**.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub enable_dhcp: Option<bool>,
}
crate::support::setters!(
    @ model UpdateSubnetObject { name : String, allocation_pools : Vec <
    SubnetAllocationPoolObject >, dns_nameservers : Vec < String >, host_routes : Vec <
    SubnetHostRouteObject >, enable_dhcp : bool }
);
/// Request parameter
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CreateSubnetPoolRequest {
    /// Specifies the subnet pool list. For details, see Table 2.
    pub subnetpool: SubnetPoolSubnetpoolObject,
}
/// subnetpool objects
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SubnetPoolSubnetpoolObject {
    /// Specifies the subnet pool name.
    pub name: String,
    /// Specifies the upper limit of the prefix space that can be allocated from the subnet pool to the subnet. For IPv4 subnet pools, **default\_quota** is measured in units of /32. For IPv6 subnet pools, **default\_quota** is measured in units of /64.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub default_quota: Option<i64>,
    /// Specifies a list of subnet prefixes that are assigned to the subnet pool. The adjacent prefixes are merged and treated as a single prefix. Each subnet prefix must be unique.
    pub prefixes: Vec<String>,
    /// Specifies the minimum number for the prefix of a subnet that can be allocated from the subnet pool. The minimum number for the prefix of an IPv4 subnet is **8**, and that of an IPv6 subnet is **64**.
    /// Instructions:
    /// min\_prefixlen =\< default\_prefixlen =\< max\_prefixlen
    #[serde(skip_serializing_if = "Option::is_none")]
    pub min_prefixlen: Option<i64>,
    /// Specifies the default prefix to be allocated to a subnet if the **cidr** or **prefixlen** is not specified when you create the subnet. The default value is **8** for an IPv4 subnet and **64** for an IPv6 subnet.
    /// Instructions:
    /// min\_prefixlen =\< default\_prefixlen =\< max\_prefixlen
    ///
    /// Default: `8`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub default_prefixlen: Option<i64>,
    /// Specifies the maximum number for the prefix of a subnet that can be allocated from the subnet pool. The maximum number for the prefix of an IPv4 subnet is **32**, and that of an IPv6 subnet is **128**.
    /// Instructions:
    /// min\_prefixlen =\< default\_prefixlen =\< max\_prefixlen
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_prefixlen: Option<i64>,
    /// Provides supplementary information about the subnet pool.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Specifies whether this is the default subnet pool.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub is_default: Option<bool>,
}
crate::support::setters!(
    @ model SubnetPoolSubnetpoolObject new(name : String, prefixes : Vec < String >) {
    default_quota : i64, min_prefixlen : i64, default_prefixlen : i64, max_prefixlen :
    i64, description : String, is_default : bool }
);
/// Response parameter
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CreateSubnetPoolResponse {
    /// Specifies the subnet pool list. For details, see Table 4.
    pub subnetpool: Option<SubnetPoolSubnetpoolObjectResponse>,
}
/// subnetpool objects
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SubnetPoolSubnetpoolObjectResponse {
    /// Specifies the subnet pool ID.
    /// This parameter is not mandatory when you query subnet pools.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Specifies the subnet pool name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Specifies the IP address version.
    /// The value can be **4** (IPv4) or **6** (IPv6).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ip_version: Option<i64>,
    /// Specifies the upper limit of the prefix space that can be allocated from the subnet pool to the subnet. For IPv4 subnet pools, **default\_quota** is measured in units of /32. For IPv6 subnet pools, **default\_quota** is measured in units of /64.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub default_quota: Option<i64>,
    /// Specifies the project ID.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub project_id: Option<String>,
    /// Specifies the time (UTC) when the subnet pool is created.
    /// Format: *yyyy-MM-ddTHH:mm:ss*
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created_at: Option<String>,
    /// Specifies the time (UTC) when the subnet pool rule is updated.
    /// Format: *yyyy-MM-ddTHH:mm:ss*
    #[serde(skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<String>,
    /// Specifies a list of subnet prefixes that are assigned to the subnet pool. The adjacent prefixes are merged and treated as a single prefix. Each subnet prefix must be unique.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub prefixes: Option<Vec<String>>,
    /// Specifies the minimum number for the prefix of a subnet that can be allocated from the subnet pool. The minimum number for the prefix of an IPv4 subnet is **8**, and that of an IPv6 subnet is **64**.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub min_prefixlen: Option<i64>,
    /// Specifies the ID of the address range allocated to the subnet pool.
    /// Only the administrator can specify this attribute.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub address_scope_id: Option<String>,
    /// Specifies whether the network can be shared to all projects.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub shared: Option<bool>,
    /// Specifies the project ID.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tenant_id: Option<String>,
    /// Specifies the default prefix to be allocated to a subnet if the **cidr** or **prefixlen** is not specified when you create the subnet. The default value is **8** for an IPv4 subnet and **64** for an IPv6 subnet.
    ///
    /// Default: `8`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub default_prefixlen: Option<i64>,
    /// Specifies the maximum number for the prefix of a subnet that can be allocated from the subnet pool. The maximum number for the prefix of an IPv4 subnet is **32**, and that of an IPv6 subnet is **128**.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_prefixlen: Option<i64>,
    /// Provides supplementary information about the subnet pool.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Specifies whether this is the default subnet pool.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub is_default: Option<bool>,
    /// Specifies the tags.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<String>>,
}
crate::support::setters!(
    @ model SubnetPoolSubnetpoolObjectResponse { id : String, name : String, ip_version :
    i64, default_quota : i64, project_id : String, created_at : String, updated_at :
    String, prefixes : Vec < String >, min_prefixlen : i64, address_scope_id : String,
    shared : bool, tenant_id : String, default_prefixlen : i64, max_prefixlen : i64,
    description : String, is_default : bool, tags : Vec < String > }
);
/// Response parameter
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ShowSubnetPoolResponse {
    /// Specifies the subnet pool list. For details, see Table 2.
    pub subnetpool: Option<SubnetPoolSubnetpoolObjectResponse>,
}
/// Response parameter
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListSubnetPoolsResponse {
    /// Specifies the subnet pool list. For details, see Table 2.
    pub subnetpools: Option<Vec<SubnetPoolSubnetpoolObjectResponse>>,
    /// Shows pagination information about subnet pools.
    /// Only when **limit** is used for filtering and the number of resources exceeds the value of **limit** or 2000 (default value of **limit**), value **next** will be returned for **rel** and a link for **href**.
    pub subnetpools_links: Option<Vec<SubnetPoolSubnetpoolsLinkObject>>,
}
/// SubnetpoolsLink objects
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SubnetPoolSubnetpoolsLinkObject {
    /// Specifies the API link.
    pub href: Option<String>,
    /// Specifies the relationship between the API link and the API version.
    pub rel: Option<String>,
}
/// Request parameter
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct UpdateSubnetPoolRequest {
    /// Specifies the subnet pool list. For details, see Table 2.
    /// You must specify at least one attribute when updating the subnet pool.
    pub subnetpool: SubnetPoolSubnetpoolObjectResponse,
}
/// Request parameter
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AddSharedBandwidthEipRequest {
    /// Specifies the bandwidth objects. For details, see Table 3.
    pub bandwidth: SharedBandwidthEipDescriptionOfTheBandwidthField,
}
/// Description of the bandwidth field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SharedBandwidthEipDescriptionOfTheBandwidthField {
    /// - Specifies information about the EIP to be added to the shared bandwidth. For details, see Table 4.
    /// - The bandwidth, whose type is **WHOLE**, can be used by multiple EIPs. The number of EIPs varies depending on the tenant quota. By default, a shared bandwidth can be used by up to 20 EIPs.
    pub publicip_info: Vec<SharedBandwidthEipPublicipInfoObject>,
}
crate::support::setters!(
    @ model SharedBandwidthEipDescriptionOfTheBandwidthField new(publicip_info : Vec <
    SharedBandwidthEipPublicipInfoObject >) {}
);
/// publicip\_info object
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SharedBandwidthEipPublicipInfoObject {
    /// Specifies the ID of the EIP that uses the bandwidth.
    pub publicip_id: String,
    /// - Specifies the EIP type.
    /// - Range:
    /// - For region **eu-de**: **5\_bgp** (Dynamic BGP), **5\_mailbgp** (Mail BGP), **5\_gray** (Dedicated Load Balancer), and **5\_dualStack**.
    /// - For region **eu-nl**: **5\_bgp** (Dynamic BGP), **5\_mailbgp** (Mail BGP), and **5\_dualStack**
    /// - Constraints:
    /// - The configured value must be supported by the system.
    /// - **publicip\_id** is an IPv4 port. If **publicip\_type** is not specified, the default value is **5\_bgp**.
    ///
    /// Default: `5_bgp`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub publicip_type: Option<String>,
}
crate::support::setters!(
    @ model SharedBandwidthEipPublicipInfoObject new(publicip_id : String) {
    publicip_type : String }
);
/// Response parameter
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AddSharedBandwidthEipResponse {
    /// Specifies the bandwidth objects. For details, see Table 6.
    pub bandwidth: Option<EipDescriptionOfTheBandwidthFieldResponse>,
}
crate::support::open_enum!(
    #[doc = " - Specifies that the bandwidth is billed by bandwidth."] #[doc =
    " - The value can be **traffic**."]
    EipDescriptionOfTheBandwidthFieldResponseChargeMode { Traffic = "traffic" }
);
/// Description of the bandwidth field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EipDescriptionOfTheBandwidthFieldResponse {
    /// - Specifies the bandwidth name.
    /// - The value can contain 1 to 64 characters, including letters, digits, underscores (\_), hyphens (-), and periods (.).
    ///
    /// Length 1 to 64.
    pub name: Option<String>,
    /// - Specifies the bandwidth size.
    /// - The value ranges from 1 Mbit/s to 1000 Mbit/s by default. (The specific range may vary depending on the configuration in each region. You can see the available bandwidth range on the management console.)
    pub size: Option<i64>,
    /// Specifies the bandwidth ID, which uniquely identifies the bandwidth.
    pub id: Option<String>,
    /// - Specifies whether the bandwidth is shared or dedicated.
    /// - The value can be **PER** or **WHOLE**.
    /// - **WHOLE**: Shared bandwidth
    /// - **PER**: Dedicated bandwidth
    pub share_type: Option<PublicipbandwidthinfoShareType>,
    /// - Specifies information about the EIP that uses the bandwidth. For details, see Table 7.
    /// - The bandwidth, whose type is **WHOLE**, can be used by multiple EIPs. The bandwidth, whose type is **PER**, can be used by only one EIP.
    pub publicip_info: Option<Vec<SharedBandwidthEipPublicipInfoObjectResponse>>,
    /// Specifies the project ID.
    pub tenant_id: Option<String>,
    /// - Specifies the bandwidth type. The default value for the shared bandwidth is **share**.
    pub bandwidth_type: Option<String>,
    /// - Specifies that the bandwidth is billed by bandwidth.
    /// - The value can be **traffic**.
    pub charge_mode: Option<EipDescriptionOfTheBandwidthFieldResponseChargeMode>,
    /// Specifies the bill information.
    /// If **billing\_info** is specified, the bandwidth is in yearly/monthly billing mode.
    pub billing_info: Option<String>,
    /// - Specifies the enterprise project ID. The value is **0** or a string that contains a maximum of 36 characters in UUID format with hyphens (-). Value **0** indicates the default enterprise project.
    /// - When creating a shared bandwidth, associate the enterprise project ID with the shared bandwidth. This parameter is unsupported. Do not use it.
    ///
    /// Length at most 36.
    pub enterprise_project_id: Option<String>,
    /// - Specifies the bandwidth status.
    /// - Possible values are as follows:
    /// - **FREEZED** (Frozen)
    /// - **NORMAL** (Normal)
    pub status: Option<String>,
}
/// publicip\_info objects
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SharedBandwidthEipPublicipInfoObjectResponse {
    /// Specifies the ID of the EIP that uses the bandwidth.
    pub publicip_id: Option<String>,
    /// Specifies the obtained EIP if only IPv4 EIPs are available.
    pub publicip_address: Option<String>,
    /// - Specifies the IP address version.
    /// - Possible values are as follows:
    /// - **4**: IPv4
    /// - **6**: IPv6 (IPv6 is not supported currently.)
    pub ip_version: Option<i64>,
    /// - Specifies the EIP type.
    /// - Range:
    /// - For region **eu-de**: **5\_bgp** (Dynamic BGP), **5\_mailbgp** (Mail BGP), **5\_gray** (Dedicated Load Balancer), and **5\_dualStack**.
    /// - For region **eu-nl**: **5\_bgp** (Dynamic BGP), **5\_mailbgp** (Mail BGP), and **5\_dualStack**
    /// - Constraints:
    /// - The configured value must be supported by the system.
    /// - **publicip\_id** is an IPv4 port. If **publicip\_type** is not specified, the default value is **5\_bgp**.
    ///
    /// Default: `5_bgp`.
    pub publicip_type: Option<String>,
}
/// Request parameter
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AssignSharedBandwidthRequest {
    /// Specifies the bandwidth objects. For details, see Table 3.
    pub bandwidth: SharedBandwidthDescriptionOfTheBandwidthField,
}
/// Description of the bandwidth field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SharedBandwidthDescriptionOfTheBandwidthField {
    /// - Specifies the bandwidth name.
    /// - The value can contain 1 to 64 characters, including letters, digits, underscores (\_), hyphens (-), and periods (.).
    ///
    /// Length 1 to 64.
    pub name: String,
    /// - Specifies the bandwidth size. The shared bandwidth has a minimum limit, which may vary depending on sites. The default minimum value is 5 Mbit/s.
    /// - The value ranges from 1 Mbit/s to 1000 Mbit/s by default. (The specific range may vary depending on the configuration in each region. You can see the available bandwidth range on the management console.)
    /// - If a decimal fraction (for example **10.2**) or a character string (for example **"10"**) is specified, the specified value will be automatically converted to an integer.
    /// - The minimum increment for bandwidth adjustment varies depending on the bandwidth range. The details are as follows:
    /// - The minimum increment is 1 Mbit/s if the allowed bandwidth ranges from 0 Mbit/s to 300 Mbit/s (with 300 Mbit/s included).
    /// - The minimum increment is 50 Mbit/s if the allowed bandwidth ranges from 300 Mbit/s to 1000 Mbit/s (with 1000 Mbit/s included).
    /// - The minimum increment is 500 Mbit/s if the allowed bandwidth is greater than 1000 Mbit/s.
    pub size: i64,
    /// - Specifies the enterprise project ID. The value is **0** or a string that contains a maximum of 36 characters in UUID format with hyphens (-). Value **0** indicates the default enterprise project.
    /// - When creating a shared bandwidth, associate the enterprise project ID with the shared bandwidth. This parameter is unsupported. Do not use it.
    ///
    /// Length at most 36.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub enterprise_project_id: Option<String>,
    /// Specifies whether it is in a central site or an edge site.
    /// Values:
    ///
    /// - **center**
    /// - *Edge site name* This resource can only be associated with an EIP of the same region.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub public_border_group: Option<String>,
}
crate::support::setters!(
    @ model SharedBandwidthDescriptionOfTheBandwidthField new(name : String, size : i64)
    { enterprise_project_id : String, public_border_group : String }
);
/// Response parameter
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AssignSharedBandwidthResponse {
    /// Specifies the bandwidth objects. For details, see Table 5.
    pub bandwidth: Option<BandwidthDescriptionOfTheBandwidthFieldResponse>,
}
/// Description of the bandwidth field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct BandwidthDescriptionOfTheBandwidthFieldResponse {
    /// - Specifies the bandwidth name.
    /// - The value can contain 1 to 64 characters, including letters, digits, underscores (\_), hyphens (-), and periods (.).
    ///
    /// Length 1 to 64.
    pub name: Option<String>,
    /// - Specifies the bandwidth size.
    /// - The value ranges from 1 Mbit/s to 1000 Mbit/s by default. (The specific range may vary depending on the configuration in each region. You can see the available bandwidth range on the management console.)
    pub size: Option<i64>,
    /// Specifies the bandwidth ID, which uniquely identifies the bandwidth.
    pub id: Option<String>,
    /// - Specifies whether the bandwidth is shared or dedicated.
    /// - The value can be **PER** or **WHOLE**.
    /// - **WHOLE**: Shared bandwidth
    /// - **PER**: Dedicated bandwidth
    pub share_type: Option<PublicipbandwidthinfoShareType>,
    /// - Specifies information about the EIP that uses the bandwidth. For details, see Table 6.
    /// - The bandwidth, whose type is **WHOLE**, can be used by multiple EIPs. The bandwidth, whose type is **PER**, can be used by only one EIP.
    pub publicip_info: Option<Vec<SharedBandwidthPublicipInfoObject>>,
    /// Specifies the project ID.
    pub tenant_id: Option<String>,
    /// - Specifies the bandwidth type. The default value for the shared bandwidth is **share**.
    pub bandwidth_type: Option<String>,
    /// - Specifies that the bandwidth is billed by bandwidth.
    /// - The value can be **traffic**.
    pub charge_mode: Option<EipDescriptionOfTheBandwidthFieldResponseChargeMode>,
    /// Specifies the bill information.
    /// If **billing\_info** is specified, the bandwidth is in yearly/monthly billing mode.
    pub billing_info: Option<String>,
    /// - Specifies the enterprise project ID. The value is **0** or a UUID that can contain a maximum of 36 characters, including hyphens (-). Value **0** indicates the default enterprise project.
    /// - When creating a shared bandwidth, associate the enterprise project ID with the shared bandwidth. This parameter is unsupported. Do not use it.
    ///
    /// Length at most 36.
    pub enterprise_project_id: Option<String>,
    /// - Specifies the bandwidth status.
    /// - Possible values are as follows:
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
    /// Values:
    ///
    /// - **center**
    /// - *Edge site name* This resource can only be associated with an EIP of the same region.
    pub public_border_group: Option<String>,
}
/// publicip\_info object
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SharedBandwidthPublicipInfoObject {
    /// Specifies the ID of the EIP that uses the bandwidth.
    pub publicip_id: Option<String>,
    /// Specifies the obtained EIP if only IPv4 EIPs are available.
    pub publicip_address: Option<String>,
    /// Specifies the obtained EIP if IPv6 EIPs are available. This parameter does not exist if only IPv4 EIPs are available.
    pub publicipv6_address: Option<String>,
    /// - Specifies the IP address version.
    /// - Possible values are as follows:
    /// - **4**: IPv4 address
    /// - **6**: IPv6 address
    pub ip_version: Option<i64>,
    /// - Specifies the EIP type.
    /// - Range:
    /// - For region **eu-de**: **5\_bgp** (Dynamic BGP), **5\_mailbgp** (Mail BGP), **5\_gray** (Dedicated Load Balancer), and **5\_dualStack**.
    /// - For region **eu-nl**: **5\_bgp** (Dynamic BGP), **5\_mailbgp** (Mail BGP), and **5\_dualStack**
    /// - Constraints:
    /// - The configured value must be supported by the system.
    /// - **publicip\_id** is an IPv4 port. If **publicip\_type** is not specified, the default value is **5\_bgp**.
    ///
    /// Default: `5_bgp`.
    pub publicip_type: Option<String>,
}
/// Request parameter
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct RemoveSharedBandwidthEipRequest {
    /// Specifies the bandwidth objects. For details, see Table 3.
    pub bandwidth: SharedBandwidthEipDescriptionOfTheBandwidthField2,
}
crate::support::open_enum!(
    #[doc =
    " After an EIP is removed from a shared bandwidth, a dedicated bandwidth will be allocated to the EIP, and you will be billed for the dedicated bandwidth."]
    #[doc =
    " Specifies whether the dedicated bandwidth used by the EIP that has been removed from a shared bandwidth is billed by traffic or by bandwidth."]
    #[doc = " The value can be **bandwidth** or **traffic**."]
    SharedBandwidthEipDescriptionOfTheBandwidthField2ChargeMode { Bandwidth =
    "bandwidth", Traffic = "traffic" }
);
/// Description of the bandwidth field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SharedBandwidthEipDescriptionOfTheBandwidthField2 {
    /// - Specifies information about the EIP to be removed from the bandwidth. For details, see Table 4.
    /// - The bandwidth, whose type is **WHOLE**, can be used by multiple EIPs. The number of EIPs varies depending on the tenant quota. By default, a shared bandwidth can be used by up to 20 EIPs.
    pub publicip_info: Vec<RemoveSharedBandwidthEipPublicipInfoObject>,
    /// After an EIP is removed from a shared bandwidth, a dedicated bandwidth will be allocated to the EIP, and you will be billed for the dedicated bandwidth.
    /// Specifies whether the dedicated bandwidth used by the EIP that has been removed from a shared bandwidth is billed by traffic or by bandwidth.
    /// The value can be **bandwidth** or **traffic**.
    pub charge_mode: SharedBandwidthEipDescriptionOfTheBandwidthField2ChargeMode,
    /// After an EIP is removed from a shared bandwidth, a dedicated bandwidth will be allocated to the EIP, and you will be billed for the dedicated bandwidth.
    /// Specifies the size (Mbit/s) of the dedicated bandwidth used by the EIP that has been removed from a shared bandwidth.
    /// The value ranges from 1 Mbit/s to 1000 Mbit/s by default. (The specific range may vary depending on the configuration in each region. You can see the bandwidth range of each region on the management console.)
    pub size: i64,
}
crate::support::setters!(
    @ model SharedBandwidthEipDescriptionOfTheBandwidthField2 new(publicip_info : Vec <
    RemoveSharedBandwidthEipPublicipInfoObject >, charge_mode :
    SharedBandwidthEipDescriptionOfTheBandwidthField2ChargeMode, size : i64) {}
);
/// publicip\_info object
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct RemoveSharedBandwidthEipPublicipInfoObject {
    /// Specifies the ID of the EIP that uses the bandwidth.
    pub publicip_id: String,
}
crate::support::setters!(
    @ model RemoveSharedBandwidthEipPublicipInfoObject new(publicip_id : String) {}
);
/// Request parameter
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AddEipTagRequest {
    /// Specifies the **tag** objects. For details, see Table 3.
    pub tag: EipTagObject,
}
/// tag objects
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EipTagObject {
    /// - Specifies the tag key.
    /// - Cannot be left blank.
    /// - Can contain a maximum of 36 characters.
    /// - Can contain only the following character types:
    /// - Uppercase letters
    /// - Lowercase letters
    /// - Digits
    /// - Special characters, including hyphens (-), underscores (\_), and at signs (@)
    /// - The tag key of a VPC must be unique.
    ///
    /// Length at most 36.
    pub key: String,
    /// - Specifies the tag value.
    /// - Can contain a maximum of 43 characters.
    /// - Can contain only the following character types:
    /// - Uppercase letters
    /// - Lowercase letters
    /// - Digits
    /// - Special characters, including hyphens (-), underscores (\_), and at signs (@)
    ///
    /// Length at most 43.
    pub value: String,
}
crate::support::setters!(@ model EipTagObject new(key : String, value : String) {});
/// Request parameter
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct BatchAddOrDeleteEipTagsRequest {
    /// Specifies the **tag** object list. For details, see Table 3.
    pub tags: Vec<EipTagObject>,
    /// Specifies the operation. Possible values are as follows:
    ///
    /// - **create**
    /// - **delete**
    pub action: String,
}
/// Response parameter
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListEipTagsResponse {
    /// Specifies the **tag** object list. For details, see Table 3.
    pub tags: Option<Vec<ListEipTagsObject>>,
}
/// tag objects
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListEipTagsObject {
    /// - Specifies the tag key.
    /// - Cannot be left blank.
    /// - Can contain a maximum of 36 characters.
    /// - Can contain only the following character types:
    /// - Uppercase letters
    /// - Lowercase letters
    /// - Digits
    /// - Special characters, including hyphens (-), underscores (\_), and at signs (@)
    /// - The tag key of a VPC must be unique.
    ///
    /// Length at most 36.
    pub key: Option<String>,
    /// - Specifies the tag value.
    /// - Can contain a maximum of 43 characters.
    /// - Can contain only the following character types:
    /// - Uppercase letters
    /// - Lowercase letters
    /// - Digits
    /// - Special characters, including hyphens (-), underscores (\_), and at signs (@)
    ///
    /// Length at most 43.
    pub value: Option<String>,
}
/// Response parameter
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListProjectEipTagsResponse {
    /// Specifies the **tag** object list. For details, see Table 3.
    pub tags: Option<Vec<ProjectEipTagDescriptionOfTheTagField>>,
}
/// Description of the tag field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ProjectEipTagDescriptionOfTheTagField {
    /// Specifies the tag key.
    ///
    /// - Cannot be left blank.
    /// - Contain up to 128 characters (36 characters on the console).
    /// - Can contain only the following character types:
    /// - Uppercase letters
    /// - Lowercase letters
    /// - Digits
    /// - Special characters, including hyphens (-), underscores (\_), and at signs (@)
    ///
    /// Length at most 128.
    pub key: Option<String>,
    /// Specifies the tag value list.
    ///
    /// - Contain up to 255 characters (43 characters on the console).
    /// - Can contain only the following character types:
    /// - Uppercase letters
    /// - Lowercase letters
    /// - Digits
    /// - Special characters, including hyphens (-), underscores (\_), and at signs (@)
    pub values: Option<Vec<String>>,
}
/// Request parameter
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ShowEiPsByTagRequest {
    /// Specifies the included tags. A maximum of 20 tag keys are allowed for each query operation. Each tag key can have up to 10 tag values. The structure body must be included. The tag key cannot be left blank or set to an empty string. Each tag key must be unique, and each tag value in a tag must be unique.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<EiPsByTagDescriptionOfTheTagsField>>,
    /// Sets the page size. This parameter is not available when **action** is set to **count**. The default value is **1000** when **action** is set to **filter**. The maximum value is **1000**, and the minimum value is **1**. The value cannot be a negative number.
    ///
    /// Default: `1000`. Range 1 to 1000.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
    /// Specifies the index position. The query starts from the next piece of data indexed by this parameter. This parameter is not required when you query data on the first page. The value in the response returned for querying data on the previous page will be included in this parameter for querying data on subsequent pages. This parameter is not available when **action** is set to **count**. If **action** is set to **filter**, the value must be a number, and the default value is **0**. The value cannot be a negative number.
    ///
    /// Default: `0`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub offset: Option<i64>,
    /// Specifies the operation to perform. The value can only be **filter** (filtering) or **count** (querying the total number).
    /// The value **filter** indicates pagination query. The value **count** indicates that the total number of query results meeting the search criteria will be returned.
    pub action: String,
    /// Specifies the search criteria. The tag key is the field to match. Currently, only **resource\_name** is supported. The tag value indicates the matched value. This field is a fixed dictionary value.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub matches: Option<Vec<EiPsByTagDescriptionOfTheMatchField>>,
}
/// Description of the tags field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EiPsByTagDescriptionOfTheTagsField {
    /// Specifies the tag key. The value can contain a maximum of 127 Unicode characters. The tag key cannot be left blank. (This parameter is not verified during the search process.)
    pub key: String,
    /// Specifies the tag value list. Each value can contain a maximum of 255 Unicode characters. An empty list for **values** indicates any value. The values are in the OR relationship.
    pub values: Vec<String>,
}
crate::support::setters!(
    @ model EiPsByTagDescriptionOfTheTagsField new(key : String, values : Vec < String >)
    {}
);
/// Description of the match field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EiPsByTagDescriptionOfTheMatchField {
    /// Specifies the tag key. Currently, the tag key can only be the resource name.
    pub key: String,
    /// Specifies the tag value. Each value can contain a maximum of 255 Unicode characters.
    pub value: String,
}
crate::support::setters!(
    @ model EiPsByTagDescriptionOfTheMatchField new(key : String, value : String) {}
);
/// Response parameter
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ShowEiPsByTagResponse {
    /// Specifies the **resource** object list. For details, see Table 6.
    pub resources: Option<Vec<EiPsByTagResourceObject>>,
    /// Specifies the total number of query records.
    pub total_count: Option<i64>,
}
/// resource objects
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EiPsByTagResourceObject {
    /// Specifies the resource ID.
    pub resource_id: Option<String>,
    /// Specifies the resource details. Resource details are used for extension. This parameter is left blank by default.
    pub resource_detail: Option<serde_json::Value>,
    /// Specifies the tag list. This parameter is an empty array by default if there is no tag. For details, see Table 7.
    pub tags: Option<Vec<EiPsByTagDescriptionOfTheTagsFieldResponse>>,
    /// Specifies the resource name. This parameter is an empty string by default if there is no resource name.
    pub resource_name: Option<String>,
}
/// Description of the tags field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EiPsByTagDescriptionOfTheTagsFieldResponse {
    /// Specifies the tag key. The value can contain a maximum of 127 Unicode characters. The tag key cannot be left blank. (This parameter is not verified during the search process.)
    pub key: String,
    /// Specifies the tag value list. Each value can contain a maximum of 255 Unicode characters. An empty list for **values** indicates any value. The values are in the OR relationship.
    pub value: String,
}
/// Request parameter
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AssignFloatingIpAddressRequest2 {
    /// Specifies the floating IP address list. For details, see Table 2.
    pub floatingip: AssignFloatingIpAddressFloatingipObject,
}
/// floatingip objects
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AssignFloatingIpAddressFloatingipObject {
    /// Specifies the floating IP address ID.
    pub id: String,
    /// Specifies the floating IPv6 address.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub floating_ip_address: Option<String>,
    /// Specifies the external network ID.
    /// You can only use fixed external network.
    /// You can use **GET /v2.0/networks?router:external=True** or
    /// **GET /v2.0/networks?name=\{floating\_network\}** or run the **neutron net-external-list** command to obtain information about the external network.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub floating_network_id: Option<String>,
    /// Specifies the ID of the belonged router.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub router_id: Option<String>,
    /// Specifies the port ID.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub port_id: Option<String>,
    /// Specifies the private IP address of the associated port.
    /// This value can only be dynamically assigned by the system.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fixed_ip_address: Option<String>,
    /// Specifies the project ID.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tenant_id: Option<String>,
}
crate::support::setters!(
    @ model AssignFloatingIpAddressFloatingipObject new(id : String) {
    floating_ip_address : String, floating_network_id : String, router_id : String,
    port_id : String, fixed_ip_address : String, tenant_id : String }
);
/// Response parameter
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AssignFloatingIpAddressResponse2 {
    /// Specifies the floating IP address list. For details, see Table 4.
    pub floatingip: Option<AssignFloatingIpAddressFloatingipObjectResponse>,
}
/// floatingip objects
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AssignFloatingIpAddressFloatingipObjectResponse {
    /// Specifies the floating IP address status. The value can be **ACTIVE**, **DOWN**, or **ERROR**.
    ///
    /// - **ACTIVE** indicates that the floating IP address has been bound.
    /// - **ERROR** indicates that the floating IP address is abnormal.
    /// - **DOWN** indicates that the floating IP address has not been bound.
    pub status: Option<FloatingIpAddressFloatingipObjectResponseStatus>,
    /// Specifies the floating IP address ID.
    pub id: Option<String>,
    /// Specifies the floating IPv6 address.
    pub floating_ip_address: Option<String>,
    /// Specifies the external network ID.
    pub floating_network_id: Option<String>,
    /// Specifies the ID of the belonged router.
    pub router_id: Option<String>,
    /// Specifies the port ID.
    pub port_id: Option<String>,
    /// Specifies the private IP address of the associated port.
    pub fixed_ip_address: Option<String>,
    /// Specifies the project ID.
    pub tenant_id: Option<String>,
}
/// Response parameter
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ShowFloatingIpAddressResponse2 {
    /// Specifies the floating IP address list. For details, see Table 2.
    pub floatingip: Option<FloatingIpAddressFloatingipObject2>,
}
/// floatingip objects
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct FloatingIpAddressFloatingipObject2 {
    /// Specifies the floating IP address status. The value can be **ACTIVE**, **DOWN**, or **ERROR**.
    ///
    /// - **ACTIVE** indicates that the floating IP address has been bound.
    /// - **ERROR** indicates that the floating IP address is abnormal.
    /// - **DOWN** indicates that the floating IP address has not been bound.
    pub status: Option<FloatingIpAddressFloatingipObjectResponseStatus>,
    /// Specifies the floating IP address ID.
    pub id: Option<String>,
    /// Specifies the floating IPv6 address.
    pub floating_ip_address: Option<String>,
    /// Specifies the external network ID.
    pub floating_network_id: Option<String>,
    /// Specifies the ID of the belonged router.
    pub router_id: Option<String>,
    /// Specifies the port ID.
    pub port_id: Option<String>,
    /// Specifies the private IP address of the associated port.
    pub fixed_ip_address: Option<String>,
    /// Specifies the project ID.
    pub tenant_id: Option<String>,
    /// Specifies the project ID.
    pub project_id: Option<String>,
    /// Specifies the time when the resource was created.
    /// Format: *yyyy-MM-ddTHH:mm:ss*
    pub created_at: Option<String>,
    /// Specifies the time when the resource was updated.
    /// Format: *yyyy-MM-ddTHH:mm:ss*
    pub updated_at: Option<String>,
}
/// Response parameter
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListFloatingIpAddressesResponse2 {
    /// Specifies the floating IP address list. For details, see Table 3.
    pub floatingips: Option<Vec<FloatingIpAddressFloatingipObject3>>,
}
/// floatingip objects
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct FloatingIpAddressFloatingipObject3 {
    /// Specifies the floating IP address status. The value can be **ACTIVE**, **DOWN**, or **ERROR**.
    ///
    /// - **ACTIVE** indicates that the floating IP address has been bound.
    /// - **ERROR** indicates that the floating IP address is abnormal.
    /// - **DOWN** indicates that the floating IP address has not been bound.
    pub status: Option<FloatingIpAddressFloatingipObjectResponseStatus>,
    /// Specifies the floating IP address ID.
    pub id: Option<String>,
    /// Specifies the floating IPv6 address.
    pub floating_ip_address: Option<String>,
    /// Specifies the external network ID.
    pub floating_network_id: Option<String>,
    /// Specifies the ID of the belonged router.
    pub router_id: Option<String>,
    /// Specifies the port ID.
    pub port_id: Option<String>,
    /// Specifies the private IP address of the associated port.
    pub fixed_ip_address: Option<String>,
    /// Specifies the project ID.
    pub tenant_id: Option<String>,
    /// Specifies the project ID.
    pub project_id: Option<String>,
    /// Specifies the time when the resource was created.
    /// Format: *yyyy-MM-ddTHH:mm:ss*
    pub created_at: Option<String>,
    /// Specifies the time when the resource was updated.
    /// Format: *yyyy-MM-ddTHH:mm:ss*
    pub updated_at: Option<String>,
    /// Specifies the request URL.
    pub floatingips_links: Option<Vec<String>>,
}
/// Request parameter
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct UpdateFloatingIpAddressRequest2 {
    /// Specifies the floating IP address list. For details, see Table 2.
    pub floatingip: FloatingIpAddressFloatingipObject4,
}
/// floatingip objects
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct FloatingIpAddressFloatingipObject4 {
    /// Specifies the port ID.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub port_id: Option<String>,
}
crate::support::setters!(
    @ model FloatingIpAddressFloatingipObject4 { port_id : String }
);
/// Response parameter
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ShowNetworkIpAddressUsageResponse {
    /// Specifies the **network\_ip\_availability** objects. For details, see Table 3.
    pub network_ip_availability: Option<
        NetworkIpAddressUsageNetworkIpAvailabilityObject,
    >,
}
/// network\_ip\_availability objects
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct NetworkIpAddressUsageNetworkIpAvailabilityObject {
    /// Specifies the network ID.
    pub network_id: Option<String>,
    /// Specifies the network name.
    pub network_name: Option<String>,
    /// Specifies the project ID.
    pub tenant_id: Option<String>,
    /// Specifies the total number of IP addresses on a network. (System reserved IP addresses are not included.)
    pub total_ips: Option<i64>,
    /// Specifies the number of in-use IP addresses on a network. (Reserved IP addresses are not included.)
    pub used_ips: Option<i64>,
    /// Specifies the subnet IP address usage objects. For details, see Table 4.
    pub subnet_ip_availability: Option<
        Vec<UsageDescriptionOfTheSubnetIpAvailabilityField>,
    >,
}
/// Description of the subnet\_ip\_availability field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct UsageDescriptionOfTheSubnetIpAvailabilityField {
    /// Specifies the number of in-use IP addresses on a subnet. (System reserved IP addresses are not included.)
    pub used_ips: Option<i64>,
    /// Specifies the subnet ID.
    /// If you use the management console, the value of this parameter is the **Network ID** value.
    pub subnet_id: Option<String>,
    /// Specifies the subnet name.
    pub subnet_name: Option<String>,
    /// Specifies the IP version of the subnet. Only IPv4 is supported.
    pub ip_version: Option<i64>,
    /// Specifies the subnet CIDR block.
    pub cidr: Option<String>,
    /// Specifies the total number of IP addresses on a subnet. (System reserved IP addresses are not included.)
    pub total_ips: Option<i64>,
}
/// Request parameter
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AssociateTimeThemMultipleNicPortsRequest {
    /// Specifies the port list. A maximum of 20 ports are supported. For details, see Table 3.
    pub ports: Vec<TimeThemMultipleNicPortDescriptionOfFieldPort>,
    /// Specifies the operation. The value can be **add** (associate) or **remove** (disassociate). The values are case-insensitive.
    pub action: String,
}
/// Description of field Port
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct TimeThemMultipleNicPortDescriptionOfFieldPort {
    /// Specifies the port ID that uniquely identifies the port.
    pub id: String,
}
crate::support::setters!(
    @ model TimeThemMultipleNicPortDescriptionOfFieldPort new(id : String) {}
);
/// Response parameter
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AssociateTimeThemMultipleNicPortsResponse {
    /// Specifies the failed ports. For details, see Table 5.
    /// If all ports are associated with or disassociated from the security group successfully, the **fail** list in the response body is blank.
    pub fail: Option<TimeThemMultipleNicPortFailObject>,
}
/// fail objects
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct TimeThemMultipleNicPortFailObject {
    /// Specifies the ID of the failed port, which uniquely identifies the port.
    pub id: Option<String>,
    /// Specifies the error code.
    pub error_code: Option<String>,
    /// Specifies the error message.
    pub error_msg: Option<String>,
}
/// Request parameter
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AddSubnetTagRequest {
    /// Specifies the **tag** objects. For details, see Table 3.
    pub tag: SubnetTagObject,
}
/// tag objects
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SubnetTagObject {
    /// - Specifies the tag key.
    /// - Cannot be left blank.
    /// - Can contain a maximum of 128 characters.
    /// - Can contain only the following character types:
    /// - Uppercase letters
    /// - Lowercase letters
    /// - Digits
    /// - Special characters, including hyphens (-), underscores (\_), and at signs (@)
    /// - The tag key of a VPC must be unique.
    ///
    /// Length at most 128.
    pub key: String,
    /// - Specifies the tag value.
    /// - Can contain a maximum of 255 characters.
    /// - Can contain only the following character types:
    /// - Uppercase letters
    /// - Lowercase letters
    /// - Digits
    /// - Special characters, including hyphens (-), underscores (\_), and at signs (@)
    ///
    /// Length at most 255.
    pub value: String,
}
crate::support::setters!(@ model SubnetTagObject new(key : String, value : String) {});
/// Request parameter
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct BatchAddOrDeleteSubnetTagsRequest {
    /// Specifies the **tag** object list. For details, see Table 3.
    /// Constraints: A maximum of 20 tag key-value pairs are supported.
    pub tags: Vec<SubnetTagObject>,
    /// Specifies the operation. Possible values are as follows:
    ///
    /// - **create**
    /// - **delete**
    pub action: String,
}
/// Response parameter
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListSubnetTagsResponse {
    /// Specifies the **tag** object list. For details, see Table 3.
    pub tags: Option<Vec<ListSubnetTagsObject>>,
}
/// tag objects
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListSubnetTagsObject {
    /// - Specifies the tag key.
    /// - Cannot be left blank.
    /// - Can contain a maximum of 128 characters.
    /// - Can contain only the following character types:
    /// - Uppercase letters
    /// - Lowercase letters
    /// - Digits
    /// - Special characters, including hyphens (-), underscores (\_), and at signs (@)
    /// - The tag key of a VPC must be unique.
    ///
    /// Length at most 128.
    pub key: Option<String>,
    /// - Specifies the tag value.
    /// - Can contain a maximum of 255 characters.
    /// - Can contain only the following character types:
    /// - Uppercase letters
    /// - Lowercase letters
    /// - Digits
    /// - Special characters, including hyphens (-), underscores (\_), and at signs (@)
    ///
    /// Length at most 255.
    pub value: Option<String>,
}
/// Request parameter
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListSubnetsByTagRequest {
    /// Specifies the included tags. A maximum of 20 tag keys are allowed for each query operation. Each tag key can have up to 10 tag values. The structure body must be included. The tag key cannot be left blank or set to an empty string. Each tag key must be unique, and each tag value in a tag must be unique.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<SubnetsByTagDescriptionOfTheTagField>>,
    /// Sets the page size. This parameter is not available when **action** is set to **count**. The default value is **1000** when **action** is set to **filter**. The maximum value is **1000**, and the minimum value is **1**. The value cannot be a negative number.
    ///
    /// Default: `1000`. Range 1 to 1000.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
    /// Specifies the index position. The query starts from the next piece of data indexed by this parameter. This parameter is not required when you query data on the first page. The value in the response returned for querying data on the previous page will be included in this parameter for querying data on subsequent pages. This parameter is not available when **action** is set to **count**. If **action** is set to **filter**, the value must be a number, and the default value is **0**. The value cannot be a negative number.
    ///
    /// Default: `0`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub offset: Option<i64>,
    /// Specifies the operation to perform. The value can only be **filter** (filtering) or **count** (querying the total number).
    /// The value **filter** indicates pagination query. The value **count** indicates that the total number of query results meeting the search criteria will be returned.
    pub action: String,
    /// Specifies the search criteria. The tag key is the field to match. Currently, only **resource\_name** is supported. The tag value indicates the matched value. This field is a fixed dictionary value.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub matches: Option<Vec<SubnetsByTagDescriptionOfTheMatchField>>,
}
/// Description of the tag field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SubnetsByTagDescriptionOfTheTagField {
    /// Specifies the tag key. The value can contain a maximum of 128 Unicode characters. The tag key cannot be left blank. (This parameter is not verified during the search process.)
    pub key: String,
    /// Specifies the tag value list. Each value can contain a maximum of 255 Unicode characters. An empty list for **values** indicates any value. The values are in the OR relationship.
    pub values: Vec<String>,
}
crate::support::setters!(
    @ model SubnetsByTagDescriptionOfTheTagField new(key : String, values : Vec < String
    >) {}
);
/// Description of the match field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SubnetsByTagDescriptionOfTheMatchField {
    /// Specifies the tag key. Currently, the tag key can only be the resource name.
    /// Minimum length: **1**
    /// Maximum length: **128**
    pub key: String,
    /// Specifies the tag value. Each value can contain a maximum of 255 Unicode characters.
    pub value: String,
}
crate::support::setters!(
    @ model SubnetsByTagDescriptionOfTheMatchField new(key : String, value : String) {}
);
/// Response parameter
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListSubnetsByTagResponse {
    /// Specifies the **resource** object list. For details, see Table 6.
    pub resources: Option<Vec<SubnetsByTagResourceObject>>,
    /// Specifies the total number of query records.
    pub total_count: Option<i64>,
}
/// resource objects
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SubnetsByTagResourceObject {
    /// Specifies the resource ID.
    pub resource_id: Option<String>,
    /// Specifies the resource details. Resource details are used for extension. This parameter is left blank by default.
    pub resource_detail: Option<serde_json::Value>,
    /// Specifies the tag list. This parameter is an empty array by default if there is no tag. For details, see Table 7.
    pub tags: Option<Vec<SubnetsByTagDescriptionOfTheTagFieldResponse>>,
    /// Specifies the resource name. This parameter is an empty string by default if there is no resource name.
    pub resource_name: Option<String>,
}
/// Description of the tag field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SubnetsByTagDescriptionOfTheTagFieldResponse {
    /// Specifies the tag key. The value can contain a maximum of 128 Unicode characters. The tag key cannot be left blank. (This parameter is not verified during the search process.)
    pub key: String,
    /// Specifies the tag value list. Each value can contain a maximum of 255 Unicode characters. An empty list for **values** indicates any value. The values are in the OR relationship.
    pub value: String,
}
/// Response parameter
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AcceptVpcPeeringConnectionResponse {
    /// Specifies the VPC peering connection ID.
    pub id: Option<String>,
    /// Specifies the VPC peering connection name.
    pub name: Option<String>,
    /// Specifies the status:
    ///
    /// - **PENDING\_ACCEPTANCE**
    /// - **REJECTED**
    /// - **EXPIRED**
    /// - **DELETED**
    /// - **ACTIVE**
    pub status: Option<String>,
    /// Specifies information about the local VPC. For details, see Table 3.
    pub request_vpc_info: Option<VpcPeeringConnectionVpcInfoObject>,
    /// Specifies information about the peer VPC. For details, see Table 3.
    pub accept_vpc_info: Option<VpcPeeringConnectionVpcInfoObject>,
    /// Provides supplementary information about the VPC peering connection.
    pub description: Option<String>,
    /// Specifies the time (UTC) when the VPC peering connection is created.
    /// Format: *yyyy-MM-ddTHH:mm:ss*
    pub created_at: Option<String>,
    /// Specifies the time (UTC) when the VPC peering connection is updated.
    /// Format: *yyyy-MM-ddTHH:mm:ss*
    pub updated_at: Option<String>,
}
/// vpc\_info objects
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct VpcPeeringConnectionVpcInfoObject {
    /// Specifies the ID of a VPC involved in a VPC peering connection.
    pub vpc_id: Option<String>,
    /// Specifies the ID of the project that a VPC involved in the VPC peering connection belongs to.
    pub tenant_id: Option<String>,
}
/// Request parameter
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CreateVpcPeeringConnectionRequest {
    /// Specifies the VPC peering connection. For details, see Table 2.
    pub peering: VpcPeeringConnectionDescriptionOfThePeeringField,
}
/// Description of the peering field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct VpcPeeringConnectionDescriptionOfThePeeringField {
    /// Specifies the name of the VPC peering connection. The value can contain 1 to 64 characters. Length 1 to 64.
    pub name: String,
    /// Provides supplementary information about the VPC peering connection.
    /// The value can contain no more than 255 characters and cannot contain angle brackets (\< or \>).
    ///
    /// Length at most 255.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Specifies information about the local VPC. For details, see Table 3.
    pub request_vpc_info: VpcPeeringConnectionDescriptionOfTheVpcInfoField,
    /// Specifies information about the peer VPC. For details, see Table 3.
    pub accept_vpc_info: VpcPeeringConnectionDescriptionOfTheVpcInfoField,
}
crate::support::setters!(
    @ model VpcPeeringConnectionDescriptionOfThePeeringField new(name : String,
    request_vpc_info : VpcPeeringConnectionDescriptionOfTheVpcInfoField, accept_vpc_info
    : VpcPeeringConnectionDescriptionOfTheVpcInfoField) { description : String }
);
/// Description of the vpc\_info field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct VpcPeeringConnectionDescriptionOfTheVpcInfoField {
    /// Specifies the ID of a VPC involved in a VPC peering connection.
    pub vpc_id: String,
    /// Specifies the ID of the project to which a VPC involved in the VPC peering connection belongs.
    /// This parameter is mandatory if the VPC peering connection is created between VPCs in different accounts.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tenant_id: Option<String>,
}
crate::support::setters!(
    @ model VpcPeeringConnectionDescriptionOfTheVpcInfoField new(vpc_id : String) {
    tenant_id : String }
);
/// Response parameter
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CreateVpcPeeringConnectionResponse {
    /// Specifies the VPC peering connection. For details, see Table 5.
    pub peering: Option<VpcPeeringConnectionPeeringObject>,
}
/// peering objects
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct VpcPeeringConnectionPeeringObject {
    /// Specifies the VPC peering connection ID.
    pub id: Option<String>,
    /// Specifies the VPC peering connection name.
    pub name: Option<String>,
    /// Specifies the status:
    ///
    /// - **PENDING\_ACCEPTANCE**
    /// - **REJECTED**
    /// - **EXPIRED**
    /// - **DELETED**
    /// - **ACTIVE**
    pub status: Option<String>,
    /// Specifies information about the local VPC. For details, see Table 6.
    pub request_vpc_info: Option<VpcPeeringConnectionVpcInfoObject>,
    /// Specifies information about the peer VPC. For details, see Table 6.
    pub accept_vpc_info: Option<VpcPeeringConnectionVpcInfoObject>,
    /// Provides supplementary information about the VPC peering connection.
    pub description: Option<String>,
    /// Specifies the time (UTC) when the VPC peering connection is created.
    /// Format: *yyyy-MM-ddTHH:mm:ss*
    pub created_at: Option<String>,
    /// Specifies the time (UTC) when the VPC peering connection is updated.
    /// Format: *yyyy-MM-ddTHH:mm:ss*
    pub updated_at: Option<String>,
}
/// Response parameter
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ShowVpcPeeringConnectionResponse {
    /// Specifies the VPC peering connection object list. For details, see Table 3.
    pub peering: Option<VpcPeeringConnectionPeeringObject>,
}
/// Response parameter
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListVpcPeeringConnectionsResponse {
    /// Specifies the VPC peering connection object list. For details, see Table 3.
    pub peerings: Option<Vec<VpcPeeringConnectionPeeringObject>>,
    /// Specifies the VPC peering connection object list. For details, see Table 5.
    /// Only when **limit** is used for filtering and the number of resources exceeds the value of **limit** or 2000 (default value of **limit**), value **next** will be returned for **rel** and a link for **href**.
    pub peerings_links: Option<Vec<VpcPeeringConnectionPeeringsLinkObject>>,
}
/// peerings\_link object
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct VpcPeeringConnectionPeeringsLinkObject {
    /// Specifies the API link.
    pub href: Option<String>,
    /// Specifies the relationship between the API link and the API version.
    pub rel: Option<String>,
}
/// Request parameter
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct UpdateVpcPeeringConnectionRequest {
    /// Updates a VPC peering connection. For details, see Table 3.
    /// When updating a VPC peering connection, you must specify at least one attribute. Currently, only the VPC peering connection name and description can be updated.
    pub peering: VpcPeeringConnectionDescriptionOfThePeeringField2,
}
/// Description of the peering field
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct VpcPeeringConnectionDescriptionOfThePeeringField2 {
    /// Specifies the name of the VPC peering connection. The value can contain 1 to 64 characters. Length 1 to 64.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Provides supplementary information about the VPC peering connection. The value can contain no more than 255 characters, including letters and digits.
    ///
    /// Length at most 255.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}
crate::support::setters!(
    @ model VpcPeeringConnectionDescriptionOfThePeeringField2 { name : String,
    description : String }
);
/// Request parameter
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CreateVpcRouteRequest {
    /// Specifies the route. For details, see Table 2.
    pub route: VpcRouteObject,
}
/// route objects
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct VpcRouteObject {
    /// Specifies the destination address in the CIDR notation format, for example, 192.168.200.0/24. Both IPv4 and IPv6 addresses are supported.
    pub destination: String,
    /// Specifies the next hop. If the route type is **peering**, enter the VPC peering connection ID.
    pub nexthop: String,
    /// Specifies the route type.
    /// Currently, only the **peering** type is supported, that is, the next hop is a VPC peering connection.
    ///
    /// Wire name: `type`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Specifies the ID of the VPC requesting for creating a route.
    pub vpc_id: String,
}
crate::support::setters!(
    @ model VpcRouteObject new(destination : String, nexthop : String, type_ : String,
    vpc_id : String) {}
);
/// Response parameter
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CreateVpcRouteResponse {
    /// Specifies the route. For details, see Table 4.
    pub route: Option<VpcRouteObjectResponse>,
}
/// route objects
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct VpcRouteObjectResponse {
    /// Specifies the route ID.
    pub id: Option<String>,
    /// Specifies the destination address in the CIDR notation format, for example, 192.168.200.0/24.
    pub destination: Option<String>,
    /// Specifies the next hop. If the route type is **peering**, enter the VPC peering connection ID.
    pub nexthop: Option<String>,
    /// Specifies the route type. Currently, the value can only be **peering**. Wire name: `type`.
    #[serde(rename = "type")]
    pub type_: Option<String>,
    /// Specifies the VPC of the route. Set this parameter to the existing VPC ID.
    pub vpc_id: Option<String>,
    /// Specifies the project ID.
    pub tenant_id: Option<String>,
}
/// Response parameter
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ShowVpcRouteResponse {
    /// Specifies the route. For details, see Table 3.
    pub route: Option<VpcRouteObjectResponse>,
}
/// Response parameter
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListVpcRoutesResponse {
    /// Specifies the route object list. For details, see Table 3.
    pub routes: Option<Vec<VpcRouteObjectResponse>>,
    /// Specifies the route object list. For details, see Table 4.
    /// The value of **rel** will be **next** and that of **href** will be a link only when **limit** is used for filtering and the number of resources exceeds the value of **limit** or 2000 (default value of **limit**).
    pub routes_links: Option<Vec<VpcRouteLinkObject>>,
}
/// routes\_link object
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct VpcRouteLinkObject {
    /// Specifies the API link.
    pub href: Option<String>,
    /// Specifies the relationship between the API link and the API version.
    pub rel: Option<String>,
}
/// Request parameter
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct BatchAddOrDeleteVpcTagsRequest {
    /// Specifies the tags. For details, see Table 3.
    /// Constraints: A maximum of 20 tag key-value pairs are supported.
    pub tags: Vec<SubnetTagObject>,
    /// Specifies the operation. Possible values are as follows:
    ///
    /// - **create**
    /// - **delete**
    pub action: String,
}
/// Response parameter
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListProjectVpcTagsResponse {
    /// Specifies the tag list.
    pub tags: Option<Vec<ProjectEipTagDescriptionOfTheTagField>>,
}
/// Request parameter
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ShowVpCsByTagRequest {
    /// Specifies the included tags. A maximum of 20 tag keys are allowed for each query operation. Each tag key can have up to 10 tag values. The structure body must be included. The tag key cannot be left blank or set to an empty string. Each tag key must be unique, and each tag value in a tag must be unique.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<VpCsByTagDescriptionOfTheTagField>>,
    /// Sets the page size. This parameter is not available when **action** is set to **count**. The default value is **1000** when **action** is set to **filter**. The maximum value is **1000**, and the minimum value is **1**. The value cannot be a negative number.
    ///
    /// Default: `1000`. Range 1 to 1000.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
    /// Specifies the index position. The query starts from the next piece of data indexed by this parameter. This parameter is not required when you query data on the first page. The value in the response returned for querying data on the previous page will be included in this parameter for querying data on subsequent pages. This parameter is not available when **action** is set to **count**. If **action** is set to **filter**, the value must be a number, and the default value is **0**. The value cannot be a negative number.
    ///
    /// Default: `0`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub offset: Option<i64>,
    /// Specifies the operation to perform. The value can only be **filter** (filtering) or **count** (querying the total number).
    /// The value **filter** indicates pagination query. The value **count** indicates that the total number of query results meeting the search criteria will be returned.
    pub action: String,
    /// Specifies the search criteria. The tag key is the field to match. Currently, only **resource\_name** is supported. The tag value indicates the matched value. This field is a fixed dictionary value.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub matches: Option<Vec<SubnetsByTagDescriptionOfTheMatchField>>,
}
/// Description of the tag field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct VpCsByTagDescriptionOfTheTagField {
    /// Specifies the tag key. The value can contain a maximum of 128 Unicode characters. The tag key cannot be left blank. (This parameter is not verified during the search process.)
    pub key: String,
    /// Specifies the tag values. Each value can contain a maximum of 255 Unicode characters. An empty list for **values** indicates any value.
    /// The values are in the OR relationship.
    /// Resources that match any value can be found. For example, if resource A has a tag value of **val1** and resource B has a tag value of **val2**, resources A and B can be found by using **values=\{val1,val2\}**.
    pub values: Vec<String>,
}
crate::support::setters!(
    @ model VpCsByTagDescriptionOfTheTagField new(key : String, values : Vec < String >)
    {}
);
/// Response parameter
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ShowVpCsByTagResponse {
    /// Specifies the **resource** object list. For details, see Table 6.
    pub resources: Option<Vec<VpCsByTagResourceObject>>,
    /// Specifies the total number of query records.
    pub total_count: Option<i64>,
}
/// resource objects
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct VpCsByTagResourceObject {
    /// Specifies the resource ID.
    pub resource_id: Option<String>,
    /// Specifies the resource details. Resource details are used for extension. This parameter is left blank by default.
    pub resource_detail: Option<serde_json::Value>,
    /// Specifies the tag list. This parameter is an empty array by default if there is no tag. For details, see Table 7.
    pub tags: Option<Vec<VpCsByTagDescriptionOfTheTagFieldResponse>>,
    /// Specifies the resource name. This parameter is an empty string by default if there is no resource name.
    pub resource_name: Option<String>,
}
/// Description of the tag field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct VpCsByTagDescriptionOfTheTagFieldResponse {
    /// Specifies the tag key. The value can contain a maximum of 128 Unicode characters. The tag key cannot be left blank. (This parameter is not verified during the search process.)
    pub key: String,
    /// Specifies the tag value list. Each value can contain a maximum of 255 Unicode characters. An empty list for **values** indicates any value.
    /// The values are in the OR relationship.
    /// Resources that match any value can be found. For example, if resource A has a tag value of **val1** and resource B has a tag value of **val2**, resources A and B can be found by using **values=\{val1,val2\}**.
    pub value: String,
}
/// subnetpool objects
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct UpdateSubnetPoolSubnetpoolObject {
    /// Specifies the subnet pool name.
    pub name: Option<String>,
    /// Specifies the upper limit of the prefix space that can be allocated from the subnet pool to the subnet. For IPv4 subnet pools, **default\_quota** is measured in units of /32. For IPv6 subnet pools, **default\_quota** is measured in units of /64.
    pub default_quota: Option<i64>,
    /// Specifies a list of subnet prefixes that are assigned to the subnet pool. The adjacent prefixes are merged and treated as a single prefix. Each subnet prefix must be unique.
    pub prefixes: Option<Vec<String>>,
    /// Specifies the minimum number for the prefix of a subnet that can be allocated from the subnet pool. The minimum number for the prefix of an IPv4 subnet is **8**, and that of an IPv6 subnet is **64**. Instructions:
    /// min\_prefixlen =\< default\_prefixlen =\< max\_prefixlen
    pub min_prefixlen: Option<i64>,
    /// Specifies the default prefix to be allocated to a subnet if the **cidr** or **prefixlen** is not specified when you create the subnet. The default value is **8** for an IPv4 subnet and **64** for an IPv6 subnet.
    /// Instructions:
    /// min\_prefixlen =\< default\_prefixlen =\< max\_prefixlen
    ///
    /// Default: `8`.
    pub default_prefixlen: Option<i64>,
    /// Specifies the maximum number for the prefix of a subnet that can be allocated from the subnet pool. The maximum number for the prefix of an IPv4 subnet is **32**, and that of an IPv6 subnet is **128**.
    /// Instructions:
    /// min\_prefixlen =\< default\_prefixlen =\< max\_prefixlen
    pub max_prefixlen: Option<i64>,
    /// Provides supplementary information about the subnet pool.
    pub description: Option<String>,
    /// Specifies whether this is the default subnet pool.
    pub is_default: Option<bool>,
}
/// Response parameter
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ShowBandwidthResponse {
    /// Specifies the bandwidth object.
    pub bandwidth: Option<BandwidthDescriptionOfTheBandwidthField>,
}
crate::support::open_enum!(
    #[doc = " - Specifies the bandwidth type."] #[doc = " - The value can be:"] #[doc =
    " - **share**: Shared bandwidth"] #[doc = " - **gray**: Dedicated load balancer"]
    #[doc = " - **bgp**: Dynamic BGP"]
    BandwidthDescriptionOfTheBandwidthFieldBandwidthType { Share = "share", Gray =
    "gray", Bgp = "bgp" }
);
/// Description of the bandwidth field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct BandwidthDescriptionOfTheBandwidthField {
    /// - Specifies the bandwidth name.
    /// - The value can contain 1 to 64 characters, including letters, digits, underscores (\_), hyphens (-), and periods (.).
    ///
    /// Length 1 to 64.
    pub name: Option<String>,
    /// - Specifies the bandwidth size.
    /// - The value ranges from 1 Mbit/s to 1000 Mbit/s by default. (The specific range may vary depending on the configuration in each region. You can see the bandwidth range of each region on the management console.)
    pub size: Option<i64>,
    /// Specifies the bandwidth ID, which uniquely identifies the bandwidth.
    pub id: Option<String>,
    /// - Possible values are as follows:
    /// - **PER**: Dedicated bandwidth
    /// - **WHOLE**: Shared bandwidth
    pub share_type: Option<String>,
    /// - Specifies information about the EIP that uses the bandwidth. For details, see Table 4.
    pub publicip_info: Option<Vec<BandwidthPublicipInfoObject>>,
    /// Specifies the project ID.
    pub tenant_id: Option<String>,
    /// - Specifies the bandwidth type.
    /// - The value can be:
    /// - **share**: Shared bandwidth
    /// - **gray**: Dedicated load balancer
    /// - **bgp**: Dynamic BGP
    pub bandwidth_type: Option<BandwidthDescriptionOfTheBandwidthFieldBandwidthType>,
    /// If the value is **traffic**, the billing is based on traffic.
    pub charge_mode: Option<String>,
    /// Specifies the bill information.
    /// If **billing\_info** is specified, the bandwidth is in yearly/monthly billing mode.
    pub billing_info: Option<String>,
    /// - Specifies the enterprise project ID. The value is **0** or a string that contains a maximum of 36 characters in UUID format with hyphens (-).
    /// - When creating a bandwidth, associate the enterprise project ID with the bandwidth.
    /// - If this parameter is not specified, the default value is **0**, which indicates that the default enterprise project is used.
    ///
    /// Default: `0`. Length at most 36.
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
/// publicip\_info object
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct BandwidthPublicipInfoObject {
    /// Specifies the ID of the EIP that uses the bandwidth.
    pub publicip_id: Option<String>,
    /// Specifies the obtained EIP if only IPv4 EIPs are available.
    pub publicip_address: Option<String>,
    /// - Specifies the IP address version.
    /// - Range:
    /// - **4**: IPv4
    /// - **6**: IPv6
    pub ip_version: Option<i64>,
    /// - Specifies the EIP type.
    /// - Range:
    /// - For region **eu-de**: **5\_bgp** (Dynamic BGP), **5\_mailbgp** (Mail BGP), **5\_gray** (Dedicated Load Balancer), and **5\_dualStack**.
    /// - For region **eu-nl**: **5\_bgp** (Dynamic BGP), **5\_mailbgp** (Mail BGP), and **5\_dualStack**
    /// - Constraints:
    /// - The configured value must be supported by the system.
    /// - **publicip\_id** is an IPv4 port. If **publicip\_type** is not specified, the default value is **5\_bgp**.
    ///
    /// Default: `5_bgp`.
    pub publicip_type: Option<String>,
}
/// Response parameter
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListBandwidthsResponse {
    /// Specifies the bandwidth objects. For details, see Table 3.
    pub bandwidths: Option<Vec<BandwidthDescriptionOfTheBandwidthsField>>,
}
/// Description of the bandwidths field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct BandwidthDescriptionOfTheBandwidthsField {
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
    /// - Possible values are as follows:
    /// - **PER**: Dedicated bandwidth
    /// - **WHOLE**: Shared bandwidth If this parameter is not set, the list of all bandwidths will be returned by default.
    pub share_type: Option<String>,
    /// - Specifies the information about the EIP that uses the bandwidth. For details, see Table 4.
    pub publicip_info: Option<Vec<BandwidthPublicipInfoObject>>,
    /// Specifies the project ID.
    pub tenant_id: Option<String>,
    /// - Specifies the bandwidth type.
    /// - The value can be:
    /// - **share**: Shared bandwidth
    /// - **gray**: Dedicated load balancer
    /// - **bgp**: Dynamic BGP
    pub bandwidth_type: Option<BandwidthDescriptionOfTheBandwidthFieldBandwidthType>,
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
    /// - Possible values are as follows:
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
    /// The value can be:
    ///
    /// - center
    /// - *Edge site name* An EIP can only be bound to a resource of the same region.
    pub public_border_group: Option<String>,
}
/// Request parameter
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct UpdateBandwidthRequest {
    /// Specifies the bandwidth objects. For details, see Table 3.
    pub bandwidth: UpdateBandwidthDescriptionOfTheBandwidthField,
}
/// Description of the bandwidth field
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct UpdateBandwidthDescriptionOfTheBandwidthField {
    /// - Specifies the bandwidth name.
    /// - The value can contain 1 to 64 characters, including letters, digits, underscores (\_), hyphens (-), and periods (.). If the value is left blank, the name of the bandwidth is not changed.
    /// - Either parameter **name** or **size** must be specified.
    ///
    /// Length 1 to 64.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// - Specifies the bandwidth size in Mbit/s.
    /// - The value ranges from 1 Mbit/s to 1000 Mbit/s by default. (The specific range may vary depending on the configuration in each region. You can see the available bandwidth range on the management console.) If the parameter is not included, the bandwidth size is not changed.
    /// - Either parameter **name** or **size** must be specified.
    /// - If a decimal fraction (for example **10.2**) or a character string (for example **"10"**) is specified, the specified value will be automatically converted to an integer.
    /// - The minimum increment for bandwidth adjustment varies depending on the bandwidth range. The details are as follows:
    /// - The minimum increment is 1 Mbit/s if the allowed bandwidth ranges from 0 Mbit/s to 300 Mbit/s (with 300 Mbit/s included).
    /// - The minimum increment is 50 Mbit/s if the allowed bandwidth ranges from 300 Mbit/s to 1000 Mbit/s (with 1000 Mbit/s included).
    /// - The minimum increment is 500 Mbit/s if the allowed bandwidth is greater than 1000 Mbit/s.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub size: Option<i64>,
}
crate::support::setters!(
    @ model UpdateBandwidthDescriptionOfTheBandwidthField { name : String, size : i64 }
);
/// Response parameter
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct UpdateBandwidthResponse {
    /// Specifies the bandwidth objects. For details, see Table 5.
    pub bandwidth: Option<
        crate::v1::types::BandwidthDescriptionOfTheBandwidthFieldResponse,
    >,
}
/// Request body parameter
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AssignEipRequest {
    /// Specifies the EIP object. For details, see Table 3.
    pub publicip: EipDescriptionOfThePublicipField,
    /// Specifies the bandwidth object. For details, see Table 4.
    pub bandwidth: EipDescriptionOfTheBandwidthField,
}
/// Description of the publicip field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EipDescriptionOfThePublicipField {
    /// - Specifies the EIP type.
    /// - Range:
    /// - For region **eu-de**: **5\_bgp** (Dynamic BGP), **5\_mailbgp** (Mail BGP), **5\_gray** (Dedicated Load Balancer), and **5\_dualStack**.
    /// - For region **eu-nl**: **5\_bgp** (Dynamic BGP), **5\_mailbgp** (Mail BGP), and **5\_dualStack**
    /// - Constraints:
    /// - The configured value must be supported by the system.
    /// - **publicip\_id** is an IPv4 port. If **publicip\_type** is not specified, the default value is **5\_bgp**.
    ///
    /// Wire name: `type`. Default: `5_bgp`.
    #[serde(rename = "type")]
    pub type_: String,
    /// - Specifies the EIP version.
    /// - The value can be **4** and **6**, indicating IPv4 address and IPv6 address, respectively. IPv6 is not supported currently.
    /// - Constraints:
    /// - The configured value must be supported by the system.
    /// - If this parameter is left blank or is an empty string, IPv4 address is created by default.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ip_version: Option<i64>,
    /// - Specifies the EIP name.
    /// - The value can contain 1 to 64 characters, including letters, digits, underscores (\_), hyphens (-), and periods (.).
    ///
    /// Length 1 to 64.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub alias: Option<String>,
}
crate::support::setters!(
    @ model EipDescriptionOfThePublicipField new(type_ : String) { ip_version : i64,
    alias : String }
);
/// Description of the bandwidth field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EipDescriptionOfTheBandwidthField {
    /// - Specifies the bandwidth name.
    /// - The value can contain 1 to 64 characters, including letters, digits, underscores (\_), hyphens (-), and periods (.).
    /// - This parameter is mandatory when **share\_type** is set to **PER**. This parameter will be ignored when **share\_type** is set to **WHOLE** with an ID specified.
    ///
    /// Length 1 to 64.
    pub name: String,
    /// - Specifies the bandwidth size.
    /// - The value ranges from 1 Mbit/s to 1000 Mbit/s by default. (The specific range may vary depending on the configuration in each region. You can see the bandwidth range of each region on the management console.)
    /// - This parameter is mandatory when **share\_type** is set to **PER**. This parameter will be ignored when **share\_type** is set to **WHOLE** with an ID specified.
    /// - The minimum increment for bandwidth adjustment varies depending on the bandwidth range. The details are as follows:
    /// - The minimum increment is 1 Mbit/s if the allowed bandwidth ranges from 0 Mbit/s to 300 Mbit/s (with 300 Mbit/s included).
    /// - The minimum increment is 50 Mbit/s if the allowed bandwidth ranges from 300 Mbit/s to 1000 Mbit/s (with 1000 Mbit/s included).
    /// - The minimum increment is 500 Mbit/s if the allowed bandwidth is greater than 1000 Mbit/s.
    pub size: i64,
    /// - Specifies the bandwidth ID. You can specify an existing shared bandwidth when assigning an EIP.
    /// - The value can be the ID of the shared bandwidth whose type is set to **WHOLE**.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// - Specifies the bandwidth type.
    /// - Range:
    /// - **PER**: Dedicated bandwidth
    /// - **WHOLE**: Shared bandwidth
    /// - If this parameter is set to **WHOLE**, the bandwidth ID must be specified.
    pub share_type: String,
    /// - Specifies whether the bandwidth is billed by traffic or by bandwidth size.
    /// - The value is **traffic**, indicating that the billing is based on traffic.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub charge_mode: Option<String>,
}
crate::support::setters!(
    @ model EipDescriptionOfTheBandwidthField new(name : String, size : i64, share_type :
    String) { id : String, charge_mode : String }
);
/// Response parameter
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AssignEipResponse {
    /// Specifies the EIP object. For details, see Table 6.
    pub publicip: Option<EipDescriptionOfThePublicipFieldResponse>,
}
/// Description of the publicip field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EipDescriptionOfThePublicipFieldResponse {
    /// Specifies the unique identifier of an EIP.
    pub id: Option<String>,
    /// - Specifies the EIP status.
    /// - Range:
    /// - **FREEZED** (Frozen)
    /// - **BIND\_ERROR** (Binding failed)
    /// - **BINDING** (Binding)
    /// - **PENDING\_DELETE** (Releasing)
    /// - **PENDING\_CREATE** (Assigning)
    /// - **PENDING\_UPDATE** (Updating)
    /// - **NOTIFYING** (Assigning)
    /// - **NOTIFY\_DELETE** (Release)
    /// - **DOWN** (Unbound)
    /// - **ACTIVE** (Bound)
    /// - **ELB** (Bound to a load balancer)
    /// - **VPN** (Bound to a VPN)
    /// - **ERROR** (Exceptions)
    pub status: Option<String>,
    /// - Specifies the EIP type.
    /// - Range:
    /// - For region **eu-de**: **5\_bgp** (Dynamic BGP), **5\_mailbgp** (Mail BGP), **5\_gray** (Dedicated Load Balancer), and **5\_dualStack**.
    /// - For region **eu-nl**: **5\_bgp** (Dynamic BGP), **5\_mailbgp** (Mail BGP), and **5\_dualStack**
    /// - Constraints:
    /// - The configured value must be supported by the system.
    /// - **publicip\_id** is an IPv4 port. If **publicip\_type** is not specified, the default value is **5\_bgp**.
    ///
    /// Wire name: `type`. Default: `5_bgp`.
    #[serde(rename = "type")]
    pub type_: Option<String>,
    /// Specifies the obtained EIP if only IPv4 EIPs are available.
    pub public_ip_address: Option<String>,
    /// Specifies the IP address version. The value can be **4** or **6**.
    ///
    /// - **4**: IPv4
    /// - **6**: IPv6 (IPv6 is not supported currently.)
    pub ip_version: Option<i64>,
    /// Specifies the project ID.
    pub tenant_id: Option<String>,
    /// Specifies the time (UTC) when the EIP is assigned.
    /// Format: *yyyy-MM-dd HH:mm:ss*
    pub create_time: Option<String>,
    /// Specifies the bandwidth (Mbit/s).
    pub bandwidth_size: Option<i64>,
    /// Specifies the EIP name.
    pub alias: Option<String>,
    /// - Specifies the enterprise project ID. The value is **0** or a string that contains a maximum of 36 characters in UUID format with hyphens (-).
    /// - When you assign an EIP, associate an enterprise project ID with the EIP.
    /// - If this parameter is not specified, the default value is **0**, which indicates that the default enterprise project is used.
    ///
    /// Default: `0`. Length at most 36.
    pub enterprise_project_id: Option<String>,
    /// Specifies whether it is in a central site or an edge site.
    /// Range:
    ///
    /// - center
    /// - *Edge site name* This resource can only be associated with an EIP of the same region.
    pub public_border_group: Option<String>,
}
/// Response parameter
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ShowEipResponse {
    /// Specifies the EIP object. For details, see Table 3.
    pub publicip: Option<ShowEipDescriptionOfThePublicipField>,
}
/// Description of the publicip field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ShowEipDescriptionOfThePublicipField {
    /// Specifies the unique identifier of an EIP.
    pub id: Option<String>,
    /// - Specifies the EIP status.
    /// - Possible values are as follows:
    /// - **FREEZED** (Frozen)
    /// - **BIND\_ERROR** (Binding failed)
    /// - **BINDING** (Binding)
    /// - **PENDING\_DELETE** (Releasing)
    /// - **PENDING\_CREATE** (Assigning)
    /// - **PENDING\_UPDATE** (Updating)
    /// - **NOTIFYING** (Assigning)
    /// - **NOTIFY\_DELETE** (Releasing)
    /// - **DOWN** (Unbound)
    /// - **ACTIVE** (Bound)
    /// - **ELB** (Bound to a load balancer)
    /// - **VPN** (Bound to a VPN)
    /// - **ERROR** (Exceptions)
    pub status: Option<String>,
    /// Specifies the additional parameters, including the order ID and product ID. For details, see Table 4.
    /// This parameter is not supported currently.
    pub profile: Option<EipDescriptionOfTheProfileField>,
    /// - Specifies the EIP type.
    /// - Range:
    /// - For region **eu-de**: **5\_bgp** (Dynamic BGP), **5\_mailbgp** (Mail BGP), **5\_gray** (Dedicated Load Balancer), and **5\_dualStack**.
    /// - For region **eu-nl**: **5\_bgp** (Dynamic BGP), **5\_mailbgp** (Mail BGP), and **5\_dualStack**
    /// - Constraints:
    /// - The configured value must be supported by the system.
    /// - **publicip\_id** is an IPv4 port. If **publicip\_type** is not specified, the default value is **5\_bgp**.
    ///
    /// Wire name: `type`. Default: `5_bgp`.
    #[serde(rename = "type")]
    pub type_: Option<String>,
    /// Specifies the obtained EIP if only IPv4 EIPs are available. Specifies the IPv4 address corresponding to the IPv6 address if IPv6 EIPs are available. IPv6 is not supported currently.
    pub public_ip_address: Option<String>,
    /// Specifies the IP address version. The value can be **4** or **6**.
    ///
    /// - **4**: IPv4
    /// - **6**: IPv6 (IPv6 is not supported currently.)
    pub ip_version: Option<i64>,
    /// - Specifies the private IP address bound to the EIP.
    /// - This parameter is returned only if the private IP address is bound to the EIP. This parameter is not displayed if the EIP is bound to a dedicated load balancer. This parameter is displayed if the EIP is bound to an ECS.
    pub private_ip_address: Option<String>,
    /// - Specifies the port ID.
    /// - This parameter is returned only when a port is associated with the EIP. The value of **port\_id** is null if the EIP is bound to a dedicated load balancer.
    pub port_id: Option<String>,
    /// Specifies the project ID.
    pub tenant_id: Option<String>,
    /// Specifies the time (UTC) when the EIP is assigned.
    /// Format: *yyyy-MM-dd HH:mm:ss*
    pub create_time: Option<String>,
    /// Specifies the ID of the EIP bandwidth.
    pub bandwidth_id: Option<String>,
    /// Specifies the bandwidth (Mbit/s).
    pub bandwidth_size: Option<i64>,
    /// - Specifies the EIP bandwidth type.
    /// - The value can be **PER** or **WHOLE**.
    /// - **PER**: Dedicated bandwidth
    /// - **WHOLE**: Shared bandwidth
    pub bandwidth_share_type: Option<PublicipbandwidthinfoShareType>,
    /// Specifies the bandwidth name.
    pub bandwidth_name: Option<String>,
    /// Specifies the EIP name.
    pub alias: Option<String>,
    /// - Specifies the enterprise project ID. The value is **0** or a string that contains a maximum of 36 characters in UUID format with hyphens (-).
    /// - When assigning an EIP, you need to associate an enterprise project ID with the EIP.
    /// - If this parameter is not specified, the default value is **0**, which indicates that the default enterprise project is used. This parameter is unsupported. Do not use it.
    ///
    /// Default: `0`. Length at most 36.
    pub enterprise_project_id: Option<String>,
    /// Specifies whether it is in a central site or an edge site.
    /// The value can be:
    ///
    /// - center
    /// - *Edge site name* An EIP can only be bound to a resource of the same region.
    pub public_border_group: Option<String>,
    /// Specifies types of the shared bandwidth that an EIP can be added to. If this parameter is left blank, the EIP cannot be added to any shared bandwidth.
    /// The EIP can be added only to the shared bandwidth of these types.
    pub allow_share_bandwidth_types: Option<Vec<String>>,
    /// Specifies the list of tags. The list elements are in the format of *key=value*.
    pub tags: Option<Vec<String>>,
}
/// Description of the profile field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EipDescriptionOfTheProfileField {
    /// Specifies the order ID.
    pub order_id: Option<String>,
    /// Specifies the product ID.
    pub product_id: Option<String>,
    /// Specifies the region ID.
    pub region_id: Option<String>,
    /// Specifies the user ID.
    pub user_id: Option<String>,
}
/// Response parameter
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ShowEiPsResponse {
    /// Specifies the EIP object. For details, see Table 3.
    pub publicips: Option<Vec<EiPsDescriptionOfThePublicipsField>>,
}
/// Description of the publicips field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EiPsDescriptionOfThePublicipsField {
    /// Specifies the unique identifier of an EIP.
    pub id: Option<String>,
    /// - Specifies the EIP status.
    /// - Possible values are as follows:
    /// - **FREEZED** (Frozen)
    /// - **BIND\_ERROR** (Binding failed)
    /// - **BINDING** (Binding)
    /// - **PENDING\_DELETE** (Releasing)
    /// - **PENDING\_CREATE** (Assigning)
    /// - **PENDING\_UPDATE** (Updating)
    /// - **DOWN** (Unbound)
    /// - **ACTIVE** (Bound)
    /// - **ELB** (Bound to a load balancer)
    /// - **ERROR** (Exceptions)
    pub status: Option<String>,
    /// Specifies the additional parameters, including the order ID and product ID. For details, see Table 4.
    /// This parameter is not supported currently.
    pub profile: Option<EipDescriptionOfTheProfileField>,
    /// - Specifies the EIP type.
    /// - Range:
    /// - For region **eu-de**: **5\_bgp** (Dynamic BGP), **5\_mailbgp** (Mail BGP), **5\_gray** (Dedicated Load Balancer), and **5\_dualStack**.
    /// - For region **eu-nl**: **5\_bgp** (Dynamic BGP), **5\_mailbgp** (Mail BGP), and **5\_dualStack**
    /// - Constraints:
    /// - The configured value must be supported by the system.
    /// - **publicip\_id** is an IPv4 port. If **publicip\_type** is not specified, the default value is **5\_bgp**.
    ///
    /// Wire name: `type`. Default: `5_bgp`.
    #[serde(rename = "type")]
    pub type_: Option<String>,
    /// Specifies the obtained EIP if only IPv4 EIPs are available.
    pub public_ip_address: Option<String>,
    /// Specifies the IP address version. The value can be **4** or **6**.
    ///
    /// - **4**: IPv4
    /// - **6**: IPv6 (IPv6 is not supported currently.)
    pub ip_version: Option<i64>,
    /// - Specifies the private IP address bound to the EIP.
    /// - This parameter is returned only if the private IP address is bound to the EIP. This parameter is not displayed if the EIP is bound to a dedicated load balancer. This parameter is displayed if the EIP is bound to an ECS.
    pub private_ip_address: Option<String>,
    /// - Specifies the port ID.
    /// - This parameter is returned only when a port is associated with the EIP. The value of **port\_id** is null if the EIP is bound to a dedicated load balancer.
    pub port_id: Option<String>,
    /// Specifies the project ID.
    pub tenant_id: Option<String>,
    /// Specifies the time (UTC) when the EIP is assigned.
    /// Format: *yyyy-MM-dd HH:mm:ss*
    pub create_time: Option<String>,
    /// Specifies the ID of the EIP bandwidth.
    pub bandwidth_id: Option<String>,
    /// Specifies the bandwidth (Mbit/s).
    pub bandwidth_size: Option<i64>,
    /// - Specifies the EIP bandwidth type.
    /// - The value can be **PER** or **WHOLE**.
    /// - **PER**: Dedicated bandwidth
    /// - **WHOLE**: Shared bandwidth
    pub bandwidth_share_type: Option<PublicipbandwidthinfoShareType>,
    /// Specifies the bandwidth name.
    pub bandwidth_name: Option<String>,
    /// Specifies the EIP name.
    pub alias: Option<String>,
    /// - Specifies the enterprise project ID. The value is **0** or a string that contains a maximum of 36 characters in UUID format with hyphens (-).
    /// - When assigning an EIP, you need to associate an enterprise project ID with the EIP.
    /// - If this parameter is not specified, the default value is **0**, which indicates that the default enterprise project is used. This parameter is unsupported. Do not use it.
    ///
    /// Default: `0`. Length at most 36.
    pub enterprise_project_id: Option<String>,
    /// Specifies whether it is in a central site or an edge site.
    /// The value can be:
    ///
    /// - center
    /// - *Edge site name* An EIP can only be bound to a resource of the same region.
    pub public_border_group: Option<String>,
    /// - Specifies the types of the shared bandwidth to which the EIP can be added.
    /// - If the list is empty, the EIP cannot be added to any shared bandwidth.
    /// - The EIP can be added only to the shared bandwidth of these types.
    pub allow_share_bandwidth_types: Option<Vec<String>>,
    /// Specifies the list of tags. The list elements are in the format of *key=value*.
    pub tags: Option<Vec<String>>,
}
/// Request parameter
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct UpdateEipRequest {
    /// Specifies the EIP object. For details, see Table 3.
    pub publicip: UpdateEipDescriptionOfThePublicipField,
}
/// Description of the publicip field
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct UpdateEipDescriptionOfThePublicipField {
    /// - Specifies the port ID.
    /// - The value must be an existing port ID. If this parameter is not included or the parameter value is left blank, the EIP is unbound. If the specified port ID does not exist or has already been bound with an EIP, an error message will be displayed.
    /// - Leaving this parameter blank does not unbind the EIP from the dedicated load balancer.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub port_id: Option<String>,
    /// - Specifies the EIP name.
    /// - The value can contain 1 to 64 characters, including letters, digits, underscores (\_), hyphens (-), and periods (.).
    ///
    /// Length 1 to 64.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub alias: Option<String>,
}
crate::support::setters!(
    @ model UpdateEipDescriptionOfThePublicipField { port_id : String, alias : String }
);
/// Response parameter
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct UpdateEipResponse {
    /// Specifies the EIP object. For details, see Table 5.
    pub publicip: Option<EipDescriptionOfThePublicipsField>,
}
/// Description of the publicips field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EipDescriptionOfThePublicipsField {
    /// Specifies the unique identifier of an EIP.
    pub id: Option<String>,
    /// - Specifies the EIP status.
    /// - Possible values are as follows:
    /// - **FREEZED** (Frozen)
    /// - **BIND\_ERROR** (Binding failed)
    /// - **BINDING** (Binding)
    /// - **PENDING\_DELETE** (Releasing)
    /// - **PENDING\_CREATE** (Assigning)
    /// - **PENDING\_UPDATE** (Updating)
    /// - **NOTIFYING** (Assigning)
    /// - **NOTIFY\_DELETE** (Releasing)
    /// - **DOWN** (Unbound)
    /// - **ACTIVE** (Bound)
    /// - **ELB** (Bound to a load balancer)
    /// - **VPN** (Bound to a VPN)
    /// - **ERROR** (Exceptions)
    pub status: Option<String>,
    /// Specifies the additional parameters, including the order ID and product ID. For details, see Table 6.
    /// This parameter is not supported currently.
    pub profile: Option<EipDescriptionOfTheProfileField>,
    /// - Specifies the EIP type.
    /// - Range:
    /// - For region **eu-de**: **5\_bgp** (Dynamic BGP), **5\_mailbgp** (Mail BGP), **5\_gray** (Dedicated Load Balancer), and **5\_dualStack**.
    /// - For region **eu-nl**: **5\_bgp** (Dynamic BGP), **5\_mailbgp** (Mail BGP), and **5\_dualStack**
    /// - Constraints:
    /// - The configured value must be supported by the system.
    /// - **publicip\_id** is an IPv4 port. If **publicip\_type** is not specified, the default value is **5\_bgp**.
    ///
    /// Wire name: `type`. Default: `5_bgp`.
    #[serde(rename = "type")]
    pub type_: Option<String>,
    /// Specifies the obtained EIP if only IPv4 EIPs are available. (IPv6 is not supported currently.)
    pub public_ip_address: Option<String>,
    /// Specifies the IP address version. The value can be **4** or **6**.
    ///
    /// - **4**: IPv4
    /// - **6**: IPv6 (IPv6 is not supported currently.)
    pub ip_version: Option<i64>,
    /// - Specifies the private IP address bound to the EIP.
    /// - This parameter is returned only when a port is associated with the EIP. This parameter is not displayed if the EIP is bound to a dedicated load balancer. This parameter is displayed if the EIP is bound to an ECS.
    pub private_ip_address: Option<String>,
    /// - Specifies the port ID.
    /// - This parameter is returned only when a port is associated with the EIP. The value of **port\_id** is null if the EIP is bound to a dedicated load balancer.
    pub port_id: Option<String>,
    /// Specifies the project ID.
    pub tenant_id: Option<String>,
    /// Specifies the time (UTC) when the EIP is assigned.
    /// Format: *yyyy-MM-dd HH:mm:ss*
    pub create_time: Option<String>,
    /// Specifies the ID of the EIP bandwidth.
    pub bandwidth_id: Option<String>,
    /// Specifies the bandwidth (Mbit/s).
    pub bandwidth_size: Option<i64>,
    /// - Specifies the EIP bandwidth type.
    /// - The value can be **PER** or **WHOLE**.
    /// - **PER**: Dedicated bandwidth
    /// - **WHOLE**: Shared bandwidth
    pub bandwidth_share_type: Option<PublicipbandwidthinfoShareType>,
    /// Specifies the EIP name.
    pub alias: Option<String>,
    /// - Specifies the enterprise project ID. The value is **0** or a string that contains a maximum of 36 characters in UUID format with hyphens (-).
    /// - When you assign an EIP, associate an enterprise project ID with the EIP.
    /// - If this parameter is not specified, the default value is **0**, which indicates that the default enterprise project is used. This parameter is unsupported. Do not use it.
    ///
    /// Default: `0`. Length at most 36.
    pub enterprise_project_id: Option<String>,
    /// Specifies whether it is in a central site or an edge site.
    /// The value can be:
    ///
    /// - center
    /// - *Edge site name* An EIP can only be bound to a resource of the same region.
    pub public_border_group: Option<String>,
}
/// Request parameter
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AssignPrivateIpAddressRequest {
    /// Specifies the private IP addresses. For details, see Table 3.
    /// By default, a maximum of 20 private IP addresses can be assigned.
    pub privateips: Vec<PrivateIpAddressDescriptionOfThePrivateipField>,
}
/// Description of the privateip field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct PrivateIpAddressDescriptionOfThePrivateipField {
    /// Specifies the ID of the subnet from which IP addresses are assigned.
    /// If you use the management console, the value of this parameter is the **Network ID** value.
    pub subnet_id: String,
    /// - Specifies the target IP address.
    /// - The value can be an available IP address in the subnet. If it is not specified, the system automatically assigns an IP address.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ip_address: Option<String>,
}
crate::support::setters!(
    @ model PrivateIpAddressDescriptionOfThePrivateipField new(subnet_id : String) {
    ip_address : String }
);
/// Response parameter
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AssignPrivateIpAddressResponse {
    /// Specifies the private IP address objects. For details, see Table 5.
    pub privateips: Option<Vec<IpAddressDescriptionOfThePrivateipFieldResponse>>,
}
crate::support::open_enum!(
    #[doc =
    " - Specifies the resource using the private IP address. The parameter is left blank if it is not used."]
    #[doc = " - The value can be:"] #[doc =
    " - **network:dhcp**: DHCP service IP address"] #[doc =
    " - **network:router\\_interface\\_distributed**: Gateway IP address"] #[doc =
    " - \\*\\*compute:\\*\\**xxx* (*xxx* indicates the AZ name. For example, **compute:aa-bb-cc** indicates that the IP address is used by an ECS in the AZ aa-bb-cc.): IP address of an ECS NIC"]
    #[doc = " - **neutron:VIP\\_PORT**: Virtual IP address"] #[doc =
    " - **neutron:LOADBALANCERV2**: IP address of a shared load balancer"] #[doc =
    " - **neutron:LOADBALANCERV3**: IP address of a dedicated load balancer"] #[doc =
    " - **network:endpoint\\_interface**: IP address of a VPC endpoint"] #[doc =
    " - **network:nat\\_gateway**: IP address used by a NAT gateway"] #[doc =
    " - The value range specifies only the type of private IP addresses supported by the current service."]
    IpAddressDescriptionOfThePrivateipFieldResponseDeviceOwner { NetworkDhcp =
    "network:dhcp", NetworkRouterInterfaceDistributed =
    "network:router_interface_distributed" }
);
/// Description of the privateip field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct IpAddressDescriptionOfThePrivateipFieldResponse {
    /// - Specifies the status of the private IP address.
    /// - Possible values are as follows:
    /// - **ACTIVE**
    /// - **DOWN**
    pub status: Option<String>,
    /// Specifies the ID of the private IP address, which uniquely identifies the private IP address.
    pub id: Option<String>,
    /// Specifies the ID of the subnet from which IP addresses are assigned.
    /// If you use the management console, the value of this parameter is the **Network ID** value.
    pub subnet_id: Option<String>,
    /// Specifies the project ID.
    pub tenant_id: Option<String>,
    /// - Specifies the resource using the private IP address. The parameter is left blank if it is not used.
    /// - The value can be:
    /// - **network:dhcp**: DHCP service IP address
    /// - **network:router\_interface\_distributed**: Gateway IP address
    /// - \*\*compute:\*\**xxx* (*xxx* indicates the AZ name. For example, **compute:aa-bb-cc** indicates that the IP address is used by an ECS in the AZ aa-bb-cc.): IP address of an ECS NIC
    /// - **neutron:VIP\_PORT**: Virtual IP address
    /// - **neutron:LOADBALANCERV2**: IP address of a shared load balancer
    /// - **neutron:LOADBALANCERV3**: IP address of a dedicated load balancer
    /// - **network:endpoint\_interface**: IP address of a VPC endpoint
    /// - **network:nat\_gateway**: IP address used by a NAT gateway
    /// - The value range specifies only the type of private IP addresses supported by the current service.
    pub device_owner: Option<IpAddressDescriptionOfThePrivateipFieldResponseDeviceOwner>,
    /// Specifies the assigned private IP address.
    pub ip_address: Option<String>,
}
/// Response parameter
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListPrivateIpAddressDetailsResponse {
    /// Specifies the private IP address objects. For details, see Table 3.
    pub privateip: Option<IpAddressDescriptionOfThePrivateipFieldResponse>,
}
/// Request parameter
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListPrivateIpAddressesResponse {
    /// Specifies the private IP address objects. For details, see Table 3.
    pub privateips: Option<Vec<IpAddressDescriptionOfThePrivateipFieldResponse>>,
}
/// Response parameter
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListQuotasResponse {
    /// Specifies the quota object. For details, see Table 3.
    pub quotas: Option<QuotaDescriptionOfTheQuotasField>,
}
/// Description of the quotas field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct QuotaDescriptionOfTheQuotasField {
    /// Specifies the resource objects. For details, see Table 4.
    pub resources: Option<Vec<QuotaDescriptionOfTheResourceField>>,
}
/// Description of the resource field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct QuotaDescriptionOfTheResourceField {
    /// - Specifies the resource type.
    /// - Values:
    /// - **vpc**: VPC
    /// - **subnet**: Subnet
    /// - **securityGroup**: Security group
    /// - **securityGroupRule**: Security group rule
    /// - **publicIp**: EIP
    /// - **vpn**: VPN
    /// - **vpcPeer**: VPC peering connection
    /// - **loadbalancer**: Load balancer
    /// - **listener**: Load balancer listener
    /// - **physicalConnect**: Direct Connect connection
    /// - **virtualInterface**: Virtual interface
    /// - **firewall**: Firewall
    /// - **shareBandwidthIP**: IP address added to a shared bandwidth
    /// - **shareBandwidth**: Shared bandwidth
    /// - **address\_group**: IP address group
    /// - **flow\_log**: VPC flow log
    /// - **vpcContainRoutetable**: Number of route tables associated with a VPC
    /// - **routetableContainRoutes**: Number of routes in a route table
    ///
    /// Wire name: `type`.
    #[serde(rename = "type")]
    pub type_: Option<String>,
    /// - Specifies the number of created network resources.
    /// - The value ranges from **0** to the value of **quota**.
    pub used: Option<i64>,
    /// - Specifies the maximum quota values for the resources.
    /// - The value ranges from the default quota value to the maximum quota value.
    pub quota: Option<i64>,
    /// Specifies the minimum quota value allowed.
    pub min: Option<i64>,
}
/// Request parameter
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AssociateSubnetsRequest {
    /// Specifies the route table. For details, see Table 3.
    pub routetable: SubnetDescriptionOfTheRoutetableField,
}
/// Description of the routetable field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SubnetDescriptionOfTheRoutetableField {
    /// - Specifies the subnets associated with the route table.
    /// - Only subnets (specified by **network\_id**) in the VPC that the route table belongs to can be associated with the route table.
    pub subnets: SubnetDescriptionOfTheSubnetField,
}
crate::support::setters!(
    @ model SubnetDescriptionOfTheRoutetableField new(subnets :
    SubnetDescriptionOfTheSubnetField) {}
);
/// Description of the subnet field
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SubnetDescriptionOfTheSubnetField {
    /// Specifies a list of IDs of the subnets to be associated with the route table.
    /// By default, a route table can be associated with a maximum of 100 subnets.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub associate: Option<Vec<String>>,
    /// Specifies a list of IDs of the subnets to be disassociated from the route table.
    /// By default, a route table can be disassociated from a maximum of 100 subnets.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub disassociate: Option<Vec<String>>,
}
crate::support::setters!(
    @ model SubnetDescriptionOfTheSubnetField { associate : Vec < String >, disassociate
    : Vec < String > }
);
/// Response parameter
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AssociateSubnetsResponse {
    /// Specifies the route table. For details, see Table 6.
    pub routetable: Option<SubnetDescriptionOfTheRoutetableFieldResponse>,
}
/// Description of the routetable field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SubnetDescriptionOfTheRoutetableFieldResponse {
    /// - Specifies the route table ID, which uniquely identifies the route table.
    /// - The value must be in standard UUID format.
    pub id: Option<String>,
    /// - Specifies the route table name.
    /// - The value can contain up to 64 characters, including letters, digits, underscores (\_), hyphens (-), and periods (.).
    ///
    /// Length at most 64.
    pub name: Option<String>,
    /// - Specifies whether the route table is the default one.
    /// - The value can be **true** (default route table) or **false** (custom route table).
    pub default: Option<bool>,
    /// - Specifies the route list. For details, see Table 7.
    /// - Each route table can have a maximum of 200 routes.
    pub routes: Option<Vec<SubnetDescriptionOfTheRouteField>>,
    /// - Specifies the subnets associated with the route table. For details, see Table 8.
    /// - Only subnets in the VPC to which the route table belongs can be associated with the route table.
    pub subnets: Option<Vec<SubnetDescriptionOfTheSubnetFieldResponse>>,
    /// - Specifies the project ID.
    pub tenant_id: Option<String>,
    /// - Specifies the ID of the VPC associated with the route table.
    pub vpc_id: Option<String>,
    /// - Provides supplementary information about the route table.
    /// - The value can contain no more than 255 characters and cannot contain angle brackets (\< or \>).
    ///
    /// Length at most 255.
    pub description: Option<String>,
    /// - Specifies the time (UTC) when the route table is created.
    /// - Format: *yyyy-MM-ddTHH:mm:ss*
    pub created_at: Option<String>,
    /// - Specifies the time (UTC) when the route table is updated.
    /// - Format: *yyyy-MM-ddTHH:mm:ss*
    pub updated_at: Option<String>,
}
/// Description of the route field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SubnetDescriptionOfTheRouteField {
    /// - Specifies the route type.
    /// - Values:
    /// - **ecs** (ECS)
    /// - **eni** (NIC)
    /// - **vip** (Virtual IP address)
    /// - **nat** (NAT gateway)
    /// - **peering** (VPC peering connection)
    /// - **vpn** (VPN)
    /// - **dc** (Direct Connect connection)
    /// - **egw**: VPC endpoint. This route type is not supported.
    /// - **er**: enterprise router
    /// - **subeni**: supplementary network interface. This type of route cannot be created or updated by users.
    /// - **local**: reserved CIDR block. The destination CIDR block of the route configured cannot overlap with that defined by **local**.
    ///
    /// Wire name: `type`.
    #[serde(rename = "type")]
    pub type_: Option<String>,
    /// - Specifies the destination CIDR block of a route.
    /// - Constraints: The value must be in valid IPv4 or IPv6 CIDR formats.
    pub destination: Option<String>,
    /// - Specifies the ID of the next hop in the route.
    /// - Values:
    /// - When **type** is **ecs**, the value is an ECS ID.
    /// - When **type** is **eni**, the value is an extension NIC ID.
    /// - When **type** is **vip**, the value is a virtual IP address.
    /// - When **type** is **nat**, the value is a NAT gateway ID.
    /// - When **type** is **peering**, the value is a VPC peering connection ID.
    /// - When **type** is **vpn**, the value is a VPN ID.
    /// - When **type** is **dc**, the value is a Direct Connect connection ID.
    /// - When **type** is set to **egw**, the value is a VPC endpoint ID.
    /// - When **type** is set to **er**, the value is the ID of an enterprise router.
    /// - When **type** is set to **subeni**, the value is the ID of a supplementary network interface.
    pub nexthop: Option<String>,
    /// - Provides supplementary information about the route.
    /// - The value can contain up to 255 characters and cannot contain angle brackets (\< or \>).
    ///
    /// Length at most 255.
    pub description: Option<String>,
}
/// Description of the subnet field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SubnetDescriptionOfTheSubnetFieldResponse {
    /// Specifies the ID of the subnet associated with the route table.
    pub id: Option<String>,
}
/// Request parameter
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CreateRouteTableRequest {
    /// Specifies the route table. For details, see Table 3.
    pub routetable: RouteTableDescriptionOfTheRoutetableField,
}
/// Description of the routetable field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct RouteTableDescriptionOfTheRoutetableField {
    /// - Specifies the route table name.
    /// - The value can contain up to 64 characters, including letters, digits, underscores (\_), hyphens (-), and periods (.).
    ///
    /// Length at most 64.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// - Specifies the route list. For details, see Table 4.
    /// - Each route table can have a maximum of 200 routes.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub routes: Option<Vec<RouteTableDescriptionOfTheRouteField>>,
    /// - Specifies the ID of the VPC associated with the route table.
    pub vpc_id: String,
    /// - Provides supplementary information about the route table.
    /// - The value can contain no more than 255 characters and cannot contain angle brackets (\< or \>).
    ///
    /// Length at most 255.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}
crate::support::setters!(
    @ model RouteTableDescriptionOfTheRoutetableField new(vpc_id : String) { name :
    String, routes : Vec < RouteTableDescriptionOfTheRouteField >, description : String }
);
/// Description of the route field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct RouteTableDescriptionOfTheRouteField {
    /// - Specifies the route type.
    /// - Values:
    /// - **ecs** (ECS)
    /// - **eni** (NIC)
    /// - **vip** (Virtual IP address)
    /// - **nat** (NAT gateway)
    /// - **peering** (VPC peering connection)
    /// - **vpn** (VPN)
    /// - **dc** (Direct Connect connection)
    /// - **egw**: VPC endpoint. This route type is not supported.
    /// - **er**: enterprise router
    /// - **subeni**: supplementary network interface. This type of route cannot be created or updated by users.
    /// - **local**: reserved CIDR block. The destination CIDR block of the route configured cannot overlap with that defined by **local**.
    ///
    /// Wire name: `type`.
    #[serde(rename = "type")]
    pub type_: String,
    /// - Specifies the destination CIDR block of a route.
    /// - Constraints: The value must be in valid IPv4 or IPv6 CIDR formats.
    pub destination: String,
    /// - Specifies the ID of the next hop in the route.
    /// - Values:
    /// - When **type** is **ecs**, the value is an ECS ID.
    /// - When **type** is **eni**, the value is an extension NIC ID.
    /// - When **type** is **vip**, the value is a virtual IP address.
    /// - When **type** is **nat**, the value is a NAT gateway ID.
    /// - When **type** is **peering**, the value is a VPC peering connection ID.
    /// - When **type** is **vpn**, the value is a VPN ID.
    /// - When **type** is **dc**, the value is a Direct Connect connection ID.
    /// - When **type** is set to **egw**, the value is a VPC endpoint ID.
    /// - When **type** is set to **er**, the value is the ID of an enterprise router.
    /// - When **type** is set to **subeni**, the value is the ID of a supplementary network interface.
    pub nexthop: String,
    /// - Provides supplementary information about the route.
    /// - The value can contain up to 255 characters and cannot contain angle brackets (\< or \>).
    ///
    /// Length at most 255.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}
crate::support::setters!(
    @ model RouteTableDescriptionOfTheRouteField new(type_ : String, destination :
    String, nexthop : String) { description : String }
);
/// Response parameter
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CreateRouteTableResponse {
    /// Specifies the route table. For details, see Table 6.
    pub routetable: Option<TableDescriptionOfTheRoutetableFieldResponse>,
}
/// Description of the routetable field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct TableDescriptionOfTheRoutetableFieldResponse {
    /// - Specifies the route table ID, which uniquely identifies the route table.
    /// - The value must be in standard UUID format.
    pub id: Option<String>,
    /// - Specifies the route table name.
    /// - The value can contain up to 64 characters, including letters, digits, underscores (\_), hyphens (-), and periods (.).
    ///
    /// Length at most 64.
    pub name: Option<String>,
    /// - Specifies whether the route table is the default one.
    /// - The value can be **true** (default route table) or **false** (custom route table).
    pub default: Option<bool>,
    /// - Specifies the routes. For details, see Table 7.
    /// - Each route table can have a maximum of 200 routes.
    pub routes: Option<Vec<SubnetDescriptionOfTheRouteField>>,
    /// - Specifies the subnets associated with the route table. For details, see Table 8.
    /// - Only subnets in the VPC that the route table belongs to can be associated with the route table.
    pub subnets: Option<Vec<SubnetDescriptionOfTheSubnetFieldResponse>>,
    /// - Specifies the project ID.
    pub tenant_id: Option<String>,
    /// - Specifies the ID of the VPC associated with the route table.
    pub vpc_id: Option<String>,
    /// - Provides supplementary information about the route table.
    /// - The value can contain up to 255 characters and cannot contain angle brackets (\< or \>).
    ///
    /// Length at most 255.
    pub description: Option<String>,
    /// - Specifies the time (UTC) when the resource was created.
    /// - Format: *yyyy-MM-ddTHH:mm:ss*
    pub created_at: Option<String>,
    /// - Specifies the time (UTC) when the resource was updated.
    /// - Format: *yyyy-MM-ddTHH:mm:ss*
    pub updated_at: Option<String>,
}
/// Request parameter
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct DisassociateRouteTableSubnetsRequest {
    /// Specifies the route table. For details, see Table 3.
    pub routetable: RouteTableSubnetDescriptionOfTheRoutetableField,
}
/// Description of the routetable field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct RouteTableSubnetDescriptionOfTheRoutetableField {
    /// - Specifies the subnets associated with the route table.
    /// - Only subnets (specified by **network\_id**) in the VPC that the route table belongs to can be associated with the route table.
    pub subnets: RouteTableSubnetDescriptionOfTheSubnetField,
}
crate::support::setters!(
    @ model RouteTableSubnetDescriptionOfTheRoutetableField new(subnets :
    RouteTableSubnetDescriptionOfTheSubnetField) {}
);
/// Description of the subnet field
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct RouteTableSubnetDescriptionOfTheSubnetField {
    /// Specifies the IDs of the subnets to be associated with the route table.
    /// By default, a route table can be associated with a maximum of 100 subnets.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub associate: Option<Vec<String>>,
    /// Specifies the IDs of the subnets to be disassociated from the route table.
    /// By default, a route table can be disassociated from a maximum of 100 subnets.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub disassociate: Option<Vec<String>>,
}
crate::support::setters!(
    @ model RouteTableSubnetDescriptionOfTheSubnetField { associate : Vec < String >,
    disassociate : Vec < String > }
);
/// Response parameter
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ShowRouteTableResponse {
    /// Specifies the route table. For details, see Table 3.
    pub routetable: Option<ShowRouteTableDescriptionOfTheRoutetableField>,
}
/// Description of the routetable field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ShowRouteTableDescriptionOfTheRoutetableField {
    /// - Specifies the route table ID that uniquely identifies the route table.
    /// - The value must be in standard UUID format.
    pub id: Option<String>,
    /// - Specifies the route table name.
    /// - The value can contain up to 64 characters, including letters, digits, underscores (\_), hyphens (-), and periods (.).
    ///
    /// Length at most 64.
    pub name: Option<String>,
    /// - Specifies whether the route table is the default one.
    /// - The value can be **true** (default route table) or **false** (custom route table).
    pub default: Option<bool>,
    /// - Specifies the route list. For details, see Table 4.
    /// - Each route table can have a maximum of 200 routes.
    pub routes: Option<Vec<SubnetDescriptionOfTheRouteField>>,
    /// - Specifies the subnets associated with the route table. For details, see Table 5.
    /// - Only subnets in the VPC to which the route table belongs can be associated with the route table.
    pub subnets: Option<Vec<SubnetDescriptionOfTheSubnetFieldResponse>>,
    /// - Specifies the project ID.
    pub tenant_id: Option<String>,
    /// - Specifies the ID of the VPC associated with the route table.
    pub vpc_id: Option<String>,
    /// - Provides supplementary information about the route table.
    /// - The value can contain up to 255 characters and cannot contain angle brackets (\< or \>).
    ///
    /// Length at most 255.
    pub description: Option<String>,
    /// - Specifies the time (UTC) when the route table is created.
    /// - Format: *yyyy-MM-ddTHH:mm:ss*
    pub created_at: Option<String>,
    /// - Specifies the time (UTC) when the route table is updated.
    /// - Format: *yyyy-MM-ddTHH:mm:ss*
    pub updated_at: Option<String>,
}
/// Response parameter
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListRouteTablesResponse {
    /// Specifies the route table list. For details, see Table 3.
    pub routetables: Option<Vec<ListRouteTablesDescriptionOfTheRoutetableField>>,
}
/// Description of the routetable field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListRouteTablesDescriptionOfTheRoutetableField {
    /// - Specifies the route table ID that uniquely identifies a route table.
    /// - The value must be in standard UUID format.
    pub id: Option<String>,
    /// - Specifies the route table name.
    /// - The value can contain up to 64 characters, including letters, digits, underscores (\_), hyphens (-), and periods (.).
    ///
    /// Length at most 64.
    pub name: Option<String>,
    /// - Specifies whether the route table is the default one.
    /// - The value can be **true** (default route table) or **false** (custom route table).
    pub default: Option<bool>,
    /// - Specifies the route list. For details, see Table 4.
    /// - Each route table can have a maximum of 200 routes.
    pub routes: Option<Vec<SubnetDescriptionOfTheRouteField>>,
    /// - Specifies the subnets associated with the route table. For details, see Table 5.
    /// - Only subnets in the VPC to which the route table belongs can be associated with the route table.
    pub subnets: Option<Vec<SubnetDescriptionOfTheSubnetFieldResponse>>,
    /// - Specifies the project ID.
    pub tenant_id: Option<String>,
    /// - Specifies the ID of the VPC associated with the route table.
    pub vpc_id: Option<String>,
    /// - Provides supplementary information about the route table.
    /// - The value can contain up to 255 characters and cannot contain angle brackets (\< or \>).
    ///
    /// Length at most 255.
    pub description: Option<String>,
    /// - Specifies the time (UTC) when the route table is created.
    /// - Format: *yyyy-MM-ddTHH:mm:ss*
    pub created_at: Option<String>,
    /// - Specifies the time (UTC) when the route table is updated.
    /// - Format: *yyyy-MM-ddTHH:mm:ss*
    pub updated_at: Option<String>,
}
/// Request parameter
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct UpdateRouteTableRequest {
    /// Specifies the route table. For details, see Table 3.
    pub routetable: UpdateRouteTableDescriptionOfTheRoutetableField,
}
/// Description of the routetable field
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct UpdateRouteTableDescriptionOfTheRoutetableField {
    /// - Specifies the route table name.
    /// - The value can contain 1 to 64 characters, including letters, digits, underscores (\_), hyphens (-), and periods (.).
    ///
    /// Length 1 to 64.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// - Provides supplementary information about the route.
    /// - The value can contain up to 255 characters and cannot contain angle brackets (\< or \>).
    ///
    /// Length at most 255.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// - Specifies the route list. For details, see Table 4.
    /// - Constraints:
    /// - Each route table can have a maximum of 200 routes.
    /// - The destination cannot be modified directly. To modify the destination, run the **del** command to delete the corresponding route, and then run the **add** command to add a route.
    /// - Specifies the operation to perform. Possible values are as follows:
    /// - **add**: Adds a route. Parameters **type**, **destination**, and **nexthop** are mandatory.
    /// - **mod**: Modifies a route. Parameters **type**, **destination**, and **nexthop** are mandatory.
    /// - **del**: Deletes a route. Parameter **destination** is mandatory.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub routes: Option<Routetablerouteaction>,
}
crate::support::setters!(
    @ model UpdateRouteTableDescriptionOfTheRoutetableField { name : String, description
    : String, routes : Routetablerouteaction }
);
/// Description of the route field
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Routetablerouteaction {
    /// Adds a route. For details, see Table 5.
    /// Parameters **type**, **destination**, and **nexthop** are mandatory.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub add: Option<Vec<RouteTableFieldOfAddingARoute>>,
    /// Modifies a route. For details, see Table 6.
    /// Parameters **type**, **destination**, and **nexthop** are mandatory.
    ///
    /// Wire name: `mod`.
    #[serde(rename = "mod", skip_serializing_if = "Option::is_none")]
    pub mod_: Option<Vec<RouteTableFieldOfModifyingARoute>>,
    /// Deletes a route. For details, see Table 7.
    /// Parameter **destination** is mandatory.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub del: Option<Vec<RouteTableFieldOfDeletingARoute>>,
}
crate::support::setters!(
    @ model Routetablerouteaction { add : Vec < RouteTableFieldOfAddingARoute >, mod_ :
    Vec < RouteTableFieldOfModifyingARoute >, del : Vec < RouteTableFieldOfDeletingARoute
    > }
);
/// Field description of adding a route
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct RouteTableFieldOfAddingARoute {
    /// - Specifies the route type.
    /// - Values:
    /// - **ecs** (ECS)
    /// - **eni** (NIC)
    /// - **vip** (Virtual IP address)
    /// - **nat** (NAT gateway)
    /// - **peering** (VPC peering connection)
    /// - **vpn** (VPN)
    /// - **dc** (Direct Connect connection)
    /// - **egw**: VPC endpoint. This route type is not supported.
    /// - **er**: enterprise router
    /// - **subeni**: supplementary network interface. This type of route cannot be created or updated by users.
    /// - **local**: reserved CIDR block. The destination CIDR block of the route configured cannot overlap with that defined by **local**.
    ///
    /// Wire name: `type`.
    #[serde(rename = "type")]
    pub type_: String,
    /// - Specifies the destination CIDR block of a route.
    /// - Constraints: The value must be in valid IPv4 or IPv6 CIDR formats.
    pub destination: String,
    /// - Specifies the ID of the next hop in the route.
    /// - Values:
    /// - When **type** is **ecs**, the value is an ECS ID.
    /// - When **type** is **eni**, the value is an extension NIC ID.
    /// - When **type** is **vip**, the value is a virtual IP address.
    /// - When **type** is **nat**, the value is a NAT gateway ID.
    /// - When **type** is **peering**, the value is a VPC peering connection ID.
    /// - When **type** is **vpn**, the value is a VPN ID.
    /// - When **type** is **dc**, the value is a Direct Connect connection ID.
    /// - When **type** is set to **egw**, the value is a VPC endpoint ID.
    /// - When **type** is set to **er**, the value is the ID of an enterprise router.
    /// - When **type** is set to **subeni**, the value is the ID of a supplementary network interface.
    pub nexthop: String,
    /// - Provides supplementary information about the route.
    /// - The value can contain up to 255 characters and cannot contain angle brackets (\< or \>).
    ///
    /// Length at most 255.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}
crate::support::setters!(
    @ model RouteTableFieldOfAddingARoute new(type_ : String, destination : String,
    nexthop : String) { description : String }
);
/// Field description of modifying a route
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct RouteTableFieldOfModifyingARoute {
    /// - Specifies the route type.
    /// - Values:
    /// - **ecs** (ECS)
    /// - **eni** (NIC)
    /// - **vip** (Virtual IP address)
    /// - **nat** (NAT gateway)
    /// - **peering** (VPC peering connection)
    /// - **vpn** (VPN)
    /// - **dc** (Direct Connect connection)
    /// - **egw**: VPC endpoint. This route type is not supported.
    /// - **er**: enterprise router
    /// - **subeni**: supplementary network interface. This type of route cannot be created or updated by users.
    /// - **local**: reserved CIDR block. The destination CIDR block of the route configured cannot overlap with that defined by **local**.
    ///
    /// Wire name: `type`.
    #[serde(rename = "type")]
    pub type_: String,
    /// - Specifies the destination CIDR block of a route.
    /// - Constraints: The value must be in valid IPv4 or IPv6 CIDR formats.
    pub destination: String,
    /// - Specifies the ID of the next hop in the route.
    /// - Values:
    /// - When **type** is **ecs**, the value is an ECS ID.
    /// - When **type** is **eni**, the value is an extension NIC ID.
    /// - When **type** is **vip**, the value is a virtual IP address.
    /// - When **type** is **nat**, the value is a NAT gateway ID.
    /// - When **type** is **peering**, the value is a VPC peering connection ID.
    /// - When **type** is **vpn**, the value is a VPN ID.
    /// - When **type** is **dc**, the value is a Direct Connect connection ID.
    /// - When **type** is set to **egw**, the value is a VPC endpoint ID.
    /// - When **type** is set to **er**, the value is the ID of an enterprise router.
    /// - When **type** is set to **subeni**, the value is the ID of a supplementary network interface.
    pub nexthop: String,
    /// - Provides supplementary information about the route.
    /// - The value can contain up to 255 characters and cannot contain angle brackets (\< or \>).
    ///
    /// Length at most 255.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}
crate::support::setters!(
    @ model RouteTableFieldOfModifyingARoute new(type_ : String, destination : String,
    nexthop : String) { description : String }
);
/// Field description of deleting a route
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct RouteTableFieldOfDeletingARoute {
    /// - Specifies the route type.
    /// - Values:
    /// - **ecs** (ECS)
    /// - **eni** (NIC)
    /// - **vip** (Virtual IP address)
    /// - **nat** (NAT gateway)
    /// - **peering** (VPC peering connection)
    /// - **vpn** (VPN)
    /// - **dc** (Direct Connect connection)
    /// - **egw**: VPC endpoint. This route type is not supported.
    /// - **er**: enterprise router
    /// - **subeni**: supplementary network interface. This type of route cannot be created or updated by users.
    /// - **local**: reserved CIDR block. The destination CIDR block of the route configured cannot overlap with that defined by **local**.
    ///
    /// Wire name: `type`.
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub type_: Option<String>,
    /// - Specifies the destination CIDR block of a route.
    /// - Constraints: The value must be in valid IPv4 or IPv6 CIDR formats.
    pub destination: String,
    /// - Specifies the ID of the next hop in the route.
    /// - Values:
    /// - When **type** is **ecs**, the value is an ECS ID.
    /// - When **type** is **eni**, the value is an extension NIC ID.
    /// - When **type** is **vip**, the value is a virtual IP address.
    /// - When **type** is **nat**, the value is a NAT gateway ID.
    /// - When **type** is **peering**, the value is a VPC peering connection ID.
    /// - When **type** is **vpn**, the value is a VPN ID.
    /// - When **type** is **dc**, the value is a Direct Connect connection ID.
    /// - When **type** is set to **egw**, the value is a VPC endpoint ID.
    /// - When **type** is set to **er**, the value is the ID of an enterprise router.
    /// - When **type** is set to **subeni**, the value is the ID of a supplementary network interface.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub nexthop: Option<String>,
    /// - Provides supplementary information about the route.
    /// - The value can contain up to 255 characters and cannot contain angle brackets (\< or \>).
    ///
    /// Length at most 255.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}
crate::support::setters!(
    @ model RouteTableFieldOfDeletingARoute new(destination : String) { type_ : String,
    nexthop : String, description : String }
);
/// Response parameter
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct UpdateRouteTableResponse {
    /// Specifies the route table. For details, see Table 9.
    pub routetable: Option<TableDescriptionOfTheRoutetableFieldResponse2>,
}
/// Description of the routetable field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct TableDescriptionOfTheRoutetableFieldResponse2 {
    /// - Specifies the route table ID, which uniquely identifies the route table.
    /// - The value must be in standard UUID format.
    pub id: Option<String>,
    /// - Specifies the route table name.
    /// - The value can contain up to 64 characters, including letters, digits, underscores (\_), hyphens (-), and periods (.).
    ///
    /// Length at most 64.
    pub name: Option<String>,
    /// - Specifies whether the route table is the default one.
    /// - The value can be **true** (default route table) or **false** (custom route table).
    pub default: Option<bool>,
    /// - Specifies the routes. For details, see Table 10.
    /// - Each route table can have a maximum of 200 routes.
    pub routes: Option<Vec<SubnetDescriptionOfTheRouteField>>,
    /// - Specifies the subnets associated with the route table. For details, see Table 11.
    /// - Only subnets in the VPC that the route table belongs to can be associated with the route table.
    pub subnets: Option<Vec<SubnetDescriptionOfTheSubnetFieldResponse>>,
    /// - Specifies the project ID.
    pub tenant_id: Option<String>,
    /// - Specifies the ID of the VPC associated with the route table.
    pub vpc_id: Option<String>,
    /// - Provides supplementary information about the route table.
    /// - The value can contain up to 255 characters and cannot contain angle brackets (\< or \>).
    ///
    /// Length at most 255.
    pub description: Option<String>,
    /// - Specifies the time (UTC) when the resource was created.
    /// - Format: *yyyy-MM-ddTHH:mm:ss*
    pub created_at: Option<String>,
    /// - Specifies the time (UTC) when the resource was updated.
    /// - Format: *yyyy-MM-ddTHH:mm:ss*
    pub updated_at: Option<String>,
}
crate::support::open_enum!(
    #[doc = " - Access control direction specified in a security group rule."] #[doc =
    " - The value can be:"] #[doc = " - **egress**"] #[doc = " - **ingress**"]
    GroupRuleDescriptionOfTheSecurityGroupRuleFieldDirection { Egress = "egress", Ingress
    = "ingress" }
);
/// Description of the security\_group\_rule field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct GroupRuleDescriptionOfTheSecurityGroupRuleField {
    /// Specifies the security group ID.
    pub security_group_id: String,
    /// - Provides supplementary information about the security group rule.
    /// - The value can contain no more than 255 characters, including letters and digits.
    ///
    /// Length at most 255.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// - Access control direction specified in a security group rule.
    /// - The value can be:
    /// - **egress**
    /// - **ingress**
    pub direction: GroupRuleDescriptionOfTheSecurityGroupRuleFieldDirection,
    /// - Specifies the IP protocol version.
    /// - The value can be **IPv4** or **IPv6**.
    /// - If you do not set this parameter, **IPv4** is used by default.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ethertype: Option<SecurityGroupRuleObjectEthertype>,
    /// - Specifies the protocol type.
    /// - The value can be **icmp**, **tcp**, **udp**, or an IP protocol number (0 to 255, for example, 47 for GRE)
    /// - If the parameter is left blank, all protocols are supported.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub protocol: Option<String>,
    /// - Specifies the start port number.
    /// - The value ranges from 1 to 65535.
    /// - The value cannot be greater than the **port\_range\_max** value. An empty value indicates all ports. If the protocol is **icmp**, the value range is shown in ICMP-Port Range Relationship Table.
    ///
    /// Range 1 to 65535.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub port_range_min: Option<i64>,
    /// - Specifies the end port number.
    /// - The value ranges from 1 to 65535.
    /// - If the protocol is not **icmp**, the value cannot be smaller than the **port\_range\_min** value. An empty value indicates all ports. If the protocol is **icmp**, the value range is shown in ICMP-Port Range Relationship Table.
    ///
    /// Range 1 to 65535.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub port_range_max: Option<i64>,
    /// - Specifies the remote IP address. If the access control direction is set to **egress**, the parameter specifies the source IP address. If the access control direction is set to **ingress**, the parameter specifies the destination IP address.
    /// - The value can be in the CIDR format or IP addresses.
    /// - Constraints: The parameter is mutually exclusive with **remote\_group\_id** and **remote\_address\_group\_id**.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub remote_ip_prefix: Option<String>,
    /// - Specifies the ID of the peer security group.
    /// - Constraints: The parameter is mutually exclusive with **remote\_ip\_prefix** and **remote\_address\_group\_id**.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub remote_group_id: Option<String>,
    /// - Specifies the remote IP address group ID. You can log in to the management console and view the ID on the IP address group page.
    /// - The parameter value is mutually exclusive with parameters **remote\_ip\_prefix** and **remote\_group\_id**.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub remote_address_group_id: Option<String>,
}
crate::support::setters!(
    @ model GroupRuleDescriptionOfTheSecurityGroupRuleField new(security_group_id :
    String, direction : GroupRuleDescriptionOfTheSecurityGroupRuleFieldDirection) {
    description : String, ethertype : SecurityGroupRuleObjectEthertype, protocol :
    String, port_range_min : i64, port_range_max : i64, remote_ip_prefix : String,
    remote_group_id : String, remote_address_group_id : String }
);
/// Description of security\_group fields
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SecurityGroupDescriptionOfSecurityGroupField {
    /// - Specifies the security group name.
    /// - The value can contain 1 to 64 characters, including letters, digits, underscores (\_), hyphens (-), and periods (.).
    ///
    /// Length 1 to 64.
    pub name: String,
    /// Specifies the ID of the VPC that the security group is associated with.
    /// Currently, this parameter is not recommended because it is only used as a prompt and does not restrict that the security group must be associated with the VPC.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub vpc_id: Option<String>,
    /// - Specifies the enterprise project ID. When creating a security group, associate the enterprise project ID with the security group.
    /// - The value is **0** or a string that contains a maximum of 36 characters in UUID format with hyphens (-). Value **0** indicates the default enterprise project.
    ///
    /// Length at most 36.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub enterprise_project_id: Option<String>,
}
crate::support::setters!(
    @ model SecurityGroupDescriptionOfSecurityGroupField new(name : String) { vpc_id :
    String, enterprise_project_id : String }
);
/// Description of security\_group fields
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct GroupDescriptionOfSecurityGroupFieldResponse {
    /// Specifies the security group name.
    pub name: Option<String>,
    /// Provides supplementary information about the security group.
    pub description: Option<String>,
    /// Specifies the security group ID, which uniquely identifies the security group.
    pub id: Option<String>,
    /// Specifies the ID of the VPC that the security group is associated with.
    /// Currently, this parameter is not recommended because it is only used as a prompt and does not restrict that the security group must be associated with the VPC.
    pub vpc_id: Option<String>,
    /// Specifies the default security group rules, which ensure that resources in the security group can communicate with one another.
    pub security_group_rules: Option<Vec<crate::v1::types::SecurityGroupRuleObject>>,
    /// - Specifies the enterprise project ID. When creating a security group, associate the enterprise project ID with the security group.
    /// - The value is **0** or a string that contains a maximum of 36 characters in UUID format with hyphens (-). Value **0** indicates the default enterprise project.
    ///
    /// Length at most 36.
    pub enterprise_project_id: Option<String>,
}
/// Response parameter
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListSecurityGroupDetailsResponse {
    /// Specifies the security group object.
    pub security_group: Option<GroupDetailDescriptionOfSecurityGroupField>,
}
/// Description of security\_group fields
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct GroupDetailDescriptionOfSecurityGroupField {
    /// Specifies the security group name.
    pub name: Option<String>,
    /// Provides supplementary information about the security group.
    pub description: Option<String>,
    /// Specifies the security group ID, which uniquely identifies the security group.
    pub id: Option<String>,
    /// Specifies the resource ID of the VPC to which the security group belongs.
    /// Currently, this parameter is not recommended because it is only used as a prompt and does not restrict that the security group must be associated with the VPC.
    pub vpc_id: Option<String>,
    /// Specifies the default security group rules, which ensure that resources in the security group can communicate with one another.
    pub security_group_rules: Option<Vec<crate::v1::types::SecurityGroupRuleObject>>,
    /// - Specifies the enterprise project ID. When creating a security group, associate the enterprise project ID with the security group.
    /// - The value is **0** or a string that contains a maximum of 36 characters in UUID format with hyphens (-). Value **0** indicates the default enterprise project. This parameter is unsupported. Do not use it.
    ///
    /// Length at most 36.
    pub enterprise_project_id: Option<String>,
}
/// Response parameter
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListSecurityGroupRuleDetailsResponse {
    /// Specifies the security group rule objects. For details, see Table 3.
    pub security_group_rule: Option<crate::v1::types::SecurityGroupRuleObject>,
}
/// Description of security\_group fields
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SecurityGroupsDescriptionOfSecurityGroupField {
    /// Specifies the security group name.
    pub name: Option<String>,
    /// Provides supplementary information about the security group.
    pub description: Option<String>,
    /// Specifies the security group ID, which uniquely identifies the security group.
    pub id: Option<String>,
    /// Specifies the ID of the VPC that the security group is associated with.
    /// Currently, this parameter is not recommended because it is only used as a prompt and does not restrict that the security group must be associated with the VPC.
    pub vpc_id: Option<String>,
    /// Specifies the default security group rules, which ensure that resources in the security group can communicate with one another.
    pub security_group_rules: Option<Vec<crate::v1::types::SecurityGroupRuleObject>>,
    /// - Specifies the enterprise project ID. When creating a security group, associate the enterprise project ID with the security group.
    /// - The value is **0** or a string that contains a maximum of 36 characters in UUID format with hyphens (-). Value **0** indicates the default enterprise project. This parameter is unsupported. Do not use it.
    ///
    /// Length at most 36.
    pub enterprise_project_id: Option<String>,
}
crate::support::open_enum!(
    #[doc = " - Specifies the NTP server address configured for the subnet."] #[doc =
    " - Currently, the value can be **ntp**."] SubnetExtraDhcpOptObjectOptName { Ntp =
    "ntp" }
);
/// extra\_dhcp\_opt object
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SubnetExtraDhcpOptObject {
    /// - Specifies the NTP server address configured for the subnet.
    /// - Constraints:
    /// - If **opt\_name** is set to **ntp**, the value indicates the NTP server configured for the subnet. Currently, only IPv4 addresses are supported. A maximum of four IP addresses can be configured, and each address must be unique. Multiple IP addresses must be separated using commas (,).
    /// - If this value is set to **null**, the configuration of the NTP server address of the subnet is deleted. The value cannot be an empty string (" ").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub opt_value: Option<String>,
    /// - Specifies the NTP server address configured for the subnet.
    /// - Currently, the value can be **ntp**.
    pub opt_name: SubnetExtraDhcpOptObjectOptName,
}
crate::support::setters!(
    @ model SubnetExtraDhcpOptObject new(opt_name : SubnetExtraDhcpOptObjectOptName) {
    opt_value : String }
);
/// Response parameter
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListSubnetDetailsResponse {
    /// Specifies the subnet objects.
    pub subnet: Option<SubnetDetailSubnetObject>,
}
crate::support::open_enum!(
    #[doc = " - Specifies the status of the subnet."] #[doc =
    " - The value can be **ACTIVE**, **UNKNOWN**, or **ERROR**."] #[doc =
    " - **ACTIVE**: indicates that the subnet has been associated with a VPC."] #[doc =
    " - **UNKNOWN**: indicates that the subnet has not been associated with a VPC."]
    #[doc = " - **ERROR**: indicates that the subnet is abnormal."]
    SubnetDetailSubnetObjectStatus { Active = "ACTIVE", Unknown2 = "UNKNOWN", Error =
    "ERROR" }
);
/// subnet objects
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SubnetDetailSubnetObject {
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
    /// Specifies the IPv6 subnet gateway. If the subnet is an IPv4 subnet, this parameter is not returned.
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
    pub status: Option<SubnetDetailSubnetObjectStatus>,
    /// Specifies the ID of the corresponding network (OpenStack Neutron API).
    pub neutron_network_id: Option<String>,
    /// Specifies the ID of the corresponding subnet (OpenStack Neutron API).
    pub neutron_subnet_id: Option<String>,
    /// Specifies the ID of the IPv6 subnet (OpenStack Neutron API). If the subnet is an IPv4 subnet, this parameter is not returned.
    pub neutron_subnet_id_v6: Option<String>,
    /// Specifies the NTP server address configured for the subnet. For details, see Table 4.
    pub extra_dhcp_opts: Option<Vec<SubnetExtraDhcpOptObject>>,
    /// - Specifies where the subnet is used in edge cloud scenario.
    /// - Range:
    /// - **center**: The subnet is used in a central AZ.
    /// - *\{publicBorderGroup\}*: The subnet is used in a public border group. The public border group limits the usage scope of a subnet but can have multiple edge AZs associated. You can obtain the AZs by the API for Listing AZs.
    pub scope: Option<String>,
    /// Project ID
    pub tenant_id: Option<String>,
    /// - Specifies the time (UTC) when the subnet is created.
    /// - Format: *yyyy-MM-ddTHH:mm:ss*
    pub created_at: Option<String>,
    /// - Specifies the time (UTC) when the subnet is updated.
    /// - Format: *yyyy-MM-ddTHH:mm:ss*
    pub updated_at: Option<String>,
}
/// Request parameter
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct UpdateSubnetInformationRequest {
    /// Specifies the subnet objects.
    pub subnet: SubnetInformationSubnetObject,
}
/// subnet objects
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SubnetInformationSubnetObject {
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
    /// - Specifies whether IPv6 is enabled.
    /// - The value can be **true** (enabled) or **false** (disabled).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ipv6_enable: Option<bool>,
    /// - Specifies whether DHCP is enabled for the subnet.
    /// - The value can be **true** (enabled) or **false** (disabled).
    /// - If this parameter is left blank, the system automatically sets it to **true** by default. If this parameter is set to **false**, newly created ECSs cannot obtain IP addresses, and usernames and passwords cannot be injected using Cloud-init.
    ///
    /// Default: `true`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dhcp_enable: Option<bool>,
    /// - Specifies the primary IP address of DNS server on the subnet.
    /// - The value must be a valid IP address. IPv6 addresses are not supported.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub primary_dns: Option<String>,
    /// - Specifies the standby IP address of DNS server on the subnet.
    /// - The value must be a valid IP address. IPv6 addresses are not supported.
    /// - The value of **secondary\_dns** must be different from that of **primary\_dns**.
    /// - If there is only one DNS server address, only **primary\_dns** is displayed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub secondary_dns: Option<String>,
    /// - Specifies the DNS server address list of a subnet. This field is required if you need to use more than two DNS servers.
    /// - This parameter value is the superset of both DNS server address 1 and DNS server address 2. IPv6 addresses are not supported.
    ///
    /// Wire name: `dnsList`.
    #[serde(rename = "dnsList", skip_serializing_if = "Option::is_none")]
    pub dns_list: Option<Vec<String>>,
    /// Specifies the NTP server address or DHCP lease time configured for the subnet. For details, see Table 4.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub extra_dhcp_opts: Option<Vec<SubnetExtraDhcpOptObject>>,
}
crate::support::setters!(
    @ model SubnetInformationSubnetObject new(name : String) { description : String,
    ipv6_enable : bool, dhcp_enable : bool, primary_dns : String, secondary_dns : String,
    dns_list : Vec < String >, extra_dhcp_opts : Vec < SubnetExtraDhcpOptObject > }
);
/// Response parameter
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct UpdateSubnetInformationResponse {
    /// Specifies the **subnet** objects.
    pub subnet: Option<SubnetInformationSubnetObjectResponse>,
}
/// subnet objects
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SubnetInformationSubnetObjectResponse {
    /// Specifies a resource ID in UUID format.
    pub id: Option<String>,
    /// - Specifies the status of the subnet.
    /// - The value can be **ACTIVE**, **UNKNOWN**, or **ERROR**.
    /// - **ACTIVE**: indicates that the subnet has been associated with a VPC.
    /// - **UNKNOWN**: indicates that the subnet has not been associated with a VPC.
    /// - **ERROR**: indicates that the subnet is abnormal.
    pub status: Option<SubnetDetailSubnetObjectStatus>,
}
/// Request parameter
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CreateVpcRequest {
    /// Specifies the VPC objects.
    pub vpc: VpcObject,
}
/// VPC objects
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct VpcObject {
    /// - Specifies the VPC name.
    /// - The value can contain no more than 64 characters, including letters, digits, underscores (\_), hyphens (-), and periods (.).
    /// - Each VPC name of a tenant must be unique if the VPC name is not left blank.
    ///
    /// Length at most 64.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// - Provides supplementary information about the VPC.
    /// - The value can contain no more than 255 characters and cannot contain angle brackets (\< or \>).
    ///
    /// Length at most 255.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// - Specifies the available IP address ranges for subnets in the VPC.
    /// - Range:
    /// - Recommended IP address ranges:
    /// - 10.0.0.0/8-24
    /// - 172.16.0.0/12-24
    /// - 192.168.0.0/16-24
    /// - If **cidr** is not specified, the default value is left blank.
    /// - The value must be in CIDR format, for example, **192.168.0.0/16**.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cidr: Option<String>,
    /// - Specifies the enterprise project ID. When creating a VPC, you can associate an enterprise project ID with the VPC.
    /// - The value is **0** or a string that contains a maximum of 36 characters in UUID format with hyphens (-). Value **0** indicates the default enterprise project.
    ///
    /// Length at most 36.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub enterprise_project_id: Option<String>,
}
crate::support::setters!(
    @ model VpcObject { name : String, description : String, cidr : String,
    enterprise_project_id : String }
);
/// Response parameter
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CreateVpcResponse {
    /// Specifies the VPC objects.
    pub vpc: Option<VpcObjectResponse>,
}
/// VPC objects
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct VpcObjectResponse {
    /// Specifies a resource ID in UUID format.
    pub id: Option<String>,
    /// - Specifies the VPC name.
    /// - The value can contain no more than 64 characters, including letters, digits, underscores (\_), hyphens (-), and periods (.).
    /// - Each VPC name of a tenant must be unique if the VPC name is not left blank.
    ///
    /// Length at most 64.
    pub name: Option<String>,
    /// - Provides supplementary information about the VPC.
    /// - The value can contain no more than 255 characters and cannot contain angle brackets (\< or \>).
    ///
    /// Length at most 255.
    pub description: Option<String>,
    /// - Specifies the available IP address ranges for subnets in the VPC.
    /// - Range:
    /// - Recommended IP address ranges:
    /// - 10.0.0.0/8-24
    /// - 172.16.0.0/12-24
    /// - 192.168.0.0/16-24
    /// - If **cidr** is not specified, the default value is left blank.
    /// - The value must be in CIDR format, for example, **192.168.0.0/16**.
    pub cidr: Option<String>,
    /// - Specifies the VPC status.
    /// - Range:
    /// - **CREATING**: The VPC is being created.
    /// - **OK**: The VPC is created successfully.
    pub status: Option<String>,
    /// - Specifies the route information.
    /// - For details, see the description of the route objects.
    pub routes: Option<Vec<crate::v1::types::VpcRouteObject>>,
    /// - Specifies the enterprise project ID.
    /// - The value is **0** or a string that contains a maximum of 36 characters in UUID format with hyphens (-). Value **0** indicates the default enterprise project.
    ///
    /// Length at most 36.
    pub enterprise_project_id: Option<String>,
    /// - Project ID
    pub tenant_id: Option<String>,
    /// - Specifies the time (UTC) when the VPC is created.
    /// - Format: *yyyy-MM-ddTHH:mm:ss*
    pub created_at: Option<String>,
    /// - Specifies the time (UTC) when the VPC is updated.
    /// - Format: *yyyy-MM-ddTHH:mm:ss*
    pub updated_at: Option<String>,
}
/// Response parameter
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListVpcDetailsResponse {
    /// Specifies the VPC objects.
    pub vpc: Option<VpcDetailVpcObject>,
}
/// VPC objects
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct VpcDetailVpcObject {
    /// Specifies a resource ID in UUID format.
    pub id: Option<String>,
    /// - Specifies the VPC name.
    /// - The value can contain no more than 64 characters, including letters, digits, underscores (\_), hyphens (-), and periods (.).
    /// - Each VPC name of a tenant must be unique if the VPC name is not left blank.
    ///
    /// Length at most 64.
    pub name: Option<String>,
    /// - Provides supplementary information about the VPC.
    /// - The value can contain no more than 255 characters and cannot contain angle brackets (\< or \>).
    ///
    /// Length at most 255.
    pub description: Option<String>,
    /// - Specifies the available IP address ranges for subnets in the VPC.
    /// - Range:
    /// - Recommended IP address ranges:
    /// - 10.0.0.0/8-24
    /// - 172.16.0.0/12-24
    /// - 192.168.0.0/16-24
    /// - If **cidr** is not specified, the default value is left blank.
    /// - The value must be in CIDR format, for example, **192.168.0.0/16**.
    pub cidr: Option<String>,
    /// - Specifies the VPC status.
    /// - Possible values are as follows:
    /// - **CREATING**: The VPC is being created.
    /// - **OK**: The VPC is created successfully.
    pub status: Option<String>,
    /// - Specifies the route information.
    /// - For details, see the description of the route objects.
    pub routes: Option<Vec<crate::v1::types::VpcRouteObject>>,
    /// Specifies whether the shared SNAT function is enabled. The value **true** indicates that the function is enabled, and the value **false** indicates that the function is not enabled.
    pub enable_shared_snat: Option<bool>,
    /// - Enterprise project ID
    /// - The value is **0** or a string that contains a maximum of 36 characters in UUID format with hyphens (-). Value **0** indicates the default enterprise project.
    ///
    /// Length at most 36.
    pub enterprise_project_id: Option<String>,
    /// - Project ID
    pub tenant_id: Option<String>,
    /// - Time (UTC) when the VPC is created.
    /// - Format: *yyyy-MM-ddTHH:mm:ss*
    pub created_at: Option<String>,
    /// - Specifies the time (UTC) when the VPC is updated.
    /// - Format: *yyyy-MM-ddTHH:mm:ss*
    pub updated_at: Option<String>,
}
/// VPC objects
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct VpCsVpcObject {
    /// Specifies a resource ID in UUID format.
    pub id: Option<String>,
    /// - Specifies the VPC name.
    /// - The value can contain up to 64 characters, including letters, digits, underscores (\_), hyphens (-), and periods (.).
    /// - Each VPC name of a tenant must be unique if the VPC name is not left blank.
    ///
    /// Length at most 64.
    pub name: Option<String>,
    /// - Provides supplementary information about the VPC.
    /// - The value can contain no more than 255 characters and cannot contain angle brackets (\< or \>).
    ///
    /// Length at most 255.
    pub description: Option<String>,
    /// - Specifies the available IP address ranges for subnets in the VPC.
    /// - Range:
    /// - Recommended IP address ranges:
    /// - 10.0.0.0/8-24
    /// - 172.16.0.0/12-24
    /// - 192.168.0.0/16-24
    /// - If **cidr** is not specified, the value is left blank by default.
    /// - If **cidr** is specified, the value must be in CIDR format, for example, **192.168.0.0/16**.
    pub cidr: Option<String>,
    /// - Specifies the VPC status.
    /// - Possible values are as follows:
    /// - **CREATING**: The VPC is being created.
    /// - **OK**: The VPC is created.
    pub status: Option<String>,
    /// - Specifies the enterprise project ID.
    /// - The value is **0** or a string that contains a maximum of 36 characters in UUID format with hyphens (-). Value **0** indicates the default enterprise project.
    ///
    /// Length at most 36.
    pub enterprise_project_id: Option<String>,
    /// - Specifies the route information.
    /// - For details, see Table 4.
    pub routes: Option<Vec<crate::v1::types::VpcRouteObject>>,
    /// Specifies whether to enable the shared SNAT function. **true** indicates that the function is enabled, and **false** indicates that the function is not enabled.
    pub enable_shared_snat: Option<bool>,
    /// - Project ID
    pub tenant_id: Option<String>,
    /// - Specifies the time (UTC) when the VPC is created.
    /// - Format: *yyyy-MM-ddTHH:mm:ss*
    pub created_at: Option<String>,
    /// - Specifies the time (UTC) when the VPC is updated.
    /// - Format: *yyyy-MM-ddTHH:mm:ss*
    pub updated_at: Option<String>,
}
/// Request parameter
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct UpdateVpcRequest {
    /// Specifies the VPC objects.
    pub vpc: UpdateVpcObject,
}
/// VPC objects
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct UpdateVpcObject {
    /// - Specifies the VPC name.
    /// - The value can contain up to 64 characters, including letters, digits, underscores (\_), hyphens (-), and periods (.).
    /// - Each VPC name of a tenant must be unique if the VPC name is not left blank.
    ///
    /// Length at most 64.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// - Provides supplementary information about the VPC.
    /// - The value can contain no more than 255 characters and cannot contain angle brackets (\< or \>).
    ///
    /// Length at most 255.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// - Specifies the available IP address ranges for subnets in the VPC.
    /// - Range:
    /// - Recommended IP address ranges:
    /// - 10.0.0.0/8-24
    /// - 172.16.0.0/12-24
    /// - 192.168.0.0/16-24
    /// - If **cidr** is not specified, the value is left blank by default.
    /// - Constraints:
    /// - The value must be in CIDR format, for example, **192.168.0.0/16**.
    /// - If you want to update the CIDR block of the VPC, the new CIDR block must contain all subnets in the VPC.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cidr: Option<String>,
    /// - Specifies the route list. For details, see Table 4.
    /// - Each route table can have a maximum of 200 routes.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub routes: Option<Vec<crate::v1::types::VpcRouteObject>>,
}
crate::support::setters!(
    @ model UpdateVpcObject { name : String, description : String, cidr : String, routes
    : Vec < crate ::v1::types::VpcRouteObject > }
);
/// Response parameter
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct UpdateVpcResponse {
    /// Specifies the VPC objects.
    pub vpc: Option<UpdateVpcObjectResponse>,
}
/// VPC objects
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct UpdateVpcObjectResponse {
    /// Specifies a resource ID in UUID format.
    pub id: Option<String>,
    /// Specifies the VPC name.
    pub name: Option<String>,
    /// - Provides supplementary information about the VPC.
    /// - The value can contain no more than 255 characters and cannot contain angle brackets (\< or \>).
    ///
    /// Length at most 255.
    pub description: Option<String>,
    /// - Specifies the available IP address ranges for subnets in the VPC.
    /// - Range:
    /// - Recommended IP address ranges:
    /// - 10.0.0.0/8-24
    /// - 172.16.0.0/12-24
    /// - 192.168.0.0/16-24
    /// - If **cidr** is not specified, the default value is left blank.
    /// - The value must be in CIDR format, for example, **192.168.0.0/16**.
    pub cidr: Option<String>,
    /// - Specifies the VPC status.
    /// - Possible values are as follows:
    /// - **CREATING**: The VPC is being created.
    /// - **OK**: The VPC is created successfully.
    pub status: Option<String>,
    /// - Specifies the enterprise project ID.
    /// - The value is **0** or a string that contains a maximum of 36 characters in UUID format with hyphens (-). Value **0** indicates the default enterprise project.
    ///
    /// Length at most 36.
    pub enterprise_project_id: Option<String>,
    /// - Specifies the route information.
    /// - For details, see the description of the route objects.
    pub routes: Option<Vec<crate::v1::types::VpcRouteObject>>,
    /// Specifies whether to enable the shared SNAT function. **true** indicates that the function is enabled, and **false** indicates that the function is not enabled.
    pub enable_shared_snat: Option<bool>,
    /// - Project ID
    pub tenant_id: Option<String>,
    /// - Specifies the time (UTC) when the VPC is created.
    /// - Format: *yyyy-MM-ddTHH:mm:ss*
    pub created_at: Option<String>,
    /// - Specifies the time (UTC) when the VPC is updated.
    /// - Format: *yyyy-MM-ddTHH:mm:ss*
    pub updated_at: Option<String>,
}
/// Request parameter
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CreateVpcFlowLogRequest {
    /// **FlowLog** objects. For details, see Table 3.
    pub flow_log: VpcFlowLogDescriptionOfTheFlowLogField,
}
crate::support::open_enum!(
    #[doc = " - Type of the resource whose logs are to be collected."] #[doc =
    " - The value can be:"] #[doc = " - **port**: a single network interface."] #[doc =
    " - **vpc**: All network interfaces in a VPC."] #[doc =
    " - **network**: All network interfaces in a subnet."]
    VpcFlowLogDescriptionOfTheFlowLogFieldResourceType { Port = "port", Vpc = "vpc",
    Network = "network" }
);
crate::support::open_enum!(
    #[doc = " - Type of the traffic whose logs are to be collected."] #[doc =
    " - The value can be:"] #[doc =
    " - **all**: specifies that both accepted and rejected traffic of the specified resource will be logged."]
    #[doc =
    " - **accept**: specifies that only accepted inbound and outbound traffic of the specified resource will be logged."]
    #[doc =
    " - **reject**: specifies that only rejected inbound and outbound traffic of the specified resource will be logged."]
    VpcFlowLogDescriptionOfTheFlowLogFieldTrafficType { All = "all", Accept = "accept",
    Reject = "reject" }
);
/// Description of the FlowLog field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct VpcFlowLogDescriptionOfTheFlowLogField {
    /// - Flow log name.
    /// - The value can contain up to 64 characters, including letters, digits, underscores (\_), hyphens (-), and periods (.).
    ///
    /// Length at most 64.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// - Flow log description
    /// - The value can contain no more than 255 characters and cannot contain angle brackets (\< or \>).
    ///
    /// Length at most 255.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// - Type of the resource whose logs are to be collected.
    /// - The value can be:
    /// - **port**: a single network interface.
    /// - **vpc**: All network interfaces in a VPC.
    /// - **network**: All network interfaces in a subnet.
    pub resource_type: VpcFlowLogDescriptionOfTheFlowLogFieldResourceType,
    /// - ID of the resource whose logs are to be collected.
    pub resource_id: String,
    /// - Type of the traffic whose logs are to be collected.
    /// - The value can be:
    /// - **all**: specifies that both accepted and rejected traffic of the specified resource will be logged.
    /// - **accept**: specifies that only accepted inbound and outbound traffic of the specified resource will be logged.
    /// - **reject**: specifies that only rejected inbound and outbound traffic of the specified resource will be logged.
    pub traffic_type: VpcFlowLogDescriptionOfTheFlowLogFieldTrafficType,
    /// - Log group ID
    pub log_group_id: String,
    /// - Log topic ID
    pub log_topic_id: String,
    /// Whether to enable the log index.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub index_enabled: Option<bool>,
}
crate::support::setters!(
    @ model VpcFlowLogDescriptionOfTheFlowLogField new(resource_type :
    VpcFlowLogDescriptionOfTheFlowLogFieldResourceType, resource_id : String,
    traffic_type : VpcFlowLogDescriptionOfTheFlowLogFieldTrafficType, log_group_id :
    String, log_topic_id : String) { name : String, description : String, index_enabled :
    bool }
);
/// Response parameter
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CreateVpcFlowLogResponse {
    /// **FlowLog** objects. For details, see Table 5.
    pub flow_log: Option<VpcFlowLogDescriptionOfTheFlowLogFieldResponse>,
}
/// Description of the FlowLog field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct VpcFlowLogDescriptionOfTheFlowLogFieldResponse {
    /// - Flow log ID
    pub id: Option<String>,
    /// - Flow log name
    /// - The value can contain up to 64 characters, including letters, digits, underscores (\_), hyphens (-), and periods (.).
    ///
    /// Length at most 64.
    pub name: Option<String>,
    /// - Project ID
    pub tenant_id: Option<String>,
    /// - Flow log description
    /// - The value can contain no more than 255 characters and cannot contain angle brackets (\< or \>).
    ///
    /// Length at most 255.
    pub description: Option<String>,
    /// - Type of the resource whose logs are to be collected.
    /// - The value can be:
    /// - **port**: a single network interface.
    /// - **vpc**: All network interfaces in a VPC.
    /// - **network**: All network interfaces in a subnet.
    pub resource_type: Option<VpcFlowLogDescriptionOfTheFlowLogFieldResourceType>,
    /// - ID of the resource whose logs are to be collected.
    pub resource_id: Option<String>,
    /// - Type of the traffic whose logs are to be collected.
    /// - The value can be:
    /// - **all**: specifies that both accepted and rejected traffic of the specified resource will be logged.
    /// - **accept**: specifies that only accepted inbound and outbound traffic of the specified resource will be logged.
    /// - **reject**: specifies that only rejected inbound and outbound traffic of the specified resource will be logged.
    pub traffic_type: Option<VpcFlowLogDescriptionOfTheFlowLogFieldTrafficType>,
    /// - Log group ID
    pub log_group_id: Option<String>,
    /// - Log topic ID
    pub log_topic_id: Option<String>,
    /// - Whether to enable the log index function
    pub index_enabled: Option<bool>,
    /// - Whether to enable the flow log function
    /// - Range:
    /// - **true**: Enable the flow log function.
    /// - **false**: Disable the flow log function.
    pub admin_state: Option<bool>,
    /// - Flow log status
    /// - The value can be:
    /// - **ACTIVE**: Enabled
    /// - **DOWN**: Disabled
    /// - **ERROR**: Abnormal
    pub status: Option<FloatingIpAddressFloatingipObjectResponseStatus>,
    /// - Time when the flow log is created
    /// - UTC time in the format of yyyy-MM-ddTHH:mm:ss
    pub created_at: Option<String>,
    /// - Time when the flow log is updated
    /// - UTC time in the format of yyyy-MM-ddTHH:mm:ss
    pub updated_at: Option<String>,
}
/// Response parameter
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ShowVpcFlowLogResponse {
    /// **FlowLog** objects. For details, see Table 3.
    pub flow_log: Option<ShowVpcFlowLogDescriptionOfTheFlowLogField>,
}
/// Description of the FlowLog field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ShowVpcFlowLogDescriptionOfTheFlowLogField {
    /// - Flow log ID
    pub id: Option<String>,
    /// - Flow log name
    /// - The value can contain up to 64 characters, including letters, digits, underscores (\_), hyphens (-), and periods (.).
    ///
    /// Length at most 64.
    pub name: Option<String>,
    /// - Project ID
    pub tenant_id: Option<String>,
    /// - Flow log description
    /// - The value can contain no more than 255 characters and cannot contain angle brackets (\< or \>).
    ///
    /// Length at most 255.
    pub description: Option<String>,
    /// - Type of the resource whose logs are to be collected.
    /// - The value can be:
    /// - **port**: a single network interface.
    /// - **vpc**: All network interfaces in a VPC.
    /// - **network**: All network interfaces in a subnet.
    pub resource_type: Option<VpcFlowLogDescriptionOfTheFlowLogFieldResourceType>,
    /// - ID of the resource whose logs are to be collected.
    pub resource_id: Option<String>,
    /// - Type of the traffic whose logs are to be collected.
    /// - The value can be:
    /// - **all**: specifies that both accepted and rejected traffic of the specified resource will be logged.
    /// - **accept**: specifies that only accepted inbound and outbound traffic of the specified resource will be logged.
    /// - **reject**: specifies that only rejected inbound and outbound traffic of the specified resource will be logged.
    pub traffic_type: Option<VpcFlowLogDescriptionOfTheFlowLogFieldTrafficType>,
    /// - Log group ID
    pub log_group_id: Option<String>,
    /// - Log topic ID
    pub log_topic_id: Option<String>,
    /// - Whether to enable the flow log function
    /// - Range:
    /// - **true**: Enable the flow log function.
    /// - **false**: Disable the flow log function.
    pub admin_state: Option<bool>,
    /// - Flow log status
    /// - The value can be:
    /// - **ACTIVE**: Enabled
    /// - **DOWN**: Disabled
    /// - **ERROR**: Abnormal
    pub status: Option<FloatingIpAddressFloatingipObjectResponseStatus>,
    /// - Time when the flow log is created
    /// - UTC time in the format of yyyy-MM-ddTHH:mm:ss
    pub created_at: Option<String>,
    /// - Time when the flow log is updated
    /// - UTC time in the format of yyyy-MM-ddTHH:mm:ss
    pub updated_at: Option<String>,
}
/// Response parameter
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListVpcFlowLogsResponse {
    /// **FlowLog** object list. For details, see Table 3.
    pub flow_logs: Option<Vec<ShowVpcFlowLogDescriptionOfTheFlowLogField>>,
}
/// Request parameter
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct UpdateVpcFlowLogRequest {
    /// **FlowLog** objects. For details, see Table 3.
    pub flow_log: UpdateVpcFlowLogDescriptionOfTheFlowLogField,
}
/// Description of the FlowLog field
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct UpdateVpcFlowLogDescriptionOfTheFlowLogField {
    /// - Flow log name
    /// - The value can contain up to 64 characters, including letters, digits, underscores (\_), hyphens (-), and periods (.).
    ///
    /// Length at most 64.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// - Flow log description
    /// - The value can contain no more than 255 characters and cannot contain angle brackets (\< or \>).
    ///
    /// Length at most 255.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// - Whether to enable the flow log function
    /// - Range:
    /// - **true**: Enable the flow log function.
    /// - **false**: Disable the flow log function.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub admin_state: Option<bool>,
}
crate::support::setters!(
    @ model UpdateVpcFlowLogDescriptionOfTheFlowLogField { name : String, description :
    String, admin_state : bool }
);
/// Response parameter
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct UpdateVpcFlowLogResponse {
    /// **FlowLog** objects. For details, see Table 5.
    pub flow_log: Option<VpcFlowLogDescriptionOfTheFlowLogFieldResponse2>,
}
/// Description of the FlowLog field
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct VpcFlowLogDescriptionOfTheFlowLogFieldResponse2 {
    /// - Flow log ID
    pub id: Option<String>,
    /// - Flow log name
    /// - The value can contain up to 64 characters, including letters, digits, underscores (\_), hyphens (-), and periods (.).
    ///
    /// Length at most 64.
    pub name: Option<String>,
    /// - Project ID
    pub tenant_id: Option<String>,
    /// - Flow log description
    /// - The value can contain no more than 255 characters and cannot contain angle brackets (\< or \>).
    ///
    /// Length at most 255.
    pub description: Option<String>,
    /// - Type of the resource whose logs are to be collected.
    /// - Range:
    /// - **port**: a single network interface.
    /// - **vpc**: All network interfaces in a VPC.
    /// - **network**: All network interfaces in a subnet.
    pub resource_type: Option<String>,
    /// - ID of the resource whose logs are to be collected.
    pub resource_id: Option<String>,
    /// - Type of the traffic whose logs are to be collected.
    /// - Range:
    /// - **all**: specifies that both accepted and rejected traffic of the specified resource will be logged.
    /// - **accept**: specifies that only accepted inbound and outbound traffic of the specified resource will be logged.
    /// - **reject**: specifies that only rejected inbound and outbound traffic of the specified resource will be logged.
    pub traffic_type: Option<String>,
    /// - Log group ID
    pub log_group_id: Option<String>,
    /// - Log topic ID
    pub log_topic_id: Option<String>,
    /// - Whether to enable the flow log function
    /// - Range:
    /// - **true**: Enable the flow log function.
    /// - **false**: Disable the flow log function.
    pub admin_state: Option<bool>,
    /// - Flow log status
    /// - Range:
    /// - **ACTIVE**: Enabled
    /// - **DOWN**: Disabled
    /// - **ERROR**: Abnormal
    pub status: Option<String>,
    /// - Time when the flow log is created
    /// - UTC time in the format of yyyy-MM-ddTHH:mm:ss
    pub created_at: Option<String>,
    /// - Time when the flow log is updated
    /// - UTC time in the format of yyyy-MM-ddTHH:mm:ss
    pub updated_at: Option<String>,
}
/// ResourceTagResp
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ResourceTagResp {
    /// - Tag key
    /// - Constraints:
    /// - Cannot be left blank.
    /// - Can contain a maximum of 36 characters.
    /// - Can contain letters and special characters, including hyphens (-), underscores (\_), and at signs (@).
    /// - The tag key of an EIP must be unique. Minimum length: **0** Maximum length: **36**
    ///
    /// Length at most 36.
    pub key: Option<String>,
    /// - Tag value
    /// - Constraints:
    /// - Can contain a maximum of 43 characters.
    /// - Can contain letters and special characters, including hyphens (-), underscores (\_), and at signs (@).
    /// - The tag key of an EIP must be unique. Minimum length: **0** Maximum length: **43**
    ///
    /// Length at most 43.
    pub value: Option<String>,
}
/// Response parameter
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ShowApiVersionResponse {
    /// Specifies the **resource** object list.
    pub resources: Option<Vec<ApiVersionResourceObject>>,
}
/// resource object
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ApiVersionResourceObject {
    /// Specifies the resource name.
    pub name: Option<String>,
    /// Specifies the resource collection name.
    pub collection: Option<String>,
    /// Specifies the link list. For details, see Table 4.
    pub links: Option<Vec<ApiVersionLinkObject>>,
}
/// link objects
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ApiVersionLinkObject {
    /// Specifies the API link.
    pub href: Option<String>,
    /// Specifies the relationship between the API link and the API version.
    pub rel: Option<String>,
}
/// Response parameter
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListApiVersionsResponse {
    /// Specifies the API version list. For details, see Table 2.
    pub versions: Option<Vec<ApiVersionObject>>,
}
/// version objects
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ApiVersionObject {
    /// Specifies the API version status. Possible values are as follows:
    ///
    /// - **CURRENT**
    /// - **STABLE**
    /// - **DEPRECATED**
    pub status: Option<String>,
    /// Specifies the API version.
    pub id: Option<String>,
    /// Specifies the link list. For details, see Table 3.
    pub links: Option<Vec<ApiVersionLinkObject>>,
}
crate::support::open_enum!(
    #[doc = " The values of `SortKey`."] SortKey { Id = "id", PublicIpAddress =
    "public_ip_address", PublicIpv6Address = "public_ipv6_address", IpVersion =
    "ip_version", CreatedAt = "created_at", UpdatedAt = "updated_at", PublicBorderGroup =
    "public_border_group" }
);
crate::support::open_enum!(
    #[doc = " The values of `SortDir`."] SortDir { Asc = "asc", Desc = "desc" }
);
crate::support::open_enum!(
    #[doc = " The values of `IpVersion`."] IpVersion { N4 = "4", N6 = "6" }
);
crate::support::open_enum!(
    #[doc = " The values of `NetworkType`."] NetworkType { N5Telcom = "5_telcom", N5Union
    = "5_union", N5Bgp = "5_bgp", N5Sbgp = "5_sbgp", N5Ipv6 = "5_ipv6", N5Graybgp =
    "5_graybgp" }
);
crate::support::open_enum!(
    #[doc = " The values of `BillingMode`."] BillingMode { PayPerUse = "PAY_PER_USE" }
);
crate::support::open_enum!(
    #[doc = " The values of `AssociateInstanceType`."] AssociateInstanceType { Port =
    "PORT", Natgw = "NATGW", Elb = "ELB", Vpn = "VPN", Elbv1 = "ELBV1" }
);
crate::support::open_enum!(
    #[doc = " The values of `Action`."] Action { Allow = "allow", Deny = "deny" }
);
crate::support::open_enum!(
    #[doc = " The values of `Direction`."] Direction { Ingress = "ingress", Egress =
    "egress" }
);
