//! Request builders, one per operation: set parameters, then `.send().await`.
use crate::support::need;
use crate::types;
use crate::support::request;
use docsdk_runtime::Result;
crate::support::builder!(
    CheckDuplicationNameAndDomainName("check_duplication_name_and_domain_name") { #[doc =
    " Accept. Header parameter `accept`. Default: `application/json`. Example: `application/json`."]
    accept : String, #[doc =
    " Content-Type. Header parameter `content_type`. Default: `application/json`. Example: `application/json`."]
    content_type : String, #[doc = " name. Query parameter `name`."] name : String, #[doc
    = " Domain Name. Query parameter `domain_name`."] domain_name : String }
);
impl CheckDuplicationNameAndDomainName {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::CloudMLCheckDuplicationResponse> {
        let request = request!(self, Get, "/v1/cloud-ml/check-duplication")
            .header_opt("accept", self.accept)
            .header_opt("content_type", self.content_type)
            .query_opt("name", self.name)
            .query_opt("domain_name", self.domain_name);
        self.call.json(request).await
    }
}
crate::support::builder!(
    CloudMlClusterCheckEstimate("cloud_ml_cluster_check_estimate") { #[doc =
    " Accept. Header parameter `accept`. Default: `application/json`. Example: `application/json`."]
    accept : String, #[doc =
    " Content-Type. Header parameter `content_type`. Default: `application/json`. Example: `application/json`."]
    content_type : String, #[doc =
    " Cluster ID. Path parameter `cluster_id`. Example: `10a599e031e749b7b260868f441e862b`."]
    cluster_id : String, #[doc =
    " Use Copilot. Query parameter `use_copilot`. Default: `false`. Example: `false`."]
    use_copilot : bool }
);
impl CloudMlClusterCheckEstimate {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::CloudMLClusterEstimateResponse> {
        let request = request!(self, Get, "/v1/cloud-ml/clusters/{cluster_id}/estimate")
            .header_opt("accept", self.accept)
            .header_opt("content_type", self.content_type)
            .path_param("cluster_id", need!(self, cluster_id)?)
            .query_opt("use_copilot", self.use_copilot);
        self.call.json(request).await
    }
}
crate::support::builder!(
    CloudMlImages("cloud_ml_images") { #[doc =
    " Accept. Header parameter `accept`. Default: `application/json`. Example: `application/json`."]
    accept : String, #[doc =
    " Content-Type. Header parameter `content_type`. Default: `application/json`. Example: `application/json`."]
    content_type : String }
);
impl CloudMlImages {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ImageVersionsResponse> {
        let request = request!(self, Get, "/v1/cloud-ml/images")
            .header_opt("accept", self.accept)
            .header_opt("content_type", self.content_type);
        self.call.json(request).await
    }
}
crate::support::builder!(
    ClusterCheckReleasable("cluster_check_releasable") { #[doc =
    " Accept. Header parameter `accept`. Default: `application/json`. Example: `application/json`."]
    accept : String, #[doc =
    " Content-Type. Header parameter `content_type`. Default: `application/json`. Example: `application/json`."]
    content_type : String, #[doc =
    " Cluster ID. Path parameter `cluster_id`. Example: `10a599e031e749b7b260868f441e862b`."]
    cluster_id : String }
);
impl ClusterCheckReleasable {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::CloudMLClusterCheckReleasableResponse> {
        let request = request!(
            self, Get, "/v1/cloud-ml/clusters/{cluster_id}/check-releasable"
        )
            .header_opt("accept", self.accept)
            .header_opt("content_type", self.content_type)
            .path_param("cluster_id", need!(self, cluster_id)?);
        self.call.json(request).await
    }
}
crate::support::builder!(
    ClusterProduct("cluster_product") { #[doc =
    " Accept. Header parameter `accept`. Default: `application/json`. Example: `application/json`."]
    accept : String, #[doc =
    " Content-Type. Header parameter `content_type`. Default: `application/json`. Example: `application/json`."]
    content_type : String, #[doc =
    " Cluster ID. Path parameter `cluster_id`. Example: `10a599e031e749b7b260868f441e862b`."]
    cluster_id : String }
);
impl ClusterProduct {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::CloudMLClusterProductsResponse> {
        let request = request!(self, Get, "/v1/cloud-ml/clusters/{cluster_id}")
            .header_opt("accept", self.accept)
            .header_opt("content_type", self.content_type)
            .path_param("cluster_id", need!(self, cluster_id)?);
        self.call.json(request).await
    }
}
crate::support::builder!(
    CreateCloudMl("create_cloud_ml") { #[doc =
    " Accept. Header parameter `accept`. Default: `application/json`. Example: `application/json`."]
    accept : String, #[doc =
    " Content-Type. Header parameter `content_type`. Default: `application/json`. Example: `application/json`."]
    content_type : String, #[doc =
    " Analytics Resource. Example: `{\"cpu\":0,\"gpu\":\"\",\"memory\":0}`."]
    analytics_resource : serde_json::Value, #[doc =
    " Application Resource. Example: `{\"cpu\":0,\"memory\":0}`."] application_resource :
    serde_json::Value, #[doc = " Cloud ML Name. Example: `aiml-test`."] cloud_ml_name :
    String, #[doc = " Cluster ID. Example: `10a599e031e749b7b260868f441e862b`."]
    cluster_id : String, #[doc =
    " Copilot. Example: `{\"cpu\":0,\"gpu\":\"\",\"memory\":0}`."] copilot :
    serde_json::Value, #[doc =
    " Custom Registry Access Key. Example: `10a599e031e749b7b260868f441e862b`."]
    custom_registry_access_key : String, #[doc =
    " Custom Registry Access Project ID. Example: `10a599e031e749b7b260868f441e862b`."]
    custom_registry_access_project_id / custom_registry_access_project_id_null : String,
    #[doc =
    " Custom Registry Access Region. Example: `10a599e031e749b7b260868f441e862b`."]
    custom_registry_access_region / custom_registry_access_region_null : String, #[doc =
    " Custom Registry Access Secret Key. Example: `10a599e031e749b7b260868f441e862b`."]
    custom_registry_access_secret_key : String, #[doc =
    " Custom Registry Host. Example: `10a599e031e749b7b260868f441e862b`."]
    custom_registry_host : String, #[doc = " Description. Example: `147@53A69a`."]
    description : String, #[doc = " Domain Name. Example: `147@53A69a`."] domain_name :
    String, #[doc = " Endpoint Type. Example: `147@53A69a`."] endpoint_type : String,
    #[doc = " Image ID. Example: `10a599e031e749b7b260868f441e862b`."] image_id : String,
    #[doc = " Product Group ID. Example: `10a599e031e749b7b260868f441e862b`."]
    product_group_id : String, #[doc = " Tags"] tags : Vec < serde_json::Value >, #[doc =
    " Use Copilot. Example: `true`."] use_copilot : bool }
);
impl CreateCloudMl {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::AsyncResponse> {
        let body = types::CloudMLRequest {
            analytics_resource: need!(self, analytics_resource)?,
            application_resource: need!(self, application_resource)?,
            cloud_ml_name: need!(self, cloud_ml_name)?,
            cluster_id: need!(self, cluster_id)?,
            copilot: self.copilot,
            custom_registry_access_key: need!(self, custom_registry_access_key)?,
            custom_registry_access_project_id: self.custom_registry_access_project_id,
            custom_registry_access_region: self.custom_registry_access_region,
            custom_registry_access_secret_key: need!(
                self, custom_registry_access_secret_key
            )?,
            custom_registry_host: need!(self, custom_registry_host)?,
            description: self.description,
            domain_name: need!(self, domain_name)?,
            endpoint_type: need!(self, endpoint_type)?,
            image_id: need!(self, image_id)?,
            product_group_id: self.product_group_id,
            tags: self.tags,
            use_copilot: self.use_copilot,
        };
        let request = request!(self, Post, "/v1/cloud-ml")
            .header_opt("accept", self.accept)
            .header_opt("content_type", self.content_type)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    ShowCloudMl("show_cloud_ml") { #[doc =
    " Accept. Header parameter `accept`. Default: `application/json`. Example: `application/json`."]
    accept : String, #[doc =
    " Content-Type. Header parameter `content_type`. Default: `application/json`. Example: `application/json`."]
    content_type : String, #[doc =
    " Cluster ID. Path parameter `cloud_ml_id`. Example: `10a599e031e749b7b260868f441e862b`."]
    cloud_ml_id : String }
);
impl ShowCloudMl {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::CloudMLDetailResponse> {
        let request = request!(self, Get, "/v1/cloud-ml/{cloud_ml_id}")
            .header_opt("accept", self.accept)
            .header_opt("content_type", self.content_type)
            .path_param("cloud_ml_id", need!(self, cloud_ml_id)?);
        self.call.json(request).await
    }
}
crate::support::builder!(
    UpdateCloudMl("update_cloud_ml") { #[doc =
    " Accept. Header parameter `accept`. Default: `application/json`. Example: `application/json`."]
    accept : String, #[doc =
    " Content-Type. Header parameter `content_type`. Default: `application/json`. Example: `application/json`."]
    content_type : String, #[doc =
    " Cluster ID. Path parameter `cloud_ml_id`. Example: `10a599e031e749b7b260868f441e862b`."]
    cloud_ml_id : String, #[doc = " Description. Example: `147@53A69a`."] description :
    String }
);
impl UpdateCloudMl {
    /// Sends the request: the 202 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::CloudMLDetailResponse> {
        let body = types::CloudMLUpdateRequest {
            description: need!(self, description)?,
        };
        let request = request!(self, Put, "/v1/cloud-ml/{cloud_ml_id}")
            .header_opt("accept", self.accept)
            .header_opt("content_type", self.content_type)
            .path_param("cloud_ml_id", need!(self, cloud_ml_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    DeleteCloudMl("delete_cloud_ml") { #[doc =
    " Accept. Header parameter `accept`. Default: `application/json`. Example: `application/json`."]
    accept : String, #[doc =
    " Content-Type. Header parameter `content_type`. Default: `application/json`. Example: `application/json`."]
    content_type : String, #[doc =
    " Cluster ID. Path parameter `cloud_ml_id`. Example: `10a599e031e749b7b260868f441e862b`."]
    cloud_ml_id : String }
);
impl DeleteCloudMl {
    /// Sends the request: the 202 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<()> {
        let request = request!(self, Delete, "/v1/cloud-ml/{cloud_ml_id}")
            .header_opt("accept", self.accept)
            .header_opt("content_type", self.content_type)
            .path_param("cloud_ml_id", need!(self, cloud_ml_id)?);
        self.call.empty(request).await
    }
}
