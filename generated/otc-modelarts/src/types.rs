//! Models of ModelArts (shared by every API version unless a version module has its own).
/// Request body parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AcceptSamplesReq {
    /// Review comment list.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub comments: Option<Vec<SampleComment>>,
}
/// SampleComment
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SampleComment {
    /// Whether the submitted sample review comments are passed. The options are as follows: - **true**: passed - **false**: not passed
    pub accept: bool,
    /// Review comment, which contains 0 to 256 characters, excluding special characters (\!\<\>=\&"'). Length 0 to 256.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub comment: Option<String>,
    /// Sample ID.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sample_id: Option<String>,
    /// Review score, whose value can be **A**, **B**, **C**, or **D**, in descending order.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub score: Option<String>,
    /// ID of a labeling team member.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub worker_id: Option<String>,
}
crate::support::setters!(
    @ model SampleComment new(accept : bool) { comment : String, sample_id : String,
    score : String, worker_id : String }
);
/// Response body parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SmartTaskProgressResp {
    /// Task running status code.
    pub code: Option<String>,
    /// Task configuration.
    pub config: Option<SmartTaskConfig>,
    /// Task creation time.
    pub create_time: Option<String>,
    /// Execution time.
    pub elapsed_time: Option<i64>,
    /// Error code.
    pub error_code: Option<String>,
    /// Error details.
    pub error_detail: Option<String>,
    /// Error message.
    pub error_msg: Option<String>,
    /// Task running information.
    pub message: Option<String>,
    /// Task progress percentage.
    pub progress: Option<f32>,
    /// Resource ID.
    pub resource_id: Option<String>,
    /// Task result.
    pub result: Option<ResultModel>,
    /// Task status. Options:
    ///
    /// - **-1**: queuing
    /// - **0**: initialized
    /// - **1**: running
    /// - **2**: failed
    /// - **3**: succeeded
    /// - **4**: stopping
    /// - **5**: stopped
    pub status: Option<i64>,
    /// Task ID.
    pub task_id: Option<String>,
    /// Task name.
    pub task_name: Option<String>,
}
crate::support::open_enum!(
    #[doc = " Algorithm type for auto labeling. Options:"] #[doc = ""] #[doc =
    " - **fast**: Only labeled samples are used for training. This type of algorithm achieves faster labeling."]
    #[doc =
    " - **accurate**: In addition to labeled samples, unlabeled samples are used for semi-supervised training. This type of algorithm achieves more accurate labeling."]
    SmartTaskConfigAlgorithmType { Fast = "fast", Accurate = "accurate" }
);
crate::support::open_enum!(
    #[doc = " Format of a dataset version. The options are as follows:"] #[doc = ""]
    #[doc = " - **Default**: default format"] #[doc =
    " - **CarbonData**: CarbonData (supported only by table datasets)"] #[doc =
    " - **CSV**: CSV"] SmartTaskConfigVersionFormat { Default = "Default", CarbonData =
    "CarbonData", Csv = "CSV" }
);
/// SmartTaskConfig
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SmartTaskConfig {
    /// Algorithm type for auto labeling. Options:
    ///
    /// - **fast**: Only labeled samples are used for training. This type of algorithm achieves faster labeling.
    /// - **accurate**: In addition to labeled samples, unlabeled samples are used for semi-supervised training. This type of algorithm achieves more accurate labeling.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub algorithm_type: Option<SmartTaskConfigAlgorithmType>,
    /// Whether to perform clustering based on the image blurring degree.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ambiguity: Option<bool>,
    /// Output path of the active learning labeling result.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub annotation_output: Option<String>,
    /// Sample collection rule. The default value is **all**, indicating full collection. Currently, only value **all** is available. Default: `all`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub collect_rule: Option<String>,
    /// Whether to enable sample collection. The options are as follows:
    ///
    /// - **true**: Enable sample collection. (Default value)
    /// - **false**: Do not enable sample collection.
    ///
    /// Default: `true`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub collect_sample: Option<bool>,
    /// Confidence range of key samples. The minimum and maximum values are separated by hyphens (-). Example: 0.10-0.90.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub confidence_scope: Option<String>,
    /// Task description.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Engine name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub engine_name: Option<String>,
    /// Format of the exported directory. The options are as follows:
    ///
    /// - **1**: tree structure. For example: cat/1.jpg,dog/2.jpg.
    /// - **2**: tile structure. For example: 1.jpg, 1.txt; 2.jpg,2.txt.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub export_format: Option<i64>,
    /// Parameters of a dataset export task.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub export_params: Option<ExportParams>,
    /// Training resource flavor.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub flavor: Option<Flavor>,
    /// Whether to perform clustering based on the image brightness.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub image_brightness: Option<bool>,
    /// Whether to perform clustering based on the image color.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub image_colorfulness: Option<bool>,
    /// ID of a dedicated cluster. This parameter is left blank by default, indicating that a dedicated cluster is not used. When using the dedicated cluster to deploy services, ensure that the cluster status is normal. After this parameter is set, the network configuration of the cluster is used, and the **vpc\_id** parameter does not take effect.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub inf_cluster_id: Option<String>,
    /// Configuration list required for running an inference task, which is optional and left blank by default.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub inf_config_list: Option<Vec<InfConfig>>,
    /// Output path of inference in active learning.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub inf_output: Option<String>,
    /// OBS directory for storing sample prediction results. This parameter is optional. The \{service\_id\}**-infer-result** subdirectory in the **output\_dir** directory is used by default.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub infer_result_output_dir: Option<String>,
    /// Output path of hard examples in active learning.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub key_sample_output: Option<String>,
    /// OBS URL of the logs of a training job. By default, this parameter is left blank.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub log_url: Option<String>,
    /// Path of the **manifest** file, which is used as the input for training and inference.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub manifest_path: Option<String>,
    /// Model ID.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub model_id: Option<String>,
    /// Model name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub model_name: Option<String>,
    /// Model parameter.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub model_parameter: Option<String>,
    /// Model version.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub model_version: Option<String>,
    /// Number of clusters.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub n_clusters: Option<i64>,
    /// Task name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Sample output path. The format is as follows: Dataset output path/Dataset name-Dataset ID/annotation/auto-deploy/. Example: **/test/work\_1608083108676/dataset123-g6IO9qSu6hoxwCAirfm/annotation/auto-deploy/**.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub output_dir: Option<String>,
    /// Running parameters of a training job.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parameters: Option<Vec<TrainingParameter>>,
    /// ID of a resource pool.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pool_id: Option<String>,
    /// Attribute name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub property: Option<String>,
    /// Inference path of a batch job.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub req_uri: Option<String>,
    /// Processing mode of auto grouping results. The options are as follows:
    ///
    /// - **0**: Save to OBS.
    /// - **1**: Save to samples.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub result_type: Option<i64>,
    /// List of labeling information for samples to be auto labeled.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub samples: Option<Vec<SampleLabels>>,
    /// Timeout interval, in minutes. The default value is 15 minutes. This parameter is used only in the scenario of auto labeling for videos.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stop_time: Option<i64>,
    /// Timestamp in active learning.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub time: Option<String>,
    /// Path for storing existing training datasets.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub train_data_path: Option<String>,
    /// URL of the OBS path where the file of a training job is outputted. By default, this parameter is left blank.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub train_url: Option<String>,
    /// Format of a dataset version. The options are as follows:
    ///
    /// - **Default**: default format
    /// - **CarbonData**: CarbonData (supported only by table datasets)
    /// - **CSV**: CSV
    #[serde(skip_serializing_if = "Option::is_none")]
    pub version_format: Option<SmartTaskConfigVersionFormat>,
    /// Number of workers in a training job.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub worker_server_num: Option<i64>,
}
crate::support::setters!(
    @ model SmartTaskConfig { algorithm_type : SmartTaskConfigAlgorithmType, ambiguity :
    bool, annotation_output : String, collect_rule : String, collect_sample : bool,
    confidence_scope : String, description : String, engine_name : String, export_format
    : i64, export_params : ExportParams, flavor : Flavor, image_brightness : bool,
    image_colorfulness : bool, inf_cluster_id : String, inf_config_list : Vec < InfConfig
    >, inf_output : String, infer_result_output_dir : String, key_sample_output : String,
    log_url : String, manifest_path : String, model_id : String, model_name : String,
    model_parameter : String, model_version : String, n_clusters : i64, name : String,
    output_dir : String, parameters : Vec < TrainingParameter >, pool_id : String,
    property : String, req_uri : String, result_type : i64, samples : Vec < SampleLabels
    >, stop_time : i64, time : String, train_data_path : String, train_url : String,
    version_format : SmartTaskConfigVersionFormat, worker_server_num : i64 }
);
crate::support::open_enum!(
    #[doc = " Export destination. The options are as follows:"] #[doc = ""] #[doc =
    " - **DIR**: Export data to OBS. (Default value)"] #[doc =
    " - **NEW\\_DATASET**: Export data to a new dataset."] ExportParamsExportDest { Dir =
    "DIR", NewDataset = "NEW_DATASET" }
);
crate::support::open_enum!(
    #[doc = " Sample status. The options are as follows:"] #[doc = ""] #[doc =
    " - **ALL**: labeled"] #[doc = " - **NONE**: unlabeled"] #[doc =
    " - **UNCHECK**: pending acceptance"] #[doc = " - **ACCEPTED**: accepted"] #[doc =
    " - **REJECTED**: rejected"] #[doc = " - **UNREVIEWED**: pending review"] #[doc =
    " - **REVIEWED**: reviewed"] #[doc = " - **WORKFORCE\\_SAMPLED**: sampled"] #[doc =
    " - **WORKFORCE\\_SAMPLED\\_UNCHECK**: sampling unchecked"] #[doc =
    " - **WORKFORCE\\_SAMPLED\\_CHECKED**: sampling checked"] #[doc =
    " - **WORKFORCE\\_SAMPLED\\_ACCEPTED**: sampling accepted"] #[doc =
    " - **WORKFORCE\\_SAMPLED\\_REJECTED**: sampling rejected"] #[doc =
    " - **AUTO\\_ANNOTATION**: to be confirmed"] ExportParamsSampleState { All = "ALL",
    None = "NONE", Uncheck = "UNCHECK", Accepted = "ACCEPTED", Rejected = "REJECTED",
    Unreviewed = "UNREVIEWED", Reviewed = "REVIEWED", WorkforceSampled =
    "WORKFORCE_SAMPLED", WorkforceSampledUncheck = "WORKFORCE_SAMPLED_UNCHECK",
    WorkforceSampledChecked = "WORKFORCE_SAMPLED_CHECKED", WorkforceSampledAccepted =
    "WORKFORCE_SAMPLED_ACCEPTED", WorkforceSampledRejected =
    "WORKFORCE_SAMPLED_REJECTED", AutoAnnotation = "AUTO_ANNOTATION" }
);
/// ExportParams
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ExportParams {
    /// Whether to clear hard example attributes. The options are as follows:
    ///
    /// - **true**: Clear hard example attributes. (Default value)
    /// - **false**: Do not clear hard example attributes.
    ///
    /// Default: `true`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub clear_hard_property: Option<bool>,
    /// Format of the dataset version to which data is exported.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub export_dataset_version_format: Option<String>,
    /// Name of the dataset version to which data is exported.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub export_dataset_version_name: Option<String>,
    /// Export destination. The options are as follows:
    ///
    /// - **DIR**: Export data to OBS. (Default value)
    /// - **NEW\_DATASET**: Export data to a new dataset.
    ///
    /// Default: `DIR`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub export_dest: Option<ExportParamsExportDest>,
    /// Name of the new dataset to which data is exported.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub export_new_dataset_name: Option<String>,
    /// Working directory of the new dataset to which data is exported.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub export_new_dataset_work_path: Option<String>,
    /// Whether to randomly allocate the training set and validation set based on the specified ratio. The options are as follows:
    ///
    /// - **true**: Allocate the training set and validation set.
    /// - **false**: Do not allocate the training set and validation set. (Default value)
    ///
    /// Default: `false`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ratio_sample_usage: Option<bool>,
    /// Sample status. The options are as follows:
    ///
    /// - **ALL**: labeled
    /// - **NONE**: unlabeled
    /// - **UNCHECK**: pending acceptance
    /// - **ACCEPTED**: accepted
    /// - **REJECTED**: rejected
    /// - **UNREVIEWED**: pending review
    /// - **REVIEWED**: reviewed
    /// - **WORKFORCE\_SAMPLED**: sampled
    /// - **WORKFORCE\_SAMPLED\_UNCHECK**: sampling unchecked
    /// - **WORKFORCE\_SAMPLED\_CHECKED**: sampling checked
    /// - **WORKFORCE\_SAMPLED\_ACCEPTED**: sampling accepted
    /// - **WORKFORCE\_SAMPLED\_REJECTED**: sampling rejected
    /// - **AUTO\_ANNOTATION**: to be confirmed
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sample_state: Option<ExportParamsSampleState>,
    /// ID list of exported samples.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub samples: Option<Vec<String>>,
    /// Exported search conditions. The relationship between multiple search conditions is OR.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub search_conditions: Option<Vec<SearchCondition>>,
    /// Split ratio of training set and verification set during specified version release. The default value is **1.00**, indicating that all released versions are training sets.
    ///
    /// Default: `1.00`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub train_sample_ratio: Option<String>,
}
crate::support::setters!(
    @ model ExportParams { clear_hard_property : bool, export_dataset_version_format :
    String, export_dataset_version_name : String, export_dest : ExportParamsExportDest,
    export_new_dataset_name : String, export_new_dataset_work_path : String,
    ratio_sample_usage : bool, sample_state : ExportParamsSampleState, samples : Vec <
    String >, search_conditions : Vec < SearchCondition >, train_sample_ratio : String }
);
crate::support::open_enum!(
    #[doc = " Whether a sample is a hard sample. The options are as follows:"] #[doc =
    ""] #[doc = " - **0**: non-hard sample"] #[doc = " - **1**: hard sample"]
    SearchConditionHard { N0 = "0", N1 = "1" }
);
crate::support::open_enum!(
    #[doc =
    " When a sample is added to the dataset, an index is created based on the last modification time (accurate to day) of the sample on OBS. You can search for the sample based on the time. The options are as follows:"]
    #[doc = ""] #[doc =
    " - **month**: Search for samples added from 30 days ago to the current day."] #[doc
    =
    " - **day**: Search for samples added from yesterday (one day ago) to the current day."]
    #[doc =
    " - **yyyyMMdd-yyyyMMdd**: Search for samples added in a specified period (at most 30 days), in the format of **Start date-End date**. For example, **20190901-2019091501** indicates that samples generated from September 1 to September 15, 2019 are searched."]
    SearchConditionSampleTime { Month = "month", Day = "day", YyyyMMddYyyyMMdd =
    "yyyyMMdd-yyyyMMdd" }
);
/// SearchCondition
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SearchCondition {
    /// Filter by coefficient of difficulty.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub coefficient: Option<String>,
    /// A frame in the video.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub frame_in_video: Option<i64>,
    /// Whether a sample is a hard sample. The options are as follows:
    ///
    /// - **0**: non-hard sample
    /// - **1**: hard sample
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hard: Option<SearchConditionHard>,
    /// Filter by data source.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub import_origin: Option<String>,
    /// CT dosage, filtered by dosage.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kvp: Option<String>,
    /// Label search criteria.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub label_list: Option<SearchLabels>,
    /// Labeler.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub labeler: Option<String>,
    /// Search by sample attribute.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub metadata: Option<SearchProp>,
    /// Parent sample ID.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parent_sample_id: Option<String>,
    /// Directory where data samples are stored (the directory must end with a slash (/)). Only samples in the specified directory are searched for. Recursive search of directories is not supported.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sample_dir: Option<String>,
    /// Search by sample name, including the file name extension.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sample_name: Option<String>,
    /// When a sample is added to the dataset, an index is created based on the last modification time (accurate to day) of the sample on OBS. You can search for the sample based on the time. The options are as follows:
    ///
    /// - **month**: Search for samples added from 30 days ago to the current day.
    /// - **day**: Search for samples added from yesterday (one day ago) to the current day.
    /// - **yyyyMMdd-yyyyMMdd**: Search for samples added in a specified period (at most 30 days), in the format of **Start date-End date**. For example, **20190901-2019091501** indicates that samples generated from September 1 to September 15, 2019 are searched.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sample_time: Option<SearchConditionSampleTime>,
    /// Search by confidence.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub score: Option<String>,
    /// DICOM layer thickness. Samples are filtered by layer thickness.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub slice_thickness: Option<String>,
    /// DICOM scanning time.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub study_date: Option<String>,
    /// A time point in the video.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub time_in_video: Option<String>,
}
crate::support::setters!(
    @ model SearchCondition { coefficient : String, frame_in_video : i64, hard :
    SearchConditionHard, import_origin : String, kvp : String, label_list : SearchLabels,
    labeler : String, metadata : SearchProp, parent_sample_id : String, sample_dir :
    String, sample_name : String, sample_time : SearchConditionSampleTime, score :
    String, slice_thickness : String, study_date : String, time_in_video : String }
);
crate::support::open_enum!(
    #[doc =
    " If you want to search for multiple labels, **op** must be specified. If you search for only one label, **op** can be left blank. The options are as follows:"]
    #[doc = ""] #[doc = " - **OR**: OR operation"] #[doc = " - **AND**: AND operation"]
    SearchLabelsOp { Or = "OR", And = "AND" }
);
/// SearchLabels
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SearchLabels {
    /// List of label search criteria.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub labels: Option<Vec<SearchLabel>>,
    /// If you want to search for multiple labels, **op** must be specified. If you search for only one label, **op** can be left blank. The options are as follows:
    ///
    /// - **OR**: OR operation
    /// - **AND**: AND operation
    #[serde(skip_serializing_if = "Option::is_none")]
    pub op: Option<SearchLabelsOp>,
}
crate::support::setters!(
    @ model SearchLabels { labels : Vec < SearchLabel >, op : SearchLabelsOp }
);
/// SearchLabel
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SearchLabel {
    /// Label name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Operation type between multiple attributes. The options are as follows:
    ///
    /// - **OR**: OR operation
    /// - **AND**: AND operation
    #[serde(skip_serializing_if = "Option::is_none")]
    pub op: Option<SearchLabelsOp>,
    /// Label attribute, which is in the Object format and stores any key-value pairs. **key** indicates the attribute name, and **value** indicates the value list. If **value** is **null**, the search is not performed by value. Otherwise, the search value can be any value in the list.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub property: Option<std::collections::BTreeMap<String, Vec<String>>>,
    /// Label type. The options are as follows:
    ///
    /// - **0**: image classification
    /// - **1**: object detection
    /// - **100**: text classification
    /// - **101**: named entity recognition
    /// - **102**: text triplet relationship
    /// - **103**: text triplet entity
    /// - **200**: speech classification
    /// - **201**: speech content
    /// - **202**: speech paragraph labeling
    /// - **600**: video classification
    ///
    /// Wire name: `type`.
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub type_: Option<i64>,
}
crate::support::setters!(
    @ model SearchLabel { name : String, op : SearchLabelsOp, property :
    std::collections::BTreeMap < String, Vec < String > >, type_ : i64 }
);
crate::support::open_enum!(
    #[doc = " Relationship between attribute values. The options are as follows:"] #[doc
    = ""] #[doc = " - **AND**: AND relationship"] #[doc = " - **OR**: OR relationship"]
    SearchPropOp { And = "AND", Or = "OR" }
);
/// SearchProp
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SearchProp {
    /// Relationship between attribute values. The options are as follows:
    ///
    /// - **AND**: AND relationship
    /// - **OR**: OR relationship
    #[serde(skip_serializing_if = "Option::is_none")]
    pub op: Option<SearchPropOp>,
    /// Search criteria of an attribute. Multiple search criteria can be set.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub props: Option<std::collections::BTreeMap<String, Vec<String>>>,
}
crate::support::setters!(
    @ model SearchProp { op : SearchPropOp, props : std::collections::BTreeMap < String,
    Vec < String > > }
);
/// Flavor
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Flavor {
    /// Attribute code of a resource specification, which is used for task creating.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
}
crate::support::setters!(@ model Flavor { code : String });
/// InfConfig
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct InfConfig {
    /// (Optional) Environment variable key-value pair required for running a model. By default, this parameter is left blank. To ensure data security, do not enter sensitive information, such as plaintext passwords, in environment variables.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub envs: Option<std::collections::BTreeMap<String, String>>,
    /// Instance number of model deployment, that is, the number of compute nodes.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub instance_count: Option<i64>,
    /// Model ID.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub model_id: Option<String>,
    /// Resource specifications of real-time services. For details, see Deploying Services.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub specification: Option<String>,
    /// Traffic weight allocated to a model. This parameter is mandatory only when **infer\_type** is set to **real-time**. The sum of the weights must be **100**.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub weight: Option<i64>,
}
crate::support::setters!(
    @ model InfConfig { envs : std::collections::BTreeMap < String, String >,
    instance_count : i64, model_id : String, specification : String, weight : i64 }
);
/// TrainingParameter
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct TrainingParameter {
    /// Parameter name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// Parameter value.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
}
crate::support::setters!(@ model TrainingParameter { label : String, value : String });
crate::support::open_enum!(
    #[doc = " Sample usage. The options are as follows:"] #[doc = ""] #[doc =
    " - **TRAIN**: training"] #[doc = " - **EVAL**: evaluation"] #[doc =
    " - **TEST**: test"] #[doc = " - **INFERENCE**: inference"] SampleLabelsSampleUsage {
    Train = "TRAIN", Eval = "EVAL", Test = "TEST", Inference = "INFERENCE" }
);
/// SampleLabels
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SampleLabels {
    /// Sample label list. If this parameter is left blank, all sample labels are deleted.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub labels: Option<Vec<SampleLabel>>,
    /// Key-value pair of the sample **metadata** attribute.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub metadata: Option<SampleMetadata>,
    /// Sample ID.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sample_id: Option<String>,
    /// Sample type. The options are as follows:
    ///
    /// - **0**: image
    /// - **1**: text
    /// - **2**: speech
    /// - **4**: table
    /// - **6**: video
    /// - **9**: custom format
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sample_type: Option<i64>,
    /// Sample usage. The options are as follows:
    ///
    /// - **TRAIN**: training
    /// - **EVAL**: evaluation
    /// - **TEST**: test
    /// - **INFERENCE**: inference
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sample_usage: Option<SampleLabelsSampleUsage>,
    /// Source address of sample data.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// ID of a labeling team member.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub worker_id: Option<String>,
}
crate::support::setters!(
    @ model SampleLabels { labels : Vec < SampleLabel >, metadata : SampleMetadata,
    sample_id : String, sample_type : i64, sample_usage : SampleLabelsSampleUsage, source
    : String, worker_id : String }
);
crate::support::open_enum!(
    #[doc =
    " Video labeling method, which is used to distinguish whether a video is labeled manually or automatically. The options are as follows:"]
    #[doc = ""] #[doc = " - **human**: manual labeling"] #[doc =
    " - **auto**: automatic labeling"] SampleLabelAnnotatedBy { Human = "human", Auto =
    "auto" }
);
/// SampleLabel
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SampleLabel {
    /// Video labeling method, which is used to distinguish whether a video is labeled manually or automatically. The options are as follows:
    ///
    /// - **human**: manual labeling
    /// - **auto**: automatic labeling
    #[serde(skip_serializing_if = "Option::is_none")]
    pub annotated_by: Option<SampleLabelAnnotatedBy>,
    /// Label ID.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Label name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Attribute key-value pair of the sample label, such as the object shape and shape feature.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub property: Option<SampleLabelProperty>,
    /// Confidence.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub score: Option<f32>,
    /// Label type. The options are as follows:
    ///
    /// - **0**: image classification
    /// - **1**: object detection
    /// - **100**: text classification
    /// - **101**: named entity recognition
    /// - **102**: text triplet relationship
    /// - **103**: text triplet entity
    /// - **200**: speech classification
    /// - **201**: speech content
    /// - **202**: speech paragraph labeling
    /// - **600**: video classification
    ///
    /// Wire name: `type`.
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub type_: Option<i64>,
}
crate::support::setters!(
    @ model SampleLabel { annotated_by : SampleLabelAnnotatedBy, id : String, name :
    String, property : SampleLabelProperty, score : f32, type_ : i64 }
);
crate::support::open_enum!(
    #[doc =
    " Sample labeled as a hard sample or not, which is a default attribute. Options:"]
    #[doc = ""] #[doc = " - **0/false**: not a hard example"] #[doc =
    " - **1/true**: hard example"] SampleLabelPropertyModelartsHard { N0False =
    "0/false", N1True = "1/true" }
);
crate::support::open_enum!(
    #[doc =
    " Reasons that the sample is a hard sample, which is a default attribute. Use a hyphen (-) to separate every two hard sample reason IDs, for example, **3-20-21-19**. The options are as follows:"]
    #[doc = ""] #[doc = " - **0**: No target objects are identified."] #[doc =
    " - **1**: The confidence is low."] #[doc =
    " - **2**: The clustering result based on the training dataset is inconsistent with the prediction result."]
    #[doc =
    " - **3**: The prediction result is greatly different from the data of the same type in the training dataset."]
    #[doc =
    " - **4**: The prediction results of multiple consecutive similar images are inconsistent."]
    #[doc =
    " - **5**: There is a large offset between the image resolution and the feature distribution of the training dataset."]
    #[doc =
    " - **6**: There is a large offset between the aspect ratio of the image and the feature distribution of the training dataset."]
    #[doc =
    " - **7**: There is a large offset between the brightness of the image and the feature distribution of the training dataset."]
    #[doc =
    " - **8**: There is a large offset between the saturation of the image and the feature distribution of the training dataset."]
    #[doc =
    " - **9**: There is a large offset between the color richness of the image and the feature distribution of the training dataset."]
    #[doc =
    " - **10**: There is a large offset between the definition of the image and the feature distribution of the training dataset."]
    #[doc =
    " - **11**: There is a large offset between the number of frames of the image and the feature distribution of the training dataset."]
    #[doc =
    " - **12**: There is a large offset between the standard deviation of area of image frames and the feature distribution of the training dataset."]
    #[doc =
    " - **13**: There is a large offset between the aspect ratio of image frames and the feature distribution of the training dataset."]
    #[doc =
    " - **14**: There is a large offset between the area portion of image frames and the feature distribution of the training dataset."]
    #[doc =
    " - **15**: There is a large offset between the edge of image frames and the feature distribution of the training dataset."]
    #[doc =
    " - **16**: There is a large offset between the brightness of image frames and the feature distribution of the training dataset."]
    #[doc =
    " - **17**: There is a large offset between the definition of image frames and the feature distribution of the training dataset."]
    #[doc =
    " - **18**: There is a large offset between the stack of image frames and the feature distribution of the training dataset."]
    #[doc =
    " - **19**: The data enhancement result based on GaussianBlur is inconsistent with the prediction result of the original image."]
    #[doc =
    " - **20**: The data enhancement result based on fliplr is inconsistent with the prediction result of the original image."]
    #[doc =
    " - **21**: The data enhancement result based on Crop is inconsistent with the prediction result of the original image."]
    #[doc =
    " - **22**: The data enhancement result based on flipud is inconsistent with the prediction result of the original image."]
    #[doc =
    " - **23**: The data enhancement result based on scale is inconsistent with the prediction result of the original image."]
    #[doc =
    " - **24**: The data enhancement result based on translate is inconsistent with the prediction result of the original image."]
    #[doc =
    " - **25**: The data enhancement result based on shear is inconsistent with the prediction result of the original image."]
    #[doc =
    " - **26**: The data enhancement result based on superpixels is inconsistent with the prediction result of the original image."]
    #[doc =
    " - **27**: The data enhancement result based on sharpen is inconsistent with the prediction result of the original image."]
    #[doc =
    " - **28**: The data enhancement result based on add is inconsistent with the prediction result of the original image."]
    #[doc =
    " - **29**: The data enhancement result based on invert is inconsistent with the prediction result of the original image."]
    #[doc = " - **30**: The data is predicted to be abnormal."]
    SampleLabelPropertyModelartsHardReasons { N0 = "0", N1 = "1", N2 = "2", N3 = "3", N4
    = "4", N5 = "5", N6 = "6", N7 = "7", N8 = "8", N9 = "9", N10 = "10", N11 = "11", N12
    = "12", N13 = "13", N14 = "14", N15 = "15", N16 = "16", N17 = "17", N18 = "18", N19 =
    "19", N20 = "20", N21 = "21", N22 = "22", N23 = "23", N24 = "24", N25 = "25", N26 =
    "26", N27 = "27", N28 = "28", N29 = "29", N30 = "30" }
);
crate::support::open_enum!(
    #[doc =
    " Object shape, which is a default attribute dedicated to the object detection label and is left empty by default. The options are as follows:"]
    #[doc = ""] #[doc = " - **bndbox**: rectangle"] #[doc = " - **polygon**: polygon"]
    #[doc = " - **circle**: circle"] #[doc = " - **line**: straight line"] #[doc =
    " - **dashed**: dotted line"] #[doc = " - **point**: point"] #[doc =
    " - **polyline**: polyline"] SampleLabelPropertyModelartsShape { Bndbox = "bndbox",
    Polygon = "polygon", Circle = "circle", Line = "line", Dashed = "dashed", Point =
    "point", Polyline = "polyline" }
);
/// SampleLabelProperty
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SampleLabelProperty {
    /// Speech text content, which is a default attribute dedicated to the speech label (including the speech content and speech start and end points).
    ///
    /// Wire name: `@modelarts:content`.
    #[serde(rename = "@modelarts:content", skip_serializing_if = "Option::is_none")]
    pub modelarts_content: Option<String>,
    /// End position of the text, which is a default attribute dedicated to the named entity label. The end position does not include the character corresponding to the value of **end\_index**. Examples are as follows.
    ///
    /// - If the text content is "Barack Hussein Obama II (born August 4, 1961) is an American attorney and politician.", the **start\_index** and **end\_index** values of "Barack Hussein Obama II" are **0** and **23**, respectively.
    /// - If the text content is "By the end of 2018, the company has more than 100 employees.", the **start\_index** and **end\_index** values of "By the end of 2018" are **0** and **18**, respectively.
    ///
    /// Wire name: `@modelarts:end_index`.
    #[serde(rename = "@modelarts:end_index", skip_serializing_if = "Option::is_none")]
    pub modelarts_end_index: Option<i64>,
    /// Speech end time, which is a default attribute dedicated to the speech start/end point label, in the format of **hh:mm:ss.SSS**. (**hh** indicates hour; **mm** indicates minute; **ss** indicates second; and **SSS** indicates millisecond.)
    ///
    /// Wire name: `@modelarts:end_time`.
    #[serde(rename = "@modelarts:end_time", skip_serializing_if = "Option::is_none")]
    pub modelarts_end_time: Option<String>,
    /// Shape feature, which is a default attribute dedicated to the object detection label, with type of **List**. The upper left corner of an image is used as the coordinate origin **\[0,0\]**. Each coordinate point is represented by \[x, y\]. x indicates the horizontal coordinate, and y indicates the vertical coordinate (both x and y are greater than or equal to 0). The format of each shape is as follows:
    ///
    /// - **bndbox**: consists of two points, for example, **\[\[0,10\],\[50,95\]\]**. The first point is located at the upper left corner of the rectangle and the second point is located at the lower right corner of the rectangle. That is, the X coordinate of the first point must be smaller than that of the second point, and the Y coordinate of the second point must be smaller than that of the first point.
    /// - **polygon**: consists of multiple points that are connected in sequence to form a polygon, for example, **\[\[0,100\],\[50,95\],\[10,60\],\[500,400\]\]**.
    /// - **circle**: consists of the center point and radius, for example, **\[\[100,100\],\[50\]\]**.
    /// - **line**: consists of two points, for example, **\[\[0,100\],\[50,95\]\]**. The first point is the start point, and the second point is the end point.
    /// - **dashed**: consists of two points, for example, **\[\[0,100\],\[50,95\]\]**. The first point is the start point, and the second point is the end point.
    /// - **point**: consists of one point, for example, **\[\[0,100\]\]**.
    /// - **polyline**: consists of multiple points, for example, **\[\[0,100\],\[50,95\],\[10,60\],\[500,400\]\]**.
    ///
    /// Wire name: `@modelarts:feature`.
    #[serde(rename = "@modelarts:feature", skip_serializing_if = "Option::is_none")]
    pub modelarts_feature: Option<serde_json::Value>,
    /// ID of the head entity in the triplet relationship label, which is a default attribute dedicated to the triplet relationship label. Wire name: `@modelarts:from`.
    #[serde(rename = "@modelarts:from", skip_serializing_if = "Option::is_none")]
    pub modelarts_from: Option<String>,
    /// Sample labeled as a hard sample or not, which is a default attribute. Options:
    ///
    /// - **0/false**: not a hard example
    /// - **1/true**: hard example
    ///
    /// Wire name: `@modelarts:hard`.
    #[serde(rename = "@modelarts:hard", skip_serializing_if = "Option::is_none")]
    pub modelarts_hard: Option<SampleLabelPropertyModelartsHard>,
    /// Coefficient of difficulty of each label level, which is a default attribute. The value range is **\[0,1\]**. Wire name: `@modelarts:hard_coefficient`.
    #[serde(
        rename = "@modelarts:hard_coefficient",
        skip_serializing_if = "Option::is_none"
    )]
    pub modelarts_hard_coefficient: Option<String>,
    /// Reasons that the sample is a hard sample, which is a default attribute. Use a hyphen (-) to separate every two hard sample reason IDs, for example, **3-20-21-19**. The options are as follows:
    ///
    /// - **0**: No target objects are identified.
    /// - **1**: The confidence is low.
    /// - **2**: The clustering result based on the training dataset is inconsistent with the prediction result.
    /// - **3**: The prediction result is greatly different from the data of the same type in the training dataset.
    /// - **4**: The prediction results of multiple consecutive similar images are inconsistent.
    /// - **5**: There is a large offset between the image resolution and the feature distribution of the training dataset.
    /// - **6**: There is a large offset between the aspect ratio of the image and the feature distribution of the training dataset.
    /// - **7**: There is a large offset between the brightness of the image and the feature distribution of the training dataset.
    /// - **8**: There is a large offset between the saturation of the image and the feature distribution of the training dataset.
    /// - **9**: There is a large offset between the color richness of the image and the feature distribution of the training dataset.
    /// - **10**: There is a large offset between the definition of the image and the feature distribution of the training dataset.
    /// - **11**: There is a large offset between the number of frames of the image and the feature distribution of the training dataset.
    /// - **12**: There is a large offset between the standard deviation of area of image frames and the feature distribution of the training dataset.
    /// - **13**: There is a large offset between the aspect ratio of image frames and the feature distribution of the training dataset.
    /// - **14**: There is a large offset between the area portion of image frames and the feature distribution of the training dataset.
    /// - **15**: There is a large offset between the edge of image frames and the feature distribution of the training dataset.
    /// - **16**: There is a large offset between the brightness of image frames and the feature distribution of the training dataset.
    /// - **17**: There is a large offset between the definition of image frames and the feature distribution of the training dataset.
    /// - **18**: There is a large offset between the stack of image frames and the feature distribution of the training dataset.
    /// - **19**: The data enhancement result based on GaussianBlur is inconsistent with the prediction result of the original image.
    /// - **20**: The data enhancement result based on fliplr is inconsistent with the prediction result of the original image.
    /// - **21**: The data enhancement result based on Crop is inconsistent with the prediction result of the original image.
    /// - **22**: The data enhancement result based on flipud is inconsistent with the prediction result of the original image.
    /// - **23**: The data enhancement result based on scale is inconsistent with the prediction result of the original image.
    /// - **24**: The data enhancement result based on translate is inconsistent with the prediction result of the original image.
    /// - **25**: The data enhancement result based on shear is inconsistent with the prediction result of the original image.
    /// - **26**: The data enhancement result based on superpixels is inconsistent with the prediction result of the original image.
    /// - **27**: The data enhancement result based on sharpen is inconsistent with the prediction result of the original image.
    /// - **28**: The data enhancement result based on add is inconsistent with the prediction result of the original image.
    /// - **29**: The data enhancement result based on invert is inconsistent with the prediction result of the original image.
    /// - **30**: The data is predicted to be abnormal.
    ///
    /// Wire name: `@modelarts:hard_reasons`.
    #[serde(rename = "@modelarts:hard_reasons", skip_serializing_if = "Option::is_none")]
    pub modelarts_hard_reasons: Option<SampleLabelPropertyModelartsHardReasons>,
    /// Object shape, which is a default attribute dedicated to the object detection label and is left empty by default. The options are as follows:
    ///
    /// - **bndbox**: rectangle
    /// - **polygon**: polygon
    /// - **circle**: circle
    /// - **line**: straight line
    /// - **dashed**: dotted line
    /// - **point**: point
    /// - **polyline**: polyline
    ///
    /// Wire name: `@modelarts:shape`.
    #[serde(rename = "@modelarts:shape", skip_serializing_if = "Option::is_none")]
    pub modelarts_shape: Option<SampleLabelPropertyModelartsShape>,
    /// Speech source, which is a default attribute dedicated to the speech start/end point label and can be set to a speaker or narrator.
    ///
    /// Wire name: `@modelarts:source`.
    #[serde(rename = "@modelarts:source", skip_serializing_if = "Option::is_none")]
    pub modelarts_source: Option<String>,
    /// Start position of the text, which is a default attribute dedicated to the named entity label. The start value begins from 0, including the character corresponding to the value of **start\_index**.
    ///
    /// Wire name: `@modelarts:start_index`.
    #[serde(rename = "@modelarts:start_index", skip_serializing_if = "Option::is_none")]
    pub modelarts_start_index: Option<i64>,
    /// Speech start time, which is a default attribute dedicated to the speech start/end point label, in the format of **hh:mm:ss.SSS**. (**hh** indicates hour; **mm** indicates minute; **ss** indicates second; and **SSS** indicates millisecond.)
    ///
    /// Wire name: `@modelarts:start_time`.
    #[serde(rename = "@modelarts:start_time", skip_serializing_if = "Option::is_none")]
    pub modelarts_start_time: Option<String>,
    /// ID of the tail entity in the triplet relationship label, which is a default attribute dedicated to the triplet relationship label. Wire name: `@modelarts:to`.
    #[serde(rename = "@modelarts:to", skip_serializing_if = "Option::is_none")]
    pub modelarts_to: Option<String>,
}
crate::support::setters!(
    @ model SampleLabelProperty { modelarts_content : String, modelarts_end_index : i64,
    modelarts_end_time : String, modelarts_feature : serde_json::Value, modelarts_from :
    String, modelarts_hard : SampleLabelPropertyModelartsHard, modelarts_hard_coefficient
    : String, modelarts_hard_reasons : SampleLabelPropertyModelartsHardReasons,
    modelarts_shape : SampleLabelPropertyModelartsShape, modelarts_source : String,
    modelarts_start_index : i64, modelarts_start_time : String, modelarts_to : String }
);
/// SampleMetadata
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SampleMetadata {
    /// Whether the sample is labeled as a hard sample, which is a default attribute. The options are as follows:
    ///
    /// - **0**: non-hard sample
    /// - **1**: hard sample
    ///
    /// Wire name: `@modelarts:hard`.
    #[serde(rename = "@modelarts:hard", skip_serializing_if = "Option::is_none")]
    pub modelarts_hard: Option<f64>,
    /// Coefficient of difficulty of each sample level, which is a default attribute. The value range is **\[0,1\]**. Wire name: `@modelarts:hard_coefficient`.
    #[serde(
        rename = "@modelarts:hard_coefficient",
        skip_serializing_if = "Option::is_none"
    )]
    pub modelarts_hard_coefficient: Option<f64>,
    /// ID of a hard sample reason, which is a default attribute. The options are as follows:
    ///
    /// - **0**: No target objects are identified.
    /// - **1**: The confidence is low.
    /// - **2**: The clustering result based on the training dataset is inconsistent with the prediction result.
    /// - **3**: The prediction result is greatly different from the data of the same type in the training dataset.
    /// - **4**: The prediction results of multiple consecutive similar images are inconsistent.
    /// - **5**: There is a large offset between the image resolution and the feature distribution of the training dataset.
    /// - **6**: There is a large offset between the aspect ratio of the image and the feature distribution of the training dataset.
    /// - **7**: There is a large offset between the brightness of the image and the feature distribution of the training dataset.
    /// - **8**: There is a large offset between the saturation of the image and the feature distribution of the training dataset.
    /// - **9**: There is a large offset between the color richness of the image and the feature distribution of the training dataset.
    /// - **10**: There is a large offset between the definition of the image and the feature distribution of the training dataset.
    /// - **11**: There is a large offset between the number of frames of the image and the feature distribution of the training dataset.
    /// - **12**: There is a large offset between the standard deviation of area of image frames and the feature distribution of the training dataset.
    /// - **13**: There is a large offset between the aspect ratio of image frames and the feature distribution of the training dataset.
    /// - **14**: There is a large offset between the area portion of image frames and the feature distribution of the training dataset.
    /// - **15**: There is a large offset between the edge of image frames and the feature distribution of the training dataset.
    /// - **16**: There is a large offset between the brightness of image frames and the feature distribution of the training dataset.
    /// - **17**: There is a large offset between the definition of image frames and the feature distribution of the training dataset.
    /// - **18**: There is a large offset between the stack of image frames and the feature distribution of the training dataset.
    /// - **19**: The data enhancement result based on GaussianBlur is inconsistent with the prediction result of the original image.
    /// - **20**: The data enhancement result based on fliplr is inconsistent with the prediction result of the original image.
    /// - **21**: The data enhancement result based on Crop is inconsistent with the prediction result of the original image.
    /// - **22**: The data enhancement result based on flipud is inconsistent with the prediction result of the original image.
    /// - **23**: The data enhancement result based on scale is inconsistent with the prediction result of the original image.
    /// - **24**: The data enhancement result based on translate is inconsistent with the prediction result of the original image.
    /// - **25**: The data enhancement result based on shear is inconsistent with the prediction result of the original image.
    /// - **26**: The data enhancement result based on superpixels is inconsistent with the prediction result of the original image.
    /// - **27**: The data enhancement result based on sharpen is inconsistent with the prediction result of the original image.
    /// - **28**: The data enhancement result based on add is inconsistent with the prediction result of the original image.
    /// - **29**: The data enhancement result based on invert is inconsistent with the prediction result of the original image.
    /// - **30**: The data is predicted to be abnormal.
    ///
    /// Wire name: `@modelarts:hard_reasons`.
    #[serde(rename = "@modelarts:hard_reasons", skip_serializing_if = "Option::is_none")]
    pub modelarts_hard_reasons: Option<Vec<i64>>,
    /// Image size (width, height, and depth of the image), which is a default attribute, with type of **List**. In the list, the first number indicates the width (pixels), the second number indicates the height (pixels), and the third number indicates the depth (the depth can be left blank and the default value is **3**). For example, **\[100,200,3\]** and **\[100,200\]** are both valid. Note: This parameter is mandatory only when the sample label list contains the object detection label.
    ///
    /// Wire name: `@modelarts:size`. Documented default: `3`.
    #[serde(rename = "@modelarts:size", skip_serializing_if = "Option::is_none")]
    pub modelarts_size: Option<Vec<serde_json::Value>>,
}
crate::support::setters!(
    @ model SampleMetadata { modelarts_hard : f64, modelarts_hard_coefficient : f64,
    modelarts_hard_reasons : Vec < i64 >, modelarts_size : Vec < serde_json::Value > }
);
crate::support::open_enum!(
    #[doc = " Dataset type. The options are as follows:"] #[doc = ""] #[doc =
    " - **0**: image classification"] #[doc = " - **1**: object detection"] #[doc =
    " - **100**: text classification"] #[doc = " - **101**: named entity recognition"]
    #[doc = " - **102**: text triplet"] #[doc = " - **200**: sound classification"] #[doc
    = " - **201**: speech content"] #[doc = " - **202**: speech paragraph labeling"]
    #[doc = " - **400**: table dataset"] #[doc = " - **600**: video labeling"] #[doc =
    " - **900**: custom format"] ResultModelDatasetType { N0 = "0", N1 = "1", N100 =
    "100", N101 = "101", N102 = "102", N200 = "200", N201 = "201", N202 = "202", N400 =
    "400", N600 = "600", N900 = "900" }
);
/// Result
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ResultModel {
    /// Number of labeled samples.
    pub annotated_sample_count: Option<i64>,
    /// Confidence range.
    pub confidence_scope: Option<String>,
    /// Dataset name.
    pub dataset_name: Option<String>,
    /// Dataset type. The options are as follows:
    ///
    /// - **0**: image classification
    /// - **1**: object detection
    /// - **100**: text classification
    /// - **101**: named entity recognition
    /// - **102**: text triplet
    /// - **200**: sound classification
    /// - **201**: speech content
    /// - **202**: speech paragraph labeling
    /// - **400**: table dataset
    /// - **600**: video labeling
    /// - **900**: custom format
    pub dataset_type: Option<ResultModelDatasetType>,
    /// Description.
    pub description: Option<String>,
    /// Name of a DLF model inference job.
    pub dlf_model_job_name: Option<String>,
    /// Name of a DLF real-time service job.
    pub dlf_service_job_name: Option<String>,
    /// Name of a DLF training job.
    pub dlf_train_job_name: Option<String>,
    /// Event.
    pub events: Option<Vec<Event>>,
    /// Path for storing hard examples.
    pub hard_example_path: Option<String>,
    /// Selected task list of hard examples.
    pub hard_select_tasks: Option<Vec<HardSelectTask>>,
    /// Path for storing the **manifest** files.
    pub manifest_path: Option<String>,
    /// Model ID.
    pub model_id: Option<String>,
    /// Model name.
    pub model_name: Option<String>,
    /// Model version.
    pub model_version: Option<String>,
    /// Inference result of the real-time video service.
    pub samples: Option<Vec<SampleLabels>>,
    /// ID of a real-time service.
    pub service_id: Option<String>,
    /// Name of a real-time service.
    pub service_name: Option<String>,
    /// ID of the real-time service bound to a user.
    pub service_resource: Option<String>,
    /// Total number of samples.
    pub total_sample_count: Option<i64>,
    /// Path for storing training data.
    pub train_data_path: Option<String>,
    /// ID of a training job.
    pub train_job_id: Option<String>,
    /// Name of a training job.
    pub train_job_name: Option<String>,
    /// Number of samples to be confirmed.
    pub unconfirmed_sample_count: Option<i64>,
    /// Dataset version ID.
    pub version_id: Option<String>,
    /// Dataset version name.
    pub version_name: Option<String>,
    /// Workspace ID. If no workspace is created, the default value is **0**. If a workspace is created and used, use the actual value. Default: `0`.
    pub workspace_id: Option<String>,
}
crate::support::open_enum!(
    #[doc = " Status. The options are as follows:"] #[doc = ""] #[doc =
    " - **waiting**: waiting"] #[doc = " - **running**: running"] #[doc =
    " - **failed**: failed"] #[doc = " - **success**: successful"] EventStatus { Waiting
    = "waiting", Running = "running", Failed = "failed", Success = "success" }
);
/// Event
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Event {
    /// Time when an event is created.
    pub create_time: Option<i64>,
    /// Description.
    pub description: Option<String>,
    /// Time when an event is executed.
    pub elapsed_time: Option<i64>,
    /// Error code.
    pub error_code: Option<String>,
    /// Error message.
    pub error_message: Option<String>,
    /// Subevent list.
    pub events: Option<Vec<Event>>,
    /// Event severity.
    pub level: Option<i64>,
    /// Event name.
    pub name: Option<String>,
    /// Sequence number.
    pub ordinal: Option<i64>,
    /// Parent event name.
    pub parent_name: Option<String>,
    /// Status. The options are as follows:
    ///
    /// - **waiting**: waiting
    /// - **running**: running
    /// - **failed**: failed
    /// - **success**: successful
    pub status: Option<EventStatus>,
}
/// HardSelectTask
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct HardSelectTask {
    /// Creation time.
    pub create_at: Option<i64>,
    /// Dataset ID.
    pub dataset_id: Option<String>,
    /// Dataset name.
    pub dataset_name: Option<String>,
    /// ID of a hard example filtering task.
    pub hard_select_task_id: Option<String>,
    /// Task status.
    pub task_status: Option<String>,
    /// Execution time.
    pub time: Option<i64>,
    /// Update time.
    pub update_at: Option<i64>,
}
crate::support::open_enum!(
    #[doc = " Authorization type. **Agency** is recommended."] #[doc = " Options:"] #[doc
    = ""] #[doc = " - **agency**: authorization through an agency"] #[doc =
    " - **credential**: authorization through an access Key (AK/SK) Default: **agency**"]
    AuthorizationRequestType { Agency = "agency", Credential = "credential" }
);
/// Request body parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AuthorizationRequest {
    /// User ID. For details about how to obtain a user ID, see Obtaining a User ID.
    /// If **user\_id** is set to **all**, all IAM users are authorized. If some IAM users have been authorized, the authorization setting will be updated.
    /// This parameter is mandatory only if the authorization type is set to **agency**.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user_id: Option<String>,
    /// Authorization type. **Agency** is recommended.
    /// Options:
    ///
    /// - **agency**: authorization through an agency
    /// - **credential**: authorization through an access Key (AK/SK) Default: **agency**
    ///
    /// Wire name: `type`.
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub type_: Option<AuthorizationRequestType>,
    /// Authorization content.
    ///
    /// - If **Authorization Type** is set to **Agency**, this field indicates the agency name.
    /// - If **Authorization Type** is set to **AK/SK**, this field indicates the access key ID (AK).
    pub content: String,
    /// Secret Access Key (SK). This field is required only when **Authorization Method** is set to **AK/SK**.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub secret_key: Option<String>,
}
crate::support::open_enum!(
    #[doc =
    " Data format. The options are as follows: - **Default**: default format - **CarbonData**: CarbonData (supported only by table datasets)"]
    CreateDatasetReqDataFormat { Default = "Default", CarbonData = "CarbonData" }
);
/// Request body parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CreateDatasetReq {
    /// Data format. The options are as follows: - **Default**: default format - **CarbonData**: CarbonData (supported only by table datasets)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub data_format: Option<CreateDatasetReqDataFormat>,
    /// Input dataset path, which is used to synchronize source data (such as images, text files, and audio files) in the directory and its subdirectories to the dataset. For a table dataset, this parameter indicates the import directory. The work directory of a table dataset cannot be an OBS path in a KMS-encrypted bucket.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub data_sources: Option<Vec<DataSource>>,
    /// Dataset name. The value contains 1 to 100 characters. Only letters, digits, underscores (\_), and hyphens (-) are allowed, for example, dataset-9f3b.
    ///
    /// Length 1 to 100.
    pub dataset_name: String,
    /// Dataset type. The options are as follows: - **0**: image classification - **1**: object detection - **100**: text classification - **101**: named entity recognition - **102**: text triplet - **200**: sound classification - **201**: speech content - **202**: speech paragraph labeling - **400**: table dataset - **600**: video labeling - **900**: custom format
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dataset_type: Option<i64>,
    /// Dataset description. The value is empty by default. The description contains 0 to 256 characters and does not support the following special characters: ^\!\<\>=\&"'
    ///
    /// Length 0 to 256.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Whether to automatically import the labeling information in the input directory, supporting detection, image classification, and text classification. The options are as follows: - **true**: Import labeling information in the input directory. (Default value) - **false**: Do not import labeling information in the input directory.
    ///
    /// Default: `true`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub import_annotations: Option<bool>,
    /// Whether to import data. This parameter is used only for table datasets. The options are as follows: - **true**: Import data when creating a database. - **false**: Do not import data when creating a database. (Default value)
    ///
    /// Default: `false`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub import_data: Option<bool>,
    /// Label format information. This parameter is used only for text datasets.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub label_format: Option<LabelFormat>,
    /// Dataset label list.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub labels: Option<Vec<Label>>,
    /// Whether to host a dataset. The options are as follows: - **true**: Host a dataset. - **false**: Do not host a dataset. (Default value). Default: `false`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub managed: Option<bool>,
    /// Schema list.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub schema: Option<Vec<Field>>,
    /// Output dataset path, which is used to store output files such as label files. - The format is /Bucket name/File path, for example, /**obs-bucket**/**flower**/**rose**/. (The directory is used as the path.)- A bucket cannot be directly used as a path.- The output dataset path is different from the input dataset path or its subdirectory.- The value contains 3 to 700 characters.
    ///
    /// Length 3 to 700.
    pub work_path: String,
    /// Type of the dataset output path. The options are as follows: - **0**: OBS bucket (default value). Default: `0`.
    pub work_path_type: i64,
    /// Team labeling information.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub workforce_information: Option<WorkforceInformation>,
    /// Workspace ID. If no workspace is created, the default value is **0**. If a workspace is created and used, use the actual value. Default: `0`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub workspace_id: Option<String>,
}
/// DataSource
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct DataSource {
    /// Data source path.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub data_path: Option<String>,
    /// Data type. The options are as follows: - **0**: OBS bucket (default value) - **1**: GaussDB(DWS) - **2**: DLI - **3**: RDS - **4**: MRS - **5**: AI Gallery - **6**: Inference service
    ///
    /// Default: `0`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub data_type: Option<i64>,
    /// Schema mapping information corresponding to the table data.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub schema_maps: Option<Vec<SchemaMap>>,
    /// Information required for importing a table data source.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source_info: Option<SourceInfo>,
    /// Whether the first row in the file is a column name. This field is valid for the table dataset. The options are as follows: - **true**: The first row in the file is the column name. - **false**: The first row in the file is not the column name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub with_column_header: Option<bool>,
}
crate::support::setters!(
    @ model DataSource { data_path : String, data_type : i64, schema_maps : Vec <
    SchemaMap >, source_info : SourceInfo, with_column_header : bool }
);
/// SchemaMap
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SchemaMap {
    /// Name of the destination column.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dest_name: Option<String>,
    /// Name of the source column.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub src_name: Option<String>,
}
crate::support::setters!(@ model SchemaMap { dest_name : String, src_name : String });
/// SourceInfo
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SourceInfo {
    /// ID of an MRS cluster.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cluster_id: Option<String>,
    /// Running mode of an MRS cluster. The options are as follows: - **0**: normal cluster - **1**: security cluster
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cluster_mode: Option<SearchConditionHard>,
    /// Name of an MRS cluster.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cluster_name: Option<String>,
    /// Name of the database to which the table dataset is imported.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub database_name: Option<String>,
    /// HDFS path of a table dataset.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub input: Option<String>,
    /// IP address of your GaussDB(DWS) cluster.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ip: Option<String>,
    /// Port number of your GaussDB(DWS) cluster.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub port: Option<String>,
    /// DLI queue name of a table dataset.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub queue_name: Option<String>,
    /// Subnet ID of an MRS cluster.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub subnet_id: Option<String>,
    /// Name of the table to which a table dataset is imported.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub table_name: Option<String>,
    /// Username, which is mandatory for GaussDB(DWS) data.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user_name: Option<String>,
    /// User password, which is mandatory for GaussDB(DWS) data.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user_password: Option<String>,
    /// ID of the VPC where an MRS cluster resides.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub vpc_id: Option<String>,
}
crate::support::setters!(
    @ model SourceInfo { cluster_id : String, cluster_mode : SearchConditionHard,
    cluster_name : String, database_name : String, input : String, ip : String, port :
    String, queue_name : String, subnet_id : String, table_name : String, user_name :
    String, user_password : String, vpc_id : String }
);
/// LabelFormat
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct LabelFormat {
    /// Label type of text classification. The options are as follows: - **0**: The label is separated from the text, and they are distinguished by the fixed suffix **\_result**. For example, the text file is **abc.txt**, and the label file is **abc\_result.txt**. - **1**: Default value. Labels and texts are stored in the same file and separated by separators. You can use **text\_sample\_separator** to specify the separator between the text and label and **text\_label\_separator** to specify the separator between labels.
    ///
    /// Default: `1`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub label_type: Option<SearchConditionHard>,
    /// Separator between labels. By default, a comma (,) is used as the separator. The separator needs to be escaped. The separator can contain only one character, such as a letter, a digit, or any of the following special characters: \!@\#$%^\&\*\_=\|?/':.;,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text_label_separator: Option<String>,
    /// Separator between the text and label. By default, the **Tab** key is used as the separator. The separator needs to be escaped. The separator can contain only one character, such as a letter, a digit, or any of the following special characters: \!@\#$%^\&\*\_=\|?/':.;,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text_sample_separator: Option<String>,
}
crate::support::setters!(
    @ model LabelFormat { label_type : SearchConditionHard, text_label_separator :
    String, text_sample_separator : String }
);
/// Label
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Label {
    /// Multi-dimensional attribute of a label. For example, if the label is music, attributes such as style and artist may be included.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attributes: Option<Vec<LabelAttribute>>,
    /// Label name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Basic attribute key-value pair of a label, such as color and shortcut keys.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub property: Option<LabelProperty>,
    /// Label type. The options are as follows: - **0**: image classification - **1**: object detection - **100**: text classification - **101**: named entity recognition - **102**: text triplet relationship - **103**: text triplet entity - **200**: speech classification - **201**: speech content - **202**: speech paragraph labeling - **600**: video classification
    ///
    /// Wire name: `type`.
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub type_: Option<i64>,
}
crate::support::setters!(
    @ model Label { attributes : Vec < LabelAttribute >, name : String, property :
    LabelProperty, type_ : i64 }
);
crate::support::open_enum!(
    #[doc =
    " Label attribute type. The options are as follows: - **text**: text - **select**: single-choice drop-down list"]
    LabelAttributeType { Text = "text", Select = "select" }
);
/// LabelAttribute
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct LabelAttribute {
    /// Default value of a label attribute.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub default_value: Option<String>,
    /// Label attribute ID.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Label attribute name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Label attribute type. The options are as follows: - **text**: text - **select**: single-choice drop-down list. Wire name: `type`.
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub type_: Option<LabelAttributeType>,
    /// List of label attribute values.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub values: Option<Vec<LabelAttributeValue>>,
}
crate::support::setters!(
    @ model LabelAttribute { default_value : String, id : String, name : String, type_ :
    LabelAttributeType, values : Vec < LabelAttributeValue > }
);
/// LabelAttributeValue
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct LabelAttributeValue {
    /// Label attribute value ID.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Label attribute value.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
}
crate::support::setters!(@ model LabelAttributeValue { id : String, value : String });
/// LabelProperty
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct LabelProperty {
    /// Default attribute: Label color, which is a hexadecimal code of the color. By default, this parameter is left blank. Example: **\#FFFFF0**.
    ///
    /// Wire name: `@modelarts:color`.
    #[serde(rename = "@modelarts:color", skip_serializing_if = "Option::is_none")]
    pub modelarts_color: Option<String>,
    /// Default attribute: Default shape of an object detection label (dedicated attribute). By default, this parameter is left blank. The options are as follows: - **bndbox**: rectangle - **polygon**: polygon - **circle**: circle - **line**: straight line - **dashed**: dotted line - **point**: point - **polyline**: polyline
    ///
    /// Wire name: `@modelarts:default_shape`.
    #[serde(
        rename = "@modelarts:default_shape",
        skip_serializing_if = "Option::is_none"
    )]
    pub modelarts_default_shape: Option<SampleLabelPropertyModelartsShape>,
    /// Default attribute: Type of the head entity in the triplet relationship label. This attribute must be specified when a relationship label is created. This parameter is used only for the text triplet dataset.
    ///
    /// Wire name: `@modelarts:from_type`.
    #[serde(rename = "@modelarts:from_type", skip_serializing_if = "Option::is_none")]
    pub modelarts_from_type: Option<String>,
    /// Default attribute: The new name of the label. Wire name: `@modelarts:rename_to`.
    #[serde(rename = "@modelarts:rename_to", skip_serializing_if = "Option::is_none")]
    pub modelarts_rename_to: Option<String>,
    /// Default attribute: Label shortcut key. By default, this parameter is left blank. For example: **D**. Wire name: `@modelarts:shortcut`.
    #[serde(rename = "@modelarts:shortcut", skip_serializing_if = "Option::is_none")]
    pub modelarts_shortcut: Option<String>,
    /// Default attribute: Type of the tail entity in the triplet relationship label. This attribute must be specified when a relationship label is created. This parameter is used only for the text triplet dataset.
    ///
    /// Wire name: `@modelarts:to_type`.
    #[serde(rename = "@modelarts:to_type", skip_serializing_if = "Option::is_none")]
    pub modelarts_to_type: Option<String>,
}
crate::support::setters!(
    @ model LabelProperty { modelarts_color : String, modelarts_default_shape :
    SampleLabelPropertyModelartsShape, modelarts_from_type : String, modelarts_rename_to
    : String, modelarts_shortcut : String, modelarts_to_type : String }
);
/// Field
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Field {
    /// Schema description.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Schema name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Schema ID.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub schema_id: Option<i64>,
    /// Schema value type. Wire name: `type`.
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub type_: Option<String>,
}
crate::support::setters!(
    @ model Field { description : String, name : String, schema_id : i64, type_ : String
    }
);
/// WorkforceInformation
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct WorkforceInformation {
    /// Synchronization type. The options are as follows: - **0**: not to be synchronized - **1**: data to be synchronized - **2**: label to be synchronized - **3**: data and label to be synchronized
    #[serde(skip_serializing_if = "Option::is_none")]
    pub data_sync_type: Option<i64>,
    /// Number of persons who label each sample. The minimum value is **1**. Range at least 1.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub repetition: Option<i64>,
    /// Whether to synchronously update auto labeling data. The options are as follows: - **true**: Update auto labeling data synchronously. - **false**: Do not update auto labeling data synchronously.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub synchronize_auto_labeling_data: Option<bool>,
    /// Whether to synchronize updated data, such as uploading files, synchronizing data sources, and assigning imported unlabeled files to team members. The options are as follows: - **true**: Synchronize updated data to team members. - **false**: Do not synchronize updated data to team members.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub synchronize_data: Option<bool>,
    /// ID of a team labeling task.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub task_id: Option<String>,
    /// Name of a team labeling task. The value contains 1 to 64 characters, including only letters, digits, underscores (\_), and hyphens (-). Length 1 to 64.
    pub task_name: String,
    /// Manpower assignment of a team labeling task. You can delegate the administrator to assign the manpower or do it by yourself.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub workforces_config: Option<WorkforcesConfig>,
}
crate::support::setters!(
    @ model WorkforceInformation new(task_name : String) { data_sync_type : i64,
    repetition : i64, synchronize_auto_labeling_data : bool, synchronize_data : bool,
    task_id : String, workforces_config : WorkforcesConfig }
);
/// WorkforcesConfig
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct WorkforcesConfig {
    /// Team administrator.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub agency: Option<String>,
    /// List of teams that execute labeling tasks.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub workforces: Option<Vec<WorkforceConfig>>,
}
crate::support::setters!(
    @ model WorkforcesConfig { agency : String, workforces : Vec < WorkforceConfig > }
);
/// WorkforceConfig
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct WorkforceConfig {
    /// List of labeling team members.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub workers: Option<Vec<Worker>>,
    /// ID of a labeling team.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub workforce_id: Option<String>,
    /// Name of a labeling team. The value contains 0 to 1024 characters and does not support the following special characters: \!\<\>=\&"'. Length 0 to 1024.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub workforce_name: Option<String>,
}
crate::support::setters!(
    @ model WorkforceConfig { workers : Vec < Worker >, workforce_id : String,
    workforce_name : String }
);
/// Worker
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Worker {
    /// Creation time.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub create_time: Option<i64>,
    /// Labeling team member description. The value contains 0 to 256 characters and does not support the following special characters: ^\!\<\>=\&"'. Length 0 to 256.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Email address of a labeling team member.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// Role. The options are as follows: - **0**: labeling personnel - **1**: reviewer - **2**: team administrator - **3**: dataset owner
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role: Option<i64>,
    /// Current login status of a labeling team member. The options are as follows: - **0**: The invitation email has not been sent. - **1**: The invitation email has been sent but the user has not logged in. - **2**: The user has logged in. - **3**: The labeling team member has been deleted.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<i64>,
    /// Update time.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub update_time: Option<i64>,
    /// ID of a labeling team member.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub worker_id: Option<String>,
    /// ID of a labeling team.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub workforce_id: Option<String>,
}
crate::support::setters!(
    @ model Worker { create_time : i64, description : String, email : String, role : i64,
    status : i64, update_time : i64, worker_id : String, workforce_id : String }
);
/// Response body parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CreateDatasetResp {
    /// Dataset ID.
    pub dataset_id: Option<String>,
    /// Error code.
    pub error_code: Option<String>,
    /// Error message.
    pub error_msg: Option<String>,
    /// ID of an import task.
    pub import_task_id: Option<String>,
}
/// Request body parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CreateDatasetVersionReq {
    /// Whether to clear hard example properties. The options are as follows: - **true**: Clear hard example properties. (Default value) - **false**: Do not clear hard example properties.
    ///
    /// Default: `true`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub clear_hard_property: Option<bool>,
    /// Version description. The value is empty by default. The description contains 0 to 256 characters and does not support the following special characters: \!\<\>=\&"'
    ///
    /// Length 0 to 256.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Whether to export images to the version output directory during release. The options are as follows: - **true**: Export images to the version output directory. - **false**: Do not export images to the version output directory. (Default value)
    ///
    /// Default: `false`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub export_images: Option<bool>,
    /// Whether to clear the existing usage information of a dataset during release. The options are as follows: - **true**: Clear the existing usage information of a dataset. (Default value) - **false**: Do not clear the existing usage information of a dataset.
    ///
    /// Default: `true`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub remove_sample_usage: Option<bool>,
    /// Split training and verification ratio during version release. The default value is **1.00**, indicating that all labeled samples are split into the training set.
    ///
    /// Default: `1.00`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub train_evaluate_sample_ratio: Option<String>,
    /// Format of a dataset version. The options are as follows: - **Default**: default format - **CarbonData**: CarbonData (supported only by table datasets) - **CSV**: CSV
    #[serde(skip_serializing_if = "Option::is_none")]
    pub version_format: Option<SmartTaskConfigVersionFormat>,
    /// Version name. The value contains 1 to 32 characters. Only letters, digits, underscores (\_), and hyphens (-) are allowed. Length 1 to 32.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub version_name: Option<String>,
    /// Whether to write the column name in the first line of the CSV file during release. This field is valid for the table dataset. The options are as follows: - **true**: Write the column name in the first line of the CSV file. (Default value) - **false**: Do not write the column name in the first line of the CSV file.
    ///
    /// Default: `true`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub with_column_header: Option<bool>,
}
/// Response body parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CreateDatasetVersionResp {
    /// Dataset version ID.
    pub version_id: Option<String>,
}
/// Request body parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CreateLabelsReq {
    /// List of labels to be created.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub labels: Option<Vec<Label>>,
}
/// Response body parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CreateLabelsResp {
    /// Error code.
    pub error_code: Option<String>,
    /// Error message.
    pub error_msg: Option<String>,
    /// Response body for creating a label.
    pub results: Option<Vec<BatchResponse>>,
    /// Check whether the operation is successful. The options are as follows: - **true**: The operation is successful. - **false**: The operation is failed.
    pub success: Option<bool>,
}
/// BatchResponse
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct BatchResponse {
    /// Error code.
    pub error_code: Option<String>,
    /// Error message.
    pub error_msg: Option<String>,
    /// Check whether the operation is successful. The options are as follows: - **true**: The operation is successful. - **false**: The operation is failed.
    pub success: Option<bool>,
}
/// Request body parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CreateModelArtsAgencyRequest {
    /// Agency name suffix.
    /// The parameter contains a maximum of 50 characters.
    /// The agency name prefix is consistently to be **ma\_agency**.
    /// For example, if the value of this parameter is **iam-user01**, the name of the created agency is **ma\_agency\_iam-user01**.
    /// The value of this parameter is left blank by default, indicating that an agency named **modelarts\_agency** is created.
    ///
    /// Length at most 50.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub agency_name_suffix: Option<String>,
}
/// Request body parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CreateProcessorTaskReq {
    /// Whether to synchronously create a task version when creating a task. Set this parameter to **true** only when creating a data processing task. For other types of tasks, this parameter is set to **false** or left blank. The options are as follows:
    ///
    /// - **true**: Create a task version when creating a task.
    /// - **false**: Do not create a task version when creating a task. (Default value)
    ///
    /// Default: `false`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub create_version: Option<bool>,
    /// Data source. Either this parameter or **inputs** is used. A data source path cannot be an OBS path in a KMS-encrypted bucket.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub data_source: Option<ProcessorDataSource>,
    /// Description of a data processing task. The description contains 0 to 256 characters and does not support the following special characters: ^\!\<\>=\&"'
    ///
    /// Length 0 to 256.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Data sources. Either this parameter or **data\_source** is used. A data source path cannot be an OBS path in a KMS-encrypted bucket.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub inputs: Option<Vec<ProcessorDataSource>>,
    /// Name of a data processing task.
    pub name: String,
    /// Data processing template, such as the algorithm ID and parameters.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub template: Option<TemplateParam>,
    /// Dataset version ID.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub version_id: Option<String>,
    /// Work directory of a data processing task. A work directory cannot be an OBS path in a KMS-encrypted bucket.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub work_path: Option<WorkPath>,
    /// Workspace ID. If no workspace is created, the default value is **0**. If a workspace is created and used, use the actual value. Default: `0`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub workspace_id: Option<String>,
}
crate::support::open_enum!(
    #[doc = " Data source type. The options are as follows:"] #[doc = ""] #[doc =
    " - **OBS**: Data obtained from OBS"] #[doc = " - **TASK**: Data processing task"]
    #[doc = " - **DATASET**: Dataset"] #[doc =
    " - **CUSTOM**: Data called by resource tenants"] ProcessorDataSourceType { Obs =
    "OBS", Task = "TASK", Dataset = "DATASET", Custom = "CUSTOM" }
);
/// ProcessorDataSource
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ProcessorDataSource {
    /// Dataset name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Data source path. The options are as follows:
    ///
    /// - If **type** is set to **OBS**, **source** is an OBS path.
    /// - If **type** is set to **TASK**, **source** is a task ID.
    /// - If **type** is set to **DATASET**, **source** is a dataset ID.
    /// - If **type** is set to **CUSTOM** and the API is called by resource tenants, set **source** to the **project\_id** of the actual user. Otherwise, this field is left blank.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// Data source type. The options are as follows:
    ///
    /// - **OBS**: Data obtained from OBS
    /// - **TASK**: Data processing task
    /// - **DATASET**: Dataset
    /// - **CUSTOM**: Data called by resource tenants
    ///
    /// Wire name: `type`.
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub type_: Option<ProcessorDataSourceType>,
    /// Version of a dataset.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub version_id: Option<String>,
    /// Dataset version name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub version_name: Option<String>,
}
crate::support::setters!(
    @ model ProcessorDataSource { name : String, source : String, type_ :
    ProcessorDataSourceType, version_id : String, version_name : String }
);
crate::support::open_enum!(
    #[doc =
    " Task type, that is, ID of a data processing template. The options are as follows:"]
    #[doc = ""] #[doc = " - **sys\\_data\\_analyse**: feature analysis"] #[doc =
    " - **sys\\_data\\_cleaning**: data cleansing"] #[doc =
    " - **sys\\_data\\_augmentation**: data augmentation"] #[doc =
    " - **sys\\_data\\_validation**: data validation"] #[doc =
    " - **sys\\_data\\_selection**: data selection"] TemplateParamId { SysDataAnalyse =
    "sys_data_analyse", SysDataCleaning = "sys_data_cleaning", SysDataAugmentation =
    "sys_data_augmentation", SysDataValidation = "sys_data_validation", SysDataSelection
    = "sys_data_selection" }
);
/// TemplateParam
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct TemplateParam {
    /// Task type, that is, ID of a data processing template. The options are as follows:
    ///
    /// - **sys\_data\_analyse**: feature analysis
    /// - **sys\_data\_cleaning**: data cleansing
    /// - **sys\_data\_augmentation**: data augmentation
    /// - **sys\_data\_validation**: data validation
    /// - **sys\_data\_selection**: data selection
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<TemplateParamId>,
    /// Template name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Operator parameter list.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub operator_params: Option<Vec<OperatorParam>>,
}
crate::support::setters!(
    @ model TemplateParam { id : TemplateParamId, name : String, operator_params : Vec <
    OperatorParam > }
);
/// OperatorParam
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct OperatorParam {
    /// Advanced parameter switch.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub advanced_params_switch: Option<bool>,
    /// ID of an operator.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Name of an operator.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Operator parameter. The parameter type is map\<string,object\>. Currently, object only supports the types of Boolean, Integer, Long, String, List and Map\<String,String\>. For two special scenarios of object detection and image classification in a data preprocessing task, the value of **task\_type** is **object\_detection** or **image\_classification**.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub params: Option<serde_json::Value>,
}
crate::support::setters!(
    @ model OperatorParam { advanced_params_switch : bool, id : String, name : String,
    params : serde_json::Value }
);
crate::support::open_enum!(
    #[doc = " Type of a working path. The options are as follows:"] #[doc = ""] #[doc =
    " - **OBS**: OBS path"] #[doc = " - **DATASET**: dataset"] WorkPathType { Obs =
    "OBS", Dataset = "DATASET" }
);
/// WorkPath
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct WorkPath {
    /// Dataset name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Output path.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub output_path: Option<String>,
    /// Working path. The options are as follows:
    ///
    /// - If **type** is set to **OBS**, **source** is an OBS path.
    /// - If **type** is set to **DATASET**, **source** is a dataset ID.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    /// Type of a working path. The options are as follows:
    ///
    /// - **OBS**: OBS path
    /// - **DATASET**: dataset
    ///
    /// Wire name: `type`.
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub type_: Option<WorkPathType>,
    /// Version of a dataset.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub version_id: Option<String>,
    /// Name of a dataset version. The value can contain 0 to 32 characters. Only digits, letters, underscores (\_), and hyphens (-) are allowed. Length 0 to 32.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub version_name: Option<String>,
}
crate::support::setters!(
    @ model WorkPath { name : String, output_path : String, path : String, type_ :
    WorkPathType, version_id : String, version_name : String }
);
/// Response body parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CreateProcessorTaskResp {
    /// ID of a data processing task.
    pub task_id: Option<String>,
}
/// Request body parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CreateTaskVersionReq {
    /// Whether to synchronously create a task version when creating a task. The options are as follows:
    ///
    /// - **true**: Create a task version when creating a task.
    /// - **false**: Do not create a task version when creating a task. (Default value)
    ///
    /// Default: `false`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub create_version: Option<bool>,
    /// Data source. Either this parameter or **inputs** is delivered.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub data_source: Option<ProcessorDataSource>,
    /// Description of a data processing task. The description contains 0 to 256 characters and does not support the following special characters: ^\!\<\>=\&"'
    ///
    /// Length 0 to 256.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Data source list. Either this parameter or **data\_source** is delivered.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub inputs: Option<Vec<ProcessorDataSource>>,
    /// Name of a data processing task.
    pub name: String,
    /// ID of a data processing task.
    pub task_id: String,
    /// Data processing template, such as the algorithm ID and parameters.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub template: Option<TemplateParam>,
    /// Dataset version ID.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub version_id: Option<String>,
    /// Working directory of a data processing task.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub work_path: Option<WorkPath>,
    /// Workspace ID. If no workspace is created, the default value is **0**. If a workspace is created and used, use the actual value. Default: `0`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub workspace_id: Option<String>,
}
/// Response body parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CreateTaskVersionResp {
    /// Version ID of a data processing task.
    pub version_id: Option<String>,
}
crate::support::open_enum!(
    #[doc = " Task type. The options are as follows:"] #[doc = ""] #[doc =
    " - **auto-label**: active learning"] #[doc = " - **pre-label**: pre-labeling"] #[doc
    = " - **auto-grouping**: auto grouping"] #[doc =
    " - **auto-deploy**: one-click model deployment"] SmartTaskRequestTaskType {
    AutoLabel = "auto-label", PreLabel = "pre-label", AutoGrouping = "auto-grouping",
    AutoDeploy = "auto-deploy" }
);
/// Request body parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SmartTaskRequest {
    /// Whether to collect key samples. The options are as follows:
    ///
    /// - **true**: Collect key samples.
    /// - **false**: Do not collect key samples. (Default value)
    ///
    /// Default: `false`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub collect_key_sample: Option<bool>,
    /// Task configuration.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub config: Option<SmartTaskConfig>,
    /// Model ID.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub model_id: Option<String>,
    /// Task type. The options are as follows:
    ///
    /// - **auto-label**: active learning
    /// - **pre-label**: pre-labeling
    /// - **auto-grouping**: auto grouping
    /// - **auto-deploy**: one-click model deployment
    #[serde(skip_serializing_if = "Option::is_none")]
    pub task_type: Option<SmartTaskRequestTaskType>,
}
/// Response body parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SmartTaskResp {
    /// Task ID.
    pub task_id: Option<String>,
}
/// Request body parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CreateWorkerReq {
    /// Member description. The description contains 0 to 256 characters and does not support the following special characters: ^\!\<\>=\&"'. Length 0 to 256.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Email address of a labeling team member.
    pub emails: String,
    /// Member role. The options are as follows: - **0**: labeling personnel - **1**: reviewer - **2**: team administrator
    pub role: i64,
}
/// Request body parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CreateWorkforceReq {
    /// Labeling team description. The value contains 0 to 256 characters and does not support the following special characters: ^\!\<\>=\&"'. Length 0 to 256.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Labeling team name. The value contains 1 to 64 characters, including only letters, digits, underscores (\_), and hyphens (-). Length 1 to 64.
    pub workforce_name: String,
}
/// Response body parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CreateWorkforceResp {
    /// ID of a labeling team.
    pub workforce_id: Option<String>,
}
/// Request body parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CreateWorkforceTaskReq {
    /// Whether to automatically synchronize the result of a team labeling task to the dataset. The options are as follows: - **true**: Automatically synchronize the result of a team labeling task to the dataset. (Default value) - **false**: Do not automatically synchronize the result of a team labeling task to the dataset.
    ///
    /// Default: `true`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub auto_sync_dataset: Option<bool>,
    /// Synchronization type. The options are as follows: - **0**: not to be synchronized - **1**: data to be synchronized - **2**: label to be synchronized - **3**: data and label to be synchronized
    #[serde(skip_serializing_if = "Option::is_none")]
    pub data_sync_type: Option<i64>,
    /// Number of persons who label each sample in a team labeling task. The minimum value is **1**. Range at least 1.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub repetition: Option<i64>,
    /// Search conditions of dataset samples. Samples that meet the conditions are filtered for team labeling.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sample_conditions: Option<String>,
    /// Whether to synchronize the auto labeling result of a team labeling task. The options are as follows: - **true**: Synchronize the results to be confirmed to team members after auto labeling is complete. - **false**: Do not synchronize the auto labeling results. (Default value)
    ///
    /// Default: `false`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub synchronize_auto_labeling_data: Option<bool>,
    /// Team labeling task information: Tasks can be assigned by the team administrator or a specified team.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub workforces_config: Option<WorkforcesConfig>,
}
/// Response body parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CreateWorkforceTaskResp {
    /// ID of a team labeling task.
    pub task_id: Option<String>,
}
/// Response body parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct DeleteLabelResp {
    /// Error code.
    pub error_code: Option<String>,
    /// Error message.
    pub error_msg: Option<String>,
    /// Check whether the operation is successful. The options are as follows: - **true**: The operation is successful. - **false**: The operation is failed.
    pub success: Option<bool>,
}
/// Request body parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct DeleteLabelsReq {
    /// List of labels to be deleted.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub labels: Option<Vec<Label>>,
}
/// Response body parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct DeleteLabelsResp {
    /// Error code.
    pub error_code: Option<String>,
    /// Error message.
    pub error_msg: Option<String>,
    /// Response body for deleting a label.
    pub results: Option<Vec<BatchResponse>>,
    /// Check whether the operation is successful. The options are as follows: - **true**: The operation is successful. - **false**: The operation is failed.
    pub success: Option<bool>,
}
/// Request body parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct DeleteSamplesReq {
    /// Whether to delete the source file. This field is valid for non-text datasets. (A text dataset is the entire text file. Therefore, deleting a piece of data from the text file does not affect the source text.) The options are as follows: - **false**: Do not delete the source file. (Default value) - **true**: Delete the source file. (Note: This operation may affect the dataset versions or other datasets that have used these files. As a result, the page display, training, or inference is abnormal.)
    ///
    /// Default: `false`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub delete_source: Option<bool>,
    /// Sample ID list.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub samples: Option<Vec<String>>,
}
/// Response body parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct DeleteSamplesResp {
    /// Error code.
    pub error_code: Option<String>,
    /// Error message.
    pub error_msg: Option<String>,
    /// Response list for deleting a sample in batches.
    pub results: Option<Vec<BatchResponse>>,
    /// Check whether the operation is successful. The options are as follows: - **true**: The operation is successful. - **false**: The operation is failed.
    pub success: Option<bool>,
}
/// Request body parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct DeleteWorkersReq {
    /// Team member ID list.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub workers: Option<Vec<String>>,
}
/// Response body parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct DeleteWorkersResp {
    /// Error code.
    pub error_code: Option<String>,
    /// Error message.
    pub error_msg: Option<String>,
    /// Result of deleting team members in batches.
    pub results: Option<Vec<BatchResponse>>,
    /// Check whether the operation is successful. The options are as follows: - **true**: The operation is successful. - **false**: The operation is failed.
    pub success: Option<bool>,
}
/// Response body parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct DescDatasetResp {
    /// Number of labeled samples in a dataset.
    pub annotated_sample_count: Option<i64>,
    /// Number of labeled subsamples.
    pub annotated_sub_sample_count: Option<i64>,
    /// Whether to enable content labeling for the speech paragraph labeling dataset. This function is enabled by default.
    pub content_labeling: Option<bool>,
    /// Time when a dataset is created.
    pub create_time: Option<i64>,
    /// Current version ID of a dataset.
    pub current_version_id: Option<String>,
    /// Current version name of a dataset.
    pub current_version_name: Option<String>,
    /// Data format.
    pub data_format: Option<String>,
    /// Data source list.
    pub data_sources: Option<Vec<DataSource>>,
    /// Sample statistics on a dataset, including the statistics on sample metadata.
    pub data_statistics: Option<std::collections::BTreeMap<String, serde_json::Value>>,
    /// Time when a sample and a label are updated.
    pub data_update_time: Option<i64>,
    /// Dataset format. The options are as follows: - **0**: file - **1**: table
    pub dataset_format: Option<i64>,
    /// Dataset ID.
    pub dataset_id: Option<String>,
    /// Dataset name.
    pub dataset_name: Option<String>,
    /// Key identifier list of a dataset, for example, \["Image","Object detection"\].
    pub dataset_tags: Option<Vec<String>>,
    /// Dataset type. The options are as follows: - **0**: image classification - **1**: object detection - **100**: text classification - **101**: named entity recognition - **102**: text triplet - **200**: sound classification - **201**: speech content - **202**: speech paragraph labeling - **400**: table dataset - **600**: video labeling - **900**: custom format
    pub dataset_type: Option<i64>,
    /// Number of dataset versions.
    pub dataset_version_count: Option<i64>,
    /// Number of deleted samples.
    pub deleted_sample_count: Option<i64>,
    /// Deletion reason statistics.
    pub deletion_stats: Option<std::collections::BTreeMap<String, i64>>,
    /// Dataset description.
    pub description: Option<String>,
    /// Enterprise project ID.
    pub enterprise_project_id: Option<String>,
    /// Whether the dataset contains running (including initialization) tasks. The options are as follows: - **true**: The dataset contains running tasks. - **false**: The dataset does not contain running tasks.
    pub exist_running_task: Option<bool>,
    /// Whether the dataset contains team labeling tasks. The options are as follows: - **true**: The dataset contains team labeling tasks. - **false**: The dataset does not contain team labeling tasks.
    pub exist_workforce_task: Option<bool>,
    /// List of features supported by the dataset. Currently, only the value **0** is supported, indicating that the OBS file size is limited.
    pub feature_supports: Option<Vec<String>>,
    /// Whether to import data. The options are as follows: - **true**: Import data. - **false**: Do not import data.
    pub import_data: Option<bool>,
    /// ID of an import task.
    pub import_task_id: Option<String>,
    /// Path for storing the labeling result of a dataset.
    pub inner_annotation_path: Option<String>,
    /// Path for storing the internal data of a dataset.
    pub inner_data_path: Option<String>,
    /// Path for storing internal logs of a dataset.
    pub inner_log_path: Option<String>,
    /// Path for internal task of a dataset.
    pub inner_task_path: Option<String>,
    /// Path for storing internal temporary files of a dataset.
    pub inner_temp_path: Option<String>,
    /// Output directory of a dataset.
    pub inner_work_path: Option<String>,
    /// Number of labeling tasks.
    pub label_task_count: Option<i64>,
    /// Dataset label list.
    pub labels: Option<Vec<Label>>,
    /// Number of loading samples.
    pub loading_sample_count: Option<i64>,
    /// Whether a dataset is hosted. The options are as follows: - **true**: The dataset is hosted. - **false**: The dataset is not hosted.
    pub managed: Option<bool>,
    /// Number of next versions of a dataset.
    pub next_version_num: Option<i64>,
    /// ID list of running (including initialization) tasks.
    pub running_tasks_id: Option<Vec<String>>,
    /// Schema list.
    pub schema: Option<Vec<Field>>,
    /// Dataset status. The options are as follows: - **0**: creating dataset - **1**: normal dataset - **2**: deleting dataset - **3**: deleted dataset - **4**: abnormal dataset - **5**: synchronizing dataset - **6**: releasing dataset - **7**: dataset in version switching - **8**: importing dataset
    pub status: Option<i64>,
    /// Third-party path.
    pub third_path: Option<String>,
    /// Total number of dataset samples.
    pub total_sample_count: Option<i64>,
    /// Total number of subsamples generated from the parent samples. For example, the total number of key frame images extracted from the video labeling dataset is that of subsamples.
    pub total_sub_sample_count: Option<i64>,
    /// Number of auto labeling samples to be confirmed.
    pub unconfirmed_sample_count: Option<i64>,
    /// Time when a dataset is updated.
    pub update_time: Option<i64>,
    /// Dataset version information. Currently, only the current version information of a dataset is recorded.
    pub versions: Option<Vec<DatasetVersion>>,
    /// Output dataset path, which is used to store output files such as label files. The path is an OBS path in the format of /Bucket name/File path. For example: /**obs-bucket**.
    pub work_path: Option<String>,
    /// Type of the dataset output path. The options are as follows: - **0**: OBS bucket (default value). Default: `0`.
    pub work_path_type: Option<i64>,
    /// Team labeling information.
    pub workforce_descriptor: Option<WorkforceDescriptor>,
    /// Number of team labeling tasks of a dataset.
    pub workforce_task_count: Option<i64>,
    /// Workspace ID. If no workspace is created, the default value is **0**. If a workspace is created and used, use the actual value. Default: `0`.
    pub workspace_id: Option<String>,
}
crate::support::open_enum!(
    #[doc =
    " Label type of a released version. The options are as follows: - **multi**: Multi-label samples are included. - **single**: All samples are single-labeled."]
    DatasetVersionLabelType { Multi = "multi", Single = "single" }
);
/// DatasetVersion
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct DatasetVersion {
    /// Number of added samples.
    pub add_sample_count: Option<i64>,
    /// Number of samples with labeled versions.
    pub annotated_sample_count: Option<i64>,
    /// Number of labeled subsamples.
    pub annotated_sub_sample_count: Option<i64>,
    /// Whether to clear hard example properties during release. The options are as follows: - **true**: Clear hard example properties. (Default value) - **false**: Do not clear hard example properties.
    ///
    /// Default: `true`.
    pub clear_hard_property: Option<bool>,
    /// Status code of a preprocessing task such as rotation and cropping.
    pub code: Option<String>,
    /// Time when a version is created.
    pub create_time: Option<i64>,
    /// Whether to crop the image. This field is valid only for the object detection dataset whose labeling box is in the rectangle shape. The options are as follows: - **true**: Crop the image. - **false**: Do not crop the image. (Default value)
    ///
    /// Default: `false`.
    pub crop: Option<bool>,
    /// Path for storing cropped files.
    pub crop_path: Option<String>,
    /// Temporary directory for executing the rotation and cropping task.
    pub crop_rotate_cache_path: Option<String>,
    /// Path for storing data.
    pub data_path: Option<String>,
    /// Sample statistics on a dataset, including the statistics on sample metadata in JSON format.
    pub data_statistics: Option<std::collections::BTreeMap<String, serde_json::Value>>,
    /// Whether data is validated by the validation algorithm before release. The options are as follows: - **true**: The data has been validated. - **false**: The data has not been validated.
    pub data_validate: Option<bool>,
    /// Number of deleted samples.
    pub deleted_sample_count: Option<i64>,
    /// Deletion reason statistics.
    pub deletion_stats: Option<std::collections::BTreeMap<String, i64>>,
    /// Description of a version.
    pub description: Option<String>,
    /// Whether to export images to the version output directory during release. The options are as follows: - **true**: Export images to the version output directory. - **false**: Do not export images to the version output directory. (Default value)
    ///
    /// Default: `false`.
    pub export_images: Option<bool>,
    /// Whether to parse the subsample number during release. The field is valid for the healthcare dataset. The options are as follows: - **true**: Parse the subsample number. - **false**: Do not parse the subsample number. (Default value)
    ///
    /// Default: `false`.
    pub extract_serial_number: Option<bool>,
    /// Whether to include the source data of a dataset during release. The options are as follows: - **true**: The source data of a dataset is included. - **false**: The source data of a dataset is not included.
    pub include_dataset_data: Option<bool>,
    /// Whether the current dataset version is used. The options are as follows: - **true**: The current dataset version is used. - **false**: The current dataset version is not used.
    pub is_current: Option<bool>,
    /// Label statistics list of a released version.
    pub label_stats: Option<Vec<LabelStats>>,
    /// Label type of a released version. The options are as follows: - **multi**: Multi-label samples are included. - **single**: All samples are single-labeled.
    pub label_type: Option<DatasetVersionLabelType>,
    /// Input path for the **manifest** file cache during version release.
    pub manifest_cache_input_path: Option<String>,
    /// Path for storing the **manifest** file with the released version.
    pub manifest_path: Option<String>,
    /// Task information recorded during release (for example, error information).
    pub message: Option<String>,
    /// Number of modified samples.
    pub modified_sample_count: Option<i64>,
    /// Number of labeled samples of parent versions.
    pub previous_annotated_sample_count: Option<i64>,
    /// Total samples of parent versions.
    pub previous_total_sample_count: Option<i64>,
    /// Parent version ID
    pub previous_version_id: Option<String>,
    /// ID of a preprocessing task such as rotation and cropping.
    pub processor_task_id: Option<String>,
    /// Status of a preprocessing task such as rotation and cropping. The options are as follows: - **0**: initialized - **1**: running - **2**: completed - **3**: failed - **4**: stopped - **5**: timeout - **6**: deletion failed - **7**: stop failed
    pub processor_task_status: Option<i64>,
    /// Whether to clear the existing usage information of a dataset during release. The options are as follows: - **true**: Clear the existing usage information of a dataset. (Default value) - **false**: Do not clear the existing usage information of a dataset.
    ///
    /// Default: `true`.
    pub remove_sample_usage: Option<bool>,
    /// Whether to rotate the image. The options are as follows: - **true**: Rotate the image. - **false**: Do not rotate the image. (Default value). Default: `false`.
    pub rotate: Option<bool>,
    /// Path for storing the rotated file.
    pub rotate_path: Option<String>,
    /// Sample status. The options are as follows: - **ALL**: labeled - **NONE**: unlabeled - **UNCHECK**: pending acceptance - **ACCEPTED**: accepted - **REJECTED**: rejected - **UNREVIEWED**: pending review - **REVIEWED**: reviewed - **WORKFORCE\_SAMPLED**: sampled - **WORKFORCE\_SAMPLED\_UNCHECK**: sampling unchecked - **WORKFORCE\_SAMPLED\_CHECKED**: sampling checked - **WORKFORCE\_SAMPLED\_ACCEPTED**: sampling accepted - **WORKFORCE\_SAMPLED\_REJECTED**: sampling rejected - **AUTO\_ANNOTATION**: to be confirmed
    pub sample_state: Option<ExportParamsSampleState>,
    /// Status of a dataset version. The options are as follows: - **0**: creating - **1**: running - **2**: deleting - **3**: deleted - **4**: error
    pub status: Option<i64>,
    /// Key identifier list of the dataset. The labeling type is used as the default label when the labeling task releases a version. For example, \["Image","Object detection"\].
    pub tags: Option<Vec<String>>,
    /// Labeling task type of the released version, which is the same as the dataset type.
    pub task_type: Option<i64>,
    /// Total number of version samples.
    pub total_sample_count: Option<i64>,
    /// Total number of subsamples generated from the parent samples.
    pub total_sub_sample_count: Option<i64>,
    /// Split training and verification ratio during version release. The default value is **1.00**, indicating that all labeled samples are split into the training set.
    ///
    /// Default: `1.00`.
    pub train_evaluate_sample_ratio: Option<String>,
    /// Time when a version is updated.
    pub update_time: Option<i64>,
    /// Format of a dataset version. The options are as follows: - **Default**: default format - **CarbonData**: CarbonData (supported only by table datasets) - **CSV**: CSV
    pub version_format: Option<SmartTaskConfigVersionFormat>,
    /// Dataset version ID.
    pub version_id: Option<String>,
    /// Dataset version name.
    pub version_name: Option<String>,
    /// Whether the first row in the released CSV file is a column name. This field is valid for the table dataset. The options are as follows: - **true**: The first row in the released CSV file is a column name. - **false**: The first row in the released CSV file is not a column name.
    pub with_column_header: Option<bool>,
}
/// LabelStats
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct LabelStats {
    /// Multi-dimensional attribute of a label. For example, if the label is music, attributes such as style and artist may be included.
    pub attributes: Option<Vec<LabelAttribute>>,
    /// Number of labels.
    pub count: Option<i64>,
    /// Label name.
    pub name: Option<String>,
    /// Basic attribute key-value pair of a label, such as color and shortcut keys.
    pub property: Option<LabelProperty>,
    /// Number of samples containing the label.
    pub sample_count: Option<i64>,
    /// Label type. The options are as follows: - **0**: image classification - **1**: object detection - **100**: text classification - **101**: named entity recognition - **102**: text triplet relationship - **103**: text triplet entity - **200**: speech classification - **201**: speech content - **202**: speech paragraph labeling - **600**: video classification
    ///
    /// Wire name: `type`.
    #[serde(rename = "type")]
    pub type_: Option<i64>,
}
/// WorkforceDescriptor
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct WorkforceDescriptor {
    /// ID of a team labeling task.
    pub current_task_id: Option<String>,
    /// Name of a team labeling task.
    pub current_task_name: Option<String>,
    /// Number of rejected samples.
    pub reject_num: Option<i64>,
    /// Number of persons who label each sample. The minimum value is **1**. Range at least 1.
    pub repetition: Option<i64>,
    /// Whether to synchronously update auto labeling data. The options are as follows: - **true**: Update auto labeling data synchronously. - **false**: Do not update auto labeling data synchronously.
    pub is_synchronize_auto_labeling_data: Option<bool>,
    /// Whether to synchronize updated data, such as uploading files, synchronizing data sources, and assigning imported unlabeled files to team members. The options are as follows: - **true**: Synchronize updated data to team members. - **false**: Do not synchronize updated data to team members.
    pub is_synchronize_data: Option<bool>,
    /// List of labeling team members.
    pub workers: Option<Vec<Worker>>,
    /// ID of a labeling team.
    pub workforce_id: Option<String>,
    /// Name of a labeling team.
    pub workforce_name: Option<String>,
}
crate::support::open_enum!(
    #[doc =
    " Status of an import task. The options are as follows: - **QUEUING**: queuing - **STARTING**: execution started - **RUNNING**: running - **COMPLETED**: completed - **FAILED**: failed - **NOT\\_EXIST**: not found"]
    ImportTaskStatusRespStatus { Queuing = "QUEUING", Starting = "STARTING", Running =
    "RUNNING", Completed = "COMPLETED", Failed = "FAILED", NotExist = "NOT_EXIST" }
);
/// Response body parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ImportTaskStatusResp {
    /// Number of labeled samples.
    pub annotated_sample_count: Option<i64>,
    /// Time when a task is created.
    pub create_time: Option<i64>,
    /// Data source.
    pub data_source: Option<DataSource>,
    /// Dataset ID.
    pub dataset_id: Option<String>,
    /// Task running time, in seconds.
    pub elapsed_time: Option<i64>,
    /// Error code.
    pub error_code: Option<String>,
    /// Error message.
    pub error_msg: Option<String>,
    /// Progress of file copy.
    pub file_statistics: Option<FileCopyProgress>,
    /// Number of files that have been transferred.
    pub finished_file_count: Option<i64>,
    /// Size of the file that has been transferred, in bytes.
    pub finished_file_size: Option<i64>,
    /// OBS path or **manifest** path to be imported. - When importing a manifest file, ensure that the path is accurate to the manifest file.- When a path is imported as a directory, the dataset type can only support image classification, object detection, text classification, or sound classification.
    pub import_path: Option<String>,
    /// Import mode. The options are as follows: - **0**: Import by directory. - **1**: Import by manifest file.
    pub import_type: Option<i64>,
    /// Number of imported samples.
    pub imported_sample_count: Option<i64>,
    /// Number of imported subsamples.
    pub imported_sub_sample_count: Option<i64>,
    /// ID of a preprocessing task.
    pub processor_task_id: Option<String>,
    /// Status of a preprocessing task.
    pub processor_task_status: Option<i64>,
    /// Status of an import task. The options are as follows: - **QUEUING**: queuing - **STARTING**: execution started - **RUNNING**: running - **COMPLETED**: completed - **FAILED**: failed - **NOT\_EXIST**: not found
    pub status: Option<ImportTaskStatusRespStatus>,
    /// Task ID.
    pub task_id: Option<String>,
    /// Total number of files.
    pub total_file_count: Option<i64>,
    /// Total file size, in bytes.
    pub total_file_size: Option<i64>,
    /// Total number of samples.
    pub total_sample_count: Option<i64>,
    /// Total number of subsamples generated from the parent samples.
    pub total_sub_sample_count: Option<i64>,
    /// Number of samples to be confirmed.
    pub unconfirmed_sample_count: Option<i64>,
    /// Time when a task is updated.
    pub update_ms: Option<i64>,
}
/// FileCopyProgress
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct FileCopyProgress {
    /// Number of files that have been transferred.
    pub file_num_finished: Option<i64>,
    /// Total number of files.
    pub file_num_total: Option<i64>,
    /// Size of the file that has been transferred, in bytes.
    pub file_size_finished: Option<i64>,
    /// Total file size, in bytes.
    pub file_size_total: Option<i64>,
}
/// Response body parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct DescTaskVersionResp {
    /// Number of added images after processing.
    pub add_sample_count: Option<i64>,
    /// Time when a data processing task is created.
    pub create_time: Option<i64>,
    /// Number of deleted images after processing.
    pub deleted_sample_count: Option<i64>,
    /// Version description of a data processing task.
    pub description: Option<String>,
    /// Running time of a data processing task, in seconds.
    pub duration_seconds: Option<i64>,
    /// Input channel of a data processing task.
    pub inputs: Option<Vec<ProcessorDataSource>>,
    /// Number of modified images after processing.
    pub modified_sample_count: Option<i64>,
    /// Number of images before processing.
    pub origin_sample_count: Option<i64>,
    /// Status of a data processing task. The options are as follows:
    ///
    /// - **0**: initialized
    /// - **1**: running
    /// - **2**: completed
    /// - **3**: failed
    /// - **4**: stopped
    pub status: Option<i64>,
    /// ID of a data processing task.
    pub task_id: Option<String>,
    /// Version ID of a data processing task.
    pub task_version_id: Option<String>,
    /// Algorithm template, such as the algorithm ID and parameters.
    pub template: Option<TemplateParam>,
    /// Number of unmodified images after processing.
    pub unmodified_sample_count: Option<i64>,
    /// Time when a data processing task is created.
    pub update_time: Option<i64>,
    /// Version name of a data processing task.
    pub version_name: Option<String>,
    /// Output channel of a data processing task.
    pub work_path: Option<WorkPath>,
}
/// Response body parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct DescWorkerResp {
    /// Creation time.
    pub create_time: Option<i64>,
    /// Labeling team member description. The value contains 0 to 256 characters and does not support the following special characters: ^\!\<\>=\&"'. Length 0 to 256.
    pub description: Option<String>,
    /// Email address of a labeling team member.
    pub email: Option<String>,
    /// Role. The options are as follows: - **0**: labeling personnel - **1**: reviewer - **2**: team administrator - **3**: dataset owner
    pub role: Option<i64>,
    /// Current login status of a labeling team member. The options are as follows: - **0**: The invitation email has not been sent. - **1**: The invitation email has been sent but the user has not logged in. - **2**: The user has logged in. - **3**: The labeling team member has been deleted.
    pub status: Option<i64>,
    /// Update time.
    pub update_time: Option<i64>,
    /// ID of a labeling team member.
    pub worker_id: Option<String>,
    /// ID of a labeling team.
    pub workforce_id: Option<String>,
}
/// Response body parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct DescWorkforceResp {
    /// Time when a labeling team is created.
    pub create_time: Option<i64>,
    /// Description of a labeling team.
    pub description: Option<String>,
    /// Time when a labeling team is updated.
    pub update_time: Option<i64>,
    /// Total number of labeling team members.
    pub worker_count: Option<i64>,
    /// ID of a labeling team.
    pub workforce_id: Option<String>,
    /// Name of a labeling team.
    pub workforce_name: Option<String>,
    /// Workspace ID. If no workspace is created, the default value is **0**. If a workspace is created and used, use the actual value. Default: `0`.
    pub workspace_id: Option<String>,
}
/// Response body parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct DescWorkforceTaskResp {
    /// Whether to automatically synchronize the result of a team labeling task to the dataset. The options are as follows: - **true**: Automatically synchronize the result of a team labeling task to the dataset. - **false**: Do not automatically synchronize the result of a team labeling task to the dataset.
    pub auto_sync_dataset: Option<bool>,
    /// Acceptance ratio of a team labeling task.
    pub check_rate: Option<f64>,
    /// Details about the current acceptance task of a team labeling task.
    pub checking_task_desc: Option<WorkforceSamplingTaskDesc>,
    /// Time when a labeling task is created.
    pub create_time: Option<i64>,
    /// Dataset ID.
    pub dataset_id: Option<String>,
    /// Description of a labeling task.
    pub description: Option<String>,
    /// Label statistics of a labeling task.
    pub label_stats: Option<Vec<LabelStats>>,
    /// Acceptance pass rate of a team labeling task.
    pub pass_rate: Option<f64>,
    /// Number of persons who label each sample in a team labeling task. The minimum value is **1**. Range at least 1.
    pub repetition: Option<i64>,
    /// Sample search conditions when creating a task.
    pub sample_search_conditions: Option<Vec<DescribeWorkforceTaskSearchCondition>>,
    /// Sample statistics of a labeling task.
    pub sample_stats: Option<SampleStats>,
    /// Average acceptance score of a team labeling task.
    pub score: Option<f64>,
    /// Status of a team labeling task. The options are as follows: - **6**: created. The owner has created a task but does not start it. Only the owner and manager can view the task list. - **0**: starting. The owner or manager starts the task and assigns the files to be labeled. The owner, manager, labeler, and reviewer can view the task list. If the task assignment is not complete, a new task cannot be started. - **1**: running. The task is labeled and reviewed by the labeler and reviewer, respectively and is accepted by the owner. If auto labeling files are added or synchronized, or unlabeled files are imported, the new files need to be assigned again. - **2**: under acceptance. The owner initiates an acceptance task but does not complete it. In this state, a new acceptance task cannot be initiated until the current one is completed. - **3**: passed. The team labeling task has been completed. - **4**: rejected. In this state, the manager starts the task again and assigns it for labeling and reviewing. - **5**: synchronizing acceptance result. This state is displayed when acceptance tasks are changed to be asynchronous. In this state, new acceptance tasks cannot be initiated and the current acceptance task cannot be continued. In the task name area, a message is displayed, indicating that the acceptance result is being synchronized. - **7**: acceptance sampling. This state is displayed when acceptance tasks are changed to be asynchronous. In this state, new acceptance tasks cannot be initiated and the current acceptance task cannot be continued. In the task name area, a message is displayed, indicating that the acceptance sampling is in progress.
    pub status: Option<i64>,
    /// Whether to synchronize the auto labeling result of a team labeling task. The options are as follows: - **true**: Synchronize the results to be confirmed to team members after auto labeling is complete. - **false**: Do not synchronize the auto labeling results. (Default value)
    ///
    /// Default: `false`.
    pub synchronize_auto_labeling_data: Option<bool>,
    /// Whether to synchronize the added data of a team labeling task. The options are as follows: - **true**: Upload files, synchronize data sources, and synchronize imported unlabeled files to team members. - **false**: Do not synchronize the added data. (Default value)
    ///
    /// Default: `false`.
    pub synchronize_data: Option<bool>,
    /// ID of a labeling task.
    pub task_id: Option<String>,
    /// Name of a labeling task.
    pub task_name: Option<String>,
    /// Time when a labeling task is updated.
    pub update_time: Option<i64>,
    /// Version ID of the dataset associated with a labeling task.
    pub version_id: Option<String>,
    /// Labeling progress statistics on team labeling task members.
    pub worker_stats: Option<Vec<WorkerTask>>,
    /// Statistics on team labeling task members.
    pub workforce_stats: Option<WorkforceStats>,
    /// Team labeling task information: Tasks can be assigned by the team administrator or a specified team.
    pub workforces_config: Option<WorkforcesConfig>,
}
/// WorkforceSamplingTaskDesc
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct WorkforceSamplingTaskDesc {
    /// Action after the acceptance. The options are as follows: - **0**: Pass all samples when the acceptance is completed (including single-rejected samples) - **1**: Reject all samples when the acceptance is completed (including single-accepted samples) - **4**: Pass only single-accepted samples and unaccepted samples. - **5**: Reject only single-rejected samples and unaccepted samples.
    pub action: Option<i64>,
    /// Real-time report of acceptance tasks.
    pub checking_stats: Option<CheckTaskStats>,
    /// ID of the current acceptance task.
    pub checking_task_id: Option<String>,
    /// Whether to use the acceptance result to overwrite the labeled result if a sample has been labeled during acceptance. The options are as follows: - **true**: Overwrite the labeled result. - **false**: Do not overwrite the labeled result. (Default value)
    ///
    /// Default: `false`.
    pub overwrite_last_result: Option<bool>,
    /// Overall report of historical acceptance tasks.
    pub total_stats: Option<CheckTaskStats>,
}
/// CheckTaskStats
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CheckTaskStats {
    /// Accepted samples.
    pub accepted_sample_count: Option<i64>,
    /// Checked samples.
    pub checked_sample_count: Option<i64>,
    /// Pass rate of samples.
    pub pass_rate: Option<f64>,
    /// Rejected samples.
    pub rejected_sample_count: Option<i64>,
    /// Number of sampled samples.
    pub sampled_sample_count: Option<i64>,
    /// Samples of an acceptance task.
    pub sampling_num: Option<i64>,
    /// Sampling rate of an acceptance task.
    pub sampling_rate: Option<f64>,
    /// Acceptance score.
    pub score: Option<String>,
    /// ID of an acceptance task.
    pub task_id: Option<String>,
    /// Total samples.
    pub total_sample_count: Option<i64>,
    /// Total acceptance score.
    pub total_score: Option<i64>,
    /// Unchecked samples.
    pub unchecked_sample_count: Option<i64>,
}
crate::support::open_enum!(
    #[doc =
    " When a sample is added to the dataset, an index is created based on the last modification time (accurate to day) of the sample on OBS. You can search for the sample based on the time. The options are as follows: - **month**: Search for samples added from 30 days ago to the current day."]
    #[doc = ""] #[doc =
    " - **day**: Search for samples added from yesterday (one day ago) to the current day."]
    #[doc = ""] #[doc = " ```text"] #[doc =
    " - **yyyyMMdd-yyyyMMdd**: Search for samples added in a specified period (at most 30 days), in the format of **Start date-End date**. For example, **20190901-2019091501** indicates that samples generated from September 1 to September 15, 2019 are searched."]
    #[doc = " ```"] DescribeWorkforceTaskSearchConditionSampleTime { Month = "month" }
);
/// SearchCondition
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeWorkforceTaskSearchCondition {
    /// Filter by coefficient of difficulty.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub coefficient: Option<String>,
    /// A frame in the video.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub frame_in_video: Option<i64>,
    /// Whether a sample is a hard sample. The options are as follows: - **0**: non-hard sample - **1**: hard sample
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hard: Option<SearchConditionHard>,
    /// Filter by data source.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub import_origin: Option<String>,
    /// CT dosage, filtered by dosage.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kvp: Option<String>,
    /// Label search criteria.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub label_list: Option<SearchLabels>,
    /// Labeler.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub labeler: Option<String>,
    /// Search by sample attribute.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub metadata: Option<SearchProp>,
    /// Parent sample ID.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parent_sample_id: Option<String>,
    /// Directory where data samples are stored (the directory must end with a slash (/)). Only samples in the specified directory are searched for. Recursive search of directories is not supported.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sample_dir: Option<String>,
    /// Search by sample name, including the file name extension.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sample_name: Option<String>,
    /// When a sample is added to the dataset, an index is created based on the last modification time (accurate to day) of the sample on OBS. You can search for the sample based on the time. The options are as follows: - **month**: Search for samples added from 30 days ago to the current day.
    ///
    /// - **day**: Search for samples added from yesterday (one day ago) to the current day.
    ///
    /// ```text
    /// - **yyyyMMdd-yyyyMMdd**: Search for samples added in a specified period (at most 30 days), in the format of **Start date-End date**. For example, **20190901-2019091501** indicates that samples generated from September 1 to September 15, 2019 are searched.
    /// ```
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sample_time: Option<DescribeWorkforceTaskSearchConditionSampleTime>,
    /// Search by confidence.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub score: Option<String>,
    /// DICOM layer thickness. Samples are filtered by layer thickness.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub slice_thickness: Option<String>,
    /// DICOM scanning time.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub study_date: Option<String>,
    /// A time point in the video.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub time_in_video: Option<String>,
}
crate::support::setters!(
    @ model DescribeWorkforceTaskSearchCondition { coefficient : String, frame_in_video :
    i64, hard : SearchConditionHard, import_origin : String, kvp : String, label_list :
    SearchLabels, labeler : String, metadata : SearchProp, parent_sample_id : String,
    sample_dir : String, sample_name : String, sample_time :
    DescribeWorkforceTaskSearchConditionSampleTime, score : String, slice_thickness :
    String, study_date : String, time_in_video : String }
);
/// SampleStats
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SampleStats {
    /// Number of samples accepted by the owner.
    pub accepted_sample_count: Option<i64>,
    /// Number of samples to be confirmed after intelligent labeling.
    pub auto_annotation_sample_count: Option<i64>,
    /// Number of deleted samples.
    pub deleted_sample_count: Option<i64>,
    /// Number of samples that failed to pass the owner acceptance.
    pub rejected_sample_count: Option<i64>,
    /// Number of samples that are to be accepted by the owner and sampled.
    pub sampled_sample_count: Option<i64>,
    /// Total number of samples.
    pub total_sample_count: Option<i64>,
    /// Number of unlabeled samples.
    pub unannotated_sample_count: Option<i64>,
    /// Number of samples that have been approved by the reviewer and are to be accepted by the owner.
    pub uncheck_sample_count: Option<i64>,
    /// Number of samples that have been labeled by the labeler but have not been reviewed by the reviewer.
    pub unreviewed_sample_count: Option<i64>,
}
/// WorkerTask
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct WorkerTask {
    /// Time when a labeling team member's task is created.
    pub create_time: Option<i64>,
    /// ID of a dataset associated with a labeling team member's task.
    pub dataset_id: Option<String>,
    /// Labeling type of a team member's task.
    pub dataset_type: Option<i64>,
    /// Email address of a labeling team member.
    pub email: Option<String>,
    /// Email notification status of a labeling team member's labeling task. The options are as follows: - **0**: The email has not been sent. - **1**: The email format is incorrect. - **2**: The email address is unreachable. - **3**: The email has been sent.
    pub email_status: Option<i64>,
    /// Timestamp of the latest notification email sent to a labeling team member.
    pub last_notify_time: Option<i64>,
    /// Pass rate of task acceptance review for a labeling team member.
    pub pass_rate: Option<f64>,
    /// Role of a labeling team member.
    pub role: Option<i64>,
    /// Sample statistics of a labeling team member's task.
    pub sample_stats: Option<SampleStats>,
    /// Average acceptance score of labeling team members' task samples.
    pub score: Option<f64>,
    /// Team labeling task ID associated with a member's task.
    pub task_id: Option<String>,
    /// Task status of a labeling team member. The options are as follows: - **6**: created - **0**: starting - **1**: running - **2**: under acceptance - **3**: approved, indicating the team labeling task is complete - **4**: rejected, indicating that the task needs to be labeled and reviewed again
    pub task_status: Option<i64>,
    /// Time when a labeling team member's task is updated.
    pub update_time: Option<i64>,
    /// ID of a labeling team member.
    pub worker_id: Option<String>,
    /// Team labeling task name associated with a member's task.
    pub workforce_task_name: Option<String>,
}
/// WorkforceStats
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct WorkforceStats {
    /// Number of labeling persons.
    pub labeler_count: Option<i64>,
    /// Number of reviewers.
    pub reviewer_count: Option<i64>,
    /// Number of teams.
    pub workforce_count: Option<i64>,
}
/// Response body parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeSampleResp {
    /// Whether the acceptance is passed, which is used for team labeling. The options are as follows:
    ///
    /// - **true**: The acceptance is passed.
    /// - **false**: The acceptance is not passed.
    pub check_accept: Option<bool>,
    /// Acceptance comment, which is used for team labeling.
    pub check_comment: Option<String>,
    /// Acceptance score, which is used for team labeling.
    pub check_score: Option<String>,
    /// Reason for deleting a sample, which is used for healthcare.
    pub deletion_reasons: Option<Vec<String>>,
    /// Details about difficulties, including description, causes, and suggestions of difficult problems.
    pub hard_details: Option<std::collections::BTreeMap<String, serde_json::Value>>,
    /// Labeling personnel list of sample assignment. The labelers record the team members to which the sample is allocated for team labeling.
    pub labelers: Option<Vec<Worker>>,
    /// Sample label list.
    pub labels: Option<Vec<SampleLabel>>,
    /// Key-value pair of the sample **metadata** attribute.
    pub metadata: Option<SampleMetadata>,
    /// Whether to accept the review, which is used for team labeling. The options are as follows:
    ///
    /// - **true**: accepted
    /// - **false**: rejected
    pub review_accept: Option<bool>,
    /// Review comment, which is used for team labeling.
    pub review_comment: Option<String>,
    /// Review score, which is used for team labeling.
    pub review_score: Option<String>,
    /// Sample data list.
    pub sample_data: Option<Vec<String>>,
    /// Sample path.
    pub sample_dir: Option<String>,
    /// Sample ID.
    pub sample_id: Option<String>,
    /// Sample name.
    pub sample_name: Option<String>,
    /// Sample size or text length, in bytes.
    pub sample_size: Option<i64>,
    /// Sample status. The options are as follows:
    ///
    /// - **ALL**: labeled
    /// - **NONE**: unlabeled
    /// - **UNCHECK**: pending acceptance
    /// - **ACCEPTED**: accepted
    /// - **REJECTED**: rejected
    /// - **UNREVIEWED**: pending review
    /// - **REVIEWED**: reviewed
    /// - **WORKFORCE\_SAMPLED**: sampled
    /// - **WORKFORCE\_SAMPLED\_UNCHECK**: sampling unchecked
    /// - **WORKFORCE\_SAMPLED\_CHECKED**: sampling checked
    /// - **WORKFORCE\_SAMPLED\_ACCEPTED**: sampling accepted
    /// - **WORKFORCE\_SAMPLED\_REJECTED**: sampling rejected
    /// - **AUTO\_ANNOTATION**: to be confirmed
    pub sample_status: Option<ExportParamsSampleState>,
    /// Sample time, when OBS is last modified.
    pub sample_time: Option<i64>,
    /// Sample type. The options are as follows:
    ///
    /// - **0**: image
    /// - **1**: text
    /// - **2**: speech
    /// - **4**: table
    /// - **6**: video
    /// - **9**: custom format
    pub sample_type: Option<i64>,
    /// Comprehensive score, which is used for team labeling.
    pub score: Option<String>,
    /// Source address of sample data.
    pub source: Option<String>,
    /// Subsample URL, which is used for healthcare.
    pub sub_sample_url: Option<String>,
    /// ID of a labeling team member, which is used for team labeling.
    pub worker_id: Option<String>,
}
/// Response body parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeProcessorTaskResp {
    /// Time when a data processing task is created.
    pub create_time: Option<i64>,
    /// Input of a data processing task. Either this parameter or **inputs** is delivered.
    pub data_source: Option<ProcessorDataSource>,
    /// Description of a data processing task.
    pub description: Option<String>,
    /// Running time of data processing, in seconds.
    pub duration_seconds: Option<i64>,
    /// Error message. This field is displayed when the value of status is **3**.
    pub error_msg: Option<String>,
    /// Input channel list of a data processing task. Either this parameter or **data\_source** is delivered.
    pub inputs: Option<Vec<ProcessorDataSource>>,
    /// Whether the current task is the latest of the same type of this version.
    pub is_current: Option<bool>,
    /// Name of a data processing task.
    pub name: Option<String>,
    /// Output result of a data processing task. This field is displayed when status is set to **2** and is valid for a feature analysis task.
    pub result: Option<serde_json::Value>,
    /// Status of a data processing task. The options are as follows:
    ///
    /// - **0**: initialized
    /// - **1**: running
    /// - **2**: completed
    /// - **3**: failed
    /// - **4**: stopped
    pub status: Option<i64>,
    /// ID of a data processing task.
    pub task_id: Option<String>,
    /// Data processing template, such as the algorithm ID and parameters.
    pub template: Option<TemplateParam>,
    /// Version number of a data processing task.
    pub version_count: Option<i64>,
    /// Dataset version ID corresponding to a data processing task.
    pub version_id: Option<String>,
    /// Dataset version name corresponding to a data processing task.
    pub version_name: Option<String>,
    /// Working directory of a data processing task.
    pub work_path: Option<WorkPath>,
    /// Workspace ID of a data processing task. If no workspace is created, the default value is **0**. If a workspace is created and used, use the actual value.
    ///
    /// Default: `0`.
    pub workspace_id: Option<String>,
}
/// Response body parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SampleManagementDescribeSampleResp {
    /// Whether the acceptance is passed, which is used for team labeling. The options are as follows: - **true**: The acceptance is passed. - **false**: The acceptance is not passed.
    pub check_accept: Option<bool>,
    /// Acceptance comment, which is used for team labeling.
    pub check_comment: Option<String>,
    /// Acceptance score, which is used for team labeling.
    pub check_score: Option<String>,
    /// Reason for deleting a sample, which is used for healthcare.
    pub deletion_reasons: Option<Vec<String>>,
    /// Details about difficulties, including description, causes, and suggestions of difficult problems.
    pub hard_details: Option<std::collections::BTreeMap<String, HardDetail>>,
    /// Labeling personnel list of sample assignment. The labelers record the team members to which the sample is allocated for team labeling.
    pub labelers: Option<Vec<Worker>>,
    /// Sample label list.
    pub labels: Option<Vec<SampleLabel>>,
    /// Key-value pair of the sample **metadata** attribute.
    pub metadata: Option<SampleMetadata>,
    /// Whether to accept the review, which is used for team labeling. The options are as follows: - **true**: accepted - **false**: rejected
    pub review_accept: Option<bool>,
    /// Review comment, which is used for team labeling.
    pub review_comment: Option<String>,
    /// Review score, which is used for team labeling.
    pub review_score: Option<String>,
    /// Sample data list.
    pub sample_data: Option<Vec<String>>,
    /// Sample path.
    pub sample_dir: Option<String>,
    /// Sample ID.
    pub sample_id: Option<String>,
    /// Sample name.
    pub sample_name: Option<String>,
    /// Sample size or text length, in bytes.
    pub sample_size: Option<i64>,
    /// Sample status. The options are as follows: - **ALL**: labeled - **NONE**: unlabeled - **UNCHECK**: pending acceptance - **ACCEPTED**: accepted - **REJECTED**: rejected - **UNREVIEWED**: pending review - **REVIEWED**: reviewed - **WORKFORCE\_SAMPLED**: sampled - **WORKFORCE\_SAMPLED\_UNCHECK**: sampling unchecked - **WORKFORCE\_SAMPLED\_CHECKED**: sampling checked - **WORKFORCE\_SAMPLED\_ACCEPTED**: sampling accepted - **WORKFORCE\_SAMPLED\_REJECTED**: sampling rejected - **AUTO\_ANNOTATION**: to be confirmed
    pub sample_status: Option<ExportParamsSampleState>,
    /// Sample time, when OBS is last modified.
    pub sample_time: Option<i64>,
    /// Sample type. The options are as follows: - **0**: image - **1**: text - **2**: speech - **4**: table - **6**: video - **9**: custom format
    pub sample_type: Option<i64>,
    /// Comprehensive score, which is used for team labeling.
    pub score: Option<String>,
    /// Source address of sample data.
    pub source: Option<String>,
    /// Subsample URL, which is used for healthcare.
    pub sub_sample_url: Option<String>,
    /// ID of a labeling team member, which is used for team labeling.
    pub worker_id: Option<String>,
}
/// HardDetail
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct HardDetail {
    /// Alias.
    pub alo_name: Option<String>,
    /// Reason ID.
    pub id: Option<i64>,
    /// Reason description.
    pub reason: Option<String>,
    /// Handling suggestion.
    pub suggestion: Option<String>,
}
crate::support::open_enum!(
    #[doc =
    " Labeling format. The options are as follows: - **VOC**: VOC - **COCO**: COCO"]
    ExportReqAnnotationFormat { Voc = "VOC", Coco = "COCO" }
);
/// Request body parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ExportReq {
    /// Labeling format. The options are as follows: - **VOC**: VOC - **COCO**: COCO
    #[serde(skip_serializing_if = "Option::is_none")]
    pub annotation_format: Option<ExportReqAnnotationFormat>,
    /// Dataset ID.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dataset_id: Option<String>,
    /// Dataset type. The options are as follows: - **0**: image classification - **1**: object detection - **100**: text classification - **101**: named entity recognition - **102**: text triplet - **200**: sound classification - **201**: speech content - **202**: speech paragraph labeling - **400**: table dataset - **600**: video labeling - **900**: custom format
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dataset_type: Option<i64>,
    /// Format of the exported directory. The options are as follows: - **1**: tree structure. For example: cat/1.jpg,dog/2.jpg. - **2**: tile structure. For example: 1.jpg, 1.txt; 2.jpg,2.txt.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub export_format: Option<i64>,
    /// Parameters of a dataset export task.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub export_params: Option<ExportTaskExportParams>,
    /// Export type. The options are as follows: - **0**: labeled - **1**: unlabeled - **2**: all - **3**: conditional search
    #[serde(skip_serializing_if = "Option::is_none")]
    pub export_type: Option<i64>,
    /// Export output path.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    /// Sample status. The options are as follows: - **ALL**: labeled - **NONE**: unlabeled - **UNCHECK**: pending acceptance - **ACCEPTED**: accepted - **REJECTED**: rejected - **UNREVIEWED**: pending review - **REVIEWED**: reviewed - **WORKFORCE\_SAMPLED**: sampled - **WORKFORCE\_SAMPLED\_UNCHECK**: sampling unchecked - **WORKFORCE\_SAMPLED\_CHECKED**: sampling checked - **WORKFORCE\_SAMPLED\_ACCEPTED**: sampling accepted - **WORKFORCE\_SAMPLED\_REJECTED**: sampling rejected - **AUTO\_ANNOTATION**: to be confirmed
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sample_state: Option<ExportParamsSampleState>,
    /// Prefix of the OBS path in the exported labeling file. The default value is **obs://**. You can set it to **s3://**. The image path starting with **obs** cannot be parsed during training. Set the path prefix in the exported **manifest** file to **s3://**.
    ///
    /// Default: `obs://`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source_type_header: Option<String>,
    /// Task status.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<i64>,
    /// Task ID.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub task_id: Option<String>,
    /// Format of a dataset version. The options are as follows: - **Default**: default format - **CarbonData**: CarbonData (supported only by table datasets) - **CSV**: CSV
    #[serde(skip_serializing_if = "Option::is_none")]
    pub version_format: Option<SmartTaskConfigVersionFormat>,
    /// Dataset version ID.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub version_id: Option<String>,
    /// Whether to write the column name in the first line of the CSV file during export. This field is valid for the table dataset. The options are as follows: - **true**: Write the column name in the first line of the CSV file. (Default value) - **false**: Do not write the column name in the first line of the CSV file.
    ///
    /// Default: `true`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub with_column_header: Option<bool>,
}
/// ExportParams
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ExportTaskExportParams {
    /// Whether to clear hard example attributes. The options are as follows: - **true**: Clear hard example attributes. (Default value) - **false**: Do not clear hard example attributes.
    ///
    /// Default: `true`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub clear_hard_property: Option<bool>,
    /// Format of the dataset version to which data is exported.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub export_dataset_version_format: Option<String>,
    /// Name of the dataset version to which data is exported.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub export_dataset_version_name: Option<String>,
    /// Export destination. The options are as follows: - **DIR**: Export data to OBS. (Default value) - **NEW\_DATASET**: Export data to a new dataset. Default: `DIR`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub export_dest: Option<ExportParamsExportDest>,
    /// Name of the new dataset to which data is exported.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub export_new_dataset_name: Option<String>,
    /// Working directory of the new dataset to which data is exported.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub export_new_dataset_work_path: Option<String>,
    /// Whether to randomly allocate the training set and validation set based on the specified ratio. The options are as follows: - **true**: Allocate the training set and validation set. - **false**: Do not allocate the training set and validation set. (Default value)
    ///
    /// Default: `false`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ratio_sample_usage: Option<bool>,
    /// Sample status. The options are as follows: - **ALL**: labeled - **NONE**: unlabeled - **UNCHECK**: pending acceptance - **ACCEPTED**: accepted - **REJECTED**: rejected - **UNREVIEWED**: pending review - **REVIEWED**: reviewed - **WORKFORCE\_SAMPLED**: sampled - **WORKFORCE\_SAMPLED\_UNCHECK**: sampling unchecked - **WORKFORCE\_SAMPLED\_CHECKED**: sampling checked - **WORKFORCE\_SAMPLED\_ACCEPTED**: sampling accepted - **WORKFORCE\_SAMPLED\_REJECTED**: sampling rejected - **AUTO\_ANNOTATION**: to be confirmed
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sample_state: Option<ExportParamsSampleState>,
    /// ID list of exported samples.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub samples: Option<Vec<String>>,
    /// Exported search conditions. The relationship between multiple search conditions is OR.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub search_conditions: Option<Vec<DescribeWorkforceTaskSearchCondition>>,
    /// Split ratio of training set and verification set during specified version release. The default value is **1.00**, indicating that all released versions are training sets.
    ///
    /// Default: `1.00`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub train_sample_ratio: Option<String>,
}
crate::support::setters!(
    @ model ExportTaskExportParams { clear_hard_property : bool,
    export_dataset_version_format : String, export_dataset_version_name : String,
    export_dest : ExportParamsExportDest, export_new_dataset_name : String,
    export_new_dataset_work_path : String, ratio_sample_usage : bool, sample_state :
    ExportParamsSampleState, samples : Vec < String >, search_conditions : Vec <
    DescribeWorkforceTaskSearchCondition >, train_sample_ratio : String }
);
crate::support::open_enum!(
    #[doc =
    " Task status. The options are as follows: - **INIT**: initialized - **RUNNING**: running - **FAILED**: failed - **SUCCESSED**: completed"]
    ExportRespStatus { Init = "INIT", Running = "RUNNING", Failed = "FAILED", Successed =
    "SUCCESSED" }
);
/// Response body parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ExportResp {
    /// Time when a task is created.
    pub create_time: Option<i64>,
    /// Error code.
    pub error_code: Option<String>,
    /// Error message.
    pub error_msg: Option<String>,
    /// Format of the exported directory. The options are as follows: - **1**: tree structure. For example: cat/1.jpg,dog/2.jpg. - **2**: tile structure. For example: 1.jpg, 1.txt; 2.jpg,2.txt.
    pub export_format: Option<i64>,
    /// Parameters of a dataset export task.
    pub export_params: Option<ExportParamsResponse>,
    /// Export type. The options are as follows: - **0**: labeled - **1**: unlabeled - **2**: all - **3**: conditional search
    pub export_type: Option<i64>,
    /// Number of completed samples.
    pub finished_sample_count: Option<i64>,
    /// Export output path.
    pub path: Option<String>,
    /// Percentage of current task progress.
    pub progress: Option<f32>,
    /// Task status. The options are as follows: - **INIT**: initialized - **RUNNING**: running - **FAILED**: failed - **SUCCESSED**: completed
    pub status: Option<ExportRespStatus>,
    /// Task ID.
    pub task_id: Option<String>,
    /// Total number of samples.
    pub total_sample_count: Option<i64>,
    /// Time when a task is updated.
    pub update_time: Option<i64>,
    /// Format of a dataset version. The options are as follows: - **Default**: default format - **CarbonData**: CarbonData (supported only by table datasets) - **CSV**: CSV
    pub version_format: Option<SmartTaskConfigVersionFormat>,
    /// Dataset version ID.
    pub version_id: Option<String>,
}
/// ExportParams
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ExportParamsResponse {
    /// Whether to clear hard example attributes. The options are as follows: - **true**: Clear hard example attributes. (Default value) - **false**: Do not clear hard example attributes.
    ///
    /// Default: `true`.
    pub clear_hard_property: Option<bool>,
    /// Format of the dataset version to which data is exported.
    pub export_dataset_version_format: Option<String>,
    /// Name of the dataset version to which data is exported.
    pub export_dataset_version_name: Option<String>,
    /// Export destination. The options are as follows: - **DIR**: Export data to OBS. (Default value) - **NEW\_DATASET**: Export data to a new dataset. Default: `DIR`.
    pub export_dest: Option<ExportParamsExportDest>,
    /// Name of the new dataset to which data is exported.
    pub export_new_dataset_name: Option<String>,
    /// Working directory of the new dataset to which data is exported.
    pub export_new_dataset_work_path: Option<String>,
    /// Whether to randomly allocate the training set and validation set based on the specified ratio. The options are as follows: - **true**: Allocate the training set and validation set. - **false**: Do not allocate the training set and validation set. (Default value)
    ///
    /// Default: `false`.
    pub ratio_sample_usage: Option<bool>,
    /// Sample status. The options are as follows: - **ALL**: labeled - **NONE**: unlabeled - **UNCHECK**: pending acceptance - **ACCEPTED**: accepted - **REJECTED**: rejected - **UNREVIEWED**: pending review - **REVIEWED**: reviewed - **WORKFORCE\_SAMPLED**: sampled - **WORKFORCE\_SAMPLED\_UNCHECK**: sampling unchecked - **WORKFORCE\_SAMPLED\_CHECKED**: sampling checked - **WORKFORCE\_SAMPLED\_ACCEPTED**: sampling accepted - **WORKFORCE\_SAMPLED\_REJECTED**: sampling rejected - **AUTO\_ANNOTATION**: to be confirmed
    pub sample_state: Option<ExportParamsSampleState>,
    /// ID list of exported samples.
    pub samples: Option<Vec<String>>,
    /// Exported search conditions. The relationship between multiple search conditions is OR.
    pub search_conditions: Option<Vec<SearchConditionResponse>>,
    /// Split ratio of training set and verification set during specified version release. The default value is **1.00**, indicating that all released versions are training sets.
    ///
    /// Default: `1.00`.
    pub train_sample_ratio: Option<String>,
}
/// SearchCondition
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SearchConditionResponse {
    /// Filter by coefficient of difficulty.
    pub coefficient: Option<String>,
    /// A frame in the video.
    pub frame_in_video: Option<i64>,
    /// Whether a sample is a hard sample. The options are as follows: - **0**: non-hard sample - **1**: hard sample
    pub hard: Option<SearchConditionHard>,
    /// Filter by data source.
    pub import_origin: Option<String>,
    /// CT dosage, filtered by dosage.
    pub kvp: Option<String>,
    /// Label search criteria.
    pub label_list: Option<SearchLabelsResponse>,
    /// Labeler.
    pub labeler: Option<String>,
    /// Search by sample attribute.
    pub metadata: Option<SearchPropResponse>,
    /// Parent sample ID.
    pub parent_sample_id: Option<String>,
    /// Directory where data samples are stored (the directory must end with a slash (/)). Only samples in the specified directory are searched for. Recursive search of directories is not supported.
    pub sample_dir: Option<String>,
    /// Search by sample name, including the file name extension.
    pub sample_name: Option<String>,
    /// When a sample is added to the dataset, an index is created based on the last modification time (accurate to day) of the sample on OBS. You can search for the sample based on the time. The options are as follows: - **month**: Search for samples added from 30 days ago to the current day.
    ///
    /// - **day**: Search for samples added from yesterday (one day ago) to the current day.
    ///
    /// ```text
    /// - **yyyyMMdd-yyyyMMdd**: Search for samples added in a specified period (at most 30 days), in the format of **Start date-End date**. For example, **20190901-2019091501** indicates that samples generated from September 1 to September 15, 2019 are searched.
    /// ```
    pub sample_time: Option<DescribeWorkforceTaskSearchConditionSampleTime>,
    /// Search by confidence.
    pub score: Option<String>,
    /// DICOM layer thickness. Samples are filtered by layer thickness.
    pub slice_thickness: Option<String>,
    /// DICOM scanning time.
    pub study_date: Option<String>,
    /// A time point in the video.
    pub time_in_video: Option<String>,
}
/// SearchLabels
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SearchLabelsResponse {
    /// List of label search criteria.
    pub labels: Option<Vec<SearchLabelResponse>>,
    /// If you want to search for multiple labels, **op** must be specified. If you search for only one label, **op** can be left blank. The options are as follows: - **OR**: OR operation - **AND**: AND operation
    pub op: Option<SearchLabelsOp>,
}
/// SearchLabel
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SearchLabelResponse {
    /// Label name.
    pub name: Option<String>,
    /// Operation type between multiple attributes. The options are as follows: - **OR**: OR operation - **AND**: AND operation
    pub op: Option<SearchLabelsOp>,
    /// Label attribute, which is in the Object format and stores any key-value pairs. **key** indicates the attribute name, and **value** indicates the value list. If **value** is **null**, the search is not performed by value. Otherwise, the search value can be any value in the list.
    pub property: Option<std::collections::BTreeMap<String, Vec<String>>>,
    /// Label type. The options are as follows: - **0**: image classification - **1**: object detection - **100**: text classification - **101**: named entity recognition - **102**: text triplet relationship - **103**: text triplet entity - **200**: speech classification - **201**: speech content - **202**: speech paragraph labeling - **600**: video classification
    ///
    /// Wire name: `type`.
    #[serde(rename = "type")]
    pub type_: Option<i64>,
}
/// SearchProp
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SearchPropResponse {
    /// Relationship between attribute values. The options are as follows: - **AND**: AND relationship - **OR**: OR relationship
    pub op: Option<SearchPropOp>,
    /// Search criteria of an attribute. Multiple search criteria can be set.
    pub props: Option<std::collections::BTreeMap<String, Vec<String>>>,
}
/// Response body parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AuthorizationListResponse {
    /// Authorization information.
    pub total_count: Option<f64>,
    /// Authorization information list.
    pub auth: Option<Vec<AuthorizationResponse>>,
}
/// AuthorizationResponse
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AuthorizationResponse {
    /// User ID. For details about how to obtain a user ID, see Obtaining a User ID.
    /// If **user\_id** is set to **all**, all IAM users are authorized. If some IAM users have been authorized, the authorization setting will be updated.
    /// This parameter is mandatory only if the authorization type is set to **agency**.
    pub user_id: Option<String>,
    /// Authorization type. **Agency** is recommended.
    /// Options:
    ///
    /// - **agency**: authorization through an agency
    /// - **credential**: authorization through an access Key (AK/SK) Default: **agency**
    ///
    /// Wire name: `type`.
    #[serde(rename = "type")]
    pub type_: Option<AuthorizationRequestType>,
    /// Authorization content.
    ///
    /// - If **Authorization Type** is set to **Agency**, this field indicates the agency name.
    /// - If **Authorization Type** is set to **AK/SK**, this field indicates the access key ID (AK).
    pub content: Option<String>,
    /// Secret Access Key (SK). This field is required only when **Authorization Method** is set to **AK/SK**.
    pub secret_key: Option<String>,
    /// Timestamp when the quality job was created.
    pub create_time: Option<i64>,
}
/// Response body parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct GetDatasetMetricResp {
    /// Dataset monitoring information.
    pub metrics: Option<
        std::collections::BTreeMap<String, std::collections::BTreeMap<String, i64>>,
    >,
}
/// Response body parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ExportTaskStatusResp {
    /// Time when a task is created.
    pub create_time: Option<i64>,
    /// Error code.
    pub error_code: Option<String>,
    /// Error message.
    pub error_msg: Option<String>,
    /// Format of the exported directory. The options are as follows: - **1**: tree structure. For example: cat/1.jpg,dog/2.jpg. - **2**: tile structure. For example: 1.jpg, 1.txt; 2.jpg,2.txt.
    pub export_format: Option<i64>,
    /// Parameters of a dataset export task.
    pub export_params: Option<ExportTaskExportParams>,
    /// Export type. The options are as follows: - **0**: labeled - **1**: unlabeled - **2**: all - **3**: conditional search
    pub export_type: Option<i64>,
    /// Number of completed samples.
    pub finished_sample_count: Option<i64>,
    /// Export output path.
    pub path: Option<String>,
    /// Percentage of current task progress.
    pub progress: Option<f32>,
    /// Task status.
    pub status: Option<String>,
    /// Task ID.
    pub task_id: Option<String>,
    /// Total number of samples.
    pub total_sample_count: Option<i64>,
    /// Time when a task is updated.
    pub update_time: Option<i64>,
    /// Format of a dataset version. The options are as follows: - **Default**: default format - **CarbonData**: CarbonData (supported only by table datasets) - **CSV**: CSV
    pub version_format: Option<SmartTaskConfigVersionFormat>,
    /// Dataset version ID.
    pub version_id: Option<String>,
}
/// Response body parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ExportTasksStatusResp {
    /// Time when a task is created.
    pub create_time: Option<i64>,
    /// Error code.
    pub error_code: Option<String>,
    /// Error message.
    pub error_msg: Option<String>,
    /// Format of the exported directory. The options are as follows: - **1**: tree structure. For example: cat/1.jpg,dog/2.jpg. - **2**: tile structure. For example: 1.jpg, 1.txt; 2.jpg,2.txt.
    pub export_format: Option<i64>,
    /// Parameters of a dataset export task.
    pub export_params: Option<ExportTaskExportParams>,
    /// Export task list
    pub export_tasks: Option<Vec<ExportTasksStatusOfDatasetExportTaskStatusResp>>,
    /// Export type. The options are as follows: - **0**: labeled - **1**: unlabeled - **2**: all - **3**: conditional search
    pub export_type: Option<i64>,
    /// Number of completed samples.
    pub finished_sample_count: Option<i64>,
    /// Export output path.
    pub path: Option<String>,
    /// Percentage of current task progress.
    pub progress: Option<f32>,
    /// Task status.
    pub status: Option<String>,
    /// Task ID.
    pub task_id: Option<String>,
    /// Total number of export tasks
    pub total_count: Option<i64>,
    /// Total number of samples.
    pub total_sample_count: Option<i64>,
    /// Time when a task is updated.
    pub update_time: Option<i64>,
    /// Format of a dataset version. The options are as follows: - **Default**: default format - **CarbonData**: CarbonData (supported only by table datasets) - **CSV**: CSV
    pub version_format: Option<SmartTaskConfigVersionFormat>,
    /// Dataset version ID.
    pub version_id: Option<String>,
}
/// ExportTaskStatusResp
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ExportTasksStatusOfDatasetExportTaskStatusResp {
    /// Time when a task is created.
    pub create_time: Option<i64>,
    /// Error code.
    pub error_code: Option<String>,
    /// Error message.
    pub error_msg: Option<String>,
    /// Format of the exported directory. The options are as follows: - **1**: tree structure. For example: cat/1.jpg,dog/2.jpg. - **2**: tile structure. For example: 1.jpg, 1.txt; 2.jpg,2.txt.
    pub export_format: Option<i64>,
    /// Parameters of a dataset export task.
    pub export_params: Option<ExportTaskExportParams>,
    /// Export type. The options are as follows: - **0**: labeled - **1**: unlabeled - **2**: all - **3**: conditional search
    pub export_type: Option<i64>,
    /// Number of completed samples.
    pub finished_sample_count: Option<i64>,
    /// Export output path.
    pub path: Option<String>,
    /// Percentage of current task progress.
    pub progress: Option<f32>,
    /// Task status.
    pub status: Option<String>,
    /// Task ID.
    pub task_id: Option<String>,
    /// Total number of samples.
    pub total_sample_count: Option<i64>,
    /// Time when a task is updated.
    pub update_time: Option<i64>,
    /// Format of a dataset version. The options are as follows: - **Default**: default format - **CarbonData**: CarbonData (supported only by table datasets) - **CSV**: CSV
    pub version_format: Option<SmartTaskConfigVersionFormat>,
    /// Dataset version ID.
    pub version_id: Option<String>,
}
/// Response body parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct GetProcessorTaskItemsResp {
    /// Algorithm type list.
    pub items: Option<Vec<ProcessorTaskItem>>,
    /// Total number.
    pub total: Option<i64>,
}
/// ProcessorTaskItem
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ProcessorTaskItem {
    /// English name of an algorithm type.
    pub label_en: Option<String>,
    /// Chinese name of an algorithm type.
    pub label_zh: Option<String>,
    /// Algorithm type ID.
    pub template_id: Option<String>,
}
/// Response body parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CheckWorkforceSamplingTaskResp {
    /// Real-time acceptance statistics.
    pub checking_stats: Option<CheckTaskStats>,
    /// Historical statistics.
    pub total_stats: Option<CheckTaskStats>,
}
/// Response body parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct GetWorkforceTaskMetricResp {
    /// Statistics on team labeling task members.
    pub sample_stats: Option<
        std::collections::BTreeMap<String, std::collections::BTreeMap<String, i64>>,
    >,
}
crate::support::open_enum!(
    #[doc =
    " Data source. The options are as follows: - **obs**: OBS bucket (default value) - **dws**: GaussDB(DWS) - **dli**: DLI - **rds**: RDS - **mrs**: MRS - **inference**: Inference service"]
    ImportReqImportOrigin { Obs = "obs", Dws = "dws", Dli = "dli", Rds = "rds", Mrs =
    "mrs", Inference = "inference" }
);
/// Request body parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ImportReq {
    /// Format of the labeling information. Currently, only object detection is supported. The options are as follows: - **VOC**: VOC - **COCO**: COCO
    #[serde(skip_serializing_if = "Option::is_none")]
    pub annotation_format: Option<ExportReqAnnotationFormat>,
    /// Data source.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub data_source: Option<DataSource>,
    /// Whether to import only hard examples. The options are as follows: - **true**: Only difficult samples are imported. - **false**: All samples are imported. (Default value)
    ///
    /// Default: `false`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub difficult_only: Option<bool>,
    /// Do not import samples containing the specified label.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub excluded_labels: Option<Vec<Label>>,
    /// Whether to import data to the final state. The options are as follows: - **true**: Import data to the final state. (Default value) - **false**: Do not import data to the final state.
    ///
    /// Default: `true`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub final_annotation: Option<bool>,
    /// Whether to import labels. The options are as follows: - **true**: Import labels. (Default value) - **false**: Do not import labels. Default: `true`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub import_annotations: Option<bool>,
    /// Name of the subdirectory in the dataset storage directory after import. You can specify the same subdirectory for multiple import tasks to avoid repeated import of the same samples. This field is invalid for table datasets.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub import_folder: Option<String>,
    /// Data source. The options are as follows: - **obs**: OBS bucket (default value) - **dws**: GaussDB(DWS) - **dli**: DLI - **rds**: RDS - **mrs**: MRS - **inference**: Inference service
    ///
    /// Default: `obs`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub import_origin: Option<ImportReqImportOrigin>,
    /// OBS path or **manifest** path to be imported. - When importing a manifest file, ensure that the path is accurate to the manifest file.- When a path is imported as a directory, the dataset type can only support image classification, object detection, text classification, or sound classification.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub import_path: Option<String>,
    /// Whether to import samples. The options are as follows: - **true**: Import samples. (Default value) - **false**: Do not import samples. Default: `true`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub import_samples: Option<bool>,
    /// Import mode. The options are as follows: - **0**: Import by directory. - **1**: Import by manifest file.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub import_type: Option<SearchConditionHard>,
    /// Import samples containing the specified label.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub included_labels: Option<Vec<Label>>,
    /// Label format. This parameter is used only for text datasets.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub label_format: Option<LabelFormat>,
    /// Whether the first row in the file is a column name. This field is valid for the table dataset. The options are as follows: - **true**: The first row in the file is the column name. - **false**: The first row in the file is not the column name. (Default value)
    ///
    /// Default: `false`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub with_column_header: Option<bool>,
}
/// Response body parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ImportResp {
    /// ID of an import task.
    pub task_id: Option<String>,
}
/// Response body parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListWorkersResp {
    /// Total number of labeling team members.
    pub total_number: Option<i64>,
    /// Labeling team members list queried by page.
    pub workers: Option<Vec<Worker>>,
}
/// Response body parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListSamplesResp {
    /// Number of samples.
    pub sample_count: Option<i64>,
    /// Sample list.
    pub samples: Option<Vec<DescribeSampleResp>>,
}
/// Response body parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListDatasetVersionsResp {
    /// Total number of dataset versions.
    pub total_number: Option<i64>,
    /// Dataset version list.
    pub versions: Option<Vec<DatasetVersion>>,
}
/// Response body parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListDatasetsResp {
    /// Dataset list queried by page.
    pub datasets: Option<Vec<DatasetAndFilePreview>>,
    /// Total number of datasets.
    pub total_number: Option<i64>,
    /// Workspace ID. If no workspace is created, the default value is **0**. If a workspace is created and used, use the actual value.
    ///
    /// Wire name: `workspaceId`. Default: `0`.
    #[serde(rename = "workspaceId")]
    pub workspace_id: Option<String>,
}
/// DatasetAndFilePreview
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct DatasetAndFilePreview {
    /// Number of labeled samples in a dataset.
    pub annotated_sample_count: Option<i64>,
    /// Number of labeled subsamples.
    pub annotated_sub_sample_count: Option<i64>,
    /// Whether to enable content labeling for the speech paragraph labeling dataset. This function is enabled by default.
    pub content_labeling: Option<bool>,
    /// Time when a dataset is created.
    pub create_time: Option<i64>,
    /// Current version ID of a dataset.
    pub current_version_id: Option<String>,
    /// Current version name of a dataset.
    pub current_version_name: Option<String>,
    /// Data format.
    pub data_format: Option<String>,
    /// Data source list.
    pub data_sources: Option<Vec<DataSource>>,
    /// Sample statistics on a dataset, including the statistics on sample metadata in JSON format.
    pub data_statistics: Option<std::collections::BTreeMap<String, serde_json::Value>>,
    /// Time when a sample and a label are updated.
    pub data_update_time: Option<i64>,
    /// Data path for training.
    pub data_url: Option<String>,
    /// Dataset format. The options are as follows: - **0**: file - **1**: table
    pub dataset_format: Option<i64>,
    /// Dataset ID.
    pub dataset_id: Option<String>,
    /// Dataset name.
    pub dataset_name: Option<String>,
    /// Key identifier list of a dataset, for example, \["Image","Object detection"\].
    pub dataset_tags: Option<Vec<String>>,
    /// Dataset type. The options are as follows: - **0**: image classification - **1**: object detection - **100**: text classification - **101**: named entity recognition - **102**: text triplet - **200**: sound classification - **201**: speech content - **202**: speech paragraph labeling - **400**: table dataset - **600**: video labeling - **900**: custom format
    pub dataset_type: Option<i64>,
    /// Version number of a dataset.
    pub dataset_version_count: Option<i64>,
    /// Number of deleted samples.
    pub deleted_sample_count: Option<i64>,
    /// Deletion reason statistics.
    pub deletion_stats: Option<std::collections::BTreeMap<String, i64>>,
    /// Dataset description.
    pub description: Option<String>,
    /// Enterprise project ID.
    pub enterprise_project_id: Option<String>,
    /// Whether the dataset contains running (including initialization) tasks. The options are as follows: - **true**: The dataset contains running tasks. - **false**: The dataset does not contain running tasks.
    pub exist_running_task: Option<bool>,
    /// Whether the dataset contains team labeling tasks. The options are as follows: - **true**: The dataset contains team labeling tasks. - **false**: The dataset does not contain team labeling tasks.
    pub exist_workforce_task: Option<bool>,
    /// List of features supported by the dataset. Currently, only the value **0** is supported, indicating that the OBS file size is limited.
    pub feature_supports: Option<Vec<String>>,
    /// Whether to import data. The options are as follows: - **true**: Import data. - **false**: Do not import data.
    pub import_data: Option<bool>,
    /// ID of an import task.
    pub import_task_id: Option<String>,
    /// Path for storing the labeling result of a dataset.
    pub inner_annotation_path: Option<String>,
    /// Path for storing the internal data of a dataset.
    pub inner_data_path: Option<String>,
    /// Path for storing internal logs of a dataset.
    pub inner_log_path: Option<String>,
    /// Path for internal task of a dataset.
    pub inner_task_path: Option<String>,
    /// Path for storing internal temporary files of a dataset.
    pub inner_temp_path: Option<String>,
    /// Output directory of a dataset.
    pub inner_work_path: Option<String>,
    /// Number of labeling tasks.
    pub label_task_count: Option<i64>,
    /// Dataset label list.
    pub labels: Option<Vec<Label>>,
    /// Number of loading samples.
    pub loading_sample_count: Option<i64>,
    /// Whether a dataset is hosted. The options are as follows: - **true**: The dataset is hosted. - **false**: The dataset is not hosted.
    pub managed: Option<bool>,
    /// Number of next versions of a dataset.
    pub next_version_num: Option<i64>,
    /// ID list of running (including initialization) tasks.
    pub running_tasks_id: Option<Vec<String>>,
    /// Sample list.
    pub samples: Option<Vec<AnnotationFile>>,
    /// Schema list.
    pub schema: Option<Vec<Field>>,
    /// Dataset status. The options are as follows: - **0**: creating dataset - **1**: normal dataset - **2**: deleting dataset - **3**: deleted dataset - **4**: abnormal dataset - **5**: synchronizing dataset - **6**: releasing dataset - **7**: dataset in version switching - **8**: importing dataset
    pub status: Option<i64>,
    /// Third-party path.
    pub third_path: Option<String>,
    /// Total number of dataset samples.
    pub total_sample_count: Option<i64>,
    /// Total number of subsamples generated from the parent samples. For example, the total number of key frame images extracted from the video labeling dataset is that of subsamples.
    pub total_sub_sample_count: Option<i64>,
    /// Number of auto labeling samples to be confirmed.
    pub unconfirmed_sample_count: Option<i64>,
    /// Time when a dataset is updated.
    pub update_time: Option<i64>,
    /// Dataset version information. Currently, only the current version information of a dataset is recorded.
    pub versions: Option<Vec<DatasetVersion>>,
    /// Output dataset path, which is used to store output files such as label files. The path is an OBS path in the format of /Bucket name/File path. For example: /**obs-bucket**.
    pub work_path: Option<String>,
    /// Type of the dataset output path. The options are as follows: - **0**: OBS bucket (default value). Default: `0`.
    pub work_path_type: Option<i64>,
    /// Team labeling information.
    pub workforce_descriptor: Option<WorkforceDescriptor>,
    /// Number of team labeling tasks of a dataset.
    pub workforce_task_count: Option<i64>,
    /// Workspace ID. If no workspace is created, the default value is **0**. If a workspace is created and used, use the actual value. Default: `0`.
    pub workspace_id: Option<String>,
}
/// AnnotationFile
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AnnotationFile {
    /// Time when a sample is created.
    pub create_time: Option<i64>,
    /// Dataset ID.
    pub dataset_id: Option<String>,
    /// Number of image sample channels.
    pub depth: Option<i64>,
    /// Sample name. Wire name: `file_Name`.
    #[serde(rename = "file_Name")]
    pub file_name: Option<String>,
    /// Sample ID.
    pub file_id: Option<String>,
    /// File type.
    pub file_type: Option<String>,
    /// Image sample height.
    pub height: Option<i64>,
    /// Image sample size.
    pub size: Option<i64>,
    /// Label information of a sample.
    pub tags: Option<std::collections::BTreeMap<String, String>>,
    /// OBS address of the preview sample.
    pub url: Option<String>,
    /// Image sample width.
    pub width: Option<i64>,
}
/// Response body parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ImportTasksStatusResp {
    /// List of import tasks.
    pub import_tasks: Option<Vec<ImportTaskStatusResp>>,
    /// Number of import tasks.
    pub total_count: Option<i64>,
}
/// Response body parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListLabelsResp {
    /// Label list.
    pub labels: Option<Vec<Label>>,
}
/// Response body parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListProcessorTaskVersionResultsResp {
    /// Total number of results.
    pub count: Option<i64>,
    /// Whether all results are returned.
    pub has_more: Option<bool>,
    /// Result displayed by page.
    pub results: Option<Vec<DescProcessorTaskVersionResultsResp>>,
}
/// DescProcessorTaskVersionResultsResp
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct DescProcessorTaskVersionResultsResp {
    /// Address of the sample after processing.
    pub new_source: Option<String>,
    /// Source address of a sample.
    pub origin_source: Option<String>,
    /// Processing description of a sample.
    pub result_description: Option<Vec<serde_json::Value>>,
    /// Processing status of a sample. The options are as follows:
    ///
    /// - **-1**: all
    /// - **0**: reserve
    /// - **1**: modify
    /// - **2**: delete
    /// - **3**: add
    pub result_property: Option<i64>,
    /// Sample ID, which is generated by **md5** in the OBS path.
    pub sample_id: Option<String>,
    /// Address of the processed sample after signature.
    pub signed_new_source: Option<String>,
    /// Source sample address after signature.
    pub signed_origin_source: Option<String>,
    /// Version ID of a data processing task.
    pub version_id: Option<String>,
}
/// Response body parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListTaskVersionsResp {
    /// Total number of versions.
    pub count: Option<i64>,
    /// Version list of a data processing task queried by page.
    pub versions: Option<Vec<DescTaskVersionResp>>,
}
/// Response body parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListProcessorTasksResp {
    /// Total number of data processing tasks.
    pub count: Option<i64>,
    /// Data processing task list queried by page.
    pub tasks: Option<Vec<DescribeProcessorTaskResp>>,
}
/// Response body parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SampleManagementListSamplesResp {
    /// Number of samples.
    pub sample_count: Option<i64>,
    /// Sample list.
    pub samples: Option<Vec<ListSamplesDescribeSampleResp>>,
}
/// DescribeSampleResp
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListSamplesDescribeSampleResp {
    /// Whether the acceptance is passed, which is used for team labeling. The options are as follows: - **true**: The acceptance is passed. - **false**: The acceptance is not passed.
    pub check_accept: Option<bool>,
    /// Acceptance comment, which is used for team labeling.
    pub check_comment: Option<String>,
    /// Acceptance score, which is used for team labeling.
    pub check_score: Option<String>,
    /// Reason for deleting a sample, which is used for healthcare.
    pub deletion_reasons: Option<Vec<String>>,
    /// Details about difficulties, including description, causes, and suggestions of difficult problems.
    pub hard_details: Option<std::collections::BTreeMap<String, HardDetail>>,
    /// Labeling personnel list of sample assignment. The labelers record the team members to which the sample is allocated for team labeling.
    pub labelers: Option<Vec<Worker>>,
    /// Sample label list.
    pub labels: Option<Vec<SampleLabel>>,
    /// Key-value pair of the sample **metadata** attribute.
    pub metadata: Option<SampleMetadata>,
    /// Whether to accept the review, which is used for team labeling. The options are as follows: - **true**: accepted - **false**: rejected
    pub review_accept: Option<bool>,
    /// Review comment, which is used for team labeling.
    pub review_comment: Option<String>,
    /// Review score, which is used for team labeling.
    pub review_score: Option<String>,
    /// Sample data list.
    pub sample_data: Option<Vec<String>>,
    /// Sample path.
    pub sample_dir: Option<String>,
    /// Sample ID.
    pub sample_id: Option<String>,
    /// Sample name.
    pub sample_name: Option<String>,
    /// Sample size or text length, in bytes.
    pub sample_size: Option<i64>,
    /// Sample status. The options are as follows: - **ALL**: labeled - **NONE**: unlabeled - **UNCHECK**: pending acceptance - **ACCEPTED**: accepted - **REJECTED**: rejected - **UNREVIEWED**: pending review - **REVIEWED**: reviewed - **WORKFORCE\_SAMPLED**: sampled - **WORKFORCE\_SAMPLED\_UNCHECK**: sampling unchecked - **WORKFORCE\_SAMPLED\_CHECKED**: sampling checked - **WORKFORCE\_SAMPLED\_ACCEPTED**: sampling accepted - **WORKFORCE\_SAMPLED\_REJECTED**: sampling rejected - **AUTO\_ANNOTATION**: to be confirmed
    pub sample_status: Option<ExportParamsSampleState>,
    /// Sample time, when OBS is last modified.
    pub sample_time: Option<i64>,
    /// Sample type. The options are as follows: - **0**: image - **1**: text - **2**: speech - **4**: table - **6**: video - **9**: custom format
    pub sample_type: Option<i64>,
    /// Comprehensive score, which is used for team labeling.
    pub score: Option<String>,
    /// Source address of sample data.
    pub source: Option<String>,
    /// Subsample URL, which is used for healthcare.
    pub sub_sample_url: Option<String>,
    /// ID of a labeling team member, which is used for team labeling.
    pub worker_id: Option<String>,
}
/// Response body parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListSearchResp {
    /// List of labeling team members.
    pub labelers: Option<Vec<String>>,
    /// Label list.
    pub labels: Option<Vec<Label>>,
    /// Attribute key-value pair of a dataset.
    pub metadata: Option<std::collections::BTreeMap<String, Vec<String>>>,
}
/// Response body parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListStatsResp {
    /// Path for storing data of a dataset.
    pub data_path: Option<String>,
    /// Whether the dataset can be split into training set and validation set based on the sample labeling statistics. The options are as follows: - **true**: The dataset can be split into training set and validation set. - **false**: The dataset cannot be split into training set and validation set.
    pub data_spliting_enable: Option<bool>,
    /// Label statistics grouped by labeling type.
    pub grouped_label_stats: Option<std::collections::BTreeMap<String, Vec<LabelStats>>>,
    /// Statistics on hard example reasons. The type is **Map\<Integer, Pair\<Integer, HardDetail\>\>**. The **key** of Map indicates the ID of the hard example reason, the **key** of Pair indicates the number of times that the hard example reason occurs, and the **value** of Pair indicates the hard example reason.
    pub hard_detail_stats: Option<
        std::collections::BTreeMap<String, PairOfintAndHardDetail>,
    >,
    /// Statistics on hard examples.
    pub key_sample_stats: Option<std::collections::BTreeMap<String, i64>>,
    /// List of label statistics.
    pub label_stats: Option<Vec<LabelStats>>,
    /// Statistics on sample metadata, in JSON format.
    pub metadata_stats: Option<std::collections::BTreeMap<String, serde_json::Value>>,
    /// Statistics on sample status.
    pub sample_stats: Option<std::collections::BTreeMap<String, i64>>,
}
/// PairOfintAndHardDetail
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct PairOfintAndHardDetail {
    /// Number of times that a hard example reason occurs.
    pub key: Option<i64>,
    /// Reason for a hard example.
    pub value: Option<HardDetail>,
}
/// Response body parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListTaskResp {
    /// Task list.
    pub tasks: Option<Vec<RunningTask>>,
    /// Total number of tasks.
    pub total_count: Option<i64>,
}
/// RunningTask
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct RunningTask {
    /// Number of labeled samples.
    pub annotated_sample_count: Option<i64>,
    /// Error code.
    pub code: Option<String>,
    /// Task configuration.
    pub config: Option<SmartTaskConfig>,
    /// Task creation time.
    pub create_time: Option<String>,
    /// Dataset ID.
    pub dataset_id: Option<String>,
    /// Execution time.
    pub elapsed_time: Option<i64>,
    /// Error code.
    pub error_code: Option<String>,
    /// Error details.
    pub error_detail: Option<String>,
    /// Error message.
    pub error_msg: Option<String>,
    /// Error message.
    pub message: Option<String>,
    /// Model ID.
    pub model_id: Option<String>,
    /// Model name.
    pub model_name: Option<String>,
    /// Model version.
    pub model_version: Option<String>,
    /// Task progress percentage.
    pub progress: Option<f32>,
    /// Task result.
    pub result: Option<ResultModel>,
    /// Task status.
    pub status: Option<i64>,
    /// Task ID.
    pub task_id: Option<String>,
    /// Task name.
    pub task_name: Option<String>,
    /// Total number of samples.
    pub total_sample_count: Option<i64>,
    /// Task type. Wire name: `type`.
    #[serde(rename = "type")]
    pub type_: Option<i64>,
    /// Number of samples to be confirmed.
    pub unconfirmed_sample_count: Option<i64>,
}
/// Response body parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListWorkerTasksResp {
    /// Total number of team labeling tasks.
    pub count: Option<i64>,
    /// Team labeling task list queried by page.
    pub worker_tasks: Option<Vec<WorkerTask>>,
}
/// Response body parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListWorkforceTasksResp {
    /// Total number of team labeling tasks.
    pub count: Option<i64>,
    /// Team labeling task list queried by page.
    pub tasks: Option<Vec<WorkforceTask>>,
}
/// WorkforceTask
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct WorkforceTask {
    /// Whether to automatically synchronize the result of a team labeling task to the dataset. The options are as follows: - **true**: Automatically synchronize the result of a team labeling task to the dataset. - **false**: Do not automatically synchronize the result of a team labeling task to the dataset.
    pub auto_sync_dataset: Option<bool>,
    /// Acceptance ratio of a team labeling task.
    pub check_rate: Option<f64>,
    /// Details about the current acceptance task of a team labeling task.
    pub checking_task_desc: Option<WorkforceSamplingTaskDesc>,
    /// Time when a labeling task is created.
    pub create_time: Option<i64>,
    /// Dataset ID.
    pub dataset_id: Option<String>,
    /// Description of a labeling task.
    pub description: Option<String>,
    /// Label statistics of a labeling task.
    pub label_stats: Option<Vec<LabelStats>>,
    /// Acceptance pass rate of a team labeling task.
    pub pass_rate: Option<f64>,
    /// Number of persons who label each sample in a team labeling task. The minimum value is **1**. Range at least 1.
    pub repetition: Option<i64>,
    /// Sample search criteria when creating a task.
    pub sample_search_conditions: Option<Vec<DescribeWorkforceTaskSearchCondition>>,
    /// Sample statistics of a labeling task.
    pub sample_stats: Option<SampleStats>,
    /// Average acceptance score of a team labeling task.
    pub score: Option<f64>,
    /// Status of a team labeling task. The options are as follows: - **6**: created. The owner has created a task but does not start it. Only the owner and manager can view the task list. - **0**: starting. The owner or manager starts the task and assigns the files to be labeled. The owner, manager, labeler, and reviewer can view the task list. If the task assignment is not complete, a new task cannot be started. - **1**: running. The task is labeled and reviewed by the labeler and reviewer, respectively and is accepted by the owner. If auto labeling files are added or synchronized, or unlabeled files are imported, the new files need to be assigned again. - **2**: under acceptance. The owner initiates an acceptance task but does not complete it. In this state, a new acceptance task cannot be initiated until the current one is completed. - **3**: passed. The team labeling task has been completed. - **4**: rejected. In this state, the manager starts the task again and assigns it for labeling and reviewing. - **5**: synchronizing acceptance result. This state is displayed when acceptance tasks are changed to be asynchronous. In this state, new acceptance tasks cannot be initiated and the current acceptance task cannot be continued. In the task name area, a message is displayed, indicating that the acceptance result is being synchronized. - **7**: acceptance sampling. This state is displayed when acceptance tasks are changed to be asynchronous. In this state, new acceptance tasks cannot be initiated and the current acceptance task cannot be continued. In the task name area, a message is displayed, indicating that the acceptance sampling is in progress.
    pub status: Option<i64>,
    /// Whether to synchronize the auto labeling result of a team labeling task. The options are as follows: - **true**: Synchronize the results to be confirmed to team members after auto labeling is complete. - **false**: Do not synchronize the auto labeling results. (Default value)
    ///
    /// Default: `false`.
    pub synchronize_auto_labeling_data: Option<bool>,
    /// Whether to synchronize the added data of a team labeling task. The options are as follows: - **true**: Synchronize uploaded files, data sources, and imported unlabeled files to team members. - **false**: Do not synchronize the added data. (Default value)
    ///
    /// Default: `false`.
    pub synchronize_data: Option<bool>,
    /// ID of a labeling task.
    pub task_id: Option<String>,
    /// Name of a labeling task.
    pub task_name: Option<String>,
    /// Time when a labeling task is updated.
    pub update_time: Option<i64>,
    /// Version ID of the dataset associated with a labeling task.
    pub version_id: Option<String>,
    /// Statistics on team labeling task members.
    pub workforce_stats: Option<WorkforceStats>,
    /// Team labeling task information: Tasks can be assigned by the team administrator or a specified team.
    pub workforces_config: Option<WorkforcesConfig>,
}
/// Response body parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListWorkforcesResp {
    /// Total number of labeling teams.
    pub total_number: Option<i64>,
    /// Labeling team list queried by page.
    pub workforces: Option<Vec<Workforce>>,
}
/// Workforce
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Workforce {
    /// Time when a labeling team is created.
    pub create_time: Option<i64>,
    /// Description of a labeling team.
    pub description: Option<String>,
    /// Time when a labeling team is updated.
    pub update_time: Option<i64>,
    /// Total number of labeling team members.
    pub worker_count: Option<i64>,
    /// ID of a labeling team.
    pub workforce_id: Option<String>,
    /// Name of a labeling team.
    pub workforce_name: Option<String>,
    /// Workspace ID. If no workspace is created, the default value is **0**. If a workspace is created and used, use the actual value. Default: `0`.
    pub workspace_id: Option<String>,
}
/// Request body parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ResendEmailReq {
    /// Email list of a labeling team member.
    pub emails: Vec<String>,
}
/// Response body parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ResendEmailResp {
    /// Error code.
    pub error_code: Option<String>,
    /// Error message.
    pub error_msg: Option<String>,
    /// Result of sending an email to a labeling team member.
    pub results: Option<Vec<BatchResponse>>,
    /// Check whether the operation is successful. The options are as follows: - **true**: The operation is successful. - **false**: The operation is failed.
    pub success: Option<bool>,
}
/// Request body parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CreateWorkforceSamplingTaskReq {
    /// Number of samples for the acceptance task. Either this parameter or the sampling ratio is delivered.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sampling_num: Option<i64>,
    /// Sampling ratio of the acceptance task. The value range is (0,1\]. Either this parameter or the number of samples is delivered.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sampling_rate: Option<f64>,
}
/// Response body parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CreateWorkforceSamplingTaskResp {
    /// ID of an asynchronous acceptance task.
    pub task_id: Option<String>,
}
/// Request body parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct StartWorkforceTaskReq {
    /// Dataset ID.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dataset_id: Option<String>,
    /// ID of a team labeling task.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub task_id: Option<String>,
    /// Team labeling task information: Tasks can be assigned by the team administrator or a specified team.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub workforces_config: Option<WorkforcesConfig>,
}
/// Response body parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SyncDataSourceStatusResp {
    /// Number of added samples.
    pub add_sample_count: Option<i64>,
    /// Task creation time.
    pub create_time: Option<i64>,
    /// Dataset ID.
    pub dataset_id: Option<String>,
    /// Number of deleted samples.
    pub deleted_sample_count: Option<i64>,
    /// Task running time.
    pub duration_time: Option<i64>,
    /// Error code.
    pub error_code: Option<String>,
    /// Error message.
    pub error_msg: Option<String>,
    /// Status of a task. The options are as follows: - **QUEUING**: queuing - **STARTING**: execution started - **RUNNING**: running - **COMPLETED**: completed - **FAILED**: failed - **NOT\_EXIST**: not found
    pub status: Option<ImportTaskStatusRespStatus>,
    /// Synchronization task ID.
    pub task_id: Option<String>,
    /// Total number of samples.
    pub total_sample_count: Option<i64>,
}
/// Request body parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct UpdateDatasetReq {
    /// List of added labels.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub add_labels: Option<Vec<Label>>,
    /// ID of current dataset version.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub current_version_id: Option<String>,
    /// Dataset name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dataset_name: Option<String>,
    /// List of deleted labels.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub delete_labels: Option<Vec<Label>>,
    /// Dataset description. The value contains 0 to 256 characters and does not support the following special characters: ^\!\<\>=\&"'. Length 0 to 256.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// List of updated labels.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub update_labels: Option<Vec<Label>>,
}
/// Response body parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct UpdateDatasetResp {
    /// Dataset ID.
    pub dataset_id: Option<String>,
}
/// Request body parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct UpdateLabelReq {
    /// Default attribute: Label color, which is a hexadecimal code of the color. By default, this parameter is left blank. Example: **\#FFFFF0**.
    ///
    /// Wire name: `@modelarts:color`.
    #[serde(rename = "@modelarts:color", skip_serializing_if = "Option::is_none")]
    pub modelarts_color: Option<String>,
    /// Default attribute: Default shape of an object detection label (dedicated attribute). By default, this parameter is left blank. The options are as follows: - **bndbox**: rectangle - **polygon**: polygon - **circle**: circle - **line**: straight line - **dashed**: dotted line - **point**: point - **polyline**: polyline
    ///
    /// Wire name: `@modelarts:default_shape`.
    #[serde(
        rename = "@modelarts:default_shape",
        skip_serializing_if = "Option::is_none"
    )]
    pub modelarts_default_shape: Option<SampleLabelPropertyModelartsShape>,
    /// Default attribute: Type of the head entity in the triplet relationship label. This attribute must be specified when a relationship label is created. This parameter is used only for the text triplet dataset.
    ///
    /// Wire name: `@modelarts:from_type`.
    #[serde(rename = "@modelarts:from_type", skip_serializing_if = "Option::is_none")]
    pub modelarts_from_type: Option<String>,
    /// Default attribute: The new name of the label. Wire name: `@modelarts:rename_to`.
    #[serde(rename = "@modelarts:rename_to", skip_serializing_if = "Option::is_none")]
    pub modelarts_rename_to: Option<String>,
    /// Default attribute: Label shortcut key. By default, this parameter is left blank. For example: **D**. Wire name: `@modelarts:shortcut`.
    #[serde(rename = "@modelarts:shortcut", skip_serializing_if = "Option::is_none")]
    pub modelarts_shortcut: Option<String>,
    /// Default attribute: Type of the tail entity in the triplet relationship label. This attribute must be specified when a relationship label is created. This parameter is used only for the text triplet dataset.
    ///
    /// Wire name: `@modelarts:to_type`.
    #[serde(rename = "@modelarts:to_type", skip_serializing_if = "Option::is_none")]
    pub modelarts_to_type: Option<String>,
}
/// Response body parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct UpdateLabelResp {
    /// Error code.
    pub error_code: Option<String>,
    /// Error message.
    pub error_msg: Option<String>,
    /// Whether the operation is successful. The options are as follows: - **true**: successful - **false**: failed
    pub success: Option<bool>,
}
/// Request body parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct UpdateLabelsReq {
    /// List of labels to be updated.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub labels: Option<Vec<Label>>,
}
/// Response body parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct UpdateLabelsResp {
    /// Error code.
    pub error_code: Option<String>,
    /// Error message.
    pub error_msg: Option<String>,
    /// Response body for updating labels.
    pub results: Option<Vec<BatchResponse>>,
    /// Whether the operation is successful. The options are as follows: - **true**: successful - **false**: failed
    pub success: Option<bool>,
}
/// Request body parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct UpdateProcessorTaskReq {
    /// Description of a data processing task. The description contains 0 to 256 characters and does not support the following special characters: ^\!\<\>=\&"'
    ///
    /// Length 0 to 256.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}
/// Request body parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct UpdateSamplesReq {
    /// Email address of a labeling team member.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// Updated sample list.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub samples: Option<Vec<SampleLabels>>,
}
/// Response body parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct UpdateSamplesResp {
    /// Error code.
    pub error_code: Option<String>,
    /// Error message.
    pub error_msg: Option<String>,
    /// Response list for updating sample labels in batches.
    pub results: Option<Vec<BatchResponse>>,
    /// Whether the operation is successful. The options are as follows: - **true**: successful - **false**: failed
    pub success: Option<bool>,
}
/// Request body parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct UpdateWorkerReq {
    /// Labeling team member description. The value contains 0 to 256 characters and does not support the following special characters: ^\!\<\>=\&"'. Length 0 to 256.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Role. The options are as follows: - **0**: labeling personnel - **1**: reviewer - **2**: team administrator - **3**: dataset owner
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role: Option<i64>,
}
/// Request body parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct UpdateWorkforceReq {
    /// Labeling team description. The value contains 0 to 256 characters and does not support the following special characters: ^\!\<\>=\&"'. Length 0 to 256.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Name of a labeling team. The value contains 1 to 64 characters and only letters, digits, hyphens (-), and underscores (\_) are allowed. Length 1 to 64.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub workforce_name: Option<String>,
}
crate::support::open_enum!(
    #[doc =
    " Language. The options are as follows: - **en-us**: English (default value) - **zh-cn**: Chinese"]
    UpdateWorkforceSamplingTaskReqLocale { EnUs = "en-us", ZhCn = "zh-cn" }
);
/// Request body parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct UpdateWorkforceSamplingTaskReq {
    /// Acceptance action. The options are as follows: - **0**: Pass all samples. - **1**: Reject all samples. - **2**: Cancel acceptance. - **3**: View the list of conflicted samples. - **4**: Pass single-accepted samples and unaccepted samples. - **5**: Pass only single-accepted samples.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub action: Option<i64>,
    /// Language. The options are as follows: - **en-us**: English (default value) - **zh-cn**: Chinese. Default: `en-us`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub locale: Option<UpdateWorkforceSamplingTaskReqLocale>,
    /// Whether to overwrite labeled data. The options are as follows: - **true**: Overwrite labeled data. - **false**: Do not overwrite labeled data. (Default value)
    ///
    /// Default: `false`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub overwrite_last_result: Option<bool>,
}
/// Response body parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct UpdateWorkforceSamplingTaskResp {
    /// Total number of accepted samples.
    pub sample_count: Option<i64>,
    /// List of accepted samples.
    pub samples: Option<Vec<ListSamplesDescribeSampleResp>>,
}
/// Request body parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct UpdateWorkforceTaskReq {
    /// Dataset ID.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dataset_id: Option<String>,
    /// Team labeling task description. The value contains 0 to 256 characters and does not support the following special characters: ^\!\<\>=\&"'. Length 0 to 256.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// ID of a team labeling task.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub task_id: Option<String>,
    /// Team labeling task name. The value contains 1 to 64 characters and only letters, digits, underscores (\_), and hyphens (-) are allowed. Length 1 to 64.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub task_name: Option<String>,
    /// Team labeling task information: Tasks can be assigned by the team administrator or a specified team.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub workforces_config: Option<WorkforcesConfig>,
}
/// Request body parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct UploadSamplesReq {
    /// Whether to directly import to the final result. The options are as follows: - **true**: Import labels to the labeled dataset. (Default value). - **false**: Import labels to the to-be-confirmed dataset. Currently, to-be-confirmed datasets only support categories of image classification and object detection.
    ///
    /// Default: `true`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub final_annotation: Option<bool>,
    /// Label format. This parameter is used only for text datasets.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub label_format: Option<LabelFormat>,
    /// Sample list.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub samples: Option<Vec<Sample>>,
}
crate::support::open_enum!(
    #[doc =
    " Encoding type of sample files, which is used to upload .txt or .csv files. The value can be **UTF-8**, **GBK**, or **GB2312**. The default value is **UTF-8**."]
    SampleEncoding { Utf8 = "UTF-8", Gbk = "GBK", Gb2312 = "GB2312" }
);
/// Sample
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Sample {
    /// Byte data of sample files. The type is **java.nio.ByteBuffer**. When this parameter is called, the string converted from the byte data is uploaded.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub data: Option<serde_json::Value>,
    /// Data source.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub data_source: Option<DataSource>,
    /// Encoding type of sample files, which is used to upload .txt or .csv files. The value can be **UTF-8**, **GBK**, or **GB2312**. The default value is **UTF-8**.
    ///
    /// Default: `UTF-8`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub encoding: Option<SampleEncoding>,
    /// Sample label list.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub labels: Option<Vec<SampleLabel>>,
    /// Key-value pair of the sample **metadata** attribute.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub metadata: Option<SampleMetadata>,
    /// Name of sample files. The value contains 0 to 1,024 characters and cannot contain special characters (\!\<\>=\&"').
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Sample type. The options are as follows: - **0**: image - **1**: text - **2**: speech - **4**: table - **6**: video - **9**: custom format
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sample_type: Option<i64>,
}
crate::support::setters!(
    @ model Sample { data : serde_json::Value, data_source : DataSource, encoding :
    SampleEncoding, labels : Vec < SampleLabel >, metadata : SampleMetadata, name :
    String, sample_type : i64 }
);
/// Response body parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct UploadSamplesResp {
    /// Error code.
    pub error_code: Option<String>,
    /// Error message.
    pub error_msg: Option<String>,
    /// Response list for adding samples in batches.
    pub results: Option<Vec<UploadSampleResp>>,
    /// Whether the operation is successful. The options are as follows: - **true**: successful - **false**: failed
    pub success: Option<bool>,
}
/// UploadSampleResp
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct UploadSampleResp {
    /// Error code.
    pub error_code: Option<String>,
    /// Error message.
    pub error_msg: Option<String>,
    /// Description.
    pub info: Option<String>,
    /// Name of a sample file.
    pub name: Option<String>,
    /// Whether the operation is successful. The options are as follows: - **true**: successful - **false**: failed
    pub success: Option<bool>,
}
/// Response body parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ImageGroupListResponse {
    /// Current page number.
    pub current: Option<i64>,
    /// Indicates the data.
    pub data: Option<Vec<ImageGroup>>,
    /// Total number of pages
    pub pages: Option<i64>,
    /// Number of records on each page
    pub size: Option<i64>,
    /// Total number of records
    pub total: Option<i64>,
}
/// ImageGroup
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ImageGroup {
    /// The image name.
    pub name: Option<String>,
    /// Specifies the time (UTC ms) when the image is created.
    pub create_at: Option<i64>,
    /// Mirror the SWR organization described.
    pub namespace: Option<String>,
    /// Specifies the time (UTC ms) when the image was last updated.
    pub update_at: Option<i64>,
    /// Specifies the number of image versions.
    pub version_count: Option<i64>,
}
crate::support::open_enum!(
    #[doc = " Authorization type. Options:"] #[doc = ""] #[doc =
    " - **PUBLIC**: public access of tenants (default value)"] #[doc =
    " - **PRIVATE**: accessible only to the creator and primary account"] #[doc =
    " - **INTERNAL**: accessible to the creator, primary account, and specified IAM users. This parameter must be used together with **grants**."]
    CreateWorkspaceReqAuthType { Public = "PUBLIC", Private = "PRIVATE", Internal =
    "INTERNAL" }
);
/// Request body parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CreateWorkspaceReq {
    /// Workspace name, encoded using UTF-8. Enter 4 to 64 characters. Only letters, digits, hyphens (-), and underscores (\_) are allowed. In addition, **default** is the name of the default workspace reserved by the system. You are not allowed to create a workspace named **default**.
    ///
    /// Length 4 to 64.
    pub name: String,
    /// Workspace description. By default, this parameter is left blank. Enter 0 to 256 characters. Length 0 to 256.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Enterprise project ID. The method of obtaining an enterprise project ID is the same as that of obtaining a project ID.
    /// Default: **0**
    #[serde(skip_serializing_if = "Option::is_none")]
    pub enterprise_project_id: Option<String>,
    /// Authorization type. Options:
    ///
    /// - **PUBLIC**: public access of tenants (default value)
    /// - **PRIVATE**: accessible only to the creator and primary account
    /// - **INTERNAL**: accessible to the creator, primary account, and specified IAM users. This parameter must be used together with **grants**.
    ///
    /// Default: `PUBLIC`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub auth_type: Option<CreateWorkspaceReqAuthType>,
    /// List of authorized users, which is left blank by default. This parameter must be used together with **auth\_type** and takes effect only when **auth\_type** is set to **INTERNAL**.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub grants: Option<Vec<Grants>>,
}
/// grants
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Grants {
    /// User ID. For details about how to obtain a user ID, see Obtaining a User ID. Either this parameter or **user\_name** must be set. If both of them are set, **user\_id** is used preferentially.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user_id: Option<String>,
    /// IAM username. Either this parameter or **user\_id** must be set.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user_name: Option<String>,
}
crate::support::setters!(@ model Grants { user_id : String, user_name : String });
crate::support::open_enum!(
    #[doc = " Workspace status. Options:"] #[doc = ""] #[doc =
    " - **CREATE\\_FAILED**: Creating the workspace failed."] #[doc =
    " - **NORMAL**: The workspace is running properly."] #[doc =
    " - **DELETING**: The workspace is being deleted."] #[doc =
    " - **DELETE\\_FAILED**: Deleting the workspace failed."] WorkspacePropertiesStatus {
    CreateFailed = "CREATE_FAILED", Normal = "NORMAL", Deleting = "DELETING",
    DeleteFailed = "DELETE_FAILED" }
);
/// Response body parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct WorkspaceProperties {
    /// Workspace ID, which is a 32-bit UUID generated by the system without hyphens (-). The ID of the default workspace is **0**.
    pub id: Option<String>,
    /// Workspace name
    pub name: Option<String>,
    /// Workspace description. Enter 0 to 256 characters. Length 0 to 256.
    pub description: Option<String>,
    /// Creator name. Enter 0 to 64 characters. Length 0 to 64.
    pub owner: Option<String>,
    /// Time when a workspace was created, in UTC format
    pub create_time: Option<f64>,
    /// Last modification time, in UTC format
    pub update_time: Option<f64>,
    /// Authorization type. Options:
    ///
    /// - **PUBLIC**: public access of tenants (default value)
    /// - **PRIVATE**: accessible only to the creator and primary account
    /// - **INTERNAL**: accessible to the creator, primary account, and specified IAM users. This parameter must be used together with **grants**.
    ///
    /// Default: `PUBLIC`.
    pub auth_type: Option<CreateWorkspaceReqAuthType>,
    /// Enterprise project ID
    pub enterprise_project_id: Option<String>,
    /// Name of an enterprise project
    pub enterprise_project_name: Option<String>,
    /// Workspace status. Options:
    ///
    /// - **CREATE\_FAILED**: Creating the workspace failed.
    /// - **NORMAL**: The workspace is running properly.
    /// - **DELETING**: The workspace is being deleted.
    /// - **DELETE\_FAILED**: Deleting the workspace failed.
    pub status: Option<WorkspacePropertiesStatus>,
    /// Status description. By default, this parameter is left blank. This parameter is used to show detailed information about a status. If a deletion failed, you can use this parameter to obtain the failure cause.
    pub status_info: Option<String>,
    /// List of authorized users, which is left blank by default. This parameter must be used together with **auth\_type** and takes effect only when **auth\_type** is set to **INTERNAL**.
    pub grants: Option<Vec<GrantsResponse>>,
}
/// grants
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct GrantsResponse {
    /// User ID. Either this parameter or **user\_name** must be set. If both of them are set, **user\_id** is used preferentially.
    pub user_id: Option<String>,
    /// IAM username. Either this parameter or **user\_id** must be set.
    pub user_name: Option<String>,
}
/// Response body parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct WorkspaceIdResp {
    /// Workspace ID, which is a 32-bit UUID generated by the system without hyphens (-). The ID of the default workspace is **0**.
    pub workspace_id: Option<String>,
}
/// Response body parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct WorkspaceQuotasResp {
    /// List of quotas
    pub quotas: Option<Vec<Quotas>>,
}
/// quotas
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Quotas {
    /// Name of a quota, in English
    pub name_en: Option<String>,
    /// Name of a quota, in Chinese
    pub name_cn: Option<String>,
    /// Unique resource ID
    pub resource: Option<String>,
    /// Existing quota. Value **-1** indicates that the quota is not limited.
    pub quota: Option<i64>,
    /// Minimum quota
    pub min_quota: Option<i64>,
    /// Maximum quota
    pub max_quota: Option<i64>,
    /// Quota unit, in English
    pub unit_en: Option<String>,
    /// Quota unit, in Chinese
    pub unit_cn: Option<String>,
    /// Last modification time, in UTC format. If the resource quota has not been modified, the default value is the time when a workspace was created.
    pub update_time: Option<f64>,
    /// Used quota. If the value of **quota** is **-1** (indicating that the quota is not limited), the **used\_quota** value is **null**.
    pub used_quota: Option<f64>,
}
/// Response body parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListWorkspacesResp {
    /// Total number of workspace queries
    pub total_count: Option<i64>,
    /// Number of workspaces returned for the current request
    pub count: Option<i64>,
    /// Workspace details
    pub workspaces: Option<Vec<WorkspacePropertiesWithoutGrants>>,
}
/// workspacePropertiesWithoutGrants
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct WorkspacePropertiesWithoutGrants {
    /// Workspace ID, which is a 32-bit UUID generated by the system without hyphens (-). The ID of the default workspace is **0**.
    pub id: Option<String>,
    /// Workspace name
    pub name: Option<String>,
    /// Workspace description. Enter 0 to 256 characters. Length 0 to 256.
    pub description: Option<String>,
    /// Creator name. Enter 0 to 64 characters. Length 0 to 64.
    pub owner: Option<String>,
    /// Time when a workspace was created, in UTC format
    pub create_time: Option<f64>,
    /// Last modification time, in UTC format
    pub update_time: Option<f64>,
    /// Authorization type. Options:
    ///
    /// - **PUBLIC**: public access of tenants (default value)
    /// - **PRIVATE**: accessible only to the creator and primary account
    /// - **INTERNAL**: accessible to the creator, primary account, and specified IAM users. This parameter must be used together with **grants**.
    ///
    /// Default: `PUBLIC`.
    pub auth_type: Option<CreateWorkspaceReqAuthType>,
    /// Enterprise project ID
    pub enterprise_project_id: Option<String>,
    /// Name of an enterprise project
    pub enterprise_project_name: Option<String>,
    /// Workspace status. Options:
    ///
    /// - **CREATE\_FAILED**: Creating the workspace failed.
    /// - **NORMAL**: The workspace is running properly.
    /// - **DELETING**: The workspace is being deleted.
    /// - **DELETE\_FAILED**: Deleting the workspace failed.
    pub status: Option<WorkspacePropertiesStatus>,
    /// Status description. By default, this parameter is left blank. This parameter is used to show detailed information about a status. If a deletion failed, you can use this parameter to obtain the failure cause.
    pub status_info: Option<String>,
}
/// Response body parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ShowWorkspaceInfoWorkspaceProperties {
    /// Workspace ID, which is a 32-bit UUID generated by the system without hyphens (-). The ID of the default workspace is **0**.
    pub id: Option<String>,
    /// Workspace name
    pub name: Option<String>,
    /// Workspace description. Enter 0 to 256 characters. Length 0 to 256.
    pub description: Option<String>,
    /// Creator name. Enter 0 to 64 characters. Length 0 to 64.
    pub owner: Option<String>,
    /// Time when a workspace was created, in UTC format
    pub create_time: Option<f64>,
    /// Last modification time, in UTC format
    pub update_time: Option<f64>,
    /// Authorization type. Options:
    ///
    /// - **PUBLIC**: public access of tenants (default value)
    /// - **PRIVATE**: accessible only to the creator and primary account
    /// - **INTERNAL**: accessible to the creator, primary account, and specified IAM users. This parameter must be used together with **grants**.
    ///
    /// Default: `PUBLIC`.
    pub auth_type: Option<CreateWorkspaceReqAuthType>,
    /// Enterprise project ID
    pub enterprise_project_id: Option<String>,
    /// Name of an enterprise project
    pub enterprise_project_name: Option<String>,
    /// Workspace status. Options:
    ///
    /// - **CREATE\_FAILED**: Creating the workspace failed.
    /// - **NORMAL**: The workspace is running properly.
    /// - **DELETING**: The workspace is being deleted.
    /// - **DELETE\_FAILED**: Deleting the workspace failed.
    pub status: Option<WorkspacePropertiesStatus>,
    /// Status description. By default, this parameter is left blank. This parameter is used to show detailed information about a status. If a deletion failed, you can use this parameter to obtain the failure cause.
    pub status_info: Option<String>,
    /// List of authorized users, which is left blank by default. This parameter must be used together with **auth\_type** and takes effect only when **auth\_type** is set to **INTERNAL**.
    pub grants: Option<Vec<Grants>>,
}
/// Request body parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct UpdateWorkspaceReq {
    /// Workspace name, encoded using UTF-8.
    /// Enter 4 to 64 characters. Only letters, digits, hyphens (-), and underscores (\_) are allowed. In addition, **default** is the name of the default workspace reserved by the system. You are not allowed to change the name of an existing workspace to **default**. The name of the default workspace cannot be changed.
    ///
    /// Length 4 to 64.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Workspace description. By default, this parameter is left blank. Enter 0 to 256 characters. Length 0 to 256.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Authorization type. Options:
    ///
    /// - **PUBLIC**: public access of tenants (default value)
    /// - **PRIVATE**: accessible only to the creator and primary account
    /// - **INTERNAL**: accessible to the creator, primary account, and specified IAM users. This parameter must be used together with **grants**.
    ///
    /// Default: `PUBLIC`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub auth_type: Option<CreateWorkspaceReqAuthType>,
    /// List of authorized users, which is left blank by default. This parameter must be used together with **auth\_type** and takes effect only when **auth\_type** is set to **INTERNAL**.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub grants: Option<Vec<Grants>>,
}
/// Request body parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct UpdateWorkspaceQuotasReq {
    /// List of quotas
    pub quotas: Vec<UpdateWorkspaceQuotas>,
}
/// quotas
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct UpdateWorkspaceQuotas {
    /// Unique resource ID
    pub resource: String,
    /// Current quota. Value **-1** indicates that the quota is not limited.
    pub quota: i64,
}
crate::support::setters!(
    @ model UpdateWorkspaceQuotas new(resource : String, quota : i64) {}
);
/// Response body parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct UpdateWorkspaceQuotasResp {
    /// List of quotas
    pub quotas: Option<Vec<QuotasResponse>>,
}
/// quotas
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct QuotasResponse {
    /// Name of a quota, in English
    pub name_en: Option<String>,
    /// Name of a quota, in Chinese
    pub name_cn: Option<String>,
    /// Unique resource ID
    pub resource: Option<String>,
    /// Existing quota. Value **-1** indicates that the quota is not limited.
    pub quota: Option<i64>,
    /// Minimum quota
    pub min_quota: Option<i64>,
    /// Maximum quota
    pub max_quota: Option<i64>,
    /// Quota unit, in English
    pub unit_en: Option<String>,
    /// Quota unit, in Chinese
    pub unit_cn: Option<String>,
    /// Last modification time, in UTC format. If the resource quota has not been modified, the default value is the time when a workspace was created.
    pub update_time: Option<f64>,
}
/// Parameter description
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ShowVersionsStatusesAndGpuQuantityResponse {
    /// Whether the request is successful
    pub is_success: Option<bool>,
    /// Error message of a failed API call.
    /// This parameter is not included when the API call succeeds.
    pub error_message: Option<String>,
    /// Error code of a failed API call. For details, see Error Codes.
    /// This parameter is not included when the API call succeeds.
    pub error_code: Option<String>,
    /// Total number of created job versions.
    pub total_count: Option<i64>,
    /// Attributes of a training job. For details, see Table 4.
    pub versions: Option<Vec<VersionsStatusesAndGpuQuantityJob>>,
}
/// jobs parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct VersionsStatusesAndGpuQuantityJob {
    /// ID of a training job
    pub version_id: Option<i64>,
    /// Name of a training job
    pub version_name: Option<String>,
    /// Status of a training job. For details about the job statuses, see Job Statuses.
    pub status: Option<i64>,
    /// Timestamp when a training job is created
    pub create_time: Option<i64>,
    /// Timestamp when a training job starts.
    pub start_time: Option<i64>,
    /// Timestamp when a training job ends.
    pub end_time: Option<i64>,
    /// Running duration of a training job.
    pub duration: Option<i64>,
    /// Description of a training job
    pub version_desc: Option<String>,
    /// ID of the resource pool to which a training job belongs.
    pub pool_id: Option<String>,
    /// Resource specifications selected for a training job
    pub flavor_code: Option<String>,
    /// Number of NPUs used by a training job.
    pub npu_num: Option<i64>,
    /// Number of GPUs used by a training job.
    pub gpu_num: Option<i64>,
}
/// Parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CreateTrainingJobRequest {
    /// Training job name. The value must contain 1 to 64 characters consisting of only digits, letters, underscores (\_), and hyphens (-). Length 1 to 64.
    pub job_name: String,
    /// Description of a training job. The value must contain 0 to 256 characters. By default, this parameter is left blank. Length 0 to 256.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub job_desc: Option<String>,
    /// Parameters for creating a training job For details, see Table 3.
    pub config: TrainingJobConfig,
    /// Workspace where a job resides. Default value: **0**. Default: `0`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub workspace_id: Option<String>,
}
/// config parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct TrainingJobConfig {
    /// Number of workers in a training job. Obtain the maximum value from the **max\_num** value returned by the API in Querying Job Resource Specifications.
    pub worker_server_num: i64,
    /// Code directory of a training job, for example, **/usr/app/**. This parameter must be used together with **boot\_file\_url**. After setting **model\_id**, you do not need to set **app\_url** or **boot\_file\_url**, and **engine\_id**.
    pub app_url: String,
    /// Boot file of a training job, which needs to be stored in the code directory. Example value: **/usr/app/boot.py** This parameter must be used together with **app\_url**. After setting **model\_id**, you do not need to set **app\_url** or **boot\_file\_url**, and **engine\_id**.
    pub boot_file_url: String,
    /// Running parameters of a training job. It is a collection of label-value pairs. Values can be customized. **label** is a parameter name and **value** is the parameter value. For details, see the sample request. This parameter is a container environment variable when a training job uses a custom image. For details, see Table 8.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parameter: Option<Vec<TrainingJobParameter>>,
    /// OBS URL of the dataset required by a training job. By default, this parameter is left blank. For example, **/usr/data/**. This parameter cannot be used together with **data\_source** or **dataset\_id** and **dataset\_version\_id**. However, one of the parameters must exist.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub data_url: Option<String>,
    /// Dataset ID of a training job. This parameter must be used together with **dataset\_version\_id**, but cannot be used together with **data\_url** or **data\_source**.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dataset_id: Option<String>,
    /// Dataset version ID of a training job. This parameter must be used together with **dataset\_id**, but cannot be used together with **data\_url** or **data\_source**.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dataset_version_id: Option<String>,
    /// Dataset of a training job. This parameter cannot be used together with **data\_url** or **dataset\_id** and **dataset\_version\_id**. For details, see Table 4.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub data_source: Option<Vec<TrainingJobDataSource>>,
    /// ID of the resource specifications selected for a training job. Obtain the ID by calling the API described in Querying Job Resource Specifications.
    pub spec_id: i64,
    /// ID of the engine selected for a training job. The default value is **1**. After setting **model\_id**, you do not need to set **app\_url** or **boot\_file\_url**, and **engine\_id**. Obtain the ID by calling the API described in Querying Job Engine Specifications.
    ///
    /// Default: `1`.
    pub engine_id: i64,
    /// ID of the built-in model of a training job. Obtain **model\_id** by calling the API described in Querying a Built-in Algorithm. After setting **model\_id**, you do not need to set **app\_url** or **boot\_file\_url**, and **engine\_id**.
    pub model_id: i64,
    /// OBS URL of the output file of a training job. By default, this parameter is left blank. Example value: **/usr/train/**
    #[serde(skip_serializing_if = "Option::is_none")]
    pub train_url: Option<String>,
    /// OBS URL of the logs of a training job. By default, this parameter is left blank. Example value: **/usr/log/**
    #[serde(skip_serializing_if = "Option::is_none")]
    pub log_url: Option<String>,
    /// SWR URL of a custom image used by a training job. Example value: **100.125.5.235:20202/jobmng/custom-cpu-base:1.0**
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user_image_url: Option<String>,
    /// Boot command used to start the container of a custom image of a training job. The format is **bash /home/work/run\_train.sh python /home/work/user-job-dir/app/train.py \{python\_file\_parameter\}**.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user_command: Option<String>,
    /// Whether a version is created when a training job is created
    ///
    /// - **true**: Default value. A version is created when a training job is created.
    /// - **false**: A version is not created when a training job is created.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub create_version: Option<bool>,
    /// Storage volume that can be used by a training job. For details, see Table 5.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub volumes: Option<Vec<TrainingJobVolume>>,
}
crate::support::setters!(
    @ model TrainingJobConfig new(worker_server_num : i64, app_url : String,
    boot_file_url : String, spec_id : i64, engine_id : i64, model_id : i64) { parameter :
    Vec < TrainingJobParameter >, data_url : String, dataset_id : String,
    dataset_version_id : String, data_source : Vec < TrainingJobDataSource >, train_url :
    String, log_url : String, user_image_url : String, user_command : String,
    create_version : bool, volumes : Vec < TrainingJobVolume > }
);
/// parameter parameters
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct TrainingJobParameter {
    /// Parameter name
    #[serde(skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// Parameter value
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
}
crate::support::setters!(
    @ model TrainingJobParameter { label : String, value : String }
);
crate::support::open_enum!(
    #[doc =
    " Dataset type. The value can be **obs** or **dataset**. **obs** and **dataset** cannot be used at the same time."]
    TrainingJobDataSourceType { Obs = "obs", Dataset = "dataset" }
);
/// data\_source parameters
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct TrainingJobDataSource {
    /// Dataset ID of a training job. This parameter must be used together with **dataset\_version\_id**, but cannot be used together with **data\_url**.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dataset_id: Option<String>,
    /// Dataset version ID of a training job. This parameter must be used together with **dataset\_id**, but cannot be used together with **data\_url**.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dataset_version: Option<String>,
    /// Dataset type. The value can be **obs** or **dataset**. **obs** and **dataset** cannot be used at the same time. Wire name: `type`.
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub type_: Option<TrainingJobDataSourceType>,
    /// OBS bucket path. This parameter cannot be used together with **dataset\_id** or **dataset\_version**.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub data_url: Option<String>,
}
crate::support::setters!(
    @ model TrainingJobDataSource { dataset_id : String, dataset_version : String, type_
    : TrainingJobDataSourceType, data_url : String }
);
/// volumes parameters
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct TrainingJobVolume {
    /// Storage volume of the shared file system type. Only the training jobs running in the resource pool with the shared file system network connected support such storage volume. For details, see Table 6.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub nfs: Option<TrainingJobNfs>,
    /// Storage volume of the host file system type. Only training jobs running in the dedicated resource pool support such storage volume. For details, see Table 7.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub host_path: Option<TrainingJobHostPath>,
}
crate::support::setters!(
    @ model TrainingJobVolume { nfs : TrainingJobNfs, host_path : TrainingJobHostPath }
);
/// nfs parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct TrainingJobNfs {
    /// ID of an SFS Turbo file system
    pub id: String,
    /// Address of an SFS Turbo file system
    pub src_path: String,
    /// Local path of a training job
    pub dest_path: String,
    /// Whether **dest\_path** is read-only. The default value is **false**.
    ///
    /// - **true**: read-only permission
    /// - **false**: read/write permission. This is the default value.
    ///
    /// Default: `false`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub read_only: Option<bool>,
}
crate::support::setters!(
    @ model TrainingJobNfs new(id : String, src_path : String, dest_path : String) {
    read_only : bool }
);
/// host\_path parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct TrainingJobHostPath {
    /// Local path of a host
    pub src_path: String,
    /// Local path of a training job
    pub dest_path: String,
    /// Whether **dest\_path** is read-only. The default value is **false**.
    ///
    /// - **true**: read-only permission
    /// - **false**: read/write permission. This is the default value.
    ///
    /// Default: `false`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub read_only: Option<bool>,
}
crate::support::setters!(
    @ model TrainingJobHostPath new(src_path : String, dest_path : String) { read_only :
    bool }
);
/// Parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CreateTrainingJobResponse {
    /// Whether the request is successful
    pub is_success: Option<bool>,
    /// Error message of a failed API call.
    /// This parameter is not included when the API call succeeds.
    pub error_message: Option<String>,
    /// Error code of a failed API call. For details, see Error Codes.
    /// This parameter is not included when the API call succeeds.
    pub error_code: Option<String>,
    /// ID of a training job
    pub job_id: Option<i64>,
    /// Name of a training job
    pub job_name: Option<String>,
    /// Status of a training job. For details about the job statuses, see Job Statuses.
    pub status: Option<i64>,
    /// Timestamp when a training job is created
    pub create_time: Option<i64>,
    /// Version ID of a training job
    pub version_id: Option<i64>,
    /// Charged resource ID of a training job
    pub resource_id: Option<String>,
    /// Version name of a training job
    pub version_name: Option<String>,
}
/// Parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListTrainingJobsResponse {
    /// Whether the request is successful
    pub is_success: Option<bool>,
    /// Error message of a failed API call.
    /// This parameter is not included when the API call succeeds.
    pub error_message: Option<String>,
    /// Error code of a failed API call. For details, see Error Codes.
    /// This parameter is not included when the API call succeeds.
    pub error_code: Option<String>,
    /// Total number of created jobs
    pub job_total_count: Option<i64>,
    /// Number of training jobs that can be created
    pub job_count_limit: Option<i64>,
    /// Attributes of a training job. For details, see Table 4.
    pub jobs: Option<Vec<TrainingJob>>,
    /// Maximum number of training jobs
    pub quotas: Option<i64>,
}
/// jobs parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct TrainingJob {
    /// ID of a training job
    pub job_id: Option<i64>,
    /// Name of a training job
    pub job_name: Option<String>,
    /// Version ID of a training job
    pub version_id: Option<i64>,
    /// Status of a training job. For details about the job statuses, see Job Statuses.
    pub status: Option<i64>,
    /// Timestamp when a training job is created
    pub create_time: Option<i64>,
    /// Training job running duration, in milliseconds
    pub duration: Option<i64>,
    /// Description of a training job
    pub job_desc: Option<String>,
    /// Number of versions of a training job
    pub version_count: Option<i64>,
}
/// Parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ShowTrainingJobVersionResponse {
    /// Whether the request is successful
    pub is_success: Option<bool>,
    /// ID of a training job
    pub job_id: Option<i64>,
    /// Name of a training job
    pub job_name: Option<String>,
    /// Description of a training job
    pub job_desc: Option<String>,
    /// Version ID of a training job
    pub version_id: Option<i64>,
    /// Version name of a training job
    pub version_name: Option<String>,
    /// Name of the previous version of a training job
    pub pre_version_id: Option<i64>,
    /// Engine type of a training job. The mapping between **engine\_type** and **engine\_name** is as follows: **engine\_type**: **13**, **engine\_name**: **Ascend-Powered-Engine**
    pub engine_type: Option<i64>,
    /// Name of the engine selected for a training job. Currently, the following engines are supported:
    ///
    /// - Ascend-Powered-Engine
    /// - PyTorch
    /// - Spark\_MLlib
    /// - Scikit\_Learn
    /// - TensorFlow
    /// - XGBoost-Sklearn
    /// - MindSpore-GPU
    pub engine_name: Option<String>,
    /// ID of the engine selected for a training job
    pub engine_id: Option<i64>,
    /// Version of the engine selected for a training job
    pub engine_version: Option<String>,
    /// Status of a training job. For details about the job statuses, see Job Statuses.
    pub status: Option<i64>,
    /// Code directory of a training job
    pub app_url: Option<String>,
    /// Boot file of a training job
    pub boot_file_url: Option<String>,
    /// Time when a training job is created
    pub create_time: Option<i64>,
    /// Running parameters of a training job. This parameter is a container environment variable when a training job uses a custom image. For details, see Table 3.
    pub parameter: Option<Vec<TrainingJobParameter>>,
    /// Training job running duration, in milliseconds
    pub duration: Option<i64>,
    /// ID of the resource specifications selected for a training job
    pub spec_id: Option<i64>,
    /// Number of cores of the resource specifications
    pub core: Option<String>,
    /// CPU memory of the resource specifications
    pub cpu: Option<String>,
    /// Number of GPUs of the resource specifications
    pub gpu_num: Option<i64>,
    /// GPU type of the resource specifications
    pub gpu_type: Option<String>,
    /// Number of workers in a training job
    pub worker_server_num: Option<i64>,
    /// Dataset of a training job
    pub data_url: Option<String>,
    /// OBS path of the training job output file
    pub train_url: Option<String>,
    /// OBS URL of the logs of a training job. By default, this parameter is left blank. Example value: **/usr/train/**
    pub log_url: Option<String>,
    /// Dataset version ID of a training job
    pub dataset_version_id: Option<String>,
    /// Dataset ID of a training job
    pub dataset_id: Option<String>,
    /// Datasets of a training job. For details, see Table 4.
    pub data_source: Option<Vec<TrainingJobVersionDataSource>>,
    /// Model ID of a training job
    pub model_id: Option<i64>,
    /// Model metrics of a training job. For details, see Table 5.
    pub model_metric_list: Option<String>,
    /// System monitoring metrics of a training job. For details, see Table 6.
    pub system_metric_list: Option<TrainingJobVersionSystemMetricList>,
    /// SWR URL of a custom image used by a training job
    pub user_image_url: Option<String>,
    /// Boot command used to start the container of a custom image of a training job
    pub user_command: Option<String>,
    /// Charged resource ID of a training job
    pub resource_id: Option<String>,
    /// Dataset of a training job
    pub dataset_name: Option<String>,
    /// Resource specifications selected for a training job
    pub spec_code: Option<String>,
    /// Training start time
    pub start_time: Option<i64>,
    /// Storage volume that can be used by a training job. For details, see Table 11.
    pub volumes: Option<Vec<TrainingJobVersionVolume>>,
    /// Dataset of a training job
    pub dataset_version_name: Option<String>,
    /// Name of a resource pool
    pub pool_name: Option<String>,
    /// ID of a resource pool
    pub pool_id: Option<String>,
    /// Local mount path of SFS Turbo (NAS). Example value: **/home/work/nas**
    pub nas_mount_path: Option<String>,
    /// Shared path of SFS Turbo (NAS). Example value: **192.168.8.150:/**
    pub nas_share_addr: Option<String>,
    /// Only NFS is supported. Example value: **nfs**
    pub nas_type: Option<String>,
}
/// data\_source parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct TrainingJobVersionDataSource {
    /// Dataset ID of a training job
    pub dataset_id: Option<String>,
    /// Dataset version ID of a training job
    pub dataset_version: Option<String>,
    /// Dataset type
    ///
    /// - **obs**: Data from OBS is used.
    /// - **dataset**: Data from a specified dataset is used.
    ///
    /// Wire name: `type`.
    #[serde(rename = "type")]
    pub type_: Option<String>,
    /// OBS bucket path
    pub data_url: Option<String>,
}
/// system\_metric\_list parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct TrainingJobVersionSystemMetricList {
    /// CPU usage of a training job. Wire name: `cpuUsage`.
    #[serde(rename = "cpuUsage")]
    pub cpu_usage: Option<Vec<serde_json::Value>>,
    /// Memory usage of a training job. Wire name: `memUsage`.
    #[serde(rename = "memUsage")]
    pub mem_usage: Option<Vec<serde_json::Value>>,
    /// GPU usage of a training job. Wire name: `gpuUtil`.
    #[serde(rename = "gpuUtil")]
    pub gpu_util: Option<Vec<serde_json::Value>>,
}
/// volumes parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct TrainingJobVersionVolume {
    /// Storage volume of the shared file system type. Only the training jobs running in the resource pool with the shared file system network connected support such storage volume. For details, see Table 12.
    pub nfs: Option<TrainingJobNfs>,
    /// Storage volume of the host file system type. Only training jobs running in the dedicated resource pool support such storage volume. For details, see Table 13.
    pub host_path: Option<TrainingJobHostPath>,
}
/// Parameter description
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct DeleteTrainingJobVersionResponse {
    /// Whether the request is successful
    pub is_success: Option<bool>,
    /// Error message of a failed API call.
    /// This parameter is not included when the API call succeeds.
    pub error_message: Option<String>,
    /// Error code of a failed API call. For details, see Error Codes. This parameter is not included when the API call succeeds.
    pub error_code: Option<String>,
}
/// Parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListTrainingJobVersionsResponse {
    /// Whether the request is successful
    pub is_success: Option<bool>,
    /// Error message of a failed API call.
    /// This parameter is not included when the API call succeeds.
    pub error_message: Option<String>,
    /// Error code of a failed API call. For details, see Error Codes.
    /// This parameter is not included when the API call succeeds.
    pub error_code: Option<String>,
    /// ID of a training job
    pub job_id: Option<i64>,
    /// Name of a training job
    pub job_name: Option<String>,
    /// Description of a training job
    pub job_desc: Option<String>,
    /// Number of versions of a training job
    pub version_count: Option<i64>,
    /// Version parameters of a training job. For details, see the sample response.
    pub versions: Option<Vec<TrainingJobVersion>>,
}
/// versions parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct TrainingJobVersion {
    /// Version ID of a training job
    pub version_id: Option<i64>,
    /// Version name of a training job
    pub version_name: Option<String>,
    /// ID of the previous version of a training job
    pub pre_version_id: Option<i64>,
    /// Engine type of a training job
    pub engine_type: Option<i64>,
    /// Name of the engine selected for a training job
    pub engine_name: Option<String>,
    /// ID of the engine selected for a training job
    pub engine_id: Option<i64>,
    /// Version of the engine selected for a training job
    pub engine_version: Option<String>,
    /// Status of a training job
    pub status: Option<i64>,
    /// Code directory of a training job
    pub app_url: Option<String>,
    /// Boot file of a training job
    pub boot_file_url: Option<String>,
    /// Time when a training job is created
    pub create_time: Option<i64>,
    /// Running parameters of a training job. This parameter is a container environment variable when a training job uses a custom image. For details, see Table 5.
    pub parameter: Option<Vec<TrainingJobParameter>>,
    /// Training job running duration, in milliseconds
    pub duration: Option<i64>,
    /// ID of the resource specifications selected for a training job
    pub spec_id: Option<i64>,
    /// Number of cores of the resource specifications
    pub core: Option<String>,
    /// CPU memory of the resource specifications
    pub cpu: Option<String>,
    /// Number of GPUs of the resource specifications
    pub gpu_num: Option<i64>,
    /// GPU type of the resource specifications
    pub gpu_type: Option<String>,
    /// Number of workers in a training job
    pub worker_server_num: Option<i64>,
    /// Dataset of a training job
    pub data_url: Option<String>,
    /// OBS path of the training job output file
    pub train_url: Option<String>,
    /// OBS URL of the logs of a training job. By default, this parameter is left blank. Example value: **/usr/log/**
    pub log_url: Option<String>,
    /// Dataset version ID of a training job
    pub dataset_version_id: Option<String>,
    /// Dataset ID of a training job
    pub dataset_id: Option<String>,
    /// Datasets of a training job. For details, see Table 6.
    pub data_source: Option<Vec<TrainingJobVersionDataSource>>,
    /// Model ID of a training job
    pub model_id: Option<i64>,
    /// Model metrics of a training job. For details, see Table 7.
    pub model_metric_list: Option<String>,
    /// System monitoring metrics of a training job. For details, see Table 8.
    pub system_metric_list: Option<String>,
    /// SWR URL of a custom image used by a training job
    pub user_image_url: Option<String>,
    /// Boot command used to start the container of a custom image of a training job
    pub user_command: Option<String>,
    /// Charged resource ID of a training job
    pub resource_id: Option<String>,
    /// Dataset of a training job
    pub dataset_name: Option<String>,
    /// Training start time
    pub start_time: Option<i64>,
    /// Storage volume that can be used by a training job. For details, see Table 13.
    pub volumes: Option<Vec<ListTrainingJobVersionsVolume>>,
    /// Dataset of a training job
    pub dataset_version_name: Option<String>,
    /// Name of a resource pool
    pub pool_name: Option<String>,
    /// ID of a resource pool
    pub pool_id: Option<String>,
    /// Local mount path of SFS Turbo (NAS). Example value: **/home/work/nas**
    pub nas_mount_path: Option<String>,
    /// Shared path of SFS Turbo (NAS). Example value: **192.168.8.150:/**
    pub nas_share_addr: Option<String>,
    /// Only NFS is supported. Example value: **nfs**
    pub nas_type: Option<String>,
}
/// volumes parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListTrainingJobVersionsVolume {
    /// Storage volume of the shared file system type. Only the training jobs running in the resource pool with the shared file system network connected support such storage volume. For details, see Table 14.
    pub nfs: Option<ListTrainingJobVersionsNfs>,
    /// Storage volume of the host file system type. Only training jobs running in the dedicated resource pool support such storage volume. For details, see Table 15.
    pub host_path: Option<ListTrainingJobVersionsHostPath>,
}
/// nfs parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListTrainingJobVersionsNfs {
    /// ID of an SFS Turbo file system
    pub id: Option<String>,
    /// Address of an SFS Turbo file system
    pub src_path: Option<String>,
    /// Local path of a training job
    pub dest_path: Option<String>,
    /// Whether **dest\_path** is read-only. The default value is **false**.
    ///
    /// - **true**: read-only permission
    /// - **false**: read/write permission. This is the default value.
    ///
    /// Default: `false`.
    pub read_only: Option<bool>,
}
/// host\_path parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListTrainingJobVersionsHostPath {
    /// Local path of a host
    pub src_path: Option<String>,
    /// Local path of a training job
    pub dest_path: Option<String>,
    /// Whether **dest\_path** is read-only. The default value is **false**.
    ///
    /// - **true**: read-only permission
    /// - **false**: read/write permission. This is the default value.
    ///
    /// Default: `false`.
    pub read_only: Option<bool>,
}
/// Request parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CreateTrainingJobVersionRequest {
    /// Description of a training job. The value must contain 0 to 256 characters. By default, this parameter is left blank. Length 0 to 256.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub job_desc: Option<String>,
    /// Parameters for creating a training job For details, see Table 3.
    pub config: TrainingJobVersionConfig,
}
/// config parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct TrainingJobVersionConfig {
    /// Number of workers in a training job. Obtain the maximum value from Querying Job Resource Specifications.
    pub worker_server_num: i64,
    /// Code directory of a training job, for example, **/usr/app/**. This parameter must be used together with **boot\_file\_url**. After setting **model\_id**, you do not need to set **app\_url** or **boot\_file\_url**, and **engine\_id**.
    pub app_url: String,
    /// Boot file of a training job, which needs to be stored in the code directory. Example value: **/usr/app/boot.py** This parameter must be used together with **app\_url**. After setting **model\_id**, you do not need to set **app\_url** or **boot\_file\_url**, and **engine\_id**.
    pub boot_file_url: String,
    /// Running parameters of a training job. It is a collection of label-value pairs. For details, see the sample request. This parameter is a container environment variable when a training job uses a custom image. For details, see Table 5.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parameter: Option<Vec<TrainingJobParameter>>,
    /// OBS URL of the dataset required by a training job. By default, this parameter is left blank. For example, **/usr/data/**. This parameter cannot be used together with **data\_source** or **dataset\_id** and **dataset\_version\_id**. However, one of the parameters must exist.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub data_url: Option<String>,
    /// Dataset ID of a training job. This parameter must be used together with **dataset\_version\_id**, but cannot be used together with **data\_url** or **data\_source**.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dataset_id: Option<String>,
    /// Dataset version ID of a training job. This parameter must be used together with **dataset\_id**, but cannot be used together with **data\_url** or **data\_source**.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dataset_version_id: Option<String>,
    /// Dataset of a training job. This parameter cannot be used with **data\_url**, **dataset\_id**, or **dataset\_version\_id**. For details, see Table 4.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub data_source: Option<Vec<TrainingJobDataSource>>,
    /// ID of the resource specifications selected for a training job. Obtain the ID by calling the API described in Querying Job Resource Specifications.
    pub spec_id: i64,
    /// ID of the engine selected for a training job. The default value is **1**. After setting **model\_id**, you do not need to set **app\_url** or **boot\_file\_url**, and **engine\_id**. Obtain the ID by calling the API described in Querying Job Engine Specifications.
    ///
    /// Default: `1`.
    pub engine_id: i64,
    /// ID of the built-in model of a training job. After setting **model\_id**, you do not need to set **app\_url** or **boot\_file\_url**, and **engine\_id**.
    pub model_id: i64,
    /// OBS URL of the output file of a training job. By default, this parameter is left blank. Example value: **/bucket/trainUrl/**
    pub train_url: String,
    /// OBS URL of the logs of a training job. By default, this parameter is left blank. Example value: **/usr/train/**
    #[serde(skip_serializing_if = "Option::is_none")]
    pub log_url: Option<String>,
    /// ID of the previous version of a training job. You can obtain the value of **version\_id** by calling the API described in Querying a List of Training Job Versions.
    pub pre_version_id: i64,
    /// SWR URL of a custom image used by a training job. Example value: **100.125.5.235:20202/jobmng/custom-cpu-base:1.0**
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user_image_url: Option<String>,
    /// Boot command used to start the container of a custom image of a training job. The format is **bash /home/work/run\_train.sh python /home/work/user-job-dir/app/train.py \{python\_file\_parameter\}**.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user_command: Option<String>,
}
crate::support::setters!(
    @ model #[allow(clippy::too_many_arguments, reason =
    "one argument per required field of the API model")] TrainingJobVersionConfig
    new(worker_server_num : i64, app_url : String, boot_file_url : String, spec_id : i64,
    engine_id : i64, model_id : i64, train_url : String, pre_version_id : i64) {
    parameter : Vec < TrainingJobParameter >, data_url : String, dataset_id : String,
    dataset_version_id : String, data_source : Vec < TrainingJobDataSource >, log_url :
    String, user_image_url : String, user_command : String }
);
/// Parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CreateTrainingJobVersionResponse {
    /// Whether the request is successful
    pub is_success: Option<bool>,
    /// Error message of a failed API call.
    /// This parameter is not included when the API call succeeds.
    pub error_message: Option<String>,
    /// Error code of a failed API call. For details, see Error Codes. This parameter is not included when the API call succeeds.
    pub error_code: Option<String>,
    /// ID of a training job
    pub job_id: Option<i64>,
    /// Name of a training job
    pub job_name: Option<String>,
    /// Status of a training job. For details about the job statuses, see Job Statuses.
    pub status: Option<i64>,
    /// Timestamp when a training job is created
    pub create_time: Option<i64>,
    /// Version ID of a training job
    pub version_id: Option<i64>,
    /// Version name of a training job
    pub version_name: Option<String>,
}
/// Parameter description
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct StopTrainingJobResponse {
    /// Whether the request is successful
    pub is_success: Option<bool>,
    /// Error message of a failed API call.
    /// This parameter is not included when the API call succeeds.
    pub error_message: Option<String>,
    /// Error code of a failed API call. For details, see Error Codes.
    /// This parameter is not included when the API call succeeds.
    pub error_code: Option<String>,
}
/// Parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct UpdateTrainingJobDescriptionRequest {
    /// Description of a training job. The value must contain 0 to 256 characters. Length 0 to 256.
    pub job_desc: String,
}
/// Parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct UpdateTrainingJobDescriptionResponse {
    /// Whether the request is successful.
    pub is_success: Option<bool>,
    /// Error message of a failed API call.
    /// This parameter is not included when the API call succeeds.
    pub error_message: Option<String>,
    /// Error code of a failed API call. For details, see Error Codes. This parameter is not included when the API call succeeds.
    pub error_code: Option<String>,
}
/// Parameter description
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ShowTrainingJobLogFileNameResponse {
    /// Whether the request is successful
    pub is_success: Option<bool>,
    /// Error message of a failed API call.
    /// This parameter is not included when the API call succeeds.
    pub error_message: Option<String>,
    /// Error code of a failed API call. For details, see Error Codes. This parameter is not included when the API call succeeds.
    pub error_code: Option<String>,
    /// Log file name of a training job. A single-node job has only one log file, and a distributed job has multiple log files.
    pub log_file_list: Option<String>,
}
/// Parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ShowBuiltinAlgorithmResponse {
    /// Whether the request is successful
    pub is_success: Option<bool>,
    /// Error message of a failed API call.
    /// This parameter is not included when the API call succeeds.
    pub error_message: Option<String>,
    /// Error code of a failed API call. For details, see Error Codes. This parameter is not included when the API call succeeds.
    pub error_code: Option<String>,
    /// Number of models
    pub model_total_count: Option<i64>,
    /// Model parameter list. For details, see Table 4.
    pub models: Option<Vec<BuiltinAlgorithmModel>>,
}
/// models structure data
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct BuiltinAlgorithmModel {
    /// Model ID
    pub model_id: Option<i64>,
    /// Model name
    pub model_name: Option<String>,
    /// Model usage. The options are as follows:
    ///
    /// - 1: image classification
    /// - 2: object class and location
    /// - 3: image semantic segmentation
    /// - 4: natural language processing
    /// - 5: image embedding
    pub model_usage: Option<i64>,
    /// Model precision
    pub model_precision: Option<String>,
    /// Model size, in bytes
    pub model_size: Option<i64>,
    /// Model training dataset
    pub model_train_dataset: Option<String>,
    /// Dataset format required by a model
    pub model_dataset_format: Option<String>,
    /// URL of the model description
    pub model_description_url: Option<String>,
    /// Running parameters of a model. This parameter is a container environment variable when a training job uses a custom image. For details, see the sample request.
    pub parameter: Option<String>,
    /// Time when a model is created
    pub create_time: Option<i64>,
    /// Engine ID of a model
    pub engine_id: Option<i64>,
    /// Engine name of a model
    pub engine_name: Option<String>,
    /// Engine version of a model
    pub engine_version: Option<String>,
}
/// Parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CreateTrainingJobConfigurationRequest {
    /// Name of a training job configuration. The value must contain 1 to 64 characters consisting of only digits, letters, underscores (\_), and hyphens (-).
    ///
    /// Length 1 to 64.
    pub config_name: String,
    /// Description of a training job configuration. The value must contain 0 to 256 characters. By default, this parameter is left blank. Length 0 to 256.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub config_desc: Option<String>,
    /// Number of workers in a training job. Obtain the maximum value from Querying Job Resource Specifications.
    pub worker_server_num: i64,
    /// Code directory of a training job, for example, **/usr/app/**. This parameter must be used together with **boot\_file\_url**. After setting **model\_id**, you do not need to set **app\_url** or **boot\_file\_url**, and **engine\_id**.
    pub app_url: String,
    /// Boot file of a training job, which needs to be stored in the code directory, for example, **/usr/app/boot.py**. This parameter must be used together with **app\_url**. After setting **model\_id**, you do not need to set **app\_url** or **boot\_file\_url**, and **engine\_id**.
    pub boot_file_url: String,
    /// Model ID of a training job. After setting **model\_id**, you do not need to set **app\_url** or **boot\_file\_url**, and **engine\_id**.
    pub model_id: i64,
    /// Running parameters of a training job. It is a collection of label-value pairs. For details, see the sample request. This parameter is a container environment variable when a training job uses a custom image. For details, see Table 4.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parameter: Option<Vec<TrainingJobConfigurationParameter>>,
    /// ID of the resource specifications selected for a training job. Obtain the ID by calling the API described in Querying Job Resource Specifications.
    pub spec_id: i64,
    /// OBS URL of the dataset required by a training job, for example, **/usr/data/**.
    /// This parameter cannot be used together with **data\_source** or **dataset\_id** and **dataset\_version\_id**. However, one of the parameters must exist.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub data_url: Option<String>,
    /// Dataset ID of a training job. This parameter must be used together with **dataset\_version\_id**, but cannot be used together with **data\_url** or **data\_source**.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dataset_id: Option<String>,
    /// Dataset version ID of a training job. This parameter must be used together with **dataset\_id**, but cannot be used together with **data\_url** or **data\_source**.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dataset_version_id: Option<String>,
    /// Dataset of a training job. This parameter cannot be used together with **data\_url** or **dataset\_id** and **dataset\_version\_id**. For details, see Table 3.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub data_source: Option<Vec<TrainingJobConfigurationDataSource>>,
    /// ID of the engine selected for a training job. The default value is **1**. After setting **model\_id**, you do not need to set **app\_url** or **boot\_file\_url**, and **engine\_id**. Obtain the ID by calling the API described in Querying Job Engine Specifications.
    ///
    /// Default: `1`.
    pub engine_id: i64,
    /// OBS URL of the output file of a training job. By default, this parameter is left blank. Example value: **/usr/train/**
    #[serde(skip_serializing_if = "Option::is_none")]
    pub train_url: Option<String>,
    /// OBS URL of the logs of a training job. By default, this parameter is left blank. Example value: **/usr/train/**
    #[serde(skip_serializing_if = "Option::is_none")]
    pub log_url: Option<String>,
    /// SWR URL of a custom image used by a training job. Example value: **100.125.5.235:20202/jobmng/custom-cpu-base:1.0**
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user_image_url: Option<String>,
    /// Boot command used to start the container of a custom image of a training job. The format is **bash /home/work/run\_train.sh python /home/work/user-job-dir/app/train.py \{python\_file\_parameter\}**. The boot script **run\_train.sh** must be invoked to initialize variables, such as the AK/SK. The **run\_train.sh** script is followed by **python** to ensure that the Python files can be executed in the initialized variable environment. **run\_train.sh** is used to start Python.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user_command: Option<String>,
}
/// parameter parameters
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct TrainingJobConfigurationParameter {
    /// Parameter name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// Parameter value.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
}
crate::support::setters!(
    @ model TrainingJobConfigurationParameter { label : String, value : String }
);
/// data\_source parameters
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct TrainingJobConfigurationDataSource {
    /// Dataset ID of a training job. This parameter must be used together with **dataset\_version\_id**, but cannot be used together with **data\_url**.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dataset_id: Option<String>,
    /// Dataset version ID of a training job. This parameter must be used together with **dataset\_id**, but cannot be used together with **data\_url**.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dataset_version: Option<String>,
    /// Dataset type. The value can be **obs** or **dataset**. obs and dataset cannot be used at the same time. Wire name: `type`.
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub type_: Option<TrainingJobDataSourceType>,
    /// OBS bucket path. This parameter cannot be used together with **dataset\_id** or **dataset\_version**.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub data_url: Option<String>,
}
crate::support::setters!(
    @ model TrainingJobConfigurationDataSource { dataset_id : String, dataset_version :
    String, type_ : TrainingJobDataSourceType, data_url : String }
);
/// Parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CreateTrainingJobConfigurationResponse {
    /// Whether the request is successful
    pub is_success: Option<bool>,
    /// Error message of a failed API call.
    /// This parameter is not included when the API call succeeds.
    pub error_message: Option<String>,
    /// Error code of a failed API call. For details, see Error Codes.
    /// This parameter is not included when the API call succeeds.
    pub error_code: Option<String>,
}
/// Parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListTrainingJobConfigurationsResponse {
    /// Whether the request is successful
    pub is_success: Option<bool>,
    /// Error message of a failed API call. This parameter is not included when the API call succeeds.
    pub error_message: Option<String>,
    /// Error code of a failed API call. For details, see Error Codes. This parameter is not included when the API call succeeds.
    pub error_code: Option<String>,
    /// Total number of the queried training job configurations
    pub config_total_count: Option<i64>,
    /// **configs** parameters
    pub configs: Option<Vec<TrainingJobConfigurationConfig>>,
}
/// configs parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct TrainingJobConfigurationConfig {
    /// Name of a training job configuration
    pub config_name: Option<String>,
    /// Description of a training job configuration
    pub config_desc: Option<String>,
    /// Time when a training job is created
    pub create_time: Option<i64>,
    /// Engine type of a training job
    pub engine_type: Option<i64>,
    /// Name of the engine selected for a training job
    pub engine_name: Option<String>,
    /// ID of the engine selected for a training job
    pub engine_id: Option<i64>,
    /// Version of the engine selected for a training job
    pub engine_version: Option<String>,
    /// SWR URL of a custom image used by a training job. Example value: **100.125.5.235:20202/jobmng/custom-cpu-base:1.0**
    pub user_image_url: Option<String>,
    /// Boot command used to start the container of a custom image of a training job. The format is **bash /home/work/run\_train.sh python /home/work/user-job-dir/app/train.py \{python\_file\_parameter\}**.
    pub user_command: Option<String>,
}
/// Parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct UpdateTrainingJobConfigurationRequest {
    /// Description of a training job configuration. The value must contain 0 to 256 characters. By default, this parameter is left blank. Length 0 to 256.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub config_desc: Option<String>,
    /// Number of workers in a training job. Obtain the maximum value from Querying Job Resource Specifications.
    pub worker_server_num: i64,
    /// Code directory of a training job, for example, **/usr/app/**. This parameter must be used together with **boot\_file\_url**. After setting **model\_id**, you do not need to set **app\_url** or **boot\_file\_url**, and **engine\_id**.
    pub app_url: String,
    /// Boot file of a training job, which needs to be stored in the code directory, for example, **/usr/app/boot.py**. This parameter must be used together with **app\_url**. After setting **model\_id**, you do not need to set **app\_url** or **boot\_file\_url**, and **engine\_id**.
    pub boot_file_url: String,
    /// Model ID of a training job. After setting **model\_id**, you do not need to set **app\_url** or **boot\_file\_url**, and **engine\_id**.
    pub model_id: i64,
    /// Running parameters of a training job. It is a collection of label-value pairs. This parameter is a container environment variable when a training job uses a custom image. For details, see Table 4.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parameter: Option<Vec<TrainingJobConfigurationParameter>>,
    /// ID of the resource specifications selected for a training job. Obtain the ID by calling the API described in Querying Job Resource Specifications.
    pub spec_id: i64,
    /// OBS URL of the dataset required by a training job, for example, **/usr/data/**.
    /// This parameter cannot be used together with **data\_source** or **dataset\_id** and **dataset\_version\_id**. However, one of the parameters must exist.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub data_url: Option<String>,
    /// Dataset ID of a training job. This parameter must be used together with **dataset\_version\_id**, but cannot be used together with **data\_url** or **data\_source**.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dataset_id: Option<String>,
    /// Dataset version ID of a training job. This parameter must be used together with **dataset\_id**, but cannot be used together with **data\_url** or **data\_source**.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dataset_version_id: Option<String>,
    /// Dataset of a training job. This parameter cannot be used together with **data\_url** or **dataset\_id** and **dataset\_version\_id**. For details, see Table 3.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub data_source: Option<Vec<TrainingJobConfigurationDataSource>>,
    /// ID of the engine selected for a training job. The default value is **1**. Obtain the ID by calling the API described in Querying Job Engine Specifications.
    ///
    /// Default: `1`.
    pub engine_id: i64,
    /// OBS URL of the output file of a training job. By default, this parameter is left blank. Example value: **/usr/train/**
    #[serde(skip_serializing_if = "Option::is_none")]
    pub train_url: Option<String>,
    /// OBS URL of the logs of a training job. By default, this parameter is left blank. Example value: **/usr/train/**
    #[serde(skip_serializing_if = "Option::is_none")]
    pub log_url: Option<String>,
    /// SWR URL of a custom image used by a training job. Example value: **100.125.5.235:20202/jobmng/custom-cpu-base:1.0**
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user_image_url: Option<String>,
    /// Boot command used to start the container of a custom image of a training job. The format is **bash /home/work/run\_train.sh python /home/work/user-job-dir/app/train.py \{python\_file\_parameter\}**.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user_command: Option<String>,
}
/// Parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct UpdateTrainingJobConfigurationResponse {
    /// Whether the request is successful
    pub is_success: Option<bool>,
    /// Error message of a failed API call.
    /// This parameter is not included when the API call succeeds.
    pub error_message: Option<String>,
    /// Error code of a failed API call. For details, see Error Codes. This parameter is not included when the API call succeeds.
    pub error_code: Option<String>,
}
/// Parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ShowTrainingJobConfigurationResponse {
    /// Whether the request is successful
    pub is_success: Option<bool>,
    /// Error message of a failed API call.
    /// This parameter is not included when the API call succeeds.
    pub error_message: Option<String>,
    /// Error code of a failed API call. For details, see Error Codes. This parameter is not included when the API call succeeds.
    pub error_code: Option<String>,
    /// Name of a training job configuration
    pub config_name: Option<String>,
    /// Description of a training job configuration
    pub config_desc: Option<String>,
    /// Number of workers in a training job
    pub worker_server_num: Option<i64>,
    /// Code directory of a training job
    pub app_url: Option<String>,
    /// Boot file of a training job
    pub boot_file_url: Option<String>,
    /// Model ID of a training job
    pub model_id: Option<i64>,
    /// Running parameters of a training job. It is a collection of label-value pairs. This parameter is a container environment variable when a training job uses a custom image. For details, see Table 8.
    pub parameter: Option<Vec<TrainingJobConfigurationParameter>>,
    /// ID of the resource specifications selected for a training job
    pub spec_id: Option<i64>,
    /// Dataset of a training job
    pub data_url: Option<String>,
    /// Dataset ID of a training job
    pub dataset_id: Option<String>,
    /// Dataset version ID of a training job
    pub dataset_version_id: Option<String>,
    /// Datasets of a training job For details, see Table 4.
    pub data_source: Option<Vec<TrainingJobConfigurationDataSource>>,
    /// Engine type of a training job
    pub engine_type: Option<i64>,
    /// Name of the engine selected for a training job
    pub engine_name: Option<String>,
    /// ID of the engine selected for a training job
    pub engine_id: Option<i64>,
    /// Version of the engine selected for a training job
    pub engine_version: Option<String>,
    /// OBS URL of the output file of a training job. By default, this parameter is left blank. Example value: **/usr/train/**
    pub train_url: Option<String>,
    /// OBS URL of the logs of a training job. By default, this parameter is left blank. Example value: **/usr/train/**
    pub log_url: Option<String>,
    /// SWR URL of a custom image used by a training job
    pub user_image_url: Option<String>,
    /// Boot command used to start the container of a custom image of a training job
    pub user_command: Option<String>,
    /// Resource specifications selected for a training job
    pub spec_code: Option<String>,
    /// GPU type of the resource specifications
    pub gpu_type: Option<String>,
    /// Time when a training job parameter configuration is created
    pub create_time: Option<i64>,
    /// CPU memory of the resource specifications
    pub cpu: Option<String>,
    /// Number of GPUs of the resource specifications
    pub gpu_num: Option<i64>,
    /// Number of cores of the resource specifications
    pub core: Option<String>,
    /// Dataset of a training job
    pub dataset_name: Option<String>,
    /// Dataset of a training job
    pub dataset_version_name: Option<String>,
    /// ID of a resource pool
    pub pool_id: Option<String>,
    /// Name of a resource pool
    pub pool_name: Option<String>,
    /// Storage volume that can be used by a training job. For details, see Table 5.
    pub volumes: Option<Vec<TrainingJobConfigurationVolume>>,
    /// Local mount path of SFS Turbo (NAS). Example value: **/home/work/nas**
    pub nas_mount_path: Option<String>,
    /// Shared path of SFS Turbo (NAS). Example value: **192.168.8.150:/**
    pub nas_share_addr: Option<String>,
    /// Only NFS is supported. Example value: **nfs**
    pub nas_type: Option<String>,
}
/// volumes parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct TrainingJobConfigurationVolume {
    /// Storage volume of the shared file system type. Only the training jobs running in the resource pool with the shared file system network connected support such storage volume. For details, see Table 6.
    pub nfs: Option<ListTrainingJobVersionsNfs>,
    /// Storage volume of the host file system type. Only training jobs running in the dedicated resource pool support such storage volume. For details, see Table 7.
    pub host_path: Option<ListTrainingJobVersionsHostPath>,
}
/// Parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CreateVisualizationJobRequest {
    /// Name of a visualization job. The value must contain 1 to 20 characters consisting of only digits, letters, underscores (\_), and hyphens (-). Length 1 to 20.
    pub job_name: String,
    /// Description of a visualization job. The value must contain 0 to 256 characters. By default, this parameter is left blank. Length 0 to 256.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub job_desc: Option<String>,
    /// OBS path
    pub train_url: String,
    /// Type of a visualization job. You can create visualization jobs of TensorBoard and MindInsight types. The default type is TensorBoard.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub job_type: Option<String>,
    /// Specifications when a visualization job is created. You do not need to set this parameter. For details, see Table 3.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub flavor: Option<VisualizationJobFlavor>,
    /// Auto stop setting. For details, see Table 4.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub schedule: Option<VisualizationJobSchedule>,
}
/// flavor parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct VisualizationJobFlavor {
    /// Resource specification code of a visualization job. You can obtain the code through the **flavor** parameter.
    pub code: String,
}
crate::support::setters!(@ model VisualizationJobFlavor new(code : String) {});
/// schedule parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct VisualizationJobSchedule {
    /// Set this parameter to **stop**. Wire name: `type`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Unit of auto stop duration. The value is **HOURS**.
    pub time_unit: String,
    /// Auto stop duration. The value ranges from 0 to 24. Range 0 to 24.
    pub duration: i64,
}
crate::support::setters!(
    @ model VisualizationJobSchedule new(type_ : String, time_unit : String, duration :
    i64) {}
);
/// Parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CreateVisualizationJobResponse {
    /// Error message of a failed API call.
    /// This parameter is not included when the API call succeeds.
    pub error_message: Option<String>,
    /// Error code of a failed API call. For details, see Error Codes.
    /// This parameter is not included when the API call succeeds.
    pub error_code: Option<String>,
    /// ID of a visualization job
    pub job_id: Option<i64>,
    /// Name of a visualization job
    pub job_name: Option<String>,
    /// Status of a visualization job. For details about the job statuses, see Job Statuses.
    pub status: Option<i64>,
    /// Time when a visualization job is created, in timestamp format
    pub create_time: Option<i64>,
    /// Endpoint of a visualization job
    pub service_url: Option<String>,
}
/// Parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListVisualizationJobsResponse {
    /// Whether the request is successful
    pub is_success: Option<bool>,
    /// Error code of a failed API call. For details, see Error Codes.
    /// This parameter is not included when the API call succeeds.
    pub error_code: Option<String>,
    /// Error message of a failed API call.
    /// This parameter is not included when the API call succeeds.
    pub error_message: Option<String>,
    /// Total number of the queried visualization jobs
    pub job_total_count: Option<i64>,
    /// Number of visualization jobs that can be created
    pub job_count_limit: Option<i64>,
    /// Visualization job attributes. For details, see Table 4.
    pub jobs: Option<Vec<VisualizationJob>>,
    /// Maximum number of training jobs
    pub quotas: Option<i64>,
}
/// jobs parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct VisualizationJob {
    /// Name of a visualization job
    pub job_name: Option<String>,
    /// Status of a visualization job. For details about the job statuses, see Job Statuses.
    pub status: Option<i64>,
    /// Time when a visualization job is created
    pub create_time: Option<i64>,
    /// Visualization job running duration, in milliseconds
    pub duration: Option<i64>,
    /// Description of a visualization job
    pub job_desc: Option<String>,
    /// Endpoint of a visualization job
    pub service_url: Option<String>,
    /// Path for storing visualization job logs
    pub train_url: Option<String>,
    /// ID of a visualization job
    pub job_id: Option<i64>,
    /// Charged resource ID of a visualization job
    pub resource_id: Option<String>,
}
/// Parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ShowVisualizationJobResponse {
    /// Error message of a failed API call.
    /// This parameter is not included when the API call succeeds.
    pub error_message: Option<String>,
    /// Error code of a failed API call. For details, see Error Codes.
    /// This parameter is not included when the API call succeeds.
    pub error_code: Option<String>,
    /// Name of a visualization job
    pub job_name: Option<String>,
    /// Endpoint of a visualization job
    pub service_url: Option<String>,
    /// Charged resource ID of a visualization job
    pub resource_id: Option<String>,
    /// ID of a visualization job
    pub job_id: Option<i64>,
    /// Description of a visualization job
    pub job_desc: Option<String>,
    /// Visualization job running duration, in milliseconds
    pub duration: Option<i64>,
    /// Time when a visualization job is created, in timestamp format
    pub create_time: Option<i64>,
    /// OBS path of the visualization job output file
    pub train_url: Option<String>,
    /// Status of a visualization job. For details about the job statuses, see Job Statuses.
    pub status: Option<i64>,
}
/// Parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct UpdateVisualizationJobDescriptionRequest {
    /// Description of a visualization job. The value must contain 0 to 256 characters. Length 0 to 256.
    pub job_desc: String,
}
/// Parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct UpdateVisualizationJobDescriptionResponse {
    /// Whether the request is successful
    pub is_success: Option<bool>,
    /// Error code of a failed API call. For details, see Error Codes.
    /// This parameter is not included when the API call succeeds.
    pub error_code: Option<String>,
    /// Error message of a failed API call.
    /// This parameter is not included when the API call succeeds.
    pub error_message: Option<String>,
}
/// Parameter description
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct DeleteVisualizationJobResponse {
    /// Whether the request is successful
    pub is_success: Option<bool>,
    /// Error code of a failed API call. For details, see Error Codes.
    /// This parameter is not included when the API call succeeds.
    pub error_code: Option<String>,
    /// Error message of a failed API call.
    /// This parameter is not included when the API call succeeds.
    pub error_message: Option<String>,
}
/// Parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListJobResourceSpecificationsResponse {
    /// Whether the request is successful
    pub is_success: Option<bool>,
    /// Error message of a failed API call.
    /// This parameter is not included when the API call succeeds.
    pub error_message: Option<String>,
    /// Error code of a failed API call. For details, see Error Codes.
    /// This parameter is not included when the API call succeeds.
    pub error_code: Option<String>,
    /// Total number of job resource specifications
    pub spec_total_count: Option<i64>,
    /// List of resource specifications attributes. For details, see Table 4.
    pub specs: Option<Vec<JobResourceSpecificationSpec>>,
}
/// specs parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct JobResourceSpecificationSpec {
    /// ID of the resource specifications
    pub spec_id: Option<i64>,
    /// Number of cores of the resource specifications
    pub core: Option<String>,
    /// CPU memory of the resource specifications
    pub cpu: Option<String>,
    /// Number of GPUs of the resource specifications
    pub gpu_num: Option<i64>,
    /// GPU type of the resource specifications
    pub gpu_type: Option<String>,
    /// Type of the resource specifications
    pub spec_code: Option<String>,
    /// Maximum number of nodes that can be selected
    pub max_num: Option<i64>,
    /// Number of pricing units
    pub unit_num: Option<i64>,
    /// SSD size of a resource flavor
    pub storage: Option<String>,
    /// Interface type
    pub interface_type: Option<i64>,
    /// Whether the resources of the selected specifications are sufficient. True indicates that no resource is available.
    pub no_resource: Option<bool>,
}
/// Parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListJobEngineSpecificationsResponse {
    /// Whether the request is successful
    pub is_success: Option<bool>,
    /// Error message of a failed API call.
    /// This parameter is not included when the API call succeeds.
    pub error_message: Option<String>,
    /// Error code of a failed API call. For details, see Error Codes.
    /// This parameter is not included when the API call succeeds.
    pub error_code: Option<String>,
    /// List of engine specifications attributes. For details, see Table 4.
    pub engines: Option<Vec<JobEngineSpecificationEngine>>,
}
/// engines parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct JobEngineSpecificationEngine {
    /// Engine type of a training job
    ///
    /// - 1: TensorFlow
    /// - 5: Spark\_MLlib
    /// - 6: Scikit Learn
    /// - 9: XGBoost-Sklearn
    /// - 10: PyTorch
    /// - 13: Ascend-Powered-Engine
    /// - 17: MindSpore-GPU
    pub engine_type: Option<i64>,
    /// ID of the engine selected for a training job
    pub engine_id: Option<i64>,
    /// Name of the engine selected for a training job
    pub engine_name: Option<String>,
    /// Version of the engine selected for a training job
    pub engine_version: Option<String>,
}
crate::support::open_enum!(
    #[doc =
    " Model algorithm. If the algorithm is read from the configuration file, this parameter can be left blank. For example, the value can be **predict\\_analysis**, **object\\_detection**, or **image\\_classification**. The value must start with a letter and contain no more than 36 characters. Chinese characters and special characters (\\&\\!'\\\\\"\\<\\>=) are not allowed."]
    ImportModelRequestModelAlgorithm { PredictAnalysis = "predict_analysis",
    ObjectDetection = "object_detection", ImageClassification = "image_classification" }
);
crate::support::open_enum!(
    #[doc = " The values of `ImportModelRequestInstallTypeItem`."]
    ImportModelRequestInstallTypeItem { RealTime = "real-time", Batch = "batch" }
);
/// Parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ImportModelRequest {
    /// Model name. Enter 1 to 64 characters. Only letters, digits, hyphens (-), and underscores (\_) are allowed. Length 1 to 64.
    pub model_name: String,
    /// Model version in the format of Digit.Digit.Digit. The value range of the digits is \[1, 99\]. Note that no part of the version number can start with 0. For example, **01.01.01** is not allowed.
    pub model_version: String,
    /// OBS path where the model is located or the SWR image location
    pub source_location: String,
    /// ID of the source training job. If the model is generated from a training job, input this parameter for source tracing. If the model is imported from a third-party meta model, leave this parameter blank. By default, this parameter is left blank.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source_job_id: Option<String>,
    /// Version of the source training job. If the model is generated from a training job, input this parameter for source tracing. If the model is imported from a third-party meta model, leave this parameter blank. By default, this parameter is left blank.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source_job_version: Option<String>,
    /// Model source type. The value can only be **auto**, which indicates ExeML models (model download is not supported). If a model is deployed through a training job, this parameter is left blank by default.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source_type: Option<String>,
    /// Model type. The value can be **TensorFlow**, **MXNet**, **Caffe**, **Spark\_MLlib**, **Scikit\_Learn**, **XGBoost**, **Image**, **PyTorch**, or **Template**, which is read from the configuration file.
    pub model_type: String,
    /// For details about **runtime** options, see **Model Management** \> **Importing a Model** \> **Importing a Meta Model from OBS** in ModelArts User Guide.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub runtime: Option<String>,
    /// Model remarks. The value contains a maximum of 100 characters and cannot contain the following special characters and more: \&\!'\\"\<\>=. Length at most 100.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Model algorithm. If the algorithm is read from the configuration file, this parameter can be left blank. For example, the value can be **predict\_analysis**, **object\_detection**, or **image\_classification**. The value must start with a letter and contain no more than 36 characters. Chinese characters and special characters (\&\!'\\"\<\>=) are not allowed.
    ///
    /// Length at most 36.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub model_algorithm: Option<ImportModelRequestModelAlgorithm>,
    /// OBS path for storing the execution code. By default, this parameter is left blank. The name of the execution code file is fixed to **customize\_service.py**. The inference code file must be stored in the **model** directory. If this parameter is left blank, the system can automatically identify the inference code in the **model** directory.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub execution_code: Option<String>,
    /// Collection of input parameters of a model. By default, this parameter is left blank. For details, see Table 3. If the collection of input parameters is read from **apis** in the configuration file, you only need to provide the **initial\_config** field and do not need to set **input\_params**. **input\_params** is optional when the **initial\_config** field exists.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub input_params: Option<Vec<ModelParam>>,
    /// Collection of output parameters of a model. By default, this parameter is left blank. For details, see Table 3. If the collection of output parameters is read from **apis** in the configuration file, you only need to provide the **initial\_config** field and do not need to set **output\_params**.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub output_params: Option<Vec<ModelParam>>,
    /// Package required for inference code and model. By default, this parameter is left blank. If the package is read from the configuration file, this parameter can be left blank. Table 4 shows the dependency structure.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dependencies: Option<Vec<ModelDependency>>,
    /// Model precision, which is read from the configuration file
    #[serde(skip_serializing_if = "Option::is_none")]
    pub model_metrics: Option<String>,
    /// All **apis** input and output parameters of the model. If the parameters are read from the configuration file, this parameter can be left blank. For details, see Table 10.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub apis: Option<Vec<ModelApis>>,
    /// Character string converted from the final model configuration file. It is recommended that the **initial\_config** file be used to provide information about the fields such as **apis**, **dependencies**, **input\_params**, and **output\_params**.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub initial_config: Option<String>,
    /// ID of the workspace to which a service belongs. The default value is **0**, indicating the default workspace. Default: `0`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub workspace_id: Option<String>,
    /// List of model description documents. A maximum of three documents are supported. For details, see Table 7.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub model_docs: Option<Vec<ModelDoc>>,
    /// Deployment type. Only lowercase letters are supported. The value can be **real-time**, or **batch**. Default value: \[**real-time**, **batch**\]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub install_type: Option<Vec<ImportModelRequestInstallTypeItem>>,
    /// Template configuration items. This parameter is mandatory when **model\_type** is set to **Template**. For details, see Table 8.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub template: Option<ModelTemplate>,
}
crate::support::open_enum!(
    #[doc = " Request method. Possible values are **post** and **get**."]
    ModelParamMethod { Post = "post", Get = "get" }
);
crate::support::open_enum!(
    #[doc =
    " Parameter type. The value can be **int**, **string**, **float**, **timestamp**, **date**, or **file**."]
    ModelParamParamType { Int = "int", String = "string", Float = "float", Timestamp =
    "timestamp", Date = "date", File = "file" }
);
/// params parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ModelParam {
    /// API URL
    pub url: String,
    /// Request method. Possible values are **post** and **get**.
    pub method: ModelParamMethod,
    /// Request protocol
    pub protocol: String,
    /// Parameter name. It is recommended that the parameter name contain a maximum of 64 characters. Length at most 64.
    pub param_name: String,
    /// Parameter type. The value can be **int**, **string**, **float**, **timestamp**, **date**, or **file**.
    pub param_type: ModelParamParamType,
    /// This parameter is optional when **param\_type** is set to **int** or **float**. By default, this parameter is left blank.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub min: Option<f64>,
    /// This parameter is optional when **param\_type** is set to **int** or **float**. By default, this parameter is left blank.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max: Option<f64>,
    /// Parameter description. It is recommended that the parameter description contain a maximum of 100 characters. By default, this parameter is left blank.
    ///
    /// Length at most 100.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub param_desc: Option<String>,
}
crate::support::setters!(
    @ model ModelParam new(url : String, method : ModelParamMethod, protocol : String,
    param_name : String, param_type : ModelParamParamType) { min : f64, max : f64,
    param_desc : String }
);
/// dependency parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ModelDependency {
    /// Installation mode. Only **pip** is supported.
    pub installer: String,
    /// Collection of dependency packages. For details, see Table 5.
    pub packages: Vec<ModelPackage>,
}
crate::support::setters!(
    @ model ModelDependency new(installer : String, packages : Vec < ModelPackage >) {}
);
crate::support::open_enum!(
    #[doc =
    " Version restriction. The value can be **EXACT**, **ATLEAST**, or **ATMOST**. This parameter is mandatory only when **package\\_version** exists."]
    ModelPackageRestraint { Exact = "EXACT", Atleast = "ATLEAST", Atmost = "ATMOST" }
);
/// package parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ModelPackage {
    /// Name of a dependency package. Ensure that the package name is correct and exists. Chinese characters and special characters (\&\!'"\<\>=) are not allowed.
    pub package_name: String,
    /// Version of a dependency package. If this parameter is left blank, the latest version is installed by default. Chinese characters and special characters (\&\!'"\<\>=) are not allowed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub package_version: Option<String>,
    /// Version restriction. The value can be **EXACT**, **ATLEAST**, or **ATMOST**. This parameter is mandatory only when **package\_version** exists.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub restraint: Option<ModelPackageRestraint>,
}
crate::support::setters!(
    @ model ModelPackage new(package_name : String) { package_version : String, restraint
    : ModelPackageRestraint }
);
/// apis parameters
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ModelApis {
    /// Input parameters in **apis**, described in JSON Schema format. For details, see Table 11.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub input_params: Option<ModelInputParam>,
    /// Request method. The options are **POST** and **GET**.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub method: Option<String>,
    /// Output parameters in **apis**, described in JSON Schema format. For details, see Table 12.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub output_params: Option<ModelOutputParam>,
    /// Request protocol.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub protocol: Option<String>,
    /// Inference request URL.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}
crate::support::setters!(
    @ model ModelApis { input_params : ModelInputParam, method : String, output_params :
    ModelOutputParam, protocol : String, url : String }
);
/// InputParams parameters
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ModelInputParam {
    /// Properties of an object element in JSON Schema. You can set parameters, including the parameter name and type, in **properties**.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub properties: Option<std::collections::BTreeMap<String, serde_json::Value>>,
    /// Type in JSON Schema, which can be **object**. Wire name: `type`.
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub type_: Option<String>,
}
crate::support::setters!(
    @ model ModelInputParam { properties : std::collections::BTreeMap < String,
    serde_json::Value >, type_ : String }
);
/// OutputParams parameters
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ModelOutputParam {
    /// Properties of an object element in JSON Schema. You can set parameters, including the parameter name and type, in **properties**.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub properties: Option<std::collections::BTreeMap<String, serde_json::Value>>,
    /// Type in JSON Schema, which can be **object**. Wire name: `type`.
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub type_: Option<String>,
}
crate::support::setters!(
    @ model ModelOutputParam { properties : std::collections::BTreeMap < String,
    serde_json::Value >, type_ : String }
);
/// doc parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ModelDoc {
    /// Document name, which must start with a letter. Enter 1 to 48 characters. Only letters, digits, hyphens (-), and underscores (\_) are allowed. Length 1 to 48.
    pub doc_name: String,
    /// HTTP(S) link of the document
    pub doc_url: String,
}
crate::support::setters!(@ model ModelDoc new(doc_name : String, doc_url : String) {});
/// Template parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ModelTemplate {
    /// Input and output mode. When this parameter is used, the input and output mode built in the template does not take effect.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub infer_format: Option<String>,
    /// ID of the used template. The template has a built-in input and output mode.
    pub template_id: String,
    /// Template input configuration, specifying the source path for configuring a model. For details, see Table 9.
    pub template_inputs: Vec<ModelTemplateInput>,
}
crate::support::setters!(
    @ model ModelTemplate new(template_id : String, template_inputs : Vec <
    ModelTemplateInput >) { infer_format : String }
);
/// template\_inputs parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ModelTemplateInput {
    /// Template input path, which can be an OBS file path or OBS directory path. When you use a template with multiple input items to create a model, if the target paths **input\_properties** specified in the template are the same, the OBS directory or OBS file name entered here must be unique to prevent files from being overwritten.
    pub input: String,
    /// Input item ID, which is obtained from the template details.
    pub input_id: String,
}
crate::support::setters!(
    @ model ModelTemplateInput new(input : String, input_id : String) {}
);
/// Parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ImportModelResponse {
    /// Model ID
    pub model_id: Option<String>,
}
/// Parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListModelsResponse {
    /// Total number of models that meet the search criteria when no paging is implemented
    pub total_count: Option<i64>,
    /// Number of models
    pub count: Option<i64>,
    /// Model metadata. For details, see Table 4.
    pub models: Option<Vec<Model>>,
}
crate::support::open_enum!(
    #[doc =
    " Model type. The value can be **TensorFlow**, **MXNet**, **Caffe**, **Spark\\_MLlib**, **Scikit\\_Learn**, **XGBoost**, **MindSpore**, **Image**, or **PyTorch**."]
    ModelModelType { TensorFlow = "TensorFlow", MxNet = "MXNet", Caffe = "Caffe",
    SparkMLlib = "Spark_MLlib", ScikitLearn = "Scikit_Learn", XgBoost = "XGBoost",
    MindSpore = "MindSpore", Image = "Image", PyTorch = "PyTorch" }
);
crate::support::open_enum!(
    #[doc = " Model source. Options:"] #[doc = ""] #[doc = " - **auto**: ExeML"] #[doc =
    " - **algos**: built-in algorithm"] #[doc = " - **custom**: custom model"]
    ModelModelSource { Auto = "auto", Algos = "algos", Custom = "custom" }
);
/// model parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Model {
    /// Model ID
    pub model_id: Option<String>,
    /// Model name
    pub model_name: Option<String>,
    /// Model version
    pub model_version: Option<String>,
    /// Model status
    pub model_status: Option<String>,
    /// Model type. The value can be **TensorFlow**, **MXNet**, **Caffe**, **Spark\_MLlib**, **Scikit\_Learn**, **XGBoost**, **MindSpore**, **Image**, or **PyTorch**.
    pub model_type: Option<ModelModelType>,
    /// Model size, in bytes
    pub model_size: Option<i64>,
    /// Tenant to which a model belongs
    pub tenant: Option<String>,
    /// Project to which a model belongs
    pub project: Option<String>,
    /// User to which a model belongs
    pub owner: Option<String>,
    /// Time when a model is created, in milliseconds calculated from 1970.1.1 0:0:0 UTC
    pub create_at: Option<i64>,
    /// Model description
    pub description: Option<String>,
    /// Model source type. This parameter is valid only when a model is deployed through ExeML. The value is **auto**. You do not need to set this parameter for a model deployed through a training job. By default, this parameter is left blank.
    pub source_type: Option<String>,
    /// Workspace ID
    pub workspace_id: Option<String>,
    /// Model source. Options:
    ///
    /// - **auto**: ExeML
    /// - **algos**: built-in algorithm
    /// - **custom**: custom model
    pub model_source: Option<ModelModelSource>,
    /// Whether a model can be tuned. Options:
    ///
    /// - **true**: yes
    /// - **false**: no
    pub tunable: Option<bool>,
    /// Whether a model is subscribed from the marketplace. Options:
    ///
    /// - **true**: yes
    /// - **false**: no
    pub market_flag: Option<bool>,
    /// Whether a model can be published to the marketplace. Options:
    ///
    /// - **true**: yes
    /// - **false**: no
    pub publishable_flag: Option<bool>,
    /// Model deployment type, determining which service a model can be deployed as. Possible values are **real-time** (real-time service) and **batch** (batch service).
    /// Model deployment type, determining which service a model can be deployed as. The example value is **real-time** (real-time service).
    pub install_type: Option<Vec<String>>,
    /// Model subscription ID.
    pub subscription_id: Option<String>,
    /// Extended field.
    pub extra: Option<String>,
    /// Minimum deployment specifications. For details, see Table 5.
    pub specification: Option<ModelSpecification>,
}
/// Specification parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ModelSpecification {
    /// Minimal CPU specifications
    pub min_cpu: Option<String>,
    /// Minimal GPU specifications
    pub min_gpu: Option<String>,
    /// Minimum memory capacity
    pub min_memory: Option<String>,
    /// Minimal Ascend specifications
    pub min_ascend: Option<String>,
}
crate::support::open_enum!(
    #[doc =
    " Model type. The value can be **TensorFlow**, **MXNet**, **Spark\\_MLlib**, **Scikit\\_Learn**, **XGBoost**, **MindSpore**, **Image**, or **PyTorch**."]
    ShowModelResponseModelType { TensorFlow = "TensorFlow", MxNet = "MXNet", SparkMLlib =
    "Spark_MLlib", ScikitLearn = "Scikit_Learn", XgBoost = "XGBoost", MindSpore =
    "MindSpore", Image = "Image", PyTorch = "PyTorch" }
);
/// Parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ShowModelResponse {
    /// Model ID
    pub model_id: Option<String>,
    /// Model name
    pub model_name: Option<String>,
    /// Model version
    pub model_version: Option<String>,
    /// Time when a model is created, in milliseconds calculated from 1970.1.1 0:0:0 UTC
    pub create_at: Option<i64>,
    /// Tenant to which a model belongs
    pub tenant: Option<String>,
    /// Project to which a model belongs
    pub project: Option<String>,
    /// User to which a model belongs
    pub owner: Option<String>,
    /// OBS path where the model is located or the SWR image location
    pub source_location: Option<String>,
    /// ID of the source training job
    pub source_job_id: Option<String>,
    /// Version of the source training job
    pub source_job_version: Option<String>,
    /// Model source type. If a model is deployed through ExeML, the value is **auto**. If a model is deployed through a training job or an OBS model file, this parameter is left blank.
    pub source_type: Option<String>,
    /// Model type. The value can be **TensorFlow**, **MXNet**, **Spark\_MLlib**, **Scikit\_Learn**, **XGBoost**, **MindSpore**, **Image**, or **PyTorch**.
    pub model_type: Option<ShowModelResponseModelType>,
    /// Model size, in bytes
    pub model_size: Option<i64>,
    /// Model status
    pub model_status: Option<String>,
    /// Model runtime environment
    pub runtime: Option<String>,
    /// Model description
    pub description: Option<String>,
    /// OBS path for storing the execution code. The name of the execution code file is fixed to **customize\_service.py**.
    pub execution_code: Option<String>,
    /// Download address of the model schema file
    pub schema_doc: Option<String>,
    /// image path generated after model packaging
    pub image_address: Option<String>,
    /// Collection of input parameters of a model. For details, see Table 3.
    pub input_params: Option<Vec<ShowModelParam>>,
    /// Collection of output parameters of a model. For details, see Table 3.
    pub output_params: Option<Vec<ShowModelParam>>,
    /// Package required for running the inference code and model. For details, see Table 4.
    pub dependencies: Option<Vec<ShowModelDependency>>,
    /// Model precision
    pub model_metrics: Option<String>,
    /// All input and output **apis** parameter information of a model, which is obtained from the model preview
    pub apis: Option<String>,
    /// Model source. Options:
    ///
    /// - **auto**: ExeML
    /// - **algos**: built-in algorithm
    /// - **custom**: custom model
    pub model_source: Option<ModelModelSource>,
    /// Whether a model can be tuned. Options:
    ///
    /// - **true**: yes
    /// - **false**: no
    pub tunable: Option<bool>,
    /// Whether a model is subscribed from the marketplace. Options:
    ///
    /// - **true**: yes
    /// - **false**: no
    pub market_flag: Option<bool>,
    /// Whether a model can be published to the marketplace. Options:
    ///
    /// - **true**: yes
    /// - **false**: no
    pub publishable_flag: Option<bool>,
    /// List of template documents. For details, see Table 7.
    pub model_docs: Option<Vec<ModelGuideDoc>>,
    /// Model health check interface information. For details, see Table 8.
    pub health: Option<ModelHealth>,
    /// Model algorithm type. The value can be **predict\_analysis**, **object\_detection**, or **image\_classification**.
    pub model_algorithm: Option<ImportModelRequestModelAlgorithm>,
    /// Model label array.
    pub model_labels: Option<Vec<String>>,
    /// Model label map. The key is fixed to **labels**, and the value is the model label array.
    pub labels_map: Option<serde_json::Value>,
    /// ID of the workspace to which a service belongs. The default value is **0**, indicating the default workspace. Default: `0`.
    pub workspace_id: Option<String>,
    /// Supported service type for deployment.
    pub install_type: Option<Vec<String>>,
    /// Minimum model deployment specifications. For details, see Table 9.
    pub specification: Option<ModelSpecification>,
    /// Model configurations.
    pub config: Option<String>,
}
/// params parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ShowModelParam {
    /// API URL
    pub url: Option<String>,
    /// Request method, for example, **post**
    pub method: Option<String>,
    /// Request protocol, for example, **HTTP**
    pub protocol: Option<String>,
    /// Parameter name, which contains a maximum of 64 characters. Length at most 64.
    pub param_name: Option<String>,
    /// Parameter type. The value can be **int**, **string**, **float**, **timestamp**, **date**, or **file**.
    pub param_type: Option<ModelParamParamType>,
    /// This parameter is optional when **param\_type** is set to **int** or **float**. By default, this parameter is left blank.
    pub min: Option<f64>,
    /// This parameter is optional when **param\_type** is set to **int** or **float**. By default, this parameter is left blank.
    pub max: Option<f64>,
    /// Parameter description, which contains a maximum of 100 characters. By default, this parameter is left blank. Length at most 100.
    pub param_desc: Option<String>,
}
/// dependency parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ShowModelDependency {
    /// Installer
    pub installer: Option<String>,
    /// Collection of dependency packages. For details, see Table 5.
    pub packages: Option<Vec<ShowModelPackage>>,
}
/// package parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ShowModelPackage {
    /// Name of a dependency package
    pub package_name: Option<String>,
    /// Version of a dependency package
    pub package_version: Option<String>,
    /// Version restriction. The value can be **EXACT**, **ATLEAST**, or **ATMOST**.
    pub restraint: Option<ModelPackageRestraint>,
}
/// GuideDoc parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ModelGuideDoc {
    /// Document name
    pub doc_name: Option<String>,
    /// HTTP(S) link of the document
    pub doc_url: Option<String>,
}
/// Health parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ModelHealth {
    /// URL of the health check interface
    pub url: Option<String>,
    /// Request protocol of the health check interface. Only HTTP is supported.
    pub protocol: Option<String>,
    /// After an instance is started, a health check starts after seconds configured in **initial\_delay\_seconds**.
    pub initial_delay_seconds: Option<String>,
    /// Health check timeout
    pub timeout_seconds: Option<String>,
}
/// Parameter description
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct DeleteModelResponse {
    /// ID list of models successfully deleted
    pub delete_success_list: Option<Vec<String>>,
    /// List of models that fail to be deleted. For details, see Table 4.
    pub delete_failed_list: Option<Vec<ModelDeleteModelFailResult>>,
}
/// DeleteModelFailResult parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ModelDeleteModelFailResult {
    /// ID of a model that fails to be deleted
    pub model_id: Option<String>,
    /// Error code of the deletion failure
    pub error_code: Option<String>,
    /// Error message of the deletion failure
    pub error_message: Option<String>,
}
/// Parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct DeployModelRequest {
    /// Service name. Enter 1 to 64 characters. Only letters, digits, hyphens (-), and underscores (\_) are allowed. Length 1 to 64.
    pub service_name: String,
    /// Service description, which contains a maximum of 100 characters. By default, this parameter is left blank. Length at most 100.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Inference mode. The value can be **real-time** or **batch**.
    ///
    /// - **real-time**: real-time service, which can be stopped as scheduled.
    /// - **batch**: batch service, which can be configured as tasks to run in batches. When the tasks are completed, the service stops automatically.
    pub infer_type: ImportModelRequestInstallTypeItem,
    /// ID of the workspace to which a service belongs. The default value is **0**, indicating the default workspace. Default: `0`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub workspace_id: Option<String>,
    /// ID of the VPC to which a real-time service instance is deployed. By default, this parameter is left blank.
    ///
    /// - In this case, ModelArts allocates a dedicated VPC to each user so that users are isolated from each other. If you need to access other service components in a VPC of a service instance, set this parameter to the ID of the corresponding VPC.
    /// - Once a VPC is configured, it cannot be modified. If both **vpc\_id** and **cluster\_id** are configured, only the dedicated resource pool takes effect.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub vpc_id: Option<String>,
    /// ID of a subnet. By default, this parameter is left blank.
    /// This parameter is mandatory when **vpc\_id** is configured. Enter the network ID displayed in the subnet details on the VPC console. A subnet provides dedicated network resources that are isolated from other networks.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub subnet_network_id: Option<String>,
    /// Security group. By default, this parameter is left blank. This parameter is mandatory when **vpc\_id** is configured.
    /// A security group is a virtual firewall that provides secure network access control policies for service instances. A security group must contain at least one inbound rule to permit the requests whose protocol is TCP, source address is **0.0.0.0/0**, and port number is **8080**.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub security_group_id: Option<String>,
    /// ID of a dedicated resource pool. This parameter is left blank by default, indicating that no dedicated resource pool is used. When using a dedicated resource pool to deploy services, ensure that the resource pool is running properly. After this parameter is set, the network configuration of the cluster is used, and the **vpc\_id** parameter does not take effect. If this parameter is configured together with **cluster\_id** in **real-time config**, **cluster\_id** in **real-time config** is used preferentially.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cluster_id: Option<String>,
    /// Model running configuration. If **infer\_type** is **batch**, you can configure only one model. If **infer\_type** is **real-time**, you can configure multiple models and assign weights based on service requirements. However, the versions of these models cannot be the same.
    ///
    /// - If **infer\_type** is set to **real-time**, see Table 3.
    /// - If **infer\_type** is set to **batch**, see Table 4.
    pub config: Vec<serde_json::Value>,
    /// Service scheduling configuration, which can be configured only for real-time services. By default, this parameter is not used. Services run for a long time. For details, see Table 5.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub schedule: Option<Vec<ModelSchedule>>,
}
/// config parameters of real-time
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ModelConfigOfRealTime {
    /// Model ID
    pub model_id: String,
    /// Traffic weight allocated to a model. This parameter is mandatory only when **infer\_type** is set to **real-time**. The sum of the weights must be 100.
    pub weight: i64,
    /// Resource specifications. Select specifications based on service requirements.
    pub specification: String,
    /// Custom specifications. Set this parameter when you use a dedicated resource pool. For details, see Table 6.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub custom_spec: Option<ModelCustomSpec>,
    /// Number of instances deployed in a model. The value must be greater than 0.
    pub instance_count: i64,
    /// (Optional) Environment variable key-value pair required for running a model. By default, this parameter is left blank.
    /// To ensure data security, do not enter sensitive information, such as plaintext passwords, in environment variables.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub envs: Option<std::collections::BTreeMap<String, String>>,
    /// ID of a dedicated resource pool. By default, this parameter is left blank, indicating that no dedicated resource pool is used.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cluster_id: Option<String>,
}
/// custom\_spec parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ModelCustomSpec {
    /// Number of required CPUs
    pub cpu: f32,
    /// Required memory capacity, in MB
    pub memory: i64,
    /// Number of GPUs, which can be decimals. This parameter is optional. By default, it is not used.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub gpu_p4: Option<f32>,
    /// Number of NPUs, which can be decimals. This parameter is optional. By default, it is not used.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ascend_a310: Option<i64>,
}
crate::support::setters!(
    @ model ModelCustomSpec new(cpu : f32, memory : i64) { gpu_p4 : f32, ascend_a310 :
    i64 }
);
crate::support::open_enum!(
    #[doc =
    " Resource flavor. Options: **modelarts.vm.cpu.2u** and **modelarts.vm.gpu.p4**"]
    ModelConfigOfBatchSpecification { ModelartsVmCpu2u = "modelarts.vm.cpu.2u",
    ModelartsVmGpuP4 = "modelarts.vm.gpu.p4" }
);
crate::support::open_enum!(
    #[doc = " Mapping type of the input data. The value can be **file** or **csv**."]
    #[doc = ""] #[doc =
    " - If you select **file**, each inference request corresponds to a file in the input data path. When this mode is used, **req\\_uri** of this model can have only one input parameter and the type of this parameter is **file**."]
    #[doc =
    " - If you select **csv**, each inference request corresponds to a row of data in the CSV file. When this mode is used, the files in the input data path can only be in CSV format and **mapping\\_rule** needs to be configured to map the index of each parameter in the inference request body to the CSV file."]
    ModelConfigOfBatchMappingType { File = "file", Csv = "csv" }
);
/// config parameters of batch
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ModelConfigOfBatch {
    /// Model ID
    pub model_id: String,
    /// Resource flavor. Options: **modelarts.vm.cpu.2u** and **modelarts.vm.gpu.p4**
    pub specification: ModelConfigOfBatchSpecification,
    /// Number of instances deployed in a model.
    pub instance_count: i64,
    /// (Optional) Environment variable key-value pair required for running a model. By default, this parameter is left blank.
    /// To ensure data security, do not enter sensitive information, such as plaintext passwords, in environment variables.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub envs: Option<std::collections::BTreeMap<String, String>>,
    /// Data source type. This parameter can be set to **ManifestFile**. By default, this parameter is left blank, indicating that only files in the **src\_path** directory are read. If this parameter is set to **ManifestFile**, **src\_path** must be a specific manifest file path. You can specify multiple data paths in the manifest file.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub src_type: Option<String>,
    /// OBS path of the input data of a batch job
    pub src_path: String,
    /// OBS path of the output data of a batch job
    pub dest_path: String,
    /// Inference API called in a batch task, which is a REST API in the model image. Select an API URI from the model **config.json** file for inference. If a ModelArts built-in inference image is used, the value of this parameter is **/**.
    pub req_uri: String,
    /// Mapping type of the input data. The value can be **file** or **csv**.
    ///
    /// - If you select **file**, each inference request corresponds to a file in the input data path. When this mode is used, **req\_uri** of this model can have only one input parameter and the type of this parameter is **file**.
    /// - If you select **csv**, each inference request corresponds to a row of data in the CSV file. When this mode is used, the files in the input data path can only be in CSV format and **mapping\_rule** needs to be configured to map the index of each parameter in the inference request body to the CSV file.
    pub mapping_type: ModelConfigOfBatchMappingType,
    /// Mapping between input parameters and CSV data. This parameter is mandatory only when **mapping\_type** is set to **csv**.
    /// Mapping rule: The mapping rule comes from the input parameter (**input\_params**) in the model configuration file **config.json**. When **type** is set to **string**, **number**, **integer**, or **boolean**, you need to configure the index parameter. For details, see .
    /// The index must be a positive integer starting from 0. If the value of index does not comply with the rule, this parameter is ignored in the request. After the mapping rule is configured, the corresponding CSV data must be separated by commas (,).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mapping_rule: Option<serde_json::Value>,
}
crate::support::open_enum!(
    #[doc = " Scheduling type. Only the value **stop** is supported."] ModelScheduleType
    { Stop = "stop" }
);
crate::support::open_enum!(
    #[doc = " Scheduling time unit. Options:"] #[doc = ""] #[doc = " - **DAYS**"] #[doc =
    " - **HOURS**"] #[doc = " - **MINUTES**"] ModelScheduleTimeUnit { Days = "DAYS",
    Hours = "HOURS", Minutes = "MINUTES" }
);
/// schedule parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ModelSchedule {
    /// Scheduling type. Only the value **stop** is supported. Wire name: `type`.
    #[serde(rename = "type")]
    pub type_: ModelScheduleType,
    /// Scheduling time unit. Options:
    ///
    /// - **DAYS**
    /// - **HOURS**
    /// - **MINUTES**
    pub time_unit: ModelScheduleTimeUnit,
    /// Value that maps to the time unit. For example, if the task stops after two hours, set **time\_unit** to **HOURS** and **duration** to **2**.
    pub duration: i64,
}
crate::support::setters!(
    @ model ModelSchedule new(type_ : ModelScheduleType, time_unit :
    ModelScheduleTimeUnit, duration : i64) {}
);
/// Parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct DeployModelResponse {
    /// Service ID
    pub service_id: Option<String>,
    /// Resource ID array for the resource IDs generated by the target model
    pub resource_ids: Option<Vec<String>>,
}
/// Parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListServicesResponse {
    /// Total number of services that meet the search criteria when no paging is implemented
    pub total_count: Option<i64>,
    /// Number of services in the query result. If **offset** and **limit** are not set, the values of **count** and **total\_count** are the same.
    pub count: Option<i64>,
    /// Collection of the queried services. For details, see Table 4.
    pub services: Option<Vec<Service>>,
}
crate::support::open_enum!(
    #[doc =
    " Service status. The value can be **running**, **deploying**, **concerning**, **failed**, **stopped**, or **finished**."]
    #[doc = ""] #[doc = " - **running**: The service is running properly."] #[doc =
    " - **deploying**: The service is being deployed or scheduling resources are being deployed."]
    #[doc =
    " - **concerning**: The backend instances are abnormal. For example, if there are multiple instances and some instances are abnormal, the normal instances will consume resources. In this case, the service status is concerning."]
    #[doc =
    " - **failed**: The service fails to be deployed. For details about the failure cause, see the event and log tab pages."]
    #[doc = " - **stopped**: The service has been stopped."] #[doc =
    " - **finished**: This state is displayed only for the batch service, indicating that the service running is complete."]
    ServiceStatus { Running = "running", Deploying = "deploying", Concerning =
    "concerning", Failed = "failed", Stopped = "stopped", Finished = "finished" }
);
/// service parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Service {
    /// Service ID
    pub service_id: Option<String>,
    /// Service name
    pub service_name: Option<String>,
    /// Service description
    pub description: Option<String>,
    /// Tenant to which a service belongs
    pub tenant: Option<String>,
    /// Project to which a service belongs
    pub project: Option<String>,
    /// User to which a service belongs
    pub owner: Option<String>,
    /// Latest service release time, in milliseconds calculated from 1970.1.1 0:0:0 UTC
    pub publish_at: Option<i64>,
    /// Inference mode. The value can be **real-time** or **batch**.
    pub infer_type: Option<ImportModelRequestInstallTypeItem>,
    /// Workspace ID. Default value: **0**. Default: `0`.
    pub workspace_id: Option<String>,
    /// Service status. The value can be **running**, **deploying**, **concerning**, **failed**, **stopped**, or **finished**.
    ///
    /// - **running**: The service is running properly.
    /// - **deploying**: The service is being deployed or scheduling resources are being deployed.
    /// - **concerning**: The backend instances are abnormal. For example, if there are multiple instances and some instances are abnormal, the normal instances will consume resources. In this case, the service status is concerning.
    /// - **failed**: The service fails to be deployed. For details about the failure cause, see the event and log tab pages.
    /// - **stopped**: The service has been stopped.
    /// - **finished**: This state is displayed only for the batch service, indicating that the service running is complete.
    pub status: Option<ServiceStatus>,
    /// Batch service start time, in milliseconds calculated from 1970.1.1 0:0:0 UTC. This parameter is returned only when the service is a batch service.
    pub start_time: Option<f64>,
    /// Batch service end time, in milliseconds calculated from 1970.1.1 0:0:0 UTC. This parameter is returned only when the service is a batch service.
    pub finished_time: Option<f64>,
    /// Deployment progress. This parameter is returned when the status is **deploying**.
    pub progress: Option<i64>,
    /// Total number of service calls
    pub invocation_times: Option<i64>,
    /// Number of failed service calls
    pub failed_times: Option<i64>,
    /// Whether a service is subscribed
    pub is_shared: Option<bool>,
    /// Number of subscribed services
    pub shared_count: Option<f64>,
    /// Service scheduling. For details, see Table 5.
    pub schedule: Option<Vec<ModelSchedule>>,
    /// Time when a real-time service automatically stops, in milliseconds calculated from 1970.1.1 0:0:0 UTC.
    pub due_time: Option<f64>,
    /// Operation time of a request
    pub operation_time: Option<f64>,
    /// Whether to enable data collection. The default value is **false**. Default: `false`.
    pub is_opened_sample_collection: Option<String>,
    /// Time when the service status changes
    pub transition_at: Option<f64>,
    /// Whether a service uses the free-of-charge flavor
    pub is_free: Option<bool>,
    /// Additional service attribute. If this parameter is not set, no value is returned. Wire name: `additional_properties`.
    #[serde(rename = "additional_properties")]
    pub additional_properties_2: Option<
        std::collections::BTreeMap<String, serde_json::Value>,
    >,
}
/// Parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ShowServiceResponse {
    /// Service ID
    pub service_id: Option<String>,
    /// Service name
    pub service_name: Option<String>,
    /// Service description
    pub description: Option<String>,
    /// Tenant to which a service belongs
    pub tenant: Option<String>,
    /// Project to which a service belongs
    pub project: Option<String>,
    /// User to which a service belongs
    pub owner: Option<String>,
    /// Latest service release time, in milliseconds calculated from 1970.1.1 0:0:0 UTC
    pub publish_at: Option<f64>,
    /// Inference type, which can be **real-time**, **edge**, or **batch**
    pub infer_type: Option<String>,
    /// Workspace ID
    pub workspace_id: Option<String>,
    /// ID of the dedicated resource pool used by the real-time or batch service. This parameter is available only when a dedicated resource pool is used.
    pub cluster_id: Option<String>,
    /// ID of the VPC to which the real-time service instance belongs. This parameter is available when the network configuration is customized.
    pub vpc_id: Option<String>,
    /// ID of the subnet to which the real-time service instance belongs. This parameter is available when the network configuration is customized.
    pub subnet_network_id: Option<String>,
    /// Security group to which the real-time service instance belongs. This parameter is available when the network configuration is customized.
    pub security_group_id: Option<String>,
    /// Service status, which can be **running**, **deploying**, **concerning**, **failed**, **stopped**, or **finished**
    pub status: Option<String>,
    /// Deployment progress. This parameter is available when the status is **deploying**.
    pub progress: Option<i64>,
    /// Error message. When **status** is **failed**, an error message carrying the failure cause is returned.
    pub error_msg: Option<String>,
    /// Service configuration (If a service is shared, only **model\_id**, **model\_name**, and **model\_version** are returned.)
    ///
    /// - If **infer\_type** is set to **real-time**, see Table 3.
    /// - If **infer\_type** is set to **batch**, see Table 4.
    pub config: Option<Vec<serde_json::Value>>,
    /// Access address of an inference request. This parameter is available when **infer\_type** is set to **real-time**.
    pub access_address: Option<String>,
    /// Request address of a custom domain name. This parameter is available after a domain name is bound.
    pub bind_access_address: Option<String>,
    /// Total number of service calls
    pub invocation_times: Option<f64>,
    /// Number of failed service calls
    pub failed_times: Option<f64>,
    /// Whether a service is subscribed
    pub is_shared: Option<bool>,
    /// Number of subscribed services
    pub shared_count: Option<f64>,
    /// Service scheduling configuration. If this parameter is not set, no value will be returned. For details, see Table 6.
    pub schedule: Option<Vec<ShowServiceSchedule>>,
    /// Time when the configuration used by a service is updated, in milliseconds calculated from 1970.1.1 0:0:0 UTC
    pub update_time: Option<f64>,
    /// Online debugging address of a real-time service. This parameter is available only when the model supports online debugging and there is only one instance.
    pub debug_url: Option<String>,
    /// Time when a real-time service automatically stops, in milliseconds calculated from 1970.1.1 0:0:0 UTC
    pub due_time: Option<f64>,
    /// Operation time of a request
    pub operation_time: Option<f64>,
    /// Time when the service status changes
    pub transition_at: Option<f64>,
    /// Whether a free-of-charge flavor is used
    pub is_free: Option<bool>,
    /// Additional service attribute. Wire name: `additional_properties`.
    #[serde(rename = "additional_properties")]
    pub additional_properties_2: Option<
        std::collections::BTreeMap<String, serde_json::Value>,
    >,
}
crate::support::open_enum!(
    #[doc = " Model status. Options:"] #[doc = ""] #[doc =
    " - **ready**: ready (All instances have been started.)"] #[doc =
    " - **concerning**: partially ready (Some instances are started and some are not.)"]
    #[doc = " - **notReady**: not ready (All instances are not started.)"]
    ServiceConfigOfRealTimeStatus { Ready = "ready", Concerning = "concerning", NotReady
    = "notReady" }
);
/// config parameters of real-time
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ServiceConfigOfRealTime {
    /// Model ID
    pub model_id: Option<String>,
    /// Model name
    pub model_name: Option<String>,
    /// Model version
    pub model_version: Option<String>,
    /// Model source. This parameter is returned when a model is created through ExeML. The value is **auto**.
    pub source_type: Option<String>,
    /// Model status. Options:
    ///
    /// - **ready**: ready (All instances have been started.)
    /// - **concerning**: partially ready (Some instances are started and some are not.)
    /// - **notReady**: not ready (All instances are not started.)
    pub status: Option<ServiceConfigOfRealTimeStatus>,
    /// Traffic weight allocated to a model
    pub weight: Option<i64>,
    /// Resource flavor. Options: **modelarts.vm.cpu.2u**, **modelarts.vm.gpu.p4**, and **modelarts.vm.ai1.a310**Options: **modelarts.vm.gpu.v100** and **modelarts.vm.cpu.2u** To use other flavors, contact the system administrator.
    pub specification: Option<String>,
    /// Custom For details, see Table 7.
    pub custom_spec: Option<ServiceCustomSpec>,
    /// (Optional) Environment variable key-value pair required for running a model
    /// To ensure data security, do not enter sensitive information, such as plaintext passwords, in environment variables.
    pub envs: Option<std::collections::BTreeMap<String, String>>,
    /// Number of instances deployed in a model
    pub instance_count: Option<i64>,
    /// Whether auto scaling is enabled
    pub scaling: Option<bool>,
    /// ID of a dedicated resource pool used by a service instance. This parameter is returned only when a dedicated resource pool is configured.
    pub cluster_id: Option<String>,
    /// Whether a model supports online debugging
    pub support_debug: Option<bool>,
    /// Additional model deployment attribute. Wire name: `additional_properties`.
    #[serde(rename = "additional_properties")]
    pub additional_properties_2: Option<
        std::collections::BTreeMap<String, serde_json::Value>,
    >,
}
/// custom\_spec parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ServiceCustomSpec {
    /// Number of CPUs
    pub cpu: Option<f32>,
    /// Memory capacity in MB
    pub memory: Option<i64>,
    /// Number of GPUs
    pub gpu_p4: Option<f32>,
    /// Number of Ascend chips
    pub ascend_a310: Option<i64>,
}
/// config parameters of batch
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ServiceConfigOfBatch {
    /// Model ID
    pub model_id: Option<String>,
    /// Model name
    pub model_name: Option<String>,
    /// Model version
    pub model_version: Option<String>,
    /// Resource flavor. Options: **modelarts.vm.cpu.2u**, **modelarts.vm.gpu.p4**, and **modelarts.vm.ai1.a310**Options: **modelarts.vm.gpu.v100** and **modelarts.vm.cpu.2u** To use other flavors, contact the system administrator
    pub specification: Option<String>,
    /// Custom For details, see Table 7.
    pub custom_spec: Option<ServiceCustomSpec>,
    /// (Optional) Environment variable key-value pair required for running a model
    /// To ensure data security, do not enter sensitive information, such as plaintext passwords, in environment variables.
    pub envs: Option<std::collections::BTreeMap<String, String>>,
    /// Number of instances deployed in a model
    pub instance_count: Option<i64>,
    /// Data source type. This parameter is returned only when **ManifestFile** is specified.
    pub src_type: Option<String>,
    /// OBS path of the input data of a batch job
    pub src_path: Option<String>,
    /// OBS path of the output data of a batch job
    pub dest_path: Option<String>,
    /// Inference path of a batch job
    pub req_uri: Option<String>,
    /// Mapping type of the input data. The value can be **file** or **csv**.
    pub mapping_type: Option<ModelConfigOfBatchMappingType>,
    /// Mapping between input parameters and CSV data. This parameter is mandatory only when **mapping\_type** is set to **csv**.
    pub mapping_rule: Option<serde_json::Value>,
    /// Task start time, in milliseconds calculated from 1970.1.1 0:0:0 UTC. This parameter is not returned until the task starts.
    pub start_time: Option<f64>,
    /// Task finished time, in milliseconds calculated from 1970.1.1 0:0:0 UTC. This parameter is not returned until the task ends.
    pub finished_time: Option<f64>,
}
/// schedule parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ShowServiceSchedule {
    /// Scheduling type. Only the value **stop** is supported. Wire name: `type`.
    #[serde(rename = "type")]
    pub type_: Option<ModelScheduleType>,
    /// Scheduling time unit. Options:
    ///
    /// - DAYS
    /// - HOURS
    /// - MINUTES
    pub time_unit: Option<String>,
    /// Value that maps to the time unit. For example, if the task stops after two hours, set **time\_unit** to **HOURS** and **duration** to **2**.
    pub duration: Option<i64>,
}
crate::support::open_enum!(
    #[doc =
    " Service status. The value can be **running** or **stopped**. If this parameter is not set, the service status is not changed. **status** and **config** cannot be modified at the same time. If both parameters exist, modify only the **status** parameter."]
    UpdateServiceConfigurationsRequestStatus { Running = "running", Stopped = "stopped" }
);
/// Parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct UpdateServiceConfigurationsRequest {
    /// Service description, which contains a maximum of 100 characters. If this parameter is not set, the service description is not updated. Length at most 100.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Service status. The value can be **running** or **stopped**. If this parameter is not set, the service status is not changed. **status** and **config** cannot be modified at the same time. If both parameters exist, modify only the **status** parameter.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<UpdateServiceConfigurationsRequestStatus>,
    /// Service configuration. If this parameter is not set, the service is not updated. The model service is modified and the **update\_time** parameter is returned only for requests with **config** updated.
    ///
    /// - If **infer\_type** is set to **real-time**, see Table 3.
    /// - If **infer\_type** is set to **batch**, see Table 4.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub config: Option<Vec<serde_json::Value>>,
    /// Service scheduling configuration, which can be configured only for real-time services. By default, this parameter is not used. Services run for a long time. For details, see Table 5.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub schedule: Option<Vec<ServiceConfigurationSchedule>>,
    /// Additional service attribute, which facilitates service management. Wire name: `additional_properties`.
    #[serde(rename = "additional_properties", skip_serializing_if = "Option::is_none")]
    pub additional_properties_2: Option<
        std::collections::BTreeMap<String, serde_json::Value>,
    >,
}
/// config parameters of real-time
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ServiceConfigurationConfigOfRealTime {
    /// Model ID
    pub model_id: String,
    /// Traffic weight allocated to a model. This parameter is mandatory only when **infer\_type** is set to **real-time**. The sum of the weights must be 100.
    pub weight: i64,
    /// Resource specifications. Select specifications based on service requirements.
    pub specification: String,
    /// Custom specifications. Set this parameter when you use a dedicated resource pool. For details, see Table 6.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub custom_spec: Option<ModelCustomSpec>,
    /// Number of instances for deploying a model. The value must be greater than 0.
    pub instance_count: i64,
    /// (Optional) Environment variable key-value pair required for running a model. By default, this parameter is left blank.
    /// To ensure data security, do not enter sensitive information, such as plaintext passwords, in environment variables.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub envs: Option<std::collections::BTreeMap<String, String>>,
    /// ID of a dedicated resource pool. By default, this parameter is left blank, indicating that no dedicated resource pool is used.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cluster_id: Option<String>,
}
/// config parameters of batch
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ServiceConfigurationConfigOfBatch {
    /// Model ID
    pub model_id: String,
    /// Resource flavor. Options: **modelarts.vm.cpu.2u** and **modelarts.vm.gpu.p4**
    pub specification: ModelConfigOfBatchSpecification,
    /// Number of instances for deploying a model.
    pub instance_count: i64,
    /// (Optional) Environment variable key-value pair required for running a model. By default, this parameter is left blank.
    /// To ensure data security, do not enter sensitive information, such as plaintext passwords, in environment variables.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub envs: Option<std::collections::BTreeMap<String, String>>,
    /// Data source type. This parameter can be set to **ManifestFile**. By default, this parameter is left blank, indicating that only files in the **src\_path** directory are read. If this parameter is set to **ManifestFile**, **src\_path** must be a specific manifest file path. You can specify multiple data paths in the manifest file.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub src_type: Option<String>,
    /// OBS path of the input data of a batch job
    pub src_path: String,
    /// OBS path of the output data of a batch job
    pub dest_path: String,
    /// Inference API called in a batch job, which is a REST API in the model image. Select an API URI from the model **config.json** file for inference. If a ModelArts built-in inference image is used, the value of this parameter is **/**.
    pub req_uri: String,
    /// Mapping type of the input data. The value can be **file** or **csv**.
    ///
    /// - If you select **file**, each inference request corresponds to a file in the input data path. When this mode is used, **req\_uri** of this model can have only one input parameter and the type of this parameter is **file**.
    /// - If you select **csv**, each inference request corresponds to a row of data in the CSV file. When this mode is used, the files in the input data path can only be in CSV format and **mapping\_rule** must be configured to map the index of each parameter in the inference request body to the CSV file.
    pub mapping_type: ModelConfigOfBatchMappingType,
    /// Mapping between input parameters and CSV data. This parameter is mandatory only when **mapping\_type** is set to **csv**.
    /// Mapping rule: The mapping rule comes from the input parameter (**input\_params**) in the model configuration file **config.json**. When **type** is set to **string**, **number**, **integer**, or **boolean**, you are required to configure the index parameter. For details, see .
    /// The index must be a positive integer starting from 0. If the index value does not comply with the rule, this parameter will be ignored in the request. After the mapping rule is configured, the CSV data must be separated by commas (,).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mapping_rule: Option<serde_json::Value>,
}
/// schedule parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ServiceConfigurationSchedule {
    /// Scheduling type. Only the value **stop** is supported. Wire name: `type`.
    #[serde(rename = "type")]
    pub type_: ModelScheduleType,
    /// Scheduling time unit. Possible values are **DAYS**, **HOURS**, and **MINUTES**.
    pub time_unit: ModelScheduleTimeUnit,
    /// Value that maps to the time unit. For example, if the task stops after two hours, set **time\_unit** to **HOURS** and **duration** to **2**.
    pub duration: i64,
}
crate::support::setters!(
    @ model ServiceConfigurationSchedule new(type_ : ModelScheduleType, time_unit :
    ModelScheduleTimeUnit, duration : i64) {}
);
/// Parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ShowServiceMonitoringInformationResponse {
    /// Service ID
    pub service_id: Option<String>,
    /// Service name
    pub service_name: Option<String>,
    /// Monitoring details
    ///
    /// - If **infer\_type** is set to **real-time**, see Table 4.
    pub monitors: Option<Vec<ServiceMonitoringInformationMonitorOfRealTime>>,
}
/// monitor parameters of real-time
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ServiceMonitoringInformationMonitorOfRealTime {
    /// Model ID
    pub model_id: Option<String>,
    /// Model name
    pub model_name: Option<String>,
    /// Model version
    pub model_version: Option<String>,
    /// Total number of model instance calls
    pub invocation_times: Option<i64>,
    /// Number of failed model instance calls
    pub failed_times: Option<i64>,
    /// Number of used CPUs
    pub cpu_core_usage: Option<f32>,
    /// Total number of CPUs
    pub cpu_core_total: Option<f32>,
    /// Used memory, in MB
    pub cpu_memory_usage: Option<i64>,
    /// Total memory, in MB
    pub cpu_memory_total: Option<i64>,
    /// Number used GPUs
    pub gpu_usage: Option<f32>,
    /// Total number of GPUs
    pub gpu_total: Option<f32>,
}
/// Parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListServiceUpdateLogsResponse {
    /// Service ID
    pub service_id: Option<String>,
    /// Service name
    pub service_name: Option<String>,
    /// Service update logs. For details, see Table 3.
    pub logs: Option<Vec<ServiceUpdateLog>>,
}
crate::support::open_enum!(
    #[doc = " Update result. The value can be **SUCCESS**, **FAIL**, or **RUNNING**."]
    ServiceUpdateLogResult2 { Success = "SUCCESS", Fail = "FAIL", Running = "RUNNING" }
);
/// log parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ServiceUpdateLog {
    /// Time when a service is updated, in milliseconds calculated from 1970.1.1 0:0:0 UTC
    pub update_time: Option<f64>,
    /// Update result. The value can be **SUCCESS**, **FAIL**, or **RUNNING**.
    pub result: Option<ServiceUpdateLogResult2>,
    /// Updated service configurations. For details, see Table 4.
    pub config: Option<Vec<ServiceUpdateLogConfig>>,
    /// Number of nodes that are successfully operated. This parameter is returned when **infer\_type** is set to **edge**.
    pub success_num: Option<f64>,
    /// Number of nodes that fail to be operated. This parameter is returned when **infer\_type** is set to **edge**.
    pub failed_num: Option<f64>,
    /// Operation result details. This parameter is returned when **infer\_type** is set to **edge**. For details, see Table 5.
    pub result_detail: Option<Vec<ServiceUpdateLogResult>>,
    /// ID of a dedicated resource pool
    pub cluster_id: Option<String>,
    /// Personalized configuration
    pub extend_config: Option<Vec<serde_json::Value>>,
}
/// config parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ServiceUpdateLogConfig {
    /// Model ID
    pub model_id: Option<String>,
    /// Model name
    pub model_name: Option<String>,
    /// Model version
    pub model_version: Option<String>,
    /// Traffic weight allocated to a model. This parameter is returned when **infer\_type** is set to **real-time**.
    pub weight: Option<i64>,
    /// Resource flavor.
    pub specification: Option<String>,
    /// Custom specifications. For details, see Table 6.
    pub custom_spec: Option<ServiceCustomSpec>,
    /// Number of instances deployed in a model.
    pub instance_count: Option<i64>,
    /// Environment variable key-value pair required for running a model
    /// To ensure data security, do not enter sensitive information, such as plaintext passwords, in environment variables.
    pub envs: Option<std::collections::BTreeMap<String, String>>,
    /// ID of a dedicated resource pool
    pub cluster_id: Option<String>,
}
crate::support::open_enum!(
    #[doc = " Operation type. The value can be **deploy** or **delete**."]
    ServiceUpdateLogResultOperation { Deploy = "deploy", Delete = "delete" }
);
/// result parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ServiceUpdateLogResult {
    /// Node ID
    pub node_id: Option<String>,
    /// Node name
    pub node_name: Option<String>,
    /// Operation type. The value can be **deploy** or **delete**.
    pub operation: Option<ServiceUpdateLogResultOperation>,
    /// Operation result. **true** indicates operation success, and **false** indicates operation failure.
    pub result: Option<bool>,
}
/// Parameter description
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ShowInstanceAuthenticationInformationResponse {
    /// Authentication token
    pub token: Option<String>,
}
/// Parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CreateDevelopmentEnvironmentInstanceRequest {
    /// Instance name, which contains a maximum of 64 characters.
    /// The value can contain letters, digits, hyphens (-), and underscores (\_).
    ///
    /// Length at most 64.
    pub name: String,
    /// Configuration ID. The options are as follows:
    ///
    /// - Ascend-Power-Engine 1.0(python3)
    /// - Multi-Engine 1.0 (python3)-cpu
    /// - Multi-Engine 1.0 (python3)-gpu
    /// - Multi-Engine 2.0 (python3)
    pub profile_id: String,
    /// Instance description. The value contains a maximum of 512 characters and cannot contain the following special characters: \&\<\>"'/. By default, this parameter is left blank.
    ///
    /// Length at most 512.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Instance flavor. The options are as follows:
    ///
    /// - modelarts.kat1.xlarge
    /// - modelarts.vm.cpu.2u
    /// - modelarts.vm.cpu.8u
    /// - modelarts.vm.gpu.v100 The preceding flavors are for reference only. The actual flavors depend on the region. If you need to use other flavors, contact the system administrator to change the flavors.
    pub flavor: String,
    /// Instance definition. Only **Notebook** is supported. For example, see Table 3.
    pub spec: DevelopmentEnvironmentInstanceNotebook,
    /// Workspace. The default workspace ID is **0**. For details, see Table 7.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub workspace: Option<DevelopmentEnvironmentInstanceWorkspace>,
    /// Resource pool. For details, see Table 8.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pool: Option<PoolSpec>,
    /// AI project. For details, see Table 10.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ai_project: Option<AIProject>,
}
/// notebook parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct DevelopmentEnvironmentInstanceNotebook {
    /// Storage path. For details, see Table 4.
    pub storage: DevelopmentEnvironmentInstanceStorage,
    /// Extended storage list. For details, see Table 4. Extended storage supports only **obsfs** and is available only for certain dedicated resource pools.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub extend_storage: Option<Vec<DevelopmentEnvironmentInstanceStorage>>,
    /// Auto stop parameter. For details, see Table 6.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub auto_stop: Option<DevelopmentEnvironmentInstanceAutoStop>,
    /// Label information, which can be extended. By default, this parameter is left blank.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub annotations: Option<std::collections::BTreeMap<String, String>>,
}
crate::support::setters!(
    @ model DevelopmentEnvironmentInstanceNotebook new(storage :
    DevelopmentEnvironmentInstanceStorage) { extend_storage : Vec <
    DevelopmentEnvironmentInstanceStorage >, auto_stop :
    DevelopmentEnvironmentInstanceAutoStop, annotations : std::collections::BTreeMap <
    String, String > }
);
/// storage parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct DevelopmentEnvironmentInstanceStorage {
    /// Storage type.
    /// Only **obs** and **evs** are supported.
    ///
    /// Wire name: `type`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Storage location. If **type** is set to **obs**, this parameter is mandatory. See Table 5. By default, this parameter is left blank.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub location: Option<DevelopmentEnvironmentInstanceLocation>,
}
crate::support::setters!(
    @ model DevelopmentEnvironmentInstanceStorage new(type_ : String) { location :
    DevelopmentEnvironmentInstanceLocation }
);
/// location parameters
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct DevelopmentEnvironmentInstanceLocation {
    /// Storage path
    ///
    /// - If **type** is set to **obs**, this parameter is mandatory. The value must be a valid OBS bucket path and end with a slash (/). The value must be a specific directory in an OBS bucket rather than the root directory of an OBS bucket.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
}
crate::support::setters!(
    @ model DevelopmentEnvironmentInstanceLocation { path : String }
);
/// auto\_stop parameters
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct DevelopmentEnvironmentInstanceAutoStop {
    /// Whether to enable the auto stop function. The value **true** indicates that the function is enabled and the instance will automatically stop when the running duration is reached. The value **false** indicates that the function is disabled. The default value is **false**.
    ///
    /// Default: `false`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub enable: Option<bool>,
    /// Running duration, in seconds. The value ranges from 3,600 to 86,400. After this parameter is set, it is valid for each startup. This parameter is mandatory when **enable** is set to **true**.
    ///
    /// Range 3 to 600.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub duration: Option<i64>,
    /// Whether to display a prompt again. This parameter is provided for the console to determine whether to display a prompt again. The default value is **true**.
    ///
    /// Default: `true`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub prompt: Option<bool>,
}
crate::support::setters!(
    @ model DevelopmentEnvironmentInstanceAutoStop { enable : bool, duration : i64,
    prompt : bool }
);
/// workspace parameters
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct DevelopmentEnvironmentInstanceWorkspace {
    /// Workspace ID. If no workspace is created, the default value is **0**. If a workspace is created and used, use the actual value. Default: `0`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
}
crate::support::setters!(
    @ model DevelopmentEnvironmentInstanceWorkspace { id : String }
);
/// poolSpec parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct PoolSpec {
    /// Resource pool ID.
    pub id: String,
    /// Resource pool type. Wire name: `type`.
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub type_: Option<String>,
    /// Resource pool name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Owner of the resource pool. For details, see Table 9.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub owner: Option<UserSpec>,
}
crate::support::setters!(
    @ model PoolSpec new(id : String) { type_ : String, name : String, owner : UserSpec }
);
/// userSpec parameters
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct UserSpec {
    /// ID of the project to which the resource belongs.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub project_id: Option<String>,
}
crate::support::setters!(@ model UserSpec { project_id : String });
/// AIProject parameters
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AIProject {
    /// AI project ID. This parameter is reserved.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
}
crate::support::setters!(@ model AIProject { id : String });
/// Parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CreateDevelopmentEnvironmentInstanceResponse {
    /// Instance ID
    pub id: Option<String>,
    /// Instance name
    pub name: Option<String>,
    /// Instance description
    pub description: Option<String>,
    /// Instance status
    pub status: Option<String>,
    /// Time when an instance is created
    pub creation_timestamp: Option<String>,
    /// Time when an instance is modified
    pub latest_update_timestamp: Option<String>,
    /// Configuration information. For details, see Table 12.
    pub profile: Option<DevelopmentEnvironmentInstanceProfile>,
    /// Instance flavor
    pub flavor: Option<String>,
    /// For details about the flavor, see Table 16.
    pub flavor_details: Option<DevelopmentEnvironmentInstanceFlavorDetail>,
    /// For details about the dedicated resource pool, see Table 17.
    pub pool: Option<DevelopmentEnvironmentInstancePool>,
    /// Instance definition For details about parameters of a notebook instance, see Table 19.
    pub spec: Option<DevelopmentEnvironmentInstanceNotebookResponse>,
    /// Workspace. For details, see Table 24.
    pub workspace: Option<DevelopmentEnvironmentInstanceWorkspaceResponse>,
    /// AI project. For details, see Table 25.
    pub ai_project: Option<AiProjectResponse>,
    /// Error code. For details, see Error Codes.
    pub error_code: Option<String>,
    /// Queuing information. For details, see Table 26.
    pub queuing_info: Option<DevelopmentEnvironmentInstanceQueuingInfo>,
    /// User information. For details, see Table 27.
    pub user: Option<DevelopmentEnvironmentInstanceUser>,
    /// Git repository information. For details, see Table 28. This parameter cannot be used. It is automatically returned when the API is called.
    pub repository: Option<DevelopmentEnvironmentInstanceRepository>,
}
/// profile parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct DevelopmentEnvironmentInstanceProfile {
    /// Configuration ID
    pub id: Option<String>,
    /// Configuration name
    pub name: Option<String>,
    /// Configuration description
    pub description: Option<String>,
    /// Development environment type. Only **Notebook** is supported.
    pub de_type: Option<String>,
    /// Hardware, which can be **CPU**, **GPU**, or **Ascend**.
    pub flavor_type: Option<String>,
    /// Deployment information. For details, see Table 13.
    pub provision: Option<DevelopmentEnvironmentInstanceProvision>,
    /// Label
    pub labels: Option<std::collections::BTreeMap<String, String>>,
}
/// provision parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct DevelopmentEnvironmentInstanceProvision {
    /// Deployment type. Only **Docker** is supported. Wire name: `type`.
    #[serde(rename = "type")]
    pub type_: Option<String>,
    /// Deployment details. For details, see Table 14.
    pub spec: Option<DevelopmentEnvironmentInstanceSpec>,
}
/// spec parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct DevelopmentEnvironmentInstanceSpec {
    /// Deployment engine. Only **CCE** is supported.
    pub engine: Option<String>,
    /// Deployment parameters. Only **Docker** is supported. For details, see Table 15.
    pub params: Option<DevelopmentEnvironmentInstanceDockerDeployment>,
}
/// Docker deployment parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct DevelopmentEnvironmentInstanceDockerDeployment {
    /// SWR organization name, which is globally unique
    pub namespace: Option<String>,
    /// Image name
    pub image_name: Option<String>,
    /// Image tag
    pub image_tag: Option<String>,
    /// Label information, which can be extended. By default, this parameter is left blank.
    pub annotations: Option<std::collections::BTreeMap<String, String>>,
}
crate::support::open_enum!(
    #[doc = " Flavor sale status The options are as follows:"] #[doc = ""] #[doc =
    " - **onSale**"] #[doc = " - **soldOut**"]
    DevelopmentEnvironmentInstanceFlavorDetailStatus { OnSale = "onSale", SoldOut =
    "soldOut" }
);
crate::support::open_enum!(
    #[doc =
    " The values of `DevelopmentEnvironmentInstanceFlavorDetailStorageListItem`."]
    DevelopmentEnvironmentInstanceFlavorDetailStorageListItem { Obs = "obs", Evs = "evs"
    }
);
crate::support::open_enum!(
    #[doc = " Flavor status. The options are as follows:"] #[doc = ""] #[doc =
    " - **GPU**"] #[doc = " - **CPU**"] #[doc = " - **ASCEND**"]
    DevelopmentEnvironmentInstanceFlavorDetailType { Gpu = "GPU", Cpu = "CPU", Ascend =
    "ASCEND" }
);
/// flavor\_details parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct DevelopmentEnvironmentInstanceFlavorDetail {
    /// Flavor name
    pub name: Option<String>,
    /// Flavor sale status The options are as follows:
    ///
    /// - **onSale**
    /// - **soldOut**
    pub status: Option<DevelopmentEnvironmentInstanceFlavorDetailStatus>,
    /// This parameter is mandatory when **promo\_type** is set to **Free** and **status** is set to **soldOut**.
    pub queuing_num: Option<i64>,
    /// Left queuing time, in seconds
    /// This parameter is mandatory when **promo\_type** is set to **Free** and **status** is set to **soldOut**.
    pub queue_left_time: Option<i64>,
    /// Supported storage type. The options are as follows:
    ///
    /// - **obs**
    /// - **evs**
    pub storage_list: Option<
        Vec<DevelopmentEnvironmentInstanceFlavorDetailStorageListItem>,
    >,
    /// Whether the current user has the permission to use this flavor
    pub is_permitted: Option<bool>,
    /// Flavor status. The options are as follows:
    ///
    /// - **GPU**
    /// - **CPU**
    /// - **ASCEND**
    ///
    /// Wire name: `type`.
    #[serde(rename = "type")]
    pub type_: Option<DevelopmentEnvironmentInstanceFlavorDetailType>,
    /// Parameters that describing flavor
    pub params: Option<serde_json::Value>,
    /// Promotion type. The options are as follows:
    ///
    /// - Free
    /// - NoDiscount
    pub promo_type: Option<String>,
    /// Number of instances of this flavor the current created
    pub instance_num: Option<i64>,
    /// Auto stop time after startup, in seconds
    pub duration: Option<i64>,
    /// Maximum retention period of an inactive instance of this flavor in the database, in hours
    /// The default value is **-1**, indicating that the instance can be permanently saved.
    ///
    /// Default: `-1`.
    pub store_time: Option<i64>,
    /// Billing specifications. If this field is left blank, the specifications name is used for billing.
    pub billing_flavor: Option<String>,
    /// Billing ratio This parameter is mandatory when **billing\_flavor** is specified.
    pub billing_params: Option<i64>,
}
/// pool parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct DevelopmentEnvironmentInstancePool {
    /// ID of a resource pool
    pub id: Option<String>,
    /// Name of a resource pool
    pub name: Option<String>,
    /// Type of a resource pool. **USER\_DEFINED** indicates a dedicated resource pool. Wire name: `type`.
    #[serde(rename = "type")]
    pub type_: Option<String>,
    /// This parameter is mandatory when **type** is set to **USER\_DEFINED**. For details, see Table 18.
    pub owner: Option<DevelopmentEnvironmentInstanceOwner>,
}
/// owner parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct DevelopmentEnvironmentInstanceOwner {
    /// Project ID
    pub project_id: Option<String>,
}
/// notebook parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct DevelopmentEnvironmentInstanceNotebookResponse {
    /// Path for storing custom image logs
    pub log_path: Option<String>,
    /// Path for storing custom initialization scripts used when a notebook instance is started
    pub custom_script_path: Option<String>,
    /// Storage path. For details, see Table 20.
    pub storage: Option<DevelopmentEnvironmentInstanceStorageResponse>,
    /// AK and SK for accessing OBS. For details, see Table 30.
    pub credential: Option<DevelopmentEnvironmentInstanceCredential>,
    /// Git repository information. For details, see Table 28. This parameter cannot be used. It is automatically returned when the API is called.
    pub repository: Option<DevelopmentEnvironmentInstanceRepository>,
    /// Time when the resource is reserved
    pub resource_reserved_timestamp: Option<i64>,
    /// Auto stop parameter. For details, see Table 23.
    pub auto_stop: Option<DevelopmentEnvironmentInstanceAutoStopResponse>,
    /// Cause for a creation or startup failure. For details, see Table 22.
    pub failed_reasons: Option<DevelopmentEnvironmentInstanceFailedReason>,
    /// Annotations
    /// The generated URL cannot be directly accessed.
    pub annotations: Option<std::collections::BTreeMap<String, String>>,
    /// Extended parameter
    pub extend_params: Option<std::collections::BTreeMap<String, String>>,
}
/// storage parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct DevelopmentEnvironmentInstanceStorageResponse {
    /// Storage type.
    /// Only **obs** and **evs** are supported.
    ///
    /// Wire name: `type`.
    #[serde(rename = "type")]
    pub type_: Option<String>,
    /// Storage location. If **type** is set to **obs**, this parameter is mandatory. See Table 21. By default, this parameter is left blank.
    pub location: Option<DevelopmentEnvironmentInstanceLocationResponse>,
}
/// location parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct DevelopmentEnvironmentInstanceLocationResponse {
    /// Storage path
    ///
    /// - If **type** is set to **obs**, this parameter is mandatory. The value must be a valid OBS bucket path and end with a slash (/). The value must be a specific directory in an OBS bucket rather than the root directory of an OBS bucket.
    pub path: Option<String>,
    /// If **type** is set to **obs**, this parameter does not need to be set.
    pub volume_size: Option<i64>,
}
/// credential parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct DevelopmentEnvironmentInstanceCredential {
    /// SSH private certificate
    pub ssh_private_key: Option<String>,
    /// OAuth token of GitHub
    pub access_token: Option<String>,
}
/// repository parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct DevelopmentEnvironmentInstanceRepository {
    /// Repository ID
    pub id: Option<String>,
    /// Repository branch
    pub branch: Option<String>,
    /// Repository username
    pub user_name: Option<String>,
    /// Repository user mailbox
    pub user_email: Option<String>,
    /// Repository type. The options are **CodeClub** and **GitHub**. Wire name: `type`.
    #[serde(rename = "type")]
    pub type_: Option<String>,
    /// Repository link information. For details, see Table 29.
    pub connection_info: Option<DevelopmentEnvironmentInstanceConnectionInfo>,
}
/// connection\_info parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct DevelopmentEnvironmentInstanceConnectionInfo {
    /// Repository link protocol. The options are **ssh** and **https**.
    pub protocol: Option<String>,
    /// Repository link address
    pub url: Option<String>,
    /// Certificate information. For details, see Table 30.
    pub credential: Option<DevelopmentEnvironmentInstanceCredential>,
}
/// auto\_stop parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct DevelopmentEnvironmentInstanceAutoStopResponse {
    /// Whether to enable the auto stop function
    pub enable: Option<bool>,
    /// Running duration, in seconds
    pub duration: Option<i64>,
    /// Whether to display a prompt again. This parameter is provided for the console to use.
    pub prompt: Option<bool>,
    /// Time when the instance stops. The value is a 13-digit timestamp.
    pub stop_timestamp: Option<i64>,
    /// Remaining time before actual stop, in seconds
    pub remain_time: Option<i64>,
}
/// failed\_reasons parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct DevelopmentEnvironmentInstanceFailedReason {
    /// Error code.
    pub code: Option<String>,
    /// Error message
    pub message: Option<String>,
    /// Error details
    pub detail: Option<std::collections::BTreeMap<String, String>>,
}
/// workspace parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct DevelopmentEnvironmentInstanceWorkspaceResponse {
    /// Workspace ID
    pub id: Option<String>,
}
/// AIProject parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AiProjectResponse {
    /// AI project ID
    pub id: Option<String>,
}
/// queuing\_info parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct DevelopmentEnvironmentInstanceQueuingInfo {
    /// Instance ID
    pub id: Option<String>,
    /// Instance name
    pub name: Option<String>,
    /// Development environment type. By default, all types are returned.
    /// Only **Notebook** is supported.
    pub de_type: Option<String>,
    /// Instance flavor. By default, all types are returned.
    pub flavor: Option<String>,
    /// Flavor details, which display the flavor information and whether the flavor is sold out For details, see Table 16.
    pub flavor_details: Option<DevelopmentEnvironmentInstanceFlavorDetail>,
    /// Instance status. By default, all statuses are returned, including:
    ///
    /// - **CREATE\_QUEUING**
    /// - **START\_QUEUING**
    pub status: Option<String>,
    /// Time when an instance starts queuing. The value is a 13-digit timestamp.
    pub begin_timestamp: Option<i64>,
    /// Left queuing time, in seconds
    pub remain_time: Option<i64>,
    /// Time when an instance completes queuing. The value is a 13-digit timestamp.
    pub end_timestamp: Option<i64>,
    /// Ranking of an instance in a queue
    pub rank: Option<i64>,
}
/// user parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct DevelopmentEnvironmentInstanceUser {
    /// User ID
    pub id: Option<String>,
    /// Username
    pub name: Option<String>,
}
/// Parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListDevelopmentEnvironmentInstancesResponse {
    /// Total number of development environments.
    pub total_count: Option<i64>,
    /// Configuration list. For details, see Table 4.
    pub instances: Option<Vec<DevelopmentEnvironmentInstance>>,
}
/// instances parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct DevelopmentEnvironmentInstance {
    /// Instance ID
    pub id: Option<String>,
    /// Instance name
    pub name: Option<String>,
    /// Instance description
    pub description: Option<String>,
    /// Instance status
    pub status: Option<String>,
    /// Time when an instance is created
    pub creation_timestamp: Option<String>,
    /// Configuration information. For details, see Table 5.
    pub profile: Option<ListDevelopmentEnvironmentInstancesProfile>,
    /// Instance flavor
    pub flavor: Option<String>,
    /// Instance definition. For details about parameters of a notebook instance, see Table 13.
    pub spec: Option<ListDevelopmentEnvironmentInstancesNotebook>,
    /// Workspace. For details, see Table 17.
    pub workspace: Option<DevelopmentEnvironmentInstanceWorkspaceResponse>,
    /// Time when an instance is modified
    pub latest_update_timestamp: Option<String>,
    /// Flavor details. For details, see Table 9.
    pub flavor_details: Option<ListDevelopmentEnvironmentInstancesFlavorDetail>,
    /// Dedicated resource pool. For details, see Table 10.
    pub pool: Option<DevelopmentEnvironmentInstancePool>,
    /// AI project. For details, see Table 11.
    pub ai_project: Option<AiProjectResponse>,
    /// Error code. For details, see Error Codes.
    pub error_code: Option<String>,
    /// Queuing information. For details, see Table 18.
    pub queuing_info: Option<ListDevelopmentEnvironmentInstancesQueuingInfo>,
    /// User information. For details, see Table 19.
    pub user: Option<DevelopmentEnvironmentInstanceUser>,
    /// Git repository information. For details, see Table 20. This parameter cannot be used. It is automatically returned when the API is called.
    pub repository: Option<DevelopmentEnvironmentInstanceRepository>,
}
/// profile parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListDevelopmentEnvironmentInstancesProfile {
    /// Configuration ID
    pub id: Option<String>,
    /// Configuration name
    pub name: Option<String>,
    /// Configuration description
    pub description: Option<String>,
    /// Development environment type. Only **Notebook** is supported.
    pub de_type: Option<String>,
    /// Deployment information. For details, see Table 6.
    pub provision: Option<ListDevelopmentEnvironmentInstancesProvision>,
    /// Label information, which can be extended
    pub labels: Option<std::collections::BTreeMap<String, String>>,
    /// Hardware, which can be **CPU**, **GPU**, or **Ascend**.
    pub flavor_type: Option<String>,
}
/// provision parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListDevelopmentEnvironmentInstancesProvision {
    /// Deployment type. Only **Docker** is supported. Wire name: `type`.
    #[serde(rename = "type")]
    pub type_: Option<String>,
    /// Deployment details. For details, see Table 7.
    pub spec: Option<DevelopmentEnvironmentInstanceSpec>,
    /// Label information, which can be extended. By default, this parameter is left blank.
    pub annotations: Option<std::collections::BTreeMap<String, String>>,
}
/// notebook parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListDevelopmentEnvironmentInstancesNotebook {
    /// Auto stop parameter. For details, see Table 16.
    pub auto_stop: Option<DevelopmentEnvironmentInstanceAutoStopResponse>,
    /// Annotations
    /// The generated URL cannot be directly accessed.
    pub annotations: Option<std::collections::BTreeMap<String, String>>,
    /// Cause for a creation or startup failure. See Table 15.
    pub failed_reasons: Option<DevelopmentEnvironmentInstanceFailedReason>,
    /// Extended parameter
    pub extend_params: Option<std::collections::BTreeMap<String, String>>,
}
crate::support::open_enum!(
    #[doc = " Promotion type. The options are as follows:"] #[doc = ""] #[doc =
    " - **Free**"] #[doc = " - **NoDiscount**"]
    ListDevelopmentEnvironmentInstancesFlavorDetailPromoType { Free = "Free", NoDiscount
    = "NoDiscount" }
);
/// flavor\_details parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListDevelopmentEnvironmentInstancesFlavorDetail {
    /// Flavor name
    pub name: Option<String>,
    /// Flavor sale status The options are as follows:
    ///
    /// - **onSale**
    /// - **soldOut**
    pub status: Option<DevelopmentEnvironmentInstanceFlavorDetailStatus>,
    /// This parameter is mandatory when **promo\_type** is set to **Free** and **status** is set to **soldOut**.
    pub queuing_num: Option<i64>,
    /// Left queuing time, in seconds
    /// This parameter is mandatory when **promo\_type** is set to **Free** and **status** is set to **soldOut**.
    pub queue_left_time: Option<i64>,
    /// Supported storage type. The options are **obs**, **evs**, and **efs**.
    pub storage_list: Option<Vec<serde_json::Value>>,
    /// Whether the current user has the permission to use this flavor
    pub is_permitted: Option<bool>,
    /// Flavor status. The options are as follows:
    ///
    /// - **GPU**
    /// - **CPU**
    /// - **ASCEND**
    ///
    /// Wire name: `type`.
    #[serde(rename = "type")]
    pub type_: Option<DevelopmentEnvironmentInstanceFlavorDetailType>,
    /// Parameters that describing flavor
    pub params: Option<serde_json::Value>,
    /// Promotion type. The options are as follows:
    ///
    /// - **Free**
    /// - **NoDiscount**
    pub promo_type: Option<ListDevelopmentEnvironmentInstancesFlavorDetailPromoType>,
    /// Number of instances of this flavor the current created
    pub instance_num: Option<i64>,
    /// Auto stop time after startup, in seconds
    pub duration: Option<i64>,
    /// Maximum retention period of an inactive instance of this flavor in the database, in hours
    /// The default value is **-1**, indicating that the instance can be permanently saved.
    ///
    /// Default: `-1`.
    pub store_time: Option<i64>,
    /// Billing specifications. If this field is left blank, the specifications name is used for billing.
    pub billing_flavor: Option<String>,
    /// Billing ratio This parameter is mandatory when **billing\_flavor** is specified.
    pub billing_params: Option<i64>,
}
/// queuing\_info parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListDevelopmentEnvironmentInstancesQueuingInfo {
    /// Instance ID
    pub id: Option<String>,
    /// Instance name
    pub name: Option<String>,
    /// Development environment type. By default, all types are returned.
    /// Only **Notebook** is supported.
    pub de_type: Option<String>,
    /// Instance flavor. By default, all types are returned.
    pub flavor: Option<String>,
    /// Flavor details, which display the flavor information and whether the flavor is sold out For details, see Table 9.
    pub flavor_details: Option<ListDevelopmentEnvironmentInstancesFlavorDetail>,
    /// Instance status. By default, all statuses are returned, including:
    ///
    /// - **CREATE\_QUEUING**
    /// - **START\_QUEUING**
    pub status: Option<String>,
    /// Time when an instance starts queuing. The value is a 13-digit timestamp.
    pub begin_timestamp: Option<i64>,
    /// Left queuing time, in seconds
    pub remain_time: Option<i64>,
    /// Time when an instance completes queuing. The value is a 13-digit timestamp.
    pub end_timestamp: Option<i64>,
    /// Ranking of an instance in a queue
    pub rank: Option<i64>,
}
/// Parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ShowDevelopmentEnvironmentInstanceResponse {
    /// Instance ID
    pub id: Option<String>,
    /// Instance name
    pub name: Option<String>,
    /// Instance description
    pub description: Option<String>,
    /// Instance status
    pub status: Option<String>,
    /// Time when an instance is created
    pub creation_timestamp: Option<String>,
    /// Configuration information. For details, see Table 3.
    pub profile: Option<DevelopmentEnvironmentInstanceProfile>,
    /// Instance flavor
    pub flavor: Option<String>,
    /// Instance specifications of the notebook type. For details, see Table 11.
    pub spec: Option<ShowDevelopmentEnvironmentInstanceNotebook>,
    /// Workspace. For details, see Table 16.
    pub workspace: Option<DevelopmentEnvironmentInstanceWorkspace>,
    /// Time when an instance is modified
    pub latest_update_timestamp: Option<String>,
    /// Flavor details. See Table 7.
    pub flavor_details: Option<ListDevelopmentEnvironmentInstancesFlavorDetail>,
    /// Dedicated resource pool. See Table 8.
    pub pool: Option<DevelopmentEnvironmentInstancePool>,
    /// AI project. For details, see Table 9.
    pub ai_project: Option<AIProject>,
    /// Error code. For details, see Error Codes.
    pub error_code: Option<String>,
    /// Queuing information. For details, see Table 17.
    pub queuing_info: Option<ShowDevelopmentEnvironmentInstanceQueuingInfo>,
    /// User information. For details, see Table 18.
    pub user: Option<DevelopmentEnvironmentInstanceUser>,
}
/// notebook parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ShowDevelopmentEnvironmentInstanceNotebook {
    /// Path for storing custom image logs
    pub log_path: Option<String>,
    /// Path for storing custom initialization scripts used when a notebook instance is started
    pub custom_script_path: Option<String>,
    /// Storage path. For details, see Table 12.
    pub storage: Option<ShowDevelopmentEnvironmentInstanceStorage>,
    /// AK and SK for accessing OBS. For details, see Table 21.
    pub credential: Option<DevelopmentEnvironmentInstanceCredential>,
    /// Git repository information. For details, see Table 19. This parameter cannot be used. It is automatically returned when the API is called.
    pub repository: Option<DevelopmentEnvironmentInstanceRepository>,
    /// Time when the resource is reserved
    pub resource_reserved_timestamp: Option<i64>,
    /// Auto stop parameter. For details, see Table 14.
    pub auto_stop: Option<DevelopmentEnvironmentInstanceAutoStopResponse>,
    /// Cause for a creation or startup failure. For details, see Table 15.
    pub failed_reasons: Option<DevelopmentEnvironmentInstanceFailedReason>,
    /// Annotations
    /// The generated URL cannot be directly accessed.
    pub annotations: Option<std::collections::BTreeMap<String, String>>,
    /// Extended parameter
    pub extend_params: Option<std::collections::BTreeMap<String, String>>,
}
/// storage parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ShowDevelopmentEnvironmentInstanceStorage {
    /// Storage type.
    /// Only **obs** and **evs** are supported.
    ///
    /// Wire name: `type`.
    #[serde(rename = "type")]
    pub type_: Option<String>,
    /// Storage location. If **type** is set to **obs**, this parameter is mandatory. See Table 13. By default, this parameter is left blank.
    pub location: Option<DevelopmentEnvironmentInstanceLocationResponse>,
}
/// queuing\_info parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ShowDevelopmentEnvironmentInstanceQueuingInfo {
    /// Instance ID
    pub id: Option<String>,
    /// Instance name
    pub name: Option<String>,
    /// Development environment type. By default, all types are returned.
    /// Only **Notebook** is supported.
    pub de_type: Option<String>,
    /// Instance flavor. By default, all types are returned.
    pub flavor: Option<String>,
    /// Flavor details, which display the flavor information and whether the flavor is sold out For details, see Table 7.
    pub flavor_details: Option<ListDevelopmentEnvironmentInstancesFlavorDetail>,
    /// Instance status. By default, all statuses are returned, including:
    ///
    /// - **CREATE\_QUEUING**
    /// - **START\_QUEUING**
    pub status: Option<String>,
    /// Time when an instance starts queuing. The value is a 13-digit timestamp.
    pub begin_timestamp: Option<i64>,
    /// Left queuing time, in seconds
    pub remain_time: Option<i64>,
    /// Time when an instance completes queuing. The value is a 13-digit timestamp.
    pub end_timestamp: Option<i64>,
    /// Ranking of an instance in a queue
    pub rank: Option<i64>,
}
/// Parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct UpdateEnvironmentInstanceDescriptionRequest {
    /// Configuration description. The value contains a maximum of 512 characters and cannot contain the following special characters: \&\<\>"'/. Length at most 512.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Instance definition. For details, see Table 3.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub spec: Option<EnvironmentInstanceDescriptionSpec>,
}
/// spec parameters
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EnvironmentInstanceDescriptionSpec {
    /// Auto stop parameter. For details, see Table 4.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub auto_stop: Option<EnvironmentInstanceDescriptionAutoStop>,
}
crate::support::setters!(
    @ model EnvironmentInstanceDescriptionSpec { auto_stop :
    EnvironmentInstanceDescriptionAutoStop }
);
/// auto\_stop parameters
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EnvironmentInstanceDescriptionAutoStop {
    /// Whether to enable the auto stop function. The value **true** indicates that the function is enabled and the instance will automatically stop when the running duration is reached. The value **false** indicates that the function is disabled. The default value is **false**.
    ///
    /// Default: `false`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub enable: Option<bool>,
    /// Running duration, in seconds. The value ranges from 3,600 to 86,400. After this parameter is set, it is valid for each startup. This parameter is mandatory when **enable** is set to **true**. If the current instance status is **Running**, the modifications of this parameter take effect only after the next startup.
    ///
    /// Range 3 to 600.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub duration: Option<i64>,
    /// Whether to display a prompt again. This parameter is provided for the console to determine whether to display a prompt again. The default value is **true**.
    ///
    /// Default: `true`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub prompt: Option<bool>,
}
crate::support::setters!(
    @ model EnvironmentInstanceDescriptionAutoStop { enable : bool, duration : i64,
    prompt : bool }
);
/// Parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct UpdateEnvironmentInstanceDescriptionResponse {
    /// Instance ID
    pub id: Option<String>,
    /// Instance name
    pub name: Option<String>,
    /// Instance description
    pub description: Option<String>,
    /// Instance status
    pub status: Option<String>,
    /// Time when an instance is created
    pub creation_timestamp: Option<String>,
    /// Time when an instance is modified
    pub latest_update_timestamp: Option<String>,
    /// Configuration information. For details, see Table 16.
    pub profile: Option<DevelopmentEnvironmentInstanceFlavorDetail>,
    /// Instance flavor
    pub flavor: Option<String>,
    /// For details about the flavor, see Table 10.
    pub flavor_details: Option<DevelopmentEnvironmentInstanceFlavorDetail>,
    /// For details about the dedicated resource pool, see Table 11.
    pub pool: Option<EnvironmentInstanceDescriptionPool>,
    /// Instance definition For details about parameters of a notebook instance, see Table 14.
    pub spec: Option<EnvironmentInstanceDescriptionNotebook>,
    /// Workspace. For details, see Table 7.
    pub workspace: Option<DevelopmentEnvironmentInstanceWorkspace>,
    /// AI project. For details, see Table 10.
    pub ai_project: Option<AIProject>,
    /// Error code. For details, see Error Codes.
    pub error_code: Option<String>,
    /// Queuing information. For details, see Table 20.
    pub queuing_info: Option<EnvironmentInstanceDescriptionQueuingInfo>,
    /// User information. For details, see Table 21.
    pub user: Option<DevelopmentEnvironmentInstanceUser>,
    /// Git repository information. For details, see Table 22. This parameter cannot be used. It is automatically returned when the API is called.
    pub repository: Option<EnvironmentInstanceDescriptionRepository>,
}
/// pool parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EnvironmentInstanceDescriptionPool {
    /// ID of a resource pool
    pub id: Option<String>,
    /// Name of a resource pool
    pub name: Option<String>,
    /// Type of a resource pool. **USER\_DEFINED** indicates a dedicated resource pool. Wire name: `type`.
    #[serde(rename = "type")]
    pub type_: Option<String>,
    /// This parameter is mandatory when **type** is set to **USER\_DEFINED**. For details, see Table 13.
    pub owner: Option<EnvironmentInstanceDescriptionOwner>,
}
/// owner parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EnvironmentInstanceDescriptionOwner {
    /// Project ID
    pub project_id: String,
}
/// notebook parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EnvironmentInstanceDescriptionNotebook {
    /// Path for storing custom image logs
    pub log_path: Option<String>,
    /// Path for storing custom initialization scripts used when a notebook instance is started
    pub custom_script_path: Option<String>,
    /// Storage path. For details, see Table 15.
    pub storage: Option<EnvironmentInstanceDescriptionStorage>,
    /// AK and SK for accessing OBS. For details, see Table 24.
    pub credential: Option<DevelopmentEnvironmentInstanceCredential>,
    /// Git repository information. For details, see Table 22. This parameter cannot be used. It is automatically returned when the API is called.
    pub repository: Option<EnvironmentInstanceDescriptionRepository>,
    /// Time when the resource is reserved
    pub resource_reserved_timestamp: Option<i64>,
    /// Auto stop parameter. For details, see Table 17.
    pub auto_stop: Option<DevelopmentEnvironmentInstanceAutoStopResponse>,
    /// Cause for a creation or startup failure. For details, see Table 18.
    pub failed_reasons: Option<EnvironmentInstanceDescriptionFailedReason>,
    /// Annotations
    /// The generated URL cannot be directly accessed.
    pub annotations: Option<std::collections::BTreeMap<String, String>>,
    /// Extended parameter
    pub extend_params: Option<std::collections::BTreeMap<String, String>>,
}
/// storage parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EnvironmentInstanceDescriptionStorage {
    /// Storage type. Only **obs** and **evs** are supported. Wire name: `type`.
    #[serde(rename = "type")]
    pub type_: Option<String>,
    /// Storage location. If **type** is set to **obs**, this parameter is mandatory. See Table 16. By default, this parameter is left blank.
    pub location: Option<DevelopmentEnvironmentInstanceLocation>,
}
/// repository parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EnvironmentInstanceDescriptionRepository {
    /// Repository ID
    pub id: Option<String>,
    /// Repository branch
    pub branch: Option<String>,
    /// Repository username
    pub user_name: Option<String>,
    /// Repository user mailbox
    pub user_email: Option<String>,
    /// Repository type. The options are **CodeClub** and **GitHub**. Wire name: `type`.
    #[serde(rename = "type")]
    pub type_: Option<String>,
    /// Repository link information. For details, see Table 23.
    pub connection_info: Option<EnvironmentInstanceDescriptionConnectionInfo>,
}
/// connection\_info parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EnvironmentInstanceDescriptionConnectionInfo {
    /// Repository link protocol. The options are **ssh** and **https**.
    pub protocol: Option<String>,
    /// Repository link address
    pub url: Option<String>,
    /// Certificate information. For details, see Table 21.
    pub credential: Option<DevelopmentEnvironmentInstanceUser>,
}
/// failed\_reasons parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EnvironmentInstanceDescriptionFailedReason {
    /// Error code
    pub code: Option<String>,
    /// Error message
    pub message: Option<String>,
    /// Error details
    pub detail: Option<std::collections::BTreeMap<String, String>>,
}
/// queuing\_info parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EnvironmentInstanceDescriptionQueuingInfo {
    /// Instance ID
    pub id: Option<String>,
    /// Instance name
    pub name: Option<String>,
    /// Development environment type. By default, all types are returned.
    /// Only **Notebook** is supported.
    pub de_type: Option<String>,
    /// Instance flavor. By default, all types are returned.
    pub flavor: Option<String>,
    /// Flavor details, which display the flavor information and whether the flavor is sold out For details, see Table 10.
    pub flavor_details: Option<DevelopmentEnvironmentInstanceFlavorDetail>,
    /// Instance status. By default, all statuses are returned, including:
    ///
    /// - **CREATE\_QUEUING**
    /// - **START\_QUEUING**
    pub status: Option<String>,
    /// Time when an instance starts queuing. The value is a 13-digit timestamp.
    pub begin_timestamp: Option<i64>,
    /// Left queuing time, in seconds
    pub remain_time: Option<i64>,
    /// Time when an instance completes queuing. The value is a 13-digit timestamp.
    pub end_timestamp: Option<i64>,
    /// Ranking of an instance in a queue
    pub rank: Option<i64>,
}
/// Parameter description
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct DeleteDevelopmentEnvironmentInstanceResponse {
    /// Instance ID
    pub instance_id: Option<String>,
}
crate::support::open_enum!(
    #[doc =
    " Operation on a development environment instance. The options are as follows:"]
    #[doc = ""] #[doc = " - **start**"] #[doc = " - **stop**"]
    ManageDevelopmentEnvironmentInstanceRequestAction { Start = "start", Stop = "stop" }
);
/// Parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ManageDevelopmentEnvironmentInstanceRequest {
    /// Operation on a development environment instance. The options are as follows:
    ///
    /// - **start**
    /// - **stop**
    pub action: ManageDevelopmentEnvironmentInstanceRequestAction,
}
/// Parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ManageDevelopmentEnvironmentInstanceResponse {
    /// Current status of an instance
    pub current_status: Option<String>,
    /// Previous status of an instance
    pub previous_state: Option<String>,
}
/// Parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListTrainingJobLogsResponse {
    /// Error message of a failed API call.
    /// This parameter is not included when the API call succeeds.
    pub error_message: Option<String>,
    /// Error code of a failed API call. For details, see Error Codes.
    /// This parameter is not included when the API call succeeds.
    pub error_code: Option<String>,
    /// Content of the requested log
    pub content: Option<String>,
    /// Lines of the obtained logs
    pub lines: Option<i64>,
    /// Start position of the obtained log
    pub start_line: Option<String>,
    /// End position of the obtained log
    pub end_line: Option<String>,
    /// Whether the request is successful
    pub is_success: Option<bool>,
}
/// Parameter description
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ShowJobContainerInformationResponse {
    /// Error message when the API call fails.
    /// This parameter is not included when the API call succeeds.
    pub error_message: Option<String>,
    /// Error code when the API call fails. For details, see Error Codes.
    /// This parameter is not included when the API call succeeds.
    pub error_code: Option<String>,
    /// Metric monitoring details. For details, see Table 4.
    pub metrics: Option<Vec<JobContainerInformationMetrics>>,
    /// Query interval, in minutes.
    pub interval: Option<i64>,
}
/// metrics data structure
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct JobContainerInformationMetrics {
    /// Monitoring metrics
    pub metric: Option<String>,
    /// Sequence of the obtained metric value. The element is of the String type.
    pub value: Option<Vec<serde_json::Value>>,
}
/// Parameter description
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ShowPoolNodesMonitoringInformationResponse {
    /// Error message of a failed API call.
    /// This parameter is not included when the API call succeeds.
    pub error_message: Option<String>,
    /// Indicates the error code when the API fails to be called. Error code of a failed API call. For details, see Error Codes.
    /// This parameter is not included when the API call succeeds.
    pub error_code: Option<String>,
    /// Metric monitoring details. For details, see Table 4.
    pub metrics: Option<Vec<PoolNodesMonitoringInformationMetrics>>,
    /// Query interval, in minutes.
    pub interval: Option<i64>,
}
/// metrics data structure
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct PoolNodesMonitoringInformationMetrics {
    /// Monitoring metrics
    pub metric: Option<String>,
    /// Sequence of the obtained metric value. The element is of the String type.
    pub value: Option<Vec<serde_json::Value>>,
}
crate::support::open_enum!(
    #[doc =
    " Operation on a development environment instance. The value can be **restart**."]
    RestartMlStudioInstanceRequestAction { Restart = "restart" }
);
/// Parameter description
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct RestartMlStudioInstanceRequest {
    /// Operation on a development environment instance. The value can be **restart**.
    pub action: RestartMlStudioInstanceRequestAction,
}
/// Parameter description
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct RestartMlStudioInstanceResponse {
    /// Current status of an instance
    pub current_status: Option<String>,
    /// Previous status of an instance
    pub previous_state: Option<String>,
}
/// Parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListServiceEventLogsResponse {
    /// Service ID
    pub service_id: Option<String>,
    /// Service name
    pub service_name: Option<String>,
    /// Event logs. For details, see Table 4.
    pub events: Option<Vec<ServiceEventLogEvent>>,
    /// Total number of events that meet the search criteria when no paging is implemented
    pub total_count: Option<i64>,
    /// Number of events in the query result
    pub count: Option<i64>,
}
/// event structure
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ServiceEventLogEvent {
    /// Time when an event occurs. The value is milliseconds between the current time and '1970.1.1 0:0:0 UTC'.
    pub occur_time: Option<f64>,
    /// Event type. Possible values are **normal** and **abnormal**, indicating whether the event is normal or abnormal.
    pub event_type: Option<String>,
    /// Event information,' including service operation records, key actions during deployment, and deployment failure causes.
    pub event_info: Option<String>,
}
/// Parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListDedicatedResourcePoolsResponse {
    /// Total number of clusters that meet the search criteria when no paging is implemented
    pub total_count: Option<i64>,
    /// Number of clusters in the query result. If **offset** and **limit** are not set, the values of **count** and **total** are the same.
    pub count: Option<i64>,
    /// List of queried clusters. For details, see Table 3.
    pub clusters: Option<Vec<DedicatedResourcePoolCluster>>,
}
crate::support::open_enum!(
    #[doc =
    " Cluster status. The value can be **deploying**, **running**, **concerning**, or **abnormal**."]
    DedicatedResourcePoolClusterStatus { Deploying = "deploying", Running = "running",
    Concerning = "concerning", Abnormal = "abnormal" }
);
/// cluster parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct DedicatedResourcePoolCluster {
    /// Cluster ID
    pub cluster_id: Option<String>,
    /// Cluster name
    pub cluster_name: Option<String>,
    /// Cluster remarks
    pub description: Option<String>,
    /// Tenant to which a cluster belongs
    pub tenant: Option<String>,
    /// Project to which a cluster belongs
    pub project: Option<String>,
    /// User to which a cluster belongs
    pub owner: Option<String>,
    /// Time when a cluster is created, in milliseconds calculated from 1970.1.1 0:0:0 UTC
    pub created_at: Option<i64>,
    /// Cluster status. The value can be **deploying**, **running**, **concerning**, or **abnormal**.
    pub status: Option<DedicatedResourcePoolClusterStatus>,
    /// Node configuration. For details, see Table 4.
    pub nodes: Option<DedicatedResourcePoolNode>,
    /// Number of available CPU cores
    pub allocatable_cpu_cores: Option<f32>,
    /// Number of available memory resources
    pub allocatable_memory: Option<i64>,
    /// Number of available GPU cores
    pub allocatable_gpus: Option<f32>,
    /// Product ID
    pub product_id: Option<String>,
    /// Order ID
    pub order_id: Option<String>,
    /// Subscription period type
    pub period_type: Option<String>,
    /// Number of subscription periods
    pub period_num: Option<i64>,
}
/// node parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct DedicatedResourcePoolNode {
    /// Node specifications
    pub specification: Option<String>,
    /// Number of nodes
    pub count: Option<i64>,
    /// Number of available nodes
    pub available_count: Option<i64>,
}
/// model\_metric\_list parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct TrainingJobVersionModelMetricList {
    /// Validation metrics of a classification of a training job. For details, see Table 7.
    pub metric: Option<Vec<TrainingJobVersionMetric>>,
    /// Overall validation parameters of a training job. For details, see Table 9.
    pub total_metric: Option<TrainingJobVersionTotalMetric>,
}
/// metric parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct TrainingJobVersionMetric {
    /// Validation metrics of a classification of a training job. For details, see Table 8.
    pub metric_values: Option<TrainingJobVersionMetricValue>,
    /// Reserved parameter
    pub reserved_data: Option<serde_json::Value>,
    /// Classification of a training job, including the classification ID and name
    pub metric_meta: Option<serde_json::Value>,
}
/// metric\_values parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct TrainingJobVersionMetricValue {
    /// Recall of a classification of a training job
    pub recall: Option<f32>,
    /// Precision of a classification of a training job
    pub precision: Option<f32>,
    /// Accuracy of a classification of a training job
    pub accuracy: Option<f32>,
}
/// total\_metric parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct TrainingJobVersionTotalMetric {
    /// Reserved parameter
    pub total_metric_meta: Option<serde_json::Value>,
    /// Reserved parameter
    pub total_reserved_data: Option<serde_json::Value>,
    /// Overall validation metrics of a training job. For details, see Table 10.
    pub total_metric_values: Option<TrainingJobVersionTotalMetricValue>,
}
/// total\_metric\_values parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct TrainingJobVersionTotalMetricValue {
    /// F1 score of a training job
    pub f1_score: Option<f32>,
    /// Total recall of a training job
    pub recall: Option<f32>,
    /// Total precision of a training job
    pub precision: Option<f32>,
    /// Total accuracy of a training job
    pub accuracy: Option<f32>,
}
/// model\_metric\_list parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListTrainingJobVersionsModelMetricList {
    /// Validation metrics of a classification of a training job
    pub metric: Option<Vec<TrainingJobVersionMetric>>,
    /// Overall validation parameters of a training job. For details, see Table 11.
    pub total_metric: Option<ListTrainingJobVersionsTotalMetric>,
}
/// total\_metric parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListTrainingJobVersionsTotalMetric {
    /// Reserved parameter
    pub total_metric_meta: Option<Vec<serde_json::Value>>,
    /// Reserved parameter
    pub total_reserved_data: Option<Vec<serde_json::Value>>,
    /// Overall validation metrics of a training job. For details, see Table 12.
    pub total_metric_values: Option<Vec<TrainingJobVersionTotalMetricValue>>,
}
/// parameter parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct BuiltinAlgorithmParameter {
    /// Parameter name
    pub label: Option<String>,
    /// Parameter value
    pub value: Option<String>,
    /// Whether a parameter is mandatory
    pub required: Option<bool>,
}
/// metric parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ModelMetric {
    /// F1 score
    pub f1: Option<f64>,
    /// Recall
    pub recall: Option<f64>,
    /// Precision
    pub precision: Option<f64>,
    /// Accuracy
    pub accuracy: Option<f64>,
}
crate::support::open_enum!(
    #[doc =
    " Status of a model instance on a node. The value can be **running**, **stopped**, **notReady**, or **failed**."]
    ServiceNodeInstanceStatus { Running = "running", Stopped = "stopped", NotReady =
    "notReady", Failed = "failed" }
);
crate::support::open_enum!(
    #[doc = " Host status. Options:"] #[doc = ""] #[doc = " - **RUNNING**: running"]
    #[doc = " - **FAIL**: faulty"] #[doc = " - **UNCONNECTED**: disconnected"]
    ServiceNodeState { Running = "RUNNING", Fail = "FAIL", Unconnected = "UNCONNECTED" }
);
/// node parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ServiceNode {
    /// Node ID
    pub id: Option<String>,
    /// Node name
    pub name: Option<String>,
    /// Status of a model instance on a node. The value can be **running**, **stopped**, **notReady**, or **failed**.
    pub instance_status: Option<ServiceNodeInstanceStatus>,
    /// Inference URL of a node
    pub predict_url: Option<String>,
    /// Node label
    pub node_label: Option<String>,
    /// Description
    pub description: Option<String>,
    /// Host name of a node
    pub host_name: Option<String>,
    /// OS name
    pub os_name: Option<String>,
    /// OS type
    pub os_type: Option<String>,
    /// OS version
    pub os_version: Option<String>,
    /// Node architecture
    pub arch: Option<String>,
    /// Number of CPUs
    pub cpu: Option<i64>,
    /// Memory size, in MB
    pub memory: Option<i64>,
    /// Number of GPUs
    pub gpu_num: Option<i64>,
    /// Whether to enable the GPU
    pub enable_gpu: Option<String>,
    /// Host IP of a node
    pub host_ips: Option<Vec<String>>,
    /// Number of application instances deployed on a node
    pub deployment_num: Option<i64>,
    /// Host status. Options:
    ///
    /// - **RUNNING**: running
    /// - **FAIL**: faulty
    /// - **UNCONNECTED**: disconnected
    pub state: Option<ServiceNodeState>,
    /// Creation time, in the format of YYYY-MM-DDThh:mm:ss (UTC)
    pub created_at: Option<String>,
    /// Update time, in the format of YYYY-MM-DDThh:mm:ss (UTC)
    pub updated_at: Option<String>,
}
/// location parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListDevelopmentEnvironmentInstancesLocation {
    /// Storage path.
    ///
    /// - If **type** is set to **obs**, this parameter is mandatory. The value must be a valid OBS bucket path and end with a slash (/). The value must be a specific directory in an OBS bucket rather than the root directory of an OBS bucket.
    pub path: Option<String>,
    /// If **type** is set to **obs**, this parameter does not need to be set.
    pub volume_size: Option<i64>,
}
/// profile parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EnvironmentInstanceDescriptionProfile {
    /// Configuration ID
    pub id: Option<String>,
    /// Configuration name
    pub name: Option<String>,
    /// Configuration description
    pub description: Option<String>,
    /// Development environment type. Only **Notebook** is supported.
    pub de_type: Option<String>,
    /// Deployment information. For details, see Table 7.
    pub provision: Option<EnvironmentInstanceDescriptionProvision>,
    /// Label information
    pub labels: Option<std::collections::BTreeMap<String, String>>,
    /// Hardware, which can be **CPU**, **GPU**, or **Ascend**.
    pub flavor_type: Option<String>,
}
/// provision parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EnvironmentInstanceDescriptionProvision {
    /// Deployment type. Only **Docker** is supported. Wire name: `type`.
    #[serde(rename = "type")]
    pub type_: Option<String>,
    /// Deployment details. For details, see Table 8.
    pub spec: Option<EnvironmentInstanceDescriptionSpecResponse>,
}
/// spec parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EnvironmentInstanceDescriptionSpecResponse {
    /// Deployment engine. Only **CCE** is supported.
    pub engine: Option<String>,
    /// Deployment parameters. Only **Docker** is supported. For details, see Table 9.
    pub params: Option<DevelopmentEnvironmentInstanceDockerDeployment>,
}
/// AIProject parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EnvironmentInstanceDescriptionAiProject {
    /// AI project ID.
    pub id: Option<String>,
}
/// workspace parameters
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EnvironmentInstanceDescriptionWorkspace {
    /// Workspace ID If no workspace is created, the default value is **0**. If a workspace is created and used, use the actual value. Default: `0`.
    pub id: Option<String>,
}
crate::support::open_enum!(
    #[doc = " The values of `SortBy`."] SortBy { UserName = "user_name", CreateTime =
    "create_time" }
);
crate::support::open_enum!(
    #[doc = " The values of `Order`."] Order { Asc = "asc", Desc = "desc" }
);
crate::support::open_enum!(
    #[doc = " The values of `SortBy2`."] SortBy2 { CreateTime = "create_time",
    DatasetName = "dataset_name" }
);
crate::support::open_enum!(
    #[doc = " The values of `SortBy3`."] SortBy3 { CreateTime = "create_time", Name =
    "name", DurationSeconds = "duration_seconds" }
);
crate::support::open_enum!(
    #[doc = " The values of `SortBy4`."] SortBy4 { CreateTime = "create_time",
    VersionName = "version_name" }
);
crate::support::open_enum!(
    #[doc = " The values of `SortBy5`."] SortBy5 { CreateTime = "create_time", Email =
    "email" }
);
crate::support::open_enum!(
    #[doc = " The values of `SortBy6`."] SortBy6 { CreateTime = "create_time",
    WorkforceName = "workforce_name" }
);
crate::support::open_enum!(
    #[doc = " The values of `ResultProperty`."] ResultProperty { N1 = "-1", N0 = "0",
    N1_2 = "1", N2 = "2", N3 = "3" }
);
crate::support::open_enum!(
    #[doc = " The values of `Locale`."] Locale { ZhCn = "zh-cn", EnUs = "en-us" }
);
crate::support::open_enum!(
    #[doc = " The values of `SortBy7`."] SortBy7 { CreateTime = "create_time",
    WorkforceTaskName = "workforce_task_name" }
);
crate::support::open_enum!(
    #[doc = " The values of `Type`."] Type { BuildIn = "BUILD_IN", Dedicated =
    "DEDICATED" }
);
crate::support::open_enum!(
    #[doc = " The values of `SortBy8`."] SortBy8 { Name = "name", UpdateTime =
    "update_time", Status = "status" }
);
crate::support::open_enum!(
    #[doc = " The values of `SortBy9`."] SortBy9 { JobName = "job_name", JobDesc =
    "job_desc", Status = "status", Duration = "duration", VersionCount = "version_count",
    CreateTime = "create_time" }
);
crate::support::open_enum!(
    #[doc = " The values of `SortBy10`."] SortBy10 { Engine = "engine", ModelName =
    "model_name", ModelPrecision = "model_precision", ModelUsage = "model_usage",
    ModelSize = "model_size", CreateTime = "create_time", Parameter = "parameter" }
);
crate::support::open_enum!(
    #[doc = " The values of `SortBy11`."] SortBy11 { ConfigName = "config_name",
    ConfigDesc = "config_desc", CreateTime = "create_time" }
);
crate::support::open_enum!(
    #[doc = " The values of `ConfigType`."] ConfigType { Custom = "custom", Sample =
    "sample" }
);
crate::support::open_enum!(
    #[doc = " The values of `SortBy12`."] SortBy12 { JobId = "job_id", JobName =
    "job_name", JobDesc = "job_desc", CreateTime = "create_time", Status = "status" }
);
crate::support::open_enum!(
    #[doc = " The values of `JobType`."] JobType { Train = "train", Inference =
    "inference" }
);
crate::support::open_enum!(
    #[doc = " The values of `ModelStatus`."] ModelStatus { Publishing = "Publishing",
    Published = "Published", Failed = "Failed", Building = "Building", BuildingFailed =
    "Building_failed" }
);
crate::support::open_enum!(
    #[doc = " The values of `SortBy13`."] SortBy13 { CreateAt = "create_at", ModelVersion
    = "model_version", ModelSize = "model_size" }
);
crate::support::open_enum!(
    #[doc = " The values of `SortBy14`."] SortBy14 { PublishAt = "publish_at",
    ServiceName = "service_name" }
);
crate::support::open_enum!(
    #[doc = " The values of `Status`."] Status { Creating = "CREATING", CreateFailed =
    "CREATE_FAILED", Starting = "STARTING", Restarting = "RESTARTING", StartFailed =
    "START_FAILED", Running = "RUNNING", Stopping = "STOPPING", Stopped = "STOPPED",
    Unavailable = "UNAVAILABLE", Deleted = "DELETED", Resizing = "RESIZING", ResizeFailed
    = "RESIZE_FAILED" }
);
crate::support::open_enum!(
    #[doc = " The values of `Sortby`."] Sortby { Name = "name", CreationTimestamp =
    "creation_timestamp" }
);
crate::support::open_enum!(
    #[doc = " The values of `Metrics`."] Metrics { CpuUsage = "CpuUsage", MemUsage =
    "MemUsage", DiskReadRate = "DiskReadRate", DiskWriteRate = "DiskWriteRate",
    RecvBytesRate = "RecvBytesRate", SendBytesRate = "SendBytesRate", GpuUtil =
    "GpuUtil", GpuMemUsage = "GpuMemUsage" }
);
crate::support::open_enum!(
    #[doc = " The values of `EventType`."] EventType { Normal = "normal", Abnormal =
    "abnormal" }
);
crate::support::open_enum!(
    #[doc = " The values of `SortBy15`."] SortBy15 { CreatedAt = "created_at",
    ClusterName = "cluster_name" }
);
