use crate::operations;
/// A client for ModelArts: one method per operation (see the crate docs).
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
                "https://modelarts.{region}.otc.t-systems.com",
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
    /// Submitting Sample Review Comments of an Acceptance Task: `POST /v2/{project_id}/datasets/{dataset_id}/workforce-tasks/{workforce_task_id}/acceptance/batch-comment`, API version v2.
    ///
    /// This API is used to submit sample review comments of an acceptance task.
    pub fn submitting_sample_review_comments_of_an_acceptance_task(
        &self,
    ) -> operations::SubmittingSampleReviewCommentsOfAnAcceptanceTask {
        operations::SubmittingSampleReviewCommentsOfAnAcceptanceTask::new(
            &self.inner,
            None,
        )
    }
    /// Obtaining Information About Intelligent Tasks: `GET /v2/{project_id}/datasets/{dataset_id}/tasks/{task_id}`, API version v2.
    ///
    /// This API is used to obtain information about intelligent tasks, including auto labeling, one-click model deployment, and auto grouping tasks. You can specify the **task\_id** parameter to query the details about a specific task.
    pub fn obtaining_information_about_intelligent_tasks(
        &self,
    ) -> operations::ObtainingInformationAboutIntelligentTasks {
        operations::ObtainingInformationAboutIntelligentTasks::new(&self.inner, None)
    }
    /// Viewing an Authorization List: `GET /v2/{project_id}/authorizations`, API version v2.
    ///
    /// This API is used to view an authorization list.
    pub fn viewing_an_authorization_list(
        &self,
    ) -> operations::ViewingAnAuthorizationList {
        operations::ViewingAnAuthorizationList::new(&self.inner, None)
    }
    /// Configuring Authorization: `POST /v2/{project_id}/authorizations`, API version v2.
    ///
    /// This API is used to configure ModelArts authorization. ModelArts functions such as training management, development environment, data management, and real-time services can be properly used only after required permissions are assigned. The administrator can use this API to set an agency for IAM users and set the access key of the current user.
    pub fn configuring_authorization(&self) -> operations::ConfiguringAuthorization {
        operations::ConfiguringAuthorization::new(&self.inner, None)
    }
    /// Deleting Authorization: `DELETE /v2/{project_id}/authorizations`, API version v2.
    ///
    /// This API is used to delete the authorization of a specified user or all users.
    pub fn deleting_authorization(&self) -> operations::DeletingAuthorization {
        operations::DeletingAuthorization::new(&self.inner, None)
    }
    /// Response body for querying the dataset list.: `GET /v2/{project_id}/datasets`, API version v2.
    ///
    /// This API is used to query the created datasets that meet the search criteria by page.
    pub fn response_body_for_querying_the_dataset_list(
        &self,
    ) -> operations::ResponseBodyForQueryingTheDatasetList {
        operations::ResponseBodyForQueryingTheDatasetList::new(&self.inner, None)
    }
    /// Creating a Dataset: `POST /v2/{project_id}/datasets`, API version v2.
    ///
    /// This API is used to create a dataset.
    pub fn creating_a_dataset(&self) -> operations::CreatingADataset {
        operations::CreatingADataset::new(&self.inner, None)
    }
    /// Querying the Dataset Version List: `GET /v2/{project_id}/datasets/{dataset_id}/versions`, API version v2.
    ///
    /// This API is used to query the version list of a specific dataset.
    pub fn querying_the_dataset_version_list(
        &self,
    ) -> operations::QueryingTheDatasetVersionList {
        operations::QueryingTheDatasetVersionList::new(&self.inner, None)
    }
    /// Creating a Dataset Labeling Version: `POST /v2/{project_id}/datasets/{dataset_id}/versions`, API version v2.
    ///
    /// This API is used to create a dataset labeling version.
    pub fn creating_a_dataset_labeling_version(
        &self,
    ) -> operations::CreatingADatasetLabelingVersion {
        operations::CreatingADatasetLabelingVersion::new(&self.inner, None)
    }
    /// Querying the Dataset Label List: `GET /v2/{project_id}/datasets/{dataset_id}/data-annotations/labels`, API version v2.
    ///
    /// This API is used to query all labels of a dataset.
    pub fn querying_the_dataset_label_list(
        &self,
    ) -> operations::QueryingTheDatasetLabelList {
        operations::QueryingTheDatasetLabelList::new(&self.inner, None)
    }
    /// Modifying Labels in Batches: `PUT /v2/{project_id}/datasets/{dataset_id}/data-annotations/labels`, API version v2.
    ///
    /// This API is used to modify labels in batches.
    pub fn modifying_labels_in_batches(&self) -> operations::ModifyingLabelsInBatches {
        operations::ModifyingLabelsInBatches::new(&self.inner, None)
    }
    /// Creating a Dataset Label: `POST /v2/{project_id}/datasets/{dataset_id}/data-annotations/labels`, API version v2.
    ///
    /// This API is used to create a dataset label.
    pub fn creating_a_dataset_label(&self) -> operations::CreatingADatasetLabel {
        operations::CreatingADatasetLabel::new(&self.inner, None)
    }
    /// Creating a ModelArts Agency: `POST /v2/{project_id}/agency`, API version v2.
    ///
    /// This API is used to create an agency so that ModelArts can access dependent services such as OBS, SWR, and IEF.
    pub fn creating_a_model_arts_agency(&self) -> operations::CreatingAModelArtsAgency {
        operations::CreatingAModelArtsAgency::new(&self.inner, None)
    }
    /// Querying the List of a Processing Task: `GET /v2/{project_id}/processor-tasks`, API version v2.
    ///
    /// This API is used to query the list of a processing task. You can query the feature analysis tasks and data processing tasks. You can specify the **task\_type** parameter to query the list of a specific type of tasks.
    ///
    /// Feature analysis refers to the process of analyzing the features of an image based on the image or target box, such as the blurring degree and brightness, and drawing a visualized curve to help process the dataset.
    ///
    /// Data processing refers to extracting or generating data that is valuable and meaningful to a particular person from a large amount of, cluttered, and incomprehensible data. Data processing includes data validation, data cleansing, data selection, and data augmentation.
    ///
    /// Data validation indicates that the dataset is verified to ensure data accuracy.
    ///
    /// Data cleansing refers to the process of denoising, correcting, or supplementing data.
    ///
    /// Data selection indicates the process of selecting data subsets from full data.
    ///
    /// Data augmentation indicates that data volume is increased through simple data amplification operations such as scaling, cropping, transformation, and composition.
    pub fn querying_the_list_of_a_processing_task(
        &self,
    ) -> operations::QueryingTheListOfAProcessingTask {
        operations::QueryingTheListOfAProcessingTask::new(&self.inner, None)
    }
    /// Creating a Processing Task: `POST /v2/{project_id}/processor-tasks`, API version v2.
    ///
    /// This API is used to create a processing task. You can create feature analysis tasks and data processing tasks. You can specify the **id** field of **template** composite parameter in the request body to create a task.
    ///
    /// Feature analysis refers to the process of analyzing the features of an image based on the image or target box, such as the blurring degree and brightness, and drawing a visualized curve to help process the dataset.
    ///
    /// Data processing refers to extracting or generating data that is valuable and meaningful to a particular person from a large amount of, cluttered, and incomprehensible data. Data processing includes data validation, data cleansing, data selection, and data augmentation.
    ///
    /// Data validation indicates that the dataset is verified to ensure data accuracy.
    ///
    /// Data cleansing refers to the process of denoising, correcting, or supplementing data.
    ///
    /// Data selection indicates the process of selecting data subsets from full data.
    ///
    /// Data augmentation indicates that data volume is increased through simple data amplification operations such as scaling, cropping, transformation, and composition.
    pub fn creating_a_processing_task(&self) -> operations::CreatingAProcessingTask {
        operations::CreatingAProcessingTask::new(&self.inner, None)
    }
    /// Querying the Version List of a Data Processing Task: `GET /v2/{project_id}/processor-tasks/{task_id}/versions`, API version v2.
    ///
    /// This API is used to query the version list of a data processing task.
    pub fn querying_the_version_list_of_a_data_processing_task(
        &self,
    ) -> operations::QueryingTheVersionListOfADataProcessingTask {
        operations::QueryingTheVersionListOfADataProcessingTask::new(&self.inner, None)
    }
    /// Creating a Data Processing Task Version: `POST /v2/{project_id}/processor-tasks/{task_id}/versions`, API version v2.
    ///
    /// This API is used to create a data processing task version.
    pub fn creating_a_data_processing_task_version(
        &self,
    ) -> operations::CreatingADataProcessingTaskVersion {
        operations::CreatingADataProcessingTaskVersion::new(&self.inner, None)
    }
    /// Querying the Intelligent Task List by Page: `GET /v2/{project_id}/datasets/{dataset_id}/tasks`, API version v2.
    ///
    /// This API is used to query the intelligent task list by page, including auto labeling, one-click model deployment, and auto grouping tasks. You can specify the **type** parameter to query the list of a specific type of tasks.
    ///
    /// Auto labeling: Learning and training are performed based on the selected labels and images and an existing model is selected to quickly label the remaining images. Auto labeling includes active learning and pre-labeling.
    ///
    /// Active learning: The system uses semi-supervised learning and hard example filtering to perform auto labeling, reducing manual labeling workload and helping you find hard examples.
    ///
    /// Pre-labeling: You select a model on the Model Management page for auto labeling.
    ///
    /// One-click model deployment: You can use the one-click model deployment function to create training jobs for the labeled dataset, import a model, and deploy the model as a real-time service all in one step.
    ///
    /// Auto grouping: Unlabeled images are clustered using the clustering algorithm and then processed based on the clustering result. Images can be labeled by group or cleaned.
    pub fn querying_the_intelligent_task_list_by_page(
        &self,
    ) -> operations::QueryingTheIntelligentTaskListByPage {
        operations::QueryingTheIntelligentTaskListByPage::new(&self.inner, None)
    }
    /// Starting Intelligent Tasks: `POST /v2/{project_id}/datasets/{dataset_id}/tasks`, API version v2.
    ///
    /// **This API is used to start an intelligent task, which can be an auto labeling task or an auto grouping task. You can specify task\_type in the request body to start a type of tasks. The datasets whose data path or work path is an OBS path in a KMS-encrypted bucket support pre-labeling but do not support active learning and auto grouping.**
    ///
    /// **Auto labeling**: Learning and training are performed based on selected labels and images and an existing model is selected to quickly label the remaining images. Auto labeling includes active learning and pre-labeling. **Active learning**: The system uses semi-supervised learning and hard example filtering to perform auto labeling, reducing manual labeling workload and helping you find hard examples. **Pre-labeling**: Select a model displayed on the **Model Management** page for auto labeling.
    ///
    /// **Auto grouping**: Unlabeled images are clustered using a clustering algorithm and then processed based on the clustering result. Images can be labeled or cleaned by group.
    pub fn starting_intelligent_tasks(&self) -> operations::StartingIntelligentTasks {
        operations::StartingIntelligentTasks::new(&self.inner, None)
    }
    /// Querying the List of Labeling Team Members: `GET /v2/{project_id}/workforces/{workforce_id}/workers`, API version v2.
    ///
    /// This API is used to query the list of labeling team members.
    pub fn querying_the_list_of_labeling_team_members(
        &self,
    ) -> operations::QueryingTheListOfLabelingTeamMembers {
        operations::QueryingTheListOfLabelingTeamMembers::new(&self.inner, None)
    }
    /// Creating a Labeling Team Member: `POST /v2/{project_id}/workforces/{workforce_id}/workers`, API version v2.
    ///
    /// This API is used to create a labeling team member.
    pub fn creating_a_labeling_team_member(
        &self,
    ) -> operations::CreatingALabelingTeamMember {
        operations::CreatingALabelingTeamMember::new(&self.inner, None)
    }
    /// Querying the Labeling Team List: `GET /v2/{project_id}/workforces`, API version v2.
    ///
    /// This API is used to query the labeling team list.
    pub fn querying_the_labeling_team_list(
        &self,
    ) -> operations::QueryingTheLabelingTeamList {
        operations::QueryingTheLabelingTeamList::new(&self.inner, None)
    }
    /// Creating a Labeling Team: `POST /v2/{project_id}/workforces`, API version v2.
    ///
    /// This API is used to create a labeling team.
    pub fn creating_a_labeling_team(&self) -> operations::CreatingALabelingTeam {
        operations::CreatingALabelingTeam::new(&self.inner, None)
    }
    /// Querying the Team Labeling Task List of a Dataset: `GET /v2/{project_id}/datasets/{dataset_id}/workforce-tasks`, API version v2.
    ///
    /// This API is used to query the team labeling task list of a dataset.
    pub fn querying_the_team_labeling_task_list_of_a_dataset(
        &self,
    ) -> operations::QueryingTheTeamLabelingTaskListOfADataset {
        operations::QueryingTheTeamLabelingTaskListOfADataset::new(&self.inner, None)
    }
    /// Creating a Team Labeling Task: `POST /v2/{project_id}/datasets/{dataset_id}/workforce-tasks`, API version v2.
    ///
    /// This API is used to create a team labeling task.
    pub fn creating_a_team_labeling_task(
        &self,
    ) -> operations::CreatingATeamLabelingTask {
        operations::CreatingATeamLabelingTask::new(&self.inner, None)
    }
    /// Querying Details About a Dataset: `GET /v2/{project_id}/datasets/{dataset_id}`, API version v2.
    ///
    /// This API is used to query details about a dataset.
    pub fn querying_details_about_a_dataset(
        &self,
    ) -> operations::QueryingDetailsAboutADataset {
        operations::QueryingDetailsAboutADataset::new(&self.inner, None)
    }
    /// Modifying a Dataset: `PUT /v2/{project_id}/datasets/{dataset_id}`, API version v2.
    ///
    /// This API is used to modify basic information about a dataset, such as the dataset name, description, current version, and labels.
    pub fn modifying_a_dataset(&self) -> operations::ModifyingADataset {
        operations::ModifyingADataset::new(&self.inner, None)
    }
    /// Deleting a Dataset: `DELETE /v2/{project_id}/datasets/{dataset_id}`, API version v2.
    ///
    /// This API is used to delete a dataset without deleting the source data of the dataset.
    pub fn deleting_a_dataset(&self) -> operations::DeletingADataset {
        operations::DeletingADataset::new(&self.inner, None)
    }
    /// Querying Details About a Dataset Version: `GET /v2/{project_id}/datasets/{dataset_id}/versions/{version_id}`, API version v2.
    ///
    /// This API is used to query the details about a dataset version.
    pub fn querying_details_about_a_dataset_version(
        &self,
    ) -> operations::QueryingDetailsAboutADatasetVersion {
        operations::QueryingDetailsAboutADatasetVersion::new(&self.inner, None)
    }
    /// Deleting a Dataset Labeling Version: `DELETE /v2/{project_id}/datasets/{dataset_id}/versions/{version_id}`, API version v2.
    ///
    /// This API is used to delete a dataset labeling version.
    pub fn deleting_a_dataset_labeling_version(
        &self,
    ) -> operations::DeletingADatasetLabelingVersion {
        operations::DeletingADatasetLabelingVersion::new(&self.inner, None)
    }
    /// Updating a Label by Label Names: `PUT /v2/{project_id}/datasets/{dataset_id}/data-annotations/labels/{label_name}`, API version v2.
    ///
    /// This API is used to update a label by label names.
    pub fn updating_a_label_by_label_names(
        &self,
    ) -> operations::UpdatingALabelByLabelNames {
        operations::UpdatingALabelByLabelNames::new(&self.inner, None)
    }
    /// Deleting a Label and the Files that Only Contain the Label: `DELETE /v2/{project_id}/datasets/{dataset_id}/data-annotations/labels/{label_name}`, API version v2.
    ///
    /// This API is used to delete a label and the files that only contain this label.
    pub fn deleting_a_label_and_the_files_that_only_contain_the_label(
        &self,
    ) -> operations::DeletingALabelAndTheFilesThatOnlyContainTheLabel {
        operations::DeletingALabelAndTheFilesThatOnlyContainTheLabel::new(
            &self.inner,
            None,
        )
    }
    /// Deleting Labels in Batches: `POST /v2/{project_id}/datasets/{dataset_id}/data-annotations/labels/delete`, API version v2.
    ///
    /// This API is used to delete labels in batches.
    pub fn deleting_labels_in_batches(&self) -> operations::DeletingLabelsInBatches {
        operations::DeletingLabelsInBatches::new(&self.inner, None)
    }
    /// Querying Details About a Processing Task: `GET /v2/{project_id}/processor-tasks/{task_id}`, API version v2.
    ///
    /// This API is used to query the details about processing tasks. You can query feature analysis tasks and data processing tasks. You can specify the **task\_id** parameter to query the details about a specific task.
    pub fn querying_details_about_a_processing_task(
        &self,
    ) -> operations::QueryingDetailsAboutAProcessingTask {
        operations::QueryingDetailsAboutAProcessingTask::new(&self.inner, None)
    }
    /// Updating a Processing Task: `PUT /v2/{project_id}/processor-tasks/{task_id}`, API version v2.
    ///
    /// This API is used to update a processing task. You can update feature analysis tasks and data processing tasks. Only the description of updated tasks is supported. You can specify the **task\_id** path parameter to update a specific task.
    pub fn updating_a_processing_task(&self) -> operations::UpdatingAProcessingTask {
        operations::UpdatingAProcessingTask::new(&self.inner, None)
    }
    /// Deleting a Processing Task: `DELETE /v2/{project_id}/processor-tasks/{task_id}`, API version v2.
    ///
    /// This API is used to delete a processing task. You can delete feature analysis tasks and data processing tasks. A specific task can be deleted by specifying the **task\_id** path parameter.
    pub fn deleting_a_processing_task(&self) -> operations::DeletingAProcessingTask {
        operations::DeletingAProcessingTask::new(&self.inner, None)
    }
    /// Querying the Details About the Version of a Data Processing Task: `GET /v2/{project_id}/processor-tasks/{task_id}/versions/{version_id}`, API version v2.
    ///
    /// This API is used to query the details about the version of a data processing task.
    pub fn querying_the_details_about_the_version_of_a_data_processing_task(
        &self,
    ) -> operations::QueryingTheDetailsAboutTheVersionOfADataProcessingTask {
        operations::QueryingTheDetailsAboutTheVersionOfADataProcessingTask::new(
            &self.inner,
            None,
        )
    }
    /// Deleting a Data Processing Task Version: `DELETE /v2/{project_id}/processor-tasks/{task_id}/versions/{version_id}`, API version v2.
    ///
    /// This API is used to delete a data processing task version.
    pub fn deleting_a_data_processing_task_version(
        &self,
    ) -> operations::DeletingADataProcessingTaskVersion {
        operations::DeletingADataProcessingTaskVersion::new(&self.inner, None)
    }
    /// Deleting Samples in Batches: `POST /v2/{project_id}/datasets/{dataset_id}/data-annotations/samples/delete`, API version v2.
    ///
    /// This API is used to delete samples in batches.
    pub fn deleting_samples_in_batches(&self) -> operations::DeletingSamplesInBatches {
        operations::DeletingSamplesInBatches::new(&self.inner, None)
    }
    /// Querying Details About Labeling Team Members: `GET /v2/{project_id}/workforces/{workforce_id}/workers/{worker_id}`, API version v2.
    ///
    /// This API is used to query details about labeling team members.
    pub fn querying_details_about_labeling_team_members(
        &self,
    ) -> operations::QueryingDetailsAboutLabelingTeamMembers {
        operations::QueryingDetailsAboutLabelingTeamMembers::new(&self.inner, None)
    }
    /// Updating a Labeling Team Member: `PUT /v2/{project_id}/workforces/{workforce_id}/workers/{worker_id}`, API version v2.
    ///
    /// This API is used to update a labeling team member.
    pub fn updating_a_labeling_team_member(
        &self,
    ) -> operations::UpdatingALabelingTeamMember {
        operations::UpdatingALabelingTeamMember::new(&self.inner, None)
    }
    /// Deleting a Labeling Team Member: `DELETE /v2/{project_id}/workforces/{workforce_id}/workers/{worker_id}`, API version v2.
    ///
    /// This API is used to delete a labeling team member.
    pub fn deleting_a_labeling_team_member(
        &self,
    ) -> operations::DeletingALabelingTeamMember {
        operations::DeletingALabelingTeamMember::new(&self.inner, None)
    }
    /// Deleting Labeling Team Members in Batches: `POST /v2/{project_id}/workforces/{workforce_id}/workers/batch-delete`, API version v2.
    ///
    /// This API is used to delete labeling team members in batches.
    pub fn deleting_labeling_team_members_in_batches(
        &self,
    ) -> operations::DeletingLabelingTeamMembersInBatches {
        operations::DeletingLabelingTeamMembersInBatches::new(&self.inner, None)
    }
    /// Querying Details About a Labeling Team: `GET /v2/{project_id}/workforces/{workforce_id}`, API version v2.
    ///
    /// This API is used to query the details about a labeling team.
    pub fn querying_details_about_a_labeling_team(
        &self,
    ) -> operations::QueryingDetailsAboutALabelingTeam {
        operations::QueryingDetailsAboutALabelingTeam::new(&self.inner, None)
    }
    /// Updating a Labeling Team: `PUT /v2/{project_id}/workforces/{workforce_id}`, API version v2.
    ///
    /// This API is used to update a labeling team.
    pub fn updating_a_labeling_team(&self) -> operations::UpdatingALabelingTeam {
        operations::UpdatingALabelingTeam::new(&self.inner, None)
    }
    /// Deleting a Labeling Team: `DELETE /v2/{project_id}/workforces/{workforce_id}`, API version v2.
    ///
    /// This API is used to delete a labeling team.
    pub fn deleting_a_labeling_team(&self) -> operations::DeletingALabelingTeam {
        operations::DeletingALabelingTeam::new(&self.inner, None)
    }
    /// Querying Details About a Team Labeling Task: `GET /v2/{project_id}/datasets/{dataset_id}/workforce-tasks/{workforce_task_id}`, API version v2.
    ///
    /// This API is used to query the details about a team labeling task.
    pub fn querying_details_about_a_team_labeling_task(
        &self,
    ) -> operations::QueryingDetailsAboutATeamLabelingTask {
        operations::QueryingDetailsAboutATeamLabelingTask::new(&self.inner, None)
    }
    /// Updating a Team Labeling Task: `PUT /v2/{project_id}/datasets/{dataset_id}/workforce-tasks/{workforce_task_id}`, API version v2.
    ///
    /// This API is used to update a team labeling task.
    pub fn updating_a_team_labeling_task(
        &self,
    ) -> operations::UpdatingATeamLabelingTask {
        operations::UpdatingATeamLabelingTask::new(&self.inner, None)
    }
    /// Starting a Team Labeling Task: `POST /v2/{project_id}/datasets/{dataset_id}/workforce-tasks/{workforce_task_id}`, API version v2.
    ///
    /// This API is used to start a team labeling task.
    pub fn starting_a_team_labeling_task(
        &self,
    ) -> operations::StartingATeamLabelingTask {
        operations::StartingATeamLabelingTask::new(&self.inner, None)
    }
    /// Deleting a Team Labeling Task: `DELETE /v2/{project_id}/datasets/{dataset_id}/workforce-tasks/{workforce_task_id}`, API version v2.
    ///
    /// This API is used to delete a team labeling task.
    pub fn deleting_a_team_labeling_task(
        &self,
    ) -> operations::DeletingATeamLabelingTask {
        operations::DeletingATeamLabelingTask::new(&self.inner, None)
    }
    /// Querying Details About a Dataset Import Task: `GET /v2/{project_id}/datasets/{dataset_id}/import-tasks/{task_id}`, API version v2.
    ///
    /// This API is used to query details about a dataset import task.
    pub fn querying_details_about_a_dataset_import_task(
        &self,
    ) -> operations::QueryingDetailsAboutADatasetImportTask {
        operations::QueryingDetailsAboutADatasetImportTask::new(&self.inner, None)
    }
    /// Querying Details About an Auto Labeling Sample: `GET /v2/{project_id}/datasets/{dataset_id}/auto-annotations/samples/{sample_id}`, API version v2.
    ///
    /// This API is used to query details about an auto labeling sample.
    pub fn querying_details_about_an_auto_labeling_sample(
        &self,
    ) -> operations::QueryingDetailsAboutAnAutoLabelingSample {
        operations::QueryingDetailsAboutAnAutoLabelingSample::new(&self.inner, None)
    }
    /// Querying Details About a Sample: `GET /v2/{project_id}/datasets/{dataset_id}/data-annotations/samples/{sample_id}`, API version v2.
    ///
    /// Query details about a sample.
    pub fn querying_details_about_a_sample(
        &self,
    ) -> operations::QueryingDetailsAboutASample {
        operations::QueryingDetailsAboutASample::new(&self.inner, None)
    }
    /// Querying Details About Team Labeling Samples: `GET /v2/{project_id}/datasets/{dataset_id}/workforce-tasks/{workforce_task_id}/data-annotations/samples/{sample_id}`, API version v2.
    ///
    /// This API is used to query details about team labeling samples.
    pub fn querying_details_about_team_labeling_samples(
        &self,
    ) -> operations::QueryingDetailsAboutTeamLabelingSamples {
        operations::QueryingDetailsAboutTeamLabelingSamples::new(&self.inner, None)
    }
    /// Querying the Dataset Export Task List: `GET /v2/{project_id}/datasets/{dataset_id}/export-tasks`, API version v2.
    ///
    /// This API is used to query the dataset export task list by page.
    pub fn querying_the_dataset_export_task_list(
        &self,
    ) -> operations::QueryingTheDatasetExportTaskList {
        operations::QueryingTheDatasetExportTaskList::new(&self.inner, None)
    }
    /// Creating a Dataset Export Task: `POST /v2/{project_id}/datasets/{dataset_id}/export-tasks`, API version v2.
    ///
    /// This API is used to create a dataset export task to export a dataset to OBS or new datasets.
    pub fn creating_a_dataset_export_task(
        &self,
    ) -> operations::CreatingADatasetExportTask {
        operations::CreatingADatasetExportTask::new(&self.inner, None)
    }
    /// Querying the Monitoring Data of a Dataset: `GET /v2/{project_id}/datasets/{dataset_id}/metrics`, API version v2.
    ///
    /// This API is used to query the monitoring data of a dataset within a specified time range.
    pub fn querying_the_monitoring_data_of_a_dataset(
        &self,
    ) -> operations::QueryingTheMonitoringDataOfADataset {
        operations::QueryingTheMonitoringDataOfADataset::new(&self.inner, None)
    }
    /// Querying the Status of a Dataset Export Task: `GET /v2/{project_id}/datasets/{resource_id}/export-tasks/{task_id}`, API version v2.
    ///
    /// This API is used to query the status of a dataset export task.
    pub fn querying_the_status_of_a_dataset_export_task(
        &self,
    ) -> operations::QueryingTheStatusOfADatasetExportTask {
        operations::QueryingTheStatusOfADatasetExportTask::new(&self.inner, None)
    }
    /// Querying the Algorithm Type for Data Processing: `GET /v2/{project_id}/processor-tasks/items`, API version v2.
    ///
    /// This API is used to query the algorithm type for data processing.
    pub fn querying_the_algorithm_type_for_data_processing(
        &self,
    ) -> operations::QueryingTheAlgorithmTypeForDataProcessing {
        operations::QueryingTheAlgorithmTypeForDataProcessing::new(&self.inner, None)
    }
    /// Querying the Report of a Team Labeling Acceptance Task: `GET /v2/{project_id}/datasets/{dataset_id}/workforce-tasks/{workforce_task_id}/acceptance/report`, API version v2.
    ///
    /// This API is used to query the report of a team labeling acceptance task.
    pub fn querying_the_report_of_a_team_labeling_acceptance_task(
        &self,
    ) -> operations::QueryingTheReportOfATeamLabelingAcceptanceTask {
        operations::QueryingTheReportOfATeamLabelingAcceptanceTask::new(
            &self.inner,
            None,
        )
    }
    /// Querying Details About the Progress of a Team Labeling Task Member: `GET /v2/{project_id}/datasets/{dataset_id}/workforce-tasks/{workforce_task_id}/metrics`, API version v2.
    ///
    /// This API is used to query details about the progress of a team labeling task member.
    pub fn querying_details_about_the_progress_of_a_team_labeling_task_member(
        &self,
    ) -> operations::QueryingDetailsAboutTheProgressOfATeamLabelingTaskMember {
        operations::QueryingDetailsAboutTheProgressOfATeamLabelingTaskMember::new(
            &self.inner,
            None,
        )
    }
    /// Querying the Dataset Import Task List: `GET /v2/{project_id}/datasets/{dataset_id}/import-tasks`, API version v2.
    ///
    /// This API is used to query the dataset import task list by page.
    pub fn querying_the_dataset_import_task_list(
        &self,
    ) -> operations::QueryingTheDatasetImportTaskList {
        operations::QueryingTheDatasetImportTaskList::new(&self.inner, None)
    }
    /// Creating an Import Task: `POST /v2/{project_id}/datasets/{dataset_id}/import-tasks`, API version v2.
    ///
    /// This API is used to create a dataset import task to import samples and labels from the storage system to the dataset.
    pub fn creating_an_import_task(&self) -> operations::CreatingAnImportTask {
        operations::CreatingAnImportTask::new(&self.inner, None)
    }
    /// Querying the List of All Labeling Team Members: `GET /v2/{project_id}/workforces/workers`, API version v2.
    ///
    /// This API is used to query the list of all labeling team members.
    pub fn querying_the_list_of_all_labeling_team_members(
        &self,
    ) -> operations::QueryingTheListOfAllLabelingTeamMembers {
        operations::QueryingTheListOfAllLabelingTeamMembers::new(&self.inner, None)
    }
    /// Querying Auto Labeling Sample List: `GET /v2/{project_id}/datasets/{dataset_id}/auto-annotations/samples`, API version v2.
    ///
    /// This API is used to query auto labeling samples in a dataset.
    pub fn querying_auto_labeling_sample_list(
        &self,
    ) -> operations::QueryingAutoLabelingSampleList {
        operations::QueryingAutoLabelingSampleList::new(&self.inner, None)
    }
    /// Querying the Result of a Data Processing Task Version: `GET /v2/{project_id}/processor-tasks/{task_id}/versions/{version_id}/results`, API version v2.
    ///
    /// This API is used to query the result of a data processing task version.
    pub fn querying_the_result_of_a_data_processing_task_version(
        &self,
    ) -> operations::QueryingTheResultOfADataProcessingTaskVersion {
        operations::QueryingTheResultOfADataProcessingTaskVersion::new(&self.inner, None)
    }
    /// Querying the Sample List: `GET /v2/{project_id}/datasets/{dataset_id}/data-annotations/samples`, API version v2.
    ///
    /// This API is used to query the sample list by page.
    pub fn querying_the_sample_list(&self) -> operations::QueryingTheSampleList {
        operations::QueryingTheSampleList::new(&self.inner, None)
    }
    /// Updating Sample Labels in Batches: `PUT /v2/{project_id}/datasets/{dataset_id}/data-annotations/samples`, API version v2.
    ///
    /// This API is used to update sample labels in batches, including adding, modifying, and deleting sample labels. If the parameter **Labels** of a sample in the request body is not specified, the label of the sample is deleted.
    pub fn updating_sample_labels_in_batches(
        &self,
    ) -> operations::UpdatingSampleLabelsInBatches {
        operations::UpdatingSampleLabelsInBatches::new(&self.inner, None)
    }
    /// Adding Samples in Batches: `POST /v2/{project_id}/datasets/{dataset_id}/data-annotations/samples`, API version v2.
    ///
    /// This API is used to add samples in batches.
    pub fn adding_samples_in_batches(&self) -> operations::AddingSamplesInBatches {
        operations::AddingSamplesInBatches::new(&self.inner, None)
    }
    /// Obtaining Sample Search Condition: `GET /v2/{project_id}/datasets/{dataset_id}/data-annotations/search-condition`, API version v2.
    ///
    /// This API is used to obtain sample search condition.
    pub fn obtaining_sample_search_condition(
        &self,
    ) -> operations::ObtainingSampleSearchCondition {
        operations::ObtainingSampleSearchCondition::new(&self.inner, None)
    }
    /// Querying Dataset Statistics: `GET /v2/{project_id}/datasets/{dataset_id}/data-annotations/stats`, API version v2.
    ///
    /// This API is used to query dataset statistics.
    pub fn querying_dataset_statistics(&self) -> operations::QueryingDatasetStatistics {
        operations::QueryingDatasetStatistics::new(&self.inner, None)
    }
    /// Querying the Team Labeling Task List by a Team Member: `GET /v2/{project_id}/workforces/worker-tasks`, API version v2.
    ///
    /// This API is used to query the team labeling task list by a team member.
    pub fn querying_the_team_labeling_task_list_by_a_team_member(
        &self,
    ) -> operations::QueryingTheTeamLabelingTaskListByATeamMember {
        operations::QueryingTheTeamLabelingTaskListByATeamMember::new(&self.inner, None)
    }
    /// Querying the Sample List of a Team Labeling Task by Page: `GET /v2/{project_id}/datasets/{dataset_id}/workforce-tasks/{workforce_task_id}/data-annotations/samples`, API version v2.
    ///
    /// This API is used to query the sample list of a team labeling task by page.
    pub fn querying_the_sample_list_of_a_team_labeling_task_by_page(
        &self,
    ) -> operations::QueryingTheSampleListOfATeamLabelingTaskByPage {
        operations::QueryingTheSampleListOfATeamLabelingTaskByPage::new(
            &self.inner,
            None,
        )
    }
    /// Updating Labels of Team Labeling Samples in Batches: `PUT /v2/{project_id}/datasets/{dataset_id}/workforce-tasks/{workforce_task_id}/data-annotations/samples`, API version v2.
    ///
    /// This API is used to update labels of team labeling samples in batches.
    pub fn updating_labels_of_team_labeling_samples_in_batches(
        &self,
    ) -> operations::UpdatingLabelsOfTeamLabelingSamplesInBatches {
        operations::UpdatingLabelsOfTeamLabelingSamplesInBatches::new(&self.inner, None)
    }
    /// Querying Details About Team Labeling Task Statistics: `GET /v2/{project_id}/datasets/{dataset_id}/workforce-tasks/{workforce_task_id}/data-annotations/stats`, API version v2.
    ///
    /// This API is used to query details about team labeling task statistics.
    pub fn querying_details_about_team_labeling_task_statistics(
        &self,
    ) -> operations::QueryingDetailsAboutTeamLabelingTaskStatistics {
        operations::QueryingDetailsAboutTeamLabelingTaskStatistics::new(
            &self.inner,
            None,
        )
    }
    /// Reviewing Team Labeling Results: `POST /v2/{project_id}/datasets/{dataset_id}/workforce-tasks/{workforce_task_id}/data-annotations/review`, API version v2.
    ///
    /// This API is used to review team labeling results.
    pub fn reviewing_team_labeling_results(
        &self,
    ) -> operations::ReviewingTeamLabelingResults {
        operations::ReviewingTeamLabelingResults::new(&self.inner, None)
    }
    /// Sending an Email to a Labeling Team Member: `POST /v2/{project_id}/datasets/{dataset_id}/workforce-tasks/{workforce_task_id}/notify`, API version v2.
    ///
    /// This API is used to send an email to a labeling team member.
    pub fn sending_an_email_to_a_labeling_team_member(
        &self,
    ) -> operations::SendingAnEmailToALabelingTeamMember {
        operations::SendingAnEmailToALabelingTeamMember::new(&self.inner, None)
    }
    /// Creating a Team Labeling Acceptance Task: `POST /v2/{project_id}/datasets/{dataset_id}/workforce-tasks/{workforce_task_id}/acceptance`, API version v2.
    ///
    /// This API is used to create a team labeling acceptance task.
    pub fn creating_a_team_labeling_acceptance_task(
        &self,
    ) -> operations::CreatingATeamLabelingAcceptanceTask {
        operations::CreatingATeamLabelingAcceptanceTask::new(&self.inner, None)
    }
    /// Stopping an Intelligent Task: `POST /v2/{project_id}/datasets/{dataset_id}/tasks/{task_id}/stop`, API version v2.
    ///
    /// This API is used to stop intelligent tasks, including auto labeling, one-click model deployment, and auto grouping tasks. You can specify the **task\_id** parameter to stop a specific task.
    pub fn stopping_an_intelligent_task(&self) -> operations::StoppingAnIntelligentTask {
        operations::StoppingAnIntelligentTask::new(&self.inner, None)
    }
    /// Stopping the Version of a Data Processing Task: `POST /v2/{project_id}/processor-tasks/{task_id}/versions/{version_id}/stop`, API version v2.
    ///
    /// This API is used to stop the version of a data processing task.
    pub fn stopping_the_version_of_a_data_processing_task(
        &self,
    ) -> operations::StoppingTheVersionOfADataProcessingTask {
        operations::StoppingTheVersionOfADataProcessingTask::new(&self.inner, None)
    }
    /// Synchronizing a Dataset: `POST /v2/{project_id}/datasets/{dataset_id}/sync-data`, API version v2.
    ///
    /// This API is used to synchronize samples and labeling information from the input dataset path to the dataset.
    pub fn synchronizing_a_dataset(&self) -> operations::SynchronizingADataset {
        operations::SynchronizingADataset::new(&self.inner, None)
    }
    /// Querying the Status of a Dataset Synchronization Task: `GET /v2/{project_id}/datasets/{dataset_id}/sync-data/status`, API version v2.
    ///
    /// This API is used to query the status of a dataset synchronization task.
    pub fn querying_the_status_of_a_dataset_synchronization_task(
        &self,
    ) -> operations::QueryingTheStatusOfADatasetSynchronizationTask {
        operations::QueryingTheStatusOfADatasetSynchronizationTask::new(
            &self.inner,
            None,
        )
    }
    /// Updating the Status of a Team Labeling Acceptance Task: `PUT /v2/{project_id}/datasets/{dataset_id}/workforce-tasks/{workforce_task_id}/acceptance/status`, API version v2.
    ///
    /// This API is used to update the sample status by confirming the acceptance scope and whether the labeled data is overwritten before the acceptance of the team labeling task is completed.
    pub fn updating_the_status_of_a_team_labeling_acceptance_task(
        &self,
    ) -> operations::UpdatingTheStatusOfATeamLabelingAcceptanceTask {
        operations::UpdatingTheStatusOfATeamLabelingAcceptanceTask::new(
            &self.inner,
            None,
        )
    }
    /// Obtaining User Image Groups: `GET /v1/{project_id}/images/group`, API version v1.
    ///
    /// Obtain the overview of user image information. The image name is used as the aggregated information.
    pub fn obtaining_user_image_groups(&self) -> operations::ObtainingUserImageGroups {
        operations::ObtainingUserImageGroups::new(&self.inner, None)
    }
    /// Querying a Workspace List: `GET /v1/{project_id}/workspaces`, API version v1.
    ///
    /// This API is used to obtain a workspace list with detailed information contained in the response body.
    pub fn querying_a_workspace_list(&self) -> operations::QueryingAWorkspaceList {
        operations::QueryingAWorkspaceList::new(&self.inner, None)
    }
    /// Creating a Workspace: `POST /v1/{project_id}/workspaces`, API version v1.
    ///
    /// This API is used to create a workspace. The name of the created workspace cannot be **default**, which is the name of the default workspace reserved by the system.
    pub fn creating_a_workspace(&self) -> operations::CreatingAWorkspace {
        operations::CreatingAWorkspace::new(&self.inner, None)
    }
    /// Querying Details About a Workspace: `GET /v1/{project_id}/workspaces/{workspace_id}`, API version v1.
    ///
    /// This API is used to obtain details about a workspace.
    pub fn querying_details_about_a_workspace(
        &self,
    ) -> operations::QueryingDetailsAboutAWorkspace {
        operations::QueryingDetailsAboutAWorkspace::new(&self.inner, None)
    }
    /// Modifying a Workspace: `PUT /v1/{project_id}/workspaces/{workspace_id}`, API version v1.
    ///
    /// This API is used to modify a workspace.
    pub fn modifying_a_workspace(&self) -> operations::ModifyingAWorkspace {
        operations::ModifyingAWorkspace::new(&self.inner, None)
    }
    /// Deleting a Workspace: `DELETE /v1/{project_id}/workspaces/{workspace_id}`, API version v1.
    ///
    /// This API is used to delete a workspace.
    pub fn deleting_a_workspace(&self) -> operations::DeletingAWorkspace {
        operations::DeletingAWorkspace::new(&self.inner, None)
    }
    /// Querying a Workspace Quota: `GET /v1/{project_id}/workspaces/{workspace_id}/quotas`, API version v1.
    ///
    /// This API is used to obtain workspace quotas.
    pub fn querying_a_workspace_quota(&self) -> operations::QueryingAWorkspaceQuota {
        operations::QueryingAWorkspaceQuota::new(&self.inner, None)
    }
    /// Modifying a Workspace Quota: `PUT /v1/{project_id}/workspaces/{workspace_id}/quotas`, API version v1.
    ///
    /// This API is used to modify a workspace quota.
    pub fn modifying_a_workspace_quota(&self) -> operations::ModifyingAWorkspaceQuota {
        operations::ModifyingAWorkspaceQuota::new(&self.inner, None)
    }
    /// Querying the Statuses and GPU Quantity of All Job Versions: `GET /v1/{project_id}/training-jobs/versions`, API version v1.
    ///
    /// You can use this API to query the overview information about all job versions created by a user based on specified conditions, including the statuses and GPU quantity of all job versions.
    pub fn querying_the_statuses_and_gpu_quantity_of_all_job_versions(
        &self,
    ) -> operations::QueryingTheStatusesAndGpuQuantityOfAllJobVersions {
        operations::QueryingTheStatusesAndGpuQuantityOfAllJobVersions::new(
            &self.inner,
            None,
        )
    }
    /// Querying a Training Job List: `GET /v1/{project_id}/training-jobs`, API version v1.
    ///
    /// This API is used to query the created training jobs that meet the search criteria.
    pub fn querying_a_training_job_list(&self) -> operations::QueryingATrainingJobList {
        operations::QueryingATrainingJobList::new(&self.inner, None)
    }
    /// Creating a Training Job: `POST /v1/{project_id}/training-jobs`, API version v1.
    ///
    /// This API is used to create a training job.
    ///
    /// Calling this API is an asynchronous operation. The job status can be obtained by calling the APIs described in Querying a Training Job List and Querying the Details About a Training Job Version.
    pub fn creating_a_training_job(&self) -> operations::CreatingATrainingJob {
        operations::CreatingATrainingJob::new(&self.inner, None)
    }
    /// Querying the Details About a Training Job Version: `GET /v1/{project_id}/training-jobs/{job_id}/versions/{version_id}`, API version v1.
    ///
    /// This API is used to query the details about a specified training job based on the job ID.
    pub fn querying_the_details_about_a_training_job_version(
        &self,
    ) -> operations::QueryingTheDetailsAboutATrainingJobVersion {
        operations::QueryingTheDetailsAboutATrainingJobVersion::new(&self.inner, None)
    }
    /// Deleting a Version of a Training Job: `DELETE /v1/{project_id}/training-jobs/{job_id}/versions/{version_id}`, API version v1.
    ///
    /// This API is used to delete a version of a training job.
    ///
    /// Calling this API is an asynchronous operation. The job status can be obtained by calling the APIs described in Querying a Training Job List and Querying the Details About a Training Job Version.
    pub fn deleting_a_version_of_a_training_job(
        &self,
    ) -> operations::DeletingAVersionOfATrainingJob {
        operations::DeletingAVersionOfATrainingJob::new(&self.inner, None)
    }
    /// Querying a List of Training Job Versions: `GET /v1/{project_id}/training-jobs/{job_id}/versions`, API version v1.
    ///
    /// This API is used to query the version of a specified training job based on the job ID.
    pub fn querying_a_list_of_training_job_versions(
        &self,
    ) -> operations::QueryingAListOfTrainingJobVersions {
        operations::QueryingAListOfTrainingJobVersions::new(&self.inner, None)
    }
    /// Creating a Version of a Training Job: `POST /v1/{project_id}/training-jobs/{job_id}/versions`, API version v1.
    ///
    /// This API is used to create a version of a training job.
    ///
    /// Calling this API is an asynchronous operation. The job status can be obtained by calling the APIs described in Querying a Training Job List and Querying the Details About a Training Job Version.
    pub fn creating_a_version_of_a_training_job(
        &self,
    ) -> operations::CreatingAVersionOfATrainingJob {
        operations::CreatingAVersionOfATrainingJob::new(&self.inner, None)
    }
    /// Stopping a Training Job: `POST /v1/{project_id}/training-jobs/{job_id}/versions/{version_id}/stop`, API version v1.
    ///
    /// This API is used to stop a training job.
    ///
    /// Calling this API is an asynchronous operation. The job status can be obtained by calling the APIs described in Querying a Training Job List and Querying the Details About a Training Job Version.
    pub fn stopping_a_training_job(&self) -> operations::StoppingATrainingJob {
        operations::StoppingATrainingJob::new(&self.inner, None)
    }
    /// Modifying the Description of a Training Job: `PUT /v1/{project_id}/training-jobs/{job_id}`, API version v1.
    ///
    /// This API is used to modify the description of a training job.
    pub fn modifying_the_description_of_a_training_job(
        &self,
    ) -> operations::ModifyingTheDescriptionOfATrainingJob {
        operations::ModifyingTheDescriptionOfATrainingJob::new(&self.inner, None)
    }
    /// Deleting a Training Job: `DELETE /v1/{project_id}/training-jobs/{job_id}`, API version v1.
    ///
    /// This API is used to delete a training job.
    ///
    /// Calling this API is an asynchronous operation. The job status can be obtained by calling the APIs described in Querying a Training Job List and Querying the Details About a Training Job Version.
    pub fn deleting_a_training_job(&self) -> operations::DeletingATrainingJob {
        operations::DeletingATrainingJob::new(&self.inner, None)
    }
    /// Obtaining the Name of a Training Job Log File: `GET /v1/{project_id}/training-jobs/{job_id}/versions/{version_id}/log/file-names`, API version v1.
    ///
    /// This API is used to obtain the name of a training job log file.
    pub fn obtaining_the_name_of_a_training_job_log_file(
        &self,
    ) -> operations::ObtainingTheNameOfATrainingJobLogFile {
        operations::ObtainingTheNameOfATrainingJobLogFile::new(&self.inner, None)
    }
    /// Querying a Built-in Algorithm: `GET /v1/{project_id}/built-in-algorithms`, API version v1.
    ///
    /// This API is used to query the details about a built-in model.
    pub fn querying_a_built_in_algorithm(
        &self,
    ) -> operations::QueryingABuiltInAlgorithm {
        operations::QueryingABuiltInAlgorithm::new(&self.inner, None)
    }
    /// Querying a List of Training Job Configurations: `GET /v1/{project_id}/training-job-configs`, API version v1.
    ///
    /// This API is used to query the created training job configurations that meet the search criteria.
    pub fn querying_a_list_of_training_job_configurations(
        &self,
    ) -> operations::QueryingAListOfTrainingJobConfigurations {
        operations::QueryingAListOfTrainingJobConfigurations::new(&self.inner, None)
    }
    /// Creating a Training Job Configuration: `POST /v1/{project_id}/training-job-configs`, API version v1.
    ///
    /// This API is used to create a training job configuration.
    pub fn creating_a_training_job_configuration(
        &self,
    ) -> operations::CreatingATrainingJobConfiguration {
        operations::CreatingATrainingJobConfiguration::new(&self.inner, None)
    }
    /// Querying the Details About a Training Job Configuration: `GET /v1/{project_id}/training-job-configs/{config_name}`, API version v1.
    ///
    /// This API is used to query the details about a specified training job configuration.
    pub fn querying_the_details_about_a_training_job_configuration(
        &self,
    ) -> operations::QueryingTheDetailsAboutATrainingJobConfiguration {
        operations::QueryingTheDetailsAboutATrainingJobConfiguration::new(
            &self.inner,
            None,
        )
    }
    /// Modifying a Training Job Configuration: `PUT /v1/{project_id}/training-job-configs/{config_name}`, API version v1.
    ///
    /// This API is used to modify a training job configuration.
    pub fn modifying_a_training_job_configuration(
        &self,
    ) -> operations::ModifyingATrainingJobConfiguration {
        operations::ModifyingATrainingJobConfiguration::new(&self.inner, None)
    }
    /// Deleting a Training Job Configuration: `DELETE /v1/{project_id}/training-job-configs/{config_name}`, API version v1.
    ///
    /// This API is used to delete a training job configuration.
    pub fn deleting_a_training_job_configuration(
        &self,
    ) -> operations::DeletingATrainingJobConfiguration {
        operations::DeletingATrainingJobConfiguration::new(&self.inner, None)
    }
    /// Querying a Visualization Job List: `GET /v1/{project_id}/visualization-jobs`, API version v1.
    ///
    /// This API is used to query the visualization jobs that meet the search criteria.
    pub fn querying_a_visualization_job_list(
        &self,
    ) -> operations::QueryingAVisualizationJobList {
        operations::QueryingAVisualizationJobList::new(&self.inner, None)
    }
    /// Creating a Visualization Job: `POST /v1/{project_id}/visualization-jobs`, API version v1.
    ///
    /// This API is used to create a visualization job.
    ///
    /// Calling this API is an asynchronous operation. The job status can be obtained by calling the APIs described in Querying a Visualization Job List and Querying the Details About a Visualization Job.
    pub fn creating_a_visualization_job(&self) -> operations::CreatingAVisualizationJob {
        operations::CreatingAVisualizationJob::new(&self.inner, None)
    }
    /// Querying the Details About a Visualization Job: `GET /v1/{project_id}/visualization-jobs/{job_id}`, API version v1.
    ///
    /// This API is used to query the details about a specified visualization job based on the job name.
    pub fn querying_the_details_about_a_visualization_job(
        &self,
    ) -> operations::QueryingTheDetailsAboutAVisualizationJob {
        operations::QueryingTheDetailsAboutAVisualizationJob::new(&self.inner, None)
    }
    /// Modifying the Description of a Visualization Job: `PUT /v1/{project_id}/visualization-jobs/{job_id}`, API version v1.
    ///
    /// This API is used to modify the description of a visualization job.
    pub fn modifying_the_description_of_a_visualization_job(
        &self,
    ) -> operations::ModifyingTheDescriptionOfAVisualizationJob {
        operations::ModifyingTheDescriptionOfAVisualizationJob::new(&self.inner, None)
    }
    /// Deleting a Visualization Job: `DELETE /v1/{project_id}/visualization-jobs/{job_id}`, API version v1.
    ///
    /// This API is used to delete a visualization job. Calling this API is an asynchronous operation. The job status can be obtained by calling the APIs described in Querying a Visualization Job List and Querying the Details About a Visualization Job.
    pub fn deleting_a_visualization_job(&self) -> operations::DeletingAVisualizationJob {
        operations::DeletingAVisualizationJob::new(&self.inner, None)
    }
    /// Stopping a Visualization Job: `POST /v1/{project_id}/visualization-jobs/{job_id}/stop`, API version v1.
    ///
    /// This API is used to stop a visualization job. Calling this API is an asynchronous operation. The job status can be obtained by calling the APIs described in Querying a Visualization Job List and Querying the Details About a Visualization Job.
    pub fn stopping_a_visualization_job(&self) -> operations::StoppingAVisualizationJob {
        operations::StoppingAVisualizationJob::new(&self.inner, None)
    }
    /// Restarting a Visualization Job: `POST /v1/{project_id}/visualization-jobs/{job_id}/restart`, API version v1.
    ///
    /// This API is used to restart a visualization job. Calling this API is an asynchronous operation. The job status can be obtained by calling the APIs described in Querying a Visualization Job List and Querying the Details About a Visualization Job.
    pub fn restarting_a_visualization_job(
        &self,
    ) -> operations::RestartingAVisualizationJob {
        operations::RestartingAVisualizationJob::new(&self.inner, None)
    }
    /// Querying Job Resource Specifications: `GET /v1/{project_id}/job/resource-specs`, API version v1.
    ///
    /// This API is used to query the resource specifications of a specified job.
    ///
    /// You must specify the resource specifications when creating a training job or an inference job.
    pub fn querying_job_resource_specifications(
        &self,
    ) -> operations::QueryingJobResourceSpecifications {
        operations::QueryingJobResourceSpecifications::new(&self.inner, None)
    }
    /// Querying Job Engine Specifications: `GET /v1/{project_id}/job/ai-engines`, API version v1.
    ///
    /// This API is used to query the engine type and version of a specified job.
    ///
    /// You must specify the engine specifications when creating a training job or an inference job.
    pub fn querying_job_engine_specifications(
        &self,
    ) -> operations::QueryingJobEngineSpecifications {
        operations::QueryingJobEngineSpecifications::new(&self.inner, None)
    }
    /// Querying a Model List: `GET /v1/{project_id}/models`, API version v1.
    ///
    /// This API is used to query the models that meet the search criteria.
    pub fn querying_a_model_list(&self) -> operations::QueryingAModelList {
        operations::QueryingAModelList::new(&self.inner, None)
    }
    /// Importing a Model: `POST /v1/{project_id}/models`, API version v1.
    ///
    /// You can use the API to import a model.
    ///
    /// Ensure that the execution code and model have been uploaded to OBS. By default, the models generated by a training job are stored in OBS.
    pub fn importing_a_model(&self) -> operations::ImportingAModel {
        operations::ImportingAModel::new(&self.inner, None)
    }
    /// Querying the Details About a Model: `GET /v1/{project_id}/models/{model_id}`, API version v1.
    ///
    /// This API is used to query details about a model based on the model ID.
    pub fn querying_the_details_about_a_model(
        &self,
    ) -> operations::QueryingTheDetailsAboutAModel {
        operations::QueryingTheDetailsAboutAModel::new(&self.inner, None)
    }
    /// Deleting a Model: `DELETE /v1/{project_id}/models/{model_id}`, API version v1.
    ///
    /// This API is used to delete a model based on the model ID. When **cascade** is set to **true**, the model specified by the model ID and models of different versions with the same name as the specified model are deleted. By default, only the model with the specified model ID is deleted.
    pub fn deleting_a_model(&self) -> operations::DeletingAModel {
        operations::DeletingAModel::new(&self.inner, None)
    }
    /// Querying a Service List: `GET /v1/{project_id}/services`, API version v1.
    ///
    /// This API is used to obtain model services.
    pub fn querying_a_service_list(&self) -> operations::QueryingAServiceList {
        operations::QueryingAServiceList::new(&self.inner, None)
    }
    /// Deploying a Model as a Service: `POST /v1/{project_id}/services`, API version v1.
    ///
    /// This API is used to deploy a model as a service.
    pub fn deploying_a_model_as_a_service(
        &self,
    ) -> operations::DeployingAModelAsAService {
        operations::DeployingAModelAsAService::new(&self.inner, None)
    }
    /// Querying the Details About a Service: `GET /v1/{project_id}/services/{service_id}`, API version v1.
    ///
    /// This API is used to query the details about a model service based on the service ID.
    pub fn querying_the_details_about_a_service(
        &self,
    ) -> operations::QueryingTheDetailsAboutAService {
        operations::QueryingTheDetailsAboutAService::new(&self.inner, None)
    }
    /// Updating Service Configurations: `PUT /v1/{project_id}/services/{service_id}`, API version v1.
    ///
    /// This API is used to update configurations of a model service. It can also be used to start or stop a service.
    pub fn updating_service_configurations(
        &self,
    ) -> operations::UpdatingServiceConfigurations {
        operations::UpdatingServiceConfigurations::new(&self.inner, None)
    }
    /// Deleting a Service: `DELETE /v1/{project_id}/services/{service_id}`, API version v1.
    ///
    /// This API is used to delete a model service. You can delete your own services only.
    pub fn deleting_a_service(&self) -> operations::DeletingAService {
        operations::DeletingAService::new(&self.inner, None)
    }
    /// Querying Service Monitoring Information: `GET /v1/{project_id}/services/{service_id}/monitor`, API version v1.
    ///
    /// This API is used to query service monitoring information.
    pub fn querying_service_monitoring_information(
        &self,
    ) -> operations::QueryingServiceMonitoringInformation {
        operations::QueryingServiceMonitoringInformation::new(&self.inner, None)
    }
    /// Querying Service Update Logs: `GET /v1/{project_id}/services/{service_id}/logs`, API version v1.
    ///
    /// This API is used to query the update logs of a real-time service.
    pub fn querying_service_update_logs(&self) -> operations::QueryingServiceUpdateLogs {
        operations::QueryingServiceUpdateLogs::new(&self.inner, None)
    }
    /// Querying the Authentication Information of a Development Environment Instance: `GET /v1/{project_id}/demanager/instances/{instance_id}/token`, API version v1.
    ///
    /// This API is used to query the authentication information of a development environment instance, which is used to open the development environment instance.
    pub fn querying_the_authentication_information_of_a_development_environment_instance(
        &self,
    ) -> operations::QueryingTheAuthenticationInformationOfADevelopmentEnvironmentInstance {
        operations::QueryingTheAuthenticationInformationOfADevelopmentEnvironmentInstance::new(
            &self.inner,
            None,
        )
    }
    /// Querying a List of Development Environment Instances: `GET /v1/{project_id}/demanager/instances`, API version v1.
    ///
    /// This API is used to query the development environment instances that meet the search criteria.
    pub fn querying_a_list_of_development_environment_instances(
        &self,
    ) -> operations::QueryingAListOfDevelopmentEnvironmentInstances {
        operations::QueryingAListOfDevelopmentEnvironmentInstances::new(
            &self.inner,
            None,
        )
    }
    /// Creating a Development Environment Instance: `POST /v1/{project_id}/demanager/instances`, API version v1.
    ///
    /// This API is used to create a development environment instance for code development.
    ///
    /// Calling this API is an asynchronous operation. The job status can be obtained by calling the API described in Querying Details About a Development Environment Instance.
    pub fn creating_a_development_environment_instance(
        &self,
    ) -> operations::CreatingADevelopmentEnvironmentInstance {
        operations::CreatingADevelopmentEnvironmentInstance::new(&self.inner, None)
    }
    /// Querying Details About a Development Environment Instance: `GET /v1/{project_id}/demanager/instances/{instance_id}`, API version v1.
    ///
    /// This API is used to query the details about a development environment instance.
    pub fn querying_details_about_a_development_environment_instance(
        &self,
    ) -> operations::QueryingDetailsAboutADevelopmentEnvironmentInstance {
        operations::QueryingDetailsAboutADevelopmentEnvironmentInstance::new(
            &self.inner,
            None,
        )
    }
    /// Modifying the Description of a Development Environment Instance: `PUT /v1/{project_id}/demanager/instances/{instance_id}`, API version v1.
    ///
    /// This API is used to modify the description of a development environment instance or information about the auto stop function.
    pub fn modifying_the_description_of_a_development_environment_instance(
        &self,
    ) -> operations::ModifyingTheDescriptionOfADevelopmentEnvironmentInstance {
        operations::ModifyingTheDescriptionOfADevelopmentEnvironmentInstance::new(
            &self.inner,
            None,
        )
    }
    /// Deleting a Development Environment Instance: `DELETE /v1/{project_id}/demanager/instances/{instance_id}`, API version v1.
    ///
    /// This API is used to delete a development environment instance.
    pub fn deleting_a_development_environment_instance(
        &self,
    ) -> operations::DeletingADevelopmentEnvironmentInstance {
        operations::DeletingADevelopmentEnvironmentInstance::new(&self.inner, None)
    }
    /// Managing a Development Environment Instance: `POST /v1/{project_id}/demanager/instances/{instance_id}/action`, API version v1.
    ///
    /// This API is used to startor stop a notebook instance.
    pub fn managing_a_development_environment_instance(
        &self,
    ) -> operations::ManagingADevelopmentEnvironmentInstance {
        operations::ManagingADevelopmentEnvironmentInstance::new(&self.inner, None)
    }
    /// Querying Training Job Logs: `GET /v1/{project_id}/training-jobs/{job_id}/versions/{version_id}/aom-log`, API version v1.
    ///
    /// This API is used to query detailed information about training job logs by row.
    pub fn querying_training_job_logs(&self) -> operations::QueryingTrainingJobLogs {
        operations::QueryingTrainingJobLogs::new(&self.inner, None)
    }
    /// Querying Monitoring Information About a Single Container of a Job: `GET /v1/{project_id}/training-jobs/{job_id}/versions/{version_id}/pod/{pod_name}/metric-statistic`, API version v1.
    ///
    /// This API is used to query monitoring information about a single container of a job.
    pub fn querying_monitoring_information_about_a_single_container_of_a_job(
        &self,
    ) -> operations::QueryingMonitoringInformationAboutASingleContainerOfAJob {
        operations::QueryingMonitoringInformationAboutASingleContainerOfAJob::new(
            &self.inner,
            None,
        )
    }
    /// Querying Monitoring Information About Resource Pool Nodes: `GET /v1/{project_id}/pools/{pool_id}/nodes/{node_ip}/metric-statistic`, API version v1.
    ///
    /// This API is used to query monitoring information about resource pool nodes.
    pub fn querying_monitoring_information_about_resource_pool_nodes(
        &self,
    ) -> operations::QueryingMonitoringInformationAboutResourcePoolNodes {
        operations::QueryingMonitoringInformationAboutResourcePoolNodes::new(
            &self.inner,
            None,
        )
    }
    /// Querying Service Event Logs: `GET /v1/{project_id}/services/{service_id}/events`, API version v1.
    ///
    /// This API is used to query service event logs, including service operation records, key actions during deployment, and deployment failure causes.
    pub fn querying_service_event_logs(&self) -> operations::QueryingServiceEventLogs {
        operations::QueryingServiceEventLogs::new(&self.inner, None)
    }
    /// Querying Dedicated Resource Pools: `GET /v1/{project_id}/clusters`, API version v1.
    ///
    /// This API is used to query dedicated resource pools.
    pub fn querying_dedicated_resource_pools(
        &self,
    ) -> operations::QueryingDedicatedResourcePools {
        operations::QueryingDedicatedResourcePools::new(&self.inner, None)
    }
}
