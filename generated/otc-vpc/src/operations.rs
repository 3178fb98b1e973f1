//! Request builders, one per operation: set parameters, then `.send().await`.
use crate::support::need;
use crate::types;
use crate::support::request;
use docsdk_runtime::Result;
crate::support::builder!(
    QueryingCommonPools("querying_common_pools") { #[doc =
    " - Project ID. Minimum length: **0** Maximum length: **32**. Path parameter `project_id`."]
    project_id : String, #[doc = " - Field. Format: \"fields=id\\&fields=name\\&..\""]
    #[doc =
    " - Supported fields: **id**, **name**, **status**, **type**, **used**, **allow\\_share\\_bandwidth\\_types**, and **public\\_border\\_group**. Minimum length: **0** Maximum length: **1024**"]
    #[doc = ""] #[doc = " Query parameter `fields`."] fields : String, #[doc =
    " - Common pool name. Minimum length: **0** Maximum length: **36**. Query parameter `name`."]
    name : String, #[doc =
    " - Whether the common pool is in a central region or an edge site. Minimum length: **0** Maximum length: **64**. Query parameter `public_border_group`."]
    public_border_group : String }
);
impl QueryingCommonPools {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ListCommonPoolsResponse> {
        let request = request!(
            self, Get, "/v3/{project_id}/eip/publicip-pools/common-pools"
        )
            .path_param("project_id", need!(self, project_id)?)
            .query_opt("fields", self.fields)
            .query_opt("name", self.name)
            .query_opt("public_border_group", self.public_border_group);
        self.call.json(request).await
    }
}
crate::support::builder!(
    AddingEiPsToASharedBandwidthInBatches("adding_ei_ps_to_a_shared_bandwidth_in_batches")
    { #[doc = " Project ID."] #[doc = " Minimum length: **32**"] #[doc =
    " Maximum length: **32**"] #[doc = ""] #[doc = " Path parameter `project_id`."]
    project_id : String, #[doc = " - Definition: EIPs in a shared bandwidth."] #[doc =
    " - Constraints: If multiple EIPs are added to a shared bandwidth, the value of **bandwidth\\_id** of these EIPs must be the same. Array length: 1 to 50"]
    publicips : Vec < types::Batchattachsharebwdict > }
);
impl AddingEiPsToASharedBandwidthInBatches {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::AttachBatchPublicIpResponse> {
        let body = types::AttachBatchPublicIpRequest {
            publicips: need!(self, publicips)?,
        };
        let request = request!(
            self, Post, "/v3/{project_id}/eip/publicips/attach-share-bandwidth"
        )
            .path_param("project_id", need!(self, project_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    BindingAnEip("binding_an_eip") { #[doc = " Project ID."] #[doc =
    " Minimum length: **0**"] #[doc = " Maximum length: **32**"] #[doc = ""] #[doc =
    " Path parameter `project_id`."] project_id : String, #[doc = " EIP ID."] #[doc =
    " Minimum length: **0**"] #[doc = " Maximum length: **36**"] #[doc = ""] #[doc =
    " Path parameter `publicip_id`."] publicip_id : String, #[doc = " EIP object."]
    publicip : types::Associatepublicipsoption }
);
impl BindingAnEip {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::AssociatePublicipsResponse> {
        let body = types::AssociatePublicipsRequest {
            publicip: need!(self, publicip)?,
        };
        let request = request!(
            self, Post, "/v3/{project_id}/eip/publicips/{publicip_id}/associate-instance"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param("publicip_id", need!(self, publicip_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingAllEiPs("querying_all_ei_ps") { #[doc =
    " - Project ID. Minimum length: **0** Maximum length: **32**. Path parameter `project_id`."]
    project_id : String, #[doc =
    " - Start resource ID of pagination query. If the parameter is left blank, only resources on the first page are queried. Minimum length: **0** Maximum length: **36**"]
    #[doc = ""] #[doc = " Query parameter `marker`."] marker : String, #[doc =
    " - Start resource number of pagination query. Minimum value: **0** Maximum value: **99999**. Query parameter `offset`. Range at most 99999."]
    offset : i64, #[doc = " - Number of records returned on each page."] #[doc =
    " - The value ranges from **0** to **2,000**. The maximum value varies by region. Minimum value: **0** Maximum value: **2000**"]
    #[doc = ""] #[doc = " Query parameter `limit`. Range at most 2000."] limit : i64,
    #[doc = " - Field. Format: \"fields=id\\&fields=owner\\&...\""] #[doc =
    " - Supported fields: **id**, **project\\_id**, **ip\\_version**, **type**, **public\\_ip\\_address**, **public\\_ipv6\\_address**, **network\\_type**, **status**, **description**, **created\\_at**, **updated\\_at**, **vnic**, **bandwidth**, **associate\\_instance\\_type**, **associate\\_instance\\_id**, **lock\\_status**, **billing\\_info**, **tags**, **enterprise\\_project\\_id**, **allow\\_share\\_bandwidth\\_types**, **public\\_border\\_group**, **alias**, **publicip\\_pool\\_name**, and **publicip\\_pool\\_id**."]
    #[doc = ""] #[doc = " Query parameter `fields`."] fields : Vec < String >, #[doc =
    " - Sort. Format: \"sort\\_key=id\""] #[doc =
    " - Supported fields: **id**, **public\\_ip\\_address**, **public\\_ipv6\\_address**, **ip\\_version**, **created\\_at**, **updated\\_at**, and **public\\_border\\_group**. Enumerated values:"]
    #[doc = " - **id**"] #[doc = " - **public\\_ip\\_address**"] #[doc =
    " - **public\\_ipv6\\_address**"] #[doc = " - **ip\\_version**"] #[doc =
    " - **created\\_at**"] #[doc = " - **updated\\_at**"] #[doc =
    " - **public\\_border\\_group**"] #[doc = ""] #[doc = " Query parameter `sort_key`."]
    sort_key : types::SortKey, #[doc = " - Sorting direction."] #[doc =
    " - The value can be **asc** or **desc** Enumerated values:"] #[doc = " - **asc**"]
    #[doc = " - **desc**"] #[doc = ""] #[doc = " Query parameter `sort_dir`."] sort_dir :
    types::SortDir, #[doc = " - Filter by **id**. Query parameter `id`."] id : Vec <
    String >, #[doc = " - Filter by **ip\\_version**."] #[doc =
    " - The value can be **4** (IPv4) or **6** (IPv6). Enumerated values:"] #[doc =
    " - **4**"] #[doc = " - **6**"] #[doc = ""] #[doc = " Query parameter `ip_version`."]
    ip_version : Vec < types::IpVersion >, #[doc =
    " - Filter by **public\\_ip\\_address**. Query parameter `public_ip_address`."]
    public_ip_address : Vec < String >, #[doc =
    " - Filter by **public\\_ip\\_address** in a fuzzy search. Minimum length: **0** Maximum length: **64**. Query parameter `public_ip_address_like`."]
    public_ip_address_like : String, #[doc =
    " - Filter by **public\\_ipv6\\_address**. Query parameter `public_ipv6_address`."]
    public_ipv6_address : Vec < String >, #[doc =
    " - Filter by **public\\_ipv6\\_address** in a fuzzy search. Minimum length: **0** Maximum length: **64**. Query parameter `public_ipv6_address_like`."]
    public_ipv6_address_like : String, #[doc = " - Filter by **type**."] #[doc =
    " - The value can be:"] #[doc = " - **EIP**: EIP"] #[doc =
    " - **DUALSTACK**: Dual-stack IPv6 Enumerated values:"] #[doc = " - **EIP**"] #[doc =
    " - **DUALSTACK**"] #[doc = ""] #[doc = " Query parameter `type`."] type_ : Vec <
    types::PubliciprespType >, #[doc = " - Filter by **network\\_type**."] #[doc =
    " - The value can be **5\\_telcom**, **5\\_union**, **5\\_bgp**, **5\\_sbgp**, **5\\_ipv6**, or **5\\_graybgp**. Enumerated values:"]
    #[doc = " - **5\\_telcom**"] #[doc = " - **5\\_union**"] #[doc = " - **5\\_bgp**"]
    #[doc = " - **5\\_sbgp**"] #[doc = " - **5\\_ipv6**"] #[doc = " - **5\\_graybgp**"]
    #[doc = ""] #[doc = " Query parameter `network_type`."] network_type : Vec <
    types::NetworkType >, #[doc = " - Filter by **publicip\\_pool\\_name**."] #[doc =
    " - The value can be **5\\_telcom**, **5\\_union**, **5\\_bgp**, **5\\_sbgp**, **5\\_ipv6**, **5\\_graybgp**, or a dedicated pool name."]
    #[doc = ""] #[doc = " Query parameter `publicip_pool_name`."] publicip_pool_name :
    Vec < String >, #[doc = " - Filter by **status**."] #[doc =
    " - The value can be **FREEZED**, **DOWN**, **ACTIVE**, or **ERROR**. Enumerated values:"]
    #[doc = " - **FREEZED**"] #[doc = " - **DOWN**"] #[doc = " - **ACTIVE**"] #[doc =
    " - **ERROR**"] #[doc = ""] #[doc = " Query parameter `status`."] status : Vec <
    types::PubliciprespStatus >, #[doc =
    " - Filter by **alias** in a fuzzy search. Minimum length: **0** Maximum length: **64**. Query parameter `alias_like`."]
    alias_like : String, #[doc = " - Filter by **alias**. Query parameter `alias`."]
    alias : Vec < String >, #[doc =
    " - Filter by **description**. Query parameter `description`."] description : Vec <
    String >, #[doc =
    " - Filter by **private\\_ip\\_address**. Query parameter `vnic.private_ip_address`."]
    vnic_private_ip_address : Vec < String >, #[doc =
    " - Filter by **private\\_ip\\_address** in a fuzzy search. Minimum length: **0** Maximum length: **64**. Query parameter `vnic.private_ip_address_like`."]
    vnic_private_ip_address_like : String, #[doc =
    " - Filter by **device\\_id**. Query parameter `vnic.device_id`."] vnic_device_id :
    Vec < String >, #[doc =
    " - Filter by **device\\_owner**. Query parameter `vnic.device_owner`."]
    vnic_device_owner : Vec < String >, #[doc =
    " - Filter by **vpc\\_id**. Query parameter `vnic.vpc_id`."] vnic_vpc_id : Vec <
    String >, #[doc = " - Filter by **port\\_id**. Query parameter `vnic.port_id`."]
    vnic_port_id : Vec < String >, #[doc =
    " - Filter by **device\\_owner\\_prefixlike** in a fuzzy search. Minimum length: **0** Maximum length: **64**. Query parameter `vnic.device_owner_prefixlike`."]
    vnic_device_owner_prefixlike : String, #[doc =
    " - Filter by **instance\\_type**. Query parameter `vnic.instance_type`."]
    vnic_instance_type : Vec < String >, #[doc =
    " - Filter by **instance\\_id**. Query parameter `vnic.instance_id`."]
    vnic_instance_id : Vec < String >, #[doc =
    " - Filter by the bandwidth ID. Query parameter `bandwidth.id`."] bandwidth_id : Vec
    < String >, #[doc = " - Filter by **name**. Query parameter `bandwidth.name`."]
    bandwidth_name : Vec < String >, #[doc =
    " - Filter by **name** in a fuzzy search. Query parameter `bandwidth.name_like`."]
    bandwidth_name_like : Vec < String >, #[doc =
    " - Filter by **size**. Query parameter `bandwidth.size`."] bandwidth_size : Vec <
    String >, #[doc = " - Filter by **share\\_type**. Enumerated values:"] #[doc =
    " - **PER**"] #[doc = " - **WHOLE**"] #[doc = ""] #[doc =
    " Query parameter `bandwidth.share_type`."] bandwidth_share_type : Vec <
    types::PublicipbandwidthinfoShareType >, #[doc =
    " - Filter by **charge\\_mode**. Enumerated values:"] #[doc = " - **bandwidth**"]
    #[doc = " - **traffic**"] #[doc = " - **95peak\\_plus**"] #[doc = ""] #[doc =
    " Query parameter `bandwidth.charge_mode`."] bandwidth_charge_mode : Vec <
    types::PublicipbandwidthinfoChargeMode >, #[doc =
    " - Filter by **billing\\_info**. Query parameter `billing_info`."] billing_info :
    Vec < String >, #[doc = " - Filter by **billing\\_mode**."] #[doc =
    " - The value can be **PAY\\_PER\\_USE**. Enumerated values:"] #[doc =
    " - **PAY\\_PER\\_USE**"] #[doc = ""] #[doc = " Query parameter `billing_mode`."]
    billing_mode : types::BillingMode, #[doc =
    " - Filter by **associate\\_instance\\_type**."] #[doc =
    " - The value can be **PORT**, **NATGW**, **ELB**, **VPN**, or **ELBV1**. Enumerated values:"]
    #[doc = " - **PORT**"] #[doc = " - **NATGW**"] #[doc = " - **ELB**"] #[doc =
    " - **VPN**"] #[doc = " - **ELBV1**"] #[doc = ""] #[doc =
    " Query parameter `associate_instance_type`."] associate_instance_type : Vec <
    types::AssociateInstanceType >, #[doc =
    " - Filter by **associate\\_instance\\_id**. Query parameter `associate_instance_id`."]
    associate_instance_id : Vec < String >, #[doc =
    " - Filter by **enterprise\\_project\\_id**. Query parameter `enterprise_project_id`."]
    enterprise_project_id : Vec < String >, #[doc =
    " - Filter by **public\\_border\\_group**. Query parameter `public_border_group`."]
    public_border_group : Vec < String >, #[doc =
    " - Shared bandwidth type. EIPs can be filtered by shared bandwidth type. You can specify multiple shared bandwidth types, which are separated by commas (,)."]
    #[doc = ""] #[doc = " Query parameter `allow_share_bandwidth_type_any`."]
    allow_share_bandwidth_type_any : Vec < String > }
);
impl QueryingAllEiPs {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ListPublicipsV3Response> {
        let mut request = request!(self, Get, "/v3/{project_id}/eip/publicips")
            .path_param("project_id", need!(self, project_id)?)
            .query_opt("marker", self.marker)
            .query_opt("offset", self.offset)
            .query_opt("limit", self.limit)
            .query_opt("sort_key", self.sort_key)
            .query_opt("sort_dir", self.sort_dir)
            .query_opt("public_ip_address_like", self.public_ip_address_like)
            .query_opt("public_ipv6_address_like", self.public_ipv6_address_like)
            .query_opt("alias_like", self.alias_like)
            .query_opt("vnic.private_ip_address_like", self.vnic_private_ip_address_like)
            .query_opt("vnic.device_owner_prefixlike", self.vnic_device_owner_prefixlike)
            .query_opt("billing_mode", self.billing_mode);
        for value in self.fields.unwrap_or_default() {
            request = request.query("fields", value);
        }
        for value in self.id.unwrap_or_default() {
            request = request.query("id", value);
        }
        for value in self.ip_version.unwrap_or_default() {
            request = request.query("ip_version", value);
        }
        for value in self.public_ip_address.unwrap_or_default() {
            request = request.query("public_ip_address", value);
        }
        for value in self.public_ipv6_address.unwrap_or_default() {
            request = request.query("public_ipv6_address", value);
        }
        for value in self.type_.unwrap_or_default() {
            request = request.query("type", value);
        }
        for value in self.network_type.unwrap_or_default() {
            request = request.query("network_type", value);
        }
        for value in self.publicip_pool_name.unwrap_or_default() {
            request = request.query("publicip_pool_name", value);
        }
        for value in self.status.unwrap_or_default() {
            request = request.query("status", value);
        }
        for value in self.alias.unwrap_or_default() {
            request = request.query("alias", value);
        }
        for value in self.description.unwrap_or_default() {
            request = request.query("description", value);
        }
        for value in self.vnic_private_ip_address.unwrap_or_default() {
            request = request.query("vnic.private_ip_address", value);
        }
        for value in self.vnic_device_id.unwrap_or_default() {
            request = request.query("vnic.device_id", value);
        }
        for value in self.vnic_device_owner.unwrap_or_default() {
            request = request.query("vnic.device_owner", value);
        }
        for value in self.vnic_vpc_id.unwrap_or_default() {
            request = request.query("vnic.vpc_id", value);
        }
        for value in self.vnic_port_id.unwrap_or_default() {
            request = request.query("vnic.port_id", value);
        }
        for value in self.vnic_instance_type.unwrap_or_default() {
            request = request.query("vnic.instance_type", value);
        }
        for value in self.vnic_instance_id.unwrap_or_default() {
            request = request.query("vnic.instance_id", value);
        }
        for value in self.bandwidth_id.unwrap_or_default() {
            request = request.query("bandwidth.id", value);
        }
        for value in self.bandwidth_name.unwrap_or_default() {
            request = request.query("bandwidth.name", value);
        }
        for value in self.bandwidth_name_like.unwrap_or_default() {
            request = request.query("bandwidth.name_like", value);
        }
        for value in self.bandwidth_size.unwrap_or_default() {
            request = request.query("bandwidth.size", value);
        }
        for value in self.bandwidth_share_type.unwrap_or_default() {
            request = request.query("bandwidth.share_type", value);
        }
        for value in self.bandwidth_charge_mode.unwrap_or_default() {
            request = request.query("bandwidth.charge_mode", value);
        }
        for value in self.billing_info.unwrap_or_default() {
            request = request.query("billing_info", value);
        }
        for value in self.associate_instance_type.unwrap_or_default() {
            request = request.query("associate_instance_type", value);
        }
        for value in self.associate_instance_id.unwrap_or_default() {
            request = request.query("associate_instance_id", value);
        }
        for value in self.enterprise_project_id.unwrap_or_default() {
            request = request.query("enterprise_project_id", value);
        }
        for value in self.public_border_group.unwrap_or_default() {
            request = request.query("public_border_group", value);
        }
        for value in self.allow_share_bandwidth_type_any.unwrap_or_default() {
            request = request.query("allow_share_bandwidth_type_any", value);
        }
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingEipDetails("querying_eip_details") { #[doc = " Project ID."] #[doc =
    " Minimum length: **0**"] #[doc = " Maximum length: **32**"] #[doc = ""] #[doc =
    " Path parameter `project_id`."] project_id : String, #[doc = " EIP ID."] #[doc =
    " Minimum length: **0**"] #[doc = " Maximum length: **36**"] #[doc = ""] #[doc =
    " Path parameter `publicip_id`."] publicip_id : String, #[doc =
    " - Field. Format: \"fields=id\\&fields=owner\\&...\""] #[doc =
    " - Supported fields: **id**, **project\\_id**, **ip\\_version**, **type**, **public\\_ip\\_address**, **public\\_ipv6\\_address**, **network\\_type**, **status**, **description**, **created\\_at**, **updated\\_at**, **vnic**, **bandwidth**, **associate\\_instance\\_type**, **associate\\_instance\\_id**, **lock\\_status**, **billing\\_info**, **tags**, **enterprise\\_project\\_id**, **publicip\\_pool\\_name**, **allow\\_share\\_bandwidth\\_types**, **alias**, **publicip\\_pool\\_id**, and **public\\_border\\_group**."]
    #[doc = ""] #[doc = " Query parameter `fields`."] fields : Vec < String > }
);
impl QueryingEipDetails {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ShowPublicipV3Response> {
        let mut request = request!(
            self, Get, "/v3/{project_id}/eip/publicips/{publicip_id}"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param("publicip_id", need!(self, publicip_id)?);
        for value in self.fields.unwrap_or_default() {
            request = request.query("fields", value);
        }
        self.call.json(request).await
    }
}
crate::support::builder!(
    UpdatingAnEip("updating_an_eip") { #[doc = " **Definition**:"] #[doc =
    " Project ID."] #[doc = " **Range**:"] #[doc = " N/A."] #[doc = " Maximum: **32**"]
    #[doc = ""] #[doc = " Path parameter `project_id`."] project_id : String, #[doc =
    " EIP ID"] #[doc = " Minimum: **36**"] #[doc = " Maximum: **36**"] #[doc = ""] #[doc
    = " Path parameter `publicip_id`."] publicip_id : String, #[doc = " EIP"] publicip :
    types::Updatepublicipoption }
);
impl UpdatingAnEip {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::UpdatePublicipsResponse> {
        let body = types::UpdatePublicipsRequest {
            publicip: need!(self, publicip)?,
        };
        let request = request!(self, Put, "/v3/{project_id}/eip/publicips/{publicip_id}")
            .path_param("project_id", need!(self, project_id)?)
            .path_param("publicip_id", need!(self, publicip_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    UnbindingAnEip("unbinding_an_eip") { #[doc = " Project ID."] #[doc =
    " Minimum length: **0**"] #[doc = " Maximum length: **32**"] #[doc = ""] #[doc =
    " Path parameter `project_id`."] project_id : String, #[doc = " EIP ID."] #[doc =
    " Minimum length: **0**"] #[doc = " Maximum length: **36**"] #[doc = ""] #[doc =
    " Path parameter `publicip_id`."] publicip_id : String }
);
impl UnbindingAnEip {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::DisassociatePublicipsResponse> {
        let request = request!(
            self, Post,
            "/v3/{project_id}/eip/publicips/{publicip_id}/disassociate-instance"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param("publicip_id", need!(self, publicip_id)?);
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingIpAddressGroups("querying_ip_address_groups") { #[doc = " **Definition**:"]
    #[doc = " ID of the project that an IP address group belongs to."] #[doc =
    " **Range**:"] #[doc = " N/A"] #[doc = ""] #[doc = " Path parameter `project_id`."]
    project_id : String, #[doc = " **Definition**:"] #[doc =
    " Number of resources on each page."] #[doc = " **Range**:"] #[doc = " 0 to 2000"]
    #[doc = ""] #[doc = " Query parameter `limit`."] limit : i64, #[doc =
    " **Definition**:"] #[doc =
    " Start resource ID of pagination query. If the parameter is left blank, only resources on the first page are queried."]
    #[doc = " **Range**:"] #[doc = " ID of an IP address group."] #[doc = ""] #[doc =
    " Query parameter `marker`."] marker : String, #[doc = " **Definition**:"] #[doc =
    " ID of an IP address group. This field can be used to precisely filter IP address groups. Multiple IDs can be specified for filtering."]
    #[doc = " **Range**:"] #[doc = " N/A"] #[doc = ""] #[doc = " Query parameter `id`."]
    id : Vec < String >, #[doc = " **Definition**:"] #[doc =
    " The name of an IP address group. This field can be used to precisely filter IP address groups. Multiple names can be specified for filtering."]
    #[doc = " **Range**:"] #[doc = " N/A"] #[doc = ""] #[doc =
    " Query parameter `name`."] name : Vec < String >, #[doc = " **Definition**:"] #[doc
    =
    " IP address version of an IP address group. This field can be used to filter IP address groups."]
    #[doc = " **Range**:"] #[doc = ""] #[doc =
    " - **4**: IPv4 address groups will be filtered."] #[doc =
    " - **6**: IPv6 address groups will be filtered."] #[doc = ""] #[doc =
    " Query parameter `ip_version`."] ip_version : i64, #[doc = " **Definition**:"] #[doc
    =
    " Description about an IP address group. This field can be used to precisely filter IP address groups. Multiple descriptions can be specified for filtering."]
    #[doc = " **Range**:"] #[doc = " N/A"] #[doc = ""] #[doc =
    " Query parameter `description`."] description : Vec < String > }
);
impl QueryingIpAddressGroups {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ListIpAddressGroupsResponse> {
        let mut request = request!(self, Get, "/v3/{project_id}/vpc/address-groups")
            .path_param("project_id", need!(self, project_id)?)
            .query_opt("limit", self.limit)
            .query_opt("marker", self.marker)
            .query_opt("ip_version", self.ip_version);
        for value in self.id.unwrap_or_default() {
            request = request.query("id", value);
        }
        for value in self.name.unwrap_or_default() {
            request = request.query("name", value);
        }
        for value in self.description.unwrap_or_default() {
            request = request.query("description", value);
        }
        self.call.json(request).await
    }
}
crate::support::builder!(
    CreatingAnIpAddressGroup("creating_an_ip_address_group") { #[doc =
    " **Definition**:"] #[doc =
    " ID of the project that an IP address group belongs to."] #[doc = " **Range**:"]
    #[doc = " N/A"] #[doc = ""] #[doc = " Path parameter `project_id`."] project_id :
    String, #[doc = " **Definition**:"] #[doc = " Whether to only check the request."]
    #[doc = " **Constraints**:"] #[doc = " N/A"] #[doc = " **Range**:"] #[doc = ""] #[doc
    =
    " - **true**: A check request will be sent and no IP address group will be created. Check items include mandatory parameters, request format, and constraints. If the check fails, an error will be returned. If the check succeeds, response code 202 will be returned."]
    #[doc =
    " - **false**: A request will be sent and an IP address group will be created. **Default Value**: **false**"]
    dry_run : bool, #[doc = " **Definition**:"] #[doc =
    " Request body for creating an IP address group."] #[doc = " **Constraints**:"] #[doc
    = " N/A"] #[doc = " **Range**:"] #[doc = " N/A"] #[doc = " **Default Value**:"] #[doc
    = " N/A"] address_group : types::Createaddressgroupoption }
);
impl CreatingAnIpAddressGroup {
    /// Sends the request: the 201 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::CreateIpAddressGroupResponse201> {
        let body = types::CreateIpAddressGroupRequest {
            dry_run: self.dry_run,
            address_group: need!(self, address_group)?,
        };
        let request = request!(self, Post, "/v3/{project_id}/vpc/address-groups")
            .path_param("project_id", need!(self, project_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingAnIpAddressGroup("querying_an_ip_address_group") { #[doc =
    " **Definition**:"] #[doc = " ID of an IP address group."] #[doc = " **Range**:"]
    #[doc = " N/A"] #[doc = ""] #[doc = " Path parameter `address_group_id`."]
    address_group_id : String, #[doc = " **Definition**:"] #[doc =
    " ID of the project that an IP address group belongs to."] #[doc = " **Range**:"]
    #[doc = " N/A"] #[doc = ""] #[doc = " Path parameter `project_id`."] project_id :
    String }
);
impl QueryingAnIpAddressGroup {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ShowIpAddressGroupResponse> {
        let request = request!(
            self, Get, "/v3/{project_id}/vpc/address-groups/{address_group_id}"
        )
            .path_param("address_group_id", need!(self, address_group_id)?)
            .path_param("project_id", need!(self, project_id)?);
        self.call.json(request).await
    }
}
crate::support::builder!(
    UpdatingAnIpAddressGroup("updating_an_ip_address_group") { #[doc =
    " **Definition**:"] #[doc = " ID of an IP address group."] #[doc = " **Range**:"]
    #[doc = " N/A"] #[doc = ""] #[doc = " Path parameter `address_group_id`."]
    address_group_id : String, #[doc = " **Definition**:"] #[doc =
    " ID of the project that an IP address group belongs to."] #[doc = " **Range**:"]
    #[doc = " N/A"] #[doc = ""] #[doc = " Path parameter `project_id`."] project_id :
    String, #[doc = " **Definition**:"] #[doc = " Whether to only check the request."]
    #[doc = " **Constraints**:"] #[doc = " N/A"] #[doc = " **Range**:"] #[doc = ""] #[doc
    =
    " - **true**: A check request will be sent and the IP address group will not be updated. Check items include mandatory parameters, request format, and constraints. If the check fails, an error will be returned. If the check succeeds, response code 202 will be returned."]
    #[doc =
    " - **false**: A request will be sent and the IP address group will be updated. **Default Value**: **false**"]
    dry_run : bool, #[doc = " **Definition**:"] #[doc =
    " Request body for updating an IP address group."] #[doc = " **Constraints**:"] #[doc
    = " N/A"] #[doc = " **Range**:"] #[doc = " N/A"] #[doc = " **Default Value**:"] #[doc
    = " N/A"] address_group : types::Updateaddressgroupoption }
);
impl UpdatingAnIpAddressGroup {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::UpdateIpAddressGroupResponse> {
        let body = types::UpdateIpAddressGroupRequest {
            dry_run: self.dry_run,
            address_group: need!(self, address_group)?,
        };
        let request = request!(
            self, Put, "/v3/{project_id}/vpc/address-groups/{address_group_id}"
        )
            .path_param("address_group_id", need!(self, address_group_id)?)
            .path_param("project_id", need!(self, project_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    DeletingAnIpAddressGroup("deleting_an_ip_address_group") { #[doc =
    " **Definition**:"] #[doc = " ID of an IP address group."] #[doc = " **Range**:"]
    #[doc = " N/A"] #[doc = ""] #[doc = " Path parameter `address_group_id`."]
    address_group_id : String, #[doc = " **Definition**:"] #[doc =
    " ID of the project that an IP address group belongs to."] #[doc = " **Range**:"]
    #[doc = " N/A"] #[doc = ""] #[doc = " Path parameter `project_id`."] project_id :
    String }
);
impl DeletingAnIpAddressGroup {
    /// Sends the request: the 204 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<()> {
        let request = request!(
            self, Delete, "/v3/{project_id}/vpc/address-groups/{address_group_id}"
        )
            .path_param("address_group_id", need!(self, address_group_id)?)
            .path_param("project_id", need!(self, project_id)?);
        self.call.empty(request).await
    }
}
crate::support::builder!(
    ForciblyDeletingAnIpAddressGroup("forcibly_deleting_an_ip_address_group") { #[doc =
    " **Definition**:"] #[doc = " ID of an IP address group."] #[doc = " **Range**:"]
    #[doc = " N/A"] #[doc = ""] #[doc = " Path parameter `address_group_id`."]
    address_group_id : String, #[doc = " **Definition**:"] #[doc =
    " ID of the project that an IP address group belongs to."] #[doc = " **Range**:"]
    #[doc = " N/A"] #[doc = ""] #[doc = " Path parameter `project_id`."] project_id :
    String }
);
impl ForciblyDeletingAnIpAddressGroup {
    /// Sends the request: the 204 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<()> {
        let request = request!(
            self, Delete, "/v3/{project_id}/vpc/address-groups/{address_group_id}/force"
        )
            .path_param("address_group_id", need!(self, address_group_id)?)
            .path_param("project_id", need!(self, project_id)?);
        self.call.empty(request).await
    }
}
crate::support::builder!(
    AssociatingASubnetWithANetworkAcl("associating_a_subnet_with_a_network_acl") { #[doc
    = " **Definition**:"] #[doc =
    " Network ACL ID. You can call the API Querying Network ACLs to obtain the ID of the target network ACL, and then use this API to associate the network ACL with a subnet."]
    #[doc = " **Range**:"] #[doc = " N/A"] #[doc = ""] #[doc =
    " Path parameter `firewall_id`."] firewall_id : String, #[doc = " **Definition**:"]
    #[doc = " ID of the project that the network ACL belongs to."] #[doc = " **Range**:"]
    #[doc = " N/A"] #[doc = ""] #[doc = " Path parameter `project_id`."] project_id :
    String, #[doc = " **Definition**:"] #[doc =
    " Request body for associating a network ACL with a subnet."] #[doc =
    " **Constraints**:"] #[doc = " N/A"] #[doc = " **Range**:"] #[doc = " N/A"] #[doc =
    " **Default Value**:"] #[doc = " N/A"] subnets : Vec <
    types::Requestfirewallassociation >, #[doc = " **Definition**:"] #[doc =
    " Whether to only check the request."] #[doc = " **Constraints**:"] #[doc = " N/A"]
    #[doc = " **Range**:"] #[doc = ""] #[doc =
    " - true: A check request will be sent and no network ACL will be associated with the subnet. Check items include mandatory parameters, request format, and constraints. If the check fails, an error will be returned. If the check succeeds, response code 202 will be returned."]
    #[doc =
    " - false: A request will be sent and a network ACL will be associated with the subnet. **Default Value**: false"]
    dry_run : bool }
);
impl AssociatingASubnetWithANetworkAcl {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::AssociateSubnetFirewallResponse> {
        let body = types::AssociateSubnetFirewallRequest {
            subnets: need!(self, subnets)?,
            dry_run: self.dry_run,
        };
        let request = request!(
            self, Put, "/v3/{project_id}/vpc/firewalls/{firewall_id}/associate-subnets"
        )
            .path_param("firewall_id", need!(self, firewall_id)?)
            .path_param("project_id", need!(self, project_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingNetworkAcLs("querying_network_ac_ls") { #[doc = " **Definition**:"] #[doc =
    " ID of the project that the network ACL belongs to."] #[doc = " **Range**:"] #[doc =
    " N/A"] #[doc = ""] #[doc = " Path parameter `project_id`."] project_id : String,
    #[doc = " **Definition**:"] #[doc = " Number of resources on each page."] #[doc =
    " **Range**:"] #[doc = " 0 to 2000"] #[doc = ""] #[doc = " Query parameter `limit`."]
    limit : i64, #[doc = " **Definition**:"] #[doc =
    " Start resource ID of pagination query. If the parameter is left blank, only resources on the first page are queried."]
    #[doc = " **Range**:"] #[doc = " Network ACL ID."] #[doc = ""] #[doc =
    " Query parameter `marker`."] marker : String, #[doc = " **Definition**:"] #[doc =
    " ID of the network ACL, which can be used to filter the network ACL. Multiple IDs can be specified for filtering."]
    #[doc = " **Range**:"] #[doc = " N/A"] #[doc = ""] #[doc = " Query parameter `id`."]
    id : Vec < String >, #[doc = " **Definition**:"] #[doc =
    " Name of the network ACL, which can be used to filter the network ACL. Multiple names can be specified for filtering."]
    #[doc = " **Range**:"] #[doc = " N/A"] #[doc = ""] #[doc =
    " Query parameter `name`."] name : Vec < String >, #[doc = " **Definition**:"] #[doc
    =
    " Network ACL status, which indicates whether the network ACL has been associated with a subnet. This value can be used to filter the network ACL."]
    #[doc = " **Range**:"] #[doc = ""] #[doc =
    " - ACTIVE: Filter network ACLs that have been associated with subnets."] #[doc =
    " - INACTIVE: Filter network ACLs that have not been associated with subnets."] #[doc
    = ""] #[doc = " Query parameter `status`."] status : String, #[doc =
    " **Definition**:"] #[doc =
    " Administrative status of a network ACL, which indicates whether the network ACL is enabled or disabled and can be used to filter the network ACL."]
    #[doc = " **Range**:"] #[doc = ""] #[doc =
    " - true: Filter network ACLs that are enabled."] #[doc =
    " - false: Filter network ACLs that are disabled."] #[doc = ""] #[doc =
    " Query parameter `admin_state_up`."] admin_state_up : bool, #[doc =
    " **Definition**:"] #[doc =
    " ID of the enterprise project that the network ACL belongs to. You can use this field to filter network ACLs in an enterprise project."]
    #[doc = " **Range**:"] #[doc = ""] #[doc =
    " - The value is **0** or a string that contains a maximum of 36 characters in UUID format with hyphens (-). **0** indicates the default enterprise project."]
    #[doc =
    " - To obtain network ACLs of all enterprise projects, set this parameter to **all\\_granted\\_eps**."]
    #[doc = ""] #[doc = " Query parameter `enterprise_project_id`."]
    enterprise_project_id : Vec < String > }
);
impl QueryingNetworkAcLs {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ListFirewallResponse> {
        let mut request = request!(self, Get, "/v3/{project_id}/vpc/firewalls")
            .path_param("project_id", need!(self, project_id)?)
            .query_opt("limit", self.limit)
            .query_opt("marker", self.marker)
            .query_opt("status", self.status)
            .query_opt("admin_state_up", self.admin_state_up);
        for value in self.id.unwrap_or_default() {
            request = request.query("id", value);
        }
        for value in self.name.unwrap_or_default() {
            request = request.query("name", value);
        }
        for value in self.enterprise_project_id.unwrap_or_default() {
            request = request.query("enterprise_project_id", value);
        }
        self.call.json(request).await
    }
}
crate::support::builder!(
    CreatingANetworkAcl("creating_a_network_acl") { #[doc = " **Definition**:"] #[doc =
    " ID of the project that the network ACL belongs to."] #[doc = " **Range**:"] #[doc =
    " N/A"] #[doc = ""] #[doc = " Path parameter `project_id`."] project_id : String,
    #[doc = " **Definition**:"] #[doc = " Request body for creating a network ACL."]
    #[doc = " **Constraints**:"] #[doc = " N/A"] #[doc = " **Range**:"] #[doc = " N/A"]
    #[doc = " **Default Value**:"] #[doc = " N/A"] firewall :
    types::Createfirewalloption, #[doc = " **Definition**:"] #[doc =
    " Whether to only check the request."] #[doc = " **Constraints**:"] #[doc = " N/A"]
    #[doc = " **Range**:"] #[doc = ""] #[doc =
    " - **true**: A check request will be sent and no network ACL will not be created. Check items include mandatory parameters, request format, and constraints. If the check fails, an error will be returned. If the check succeeds, response code 202 will be returned."]
    #[doc =
    " - false: A request will be sent and a network ACL will be created. **Default Value**: false"]
    dry_run : bool }
);
impl CreatingANetworkAcl {
    /// Sends the request: the 201 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::CreateFirewallResponse201> {
        let body = types::CreateFirewallRequest {
            firewall: need!(self, firewall)?,
            dry_run: self.dry_run,
        };
        let request = request!(self, Post, "/v3/{project_id}/vpc/firewalls")
            .path_param("project_id", need!(self, project_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingTheDetailsOfANetworkAcl("querying_the_details_of_a_network_acl") { #[doc =
    " **Definition**:"] #[doc =
    " Network ACL ID. You can call the API Querying Network ACLs to obtain the ID of the target network ACL, and then use this API to query details about the network ACL."]
    #[doc = " **Range**:"] #[doc = " N/A"] #[doc = ""] #[doc =
    " Path parameter `firewall_id`."] firewall_id : String, #[doc = " **Definition**:"]
    #[doc = " ID of the project that the network ACL belongs to."] #[doc = " **Range**:"]
    #[doc = " N/A"] #[doc = ""] #[doc = " Path parameter `project_id`."] project_id :
    String }
);
impl QueryingTheDetailsOfANetworkAcl {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ShowFirewallResponse> {
        let request = request!(self, Get, "/v3/{project_id}/vpc/firewalls/{firewall_id}")
            .path_param("firewall_id", need!(self, firewall_id)?)
            .path_param("project_id", need!(self, project_id)?);
        self.call.json(request).await
    }
}
crate::support::builder!(
    UpdatingANetworkAcl("updating_a_network_acl") { #[doc = " **Definition**:"] #[doc =
    " Network ACL ID. You can call the API Querying Network ACLs to obtain the ID of the target network ACL, and then use this API to update the network ACL."]
    #[doc = " **Range**:"] #[doc = " N/A"] #[doc = ""] #[doc =
    " Path parameter `firewall_id`."] firewall_id : String, #[doc = " **Definition**:"]
    #[doc = " ID of the project that the network ACL belongs to."] #[doc = " **Range**:"]
    #[doc = " N/A"] #[doc = ""] #[doc = " Path parameter `project_id`."] project_id :
    String, #[doc = " **Definition**:"] #[doc =
    " Request body for updating a network ACL"] #[doc = " **Constraints**:"] #[doc =
    " N/A"] #[doc = " **Range**:"] #[doc = " N/A"] #[doc = " **Default Value**:"] #[doc =
    " N/A"] firewall : types::Updatefirewalloption, #[doc = " **Definition**:"] #[doc =
    " Whether to only check the request."] #[doc = " **Constraints**:"] #[doc = " N/A"]
    #[doc = " **Range**:"] #[doc = ""] #[doc =
    " - **true**: A check request will be sent and no network ACL will not be updated. Check items include mandatory parameters, request format, and constraints. If the check fails, an error will be returned. If the check succeeds, response code 202 will be returned."]
    #[doc =
    " - false: A request will be sent and a network ACL will be updated. **Default Value**: false"]
    dry_run : bool }
);
impl UpdatingANetworkAcl {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::UpdateFirewallResponse> {
        let body = types::UpdateFirewallRequest {
            firewall: need!(self, firewall)?,
            dry_run: self.dry_run,
        };
        let request = request!(self, Put, "/v3/{project_id}/vpc/firewalls/{firewall_id}")
            .path_param("firewall_id", need!(self, firewall_id)?)
            .path_param("project_id", need!(self, project_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    DeletingANetworkAcl("deleting_a_network_acl") { #[doc = " **Definition**:"] #[doc =
    " Network ACL ID. You can call the API Querying Network ACLs to obtain the ID of the target network ACL, and then use this API to delete the network ACL."]
    #[doc = " **Range**:"] #[doc = " N/A"] #[doc = ""] #[doc =
    " Path parameter `firewall_id`."] firewall_id : String, #[doc = " **Definition**:"]
    #[doc = " ID of the project that the network ACL belongs to."] #[doc = " **Range**:"]
    #[doc = " N/A"] #[doc = ""] #[doc = " Path parameter `project_id`."] project_id :
    String }
);
impl DeletingANetworkAcl {
    /// Sends the request: the 204 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<()> {
        let request = request!(
            self, Delete, "/v3/{project_id}/vpc/firewalls/{firewall_id}"
        )
            .path_param("firewall_id", need!(self, firewall_id)?)
            .path_param("project_id", need!(self, project_id)?);
        self.call.empty(request).await
    }
}
crate::support::builder!(
    DeletingANetworkAclRule("deleting_a_network_acl_rule") { #[doc = " **Definition**:"]
    #[doc =
    " Network ACL ID. You can call the API Querying Network ACLs to obtain the ID of the target network ACL, and then use this API to delete network ACL rules."]
    #[doc = " **Range**:"] #[doc = " N/A"] #[doc = ""] #[doc =
    " Path parameter `firewall_id`."] firewall_id : String, #[doc = " **Definition**:"]
    #[doc = " ID of the project that the network ACL belongs to."] #[doc = " **Range**:"]
    #[doc = " N/A"] #[doc = ""] #[doc = " Path parameter `project_id`."] project_id :
    String, #[doc = " **Definition**:"] #[doc =
    " Request body for removing a network ACL rule."] #[doc = " **Constraints**:"] #[doc
    = " N/A"] #[doc = " **Range**:"] #[doc = " N/A"] #[doc = " **Default Value**:"] #[doc
    = " N/A"] firewall : types::Firewallremoveruleoption, #[doc = " **Definition**:"]
    #[doc = " Whether to only check the request."] #[doc = " **Constraints**:"] #[doc =
    " N/A"] #[doc = " **Range**:"] #[doc = ""] #[doc =
    " - true: A check request will be sent and no network ACL rule will be deleted. Check items include mandatory parameters, request format, and constraints. If the check fails, an error will be returned. If the check succeeds, response code 202 will be returned."]
    #[doc =
    " - false: A request will be sent and a network ACL rule will be deleted. **Default Value**: false"]
    dry_run : bool }
);
impl DeletingANetworkAclRule {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::RemoveFirewallRulesResponse> {
        let body = types::RemoveFirewallRulesRequest {
            firewall: need!(self, firewall)?,
            dry_run: self.dry_run,
        };
        let request = request!(
            self, Put, "/v3/{project_id}/vpc/firewalls/{firewall_id}/remove-rules"
        )
            .path_param("firewall_id", need!(self, firewall_id)?)
            .path_param("project_id", need!(self, project_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    DisassociatingASubnetFromANetworkAcl("disassociating_a_subnet_from_a_network_acl") {
    #[doc = " **Definition**:"] #[doc =
    " Network ACL ID. You can call the API Querying Network ACLs to obtain the ID of the target network ACL, and then use this API to disassociate the network ACL from a subnet."]
    #[doc = " **Range**:"] #[doc = " N/A"] #[doc = ""] #[doc =
    " Path parameter `firewall_id`."] firewall_id : String, #[doc = " **Definition**:"]
    #[doc = " ID of the project that the network ACL belongs to."] #[doc = " **Range**:"]
    #[doc = " N/A"] #[doc = ""] #[doc = " Path parameter `project_id`."] project_id :
    String, #[doc = " **Definition**:"] #[doc =
    " Request body for disassociating a network ACL with a subnet."] #[doc =
    " **Constraints**:"] #[doc = " N/A"] #[doc = " **Range**:"] #[doc = " N/A"] #[doc =
    " **Default Value**:"] #[doc = " N/A"] subnets : Vec <
    types::DisassociateSubnetFirewallFirewallassociation >, #[doc = " **Definition**:"]
    #[doc = " Whether to only check the request."] #[doc = " **Constraints**:"] #[doc =
    " N/A"] #[doc = " **Range**:"] #[doc = ""] #[doc =
    " - true: A check request will be sent and no network ACL will be disassociated with the subnet. Check items include mandatory parameters, request format, and constraints. If the check fails, an error will be returned. If the check succeeds, response code 202 will be returned."]
    #[doc =
    " - false: A request will be sent and a network ACL will be disassociated with the subnet. **Default Value**: false"]
    dry_run : bool }
);
impl DisassociatingASubnetFromANetworkAcl {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::DisassociateSubnetFirewallResponse> {
        let body = types::DisassociateSubnetFirewallRequest {
            subnets: need!(self, subnets)?,
            dry_run: self.dry_run,
        };
        let request = request!(
            self, Put,
            "/v3/{project_id}/vpc/firewalls/{firewall_id}/disassociate-subnets"
        )
            .path_param("firewall_id", need!(self, firewall_id)?)
            .path_param("project_id", need!(self, project_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    InsertingANetworkAclRule("inserting_a_network_acl_rule") { #[doc =
    " **Definition**:"] #[doc =
    " Network ACL ID. You can call the API Querying Network ACLs to obtain the ID of the target network ACL, and then use this API to add network ACL rules."]
    #[doc = " **Range**:"] #[doc = " N/A"] #[doc = ""] #[doc =
    " Path parameter `firewall_id`."] firewall_id : String, #[doc = " **Definition**:"]
    #[doc = " ID of the project that the network ACL belongs to."] #[doc = " **Range**:"]
    #[doc = " N/A"] #[doc = ""] #[doc = " Path parameter `project_id`."] project_id :
    String, #[doc = " **Definition**:"] #[doc =
    " Request body for inserting a network ACL rule."] #[doc = " **Constraints**:"] #[doc
    = " N/A"] #[doc = " **Range**:"] #[doc = " N/A"] #[doc = " **Default Value**:"] #[doc
    = " N/A"] firewall : types::Firewallinsertruleoption, #[doc = " **Definition**:"]
    #[doc = " Whether to only check the request."] #[doc = " **Constraints**:"] #[doc =
    " N/A"] #[doc = " **Range**:"] #[doc = ""] #[doc =
    " - true: A check request will be sent and no network ACL rule will be inserted. Check items include mandatory parameters, request format, and constraints. If the check fails, an error will be returned. If the check succeeds, response code 202 will be returned."]
    #[doc =
    " - false: A request will be sent and a network ACL rule will be inserted. **Default Value**: false"]
    dry_run : bool }
);
impl InsertingANetworkAclRule {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::AddFirewallRulesResponse> {
        let body = types::AddFirewallRulesRequest {
            firewall: need!(self, firewall)?,
            dry_run: self.dry_run,
        };
        let request = request!(
            self, Put, "/v3/{project_id}/vpc/firewalls/{firewall_id}/insert-rules"
        )
            .path_param("firewall_id", need!(self, firewall_id)?)
            .path_param("project_id", need!(self, project_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    UpdatingANetworkAclRule("updating_a_network_acl_rule") { #[doc = " **Definition**:"]
    #[doc =
    " Network ACL ID. You can call the API Querying Network ACLs to obtain the ID of the target network ACL, and then use this API to update network ACL rules."]
    #[doc = " **Range**:"] #[doc = " N/A"] #[doc = ""] #[doc =
    " Path parameter `firewall_id`."] firewall_id : String, #[doc = " **Definition**:"]
    #[doc = " ID of the project that the network ACL belongs to."] #[doc = " **Range**:"]
    #[doc = " N/A"] #[doc = ""] #[doc = " Path parameter `project_id`."] project_id :
    String, #[doc = " **Definition**:"] #[doc =
    " Request body for updating a network ACL rule"] #[doc = " **Constraints**:"] #[doc =
    " N/A"] #[doc = " **Range**:"] #[doc = " N/A"] #[doc = " **Default Value**:"] #[doc =
    " N/A"] firewall : types::Firewallupdateruleoption, #[doc = " **Definition**:"] #[doc
    = " Whether to only check the request."] #[doc = " **Constraints**:"] #[doc = " N/A"]
    #[doc = " **Range**:"] #[doc = ""] #[doc =
    " - **true**: A check request will be sent and no network ACL rule will not be updated. Check items include mandatory parameters, request format, and constraints. If the check fails, an error will be returned. If the check succeeds, response code 202 will be returned."]
    #[doc =
    " - false: A request will be sent and a network ACL rule will be updated. **Default Value**: false"]
    dry_run : bool }
);
impl UpdatingANetworkAclRule {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::UpdateFirewallRulesResponse> {
        let body = types::UpdateFirewallRulesRequest {
            firewall: need!(self, firewall)?,
            dry_run: self.dry_run,
        };
        let request = request!(
            self, Put, "/v3/{project_id}/vpc/firewalls/{firewall_id}/update-rules"
        )
            .path_param("firewall_id", need!(self, firewall_id)?)
            .path_param("project_id", need!(self, project_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingTagsOfANetworkAcl("querying_tags_of_a_network_acl") { #[doc =
    " The unique ID of a network ACL."] #[doc = " The value is a string in UUID format."]
    #[doc = " The network ACL with a given ID must exist."] #[doc = ""] #[doc =
    " Path parameter `firewall_id`."] firewall_id : String, #[doc =
    " Project ID. Path parameter `project_id`."] project_id : String }
);
impl QueryingTagsOfANetworkAcl {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ShowFirewallTagsResponse> {
        let request = request!(
            self, Get, "/v3/{project_id}/firewalls/{firewall_id}/tags"
        )
            .path_param("firewall_id", need!(self, firewall_id)?)
            .path_param("project_id", need!(self, project_id)?);
        self.call.json(request).await
    }
}
crate::support::builder!(
    AddingATagToANetworkAcl("adding_a_tag_to_a_network_acl") { #[doc =
    " The unique ID of a network ACL."] #[doc = " The value is a string in UUID format."]
    #[doc = " The network ACL with a given ID must exist."] #[doc = ""] #[doc =
    " Path parameter `firewall_id`."] firewall_id : String, #[doc =
    " Project ID. Path parameter `project_id`."] project_id : String, #[doc =
    " Request body for adding tags to a network ACL."] tag : types::Resourcetag }
);
impl AddingATagToANetworkAcl {
    /// Sends the request: the 204 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<()> {
        let body = types::CreateFirewallTagRequest {
            tag: need!(self, tag)?,
        };
        let request = request!(
            self, Post, "/v3/{project_id}/firewalls/{firewall_id}/tags"
        )
            .path_param("firewall_id", need!(self, firewall_id)?)
            .path_param("project_id", need!(self, project_id)?)
            .json_body(&body)?;
        self.call.empty(request).await
    }
}
crate::support::builder!(
    AddingTagsToANetworkAclInBatches("adding_tags_to_a_network_acl_in_batches") { #[doc =
    " The unique ID of a network ACL."] #[doc = " The value is a string in UUID format."]
    #[doc = " The network ACL with a given ID must exist."] #[doc = ""] #[doc =
    " Path parameter `firewall_id`."] firewall_id : String, #[doc =
    " Project ID. Path parameter `project_id`."] project_id : String, #[doc = " Tags"]
    tags : Vec < types::Resourcetag > }
);
impl AddingTagsToANetworkAclInBatches {
    /// Sends the request: the 204 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<()> {
        let body = types::BatchCreateFirewallTagsRequest {
            tags: need!(self, tags)?,
        };
        let request = request!(
            self, Post, "/v3/{project_id}/firewalls/{firewall_id}/tags/create"
        )
            .path_param("firewall_id", need!(self, firewall_id)?)
            .path_param("project_id", need!(self, project_id)?)
            .json_body(&body)?;
        self.call.empty(request).await
    }
}
crate::support::builder!(
    DeletingATagFromANetworkAcl("deleting_a_tag_from_a_network_acl") { #[doc =
    " The unique ID of a network ACL."] #[doc = " The value is a string in UUID format."]
    #[doc = " The network ACL with a given ID must exist."] #[doc = ""] #[doc =
    " Path parameter `firewall_id`."] firewall_id : String, #[doc =
    " Project ID. Path parameter `project_id`."] project_id : String, #[doc =
    " Tag key. Path parameter `tag_key`."] tag_key : String }
);
impl DeletingATagFromANetworkAcl {
    /// Sends the request: the 204 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<()> {
        let request = request!(
            self, Delete, "/v3/{project_id}/firewalls/{firewall_id}/tags/{tag_key}"
        )
            .path_param("firewall_id", need!(self, firewall_id)?)
            .path_param("project_id", need!(self, project_id)?)
            .path_param("tag_key", need!(self, tag_key)?);
        self.call.empty(request).await
    }
}
crate::support::builder!(
    DeletingTagsFromANetworkAclInBatches("deleting_tags_from_a_network_acl_in_batches") {
    #[doc = " The unique ID of a network ACL."] #[doc =
    " The value is a string in UUID format."] #[doc =
    " The network ACL with a given ID must exist."] #[doc = ""] #[doc =
    " Path parameter `firewall_id`."] firewall_id : String, #[doc =
    " Project ID. Path parameter `project_id`."] project_id : String, #[doc = " Tags"]
    tags : Vec < types::Deleteresourcetagrequestbody > }
);
impl DeletingTagsFromANetworkAclInBatches {
    /// Sends the request: the 204 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<()> {
        let body = types::BatchDeleteFirewallTagsRequest {
            tags: need!(self, tags)?,
        };
        let request = request!(
            self, Post, "/v3/{project_id}/firewalls/{firewall_id}/tags/delete"
        )
            .path_param("firewall_id", need!(self, firewall_id)?)
            .path_param("project_id", need!(self, project_id)?)
            .json_body(&body)?;
        self.call.empty(request).await
    }
}
crate::support::builder!(
    QueryingNetworkAcLsUsingTags("querying_network_ac_ls_using_tags") { #[doc =
    " Project ID. Path parameter `project_id`."] project_id : String, #[doc =
    " Number of records to be queried."] #[doc =
    " The value can be from **1** to **1000**."] #[doc =
    " The default value is **1000**."] #[doc = ""] #[doc =
    " Query parameter `limit`. Default: `1000`."] limit : i64, #[doc =
    " The index position. The query starts from the next piece of data indexed by this parameter."]
    #[doc =
    " The value is **0** by default, indicating that the query starts from the first piece of data. The value cannot be a negative number."]
    #[doc = ""] #[doc = " Query parameter `offset`. Default: `0`."] offset : i64, #[doc =
    " The key-value pair to be matched in the query. The key is a fixed dictionary value and must be a unique and supported key. The key can only be **resource\\_name**."]
    matches : Vec < types::Match >, #[doc =
    " The resources to be queried contain all tags listed in tags. A maximum of 50 tags can be specified. Each tag key can have a maximum of 10 tag values. Each tag value can be an empty array but the structure cannot be missing. Each tag key must be unique, and each tag value of a tag must also be unique. Resources with all tags listed in tags will be returned. Keys in this list are in an AND relationship while values in each key-value structure are in an OR relationship. If **tags** is not specified, all resources will be returned."]
    tags : Vec < types::Listtag > }
);
impl QueryingNetworkAcLsUsingTags {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ListFirewallsByTagsResponse> {
        let body = types::ListFirewallsByTagsRequest {
            matches: self.matches,
            tags: self.tags,
        };
        let request = request!(
            self, Post, "/v3/{project_id}/firewalls/resource-instances/filter"
        )
            .path_param("project_id", need!(self, project_id)?)
            .query_opt("limit", self.limit)
            .query_opt("offset", self.offset)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingTagsOfNetworkAcLsInAProject("querying_tags_of_network_ac_ls_in_a_project") {
    #[doc = " Project ID. Path parameter `project_id`."] project_id : String, #[doc =
    " Number of records to be queried. Query parameter `limit`."] limit : i64, #[doc =
    " The index position. The query starts from the next piece of data indexed by this parameter."]
    #[doc =
    " The value is **0** by default, indicating that the query starts from the first piece of data. The value cannot be a negative number."]
    #[doc = ""] #[doc = " Query parameter `offset`. Default: `0`."] offset : i64 }
);
impl QueryingTagsOfNetworkAcLsInAProject {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ListFirewallTagsResponse> {
        let request = request!(self, Get, "/v3/{project_id}/firewalls/tags")
            .path_param("project_id", need!(self, project_id)?)
            .query_opt("limit", self.limit)
            .query_opt("offset", self.offset);
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingTheNumberOfNetworkAcLsUsingTags("querying_the_number_of_network_ac_ls_using_tags")
    { #[doc = " Project ID. Path parameter `project_id`."] project_id : String, #[doc =
    " The key-value pair to be matched in the query. The key is a fixed dictionary value and must be a unique and supported key. The key can only be **resource\\_name**."]
    matches : Vec < types::Match >, #[doc =
    " The resources to be queried contain all tags listed in tags. A maximum of 50 tags can be specified. Each tag key can have a maximum of 10 tag values. Each tag value can be an empty array but the structure cannot be missing. Each tag key must be unique, and each tag value of a tag must also be unique. Resources with all tags listed in tags will be returned. Keys in this list are in an AND relationship while values in each key-value structure are in an OR relationship. If **tags** is not specified, all resources will be returned."]
    tags : Vec < types::Listtag > }
);
impl QueryingTheNumberOfNetworkAcLsUsingTags {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ShowCountFirewallsByTagsResponse> {
        let body = types::ListFirewallsByTagsRequest {
            matches: self.matches,
            tags: self.tags,
        };
        let request = request!(
            self, Post, "/v3/{project_id}/firewalls/resource-instances/count"
        )
            .path_param("project_id", need!(self, project_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingSecurityGroups("querying_security_groups") { #[doc =
    " - Definition: ID of the project that a security group belongs to. Multiple IDs can be specified for filtering."]
    #[doc = " - Range: None"] #[doc = ""] #[doc = " Path parameter `project_id`."]
    project_id : String, #[doc =
    " - Definition: Number of resources returned on each page."] #[doc =
    " - Range: 0-2000"] #[doc = ""] #[doc = " Query parameter `limit`. Range 0 to 2000."]
    limit : i64, #[doc =
    " - Definition: ID of the resource from which the pagination query starts. If the parameter is left blank, only resources on the first page are queried."]
    #[doc = " - Range: Security group ID."] #[doc = ""] #[doc =
    " Query parameter `marker`."] marker : String, #[doc =
    " - Definition: ID of a security group. This field can be used to precisely filter security groups. Multiple IDs can be specified for filtering."]
    #[doc = " - Range: None"] #[doc = ""] #[doc = " Query parameter `id`."] id : Vec <
    String >, #[doc =
    " - Definition: Name of a security group. This field can be used to precisely filter security groups. Multiple names can be specified for filtering."]
    #[doc = " - Range: None"] #[doc = ""] #[doc = " Query parameter `name`."] name : Vec
    < String >, #[doc =
    " - Definition: Description of a security group. This field can be used to precisely filter security groups. Multiple descriptions can be specified for filtering."]
    #[doc = " - Range: None"] #[doc = ""] #[doc = " Query parameter `description`."]
    description : Vec < String >, #[doc =
    " - Definition: ID of the enterprise project that a security group belongs to. This field can be used to filter the security groups associated with an enterprise project."]
    #[doc = " - Range:"] #[doc =
    " - The value is **0** or a string that contains a maximum of 36 characters in UUID format with hyphens (-). **0** indicates the default enterprise project."]
    #[doc =
    " - To obtain the security groups associated with all enterprise projects that a user has permissions to view, specify **all\\_granted\\_eps**."]
    #[doc = ""] #[doc = " Query parameter `enterprise_project_id`. Length at most 36."]
    enterprise_project_id : String, #[doc =
    " - Definition: ID of the project that a security group belongs to. Multiple IDs can be specified for filtering."]
    #[doc = " - Range: None"] #[doc = ""] #[doc = " Query parameter `project_id`."]
    project_id_2 : Vec < String > }
);
impl QueryingSecurityGroups {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ListSecurityGroupsResponse> {
        let mut request = request!(self, Get, "/v3/{project_id}/vpc/security-groups")
            .path_param("project_id", need!(self, project_id)?)
            .query_opt("limit", self.limit)
            .query_opt("marker", self.marker)
            .query_opt("enterprise_project_id", self.enterprise_project_id);
        for value in self.id.unwrap_or_default() {
            request = request.query("id", value);
        }
        for value in self.name.unwrap_or_default() {
            request = request.query("name", value);
        }
        for value in self.description.unwrap_or_default() {
            request = request.query("description", value);
        }
        for value in self.project_id_2.unwrap_or_default() {
            request = request.query("project_id", value);
        }
        self.call.json(request).await
    }
}
crate::support::builder!(
    CreatingASecurityGroup("creating_a_security_group") { #[doc =
    " - Definition: ID of the project that a security group belongs to."] #[doc =
    " - Range: None"] #[doc = ""] #[doc = " Path parameter `project_id`."] project_id :
    String, #[doc = " - Definition: Whether to only send the check request."] #[doc =
    " - Constraints: None"] #[doc = " - Range:"] #[doc =
    " - **true**: A check request will be sent and no security group will be created. Check items include mandatory parameters, request format, and constraints. If the check fails, an error will be returned. If the check succeeds, response code 202 will be returned."]
    #[doc = " - **false**: A request will be sent and a security group will be created."]
    #[doc = " - Default Value: **false**"] #[doc = ""] #[doc = " Default: `false`."]
    dry_run : bool, #[doc = " - Definition: Request body for creating a security group."]
    #[doc = " - Constraints: None"] #[doc = " - Range: None"] #[doc =
    " - Default Value: None"] security_group : types::Createsecuritygroupoption }
);
impl CreatingASecurityGroup {
    /// Sends the request: the 201 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::CreateSecurityGroupResponse201> {
        let body = types::CreateSecurityGroupRequest {
            dry_run: self.dry_run,
            security_group: need!(self, security_group)?,
        };
        let request = request!(self, Post, "/v3/{project_id}/vpc/security-groups")
            .path_param("project_id", need!(self, project_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingTheDetailsOfASecurityGroup("querying_the_details_of_a_security_group") {
    #[doc = " - Definition: ID of the project that a security group belongs to."] #[doc =
    " - Range: None"] #[doc = ""] #[doc = " Path parameter `project_id`."] project_id :
    String, #[doc = " - Definition: ID of a security group."] #[doc = " - Range: None"]
    #[doc = ""] #[doc = " Path parameter `security_group_id`."] security_group_id :
    String }
);
impl QueryingTheDetailsOfASecurityGroup {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ShowSecurityGroupResponse> {
        let request = request!(
            self, Get, "/v3/{project_id}/vpc/security-groups/{security_group_id}"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param("security_group_id", need!(self, security_group_id)?);
        self.call.json(request).await
    }
}
crate::support::builder!(
    UpdatingASecurityGroup("updating_a_security_group") { #[doc =
    " - Definition: ID of the project that a security group belongs to."] #[doc =
    " - Range: None"] #[doc = ""] #[doc = " Path parameter `project_id`."] project_id :
    String, #[doc = " - Definition: ID of a security group."] #[doc = " - Range: None"]
    #[doc = ""] #[doc = " Path parameter `security_group_id`."] security_group_id :
    String, #[doc = " - Definition: Whether to only send the check request."] #[doc =
    " - Constraints: None"] #[doc = " - Range:"] #[doc =
    " - **true**: A check request will be sent and no security group will be updated. Check items include mandatory parameters, request format, and constraints. If the check fails, an error will be returned. If the check succeeds, response code 202 will be returned."]
    #[doc = " - **false**: A request will be sent and a security group will be updated."]
    #[doc = " - Default Value: **false**"] #[doc = ""] #[doc = " Default: `false`."]
    dry_run : bool, #[doc = " - Definition: Request body for updating a security group."]
    #[doc = " - Constraints: None"] #[doc = " - Range: None"] #[doc =
    " - Default Value: None"] security_group : types::Updatesecuritygroupoption }
);
impl UpdatingASecurityGroup {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::UpdateSecurityGroupResponse> {
        let body = types::UpdateSecurityGroupRequest {
            dry_run: self.dry_run,
            security_group: need!(self, security_group)?,
        };
        let request = request!(
            self, Put, "/v3/{project_id}/vpc/security-groups/{security_group_id}"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param("security_group_id", need!(self, security_group_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    DeletingASecurityGroup("deleting_a_security_group") { #[doc =
    " - Definition: ID of the project that a security group belongs to."] #[doc =
    " - Range: None"] #[doc = ""] #[doc = " Path parameter `project_id`."] project_id :
    String, #[doc = " - Definition: ID of a security group."] #[doc = " - Range: None"]
    #[doc = ""] #[doc = " Path parameter `security_group_id`."] security_group_id :
    String }
);
impl DeletingASecurityGroup {
    /// Sends the request: the 204 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<()> {
        let request = request!(
            self, Delete, "/v3/{project_id}/vpc/security-groups/{security_group_id}"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param("security_group_id", need!(self, security_group_id)?);
        self.call.empty(request).await
    }
}
crate::support::builder!(
    QueryingSecurityGroupRules("querying_security_group_rules") { #[doc =
    " - Definition: ID of the project that a security group rule belongs to. Multiple IDs can be specified for filtering."]
    #[doc = " - Range: None"] #[doc = ""] #[doc = " Path parameter `project_id`."]
    project_id : String, #[doc =
    " - Definition: Number of records returned on each page."] #[doc =
    " - Range: 0-2000"] #[doc = ""] #[doc = " Query parameter `limit`. Range 0 to 2000."]
    limit : i64, #[doc =
    " - Definition: ID of the resource from which the pagination query starts. If the parameter is left blank, only resources on the first page are queried."]
    #[doc = " - Range: Security group rule ID."] #[doc = ""] #[doc =
    " Query parameter `marker`."] marker : String, #[doc =
    " - Definition: ID of a security group rule. Multiple IDs can be specified for filtering."]
    #[doc = " - Range: None"] #[doc = ""] #[doc = " Query parameter `id`."] id : Vec <
    String >, #[doc =
    " - Definition: ID of the security group that a security group rule belongs to. Multiple IDs can be specified for filtering."]
    #[doc = " - Range: None"] #[doc = ""] #[doc =
    " Query parameter `security_group_id`."] security_group_id : Vec < String >, #[doc =
    " - Definition: Communication protocol of a security group rule. Multiple values can be specified for filtering."]
    #[doc = " - Range: None"] #[doc = ""] #[doc = " Query parameter `protocol`."]
    protocol : Vec < String >, #[doc =
    " - Definition: Description of a security group rule. Multiple descriptions can be specified for filtering."]
    #[doc = " - Range: None"] #[doc = ""] #[doc = " Query parameter `description`."]
    description : Vec < String >, #[doc =
    " - Definition: Remote security group ID of a security group rule. Multiple IDs can be specified for filtering."]
    #[doc = " - Range: None"] #[doc = ""] #[doc = " Query parameter `remote_group_id`."]
    remote_group_id : Vec < String >, #[doc =
    " - Definition: Inbound or outbound direction of a security group rule."] #[doc =
    " - Range:"] #[doc = " - **ingress**: inbound direction"] #[doc =
    " - **egress**: outbound direction"] #[doc = ""] #[doc =
    " Query parameter `direction`."] direction : String, #[doc =
    " - Definition: Action of a security group rule."] #[doc = " - Range:"] #[doc =
    " - **allow**"] #[doc = " - **deny**"] #[doc = ""] #[doc =
    " Query parameter `action`."] action : String, #[doc =
    " - Definition: Remote IP address of a security group rule."] #[doc =
    " - Range: The value must be in CIDR format."] #[doc = ""] #[doc =
    " Query parameter `remote_ip_prefix`."] remote_ip_prefix : String, #[doc =
    " - Definition: ID of the project that a security group rule belongs to. Multiple IDs can be specified for filtering."]
    #[doc = " - Range: None"] #[doc = ""] #[doc = " Query parameter `project_id`."]
    project_id_2 : Vec < String >, #[doc =
    " - Definition: Priority of a security group rule. Multiple values can be specified for filtering."]
    #[doc = " - Range: None"] #[doc = ""] #[doc = " Query parameter `priority`."]
    priority : Vec < i64 >, #[doc =
    " - Definition: IP address version of a security group rule. Multiple values can be specified for filtering."]
    #[doc = " - Range: **IPv4**, **IPv6**, **ipv4**, and **ipv6**"] #[doc = ""] #[doc =
    " Query parameter `ethertype`."] ethertype : Vec < String >, #[doc =
    " - Definition: Remote IP address group ID of a security group rule. Multiple IDs can be specified for filtering."]
    #[doc = " - Range: None"] #[doc = ""] #[doc =
    " Query parameter `remote_address_group_id`."] remote_address_group_id : Vec < String
    > }
);
impl QueryingSecurityGroupRules {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ListSecurityGroupRulesResponse> {
        let mut request = request!(
            self, Get, "/v3/{project_id}/vpc/security-group-rules"
        )
            .path_param("project_id", need!(self, project_id)?)
            .query_opt("limit", self.limit)
            .query_opt("marker", self.marker)
            .query_opt("direction", self.direction)
            .query_opt("action", self.action)
            .query_opt("remote_ip_prefix", self.remote_ip_prefix);
        for value in self.id.unwrap_or_default() {
            request = request.query("id", value);
        }
        for value in self.security_group_id.unwrap_or_default() {
            request = request.query("security_group_id", value);
        }
        for value in self.protocol.unwrap_or_default() {
            request = request.query("protocol", value);
        }
        for value in self.description.unwrap_or_default() {
            request = request.query("description", value);
        }
        for value in self.remote_group_id.unwrap_or_default() {
            request = request.query("remote_group_id", value);
        }
        for value in self.project_id_2.unwrap_or_default() {
            request = request.query("project_id", value);
        }
        for value in self.priority.unwrap_or_default() {
            request = request.query("priority", value);
        }
        for value in self.ethertype.unwrap_or_default() {
            request = request.query("ethertype", value);
        }
        for value in self.remote_address_group_id.unwrap_or_default() {
            request = request.query("remote_address_group_id", value);
        }
        self.call.json(request).await
    }
}
crate::support::builder!(
    CreatingASecurityGroupRule("creating_a_security_group_rule") { #[doc =
    " - Definition: ID of the project that a security group rule belongs to."] #[doc =
    " - Range: None"] #[doc = ""] #[doc = " Path parameter `project_id`."] project_id :
    String, #[doc = " - Definition: Whether to only send the check request."] #[doc =
    " - Constraints: None"] #[doc = " - Range:"] #[doc =
    " - **true**: A check request will be sent and no security group rule will be created. Check items include mandatory parameters, request format, and constraints. If the check fails, an error will be returned. If the check succeeds, response code 202 will be returned."]
    #[doc =
    " - **false**: A request will be sent and a security group rule will be created."]
    #[doc = " - Default Value: **false**"] #[doc = ""] #[doc = " Default: `false`."]
    dry_run : bool, #[doc =
    " - Definition: Request body for creating a security group rule."] #[doc =
    " - Constraints: None"] #[doc = " - Range: None"] #[doc = " - Default Value: None"]
    security_group_rule : types::Createsecuritygroupruleoption }
);
impl CreatingASecurityGroupRule {
    /// Sends the request: the 201 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::CreateSecurityGroupRuleResponse201> {
        let body = types::CreateSecurityGroupRuleRequest {
            dry_run: self.dry_run,
            security_group_rule: need!(self, security_group_rule)?,
        };
        let request = request!(self, Post, "/v3/{project_id}/vpc/security-group-rules")
            .path_param("project_id", need!(self, project_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingASecurityGroupRule("querying_a_security_group_rule") { #[doc =
    " - Definition: ID of the project that a security group rule belongs to."] #[doc =
    " - Range: None"] #[doc = ""] #[doc = " Path parameter `project_id`."] project_id :
    String, #[doc =
    " - Definition: Security group rule ID. You can call the API Querying Security Group Rules to obtain the ID of the target security group rule, and then use this API to query details about the security group rule."]
    #[doc = " - Range: None"] #[doc = ""] #[doc =
    " Path parameter `security_group_rule_id`."] security_group_rule_id : String }
);
impl QueryingASecurityGroupRule {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ShowSecurityGroupRuleResponse> {
        let request = request!(
            self, Get,
            "/v3/{project_id}/vpc/security-group-rules/{security_group_rule_id}"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param("security_group_rule_id", need!(self, security_group_rule_id)?);
        self.call.json(request).await
    }
}
crate::support::builder!(
    DeletingASecurityGroupRule("deleting_a_security_group_rule") { #[doc =
    " - Definition: Project ID."] #[doc = " - Range: None"] #[doc = ""] #[doc =
    " Path parameter `project_id`."] project_id : String, #[doc =
    " - Definition: ID of a security group rule. You can call the API Querying Security Group Rules to obtain the ID of the target security group rule, and then use this API to delete the security group rule."]
    #[doc = " - Range: None"] #[doc = ""] #[doc =
    " Path parameter `security_group_rule_id`."] security_group_rule_id : String }
);
impl DeletingASecurityGroupRule {
    /// Sends the request: the 204 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<()> {
        let request = request!(
            self, Delete,
            "/v3/{project_id}/vpc/security-group-rules/{security_group_rule_id}"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param("security_group_rule_id", need!(self, security_group_rule_id)?);
        self.call.empty(request).await
    }
}
crate::support::builder!(
    AddingASecondaryCidrBlockToAVpc("adding_a_secondary_cidr_block_to_a_vpc") { #[doc =
    " - Definition: ID of the project that a VPC belongs to."] #[doc = " - Range: None"]
    #[doc = ""] #[doc = " Path parameter `project_id`."] project_id : String, #[doc =
    " - Definition: VPC ID, which uniquely identifies the VPC."] #[doc =
    " - Range: None"] #[doc = ""] #[doc = " Path parameter `vpc_id`."] vpc_id : String,
    #[doc = " - Definition: Whether to only send the check request."] #[doc =
    " - Constraints: None"] #[doc = " - Range:"] #[doc =
    " - **true**: Only the check request will be sent and no secondary CIDR block will not be added. Check items include mandatory parameters, request format, and constraints. If the check fails, an error will be returned. If the check succeeds, response code 202 will be returned."]
    #[doc =
    " - **false**: A request will be sent and a secondary CIDR block will be added."]
    #[doc = " - Default Value: **false**"] #[doc = ""] #[doc = " Default: `false`."]
    dry_run : bool, #[doc =
    " - Definition: Request body for adding a secondary CIDR block."] #[doc =
    " - Constraints: None"] #[doc = " - Range: None"] #[doc = " - Default Value: None"]
    vpc : types::Addextendcidroption }
);
impl AddingASecondaryCidrBlockToAVpc {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::AddVpcSecondaryCidrBlockResponse> {
        let body = types::AddVpcSecondaryCidrBlockRequest {
            dry_run: self.dry_run,
            vpc: need!(self, vpc)?,
        };
        let request = request!(
            self, Put, "/v3/{project_id}/vpc/vpcs/{vpc_id}/add-extend-cidr"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param("vpc_id", need!(self, vpc_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingTheDetailsOfAVpc("querying_the_details_of_a_vpc") { #[doc =
    " - Definition: ID of the project that a VPC belongs to."] #[doc = " - Range: None"]
    #[doc = ""] #[doc = " Path parameter `project_id`."] project_id : String, #[doc =
    " - Definition: VPC ID, which uniquely identifies the VPC."] #[doc =
    " - Range: None"] #[doc = ""] #[doc = " Path parameter `vpc_id`."] vpc_id : String }
);
impl QueryingTheDetailsOfAVpc {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ShowVpcResponse> {
        let request = request!(self, Get, "/v3/{project_id}/vpc/vpcs/{vpc_id}")
            .path_param("project_id", need!(self, project_id)?)
            .path_param("vpc_id", need!(self, vpc_id)?);
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingVpCs("querying_vp_cs") { #[doc =
    " - Definition: ID of the project that a VPC belongs to."] #[doc = " - Range: None"]
    #[doc = ""] #[doc = " Path parameter `project_id`."] project_id : String, #[doc =
    " - Definition: Number of records returned on each page."] #[doc =
    " - Range: 0-2000"] #[doc = ""] #[doc = " Query parameter `limit`. Range 0 to 2000."]
    limit : i64, #[doc =
    " - Definition: ID of the resource from which the pagination query starts. If the parameter is left blank, only resources on the first page are queried."]
    #[doc = " - Range: VPC ID."] #[doc = ""] #[doc = " Query parameter `marker`."] marker
    : String, #[doc = " - Definition: VPC ID, which can be used to filter VPCs."] #[doc =
    " - Range: None"] #[doc = ""] #[doc = " Query parameter `id`."] id : Vec < String >,
    #[doc = " - Definition: VPC name, which can be used to filter VPCs."] #[doc =
    " - Range: None"] #[doc = ""] #[doc = " Query parameter `name`."] name : Vec < String
    >, #[doc = " - Definition: VPC description, which can be used to filter VPCs."] #[doc
    = " - Range: None"] #[doc = ""] #[doc = " Query parameter `description`."]
    description : Vec < String >, #[doc =
    " - Definition: CIDR block of a VPC, which can be used to filter VPCs."] #[doc =
    " - Range: None"] #[doc = ""] #[doc = " Query parameter `cidr`."] cidr : Vec < String
    > }
);
impl QueryingVpCs {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ShowVpCsResponse> {
        let mut request = request!(self, Get, "/v3/{project_id}/vpc/vpcs")
            .path_param("project_id", need!(self, project_id)?)
            .query_opt("limit", self.limit)
            .query_opt("marker", self.marker);
        for value in self.id.unwrap_or_default() {
            request = request.query("id", value);
        }
        for value in self.name.unwrap_or_default() {
            request = request.query("name", value);
        }
        for value in self.description.unwrap_or_default() {
            request = request.query("description", value);
        }
        for value in self.cidr.unwrap_or_default() {
            request = request.query("cidr", value);
        }
        self.call.json(request).await
    }
}
crate::support::builder!(
    RemovingASecondaryCidrBlockFromAVpc("removing_a_secondary_cidr_block_from_a_vpc") {
    #[doc = " - Definition: ID of the project that a VPC belongs to."] #[doc =
    " - Range: None"] #[doc = ""] #[doc = " Path parameter `project_id`."] project_id :
    String, #[doc = " - Definition: VPC ID, which uniquely identifies the VPC."] #[doc =
    " - Range: None"] #[doc = ""] #[doc = " Path parameter `vpc_id`."] vpc_id : String,
    #[doc = " - Definition: Whether to only send the check request."] #[doc =
    " - Constraints: None"] #[doc = " - Range:"] #[doc =
    " - **true**: Only the check request will be sent and no secondary CIDR block will be removed. Check items include mandatory parameters, request format, and constraints. If the check fails, an error will be returned. If the check succeeds, response code 202 will be returned."]
    #[doc =
    " - **false**: A request will be sent and a secondary CIDR block will be removed."]
    #[doc = " - Default Value: **false**"] #[doc = ""] #[doc = " Default: `false`."]
    dry_run : bool, #[doc =
    " - Definition: Request body for removing a secondary CIDR block from a VPC."] #[doc
    = " - Constraints: None"] #[doc = " - Range: None"] #[doc = " - Default Value: None"]
    vpc : types::Removeextendcidroption }
);
impl RemovingASecondaryCidrBlockFromAVpc {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::RemoveVpcSecondaryCidrBlockResponse> {
        let body = types::RemoveVpcSecondaryCidrBlockRequest {
            dry_run: self.dry_run,
            vpc: need!(self, vpc)?,
        };
        let request = request!(
            self, Put, "/v3/{project_id}/vpc/vpcs/{vpc_id}/remove-extend-cidr"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param("vpc_id", need!(self, vpc_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingFirewallGroups("querying_firewall_groups") { #[doc =
    " Specifies that the ID of the firewall group is used as the filtering condition. Query parameter `id`."]
    id : String, #[doc =
    " Specifies that the name of the firewall group is used as the filtering condition. Query parameter `name`."]
    name : String, #[doc =
    " Specifies that the description of the firewall group is used as the filtering condition. Query parameter `description`."]
    description : String, #[doc =
    " Specifies that the admin state of the firewall group is used as the filtering condition."]
    #[doc = " The value can be **true** or **false**."] #[doc = ""] #[doc =
    " Query parameter `admin_state_up`."] admin_state_up : bool, #[doc =
    " Specifies that the project ID of the firewall group is used as the filtering condition. Query parameter `tenant_id`."]
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
impl QueryingFirewallGroups {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ListFirewallGroupsResponse> {
        let request = request!(self, Get, "/v2.0/fwaas/firewall_groups")
            .query_opt("id", self.id)
            .query_opt("name", self.name)
            .query_opt("description", self.description)
            .query_opt("admin_state_up", self.admin_state_up)
            .query_opt("tenant_id", self.tenant_id)
            .query_opt("marker", self.marker)
            .query_opt("limit", self.limit)
            .query_opt("page_reverse", self.page_reverse);
        self.call.json(request).await
    }
}
crate::support::builder!(
    CreatingAFirewallGroup("creating_a_firewall_group") { #[doc =
    " Specifies the firewall group. For details, see Table 2."] firewall_group :
    types::FirewallGroupObject }
);
impl CreatingAFirewallGroup {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::CreateFirewallGroupResponse> {
        let body = types::CreateFirewallGroupRequest {
            firewall_group: need!(self, firewall_group)?,
        };
        let request = request!(self, Post, "/v2.0/fwaas/firewall_groups")
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingFirewallPolicies("querying_firewall_policies") { #[doc =
    " Specifies that the firewall policy ID is used as the filtering condition. Query parameter `id`."]
    id : String, #[doc =
    " Specifies that the firewall policy name is used as the filtering condition. Query parameter `name`."]
    name : String, #[doc =
    " Specifies that the firewall policy description is used as the filtering condition. Query parameter `description`."]
    description : String, #[doc =
    " Specifies that the project ID of the firewall policy is used as the filtering condition. Query parameter `tenant_id`."]
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
impl QueryingFirewallPolicies {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ListFirewallPoliciesResponse> {
        let request = request!(self, Get, "/v2.0/fwaas/firewall_policies")
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
    CreatingAFirewallPolicy("creating_a_firewall_policy") { #[doc =
    " Specifies the firewall policy. For details, see Table 2."] firewall_policy :
    types::FirewallPolicyObject }
);
impl CreatingAFirewallPolicy {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::CreateFirewallPolicyResponse> {
        let body = types::CreateFirewallPolicyRequest {
            firewall_policy: need!(self, firewall_policy)?,
        };
        let request = request!(self, Post, "/v2.0/fwaas/firewall_policies")
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingFirewallRules("querying_firewall_rules") { #[doc =
    " Specifies that the firewall rule ID is used as the filtering condition. Query parameter `id`."]
    id : String, #[doc =
    " Specifies that the firewall rule name is used as the filtering condition. Query parameter `name`."]
    name : String, #[doc =
    " Specifies that the firewall rule description is used as the filtering condition. Query parameter `description`."]
    description : String, #[doc =
    " Specifies that the IP address version is used as the filtering condition."] #[doc =
    " The value can be **4** (IPv4) or **6** (IPv6)."] #[doc = ""] #[doc =
    " Query parameter `ip_version`."] ip_version : i64, #[doc =
    " Specifies that the firewall rule action is used as the filtering condition."] #[doc
    = " The value can be **allow** or **deny**."] #[doc = ""] #[doc =
    " Query parameter `action`."] action : types::Action, #[doc =
    " Specifies that the firewall rule is enabled is used as the filtering condition."]
    #[doc = " The value can be **true** or **false**."] #[doc = ""] #[doc =
    " Query parameter `enabled`."] enabled : bool, #[doc =
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
    = " Query parameter `public`."] public : String, #[doc =
    " Query parameter `protocol`."] protocol : String, #[doc =
    " Query parameter `page_reverse`."] page_reverse : String }
);
impl QueryingFirewallRules {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ListFirewallRulesResponse> {
        let request = request!(self, Get, "/v2.0/fwaas/firewall_rules")
            .query_opt("id", self.id)
            .query_opt("name", self.name)
            .query_opt("description", self.description)
            .query_opt("ip_version", self.ip_version)
            .query_opt("action", self.action)
            .query_opt("enabled", self.enabled)
            .query_opt("tenant_id", self.tenant_id)
            .query_opt("marker", self.marker)
            .query_opt("limit", self.limit)
            .query_opt("public", self.public)
            .query_opt("protocol", self.protocol)
            .query_opt("page_reverse", self.page_reverse);
        self.call.json(request).await
    }
}
crate::support::builder!(
    CreatingAFirewallRule("creating_a_firewall_rule") { #[doc =
    " Specifies the firewall rule objects. For details, see Table 2."] firewall_rule :
    types::FirewallRuleObject }
);
impl CreatingAFirewallRule {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::CreateFirewallRuleResponse> {
        let body = types::CreateFirewallRuleRequest {
            firewall_rule: need!(self, firewall_rule)?,
        };
        let request = request!(self, Post, "/v2.0/fwaas/firewall_rules")
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingAFirewallGroup("querying_a_firewall_group") { #[doc =
    " Specifies the firewall group ID, which uniquely identifies the firewall group. The **fire\\_group\\_id** value is used as the filter."]
    #[doc = ""] #[doc = " Path parameter `firewall_group_id`."] firewall_group_id :
    String }
);
impl QueryingAFirewallGroup {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ShowFirewallGroupResponse> {
        let request = request!(
            self, Get, "/v2.0/fwaas/firewall_groups/{firewall_group_id}"
        )
            .path_param("firewall_group_id", need!(self, firewall_group_id)?);
        self.call.json(request).await
    }
}
crate::support::builder!(
    UpdatingAFirewallGroup("updating_a_firewall_group") { #[doc =
    " Path parameter `firewall_group_id`."] firewall_group_id : String, #[doc =
    " Specifies the firewall group. For details, see Table 2."] firewall_group :
    types::FirewallGroupObject }
);
impl UpdatingAFirewallGroup {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::CreateFirewallGroupResponse> {
        let body = types::CreateFirewallGroupRequest {
            firewall_group: need!(self, firewall_group)?,
        };
        let request = request!(
            self, Put, "/v2.0/fwaas/firewall_groups/{firewall_group_id}"
        )
            .path_param("firewall_group_id", need!(self, firewall_group_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    DeletingAFirewallGroup("deleting_a_firewall_group") { #[doc =
    " Specifies the firewall group ID, which uniquely identifies the firewall group. Path parameter `firewall_group_id`."]
    firewall_group_id : String }
);
impl DeletingAFirewallGroup {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<()> {
        let request = request!(
            self, Delete, "/v2.0/fwaas/firewall_groups/{firewall_group_id}"
        )
            .path_param("firewall_group_id", need!(self, firewall_group_id)?);
        self.call.empty(request).await
    }
}
crate::support::builder!(
    QueryingAFirewallPolicy("querying_a_firewall_policy") { #[doc =
    " Specifies the firewall policy ID, which uniquely identifies the firewall policy. The **firewall\\_policy\\_id** value is used as the filter."]
    #[doc = ""] #[doc = " Path parameter `firewall_policy_id`."] firewall_policy_id :
    String }
);
impl QueryingAFirewallPolicy {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ShowFirewallPolicyResponse> {
        let request = request!(
            self, Get, "/v2.0/fwaas/firewall_policies/{firewall_policy_id}"
        )
            .path_param("firewall_policy_id", need!(self, firewall_policy_id)?);
        self.call.json(request).await
    }
}
crate::support::builder!(
    UpdatingAFirewallPolicy("updating_a_firewall_policy") { #[doc =
    " Path parameter `firewall_policy_id`."] firewall_policy_id : String, #[doc =
    " Specifies the firewall policy objects. For details, see Table 2."] firewall_policy
    : types::FirewallPolicyObject }
);
impl UpdatingAFirewallPolicy {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::UpdateFirewallPolicyResponse> {
        let body = types::UpdateFirewallPolicyRequest {
            firewall_policy: need!(self, firewall_policy)?,
        };
        let request = request!(
            self, Put, "/v2.0/fwaas/firewall_policies/{firewall_policy_id}"
        )
            .path_param("firewall_policy_id", need!(self, firewall_policy_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    DeletingAFirewallPolicy("deleting_a_firewall_policy") { #[doc =
    " Specifies the firewall policy ID, which uniquely identifies the firewall policy. Path parameter `firewall_policy_id`."]
    firewall_policy_id : String }
);
impl DeletingAFirewallPolicy {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<()> {
        let request = request!(
            self, Delete, "/v2.0/fwaas/firewall_policies/{firewall_policy_id}"
        )
            .path_param("firewall_policy_id", need!(self, firewall_policy_id)?);
        self.call.empty(request).await
    }
}
crate::support::builder!(
    QueryingAFirewallRule("querying_a_firewall_rule") { #[doc =
    " Specifies the firewall rule ID, which uniquely identifies the firewall rule. The **firewall\\_rule\\_id** value is used as the filter."]
    #[doc = ""] #[doc = " Path parameter `firewall_rule_id`."] firewall_rule_id : String
    }
);
impl QueryingAFirewallRule {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ShowFirewallRuleResponse> {
        let request = request!(
            self, Get, "/v2.0/fwaas/firewall_rules/{firewall_rule_id}"
        )
            .path_param("firewall_rule_id", need!(self, firewall_rule_id)?);
        self.call.json(request).await
    }
}
crate::support::builder!(
    UpdatingAFirewallRule("updating_a_firewall_rule") { #[doc =
    " Path parameter `firewall_rule_id`."] firewall_rule_id : String, #[doc =
    " Specifies the firewall rule objects. For details, see Table 2."] firewall_rule :
    types::UpdateFirewallRuleObject }
);
impl UpdatingAFirewallRule {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::CreateFirewallRuleResponse> {
        let body = types::UpdateFirewallRuleRequest {
            firewall_rule: need!(self, firewall_rule)?,
        };
        let request = request!(
            self, Put, "/v2.0/fwaas/firewall_rules/{firewall_rule_id}"
        )
            .path_param("firewall_rule_id", need!(self, firewall_rule_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    DeletingAFirewallRule("deleting_a_firewall_rule") { #[doc =
    " Specifies the firewall rule ID, which uniquely identifies the firewall rule. Path parameter `firewall_rule_id`."]
    firewall_rule_id : String }
);
impl DeletingAFirewallRule {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<()> {
        let request = request!(
            self, Delete, "/v2.0/fwaas/firewall_rules/{firewall_rule_id}"
        )
            .path_param("firewall_rule_id", need!(self, firewall_rule_id)?);
        self.call.empty(request).await
    }
}
crate::support::builder!(
    InsertingAFirewallRule("inserting_a_firewall_rule") { #[doc =
    " Specifies the firewall policy ID, which uniquely identifies the firewall policy. Path parameter `firewall_policy_id`."]
    firewall_policy_id : String, #[doc =
    " Specifies the firewall rule ID, which uniquely identifies the firewall rule."]
    firewall_rule_id : String, #[doc =
    " The **insert\\_after** parameter indicates the firewall rule that has already been associated with the firewall policy. A new firewall rule will be inserted after the firewall rule associated with the firewall policy."]
    #[doc =
    " If both the **insert\\_after** and **insert\\_before** parameters are specified, the **insert\\_after** parameter will be ignored."]
    insert_after : String, #[doc =
    " The **insert\\_before** parameter indicates the firewall rule that has already been associated with the firewall policy. A new firewall rule will be inserted before the firewall rule associated with the firewall policy."]
    #[doc =
    " If both the **insert\\_after** and **insert\\_before** parameters are specified, the **insert\\_after** parameter will be ignored."]
    insert_before : String }
);
impl InsertingAFirewallRule {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::InsertFirewallRuleResponse> {
        let body = types::InsertFirewallRuleRequest {
            firewall_rule_id: need!(self, firewall_rule_id)?,
            insert_after: self.insert_after,
            insert_before: self.insert_before,
        };
        let request = request!(
            self, Put, "/v2.0/fwaas/firewall_policies/{firewall_policy_id}/insert_rule"
        )
            .path_param("firewall_policy_id", need!(self, firewall_policy_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    RemovingAFirewallRule("removing_a_firewall_rule") { #[doc =
    " Path parameter `firewall_policy_id`."] firewall_policy_id : String, #[doc =
    " Specifies the firewall rule ID, which uniquely identifies the firewall rule."]
    firewall_rule_id : String }
);
impl RemovingAFirewallRule {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::InsertFirewallRuleResponse> {
        let body = types::RemoveFirewallRuleRequest {
            firewall_rule_id: need!(self, firewall_rule_id)?,
        };
        let request = request!(
            self, Put, "/v2.0/fwaas/firewall_policies/{firewall_policy_id}/remove_rule"
        )
            .path_param("firewall_policy_id", need!(self, firewall_policy_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingFloatingIpAddresses("querying_floating_ip_addresses") { #[doc =
    " Specifies the floating IP address ID. Query parameter `id`."] id : String, #[doc =
    " Specifies the floating IPv4 address. Query parameter `floating_ip_address`."]
    floating_ip_address : String, #[doc = " Specifies the external network ID."] #[doc =
    " You can only use fixed external network."] #[doc =
    " You can use **GET /v2.0/networks?router:external=True** or"] #[doc =
    " **GET /v2.0/networks?name=\\{floating\\_network\\}** or run the **neutron net-external-list** command to obtain information about the external network."]
    #[doc = ""] #[doc = " Query parameter `floating_network_id`."] floating_network_id :
    String, #[doc =
    " Specifies the ID of the belonged router. Query parameter `router_id`."] router_id :
    String, #[doc = " Specifies the port ID. Query parameter `port_id`."] port_id :
    String, #[doc =
    " Specifies the private IP address of the associated port. Query parameter `fixed_ip_address`."]
    fixed_ip_address : String, #[doc =
    " Specifies the project ID. Query parameter `tenant_id`."] tenant_id : String, #[doc
    =
    " Specifies the number of records that will be returned on each page. The value is from 0 to 2000. The default value is 2000."]
    #[doc =
    " **limit** can be used together with **marker**. For details, see the parameter description of **marker**."]
    #[doc = ""] #[doc = " Query parameter `limit`. Default: `2000`."] limit : i64, #[doc
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
    " Specifies the page direction. The value can be **True** or **False**. Query parameter `page_reverse`."]
    page_reverse : bool }
);
impl QueryingFloatingIpAddresses {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ListFloatingIpAddressesResponse> {
        let request = request!(self, Get, "/v2.0/floatingips")
            .query_opt("id", self.id)
            .query_opt("floating_ip_address", self.floating_ip_address)
            .query_opt("floating_network_id", self.floating_network_id)
            .query_opt("router_id", self.router_id)
            .query_opt("port_id", self.port_id)
            .query_opt("fixed_ip_address", self.fixed_ip_address)
            .query_opt("tenant_id", self.tenant_id)
            .query_opt("limit", self.limit)
            .query_opt("marker", self.marker)
            .query_opt("page_reverse", self.page_reverse);
        self.call.json(request).await
    }
}
crate::support::builder!(
    AssigningAFloatingIpAddress("assigning_a_floating_ip_address") { #[doc =
    " Specifies the floating IP address list. For details, see Table 2."] floatingip :
    types::FloatingIpAddressFloatingipObject }
);
impl AssigningAFloatingIpAddress {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::AssignFloatingIpAddressResponse> {
        let body = types::AssignFloatingIpAddressRequest {
            floatingip: need!(self, floatingip)?,
        };
        let request = request!(self, Post, "/v2.0/floatingips").json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingAFloatingIpAddress("querying_a_floating_ip_address") { #[doc =
    " Path parameter `floatingip_id`."] floatingip_id : String }
);
impl QueryingAFloatingIpAddress {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ShowFloatingIpAddressResponse> {
        let request = request!(self, Get, "/v2.0/floatingips/{floatingip_id}")
            .path_param("floatingip_id", need!(self, floatingip_id)?);
        self.call.json(request).await
    }
}
crate::support::builder!(
    UpdatingAFloatingIpAddress("updating_a_floating_ip_address") { #[doc =
    " Specifies the floating IP address ID."] #[doc =
    " This parameter is not required when you assign a floating IP address. This parameter is mandatory when you query, update, or delete a floating IP address."]
    #[doc = ""] #[doc = " Path parameter `floatingip_id`."] floatingip_id : String, #[doc
    = " Specifies the floating IP address list. For details, see Table 3."] floatingip :
    types::UpdateFloatingIpAddressFloatingipObject }
);
impl UpdatingAFloatingIpAddress {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::UpdateFloatingIpAddressResponse> {
        let body = types::UpdateFloatingIpAddressRequest {
            floatingip: need!(self, floatingip)?,
        };
        let request = request!(self, Put, "/v2.0/floatingips/{floatingip_id}")
            .path_param("floatingip_id", need!(self, floatingip_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    DeletingAFloatingIpAddress("deleting_a_floating_ip_address") { #[doc =
    " Specifies the floating IP address ID. Path parameter `floatingip_id`."]
    floatingip_id : String }
);
impl DeletingAFloatingIpAddress {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<()> {
        let request = request!(self, Delete, "/v2.0/floatingips/{floatingip_id}")
            .path_param("floatingip_id", need!(self, floatingip_id)?);
        self.call.empty(request).await
    }
}
crate::support::builder!(
    QueryingNetworks("querying_networks") { #[doc =
    " Specifies that the network ID is used as the filtering condition. Query parameter `id`."]
    id : String, #[doc =
    " Specifies that the network name is used as the filtering condition. Query parameter `name`."]
    name : String, #[doc =
    " Specifies that the admin state is used as the filtering condition."] #[doc =
    " The value can be **true** or **false**."] #[doc = ""] #[doc =
    " Query parameter `admin_state_up`."] admin_state_up : bool, #[doc =
    " Specifies that the network type is used as the filtering condition. Query parameter `provider:network_type`."]
    provider_network_type : String, #[doc =
    " Specifies that whether the network can be shared by multiple tenants is used as the filtering condition."]
    #[doc = " The value can be **true** or **false**."] #[doc = ""] #[doc =
    " Query parameter `shared`."] shared : bool, #[doc =
    " Specifies that the network status is used as the filtering condition."] #[doc =
    " The value can be **ACTIVE**, **BUILD**, or **DOWN**."] #[doc = ""] #[doc =
    " Query parameter `status`."] status : types::PortObjectResponseStatus, #[doc =
    " Specifies that whether it is an external network is used as a filtering condition. If router:external=true is used for filtering, other filters are ignored and the external network is directly returned."]
    #[doc = " The value can be **true** or **false**."] #[doc = ""] #[doc =
    " Query parameter `router:external`."] router_external : bool, #[doc =
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
    = " Query parameter `page_reverse`."] page_reverse : String, #[doc =
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
    port_range_min : i64 }
);
impl QueryingNetworks {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<serde_json::Value> {
        let request = request!(self, Get, "/v2.0/networks")
            .query_opt("id", self.id)
            .query_opt("name", self.name)
            .query_opt("admin_state_up", self.admin_state_up)
            .query_opt("provider:network_type", self.provider_network_type)
            .query_opt("shared", self.shared)
            .query_opt("status", self.status)
            .query_opt("router:external", self.router_external)
            .query_opt("tenant_id", self.tenant_id)
            .query_opt("marker", self.marker)
            .query_opt("limit", self.limit)
            .query_opt("page_reverse", self.page_reverse)
            .query_opt("description", self.description)
            .query_opt("remote_group_id", self.remote_group_id)
            .query_opt("security_group_id", self.security_group_id)
            .query_opt("direction", self.direction)
            .query_opt("protocol", self.protocol)
            .query_opt("remote_ip_prefix", self.remote_ip_prefix)
            .query_opt("ethertype", self.ethertype)
            .query_opt("port_range_max", self.port_range_max)
            .query_opt("port_range_min", self.port_range_min);
        self.call.json(request).await
    }
}
crate::support::builder!(
    CreatingANetwork("creating_a_network") { #[doc =
    " Specifies the network. For details, see Table 2."] network : types::NetworkObject }
);
impl CreatingANetwork {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::CreateNetworkResponse> {
        let body = types::CreateNetworkRequest {
            network: need!(self, network)?,
        };
        let request = request!(self, Post, "/v2.0/networks").json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingNetworkDetails("querying_network_details") { #[doc =
    " Specifies the network ID. Path parameter `network_id`."] network_id : String }
);
impl QueryingNetworkDetails {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ListNetworkDetailsResponse> {
        let request = request!(self, Get, "/v2.0/networks/{network_id}")
            .path_param("network_id", need!(self, network_id)?);
        self.call.json(request).await
    }
}
crate::support::builder!(
    UpdatingANetwork("updating_a_network") { #[doc =
    " Specifies the network ID. Path parameter `network_id`."] network_id : String, #[doc
    = " Specifies the network. For details, see Table 3."] #[doc =
    " You must specify at least one attribute when updating a network."] network :
    types::UpdateNetworkObject }
);
impl UpdatingANetwork {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::UpdateNetworkResponse> {
        let body = types::UpdateNetworkRequest {
            network: need!(self, network)?,
        };
        let request = request!(self, Put, "/v2.0/networks/{network_id}")
            .path_param("network_id", need!(self, network_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    DeletingANetwork("deleting_a_network") { #[doc =
    " Specifies the network ID. Path parameter `network_id`."] network_id : String }
);
impl DeletingANetwork {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<()> {
        let request = request!(self, Delete, "/v2.0/networks/{network_id}")
            .path_param("network_id", need!(self, network_id)?);
        self.call.empty(request).await
    }
}
crate::support::builder!(
    QueryingPorts("querying_ports") { #[doc =
    " Specifies the port ID that is used as the filter. Query parameter `id`."] id :
    String, #[doc =
    " Specifies the port name that is used as the filter. Query parameter `name`."] name
    : String, #[doc =
    " - Specifies the administrative state of the port that is used as the filter."]
    #[doc = " - The value can be **true** or **false**."] #[doc = ""] #[doc =
    " Query parameter `admin_state_up`."] admin_state_up : bool, #[doc =
    " Specifies the network ID that is used as the filter. Query parameter `network_id`."]
    network_id : String, #[doc =
    " Specifies the MAC address that is used as the filter. Query parameter `mac_address`."]
    mac_address : String, #[doc =
    " Specifies the device ID that is used as the filter. Query parameter `device_id`."]
    device_id : String, #[doc =
    " Specifies the device owner that is used as the filter. Query parameter `device_owner`."]
    device_owner : String, #[doc =
    " - Specifies the status of the port that is used as the filter."] #[doc =
    " - The value can be **ACTIVE**, **BUILD**, or **DOWN**."] #[doc = ""] #[doc =
    " Query parameter `status`."] status : types::PortObjectResponseStatus, #[doc =
    " Specifies the ID of the security group that is used as the filter. Query parameter `security_groups`."]
    security_groups : Vec < String >, #[doc =
    " Filter by IP address of the port, that is **fixed\\_ips=ip\\_address=\\{ip\\_address\\}** or **fixed\\_ips=subnet\\_id=\\{subnet\\_id\\}**. Set *\\{ip\\_address\\}* to an IP address, for example, 192.168.21.22 or 2a07:b980:4030:14::1. Set *\\{subnet\\_id\\}* to the IPv4 or IPv6 subnet ID, for example, 011fc878-5521-4654-a1ad-f5b0b5820302."]
    #[doc = ""] #[doc = " Query parameter `fixed_ips`."] fixed_ips : Vec < String >,
    #[doc =
    " Specifies the project ID that is used as the filter. Query parameter `tenant_id`."]
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
impl QueryingPorts {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ListPortsResponse> {
        let mut request = request!(self, Get, "/v2.0/ports")
            .query_opt("id", self.id)
            .query_opt("name", self.name)
            .query_opt("admin_state_up", self.admin_state_up)
            .query_opt("network_id", self.network_id)
            .query_opt("mac_address", self.mac_address)
            .query_opt("device_id", self.device_id)
            .query_opt("device_owner", self.device_owner)
            .query_opt("status", self.status)
            .query_opt("tenant_id", self.tenant_id)
            .query_opt("marker", self.marker)
            .query_opt("limit", self.limit)
            .query_opt("page_reverse", self.page_reverse);
        for value in self.security_groups.unwrap_or_default() {
            request = request.query("security_groups", value);
        }
        for value in self.fixed_ips.unwrap_or_default() {
            request = request.query("fixed_ips", value);
        }
        self.call.json(request).await
    }
}
crate::support::builder!(
    CreatingAPort("creating_a_port") { #[doc =
    " Specifies the port object list. For details, see Table 2."] port :
    types::PortObject }
);
impl CreatingAPort {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::CreatePortResponse> {
        let body = types::CreatePortRequest {
            port: need!(self, port)?,
        };
        let request = request!(self, Post, "/v2.0/ports").json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingAPort("querying_a_port") { #[doc =
    " Specifies the port ID that uniquely identifies the port. Path parameter `port_id`."]
    port_id : String }
);
impl QueryingAPort {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ShowPortResponse> {
        let request = request!(self, Get, "/v2.0/ports/{port_id}")
            .path_param("port_id", need!(self, port_id)?);
        self.call.json(request).await
    }
}
crate::support::builder!(
    UpdatingAPort("updating_a_port") { #[doc =
    " Specifies the port ID that uniquely identifies the port. Path parameter `port_id`."]
    port_id : String, #[doc =
    " Specifies the port object list. For details, see Table 3."] #[doc =
    " You must specify at least one attribute when updating a port."] port :
    types::UpdatePortObject }
);
impl UpdatingAPort {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::UpdatePortResponse> {
        let body = types::UpdatePortRequest {
            port: need!(self, port)?,
        };
        let request = request!(self, Put, "/v2.0/ports/{port_id}")
            .path_param("port_id", need!(self, port_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    DeletingAPort("deleting_a_port") { #[doc =
    " Specifies the port ID that uniquely identifies the port. Path parameter `port_id`."]
    port_id : String }
);
impl DeletingAPort {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<()> {
        let request = request!(self, Delete, "/v2.0/ports/{port_id}")
            .path_param("port_id", need!(self, port_id)?);
        self.call.empty(request).await
    }
}
crate::support::builder!(
    AddingAnInterfaceToARouter("adding_an_interface_to_a_router") { #[doc =
    " Path parameter `router_id`."] router_id : String, #[doc =
    " Specifies the subnet ID. Either **subnet\\_id** or **port\\_id** is used."] #[doc =
    " Use the gateway IP address of the subnet to create a router interface."] subnet_id
    : String, #[doc =
    " Specifies the port ID. Either **subnet\\_id** or **port\\_id** is used. Use the port IP address to create a router interface."]
    port_id : String }
);
impl AddingAnInterfaceToARouter {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::AddRouterInterfaceResponse> {
        let body = types::AddRouterInterfaceRequest {
            subnet_id: self.subnet_id,
            port_id: self.port_id,
        };
        let request = request!(
            self, Put, "/v2.0/routers/{router_id}/add_router_interface"
        )
            .path_param("router_id", need!(self, router_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingRouters("querying_routers") { #[doc =
    " Specifies that the router ID is used as the filtering condition. Query parameter `id`."]
    id : String, #[doc =
    " Specifies that the admin state is used as the filtering condition."] #[doc =
    " The value can be **true** or **false**."] #[doc = ""] #[doc =
    " Query parameter `admin_state_up`."] admin_state_up : bool, #[doc =
    " Specifies that the router status is used as the filtering condition."] #[doc =
    " The value can be **ACTIVE**, **DOWN**, or **ERROR**."] #[doc = ""] #[doc =
    " Query parameter `status`."] status :
    types::FloatingIpAddressFloatingipObjectResponseStatus, #[doc =
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
    = " Query parameter `name`."] name : String, #[doc =
    " Query parameter `page_reverse`."] page_reverse : String }
);
impl QueryingRouters {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ListRoutersResponse> {
        let request = request!(self, Get, "/v2.0/routers")
            .query_opt("id", self.id)
            .query_opt("admin_state_up", self.admin_state_up)
            .query_opt("status", self.status)
            .query_opt("tenant_id", self.tenant_id)
            .query_opt("marker", self.marker)
            .query_opt("limit", self.limit)
            .query_opt("name", self.name)
            .query_opt("page_reverse", self.page_reverse);
        self.call.json(request).await
    }
}
crate::support::builder!(
    CreatingARouter("creating_a_router") { #[doc =
    " Specifies the router. For details, see Table 2."] router : types::RouterObject }
);
impl CreatingARouter {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::CreateRouterResponse> {
        let body = types::CreateRouterRequest {
            router: need!(self, router)?,
        };
        let request = request!(self, Post, "/v2.0/routers").json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingARouter("querying_a_router") { #[doc = " Path parameter `router_id`."]
    router_id : String }
);
impl QueryingARouter {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ShowRouterResponse> {
        let request = request!(self, Get, "/v2.0/routers/{router_id}")
            .path_param("router_id", need!(self, router_id)?);
        self.call.json(request).await
    }
}
crate::support::builder!(
    UpdatingARouter("updating_a_router") { #[doc = " Path parameter `router_id`."]
    router_id : String, #[doc = " Specifies the router. For details, see Table 2."] #[doc
    = " You must specify at least one attribute when updating a router."] router :
    types::UpdateRouterObject }
);
impl UpdatingARouter {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::UpdateRouterResponse> {
        let body = types::UpdateRouterRequest {
            router: need!(self, router)?,
        };
        let request = request!(self, Put, "/v2.0/routers/{router_id}")
            .path_param("router_id", need!(self, router_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    DeletingARouter("deleting_a_router") { #[doc = " Path parameter `router_id`."]
    router_id : String }
);
impl DeletingARouter {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<()> {
        let request = request!(self, Delete, "/v2.0/routers/{router_id}")
            .path_param("router_id", need!(self, router_id)?);
        self.call.empty(request).await
    }
}
crate::support::builder!(
    RemovingAnInterfaceFromARouter("removing_an_interface_from_a_router") { #[doc =
    " Path parameter `router_id`."] router_id : String, #[doc =
    " Specifies the subnet ID. Either **subnet\\_id** or **port\\_id** must be specified."]
    #[doc = " Use the gateway IP address of the subnet to create a router interface."]
    subnet_id : String, #[doc =
    " Specifies the port ID. Either **subnet\\_id** or **port\\_id** is used. Use the port IP address to create a router interface."]
    port_id : String }
);
impl RemovingAnInterfaceFromARouter {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::AddRouterInterfaceResponse> {
        let body = types::RemoveRouterInterfaceRequest {
            subnet_id: self.subnet_id,
            port_id: self.port_id,
        };
        let request = request!(
            self, Put, "/v2.0/routers/{router_id}/remove_router_interface"
        )
            .path_param("router_id", need!(self, router_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    AddingASecurityGroupRule("adding_a_security_group_rule") { #[doc =
    " Specifies the security group rule. For details, see Table 2."] security_group_rule
    : types::SecurityGroupRuleObject }
);
impl AddingASecurityGroupRule {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::AddSecurityGroupRuleResponse> {
        let body = types::AddSecurityGroupRuleRequest {
            security_group_rule: need!(self, security_group_rule)?,
        };
        let request = request!(self, Post, "/v2.0/security-group-rules")
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingASecurityGroup("querying_a_security_group") { #[doc =
    " Path parameter `security_group_id`."] security_group_id : String }
);
impl QueryingASecurityGroup {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<crate::v2_0::types::ShowSecurityGroupResponse> {
        let request = request!(self, Get, "/v2.0/security-groups/{security_group_id}")
            .path_param("security_group_id", need!(self, security_group_id)?);
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingSubnets("querying_subnets") { #[doc =
    " Specifies that the ID is used as the filtering condition. Query parameter `id`."]
    id : String, #[doc =
    " Specifies that the subnet name is used as the filtering condition. Query parameter `name`."]
    name : String, #[doc =
    " Specifies whether DHCP is enabled for the subnet is used as the filtering condition."]
    #[doc = " The value can be **true** or **false**."] #[doc = ""] #[doc =
    " Query parameter `enable_dhcp`."] enable_dhcp : bool, #[doc =
    " Specifies that the CIDR block is used as the filtering condition. Query parameter `cidr`."]
    cidr : String, #[doc =
    " Specifies that the network ID is used as the filtering condition. Query parameter `network_id`."]
    network_id : String, #[doc =
    " Specifies that the IP address version is used as the filtering condition. Query parameter `ip_version`."]
    ip_version : String, #[doc =
    " Specifies that the gateway IP address is used as the filtering condition. Query parameter `gateway_ip`."]
    gateway_ip : String, #[doc =
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
impl QueryingSubnets {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ListSubnetsResponse> {
        let request = request!(self, Get, "/v2.0/subnets")
            .query_opt("id", self.id)
            .query_opt("name", self.name)
            .query_opt("enable_dhcp", self.enable_dhcp)
            .query_opt("cidr", self.cidr)
            .query_opt("network_id", self.network_id)
            .query_opt("ip_version", self.ip_version)
            .query_opt("gateway_ip", self.gateway_ip)
            .query_opt("tenant_id", self.tenant_id)
            .query_opt("marker", self.marker)
            .query_opt("limit", self.limit)
            .query_opt("page_reverse", self.page_reverse);
        self.call.json(request).await
    }
}
crate::support::builder!(
    CreatingASubnet("creating_a_subnet") { #[doc =
    " Specifies the subnet. For details, see Table 2."] subnet : types::SubnetObject }
);
impl CreatingASubnet {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::CreateSubnetResponse> {
        let body = types::CreateSubnetRequest {
            subnet: need!(self, subnet)?,
        };
        let request = request!(self, Post, "/v2.0/subnets").json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingASubnet("querying_a_subnet") { #[doc = " Path parameter `subnet_id`."]
    subnet_id : String }
);
impl QueryingASubnet {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ShowSubnetResponse> {
        let request = request!(self, Get, "/v2.0/subnets/{subnet_id}")
            .path_param("subnet_id", need!(self, subnet_id)?);
        self.call.json(request).await
    }
}
crate::support::builder!(
    UpdatingASubnet("updating_a_subnet") { #[doc = " Path parameter `subnet_id`."]
    subnet_id : String, #[doc = " Specifies the subnet. For details, see Table 2."] #[doc
    = " You must specify at least one attribute when updating a subnet."] subnet :
    types::UpdateSubnetObject }
);
impl UpdatingASubnet {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::CreateSubnetResponse> {
        let body = types::UpdateSubnetRequest {
            subnet: need!(self, subnet)?,
        };
        let request = request!(self, Put, "/v2.0/subnets/{subnet_id}")
            .path_param("subnet_id", need!(self, subnet_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    DeletingASubnet("deleting_a_subnet") { #[doc = " Path parameter `subnet_id`."]
    subnet_id : String }
);
impl DeletingASubnet {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<()> {
        let request = request!(self, Delete, "/v2.0/subnets/{subnet_id}")
            .path_param("subnet_id", need!(self, subnet_id)?);
        self.call.empty(request).await
    }
}
crate::support::builder!(
    QueryingSubnetPools("querying_subnet_pools") { #[doc = " Query parameter `fields`."]
    fields : String, #[doc = " Query parameter `limit`."] limit : String, #[doc =
    " Query parameter `marker`."] marker : String, #[doc =
    " Query parameter `page_reverse`."] page_reverse : String }
);
impl QueryingSubnetPools {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ListSubnetPoolsResponse> {
        let request = request!(self, Get, "/v2.0/subnetpools")
            .query_opt("fields", self.fields)
            .query_opt("limit", self.limit)
            .query_opt("marker", self.marker)
            .query_opt("page_reverse", self.page_reverse);
        self.call.json(request).await
    }
}
crate::support::builder!(
    CreatingASubnetPool("creating_a_subnet_pool") { #[doc =
    " Specifies the subnet pool list. For details, see Table 2."] subnetpool :
    types::SubnetPoolSubnetpoolObject }
);
impl CreatingASubnetPool {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::CreateSubnetPoolResponse> {
        let body = types::CreateSubnetPoolRequest {
            subnetpool: need!(self, subnetpool)?,
        };
        let request = request!(self, Post, "/v2.0/subnetpools").json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingASubnetPool("querying_a_subnet_pool") { #[doc =
    " Path parameter `subnetpool_id`."] subnetpool_id : String }
);
impl QueryingASubnetPool {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ShowSubnetPoolResponse> {
        let request = request!(self, Get, "/v2.0/subnetpools/{subnetpool_id}")
            .path_param("subnetpool_id", need!(self, subnetpool_id)?);
        self.call.json(request).await
    }
}
crate::support::builder!(
    UpdatingASubnetPool("updating_a_subnet_pool") { #[doc =
    " Path parameter `subnetpool_id`."] subnetpool_id : String, #[doc =
    " Specifies the subnet pool list. For details, see Table 2."] #[doc =
    " You must specify at least one attribute when updating the subnet pool."] subnetpool
    : types::SubnetPoolSubnetpoolObjectResponse }
);
impl UpdatingASubnetPool {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::CreateSubnetPoolResponse> {
        let body = types::UpdateSubnetPoolRequest {
            subnetpool: need!(self, subnetpool)?,
        };
        let request = request!(self, Put, "/v2.0/subnetpools/{subnetpool_id}")
            .path_param("subnetpool_id", need!(self, subnetpool_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    DeletingASubnetPool("deleting_a_subnet_pool") { #[doc =
    " Path parameter `subnetpool_id`."] subnetpool_id : String }
);
impl DeletingASubnetPool {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<()> {
        let request = request!(self, Delete, "/v2.0/subnetpools/{subnetpool_id}")
            .path_param("subnetpool_id", need!(self, subnetpool_id)?);
        self.call.empty(request).await
    }
}
crate::support::builder!(
    AddingAnEipToASharedBandwidth("adding_an_eip_to_a_shared_bandwidth") { #[doc =
    " Specifies the project ID. Path parameter `project_id`."] project_id : String, #[doc
    =
    " Specifies the bandwidth ID, which uniquely identifies the bandwidth. Path parameter `bandwidth_id`."]
    bandwidth_id : String, #[doc =
    " Specifies the bandwidth objects. For details, see Table 3."] bandwidth :
    types::SharedBandwidthEipDescriptionOfTheBandwidthField }
);
impl AddingAnEipToASharedBandwidth {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::AddSharedBandwidthEipResponse> {
        let body = types::AddSharedBandwidthEipRequest {
            bandwidth: need!(self, bandwidth)?,
        };
        let request = request!(
            self, Post, "/v2.0/{project_id}/bandwidths/{bandwidth_id}/insert"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param("bandwidth_id", need!(self, bandwidth_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    AssigningASharedBandwidth("assigning_a_shared_bandwidth") { #[doc =
    " Specifies the project ID. Path parameter `project_id`."] project_id : String, #[doc
    = " Specifies the bandwidth objects. For details, see Table 3."] bandwidth :
    types::SharedBandwidthDescriptionOfTheBandwidthField }
);
impl AssigningASharedBandwidth {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::AssignSharedBandwidthResponse> {
        let body = types::AssignSharedBandwidthRequest {
            bandwidth: need!(self, bandwidth)?,
        };
        let request = request!(self, Post, "/v2.0/{project_id}/bandwidths")
            .path_param("project_id", need!(self, project_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    DeletingASharedBandwidth("deleting_a_shared_bandwidth") { #[doc =
    " Specifies the project ID. Path parameter `project_id`."] project_id : String, #[doc
    = " Specifies the bandwidth ID, which uniquely identifies the bandwidth."] #[doc =
    " Currently, only the shared bandwidth can be deleted."] #[doc = ""] #[doc =
    " Path parameter `bandwidth_id`."] bandwidth_id : String }
);
impl DeletingASharedBandwidth {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<()> {
        let request = request!(
            self, Delete, "/v2.0/{project_id}/bandwidths/{bandwidth_id}"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param("bandwidth_id", need!(self, bandwidth_id)?);
        self.call.empty(request).await
    }
}
crate::support::builder!(
    RemovingAnEipFromASharedBandwidth("removing_an_eip_from_a_shared_bandwidth") { #[doc
    = " Specifies the project ID. Path parameter `project_id`."] project_id : String,
    #[doc =
    " Specifies the bandwidth ID, which uniquely identifies the bandwidth. Path parameter `bandwidth_id`."]
    bandwidth_id : String, #[doc =
    " Specifies the bandwidth objects. For details, see Table 3."] bandwidth :
    types::SharedBandwidthEipDescriptionOfTheBandwidthField2 }
);
impl RemovingAnEipFromASharedBandwidth {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<()> {
        let body = types::RemoveSharedBandwidthEipRequest {
            bandwidth: need!(self, bandwidth)?,
        };
        let request = request!(
            self, Post, "/v2.0/{project_id}/bandwidths/{bandwidth_id}/remove"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param("bandwidth_id", need!(self, bandwidth_id)?)
            .json_body(&body)?;
        self.call.empty(request).await
    }
}
crate::support::builder!(
    QueryingEipTags("querying_eip_tags") { #[doc =
    " Specifies the project ID. Path parameter `project_id`."] project_id : String, #[doc
    = " Specifies the unique identifier of an EIP. Path parameter `publicip_id`."]
    publicip_id : String }
);
impl QueryingEipTags {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ListEipTagsResponse> {
        let request = request!(
            self, Get, "/v2.0/{project_id}/publicips/{publicip_id}/tags"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param("publicip_id", need!(self, publicip_id)?);
        self.call.json(request).await
    }
}
crate::support::builder!(
    AddingATagToAnEip("adding_a_tag_to_an_eip") { #[doc =
    " Specifies the project ID. Path parameter `project_id`."] project_id : String, #[doc
    = " Specifies the unique identifier of an EIP. Path parameter `publicip_id`."]
    publicip_id : String, #[doc =
    " Specifies the **tag** objects. For details, see Table 3."] tag :
    types::EipTagObject }
);
impl AddingATagToAnEip {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<()> {
        let body = types::AddEipTagRequest {
            tag: need!(self, tag)?,
        };
        let request = request!(
            self, Post, "/v2.0/{project_id}/publicips/{publicip_id}/tags"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param("publicip_id", need!(self, publicip_id)?)
            .json_body(&body)?;
        self.call.empty(request).await
    }
}
crate::support::builder!(
    BatchAddingOrDeletingEipTags("batch_adding_or_deleting_eip_tags") { #[doc =
    " Specifies the project ID. Path parameter `project_id`."] project_id : String, #[doc
    = " Specifies the unique identifier of an EIP. Path parameter `publicip_id`."]
    publicip_id : String, #[doc =
    " Specifies the **tag** object list. For details, see Table 3."] tags : Vec <
    types::EipTagObject >, #[doc =
    " Specifies the operation. Possible values are as follows:"] #[doc = ""] #[doc =
    " - **create**"] #[doc = " - **delete**"] action : String }
);
impl BatchAddingOrDeletingEipTags {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<()> {
        let body = types::BatchAddOrDeleteEipTagsRequest {
            tags: need!(self, tags)?,
            action: need!(self, action)?,
        };
        let request = request!(
            self, Post, "/v2.0/{project_id}/publicips/{publicip_id}/tags/action"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param("publicip_id", need!(self, publicip_id)?)
            .json_body(&body)?;
        self.call.empty(request).await
    }
}
crate::support::builder!(
    DeletingATagFromAnEip("deleting_a_tag_from_an_eip") { #[doc =
    " Specifies the project ID. Path parameter `project_id`."] project_id : String, #[doc
    = " Specifies the unique identifier of an EIP. Path parameter `publicip_id`."]
    publicip_id : String, #[doc = " Specifies the tag key. Path parameter `key`."] key :
    String }
);
impl DeletingATagFromAnEip {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<()> {
        let request = request!(
            self, Delete, "/v2.0/{project_id}/publicips/{publicip_id}/tags/{key}"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param("publicip_id", need!(self, publicip_id)?)
            .path_param("key", need!(self, key)?);
        self.call.empty(request).await
    }
}
crate::support::builder!(
    QueryingEipTagsInASpecifiedProject("querying_eip_tags_in_a_specified_project") {
    #[doc = " Specifies the project ID. Path parameter `project_id`."] project_id :
    String }
);
impl QueryingEipTagsInASpecifiedProject {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ListProjectEipTagsResponse> {
        let request = request!(self, Get, "/v2.0/{project_id}/publicips/tags")
            .path_param("project_id", need!(self, project_id)?);
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingEiPsByTag("querying_ei_ps_by_tag") { #[doc =
    " Specifies the project ID. Path parameter `project_id`."] project_id : String, #[doc
    =
    " Specifies the included tags. A maximum of 20 tag keys are allowed for each query operation. Each tag key can have up to 10 tag values. The structure body must be included. The tag key cannot be left blank or set to an empty string. Each tag key must be unique, and each tag value in a tag must be unique."]
    tags : Vec < types::EiPsByTagDescriptionOfTheTagsField >, #[doc =
    " Sets the page size. This parameter is not available when **action** is set to **count**. The default value is **1000** when **action** is set to **filter**. The maximum value is **1000**, and the minimum value is **1**. The value cannot be a negative number."]
    #[doc = ""] #[doc = " Default: `1000`. Range 1 to 1000."] limit : i64, #[doc =
    " Specifies the index position. The query starts from the next piece of data indexed by this parameter. This parameter is not required when you query data on the first page. The value in the response returned for querying data on the previous page will be included in this parameter for querying data on subsequent pages. This parameter is not available when **action** is set to **count**. If **action** is set to **filter**, the value must be a number, and the default value is **0**. The value cannot be a negative number."]
    #[doc = ""] #[doc = " Default: `0`."] offset : i64, #[doc =
    " Specifies the operation to perform. The value can only be **filter** (filtering) or **count** (querying the total number)."]
    #[doc =
    " The value **filter** indicates pagination query. The value **count** indicates that the total number of query results meeting the search criteria will be returned."]
    action : String, #[doc =
    " Specifies the search criteria. The tag key is the field to match. Currently, only **resource\\_name** is supported. The tag value indicates the matched value. This field is a fixed dictionary value."]
    matches : Vec < types::EiPsByTagDescriptionOfTheMatchField > }
);
impl QueryingEiPsByTag {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ShowEiPsByTagResponse> {
        let body = types::ShowEiPsByTagRequest {
            tags: self.tags,
            limit: self.limit,
            offset: self.offset,
            action: need!(self, action)?,
            matches: self.matches,
        };
        let request = request!(
            self, Post, "/v2.0/{project_id}/publicips/resource_instances/action"
        )
            .path_param("project_id", need!(self, project_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingFloatingIpAddresses2("querying_floating_ip_addresses_2") { #[doc =
    " Specifies the floating IP address ID. Query parameter `id`."] id : String, #[doc =
    " Specifies the floating IPv6 address. Query parameter `floating_ip_address`."]
    floating_ip_address : String, #[doc = " Specifies the external network ID."] #[doc =
    " You can only use fixed external network."] #[doc =
    " You can use **GET /v2.0/networks?router:external=True** or"] #[doc =
    " **GET /v2.0/networks?name=\\{floating\\_network\\}** or run the **neutron net-external-list** command to obtain information about the external network."]
    #[doc = ""] #[doc = " Query parameter `floating_network_id`."] floating_network_id :
    String, #[doc =
    " Specifies the ID of the belonged router. Query parameter `router_id`."] router_id :
    String, #[doc = " Specifies the port ID. Query parameter `port_id`."] port_id :
    String, #[doc =
    " Specifies the private IP address of the associated port. Query parameter `fixed_ip_address`."]
    fixed_ip_address : String, #[doc =
    " Specifies the project ID. Query parameter `tenant_id`."] tenant_id : String, #[doc
    = " Specifies the project ID. Query parameter `project_id`."] project_id : String }
);
impl QueryingFloatingIpAddresses2 {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ListFloatingIpAddressesResponse2> {
        let request = request!(self, Get, "/v2.0/eip/floatingips_v6")
            .query("id", need!(self, id)?)
            .query_opt("floating_ip_address", self.floating_ip_address)
            .query_opt("floating_network_id", self.floating_network_id)
            .query_opt("router_id", self.router_id)
            .query_opt("port_id", self.port_id)
            .query_opt("fixed_ip_address", self.fixed_ip_address)
            .query_opt("tenant_id", self.tenant_id)
            .query_opt("project_id", self.project_id);
        self.call.json(request).await
    }
}
crate::support::builder!(
    AssigningAFloatingIpAddress2("assigning_a_floating_ip_address_2") { #[doc =
    " Specifies the floating IP address list. For details, see Table 2."] floatingip :
    types::AssignFloatingIpAddressFloatingipObject }
);
impl AssigningAFloatingIpAddress2 {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::AssignFloatingIpAddressResponse2> {
        let body = types::AssignFloatingIpAddressRequest2 {
            floatingip: need!(self, floatingip)?,
        };
        let request = request!(self, Post, "/v2.0/eip/floatingips_v6").json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingAFloatingIpAddress2("querying_a_floating_ip_address_2") { #[doc =
    " Path parameter `floatingip_id`."] floatingip_id : String }
);
impl QueryingAFloatingIpAddress2 {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ShowFloatingIpAddressResponse2> {
        let request = request!(self, Get, "/v2.0/eip/floatingips_v6/{floatingip_id}")
            .path_param("floatingip_id", need!(self, floatingip_id)?);
        self.call.json(request).await
    }
}
crate::support::builder!(
    UpdatingAFloatingIpAddress2("updating_a_floating_ip_address_2") { #[doc =
    " Path parameter `floatingip_id`."] floatingip_id : String, #[doc =
    " Specifies the floating IP address list. For details, see Table 2."] floatingip :
    types::FloatingIpAddressFloatingipObject4 }
);
impl UpdatingAFloatingIpAddress2 {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::AssignFloatingIpAddressResponse2> {
        let body = types::UpdateFloatingIpAddressRequest2 {
            floatingip: need!(self, floatingip)?,
        };
        let request = request!(self, Put, "/v2.0/eip/floatingips_v6/{floatingip_id}")
            .path_param("floatingip_id", need!(self, floatingip_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    DeletingAFloatingIpAddress2("deleting_a_floating_ip_address_2") { #[doc =
    " Path parameter `floatingip_id`."] floatingip_id : String }
);
impl DeletingAFloatingIpAddress2 {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<()> {
        let request = request!(self, Delete, "/v2.0/eip/floatingips_v6/{floatingip_id}")
            .path_param("floatingip_id", need!(self, floatingip_id)?);
        self.call.empty(request).await
    }
}
crate::support::builder!(
    QueryingIpAddressUsageOnASpecifiedNetwork("querying_ip_address_usage_on_a_specified_network")
    { #[doc = " Specifies the network ID. Path parameter `network_id`."] network_id :
    String }
);
impl QueryingIpAddressUsageOnASpecifiedNetwork {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ShowNetworkIpAddressUsageResponse> {
        let request = request!(self, Get, "/v2.0/network-ip-availabilities/{network_id}")
            .path_param("network_id", need!(self, network_id)?);
        self.call.json(request).await
    }
}
crate::support::builder!(
    AssociatingMultipleNicPortsToOrDisassociatingThemFromASecurityGroupAtATime("associating_multiple_nic_ports_to_or_disassociating_them_from_a_security_group_at_a_time")
    { #[doc = " Specifies the project ID. Path parameter `project_id`."] project_id :
    String, #[doc =
    " Specifies the security group ID, which uniquely identifies the security group. Path parameter `security_group_id`."]
    security_group_id : String, #[doc =
    " Specifies the port list. A maximum of 20 ports are supported. For details, see Table 3."]
    ports : Vec < types::TimeThemMultipleNicPortDescriptionOfFieldPort >, #[doc =
    " Specifies the operation. The value can be **add** (associate) or **remove** (disassociate). The values are case-insensitive."]
    action : String }
);
impl AssociatingMultipleNicPortsToOrDisassociatingThemFromASecurityGroupAtATime {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::AssociateTimeThemMultipleNicPortsResponse> {
        let body = types::AssociateTimeThemMultipleNicPortsRequest {
            ports: need!(self, ports)?,
            action: need!(self, action)?,
        };
        let request = request!(
            self, Post,
            "/v2.0/{project_id}/security-groups/{security_group_id}/instance/action"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param("security_group_id", need!(self, security_group_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingSubnetTags("querying_subnet_tags") { #[doc =
    " Specifies the project ID. Path parameter `project_id`."] project_id : String, #[doc
    = " Specifies the subnet ID that uniquely identifies the subnet."] #[doc =
    " If you use the management console, the value of this parameter is the **Network ID** value."]
    #[doc = ""] #[doc = " Path parameter `subnet_id`."] subnet_id : String }
);
impl QueryingSubnetTags {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ListSubnetTagsResponse> {
        let request = request!(self, Get, "/v2.0/{project_id}/subnets/{subnet_id}/tags")
            .path_param("project_id", need!(self, project_id)?)
            .path_param("subnet_id", need!(self, subnet_id)?);
        self.call.json(request).await
    }
}
crate::support::builder!(
    AddingATagToASubnet("adding_a_tag_to_a_subnet") { #[doc =
    " Specifies the project ID. Path parameter `project_id`."] project_id : String, #[doc
    = " Specifies the subnet ID, which uniquely identifies the subnet."] #[doc =
    " If you use the management console, the value of this parameter is the **Network ID** value."]
    #[doc = ""] #[doc = " Path parameter `subnet_id`."] subnet_id : String, #[doc =
    " Specifies the **tag** objects. For details, see Table 3."] tag :
    types::SubnetTagObject }
);
impl AddingATagToASubnet {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<()> {
        let body = types::AddSubnetTagRequest {
            tag: need!(self, tag)?,
        };
        let request = request!(self, Post, "/v2.0/{project_id}/subnets/{subnet_id}/tags")
            .path_param("project_id", need!(self, project_id)?)
            .path_param("subnet_id", need!(self, subnet_id)?)
            .json_body(&body)?;
        self.call.empty(request).await
    }
}
crate::support::builder!(
    BatchAddingOrDeletingSubnetTags("batch_adding_or_deleting_subnet_tags") { #[doc =
    " Specifies the project ID. Path parameter `project_id`."] project_id : String, #[doc
    = " Specifies the subnet ID, which uniquely identifies the subnet."] #[doc =
    " If you use the management console, the value of this parameter is the **Network ID** value."]
    #[doc = ""] #[doc = " Path parameter `subnet_id`."] subnet_id : String, #[doc =
    " Specifies the **tag** object list. For details, see Table 3."] #[doc =
    " Constraints: A maximum of 20 tag key-value pairs are supported."] tags : Vec <
    types::SubnetTagObject >, #[doc =
    " Specifies the operation. Possible values are as follows:"] #[doc = ""] #[doc =
    " - **create**"] #[doc = " - **delete**"] action : String }
);
impl BatchAddingOrDeletingSubnetTags {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<()> {
        let body = types::BatchAddOrDeleteSubnetTagsRequest {
            tags: need!(self, tags)?,
            action: need!(self, action)?,
        };
        let request = request!(
            self, Post, "/v2.0/{project_id}/subnets/{subnet_id}/tags/action"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param("subnet_id", need!(self, subnet_id)?)
            .json_body(&body)?;
        self.call.empty(request).await
    }
}
crate::support::builder!(
    DeletingATagFromASubnet("deleting_a_tag_from_a_subnet") { #[doc =
    " Specifies the project ID. Path parameter `project_id`."] project_id : String, #[doc
    = " Specifies the subnet ID, which uniquely identifies the subnet."] #[doc =
    " If you use the management console, the value of this parameter is the **Network ID** value."]
    #[doc = ""] #[doc = " Path parameter `subnet_id`."] subnet_id : String, #[doc =
    " Specifies the tag key. Path parameter `key`."] key : String }
);
impl DeletingATagFromASubnet {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<()> {
        let request = request!(
            self, Delete, "/v2.0/{project_id}/subnets/{subnet_id}/tags/{key}"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param("subnet_id", need!(self, subnet_id)?)
            .path_param("key", need!(self, key)?);
        self.call.empty(request).await
    }
}
crate::support::builder!(
    QueryingSubnetTagsInASpecifiedProject("querying_subnet_tags_in_a_specified_project")
    { #[doc = " Specifies the project ID. Path parameter `project_id`."] project_id :
    String }
);
impl QueryingSubnetTagsInASpecifiedProject {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ListProjectEipTagsResponse> {
        let request = request!(self, Get, "/v2.0/{project_id}/subnets/tags")
            .path_param("project_id", need!(self, project_id)?);
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingSubnetsByTag("querying_subnets_by_tag") { #[doc =
    " Specifies the project ID. Path parameter `project_id`."] project_id : String, #[doc
    =
    " Specifies the included tags. A maximum of 20 tag keys are allowed for each query operation. Each tag key can have up to 10 tag values. The structure body must be included. The tag key cannot be left blank or set to an empty string. Each tag key must be unique, and each tag value in a tag must be unique."]
    tags : Vec < types::SubnetsByTagDescriptionOfTheTagField >, #[doc =
    " Sets the page size. This parameter is not available when **action** is set to **count**. The default value is **1000** when **action** is set to **filter**. The maximum value is **1000**, and the minimum value is **1**. The value cannot be a negative number."]
    #[doc = ""] #[doc = " Default: `1000`. Range 1 to 1000."] limit : i64, #[doc =
    " Specifies the index position. The query starts from the next piece of data indexed by this parameter. This parameter is not required when you query data on the first page. The value in the response returned for querying data on the previous page will be included in this parameter for querying data on subsequent pages. This parameter is not available when **action** is set to **count**. If **action** is set to **filter**, the value must be a number, and the default value is **0**. The value cannot be a negative number."]
    #[doc = ""] #[doc = " Default: `0`."] offset : i64, #[doc =
    " Specifies the operation to perform. The value can only be **filter** (filtering) or **count** (querying the total number)."]
    #[doc =
    " The value **filter** indicates pagination query. The value **count** indicates that the total number of query results meeting the search criteria will be returned."]
    action : String, #[doc =
    " Specifies the search criteria. The tag key is the field to match. Currently, only **resource\\_name** is supported. The tag value indicates the matched value. This field is a fixed dictionary value."]
    matches : Vec < types::SubnetsByTagDescriptionOfTheMatchField > }
);
impl QueryingSubnetsByTag {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ListSubnetsByTagResponse> {
        let body = types::ListSubnetsByTagRequest {
            tags: self.tags,
            limit: self.limit,
            offset: self.offset,
            action: need!(self, action)?,
            matches: self.matches,
        };
        let request = request!(
            self, Post, "/v2.0/{project_id}/subnets/resource_instances/action"
        )
            .path_param("project_id", need!(self, project_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    AcceptingAVpcPeeringConnection("accepting_a_vpc_peering_connection") { #[doc =
    " Specifies the VPC peering connection ID, which uniquely identifies the VPC peering connection. Path parameter `peering_id`."]
    peering_id : String }
);
impl AcceptingAVpcPeeringConnection {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::AcceptVpcPeeringConnectionResponse> {
        let request = request!(self, Put, "/v2.0/vpc/peerings/{peering_id}/accept")
            .path_param("peering_id", need!(self, peering_id)?);
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingVpcPeeringConnections("querying_vpc_peering_connections") { #[doc =
    " Specifies that the VPC peering connection ID is used as the filtering condition. Query parameter `id`."]
    id : String, #[doc =
    " - Specifies that the peering connection name is used as the filter."] #[doc =
    " - The value can contain no more than 64 characters."] #[doc = ""] #[doc =
    " Query parameter `name`. Length at most 64."] name : String, #[doc =
    " Specifies that the VPC peering connection status is used as the filtering condition."]
    #[doc = " Range:"] #[doc = ""] #[doc = " - **PENDING\\_ACCEPTANCE**"] #[doc =
    " - **REJECTED**"] #[doc = " - **EXPIRED**"] #[doc = " - **DELETED**"] #[doc =
    " - **ACTIVE**"] #[doc = ""] #[doc = " Query parameter `status`."] status : String,
    #[doc =
    " Specifies that the tenant ID is used as the filtering condition. Query parameter `tenant_id`."]
    tenant_id : String, #[doc =
    " Specifies that the VPC ID is used as the filtering condition. Query parameter `vpc_id`."]
    vpc_id : String, #[doc =
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
    #[doc = " The default value is **2000**."] #[doc = ""] #[doc =
    " Query parameter `limit`. Default: `2000`."] limit : i64 }
);
impl QueryingVpcPeeringConnections {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ListVpcPeeringConnectionsResponse> {
        let request = request!(self, Get, "/v2.0/vpc/peerings")
            .query_opt("id", self.id)
            .query_opt("name", self.name)
            .query_opt("status", self.status)
            .query_opt("tenant_id", self.tenant_id)
            .query_opt("vpc_id", self.vpc_id)
            .query_opt("marker", self.marker)
            .query_opt("limit", self.limit);
        self.call.json(request).await
    }
}
crate::support::builder!(
    CreatingAVpcPeeringConnection("creating_a_vpc_peering_connection") { #[doc =
    " Specifies the VPC peering connection. For details, see Table 2."] peering :
    types::VpcPeeringConnectionDescriptionOfThePeeringField }
);
impl CreatingAVpcPeeringConnection {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::CreateVpcPeeringConnectionResponse> {
        let body = types::CreateVpcPeeringConnectionRequest {
            peering: need!(self, peering)?,
        };
        let request = request!(self, Post, "/v2.0/vpc/peerings").json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingAVpcPeeringConnection("querying_a_vpc_peering_connection") { #[doc =
    " Specifies the VPC peering connection ID, which uniquely identifies the VPC peering connection. The **peering\\_id** value is used as the filter."]
    #[doc = ""] #[doc = " Path parameter `peering_id`."] peering_id : String }
);
impl QueryingAVpcPeeringConnection {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ShowVpcPeeringConnectionResponse> {
        let request = request!(self, Get, "/v2.0/vpc/peerings/{peering_id}")
            .path_param("peering_id", need!(self, peering_id)?);
        self.call.json(request).await
    }
}
crate::support::builder!(
    UpdatingAVpcPeeringConnection("updating_a_vpc_peering_connection") { #[doc =
    " Specifies the VPC peering connection ID, which uniquely identifies the VPC peering connection. Path parameter `peering_id`."]
    peering_id : String, #[doc =
    " Updates a VPC peering connection. For details, see Table 3."] #[doc =
    " When updating a VPC peering connection, you must specify at least one attribute. Currently, only the VPC peering connection name and description can be updated."]
    peering : types::VpcPeeringConnectionDescriptionOfThePeeringField2 }
);
impl UpdatingAVpcPeeringConnection {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::CreateVpcPeeringConnectionResponse> {
        let body = types::UpdateVpcPeeringConnectionRequest {
            peering: need!(self, peering)?,
        };
        let request = request!(self, Put, "/v2.0/vpc/peerings/{peering_id}")
            .path_param("peering_id", need!(self, peering_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    DeletingAVpcPeeringConnection("deleting_a_vpc_peering_connection") { #[doc =
    " Specifies the VPC peering connection ID, which uniquely identifies the VPC peering connection. Path parameter `peering_id`."]
    peering_id : String }
);
impl DeletingAVpcPeeringConnection {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<()> {
        let request = request!(self, Delete, "/v2.0/vpc/peerings/{peering_id}")
            .path_param("peering_id", need!(self, peering_id)?);
        self.call.empty(request).await
    }
}
crate::support::builder!(
    RefusingAVpcPeeringConnection("refusing_a_vpc_peering_connection") { #[doc =
    " Specifies the VPC peering connection ID, which uniquely identifies the VPC peering connection. Path parameter `peering_id`."]
    peering_id : String }
);
impl RefusingAVpcPeeringConnection {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::AcceptVpcPeeringConnectionResponse> {
        let request = request!(self, Put, "/v2.0/vpc/peerings/{peering_id}/reject")
            .path_param("peering_id", need!(self, peering_id)?);
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingVpcRoutes("querying_vpc_routes") { #[doc =
    " Specifies that the route ID is used as the filtering condition. Query parameter `id`."]
    id : String, #[doc =
    " Specifies that the tenant ID is used as the filtering condition. Query parameter `tenant_id`."]
    tenant_id : String, #[doc =
    " Specifies that the VPC ID is used as the filtering condition. Query parameter `vpc_id`."]
    vpc_id : String, #[doc =
    " Specifies that the route destination address (CIDR) is used as the filtering condition. Query parameter `destination`."]
    destination : String, #[doc =
    " Specifies that the type is used as the filtering condition. Currently, the value can only be **peering**. Query parameter `type`."]
    type_ : String, #[doc =
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
    #[doc = " The default value is **2000**."] #[doc = ""] #[doc =
    " Query parameter `limit`. Default: `2000`."] limit : i64 }
);
impl QueryingVpcRoutes {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ListVpcRoutesResponse> {
        let request = request!(self, Get, "/v2.0/vpc/routes")
            .query_opt("id", self.id)
            .query_opt("tenant_id", self.tenant_id)
            .query_opt("vpc_id", self.vpc_id)
            .query_opt("destination", self.destination)
            .query_opt("type", self.type_)
            .query_opt("marker", self.marker)
            .query_opt("limit", self.limit);
        self.call.json(request).await
    }
}
crate::support::builder!(
    CreatingAVpcRoute("creating_a_vpc_route") { #[doc =
    " Specifies the route. For details, see Table 2."] route : types::VpcRouteObject }
);
impl CreatingAVpcRoute {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::CreateVpcRouteResponse> {
        let body = types::CreateVpcRouteRequest {
            route: need!(self, route)?,
        };
        let request = request!(self, Post, "/v2.0/vpc/routes").json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingAVpcRoute("querying_a_vpc_route") { #[doc =
    " Specifies the route ID, which uniquely identifies the route. Path parameter `route_id`."]
    route_id : String }
);
impl QueryingAVpcRoute {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ShowVpcRouteResponse> {
        let request = request!(self, Get, "/v2.0/vpc/routes/{route_id}")
            .path_param("route_id", need!(self, route_id)?);
        self.call.json(request).await
    }
}
crate::support::builder!(
    DeletingAVpcRoute("deleting_a_vpc_route") { #[doc =
    " Specifies the route ID, which uniquely identifies the route. Path parameter `route_id`."]
    route_id : String }
);
impl DeletingAVpcRoute {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<()> {
        let request = request!(self, Delete, "/v2.0/vpc/routes/{route_id}")
            .path_param("route_id", need!(self, route_id)?);
        self.call.empty(request).await
    }
}
crate::support::builder!(
    QueryingVpcTags("querying_vpc_tags") { #[doc =
    " Specifies the project ID. Path parameter `project_id`."] project_id : String, #[doc
    = " Specifies the VPC ID that uniquely identifies the VPC. Path parameter `vpc_id`."]
    vpc_id : String }
);
impl QueryingVpcTags {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ListSubnetTagsResponse> {
        let request = request!(self, Get, "/v2.0/{project_id}/vpcs/{vpc_id}/tags")
            .path_param("project_id", need!(self, project_id)?)
            .path_param("vpc_id", need!(self, vpc_id)?);
        self.call.json(request).await
    }
}
crate::support::builder!(
    AddingATagToAVpc("adding_a_tag_to_a_vpc") { #[doc =
    " Specifies the project ID. Path parameter `project_id`."] project_id : String, #[doc
    = " Specifies the VPC ID that uniquely identifies the VPC. Path parameter `vpc_id`."]
    vpc_id : String, #[doc = " Specifies the **tag** objects. For details, see Table 3."]
    tag : types::SubnetTagObject }
);
impl AddingATagToAVpc {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<()> {
        let body = types::AddSubnetTagRequest {
            tag: need!(self, tag)?,
        };
        let request = request!(self, Post, "/v2.0/{project_id}/vpcs/{vpc_id}/tags")
            .path_param("project_id", need!(self, project_id)?)
            .path_param("vpc_id", need!(self, vpc_id)?)
            .json_body(&body)?;
        self.call.empty(request).await
    }
}
crate::support::builder!(
    BatchAddingOrDeletingVpcTags("batch_adding_or_deleting_vpc_tags") { #[doc =
    " Specifies the project ID. Path parameter `project_id`."] project_id : String, #[doc
    =
    " Specifies the VPC ID, which uniquely identifies the VPC. Path parameter `vpc_id`."]
    vpc_id : String, #[doc = " Specifies the tags. For details, see Table 3."] #[doc =
    " Constraints: A maximum of 20 tag key-value pairs are supported."] tags : Vec <
    types::SubnetTagObject >, #[doc =
    " Specifies the operation. Possible values are as follows:"] #[doc = ""] #[doc =
    " - **create**"] #[doc = " - **delete**"] action : String }
);
impl BatchAddingOrDeletingVpcTags {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<()> {
        let body = types::BatchAddOrDeleteVpcTagsRequest {
            tags: need!(self, tags)?,
            action: need!(self, action)?,
        };
        let request = request!(
            self, Post, "/v2.0/{project_id}/vpcs/{vpc_id}/tags/action"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param("vpc_id", need!(self, vpc_id)?)
            .json_body(&body)?;
        self.call.empty(request).await
    }
}
crate::support::builder!(
    DeletingATagFromAVpc("deleting_a_tag_from_a_vpc") { #[doc =
    " Specifies the project ID. Path parameter `project_id`."] project_id : String, #[doc
    =
    " Specifies the VPC ID, which uniquely identifies the VPC. Path parameter `vpc_id`."]
    vpc_id : String, #[doc = " Specifies the tag key. Path parameter `key`."] key :
    String }
);
impl DeletingATagFromAVpc {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<()> {
        let request = request!(
            self, Delete, "/v2.0/{project_id}/vpcs/{vpc_id}/tags/{key}"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param("vpc_id", need!(self, vpc_id)?)
            .path_param("key", need!(self, key)?);
        self.call.empty(request).await
    }
}
crate::support::builder!(
    QueryingVpcTagsInASpecifiedProject("querying_vpc_tags_in_a_specified_project") {
    #[doc = " Specifies the project ID. Path parameter `project_id`."] project_id :
    String }
);
impl QueryingVpcTagsInASpecifiedProject {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ListProjectVpcTagsResponse> {
        let request = request!(self, Get, "/v2.0/{project_id}/vpcs/tags")
            .path_param("project_id", need!(self, project_id)?);
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingVpCsByTag("querying_vp_cs_by_tag") { #[doc =
    " Specifies the project ID. Path parameter `project_id`."] project_id : String, #[doc
    =
    " Specifies the included tags. A maximum of 20 tag keys are allowed for each query operation. Each tag key can have up to 10 tag values. The structure body must be included. The tag key cannot be left blank or set to an empty string. Each tag key must be unique, and each tag value in a tag must be unique."]
    tags : Vec < types::VpCsByTagDescriptionOfTheTagField >, #[doc =
    " Sets the page size. This parameter is not available when **action** is set to **count**. The default value is **1000** when **action** is set to **filter**. The maximum value is **1000**, and the minimum value is **1**. The value cannot be a negative number."]
    #[doc = ""] #[doc = " Default: `1000`. Range 1 to 1000."] limit : i64, #[doc =
    " Specifies the index position. The query starts from the next piece of data indexed by this parameter. This parameter is not required when you query data on the first page. The value in the response returned for querying data on the previous page will be included in this parameter for querying data on subsequent pages. This parameter is not available when **action** is set to **count**. If **action** is set to **filter**, the value must be a number, and the default value is **0**. The value cannot be a negative number."]
    #[doc = ""] #[doc = " Default: `0`."] offset : i64, #[doc =
    " Specifies the operation to perform. The value can only be **filter** (filtering) or **count** (querying the total number)."]
    #[doc =
    " The value **filter** indicates pagination query. The value **count** indicates that the total number of query results meeting the search criteria will be returned."]
    action : String, #[doc =
    " Specifies the search criteria. The tag key is the field to match. Currently, only **resource\\_name** is supported. The tag value indicates the matched value. This field is a fixed dictionary value."]
    matches : Vec < types::SubnetsByTagDescriptionOfTheMatchField > }
);
impl QueryingVpCsByTag {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ShowVpCsByTagResponse> {
        let body = types::ShowVpCsByTagRequest {
            tags: self.tags,
            limit: self.limit,
            offset: self.offset,
            action: need!(self, action)?,
            matches: self.matches,
        };
        let request = request!(
            self, Post, "/v2.0/{project_id}/vpcs/resource_instances/action"
        )
            .path_param("project_id", need!(self, project_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingABandwidth("querying_a_bandwidth") { #[doc =
    " Specifies the project ID. Path parameter `project_id`."] project_id : String, #[doc
    =
    " Specifies the bandwidth ID, which uniquely identifies the bandwidth. Path parameter `bandwidth_id`."]
    bandwidth_id : String }
);
impl QueryingABandwidth {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ShowBandwidthResponse> {
        let request = request!(self, Get, "/v1/{project_id}/bandwidths/{bandwidth_id}")
            .path_param("project_id", need!(self, project_id)?)
            .path_param("bandwidth_id", need!(self, bandwidth_id)?);
        self.call.json(request).await
    }
}
crate::support::builder!(
    UpdatingABandwidth("updating_a_bandwidth") { #[doc =
    " Specifies the project ID. Path parameter `project_id`."] project_id : String, #[doc
    =
    " Specifies the bandwidth ID, which uniquely identifies the bandwidth. Path parameter `bandwidth_id`."]
    bandwidth_id : String, #[doc =
    " Specifies the bandwidth objects. For details, see Table 3."] bandwidth :
    types::UpdateBandwidthDescriptionOfTheBandwidthField }
);
impl UpdatingABandwidth {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::UpdateBandwidthResponse> {
        let body = types::UpdateBandwidthRequest {
            bandwidth: need!(self, bandwidth)?,
        };
        let request = request!(self, Put, "/v1/{project_id}/bandwidths/{bandwidth_id}")
            .path_param("project_id", need!(self, project_id)?)
            .path_param("bandwidth_id", need!(self, bandwidth_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingBandwidths("querying_bandwidths") { #[doc =
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
    " - Specifies the enterprise project ID. This field can be used to filter out the VPCs associated with a specified enterprise project."]
    #[doc =
    " - The value is **0** or a string that contains a maximum of 36 characters in UUID format with hyphens (-). Value **0** indicates the default enterprise project. To obtain the VPCs bound to all enterprise projects of the user, set **all\\_granted\\_eps**."]
    #[doc = ""] #[doc = " Query parameter `enterprise_project_id`. Length at most 36."]
    enterprise_project_id : String }
);
impl QueryingBandwidths {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ListBandwidthsResponse> {
        let request = request!(self, Get, "/v1/{project_id}/bandwidths")
            .path_param("project_id", need!(self, project_id)?)
            .query_opt("marker", self.marker)
            .query_opt("limit", self.limit)
            .query_opt("enterprise_project_id", self.enterprise_project_id);
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingEiPs("querying_ei_ps") { #[doc =
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
    " - Specifies the enterprise project ID. This field can be used to filter the EIPs of an enterprise project."]
    #[doc =
    " - The value is **0** or a string that contains a maximum of 36 characters in UUID format with hyphens (-). Value **0** indicates the default enterprise project. To obtain the EIPs bound to all enterprise projects of the user, set **all\\_granted\\_eps**. This parameter is unsupported. Do not use it."]
    #[doc = ""] #[doc = " Query parameter `enterprise_project_id`. Length at most 36."]
    enterprise_project_id : String }
);
impl QueryingEiPs {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ShowEiPsResponse> {
        let request = request!(self, Get, "/v1/{project_id}/publicips")
            .path_param("project_id", need!(self, project_id)?)
            .query_opt("marker", self.marker)
            .query_opt("limit", self.limit)
            .query_opt("enterprise_project_id", self.enterprise_project_id);
        self.call.json(request).await
    }
}
crate::support::builder!(
    AssigningAnEip("assigning_an_eip") { #[doc =
    " Specifies the project ID. Path parameter `project_id`."] project_id : String, #[doc
    = " Specifies the EIP object. For details, see Table 3."] publicip :
    types::EipDescriptionOfThePublicipField, #[doc =
    " Specifies the bandwidth object. For details, see Table 4."] bandwidth :
    types::EipDescriptionOfTheBandwidthField }
);
impl AssigningAnEip {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::AssignEipResponse> {
        let body = types::AssignEipRequest {
            publicip: need!(self, publicip)?,
            bandwidth: need!(self, bandwidth)?,
        };
        let request = request!(self, Post, "/v1/{project_id}/publicips")
            .path_param("project_id", need!(self, project_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingAnEip("querying_an_eip") { #[doc =
    " Specifies the project ID. Path parameter `project_id`."] project_id : String, #[doc
    = " Specifies the unique identifier of an EIP. Path parameter `publicip_id`."]
    publicip_id : String }
);
impl QueryingAnEip {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ShowEipResponse> {
        let request = request!(self, Get, "/v1/{project_id}/publicips/{publicip_id}")
            .path_param("project_id", need!(self, project_id)?)
            .path_param("publicip_id", need!(self, publicip_id)?);
        self.call.json(request).await
    }
}
crate::support::builder!(
    ReleasingAnEip("releasing_an_eip") { #[doc =
    " Specifies the project ID. Path parameter `project_id`."] project_id : String, #[doc
    = " Specifies the unique identifier of an EIP. Path parameter `publicip_id`."]
    publicip_id : String }
);
impl ReleasingAnEip {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<()> {
        let request = request!(self, Delete, "/v1/{project_id}/publicips/{publicip_id}")
            .path_param("project_id", need!(self, project_id)?)
            .path_param("publicip_id", need!(self, publicip_id)?);
        self.call.empty(request).await
    }
}
crate::support::builder!(
    AssigningAPrivateIpAddress("assigning_a_private_ip_address") { #[doc =
    " Specifies the project ID. Path parameter `project_id`."] project_id : String, #[doc
    = " Specifies the private IP addresses. For details, see Table 3."] #[doc =
    " By default, a maximum of 20 private IP addresses can be assigned."] privateips :
    Vec < types::PrivateIpAddressDescriptionOfThePrivateipField > }
);
impl AssigningAPrivateIpAddress {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::AssignPrivateIpAddressResponse> {
        let body = types::AssignPrivateIpAddressRequest {
            privateips: need!(self, privateips)?,
        };
        let request = request!(self, Post, "/v1/{project_id}/privateips")
            .path_param("project_id", need!(self, project_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingPrivateIpAddressDetails("querying_private_ip_address_details") { #[doc =
    " Specifies the project ID. Path parameter `project_id`."] project_id : String, #[doc
    =
    " Specifies the ID of the private IP address, which uniquely identifies the private IP address. Path parameter `privateip_id`."]
    privateip_id : String }
);
impl QueryingPrivateIpAddressDetails {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ListPrivateIpAddressDetailsResponse> {
        let request = request!(self, Get, "/v1/{project_id}/privateips/{privateip_id}")
            .path_param("project_id", need!(self, project_id)?)
            .path_param("privateip_id", need!(self, privateip_id)?);
        self.call.json(request).await
    }
}
crate::support::builder!(
    DeletingAPrivateIpAddress("deleting_a_private_ip_address") { #[doc =
    " Specifies the project ID. Path parameter `project_id`."] project_id : String, #[doc
    =
    " Specifies the ID of the private IP address, which uniquely identifies the private IP address. Path parameter `privateip_id`."]
    privateip_id : String }
);
impl DeletingAPrivateIpAddress {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<()> {
        let request = request!(
            self, Delete, "/v1/{project_id}/privateips/{privateip_id}"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param("privateip_id", need!(self, privateip_id)?);
        self.call.empty(request).await
    }
}
crate::support::builder!(
    QueryingPrivateIpAddresses("querying_private_ip_addresses") { #[doc =
    " Specifies the project ID. Path parameter `project_id`."] project_id : String, #[doc
    = " Specifies the unique ID of the subnet to which the private IP address belongs."]
    #[doc =
    " If you use the management console, the value of this parameter is the **Network ID** value."]
    #[doc = ""] #[doc = " Path parameter `subnet_id`."] subnet_id : String, #[doc =
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
impl QueryingPrivateIpAddresses {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ListPrivateIpAddressesResponse> {
        let request = request!(
            self, Get, "/v1/{project_id}/subnets/{subnet_id}/privateips"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param("subnet_id", need!(self, subnet_id)?)
            .query_opt("marker", self.marker)
            .query_opt("limit", self.limit);
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingQuotas("querying_quotas") { #[doc =
    " Specifies the project ID. Path parameter `project_id`."] project_id : String, #[doc
    = " - Specifies the resource type."] #[doc = " - Values:"] #[doc = " - **vpc**: VPC"]
    #[doc = " - **subnet**: Subnet"] #[doc = " - **securityGroup**: Security group"]
    #[doc = " - **securityGroupRule**: Security group rule"] #[doc =
    " - **publicIp**: EIP"] #[doc = " - **vpn**: VPN"] #[doc =
    " - **vpcPeer**: VPC peering connection"] #[doc =
    " - **loadbalancer**: Load balancer"] #[doc =
    " - **listener**: Load balancer listener"] #[doc =
    " - **physicalConnect**: Direct Connect connection"] #[doc =
    " - **virtualInterface**: Virtual interface"] #[doc = " - **firewall**: Firewall"]
    #[doc = " - **shareBandwidthIP**: IP address added to a shared bandwidth"] #[doc =
    " - **shareBandwidth**: Shared bandwidth"] #[doc =
    " - **address\\_group**: IP address group"] #[doc =
    " - **flow\\_log**: VPC flow log"] #[doc =
    " - **vpcContainRoutetable**: Number of route tables associated with a VPC"] #[doc =
    " - **routetableContainRoutes**: Number of routes in a route table"] #[doc = ""]
    #[doc = " Query parameter `type`."] type_ : String }
);
impl QueryingQuotas {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ListQuotasResponse> {
        let request = request!(self, Get, "/v1/{project_id}/quotas")
            .path_param("project_id", need!(self, project_id)?)
            .query_opt("type", self.type_);
        self.call.json(request).await
    }
}
crate::support::builder!(
    AssociatingSubnetsWithARouteTable("associating_subnets_with_a_route_table") { #[doc =
    " Specifies the project ID. Path parameter `project_id`."] project_id : String, #[doc
    =
    " Specifies the route table ID, which uniquely identifies a route table. Path parameter `routetable_id`."]
    routetable_id : String, #[doc = " The request body."] body : serde_json::Value }
);
impl AssociatingSubnetsWithARouteTable {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<serde_json::Value> {
        let request = request!(
            self, Post, "/v1/{project_id}/routetables/{routetable_id}/action"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param("routetable_id", need!(self, routetable_id)?)
            .json_body(&need!(self, body)?)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingRouteTables("querying_route_tables") { #[doc =
    " Specifies the project ID. Path parameter `project_id`."] project_id : String, #[doc
    =
    " Specifies the number of records that will be returned on each page. The value is from 0 to 2000. The default value is 2000."]
    #[doc =
    " **limit** can be used together with **marker**. For details, see the parameter description of **marker**."]
    #[doc = ""] #[doc = " Query parameter `limit`. Default: `2000`."] limit : i64, #[doc
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
    " Specifies the route table ID that is used as the filter. Query parameter `id`."] id
    : String, #[doc =
    " Specifies the VPC UUID that is used as the filter. Query parameter `vpc_id`."]
    vpc_id : String, #[doc = " Specifies the subnet UUID that is used as the filter."]
    #[doc =
    " If you use the management console, the value of this parameter is the **Network ID** value."]
    #[doc = ""] #[doc = " Query parameter `subnet_id`."] subnet_id : String }
);
impl QueryingRouteTables {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ListRouteTablesResponse> {
        let request = request!(self, Get, "/v1/{project_id}/routetables")
            .path_param("project_id", need!(self, project_id)?)
            .query_opt("limit", self.limit)
            .query_opt("marker", self.marker)
            .query_opt("id", self.id)
            .query_opt("vpc_id", self.vpc_id)
            .query_opt("subnet_id", self.subnet_id);
        self.call.json(request).await
    }
}
crate::support::builder!(
    CreatingARouteTable("creating_a_route_table") { #[doc =
    " Specifies the project ID. Path parameter `project_id`."] project_id : String, #[doc
    = " Specifies the route table. For details, see Table 3."] routetable :
    types::RouteTableDescriptionOfTheRoutetableField }
);
impl CreatingARouteTable {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::CreateRouteTableResponse> {
        let body = types::CreateRouteTableRequest {
            routetable: need!(self, routetable)?,
        };
        let request = request!(self, Post, "/v1/{project_id}/routetables")
            .path_param("project_id", need!(self, project_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingARouteTable("querying_a_route_table") { #[doc =
    " Specifies the project ID. Path parameter `project_id`."] project_id : String, #[doc
    =
    " Specifies the route table ID that uniquely identifies a route table. Path parameter `routetable_id`."]
    routetable_id : String }
);
impl QueryingARouteTable {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ShowRouteTableResponse> {
        let request = request!(self, Get, "/v1/{project_id}/routetables/{routetable_id}")
            .path_param("project_id", need!(self, project_id)?)
            .path_param("routetable_id", need!(self, routetable_id)?);
        self.call.json(request).await
    }
}
crate::support::builder!(
    UpdatingARouteTable("updating_a_route_table") { #[doc =
    " Specifies the project ID. Path parameter `project_id`."] project_id : String, #[doc
    =
    " Specifies the route table ID that uniquely identifies a route table. Path parameter `routetable_id`."]
    routetable_id : String, #[doc =
    " Specifies the route table. For details, see Table 3."] routetable :
    types::UpdateRouteTableDescriptionOfTheRoutetableField }
);
impl UpdatingARouteTable {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::UpdateRouteTableResponse> {
        let body = types::UpdateRouteTableRequest {
            routetable: need!(self, routetable)?,
        };
        let request = request!(self, Put, "/v1/{project_id}/routetables/{routetable_id}")
            .path_param("project_id", need!(self, project_id)?)
            .path_param("routetable_id", need!(self, routetable_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    DeletingARouteTable("deleting_a_route_table") { #[doc =
    " Specifies the project ID. Path parameter `project_id`."] project_id : String, #[doc
    =
    " Specifies the route table ID, which uniquely identifies a route table. Path parameter `routetable_id`."]
    routetable_id : String }
);
impl DeletingARouteTable {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<()> {
        let request = request!(
            self, Delete, "/v1/{project_id}/routetables/{routetable_id}"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param("routetable_id", need!(self, routetable_id)?);
        self.call.empty(request).await
    }
}
crate::support::builder!(
    QueryingSecurityGroupDetails("querying_security_group_details") { #[doc =
    " Specifies the project ID. Path parameter `project_id`."] project_id : String, #[doc
    =
    " Specifies the security group ID, which uniquely identifies the security group. Path parameter `security_group_id`."]
    security_group_id : String }
);
impl QueryingSecurityGroupDetails {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ListSecurityGroupDetailsResponse> {
        let request = request!(
            self, Get, "/v1/{project_id}/security-groups/{security_group_id}"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param("security_group_id", need!(self, security_group_id)?);
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingSecurityGroupRuleDetails("querying_security_group_rule_details") { #[doc =
    " Specifies the project ID. Path parameter `project_id`."] project_id : String, #[doc
    =
    " Specifies the security group rule ID, which uniquely identifies the security group rule. Path parameter `security_group_rule_id`."]
    security_group_rule_id : String }
);
impl QueryingSecurityGroupRuleDetails {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ListSecurityGroupRuleDetailsResponse> {
        let request = request!(
            self, Get, "/v1/{project_id}/security-group-rules/{security_group_rule_id}"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param("security_group_rule_id", need!(self, security_group_rule_id)?);
        self.call.json(request).await
    }
}
crate::support::builder!(
    UpdatingSubnetInformation("updating_subnet_information") { #[doc =
    " Specifies the project ID. Path parameter `project_id`."] project_id : String, #[doc
    = " Specifies the VPC ID of the subnet. Path parameter `vpc_id`."] vpc_id : String,
    #[doc = " Specifies the subnet ID that uniquely identifies the subnet."] #[doc =
    " If you use the management console, the value of this parameter is the **Network ID** value."]
    #[doc = ""] #[doc = " Path parameter `subnet_id`."] subnet_id : String, #[doc =
    " Specifies the subnet objects."] subnet : types::SubnetInformationSubnetObject }
);
impl UpdatingSubnetInformation {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::UpdateSubnetInformationResponse> {
        let body = types::UpdateSubnetInformationRequest {
            subnet: need!(self, subnet)?,
        };
        let request = request!(
            self, Put, "/v1/{project_id}/vpcs/{vpc_id}/subnets/{subnet_id}"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param("vpc_id", need!(self, vpc_id)?)
            .path_param("subnet_id", need!(self, subnet_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingSubnetDetails("querying_subnet_details") { #[doc =
    " Specifies the project ID. Path parameter `project_id`."] project_id : String, #[doc
    = " Specifies the subnet ID, which uniquely identifies the subnet."] #[doc =
    " If you use the management console, the value of this parameter is the **Network ID** value."]
    #[doc = ""] #[doc = " Path parameter `subnet_id`."] subnet_id : String }
);
impl QueryingSubnetDetails {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ListSubnetDetailsResponse> {
        let request = request!(self, Get, "/v1/{project_id}/subnets/{subnet_id}")
            .path_param("project_id", need!(self, project_id)?)
            .path_param("subnet_id", need!(self, subnet_id)?);
        self.call.json(request).await
    }
}
crate::support::builder!(
    CreatingAVpc("creating_a_vpc") { #[doc =
    " Specifies the project ID. Path parameter `project_id`."] project_id : String, #[doc
    = " Specifies the VPC objects."] vpc : types::VpcObject }
);
impl CreatingAVpc {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::CreateVpcResponse> {
        let body = types::CreateVpcRequest {
            vpc: need!(self, vpc)?,
        };
        let request = request!(self, Post, "/v1/{project_id}/vpcs")
            .path_param("project_id", need!(self, project_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingVpcDetails("querying_vpc_details") { #[doc =
    " Specifies the project ID. Path parameter `project_id`."] project_id : String, #[doc
    =
    " Specifies the VPC ID, which uniquely identifies the VPC. Path parameter `vpc_id`."]
    vpc_id : String }
);
impl QueryingVpcDetails {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ListVpcDetailsResponse> {
        let request = request!(self, Get, "/v1/{project_id}/vpcs/{vpc_id}")
            .path_param("project_id", need!(self, project_id)?)
            .path_param("vpc_id", need!(self, vpc_id)?);
        self.call.json(request).await
    }
}
crate::support::builder!(
    UpdatingAVpc("updating_a_vpc") { #[doc =
    " Specifies the project ID. Path parameter `project_id`."] project_id : String, #[doc
    =
    " Specifies the VPC ID, which uniquely identifies the VPC. Path parameter `vpc_id`."]
    vpc_id : String, #[doc = " Specifies the VPC objects."] vpc : types::UpdateVpcObject
    }
);
impl UpdatingAVpc {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::UpdateVpcResponse> {
        let body = types::UpdateVpcRequest {
            vpc: need!(self, vpc)?,
        };
        let request = request!(self, Put, "/v1/{project_id}/vpcs/{vpc_id}")
            .path_param("project_id", need!(self, project_id)?)
            .path_param("vpc_id", need!(self, vpc_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    DeletingAVpc("deleting_a_vpc") { #[doc =
    " Specifies the project ID. Path parameter `project_id`."] project_id : String, #[doc
    = " Specifies the VPC ID that uniquely identifies the VPC. Path parameter `vpc_id`."]
    vpc_id : String }
);
impl DeletingAVpc {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<()> {
        let request = request!(self, Delete, "/v1/{project_id}/vpcs/{vpc_id}")
            .path_param("project_id", need!(self, project_id)?)
            .path_param("vpc_id", need!(self, vpc_id)?);
        self.call.empty(request).await
    }
}
crate::support::builder!(
    QueryingVpcFlowLogs("querying_vpc_flow_logs") { #[doc =
    " - Project ID. Path parameter `project_id`."] project_id : String, #[doc =
    " - Flow log ID. Query parameter `id`."] id : String, #[doc = " - Flow log name"]
    #[doc =
    " - The value can contain up to 64 characters, including letters, digits, underscores (\\_), hyphens (-), and periods (.)."]
    #[doc = ""] #[doc = " Query parameter `name`. Length at most 64."] name : String,
    #[doc = " - Project ID. Query parameter `tenant_id`."] tenant_id : String, #[doc =
    " - Flow log description"] #[doc =
    " - The value can contain no more than 255 characters and cannot contain angle brackets (\\< or \\>)."]
    #[doc = ""] #[doc = " Query parameter `description`. Length at most 255."]
    description : String, #[doc =
    " - Type of the resource whose logs are to be collected."] #[doc =
    " - The value can be:"] #[doc = " - **port**: a single network interface."] #[doc =
    " - **vpc**: All network interfaces in a VPC."] #[doc =
    " - **network**: All network interfaces in a subnet."] #[doc = ""] #[doc =
    " Query parameter `resource_type`."] resource_type :
    types::VpcFlowLogDescriptionOfTheFlowLogFieldResourceType, #[doc =
    " - ID of the resource whose logs are to be collected. Query parameter `resource_id`."]
    resource_id : String, #[doc =
    " - Type of the traffic whose logs are to be collected."] #[doc =
    " - The value can be:"] #[doc =
    " - **all**: specifies that both accepted and rejected traffic of the specified resource will be logged."]
    #[doc =
    " - **accept**: specifies that only accepted inbound and outbound traffic of the specified resource will be logged."]
    #[doc =
    " - **reject**: specifies that only rejected inbound and outbound traffic of the specified resource will be logged."]
    #[doc = ""] #[doc = " Query parameter `traffic_type`."] traffic_type :
    types::VpcFlowLogDescriptionOfTheFlowLogFieldTrafficType, #[doc =
    " - Log group ID. Query parameter `log_group_id`."] log_group_id : String, #[doc =
    " - Log topic ID. Query parameter `log_topic_id`."] log_topic_id : String, #[doc =
    " Flow log status"] #[doc = ""] #[doc = " - **ACTIVE**: Enabled"] #[doc =
    " - **DOWN**: Disabled"] #[doc = " - **ERROR**: Abnormal"] #[doc = ""] #[doc =
    " Query parameter `status`."] status : String, #[doc =
    " Specifies the number of records that will be returned on each page. The value is from 0 to 2000. The default value is 2000."]
    #[doc =
    " **limit** can be used together with **marker**. For details, see the parameter description of **marker**."]
    #[doc = ""] #[doc = " Query parameter `limit`. Default: `2000`."] limit : i64, #[doc
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
    #[doc = ""] #[doc = " Query parameter `marker`."] marker : String }
);
impl QueryingVpcFlowLogs {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ListVpcFlowLogsResponse> {
        let request = request!(self, Get, "/v1/{project_id}/fl/flow_logs")
            .path_param("project_id", need!(self, project_id)?)
            .query_opt("id", self.id)
            .query_opt("name", self.name)
            .query_opt("tenant_id", self.tenant_id)
            .query_opt("description", self.description)
            .query_opt("resource_type", self.resource_type)
            .query_opt("resource_id", self.resource_id)
            .query_opt("traffic_type", self.traffic_type)
            .query_opt("log_group_id", self.log_group_id)
            .query_opt("log_topic_id", self.log_topic_id)
            .query_opt("status", self.status)
            .query_opt("limit", self.limit)
            .query_opt("marker", self.marker);
        self.call.json(request).await
    }
}
crate::support::builder!(
    CreatingAVpcFlowLog("creating_a_vpc_flow_log") { #[doc =
    " Specifies the project ID. Path parameter `project_id`."] project_id : String, #[doc
    = " **FlowLog** objects. For details, see Table 3."] flow_log :
    types::VpcFlowLogDescriptionOfTheFlowLogField }
);
impl CreatingAVpcFlowLog {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::CreateVpcFlowLogResponse> {
        let body = types::CreateVpcFlowLogRequest {
            flow_log: need!(self, flow_log)?,
        };
        let request = request!(self, Post, "/v1/{project_id}/fl/flow_logs")
            .path_param("project_id", need!(self, project_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingAVpcFlowLog("querying_a_vpc_flow_log") { #[doc =
    " Project ID. Path parameter `project_id`."] project_id : String, #[doc =
    " Flow log ID. Path parameter `flowlog_id`."] flowlog_id : String }
);
impl QueryingAVpcFlowLog {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ShowVpcFlowLogResponse> {
        let request = request!(self, Get, "/v1/{project_id}/fl/flow_logs/{flowlog_id}")
            .path_param("project_id", need!(self, project_id)?)
            .path_param("flowlog_id", need!(self, flowlog_id)?);
        self.call.json(request).await
    }
}
crate::support::builder!(
    UpdatingAVpcFlowLog("updating_a_vpc_flow_log") { #[doc =
    " Project ID. Path parameter `project_id`."] project_id : String, #[doc =
    " Flow log ID. Path parameter `flowlog_id`."] flowlog_id : String, #[doc =
    " **FlowLog** objects. For details, see Table 3."] flow_log :
    types::UpdateVpcFlowLogDescriptionOfTheFlowLogField }
);
impl UpdatingAVpcFlowLog {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::UpdateVpcFlowLogResponse> {
        let body = types::UpdateVpcFlowLogRequest {
            flow_log: need!(self, flow_log)?,
        };
        let request = request!(self, Put, "/v1/{project_id}/fl/flow_logs/{flowlog_id}")
            .path_param("project_id", need!(self, project_id)?)
            .path_param("flowlog_id", need!(self, flowlog_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    DeletingAVpcFlowLog("deleting_a_vpc_flow_log") { #[doc =
    " Project ID. Path parameter `project_id`."] project_id : String, #[doc =
    " Flow log ID. Path parameter `flowlog_id`."] flowlog_id : String }
);
impl DeletingAVpcFlowLog {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<()> {
        let request = request!(
            self, Delete, "/v1/{project_id}/fl/flow_logs/{flowlog_id}"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param("flowlog_id", need!(self, flowlog_id)?);
        self.call.empty(request).await
    }
}
crate::support::builder!(
    QueryingVpcFlowLogs2("querying_vpc_flow_logs_2") { #[doc =
    " - Project ID. Query parameter `project_id`."] project_id : String, #[doc =
    " - Flow log ID. Query parameter `id`."] id : String, #[doc = " - Flow log name"]
    #[doc =
    " - The value can contain up to 64 characters, including letters, digits, underscores (\\_), hyphens (-), and periods (.)."]
    #[doc = ""] #[doc = " Query parameter `name`. Length at most 64."] name : String,
    #[doc = " - Project ID. Query parameter `tenant_id`."] tenant_id : String, #[doc =
    " - Flow log description"] #[doc =
    " - The value can contain no more than 255 characters and cannot contain angle brackets (\\< or \\>)."]
    #[doc = ""] #[doc = " Query parameter `description`. Length at most 255."]
    description : String, #[doc =
    " - Type of the resource whose logs are to be collected."] #[doc =
    " - The value can be:"] #[doc = " - **port**: a single network interface."] #[doc =
    " - **vpc**: All network interfaces in a VPC."] #[doc =
    " - **network**: All network interfaces in a subnet."] #[doc = ""] #[doc =
    " Query parameter `resource_type`."] resource_type :
    types::VpcFlowLogDescriptionOfTheFlowLogFieldResourceType, #[doc =
    " - ID of the resource whose logs are to be collected. Query parameter `resource_id`."]
    resource_id : String, #[doc =
    " - Type of the traffic whose logs are to be collected."] #[doc =
    " - The value can be:"] #[doc =
    " - **all**: specifies that both accepted and rejected traffic of the specified resource will be logged."]
    #[doc =
    " - **accept**: specifies that only accepted inbound and outbound traffic of the specified resource will be logged."]
    #[doc =
    " - **reject**: specifies that only rejected inbound and outbound traffic of the specified resource will be logged."]
    #[doc = ""] #[doc = " Query parameter `traffic_type`."] traffic_type :
    types::VpcFlowLogDescriptionOfTheFlowLogFieldTrafficType, #[doc =
    " - Log group ID. Query parameter `log_group_id`."] log_group_id : String, #[doc =
    " - Log topic ID. Query parameter `log_topic_id`."] log_topic_id : String, #[doc =
    " Flow log status"] #[doc = ""] #[doc = " - **ACTIVE**: Enabled"] #[doc =
    " - **DOWN**: Disabled"] #[doc = " - **ERROR**: Abnormal"] #[doc = ""] #[doc =
    " Query parameter `status`."] status : String, #[doc =
    " Specifies the number of records that will be returned on each page. The value is from 0 to 2000. The default value is 2000."]
    #[doc =
    " **limit** can be used together with **marker**. For details, see the parameter description of **marker**."]
    #[doc = ""] #[doc = " Query parameter `limit`. Default: `2000`."] limit : i64, #[doc
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
    #[doc = ""] #[doc = " Query parameter `marker`."] marker : String }
);
impl QueryingVpcFlowLogs2 {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ListVpcFlowLogsResponse> {
        let request = request!(
            self, Get, "/v1/b2782e6708b8475c993e6064bc456bf8/fl/flow_logs"
        )
            .query("project_id", need!(self, project_id)?)
            .query_opt("id", self.id)
            .query_opt("name", self.name)
            .query_opt("tenant_id", self.tenant_id)
            .query_opt("description", self.description)
            .query_opt("resource_type", self.resource_type)
            .query_opt("resource_id", self.resource_id)
            .query_opt("traffic_type", self.traffic_type)
            .query_opt("log_group_id", self.log_group_id)
            .query_opt("log_topic_id", self.log_topic_id)
            .query_opt("status", self.status)
            .query_opt("limit", self.limit)
            .query_opt("marker", self.marker);
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingASpecifiedApiVersion("querying_a_specified_api_version") { #[doc =
    " Specifies the version number, for example **v2.0**. Path parameter `api_version`."]
    api_version : String }
);
impl QueryingASpecifiedApiVersion {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ShowApiVersionResponse> {
        let request = request!(self, Get, "/{api_version}")
            .path_param("api_version", need!(self, api_version)?);
        self.call.json(request).await
    }
}
crate::support::builder!(QueryingApiVersions("querying_api_versions") {});
impl QueryingApiVersions {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ListApiVersionsResponse> {
        let request = request!(self, Get, "/");
        self.call.json(request).await
    }
}
