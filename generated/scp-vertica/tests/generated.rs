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
fn rejects<T: DeserializeOwned>(json: &str) {
    assert!(serde_json::from_str:: < T > (json).is_err(), "accepted {json}");
}
use wiremock::matchers::{header, method, path, query_param};
use wiremock::{Mock, MockServer, ResponseTemplate};
fn client(server: &MockServer) -> scp_vertica::Client {
    let config = scp_vertica::runtime::Config::builder()
        .credentials(
            scp_vertica::runtime::ScpCredentials::new("access-key", "secret-key"),
        )
        .endpoint_url(server.uri())
        .retry(scp_vertica::runtime::RetryConfig::disabled())
        .build()
        .expect("test config");
    scp_vertica::Client::with_endpoint(config).expect("test client")
}
async fn sent_body(server: &MockServer) -> Value {
    let requests = server.received_requests().await.expect("recording is on");
    serde_json::from_slice(&requests[0].body).expect("a JSON body")
}
/// The documented `add_block_storages` 1.0 response_202 example deserializes and serializes back.
#[test]
fn add_block_storages_v1_0_response_202() {
    round_trips::<
        scp_vertica::types::AsyncResponse,
    >(
        "{\"request_id\":\"req-4f668846-8a3d-49f1-8111-451ebccf445c\",\"resource\":{\"id\":\"109a585ae67b4e8482fdafc8a4a5be74\"}}",
    );
}
/// The documented `add_block_storages` 1.0 request_body example deserializes and serializes back.
#[test]
fn add_block_storages_v1_0_request_body() {
    round_trips::<
        scp_vertica::types::AddBlockStoragesRequest,
    >("{\"role_type\":\"\",\"size_gb\":104,\"volume_type\":\"SSD\"}");
}
/// `add_block_storages` at API version 1.0 sends POST /v1/instance-groups/{instance_group_id}/block-storage-groups.
#[tokio::test]
async fn add_block_storages_v1_0_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v1/instance-groups/example/block-storage-groups"))
        .and(header("Scp-Api-Version", "vertica 1.0"))
        .respond_with(
            ResponseTemplate::new(202u16)
                .set_body_raw(
                    "{\"request_id\":\"example\",\"resource\":{\"id\":\"example\"}}",
                    "application/json",
                ),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .add_block_storages()
        .instance_group_id(v::<String>("\"example\""))
        .role_type(v::<scp_vertica::types::AddBlockStoragesRequestRoleType>("\"\""))
        .size_gb(v::<i64>("104"))
        .volume_type(
            v::<scp_vertica::types::AddBlockStoragesRequestVolumeType>("\"SSD\""),
        )
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, &
        v("{\"role_type\":\"\",\"size_gb\":104,\"volume_type\":\"SSD\"}")),
        "sent body {sent}"
    );
}
/// The documented `list_clusters` 1.0 response_200 example contradicts the schema ($.contents[0].nat_enabled: expected a boolean, found ""), so the strict type rejects it.
#[test]
fn list_clusters_v1_0_response_200() {
    rejects::<
        scp_vertica::types::VerticaClusterPageResponse,
    >(
        "{\"contents\":[{\"account_id\":\"\",\"console_included\":false,\"created_at\":\"2024-05-17T00:23:17Z\",\"created_by\":\"90dddfc2b1e04edba54ba2b41539a9ac\",\"database_name\":\"\",\"id\":\"0fdd87aab8cb46f59b7c1f81ed03fb3e\",\"instance_count\":0,\"modified_at\":\"2024-05-17T00:23:17Z\",\"modified_by\":\"90dddfc2b1e04edba54ba2b41539a9ac\",\"name\":\"\",\"nat_enabled\":\"\",\"role_type\":\"ORIGIN\",\"service_state\":\"RUNNING\"}],\"count\":20,\"page\":0,\"size\":20,\"sort\":[\"created_at:asc\"]}",
    );
}
/// The list helper requests page after page and yields every item.
#[tokio::test]
async fn list_clusters_v1_0_streams_every_page() {
    let server = MockServer::start().await;
    for (page, body) in [
        (
            "0",
            "{\"count\":3,\"page\":1,\"size\":1,\"contents\":[{\"account_id\":\"example\",\"created_at\":\"2024-05-17T00:23:17Z\",\"created_by\":\"example\",\"id\":\"example\",\"modified_at\":\"2024-05-17T00:23:17Z\",\"modified_by\":\"example\",\"name\":\"example\",\"service_state\":\"RUNNING\"},{\"account_id\":\"example\",\"created_at\":\"2024-05-17T00:23:17Z\",\"created_by\":\"example\",\"id\":\"example\",\"modified_at\":\"2024-05-17T00:23:17Z\",\"modified_by\":\"example\",\"name\":\"example\",\"service_state\":\"RUNNING\"}]}",
        ),
        (
            "1",
            "{\"count\":3,\"page\":1,\"size\":1,\"contents\":[{\"account_id\":\"example\",\"created_at\":\"2024-05-17T00:23:17Z\",\"created_by\":\"example\",\"id\":\"example\",\"modified_at\":\"2024-05-17T00:23:17Z\",\"modified_by\":\"example\",\"name\":\"example\",\"service_state\":\"RUNNING\"}]}",
        ),
    ] {
        Mock::given(method("GET"))
            .and(path("/v1/clusters"))
            .and(query_param("page", page))
            .and(query_param("size", "2"))
            .respond_with(
                ResponseTemplate::new(200u16).set_body_raw(body, "application/json"),
            )
            .expect(1)
            .mount(&server)
            .await;
    }
    let stream = client(&server)
        .list_clusters()
        .sort(v::<String>("\"name:asc\""))
        .name(v::<String>("\"example\""))
        .service_state(v::<String>("\"example\""))
        .size(2)
        .into_stream();
    let items = scp_vertica::runtime::collect_all(stream).await.expect("every page");
    assert_eq!(items.len(), 3);
}
/// `list_clusters` at API version 1.0 sends GET /v1/clusters.
#[tokio::test]
async fn list_clusters_v1_0_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/clusters"))
        .and(query_param("size", "20"))
        .and(query_param("page", "0"))
        .and(query_param("sort", "name:asc"))
        .and(query_param("name", "example"))
        .and(query_param("service_state", "example"))
        .and(header("Scp-Api-Version", "vertica 1.0"))
        .respond_with(
            ResponseTemplate::new(200u16)
                .set_body_raw("{\"count\":1,\"page\":1,\"size\":1}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .list_clusters()
        .size(v::<i64>("20"))
        .page(v::<i64>("0"))
        .sort(v::<String>("\"name:asc\""))
        .name(v::<String>("\"example\""))
        .service_state(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `create_cluster` 1.0 request_body example deserializes and serializes back.
#[test]
fn create_cluster_v1_0_request_body() {
    round_trips::<
        scp_vertica::types::VerticaClusterCreateRequest,
    >(
        "{\"allowable_ip_addresses\":[],\"dbaas_engine_version_id\":\"\",\"init_config_option\":{\"backup_option\":{\"retention_period_day\":\"\",\"starting_time_hour\":\"\"},\"database_locale\":\"ko_KR.utf8\",\"database_name\":\"\",\"database_user_name\":\"\",\"database_user_password\":\"\"},\"instance_groups\":[{\"block_storage_groups\":[{\"role_type\":\"\",\"size_gb\":104,\"volume_type\":\"SSD\"}],\"instances\":[{\"public_ip_id\":\"\",\"role_type\":\"ACTIVE\",\"service_ip_address\":\"\"}],\"role_type\":\"ACTIVE\",\"server_type_name\":\"\"}],\"instance_name_prefix\":\"\",\"license\":\"\",\"maintenance_option\":{\"period_hour\":\"\",\"starting_day_of_week\":\"MON\",\"starting_time\":\"\"},\"name\":\"\",\"nat_enabled\":false,\"subnet_id\":\"\",\"tags\":[],\"timezone\":\"\"}",
    );
}
/// `create_cluster` at API version 1.0 sends POST /v1/clusters.
#[tokio::test]
async fn create_cluster_v1_0_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v1/clusters"))
        .and(header("Scp-Api-Version", "vertica 1.0"))
        .respond_with(
            ResponseTemplate::new(202u16)
                .set_body_raw(
                    "{\"request_id\":\"example\",\"resource\":{\"id\":\"example\"}}",
                    "application/json",
                ),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .create_cluster()
        .allowable_ip_addresses(v::<Vec<String>>("[]"))
        .dbaas_engine_version_id(v::<String>("\"\""))
        .init_config_option(
            v::<
                scp_vertica::types::VerticaInitConfigOptionRequest,
            >(
                "{\"backup_option\":{\"retention_period_day\":\"\",\"starting_time_hour\":\"\"},\"database_locale\":\"ko_KR.utf8\",\"database_name\":\"\",\"database_user_name\":\"\",\"database_user_password\":\"\"}",
            ),
        )
        .instance_groups(
            v::<
                Vec<scp_vertica::types::InstanceGroupRequest>,
            >(
                "[{\"block_storage_groups\":[{\"role_type\":\"\",\"size_gb\":104,\"volume_type\":\"SSD\"}],\"instances\":[{\"public_ip_id\":\"\",\"role_type\":\"ACTIVE\",\"service_ip_address\":\"\"}],\"role_type\":\"ACTIVE\",\"server_type_name\":\"\"}]",
            ),
        )
        .instance_name_prefix(v::<String>("\"\""))
        .license(v::<String>("\"\""))
        .maintenance_option(
            v::<
                scp_vertica::types::MaintenanceOption,
            >(
                "{\"period_hour\":\"\",\"starting_day_of_week\":\"MON\",\"starting_time\":\"\"}",
            ),
        )
        .name(v::<String>("\"\""))
        .nat_enabled(v::<bool>("false"))
        .subnet_id(v::<String>("\"\""))
        .tags(v::<Vec<scp_vertica::types::Tag>>("[]"))
        .timezone(v::<String>("\"\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, &
        v("{\"allowable_ip_addresses\":[],\"dbaas_engine_version_id\":\"\",\"init_config_option\":{\"backup_option\":{\"retention_period_day\":\"\",\"starting_time_hour\":\"\"},\"database_locale\":\"ko_KR.utf8\",\"database_name\":\"\",\"database_user_name\":\"\",\"database_user_password\":\"\"},\"instance_groups\":[{\"block_storage_groups\":[{\"role_type\":\"\",\"size_gb\":104,\"volume_type\":\"SSD\"}],\"instances\":[{\"public_ip_id\":\"\",\"role_type\":\"ACTIVE\",\"service_ip_address\":\"\"}],\"role_type\":\"ACTIVE\",\"server_type_name\":\"\"}],\"instance_name_prefix\":\"\",\"license\":\"\",\"maintenance_option\":{\"period_hour\":\"\",\"starting_day_of_week\":\"MON\",\"starting_time\":\"\"},\"name\":\"\",\"nat_enabled\":false,\"subnet_id\":\"\",\"tags\":[],\"timezone\":\"\"}")),
        "sent body {sent}"
    );
}
/// The documented `create_restore_cluster` 1.0 request_body example deserializes and serializes back.
#[test]
fn create_restore_cluster_v1_0_request_body() {
    round_trips::<
        scp_vertica::types::VerticaClusterRestoreRequest,
    >(
        "{\"allowable_ip_addresses\":[],\"backup_history_number\":\"\",\"instance_groups\":[{\"block_storage_groups\":[{\"role_type\":\"\",\"size_gb\":104,\"volume_type\":\"SSD\"}],\"role_type\":\"ACTIVE\",\"server_type_name\":\"\"}],\"instance_name_prefix\":\"\",\"license\":\"\",\"maintenance_option\":{\"period_hour\":\"\",\"starting_day_of_week\":\"MON\",\"starting_time\":\"\"},\"name\":\"\",\"tags\":[{\"key\":\"\",\"value\":\"\"}]}",
    );
}
/// `create_restore_cluster` at API version 1.0 sends POST /v1/clusters/{cluster_id}/restore.
#[tokio::test]
async fn create_restore_cluster_v1_0_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v1/clusters/example/restore"))
        .and(header("Scp-Api-Version", "vertica 1.0"))
        .respond_with(
            ResponseTemplate::new(202u16)
                .set_body_raw(
                    "{\"request_id\":\"example\",\"resource\":{\"id\":\"example\"}}",
                    "application/json",
                ),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .create_restore_cluster()
        .cluster_id(v::<String>("\"example\""))
        .allowable_ip_addresses(v::<Vec<String>>("[]"))
        .backup_history_number(v::<String>("\"\""))
        .instance_groups(
            v::<
                Vec<scp_vertica::types::VerticaRestoreInstanceGroup>,
            >(
                "[{\"block_storage_groups\":[{\"role_type\":\"\",\"size_gb\":104,\"volume_type\":\"SSD\"}],\"role_type\":\"ACTIVE\",\"server_type_name\":\"\"}]",
            ),
        )
        .instance_name_prefix(v::<String>("\"\""))
        .license(v::<String>("\"\""))
        .maintenance_option(
            v::<
                scp_vertica::types::MaintenanceOption,
            >(
                "{\"period_hour\":\"\",\"starting_day_of_week\":\"MON\",\"starting_time\":\"\"}",
            ),
        )
        .name(v::<String>("\"\""))
        .tags(v::<Vec<scp_vertica::types::Tag>>("[{\"key\":\"\",\"value\":\"\"}]"))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, &
        v("{\"allowable_ip_addresses\":[],\"backup_history_number\":\"\",\"instance_groups\":[{\"block_storage_groups\":[{\"role_type\":\"\",\"size_gb\":104,\"volume_type\":\"SSD\"}],\"role_type\":\"ACTIVE\",\"server_type_name\":\"\"}],\"instance_name_prefix\":\"\",\"license\":\"\",\"maintenance_option\":{\"period_hour\":\"\",\"starting_day_of_week\":\"MON\",\"starting_time\":\"\"},\"name\":\"\",\"tags\":[{\"key\":\"\",\"value\":\"\"}]}")),
        "sent body {sent}"
    );
}
/// The documented `list_backup_histories` 1.0 response_200 example contradicts the schema ($.total_count: expected an integer, found ""), so the strict type rejects it.
#[test]
fn list_backup_histories_v1_0_response_200() {
    rejects::<
        scp_vertica::types::BackupHistoryListApiResponse,
    >(
        "{\"contents\":[{\"backup_end_at\":\"\",\"backup_history_number\":\"\",\"backup_size_gb\":\"\",\"backup_start_at\":\"\",\"backup_state\":\"\",\"backup_state_detail\":\"\",\"software_version\":\"\"}],\"total_count\":\"\"}",
    );
}
/// `list_backup_histories` at API version 1.0 sends GET /v1/clusters/{cluster_id}/backup-histories.
#[tokio::test]
async fn list_backup_histories_v1_0_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/clusters/example/backup-histories"))
        .and(query_param("limit", "1"))
        .and(query_param("page", "1"))
        .and(header("Scp-Api-Version", "vertica 1.0"))
        .respond_with(
            ResponseTemplate::new(200u16)
                .set_body_raw(
                    "{\"contents\":[{\"backup_end_at\":\"example\",\"backup_history_number\":\"example\",\"backup_size_gb\":{},\"backup_start_at\":\"example\",\"backup_state\":\"example\",\"software_version\":\"example\"}],\"total_count\":1}",
                    "application/json",
                ),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .list_backup_histories()
        .cluster_id(v::<String>("\"example\""))
        .limit(v::<i64>("1"))
        .page(v::<i64>("1"))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `remove_backup_histories` 1.0 request_body example deserializes and serializes back.
#[test]
fn remove_backup_histories_v1_0_request_body() {
    round_trips::<
        scp_vertica::types::BackupHistoryNumberRequest,
    >("{\"backup_history_number\":[\"\"]}");
}
/// `remove_backup_histories` at API version 1.0 sends PUT /v1/clusters/{cluster_id}/backup-histories.
#[tokio::test]
async fn remove_backup_histories_v1_0_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("PUT"))
        .and(path("/v1/clusters/example/backup-histories"))
        .and(header("Scp-Api-Version", "vertica 1.0"))
        .respond_with(
            ResponseTemplate::new(202u16)
                .set_body_raw(
                    "{\"request_id\":\"example\",\"resource\":{\"id\":\"example\"}}",
                    "application/json",
                ),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .remove_backup_histories()
        .cluster_id(v::<String>("\"example\""))
        .backup_history_number(v::<Vec<String>>("[\"\"]"))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(same(& sent, & v("{\"backup_history_number\":[\"\"]}")), "sent body {sent}");
}
/// The documented `list_engine_version_properties` 1.0 response_200 example deserializes and serializes back.
#[test]
fn list_engine_version_properties_v1_0_response_200() {
    round_trips::<
        scp_vertica::types::EnginePropertyListResponse,
    >("{\"contents\":[{\"name\":\"\",\"value\":\"\"}]}");
}
/// `list_engine_version_properties` at API version 1.0 sends GET /v1/engine-versions/{dbaas_engine_version_id}/properties.
#[tokio::test]
async fn list_engine_version_properties_v1_0_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/engine-versions/example/properties"))
        .and(header("Scp-Api-Version", "vertica 1.0"))
        .respond_with(
            ResponseTemplate::new(200u16)
                .set_body_raw(
                    "{\"contents\":[{\"name\":\"example\",\"value\":\"example\"}]}",
                    "application/json",
                ),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .list_engine_version_properties()
        .dbaas_engine_version_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `list_engine_versions` 1.0 response_200 example deserializes and serializes back.
#[test]
fn list_engine_versions_v1_0_response_200() {
    round_trips::<
        scp_vertica::types::EngineListResponse,
    >(
        "{\"contents\":[{\"end_of_service\":false,\"id\":\"\",\"major_version\":\"\",\"name\":\"\",\"os_type\":\"\",\"os_version\":\"\",\"product_image_type\":\"\",\"software_version\":\"\"}]}",
    );
}
/// `list_engine_versions` at API version 1.0 sends GET /v1/engine-versions.
#[tokio::test]
async fn list_engine_versions_v1_0_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/engine-versions"))
        .and(query_param("id", "example"))
        .and(query_param("product_image_type", "PostgreSQL Community"))
        .and(query_param("eos_included", "false"))
        .and(header("Scp-Api-Version", "vertica 1.0"))
        .respond_with(
            ResponseTemplate::new(200u16)
                .set_body_raw(
                    "{\"contents\":[{\"id\":\"example\",\"major_version\":\"example\",\"name\":\"example\",\"os_type\":\"example\",\"os_version\":\"example\",\"software_version\":\"example\"}]}",
                    "application/json",
                ),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .list_engine_versions()
        .id(v::<String>("\"example\""))
        .product_image_type(
            v::<scp_vertica::types::ProductImageType>("\"PostgreSQL Community\""),
        )
        .eos_included(v::<bool>("false"))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `list_server_types` 1.0 response_200 example contradicts the schema ($.contents[0].cpu_core: expected an integer, found ""), so the strict type rejects it.
#[test]
fn list_server_types_v1_0_response_200() {
    rejects::<
        scp_vertica::types::ServerTypeListResponse,
    >(
        "{\"contents\":[{\"cpu_core\":\"\",\"description\":\"\",\"memory_gb\":\"\",\"name\":\"\",\"product_image_type\":\"\",\"product_type\":\"\",\"purpose\":\"\",\"type\":\"\"}]}",
    );
}
/// `list_server_types` at API version 1.0 sends GET /v1/server-types.
#[tokio::test]
async fn list_server_types_v1_0_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/server-types"))
        .and(query_param("name", "example"))
        .and(query_param("product_image_type", "example"))
        .and(header("Scp-Api-Version", "vertica 1.0"))
        .respond_with(
            ResponseTemplate::new(200u16)
                .set_body_raw(
                    "{\"contents\":[{\"cpu_core\":1,\"description\":\"example\",\"memory_gb\":1,\"name\":\"example\",\"product_image_type\":\"example\",\"product_type\":\"example\",\"purpose\":\"example\",\"type\":\"example\"}]}",
                    "application/json",
                ),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .list_server_types()
        .name(v::<String>("\"example\""))
        .product_image_type(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// `restart_cluster` at API version 1.0 sends POST /v1/clusters/{cluster_id}/restart.
#[tokio::test]
async fn restart_cluster_v1_0_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v1/clusters/example/restart"))
        .and(header("Scp-Api-Version", "vertica 1.0"))
        .respond_with(
            ResponseTemplate::new(202u16)
                .set_body_raw(
                    "{\"request_id\":\"example\",\"resource\":{\"id\":\"example\"}}",
                    "application/json",
                ),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .restart_cluster()
        .cluster_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `set_backup` 1.0 request_body example deserializes and serializes back.
#[test]
fn set_backup_v1_0_request_body() {
    round_trips::<
        scp_vertica::types::BackupSettingExcludingArchiveRequest,
    >("{\"retention_period_day\":\"\",\"starting_time_hour\":\"\"}");
}
/// `set_backup` at API version 1.0 sends POST /v1/clusters/{cluster_id}/backups.
#[tokio::test]
async fn set_backup_v1_0_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v1/clusters/example/backups"))
        .and(header("Scp-Api-Version", "vertica 1.0"))
        .respond_with(
            ResponseTemplate::new(202u16)
                .set_body_raw(
                    "{\"request_id\":\"example\",\"resource\":{\"id\":\"example\"}}",
                    "application/json",
                ),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .set_backup()
        .cluster_id(v::<String>("\"example\""))
        .retention_period_day(v::<String>("\"\""))
        .starting_time_hour(v::<String>("\"\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, & v("{\"retention_period_day\":\"\",\"starting_time_hour\":\"\"}")),
        "sent body {sent}"
    );
}
/// `unset_backup` at API version 1.0 sends DELETE /v1/clusters/{cluster_id}/backups.
#[tokio::test]
async fn unset_backup_v1_0_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("DELETE"))
        .and(path("/v1/clusters/example/backups"))
        .and(header("Scp-Api-Version", "vertica 1.0"))
        .respond_with(
            ResponseTemplate::new(202u16)
                .set_body_raw(
                    "{\"request_id\":\"example\",\"resource\":{\"id\":\"example\"}}",
                    "application/json",
                ),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .unset_backup()
        .cluster_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `set_block_storage_size` 1.0 request_body example deserializes and serializes back.
#[test]
fn set_block_storage_size_v1_0_request_body() {
    round_trips::<
        scp_vertica::types::ResizeBlockStorageGroupRequest,
    >("{\"size_gb\":16}");
}
/// `set_block_storage_size` at API version 1.0 sends POST /v1/block-storage-groups/{block_storage_group_id}/resize.
#[tokio::test]
async fn set_block_storage_size_v1_0_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v1/block-storage-groups/example/resize"))
        .and(header("Scp-Api-Version", "vertica 1.0"))
        .respond_with(
            ResponseTemplate::new(202u16)
                .set_body_raw(
                    "{\"request_id\":\"example\",\"resource\":{\"id\":\"example\"}}",
                    "application/json",
                ),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .set_block_storage_size()
        .block_storage_group_id(v::<String>("\"example\""))
        .size_gb(v::<i64>("16"))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(same(& sent, & v("{\"size_gb\":16}")), "sent body {sent}");
}
/// The documented `set_maintenance` 1.0 request_body example deserializes and serializes back.
#[test]
fn set_maintenance_v1_0_request_body() {
    round_trips::<
        scp_vertica::types::MaintenanceRequest,
    >(
        "{\"start_day_of_week\":\"MON\",\"start_minute\":\"\",\"start_time\":\"\",\"term_hour\":\"\"}",
    );
}
/// `set_maintenance` at API version 1.0 sends POST /v1/clusters/{cluster_id}/maintenance.
#[tokio::test]
async fn set_maintenance_v1_0_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v1/clusters/example/maintenance"))
        .and(header("Scp-Api-Version", "vertica 1.0"))
        .respond_with(
            ResponseTemplate::new(202u16)
                .set_body_raw(
                    "{\"request_id\":\"example\",\"resource\":{\"id\":\"example\"}}",
                    "application/json",
                ),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .set_maintenance()
        .cluster_id(v::<String>("\"example\""))
        .start_day_of_week(
            v::<scp_vertica::types::MaintenanceOptionStartingDayOfWeek>("\"MON\""),
        )
        .start_minute(v::<String>("\"\""))
        .start_time(v::<String>("\"\""))
        .term_hour(v::<String>("\"\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, &
        v("{\"start_day_of_week\":\"MON\",\"start_minute\":\"\",\"start_time\":\"\",\"term_hour\":\"\"}")),
        "sent body {sent}"
    );
}
/// `unset_maintenance` at API version 1.0 sends DELETE /v1/clusters/{cluster_id}/maintenance.
#[tokio::test]
async fn unset_maintenance_v1_0_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("DELETE"))
        .and(path("/v1/clusters/example/maintenance"))
        .and(header("Scp-Api-Version", "vertica 1.0"))
        .respond_with(
            ResponseTemplate::new(202u16)
                .set_body_raw(
                    "{\"request_id\":\"example\",\"resource\":{\"id\":\"example\"}}",
                    "application/json",
                ),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .unset_maintenance()
        .cluster_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `set_security_group_rules` 1.0 request_body example deserializes and serializes back.
#[test]
fn set_security_group_rules_v1_0_request_body() {
    round_trips::<
        scp_vertica::types::UpdateSecurityGroupRulesRequest,
    >("{\"add_ip_addresses\":[],\"del_ip_addresses\":[]}");
}
/// `set_security_group_rules` at API version 1.0 sends POST /v1/clusters/{cluster_id}/security-group-rules.
#[tokio::test]
async fn set_security_group_rules_v1_0_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v1/clusters/example/security-group-rules"))
        .and(header("Scp-Api-Version", "vertica 1.0"))
        .respond_with(
            ResponseTemplate::new(202u16)
                .set_body_raw(
                    "{\"request_id\":\"example\",\"resource\":{\"id\":\"example\"}}",
                    "application/json",
                ),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .set_security_group_rules()
        .cluster_id(v::<String>("\"example\""))
        .add_ip_addresses(v::<Vec<String>>("[]"))
        .del_ip_addresses(v::<Vec<String>>("[]"))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, & v("{\"add_ip_addresses\":[],\"del_ip_addresses\":[]}")),
        "sent body {sent}"
    );
}
/// The documented `set_server_type` 1.0 request_body example deserializes and serializes back.
#[test]
fn set_server_type_v1_0_request_body() {
    round_trips::<
        scp_vertica::types::InstanceGroupResizeRequest,
    >("{\"server_type_name\":\"\"}");
}
/// `set_server_type` at API version 1.0 sends POST /v1/instance-groups/{instance_group_id}/resize.
#[tokio::test]
async fn set_server_type_v1_0_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v1/instance-groups/example/resize"))
        .and(header("Scp-Api-Version", "vertica 1.0"))
        .respond_with(
            ResponseTemplate::new(202u16)
                .set_body_raw(
                    "{\"request_id\":\"example\",\"resource\":{\"id\":\"example\"}}",
                    "application/json",
                ),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .set_server_type()
        .instance_group_id(v::<String>("\"example\""))
        .server_type_name(v::<String>("\"\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(same(& sent, & v("{\"server_type_name\":\"\"}")), "sent body {sent}");
}
/// The documented `show_cluster` 1.0 response_200 example contradicts the schema ($.init_config_option.mc_port: expected an integer, found ""), so the strict type rejects it.
#[test]
fn show_cluster_v1_0_response_200() {
    rejects::<
        scp_vertica::types::VerticaClusterDetailResponse,
    >(
        "{\"account_id\":\"\",\"allowable_ip_addresses\":[],\"console_included\":false,\"created_at\":\"2024-05-17T00:23:17Z\",\"created_by\":\"90dddfc2b1e04edba54ba2b41539a9ac\",\"dbaas_engine\":\"Vertica\",\"dbaas_engine_version_name\":\"09c2fe88089040ffa035604e38f7e4e9\",\"id\":\"0fdd87aab8cb46f59b7c1f81ed03fb3e\",\"init_config_option\":{\"backup_option\":{\"retention_period_day\":\"\",\"starting_time_hour\":\"\"},\"database_locale\":\"ko_KR.utf8\",\"database_name\":\"\",\"database_port\":5433,\"database_user_name\":\"\",\"mc_port\":\"\"},\"instance_count\":0,\"instance_groups\":[{\"block_storage_groups\":[{\"id\":\"\",\"name\":\"\",\"role_type\":\"OS\",\"size_gb\":\"\",\"volume_type\":\"SSD\"}],\"id\":\"\",\"instances\":[{\"name\":\"\",\"public_ip_address\":\"\",\"public_ip_id\":\"\",\"role_type\":\"\",\"service_ip_address\":\"\",\"service_state\":\"RUNNING\"}],\"role_type\":\"\",\"server_type_name\":\"\"}],\"maintenance_option\":{\"period_hour\":\"\",\"starting_day_of_week\":\"MON\",\"starting_time\":\"\",\"use_maintenance_option\":false},\"modified_at\":\"2024-05-17T00:23:17Z\",\"modified_by\":\"90dddfc2b1e04edba54ba2b41539a9ac\",\"name\":\"\",\"nat_enabled\":\"\",\"product_type\":\"Vertica\",\"role_type\":\"ORIGIN\",\"service_state\":\"RUNNING\",\"software_version\":\"\",\"subnet_id\":\"\",\"timezone\":\"\"}",
    );
}
/// `show_cluster` at API version 1.0 sends GET /v1/clusters/{cluster_id}.
#[tokio::test]
async fn show_cluster_v1_0_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/clusters/example"))
        .and(header("Scp-Api-Version", "vertica 1.0"))
        .respond_with(
            ResponseTemplate::new(200u16)
                .set_body_raw(
                    "{\"account_id\":\"example\",\"created_at\":\"2024-05-17T00:23:17Z\",\"created_by\":\"example\",\"dbaas_engine\":\"PostgreSQL\",\"dbaas_engine_version_name\":\"example\",\"id\":\"example\",\"init_config_option\":{\"database_name\":\"example\",\"database_user_name\":\"example\"},\"instance_groups\":[{\"block_storage_groups\":[{\"id\":\"example\",\"name\":\"example\",\"role_type\":\"OS\",\"size_gb\":1,\"volume_type\":\"SSD\"}],\"id\":\"example\",\"instances\":[{\"name\":\"example\",\"role_type\":\"ACTIVE\",\"service_state\":\"RUNNING\"}],\"role_type\":\"ACTIVE\",\"server_type_name\":\"example\"}],\"modified_at\":\"2024-05-17T00:23:17Z\",\"modified_by\":\"example\",\"name\":\"example\",\"product_type\":\"QOS\",\"service_state\":\"RUNNING\",\"software_version\":\"example\",\"subnet_id\":\"example\",\"timezone\":\"example\"}",
                    "application/json",
                ),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .show_cluster()
        .cluster_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// `terminate_cluster` at API version 1.0 sends DELETE /v1/clusters/{cluster_id}.
#[tokio::test]
async fn terminate_cluster_v1_0_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("DELETE"))
        .and(path("/v1/clusters/example"))
        .and(header("Scp-Api-Version", "vertica 1.0"))
        .respond_with(
            ResponseTemplate::new(202u16)
                .set_body_raw(
                    "{\"request_id\":\"example\",\"resource\":{\"id\":\"example\"}}",
                    "application/json",
                ),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .terminate_cluster()
        .cluster_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `show_request` 1.0 response_200 example deserializes and serializes back.
#[test]
fn show_request_v1_0_response_200() {
    round_trips::<
        scp_vertica::types::RequestStateResponse,
    >("{\"request_id\":\"\",\"state\":\"\"}");
}
/// `show_request` at API version 1.0 sends GET /v1/requests/{request_id}.
#[tokio::test]
async fn show_request_v1_0_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/requests/example"))
        .and(header("Scp-Api-Version", "vertica 1.0"))
        .respond_with(
            ResponseTemplate::new(200u16)
                .set_body_raw(
                    "{\"request_id\":\"example\",\"state\":\"example\"}",
                    "application/json",
                ),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .show_request()
        .request_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// `start_cluster` at API version 1.0 sends POST /v1/clusters/{cluster_id}/start.
#[tokio::test]
async fn start_cluster_v1_0_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v1/clusters/example/start"))
        .and(header("Scp-Api-Version", "vertica 1.0"))
        .respond_with(
            ResponseTemplate::new(202u16)
                .set_body_raw(
                    "{\"request_id\":\"example\",\"resource\":{\"id\":\"example\"}}",
                    "application/json",
                ),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .start_cluster()
        .cluster_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// `stop_cluster` at API version 1.0 sends POST /v1/clusters/{cluster_id}/stop.
#[tokio::test]
async fn stop_cluster_v1_0_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v1/clusters/example/stop"))
        .and(header("Scp-Api-Version", "vertica 1.0"))
        .respond_with(
            ResponseTemplate::new(202u16)
                .set_body_raw(
                    "{\"request_id\":\"example\",\"resource\":{\"id\":\"example\"}}",
                    "application/json",
                ),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .stop_cluster()
        .cluster_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// `synchronize_cluster_state` at API version 1.0 sends POST /v1/clusters/{cluster_id}/sync-state.
#[tokio::test]
async fn synchronize_cluster_state_v1_0_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v1/clusters/example/sync-state"))
        .and(header("Scp-Api-Version", "vertica 1.0"))
        .respond_with(
            ResponseTemplate::new(202u16)
                .set_body_raw(
                    "{\"request_id\":\"example\",\"resource\":{\"id\":\"example\"}}",
                    "application/json",
                ),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .synchronize_cluster_state()
        .cluster_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
