//! API version 1.0 of Quick Query: SUPPORTED (최소 지원 보장일 2026-07-01).
/// The operations at API version 1.0: get it with `Client::v1_0`.
#[derive(Clone, Copy, Debug)]
pub struct Client<'a>(pub(crate) &'a crate::Client);
impl Client<'_> {
    /// CheckClusterResourceSizeForQuickQuery: `POST /v1/quick-query/validate-resources`, API version 1.0, SUPPORTED (최소 지원 보장일 2026-07-01).
    ///
    /// Check if resource is verified to be modified/created
    pub fn check_cluster_resource_size_for_quick_query(
        &self,
    ) -> crate::operations::CheckClusterResourceSizeForQuickQuery {
        crate::operations::CheckClusterResourceSizeForQuickQuery::new(
            &self.0.inner,
            Some("quick-query 1.0"),
        )
    }
    /// CheckDuplicationQuickQueryName: `GET /v1/quick-query/{quick_query_name}/check-duplication`, API version 1.0, SUPPORTED (최소 지원 보장일 2026-07-01).
    ///
    /// Check Duplication Quick Query Name. (false: no duplicate value, true: duplicate value)
    pub fn check_duplication_quick_query_name(
        &self,
    ) -> crate::operations::CheckDuplicationQuickQueryName {
        crate::operations::CheckDuplicationQuickQueryName::new(
            &self.0.inner,
            Some("quick-query 1.0"),
        )
    }
    /// ListQuickQuery: `GET /v1/quick-query`, API version 1.0, SUPPORTED (최소 지원 보장일 2026-07-01).
    ///
    /// get quick query list console
    pub fn list_quick_query(&self) -> crate::operations::ListQuickQuery {
        crate::operations::ListQuickQuery::new(&self.0.inner, Some("quick-query 1.0"))
    }
    /// CreateQuickQuery: `POST /v1/quick-query`, API version 1.0, SUPPORTED (최소 지원 보장일 2026-07-01).
    ///
    /// Create Quick Query.
    pub fn create_quick_query(&self) -> crate::operations::CreateQuickQuery {
        crate::operations::CreateQuickQuery::new(&self.0.inner, Some("quick-query 1.0"))
    }
    /// ShowQuickQuery: `GET /v1/quick-query/{quick_query_id}`, API version 1.0, SUPPORTED (최소 지원 보장일 2026-07-01).
    ///
    /// Get Quick Query details.
    pub fn show_quick_query(&self) -> crate::operations::ShowQuickQuery {
        crate::operations::ShowQuickQuery::new(&self.0.inner, Some("quick-query 1.0"))
    }
    /// DeleteQuickQuery: `DELETE /v1/quick-query/{quick_query_id}`, API version 1.0, SUPPORTED (최소 지원 보장일 2026-07-01).
    ///
    /// delete quick query
    pub fn delete_quick_query(&self) -> crate::operations::DeleteQuickQuery {
        crate::operations::DeleteQuickQuery::new(&self.0.inner, Some("quick-query 1.0"))
    }
    /// ListQuickQueryImages: `GET /v1/quick-query/image-versions`, API version 1.0, SUPPORTED (최소 지원 보장일 2026-07-01).
    ///
    /// get quick query image versions
    pub fn list_quick_query_images(&self) -> crate::operations::ListQuickQueryImages {
        crate::operations::ListQuickQueryImages::new(
            &self.0.inner,
            Some("quick-query 1.0"),
        )
    }
    /// UpdateQuickQueryDescription: `PUT /v1/quick-query/{quick_query_id}/description`, API version 1.0, SUPPORTED (최소 지원 보장일 2026-07-01).
    ///
    /// update quick query description
    pub fn update_quick_query_description(
        &self,
    ) -> crate::operations::UpdateQuickQueryDescription {
        crate::operations::UpdateQuickQueryDescription::new(
            &self.0.inner,
            Some("quick-query 1.0"),
        )
    }
    /// UpdateQuickQueryDomain: `PUT /v1/quick-query/{quick_query_id}/domain`, API version 1.0, SUPPORTED (최소 지원 보장일 2026-07-01).
    ///
    /// update quick query domain
    pub fn update_quick_query_domain(
        &self,
    ) -> crate::operations::UpdateQuickQueryDomain {
        crate::operations::UpdateQuickQueryDomain::new(
            &self.0.inner,
            Some("quick-query 1.0"),
        )
    }
    /// UpdateQuickQueryDscDomain: `PUT /v1/quick-query/{quick_query_id}/dsc-domain`, API version 1.0, SUPPORTED (최소 지원 보장일 2026-07-01).
    ///
    /// update quick query dsc domain
    pub fn update_quick_query_dsc_domain(
        &self,
    ) -> crate::operations::UpdateQuickQueryDscDomain {
        crate::operations::UpdateQuickQueryDscDomain::new(
            &self.0.inner,
            Some("quick-query 1.0"),
        )
    }
    /// UpdateQuickQueryEngine: `PUT /v1/quick-query/{quick_query_id}/engine`, API version 1.0, SUPPORTED (최소 지원 보장일 2026-07-01).
    ///
    /// update quick query engine
    pub fn update_quick_query_engine(
        &self,
    ) -> crate::operations::UpdateQuickQueryEngine {
        crate::operations::UpdateQuickQueryEngine::new(
            &self.0.inner,
            Some("quick-query 1.0"),
        )
    }
    /// UpdateQuickQueryHostAlias: `PUT /v1/quick-query/{quick_query_id}/host-alias`, API version 1.0, SUPPORTED (최소 지원 보장일 2026-07-01).
    ///
    /// update quick query host alias
    pub fn update_quick_query_host_alias(
        &self,
    ) -> crate::operations::UpdateQuickQueryHostAlias {
        crate::operations::UpdateQuickQueryHostAlias::new(
            &self.0.inner,
            Some("quick-query 1.0"),
        )
    }
}
