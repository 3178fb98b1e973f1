//! Request builders, one per operation: set parameters, then `.send().await`.
use crate::support::need;
use crate::types;
use crate::support::request;
use docsdk_runtime::Result;
crate::support::builder!(
    SubmittingSampleReviewCommentsOfAnAcceptanceTask("submitting_sample_review_comments_of_an_acceptance_task")
    { #[doc = " Dataset ID. Path parameter `dataset_id`."] dataset_id : String, #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc =
    " ID of a labeling task. Path parameter `workforce_task_id`."] workforce_task_id :
    String, #[doc = " Review comment list."] comments : Vec < types::SampleComment > }
);
impl SubmittingSampleReviewCommentsOfAnAcceptanceTask {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<()> {
        let body = types::AcceptSamplesReq {
            comments: self.comments,
        };
        let request = request!(
            self, Post,
            "/v2/{project_id}/datasets/{dataset_id}/workforce-tasks/{workforce_task_id}/acceptance/batch-comment"
        )
            .path_param("dataset_id", need!(self, dataset_id)?)
            .path_param("project_id", need!(self, project_id)?)
            .path_param("workforce_task_id", need!(self, workforce_task_id)?)
            .json_body(&body)?;
        self.call.empty(request).await
    }
}
crate::support::builder!(
    ObtainingInformationAboutIntelligentTasks("obtaining_information_about_intelligent_tasks")
    { #[doc = " Dataset ID. Path parameter `dataset_id`."] dataset_id : String, #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc = " Task ID. Path parameter `task_id`."] task_id : String
    }
);
impl ObtainingInformationAboutIntelligentTasks {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::SmartTaskProgressResp> {
        let request = request!(
            self, Get, "/v2/{project_id}/datasets/{dataset_id}/tasks/{task_id}"
        )
            .path_param("dataset_id", need!(self, dataset_id)?)
            .path_param("project_id", need!(self, project_id)?)
            .path_param("task_id", need!(self, task_id)?);
        self.call.json(request).await
    }
}
crate::support::builder!(
    ViewingAnAuthorizationList("viewing_an_authorization_list") { #[doc =
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
impl ViewingAnAuthorizationList {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::AuthorizationListResponse> {
        let request = request!(self, Get, "/v2/{project_id}/authorizations")
            .path_param("project_id", need!(self, project_id)?)
            .query_opt("sort_by", self.sort_by)
            .query_opt("order", self.order)
            .query_opt("limit", self.limit)
            .query_opt("offset", self.offset);
        self.call.json(request).await
    }
}
crate::support::builder!(
    ConfiguringAuthorization("configuring_authorization") { #[doc =
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
impl ConfiguringAuthorization {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<()> {
        let body = types::AuthorizationRequest {
            user_id: self.user_id,
            type_: self.type_,
            content: need!(self, content)?,
            secret_key: self.secret_key,
        };
        let request = request!(self, Post, "/v2/{project_id}/authorizations")
            .path_param("project_id", need!(self, project_id)?)
            .json_body(&body)?;
        self.call.empty(request).await
    }
}
crate::support::builder!(
    DeletingAuthorization("deleting_authorization") { #[doc =
    " Project ID. For details about how to obtain a project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc =
    " User ID. If this parameter is set to **all**, the authorization of all IAM users will be deleted. Query parameter `user_id`."]
    user_id : String }
);
impl DeletingAuthorization {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<()> {
        let request = request!(self, Delete, "/v2/{project_id}/authorizations")
            .path_param("project_id", need!(self, project_id)?)
            .query_opt("user_id", self.user_id);
        self.call.empty(request).await
    }
}
crate::support::builder!(
    ResponseBodyForQueryingTheDatasetList("response_body_for_querying_the_dataset_list")
    { #[doc =
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
impl ResponseBodyForQueryingTheDatasetList {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ListDatasetsResp> {
        let request = request!(self, Get, "/v2/{project_id}/datasets")
            .path_param("project_id", need!(self, project_id)?)
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
        self.call.json(request).await
    }
}
crate::support::builder!(
    CreatingADataset("creating_a_dataset") { #[doc =
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
impl CreatingADataset {
    /// Sends the request: the 201 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::CreateDatasetResp> {
        let body = types::CreateDatasetReq {
            data_format: self.data_format,
            data_sources: self.data_sources,
            dataset_name: need!(self, dataset_name)?,
            dataset_type: self.dataset_type,
            description: self.description,
            import_annotations: self.import_annotations,
            import_data: self.import_data,
            label_format: self.label_format,
            labels: self.labels,
            managed: self.managed,
            schema: self.schema,
            work_path: need!(self, work_path)?,
            work_path_type: need!(self, work_path_type)?,
            workforce_information: self.workforce_information,
            workspace_id: self.workspace_id,
        };
        let request = request!(self, Post, "/v2/{project_id}/datasets")
            .path_param("project_id", need!(self, project_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingTheDatasetVersionList("querying_the_dataset_version_list") { #[doc =
    " Dataset ID. Path parameter `dataset_id`."] dataset_id : String, #[doc =
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
impl QueryingTheDatasetVersionList {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ListDatasetVersionsResp> {
        let request = request!(
            self, Get, "/v2/{project_id}/datasets/{dataset_id}/versions"
        )
            .path_param("dataset_id", need!(self, dataset_id)?)
            .path_param("project_id", need!(self, project_id)?)
            .query_opt("status", self.status)
            .query_opt("train_evaluate_ratio", self.train_evaluate_ratio)
            .query_opt("version_format", self.version_format);
        self.call.json(request).await
    }
}
crate::support::builder!(
    CreatingADatasetLabelingVersion("creating_a_dataset_labeling_version") { #[doc =
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
impl CreatingADatasetLabelingVersion {
    /// Sends the request: the 201 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::CreateDatasetVersionResp> {
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
        let request = request!(
            self, Post, "/v2/{project_id}/datasets/{dataset_id}/versions"
        )
            .path_param("dataset_id", need!(self, dataset_id)?)
            .path_param("project_id", need!(self, project_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingTheDatasetLabelList("querying_the_dataset_label_list") { #[doc =
    " Dataset ID. Path parameter `dataset_id`."] dataset_id : String, #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc = " Dataset version ID. Query parameter `version_id`."]
    version_id : String }
);
impl QueryingTheDatasetLabelList {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ListLabelsResp> {
        let request = request!(
            self, Get, "/v2/{project_id}/datasets/{dataset_id}/data-annotations/labels"
        )
            .path_param("dataset_id", need!(self, dataset_id)?)
            .path_param("project_id", need!(self, project_id)?)
            .query_opt("version_id", self.version_id);
        self.call.json(request).await
    }
}
crate::support::builder!(
    ModifyingLabelsInBatches("modifying_labels_in_batches") { #[doc =
    " Dataset ID. Path parameter `dataset_id`."] dataset_id : String, #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc = " List of labels to be updated."] labels : Vec <
    types::Label > }
);
impl ModifyingLabelsInBatches {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::UpdateLabelsResp> {
        let body = types::UpdateLabelsReq {
            labels: self.labels,
        };
        let request = request!(
            self, Put, "/v2/{project_id}/datasets/{dataset_id}/data-annotations/labels"
        )
            .path_param("dataset_id", need!(self, dataset_id)?)
            .path_param("project_id", need!(self, project_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    CreatingADatasetLabel("creating_a_dataset_label") { #[doc =
    " Dataset ID. Path parameter `dataset_id`."] dataset_id : String, #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc = " List of labels to be created."] labels : Vec <
    types::Label > }
);
impl CreatingADatasetLabel {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::CreateLabelsResp> {
        let body = types::CreateLabelsReq {
            labels: self.labels,
        };
        let request = request!(
            self, Post, "/v2/{project_id}/datasets/{dataset_id}/data-annotations/labels"
        )
            .path_param("dataset_id", need!(self, dataset_id)?)
            .path_param("project_id", need!(self, project_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    CreatingAModelArtsAgency("creating_a_model_arts_agency") { #[doc =
    " Project ID. For details about how to obtain a project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc = " Agency name suffix."] #[doc =
    " The parameter contains a maximum of 50 characters."] #[doc =
    " The agency name prefix is consistently to be **ma\\_agency**."] #[doc =
    " For example, if the value of this parameter is **iam-user01**, the name of the created agency is **ma\\_agency\\_iam-user01**."]
    #[doc =
    " The value of this parameter is left blank by default, indicating that an agency named **modelarts\\_agency** is created."]
    #[doc = ""] #[doc = " Length at most 50."] agency_name_suffix : String }
);
impl CreatingAModelArtsAgency {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<()> {
        let body = types::CreateModelArtsAgencyRequest {
            agency_name_suffix: self.agency_name_suffix,
        };
        let request = request!(self, Post, "/v2/{project_id}/agency")
            .path_param("project_id", need!(self, project_id)?)
            .json_body(&body)?;
        self.call.empty(request).await
    }
}
crate::support::builder!(
    QueryingTheListOfAProcessingTask("querying_the_list_of_a_processing_task") { #[doc =
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
impl QueryingTheListOfAProcessingTask {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ListProcessorTasksResp> {
        let mut request = request!(self, Get, "/v2/{project_id}/processor-tasks")
            .path_param("project_id", need!(self, project_id)?)
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
        self.call.json(request).await
    }
}
crate::support::builder!(
    CreatingAProcessingTask("creating_a_processing_task") { #[doc =
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
impl CreatingAProcessingTask {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::CreateProcessorTaskResp> {
        let body = types::CreateProcessorTaskReq {
            create_version: self.create_version,
            data_source: self.data_source,
            description: self.description,
            inputs: self.inputs,
            name: need!(self, name)?,
            template: self.template,
            version_id: self.version_id,
            work_path: self.work_path,
            workspace_id: self.workspace_id,
        };
        let request = request!(self, Post, "/v2/{project_id}/processor-tasks")
            .path_param("project_id", need!(self, project_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingTheVersionListOfADataProcessingTask("querying_the_version_list_of_a_data_processing_task")
    { #[doc =
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
impl QueryingTheVersionListOfADataProcessingTask {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ListTaskVersionsResp> {
        let request = request!(
            self, Get, "/v2/{project_id}/processor-tasks/{task_id}/versions"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param("task_id", need!(self, task_id)?)
            .query_opt("limit", self.limit)
            .query_opt("offset", self.offset)
            .query_opt("order", self.order)
            .query_opt("sort_by", self.sort_by);
        self.call.json(request).await
    }
}
crate::support::builder!(
    CreatingADataProcessingTaskVersion("creating_a_data_processing_task_version") { #[doc
    =
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
impl CreatingADataProcessingTaskVersion {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::CreateTaskVersionResp> {
        let body = types::CreateTaskVersionReq {
            create_version: self.create_version,
            data_source: self.data_source,
            description: self.description,
            inputs: self.inputs,
            name: need!(self, name)?,
            task_id: need!(self, task_id_2)?,
            template: self.template,
            version_id: self.version_id,
            work_path: self.work_path,
            workspace_id: self.workspace_id,
        };
        let request = request!(
            self, Post, "/v2/{project_id}/processor-tasks/{task_id}/versions"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param("task_id", need!(self, task_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingTheIntelligentTaskListByPage("querying_the_intelligent_task_list_by_page") {
    #[doc = " Dataset ID. Path parameter `dataset_id`."] dataset_id : String, #[doc =
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
impl QueryingTheIntelligentTaskListByPage {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ListTaskResp> {
        let request = request!(self, Get, "/v2/{project_id}/datasets/{dataset_id}/tasks")
            .path_param("dataset_id", need!(self, dataset_id)?)
            .path_param("project_id", need!(self, project_id)?)
            .query_opt("limit", self.limit)
            .query_opt("offset", self.offset)
            .query_opt("task_name", self.task_name)
            .query_opt("type", self.type_);
        self.call.json(request).await
    }
}
crate::support::builder!(
    StartingIntelligentTasks("starting_intelligent_tasks") { #[doc =
    " Dataset ID. Path parameter `dataset_id`."] dataset_id : String, #[doc =
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
impl StartingIntelligentTasks {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::SmartTaskResp> {
        let body = types::SmartTaskRequest {
            collect_key_sample: self.collect_key_sample,
            config: self.config,
            model_id: self.model_id,
            task_type: self.task_type,
        };
        let request = request!(
            self, Post, "/v2/{project_id}/datasets/{dataset_id}/tasks"
        )
            .path_param("dataset_id", need!(self, dataset_id)?)
            .path_param("project_id", need!(self, project_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingTheListOfLabelingTeamMembers("querying_the_list_of_labeling_team_members") {
    #[doc =
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
impl QueryingTheListOfLabelingTeamMembers {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ListWorkersResp> {
        let request = request!(
            self, Get, "/v2/{project_id}/workforces/{workforce_id}/workers"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param("workforce_id", need!(self, workforce_id)?)
            .query_opt("limit", self.limit)
            .query_opt("offset", self.offset)
            .query_opt("order", self.order)
            .query_opt("sort_by", self.sort_by);
        self.call.json(request).await
    }
}
crate::support::builder!(
    CreatingALabelingTeamMember("creating_a_labeling_team_member") { #[doc =
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
impl CreatingALabelingTeamMember {
    /// Sends the request: the 201 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<()> {
        let body = types::CreateWorkerReq {
            description: self.description,
            emails: need!(self, emails)?,
            role: need!(self, role)?,
        };
        let request = request!(
            self, Post, "/v2/{project_id}/workforces/{workforce_id}/workers"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param("workforce_id", need!(self, workforce_id)?)
            .json_body(&body)?;
        self.call.empty(request).await
    }
}
crate::support::builder!(
    QueryingTheLabelingTeamList("querying_the_labeling_team_list") { #[doc =
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
impl QueryingTheLabelingTeamList {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ListWorkforcesResp> {
        let request = request!(self, Get, "/v2/{project_id}/workforces")
            .path_param("project_id", need!(self, project_id)?)
            .query_opt("limit", self.limit)
            .query_opt("offset", self.offset)
            .query_opt("order", self.order)
            .query_opt("search_content", self.search_content)
            .query_opt("sort_by", self.sort_by)
            .query_opt("workforce_task_id", self.workforce_task_id);
        self.call.json(request).await
    }
}
crate::support::builder!(
    CreatingALabelingTeam("creating_a_labeling_team") { #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc =
    " Labeling team description. The value contains 0 to 256 characters and does not support the following special characters: ^\\!\\<\\>=\\&\"'. Length 0 to 256."]
    description : String, #[doc =
    " Labeling team name. The value contains 1 to 64 characters, including only letters, digits, underscores (\\_), and hyphens (-). Length 1 to 64."]
    workforce_name : String }
);
impl CreatingALabelingTeam {
    /// Sends the request: the 201 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::CreateWorkforceResp> {
        let body = types::CreateWorkforceReq {
            description: self.description,
            workforce_name: need!(self, workforce_name)?,
        };
        let request = request!(self, Post, "/v2/{project_id}/workforces")
            .path_param("project_id", need!(self, project_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingTheTeamLabelingTaskListOfADataset("querying_the_team_labeling_task_list_of_a_dataset")
    { #[doc = " Dataset ID. Path parameter `dataset_id`."] dataset_id : String, #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String }
);
impl QueryingTheTeamLabelingTaskListOfADataset {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ListWorkforceTasksResp> {
        let request = request!(
            self, Get, "/v2/{project_id}/datasets/{dataset_id}/workforce-tasks"
        )
            .path_param("dataset_id", need!(self, dataset_id)?)
            .path_param("project_id", need!(self, project_id)?);
        self.call.json(request).await
    }
}
crate::support::builder!(
    CreatingATeamLabelingTask("creating_a_team_labeling_task") { #[doc =
    " Dataset ID. Path parameter `dataset_id`."] dataset_id : String, #[doc =
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
impl CreatingATeamLabelingTask {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::CreateWorkforceTaskResp> {
        let body = types::CreateWorkforceTaskReq {
            auto_sync_dataset: self.auto_sync_dataset,
            data_sync_type: self.data_sync_type,
            repetition: self.repetition,
            sample_conditions: self.sample_conditions,
            synchronize_auto_labeling_data: self.synchronize_auto_labeling_data,
            workforces_config: self.workforces_config,
        };
        let request = request!(
            self, Post, "/v2/{project_id}/datasets/{dataset_id}/workforce-tasks"
        )
            .path_param("dataset_id", need!(self, dataset_id)?)
            .path_param("project_id", need!(self, project_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingDetailsAboutADataset("querying_details_about_a_dataset") { #[doc =
    " Dataset ID. Path parameter `dataset_id`."] dataset_id : String, #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc =
    " Whether to detect tasks (including initialization tasks) that are running in a dataset. The options are as follows: - **true**: Detect tasks (including initialization tasks) that are running in the dataset. - **false**: Do not detect tasks that are running in the dataset. (Default value)"]
    #[doc = ""] #[doc = " Query parameter `check_running_task`. Default: `false`."]
    check_running_task : bool, #[doc =
    " Type of the running tasks (including initialization tasks) to be detected. The options are as follows: - **0**: auto labeling - **1**: pre-labeling - **2**: export - **3**: version switch - **4**: manifest file export - **5**: manifest file import - **6**: version publishing - **7**: auto grouping - **10**: one-click model deployment (default value)"]
    #[doc = ""] #[doc = " Query parameter `running_task_type`. Default: `10`."]
    running_task_type : i64 }
);
impl QueryingDetailsAboutADataset {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::DescDatasetResp> {
        let request = request!(self, Get, "/v2/{project_id}/datasets/{dataset_id}")
            .path_param("dataset_id", need!(self, dataset_id)?)
            .path_param("project_id", need!(self, project_id)?)
            .query_opt("check_running_task", self.check_running_task)
            .query_opt("running_task_type", self.running_task_type);
        self.call.json(request).await
    }
}
crate::support::builder!(
    ModifyingADataset("modifying_a_dataset") { #[doc =
    " Dataset ID. Path parameter `dataset_id`."] dataset_id : String, #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc = " List of added labels."] add_labels : Vec <
    types::Label >, #[doc = " ID of current dataset version."] current_version_id :
    String, #[doc = " Dataset name."] dataset_name : String, #[doc =
    " List of deleted labels."] delete_labels : Vec < types::Label >, #[doc =
    " Dataset description. The value contains 0 to 256 characters and does not support the following special characters: ^\\!\\<\\>=\\&\"'. Length 0 to 256."]
    description : String, #[doc = " List of updated labels."] update_labels : Vec <
    types::Label > }
);
impl ModifyingADataset {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::UpdateDatasetResp> {
        let body = types::UpdateDatasetReq {
            add_labels: self.add_labels,
            current_version_id: self.current_version_id,
            dataset_name: self.dataset_name,
            delete_labels: self.delete_labels,
            description: self.description,
            update_labels: self.update_labels,
        };
        let request = request!(self, Put, "/v2/{project_id}/datasets/{dataset_id}")
            .path_param("dataset_id", need!(self, dataset_id)?)
            .path_param("project_id", need!(self, project_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    DeletingADataset("deleting_a_dataset") { #[doc =
    " Dataset ID. Path parameter `dataset_id`."] dataset_id : String, #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String }
);
impl DeletingADataset {
    /// Sends the request: the 204 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<()> {
        let request = request!(self, Delete, "/v2/{project_id}/datasets/{dataset_id}")
            .path_param("dataset_id", need!(self, dataset_id)?)
            .path_param("project_id", need!(self, project_id)?);
        self.call.empty(request).await
    }
}
crate::support::builder!(
    QueryingDetailsAboutADatasetVersion("querying_details_about_a_dataset_version") {
    #[doc = " Dataset ID. Path parameter `dataset_id`."] dataset_id : String, #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc = " Dataset version ID. Path parameter `version_id`."]
    version_id : String }
);
impl QueryingDetailsAboutADatasetVersion {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::DatasetVersion> {
        let request = request!(
            self, Get, "/v2/{project_id}/datasets/{dataset_id}/versions/{version_id}"
        )
            .path_param("dataset_id", need!(self, dataset_id)?)
            .path_param("project_id", need!(self, project_id)?)
            .path_param("version_id", need!(self, version_id)?);
        self.call.json(request).await
    }
}
crate::support::builder!(
    DeletingADatasetLabelingVersion("deleting_a_dataset_labeling_version") { #[doc =
    " Dataset ID. Path parameter `dataset_id`."] dataset_id : String, #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc = " Dataset version ID. Path parameter `version_id`."]
    version_id : String }
);
impl DeletingADatasetLabelingVersion {
    /// Sends the request: the 204 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<()> {
        let request = request!(
            self, Delete, "/v2/{project_id}/datasets/{dataset_id}/versions/{version_id}"
        )
            .path_param("dataset_id", need!(self, dataset_id)?)
            .path_param("project_id", need!(self, project_id)?)
            .path_param("version_id", need!(self, version_id)?);
        self.call.empty(request).await
    }
}
crate::support::builder!(
    UpdatingALabelByLabelNames("updating_a_label_by_label_names") { #[doc =
    " Dataset ID. Path parameter `dataset_id`."] dataset_id : String, #[doc =
    " Label name. Path parameter `label_name`."] label_name : String, #[doc =
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
impl UpdatingALabelByLabelNames {
    /// Sends the request: the 204 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::UpdateLabelResp> {
        let body = types::UpdateLabelReq {
            modelarts_color: self.modelarts_color,
            modelarts_default_shape: self.modelarts_default_shape,
            modelarts_from_type: self.modelarts_from_type,
            modelarts_rename_to: self.modelarts_rename_to,
            modelarts_shortcut: self.modelarts_shortcut,
            modelarts_to_type: self.modelarts_to_type,
        };
        let request = request!(
            self, Put,
            "/v2/{project_id}/datasets/{dataset_id}/data-annotations/labels/{label_name}"
        )
            .path_param("dataset_id", need!(self, dataset_id)?)
            .path_param("label_name", need!(self, label_name)?)
            .path_param("project_id", need!(self, project_id)?)
            .query_opt("label_type", self.label_type)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    DeletingALabelAndTheFilesThatOnlyContainTheLabel("deleting_a_label_and_the_files_that_only_contain_the_label")
    { #[doc = " Dataset ID. Path parameter `dataset_id`."] dataset_id : String, #[doc =
    " Label name. Path parameter `label_name`."] label_name : String, #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc =
    " Whether to delete the sample source files. The options are as follows: - **true**: Delete the sample source files. - **false**: Do not delete the sample source files. (Default value)"]
    #[doc = ""] #[doc = " Query parameter `delete_source`. Default: `false`."]
    delete_source : bool, #[doc =
    " Label type. The options are as follows: - **0**: image classification - **1**: object detection - **100**: text classification - **101**: named entity recognition - **102**: text triplet relationship - **103**: text triplet entity - **200**: speech classification - **201**: speech content - **202**: speech paragraph labeling - **600**: video classification"]
    #[doc = ""] #[doc = " Query parameter `label_type`."] label_type : i64 }
);
impl DeletingALabelAndTheFilesThatOnlyContainTheLabel {
    /// Sends the request: the 204 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::DeleteLabelResp> {
        let request = request!(
            self, Delete,
            "/v2/{project_id}/datasets/{dataset_id}/data-annotations/labels/{label_name}"
        )
            .path_param("dataset_id", need!(self, dataset_id)?)
            .path_param("label_name", need!(self, label_name)?)
            .path_param("project_id", need!(self, project_id)?)
            .query_opt("delete_source", self.delete_source)
            .query_opt("label_type", self.label_type);
        self.call.json(request).await
    }
}
crate::support::builder!(
    DeletingLabelsInBatches("deleting_labels_in_batches") { #[doc =
    " Dataset ID. Path parameter `dataset_id`."] dataset_id : String, #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc =
    " Whether to delete a label and samples containing the label. The options are as follows: - **0**: Delete the label. - **1**: Delete the label and the samples that only contain this label, but do not delete source files. - **2**: Delete the label and the samples that only contain this label and also delete source files."]
    #[doc = ""] #[doc = " Query parameter `delete_policy`."] delete_policy : i64, #[doc =
    " List of labels to be deleted."] labels : Vec < types::Label > }
);
impl DeletingLabelsInBatches {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::DeleteLabelsResp> {
        let body = types::DeleteLabelsReq {
            labels: self.labels,
        };
        let request = request!(
            self, Post,
            "/v2/{project_id}/datasets/{dataset_id}/data-annotations/labels/delete"
        )
            .path_param("dataset_id", need!(self, dataset_id)?)
            .path_param("project_id", need!(self, project_id)?)
            .query_opt("delete_policy", self.delete_policy)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingDetailsAboutAProcessingTask("querying_details_about_a_processing_task") {
    #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc =
    " ID of a data processing task. Path parameter `task_id`."] task_id : String }
);
impl QueryingDetailsAboutAProcessingTask {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::DescribeProcessorTaskResp> {
        let request = request!(self, Get, "/v2/{project_id}/processor-tasks/{task_id}")
            .path_param("project_id", need!(self, project_id)?)
            .path_param("task_id", need!(self, task_id)?);
        self.call.json(request).await
    }
}
crate::support::builder!(
    UpdatingAProcessingTask("updating_a_processing_task") { #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc =
    " ID of a data processing task. Path parameter `task_id`."] task_id : String, #[doc =
    " Description of a data processing task. The description contains 0 to 256 characters and does not support the following special characters: ^\\!\\<\\>=\\&\"'"]
    #[doc = ""] #[doc = " Length 0 to 256."] description : String }
);
impl UpdatingAProcessingTask {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<()> {
        let body = types::UpdateProcessorTaskReq {
            description: self.description,
        };
        let request = request!(self, Put, "/v2/{project_id}/processor-tasks/{task_id}")
            .path_param("project_id", need!(self, project_id)?)
            .path_param("task_id", need!(self, task_id)?)
            .json_body(&body)?;
        self.call.empty(request).await
    }
}
crate::support::builder!(
    DeletingAProcessingTask("deleting_a_processing_task") { #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc =
    " ID of a data processing task. Path parameter `task_id`."] task_id : String }
);
impl DeletingAProcessingTask {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<()> {
        let request = request!(
            self, Delete, "/v2/{project_id}/processor-tasks/{task_id}"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param("task_id", need!(self, task_id)?);
        self.call.empty(request).await
    }
}
crate::support::builder!(
    QueryingTheDetailsAboutTheVersionOfADataProcessingTask("querying_the_details_about_the_version_of_a_data_processing_task")
    { #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc =
    " ID of a data processing task. Path parameter `task_id`."] task_id : String, #[doc =
    " Version ID of a data processing task. Path parameter `version_id`."] version_id :
    String }
);
impl QueryingTheDetailsAboutTheVersionOfADataProcessingTask {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::DescTaskVersionResp> {
        let request = request!(
            self, Get, "/v2/{project_id}/processor-tasks/{task_id}/versions/{version_id}"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param("task_id", need!(self, task_id)?)
            .path_param("version_id", need!(self, version_id)?);
        self.call.json(request).await
    }
}
crate::support::builder!(
    DeletingADataProcessingTaskVersion("deleting_a_data_processing_task_version") { #[doc
    =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc =
    " ID of a data processing task. Path parameter `task_id`."] task_id : String, #[doc =
    " Version ID of a data processing task. Path parameter `version_id`."] version_id :
    String }
);
impl DeletingADataProcessingTaskVersion {
    /// Sends the request: the 204 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<()> {
        let request = request!(
            self, Delete,
            "/v2/{project_id}/processor-tasks/{task_id}/versions/{version_id}"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param("task_id", need!(self, task_id)?)
            .path_param("version_id", need!(self, version_id)?);
        self.call.empty(request).await
    }
}
crate::support::builder!(
    DeletingSamplesInBatches("deleting_samples_in_batches") { #[doc =
    " Dataset ID. Path parameter `dataset_id`."] dataset_id : String, #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc =
    " Whether to delete the source file. This field is valid for non-text datasets. (A text dataset is the entire text file. Therefore, deleting a piece of data from the text file does not affect the source text.) The options are as follows: - **false**: Do not delete the source file. (Default value) - **true**: Delete the source file. (Note: This operation may affect the dataset versions or other datasets that have used these files. As a result, the page display, training, or inference is abnormal.)"]
    #[doc = ""] #[doc = " Default: `false`."] delete_source : bool, #[doc =
    " Sample ID list."] samples : Vec < String > }
);
impl DeletingSamplesInBatches {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::DeleteSamplesResp> {
        let body = types::DeleteSamplesReq {
            delete_source: self.delete_source,
            samples: self.samples,
        };
        let request = request!(
            self, Post,
            "/v2/{project_id}/datasets/{dataset_id}/data-annotations/samples/delete"
        )
            .path_param("dataset_id", need!(self, dataset_id)?)
            .path_param("project_id", need!(self, project_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingDetailsAboutLabelingTeamMembers("querying_details_about_labeling_team_members")
    { #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc =
    " ID of a labeling team member. Path parameter `worker_id`."] worker_id : String,
    #[doc = " ID of a labeling team. Path parameter `workforce_id`."] workforce_id :
    String }
);
impl QueryingDetailsAboutLabelingTeamMembers {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::DescWorkerResp> {
        let request = request!(
            self, Get, "/v2/{project_id}/workforces/{workforce_id}/workers/{worker_id}"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param("worker_id", need!(self, worker_id)?)
            .path_param("workforce_id", need!(self, workforce_id)?);
        self.call.json(request).await
    }
}
crate::support::builder!(
    UpdatingALabelingTeamMember("updating_a_labeling_team_member") { #[doc =
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
impl UpdatingALabelingTeamMember {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<()> {
        let body = types::UpdateWorkerReq {
            description: self.description,
            role: self.role,
        };
        let request = request!(
            self, Put, "/v2/{project_id}/workforces/{workforce_id}/workers/{worker_id}"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param("worker_id", need!(self, worker_id)?)
            .path_param("workforce_id", need!(self, workforce_id)?)
            .json_body(&body)?;
        self.call.empty(request).await
    }
}
crate::support::builder!(
    DeletingALabelingTeamMember("deleting_a_labeling_team_member") { #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc =
    " ID of a labeling team member. Path parameter `worker_id`."] worker_id : String,
    #[doc = " ID of a labeling team. Path parameter `workforce_id`."] workforce_id :
    String }
);
impl DeletingALabelingTeamMember {
    /// Sends the request: the 204 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<()> {
        let request = request!(
            self, Delete,
            "/v2/{project_id}/workforces/{workforce_id}/workers/{worker_id}"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param("worker_id", need!(self, worker_id)?)
            .path_param("workforce_id", need!(self, workforce_id)?);
        self.call.empty(request).await
    }
}
crate::support::builder!(
    DeletingLabelingTeamMembersInBatches("deleting_labeling_team_members_in_batches") {
    #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc =
    " ID of a labeling team. Path parameter `workforce_id`."] workforce_id : String,
    #[doc = " Team member ID list."] workers : Vec < String > }
);
impl DeletingLabelingTeamMembersInBatches {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::DeleteWorkersResp> {
        let body = types::DeleteWorkersReq {
            workers: self.workers,
        };
        let request = request!(
            self, Post, "/v2/{project_id}/workforces/{workforce_id}/workers/batch-delete"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param("workforce_id", need!(self, workforce_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingDetailsAboutALabelingTeam("querying_details_about_a_labeling_team") { #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc =
    " ID of a labeling team. Path parameter `workforce_id`."] workforce_id : String }
);
impl QueryingDetailsAboutALabelingTeam {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::DescWorkforceResp> {
        let request = request!(self, Get, "/v2/{project_id}/workforces/{workforce_id}")
            .path_param("project_id", need!(self, project_id)?)
            .path_param("workforce_id", need!(self, workforce_id)?);
        self.call.json(request).await
    }
}
crate::support::builder!(
    UpdatingALabelingTeam("updating_a_labeling_team") { #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc =
    " ID of a labeling team. Path parameter `workforce_id`."] workforce_id : String,
    #[doc =
    " Labeling team description. The value contains 0 to 256 characters and does not support the following special characters: ^\\!\\<\\>=\\&\"'. Length 0 to 256."]
    description : String, #[doc =
    " Name of a labeling team. The value contains 1 to 64 characters and only letters, digits, hyphens (-), and underscores (\\_) are allowed. Length 1 to 64."]
    workforce_name : String }
);
impl UpdatingALabelingTeam {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<()> {
        let body = types::UpdateWorkforceReq {
            description: self.description,
            workforce_name: self.workforce_name,
        };
        let request = request!(self, Put, "/v2/{project_id}/workforces/{workforce_id}")
            .path_param("project_id", need!(self, project_id)?)
            .path_param("workforce_id", need!(self, workforce_id)?)
            .json_body(&body)?;
        self.call.empty(request).await
    }
}
crate::support::builder!(
    DeletingALabelingTeam("deleting_a_labeling_team") { #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc =
    " ID of a labeling team. Path parameter `workforce_id`."] workforce_id : String }
);
impl DeletingALabelingTeam {
    /// Sends the request: the 204 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::DeleteWorkersResp> {
        let request = request!(
            self, Delete, "/v2/{project_id}/workforces/{workforce_id}"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param("workforce_id", need!(self, workforce_id)?);
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingDetailsAboutATeamLabelingTask("querying_details_about_a_team_labeling_task")
    { #[doc = " Dataset ID. Path parameter `dataset_id`."] dataset_id : String, #[doc =
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
impl QueryingDetailsAboutATeamLabelingTask {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::DescWorkforceTaskResp> {
        let request = request!(
            self, Get,
            "/v2/{project_id}/datasets/{dataset_id}/workforce-tasks/{workforce_task_id}"
        )
            .path_param("dataset_id", need!(self, dataset_id)?)
            .path_param("project_id", need!(self, project_id)?)
            .path_param("workforce_task_id", need!(self, workforce_task_id)?)
            .query_opt("label_stats", self.label_stats)
            .query_opt("sample_stats", self.sample_stats)
            .query_opt("workforce_stats", self.workforce_stats);
        self.call.json(request).await
    }
}
crate::support::builder!(
    UpdatingATeamLabelingTask("updating_a_team_labeling_task") { #[doc =
    " Dataset ID. Path parameter `dataset_id`."] dataset_id : String, #[doc =
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
impl UpdatingATeamLabelingTask {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<()> {
        let body = types::UpdateWorkforceTaskReq {
            dataset_id: self.dataset_id_2,
            description: self.description,
            task_id: self.task_id,
            task_name: self.task_name,
            workforces_config: self.workforces_config,
        };
        let request = request!(
            self, Put,
            "/v2/{project_id}/datasets/{dataset_id}/workforce-tasks/{workforce_task_id}"
        )
            .path_param("dataset_id", need!(self, dataset_id)?)
            .path_param("project_id", need!(self, project_id)?)
            .path_param("workforce_task_id", need!(self, workforce_task_id)?)
            .json_body(&body)?;
        self.call.empty(request).await
    }
}
crate::support::builder!(
    StartingATeamLabelingTask("starting_a_team_labeling_task") { #[doc =
    " Dataset ID. Path parameter `dataset_id`."] dataset_id : String, #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc =
    " ID of a team labeling task. Path parameter `workforce_task_id`."] workforce_task_id
    : String, #[doc = " Dataset ID."] dataset_id_2 : String, #[doc =
    " ID of a team labeling task."] task_id : String, #[doc =
    " Team labeling task information: Tasks can be assigned by the team administrator or a specified team."]
    workforces_config : types::WorkforcesConfig }
);
impl StartingATeamLabelingTask {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<()> {
        let body = types::StartWorkforceTaskReq {
            dataset_id: self.dataset_id_2,
            task_id: self.task_id,
            workforces_config: self.workforces_config,
        };
        let request = request!(
            self, Post,
            "/v2/{project_id}/datasets/{dataset_id}/workforce-tasks/{workforce_task_id}"
        )
            .path_param("dataset_id", need!(self, dataset_id)?)
            .path_param("project_id", need!(self, project_id)?)
            .path_param("workforce_task_id", need!(self, workforce_task_id)?)
            .json_body(&body)?;
        self.call.empty(request).await
    }
}
crate::support::builder!(
    DeletingATeamLabelingTask("deleting_a_team_labeling_task") { #[doc =
    " Dataset ID. Path parameter `dataset_id`."] dataset_id : String, #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc =
    " ID of a team labeling task. Path parameter `workforce_task_id`."] workforce_task_id
    : String }
);
impl DeletingATeamLabelingTask {
    /// Sends the request: the 204 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<()> {
        let request = request!(
            self, Delete,
            "/v2/{project_id}/datasets/{dataset_id}/workforce-tasks/{workforce_task_id}"
        )
            .path_param("dataset_id", need!(self, dataset_id)?)
            .path_param("project_id", need!(self, project_id)?)
            .path_param("workforce_task_id", need!(self, workforce_task_id)?);
        self.call.empty(request).await
    }
}
crate::support::builder!(
    QueryingDetailsAboutADatasetImportTask("querying_details_about_a_dataset_import_task")
    { #[doc = " Dataset ID. Path parameter `dataset_id`."] dataset_id : String, #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc = " Task ID. Path parameter `task_id`."] task_id : String
    }
);
impl QueryingDetailsAboutADatasetImportTask {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ImportTaskStatusResp> {
        let request = request!(
            self, Get, "/v2/{project_id}/datasets/{dataset_id}/import-tasks/{task_id}"
        )
            .path_param("dataset_id", need!(self, dataset_id)?)
            .path_param("project_id", need!(self, project_id)?)
            .path_param("task_id", need!(self, task_id)?);
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingDetailsAboutAnAutoLabelingSample("querying_details_about_an_auto_labeling_sample")
    { #[doc = " Dataset ID. Path parameter `dataset_id`."] dataset_id : String, #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc = " Sample ID. Path parameter `sample_id`."] sample_id :
    String }
);
impl QueryingDetailsAboutAnAutoLabelingSample {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::DescribeSampleResp> {
        let request = request!(
            self, Get,
            "/v2/{project_id}/datasets/{dataset_id}/auto-annotations/samples/{sample_id}"
        )
            .path_param("dataset_id", need!(self, dataset_id)?)
            .path_param("project_id", need!(self, project_id)?)
            .path_param("sample_id", need!(self, sample_id)?);
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingDetailsAboutASample("querying_details_about_a_sample") { #[doc =
    " Dataset ID. Path parameter `dataset_id`."] dataset_id : String, #[doc =
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
impl QueryingDetailsAboutASample {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::SampleManagementDescribeSampleResp> {
        let request = request!(
            self, Get,
            "/v2/{project_id}/datasets/{dataset_id}/data-annotations/samples/{sample_id}"
        )
            .path_param("dataset_id", need!(self, dataset_id)?)
            .path_param("project_id", need!(self, project_id)?)
            .path_param("sample_id", need!(self, sample_id)?)
            .query_opt("locale", self.locale)
            .query_opt("sample_state", self.sample_state)
            .query_opt("worker_id", self.worker_id);
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingDetailsAboutTeamLabelingSamples("querying_details_about_team_labeling_samples")
    { #[doc = " Dataset ID. Path parameter `dataset_id`."] dataset_id : String, #[doc =
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
impl QueryingDetailsAboutTeamLabelingSamples {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::SampleManagementDescribeSampleResp> {
        let request = request!(
            self, Get,
            "/v2/{project_id}/datasets/{dataset_id}/workforce-tasks/{workforce_task_id}/data-annotations/samples/{sample_id}"
        )
            .path_param("dataset_id", need!(self, dataset_id)?)
            .path_param("project_id", need!(self, project_id)?)
            .path_param("sample_id", need!(self, sample_id)?)
            .path_param("workforce_task_id", need!(self, workforce_task_id)?)
            .query_opt("locale", self.locale)
            .query_opt("sample_state", self.sample_state)
            .query_opt("worker_id", self.worker_id);
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingTheDatasetExportTaskList("querying_the_dataset_export_task_list") { #[doc =
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
impl QueryingTheDatasetExportTaskList {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ExportTasksStatusResp> {
        let request = request!(
            self, Get, "/v2/{project_id}/datasets/{dataset_id}/export-tasks"
        )
            .path_param("dataset_id", need!(self, dataset_id)?)
            .path_param("project_id", need!(self, project_id)?)
            .query_opt("export_type", self.export_type)
            .query_opt("limit", self.limit)
            .query_opt("offset", self.offset);
        self.call.json(request).await
    }
}
crate::support::builder!(
    CreatingADatasetExportTask("creating_a_dataset_export_task") { #[doc =
    " Dataset ID. Path parameter `dataset_id`."] dataset_id : String, #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc =
    " Labeling format. The options are as follows: - **VOC**: VOC - **COCO**: COCO"]
    annotation_format : types::ExportReqAnnotationFormat, #[doc = " Dataset ID."]
    dataset_id_2 : String, #[doc =
    " Dataset type. The options are as follows: - **0**: image classification - **1**: object detection - **100**: text classification - **101**: named entity recognition - **102**: text triplet - **200**: sound classification - **201**: speech content - **202**: speech paragraph labeling - **400**: table dataset - **600**: video labeling - **900**: custom format"]
    dataset_type : i64, #[doc =
    " Format of the exported directory. The options are as follows: - **1**: tree structure. For example: cat/1.jpg,dog/2.jpg. - **2**: tile structure. For example: 1.jpg, 1.txt; 2.jpg,2.txt."]
    export_format : i64, #[doc = " Parameters of a dataset export task."] export_params :
    types::ExportTaskExportParams, #[doc =
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
impl CreatingADatasetExportTask {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ExportResp> {
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
        let request = request!(
            self, Post, "/v2/{project_id}/datasets/{dataset_id}/export-tasks"
        )
            .path_param("dataset_id", need!(self, dataset_id)?)
            .path_param("project_id", need!(self, project_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingTheMonitoringDataOfADataset("querying_the_monitoring_data_of_a_dataset") {
    #[doc = " Dataset ID. Path parameter `dataset_id`."] dataset_id : String, #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc =
    " End time of the monitoring information. Query parameter `end_time`."] end_time :
    i64, #[doc =
    " Start time of the monitoring information. Query parameter `start_time`."]
    start_time : i64, #[doc =
    " ID of a team labeling task. Query parameter `workforce_task_id`."]
    workforce_task_id : String }
);
impl QueryingTheMonitoringDataOfADataset {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::GetDatasetMetricResp> {
        let request = request!(
            self, Get, "/v2/{project_id}/datasets/{dataset_id}/metrics"
        )
            .path_param("dataset_id", need!(self, dataset_id)?)
            .path_param("project_id", need!(self, project_id)?)
            .query("end_time", need!(self, end_time)?)
            .query("start_time", need!(self, start_time)?)
            .query_opt("workforce_task_id", self.workforce_task_id);
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingTheStatusOfADatasetExportTask("querying_the_status_of_a_dataset_export_task")
    { #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc =
    " Resource ID. Currently, the dataset ID can be specified. Path parameter `resource_id`."]
    resource_id : String, #[doc = " ID of an export task. Path parameter `task_id`."]
    task_id : String }
);
impl QueryingTheStatusOfADatasetExportTask {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ExportTaskStatusResp> {
        let request = request!(
            self, Get, "/v2/{project_id}/datasets/{resource_id}/export-tasks/{task_id}"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param("resource_id", need!(self, resource_id)?)
            .path_param("task_id", need!(self, task_id)?);
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingTheAlgorithmTypeForDataProcessing("querying_the_algorithm_type_for_data_processing")
    { #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String }
);
impl QueryingTheAlgorithmTypeForDataProcessing {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::GetProcessorTaskItemsResp> {
        let request = request!(self, Get, "/v2/{project_id}/processor-tasks/items")
            .path_param("project_id", need!(self, project_id)?);
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingTheReportOfATeamLabelingAcceptanceTask("querying_the_report_of_a_team_labeling_acceptance_task")
    { #[doc = " Dataset ID. Path parameter `dataset_id`."] dataset_id : String, #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc =
    " ID of a team labeling task. Path parameter `workforce_task_id`."] workforce_task_id
    : String, #[doc =
    " ID of the task that is being checked. Query parameter `checking_task_id`."]
    checking_task_id : String }
);
impl QueryingTheReportOfATeamLabelingAcceptanceTask {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::CheckWorkforceSamplingTaskResp> {
        let request = request!(
            self, Get,
            "/v2/{project_id}/datasets/{dataset_id}/workforce-tasks/{workforce_task_id}/acceptance/report"
        )
            .path_param("dataset_id", need!(self, dataset_id)?)
            .path_param("project_id", need!(self, project_id)?)
            .path_param("workforce_task_id", need!(self, workforce_task_id)?)
            .query("checking_task_id", need!(self, checking_task_id)?);
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingDetailsAboutTheProgressOfATeamLabelingTaskMember("querying_details_about_the_progress_of_a_team_labeling_task_member")
    { #[doc = " Dataset ID. Path parameter `dataset_id`."] dataset_id : String, #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc =
    " ID of a team labeling task. Path parameter `workforce_task_id`."] workforce_task_id
    : String }
);
impl QueryingDetailsAboutTheProgressOfATeamLabelingTaskMember {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::GetWorkforceTaskMetricResp> {
        let request = request!(
            self, Get,
            "/v2/{project_id}/datasets/{dataset_id}/workforce-tasks/{workforce_task_id}/metrics"
        )
            .path_param("dataset_id", need!(self, dataset_id)?)
            .path_param("project_id", need!(self, project_id)?)
            .path_param("workforce_task_id", need!(self, workforce_task_id)?);
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingTheDatasetImportTaskList("querying_the_dataset_import_task_list") { #[doc =
    " Dataset ID. Path parameter `dataset_id`."] dataset_id : String, #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc =
    " Maximum number of records returned on each page. The value ranges from 1 to 100. The default value is **10**."]
    #[doc = ""] #[doc = " Query parameter `limit`. Default: `10`. Range 1 to 100."] limit
    : i64, #[doc =
    " Start page of the paging list. The default value is **0**. Query parameter `offset`. Default: `0`."]
    offset : i64 }
);
impl QueryingTheDatasetImportTaskList {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ImportTasksStatusResp> {
        let request = request!(
            self, Get, "/v2/{project_id}/datasets/{dataset_id}/import-tasks"
        )
            .path_param("dataset_id", need!(self, dataset_id)?)
            .path_param("project_id", need!(self, project_id)?)
            .query_opt("limit", self.limit)
            .query_opt("offset", self.offset);
        self.call.json(request).await
    }
}
crate::support::builder!(
    CreatingAnImportTask("creating_an_import_task") { #[doc =
    " Dataset ID. Path parameter `dataset_id`."] dataset_id : String, #[doc =
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
impl CreatingAnImportTask {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ImportResp> {
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
        let request = request!(
            self, Post, "/v2/{project_id}/datasets/{dataset_id}/import-tasks"
        )
            .path_param("dataset_id", need!(self, dataset_id)?)
            .path_param("project_id", need!(self, project_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingTheListOfAllLabelingTeamMembers("querying_the_list_of_all_labeling_team_members")
    { #[doc =
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
impl QueryingTheListOfAllLabelingTeamMembers {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ListWorkersResp> {
        let request = request!(self, Get, "/v2/{project_id}/workforces/workers")
            .path_param("project_id", need!(self, project_id)?)
            .query_opt("limit", self.limit)
            .query_opt("offset", self.offset)
            .query_opt("order", self.order)
            .query_opt("role", self.role)
            .query_opt("sort_by", self.sort_by);
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingAutoLabelingSampleList("querying_auto_labeling_sample_list") { #[doc =
    " Dataset ID. Path parameter `dataset_id`."] dataset_id : String, #[doc =
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
impl QueryingAutoLabelingSampleList {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ListSamplesResp> {
        let request = request!(
            self, Get, "/v2/{project_id}/datasets/{dataset_id}/auto-annotations/samples"
        )
            .path_param("dataset_id", need!(self, dataset_id)?)
            .path_param("project_id", need!(self, project_id)?)
            .query_opt("high_score", self.high_score)
            .query_opt("label_name", self.label_name)
            .query_opt("label_type", self.label_type)
            .query_opt("limit", self.limit)
            .query_opt("low_score", self.low_score)
            .query_opt("offset", self.offset)
            .query_opt("order", self.order)
            .query_opt("process_parameter", self.process_parameter)
            .query_opt("search_conditions", self.search_conditions);
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingTheResultOfADataProcessingTaskVersion("querying_the_result_of_a_data_processing_task_version")
    { #[doc =
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
impl QueryingTheResultOfADataProcessingTaskVersion {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ListProcessorTaskVersionResultsResp> {
        let request = request!(
            self, Get,
            "/v2/{project_id}/processor-tasks/{task_id}/versions/{version_id}/results"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param("task_id", need!(self, task_id)?)
            .path_param("version_id", need!(self, version_id)?)
            .query_opt("limit", self.limit)
            .query_opt("offset", self.offset)
            .query_opt("process_parameter", self.process_parameter)
            .query_opt("result_property", self.result_property);
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingTheSampleList("querying_the_sample_list") { #[doc =
    " Dataset ID. Path parameter `dataset_id`."] dataset_id : String, #[doc =
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
impl QueryingTheSampleList {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::SampleManagementListSamplesResp> {
        let request = request!(
            self, Get, "/v2/{project_id}/datasets/{dataset_id}/data-annotations/samples"
        )
            .path_param("dataset_id", need!(self, dataset_id)?)
            .path_param("project_id", need!(self, project_id)?)
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
        self.call.json(request).await
    }
}
crate::support::builder!(
    UpdatingSampleLabelsInBatches("updating_sample_labels_in_batches") { #[doc =
    " Dataset ID. Path parameter `dataset_id`."] dataset_id : String, #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc = " Email address of a labeling team member."] email :
    String, #[doc = " Updated sample list."] samples : Vec < types::SampleLabels > }
);
impl UpdatingSampleLabelsInBatches {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::UpdateSamplesResp> {
        let body = types::UpdateSamplesReq {
            email: self.email,
            samples: self.samples,
        };
        let request = request!(
            self, Put, "/v2/{project_id}/datasets/{dataset_id}/data-annotations/samples"
        )
            .path_param("dataset_id", need!(self, dataset_id)?)
            .path_param("project_id", need!(self, project_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    AddingSamplesInBatches("adding_samples_in_batches") { #[doc =
    " Dataset ID. Path parameter `dataset_id`."] dataset_id : String, #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc =
    " Whether to directly import to the final result. The options are as follows: - **true**: Import labels to the labeled dataset. (Default value). - **false**: Import labels to the to-be-confirmed dataset. Currently, to-be-confirmed datasets only support categories of image classification and object detection."]
    #[doc = ""] #[doc = " Default: `true`."] final_annotation : bool, #[doc =
    " Label format. This parameter is used only for text datasets."] label_format :
    types::LabelFormat, #[doc = " Sample list."] samples : Vec < types::Sample > }
);
impl AddingSamplesInBatches {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::UploadSamplesResp> {
        let body = types::UploadSamplesReq {
            final_annotation: self.final_annotation,
            label_format: self.label_format,
            samples: self.samples,
        };
        let request = request!(
            self, Post, "/v2/{project_id}/datasets/{dataset_id}/data-annotations/samples"
        )
            .path_param("dataset_id", need!(self, dataset_id)?)
            .path_param("project_id", need!(self, project_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    ObtainingSampleSearchCondition("obtaining_sample_search_condition") { #[doc =
    " Dataset ID. Path parameter `dataset_id`."] dataset_id : String, #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String }
);
impl ObtainingSampleSearchCondition {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ListSearchResp> {
        let request = request!(
            self, Get,
            "/v2/{project_id}/datasets/{dataset_id}/data-annotations/search-condition"
        )
            .path_param("dataset_id", need!(self, dataset_id)?)
            .path_param("project_id", need!(self, project_id)?);
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingDatasetStatistics("querying_dataset_statistics") { #[doc =
    " Dataset ID. Path parameter `dataset_id`."] dataset_id : String, #[doc =
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
impl QueryingDatasetStatistics {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ListStatsResp> {
        let request = request!(
            self, Get, "/v2/{project_id}/datasets/{dataset_id}/data-annotations/stats"
        )
            .path_param("dataset_id", need!(self, dataset_id)?)
            .path_param("project_id", need!(self, project_id)?)
            .query_opt("email", self.email)
            .query_opt("locale", self.locale)
            .query_opt("sample_state", self.sample_state);
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingTheTeamLabelingTaskListByATeamMember("querying_the_team_labeling_task_list_by_a_team_member")
    { #[doc =
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
impl QueryingTheTeamLabelingTaskListByATeamMember {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ListWorkerTasksResp> {
        let request = request!(self, Get, "/v2/{project_id}/workforces/worker-tasks")
            .path_param("project_id", need!(self, project_id)?)
            .query_opt("limit", self.limit)
            .query_opt("offset", self.offset)
            .query_opt("order", self.order)
            .query_opt("search_content", self.search_content)
            .query_opt("sort_by", self.sort_by);
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingTheSampleListOfATeamLabelingTaskByPage("querying_the_sample_list_of_a_team_labeling_task_by_page")
    { #[doc = " Dataset ID. Path parameter `dataset_id`."] dataset_id : String, #[doc =
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
impl QueryingTheSampleListOfATeamLabelingTaskByPage {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::SampleManagementListSamplesResp> {
        let request = request!(
            self, Get,
            "/v2/{project_id}/datasets/{dataset_id}/workforce-tasks/{workforce_task_id}/data-annotations/samples"
        )
            .path_param("dataset_id", need!(self, dataset_id)?)
            .path_param("project_id", need!(self, project_id)?)
            .path_param("workforce_task_id", need!(self, workforce_task_id)?)
            .query_opt("label_name", self.label_name)
            .query_opt("label_type", self.label_type)
            .query_opt("limit", self.limit)
            .query_opt("locale", self.locale)
            .query_opt("offset", self.offset)
            .query_opt("process_parameter", self.process_parameter)
            .query_opt("sample_state", self.sample_state)
            .query_opt("search_conditions", self.search_conditions);
        self.call.json(request).await
    }
}
crate::support::builder!(
    UpdatingLabelsOfTeamLabelingSamplesInBatches("updating_labels_of_team_labeling_samples_in_batches")
    { #[doc = " Dataset ID. Path parameter `dataset_id`."] dataset_id : String, #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc =
    " ID of a labeling task. Path parameter `workforce_task_id`."] workforce_task_id :
    String, #[doc = " Email address of a labeling team member."] email : String, #[doc =
    " Updated sample list."] samples : Vec < types::SampleLabels > }
);
impl UpdatingLabelsOfTeamLabelingSamplesInBatches {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::UpdateSamplesResp> {
        let body = types::UpdateSamplesReq {
            email: self.email,
            samples: self.samples,
        };
        let request = request!(
            self, Put,
            "/v2/{project_id}/datasets/{dataset_id}/workforce-tasks/{workforce_task_id}/data-annotations/samples"
        )
            .path_param("dataset_id", need!(self, dataset_id)?)
            .path_param("project_id", need!(self, project_id)?)
            .path_param("workforce_task_id", need!(self, workforce_task_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingDetailsAboutTeamLabelingTaskStatistics("querying_details_about_team_labeling_task_statistics")
    { #[doc = " Dataset ID. Path parameter `dataset_id`."] dataset_id : String, #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc =
    " ID of a team labeling task. Path parameter `workforce_task_id`."] workforce_task_id
    : String, #[doc =
    " Statistics on the specified sample state. The options are as follows: - **ALL**: labeled - **NONE**: unlabeled - **UNCHECK**: pending acceptance - **ACCEPTED**: accepted - **REJECTED**: rejected - **UNREVIEWED**: pending review - **REVIEWED**: reviewed - **WORKFORCE\\_SAMPLED**: sampled - **WORKFORCE\\_SAMPLED\\_UNCHECK**: sampling unchecked - **WORKFORCE\\_SAMPLED\\_CHECKED**: sampling checked - **WORKFORCE\\_SAMPLED\\_ACCEPTED**: sampling accepted - **WORKFORCE\\_SAMPLED\\_REJECTED**: sampling rejected - **AUTO\\_ANNOTATION**: to be confirmed"]
    #[doc = ""] #[doc = " Query parameter `sample_state`."] sample_state :
    types::ExportParamsSampleState }
);
impl QueryingDetailsAboutTeamLabelingTaskStatistics {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ListStatsResp> {
        let request = request!(
            self, Get,
            "/v2/{project_id}/datasets/{dataset_id}/workforce-tasks/{workforce_task_id}/data-annotations/stats"
        )
            .path_param("dataset_id", need!(self, dataset_id)?)
            .path_param("project_id", need!(self, project_id)?)
            .path_param("workforce_task_id", need!(self, workforce_task_id)?)
            .query_opt("sample_state", self.sample_state);
        self.call.json(request).await
    }
}
crate::support::builder!(
    ReviewingTeamLabelingResults("reviewing_team_labeling_results") { #[doc =
    " Dataset ID. Path parameter `dataset_id`."] dataset_id : String, #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc =
    " ID of a labeling task. Path parameter `workforce_task_id`."] workforce_task_id :
    String, #[doc = " Review comment list."] comments : Vec < types::SampleComment > }
);
impl ReviewingTeamLabelingResults {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<()> {
        let body = types::AcceptSamplesReq {
            comments: self.comments,
        };
        let request = request!(
            self, Post,
            "/v2/{project_id}/datasets/{dataset_id}/workforce-tasks/{workforce_task_id}/data-annotations/review"
        )
            .path_param("dataset_id", need!(self, dataset_id)?)
            .path_param("project_id", need!(self, project_id)?)
            .path_param("workforce_task_id", need!(self, workforce_task_id)?)
            .json_body(&body)?;
        self.call.empty(request).await
    }
}
crate::support::builder!(
    SendingAnEmailToALabelingTeamMember("sending_an_email_to_a_labeling_team_member") {
    #[doc = " Dataset ID. Path parameter `dataset_id`."] dataset_id : String, #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc =
    " ID of a team labeling task. Path parameter `workforce_task_id`."] workforce_task_id
    : String, #[doc = " Email list of a labeling team member."] emails : Vec < String > }
);
impl SendingAnEmailToALabelingTeamMember {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ResendEmailResp> {
        let body = types::ResendEmailReq {
            emails: need!(self, emails)?,
        };
        let request = request!(
            self, Post,
            "/v2/{project_id}/datasets/{dataset_id}/workforce-tasks/{workforce_task_id}/notify"
        )
            .path_param("dataset_id", need!(self, dataset_id)?)
            .path_param("project_id", need!(self, project_id)?)
            .path_param("workforce_task_id", need!(self, workforce_task_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    CreatingATeamLabelingAcceptanceTask("creating_a_team_labeling_acceptance_task") {
    #[doc = " Dataset ID. Path parameter `dataset_id`."] dataset_id : String, #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc =
    " ID of a team labeling task. Path parameter `workforce_task_id`."] workforce_task_id
    : String, #[doc =
    " Number of samples for the acceptance task. Either this parameter or the sampling ratio is delivered."]
    sampling_num : i64, #[doc =
    " Sampling ratio of the acceptance task. The value range is (0,1\\]. Either this parameter or the number of samples is delivered."]
    sampling_rate : f64 }
);
impl CreatingATeamLabelingAcceptanceTask {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::CreateWorkforceSamplingTaskResp> {
        let body = types::CreateWorkforceSamplingTaskReq {
            sampling_num: self.sampling_num,
            sampling_rate: self.sampling_rate,
        };
        let request = request!(
            self, Post,
            "/v2/{project_id}/datasets/{dataset_id}/workforce-tasks/{workforce_task_id}/acceptance"
        )
            .path_param("dataset_id", need!(self, dataset_id)?)
            .path_param("project_id", need!(self, project_id)?)
            .path_param("workforce_task_id", need!(self, workforce_task_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    StoppingAnIntelligentTask("stopping_an_intelligent_task") { #[doc =
    " Dataset ID. Path parameter `dataset_id`."] dataset_id : String, #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc = " Task ID. Path parameter `task_id`."] task_id : String
    }
);
impl StoppingAnIntelligentTask {
    /// Sends the request: the 204 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<()> {
        let request = request!(
            self, Post, "/v2/{project_id}/datasets/{dataset_id}/tasks/{task_id}/stop"
        )
            .path_param("dataset_id", need!(self, dataset_id)?)
            .path_param("project_id", need!(self, project_id)?)
            .path_param("task_id", need!(self, task_id)?);
        self.call.empty(request).await
    }
}
crate::support::builder!(
    StoppingTheVersionOfADataProcessingTask("stopping_the_version_of_a_data_processing_task")
    { #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc =
    " ID of a data processing task. Path parameter `task_id`."] task_id : String, #[doc =
    " Version ID of a data processing task. Path parameter `version_id`."] version_id :
    String }
);
impl StoppingTheVersionOfADataProcessingTask {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<()> {
        let request = request!(
            self, Post,
            "/v2/{project_id}/processor-tasks/{task_id}/versions/{version_id}/stop"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param("task_id", need!(self, task_id)?)
            .path_param("version_id", need!(self, version_id)?);
        self.call.empty(request).await
    }
}
crate::support::builder!(
    SynchronizingADataset("synchronizing_a_dataset") { #[doc =
    " Dataset ID. Path parameter `dataset_id`."] dataset_id : String, #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String }
);
impl SynchronizingADataset {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<()> {
        let request = request!(
            self, Post, "/v2/{project_id}/datasets/{dataset_id}/sync-data"
        )
            .path_param("dataset_id", need!(self, dataset_id)?)
            .path_param("project_id", need!(self, project_id)?);
        self.call.empty(request).await
    }
}
crate::support::builder!(
    QueryingTheStatusOfADatasetSynchronizationTask("querying_the_status_of_a_dataset_synchronization_task")
    { #[doc = " Dataset ID. Path parameter `dataset_id`."] dataset_id : String, #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String }
);
impl QueryingTheStatusOfADatasetSynchronizationTask {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::SyncDataSourceStatusResp> {
        let request = request!(
            self, Get, "/v2/{project_id}/datasets/{dataset_id}/sync-data/status"
        )
            .path_param("dataset_id", need!(self, dataset_id)?)
            .path_param("project_id", need!(self, project_id)?);
        self.call.json(request).await
    }
}
crate::support::builder!(
    UpdatingTheStatusOfATeamLabelingAcceptanceTask("updating_the_status_of_a_team_labeling_acceptance_task")
    { #[doc = " Dataset ID. Path parameter `dataset_id`."] dataset_id : String, #[doc =
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
impl UpdatingTheStatusOfATeamLabelingAcceptanceTask {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::UpdateWorkforceSamplingTaskResp> {
        let body = types::UpdateWorkforceSamplingTaskReq {
            action: self.action,
            locale: self.locale_2,
            overwrite_last_result: self.overwrite_last_result,
        };
        let request = request!(
            self, Put,
            "/v2/{project_id}/datasets/{dataset_id}/workforce-tasks/{workforce_task_id}/acceptance/status"
        )
            .path_param("dataset_id", need!(self, dataset_id)?)
            .path_param("project_id", need!(self, project_id)?)
            .path_param("workforce_task_id", need!(self, workforce_task_id)?)
            .query("locale", need!(self, locale)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    ObtainingUserImageGroups("obtaining_user_image_groups") { #[doc =
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
impl ObtainingUserImageGroups {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ImageGroupListResponse> {
        let request = request!(self, Get, "/v1/{project_id}/images/group")
            .path_param("project_id", need!(self, project_id)?)
            .query_opt("name", self.name)
            .query_opt("name_fuzzy_match", self.name_fuzzy_match)
            .query_opt("namespace", self.namespace)
            .query_opt("type", self.type_)
            .query_opt("workspace_id", self.workspace_id);
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingAWorkspaceList("querying_a_workspace_list") { #[doc =
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
impl QueryingAWorkspaceList {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ListWorkspacesResp> {
        let request = request!(self, Get, "/v1/{project_id}/workspaces")
            .path_param("project_id", need!(self, project_id)?)
            .query_opt("offset", self.offset)
            .query_opt("limit", self.limit)
            .query_opt("sort_by", self.sort_by)
            .query_opt("order", self.order)
            .query_opt("enterprise_project_id", self.enterprise_project_id)
            .query_opt("name", self.name)
            .query_opt("filter_accessible", self.filter_accessible);
        self.call.json(request).await
    }
}
crate::support::builder!(
    CreatingAWorkspace("creating_a_workspace") { #[doc =
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
impl CreatingAWorkspace {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::WorkspaceProperties> {
        let body = types::CreateWorkspaceReq {
            name: need!(self, name)?,
            description: self.description,
            enterprise_project_id: self.enterprise_project_id,
            auth_type: self.auth_type,
            grants: self.grants,
        };
        let request = request!(self, Post, "/v1/{project_id}/workspaces")
            .path_param("project_id", need!(self, project_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingDetailsAboutAWorkspace("querying_details_about_a_workspace") { #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc = " Workspace ID. Path parameter `workspace_id`."]
    workspace_id : String }
);
impl QueryingDetailsAboutAWorkspace {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ShowWorkspaceInfoWorkspaceProperties> {
        let request = request!(self, Get, "/v1/{project_id}/workspaces/{workspace_id}")
            .path_param("project_id", need!(self, project_id)?)
            .path_param("workspace_id", need!(self, workspace_id)?);
        self.call.json(request).await
    }
}
crate::support::builder!(
    ModifyingAWorkspace("modifying_a_workspace") { #[doc =
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
impl ModifyingAWorkspace {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::WorkspaceIdResp> {
        let body = types::UpdateWorkspaceReq {
            name: self.name,
            description: self.description,
            auth_type: self.auth_type,
            grants: self.grants,
        };
        let request = request!(self, Put, "/v1/{project_id}/workspaces/{workspace_id}")
            .path_param("project_id", need!(self, project_id)?)
            .path_param("workspace_id", need!(self, workspace_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    DeletingAWorkspace("deleting_a_workspace") { #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc = " Workspace ID. Path parameter `workspace_id`."]
    workspace_id : String }
);
impl DeletingAWorkspace {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::WorkspaceIdResp> {
        let request = request!(
            self, Delete, "/v1/{project_id}/workspaces/{workspace_id}"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param("workspace_id", need!(self, workspace_id)?);
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingAWorkspaceQuota("querying_a_workspace_quota") { #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc = " Workspace ID. Path parameter `workspace_id`."]
    workspace_id : String }
);
impl QueryingAWorkspaceQuota {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::WorkspaceQuotasResp> {
        let request = request!(
            self, Get, "/v1/{project_id}/workspaces/{workspace_id}/quotas"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param("workspace_id", need!(self, workspace_id)?);
        self.call.json(request).await
    }
}
crate::support::builder!(
    ModifyingAWorkspaceQuota("modifying_a_workspace_quota") { #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc = " Workspace ID. Path parameter `workspace_id`."]
    workspace_id : String, #[doc = " List of quotas"] quotas : Vec <
    types::UpdateWorkspaceQuotas > }
);
impl ModifyingAWorkspaceQuota {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::UpdateWorkspaceQuotasResp> {
        let body = types::UpdateWorkspaceQuotasReq {
            quotas: need!(self, quotas)?,
        };
        let request = request!(
            self, Put, "/v1/{project_id}/workspaces/{workspace_id}/quotas"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param("workspace_id", need!(self, workspace_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingTheStatusesAndGpuQuantityOfAllJobVersions("querying_the_statuses_and_gpu_quantity_of_all_job_versions")
    { #[doc = " Project ID. Path parameter `project_id`."] project_id : String, #[doc =
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
impl QueryingTheStatusesAndGpuQuantityOfAllJobVersions {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(
        self,
    ) -> Result<types::ShowVersionsStatusesAndGpuQuantityResponse> {
        let request = request!(self, Get, "/v1/{project_id}/training-jobs/versions")
            .path_param("project_id", need!(self, project_id)?)
            .query_opt("offset", self.offset)
            .query_opt("limit", self.limit)
            .query_opt("status", self.status)
            .query_opt("sort_by", self.sort_by)
            .query_opt("order", self.order)
            .query_opt("pool_id", self.pool_id)
            .query_opt("workspace_id", self.workspace_id);
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingATrainingJobList("querying_a_training_job_list") { #[doc =
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
impl QueryingATrainingJobList {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ListTrainingJobsResponse> {
        let request = request!(self, Get, "/v1/{project_id}/training-jobs")
            .path_param("project_id", need!(self, project_id)?)
            .query_opt("status", self.status)
            .query_opt("per_page", self.per_page)
            .query_opt("page", self.page)
            .query_opt("sortBy", self.sort_by)
            .query_opt("order", self.order)
            .query_opt("search_content", self.search_content)
            .query_opt("workspace_id", self.workspace_id);
        self.call.json(request).await
    }
}
crate::support::builder!(
    CreatingATrainingJob("creating_a_training_job") { #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc =
    " Training job name. The value must contain 1 to 64 characters consisting of only digits, letters, underscores (\\_), and hyphens (-). Length 1 to 64."]
    job_name : String, #[doc =
    " Description of a training job. The value must contain 0 to 256 characters. By default, this parameter is left blank. Length 0 to 256."]
    job_desc : String, #[doc =
    " Parameters for creating a training job For details, see Table 3."] config :
    types::TrainingJobConfig, #[doc =
    " Workspace where a job resides. Default value: **0**. Default: `0`."] workspace_id :
    String }
);
impl CreatingATrainingJob {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::CreateTrainingJobResponse> {
        let body = types::CreateTrainingJobRequest {
            job_name: need!(self, job_name)?,
            job_desc: self.job_desc,
            config: need!(self, config)?,
            workspace_id: self.workspace_id,
        };
        let request = request!(self, Post, "/v1/{project_id}/training-jobs")
            .path_param("project_id", need!(self, project_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingTheDetailsAboutATrainingJobVersion("querying_the_details_about_a_training_job_version")
    { #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc = " ID of a training job. Path parameter `job_id`."]
    job_id : i64, #[doc = " Version ID of a training job. Path parameter `version_id`."]
    version_id : i64 }
);
impl QueryingTheDetailsAboutATrainingJobVersion {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ShowTrainingJobVersionResponse> {
        let request = request!(
            self, Get, "/v1/{project_id}/training-jobs/{job_id}/versions/{version_id}"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param("job_id", need!(self, job_id)?)
            .path_param("version_id", need!(self, version_id)?);
        self.call.json(request).await
    }
}
crate::support::builder!(
    DeletingAVersionOfATrainingJob("deleting_a_version_of_a_training_job") { #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc = " ID of a training job. Path parameter `job_id`."]
    job_id : i64, #[doc = " Version ID of a training job. Path parameter `version_id`."]
    version_id : i64 }
);
impl DeletingAVersionOfATrainingJob {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::DeleteTrainingJobVersionResponse> {
        let request = request!(
            self, Delete, "/v1/{project_id}/training-jobs/{job_id}/versions/{version_id}"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param("job_id", need!(self, job_id)?)
            .path_param("version_id", need!(self, version_id)?);
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingAListOfTrainingJobVersions("querying_a_list_of_training_job_versions") {
    #[doc =
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
impl QueryingAListOfTrainingJobVersions {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ListTrainingJobVersionsResponse> {
        let request = request!(
            self, Get, "/v1/{project_id}/training-jobs/{job_id}/versions"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param("job_id", need!(self, job_id)?)
            .query_opt("per_page", self.per_page)
            .query_opt("page", self.page);
        self.call.json(request).await
    }
}
crate::support::builder!(
    CreatingAVersionOfATrainingJob("creating_a_version_of_a_training_job") { #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc = " ID of a training job. Path parameter `job_id`."]
    job_id : i64, #[doc =
    " Description of a training job. The value must contain 0 to 256 characters. By default, this parameter is left blank. Length 0 to 256."]
    job_desc : String, #[doc =
    " Parameters for creating a training job For details, see Table 3."] config :
    types::TrainingJobVersionConfig }
);
impl CreatingAVersionOfATrainingJob {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::CreateTrainingJobVersionResponse> {
        let body = types::CreateTrainingJobVersionRequest {
            job_desc: self.job_desc,
            config: need!(self, config)?,
        };
        let request = request!(
            self, Post, "/v1/{project_id}/training-jobs/{job_id}/versions"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param("job_id", need!(self, job_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    StoppingATrainingJob("stopping_a_training_job") { #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc = " ID of a training job. Path parameter `job_id`."]
    job_id : i64, #[doc = " Version ID of a training job. Path parameter `version_id`."]
    version_id : i64 }
);
impl StoppingATrainingJob {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::StopTrainingJobResponse> {
        let request = request!(
            self, Post,
            "/v1/{project_id}/training-jobs/{job_id}/versions/{version_id}/stop"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param("job_id", need!(self, job_id)?)
            .path_param("version_id", need!(self, version_id)?);
        self.call.json(request).await
    }
}
crate::support::builder!(
    ModifyingTheDescriptionOfATrainingJob("modifying_the_description_of_a_training_job")
    { #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc = " ID of a training job. Path parameter `job_id`."]
    job_id : i64, #[doc =
    " Description of a training job. The value must contain 0 to 256 characters. Length 0 to 256."]
    job_desc : String }
);
impl ModifyingTheDescriptionOfATrainingJob {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::UpdateTrainingJobDescriptionResponse> {
        let body = types::UpdateTrainingJobDescriptionRequest {
            job_desc: need!(self, job_desc)?,
        };
        let request = request!(self, Put, "/v1/{project_id}/training-jobs/{job_id}")
            .path_param("project_id", need!(self, project_id)?)
            .path_param("job_id", need!(self, job_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    DeletingATrainingJob("deleting_a_training_job") { #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc = " ID of a training job. Path parameter `job_id`."]
    job_id : i64 }
);
impl DeletingATrainingJob {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::StopTrainingJobResponse> {
        let request = request!(self, Delete, "/v1/{project_id}/training-jobs/{job_id}")
            .path_param("project_id", need!(self, project_id)?)
            .path_param("job_id", need!(self, job_id)?);
        self.call.json(request).await
    }
}
crate::support::builder!(
    ObtainingTheNameOfATrainingJobLogFile("obtaining_the_name_of_a_training_job_log_file")
    { #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc = " ID of a training job. Path parameter `job_id`."]
    job_id : i64, #[doc = " Version ID of a training job. Path parameter `version_id`."]
    version_id : i64 }
);
impl ObtainingTheNameOfATrainingJobLogFile {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ShowTrainingJobLogFileNameResponse> {
        let request = request!(
            self, Get,
            "/v1/{project_id}/training-jobs/{job_id}/versions/{version_id}/log/file-names"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param("job_id", need!(self, job_id)?)
            .path_param("version_id", need!(self, version_id)?);
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingABuiltInAlgorithm("querying_a_built_in_algorithm") { #[doc =
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
impl QueryingABuiltInAlgorithm {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ShowBuiltinAlgorithmResponse> {
        let request = request!(self, Get, "/v1/{project_id}/built-in-algorithms")
            .path_param("project_id", need!(self, project_id)?)
            .query_opt("per_page", self.per_page)
            .query_opt("page", self.page)
            .query_opt("sortBy", self.sort_by)
            .query_opt("order", self.order)
            .query_opt("search_content", self.search_content);
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingAListOfTrainingJobConfigurations("querying_a_list_of_training_job_configurations")
    { #[doc =
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
impl QueryingAListOfTrainingJobConfigurations {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ListTrainingJobConfigurationsResponse> {
        let request = request!(self, Get, "/v1/{project_id}/training-job-configs")
            .path_param("project_id", need!(self, project_id)?)
            .query_opt("per_page", self.per_page)
            .query_opt("page", self.page)
            .query_opt("sortBy", self.sort_by)
            .query_opt("order", self.order)
            .query_opt("search_content", self.search_content)
            .query_opt("config_type", self.config_type);
        self.call.json(request).await
    }
}
crate::support::builder!(
    CreatingATrainingJobConfiguration("creating_a_training_job_configuration") { #[doc =
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
    parameter : Vec < types::TrainingJobConfigurationParameter >, #[doc =
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
    data_source : Vec < types::TrainingJobConfigurationDataSource >, #[doc =
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
impl CreatingATrainingJobConfiguration {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::CreateTrainingJobConfigurationResponse> {
        let body = types::CreateTrainingJobConfigurationRequest {
            config_name: need!(self, config_name)?,
            config_desc: self.config_desc,
            worker_server_num: need!(self, worker_server_num)?,
            app_url: need!(self, app_url)?,
            boot_file_url: need!(self, boot_file_url)?,
            model_id: need!(self, model_id)?,
            parameter: self.parameter,
            spec_id: need!(self, spec_id)?,
            data_url: self.data_url,
            dataset_id: self.dataset_id,
            dataset_version_id: self.dataset_version_id,
            data_source: self.data_source,
            engine_id: need!(self, engine_id)?,
            train_url: self.train_url,
            log_url: self.log_url,
            user_image_url: self.user_image_url,
            user_command: self.user_command,
        };
        let request = request!(self, Post, "/v1/{project_id}/training-job-configs")
            .path_param("project_id", need!(self, project_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingTheDetailsAboutATrainingJobConfiguration("querying_the_details_about_a_training_job_configuration")
    { #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc =
    " Name of a training job configuration. Path parameter `config_name`."] config_name :
    String, #[doc = " Configuration type to be queried. Options:"] #[doc = ""] #[doc =
    " - **custom**: Query the custom configurations."] #[doc =
    " - **sample**: Query the sample configurations. The default value is **custom**."]
    #[doc = ""] #[doc = " Query parameter `config_type`. Default: `custom`."] config_type
    : types::ConfigType }
);
impl QueryingTheDetailsAboutATrainingJobConfiguration {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ShowTrainingJobConfigurationResponse> {
        let request = request!(
            self, Get, "/v1/{project_id}/training-job-configs/{config_name}"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param("config_name", need!(self, config_name)?)
            .query_opt("config_type", self.config_type);
        self.call.json(request).await
    }
}
crate::support::builder!(
    ModifyingATrainingJobConfiguration("modifying_a_training_job_configuration") { #[doc
    =
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
    parameter : Vec < types::TrainingJobConfigurationParameter >, #[doc =
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
    data_source : Vec < types::TrainingJobConfigurationDataSource >, #[doc =
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
impl ModifyingATrainingJobConfiguration {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::UpdateTrainingJobConfigurationResponse> {
        let body = types::UpdateTrainingJobConfigurationRequest {
            config_desc: self.config_desc,
            worker_server_num: need!(self, worker_server_num)?,
            app_url: need!(self, app_url)?,
            boot_file_url: need!(self, boot_file_url)?,
            model_id: need!(self, model_id)?,
            parameter: self.parameter,
            spec_id: need!(self, spec_id)?,
            data_url: self.data_url,
            dataset_id: self.dataset_id,
            dataset_version_id: self.dataset_version_id,
            data_source: self.data_source,
            engine_id: need!(self, engine_id)?,
            train_url: self.train_url,
            log_url: self.log_url,
            user_image_url: self.user_image_url,
            user_command: self.user_command,
        };
        let request = request!(
            self, Put, "/v1/{project_id}/training-job-configs/{config_name}"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param("config_name", need!(self, config_name)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    DeletingATrainingJobConfiguration("deleting_a_training_job_configuration") { #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc =
    " Name of a training job configuration. Path parameter `config_name`."] config_name :
    String }
);
impl DeletingATrainingJobConfiguration {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::DeleteTrainingJobVersionResponse> {
        let request = request!(
            self, Delete, "/v1/{project_id}/training-job-configs/{config_name}"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param("config_name", need!(self, config_name)?);
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingAVisualizationJobList("querying_a_visualization_job_list") { #[doc =
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
impl QueryingAVisualizationJobList {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ListVisualizationJobsResponse> {
        let request = request!(self, Get, "/v1/{project_id}/visualization-jobs")
            .path_param("project_id", need!(self, project_id)?)
            .query_opt("status", self.status)
            .query_opt("per_page", self.per_page)
            .query_opt("page", self.page)
            .query_opt("sortBy", self.sort_by)
            .query_opt("order", self.order)
            .query_opt("search_content", self.search_content)
            .query_opt("workspace_id", self.workspace_id);
        self.call.json(request).await
    }
}
crate::support::builder!(
    CreatingAVisualizationJob("creating_a_visualization_job") { #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc =
    " Name of a visualization job. The value must contain 1 to 20 characters consisting of only digits, letters, underscores (\\_), and hyphens (-). Length 1 to 20."]
    job_name : String, #[doc =
    " Description of a visualization job. The value must contain 0 to 256 characters. By default, this parameter is left blank. Length 0 to 256."]
    job_desc : String, #[doc = " OBS path"] train_url : String, #[doc =
    " Type of a visualization job. You can create visualization jobs of TensorBoard and MindInsight types. The default type is TensorBoard."]
    job_type : String, #[doc =
    " Specifications when a visualization job is created. You do not need to set this parameter. For details, see Table 3."]
    flavor : types::VisualizationJobFlavor, #[doc =
    " Auto stop setting. For details, see Table 4."] schedule :
    types::VisualizationJobSchedule }
);
impl CreatingAVisualizationJob {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::CreateVisualizationJobResponse> {
        let body = types::CreateVisualizationJobRequest {
            job_name: need!(self, job_name)?,
            job_desc: self.job_desc,
            train_url: need!(self, train_url)?,
            job_type: self.job_type,
            flavor: self.flavor,
            schedule: self.schedule,
        };
        let request = request!(self, Post, "/v1/{project_id}/visualization-jobs")
            .path_param("project_id", need!(self, project_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingTheDetailsAboutAVisualizationJob("querying_the_details_about_a_visualization_job")
    { #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc = " ID of a visualization job. Path parameter `job_id`."]
    job_id : String }
);
impl QueryingTheDetailsAboutAVisualizationJob {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ShowVisualizationJobResponse> {
        let request = request!(self, Get, "/v1/{project_id}/visualization-jobs/{job_id}")
            .path_param("project_id", need!(self, project_id)?)
            .path_param("job_id", need!(self, job_id)?);
        self.call.json(request).await
    }
}
crate::support::builder!(
    ModifyingTheDescriptionOfAVisualizationJob("modifying_the_description_of_a_visualization_job")
    { #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc = " ID of a visualization job. Path parameter `job_id`."]
    job_id : String, #[doc =
    " Description of a visualization job. The value must contain 0 to 256 characters. Length 0 to 256."]
    job_desc : String }
);
impl ModifyingTheDescriptionOfAVisualizationJob {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::UpdateVisualizationJobDescriptionResponse> {
        let body = types::UpdateVisualizationJobDescriptionRequest {
            job_desc: need!(self, job_desc)?,
        };
        let request = request!(self, Put, "/v1/{project_id}/visualization-jobs/{job_id}")
            .path_param("project_id", need!(self, project_id)?)
            .path_param("job_id", need!(self, job_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    DeletingAVisualizationJob("deleting_a_visualization_job") { #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc = " ID of a visualization job. Path parameter `job_id`."]
    job_id : String }
);
impl DeletingAVisualizationJob {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::DeleteVisualizationJobResponse> {
        let request = request!(
            self, Delete, "/v1/{project_id}/visualization-jobs/{job_id}"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param("job_id", need!(self, job_id)?);
        self.call.json(request).await
    }
}
crate::support::builder!(
    StoppingAVisualizationJob("stopping_a_visualization_job") { #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc = " ID of a visualization job. Path parameter `job_id`."]
    job_id : String }
);
impl StoppingAVisualizationJob {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::DeleteVisualizationJobResponse> {
        let request = request!(
            self, Post, "/v1/{project_id}/visualization-jobs/{job_id}/stop"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param("job_id", need!(self, job_id)?);
        self.call.json(request).await
    }
}
crate::support::builder!(
    RestartingAVisualizationJob("restarting_a_visualization_job") { #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc = " ID of a visualization job. Path parameter `job_id`."]
    job_id : String }
);
impl RestartingAVisualizationJob {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::DeleteVisualizationJobResponse> {
        let request = request!(
            self, Post, "/v1/{project_id}/visualization-jobs/{job_id}/restart"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param("job_id", need!(self, job_id)?);
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingJobResourceSpecifications("querying_job_resource_specifications") { #[doc =
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
impl QueryingJobResourceSpecifications {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ListJobResourceSpecificationsResponse> {
        let request = request!(self, Get, "/v1/{project_id}/job/resource-specs")
            .path_param("project_id", need!(self, project_id)?)
            .query_opt("job_type", self.job_type)
            .query_opt("engine_id", self.engine_id)
            .query_opt("project_type", self.project_type);
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingJobEngineSpecifications("querying_job_engine_specifications") { #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc =
    " Job type. The value can be **train** or **inference**. Query parameter `job_type`."]
    job_type : types::JobType }
);
impl QueryingJobEngineSpecifications {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ListJobEngineSpecificationsResponse> {
        let request = request!(self, Get, "/v1/{project_id}/job/ai-engines")
            .path_param("project_id", need!(self, project_id)?)
            .query_opt("job_type", self.job_type);
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingAModelList("querying_a_model_list") { #[doc =
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
    #[doc = ""] #[doc = " Query parameter `limit`. Default: `100`."] limit : i64, #[doc =
    " Sorting mode. The value can be **create\\_at**, **model\\_version**, or **model\\_size**. Default value: **create\\_at**"]
    #[doc = ""] #[doc = " Query parameter `sort_by`. Default: `create_at`."] sort_by :
    types::SortBy13, #[doc =
    " Sorting order. The value can be **asc** or **desc**, indicating ascending or descending order. Default value: **desc**. Query parameter `order`. Default: `desc`."]
    order : String, #[doc =
    " ID of the workspace to which a service belongs. The default value is **0**, indicating the default workspace. Query parameter `workspace_id`. Default: `0`."]
    workspace_id : String }
);
impl QueryingAModelList {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ListModelsResponse> {
        let request = request!(self, Get, "/v1/{project_id}/models")
            .path_param("project_id", need!(self, project_id)?)
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
        self.call.json(request).await
    }
}
crate::support::builder!(
    ImportingAModel("importing_a_model") { #[doc =
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
    types::ImportModelRequestModelAlgorithm, #[doc =
    " OBS path for storing the execution code. By default, this parameter is left blank. The name of the execution code file is fixed to **customize\\_service.py**. The inference code file must be stored in the **model** directory. If this parameter is left blank, the system can automatically identify the inference code in the **model** directory."]
    execution_code : String, #[doc =
    " Collection of input parameters of a model. By default, this parameter is left blank. For details, see Table 3. If the collection of input parameters is read from **apis** in the configuration file, you only need to provide the **initial\\_config** field and do not need to set **input\\_params**. **input\\_params** is optional when the **initial\\_config** field exists."]
    input_params : Vec < types::ModelParam >, #[doc =
    " Collection of output parameters of a model. By default, this parameter is left blank. For details, see Table 3. If the collection of output parameters is read from **apis** in the configuration file, you only need to provide the **initial\\_config** field and do not need to set **output\\_params**."]
    output_params : Vec < types::ModelParam >, #[doc =
    " Package required for inference code and model. By default, this parameter is left blank. If the package is read from the configuration file, this parameter can be left blank. Table 4 shows the dependency structure."]
    dependencies : Vec < types::ModelDependency >, #[doc =
    " Model precision, which is read from the configuration file"] model_metrics :
    String, #[doc =
    " All **apis** input and output parameters of the model. If the parameters are read from the configuration file, this parameter can be left blank. For details, see Table 10."]
    apis : Vec < types::ModelApis >, #[doc =
    " Character string converted from the final model configuration file. It is recommended that the **initial\\_config** file be used to provide information about the fields such as **apis**, **dependencies**, **input\\_params**, and **output\\_params**."]
    initial_config : String, #[doc =
    " ID of the workspace to which a service belongs. The default value is **0**, indicating the default workspace. Default: `0`."]
    workspace_id : String, #[doc =
    " List of model description documents. A maximum of three documents are supported. For details, see Table 7."]
    model_docs : Vec < types::ModelDoc >, #[doc =
    " Deployment type. Only lowercase letters are supported. The value can be **real-time**, or **batch**. Default value: \\[**real-time**, **batch**\\]"]
    install_type : Vec < types::ImportModelRequestInstallTypeItem >, #[doc =
    " Template configuration items. This parameter is mandatory when **model\\_type** is set to **Template**. For details, see Table 8."]
    template : types::ModelTemplate }
);
impl ImportingAModel {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ImportModelResponse> {
        let body = types::ImportModelRequest {
            model_name: need!(self, model_name)?,
            model_version: need!(self, model_version)?,
            source_location: need!(self, source_location)?,
            source_job_id: self.source_job_id,
            source_job_version: self.source_job_version,
            source_type: self.source_type,
            model_type: need!(self, model_type)?,
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
        let request = request!(self, Post, "/v1/{project_id}/models")
            .path_param("project_id", need!(self, project_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingTheDetailsAboutAModel("querying_the_details_about_a_model") { #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc = " Model ID. Path parameter `model_id`."] model_id :
    String }
);
impl QueryingTheDetailsAboutAModel {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ShowModelResponse> {
        let request = request!(self, Get, "/v1/{project_id}/models/{model_id}")
            .path_param("project_id", need!(self, project_id)?)
            .path_param("model_id", need!(self, model_id)?);
        self.call.json(request).await
    }
}
crate::support::builder!(
    DeletingAModel("deleting_a_model") { #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc =
    " ID of the model to be deleted. Path parameter `model_id`."] model_id : String,
    #[doc =
    " The default value is **false**, indicating that only the model with the specified model ID is deleted. The value **true** indicates that not only the model with the specified model ID but also all models with the same name but different versions as the specified model will be deleted. A maximum of 20 models can be deleted at a time."]
    #[doc = ""] #[doc = " Query parameter `cascade`. Default: `false`."] cascade : bool }
);
impl DeletingAModel {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::DeleteModelResponse> {
        let request = request!(self, Delete, "/v1/{project_id}/models/{model_id}")
            .path_param("project_id", need!(self, project_id)?)
            .path_param("model_id", need!(self, model_id)?)
            .query_opt("cascade", self.cascade);
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingAServiceList("querying_a_service_list") { #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc = " Service ID. Query parameter `service_id`."] service_id
    : String, #[doc = " Service name. Query parameter `service_name`."] service_name :
    String, #[doc = " Model ID. Query parameter `model_id`."] model_id : String, #[doc =
    " Dedicated resource pool ID, which is left blank by default. Query parameter `cluster_id`."]
    cluster_id : String, #[doc =
    " Workspace ID. Default value: **0**. Query parameter `workspace_id`. Default: `0`."]
    workspace_id : String, #[doc =
    " Inference mode. The value can be **real-time** or **batch**. By default, this parameter is left blank. Query parameter `infer_type`."]
    infer_type : types::ImportModelRequestInstallTypeItem, #[doc =
    " Service status. By default, the service status is not filtered. You can query information by service status. The possible values are **running**, **deploying**, **concerning**, **failed**, **stopped**, and **finished**."]
    #[doc = ""] #[doc = " Query parameter `status`."] status : types::ServiceStatus,
    #[doc =
    " Start page of the paging list. Default value: **0**. Query parameter `offset`. Default: `0`."]
    offset : i64, #[doc =
    " Maximum number of records returned on each page. The default value is **1000**. The recommended value ranges from 10 to 50."]
    #[doc = ""] #[doc = " Query parameter `limit`. Default: `1000`."] limit : i64, #[doc
    =
    " Sorting mode. The value can be **publish\\_at** or **service\\_name**. Default value: **publish\\_at**. Query parameter `sort_by`. Default: `publish_at`."]
    sort_by : types::SortBy14, #[doc =
    " Sorting order. The value can be **asc** or **desc**, indicating ascending or descending order. Default value: **desc**. Query parameter `order`. Default: `desc`."]
    order : String }
);
impl QueryingAServiceList {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ListServicesResponse> {
        let request = request!(self, Get, "/v1/{project_id}/services")
            .path_param("project_id", need!(self, project_id)?)
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
        self.call.json(request).await
    }
}
crate::support::builder!(
    DeployingAModelAsAService("deploying_a_model_as_a_service") { #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc =
    " Service name. Enter 1 to 64 characters. Only letters, digits, hyphens (-), and underscores (\\_) are allowed. Length 1 to 64."]
    service_name : String, #[doc =
    " Service description, which contains a maximum of 100 characters. By default, this parameter is left blank. Length at most 100."]
    description : String, #[doc =
    " Inference mode. The value can be **real-time** or **batch**."] #[doc = ""] #[doc =
    " - **real-time**: real-time service, which can be stopped as scheduled."] #[doc =
    " - **batch**: batch service, which can be configured as tasks to run in batches. When the tasks are completed, the service stops automatically."]
    infer_type : types::ImportModelRequestInstallTypeItem, #[doc =
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
    schedule : Vec < types::ModelSchedule > }
);
impl DeployingAModelAsAService {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::DeployModelResponse> {
        let body = types::DeployModelRequest {
            service_name: need!(self, service_name)?,
            description: self.description,
            infer_type: need!(self, infer_type)?,
            workspace_id: self.workspace_id,
            vpc_id: self.vpc_id,
            subnet_network_id: self.subnet_network_id,
            security_group_id: self.security_group_id,
            cluster_id: self.cluster_id,
            config: need!(self, config)?,
            schedule: self.schedule,
        };
        let request = request!(self, Post, "/v1/{project_id}/services")
            .path_param("project_id", need!(self, project_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingTheDetailsAboutAService("querying_the_details_about_a_service") { #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc = " Service ID. Path parameter `service_id`."] service_id
    : String }
);
impl QueryingTheDetailsAboutAService {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ShowServiceResponse> {
        let request = request!(self, Get, "/v1/{project_id}/services/{service_id}")
            .path_param("project_id", need!(self, project_id)?)
            .path_param("service_id", need!(self, service_id)?);
        self.call.json(request).await
    }
}
crate::support::builder!(
    UpdatingServiceConfigurations("updating_service_configurations") { #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc = " Service ID. Path parameter `service_id`."] service_id
    : String, #[doc =
    " Service description, which contains a maximum of 100 characters. If this parameter is not set, the service description is not updated. Length at most 100."]
    description : String, #[doc =
    " Service status. The value can be **running** or **stopped**. If this parameter is not set, the service status is not changed. **status** and **config** cannot be modified at the same time. If both parameters exist, modify only the **status** parameter."]
    status : types::UpdateServiceConfigurationsRequestStatus, #[doc =
    " Service configuration. If this parameter is not set, the service is not updated. The model service is modified and the **update\\_time** parameter is returned only for requests with **config** updated."]
    #[doc = ""] #[doc = " - If **infer\\_type** is set to **real-time**, see Table 3."]
    #[doc = " - If **infer\\_type** is set to **batch**, see Table 4."] config : Vec <
    serde_json::Value >, #[doc =
    " Service scheduling configuration, which can be configured only for real-time services. By default, this parameter is not used. Services run for a long time. For details, see Table 5."]
    schedule : Vec < types::ServiceConfigurationSchedule >, #[doc =
    " Additional service attribute, which facilitates service management. Wire name: `additional_properties`."]
    additional_properties_2 : std::collections::BTreeMap < String, serde_json::Value > }
);
impl UpdatingServiceConfigurations {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<()> {
        let body = types::UpdateServiceConfigurationsRequest {
            description: self.description,
            status: self.status,
            config: self.config,
            schedule: self.schedule,
            additional_properties_2: self.additional_properties_2,
        };
        let request = request!(self, Put, "/v1/{project_id}/services/{service_id}")
            .path_param("project_id", need!(self, project_id)?)
            .path_param("service_id", need!(self, service_id)?)
            .json_body(&body)?;
        self.call.empty(request).await
    }
}
crate::support::builder!(
    DeletingAService("deleting_a_service") { #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc =
    " Service ID. If you want to delete multiple services in batches, use commas (,) to separate multiple **service\\_id** values. Path parameter `service_id`."]
    service_id : String }
);
impl DeletingAService {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<()> {
        let request = request!(self, Delete, "/v1/{project_id}/services/{service_id}")
            .path_param("project_id", need!(self, project_id)?)
            .path_param("service_id", need!(self, service_id)?);
        self.call.empty(request).await
    }
}
crate::support::builder!(
    QueryingServiceMonitoringInformation("querying_service_monitoring_information") {
    #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc = " Service ID. Path parameter `service_id`."] service_id
    : String, #[doc =
    " ID of the node to be queried. By default, all nodes are queried. Query parameter `node_id`."]
    node_id : String }
);
impl QueryingServiceMonitoringInformation {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ShowServiceMonitoringInformationResponse> {
        let request = request!(
            self, Get, "/v1/{project_id}/services/{service_id}/monitor"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param("service_id", need!(self, service_id)?)
            .query_opt("node_id", self.node_id);
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingServiceUpdateLogs("querying_service_update_logs") { #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc = " Service ID. Path parameter `service_id`."] service_id
    : String, #[doc =
    " Update time for filtering. This parameter can be used to obtain the update logs of a real-time service. By default, the filtering by update time is disabled."]
    #[doc = ""] #[doc = " Query parameter `update_time`."] update_time : f64 }
);
impl QueryingServiceUpdateLogs {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ListServiceUpdateLogsResponse> {
        let request = request!(self, Get, "/v1/{project_id}/services/{service_id}/logs")
            .path_param("project_id", need!(self, project_id)?)
            .path_param("service_id", need!(self, service_id)?)
            .query_opt("update_time", self.update_time);
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingTheAuthenticationInformationOfADevelopmentEnvironmentInstance("querying_the_authentication_information_of_a_development_environment_instance")
    { #[doc = " Project ID. Path parameter `project_id`."] project_id : String, #[doc =
    " Instance ID It is the ID of the development environment instance you create. The instance ID is contained in the response code after the instance has been created. For details, see Creating a Development Environment Instance. If the development environment instance is created on the ModelArts management console, you can view the ID of the instance on the ModelArts management console."]
    #[doc = ""] #[doc = " Path parameter `instance_id`."] instance_id : String }
);
impl QueryingTheAuthenticationInformationOfADevelopmentEnvironmentInstance {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(
        self,
    ) -> Result<types::ShowInstanceAuthenticationInformationResponse> {
        let request = request!(
            self, Get, "/v1/{project_id}/demanager/instances/{instance_id}/token"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param("instance_id", need!(self, instance_id)?);
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingAListOfDevelopmentEnvironmentInstances("querying_a_list_of_development_environment_instances")
    { #[doc =
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
impl QueryingAListOfDevelopmentEnvironmentInstances {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(
        self,
    ) -> Result<types::ListDevelopmentEnvironmentInstancesResponse> {
        let request = request!(self, Get, "/v1/{project_id}/demanager/instances")
            .path_param("project_id", need!(self, project_id)?)
            .query("de_type", need!(self, de_type)?)
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
        self.call.json(request).await
    }
}
crate::support::builder!(
    CreatingADevelopmentEnvironmentInstance("creating_a_development_environment_instance")
    { #[doc =
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
    spec : types::DevelopmentEnvironmentInstanceNotebook, #[doc =
    " Workspace. The default workspace ID is **0**. For details, see Table 7."] workspace
    : types::DevelopmentEnvironmentInstanceWorkspace, #[doc =
    " Resource pool. For details, see Table 8."] pool : types::PoolSpec, #[doc =
    " AI project. For details, see Table 10."] ai_project : types::AIProject }
);
impl CreatingADevelopmentEnvironmentInstance {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(
        self,
    ) -> Result<types::CreateDevelopmentEnvironmentInstanceResponse> {
        let body = types::CreateDevelopmentEnvironmentInstanceRequest {
            name: need!(self, name)?,
            profile_id: need!(self, profile_id)?,
            description: self.description,
            flavor: need!(self, flavor)?,
            spec: need!(self, spec)?,
            workspace: self.workspace,
            pool: self.pool,
            ai_project: self.ai_project,
        };
        let request = request!(self, Post, "/v1/{project_id}/demanager/instances")
            .path_param("project_id", need!(self, project_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingDetailsAboutADevelopmentEnvironmentInstance("querying_details_about_a_development_environment_instance")
    { #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc = " Instance ID. Path parameter `instance_id`."]
    instance_id : String }
);
impl QueryingDetailsAboutADevelopmentEnvironmentInstance {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(
        self,
    ) -> Result<types::ShowDevelopmentEnvironmentInstanceResponse> {
        let request = request!(
            self, Get, "/v1/{project_id}/demanager/instances/{instance_id}"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param("instance_id", need!(self, instance_id)?);
        self.call.json(request).await
    }
}
crate::support::builder!(
    ModifyingTheDescriptionOfADevelopmentEnvironmentInstance("modifying_the_description_of_a_development_environment_instance")
    { #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc = " Instance ID. Path parameter `instance_id`."]
    instance_id : String, #[doc =
    " Configuration description. The value contains a maximum of 512 characters and cannot contain the following special characters: \\&\\<\\>\"'/. Length at most 512."]
    description : String, #[doc = " Instance definition. For details, see Table 3."] spec
    : types::EnvironmentInstanceDescriptionSpec }
);
impl ModifyingTheDescriptionOfADevelopmentEnvironmentInstance {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(
        self,
    ) -> Result<types::UpdateEnvironmentInstanceDescriptionResponse> {
        let body = types::UpdateEnvironmentInstanceDescriptionRequest {
            description: self.description,
            spec: self.spec,
        };
        let request = request!(
            self, Put, "/v1/{project_id}/demanager/instances/{instance_id}"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param("instance_id", need!(self, instance_id)?)
            .json_body(&body)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    DeletingADevelopmentEnvironmentInstance("deleting_a_development_environment_instance")
    { #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc = " Instance ID. Path parameter `instance_id`."]
    instance_id : String }
);
impl DeletingADevelopmentEnvironmentInstance {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(
        self,
    ) -> Result<types::DeleteDevelopmentEnvironmentInstanceResponse> {
        let request = request!(
            self, Delete, "/v1/{project_id}/demanager/instances/{instance_id}"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param("instance_id", need!(self, instance_id)?);
        self.call.json(request).await
    }
}
crate::support::builder!(
    ManagingADevelopmentEnvironmentInstance("managing_a_development_environment_instance")
    { #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc = " Instance ID. Path parameter `instance_id`."]
    instance_id : String, #[doc = " The request body."] body : serde_json::Value }
);
impl ManagingADevelopmentEnvironmentInstance {
    /// Sends the request: the 2XX response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<serde_json::Value> {
        let request = request!(
            self, Post, "/v1/{project_id}/demanager/instances/{instance_id}/action"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param("instance_id", need!(self, instance_id)?)
            .json_body(&need!(self, body)?)?;
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingTrainingJobLogs("querying_training_job_logs") { #[doc =
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
impl QueryingTrainingJobLogs {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ListTrainingJobLogsResponse> {
        let request = request!(
            self, Get,
            "/v1/{project_id}/training-jobs/{job_id}/versions/{version_id}/aom-log"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param("job_id", need!(self, job_id)?)
            .path_param("version_id", need!(self, version_id)?)
            .query_opt("base_line", self.base_line)
            .query_opt("lines", self.lines)
            .query("log_file", need!(self, log_file)?)
            .query_opt("order", self.order);
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingMonitoringInformationAboutASingleContainerOfAJob("querying_monitoring_information_about_a_single_container_of_a_job")
    { #[doc = " Project ID. Path parameter `project_id`."] project_id : String, #[doc =
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
impl QueryingMonitoringInformationAboutASingleContainerOfAJob {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ShowJobContainerInformationResponse> {
        let request = request!(
            self, Get,
            "/v1/{project_id}/training-jobs/{job_id}/versions/{version_id}/pod/{pod_name}/metric-statistic"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param("job_id", need!(self, job_id)?)
            .path_param("version_id", need!(self, version_id)?)
            .path_param("pod_name", need!(self, pod_name)?)
            .query_opt("metrics", self.metrics)
            .query_opt("statistic_type", self.statistic_type);
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingMonitoringInformationAboutResourcePoolNodes("querying_monitoring_information_about_resource_pool_nodes")
    { #[doc = " Project ID. Path parameter `project_id`."] project_id : String, #[doc =
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
impl QueryingMonitoringInformationAboutResourcePoolNodes {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(
        self,
    ) -> Result<types::ShowPoolNodesMonitoringInformationResponse> {
        let request = request!(
            self, Get,
            "/v1/{project_id}/pools/{pool_id}/nodes/{node_ip}/metric-statistic"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param("pool_id", need!(self, pool_id)?)
            .path_param("node_ip", need!(self, node_ip)?)
            .query_opt("metrics", self.metrics)
            .query_opt("statistic_type", self.statistic_type);
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingServiceEventLogs("querying_service_event_logs") { #[doc =
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
impl QueryingServiceEventLogs {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ListServiceEventLogsResponse> {
        let request = request!(
            self, Get, "/v1/{project_id}/services/{service_id}/events"
        )
            .path_param("project_id", need!(self, project_id)?)
            .path_param("service_id", need!(self, service_id)?)
            .query_opt("event_type", self.event_type)
            .query_opt("start_time", self.start_time)
            .query_opt("end_time", self.end_time)
            .query_opt("offset", self.offset)
            .query_opt("limit", self.limit)
            .query_opt("sort_by", self.sort_by)
            .query_opt("order", self.order);
        self.call.json(request).await
    }
}
crate::support::builder!(
    QueryingDedicatedResourcePools("querying_dedicated_resource_pools") { #[doc =
    " Project ID. For details about how to obtain the project ID, see Obtaining a Project ID. Path parameter `project_id`."]
    project_id : String, #[doc =
    " Cluster name. By default, the cluster name is not filtered. Query parameter `cluster_name`."]
    cluster_name : String, #[doc =
    " Cluster status. By default, the status is not filtered. Query parameter `status`."]
    status : String, #[doc =
    " Start page of the paging list. Default value: **0**. Query parameter `offset`. Default: `0`."]
    offset : i64, #[doc =
    " Maximum number of records returned on each page. The default value is **1000**. The recommended value ranges from 10 to 50."]
    #[doc = ""] #[doc = " Query parameter `limit`. Default: `1000`."] limit : i64, #[doc
    = " Sorting field. The options are as follows:"] #[doc = ""] #[doc =
    " - **created\\_at**: default value"] #[doc = " - **cluster\\_name**"] #[doc = ""]
    #[doc = " Query parameter `sort_by`. Default: `created_at`."] sort_by :
    types::SortBy15, #[doc = " Sorting mode. The options are as follows:"] #[doc = ""]
    #[doc = " - **asc**: ascending order"] #[doc =
    " - **desc**: descending order. The default value is **desc**."] #[doc = ""] #[doc =
    " Query parameter `order`. Default: `desc`."] order : types::Order }
);
impl QueryingDedicatedResourcePools {
    /// Sends the request: the 200 response, `Error::InvalidRequest` when a required parameter is not set, or the service's error.
    pub async fn send(self) -> Result<types::ListDedicatedResourcePoolsResponse> {
        let request = request!(self, Get, "/v1/{project_id}/clusters")
            .path_param("project_id", need!(self, project_id)?)
            .query_opt("cluster_name", self.cluster_name)
            .query_opt("status", self.status)
            .query_opt("offset", self.offset)
            .query_opt("limit", self.limit)
            .query_opt("sort_by", self.sort_by)
            .query_opt("order", self.order);
        self.call.json(request).await
    }
}
