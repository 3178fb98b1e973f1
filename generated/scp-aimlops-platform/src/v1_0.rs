//! API version 1.0 of AI\&MLOps Platform: DEPRECATED (Not Before 2026-03-19).
/// The operations at API version 1.0: get it with `Client::v1_0`.
#[derive(Clone, Copy, Debug)]
pub struct Client<'a>(pub(crate) &'a crate::Client);
impl Client<'_> {
    /// Check Cluster Version: `GET /v1/aimlops-platform/clusters/{cluster_id}/check-version`, API version 1.0, DEPRECATED (Not Before 2026-03-19).
    ///
    /// Check AI\&MLOps Platform Cluster Version.
    #[deprecated(
        note = "API version 1.0 of `check_cluster_version` is deprecated; it is removed not before 2026-03-19; use `Client::check_cluster_version` (version 1.1)"
    )]
    pub fn check_cluster_version(&self) -> crate::operations::CheckClusterVersion {
        crate::operations::CheckClusterVersion::new(
            &self.0.inner,
            Some("aimlops-platform 1.0"),
        )
    }
    /// Check Duplication AI\&MLOps Platform Name: `GET /v1/aimlops-platform/check-duplication`, API version 1.0, DEPRECATED (Not Before 2026-03-19).
    ///
    /// Check Duplication AI\&MLOps Platform Name. (false: no duplicate value, true: duplicate value)
    #[deprecated(
        note = "API version 1.0 of `check_duplication_ai_ml_ops_platform_name` is deprecated; it is removed not before 2026-03-19; use `Client::check_duplication_ai_ml_ops_platform_name` (version 1.1)"
    )]
    pub fn check_duplication_ai_ml_ops_platform_name(
        &self,
    ) -> crate::operations::CheckDuplicationAiMlOpsPlatformName {
        crate::operations::CheckDuplicationAiMlOpsPlatformName::new(
            &self.0.inner,
            Some("aimlops-platform 1.0"),
        )
    }
    /// List AI\&MLOps Platform: `GET /v1/aimlops-platform`, API version 1.0, DEPRECATED (Not Before 2026-03-19).
    ///
    /// Get List of AI\&MLOps Platform.
    #[deprecated(
        note = "API version 1.0 of `list_ai_ml_ops_platform` is deprecated; it is removed not before 2026-03-19; use `Client::list_ai_ml_ops_platform` (version 1.1)"
    )]
    pub fn list_ai_ml_ops_platform(&self) -> crate::operations::ListAiMlOpsPlatform {
        crate::operations::ListAiMlOpsPlatform::new(
            &self.0.inner,
            Some("aimlops-platform 1.0"),
        )
    }
    /// Create AI\&MLOps Platform: `POST /v1/aimlops-platform`, API version 1.0, DEPRECATED (Not Before 2026-03-19).
    #[deprecated(
        note = "API version 1.0 of `create_ai_ml_ops_platform` is deprecated; it is removed not before 2026-03-19; use `Client::create_ai_ml_ops_platform` (version 1.1)"
    )]
    pub fn create_ai_ml_ops_platform(&self) -> crate::operations::CreateAiMlOpsPlatform {
        crate::operations::CreateAiMlOpsPlatform::new(
            &self.0.inner,
            Some("aimlops-platform 1.0"),
        )
    }
    /// Get AI\&MLOps Platform details: `GET /v1/aimlops-platform/{release_id}`, API version 1.0, DEPRECATED (Not Before 2026-03-19).
    #[deprecated(
        note = "API version 1.0 of `get_ai_ml_ops_platform_details` is deprecated; it is removed not before 2026-03-19; use `Client::get_ai_ml_ops_platform_details` (version 1.1)"
    )]
    pub fn get_ai_ml_ops_platform_details(
        &self,
    ) -> crate::operations::GetAiMlOpsPlatformDetails {
        crate::operations::GetAiMlOpsPlatformDetails::new(
            &self.0.inner,
            Some("aimlops-platform 1.0"),
        )
    }
    /// Update AI\&MLOps Platform: `PUT /v1/aimlops-platform/{release_id}`, API version 1.0, DEPRECATED (Not Before 2026-03-19).
    #[deprecated(
        note = "API version 1.0 of `update_ai_ml_ops_platform` is deprecated; it is removed not before 2026-03-19; use `Client::update_ai_ml_ops_platform` (version 1.1)"
    )]
    pub fn update_ai_ml_ops_platform(&self) -> crate::operations::UpdateAiMlOpsPlatform {
        crate::operations::UpdateAiMlOpsPlatform::new(
            &self.0.inner,
            Some("aimlops-platform 1.0"),
        )
    }
    /// Delete AI\&MLOps Platform: `DELETE /v1/aimlops-platform/{release_id}`, API version 1.0, DEPRECATED (Not Before 2026-03-19).
    #[deprecated(
        note = "API version 1.0 of `delete_ai_ml_ops_platform` is deprecated; it is removed not before 2026-03-19; use `Client::delete_ai_ml_ops_platform` (version 1.1)"
    )]
    pub fn delete_ai_ml_ops_platform(&self) -> crate::operations::DeleteAiMlOpsPlatform {
        crate::operations::DeleteAiMlOpsPlatform::new(
            &self.0.inner,
            Some("aimlops-platform 1.0"),
        )
    }
    /// List Images: `GET /v1/aimlops-platform/images`, API version 1.0, DEPRECATED (Not Before 2026-03-19).
    ///
    /// Get List of AI\&MLOps Platform Images.
    #[deprecated(
        note = "API version 1.0 of `list_images` is deprecated; it is removed not before 2026-03-19; use `Client::list_images` (version 1.1)"
    )]
    pub fn list_images(&self) -> crate::operations::ListImages {
        crate::operations::ListImages::new(&self.0.inner, Some("aimlops-platform 1.0"))
    }
    /// Validate Cluster Namespace: `GET /v1/aimlops-platform/clusters/{cluster_id}/validate-namespaces`, API version 1.0, DEPRECATED (Not Before 2026-03-19).
    ///
    /// Validate instability for AI\&MLOps Platform. (whether already installed or not)
    #[deprecated(
        note = "API version 1.0 of `validate_cluster_namespace` is deprecated; it is removed not before 2026-03-19; use `Client::validate_cluster_namespace` (version 1.1)"
    )]
    pub fn validate_cluster_namespace(
        &self,
    ) -> crate::operations::ValidateClusterNamespace {
        crate::operations::ValidateClusterNamespace::new(
            &self.0.inner,
            Some("aimlops-platform 1.0"),
        )
    }
    /// Validate Cluster Resource Size: `GET /v1/aimlops-platform/clusters/{cluster_id}/validate-resources`, API version 1.0, DEPRECATED (Not Before 2026-03-19).
    ///
    /// Validate whether Cluster Resource size is large enough or not for AI\&MLOps Platform.
    #[deprecated(
        note = "API version 1.0 of `validate_cluster_resource_size` is deprecated; it is removed not before 2026-03-19; use `Client::validate_cluster_resource_size` (version 1.1)"
    )]
    pub fn validate_cluster_resource_size(
        &self,
    ) -> crate::operations::ValidateClusterResourceSize {
        crate::operations::ValidateClusterResourceSize::new(
            &self.0.inner,
            Some("aimlops-platform 1.0"),
        )
    }
}
