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
use wiremock::matchers::{method, path, query_param};
use wiremock::{Mock, MockServer, ResponseTemplate};
fn client(server: &MockServer) -> otc_ims::Client {
    let config = otc_ims::runtime::Config::builder()
        .credentials(otc_ims::runtime::OtcToken::new("token"))
        .endpoint_url(server.uri())
        .retry(otc_ims::runtime::RetryConfig::disabled())
        .build()
        .expect("test config");
    otc_ims::Client::with_endpoint(config).expect("test client")
}
async fn sent_body(server: &MockServer) -> Value {
    let requests = server.received_requests().await.expect("recording is on");
    serde_json::from_slice(&requests[0].body).expect("a JSON body")
}
/// The documented `creating_an_image` v2 request_body example deserializes and serializes back.
#[test]
fn creating_an_image_v2_request_body() {
    round_trips::<
        otc_ims::types::CreateImageRequest,
    >(
        "{\"name\":\"ims_test\",\"description\":\"Create a system disk image from an ECS\",\"instance_id\":\"877a2cda-ba63-4e1e-b95f-e67e48b6129a\",\"tags\":[\"aaa.111\",\"bbb.333\",\"ccc.444\"]}",
    );
}
/// `creating_an_image` at API version v2 sends POST /v2/cloudimages/action.
#[tokio::test]
async fn creating_an_image_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v2/cloudimages/action"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .creating_an_image()
        .name(v::<String>("\"ims_test\""))
        .description(v::<String>("\"Create a system disk image from an ECS\""))
        .instance_id(v::<String>("\"877a2cda-ba63-4e1e-b95f-e67e48b6129a\""))
        .tags(v::<Vec<String>>("[\"aaa.111\",\"bbb.333\",\"ccc.444\"]"))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, &
        v("{\"name\":\"ims_test\",\"description\":\"Create a system disk image from an ECS\",\"instance_id\":\"877a2cda-ba63-4e1e-b95f-e67e48b6129a\",\"tags\":[\"aaa.111\",\"bbb.333\",\"ccc.444\"]}")),
        "sent body {sent}"
    );
}
/// The documented `importing_an_image_file_quickly` v2 request_body example deserializes and serializes back.
#[test]
fn importing_an_image_file_quickly_v2_request_body() {
    round_trips::<
        otc_ims::types::ImportImageFileQuicklyRequest,
    >(
        "{\"name\":\"ims_test_file\",\"description\":\"Create an image using a file in an OBS bucket.\",\"image_url\":\"ims-image:centos70.zvhd2\",\"os_version\":\"CentOS 7.0 64bit\",\"min_disk\":40,\"type\":\"ECS\",\"tags\":[\"aaa.111\",\"bbb.333\",\"ccc.444\"]}",
    );
}
/// `importing_an_image_file_quickly` at API version v2 sends POST /v2/cloudimages/quickimport/action.
#[tokio::test]
async fn importing_an_image_file_quickly_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v2/cloudimages/quickimport/action"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .importing_an_image_file_quickly()
        .name(v::<String>("\"ims_test_file\""))
        .description(v::<String>("\"Create an image using a file in an OBS bucket.\""))
        .os_version(v::<String>("\"CentOS 7.0 64bit\""))
        .image_url(v::<String>("\"ims-image:centos70.zvhd2\""))
        .min_disk(v::<i64>("40"))
        .tags(v::<Vec<String>>("[\"aaa.111\",\"bbb.333\",\"ccc.444\"]"))
        .type_(v::<otc_ims::types::ImportImageFileQuicklyRequestType>("\"ECS\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, &
        v("{\"name\":\"ims_test_file\",\"description\":\"Create an image using a file in an OBS bucket.\",\"os_version\":\"CentOS 7.0 64bit\",\"image_url\":\"ims-image:centos70.zvhd2\",\"min_disk\":40,\"tags\":[\"aaa.111\",\"bbb.333\",\"ccc.444\"],\"type\":\"ECS\"}")),
        "sent body {sent}"
    );
}
/// `querying_images` at API version v2 sends GET /v2/cloudimages.
#[tokio::test]
async fn querying_images_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v2/cloudimages"))
        .and(query_param("__isregistered", "true"))
        .and(query_param("__imagetype", "example"))
        .and(query_param("__whole_image", "true"))
        .and(query_param("__system__cmkid", "example"))
        .and(query_param("protected", "true"))
        .and(query_param("visibility", "example"))
        .and(query_param("owner", "example"))
        .and(query_param("id", "example"))
        .and(query_param("status", "example"))
        .and(query_param("name", "example"))
        .and(query_param("container_format", "example"))
        .and(query_param("disk_format", "zvhd2"))
        .and(query_param("min_ram", "1"))
        .and(query_param("min_disk", "1"))
        .and(query_param("__os_bit", "example"))
        .and(query_param("__platform", "Windows"))
        .and(query_param("marker", "example"))
        .and(query_param("limit", "500"))
        .and(query_param("sort_key", "created_at"))
        .and(query_param("sort_dir", "desc"))
        .and(query_param("__os_type", "example"))
        .and(query_param("tag", "example"))
        .and(query_param("member_status", "accepted"))
        .and(query_param("__support_kvm", "example"))
        .and(query_param("__support_xen", "example"))
        .and(query_param("__support_largememory", "example"))
        .and(query_param("__support_diskintensive", "example"))
        .and(query_param("__support_highperformance", "example"))
        .and(query_param("__support_xen_gpu_type", "example"))
        .and(query_param("__support_kvm_gpu_type", "example"))
        .and(query_param("__support_xen_hana", "example"))
        .and(query_param("__support_kvm_infiniband", "example"))
        .and(query_param("virtual_env_type", "FusionCompute"))
        .and(query_param("enterprise_project_id", "example"))
        .and(query_param("created_at", "example"))
        .and(query_param("updated_at", "example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_images()
        .isregistered(
            v::<
                otc_ims::types::ListImagesDataDescriptionOfTheImagesFieldIsregistered,
            >("\"true\""),
        )
        .imagetype(v::<String>("\"example\""))
        .whole_image(v::<bool>("true"))
        .system_cmkid(v::<String>("\"example\""))
        .protected(v::<bool>("true"))
        .visibility(v::<String>("\"example\""))
        .owner(v::<String>("\"example\""))
        .id(v::<String>("\"example\""))
        .status(v::<String>("\"example\""))
        .name(v::<String>("\"example\""))
        .container_format(v::<String>("\"example\""))
        .disk_format(
            v::<
                otc_ims::types::ImageDataDescriptionOfTheImagesFieldDiskFormat,
            >("\"zvhd2\""),
        )
        .min_ram(v::<i64>("1"))
        .min_disk(v::<i64>("1"))
        .os_bit(v::<String>("\"example\""))
        .platform(v::<otc_ims::types::Platform>("\"Windows\""))
        .marker(v::<String>("\"example\""))
        .limit(v::<i64>("500"))
        .sort_key(v::<otc_ims::types::SortKey>("\"created_at\""))
        .sort_dir(v::<String>("\"desc\""))
        .os_type(v::<String>("\"example\""))
        .tag(v::<String>("\"example\""))
        .member_status(v::<otc_ims::types::MemberStatus>("\"accepted\""))
        .support_kvm(v::<String>("\"example\""))
        .support_xen(v::<String>("\"example\""))
        .support_largememory(v::<String>("\"example\""))
        .support_diskintensive(v::<String>("\"example\""))
        .support_highperformance(v::<String>("\"example\""))
        .support_xen_gpu_type(v::<String>("\"example\""))
        .support_kvm_gpu_type(v::<String>("\"example\""))
        .support_xen_hana(v::<String>("\"example\""))
        .support_kvm_infiniband(v::<String>("\"example\""))
        .virtual_env_type(
            v::<
                otc_ims::types::ImageDataDescriptionOfTheImagesFieldVirtualEnvType,
            >("\"FusionCompute\""),
        )
        .enterprise_project_id(v::<String>("\"example\""))
        .created_at(v::<String>("\"example\""))
        .updated_at(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `updating_an_image` v2 request_body example contradicts the schema ($: expected an object, found [{"op":"replace","path":"/name","value":...), so the strict type rejects it.
#[test]
fn updating_an_image_v2_request_body() {
    rejects::<
        otc_ims::types::UpdateImageRequest,
    >("[{\"op\":\"replace\",\"path\":\"/name\",\"value\":\"ims_test\"}]");
}
/// `updating_an_image` at API version v2 sends PATCH /v2/cloudimages/{image_id}.
#[tokio::test]
async fn updating_an_image_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("PATCH"))
        .and(path("/v2/cloudimages/example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .updating_an_image()
        .image_id(v::<String>("\"example\""))
        .array(
            v::<
                Vec<otc_ims::types::ImageDataDescriptionOfTheArrayField>,
            >("[{\"op\":\"add\",\"path\":\"bios\",\"value\":\"example\"}]"),
        )
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, &
        v("{\"*[Array]*\":[{\"op\":\"add\",\"path\":\"bios\",\"value\":\"example\"}]}")),
        "sent body {sent}"
    );
}
/// `querying_tags_of_an_image` at API version v2 sends GET /v2/{project_id}/images/{image_id}/tags.
#[tokio::test]
async fn querying_tags_of_an_image_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v2/example/images/example/tags"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_tags_of_an_image()
        .project_id(v::<String>("\"example\""))
        .image_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `adding_an_image_tag` v2 request_body example deserializes and serializes back.
#[test]
fn adding_an_image_tag_v2_request_body() {
    round_trips::<
        otc_ims::types::AddImageTagRequest,
    >("{\"tag\":{\"value\":\"value1\",\"key\":\"key1\"}}");
}
/// `adding_an_image_tag` at API version v2 sends POST /v2/{project_id}/images/{image_id}/tags.
#[tokio::test]
async fn adding_an_image_tag_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v2/example/images/example/tags"))
        .respond_with(ResponseTemplate::new(200u16))
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .adding_an_image_tag()
        .project_id(v::<String>("\"example\""))
        .image_id(v::<String>("\"example\""))
        .tag(
            v::<
                otc_ims::types::ImageTagDataDescriptionOfTheTagField,
            >("{\"value\":\"value1\",\"key\":\"key1\"}"),
        )
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, & v("{\"tag\":{\"value\":\"value1\",\"key\":\"key1\"}}")),
        "sent body {sent}"
    );
}
/// The documented `adding_or_deleting_image_tags_in_a_batch` v2 request_body example deserializes and serializes back.
#[test]
fn adding_or_deleting_image_tags_in_a_batch_v2_request_body() {
    round_trips::<
        otc_ims::types::AddBatchOrDeleteImageTagsRequest,
    >(
        "{\"tags\":[{\"value\":\"value1\",\"key\":\"key1\"},{\"value\":\"value2\",\"key\":\"key2\"},{\"value\":\"\",\"key\":\"key3\"}],\"action\":\"create\"}",
    );
}
/// `adding_or_deleting_image_tags_in_a_batch` at API version v2 sends POST /v2/{project_id}/images/{image_id}/tags/action.
#[tokio::test]
async fn adding_or_deleting_image_tags_in_a_batch_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v2/example/images/example/tags/action"))
        .respond_with(ResponseTemplate::new(200u16))
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .adding_or_deleting_image_tags_in_a_batch()
        .project_id(v::<String>("\"example\""))
        .image_id(v::<String>("\"example\""))
        .tags(
            v::<
                Vec<otc_ims::types::OrDeleteImageTagDataDescriptionOfTheTagsField>,
            >(
                "[{\"value\":\"value1\",\"key\":\"key1\"},{\"value\":\"value2\",\"key\":\"key2\"},{\"value\":\"\",\"key\":\"key3\"}]",
            ),
        )
        .action(v::<String>("\"create\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, &
        v("{\"tags\":[{\"value\":\"value1\",\"key\":\"key1\"},{\"value\":\"value2\",\"key\":\"key2\"},{\"value\":\"\",\"key\":\"key3\"}],\"action\":\"create\"}")),
        "sent body {sent}"
    );
}
/// `deleting_an_image_tag` at API version v2 sends DELETE /v2/{project_id}/images/{image_id}/tags/{key}.
#[tokio::test]
async fn deleting_an_image_tag_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("DELETE"))
        .and(path("/v2/example/images/example/tags/example"))
        .respond_with(ResponseTemplate::new(200u16))
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .deleting_an_image_tag()
        .project_id(v::<String>("\"example\""))
        .image_id(v::<String>("\"example\""))
        .key(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// `querying_all_image_tags` at API version v2 sends GET /v2/{project_id}/images/tags.
#[tokio::test]
async fn querying_all_image_tags_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v2/example/images/tags"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_all_image_tags()
        .project_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `querying_images_by_tag` v2 request_body example deserializes and serializes back.
#[test]
fn querying_images_by_tag_v2_request_body() {
    round_trips::<
        otc_ims::types::ListImagesByTagRequest,
    >(
        "{\"action\":\"count\",\"matches\":[{\"key\":\"resource_name\",\"value\":\"test100\"}],\"tags\":[{\"key\":\"key3\",\"values\":[\"valueXX\"]}],\"tags_any\":[{\"key\":\"key0\",\"values\":[\"valueXX\"]}],\"not_tags\":[{\"key\":\"key9\",\"values\":[\"value9\"]}],\"not_tags_any\":[{\"key\":\"key7\",\"values\":[\"value7\"]}]}",
    );
}
/// `querying_images_by_tag` at API version v2 sends POST /v2/{project_id}/images/resource_instances/action.
#[tokio::test]
async fn querying_images_by_tag_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v2/example/images/resource_instances/action"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_images_by_tag()
        .project_id(v::<String>("\"example\""))
        .action(v::<String>("\"count\""))
        .tags(
            v::<
                Vec<otc_ims::types::ImagesByTagDataDescriptionOfTheTagsField>,
            >("[{\"key\":\"key3\",\"values\":[\"valueXX\"]}]"),
        )
        .tags_any(
            v::<
                Vec<otc_ims::types::ImagesByTagDataDescriptionOfTheTagsAnyField>,
            >("[{\"key\":\"key0\",\"values\":[\"valueXX\"]}]"),
        )
        .not_tags(
            v::<
                Vec<otc_ims::types::ImagesByTagDataDescriptionOfTheNotTagsField>,
            >("[{\"key\":\"key9\",\"values\":[\"value9\"]}]"),
        )
        .not_tags_any(
            v::<
                Vec<otc_ims::types::ImagesByTagDataDescriptionOfTheNotTagsAnyField>,
            >("[{\"key\":\"key7\",\"values\":[\"value7\"]}]"),
        )
        .matches(
            v::<
                Vec<otc_ims::types::ImagesByTagDataDescriptionOfTheMatchesField>,
            >("[{\"key\":\"resource_name\",\"value\":\"test100\"}]"),
        )
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, &
        v("{\"action\":\"count\",\"tags\":[{\"key\":\"key3\",\"values\":[\"valueXX\"]}],\"tags_any\":[{\"key\":\"key0\",\"values\":[\"valueXX\"]}],\"not_tags\":[{\"key\":\"key9\",\"values\":[\"value9\"]}],\"not_tags_any\":[{\"key\":\"key7\",\"values\":[\"value7\"]}],\"matches\":[{\"key\":\"resource_name\",\"value\":\"test100\"}]}")),
        "sent body {sent}"
    );
}
/// `querying_images_native_open_stack_api` at API version v2 sends GET /v2/images.
#[tokio::test]
async fn querying_images_native_open_stack_api_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v2/images"))
        .and(query_param("__isregistered", "true"))
        .and(query_param("__imagetype", "example"))
        .and(query_param("protected", "true"))
        .and(query_param("visibility", "example"))
        .and(query_param("owner", "example"))
        .and(query_param("id", "example"))
        .and(query_param("status", "example"))
        .and(query_param("name", "example"))
        .and(query_param("container_format", "bare"))
        .and(query_param("disk_format", "zvhd2"))
        .and(query_param("min_ram", "1"))
        .and(query_param("min_disk", "1"))
        .and(query_param("__os_bit", "example"))
        .and(query_param("__platform", "Windows"))
        .and(query_param("marker", "example"))
        .and(query_param("limit", "1"))
        .and(query_param("sort_key", "created_at"))
        .and(query_param("sort_dir", "desc"))
        .and(query_param("__os_type", "Linux"))
        .and(query_param("tag", "example"))
        .and(query_param("member_status", "accepted"))
        .and(query_param("__support_kvm", "example"))
        .and(query_param("__support_xen", "example"))
        .and(query_param("__support_largememory", "example"))
        .and(query_param("__support_diskintensive", "example"))
        .and(query_param("__support_highperformance", "example"))
        .and(query_param("__support_xen_gpu_type", "example"))
        .and(query_param("__support_kvm_gpu_type", "example"))
        .and(query_param("__support_xen_hana", "example"))
        .and(query_param("__support_kvm_infiniband", "example"))
        .and(query_param("created_at", "example"))
        .and(query_param("updated_at", "example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_images_native_open_stack_api()
        .isregistered(
            v::<
                otc_ims::types::ListImagesDataDescriptionOfTheImagesFieldIsregistered,
            >("\"true\""),
        )
        .imagetype(v::<String>("\"example\""))
        .protected(v::<bool>("true"))
        .visibility(v::<String>("\"example\""))
        .owner(v::<String>("\"example\""))
        .id(v::<String>("\"example\""))
        .status(v::<String>("\"example\""))
        .name(v::<String>("\"example\""))
        .container_format(v::<String>("\"bare\""))
        .disk_format(
            v::<
                otc_ims::types::ImageDataDescriptionOfTheImagesFieldDiskFormat,
            >("\"zvhd2\""),
        )
        .min_ram(v::<i64>("1"))
        .min_disk(v::<i64>("1"))
        .os_bit(v::<String>("\"example\""))
        .platform(
            v::<
                otc_ims::types::ImageDataDescriptionOfTheImagesFieldPlatform,
            >("\"Windows\""),
        )
        .marker(v::<String>("\"example\""))
        .limit(v::<i64>("1"))
        .sort_key(v::<String>("\"created_at\""))
        .sort_dir(v::<String>("\"desc\""))
        .os_type(
            v::<otc_ims::types::ImageDataDescriptionOfTheImagesFieldOsType>("\"Linux\""),
        )
        .tag(v::<String>("\"example\""))
        .member_status(v::<otc_ims::types::MemberStatus>("\"accepted\""))
        .support_kvm(v::<String>("\"example\""))
        .support_xen(v::<String>("\"example\""))
        .support_largememory(v::<String>("\"example\""))
        .support_diskintensive(v::<String>("\"example\""))
        .support_highperformance(v::<String>("\"example\""))
        .support_xen_gpu_type(v::<String>("\"example\""))
        .support_kvm_gpu_type(v::<String>("\"example\""))
        .support_xen_hana(v::<String>("\"example\""))
        .support_kvm_infiniband(v::<String>("\"example\""))
        .created_at(v::<String>("\"example\""))
        .updated_at(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `creating_image_metadata_native_open_stack_api` v2 request_body example deserializes and serializes back.
#[test]
fn creating_image_metadata_native_open_stack_api_v2_request_body() {
    round_trips::<
        otc_ims::types::CreateImageMetadataRequest,
    >(
        "{\"__os_version\":\"Ubuntu 14.04 server 64bit\",\"container_format\":\"bare\",\"disk_format\":\"vhd\",\"min_disk\":100,\"min_ram\":1024,\"name\":\"test\",\"tags\":[\"test=testvalue\",\"image=imagevalue\"],\"visibility\":\"private\",\"protected\":false}",
    );
}
/// `creating_image_metadata_native_open_stack_api` at API version v2 sends POST /v2/images.
#[tokio::test]
async fn creating_image_metadata_native_open_stack_api_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v2/images"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .creating_image_metadata_native_open_stack_api()
        .os_version(v::<String>("\"Ubuntu 14.04 server 64bit\""))
        .visibility(v::<String>("\"private\""))
        .name(v::<String>("\"test\""))
        .protected(v::<bool>("false"))
        .container_format(v::<String>("\"bare\""))
        .disk_format(
            v::<otc_ims::types::CreateImageMetadataRequestDiskFormat>("\"vhd\""),
        )
        .tags(v::<Vec<String>>("[\"test=testvalue\",\"image=imagevalue\"]"))
        .min_ram(v::<i64>("1024"))
        .min_disk(v::<i64>("100"))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, &
        v("{\"__os_version\":\"Ubuntu 14.04 server 64bit\",\"visibility\":\"private\",\"name\":\"test\",\"protected\":false,\"container_format\":\"bare\",\"disk_format\":\"vhd\",\"tags\":[\"test=testvalue\",\"image=imagevalue\"],\"min_ram\":1024,\"min_disk\":100}")),
        "sent body {sent}"
    );
}
/// `querying_image_details_native_open_stack_api` at API version v2 sends GET /v2/images/{image_id}.
#[tokio::test]
async fn querying_image_details_native_open_stack_api_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v2/images/example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_image_details_native_open_stack_api()
        .image_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// `deleting_an_image_native_open_stack_api` at API version v2 sends DELETE /v2/images/{image_id}.
#[tokio::test]
async fn deleting_an_image_native_open_stack_api_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("DELETE"))
        .and(path("/v2/images/example"))
        .and(query_param("delete_backup", "true"))
        .respond_with(ResponseTemplate::new(200u16))
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .deleting_an_image_native_open_stack_api()
        .image_id(v::<String>("\"example\""))
        .delete_backup(v::<bool>("true"))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// `modifying_an_image_native_open_stack_api` at API version v2 sends PATCH /v2/images/{image_id}.
#[tokio::test]
async fn modifying_an_image_native_open_stack_api_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("PATCH"))
        .and(path("/v2/images/example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .modifying_an_image_native_open_stack_api()
        .image_id(v::<String>("\"example\""))
        .array(
            v::<
                Vec<otc_ims::types::UpdateImageDataDescriptionOfTheArrayField>,
            >("[{\"op\":\"replace\",\"path\":\"example\"}]"),
        )
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, & v("{\"*[Array]*\":[{\"op\":\"replace\",\"path\":\"example\"}]}")),
        "sent body {sent}"
    );
}
/// `uploading_an_image_native_open_stack_api` at API version v2 sends PUT /v2/images/{image_id}/file.
#[tokio::test]
async fn uploading_an_image_native_open_stack_api_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("PUT"))
        .and(path("/v2/images/example/file"))
        .respond_with(ResponseTemplate::new(200u16))
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .uploading_an_image_native_open_stack_api()
        .image_id(v::<String>("\"example\""))
        .image_file(v::<serde_json::Value>("{}"))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(same(& sent, & v("{\"*image_file*\":{}}")), "sent body {sent}");
}
/// `querying_a_schema_for_an_image_sharing_member_list_native_open_stack_api` at API version v2 sends GET /v2/schemas/members.
#[tokio::test]
async fn querying_a_schema_for_an_image_sharing_member_list_native_open_stack_api_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v2/schemas/members"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_a_schema_for_an_image_sharing_member_list_native_open_stack_api()
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// `querying_a_schema_for_an_image_sharing_member_native_open_stack_api` at API version v2 sends GET /v2/schemas/member.
#[tokio::test]
async fn querying_a_schema_for_an_image_sharing_member_native_open_stack_api_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v2/schemas/member"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_a_schema_for_an_image_sharing_member_native_open_stack_api()
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// `querying_an_image_list_schema_native_open_stack_api` at API version v2 sends GET /v2/schemas/images.
#[tokio::test]
async fn querying_an_image_list_schema_native_open_stack_api_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v2/schemas/images"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_an_image_list_schema_native_open_stack_api()
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// `querying_an_image_schema_native_open_stack_api` at API version v2 sends GET /v2/schemas/image.
#[tokio::test]
async fn querying_an_image_schema_native_open_stack_api_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v2/schemas/image"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_an_image_schema_native_open_stack_api()
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// `querying_image_sharing_members_native_open_stack_api` at API version v2 sends GET /v2/images/{image_id}/members.
#[tokio::test]
async fn querying_image_sharing_members_native_open_stack_api_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v2/images/example/members"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_image_sharing_members_native_open_stack_api()
        .image_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `adding_an_image_sharing_member_native_open_stack_api` v2 request_body example deserializes and serializes back.
#[test]
fn adding_an_image_sharing_member_native_open_stack_api_v2_request_body() {
    round_trips::<
        otc_ims::types::AddImageSharingMemberRequest,
    >("{\"member\":\"edc89b490d7d4392898e19b2deb34797\"}");
}
/// `adding_an_image_sharing_member_native_open_stack_api` at API version v2 sends POST /v2/images/{image_id}/members.
#[tokio::test]
async fn adding_an_image_sharing_member_native_open_stack_api_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v2/images/example/members"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .adding_an_image_sharing_member_native_open_stack_api()
        .image_id(v::<String>("\"example\""))
        .member(v::<String>("\"edc89b490d7d4392898e19b2deb34797\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, & v("{\"member\":\"edc89b490d7d4392898e19b2deb34797\"}")),
        "sent body {sent}"
    );
}
/// `querying_image_sharing_member_details_native_open_stack_api` at API version v2 sends GET /v2/images/{image_id}/members/{member_id}.
#[tokio::test]
async fn querying_image_sharing_member_details_native_open_stack_api_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v2/images/example/members/example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_image_sharing_member_details_native_open_stack_api()
        .image_id(v::<String>("\"example\""))
        .member_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `updating_the_image_sharing_status_native_open_stack_api` v2 request_body example deserializes and serializes back.
#[test]
fn updating_the_image_sharing_status_native_open_stack_api_v2_request_body() {
    round_trips::<
        otc_ims::types::UpdateImageSharingStatusRequest,
    >("{\"status\":\"accepted\"}");
}
/// `updating_the_image_sharing_status_native_open_stack_api` at API version v2 sends PUT /v2/images/{image_id}/members/{member_id}.
#[tokio::test]
async fn updating_the_image_sharing_status_native_open_stack_api_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("PUT"))
        .and(path("/v2/images/example/members/example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .updating_the_image_sharing_status_native_open_stack_api()
        .image_id(v::<String>("\"example\""))
        .member_id(v::<String>("\"example\""))
        .status(v::<String>("\"accepted\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(same(& sent, & v("{\"status\":\"accepted\"}")), "sent body {sent}");
}
/// `deleting_an_image_sharing_member_native_open_stack_api` at API version v2 sends DELETE /v2/images/{image_id}/members/{member_id}.
#[tokio::test]
async fn deleting_an_image_sharing_member_native_open_stack_api_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("DELETE"))
        .and(path("/v2/images/example/members/example"))
        .respond_with(ResponseTemplate::new(200u16))
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .deleting_an_image_sharing_member_native_open_stack_api()
        .image_id(v::<String>("\"example\""))
        .member_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// `adding_a_tag_native_open_stack_api` at API version v2 sends PUT /v2/images/{image_id}/tags/{tag}.
#[tokio::test]
async fn adding_a_tag_native_open_stack_api_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("PUT"))
        .and(path("/v2/images/example/tags/example"))
        .respond_with(ResponseTemplate::new(200u16))
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .adding_a_tag_native_open_stack_api()
        .image_id(v::<String>("\"example\""))
        .tag(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// `deleting_a_tag_native_open_stack_api` at API version v2 sends DELETE /v2/images/{image_id}/tags/{tag}.
#[tokio::test]
async fn deleting_a_tag_native_open_stack_api_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("DELETE"))
        .and(path("/v2/images/example/tags/example"))
        .respond_with(ResponseTemplate::new(200u16))
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .deleting_a_tag_native_open_stack_api()
        .image_id(v::<String>("\"example\""))
        .tag(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// `deleting_an_image_native_open_stack_api_v1_1_deprecated` at API version v1.1 sends DELETE /v1.1/images/{image_id}.
#[tokio::test]
async fn deleting_an_image_native_open_stack_api_v1_1_deprecated_v1_1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("DELETE"))
        .and(path("/v1.1/images/example"))
        .respond_with(ResponseTemplate::new(200u16))
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .deleting_an_image_native_open_stack_api_v1_1_deprecated()
        .image_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// `querying_image_details_native_open_stack_api_v1_1_deprecated` at API version v1.1 sends GET /v1.1/images/detail.
#[tokio::test]
async fn querying_image_details_native_open_stack_api_v1_1_deprecated_v1_1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1.1/images/detail"))
        .and(query_param("name", "example"))
        .and(query_param("container_format", "example"))
        .and(query_param("disk_format", "example"))
        .and(query_param("status", "example"))
        .and(query_param("size_min", "example"))
        .and(query_param("size_max", "example"))
        .and(query_param("changes-since", "example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_image_details_native_open_stack_api_v1_1_deprecated()
        .name(v::<String>("\"example\""))
        .container_format(v::<String>("\"example\""))
        .disk_format(v::<String>("\"example\""))
        .status(v::<String>("\"example\""))
        .size_min(v::<String>("\"example\""))
        .size_max(v::<String>("\"example\""))
        .changes_since(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `creating_a_data_disk_image_from_an_external_image_file` v1 request_body example deserializes and serializes back.
#[test]
fn creating_a_data_disk_image_from_an_external_image_file_v1_request_body() {
    round_trips::<
        otc_ims::types::CreateImageFileDataDiskImageRequest,
    >(
        "{\"name\":\"fedora-data1\",\"image_url\":\"image-test:fedora_data1.qcow2\",\"description\":\"Data disk 1 of Fedora\",\"min_disk\":40,\"tags\":[\"aaa.111\",\"bbb.222\"],\"os_type\":\"Linux\"}",
    );
}
/// `creating_a_data_disk_image_from_an_external_image_file` at API version v1 sends POST /v1/cloudimages/dataimages/action.
#[tokio::test]
async fn creating_a_data_disk_image_from_an_external_image_file_v1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v1/cloudimages/dataimages/action"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .creating_a_data_disk_image_from_an_external_image_file()
        .name(v::<String>("\"fedora-data1\""))
        .description(v::<String>("\"Data disk 1 of Fedora\""))
        .os_type(v::<String>("\"Linux\""))
        .image_url(v::<String>("\"image-test:fedora_data1.qcow2\""))
        .min_disk(v::<i64>("40"))
        .tags(v::<Vec<String>>("[\"aaa.111\",\"bbb.222\"]"))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, &
        v("{\"name\":\"fedora-data1\",\"description\":\"Data disk 1 of Fedora\",\"os_type\":\"Linux\",\"image_url\":\"image-test:fedora_data1.qcow2\",\"min_disk\":40,\"tags\":[\"aaa.111\",\"bbb.222\"]}")),
        "sent body {sent}"
    );
}
/// The documented `creating_a_full_ecs_image` v1 request_body example deserializes and serializes back.
#[test]
fn creating_a_full_ecs_image_v1_request_body() {
    round_trips::<
        otc_ims::types::CreateFullEcsImageRequest,
    >(
        "{\"name\":\"instance_whole_image\",\"description\":\"Create an image from an ECS\",\"instance_id\":\"877a2cda-ba63-4e1e-b95f-e67e48b6129a\",\"vault_id\":\"de9fcf45-11b2-432c-8562-5c5428574600\",\"tags\":[\"aaa.111\",\"bbb.333\",\"ccc.444\"]}",
    );
}
/// `creating_a_full_ecs_image` at API version v1 sends POST /v1/cloudimages/wholeimages/action.
#[tokio::test]
async fn creating_a_full_ecs_image_v1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v1/cloudimages/wholeimages/action"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .creating_a_full_ecs_image()
        .name(v::<String>("\"instance_whole_image\""))
        .description(v::<String>("\"Create an image from an ECS\""))
        .tags(v::<Vec<String>>("[\"aaa.111\",\"bbb.333\",\"ccc.444\"]"))
        .instance_id(v::<String>("\"877a2cda-ba63-4e1e-b95f-e67e48b6129a\""))
        .vault_id(v::<String>("\"de9fcf45-11b2-432c-8562-5c5428574600\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, &
        v("{\"name\":\"instance_whole_image\",\"description\":\"Create an image from an ECS\",\"tags\":[\"aaa.111\",\"bbb.333\",\"ccc.444\"],\"instance_id\":\"877a2cda-ba63-4e1e-b95f-e67e48b6129a\",\"vault_id\":\"de9fcf45-11b2-432c-8562-5c5428574600\"}")),
        "sent body {sent}"
    );
}
/// The documented `exporting_an_image` v1 request_body example deserializes and serializes back.
#[test]
fn exporting_an_image_v1_request_body() {
    round_trips::<
        otc_ims::types::ExportImageRequest,
    >(
        "{\"bucket_url\":\"ims-image:centos7_5.qcow2\",\"file_format\":\"qcow2\",\"is_quick_export\":false}",
    );
}
/// `exporting_an_image` at API version v1 sends POST /v1/cloudimages/{image_id}/file.
#[tokio::test]
async fn exporting_an_image_v1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v1/cloudimages/example/file"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .exporting_an_image()
        .image_id(v::<String>("\"example\""))
        .bucket_url(v::<String>("\"ims-image:centos7_5.qcow2\""))
        .file_format(v::<otc_ims::types::ExportImageRequestFileFormat>("\"qcow2\""))
        .is_quick_export(v::<bool>("false"))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, &
        v("{\"bucket_url\":\"ims-image:centos7_5.qcow2\",\"file_format\":\"qcow2\",\"is_quick_export\":false}")),
        "sent body {sent}"
    );
}
/// The documented `registering_an_image` v1 request_body example deserializes and serializes back.
#[test]
fn registering_an_image_v1_request_body() {
    round_trips::<
        otc_ims::types::RegisterImageRequest,
    >("{\"image_url\":\"bucketname:Centos6.5-disk1.vmdk\"}");
}
/// `registering_an_image` at API version v1 sends PUT /v1/cloudimages/{image_id}/upload.
#[tokio::test]
async fn registering_an_image_v1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("PUT"))
        .and(path("/v1/cloudimages/example/upload"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .registering_an_image()
        .image_id(v::<String>("\"example\""))
        .image_url(v::<String>("\"bucketname:Centos6.5-disk1.vmdk\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, & v("{\"image_url\":\"bucketname:Centos6.5-disk1.vmdk\"}")),
        "sent body {sent}"
    );
}
/// The documented `querying_the_status_of_an_asynchronous_job` v1 response_2xx example deserializes and serializes back.
#[test]
fn querying_the_status_of_an_asynchronous_job_v1_response_2xx() {
    round_trips::<
        otc_ims::types::ShowAsynchronousJobStatusResponse,
    >(
        "{\"job_id\":\"9a175ac792fa12d20193002100dd2762\",\"job_type\":\"imsCreateImageByInstance\",\"begin_time\":\"2024-11-06T06:19:43.195Z\",\"end_time\":\"2024-11-06T06:23:25.158Z\",\"status\":\"SUCCESS\",\"error_code\":null,\"fail_reason\":null,\"entities\":{\"image_name\":\"test\",\"image_id\":\"3f7185de-b59a-4bb8-aa1d-7a513528b0e9\"}}",
    );
}
/// `querying_the_status_of_an_asynchronous_job` at API version v1 sends GET /v1/{project_id}/jobs/{job_id}.
#[tokio::test]
async fn querying_the_status_of_an_asynchronous_job_v1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/example/jobs/example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_the_status_of_an_asynchronous_job()
        .project_id(v::<String>("\"example\""))
        .job_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// `querying_the_image_quota` at API version v1 sends GET /v1/cloudimages/quota.
#[tokio::test]
async fn querying_the_image_quota_v1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/cloudimages/quota"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server).querying_the_image_quota().send().await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `replicating_an_image_within_a_region` v1 request_body example deserializes and serializes back.
#[test]
fn replicating_an_image_within_a_region_v1_request_body() {
    round_trips::<
        otc_ims::types::ReplicateImageWithinRegionRequest,
    >(
        "{\"name\":\"ims_encrypted_copy3\",\"description\":\"test copy\",\"cmk_id\":\"bd66288c-9081-460a-8227-4cbd0c814cb4\"}",
    );
}
/// `replicating_an_image_within_a_region` at API version v1 sends POST /v1/cloudimages/{image_id}/copy.
#[tokio::test]
async fn replicating_an_image_within_a_region_v1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v1/cloudimages/example/copy"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .replicating_an_image_within_a_region()
        .image_id(v::<String>("\"example\""))
        .name(v::<String>("\"ims_encrypted_copy3\""))
        .description(v::<String>("\"test copy\""))
        .cmk_id(v::<String>("\"bd66288c-9081-460a-8227-4cbd0c814cb4\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, &
        v("{\"name\":\"ims_encrypted_copy3\",\"description\":\"test copy\",\"cmk_id\":\"bd66288c-9081-460a-8227-4cbd0c814cb4\"}")),
        "sent body {sent}"
    );
}
/// The documented `updating_the_sharing_status_for_images` v1 request_body example deserializes and serializes back.
#[test]
fn updating_the_sharing_status_for_images_v1_request_body() {
    round_trips::<
        otc_ims::types::UpdateImagesSharingStatusRequest,
    >(
        "{\"images\":[\"d164b5df-1bc3-4c3f-893e-3e471fd16e64\",\"0b680482-acaa-4045-b14c-9a8c7dfe9c70\"],\"project_id\":\"edc89b490d7d4392898e19b2deb34797\",\"status\":\"accepted\"}",
    );
}
/// `updating_the_sharing_status_for_images` at API version v1 sends PUT /v1/cloudimages/members.
#[tokio::test]
async fn updating_the_sharing_status_for_images_v1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("PUT"))
        .and(path("/v1/cloudimages/members"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .updating_the_sharing_status_for_images()
        .images(
            v::<
                Vec<String>,
            >(
                "[\"d164b5df-1bc3-4c3f-893e-3e471fd16e64\",\"0b680482-acaa-4045-b14c-9a8c7dfe9c70\"]",
            ),
        )
        .project_id(v::<String>("\"edc89b490d7d4392898e19b2deb34797\""))
        .status(v::<String>("\"accepted\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, &
        v("{\"images\":[\"d164b5df-1bc3-4c3f-893e-3e471fd16e64\",\"0b680482-acaa-4045-b14c-9a8c7dfe9c70\"],\"project_id\":\"edc89b490d7d4392898e19b2deb34797\",\"status\":\"accepted\"}")),
        "sent body {sent}"
    );
}
/// The documented `adding_image_sharing_members` v1 request_body example deserializes and serializes back.
#[test]
fn adding_image_sharing_members_v1_request_body() {
    round_trips::<
        otc_ims::types::AddImageSharingMembersRequest,
    >(
        "{\"images\":[\"d164b5df-1bc3-4c3f-893e-3e471fd16e64\",\"0b680482-acaa-4045-b14c-9a8c7dfe9c70\"],\"projects\":[\"9c61004714024f9586705d090530f9fa\",\"edc89b490d7d4392898e19b2deb34797\"]}",
    );
}
/// `adding_image_sharing_members` at API version v1 sends POST /v1/cloudimages/members.
#[tokio::test]
async fn adding_image_sharing_members_v1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v1/cloudimages/members"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .adding_image_sharing_members()
        .images(
            v::<
                Vec<String>,
            >(
                "[\"d164b5df-1bc3-4c3f-893e-3e471fd16e64\",\"0b680482-acaa-4045-b14c-9a8c7dfe9c70\"]",
            ),
        )
        .projects(
            v::<
                Vec<String>,
            >(
                "[\"9c61004714024f9586705d090530f9fa\",\"edc89b490d7d4392898e19b2deb34797\"]",
            ),
        )
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, &
        v("{\"images\":[\"d164b5df-1bc3-4c3f-893e-3e471fd16e64\",\"0b680482-acaa-4045-b14c-9a8c7dfe9c70\"],\"projects\":[\"9c61004714024f9586705d090530f9fa\",\"edc89b490d7d4392898e19b2deb34797\"]}")),
        "sent body {sent}"
    );
}
/// `deleting_image_sharing_members` at API version v1 sends DELETE /v1/cloudimages/members.
#[tokio::test]
async fn deleting_image_sharing_members_v1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("DELETE"))
        .and(path("/v1/cloudimages/members"))
        .and(query_param("images", "example"))
        .and(query_param("projects", "example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .deleting_image_sharing_members()
        .images(v::<Vec<String>>("[\"example\"]"))
        .projects(v::<Vec<String>>("[\"example\"]"))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// `querying_tags` at API version v1 sends GET /v1/cloudimages/tags.
#[tokio::test]
async fn querying_tags_v1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/cloudimages/tags"))
        .and(query_param("__isregistered", "true"))
        .and(query_param("__imagetype", "example"))
        .and(query_param("__whole_image", "true"))
        .and(query_param("__system__cmkid", "example"))
        .and(query_param("protected", "true"))
        .and(query_param("visibility", "example"))
        .and(query_param("owner", "example"))
        .and(query_param("id", "example"))
        .and(query_param("status", "queued"))
        .and(query_param("name", "example"))
        .and(query_param("container_format", "example"))
        .and(query_param("disk_format", "zvhd2"))
        .and(query_param("min_ram", "1"))
        .and(query_param("min_disk", "1"))
        .and(query_param("__os_bit", "example"))
        .and(query_param("__platform", "Windows"))
        .and(query_param("marker", "example"))
        .and(query_param("limit", "500"))
        .and(query_param("sort_key", "created_at"))
        .and(query_param("sort_dir", "desc"))
        .and(query_param("__os_type", "example"))
        .and(query_param("tag", "example"))
        .and(query_param("member_status", "accepted"))
        .and(query_param("__support_kvm", "example"))
        .and(query_param("__support_xen", "example"))
        .and(query_param("__support_largememory", "example"))
        .and(query_param("__support_diskintensive", "example"))
        .and(query_param("__support_highperformance", "example"))
        .and(query_param("__support_xen_gpu_type", "example"))
        .and(query_param("__support_kvm_gpu_type", "example"))
        .and(query_param("__support_xen_hana", "example"))
        .and(query_param("__support_kvm_infiniband", "example"))
        .and(query_param("virtual_env_type", "FusionCompute"))
        .and(query_param("enterprise_project_id", "example"))
        .and(query_param("created_at", "example"))
        .and(query_param("updated_at", "example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_tags()
        .isregistered(
            v::<
                otc_ims::types::ListImagesDataDescriptionOfTheImagesFieldIsregistered,
            >("\"true\""),
        )
        .imagetype(v::<String>("\"example\""))
        .whole_image(v::<bool>("true"))
        .system_cmkid(v::<String>("\"example\""))
        .protected(v::<bool>("true"))
        .visibility(v::<String>("\"example\""))
        .owner(v::<String>("\"example\""))
        .id(v::<String>("\"example\""))
        .status(v::<otc_ims::types::ImagesByTagResourceDetailObjectStatus>("\"queued\""))
        .name(v::<String>("\"example\""))
        .container_format(v::<String>("\"example\""))
        .disk_format(
            v::<
                otc_ims::types::ImageDataDescriptionOfTheImagesFieldDiskFormat,
            >("\"zvhd2\""),
        )
        .min_ram(v::<i64>("1"))
        .min_disk(v::<i64>("1"))
        .os_bit(v::<String>("\"example\""))
        .platform(
            v::<
                otc_ims::types::ImageDataDescriptionOfTheImagesFieldPlatform,
            >("\"Windows\""),
        )
        .marker(v::<String>("\"example\""))
        .limit(v::<i64>("500"))
        .sort_key(v::<otc_ims::types::SortKey>("\"created_at\""))
        .sort_dir(v::<String>("\"desc\""))
        .os_type(v::<String>("\"example\""))
        .tag(v::<String>("\"example\""))
        .member_status(v::<otc_ims::types::MemberStatus>("\"accepted\""))
        .support_kvm(v::<String>("\"example\""))
        .support_xen(v::<String>("\"example\""))
        .support_largememory(v::<String>("\"example\""))
        .support_diskintensive(v::<String>("\"example\""))
        .support_highperformance(v::<String>("\"example\""))
        .support_xen_gpu_type(v::<String>("\"example\""))
        .support_kvm_gpu_type(v::<String>("\"example\""))
        .support_xen_hana(v::<String>("\"example\""))
        .support_kvm_infiniband(v::<String>("\"example\""))
        .virtual_env_type(
            v::<
                otc_ims::types::ImageDataDescriptionOfTheImagesFieldVirtualEnvType,
            >("\"FusionCompute\""),
        )
        .enterprise_project_id(v::<String>("\"example\""))
        .created_at(v::<String>("\"example\""))
        .updated_at(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `adding_or_modifying_a_tag` v1 request_body example deserializes and serializes back.
#[test]
fn adding_or_modifying_a_tag_v1_request_body() {
    round_trips::<
        otc_ims::types::AddOrUpdateTagRequest,
    >("{\"image_id\":\"62a15f6c-9197-44d2-89c7-708981c1bec1\",\"tag\":\"aaaa.1111\"}");
}
/// `adding_or_modifying_a_tag` at API version v1 sends PUT /v1/cloudimages/tags.
#[tokio::test]
async fn adding_or_modifying_a_tag_v1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("PUT"))
        .and(path("/v1/cloudimages/tags"))
        .respond_with(ResponseTemplate::new(200u16))
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .adding_or_modifying_a_tag()
        .image_id(v::<String>("\"62a15f6c-9197-44d2-89c7-708981c1bec1\""))
        .tag(v::<String>("\"aaaa.1111\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, &
        v("{\"image_id\":\"62a15f6c-9197-44d2-89c7-708981c1bec1\",\"tag\":\"aaaa.1111\"}")),
        "sent body {sent}"
    );
}
/// `querying_image_metadata_native_open_stack_api_v1_deprecated` at API version v1 sends HEAD /v1/images/{image_id}.
#[tokio::test]
async fn querying_image_metadata_native_open_stack_api_v1_deprecated_v1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("HEAD"))
        .and(path("/v1/images/example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_image_metadata_native_open_stack_api_v1_deprecated()
        .image_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// `querying_an_api_version_native_open_stack_api` at API version unversioned sends GET /{version}.
#[tokio::test]
async fn querying_an_api_version_native_open_stack_api_vunversioned_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_an_api_version_native_open_stack_api()
        .version(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// `querying_api_versions_native_open_stack_api` at API version unversioned sends GET /.
#[tokio::test]
async fn querying_api_versions_native_open_stack_api_vunversioned_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_api_versions_native_open_stack_api()
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
