//! Request builders, one per operation: set parameters, then `.send().await`.
use crate::support::need;
use crate::types;
use crate::support::request;
use docsdk_runtime::Result;
crate::support::builder!(
    QueryingDnatRules("querying_dnat_rules") { #[doc =
    " Specifies the project ID. Path parameter `project_id`."] project_id : String, #[doc
    = " Specifies the number of records displayed on each page."] #[doc =
    " The value ranges from 1 to 2000."] #[doc = " Default value: **2000**"] #[doc =
    " **Value range:**"] #[doc = " 1-2000"] #[doc = " **Default value:**"] #[doc =
    " 2000"] #[doc = ""] #[doc =
    " Query parameter `limit`. Default: `2000`. Range 1 to 2000."] limit : i64, #[doc =
    " Specifies the start resource ID of pagination query. If the parameter is left blank, only resources on the first page are queried."]
    #[doc =
    " The value is obtained from **next\\_marker** or **previous\\_marker** in **PageInfo** queried last time."]
    #[doc = ""] #[doc = " Query parameter `marker`."] marker : String, #[doc =
    " Specifies whether to query resources on the previous page. Query parameter `page_reverse`."]
    page_reverse : bool, #[doc = " Specifies the DNAT rule ID. Query parameter `id`."] id
    : Vec < String >, #[doc = " Specifies the project ID. Query parameter `project_id`."]
    project_id_2 : Vec < String >, #[doc =
    " Specifies the ID of the enterprise project that is associated with the DNAT rule when the DNAT rule is created. Query parameter `enterprise_project_id`."]
    enterprise_project_id : Vec < String >, #[doc =
    " Provides supplementary information about the DNAT rule. The description can contain up to 255 characters and cannot contain angle brackets (\\<\\>)."]
    #[doc = ""] #[doc = " Query parameter `description`."] description : Vec < String >,
    #[doc = " Specifies the private NAT gateway ID. Query parameter `gateway_id`."]
    gateway_id : Vec < String >, #[doc =
    " Specifies the ID of the transit IP address. Query parameter `transit_ip_id`."]
    transit_ip_id : Vec < String >, #[doc =
    " Specifies the transit IP address. Query parameter `external_ip_address`."]
    external_ip_address : Vec < String >, #[doc =
    " Specifies the port ID of the resource that the NAT gateway is bound to. The resource can be a compute instance, load balancer (v2 or v3), or virtual IP address."]
    #[doc = ""] #[doc = " Query parameter `network_interface_id`."] network_interface_id
    : Vec < String >, #[doc = " Specifies the backend resource type of the DNAT rule."]
    #[doc = " The type can be:"] #[doc = ""] #[doc =
    " - **COMPUTE**: The backend resource is a compute instance."] #[doc =
    " - **VIP**: The backend resource is a virtual IP address."] #[doc =
    " - **ELB**: The backend resource is a v2 load balancer."] #[doc =
    " - **ELBv3**: The backend resource is a v3 load balancer."] #[doc =
    " - **CUSTOMIZE**: The backend resource is a user-defined IP address."] #[doc = ""]
    #[doc = " Query parameter `type`."] type_ : Vec < String >, #[doc =
    " Specifies the port IP address that the NAT gateway uses. The resource can be a compute instance, load balancer (v2 or v3), or virtual IP address."]
    #[doc = ""] #[doc = " Query parameter `private_ip_address`."] private_ip_address :
    Vec < String >, #[doc = " Specifies the DNAT rule protocol type."] #[doc =
    " TCP, UDP, and ANY are supported."] #[doc =
    " The protocol number of TCP, UDP, and ANY are 6, 17, and 0, respectively."] #[doc =
    ""] #[doc = " Query parameter `protocol`."] protocol : Vec < String >, #[doc =
    " Specifies the port number of the resource, which can be a compute instance, load balancer (v2 or v3), or virtual IP address."]
    #[doc = ""] #[doc = " Query parameter `internal_service_port`."]
    internal_service_port : Vec < String >, #[doc =
    " Specifies the port number of the transit IP address. Query parameter `transit_service_port`."]
    transit_service_port : Vec < String >, #[doc =
    " Specifies the time when the DNAT rule was created. It is a UTC time in *yyyy-mm-ddThh:mm:ssZ* format. Query parameter `created_at`."]
    created_at : String, #[doc =
    " Specifies the time when the DNAT rule was updated. It is a UTC time in *yyyy-mm-ddThh:mm:ssZ* format. Query parameter `updated_at`."]
    updated_at : String }
);
impl QueryingDnatRules {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ListPrivateDnatsResponse> {
        let mut request = request!(self, Get, "/v3/{project_id}/private-nat/dnat-rules")
            .path_param("project_id", need!(self, project_id)?)
            .query_opt("limit", self.limit)
            .query_opt("marker", self.marker)
            .query_opt("page_reverse", self.page_reverse)
            .query_opt("created_at", self.created_at)
            .query_opt("updated_at", self.updated_at);
        for value in self.id.unwrap_or_default() {
            request = request.query("id", value);
        }
        for value in self.project_id_2.unwrap_or_default() {
            request = request.query("project_id", value);
        }
        for value in self.enterprise_project_id.unwrap_or_default() {
            request = request.query("enterprise_project_id", value);
        }
        for value in self.description.unwrap_or_default() {
            request = request.query("description", value);
        }
        for value in self.gateway_id.unwrap_or_default() {
            request = request.query("gateway_id", value);
        }
        for value in self.transit_ip_id.unwrap_or_default() {
            request = request.query("transit_ip_id", value);
        }
        for value in self.external_ip_address.unwrap_or_default() {
            request = request.query("external_ip_address", value);
        }
        for value in self.network_interface_id.unwrap_or_default() {
            request = request.query("network_interface_id", value);
        }
        for value in self.type_.unwrap_or_default() {
            request = request.query("type", value);
        }
        for value in self.private_ip_address.unwrap_or_default() {
            request = request.query("private_ip_address", value);
        }
        for value in self.protocol.unwrap_or_default() {
            request = request.query("protocol", value);
        }
        for value in self.internal_service_port.unwrap_or_default() {
            request = request.query("internal_service_port", value);
        }
        for value in self.transit_service_port.unwrap_or_default() {
            request = request.query("transit_service_port", value);
        }
        self.call.json(request).await
    }
}
crate::support::builder!(
    CreatingADnatRule("creating_a_dnat_rule") { #[doc =
    " Specifies the project ID. Path parameter `project_id`."] project_id : String, #[doc
    = " Specifies the request body for creating a DNAT rule."] dnat_rule :
    types::Createprivatednatoption }
);
impl CreatingADnatRule {
    /// Sends the request: the 201 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::CreatePrivateDnatResponse201> {
        let body = types::CreatePrivateDnatRequest {
            dnat_rule: need!(self, dnat_rule)?,
        };
        let request = request!(self, Post, "/v3/{project_id}/private-nat/dnat-rules")
            .path_param("project_id", need!(self, project_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingDetailsAboutASpecifiedDnatRule("querying_details_about_a_specified_dnat_rule")
    { #[doc = " Specifies the project ID. Path parameter `project_id`."] project_id :
    String, #[doc = " Specifies the DNAT rule ID. Path parameter `dnat_rule_id`."]
    dnat_rule_id : String }
);
impl QueryingDetailsAboutASpecifiedDnatRule {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::CreatePrivateDnatResponse201> {
        let request = request!(
            self, Get, "/v3/{project_id}/private-nat/dnat-rules/{dnat_rule_id}"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param("dnat_rule_id", need!(self, dnat_rule_id)?);
        self.call.json(request).await
    }
}
crate::support::builder!(
    UpdatingADnatRule("updating_a_dnat_rule") { #[doc =
    " Specifies the project ID. Path parameter `project_id`."] project_id : String, #[doc
    = " Specifies the DNAT rule ID. Path parameter `dnat_rule_id`."] dnat_rule_id :
    String, #[doc = " Specifies the request body for updating a DNAT rule."] dnat_rule :
    types::Updateprivatednatoption }
);
impl UpdatingADnatRule {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::CreatePrivateDnatResponse201> {
        let body = types::UpdatePrivateDnatRequest {
            dnat_rule: self.dnat_rule,
        };
        let request = request!(
            self, Put, "/v3/{project_id}/private-nat/dnat-rules/{dnat_rule_id}"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param("dnat_rule_id", need!(self, dnat_rule_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    DeletingADnatRule("deleting_a_dnat_rule") { #[doc =
    " Specifies the project ID. Path parameter `project_id`."] project_id : String, #[doc
    = " Specifies the DNAT rule ID. Path parameter `dnat_rule_id`."] dnat_rule_id :
    String }
);
impl DeletingADnatRule {
    /// Sends the request: the 204 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<()> {
        let request = request!(
            self, Delete, "/v3/{project_id}/private-nat/dnat-rules/{dnat_rule_id}"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param("dnat_rule_id", need!(self, dnat_rule_id)?);
        self.call.empty(request).await
    }
}
crate::support::builder!(
    QueryingTagsOfAPrivateNatGateway("querying_tags_of_a_private_nat_gateway") { #[doc =
    " Specifies the project ID. Path parameter `project_id`."] project_id : String, #[doc
    = " Specifies the private NAT gateway ID. Path parameter `resource_id`."] resource_id
    : String }
);
impl QueryingTagsOfAPrivateNatGateway {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ShowPrivateNatTagsResponse> {
        let request = request!(
            self, Get, "/v3/{project_id}/private-nat-gateways/{resource_id}/tags"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param("resource_id", need!(self, resource_id)?);
        self.call.json(request).await
    }
}
crate::support::builder!(
    AddingATagToAPrivateNatGateway("adding_a_tag_to_a_private_nat_gateway") { #[doc =
    " Specifies the project ID. Path parameter `project_id`."] project_id : String, #[doc
    = " Specifies the private NAT gateway ID. Path parameter `resource_id`."] resource_id
    : String, #[doc = " Specifies the tag."] tag : types::Tag }
);
impl AddingATagToAPrivateNatGateway {
    /// Sends the request: the 204 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<()> {
        let body = types::CreatePrivateNatTagRequest {
            tag: need!(self, tag)?,
        };
        let request = request!(
            self, Post, "/v3/{project_id}/private-nat-gateways/{resource_id}/tags"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param("resource_id", need!(self, resource_id)?)
            .json_body(&body)?;
        self.call.empty(request).await
    }
}
crate::support::builder!(
    BatchAddingOrDeletingTagsToOrFromAPrivateNatGateway("batch_adding_or_deleting_tags_to_or_from_a_private_nat_gateway")
    { #[doc = " Specifies the project ID. Path parameter `project_id`."] project_id :
    String, #[doc =
    " Specifies the private NAT gateway ID. Path parameter `resource_id`."] resource_id :
    String, #[doc = " Specifies the operation."] #[doc =
    " The value can be one of the following:"] #[doc = ""] #[doc = " - **create**"] #[doc
    = " - **delete** Enumeration values:"] #[doc = " - **create**"] #[doc =
    " - **delete**"] action : String, #[doc = " Specifies the tag list."] tags : Vec <
    types::Tag > }
);
impl BatchAddingOrDeletingTagsToOrFromAPrivateNatGateway {
    /// Sends the request: the 204 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<()> {
        let body = types::BatchCreateDeletePrivateNatTagsRequest {
            action: need!(self, action)?,
            tags: need!(self, tags)?,
        };
        let request = request!(
            self, Post, "/v3/{project_id}/private-nat-gateways/{resource_id}/tags/action"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param("resource_id", need!(self, resource_id)?)
            .json_body(&body)?;
        self.call.empty(request).await
    }
}
crate::support::builder!(
    DeletingATagFromAPrivateNatGateway("deleting_a_tag_from_a_private_nat_gateway") {
    #[doc = " Specifies the tag key. Path parameter `key`."] key : String, #[doc =
    " Specifies the project ID. Path parameter `project_id`."] project_id : String, #[doc
    = " Specifies the private NAT gateway ID. Path parameter `resource_id`."] resource_id
    : String }
);
impl DeletingATagFromAPrivateNatGateway {
    /// Sends the request: the 204 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<()> {
        let request = request!(
            self, Delete,
            "/v3/{project_id}/private-nat-gateways/{resource_id}/tags/{key}"
        )
            .path_param("key", need!(self, key)?)
            .path_param("project_id", need!(self, project_id)?)
            .path_param("resource_id", need!(self, resource_id)?);
        self.call.empty(request).await
    }
}
crate::support::builder!(
    QueryingPrivateNatGateways("querying_private_nat_gateways") { #[doc =
    " Specifies the project ID. Path parameter `project_id`."] project_id : String, #[doc
    =
    " Specifies the index position. The query starts from the next data record indexed by this parameter. When querying resources on the first page, you do not need to specify this parameter. When querying resources on subsequent pages, set this parameter to the value returned in the response body for querying resources on the previous page. This parameter is not available when **action** is set to **count**. If **action** is set to **filter**, the value must be a positive number, and the default value is **0**."]
    #[doc = ""] #[doc = " Default: `0`."] offset : String, #[doc =
    " Specifies the number of records to be queried. This parameter is not available when **action** is set to **count**. If **action** is set to **filter**, the default value is **1000**, which is also the maximum value. The minimum value is **1**. The value cannot be a negative number."]
    #[doc = ""] #[doc = " Default: `1000`."] limit : String, #[doc =
    " Specifies the operation to be performed. The value can be **filter** or **count**."]
    #[doc =
    " The value **filter** indicates pagination query. The value **count** indicates that the total number of query results meeting the search criteria will be returned."]
    #[doc = " Enumeration values:"] #[doc = ""] #[doc = " - **filter**"] #[doc =
    " - **count**"] action : types::ListPrivateNatsByTagsRequestAction, #[doc =
    " Specifies the search field. The tag key is the field to be matched, for example, **resource\\_name**. The tag value indicates the value to be matched. This field is a fixed dictionary value. You can determine whether fuzzy match is required based on different fields. For example, if **key** is set to **resource\\_name**, fuzzy search (case insensitive) is used by default. If **value** is an empty string, exact match is used. If **key** is set to **resource\\_id**, exact match is used. Currently, only **resource\\_name** is supported."]
    matches : Vec < types::Match >, #[doc =
    " The resources to be queried do not contain tags listed in **not\\_tags**. Each resource to be queried contains a maximum of 20 keys. Each tag key can have a maximum of 20 tag values. The structure body cannot be missing, and the key cannot be left blank or set to an empty string. Each tag key must be unique, and each tag value in a tag must be unique.Resources that do not contain the tags listed in **not\\_tags** will be returned.Keys are in AND relationship, and values in a tag are in OR relationship.If this parameter is not specified, all resources will be returned."]
    not_tags : Vec < types::Tags >, #[doc =
    " The resources to be queried contain tags listed in **tags**. Each resource to be queried contains a maximum of 20 keys. Each tag key can have a maximum of 20 tag values. The structure body cannot be missing, and the key cannot be left blank or set to an empty string. Each tag key must be unique, and each tag value in a tag must be unique.Resources that contain the tags listed in \\**tags* will be returned.Keys are in AND relationship, and values in a tag are in OR relationship.If this parameter is not specified, all resources will be returned."]
    tags : Vec < types::Tags >, #[doc =
    " The resources to be queried contain any tag listed in **tags\\_any**. Each resource to be queried contains a maximum of 20 keys. Each tag key can have a maximum of 20 tag values. The structure body cannot be missing, and the key cannot be left blank or set to an empty string. Each tag key must be unique, and each tag value in a tag must be unique.Resources that contain any tag listed in \\**tags\\_any* will be returned.Keys are in AND relationship, and values in a tag are in OR relationship.If this parameter is not specified, all resources will be returned."]
    tags_any : Vec < types::Tags >, #[doc =
    " The resources to be queried do not contain any tag listed in **not\\_tags\\_any**. Each resource to be queried contains a maximum of 20 keys. Each tag key can have a maximum of 20 tag values. The structure body cannot be missing, and the key cannot be left blank or set to an empty string. Each tag key must be unique, and each tag value in a tag must be unique.Resources that do not contain any tag listed in **not\\_tags\\_any** will be returned.Keys are in AND relationship, and values in a tag are in OR relationship.If this parameter is not specified, all resources will be returned."]
    not_tags_any : Vec < types::Tags > }
);
impl QueryingPrivateNatGateways {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ListPrivateNatsByTagsResponse> {
        let body = types::ListPrivateNatsByTagsRequest {
            offset: self.offset,
            limit: self.limit,
            action: need!(self, action)?,
            matches: self.matches,
            not_tags: self.not_tags,
            tags: self.tags,
            tags_any: self.tags_any,
            not_tags_any: self.not_tags_any,
        };
        let request = request!(
            self, Post, "/v3/{project_id}/private-nat-gateways/resource_instances/action"
        )
            .path_param("project_id", need!(self, project_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingTagsOfAllPrivateNatGatewaysInAProject("querying_tags_of_all_private_nat_gateways_in_a_project")
    { #[doc = " Specifies the project ID. Path parameter `project_id`."] project_id :
    String }
);
impl QueryingTagsOfAllPrivateNatGatewaysInAProject {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ListPrivateNatTagsResponse> {
        let request = request!(self, Get, "/v3/{project_id}/private-nat-gateways/tags")
            .path_param("project_id", need!(self, project_id)?);
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingPrivateNatGateways2("querying_private_nat_gateways_2") { #[doc =
    " Specifies the project ID. Path parameter `project_id`."] project_id : String, #[doc
    = " Specifies the number of records displayed on each page."] #[doc =
    " The value ranges from 1 to 2000."] #[doc = " Default value: **2000**"] #[doc =
    " **Value range:**"] #[doc = " 1-2000"] #[doc = " **Default value:**"] #[doc =
    " 2000"] #[doc = ""] #[doc =
    " Query parameter `limit`. Default: `2000`. Range 1 to 2000."] limit : i64, #[doc =
    " Specifies the start resource ID of pagination query. If the parameter is left blank, only resources on the first page are queried."]
    #[doc =
    " The value is obtained from **next\\_marker** or **previous\\_marker** in **PageInfo** queried last time."]
    #[doc = ""] #[doc = " Query parameter `marker`."] marker : String, #[doc =
    " Specifies whether to query resources on the previous page. Query parameter `page_reverse`."]
    page_reverse : bool, #[doc =
    " Specifies the private NAT gateway ID. Query parameter `id`."] id : Vec < String >,
    #[doc = " Specifies the private NAT gateway name. Query parameter `name`."] name :
    Vec < String >, #[doc =
    " Provides supplementary information about the private NAT gateway. The description can contain up to 255 characters and cannot contain angle brackets (\\<\\>)."]
    #[doc = ""] #[doc = " Query parameter `description`."] description : Vec < String >,
    #[doc = " Specifies the private NAT gateway specifications."] #[doc =
    " The value can be:"] #[doc = ""] #[doc = " - **Small**"] #[doc = " - **Medium**"]
    #[doc = " - **Large**"] #[doc = " - **Extra-large** Enumeration values:"] #[doc =
    " - **Small**"] #[doc = " - **Medium**"] #[doc = " - **Large**"] #[doc =
    " - **Extra-large**"] #[doc = ""] #[doc = " Query parameter `spec`."] spec : Vec <
    types::UpdateprivatenatoptionSpec >, #[doc =
    " Specifies the project ID. Query parameter `project_id`."] project_id_2 : Vec <
    String >, #[doc = " Specifies the private NAT gateway status."] #[doc =
    " The value can be:"] #[doc = ""] #[doc =
    " - **ACTIVE**: The private NAT gateway is running properly."] #[doc =
    " - **FROZEN**: The private NAT gateway is frozen. Enumeration values:"] #[doc =
    " - **ACTIVE**"] #[doc = " - **FROZEN**"] #[doc = ""] #[doc =
    " Query parameter `status`."] status : Vec < types::PrivatednatStatus >, #[doc =
    " Specifies the ID of the VPC where the private NAT gateway works. Query parameter `vpc_id`."]
    vpc_id : Vec < String >, #[doc =
    " Specifies the ID of the subnet where the private NAT gateway works. Query parameter `virsubnet_id`."]
    virsubnet_id : Vec < String >, #[doc =
    " Specifies the ID of the enterprise project that is associated with the private NAT gateway when the private NAT gateway is created."]
    #[doc = ""] #[doc = " Query parameter `enterprise_project_id`."]
    enterprise_project_id : Vec < String > }
);
impl QueryingPrivateNatGateways2 {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ListPrivateNatsResponse> {
        let mut request = request!(self, Get, "/v3/{project_id}/private-nat/gateways")
            .path_param("project_id", need!(self, project_id)?)
            .query_opt("limit", self.limit)
            .query_opt("marker", self.marker)
            .query_opt("page_reverse", self.page_reverse);
        for value in self.id.unwrap_or_default() {
            request = request.query("id", value);
        }
        for value in self.name.unwrap_or_default() {
            request = request.query("name", value);
        }
        for value in self.description.unwrap_or_default() {
            request = request.query("description", value);
        }
        for value in self.spec.unwrap_or_default() {
            request = request.query("spec", value);
        }
        for value in self.project_id_2.unwrap_or_default() {
            request = request.query("project_id", value);
        }
        for value in self.status.unwrap_or_default() {
            request = request.query("status", value);
        }
        for value in self.vpc_id.unwrap_or_default() {
            request = request.query("vpc_id", value);
        }
        for value in self.virsubnet_id.unwrap_or_default() {
            request = request.query("virsubnet_id", value);
        }
        for value in self.enterprise_project_id.unwrap_or_default() {
            request = request.query("enterprise_project_id", value);
        }
        self.call.json(request).await
    }
}
crate::support::builder!(
    CreatingAPrivateNatGateway("creating_a_private_nat_gateway") { #[doc =
    " Specifies the project ID. Path parameter `project_id`."] project_id : String, #[doc
    = " Specifies the request body for creating the private NAT gateway."] gateway :
    types::Createprivatenatoption }
);
impl CreatingAPrivateNatGateway {
    /// Sends the request: the 201 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::CreatePrivateNatResponse201> {
        let body = types::CreatePrivateNatRequest {
            gateway: need!(self, gateway)?,
        };
        let request = request!(self, Post, "/v3/{project_id}/private-nat/gateways")
            .path_param("project_id", need!(self, project_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingDetailsAboutASpecifiedPrivateNatGateway("querying_details_about_a_specified_private_nat_gateway")
    { #[doc = " Specifies the project ID. Path parameter `project_id`."] project_id :
    String, #[doc =
    " Specifies the private NAT gateway ID. Path parameter `gateway_id`."] gateway_id :
    String }
);
impl QueryingDetailsAboutASpecifiedPrivateNatGateway {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::CreatePrivateNatResponse201> {
        let request = request!(
            self, Get, "/v3/{project_id}/private-nat/gateways/{gateway_id}"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param("gateway_id", need!(self, gateway_id)?);
        self.call.json(request).await
    }
}
crate::support::builder!(
    UpdatingAPrivateNatGateway("updating_a_private_nat_gateway") { #[doc =
    " Specifies the project ID. Path parameter `project_id`."] project_id : String, #[doc
    = " Specifies the private NAT gateway ID. Path parameter `gateway_id`."] gateway_id :
    String, #[doc = " Specifies the request body for updating the private NAT gateway."]
    gateway : types::Updateprivatenatoption }
);
impl UpdatingAPrivateNatGateway {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::CreatePrivateNatResponse201> {
        let body = types::UpdatePrivateNatRequest {
            gateway: need!(self, gateway)?,
        };
        let request = request!(
            self, Put, "/v3/{project_id}/private-nat/gateways/{gateway_id}"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param("gateway_id", need!(self, gateway_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    DeletingAPrivateNatGateway("deleting_a_private_nat_gateway") { #[doc =
    " Specifies the private NAT gateway ID. Path parameter `gateway_id`."] gateway_id :
    String, #[doc = " Specifies the project ID. Path parameter `project_id`."] project_id
    : String }
);
impl DeletingAPrivateNatGateway {
    /// Sends the request: the 204 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<()> {
        let request = request!(
            self, Delete, "/v3/{project_id}/private-nat/gateways/{gateway_id}"
        )
            .path_param("gateway_id", need!(self, gateway_id)?)
            .path_param("project_id", need!(self, project_id)?);
        self.call.empty(request).await
    }
}
crate::support::builder!(
    QueryingSnatRules("querying_snat_rules") { #[doc =
    " Specifies the project ID. Path parameter `project_id`."] project_id : String, #[doc
    = " Specifies the number of records displayed on each page."] #[doc =
    " The value ranges from 1 to 2000."] #[doc = " Default value: **2000**"] #[doc =
    " **Value range:**"] #[doc = " 1-2000"] #[doc = " **Default value:**"] #[doc =
    " 2000"] #[doc = ""] #[doc =
    " Query parameter `limit`. Default: `2000`. Range 1 to 2000."] limit : i64, #[doc =
    " Specifies the start resource ID of pagination query. If the parameter is left blank, only resources on the first page are queried."]
    #[doc =
    " The value is obtained from **next\\_marker** or **previous\\_marker** in **PageInfo** queried last time."]
    #[doc = ""] #[doc = " Query parameter `marker`."] marker : String, #[doc =
    " Specifies whether to query resources on the previous page. Query parameter `page_reverse`."]
    page_reverse : bool, #[doc = " Specifies the SNAT rule ID. Query parameter `id`."] id
    : Vec < String >, #[doc = " Specifies the project ID. Query parameter `project_id`."]
    project_id_2 : Vec < String >, #[doc =
    " Provides supplementary information about the SNAT rule. The description can contain up to 255 characters and cannot contain angle brackets (\\<\\>)."]
    #[doc = ""] #[doc = " Query parameter `description`."] description : Vec < String >,
    #[doc = " Specifies the private NAT gateway ID. Query parameter `gateway_id`."]
    gateway_id : Vec < String >, #[doc =
    " Specifies the CIDR block that matches the SNAT rule. Query parameter `cidr`."] cidr
    : Vec < String >, #[doc =
    " Specifies the ID of the subnet that matches the SNAT rule. Query parameter `virsubnet_id`."]
    virsubnet_id : Vec < String >, #[doc =
    " Specifies the ID of the transit IP address. Query parameter `transit_ip_id`."]
    transit_ip_id : Vec < String >, #[doc =
    " Specifies the transit IP address. Query parameter `transit_ip_address`."]
    transit_ip_address : Vec < String >, #[doc =
    " Specifies the ID of the enterprise project that is associated with the SNAT rule when the SNAT rule is created. Query parameter `enterprise_project_id`."]
    enterprise_project_id : Vec < String > }
);
impl QueryingSnatRules {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ListPrivateSnatsResponse> {
        let mut request = request!(self, Get, "/v3/{project_id}/private-nat/snat-rules")
            .path_param("project_id", need!(self, project_id)?)
            .query_opt("limit", self.limit)
            .query_opt("marker", self.marker)
            .query_opt("page_reverse", self.page_reverse);
        for value in self.id.unwrap_or_default() {
            request = request.query("id", value);
        }
        for value in self.project_id_2.unwrap_or_default() {
            request = request.query("project_id", value);
        }
        for value in self.description.unwrap_or_default() {
            request = request.query("description", value);
        }
        for value in self.gateway_id.unwrap_or_default() {
            request = request.query("gateway_id", value);
        }
        for value in self.cidr.unwrap_or_default() {
            request = request.query("cidr", value);
        }
        for value in self.virsubnet_id.unwrap_or_default() {
            request = request.query("virsubnet_id", value);
        }
        for value in self.transit_ip_id.unwrap_or_default() {
            request = request.query("transit_ip_id", value);
        }
        for value in self.transit_ip_address.unwrap_or_default() {
            request = request.query("transit_ip_address", value);
        }
        for value in self.enterprise_project_id.unwrap_or_default() {
            request = request.query("enterprise_project_id", value);
        }
        self.call.json(request).await
    }
}
crate::support::builder!(
    CreatingAnSnatRule("creating_an_snat_rule") { #[doc =
    " Specifies the project ID. Path parameter `project_id`."] project_id : String, #[doc
    = " Specifies the request body for creating an SNAT rule."] snat_rule :
    types::Createprivatesnatoption }
);
impl CreatingAnSnatRule {
    /// Sends the request: the 201 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::CreatePrivateSnatResponse201> {
        let body = types::CreatePrivateSnatRequest {
            snat_rule: need!(self, snat_rule)?,
        };
        let request = request!(self, Post, "/v3/{project_id}/private-nat/snat-rules")
            .path_param("project_id", need!(self, project_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingDetailsAboutASpecifiedSnatRule("querying_details_about_a_specified_snat_rule")
    { #[doc = " Specifies the project ID. Path parameter `project_id`."] project_id :
    String, #[doc = " Specifies the SNAT rule ID. Path parameter `snat_rule_id`."]
    snat_rule_id : String }
);
impl QueryingDetailsAboutASpecifiedSnatRule {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::CreatePrivateSnatResponse201> {
        let request = request!(
            self, Get, "/v3/{project_id}/private-nat/snat-rules/{snat_rule_id}"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param("snat_rule_id", need!(self, snat_rule_id)?);
        self.call.json(request).await
    }
}
crate::support::builder!(
    UpdatingAnSnatRule("updating_an_snat_rule") { #[doc =
    " Specifies the project ID. Path parameter `project_id`."] project_id : String, #[doc
    = " Specifies the SNAT rule ID. Path parameter `snat_rule_id`."] snat_rule_id :
    String, #[doc = " Specifies the request body for updating an SNAT rule."] snat_rule :
    types::Updateprivatesnatoption }
);
impl UpdatingAnSnatRule {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::UpdatePrivateSnatResponse> {
        let body = types::UpdatePrivateSnatRequest {
            snat_rule: need!(self, snat_rule)?,
        };
        let request = request!(
            self, Put, "/v3/{project_id}/private-nat/snat-rules/{snat_rule_id}"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param("snat_rule_id", need!(self, snat_rule_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    DeletingAnSnatRule("deleting_an_snat_rule") { #[doc =
    " Specifies the project ID. Path parameter `project_id`."] project_id : String, #[doc
    = " Specifies the SNAT rule ID. Path parameter `snat_rule_id`."] snat_rule_id :
    String }
);
impl DeletingAnSnatRule {
    /// Sends the request: the 204 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<()> {
        let request = request!(
            self, Delete, "/v3/{project_id}/private-nat/snat-rules/{snat_rule_id}"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param("snat_rule_id", need!(self, snat_rule_id)?);
        self.call.empty(request).await
    }
}
crate::support::builder!(
    QueryingTagsOfATransitIpAddress("querying_tags_of_a_transit_ip_address") { #[doc =
    " Specifies the project ID. Path parameter `project_id`."] project_id : String, #[doc
    = " Specifies the ID of the transit IP address. Path parameter `resource_id`."]
    resource_id : String }
);
impl QueryingTagsOfATransitIpAddress {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ShowPrivateNatTagsResponse> {
        let request = request!(
            self, Get, "/v3/{project_id}/transit-ips/{resource_id}/tags"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param("resource_id", need!(self, resource_id)?);
        self.call.json(request).await
    }
}
crate::support::builder!(
    AddingATagToATransitIpAddress("adding_a_tag_to_a_transit_ip_address") { #[doc =
    " Specifies the project ID. Path parameter `project_id`."] project_id : String, #[doc
    = " Specifies the ID of the transit IP address. Path parameter `resource_id`."]
    resource_id : String, #[doc = " Specifies the tag."] tag : types::Tag }
);
impl AddingATagToATransitIpAddress {
    /// Sends the request: the 204 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<()> {
        let body = types::CreatePrivateNatTagRequest {
            tag: need!(self, tag)?,
        };
        let request = request!(
            self, Post, "/v3/{project_id}/transit-ips/{resource_id}/tags"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param("resource_id", need!(self, resource_id)?)
            .json_body(&body)?;
        self.call.empty(request).await
    }
}
crate::support::builder!(
    BatchAddingOrDeletingTagsToOrFromATransitIpAddress("batch_adding_or_deleting_tags_to_or_from_a_transit_ip_address")
    { #[doc = " Specifies the project ID. Path parameter `project_id`."] project_id :
    String, #[doc =
    " Specifies the ID of the transit IP address. Path parameter `resource_id`."]
    resource_id : String, #[doc = " Specifies the operation."] #[doc =
    " The value can be one of the following:"] #[doc = ""] #[doc = " - **create**"] #[doc
    = " - **delete** Enumeration values:"] #[doc = " - **create**"] #[doc =
    " - **delete**"] action : String, #[doc = " Specifies the tag list."] tags : Vec <
    types::Tag > }
);
impl BatchAddingOrDeletingTagsToOrFromATransitIpAddress {
    /// Sends the request: the 204 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<()> {
        let body = types::BatchCreateDeletePrivateNatTagsRequest {
            action: need!(self, action)?,
            tags: need!(self, tags)?,
        };
        let request = request!(
            self, Post, "/v3/{project_id}/transit-ips/{resource_id}/tags/action"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param("resource_id", need!(self, resource_id)?)
            .json_body(&body)?;
        self.call.empty(request).await
    }
}
crate::support::builder!(
    DeletingATagFromATransitIpAddress("deleting_a_tag_from_a_transit_ip_address") { #[doc
    = " Specifies the tag key. Path parameter `key`."] key : String, #[doc =
    " Specifies the project ID. Path parameter `project_id`."] project_id : String, #[doc
    = " Specifies the ID of the transit IP address. Path parameter `resource_id`."]
    resource_id : String }
);
impl DeletingATagFromATransitIpAddress {
    /// Sends the request: the 204 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<()> {
        let request = request!(
            self, Delete, "/v3/{project_id}/transit-ips/{resource_id}/tags/{key}"
        )
            .path_param("key", need!(self, key)?)
            .path_param("project_id", need!(self, project_id)?)
            .path_param("resource_id", need!(self, resource_id)?);
        self.call.empty(request).await
    }
}
crate::support::builder!(
    QueryingTagsOfAllTransitIpAddressesInASpecifiedProject("querying_tags_of_all_transit_ip_addresses_in_a_specified_project")
    { #[doc = " Specifies the project ID. Path parameter `project_id`."] project_id :
    String }
);
impl QueryingTagsOfAllTransitIpAddressesInASpecifiedProject {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ListPrivateNatTagsResponse> {
        let request = request!(self, Get, "/v3/{project_id}/transit-ips/tags")
            .path_param("project_id", need!(self, project_id)?);
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingTransitIpAddressesByTag("querying_transit_ip_addresses_by_tag") { #[doc =
    " Specifies the project ID. Path parameter `project_id`."] project_id : String, #[doc
    =
    " Specifies the index position. The query starts from the next data record indexed by this parameter. When querying resources on the first page, you do not need to specify this parameter. When querying resources on subsequent pages, set this parameter to the value returned in the response body for querying resources on the previous page. This parameter is not available when **action** is set to **count**. If **action** is set to **filter**, the value must be a positive number, and the default value is **0**."]
    #[doc = ""] #[doc = " Default: `0`."] offset : String, #[doc =
    " Specifies the number of records to be queried. This parameter is not available when **action** is set to **count**. If **action** is set to **filter**, the default value is **1000**, which is also the maximum value. The minimum value is **1**. The value cannot be a negative number."]
    #[doc = ""] #[doc = " Default: `1000`."] limit : String, #[doc =
    " Specifies the operation to be performed. The value can be **filter** or **count**."]
    #[doc =
    " The value **filter** indicates pagination query. The value **count** indicates that the total number of query results meeting the search criteria will be returned."]
    #[doc = " Enumeration values:"] #[doc = ""] #[doc = " - **filter**"] #[doc =
    " - **count**"] action : types::ListPrivateNatsByTagsRequestAction, #[doc =
    " Specifies the search field. The tag key is the field to be matched, for example, **resource\\_name**. The tag value indicates the value to be matched. This field is a fixed dictionary value. You can determine whether fuzzy match is required based on different fields. For example, if **key** is set to **resource\\_name**, fuzzy search (case insensitive) is used by default. If **value** is an empty string, exact match is used. If **key** is set to **resource\\_id**, exact match is used. Currently, only **resource\\_name** is supported."]
    matches : Vec < types::Match >, #[doc =
    " The resources to be queried do not contain tags listed in **not\\_tags**. Each resource to be queried contains a maximum of 20 keys. Each tag key can have a maximum of 20 tag values. The structure body cannot be missing, and the key cannot be left blank or set to an empty string. Each tag key must be unique, and each tag value in a tag must be unique.Resources that do not contain the tags listed in **not\\_tags** will be returned.Keys are in AND relationship, and values in a tag are in OR relationship.If this parameter is not specified, all resources will be returned."]
    not_tags : Vec < types::Tags >, #[doc =
    " The resources to be queried contain tags listed in **tags**. Each resource to be queried contains a maximum of 20 keys. Each tag key can have a maximum of 20 tag values. The structure body cannot be missing, and the key cannot be left blank or set to an empty string. Each tag key must be unique, and each tag value in a tag must be unique.Resources that contain the tags listed in \\**tags* will be returned.Keys are in AND relationship, and values in a tag are in OR relationship.If this parameter is not specified, all resources will be returned."]
    tags : Vec < types::Tags >, #[doc =
    " The resources to be queried contain any tag listed in **tags\\_any**. Each resource to be queried contains a maximum of 20 keys. Each tag key can have a maximum of 20 tag values. The structure body cannot be missing, and the key cannot be left blank or set to an empty string. Each tag key must be unique, and each tag value in a tag must be unique.Resources that contain any tag listed in \\**tags\\_any* will be returned.Keys are in AND relationship, and values in a tag are in OR relationship.If this parameter is not specified, all resources will be returned."]
    tags_any : Vec < types::Tags >, #[doc =
    " The resources to be queried do not contain any tag listed in **not\\_tags\\_any**. Each resource to be queried contains a maximum of 20 keys. Each tag key can have a maximum of 20 tag values. The structure body cannot be missing, and the key cannot be left blank or set to an empty string. Each tag key must be unique, and each tag value in a tag must be unique.Resources that do not contain any tag listed in **not\\_tags\\_any** will be returned.Keys are in AND relationship, and values in a tag are in OR relationship.If this parameter is not specified, all resources will be returned."]
    not_tags_any : Vec < types::Tags > }
);
impl QueryingTransitIpAddressesByTag {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ListPrivateNatsByTagsResponse> {
        let body = types::ListPrivateNatsByTagsRequest {
            offset: self.offset,
            limit: self.limit,
            action: need!(self, action)?,
            matches: self.matches,
            not_tags: self.not_tags,
            tags: self.tags,
            tags_any: self.tags_any,
            not_tags_any: self.not_tags_any,
        };
        let request = request!(
            self, Post, "/v3/{project_id}/transit-ips/resource_instances/action"
        )
            .path_param("project_id", need!(self, project_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingTransitIpAddresses("querying_transit_ip_addresses") { #[doc =
    " Specifies the project ID. Path parameter `project_id`."] project_id : String, #[doc
    = " Specifies the number of records displayed on each page."] #[doc =
    " The value ranges from 1 to 2000."] #[doc = " Default value: **2000**"] #[doc =
    " **Value range:**"] #[doc = " 1-2000"] #[doc = " **Default value:**"] #[doc =
    " 2000"] #[doc = ""] #[doc =
    " Query parameter `limit`. Default: `2000`. Range 1 to 2000."] limit : i64, #[doc =
    " Specifies the start resource ID of pagination query. If the parameter is left blank, only resources on the first page are queried."]
    #[doc =
    " The value is obtained from **next\\_marker** or **previous\\_marker** in **PageInfo** queried last time."]
    #[doc = ""] #[doc = " Query parameter `marker`."] marker : String, #[doc =
    " Specifies whether to query resources on the previous page. Query parameter `page_reverse`."]
    page_reverse : bool, #[doc =
    " Specifies the ID of the transit IP address. Query parameter `id`."] id : Vec <
    String >, #[doc = " Specifies the project ID. Query parameter `project_id`."]
    project_id_2 : Vec < String >, #[doc =
    " Specifies the network interface ID of the transit IP address. Query parameter `network_interface_id`."]
    network_interface_id : Vec < String >, #[doc =
    " Specifies the transit IP address. Query parameter `ip_address`."] ip_address : Vec
    < String >, #[doc =
    " Specifies the ID of the private NAT gateway associated with the transit IP address. Query parameter `gateway_id`."]
    gateway_id : Vec < String >, #[doc =
    " Specifies the ID of the enterprise project that is associated with the transit IP address when the transit IP address is assigned."]
    #[doc = ""] #[doc = " Query parameter `enterprise_project_id`."]
    enterprise_project_id : Vec < String >, #[doc =
    " Specifies the subnet ID of the current tenant. Query parameter `virsubnet_id`."]
    virsubnet_id : Vec < String >, #[doc =
    " Specifies the transit subnet ID. Query parameter `transit_subnet_id`."]
    transit_subnet_id : Vec < String >, #[doc =
    " Provides supplementary information about the transit IP address. The description can contain up to 255 characters and cannot contain angle brackets (\\<\\>)."]
    #[doc = ""] #[doc = " Query parameter `description`."] description : Vec < String > }
);
impl QueryingTransitIpAddresses {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ListTransitIpsResponse> {
        let mut request = request!(self, Get, "/v3/{project_id}/private-nat/transit-ips")
            .path_param("project_id", need!(self, project_id)?)
            .query_opt("limit", self.limit)
            .query_opt("marker", self.marker)
            .query_opt("page_reverse", self.page_reverse);
        for value in self.id.unwrap_or_default() {
            request = request.query("id", value);
        }
        for value in self.project_id_2.unwrap_or_default() {
            request = request.query("project_id", value);
        }
        for value in self.network_interface_id.unwrap_or_default() {
            request = request.query("network_interface_id", value);
        }
        for value in self.ip_address.unwrap_or_default() {
            request = request.query("ip_address", value);
        }
        for value in self.gateway_id.unwrap_or_default() {
            request = request.query("gateway_id", value);
        }
        for value in self.enterprise_project_id.unwrap_or_default() {
            request = request.query("enterprise_project_id", value);
        }
        for value in self.virsubnet_id.unwrap_or_default() {
            request = request.query("virsubnet_id", value);
        }
        for value in self.transit_subnet_id.unwrap_or_default() {
            request = request.query("transit_subnet_id", value);
        }
        for value in self.description.unwrap_or_default() {
            request = request.query("description", value);
        }
        self.call.json(request).await
    }
}
crate::support::builder!(
    AssigningATransitIpAddress("assigning_a_transit_ip_address") { #[doc =
    " Specifies the project ID. Path parameter `project_id`."] project_id : String, #[doc
    = " Specifies the request body for assigning a transit IP address."] transit_ip :
    types::Creattransitipoption }
);
impl AssigningATransitIpAddress {
    /// Sends the request: the 201 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::CreateTransitIpResponse201> {
        let body = types::CreateTransitIpRequest {
            transit_ip: need!(self, transit_ip)?,
        };
        let request = request!(self, Post, "/v3/{project_id}/private-nat/transit-ips")
            .path_param("project_id", need!(self, project_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingDetailsAboutASpecifiedTransitIpAddress("querying_details_about_a_specified_transit_ip_address")
    { #[doc = " Specifies the project ID. Path parameter `project_id`."] project_id :
    String, #[doc =
    " Specifies the ID of the transit IP address. Path parameter `transit_ip_id`."]
    transit_ip_id : String }
);
impl QueryingDetailsAboutASpecifiedTransitIpAddress {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::CreateTransitIpResponse201> {
        let request = request!(
            self, Get, "/v3/{project_id}/private-nat/transit-ips/{transit_ip_id}"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param("transit_ip_id", need!(self, transit_ip_id)?);
        self.call.json(request).await
    }
}
crate::support::builder!(
    ReleasingATransitIpAddress("releasing_a_transit_ip_address") { #[doc =
    " Specifies the ID of the transit IP address. Path parameter `transit_ip_id`."]
    transit_ip_id : String, #[doc =
    " Specifies the project ID. Path parameter `project_id`."] project_id : String }
);
impl ReleasingATransitIpAddress {
    /// Sends the request: the 204 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<()> {
        let request = request!(
            self, Delete, "/v3/{project_id}/private-nat/transit-ips/{transit_ip_id}"
        )
            .path_param("transit_ip_id", need!(self, transit_ip_id)?)
            .path_param("project_id", need!(self, project_id)?);
        self.call.empty(request).await
    }
}
crate::support::builder!(
    QueryingDetailsOfADnatRule("querying_details_of_a_dnat_rule") { #[doc =
    " Specifies the DNAT rule ID. Path parameter `dnat_rule_id`."] dnat_rule_id : String
    }
);
impl QueryingDetailsOfADnatRule {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ShowDnatRuleResponse> {
        let request = request!(self, Get, "/v2.0/dnat_rules/{dnat_rule_id}")
            .path_param("dnat_rule_id", need!(self, dnat_rule_id)?);
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingNatGateways("querying_nat_gateways") { #[doc =
    " Specifies the NAT gateway ID. Query parameter `id`."] id : String, #[doc =
    " Specifies the number of records on each page. Query parameter `limit`."] limit :
    i64, #[doc = " Specifies the project ID. Query parameter `tenant_id`."] tenant_id :
    String, #[doc = " Specifies the NAT gateway name."] #[doc =
    " The name can contain only digits, letters, underscores (\\_), and hyphens (-)."]
    #[doc = ""] #[doc = " Query parameter `name`."] name : String, #[doc =
    " Provides supplementary information about the NAT gateway. Query parameter `description`."]
    description : String, #[doc = " Specifies the NAT gateway type."] #[doc =
    " The type can be:"] #[doc = ""] #[doc =
    " - **0**: micro type, which supports up to 1,000 SNAT connections."] #[doc =
    " - **1**: small type, which supports up to 10,000 SNAT connections."] #[doc =
    " - **2**: medium type, which supports up to 50,000 SNAT connections."] #[doc =
    " - **3**: large type, which supports up to 200,000 SNAT connections."] #[doc =
    " - **4**: extra-large type, which supports up to 1,000,000 SNAT connections."] #[doc
    = ""] #[doc = " Query parameter `spec`."] spec : String, #[doc =
    " Specifies the router ID. Query parameter `router_id`."] router_id : String, #[doc =
    " Specifies the network ID of the downstream interface (the next hop of the DVR) of the NAT gateway. Query parameter `internal_network_id`."]
    internal_network_id : String, #[doc = " - Specifies the NAT gateway status."] #[doc =
    " - For details about all its values, see Table 1."] #[doc = ""] #[doc =
    " Query parameter `status`."] status : String, #[doc =
    " - Specifies whether the NAT gateway is started or stopped."] #[doc =
    " - The state can be:"] #[doc = " - **true**: The NAT gateway is started."] #[doc =
    " - **false**: The NAT gateway is stopped."] #[doc = ""] #[doc =
    " Query parameter `admin_state_up`."] admin_state_up : bool, #[doc =
    " Specifies when the NAT gateway was created (UTC time). Its value rounds to 6 decimal places for seconds. The format is yyyy-mm-dd hh:mm:ss."]
    #[doc = ""] #[doc = " Query parameter `created_at`."] created_at : String }
);
impl QueryingNatGateways {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ListNatGatewaysResponse> {
        let request = request!(self, Get, "/v2.0/nat_gateways")
            .query_opt("id", self.id)
            .query_opt("limit", self.limit)
            .query_opt("tenant_id", self.tenant_id)
            .query_opt("name", self.name)
            .query_opt("description", self.description)
            .query_opt("spec", self.spec)
            .query_opt("router_id", self.router_id)
            .query_opt("internal_network_id", self.internal_network_id)
            .query_opt("status", self.status)
            .query_opt("admin_state_up", self.admin_state_up)
            .query_opt("created_at", self.created_at);
        self.call.json(request).await
    }
}
crate::support::builder!(
    CreatingANatGateway("creating_a_nat_gateway") { #[doc =
    " Specifies the NAT gateway object. For details, see Table 2."] nat_gateway :
    types::NatGatewayDescriptionOfTheNatGatewayField }
);
impl CreatingANatGateway {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::CreateNatGatewayResponse> {
        let body = types::CreateNatGatewayRequest {
            nat_gateway: need!(self, nat_gateway)?,
        };
        let request = request!(self, Post, "/v2.0/nat_gateways").json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingDetailsOfANatGateway("querying_details_of_a_nat_gateway") { #[doc =
    " Specifies the NAT gateway ID. Path parameter `nat_gateway_id`."] nat_gateway_id :
    String }
);
impl QueryingDetailsOfANatGateway {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ShowNatGatewayResponse> {
        let request = request!(self, Get, "/v2.0/nat_gateways/{nat_gateway_id}")
            .path_param("nat_gateway_id", need!(self, nat_gateway_id)?);
        self.call.json(request).await
    }
}
crate::support::builder!(
    UpdatingANatGateway("updating_a_nat_gateway") { #[doc =
    " Specifies the NAT gateway ID. Path parameter `nat_gateway_id`."] nat_gateway_id :
    String, #[doc = " Specifies the NAT gateway object. For details, see Table 3."] #[doc
    =
    " Mandatory field: None. Only the **name**, **description**, and **spec** fields can be updated. At least one attribute must be specified for the NAT gateway to be updated."]
    nat_gateway : types::UpdateNatGatewayDescriptionOfTheNatGatewayField }
);
impl UpdatingANatGateway {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::UpdateNatGatewayResponse> {
        let body = types::UpdateNatGatewayRequest {
            nat_gateway: need!(self, nat_gateway)?,
        };
        let request = request!(self, Put, "/v2.0/nat_gateways/{nat_gateway_id}")
            .path_param("nat_gateway_id", need!(self, nat_gateway_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    DeletingANatGateway("deleting_a_nat_gateway") { #[doc =
    " Specifies the NAT gateway ID. Path parameter `nat_gateway_id`."] nat_gateway_id :
    String }
);
impl DeletingANatGateway {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<()> {
        let request = request!(self, Delete, "/v2.0/nat_gateways/{nat_gateway_id}")
            .path_param("nat_gateway_id", need!(self, nat_gateway_id)?);
        self.call.empty(request).await
    }
}
crate::support::builder!(
    QueryingDetailsOfAnSnatRule("querying_details_of_an_snat_rule") { #[doc =
    " Specifies the SNAT rule ID. Path parameter `snat_rule_id`."] snat_rule_id : String
    }
);
impl QueryingDetailsOfAnSnatRule {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ShowSnatRuleResponse> {
        let request = request!(self, Get, "/v2.0/snat_rules/{snat_rule_id}")
            .path_param("snat_rule_id", need!(self, snat_rule_id)?);
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingNatGatewayTags("querying_nat_gateway_tags") { #[doc =
    " Specifies the project ID. Path parameter `project_id`."] project_id : String, #[doc
    = " Specifies the NAT gateway ID. Path parameter `nat_gateway_id`."] nat_gateway_id :
    String }
);
impl QueryingNatGatewayTags {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ListNatGatewayTagsResponse> {
        let request = request!(
            self, Get, "/v2.0/{project_id}/nat_gateways/{nat_gateway_id}/tags"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param("nat_gateway_id", need!(self, nat_gateway_id)?);
        self.call.json(request).await
    }
}
crate::support::builder!(
    AddingANatGatewayTag("adding_a_nat_gateway_tag") { #[doc =
    " Specifies the project ID. Path parameter `project_id`."] project_id : String, #[doc
    = " Specifies the NAT gateway ID. Path parameter `nat_gateway_id`."] nat_gateway_id :
    String, #[doc = " Specifies the list of tags."] tag : Vec < serde_json::Value > }
);
impl AddingANatGatewayTag {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<()> {
        let body = types::AddNatGatewayTagRequest {
            tag: need!(self, tag)?,
        };
        let request = request!(
            self, Post, "/v2.0/{project_id}/nat_gateways/{nat_gateway_id}/tags"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param("nat_gateway_id", need!(self, nat_gateway_id)?)
            .json_body(&body)?;
        self.call.empty(request).await
    }
}
crate::support::builder!(
    AddingOrDeletingNatGatewayTagsInBatches("adding_or_deleting_nat_gateway_tags_in_batches")
    { #[doc = " Specifies the project ID. Path parameter `project_id`."] project_id :
    String, #[doc = " Specifies the NAT gateway ID. Path parameter `nat_gateway_id`."]
    nat_gateway_id : String, #[doc = " Specifies tags. For details, see Table 3."] tags :
    Vec < types::AddOrDeleteNatGatewayTagParameterOfFieldTag >, #[doc =
    " Specifies the operation to be performed. The value can be set to **create** or **delete** only."]
    action : String }
);
impl AddingOrDeletingNatGatewayTagsInBatches {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<()> {
        let body = types::BatchAddOrDeleteNatGatewayTagsRequest {
            tags: need!(self, tags)?,
            action: need!(self, action)?,
        };
        let request = request!(
            self, Post, "/v2.0/{project_id}/nat_gateways/{nat_gateway_id}/tags/action"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param("nat_gateway_id", need!(self, nat_gateway_id)?)
            .json_body(&body)?;
        self.call.empty(request).await
    }
}
crate::support::builder!(
    DeletingANatGatewayTag("deleting_a_nat_gateway_tag") { #[doc =
    " Specifies the project ID. Path parameter `project_id`."] project_id : String, #[doc
    = " Specifies the NAT gateway ID. Path parameter `nat_gateway_id`."] nat_gateway_id :
    String, #[doc = " Specifies the tag key. Path parameter `key`."] key : String }
);
impl DeletingANatGatewayTag {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<()> {
        let request = request!(
            self, Delete, "/v2.0/{project_id}/nat_gateways/{nat_gateway_id}/tags/{key}"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param("nat_gateway_id", need!(self, nat_gateway_id)?)
            .path_param("key", need!(self, key)?);
        self.call.empty(request).await
    }
}
crate::support::builder!(
    QueryingNatGatewaysByTag("querying_nat_gateways_by_tag") { #[doc =
    " Specifies the project ID. Path parameter `project_id`."] project_id : String, #[doc
    =
    " Specifies the included tags. Each tag contains a maximum of 20 keys, and each key contains a maximum of 10 values. The structure body cannot be missing, and the key cannot be left blank or set to an empty string. Each tag key must be unique, and each tag value in a tag must be unique. Resources identified by different keys are in AND relationship, and values in one tag are in OR relationship. If no tag filtering criteria is specified, full data is returned."]
    tags : Vec < serde_json::Value >, #[doc =
    " Specifies any included tags. Each tag contains a maximum of 20 keys, and each key contains a maximum of 10 values. The structure body cannot be missing, and the key cannot be left blank or set to an empty string. Each tag key must be unique, and each tag value in a tag must be unique. Resources identified by different keys are in OR relationship, and values in one tag are in OR relationship. If no tag filtering criteria is specified, full data is returned."]
    tags_any : Vec < serde_json::Value >, #[doc =
    " Specifies the excluded tags. Each tag contains a maximum of 20 keys, and each key contains a maximum of 10 values. The structure body cannot be missing, and the key cannot be left blank or set to an empty string. Each tag key must be unique, and each tag value in a tag must be unique. Resources not identified by different keys are in AND relationship, and values in one tag are in OR relationship. If no tag filtering criteria is specified, full data is returned."]
    not_tags : Vec < serde_json::Value >, #[doc =
    " Specifies any excluded tags. Each tag contains a maximum of 20 keys, and each key contains a maximum of 10 values. The structure body cannot be missing, and the key cannot be left blank or set to an empty string. Each tag key must be unique, and each tag value in a tag must be unique. Resources not identified by different keys are in OR relationship, and values in one tag are in OR relationship. If no tag filtering criteria is specified, full data is returned."]
    not_tags_any : Vec < serde_json::Value >, #[doc =
    " Number of records. This parameter is not available when **action** is set to **count**. The default value is **1000** when **action** is set to **filter**. The maximum value is **1000**, and the minimum value is **1**. The value cannot be a negative number."]
    #[doc = ""] #[doc = " Default: `1000`."] limit : String, #[doc =
    " Specifies the index position. The query starts from the next piece of data indexed by this parameter. This parameter is not required when you query data on the first page. The value in the response returned for querying data on the previous page will be included in this parameter for querying data on subsequent pages. This parameter is not available when **action** is set to **count**. If **action** is set to **filter**, the value must be a number, and the default value is **0**. The value cannot be a negative number."]
    #[doc = ""] #[doc = " Default: `0`."] offset : String, #[doc =
    " Specifies the operation to perform. The value can only be **filter** (filtering) or **count** (querying the total number)."]
    #[doc =
    " The value **filter** indicates pagination query. The value **count** indicates that the total number of query results meeting the search criteria will be returned. Returning other fields is not allowed."]
    action : String, #[doc =
    " Specifies the search criteria. The tag key is the field to match, for example, **resource\\_name**. The tag value indicates the matched value. This field is a fixed dictionary value."]
    #[doc =
    " Determine whether fuzzy match is required based on different fields. For example, if **key** is **resource\\_name**, fuzzy search (case insensitive) is used by default. If **value** is an empty string, exact match is used. If **key** is **resource\\_id**, exact match is used."]
    matches : Vec < serde_json::Value > }
);
impl QueryingNatGatewaysByTag {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ListNatGatewaysByTagResponse> {
        let body = types::ListNatGatewaysByTagRequest {
            tags: self.tags,
            tags_any: self.tags_any,
            not_tags: self.not_tags,
            not_tags_any: self.not_tags_any,
            limit: self.limit,
            offset: self.offset,
            action: need!(self, action)?,
            matches: self.matches,
        };
        let request = request!(
            self, Post, "/v2.0/{project_id}/nat_gateways/resource_instances/action"
        )
            .path_param("project_id", need!(self, project_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingTagsInAProject("querying_tags_in_a_project") { #[doc =
    " Specifies the project ID. Path parameter `project_id`."] project_id : String }
);
impl QueryingTagsInAProject {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ListNatGatewayTagsResponse> {
        let request = request!(self, Get, "/v2.0/{project_id}/nat_gateways/tags")
            .path_param("project_id", need!(self, project_id)?);
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingAnApiVersion("querying_an_api_version") { #[doc =
    " Specifies the API version. Path parameter `api_version`."] api_version : String }
);
impl QueryingAnApiVersion {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ShowApiVersionResponse> {
        let request = request!(self, Get, "/{api_version}")
            .path_param("api_version", need!(self, api_version)?);
        self.call.json(request).await
    }
}
