//! Generated tests: every documented example against its type, and one request per operation and API version against a local server.
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;
/// Parses a test value.
fn v<T: DeserializeOwned>(json: &str) -> T {
    serde_json::from_str(json).unwrap_or_else(|e| panic!("{json}: {e}"))
}
/// Equal as JSON, where an absent field equals `null` and numbers compare by value.
fn same(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Object(x), Value::Object(y)) => {
            x.keys()
                .chain(y.keys())
                .all(|k| {
                    same(
                        x.get(k).unwrap_or(&Value::Null),
                        y.get(k).unwrap_or(&Value::Null),
                    )
                })
        }
        (Value::Array(x), Value::Array(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(p, q)| same(p, q))
        }
        (Value::Number(x), Value::Number(y)) => x.as_f64() == y.as_f64(),
        _ => a == b,
    }
}
fn round_trips<T: Serialize + DeserializeOwned>(json: &str) {
    let original: Value = v(json);
    let typed: T = v(json);
    let back = serde_json::to_value(&typed).expect("serializes");
    assert!(same(& original, & back), "lost or changed a field:\n{original}\n{back}");
}
fn deserializes<T: DeserializeOwned>(json: &str) {
    let _: T = v(json);
}
fn rejects<T: DeserializeOwned>(json: &str) {
    assert!(serde_json::from_str:: < T > (json).is_err(), "accepted {json}");
}
use wiremock::matchers::{method, path, query_param};
use wiremock::{Mock, MockServer, ResponseTemplate};
fn client(server: &MockServer) -> otc_modelarts::Client {
    let config = otc_modelarts::runtime::Config::builder()
        .credentials(otc_modelarts::runtime::OtcToken::new("token"))
        .endpoint_url(server.uri())
        .retry(otc_modelarts::runtime::RetryConfig::disabled())
        .build()
        .expect("test config");
    otc_modelarts::Client::with_endpoint(config).expect("test client")
}
async fn sent_body(server: &MockServer) -> Value {
    let requests = server.received_requests().await.expect("recording is on");
    serde_json::from_slice(&requests[0].body).expect("a JSON body")
}
/// The documented `submitting_sample_review_comments_of_an_acceptance_task` v2 request_body example deserializes and serializes back.
#[test]
fn submitting_sample_review_comments_of_an_acceptance_task_v2_request_body() {
    round_trips::<
        otc_modelarts::types::AcceptSamplesReq,
    >(
        "{\"comments\":[{\"worker_id\":\"8c15ad080d3eabad14037b4eb00d6a6f\",\"sample_id\":\"09ac49d5b06385849c8769fdcf0f6d60\",\"accept\":true,\"comment\":\"\",\"score\":\"A\"}]}",
    );
}
/// `submitting_sample_review_comments_of_an_acceptance_task` at API version v2 sends POST /v2/{project_id}/datasets/{dataset_id}/workforce-tasks/{workforce_task_id}/acceptance/batch-comment.
#[tokio::test]
async fn submitting_sample_review_comments_of_an_acceptance_task_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(
            path(
                "/v2/example/datasets/example/workforce-tasks/example/acceptance/batch-comment",
            ),
        )
        .respond_with(ResponseTemplate::new(200u16))
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .submitting_sample_review_comments_of_an_acceptance_task()
        .dataset_id(v::<String>("\"example\""))
        .project_id(v::<String>("\"example\""))
        .workforce_task_id(v::<String>("\"example\""))
        .comments(
            v::<
                Vec<otc_modelarts::types::SampleComment>,
            >(
                "[{\"worker_id\":\"8c15ad080d3eabad14037b4eb00d6a6f\",\"sample_id\":\"09ac49d5b06385849c8769fdcf0f6d60\",\"accept\":true,\"comment\":\"\",\"score\":\"A\"}]",
            ),
        )
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, &
        v("{\"comments\":[{\"worker_id\":\"8c15ad080d3eabad14037b4eb00d6a6f\",\"sample_id\":\"09ac49d5b06385849c8769fdcf0f6d60\",\"accept\":true,\"comment\":\"\",\"score\":\"A\"}]}")),
        "sent body {sent}"
    );
}
/// The documented `obtaining_information_about_intelligent_tasks` v2 response_200 example deserializes ($.result.continuity: field not in the schema).
#[test]
fn obtaining_information_about_intelligent_tasks_v2_response_200() {
    deserializes::<
        otc_modelarts::types::SmartTaskProgressResp,
    >(
        "{\"resource_id\":\"XGrRZuCV1qmMxnsmD5u\",\"create_time\":\"2020-11-23 11:08:20\",\"progress\":10.0,\"status\":1,\"message\":\"Start to export annotations. Export task id is jMZGm2SBp4Ymr2wrhAK\",\"code\":\"ModelArts.4902\",\"elapsed_time\":0,\"result\":{\"total_sample_count\":49,\"annotated_sample_count\":30,\"continuity\":false},\"export_type\":0,\"config\":{\"ambiguity\":false,\"worker_server_num\":0,\"collect_sample\":false,\"algorithm_type\":\"fast\",\"image_brightness\":false,\"image_colorfulness\":false}}",
    );
}
/// `obtaining_information_about_intelligent_tasks` at API version v2 sends GET /v2/{project_id}/datasets/{dataset_id}/tasks/{task_id}.
#[tokio::test]
async fn obtaining_information_about_intelligent_tasks_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v2/example/datasets/example/tasks/example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .obtaining_information_about_intelligent_tasks()
        .dataset_id(v::<String>("\"example\""))
        .project_id(v::<String>("\"example\""))
        .task_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `viewing_an_authorization_list` v2 response_200 example deserializes ($.auth[0].user_name: field not in the schema).
#[test]
fn viewing_an_authorization_list_v2_response_200() {
    deserializes::<
        otc_modelarts::types::AuthorizationListResponse,
    >(
        "{\"total_count\":1,\"auth\":[{\"user_id\":\"****d80fb058844ae8b82aa66d9fe****\",\"user_name\":\"iam-user01\",\"type\":\"agency\",\"content\":\"modelarts_agency\",\"create_time\":15657747821288}]}",
    );
}
/// `viewing_an_authorization_list` at API version v2 sends GET /v2/{project_id}/authorizations.
#[tokio::test]
async fn viewing_an_authorization_list_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v2/example/authorizations"))
        .and(query_param("sort_by", "user_name"))
        .and(query_param("order", "asc"))
        .and(query_param("limit", "1000"))
        .and(query_param("offset", "0"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .viewing_an_authorization_list()
        .project_id(v::<String>("\"example\""))
        .sort_by(v::<otc_modelarts::types::SortBy>("\"user_name\""))
        .order(v::<otc_modelarts::types::Order>("\"asc\""))
        .limit(v::<i64>("1000"))
        .offset(v::<i64>("0"))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `configuring_authorization` v2 request_body example deserializes and serializes back.
#[test]
fn configuring_authorization_v2_request_body() {
    round_trips::<
        otc_modelarts::types::AuthorizationRequest,
    >(
        "{\"user_id\":\"****d80fb058844ae8b82aa66d9fe****\",\"type\":\"agency\",\"content\":\"modelarts_agency\"}",
    );
}
/// `configuring_authorization` at API version v2 sends POST /v2/{project_id}/authorizations.
#[tokio::test]
async fn configuring_authorization_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v2/example/authorizations"))
        .respond_with(ResponseTemplate::new(200u16))
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .configuring_authorization()
        .project_id(v::<String>("\"example\""))
        .user_id(v::<String>("\"****d80fb058844ae8b82aa66d9fe****\""))
        .type_(v::<otc_modelarts::types::AuthorizationRequestType>("\"agency\""))
        .content(v::<String>("\"modelarts_agency\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, &
        v("{\"user_id\":\"****d80fb058844ae8b82aa66d9fe****\",\"type\":\"agency\",\"content\":\"modelarts_agency\"}")),
        "sent body {sent}"
    );
}
/// `deleting_authorization` at API version v2 sends DELETE /v2/{project_id}/authorizations.
#[tokio::test]
async fn deleting_authorization_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("DELETE"))
        .and(path("/v2/example/authorizations"))
        .and(query_param("user_id", "example"))
        .respond_with(ResponseTemplate::new(200u16))
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .deleting_authorization()
        .project_id(v::<String>("\"example\""))
        .user_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `response_body_for_querying_the_dataset_list` v2 response_200 example deserializes ($.datasets[0].ai_project: field not in the schema).
#[test]
fn response_body_for_querying_the_dataset_list_v2_response_200() {
    deserializes::<
        otc_modelarts::types::ListDatasetsResp,
    >(
        "{\"total_number\":1,\"datasets\":[{\"dataset_id\":\"gfghHSokody6AJigS5A\",\"dataset_name\":\"dataset-f9e8\",\"dataset_type\":0,\"data_format\":\"Default\",\"next_version_num\":4,\"status\":1,\"data_sources\":[{\"data_type\":0,\"data_path\":\"/test-obs/classify/input/catDog4/\"}],\"create_time\":1605690595404,\"update_time\":1605690595404,\"description\":\"\",\"current_version_id\":\"54IXbeJhfttGpL46lbv\",\"current_version_name\":\"V003\",\"total_sample_count\":10,\"annotated_sample_count\":10,\"work_path\":\"/test-obs/classify/output/\",\"inner_work_path\":\"/test-obs/classify/output/dataset-f9e8-gfghHSokody6AJigS5A/\",\"inner_annotation_path\":\"/test-obs/classify/output/dataset-f9e8-gfghHSokody6AJigS5A/annotation/\",\"inner_data_path\":\"/test-obs/classify/output/dataset-f9e8-gfghHSokody6AJigS5A/data/\",\"inner_log_path\":\"/test-obs/classify/output/dataset-f9e8-gfghHSokody6AJigS5A/logs/\",\"inner_temp_path\":\"/test-obs/classify/output/dataset-f9e8-gfghHSokody6AJigS5A/temp/\",\"inner_task_path\":\"/test-obs/classify/output/dataset-f9e8-gfghHSokody6AJigS5A/task/\",\"work_path_type\":0,\"workspace_id\":\"0\",\"enterprise_project_id\":\"0\",\"exist_running_task\":false,\"exist_workforce_task\":false,\"running_tasks_id\":[],\"workforce_task_count\":0,\"feature_supports\":[\"0\"],\"managed\":false,\"import_data\":false,\"ai_project\":\"default-ai-project\",\"label_task_count\":1,\"dataset_format\":0,\"dataset_version\":\"v1\",\"content_labeling\":true,\"samples\":[{\"url\":\"https://test-obs.obs.xxx.com:443/classify/input/catDog4/15.jpg?AccessKeyId=vprCCTY1NmHudlvC0bXr&Expires=1606100112&Signature=tuUo9jl6lqoMKAwNBz5g8dxO%2FdE%3D\",\"create_time\":1605690596035},{\"url\":\"https://test-obs.obs.xxx.com:443/classify/input/catDog4/8.jpg?AccessKeyId=vprCCTY1NmHudlvC0bXr&Expires=1606100112&Signature=NITOdBnkUXtdnKuEgDzZpkQzNfM%3D\",\"create_time\":1605690596046},{\"url\":\"https://test-obs.obs.xxx.com:443/classify/input/catDog4/9.jpg?AccessKeyId=vprCCTY1NmHudlvC0bXr&Expires=1606100112&Signature=%2BwUo1BL38%2F2d7p7anPi4fNzm1VU%3D\",\"create_time\":1605690596050},{\"url\":\"https://test-obs.obs.xxx.com:443/classify/input/catDog4/7.jpg?AccessKeyId=vprCCTY1NmHudlvC0bXr&Expires=1606100112&Signature=tOrHfcWo%2FEJ0wRzfi1M5Wk2MrXg%3D\",\"create_time\":1605690596043}],\"files\":[{\"url\":\"https://test-obs.obs.xxx.com:443/classify/input/catDog4/15.jpg?AccessKeyId=vprCCTY1NmHudlvC0bXr&Expires=1606100112&Signature=tuUo9jl6lqoMKAwNBz5g8dxO%2FdE%3D\",\"create_time\":1605690596035},{\"url\":\"https://test-obs.obs.xxx.com:443/classify/input/catDog4/8.jpg?AccessKeyId=vprCCTY1NmHudlvC0bXr&Expires=1606100112&Signature=NITOdBnkUXtdnKuEgDzZpkQzNfM%3D\",\"create_time\":1605690596046},{\"url\":\"https://test-obs.obs.xxx.com:443/classify/input/catDog4/9.jpg?AccessKeyId=vprCCTY1NmHudlvC0bXr&Expires=1606100112&Signature=%2BwUo1BL38%2F2d7p7anPi4fNzm1VU%3D\",\"create_time\":1605690596050},{\"url\":\"https://test-obs.obs.xxx.com:443/classify/input/catDog4/7.jpg?AccessKeyId=vprCCTY1NmHudlvC0bXr&Expires=1606100112&Signature=tOrHfcWo%2FEJ0wRzfi1M5Wk2MrXg%3D\",\"create_time\":1605690596043}]}]}",
    );
}
/// `response_body_for_querying_the_dataset_list` at API version v2 sends GET /v2/{project_id}/datasets.
#[tokio::test]
async fn response_body_for_querying_the_dataset_list_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v2/example/datasets"))
        .and(query_param("check_running_task", "false"))
        .and(query_param("contain_versions", "true"))
        .and(query_param("dataset_type", "1"))
        .and(query_param("file_preview", "false"))
        .and(query_param("limit", "10"))
        .and(query_param("offset", "0"))
        .and(query_param("order", "desc"))
        .and(query_param("running_task_type", "10"))
        .and(query_param("search_content", "example"))
        .and(query_param("sort_by", "create_time"))
        .and(query_param("support_export", "false"))
        .and(query_param("train_evaluate_ratio", "example"))
        .and(query_param("version_format", "1"))
        .and(query_param("with_labels", "false"))
        .and(query_param("workspace_id", "0"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .response_body_for_querying_the_dataset_list()
        .project_id(v::<String>("\"example\""))
        .check_running_task(v::<bool>("false"))
        .contain_versions(v::<bool>("true"))
        .dataset_type(v::<i64>("1"))
        .file_preview(v::<bool>("false"))
        .limit(v::<i64>("10"))
        .offset(v::<i64>("0"))
        .order(v::<otc_modelarts::types::Order>("\"desc\""))
        .running_task_type(v::<i64>("10"))
        .search_content(v::<String>("\"example\""))
        .sort_by(v::<otc_modelarts::types::SortBy2>("\"create_time\""))
        .support_export(v::<bool>("false"))
        .train_evaluate_ratio(v::<String>("\"example\""))
        .version_format(v::<i64>("1"))
        .with_labels(v::<bool>("false"))
        .workspace_id(v::<String>("\"0\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `creating_a_dataset` v2 response_201 example deserializes and serializes back.
#[test]
fn creating_a_dataset_v2_response_201() {
    round_trips::<
        otc_modelarts::types::CreateDatasetResp,
    >("{\"dataset_id\":\"WxCREuCkBSAlQr9xrde\"}");
}
/// The documented `creating_a_dataset` v2 request_body example deserializes and serializes back.
#[test]
fn creating_a_dataset_v2_request_body() {
    round_trips::<
        otc_modelarts::types::CreateDatasetReq,
    >(
        "{\"workspace_id\":\"0\",\"dataset_name\":\"dataset-457f\",\"dataset_type\":0,\"data_sources\":[{\"data_type\":0,\"data_path\":\"/test-obs/classify/input/cat-dog/\"}],\"description\":\"\",\"work_path\":\"/test-obs/classify/output/\",\"work_path_type\":0,\"labels\":[{\"name\":\"Cat\",\"type\":0,\"property\":{\"@modelarts:color\":\"#3399ff\"}},{\"name\":\"Dog\",\"type\":0,\"property\":{\"@modelarts:color\":\"#3399ff\"}}]}",
    );
}
/// `creating_a_dataset` at API version v2 sends POST /v2/{project_id}/datasets.
#[tokio::test]
async fn creating_a_dataset_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v2/example/datasets"))
        .respond_with(
            ResponseTemplate::new(201u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .creating_a_dataset()
        .project_id(v::<String>("\"example\""))
        .data_sources(
            v::<
                Vec<otc_modelarts::types::DataSource>,
            >("[{\"data_type\":0,\"data_path\":\"/test-obs/classify/input/cat-dog/\"}]"),
        )
        .dataset_name(v::<String>("\"dataset-457f\""))
        .dataset_type(v::<i64>("0"))
        .description(v::<String>("\"\""))
        .labels(
            v::<
                Vec<otc_modelarts::types::Label>,
            >(
                "[{\"name\":\"Cat\",\"type\":0,\"property\":{\"@modelarts:color\":\"#3399ff\"}},{\"name\":\"Dog\",\"type\":0,\"property\":{\"@modelarts:color\":\"#3399ff\"}}]",
            ),
        )
        .work_path(v::<String>("\"/test-obs/classify/output/\""))
        .work_path_type(v::<i64>("0"))
        .workspace_id(v::<String>("\"0\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, &
        v("{\"data_sources\":[{\"data_type\":0,\"data_path\":\"/test-obs/classify/input/cat-dog/\"}],\"dataset_name\":\"dataset-457f\",\"dataset_type\":0,\"description\":\"\",\"labels\":[{\"name\":\"Cat\",\"type\":0,\"property\":{\"@modelarts:color\":\"#3399ff\"}},{\"name\":\"Dog\",\"type\":0,\"property\":{\"@modelarts:color\":\"#3399ff\"}}],\"work_path\":\"/test-obs/classify/output/\",\"work_path_type\":0,\"workspace_id\":\"0\"}")),
        "sent body {sent}"
    );
}
/// The documented `querying_the_dataset_version_list` v2 response_200 example deserializes and serializes back.
#[test]
fn querying_the_dataset_version_list_v2_response_200() {
    round_trips::<
        otc_modelarts::types::ListDatasetVersionsResp,
    >(
        "{\"total_number\":3,\"versions\":[{\"version_id\":\"54IXbeJhfttGpL46lbv\",\"version_name\":\"V003\",\"version_format\":\"Default\",\"previous_version_id\":\"eSOKEQaXhKzxN00WKoV\",\"status\":1,\"create_time\":1605930512183,\"total_sample_count\":10,\"annotated_sample_count\":10,\"total_sub_sample_count\":0,\"annotated_sub_sample_count\":0,\"manifest_path\":\"/test-obs/classify/output/dataset-f9e8-gfghHSokody6AJigS5A/annotation/V003/V003.manifest\",\"data_path\":\"/test-obs/classify/output/dataset-f9e8-gfghHSokody6AJigS5A/annotation/V003/data/\",\"is_current\":true,\"train_evaluate_sample_ratio\":\"0.8\",\"remove_sample_usage\":false,\"export_images\":false,\"description\":\"\",\"task_type\":0,\"extract_serial_number\":false},{\"version_id\":\"eSOKEQaXhKzxN00WKoV\",\"version_name\":\"V002\",\"version_format\":\"Default\",\"previous_version_id\":\"vlGvUqOcxxGPIB0ugeE\",\"status\":1,\"create_time\":1605691027084,\"total_sample_count\":10,\"annotated_sample_count\":10,\"total_sub_sample_count\":0,\"annotated_sub_sample_count\":0,\"manifest_path\":\"/test-obs/classify/output/dataset-f9e8-gfghHSokody6AJigS5A/annotation/V002/V002.manifest\",\"data_path\":\"/test-obs/classify/output/dataset-f9e8-gfghHSokody6AJigS5A/annotation/V002/data/\",\"is_current\":false,\"train_evaluate_sample_ratio\":\"0.9999\",\"remove_sample_usage\":false,\"export_images\":false,\"description\":\"\",\"task_type\":0,\"extract_serial_number\":false},{\"version_id\":\"vlGvUqOcxxGPIB0ugeE\",\"version_name\":\"V001\",\"version_format\":\"Default\",\"status\":1,\"create_time\":1605690687346,\"total_sample_count\":10,\"annotated_sample_count\":10,\"total_sub_sample_count\":0,\"annotated_sub_sample_count\":0,\"manifest_path\":\"/test-obs/classify/output/dataset-f9e8-gfghHSokody6AJigS5A/annotation/V001/V001.manifest\",\"data_path\":\"/test-obs/classify/output/dataset-f9e8-gfghHSokody6AJigS5A/annotation/V001/data/\",\"is_current\":false,\"train_evaluate_sample_ratio\":\"0.99\",\"remove_sample_usage\":false,\"export_images\":false,\"description\":\"\",\"task_type\":0,\"extract_serial_number\":false}]}",
    );
}
/// `querying_the_dataset_version_list` at API version v2 sends GET /v2/{project_id}/datasets/{dataset_id}/versions.
#[tokio::test]
async fn querying_the_dataset_version_list_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v2/example/datasets/example/versions"))
        .and(query_param("status", "1"))
        .and(query_param("train_evaluate_ratio", "example"))
        .and(query_param("version_format", "1"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_the_dataset_version_list()
        .dataset_id(v::<String>("\"example\""))
        .project_id(v::<String>("\"example\""))
        .status(v::<i64>("1"))
        .train_evaluate_ratio(v::<String>("\"example\""))
        .version_format(v::<i64>("1"))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `creating_a_dataset_labeling_version` v2 response_201 example deserializes and serializes back.
#[test]
fn creating_a_dataset_labeling_version_v2_response_201() {
    round_trips::<
        otc_modelarts::types::CreateDatasetVersionResp,
    >("{\"version_id\":\"sntOdOuB0D9C6fC4TXs\"}");
}
/// The documented `creating_a_dataset_labeling_version` v2 request_body example deserializes and serializes back.
#[test]
fn creating_a_dataset_labeling_version_v2_request_body() {
    round_trips::<
        otc_modelarts::types::CreateDatasetVersionReq,
    >(
        "{\"version_name\":\"V004\",\"version_format\":\"Default\",\"description\":\"\",\"clear_hard_property\":true}",
    );
}
/// `creating_a_dataset_labeling_version` at API version v2 sends POST /v2/{project_id}/datasets/{dataset_id}/versions.
#[tokio::test]
async fn creating_a_dataset_labeling_version_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v2/example/datasets/example/versions"))
        .respond_with(
            ResponseTemplate::new(201u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .creating_a_dataset_labeling_version()
        .dataset_id(v::<String>("\"example\""))
        .project_id(v::<String>("\"example\""))
        .clear_hard_property(v::<bool>("true"))
        .description(v::<String>("\"\""))
        .version_format(
            v::<otc_modelarts::types::SmartTaskConfigVersionFormat>("\"Default\""),
        )
        .version_name(v::<String>("\"V004\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, &
        v("{\"clear_hard_property\":true,\"description\":\"\",\"version_format\":\"Default\",\"version_name\":\"V004\"}")),
        "sent body {sent}"
    );
}
/// The documented `querying_the_dataset_label_list` v2 response_200 example deserializes and serializes back.
#[test]
fn querying_the_dataset_label_list_v2_response_200() {
    round_trips::<
        otc_modelarts::types::ListLabelsResp,
    >(
        "{\"labels\":[{\"name\":\"Cat\",\"type\":1,\"property\":{\"@modelarts:color\":\"#3399ff\"}},{\"name\":\"Dog\",\"type\":1,\"property\":{\"@modelarts:color\":\"#3399ff\"}}]}",
    );
}
/// `querying_the_dataset_label_list` at API version v2 sends GET /v2/{project_id}/datasets/{dataset_id}/data-annotations/labels.
#[tokio::test]
async fn querying_the_dataset_label_list_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v2/example/datasets/example/data-annotations/labels"))
        .and(query_param("version_id", "example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_the_dataset_label_list()
        .dataset_id(v::<String>("\"example\""))
        .project_id(v::<String>("\"example\""))
        .version_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `modifying_labels_in_batches` v2 response_200 example deserializes and serializes back.
#[test]
fn modifying_labels_in_batches_v2_response_200() {
    round_trips::<otc_modelarts::types::UpdateLabelsResp>("{\"success\":true}");
}
/// The documented `modifying_labels_in_batches` v2 request_body example deserializes and serializes back.
#[test]
fn modifying_labels_in_batches_v2_request_body() {
    round_trips::<
        otc_modelarts::types::UpdateLabelsReq,
    >(
        "{\"labels\":[{\"name\":\"Cat\",\"property\":{\"@modelarts:color\":\"#8a1524\",\"@modelarts:rename_to\":\"pussycat\"}}]}",
    );
}
/// `modifying_labels_in_batches` at API version v2 sends PUT /v2/{project_id}/datasets/{dataset_id}/data-annotations/labels.
#[tokio::test]
async fn modifying_labels_in_batches_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("PUT"))
        .and(path("/v2/example/datasets/example/data-annotations/labels"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .modifying_labels_in_batches()
        .dataset_id(v::<String>("\"example\""))
        .project_id(v::<String>("\"example\""))
        .labels(
            v::<
                Vec<otc_modelarts::types::Label>,
            >(
                "[{\"name\":\"Cat\",\"property\":{\"@modelarts:color\":\"#8a1524\",\"@modelarts:rename_to\":\"pussycat\"}}]",
            ),
        )
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, &
        v("{\"labels\":[{\"name\":\"Cat\",\"property\":{\"@modelarts:color\":\"#8a1524\",\"@modelarts:rename_to\":\"pussycat\"}}]}")),
        "sent body {sent}"
    );
}
/// The documented `creating_a_dataset_label` v2 response_200 example deserializes and serializes back.
#[test]
fn creating_a_dataset_label_v2_response_200() {
    round_trips::<otc_modelarts::types::CreateLabelsResp>("{\"success\":true}");
}
/// The documented `creating_a_dataset_label` v2 request_body example deserializes and serializes back.
#[test]
fn creating_a_dataset_label_v2_request_body() {
    round_trips::<
        otc_modelarts::types::CreateLabelsReq,
    >(
        "{\"labels\":[{\"name\":\"Cat\",\"property\":{\"@modelarts:color\":\"#3399ff\",\"@modelarts:default_shape\":\"bndbox\"}}]}",
    );
}
/// `creating_a_dataset_label` at API version v2 sends POST /v2/{project_id}/datasets/{dataset_id}/data-annotations/labels.
#[tokio::test]
async fn creating_a_dataset_label_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v2/example/datasets/example/data-annotations/labels"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .creating_a_dataset_label()
        .dataset_id(v::<String>("\"example\""))
        .project_id(v::<String>("\"example\""))
        .labels(
            v::<
                Vec<otc_modelarts::types::Label>,
            >(
                "[{\"name\":\"Cat\",\"property\":{\"@modelarts:color\":\"#3399ff\",\"@modelarts:default_shape\":\"bndbox\"}}]",
            ),
        )
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, &
        v("{\"labels\":[{\"name\":\"Cat\",\"property\":{\"@modelarts:color\":\"#3399ff\",\"@modelarts:default_shape\":\"bndbox\"}}]}")),
        "sent body {sent}"
    );
}
/// The documented `creating_a_model_arts_agency` v2 request_body example deserializes and serializes back.
#[test]
fn creating_a_model_arts_agency_v2_request_body() {
    round_trips::<
        otc_modelarts::types::CreateModelArtsAgencyRequest,
    >("{\"agency_name_suffix\":\"iam-user01\"}");
}
/// `creating_a_model_arts_agency` at API version v2 sends POST /v2/{project_id}/agency.
#[tokio::test]
async fn creating_a_model_arts_agency_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v2/example/agency"))
        .respond_with(ResponseTemplate::new(200u16))
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .creating_a_model_arts_agency()
        .project_id(v::<String>("\"example\""))
        .agency_name_suffix(v::<String>("\"iam-user01\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, & v("{\"agency_name_suffix\":\"iam-user01\"}")), "sent body {sent}"
    );
}
/// The documented `querying_the_list_of_a_processing_task` v2 response_200 example deserializes ($.task_id: field not in the schema).
#[test]
fn querying_the_list_of_a_processing_task_v2_response_200() {
    deserializes::<
        otc_modelarts::types::ListProcessorTasksResp,
    >(
        "{\"task_id\":\"SSzH9AdmHTvIBeihArb\",\"name\":\"PRE-6c83\",\"description\":\"test\",\"inputs\":[{\"type\":\"DATASET\",\"source\":\"qjHAs14pRu4n2so1Qlb\",\"version_id\":\"cUELhTAYGIR36YpTE5Y\",\"name\":\"dataset-dba1\",\"version_name\":\"V001\"}],\"work_path\":{\"type\":\"DATASET\",\"path\":\"qjHAs14pRu4n2so1Qlb\",\"name\":\"dataset-dba1\",\"version_name\":\"V002\",\"output_path\":\"/test-lxm/data-out/EnyHCFzjTFY20U3sYSE/\"},\"template\":{\"id\":\"sys_data_validation\",\"name\":\"data validation template name\",\"operator_params\":[{\"name\":\"MetaValidation\",\"advanced_params_switch\":false,\"params\":{\"task_type\":\"image_classification\",\"dataset_type\":\"manifest\",\"source_service\":\"select\",\"filter_func\":\"data_validation_select\",\"image_max_width\":\"-1\",\"image_max_height\":\"-1\",\"total_status\":\"[0,1,2]\"}}]},\"status\":2,\"duration_seconds\":277,\"create_time\":1614245065569,\"workspace_id\":\"0\",\"version_count\":1,\"ai_project\":\"\"}",
    );
}
/// `querying_the_list_of_a_processing_task` at API version v2 sends GET /v2/{project_id}/processor-tasks.
#[tokio::test]
async fn querying_the_list_of_a_processing_task_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v2/example/processor-tasks"))
        .and(query_param("limit", "10"))
        .and(query_param("offset", "0"))
        .and(query_param("order", "desc"))
        .and(query_param("query_current", "false"))
        .and(query_param("return_result", "true"))
        .and(query_param("sort_by", "create_time"))
        .and(query_param("source", "example"))
        .and(query_param("source_type", "OBS"))
        .and(query_param("status", "1"))
        .and(query_param("task_name", "example"))
        .and(query_param("task_type", "sys_data_analyse"))
        .and(query_param("version_id", "example"))
        .and(query_param("workspace_id", "0"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_the_list_of_a_processing_task()
        .project_id(v::<String>("\"example\""))
        .limit(v::<i64>("10"))
        .offset(v::<i64>("0"))
        .order(v::<otc_modelarts::types::Order>("\"desc\""))
        .query_current(v::<bool>("false"))
        .return_result(v::<bool>("true"))
        .sort_by(v::<otc_modelarts::types::SortBy3>("\"create_time\""))
        .source(v::<String>("\"example\""))
        .source_type(v::<otc_modelarts::types::ProcessorDataSourceType>("\"OBS\""))
        .status(v::<i64>("1"))
        .task_name(v::<String>("\"example\""))
        .task_type(v::<otc_modelarts::types::TemplateParamId>("\"sys_data_analyse\""))
        .version_id(v::<Vec<String>>("[\"example\"]"))
        .workspace_id(v::<String>("\"0\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `creating_a_processing_task` v2 response_200 example deserializes and serializes back.
#[test]
fn creating_a_processing_task_v2_response_200() {
    round_trips::<
        otc_modelarts::types::CreateProcessorTaskResp,
    >("{\"task_id\":\"SNEJua7qdZZN8GvkcEr\"}");
}
/// The documented `creating_a_processing_task` v2 request_body example deserializes and serializes back.
#[test]
fn creating_a_processing_task_v2_request_body() {
    round_trips::<
        otc_modelarts::types::CreateProcessorTaskReq,
    >(
        "{\"name\":\"PRE-e77c\",\"inputs\":[{\"type\":\"DATASET\",\"source\":\"PYc9H2HGv5BJNwBGXyK\",\"version_id\":\"yoJ5ssClpNlOrsjjFDa\"}],\"work_path\":{\"type\":\"DATASET\",\"path\":\"PYc9H2HGv5BJNwBGXyK\",\"version_name\":\"V0010\"},\"description\":\"\",\"create_version\":true,\"template\":{\"id\":\"sys_data_validation\",\"operator_params\":[{\"name\":\"MetaValidation\",\"advanced_params_switch\":false,\"params\":{\"task_type\":\"image_classification\",\"dataset_type\":\"manifest\",\"source_service\":\"select\",\"filter_func\":\"data_validation_select\",\"image_max_width\":\"1920\",\"image_max_height\":\"1920\",\"total_status\":\"[0,1,2]\"}}]},\"workspace_id\":\"0\"}",
    );
}
/// `creating_a_processing_task` at API version v2 sends POST /v2/{project_id}/processor-tasks.
#[tokio::test]
async fn creating_a_processing_task_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v2/example/processor-tasks"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .creating_a_processing_task()
        .project_id(v::<String>("\"example\""))
        .create_version(v::<bool>("true"))
        .description(v::<String>("\"\""))
        .inputs(
            v::<
                Vec<otc_modelarts::types::ProcessorDataSource>,
            >(
                "[{\"type\":\"DATASET\",\"source\":\"PYc9H2HGv5BJNwBGXyK\",\"version_id\":\"yoJ5ssClpNlOrsjjFDa\"}]",
            ),
        )
        .name(v::<String>("\"PRE-e77c\""))
        .template(
            v::<
                otc_modelarts::types::TemplateParam,
            >(
                "{\"id\":\"sys_data_validation\",\"operator_params\":[{\"name\":\"MetaValidation\",\"advanced_params_switch\":false,\"params\":{\"task_type\":\"image_classification\",\"dataset_type\":\"manifest\",\"source_service\":\"select\",\"filter_func\":\"data_validation_select\",\"image_max_width\":\"1920\",\"image_max_height\":\"1920\",\"total_status\":\"[0,1,2]\"}}]}",
            ),
        )
        .work_path(
            v::<
                otc_modelarts::types::WorkPath,
            >(
                "{\"type\":\"DATASET\",\"path\":\"PYc9H2HGv5BJNwBGXyK\",\"version_name\":\"V0010\"}",
            ),
        )
        .workspace_id(v::<String>("\"0\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, &
        v("{\"create_version\":true,\"description\":\"\",\"inputs\":[{\"type\":\"DATASET\",\"source\":\"PYc9H2HGv5BJNwBGXyK\",\"version_id\":\"yoJ5ssClpNlOrsjjFDa\"}],\"name\":\"PRE-e77c\",\"template\":{\"id\":\"sys_data_validation\",\"operator_params\":[{\"name\":\"MetaValidation\",\"advanced_params_switch\":false,\"params\":{\"task_type\":\"image_classification\",\"dataset_type\":\"manifest\",\"source_service\":\"select\",\"filter_func\":\"data_validation_select\",\"image_max_width\":\"1920\",\"image_max_height\":\"1920\",\"total_status\":\"[0,1,2]\"}}]},\"work_path\":{\"type\":\"DATASET\",\"path\":\"PYc9H2HGv5BJNwBGXyK\",\"version_name\":\"V0010\"},\"workspace_id\":\"0\"}")),
        "sent body {sent}"
    );
}
/// The documented `querying_the_version_list_of_a_data_processing_task` v2 response_200 example deserializes and serializes back.
#[test]
fn querying_the_version_list_of_a_data_processing_task_v2_response_200() {
    round_trips::<
        otc_modelarts::types::ListTaskVersionsResp,
    >(
        "{\"count\":2,\"versions\":[{\"task_version_id\":\"qSaudx2sbPvthHygckA\",\"task_id\":\"kM7j9TSa611ZzBThzSr\",\"version_name\":\"V002\",\"description\":\"\",\"status\":0,\"create_time\":1606377874450,\"inputs\":[{\"type\":\"DATASET\",\"source\":\"PYc9H2HGv5BJNwBGXyK\",\"version_id\":\"Osc8SZ7TZStiRV4vYkZ\",\"name\":\"dataset-test\",\"version_name\":\"V0010\"}],\"work_path\":{\"type\":\"DATASET\",\"path\":\"PYc9H2HGv5BJNwBGXyK\",\"name\":\"dataset-test\",\"version_name\":\"V0011\",\"output_path\":\"/test-obs/classify/output/qSaudx2sbPvthHygckA/\"},\"template\":{\"id\":\"sys_data_validation\",\"name\":\"name to translate\",\"operator_params\":[{\"name\":\"MetaValidation\",\"advanced_params_switch\":false,\"params\":{\"task_type\":\"image_classification\",\"dataset_type\":\"manifest\",\"source_service\":\"select\",\"filter_func\":\"data_validation_select\",\"image_max_width\":\"1920\",\"image_max_height\":\"1920\",\"total_status\":\"[0,1,2]\"}}]},\"duration_seconds\":151},{\"task_version_id\":\"YHFWU18zXuNbqxtzegG\",\"task_id\":\"kM7j9TSa611ZzBThzSr\",\"version_name\":\"V001\",\"description\":\"\",\"status\":2,\"create_time\":1606375407276,\"inputs\":[{\"type\":\"DATASET\",\"source\":\"PYc9H2HGv5BJNwBGXyK\",\"version_id\":\"yoJ5ssClpNlOrsjjFDa\",\"name\":\"dataset-test\",\"version_name\":\"V009\"}],\"work_path\":{\"type\":\"DATASET\",\"path\":\"PYc9H2HGv5BJNwBGXyK\",\"name\":\"dataset-test\",\"version_id\":\"Osc8SZ7TZStiRV4vYkZ\",\"version_name\":\"V0010\",\"output_path\":\"/test-obs/classify/output/YHFWU18zXuNbqxtzegG/\"},\"template\":{\"id\":\"sys_data_validation\",\"name\":\"name to translate\",\"operator_params\":[{\"name\":\"MetaValidation\",\"advanced_params_switch\":false,\"params\":{\"task_type\":\"image_classification\",\"dataset_type\":\"manifest\",\"source_service\":\"select\",\"filter_func\":\"data_validation_select\",\"image_max_width\":\"1920\",\"image_max_height\":\"1920\",\"total_status\":\"[0,1,2]\"}}]},\"duration_seconds\":812,\"origin_sample_count\":18,\"add_sample_count\":0,\"modified_sample_count\":0,\"unmodified_sample_count\":18,\"deleted_sample_count\":0}]}",
    );
}
/// `querying_the_version_list_of_a_data_processing_task` at API version v2 sends GET /v2/{project_id}/processor-tasks/{task_id}/versions.
#[tokio::test]
async fn querying_the_version_list_of_a_data_processing_task_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v2/example/processor-tasks/example/versions"))
        .and(query_param("limit", "100"))
        .and(query_param("offset", "0"))
        .and(query_param("order", "desc"))
        .and(query_param("sort_by", "create_time"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_the_version_list_of_a_data_processing_task()
        .project_id(v::<String>("\"example\""))
        .task_id(v::<String>("\"example\""))
        .limit(v::<i64>("100"))
        .offset(v::<i64>("0"))
        .order(v::<otc_modelarts::types::Order>("\"desc\""))
        .sort_by(v::<otc_modelarts::types::SortBy4>("\"create_time\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `creating_a_data_processing_task_version` v2 response_200 example deserializes and serializes back.
#[test]
fn creating_a_data_processing_task_version_v2_response_200() {
    round_trips::<
        otc_modelarts::types::CreateTaskVersionResp,
    >("{\"version_id\":\"qSaudx2sbPvthHygckA\"}");
}
/// The documented `creating_a_data_processing_task_version` v2 request_body example contradicts the schema ($.task_id: required field is missing), so the strict type rejects it.
#[test]
fn creating_a_data_processing_task_version_v2_request_body() {
    rejects::<
        otc_modelarts::types::CreateTaskVersionReq,
    >(
        "{\"name\":\"PRE-e77c\",\"inputs\":[{\"type\":\"DATASET\",\"source\":\"PYc9H2HGv5BJNwBGXyK\",\"version_id\":\"Osc8SZ7TZStiRV4vYkZ\"}],\"work_path\":{\"type\":\"DATASET\",\"path\":\"PYc9H2HGv5BJNwBGXyK\",\"version_name\":\"V0011\"},\"description\":\"\",\"template\":{\"id\":\"sys_data_validation\",\"operator_params\":[{\"name\":\"MetaValidation\",\"advanced_params_switch\":false,\"params\":{\"task_type\":\"image_classification\",\"dataset_type\":\"manifest\",\"source_service\":\"select\",\"filter_func\":\"data_validation_select\",\"image_max_width\":\"1920\",\"image_max_height\":\"1920\",\"total_status\":\"[0,1,2]\"}}]},\"workspace_id\":\"0\"}",
    );
}
/// `creating_a_data_processing_task_version` at API version v2 sends POST /v2/{project_id}/processor-tasks/{task_id}/versions.
#[tokio::test]
async fn creating_a_data_processing_task_version_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v2/example/processor-tasks/example/versions"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .creating_a_data_processing_task_version()
        .project_id(v::<String>("\"example\""))
        .task_id(v::<String>("\"example\""))
        .name(v::<String>("\"example\""))
        .task_id_2(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, & v("{\"name\":\"example\",\"task_id\":\"example\"}")),
        "sent body {sent}"
    );
}
/// The documented `querying_the_intelligent_task_list_by_page` v2 response_200 example deserializes ($.tasks[0].result.hard_select_tasks[0].id: field not in the schema).
#[test]
fn querying_the_intelligent_task_list_by_page_v2_response_200() {
    deserializes::<
        otc_modelarts::types::ListTaskResp,
    >(
        "{\"tasks\":[{\"dataset_id\":\"OBegCXHxTJ2JHRAZWr0\",\"task_id\":\"14cyxyu6UXaNT3lrPFl\",\"type\":1,\"create_time\":\"2020-11-03 15:22:39\",\"status\":3,\"code\":\"ModelArts.4996\",\"message\":\"prelabel task execute successfully.\",\"elapsed_time\":531,\"result\":{\"service_id\":\"ee2ade80-0967-4ef3-b6da-e8c873017b9a\",\"service_name\":\"prelabel_infer_1604388201993_xubo_cls_d910_2_993\",\"hard_select_tasks\":[{\"id\":\"887c4ac6-26c8-4ca3-b07a-cd75e16fdc2d\",\"hard_select_task_id\":\"86711ab3-8ceb-4b0e-bd52-8545b184a2a7\",\"dataset_id\":\"OBegCXHxTJ2JHRAZWr0\",\"dataset_name\":\"xubo_cls_d910_2\",\"task_status\":\"import_dataset_completed\",\"time\":262,\"create_at\":0,\"update_at\":0}],\"continuity\":false},\"export_type\":0,\"progress\":100.0,\"total_sample_count\":246,\"annotated_sample_count\":38,\"unconfirmed_sample_count\":208,\"model_id\":\"c717a39f-c64f-45df-a9d3-be9ed79cdcb4\",\"model_name\":\"auto-deploy-50041602581620628\",\"model_version\":\"0.0.1\",\"config\":{\"ambiguity\":false,\"name\":\"5fXxR01TyUoiobqNEd9\",\"worker_server_num\":0,\"inf_config_list\":[{\"model_id\":null,\"specification\":\"modelarts.vm.cpu.2u\",\"weight\":0,\"instance_count\":1,\"envs\":null}],\"collect_sample\":false,\"confidence_scope\":\"0.0-0.5\",\"algorithm_type\":\"supervisory\",\"image_brightness\":false,\"image_colorfulness\":false}},{\"dataset_id\":\"OBegCXHxTJ2JHRAZWr0\",\"task_id\":\"5QPy73VwnwHi5NqvbcP\",\"type\":0,\"create_time\":\"2020-10-31 16:11:37\",\"status\":3,\"code\":\"ModelArts.4996\",\"message\":\"task executed successfully.\",\"elapsed_time\":397,\"result\":{\"train_job_name\":\"BNFURaEyftGNMITaBiv\",\"train_job_id\":\"74679\",\"version_id\":\"89745\",\"continuity\":false},\"export_type\":0,\"progress\":100.0,\"total_sample_count\":246,\"annotated_sample_count\":38,\"unconfirmed_sample_count\":198,\"model_name\":\"Supervisory\",\"model_version\":\"0.0.1\",\"config\":{\"ambiguity\":false,\"worker_server_num\":0,\"collect_sample\":false,\"algorithm_type\":\"fast\",\"image_brightness\":false,\"image_colorfulness\":false}}],\"total_count\":2,\"exist_running_deploy_task\":false}",
    );
}
/// `querying_the_intelligent_task_list_by_page` at API version v2 sends GET /v2/{project_id}/datasets/{dataset_id}/tasks.
#[tokio::test]
async fn querying_the_intelligent_task_list_by_page_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v2/example/datasets/example/tasks"))
        .and(query_param("limit", "10"))
        .and(query_param("offset", "0"))
        .and(query_param("task_name", "example"))
        .and(query_param("type", "auto-label"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_the_intelligent_task_list_by_page()
        .dataset_id(v::<String>("\"example\""))
        .project_id(v::<String>("\"example\""))
        .limit(v::<i64>("10"))
        .offset(v::<i64>("0"))
        .task_name(v::<String>("\"example\""))
        .type_(v::<otc_modelarts::types::SmartTaskRequestTaskType>("\"auto-label\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `starting_intelligent_tasks` v2 response_200 example deserializes and serializes back.
#[test]
fn starting_intelligent_tasks_v2_response_200() {
    round_trips::<
        otc_modelarts::types::SmartTaskResp,
    >("{\"task_id\":\"r0jT2zwxBDKf8KEnSuZ\"}");
}
/// The documented `starting_intelligent_tasks` v2 request_body example deserializes and serializes back.
#[test]
fn starting_intelligent_tasks_v2_request_body() {
    round_trips::<
        otc_modelarts::types::SmartTaskRequest,
    >(
        "{\"task_type\":\"auto-label\",\"collect_key_sample\":true,\"config\":{\"algorithm_type\":\"fast\"}}",
    );
}
/// `starting_intelligent_tasks` at API version v2 sends POST /v2/{project_id}/datasets/{dataset_id}/tasks.
#[tokio::test]
async fn starting_intelligent_tasks_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v2/example/datasets/example/tasks"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .starting_intelligent_tasks()
        .dataset_id(v::<String>("\"example\""))
        .project_id(v::<String>("\"example\""))
        .collect_key_sample(v::<bool>("true"))
        .config(
            v::<otc_modelarts::types::SmartTaskConfig>("{\"algorithm_type\":\"fast\"}"),
        )
        .task_type(v::<otc_modelarts::types::SmartTaskRequestTaskType>("\"auto-label\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, &
        v("{\"collect_key_sample\":true,\"config\":{\"algorithm_type\":\"fast\"},\"task_type\":\"auto-label\"}")),
        "sent body {sent}"
    );
}
/// The documented `querying_the_list_of_labeling_team_members` v2 response_200 example deserializes and serializes back.
#[test]
fn querying_the_list_of_labeling_team_members_v2_response_200() {
    round_trips::<
        otc_modelarts::types::ListWorkersResp,
    >(
        "{\"total_number\":3,\"workers\":[{\"email\":\"xxx@xxx.com\",\"worker_id\":\"b1e4054407ecb36a7bcde70f52ba37f2\",\"workforce_id\":\"gyb7IaAvkLc5IhEY2dv\",\"status\":0,\"role\":2,\"description\":\"\",\"create_time\":1606356324223,\"update_time\":1606356324223},{\"email\":\"xxx@xxx.com\",\"worker_id\":\"8c15ad080d3eabad14037b4eb00d6a6f\",\"workforce_id\":\"gyb7IaAvkLc5IhEY2dv\",\"status\":0,\"role\":0,\"description\":\"\",\"create_time\":1591783804629,\"update_time\":1591783804629},{\"email\":\"xxx@xxx.com\",\"worker_id\":\"2880f38d660dd68ca6ab578b5a1d9558\",\"workforce_id\":\"gyb7IaAvkLc5IhEY2dv\",\"status\":0,\"role\":0,\"description\":\"\",\"create_time\":1575104629439,\"update_time\":1575104629439}]}",
    );
}
/// `querying_the_list_of_labeling_team_members` at API version v2 sends GET /v2/{project_id}/workforces/{workforce_id}/workers.
#[tokio::test]
async fn querying_the_list_of_labeling_team_members_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v2/example/workforces/example/workers"))
        .and(query_param("limit", "10"))
        .and(query_param("offset", "0"))
        .and(query_param("order", "desc"))
        .and(query_param("sort_by", "create_time"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_the_list_of_labeling_team_members()
        .project_id(v::<String>("\"example\""))
        .workforce_id(v::<String>("\"example\""))
        .limit(v::<i64>("10"))
        .offset(v::<i64>("0"))
        .order(v::<otc_modelarts::types::Order>("\"desc\""))
        .sort_by(v::<otc_modelarts::types::SortBy5>("\"create_time\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `creating_a_labeling_team_member` v2 request_body example contradicts the schema ($.role: expected an integer, found "2"), so the strict type rejects it.
#[test]
fn creating_a_labeling_team_member_v2_request_body() {
    rejects::<
        otc_modelarts::types::CreateWorkerReq,
    >("{\"emails\":\"xxx@xxx.com\",\"description\":\"\",\"role\":\"2\"}");
}
/// `creating_a_labeling_team_member` at API version v2 sends POST /v2/{project_id}/workforces/{workforce_id}/workers.
#[tokio::test]
async fn creating_a_labeling_team_member_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v2/example/workforces/example/workers"))
        .respond_with(ResponseTemplate::new(201u16))
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .creating_a_labeling_team_member()
        .project_id(v::<String>("\"example\""))
        .workforce_id(v::<String>("\"example\""))
        .emails(v::<String>("\"example\""))
        .role(v::<i64>("1"))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, & v("{\"emails\":\"example\",\"role\":1}")), "sent body {sent}"
    );
}
/// The documented `querying_the_labeling_team_list` v2 response_200 example deserializes and serializes back.
#[test]
fn querying_the_labeling_team_list_v2_response_200() {
    round_trips::<
        otc_modelarts::types::ListWorkforcesResp,
    >(
        "{\"total_number\":2,\"workforces\":[{\"workforce_id\":\"ZUH8gqkjuaib8pxkDdz\",\"workforce_name\":\"team-123\",\"description\":\"my team\",\"worker_count\":0,\"create_time\":1606354772548,\"update_time\":1606354772548},{\"workforce_id\":\"3Ry04NsqvEybuWYLDvC\",\"workforce_name\":\"team-170a\",\"description\":\"\",\"worker_count\":1,\"create_time\":1604644946891,\"update_time\":1606238678626}]}",
    );
}
/// `querying_the_labeling_team_list` at API version v2 sends GET /v2/{project_id}/workforces.
#[tokio::test]
async fn querying_the_labeling_team_list_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v2/example/workforces"))
        .and(query_param("limit", "10"))
        .and(query_param("offset", "0"))
        .and(query_param("order", "desc"))
        .and(query_param("search_content", "example"))
        .and(query_param("sort_by", "create_time"))
        .and(query_param("workforce_task_id", "example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_the_labeling_team_list()
        .project_id(v::<String>("\"example\""))
        .limit(v::<i64>("10"))
        .offset(v::<i64>("0"))
        .order(v::<otc_modelarts::types::Order>("\"desc\""))
        .search_content(v::<String>("\"example\""))
        .sort_by(v::<otc_modelarts::types::SortBy6>("\"create_time\""))
        .workforce_task_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `creating_a_labeling_team` v2 response_201 example deserializes and serializes back.
#[test]
fn creating_a_labeling_team_v2_response_201() {
    round_trips::<
        otc_modelarts::types::CreateWorkforceResp,
    >("{\"workforce_id\":\"ZUH8gqkjuaib8pxkDdz\"}");
}
/// The documented `creating_a_labeling_team` v2 request_body example deserializes and serializes back.
#[test]
fn creating_a_labeling_team_v2_request_body() {
    round_trips::<
        otc_modelarts::types::CreateWorkforceReq,
    >("{\"workforce_name\":\"team-123\",\"description\":\"my team\"}");
}
/// `creating_a_labeling_team` at API version v2 sends POST /v2/{project_id}/workforces.
#[tokio::test]
async fn creating_a_labeling_team_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v2/example/workforces"))
        .respond_with(
            ResponseTemplate::new(201u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .creating_a_labeling_team()
        .project_id(v::<String>("\"example\""))
        .description(v::<String>("\"my team\""))
        .workforce_name(v::<String>("\"team-123\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, &
        v("{\"description\":\"my team\",\"workforce_name\":\"team-123\"}")),
        "sent body {sent}"
    );
}
/// The documented `querying_the_team_labeling_task_list_of_a_dataset` v2 response_200 example deserializes ($.tasks[0].auto_check_samples: field not in the schema).
#[test]
fn querying_the_team_labeling_task_list_of_a_dataset_v2_response_200() {
    deserializes::<
        otc_modelarts::types::ListWorkforceTasksResp,
    >(
        "{\"count\":2,\"tasks\":[{\"dataset_id\":\"WxCREuCkBSAlQr9xrde\",\"task_id\":\"tY330MHxV9dqIPVaTRM\",\"task_name\":\"task-cd60\",\"status\":1,\"create_time\":1606224714358,\"update_time\":1606224714358,\"repetition\":1,\"workforces_config\":{\"workforces\":[{\"workforce_id\":\"0PfqwXA8M59pppYBx4k\",\"workforce_name\":\"team-123\",\"workers\":[{\"email\":\"xxx@xxx.com\",\"worker_id\":\"6db04ae0afb54d7274a2982255516c29\",\"role\":2},{\"email\":\"xxx@xxx.com\",\"worker_id\":\"8c15ad080d3eabad14037b4eb00d6a6f\",\"role\":0}]}]},\"synchronize_data\":true,\"synchronize_auto_labeling_data\":true,\"workforce_stats\":{\"workforce_count\":1,\"labeler_count\":1,\"reviewer_count\":0},\"sample_stats\":{\"total_sample_count\":309,\"unannotated_sample_count\":308,\"unreviewed_sample_count\":0,\"uncheck_sample_count\":1,\"sampled_sample_count\":0,\"rejected_sample_count\":0,\"accepted_sample_count\":0,\"auto_annotation_sample_count\":0},\"auto_check_samples\":true,\"auto_sync_dataset\":true,\"project_id\":\"04f924739300d3272fc3c013e36bb4b8\",\"task_type\":1,\"dataset_name\":\"dataset-95a6\",\"total_sample_count\":309,\"annotated_sample_count\":0,\"feature_supports\":[\"0\"],\"label_task_status\":1,\"sync_labels\":true,\"workforce_task\":true},{\"dataset_id\":\"WxCREuCkBSAlQr9xrde\",\"task_id\":\"iYZx7gScPUozOXner9k\",\"task_name\":\"task-e63f\",\"status\":1,\"create_time\":1606184400278,\"update_time\":1606184400278,\"repetition\":1,\"workforces_config\":{\"workforces\":[{\"workforce_id\":\"q3ZFSwORu1ztKljDLYQ\",\"workforce_name\":\"modelarts-team\",\"workers\":[{\"email\":\"xxx@xxx.com\",\"worker_id\":\"afdda13895bc66322ffbf36ae833bcf0\",\"role\":0}]}]},\"synchronize_data\":false,\"synchronize_auto_labeling_data\":false,\"workforce_stats\":{\"workforce_count\":1,\"labeler_count\":1,\"reviewer_count\":0},\"sample_stats\":{\"total_sample_count\":317,\"unannotated_sample_count\":310,\"unreviewed_sample_count\":0,\"uncheck_sample_count\":0,\"sampled_sample_count\":0,\"rejected_sample_count\":0,\"accepted_sample_count\":7,\"auto_annotation_sample_count\":0},\"checking_task_desc\":{\"checking_task_id\":\"onSbri2oqYOmDjDyW17\",\"action\":0,\"overwrite_last_result\":false},\"auto_check_samples\":true,\"auto_sync_dataset\":true,\"project_id\":\"04f924739300d3272fc3c013e36bb4b8\",\"task_type\":1,\"dataset_name\":\"dataset-95a6\",\"total_sample_count\":317,\"annotated_sample_count\":0,\"feature_supports\":[\"0\"],\"label_task_status\":1,\"sync_labels\":true,\"workforce_task\":true}]}",
    );
}
/// `querying_the_team_labeling_task_list_of_a_dataset` at API version v2 sends GET /v2/{project_id}/datasets/{dataset_id}/workforce-tasks.
#[tokio::test]
async fn querying_the_team_labeling_task_list_of_a_dataset_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v2/example/datasets/example/workforce-tasks"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_the_team_labeling_task_list_of_a_dataset()
        .dataset_id(v::<String>("\"example\""))
        .project_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `creating_a_team_labeling_task` v2 response_200 example deserializes and serializes back.
#[test]
fn creating_a_team_labeling_task_v2_response_200() {
    round_trips::<
        otc_modelarts::types::CreateWorkforceTaskResp,
    >("{\"task_id\":\"6phXEto29utpaMwbQkg\"}");
}
/// The documented `creating_a_team_labeling_task` v2 request_body example deserializes ($.workspace_id: field not in the schema).
#[test]
fn creating_a_team_labeling_task_v2_request_body() {
    deserializes::<
        otc_modelarts::types::CreateWorkforceTaskReq,
    >(
        "{\"workspace_id\":\"0\",\"task_name\":\"task-eb17\",\"task_type\":0,\"description\":\"\",\"version_id\":\"\",\"labels\":[{\"name\":\"Cat\",\"type\":0,\"property\":{\"@modelarts:color\":\"#3399ff\"}},{\"name\":\"Dog\",\"type\":0,\"property\":{\"@modelarts:color\":\"#3399ff\"}}],\"synchronize_data\":false,\"synchronize_auto_labeling_data\":false,\"workforces_config\":{\"workforces\":[{\"workforce_id\":\"feSUo5NUIUnQAQNNTiS\",\"workers\":[{\"email\":\"xxx@xxx.com\"},{\"email\":\"xxx@xxx.com\"},{\"email\":\"xxx@xxx.com\"}]}]},\"auto_sync_dataset\":false}",
    );
}
/// `creating_a_team_labeling_task` at API version v2 sends POST /v2/{project_id}/datasets/{dataset_id}/workforce-tasks.
#[tokio::test]
async fn creating_a_team_labeling_task_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v2/example/datasets/example/workforce-tasks"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .creating_a_team_labeling_task()
        .dataset_id(v::<String>("\"example\""))
        .project_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(same(& sent, & v("{}")), "sent body {sent}");
}
/// The documented `querying_details_about_a_dataset` v2 response_200 example deserializes ($.ai_project: field not in the schema).
#[test]
fn querying_details_about_a_dataset_v2_response_200() {
    deserializes::<
        otc_modelarts::types::DescDatasetResp,
    >(
        "{\"dataset_id\":\"gfghHSokody6AJigS5A\",\"dataset_name\":\"dataset-f9e8\",\"dataset_type\":0,\"data_format\":\"Default\",\"next_version_num\":4,\"status\":1,\"data_sources\":[{\"data_type\":0,\"data_path\":\"/test-obs/classify/input/catDog4/\"}],\"create_time\":1605690595404,\"update_time\":1605690595404,\"description\":\"\",\"current_version_id\":\"54IXbeJhfttGpL46lbv\",\"current_version_name\":\"V003\",\"total_sample_count\":10,\"annotated_sample_count\":10,\"unconfirmed_sample_count\":0,\"work_path\":\"/test-obs/classify/output/\",\"inner_work_path\":\"/test-obs/classify/output/dataset-f9e8-gfghHSokody6AJigS5A/\",\"inner_annotation_path\":\"/test-obs/classify/output/dataset-f9e8-gfghHSokody6AJigS5A/annotation/\",\"inner_data_path\":\"/test-obs/classify/output/dataset-f9e8-gfghHSokody6AJigS5A/data/\",\"inner_log_path\":\"/test-obs/classify/output/dataset-f9e8-gfghHSokody6AJigS5A/logs/\",\"inner_temp_path\":\"/test-obs/classify/output/dataset-f9e8-gfghHSokody6AJigS5A/temp/\",\"inner_task_path\":\"/test-obs/classify/output/dataset-f9e8-gfghHSokody6AJigS5A/task/\",\"work_path_type\":0,\"workspace_id\":\"0\",\"enterprise_project_id\":\"0\",\"workforce_task_count\":0,\"feature_supports\":[\"0\"],\"managed\":false,\"import_data\":false,\"ai_project\":\"default-ai-project\",\"label_task_count\":1,\"dataset_format\":0,\"dataset_version_count\":3,\"dataset_version\":\"v1\",\"content_labeling\":true,\"labels\":[{\"name\":\"Cat\",\"type\":0,\"property\":{\"@modelarts:color\":\"#3399ff\"}},{\"name\":\"Dog\",\"type\":0,\"property\":{\"@modelarts:color\":\"#3399ff\"}}]}",
    );
}
/// `querying_details_about_a_dataset` at API version v2 sends GET /v2/{project_id}/datasets/{dataset_id}.
#[tokio::test]
async fn querying_details_about_a_dataset_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v2/example/datasets/example"))
        .and(query_param("check_running_task", "false"))
        .and(query_param("running_task_type", "10"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_details_about_a_dataset()
        .dataset_id(v::<String>("\"example\""))
        .project_id(v::<String>("\"example\""))
        .check_running_task(v::<bool>("false"))
        .running_task_type(v::<i64>("10"))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `modifying_a_dataset` v2 response_200 example deserializes and serializes back.
#[test]
fn modifying_a_dataset_v2_response_200() {
    round_trips::<
        otc_modelarts::types::UpdateDatasetResp,
    >("{\"dataset_id\":\"gfghHSokody6AJigS5A\"}");
}
/// The documented `modifying_a_dataset` v2 request_body example deserializes ($.dataset_id: field not in the schema).
#[test]
fn modifying_a_dataset_v2_request_body() {
    deserializes::<
        otc_modelarts::types::UpdateDatasetReq,
    >(
        "{\"dataset_id\":\"gfghHSokody6AJigS5A\",\"description\":\"just a test\",\"add_tags\":[{\"name\":\"Pig\",\"type\":0,\"property\":{\"@modelarts:color\":\"#3399ff\"}}]}",
    );
}
/// `modifying_a_dataset` at API version v2 sends PUT /v2/{project_id}/datasets/{dataset_id}.
#[tokio::test]
async fn modifying_a_dataset_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("PUT"))
        .and(path("/v2/example/datasets/example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .modifying_a_dataset()
        .dataset_id(v::<String>("\"example\""))
        .project_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(same(& sent, & v("{}")), "sent body {sent}");
}
/// `deleting_a_dataset` at API version v2 sends DELETE /v2/{project_id}/datasets/{dataset_id}.
#[tokio::test]
async fn deleting_a_dataset_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("DELETE"))
        .and(path("/v2/example/datasets/example"))
        .respond_with(ResponseTemplate::new(204u16))
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .deleting_a_dataset()
        .dataset_id(v::<String>("\"example\""))
        .project_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `querying_details_about_a_dataset_version` v2 response_200 example deserializes and serializes back.
#[test]
fn querying_details_about_a_dataset_version_v2_response_200() {
    round_trips::<
        otc_modelarts::types::DatasetVersion,
    >(
        "{\"version_id\":\"eSOKEQaXhKzxN00WKoV\",\"version_name\":\"V002\",\"version_format\":\"Default\",\"previous_version_id\":\"vlGvUqOcxxGPIB0ugeE\",\"status\":1,\"create_time\":1605691027084,\"total_sample_count\":10,\"annotated_sample_count\":10,\"total_sub_sample_count\":0,\"annotated_sub_sample_count\":0,\"manifest_path\":\"/test-obs/classify/output/dataset-f9e8-gfghHSokody6AJigS5A/annotation/V002/V002.manifest\",\"data_path\":\"/test-obs/classify/output/dataset-f9e8-gfghHSokody6AJigS5A/annotation/V002/data/\",\"is_current\":true,\"train_evaluate_sample_ratio\":\"0.9999\",\"remove_sample_usage\":false,\"export_images\":false,\"description\":\"\",\"label_stats\":[{\"name\":\"Cat\",\"type\":0,\"property\":{\"@modelarts:color\":\"#3399ff\"},\"count\":5,\"sample_count\":5},{\"name\":\"Dog\",\"type\":0,\"property\":{\"@modelarts:color\":\"#3399ff\"},\"count\":5,\"sample_count\":5}],\"label_type\":\"single\",\"task_type\":0,\"extract_serial_number\":false}",
    );
}
/// `querying_details_about_a_dataset_version` at API version v2 sends GET /v2/{project_id}/datasets/{dataset_id}/versions/{version_id}.
#[tokio::test]
async fn querying_details_about_a_dataset_version_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v2/example/datasets/example/versions/example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_details_about_a_dataset_version()
        .dataset_id(v::<String>("\"example\""))
        .project_id(v::<String>("\"example\""))
        .version_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// `deleting_a_dataset_labeling_version` at API version v2 sends DELETE /v2/{project_id}/datasets/{dataset_id}/versions/{version_id}.
#[tokio::test]
async fn deleting_a_dataset_labeling_version_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("DELETE"))
        .and(path("/v2/example/datasets/example/versions/example"))
        .respond_with(ResponseTemplate::new(204u16))
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .deleting_a_dataset_labeling_version()
        .dataset_id(v::<String>("\"example\""))
        .project_id(v::<String>("\"example\""))
        .version_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `updating_a_label_by_label_names` v2 response_204 example deserializes and serializes back.
#[test]
fn updating_a_label_by_label_names_v2_response_204() {
    round_trips::<otc_modelarts::types::UpdateLabelResp>("{}");
}
/// The documented `updating_a_label_by_label_names` v2 request_body example deserializes and serializes back.
#[test]
fn updating_a_label_by_label_names_v2_request_body() {
    round_trips::<
        otc_modelarts::types::UpdateLabelReq,
    >("{\"@modelarts:color\":\"#93c47d\"}");
}
/// `updating_a_label_by_label_names` at API version v2 sends PUT /v2/{project_id}/datasets/{dataset_id}/data-annotations/labels/{label_name}.
#[tokio::test]
async fn updating_a_label_by_label_names_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("PUT"))
        .and(path("/v2/example/datasets/example/data-annotations/labels/example"))
        .and(query_param("label_type", "1"))
        .respond_with(
            ResponseTemplate::new(204u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .updating_a_label_by_label_names()
        .dataset_id(v::<String>("\"example\""))
        .label_name(v::<String>("\"example\""))
        .project_id(v::<String>("\"example\""))
        .label_type(v::<i64>("1"))
        .modelarts_color(v::<String>("\"#93c47d\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(same(& sent, & v("{\"@modelarts:color\":\"#93c47d\"}")), "sent body {sent}");
}
/// The documented `deleting_a_label_and_the_files_that_only_contain_the_label` v2 response_204 example deserializes and serializes back.
#[test]
fn deleting_a_label_and_the_files_that_only_contain_the_label_v2_response_204() {
    round_trips::<otc_modelarts::types::DeleteLabelResp>("{\"success\":true}");
}
/// `deleting_a_label_and_the_files_that_only_contain_the_label` at API version v2 sends DELETE /v2/{project_id}/datasets/{dataset_id}/data-annotations/labels/{label_name}.
#[tokio::test]
async fn deleting_a_label_and_the_files_that_only_contain_the_label_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("DELETE"))
        .and(path("/v2/example/datasets/example/data-annotations/labels/example"))
        .and(query_param("delete_source", "false"))
        .and(query_param("label_type", "1"))
        .respond_with(
            ResponseTemplate::new(204u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .deleting_a_label_and_the_files_that_only_contain_the_label()
        .dataset_id(v::<String>("\"example\""))
        .label_name(v::<String>("\"example\""))
        .project_id(v::<String>("\"example\""))
        .delete_source(v::<bool>("false"))
        .label_type(v::<i64>("1"))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `deleting_labels_in_batches` v2 response_200 example deserializes and serializes back.
#[test]
fn deleting_labels_in_batches_v2_response_200() {
    round_trips::<otc_modelarts::types::DeleteLabelsResp>("{\"success\":true}");
}
/// The documented `deleting_labels_in_batches` v2 request_body example deserializes and serializes back.
#[test]
fn deleting_labels_in_batches_v2_request_body() {
    round_trips::<
        otc_modelarts::types::DeleteLabelsReq,
    >("{\"labels\":[{\"name\":\"strawberry\"}]}");
}
/// `deleting_labels_in_batches` at API version v2 sends POST /v2/{project_id}/datasets/{dataset_id}/data-annotations/labels/delete.
#[tokio::test]
async fn deleting_labels_in_batches_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v2/example/datasets/example/data-annotations/labels/delete"))
        .and(query_param("delete_policy", "1"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .deleting_labels_in_batches()
        .dataset_id(v::<String>("\"example\""))
        .project_id(v::<String>("\"example\""))
        .delete_policy(v::<i64>("1"))
        .labels(v::<Vec<otc_modelarts::types::Label>>("[{\"name\":\"strawberry\"}]"))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, & v("{\"labels\":[{\"name\":\"strawberry\"}]}")), "sent body {sent}"
    );
}
/// The documented `querying_details_about_a_processing_task` v2 response_200 example deserializes ($.ai_project: field not in the schema).
#[test]
fn querying_details_about_a_processing_task_v2_response_200() {
    deserializes::<
        otc_modelarts::types::DescribeProcessorTaskResp,
    >(
        "{\"task_id\":\"SSzH9AdmHTvIBeihArb\",\"name\":\"PRE-6c83\",\"description\":\"test\",\"inputs\":[{\"type\":\"DATASET\",\"source\":\"qjHAs14pRu4n2so1Qlb\",\"version_id\":\"cUELhTAYGIR36YpTE5Y\",\"name\":\"dataset-dba1\",\"version_name\":\"V001\"}],\"work_path\":{\"type\":\"DATASET\",\"path\":\"qjHAs14pRu4n2so1Qlb\",\"name\":\"dataset-dba1\",\"version_name\":\"V002\",\"output_path\":\"/test-lxm/data-out/EnyHCFzjTFY20U3sYSE/\"},\"template\":{\"id\":\"sys_data_validation\",\"name\":\"data validation template name\",\"operator_params\":[{\"name\":\"MetaValidation\",\"advanced_params_switch\":false,\"params\":{\"task_type\":\"image_classification\",\"dataset_type\":\"manifest\",\"source_service\":\"select\",\"filter_func\":\"data_validation_select\",\"image_max_width\":\"-1\",\"image_max_height\":\"-1\",\"total_status\":\"[0,1,2]\"}}]},\"status\":2,\"duration_seconds\":277,\"create_time\":1614245065569,\"workspace_id\":\"0\",\"version_count\":1,\"ai_project\":\"\"}",
    );
}
/// `querying_details_about_a_processing_task` at API version v2 sends GET /v2/{project_id}/processor-tasks/{task_id}.
#[tokio::test]
async fn querying_details_about_a_processing_task_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v2/example/processor-tasks/example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_details_about_a_processing_task()
        .project_id(v::<String>("\"example\""))
        .task_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `updating_a_processing_task` v2 request_body example deserializes and serializes back.
#[test]
fn updating_a_processing_task_v2_request_body() {
    round_trips::<
        otc_modelarts::types::UpdateProcessorTaskReq,
    >("{\"description\":\"test\"}");
}
/// `updating_a_processing_task` at API version v2 sends PUT /v2/{project_id}/processor-tasks/{task_id}.
#[tokio::test]
async fn updating_a_processing_task_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("PUT"))
        .and(path("/v2/example/processor-tasks/example"))
        .respond_with(ResponseTemplate::new(200u16))
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .updating_a_processing_task()
        .project_id(v::<String>("\"example\""))
        .task_id(v::<String>("\"example\""))
        .description(v::<String>("\"test\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(same(& sent, & v("{\"description\":\"test\"}")), "sent body {sent}");
}
/// `deleting_a_processing_task` at API version v2 sends DELETE /v2/{project_id}/processor-tasks/{task_id}.
#[tokio::test]
async fn deleting_a_processing_task_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("DELETE"))
        .and(path("/v2/example/processor-tasks/example"))
        .respond_with(ResponseTemplate::new(200u16))
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .deleting_a_processing_task()
        .project_id(v::<String>("\"example\""))
        .task_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `querying_the_details_about_the_version_of_a_data_processing_task` v2 response_200 example deserializes and serializes back.
#[test]
fn querying_the_details_about_the_version_of_a_data_processing_task_v2_response_200() {
    round_trips::<
        otc_modelarts::types::DescTaskVersionResp,
    >(
        "{\"task_version_id\":\"qSaudx2sbPvthHygckA\",\"task_id\":\"kM7j9TSa611ZzBThzSr\",\"version_name\":\"V002\",\"description\":\"\",\"status\":0,\"create_time\":1606377874450,\"inputs\":[{\"type\":\"DATASET\",\"source\":\"PYc9H2HGv5BJNwBGXyK\",\"version_id\":\"Osc8SZ7TZStiRV4vYkZ\",\"name\":\"dataset-test\",\"version_name\":\"V0010\"}],\"work_path\":{\"type\":\"DATASET\",\"path\":\"PYc9H2HGv5BJNwBGXyK\",\"name\":\"dataset-test\",\"version_name\":\"V0011\",\"output_path\":\"/test-obs/classify/output/qSaudx2sbPvthHygckA/\"},\"template\":{\"id\":\"sys_data_validation\",\"name\":\"name to translate\",\"operator_params\":[{\"name\":\"MetaValidation\",\"advanced_params_switch\":false,\"params\":{\"task_type\":\"image_classification\",\"dataset_type\":\"manifest\",\"source_service\":\"select\",\"filter_func\":\"data_validation_select\",\"image_max_width\":\"1920\",\"image_max_height\":\"1920\",\"total_status\":\"[0,1,2]\"}}]},\"duration_seconds\":312}",
    );
}
/// `querying_the_details_about_the_version_of_a_data_processing_task` at API version v2 sends GET /v2/{project_id}/processor-tasks/{task_id}/versions/{version_id}.
#[tokio::test]
async fn querying_the_details_about_the_version_of_a_data_processing_task_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v2/example/processor-tasks/example/versions/example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_the_details_about_the_version_of_a_data_processing_task()
        .project_id(v::<String>("\"example\""))
        .task_id(v::<String>("\"example\""))
        .version_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// `deleting_a_data_processing_task_version` at API version v2 sends DELETE /v2/{project_id}/processor-tasks/{task_id}/versions/{version_id}.
#[tokio::test]
async fn deleting_a_data_processing_task_version_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("DELETE"))
        .and(path("/v2/example/processor-tasks/example/versions/example"))
        .respond_with(ResponseTemplate::new(204u16))
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .deleting_a_data_processing_task_version()
        .project_id(v::<String>("\"example\""))
        .task_id(v::<String>("\"example\""))
        .version_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `deleting_samples_in_batches` v2 response_200 example deserializes and serializes back.
#[test]
fn deleting_samples_in_batches_v2_response_200() {
    round_trips::<otc_modelarts::types::DeleteSamplesResp>("{\"success\":true}");
}
/// The documented `deleting_samples_in_batches` v2 request_body example deserializes and serializes back.
#[test]
fn deleting_samples_in_batches_v2_request_body() {
    round_trips::<
        otc_modelarts::types::DeleteSamplesReq,
    >(
        "{\"samples\":[\"9cb9bc9b34bf53b6ec9a84998b1711bf\",\"9ea63ef78d8c9037c9bcb12b477821bf\"]}",
    );
}
/// `deleting_samples_in_batches` at API version v2 sends POST /v2/{project_id}/datasets/{dataset_id}/data-annotations/samples/delete.
#[tokio::test]
async fn deleting_samples_in_batches_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v2/example/datasets/example/data-annotations/samples/delete"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .deleting_samples_in_batches()
        .dataset_id(v::<String>("\"example\""))
        .project_id(v::<String>("\"example\""))
        .samples(
            v::<
                Vec<String>,
            >(
                "[\"9cb9bc9b34bf53b6ec9a84998b1711bf\",\"9ea63ef78d8c9037c9bcb12b477821bf\"]",
            ),
        )
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, &
        v("{\"samples\":[\"9cb9bc9b34bf53b6ec9a84998b1711bf\",\"9ea63ef78d8c9037c9bcb12b477821bf\"]}")),
        "sent body {sent}"
    );
}
/// The documented `querying_details_about_labeling_team_members` v2 response_200 example deserializes and serializes back.
#[test]
fn querying_details_about_labeling_team_members_v2_response_200() {
    round_trips::<
        otc_modelarts::types::DescWorkerResp,
    >(
        "{\"email\":\"xxx@xxx.com\",\"worker_id\":\"b1e4054407ecb36a7bcde70f52ba37f2\",\"workforce_id\":\"gyb7IaAvkLc5IhEY2dv\",\"status\":0,\"role\":2,\"description\":\"\",\"create_time\":1606356324223,\"update_time\":1606356324223}",
    );
}
/// `querying_details_about_labeling_team_members` at API version v2 sends GET /v2/{project_id}/workforces/{workforce_id}/workers/{worker_id}.
#[tokio::test]
async fn querying_details_about_labeling_team_members_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v2/example/workforces/example/workers/example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_details_about_labeling_team_members()
        .project_id(v::<String>("\"example\""))
        .worker_id(v::<String>("\"example\""))
        .workforce_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `updating_a_labeling_team_member` v2 request_body example deserializes and serializes back.
#[test]
fn updating_a_labeling_team_member_v2_request_body() {
    round_trips::<
        otc_modelarts::types::UpdateWorkerReq,
    >("{\"description\":\"My name is Tom\",\"role\":2}");
}
/// `updating_a_labeling_team_member` at API version v2 sends PUT /v2/{project_id}/workforces/{workforce_id}/workers/{worker_id}.
#[tokio::test]
async fn updating_a_labeling_team_member_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("PUT"))
        .and(path("/v2/example/workforces/example/workers/example"))
        .respond_with(ResponseTemplate::new(200u16))
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .updating_a_labeling_team_member()
        .project_id(v::<String>("\"example\""))
        .worker_id(v::<String>("\"example\""))
        .workforce_id(v::<String>("\"example\""))
        .description(v::<String>("\"My name is Tom\""))
        .role(v::<i64>("2"))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, & v("{\"description\":\"My name is Tom\",\"role\":2}")),
        "sent body {sent}"
    );
}
/// `deleting_a_labeling_team_member` at API version v2 sends DELETE /v2/{project_id}/workforces/{workforce_id}/workers/{worker_id}.
#[tokio::test]
async fn deleting_a_labeling_team_member_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("DELETE"))
        .and(path("/v2/example/workforces/example/workers/example"))
        .respond_with(ResponseTemplate::new(204u16))
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .deleting_a_labeling_team_member()
        .project_id(v::<String>("\"example\""))
        .worker_id(v::<String>("\"example\""))
        .workforce_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `deleting_labeling_team_members_in_batches` v2 response_200 example deserializes and serializes back.
#[test]
fn deleting_labeling_team_members_in_batches_v2_response_200() {
    round_trips::<
        otc_modelarts::types::DeleteWorkersResp,
    >("{\"success\":true,\"results\":[{\"success\":true},{\"success\":true}]}");
}
/// The documented `deleting_labeling_team_members_in_batches` v2 request_body example deserializes and serializes back.
#[test]
fn deleting_labeling_team_members_in_batches_v2_request_body() {
    round_trips::<
        otc_modelarts::types::DeleteWorkersReq,
    >(
        "{\"workers\":[\"89d4ae38431b8905449821605abdc3a9\",\"a2abd3f27b4e92c593c15282f8b6bd29\"]}",
    );
}
/// `deleting_labeling_team_members_in_batches` at API version v2 sends POST /v2/{project_id}/workforces/{workforce_id}/workers/batch-delete.
#[tokio::test]
async fn deleting_labeling_team_members_in_batches_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v2/example/workforces/example/workers/batch-delete"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .deleting_labeling_team_members_in_batches()
        .project_id(v::<String>("\"example\""))
        .workforce_id(v::<String>("\"example\""))
        .workers(
            v::<
                Vec<String>,
            >(
                "[\"89d4ae38431b8905449821605abdc3a9\",\"a2abd3f27b4e92c593c15282f8b6bd29\"]",
            ),
        )
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, &
        v("{\"workers\":[\"89d4ae38431b8905449821605abdc3a9\",\"a2abd3f27b4e92c593c15282f8b6bd29\"]}")),
        "sent body {sent}"
    );
}
/// The documented `querying_details_about_a_labeling_team` v2 response_200 example deserializes and serializes back.
#[test]
fn querying_details_about_a_labeling_team_v2_response_200() {
    round_trips::<
        otc_modelarts::types::DescWorkforceResp,
    >(
        "{\"workforce_id\":\"gyb7IaAvkLc5IhEY2dv\",\"workforce_name\":\"team-aed7\",\"description\":\"\",\"worker_count\":2,\"create_time\":1575104620882,\"update_time\":1575104620882}",
    );
}
/// `querying_details_about_a_labeling_team` at API version v2 sends GET /v2/{project_id}/workforces/{workforce_id}.
#[tokio::test]
async fn querying_details_about_a_labeling_team_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v2/example/workforces/example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_details_about_a_labeling_team()
        .project_id(v::<String>("\"example\""))
        .workforce_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `updating_a_labeling_team` v2 request_body example deserializes and serializes back.
#[test]
fn updating_a_labeling_team_v2_request_body() {
    round_trips::<
        otc_modelarts::types::UpdateWorkforceReq,
    >("{\"description\":\"my team\"}");
}
/// `updating_a_labeling_team` at API version v2 sends PUT /v2/{project_id}/workforces/{workforce_id}.
#[tokio::test]
async fn updating_a_labeling_team_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("PUT"))
        .and(path("/v2/example/workforces/example"))
        .respond_with(ResponseTemplate::new(200u16))
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .updating_a_labeling_team()
        .project_id(v::<String>("\"example\""))
        .workforce_id(v::<String>("\"example\""))
        .description(v::<String>("\"my team\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(same(& sent, & v("{\"description\":\"my team\"}")), "sent body {sent}");
}
/// The documented `deleting_a_labeling_team` v2 response_204 example deserializes and serializes back.
#[test]
fn deleting_a_labeling_team_v2_response_204() {
    round_trips::<otc_modelarts::types::DeleteWorkersResp>("{}");
}
/// `deleting_a_labeling_team` at API version v2 sends DELETE /v2/{project_id}/workforces/{workforce_id}.
#[tokio::test]
async fn deleting_a_labeling_team_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("DELETE"))
        .and(path("/v2/example/workforces/example"))
        .respond_with(
            ResponseTemplate::new(204u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .deleting_a_labeling_team()
        .project_id(v::<String>("\"example\""))
        .workforce_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `querying_details_about_a_team_labeling_task` v2 response_200 example deserializes ($.worker_stats[0].user: field not in the schema).
#[test]
fn querying_details_about_a_team_labeling_task_v2_response_200() {
    deserializes::<
        otc_modelarts::types::DescWorkforceTaskResp,
    >(
        "{\"dataset_id\":\"WxCREuCkBSAlQr9xrde\",\"task_id\":\"iYZx7gScPUozOXner9k\",\"task_name\":\"task-e63f\",\"status\":1,\"create_time\":1606184400278,\"update_time\":1606184400278,\"repetition\":1,\"workforces_config\":{\"workforces\":[{\"workforce_id\":\"q3ZFSwORu1ztKljDLYQ\",\"workers\":[{\"email\":\"xxx@xxx.com\",\"worker_id\":\"afdda13895bc66322ffbf36ae833bcf0\",\"role\":0}]}]},\"synchronize_data\":false,\"synchronize_auto_labeling_data\":false,\"workforce_stats\":{\"workforce_count\":1,\"labeler_count\":1,\"reviewer_count\":0},\"sample_stats\":{\"total_sample_count\":317,\"unannotated_sample_count\":310,\"unreviewed_sample_count\":0,\"uncheck_sample_count\":0,\"sampled_sample_count\":0,\"rejected_sample_count\":0,\"accepted_sample_count\":7,\"auto_annotation_sample_count\":0},\"checking_task_desc\":{\"checking_task_id\":\"onSbri2oqYOmDjDyW17\",\"action\":0,\"overwrite_last_result\":false},\"auto_check_samples\":true,\"auto_sync_dataset\":true,\"worker_stats\":[{\"email\":\"xxx@xxx.com\",\"worker_id\":\"afdda13895bc66322ffbf36ae833bcf0\",\"role\":0,\"task_id\":\"iYZx7gScPUozOXner9k\",\"workforce_task_name\":\"task-e63f\",\"dataset_id\":\"WxCREuCkBSAlQr9xrde\",\"sample_stats\":{\"total_sample_count\":317,\"unannotated_sample_count\":310,\"unreviewed_sample_count\":0,\"uncheck_sample_count\":0,\"sampled_sample_count\":0,\"rejected_sample_count\":0,\"accepted_sample_count\":7,\"auto_annotation_sample_count\":0},\"create_time\":1606184400278,\"update_time\":1606184795050,\"email_status\":3,\"last_notify_time\":0,\"user\":{\"domainId\":\"04f924738800d3270fc0c013a47363a0\",\"domainName\":\"test_123\",\"projectId\":\"04f924739300d3272fc3c013e36bb4b8\",\"userId\":\"04f924743b00d4331f31c0131ada6769\",\"userName\":\"test_123\"}}]}",
    );
}
/// `querying_details_about_a_team_labeling_task` at API version v2 sends GET /v2/{project_id}/datasets/{dataset_id}/workforce-tasks/{workforce_task_id}.
#[tokio::test]
async fn querying_details_about_a_team_labeling_task_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v2/example/datasets/example/workforce-tasks/example"))
        .and(query_param("label_stats", "false"))
        .and(query_param("sample_stats", "false"))
        .and(query_param("workforce_stats", "false"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_details_about_a_team_labeling_task()
        .dataset_id(v::<String>("\"example\""))
        .project_id(v::<String>("\"example\""))
        .workforce_task_id(v::<String>("\"example\""))
        .label_stats(v::<bool>("false"))
        .sample_stats(v::<bool>("false"))
        .workforce_stats(v::<bool>("false"))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `updating_a_team_labeling_task` v2 request_body example deserializes and serializes back.
#[test]
fn updating_a_team_labeling_task_v2_request_body() {
    round_trips::<
        otc_modelarts::types::UpdateWorkforceTaskReq,
    >(
        "{\"workforces_config\":{\"workforces\":[{\"workforce_id\":\"3frbQ90hb8ZKksAhyR8\",\"workers\":[{\"email\":\"xxx@xxx.com\"},{\"email\":\"xxx@xxx.com\"}]}]}}",
    );
}
/// `updating_a_team_labeling_task` at API version v2 sends PUT /v2/{project_id}/datasets/{dataset_id}/workforce-tasks/{workforce_task_id}.
#[tokio::test]
async fn updating_a_team_labeling_task_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("PUT"))
        .and(path("/v2/example/datasets/example/workforce-tasks/example"))
        .respond_with(ResponseTemplate::new(200u16))
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .updating_a_team_labeling_task()
        .dataset_id(v::<String>("\"example\""))
        .project_id(v::<String>("\"example\""))
        .workforce_task_id(v::<String>("\"example\""))
        .workforces_config(
            v::<
                otc_modelarts::types::WorkforcesConfig,
            >(
                "{\"workforces\":[{\"workforce_id\":\"3frbQ90hb8ZKksAhyR8\",\"workers\":[{\"email\":\"xxx@xxx.com\"},{\"email\":\"xxx@xxx.com\"}]}]}",
            ),
        )
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, &
        v("{\"workforces_config\":{\"workforces\":[{\"workforce_id\":\"3frbQ90hb8ZKksAhyR8\",\"workers\":[{\"email\":\"xxx@xxx.com\"},{\"email\":\"xxx@xxx.com\"}]}]}}")),
        "sent body {sent}"
    );
}
/// The documented `starting_a_team_labeling_task` v2 request_body example deserializes and serializes back.
#[test]
fn starting_a_team_labeling_task_v2_request_body() {
    round_trips::<
        otc_modelarts::types::StartWorkforceTaskReq,
    >(
        "{\"workforces_config\":{\"workforces\":[{\"workforce_id\":\"l4u9Hpz2JJ67DNN1Hg9\",\"workers\":[{\"email\":\"xiaozhang@163.com\"},{\"email\":\"xiaoli@163.com\"}]}]}}",
    );
}
/// `starting_a_team_labeling_task` at API version v2 sends POST /v2/{project_id}/datasets/{dataset_id}/workforce-tasks/{workforce_task_id}.
#[tokio::test]
async fn starting_a_team_labeling_task_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v2/example/datasets/example/workforce-tasks/example"))
        .respond_with(ResponseTemplate::new(200u16))
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .starting_a_team_labeling_task()
        .dataset_id(v::<String>("\"example\""))
        .project_id(v::<String>("\"example\""))
        .workforce_task_id(v::<String>("\"example\""))
        .workforces_config(
            v::<
                otc_modelarts::types::WorkforcesConfig,
            >(
                "{\"workforces\":[{\"workforce_id\":\"l4u9Hpz2JJ67DNN1Hg9\",\"workers\":[{\"email\":\"xiaozhang@163.com\"},{\"email\":\"xiaoli@163.com\"}]}]}",
            ),
        )
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, &
        v("{\"workforces_config\":{\"workforces\":[{\"workforce_id\":\"l4u9Hpz2JJ67DNN1Hg9\",\"workers\":[{\"email\":\"xiaozhang@163.com\"},{\"email\":\"xiaoli@163.com\"}]}]}}")),
        "sent body {sent}"
    );
}
/// `deleting_a_team_labeling_task` at API version v2 sends DELETE /v2/{project_id}/datasets/{dataset_id}/workforce-tasks/{workforce_task_id}.
#[tokio::test]
async fn deleting_a_team_labeling_task_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("DELETE"))
        .and(path("/v2/example/datasets/example/workforce-tasks/example"))
        .respond_with(ResponseTemplate::new(204u16))
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .deleting_a_team_labeling_task()
        .dataset_id(v::<String>("\"example\""))
        .project_id(v::<String>("\"example\""))
        .workforce_task_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `querying_details_about_a_dataset_import_task` v2 response_200 example deserializes and serializes back.
#[test]
fn querying_details_about_a_dataset_import_task_v2_response_200() {
    round_trips::<
        otc_modelarts::types::ImportTaskStatusResp,
    >(
        "{\"status\":\"COMPLETED\",\"task_id\":\"gfghHSokody6AJigS5A_RHJ1zOkIoI3Nzwxj8nh\",\"dataset_id\":\"gfghHSokody6AJigS5A\",\"import_path\":\"obs://test-obs/daoLu_images/cat-dog/\",\"import_type\":0,\"total_sample_count\":20,\"imported_sample_count\":20,\"annotated_sample_count\":20,\"total_sub_sample_count\":0,\"imported_sub_sample_count\":0,\"total_file_size\":0,\"finished_file_count\":0,\"finished_file_size\":0,\"total_file_count\":0,\"update_ms\":1606114833955,\"create_time\":1606114833874,\"elapsed_time\":2}",
    );
}
/// `querying_details_about_a_dataset_import_task` at API version v2 sends GET /v2/{project_id}/datasets/{dataset_id}/import-tasks/{task_id}.
#[tokio::test]
async fn querying_details_about_a_dataset_import_task_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v2/example/datasets/example/import-tasks/example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_details_about_a_dataset_import_task()
        .dataset_id(v::<String>("\"example\""))
        .project_id(v::<String>("\"example\""))
        .task_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `querying_details_about_an_auto_labeling_sample` v2 response_200 example contradicts the schema ($.metadata.@modelarts:hard: expected a number, found false), so the strict type rejects it.
#[test]
fn querying_details_about_an_auto_labeling_sample_v2_response_200() {
    rejects::<
        otc_modelarts::types::DescribeSampleResp,
    >(
        "{\"sample_id\":\"0059c1b9458a2da9443af684b5099b4e\",\"sample_type\":0,\"labels\":[{\"name\":\"Dog\",\"type\":0,\"id\":\"1\",\"property\":{\"@modelarts:hard_coefficient\":\"0.0\",\"@modelarts:hard\":\"false\"},\"score\":0.66}],\"source\":\"https://test-obs.obs.xxx.com:443/data/3_1597649054631.jpg?AccessKeyId=RciyO7RHmhNTfOZVryUH&Expires=1606299474&Signature=anOLGOHPSrj3WXUHVc70tAxWlf4%3D\",\"metadata\":{\"test\":\"1\",\"@modelarts:hard_coefficient\":0.0,\"@modelarts:hard\":false,\"@modelarts:import_origin\":0,\"@modelarts:hard_reasons\":[]},\"sample_time\":1600490651933,\"sample_status\":\"UN_ANNOTATION\",\"annotated_by\":\"\"}",
    );
}
/// `querying_details_about_an_auto_labeling_sample` at API version v2 sends GET /v2/{project_id}/datasets/{dataset_id}/auto-annotations/samples/{sample_id}.
#[tokio::test]
async fn querying_details_about_an_auto_labeling_sample_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v2/example/datasets/example/auto-annotations/samples/example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_details_about_an_auto_labeling_sample()
        .dataset_id(v::<String>("\"example\""))
        .project_id(v::<String>("\"example\""))
        .sample_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `querying_details_about_a_sample` v2 response_200 example deserializes ($.metadata.@modelarts:import_origin: field not in the schema).
#[test]
fn querying_details_about_a_sample_v2_response_200() {
    deserializes::<
        otc_modelarts::types::SampleManagementDescribeSampleResp,
    >(
        "{\"sample_id\":\"012f99f3cf405860130b6ed2350c2228\",\"sample_type\":0,\"labels\":[{\"name\":\"car\",\"type\":0,\"property\":{}}],\"source\":\"https://test-obs.obs.xxx.com:443/image/aifood/%E5%86%B0%E6%BF%80%E5%87%8C/36502.jpg?AccessKeyId=RciyO7RHmhNTfOZVryUH&Expires=1606297079&Signature=Ju4FYpEu973ii%2FAdUVLTfpLCTbg%3D\",\"metadata\":{\"@modelarts:import_origin\":0},\"sample_time\":1589190552106,\"sample_status\":\"MANUAL_ANNOTATION\",\"annotated_by\":\"human/test_123/test_123\",\"labelers\":[{\"email\":\"xxx@xxx.com\",\"worker_id\":\"5d8d4033b428fed5ac158942c33940a2\",\"role\":0}]}",
    );
}
/// `querying_details_about_a_sample` at API version v2 sends GET /v2/{project_id}/datasets/{dataset_id}/data-annotations/samples/{sample_id}.
#[tokio::test]
async fn querying_details_about_a_sample_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v2/example/datasets/example/data-annotations/samples/example"))
        .and(query_param("locale", "en-us"))
        .and(query_param("sample_state", "ALL"))
        .and(query_param("worker_id", "example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_details_about_a_sample()
        .dataset_id(v::<String>("\"example\""))
        .project_id(v::<String>("\"example\""))
        .sample_id(v::<String>("\"example\""))
        .locale(
            v::<otc_modelarts::types::UpdateWorkforceSamplingTaskReqLocale>("\"en-us\""),
        )
        .sample_state(v::<otc_modelarts::types::ExportParamsSampleState>("\"ALL\""))
        .worker_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `querying_details_about_team_labeling_samples` v2 response_200 example deserializes ($.metadata.@modelarts:import_origin: field not in the schema).
#[test]
fn querying_details_about_team_labeling_samples_v2_response_200() {
    deserializes::<
        otc_modelarts::types::SampleManagementDescribeSampleResp,
    >(
        "{\"sample_id\":\"26c6dd793d80d3274eb89349ec76d678\",\"sample_type\":0,\"labels\":[],\"source\":\"https://test-obs.obs.xxx.com:443/detect/data/dataset-car-and-person/IMG_kitti_0000_000016.png?AccessKeyId=4D34AYDTK93HUY79NSD7&Expires=1606300437&x-obs-security-token=gQpjbi1ub3J0aC03jELficNKUP87aSTIhvsHQAvImcyVbXlYTrU2XJIc28F7kiXanJ3TyJV39iXl0yi5mzQ...\",\"metadata\":{\"@modelarts:import_origin\":0,\"@modelarts:size\":[1242,375,3]},\"sample_time\":1598263639997,\"sample_status\":\"UN_ANNOTATION\",\"worker_id\":\"8c15ad080d3eabad14037b4eb00d6a6f\",\"labelers\":[{\"email\":\"xxx@xxx.com\",\"worker_id\":\"afdda13895bc66322ffbf36ae833bcf0\",\"role\":0}]}",
    );
}
/// `querying_details_about_team_labeling_samples` at API version v2 sends GET /v2/{project_id}/datasets/{dataset_id}/workforce-tasks/{workforce_task_id}/data-annotations/samples/{sample_id}.
#[tokio::test]
async fn querying_details_about_team_labeling_samples_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(
            path(
                "/v2/example/datasets/example/workforce-tasks/example/data-annotations/samples/example",
            ),
        )
        .and(query_param("locale", "en-us"))
        .and(query_param("sample_state", "ALL"))
        .and(query_param("worker_id", "example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_details_about_team_labeling_samples()
        .dataset_id(v::<String>("\"example\""))
        .project_id(v::<String>("\"example\""))
        .sample_id(v::<String>("\"example\""))
        .workforce_task_id(v::<String>("\"example\""))
        .locale(
            v::<otc_modelarts::types::UpdateWorkforceSamplingTaskReqLocale>("\"en-us\""),
        )
        .sample_state(v::<otc_modelarts::types::ExportParamsSampleState>("\"ALL\""))
        .worker_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `querying_the_dataset_export_task_list` v2 response_200 example contradicts the schema ($.export_tasks[0].export_params.train_sample_ratio: expected a string, found 1.0), so the strict type rejects it.
#[test]
fn querying_the_dataset_export_task_list_v2_response_200() {
    rejects::<
        otc_modelarts::types::ExportTasksStatusResp,
    >(
        "{\"total_count\":2,\"export_tasks\":[{\"task_id\":\"rF9NNoB56k5rtYKg2Y7\",\"path\":\"/test-obs/classify/input/\",\"export_type\":3,\"version_format\":\"Default\",\"export_format\":2,\"export_params\":{\"sample_state\":\"\",\"export_dest\":\"NEW_DATASET\",\"export_new_dataset_name\":\"dataset-export-test\",\"export_new_dataset_work_path\":\"/test-obs/classify/output/\",\"clear_hard_property\":true,\"clear_difficult\":false,\"train_sample_ratio\":1.0,\"ratio_sample_usage\":false},\"status\":\"SUCCESSED\",\"progress\":100.0,\"total_sample_count\":20,\"finished_sample_count\":20,\"create_time\":1606103820120,\"update_time\":1606103824823},{\"task_id\":\"TZMuy7OKbClkGCAc3gb\",\"path\":\"/test-obs/daoChu/\",\"export_type\":3,\"version_format\":\"Default\",\"export_format\":2,\"export_params\":{\"sample_state\":\"\",\"export_dest\":\"DIR\",\"clear_hard_property\":true,\"clear_difficult\":false,\"train_sample_ratio\":1.0,\"ratio_sample_usage\":false},\"status\":\"SUCCESSED\",\"progress\":100.0,\"total_sample_count\":20,\"finished_sample_count\":20,\"create_time\":1606103424662,\"update_time\":1606103497519}]}",
    );
}
/// `querying_the_dataset_export_task_list` at API version v2 sends GET /v2/{project_id}/datasets/{dataset_id}/export-tasks.
#[tokio::test]
async fn querying_the_dataset_export_task_list_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v2/example/datasets/example/export-tasks"))
        .and(query_param("export_type", "1"))
        .and(query_param("limit", "10"))
        .and(query_param("offset", "0"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_the_dataset_export_task_list()
        .dataset_id(v::<String>("\"example\""))
        .project_id(v::<String>("\"example\""))
        .export_type(v::<i64>("1"))
        .limit(v::<i64>("10"))
        .offset(v::<i64>("0"))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `creating_a_dataset_export_task` v2 response_200 example deserializes and serializes back.
#[test]
fn creating_a_dataset_export_task_v2_response_200() {
    round_trips::<
        otc_modelarts::types::ExportResp,
    >("{\"task_id\":\"rF9NNoB56k5rtYKg2Y7\"}");
}
/// The documented `creating_a_dataset_export_task` v2 request_body example deserializes and serializes back.
#[test]
fn creating_a_dataset_export_task_v2_request_body() {
    round_trips::<
        otc_modelarts::types::ExportReq,
    >(
        "{\"path\":\"/test-obs/daoChu/\",\"export_type\":3,\"export_params\":{\"sample_state\":\"\",\"export_dest\":\"DIR\"}}",
    );
}
/// `creating_a_dataset_export_task` at API version v2 sends POST /v2/{project_id}/datasets/{dataset_id}/export-tasks.
#[tokio::test]
async fn creating_a_dataset_export_task_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v2/example/datasets/example/export-tasks"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .creating_a_dataset_export_task()
        .dataset_id(v::<String>("\"example\""))
        .project_id(v::<String>("\"example\""))
        .export_params(
            v::<
                otc_modelarts::types::ExportTaskExportParams,
            >("{\"sample_state\":\"\",\"export_dest\":\"DIR\"}"),
        )
        .export_type(v::<i64>("3"))
        .path(v::<String>("\"/test-obs/daoChu/\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, &
        v("{\"export_params\":{\"sample_state\":\"\",\"export_dest\":\"DIR\"},\"export_type\":3,\"path\":\"/test-obs/daoChu/\"}")),
        "sent body {sent}"
    );
}
/// The documented `querying_the_monitoring_data_of_a_dataset` v2 response_200 example deserializes and serializes back.
#[test]
fn querying_the_monitoring_data_of_a_dataset_v2_response_200() {
    round_trips::<
        otc_modelarts::types::GetDatasetMetricResp,
    >(
        "{\"metrics\":{\"un_annotation\":{\"1606233612612\":16,\"1606320012681\":16},\"failed_user\":{},\"total\":{\"1606233612612\":16,\"1606320012681\":16},\"queuing\":{},\"success\":{},\"unfinished\":{},\"manual_annotation\":{\"1606233612612\":0,\"1606320012681\":0},\"failed\":{},\"failed_system\":{}}}",
    );
}
/// `querying_the_monitoring_data_of_a_dataset` at API version v2 sends GET /v2/{project_id}/datasets/{dataset_id}/metrics.
#[tokio::test]
async fn querying_the_monitoring_data_of_a_dataset_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v2/example/datasets/example/metrics"))
        .and(query_param("end_time", "1"))
        .and(query_param("start_time", "1"))
        .and(query_param("workforce_task_id", "example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_the_monitoring_data_of_a_dataset()
        .dataset_id(v::<String>("\"example\""))
        .project_id(v::<String>("\"example\""))
        .end_time(v::<i64>("1"))
        .start_time(v::<i64>("1"))
        .workforce_task_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `querying_the_status_of_a_dataset_export_task` v2 response_200 example contradicts the schema ($.export_params.train_sample_ratio: expected a string, found 1.0), so the strict type rejects it.
#[test]
fn querying_the_status_of_a_dataset_export_task_v2_response_200() {
    rejects::<
        otc_modelarts::types::ExportTaskStatusResp,
    >(
        "{\"task_id\":\"TZMuy7OKbClkGCAc3gb\",\"path\":\"/test-obs/daoChu/\",\"export_type\":3,\"version_format\":\"Default\",\"export_format\":2,\"export_params\":{\"sample_state\":\"\",\"export_dest\":\"DIR\",\"clear_hard_property\":true,\"clear_difficult\":false,\"train_sample_ratio\":1.0,\"ratio_sample_usage\":false},\"status\":\"RUNNING\",\"progress\":0.0,\"create_time\":1606103424662,\"update_time\":1606103494124}",
    );
}
/// `querying_the_status_of_a_dataset_export_task` at API version v2 sends GET /v2/{project_id}/datasets/{resource_id}/export-tasks/{task_id}.
#[tokio::test]
async fn querying_the_status_of_a_dataset_export_task_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v2/example/datasets/example/export-tasks/example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_the_status_of_a_dataset_export_task()
        .project_id(v::<String>("\"example\""))
        .resource_id(v::<String>("\"example\""))
        .task_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `querying_the_algorithm_type_for_data_processing` v2 response_200 example deserializes and serializes back.
#[test]
fn querying_the_algorithm_type_for_data_processing_v2_response_200() {
    round_trips::<
        otc_modelarts::types::GetProcessorTaskItemsResp,
    >(
        "{\"total\":4,\"items\":[{\"template_id\":\"sys_data_cleaning\",\"label_zh\":\"label_zh to translate\",\"label_en\":\"data cleaning\"},{\"template_id\":\"sys_data_validation\",\"label_zh\":\"label_zh to translate\",\"label_en\":\"data validation\"},{\"template_id\":\"sys_data_selection\",\"label_zh\":\"label_zh to translate\",\"label_en\":\"data selection\"},{\"template_id\":\"sys_data_augmentation\",\"label_zh\":\"label_zh to translate\",\"label_en\":\"data augmentation\"}]}",
    );
}
/// `querying_the_algorithm_type_for_data_processing` at API version v2 sends GET /v2/{project_id}/processor-tasks/items.
#[tokio::test]
async fn querying_the_algorithm_type_for_data_processing_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v2/example/processor-tasks/items"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_the_algorithm_type_for_data_processing()
        .project_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `querying_the_report_of_a_team_labeling_acceptance_task` v2 response_200 example deserializes and serializes back.
#[test]
fn querying_the_report_of_a_team_labeling_acceptance_task_v2_response_200() {
    round_trips::<
        otc_modelarts::types::CheckWorkforceSamplingTaskResp,
    >(
        "{\"total_stats\":{\"sampling_rate\":1.0,\"sampling_num\":3,\"pass_rate\":0.0,\"score\":\"E\",\"total_score\":0,\"total_sample_count\":3,\"sampled_sample_count\":3,\"unchecked_sample_count\":3,\"checked_sample_count\":0,\"accepted_sample_count\":0,\"rejected_sample_count\":0}}",
    );
}
/// `querying_the_report_of_a_team_labeling_acceptance_task` at API version v2 sends GET /v2/{project_id}/datasets/{dataset_id}/workforce-tasks/{workforce_task_id}/acceptance/report.
#[tokio::test]
async fn querying_the_report_of_a_team_labeling_acceptance_task_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(
            path(
                "/v2/example/datasets/example/workforce-tasks/example/acceptance/report",
            ),
        )
        .and(query_param("checking_task_id", "example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_the_report_of_a_team_labeling_acceptance_task()
        .dataset_id(v::<String>("\"example\""))
        .project_id(v::<String>("\"example\""))
        .workforce_task_id(v::<String>("\"example\""))
        .checking_task_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `querying_details_about_the_progress_of_a_team_labeling_task_member` v2 response_200 example deserializes and serializes back.
#[test]
fn querying_details_about_the_progress_of_a_team_labeling_task_member_v2_response_200() {
    round_trips::<
        otc_modelarts::types::GetWorkforceTaskMetricResp,
    >(
        "{\"sample_stats\":{\"xxx@xxx.com\":{\"un_annotation\":51,\"rejected\":0,\"unreviewed\":0,\"accepted\":0,\"auto_annotation\":0,\"uncheck\":0}}}",
    );
}
/// `querying_details_about_the_progress_of_a_team_labeling_task_member` at API version v2 sends GET /v2/{project_id}/datasets/{dataset_id}/workforce-tasks/{workforce_task_id}/metrics.
#[tokio::test]
async fn querying_details_about_the_progress_of_a_team_labeling_task_member_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v2/example/datasets/example/workforce-tasks/example/metrics"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_details_about_the_progress_of_a_team_labeling_task_member()
        .dataset_id(v::<String>("\"example\""))
        .project_id(v::<String>("\"example\""))
        .workforce_task_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `querying_the_dataset_import_task_list` v2 response_200 example deserializes and serializes back.
#[test]
fn querying_the_dataset_import_task_list_v2_response_200() {
    round_trips::<
        otc_modelarts::types::ImportTasksStatusResp,
    >(
        "{\"total_count\":1,\"import_tasks\":[{\"status\":\"COMPLETED\",\"task_id\":\"gfghHSokody6AJigS5A_RHJ1zOkIoI3Nzwxj8nh\",\"dataset_id\":\"gfghHSokody6AJigS5A\",\"import_path\":\"obs://test-obs/daoLu_images/cat-dog/\",\"import_type\":0,\"total_sample_count\":20,\"imported_sample_count\":20,\"annotated_sample_count\":20,\"total_sub_sample_count\":0,\"imported_sub_sample_count\":0,\"total_file_size\":0,\"finished_file_count\":0,\"finished_file_size\":0,\"total_file_count\":0,\"create_time\":1606114833874,\"elapsed_time\":2}]}",
    );
}
/// `querying_the_dataset_import_task_list` at API version v2 sends GET /v2/{project_id}/datasets/{dataset_id}/import-tasks.
#[tokio::test]
async fn querying_the_dataset_import_task_list_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v2/example/datasets/example/import-tasks"))
        .and(query_param("limit", "10"))
        .and(query_param("offset", "0"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_the_dataset_import_task_list()
        .dataset_id(v::<String>("\"example\""))
        .project_id(v::<String>("\"example\""))
        .limit(v::<i64>("10"))
        .offset(v::<i64>("0"))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `creating_an_import_task` v2 response_200 example deserializes and serializes back.
#[test]
fn creating_an_import_task_v2_response_200() {
    round_trips::<
        otc_modelarts::types::ImportResp,
    >("{\"task_id\":\"gfghHSokody6AJigS5A_m1dYqOw8vWCAznw1V28\"}");
}
/// The documented `creating_an_import_task` v2 request_body example deserializes ($.included_tags: field not in the schema).
#[test]
fn creating_an_import_task_v2_request_body() {
    deserializes::<
        otc_modelarts::types::ImportReq,
    >(
        "{\"import_type\":\"dir\",\"import_path\":\"s3://test-obs/daoLu_images/cat-dog/\",\"included_tags\":[],\"import_annotations\":false,\"difficult_only\":false}",
    );
}
/// `creating_an_import_task` at API version v2 sends POST /v2/{project_id}/datasets/{dataset_id}/import-tasks.
#[tokio::test]
async fn creating_an_import_task_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v2/example/datasets/example/import-tasks"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .creating_an_import_task()
        .dataset_id(v::<String>("\"example\""))
        .project_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(same(& sent, & v("{}")), "sent body {sent}");
}
/// The documented `querying_the_list_of_all_labeling_team_members` v2 response_200 example deserializes and serializes back.
#[test]
fn querying_the_list_of_all_labeling_team_members_v2_response_200() {
    round_trips::<
        otc_modelarts::types::ListWorkersResp,
    >(
        "{\"total_number\":2,\"workers\":[{\"email\":\"xxx@xxx.com\",\"worker_id\":\"df40e4afcb793d13f01f6c9022341e6f\",\"workforce_id\":\"feSUo5NUIUnQAQNNTiS\",\"status\":0,\"role\":2,\"description\":\"\",\"create_time\":1595927749772,\"update_time\":1595927749772},{\"email\":\"xxx@xxx.com\",\"worker_id\":\"27906df1d06c0827b7c24f761d618541\",\"workforce_id\":\"XiL5RcHmxyIt3aYIOtI\",\"status\":0,\"role\":2,\"description\":\"\",\"create_time\":1590027298717,\"update_time\":1590027298717}]}",
    );
}
/// `querying_the_list_of_all_labeling_team_members` at API version v2 sends GET /v2/{project_id}/workforces/workers.
#[tokio::test]
async fn querying_the_list_of_all_labeling_team_members_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v2/example/workforces/workers"))
        .and(query_param("limit", "10"))
        .and(query_param("offset", "0"))
        .and(query_param("order", "desc"))
        .and(query_param("role", "0"))
        .and(query_param("sort_by", "create_time"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_the_list_of_all_labeling_team_members()
        .project_id(v::<String>("\"example\""))
        .limit(v::<i64>("10"))
        .offset(v::<i64>("0"))
        .order(v::<otc_modelarts::types::Order>("\"desc\""))
        .role(v::<i64>("0"))
        .sort_by(v::<otc_modelarts::types::SortBy5>("\"create_time\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `querying_auto_labeling_sample_list` v2 response_200 example contradicts the schema ($.samples[0].metadata.@modelarts:hard: expected a number, found true), so the strict type rejects it.
#[test]
fn querying_auto_labeling_sample_list_v2_response_200() {
    rejects::<
        otc_modelarts::types::ListSamplesResp,
    >(
        "{\"sample_count\":1,\"samples\":[{\"sample_id\":\"10de574cbf0f09d4798b87ba0eb34e37\",\"sample_type\":0,\"labels\":[{\"name\":\"sunflowers\",\"type\":0,\"id\":\"1\",\"property\":{\"@modelarts:hard_coefficient\":\"0.0\",\"@modelarts:hard\":\"false\"},\"score\":1.0}],\"source\":\"https://test-obs.obs.xxx.com:443/dogcat/8_1597649054631.jpeg?AccessKeyId=alRn0xskf5luJaG2jBJe&Expires=1606299230&x-image-process=image%2Fresize%2Cm_lfit%2Ch_200&Signature=MNAAjXz%2Fmwn%2BSabSK9wkaG6b6bU%3D\",\"metadata\":{\"@modelarts:hard_coefficient\":1.0,\"@modelarts:hard\":true,\"@modelarts:import_origin\":0,\"@modelarts:hard_reasons\":[8,6,5,3]},\"sample_time\":1601432758000,\"sample_status\":\"UN_ANNOTATION\"}]}",
    );
}
/// `querying_auto_labeling_sample_list` at API version v2 sends GET /v2/{project_id}/datasets/{dataset_id}/auto-annotations/samples.
#[tokio::test]
async fn querying_auto_labeling_sample_list_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v2/example/datasets/example/auto-annotations/samples"))
        .and(query_param("high_score", "1"))
        .and(query_param("label_name", "example"))
        .and(query_param("label_type", "1"))
        .and(query_param("limit", "10"))
        .and(query_param("low_score", "0"))
        .and(query_param("offset", "0"))
        .and(query_param("order", "desc"))
        .and(query_param("process_parameter", "example"))
        .and(query_param("search_conditions", "example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_auto_labeling_sample_list()
        .dataset_id(v::<String>("\"example\""))
        .project_id(v::<String>("\"example\""))
        .high_score(v::<String>("\"1\""))
        .label_name(v::<String>("\"example\""))
        .label_type(v::<i64>("1"))
        .limit(v::<i64>("10"))
        .low_score(v::<String>("\"0\""))
        .offset(v::<i64>("0"))
        .order(v::<otc_modelarts::types::Order>("\"desc\""))
        .process_parameter(v::<String>("\"example\""))
        .search_conditions(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `querying_the_result_of_a_data_processing_task_version` v2 response_200 example deserializes and serializes back.
#[test]
fn querying_the_result_of_a_data_processing_task_version_v2_response_200() {
    round_trips::<
        otc_modelarts::types::ListProcessorTaskVersionResultsResp,
    >(
        "{\"count\":3,\"results\":[{\"sample_id\":\"0ac9aee517acbef965f547bb5a3268af\",\"version_id\":\"7PoIhUzSk92OglQrTxr\",\"origin_source\":\"s3://test-obs/classify/data/cat-dog/8.jpg\",\"new_source\":\"obs://test-obs/classify/output/7PoIhUzSk92OglQrTxr/Data/8.jpg\",\"signed_origin_source\":\"https://test-obs.obs.xxx.com:443/classify/data/cat-dog/8.jpg?AccessKeyId=I5IZ9R29S1W9WACNJJ0J&Expires=1606380154&x-obs-security-token=gQpjbi1ub3J0aC03jQ5yFSR1TfKXjeawutgyAnMrdoGNaSkeSBOKK...&Signature=GbnVBZ5JxUWhiAulUzpV9TD835Q%3D\",\"signed_new_source\":\"https://test-obs.obs.xxx.com:443/classify/output/7PoIhUzSk92OglQrTxr/Data/8.jpg?AccessKeyId=I5IZ9R29S1W9WACNJJ0J&Expires=1606380154&x-obs-security-token=gQpjbi1ub3J0aC03jQ5yFSR1TfKXjeawutgyAnMrdoGNaSkeSBOKK...&Signature=Q5stFFFfVx9kykR49S8PPBlFqe0%3D\",\"result_property\":3,\"result_description\":[[\"use AddNoise augmentation\"],[\"result_description to translate\"]]},{\"sample_id\":\"196799b2d731727b1800b70851fc60b0\",\"version_id\":\"7PoIhUzSk92OglQrTxr\",\"origin_source\":\"s3://test-obs/classify/data/cat-dog/2.jpg\",\"new_source\":\"obs://test-obs/classify/output/7PoIhUzSk92OglQrTxr/Data/2.jpg\",\"signed_origin_source\":\"https://test-obs.obs.xxx.com:443/classify/data/cat-dog/2.jpg?AccessKeyId=QEKFB6WFGZWC2YUP2JPK&Expires=1606380154&x-obs-security-token=gQpjbi1ub3J0aC03jdUZcXVRCNOHjWNNWiuu2E9Q...&Signature=6yvhJufi5kQO6UjToQgR0ztP%2Bis%3D\",\"signed_new_source\":\"https://test-obs.obs.xxx.com:443/classify/output/7PoIhUzSk92OglQrTxr/Data/2.jpg?AccessKeyId=QEKFB6WFGZWC2YUP2JPK&Expires=1606380154&x-obs-security-token=gQpjbi1ub3J0aC03jdUZcXVRCNOHjWNNWiuu2E...&Signature=Zr%2BAEBDJwKS%2FpS6vzxK7MSzjblA%3D\",\"result_property\":3,\"result_description\":[[\"use AddNoise augmentation\"],[\"result_description to translate\"]]},{\"sample_id\":\"1dc7351b78dcb24850f71d20267edd0e\",\"version_id\":\"7PoIhUzSk92OglQrTxr\",\"origin_source\":\"s3://test-obs/classify/data/cat-dog/import_1603716822103/test-obs/classify/output/E8ZLnTQvPBVtbZ6QsAp/Data/13.jpg\",\"new_source\":\"obs://test-obs/classify/output/7PoIhUzSk92OglQrTxr/Data/13.jpg\",\"signed_origin_source\":\"https://test-obs.obs.xxx.com:443/classify/data/cat-dog/import_1603716822103/test-obs/classify/output/E8ZLnTQvPBVtbZ6QsAp/Data/13.jpg?AccessKeyId=W6TSX9F1BRS8AUBDYKPY&Expires=1606380154&x-obs-security-token=gQpjbi1ub3J0aC03jVVFic8iObvdqZLuWxyIHlAjbJPCTX...&Signature=WV73XnoMkBDoSuVe%2BFSUaP1GxKw%3D\",\"signed_new_source\":\"https://test-obs.obs.xxx.com:443/classify/output/7PoIhUzSk92OglQrTxr/Data/13.jpg?AccessKeyId=W6TSX9F1BRS8AUBDYKPY&Expires=1606380154&x-obs-security-token=gQpjbi1ub3J0aC03jVVFic8iObvdqZLuWxyIHlAjbJPCTXeYXkQh8z...&Signature=%2FYsgrsbyrz5ZQrndrQ9QyoHluYQ%3D\",\"result_property\":3,\"result_description\":[[\"use AddNoise augmentation\"],[\"result_description to translate\"]]}],\"has_more\":true}",
    );
}
/// `querying_the_result_of_a_data_processing_task_version` at API version v2 sends GET /v2/{project_id}/processor-tasks/{task_id}/versions/{version_id}/results.
#[tokio::test]
async fn querying_the_result_of_a_data_processing_task_version_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v2/example/processor-tasks/example/versions/example/results"))
        .and(query_param("limit", "10"))
        .and(query_param("offset", "0"))
        .and(query_param("process_parameter", "example"))
        .and(query_param("result_property", "-1"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_the_result_of_a_data_processing_task_version()
        .project_id(v::<String>("\"example\""))
        .task_id(v::<String>("\"example\""))
        .version_id(v::<String>("\"example\""))
        .limit(v::<i64>("10"))
        .offset(v::<i64>("0"))
        .process_parameter(v::<String>("\"example\""))
        .result_property(v::<otc_modelarts::types::ResultProperty>("\"-1\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `querying_the_sample_list` v2 response_200 example deserializes ($.samples[0].metadata.@modelarts:import_origin: field not in the schema).
#[test]
fn querying_the_sample_list_v2_response_200() {
    deserializes::<
        otc_modelarts::types::SampleManagementListSamplesResp,
    >(
        "{\"sample_count\":2,\"samples\":[{\"sample_id\":\"012f99f3cf405860130b6ed2350c2228\",\"sample_type\":0,\"labels\":[{\"name\":\"car\",\"type\":0,\"property\":{}}],\"source\":\"https://test-obs.obs.xxx.com:443/image/aifood/%E5%86%B0%E6%BF%80%E5%87%8C/36502.jpg?AccessKeyId=RciyO7RHmhNTfOZVryUH&Expires=1606296688&x-image-process=image%2Fresize%2Cm_lfit%2Ch_200&Signature=icyvHhFew9vnmy3zh1uZMP15Mbg%3D\",\"metadata\":{\"@modelarts:import_origin\":0},\"sample_time\":1589190552106,\"sample_status\":\"MANUAL_ANNOTATION\",\"annotated_by\":\"human/test_123/test_123\",\"labelers\":[{\"email\":\"xxx@xxx.com\",\"worker_id\":\"5d8d4033b428fed5ac158942c33940a2\",\"role\":0}]},{\"sample_id\":\"0192f3acfb000666033a0f85c21577c7\",\"sample_type\":0,\"labels\":[{\"name\":\"car\",\"type\":0,\"property\":{}}],\"source\":\"https://test-obs.obs.xxx.com:443/image/aifood/%E5%86%B0%E6%BF%80%E5%87%8C/36139.jpg?AccessKeyId=RciyO7RHmhNTfOZVryUH&Expires=1606296688&x-image-process=image%2Fresize%2Cm_lfit%2Ch_200&Signature=RRr9r2cghLCXk%2B0%2BfHtYJi8eZ4k%3D\",\"metadata\":{\"@modelarts:import_origin\":0},\"sample_time\":1589190543327,\"sample_status\":\"MANUAL_ANNOTATION\",\"annotated_by\":\"human/test_123/test_123\",\"labelers\":[{\"email\":\"xxx@xxx.com\",\"worker_id\":\"a2abd3f27b4e92c593c15282f8b6bd29\",\"role\":0}]}]}",
    );
}
/// `querying_the_sample_list` at API version v2 sends GET /v2/{project_id}/datasets/{dataset_id}/data-annotations/samples.
#[tokio::test]
async fn querying_the_sample_list_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v2/example/datasets/example/data-annotations/samples"))
        .and(query_param("email", "example"))
        .and(query_param("high_score", "1"))
        .and(query_param("label_name", "example"))
        .and(query_param("label_type", "1"))
        .and(query_param("limit", "10"))
        .and(query_param("locale", "en-us"))
        .and(query_param("low_score", "0"))
        .and(query_param("offset", "0"))
        .and(query_param("order", "desc"))
        .and(query_param("preview", "true"))
        .and(query_param("process_parameter", "example"))
        .and(query_param("sample_state", "ALL"))
        .and(query_param("sample_type", "9"))
        .and(query_param("search_conditions", "example"))
        .and(query_param("version_id", "example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_the_sample_list()
        .dataset_id(v::<String>("\"example\""))
        .project_id(v::<String>("\"example\""))
        .email(v::<String>("\"example\""))
        .high_score(v::<String>("\"1\""))
        .label_name(v::<String>("\"example\""))
        .label_type(v::<i64>("1"))
        .limit(v::<i64>("10"))
        .locale(
            v::<otc_modelarts::types::UpdateWorkforceSamplingTaskReqLocale>("\"en-us\""),
        )
        .low_score(v::<String>("\"0\""))
        .offset(v::<i64>("0"))
        .order(v::<otc_modelarts::types::Order>("\"desc\""))
        .preview(v::<bool>("true"))
        .process_parameter(v::<String>("\"example\""))
        .sample_state(v::<otc_modelarts::types::ExportParamsSampleState>("\"ALL\""))
        .sample_type(v::<i64>("9"))
        .search_conditions(v::<String>("\"example\""))
        .version_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `updating_sample_labels_in_batches` v2 response_200 example deserializes and serializes back.
#[test]
fn updating_sample_labels_in_batches_v2_response_200() {
    round_trips::<otc_modelarts::types::UpdateSamplesResp>("{\"success\":true}");
}
/// The documented `updating_sample_labels_in_batches` v2 request_body example deserializes and serializes back.
#[test]
fn updating_sample_labels_in_batches_v2_request_body() {
    round_trips::<
        otc_modelarts::types::UpdateSamplesReq,
    >(
        "{\"samples\":[{\"sample_id\":\"8b583c44bf249f8ba43ea42c92920221\",\"labels\":[{\"name\":\"yunbao\"}]},{\"sample_id\":\"b5fe3039879660a2e6bf18166e247f68\",\"labels\":[{\"name\":\"yunbao\"}]}]}",
    );
}
/// `updating_sample_labels_in_batches` at API version v2 sends PUT /v2/{project_id}/datasets/{dataset_id}/data-annotations/samples.
#[tokio::test]
async fn updating_sample_labels_in_batches_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("PUT"))
        .and(path("/v2/example/datasets/example/data-annotations/samples"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .updating_sample_labels_in_batches()
        .dataset_id(v::<String>("\"example\""))
        .project_id(v::<String>("\"example\""))
        .samples(
            v::<
                Vec<otc_modelarts::types::SampleLabels>,
            >(
                "[{\"sample_id\":\"8b583c44bf249f8ba43ea42c92920221\",\"labels\":[{\"name\":\"yunbao\"}]},{\"sample_id\":\"b5fe3039879660a2e6bf18166e247f68\",\"labels\":[{\"name\":\"yunbao\"}]}]",
            ),
        )
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, &
        v("{\"samples\":[{\"sample_id\":\"8b583c44bf249f8ba43ea42c92920221\",\"labels\":[{\"name\":\"yunbao\"}]},{\"sample_id\":\"b5fe3039879660a2e6bf18166e247f68\",\"labels\":[{\"name\":\"yunbao\"}]}]}")),
        "sent body {sent}"
    );
}
/// The documented `adding_samples_in_batches` v2 response_200 example deserializes and serializes back.
#[test]
fn adding_samples_in_batches_v2_response_200() {
    round_trips::<
        otc_modelarts::types::UploadSamplesResp,
    >(
        "{\"success\":true,\"results\":[{\"success\":true,\"name\":\"/test-obs/classify/input/cat-dog/2.jpg\",\"info\":\"960585877c92d63911ba555ab3129d36\"}]}",
    );
}
/// The documented `adding_samples_in_batches` v2 request_body example deserializes and serializes back.
#[test]
fn adding_samples_in_batches_v2_request_body() {
    round_trips::<
        otc_modelarts::types::UploadSamplesReq,
    >(
        "{\"samples\":[{\"name\":\"2.jpg\",\"data\":\"/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHRofHh0aHBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/2wBDAQkJCQwLDBgNDRgyIRwhMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjL/wAARCAA1AJUDASIAAhEBAxEB/8QAHwAAAQUBAQEBAQEAAAAAAAAAAAECAwQFBgcICQoL/8QAtRAAAgEDAwIEAwUFBAQAAAF9AQIDAAQRBRIhMUEGE1FhByJxFDKBkaEII0KxwRVS0fAkM2JyggkKFhcYGRolJicoKSo0NTY3ODk6Q0RFRkdISUpTVFVWV1hZWmNkZWZnaGlqc3R1dnd4eXqDhIWGh4iJipKTlJWWl5iZmqKjpKWmp6ipqrKztLW2t7i5usLDxMXGx8jJytLT1NXW19jZ2uHi4+Tl5ufo6erx8vP09fb3+Pn6/8QAHwEAAwEBAQEBAQEBAQAAAAAAAAECAwQFBgcICQoL\"}]}",
    );
}
/// `adding_samples_in_batches` at API version v2 sends POST /v2/{project_id}/datasets/{dataset_id}/data-annotations/samples.
#[tokio::test]
async fn adding_samples_in_batches_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v2/example/datasets/example/data-annotations/samples"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .adding_samples_in_batches()
        .dataset_id(v::<String>("\"example\""))
        .project_id(v::<String>("\"example\""))
        .samples(
            v::<
                Vec<otc_modelarts::types::Sample>,
            >(
                "[{\"name\":\"2.jpg\",\"data\":\"/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHRofHh0aHBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/2wBDAQkJCQwLDBgNDRgyIRwhMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjL/wAARCAA1AJUDASIAAhEBAxEB/8QAHwAAAQUBAQEBAQEAAAAAAAAAAAECAwQFBgcICQoL/8QAtRAAAgEDAwIEAwUFBAQAAAF9AQIDAAQRBRIhMUEGE1FhByJxFDKBkaEII0KxwRVS0fAkM2JyggkKFhcYGRolJicoKSo0NTY3ODk6Q0RFRkdISUpTVFVWV1hZWmNkZWZnaGlqc3R1dnd4eXqDhIWGh4iJipKTlJWWl5iZmqKjpKWmp6ipqrKztLW2t7i5usLDxMXGx8jJytLT1NXW19jZ2uHi4+Tl5ufo6erx8vP09fb3+Pn6/8QAHwEAAwEBAQEBAQEBAQAAAAAAAAECAwQFBgcICQoL\"}]",
            ),
        )
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, &
        v("{\"samples\":[{\"name\":\"2.jpg\",\"data\":\"/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHRofHh0aHBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/2wBDAQkJCQwLDBgNDRgyIRwhMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjL/wAARCAA1AJUDASIAAhEBAxEB/8QAHwAAAQUBAQEBAQEAAAAAAAAAAAECAwQFBgcICQoL/8QAtRAAAgEDAwIEAwUFBAQAAAF9AQIDAAQRBRIhMUEGE1FhByJxFDKBkaEII0KxwRVS0fAkM2JyggkKFhcYGRolJicoKSo0NTY3ODk6Q0RFRkdISUpTVFVWV1hZWmNkZWZnaGlqc3R1dnd4eXqDhIWGh4iJipKTlJWWl5iZmqKjpKWmp6ipqrKztLW2t7i5usLDxMXGx8jJytLT1NXW19jZ2uHi4+Tl5ufo6erx8vP09fb3+Pn6/8QAHwEAAwEBAQEBAQEBAQAAAAAAAAECAwQFBgcICQoL\"}]}")),
        "sent body {sent}"
    );
}
/// The documented `obtaining_sample_search_condition` v2 response_200 example deserializes and serializes back.
#[test]
fn obtaining_sample_search_condition_v2_response_200() {
    round_trips::<
        otc_modelarts::types::ListSearchResp,
    >(
        "{\"labels\":[{\"name\":\"Cat\",\"type\":0,\"property\":{\"@modelarts:color\":\"#3399ff\"}},{\"name\":\"Dog\",\"type\":0,\"property\":{\"@modelarts:color\":\"#3399ff\"}}],\"metadata\":{},\"labelers\":[\"human/test_123/test_123\",\"human/xxx@xxx.com\",\"human/xxx@xxx.com\"]}",
    );
}
/// `obtaining_sample_search_condition` at API version v2 sends GET /v2/{project_id}/datasets/{dataset_id}/data-annotations/search-condition.
#[tokio::test]
async fn obtaining_sample_search_condition_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v2/example/datasets/example/data-annotations/search-condition"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .obtaining_sample_search_condition()
        .dataset_id(v::<String>("\"example\""))
        .project_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `querying_dataset_statistics` v2 response_200 example deserializes ($.deletion_stats: field not in the schema).
#[test]
fn querying_dataset_statistics_v2_response_200() {
    deserializes::<
        otc_modelarts::types::ListStatsResp,
    >(
        "{\"label_stats\":[{\"name\":\"Dog\",\"type\":1,\"property\":{\"@modelarts:color\":\"#3399ff\"},\"count\":8,\"sample_count\":5}],\"sample_stats\":{\"un_annotation\":309,\"all\":317,\"total\":317,\"deleted\":0,\"manual_annotation\":8,\"auto_annotation\":0,\"lefted\":317},\"key_sample_stats\":{\"total\":317,\"non_key_sample\":315,\"key_sample\":2},\"deletion_stats\":{},\"metadata_stats\":{},\"data_spliting_enable\":false}",
    );
}
/// `querying_dataset_statistics` at API version v2 sends GET /v2/{project_id}/datasets/{dataset_id}/data-annotations/stats.
#[tokio::test]
async fn querying_dataset_statistics_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v2/example/datasets/example/data-annotations/stats"))
        .and(query_param("email", "example"))
        .and(query_param("locale", "en-us"))
        .and(query_param("sample_state", "ALL"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_dataset_statistics()
        .dataset_id(v::<String>("\"example\""))
        .project_id(v::<String>("\"example\""))
        .email(v::<String>("\"example\""))
        .locale(v::<otc_modelarts::types::Locale>("\"en-us\""))
        .sample_state(v::<otc_modelarts::types::ExportParamsSampleState>("\"ALL\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `querying_the_team_labeling_task_list_by_a_team_member` v2 response_200 example deserializes ($.worker_tasks[0].user: field not in the schema).
#[test]
fn querying_the_team_labeling_task_list_by_a_team_member_v2_response_200() {
    deserializes::<
        otc_modelarts::types::ListWorkerTasksResp,
    >(
        "{\"count\":2,\"worker_tasks\":[{\"email\":\"xxx@xxx.com\",\"worker_id\":\"8c15ad080d3eabad14037b4eb00d6a6f\",\"role\":0,\"task_id\":\"tY330MHxV9dqIPVaTRM\",\"workforce_task_name\":\"task-cd60\",\"dataset_id\":\"WxCREuCkBSAlQr9xrde\",\"sample_stats\":{\"total_sample_count\":309,\"unannotated_sample_count\":308,\"unreviewed_sample_count\":0,\"uncheck_sample_count\":1,\"sampled_sample_count\":0,\"rejected_sample_count\":0,\"accepted_sample_count\":0,\"auto_annotation_sample_count\":0},\"create_time\":1606224714358,\"update_time\":1606224878490,\"email_status\":3,\"last_notify_time\":0,\"dataset_type\":1,\"task_status\":1,\"user\":{\"domainId\":\"04f924738800d3270fc0c013a47363a0\",\"domainName\":\"test_123\",\"projectId\":\"04f924739300d3272fc3c013e36bb4b8\",\"userId\":\"04f924743b00d4331f31c0131ada6769\",\"userName\":\"test_123\"}},{\"email\":\"xxx@xxx.com\",\"worker_id\":\"8c15ad080d3eabad14037b4eb00d6a6f\",\"role\":0,\"task_id\":\"MJVjCQDMso95a8dvUm4\",\"workforce_task_name\":\"task-2720\",\"dataset_id\":\"OY82gjEHxt9w1efgrhS\",\"sample_stats\":{\"total_sample_count\":50005,\"unannotated_sample_count\":50005,\"unreviewed_sample_count\":0,\"uncheck_sample_count\":0,\"sampled_sample_count\":0,\"rejected_sample_count\":0,\"accepted_sample_count\":0,\"auto_annotation_sample_count\":0},\"create_time\":1605949737134,\"update_time\":1605949737134,\"email_status\":3,\"last_notify_time\":0,\"dataset_type\":0,\"task_status\":2,\"user\":{\"domainId\":\"04f924738800d3270fc0c013a47363a0\",\"domainName\":\"test_123\",\"projectId\":\"04f924739300d3272fc3c013e36bb4b8\",\"userId\":\"04f924743b00d4331f31c0131ada6769\",\"userName\":\"test_123\"}}]}",
    );
}
/// `querying_the_team_labeling_task_list_by_a_team_member` at API version v2 sends GET /v2/{project_id}/workforces/worker-tasks.
#[tokio::test]
async fn querying_the_team_labeling_task_list_by_a_team_member_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v2/example/workforces/worker-tasks"))
        .and(query_param("limit", "10"))
        .and(query_param("offset", "0"))
        .and(query_param("order", "desc"))
        .and(query_param("search_content", "example"))
        .and(query_param("sort_by", "create_time"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_the_team_labeling_task_list_by_a_team_member()
        .project_id(v::<String>("\"example\""))
        .limit(v::<i64>("10"))
        .offset(v::<i64>("0"))
        .order(v::<otc_modelarts::types::Order>("\"desc\""))
        .search_content(v::<String>("\"example\""))
        .sort_by(v::<otc_modelarts::types::SortBy7>("\"create_time\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `querying_the_sample_list_of_a_team_labeling_task_by_page` v2 response_200 example deserializes ($.samples[0].metadata.@modelarts:import_origin: field not in the schema).
#[test]
fn querying_the_sample_list_of_a_team_labeling_task_by_page_v2_response_200() {
    deserializes::<
        otc_modelarts::types::SampleManagementListSamplesResp,
    >(
        "{\"sample_count\":2,\"samples\":[{\"sample_id\":\"26c6dd793d80d3274eb89349ec76d678\",\"sample_type\":0,\"labels\":[],\"source\":\"https://test-obs.obs.xxx.com:443/detect/data/dataset-car-and-person/IMG_kitti_0000_000016.png?AccessKeyId=P19W9X830R1Z39P5X5M5&Expires=1606300137&x-obs-security-token=gQpjbi1ub3J0aC03jKj8N6gtS4VsdTTW3QFoHMtpMoFLtCa6W_J4DxT0nYIfx...\",\"metadata\":{\"@modelarts:import_origin\":0,\"@modelarts:size\":[1242,375,3]},\"sample_time\":1598263639997,\"sample_status\":\"UN_ANNOTATION\",\"worker_id\":\"8c15ad080d3eabad14037b4eb00d6a6f\",\"labelers\":[{\"email\":\"xxx@xxx.com\",\"worker_id\":\"afdda13895bc66322ffbf36ae833bcf0\",\"role\":0}]},{\"sample_id\":\"2971815bbb11a462161b48dddf19344f\",\"sample_type\":0,\"labels\":[],\"source\":\"https://test-obs.obs.xxx.com:443/detect/data/dataset-car-and-person/IMG_kitti_0000_000011.png?AccessKeyId=P19W9X830R1Z39P5X5M5&Expires=1606300137&x-obs-security-token=gQpjbi1ub3J0aC03jKj8N6gtS4VsdTTW3QFoHMtpMoFLtC...\",\"metadata\":{\"@modelarts:import_origin\":0,\"@modelarts:size\":[1242,375,3]},\"sample_time\":1598263639997,\"sample_status\":\"UN_ANNOTATION\",\"worker_id\":\"8c15ad080d3eabad14037b4eb00d6a6f\",\"labelers\":[{\"email\":\"xxx@xxx.com\",\"worker_id\":\"305595e1901a526017d2e11f3ab0ffe1\",\"role\":0}]}]}",
    );
}
/// `querying_the_sample_list_of_a_team_labeling_task_by_page` at API version v2 sends GET /v2/{project_id}/datasets/{dataset_id}/workforce-tasks/{workforce_task_id}/data-annotations/samples.
#[tokio::test]
async fn querying_the_sample_list_of_a_team_labeling_task_by_page_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(
            path(
                "/v2/example/datasets/example/workforce-tasks/example/data-annotations/samples",
            ),
        )
        .and(query_param("label_name", "example"))
        .and(query_param("label_type", "1"))
        .and(query_param("limit", "10"))
        .and(query_param("locale", "en-us"))
        .and(query_param("offset", "0"))
        .and(query_param("process_parameter", "example"))
        .and(query_param("sample_state", "ALL"))
        .and(query_param("search_conditions", "example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_the_sample_list_of_a_team_labeling_task_by_page()
        .dataset_id(v::<String>("\"example\""))
        .project_id(v::<String>("\"example\""))
        .workforce_task_id(v::<String>("\"example\""))
        .label_name(v::<String>("\"example\""))
        .label_type(v::<i64>("1"))
        .limit(v::<i64>("10"))
        .locale(
            v::<otc_modelarts::types::UpdateWorkforceSamplingTaskReqLocale>("\"en-us\""),
        )
        .offset(v::<i64>("0"))
        .process_parameter(v::<String>("\"example\""))
        .sample_state(v::<otc_modelarts::types::ExportParamsSampleState>("\"ALL\""))
        .search_conditions(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `updating_labels_of_team_labeling_samples_in_batches` v2 request_body example deserializes and serializes back.
#[test]
fn updating_labels_of_team_labeling_samples_in_batches_v2_request_body() {
    round_trips::<
        otc_modelarts::types::UpdateSamplesReq,
    >(
        "{\"samples\":[{\"sample_id\":\"0a0939d6d3c48a3d2a2619245943ac21\",\"worker_id\":\"8c15ad080d3eabad14037b4eb00d6a6f\",\"labels\":[{\"name\":\"tulips\"}]},{\"sample_id\":\"0e1b5a16a5a577ee53aeb34278a4b3e7\",\"worker_id\":\"8c15ad080d3eabad14037b4eb00d6a6f\",\"labels\":[{\"name\":\"tulips\"}]}]}",
    );
}
/// `updating_labels_of_team_labeling_samples_in_batches` at API version v2 sends PUT /v2/{project_id}/datasets/{dataset_id}/workforce-tasks/{workforce_task_id}/data-annotations/samples.
#[tokio::test]
async fn updating_labels_of_team_labeling_samples_in_batches_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("PUT"))
        .and(
            path(
                "/v2/example/datasets/example/workforce-tasks/example/data-annotations/samples",
            ),
        )
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .updating_labels_of_team_labeling_samples_in_batches()
        .dataset_id(v::<String>("\"example\""))
        .project_id(v::<String>("\"example\""))
        .workforce_task_id(v::<String>("\"example\""))
        .samples(
            v::<
                Vec<otc_modelarts::types::SampleLabels>,
            >(
                "[{\"sample_id\":\"0a0939d6d3c48a3d2a2619245943ac21\",\"worker_id\":\"8c15ad080d3eabad14037b4eb00d6a6f\",\"labels\":[{\"name\":\"tulips\"}]},{\"sample_id\":\"0e1b5a16a5a577ee53aeb34278a4b3e7\",\"worker_id\":\"8c15ad080d3eabad14037b4eb00d6a6f\",\"labels\":[{\"name\":\"tulips\"}]}]",
            ),
        )
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, &
        v("{\"samples\":[{\"sample_id\":\"0a0939d6d3c48a3d2a2619245943ac21\",\"worker_id\":\"8c15ad080d3eabad14037b4eb00d6a6f\",\"labels\":[{\"name\":\"tulips\"}]},{\"sample_id\":\"0e1b5a16a5a577ee53aeb34278a4b3e7\",\"worker_id\":\"8c15ad080d3eabad14037b4eb00d6a6f\",\"labels\":[{\"name\":\"tulips\"}]}]}")),
        "sent body {sent}"
    );
}
/// The documented `querying_details_about_team_labeling_task_statistics` v2 response_200 example deserializes ($.deletion_stats: field not in the schema).
#[test]
fn querying_details_about_team_labeling_task_statistics_v2_response_200() {
    deserializes::<
        otc_modelarts::types::ListStatsResp,
    >(
        "{\"label_stats\":[{\"name\":\"Cat\",\"type\":1,\"property\":{\"@modelarts:color\":\"#3399ff\"},\"count\":0,\"sample_count\":0},{\"name\":\"Dog\",\"type\":1,\"property\":{\"@modelarts:color\":\"#3399ff\"},\"count\":1,\"sample_count\":1}],\"sample_stats\":{\"un_annotation\":308,\"total\":309,\"rejected\":0,\"unreviewed\":1,\"accepted\":0,\"auto_annotation\":0,\"uncheck\":0},\"key_sample_stats\":{\"total\":309,\"non_key_sample\":309,\"key_sample\":0},\"deletion_stats\":{},\"metadata_stats\":{},\"data_spliting_enable\":false}",
    );
}
/// `querying_details_about_team_labeling_task_statistics` at API version v2 sends GET /v2/{project_id}/datasets/{dataset_id}/workforce-tasks/{workforce_task_id}/data-annotations/stats.
#[tokio::test]
async fn querying_details_about_team_labeling_task_statistics_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(
            path(
                "/v2/example/datasets/example/workforce-tasks/example/data-annotations/stats",
            ),
        )
        .and(query_param("sample_state", "ALL"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_details_about_team_labeling_task_statistics()
        .dataset_id(v::<String>("\"example\""))
        .project_id(v::<String>("\"example\""))
        .workforce_task_id(v::<String>("\"example\""))
        .sample_state(v::<otc_modelarts::types::ExportParamsSampleState>("\"ALL\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `reviewing_team_labeling_results` v2 request_body example deserializes and serializes back.
#[test]
fn reviewing_team_labeling_results_v2_request_body() {
    round_trips::<
        otc_modelarts::types::AcceptSamplesReq,
    >(
        "{\"comments\":[{\"worker_id\":\"8c15ad080d3eabad14037b4eb00d6a6f\",\"sample_id\":\"0d43f9811d3808a3146c673257d4a1dbhh\",\"accept\":true,\"comment\":\"\",\"score\":\"A\"}]}",
    );
}
/// `reviewing_team_labeling_results` at API version v2 sends POST /v2/{project_id}/datasets/{dataset_id}/workforce-tasks/{workforce_task_id}/data-annotations/review.
#[tokio::test]
async fn reviewing_team_labeling_results_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(
            path(
                "/v2/example/datasets/example/workforce-tasks/example/data-annotations/review",
            ),
        )
        .respond_with(ResponseTemplate::new(200u16))
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .reviewing_team_labeling_results()
        .dataset_id(v::<String>("\"example\""))
        .project_id(v::<String>("\"example\""))
        .workforce_task_id(v::<String>("\"example\""))
        .comments(
            v::<
                Vec<otc_modelarts::types::SampleComment>,
            >(
                "[{\"worker_id\":\"8c15ad080d3eabad14037b4eb00d6a6f\",\"sample_id\":\"0d43f9811d3808a3146c673257d4a1dbhh\",\"accept\":true,\"comment\":\"\",\"score\":\"A\"}]",
            ),
        )
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, &
        v("{\"comments\":[{\"worker_id\":\"8c15ad080d3eabad14037b4eb00d6a6f\",\"sample_id\":\"0d43f9811d3808a3146c673257d4a1dbhh\",\"accept\":true,\"comment\":\"\",\"score\":\"A\"}]}")),
        "sent body {sent}"
    );
}
/// The documented `sending_an_email_to_a_labeling_team_member` v2 response_200 example deserializes and serializes back.
#[test]
fn sending_an_email_to_a_labeling_team_member_v2_response_200() {
    round_trips::<otc_modelarts::types::ResendEmailResp>("{\"success\":true}");
}
/// The documented `sending_an_email_to_a_labeling_team_member` v2 request_body example deserializes and serializes back.
#[test]
fn sending_an_email_to_a_labeling_team_member_v2_request_body() {
    round_trips::<
        otc_modelarts::types::ResendEmailReq,
    >("{\"emails\":[\"xxx@xxx.com\",\"xxx@xxx.com\"]}");
}
/// `sending_an_email_to_a_labeling_team_member` at API version v2 sends POST /v2/{project_id}/datasets/{dataset_id}/workforce-tasks/{workforce_task_id}/notify.
#[tokio::test]
async fn sending_an_email_to_a_labeling_team_member_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v2/example/datasets/example/workforce-tasks/example/notify"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .sending_an_email_to_a_labeling_team_member()
        .dataset_id(v::<String>("\"example\""))
        .project_id(v::<String>("\"example\""))
        .workforce_task_id(v::<String>("\"example\""))
        .emails(v::<Vec<String>>("[\"xxx@xxx.com\",\"xxx@xxx.com\"]"))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, & v("{\"emails\":[\"xxx@xxx.com\",\"xxx@xxx.com\"]}")),
        "sent body {sent}"
    );
}
/// The documented `creating_a_team_labeling_acceptance_task` v2 response_200 example deserializes and serializes back.
#[test]
fn creating_a_team_labeling_acceptance_task_v2_response_200() {
    round_trips::<
        otc_modelarts::types::CreateWorkforceSamplingTaskResp,
    >("{\"task_id\":\"nv6BbozxCJmZcHAE9hV\"}");
}
/// The documented `creating_a_team_labeling_acceptance_task` v2 request_body example deserializes and serializes back.
#[test]
fn creating_a_team_labeling_acceptance_task_v2_request_body() {
    round_trips::<
        otc_modelarts::types::CreateWorkforceSamplingTaskReq,
    >("{\"sampling_rate\":0.2}");
}
/// `creating_a_team_labeling_acceptance_task` at API version v2 sends POST /v2/{project_id}/datasets/{dataset_id}/workforce-tasks/{workforce_task_id}/acceptance.
#[tokio::test]
async fn creating_a_team_labeling_acceptance_task_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v2/example/datasets/example/workforce-tasks/example/acceptance"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .creating_a_team_labeling_acceptance_task()
        .dataset_id(v::<String>("\"example\""))
        .project_id(v::<String>("\"example\""))
        .workforce_task_id(v::<String>("\"example\""))
        .sampling_rate(v::<f64>("0.2"))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(same(& sent, & v("{\"sampling_rate\":0.2}")), "sent body {sent}");
}
/// `stopping_an_intelligent_task` at API version v2 sends POST /v2/{project_id}/datasets/{dataset_id}/tasks/{task_id}/stop.
#[tokio::test]
async fn stopping_an_intelligent_task_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v2/example/datasets/example/tasks/example/stop"))
        .respond_with(ResponseTemplate::new(204u16))
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .stopping_an_intelligent_task()
        .dataset_id(v::<String>("\"example\""))
        .project_id(v::<String>("\"example\""))
        .task_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// `stopping_the_version_of_a_data_processing_task` at API version v2 sends POST /v2/{project_id}/processor-tasks/{task_id}/versions/{version_id}/stop.
#[tokio::test]
async fn stopping_the_version_of_a_data_processing_task_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v2/example/processor-tasks/example/versions/example/stop"))
        .respond_with(ResponseTemplate::new(200u16))
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .stopping_the_version_of_a_data_processing_task()
        .project_id(v::<String>("\"example\""))
        .task_id(v::<String>("\"example\""))
        .version_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// `synchronizing_a_dataset` at API version v2 sends POST /v2/{project_id}/datasets/{dataset_id}/sync-data.
#[tokio::test]
async fn synchronizing_a_dataset_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v2/example/datasets/example/sync-data"))
        .respond_with(ResponseTemplate::new(200u16))
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .synchronizing_a_dataset()
        .dataset_id(v::<String>("\"example\""))
        .project_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `querying_the_status_of_a_dataset_synchronization_task` v2 response_200 example deserializes and serializes back.
#[test]
fn querying_the_status_of_a_dataset_synchronization_task_v2_response_200() {
    round_trips::<
        otc_modelarts::types::SyncDataSourceStatusResp,
    >("{\"status\":\"COMPLETED\",\"dataset_id\":\"gfghHSokody6AJigS5A\"}");
}
/// `querying_the_status_of_a_dataset_synchronization_task` at API version v2 sends GET /v2/{project_id}/datasets/{dataset_id}/sync-data/status.
#[tokio::test]
async fn querying_the_status_of_a_dataset_synchronization_task_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v2/example/datasets/example/sync-data/status"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_the_status_of_a_dataset_synchronization_task()
        .dataset_id(v::<String>("\"example\""))
        .project_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `updating_the_status_of_a_team_labeling_acceptance_task` v2 response_200 example deserializes and serializes back.
#[test]
fn updating_the_status_of_a_team_labeling_acceptance_task_v2_response_200() {
    round_trips::<otc_modelarts::types::UpdateWorkforceSamplingTaskResp>("{}");
}
/// The documented `updating_the_status_of_a_team_labeling_acceptance_task` v2 request_body example deserializes and serializes back.
#[test]
fn updating_the_status_of_a_team_labeling_acceptance_task_v2_request_body() {
    round_trips::<
        otc_modelarts::types::UpdateWorkforceSamplingTaskReq,
    >("{\"action\":0}");
}
/// `updating_the_status_of_a_team_labeling_acceptance_task` at API version v2 sends PUT /v2/{project_id}/datasets/{dataset_id}/workforce-tasks/{workforce_task_id}/acceptance/status.
#[tokio::test]
async fn updating_the_status_of_a_team_labeling_acceptance_task_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("PUT"))
        .and(
            path(
                "/v2/example/datasets/example/workforce-tasks/example/acceptance/status",
            ),
        )
        .and(query_param("locale", "en-us"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .updating_the_status_of_a_team_labeling_acceptance_task()
        .dataset_id(v::<String>("\"example\""))
        .project_id(v::<String>("\"example\""))
        .workforce_task_id(v::<String>("\"example\""))
        .locale(
            v::<otc_modelarts::types::UpdateWorkforceSamplingTaskReqLocale>("\"en-us\""),
        )
        .action(v::<i64>("0"))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(same(& sent, & v("{\"action\":0}")), "sent body {sent}");
}
/// The documented `obtaining_user_image_groups` v1 response_200 example deserializes and serializes back.
#[test]
fn obtaining_user_image_groups_v1_response_200() {
    round_trips::<
        otc_modelarts::types::ImageGroupListResponse,
    >(
        "{\"current\":1,\"data\":[{\"create_at\":1652878011643,\"name\":\"123\",\"namespace\":\"cnnorth7-infer-model-dev\",\"update_at\":1652878531791,\"version_count\":1},{\"create_at\":1671708630448,\"name\":\"pytorch_1_8\",\"namespace\":\"op_svc_modelarts_container2\",\"update_at\":1671708630448,\"version_count\":1},{\"create_at\":1671093486722,\"name\":\"mock-service-python\",\"namespace\":\"mock-service1\",\"update_at\":1671093486722,\"version_count\":1}],\"pages\":1,\"size\":3,\"total\":3}",
    );
}
/// `obtaining_user_image_groups` at API version v1 sends GET /v1/{project_id}/images/group.
#[tokio::test]
async fn obtaining_user_image_groups_v1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/example/images/group"))
        .and(query_param("name", "example"))
        .and(query_param("name_fuzzy_match", "true"))
        .and(query_param("namespace", "example"))
        .and(query_param("type", "BUILD_IN"))
        .and(query_param("workspace_id", "0"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .obtaining_user_image_groups()
        .project_id(v::<String>("\"example\""))
        .name(v::<String>("\"example\""))
        .name_fuzzy_match(v::<bool>("true"))
        .namespace(v::<String>("\"example\""))
        .type_(v::<otc_modelarts::types::Type>("\"BUILD_IN\""))
        .workspace_id(v::<String>("\"0\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `querying_a_workspace_list` v1 response_200 example contradicts the schema ($.workspaces[0].id: expected a string, found 0), so the strict type rejects it.
#[test]
fn querying_a_workspace_list_v1_response_200() {
    rejects::<
        otc_modelarts::types::ListWorkspacesResp,
    >(
        "{\"total_count\":10,\"count\":1,\"workspaces\":[{\"id\":0,\"name\":\"default\",\"description\":\"\",\"owner\":\"testUser\",\"enterprise_project_id\":\"***b0091-887f-4839-9929-cbc884f1e***\",\"enterprise_project_name\":\"default\",\"auth_type\":\"public\",\"create_time\":1460000010000,\"update_time\":1460000010000,\"status\":\"NORMAL\",\"status_info\":\"\"}]}",
    );
}
/// `querying_a_workspace_list` at API version v1 sends GET /v1/{project_id}/workspaces.
#[tokio::test]
async fn querying_a_workspace_list_v1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/example/workspaces"))
        .and(query_param("offset", "0"))
        .and(query_param("limit", "1000"))
        .and(query_param("sort_by", "name"))
        .and(query_param("order", "desc"))
        .and(query_param("enterprise_project_id", "example"))
        .and(query_param("name", "example"))
        .and(query_param("filter_accessible", "false"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_a_workspace_list()
        .project_id(v::<String>("\"example\""))
        .offset(v::<i64>("0"))
        .limit(v::<i64>("1000"))
        .sort_by(v::<otc_modelarts::types::SortBy8>("\"name\""))
        .order(v::<otc_modelarts::types::Order>("\"desc\""))
        .enterprise_project_id(v::<String>("\"example\""))
        .name(v::<String>("\"example\""))
        .filter_accessible(v::<bool>("false"))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `creating_a_workspace` v1 response_200 example deserializes and serializes back.
#[test]
fn creating_a_workspace_v1_response_200() {
    round_trips::<
        otc_modelarts::types::WorkspaceProperties,
    >(
        "{\"id\":\"**d05d1a553b4e188ea878e7dcb85e**\",\"name\":\"test-workspace\",\"description\":\"It is a test project'\",\"owner\":\"testUser\",\"create_time\":1470000020000,\"update_time\":1470000030000,\"enterprise_project_id\":\"***b0091-887f-4839-9929-cbc884f1e***\",\"enterprise_project_name\":\"test-eps\",\"auth_type\":\"public\",\"status\":\"NORMAL\",\"status_info\":\"\"}",
    );
}
/// The documented `creating_a_workspace` v1 request_body example deserializes and serializes back.
#[test]
fn creating_a_workspace_v1_request_body() {
    round_trips::<
        otc_modelarts::types::CreateWorkspaceReq,
    >(
        "{\"name\":\"test-workspace\",\"description\":\"It is a test project\",\"enterprise_project_id\":\"***b0091-887f-4839-9929-cbc884f1e***\",\"auth_type\":\"internal\",\"grants\":[{\"user_name\":\"test\"}]}",
    );
}
/// `creating_a_workspace` at API version v1 sends POST /v1/{project_id}/workspaces.
#[tokio::test]
async fn creating_a_workspace_v1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v1/example/workspaces"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .creating_a_workspace()
        .project_id(v::<String>("\"example\""))
        .name(v::<String>("\"test-workspace\""))
        .description(v::<String>("\"It is a test project\""))
        .enterprise_project_id(v::<String>("\"***b0091-887f-4839-9929-cbc884f1e***\""))
        .auth_type(v::<otc_modelarts::types::CreateWorkspaceReqAuthType>("\"internal\""))
        .grants(v::<Vec<otc_modelarts::types::Grants>>("[{\"user_name\":\"test\"}]"))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, &
        v("{\"name\":\"test-workspace\",\"description\":\"It is a test project\",\"enterprise_project_id\":\"***b0091-887f-4839-9929-cbc884f1e***\",\"auth_type\":\"internal\",\"grants\":[{\"user_name\":\"test\"}]}")),
        "sent body {sent}"
    );
}
/// The documented `querying_details_about_a_workspace` v1 response_200 example deserializes and serializes back.
#[test]
fn querying_details_about_a_workspace_v1_response_200() {
    round_trips::<
        otc_modelarts::types::ShowWorkspaceInfoWorkspaceProperties,
    >(
        "{\"id\":\"**d05d1a553b4e188ea878e7dcb85e**\",\"name\":\"test-workspace\",\"status\":\"NORMAL\",\"status_info\":\"\",\"description\":\"\",\"owner\":\"testUser\",\"create_time\":1470000020000,\"update_time\":1470000030000,\"enterprise_project_id\":\"***b0091-887f-4839-9929-cbc884f1e***\",\"enterprise_project_name\":\"test-eps\",\"auth_type\":\"INTERNAL\",\"grants\":[{\"user_id\":\"***55d2cd53b4x458ea878e7dcb85***\",\"user_name\":\"test-iam-user\"}]}",
    );
}
/// `querying_details_about_a_workspace` at API version v1 sends GET /v1/{project_id}/workspaces/{workspace_id}.
#[tokio::test]
async fn querying_details_about_a_workspace_v1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/example/workspaces/example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_details_about_a_workspace()
        .project_id(v::<String>("\"example\""))
        .workspace_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `modifying_a_workspace` v1 response_200 example deserializes and serializes back.
#[test]
fn modifying_a_workspace_v1_response_200() {
    round_trips::<
        otc_modelarts::types::WorkspaceIdResp,
    >("{\"workspace_id\":\"***05d1a553b4e188ea878e7dcb85***\"}");
}
/// The documented `modifying_a_workspace` v1 request_body example deserializes and serializes back.
#[test]
fn modifying_a_workspace_v1_request_body() {
    round_trips::<
        otc_modelarts::types::UpdateWorkspaceReq,
    >(
        "{\"name\":\"my_workspace\",\"description\":\"It is my workspace\",\"auth_type\":\"INTERNAL\",\"grants\":[{\"user_name\":\"my_iam_user\"}]}",
    );
}
/// `modifying_a_workspace` at API version v1 sends PUT /v1/{project_id}/workspaces/{workspace_id}.
#[tokio::test]
async fn modifying_a_workspace_v1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("PUT"))
        .and(path("/v1/example/workspaces/example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .modifying_a_workspace()
        .project_id(v::<String>("\"example\""))
        .workspace_id(v::<String>("\"example\""))
        .name(v::<String>("\"my_workspace\""))
        .description(v::<String>("\"It is my workspace\""))
        .auth_type(v::<otc_modelarts::types::CreateWorkspaceReqAuthType>("\"INTERNAL\""))
        .grants(
            v::<Vec<otc_modelarts::types::Grants>>("[{\"user_name\":\"my_iam_user\"}]"),
        )
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, &
        v("{\"name\":\"my_workspace\",\"description\":\"It is my workspace\",\"auth_type\":\"INTERNAL\",\"grants\":[{\"user_name\":\"my_iam_user\"}]}")),
        "sent body {sent}"
    );
}
/// `deleting_a_workspace` at API version v1 sends DELETE /v1/{project_id}/workspaces/{workspace_id}.
#[tokio::test]
async fn deleting_a_workspace_v1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("DELETE"))
        .and(path("/v1/example/workspaces/example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .deleting_a_workspace()
        .project_id(v::<String>("\"example\""))
        .workspace_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `querying_a_workspace_quota` v1 response_200 example deserializes and serializes back.
#[test]
fn querying_a_workspace_quota_v1_response_200() {
    round_trips::<
        otc_modelarts::types::WorkspaceQuotasResp,
    >(
        "{\"quotas\":[{\"name_en\":\"ExeMLtraining duration (image classification, object detection, and soundclassification)\",\"name_cn\":\"Chinese name of the quota\",\"resource\":\"exemlProject.gpu_duration\",\"quota\":10,\"min_quota\":-1,\"max_quota\":60000,\"unit_en\":\"minute\",\"unit_cn\":\"Chinese name of the minute\",\"update_time\":1470000020000,\"used_quota\":5}]}",
    );
}
/// `querying_a_workspace_quota` at API version v1 sends GET /v1/{project_id}/workspaces/{workspace_id}/quotas.
#[tokio::test]
async fn querying_a_workspace_quota_v1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/example/workspaces/example/quotas"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_a_workspace_quota()
        .project_id(v::<String>("\"example\""))
        .workspace_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `modifying_a_workspace_quota` v1 response_200 example deserializes and serializes back.
#[test]
fn modifying_a_workspace_quota_v1_response_200() {
    round_trips::<
        otc_modelarts::types::UpdateWorkspaceQuotasResp,
    >(
        "{\"quotas\":[{\"name_en\":\"ExeMLtraining duration (image classification, object detection, and soundclassification)\",\"name_cn\":\"Chinese name of the quota\",\"resource\":\"exemlProject.gpu_duration\",\"quota\":10,\"min_quota\":-1,\"max_quota\":60000,\"unit_en\":\"minute\",\"unit_cn\":\"Chinese name of the minute\",\"update_time\":1470000020000}]}",
    );
}
/// The documented `modifying_a_workspace_quota` v1 request_body example deserializes ($.quotas[0].workspace_id: field not in the schema).
#[test]
fn modifying_a_workspace_quota_v1_request_body() {
    deserializes::<
        otc_modelarts::types::UpdateWorkspaceQuotasReq,
    >(
        "{\"quotas\":[{\"workspace_id\":\"***9cd9ea8a5432cbcd6496e57839***\",\"resource\":\"exemlProject.gpu_duration\",\"quota\":10}]}",
    );
}
/// `modifying_a_workspace_quota` at API version v1 sends PUT /v1/{project_id}/workspaces/{workspace_id}/quotas.
#[tokio::test]
async fn modifying_a_workspace_quota_v1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("PUT"))
        .and(path("/v1/example/workspaces/example/quotas"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .modifying_a_workspace_quota()
        .project_id(v::<String>("\"example\""))
        .workspace_id(v::<String>("\"example\""))
        .quotas(
            v::<
                Vec<otc_modelarts::types::UpdateWorkspaceQuotas>,
            >("[{\"resource\":\"example\",\"quota\":1}]"),
        )
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, & v("{\"quotas\":[{\"resource\":\"example\",\"quota\":1}]}")),
        "sent body {sent}"
    );
}
/// `querying_the_statuses_and_gpu_quantity_of_all_job_versions` at API version v1 sends GET /v1/{project_id}/training-jobs/versions.
#[tokio::test]
async fn querying_the_statuses_and_gpu_quantity_of_all_job_versions_v1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/example/training-jobs/versions"))
        .and(query_param("offset", "1"))
        .and(query_param("limit", "20"))
        .and(query_param("status", "example"))
        .and(query_param("sort_by", "example"))
        .and(query_param("order", "desc"))
        .and(query_param("pool_id", "example"))
        .and(query_param("workspace_id", "0"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_the_statuses_and_gpu_quantity_of_all_job_versions()
        .project_id(v::<String>("\"example\""))
        .offset(v::<i64>("1"))
        .limit(v::<i64>("20"))
        .status(v::<String>("\"example\""))
        .sort_by(v::<String>("\"example\""))
        .order(v::<otc_modelarts::types::Order>("\"desc\""))
        .pool_id(v::<String>("\"example\""))
        .workspace_id(v::<String>("\"0\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `querying_a_training_job_list` v1 response_200 example deserializes and serializes back.
#[test]
fn querying_a_training_job_list_v1_response_200() {
    round_trips::<
        otc_modelarts::types::ListTrainingJobsResponse,
    >(
        "{\"is_success\":true,\"quotas\":5,\"job_total_count\":1,\"job_count_limit\":3,\"jobs\":[{\"job_id\":10,\"job_name\":\"testModelArtsJob\",\"version_id\":10,\"status\":10,\"create_time\":1524189990635,\"duration\":532003,\"job_desc\":\"This is ModelArts job\",\"version_count\":5}]}",
    );
}
/// `querying_a_training_job_list` at API version v1 sends GET /v1/{project_id}/training-jobs.
#[tokio::test]
async fn querying_a_training_job_list_v1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/example/training-jobs"))
        .and(query_param("status", "example"))
        .and(query_param("per_page", "10"))
        .and(query_param("page", "1"))
        .and(query_param("sortBy", "job_name"))
        .and(query_param("order", "asc"))
        .and(query_param("search_content", "example"))
        .and(query_param("workspace_id", "0"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_a_training_job_list()
        .project_id(v::<String>("\"example\""))
        .status(v::<String>("\"example\""))
        .per_page(v::<i64>("10"))
        .page(v::<i64>("1"))
        .sort_by(v::<otc_modelarts::types::SortBy9>("\"job_name\""))
        .order(v::<otc_modelarts::types::Order>("\"asc\""))
        .search_content(v::<String>("\"example\""))
        .workspace_id(v::<String>("\"0\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `creating_a_training_job` v1 response_2xx example contradicts the schema ($.job_id: expected an integer, found "10"), so the strict type rejects it.
#[test]
fn creating_a_training_job_v1_response_2xx() {
    rejects::<
        otc_modelarts::types::CreateTrainingJobResponse,
    >(
        "{\"is_success\":true,\"job_id\":\"10\",\"job_name\":\"TestModelArtsJob\",\"status\":\"1\",\"create_time\":\"1524189990635\",\"version_id\":\"10\",\"version_name\":\"V0001\",\"resource_id\":\"jobafd08896\"}",
    );
}
/// The documented `creating_a_training_job` v1 request_body example contradicts the schema ($.config.model_id: required field is missing), so the strict type rejects it.
#[test]
fn creating_a_training_job_v1_request_body() {
    rejects::<
        otc_modelarts::types::CreateTrainingJobRequest,
    >(
        "{\"job_name\":\"TestModelArtsJob\",\"job_desc\":\"This is a ModelArts job\",\"workspace_id\":\"af261af2218841ec960b01ab3cf1a5fa\",\"config\":{\"worker_server_num\":1,\"app_url\":\"/usr/app/\",\"boot_file_url\":\"/usr/app/boot.py\",\"parameter\":[{\"label\":\"learning_rate\",\"value\":\"0.01\"},{\"label\":\"batch_size\",\"value\":\"32\"}],\"dataset_id\":\"38277e62-9e59-48f4-8d89-c8cf41622c24\",\"dataset_version_id\":\"2ff0d6ba-c480-45ae-be41-09a8369bfc90\",\"spec_id\":1,\"engine_id\":1,\"train_url\":\"/usr/train/\",\"log_url\":\"/usr/log/\"}}",
    );
}
/// `creating_a_training_job` at API version v1 sends POST /v1/{project_id}/training-jobs.
#[tokio::test]
async fn creating_a_training_job_v1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v1/example/training-jobs"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .creating_a_training_job()
        .project_id(v::<String>("\"example\""))
        .job_name(v::<String>("\"example\""))
        .config(
            v::<
                otc_modelarts::types::TrainingJobConfig,
            >(
                "{\"worker_server_num\":1,\"app_url\":\"example\",\"boot_file_url\":\"example\",\"spec_id\":1,\"engine_id\":1,\"model_id\":1}",
            ),
        )
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, &
        v("{\"job_name\":\"example\",\"config\":{\"worker_server_num\":1,\"app_url\":\"example\",\"boot_file_url\":\"example\",\"spec_id\":1,\"engine_id\":1,\"model_id\":1}}")),
        "sent body {sent}"
    );
}
/// `querying_the_details_about_a_training_job_version` at API version v1 sends GET /v1/{project_id}/training-jobs/{job_id}/versions/{version_id}.
#[tokio::test]
async fn querying_the_details_about_a_training_job_version_v1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/example/training-jobs/1/versions/1"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_the_details_about_a_training_job_version()
        .project_id(v::<String>("\"example\""))
        .job_id(v::<i64>("1"))
        .version_id(v::<i64>("1"))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `deleting_a_version_of_a_training_job` v1 response_200 example deserializes and serializes back.
#[test]
fn deleting_a_version_of_a_training_job_v1_response_200() {
    round_trips::<
        otc_modelarts::types::DeleteTrainingJobVersionResponse,
    >("{\"is_success\":true}");
}
/// `deleting_a_version_of_a_training_job` at API version v1 sends DELETE /v1/{project_id}/training-jobs/{job_id}/versions/{version_id}.
#[tokio::test]
async fn deleting_a_version_of_a_training_job_v1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("DELETE"))
        .and(path("/v1/example/training-jobs/1/versions/1"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .deleting_a_version_of_a_training_job()
        .project_id(v::<String>("\"example\""))
        .job_id(v::<i64>("1"))
        .version_id(v::<i64>("1"))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `querying_a_list_of_training_job_versions` v1 response_200 example contradicts the schema ($.versions[0].parameter[0].value: expected a string, found 0.01), so the strict type rejects it.
#[test]
fn querying_a_list_of_training_job_versions_v1_response_200() {
    rejects::<
        otc_modelarts::types::ListTrainingJobVersionsResponse,
    >(
        "{\"is_success\":true,\"job_id\":10,\"job_name\":\"testModelArtsJob\",\"job_desc\":\"testModelArtsJob desc\",\"version_count\":2,\"versions\":[{\"version_id\":10,\"version_name\":\"V0004\",\"pre_version_id\":5,\"engine_type\":1,\"engine_name\":\"TensorFlow\",\"engine_id\":1,\"engine_version\":\"TF-1.4.0-python2.7\",\"status\":10,\"app_url\":\"/usr/app/\",\"boot_file_url\":\"/usr/app/boot.py\",\"create_time\":1524189990635,\"parameter\":[{\"label\":\"learning_rate\",\"value\":0.01}],\"duration\":532003,\"spec_id\":1,\"core\":2,\"cpu\":8,\"gpu_num\":2,\"gpu_type\":\"P100\",\"worker_server_num\":1,\"data_url\":\"/usr/data/\",\"train_url\":\"/usr/train/\",\"log_url\":\"/usr/log/\",\"dataset_version_id\":\"2ff0d6ba-c480-45ae-be41-09a8369bfc90\",\"dataset_id\":\"38277e62-9e59-48f4-8d89-c8cf41622c24\",\"data_source\":[{\"type\":\"obs\",\"data_url\":\"/qianjiajun-test/minst/data/\"}],\"user_image_url\":\"100.125.5.235:20202/jobmng/custom-cpu-base:1.0\",\"user_command\":\"bash -x /home/work/run_train.sh python /home/work/user-job-dir/app/mnist/mnist_softmax.py --data_url /home/work/user-job-dir/app/mnist_data\",\"model_id\":1,\"model_metric_list\":\"{\\\"metric\\\":[{\\\"metric_values\\\":{\\\"recall\\\":0.005833,\\\"precision\\\":0.000178,\\\"accuracy\\\":0.000937},\\\"reserved_data\\\":{},\\\"metric_meta\\\":{\\\"class_name\\\":0,\\\"class_id\\\":0}}],\\\"total_metric\\\":{\\\"total_metric_meta\\\":{},\\\"total_reserved_data\\\":{},\\\"total_metric_values\\\":{\\\"recall\\\":0.005833,\\\"id\\\":0,\\\"precision\\\":0.000178,\\\"accuracy\\\":0.000937}}}\",\"system_metric_list\":\"{\\\"cpuUsage\\\":[\\\"0\\\",\\\"3.10\\\",\\\"5.76\\\",\\\"0\\\",\\\"0\\\",\\\"0\\\",\\\"0\\\"],\\\"memUsage\\\":[\\\"0\\\",\\\"0.77\\\",\\\"2.09\\\",\\\"0\\\",\\\"0\\\",\\\"0\\\",\\\"0\\\"],\\\"gpuUtil\\\":[\\\"0\\\",\\\"0.25\\\",\\\"0.88\\\",\\\"0\\\",\\\"0\\\",\\\"0\\\",\\\"0\\\"],\\\"gpuMemUsage\\\":[\\\"0\\\",\\\"0.65\\\",\\\"6.01\\\",\\\"0\\\",\\\"0\\\",\\\"0\\\",\\\"0\\\"],\\\"diskReadRate\\\":[\\\"0\\\",\\\"91811.07\\\",\\\"38846.63\\\",\\\"0\\\",\\\"0\\\",\\\"0\\\",\\\"0\\\"],\\\"diskWriteRate\\\":[\\\"0\\\",\\\"2.23\\\",\\\"0.94\\\",\\\"0\\\",\\\"0\\\",\\\"0\\\",\\\"0\\\"],\\\"recvBytesRate\\\":[\\\"0\\\",\\\"5770405.50\\\",\\\"2980077.75\\\",\\\"0\\\",\\\"0\\\",\\\"0\\\",\\\"0\\\"],\\\"sendBytesRate\\\":[\\\"0\\\",\\\"12607.17\\\",\\\"10487410.00\\\",\\\"0\\\",\\\"0\\\",\\\"0\\\",\\\"0\\\"],\\\"interval\\\":1}\",\"dataset_name\":\"dataset-test\",\"dataset_version_name\":\"dataset-version-test\",\"start_time\":1563172362000,\"volumes\":[{\"nfs\":{\"id\":\"43b37236-9afa-4855-8174-32254b9562e7\",\"src_path\":\"192.168.8.150:/\",\"dest_path\":\"/home/work/nas\",\"read_only\":false}},{\"host_path\":{\"src_path\":\"/root/work\",\"dest_path\":\"/home/mind\",\"read_only\":false}}],\"pool_id\":\"pool9928813f\",\"pool_name\":\"p100\",\"nas_mount_path\":\"/home/work/nas\",\"nas_share_addr\":\"192.168.8.150:/\",\"nas_type\":\"nfs\"}]}",
    );
}
/// `querying_a_list_of_training_job_versions` at API version v1 sends GET /v1/{project_id}/training-jobs/{job_id}/versions.
#[tokio::test]
async fn querying_a_list_of_training_job_versions_v1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/example/training-jobs/1/versions"))
        .and(query_param("per_page", "10"))
        .and(query_param("page", "1"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_a_list_of_training_job_versions()
        .project_id(v::<String>("\"example\""))
        .job_id(v::<i64>("1"))
        .per_page(v::<i64>("10"))
        .page(v::<i64>("1"))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `creating_a_version_of_a_training_job` v1 request_body example contradicts the schema ($.config.model_id: required field is missing), so the strict type rejects it.
#[test]
fn creating_a_version_of_a_training_job_v1_request_body() {
    rejects::<
        otc_modelarts::types::CreateTrainingJobVersionRequest,
    >(
        "{\"job_desc\":\"This is a ModelArts job\",\"config\":{\"worker_server_num\":1,\"app_url\":\"/usr/app/\",\"boot_file_url\":\"/usr/app/boot.py\",\"parameter\":[{\"label\":\"learning_rate\",\"value\":\"0.01\"},{\"label\":\"batch_size\",\"value\":\"32\"}],\"dataset_id\":\"38277e62-9e59-48f4-8d89-c8cf41622c24\",\"dataset_version_id\":\"2ff0d6ba-c480-45ae-be41-09a8369bfc90\",\"spec_id\":1,\"engine_id\":1,\"train_url\":\"/usr/train/\",\"log_url\":\"/usr/log/\",\"pre_version_id\":20}}",
    );
}
/// `creating_a_version_of_a_training_job` at API version v1 sends POST /v1/{project_id}/training-jobs/{job_id}/versions.
#[tokio::test]
async fn creating_a_version_of_a_training_job_v1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v1/example/training-jobs/1/versions"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .creating_a_version_of_a_training_job()
        .project_id(v::<String>("\"example\""))
        .job_id(v::<i64>("1"))
        .config(
            v::<
                otc_modelarts::types::TrainingJobVersionConfig,
            >(
                "{\"worker_server_num\":1,\"app_url\":\"example\",\"boot_file_url\":\"example\",\"spec_id\":1,\"engine_id\":1,\"model_id\":1,\"train_url\":\"example\",\"pre_version_id\":1}",
            ),
        )
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, &
        v("{\"config\":{\"worker_server_num\":1,\"app_url\":\"example\",\"boot_file_url\":\"example\",\"spec_id\":1,\"engine_id\":1,\"model_id\":1,\"train_url\":\"example\",\"pre_version_id\":1}}")),
        "sent body {sent}"
    );
}
/// The documented `stopping_a_training_job` v1 response_2xx example deserializes and serializes back.
#[test]
fn stopping_a_training_job_v1_response_2xx() {
    round_trips::<
        otc_modelarts::types::StopTrainingJobResponse,
    >("{\"is_success\":true}");
}
/// `stopping_a_training_job` at API version v1 sends POST /v1/{project_id}/training-jobs/{job_id}/versions/{version_id}/stop.
#[tokio::test]
async fn stopping_a_training_job_v1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v1/example/training-jobs/1/versions/1/stop"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .stopping_a_training_job()
        .project_id(v::<String>("\"example\""))
        .job_id(v::<i64>("1"))
        .version_id(v::<i64>("1"))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `modifying_the_description_of_a_training_job` v1 response_200 example deserializes and serializes back.
#[test]
fn modifying_the_description_of_a_training_job_v1_response_200() {
    round_trips::<
        otc_modelarts::types::UpdateTrainingJobDescriptionResponse,
    >("{\"is_success\":true}");
}
/// The documented `modifying_the_description_of_a_training_job` v1 request_body example deserializes and serializes back.
#[test]
fn modifying_the_description_of_a_training_job_v1_request_body() {
    round_trips::<
        otc_modelarts::types::UpdateTrainingJobDescriptionRequest,
    >("{\"job_desc\":\"This is a ModelArts job\"}");
}
/// `modifying_the_description_of_a_training_job` at API version v1 sends PUT /v1/{project_id}/training-jobs/{job_id}.
#[tokio::test]
async fn modifying_the_description_of_a_training_job_v1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("PUT"))
        .and(path("/v1/example/training-jobs/1"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .modifying_the_description_of_a_training_job()
        .project_id(v::<String>("\"example\""))
        .job_id(v::<i64>("1"))
        .job_desc(v::<String>("\"This is a ModelArts job\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, & v("{\"job_desc\":\"This is a ModelArts job\"}")),
        "sent body {sent}"
    );
}
/// `deleting_a_training_job` at API version v1 sends DELETE /v1/{project_id}/training-jobs/{job_id}.
#[tokio::test]
async fn deleting_a_training_job_v1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("DELETE"))
        .and(path("/v1/example/training-jobs/1"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .deleting_a_training_job()
        .project_id(v::<String>("\"example\""))
        .job_id(v::<i64>("1"))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `obtaining_the_name_of_a_training_job_log_file` v1 response_200 example contradicts the schema ($.log_file_list: expected a string, found ["teseJob.0"]), so the strict type rejects it.
#[test]
fn obtaining_the_name_of_a_training_job_log_file_v1_response_200() {
    rejects::<
        otc_modelarts::types::ShowTrainingJobLogFileNameResponse,
    >("{\"is_success\":true,\"log_file_list\":[\"teseJob.0\"]}");
}
/// `obtaining_the_name_of_a_training_job_log_file` at API version v1 sends GET /v1/{project_id}/training-jobs/{job_id}/versions/{version_id}/log/file-names.
#[tokio::test]
async fn obtaining_the_name_of_a_training_job_log_file_v1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/example/training-jobs/1/versions/1/log/file-names"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .obtaining_the_name_of_a_training_job_log_file()
        .project_id(v::<String>("\"example\""))
        .job_id(v::<i64>("1"))
        .version_id(v::<i64>("1"))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `querying_a_built_in_algorithm` v1 response_200 example deserializes and serializes back.
#[test]
fn querying_a_built_in_algorithm_v1_response_200() {
    round_trips::<
        otc_modelarts::types::ShowBuiltinAlgorithmResponse,
    >(
        "{\"models\":[{\"model_id\":4,\"model_name\":\"ResNet_v2_50\",\"model_usage\":1,\"model_precision\":\"75.55%(top1), 92.6%(top5)\",\"model_size\":102503801,\"model_train_dataset\":\"ImageNet, 1,000 classes for image classification\",\"model_dataset_format\":\"shape: [H>=32, W>=32, C>=1]; type: int8\",\"model_description_url\":\"https://github.com/apache/incubator-mxnet/blob/master/example/image-classification/symbols/resnet.py\",\"parameter\":\"[{\\\"label\\\":\\\"batch_size\\\",\\\"value\\\":\\\"4\\\",\\\"placeholder_cn\\\":\\\"Total number of training images updated each time\\\",\\\"placeholder_en\\\":\\\"\\\",\\\"required\\\":true},{\\\"label\\\":\\\"lr\\\",\\\"value\\\":\\\"0.0001\\\",\\\"placeholder_cn\\\":\\\"Learning rate\\\",\\\"placeholder_en\\\":\\\"\\\",\\\"required\\\":true},{\\\"label\\\":\\\"save_frequency\\\",\\\"value\\\":\\\"1\\\",\\\"placeholder_cn\\\":\\\"Interval for saving the model, indicating that the model is saved every N epochs\\\",\\\"placeholder_en\\\":\\\"\\\",\\\"required\\\":true},{\\\"label\\\":\\\"num_classes\\\",\\\"value\\\":\\\"\\\",\\\"placeholder_cn\\\":\\\"Total number of image classes in training\\\",\\\"placeholder_en\\\":\\\"\\\",\\\"required\\\":true},{\\\"label\\\":\\\"num_epoch\\\",\\\"value\\\":\\\"10\\\",\\\"placeholder_cn\\\":\\\"Number of training epochs\\\",\\\"placeholder_en\\\":\\\"\\\",\\\"required\\\":true}]\",\"create_time\":1522218780025,\"engine_id\":501,\"engine_name\":\"MXNet\",\"engine_version\":\"MXNet-1.2.1-python2.7\"},{\"model_id\":5,\"model_name\":\"Faster_RCNN_ResNet_v2_101\",\"model_usage\":2,\"model_precision\":\"80.05%(mAP)\",\"model_size\":190936449,\"model_train_dataset\":\"PASCAL VOC2007, 20 classes for object detection\",\"model_dataset_format\":\"shape: [H, W, C==3]; type: int8\",\"model_description_url\":\"https://github.com/apache/incubator-mxnet/tree/master/example/rcnn\",\"parameter\":\"[{\\\"label\\\":\\\"lr\\\",\\\"value\\\":\\\"0.0001\\\",\\\"placeholder_cn\\\":\\\"Learning rate\\\",\\\"placeholder_en\\\":\\\"\\\",\\\"required\\\":true},{\\\"label\\\":\\\"eval_frequence\\\",\\\"value\\\":\\\"1\\\",\\\"placeholder_cn\\\":\\\"Frequency for validating the model. By default, validation is performed every epoch.\\\",\\\"placeholder_en\\\":\\\"\\\",\\\"required\\\":true},{\\\"label\\\":\\\"mom\\\",\\\"value\\\":\\\"0.9\\\",\\\"placeholder_cn\\\":\\\"Momentum of the training network\\\",\\\"placeholder_en\\\":\\\"\\\",\\\"required\\\":true},{\\\"label\\\":\\\"wd\\\",\\\"value\\\":\\\"0.0005\\\",\\\"placeholder_cn\\\":\\\"Weight decay coefficient\\\",\\\"placeholder_en\\\":\\\"\\\",\\\"required\\\":true},{\\\"label\\\":\\\"num_classes\\\",\\\"value\\\":\\\"\\\",\\\"placeholder_cn\\\":\\\"Total number of image classes in training. The value must plus 1 because there is a background class.\\\",\\\"placeholder_en\\\":\\\"\\\",\\\"required\\\":true}]\",\"create_time\":1525313224596,\"engine_id\":501,\"engine_name\":\"MXNet\",\"engine_version\":\"MXNet-1.2.1-python2.7\"}],\"model_total_count\":41,\"is_success\":true}",
    );
}
/// `querying_a_built_in_algorithm` at API version v1 sends GET /v1/{project_id}/built-in-algorithms.
#[tokio::test]
async fn querying_a_built_in_algorithm_v1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/example/built-in-algorithms"))
        .and(query_param("per_page", "10"))
        .and(query_param("page", "1"))
        .and(query_param("sortBy", "engine"))
        .and(query_param("order", "desc"))
        .and(query_param("search_content", "example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_a_built_in_algorithm()
        .project_id(v::<String>("\"example\""))
        .per_page(v::<i64>("10"))
        .page(v::<i64>("1"))
        .sort_by(v::<otc_modelarts::types::SortBy10>("\"engine\""))
        .order(v::<otc_modelarts::types::Order>("\"desc\""))
        .search_content(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `querying_a_list_of_training_job_configurations` v1 response_200 example deserializes and serializes back.
#[test]
fn querying_a_list_of_training_job_configurations_v1_response_200() {
    round_trips::<
        otc_modelarts::types::ListTrainingJobConfigurationsResponse,
    >(
        "{\"is_success\":true,\"config_total_count\":3,\"configs\":[{\"config_name\":\"testConfig\",\"config_desc\":\"This is config\",\"create_time\":1524189990635,\"engine_type\":1,\"engine_name\":\"TensorFlow\",\"engine_id\":1,\"engine_version\":\"TF-1.4.0-python2.7\",\"user_image_url\":\"100.125.5.235:20202/jobmng/custom-cpu-base:1.0\",\"user_command\":\"bash -x /home/work/run_train.sh python /home/work/user-job-dir/app/mnist/mnist_softmax.py --data_url /home/work/user-job-dir/app/mnist_data\"}]}",
    );
}
/// `querying_a_list_of_training_job_configurations` at API version v1 sends GET /v1/{project_id}/training-job-configs.
#[tokio::test]
async fn querying_a_list_of_training_job_configurations_v1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/example/training-job-configs"))
        .and(query_param("per_page", "10"))
        .and(query_param("page", "1"))
        .and(query_param("sortBy", "config_name"))
        .and(query_param("order", "desc"))
        .and(query_param("search_content", "example"))
        .and(query_param("config_type", "custom"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_a_list_of_training_job_configurations()
        .project_id(v::<String>("\"example\""))
        .per_page(v::<i64>("10"))
        .page(v::<i64>("1"))
        .sort_by(v::<otc_modelarts::types::SortBy11>("\"config_name\""))
        .order(v::<otc_modelarts::types::Order>("\"desc\""))
        .search_content(v::<String>("\"example\""))
        .config_type(v::<otc_modelarts::types::ConfigType>("\"custom\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `creating_a_training_job_configuration` v1 response_2xx example deserializes and serializes back.
#[test]
fn creating_a_training_job_configuration_v1_response_2xx() {
    round_trips::<
        otc_modelarts::types::CreateTrainingJobConfigurationResponse,
    >("{\"is_success\":true}");
}
/// The documented `creating_a_training_job_configuration` v1 request_body example contradicts the schema ($.model_id: required field is missing), so the strict type rejects it.
#[test]
fn creating_a_training_job_configuration_v1_request_body() {
    rejects::<
        otc_modelarts::types::CreateTrainingJobConfigurationRequest,
    >(
        "{\"config_name\":\"testConfig\",\"config_desc\":\"This is config\",\"worker_server_num\":1,\"app_url\":\"/usr/app/\",\"boot_file_url\":\"/usr/app/boot.py\",\"parameter\":[{\"label\":\"learning_rate\",\"value\":\"0.01\"},{\"label\":\"batch_size\",\"value\":\"32\"}],\"spec_id\":1,\"dataset_id\":\"38277e62-9e59-48f4-8d89-c8cf41622c24\",\"dataset_version_id\":\"2ff0d6ba-c480-45ae-be41-09a8369bfc90\",\"engine_id\":1,\"train_url\":\"/usr/train/\",\"log_url\":\"/usr/log/\"}",
    );
}
/// `creating_a_training_job_configuration` at API version v1 sends POST /v1/{project_id}/training-job-configs.
#[tokio::test]
async fn creating_a_training_job_configuration_v1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v1/example/training-job-configs"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .creating_a_training_job_configuration()
        .project_id(v::<String>("\"example\""))
        .config_name(v::<String>("\"example\""))
        .worker_server_num(v::<i64>("1"))
        .app_url(v::<String>("\"example\""))
        .boot_file_url(v::<String>("\"example\""))
        .model_id(v::<i64>("1"))
        .spec_id(v::<i64>("1"))
        .engine_id(v::<i64>("1"))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, &
        v("{\"config_name\":\"example\",\"worker_server_num\":1,\"app_url\":\"example\",\"boot_file_url\":\"example\",\"model_id\":1,\"spec_id\":1,\"engine_id\":1}")),
        "sent body {sent}"
    );
}
/// The documented `querying_the_details_about_a_training_job_configuration` v1 response_200 example contradicts the schema ($.parameter[0].value: expected a string, found 0.01), so the strict type rejects it.
#[test]
fn querying_the_details_about_a_training_job_configuration_v1_response_200() {
    rejects::<
        otc_modelarts::types::ShowTrainingJobConfigurationResponse,
    >(
        "{\"spec_code\":\"modelarts.vm.gpu.v100\",\"user_image_url\":\"100.125.5.235:20202/jobmng/custom-cpu-base:1.0\",\"user_command\":\"bash -x /home/work/run_train.sh python /home/work/user-job-dir/app/mnist/mnist_softmax.py --data_url /home/work/user-job-dir/app/mnist_data\",\"dataset_version_id\":\"2ff0d6ba-c480-45ae-be41-09a8369bfc90\",\"engine_name\":\"TensorFlow\",\"is_success\":true,\"nas_mount_path\":\"/home/work/nas\",\"worker_server_num\":1,\"nas_share_addr\":\"192.168.8.150:/\",\"train_url\":\"/test/minst/train_out/out1/\",\"nas_type\":\"nfs\",\"spec_id\":4,\"parameter\":[{\"label\":\"learning_rate\",\"value\":0.01}],\"log_url\":\"/usr/log/\",\"config_name\":\"config123\",\"app_url\":\"/usr/app/\",\"create_time\":1559045426000,\"dataset_id\":\"38277e62-9e59-48f4-8d89-c8cf41622c24\",\"volumes\":[{\"nfs\":{\"id\":\"43b37236-9afa-4855-8174-32254b9562e7\",\"src_path\":\"192.168.8.150:/\",\"dest_path\":\"/home/work/nas\",\"read_only\":false}},{\"host_path\":{\"src_path\":\"/root/work\",\"dest_path\":\"/home/mind\",\"read_only\":false}}],\"cpu\":\"64\",\"model_id\":4,\"boot_file_url\":\"/usr/app/boot.py\",\"dataset_name\":\"dataset-test\",\"pool_id\":\"pool9928813f\",\"config_desc\":\"This is a config desc test\",\"gpu_num\":1,\"data_source\":[{\"type\":\"obs\",\"data_url\":\"/test/minst/data/\"}],\"pool_name\":\"p100\",\"dataset_version_name\":\"dataset-version-test\",\"core\":\"8\",\"engine_type\":1,\"engine_id\":3,\"engine_version\":\"TF-1.8.0-python2.7\",\"data_url\":\"/test/minst/data/\"}",
    );
}
/// `querying_the_details_about_a_training_job_configuration` at API version v1 sends GET /v1/{project_id}/training-job-configs/{config_name}.
#[tokio::test]
async fn querying_the_details_about_a_training_job_configuration_v1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/example/training-job-configs/example"))
        .and(query_param("config_type", "custom"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_the_details_about_a_training_job_configuration()
        .project_id(v::<String>("\"example\""))
        .config_name(v::<String>("\"example\""))
        .config_type(v::<otc_modelarts::types::ConfigType>("\"custom\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `modifying_a_training_job_configuration` v1 response_200 example deserializes and serializes back.
#[test]
fn modifying_a_training_job_configuration_v1_response_200() {
    round_trips::<
        otc_modelarts::types::UpdateTrainingJobConfigurationResponse,
    >("{\"is_success\":true}");
}
/// The documented `modifying_a_training_job_configuration` v1 request_body example contradicts the schema ($.model_id: required field is missing), so the strict type rejects it.
#[test]
fn modifying_a_training_job_configuration_v1_request_body() {
    rejects::<
        otc_modelarts::types::UpdateTrainingJobConfigurationRequest,
    >(
        "{\"config_desc\":\"This is config\",\"worker_server_num\":1,\"app_url\":\"/usr/app/\",\"boot_file_url\":\"/usr/app/boot.py\",\"parameter\":[{\"label\":\"learning_rate\",\"value\":0.01},{\"key\":\"batch_size\",\"value\":32}],\"spec_id\":1,\"dataset_id\":\"38277e62-9e59-48f4-8d89-c8cf41622c24\",\"dataset_version_id\":\"2ff0d6ba-c480-45ae-be41-09a8369bfc90\",\"engine_id\":1,\"train_url\":\"/usr/train/\",\"log_url\":\"/usr/log/\"}",
    );
}
/// `modifying_a_training_job_configuration` at API version v1 sends PUT /v1/{project_id}/training-job-configs/{config_name}.
#[tokio::test]
async fn modifying_a_training_job_configuration_v1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("PUT"))
        .and(path("/v1/example/training-job-configs/example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .modifying_a_training_job_configuration()
        .project_id(v::<String>("\"example\""))
        .config_name(v::<String>("\"example\""))
        .worker_server_num(v::<i64>("1"))
        .app_url(v::<String>("\"example\""))
        .boot_file_url(v::<String>("\"example\""))
        .model_id(v::<i64>("1"))
        .spec_id(v::<i64>("1"))
        .engine_id(v::<i64>("1"))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, &
        v("{\"worker_server_num\":1,\"app_url\":\"example\",\"boot_file_url\":\"example\",\"model_id\":1,\"spec_id\":1,\"engine_id\":1}")),
        "sent body {sent}"
    );
}
/// `deleting_a_training_job_configuration` at API version v1 sends DELETE /v1/{project_id}/training-job-configs/{config_name}.
#[tokio::test]
async fn deleting_a_training_job_configuration_v1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("DELETE"))
        .and(path("/v1/example/training-job-configs/example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .deleting_a_training_job_configuration()
        .project_id(v::<String>("\"example\""))
        .config_name(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `querying_a_visualization_job_list` v1 response_200 example deserializes ($.jobs[0].schedule: field not in the schema).
#[test]
fn querying_a_visualization_job_list_v1_response_200() {
    deserializes::<
        otc_modelarts::types::ListVisualizationJobsResponse,
    >(
        "{\"quotas\":100,\"is_success\":true,\"job_total_count\":1,\"job_count_limit\":999,\"jobs\":[{\"job_id\":1,\"job_name\":\"visualization-job\",\"status\":1,\"create_time\":15099239923,\"resource_id\":\"4787c885-e18d-4ef1-aa12-c4ed0c364b27\",\"duration\":1502323,\"job_desc\":\"This is a visualization job\",\"service_url\":\"https://XXX/modelarts/tensoarbod/xxxx/111\",\"train_url\":\"/obs/name/\",\"schedule\":[{\"type\":\"stop\",\"timeUnit\":\"HOURS\",\"duration\":1}],\"remaining_duration\":null}]}",
    );
}
/// `querying_a_visualization_job_list` at API version v1 sends GET /v1/{project_id}/visualization-jobs.
#[tokio::test]
async fn querying_a_visualization_job_list_v1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/example/visualization-jobs"))
        .and(query_param("status", "example"))
        .and(query_param("per_page", "10"))
        .and(query_param("page", "1"))
        .and(query_param("sortBy", "job_id"))
        .and(query_param("order", "asc"))
        .and(query_param("search_content", "example"))
        .and(query_param("workspace_id", "0"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_a_visualization_job_list()
        .project_id(v::<String>("\"example\""))
        .status(v::<String>("\"example\""))
        .per_page(v::<i64>("10"))
        .page(v::<i64>("1"))
        .sort_by(v::<otc_modelarts::types::SortBy12>("\"job_id\""))
        .order(v::<otc_modelarts::types::Order>("\"asc\""))
        .search_content(v::<String>("\"example\""))
        .workspace_id(v::<String>("\"0\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `creating_a_visualization_job` v1 response_2xx example contradicts the schema ($.job_id: expected an integer, found "10"), so the strict type rejects it.
#[test]
fn creating_a_visualization_job_v1_response_2xx() {
    rejects::<
        otc_modelarts::types::CreateVisualizationJobResponse,
    >(
        "{\"is_success\":true,\"job_id\":\"10\",\"job_name\":\"visualization-job\",\"status\":\"1\",\"create_time\":\"1524189990635\"}",
    );
}
/// The documented `creating_a_visualization_job` v1 request_body example contradicts the schema ($.schedule: expected an object, found [{"type":"stop","time_unit":"HOURS","dur...), so the strict type rejects it.
#[test]
fn creating_a_visualization_job_v1_request_body() {
    rejects::<
        otc_modelarts::types::CreateVisualizationJobRequest,
    >(
        "{\"job_name\":\"visualization-job\",\"job_desc\":\"this is a visualization job\",\"train_url\":\"/obs/name/\",\"job_type\":\"mindinsight\",\"schedule\":[{\"type\":\"stop\",\"time_unit\":\"HOURS\",\"duration\":1}]}",
    );
}
/// `creating_a_visualization_job` at API version v1 sends POST /v1/{project_id}/visualization-jobs.
#[tokio::test]
async fn creating_a_visualization_job_v1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v1/example/visualization-jobs"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .creating_a_visualization_job()
        .project_id(v::<String>("\"example\""))
        .job_name(v::<String>("\"example\""))
        .train_url(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, & v("{\"job_name\":\"example\",\"train_url\":\"example\"}")),
        "sent body {sent}"
    );
}
/// The documented `querying_the_details_about_a_visualization_job` v1 response_200 example deserializes ($.remaining_duration: field not in the schema).
#[test]
fn querying_the_details_about_a_visualization_job_v1_response_200() {
    deserializes::<
        otc_modelarts::types::ShowVisualizationJobResponse,
    >(
        "{\"duration\":33000,\"service_url\":\"https://XXX/modelarts2/tensorboard/04f679b17380d32a2f32c00335c4b5ba/197/\",\"job_name\":\"apiTest-11\",\"create_time\":1565149736000,\"train_url\":\"/wph-test/zl-test/Flowers-Set/ApiTest/\",\"job_id\":197,\"job_desc\":\"ModelArts API Dialtest\",\"resource_id\":\"e17dd874-b5e0-4e9b-aaf0-22b045ad8571\",\"remaining_duration\":null,\"is_success\":true,\"status\":7}",
    );
}
/// `querying_the_details_about_a_visualization_job` at API version v1 sends GET /v1/{project_id}/visualization-jobs/{job_id}.
#[tokio::test]
async fn querying_the_details_about_a_visualization_job_v1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/example/visualization-jobs/example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_the_details_about_a_visualization_job()
        .project_id(v::<String>("\"example\""))
        .job_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `modifying_the_description_of_a_visualization_job` v1 response_200 example deserializes and serializes back.
#[test]
fn modifying_the_description_of_a_visualization_job_v1_response_200() {
    round_trips::<
        otc_modelarts::types::UpdateVisualizationJobDescriptionResponse,
    >("{\"is_success\":true}");
}
/// The documented `modifying_the_description_of_a_visualization_job` v1 request_body example deserializes and serializes back.
#[test]
fn modifying_the_description_of_a_visualization_job_v1_request_body() {
    round_trips::<
        otc_modelarts::types::UpdateVisualizationJobDescriptionRequest,
    >("{\"job_desc\":\"This is a ModelArts job\"}");
}
/// `modifying_the_description_of_a_visualization_job` at API version v1 sends PUT /v1/{project_id}/visualization-jobs/{job_id}.
#[tokio::test]
async fn modifying_the_description_of_a_visualization_job_v1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("PUT"))
        .and(path("/v1/example/visualization-jobs/example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .modifying_the_description_of_a_visualization_job()
        .project_id(v::<String>("\"example\""))
        .job_id(v::<String>("\"example\""))
        .job_desc(v::<String>("\"This is a ModelArts job\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, & v("{\"job_desc\":\"This is a ModelArts job\"}")),
        "sent body {sent}"
    );
}
/// The documented `deleting_a_visualization_job` v1 response_200 example deserializes and serializes back.
#[test]
fn deleting_a_visualization_job_v1_response_200() {
    round_trips::<
        otc_modelarts::types::DeleteVisualizationJobResponse,
    >("{\"is_success\":true}");
}
/// `deleting_a_visualization_job` at API version v1 sends DELETE /v1/{project_id}/visualization-jobs/{job_id}.
#[tokio::test]
async fn deleting_a_visualization_job_v1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("DELETE"))
        .and(path("/v1/example/visualization-jobs/example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .deleting_a_visualization_job()
        .project_id(v::<String>("\"example\""))
        .job_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// `stopping_a_visualization_job` at API version v1 sends POST /v1/{project_id}/visualization-jobs/{job_id}/stop.
#[tokio::test]
async fn stopping_a_visualization_job_v1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v1/example/visualization-jobs/example/stop"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .stopping_a_visualization_job()
        .project_id(v::<String>("\"example\""))
        .job_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// `restarting_a_visualization_job` at API version v1 sends POST /v1/{project_id}/visualization-jobs/{job_id}/restart.
#[tokio::test]
async fn restarting_a_visualization_job_v1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v1/example/visualization-jobs/example/restart"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .restarting_a_visualization_job()
        .project_id(v::<String>("\"example\""))
        .job_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `querying_job_resource_specifications` v1 response_200 example deserializes and serializes back.
#[test]
fn querying_job_resource_specifications_v1_response_200() {
    round_trips::<
        otc_modelarts::types::ListJobResourceSpecificationsResponse,
    >(
        "{\"specs\":[{\"spec_id\":2,\"core\":\"2\",\"cpu\":\"8\",\"gpu_num\":0,\"gpu_type\":\"\",\"spec_code\":\"modelarts.vm.cpu.2u\",\"unit_num\":1,\"max_num\":2,\"storage\":\"\",\"interface_type\":1,\"no_resource\":false},{\"spec_id\":4,\"core\":\"8\",\"cpu\":\"64\",\"gpu_num\":1,\"gpu_type\":\"v100\",\"spec_code\":\"modelarts.vm.gpu.v100\",\"unit_num\":1,\"max_num\":4,\"storage\":\"\",\"interface_type\":1,\"no_resource\":false}],\"is_success\":true,\"spec_total_count\":2}",
    );
}
/// `querying_job_resource_specifications` at API version v1 sends GET /v1/{project_id}/job/resource-specs.
#[tokio::test]
async fn querying_job_resource_specifications_v1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/example/job/resource-specs"))
        .and(query_param("job_type", "train"))
        .and(query_param("engine_id", "0"))
        .and(query_param("project_type", "0"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_job_resource_specifications()
        .project_id(v::<String>("\"example\""))
        .job_type(v::<otc_modelarts::types::JobType>("\"train\""))
        .engine_id(v::<i64>("0"))
        .project_type(v::<i64>("0"))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `querying_job_engine_specifications` v1 response_200 example deserializes and serializes back.
#[test]
fn querying_job_engine_specifications_v1_response_200() {
    round_trips::<
        otc_modelarts::types::ListJobEngineSpecificationsResponse,
    >(
        "{\"is_success\":true,\"engines\":[{\"engine_type\":1,\"engine_name\":\"TensorFlow\",\"engine_id\":1,\"engine_version\":\"TF-1.4.0-python2.7\"}]}",
    );
}
/// `querying_job_engine_specifications` at API version v1 sends GET /v1/{project_id}/job/ai-engines.
#[tokio::test]
async fn querying_job_engine_specifications_v1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/example/job/ai-engines"))
        .and(query_param("job_type", "train"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_job_engine_specifications()
        .project_id(v::<String>("\"example\""))
        .job_type(v::<otc_modelarts::types::JobType>("\"train\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `querying_a_model_list` v1 response_200 example deserializes and serializes back.
#[test]
fn querying_a_model_list_v1_response_200() {
    round_trips::<
        otc_modelarts::types::ListModelsResponse,
    >(
        "{\"total_count\":1,\"count\":1,\"models\":[{\"model_name\":\"mnist\",\"model_version\":\"1.0.0\",\"model_id\":\"10eb0091-887f-4839-9929-cbc884f1e20e\",\"model_type\":\"tensorflow\",\"model_size\":5012312,\"tenant\":\"6d28e85aa78b4e1a9b4bd83501bcd4a1\",\"project\":\"d04c10db1f264cfeb1966deff1a3527c\",\"owner\":\"6d28e85aa78b4e1a9b4bd83501bcd4a1\",\"create_at\":1533041553000,\"description\":\"mnist model\",\"workspace_id\":\"0\",\"specification\":{}}]}",
    );
}
/// `querying_a_model_list` at API version v1 sends GET /v1/{project_id}/models.
#[tokio::test]
async fn querying_a_model_list_v1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/example/models"))
        .and(query_param("model_name", "example"))
        .and(query_param("model_version", "example"))
        .and(query_param("model_status", "Publishing"))
        .and(query_param("model_type", "example"))
        .and(query_param("not_model_type", "example"))
        .and(query_param("description", "example"))
        .and(query_param("offset", "0"))
        .and(query_param("limit", "100"))
        .and(query_param("sort_by", "create_at"))
        .and(query_param("order", "desc"))
        .and(query_param("workspace_id", "0"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_a_model_list()
        .project_id(v::<String>("\"example\""))
        .model_name(v::<String>("\"example\""))
        .model_version(v::<String>("\"example\""))
        .model_status(v::<otc_modelarts::types::ModelStatus>("\"Publishing\""))
        .model_type(v::<String>("\"example\""))
        .not_model_type(v::<String>("\"example\""))
        .description(v::<String>("\"example\""))
        .offset(v::<i64>("0"))
        .limit(v::<i64>("100"))
        .sort_by(v::<otc_modelarts::types::SortBy13>("\"create_at\""))
        .order(v::<String>("\"desc\""))
        .workspace_id(v::<String>("\"0\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `importing_a_model` v1 response_2xx example deserializes and serializes back.
#[test]
fn importing_a_model_v1_response_2xx() {
    round_trips::<
        otc_modelarts::types::ImportModelResponse,
    >("{\"model_id\":\"10eb0091-887f-4839-9929-cbc884f1e20e\"}");
}
/// The documented `importing_a_model` v1 request_body example deserializes and serializes back.
#[test]
fn importing_a_model_v1_request_body() {
    round_trips::<
        otc_modelarts::types::ImportModelRequest,
    >(
        "{\"model_name\":\"mnist\",\"model_version\":\"1.0.0\",\"source_location\":\"https://models.obs.xxxx.com/mnist\",\"source_job_id\":\"55\",\"source_job_version\":\"V100\",\"model_type\":\"TensorFlow\",\"runtime\":\"python2.7\",\"description\":\"mnist model\",\"execution_code\":\"https://testmodel.obs.xxxx.com/customize_service.py\",\"input_params\":[{\"url\":\"/v1/xxx/image\",\"protocol\":\"http\",\"method\":\"post\",\"param_name\":\"image_url\",\"param_type\":\"string\",\"min\":0,\"max\":9,\"param_desc\":\"http://test/test.jpeg\"}],\"output_params\":[{\"url\":\"/v1/xxx/image\",\"protocol\":\"http\",\"method\":\"post\",\"param_name\":\"face_location\",\"param_type\":\"box\",\"param_desc\":\"face_location param value description\"}],\"dependencies\":[{\"installer\":\"pip\",\"packages\":[{\"package_name\":\"numpy\",\"package_version\":\"1.5.0\",\"restraint\":\"ATLEAST\"}]}],\"model_algorithm\":\"object_detection\",\"model_metrics\":\"{\\\"f1\\\":0.52381,\\\"recall\\\":0.666667,\\\"precision\\\":0.466667,\\\"accuracy\\\":0.625}\",\"apis\":[{\"url\":\"/v1/xxx/image\",\"protocol\":\"http\",\"method\":\"post\",\"input_params\":{\"type\":\"object\",\"properties\":{\"image_url\":{\"type\":\"string\"}}},\"output_params\":{\"type\":\"object\",\"properties\":{\"face_location\":{\"type\":\"box\"}}}}]}",
    );
}
/// `importing_a_model` at API version v1 sends POST /v1/{project_id}/models.
#[tokio::test]
async fn importing_a_model_v1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v1/example/models"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .importing_a_model()
        .project_id(v::<String>("\"example\""))
        .model_name(v::<String>("\"mnist\""))
        .model_version(v::<String>("\"1.0.0\""))
        .source_location(v::<String>("\"https://models.obs.xxxx.com/mnist\""))
        .source_job_id(v::<String>("\"55\""))
        .source_job_version(v::<String>("\"V100\""))
        .model_type(v::<String>("\"TensorFlow\""))
        .runtime(v::<String>("\"python2.7\""))
        .description(v::<String>("\"mnist model\""))
        .model_algorithm(
            v::<
                otc_modelarts::types::ImportModelRequestModelAlgorithm,
            >("\"object_detection\""),
        )
        .execution_code(
            v::<String>("\"https://testmodel.obs.xxxx.com/customize_service.py\""),
        )
        .input_params(
            v::<
                Vec<otc_modelarts::types::ModelParam>,
            >(
                "[{\"url\":\"/v1/xxx/image\",\"protocol\":\"http\",\"method\":\"post\",\"param_name\":\"image_url\",\"param_type\":\"string\",\"min\":0,\"max\":9,\"param_desc\":\"http://test/test.jpeg\"}]",
            ),
        )
        .output_params(
            v::<
                Vec<otc_modelarts::types::ModelParam>,
            >(
                "[{\"url\":\"/v1/xxx/image\",\"protocol\":\"http\",\"method\":\"post\",\"param_name\":\"face_location\",\"param_type\":\"box\",\"param_desc\":\"face_location param value description\"}]",
            ),
        )
        .dependencies(
            v::<
                Vec<otc_modelarts::types::ModelDependency>,
            >(
                "[{\"installer\":\"pip\",\"packages\":[{\"package_name\":\"numpy\",\"package_version\":\"1.5.0\",\"restraint\":\"ATLEAST\"}]}]",
            ),
        )
        .model_metrics(
            v::<
                String,
            >(
                "\"{\\\"f1\\\":0.52381,\\\"recall\\\":0.666667,\\\"precision\\\":0.466667,\\\"accuracy\\\":0.625}\"",
            ),
        )
        .apis(
            v::<
                Vec<otc_modelarts::types::ModelApis>,
            >(
                "[{\"url\":\"/v1/xxx/image\",\"protocol\":\"http\",\"method\":\"post\",\"input_params\":{\"type\":\"object\",\"properties\":{\"image_url\":{\"type\":\"string\"}}},\"output_params\":{\"type\":\"object\",\"properties\":{\"face_location\":{\"type\":\"box\"}}}}]",
            ),
        )
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, &
        v("{\"model_name\":\"mnist\",\"model_version\":\"1.0.0\",\"source_location\":\"https://models.obs.xxxx.com/mnist\",\"source_job_id\":\"55\",\"source_job_version\":\"V100\",\"model_type\":\"TensorFlow\",\"runtime\":\"python2.7\",\"description\":\"mnist model\",\"model_algorithm\":\"object_detection\",\"execution_code\":\"https://testmodel.obs.xxxx.com/customize_service.py\",\"input_params\":[{\"url\":\"/v1/xxx/image\",\"protocol\":\"http\",\"method\":\"post\",\"param_name\":\"image_url\",\"param_type\":\"string\",\"min\":0,\"max\":9,\"param_desc\":\"http://test/test.jpeg\"}],\"output_params\":[{\"url\":\"/v1/xxx/image\",\"protocol\":\"http\",\"method\":\"post\",\"param_name\":\"face_location\",\"param_type\":\"box\",\"param_desc\":\"face_location param value description\"}],\"dependencies\":[{\"installer\":\"pip\",\"packages\":[{\"package_name\":\"numpy\",\"package_version\":\"1.5.0\",\"restraint\":\"ATLEAST\"}]}],\"model_metrics\":\"{\\\"f1\\\":0.52381,\\\"recall\\\":0.666667,\\\"precision\\\":0.466667,\\\"accuracy\\\":0.625}\",\"apis\":[{\"url\":\"/v1/xxx/image\",\"protocol\":\"http\",\"method\":\"post\",\"input_params\":{\"type\":\"object\",\"properties\":{\"image_url\":{\"type\":\"string\"}}},\"output_params\":{\"type\":\"object\",\"properties\":{\"face_location\":{\"type\":\"box\"}}}}]}")),
        "sent body {sent}"
    );
}
/// The documented `querying_the_details_about_a_model` v1 response_200 example deserializes and serializes back.
#[test]
fn querying_the_details_about_a_model_v1_response_200() {
    round_trips::<
        otc_modelarts::types::ShowModelResponse,
    >(
        "{\"model_id\":\"10eb0091-887f-4839-9929-cbc884f1e20e\",\"model_name\":\"mnist\",\"model_version\":\"1.0.0\",\"runtime\":\"python2.7\",\"tenant\":\"6d28e85aa78b4e1a9b4bd83501bcd4a1\",\"project\":\"d04c10db1f264cfeb1966deff1a3527c\",\"owner\":\"6d28e85aa78b4e1a9b4bd83501bcd4a1\",\"source_location\":\"https://models.obs.xxxx.com/mnist\",\"model_type\":\"TensorFlow\",\"model_size\":5633481,\"model_status\":\"published\",\"execution_code\":\"https://testmodel.obs.xxxx.com/customize_service.py\",\"image_address\":\"100.125.5.235:20202/models/10eb0091-887f-4839-9929-cbc884f1e20e:1.0.0\",\"input_params\":[{\"url\":\"/\",\"method\":\"post\",\"protocol\":\"http\",\"param_name\":\"data\",\"param_type\":\"object\",\"param_desc\":\"{\\\"type\\\":\\\"object\\\",\\\"properties\\\":{\\\"req_data\\\":{\\\"items\\\":[{\\\"type\\\":\\\"object\\\",\\\"properties\\\":{}}],\\\"type\\\":\\\"array\\\"}}}\"}],\"output_params\":[{\"url\":\"/\",\"method\":\"post\",\"protocol\":\"http\",\"param_name\":\"data\",\"param_type\":\"object\",\"param_desc\":\"{\\\"type\\\":\\\"object\\\",\\\"properties\\\":{\\\"resp_data\\\":{\\\"type\\\":\\\"array\\\",\\\"items\\\":[{\\\"type\\\":\\\"object\\\",\\\"properties\\\":{}}]}}}\"}],\"dependencies\":[{\"installer\":\"pip\",\"packages\":[{\"package_name\":\"pkg1\",\"package_version\":\"1.0.1\",\"restraint\":\"ATLEAST\"}]}],\"model_metrics\":\"{\\\"f1\\\":0.52381,\\\"recall\\\":0.666667,\\\"precision\\\":0.466667,\\\"accuracy\\\":0.625}\",\"apis\":\"[{\\\"protocol\\\":\\\"http\\\",\\\"method\\\":\\\"post\\\",\\\"url\\\":\\\"/\\\",\\\"input_params\\\":{\\\"type\\\":\\\"object\\\",\\\"properties\\\":{\\\"data\\\":{\\\"type\\\":\\\"object\\\",\\\"properties\\\":{\\\"req_data\\\":{\\\"items\\\":[{\\\"type\\\":\\\"object\\\",\\\"properties\\\":{}}],\\\"type\\\":\\\"array\\\"}}}}},\\\"output_params\\\":{\\\"type\\\":\\\"object\\\",\\\"properties\\\":{\\\"data\\\":{\\\"type\\\":\\\"object\\\",\\\"properties\\\":{\\\"resp_data\\\":{\\\"type\\\":\\\"array\\\",\\\"items\\\":[{\\\"type\\\":\\\"object\\\",\\\"properties\\\":{}}]}}}}}}]\",\"model_labels\":[],\"labels_map\":{\"labels\":[]},\"workspace_id\":\"0\",\"install_type\":[\"realtime\",\"batch\"],\"specification\":{},\"config\":\"{\\\"model_algorithm\\\": \\\"image_classification\\\", \\\"model_source\\\": \\\"auto\\\", \\\"tunable\\\": false, \\\"downloadable_flag\\\": true, \\\"algorithm\\\": \\\"resnet_v2_50,mobilenet_v1\\\", \\\"metrics\\\": {\\\"f1\\\": 0.912078373015873, \\\"recall\\\": 0.9125, \\\"precision\\\": 0.9340277777777778, \\\"accuracy\\\": 0.263250724969475}, \\\"model_type\\\": \\\"TensorFlow\\\", \\\"runtime\\\": \\\"tf1.13-python3.6-cpu\\\", \\\"apis\\\": [{\\\"protocol\\\": \\\"https\\\", \\\"url\\\": \\\"/\\\", \\\"method\\\": \\\"post\\\", \\\"request\\\": {\\\"data\\\": {\\\"type\\\": \\\"object\\\", \\\"properties\\\": {\\\"images\\\": {\\\"type\\\": \\\"file\\\"}}}, \\\"Content-type\\\": \\\"multipart/form-data\\\"}, \\\"response\\\": {\\\"data\\\": {\\\"type\\\": \\\"object\\\", \\\"required\\\": [\\\"predicted_label\\\", \\\"scores\\\"], \\\"properties\\\": {\\\"predicted_label\\\": {\\\"type\\\": \\\"string\\\"}, \\\"scores\\\": {\\\"type\\\": \\\"array\\\", \\\"items\\\": {\\\"type\\\": \\\"array\\\", \\\"minItems\\\": 2, \\\"maxItems\\\": 2, \\\"items\\\": [{\\\"type\\\": \\\"string\\\"}, {\\\"type\\\": \\\"number\\\"}]}}}}, \\\"Content-type\\\": \\\"multipart/form-data\\\"}}], \\\"dependencies\\\": [{\\\"installer\\\": \\\"pip\\\", \\\"packages\\\": [{\\\"package_name\\\": \\\"numpy\\\", \\\"package_version\\\": \\\"1.17.0\\\", \\\"restraint\\\": \\\"EXACT\\\"}, {\\\"package_name\\\": \\\"h5py\\\", \\\"package_version\\\": \\\"2.8.0\\\", \\\"restraint\\\": \\\"EXACT\\\"}, {\\\"package_name\\\": \\\"Pillow\\\", \\\"package_version\\\": \\\"5.2.0\\\", \\\"restraint\\\": \\\"EXACT\\\"}, {\\\"package_name\\\": \\\"scipy\\\", \\\"package_version\\\": \\\"1.2.1\\\", \\\"restraint\\\": \\\"EXACT\\\"}, {\\\"package_name\\\": \\\"resampy\\\", \\\"package_version\\\": \\\"0.2.1\\\", \\\"restraint\\\": \\\"EXACT\\\"}, {\\\"package_name\\\": \\\"scikit-learn\\\", \\\"package_version\\\": \\\"0.19.1\\\", \\\"restraint\\\": \\\"EXACT\\\"}]}]}\"}",
    );
}
/// `querying_the_details_about_a_model` at API version v1 sends GET /v1/{project_id}/models/{model_id}.
#[tokio::test]
async fn querying_the_details_about_a_model_v1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/example/models/example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_the_details_about_a_model()
        .project_id(v::<String>("\"example\""))
        .model_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `deleting_a_model` v1 response_200 example deserializes and serializes back.
#[test]
fn deleting_a_model_v1_response_200() {
    round_trips::<
        otc_modelarts::types::DeleteModelResponse,
    >(
        "{\"delete_success_list\":[\"fc9e88a1-0005-40b3-867e-7aee61449aeb\",\"f3f3ba0e-f073-454e-9e3f-14b7d786f45e\"],\"delete_failed_list\":[{\"model_id\":\"759645d9-3672-4db1-bb6d-49ed58b84e10\",\"error_code\":\"ModelArts.3009\",\"error_message\":\"Failed to delete model, model (759645d9-3672-4db1-bb6d-49ed58b84e10) already deploy service.\"}]}",
    );
}
/// `deleting_a_model` at API version v1 sends DELETE /v1/{project_id}/models/{model_id}.
#[tokio::test]
async fn deleting_a_model_v1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("DELETE"))
        .and(path("/v1/example/models/example"))
        .and(query_param("cascade", "false"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .deleting_a_model()
        .project_id(v::<String>("\"example\""))
        .model_id(v::<String>("\"example\""))
        .cascade(v::<bool>("false"))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `querying_a_service_list` v1 response_200 example contradicts the schema ($.services[0].is_opened_sample_collection: expected a string, found false), so the strict type rejects it.
#[test]
fn querying_a_service_list_v1_response_200() {
    rejects::<
        otc_modelarts::types::ListServicesResponse,
    >(
        "{\"count\":2,\"total_count\":2,\"services\":[{\"service_id\":\"8da30673-908d-45a7-90a4-65f98e69fc34\",\"service_name\":\"service-demo\",\"tenant\":\"xxx\",\"project\":\"xxx\",\"owner\":\"xxx\",\"publish_at\":1584622900171,\"infer_type\":\"real-time\",\"status\":\"stopped\",\"progress\":100,\"invocation_times\":0,\"failed_times\":0,\"is_shared\":false,\"shared_count\":0,\"workspace_id\":\"0\",\"schedule\":[{\"type\":\"stop\",\"duration\":1,\"time_unit\":\"HOURS\"}],\"due_time\":1584626633902,\"operation_time\":1586250354961,\"is_opened_sample_collection\":false,\"additional_properties\":{},\"is_free\":false,\"transition_at\":1584623163721},{\"service_id\":\"912f1a4a-5962-455c-b11c-5fdf06045cb3\",\"service_name\":\"service-demo2\",\"tenant\":\"xxx\",\"project\":\"xxx\",\"owner\":\"xxx\",\"publish_at\":1584618274410,\"infer_type\":\"real-time\",\"status\":\"stopped\",\"progress\":100,\"invocation_times\":0,\"failed_times\":0,\"is_shared\":false,\"shared_count\":0,\"workspace_id\":\"0\",\"schedule\":[{\"type\":\"stop\",\"duration\":1,\"time_unit\":\"HOURS\"}],\"due_time\":1584622027673,\"operation_time\":1586250354961,\"is_opened_sample_collection\":false,\"additional_properties\":{},\"is_free\":false,\"transition_at\":1584618498528}]}",
    );
}
/// `querying_a_service_list` at API version v1 sends GET /v1/{project_id}/services.
#[tokio::test]
async fn querying_a_service_list_v1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/example/services"))
        .and(query_param("service_id", "example"))
        .and(query_param("service_name", "example"))
        .and(query_param("model_id", "example"))
        .and(query_param("cluster_id", "example"))
        .and(query_param("workspace_id", "0"))
        .and(query_param("infer_type", "real-time"))
        .and(query_param("status", "running"))
        .and(query_param("offset", "0"))
        .and(query_param("limit", "1000"))
        .and(query_param("sort_by", "publish_at"))
        .and(query_param("order", "desc"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_a_service_list()
        .project_id(v::<String>("\"example\""))
        .service_id(v::<String>("\"example\""))
        .service_name(v::<String>("\"example\""))
        .model_id(v::<String>("\"example\""))
        .cluster_id(v::<String>("\"example\""))
        .workspace_id(v::<String>("\"0\""))
        .infer_type(
            v::<otc_modelarts::types::ImportModelRequestInstallTypeItem>("\"real-time\""),
        )
        .status(v::<otc_modelarts::types::ServiceStatus>("\"running\""))
        .offset(v::<i64>("0"))
        .limit(v::<i64>("1000"))
        .sort_by(v::<otc_modelarts::types::SortBy14>("\"publish_at\""))
        .order(v::<String>("\"desc\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `deploying_a_model_as_a_service` v1 response_2xx example deserializes and serializes back.
#[test]
fn deploying_a_model_as_a_service_v1_response_2xx() {
    round_trips::<
        otc_modelarts::types::DeployModelResponse,
    >(
        "{\"service_id\":\"10eb0091-887f-4839-9929-cbc884f1e20e\",\"resource_ids\":[\"INF-f878991839647358@1598319442708\"]}",
    );
}
/// The documented `deploying_a_model_as_a_service` v1 request_body example deserializes and serializes back.
#[test]
fn deploying_a_model_as_a_service_v1_request_body() {
    round_trips::<
        otc_modelarts::types::DeployModelRequest,
    >(
        "{\"service_name\":\"mnist\",\"description\":\"mnist service\",\"infer_type\":\"real-time\",\"config\":[{\"model_id\":\"xxxmodel-idxxx\",\"weight\":\"100\",\"specification\":\"modelarts.vm.cpu.2u\",\"instance_count\":1}]}",
    );
}
/// `deploying_a_model_as_a_service` at API version v1 sends POST /v1/{project_id}/services.
#[tokio::test]
async fn deploying_a_model_as_a_service_v1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v1/example/services"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .deploying_a_model_as_a_service()
        .project_id(v::<String>("\"example\""))
        .service_name(v::<String>("\"mnist\""))
        .description(v::<String>("\"mnist service\""))
        .infer_type(
            v::<otc_modelarts::types::ImportModelRequestInstallTypeItem>("\"real-time\""),
        )
        .config(
            v::<
                Vec<serde_json::Value>,
            >(
                "[{\"model_id\":\"xxxmodel-idxxx\",\"weight\":\"100\",\"specification\":\"modelarts.vm.cpu.2u\",\"instance_count\":1}]",
            ),
        )
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, &
        v("{\"service_name\":\"mnist\",\"description\":\"mnist service\",\"infer_type\":\"real-time\",\"config\":[{\"model_id\":\"xxxmodel-idxxx\",\"weight\":\"100\",\"specification\":\"modelarts.vm.cpu.2u\",\"instance_count\":1}]}")),
        "sent body {sent}"
    );
}
/// The documented `querying_the_details_about_a_service` v1 response_200 example deserializes and serializes back.
#[test]
fn querying_the_details_about_a_service_v1_response_200() {
    round_trips::<
        otc_modelarts::types::ShowServiceResponse,
    >(
        "{\"service_id\":\"f76f20ba-78f5-44e8-893a-37c8c600c02f\",\"service_name\":\"service-demo\",\"tenant\":\"xxxxx\",\"project\":\"xxxxx\",\"owner\":\"xxxxx\",\"publish_at\":1585809231902,\"update_time\":1585809358259,\"infer_type\":\"real-time\",\"status\":\"running\",\"progress\":100,\"access_address\":\"https://xxxxx.apigw.xxxxx/v1/infers/088458d9-5755-4110-97d8-1d21065ea10b/f76f20ba-78f5-44e8-893a-37c8c600c02f\",\"cluster_id\":\"088458d9-5755-4110-97d8-1d21065ea10b\",\"workspace_id\":\"0\",\"additional_properties\":{},\"is_shared\":false,\"invocation_times\":0,\"failed_times\":0,\"shared_count\":0,\"operation_time\":1586249085447,\"config\":[{\"model_id\":\"044ebf3d-8bf4-48df-bf40-bad0e664c1e2\",\"model_name\":\"jar-model\",\"model_version\":\"1.0.1\",\"specification\":\"custom\",\"custom_spec\":{},\"status\":\"notReady\",\"weight\":100,\"instance_count\":1,\"scaling\":false,\"envs\":{},\"additional_properties\":{},\"support_debug\":false}],\"transition_at\":1585809231902,\"is_free\":false}",
    );
}
/// `querying_the_details_about_a_service` at API version v1 sends GET /v1/{project_id}/services/{service_id}.
#[tokio::test]
async fn querying_the_details_about_a_service_v1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/example/services/example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_the_details_about_a_service()
        .project_id(v::<String>("\"example\""))
        .service_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `updating_service_configurations` v1 request_body example deserializes and serializes back.
#[test]
fn updating_service_configurations_v1_request_body() {
    round_trips::<
        otc_modelarts::types::UpdateServiceConfigurationsRequest,
    >(
        "{\"description\":\"\",\"status\":\"running\",\"config\":[{\"model_id\":\"xxxx\",\"weight\":\"100\",\"specification\":\"modelarts.vm.cpu.2u\",\"instance_count\":1}]}",
    );
}
/// `updating_service_configurations` at API version v1 sends PUT /v1/{project_id}/services/{service_id}.
#[tokio::test]
async fn updating_service_configurations_v1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("PUT"))
        .and(path("/v1/example/services/example"))
        .respond_with(ResponseTemplate::new(200u16))
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .updating_service_configurations()
        .project_id(v::<String>("\"example\""))
        .service_id(v::<String>("\"example\""))
        .description(v::<String>("\"\""))
        .status(
            v::<
                otc_modelarts::types::UpdateServiceConfigurationsRequestStatus,
            >("\"running\""),
        )
        .config(
            v::<
                Vec<serde_json::Value>,
            >(
                "[{\"model_id\":\"xxxx\",\"weight\":\"100\",\"specification\":\"modelarts.vm.cpu.2u\",\"instance_count\":1}]",
            ),
        )
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, &
        v("{\"description\":\"\",\"status\":\"running\",\"config\":[{\"model_id\":\"xxxx\",\"weight\":\"100\",\"specification\":\"modelarts.vm.cpu.2u\",\"instance_count\":1}]}")),
        "sent body {sent}"
    );
}
/// `deleting_a_service` at API version v1 sends DELETE /v1/{project_id}/services/{service_id}.
#[tokio::test]
async fn deleting_a_service_v1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("DELETE"))
        .and(path("/v1/example/services/example"))
        .respond_with(ResponseTemplate::new(200u16))
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .deleting_a_service()
        .project_id(v::<String>("\"example\""))
        .service_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `querying_service_monitoring_information` v1 response_200 example contradicts the schema ($.monitors[0].cpu_core_usage: expected a number, found "2.4"), so the strict type rejects it.
#[test]
fn querying_service_monitoring_information_v1_response_200() {
    rejects::<
        otc_modelarts::types::ShowServiceMonitoringInformationResponse,
    >(
        "{\"service_id\":\"xxx\",\"service_name\":\"mnist\",\"monitors\":[{\"model_id\":\"xxxx\",\"model_name\":\"minst\",\"model_version\":\"1.0.0\",\"invocation_times\":50,\"failed_times\":1,\"cpu_core_usage\":\"2.4\",\"cpu_core_total\":\"4\",\"cpu_memory_usage\":\"2011\",\"cpu_memory_total\":\"8192\",\"gpu_usage\":\"0.6\",\"gpu_total\":\"1\"}]}",
    );
}
/// `querying_service_monitoring_information` at API version v1 sends GET /v1/{project_id}/services/{service_id}/monitor.
#[tokio::test]
async fn querying_service_monitoring_information_v1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/example/services/example/monitor"))
        .and(query_param("node_id", "example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_service_monitoring_information()
        .project_id(v::<String>("\"example\""))
        .service_id(v::<String>("\"example\""))
        .node_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `querying_service_update_logs` v1 response_200 example deserializes ($.logs[0].config[0].scaling: field not in the schema).
#[test]
fn querying_service_update_logs_v1_response_200() {
    deserializes::<
        otc_modelarts::types::ListServiceUpdateLogsResponse,
    >(
        "{\"service_id\":\"e2122bbd-f7c8-4bf8-bacc-59616276194b\",\"service_name\":\"service-demo\",\"logs\":[{\"config\":[{\"model_id\":\"f565ac47-6239-4e8c-b2dc-0665dc52e302\",\"model_name\":\"model-demo\",\"model_version\":\"0.0.1\",\"specification\":\"modelarts.vm.cpu.2u\",\"custom_spec\":{},\"weight\":100,\"instance_count\":1,\"scaling\":false,\"envs\":{},\"cluster_id\":\"2c9080f86d37da64016d381fe5940002\"}],\"extend_config\":[],\"update_time\":1586250930708,\"result\":\"RUNNING\",\"cluster_id\":\"2c9080f86d37da64016d381fe5940002\"}]}",
    );
}
/// `querying_service_update_logs` at API version v1 sends GET /v1/{project_id}/services/{service_id}/logs.
#[tokio::test]
async fn querying_service_update_logs_v1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/example/services/example/logs"))
        .and(query_param("update_time", "1.5"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_service_update_logs()
        .project_id(v::<String>("\"example\""))
        .service_id(v::<String>("\"example\""))
        .update_time(v::<f64>("1.5"))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `querying_the_authentication_information_of_a_development_environment_instance` v1 response_200 example deserializes and serializes back.
#[test]
fn querying_the_authentication_information_of_a_development_environment_instance_v1_response_200() {
    round_trips::<
        otc_modelarts::types::ShowInstanceAuthenticationInformationResponse,
    >("{\"token\":\"7211546f57cd432790643bb6612da19d\"}");
}
/// `querying_the_authentication_information_of_a_development_environment_instance` at API version v1 sends GET /v1/{project_id}/demanager/instances/{instance_id}/token.
#[tokio::test]
async fn querying_the_authentication_information_of_a_development_environment_instance_v1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/example/demanager/instances/example/token"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_the_authentication_information_of_a_development_environment_instance()
        .project_id(v::<String>("\"example\""))
        .instance_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `querying_a_list_of_development_environment_instances` v1 response_200 example deserializes ($.instances[0].spec.repository: field not in the schema).
#[test]
fn querying_a_list_of_development_environment_instances_v1_response_200() {
    deserializes::<
        otc_modelarts::types::ListDevelopmentEnvironmentInstancesResponse,
    >(
        "{\"instances\":[{\"ai_project\":{\"id\":\"default-ai-project\"},\"creation_timestamp\":\"1594887749962\",\"description\":\"\",\"flavor\":\"modelarts.bm.gpu.v100NV32\",\"flavor_details\":{\"name\":\"modelarts.bm.gpu.v100NV32\",\"params\":{\"CPU\":8,\"GPU\":1,\"gpu_type\":\"v100NV32\",\"memory\":\"64GiB\"},\"status\":\"onSale\",\"type\":\"GPU\"},\"id\":\"DE-7d558ef8-c73d-11ea-964c-0255ac100033\",\"latest_update_timestamp\":\"1594887749962\",\"name\":\"notebook-c6fd\",\"profile\":{\"de_type\":\"Notebook\",\"description\":\"multi engine, gpu, python 3.6 for notebook\",\"flavor_type\":\"GPU\",\"id\":\"Multi-Engine 1.0 (python3)-gpu\",\"name\":\"Multi-Engine 1.0 (python3)-gpu\",\"provision\":{\"annotations\":{\"category\":\"Multi-Engine 1.0 (python3)\",\"type\":\"system\"},\"spec\":{\"engine\":\"CCE\",\"params\":{\"annotations\":null,\"image_name\":\"mul-kernel-gpu-cuda-cp36\",\"image_tag\":\"2.0.5-B003\",\"namespace\":\"atelier\"}},\"type\":\"Docker\"}},\"spec\":{\"annotations\":{\"target_domain\":\"https://xxx\",\"url\":\"https://xxx:32000/modelartshubv100/notebook/user/DE-7d558ef8-c73d-11ea-964c-0255ac100033\"},\"auto_stop\":{\"duration\":3600,\"enable\":true,\"prompt\":true,\"remain_time\":3450,\"stop_timestamp\":1594891408723},\"extend_params\":null,\"failed_reasons\":null,\"repository\":null,\"extend_storage\":null,\"storage\":{\"location\":{\"path\":\"/home/ma-user/work\",\"volume_size\":5,\"volume_unit\":\"GB\"},\"type\":\"evs\"}},\"status\":\"RUNNING\",\"user\":{\"id\":\"15dda26361214ca2a5953917d2f48ffb\",\"name\":\"ops_dev_env\"},\"workspace\":{\"id\":\"0\"}},{\"ai_project\":{\"id\":\"default-ai-project\"},\"creation_timestamp\":\"1594883877728\",\"description\":\"\",\"flavor\":\"modelarts.vm.cpu.2u\",\"flavor_details\":{\"name\":\"modelarts.vm.cpu.2u\",\"params\":{\"CPU\":2,\"GPU\":0,\"memory\":\"8GiB\"},\"status\":\"onSale\",\"type\":\"CPU\"},\"id\":\"DE-7936a360-c734-11ea-a72b-0255ac100033\",\"latest_update_timestamp\":\"1594883877728\",\"name\":\"notebook-b1b8\",\"profile\":{\"de_type\":\"Notebook\",\"description\":\"multi engine, cpu, python 3.6 for notebook\",\"flavor_type\":\"CPU\",\"id\":\"Multi-Engine 1.0 (python3)-cpu\",\"name\":\"Multi-Engine 1.0 (python3)-cpu\",\"provision\":{\"annotations\":{\"category\":\"Multi-Engine 1.0 (Python3, Recommended)\",\"type\":\"system\"},\"spec\":{\"engine\":\"CCE\",\"params\":{\"annotations\":null,\"image_name\":\"mul-kernel-cpu-cp36\",\"image_tag\":\"2.0.5-B003\",\"namespace\":\"atelier\"}},\"type\":\"Docker\"}},\"spec\":{\"annotations\":{\"target_domain\":\"https://xxx\",\"url\":\"\"},\"auto_stop\":{\"duration\":3600,\"enable\":true,\"prompt\":true},\"extend_params\":null,\"failed_reasons\":null,\"repository\":null,\"storage\":{\"location\":{\"path\":\"/home/ma-user/work\",\"volume_size\":5,\"volume_unit\":\"GB\"},\"type\":\"evs\"}},\"status\":\"STOPPED\",\"user\":{\"id\":\"15dda26361214ca2a5953917d2f48ffb\",\"name\":\"ops_dev_env\"},\"workspace\":{\"id\":\"0\"}}],\"total_count\":2}",
    );
}
/// `querying_a_list_of_development_environment_instances` at API version v1 sends GET /v1/{project_id}/demanager/instances.
#[tokio::test]
async fn querying_a_list_of_development_environment_instances_v1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/example/demanager/instances"))
        .and(query_param("de_type", "example"))
        .and(query_param("provision_type", "example"))
        .and(query_param("status", "CREATING"))
        .and(query_param("sortby", "name"))
        .and(query_param("order", "asc"))
        .and(query_param("offset", "0"))
        .and(query_param("limit", "0"))
        .and(query_param("workspace_id", "0"))
        .and(query_param("show_self", "true"))
        .and(query_param("ai_project", "example"))
        .and(query_param("pool_id", "example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_a_list_of_development_environment_instances()
        .project_id(v::<String>("\"example\""))
        .de_type(v::<String>("\"example\""))
        .provision_type(v::<String>("\"example\""))
        .status(v::<otc_modelarts::types::Status>("\"CREATING\""))
        .sortby(v::<otc_modelarts::types::Sortby>("\"name\""))
        .order(v::<otc_modelarts::types::Order>("\"asc\""))
        .offset(v::<i64>("0"))
        .limit(v::<i64>("0"))
        .workspace_id(v::<String>("\"0\""))
        .show_self(v::<String>("\"true\""))
        .ai_project(v::<String>("\"example\""))
        .pool_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `creating_a_development_environment_instance` v1 response_2xx example deserializes ($.profile.provision.annotations: field not in the schema).
#[test]
fn creating_a_development_environment_instance_v1_response_2xx() {
    deserializes::<
        otc_modelarts::types::CreateDevelopmentEnvironmentInstanceResponse,
    >(
        "{\"ai_project\":{\"id\":\"default-ai-project\"},\"creation_timestamp\":\"1594887749962\",\"description\":\"\",\"flavor\":\"modelarts.bm.gpu.v100NV32\",\"flavor_details\":{\"name\":\"modelarts.bm.gpu.v100NV32\",\"params\":{\"CPU\":8,\"GPU\":1,\"gpu_type\":\"v100NV32\",\"memory\":\"64GiB\"},\"status\":\"onSale\",\"type\":\"GPU\"},\"id\":\"DE-7d558ef8-c73d-11ea-964c-0255ac100033\",\"latest_update_timestamp\":\"1594887749962\",\"name\":\"notebook-c6fd\",\"profile\":{\"de_type\":\"Notebook\",\"description\":\"multi engine, gpu, python 3.6 for notebook\",\"flavor_type\":\"GPU\",\"id\":\"Multi-Engine 1.0 (python3)-gpu\",\"name\":\"Multi-Engine 1.0 (python3)-gpu\",\"provision\":{\"annotations\":{\"category\":\"Multi-Engine 1.0\",\"type\":\"system\"},\"spec\":{\"engine\":\"CCE\",\"params\":{\"image_name\":\"mul-kernel-gpu-cuda-cp36\",\"image_tag\":\"2.0.5-B003\",\"namespace\":\"atelier\"}},\"type\":\"Docker\"}},\"spec\":{\"annotations\":{\"target_domain\":\"https://xxx\",\"url\":\"\"},\"auto_stop\":{\"duration\":3600,\"enable\":true,\"prompt\":true},\"extend_params\":null,\"failed_reasons\":null,\"repository\":null,\"extend_storage\":null,\"storage\":{\"location\":{\"path\":\"/home/ma-user/work\",\"volume_size\":5,\"volume_unit\":\"GB\"},\"type\":\"evs\"}},\"status\":\"CREATING\",\"user\":{\"id\":\"15dda26361214ca2a5953917d2f48ffb\",\"name\":\"ops_dev_env\"},\"workspace\":{\"id\":\"0\"}}",
    );
}
/// The documented `creating_a_development_environment_instance` v1 request_body example deserializes ($.spec.storage.location.volume_size: field not in the schema).
#[test]
fn creating_a_development_environment_instance_v1_request_body() {
    deserializes::<
        otc_modelarts::types::CreateDevelopmentEnvironmentInstanceRequest,
    >(
        "{\"name\":\"notebook-instance\",\"description\":\"\",\"profile_id\":\"Multi-Engine 1.0 (python3)-gpu\",\"flavor\":\"modelarts.bm.gpu.v100NV32\",\"spec\":{\"storage\":{\"location\":{\"volume_size\":5},\"type\":\"evs\"},\"auto_stop\":{\"enable\":true,\"duration\":3600}},\"workspace\":{\"id\":\"0\"}}",
    );
}
/// `creating_a_development_environment_instance` at API version v1 sends POST /v1/{project_id}/demanager/instances.
#[tokio::test]
async fn creating_a_development_environment_instance_v1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v1/example/demanager/instances"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .creating_a_development_environment_instance()
        .project_id(v::<String>("\"example\""))
        .name(v::<String>("\"example\""))
        .profile_id(v::<String>("\"example\""))
        .flavor(v::<String>("\"example\""))
        .spec(
            v::<
                otc_modelarts::types::DevelopmentEnvironmentInstanceNotebook,
            >("{\"storage\":{\"type\":\"example\"}}"),
        )
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, &
        v("{\"name\":\"example\",\"profile_id\":\"example\",\"flavor\":\"example\",\"spec\":{\"storage\":{\"type\":\"example\"}}}")),
        "sent body {sent}"
    );
}
/// The documented `querying_details_about_a_development_environment_instance` v1 response_200 example deserializes ($.profile.provision.annotations: field not in the schema).
#[test]
fn querying_details_about_a_development_environment_instance_v1_response_200() {
    deserializes::<
        otc_modelarts::types::ShowDevelopmentEnvironmentInstanceResponse,
    >(
        "{\"ai_project\":{\"id\":\"default-ai-project\"},\"creation_timestamp\":\"1594887749962\",\"description\":\"\",\"flavor\":\"modelarts.bm.gpu.v100NV32\",\"flavor_details\":{\"name\":\"modelarts.bm.gpu.v100NV32\",\"params\":{\"CPU\":8,\"GPU\":1,\"gpu_type\":\"v100NV32\",\"memory\":\"64GiB\"},\"status\":\"onSale\",\"type\":\"GPU\"},\"id\":\"DE-7d558ef8-c73d-11ea-964c-0255ac100033\",\"latest_update_timestamp\":\"1594888070775\",\"name\":\"notebook-c6fd\",\"profile\":{\"de_type\":\"Notebook\",\"description\":\"multi engine, gpu, python 3.6 for notebook\",\"flavor_type\":\"GPU\",\"id\":\"Multi-Engine 1.0 (python3)-gpu\",\"name\":\"Multi-Engine 1.0 (python3)-gpu\",\"provision\":{\"annotations\":{\"category\":\"Multi-Engine 1.0 (python3)\",\"type\":\"system\"},\"spec\":{\"engine\":\"CCE\",\"params\":{\"annotations\":null,\"image_name\":\"mul-kernel-gpu-cuda-cp36\",\"image_tag\":\"2.0.5-B003\",\"namespace\":\"atelier\"}},\"type\":\"Docker\"}},\"spec\":{\"annotations\":{\"target_domain\":\"https://xxx\",\"url\":\"https://xxx:32000/modelarts/hubv100/notebook/user/DE-7d558ef8-c73d-11ea-964c-0255ac100033\"},\"auto_stop\":{\"duration\":3600,\"enable\":true,\"prompt\":true,\"remain_time\":3336,\"stop_timestamp\":1594891408723},\"extend_params\":null,\"failed_reasons\":null,\"repository\":null,\"extend_storage\":null,\"storage\":{\"location\":{\"path\":\"/home/ma-user/work\",\"volume_size\":5,\"volume_unit\":\"GB\"},\"type\":\"evs\"}},\"status\":\"RUNNING\",\"user\":{\"id\":\"15dda26361214ca2a5953917d2f48ffb\",\"name\":\"ops_dev_env\"},\"workspace\":{\"id\":\"0\"}}",
    );
}
/// `querying_details_about_a_development_environment_instance` at API version v1 sends GET /v1/{project_id}/demanager/instances/{instance_id}.
#[tokio::test]
async fn querying_details_about_a_development_environment_instance_v1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/example/demanager/instances/example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_details_about_a_development_environment_instance()
        .project_id(v::<String>("\"example\""))
        .instance_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `modifying_the_description_of_a_development_environment_instance` v1 response_200 example deserializes ($.profile.de_type: field not in the schema).
#[test]
fn modifying_the_description_of_a_development_environment_instance_v1_response_200() {
    deserializes::<
        otc_modelarts::types::UpdateEnvironmentInstanceDescriptionResponse,
    >(
        "{\"ai_project\":{\"id\":\"default-ai-project\"},\"creation_timestamp\":\"1594887749962\",\"description\":\"update notebook\",\"flavor\":\"modelarts.bm.gpu.v100NV32\",\"flavor_details\":{\"name\":\"modelarts.bm.gpu.v100NV32\",\"params\":{\"CPU\":8,\"GPU\":1,\"gpu_type\":\"v100NV32\",\"memory\":\"64GiB\"},\"status\":\"onSale\",\"type\":\"GPU\"},\"id\":\"DE-7d558ef8-c73d-11ea-964c-0255ac100033\",\"latest_update_timestamp\":\"1594888143062\",\"name\":\"notebook-c6fd\",\"profile\":{\"de_type\":\"Notebook\",\"description\":\"multi engine, gpu, python 3.6 for notebook\",\"flavor_type\":\"GPU\",\"id\":\"Python3-gpu\",\"name\":\"Python3\",\"provision\":{\"annotations\":{\"category\":\"Multi-Engine (Recommend)\",\"flavor\":\"modelarts.vm.gpu.p100\",\"type\":\"system\"},\"spec\":{\"engine\":\"CCE\",\"params\":{\"annotations\":null,\"image_name\":\"mul-kernel-gpu-cuda-cp36\",\"image_tag\":\"2.0.5-B003\",\"namespace\":\"atelier\"}},\"type\":\"Docker\"}},\"spec\":{\"annotations\":{\"target_domain\":\"https://xxx\",\"url\":\"https://xxx/modelarts/hubv100/notebook/user/DE-7d558ef8-c73d-11ea-964c-0255ac100033\"},\"auto_stop\":{\"duration\":3600,\"enable\":true,\"prompt\":true,\"remain_time\":3266,\"stop_timestamp\":1594891408723},\"extend_params\":null,\"failed_reasons\":null,\"repository\":null,\"storage\":{\"location\":{\"path\":\"/home/ma-user/work\",\"volume_size\":5,\"volume_unit\":\"GB\"},\"type\":\"evs\"}},\"status\":\"RUNNING\",\"user\":{\"id\":\"15dda26361214ca2a5953917d2f48ffb\",\"name\":\"ops_dev_env\"},\"workspace\":{\"id\":\"0\"}}",
    );
}
/// The documented `modifying_the_description_of_a_development_environment_instance` v1 request_body example deserializes and serializes back.
#[test]
fn modifying_the_description_of_a_development_environment_instance_v1_request_body() {
    round_trips::<
        otc_modelarts::types::UpdateEnvironmentInstanceDescriptionRequest,
    >("{\"description\":\"This is for test.\"}");
}
/// `modifying_the_description_of_a_development_environment_instance` at API version v1 sends PUT /v1/{project_id}/demanager/instances/{instance_id}.
#[tokio::test]
async fn modifying_the_description_of_a_development_environment_instance_v1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("PUT"))
        .and(path("/v1/example/demanager/instances/example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .modifying_the_description_of_a_development_environment_instance()
        .project_id(v::<String>("\"example\""))
        .instance_id(v::<String>("\"example\""))
        .description(v::<String>("\"This is for test.\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, & v("{\"description\":\"This is for test.\"}")), "sent body {sent}"
    );
}
/// The documented `deleting_a_development_environment_instance` v1 response_200 example deserializes and serializes back.
#[test]
fn deleting_a_development_environment_instance_v1_response_200() {
    round_trips::<
        otc_modelarts::types::DeleteDevelopmentEnvironmentInstanceResponse,
    >("{\"instance_id\":\"6fa459ea-ee8a-3ca4-894e-db77e160355e\"}");
}
/// `deleting_a_development_environment_instance` at API version v1 sends DELETE /v1/{project_id}/demanager/instances/{instance_id}.
#[tokio::test]
async fn deleting_a_development_environment_instance_v1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("DELETE"))
        .and(path("/v1/example/demanager/instances/example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .deleting_a_development_environment_instance()
        .project_id(v::<String>("\"example\""))
        .instance_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `managing_a_development_environment_instance` v1 response_2xx example deserializes and serializes back.
#[test]
fn managing_a_development_environment_instance_v1_response_2xx() {
    round_trips::<
        serde_json::Value,
    >("{\"current_status\":\"STARTING\",\"previous_state\":\"STOPPED\"}");
}
/// The documented `managing_a_development_environment_instance` v1 request_body example deserializes and serializes back.
#[test]
fn managing_a_development_environment_instance_v1_request_body() {
    round_trips::<serde_json::Value>("{\"action\":\"start\"}");
}
/// `managing_a_development_environment_instance` at API version v1 sends POST /v1/{project_id}/demanager/instances/{instance_id}/action.
#[tokio::test]
async fn managing_a_development_environment_instance_v1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v1/example/demanager/instances/example/action"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .managing_a_development_environment_instance()
        .project_id(v::<String>("\"example\""))
        .instance_id(v::<String>("\"example\""))
        .body(v::<serde_json::Value>("{\"action\":\"start\"}"))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(same(& sent, & v("{\"action\":\"start\"}")), "sent body {sent}");
}
/// The documented `querying_training_job_logs` v1 response_200 example contradicts the schema ($.lines: expected an integer, found "1"), so the strict type rejects it.
#[test]
fn querying_training_job_logs_v1_response_200() {
    rejects::<
        otc_modelarts::types::ListTrainingJobLogsResponse,
    >(
        "{\"is_success\":true,\"start_line\":1551252759254000002,\"content\":\"Log string\",\"end_line\":\"1551252759254000003\",\"lines\":\"1\"}",
    );
}
/// `querying_training_job_logs` at API version v1 sends GET /v1/{project_id}/training-jobs/{job_id}/versions/{version_id}/aom-log.
#[tokio::test]
async fn querying_training_job_logs_v1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/example/training-jobs/1/versions/1/aom-log"))
        .and(query_param("base_line", "example"))
        .and(query_param("lines", "1"))
        .and(query_param("log_file", "example"))
        .and(query_param("order", "example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_training_job_logs()
        .project_id(v::<String>("\"example\""))
        .job_id(v::<i64>("1"))
        .version_id(v::<i64>("1"))
        .base_line(v::<String>("\"example\""))
        .lines(v::<i64>("1"))
        .log_file(v::<String>("\"example\""))
        .order(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `querying_monitoring_information_about_a_single_container_of_a_job` v1 response_200 example deserializes and serializes back.
#[test]
fn querying_monitoring_information_about_a_single_container_of_a_job_v1_response_200() {
    round_trips::<
        otc_modelarts::types::ShowJobContainerInformationResponse,
    >(
        "{\"metrics\":[{\"metric\":\"gpuUtil\",\"value\":[\"1\",\"22\",\"33\"]}],\"interval\":1}",
    );
}
/// `querying_monitoring_information_about_a_single_container_of_a_job` at API version v1 sends GET /v1/{project_id}/training-jobs/{job_id}/versions/{version_id}/pod/{pod_name}/metric-statistic.
#[tokio::test]
async fn querying_monitoring_information_about_a_single_container_of_a_job_v1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/example/training-jobs/1/versions/1/pod/example/metric-statistic"))
        .and(query_param("metrics", "example"))
        .and(query_param("statistic_type", "example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_monitoring_information_about_a_single_container_of_a_job()
        .project_id(v::<String>("\"example\""))
        .job_id(v::<i64>("1"))
        .version_id(v::<i64>("1"))
        .pod_name(v::<String>("\"example\""))
        .metrics(v::<String>("\"example\""))
        .statistic_type(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `querying_monitoring_information_about_resource_pool_nodes` v1 response_200 example deserializes and serializes back.
#[test]
fn querying_monitoring_information_about_resource_pool_nodes_v1_response_200() {
    round_trips::<
        otc_modelarts::types::ShowPoolNodesMonitoringInformationResponse,
    >(
        "{\"metrics\":[{\"metric\":\"gpuUtil\",\"value\":[\"1\",\"22\",\"33\"]}],\"interval\":1}",
    );
}
/// `querying_monitoring_information_about_resource_pool_nodes` at API version v1 sends GET /v1/{project_id}/pools/{pool_id}/nodes/{node_ip}/metric-statistic.
#[tokio::test]
async fn querying_monitoring_information_about_resource_pool_nodes_v1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/example/pools/example/nodes/example/metric-statistic"))
        .and(query_param("metrics", "CpuUsage"))
        .and(query_param("statistic_type", "example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_monitoring_information_about_resource_pool_nodes()
        .project_id(v::<String>("\"example\""))
        .pool_id(v::<String>("\"example\""))
        .node_ip(v::<String>("\"example\""))
        .metrics(v::<otc_modelarts::types::Metrics>("\"CpuUsage\""))
        .statistic_type(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `querying_service_event_logs` v1 response_200 example deserializes and serializes back.
#[test]
fn querying_service_event_logs_v1_response_200() {
    round_trips::<
        otc_modelarts::types::ListServiceEventLogsResponse,
    >(
        "{\"service_id\":\"35de3ca9-1bca-4ae7-9cb0-914f30fa7d3e\",\"service_name\":\"zcjtest-07085\",\"count\":9,\"total_count\":9,\"events\":[{\"occur_time\":1562597251764,\"event_type\":\"normal\",\"event_info\":\"start to deploy service\"},{\"occur_time\":1562597251788,\"event_type\":\"normal\",\"event_info\":\"building image for model [zcjtestTF 3.0.0]\"},{\"occur_time\":1562597251805,\"event_type\":\"normal\",\"event_info\":\"model (zcjtestTF 3.0.0) build image success\"},{\"occur_time\":1562597255744,\"event_type\":\"normal\",\"event_info\":\"preparing environment\"},{\"occur_time\":1562597275915,\"event_type\":\"normal\",\"event_info\":\"[zcjtestTF 3.0.0] prepare environment success\"},{\"occur_time\":1562597275921,\"event_type\":\"normal\",\"event_info\":\"[zcjtestTF 3.0.0] schedule resource success\"},{\"occur_time\":1562597275928,\"event_type\":\"normal\",\"event_info\":\"[zcjtestTF 3.0.0] pulling model image\"},{\"occur_time\":1562597332570,\"event_type\":\"normal\",\"event_info\":\"[zcjtestTF 3.0.0] pull image success\"},{\"occur_time\":1562597332582,\"event_type\":\"normal\",\"event_info\":\"[zcjtestTF 3.0.0] starting model\"}]}",
    );
}
/// `querying_service_event_logs` at API version v1 sends GET /v1/{project_id}/services/{service_id}/events.
#[tokio::test]
async fn querying_service_event_logs_v1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/example/services/example/events"))
        .and(query_param("event_type", "normal"))
        .and(query_param("start_time", "1.5"))
        .and(query_param("end_time", "1.5"))
        .and(query_param("offset", "0"))
        .and(query_param("limit", "1000"))
        .and(query_param("sort_by", "occur_time"))
        .and(query_param("order", "desc"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_service_event_logs()
        .project_id(v::<String>("\"example\""))
        .service_id(v::<String>("\"example\""))
        .event_type(v::<otc_modelarts::types::EventType>("\"normal\""))
        .start_time(v::<f64>("1.5"))
        .end_time(v::<f64>("1.5"))
        .offset(v::<i64>("0"))
        .limit(v::<i64>("1000"))
        .sort_by(v::<String>("\"occur_time\""))
        .order(v::<otc_modelarts::types::Order>("\"desc\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `querying_dedicated_resource_pools` v1 response_200 example deserializes and serializes back.
#[test]
fn querying_dedicated_resource_pools_v1_response_200() {
    round_trips::<
        otc_modelarts::types::ListDedicatedResourcePoolsResponse,
    >(
        "{\"total_count\":1,\"count\":1,\"clusters\":[{\"cluster_id\":\"ff808081673fbb3d01673fbb824d0000\",\"cluster_name\":\"my-cluster\",\"description\":\"\",\"tenant\":\"tenant_id\",\"project\":\"project_id\",\"owner\":\"owner_id\",\"created_at\":1574923077927,\"status\":\"running\",\"nodes\":{\"specification\":\"modelarts.vm.cpu.8ud\",\"count\":1,\"available_count\":1},\"allocatable_cpu_cores\":5.5,\"allocatable_memory\":4096,\"allocatable_gpus\":0.5}]}",
    );
}
/// `querying_dedicated_resource_pools` at API version v1 sends GET /v1/{project_id}/clusters.
#[tokio::test]
async fn querying_dedicated_resource_pools_v1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/example/clusters"))
        .and(query_param("cluster_name", "example"))
        .and(query_param("status", "example"))
        .and(query_param("offset", "0"))
        .and(query_param("limit", "1000"))
        .and(query_param("sort_by", "created_at"))
        .and(query_param("order", "desc"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_dedicated_resource_pools()
        .project_id(v::<String>("\"example\""))
        .cluster_name(v::<String>("\"example\""))
        .status(v::<String>("\"example\""))
        .offset(v::<i64>("0"))
        .limit(v::<i64>("1000"))
        .sort_by(v::<otc_modelarts::types::SortBy15>("\"created_at\""))
        .order(v::<otc_modelarts::types::Order>("\"desc\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
