//! Request builders, one per operation: set parameters, then `.send().await`.
use crate::support::required;
use crate::types;
use docsdk_runtime::{Method, Request, Result};
/// Request builder for `submitting_sample_review_comments_of_an_acceptance_task`: `POST /v2/{project_id}/datasets/{dataset_id}/workforce-tasks/{workforce_task_id}/acceptance/batch-comment`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct SubmittingSampleReviewCommentsOfAnAcceptanceTask {
    client: docsdk_runtime::Client,
    dataset_id: Option<String>,
    project_id: Option<String>,
    workforce_task_id: Option<String>,
    comments: Option<Vec<types::SampleComment>>,
}
impl SubmittingSampleReviewCommentsOfAnAcceptanceTask {
    pub(crate) fn new(client: docsdk_runtime::Client) -> Self {
        Self {
            client,
            dataset_id: None,
            project_id: None,
            workforce_task_id: None,
            comments: None,
        }
    }
    /// Sends the request and returns the 200 response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<()> {
        const OPERATION: &str = "submitting_sample_review_comments_of_an_acceptance_task";
        let body = types::AcceptSamplesReq {
            comments: self.comments,
        };
        let request = Request::new(
                Method::Post,
                "/v2/{project_id}/datasets/{dataset_id}/workforce-tasks/{workforce_task_id}/acceptance/batch-comment",
                OPERATION,
            )
            .path_param(
                "dataset_id",
                required(self.dataset_id, OPERATION, "dataset_id")?,
            )
            .path_param(
                "project_id",
                required(self.project_id, OPERATION, "project_id")?,
            )
            .path_param(
                "workforce_task_id",
                required(self.workforce_task_id, OPERATION, "workforce_task_id")?,
            )
            .json_body(&body)?;
        self.client.send_empty(request).await
    }
}
crate::support::setters!(
    SubmittingSampleReviewCommentsOfAnAcceptanceTask { #[doc =
    " Dataset ID. Path parameter `dataset_id`."] dataset_id : String, #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc =
    " ID of a labeling task. Path parameter `workforce_task_id`."] workforce_task_id :
    String, #[doc = " Review comment list."] comments : Vec < types::SampleComment > }
);
/// Request builder for `obtaining_information_about_intelligent_tasks`: `GET /v2/{project_id}/datasets/{dataset_id}/tasks/{task_id}`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct ObtainingInformationAboutIntelligentTasks {
    client: docsdk_runtime::Client,
    dataset_id: Option<String>,
    project_id: Option<String>,
    task_id: Option<String>,
}
impl ObtainingInformationAboutIntelligentTasks {
    pub(crate) fn new(client: docsdk_runtime::Client) -> Self {
        Self {
            client,
            dataset_id: None,
            project_id: None,
            task_id: None,
        }
    }
    /// Sends the request and returns the 200 response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<types::SmartTaskProgressResp> {
        const OPERATION: &str = "obtaining_information_about_intelligent_tasks";
        let request = Request::new(
                Method::Get,
                "/v2/{project_id}/datasets/{dataset_id}/tasks/{task_id}",
                OPERATION,
            )
            .path_param(
                "dataset_id",
                required(self.dataset_id, OPERATION, "dataset_id")?,
            )
            .path_param(
                "project_id",
                required(self.project_id, OPERATION, "project_id")?,
            )
            .path_param("task_id", required(self.task_id, OPERATION, "task_id")?);
        self.client.send_json(request).await
    }
}
crate::support::setters!(
    ObtainingInformationAboutIntelligentTasks { #[doc =
    " Dataset ID. Path parameter `dataset_id`."] dataset_id : String, #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc = " Task ID. Path parameter `task_id`."] task_id : String
    }
);
/// Request builder for `viewing_an_authorization_list`: `GET /v2/{project_id}/authorizations`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct ViewingAnAuthorizationList {
    client: docsdk_runtime::Client,
    project_id: Option<String>,
    sort_by: Option<types::SortBy>,
    order: Option<types::Order>,
    limit: Option<i64>,
    offset: Option<i64>,
}
impl ViewingAnAuthorizationList {
    pub(crate) fn new(client: docsdk_runtime::Client) -> Self {
        Self {
            client,
            project_id: None,
            sort_by: None,
            order: None,
            limit: None,
            offset: None,
        }
    }
    /// Sends the request and returns the 200 response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<types::AuthorizationListResponse> {
        const OPERATION: &str = "viewing_an_authorization_list";
        let request = Request::new(
                Method::Get,
                "/v2/{project_id}/authorizations",
                OPERATION,
            )
            .path_param(
                "project_id",
                required(self.project_id, OPERATION, "project_id")?,
            )
            .query_opt("sort_by", self.sort_by)
            .query_opt("order", self.order)
            .query_opt("limit", self.limit)
            .query_opt("offset", self.offset);
        self.client.send_json(request).await
    }
}
crate::support::setters!(
    ViewingAnAuthorizationList { #[doc =
    " Project ID. For details about how to obtain a project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc = " Sorting field."] #[doc = " Options:"] #[doc = ""]
    #[doc = " - **user\\_name**: IAM user"] #[doc =
    " - **create\\_time**: creation time Default: **user\\_name**"] #[doc = ""] #[doc =
    " Query parameter `sort_by`."] sort_by : types::SortBy, #[doc = " Sorting method."]
    #[doc = " Options:"] #[doc = ""] #[doc = " - **asc**: ascending order"] #[doc =
    " - **desc**: descending order Default: **asc**"] #[doc = ""] #[doc =
    " Query parameter `order`."] order : types::Order, #[doc =
    " Maximum number of records returned on each page. Default value: **1000**"] #[doc =
    " The value ranges from 1 to 1000."] #[doc = ""] #[doc =
    " Query parameter `limit`. Default: `1000`. Range 1 to 1000."] limit : i64, #[doc =
    " Start page of the paging list. The default value is **0**. Query parameter `offset`. Default: `0`."]
    offset : i64 }
);
/// Request builder for `configuring_authorization`: `POST /v2/{project_id}/authorizations`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct ConfiguringAuthorization {
    client: docsdk_runtime::Client,
    project_id: Option<String>,
    user_id: Option<String>,
    type_: Option<types::AuthorizationRequestType>,
    content: Option<String>,
    secret_key: Option<String>,
}
impl ConfiguringAuthorization {
    pub(crate) fn new(client: docsdk_runtime::Client) -> Self {
        Self {
            client,
            project_id: None,
            user_id: None,
            type_: None,
            content: None,
            secret_key: None,
        }
    }
    /// Sends the request and returns the 200 response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<()> {
        const OPERATION: &str = "configuring_authorization";
        let body = types::AuthorizationRequest {
            user_id: self.user_id,
            type_: self.type_,
            content: required(self.content, OPERATION, "content")?,
            secret_key: self.secret_key,
        };
        let request = Request::new(
                Method::Post,
                "/v2/{project_id}/authorizations",
                OPERATION,
            )
            .path_param(
                "project_id",
                required(self.project_id, OPERATION, "project_id")?,
            )
            .json_body(&body)?;
        self.client.send_empty(request).await
    }
}
crate::support::setters!(
    ConfiguringAuthorization { #[doc =
    " Project ID. For details about how to obtain a project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc =
    " User ID. For details about how to obtain a user ID, see Obtaining a User ID."]
    #[doc =
    " If **user\\_id** is set to **all**, all IAM users are authorized. If some IAM users have been authorized, the authorization setting will be updated."]
    #[doc =
    " This parameter is mandatory only if the authorization type is set to **agency**."]
    user_id : String, #[doc = " Authorization type. **Agency** is recommended."] #[doc =
    " Options:"] #[doc = ""] #[doc = " - **agency**: authorization through an agency"]
    #[doc =
    " - **credential**: authorization through an access Key (AK/SK) Default: **agency**"]
    #[doc = ""] #[doc = " Wire name: `type`."] type_ : types::AuthorizationRequestType,
    #[doc = " Authorization content."] #[doc = ""] #[doc =
    " - If **Authorization Type** is set to **Agency**, this field indicates the agency name."]
    #[doc =
    " - If **Authorization Type** is set to **AK/SK**, this field indicates the access key ID (AK)."]
    content : String, #[doc =
    " Secret Access Key (SK). This field is required only when **Authorization Method** is set to **AK/SK**."]
    secret_key : String }
);
/// Request builder for `deleting_authorization`: `DELETE /v2/{project_id}/authorizations`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct DeletingAuthorization {
    client: docsdk_runtime::Client,
    project_id: Option<String>,
    user_id: Option<String>,
}
impl DeletingAuthorization {
    pub(crate) fn new(client: docsdk_runtime::Client) -> Self {
        Self {
            client,
            project_id: None,
            user_id: None,
        }
    }
    /// Sends the request and returns the 200 response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<()> {
        const OPERATION: &str = "deleting_authorization";
        let request = Request::new(
                Method::Delete,
                "/v2/{project_id}/authorizations",
                OPERATION,
            )
            .path_param(
                "project_id",
                required(self.project_id, OPERATION, "project_id")?,
            )
            .query_opt("user_id", self.user_id);
        self.client.send_empty(request).await
    }
}
crate::support::setters!(
    DeletingAuthorization { #[doc =
    " Project ID. For details about how to obtain a project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc =
    " User ID. If this parameter is set to **all**, the authorization of all IAM users will be deleted. Query parameter `user_id`."]
    user_id : String }
);
/// Request builder for `response_body_for_querying_the_dataset_list`: `GET /v2/{project_id}/datasets`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct ResponseBodyForQueryingTheDatasetList {
    client: docsdk_runtime::Client,
    project_id: Option<String>,
    check_running_task: Option<bool>,
    contain_versions: Option<bool>,
    dataset_type: Option<i64>,
    file_preview: Option<bool>,
    limit: Option<i64>,
    offset: Option<i64>,
    order: Option<types::Order>,
    running_task_type: Option<i64>,
    search_content: Option<String>,
    sort_by: Option<types::SortBy2>,
    support_export: Option<bool>,
    train_evaluate_ratio: Option<String>,
    version_format: Option<i64>,
    with_labels: Option<bool>,
    workspace_id: Option<String>,
}
impl ResponseBodyForQueryingTheDatasetList {
    pub(crate) fn new(client: docsdk_runtime::Client) -> Self {
        Self {
            client,
            project_id: None,
            check_running_task: None,
            contain_versions: None,
            dataset_type: None,
            file_preview: None,
            limit: None,
            offset: None,
            order: None,
            running_task_type: None,
            search_content: None,
            sort_by: None,
            support_export: None,
            train_evaluate_ratio: None,
            version_format: None,
            with_labels: None,
            workspace_id: None,
        }
    }
    /// Sends the request and returns the 200 response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<types::ListDatasetsResp> {
        const OPERATION: &str = "response_body_for_querying_the_dataset_list";
        let request = Request::new(Method::Get, "/v2/{project_id}/datasets", OPERATION)
            .path_param(
                "project_id",
                required(self.project_id, OPERATION, "project_id")?,
            )
            .query_opt("check_running_task", self.check_running_task)
            .query_opt("contain_versions", self.contain_versions)
            .query_opt("dataset_type", self.dataset_type)
            .query_opt("file_preview", self.file_preview)
            .query_opt("limit", self.limit)
            .query_opt("offset", self.offset)
            .query_opt("order", self.order)
            .query_opt("running_task_type", self.running_task_type)
            .query_opt("search_content", self.search_content)
            .query_opt("sort_by", self.sort_by)
            .query_opt("support_export", self.support_export)
            .query_opt("train_evaluate_ratio", self.train_evaluate_ratio)
            .query_opt("version_format", self.version_format)
            .query_opt("with_labels", self.with_labels)
            .query_opt("workspace_id", self.workspace_id);
        self.client.send_json(request).await
    }
}
crate::support::setters!(
    ResponseBodyForQueryingTheDatasetList { #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc =
    " Whether to detect tasks (including initialization tasks) that are running in a dataset. The options are as follows: - **true**: Detect tasks (including initialization tasks) that are running in the dataset. - **false**: Do not detect tasks (including initialization tasks) that are running in the dataset. (Default value)"]
    #[doc = ""] #[doc = " Query parameter `check_running_task`. Default: `false`."]
    check_running_task : bool, #[doc =
    " Whether the dataset contains a version. Query parameter `contain_versions`."]
    contain_versions : bool, #[doc =
    " Dataset type. The options are as follows: - **0**: image classification - **1**: object detection - **100**: text classification - **101**: named entity recognition - **102**: text triplet - **200**: sound classification - **201**: speech content - **202**: speech paragraph labeling - **400**: table dataset - **600**: video labeling - **900**: custom format"]
    #[doc = ""] #[doc = " Query parameter `dataset_type`."] dataset_type : i64, #[doc =
    " Whether a dataset supports preview when it is queried. The options are as follows: - **true**: Preview is supported and the list of four dataset files is returned. - **false**: Preview is not supported. (Default value)"]
    #[doc = ""] #[doc = " Query parameter `file_preview`. Default: `false`."]
    file_preview : bool, #[doc =
    " Maximum number of records returned on each page. The value ranges from 1 to 100. The default value is **10**."]
    #[doc = ""] #[doc = " Query parameter `limit`. Default: `10`. Range 1 to 100."] limit
    : i64, #[doc =
    " Start page of the paging list. The default value is **0**. Query parameter `offset`. Default: `0`."]
    offset : i64, #[doc =
    " Sorting sequence of the query. The options are as follows: - **asc**: ascending order - **desc**: descending order (default value)"]
    #[doc = ""] #[doc = " Query parameter `order`. Default: `desc`."] order :
    types::Order, #[doc =
    " Type of the running tasks (including initialization tasks) to be detected. The options are as follows: - **0**: auto labeling - **1**: pre-labeling - **2**: export - **3**: version switch - **4**: manifest file export - **5**: manifest file import - **6**: version publishing - **7**: auto grouping - **10**: one-click model deployment (default value)"]
    #[doc = ""] #[doc = " Query parameter `running_task_type`. Default: `10`."]
    running_task_type : i64, #[doc =
    " Fuzzy search keyword. By default, this parameter is left blank. Query parameter `search_content`."]
    search_content : String, #[doc =
    " Sorting mode of the query. The options are as follows: - **create\\_time**: Sort by creation time. (Default value) - **dataset\\_name**: Sort by dataset name."]
    #[doc = ""] #[doc = " Query parameter `sort_by`. Default: `create_time`."] sort_by :
    types::SortBy2, #[doc =
    " Whether to filter datasets that can be exported only (including datasets of image classification, object detection, and custom format). If this parameter is left blank or the value is set to **false**, no filtering is performed. The options are as follows: - **true**: Filter datasets that can be exported only. - **false**: Do not filter datasets that can be exported only. (Default value)"]
    #[doc = ""] #[doc = " Query parameter `support_export`. Default: `false`."]
    support_export : bool, #[doc =
    " Version split ratio for dataset filtering. The numbers before and after the comma indicate the minimum and maximum split ratios, and the versions whose split ratios are within the range are filtered out, for example, **0.0,1.0**. Note: If this parameter is left blank or unavailable, the system does not filter datasets based on the version split ratio by default."]
    #[doc = ""] #[doc = " Query parameter `train_evaluate_ratio`."] train_evaluate_ratio
    : String, #[doc =
    " Dataset version format for dataset filtering. This parameter is used to filter datasets that meet the filter criteria. The options are as follows: - **0**: default format - **1**: CarbonData (supported only by table datasets) - **2**: CSV"]
    #[doc = ""] #[doc = " Query parameter `version_format`."] version_format : i64, #[doc
    =
    " Whether to return dataset labels. The options are as follows: - **true**: Return label information. - **false**: Do not return label information. (Default value)"]
    #[doc = ""] #[doc = " Query parameter `with_labels`. Default: `false`."] with_labels
    : bool, #[doc =
    " Workspace ID. If no workspace is created, the default value is **0**. If a workspace is created and used, use the actual value."]
    #[doc = ""] #[doc = " Query parameter `workspace_id`. Default: `0`."] workspace_id :
    String }
);
/// Request builder for `creating_a_dataset`: `POST /v2/{project_id}/datasets`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct CreatingADataset {
    client: docsdk_runtime::Client,
    project_id: Option<String>,
    data_format: Option<types::CreateDatasetReqDataFormat>,
    data_sources: Option<Vec<types::DataSource>>,
    dataset_name: Option<String>,
    dataset_type: Option<i64>,
    description: Option<String>,
    import_annotations: Option<bool>,
    import_data: Option<bool>,
    label_format: Option<types::LabelFormat>,
    labels: Option<Vec<types::Label>>,
    managed: Option<bool>,
    schema: Option<Vec<types::Field>>,
    work_path: Option<String>,
    work_path_type: Option<i64>,
    workforce_information: Option<types::WorkforceInformation>,
    workspace_id: Option<String>,
}
impl CreatingADataset {
    pub(crate) fn new(client: docsdk_runtime::Client) -> Self {
        Self {
            client,
            project_id: None,
            data_format: None,
            data_sources: None,
            dataset_name: None,
            dataset_type: None,
            description: None,
            import_annotations: None,
            import_data: None,
            label_format: None,
            labels: None,
            managed: None,
            schema: None,
            work_path: None,
            work_path_type: None,
            workforce_information: None,
            workspace_id: None,
        }
    }
    /// Sends the request and returns the 201 response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<types::CreateDatasetResp> {
        const OPERATION: &str = "creating_a_dataset";
        let body = types::CreateDatasetReq {
            data_format: self.data_format,
            data_sources: self.data_sources,
            dataset_name: required(self.dataset_name, OPERATION, "dataset_name")?,
            dataset_type: self.dataset_type,
            description: self.description,
            import_annotations: self.import_annotations,
            import_data: self.import_data,
            label_format: self.label_format,
            labels: self.labels,
            managed: self.managed,
            schema: self.schema,
            work_path: required(self.work_path, OPERATION, "work_path")?,
            work_path_type: required(self.work_path_type, OPERATION, "work_path_type")?,
            workforce_information: self.workforce_information,
            workspace_id: self.workspace_id,
        };
        let request = Request::new(Method::Post, "/v2/{project_id}/datasets", OPERATION)
            .path_param(
                "project_id",
                required(self.project_id, OPERATION, "project_id")?,
            )
            .json_body(&body)?;
        self.client.send_json(request).await
    }
}
crate::support::setters!(
    CreatingADataset { #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc =
    " Data format. The options are as follows: - **Default**: default format - **CarbonData**: CarbonData (supported only by table datasets)"]
    data_format : types::CreateDatasetReqDataFormat, #[doc =
    " Input dataset path, which is used to synchronize source data (such as images, text files, and audio files) in the directory and its subdirectories to the dataset. For a table dataset, this parameter indicates the import directory. The work directory of a table dataset cannot be an OBS path in a KMS-encrypted bucket."]
    data_sources : Vec < types::DataSource >, #[doc =
    " Dataset name. The value contains 1 to 100 characters. Only letters, digits, underscores (\\_), and hyphens (-) are allowed, for example, dataset-9f3b."]
    #[doc = ""] #[doc = " Length 1 to 100."] dataset_name : String, #[doc =
    " Dataset type. The options are as follows: - **0**: image classification - **1**: object detection - **100**: text classification - **101**: named entity recognition - **102**: text triplet - **200**: sound classification - **201**: speech content - **202**: speech paragraph labeling - **400**: table dataset - **600**: video labeling - **900**: custom format"]
    dataset_type : i64, #[doc =
    " Dataset description. The value is empty by default. The description contains 0 to 256 characters and does not support the following special characters: ^\\!\\<\\>=\\&\"'"]
    #[doc = ""] #[doc = " Length 0 to 256."] description : String, #[doc =
    " Whether to automatically import the labeling information in the input directory, supporting detection, image classification, and text classification. The options are as follows: - **true**: Import labeling information in the input directory. (Default value) - **false**: Do not import labeling information in the input directory."]
    #[doc = ""] #[doc = " Default: `true`."] import_annotations : bool, #[doc =
    " Whether to import data. This parameter is used only for table datasets. The options are as follows: - **true**: Import data when creating a database. - **false**: Do not import data when creating a database. (Default value)"]
    #[doc = ""] #[doc = " Default: `false`."] import_data : bool, #[doc =
    " Label format information. This parameter is used only for text datasets."]
    label_format : types::LabelFormat, #[doc = " Dataset label list."] labels : Vec <
    types::Label >, #[doc =
    " Whether to host a dataset. The options are as follows: - **true**: Host a dataset. - **false**: Do not host a dataset. (Default value). Default: `false`."]
    managed : bool, #[doc = " Schema list."] schema : Vec < types::Field >, #[doc =
    " Output dataset path, which is used to store output files such as label files. - The format is /Bucket name/File path, for example, /**obs-bucket**/**flower**/**rose**/. (The directory is used as the path.)- A bucket cannot be directly used as a path.- The output dataset path is different from the input dataset path or its subdirectory.- The value contains 3 to 700 characters."]
    #[doc = ""] #[doc = " Length 3 to 700."] work_path : String, #[doc =
    " Type of the dataset output path. The options are as follows: - **0**: OBS bucket (default value). Default: `0`."]
    work_path_type : i64, #[doc = " Team labeling information."] workforce_information :
    types::WorkforceInformation, #[doc =
    " Workspace ID. If no workspace is created, the default value is **0**. If a workspace is created and used, use the actual value. Default: `0`."]
    workspace_id : String }
);
/// Request builder for `querying_the_dataset_version_list`: `GET /v2/{project_id}/datasets/{dataset_id}/versions`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct QueryingTheDatasetVersionList {
    client: docsdk_runtime::Client,
    dataset_id: Option<String>,
    project_id: Option<String>,
    status: Option<i64>,
    train_evaluate_ratio: Option<String>,
    version_format: Option<i64>,
}
impl QueryingTheDatasetVersionList {
    pub(crate) fn new(client: docsdk_runtime::Client) -> Self {
        Self {
            client,
            dataset_id: None,
            project_id: None,
            status: None,
            train_evaluate_ratio: None,
            version_format: None,
        }
    }
    /// Sends the request and returns the 200 response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<types::ListDatasetVersionsResp> {
        const OPERATION: &str = "querying_the_dataset_version_list";
        let request = Request::new(
                Method::Get,
                "/v2/{project_id}/datasets/{dataset_id}/versions",
                OPERATION,
            )
            .path_param(
                "dataset_id",
                required(self.dataset_id, OPERATION, "dataset_id")?,
            )
            .path_param(
                "project_id",
                required(self.project_id, OPERATION, "project_id")?,
            )
            .query_opt("status", self.status)
            .query_opt("train_evaluate_ratio", self.train_evaluate_ratio)
            .query_opt("version_format", self.version_format);
        self.client.send_json(request).await
    }
}
crate::support::setters!(
    QueryingTheDatasetVersionList { #[doc = " Dataset ID. Path parameter `dataset_id`."]
    dataset_id : String, #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc =
    " Status of a dataset version. The options are as follows: - **0**: creating - **1**: running - **2**: deleting - **3**: deleted - **4**: error"]
    #[doc = ""] #[doc = " Query parameter `status`."] status : i64, #[doc =
    " Version split ratio for version filtering. The numbers before and after the comma indicate the minimum and maximum split ratios, and the versions whose split ratios are within the range are filtered out, for example, **0.0,1.0**. Note: If this parameter is left blank or unavailable, the system does not filter datasets based on the version split ratio by default."]
    #[doc = ""] #[doc = " Query parameter `train_evaluate_ratio`."] train_evaluate_ratio
    : String, #[doc =
    " Format of a dataset version. The options are as follows: - **0**: default format - **1**: CarbonData (supported only by table datasets) - **2**: CSV"]
    #[doc = ""] #[doc = " Query parameter `version_format`."] version_format : i64 }
);
/// Request builder for `creating_a_dataset_labeling_version`: `POST /v2/{project_id}/datasets/{dataset_id}/versions`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct CreatingADatasetLabelingVersion {
    client: docsdk_runtime::Client,
    dataset_id: Option<String>,
    project_id: Option<String>,
    clear_hard_property: Option<bool>,
    description: Option<String>,
    export_images: Option<bool>,
    remove_sample_usage: Option<bool>,
    train_evaluate_sample_ratio: Option<String>,
    version_format: Option<types::SmartTaskConfigVersionFormat>,
    version_name: Option<String>,
    with_column_header: Option<bool>,
}
impl CreatingADatasetLabelingVersion {
    pub(crate) fn new(client: docsdk_runtime::Client) -> Self {
        Self {
            client,
            dataset_id: None,
            project_id: None,
            clear_hard_property: None,
            description: None,
            export_images: None,
            remove_sample_usage: None,
            train_evaluate_sample_ratio: None,
            version_format: None,
            version_name: None,
            with_column_header: None,
        }
    }
    /// Sends the request and returns the 201 response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<types::CreateDatasetVersionResp> {
        const OPERATION: &str = "creating_a_dataset_labeling_version";
        let body = types::CreateDatasetVersionReq {
            clear_hard_property: self.clear_hard_property,
            description: self.description,
            export_images: self.export_images,
            remove_sample_usage: self.remove_sample_usage,
            train_evaluate_sample_ratio: self.train_evaluate_sample_ratio,
            version_format: self.version_format,
            version_name: self.version_name,
            with_column_header: self.with_column_header,
        };
        let request = Request::new(
                Method::Post,
                "/v2/{project_id}/datasets/{dataset_id}/versions",
                OPERATION,
            )
            .path_param(
                "dataset_id",
                required(self.dataset_id, OPERATION, "dataset_id")?,
            )
            .path_param(
                "project_id",
                required(self.project_id, OPERATION, "project_id")?,
            )
            .json_body(&body)?;
        self.client.send_json(request).await
    }
}
crate::support::setters!(
    CreatingADatasetLabelingVersion { #[doc =
    " Dataset ID. Path parameter `dataset_id`."] dataset_id : String, #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc =
    " Whether to clear hard example properties. The options are as follows: - **true**: Clear hard example properties. (Default value) - **false**: Do not clear hard example properties."]
    #[doc = ""] #[doc = " Default: `true`."] clear_hard_property : bool, #[doc =
    " Version description. The value is empty by default. The description contains 0 to 256 characters and does not support the following special characters: \\!\\<\\>=\\&\"'"]
    #[doc = ""] #[doc = " Length 0 to 256."] description : String, #[doc =
    " Whether to export images to the version output directory during release. The options are as follows: - **true**: Export images to the version output directory. - **false**: Do not export images to the version output directory. (Default value)"]
    #[doc = ""] #[doc = " Default: `false`."] export_images : bool, #[doc =
    " Whether to clear the existing usage information of a dataset during release. The options are as follows: - **true**: Clear the existing usage information of a dataset. (Default value) - **false**: Do not clear the existing usage information of a dataset."]
    #[doc = ""] #[doc = " Default: `true`."] remove_sample_usage : bool, #[doc =
    " Split training and verification ratio during version release. The default value is **1.00**, indicating that all labeled samples are split into the training set."]
    #[doc = ""] #[doc = " Default: `1.00`."] train_evaluate_sample_ratio : String, #[doc
    =
    " Format of a dataset version. The options are as follows: - **Default**: default format - **CarbonData**: CarbonData (supported only by table datasets) - **CSV**: CSV"]
    version_format : types::SmartTaskConfigVersionFormat, #[doc =
    " Version name. The value contains 1 to 32 characters. Only letters, digits, underscores (\\_), and hyphens (-) are allowed. Length 1 to 32."]
    version_name : String, #[doc =
    " Whether to write the column name in the first line of the CSV file during release. This field is valid for the table dataset. The options are as follows: - **true**: Write the column name in the first line of the CSV file. (Default value) - **false**: Do not write the column name in the first line of the CSV file."]
    #[doc = ""] #[doc = " Default: `true`."] with_column_header : bool }
);
/// Request builder for `querying_the_dataset_label_list`: `GET /v2/{project_id}/datasets/{dataset_id}/data-annotations/labels`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct QueryingTheDatasetLabelList {
    client: docsdk_runtime::Client,
    dataset_id: Option<String>,
    project_id: Option<String>,
    version_id: Option<String>,
}
impl QueryingTheDatasetLabelList {
    pub(crate) fn new(client: docsdk_runtime::Client) -> Self {
        Self {
            client,
            dataset_id: None,
            project_id: None,
            version_id: None,
        }
    }
    /// Sends the request and returns the 200 response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<types::ListLabelsResp> {
        const OPERATION: &str = "querying_the_dataset_label_list";
        let request = Request::new(
                Method::Get,
                "/v2/{project_id}/datasets/{dataset_id}/data-annotations/labels",
                OPERATION,
            )
            .path_param(
                "dataset_id",
                required(self.dataset_id, OPERATION, "dataset_id")?,
            )
            .path_param(
                "project_id",
                required(self.project_id, OPERATION, "project_id")?,
            )
            .query_opt("version_id", self.version_id);
        self.client.send_json(request).await
    }
}
crate::support::setters!(
    QueryingTheDatasetLabelList { #[doc = " Dataset ID. Path parameter `dataset_id`."]
    dataset_id : String, #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc = " Dataset version ID. Query parameter `version_id`."]
    version_id : String }
);
/// Request builder for `modifying_labels_in_batches`: `PUT /v2/{project_id}/datasets/{dataset_id}/data-annotations/labels`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct ModifyingLabelsInBatches {
    client: docsdk_runtime::Client,
    dataset_id: Option<String>,
    project_id: Option<String>,
    labels: Option<Vec<types::Label>>,
}
impl ModifyingLabelsInBatches {
    pub(crate) fn new(client: docsdk_runtime::Client) -> Self {
        Self {
            client,
            dataset_id: None,
            project_id: None,
            labels: None,
        }
    }
    /// Sends the request and returns the 200 response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<types::UpdateLabelsResp> {
        const OPERATION: &str = "modifying_labels_in_batches";
        let body = types::UpdateLabelsReq {
            labels: self.labels,
        };
        let request = Request::new(
                Method::Put,
                "/v2/{project_id}/datasets/{dataset_id}/data-annotations/labels",
                OPERATION,
            )
            .path_param(
                "dataset_id",
                required(self.dataset_id, OPERATION, "dataset_id")?,
            )
            .path_param(
                "project_id",
                required(self.project_id, OPERATION, "project_id")?,
            )
            .json_body(&body)?;
        self.client.send_json(request).await
    }
}
crate::support::setters!(
    ModifyingLabelsInBatches { #[doc = " Dataset ID. Path parameter `dataset_id`."]
    dataset_id : String, #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc = " List of labels to be updated."] labels : Vec <
    types::Label > }
);
/// Request builder for `creating_a_dataset_label`: `POST /v2/{project_id}/datasets/{dataset_id}/data-annotations/labels`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct CreatingADatasetLabel {
    client: docsdk_runtime::Client,
    dataset_id: Option<String>,
    project_id: Option<String>,
    labels: Option<Vec<types::Label>>,
}
impl CreatingADatasetLabel {
    pub(crate) fn new(client: docsdk_runtime::Client) -> Self {
        Self {
            client,
            dataset_id: None,
            project_id: None,
            labels: None,
        }
    }
    /// Sends the request and returns the 200 response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<types::CreateLabelsResp> {
        const OPERATION: &str = "creating_a_dataset_label";
        let body = types::CreateLabelsReq {
            labels: self.labels,
        };
        let request = Request::new(
                Method::Post,
                "/v2/{project_id}/datasets/{dataset_id}/data-annotations/labels",
                OPERATION,
            )
            .path_param(
                "dataset_id",
                required(self.dataset_id, OPERATION, "dataset_id")?,
            )
            .path_param(
                "project_id",
                required(self.project_id, OPERATION, "project_id")?,
            )
            .json_body(&body)?;
        self.client.send_json(request).await
    }
}
crate::support::setters!(
    CreatingADatasetLabel { #[doc = " Dataset ID. Path parameter `dataset_id`."]
    dataset_id : String, #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc = " List of labels to be created."] labels : Vec <
    types::Label > }
);
/// Request builder for `creating_a_model_arts_agency`: `POST /v2/{project_id}/agency`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct CreatingAModelArtsAgency {
    client: docsdk_runtime::Client,
    project_id: Option<String>,
    agency_name_suffix: Option<String>,
}
impl CreatingAModelArtsAgency {
    pub(crate) fn new(client: docsdk_runtime::Client) -> Self {
        Self {
            client,
            project_id: None,
            agency_name_suffix: None,
        }
    }
    /// Sends the request and returns the 200 response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<()> {
        const OPERATION: &str = "creating_a_model_arts_agency";
        let body = types::CreateModelArtsAgencyRequest {
            agency_name_suffix: self.agency_name_suffix,
        };
        let request = Request::new(Method::Post, "/v2/{project_id}/agency", OPERATION)
            .path_param(
                "project_id",
                required(self.project_id, OPERATION, "project_id")?,
            )
            .json_body(&body)?;
        self.client.send_empty(request).await
    }
}
crate::support::setters!(
    CreatingAModelArtsAgency { #[doc =
    " Project ID. For details about how to obtain a project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc = " Agency name suffix."] #[doc =
    " The parameter contains a maximum of 50 characters."] #[doc =
    " The agency name prefix is consistently to be **ma\\_agency**."] #[doc =
    " For example, if the value of this parameter is **iam-user01**, the name of the created agency is **ma\\_agency\\_iam-user01**."]
    #[doc =
    " The value of this parameter is left blank by default, indicating that an agency named **modelarts\\_agency** is created."]
    #[doc = ""] #[doc = " Length at most 50."] agency_name_suffix : String }
);
/// Request builder for `querying_the_list_of_a_processing_task`: `GET /v2/{project_id}/processor-tasks`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct QueryingTheListOfAProcessingTask {
    client: docsdk_runtime::Client,
    project_id: Option<String>,
    limit: Option<i64>,
    offset: Option<i64>,
    order: Option<types::Order>,
    query_current: Option<bool>,
    return_result: Option<bool>,
    sort_by: Option<types::SortBy3>,
    source: Option<String>,
    source_type: Option<types::ProcessorDataSourceType>,
    status: Option<i64>,
    task_name: Option<String>,
    task_type: Option<types::TemplateParamId>,
    version_id: Option<Vec<String>>,
    workspace_id: Option<String>,
}
impl QueryingTheListOfAProcessingTask {
    pub(crate) fn new(client: docsdk_runtime::Client) -> Self {
        Self {
            client,
            project_id: None,
            limit: None,
            offset: None,
            order: None,
            query_current: None,
            return_result: None,
            sort_by: None,
            source: None,
            source_type: None,
            status: None,
            task_name: None,
            task_type: None,
            version_id: None,
            workspace_id: None,
        }
    }
    /// Sends the request and returns the 200 response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<types::ListProcessorTasksResp> {
        const OPERATION: &str = "querying_the_list_of_a_processing_task";
        let mut request = Request::new(
                Method::Get,
                "/v2/{project_id}/processor-tasks",
                OPERATION,
            )
            .path_param(
                "project_id",
                required(self.project_id, OPERATION, "project_id")?,
            )
            .query_opt("limit", self.limit)
            .query_opt("offset", self.offset)
            .query_opt("order", self.order)
            .query_opt("query_current", self.query_current)
            .query_opt("return_result", self.return_result)
            .query_opt("sort_by", self.sort_by)
            .query_opt("source", self.source)
            .query_opt("source_type", self.source_type)
            .query_opt("status", self.status)
            .query_opt("task_name", self.task_name)
            .query_opt("task_type", self.task_type)
            .query_opt("workspace_id", self.workspace_id);
        for value in self.version_id.unwrap_or_default() {
            request = request.query("version_id", value);
        }
        self.client.send_json(request).await
    }
}
crate::support::setters!(
    QueryingTheListOfAProcessingTask { #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc =
    " Maximum number of records returned on each page. The value ranges from 1 to 100. The default value is **10**."]
    #[doc = ""] #[doc = " Query parameter `limit`. Default: `10`. Range 1 to 100."] limit
    : i64, #[doc =
    " Start page of the paging list. The default value is **0**. Query parameter `offset`. Default: `0`."]
    offset : i64, #[doc = " Sorting sequence of the query. The options are as follows:"]
    #[doc = ""] #[doc = " - **asc**: ascending order"] #[doc =
    " - **desc**: descending order (default value)"] #[doc = ""] #[doc =
    " Query parameter `order`. Default: `desc`."] order : types::Order, #[doc =
    " Whether to query only the latest tasks of dataset version. The options are as follows:"]
    #[doc = ""] #[doc =
    " - **true**: Query only the latest tasks of the dataset version."] #[doc =
    " - **false**: Query all tasks of the dataset version. (Default value)"] #[doc = ""]
    #[doc = " Query parameter `query_current`. Default: `false`."] query_current : bool,
    #[doc = " Whether to return the task result. The options are as follows:"] #[doc =
    ""] #[doc = " - **true**: Return the task result. (Default value)"] #[doc =
    " - **false**: Do not return the task result."] #[doc = ""] #[doc =
    " Query parameter `return_result`. Default: `true`."] return_result : bool, #[doc =
    " Sorting mode of the query. The options are as follows:"] #[doc = ""] #[doc =
    " - **create\\_time**: Sort by creation time. (Default value)"] #[doc =
    " - **name**: Sort by task name."] #[doc =
    " - **duration\\_seconds**: Sort by running time."] #[doc = ""] #[doc =
    " Query parameter `sort_by`. Default: `create_time`."] sort_by : types::SortBy3,
    #[doc = " Data source path of the query. The options are as follows:"] #[doc = ""]
    #[doc = " - If **type** is set to **OBS**, **source** is an OBS path."] #[doc =
    " - If **type** is set to **TASK**, **source** is a task ID."] #[doc =
    " - If **type** is set to **DATASET**, **source** is a dataset ID."] #[doc =
    " - If **type** is set to **CUSTOM** and the API is called by resource tenants, set **source** to the **project\\_id** of the actual user. Otherwise, this field is left blank."]
    #[doc = ""] #[doc = " Query parameter `source`."] source : String, #[doc =
    " Data source type of the query. If this parameter is not specified, all data sources are queried by default. The options are as follows:"]
    #[doc = ""] #[doc = " - **OBS**: Data obtained from OBS"] #[doc =
    " - **TASK**: Data processing task"] #[doc = " - **DATASET**: Dataset"] #[doc =
    " - **CUSTOM**: Data called by resource tenants"] #[doc = ""] #[doc =
    " Query parameter `source_type`."] source_type : types::ProcessorDataSourceType,
    #[doc =
    " Task status of the query. If this parameter is not specified, tasks in all states are queried by default. The options are as follows:"]
    #[doc = ""] #[doc = " - **0**: initialized"] #[doc = " - **1**: running"] #[doc =
    " - **2**: completed"] #[doc = " - **3**: failed"] #[doc = " - **4**: stopped"] #[doc
    = ""] #[doc = " Query parameter `status`."] status : i64, #[doc =
    " Fuzzy search keyword. Query parameter `task_name`."] task_name : String, #[doc =
    " Task type, that is, ID of a data processing template. The options are as follows:"]
    #[doc = ""] #[doc = " - **sys\\_data\\_analyse**: feature analysis"] #[doc =
    " - **sys\\_data\\_cleaning**: data cleansing"] #[doc =
    " - **sys\\_data\\_augmentation**: data augmentation"] #[doc =
    " - **sys\\_data\\_validation**: data validation"] #[doc =
    " - **sys\\_data\\_selection**: data selection"] #[doc = ""] #[doc =
    " Query parameter `task_type`."] task_type : types::TemplateParamId, #[doc =
    " Version ID list of a specific dataset of the query. Query parameter `version_id`."]
    version_id : Vec < String >, #[doc =
    " Workspace ID. If no workspace is created, the default value is **0**. If a workspace is created and used, use the actual value."]
    #[doc = ""] #[doc = " Query parameter `workspace_id`. Default: `0`."] workspace_id :
    String }
);
/// Request builder for `creating_a_processing_task`: `POST /v2/{project_id}/processor-tasks`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct CreatingAProcessingTask {
    client: docsdk_runtime::Client,
    project_id: Option<String>,
    create_version: Option<bool>,
    data_source: Option<types::ProcessorDataSource>,
    description: Option<String>,
    inputs: Option<Vec<types::ProcessorDataSource>>,
    name: Option<String>,
    template: Option<types::TemplateParam>,
    version_id: Option<String>,
    work_path: Option<types::WorkPath>,
    workspace_id: Option<String>,
}
impl CreatingAProcessingTask {
    pub(crate) fn new(client: docsdk_runtime::Client) -> Self {
        Self {
            client,
            project_id: None,
            create_version: None,
            data_source: None,
            description: None,
            inputs: None,
            name: None,
            template: None,
            version_id: None,
            work_path: None,
            workspace_id: None,
        }
    }
    /// Sends the request and returns the 200 response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<types::CreateProcessorTaskResp> {
        const OPERATION: &str = "creating_a_processing_task";
        let body = types::CreateProcessorTaskReq {
            create_version: self.create_version,
            data_source: self.data_source,
            description: self.description,
            inputs: self.inputs,
            name: required(self.name, OPERATION, "name")?,
            template: self.template,
            version_id: self.version_id,
            work_path: self.work_path,
            workspace_id: self.workspace_id,
        };
        let request = Request::new(
                Method::Post,
                "/v2/{project_id}/processor-tasks",
                OPERATION,
            )
            .path_param(
                "project_id",
                required(self.project_id, OPERATION, "project_id")?,
            )
            .json_body(&body)?;
        self.client.send_json(request).await
    }
}
crate::support::setters!(
    CreatingAProcessingTask { #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc =
    " Whether to synchronously create a task version when creating a task. Set this parameter to **true** only when creating a data processing task. For other types of tasks, this parameter is set to **false** or left blank. The options are as follows:"]
    #[doc = ""] #[doc = " - **true**: Create a task version when creating a task."] #[doc
    = " - **false**: Do not create a task version when creating a task. (Default value)"]
    #[doc = ""] #[doc = " Default: `false`."] create_version : bool, #[doc =
    " Data source. Either this parameter or **inputs** is used. A data source path cannot be an OBS path in a KMS-encrypted bucket."]
    data_source : types::ProcessorDataSource, #[doc =
    " Description of a data processing task. The description contains 0 to 256 characters and does not support the following special characters: ^\\!\\<\\>=\\&\"'"]
    #[doc = ""] #[doc = " Length 0 to 256."] description : String, #[doc =
    " Data sources. Either this parameter or **data\\_source** is used. A data source path cannot be an OBS path in a KMS-encrypted bucket."]
    inputs : Vec < types::ProcessorDataSource >, #[doc =
    " Name of a data processing task."] name : String, #[doc =
    " Data processing template, such as the algorithm ID and parameters."] template :
    types::TemplateParam, #[doc = " Dataset version ID."] version_id : String, #[doc =
    " Work directory of a data processing task. A work directory cannot be an OBS path in a KMS-encrypted bucket."]
    work_path : types::WorkPath, #[doc =
    " Workspace ID. If no workspace is created, the default value is **0**. If a workspace is created and used, use the actual value. Default: `0`."]
    workspace_id : String }
);
/// Request builder for `querying_the_version_list_of_a_data_processing_task`: `GET /v2/{project_id}/processor-tasks/{task_id}/versions`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct QueryingTheVersionListOfADataProcessingTask {
    client: docsdk_runtime::Client,
    project_id: Option<String>,
    task_id: Option<String>,
    limit: Option<i64>,
    offset: Option<i64>,
    order: Option<types::Order>,
    sort_by: Option<types::SortBy4>,
}
impl QueryingTheVersionListOfADataProcessingTask {
    pub(crate) fn new(client: docsdk_runtime::Client) -> Self {
        Self {
            client,
            project_id: None,
            task_id: None,
            limit: None,
            offset: None,
            order: None,
            sort_by: None,
        }
    }
    /// Sends the request and returns the 200 response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<types::ListTaskVersionsResp> {
        const OPERATION: &str = "querying_the_version_list_of_a_data_processing_task";
        let request = Request::new(
                Method::Get,
                "/v2/{project_id}/processor-tasks/{task_id}/versions",
                OPERATION,
            )
            .path_param(
                "project_id",
                required(self.project_id, OPERATION, "project_id")?,
            )
            .path_param("task_id", required(self.task_id, OPERATION, "task_id")?)
            .query_opt("limit", self.limit)
            .query_opt("offset", self.offset)
            .query_opt("order", self.order)
            .query_opt("sort_by", self.sort_by);
        self.client.send_json(request).await
    }
}
crate::support::setters!(
    QueryingTheVersionListOfADataProcessingTask { #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc =
    " ID of a data processing task. Path parameter `task_id`."] task_id : String, #[doc =
    " Maximum number of records returned on each page. The value ranges from 1 to 100. The default value is **100**."]
    #[doc = ""] #[doc = " Query parameter `limit`. Default: `100`. Range 1 to 100."]
    limit : i64, #[doc =
    " Start page of the paging list. The default value is **0**. Query parameter `offset`. Default: `0`."]
    offset : i64, #[doc = " Sorting sequence of the query. The options are as follows:"]
    #[doc = ""] #[doc = " - **asc**: ascending order"] #[doc =
    " - **desc**: descending order (default value)"] #[doc = ""] #[doc =
    " Query parameter `order`. Default: `desc`."] order : types::Order, #[doc =
    " Sorting mode of the query. The options are as follows:"] #[doc = ""] #[doc =
    " - **create\\_time**: Sort by creation time. (Default value)"] #[doc =
    " - **version\\_name**: Sort by task version name."] #[doc = ""] #[doc =
    " Query parameter `sort_by`. Default: `create_time`."] sort_by : types::SortBy4 }
);
/// Request builder for `creating_a_data_processing_task_version`: `POST /v2/{project_id}/processor-tasks/{task_id}/versions`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct CreatingADataProcessingTaskVersion {
    client: docsdk_runtime::Client,
    project_id: Option<String>,
    task_id: Option<String>,
    create_version: Option<bool>,
    data_source: Option<types::ProcessorDataSource>,
    description: Option<String>,
    inputs: Option<Vec<types::ProcessorDataSource>>,
    name: Option<String>,
    task_id_2: Option<String>,
    template: Option<types::TemplateParam>,
    version_id: Option<String>,
    work_path: Option<types::WorkPath>,
    workspace_id: Option<String>,
}
impl CreatingADataProcessingTaskVersion {
    pub(crate) fn new(client: docsdk_runtime::Client) -> Self {
        Self {
            client,
            project_id: None,
            task_id: None,
            create_version: None,
            data_source: None,
            description: None,
            inputs: None,
            name: None,
            task_id_2: None,
            template: None,
            version_id: None,
            work_path: None,
            workspace_id: None,
        }
    }
    /// Sends the request and returns the 200 response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<types::CreateTaskVersionResp> {
        const OPERATION: &str = "creating_a_data_processing_task_version";
        let body = types::CreateTaskVersionReq {
            create_version: self.create_version,
            data_source: self.data_source,
            description: self.description,
            inputs: self.inputs,
            name: required(self.name, OPERATION, "name")?,
            task_id: required(self.task_id_2, OPERATION, "task_id")?,
            template: self.template,
            version_id: self.version_id,
            work_path: self.work_path,
            workspace_id: self.workspace_id,
        };
        let request = Request::new(
                Method::Post,
                "/v2/{project_id}/processor-tasks/{task_id}/versions",
                OPERATION,
            )
            .path_param(
                "project_id",
                required(self.project_id, OPERATION, "project_id")?,
            )
            .path_param("task_id", required(self.task_id, OPERATION, "task_id")?)
            .json_body(&body)?;
        self.client.send_json(request).await
    }
}
crate::support::setters!(
    CreatingADataProcessingTaskVersion { #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc =
    " ID of a data processing task. Path parameter `task_id`."] task_id : String, #[doc =
    " Whether to synchronously create a task version when creating a task. The options are as follows:"]
    #[doc = ""] #[doc = " - **true**: Create a task version when creating a task."] #[doc
    = " - **false**: Do not create a task version when creating a task. (Default value)"]
    #[doc = ""] #[doc = " Default: `false`."] create_version : bool, #[doc =
    " Data source. Either this parameter or **inputs** is delivered."] data_source :
    types::ProcessorDataSource, #[doc =
    " Description of a data processing task. The description contains 0 to 256 characters and does not support the following special characters: ^\\!\\<\\>=\\&\"'"]
    #[doc = ""] #[doc = " Length 0 to 256."] description : String, #[doc =
    " Data source list. Either this parameter or **data\\_source** is delivered."] inputs
    : Vec < types::ProcessorDataSource >, #[doc = " Name of a data processing task."]
    name : String, #[doc = " ID of a data processing task."] task_id_2 : String, #[doc =
    " Data processing template, such as the algorithm ID and parameters."] template :
    types::TemplateParam, #[doc = " Dataset version ID."] version_id : String, #[doc =
    " Working directory of a data processing task."] work_path : types::WorkPath, #[doc =
    " Workspace ID. If no workspace is created, the default value is **0**. If a workspace is created and used, use the actual value. Default: `0`."]
    workspace_id : String }
);
/// Request builder for `querying_the_intelligent_task_list_by_page`: `GET /v2/{project_id}/datasets/{dataset_id}/tasks`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct QueryingTheIntelligentTaskListByPage {
    client: docsdk_runtime::Client,
    dataset_id: Option<String>,
    project_id: Option<String>,
    limit: Option<i64>,
    offset: Option<i64>,
    task_name: Option<String>,
    type_: Option<types::SmartTaskRequestTaskType>,
}
impl QueryingTheIntelligentTaskListByPage {
    pub(crate) fn new(client: docsdk_runtime::Client) -> Self {
        Self {
            client,
            dataset_id: None,
            project_id: None,
            limit: None,
            offset: None,
            task_name: None,
            type_: None,
        }
    }
    /// Sends the request and returns the 200 response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<types::ListTaskResp> {
        const OPERATION: &str = "querying_the_intelligent_task_list_by_page";
        let request = Request::new(
                Method::Get,
                "/v2/{project_id}/datasets/{dataset_id}/tasks",
                OPERATION,
            )
            .path_param(
                "dataset_id",
                required(self.dataset_id, OPERATION, "dataset_id")?,
            )
            .path_param(
                "project_id",
                required(self.project_id, OPERATION, "project_id")?,
            )
            .query_opt("limit", self.limit)
            .query_opt("offset", self.offset)
            .query_opt("task_name", self.task_name)
            .query_opt("type", self.type_);
        self.client.send_json(request).await
    }
}
crate::support::setters!(
    QueryingTheIntelligentTaskListByPage { #[doc =
    " Dataset ID. Path parameter `dataset_id`."] dataset_id : String, #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc =
    " Maximum number of records returned on each page. The value ranges from 1 to 100. The default value is **10**."]
    #[doc = ""] #[doc = " Query parameter `limit`. Default: `10`. Range 1 to 100."] limit
    : i64, #[doc =
    " Start page of the paging list. The default value is **0**. Query parameter `offset`. Default: `0`."]
    offset : i64, #[doc = " Task name filtering. Query parameter `task_name`."] task_name
    : String, #[doc =
    " Task type. If this parameter is not delivered, the auto labeling (active learning or pre-labeling) task list is returned by default. The options are as follows:"]
    #[doc = ""] #[doc = " - **auto-label**: active learning"] #[doc =
    " - **pre-label**: pre-labeling"] #[doc = " - **auto-grouping**: auto grouping"]
    #[doc = " - **auto-deploy**: one-click model deployment"] #[doc = ""] #[doc =
    " Query parameter `type`."] type_ : types::SmartTaskRequestTaskType }
);
/// Request builder for `starting_intelligent_tasks`: `POST /v2/{project_id}/datasets/{dataset_id}/tasks`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct StartingIntelligentTasks {
    client: docsdk_runtime::Client,
    dataset_id: Option<String>,
    project_id: Option<String>,
    collect_key_sample: Option<bool>,
    config: Option<types::SmartTaskConfig>,
    model_id: Option<String>,
    task_type: Option<types::SmartTaskRequestTaskType>,
}
impl StartingIntelligentTasks {
    pub(crate) fn new(client: docsdk_runtime::Client) -> Self {
        Self {
            client,
            dataset_id: None,
            project_id: None,
            collect_key_sample: None,
            config: None,
            model_id: None,
            task_type: None,
        }
    }
    /// Sends the request and returns the 200 response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<types::SmartTaskResp> {
        const OPERATION: &str = "starting_intelligent_tasks";
        let body = types::SmartTaskRequest {
            collect_key_sample: self.collect_key_sample,
            config: self.config,
            model_id: self.model_id,
            task_type: self.task_type,
        };
        let request = Request::new(
                Method::Post,
                "/v2/{project_id}/datasets/{dataset_id}/tasks",
                OPERATION,
            )
            .path_param(
                "dataset_id",
                required(self.dataset_id, OPERATION, "dataset_id")?,
            )
            .path_param(
                "project_id",
                required(self.project_id, OPERATION, "project_id")?,
            )
            .json_body(&body)?;
        self.client.send_json(request).await
    }
}
crate::support::setters!(
    StartingIntelligentTasks { #[doc = " Dataset ID. Path parameter `dataset_id`."]
    dataset_id : String, #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc =
    " Whether to collect key samples. The options are as follows:"] #[doc = ""] #[doc =
    " - **true**: Collect key samples."] #[doc =
    " - **false**: Do not collect key samples. (Default value)"] #[doc = ""] #[doc =
    " Default: `false`."] collect_key_sample : bool, #[doc = " Task configuration."]
    config : types::SmartTaskConfig, #[doc = " Model ID."] model_id : String, #[doc =
    " Task type. The options are as follows:"] #[doc = ""] #[doc =
    " - **auto-label**: active learning"] #[doc = " - **pre-label**: pre-labeling"] #[doc
    = " - **auto-grouping**: auto grouping"] #[doc =
    " - **auto-deploy**: one-click model deployment"] task_type :
    types::SmartTaskRequestTaskType }
);
/// Request builder for `querying_the_list_of_labeling_team_members`: `GET /v2/{project_id}/workforces/{workforce_id}/workers`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct QueryingTheListOfLabelingTeamMembers {
    client: docsdk_runtime::Client,
    project_id: Option<String>,
    workforce_id: Option<String>,
    limit: Option<i64>,
    offset: Option<i64>,
    order: Option<types::Order>,
    sort_by: Option<types::SortBy5>,
}
impl QueryingTheListOfLabelingTeamMembers {
    pub(crate) fn new(client: docsdk_runtime::Client) -> Self {
        Self {
            client,
            project_id: None,
            workforce_id: None,
            limit: None,
            offset: None,
            order: None,
            sort_by: None,
        }
    }
    /// Sends the request and returns the 200 response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<types::ListWorkersResp> {
        const OPERATION: &str = "querying_the_list_of_labeling_team_members";
        let request = Request::new(
                Method::Get,
                "/v2/{project_id}/workforces/{workforce_id}/workers",
                OPERATION,
            )
            .path_param(
                "project_id",
                required(self.project_id, OPERATION, "project_id")?,
            )
            .path_param(
                "workforce_id",
                required(self.workforce_id, OPERATION, "workforce_id")?,
            )
            .query_opt("limit", self.limit)
            .query_opt("offset", self.offset)
            .query_opt("order", self.order)
            .query_opt("sort_by", self.sort_by);
        self.client.send_json(request).await
    }
}
crate::support::setters!(
    QueryingTheListOfLabelingTeamMembers { #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc =
    " ID of a labeling team. Path parameter `workforce_id`."] workforce_id : String,
    #[doc =
    " Maximum number of records returned on each page. The value ranges from 1 to 100. The default value is **10**."]
    #[doc = ""] #[doc = " Query parameter `limit`. Default: `10`. Range 1 to 100."] limit
    : i64, #[doc =
    " Start page of the paging list. The default value is **0**. Query parameter `offset`. Default: `0`."]
    offset : i64, #[doc =
    " Sorting sequence. The options are as follows: - **asc**: ascending order - **desc**: descending order (default value). Query parameter `order`. Default: `desc`."]
    order : types::Order, #[doc =
    " Sorting mode of the query. The options are as follows: - **create\\_time**: Sort by creation time. (Default value) - **email**: Sort by email."]
    #[doc = ""] #[doc = " Query parameter `sort_by`. Default: `create_time`."] sort_by :
    types::SortBy5 }
);
/// Request builder for `creating_a_labeling_team_member`: `POST /v2/{project_id}/workforces/{workforce_id}/workers`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct CreatingALabelingTeamMember {
    client: docsdk_runtime::Client,
    project_id: Option<String>,
    workforce_id: Option<String>,
    description: Option<String>,
    emails: Option<String>,
    role: Option<i64>,
}
impl CreatingALabelingTeamMember {
    pub(crate) fn new(client: docsdk_runtime::Client) -> Self {
        Self {
            client,
            project_id: None,
            workforce_id: None,
            description: None,
            emails: None,
            role: None,
        }
    }
    /// Sends the request and returns the 201 response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<()> {
        const OPERATION: &str = "creating_a_labeling_team_member";
        let body = types::CreateWorkerReq {
            description: self.description,
            emails: required(self.emails, OPERATION, "emails")?,
            role: required(self.role, OPERATION, "role")?,
        };
        let request = Request::new(
                Method::Post,
                "/v2/{project_id}/workforces/{workforce_id}/workers",
                OPERATION,
            )
            .path_param(
                "project_id",
                required(self.project_id, OPERATION, "project_id")?,
            )
            .path_param(
                "workforce_id",
                required(self.workforce_id, OPERATION, "workforce_id")?,
            )
            .json_body(&body)?;
        self.client.send_empty(request).await
    }
}
crate::support::setters!(
    CreatingALabelingTeamMember { #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc =
    " ID of a labeling team. Path parameter `workforce_id`."] workforce_id : String,
    #[doc =
    " Member description. The description contains 0 to 256 characters and does not support the following special characters: ^\\!\\<\\>=\\&\"'. Length 0 to 256."]
    description : String, #[doc = " Email address of a labeling team member."] emails :
    String, #[doc =
    " Member role. The options are as follows: - **0**: labeling personnel - **1**: reviewer - **2**: team administrator"]
    role : i64 }
);
/// Request builder for `querying_the_labeling_team_list`: `GET /v2/{project_id}/workforces`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct QueryingTheLabelingTeamList {
    client: docsdk_runtime::Client,
    project_id: Option<String>,
    limit: Option<i64>,
    offset: Option<i64>,
    order: Option<types::Order>,
    search_content: Option<String>,
    sort_by: Option<types::SortBy6>,
    workforce_task_id: Option<String>,
}
impl QueryingTheLabelingTeamList {
    pub(crate) fn new(client: docsdk_runtime::Client) -> Self {
        Self {
            client,
            project_id: None,
            limit: None,
            offset: None,
            order: None,
            search_content: None,
            sort_by: None,
            workforce_task_id: None,
        }
    }
    /// Sends the request and returns the 200 response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<types::ListWorkforcesResp> {
        const OPERATION: &str = "querying_the_labeling_team_list";
        let request = Request::new(Method::Get, "/v2/{project_id}/workforces", OPERATION)
            .path_param(
                "project_id",
                required(self.project_id, OPERATION, "project_id")?,
            )
            .query_opt("limit", self.limit)
            .query_opt("offset", self.offset)
            .query_opt("order", self.order)
            .query_opt("search_content", self.search_content)
            .query_opt("sort_by", self.sort_by)
            .query_opt("workforce_task_id", self.workforce_task_id);
        self.client.send_json(request).await
    }
}
crate::support::setters!(
    QueryingTheLabelingTeamList { #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc =
    " Maximum number of records returned on each page. The value ranges from 1 to 100. The default value is **10**."]
    #[doc = ""] #[doc = " Query parameter `limit`. Default: `10`. Range 1 to 100."] limit
    : i64, #[doc =
    " Start page of the paging list. The default value is **0**. Query parameter `offset`. Default: `0`."]
    offset : i64, #[doc =
    " Sorting sequence of the query. The options are as follows: - **asc**: ascending order - **desc**: descending order (default value)"]
    #[doc = ""] #[doc = " Query parameter `order`. Default: `desc`."] order :
    types::Order, #[doc =
    " Fuzzy search keyword. By default, this parameter is left blank. Query parameter `search_content`."]
    search_content : String, #[doc =
    " Sorting mode of the query. The options are as follows: - **create\\_time**: Sort by creation time. (Default value) - **workforce\\_name**: Sort by labeling team name."]
    #[doc = ""] #[doc = " Query parameter `sort_by`. Default: `create_time`."] sort_by :
    types::SortBy6, #[doc =
    " ID of a team labeling task. Query parameter `workforce_task_id`."]
    workforce_task_id : String }
);
/// Request builder for `creating_a_labeling_team`: `POST /v2/{project_id}/workforces`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct CreatingALabelingTeam {
    client: docsdk_runtime::Client,
    project_id: Option<String>,
    description: Option<String>,
    workforce_name: Option<String>,
}
impl CreatingALabelingTeam {
    pub(crate) fn new(client: docsdk_runtime::Client) -> Self {
        Self {
            client,
            project_id: None,
            description: None,
            workforce_name: None,
        }
    }
    /// Sends the request and returns the 201 response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<types::CreateWorkforceResp> {
        const OPERATION: &str = "creating_a_labeling_team";
        let body = types::CreateWorkforceReq {
            description: self.description,
            workforce_name: required(self.workforce_name, OPERATION, "workforce_name")?,
        };
        let request = Request::new(
                Method::Post,
                "/v2/{project_id}/workforces",
                OPERATION,
            )
            .path_param(
                "project_id",
                required(self.project_id, OPERATION, "project_id")?,
            )
            .json_body(&body)?;
        self.client.send_json(request).await
    }
}
crate::support::setters!(
    CreatingALabelingTeam { #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc =
    " Labeling team description. The value contains 0 to 256 characters and does not support the following special characters: ^\\!\\<\\>=\\&\"'. Length 0 to 256."]
    description : String, #[doc =
    " Labeling team name. The value contains 1 to 64 characters, including only letters, digits, underscores (\\_), and hyphens (-). Length 1 to 64."]
    workforce_name : String }
);
/// Request builder for `querying_the_team_labeling_task_list_of_a_dataset`: `GET /v2/{project_id}/datasets/{dataset_id}/workforce-tasks`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct QueryingTheTeamLabelingTaskListOfADataset {
    client: docsdk_runtime::Client,
    dataset_id: Option<String>,
    project_id: Option<String>,
}
impl QueryingTheTeamLabelingTaskListOfADataset {
    pub(crate) fn new(client: docsdk_runtime::Client) -> Self {
        Self {
            client,
            dataset_id: None,
            project_id: None,
        }
    }
    /// Sends the request and returns the 200 response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<types::ListWorkforceTasksResp> {
        const OPERATION: &str = "querying_the_team_labeling_task_list_of_a_dataset";
        let request = Request::new(
                Method::Get,
                "/v2/{project_id}/datasets/{dataset_id}/workforce-tasks",
                OPERATION,
            )
            .path_param(
                "dataset_id",
                required(self.dataset_id, OPERATION, "dataset_id")?,
            )
            .path_param(
                "project_id",
                required(self.project_id, OPERATION, "project_id")?,
            );
        self.client.send_json(request).await
    }
}
crate::support::setters!(
    QueryingTheTeamLabelingTaskListOfADataset { #[doc =
    " Dataset ID. Path parameter `dataset_id`."] dataset_id : String, #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String }
);
/// Request builder for `creating_a_team_labeling_task`: `POST /v2/{project_id}/datasets/{dataset_id}/workforce-tasks`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct CreatingATeamLabelingTask {
    client: docsdk_runtime::Client,
    dataset_id: Option<String>,
    project_id: Option<String>,
    auto_sync_dataset: Option<bool>,
    data_sync_type: Option<i64>,
    repetition: Option<i64>,
    sample_conditions: Option<String>,
    synchronize_auto_labeling_data: Option<bool>,
    workforces_config: Option<types::WorkforcesConfig>,
}
impl CreatingATeamLabelingTask {
    pub(crate) fn new(client: docsdk_runtime::Client) -> Self {
        Self {
            client,
            dataset_id: None,
            project_id: None,
            auto_sync_dataset: None,
            data_sync_type: None,
            repetition: None,
            sample_conditions: None,
            synchronize_auto_labeling_data: None,
            workforces_config: None,
        }
    }
    /// Sends the request and returns the 200 response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<types::CreateWorkforceTaskResp> {
        const OPERATION: &str = "creating_a_team_labeling_task";
        let body = types::CreateWorkforceTaskReq {
            auto_sync_dataset: self.auto_sync_dataset,
            data_sync_type: self.data_sync_type,
            repetition: self.repetition,
            sample_conditions: self.sample_conditions,
            synchronize_auto_labeling_data: self.synchronize_auto_labeling_data,
            workforces_config: self.workforces_config,
        };
        let request = Request::new(
                Method::Post,
                "/v2/{project_id}/datasets/{dataset_id}/workforce-tasks",
                OPERATION,
            )
            .path_param(
                "dataset_id",
                required(self.dataset_id, OPERATION, "dataset_id")?,
            )
            .path_param(
                "project_id",
                required(self.project_id, OPERATION, "project_id")?,
            )
            .json_body(&body)?;
        self.client.send_json(request).await
    }
}
crate::support::setters!(
    CreatingATeamLabelingTask { #[doc = " Dataset ID. Path parameter `dataset_id`."]
    dataset_id : String, #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc =
    " Whether to automatically synchronize the result of a team labeling task to the dataset. The options are as follows: - **true**: Automatically synchronize the result of a team labeling task to the dataset. (Default value) - **false**: Do not automatically synchronize the result of a team labeling task to the dataset."]
    #[doc = ""] #[doc = " Default: `true`."] auto_sync_dataset : bool, #[doc =
    " Synchronization type. The options are as follows: - **0**: not to be synchronized - **1**: data to be synchronized - **2**: label to be synchronized - **3**: data and label to be synchronized"]
    data_sync_type : i64, #[doc =
    " Number of persons who label each sample in a team labeling task. The minimum value is **1**. Range at least 1."]
    repetition : i64, #[doc =
    " Search conditions of dataset samples. Samples that meet the conditions are filtered for team labeling."]
    sample_conditions : String, #[doc =
    " Whether to synchronize the auto labeling result of a team labeling task. The options are as follows: - **true**: Synchronize the results to be confirmed to team members after auto labeling is complete. - **false**: Do not synchronize the auto labeling results. (Default value)"]
    #[doc = ""] #[doc = " Default: `false`."] synchronize_auto_labeling_data : bool,
    #[doc =
    " Team labeling task information: Tasks can be assigned by the team administrator or a specified team."]
    workforces_config : types::WorkforcesConfig }
);
/// Request builder for `querying_details_about_a_dataset`: `GET /v2/{project_id}/datasets/{dataset_id}`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct QueryingDetailsAboutADataset {
    client: docsdk_runtime::Client,
    dataset_id: Option<String>,
    project_id: Option<String>,
    check_running_task: Option<bool>,
    running_task_type: Option<i64>,
}
impl QueryingDetailsAboutADataset {
    pub(crate) fn new(client: docsdk_runtime::Client) -> Self {
        Self {
            client,
            dataset_id: None,
            project_id: None,
            check_running_task: None,
            running_task_type: None,
        }
    }
    /// Sends the request and returns the 200 response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<types::DescDatasetResp> {
        const OPERATION: &str = "querying_details_about_a_dataset";
        let request = Request::new(
                Method::Get,
                "/v2/{project_id}/datasets/{dataset_id}",
                OPERATION,
            )
            .path_param(
                "dataset_id",
                required(self.dataset_id, OPERATION, "dataset_id")?,
            )
            .path_param(
                "project_id",
                required(self.project_id, OPERATION, "project_id")?,
            )
            .query_opt("check_running_task", self.check_running_task)
            .query_opt("running_task_type", self.running_task_type);
        self.client.send_json(request).await
    }
}
crate::support::setters!(
    QueryingDetailsAboutADataset { #[doc = " Dataset ID. Path parameter `dataset_id`."]
    dataset_id : String, #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc =
    " Whether to detect tasks (including initialization tasks) that are running in a dataset. The options are as follows: - **true**: Detect tasks (including initialization tasks) that are running in the dataset. - **false**: Do not detect tasks that are running in the dataset. (Default value)"]
    #[doc = ""] #[doc = " Query parameter `check_running_task`. Default: `false`."]
    check_running_task : bool, #[doc =
    " Type of the running tasks (including initialization tasks) to be detected. The options are as follows: - **0**: auto labeling - **1**: pre-labeling - **2**: export - **3**: version switch - **4**: manifest file export - **5**: manifest file import - **6**: version publishing - **7**: auto grouping - **10**: one-click model deployment (default value)"]
    #[doc = ""] #[doc = " Query parameter `running_task_type`. Default: `10`."]
    running_task_type : i64 }
);
/// Request builder for `modifying_a_dataset`: `PUT /v2/{project_id}/datasets/{dataset_id}`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct ModifyingADataset {
    client: docsdk_runtime::Client,
    dataset_id: Option<String>,
    project_id: Option<String>,
    add_labels: Option<Vec<types::Label>>,
    current_version_id: Option<String>,
    dataset_name: Option<String>,
    delete_labels: Option<Vec<types::Label>>,
    description: Option<String>,
    update_labels: Option<Vec<types::Label>>,
}
impl ModifyingADataset {
    pub(crate) fn new(client: docsdk_runtime::Client) -> Self {
        Self {
            client,
            dataset_id: None,
            project_id: None,
            add_labels: None,
            current_version_id: None,
            dataset_name: None,
            delete_labels: None,
            description: None,
            update_labels: None,
        }
    }
    /// Sends the request and returns the 200 response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<types::UpdateDatasetResp> {
        const OPERATION: &str = "modifying_a_dataset";
        let body = types::UpdateDatasetReq {
            add_labels: self.add_labels,
            current_version_id: self.current_version_id,
            dataset_name: self.dataset_name,
            delete_labels: self.delete_labels,
            description: self.description,
            update_labels: self.update_labels,
        };
        let request = Request::new(
                Method::Put,
                "/v2/{project_id}/datasets/{dataset_id}",
                OPERATION,
            )
            .path_param(
                "dataset_id",
                required(self.dataset_id, OPERATION, "dataset_id")?,
            )
            .path_param(
                "project_id",
                required(self.project_id, OPERATION, "project_id")?,
            )
            .json_body(&body)?;
        self.client.send_json(request).await
    }
}
crate::support::setters!(
    ModifyingADataset { #[doc = " Dataset ID. Path parameter `dataset_id`."] dataset_id :
    String, #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc = " List of added labels."] add_labels : Vec <
    types::Label >, #[doc = " ID of current dataset version."] current_version_id :
    String, #[doc = " Dataset name."] dataset_name : String, #[doc =
    " List of deleted labels."] delete_labels : Vec < types::Label >, #[doc =
    " Dataset description. The value contains 0 to 256 characters and does not support the following special characters: ^\\!\\<\\>=\\&\"'. Length 0 to 256."]
    description : String, #[doc = " List of updated labels."] update_labels : Vec <
    types::Label > }
);
/// Request builder for `deleting_a_dataset`: `DELETE /v2/{project_id}/datasets/{dataset_id}`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct DeletingADataset {
    client: docsdk_runtime::Client,
    dataset_id: Option<String>,
    project_id: Option<String>,
}
impl DeletingADataset {
    pub(crate) fn new(client: docsdk_runtime::Client) -> Self {
        Self {
            client,
            dataset_id: None,
            project_id: None,
        }
    }
    /// Sends the request and returns the 204 response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<()> {
        const OPERATION: &str = "deleting_a_dataset";
        let request = Request::new(
                Method::Delete,
                "/v2/{project_id}/datasets/{dataset_id}",
                OPERATION,
            )
            .path_param(
                "dataset_id",
                required(self.dataset_id, OPERATION, "dataset_id")?,
            )
            .path_param(
                "project_id",
                required(self.project_id, OPERATION, "project_id")?,
            );
        self.client.send_empty(request).await
    }
}
crate::support::setters!(
    DeletingADataset { #[doc = " Dataset ID. Path parameter `dataset_id`."] dataset_id :
    String, #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String }
);
/// Request builder for `querying_details_about_a_dataset_version`: `GET /v2/{project_id}/datasets/{dataset_id}/versions/{version_id}`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct QueryingDetailsAboutADatasetVersion {
    client: docsdk_runtime::Client,
    dataset_id: Option<String>,
    project_id: Option<String>,
    version_id: Option<String>,
}
impl QueryingDetailsAboutADatasetVersion {
    pub(crate) fn new(client: docsdk_runtime::Client) -> Self {
        Self {
            client,
            dataset_id: None,
            project_id: None,
            version_id: None,
        }
    }
    /// Sends the request and returns the 200 response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<types::DatasetVersion> {
        const OPERATION: &str = "querying_details_about_a_dataset_version";
        let request = Request::new(
                Method::Get,
                "/v2/{project_id}/datasets/{dataset_id}/versions/{version_id}",
                OPERATION,
            )
            .path_param(
                "dataset_id",
                required(self.dataset_id, OPERATION, "dataset_id")?,
            )
            .path_param(
                "project_id",
                required(self.project_id, OPERATION, "project_id")?,
            )
            .path_param(
                "version_id",
                required(self.version_id, OPERATION, "version_id")?,
            );
        self.client.send_json(request).await
    }
}
crate::support::setters!(
    QueryingDetailsAboutADatasetVersion { #[doc =
    " Dataset ID. Path parameter `dataset_id`."] dataset_id : String, #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc = " Dataset version ID. Path parameter `version_id`."]
    version_id : String }
);
/// Request builder for `deleting_a_dataset_labeling_version`: `DELETE /v2/{project_id}/datasets/{dataset_id}/versions/{version_id}`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct DeletingADatasetLabelingVersion {
    client: docsdk_runtime::Client,
    dataset_id: Option<String>,
    project_id: Option<String>,
    version_id: Option<String>,
}
impl DeletingADatasetLabelingVersion {
    pub(crate) fn new(client: docsdk_runtime::Client) -> Self {
        Self {
            client,
            dataset_id: None,
            project_id: None,
            version_id: None,
        }
    }
    /// Sends the request and returns the 204 response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<()> {
        const OPERATION: &str = "deleting_a_dataset_labeling_version";
        let request = Request::new(
                Method::Delete,
                "/v2/{project_id}/datasets/{dataset_id}/versions/{version_id}",
                OPERATION,
            )
            .path_param(
                "dataset_id",
                required(self.dataset_id, OPERATION, "dataset_id")?,
            )
            .path_param(
                "project_id",
                required(self.project_id, OPERATION, "project_id")?,
            )
            .path_param(
                "version_id",
                required(self.version_id, OPERATION, "version_id")?,
            );
        self.client.send_empty(request).await
    }
}
crate::support::setters!(
    DeletingADatasetLabelingVersion { #[doc =
    " Dataset ID. Path parameter `dataset_id`."] dataset_id : String, #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc = " Dataset version ID. Path parameter `version_id`."]
    version_id : String }
);
/// Request builder for `updating_a_label_by_label_names`: `PUT /v2/{project_id}/datasets/{dataset_id}/data-annotations/labels/{label_name}`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct UpdatingALabelByLabelNames {
    client: docsdk_runtime::Client,
    dataset_id: Option<String>,
    label_name: Option<String>,
    project_id: Option<String>,
    label_type: Option<i64>,
    modelarts_color: Option<String>,
    modelarts_default_shape: Option<types::SampleLabelPropertyModelartsShape>,
    modelarts_from_type: Option<String>,
    modelarts_rename_to: Option<String>,
    modelarts_shortcut: Option<String>,
    modelarts_to_type: Option<String>,
}
impl UpdatingALabelByLabelNames {
    pub(crate) fn new(client: docsdk_runtime::Client) -> Self {
        Self {
            client,
            dataset_id: None,
            label_name: None,
            project_id: None,
            label_type: None,
            modelarts_color: None,
            modelarts_default_shape: None,
            modelarts_from_type: None,
            modelarts_rename_to: None,
            modelarts_shortcut: None,
            modelarts_to_type: None,
        }
    }
    /// Sends the request and returns the 204 response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<types::UpdateLabelResp> {
        const OPERATION: &str = "updating_a_label_by_label_names";
        let body = types::UpdateLabelReq {
            modelarts_color: self.modelarts_color,
            modelarts_default_shape: self.modelarts_default_shape,
            modelarts_from_type: self.modelarts_from_type,
            modelarts_rename_to: self.modelarts_rename_to,
            modelarts_shortcut: self.modelarts_shortcut,
            modelarts_to_type: self.modelarts_to_type,
        };
        let request = Request::new(
                Method::Put,
                "/v2/{project_id}/datasets/{dataset_id}/data-annotations/labels/{label_name}",
                OPERATION,
            )
            .path_param(
                "dataset_id",
                required(self.dataset_id, OPERATION, "dataset_id")?,
            )
            .path_param(
                "label_name",
                required(self.label_name, OPERATION, "label_name")?,
            )
            .path_param(
                "project_id",
                required(self.project_id, OPERATION, "project_id")?,
            )
            .query_opt("label_type", self.label_type)
            .json_body(&body)?;
        self.client.send_json(request).await
    }
}
crate::support::setters!(
    UpdatingALabelByLabelNames { #[doc = " Dataset ID. Path parameter `dataset_id`."]
    dataset_id : String, #[doc = " Label name. Path parameter `label_name`."] label_name
    : String, #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc =
    " Label type. The options are as follows: - **0**: image classification - **1**: object detection - **100**: text classification - **101**: named entity recognition - **102**: text triplet relationship - **103**: text triplet entity - **200**: speech classification - **201**: speech content - **202**: speech paragraph labeling - **600**: video classification"]
    #[doc = ""] #[doc = " Query parameter `label_type`."] label_type : i64, #[doc =
    " Default attribute: Label color, which is a hexadecimal code of the color. By default, this parameter is left blank. Example: **\\#FFFFF0**."]
    #[doc = ""] #[doc = " Wire name: `@modelarts:color`."] modelarts_color : String,
    #[doc =
    " Default attribute: Default shape of an object detection label (dedicated attribute). By default, this parameter is left blank. The options are as follows: - **bndbox**: rectangle - **polygon**: polygon - **circle**: circle - **line**: straight line - **dashed**: dotted line - **point**: point - **polyline**: polyline"]
    #[doc = ""] #[doc = " Wire name: `@modelarts:default_shape`."]
    modelarts_default_shape : types::SampleLabelPropertyModelartsShape, #[doc =
    " Default attribute: Type of the head entity in the triplet relationship label. This attribute must be specified when a relationship label is created. This parameter is used only for the text triplet dataset."]
    #[doc = ""] #[doc = " Wire name: `@modelarts:from_type`."] modelarts_from_type :
    String, #[doc =
    " Default attribute: The new name of the label. Wire name: `@modelarts:rename_to`."]
    modelarts_rename_to : String, #[doc =
    " Default attribute: Label shortcut key. By default, this parameter is left blank. For example: **D**. Wire name: `@modelarts:shortcut`."]
    modelarts_shortcut : String, #[doc =
    " Default attribute: Type of the tail entity in the triplet relationship label. This attribute must be specified when a relationship label is created. This parameter is used only for the text triplet dataset."]
    #[doc = ""] #[doc = " Wire name: `@modelarts:to_type`."] modelarts_to_type : String }
);
/// Request builder for `deleting_a_label_and_the_files_that_only_contain_the_label`: `DELETE /v2/{project_id}/datasets/{dataset_id}/data-annotations/labels/{label_name}`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct DeletingALabelAndTheFilesThatOnlyContainTheLabel {
    client: docsdk_runtime::Client,
    dataset_id: Option<String>,
    label_name: Option<String>,
    project_id: Option<String>,
    delete_source: Option<bool>,
    label_type: Option<i64>,
}
impl DeletingALabelAndTheFilesThatOnlyContainTheLabel {
    pub(crate) fn new(client: docsdk_runtime::Client) -> Self {
        Self {
            client,
            dataset_id: None,
            label_name: None,
            project_id: None,
            delete_source: None,
            label_type: None,
        }
    }
    /// Sends the request and returns the 204 response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<types::DeleteLabelResp> {
        const OPERATION: &str = "deleting_a_label_and_the_files_that_only_contain_the_label";
        let request = Request::new(
                Method::Delete,
                "/v2/{project_id}/datasets/{dataset_id}/data-annotations/labels/{label_name}",
                OPERATION,
            )
            .path_param(
                "dataset_id",
                required(self.dataset_id, OPERATION, "dataset_id")?,
            )
            .path_param(
                "label_name",
                required(self.label_name, OPERATION, "label_name")?,
            )
            .path_param(
                "project_id",
                required(self.project_id, OPERATION, "project_id")?,
            )
            .query_opt("delete_source", self.delete_source)
            .query_opt("label_type", self.label_type);
        self.client.send_json(request).await
    }
}
crate::support::setters!(
    DeletingALabelAndTheFilesThatOnlyContainTheLabel { #[doc =
    " Dataset ID. Path parameter `dataset_id`."] dataset_id : String, #[doc =
    " Label name. Path parameter `label_name`."] label_name : String, #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc =
    " Whether to delete the sample source files. The options are as follows: - **true**: Delete the sample source files. - **false**: Do not delete the sample source files. (Default value)"]
    #[doc = ""] #[doc = " Query parameter `delete_source`. Default: `false`."]
    delete_source : bool, #[doc =
    " Label type. The options are as follows: - **0**: image classification - **1**: object detection - **100**: text classification - **101**: named entity recognition - **102**: text triplet relationship - **103**: text triplet entity - **200**: speech classification - **201**: speech content - **202**: speech paragraph labeling - **600**: video classification"]
    #[doc = ""] #[doc = " Query parameter `label_type`."] label_type : i64 }
);
/// Request builder for `deleting_labels_in_batches`: `POST /v2/{project_id}/datasets/{dataset_id}/data-annotations/labels/delete`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct DeletingLabelsInBatches {
    client: docsdk_runtime::Client,
    dataset_id: Option<String>,
    project_id: Option<String>,
    delete_policy: Option<i64>,
    labels: Option<Vec<types::Label>>,
}
impl DeletingLabelsInBatches {
    pub(crate) fn new(client: docsdk_runtime::Client) -> Self {
        Self {
            client,
            dataset_id: None,
            project_id: None,
            delete_policy: None,
            labels: None,
        }
    }
    /// Sends the request and returns the 200 response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<types::DeleteLabelsResp> {
        const OPERATION: &str = "deleting_labels_in_batches";
        let body = types::DeleteLabelsReq {
            labels: self.labels,
        };
        let request = Request::new(
                Method::Post,
                "/v2/{project_id}/datasets/{dataset_id}/data-annotations/labels/delete",
                OPERATION,
            )
            .path_param(
                "dataset_id",
                required(self.dataset_id, OPERATION, "dataset_id")?,
            )
            .path_param(
                "project_id",
                required(self.project_id, OPERATION, "project_id")?,
            )
            .query_opt("delete_policy", self.delete_policy)
            .json_body(&body)?;
        self.client.send_json(request).await
    }
}
crate::support::setters!(
    DeletingLabelsInBatches { #[doc = " Dataset ID. Path parameter `dataset_id`."]
    dataset_id : String, #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc =
    " Whether to delete a label and samples containing the label. The options are as follows: - **0**: Delete the label. - **1**: Delete the label and the samples that only contain this label, but do not delete source files. - **2**: Delete the label and the samples that only contain this label and also delete source files."]
    #[doc = ""] #[doc = " Query parameter `delete_policy`."] delete_policy : i64, #[doc =
    " List of labels to be deleted."] labels : Vec < types::Label > }
);
/// Request builder for `querying_details_about_a_processing_task`: `GET /v2/{project_id}/processor-tasks/{task_id}`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct QueryingDetailsAboutAProcessingTask {
    client: docsdk_runtime::Client,
    project_id: Option<String>,
    task_id: Option<String>,
}
impl QueryingDetailsAboutAProcessingTask {
    pub(crate) fn new(client: docsdk_runtime::Client) -> Self {
        Self {
            client,
            project_id: None,
            task_id: None,
        }
    }
    /// Sends the request and returns the 200 response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<types::DescribeProcessorTaskResp> {
        const OPERATION: &str = "querying_details_about_a_processing_task";
        let request = Request::new(
                Method::Get,
                "/v2/{project_id}/processor-tasks/{task_id}",
                OPERATION,
            )
            .path_param(
                "project_id",
                required(self.project_id, OPERATION, "project_id")?,
            )
            .path_param("task_id", required(self.task_id, OPERATION, "task_id")?);
        self.client.send_json(request).await
    }
}
crate::support::setters!(
    QueryingDetailsAboutAProcessingTask { #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc =
    " ID of a data processing task. Path parameter `task_id`."] task_id : String }
);
/// Request builder for `updating_a_processing_task`: `PUT /v2/{project_id}/processor-tasks/{task_id}`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct UpdatingAProcessingTask {
    client: docsdk_runtime::Client,
    project_id: Option<String>,
    task_id: Option<String>,
    description: Option<String>,
}
impl UpdatingAProcessingTask {
    pub(crate) fn new(client: docsdk_runtime::Client) -> Self {
        Self {
            client,
            project_id: None,
            task_id: None,
            description: None,
        }
    }
    /// Sends the request and returns the 200 response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<()> {
        const OPERATION: &str = "updating_a_processing_task";
        let body = types::UpdateProcessorTaskReq {
            description: self.description,
        };
        let request = Request::new(
                Method::Put,
                "/v2/{project_id}/processor-tasks/{task_id}",
                OPERATION,
            )
            .path_param(
                "project_id",
                required(self.project_id, OPERATION, "project_id")?,
            )
            .path_param("task_id", required(self.task_id, OPERATION, "task_id")?)
            .json_body(&body)?;
        self.client.send_empty(request).await
    }
}
crate::support::setters!(
    UpdatingAProcessingTask { #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc =
    " ID of a data processing task. Path parameter `task_id`."] task_id : String, #[doc =
    " Description of a data processing task. The description contains 0 to 256 characters and does not support the following special characters: ^\\!\\<\\>=\\&\"'"]
    #[doc = ""] #[doc = " Length 0 to 256."] description : String }
);
/// Request builder for `deleting_a_processing_task`: `DELETE /v2/{project_id}/processor-tasks/{task_id}`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct DeletingAProcessingTask {
    client: docsdk_runtime::Client,
    project_id: Option<String>,
    task_id: Option<String>,
}
impl DeletingAProcessingTask {
    pub(crate) fn new(client: docsdk_runtime::Client) -> Self {
        Self {
            client,
            project_id: None,
            task_id: None,
        }
    }
    /// Sends the request and returns the 200 response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<()> {
        const OPERATION: &str = "deleting_a_processing_task";
        let request = Request::new(
                Method::Delete,
                "/v2/{project_id}/processor-tasks/{task_id}",
                OPERATION,
            )
            .path_param(
                "project_id",
                required(self.project_id, OPERATION, "project_id")?,
            )
            .path_param("task_id", required(self.task_id, OPERATION, "task_id")?);
        self.client.send_empty(request).await
    }
}
crate::support::setters!(
    DeletingAProcessingTask { #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc =
    " ID of a data processing task. Path parameter `task_id`."] task_id : String }
);
/// Request builder for `querying_the_details_about_the_version_of_a_data_processing_task`: `GET /v2/{project_id}/processor-tasks/{task_id}/versions/{version_id}`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct QueryingTheDetailsAboutTheVersionOfADataProcessingTask {
    client: docsdk_runtime::Client,
    project_id: Option<String>,
    task_id: Option<String>,
    version_id: Option<String>,
}
impl QueryingTheDetailsAboutTheVersionOfADataProcessingTask {
    pub(crate) fn new(client: docsdk_runtime::Client) -> Self {
        Self {
            client,
            project_id: None,
            task_id: None,
            version_id: None,
        }
    }
    /// Sends the request and returns the 200 response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<types::DescTaskVersionResp> {
        const OPERATION: &str = "querying_the_details_about_the_version_of_a_data_processing_task";
        let request = Request::new(
                Method::Get,
                "/v2/{project_id}/processor-tasks/{task_id}/versions/{version_id}",
                OPERATION,
            )
            .path_param(
                "project_id",
                required(self.project_id, OPERATION, "project_id")?,
            )
            .path_param("task_id", required(self.task_id, OPERATION, "task_id")?)
            .path_param(
                "version_id",
                required(self.version_id, OPERATION, "version_id")?,
            );
        self.client.send_json(request).await
    }
}
crate::support::setters!(
    QueryingTheDetailsAboutTheVersionOfADataProcessingTask { #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc =
    " ID of a data processing task. Path parameter `task_id`."] task_id : String, #[doc =
    " Version ID of a data processing task. Path parameter `version_id`."] version_id :
    String }
);
/// Request builder for `deleting_a_data_processing_task_version`: `DELETE /v2/{project_id}/processor-tasks/{task_id}/versions/{version_id}`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct DeletingADataProcessingTaskVersion {
    client: docsdk_runtime::Client,
    project_id: Option<String>,
    task_id: Option<String>,
    version_id: Option<String>,
}
impl DeletingADataProcessingTaskVersion {
    pub(crate) fn new(client: docsdk_runtime::Client) -> Self {
        Self {
            client,
            project_id: None,
            task_id: None,
            version_id: None,
        }
    }
    /// Sends the request and returns the 204 response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<()> {
        const OPERATION: &str = "deleting_a_data_processing_task_version";
        let request = Request::new(
                Method::Delete,
                "/v2/{project_id}/processor-tasks/{task_id}/versions/{version_id}",
                OPERATION,
            )
            .path_param(
                "project_id",
                required(self.project_id, OPERATION, "project_id")?,
            )
            .path_param("task_id", required(self.task_id, OPERATION, "task_id")?)
            .path_param(
                "version_id",
                required(self.version_id, OPERATION, "version_id")?,
            );
        self.client.send_empty(request).await
    }
}
crate::support::setters!(
    DeletingADataProcessingTaskVersion { #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc =
    " ID of a data processing task. Path parameter `task_id`."] task_id : String, #[doc =
    " Version ID of a data processing task. Path parameter `version_id`."] version_id :
    String }
);
/// Request builder for `deleting_samples_in_batches`: `POST /v2/{project_id}/datasets/{dataset_id}/data-annotations/samples/delete`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct DeletingSamplesInBatches {
    client: docsdk_runtime::Client,
    dataset_id: Option<String>,
    project_id: Option<String>,
    delete_source: Option<bool>,
    samples: Option<Vec<String>>,
}
impl DeletingSamplesInBatches {
    pub(crate) fn new(client: docsdk_runtime::Client) -> Self {
        Self {
            client,
            dataset_id: None,
            project_id: None,
            delete_source: None,
            samples: None,
        }
    }
    /// Sends the request and returns the 200 response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<types::DeleteSamplesResp> {
        const OPERATION: &str = "deleting_samples_in_batches";
        let body = types::DeleteSamplesReq {
            delete_source: self.delete_source,
            samples: self.samples,
        };
        let request = Request::new(
                Method::Post,
                "/v2/{project_id}/datasets/{dataset_id}/data-annotations/samples/delete",
                OPERATION,
            )
            .path_param(
                "dataset_id",
                required(self.dataset_id, OPERATION, "dataset_id")?,
            )
            .path_param(
                "project_id",
                required(self.project_id, OPERATION, "project_id")?,
            )
            .json_body(&body)?;
        self.client.send_json(request).await
    }
}
crate::support::setters!(
    DeletingSamplesInBatches { #[doc = " Dataset ID. Path parameter `dataset_id`."]
    dataset_id : String, #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc =
    " Whether to delete the source file. This field is valid for non-text datasets. (A text dataset is the entire text file. Therefore, deleting a piece of data from the text file does not affect the source text.) The options are as follows: - **false**: Do not delete the source file. (Default value) - **true**: Delete the source file. (Note: This operation may affect the dataset versions or other datasets that have used these files. As a result, the page display, training, or inference is abnormal.)"]
    #[doc = ""] #[doc = " Default: `false`."] delete_source : bool, #[doc =
    " Sample ID list."] samples : Vec < String > }
);
/// Request builder for `querying_details_about_labeling_team_members`: `GET /v2/{project_id}/workforces/{workforce_id}/workers/{worker_id}`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct QueryingDetailsAboutLabelingTeamMembers {
    client: docsdk_runtime::Client,
    project_id: Option<String>,
    worker_id: Option<String>,
    workforce_id: Option<String>,
}
impl QueryingDetailsAboutLabelingTeamMembers {
    pub(crate) fn new(client: docsdk_runtime::Client) -> Self {
        Self {
            client,
            project_id: None,
            worker_id: None,
            workforce_id: None,
        }
    }
    /// Sends the request and returns the 200 response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<types::DescWorkerResp> {
        const OPERATION: &str = "querying_details_about_labeling_team_members";
        let request = Request::new(
                Method::Get,
                "/v2/{project_id}/workforces/{workforce_id}/workers/{worker_id}",
                OPERATION,
            )
            .path_param(
                "project_id",
                required(self.project_id, OPERATION, "project_id")?,
            )
            .path_param("worker_id", required(self.worker_id, OPERATION, "worker_id")?)
            .path_param(
                "workforce_id",
                required(self.workforce_id, OPERATION, "workforce_id")?,
            );
        self.client.send_json(request).await
    }
}
crate::support::setters!(
    QueryingDetailsAboutLabelingTeamMembers { #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc =
    " ID of a labeling team member. Path parameter `worker_id`."] worker_id : String,
    #[doc = " ID of a labeling team. Path parameter `workforce_id`."] workforce_id :
    String }
);
/// Request builder for `updating_a_labeling_team_member`: `PUT /v2/{project_id}/workforces/{workforce_id}/workers/{worker_id}`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct UpdatingALabelingTeamMember {
    client: docsdk_runtime::Client,
    project_id: Option<String>,
    worker_id: Option<String>,
    workforce_id: Option<String>,
    description: Option<String>,
    role: Option<i64>,
}
impl UpdatingALabelingTeamMember {
    pub(crate) fn new(client: docsdk_runtime::Client) -> Self {
        Self {
            client,
            project_id: None,
            worker_id: None,
            workforce_id: None,
            description: None,
            role: None,
        }
    }
    /// Sends the request and returns the 200 response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<()> {
        const OPERATION: &str = "updating_a_labeling_team_member";
        let body = types::UpdateWorkerReq {
            description: self.description,
            role: self.role,
        };
        let request = Request::new(
                Method::Put,
                "/v2/{project_id}/workforces/{workforce_id}/workers/{worker_id}",
                OPERATION,
            )
            .path_param(
                "project_id",
                required(self.project_id, OPERATION, "project_id")?,
            )
            .path_param("worker_id", required(self.worker_id, OPERATION, "worker_id")?)
            .path_param(
                "workforce_id",
                required(self.workforce_id, OPERATION, "workforce_id")?,
            )
            .json_body(&body)?;
        self.client.send_empty(request).await
    }
}
crate::support::setters!(
    UpdatingALabelingTeamMember { #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc =
    " ID of a labeling team member. Path parameter `worker_id`."] worker_id : String,
    #[doc = " ID of a labeling team. Path parameter `workforce_id`."] workforce_id :
    String, #[doc =
    " Labeling team member description. The value contains 0 to 256 characters and does not support the following special characters: ^\\!\\<\\>=\\&\"'. Length 0 to 256."]
    description : String, #[doc =
    " Role. The options are as follows: - **0**: labeling personnel - **1**: reviewer - **2**: team administrator - **3**: dataset owner"]
    role : i64 }
);
/// Request builder for `deleting_a_labeling_team_member`: `DELETE /v2/{project_id}/workforces/{workforce_id}/workers/{worker_id}`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct DeletingALabelingTeamMember {
    client: docsdk_runtime::Client,
    project_id: Option<String>,
    worker_id: Option<String>,
    workforce_id: Option<String>,
}
impl DeletingALabelingTeamMember {
    pub(crate) fn new(client: docsdk_runtime::Client) -> Self {
        Self {
            client,
            project_id: None,
            worker_id: None,
            workforce_id: None,
        }
    }
    /// Sends the request and returns the 204 response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<()> {
        const OPERATION: &str = "deleting_a_labeling_team_member";
        let request = Request::new(
                Method::Delete,
                "/v2/{project_id}/workforces/{workforce_id}/workers/{worker_id}",
                OPERATION,
            )
            .path_param(
                "project_id",
                required(self.project_id, OPERATION, "project_id")?,
            )
            .path_param("worker_id", required(self.worker_id, OPERATION, "worker_id")?)
            .path_param(
                "workforce_id",
                required(self.workforce_id, OPERATION, "workforce_id")?,
            );
        self.client.send_empty(request).await
    }
}
crate::support::setters!(
    DeletingALabelingTeamMember { #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc =
    " ID of a labeling team member. Path parameter `worker_id`."] worker_id : String,
    #[doc = " ID of a labeling team. Path parameter `workforce_id`."] workforce_id :
    String }
);
/// Request builder for `deleting_labeling_team_members_in_batches`: `POST /v2/{project_id}/workforces/{workforce_id}/workers/batch-delete`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct DeletingLabelingTeamMembersInBatches {
    client: docsdk_runtime::Client,
    project_id: Option<String>,
    workforce_id: Option<String>,
    workers: Option<Vec<String>>,
}
impl DeletingLabelingTeamMembersInBatches {
    pub(crate) fn new(client: docsdk_runtime::Client) -> Self {
        Self {
            client,
            project_id: None,
            workforce_id: None,
            workers: None,
        }
    }
    /// Sends the request and returns the 200 response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<types::DeleteWorkersResp> {
        const OPERATION: &str = "deleting_labeling_team_members_in_batches";
        let body = types::DeleteWorkersReq {
            workers: self.workers,
        };
        let request = Request::new(
                Method::Post,
                "/v2/{project_id}/workforces/{workforce_id}/workers/batch-delete",
                OPERATION,
            )
            .path_param(
                "project_id",
                required(self.project_id, OPERATION, "project_id")?,
            )
            .path_param(
                "workforce_id",
                required(self.workforce_id, OPERATION, "workforce_id")?,
            )
            .json_body(&body)?;
        self.client.send_json(request).await
    }
}
crate::support::setters!(
    DeletingLabelingTeamMembersInBatches { #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc =
    " ID of a labeling team. Path parameter `workforce_id`."] workforce_id : String,
    #[doc = " Team member ID list."] workers : Vec < String > }
);
/// Request builder for `querying_details_about_a_labeling_team`: `GET /v2/{project_id}/workforces/{workforce_id}`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct QueryingDetailsAboutALabelingTeam {
    client: docsdk_runtime::Client,
    project_id: Option<String>,
    workforce_id: Option<String>,
}
impl QueryingDetailsAboutALabelingTeam {
    pub(crate) fn new(client: docsdk_runtime::Client) -> Self {
        Self {
            client,
            project_id: None,
            workforce_id: None,
        }
    }
    /// Sends the request and returns the 200 response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<types::DescWorkforceResp> {
        const OPERATION: &str = "querying_details_about_a_labeling_team";
        let request = Request::new(
                Method::Get,
                "/v2/{project_id}/workforces/{workforce_id}",
                OPERATION,
            )
            .path_param(
                "project_id",
                required(self.project_id, OPERATION, "project_id")?,
            )
            .path_param(
                "workforce_id",
                required(self.workforce_id, OPERATION, "workforce_id")?,
            );
        self.client.send_json(request).await
    }
}
crate::support::setters!(
    QueryingDetailsAboutALabelingTeam { #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc =
    " ID of a labeling team. Path parameter `workforce_id`."] workforce_id : String }
);
/// Request builder for `updating_a_labeling_team`: `PUT /v2/{project_id}/workforces/{workforce_id}`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct UpdatingALabelingTeam {
    client: docsdk_runtime::Client,
    project_id: Option<String>,
    workforce_id: Option<String>,
    description: Option<String>,
    workforce_name: Option<String>,
}
impl UpdatingALabelingTeam {
    pub(crate) fn new(client: docsdk_runtime::Client) -> Self {
        Self {
            client,
            project_id: None,
            workforce_id: None,
            description: None,
            workforce_name: None,
        }
    }
    /// Sends the request and returns the 200 response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<()> {
        const OPERATION: &str = "updating_a_labeling_team";
        let body = types::UpdateWorkforceReq {
            description: self.description,
            workforce_name: self.workforce_name,
        };
        let request = Request::new(
                Method::Put,
                "/v2/{project_id}/workforces/{workforce_id}",
                OPERATION,
            )
            .path_param(
                "project_id",
                required(self.project_id, OPERATION, "project_id")?,
            )
            .path_param(
                "workforce_id",
                required(self.workforce_id, OPERATION, "workforce_id")?,
            )
            .json_body(&body)?;
        self.client.send_empty(request).await
    }
}
crate::support::setters!(
    UpdatingALabelingTeam { #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc =
    " ID of a labeling team. Path parameter `workforce_id`."] workforce_id : String,
    #[doc =
    " Labeling team description. The value contains 0 to 256 characters and does not support the following special characters: ^\\!\\<\\>=\\&\"'. Length 0 to 256."]
    description : String, #[doc =
    " Name of a labeling team. The value contains 1 to 64 characters and only letters, digits, hyphens (-), and underscores (\\_) are allowed. Length 1 to 64."]
    workforce_name : String }
);
/// Request builder for `deleting_a_labeling_team`: `DELETE /v2/{project_id}/workforces/{workforce_id}`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct DeletingALabelingTeam {
    client: docsdk_runtime::Client,
    project_id: Option<String>,
    workforce_id: Option<String>,
}
impl DeletingALabelingTeam {
    pub(crate) fn new(client: docsdk_runtime::Client) -> Self {
        Self {
            client,
            project_id: None,
            workforce_id: None,
        }
    }
    /// Sends the request and returns the 204 response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<types::DeleteWorkforceResp> {
        const OPERATION: &str = "deleting_a_labeling_team";
        let request = Request::new(
                Method::Delete,
                "/v2/{project_id}/workforces/{workforce_id}",
                OPERATION,
            )
            .path_param(
                "project_id",
                required(self.project_id, OPERATION, "project_id")?,
            )
            .path_param(
                "workforce_id",
                required(self.workforce_id, OPERATION, "workforce_id")?,
            );
        self.client.send_json(request).await
    }
}
crate::support::setters!(
    DeletingALabelingTeam { #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc =
    " ID of a labeling team. Path parameter `workforce_id`."] workforce_id : String }
);
/// Request builder for `querying_details_about_a_team_labeling_task`: `GET /v2/{project_id}/datasets/{dataset_id}/workforce-tasks/{workforce_task_id}`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct QueryingDetailsAboutATeamLabelingTask {
    client: docsdk_runtime::Client,
    dataset_id: Option<String>,
    project_id: Option<String>,
    workforce_task_id: Option<String>,
    label_stats: Option<bool>,
    sample_stats: Option<bool>,
    workforce_stats: Option<bool>,
}
impl QueryingDetailsAboutATeamLabelingTask {
    pub(crate) fn new(client: docsdk_runtime::Client) -> Self {
        Self {
            client,
            dataset_id: None,
            project_id: None,
            workforce_task_id: None,
            label_stats: None,
            sample_stats: None,
            workforce_stats: None,
        }
    }
    /// Sends the request and returns the 200 response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<types::DescWorkforceTaskResp> {
        const OPERATION: &str = "querying_details_about_a_team_labeling_task";
        let request = Request::new(
                Method::Get,
                "/v2/{project_id}/datasets/{dataset_id}/workforce-tasks/{workforce_task_id}",
                OPERATION,
            )
            .path_param(
                "dataset_id",
                required(self.dataset_id, OPERATION, "dataset_id")?,
            )
            .path_param(
                "project_id",
                required(self.project_id, OPERATION, "project_id")?,
            )
            .path_param(
                "workforce_task_id",
                required(self.workforce_task_id, OPERATION, "workforce_task_id")?,
            )
            .query_opt("label_stats", self.label_stats)
            .query_opt("sample_stats", self.sample_stats)
            .query_opt("workforce_stats", self.workforce_stats);
        self.client.send_json(request).await
    }
}
crate::support::setters!(
    QueryingDetailsAboutATeamLabelingTask { #[doc =
    " Dataset ID. Path parameter `dataset_id`."] dataset_id : String, #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc =
    " ID of a team labeling task. Path parameter `workforce_task_id`."] workforce_task_id
    : String, #[doc =
    " Whether to return label statistics. The options are as follows: - **true**: Return label statistics. - **false**: Do not return label statistics. (Default value)"]
    #[doc = ""] #[doc = " Query parameter `label_stats`. Default: `false`."] label_stats
    : bool, #[doc =
    " Whether to return sample statistics. The options are as follows: - **true**: Return sample statistics. - **false**: Do not return sample statistics. (Default value)"]
    #[doc = ""] #[doc = " Query parameter `sample_stats`. Default: `false`."]
    sample_stats : bool, #[doc =
    " Whether to return personnel statistics. The options are as follows: - **true**: Return personnel statistics. - **false**: Do not return personnel statistics. (Default value)"]
    #[doc = ""] #[doc = " Query parameter `workforce_stats`. Default: `false`."]
    workforce_stats : bool }
);
/// Request builder for `updating_a_team_labeling_task`: `PUT /v2/{project_id}/datasets/{dataset_id}/workforce-tasks/{workforce_task_id}`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct UpdatingATeamLabelingTask {
    client: docsdk_runtime::Client,
    dataset_id: Option<String>,
    project_id: Option<String>,
    workforce_task_id: Option<String>,
    dataset_id_2: Option<String>,
    description: Option<String>,
    task_id: Option<String>,
    task_name: Option<String>,
    workforces_config: Option<types::WorkforcesConfig>,
}
impl UpdatingATeamLabelingTask {
    pub(crate) fn new(client: docsdk_runtime::Client) -> Self {
        Self {
            client,
            dataset_id: None,
            project_id: None,
            workforce_task_id: None,
            dataset_id_2: None,
            description: None,
            task_id: None,
            task_name: None,
            workforces_config: None,
        }
    }
    /// Sends the request and returns the 200 response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<()> {
        const OPERATION: &str = "updating_a_team_labeling_task";
        let body = types::UpdateWorkforceTaskReq {
            dataset_id: self.dataset_id_2,
            description: self.description,
            task_id: self.task_id,
            task_name: self.task_name,
            workforces_config: self.workforces_config,
        };
        let request = Request::new(
                Method::Put,
                "/v2/{project_id}/datasets/{dataset_id}/workforce-tasks/{workforce_task_id}",
                OPERATION,
            )
            .path_param(
                "dataset_id",
                required(self.dataset_id, OPERATION, "dataset_id")?,
            )
            .path_param(
                "project_id",
                required(self.project_id, OPERATION, "project_id")?,
            )
            .path_param(
                "workforce_task_id",
                required(self.workforce_task_id, OPERATION, "workforce_task_id")?,
            )
            .json_body(&body)?;
        self.client.send_empty(request).await
    }
}
crate::support::setters!(
    UpdatingATeamLabelingTask { #[doc = " Dataset ID. Path parameter `dataset_id`."]
    dataset_id : String, #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc =
    " ID of a team labeling task. Path parameter `workforce_task_id`."] workforce_task_id
    : String, #[doc = " Dataset ID."] dataset_id_2 : String, #[doc =
    " Team labeling task description. The value contains 0 to 256 characters and does not support the following special characters: ^\\!\\<\\>=\\&\"'. Length 0 to 256."]
    description : String, #[doc = " ID of a team labeling task."] task_id : String, #[doc
    =
    " Team labeling task name. The value contains 1 to 64 characters and only letters, digits, underscores (\\_), and hyphens (-) are allowed. Length 1 to 64."]
    task_name : String, #[doc =
    " Team labeling task information: Tasks can be assigned by the team administrator or a specified team."]
    workforces_config : types::WorkforcesConfig }
);
/// Request builder for `starting_a_team_labeling_task`: `POST /v2/{project_id}/datasets/{dataset_id}/workforce-tasks/{workforce_task_id}`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct StartingATeamLabelingTask {
    client: docsdk_runtime::Client,
    dataset_id: Option<String>,
    project_id: Option<String>,
    workforce_task_id: Option<String>,
    dataset_id_2: Option<String>,
    task_id: Option<String>,
    workforces_config: Option<types::WorkforcesConfig>,
}
impl StartingATeamLabelingTask {
    pub(crate) fn new(client: docsdk_runtime::Client) -> Self {
        Self {
            client,
            dataset_id: None,
            project_id: None,
            workforce_task_id: None,
            dataset_id_2: None,
            task_id: None,
            workforces_config: None,
        }
    }
    /// Sends the request and returns the 200 response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<()> {
        const OPERATION: &str = "starting_a_team_labeling_task";
        let body = types::StartWorkforceTaskReq {
            dataset_id: self.dataset_id_2,
            task_id: self.task_id,
            workforces_config: self.workforces_config,
        };
        let request = Request::new(
                Method::Post,
                "/v2/{project_id}/datasets/{dataset_id}/workforce-tasks/{workforce_task_id}",
                OPERATION,
            )
            .path_param(
                "dataset_id",
                required(self.dataset_id, OPERATION, "dataset_id")?,
            )
            .path_param(
                "project_id",
                required(self.project_id, OPERATION, "project_id")?,
            )
            .path_param(
                "workforce_task_id",
                required(self.workforce_task_id, OPERATION, "workforce_task_id")?,
            )
            .json_body(&body)?;
        self.client.send_empty(request).await
    }
}
crate::support::setters!(
    StartingATeamLabelingTask { #[doc = " Dataset ID. Path parameter `dataset_id`."]
    dataset_id : String, #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc =
    " ID of a team labeling task. Path parameter `workforce_task_id`."] workforce_task_id
    : String, #[doc = " Dataset ID."] dataset_id_2 : String, #[doc =
    " ID of a team labeling task."] task_id : String, #[doc =
    " Team labeling task information: Tasks can be assigned by the team administrator or a specified team."]
    workforces_config : types::WorkforcesConfig }
);
/// Request builder for `deleting_a_team_labeling_task`: `DELETE /v2/{project_id}/datasets/{dataset_id}/workforce-tasks/{workforce_task_id}`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct DeletingATeamLabelingTask {
    client: docsdk_runtime::Client,
    dataset_id: Option<String>,
    project_id: Option<String>,
    workforce_task_id: Option<String>,
}
impl DeletingATeamLabelingTask {
    pub(crate) fn new(client: docsdk_runtime::Client) -> Self {
        Self {
            client,
            dataset_id: None,
            project_id: None,
            workforce_task_id: None,
        }
    }
    /// Sends the request and returns the 204 response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<()> {
        const OPERATION: &str = "deleting_a_team_labeling_task";
        let request = Request::new(
                Method::Delete,
                "/v2/{project_id}/datasets/{dataset_id}/workforce-tasks/{workforce_task_id}",
                OPERATION,
            )
            .path_param(
                "dataset_id",
                required(self.dataset_id, OPERATION, "dataset_id")?,
            )
            .path_param(
                "project_id",
                required(self.project_id, OPERATION, "project_id")?,
            )
            .path_param(
                "workforce_task_id",
                required(self.workforce_task_id, OPERATION, "workforce_task_id")?,
            );
        self.client.send_empty(request).await
    }
}
crate::support::setters!(
    DeletingATeamLabelingTask { #[doc = " Dataset ID. Path parameter `dataset_id`."]
    dataset_id : String, #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc =
    " ID of a team labeling task. Path parameter `workforce_task_id`."] workforce_task_id
    : String }
);
/// Request builder for `querying_details_about_a_dataset_import_task`: `GET /v2/{project_id}/datasets/{dataset_id}/import-tasks/{task_id}`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct QueryingDetailsAboutADatasetImportTask {
    client: docsdk_runtime::Client,
    dataset_id: Option<String>,
    project_id: Option<String>,
    task_id: Option<String>,
}
impl QueryingDetailsAboutADatasetImportTask {
    pub(crate) fn new(client: docsdk_runtime::Client) -> Self {
        Self {
            client,
            dataset_id: None,
            project_id: None,
            task_id: None,
        }
    }
    /// Sends the request and returns the 200 response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<types::ImportTaskStatusResp> {
        const OPERATION: &str = "querying_details_about_a_dataset_import_task";
        let request = Request::new(
                Method::Get,
                "/v2/{project_id}/datasets/{dataset_id}/import-tasks/{task_id}",
                OPERATION,
            )
            .path_param(
                "dataset_id",
                required(self.dataset_id, OPERATION, "dataset_id")?,
            )
            .path_param(
                "project_id",
                required(self.project_id, OPERATION, "project_id")?,
            )
            .path_param("task_id", required(self.task_id, OPERATION, "task_id")?);
        self.client.send_json(request).await
    }
}
crate::support::setters!(
    QueryingDetailsAboutADatasetImportTask { #[doc =
    " Dataset ID. Path parameter `dataset_id`."] dataset_id : String, #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc = " Task ID. Path parameter `task_id`."] task_id : String
    }
);
/// Request builder for `querying_details_about_an_auto_labeling_sample`: `GET /v2/{project_id}/datasets/{dataset_id}/auto-annotations/samples/{sample_id}`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct QueryingDetailsAboutAnAutoLabelingSample {
    client: docsdk_runtime::Client,
    dataset_id: Option<String>,
    project_id: Option<String>,
    sample_id: Option<String>,
}
impl QueryingDetailsAboutAnAutoLabelingSample {
    pub(crate) fn new(client: docsdk_runtime::Client) -> Self {
        Self {
            client,
            dataset_id: None,
            project_id: None,
            sample_id: None,
        }
    }
    /// Sends the request and returns the 200 response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<types::DescribeSampleResp> {
        const OPERATION: &str = "querying_details_about_an_auto_labeling_sample";
        let request = Request::new(
                Method::Get,
                "/v2/{project_id}/datasets/{dataset_id}/auto-annotations/samples/{sample_id}",
                OPERATION,
            )
            .path_param(
                "dataset_id",
                required(self.dataset_id, OPERATION, "dataset_id")?,
            )
            .path_param(
                "project_id",
                required(self.project_id, OPERATION, "project_id")?,
            )
            .path_param("sample_id", required(self.sample_id, OPERATION, "sample_id")?);
        self.client.send_json(request).await
    }
}
crate::support::setters!(
    QueryingDetailsAboutAnAutoLabelingSample { #[doc =
    " Dataset ID. Path parameter `dataset_id`."] dataset_id : String, #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc = " Sample ID. Path parameter `sample_id`."] sample_id :
    String }
);
/// Request builder for `querying_details_about_a_sample`: `GET /v2/{project_id}/datasets/{dataset_id}/data-annotations/samples/{sample_id}`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct QueryingDetailsAboutASample {
    client: docsdk_runtime::Client,
    dataset_id: Option<String>,
    project_id: Option<String>,
    sample_id: Option<String>,
    locale: Option<types::UpdateWorkforceSamplingTaskReqLocale>,
    sample_state: Option<types::ExportParamsSampleState>,
    worker_id: Option<String>,
}
impl QueryingDetailsAboutASample {
    pub(crate) fn new(client: docsdk_runtime::Client) -> Self {
        Self {
            client,
            dataset_id: None,
            project_id: None,
            sample_id: None,
            locale: None,
            sample_state: None,
            worker_id: None,
        }
    }
    /// Sends the request and returns the 200 response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<types::DescribeSampleResp2> {
        const OPERATION: &str = "querying_details_about_a_sample";
        let request = Request::new(
                Method::Get,
                "/v2/{project_id}/datasets/{dataset_id}/data-annotations/samples/{sample_id}",
                OPERATION,
            )
            .path_param(
                "dataset_id",
                required(self.dataset_id, OPERATION, "dataset_id")?,
            )
            .path_param(
                "project_id",
                required(self.project_id, OPERATION, "project_id")?,
            )
            .path_param("sample_id", required(self.sample_id, OPERATION, "sample_id")?)
            .query_opt("locale", self.locale)
            .query_opt("sample_state", self.sample_state)
            .query_opt("worker_id", self.worker_id);
        self.client.send_json(request).await
    }
}
crate::support::setters!(
    QueryingDetailsAboutASample { #[doc = " Dataset ID. Path parameter `dataset_id`."]
    dataset_id : String, #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc = " Sample ID. Path parameter `sample_id`."] sample_id :
    String, #[doc =
    " Language. The options are as follows: - **en-us**: English (default value) - **zh-cn**: Chinese. Query parameter `locale`. Default: `en-us`."]
    locale : types::UpdateWorkforceSamplingTaskReqLocale, #[doc =
    " Sample status. The options are as follows: - **ALL**: labeled - **NONE**: unlabeled - **UNCHECK**: pending acceptance - **ACCEPTED**: accepted - **REJECTED**: rejected - **UNREVIEWED**: pending review - **REVIEWED**: reviewed - **WORKFORCE\\_SAMPLED**: sampled - **WORKFORCE\\_SAMPLED\\_UNCHECK**: sampling unchecked - **WORKFORCE\\_SAMPLED\\_CHECKED**: sampling checked - **WORKFORCE\\_SAMPLED\\_ACCEPTED**: sampling accepted - **WORKFORCE\\_SAMPLED\\_REJECTED**: sampling rejected - **AUTO\\_ANNOTATION**: to be confirmed"]
    #[doc = ""] #[doc = " Query parameter `sample_state`."] sample_state :
    types::ExportParamsSampleState, #[doc =
    " ID of a labeling team member. Query parameter `worker_id`."] worker_id : String }
);
/// Request builder for `querying_details_about_team_labeling_samples`: `GET /v2/{project_id}/datasets/{dataset_id}/workforce-tasks/{workforce_task_id}/data-annotations/samples/{sample_id}`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct QueryingDetailsAboutTeamLabelingSamples {
    client: docsdk_runtime::Client,
    dataset_id: Option<String>,
    project_id: Option<String>,
    sample_id: Option<String>,
    workforce_task_id: Option<String>,
    locale: Option<types::UpdateWorkforceSamplingTaskReqLocale>,
    sample_state: Option<types::ExportParamsSampleState>,
    worker_id: Option<String>,
}
impl QueryingDetailsAboutTeamLabelingSamples {
    pub(crate) fn new(client: docsdk_runtime::Client) -> Self {
        Self {
            client,
            dataset_id: None,
            project_id: None,
            sample_id: None,
            workforce_task_id: None,
            locale: None,
            sample_state: None,
            worker_id: None,
        }
    }
    /// Sends the request and returns the 200 response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(
        self,
    ) -> Result<types::DescribeSampleRespDescribeWorkforceTaskSample> {
        const OPERATION: &str = "querying_details_about_team_labeling_samples";
        let request = Request::new(
                Method::Get,
                "/v2/{project_id}/datasets/{dataset_id}/workforce-tasks/{workforce_task_id}/data-annotations/samples/{sample_id}",
                OPERATION,
            )
            .path_param(
                "dataset_id",
                required(self.dataset_id, OPERATION, "dataset_id")?,
            )
            .path_param(
                "project_id",
                required(self.project_id, OPERATION, "project_id")?,
            )
            .path_param("sample_id", required(self.sample_id, OPERATION, "sample_id")?)
            .path_param(
                "workforce_task_id",
                required(self.workforce_task_id, OPERATION, "workforce_task_id")?,
            )
            .query_opt("locale", self.locale)
            .query_opt("sample_state", self.sample_state)
            .query_opt("worker_id", self.worker_id);
        self.client.send_json(request).await
    }
}
crate::support::setters!(
    QueryingDetailsAboutTeamLabelingSamples { #[doc =
    " Dataset ID. Path parameter `dataset_id`."] dataset_id : String, #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc = " Sample ID. Path parameter `sample_id`."] sample_id :
    String, #[doc = " ID of a labeling task. Path parameter `workforce_task_id`."]
    workforce_task_id : String, #[doc =
    " Language. The options are as follows: - **en-us**: English (default value) - **zh-cn**: Chinese. Query parameter `locale`. Default: `en-us`."]
    locale : types::UpdateWorkforceSamplingTaskReqLocale, #[doc =
    " Sample status. The options are as follows: - **ALL**: labeled - **NONE**: unlabeled - **UNCHECK**: pending acceptance - **ACCEPTED**: accepted - **REJECTED**: rejected - **UNREVIEWED**: pending review - **REVIEWED**: reviewed - **WORKFORCE\\_SAMPLED**: sampled - **WORKFORCE\\_SAMPLED\\_UNCHECK**: sampling unchecked - **WORKFORCE\\_SAMPLED\\_CHECKED**: sampling checked - **WORKFORCE\\_SAMPLED\\_ACCEPTED**: sampling accepted - **WORKFORCE\\_SAMPLED\\_REJECTED**: sampling rejected - **AUTO\\_ANNOTATION**: to be confirmed"]
    #[doc = ""] #[doc = " Query parameter `sample_state`."] sample_state :
    types::ExportParamsSampleState, #[doc =
    " ID of a labeling team member. Query parameter `worker_id`."] worker_id : String }
);
/// Request builder for `querying_the_dataset_export_task_list`: `GET /v2/{project_id}/datasets/{dataset_id}/export-tasks`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct QueryingTheDatasetExportTaskList {
    client: docsdk_runtime::Client,
    dataset_id: Option<String>,
    project_id: Option<String>,
    export_type: Option<i64>,
    limit: Option<i64>,
    offset: Option<i64>,
}
impl QueryingTheDatasetExportTaskList {
    pub(crate) fn new(client: docsdk_runtime::Client) -> Self {
        Self {
            client,
            dataset_id: None,
            project_id: None,
            export_type: None,
            limit: None,
            offset: None,
        }
    }
    /// Sends the request and returns the 200 response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<types::ExportTasksStatusResp> {
        const OPERATION: &str = "querying_the_dataset_export_task_list";
        let request = Request::new(
                Method::Get,
                "/v2/{project_id}/datasets/{dataset_id}/export-tasks",
                OPERATION,
            )
            .path_param(
                "dataset_id",
                required(self.dataset_id, OPERATION, "dataset_id")?,
            )
            .path_param(
                "project_id",
                required(self.project_id, OPERATION, "project_id")?,
            )
            .query_opt("export_type", self.export_type)
            .query_opt("limit", self.limit)
            .query_opt("offset", self.offset);
        self.client.send_json(request).await
    }
}
crate::support::setters!(
    QueryingTheDatasetExportTaskList { #[doc =
    " Dataset ID. Path parameter `dataset_id`."] dataset_id : String, #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc =
    " Export type. If this parameter is not specified, all types of export tasks are queried by default. The options are as follows: - **0**: labeled - **1**: unlabeled - **2**: all - **3**: conditional search"]
    #[doc = ""] #[doc = " Query parameter `export_type`."] export_type : i64, #[doc =
    " Maximum number of records returned on each page. The value ranges from 1 to 100. The default value is **10**."]
    #[doc = ""] #[doc = " Query parameter `limit`. Default: `10`. Range 1 to 100."] limit
    : i64, #[doc =
    " Start page of the paging list. The default value is **0**. Query parameter `offset`. Default: `0`."]
    offset : i64 }
);
/// Request builder for `creating_a_dataset_export_task`: `POST /v2/{project_id}/datasets/{dataset_id}/export-tasks`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct CreatingADatasetExportTask {
    client: docsdk_runtime::Client,
    dataset_id: Option<String>,
    project_id: Option<String>,
    annotation_format: Option<types::ExportReqAnnotationFormat>,
    dataset_id_2: Option<String>,
    dataset_type: Option<i64>,
    export_format: Option<i64>,
    export_params: Option<types::ExportParamsExportTask>,
    export_type: Option<i64>,
    path: Option<String>,
    sample_state: Option<types::ExportParamsSampleState>,
    source_type_header: Option<String>,
    status: Option<i64>,
    task_id: Option<String>,
    version_format: Option<types::SmartTaskConfigVersionFormat>,
    version_id: Option<String>,
    with_column_header: Option<bool>,
}
impl CreatingADatasetExportTask {
    pub(crate) fn new(client: docsdk_runtime::Client) -> Self {
        Self {
            client,
            dataset_id: None,
            project_id: None,
            annotation_format: None,
            dataset_id_2: None,
            dataset_type: None,
            export_format: None,
            export_params: None,
            export_type: None,
            path: None,
            sample_state: None,
            source_type_header: None,
            status: None,
            task_id: None,
            version_format: None,
            version_id: None,
            with_column_header: None,
        }
    }
    /// Sends the request and returns the 200 response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<types::ExportResp> {
        const OPERATION: &str = "creating_a_dataset_export_task";
        let body = types::ExportReq {
            annotation_format: self.annotation_format,
            dataset_id: self.dataset_id_2,
            dataset_type: self.dataset_type,
            export_format: self.export_format,
            export_params: self.export_params,
            export_type: self.export_type,
            path: self.path,
            sample_state: self.sample_state,
            source_type_header: self.source_type_header,
            status: self.status,
            task_id: self.task_id,
            version_format: self.version_format,
            version_id: self.version_id,
            with_column_header: self.with_column_header,
        };
        let request = Request::new(
                Method::Post,
                "/v2/{project_id}/datasets/{dataset_id}/export-tasks",
                OPERATION,
            )
            .path_param(
                "dataset_id",
                required(self.dataset_id, OPERATION, "dataset_id")?,
            )
            .path_param(
                "project_id",
                required(self.project_id, OPERATION, "project_id")?,
            )
            .json_body(&body)?;
        self.client.send_json(request).await
    }
}
crate::support::setters!(
    CreatingADatasetExportTask { #[doc = " Dataset ID. Path parameter `dataset_id`."]
    dataset_id : String, #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc =
    " Labeling format. The options are as follows: - **VOC**: VOC - **COCO**: COCO"]
    annotation_format : types::ExportReqAnnotationFormat, #[doc = " Dataset ID."]
    dataset_id_2 : String, #[doc =
    " Dataset type. The options are as follows: - **0**: image classification - **1**: object detection - **100**: text classification - **101**: named entity recognition - **102**: text triplet - **200**: sound classification - **201**: speech content - **202**: speech paragraph labeling - **400**: table dataset - **600**: video labeling - **900**: custom format"]
    dataset_type : i64, #[doc =
    " Format of the exported directory. The options are as follows: - **1**: tree structure. For example: cat/1.jpg,dog/2.jpg. - **2**: tile structure. For example: 1.jpg, 1.txt; 2.jpg,2.txt."]
    export_format : i64, #[doc = " Parameters of a dataset export task."] export_params :
    types::ExportParamsExportTask, #[doc =
    " Export type. The options are as follows: - **0**: labeled - **1**: unlabeled - **2**: all - **3**: conditional search"]
    export_type : i64, #[doc = " Export output path."] path : String, #[doc =
    " Sample status. The options are as follows: - **ALL**: labeled - **NONE**: unlabeled - **UNCHECK**: pending acceptance - **ACCEPTED**: accepted - **REJECTED**: rejected - **UNREVIEWED**: pending review - **REVIEWED**: reviewed - **WORKFORCE\\_SAMPLED**: sampled - **WORKFORCE\\_SAMPLED\\_UNCHECK**: sampling unchecked - **WORKFORCE\\_SAMPLED\\_CHECKED**: sampling checked - **WORKFORCE\\_SAMPLED\\_ACCEPTED**: sampling accepted - **WORKFORCE\\_SAMPLED\\_REJECTED**: sampling rejected - **AUTO\\_ANNOTATION**: to be confirmed"]
    sample_state : types::ExportParamsSampleState, #[doc =
    " Prefix of the OBS path in the exported labeling file. The default value is **obs://**. You can set it to **s3://**. The image path starting with **obs** cannot be parsed during training. Set the path prefix in the exported **manifest** file to **s3://**."]
    #[doc = ""] #[doc = " Default: `obs://`."] source_type_header : String, #[doc =
    " Task status."] status : i64, #[doc = " Task ID."] task_id : String, #[doc =
    " Format of a dataset version. The options are as follows: - **Default**: default format - **CarbonData**: CarbonData (supported only by table datasets) - **CSV**: CSV"]
    version_format : types::SmartTaskConfigVersionFormat, #[doc = " Dataset version ID."]
    version_id : String, #[doc =
    " Whether to write the column name in the first line of the CSV file during export. This field is valid for the table dataset. The options are as follows: - **true**: Write the column name in the first line of the CSV file. (Default value) - **false**: Do not write the column name in the first line of the CSV file."]
    #[doc = ""] #[doc = " Default: `true`."] with_column_header : bool }
);
/// Request builder for `querying_the_monitoring_data_of_a_dataset`: `GET /v2/{project_id}/datasets/{dataset_id}/metrics`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct QueryingTheMonitoringDataOfADataset {
    client: docsdk_runtime::Client,
    dataset_id: Option<String>,
    project_id: Option<String>,
    end_time: Option<i64>,
    start_time: Option<i64>,
    workforce_task_id: Option<String>,
}
impl QueryingTheMonitoringDataOfADataset {
    pub(crate) fn new(client: docsdk_runtime::Client) -> Self {
        Self {
            client,
            dataset_id: None,
            project_id: None,
            end_time: None,
            start_time: None,
            workforce_task_id: None,
        }
    }
    /// Sends the request and returns the 200 response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<types::GetDatasetMetricResp> {
        const OPERATION: &str = "querying_the_monitoring_data_of_a_dataset";
        let request = Request::new(
                Method::Get,
                "/v2/{project_id}/datasets/{dataset_id}/metrics",
                OPERATION,
            )
            .path_param(
                "dataset_id",
                required(self.dataset_id, OPERATION, "dataset_id")?,
            )
            .path_param(
                "project_id",
                required(self.project_id, OPERATION, "project_id")?,
            )
            .query("end_time", required(self.end_time, OPERATION, "end_time")?)
            .query("start_time", required(self.start_time, OPERATION, "start_time")?)
            .query_opt("workforce_task_id", self.workforce_task_id);
        self.client.send_json(request).await
    }
}
crate::support::setters!(
    QueryingTheMonitoringDataOfADataset { #[doc =
    " Dataset ID. Path parameter `dataset_id`."] dataset_id : String, #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc =
    " End time of the monitoring information. Query parameter `end_time`."] end_time :
    i64, #[doc =
    " Start time of the monitoring information. Query parameter `start_time`."]
    start_time : i64, #[doc =
    " ID of a team labeling task. Query parameter `workforce_task_id`."]
    workforce_task_id : String }
);
/// Request builder for `querying_the_status_of_a_dataset_export_task`: `GET /v2/{project_id}/datasets/{resource_id}/export-tasks/{task_id}`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct QueryingTheStatusOfADatasetExportTask {
    client: docsdk_runtime::Client,
    project_id: Option<String>,
    resource_id: Option<String>,
    task_id: Option<String>,
}
impl QueryingTheStatusOfADatasetExportTask {
    pub(crate) fn new(client: docsdk_runtime::Client) -> Self {
        Self {
            client,
            project_id: None,
            resource_id: None,
            task_id: None,
        }
    }
    /// Sends the request and returns the 200 response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<types::ExportTaskStatusResp> {
        const OPERATION: &str = "querying_the_status_of_a_dataset_export_task";
        let request = Request::new(
                Method::Get,
                "/v2/{project_id}/datasets/{resource_id}/export-tasks/{task_id}",
                OPERATION,
            )
            .path_param(
                "project_id",
                required(self.project_id, OPERATION, "project_id")?,
            )
            .path_param(
                "resource_id",
                required(self.resource_id, OPERATION, "resource_id")?,
            )
            .path_param("task_id", required(self.task_id, OPERATION, "task_id")?);
        self.client.send_json(request).await
    }
}
crate::support::setters!(
    QueryingTheStatusOfADatasetExportTask { #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc =
    " Resource ID. Currently, the dataset ID can be specified. Path parameter `resource_id`."]
    resource_id : String, #[doc = " ID of an export task. Path parameter `task_id`."]
    task_id : String }
);
/// Request builder for `querying_the_algorithm_type_for_data_processing`: `GET /v2/{project_id}/processor-tasks/items`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct QueryingTheAlgorithmTypeForDataProcessing {
    client: docsdk_runtime::Client,
    project_id: Option<String>,
}
impl QueryingTheAlgorithmTypeForDataProcessing {
    pub(crate) fn new(client: docsdk_runtime::Client) -> Self {
        Self { client, project_id: None }
    }
    /// Sends the request and returns the 200 response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<types::GetProcessorTaskItemsResp> {
        const OPERATION: &str = "querying_the_algorithm_type_for_data_processing";
        let request = Request::new(
                Method::Get,
                "/v2/{project_id}/processor-tasks/items",
                OPERATION,
            )
            .path_param(
                "project_id",
                required(self.project_id, OPERATION, "project_id")?,
            );
        self.client.send_json(request).await
    }
}
crate::support::setters!(
    QueryingTheAlgorithmTypeForDataProcessing { #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String }
);
/// Request builder for `querying_the_report_of_a_team_labeling_acceptance_task`: `GET /v2/{project_id}/datasets/{dataset_id}/workforce-tasks/{workforce_task_id}/acceptance/report`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct QueryingTheReportOfATeamLabelingAcceptanceTask {
    client: docsdk_runtime::Client,
    dataset_id: Option<String>,
    project_id: Option<String>,
    workforce_task_id: Option<String>,
    checking_task_id: Option<String>,
}
impl QueryingTheReportOfATeamLabelingAcceptanceTask {
    pub(crate) fn new(client: docsdk_runtime::Client) -> Self {
        Self {
            client,
            dataset_id: None,
            project_id: None,
            workforce_task_id: None,
            checking_task_id: None,
        }
    }
    /// Sends the request and returns the 200 response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<types::CheckWorkforceSamplingTaskResp> {
        const OPERATION: &str = "querying_the_report_of_a_team_labeling_acceptance_task";
        let request = Request::new(
                Method::Get,
                "/v2/{project_id}/datasets/{dataset_id}/workforce-tasks/{workforce_task_id}/acceptance/report",
                OPERATION,
            )
            .path_param(
                "dataset_id",
                required(self.dataset_id, OPERATION, "dataset_id")?,
            )
            .path_param(
                "project_id",
                required(self.project_id, OPERATION, "project_id")?,
            )
            .path_param(
                "workforce_task_id",
                required(self.workforce_task_id, OPERATION, "workforce_task_id")?,
            )
            .query(
                "checking_task_id",
                required(self.checking_task_id, OPERATION, "checking_task_id")?,
            );
        self.client.send_json(request).await
    }
}
crate::support::setters!(
    QueryingTheReportOfATeamLabelingAcceptanceTask { #[doc =
    " Dataset ID. Path parameter `dataset_id`."] dataset_id : String, #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc =
    " ID of a team labeling task. Path parameter `workforce_task_id`."] workforce_task_id
    : String, #[doc =
    " ID of the task that is being checked. Query parameter `checking_task_id`."]
    checking_task_id : String }
);
/// Request builder for `querying_details_about_the_progress_of_a_team_labeling_task_member`: `GET /v2/{project_id}/datasets/{dataset_id}/workforce-tasks/{workforce_task_id}/metrics`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct QueryingDetailsAboutTheProgressOfATeamLabelingTaskMember {
    client: docsdk_runtime::Client,
    dataset_id: Option<String>,
    project_id: Option<String>,
    workforce_task_id: Option<String>,
}
impl QueryingDetailsAboutTheProgressOfATeamLabelingTaskMember {
    pub(crate) fn new(client: docsdk_runtime::Client) -> Self {
        Self {
            client,
            dataset_id: None,
            project_id: None,
            workforce_task_id: None,
        }
    }
    /// Sends the request and returns the 200 response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<types::GetWorkforceTaskMetricResp> {
        const OPERATION: &str = "querying_details_about_the_progress_of_a_team_labeling_task_member";
        let request = Request::new(
                Method::Get,
                "/v2/{project_id}/datasets/{dataset_id}/workforce-tasks/{workforce_task_id}/metrics",
                OPERATION,
            )
            .path_param(
                "dataset_id",
                required(self.dataset_id, OPERATION, "dataset_id")?,
            )
            .path_param(
                "project_id",
                required(self.project_id, OPERATION, "project_id")?,
            )
            .path_param(
                "workforce_task_id",
                required(self.workforce_task_id, OPERATION, "workforce_task_id")?,
            );
        self.client.send_json(request).await
    }
}
crate::support::setters!(
    QueryingDetailsAboutTheProgressOfATeamLabelingTaskMember { #[doc =
    " Dataset ID. Path parameter `dataset_id`."] dataset_id : String, #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc =
    " ID of a team labeling task. Path parameter `workforce_task_id`."] workforce_task_id
    : String }
);
/// Request builder for `querying_the_dataset_import_task_list`: `GET /v2/{project_id}/datasets/{dataset_id}/import-tasks`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct QueryingTheDatasetImportTaskList {
    client: docsdk_runtime::Client,
    dataset_id: Option<String>,
    project_id: Option<String>,
    limit: Option<i64>,
    offset: Option<i64>,
}
impl QueryingTheDatasetImportTaskList {
    pub(crate) fn new(client: docsdk_runtime::Client) -> Self {
        Self {
            client,
            dataset_id: None,
            project_id: None,
            limit: None,
            offset: None,
        }
    }
    /// Sends the request and returns the 200 response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<types::ImportTasksStatusResp> {
        const OPERATION: &str = "querying_the_dataset_import_task_list";
        let request = Request::new(
                Method::Get,
                "/v2/{project_id}/datasets/{dataset_id}/import-tasks",
                OPERATION,
            )
            .path_param(
                "dataset_id",
                required(self.dataset_id, OPERATION, "dataset_id")?,
            )
            .path_param(
                "project_id",
                required(self.project_id, OPERATION, "project_id")?,
            )
            .query_opt("limit", self.limit)
            .query_opt("offset", self.offset);
        self.client.send_json(request).await
    }
}
crate::support::setters!(
    QueryingTheDatasetImportTaskList { #[doc =
    " Dataset ID. Path parameter `dataset_id`."] dataset_id : String, #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc =
    " Maximum number of records returned on each page. The value ranges from 1 to 100. The default value is **10**."]
    #[doc = ""] #[doc = " Query parameter `limit`. Default: `10`. Range 1 to 100."] limit
    : i64, #[doc =
    " Start page of the paging list. The default value is **0**. Query parameter `offset`. Default: `0`."]
    offset : i64 }
);
/// Request builder for `creating_an_import_task`: `POST /v2/{project_id}/datasets/{dataset_id}/import-tasks`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct CreatingAnImportTask {
    client: docsdk_runtime::Client,
    dataset_id: Option<String>,
    project_id: Option<String>,
    annotation_format: Option<types::ExportReqAnnotationFormat>,
    data_source: Option<types::DataSource>,
    difficult_only: Option<bool>,
    excluded_labels: Option<Vec<types::Label>>,
    final_annotation: Option<bool>,
    import_annotations: Option<bool>,
    import_folder: Option<String>,
    import_origin: Option<types::ImportReqImportOrigin>,
    import_path: Option<String>,
    import_samples: Option<bool>,
    import_type: Option<types::SearchConditionHard>,
    included_labels: Option<Vec<types::Label>>,
    label_format: Option<types::LabelFormat>,
    with_column_header: Option<bool>,
}
impl CreatingAnImportTask {
    pub(crate) fn new(client: docsdk_runtime::Client) -> Self {
        Self {
            client,
            dataset_id: None,
            project_id: None,
            annotation_format: None,
            data_source: None,
            difficult_only: None,
            excluded_labels: None,
            final_annotation: None,
            import_annotations: None,
            import_folder: None,
            import_origin: None,
            import_path: None,
            import_samples: None,
            import_type: None,
            included_labels: None,
            label_format: None,
            with_column_header: None,
        }
    }
    /// Sends the request and returns the 200 response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<types::ImportResp> {
        const OPERATION: &str = "creating_an_import_task";
        let body = types::ImportReq {
            annotation_format: self.annotation_format,
            data_source: self.data_source,
            difficult_only: self.difficult_only,
            excluded_labels: self.excluded_labels,
            final_annotation: self.final_annotation,
            import_annotations: self.import_annotations,
            import_folder: self.import_folder,
            import_origin: self.import_origin,
            import_path: self.import_path,
            import_samples: self.import_samples,
            import_type: self.import_type,
            included_labels: self.included_labels,
            label_format: self.label_format,
            with_column_header: self.with_column_header,
        };
        let request = Request::new(
                Method::Post,
                "/v2/{project_id}/datasets/{dataset_id}/import-tasks",
                OPERATION,
            )
            .path_param(
                "dataset_id",
                required(self.dataset_id, OPERATION, "dataset_id")?,
            )
            .path_param(
                "project_id",
                required(self.project_id, OPERATION, "project_id")?,
            )
            .json_body(&body)?;
        self.client.send_json(request).await
    }
}
crate::support::setters!(
    CreatingAnImportTask { #[doc = " Dataset ID. Path parameter `dataset_id`."]
    dataset_id : String, #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc =
    " Format of the labeling information. Currently, only object detection is supported. The options are as follows: - **VOC**: VOC - **COCO**: COCO"]
    annotation_format : types::ExportReqAnnotationFormat, #[doc = " Data source."]
    data_source : types::DataSource, #[doc =
    " Whether to import only hard examples. The options are as follows: - **true**: Only difficult samples are imported. - **false**: All samples are imported. (Default value)"]
    #[doc = ""] #[doc = " Default: `false`."] difficult_only : bool, #[doc =
    " Do not import samples containing the specified label."] excluded_labels : Vec <
    types::Label >, #[doc =
    " Whether to import data to the final state. The options are as follows: - **true**: Import data to the final state. (Default value) - **false**: Do not import data to the final state."]
    #[doc = ""] #[doc = " Default: `true`."] final_annotation : bool, #[doc =
    " Whether to import labels. The options are as follows: - **true**: Import labels. (Default value) - **false**: Do not import labels. Default: `true`."]
    import_annotations : bool, #[doc =
    " Name of the subdirectory in the dataset storage directory after import. You can specify the same subdirectory for multiple import tasks to avoid repeated import of the same samples. This field is invalid for table datasets."]
    import_folder : String, #[doc =
    " Data source. The options are as follows: - **obs**: OBS bucket (default value) - **dws**: GaussDB(DWS) - **dli**: DLI - **rds**: RDS - **mrs**: MRS - **inference**: Inference service"]
    #[doc = ""] #[doc = " Default: `obs`."] import_origin : types::ImportReqImportOrigin,
    #[doc =
    " OBS path or **manifest** path to be imported. - When importing a manifest file, ensure that the path is accurate to the manifest file.- When a path is imported as a directory, the dataset type can only support image classification, object detection, text classification, or sound classification."]
    import_path : String, #[doc =
    " Whether to import samples. The options are as follows: - **true**: Import samples. (Default value) - **false**: Do not import samples. Default: `true`."]
    import_samples : bool, #[doc =
    " Import mode. The options are as follows: - **0**: Import by directory. - **1**: Import by manifest file."]
    import_type : types::SearchConditionHard, #[doc =
    " Import samples containing the specified label."] included_labels : Vec <
    types::Label >, #[doc =
    " Label format. This parameter is used only for text datasets."] label_format :
    types::LabelFormat, #[doc =
    " Whether the first row in the file is a column name. This field is valid for the table dataset. The options are as follows: - **true**: The first row in the file is the column name. - **false**: The first row in the file is not the column name. (Default value)"]
    #[doc = ""] #[doc = " Default: `false`."] with_column_header : bool }
);
/// Request builder for `querying_the_list_of_all_labeling_team_members`: `GET /v2/{project_id}/workforces/workers`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct QueryingTheListOfAllLabelingTeamMembers {
    client: docsdk_runtime::Client,
    project_id: Option<String>,
    limit: Option<i64>,
    offset: Option<i64>,
    order: Option<types::Order>,
    role: Option<i64>,
    sort_by: Option<types::SortBy5>,
}
impl QueryingTheListOfAllLabelingTeamMembers {
    pub(crate) fn new(client: docsdk_runtime::Client) -> Self {
        Self {
            client,
            project_id: None,
            limit: None,
            offset: None,
            order: None,
            role: None,
            sort_by: None,
        }
    }
    /// Sends the request and returns the 200 response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<types::ListWorkersResp> {
        const OPERATION: &str = "querying_the_list_of_all_labeling_team_members";
        let request = Request::new(
                Method::Get,
                "/v2/{project_id}/workforces/workers",
                OPERATION,
            )
            .path_param(
                "project_id",
                required(self.project_id, OPERATION, "project_id")?,
            )
            .query_opt("limit", self.limit)
            .query_opt("offset", self.offset)
            .query_opt("order", self.order)
            .query_opt("role", self.role)
            .query_opt("sort_by", self.sort_by);
        self.client.send_json(request).await
    }
}
crate::support::setters!(
    QueryingTheListOfAllLabelingTeamMembers { #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc =
    " Maximum number of records returned on each page. The value ranges from 1 to 100. The default value is **10**."]
    #[doc = ""] #[doc = " Query parameter `limit`. Default: `10`. Range 1 to 100."] limit
    : i64, #[doc =
    " Start page of the paging list. The default value is **0**. Query parameter `offset`. Default: `0`."]
    offset : i64, #[doc =
    " Sorting sequence of the query. The options are as follows: - **asc**: ascending order - **desc**: descending order (default value)"]
    #[doc = ""] #[doc = " Query parameter `order`. Default: `desc`."] order :
    types::Order, #[doc =
    " Filtering query based on the member role. The options are as follows: - **0**: labeling personnel (default value) - **1**: reviewer - **2**: team administrator"]
    #[doc = ""] #[doc = " Query parameter `role`. Default: `0`."] role : i64, #[doc =
    " Sorting mode of the query. The options are as follows: - **create\\_time**: Sort by creation time. (Default value) - **email**: Sort by email."]
    #[doc = ""] #[doc = " Query parameter `sort_by`. Default: `create_time`."] sort_by :
    types::SortBy5 }
);
/// Request builder for `querying_auto_labeling_sample_list`: `GET /v2/{project_id}/datasets/{dataset_id}/auto-annotations/samples`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct QueryingAutoLabelingSampleList {
    client: docsdk_runtime::Client,
    dataset_id: Option<String>,
    project_id: Option<String>,
    high_score: Option<String>,
    label_name: Option<String>,
    label_type: Option<i64>,
    limit: Option<i64>,
    low_score: Option<String>,
    offset: Option<i64>,
    order: Option<types::Order>,
    process_parameter: Option<String>,
    search_conditions: Option<String>,
}
impl QueryingAutoLabelingSampleList {
    pub(crate) fn new(client: docsdk_runtime::Client) -> Self {
        Self {
            client,
            dataset_id: None,
            project_id: None,
            high_score: None,
            label_name: None,
            label_type: None,
            limit: None,
            low_score: None,
            offset: None,
            order: None,
            process_parameter: None,
            search_conditions: None,
        }
    }
    /// Sends the request and returns the 200 response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<types::ListSamplesResp> {
        const OPERATION: &str = "querying_auto_labeling_sample_list";
        let request = Request::new(
                Method::Get,
                "/v2/{project_id}/datasets/{dataset_id}/auto-annotations/samples",
                OPERATION,
            )
            .path_param(
                "dataset_id",
                required(self.dataset_id, OPERATION, "dataset_id")?,
            )
            .path_param(
                "project_id",
                required(self.project_id, OPERATION, "project_id")?,
            )
            .query_opt("high_score", self.high_score)
            .query_opt("label_name", self.label_name)
            .query_opt("label_type", self.label_type)
            .query_opt("limit", self.limit)
            .query_opt("low_score", self.low_score)
            .query_opt("offset", self.offset)
            .query_opt("order", self.order)
            .query_opt("process_parameter", self.process_parameter)
            .query_opt("search_conditions", self.search_conditions);
        self.client.send_json(request).await
    }
}
crate::support::setters!(
    QueryingAutoLabelingSampleList { #[doc = " Dataset ID. Path parameter `dataset_id`."]
    dataset_id : String, #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc =
    " Upper confidence limit. The default value is **1**. Query parameter `high_score`. Default: `1`."]
    high_score : String, #[doc = " Label name. Query parameter `label_name`."] label_name
    : String, #[doc = " Labeling type. The options are as follows:"] #[doc = ""] #[doc =
    " - **0**: image classification"] #[doc = " - **1**: object detection"] #[doc =
    " - **100**: text classification"] #[doc = " - **101**: named entity recognition"]
    #[doc = " - **102**: text triplet"] #[doc = " - **200**: sound classification"] #[doc
    = " - **201**: speech content"] #[doc = " - **202**: speech paragraph labeling"]
    #[doc = " - **400**: table dataset"] #[doc = " - **600**: video labeling"] #[doc =
    " - **900**: custom format"] #[doc = ""] #[doc = " Query parameter `label_type`."]
    label_type : i64, #[doc =
    " Maximum number of records returned on each page. The value ranges from 1 to 100. The default value is **10**."]
    #[doc = ""] #[doc = " Query parameter `limit`. Default: `10`. Range 1 to 100."] limit
    : i64, #[doc =
    " Lower confidence limit. The default value is **0**. Query parameter `low_score`. Default: `0`."]
    low_score : String, #[doc =
    " Start page of the paging list. The default value is **0**. Query parameter `offset`. Default: `0`."]
    offset : i64, #[doc = " Sorting sequence of the query. The options are as follows:"]
    #[doc = ""] #[doc = " - **asc**: ascending order"] #[doc =
    " - **desc**: descending order (default value)"] #[doc = ""] #[doc =
    " Query parameter `order`. Default: `desc`."] order : types::Order, #[doc =
    " Image resizing setting, which is the same as the OBS resizing setting. For details, see . For example, **image/resize,m\\_lfit,h\\_200** indicates that the target image is resized proportionally and the height is set to 200 pixels."]
    #[doc = ""] #[doc = " Query parameter `process_parameter`."] process_parameter :
    String, #[doc =
    " Multi-dimensional search condition after URL encoding. The relationship between multiple search conditions is AND. Query parameter `search_conditions`."]
    search_conditions : String }
);
/// Request builder for `querying_the_result_of_a_data_processing_task_version`: `GET /v2/{project_id}/processor-tasks/{task_id}/versions/{version_id}/results`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct QueryingTheResultOfADataProcessingTaskVersion {
    client: docsdk_runtime::Client,
    project_id: Option<String>,
    task_id: Option<String>,
    version_id: Option<String>,
    limit: Option<i64>,
    offset: Option<i64>,
    process_parameter: Option<String>,
    result_property: Option<types::ResultProperty>,
}
impl QueryingTheResultOfADataProcessingTaskVersion {
    pub(crate) fn new(client: docsdk_runtime::Client) -> Self {
        Self {
            client,
            project_id: None,
            task_id: None,
            version_id: None,
            limit: None,
            offset: None,
            process_parameter: None,
            result_property: None,
        }
    }
    /// Sends the request and returns the 200 response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<types::ListProcessorTaskVersionResultsResp> {
        const OPERATION: &str = "querying_the_result_of_a_data_processing_task_version";
        let request = Request::new(
                Method::Get,
                "/v2/{project_id}/processor-tasks/{task_id}/versions/{version_id}/results",
                OPERATION,
            )
            .path_param(
                "project_id",
                required(self.project_id, OPERATION, "project_id")?,
            )
            .path_param("task_id", required(self.task_id, OPERATION, "task_id")?)
            .path_param(
                "version_id",
                required(self.version_id, OPERATION, "version_id")?,
            )
            .query_opt("limit", self.limit)
            .query_opt("offset", self.offset)
            .query_opt("process_parameter", self.process_parameter)
            .query_opt("result_property", self.result_property);
        self.client.send_json(request).await
    }
}
crate::support::setters!(
    QueryingTheResultOfADataProcessingTaskVersion { #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc =
    " ID of a data processing task. Path parameter `task_id`."] task_id : String, #[doc =
    " Version ID of a data processing task. Path parameter `version_id`."] version_id :
    String, #[doc =
    " Maximum number of records returned on each page. The value ranges from 1 to 100. The default value is **10**."]
    #[doc = ""] #[doc = " Query parameter `limit`. Default: `10`. Range 1 to 100."] limit
    : i64, #[doc =
    " Start page of the paging list. The default value is **0**. Query parameter `offset`. Default: `0`."]
    offset : i64, #[doc =
    " Image resizing setting, which is the same as the OBS resizing setting. For details, see . For example, **image/resize,m\\_lfit,h\\_200** indicates that the target image is resized proportionally and the height is set to 200 pixels."]
    #[doc = ""] #[doc = " Query parameter `process_parameter`."] process_parameter :
    String, #[doc =
    " Sample status. If this parameter is not delivered or is set to **-1**, all samples are returned by default. The options are as follows:"]
    #[doc = ""] #[doc = " - **-1**: all"] #[doc = " - **0**: reserve"] #[doc =
    " - **1**: modify"] #[doc = " - **2**: delete"] #[doc = " - **3**: add"] #[doc = ""]
    #[doc = " Query parameter `result_property`."] result_property :
    types::ResultProperty }
);
/// Request builder for `querying_the_sample_list`: `GET /v2/{project_id}/datasets/{dataset_id}/data-annotations/samples`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct QueryingTheSampleList {
    client: docsdk_runtime::Client,
    dataset_id: Option<String>,
    project_id: Option<String>,
    email: Option<String>,
    high_score: Option<String>,
    label_name: Option<String>,
    label_type: Option<i64>,
    limit: Option<i64>,
    locale: Option<types::UpdateWorkforceSamplingTaskReqLocale>,
    low_score: Option<String>,
    offset: Option<i64>,
    order: Option<types::Order>,
    preview: Option<bool>,
    process_parameter: Option<String>,
    sample_state: Option<types::ExportParamsSampleState>,
    sample_type: Option<i64>,
    search_conditions: Option<String>,
    version_id: Option<String>,
}
impl QueryingTheSampleList {
    pub(crate) fn new(client: docsdk_runtime::Client) -> Self {
        Self {
            client,
            dataset_id: None,
            project_id: None,
            email: None,
            high_score: None,
            label_name: None,
            label_type: None,
            limit: None,
            locale: None,
            low_score: None,
            offset: None,
            order: None,
            preview: None,
            process_parameter: None,
            sample_state: None,
            sample_type: None,
            search_conditions: None,
            version_id: None,
        }
    }
    /// Sends the request and returns the 200 response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<types::ListSamplesResp2> {
        const OPERATION: &str = "querying_the_sample_list";
        let request = Request::new(
                Method::Get,
                "/v2/{project_id}/datasets/{dataset_id}/data-annotations/samples",
                OPERATION,
            )
            .path_param(
                "dataset_id",
                required(self.dataset_id, OPERATION, "dataset_id")?,
            )
            .path_param(
                "project_id",
                required(self.project_id, OPERATION, "project_id")?,
            )
            .query_opt("email", self.email)
            .query_opt("high_score", self.high_score)
            .query_opt("label_name", self.label_name)
            .query_opt("label_type", self.label_type)
            .query_opt("limit", self.limit)
            .query_opt("locale", self.locale)
            .query_opt("low_score", self.low_score)
            .query_opt("offset", self.offset)
            .query_opt("order", self.order)
            .query_opt("preview", self.preview)
            .query_opt("process_parameter", self.process_parameter)
            .query_opt("sample_state", self.sample_state)
            .query_opt("sample_type", self.sample_type)
            .query_opt("search_conditions", self.search_conditions)
            .query_opt("version_id", self.version_id);
        self.client.send_json(request).await
    }
}
crate::support::setters!(
    QueryingTheSampleList { #[doc = " Dataset ID. Path parameter `dataset_id`."]
    dataset_id : String, #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc =
    " Email address of a labeling team member. Query parameter `email`."] email : String,
    #[doc =
    " Upper confidence limit. The default value is **1**. Query parameter `high_score`. Default: `1`."]
    high_score : String, #[doc = " Label name. Query parameter `label_name`."] label_name
    : String, #[doc =
    " Labeling type. The options are as follows: - **0**: image classification - **1**: object detection - **100**: text classification - **101**: named entity recognition - **102**: text triplet - **200**: sound classification - **201**: speech content - **202**: speech paragraph labeling - **400**: table dataset - **600**: video labeling - **900**: custom format"]
    #[doc = ""] #[doc = " Query parameter `label_type`."] label_type : i64, #[doc =
    " Maximum number of records returned on each page. The value ranges from 1 to 100. The default value is **10**."]
    #[doc = ""] #[doc = " Query parameter `limit`. Default: `10`. Range 1 to 100."] limit
    : i64, #[doc =
    " Language. The options are as follows: - **en-us**: English (default value) - **zh-cn**: Chinese. Query parameter `locale`. Default: `en-us`."]
    locale : types::UpdateWorkforceSamplingTaskReqLocale, #[doc =
    " Lower confidence limit. The default value is **0**. Query parameter `low_score`. Default: `0`."]
    low_score : String, #[doc =
    " Start page of the paging list. The default value is **0**. Query parameter `offset`. Default: `0`."]
    offset : i64, #[doc =
    " Sorting sequence of the query. The options are as follows: - **asc**: ascending order - **desc**: descending order (default value)"]
    #[doc = ""] #[doc = " Query parameter `order`. Default: `desc`."] order :
    types::Order, #[doc =
    " Whether to support preview. The options are as follows: - **true**: Preview is supported. - **false**: Preview is not supported. Query parameter `preview`."]
    preview : bool, #[doc =
    " Image resizing setting, which is the same as the OBS resizing setting. For details, see . For example, **image/resize,m\\_lfit,h\\_200** indicates that the target image is resized proportionally and the height is set to 200 pixels."]
    #[doc = ""] #[doc = " Query parameter `process_parameter`."] process_parameter :
    String, #[doc =
    " Sample status. The options are as follows: - **ALL**: labeled - **NONE**: unlabeled - **UNCHECK**: pending acceptance - **ACCEPTED**: accepted - **REJECTED**: rejected - **UNREVIEWED**: pending review - **REVIEWED**: reviewed - **WORKFORCE\\_SAMPLED**: sampled - **WORKFORCE\\_SAMPLED\\_UNCHECK**: sampling unchecked - **WORKFORCE\\_SAMPLED\\_CHECKED**: sampling checked - **WORKFORCE\\_SAMPLED\\_ACCEPTED**: sampling accepted - **WORKFORCE\\_SAMPLED\\_REJECTED**: sampling rejected - **AUTO\\_ANNOTATION**: to be confirmed"]
    #[doc = ""] #[doc = " Query parameter `sample_state`."] sample_state :
    types::ExportParamsSampleState, #[doc =
    " Sample file type. The options are as follows: - **0**: image - **1**: text - **2**: audio - **4**: table - **6**: video - **9**: custom format (default value)"]
    #[doc = ""] #[doc = " Query parameter `sample_type`. Default: `9`."] sample_type :
    i64, #[doc =
    " Multi-dimensional search condition after URL encoding. The relationship between multiple search conditions is AND. Query parameter `search_conditions`."]
    search_conditions : String, #[doc =
    " Dataset version ID. Query parameter `version_id`."] version_id : String }
);
/// Request builder for `updating_sample_labels_in_batches`: `PUT /v2/{project_id}/datasets/{dataset_id}/data-annotations/samples`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct UpdatingSampleLabelsInBatches {
    client: docsdk_runtime::Client,
    dataset_id: Option<String>,
    project_id: Option<String>,
    email: Option<String>,
    samples: Option<Vec<types::SampleLabels>>,
}
impl UpdatingSampleLabelsInBatches {
    pub(crate) fn new(client: docsdk_runtime::Client) -> Self {
        Self {
            client,
            dataset_id: None,
            project_id: None,
            email: None,
            samples: None,
        }
    }
    /// Sends the request and returns the 200 response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<types::UpdateSamplesResp> {
        const OPERATION: &str = "updating_sample_labels_in_batches";
        let body = types::UpdateSamplesReq {
            email: self.email,
            samples: self.samples,
        };
        let request = Request::new(
                Method::Put,
                "/v2/{project_id}/datasets/{dataset_id}/data-annotations/samples",
                OPERATION,
            )
            .path_param(
                "dataset_id",
                required(self.dataset_id, OPERATION, "dataset_id")?,
            )
            .path_param(
                "project_id",
                required(self.project_id, OPERATION, "project_id")?,
            )
            .json_body(&body)?;
        self.client.send_json(request).await
    }
}
crate::support::setters!(
    UpdatingSampleLabelsInBatches { #[doc = " Dataset ID. Path parameter `dataset_id`."]
    dataset_id : String, #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc = " Email address of a labeling team member."] email :
    String, #[doc = " Updated sample list."] samples : Vec < types::SampleLabels > }
);
/// Request builder for `adding_samples_in_batches`: `POST /v2/{project_id}/datasets/{dataset_id}/data-annotations/samples`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct AddingSamplesInBatches {
    client: docsdk_runtime::Client,
    dataset_id: Option<String>,
    project_id: Option<String>,
    final_annotation: Option<bool>,
    label_format: Option<types::LabelFormat>,
    samples: Option<Vec<types::Sample>>,
}
impl AddingSamplesInBatches {
    pub(crate) fn new(client: docsdk_runtime::Client) -> Self {
        Self {
            client,
            dataset_id: None,
            project_id: None,
            final_annotation: None,
            label_format: None,
            samples: None,
        }
    }
    /// Sends the request and returns the 200 response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<types::UploadSamplesResp> {
        const OPERATION: &str = "adding_samples_in_batches";
        let body = types::UploadSamplesReq {
            final_annotation: self.final_annotation,
            label_format: self.label_format,
            samples: self.samples,
        };
        let request = Request::new(
                Method::Post,
                "/v2/{project_id}/datasets/{dataset_id}/data-annotations/samples",
                OPERATION,
            )
            .path_param(
                "dataset_id",
                required(self.dataset_id, OPERATION, "dataset_id")?,
            )
            .path_param(
                "project_id",
                required(self.project_id, OPERATION, "project_id")?,
            )
            .json_body(&body)?;
        self.client.send_json(request).await
    }
}
crate::support::setters!(
    AddingSamplesInBatches { #[doc = " Dataset ID. Path parameter `dataset_id`."]
    dataset_id : String, #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc =
    " Whether to directly import to the final result. The options are as follows: - **true**: Import labels to the labeled dataset. (Default value). - **false**: Import labels to the to-be-confirmed dataset. Currently, to-be-confirmed datasets only support categories of image classification and object detection."]
    #[doc = ""] #[doc = " Default: `true`."] final_annotation : bool, #[doc =
    " Label format. This parameter is used only for text datasets."] label_format :
    types::LabelFormat, #[doc = " Sample list."] samples : Vec < types::Sample > }
);
/// Request builder for `obtaining_sample_search_condition`: `GET /v2/{project_id}/datasets/{dataset_id}/data-annotations/search-condition`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct ObtainingSampleSearchCondition {
    client: docsdk_runtime::Client,
    dataset_id: Option<String>,
    project_id: Option<String>,
}
impl ObtainingSampleSearchCondition {
    pub(crate) fn new(client: docsdk_runtime::Client) -> Self {
        Self {
            client,
            dataset_id: None,
            project_id: None,
        }
    }
    /// Sends the request and returns the 200 response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<types::ListSearchResp> {
        const OPERATION: &str = "obtaining_sample_search_condition";
        let request = Request::new(
                Method::Get,
                "/v2/{project_id}/datasets/{dataset_id}/data-annotations/search-condition",
                OPERATION,
            )
            .path_param(
                "dataset_id",
                required(self.dataset_id, OPERATION, "dataset_id")?,
            )
            .path_param(
                "project_id",
                required(self.project_id, OPERATION, "project_id")?,
            );
        self.client.send_json(request).await
    }
}
crate::support::setters!(
    ObtainingSampleSearchCondition { #[doc = " Dataset ID. Path parameter `dataset_id`."]
    dataset_id : String, #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String }
);
/// Request builder for `querying_dataset_statistics`: `GET /v2/{project_id}/datasets/{dataset_id}/data-annotations/stats`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct QueryingDatasetStatistics {
    client: docsdk_runtime::Client,
    dataset_id: Option<String>,
    project_id: Option<String>,
    email: Option<String>,
    locale: Option<types::Locale>,
    sample_state: Option<types::ExportParamsSampleState>,
}
impl QueryingDatasetStatistics {
    pub(crate) fn new(client: docsdk_runtime::Client) -> Self {
        Self {
            client,
            dataset_id: None,
            project_id: None,
            email: None,
            locale: None,
            sample_state: None,
        }
    }
    /// Sends the request and returns the 200 response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<types::ListStatsResp> {
        const OPERATION: &str = "querying_dataset_statistics";
        let request = Request::new(
                Method::Get,
                "/v2/{project_id}/datasets/{dataset_id}/data-annotations/stats",
                OPERATION,
            )
            .path_param(
                "dataset_id",
                required(self.dataset_id, OPERATION, "dataset_id")?,
            )
            .path_param(
                "project_id",
                required(self.project_id, OPERATION, "project_id")?,
            )
            .query_opt("email", self.email)
            .query_opt("locale", self.locale)
            .query_opt("sample_state", self.sample_state);
        self.client.send_json(request).await
    }
}
crate::support::setters!(
    QueryingDatasetStatistics { #[doc = " Dataset ID. Path parameter `dataset_id`."]
    dataset_id : String, #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc =
    " Email address of a labeling team member. Query parameter `email`."] email : String,
    #[doc =
    " Language. The options are as follows: - **zh-cn**: Chinese - **en-us**: English (default value). Query parameter `locale`. Default: `en-us`."]
    locale : types::Locale, #[doc =
    " Query statistics on samples in a specified state. The options are as follows: - **ALL**: labeled - **NONE**: unlabeled - **UNCHECK**: pending acceptance - **ACCEPTED**: accepted - **REJECTED**: rejected - **UNREVIEWED**: pending review - **REVIEWED**: reviewed - **WORKFORCE\\_SAMPLED**: sampled - **WORKFORCE\\_SAMPLED\\_UNCHECK**: sampling unchecked - **WORKFORCE\\_SAMPLED\\_CHECKED**: sampling checked - **WORKFORCE\\_SAMPLED\\_ACCEPTED**: sampling accepted - **WORKFORCE\\_SAMPLED\\_REJECTED**: sampling rejected - **AUTO\\_ANNOTATION**: to be confirmed"]
    #[doc = ""] #[doc = " Query parameter `sample_state`."] sample_state :
    types::ExportParamsSampleState }
);
/// Request builder for `querying_the_team_labeling_task_list_by_a_team_member`: `GET /v2/{project_id}/workforces/worker-tasks`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct QueryingTheTeamLabelingTaskListByATeamMember {
    client: docsdk_runtime::Client,
    project_id: Option<String>,
    limit: Option<i64>,
    offset: Option<i64>,
    order: Option<types::Order>,
    search_content: Option<String>,
    sort_by: Option<types::SortBy7>,
}
impl QueryingTheTeamLabelingTaskListByATeamMember {
    pub(crate) fn new(client: docsdk_runtime::Client) -> Self {
        Self {
            client,
            project_id: None,
            limit: None,
            offset: None,
            order: None,
            search_content: None,
            sort_by: None,
        }
    }
    /// Sends the request and returns the 200 response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<types::ListWorkerTasksResp> {
        const OPERATION: &str = "querying_the_team_labeling_task_list_by_a_team_member";
        let request = Request::new(
                Method::Get,
                "/v2/{project_id}/workforces/worker-tasks",
                OPERATION,
            )
            .path_param(
                "project_id",
                required(self.project_id, OPERATION, "project_id")?,
            )
            .query_opt("limit", self.limit)
            .query_opt("offset", self.offset)
            .query_opt("order", self.order)
            .query_opt("search_content", self.search_content)
            .query_opt("sort_by", self.sort_by);
        self.client.send_json(request).await
    }
}
crate::support::setters!(
    QueryingTheTeamLabelingTaskListByATeamMember { #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc =
    " Maximum number of records returned on each page. The value ranges from 1 to 100. The default value is **10**."]
    #[doc = ""] #[doc = " Query parameter `limit`. Default: `10`. Range 1 to 100."] limit
    : i64, #[doc =
    " Start page of the paging list. The default value is **0**. Query parameter `offset`. Default: `0`."]
    offset : i64, #[doc =
    " Sorting method. The options are as follows: - **asc**: ascending order - **desc**: descending order (default value). Query parameter `order`. Default: `desc`."]
    order : types::Order, #[doc =
    " Fuzzy search keyword. By default, this parameter is left blank. Query parameter `search_content`."]
    search_content : String, #[doc =
    " Sorting mode of the query. The options are as follows: - **create\\_time**: Sort by creation time. (Default value) - **workforce\\_task\\_name**: Sort by task name."]
    #[doc = ""] #[doc = " Query parameter `sort_by`. Default: `create_time`."] sort_by :
    types::SortBy7 }
);
/// Request builder for `querying_the_sample_list_of_a_team_labeling_task_by_page`: `GET /v2/{project_id}/datasets/{dataset_id}/workforce-tasks/{workforce_task_id}/data-annotations/samples`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct QueryingTheSampleListOfATeamLabelingTaskByPage {
    client: docsdk_runtime::Client,
    dataset_id: Option<String>,
    project_id: Option<String>,
    workforce_task_id: Option<String>,
    label_name: Option<String>,
    label_type: Option<i64>,
    limit: Option<i64>,
    locale: Option<types::UpdateWorkforceSamplingTaskReqLocale>,
    offset: Option<i64>,
    process_parameter: Option<String>,
    sample_state: Option<types::ExportParamsSampleState>,
    search_conditions: Option<String>,
}
impl QueryingTheSampleListOfATeamLabelingTaskByPage {
    pub(crate) fn new(client: docsdk_runtime::Client) -> Self {
        Self {
            client,
            dataset_id: None,
            project_id: None,
            workforce_task_id: None,
            label_name: None,
            label_type: None,
            limit: None,
            locale: None,
            offset: None,
            process_parameter: None,
            sample_state: None,
            search_conditions: None,
        }
    }
    /// Sends the request and returns the 200 response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<types::ListSamplesRespListWorkforceTaskSamples> {
        const OPERATION: &str = "querying_the_sample_list_of_a_team_labeling_task_by_page";
        let request = Request::new(
                Method::Get,
                "/v2/{project_id}/datasets/{dataset_id}/workforce-tasks/{workforce_task_id}/data-annotations/samples",
                OPERATION,
            )
            .path_param(
                "dataset_id",
                required(self.dataset_id, OPERATION, "dataset_id")?,
            )
            .path_param(
                "project_id",
                required(self.project_id, OPERATION, "project_id")?,
            )
            .path_param(
                "workforce_task_id",
                required(self.workforce_task_id, OPERATION, "workforce_task_id")?,
            )
            .query_opt("label_name", self.label_name)
            .query_opt("label_type", self.label_type)
            .query_opt("limit", self.limit)
            .query_opt("locale", self.locale)
            .query_opt("offset", self.offset)
            .query_opt("process_parameter", self.process_parameter)
            .query_opt("sample_state", self.sample_state)
            .query_opt("search_conditions", self.search_conditions);
        self.client.send_json(request).await
    }
}
crate::support::setters!(
    QueryingTheSampleListOfATeamLabelingTaskByPage { #[doc =
    " Dataset ID. Path parameter `dataset_id`."] dataset_id : String, #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc =
    " ID of a team labeling task. Path parameter `workforce_task_id`."] workforce_task_id
    : String, #[doc = " Label name. Query parameter `label_name`."] label_name : String,
    #[doc =
    " Labeling type. The options are as follows: - **0**: image classification - **1**: object detection - **100**: text classification - **101**: named entity recognition - **102**: text triplet - **200**: sound classification - **201**: speech content - **202**: speech paragraph labeling - **400**: table dataset - **600**: video labeling - **900**: custom format"]
    #[doc = ""] #[doc = " Query parameter `label_type`."] label_type : i64, #[doc =
    " Maximum number of records returned on each page. The value ranges from 1 to 100. The default value is **10**."]
    #[doc = ""] #[doc = " Query parameter `limit`. Default: `10`. Range 1 to 100."] limit
    : i64, #[doc =
    " Language. The options are as follows: - **en-us**: English (default value) - **zh-cn**: Chinese. Query parameter `locale`. Default: `en-us`."]
    locale : types::UpdateWorkforceSamplingTaskReqLocale, #[doc =
    " Start page of the paging list. The default value is **0**. Query parameter `offset`. Default: `0`."]
    offset : i64, #[doc =
    " Image resizing setting, which is the same as the OBS resizing setting. For details, see . For example, **image/resize,m\\_lfit,h\\_200** indicates that the target image is resized proportionally and the height is set to 200 pixels."]
    #[doc = ""] #[doc = " Query parameter `process_parameter`."] process_parameter :
    String, #[doc =
    " Sample status. The options are as follows: - **ALL**: labeled - **NONE**: unlabeled - **UNCHECK**: pending acceptance - **ACCEPTED**: accepted - **REJECTED**: rejected - **UNREVIEWED**: pending review - **REVIEWED**: reviewed - **WORKFORCE\\_SAMPLED**: sampled - **WORKFORCE\\_SAMPLED\\_UNCHECK**: sampling unchecked - **WORKFORCE\\_SAMPLED\\_CHECKED**: sampling checked - **WORKFORCE\\_SAMPLED\\_ACCEPTED**: sampling accepted - **WORKFORCE\\_SAMPLED\\_REJECTED**: sampling rejected - **AUTO\\_ANNOTATION**: to be confirmed"]
    #[doc = ""] #[doc = " Query parameter `sample_state`."] sample_state :
    types::ExportParamsSampleState, #[doc =
    " Multi-dimensional search condition after URL encoding. The relationship between multiple search conditions is AND. Query parameter `search_conditions`."]
    search_conditions : String }
);
/// Request builder for `updating_labels_of_team_labeling_samples_in_batches`: `PUT /v2/{project_id}/datasets/{dataset_id}/workforce-tasks/{workforce_task_id}/data-annotations/samples`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct UpdatingLabelsOfTeamLabelingSamplesInBatches {
    client: docsdk_runtime::Client,
    dataset_id: Option<String>,
    project_id: Option<String>,
    workforce_task_id: Option<String>,
    email: Option<String>,
    samples: Option<Vec<types::SampleLabels>>,
}
impl UpdatingLabelsOfTeamLabelingSamplesInBatches {
    pub(crate) fn new(client: docsdk_runtime::Client) -> Self {
        Self {
            client,
            dataset_id: None,
            project_id: None,
            workforce_task_id: None,
            email: None,
            samples: None,
        }
    }
    /// Sends the request and returns the 200 response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<types::UpdateSamplesResp> {
        const OPERATION: &str = "updating_labels_of_team_labeling_samples_in_batches";
        let body = types::UpdateSamplesReq {
            email: self.email,
            samples: self.samples,
        };
        let request = Request::new(
                Method::Put,
                "/v2/{project_id}/datasets/{dataset_id}/workforce-tasks/{workforce_task_id}/data-annotations/samples",
                OPERATION,
            )
            .path_param(
                "dataset_id",
                required(self.dataset_id, OPERATION, "dataset_id")?,
            )
            .path_param(
                "project_id",
                required(self.project_id, OPERATION, "project_id")?,
            )
            .path_param(
                "workforce_task_id",
                required(self.workforce_task_id, OPERATION, "workforce_task_id")?,
            )
            .json_body(&body)?;
        self.client.send_json(request).await
    }
}
crate::support::setters!(
    UpdatingLabelsOfTeamLabelingSamplesInBatches { #[doc =
    " Dataset ID. Path parameter `dataset_id`."] dataset_id : String, #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc =
    " ID of a labeling task. Path parameter `workforce_task_id`."] workforce_task_id :
    String, #[doc = " Email address of a labeling team member."] email : String, #[doc =
    " Updated sample list."] samples : Vec < types::SampleLabels > }
);
/// Request builder for `querying_details_about_team_labeling_task_statistics`: `GET /v2/{project_id}/datasets/{dataset_id}/workforce-tasks/{workforce_task_id}/data-annotations/stats`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct QueryingDetailsAboutTeamLabelingTaskStatistics {
    client: docsdk_runtime::Client,
    dataset_id: Option<String>,
    project_id: Option<String>,
    workforce_task_id: Option<String>,
    sample_state: Option<types::ExportParamsSampleState>,
}
impl QueryingDetailsAboutTeamLabelingTaskStatistics {
    pub(crate) fn new(client: docsdk_runtime::Client) -> Self {
        Self {
            client,
            dataset_id: None,
            project_id: None,
            workforce_task_id: None,
            sample_state: None,
        }
    }
    /// Sends the request and returns the 200 response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<types::ListStatsResp> {
        const OPERATION: &str = "querying_details_about_team_labeling_task_statistics";
        let request = Request::new(
                Method::Get,
                "/v2/{project_id}/datasets/{dataset_id}/workforce-tasks/{workforce_task_id}/data-annotations/stats",
                OPERATION,
            )
            .path_param(
                "dataset_id",
                required(self.dataset_id, OPERATION, "dataset_id")?,
            )
            .path_param(
                "project_id",
                required(self.project_id, OPERATION, "project_id")?,
            )
            .path_param(
                "workforce_task_id",
                required(self.workforce_task_id, OPERATION, "workforce_task_id")?,
            )
            .query_opt("sample_state", self.sample_state);
        self.client.send_json(request).await
    }
}
crate::support::setters!(
    QueryingDetailsAboutTeamLabelingTaskStatistics { #[doc =
    " Dataset ID. Path parameter `dataset_id`."] dataset_id : String, #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc =
    " ID of a team labeling task. Path parameter `workforce_task_id`."] workforce_task_id
    : String, #[doc =
    " Statistics on the specified sample state. The options are as follows: - **ALL**: labeled - **NONE**: unlabeled - **UNCHECK**: pending acceptance - **ACCEPTED**: accepted - **REJECTED**: rejected - **UNREVIEWED**: pending review - **REVIEWED**: reviewed - **WORKFORCE\\_SAMPLED**: sampled - **WORKFORCE\\_SAMPLED\\_UNCHECK**: sampling unchecked - **WORKFORCE\\_SAMPLED\\_CHECKED**: sampling checked - **WORKFORCE\\_SAMPLED\\_ACCEPTED**: sampling accepted - **WORKFORCE\\_SAMPLED\\_REJECTED**: sampling rejected - **AUTO\\_ANNOTATION**: to be confirmed"]
    #[doc = ""] #[doc = " Query parameter `sample_state`."] sample_state :
    types::ExportParamsSampleState }
);
/// Request builder for `reviewing_team_labeling_results`: `POST /v2/{project_id}/datasets/{dataset_id}/workforce-tasks/{workforce_task_id}/data-annotations/review`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct ReviewingTeamLabelingResults {
    client: docsdk_runtime::Client,
    dataset_id: Option<String>,
    project_id: Option<String>,
    workforce_task_id: Option<String>,
    comments: Option<Vec<types::SampleComment>>,
}
impl ReviewingTeamLabelingResults {
    pub(crate) fn new(client: docsdk_runtime::Client) -> Self {
        Self {
            client,
            dataset_id: None,
            project_id: None,
            workforce_task_id: None,
            comments: None,
        }
    }
    /// Sends the request and returns the 200 response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<()> {
        const OPERATION: &str = "reviewing_team_labeling_results";
        let body = types::ReviewSamplesReq {
            comments: self.comments,
        };
        let request = Request::new(
                Method::Post,
                "/v2/{project_id}/datasets/{dataset_id}/workforce-tasks/{workforce_task_id}/data-annotations/review",
                OPERATION,
            )
            .path_param(
                "dataset_id",
                required(self.dataset_id, OPERATION, "dataset_id")?,
            )
            .path_param(
                "project_id",
                required(self.project_id, OPERATION, "project_id")?,
            )
            .path_param(
                "workforce_task_id",
                required(self.workforce_task_id, OPERATION, "workforce_task_id")?,
            )
            .json_body(&body)?;
        self.client.send_empty(request).await
    }
}
crate::support::setters!(
    ReviewingTeamLabelingResults { #[doc = " Dataset ID. Path parameter `dataset_id`."]
    dataset_id : String, #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc =
    " ID of a labeling task. Path parameter `workforce_task_id`."] workforce_task_id :
    String, #[doc = " Review comment list."] comments : Vec < types::SampleComment > }
);
/// Request builder for `sending_an_email_to_a_labeling_team_member`: `POST /v2/{project_id}/datasets/{dataset_id}/workforce-tasks/{workforce_task_id}/notify`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct SendingAnEmailToALabelingTeamMember {
    client: docsdk_runtime::Client,
    dataset_id: Option<String>,
    project_id: Option<String>,
    workforce_task_id: Option<String>,
    emails: Option<Vec<String>>,
}
impl SendingAnEmailToALabelingTeamMember {
    pub(crate) fn new(client: docsdk_runtime::Client) -> Self {
        Self {
            client,
            dataset_id: None,
            project_id: None,
            workforce_task_id: None,
            emails: None,
        }
    }
    /// Sends the request and returns the 200 response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<types::ResendEmailResp> {
        const OPERATION: &str = "sending_an_email_to_a_labeling_team_member";
        let body = types::ResendEmailReq {
            emails: required(self.emails, OPERATION, "emails")?,
        };
        let request = Request::new(
                Method::Post,
                "/v2/{project_id}/datasets/{dataset_id}/workforce-tasks/{workforce_task_id}/notify",
                OPERATION,
            )
            .path_param(
                "dataset_id",
                required(self.dataset_id, OPERATION, "dataset_id")?,
            )
            .path_param(
                "project_id",
                required(self.project_id, OPERATION, "project_id")?,
            )
            .path_param(
                "workforce_task_id",
                required(self.workforce_task_id, OPERATION, "workforce_task_id")?,
            )
            .json_body(&body)?;
        self.client.send_json(request).await
    }
}
crate::support::setters!(
    SendingAnEmailToALabelingTeamMember { #[doc =
    " Dataset ID. Path parameter `dataset_id`."] dataset_id : String, #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc =
    " ID of a team labeling task. Path parameter `workforce_task_id`."] workforce_task_id
    : String, #[doc = " Email list of a labeling team member."] emails : Vec < String > }
);
/// Request builder for `creating_a_team_labeling_acceptance_task`: `POST /v2/{project_id}/datasets/{dataset_id}/workforce-tasks/{workforce_task_id}/acceptance`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct CreatingATeamLabelingAcceptanceTask {
    client: docsdk_runtime::Client,
    dataset_id: Option<String>,
    project_id: Option<String>,
    workforce_task_id: Option<String>,
    sampling_num: Option<i64>,
    sampling_rate: Option<f64>,
}
impl CreatingATeamLabelingAcceptanceTask {
    pub(crate) fn new(client: docsdk_runtime::Client) -> Self {
        Self {
            client,
            dataset_id: None,
            project_id: None,
            workforce_task_id: None,
            sampling_num: None,
            sampling_rate: None,
        }
    }
    /// Sends the request and returns the 200 response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<types::CreateWorkforceSamplingTaskResp> {
        const OPERATION: &str = "creating_a_team_labeling_acceptance_task";
        let body = types::CreateWorkforceSamplingTaskReq {
            sampling_num: self.sampling_num,
            sampling_rate: self.sampling_rate,
        };
        let request = Request::new(
                Method::Post,
                "/v2/{project_id}/datasets/{dataset_id}/workforce-tasks/{workforce_task_id}/acceptance",
                OPERATION,
            )
            .path_param(
                "dataset_id",
                required(self.dataset_id, OPERATION, "dataset_id")?,
            )
            .path_param(
                "project_id",
                required(self.project_id, OPERATION, "project_id")?,
            )
            .path_param(
                "workforce_task_id",
                required(self.workforce_task_id, OPERATION, "workforce_task_id")?,
            )
            .json_body(&body)?;
        self.client.send_json(request).await
    }
}
crate::support::setters!(
    CreatingATeamLabelingAcceptanceTask { #[doc =
    " Dataset ID. Path parameter `dataset_id`."] dataset_id : String, #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc =
    " ID of a team labeling task. Path parameter `workforce_task_id`."] workforce_task_id
    : String, #[doc =
    " Number of samples for the acceptance task. Either this parameter or the sampling ratio is delivered."]
    sampling_num : i64, #[doc =
    " Sampling ratio of the acceptance task. The value range is (0,1\\]. Either this parameter or the number of samples is delivered."]
    sampling_rate : f64 }
);
/// Request builder for `stopping_an_intelligent_task`: `POST /v2/{project_id}/datasets/{dataset_id}/tasks/{task_id}/stop`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct StoppingAnIntelligentTask {
    client: docsdk_runtime::Client,
    dataset_id: Option<String>,
    project_id: Option<String>,
    task_id: Option<String>,
}
impl StoppingAnIntelligentTask {
    pub(crate) fn new(client: docsdk_runtime::Client) -> Self {
        Self {
            client,
            dataset_id: None,
            project_id: None,
            task_id: None,
        }
    }
    /// Sends the request and returns the 204 response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<()> {
        const OPERATION: &str = "stopping_an_intelligent_task";
        let request = Request::new(
                Method::Post,
                "/v2/{project_id}/datasets/{dataset_id}/tasks/{task_id}/stop",
                OPERATION,
            )
            .path_param(
                "dataset_id",
                required(self.dataset_id, OPERATION, "dataset_id")?,
            )
            .path_param(
                "project_id",
                required(self.project_id, OPERATION, "project_id")?,
            )
            .path_param("task_id", required(self.task_id, OPERATION, "task_id")?);
        self.client.send_empty(request).await
    }
}
crate::support::setters!(
    StoppingAnIntelligentTask { #[doc = " Dataset ID. Path parameter `dataset_id`."]
    dataset_id : String, #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc = " Task ID. Path parameter `task_id`."] task_id : String
    }
);
/// Request builder for `stopping_the_version_of_a_data_processing_task`: `POST /v2/{project_id}/processor-tasks/{task_id}/versions/{version_id}/stop`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct StoppingTheVersionOfADataProcessingTask {
    client: docsdk_runtime::Client,
    project_id: Option<String>,
    task_id: Option<String>,
    version_id: Option<String>,
}
impl StoppingTheVersionOfADataProcessingTask {
    pub(crate) fn new(client: docsdk_runtime::Client) -> Self {
        Self {
            client,
            project_id: None,
            task_id: None,
            version_id: None,
        }
    }
    /// Sends the request and returns the 200 response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<()> {
        const OPERATION: &str = "stopping_the_version_of_a_data_processing_task";
        let request = Request::new(
                Method::Post,
                "/v2/{project_id}/processor-tasks/{task_id}/versions/{version_id}/stop",
                OPERATION,
            )
            .path_param(
                "project_id",
                required(self.project_id, OPERATION, "project_id")?,
            )
            .path_param("task_id", required(self.task_id, OPERATION, "task_id")?)
            .path_param(
                "version_id",
                required(self.version_id, OPERATION, "version_id")?,
            );
        self.client.send_empty(request).await
    }
}
crate::support::setters!(
    StoppingTheVersionOfADataProcessingTask { #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc =
    " ID of a data processing task. Path parameter `task_id`."] task_id : String, #[doc =
    " Version ID of a data processing task. Path parameter `version_id`."] version_id :
    String }
);
/// Request builder for `synchronizing_a_dataset`: `POST /v2/{project_id}/datasets/{dataset_id}/sync-data`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct SynchronizingADataset {
    client: docsdk_runtime::Client,
    dataset_id: Option<String>,
    project_id: Option<String>,
}
impl SynchronizingADataset {
    pub(crate) fn new(client: docsdk_runtime::Client) -> Self {
        Self {
            client,
            dataset_id: None,
            project_id: None,
        }
    }
    /// Sends the request and returns the 200 response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<()> {
        const OPERATION: &str = "synchronizing_a_dataset";
        let request = Request::new(
                Method::Post,
                "/v2/{project_id}/datasets/{dataset_id}/sync-data",
                OPERATION,
            )
            .path_param(
                "dataset_id",
                required(self.dataset_id, OPERATION, "dataset_id")?,
            )
            .path_param(
                "project_id",
                required(self.project_id, OPERATION, "project_id")?,
            );
        self.client.send_empty(request).await
    }
}
crate::support::setters!(
    SynchronizingADataset { #[doc = " Dataset ID. Path parameter `dataset_id`."]
    dataset_id : String, #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String }
);
/// Request builder for `querying_the_status_of_a_dataset_synchronization_task`: `GET /v2/{project_id}/datasets/{dataset_id}/sync-data/status`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct QueryingTheStatusOfADatasetSynchronizationTask {
    client: docsdk_runtime::Client,
    dataset_id: Option<String>,
    project_id: Option<String>,
}
impl QueryingTheStatusOfADatasetSynchronizationTask {
    pub(crate) fn new(client: docsdk_runtime::Client) -> Self {
        Self {
            client,
            dataset_id: None,
            project_id: None,
        }
    }
    /// Sends the request and returns the 200 response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<types::SyncDataSourceStatusResp> {
        const OPERATION: &str = "querying_the_status_of_a_dataset_synchronization_task";
        let request = Request::new(
                Method::Get,
                "/v2/{project_id}/datasets/{dataset_id}/sync-data/status",
                OPERATION,
            )
            .path_param(
                "dataset_id",
                required(self.dataset_id, OPERATION, "dataset_id")?,
            )
            .path_param(
                "project_id",
                required(self.project_id, OPERATION, "project_id")?,
            );
        self.client.send_json(request).await
    }
}
crate::support::setters!(
    QueryingTheStatusOfADatasetSynchronizationTask { #[doc =
    " Dataset ID. Path parameter `dataset_id`."] dataset_id : String, #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String }
);
/// Request builder for `updating_the_status_of_a_team_labeling_acceptance_task`: `PUT /v2/{project_id}/datasets/{dataset_id}/workforce-tasks/{workforce_task_id}/acceptance/status`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct UpdatingTheStatusOfATeamLabelingAcceptanceTask {
    client: docsdk_runtime::Client,
    dataset_id: Option<String>,
    project_id: Option<String>,
    workforce_task_id: Option<String>,
    locale: Option<types::UpdateWorkforceSamplingTaskReqLocale>,
    action: Option<i64>,
    locale_2: Option<types::UpdateWorkforceSamplingTaskReqLocale>,
    overwrite_last_result: Option<bool>,
}
impl UpdatingTheStatusOfATeamLabelingAcceptanceTask {
    pub(crate) fn new(client: docsdk_runtime::Client) -> Self {
        Self {
            client,
            dataset_id: None,
            project_id: None,
            workforce_task_id: None,
            locale: None,
            action: None,
            locale_2: None,
            overwrite_last_result: None,
        }
    }
    /// Sends the request and returns the 200 response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<types::UpdateWorkforceSamplingTaskResp> {
        const OPERATION: &str = "updating_the_status_of_a_team_labeling_acceptance_task";
        let body = types::UpdateWorkforceSamplingTaskReq {
            action: self.action,
            locale: self.locale_2,
            overwrite_last_result: self.overwrite_last_result,
        };
        let request = Request::new(
                Method::Put,
                "/v2/{project_id}/datasets/{dataset_id}/workforce-tasks/{workforce_task_id}/acceptance/status",
                OPERATION,
            )
            .path_param(
                "dataset_id",
                required(self.dataset_id, OPERATION, "dataset_id")?,
            )
            .path_param(
                "project_id",
                required(self.project_id, OPERATION, "project_id")?,
            )
            .path_param(
                "workforce_task_id",
                required(self.workforce_task_id, OPERATION, "workforce_task_id")?,
            )
            .query("locale", required(self.locale, OPERATION, "locale")?)
            .json_body(&body)?;
        self.client.send_json(request).await
    }
}
crate::support::setters!(
    UpdatingTheStatusOfATeamLabelingAcceptanceTask { #[doc =
    " Dataset ID. Path parameter `dataset_id`."] dataset_id : String, #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc =
    " ID of a team labeling task. Path parameter `workforce_task_id`."] workforce_task_id
    : String, #[doc =
    " Language. The options are as follows: - **en-us**: English (default value) - **zh-cn**: Chinese. Query parameter `locale`. Default: `en-us`."]
    locale : types::UpdateWorkforceSamplingTaskReqLocale, #[doc =
    " Acceptance action. The options are as follows: - **0**: Pass all samples. - **1**: Reject all samples. - **2**: Cancel acceptance. - **3**: View the list of conflicted samples. - **4**: Pass single-accepted samples and unaccepted samples. - **5**: Pass only single-accepted samples."]
    action : i64, #[doc =
    " Language. The options are as follows: - **en-us**: English (default value) - **zh-cn**: Chinese. Default: `en-us`."]
    locale_2 : types::UpdateWorkforceSamplingTaskReqLocale, #[doc =
    " Whether to overwrite labeled data. The options are as follows: - **true**: Overwrite labeled data. - **false**: Do not overwrite labeled data. (Default value)"]
    #[doc = ""] #[doc = " Default: `false`."] overwrite_last_result : bool }
);
/// Request builder for `obtaining_user_image_groups`: `GET /v1/{project_id}/images/group`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct ObtainingUserImageGroups {
    client: docsdk_runtime::Client,
    project_id: Option<String>,
    name: Option<String>,
    name_fuzzy_match: Option<bool>,
    namespace: Option<String>,
    type_: Option<types::Type>,
    workspace_id: Option<String>,
}
impl ObtainingUserImageGroups {
    pub(crate) fn new(client: docsdk_runtime::Client) -> Self {
        Self {
            client,
            project_id: None,
            name: None,
            name_fuzzy_match: None,
            namespace: None,
            type_: None,
            workspace_id: None,
        }
    }
    /// Sends the request and returns the 200 response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<types::ImageGroupListResponse> {
        const OPERATION: &str = "obtaining_user_image_groups";
        let request = Request::new(
                Method::Get,
                "/v1/{project_id}/images/group",
                OPERATION,
            )
            .path_param(
                "project_id",
                required(self.project_id, OPERATION, "project_id")?,
            )
            .query_opt("name", self.name)
            .query_opt("name_fuzzy_match", self.name_fuzzy_match)
            .query_opt("namespace", self.namespace)
            .query_opt("type", self.type_)
            .query_opt("workspace_id", self.workspace_id);
        self.client.send_json(request).await
    }
}
crate::support::setters!(
    ObtainingUserImageGroups { #[doc =
    " Project ID. For details, see Obtaining a Project ID and Name. Path parameter `project_id`."]
    project_id : String, #[doc =
    " Image name, which contains a maximum of 512 characters, including lowercase letters, digits, hyphens (-), underscores (\\_), and periods (.)"]
    #[doc = ""] #[doc = " Query parameter `name`. Length at most 512."] name : String,
    #[doc =
    " Whether the image name is used for fuzzy match. The default value is **true**. Query parameter `name_fuzzy_match`. Default: `true`."]
    name_fuzzy_match : bool, #[doc =
    " Organization to which the image belongs. You can create and view the organization on the **Organization Management** page of the SWR console."]
    #[doc = ""] #[doc = " Query parameter `namespace`."] namespace : String, #[doc =
    " Image type. Enums:"] #[doc = ""] #[doc =
    " - **BUILD\\_IN**: built-in system image"] #[doc =
    " - **DEDICATED**: image you have saved"] #[doc = ""] #[doc =
    " Query parameter `type`."] type_ : types::Type, #[doc =
    " Workspace ID If no workspace is created, the default value is 0. If a workspace is created and used, the actual value prevails."]
    #[doc = ""] #[doc = " Query parameter `workspace_id`. Default: `0`."] workspace_id :
    String }
);
/// Request builder for `querying_a_workspace_list`: `GET /v1/{project_id}/workspaces`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct QueryingAWorkspaceList {
    client: docsdk_runtime::Client,
    project_id: Option<String>,
    offset: Option<i64>,
    limit: Option<i64>,
    sort_by: Option<types::SortBy8>,
    order: Option<types::Order>,
    enterprise_project_id: Option<String>,
    name: Option<String>,
    filter_accessible: Option<bool>,
}
impl QueryingAWorkspaceList {
    pub(crate) fn new(client: docsdk_runtime::Client) -> Self {
        Self {
            client,
            project_id: None,
            offset: None,
            limit: None,
            sort_by: None,
            order: None,
            enterprise_project_id: None,
            name: None,
            filter_accessible: None,
        }
    }
    /// Sends the request and returns the 200 response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<types::ListWorkspacesResp> {
        const OPERATION: &str = "querying_a_workspace_list";
        let request = Request::new(Method::Get, "/v1/{project_id}/workspaces", OPERATION)
            .path_param(
                "project_id",
                required(self.project_id, OPERATION, "project_id")?,
            )
            .query_opt("offset", self.offset)
            .query_opt("limit", self.limit)
            .query_opt("sort_by", self.sort_by)
            .query_opt("order", self.order)
            .query_opt("enterprise_project_id", self.enterprise_project_id)
            .query_opt("name", self.name)
            .query_opt("filter_accessible", self.filter_accessible);
        self.client.send_json(request).await
    }
}
crate::support::setters!(
    QueryingAWorkspaceList { #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc =
    " Start page for pagination display. The default value is **0**."] #[doc =
    " Minimum: **0**"] #[doc = " Default: **0**"] #[doc = ""] #[doc =
    " Query parameter `offset`. Default: `0`."] offset : i64, #[doc =
    " Maximum number of records returned on each page. Default value: **1000**"] #[doc =
    " Minimum: **1**"] #[doc = " Default: **1000**"] #[doc = ""] #[doc =
    " Query parameter `limit`. Default: `1000`."] limit : i64, #[doc =
    " Sorting mode. The value can be **name**, **update\\_time**, or **status**. Default value: **name**"]
    #[doc = " Default: **name**"] #[doc = ""] #[doc =
    " Query parameter `sort_by`. Default: `name`."] sort_by : types::SortBy8, #[doc =
    " Query sequence. Options:"] #[doc = ""] #[doc = " - **asc**: ascending order"] #[doc
    = " - **desc**: descending order (default value)"] #[doc = ""] #[doc =
    " Query parameter `order`. Default: `desc`."] order : types::Order, #[doc =
    " Enterprise project ID. If this parameter is specified, only the workspaces of the enterprise project are returned. By default, all workspaces are displayed."]
    #[doc = ""] #[doc = " Query parameter `enterprise_project_id`."]
    enterprise_project_id : String, #[doc =
    " Workspace name. If this parameter is specified, the fuzzy-match workspaces are obtained. By default, all workspaces are displayed. Query parameter `name`."]
    name : String, #[doc =
    " Filter accessible workspaces. If this parameter is set to **true**, the workspaces you are not allowed to access are filtered out. The default value is **false**, indicating all workspaces are displayed."]
    #[doc = " Default: **false**"] #[doc = ""] #[doc =
    " Query parameter `filter_accessible`. Default: `false`."] filter_accessible : bool }
);
/// Request builder for `creating_a_workspace`: `POST /v1/{project_id}/workspaces`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct CreatingAWorkspace {
    client: docsdk_runtime::Client,
    project_id: Option<String>,
    name: Option<String>,
    description: Option<String>,
    enterprise_project_id: Option<String>,
    auth_type: Option<types::CreateWorkspaceReqAuthType>,
    grants: Option<Vec<types::Grants>>,
}
impl CreatingAWorkspace {
    pub(crate) fn new(client: docsdk_runtime::Client) -> Self {
        Self {
            client,
            project_id: None,
            name: None,
            description: None,
            enterprise_project_id: None,
            auth_type: None,
            grants: None,
        }
    }
    /// Sends the request and returns the 200 response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<types::WorkspaceProperties> {
        const OPERATION: &str = "creating_a_workspace";
        let body = types::CreateWorkspaceReq {
            name: required(self.name, OPERATION, "name")?,
            description: self.description,
            enterprise_project_id: self.enterprise_project_id,
            auth_type: self.auth_type,
            grants: self.grants,
        };
        let request = Request::new(
                Method::Post,
                "/v1/{project_id}/workspaces",
                OPERATION,
            )
            .path_param(
                "project_id",
                required(self.project_id, OPERATION, "project_id")?,
            )
            .json_body(&body)?;
        self.client.send_json(request).await
    }
}
crate::support::setters!(
    CreatingAWorkspace { #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc =
    " Workspace name, encoded using UTF-8. Enter 4 to 64 characters. Only letters, digits, hyphens (-), and underscores (\\_) are allowed. In addition, **default** is the name of the default workspace reserved by the system. You are not allowed to create a workspace named **default**."]
    #[doc = ""] #[doc = " Length 4 to 64."] name : String, #[doc =
    " Workspace description. By default, this parameter is left blank. Enter 0 to 256 characters. Length 0 to 256."]
    description : String, #[doc =
    " Enterprise project ID. The method of obtaining an enterprise project ID is the same as that of obtaining a project ID."]
    #[doc = " Default: **0**"] enterprise_project_id : String, #[doc =
    " Authorization type. Options:"] #[doc = ""] #[doc =
    " - **PUBLIC**: public access of tenants (default value)"] #[doc =
    " - **PRIVATE**: accessible only to the creator and primary account"] #[doc =
    " - **INTERNAL**: accessible to the creator, primary account, and specified IAM users. This parameter must be used together with **grants**."]
    #[doc = ""] #[doc = " Default: `PUBLIC`."] auth_type :
    types::CreateWorkspaceReqAuthType, #[doc =
    " List of authorized users, which is left blank by default. This parameter must be used together with **auth\\_type** and takes effect only when **auth\\_type** is set to **INTERNAL**."]
    grants : Vec < types::Grants > }
);
/// Request builder for `querying_details_about_a_workspace`: `GET /v1/{project_id}/workspaces/{workspace_id}`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct QueryingDetailsAboutAWorkspace {
    client: docsdk_runtime::Client,
    project_id: Option<String>,
    workspace_id: Option<String>,
}
impl QueryingDetailsAboutAWorkspace {
    pub(crate) fn new(client: docsdk_runtime::Client) -> Self {
        Self {
            client,
            project_id: None,
            workspace_id: None,
        }
    }
    /// Sends the request and returns the 200 response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<types::WorkspacePropertiesShowWorkspaceInfo> {
        const OPERATION: &str = "querying_details_about_a_workspace";
        let request = Request::new(
                Method::Get,
                "/v1/{project_id}/workspaces/{workspace_id}",
                OPERATION,
            )
            .path_param(
                "project_id",
                required(self.project_id, OPERATION, "project_id")?,
            )
            .path_param(
                "workspace_id",
                required(self.workspace_id, OPERATION, "workspace_id")?,
            );
        self.client.send_json(request).await
    }
}
crate::support::setters!(
    QueryingDetailsAboutAWorkspace { #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc = " Workspace ID. Path parameter `workspace_id`."]
    workspace_id : String }
);
/// Request builder for `modifying_a_workspace`: `PUT /v1/{project_id}/workspaces/{workspace_id}`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct ModifyingAWorkspace {
    client: docsdk_runtime::Client,
    project_id: Option<String>,
    workspace_id: Option<String>,
    name: Option<String>,
    description: Option<String>,
    auth_type: Option<types::CreateWorkspaceReqAuthType>,
    grants: Option<Vec<types::Grants>>,
}
impl ModifyingAWorkspace {
    pub(crate) fn new(client: docsdk_runtime::Client) -> Self {
        Self {
            client,
            project_id: None,
            workspace_id: None,
            name: None,
            description: None,
            auth_type: None,
            grants: None,
        }
    }
    /// Sends the request and returns the 200 response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<types::WorkspaceIdResp> {
        const OPERATION: &str = "modifying_a_workspace";
        let body = types::UpdateWorkspaceReq {
            name: self.name,
            description: self.description,
            auth_type: self.auth_type,
            grants: self.grants,
        };
        let request = Request::new(
                Method::Put,
                "/v1/{project_id}/workspaces/{workspace_id}",
                OPERATION,
            )
            .path_param(
                "project_id",
                required(self.project_id, OPERATION, "project_id")?,
            )
            .path_param(
                "workspace_id",
                required(self.workspace_id, OPERATION, "workspace_id")?,
            )
            .json_body(&body)?;
        self.client.send_json(request).await
    }
}
crate::support::setters!(
    ModifyingAWorkspace { #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc = " Workspace ID. Path parameter `workspace_id`."]
    workspace_id : String, #[doc = " Workspace name, encoded using UTF-8."] #[doc =
    " Enter 4 to 64 characters. Only letters, digits, hyphens (-), and underscores (\\_) are allowed. In addition, **default** is the name of the default workspace reserved by the system. You are not allowed to change the name of an existing workspace to **default**. The name of the default workspace cannot be changed."]
    #[doc = ""] #[doc = " Length 4 to 64."] name : String, #[doc =
    " Workspace description. By default, this parameter is left blank. Enter 0 to 256 characters. Length 0 to 256."]
    description : String, #[doc = " Authorization type. Options:"] #[doc = ""] #[doc =
    " - **PUBLIC**: public access of tenants (default value)"] #[doc =
    " - **PRIVATE**: accessible only to the creator and primary account"] #[doc =
    " - **INTERNAL**: accessible to the creator, primary account, and specified IAM users. This parameter must be used together with **grants**."]
    #[doc = ""] #[doc = " Default: `PUBLIC`."] auth_type :
    types::CreateWorkspaceReqAuthType, #[doc =
    " List of authorized users, which is left blank by default. This parameter must be used together with **auth\\_type** and takes effect only when **auth\\_type** is set to **INTERNAL**."]
    grants : Vec < types::Grants > }
);
/// Request builder for `deleting_a_workspace`: `DELETE /v1/{project_id}/workspaces/{workspace_id}`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct DeletingAWorkspace {
    client: docsdk_runtime::Client,
    project_id: Option<String>,
    workspace_id: Option<String>,
}
impl DeletingAWorkspace {
    pub(crate) fn new(client: docsdk_runtime::Client) -> Self {
        Self {
            client,
            project_id: None,
            workspace_id: None,
        }
    }
    /// Sends the request and returns the 200 response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<types::WorkspaceIdResp> {
        const OPERATION: &str = "deleting_a_workspace";
        let request = Request::new(
                Method::Delete,
                "/v1/{project_id}/workspaces/{workspace_id}",
                OPERATION,
            )
            .path_param(
                "project_id",
                required(self.project_id, OPERATION, "project_id")?,
            )
            .path_param(
                "workspace_id",
                required(self.workspace_id, OPERATION, "workspace_id")?,
            );
        self.client.send_json(request).await
    }
}
crate::support::setters!(
    DeletingAWorkspace { #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc = " Workspace ID. Path parameter `workspace_id`."]
    workspace_id : String }
);
/// Request builder for `querying_a_workspace_quota`: `GET /v1/{project_id}/workspaces/{workspace_id}/quotas`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct QueryingAWorkspaceQuota {
    client: docsdk_runtime::Client,
    project_id: Option<String>,
    workspace_id: Option<String>,
}
impl QueryingAWorkspaceQuota {
    pub(crate) fn new(client: docsdk_runtime::Client) -> Self {
        Self {
            client,
            project_id: None,
            workspace_id: None,
        }
    }
    /// Sends the request and returns the 200 response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<types::WorkspaceQuotasResp> {
        const OPERATION: &str = "querying_a_workspace_quota";
        let request = Request::new(
                Method::Get,
                "/v1/{project_id}/workspaces/{workspace_id}/quotas",
                OPERATION,
            )
            .path_param(
                "project_id",
                required(self.project_id, OPERATION, "project_id")?,
            )
            .path_param(
                "workspace_id",
                required(self.workspace_id, OPERATION, "workspace_id")?,
            );
        self.client.send_json(request).await
    }
}
crate::support::setters!(
    QueryingAWorkspaceQuota { #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc = " Workspace ID. Path parameter `workspace_id`."]
    workspace_id : String }
);
/// Request builder for `modifying_a_workspace_quota`: `PUT /v1/{project_id}/workspaces/{workspace_id}/quotas`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct ModifyingAWorkspaceQuota {
    client: docsdk_runtime::Client,
    project_id: Option<String>,
    workspace_id: Option<String>,
    quotas: Option<Vec<types::QuotasUpdateWorkspaceQuotas>>,
}
impl ModifyingAWorkspaceQuota {
    pub(crate) fn new(client: docsdk_runtime::Client) -> Self {
        Self {
            client,
            project_id: None,
            workspace_id: None,
            quotas: None,
        }
    }
    /// Sends the request and returns the 200 response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<types::UpdateWorkspaceQuotasResp> {
        const OPERATION: &str = "modifying_a_workspace_quota";
        let body = types::UpdateWorkspaceQuotasReq {
            quotas: required(self.quotas, OPERATION, "quotas")?,
        };
        let request = Request::new(
                Method::Put,
                "/v1/{project_id}/workspaces/{workspace_id}/quotas",
                OPERATION,
            )
            .path_param(
                "project_id",
                required(self.project_id, OPERATION, "project_id")?,
            )
            .path_param(
                "workspace_id",
                required(self.workspace_id, OPERATION, "workspace_id")?,
            )
            .json_body(&body)?;
        self.client.send_json(request).await
    }
}
crate::support::setters!(
    ModifyingAWorkspaceQuota { #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc = " Workspace ID. Path parameter `workspace_id`."]
    workspace_id : String, #[doc = " List of quotas"] quotas : Vec <
    types::QuotasUpdateWorkspaceQuotas > }
);
/// Request builder for `querying_the_statuses_and_gpu_quantity_of_all_job_versions`: `GET /v1/{project_id}/training-jobs/versions`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct QueryingTheStatusesAndGpuQuantityOfAllJobVersions {
    client: docsdk_runtime::Client,
    project_id: Option<String>,
    offset: Option<i64>,
    limit: Option<i64>,
    status: Option<String>,
    sort_by: Option<String>,
    order: Option<types::Order>,
    pool_id: Option<String>,
    workspace_id: Option<String>,
}
impl QueryingTheStatusesAndGpuQuantityOfAllJobVersions {
    pub(crate) fn new(client: docsdk_runtime::Client) -> Self {
        Self {
            client,
            project_id: None,
            offset: None,
            limit: None,
            status: None,
            sort_by: None,
            order: None,
            pool_id: None,
            workspace_id: None,
        }
    }
    /// Sends the request and returns the  response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<()> {
        const OPERATION: &str = "querying_the_statuses_and_gpu_quantity_of_all_job_versions";
        let request = Request::new(
                Method::Get,
                "/v1/{project_id}/training-jobs/versions",
                OPERATION,
            )
            .path_param(
                "project_id",
                required(self.project_id, OPERATION, "project_id")?,
            )
            .query_opt("offset", self.offset)
            .query_opt("limit", self.limit)
            .query_opt("status", self.status)
            .query_opt("sort_by", self.sort_by)
            .query_opt("order", self.order)
            .query_opt("pool_id", self.pool_id)
            .query_opt("workspace_id", self.workspace_id);
        self.client.send_empty(request).await
    }
}
crate::support::setters!(
    QueryingTheStatusesAndGpuQuantityOfAllJobVersions { #[doc =
    " Project ID. Path parameter `project_id`."] project_id : String, #[doc =
    " Offset. Query parameter `offset`."] offset : i64, #[doc =
    " Number of displayed records. The default value is **20**. The value **0** indicates that all records are displayed. Query parameter `limit`. Default: `20`."]
    limit : i64, #[doc =
    " Job status. By default, all job statuses are returned. For example, to query failed jobs, set the value of **status** to **3**, **5**, **6**, or **13**. For details about the job statuses, see Job Statuses."]
    #[doc = ""] #[doc = " Query parameter `status`."] status : String, #[doc =
    " Sorting mode of the query. By default, the records are sorted by **create\\_time**. The records can be sorted by **job\\_desc**, **status**, **duration**, or **job\\_name**."]
    #[doc = ""] #[doc = " Query parameter `sort_by`."] sort_by : String, #[doc =
    " Sorting order. Options:"] #[doc = ""] #[doc = " - **asc**: ascending order"] #[doc
    = " - **desc**: descending order. The default value is **desc**."] #[doc = ""] #[doc
    = " Query parameter `order`. Default: `desc`."] order : types::Order, #[doc =
    " ID of the resource pool to be queried. Query parameter `pool_id`."] pool_id :
    String, #[doc =
    " Workspace where a job resides. Default value: **0**. Query parameter `workspace_id`. Default: `0`."]
    workspace_id : String }
);
/// Request builder for `querying_a_training_job_list`: `GET /v1/{project_id}/training-jobs`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct QueryingATrainingJobList {
    client: docsdk_runtime::Client,
    project_id: Option<String>,
    status: Option<String>,
    per_page: Option<i64>,
    page: Option<i64>,
    sort_by: Option<types::SortBy9>,
    order: Option<types::Order>,
    search_content: Option<String>,
    workspace_id: Option<String>,
}
impl QueryingATrainingJobList {
    pub(crate) fn new(client: docsdk_runtime::Client) -> Self {
        Self {
            client,
            project_id: None,
            status: None,
            per_page: None,
            page: None,
            sort_by: None,
            order: None,
            search_content: None,
            workspace_id: None,
        }
    }
    /// Sends the request and returns the  response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<()> {
        const OPERATION: &str = "querying_a_training_job_list";
        let request = Request::new(
                Method::Get,
                "/v1/{project_id}/training-jobs",
                OPERATION,
            )
            .path_param(
                "project_id",
                required(self.project_id, OPERATION, "project_id")?,
            )
            .query_opt("status", self.status)
            .query_opt("per_page", self.per_page)
            .query_opt("page", self.page)
            .query_opt("sortBy", self.sort_by)
            .query_opt("order", self.order)
            .query_opt("search_content", self.search_content)
            .query_opt("workspace_id", self.workspace_id);
        self.client.send_empty(request).await
    }
}
crate::support::setters!(
    QueryingATrainingJobList { #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc =
    " Job status. By default, all job statuses are returned. For example, to query failed jobs, set the value of **status** to **3**, **5**, **6**, or **13**. For details about the job statuses, see Job Statuses."]
    #[doc = ""] #[doc = " Query parameter `status`."] status : String, #[doc =
    " Number of jobs displayed on each page. The value range is \\[1, 1000\\]. Default value: **10**. Query parameter `per_page`. Default: `10`. Range 1 to 1000."]
    per_page : i64, #[doc =
    " Index of the page to be queried. Default value: **1** The value range is \\[1, 65535\\]. Query parameter `page`. Default: `1`. Range 1 to 65535."]
    page : i64, #[doc =
    " Sorting mode of the query. The value can be **job\\_name**, **job\\_desc**, **status**, **duration**, **version\\_count**, or **create\\_time**. Default value: **job\\_name**"]
    #[doc = ""] #[doc = " Query parameter `sortBy`. Default: `job_name`."] sort_by :
    types::SortBy9, #[doc = " Sorting order. The options are as follows:"] #[doc = ""]
    #[doc = " - **asc**: ascending order. It is the default value."] #[doc =
    " - **desc**: descending order"] #[doc = ""] #[doc =
    " Query parameter `order`. Default: `asc`."] order : types::Order, #[doc =
    " Search content, for example, a training job name. The value must contain 0 to 64 characters. By default, this parameter is left blank."]
    #[doc = ""] #[doc = " Query parameter `search_content`. Length 0 to 64."]
    search_content : String, #[doc =
    " Workspace where a job resides. Default value: **0**. Query parameter `workspace_id`. Default: `0`."]
    workspace_id : String }
);
/// Request builder for `creating_a_training_job`: `POST /v1/{project_id}/training-jobs`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct CreatingATrainingJob {
    client: docsdk_runtime::Client,
    project_id: Option<String>,
    job_name: Option<String>,
    job_desc: Option<String>,
    config: Option<types::CreatingATrainingJobConfig>,
    workspace_id: Option<String>,
}
impl CreatingATrainingJob {
    pub(crate) fn new(client: docsdk_runtime::Client) -> Self {
        Self {
            client,
            project_id: None,
            job_name: None,
            job_desc: None,
            config: None,
            workspace_id: None,
        }
    }
    /// Sends the request and returns the  response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<()> {
        const OPERATION: &str = "creating_a_training_job";
        let body = types::CreatingATrainingJobRequest {
            job_name: required(self.job_name, OPERATION, "job_name")?,
            job_desc: self.job_desc,
            config: required(self.config, OPERATION, "config")?,
            workspace_id: self.workspace_id,
        };
        let request = Request::new(
                Method::Post,
                "/v1/{project_id}/training-jobs",
                OPERATION,
            )
            .path_param(
                "project_id",
                required(self.project_id, OPERATION, "project_id")?,
            )
            .json_body(&body)?;
        self.client.send_empty(request).await
    }
}
crate::support::setters!(
    CreatingATrainingJob { #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc =
    " Training job name. The value must contain 1 to 64 characters consisting of only digits, letters, underscores (\\_), and hyphens (-). Length 1 to 64."]
    job_name : String, #[doc =
    " Description of a training job. The value must contain 0 to 256 characters. By default, this parameter is left blank. Length 0 to 256."]
    job_desc : String, #[doc =
    " Parameters for creating a training job For details, see Table 3."] config :
    types::CreatingATrainingJobConfig, #[doc =
    " Workspace where a job resides. Default value: **0**. Default: `0`."] workspace_id :
    String }
);
/// Request builder for `querying_the_details_about_a_training_job_version`: `GET /v1/{project_id}/training-jobs/{job_id}/versions/{version_id}`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct QueryingTheDetailsAboutATrainingJobVersion {
    client: docsdk_runtime::Client,
    project_id: Option<String>,
    job_id: Option<i64>,
    version_id: Option<i64>,
}
impl QueryingTheDetailsAboutATrainingJobVersion {
    pub(crate) fn new(client: docsdk_runtime::Client) -> Self {
        Self {
            client,
            project_id: None,
            job_id: None,
            version_id: None,
        }
    }
    /// Sends the request and returns the  response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<()> {
        const OPERATION: &str = "querying_the_details_about_a_training_job_version";
        let request = Request::new(
                Method::Get,
                "/v1/{project_id}/training-jobs/{job_id}/versions/{version_id}",
                OPERATION,
            )
            .path_param(
                "project_id",
                required(self.project_id, OPERATION, "project_id")?,
            )
            .path_param("job_id", required(self.job_id, OPERATION, "job_id")?)
            .path_param(
                "version_id",
                required(self.version_id, OPERATION, "version_id")?,
            );
        self.client.send_empty(request).await
    }
}
crate::support::setters!(
    QueryingTheDetailsAboutATrainingJobVersion { #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc = " ID of a training job. Path parameter `job_id`."]
    job_id : i64, #[doc = " Version ID of a training job. Path parameter `version_id`."]
    version_id : i64 }
);
/// Request builder for `deleting_a_version_of_a_training_job`: `DELETE /v1/{project_id}/training-jobs/{job_id}/versions/{version_id}`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct DeletingAVersionOfATrainingJob {
    client: docsdk_runtime::Client,
    project_id: Option<String>,
    job_id: Option<i64>,
    version_id: Option<i64>,
}
impl DeletingAVersionOfATrainingJob {
    pub(crate) fn new(client: docsdk_runtime::Client) -> Self {
        Self {
            client,
            project_id: None,
            job_id: None,
            version_id: None,
        }
    }
    /// Sends the request and returns the  response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<()> {
        const OPERATION: &str = "deleting_a_version_of_a_training_job";
        let request = Request::new(
                Method::Delete,
                "/v1/{project_id}/training-jobs/{job_id}/versions/{version_id}",
                OPERATION,
            )
            .path_param(
                "project_id",
                required(self.project_id, OPERATION, "project_id")?,
            )
            .path_param("job_id", required(self.job_id, OPERATION, "job_id")?)
            .path_param(
                "version_id",
                required(self.version_id, OPERATION, "version_id")?,
            );
        self.client.send_empty(request).await
    }
}
crate::support::setters!(
    DeletingAVersionOfATrainingJob { #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc = " ID of a training job. Path parameter `job_id`."]
    job_id : i64, #[doc = " Version ID of a training job. Path parameter `version_id`."]
    version_id : i64 }
);
/// Request builder for `querying_a_list_of_training_job_versions`: `GET /v1/{project_id}/training-jobs/{job_id}/versions`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct QueryingAListOfTrainingJobVersions {
    client: docsdk_runtime::Client,
    project_id: Option<String>,
    job_id: Option<i64>,
    per_page: Option<i64>,
    page: Option<i64>,
}
impl QueryingAListOfTrainingJobVersions {
    pub(crate) fn new(client: docsdk_runtime::Client) -> Self {
        Self {
            client,
            project_id: None,
            job_id: None,
            per_page: None,
            page: None,
        }
    }
    /// Sends the request and returns the  response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<()> {
        const OPERATION: &str = "querying_a_list_of_training_job_versions";
        let request = Request::new(
                Method::Get,
                "/v1/{project_id}/training-jobs/{job_id}/versions",
                OPERATION,
            )
            .path_param(
                "project_id",
                required(self.project_id, OPERATION, "project_id")?,
            )
            .path_param("job_id", required(self.job_id, OPERATION, "job_id")?)
            .query_opt("per_page", self.per_page)
            .query_opt("page", self.page);
        self.client.send_empty(request).await
    }
}
crate::support::setters!(
    QueryingAListOfTrainingJobVersions { #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc = " ID of a training job. Path parameter `job_id`."]
    job_id : i64, #[doc =
    " Number of job parameters displayed on each page. The value range is \\[1, 1000\\]. Default value: **10**"]
    #[doc = ""] #[doc = " Query parameter `per_page`. Default: `10`. Range 1 to 1000."]
    per_page : i64, #[doc = " Index of the page to be queried"] #[doc = ""] #[doc =
    " - If paging is required, set **page** to **1**."] #[doc =
    " - The default value of **page** is **0**, indicating that paging is not supported."]
    #[doc = ""] #[doc = " Query parameter `page`."] page : i64 }
);
/// Request builder for `creating_a_version_of_a_training_job`: `POST /v1/{project_id}/training-jobs/{job_id}/versions`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct CreatingAVersionOfATrainingJob {
    client: docsdk_runtime::Client,
    project_id: Option<String>,
    job_id: Option<i64>,
    job_desc: Option<String>,
    config: Option<types::CreatingAVersionOfATrainingJobConfig>,
}
impl CreatingAVersionOfATrainingJob {
    pub(crate) fn new(client: docsdk_runtime::Client) -> Self {
        Self {
            client,
            project_id: None,
            job_id: None,
            job_desc: None,
            config: None,
        }
    }
    /// Sends the request and returns the  response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<()> {
        const OPERATION: &str = "creating_a_version_of_a_training_job";
        let body = types::CreatingAVersionOfATrainingJobRequest {
            job_desc: self.job_desc,
            config: required(self.config, OPERATION, "config")?,
        };
        let request = Request::new(
                Method::Post,
                "/v1/{project_id}/training-jobs/{job_id}/versions",
                OPERATION,
            )
            .path_param(
                "project_id",
                required(self.project_id, OPERATION, "project_id")?,
            )
            .path_param("job_id", required(self.job_id, OPERATION, "job_id")?)
            .json_body(&body)?;
        self.client.send_empty(request).await
    }
}
crate::support::setters!(
    CreatingAVersionOfATrainingJob { #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc = " ID of a training job. Path parameter `job_id`."]
    job_id : i64, #[doc =
    " Description of a training job. The value must contain 0 to 256 characters. By default, this parameter is left blank. Length 0 to 256."]
    job_desc : String, #[doc =
    " Parameters for creating a training job For details, see Table 3."] config :
    types::CreatingAVersionOfATrainingJobConfig }
);
/// Request builder for `stopping_a_training_job`: `POST /v1/{project_id}/training-jobs/{job_id}/versions/{version_id}/stop`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct StoppingATrainingJob {
    client: docsdk_runtime::Client,
    project_id: Option<String>,
    job_id: Option<i64>,
    version_id: Option<i64>,
}
impl StoppingATrainingJob {
    pub(crate) fn new(client: docsdk_runtime::Client) -> Self {
        Self {
            client,
            project_id: None,
            job_id: None,
            version_id: None,
        }
    }
    /// Sends the request and returns the  response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<()> {
        const OPERATION: &str = "stopping_a_training_job";
        let request = Request::new(
                Method::Post,
                "/v1/{project_id}/training-jobs/{job_id}/versions/{version_id}/stop",
                OPERATION,
            )
            .path_param(
                "project_id",
                required(self.project_id, OPERATION, "project_id")?,
            )
            .path_param("job_id", required(self.job_id, OPERATION, "job_id")?)
            .path_param(
                "version_id",
                required(self.version_id, OPERATION, "version_id")?,
            );
        self.client.send_empty(request).await
    }
}
crate::support::setters!(
    StoppingATrainingJob { #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc = " ID of a training job. Path parameter `job_id`."]
    job_id : i64, #[doc = " Version ID of a training job. Path parameter `version_id`."]
    version_id : i64 }
);
/// Request builder for `modifying_the_description_of_a_training_job`: `PUT /v1/{project_id}/training-jobs/{job_id}`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct ModifyingTheDescriptionOfATrainingJob {
    client: docsdk_runtime::Client,
    project_id: Option<String>,
    job_id: Option<i64>,
    job_desc: Option<String>,
}
impl ModifyingTheDescriptionOfATrainingJob {
    pub(crate) fn new(client: docsdk_runtime::Client) -> Self {
        Self {
            client,
            project_id: None,
            job_id: None,
            job_desc: None,
        }
    }
    /// Sends the request and returns the  response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<()> {
        const OPERATION: &str = "modifying_the_description_of_a_training_job";
        let body = types::ModifyingTheDescriptionOfATrainingJobRequest {
            job_desc: required(self.job_desc, OPERATION, "job_desc")?,
        };
        let request = Request::new(
                Method::Put,
                "/v1/{project_id}/training-jobs/{job_id}",
                OPERATION,
            )
            .path_param(
                "project_id",
                required(self.project_id, OPERATION, "project_id")?,
            )
            .path_param("job_id", required(self.job_id, OPERATION, "job_id")?)
            .json_body(&body)?;
        self.client.send_empty(request).await
    }
}
crate::support::setters!(
    ModifyingTheDescriptionOfATrainingJob { #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc = " ID of a training job. Path parameter `job_id`."]
    job_id : i64, #[doc =
    " Description of a training job. The value must contain 0 to 256 characters. Length 0 to 256."]
    job_desc : String }
);
/// Request builder for `deleting_a_training_job`: `DELETE /v1/{project_id}/training-jobs/{job_id}`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct DeletingATrainingJob {
    client: docsdk_runtime::Client,
    project_id: Option<String>,
    job_id: Option<i64>,
}
impl DeletingATrainingJob {
    pub(crate) fn new(client: docsdk_runtime::Client) -> Self {
        Self {
            client,
            project_id: None,
            job_id: None,
        }
    }
    /// Sends the request and returns the  response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<()> {
        const OPERATION: &str = "deleting_a_training_job";
        let request = Request::new(
                Method::Delete,
                "/v1/{project_id}/training-jobs/{job_id}",
                OPERATION,
            )
            .path_param(
                "project_id",
                required(self.project_id, OPERATION, "project_id")?,
            )
            .path_param("job_id", required(self.job_id, OPERATION, "job_id")?);
        self.client.send_empty(request).await
    }
}
crate::support::setters!(
    DeletingATrainingJob { #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc = " ID of a training job. Path parameter `job_id`."]
    job_id : i64 }
);
/// Request builder for `obtaining_the_name_of_a_training_job_log_file`: `GET /v1/{project_id}/training-jobs/{job_id}/versions/{version_id}/log/file-names`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct ObtainingTheNameOfATrainingJobLogFile {
    client: docsdk_runtime::Client,
    project_id: Option<String>,
    job_id: Option<i64>,
    version_id: Option<i64>,
}
impl ObtainingTheNameOfATrainingJobLogFile {
    pub(crate) fn new(client: docsdk_runtime::Client) -> Self {
        Self {
            client,
            project_id: None,
            job_id: None,
            version_id: None,
        }
    }
    /// Sends the request and returns the  response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<()> {
        const OPERATION: &str = "obtaining_the_name_of_a_training_job_log_file";
        let request = Request::new(
                Method::Get,
                "/v1/{project_id}/training-jobs/{job_id}/versions/{version_id}/log/file-names",
                OPERATION,
            )
            .path_param(
                "project_id",
                required(self.project_id, OPERATION, "project_id")?,
            )
            .path_param("job_id", required(self.job_id, OPERATION, "job_id")?)
            .path_param(
                "version_id",
                required(self.version_id, OPERATION, "version_id")?,
            );
        self.client.send_empty(request).await
    }
}
crate::support::setters!(
    ObtainingTheNameOfATrainingJobLogFile { #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc = " ID of a training job. Path parameter `job_id`."]
    job_id : i64, #[doc = " Version ID of a training job. Path parameter `version_id`."]
    version_id : i64 }
);
/// Request builder for `querying_a_built_in_algorithm`: `GET /v1/{project_id}/built-in-algorithms`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct QueryingABuiltInAlgorithm {
    client: docsdk_runtime::Client,
    project_id: Option<String>,
    per_page: Option<i64>,
    page: Option<i64>,
    sort_by: Option<types::SortBy10>,
    order: Option<types::Order>,
    search_content: Option<String>,
}
impl QueryingABuiltInAlgorithm {
    pub(crate) fn new(client: docsdk_runtime::Client) -> Self {
        Self {
            client,
            project_id: None,
            per_page: None,
            page: None,
            sort_by: None,
            order: None,
            search_content: None,
        }
    }
    /// Sends the request and returns the  response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<()> {
        const OPERATION: &str = "querying_a_built_in_algorithm";
        let request = Request::new(
                Method::Get,
                "/v1/{project_id}/built-in-algorithms",
                OPERATION,
            )
            .path_param(
                "project_id",
                required(self.project_id, OPERATION, "project_id")?,
            )
            .query_opt("per_page", self.per_page)
            .query_opt("page", self.page)
            .query_opt("sortBy", self.sort_by)
            .query_opt("order", self.order)
            .query_opt("search_content", self.search_content);
        self.client.send_empty(request).await
    }
}
crate::support::setters!(
    QueryingABuiltInAlgorithm { #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc =
    " Number of job parameters displayed on each page. The value range is \\[1, 100\\]. Default value: **10**. Query parameter `per_page`. Default: `10`. Range 1 to 100."]
    per_page : i64, #[doc =
    " Index of the page to be queried. Default value: **1**. Query parameter `page`. Default: `1`."]
    page : i64, #[doc =
    " Sorting mode of the query. The value can be **engine**, **model\\_name**, **model\\_precision**, **model\\_usage**, **model\\_precision**, **model\\_size**, **create\\_time**, or **parameter**. Default value: **engine**"]
    #[doc = ""] #[doc = " Query parameter `sortBy`. Default: `engine`."] sort_by :
    types::SortBy10, #[doc = " Sorting order. The options are as follows:"] #[doc = ""]
    #[doc = " - **asc**: ascending order"] #[doc =
    " - **desc**: descending order. The default value is **desc**."] #[doc = ""] #[doc =
    " Query parameter `order`. Default: `desc`."] order : types::Order, #[doc =
    " Search content, for example, a parameter name. By default, this parameter is left blank. Query parameter `search_content`."]
    search_content : String }
);
/// Request builder for `querying_a_list_of_training_job_configurations`: `GET /v1/{project_id}/training-job-configs`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct QueryingAListOfTrainingJobConfigurations {
    client: docsdk_runtime::Client,
    project_id: Option<String>,
    per_page: Option<i64>,
    page: Option<i64>,
    sort_by: Option<types::SortBy11>,
    order: Option<types::Order>,
    search_content: Option<String>,
    config_type: Option<types::ConfigType>,
}
impl QueryingAListOfTrainingJobConfigurations {
    pub(crate) fn new(client: docsdk_runtime::Client) -> Self {
        Self {
            client,
            project_id: None,
            per_page: None,
            page: None,
            sort_by: None,
            order: None,
            search_content: None,
            config_type: None,
        }
    }
    /// Sends the request and returns the  response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<()> {
        const OPERATION: &str = "querying_a_list_of_training_job_configurations";
        let request = Request::new(
                Method::Get,
                "/v1/{project_id}/training-job-configs",
                OPERATION,
            )
            .path_param(
                "project_id",
                required(self.project_id, OPERATION, "project_id")?,
            )
            .query_opt("per_page", self.per_page)
            .query_opt("page", self.page)
            .query_opt("sortBy", self.sort_by)
            .query_opt("order", self.order)
            .query_opt("search_content", self.search_content)
            .query_opt("config_type", self.config_type);
        self.client.send_empty(request).await
    }
}
crate::support::setters!(
    QueryingAListOfTrainingJobConfigurations { #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc =
    " Number of job parameters displayed on each page. The value range is \\[1, 1000\\]. Default value: **10**"]
    #[doc = ""] #[doc = " Query parameter `per_page`. Default: `10`. Range 1 to 1000."]
    per_page : i64, #[doc =
    " Index of the page to be queried. Default value: **1**. Query parameter `page`. Default: `1`."]
    page : i64, #[doc =
    " Sorting mode of the query. The value can be **config\\_name**, **config\\_desc**, or **create\\_time**. The default value is **config\\_name**. **create\\_time** is not supported for **sample** sorting."]
    #[doc = ""] #[doc = " Query parameter `sortBy`. Default: `config_name`."] sort_by :
    types::SortBy11, #[doc = " Sorting order. Options:"] #[doc = ""] #[doc =
    " - **asc**: ascending order"] #[doc =
    " - **desc**: descending order. The default value is **desc**."] #[doc = ""] #[doc =
    " Query parameter `order`. Default: `desc`."] order : types::Order, #[doc =
    " Search content, for example, a parameter name. By default, this parameter is left blank. Query parameter `search_content`."]
    search_content : String, #[doc = " Configuration type to be queried. Options:"] #[doc
    = ""] #[doc = " - **custom**: Query the custom configurations."] #[doc =
    " - **sample**: Query the sample configurations. The default value is **custom**."]
    #[doc = ""] #[doc = " Query parameter `config_type`. Default: `custom`."] config_type
    : types::ConfigType }
);
/// Request builder for `creating_a_training_job_configuration`: `POST /v1/{project_id}/training-job-configs`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct CreatingATrainingJobConfiguration {
    client: docsdk_runtime::Client,
    project_id: Option<String>,
    config_name: Option<String>,
    config_desc: Option<String>,
    worker_server_num: Option<i64>,
    app_url: Option<String>,
    boot_file_url: Option<String>,
    model_id: Option<i64>,
    parameter: Option<Vec<types::CreatingATrainingJobConfigurationParameter>>,
    spec_id: Option<i64>,
    data_url: Option<String>,
    dataset_id: Option<String>,
    dataset_version_id: Option<String>,
    data_source: Option<Vec<types::CreatingATrainingJobConfigurationDataSource>>,
    engine_id: Option<i64>,
    train_url: Option<String>,
    log_url: Option<String>,
    user_image_url: Option<String>,
    user_command: Option<String>,
}
impl CreatingATrainingJobConfiguration {
    pub(crate) fn new(client: docsdk_runtime::Client) -> Self {
        Self {
            client,
            project_id: None,
            config_name: None,
            config_desc: None,
            worker_server_num: None,
            app_url: None,
            boot_file_url: None,
            model_id: None,
            parameter: None,
            spec_id: None,
            data_url: None,
            dataset_id: None,
            dataset_version_id: None,
            data_source: None,
            engine_id: None,
            train_url: None,
            log_url: None,
            user_image_url: None,
            user_command: None,
        }
    }
    /// Sends the request and returns the  response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<()> {
        const OPERATION: &str = "creating_a_training_job_configuration";
        let body = types::CreatingATrainingJobConfigurationRequest {
            config_name: required(self.config_name, OPERATION, "config_name")?,
            config_desc: self.config_desc,
            worker_server_num: required(
                self.worker_server_num,
                OPERATION,
                "worker_server_num",
            )?,
            app_url: required(self.app_url, OPERATION, "app_url")?,
            boot_file_url: required(self.boot_file_url, OPERATION, "boot_file_url")?,
            model_id: required(self.model_id, OPERATION, "model_id")?,
            parameter: self.parameter,
            spec_id: required(self.spec_id, OPERATION, "spec_id")?,
            data_url: self.data_url,
            dataset_id: self.dataset_id,
            dataset_version_id: self.dataset_version_id,
            data_source: self.data_source,
            engine_id: required(self.engine_id, OPERATION, "engine_id")?,
            train_url: self.train_url,
            log_url: self.log_url,
            user_image_url: self.user_image_url,
            user_command: self.user_command,
        };
        let request = Request::new(
                Method::Post,
                "/v1/{project_id}/training-job-configs",
                OPERATION,
            )
            .path_param(
                "project_id",
                required(self.project_id, OPERATION, "project_id")?,
            )
            .json_body(&body)?;
        self.client.send_empty(request).await
    }
}
crate::support::setters!(
    CreatingATrainingJobConfiguration { #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc =
    " Name of a training job configuration. The value must contain 1 to 64 characters consisting of only digits, letters, underscores (\\_), and hyphens (-)."]
    #[doc = ""] #[doc = " Length 1 to 64."] config_name : String, #[doc =
    " Description of a training job configuration. The value must contain 0 to 256 characters. By default, this parameter is left blank. Length 0 to 256."]
    config_desc : String, #[doc =
    " Number of workers in a training job. Obtain the maximum value from Querying Job Resource Specifications."]
    worker_server_num : i64, #[doc =
    " Code directory of a training job, for example, **/usr/app/**. This parameter must be used together with **boot\\_file\\_url**. After setting **model\\_id**, you do not need to set **app\\_url** or **boot\\_file\\_url**, and **engine\\_id**."]
    app_url : String, #[doc =
    " Boot file of a training job, which needs to be stored in the code directory, for example, **/usr/app/boot.py**. This parameter must be used together with **app\\_url**. After setting **model\\_id**, you do not need to set **app\\_url** or **boot\\_file\\_url**, and **engine\\_id**."]
    boot_file_url : String, #[doc =
    " Model ID of a training job. After setting **model\\_id**, you do not need to set **app\\_url** or **boot\\_file\\_url**, and **engine\\_id**."]
    model_id : i64, #[doc =
    " Running parameters of a training job. It is a collection of label-value pairs. For details, see the sample request. This parameter is a container environment variable when a training job uses a custom image. For details, see Table 4."]
    parameter : Vec < types::CreatingATrainingJobConfigurationParameter >, #[doc =
    " ID of the resource specifications selected for a training job. Obtain the ID by calling the API described in Querying Job Resource Specifications."]
    spec_id : i64, #[doc =
    " OBS URL of the dataset required by a training job, for example, **/usr/data/**."]
    #[doc =
    " This parameter cannot be used together with **data\\_source** or **dataset\\_id** and **dataset\\_version\\_id**. However, one of the parameters must exist."]
    data_url : String, #[doc =
    " Dataset ID of a training job. This parameter must be used together with **dataset\\_version\\_id**, but cannot be used together with **data\\_url** or **data\\_source**."]
    dataset_id : String, #[doc =
    " Dataset version ID of a training job. This parameter must be used together with **dataset\\_id**, but cannot be used together with **data\\_url** or **data\\_source**."]
    dataset_version_id : String, #[doc =
    " Dataset of a training job. This parameter cannot be used together with **data\\_url** or **dataset\\_id** and **dataset\\_version\\_id**. For details, see Table 3."]
    data_source : Vec < types::CreatingATrainingJobConfigurationDataSource >, #[doc =
    " ID of the engine selected for a training job. The default value is **1**. After setting **model\\_id**, you do not need to set **app\\_url** or **boot\\_file\\_url**, and **engine\\_id**. Obtain the ID by calling the API described in Querying Job Engine Specifications."]
    #[doc = ""] #[doc = " Default: `1`."] engine_id : i64, #[doc =
    " OBS URL of the output file of a training job. By default, this parameter is left blank. Example value: **/usr/train/**"]
    train_url : String, #[doc =
    " OBS URL of the logs of a training job. By default, this parameter is left blank. Example value: **/usr/train/**"]
    log_url : String, #[doc =
    " SWR URL of a custom image used by a training job. Example value: **100.125.5.235:20202/jobmng/custom-cpu-base:1.0**"]
    user_image_url : String, #[doc =
    " Boot command used to start the container of a custom image of a training job. The format is **bash /home/work/run\\_train.sh python /home/work/user-job-dir/app/train.py \\{python\\_file\\_parameter\\}**. The boot script **run\\_train.sh** must be invoked to initialize variables, such as the AK/SK. The **run\\_train.sh** script is followed by **python** to ensure that the Python files can be executed in the initialized variable environment. **run\\_train.sh** is used to start Python."]
    user_command : String }
);
/// Request builder for `querying_the_details_about_a_training_job_configuration`: `GET /v1/{project_id}/training-job-configs/{config_name}`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct QueryingTheDetailsAboutATrainingJobConfiguration {
    client: docsdk_runtime::Client,
    project_id: Option<String>,
    config_name: Option<String>,
    config_type: Option<types::ConfigType>,
}
impl QueryingTheDetailsAboutATrainingJobConfiguration {
    pub(crate) fn new(client: docsdk_runtime::Client) -> Self {
        Self {
            client,
            project_id: None,
            config_name: None,
            config_type: None,
        }
    }
    /// Sends the request and returns the  response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<()> {
        const OPERATION: &str = "querying_the_details_about_a_training_job_configuration";
        let request = Request::new(
                Method::Get,
                "/v1/{project_id}/training-job-configs/{config_name}",
                OPERATION,
            )
            .path_param(
                "project_id",
                required(self.project_id, OPERATION, "project_id")?,
            )
            .path_param(
                "config_name",
                required(self.config_name, OPERATION, "config_name")?,
            )
            .query_opt("config_type", self.config_type);
        self.client.send_empty(request).await
    }
}
crate::support::setters!(
    QueryingTheDetailsAboutATrainingJobConfiguration { #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc =
    " Name of a training job configuration. Path parameter `config_name`."] config_name :
    String, #[doc = " Configuration type to be queried. Options:"] #[doc = ""] #[doc =
    " - **custom**: Query the custom configurations."] #[doc =
    " - **sample**: Query the sample configurations. The default value is **custom**."]
    #[doc = ""] #[doc = " Query parameter `config_type`. Default: `custom`."] config_type
    : types::ConfigType }
);
/// Request builder for `modifying_a_training_job_configuration`: `PUT /v1/{project_id}/training-job-configs/{config_name}`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct ModifyingATrainingJobConfiguration {
    client: docsdk_runtime::Client,
    project_id: Option<String>,
    config_name: Option<String>,
    config_desc: Option<String>,
    worker_server_num: Option<i64>,
    app_url: Option<String>,
    boot_file_url: Option<String>,
    model_id: Option<i64>,
    parameter: Option<Vec<types::ModifyingATrainingJobConfigurationParameter>>,
    spec_id: Option<i64>,
    data_url: Option<String>,
    dataset_id: Option<String>,
    dataset_version_id: Option<String>,
    data_source: Option<Vec<types::ModifyingATrainingJobConfigurationDataSource>>,
    engine_id: Option<i64>,
    train_url: Option<String>,
    log_url: Option<String>,
    user_image_url: Option<String>,
    user_command: Option<String>,
}
impl ModifyingATrainingJobConfiguration {
    pub(crate) fn new(client: docsdk_runtime::Client) -> Self {
        Self {
            client,
            project_id: None,
            config_name: None,
            config_desc: None,
            worker_server_num: None,
            app_url: None,
            boot_file_url: None,
            model_id: None,
            parameter: None,
            spec_id: None,
            data_url: None,
            dataset_id: None,
            dataset_version_id: None,
            data_source: None,
            engine_id: None,
            train_url: None,
            log_url: None,
            user_image_url: None,
            user_command: None,
        }
    }
    /// Sends the request and returns the  response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<()> {
        const OPERATION: &str = "modifying_a_training_job_configuration";
        let body = types::ModifyingATrainingJobConfigurationRequest {
            config_desc: self.config_desc,
            worker_server_num: required(
                self.worker_server_num,
                OPERATION,
                "worker_server_num",
            )?,
            app_url: required(self.app_url, OPERATION, "app_url")?,
            boot_file_url: required(self.boot_file_url, OPERATION, "boot_file_url")?,
            model_id: required(self.model_id, OPERATION, "model_id")?,
            parameter: self.parameter,
            spec_id: required(self.spec_id, OPERATION, "spec_id")?,
            data_url: self.data_url,
            dataset_id: self.dataset_id,
            dataset_version_id: self.dataset_version_id,
            data_source: self.data_source,
            engine_id: required(self.engine_id, OPERATION, "engine_id")?,
            train_url: self.train_url,
            log_url: self.log_url,
            user_image_url: self.user_image_url,
            user_command: self.user_command,
        };
        let request = Request::new(
                Method::Put,
                "/v1/{project_id}/training-job-configs/{config_name}",
                OPERATION,
            )
            .path_param(
                "project_id",
                required(self.project_id, OPERATION, "project_id")?,
            )
            .path_param(
                "config_name",
                required(self.config_name, OPERATION, "config_name")?,
            )
            .json_body(&body)?;
        self.client.send_empty(request).await
    }
}
crate::support::setters!(
    ModifyingATrainingJobConfiguration { #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc =
    " Name of a training job configuration. Path parameter `config_name`."] config_name :
    String, #[doc =
    " Description of a training job configuration. The value must contain 0 to 256 characters. By default, this parameter is left blank. Length 0 to 256."]
    config_desc : String, #[doc =
    " Number of workers in a training job. Obtain the maximum value from Querying Job Resource Specifications."]
    worker_server_num : i64, #[doc =
    " Code directory of a training job, for example, **/usr/app/**. This parameter must be used together with **boot\\_file\\_url**. After setting **model\\_id**, you do not need to set **app\\_url** or **boot\\_file\\_url**, and **engine\\_id**."]
    app_url : String, #[doc =
    " Boot file of a training job, which needs to be stored in the code directory, for example, **/usr/app/boot.py**. This parameter must be used together with **app\\_url**. After setting **model\\_id**, you do not need to set **app\\_url** or **boot\\_file\\_url**, and **engine\\_id**."]
    boot_file_url : String, #[doc =
    " Model ID of a training job. After setting **model\\_id**, you do not need to set **app\\_url** or **boot\\_file\\_url**, and **engine\\_id**."]
    model_id : i64, #[doc =
    " Running parameters of a training job. It is a collection of label-value pairs. This parameter is a container environment variable when a training job uses a custom image. For details, see Table 4."]
    parameter : Vec < types::ModifyingATrainingJobConfigurationParameter >, #[doc =
    " ID of the resource specifications selected for a training job. Obtain the ID by calling the API described in Querying Job Resource Specifications."]
    spec_id : i64, #[doc =
    " OBS URL of the dataset required by a training job, for example, **/usr/data/**."]
    #[doc =
    " This parameter cannot be used together with **data\\_source** or **dataset\\_id** and **dataset\\_version\\_id**. However, one of the parameters must exist."]
    data_url : String, #[doc =
    " Dataset ID of a training job. This parameter must be used together with **dataset\\_version\\_id**, but cannot be used together with **data\\_url** or **data\\_source**."]
    dataset_id : String, #[doc =
    " Dataset version ID of a training job. This parameter must be used together with **dataset\\_id**, but cannot be used together with **data\\_url** or **data\\_source**."]
    dataset_version_id : String, #[doc =
    " Dataset of a training job. This parameter cannot be used together with **data\\_url** or **dataset\\_id** and **dataset\\_version\\_id**. For details, see Table 3."]
    data_source : Vec < types::ModifyingATrainingJobConfigurationDataSource >, #[doc =
    " ID of the engine selected for a training job. The default value is **1**. Obtain the ID by calling the API described in Querying Job Engine Specifications."]
    #[doc = ""] #[doc = " Default: `1`."] engine_id : i64, #[doc =
    " OBS URL of the output file of a training job. By default, this parameter is left blank. Example value: **/usr/train/**"]
    train_url : String, #[doc =
    " OBS URL of the logs of a training job. By default, this parameter is left blank. Example value: **/usr/train/**"]
    log_url : String, #[doc =
    " SWR URL of a custom image used by a training job. Example value: **100.125.5.235:20202/jobmng/custom-cpu-base:1.0**"]
    user_image_url : String, #[doc =
    " Boot command used to start the container of a custom image of a training job. The format is **bash /home/work/run\\_train.sh python /home/work/user-job-dir/app/train.py \\{python\\_file\\_parameter\\}**."]
    user_command : String }
);
/// Request builder for `deleting_a_training_job_configuration`: `DELETE /v1/{project_id}/training-job-configs/{config_name}`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct DeletingATrainingJobConfiguration {
    client: docsdk_runtime::Client,
    project_id: Option<String>,
    config_name: Option<String>,
}
impl DeletingATrainingJobConfiguration {
    pub(crate) fn new(client: docsdk_runtime::Client) -> Self {
        Self {
            client,
            project_id: None,
            config_name: None,
        }
    }
    /// Sends the request and returns the  response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<()> {
        const OPERATION: &str = "deleting_a_training_job_configuration";
        let request = Request::new(
                Method::Delete,
                "/v1/{project_id}/training-job-configs/{config_name}",
                OPERATION,
            )
            .path_param(
                "project_id",
                required(self.project_id, OPERATION, "project_id")?,
            )
            .path_param(
                "config_name",
                required(self.config_name, OPERATION, "config_name")?,
            );
        self.client.send_empty(request).await
    }
}
crate::support::setters!(
    DeletingATrainingJobConfiguration { #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc =
    " Name of a training job configuration. Path parameter `config_name`."] config_name :
    String }
);
/// Request builder for `querying_a_visualization_job_list`: `GET /v1/{project_id}/visualization-jobs`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct QueryingAVisualizationJobList {
    client: docsdk_runtime::Client,
    project_id: Option<String>,
    status: Option<String>,
    per_page: Option<i64>,
    page: Option<i64>,
    sort_by: Option<types::SortBy12>,
    order: Option<types::Order>,
    search_content: Option<String>,
    workspace_id: Option<String>,
}
impl QueryingAVisualizationJobList {
    pub(crate) fn new(client: docsdk_runtime::Client) -> Self {
        Self {
            client,
            project_id: None,
            status: None,
            per_page: None,
            page: None,
            sort_by: None,
            order: None,
            search_content: None,
            workspace_id: None,
        }
    }
    /// Sends the request and returns the  response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<()> {
        const OPERATION: &str = "querying_a_visualization_job_list";
        let request = Request::new(
                Method::Get,
                "/v1/{project_id}/visualization-jobs",
                OPERATION,
            )
            .path_param(
                "project_id",
                required(self.project_id, OPERATION, "project_id")?,
            )
            .query_opt("status", self.status)
            .query_opt("per_page", self.per_page)
            .query_opt("page", self.page)
            .query_opt("sortBy", self.sort_by)
            .query_opt("order", self.order)
            .query_opt("search_content", self.search_content)
            .query_opt("workspace_id", self.workspace_id);
        self.client.send_empty(request).await
    }
}
crate::support::setters!(
    QueryingAVisualizationJobList { #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc =
    " Job status. By default, all job statuses are returned. For example, to query failed jobs, set the value of **status** to **3**, **5**, **6**, or **13**. For details about the job statuses, see Job Statuses."]
    #[doc = ""] #[doc = " Query parameter `status`."] status : String, #[doc =
    " Number of jobs displayed on each page. The value range is \\[1, 1000\\]. Default value: **10**. Query parameter `per_page`. Default: `10`. Range 1 to 1000."]
    per_page : i64, #[doc =
    " Index of the page to be queried. Default value: **1**. Query parameter `page`. Default: `1`."]
    page : i64, #[doc =
    " Sorting mode of the query. The value can be **job\\_id**, **job\\_name**, **job\\_desc**, **create\\_time**, or **status**. Default value: **job\\_id**"]
    #[doc = ""] #[doc = " Query parameter `sortBy`. Default: `job_id`."] sort_by :
    types::SortBy12, #[doc = " Sorting order. Options:"] #[doc = ""] #[doc =
    " - **asc**: ascending order. It is the default value."] #[doc =
    " - **desc**: descending order"] #[doc = ""] #[doc =
    " Query parameter `order`. Default: `asc`."] order : types::Order, #[doc =
    " Search content, for example, a visualization job name. The value must contain 0 to 64 characters. By default, this parameter is left blank."]
    #[doc = ""] #[doc = " Query parameter `search_content`. Length 0 to 64."]
    search_content : String, #[doc =
    " Workspace where a job resides. Default value: **0**. Query parameter `workspace_id`. Default: `0`."]
    workspace_id : String }
);
/// Request builder for `creating_a_visualization_job`: `POST /v1/{project_id}/visualization-jobs`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct CreatingAVisualizationJob {
    client: docsdk_runtime::Client,
    project_id: Option<String>,
    job_name: Option<String>,
    job_desc: Option<String>,
    train_url: Option<String>,
    job_type: Option<String>,
    flavor: Option<types::CreatingAVisualizationJobFlavor>,
    schedule: Option<types::CreatingAVisualizationJobSchedule>,
}
impl CreatingAVisualizationJob {
    pub(crate) fn new(client: docsdk_runtime::Client) -> Self {
        Self {
            client,
            project_id: None,
            job_name: None,
            job_desc: None,
            train_url: None,
            job_type: None,
            flavor: None,
            schedule: None,
        }
    }
    /// Sends the request and returns the  response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<()> {
        const OPERATION: &str = "creating_a_visualization_job";
        let body = types::CreatingAVisualizationJobRequest {
            job_name: required(self.job_name, OPERATION, "job_name")?,
            job_desc: self.job_desc,
            train_url: required(self.train_url, OPERATION, "train_url")?,
            job_type: self.job_type,
            flavor: self.flavor,
            schedule: self.schedule,
        };
        let request = Request::new(
                Method::Post,
                "/v1/{project_id}/visualization-jobs",
                OPERATION,
            )
            .path_param(
                "project_id",
                required(self.project_id, OPERATION, "project_id")?,
            )
            .json_body(&body)?;
        self.client.send_empty(request).await
    }
}
crate::support::setters!(
    CreatingAVisualizationJob { #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc =
    " Name of a visualization job. The value must contain 1 to 20 characters consisting of only digits, letters, underscores (\\_), and hyphens (-). Length 1 to 20."]
    job_name : String, #[doc =
    " Description of a visualization job. The value must contain 0 to 256 characters. By default, this parameter is left blank. Length 0 to 256."]
    job_desc : String, #[doc = " OBS path"] train_url : String, #[doc =
    " Type of a visualization job. You can create visualization jobs of TensorBoard and MindInsight types. The default type is TensorBoard."]
    job_type : String, #[doc =
    " Specifications when a visualization job is created. You do not need to set this parameter. For details, see Table 3."]
    flavor : types::CreatingAVisualizationJobFlavor, #[doc =
    " Auto stop setting. For details, see Table 4."] schedule :
    types::CreatingAVisualizationJobSchedule }
);
/// Request builder for `querying_the_details_about_a_visualization_job`: `GET /v1/{project_id}/visualization-jobs/{job_id}`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct QueryingTheDetailsAboutAVisualizationJob {
    client: docsdk_runtime::Client,
    project_id: Option<String>,
    job_id: Option<String>,
}
impl QueryingTheDetailsAboutAVisualizationJob {
    pub(crate) fn new(client: docsdk_runtime::Client) -> Self {
        Self {
            client,
            project_id: None,
            job_id: None,
        }
    }
    /// Sends the request and returns the  response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<()> {
        const OPERATION: &str = "querying_the_details_about_a_visualization_job";
        let request = Request::new(
                Method::Get,
                "/v1/{project_id}/visualization-jobs/{job_id}",
                OPERATION,
            )
            .path_param(
                "project_id",
                required(self.project_id, OPERATION, "project_id")?,
            )
            .path_param("job_id", required(self.job_id, OPERATION, "job_id")?);
        self.client.send_empty(request).await
    }
}
crate::support::setters!(
    QueryingTheDetailsAboutAVisualizationJob { #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc = " ID of a visualization job. Path parameter `job_id`."]
    job_id : String }
);
/// Request builder for `modifying_the_description_of_a_visualization_job`: `PUT /v1/{project_id}/visualization-jobs/{job_id}`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct ModifyingTheDescriptionOfAVisualizationJob {
    client: docsdk_runtime::Client,
    project_id: Option<String>,
    job_id: Option<String>,
    job_desc: Option<String>,
}
impl ModifyingTheDescriptionOfAVisualizationJob {
    pub(crate) fn new(client: docsdk_runtime::Client) -> Self {
        Self {
            client,
            project_id: None,
            job_id: None,
            job_desc: None,
        }
    }
    /// Sends the request and returns the  response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<()> {
        const OPERATION: &str = "modifying_the_description_of_a_visualization_job";
        let body = types::ModifyingTheDescriptionOfAVisualizationJobRequest {
            job_desc: required(self.job_desc, OPERATION, "job_desc")?,
        };
        let request = Request::new(
                Method::Put,
                "/v1/{project_id}/visualization-jobs/{job_id}",
                OPERATION,
            )
            .path_param(
                "project_id",
                required(self.project_id, OPERATION, "project_id")?,
            )
            .path_param("job_id", required(self.job_id, OPERATION, "job_id")?)
            .json_body(&body)?;
        self.client.send_empty(request).await
    }
}
crate::support::setters!(
    ModifyingTheDescriptionOfAVisualizationJob { #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc = " ID of a visualization job. Path parameter `job_id`."]
    job_id : String, #[doc =
    " Description of a visualization job. The value must contain 0 to 256 characters. Length 0 to 256."]
    job_desc : String }
);
/// Request builder for `deleting_a_visualization_job`: `DELETE /v1/{project_id}/visualization-jobs/{job_id}`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct DeletingAVisualizationJob {
    client: docsdk_runtime::Client,
    project_id: Option<String>,
    job_id: Option<String>,
}
impl DeletingAVisualizationJob {
    pub(crate) fn new(client: docsdk_runtime::Client) -> Self {
        Self {
            client,
            project_id: None,
            job_id: None,
        }
    }
    /// Sends the request and returns the  response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<()> {
        const OPERATION: &str = "deleting_a_visualization_job";
        let request = Request::new(
                Method::Delete,
                "/v1/{project_id}/visualization-jobs/{job_id}",
                OPERATION,
            )
            .path_param(
                "project_id",
                required(self.project_id, OPERATION, "project_id")?,
            )
            .path_param("job_id", required(self.job_id, OPERATION, "job_id")?);
        self.client.send_empty(request).await
    }
}
crate::support::setters!(
    DeletingAVisualizationJob { #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc = " ID of a visualization job. Path parameter `job_id`."]
    job_id : String }
);
/// Request builder for `stopping_a_visualization_job`: `POST /v1/{project_id}/visualization-jobs/{job_id}/stop`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct StoppingAVisualizationJob {
    client: docsdk_runtime::Client,
    project_id: Option<String>,
    job_id: Option<String>,
}
impl StoppingAVisualizationJob {
    pub(crate) fn new(client: docsdk_runtime::Client) -> Self {
        Self {
            client,
            project_id: None,
            job_id: None,
        }
    }
    /// Sends the request and returns the  response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<()> {
        const OPERATION: &str = "stopping_a_visualization_job";
        let request = Request::new(
                Method::Post,
                "/v1/{project_id}/visualization-jobs/{job_id}/stop",
                OPERATION,
            )
            .path_param(
                "project_id",
                required(self.project_id, OPERATION, "project_id")?,
            )
            .path_param("job_id", required(self.job_id, OPERATION, "job_id")?);
        self.client.send_empty(request).await
    }
}
crate::support::setters!(
    StoppingAVisualizationJob { #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc = " ID of a visualization job. Path parameter `job_id`."]
    job_id : String }
);
/// Request builder for `restarting_a_visualization_job`: `POST /v1/{project_id}/visualization-jobs/{job_id}/restart`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct RestartingAVisualizationJob {
    client: docsdk_runtime::Client,
    project_id: Option<String>,
    job_id: Option<String>,
}
impl RestartingAVisualizationJob {
    pub(crate) fn new(client: docsdk_runtime::Client) -> Self {
        Self {
            client,
            project_id: None,
            job_id: None,
        }
    }
    /// Sends the request and returns the  response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<()> {
        const OPERATION: &str = "restarting_a_visualization_job";
        let request = Request::new(
                Method::Post,
                "/v1/{project_id}/visualization-jobs/{job_id}/restart",
                OPERATION,
            )
            .path_param(
                "project_id",
                required(self.project_id, OPERATION, "project_id")?,
            )
            .path_param("job_id", required(self.job_id, OPERATION, "job_id")?);
        self.client.send_empty(request).await
    }
}
crate::support::setters!(
    RestartingAVisualizationJob { #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc = " ID of a visualization job. Path parameter `job_id`."]
    job_id : String }
);
/// Request builder for `querying_job_resource_specifications`: `GET /v1/{project_id}/job/resource-specs`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct QueryingJobResourceSpecifications {
    client: docsdk_runtime::Client,
    project_id: Option<String>,
    job_type: Option<types::JobType>,
    engine_id: Option<i64>,
    project_type: Option<i64>,
}
impl QueryingJobResourceSpecifications {
    pub(crate) fn new(client: docsdk_runtime::Client) -> Self {
        Self {
            client,
            project_id: None,
            job_type: None,
            engine_id: None,
            project_type: None,
        }
    }
    /// Sends the request and returns the  response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<()> {
        const OPERATION: &str = "querying_job_resource_specifications";
        let request = Request::new(
                Method::Get,
                "/v1/{project_id}/job/resource-specs",
                OPERATION,
            )
            .path_param(
                "project_id",
                required(self.project_id, OPERATION, "project_id")?,
            )
            .query_opt("job_type", self.job_type)
            .query_opt("engine_id", self.engine_id)
            .query_opt("project_type", self.project_type);
        self.client.send_empty(request).await
    }
}
crate::support::setters!(
    QueryingJobResourceSpecifications { #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc =
    " Job type. The value can be **train** or **inference**. This parameter is not required for querying the specifications of ExeML resources."]
    #[doc = ""] #[doc = " Query parameter `job_type`."] job_type : types::JobType, #[doc
    =
    " Engine ID of a job. Default value: **0** This parameter is not required for querying the specifications of ExeML resources."]
    #[doc = ""] #[doc = " Query parameter `engine_id`. Default: `0`."] engine_id : i64,
    #[doc = " Project type. Default value: **0**"] #[doc = ""] #[doc =
    " - **0**: non-ExeML project"] #[doc =
    " - **1**: ExeML job for image classification"] #[doc =
    " - **2**: ExeML job for object detection"] #[doc =
    " - **3**: ExeML job for predictive analytics"] #[doc = ""] #[doc =
    " Query parameter `project_type`. Default: `0`."] project_type : i64 }
);
/// Request builder for `querying_job_engine_specifications`: `GET /v1/{project_id}/job/ai-engines`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct QueryingJobEngineSpecifications {
    client: docsdk_runtime::Client,
    project_id: Option<String>,
    job_type: Option<types::JobType>,
}
impl QueryingJobEngineSpecifications {
    pub(crate) fn new(client: docsdk_runtime::Client) -> Self {
        Self {
            client,
            project_id: None,
            job_type: None,
        }
    }
    /// Sends the request and returns the  response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<()> {
        const OPERATION: &str = "querying_job_engine_specifications";
        let request = Request::new(
                Method::Get,
                "/v1/{project_id}/job/ai-engines",
                OPERATION,
            )
            .path_param(
                "project_id",
                required(self.project_id, OPERATION, "project_id")?,
            )
            .query_opt("job_type", self.job_type);
        self.client.send_empty(request).await
    }
}
crate::support::setters!(
    QueryingJobEngineSpecifications { #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc =
    " Job type. The value can be **train** or **inference**. Query parameter `job_type`."]
    job_type : types::JobType }
);
/// Request builder for `querying_a_model_list`: `GET /v1/{project_id}/models`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct QueryingAModelList {
    client: docsdk_runtime::Client,
    project_id: Option<String>,
    model_name: Option<String>,
    model_version: Option<String>,
    model_status: Option<types::ModelStatus>,
    model_type: Option<String>,
    not_model_type: Option<String>,
    description: Option<String>,
    offset: Option<i64>,
    limit: Option<i64>,
    sort_by: Option<types::SortBy13>,
    order: Option<String>,
    workspace_id: Option<String>,
}
impl QueryingAModelList {
    pub(crate) fn new(client: docsdk_runtime::Client) -> Self {
        Self {
            client,
            project_id: None,
            model_name: None,
            model_version: None,
            model_status: None,
            model_type: None,
            not_model_type: None,
            description: None,
            offset: None,
            limit: None,
            sort_by: None,
            order: None,
            workspace_id: None,
        }
    }
    /// Sends the request and returns the  response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<()> {
        const OPERATION: &str = "querying_a_model_list";
        let request = Request::new(Method::Get, "/v1/{project_id}/models", OPERATION)
            .path_param(
                "project_id",
                required(self.project_id, OPERATION, "project_id")?,
            )
            .query_opt("model_name", self.model_name)
            .query_opt("model_version", self.model_version)
            .query_opt("model_status", self.model_status)
            .query_opt("model_type", self.model_type)
            .query_opt("not_model_type", self.not_model_type)
            .query_opt("description", self.description)
            .query_opt("offset", self.offset)
            .query_opt("limit", self.limit)
            .query_opt("sort_by", self.sort_by)
            .query_opt("order", self.order)
            .query_opt("workspace_id", self.workspace_id);
        self.client.send_empty(request).await
    }
}
crate::support::setters!(
    QueryingAModelList { #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc = " Model name. Fuzzy match is supported."] #[doc =
    " NOTE:"] #[doc =
    " If a model name contains an underscore (\\_), add the **exact\\_match** parameter to the request and set the parameter value to **true** because the underscore needs to be escaped. This ensures that the query operation can be performed properly."]
    #[doc = ""] #[doc = " Query parameter `model_name`."] model_name : String, #[doc =
    " Model version. Query parameter `model_version`."] model_version : String, #[doc =
    " Model status. You can query models based on the model status. Options:"] #[doc =
    ""] #[doc = " - **Publishing**"] #[doc = " - **Published**"] #[doc = " - **Failed**"]
    #[doc = " - **Building**"] #[doc = " - **Building\\_failed**"] #[doc = ""] #[doc =
    " Query parameter `model_status`."] model_status : types::ModelStatus, #[doc =
    " Model type. The models of this type are queried. **model\\_type** and **not\\_model\\_type** are mutually exclusive and cannot co-exist."]
    #[doc = ""] #[doc = " Query parameter `model_type`."] model_type : String, #[doc =
    " Model type. A list of models of types except for this type are queried. Query parameter `not_model_type`."]
    not_model_type : String, #[doc =
    " Description. Fuzzy match is supported. Query parameter `description`."] description
    : String, #[doc =
    " Index of the page to be queried. Default value: **0**. Query parameter `offset`. Default: `0`."]
    offset : i64, #[doc =
    " Maximum number of records returned on each page. The default value is **100**. The recommended value ranges from 10 to 50."]
    #[doc = ""] #[doc = " Query parameter `limit`. Default: `100`. Range 10 to 50."]
    limit : i64, #[doc =
    " Sorting mode. The value can be **create\\_at**, **model\\_version**, or **model\\_size**. Default value: **create\\_at**"]
    #[doc = ""] #[doc = " Query parameter `sort_by`. Default: `create_at`."] sort_by :
    types::SortBy13, #[doc =
    " Sorting order. The value can be **asc** or **desc**, indicating ascending or descending order. Default value: **desc**. Query parameter `order`. Default: `desc`."]
    order : String, #[doc =
    " ID of the workspace to which a service belongs. The default value is **0**, indicating the default workspace. Query parameter `workspace_id`. Default: `0`."]
    workspace_id : String }
);
/// Request builder for `importing_a_model`: `POST /v1/{project_id}/models`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct ImportingAModel {
    client: docsdk_runtime::Client,
    project_id: Option<String>,
    model_name: Option<String>,
    model_version: Option<String>,
    source_location: Option<String>,
    source_job_id: Option<String>,
    source_job_version: Option<String>,
    source_type: Option<String>,
    model_type: Option<String>,
    runtime: Option<String>,
    description: Option<String>,
    model_algorithm: Option<types::ImportingAModelRequestModelAlgorithm>,
    execution_code: Option<String>,
    input_params: Option<Vec<types::ImportingAModelParams>>,
    output_params: Option<Vec<types::ImportingAModelParams>>,
    dependencies: Option<Vec<types::ImportingAModelDependency>>,
    model_metrics: Option<String>,
    apis: Option<Vec<types::ImportingAModelApis>>,
    initial_config: Option<String>,
    workspace_id: Option<String>,
    model_docs: Option<Vec<types::ImportingAModelDoc>>,
    install_type: Option<Vec<types::ImportingAModelRequestInstallTypeItem>>,
    template: Option<types::ImportingAModelTemplate>,
}
impl ImportingAModel {
    pub(crate) fn new(client: docsdk_runtime::Client) -> Self {
        Self {
            client,
            project_id: None,
            model_name: None,
            model_version: None,
            source_location: None,
            source_job_id: None,
            source_job_version: None,
            source_type: None,
            model_type: None,
            runtime: None,
            description: None,
            model_algorithm: None,
            execution_code: None,
            input_params: None,
            output_params: None,
            dependencies: None,
            model_metrics: None,
            apis: None,
            initial_config: None,
            workspace_id: None,
            model_docs: None,
            install_type: None,
            template: None,
        }
    }
    /// Sends the request and returns the  response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<()> {
        const OPERATION: &str = "importing_a_model";
        let body = types::ImportingAModelRequest {
            model_name: required(self.model_name, OPERATION, "model_name")?,
            model_version: required(self.model_version, OPERATION, "model_version")?,
            source_location: required(
                self.source_location,
                OPERATION,
                "source_location",
            )?,
            source_job_id: self.source_job_id,
            source_job_version: self.source_job_version,
            source_type: self.source_type,
            model_type: required(self.model_type, OPERATION, "model_type")?,
            runtime: self.runtime,
            description: self.description,
            model_algorithm: self.model_algorithm,
            execution_code: self.execution_code,
            input_params: self.input_params,
            output_params: self.output_params,
            dependencies: self.dependencies,
            model_metrics: self.model_metrics,
            apis: self.apis,
            initial_config: self.initial_config,
            workspace_id: self.workspace_id,
            model_docs: self.model_docs,
            install_type: self.install_type,
            template: self.template,
        };
        let request = Request::new(Method::Post, "/v1/{project_id}/models", OPERATION)
            .path_param(
                "project_id",
                required(self.project_id, OPERATION, "project_id")?,
            )
            .json_body(&body)?;
        self.client.send_empty(request).await
    }
}
crate::support::setters!(
    ImportingAModel { #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc =
    " Model name. Enter 1 to 64 characters. Only letters, digits, hyphens (-), and underscores (\\_) are allowed. Length 1 to 64."]
    model_name : String, #[doc =
    " Model version in the format of Digit.Digit.Digit. The value range of the digits is \\[1, 99\\]. Note that no part of the version number can start with 0. For example, **01.01.01** is not allowed."]
    model_version : String, #[doc =
    " OBS path where the model is located or the SWR image location"] source_location :
    String, #[doc =
    " ID of the source training job. If the model is generated from a training job, input this parameter for source tracing. If the model is imported from a third-party meta model, leave this parameter blank. By default, this parameter is left blank."]
    source_job_id : String, #[doc =
    " Version of the source training job. If the model is generated from a training job, input this parameter for source tracing. If the model is imported from a third-party meta model, leave this parameter blank. By default, this parameter is left blank."]
    source_job_version : String, #[doc =
    " Model source type. The value can only be **auto**, which indicates ExeML models (model download is not supported). If a model is deployed through a training job, this parameter is left blank by default."]
    source_type : String, #[doc =
    " Model type. The value can be **TensorFlow**, **MXNet**, **Caffe**, **Spark\\_MLlib**, **Scikit\\_Learn**, **XGBoost**, **Image**, **PyTorch**, or **Template**, which is read from the configuration file."]
    model_type : String, #[doc =
    " For details about **runtime** options, see **Model Management** \\> **Importing a Model** \\> **Importing a Meta Model from OBS** in ModelArts User Guide."]
    runtime : String, #[doc =
    " Model remarks. The value contains a maximum of 100 characters and cannot contain the following special characters and more: \\&\\!'\\\\\"\\<\\>=. Length at most 100."]
    description : String, #[doc =
    " Model algorithm. If the algorithm is read from the configuration file, this parameter can be left blank. For example, the value can be **predict\\_analysis**, **object\\_detection**, or **image\\_classification**. The value must start with a letter and contain no more than 36 characters. Chinese characters and special characters (\\&\\!'\\\\\"\\<\\>=) are not allowed."]
    #[doc = ""] #[doc = " Length at most 36."] model_algorithm :
    types::ImportingAModelRequestModelAlgorithm, #[doc =
    " OBS path for storing the execution code. By default, this parameter is left blank. The name of the execution code file is fixed to **customize\\_service.py**. The inference code file must be stored in the **model** directory. If this parameter is left blank, the system can automatically identify the inference code in the **model** directory."]
    execution_code : String, #[doc =
    " Collection of input parameters of a model. By default, this parameter is left blank. For details, see Table 3. If the collection of input parameters is read from **apis** in the configuration file, you only need to provide the **initial\\_config** field and do not need to set **input\\_params**. **input\\_params** is optional when the **initial\\_config** field exists."]
    input_params : Vec < types::ImportingAModelParams >, #[doc =
    " Collection of output parameters of a model. By default, this parameter is left blank. For details, see Table 3. If the collection of output parameters is read from **apis** in the configuration file, you only need to provide the **initial\\_config** field and do not need to set **output\\_params**."]
    output_params : Vec < types::ImportingAModelParams >, #[doc =
    " Package required for inference code and model. By default, this parameter is left blank. If the package is read from the configuration file, this parameter can be left blank. Table 4 shows the dependency structure."]
    dependencies : Vec < types::ImportingAModelDependency >, #[doc =
    " Model precision, which is read from the configuration file"] model_metrics :
    String, #[doc =
    " All **apis** input and output parameters of the model. If the parameters are read from the configuration file, this parameter can be left blank. For details, see Table 10."]
    apis : Vec < types::ImportingAModelApis >, #[doc =
    " Character string converted from the final model configuration file. It is recommended that the **initial\\_config** file be used to provide information about the fields such as **apis**, **dependencies**, **input\\_params**, and **output\\_params**."]
    initial_config : String, #[doc =
    " ID of the workspace to which a service belongs. The default value is **0**, indicating the default workspace. Default: `0`."]
    workspace_id : String, #[doc =
    " List of model description documents. A maximum of three documents are supported. For details, see Table 7."]
    model_docs : Vec < types::ImportingAModelDoc >, #[doc =
    " Deployment type. Only lowercase letters are supported. The value can be **real-time**, or **batch**. Default value: \\[**real-time**, **batch**\\]"]
    install_type : Vec < types::ImportingAModelRequestInstallTypeItem >, #[doc =
    " Template configuration items. This parameter is mandatory when **model\\_type** is set to **Template**. For details, see Table 8."]
    template : types::ImportingAModelTemplate }
);
/// Request builder for `querying_the_details_about_a_model`: `GET /v1/{project_id}/models/{model_id}`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct QueryingTheDetailsAboutAModel {
    client: docsdk_runtime::Client,
    project_id: Option<String>,
    model_id: Option<String>,
}
impl QueryingTheDetailsAboutAModel {
    pub(crate) fn new(client: docsdk_runtime::Client) -> Self {
        Self {
            client,
            project_id: None,
            model_id: None,
        }
    }
    /// Sends the request and returns the  response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<()> {
        const OPERATION: &str = "querying_the_details_about_a_model";
        let request = Request::new(
                Method::Get,
                "/v1/{project_id}/models/{model_id}",
                OPERATION,
            )
            .path_param(
                "project_id",
                required(self.project_id, OPERATION, "project_id")?,
            )
            .path_param("model_id", required(self.model_id, OPERATION, "model_id")?);
        self.client.send_empty(request).await
    }
}
crate::support::setters!(
    QueryingTheDetailsAboutAModel { #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc = " Model ID. Path parameter `model_id`."] model_id :
    String }
);
/// Request builder for `deleting_a_model`: `DELETE /v1/{project_id}/models/{model_id}`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct DeletingAModel {
    client: docsdk_runtime::Client,
    project_id: Option<String>,
    model_id: Option<String>,
    cascade: Option<bool>,
}
impl DeletingAModel {
    pub(crate) fn new(client: docsdk_runtime::Client) -> Self {
        Self {
            client,
            project_id: None,
            model_id: None,
            cascade: None,
        }
    }
    /// Sends the request and returns the  response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<()> {
        const OPERATION: &str = "deleting_a_model";
        let request = Request::new(
                Method::Delete,
                "/v1/{project_id}/models/{model_id}",
                OPERATION,
            )
            .path_param(
                "project_id",
                required(self.project_id, OPERATION, "project_id")?,
            )
            .path_param("model_id", required(self.model_id, OPERATION, "model_id")?)
            .query_opt("cascade", self.cascade);
        self.client.send_empty(request).await
    }
}
crate::support::setters!(
    DeletingAModel { #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc =
    " ID of the model to be deleted. Path parameter `model_id`."] model_id : String,
    #[doc =
    " The default value is **false**, indicating that only the model with the specified model ID is deleted. The value **true** indicates that not only the model with the specified model ID but also all models with the same name but different versions as the specified model will be deleted. A maximum of 20 models can be deleted at a time."]
    #[doc = ""] #[doc = " Query parameter `cascade`. Default: `false`."] cascade : bool }
);
/// Request builder for `querying_a_service_list`: `GET /v1/{project_id}/services`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct QueryingAServiceList {
    client: docsdk_runtime::Client,
    project_id: Option<String>,
    service_id: Option<String>,
    service_name: Option<String>,
    model_id: Option<String>,
    cluster_id: Option<String>,
    workspace_id: Option<String>,
    infer_type: Option<types::ImportingAModelRequestInstallTypeItem>,
    status: Option<types::QueryingAServiceListServiceStatus>,
    offset: Option<i64>,
    limit: Option<i64>,
    sort_by: Option<types::SortBy14>,
    order: Option<String>,
}
impl QueryingAServiceList {
    pub(crate) fn new(client: docsdk_runtime::Client) -> Self {
        Self {
            client,
            project_id: None,
            service_id: None,
            service_name: None,
            model_id: None,
            cluster_id: None,
            workspace_id: None,
            infer_type: None,
            status: None,
            offset: None,
            limit: None,
            sort_by: None,
            order: None,
        }
    }
    /// Sends the request and returns the  response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<()> {
        const OPERATION: &str = "querying_a_service_list";
        let request = Request::new(Method::Get, "/v1/{project_id}/services", OPERATION)
            .path_param(
                "project_id",
                required(self.project_id, OPERATION, "project_id")?,
            )
            .query_opt("service_id", self.service_id)
            .query_opt("service_name", self.service_name)
            .query_opt("model_id", self.model_id)
            .query_opt("cluster_id", self.cluster_id)
            .query_opt("workspace_id", self.workspace_id)
            .query_opt("infer_type", self.infer_type)
            .query_opt("status", self.status)
            .query_opt("offset", self.offset)
            .query_opt("limit", self.limit)
            .query_opt("sort_by", self.sort_by)
            .query_opt("order", self.order);
        self.client.send_empty(request).await
    }
}
crate::support::setters!(
    QueryingAServiceList { #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc = " Service ID. Query parameter `service_id`."] service_id
    : String, #[doc = " Service name. Query parameter `service_name`."] service_name :
    String, #[doc = " Model ID. Query parameter `model_id`."] model_id : String, #[doc =
    " Dedicated resource pool ID, which is left blank by default. Query parameter `cluster_id`."]
    cluster_id : String, #[doc =
    " Workspace ID. Default value: **0**. Query parameter `workspace_id`. Default: `0`."]
    workspace_id : String, #[doc =
    " Inference mode. The value can be **real-time** or **batch**. By default, this parameter is left blank. Query parameter `infer_type`."]
    infer_type : types::ImportingAModelRequestInstallTypeItem, #[doc =
    " Service status. By default, the service status is not filtered. You can query information by service status. The possible values are **running**, **deploying**, **concerning**, **failed**, **stopped**, and **finished**."]
    #[doc = ""] #[doc = " Query parameter `status`."] status :
    types::QueryingAServiceListServiceStatus, #[doc =
    " Start page of the paging list. Default value: **0**. Query parameter `offset`. Default: `0`."]
    offset : i64, #[doc =
    " Maximum number of records returned on each page. The default value is **1000**. The recommended value ranges from 10 to 50."]
    #[doc = ""] #[doc = " Query parameter `limit`. Default: `1000`. Range 10 to 50."]
    limit : i64, #[doc =
    " Sorting mode. The value can be **publish\\_at** or **service\\_name**. Default value: **publish\\_at**. Query parameter `sort_by`. Default: `publish_at`."]
    sort_by : types::SortBy14, #[doc =
    " Sorting order. The value can be **asc** or **desc**, indicating ascending or descending order. Default value: **desc**. Query parameter `order`. Default: `desc`."]
    order : String }
);
/// Request builder for `deploying_a_model_as_a_service`: `POST /v1/{project_id}/services`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct DeployingAModelAsAService {
    client: docsdk_runtime::Client,
    project_id: Option<String>,
    service_name: Option<String>,
    description: Option<String>,
    infer_type: Option<types::ImportingAModelRequestInstallTypeItem>,
    workspace_id: Option<String>,
    vpc_id: Option<String>,
    subnet_network_id: Option<String>,
    security_group_id: Option<String>,
    cluster_id: Option<String>,
    config: Option<Vec<serde_json::Value>>,
    schedule: Option<Vec<types::DeployingAModelAsAServiceSchedule>>,
}
impl DeployingAModelAsAService {
    pub(crate) fn new(client: docsdk_runtime::Client) -> Self {
        Self {
            client,
            project_id: None,
            service_name: None,
            description: None,
            infer_type: None,
            workspace_id: None,
            vpc_id: None,
            subnet_network_id: None,
            security_group_id: None,
            cluster_id: None,
            config: None,
            schedule: None,
        }
    }
    /// Sends the request and returns the  response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<()> {
        const OPERATION: &str = "deploying_a_model_as_a_service";
        let body = types::DeployingAModelAsAServiceRequest {
            service_name: required(self.service_name, OPERATION, "service_name")?,
            description: self.description,
            infer_type: required(self.infer_type, OPERATION, "infer_type")?,
            workspace_id: self.workspace_id,
            vpc_id: self.vpc_id,
            subnet_network_id: self.subnet_network_id,
            security_group_id: self.security_group_id,
            cluster_id: self.cluster_id,
            config: required(self.config, OPERATION, "config")?,
            schedule: self.schedule,
        };
        let request = Request::new(Method::Post, "/v1/{project_id}/services", OPERATION)
            .path_param(
                "project_id",
                required(self.project_id, OPERATION, "project_id")?,
            )
            .json_body(&body)?;
        self.client.send_empty(request).await
    }
}
crate::support::setters!(
    DeployingAModelAsAService { #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc =
    " Service name. Enter 1 to 64 characters. Only letters, digits, hyphens (-), and underscores (\\_) are allowed. Length 1 to 64."]
    service_name : String, #[doc =
    " Service description, which contains a maximum of 100 characters. By default, this parameter is left blank. Length at most 100."]
    description : String, #[doc =
    " Inference mode. The value can be **real-time** or **batch**."] #[doc = ""] #[doc =
    " - **real-time**: real-time service, which can be stopped as scheduled."] #[doc =
    " - **batch**: batch service, which can be configured as tasks to run in batches. When the tasks are completed, the service stops automatically."]
    infer_type : types::ImportingAModelRequestInstallTypeItem, #[doc =
    " ID of the workspace to which a service belongs. The default value is **0**, indicating the default workspace. Default: `0`."]
    workspace_id : String, #[doc =
    " ID of the VPC to which a real-time service instance is deployed. By default, this parameter is left blank."]
    #[doc = ""] #[doc =
    " - In this case, ModelArts allocates a dedicated VPC to each user so that users are isolated from each other. If you need to access other service components in a VPC of a service instance, set this parameter to the ID of the corresponding VPC."]
    #[doc =
    " - Once a VPC is configured, it cannot be modified. If both **vpc\\_id** and **cluster\\_id** are configured, only the dedicated resource pool takes effect."]
    vpc_id : String, #[doc =
    " ID of a subnet. By default, this parameter is left blank."] #[doc =
    " This parameter is mandatory when **vpc\\_id** is configured. Enter the network ID displayed in the subnet details on the VPC console. A subnet provides dedicated network resources that are isolated from other networks."]
    subnet_network_id : String, #[doc =
    " Security group. By default, this parameter is left blank. This parameter is mandatory when **vpc\\_id** is configured."]
    #[doc =
    " A security group is a virtual firewall that provides secure network access control policies for service instances. A security group must contain at least one inbound rule to permit the requests whose protocol is TCP, source address is **0.0.0.0/0**, and port number is **8080**."]
    security_group_id : String, #[doc =
    " ID of a dedicated resource pool. This parameter is left blank by default, indicating that no dedicated resource pool is used. When using a dedicated resource pool to deploy services, ensure that the resource pool is running properly. After this parameter is set, the network configuration of the cluster is used, and the **vpc\\_id** parameter does not take effect. If this parameter is configured together with **cluster\\_id** in **real-time config**, **cluster\\_id** in **real-time config** is used preferentially."]
    cluster_id : String, #[doc =
    " Model running configuration. If **infer\\_type** is **batch**, you can configure only one model. If **infer\\_type** is **real-time**, you can configure multiple models and assign weights based on service requirements. However, the versions of these models cannot be the same."]
    #[doc = ""] #[doc = " - If **infer\\_type** is set to **real-time**, see Table 3."]
    #[doc = " - If **infer\\_type** is set to **batch**, see Table 4."] config : Vec <
    serde_json::Value >, #[doc =
    " Service scheduling configuration, which can be configured only for real-time services. By default, this parameter is not used. Services run for a long time. For details, see Table 5."]
    schedule : Vec < types::DeployingAModelAsAServiceSchedule > }
);
/// Request builder for `querying_the_details_about_a_service`: `GET /v1/{project_id}/services/{service_id}`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct QueryingTheDetailsAboutAService {
    client: docsdk_runtime::Client,
    project_id: Option<String>,
    service_id: Option<String>,
}
impl QueryingTheDetailsAboutAService {
    pub(crate) fn new(client: docsdk_runtime::Client) -> Self {
        Self {
            client,
            project_id: None,
            service_id: None,
        }
    }
    /// Sends the request and returns the  response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<()> {
        const OPERATION: &str = "querying_the_details_about_a_service";
        let request = Request::new(
                Method::Get,
                "/v1/{project_id}/services/{service_id}",
                OPERATION,
            )
            .path_param(
                "project_id",
                required(self.project_id, OPERATION, "project_id")?,
            )
            .path_param(
                "service_id",
                required(self.service_id, OPERATION, "service_id")?,
            );
        self.client.send_empty(request).await
    }
}
crate::support::setters!(
    QueryingTheDetailsAboutAService { #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc = " Service ID. Path parameter `service_id`."] service_id
    : String }
);
/// Request builder for `updating_service_configurations`: `PUT /v1/{project_id}/services/{service_id}`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct UpdatingServiceConfigurations {
    client: docsdk_runtime::Client,
    project_id: Option<String>,
    service_id: Option<String>,
    description: Option<String>,
    status: Option<types::UpdatingServiceConfigurationsRequestStatus>,
    config: Option<Vec<serde_json::Value>>,
    schedule: Option<Vec<types::UpdatingServiceConfigurationsSchedule>>,
    additional_properties_2: Option<
        std::collections::BTreeMap<String, serde_json::Value>,
    >,
}
impl UpdatingServiceConfigurations {
    pub(crate) fn new(client: docsdk_runtime::Client) -> Self {
        Self {
            client,
            project_id: None,
            service_id: None,
            description: None,
            status: None,
            config: None,
            schedule: None,
            additional_properties_2: None,
        }
    }
    /// Sends the request and returns the  response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<()> {
        const OPERATION: &str = "updating_service_configurations";
        let body = types::UpdatingServiceConfigurationsRequest {
            description: self.description,
            status: self.status,
            config: self.config,
            schedule: self.schedule,
            additional_properties_2: self.additional_properties_2,
        };
        let request = Request::new(
                Method::Put,
                "/v1/{project_id}/services/{service_id}",
                OPERATION,
            )
            .path_param(
                "project_id",
                required(self.project_id, OPERATION, "project_id")?,
            )
            .path_param(
                "service_id",
                required(self.service_id, OPERATION, "service_id")?,
            )
            .json_body(&body)?;
        self.client.send_empty(request).await
    }
}
crate::support::setters!(
    UpdatingServiceConfigurations { #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc = " Service ID. Path parameter `service_id`."] service_id
    : String, #[doc =
    " Service description, which contains a maximum of 100 characters. If this parameter is not set, the service description is not updated. Length at most 100."]
    description : String, #[doc =
    " Service status. The value can be **running** or **stopped**. If this parameter is not set, the service status is not changed. **status** and **config** cannot be modified at the same time. If both parameters exist, modify only the **status** parameter."]
    status : types::UpdatingServiceConfigurationsRequestStatus, #[doc =
    " Service configuration. If this parameter is not set, the service is not updated. The model service is modified and the **update\\_time** parameter is returned only for requests with **config** updated."]
    #[doc = ""] #[doc = " - If **infer\\_type** is set to **real-time**, see Table 3."]
    #[doc = " - If **infer\\_type** is set to **batch**, see Table 4."] config : Vec <
    serde_json::Value >, #[doc =
    " Service scheduling configuration, which can be configured only for real-time services. By default, this parameter is not used. Services run for a long time. For details, see Table 5."]
    schedule : Vec < types::UpdatingServiceConfigurationsSchedule >, #[doc =
    " Additional service attribute, which facilitates service management. Wire name: `additional_properties`."]
    additional_properties_2 : std::collections::BTreeMap < String, serde_json::Value > }
);
/// Request builder for `deleting_a_service`: `DELETE /v1/{project_id}/services/{service_id}`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct DeletingAService {
    client: docsdk_runtime::Client,
    project_id: Option<String>,
    service_id: Option<String>,
}
impl DeletingAService {
    pub(crate) fn new(client: docsdk_runtime::Client) -> Self {
        Self {
            client,
            project_id: None,
            service_id: None,
        }
    }
    /// Sends the request and returns the  response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<()> {
        const OPERATION: &str = "deleting_a_service";
        let request = Request::new(
                Method::Delete,
                "/v1/{project_id}/services/{service_id}",
                OPERATION,
            )
            .path_param(
                "project_id",
                required(self.project_id, OPERATION, "project_id")?,
            )
            .path_param(
                "service_id",
                required(self.service_id, OPERATION, "service_id")?,
            );
        self.client.send_empty(request).await
    }
}
crate::support::setters!(
    DeletingAService { #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc =
    " Service ID. If you want to delete multiple services in batches, use commas (,) to separate multiple **service\\_id** values. Path parameter `service_id`."]
    service_id : String }
);
/// Request builder for `querying_service_monitoring_information`: `GET /v1/{project_id}/services/{service_id}/monitor`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct QueryingServiceMonitoringInformation {
    client: docsdk_runtime::Client,
    project_id: Option<String>,
    service_id: Option<String>,
    node_id: Option<String>,
}
impl QueryingServiceMonitoringInformation {
    pub(crate) fn new(client: docsdk_runtime::Client) -> Self {
        Self {
            client,
            project_id: None,
            service_id: None,
            node_id: None,
        }
    }
    /// Sends the request and returns the  response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<()> {
        const OPERATION: &str = "querying_service_monitoring_information";
        let request = Request::new(
                Method::Get,
                "/v1/{project_id}/services/{service_id}/monitor",
                OPERATION,
            )
            .path_param(
                "project_id",
                required(self.project_id, OPERATION, "project_id")?,
            )
            .path_param(
                "service_id",
                required(self.service_id, OPERATION, "service_id")?,
            )
            .query_opt("node_id", self.node_id);
        self.client.send_empty(request).await
    }
}
crate::support::setters!(
    QueryingServiceMonitoringInformation { #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc = " Service ID. Path parameter `service_id`."] service_id
    : String, #[doc =
    " ID of the node to be queried. By default, all nodes are queried. Query parameter `node_id`."]
    node_id : String }
);
/// Request builder for `querying_service_update_logs`: `GET /v1/{project_id}/services/{service_id}/logs`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct QueryingServiceUpdateLogs {
    client: docsdk_runtime::Client,
    project_id: Option<String>,
    service_id: Option<String>,
    update_time: Option<f64>,
}
impl QueryingServiceUpdateLogs {
    pub(crate) fn new(client: docsdk_runtime::Client) -> Self {
        Self {
            client,
            project_id: None,
            service_id: None,
            update_time: None,
        }
    }
    /// Sends the request and returns the  response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<()> {
        const OPERATION: &str = "querying_service_update_logs";
        let request = Request::new(
                Method::Get,
                "/v1/{project_id}/services/{service_id}/logs",
                OPERATION,
            )
            .path_param(
                "project_id",
                required(self.project_id, OPERATION, "project_id")?,
            )
            .path_param(
                "service_id",
                required(self.service_id, OPERATION, "service_id")?,
            )
            .query_opt("update_time", self.update_time);
        self.client.send_empty(request).await
    }
}
crate::support::setters!(
    QueryingServiceUpdateLogs { #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc = " Service ID. Path parameter `service_id`."] service_id
    : String, #[doc =
    " Update time for filtering. This parameter can be used to obtain the update logs of a real-time service. By default, the filtering by update time is disabled."]
    #[doc = ""] #[doc = " Query parameter `update_time`."] update_time : f64 }
);
/// Request builder for `querying_the_authentication_information_of_a_development_environment_instance`: `GET /v1/{project_id}/demanager/instances/{instance_id}/token`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct QueryingTheAuthenticationInformationOfADevelopmentEnvironmentInstance {
    client: docsdk_runtime::Client,
    project_id: Option<String>,
    instance_id: Option<String>,
}
impl QueryingTheAuthenticationInformationOfADevelopmentEnvironmentInstance {
    pub(crate) fn new(client: docsdk_runtime::Client) -> Self {
        Self {
            client,
            project_id: None,
            instance_id: None,
        }
    }
    /// Sends the request and returns the  response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<()> {
        const OPERATION: &str = "querying_the_authentication_information_of_a_development_environment_instance";
        let request = Request::new(
                Method::Get,
                "/v1/{project_id}/demanager/instances/{instance_id}/token",
                OPERATION,
            )
            .path_param(
                "project_id",
                required(self.project_id, OPERATION, "project_id")?,
            )
            .path_param(
                "instance_id",
                required(self.instance_id, OPERATION, "instance_id")?,
            );
        self.client.send_empty(request).await
    }
}
crate::support::setters!(
    QueryingTheAuthenticationInformationOfADevelopmentEnvironmentInstance { #[doc =
    " Project ID. Path parameter `project_id`."] project_id : String, #[doc =
    " Instance ID It is the ID of the development environment instance you create. The instance ID is contained in the response code after the instance has been created. For details, see Creating a Development Environment Instance. If the development environment instance is created on the ModelArts management console, you can view the ID of the instance on the ModelArts management console."]
    #[doc = ""] #[doc = " Path parameter `instance_id`."] instance_id : String }
);
/// Request builder for `querying_a_list_of_development_environment_instances`: `GET /v1/{project_id}/demanager/instances`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct QueryingAListOfDevelopmentEnvironmentInstances {
    client: docsdk_runtime::Client,
    project_id: Option<String>,
    de_type: Option<String>,
    provision_type: Option<String>,
    status: Option<types::Status>,
    sortby: Option<types::Sortby>,
    order: Option<types::Order>,
    offset: Option<i64>,
    limit: Option<i64>,
    workspace_id: Option<String>,
    show_self: Option<String>,
    ai_project: Option<String>,
    pool_id: Option<String>,
}
impl QueryingAListOfDevelopmentEnvironmentInstances {
    pub(crate) fn new(client: docsdk_runtime::Client) -> Self {
        Self {
            client,
            project_id: None,
            de_type: None,
            provision_type: None,
            status: None,
            sortby: None,
            order: None,
            offset: None,
            limit: None,
            workspace_id: None,
            show_self: None,
            ai_project: None,
            pool_id: None,
        }
    }
    /// Sends the request and returns the  response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<()> {
        const OPERATION: &str = "querying_a_list_of_development_environment_instances";
        let request = Request::new(
                Method::Get,
                "/v1/{project_id}/demanager/instances",
                OPERATION,
            )
            .path_param(
                "project_id",
                required(self.project_id, OPERATION, "project_id")?,
            )
            .query("de_type", required(self.de_type, OPERATION, "de_type")?)
            .query_opt("provision_type", self.provision_type)
            .query_opt("status", self.status)
            .query_opt("sortby", self.sortby)
            .query_opt("order", self.order)
            .query_opt("offset", self.offset)
            .query_opt("limit", self.limit)
            .query_opt("workspace_id", self.workspace_id)
            .query_opt("show_self", self.show_self)
            .query_opt("ai_project", self.ai_project)
            .query_opt("pool_id", self.pool_id);
        self.client.send_empty(request).await
    }
}
crate::support::setters!(
    QueryingAListOfDevelopmentEnvironmentInstances { #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc =
    " Development environment type. Only **Notebook** is supported. The first letter must be capitalized. Query parameter `de_type`."]
    de_type : String, #[doc =
    " Deployment type. Only **Docker** is supported. Query parameter `provision_type`."]
    provision_type : String, #[doc =
    " Instance status. By default, all statuses are returned. The options are as follows:"]
    #[doc = ""] #[doc = " - **CREATING**: The instance is being created."] #[doc =
    " - **CREATE\\_FAILED**: The instance fails to be created."] #[doc =
    " - **STARTING**: The instance is being started."] #[doc =
    " - **RESTARTING**: The instance is being restarted."] #[doc =
    " - **START\\_FAILED**: The instance fails to be started."] #[doc =
    " - **RUNNING**: The instance is running."] #[doc =
    " - **STOPPING**: The instance is being stopped."] #[doc =
    " - **STOPPED**: The instance has been stopped."] #[doc =
    " - **UNAVAILABLE**: The instance is unavailable."] #[doc =
    " - **DELETED**: The instance has been deleted."] #[doc =
    " - **RESIZING**: The instance specifications are being changed."] #[doc =
    " - **RESIZE\\_FAILED**: The instance specifications fail to be changed."] #[doc =
    ""] #[doc = " Query parameter `status`."] status : types::Status, #[doc =
    " Classification standard. The value can be **name** or **creation\\_timestamp**. The default value is **name**. Query parameter `sortby`. Default: `name`."]
    sortby : types::Sortby, #[doc =
    " Sorting mode. The value can be **asc** or **desc**. The default value is **asc**. Query parameter `order`. Default: `asc`."]
    order : types::Order, #[doc =
    " Start index. The default value is **0**. Query parameter `offset`. Default: `0`."]
    offset : i64, #[doc =
    " Number of returned result records. The value range is (0, ∞). The default value is **0**, which indicates that all results are returned."]
    #[doc = ""] #[doc = " Query parameter `limit`. Default: `0`."] limit : i64, #[doc =
    " Workspace ID. If no workspace is created, the default value is **0**. If a workspace is created and used, use the actual value."]
    #[doc = ""] #[doc = " Query parameter `workspace_id`. Default: `0`."] workspace_id :
    String, #[doc =
    " Only the user is displayed. The default value is **true**. Query parameter `show_self`. Default: `true`."]
    show_self : String, #[doc = " AI project ID. Query parameter `ai_project`."]
    ai_project : String, #[doc =
    " ID of a dedicated resource pool. This parameter can be used to obtain all instances in a dedicated resource pool. Query parameter `pool_id`."]
    pool_id : String }
);
/// Request builder for `creating_a_development_environment_instance`: `POST /v1/{project_id}/demanager/instances`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct CreatingADevelopmentEnvironmentInstance {
    client: docsdk_runtime::Client,
    project_id: Option<String>,
    name: Option<String>,
    profile_id: Option<String>,
    description: Option<String>,
    flavor: Option<String>,
    spec: Option<types::CreatingADevelopmentEnvironmentInstanceNotebook>,
    workspace: Option<types::CreatingADevelopmentEnvironmentInstanceWorkspace>,
    pool: Option<types::PoolSpec>,
    ai_project: Option<types::AIProject>,
}
impl CreatingADevelopmentEnvironmentInstance {
    pub(crate) fn new(client: docsdk_runtime::Client) -> Self {
        Self {
            client,
            project_id: None,
            name: None,
            profile_id: None,
            description: None,
            flavor: None,
            spec: None,
            workspace: None,
            pool: None,
            ai_project: None,
        }
    }
    /// Sends the request and returns the  response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<()> {
        const OPERATION: &str = "creating_a_development_environment_instance";
        let body = types::CreatingADevelopmentEnvironmentInstanceRequest {
            name: required(self.name, OPERATION, "name")?,
            profile_id: required(self.profile_id, OPERATION, "profile_id")?,
            description: self.description,
            flavor: required(self.flavor, OPERATION, "flavor")?,
            spec: required(self.spec, OPERATION, "spec")?,
            workspace: self.workspace,
            pool: self.pool,
            ai_project: self.ai_project,
        };
        let request = Request::new(
                Method::Post,
                "/v1/{project_id}/demanager/instances",
                OPERATION,
            )
            .path_param(
                "project_id",
                required(self.project_id, OPERATION, "project_id")?,
            )
            .json_body(&body)?;
        self.client.send_empty(request).await
    }
}
crate::support::setters!(
    CreatingADevelopmentEnvironmentInstance { #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc =
    " Instance name, which contains a maximum of 64 characters."] #[doc =
    " The value can contain letters, digits, hyphens (-), and underscores (\\_)."] #[doc
    = ""] #[doc = " Length at most 64."] name : String, #[doc =
    " Configuration ID. The options are as follows:"] #[doc = ""] #[doc =
    " - Ascend-Power-Engine 1.0(python3)"] #[doc = " - Multi-Engine 1.0 (python3)-cpu"]
    #[doc = " - Multi-Engine 1.0 (python3)-gpu"] #[doc = " - Multi-Engine 2.0 (python3)"]
    profile_id : String, #[doc =
    " Instance description. The value contains a maximum of 512 characters and cannot contain the following special characters: \\&\\<\\>\"'/. By default, this parameter is left blank."]
    #[doc = ""] #[doc = " Length at most 512."] description : String, #[doc =
    " Instance flavor. The options are as follows:"] #[doc = ""] #[doc =
    " - modelarts.kat1.xlarge"] #[doc = " - modelarts.vm.cpu.2u"] #[doc =
    " - modelarts.vm.cpu.8u"] #[doc =
    " - modelarts.vm.gpu.v100 The preceding flavors are for reference only. The actual flavors depend on the region. If you need to use other flavors, contact the system administrator to change the flavors."]
    flavor : String, #[doc =
    " Instance definition. Only **Notebook** is supported. For example, see Table 3."]
    spec : types::CreatingADevelopmentEnvironmentInstanceNotebook, #[doc =
    " Workspace. The default workspace ID is **0**. For details, see Table 7."] workspace
    : types::CreatingADevelopmentEnvironmentInstanceWorkspace, #[doc =
    " Resource pool. For details, see Table 8."] pool : types::PoolSpec, #[doc =
    " AI project. For details, see Table 10."] ai_project : types::AIProject }
);
/// Request builder for `querying_details_about_a_development_environment_instance`: `GET /v1/{project_id}/demanager/instances/{instance_id}`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct QueryingDetailsAboutADevelopmentEnvironmentInstance {
    client: docsdk_runtime::Client,
    project_id: Option<String>,
    instance_id: Option<String>,
}
impl QueryingDetailsAboutADevelopmentEnvironmentInstance {
    pub(crate) fn new(client: docsdk_runtime::Client) -> Self {
        Self {
            client,
            project_id: None,
            instance_id: None,
        }
    }
    /// Sends the request and returns the  response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<()> {
        const OPERATION: &str = "querying_details_about_a_development_environment_instance";
        let request = Request::new(
                Method::Get,
                "/v1/{project_id}/demanager/instances/{instance_id}",
                OPERATION,
            )
            .path_param(
                "project_id",
                required(self.project_id, OPERATION, "project_id")?,
            )
            .path_param(
                "instance_id",
                required(self.instance_id, OPERATION, "instance_id")?,
            );
        self.client.send_empty(request).await
    }
}
crate::support::setters!(
    QueryingDetailsAboutADevelopmentEnvironmentInstance { #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc = " Instance ID. Path parameter `instance_id`."]
    instance_id : String }
);
/// Request builder for `modifying_the_description_of_a_development_environment_instance`: `PUT /v1/{project_id}/demanager/instances/{instance_id}`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct ModifyingTheDescriptionOfADevelopmentEnvironmentInstance {
    client: docsdk_runtime::Client,
    project_id: Option<String>,
    instance_id: Option<String>,
    description: Option<String>,
    spec: Option<types::ModifyingTheDescriptionOfADevelopmentEnvironmentInstanceSpec>,
}
impl ModifyingTheDescriptionOfADevelopmentEnvironmentInstance {
    pub(crate) fn new(client: docsdk_runtime::Client) -> Self {
        Self {
            client,
            project_id: None,
            instance_id: None,
            description: None,
            spec: None,
        }
    }
    /// Sends the request and returns the  response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<()> {
        const OPERATION: &str = "modifying_the_description_of_a_development_environment_instance";
        let body = types::ModifyingTheDescriptionOfADevelopmentEnvironmentInstanceRequest {
            description: self.description,
            spec: self.spec,
        };
        let request = Request::new(
                Method::Put,
                "/v1/{project_id}/demanager/instances/{instance_id}",
                OPERATION,
            )
            .path_param(
                "project_id",
                required(self.project_id, OPERATION, "project_id")?,
            )
            .path_param(
                "instance_id",
                required(self.instance_id, OPERATION, "instance_id")?,
            )
            .json_body(&body)?;
        self.client.send_empty(request).await
    }
}
crate::support::setters!(
    ModifyingTheDescriptionOfADevelopmentEnvironmentInstance { #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc = " Instance ID. Path parameter `instance_id`."]
    instance_id : String, #[doc =
    " Configuration description. The value contains a maximum of 512 characters and cannot contain the following special characters: \\&\\<\\>\"'/. Length at most 512."]
    description : String, #[doc = " Instance definition. For details, see Table 3."] spec
    : types::ModifyingTheDescriptionOfADevelopmentEnvironmentInstanceSpec }
);
/// Request builder for `deleting_a_development_environment_instance`: `DELETE /v1/{project_id}/demanager/instances/{instance_id}`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct DeletingADevelopmentEnvironmentInstance {
    client: docsdk_runtime::Client,
    project_id: Option<String>,
    instance_id: Option<String>,
}
impl DeletingADevelopmentEnvironmentInstance {
    pub(crate) fn new(client: docsdk_runtime::Client) -> Self {
        Self {
            client,
            project_id: None,
            instance_id: None,
        }
    }
    /// Sends the request and returns the  response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<()> {
        const OPERATION: &str = "deleting_a_development_environment_instance";
        let request = Request::new(
                Method::Delete,
                "/v1/{project_id}/demanager/instances/{instance_id}",
                OPERATION,
            )
            .path_param(
                "project_id",
                required(self.project_id, OPERATION, "project_id")?,
            )
            .path_param(
                "instance_id",
                required(self.instance_id, OPERATION, "instance_id")?,
            );
        self.client.send_empty(request).await
    }
}
crate::support::setters!(
    DeletingADevelopmentEnvironmentInstance { #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc = " Instance ID. Path parameter `instance_id`."]
    instance_id : String }
);
/// Request builder for `managing_a_development_environment_instance`: `POST /v1/{project_id}/demanager/instances/{instance_id}/action`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct ManagingADevelopmentEnvironmentInstance {
    client: docsdk_runtime::Client,
    project_id: Option<String>,
    instance_id: Option<String>,
    body: Option<serde_json::Value>,
}
impl ManagingADevelopmentEnvironmentInstance {
    pub(crate) fn new(client: docsdk_runtime::Client) -> Self {
        Self {
            client,
            project_id: None,
            instance_id: None,
            body: None,
        }
    }
    /// Sends the request and returns the  response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<()> {
        const OPERATION: &str = "managing_a_development_environment_instance";
        let request = Request::new(
                Method::Post,
                "/v1/{project_id}/demanager/instances/{instance_id}/action",
                OPERATION,
            )
            .path_param(
                "project_id",
                required(self.project_id, OPERATION, "project_id")?,
            )
            .path_param(
                "instance_id",
                required(self.instance_id, OPERATION, "instance_id")?,
            )
            .json_body(&required(self.body, OPERATION, "body")?)?;
        self.client.send_empty(request).await
    }
}
crate::support::setters!(
    ManagingADevelopmentEnvironmentInstance { #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc = " Instance ID. Path parameter `instance_id`."]
    instance_id : String, #[doc = " The request body."] body : serde_json::Value }
);
/// Request builder for `querying_training_job_logs`: `GET /v1/{project_id}/training-jobs/{job_id}/versions/{version_id}/aom-log`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct QueryingTrainingJobLogs {
    client: docsdk_runtime::Client,
    project_id: Option<String>,
    job_id: Option<i64>,
    version_id: Option<i64>,
    base_line: Option<String>,
    lines: Option<i64>,
    log_file: Option<String>,
    order: Option<String>,
}
impl QueryingTrainingJobLogs {
    pub(crate) fn new(client: docsdk_runtime::Client) -> Self {
        Self {
            client,
            project_id: None,
            job_id: None,
            version_id: None,
            base_line: None,
            lines: None,
            log_file: None,
            order: None,
        }
    }
    /// Sends the request and returns the  response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<()> {
        const OPERATION: &str = "querying_training_job_logs";
        let request = Request::new(
                Method::Get,
                "/v1/{project_id}/training-jobs/{job_id}/versions/{version_id}/aom-log",
                OPERATION,
            )
            .path_param(
                "project_id",
                required(self.project_id, OPERATION, "project_id")?,
            )
            .path_param("job_id", required(self.job_id, OPERATION, "job_id")?)
            .path_param(
                "version_id",
                required(self.version_id, OPERATION, "version_id")?,
            )
            .query_opt("base_line", self.base_line)
            .query_opt("lines", self.lines)
            .query("log_file", required(self.log_file, OPERATION, "log_file")?)
            .query_opt("order", self.order);
        self.client.send_empty(request).await
    }
}
crate::support::setters!(
    QueryingTrainingJobLogs { #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc = " ID of a training job. Path parameter `job_id`."]
    job_id : i64, #[doc = " Version ID of a training job. Path parameter `version_id`."]
    version_id : i64, #[doc =
    " Base line of the log, which is obtained from an API response. If the value is empty, the latest log is obtained. Query parameter `base_line`."]
    base_line : String, #[doc =
    " Length of the obtained log. The default value is 50 lines. The value range is \\[0, 500\\]. Query parameter `lines`. Range 0 to 500."]
    lines : i64, #[doc =
    " Name of the log file to be viewed. For details about how to obtain the log file name, see Obtaining the Name of a Training Job Log File."]
    #[doc = ""] #[doc = " Query parameter `log_file`."] log_file : String, #[doc =
    " Log query direction"] #[doc = ""] #[doc = " - **desc**: Query next records."] #[doc
    = " - **asc**: Query previous records."] #[doc = ""] #[doc =
    " Query parameter `order`."] order : String }
);
/// Request builder for `querying_monitoring_information_about_a_single_container_of_a_job`: `GET /v1/{project_id}/training-jobs/{job_id}/versions/{version_id}/pod/{pod_name}/metric-statistic`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct QueryingMonitoringInformationAboutASingleContainerOfAJob {
    client: docsdk_runtime::Client,
    project_id: Option<String>,
    job_id: Option<i64>,
    version_id: Option<i64>,
    pod_name: Option<String>,
    metrics: Option<String>,
    statistic_type: Option<String>,
}
impl QueryingMonitoringInformationAboutASingleContainerOfAJob {
    pub(crate) fn new(client: docsdk_runtime::Client) -> Self {
        Self {
            client,
            project_id: None,
            job_id: None,
            version_id: None,
            pod_name: None,
            metrics: None,
            statistic_type: None,
        }
    }
    /// Sends the request and returns the  response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<()> {
        const OPERATION: &str = "querying_monitoring_information_about_a_single_container_of_a_job";
        let request = Request::new(
                Method::Get,
                "/v1/{project_id}/training-jobs/{job_id}/versions/{version_id}/pod/{pod_name}/metric-statistic",
                OPERATION,
            )
            .path_param(
                "project_id",
                required(self.project_id, OPERATION, "project_id")?,
            )
            .path_param("job_id", required(self.job_id, OPERATION, "job_id")?)
            .path_param(
                "version_id",
                required(self.version_id, OPERATION, "version_id")?,
            )
            .path_param("pod_name", required(self.pod_name, OPERATION, "pod_name")?)
            .query_opt("metrics", self.metrics)
            .query_opt("statistic_type", self.statistic_type);
        self.client.send_empty(request).await
    }
}
crate::support::setters!(
    QueryingMonitoringInformationAboutASingleContainerOfAJob { #[doc =
    " Project ID. Path parameter `project_id`."] project_id : String, #[doc =
    " ID of a training job. Path parameter `job_id`."] job_id : i64, #[doc =
    " Version ID of a training job. Path parameter `version_id`."] version_id : i64,
    #[doc =
    " Container name, which is the same as the job log name. For details about how to obtain the value, see Obtaining the Name of a Training Job Log File."]
    #[doc = ""] #[doc = " Path parameter `pod_name`."] pod_name : String, #[doc =
    " Metrics to be queried. Separate metrics by commas (,), for example, **CpuUsage,MemUsage**. If this parameter is left blank, all metrics are queried."]
    #[doc = " Options:"] #[doc = ""] #[doc = " - CpuUsage"] #[doc = " - MemUsage"] #[doc
    = " - DiskReadRate"] #[doc = " - DiskWriteRate"] #[doc = " - RecvBytesRate"] #[doc =
    " - SendBytesRate"] #[doc = " - GpuUtil"] #[doc = " - GpuMemUsage"] #[doc = ""] #[doc
    = " Query parameter `metrics`."] metrics : String, #[doc =
    " Metric statistics method, indicating whether to collect metric statistics based on a single GPU. This parameter applies only to GPU metric statistics."]
    #[doc = ""] #[doc = " - **all**: Obtain the average value of the metric."] #[doc =
    " - **each**: Obtain the metric monitoring information about each GPU."] #[doc = ""]
    #[doc = " Query parameter `statistic_type`."] statistic_type : String }
);
/// Request builder for `querying_monitoring_information_about_resource_pool_nodes`: `GET /v1/{project_id}/pools/{pool_id}/nodes/{node_ip}/metric-statistic`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct QueryingMonitoringInformationAboutResourcePoolNodes {
    client: docsdk_runtime::Client,
    project_id: Option<String>,
    pool_id: Option<String>,
    node_ip: Option<String>,
    metrics: Option<types::Metrics>,
    statistic_type: Option<String>,
}
impl QueryingMonitoringInformationAboutResourcePoolNodes {
    pub(crate) fn new(client: docsdk_runtime::Client) -> Self {
        Self {
            client,
            project_id: None,
            pool_id: None,
            node_ip: None,
            metrics: None,
            statistic_type: None,
        }
    }
    /// Sends the request and returns the  response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<()> {
        const OPERATION: &str = "querying_monitoring_information_about_resource_pool_nodes";
        let request = Request::new(
                Method::Get,
                "/v1/{project_id}/pools/{pool_id}/nodes/{node_ip}/metric-statistic",
                OPERATION,
            )
            .path_param(
                "project_id",
                required(self.project_id, OPERATION, "project_id")?,
            )
            .path_param("pool_id", required(self.pool_id, OPERATION, "pool_id")?)
            .path_param("node_ip", required(self.node_ip, OPERATION, "node_ip")?)
            .query_opt("metrics", self.metrics)
            .query_opt("statistic_type", self.statistic_type);
        self.client.send_empty(request).await
    }
}
crate::support::setters!(
    QueryingMonitoringInformationAboutResourcePoolNodes { #[doc =
    " Project ID. Path parameter `project_id`."] project_id : String, #[doc =
    " ID of a dedicated resource pool. Path parameter `pool_id`."] pool_id : String,
    #[doc =
    " IP address of a resource pool node, which is obtained from the response of the pool details query API. Path parameter `node_ip`."]
    node_ip : String, #[doc =
    " Metrics to be queried. Separate metrics by commas (,), for example, **CpuUsage,MemUsage**. If this parameter is left blank, all metrics are queried."]
    #[doc = " Options:"] #[doc = ""] #[doc = " - **CpuUsage**: CPU usage"] #[doc =
    " - **MemUsage**: memory usage"] #[doc = " - **DiskReadRate**: disk read rate"] #[doc
    = " - **DiskWriteRate**: disk write rate"] #[doc =
    " - **RecvBytesRate**: network receiving rate"] #[doc =
    " - **SendBytesRate**: network sending rate"] #[doc = " - **GpuUtil**: GPU usage"]
    #[doc = " - **GpuMemUsage**: GPU memory usage"] #[doc = ""] #[doc =
    " Query parameter `metrics`."] metrics : types::Metrics, #[doc =
    " Metric statistics method, indicating whether to collect metric statistics based on a single GPU. This parameter applies only to GPU metric statistics."]
    #[doc = ""] #[doc = " - **all**: Obtain the average value of the metric."] #[doc =
    " - **each**: Obtain the metric monitoring information about each GPU."] #[doc = ""]
    #[doc = " Query parameter `statistic_type`."] statistic_type : String }
);
/// Request builder for `querying_service_event_logs`: `GET /v1/{project_id}/services/{service_id}/events`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct QueryingServiceEventLogs {
    client: docsdk_runtime::Client,
    project_id: Option<String>,
    service_id: Option<String>,
    event_type: Option<types::EventType>,
    start_time: Option<f64>,
    end_time: Option<f64>,
    offset: Option<i64>,
    limit: Option<i64>,
    sort_by: Option<String>,
    order: Option<types::Order>,
}
impl QueryingServiceEventLogs {
    pub(crate) fn new(client: docsdk_runtime::Client) -> Self {
        Self {
            client,
            project_id: None,
            service_id: None,
            event_type: None,
            start_time: None,
            end_time: None,
            offset: None,
            limit: None,
            sort_by: None,
            order: None,
        }
    }
    /// Sends the request and returns the  response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<()> {
        const OPERATION: &str = "querying_service_event_logs";
        let request = Request::new(
                Method::Get,
                "/v1/{project_id}/services/{service_id}/events",
                OPERATION,
            )
            .path_param(
                "project_id",
                required(self.project_id, OPERATION, "project_id")?,
            )
            .path_param(
                "service_id",
                required(self.service_id, OPERATION, "service_id")?,
            )
            .query_opt("event_type", self.event_type)
            .query_opt("start_time", self.start_time)
            .query_opt("end_time", self.end_time)
            .query_opt("offset", self.offset)
            .query_opt("limit", self.limit)
            .query_opt("sort_by", self.sort_by)
            .query_opt("order", self.order);
        self.client.send_empty(request).await
    }
}
crate::support::setters!(
    QueryingServiceEventLogs { #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc = " Service ID. Path parameter `service_id`."] service_id
    : String, #[doc =
    " Type of the event to be filtered. By default, the event type is not filtered. Options:"]
    #[doc = ""] #[doc = " - **normal**: normal events"] #[doc =
    " - **abnormal**: abnormal events"] #[doc = ""] #[doc =
    " Query parameter `event_type`."] event_type : types::EventType, #[doc =
    " Start time of the event to be filtered. The value is milliseconds between the current time and '1970.1.1 0:0:0 UTC'. Query parameter `start_time`."]
    start_time : f64, #[doc =
    " End time of the event to be filtered. The value is milliseconds between the current time and '1970.1.1 0:0:0 UTC'. Query parameter `end_time`."]
    end_time : f64, #[doc =
    " Start page of the paging list. Default value: **0**. Query parameter `offset`. Default: `0`."]
    offset : i64, #[doc =
    " Maximum number of records returned on each page. Default value: **1000**. Query parameter `limit`. Default: `1000`."]
    limit : i64, #[doc =
    " Specified sorting field. The default value is **occur\\_time**. Query parameter `sort_by`. Default: `occur_time`."]
    sort_by : String, #[doc = " Sorting mode. The default value is **desc**. Options:"]
    #[doc = ""] #[doc = " - **asc**: ascending order"] #[doc =
    " - **desc**: descending order"] #[doc = ""] #[doc =
    " Query parameter `order`. Default: `desc`."] order : types::Order }
);
/// Request builder for `querying_dedicated_resource_pools`: `GET /v1/{project_id}/clusters`. Set parameters with the setters, then call [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request builder does nothing until `.send().await`"]
pub struct QueryingDedicatedResourcePools {
    client: docsdk_runtime::Client,
    project_id: Option<String>,
    cluster_name: Option<String>,
    status: Option<String>,
    offset: Option<i64>,
    limit: Option<i64>,
    sort_by: Option<types::SortBy15>,
    order: Option<types::Order>,
}
impl QueryingDedicatedResourcePools {
    pub(crate) fn new(client: docsdk_runtime::Client) -> Self {
        Self {
            client,
            project_id: None,
            cluster_name: None,
            status: None,
            offset: None,
            limit: None,
            sort_by: None,
            order: None,
        }
    }
    /// Sends the request and returns the  response. Fails with `Error::InvalidRequest` when a required parameter was not set, and with the service's error otherwise.
    pub async fn send(self) -> Result<()> {
        const OPERATION: &str = "querying_dedicated_resource_pools";
        let request = Request::new(Method::Get, "/v1/{project_id}/clusters", OPERATION)
            .path_param(
                "project_id",
                required(self.project_id, OPERATION, "project_id")?,
            )
            .query_opt("cluster_name", self.cluster_name)
            .query_opt("status", self.status)
            .query_opt("offset", self.offset)
            .query_opt("limit", self.limit)
            .query_opt("sort_by", self.sort_by)
            .query_opt("order", self.order);
        self.client.send_empty(request).await
    }
}
crate::support::setters!(
    QueryingDedicatedResourcePools { #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc =
    " Cluster name. By default, the cluster name is not filtered. Query parameter `cluster_name`."]
    cluster_name : String, #[doc =
    " Cluster status. By default, the status is not filtered. Query parameter `status`."]
    status : String, #[doc =
    " Start page of the paging list. Default value: **0**. Query parameter `offset`. Default: `0`."]
    offset : i64, #[doc =
    " Maximum number of records returned on each page. The default value is **1000**. The recommended value ranges from 10 to 50."]
    #[doc = ""] #[doc = " Query parameter `limit`. Default: `1000`. Range 10 to 50."]
    limit : i64, #[doc = " Sorting field. The options are as follows:"] #[doc = ""] #[doc
    = " - **created\\_at**: default value"] #[doc = " - **cluster\\_name**"] #[doc = ""]
    #[doc = " Query parameter `sort_by`. Default: `created_at`."] sort_by :
    types::SortBy15, #[doc = " Sorting mode. The options are as follows:"] #[doc = ""]
    #[doc = " - **asc**: ascending order"] #[doc =
    " - **desc**: descending order. The default value is **desc**."] #[doc = ""] #[doc =
    " Query parameter `order`. Default: `desc`."] order : types::Order }
);
