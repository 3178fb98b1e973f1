//! Request builders, one per operation: set parameters, then `.send().await`.
use crate::support::need;
use crate::types;
use crate::support::request;
use docsdk_runtime::Result;
crate::support::builder!(
    AssociatingAPrivateZoneWithAVpc("associating_a_private_zone_with_a_vpc") { #[doc =
    " Zone ID"] #[doc =
    " You can obtain the value by calling the API in Querying Private Zones."] #[doc =
    ""] #[doc = " Path parameter `zone_id`."] zone_id : String, #[doc =
    " Router information (VPC associated with the zone)"] #[doc =
    " For details, see Table 3."] router : types::PrivateZoneDescriptionOfTheRouterField
    }
);
impl AssociatingAPrivateZoneWithAVpc {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::AssociatePrivateZoneResponse> {
        let body = types::AssociatePrivateZoneRequest {
            router: need!(self, router)?,
        };
        let request = request!(self, Post, "/v2/zones/{zone_id}/associaterouter")
            .path_param("zone_id", need!(self, zone_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingPrivateZones("querying_private_zones") { #[doc = " Zone type"] #[doc =
    " The value is **private**, indicating that private zones are queried."] #[doc = ""]
    #[doc = " Query parameter `type`."] type_ : String, #[doc =
    " Start resource ID of pagination query"] #[doc =
    " If the parameter is left blank, only resources on the first page are queried."]
    #[doc = " The value is left blank by default."] #[doc = ""] #[doc =
    " Query parameter `marker`."] marker : String, #[doc =
    " Number of resources on each page"] #[doc =
    " The value ranges from **0** to **500**."] #[doc =
    " Commonly used values are **10**, **20**, and **50**. The default value is **500**."]
    #[doc = ""] #[doc = " Query parameter `limit`. Default: `500`."] limit : i64, #[doc =
    " Start offset of pagination query. The query will start from the next resource of the offset value."]
    #[doc = " The value ranges from **0** to **2147483647**."] #[doc =
    " The default value is **0**."] #[doc =
    " If **marker** is not left blank, the query starts from the resource specified by **marker**."]
    #[doc = ""] #[doc = " Query parameter `offset`. Default: `0`."] offset : i64, #[doc =
    " Resource tag"] #[doc = " The format is as follows: **key1,value1\\|key2,value2**."]
    #[doc =
    " Multiple tags are separated by vertical bar (\\|). The key and value of each tag are separated by comma (,)."]
    #[doc = " The tags are in AND relationship."] #[doc =
    " For details, see Adding Resource Tags."] #[doc =
    " The value is left blank by default."] #[doc = ""] #[doc =
    " Query parameter `tags`."] tags : String, #[doc = " Zone name"] #[doc =
    " A fuzzy search will be performed."] #[doc = ""] #[doc = " Query parameter `name`."]
    name : String, #[doc = " Resource status"] #[doc =
    " For details, see Resource Status."] #[doc = ""] #[doc =
    " Query parameter `status`."] status : String }
);
impl QueryingPrivateZones {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<serde_json::Value> {
        let request = request!(self, Get, "/v2/zones")
            .query("type", need!(self, type_)?)
            .query_opt("marker", self.marker)
            .query_opt("limit", self.limit)
            .query_opt("offset", self.offset)
            .query_opt("tags", self.tags)
            .query_opt("name", self.name)
            .query_opt("status", self.status);
        self.call.json(request).await
    }
}
crate::support::builder!(
    CreatingAPrivateZone("creating_a_private_zone") { #[doc = " The request body."] body
    : serde_json::Value }
);
impl CreatingAPrivateZone {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<serde_json::Value> {
        let request = request!(self, Post, "/v2/zones").json_body(&need!(self, body)?)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingAPrivateZone("querying_a_private_zone") { #[doc = " Zone ID"] #[doc =
    " You can obtain the value by calling the API in Querying Private Zones."] #[doc =
    ""] #[doc = " Path parameter `zone_id`."] zone_id : String }
);
impl QueryingAPrivateZone {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<serde_json::Value> {
        let request = request!(self, Get, "/v2/zones/{zone_id}")
            .path_param("zone_id", need!(self, zone_id)?);
        self.call.json(request).await
    }
}
crate::support::builder!(
    DeletingAPrivateZone("deleting_a_private_zone") { #[doc = " Zone ID"] #[doc =
    " You can obtain the value by calling the API in Querying Private Zones."] #[doc =
    ""] #[doc = " Path parameter `zone_id`."] zone_id : String }
);
impl DeletingAPrivateZone {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<serde_json::Value> {
        let request = request!(self, Delete, "/v2/zones/{zone_id}")
            .path_param("zone_id", need!(self, zone_id)?);
        self.call.json(request).await
    }
}
crate::support::builder!(
    ModifyingAPrivateZone("modifying_a_private_zone") { #[doc =
    " ID of the zone to be modified"] #[doc =
    " You can obtain the value by calling the API in Querying Private Zones."] #[doc =
    ""] #[doc = " Path parameter `zone_id`."] zone_id : String, #[doc =
    " The request body."] body : serde_json::Value }
);
impl ModifyingAPrivateZone {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<serde_json::Value> {
        let mut request = request!(self, Patch, "/v2/zones/{zone_id}")
            .path_param("zone_id", need!(self, zone_id)?);
        if let Some(body) = &self.body {
            request = request.json_body(body)?;
        }
        self.call.json(request).await
    }
}
crate::support::builder!(
    DisassociatingAVpcFromAPrivateZone("disassociating_a_vpc_from_a_private_zone") {
    #[doc = " Zone ID"] #[doc =
    " You can obtain the value by calling the API in Querying Private Zones."] #[doc =
    ""] #[doc = " Path parameter `zone_id`."] zone_id : String, #[doc =
    " Router information (VPC associated with the zone)"] #[doc =
    " For details, see Table 3."] router : types::PrivateZoneDescriptionOfTheRouterField
    }
);
impl DisassociatingAVpcFromAPrivateZone {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::DisassociatePrivateZoneVpcResponse> {
        let body = types::DisassociatePrivateZoneVpcRequest {
            router: need!(self, router)?,
        };
        let request = request!(self, Post, "/v2/zones/{zone_id}/disassociaterouter")
            .path_param("zone_id", need!(self, zone_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingNameServersInAPrivateZone("querying_name_servers_in_a_private_zone") { #[doc
    = " Zone ID"] #[doc =
    " You can obtain the value by calling the API in Querying Private Zones."] #[doc =
    ""] #[doc = " Path parameter `zone_id`."] zone_id : String }
);
impl QueryingNameServersInAPrivateZone {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<serde_json::Value> {
        let request = request!(self, Get, "/v2/zones/{zone_id}/nameservers")
            .path_param("zone_id", need!(self, zone_id)?);
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingAPtrRecord("querying_a_ptr_record") { #[doc =
    " Region of the tenant. Path parameter `region`."] region : String, #[doc =
    " EIP ID. Path parameter `floatingip_id`."] floatingip_id : String }
);
impl QueryingAPtrRecord {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ShowPtrRecordResponse> {
        let request = request!(
            self, Get, "/v2/reverse/floatingips/{region}:{floatingip_id}"
        )
            .path_param("region", need!(self, region)?)
            .path_param("floatingip_id", need!(self, floatingip_id)?);
        self.call.json(request).await
    }
}
crate::support::builder!(
    CreatingAPtrRecord("creating_a_ptr_record") { #[doc =
    " Region of the tenant. Path parameter `region`."] region : String, #[doc =
    " EIP ID. Path parameter `floatingip_id`."] floatingip_id : String, #[doc =
    " The request body."] body : serde_json::Value }
);
impl CreatingAPtrRecord {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<serde_json::Value> {
        let request = request!(
            self, Patch, "/v2/reverse/floatingips/{region}:{floatingip_id}"
        )
            .path_param("region", need!(self, region)?)
            .path_param("floatingip_id", need!(self, floatingip_id)?)
            .json_body(&need!(self, body)?)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingAllPtrRecords("querying_all_ptr_records") { #[doc =
    " Start resource ID of pagination query"] #[doc =
    " If the parameter is left blank, only resources on the first page are queried."]
    #[doc = " The value is left blank by default."] #[doc = ""] #[doc =
    " Query parameter `marker`."] marker : String, #[doc =
    " Number of resources on each page"] #[doc =
    " The value ranges from **0** to **500**."] #[doc =
    " Commonly used values are **10**, **20**, and **50**. The default value is **500**."]
    #[doc = ""] #[doc = " Query parameter `limit`. Default: `500`."] limit : i64, #[doc =
    " Start offset of pagination query. The query will start from the next resource of the offset value."]
    #[doc = " The value ranges from **0** to **2147483647**."] #[doc =
    " The default value is 0."] #[doc =
    " If **marker** is not left blank, the query starts from the resource specified by **marker**."]
    #[doc = ""] #[doc = " Query parameter `offset`. Default: `0`."] offset : i64, #[doc =
    " Resource tag"] #[doc = " The format is as follows: **key1,value1\\|key2,value2**."]
    #[doc =
    " Multiple tags are separated by vertical bar (\\|). The key and value of each tag are separated by comma (,)."]
    #[doc = " The tags are in AND relationship."] #[doc =
    " For details, see Adding Resource Tags."] #[doc =
    " Exact matching will work. If the value starts with an asterisk (\\*), fuzzy matching will work for the string following the asterisk."]
    #[doc = " The value is left blank by default."] #[doc = ""] #[doc =
    " Query parameter `tags`."] tags : String, #[doc = " Resource status"] #[doc =
    " For details, see Resource Status."] #[doc = ""] #[doc =
    " Query parameter `status`."] status : String }
);
impl QueryingAllPtrRecords {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ListPtrRecordsResponse> {
        let request = request!(self, Get, "/v2/reverse/floatingips")
            .query_opt("marker", self.marker)
            .query_opt("limit", self.limit)
            .query_opt("offset", self.offset)
            .query_opt("tags", self.tags)
            .query_opt("status", self.status);
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingRecordSetsInAZone("querying_record_sets_in_a_zone") { #[doc = " Zone ID"]
    #[doc = " Obtain the public zone ID according to Querying Public Zones."] #[doc =
    " Obtain the private zone ID according to Querying Private Zones."] #[doc = ""] #[doc
    = " Path parameter `zone_id`."] zone_id : String, #[doc =
    " Start resource ID of pagination query"] #[doc =
    " If the parameter is left blank, only resources on the first page are queried."]
    #[doc = ""] #[doc = " Query parameter `marker`."] marker : String, #[doc =
    " Number of resources on each page"] #[doc =
    " The value ranges from **0** to **500**."] #[doc =
    " Commonly used values are **10**, **20**, and **50**. The default value is **500**."]
    #[doc = ""] #[doc = " Query parameter `limit`. Default: `500`."] limit : i64, #[doc =
    " Start offset of pagination query. The query will start from the next resource of the offset value."]
    #[doc = " The value ranges from **0** to **2147483647**."] #[doc =
    " The default value is **0**."] #[doc =
    " If **marker** is not left blank, the query starts from the resource specified by **marker**."]
    #[doc = ""] #[doc = " Query parameter `offset`. Default: `0`."] offset : i64, #[doc =
    " Resource tag"] #[doc = " The format is as follows: **key1,value1\\|key2,value2**."]
    #[doc =
    " Multiple tags are separated by vertical bar (\\|). The key and value of each tag are separated by comma (,)."]
    #[doc = " The tags are in AND relationship."] #[doc =
    " For details, see Adding Resource Tags."] #[doc =
    " Exact matching will work. If the value starts with an asterisk (\\*), fuzzy matching will work for the string following the asterisk."]
    #[doc = " The value is left blank by default."] #[doc = ""] #[doc =
    " Query parameter `tags`."] tags : String, #[doc =
    " Status of the record sets to be queried"] #[doc =
    " The value can be **ACTIVE**, **ERROR**, **DISABLE**, **FREEZE**, **PENDING\\_CREATE**, **PENDING\\_UPDATE**, or **PENDING\\_DELETE**."]
    #[doc = " For details, see Resource Status."] #[doc =
    " A fuzzy search will be performed."] #[doc = " The value is left blank by default."]
    #[doc = ""] #[doc = " Query parameter `status`."] status : types::Status, #[doc =
    " Type of the record sets to be queried"] #[doc =
    " The value can be **A**, **AAAA**, **MX**, **CNAME**, **TXT**, **NS**, **SOA**, **SRV**, **CAA** (only in public zones), or **PTR** (only in private zones)."]
    #[doc = " For details, see Record Set Type."] #[doc = " Exact matching will work."]
    #[doc = " The value is left blank by default."] #[doc = ""] #[doc =
    " Query parameter `type`."] type_ : String, #[doc =
    " Name of record sets to be queried"] #[doc = " A fuzzy search will be performed."]
    #[doc = " The value is left blank by default."] #[doc = ""] #[doc =
    " Query parameter `name`."] name : String, #[doc =
    " ID of record sets to be queried"] #[doc = " A fuzzy search will be performed."]
    #[doc = " The value is left blank by default."] #[doc = ""] #[doc =
    " Query parameter `id`."] id : String, #[doc =
    " Sorting condition of the record set list"] #[doc = " The value can be:"] #[doc =
    ""] #[doc = " - **name**: domain name"] #[doc =
    " - **type**: record set type The default value is left blank, indicating that the records are not sorted."]
    #[doc = ""] #[doc = " Query parameter `sort_key`."] sort_key : types::SortKey, #[doc
    = " Sorting order of the record set list"] #[doc = " The value can be:"] #[doc = ""]
    #[doc = " - **desc**: descending order"] #[doc =
    " - **asc**: ascending order The default value is left blank, indicating that the records are not sorted."]
    #[doc = ""] #[doc = " Query parameter `sort_dir`."] sort_dir : types::SortDir }
);
impl QueryingRecordSetsInAZone {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ListZoneRecordSetsResponse> {
        let request = request!(self, Get, "/v2/zones/{zone_id}/recordsets")
            .path_param("zone_id", need!(self, zone_id)?)
            .query_opt("marker", self.marker)
            .query_opt("limit", self.limit)
            .query_opt("offset", self.offset)
            .query_opt("tags", self.tags)
            .query_opt("status", self.status)
            .query_opt("type", self.type_)
            .query_opt("name", self.name)
            .query_opt("id", self.id)
            .query_opt("sort_key", self.sort_key)
            .query_opt("sort_dir", self.sort_dir);
        self.call.json(request).await
    }
}
crate::support::builder!(
    CreatingARecordSet("creating_a_record_set") { #[doc = " Zone ID"] #[doc =
    " Obtain the public zone ID according to Querying Public Zones."] #[doc =
    " Obtain the private zone ID according to Querying Private Zones."] #[doc = ""] #[doc
    = " Path parameter `zone_id`."] zone_id : String, #[doc =
    " Fully qualified domain name (FQDN) suffixed with a zone name, which is a complete host name ended with a period."]
    #[doc =
    " A domain name is case insensitive. Uppercase letters will also be converted into lowercase letters."]
    name : String, #[doc = " (Optional) Description of the domain name"] #[doc =
    " The value cannot exceed 255 characters."] #[doc =
    " The value is left blank by default."] description : String, #[doc =
    " Record set type"] #[doc =
    " The value can be **A**, **AAAA**, **MX**, **CNAME**, **TXT**, **NS** (only in public zones), **SRV**, **CAA** (only in public zones), and **PTR** (only in private zones)."]
    #[doc = " For details, see Record Set Type."] #[doc = ""] #[doc =
    " Wire name: `type`."] type_ : String, #[doc =
    " Caching period of the record set on a local DNS server"] #[doc =
    " If your service address is frequently changed, set TTL to a smaller value."] #[doc
    = " Value range:"] #[doc = ""] #[doc = " - Public zone: **1**-**2147483647**"] #[doc
    = " - Private zone: **1**-**2147483647** The default value is **300**."] #[doc = ""]
    #[doc = " Default: `300`."] ttl : i64, #[doc =
    " Value of the record set. The value format varies depending on record set types."]
    #[doc =
    " For example, the value of an AAAA record set is the IPv6 address list mapped to the domain name."]
    records : Vec < String >, #[doc = " Resource tag. For details, see Table 3."] #[doc =
    " The value is left blank by default."] tags : Vec <
    types::PrivateZoneDescriptionOfTheTagsField > }
);
impl CreatingARecordSet {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::CreateRecordSetResponse> {
        let body = types::CreateRecordSetRequest {
            name: need!(self, name)?,
            description: self.description,
            type_: need!(self, type_)?,
            ttl: self.ttl,
            records: need!(self, records)?,
            tags: self.tags,
        };
        let request = request!(self, Post, "/v2/zones/{zone_id}/recordsets")
            .path_param("zone_id", need!(self, zone_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingARecordSet("querying_a_record_set") { #[doc = " Zone ID"] #[doc =
    " Obtain the public zone ID according to Querying Public Zones."] #[doc =
    " Obtain the private zone ID according to Querying Private Zones."] #[doc = ""] #[doc
    = " Path parameter `zone_id`."] zone_id : String, #[doc = " Record set ID"] #[doc =
    " You can obtain the value by calling the API in Querying Record Sets in a Zone."]
    #[doc = ""] #[doc = " Path parameter `recordset_id`."] recordset_id : String }
);
impl QueryingARecordSet {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ShowRecordSetResponse> {
        let request = request!(
            self, Get, "/v2/zones/{zone_id}/recordsets/{recordset_id}"
        )
            .path_param("zone_id", need!(self, zone_id)?)
            .path_param("recordset_id", need!(self, recordset_id)?);
        self.call.json(request).await
    }
}
crate::support::builder!(
    ModifyingARecordSet("modifying_a_record_set") { #[doc = " Zone ID"] #[doc =
    " Obtain the public zone ID according to Querying Public Zones."] #[doc =
    " Obtain the private zone ID according to Querying Private Zones."] #[doc = ""] #[doc
    = " Path parameter `zone_id`."] zone_id : String, #[doc =
    " ID of the record set to be modified"] #[doc =
    " You can obtain the value by calling the API in Querying Record Sets in a Zone."]
    #[doc = ""] #[doc = " Path parameter `recordset_id`."] recordset_id : String, #[doc =
    " Fully qualified domain name (FQDN) suffixed with a zone name, which is a complete host name ended with a period."]
    #[doc = " If it is a record set in a public zone, you can add five labels at most."]
    #[doc =
    " A domain name is case insensitive. Uppercase letters will also be converted into lowercase letters."]
    name : String, #[doc = " (Optional) Description of the domain name"] #[doc =
    " The value cannot exceed 255 characters."] #[doc =
    " If this parameter is left blank, the value will not be changed."] #[doc =
    " The value is left blank by default."] description : String, #[doc =
    " Record set type"] #[doc =
    " The value can be **A**, **AAAA**, **MX**, **CNAME**, **TXT**, **NS** (only in public zones), **SRV**, **CAA** (only in public zones), and **PTR** (only in private zones)."]
    #[doc = " For details, see Record Set Type."] #[doc = ""] #[doc =
    " Wire name: `type`."] type_ : String, #[doc =
    " Record set cache duration (in seconds) on a local DNS server. The longer the duration is, the slower the update takes effect."]
    #[doc =
    " If your service address is frequently changed, set TTL to a smaller value."] #[doc
    = " Value range:"] #[doc = ""] #[doc = " - Public zone: **1**-**2147483647**"] #[doc
    =
    " - Private zone: **1**-**2147483647** If this parameter is left blank, the value will not be changed. The value is left blank by default."]
    ttl : i64, #[doc =
    " Value of the record set. The value format varies depending on record set types."]
    #[doc =
    " For example, the value of an AAAA record set is the IPv6 address list mapped to the domain name."]
    records : Vec < String > }
);
impl ModifyingARecordSet {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::UpdateRecordSetResponse> {
        let body = types::UpdateRecordSetRequest {
            name: need!(self, name)?,
            description: self.description,
            type_: need!(self, type_)?,
            ttl: self.ttl,
            records: self.records,
        };
        let request = request!(
            self, Put, "/v2/zones/{zone_id}/recordsets/{recordset_id}"
        )
            .path_param("zone_id", need!(self, zone_id)?)
            .path_param("recordset_id", need!(self, recordset_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    DeletingARecordSet("deleting_a_record_set") { #[doc = " Zone ID"] #[doc =
    " Obtain the public zone ID according to Querying Public Zones."] #[doc =
    " Obtain the private zone ID according to Querying Private Zones."] #[doc = ""] #[doc
    = " Path parameter `zone_id`."] zone_id : String, #[doc =
    " ID of the record set to be deleted"] #[doc =
    " You can obtain the value by calling the API in Querying Record Sets in a Zone."]
    #[doc = ""] #[doc = " Path parameter `recordset_id`."] recordset_id : String }
);
impl DeletingARecordSet {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::DeleteRecordSetResponse> {
        let request = request!(
            self, Delete, "/v2/zones/{zone_id}/recordsets/{recordset_id}"
        )
            .path_param("zone_id", need!(self, zone_id)?)
            .path_param("recordset_id", need!(self, recordset_id)?);
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingAllRecordSets("querying_all_record_sets") { #[doc =
    " Zone type of the record set to be queried, which can be **public** or **private**"]
    #[doc = ""] #[doc = " - **public**: Record sets in public zones are queried."] #[doc
    = " - **private**: Record sets in private zones are queried."] #[doc =
    " - If the value is left blank, record sets in public zones are queried by default. A fuzzy search will be performed. The default value is **public**."]
    #[doc = ""] #[doc = " Query parameter `zone_type`. Default: `public`."] zone_type :
    String, #[doc = " Start resource ID of pagination query"] #[doc =
    " If the parameter is left blank, only resources on the first page are queried."]
    #[doc = " The value is left blank by default."] #[doc = ""] #[doc =
    " Query parameter `marker`."] marker : String, #[doc =
    " Number of resources on each page"] #[doc =
    " The value ranges from **0** to **500**."] #[doc =
    " Commonly used values are **10**, **20**, and **50**. The default value is **500**."]
    #[doc = ""] #[doc = " Query parameter `limit`. Default: `500`."] limit : i64, #[doc =
    " Start offset of pagination query. The query will start from the next resource of the offset value."]
    #[doc = " The value ranges from **0** to **2147483647**."] #[doc =
    " The default value is **0**."] #[doc =
    " If **marker** is not left blank, the query starts from the resource specified by **marker**."]
    #[doc = ""] #[doc = " Query parameter `offset`. Default: `0`."] offset : i64, #[doc =
    " Resource tag"] #[doc = " The format is as follows: **key1,value1\\|key2,value2**."]
    #[doc =
    " Multiple tags are separated by vertical bar (\\|). The key and value of each tag are separated by comma (,)."]
    #[doc = " The tags are in AND relationship."] #[doc =
    " For details, see Adding Resource Tags."] #[doc =
    " Exact matching will work. If the value starts with an asterisk (\\*), fuzzy matching will work for the string following the asterisk."]
    #[doc = " The value is left blank by default."] #[doc = ""] #[doc =
    " Query parameter `tags`."] tags : String, #[doc =
    " Status of the record sets to be queried"] #[doc =
    " The value can be **ACTIVE**, **ERROR**, **DISABLE**, **FREEZE**, **PENDING\\_CREATE**, **PENDING\\_UPDATE**, or **PENDING\\_DELETE**."]
    #[doc = " For details, see Resource Status."] #[doc =
    " A fuzzy search will be performed."] #[doc = " The value is left blank by default."]
    #[doc = ""] #[doc = " Query parameter `status`."] status : types::Status, #[doc =
    " Type of the record sets to be queried"] #[doc =
    " The value can be **A**, **AAAA**, **MX**, **CNAME**, **TXT**, **NS**, **SOA**, **SRV**, **CAA** (only in public zones), or **PTR** (only in private zones)."]
    #[doc = " For details, see Record Set Type."] #[doc = " Exact matching will work."]
    #[doc = " The value is left blank by default."] #[doc = ""] #[doc =
    " Query parameter `type`."] type_ : String, #[doc =
    " Names of record sets to be queried"] #[doc = " A fuzzy search will be performed."]
    #[doc = " The value is left blank by default."] #[doc = ""] #[doc =
    " Query parameter `name`."] name : String, #[doc =
    " IDs of record sets to be queried"] #[doc = " A fuzzy search will be performed."]
    #[doc = " The value is left blank by default."] #[doc = ""] #[doc =
    " Query parameter `id`."] id : String, #[doc =
    " Value included in the values of record sets to be queried"] #[doc =
    " A fuzzy search will be performed."] #[doc = " The value is left blank by default."]
    #[doc = ""] #[doc = " Query parameter `records`."] records : String, #[doc =
    " Sorting condition of the record set list"] #[doc = " The value can be:"] #[doc =
    ""] #[doc = " - **name**: domain name"] #[doc =
    " - **type**: record set type The default value is left blank, indicating that the records are not sorted."]
    #[doc = ""] #[doc = " Query parameter `sort_key`."] sort_key : types::SortKey, #[doc
    = " Sorting order of the record set list"] #[doc = " The value can be:"] #[doc = ""]
    #[doc = " - **desc**: descending order"] #[doc =
    " - **asc**: ascending order The default value is left blank, indicating that the records are not sorted."]
    #[doc = ""] #[doc = " Query parameter `sort_dir`."] sort_dir : types::SortDir }
);
impl QueryingAllRecordSets {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ListRecordSetsResponse> {
        let request = request!(self, Get, "/v2/recordsets")
            .query_opt("zone_type", self.zone_type)
            .query_opt("marker", self.marker)
            .query_opt("limit", self.limit)
            .query_opt("offset", self.offset)
            .query_opt("tags", self.tags)
            .query_opt("status", self.status)
            .query_opt("type", self.type_)
            .query_opt("name", self.name)
            .query_opt("id", self.id)
            .query_opt("records", self.records)
            .query_opt("sort_key", self.sort_key)
            .query_opt("sort_dir", self.sort_dir);
        self.call.json(request).await
    }
}
crate::support::builder!(
    AddingOrDeletingResourceTagsInBatches("adding_or_deleting_resource_tags_in_batches")
    { #[doc =
    " Project ID. You can obtain it in Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc = " Resource type."] #[doc = ""] #[doc =
    " - DNS-public\\_zone"] #[doc = " - DNS-private\\_zone"] #[doc =
    " - DNS-public\\_recordset"] #[doc = " - DNS-private\\_recordset"] #[doc =
    " - DNS-ptr\\_record"] #[doc = ""] #[doc = " Path parameter `resource_type`."]
    resource_type : String, #[doc = " Resource ID. Path parameter `resource_id`."]
    resource_id : String, #[doc =
    " Tag list. The tag list structure cannot be empty when you delete tags. For details, see Table 3."]
    tags : Vec < types::AddOrDeleteResourceTagParametersInTheTagsField >, #[doc =
    " Operation, which can be **create** or **delete** (case sensitive)"] action : String
    }
);
impl AddingOrDeletingResourceTagsInBatches {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<()> {
        let body = types::BatchAddOrDeleteResourceTagsRequest {
            tags: need!(self, tags)?,
            action: need!(self, action)?,
        };
        let request = request!(
            self, Post, "/v2/{project_id}/{resource_type}/{resource_id}/tags/action"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param("resource_type", need!(self, resource_type)?)
            .path_param("resource_id", need!(self, resource_id)?)
            .json_body(&body)?;
        self.call.empty(request).await
    }
}
crate::support::builder!(
    QueryingTagsOfAResource("querying_tags_of_a_resource") { #[doc =
    " Project ID. You can obtain it in Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc = " Resource type."] #[doc = ""] #[doc =
    " - DNS-public\\_zone"] #[doc = " - DNS-private\\_zone"] #[doc =
    " - DNS-public\\_recordset"] #[doc = " - DNS-private\\_recordset"] #[doc =
    " - DNS-ptr\\_record"] #[doc = ""] #[doc = " Path parameter `resource_type`."]
    resource_type : String, #[doc = " Resource ID. Path parameter `resource_id`."]
    resource_id : String }
);
impl QueryingTagsOfAResource {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ListResourceTagsResponse> {
        let request = request!(
            self, Get, "/v2/{project_id}/{resource_type}/{resource_id}/tags"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param("resource_type", need!(self, resource_type)?)
            .path_param("resource_id", need!(self, resource_id)?);
        self.call.json(request).await
    }
}
crate::support::builder!(
    AddingResourceTags("adding_resource_tags") { #[doc =
    " Project ID. You can obtain it in Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc = " Resource type."] #[doc = ""] #[doc =
    " - DNS-public\\_zone"] #[doc = " - DNS-private\\_zone"] #[doc =
    " - DNS-public\\_recordset"] #[doc = " - DNS-private\\_recordset"] #[doc =
    " - DNS-ptr\\_record"] #[doc = ""] #[doc = " Path parameter `resource_type`."]
    resource_type : String, #[doc = " Resource ID. Path parameter `resource_id`."]
    resource_id : String, #[doc = " Tag"] #[doc = " For details, see Table 3."] tag :
    types::ResourceTagParametersInTheTagList }
);
impl AddingResourceTags {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<()> {
        let body = types::AddResourceTagsRequest {
            tag: need!(self, tag)?,
        };
        let request = request!(
            self, Post, "/v2/{project_id}/{resource_type}/{resource_id}/tags"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param("resource_type", need!(self, resource_type)?)
            .path_param("resource_id", need!(self, resource_id)?)
            .json_body(&body)?;
        self.call.empty(request).await
    }
}
crate::support::builder!(
    DeletingAResourceTag("deleting_a_resource_tag") { #[doc =
    " Project ID. You can obtain it in Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc = " Resource type."] #[doc = ""] #[doc =
    " - DNS-public\\_zone"] #[doc = " - DNS-private\\_zone"] #[doc =
    " - DNS-public\\_recordset"] #[doc = " - DNS-private\\_recordset"] #[doc =
    " - DNS-ptr\\_record"] #[doc = ""] #[doc = " Path parameter `resource_type`."]
    resource_type : String, #[doc = " Resource ID. Path parameter `resource_id`."]
    resource_id : String, #[doc =
    " Tag key, which cannot be left blank or be an empty string. Path parameter `key`."]
    key : String }
);
impl DeletingAResourceTag {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<()> {
        let request = request!(
            self, Delete, "/v2/{project_id}/{resource_type}/{resource_id}/tags/{key}"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param("resource_type", need!(self, resource_type)?)
            .path_param("resource_id", need!(self, resource_id)?)
            .path_param("key", need!(self, key)?);
        self.call.empty(request).await
    }
}
crate::support::builder!(
    QueryingResourcesByTag("querying_resources_by_tag") { #[doc =
    " Project ID. You can obtain it in Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc = " Resource type."] #[doc = ""] #[doc =
    " - DNS-public\\_zone"] #[doc = " - DNS-private\\_zone"] #[doc =
    " - DNS-public\\_recordset"] #[doc = " - DNS-private\\_recordset"] #[doc =
    " - DNS-ptr\\_record"] #[doc = ""] #[doc = " Path parameter `resource_type`."]
    resource_type : String, #[doc =
    " Includes specified tags. For details, see Table 3."] #[doc =
    " The structure body is mandatory. A maximum of 20 tag keys are allowed in each query operation. The tag key cannot be left blank or set to the empty string. One tag key can have up to 20 tag values. Each tag key must be unique, and the tag values of one key must also be unique."]
    tags : Vec < types::ResourcesByTagParametersInTheTagsField >, #[doc =
    " Includes any of the specified tags. For details, see Table 3."] #[doc =
    " The structure body is mandatory. A maximum of 20 tag keys are allowed in each query operation. The tag key cannot be left blank or set to the empty string. One tag key can have up to 20 tag values. Each tag key must be unique, and the tag values of one key must also be unique."]
    tags_any : Vec < types::ResourcesByTagParametersInTheTagsField >, #[doc =
    " Excludes specified tags. For details, see Table 3."] #[doc =
    " The structure body is mandatory. A maximum of 20 tag keys are allowed in each query operation. The tag key cannot be left blank or set to the empty string. One tag key can have up to 20 tag values. Each tag key must be unique, and the tag values of one key must also be unique."]
    not_tags : Vec < types::ResourcesByTagParametersInTheTagsField >, #[doc =
    " Excludes any of the specified tags. For details, see Table 3."] #[doc =
    " The structure body is mandatory. A maximum of 20 tag keys are allowed in each query operation. The tag key cannot be left blank or set to the empty string. One tag key can have up to 20 tag values. Each tag key must be unique, and the tag values of one key must also be unique."]
    not_tags_any : Vec < types::ResourcesByTagParametersInTheTagsField >, #[doc =
    " Number of resources on each page"] #[doc = " The value range is 1-1000."] #[doc =
    ""] #[doc = " - If **action** is set to **filter**, the default value is **1000**."]
    #[doc = " - If **action** is set to **count**, this parameter does not take effect."]
    #[doc = ""] #[doc = " Default: `1000`. Range 1 to 1000."] limit : i64, #[doc =
    " Start offset of pagination query. The query will start from the next resource of the offset value."]
    #[doc = " The value ranges from **0** to **2147483647**."] #[doc =
    " The default value is 0."] #[doc = ""] #[doc =
    " - You do not need to specify this parameter when querying resources on the first page."]
    #[doc =
    " - When you query resources on subsequent pages, set the value of **offset** to the location returned in the response body for the previous query."]
    #[doc =
    " - If **action** is set to **filter**, this parameter takes effect. Its value can be 0 (default) or a positive integer."]
    #[doc = " - If **action** is set to **count**, this parameter does not take effect."]
    #[doc = ""] #[doc = " Default: `0`."] offset : i64, #[doc =
    " Operation to be performed"] #[doc = " The value can be:"] #[doc = ""] #[doc =
    " - **filter**: queries resources in pages by filter condition."] #[doc =
    " - **count**: queries the total number of resources."] action :
    types::ListResourcesByTagRequestAction, #[doc =
    " Field to be matched. For details, see Table 4."] #[doc =
    " This parameter specifies the key-value pair to be matched in the query."] #[doc =
    " If **value** is left blank, exact matching will work. Otherwise, fuzzy matching will work."]
    matches : Vec < types::ResourcesByTagParametersInTheMatchesField > }
);
impl QueryingResourcesByTag {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ListResourcesByTagResponse> {
        let body = types::ListResourcesByTagRequest {
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
            self, Post, "/v2/{project_id}/{resource_type}/resource_instances/action"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param("resource_type", need!(self, resource_type)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingTagsOfASpecifiedResourceType("querying_tags_of_a_specified_resource_type") {
    #[doc =
    " Project ID. You can obtain it in Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc = " Resource type."] #[doc = ""] #[doc =
    " - DNS-public\\_zone"] #[doc = " - DNS-private\\_zone"] #[doc =
    " - DNS-public\\_recordset"] #[doc = " - DNS-private\\_recordset"] #[doc =
    " - DNS-ptr\\_record"] #[doc = ""] #[doc = " Path parameter `resource_type`."]
    resource_type : String }
);
impl QueryingTagsOfASpecifiedResourceType {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ListResourceTypeTagsResponse> {
        let request = request!(self, Get, "/v2/{project_id}/{resource_type}/tags")
            .path_param("project_id", need!(self, project_id)?)
            .path_param("resource_type", need!(self, resource_type)?);
        self.call.json(request).await
    }
}
crate::support::builder!(ListingAllDnsApiVersions("listing_all_dns_api_versions") {});
impl ListingAllDnsApiVersions {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ListDnsApiVersionsResponse> {
        let request = request!(self, Get, "/");
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingTheDnsApiVersion("querying_the_dns_api_version") { #[doc =
    " Version to be queried, which starts with **v**, for example, **v2**. Path parameter `version`."]
    version : String }
);
impl QueryingTheDnsApiVersion {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ShowDnsApiVersionResponse> {
        let request = request!(self, Get, "/{version}")
            .path_param("version", need!(self, version)?);
        self.call.json(request).await
    }
}
