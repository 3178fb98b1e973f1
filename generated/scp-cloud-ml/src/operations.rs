//! Request builders, one per operation: set parameters, then `.send().await`.
use crate::support::required;
use crate::types;
use docsdk_runtime::{Method, Request, Result};
/// Request builder for `check_duplication_name_and_domain_name`: `GET /v1/cloud-ml/check-duplication`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct CheckDuplicationNameAndDomainName {
    client: docsdk_runtime::Client,
    version: &'static str,
    accept: Option<String>,
    content_type: Option<String>,
    name: Option<String>,
    domain_name: Option<String>,
}
impl CheckDuplicationNameAndDomainName {
    pub(crate) fn new(client: docsdk_runtime::Client, version: &'static str) -> Self {
        Self {
            client,
            version,
            accept: None,
            content_type: None,
            name: None,
            domain_name: None,
        }
    }
    /// Sends the request and returns the 200 response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<types::CloudMLCheckDuplicationResponse> {
        const OPERATION: &str = "check_duplication_name_and_domain_name";
        let request = Request::new(
                Method::Get,
                "/v1/cloud-ml/check-duplication",
                OPERATION,
            )
            .api_version(self.version)
            .header_opt("accept", self.accept)
            .header_opt("content_type", self.content_type)
            .query_opt("name", self.name)
            .query_opt("domain_name", self.domain_name);
        self.client.send_json(request).await
    }
}
crate::support::setters!(
    CheckDuplicationNameAndDomainName { #[doc =
    " Accept. Header parameter `accept`. Default: `application/json`. Example: `application/json`."]
    accept : String, #[doc =
    " Content-Type. Header parameter `content_type`. Default: `application/json`. Example: `application/json`."]
    content_type : String, #[doc = " name. Query parameter `name`."] name : String, #[doc
    = " Domain Name. Query parameter `domain_name`."] domain_name : String }
);
/// Request builder for `cloud_ml_cluster_check_estimate`: `GET /v1/cloud-ml/clusters/{cluster_id}/estimate`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct CloudMlClusterCheckEstimate {
    client: docsdk_runtime::Client,
    version: &'static str,
    accept: Option<String>,
    content_type: Option<String>,
    cluster_id: Option<String>,
    use_copilot: Option<bool>,
}
impl CloudMlClusterCheckEstimate {
    pub(crate) fn new(client: docsdk_runtime::Client, version: &'static str) -> Self {
        Self {
            client,
            version,
            accept: None,
            content_type: None,
            cluster_id: None,
            use_copilot: None,
        }
    }
    /// Sends the request and returns the 200 response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<types::CloudMLClusterEstimateResponse> {
        const OPERATION: &str = "cloud_ml_cluster_check_estimate";
        let request = Request::new(
                Method::Get,
                "/v1/cloud-ml/clusters/{cluster_id}/estimate",
                OPERATION,
            )
            .api_version(self.version)
            .header_opt("accept", self.accept)
            .header_opt("content_type", self.content_type)
            .path_param(
                "cluster_id",
                required(self.cluster_id, OPERATION, "cluster_id")?,
            )
            .query_opt("use_copilot", self.use_copilot);
        self.client.send_json(request).await
    }
}
crate::support::setters!(
    CloudMlClusterCheckEstimate { #[doc =
    " Accept. Header parameter `accept`. Default: `application/json`. Example: `application/json`."]
    accept : String, #[doc =
    " Content-Type. Header parameter `content_type`. Default: `application/json`. Example: `application/json`."]
    content_type : String, #[doc =
    " Cluster ID. Path parameter `cluster_id`. Example: `10a599e031e749b7b260868f441e862b`."]
    cluster_id : String, #[doc =
    " Use Copilot. Query parameter `use_copilot`. Default: `false`. Example: `false`."]
    use_copilot : bool }
);
/// Request builder for `cloud_ml_images`: `GET /v1/cloud-ml/images`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct CloudMlImages {
    client: docsdk_runtime::Client,
    version: &'static str,
    accept: Option<String>,
    content_type: Option<String>,
}
impl CloudMlImages {
    pub(crate) fn new(client: docsdk_runtime::Client, version: &'static str) -> Self {
        Self {
            client,
            version,
            accept: None,
            content_type: None,
        }
    }
    /// Sends the request and returns the 200 response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<types::ImageVersionsResponse> {
        const OPERATION: &str = "cloud_ml_images";
        let request = Request::new(Method::Get, "/v1/cloud-ml/images", OPERATION)
            .api_version(self.version)
            .header_opt("accept", self.accept)
            .header_opt("content_type", self.content_type);
        self.client.send_json(request).await
    }
}
crate::support::setters!(
    CloudMlImages { #[doc =
    " Accept. Header parameter `accept`. Default: `application/json`. Example: `application/json`."]
    accept : String, #[doc =
    " Content-Type. Header parameter `content_type`. Default: `application/json`. Example: `application/json`."]
    content_type : String }
);
/// Request builder for `cluster_check_releasable`: `GET /v1/cloud-ml/clusters/{cluster_id}/check-releasable`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct ClusterCheckReleasable {
    client: docsdk_runtime::Client,
    version: &'static str,
    accept: Option<String>,
    content_type: Option<String>,
    cluster_id: Option<String>,
}
impl ClusterCheckReleasable {
    pub(crate) fn new(client: docsdk_runtime::Client, version: &'static str) -> Self {
        Self {
            client,
            version,
            accept: None,
            content_type: None,
            cluster_id: None,
        }
    }
    /// Sends the request and returns the 200 response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<types::CloudMLClusterCheckReleasableResponse> {
        const OPERATION: &str = "cluster_check_releasable";
        let request = Request::new(
                Method::Get,
                "/v1/cloud-ml/clusters/{cluster_id}/check-releasable",
                OPERATION,
            )
            .api_version(self.version)
            .header_opt("accept", self.accept)
            .header_opt("content_type", self.content_type)
            .path_param(
                "cluster_id",
                required(self.cluster_id, OPERATION, "cluster_id")?,
            );
        self.client.send_json(request).await
    }
}
crate::support::setters!(
    ClusterCheckReleasable { #[doc =
    " Accept. Header parameter `accept`. Default: `application/json`. Example: `application/json`."]
    accept : String, #[doc =
    " Content-Type. Header parameter `content_type`. Default: `application/json`. Example: `application/json`."]
    content_type : String, #[doc =
    " Cluster ID. Path parameter `cluster_id`. Example: `10a599e031e749b7b260868f441e862b`."]
    cluster_id : String }
);
/// Request builder for `cluster_product`: `GET /v1/cloud-ml/clusters/{cluster_id}`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct ClusterProduct {
    client: docsdk_runtime::Client,
    version: &'static str,
    accept: Option<String>,
    content_type: Option<String>,
    cluster_id: Option<String>,
}
impl ClusterProduct {
    pub(crate) fn new(client: docsdk_runtime::Client, version: &'static str) -> Self {
        Self {
            client,
            version,
            accept: None,
            content_type: None,
            cluster_id: None,
        }
    }
    /// Sends the request and returns the 200 response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<types::CloudMLClusterProductsResponse> {
        const OPERATION: &str = "cluster_product";
        let request = Request::new(
                Method::Get,
                "/v1/cloud-ml/clusters/{cluster_id}",
                OPERATION,
            )
            .api_version(self.version)
            .header_opt("accept", self.accept)
            .header_opt("content_type", self.content_type)
            .path_param(
                "cluster_id",
                required(self.cluster_id, OPERATION, "cluster_id")?,
            );
        self.client.send_json(request).await
    }
}
crate::support::setters!(
    ClusterProduct { #[doc =
    " Accept. Header parameter `accept`. Default: `application/json`. Example: `application/json`."]
    accept : String, #[doc =
    " Content-Type. Header parameter `content_type`. Default: `application/json`. Example: `application/json`."]
    content_type : String, #[doc =
    " Cluster ID. Path parameter `cluster_id`. Example: `10a599e031e749b7b260868f441e862b`."]
    cluster_id : String }
);
/// Request builder for `create_cloud_ml`: `POST /v1/cloud-ml`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct CreateCloudMl {
    client: docsdk_runtime::Client,
    version: &'static str,
    accept: Option<String>,
    content_type: Option<String>,
    analytics_resource: Option<serde_json::Value>,
    application_resource: Option<serde_json::Value>,
    cloud_ml_name: Option<String>,
    cluster_id: Option<String>,
    copilot: Option<serde_json::Value>,
    custom_registry_access_key: Option<String>,
    custom_registry_access_project_id: Option<docsdk_runtime::Nullable<String>>,
    custom_registry_access_region: Option<docsdk_runtime::Nullable<String>>,
    custom_registry_access_secret_key: Option<String>,
    custom_registry_host: Option<String>,
    description: Option<String>,
    domain_name: Option<String>,
    endpoint_type: Option<String>,
    image_id: Option<String>,
    product_group_id: Option<String>,
    tags: Option<Vec<serde_json::Value>>,
    use_copilot: Option<bool>,
}
impl CreateCloudMl {
    pub(crate) fn new(client: docsdk_runtime::Client, version: &'static str) -> Self {
        Self {
            client,
            version,
            accept: None,
            content_type: None,
            analytics_resource: None,
            application_resource: None,
            cloud_ml_name: None,
            cluster_id: None,
            copilot: None,
            custom_registry_access_key: None,
            custom_registry_access_project_id: None,
            custom_registry_access_region: None,
            custom_registry_access_secret_key: None,
            custom_registry_host: None,
            description: None,
            domain_name: None,
            endpoint_type: None,
            image_id: None,
            product_group_id: None,
            tags: None,
            use_copilot: None,
        }
    }
    /// Sends the request and returns the 200 response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<types::AsyncResponse> {
        const OPERATION: &str = "create_cloud_ml";
        let body = types::CloudMLRequest {
            analytics_resource: required(
                self.analytics_resource,
                OPERATION,
                "analytics_resource",
            )?,
            application_resource: required(
                self.application_resource,
                OPERATION,
                "application_resource",
            )?,
            cloud_ml_name: required(self.cloud_ml_name, OPERATION, "cloud_ml_name")?,
            cluster_id: required(self.cluster_id, OPERATION, "cluster_id")?,
            copilot: self.copilot,
            custom_registry_access_key: required(
                self.custom_registry_access_key,
                OPERATION,
                "custom_registry_access_key",
            )?,
            custom_registry_access_project_id: self.custom_registry_access_project_id,
            custom_registry_access_region: self.custom_registry_access_region,
            custom_registry_access_secret_key: required(
                self.custom_registry_access_secret_key,
                OPERATION,
                "custom_registry_access_secret_key",
            )?,
            custom_registry_host: required(
                self.custom_registry_host,
                OPERATION,
                "custom_registry_host",
            )?,
            description: self.description,
            domain_name: required(self.domain_name, OPERATION, "domain_name")?,
            endpoint_type: required(self.endpoint_type, OPERATION, "endpoint_type")?,
            image_id: required(self.image_id, OPERATION, "image_id")?,
            product_group_id: self.product_group_id,
            tags: self.tags,
            use_copilot: self.use_copilot,
        };
        let request = Request::new(Method::Post, "/v1/cloud-ml", OPERATION)
            .api_version(self.version)
            .header_opt("accept", self.accept)
            .header_opt("content_type", self.content_type)
            .json_body(&body)?;
        self.client.send_json(request).await
    }
}
crate::support::setters!(
    CreateCloudMl { #[doc =
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
/// Request builder for `show_cloud_ml`: `GET /v1/cloud-ml/{cloud_ml_id}`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct ShowCloudMl {
    client: docsdk_runtime::Client,
    version: &'static str,
    accept: Option<String>,
    content_type: Option<String>,
    cloud_ml_id: Option<String>,
}
impl ShowCloudMl {
    pub(crate) fn new(client: docsdk_runtime::Client, version: &'static str) -> Self {
        Self {
            client,
            version,
            accept: None,
            content_type: None,
            cloud_ml_id: None,
        }
    }
    /// Sends the request and returns the 200 response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<types::CloudMLDetailResponse> {
        const OPERATION: &str = "show_cloud_ml";
        let request = Request::new(Method::Get, "/v1/cloud-ml/{cloud_ml_id}", OPERATION)
            .api_version(self.version)
            .header_opt("accept", self.accept)
            .header_opt("content_type", self.content_type)
            .path_param(
                "cloud_ml_id",
                required(self.cloud_ml_id, OPERATION, "cloud_ml_id")?,
            );
        self.client.send_json(request).await
    }
}
crate::support::setters!(
    ShowCloudMl { #[doc =
    " Accept. Header parameter `accept`. Default: `application/json`. Example: `application/json`."]
    accept : String, #[doc =
    " Content-Type. Header parameter `content_type`. Default: `application/json`. Example: `application/json`."]
    content_type : String, #[doc =
    " Cluster ID. Path parameter `cloud_ml_id`. Example: `10a599e031e749b7b260868f441e862b`."]
    cloud_ml_id : String }
);
/// Request builder for `update_cloud_ml`: `PUT /v1/cloud-ml/{cloud_ml_id}`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct UpdateCloudMl {
    client: docsdk_runtime::Client,
    version: &'static str,
    accept: Option<String>,
    content_type: Option<String>,
    cloud_ml_id: Option<String>,
    description: Option<String>,
}
impl UpdateCloudMl {
    pub(crate) fn new(client: docsdk_runtime::Client, version: &'static str) -> Self {
        Self {
            client,
            version,
            accept: None,
            content_type: None,
            cloud_ml_id: None,
            description: None,
        }
    }
    /// Sends the request and returns the 202 response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<types::CloudMLDetailResponse> {
        const OPERATION: &str = "update_cloud_ml";
        let body = types::CloudMLUpdateRequest {
            description: required(self.description, OPERATION, "description")?,
        };
        let request = Request::new(Method::Put, "/v1/cloud-ml/{cloud_ml_id}", OPERATION)
            .api_version(self.version)
            .header_opt("accept", self.accept)
            .header_opt("content_type", self.content_type)
            .path_param(
                "cloud_ml_id",
                required(self.cloud_ml_id, OPERATION, "cloud_ml_id")?,
            )
            .json_body(&body)?;
        self.client.send_json(request).await
    }
}
crate::support::setters!(
    UpdateCloudMl { #[doc =
    " Accept. Header parameter `accept`. Default: `application/json`. Example: `application/json`."]
    accept : String, #[doc =
    " Content-Type. Header parameter `content_type`. Default: `application/json`. Example: `application/json`."]
    content_type : String, #[doc =
    " Cluster ID. Path parameter `cloud_ml_id`. Example: `10a599e031e749b7b260868f441e862b`."]
    cloud_ml_id : String, #[doc = " Description. Example: `147@53A69a`."] description :
    String }
);
/// Request builder for `delete_cloud_ml`: `DELETE /v1/cloud-ml/{cloud_ml_id}`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct DeleteCloudMl {
    client: docsdk_runtime::Client,
    version: &'static str,
    accept: Option<String>,
    content_type: Option<String>,
    cloud_ml_id: Option<String>,
}
impl DeleteCloudMl {
    pub(crate) fn new(client: docsdk_runtime::Client, version: &'static str) -> Self {
        Self {
            client,
            version,
            accept: None,
            content_type: None,
            cloud_ml_id: None,
        }
    }
    /// Sends the request and returns the 202 response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<()> {
        const OPERATION: &str = "delete_cloud_ml";
        let request = Request::new(
                Method::Delete,
                "/v1/cloud-ml/{cloud_ml_id}",
                OPERATION,
            )
            .api_version(self.version)
            .header_opt("accept", self.accept)
            .header_opt("content_type", self.content_type)
            .path_param(
                "cloud_ml_id",
                required(self.cloud_ml_id, OPERATION, "cloud_ml_id")?,
            );
        self.client.send_empty(request).await
    }
}
crate::support::setters!(
    DeleteCloudMl { #[doc =
    " Accept. Header parameter `accept`. Default: `application/json`. Example: `application/json`."]
    accept : String, #[doc =
    " Content-Type. Header parameter `content_type`. Default: `application/json`. Example: `application/json`."]
    content_type : String, #[doc =
    " Cluster ID. Path parameter `cloud_ml_id`. Example: `10a599e031e749b7b260868f441e862b`."]
    cloud_ml_id : String }
);
