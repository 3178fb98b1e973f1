use crate::operations;
/// A client for Domain Name Service: one method per operation (see the crate docs).
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
                "https://dns.{region}.otc.t-systems.com",
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
    /// Associating a Private Zone with a VPC: `POST /v2/zones/{zone_id}/associaterouter`, API version v2.
    ///
    /// Associate a private zone with a VPC.
    pub fn associating_a_private_zone_with_a_vpc(
        &self,
    ) -> operations::AssociatingAPrivateZoneWithAVpc {
        operations::AssociatingAPrivateZoneWithAVpc::new(&self.inner, None)
    }
    /// Querying Private Zones: `GET /v2/zones`, API version v2.
    ///
    /// Query private zones in list.
    pub fn querying_private_zones(&self) -> operations::QueryingPrivateZones {
        operations::QueryingPrivateZones::new(&self.inner, None)
    }
    /// Creating a Private Zone: `POST /v2/zones`, API version v2.
    ///
    /// Create a private zone.
    pub fn creating_a_private_zone(&self) -> operations::CreatingAPrivateZone {
        operations::CreatingAPrivateZone::new(&self.inner, None)
    }
    /// Querying a Private Zone: `GET /v2/zones/{zone_id}`, API version v2.
    ///
    /// Query a private zone.
    pub fn querying_a_private_zone(&self) -> operations::QueryingAPrivateZone {
        operations::QueryingAPrivateZone::new(&self.inner, None)
    }
    /// Deleting a Private Zone: `DELETE /v2/zones/{zone_id}`, API version v2.
    ///
    /// Delete a private zone.
    pub fn deleting_a_private_zone(&self) -> operations::DeletingAPrivateZone {
        operations::DeletingAPrivateZone::new(&self.inner, None)
    }
    /// Modifying a Private Zone: `PATCH /v2/zones/{zone_id}`, API version v2.
    ///
    /// Modify a private zone.
    pub fn modifying_a_private_zone(&self) -> operations::ModifyingAPrivateZone {
        operations::ModifyingAPrivateZone::new(&self.inner, None)
    }
    /// Disassociating a VPC from a Private Zone: `POST /v2/zones/{zone_id}/disassociaterouter`, API version v2.
    ///
    /// Disassociate a VPC from a private zone.
    ///
    /// When a private zone is associated with only one VPC, you cannot disassociate it.
    pub fn disassociating_a_vpc_from_a_private_zone(
        &self,
    ) -> operations::DisassociatingAVpcFromAPrivateZone {
        operations::DisassociatingAVpcFromAPrivateZone::new(&self.inner, None)
    }
    /// Querying Name Servers in a Private Zone: `GET /v2/zones/{zone_id}/nameservers`, API version v2.
    ///
    /// Query name servers in a private zone.
    pub fn querying_name_servers_in_a_private_zone(
        &self,
    ) -> operations::QueryingNameServersInAPrivateZone {
        operations::QueryingNameServersInAPrivateZone::new(&self.inner, None)
    }
    /// Querying a PTR Record: `GET /v2/reverse/floatingips/{region}:{floatingip_id}`, API version v2.
    ///
    /// Query the PTR record of an EIP.
    pub fn querying_a_ptr_record(&self) -> operations::QueryingAPtrRecord {
        operations::QueryingAPtrRecord::new(&self.inner, None)
    }
    /// Creating a PTR Record: `PATCH /v2/reverse/floatingips/{region}:{floatingip_id}`, API version v2.
    ///
    /// Create a PTR record for an elastic IP address (EIP).
    ///
    /// The same URI is used to create, modify, and delete PTR records. Different request bodies are used to implement different functions.
    pub fn creating_a_ptr_record(&self) -> operations::CreatingAPtrRecord {
        operations::CreatingAPtrRecord::new(&self.inner, None)
    }
    /// Querying All PTR Records: `GET /v2/reverse/floatingips`, API version v2.
    ///
    /// Query PTR records of EIPs.
    pub fn querying_all_ptr_records(&self) -> operations::QueryingAllPtrRecords {
        operations::QueryingAllPtrRecords::new(&self.inner, None)
    }
    /// Querying Record Sets in a Zone: `GET /v2/zones/{zone_id}/recordsets`, API version v2.
    ///
    /// Query all record sets in a specified zone.
    pub fn querying_record_sets_in_a_zone(
        &self,
    ) -> operations::QueryingRecordSetsInAZone {
        operations::QueryingRecordSetsInAZone::new(&self.inner, None)
    }
    /// Creating a Record Set: `POST /v2/zones/{zone_id}/recordsets`, API version v2.
    ///
    /// Create a record set.
    pub fn creating_a_record_set(&self) -> operations::CreatingARecordSet {
        operations::CreatingARecordSet::new(&self.inner, None)
    }
    /// Querying a Record Set: `GET /v2/zones/{zone_id}/recordsets/{recordset_id}`, API version v2.
    ///
    /// Query a record set.
    pub fn querying_a_record_set(&self) -> operations::QueryingARecordSet {
        operations::QueryingARecordSet::new(&self.inner, None)
    }
    /// Modifying a Record Set: `PUT /v2/zones/{zone_id}/recordsets/{recordset_id}`, API version v2.
    ///
    /// Modify a record set.
    pub fn modifying_a_record_set(&self) -> operations::ModifyingARecordSet {
        operations::ModifyingARecordSet::new(&self.inner, None)
    }
    /// Deleting a Record Set: `DELETE /v2/zones/{zone_id}/recordsets/{recordset_id}`, API version v2.
    ///
    /// Delete a record set.
    pub fn deleting_a_record_set(&self) -> operations::DeletingARecordSet {
        operations::DeletingARecordSet::new(&self.inner, None)
    }
    /// Querying All Record Sets: `GET /v2/recordsets`, API version v2.
    ///
    /// Query record sets in list.
    pub fn querying_all_record_sets(&self) -> operations::QueryingAllRecordSets {
        operations::QueryingAllRecordSets::new(&self.inner, None)
    }
    /// Adding or Deleting Resource Tags in Batches: `POST /v2/{project_id}/{resource_type}/{resource_id}/tags/action`, API version v2.
    ///
    /// Add or delete tags for a specified resource in batches.
    ///
    /// You can add up to 20 tags to a resource.
    ///
    /// The API is idempotent.
    ///
    /// When you are to create tags, if there are duplicate keys in the request body, an error is reported.
    ///
    /// If a to-be-created tag has the same key as an existing tag, the tag will be created and overwrite the existing one.
    ///
    /// When tags are being deleted and some tags do not exist, the operation is considered successful by default. The character set of the tags will not be checked.
    pub fn adding_or_deleting_resource_tags_in_batches(
        &self,
    ) -> operations::AddingOrDeletingResourceTagsInBatches {
        operations::AddingOrDeletingResourceTagsInBatches::new(&self.inner, None)
    }
    /// Querying Tags of a Resource: `GET /v2/{project_id}/{resource_type}/{resource_id}/tags`, API version v2.
    ///
    /// Query tags of a specified resource.
    pub fn querying_tags_of_a_resource(&self) -> operations::QueryingTagsOfAResource {
        operations::QueryingTagsOfAResource::new(&self.inner, None)
    }
    /// Adding Resource Tags: `POST /v2/{project_id}/{resource_type}/{resource_id}/tags`, API version v2.
    ///
    /// Add tags to a specified resource.
    ///
    /// You can add up to 20 tags to a resource.
    ///
    /// The API is idempotent.
    ///
    /// If a to-be-created tag has the same key as an existing tag, the tag will be created and overwrite the existing one.
    pub fn adding_resource_tags(&self) -> operations::AddingResourceTags {
        operations::AddingResourceTags::new(&self.inner, None)
    }
    /// Deleting a Resource Tag: `DELETE /v2/{project_id}/{resource_type}/{resource_id}/tags/{key}`, API version v2.
    ///
    /// Delete a resource tag.
    ///
    /// The API is idempotent.
    ///
    /// When you delete a tag that does not exist, the system reports that the tag does not exist.
    pub fn deleting_a_resource_tag(&self) -> operations::DeletingAResourceTag {
        operations::DeletingAResourceTag::new(&self.inner, None)
    }
    /// Querying Resources by Tag: `POST /v2/{project_id}/{resource_type}/resource_instances/action`, API version v2.
    ///
    /// Query DNS resources by tag.
    ///
    /// Resources are sorted by creation time in descending order.
    pub fn querying_resources_by_tag(&self) -> operations::QueryingResourcesByTag {
        operations::QueryingResourcesByTag::new(&self.inner, None)
    }
    /// Querying Tags of a Specified Resource Type: `GET /v2/{project_id}/{resource_type}/tags`, API version v2.
    ///
    /// Query all tags of a resource type.
    pub fn querying_tags_of_a_specified_resource_type(
        &self,
    ) -> operations::QueryingTagsOfASpecifiedResourceType {
        operations::QueryingTagsOfASpecifiedResourceType::new(&self.inner, None)
    }
    /// Listing All DNS API Versions: `GET /`, API version unversioned.
    ///
    /// List all DNS API versions.
    ///
    /// To be interconnected with a third-party system, the current DNS version supports 1024- and 2048-bit DH key exchange algorithms, and the 2048-bit algorithm is recommended.
    pub fn listing_all_dns_api_versions(&self) -> operations::ListingAllDnsApiVersions {
        operations::ListingAllDnsApiVersions::new(&self.inner, None)
    }
    /// Querying the DNS API Version: `GET /{version}`, API version unversioned.
    ///
    /// Query a specified DNS API version.
    ///
    /// To be interconnected with a third-party system, the current DNS version supports 1024- and 2048-bit DH key exchange algorithms, and the 2048-bit algorithm is recommended.
    pub fn querying_the_dns_api_version(&self) -> operations::QueryingTheDnsApiVersion {
        operations::QueryingTheDnsApiVersion::new(&self.inner, None)
    }
}
