//! API version v2.0 of NAT Gateway.
use crate::support::need;
use crate::support::request;
use docsdk_runtime::Result;
/// The operations at API version v2.0: get it with `Client::v2_0`.
#[derive(Clone, Copy, Debug)]
pub struct Client<'a>(pub(crate) &'a crate::Client);
impl Client<'_> {
    /// Querying DNAT Rules: `GET /v2.0/dnat_rules`, API version v2.0.
    ///
    /// This API is used to query DNAT rules.
    pub fn querying_dnat_rules(&self) -> QueryingDnatRules {
        QueryingDnatRules::new(&self.0.inner, None)
    }
    /// Creating a DNAT Rule: `POST /v2.0/dnat_rules`, API version v2.0.
    ///
    /// This API is used to create a DNAT rule.
    ///
    /// You can create a DNAT rule only when **status** of the NAT gateway is set to **ACTIVE** and **admin\_state\_up** of the NAT gateway administrator to **True**. Specify either **port\_id** or **private\_ip** at a time. If you are going to create a DNAT rule that allows traffic to and from all ports of a server and an EIP, set **internal\_service\_port** to **0**, **external\_service\_port** to **0**, and **protocol** to **any**.
    pub fn creating_a_dnat_rule(&self) -> CreatingADnatRule {
        CreatingADnatRule::new(&self.0.inner, None)
    }
    /// Deleting a DNAT Rule: `DELETE /v2.0/dnat_rules/{dnat_rule_id}`, API version v2.0.
    ///
    /// This API is used to delete a DNAT rule.
    pub fn deleting_a_dnat_rule(&self) -> DeletingADnatRule {
        DeletingADnatRule::new(&self.0.inner, None)
    }
    /// Querying SNAT Rules: `GET /v2.0/snat_rules`, API version v2.0.
    ///
    /// This API is used to query SNAT rules.
    pub fn querying_snat_rules(&self) -> QueryingSnatRules {
        QueryingSnatRules::new(&self.0.inner, None)
    }
    /// Creating an SNAT Rule: `POST /v2.0/snat_rules`, API version v2.0.
    ///
    /// This API is used to create an SNAT rule.
    ///
    /// You can create an SNAT rule only when **status** of the NAT gateway is set to **ACTIVE** and **admin\_state\_up** of the NAT gateway administrator to **True**.
    pub fn creating_an_snat_rule(&self) -> CreatingAnSnatRule {
        CreatingAnSnatRule::new(&self.0.inner, None)
    }
    /// Deleting an SNAT Rule: `DELETE /v2.0/snat_rules/{snat_rule_id}`, API version v2.0.
    ///
    /// This API is used to delete an SNAT rule.
    pub fn deleting_an_snat_rule(&self) -> DeletingAnSnatRule {
        DeletingAnSnatRule::new(&self.0.inner, None)
    }
}
crate::support::builder!(
    QueryingDnatRules("querying_dnat_rules") { #[doc =
    " Specifies the DNAT rule ID. Query parameter `id`."] id : String, #[doc =
    " Specifies the number of records returned on each page. Query parameter `limit`."]
    limit : i64, #[doc = " Specifies the project ID. Query parameter `tenant_id`."]
    tenant_id : String, #[doc =
    " Specifies the NAT gateway ID. Query parameter `nat_gateway_id`."] nat_gateway_id :
    String, #[doc =
    " Specifies the port ID of the cloud server (ECS or BMS). Query parameter `port_id`."]
    port_id : String, #[doc =
    " Specifies the private IP address, for example, the IP address of an on-premises network connected by a Direct Connect connection. Query parameter `private_ip`."]
    private_ip : String, #[doc =
    " Specifies the port number used by the cloud server (ECS or BMS) to provide services for external systems. Query parameter `internal_service_port`."]
    internal_service_port : i64, #[doc =
    " Specifies the EIP ID. Query parameter `floating_ip_id`."] floating_ip_id : String,
    #[doc = " Specifies the EIP address. Query parameter `floating_ip_address`."]
    floating_ip_address : String, #[doc =
    " Specifies the port for providing services for external systems. Query parameter `external_service_port`."]
    external_service_port : i64, #[doc =
    " Specifies the protocol. TCP, UDP, and ANY are supported."] #[doc =
    " The protocol number of TCP, UDP, and ANY are 6, 17, and 0, respectively."] #[doc =
    ""] #[doc = " Query parameter `protocol`."] protocol : String, #[doc =
    " Provides supplementary information about the DNAT rule. Query parameter `description`."]
    description : String, #[doc = " - Specifies the status of the DNAT rule."] #[doc =
    " - For details about all its values, see Resource Status Description."] #[doc = ""]
    #[doc = " Query parameter `status`."] status : String, #[doc =
    " - Specifies whether the DNAT rule is enabled or disabled."] #[doc =
    " - The value can be:"] #[doc = " - **true**: The DNAT rule is enabled."] #[doc =
    " - **false**: The DNAT rule is disabled."] #[doc = ""] #[doc =
    " Query parameter `admin_state_up`."] admin_state_up : bool, #[doc =
    " Specifies when the DNAT rule was created (UTC time). Its value rounds to 6 decimal places for seconds. The format is yyyy-mm-dd hh:mm:ss."]
    #[doc = ""] #[doc = " Query parameter `created_at`."] created_at : String }
);
impl QueryingDnatRules {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<crate::types::ListDnatRulesResponse> {
        let request = request!(self, Get, "/v2.0/dnat_rules")
            .query_opt("id", self.id)
            .query_opt("limit", self.limit)
            .query_opt("tenant_id", self.tenant_id)
            .query_opt("nat_gateway_id", self.nat_gateway_id)
            .query_opt("port_id", self.port_id)
            .query_opt("private_ip", self.private_ip)
            .query_opt("internal_service_port", self.internal_service_port)
            .query_opt("floating_ip_id", self.floating_ip_id)
            .query_opt("floating_ip_address", self.floating_ip_address)
            .query_opt("external_service_port", self.external_service_port)
            .query_opt("protocol", self.protocol)
            .query_opt("description", self.description)
            .query_opt("status", self.status)
            .query_opt("admin_state_up", self.admin_state_up)
            .query_opt("created_at", self.created_at);
        self.call.json(request).await
    }
}
crate::support::builder!(
    CreatingADnatRule("creating_a_dnat_rule") { #[doc =
    " Specifies the DNAT rule object. For details, see Table 2."] dnat_rule : crate
    ::types::DnatRuleDescriptionOfTheDnatRuleField }
);
impl CreatingADnatRule {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<crate::types::CreateDnatRuleResponse> {
        let body = crate::types::CreateDnatRuleRequest {
            dnat_rule: need!(self, dnat_rule)?,
        };
        let request = request!(self, Post, "/v2.0/dnat_rules").json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    DeletingADnatRule("deleting_a_dnat_rule") { #[doc =
    " Specifies the ID of the DNAT rule. Path parameter `dnat_rule_id`."] dnat_rule_id :
    String }
);
impl DeletingADnatRule {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<()> {
        let request = request!(self, Delete, "/v2.0/dnat_rules/{dnat_rule_id}")
            .path_param("dnat_rule_id", need!(self, dnat_rule_id)?);
        self.call.empty(request).await
    }
}
crate::support::builder!(
    QueryingSnatRules("querying_snat_rules") { #[doc =
    " Specifies the SNAT rule ID. Query parameter `id`."] id : String, #[doc =
    " Specifies the number of records on each page. Query parameter `limit`."] limit :
    i64, #[doc = " Specifies the project ID. Query parameter `tenant_id`."] tenant_id :
    String, #[doc = " Specifies the NAT gateway ID. Query parameter `nat_gateway_id`."]
    nat_gateway_id : String, #[doc =
    " Specifies the network ID used by the SNAT rule. Query parameter `network_id`."]
    network_id : String, #[doc =
    " Specifies CIDR, which can be in the format of a network segment or a host IP address. Specify either this parameter or **network\\_id**."]
    #[doc =
    " If **source\\_type** is set to **0**, **cidr** must be a subset of the VPC subnet."]
    #[doc =
    " If **source\\_type** is set to **1**, **cidr** must be a CIDR block of your on-premises network connected to the VPC through Direct Connect or Cloud Connect."]
    #[doc = ""] #[doc = " Query parameter `cidr`."] cidr : String, #[doc =
    " **0**: Either **network\\_id** or **cidr** can be specified in a VPC."] #[doc =
    " **1**: Only **cidr** can be specified over a Direct Connect connection."] #[doc =
    " If no value is entered, the default value **0** (VPC) is used."] #[doc = ""] #[doc
    = " Query parameter `source_type`."] source_type : i64, #[doc =
    " Specifies the EIP ID. Query parameter `floating_ip_id`."] floating_ip_id : String,
    #[doc = " Specifies the EIP. Query parameter `floating_ip_address`."]
    floating_ip_address : String, #[doc =
    " Provides supplementary information about the SNAT rule. Query parameter `description`."]
    description : String, #[doc = " - Specifies the status of the SNAT rule."] #[doc =
    " - For details about all its values, see Table 1."] #[doc = ""] #[doc =
    " Query parameter `status`."] status : String, #[doc =
    " - Specifies whether the SNAT rule is enabled or disabled."] #[doc =
    " - The state can be:"] #[doc = " - **true**: The SNAT rule is enabled."] #[doc =
    " - **false**: The SNAT rule is disabled."] #[doc = ""] #[doc =
    " Query parameter `admin_state_up`."] admin_state_up : bool, #[doc =
    " Specifies when the SNAT rule was created (UTC time). Its value rounds to 6 decimal places for seconds. The format is yyyy-mm-dd hh:mm:ss."]
    #[doc = ""] #[doc = " Query parameter `created_at`."] created_at : String }
);
impl QueryingSnatRules {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<crate::types::ListSnatRulesResponse> {
        let request = request!(self, Get, "/v2.0/snat_rules")
            .query_opt("id", self.id)
            .query_opt("limit", self.limit)
            .query_opt("tenant_id", self.tenant_id)
            .query_opt("nat_gateway_id", self.nat_gateway_id)
            .query_opt("network_id", self.network_id)
            .query_opt("cidr", self.cidr)
            .query_opt("source_type", self.source_type)
            .query_opt("floating_ip_id", self.floating_ip_id)
            .query_opt("floating_ip_address", self.floating_ip_address)
            .query_opt("description", self.description)
            .query_opt("status", self.status)
            .query_opt("admin_state_up", self.admin_state_up)
            .query_opt("created_at", self.created_at);
        self.call.json(request).await
    }
}
crate::support::builder!(
    CreatingAnSnatRule("creating_an_snat_rule") { #[doc =
    " Specifies the SNAT rule object. For details, see Table 2."] snat_rule : crate
    ::types::SnatRuleDescriptionOfTheSnatRuleField }
);
impl CreatingAnSnatRule {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<crate::types::CreateSnatRuleResponse> {
        let body = crate::types::CreateSnatRuleRequest {
            snat_rule: need!(self, snat_rule)?,
        };
        let request = request!(self, Post, "/v2.0/snat_rules").json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    DeletingAnSnatRule("deleting_an_snat_rule") { #[doc =
    " Specifies the SNAT rule ID. Path parameter `snat_rule_id`."] snat_rule_id : String
    }
);
impl DeletingAnSnatRule {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<()> {
        let request = request!(self, Delete, "/v2.0/snat_rules/{snat_rule_id}")
            .path_param("snat_rule_id", need!(self, snat_rule_id)?);
        self.call.empty(request).await
    }
}
