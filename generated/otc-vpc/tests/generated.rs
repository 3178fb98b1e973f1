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
fn client(server: &MockServer) -> otc_vpc::Client {
    let config = otc_vpc::runtime::Config::builder()
        .credentials(otc_vpc::runtime::OtcToken::new("token"))
        .endpoint_url(server.uri())
        .retry(otc_vpc::runtime::RetryConfig::disabled())
        .build()
        .expect("test config");
    otc_vpc::Client::with_endpoint(config).expect("test client")
}
async fn sent_body(server: &MockServer) -> Value {
    let requests = server.received_requests().await.expect("recording is on");
    serde_json::from_slice(&requests[0].body).expect("a JSON body")
}
/// The documented `querying_common_pools` v3 response_200 example deserializes and serializes back.
#[test]
fn querying_common_pools_v3_response_200() {
    round_trips::<
        otc_vpc::types::ListCommonPoolsResponse,
    >(
        "{\"common_pools\":[{\"name\":\"5_bgp\",\"status\":\"active\",\"type\":\"bgp\",\"used\":99,\"public_border_group\":\"center\",\"allow_share_bandwidth_types\":[\"share\"]}],\"request_id\":\"4a06c169-cc67-4d94-a786-2d70ef09b100\"}",
    );
}
/// `querying_common_pools` at API version v3 sends GET /v3/{project_id}/eip/publicip-pools/common-pools.
#[tokio::test]
async fn querying_common_pools_v3_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v3/example/eip/publicip-pools/common-pools"))
        .and(query_param("fields", "example"))
        .and(query_param("name", "example"))
        .and(query_param("public_border_group", "example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_common_pools()
        .project_id(v::<String>("\"example\""))
        .fields(v::<String>("\"example\""))
        .name(v::<String>("\"example\""))
        .public_border_group(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `adding_ei_ps_to_a_shared_bandwidth_in_batches` v3 response_200 example deserializes and serializes back.
#[test]
fn adding_ei_ps_to_a_shared_bandwidth_in_batches_v3_response_200() {
    round_trips::<
        otc_vpc::types::AttachBatchPublicIpResponse,
    >(
        "{\"publicips\":[{\"statusCode\":200,\"publicip\":{\"alias\":\"test\",\"associate_instance_id\":null,\"associate_instance_type\":null,\"bandwidth\":{\"id\":\"e6af636c-ea79-4c20-ba2f-402057ba7886\",\"size\":5,\"share_type\":\"WHOLE\",\"charge_mode\":\"traffic\",\"name\":\"bandwidth-b8ff\",\"billing_info\":\"\"},\"billing_info\":null,\"created_at\":\"2020-07-10T10:10:18Z\",\"description\":\"\",\"enterprise_project_id\":\"0\",\"id\":\"99c8a2df-9e90-48df-9132-e2216e659459\",\"ip_version\":4,\"lock_status\":null,\"project_id\":\"8d53f081ea24444aa95e2bfa942ef6ee\",\"public_border_group\":\"center\",\"public_ip_address\":\"10.246.165.44\",\"public_ipv6_address\":null,\"publicip_pool_id\":\"ece62314-858c-4793-a768-346efca42131\",\"publicip_pool_name\":\"5_bgp\",\"status\":\"ACTIVE\",\"type\":\"EIP\",\"updated_at\":\"2020-07-11T05:03:25Z\",\"vnic\":{\"device_id\":\"cc03e7f7-b820-4a2e-b243-8022daabf0cf\",\"device_owner\":\"compute:br-iaas-odin1a\",\"instance_id\":\"\",\"instance_type\":\"\",\"mac\":\"fa:16:3e:7a:5f:db\",\"port_id\":\"fb68a8e1-b93e-4100-8735-6d6b0a6a0eb5\",\"port_profile\":\"\",\"private_ip_address\":\"192.168.3.222\",\"vni\":\"435405\",\"vpc_id\":\"ac17491b-0769-4d96-b883-6d6295f6afad\",\"vtep\":\"18.8.152.158\",\"port_vif_details\":\"{\\\"primary_interface\\\": true}\"}}},{\"statusCode\":200,\"publicip\":{\"alias\":\"test\",\"associate_instance_id\":null,\"associate_instance_type\":null,\"bandwidth\":{\"id\":\"e6af636c-ea79-4c20-ba2f-402057ba7886\",\"size\":5,\"share_type\":\"WHOLE\",\"charge_mode\":\"traffic\",\"name\":\"bandwidth-b8ff\",\"billing_info\":\"\"},\"billing_info\":null,\"created_at\":\"2020-07-10T10:10:18Z\",\"description\":\"\",\"enterprise_project_id\":\"0\",\"id\":\"7b484d78-550a-4e92-8363-a34b5194ddcb\",\"ip_version\":4,\"lock_status\":null,\"project_id\":\"8d53f081ea24444aa95e2bfa942ef6ee\",\"public_border_group\":\"center\",\"public_ip_address\":\"10.246.165.45\",\"public_ipv6_address\":null,\"publicip_pool_id\":\"ece62314-858c-4793-a768-346efca42131\",\"publicip_pool_name\":\"5_bgp\",\"status\":\"ACTIVE\",\"type\":\"EIP\",\"updated_at\":\"2020-07-11T05:03:25Z\",\"vnic\":{\"device_id\":\"cc03e7f7-b820-4a2e-b243-8022daabf0dd\",\"device_owner\":\"compute:br-iaas-odin1a\",\"instance_id\":\"\",\"instance_type\":\"\",\"mac\":\"fa:16:3e:7a:5f:cc\",\"port_id\":\"fb68a8e1-b93e-4100-8735-6d6b0a6a0eb6\",\"port_profile\":\"\",\"private_ip_address\":\"192.168.3.221\",\"vni\":\"435405\",\"vpc_id\":\"ac17491b-0769-4d96-b883-6d6295f6afad\",\"vtep\":\"18.8.152.158\",\"port_vif_details\":\"{\\\"primary_interface\\\": true}\"}}}],\"request_id\":\"db4b975a79d1da86dda3d02054f11e16\"}",
    );
}
/// The documented `adding_ei_ps_to_a_shared_bandwidth_in_batches` v3 request_body example deserializes and serializes back.
#[test]
fn adding_ei_ps_to_a_shared_bandwidth_in_batches_v3_request_body() {
    round_trips::<
        otc_vpc::types::AttachBatchPublicIpRequest,
    >(
        "{\"publicips\":[{\"bandwidth_id\":\"e6af636c-ea79-4c20-ba2f-402057ba7886\",\"publicip_id\":\"99c8a2df-9e90-48df-9132-e2216e659459\"},{\"bandwidth_id\":\"e6af636c-ea79-4c20-ba2f-402057ba7886\",\"publicip_id\":\"7b484d78-550a-4e92-8363-a34b5194ddcb\"}]}",
    );
}
/// `adding_ei_ps_to_a_shared_bandwidth_in_batches` at API version v3 sends POST /v3/{project_id}/eip/publicips/attach-share-bandwidth.
#[tokio::test]
async fn adding_ei_ps_to_a_shared_bandwidth_in_batches_v3_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v3/example/eip/publicips/attach-share-bandwidth"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .adding_ei_ps_to_a_shared_bandwidth_in_batches()
        .project_id(v::<String>("\"example\""))
        .publicips(
            v::<
                Vec<otc_vpc::types::Batchattachsharebwdict>,
            >(
                "[{\"bandwidth_id\":\"e6af636c-ea79-4c20-ba2f-402057ba7886\",\"publicip_id\":\"99c8a2df-9e90-48df-9132-e2216e659459\"},{\"bandwidth_id\":\"e6af636c-ea79-4c20-ba2f-402057ba7886\",\"publicip_id\":\"7b484d78-550a-4e92-8363-a34b5194ddcb\"}]",
            ),
        )
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, &
        v("{\"publicips\":[{\"bandwidth_id\":\"e6af636c-ea79-4c20-ba2f-402057ba7886\",\"publicip_id\":\"99c8a2df-9e90-48df-9132-e2216e659459\"},{\"bandwidth_id\":\"e6af636c-ea79-4c20-ba2f-402057ba7886\",\"publicip_id\":\"7b484d78-550a-4e92-8363-a34b5194ddcb\"}]}")),
        "sent body {sent}"
    );
}
/// The documented `binding_an_eip` v3 response_200 example deserializes and serializes back.
#[test]
fn binding_an_eip_v3_response_200() {
    round_trips::<
        otc_vpc::types::AssociatePublicipsResponse,
    >(
        "{\"publicip\":{\"alias\":\"abcd\",\"associate_instance_id\":\"921b9dc7-8151-41e1-b83c-d50fe959592a\",\"associate_instance_type\":\"PORT\",\"bandwidth\":{\"billing_info\":\"xxxx:xxxx:xxxx:xxxx\",\"charge_mode\":\"bandwidth\",\"id\":\"80549ae1-cf7a-4f39-a45f-bdb8e194a1f4\",\"name\":\"bandwidth-bd25-test\",\"share_type\":\"WHOLE\",\"size\":7},\"billing_info\":null,\"created_at\":\"2020-06-18T14:05:32Z\",\"description\":\"test!!!!\",\"enterprise_project_id\":\"0\",\"public_border_group\":\"center\",\"id\":\"b0c42aa6-3d1d-4b39-9188-35ee6aa8d6f7\",\"ip_version\":4,\"lock_status\":null,\"project_id\":\"060576782980d5762f9ec014dd2f1148\",\"public_ip_address\":\"xx.xx.xx.xx\",\"publicip_pool_id\":\"160576782980d5762f9ec014dd2f1148\",\"publicip_pool_name\":\"5_mobile\",\"status\":\"ACTIVE\",\"type\":\"EIP\",\"updated_at\":\"2020-06-18T14:05:32Z\",\"vnic\":{\"device_id\":\"78aa6d7f-7111-434e-9a93-0dc6fdacff63\",\"device_owner\":\"network:nat_gateway\",\"instance_id\":\"\",\"instance_type\":\"\",\"mac\":\"fa:16:3e:83:6b:0a\",\"port_id\":\"921b9dc7-8151-41e1-b83c-d50fe959592a\",\"port_profile\":null,\"private_ip_address\":\"xx.xx.xx.xx\",\"vni\":null,\"vpc_id\":\"a26c231a-cf6f-48d3-83db-1e261d0e235a\",\"vtep\":null,\"port_vif_details\":\"{\\\"primary_interface\\\": true}\"}},\"request_id\":\"ead9f912bd1191e3d5f0037141098d91\"}",
    );
}
/// The documented `binding_an_eip` v3 request_body example deserializes and serializes back.
#[test]
fn binding_an_eip_v3_request_body() {
    round_trips::<
        otc_vpc::types::AssociatePublicipsRequest,
    >(
        "{\"publicip\":{\"associate_instance_id\":\"921b9dc7-8151-41e1-b83c-d50fe959592a\",\"associate_instance_type\":\"PORT\"}}",
    );
}
/// `binding_an_eip` at API version v3 sends POST /v3/{project_id}/eip/publicips/{publicip_id}/associate-instance.
#[tokio::test]
async fn binding_an_eip_v3_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v3/example/eip/publicips/example/associate-instance"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .binding_an_eip()
        .project_id(v::<String>("\"example\""))
        .publicip_id(v::<String>("\"example\""))
        .publicip(
            v::<
                otc_vpc::types::Associatepublicipsoption,
            >(
                "{\"associate_instance_id\":\"921b9dc7-8151-41e1-b83c-d50fe959592a\",\"associate_instance_type\":\"PORT\"}",
            ),
        )
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, &
        v("{\"publicip\":{\"associate_instance_id\":\"921b9dc7-8151-41e1-b83c-d50fe959592a\",\"associate_instance_type\":\"PORT\"}}")),
        "sent body {sent}"
    );
}
/// The documented `querying_all_ei_ps` v3 response_200 example deserializes and serializes back.
#[test]
fn querying_all_ei_ps_v3_response_200() {
    round_trips::<
        otc_vpc::types::ListPublicipsV3Response,
    >(
        "{\"page_info\":{\"current_count\":1,\"next_marker\":\"0490aeae-ab8f-4764-b012-45645e9c0aa9\",\"previous_marker\":\"0490aeae-ab8f-4764-b012-45645e9c0aa9\"},\"publicips\":[{\"created_at\":\"2022-03-17T09:46:22Z\",\"updated_at\":\"2022-03-30T02:46:04Z\",\"lock_status\":null,\"allow_share_bandwidth_types\":[\"bgp\",\"sbgp\",\"share\",\"share_yidongdanxian\",\"share_youxuan\"],\"id\":\"006343a1-32bf-4361-958a-efd158153dd0\",\"alias\":null,\"project_id\":\"060576787a80d5762fa2c00f07ddfcf4\",\"ip_version\":4,\"public_ip_address\":\"88.88.1.141\",\"public_ipv6_address\":null,\"status\":\"DOWN\",\"description\":\"\",\"enterprise_project_id\":\"0\",\"billing_info\":null,\"type\":\"EIP\",\"vnic\":{\"private_ip_address\":\"172.16.1.235\",\"device_id\":\"\",\"device_owner\":\"\",\"vpc_id\":\"1c30f428-9741-48b2-a788-0b2f359705eb\",\"port_id\":\"22d3576d-c042-4f3d-8c7c-1330a2724627\",\"mac\":\"fa:16:3e:3a:22:66\",\"vtep\":null,\"vni\":null,\"instance_id\":\"\",\"instance_type\":\"\",\"port_profile\":null,\"port_vif_details\":\"\"},\"bandwidth\":{\"id\":\"149ff19b-5de4-4436-958f-2eca39952e93\",\"size\":100,\"share_type\":\"PER\",\"charge_mode\":\"traffic\",\"name\":\"bandwidth-xym-br-eqos\",\"billing_info\":\"\"},\"associate_instance_type\":\"PORT\",\"associate_instance_id\":\"22d3576d-c042-4f3d-8c7c-1330a2724627\",\"publicip_pool_id\":\"9af5f2e5-1765-4b86-b342-ece52e785c8b\",\"publicip_pool_name\":\"5_union\",\"public_border_group\":\"center\",\"tags\":[\"key=value\"]}],\"request_id\":\"c4962d006b34af3c2343de7f88ef65e3\",\"total_count\":100}",
    );
}
/// `querying_all_ei_ps` at API version v3 sends GET /v3/{project_id}/eip/publicips.
#[tokio::test]
async fn querying_all_ei_ps_v3_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v3/example/eip/publicips"))
        .and(query_param("marker", "example"))
        .and(query_param("offset", "1"))
        .and(query_param("limit", "1"))
        .and(query_param("fields", "example"))
        .and(query_param("sort_key", "id"))
        .and(query_param("sort_dir", "asc"))
        .and(query_param("id", "example"))
        .and(query_param("ip_version", "4"))
        .and(query_param("public_ip_address", "example"))
        .and(query_param("public_ip_address_like", "example"))
        .and(query_param("public_ipv6_address", "example"))
        .and(query_param("public_ipv6_address_like", "example"))
        .and(query_param("type", "EIP"))
        .and(query_param("network_type", "5_telcom"))
        .and(query_param("publicip_pool_name", "example"))
        .and(query_param("status", "FREEZED"))
        .and(query_param("alias_like", "example"))
        .and(query_param("alias", "example"))
        .and(query_param("description", "example"))
        .and(query_param("vnic.private_ip_address", "example"))
        .and(query_param("vnic.private_ip_address_like", "example"))
        .and(query_param("vnic.device_id", "example"))
        .and(query_param("vnic.device_owner", "example"))
        .and(query_param("vnic.vpc_id", "example"))
        .and(query_param("vnic.port_id", "example"))
        .and(query_param("vnic.device_owner_prefixlike", "example"))
        .and(query_param("vnic.instance_type", "example"))
        .and(query_param("vnic.instance_id", "example"))
        .and(query_param("bandwidth.id", "example"))
        .and(query_param("bandwidth.name", "example"))
        .and(query_param("bandwidth.name_like", "example"))
        .and(query_param("bandwidth.size", "example"))
        .and(query_param("bandwidth.share_type", "PER"))
        .and(query_param("bandwidth.charge_mode", "bandwidth"))
        .and(query_param("billing_info", "example"))
        .and(query_param("billing_mode", "PAY_PER_USE"))
        .and(query_param("associate_instance_type", "PORT"))
        .and(query_param("associate_instance_id", "example"))
        .and(query_param("enterprise_project_id", "example"))
        .and(query_param("public_border_group", "example"))
        .and(query_param("allow_share_bandwidth_type_any", "example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_all_ei_ps()
        .project_id(v::<String>("\"example\""))
        .marker(v::<String>("\"example\""))
        .offset(v::<i64>("1"))
        .limit(v::<i64>("1"))
        .fields(v::<Vec<String>>("[\"example\"]"))
        .sort_key(v::<otc_vpc::types::SortKey>("\"id\""))
        .sort_dir(v::<otc_vpc::types::SortDir>("\"asc\""))
        .id(v::<Vec<String>>("[\"example\"]"))
        .ip_version(v::<Vec<otc_vpc::types::IpVersion>>("[\"4\"]"))
        .public_ip_address(v::<Vec<String>>("[\"example\"]"))
        .public_ip_address_like(v::<String>("\"example\""))
        .public_ipv6_address(v::<Vec<String>>("[\"example\"]"))
        .public_ipv6_address_like(v::<String>("\"example\""))
        .type_(v::<Vec<otc_vpc::types::PubliciprespType>>("[\"EIP\"]"))
        .network_type(v::<Vec<otc_vpc::types::NetworkType>>("[\"5_telcom\"]"))
        .publicip_pool_name(v::<Vec<String>>("[\"example\"]"))
        .status(v::<Vec<otc_vpc::types::PubliciprespStatus>>("[\"FREEZED\"]"))
        .alias_like(v::<String>("\"example\""))
        .alias(v::<Vec<String>>("[\"example\"]"))
        .description(v::<Vec<String>>("[\"example\"]"))
        .vnic_private_ip_address(v::<Vec<String>>("[\"example\"]"))
        .vnic_private_ip_address_like(v::<String>("\"example\""))
        .vnic_device_id(v::<Vec<String>>("[\"example\"]"))
        .vnic_device_owner(v::<Vec<String>>("[\"example\"]"))
        .vnic_vpc_id(v::<Vec<String>>("[\"example\"]"))
        .vnic_port_id(v::<Vec<String>>("[\"example\"]"))
        .vnic_device_owner_prefixlike(v::<String>("\"example\""))
        .vnic_instance_type(v::<Vec<String>>("[\"example\"]"))
        .vnic_instance_id(v::<Vec<String>>("[\"example\"]"))
        .bandwidth_id(v::<Vec<String>>("[\"example\"]"))
        .bandwidth_name(v::<Vec<String>>("[\"example\"]"))
        .bandwidth_name_like(v::<Vec<String>>("[\"example\"]"))
        .bandwidth_size(v::<Vec<String>>("[\"example\"]"))
        .bandwidth_share_type(
            v::<Vec<otc_vpc::types::PublicipbandwidthinfoShareType>>("[\"PER\"]"),
        )
        .bandwidth_charge_mode(
            v::<Vec<otc_vpc::types::PublicipbandwidthinfoChargeMode>>("[\"bandwidth\"]"),
        )
        .billing_info(v::<Vec<String>>("[\"example\"]"))
        .billing_mode(v::<otc_vpc::types::BillingMode>("\"PAY_PER_USE\""))
        .associate_instance_type(
            v::<Vec<otc_vpc::types::AssociateInstanceType>>("[\"PORT\"]"),
        )
        .associate_instance_id(v::<Vec<String>>("[\"example\"]"))
        .enterprise_project_id(v::<Vec<String>>("[\"example\"]"))
        .public_border_group(v::<Vec<String>>("[\"example\"]"))
        .allow_share_bandwidth_type_any(v::<Vec<String>>("[\"example\"]"))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `querying_eip_details` v3 response_200 example deserializes and serializes back.
#[test]
fn querying_eip_details_v3_response_200() {
    round_trips::<
        otc_vpc::types::ShowPublicipV3Response,
    >(
        "{\"publicip\":{\"created_at\":\"2022-03-17T09:46:22Z\",\"updated_at\":\"2022-03-30T02:46:04Z\",\"lock_status\":null,\"allow_share_bandwidth_types\":[\"bgp\",\"sbgp\",\"share\",\"share_yidongdanxian\",\"share_youxuan\"],\"id\":\"006343a1-32bf-4361-958a-efd158153dd0\",\"alias\":null,\"project_id\":\"060576787a80d5762fa2c00f07ddfcf4\",\"ip_version\":4,\"public_ip_address\":\"88.88.1.141\",\"public_ipv6_address\":null,\"status\":\"DOWN\",\"description\":\"\",\"enterprise_project_id\":\"0\",\"billing_info\":null,\"type\":\"EIP\",\"vnic\":{\"private_ip_address\":\"172.16.1.235\",\"device_id\":\"\",\"device_owner\":\"\",\"vpc_id\":\"1c30f428-9741-48b2-a788-0b2f359705eb\",\"port_id\":\"22d3576d-c042-4f3d-8c7c-1330a2724627\",\"mac\":\"fa:16:3e:3a:22:66\",\"vtep\":null,\"vni\":null,\"instance_id\":\"\",\"instance_type\":\"\",\"port_profile\":null,\"port_vif_details\":\"\"},\"bandwidth\":{\"id\":\"149ff19b-5de4-4436-958f-2eca39952e93\",\"size\":100,\"share_type\":\"PER\",\"charge_mode\":\"traffic\",\"name\":\"bandwidth-xym-br-eqos\",\"billing_info\":\"\"},\"associate_instance_type\":\"PORT\",\"associate_instance_id\":\"22d3576d-c042-4f3d-8c7c-1330a2724627\",\"publicip_pool_id\":\"9af5f2e5-1765-4b86-b342-ece52e785c8b\",\"publicip_pool_name\":\"5_union\",\"public_border_group\":\"center\",\"tags\":[\"key=value\"]},\"request_id\":\"ce1a33a85d2e105040497a21bbe58c26\"}",
    );
}
/// `querying_eip_details` at API version v3 sends GET /v3/{project_id}/eip/publicips/{publicip_id}.
#[tokio::test]
async fn querying_eip_details_v3_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v3/example/eip/publicips/example"))
        .and(query_param("fields", "example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_eip_details()
        .project_id(v::<String>("\"example\""))
        .publicip_id(v::<String>("\"example\""))
        .fields(v::<Vec<String>>("[\"example\"]"))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `updating_an_eip` v3 response_200 example deserializes and serializes back.
#[test]
fn updating_an_eip_v3_response_200() {
    round_trips::<
        otc_vpc::types::UpdatePublicipsResponse,
    >(
        "{\"publicip\":{\"alias\":\"abcd\",\"associate_instance_id\":null,\"associate_instance_type\":null,\"bandwidth\":{\"billing_info\":\"xxxx:xxxx:xxxx\",\"charge_mode\":\"bandwidth\",\"id\":\"80549ae1-cf7a-4f39-a45f-bdb8e194a1f4\",\"name\":\"bandwidth-bd25-test\",\"share_type\":\"WHOLE\",\"size\":7},\"billing_info\":null,\"created_at\":\"2020-06-18T14:05:32Z\",\"description\":\"test!!!!\",\"enterprise_project_id\":\"0\",\"public_border_group\":\"center\",\"id\":\"b0c42aa6-3d1d-4b39-9188-35ee6aa8d6f7\",\"ip_version\":4,\"lock_status\":null,\"project_id\":\"060576782980d5762f9ec014dd2f1148\",\"public_ip_address\":\"xx.xx.xx.xx\",\"public_ipv6_address\":null,\"publicip_pool_id\":\"160576782980d5762f9ec014dd2f1148\",\"publicip_pool_name\":\"5_mobile\",\"status\":\"DOWN\",\"type\":\"Updating an EIP\",\"updated_at\":\"2020-06-18T14:05:32Z\",\"vnic\":null},\"request_id\":\"ead9f912bd1191e3d5f0037141098d91\"}",
    );
}
/// The documented `updating_an_eip` v3 request_body example deserializes and serializes back.
#[test]
fn updating_an_eip_v3_request_body() {
    round_trips::<
        otc_vpc::types::UpdatePublicipsRequest,
    >("{\"publicip\":{\"alias\":\"abcd\",\"description\":\"test!!!!\"}}");
}
/// `updating_an_eip` at API version v3 sends PUT /v3/{project_id}/eip/publicips/{publicip_id}.
#[tokio::test]
async fn updating_an_eip_v3_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("PUT"))
        .and(path("/v3/example/eip/publicips/example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .updating_an_eip()
        .project_id(v::<String>("\"example\""))
        .publicip_id(v::<String>("\"example\""))
        .publicip(
            v::<
                otc_vpc::types::Updatepublicipoption,
            >("{\"alias\":\"abcd\",\"description\":\"test!!!!\"}"),
        )
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, &
        v("{\"publicip\":{\"alias\":\"abcd\",\"description\":\"test!!!!\"}}")),
        "sent body {sent}"
    );
}
/// `updating_an_eip` at API version v1 sends PUT /v1/{project_id}/publicips/{publicip_id}.
#[tokio::test]
async fn updating_an_eip_v1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("PUT"))
        .and(path("/v1/example/publicips/example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .v1()
        .updating_an_eip()
        .project_id(v::<String>("\"example\""))
        .publicip_id(v::<String>("\"example\""))
        .publicip(v::<otc_vpc::types::UpdateEipDescriptionOfThePublicipField>("{}"))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(same(& sent, & v("{\"publicip\":{}}")), "sent body {sent}");
}
/// The documented `unbinding_an_eip` v3 response_200 example deserializes and serializes back.
#[test]
fn unbinding_an_eip_v3_response_200() {
    round_trips::<
        otc_vpc::types::DisassociatePublicipsResponse,
    >(
        "{\"publicip\":{\"alias\":\"abcd\",\"associate_instance_id\":null,\"associate_instance_type\":null,\"bandwidth\":{\"billing_info\":\"xxxx:xxxx:xxxx:xxxx\",\"charge_mode\":\"bandwidth\",\"id\":\"80549ae1-cf7a-4f39-a45f-bdb8e194a1f4\",\"name\":\"bandwidth-bd25-test\",\"share_type\":\"WHOLE\",\"size\":7},\"billing_info\":null,\"created_at\":\"2020-06-18T14:05:32Z\",\"description\":\"test!!!!\",\"enterprise_project_id\":\"0\",\"public_border_group\":\"center\",\"id\":\"b0c42aa6-3d1d-4b39-9188-35ee6aa8d6f7\",\"ip_version\":4,\"lock_status\":null,\"project_id\":\"060576782980d5762f9ec014dd2f1148\",\"public_ip_address\":\"xx.xx.xx.xx\",\"publicip_pool_id\":\"160576782980d5762f9ec014dd2f1148\",\"publicip_pool_name\":\"5_mobile\",\"status\":\"DOWN\",\"type\":\"EIP\",\"updated_at\":\"2020-06-18T14:05:32Z\",\"vnic\":null},\"request_id\":\"ead9f912bd1191e3d5f0037141098d91\"}",
    );
}
/// `unbinding_an_eip` at API version v3 sends POST /v3/{project_id}/eip/publicips/{publicip_id}/disassociate-instance.
#[tokio::test]
async fn unbinding_an_eip_v3_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v3/example/eip/publicips/example/disassociate-instance"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .unbinding_an_eip()
        .project_id(v::<String>("\"example\""))
        .publicip_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `querying_ip_address_groups` v3 response_200 example deserializes and serializes back.
#[test]
fn querying_ip_address_groups_v3_response_200() {
    round_trips::<
        otc_vpc::types::ListIpAddressGroupsResponse,
    >(
        "{\"address_groups\":[{\"id\":\"dd18a501-fcd5-4adc-acfe-b0e2384baf08\",\"name\":\"ipGroup-test\",\"tenant_id\":\"b2782e6708b8475c993e6064bc456bf8\",\"ip_version\":4,\"max_capacity\":20,\"ip_set\":[\"192.168.5.0/24\",\"192.168.3.20-192.168.3.100\",\"192.168.3.40\",\"192.168.3.2\"],\"ip_extra_set\":[{\"ip\":\"192.168.5.0/24\",\"remarks\":null},{\"ip\":\"192.168.3.20-192.168.3.100\",\"remarks\":null},{\"ip\":\"192.168.3.40\",\"remarks\":null},{\"ip\":\"192.168.3.2\",\"remarks\":null}],\"enterprise_project_id\":\"0aad99bc-f5f6-4f78-8404-c598d76b0ed2\",\"created_at\":\"2019-06-28T02:06:38.000+00:00\",\"updated_at\":\"2019-06-28T02:06:38.000+00:00\",\"description\":\"test\",\"status\":\"NORMAL\",\"status_message\":\"\",\"tags\":[]}],\"page_info\":{\"previous_marker\":\"dd18a501-fcd5-4adc-acfe-b0e2384baf08\",\"current_count\":1},\"request_id\":\"e51fa17c-3259-4122-afb1-9c03d4ef5408\"}",
    );
}
/// `querying_ip_address_groups` at API version v3 sends GET /v3/{project_id}/vpc/address-groups.
#[tokio::test]
async fn querying_ip_address_groups_v3_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v3/example/vpc/address-groups"))
        .and(query_param("limit", "1"))
        .and(query_param("marker", "example"))
        .and(query_param("id", "example"))
        .and(query_param("name", "example"))
        .and(query_param("ip_version", "1"))
        .and(query_param("description", "example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_ip_address_groups()
        .project_id(v::<String>("\"example\""))
        .limit(v::<i64>("1"))
        .marker(v::<String>("\"example\""))
        .id(v::<Vec<String>>("[\"example\"]"))
        .name(v::<Vec<String>>("[\"example\"]"))
        .ip_version(v::<i64>("1"))
        .description(v::<Vec<String>>("[\"example\"]"))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `creating_an_ip_address_group` v3 response_201 example deserializes and serializes back.
#[test]
fn creating_an_ip_address_group_v3_response_201() {
    round_trips::<
        otc_vpc::types::CreateIpAddressGroupResponse201,
    >(
        "{\"address_group\":{\"id\":\"dd18a501-fcd5-4adc-acfe-b0e2384baf08\",\"name\":\"AutoTester746010.580123789\",\"tenant_id\":\"b2782e6708b8475c993e6064bc456bf8\",\"ip_version\":4,\"max_capacity\":20,\"ip_set\":[\"192.168.5.0/24\",\"192.168.3.20-192.168.3.100\",\"192.168.3.40\",\"192.168.3.2\"],\"ip_extra_set\":[{\"ip\":\"192.168.5.0/24\",\"remarks\":null},{\"ip\":\"192.168.3.20-192.168.3.100\",\"remarks\":null},{\"ip\":\"192.168.3.40\",\"remarks\":null},{\"ip\":\"192.168.3.2\",\"remarks\":null}],\"enterprise_project_id\":\"0aad99bc-f5f6-4f78-8404-c598d76b0ed2\",\"created_at\":\"2019-06-28T02:06:38.000+00:00\",\"updated_at\":\"2019-06-28T02:06:38.000+00:00\",\"description\":\"test\",\"status\":\"NORMAL\",\"status_message\":\"\",\"tags\":[]},\"request_id\":\"f568db7a-2675-4271-8747-3e3f1c6381ba\"}",
    );
}
/// The documented `creating_an_ip_address_group` v3 request_body example deserializes ($.address_group.enterprise_project_id: field not in the schema).
#[test]
fn creating_an_ip_address_group_v3_request_body() {
    deserializes::<
        otc_vpc::types::CreateIpAddressGroupRequest,
    >(
        "{\"address_group\":{\"ip_version\":4,\"name\":\"AutoTester746010.580123789\",\"ip_set\":[\"192.168.3.2\",\"192.168.3.40\",\"192.168.3.20-192.168.3.100\",\"192.168.5.0/24\"],\"description\":\"test\",\"enterprise_project_id\":\"0aad99bc-f5f6-4f78-8404-c598d76b0ed2\",\"max_capacity\":20}}",
    );
}
/// `creating_an_ip_address_group` at API version v3 sends POST /v3/{project_id}/vpc/address-groups.
#[tokio::test]
async fn creating_an_ip_address_group_v3_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v3/example/vpc/address-groups"))
        .respond_with(
            ResponseTemplate::new(201u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .creating_an_ip_address_group()
        .project_id(v::<String>("\"example\""))
        .address_group(
            v::<
                otc_vpc::types::Createaddressgroupoption,
            >("{\"name\":\"example\",\"ip_version\":1}"),
        )
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, & v("{\"address_group\":{\"name\":\"example\",\"ip_version\":1}}")),
        "sent body {sent}"
    );
}
/// The documented `querying_an_ip_address_group` v3 response_200 example deserializes and serializes back.
#[test]
fn querying_an_ip_address_group_v3_response_200() {
    round_trips::<
        otc_vpc::types::ShowIpAddressGroupResponse,
    >(
        "{\"address_group\":{\"id\":\"dd18a501-fcd5-4adc-acfe-b0e2384baf08\",\"name\":\"AutoTester746010.580123789\",\"tenant_id\":\"b2782e6708b8475c993e6064bc456bf8\",\"ip_version\":4,\"max_capacity\":20,\"ip_set\":[\"192.168.5.0/24\",\"192.168.3.20-192.168.3.100\",\"192.168.3.40\",\"192.168.3.2\"],\"ip_extra_set\":[{\"ip\":\"192.168.5.0/24\",\"remarks\":null},{\"ip\":\"192.168.3.20-192.168.3.100\",\"remarks\":null},{\"ip\":\"192.168.3.40\",\"remarks\":null},{\"ip\":\"192.168.3.2\",\"remarks\":null}],\"enterprise_project_id\":\"0aad99bc-f5f6-4f78-8404-c598d76b0ed2\",\"created_at\":\"2019-06-28T02:06:38.000+00:00\",\"updated_at\":\"2019-06-28T02:06:38.000+00:00\",\"description\":\"10.10.4.0/23\",\"status\":\"NORMAL\",\"status_message\":\"\",\"tags\":[]},\"request_id\":\"ce6c359b-9002-41e5-a0b1-232759bd6637\"}",
    );
}
/// `querying_an_ip_address_group` at API version v3 sends GET /v3/{project_id}/vpc/address-groups/{address_group_id}.
#[tokio::test]
async fn querying_an_ip_address_group_v3_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v3/example/vpc/address-groups/example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_an_ip_address_group()
        .address_group_id(v::<String>("\"example\""))
        .project_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `updating_an_ip_address_group` v3 response_200 example deserializes and serializes back.
#[test]
fn updating_an_ip_address_group_v3_response_200() {
    round_trips::<
        otc_vpc::types::UpdateIpAddressGroupResponse,
    >(
        "{\"address_group\":{\"id\":\"dd18a501-fcd5-4adc-acfe-b0e2384baf08\",\"name\":\"vkvgykvsvhjaaaa1\",\"tenant_id\":\"b2782e6708b8475c993e6064bc456bf8\",\"ip_version\":4,\"max_capacity\":20,\"ip_set\":[\"192.168.5.0/24\",\"192.168.3.20-192.168.3.100\",\"192.168.3.43\",\"192.168.3.2\"],\"ip_extra_set\":[{\"ip\":\"192.168.5.0/24\",\"remarks\":null},{\"ip\":\"192.168.3.20-192.168.3.100\",\"remarks\":null},{\"ip\":\"192.168.3.43\",\"remarks\":null},{\"ip\":\"192.168.3.2\",\"remarks\":null}],\"enterprise_project_id\":\"0aad99bc-f5f6-4f78-8404-c598d76b0ed2\",\"created_at\":\"2019-06-28T02:06:38.000+00:00\",\"updated_at\":\"2019-06-28T02:14:01.000+00:00\",\"description\":\"xxxxxxxxxx\",\"status\":\"NORMAL\",\"status_message\":\"\",\"tags\":[]},\"request_id\":\"5bbd1640-fa68-4362-9a5c-30c4809958e0\"}",
    );
}
/// The documented `updating_an_ip_address_group` v3 request_body example deserializes and serializes back.
#[test]
fn updating_an_ip_address_group_v3_request_body() {
    round_trips::<
        otc_vpc::types::UpdateIpAddressGroupRequest,
    >(
        "{\"address_group\":{\"name\":\"vkvgykvsvhjaaaa1\",\"ip_set\":[\"192.168.3.2\",\"192.168.3.43\",\"192.168.3.20-192.168.3.100\",\"192.168.5.0/24\"],\"description\":\"xxxxxxxxxx\"}}",
    );
}
/// `updating_an_ip_address_group` at API version v3 sends PUT /v3/{project_id}/vpc/address-groups/{address_group_id}.
#[tokio::test]
async fn updating_an_ip_address_group_v3_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("PUT"))
        .and(path("/v3/example/vpc/address-groups/example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .updating_an_ip_address_group()
        .address_group_id(v::<String>("\"example\""))
        .project_id(v::<String>("\"example\""))
        .address_group(
            v::<
                otc_vpc::types::Updateaddressgroupoption,
            >(
                "{\"name\":\"vkvgykvsvhjaaaa1\",\"ip_set\":[\"192.168.3.2\",\"192.168.3.43\",\"192.168.3.20-192.168.3.100\",\"192.168.5.0/24\"],\"description\":\"xxxxxxxxxx\"}",
            ),
        )
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, &
        v("{\"address_group\":{\"name\":\"vkvgykvsvhjaaaa1\",\"ip_set\":[\"192.168.3.2\",\"192.168.3.43\",\"192.168.3.20-192.168.3.100\",\"192.168.5.0/24\"],\"description\":\"xxxxxxxxxx\"}}")),
        "sent body {sent}"
    );
}
/// `deleting_an_ip_address_group` at API version v3 sends DELETE /v3/{project_id}/vpc/address-groups/{address_group_id}.
#[tokio::test]
async fn deleting_an_ip_address_group_v3_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("DELETE"))
        .and(path("/v3/example/vpc/address-groups/example"))
        .respond_with(ResponseTemplate::new(204u16))
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .deleting_an_ip_address_group()
        .address_group_id(v::<String>("\"example\""))
        .project_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// `forcibly_deleting_an_ip_address_group` at API version v3 sends DELETE /v3/{project_id}/vpc/address-groups/{address_group_id}/force.
#[tokio::test]
async fn forcibly_deleting_an_ip_address_group_v3_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("DELETE"))
        .and(path("/v3/example/vpc/address-groups/example/force"))
        .respond_with(ResponseTemplate::new(204u16))
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .forcibly_deleting_an_ip_address_group()
        .address_group_id(v::<String>("\"example\""))
        .project_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `associating_a_subnet_with_a_network_acl` v3 response_200 example deserializes and serializes back.
#[test]
fn associating_a_subnet_with_a_network_acl_v3_response_200() {
    round_trips::<
        otc_vpc::types::AssociateSubnetFirewallResponse,
    >(
        "{\"firewall\":{\"id\":\"e9a7731d-5bd9-4250-a524-b9a076fd5629\",\"name\":\"network_acl_test1\",\"description\":\"network_acl_test1\",\"project_id\":\"9476ea5a8a9849c38358e43c0c3a9e12\",\"created_at\":\"2022-04-07T07:30:46.000+00:00\",\"updated_at\":\"2022-04-07T07:30:46.000+00:00\",\"admin_state_up\":true,\"enterprise_project_id\":\"158ad39a-dab7-45a3-9b5a-2836b3cf93f9\",\"status\":\"ACTIVE\",\"tags\":[],\"ingress_rules\":[{\"id\":\"774cf578-e70d-ec11-a40c-b864b1cf74ea\",\"name\":\"network_acl_rule test\",\"description\":\"network_acl_rule test\",\"action\":\"allow\",\"project_id\":\"9476ea5a8a9849c38358e43c0c3a9e12\",\"protocol\":\"tcp\",\"ip_version\":4,\"source_ip_address\":\"192.168.3.0/24\",\"destination_ip_address\":\"192.168.6.0/24\",\"source_port\":\"30-40,60-90\",\"destination_port\":\"40-60,70-90\"}],\"egress_rules\":[{\"id\":\"f9a7731d-5bd9-4250-a524-b9a076fd5629\",\"name\":\"network_acl_rule test\",\"description\":\"network_acl_rule test\",\"action\":\"allow\",\"project_id\":\"9476ea5a8a9849c38358e43c0c3a9e12\",\"protocol\":\"tcp\",\"ip_version\":4,\"source_ip_address\":\"192.168.3.0/24\",\"destination_ip_address\":\"192.168.6.0/24\",\"source_port\":\"30-40,60-90\",\"destination_port\":\"40-60,70-90\"}],\"associations\":[{\"virsubnet_id\":\"8359e5b0-353f-4ef3-a071-98e67a34a143\"}]}}",
    );
}
/// The documented `associating_a_subnet_with_a_network_acl` v3 request_body example deserializes and serializes back.
#[test]
fn associating_a_subnet_with_a_network_acl_v3_request_body() {
    round_trips::<
        otc_vpc::types::AssociateSubnetFirewallRequest,
    >("{\"subnets\":[{\"virsubnet_id\":\"8359e5b0-353f-4ef3-a071-98e67a34a143\"}]}");
}
/// `associating_a_subnet_with_a_network_acl` at API version v3 sends PUT /v3/{project_id}/vpc/firewalls/{firewall_id}/associate-subnets.
#[tokio::test]
async fn associating_a_subnet_with_a_network_acl_v3_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("PUT"))
        .and(path("/v3/example/vpc/firewalls/example/associate-subnets"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .associating_a_subnet_with_a_network_acl()
        .firewall_id(v::<String>("\"example\""))
        .project_id(v::<String>("\"example\""))
        .subnets(
            v::<
                Vec<otc_vpc::types::Requestfirewallassociation>,
            >("[{\"virsubnet_id\":\"8359e5b0-353f-4ef3-a071-98e67a34a143\"}]"),
        )
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, &
        v("{\"subnets\":[{\"virsubnet_id\":\"8359e5b0-353f-4ef3-a071-98e67a34a143\"}]}")),
        "sent body {sent}"
    );
}
/// The documented `querying_network_ac_ls` v3 response_200 example deserializes and serializes back.
#[test]
fn querying_network_ac_ls_v3_response_200() {
    round_trips::<
        otc_vpc::types::ListFirewallResponse,
    >(
        "{\"firewalls\":[{\"id\":\"e9a7731d-5bd9-4250-a524-b9a076fd5629\",\"name\":\"network_acl_test1\",\"description\":\"network_acl_test1\",\"project_id\":\"9476ea5a8a9849c38358e43c0c3a9e12\",\"created_at\":\"2022-04-07T07:30:46.000+00:00\",\"updated_at\":\"2022-04-07T07:30:46.000+00:00\",\"admin_state_up\":true,\"enterprise_project_id\":\"158ad39a-dab7-45a3-9b5a-2836b3cf93f9\",\"status\":\"ACTIVE\",\"tags\":[],\"associations\":[{\"virsubnet_id\":\"8359e5b0-353f-4ef3-a071-98e67a34a143\"}]}]}",
    );
}
/// `querying_network_ac_ls` at API version v3 sends GET /v3/{project_id}/vpc/firewalls.
#[tokio::test]
async fn querying_network_ac_ls_v3_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v3/example/vpc/firewalls"))
        .and(query_param("limit", "1"))
        .and(query_param("marker", "example"))
        .and(query_param("id", "example"))
        .and(query_param("name", "example"))
        .and(query_param("status", "example"))
        .and(query_param("admin_state_up", "true"))
        .and(query_param("enterprise_project_id", "example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_network_ac_ls()
        .project_id(v::<String>("\"example\""))
        .limit(v::<i64>("1"))
        .marker(v::<String>("\"example\""))
        .id(v::<Vec<String>>("[\"example\"]"))
        .name(v::<Vec<String>>("[\"example\"]"))
        .status(v::<String>("\"example\""))
        .admin_state_up(v::<bool>("true"))
        .enterprise_project_id(v::<Vec<String>>("[\"example\"]"))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `creating_a_network_acl` v3 response_201 example deserializes and serializes back.
#[test]
fn creating_a_network_acl_v3_response_201() {
    round_trips::<
        otc_vpc::types::CreateFirewallResponse201,
    >(
        "{\"firewall\":{\"id\":\"e9a7731d-5bd9-4250-a524-b9a076fd5629\",\"name\":\"network_acl_test1\",\"description\":\"network_acl_test1\",\"project_id\":\"9476ea5a8a9849c38358e43c0c3a9e12\",\"created_at\":\"2022-04-07T07:30:46.000+00:00\",\"updated_at\":\"2022-04-07T07:30:46.000+00:00\",\"admin_state_up\":true,\"enterprise_project_id\":\"158ad39a-dab7-45a3-9b5a-2836b3cf93f9\",\"status\":\"INACTIVE\",\"tags\":[],\"ingress_rules\":[],\"egress_rules\":[],\"associations\":[]}}",
    );
}
/// The documented `creating_a_network_acl` v3 request_body example deserializes and serializes back.
#[test]
fn creating_a_network_acl_v3_request_body() {
    round_trips::<
        otc_vpc::types::CreateFirewallRequest,
    >(
        "{\"firewall\":{\"name\":\"network_acl_test1\",\"description\":\"network_acl_test1\",\"enterprise_project_id\":\"158ad39a-dab7-45a3-9b5a-2836b3cf93f9\"}}",
    );
}
/// `creating_a_network_acl` at API version v3 sends POST /v3/{project_id}/vpc/firewalls.
#[tokio::test]
async fn creating_a_network_acl_v3_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v3/example/vpc/firewalls"))
        .respond_with(
            ResponseTemplate::new(201u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .creating_a_network_acl()
        .project_id(v::<String>("\"example\""))
        .firewall(
            v::<
                otc_vpc::types::Createfirewalloption,
            >(
                "{\"name\":\"network_acl_test1\",\"description\":\"network_acl_test1\",\"enterprise_project_id\":\"158ad39a-dab7-45a3-9b5a-2836b3cf93f9\"}",
            ),
        )
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, &
        v("{\"firewall\":{\"name\":\"network_acl_test1\",\"description\":\"network_acl_test1\",\"enterprise_project_id\":\"158ad39a-dab7-45a3-9b5a-2836b3cf93f9\"}}")),
        "sent body {sent}"
    );
}
/// The documented `querying_the_details_of_a_network_acl` v3 response_200 example deserializes and serializes back.
#[test]
fn querying_the_details_of_a_network_acl_v3_response_200() {
    round_trips::<
        otc_vpc::types::ShowFirewallResponse,
    >(
        "{\"firewall\":{\"id\":\"e9a7731d-5bd9-4250-a524-b9a076fd5629\",\"name\":\"network_acl_test1\",\"description\":\"network_acl_test1\",\"project_id\":\"9476ea5a8a9849c38358e43c0c3a9e12\",\"created_at\":\"2022-04-07T07:30:46.000+00:00\",\"updated_at\":\"2022-04-07T07:30:46.000+00:00\",\"admin_state_up\":true,\"enterprise_project_id\":\"158ad39a-dab7-45a3-9b5a-2836b3cf93f9\",\"status\":\"ACTIVE\",\"tags\":[],\"ingress_rules\":[{\"id\":\"774cf578-e70d-ec11-a40c-b864b1cf74ea\",\"name\":\"network_acl_rule test\",\"description\":\"network_acl_rule test\",\"action\":\"allow\",\"project_id\":\"9476ea5a8a9849c38358e43c0c3a9e12\",\"protocol\":\"tcp\",\"ip_version\":4,\"source_ip_address\":\"192.168.3.0/24\",\"destination_ip_address\":\"192.168.6.0/24\",\"source_port\":\"30-40,60-90\",\"destination_port\":\"40-60,70-90\"}],\"egress_rules\":[{\"id\":\"e9a7731d-5bd9-4250-a524-b9a076fd5629\",\"name\":\"network_acl_rule test\",\"description\":\"network_acl_rule test\",\"action\":\"allow\",\"project_id\":\"9476ea5a8a9849c38358e43c0c3a9e12\",\"protocol\":\"tcp\",\"ip_version\":4,\"source_ip_address\":\"192.168.3.0/24\",\"destination_ip_address\":\"192.168.6.0/24\",\"source_port\":\"30-40,60-90\",\"destination_port\":\"40-60,70-90\"}],\"associations\":[{\"virsubnet_id\":\"8359e5b0-353f-4ef3-a071-98e67a34a143\"}]}}",
    );
}
/// `querying_the_details_of_a_network_acl` at API version v3 sends GET /v3/{project_id}/vpc/firewalls/{firewall_id}.
#[tokio::test]
async fn querying_the_details_of_a_network_acl_v3_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v3/example/vpc/firewalls/example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_the_details_of_a_network_acl()
        .firewall_id(v::<String>("\"example\""))
        .project_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `updating_a_network_acl` v3 response_200 example deserializes and serializes back.
#[test]
fn updating_a_network_acl_v3_response_200() {
    round_trips::<
        otc_vpc::types::UpdateFirewallResponse,
    >(
        "{\"firewall\":{\"id\":\"e9a7731d-5bd9-4250-a524-b9a076fd5629\",\"name\":\"network_acl_test1\",\"description\":\"network_acl_test1\",\"project_id\":\"9476ea5a8a9849c38358e43c0c3a9e12\",\"created_at\":\"2022-04-07T07:30:46.000+00:00\",\"updated_at\":\"2022-04-07T07:30:46.000+00:00\",\"admin_state_up\":true,\"enterprise_project_id\":\"158ad39a-dab7-45a3-9b5a-2836b3cf93f9\",\"status\":\"ACTIVE\",\"tags\":[],\"ingress_rules\":[{\"id\":\"774cf578-e70d-ec11-a40c-b864b1cf74ea\",\"name\":\"network_acl_rule test\",\"description\":\"network_acl_rule test\",\"action\":\"allow\",\"project_id\":\"9476ea5a8a9849c38358e43c0c3a9e12\",\"protocol\":\"tcp\",\"ip_version\":4,\"source_ip_address\":\"192.168.3.0/24\",\"destination_ip_address\":\"192.168.6.0/24\",\"source_port\":\"30-40,60-90\",\"destination_port\":\"40-60,70-90\"}],\"egress_rules\":[{\"id\":\"f9a7731d-5bd9-4250-a524-b9a076fd5629\",\"name\":\"network_acl_rule test\",\"description\":\"network_acl_rule test\",\"action\":\"allow\",\"project_id\":\"9476ea5a8a9849c38358e43c0c3a9e12\",\"protocol\":\"tcp\",\"ip_version\":4,\"source_ip_address\":\"192.168.3.0/24\",\"destination_ip_address\":\"192.168.6.0/24\",\"source_port\":\"30-40,60-90\",\"destination_port\":\"40-60,70-90\"}],\"associations\":[{\"virsubnet_id\":\"8359e5b0-353f-4ef3-a071-98e67a34a143\"}]}}",
    );
}
/// The documented `updating_a_network_acl` v3 request_body example deserializes and serializes back.
#[test]
fn updating_a_network_acl_v3_request_body() {
    round_trips::<
        otc_vpc::types::UpdateFirewallRequest,
    >(
        "{\"firewall\":{\"name\":\"network_acl_test1\",\"description\":\"network_acl_test1\",\"admin_state_up\":true}}",
    );
}
/// `updating_a_network_acl` at API version v3 sends PUT /v3/{project_id}/vpc/firewalls/{firewall_id}.
#[tokio::test]
async fn updating_a_network_acl_v3_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("PUT"))
        .and(path("/v3/example/vpc/firewalls/example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .updating_a_network_acl()
        .firewall_id(v::<String>("\"example\""))
        .project_id(v::<String>("\"example\""))
        .firewall(
            v::<
                otc_vpc::types::Updatefirewalloption,
            >(
                "{\"name\":\"network_acl_test1\",\"description\":\"network_acl_test1\",\"admin_state_up\":true}",
            ),
        )
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, &
        v("{\"firewall\":{\"name\":\"network_acl_test1\",\"description\":\"network_acl_test1\",\"admin_state_up\":true}}")),
        "sent body {sent}"
    );
}
/// `deleting_a_network_acl` at API version v3 sends DELETE /v3/{project_id}/vpc/firewalls/{firewall_id}.
#[tokio::test]
async fn deleting_a_network_acl_v3_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("DELETE"))
        .and(path("/v3/example/vpc/firewalls/example"))
        .respond_with(ResponseTemplate::new(204u16))
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .deleting_a_network_acl()
        .firewall_id(v::<String>("\"example\""))
        .project_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `deleting_a_network_acl_rule` v3 response_200 example deserializes and serializes back.
#[test]
fn deleting_a_network_acl_rule_v3_response_200() {
    round_trips::<
        otc_vpc::types::RemoveFirewallRulesResponse,
    >(
        "{\"firewall\":{\"id\":\"e9a7731d-5bd9-4250-a524-b9a076fd5629\",\"name\":\"network_acl_test1\",\"description\":\"network_acl_test1\",\"project_id\":\"9476ea5a8a9849c38358e43c0c3a9e12\",\"created_at\":\"2022-04-07T07:30:46.000+00:00\",\"updated_at\":\"2022-04-07T07:30:46.000+00:00\",\"admin_state_up\":true,\"enterprise_project_id\":\"158ad39a-dab7-45a3-9b5a-2836b3cf93f9\",\"status\":\"ACTIVE\",\"tags\":[],\"ingress_rules\":[],\"egress_rules\":[{\"id\":\"f9a7731d-5bd9-4250-a524-b9a076fd5629\",\"name\":\"network_acl_rule test\",\"description\":\"network_acl_rule test\",\"action\":\"allow\",\"project_id\":\"9476ea5a8a9849c38358e43c0c3a9e12\",\"protocol\":\"tcp\",\"ip_version\":4,\"source_ip_address\":\"192.168.3.0/24\",\"destination_ip_address\":\"192.168.6.0/24\",\"source_port\":\"30-40,60-90\",\"destination_port\":\"40-60,70-90\"}],\"associations\":[{\"virsubnet_id\":\"8359e5b0-353f-4ef3-a071-98e67a34a143\"}]}}",
    );
}
/// The documented `deleting_a_network_acl_rule` v3 request_body example deserializes and serializes back.
#[test]
fn deleting_a_network_acl_rule_v3_request_body() {
    round_trips::<
        otc_vpc::types::RemoveFirewallRulesRequest,
    >(
        "{\"firewall\":{\"ingress_rules\":[{\"id\":\"774cf578-e70d-ec11-a40c-b864b1cf74ea\"}]}}",
    );
}
/// `deleting_a_network_acl_rule` at API version v3 sends PUT /v3/{project_id}/vpc/firewalls/{firewall_id}/remove-rules.
#[tokio::test]
async fn deleting_a_network_acl_rule_v3_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("PUT"))
        .and(path("/v3/example/vpc/firewalls/example/remove-rules"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .deleting_a_network_acl_rule()
        .firewall_id(v::<String>("\"example\""))
        .project_id(v::<String>("\"example\""))
        .firewall(
            v::<
                otc_vpc::types::Firewallremoveruleoption,
            >("{\"ingress_rules\":[{\"id\":\"774cf578-e70d-ec11-a40c-b864b1cf74ea\"}]}"),
        )
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, &
        v("{\"firewall\":{\"ingress_rules\":[{\"id\":\"774cf578-e70d-ec11-a40c-b864b1cf74ea\"}]}}")),
        "sent body {sent}"
    );
}
/// The documented `disassociating_a_subnet_from_a_network_acl` v3 response_200 example deserializes and serializes back.
#[test]
fn disassociating_a_subnet_from_a_network_acl_v3_response_200() {
    round_trips::<
        otc_vpc::types::DisassociateSubnetFirewallResponse,
    >(
        "{\"firewall\":{\"id\":\"e9a7731d-5bd9-4250-a524-b9a076fd5629\",\"name\":\"network_acl_test1\",\"description\":\"network_acl_test1\",\"project_id\":\"9476ea5a8a9849c38358e43c0c3a9e12\",\"created_at\":\"2022-04-07T07:30:46.000+00:00\",\"updated_at\":\"2022-04-07T07:30:46.000+00:00\",\"admin_state_up\":true,\"enterprise_project_id\":\"158ad39a-dab7-45a3-9b5a-2836b3cf93f9\",\"status\":\"INACTIVE\",\"tags\":[],\"ingress_rules\":[{\"id\":\"774cf578-e70d-ec11-a40c-b864b1cf74ea\",\"name\":\"network_acl_rule test\",\"description\":\"network_acl_rule test\",\"action\":\"allow\",\"project_id\":\"9476ea5a8a9849c38358e43c0c3a9e12\",\"protocol\":\"tcp\",\"ip_version\":4,\"source_ip_address\":\"192.168.3.0/24\",\"destination_ip_address\":\"192.168.6.0/24\",\"source_port\":\"30-40,60-90\",\"destination_port\":\"40-60,70-90\"}],\"egress_rules\":[{\"id\":\"f9a7731d-5bd9-4250-a524-b9a076fd5629\",\"name\":\"network_acl_rule test\",\"description\":\"network_acl_rule test\",\"action\":\"allow\",\"project_id\":\"9476ea5a8a9849c38358e43c0c3a9e12\",\"protocol\":\"tcp\",\"ip_version\":4,\"source_ip_address\":\"192.168.3.0/24\",\"destination_ip_address\":\"192.168.6.0/24\",\"source_port\":\"30-40,60-90\",\"destination_port\":\"40-60,70-90\"}],\"associations\":[]}}",
    );
}
/// The documented `disassociating_a_subnet_from_a_network_acl` v3 request_body example deserializes and serializes back.
#[test]
fn disassociating_a_subnet_from_a_network_acl_v3_request_body() {
    round_trips::<
        otc_vpc::types::DisassociateSubnetFirewallRequest,
    >(
        "{\"subnets\":[{\"virsubnet_id\":\"8359e5b0-353f-4ef3-a071-98e67a34a143\"},{\"virsubnet_id\":\"d9994dcf-ef6d-47ec-9ac9-a62d4fd5e163\"}]}",
    );
}
/// `disassociating_a_subnet_from_a_network_acl` at API version v3 sends PUT /v3/{project_id}/vpc/firewalls/{firewall_id}/disassociate-subnets.
#[tokio::test]
async fn disassociating_a_subnet_from_a_network_acl_v3_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("PUT"))
        .and(path("/v3/example/vpc/firewalls/example/disassociate-subnets"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .disassociating_a_subnet_from_a_network_acl()
        .firewall_id(v::<String>("\"example\""))
        .project_id(v::<String>("\"example\""))
        .subnets(
            v::<
                Vec<otc_vpc::types::DisassociateSubnetFirewallFirewallassociation>,
            >(
                "[{\"virsubnet_id\":\"8359e5b0-353f-4ef3-a071-98e67a34a143\"},{\"virsubnet_id\":\"d9994dcf-ef6d-47ec-9ac9-a62d4fd5e163\"}]",
            ),
        )
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, &
        v("{\"subnets\":[{\"virsubnet_id\":\"8359e5b0-353f-4ef3-a071-98e67a34a143\"},{\"virsubnet_id\":\"d9994dcf-ef6d-47ec-9ac9-a62d4fd5e163\"}]}")),
        "sent body {sent}"
    );
}
/// The documented `inserting_a_network_acl_rule` v3 response_200 example deserializes and serializes back.
#[test]
fn inserting_a_network_acl_rule_v3_response_200() {
    round_trips::<
        otc_vpc::types::AddFirewallRulesResponse,
    >(
        "{\"firewall\":{\"id\":\"e9a7731d-5bd9-4250-a524-b9a076fd5629\",\"name\":\"network_acl_test1\",\"description\":\"network_acl_test1\",\"project_id\":\"9476ea5a8a9849c38358e43c0c3a9e12\",\"created_at\":\"2022-04-07T07:30:46.000+00:00\",\"updated_at\":\"2022-04-07T07:30:46.000+00:00\",\"admin_state_up\":true,\"enterprise_project_id\":\"158ad39a-dab7-45a3-9b5a-2836b3cf93f9\",\"status\":\"ACTIVE\",\"tags\":[],\"ingress_rules\":[{\"id\":\"774cf578-e70d-ec11-a40c-b864b1cf74ea\",\"name\":\"network_acl_rule test\",\"description\":\"network_acl_rule test\",\"action\":\"allow\",\"project_id\":\"9476ea5a8a9849c38358e43c0c3a9e12\",\"protocol\":\"tcp\",\"ip_version\":4,\"source_ip_address\":\"192.168.3.0/24\",\"destination_ip_address\":\"192.168.6.0/24\",\"source_port\":\"30-40,60-90\",\"destination_port\":\"40-60,70-90\"},{\"id\":\"8cdd7975-3124-c8cf-1046-2255714f44a7\",\"name\":\"network_acl_rule test 2\",\"description\":\"network_acl_rule test 2\",\"action\":\"allow\",\"project_id\":\"9476ea5a8a9849c38358e43c0c3a9e12\",\"protocol\":\"tcp\",\"ip_version\":4,\"source_ip_address\":\"192.168.12.0/24\",\"destination_ip_address\":\"192.168.17.0/24\",\"source_port\":\"30-40,60-90\",\"destination_port\":\"40-60,70-90\"}],\"egress_rules\":[{\"id\":\"f9a7731d-5bd9-4250-a524-b9a076fd5629\",\"name\":\"network_acl_rule test\",\"description\":\"network_acl_rule test\",\"action\":\"allow\",\"project_id\":\"9476ea5a8a9849c38358e43c0c3a9e12\",\"protocol\":\"tcp\",\"ip_version\":4,\"source_ip_address\":\"192.168.3.0/24\",\"destination_ip_address\":\"192.168.6.0/24\",\"source_port\":\"30-40,60-90\",\"destination_port\":\"40-60,70-90\"},{\"id\":\"f223851e-c5a3-9761-294a-9ad9f548c105\",\"name\":\"network_acl_rule test 2\",\"description\":\"network_acl_rule test 2\",\"action\":\"allow\",\"project_id\":\"9476ea5a8a9849c38358e43c0c3a9e12\",\"protocol\":\"tcp\",\"ip_version\":4,\"source_ip_address\":\"192.168.22.0/24\",\"destination_ip_address\":\"192.168.27.0/24\",\"source_port\":\"30-40,60-90\",\"destination_port\":\"40-60,70-90\"}],\"associations\":[{\"virsubnet_id\":\"8359e5b0-353f-4ef3-a071-98e67a34a143\"}]}}",
    );
}
/// The documented `inserting_a_network_acl_rule` v3 request_body example contradicts the schema ($.firewall.ingress_rules[0].ip_version: expected an integer, found "4"), so the strict type rejects it.
#[test]
fn inserting_a_network_acl_rule_v3_request_body() {
    rejects::<
        otc_vpc::types::AddFirewallRulesRequest,
    >(
        "{\"firewall\":{\"ingress_rules\":[{\"name\":\"network_acl_rule test 2\",\"description\":\"network_acl_rule test 2\",\"action\":\"allow\",\"protocol\":\"tcp\",\"ip_version\":\"4\",\"source_ip_address\":\"192.168.12.0/24\",\"destination_ip_address\":\"192.168.17.0/24\",\"source_port\":\"30-40,60-90\",\"destination_port\":\"40-60,70-90\",\"source_address_group_id\":null,\"destination_address_group_id\":null}],\"insert_after_rule\":\"774cf578-e70d-ec11-a40c-b864b1cf74ea\"}}",
    );
}
/// `inserting_a_network_acl_rule` at API version v3 sends PUT /v3/{project_id}/vpc/firewalls/{firewall_id}/insert-rules.
#[tokio::test]
async fn inserting_a_network_acl_rule_v3_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("PUT"))
        .and(path("/v3/example/vpc/firewalls/example/insert-rules"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .inserting_a_network_acl_rule()
        .firewall_id(v::<String>("\"example\""))
        .project_id(v::<String>("\"example\""))
        .firewall(v::<otc_vpc::types::Firewallinsertruleoption>("{}"))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(same(& sent, & v("{\"firewall\":{}}")), "sent body {sent}");
}
/// The documented `updating_a_network_acl_rule` v3 response_200 example deserializes and serializes back.
#[test]
fn updating_a_network_acl_rule_v3_response_200() {
    round_trips::<
        otc_vpc::types::UpdateFirewallRulesResponse,
    >(
        "{\"firewall\":{\"id\":\"e9a7731d-5bd9-4250-a524-b9a076fd5629\",\"name\":\"network_acl_test1\",\"description\":\"network_acl_test1\",\"project_id\":\"9476ea5a8a9849c38358e43c0c3a9e12\",\"created_at\":\"2022-04-07T07:30:46.000+00:00\",\"updated_at\":\"2022-04-07T07:30:46.000+00:00\",\"admin_state_up\":true,\"enterprise_project_id\":\"158ad39a-dab7-45a3-9b5a-2836b3cf93f9\",\"status\":\"ACTIVE\",\"tags\":[],\"ingress_rules\":[{\"id\":\"774cf578-e70d-ec11-a40c-b864b1cf74ea\",\"name\":\"network_acl_rule test2\",\"description\":\"network_acl_rule test2\",\"action\":\"allow\",\"project_id\":\"9476ea5a8a9849c38358e43c0c3a9e12\",\"protocol\":\"tcp\",\"ip_version\":4,\"source_ip_address\":\"192.168.3.0/24\",\"destination_ip_address\":\"192.168.6.0/24\",\"source_port\":\"30-40,60-90\",\"destination_port\":\"40-60,70-90\"}],\"egress_rules\":[{\"id\":\"f9a7731d-5bd9-4250-a524-b9a076fd5629\",\"name\":\"network_acl_rule test\",\"description\":\"network_acl_rule test\",\"action\":\"allow\",\"project_id\":\"9476ea5a8a9849c38358e43c0c3a9e12\",\"protocol\":\"tcp\",\"ip_version\":4,\"source_ip_address\":\"192.168.3.0/24\",\"destination_ip_address\":\"192.168.6.0/24\",\"source_port\":\"30-40,60-90\",\"destination_port\":\"40-60,70-90\"}],\"associations\":[{\"virsubnet_id\":\"8359e5b0-353f-4ef3-a071-98e67a34a143\"}]}}",
    );
}
/// The documented `updating_a_network_acl_rule` v3 request_body example contradicts the schema ($.firewall.ingress_rules[0].ip_version: expected an integer, found "4"), so the strict type rejects it.
#[test]
fn updating_a_network_acl_rule_v3_request_body() {
    rejects::<
        otc_vpc::types::UpdateFirewallRulesRequest,
    >(
        "{\"firewall\":{\"ingress_rules\":[{\"id\":\"774cf578-e70d-ec11-a40c-b864b1cf74ea\",\"name\":\"network_acl_rule test2\",\"description\":\"network_acl_rule test2\",\"action\":\"allow\",\"protocol\":\"tcp\",\"ip_version\":\"4\",\"source_ip_address\":\"192.168.3.0/24\",\"destination_ip_address\":\"192.168.6.0/24\",\"source_port\":\"30-40,60-90\",\"destination_port\":\"40-60,70-90\",\"source_address_group_id\":null,\"destination_address_group_id\":null}]}}",
    );
}
/// `updating_a_network_acl_rule` at API version v3 sends PUT /v3/{project_id}/vpc/firewalls/{firewall_id}/update-rules.
#[tokio::test]
async fn updating_a_network_acl_rule_v3_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("PUT"))
        .and(path("/v3/example/vpc/firewalls/example/update-rules"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .updating_a_network_acl_rule()
        .firewall_id(v::<String>("\"example\""))
        .project_id(v::<String>("\"example\""))
        .firewall(v::<otc_vpc::types::Firewallupdateruleoption>("{}"))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(same(& sent, & v("{\"firewall\":{}}")), "sent body {sent}");
}
/// The documented `querying_tags_of_a_network_acl` v3 response_200 example deserializes and serializes back.
#[test]
fn querying_tags_of_a_network_acl_v3_response_200() {
    round_trips::<
        otc_vpc::types::ShowFirewallTagsResponse,
    >(
        "{\"request_id\":\"95cedc2b-4b3d-4e5c-af29-74576daf5513\",\"tags\":[{\"key\":\"key5\",\"value\":\"value5\"},{\"key\":\"key1\",\"value\":\"value1\"}]}",
    );
}
/// `querying_tags_of_a_network_acl` at API version v3 sends GET /v3/{project_id}/firewalls/{firewall_id}/tags.
#[tokio::test]
async fn querying_tags_of_a_network_acl_v3_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v3/example/firewalls/example/tags"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_tags_of_a_network_acl()
        .firewall_id(v::<String>("\"example\""))
        .project_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `adding_a_tag_to_a_network_acl` v3 request_body example deserializes and serializes back.
#[test]
fn adding_a_tag_to_a_network_acl_v3_request_body() {
    round_trips::<
        otc_vpc::types::CreateFirewallTagRequest,
    >("{\"tag\":{\"key\":\"key4\",\"value\":\"value4\"}}");
}
/// `adding_a_tag_to_a_network_acl` at API version v3 sends POST /v3/{project_id}/firewalls/{firewall_id}/tags.
#[tokio::test]
async fn adding_a_tag_to_a_network_acl_v3_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v3/example/firewalls/example/tags"))
        .respond_with(ResponseTemplate::new(204u16))
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .adding_a_tag_to_a_network_acl()
        .firewall_id(v::<String>("\"example\""))
        .project_id(v::<String>("\"example\""))
        .tag(v::<otc_vpc::types::Resourcetag>("{\"key\":\"key4\",\"value\":\"value4\"}"))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, & v("{\"tag\":{\"key\":\"key4\",\"value\":\"value4\"}}")),
        "sent body {sent}"
    );
}
/// The documented `adding_tags_to_a_network_acl_in_batches` v3 request_body example deserializes and serializes back.
#[test]
fn adding_tags_to_a_network_acl_in_batches_v3_request_body() {
    round_trips::<
        otc_vpc::types::BatchCreateFirewallTagsRequest,
    >(
        "{\"tags\":[{\"key\":\"keyxxx\",\"value\":\"value1\"},{\"key\":\"keyyyy\",\"value\":\"value2\"}]}",
    );
}
/// `adding_tags_to_a_network_acl_in_batches` at API version v3 sends POST /v3/{project_id}/firewalls/{firewall_id}/tags/create.
#[tokio::test]
async fn adding_tags_to_a_network_acl_in_batches_v3_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v3/example/firewalls/example/tags/create"))
        .respond_with(ResponseTemplate::new(204u16))
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .adding_tags_to_a_network_acl_in_batches()
        .firewall_id(v::<String>("\"example\""))
        .project_id(v::<String>("\"example\""))
        .tags(
            v::<
                Vec<otc_vpc::types::Resourcetag>,
            >(
                "[{\"key\":\"keyxxx\",\"value\":\"value1\"},{\"key\":\"keyyyy\",\"value\":\"value2\"}]",
            ),
        )
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, &
        v("{\"tags\":[{\"key\":\"keyxxx\",\"value\":\"value1\"},{\"key\":\"keyyyy\",\"value\":\"value2\"}]}")),
        "sent body {sent}"
    );
}
/// `deleting_a_tag_from_a_network_acl` at API version v3 sends DELETE /v3/{project_id}/firewalls/{firewall_id}/tags/{tag_key}.
#[tokio::test]
async fn deleting_a_tag_from_a_network_acl_v3_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("DELETE"))
        .and(path("/v3/example/firewalls/example/tags/example"))
        .respond_with(ResponseTemplate::new(204u16))
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .deleting_a_tag_from_a_network_acl()
        .firewall_id(v::<String>("\"example\""))
        .project_id(v::<String>("\"example\""))
        .tag_key(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `deleting_tags_from_a_network_acl_in_batches` v3 request_body example deserializes and serializes back.
#[test]
fn deleting_tags_from_a_network_acl_in_batches_v3_request_body() {
    round_trips::<
        otc_vpc::types::BatchDeleteFirewallTagsRequest,
    >("{\"tags\":[{\"key\":\"keyxxx\",\"value\":\"value1\"}]}");
}
/// `deleting_tags_from_a_network_acl_in_batches` at API version v3 sends POST /v3/{project_id}/firewalls/{firewall_id}/tags/delete.
#[tokio::test]
async fn deleting_tags_from_a_network_acl_in_batches_v3_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v3/example/firewalls/example/tags/delete"))
        .respond_with(ResponseTemplate::new(204u16))
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .deleting_tags_from_a_network_acl_in_batches()
        .firewall_id(v::<String>("\"example\""))
        .project_id(v::<String>("\"example\""))
        .tags(
            v::<
                Vec<otc_vpc::types::Deleteresourcetagrequestbody>,
            >("[{\"key\":\"keyxxx\",\"value\":\"value1\"}]"),
        )
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, & v("{\"tags\":[{\"key\":\"keyxxx\",\"value\":\"value1\"}]}")),
        "sent body {sent}"
    );
}
/// The documented `querying_network_ac_ls_using_tags` v3 response_200 example deserializes and serializes back.
#[test]
fn querying_network_ac_ls_using_tags_v3_response_200() {
    round_trips::<
        otc_vpc::types::ListFirewallsByTagsResponse,
    >(
        "{\"resources\":[{\"resource_id\":\"55046c0b-f38e-4bc4-988a-06529b34a7db\",\"resource_detail\":\"\",\"resource_name\":\"network_aclv3_test\",\"tags\":[{\"key\":\"key1\",\"value\":\"value1\"},{\"key\":\"key2\",\"value\":\"value2\"}]},{\"resource_id\":\"1828c600-793d-4570-987b-ac59f3ef0734\",\"resource_detail\":\"\",\"resource_name\":\"network_aclv3_test\",\"tags\":[{\"key\":\"key1\",\"value\":\"value1\"},{\"key\":\"key5\",\"value\":\"value5\"}]}],\"request_id\":\"2d9cef8c-4e17-40bc-9111-f3fc97b97294\",\"total_count\":2}",
    );
}
/// `querying_network_ac_ls_using_tags` at API version v3 sends POST /v3/{project_id}/firewalls/resource-instances/filter.
#[tokio::test]
async fn querying_network_ac_ls_using_tags_v3_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v3/example/firewalls/resource-instances/filter"))
        .and(query_param("limit", "1000"))
        .and(query_param("offset", "0"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_network_ac_ls_using_tags()
        .project_id(v::<String>("\"example\""))
        .limit(v::<i64>("1000"))
        .offset(v::<i64>("0"))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(same(& sent, & v("{}")), "sent body {sent}");
}
/// The documented `querying_tags_of_network_ac_ls_in_a_project` v3 response_200 example deserializes and serializes back.
#[test]
fn querying_tags_of_network_ac_ls_in_a_project_v3_response_200() {
    round_trips::<
        otc_vpc::types::ListFirewallTagsResponse,
    >(
        "{\"request_id\":\"65ae533b-f32c-49df-9b5d-e55eda8f2c25\",\"tags\":[{\"key\":\"key1\",\"values\":[\"value1\",\"value2\"]},{\"key\":\"key2\",\"values\":[\"value2\"]},{\"key\":\"key3\",\"values\":[\"value3\"]},{\"key\":\"key4\",\"values\":[\"value4\"]},{\"key\":\"key5\",\"values\":[\"value5\"]},{\"key\":\"keyyyy\",\"values\":[\"value2\"]}]}",
    );
}
/// `querying_tags_of_network_ac_ls_in_a_project` at API version v3 sends GET /v3/{project_id}/firewalls/tags.
#[tokio::test]
async fn querying_tags_of_network_ac_ls_in_a_project_v3_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v3/example/firewalls/tags"))
        .and(query_param("limit", "1"))
        .and(query_param("offset", "0"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_tags_of_network_ac_ls_in_a_project()
        .project_id(v::<String>("\"example\""))
        .limit(v::<i64>("1"))
        .offset(v::<i64>("0"))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `querying_the_number_of_network_ac_ls_using_tags` v3 response_200 example deserializes and serializes back.
#[test]
fn querying_the_number_of_network_ac_ls_using_tags_v3_response_200() {
    round_trips::<
        otc_vpc::types::ShowCountFirewallsByTagsResponse,
    >("{\"request_id\":\"239df34e-a651-4631-aaa1-d5fef231933a\",\"total_count\":2}");
}
/// The documented `querying_the_number_of_network_ac_ls_using_tags` v3 request_body example deserializes and serializes back.
#[test]
fn querying_the_number_of_network_ac_ls_using_tags_v3_request_body() {
    round_trips::<
        otc_vpc::types::ListFirewallsByTagsRequest,
    >(
        "{\"tags\":[{\"key\":\"key1\",\"values\":[\"value1\"]}],\"matches\":[{\"key\":\"resource_name\",\"value\":\"network_aclv3_test\"}]}",
    );
}
/// `querying_the_number_of_network_ac_ls_using_tags` at API version v3 sends POST /v3/{project_id}/firewalls/resource-instances/count.
#[tokio::test]
async fn querying_the_number_of_network_ac_ls_using_tags_v3_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v3/example/firewalls/resource-instances/count"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_the_number_of_network_ac_ls_using_tags()
        .project_id(v::<String>("\"example\""))
        .matches(
            v::<
                Vec<otc_vpc::types::Match>,
            >("[{\"key\":\"resource_name\",\"value\":\"network_aclv3_test\"}]"),
        )
        .tags(
            v::<
                Vec<otc_vpc::types::Listtag>,
            >("[{\"key\":\"key1\",\"values\":[\"value1\"]}]"),
        )
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, &
        v("{\"matches\":[{\"key\":\"resource_name\",\"value\":\"network_aclv3_test\"}],\"tags\":[{\"key\":\"key1\",\"values\":[\"value1\"]}]}")),
        "sent body {sent}"
    );
}
/// The documented `querying_security_groups` v3 response_200 example contradicts the schema ($.security_groups[0].enterprise_project_id: expected a string, found 0), so the strict type rejects it.
#[test]
fn querying_security_groups_v3_response_200() {
    rejects::<
        otc_vpc::types::ListSecurityGroupsResponse,
    >(
        "{\"request_id\":\"d31cb32ca06f3c1a294fa24e6cbc5a56\",\"security_groups\":[{\"id\":\"0552091e-b83a-49dd-88a7-4a5c86fd9ec3\",\"name\":\"sg-test\",\"project_id\":\"060576782980d5762f9ec014dd2f1148\",\"description\":\"test\",\"enterprise_project_id\":0,\"created_at\":\"2019-10-16T11:11:14.000+00:00\",\"updated_at\":\"2020-03-25T10:53:46.000+00:00\",\"tags\":[]},{\"id\":\"0b8cb773-197c-4c91-94f1-e051f0563e5a\",\"name\":\"test-sg\",\"project_id\":\"060576782980d5762f9ec014dd2f1148\",\"description\":\"The security group is for general-purpose web servers and includes default rules that allow all inbound ICMP traffic and allow inbound traffic on ports 22, 3389, 80, and 443. This security group is suitable for ECSs that require remote login, public network ping, and website services.\",\"enterprise_project_id\":0,\"created_at\":\"2019-12-03T09:02:11.000+00:00\",\"updated_at\":\"2019-12-03T09:02:11.000+00:00\",\"tags\":[]}],\"page_info\":{\"previous_marker\":\"0552091e-b83a-49dd-88a7-4a5c86fd9ec3\",\"current_count\":2}}",
    );
}
/// `querying_security_groups` at API version v3 sends GET /v3/{project_id}/vpc/security-groups.
#[tokio::test]
async fn querying_security_groups_v3_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v3/example/vpc/security-groups"))
        .and(query_param("limit", "1"))
        .and(query_param("marker", "example"))
        .and(query_param("id", "example"))
        .and(query_param("name", "example"))
        .and(query_param("description", "example"))
        .and(query_param("enterprise_project_id", "example"))
        .and(query_param("project_id", "example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_security_groups()
        .project_id(v::<String>("\"example\""))
        .limit(v::<i64>("1"))
        .marker(v::<String>("\"example\""))
        .id(v::<Vec<String>>("[\"example\"]"))
        .name(v::<Vec<String>>("[\"example\"]"))
        .description(v::<Vec<String>>("[\"example\"]"))
        .enterprise_project_id(v::<String>("\"example\""))
        .project_id_2(v::<Vec<String>>("[\"example\"]"))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `querying_security_groups` v1 response_200 example deserializes and serializes back.
#[test]
fn querying_security_groups_v1_response_200() {
    round_trips::<
        otc_vpc::v1::types::ListSecurityGroupsResponse,
    >(
        "{\"security_groups\":[{\"id\":\"16b6e77a-08fa-42c7-aa8b-106c048884e6\",\"name\":\"qq\",\"description\":\"qq\",\"vpc_id\":\"3ec3b33f-ac1c-4630-ad1c-7dba1ed79d85\",\"enterprise_project_id\":\"0aad99bc-f5f6-4f78-8404-c598d76b0ed2\",\"security_group_rules\":[{\"id\":\"f11a3824-ac19-4fad-b4f1-c5f4a6dd0a80\",\"tenant_id\":\"060576782980d5762f9ec014dd2f1148\",\"security_group_id\":\"69c999ad-d9ef-4d79-94fd-35e6ceb75325\",\"remote_group_id\":\"69c999ad-d9ef-4d79-94fd-35e6ceb75325\",\"direction\":\"ingress\",\"protocol\":null,\"description\":\"\",\"ethertype\":\"IPv6\",\"remote_ip_prefix\":null,\"remote_address_group_id\":null,\"port_range_max\":null,\"port_range_min\":null},{\"id\":\"3d6480e8-9ea4-46dc-bb1b-8db190cd5677\",\"tenant_id\":\"060576782980d5762f9ec014dd2f1148\",\"security_group_id\":\"69c999ad-d9ef-4d79-94fd-35e6ceb75325\",\"remote_group_id\":null,\"direction\":\"egress\",\"protocol\":null,\"description\":\"\",\"ethertype\":\"IPv6\",\"remote_ip_prefix\":null,\"remote_address_group_id\":null,\"port_range_max\":null,\"port_range_min\":null},{\"id\":\"9581f18c-1fdd-43da-ace9-7758a56ef28a\",\"tenant_id\":\"060576782980d5762f9ec014dd2f1148\",\"security_group_id\":\"69c999ad-d9ef-4d79-94fd-35e6ceb75325\",\"remote_group_id\":null,\"direction\":\"egress\",\"protocol\":null,\"description\":\"\",\"ethertype\":\"IPv4\",\"remote_ip_prefix\":null,\"remote_address_group_id\":null,\"port_range_max\":null,\"port_range_min\":null},{\"id\":\"a3ba270e-e58b-432d-a912-aeb7eace9fb8\",\"tenant_id\":\"060576782980d5762f9ec014dd2f1148\",\"security_group_id\":\"69c999ad-d9ef-4d79-94fd-35e6ceb75325\",\"remote_group_id\":\"69c999ad-d9ef-4d79-94fd-35e6ceb75325\",\"direction\":\"ingress\",\"protocol\":null,\"description\":\"\",\"ethertype\":\"IPv4\",\"remote_ip_prefix\":null,\"remote_address_group_id\":null,\"port_range_max\":null,\"port_range_min\":null}]},{\"id\":\"9c0f56be-a9ac-438c-8c57-fce62de19419\",\"name\":\"default\",\"description\":\"qq\",\"vpc_id\":\"13551d6b-755d-4757-b956-536f674975c0\",\"enterprise_project_id\":\"0\",\"security_group_rules\":[{\"direction\":\"egress\",\"ethertype\":\"IPv4\",\"id\":\"95479e0a-e312-4844-b53d-a5e4541b783f\",\"description\":\"\",\"security_group_id\":\"9c0f56be-a9ac-438c-8c57-fce62de19419\"},{\"direction\":\"ingress\",\"ethertype\":\"IPv4\",\"id\":\"0c4a2336-b036-4fa2-bc3c-1a291ed4c431\",\"description\":\"\",\"remote_group_id\":\"9c0f56be-a9ac-438c-8c57-fce62de19419\",\"security_group_id\":\"9c0f56be-a9ac-438c-8c57-fce62de19419\"}]}]}",
    );
}
/// `querying_security_groups` at API version v1 sends GET /v1/{project_id}/security-groups.
#[tokio::test]
async fn querying_security_groups_v1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/example/security-groups"))
        .and(query_param("marker", "example"))
        .and(query_param("limit", "2000"))
        .and(query_param("vpc_id", "example"))
        .and(query_param("enterprise_project_id", "example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .v1()
        .querying_security_groups()
        .project_id(v::<String>("\"example\""))
        .marker(v::<String>("\"example\""))
        .limit(v::<i64>("2000"))
        .vpc_id(v::<String>("\"example\""))
        .enterprise_project_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `querying_security_groups` v2.0 response_200 example deserializes and serializes back.
#[test]
fn querying_security_groups_v2_0_response_200() {
    round_trips::<
        otc_vpc::v2_0::types::ListSecurityGroupsResponse,
    >(
        "{\"security_groups\":[{\"id\":\"0431c9c5-1660-42e0-8a00-134bec7f03e2\",\"name\":\"sg-ad3f\",\"description\":\"\",\"tenant_id\":\"bbfe8c41dd034a07bebd592bf03b4b0c\",\"project_id\":\"bbfe8c41dd034a07bebd592bf03b4b0c\",\"security_group_rules\":[{\"id\":\"d90e55ba-23bd-4d97-b722-8cb6fb485d69\",\"direction\":\"ingress\",\"protocol\":null,\"ethertype\":\"IPv4\",\"description\":null,\"remote_group_id\":\"0431c9c5-1660-42e0-8a00-134bec7f03e2\",\"remote_ip_prefix\":null,\"tenant_id\":\"bbfe8c41dd034a07bebd592bf03b4b0c\",\"port_range_max\":null,\"port_range_min\":null,\"security_group_id\":\"0431c9c5-1660-42e0-8a00-134bec7f03e2\",\"remote_address_group_id\":\"0150a3a7-82ca-4569-865c-04e46e5e9249\"},{\"id\":\"aecff4d4-9ce9-489c-86a3-803aedec65f7\",\"direction\":\"egress\",\"protocol\":null,\"ethertype\":\"IPv4\",\"description\":null,\"remote_group_id\":null,\"remote_ip_prefix\":null,\"tenant_id\":\"bbfe8c41dd034a07bebd592bf03b4b0c\",\"port_range_max\":null,\"port_range_min\":null,\"security_group_id\":\"0431c9c5-1660-42e0-8a00-134bec7f03e2\",\"remote_address_group_id\":null}],\"created_at\":\"2018-09-12T08:24:14\",\"updated_at\":\"2018-09-12T08:24:14\"}],\"security_groups_links\":[{\"rel\":\"next\",\"href\":\"https://{Endpoint}/v2.0/security-groups?limit=1&marker=0431c9c5-1660-42e0-8a00-134bec7f03e2\"},{\"rel\":\"previous\",\"href\":\"https://{Endpoint}/v2.0/security-groups?limit=1&marker=0431c9c5-1660-42e0-8a00-134bec7f03e2&page_reverse=True\"}]}",
    );
}
/// `querying_security_groups` at API version v2.0 sends GET /v2.0/security-groups.
#[tokio::test]
async fn querying_security_groups_v2_0_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v2.0/security-groups"))
        .and(query_param("id", "example"))
        .and(query_param("name", "example"))
        .and(query_param("description", "example"))
        .and(query_param("tenant_id", "example"))
        .and(query_param("marker", "example"))
        .and(query_param("limit", "2000"))
        .and(query_param("page_reverse", "example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .v2_0()
        .querying_security_groups()
        .id(v::<String>("\"example\""))
        .name(v::<String>("\"example\""))
        .description(v::<String>("\"example\""))
        .tenant_id(v::<String>("\"example\""))
        .marker(v::<String>("\"example\""))
        .limit(v::<i64>("2000"))
        .page_reverse(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `creating_a_security_group` v3 response_201 example deserializes and serializes back.
#[test]
fn creating_a_security_group_v3_response_201() {
    round_trips::<
        otc_vpc::types::CreateSecurityGroupResponse201,
    >(
        "{\"security_group\":{\"id\":\"69c999ad-d9ef-4d79-94fd-35e6ceb75325\",\"name\":\"security_group_1\",\"project_id\":\"060576782980d5762f9ec014dd2f1148\",\"description\":\"security group description\",\"enterprise_project_id\":\"0\",\"tags\":[],\"security_group_rules\":[{\"id\":\"f11a3824-ac19-4fad-b4f1-c5f4a6dd0a80\",\"project_id\":\"060576782980d5762f9ec014dd2f1148\",\"security_group_id\":\"69c999ad-d9ef-4d79-94fd-35e6ceb75325\",\"remote_group_id\":\"69c999ad-d9ef-4d79-94fd-35e6ceb75325\",\"direction\":\"ingress\",\"protocol\":null,\"description\":\"\",\"created_at\":\"2020-07-09T05:56:27Z\",\"updated_at\":\"2020-07-09T05:56:27Z\",\"ethertype\":\"IPv6\",\"remote_ip_prefix\":null,\"multiport\":null,\"remote_address_group_id\":null,\"action\":\"allow\",\"priority\":100},{\"id\":\"3d6480e8-9ea4-46dc-bb1b-8db190cd5677\",\"project_id\":\"060576782980d5762f9ec014dd2f1148\",\"security_group_id\":\"69c999ad-d9ef-4d79-94fd-35e6ceb75325\",\"remote_group_id\":null,\"direction\":\"egress\",\"protocol\":null,\"description\":\"\",\"created_at\":\"2020-07-09T05:56:27Z\",\"updated_at\":\"2020-07-09T05:56:27Z\",\"ethertype\":\"IPv6\",\"remote_ip_prefix\":null,\"multiport\":null,\"remote_address_group_id\":null,\"action\":\"allow\",\"priority\":100},{\"id\":\"9581f18c-1fdd-43da-ace9-7758a56ef28a\",\"project_id\":\"060576782980d5762f9ec014dd2f1148\",\"security_group_id\":\"69c999ad-d9ef-4d79-94fd-35e6ceb75325\",\"remote_group_id\":null,\"direction\":\"egress\",\"protocol\":null,\"description\":\"\",\"created_at\":\"2020-07-09T05:56:27Z\",\"updated_at\":\"2020-07-09T05:56:27Z\",\"ethertype\":\"IPv4\",\"remote_ip_prefix\":null,\"multiport\":null,\"remote_address_group_id\":null,\"action\":\"allow\",\"priority\":100},{\"id\":\"a3ba270e-e58b-432d-a912-aeb7eace9fb8\",\"project_id\":\"060576782980d5762f9ec014dd2f1148\",\"security_group_id\":\"69c999ad-d9ef-4d79-94fd-35e6ceb75325\",\"remote_group_id\":\"69c999ad-d9ef-4d79-94fd-35e6ceb75325\",\"direction\":\"ingress\",\"protocol\":null,\"description\":\"\",\"created_at\":\"2020-07-09T05:56:27Z\",\"updated_at\":\"2020-07-09T05:56:27Z\",\"ethertype\":\"IPv4\",\"remote_ip_prefix\":null,\"multiport\":null,\"remote_address_group_id\":null,\"action\":\"allow\",\"priority\":100}],\"created_at\":\"2020-07-09T05:56:27Z\",\"updated_at\":\"2020-07-09T05:56:27Z\"},\"request_id\":\"a8cf4f79ca3c22ca685e7e8872e8c20b\"}",
    );
}
/// The documented `creating_a_security_group` v3 response_202 example deserializes and serializes back.
#[test]
fn creating_a_security_group_v3_response_202() {
    round_trips::<
        otc_vpc::types::CreateSecurityGroupResponse202,
    >(
        "{\"error_msg\":\"Request validation has been passed with dry run...\",\"error_code\":\"SYS.0202\",\"request_id\":\"cfd81aea3f59eac7128dba4b36d516c8\"}",
    );
}
/// The documented `creating_a_security_group` v3 request_body example deserializes and serializes back.
#[test]
fn creating_a_security_group_v3_request_body() {
    round_trips::<
        otc_vpc::types::CreateSecurityGroupRequest,
    >(
        "{\"security_group\":{\"name\":\"security_group_1\",\"description\":\"security group description\"},\"dry_run\":true}",
    );
}
/// `creating_a_security_group` at API version v3 sends POST /v3/{project_id}/vpc/security-groups.
#[tokio::test]
async fn creating_a_security_group_v3_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v3/example/vpc/security-groups"))
        .respond_with(
            ResponseTemplate::new(201u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .creating_a_security_group()
        .project_id(v::<String>("\"example\""))
        .dry_run(v::<bool>("true"))
        .security_group(
            v::<
                otc_vpc::types::Createsecuritygroupoption,
            >(
                "{\"name\":\"security_group_1\",\"description\":\"security group description\"}",
            ),
        )
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, &
        v("{\"dry_run\":true,\"security_group\":{\"name\":\"security_group_1\",\"description\":\"security group description\"}}")),
        "sent body {sent}"
    );
}
/// The documented `creating_a_security_group` v1 response_2xx example deserializes and serializes back.
#[test]
fn creating_a_security_group_v1_response_2xx() {
    round_trips::<
        otc_vpc::v1::types::CreateSecurityGroupResponse,
    >(
        "{\"security_group\":{\"id\":\"16b6e77a-08fa-42c7-aa8b-106c048884e6\",\"name\":\"qq\",\"description\":\"\",\"vpc_id\":\"3ec3b33f-ac1c-4630-ad1c-7dba1ed79d85\",\"enterprise_project_id\":\"0aad99bc-f5f6-4f78-8404-c598d76b0ed2\",\"security_group_rules\":[{\"id\":\"f11a3824-ac19-4fad-b4f1-c5f4a6dd0a80\",\"tenant_id\":\"060576782980d5762f9ec014dd2f1148\",\"security_group_id\":\"69c999ad-d9ef-4d79-94fd-35e6ceb75325\",\"remote_group_id\":\"69c999ad-d9ef-4d79-94fd-35e6ceb75325\",\"direction\":\"ingress\",\"protocol\":null,\"description\":\"\",\"ethertype\":\"IPv6\",\"remote_ip_prefix\":null,\"remote_address_group_id\":null,\"port_range_max\":null,\"port_range_min\":null},{\"id\":\"3d6480e8-9ea4-46dc-bb1b-8db190cd5677\",\"tenant_id\":\"060576782980d5762f9ec014dd2f1148\",\"security_group_id\":\"69c999ad-d9ef-4d79-94fd-35e6ceb75325\",\"remote_group_id\":null,\"direction\":\"egress\",\"protocol\":null,\"description\":\"\",\"ethertype\":\"IPv6\",\"remote_ip_prefix\":null,\"remote_address_group_id\":null,\"port_range_max\":null,\"port_range_min\":null},{\"id\":\"9581f18c-1fdd-43da-ace9-7758a56ef28a\",\"tenant_id\":\"060576782980d5762f9ec014dd2f1148\",\"security_group_id\":\"69c999ad-d9ef-4d79-94fd-35e6ceb75325\",\"remote_group_id\":null,\"direction\":\"egress\",\"protocol\":null,\"description\":\"\",\"ethertype\":\"IPv4\",\"remote_ip_prefix\":null,\"remote_address_group_id\":null,\"port_range_max\":null,\"port_range_min\":null},{\"id\":\"a3ba270e-e58b-432d-a912-aeb7eace9fb8\",\"tenant_id\":\"060576782980d5762f9ec014dd2f1148\",\"security_group_id\":\"69c999ad-d9ef-4d79-94fd-35e6ceb75325\",\"remote_group_id\":\"69c999ad-d9ef-4d79-94fd-35e6ceb75325\",\"direction\":\"ingress\",\"protocol\":null,\"description\":\"\",\"ethertype\":\"IPv4\",\"remote_ip_prefix\":null,\"remote_address_group_id\":null,\"port_range_max\":null,\"port_range_min\":null}]}}",
    );
}
/// `creating_a_security_group` at API version v1 sends POST /v1/{project_id}/security-groups.
#[tokio::test]
async fn creating_a_security_group_v1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v1/example/security-groups"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .v1()
        .creating_a_security_group()
        .project_id(v::<String>("\"example\""))
        .security_group(
            v::<
                otc_vpc::types::SecurityGroupDescriptionOfSecurityGroupField,
            >("{\"name\":\"example\"}"),
        )
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, & v("{\"security_group\":{\"name\":\"example\"}}")),
        "sent body {sent}"
    );
}
/// The documented `creating_a_security_group` v2.0 response_2xx example deserializes and serializes back.
#[test]
fn creating_a_security_group_v2_0_response_2xx() {
    round_trips::<
        otc_vpc::types::CreateSecurityGroupResponse,
    >(
        "{\"security_group\":{\"id\":\"d29ae17d-f355-4992-8747-1fb66cc9afd2\",\"name\":\"sg-test\",\"description\":\"\",\"tenant_id\":\"bbfe8c41dd034a07bebd592bf03b4b0c\",\"project_id\":\"bbfe8c41dd034a07bebd592bf03b4b0c\",\"security_group_rules\":[{\"id\":\"3f51e52c-0e85-40f7-a137-85927392e436\",\"direction\":\"egress\",\"protocol\":null,\"ethertype\":\"IPv4\",\"description\":null,\"remote_group_id\":null,\"remote_ip_prefix\":null,\"tenant_id\":\"bbfe8c41dd034a07bebd592bf03b4b0c\",\"port_range_max\":null,\"port_range_min\":null,\"security_group_id\":\"d29ae17d-f355-4992-8747-1fb66cc9afd2\",\"remote_address_group_id\":null},{\"id\":\"6332de3e-98fb-4f8c-b44a-fcb8ff09881e\",\"direction\":\"egress\",\"protocol\":null,\"ethertype\":\"IPv6\",\"description\":null,\"remote_group_id\":null,\"remote_ip_prefix\":null,\"tenant_id\":\"bbfe8c41dd034a07bebd592bf03b4b0c\",\"port_range_max\":null,\"port_range_min\":null,\"security_group_id\":\"d29ae17d-f355-4992-8747-1fb66cc9afd2\",\"remote_address_group_id\":null}],\"created_at\":\"2018-09-20T02:15:34\",\"updated_at\":\"2018-09-20T02:15:34\"}}",
    );
}
/// The documented `creating_a_security_group` v2.0 request_body example deserializes and serializes back.
#[test]
fn creating_a_security_group_v2_0_request_body() {
    round_trips::<
        otc_vpc::v2_0::types::CreateSecurityGroupRequest,
    >("{\"security_group\":{\"name\":\"sg-test\"}}");
}
/// `creating_a_security_group` at API version v2.0 sends POST /v2.0/security-groups.
#[tokio::test]
async fn creating_a_security_group_v2_0_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v2.0/security-groups"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .v2_0()
        .creating_a_security_group()
        .security_group(
            v::<otc_vpc::types::SecurityGroupObject>("{\"name\":\"sg-test\"}"),
        )
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, & v("{\"security_group\":{\"name\":\"sg-test\"}}")),
        "sent body {sent}"
    );
}
/// The documented `querying_the_details_of_a_security_group` v3 response_200 example contradicts the schema ($.security_group.enterprise_project_id: expected a string, found 0), so the strict type rejects it.
#[test]
fn querying_the_details_of_a_security_group_v3_response_200() {
    rejects::<
        otc_vpc::types::ShowSecurityGroupResponse,
    >(
        "{\"security_group\":{\"id\":\"69c999ad-d9ef-4d79-94fd-35e6ceb75325\",\"name\":\"security_group_1\",\"project_id\":\"060576782980d5762f9ec014dd2f1148\",\"description\":\"security group description\",\"enterprise_project_id\":0,\"tags\":[{\"key\":\"a\",\"value\":\"b\"}],\"security_group_rules\":[{\"id\":\"f11a3824-ac19-4fad-b4f1-c5f4a6dd0a80\",\"project_id\":\"060576782980d5762f9ec014dd2f1148\",\"security_group_id\":\"69c999ad-d9ef-4d79-94fd-35e6ceb75325\",\"remote_group_id\":\"69c999ad-d9ef-4d79-94fd-35e6ceb75325\",\"direction\":\"ingress\",\"description\":\"\",\"created_at\":\"2020-07-09T05:56:27.000+00:00\",\"updated_at\":\"2020-07-09T05:56:27.000+00:00\",\"ethertype\":\"IPv6\",\"action\":\"allow\",\"priority\":100,\"protocol\":null,\"multiport\":null,\"remote_ip_prefix\":null,\"remote_address_group_id\":null},{\"id\":\"3d6480e8-9ea4-46dc-bb1b-8db190cd5677\",\"project_id\":\"060576782980d5762f9ec014dd2f1148\",\"security_group_id\":\"69c999ad-d9ef-4d79-94fd-35e6ceb75325\",\"direction\":\"egress\",\"description\":\"\",\"created_at\":\"2020-07-09T05:56:27.000+00:00\",\"updated_at\":\"2020-07-09T05:56:27.000+00:00\",\"ethertype\":\"IPv6\",\"action\":\"allow\",\"priority\":100,\"protocol\":null,\"multiport\":null,\"remote_ip_prefix\":null,\"remote_group_id\":null,\"remote_address_group_id\":null},{\"id\":\"9581f18c-1fdd-43da-ace9-7758a56ef28a\",\"project_id\":\"060576782980d5762f9ec014dd2f1148\",\"security_group_id\":\"69c999ad-d9ef-4d79-94fd-35e6ceb75325\",\"direction\":\"egress\",\"description\":\"\",\"created_at\":\"2020-07-09T05:56:27.000+00:00\",\"updated_at\":\"2020-07-09T05:56:27.000+00:00\",\"ethertype\":\"IPv4\",\"action\":\"allow\",\"priority\":100,\"protocol\":null,\"multiport\":null,\"remote_ip_prefix\":null,\"remote_group_id\":null,\"remote_address_group_id\":null},{\"id\":\"a3ba270e-e58b-432d-a912-aeb7eace9fb8\",\"project_id\":\"060576782980d5762f9ec014dd2f1148\",\"security_group_id\":\"69c999ad-d9ef-4d79-94fd-35e6ceb75325\",\"remote_group_id\":\"69c999ad-d9ef-4d79-94fd-35e6ceb75325\",\"direction\":\"ingress\",\"description\":\"\",\"created_at\":\"2020-07-09T05:56:27.000+00:00\",\"updated_at\":\"2020-07-09T05:56:27.000+00:00\",\"ethertype\":\"IPv4\",\"action\":\"allow\",\"priority\":100,\"protocol\":null,\"multiport\":null,\"remote_ip_prefix\":null,\"remote_address_group_id\":null}],\"created_at\":\"2020-07-09T05:56:27.000+00:00\",\"updated_at\":\"2020-07-09T05:56:27.000+00:00\"},\"request_id\":\"a8cf4f79ca3c22ca685e7e8872e8c20b\"}",
    );
}
/// `querying_the_details_of_a_security_group` at API version v3 sends GET /v3/{project_id}/vpc/security-groups/{security_group_id}.
#[tokio::test]
async fn querying_the_details_of_a_security_group_v3_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v3/example/vpc/security-groups/example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_the_details_of_a_security_group()
        .project_id(v::<String>("\"example\""))
        .security_group_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `updating_a_security_group` v3 response_200 example contradicts the schema ($.security_group.enterprise_project_id: expected a string, found 0), so the strict type rejects it.
#[test]
fn updating_a_security_group_v3_response_200() {
    rejects::<
        otc_vpc::types::UpdateSecurityGroupResponse,
    >(
        "{\"security_group\":{\"id\":\"69c999ad-d9ef-4d79-94fd-35e6ceb75325\",\"name\":\"security_group_2\",\"project_id\":\"060576782980d5762f9ec014dd2f1148\",\"description\":\"modified description\",\"enterprise_project_id\":0,\"tags\":[],\"security_group_rules\":[{\"id\":\"f11a3824-ac19-4fad-b4f1-c5f4a6dd0a80\",\"project_id\":\"060576782980d5762f9ec014dd2f1148\",\"security_group_id\":\"69c999ad-d9ef-4d79-94fd-35e6ceb75325\",\"remote_group_id\":\"69c999ad-d9ef-4d79-94fd-35e6ceb75325\",\"direction\":\"ingress\",\"description\":\"\",\"created_at\":\"2020-07-09T05:56:27.000+00:00\",\"updated_at\":\"2020-07-09T05:56:27.000+00:00\",\"ethertype\":\"IPv6\",\"action\":\"allow\",\"priority\":100,\"protocol\":null,\"multiport\":null,\"remote_ip_prefix\":null,\"remote_address_group_id\":null},{\"id\":\"3d6480e8-9ea4-46dc-bb1b-8db190cd5677\",\"project_id\":\"060576782980d5762f9ec014dd2f1148\",\"security_group_id\":\"69c999ad-d9ef-4d79-94fd-35e6ceb75325\",\"direction\":\"egress\",\"description\":\"\",\"created_at\":\"2020-07-09T05:56:27.000+00:00\",\"updated_at\":\"2020-07-09T05:56:27.000+00:00\",\"ethertype\":\"IPv6\",\"action\":\"allow\",\"priority\":100,\"protocol\":null,\"multiport\":null,\"remote_ip_prefix\":null,\"remote_group_id\":null,\"remote_address_group_id\":null},{\"id\":\"9581f18c-1fdd-43da-ace9-7758a56ef28a\",\"project_id\":\"060576782980d5762f9ec014dd2f1148\",\"security_group_id\":\"69c999ad-d9ef-4d79-94fd-35e6ceb75325\",\"direction\":\"egress\",\"description\":\"\",\"created_at\":\"2020-07-09T05:56:27.000+00:00\",\"updated_at\":\"2020-07-09T05:56:27.000+00:00\",\"ethertype\":\"IPv4\",\"action\":\"allow\",\"priority\":100,\"protocol\":null,\"multiport\":null,\"remote_ip_prefix\":null,\"remote_group_id\":null,\"remote_address_group_id\":null},{\"id\":\"a3ba270e-e58b-432d-a912-aeb7eace9fb8\",\"project_id\":\"060576782980d5762f9ec014dd2f1148\",\"security_group_id\":\"69c999ad-d9ef-4d79-94fd-35e6ceb75325\",\"remote_group_id\":\"69c999ad-d9ef-4d79-94fd-35e6ceb75325\",\"direction\":\"ingress\",\"description\":\"\",\"created_at\":\"2020-07-09T05:56:27.000+00:00\",\"updated_at\":\"2020-07-09T05:56:27.000+00:00\",\"ethertype\":\"IPv4\",\"action\":\"allow\",\"priority\":100,\"protocol\":null,\"multiport\":null,\"remote_ip_prefix\":null,\"remote_address_group_id\":null}],\"created_at\":\"2020-07-09T05:56:27.000+00:00\",\"updated_at\":\"2020-07-09T05:56:27.000+00:00\"},\"request_id\":\"a8cf4f79ca3c22ca685e7e8872e8c20b\"}",
    );
}
/// The documented `updating_a_security_group` v3 request_body example deserializes and serializes back.
#[test]
fn updating_a_security_group_v3_request_body() {
    round_trips::<
        otc_vpc::types::UpdateSecurityGroupRequest,
    >(
        "{\"security_group\":{\"name\":\"security_group_2\",\"description\":\"modified description\"}}",
    );
}
/// `updating_a_security_group` at API version v3 sends PUT /v3/{project_id}/vpc/security-groups/{security_group_id}.
#[tokio::test]
async fn updating_a_security_group_v3_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("PUT"))
        .and(path("/v3/example/vpc/security-groups/example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .updating_a_security_group()
        .project_id(v::<String>("\"example\""))
        .security_group_id(v::<String>("\"example\""))
        .security_group(
            v::<
                otc_vpc::types::Updatesecuritygroupoption,
            >("{\"name\":\"security_group_2\",\"description\":\"modified description\"}"),
        )
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, &
        v("{\"security_group\":{\"name\":\"security_group_2\",\"description\":\"modified description\"}}")),
        "sent body {sent}"
    );
}
/// The documented `updating_a_security_group` v2.0 response_2xx example deserializes and serializes back.
#[test]
fn updating_a_security_group_v2_0_response_2xx() {
    round_trips::<
        otc_vpc::v2_0::types::UpdateSecurityGroupResponse,
    >(
        "{\"security_group\":{\"id\":\"d29ae17d-f355-4992-8747-1fb66cc9afd2\",\"name\":\"sg-test02\",\"description\":\"\",\"tenant_id\":\"bbfe8c41dd034a07bebd592bf03b4b0c\",\"project_id\":\"bbfe8c41dd034a07bebd592bf03b4b0c\",\"security_group_rules\":[{\"id\":\"6332de3e-98fb-4f8c-b44a-fcb8ff09881e\",\"direction\":\"egress\",\"protocol\":null,\"ethertype\":\"IPv6\",\"description\":null,\"remote_group_id\":null,\"remote_ip_prefix\":null,\"tenant_id\":\"bbfe8c41dd034a07bebd592bf03b4b0c\",\"port_range_max\":null,\"port_range_min\":null,\"security_group_id\":\"d29ae17d-f355-4992-8747-1fb66cc9afd2\",\"remote_address_group_id\":\"0150a3a7-82ca-4569-865c-04e46e5e9249\"},{\"id\":\"3f51e52c-0e85-40f7-a137-85927392e436\",\"direction\":\"egress\",\"protocol\":null,\"ethertype\":\"IPv4\",\"description\":null,\"remote_group_id\":null,\"remote_ip_prefix\":null,\"tenant_id\":\"bbfe8c41dd034a07bebd592bf03b4b0c\",\"port_range_max\":null,\"port_range_min\":null,\"security_group_id\":\"d29ae17d-f355-4992-8747-1fb66cc9afd2\",\"remote_address_group_id\":null}],\"created_at\":\"2018-09-20T02:15:34\",\"updated_at\":\"2018-09-20T02:16:31\"}}",
    );
}
/// The documented `updating_a_security_group` v2.0 request_body example deserializes and serializes back.
#[test]
fn updating_a_security_group_v2_0_request_body() {
    round_trips::<
        otc_vpc::v2_0::types::UpdateSecurityGroupRequest,
    >("{\"security_group\":{\"name\":\"sg-test02\"}}");
}
/// `updating_a_security_group` at API version v2.0 sends PUT /v2.0/security-groups/{security_group_id}.
#[tokio::test]
async fn updating_a_security_group_v2_0_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("PUT"))
        .and(path("/v2.0/security-groups/example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .v2_0()
        .updating_a_security_group()
        .security_group_id(v::<String>("\"example\""))
        .security_group(
            v::<otc_vpc::types::SecurityGroupObject>("{\"name\":\"sg-test02\"}"),
        )
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, & v("{\"security_group\":{\"name\":\"sg-test02\"}}")),
        "sent body {sent}"
    );
}
/// `deleting_a_security_group` at API version v3 sends DELETE /v3/{project_id}/vpc/security-groups/{security_group_id}.
#[tokio::test]
async fn deleting_a_security_group_v3_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("DELETE"))
        .and(path("/v3/example/vpc/security-groups/example"))
        .respond_with(ResponseTemplate::new(204u16))
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .deleting_a_security_group()
        .project_id(v::<String>("\"example\""))
        .security_group_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// `deleting_a_security_group` at API version v1 sends DELETE /v1/{project_id}/security-groups/{security_group_id}.
#[tokio::test]
async fn deleting_a_security_group_v1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("DELETE"))
        .and(path("/v1/example/security-groups/example"))
        .respond_with(ResponseTemplate::new(200u16))
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .v1()
        .deleting_a_security_group()
        .security_group_id(v::<String>("\"example\""))
        .project_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// `deleting_a_security_group` at API version v2.0 sends DELETE /v2.0/security-groups/{security_group_id}.
#[tokio::test]
async fn deleting_a_security_group_v2_0_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("DELETE"))
        .and(path("/v2.0/security-groups/example"))
        .respond_with(ResponseTemplate::new(200u16))
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .v2_0()
        .deleting_a_security_group()
        .security_group_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `querying_security_group_rules` v3 response_200 example contradicts the schema ($.security_group_rules[0].multiport: expected a string, found 333), so the strict type rejects it.
#[test]
fn querying_security_group_rules_v3_response_200() {
    rejects::<
        otc_vpc::types::ListSecurityGroupRulesResponse,
    >(
        "{\"request_id\":\"80747d36e3376c0894ba8f9a9156355d\",\"security_group_rules\":[{\"id\":\"f626eb24-d8bd-4d26-ae0b-c16bb65730cb\",\"project_id\":\"060576782980d5762f9ec014dd2f1148\",\"security_group_id\":\"0552091e-b83a-49dd-88a7-4a5c86fd9ec3\",\"direction\":\"ingress\",\"protocol\":\"tcp\",\"description\":\"security group rule description\",\"created_at\":\"2020-08-13T07:12:36.000+00:00\",\"updated_at\":\"2020-08-13T07:12:36.000+00:00\",\"ethertype\":\"IPv4\",\"remote_ip_prefix\":\"10.10.0.0/16\",\"multiport\":333,\"action\":\"allow\",\"priority\":1,\"remote_group_id\":null,\"remote_address_group_id\":null}]}",
    );
}
/// `querying_security_group_rules` at API version v3 sends GET /v3/{project_id}/vpc/security-group-rules.
#[tokio::test]
async fn querying_security_group_rules_v3_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v3/example/vpc/security-group-rules"))
        .and(query_param("limit", "1"))
        .and(query_param("marker", "example"))
        .and(query_param("id", "example"))
        .and(query_param("security_group_id", "example"))
        .and(query_param("protocol", "example"))
        .and(query_param("description", "example"))
        .and(query_param("remote_group_id", "example"))
        .and(query_param("direction", "example"))
        .and(query_param("action", "example"))
        .and(query_param("remote_ip_prefix", "example"))
        .and(query_param("project_id", "example"))
        .and(query_param("priority", "1"))
        .and(query_param("ethertype", "example"))
        .and(query_param("remote_address_group_id", "example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_security_group_rules()
        .project_id(v::<String>("\"example\""))
        .limit(v::<i64>("1"))
        .marker(v::<String>("\"example\""))
        .id(v::<Vec<String>>("[\"example\"]"))
        .security_group_id(v::<Vec<String>>("[\"example\"]"))
        .protocol(v::<Vec<String>>("[\"example\"]"))
        .description(v::<Vec<String>>("[\"example\"]"))
        .remote_group_id(v::<Vec<String>>("[\"example\"]"))
        .direction(v::<String>("\"example\""))
        .action(v::<String>("\"example\""))
        .remote_ip_prefix(v::<String>("\"example\""))
        .project_id_2(v::<Vec<String>>("[\"example\"]"))
        .priority(v::<Vec<i64>>("[1]"))
        .ethertype(v::<Vec<String>>("[\"example\"]"))
        .remote_address_group_id(v::<Vec<String>>("[\"example\"]"))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `querying_security_group_rules` v1 response_200 example deserializes and serializes back.
#[test]
fn querying_security_group_rules_v1_response_200() {
    round_trips::<
        otc_vpc::v1::types::ListSecurityGroupRulesResponse,
    >(
        "{\"security_group_rules\":[{\"direction\":\"egress\",\"ethertype\":\"IPv6\",\"id\":\"3c0e45ff-adaf-4124-b083-bf390e5482ff\",\"description\":\"\",\"port_range_max\":null,\"port_range_min\":null,\"protocol\":null,\"remote_group_id\":null,\"remote_ip_prefix\":null,\"security_group_id\":\"85cc3048-abc3-43cc-89b3-377341426ac5\",\"tenant_id\":\"e4f50856753b4dc6afee5fa6b9b6c550\",\"remote_address_group_id\":null},{\"direction\":\"egress\",\"ethertype\":\"IPv4\",\"id\":\"93aa42e5-80db-4581-9391-3a608bd0e448\",\"description\":\"\",\"port_range_max\":null,\"port_range_min\":null,\"protocol\":null,\"remote_group_id\":null,\"remote_ip_prefix\":null,\"security_group_id\":\"85cc3048-abc3-43cc-89b3-377341426ac5\",\"tenant_id\":\"e4f50856753b4dc6afee5fa6b9b6c550\",\"remote_address_group_id\":null},{\"direction\":\"ingress\",\"ethertype\":\"IPv6\",\"id\":\"c0b09f00-1d49-4e64-a0a7-8a186d928138\",\"description\":\"\",\"port_range_max\":null,\"port_range_min\":null,\"protocol\":null,\"remote_group_id\":\"85cc3048-abc3-43cc-89b3-377341426ac5\",\"remote_ip_prefix\":null,\"security_group_id\":\"85cc3048-abc3-43cc-89b3-377341426ac5\",\"tenant_id\":\"e4f50856753b4dc6afee5fa6b9b6c550\",\"remote_address_group_id\":null},{\"direction\":\"ingress\",\"ethertype\":\"IPv4\",\"id\":\"f7d45c89-008e-4bab-88ad-d6811724c51c\",\"description\":\"\",\"port_range_max\":null,\"port_range_min\":null,\"protocol\":null,\"remote_group_id\":\"85cc3048-abc3-43cc-89b3-377341426ac5\",\"remote_ip_prefix\":null,\"security_group_id\":\"85cc3048-abc3-43cc-89b3-377341426ac5\",\"tenant_id\":\"e4f50856753b4dc6afee5fa6b9b6c550\",\"remote_address_group_id\":null}]}",
    );
}
/// `querying_security_group_rules` at API version v1 sends GET /v1/{project_id}/security-group-rules.
#[tokio::test]
async fn querying_security_group_rules_v1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/example/security-group-rules"))
        .and(query_param("marker", "example"))
        .and(query_param("limit", "2000"))
        .and(query_param("security_group_id", "example"))
        .and(query_param("remote_ip_prefix", "example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .v1()
        .querying_security_group_rules()
        .project_id(v::<String>("\"example\""))
        .marker(v::<String>("\"example\""))
        .limit(v::<i64>("2000"))
        .security_group_id(v::<String>("\"example\""))
        .remote_ip_prefix(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// `querying_security_group_rules` at API version v2.0 sends GET /v2.0/security-group-rules.
#[tokio::test]
async fn querying_security_group_rules_v2_0_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v2.0/security-group-rules"))
        .and(query_param("id", "example"))
        .and(query_param("description", "example"))
        .and(query_param("remote_group_id", "example"))
        .and(query_param("security_group_id", "example"))
        .and(query_param("direction", "ingress"))
        .and(query_param("protocol", "example"))
        .and(query_param("remote_ip_prefix", "example"))
        .and(query_param("ethertype", "example"))
        .and(query_param("port_range_max", "1"))
        .and(query_param("port_range_min", "1"))
        .and(query_param("tenant_id", "example"))
        .and(query_param("marker", "example"))
        .and(query_param("limit", "2000"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .v2_0()
        .querying_security_group_rules()
        .id(v::<String>("\"example\""))
        .description(v::<String>("\"example\""))
        .remote_group_id(v::<String>("\"example\""))
        .security_group_id(v::<String>("\"example\""))
        .direction(v::<otc_vpc::v2_0::types::Direction>("\"ingress\""))
        .protocol(v::<String>("\"example\""))
        .remote_ip_prefix(v::<String>("\"example\""))
        .ethertype(v::<String>("\"example\""))
        .port_range_max(v::<i64>("1"))
        .port_range_min(v::<i64>("1"))
        .tenant_id(v::<String>("\"example\""))
        .marker(v::<String>("\"example\""))
        .limit(v::<i64>("2000"))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `creating_a_security_group_rule` v3 response_201 example contradicts the schema ($.security_group_rule.multiport: expected a string, found 33), so the strict type rejects it.
#[test]
fn creating_a_security_group_rule_v3_response_201() {
    rejects::<
        otc_vpc::types::CreateSecurityGroupRuleResponse201,
    >(
        "{\"request_id\":\"1666b2708aaf849337572d6846dce781\",\"security_group_rule\":{\"id\":\"f626eb24-d8bd-4d26-ae0b-c16bb65730cb\",\"project_id\":\"060576782980d5762f9ec014dd2f1148\",\"security_group_id\":\"0552091e-b83a-49dd-88a7-4a5c86fd9ec3\",\"direction\":\"ingress\",\"protocol\":\"tcp\",\"description\":\"security group rule description\",\"created_at\":\"2020-08-13T07:12:36.000+00:00\",\"updated_at\":\"2020-08-13T07:12:36.000+00:00\",\"ethertype\":\"IPv4\",\"remote_ip_prefix\":\"10.10.0.0/16\",\"multiport\":33,\"action\":\"allow\",\"priority\":1,\"remote_group_id\":null,\"remote_address_group_id\":null}}",
    );
}
/// The documented `creating_a_security_group_rule` v3 request_body example contradicts the schema ($.security_group_rule.priority: expected a string, found 1), so the strict type rejects it.
#[test]
fn creating_a_security_group_rule_v3_request_body() {
    rejects::<
        otc_vpc::types::CreateSecurityGroupRuleRequest,
    >(
        "{\"security_group_rule\":{\"security_group_id\":\"0552091e-b83a-49dd-88a7-4a5c86fd9ec3\",\"direction\":\"ingress\",\"protocol\":\"tcp\",\"description\":\"security group rule description\",\"action\":\"allow\",\"priority\":1,\"multiport\":\"33\",\"remote_ip_prefix\":\"10.10.0.0/16\"}}",
    );
}
/// `creating_a_security_group_rule` at API version v3 sends POST /v3/{project_id}/vpc/security-group-rules.
#[tokio::test]
async fn creating_a_security_group_rule_v3_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v3/example/vpc/security-group-rules"))
        .respond_with(
            ResponseTemplate::new(201u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .creating_a_security_group_rule()
        .project_id(v::<String>("\"example\""))
        .security_group_rule(
            v::<
                otc_vpc::types::Createsecuritygroupruleoption,
            >("{\"security_group_id\":\"example\",\"direction\":\"example\"}"),
        )
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, &
        v("{\"security_group_rule\":{\"security_group_id\":\"example\",\"direction\":\"example\"}}")),
        "sent body {sent}"
    );
}
/// The documented `querying_a_security_group_rule` v3 response_200 example contradicts the schema ($.security_group_rule.multiport: expected a string, found 333), so the strict type rejects it.
#[test]
fn querying_a_security_group_rule_v3_response_200() {
    rejects::<
        otc_vpc::types::ShowSecurityGroupRuleResponse,
    >(
        "{\"security_group_rule\":{\"id\":\"f626eb24-d8bd-4d26-ae0b-c16bb65730cb\",\"project_id\":\"060576782980d5762f9ec014dd2f1148\",\"security_group_id\":\"0552091e-b83a-49dd-88a7-4a5c86fd9ec3\",\"direction\":\"ingress\",\"protocol\":\"tcp\",\"description\":\"security group rule description\",\"created_at\":\"2020-08-13T07:12:36.000+00:00\",\"updated_at\":\"2020-08-13T07:12:36.000+00:00\",\"ethertype\":\"IPv4\",\"remote_ip_prefix\":\"10.10.0.0/16\",\"multiport\":333,\"action\":\"allow\",\"priority\":1,\"remote_group_id\":null,\"remote_address_group_id\":null},\"request_id\":\"034c4840bde0b1263a4b2e66fbd74d5f\"}",
    );
}
/// `querying_a_security_group_rule` at API version v3 sends GET /v3/{project_id}/vpc/security-group-rules/{security_group_rule_id}.
#[tokio::test]
async fn querying_a_security_group_rule_v3_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v3/example/vpc/security-group-rules/example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_a_security_group_rule()
        .project_id(v::<String>("\"example\""))
        .security_group_rule_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `querying_a_security_group_rule` v2.0 response_200 example deserializes and serializes back.
#[test]
fn querying_a_security_group_rule_v2_0_response_200() {
    round_trips::<
        otc_vpc::v2_0::types::ShowSecurityGroupRuleResponse,
    >(
        "{\"security_group_rule\":{\"remote_group_id\":null,\"direction\":\"egress\",\"remote_ip_prefix\":null,\"protocol\":null,\"tenant_id\":\"6fbe9263116a4b68818cf1edce16bc4f\",\"port_range_max\":null,\"security_group_id\":\"723bc02c-d7f7-49b5-b6ff-d08320f315e2\",\"port_range_min\":null,\"ethertype\":\"IPv4\",\"description\":null,\"id\":\"1755bc80-cf3a-4f57-8ae9-d9796482ddc0\",\"project_id\":\"6fbe9263116a4b68818cf1edce16bc4f\",\"created_at\":\"2018-09-20T02:15:34\",\"updated_at\":\"2018-09-20T02:15:34\",\"remote_address_group_id\":null}}",
    );
}
/// `querying_a_security_group_rule` at API version v2.0 sends GET /v2.0/security-group-rules/{security_group_rule_id}.
#[tokio::test]
async fn querying_a_security_group_rule_v2_0_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v2.0/security-group-rules/example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .v2_0()
        .querying_a_security_group_rule()
        .security_group_rule_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// `deleting_a_security_group_rule` at API version v3 sends DELETE /v3/{project_id}/vpc/security-group-rules/{security_group_rule_id}.
#[tokio::test]
async fn deleting_a_security_group_rule_v3_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("DELETE"))
        .and(path("/v3/example/vpc/security-group-rules/example"))
        .respond_with(ResponseTemplate::new(204u16))
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .deleting_a_security_group_rule()
        .project_id(v::<String>("\"example\""))
        .security_group_rule_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// `deleting_a_security_group_rule` at API version v1 sends DELETE /v1/{project_id}/security-group-rules/{security_group_rule_id}.
#[tokio::test]
async fn deleting_a_security_group_rule_v1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("DELETE"))
        .and(path("/v1/example/security-group-rules/example"))
        .respond_with(ResponseTemplate::new(200u16))
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .v1()
        .deleting_a_security_group_rule()
        .security_group_rule_id(v::<String>("\"example\""))
        .project_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// `deleting_a_security_group_rule` at API version v2.0 sends DELETE /v2.0/security-group-rules/{security_group_rule_id}.
#[tokio::test]
async fn deleting_a_security_group_rule_v2_0_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("DELETE"))
        .and(path("/v2.0/security-group-rules/example"))
        .respond_with(ResponseTemplate::new(200u16))
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .v2_0()
        .deleting_a_security_group_rule()
        .security_group_rule_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `adding_a_secondary_cidr_block_to_a_vpc` v3 response_200 example deserializes and serializes back.
#[test]
fn adding_a_secondary_cidr_block_to_a_vpc_v3_response_200() {
    round_trips::<
        otc_vpc::types::AddVpcSecondaryCidrBlockResponse,
    >(
        "{\"request_id\":\"84eb4f775d66dd916db121768ec55626\",\"vpc\":{\"id\":\"0552091e-b83a-49dd-88a7-4a5c86fd9ec3\",\"name\":\"vpc1\",\"description\":\"test1\",\"cidr\":\"192.168.0.0/16\",\"extend_cidrs\":[\"23.8.0.0/16\"],\"enterprise_project_id\":\"0\",\"tags\":[{\"key\":\"key\",\"value\":\"value\"}],\"cloud_resources\":[{\"resource_type\":\"routetable\",\"resource_count\":1}],\"status\":\"ACTIVE\",\"project_id\":\"060576782980d5762f9ec014dd2f1148\",\"created_at\":\"2018-03-23T09:26:08\",\"updated_at\":\"2018-08-24T08:49:53\"}}",
    );
}
/// The documented `adding_a_secondary_cidr_block_to_a_vpc` v3 request_body example deserializes and serializes back.
#[test]
fn adding_a_secondary_cidr_block_to_a_vpc_v3_request_body() {
    round_trips::<
        otc_vpc::types::AddVpcSecondaryCidrBlockRequest,
    >("{\"vpc\":{\"extend_cidrs\":[\"23.8.0.0/16\"]}}");
}
/// `adding_a_secondary_cidr_block_to_a_vpc` at API version v3 sends PUT /v3/{project_id}/vpc/vpcs/{vpc_id}/add-extend-cidr.
#[tokio::test]
async fn adding_a_secondary_cidr_block_to_a_vpc_v3_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("PUT"))
        .and(path("/v3/example/vpc/vpcs/example/add-extend-cidr"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .adding_a_secondary_cidr_block_to_a_vpc()
        .project_id(v::<String>("\"example\""))
        .vpc_id(v::<String>("\"example\""))
        .vpc(
            v::<
                otc_vpc::types::Addextendcidroption,
            >("{\"extend_cidrs\":[\"23.8.0.0/16\"]}"),
        )
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, & v("{\"vpc\":{\"extend_cidrs\":[\"23.8.0.0/16\"]}}")),
        "sent body {sent}"
    );
}
/// The documented `querying_the_details_of_a_vpc` v3 response_200 example deserializes and serializes back.
#[test]
fn querying_the_details_of_a_vpc_v3_response_200() {
    round_trips::<
        otc_vpc::types::ShowVpcResponse,
    >(
        "{\"request_id\":\"84eb4f775d66dd916db121768ec55626\",\"vpc\":{\"id\":\"0552091e-b83a-49dd-88a7-4a5c86fd9ec3\",\"name\":\"name-test\",\"description\":\"description-test\",\"cidr\":\"192.168.0.0/16\",\"extend_cidrs\":[\"21.8.0.0/16\"],\"enterprise_project_id\":\"0\",\"tags\":[{\"key\":\"key\",\"value\":\"value\"}],\"cloud_resources\":[{\"resource_type\":\"routetable\",\"resource_count\":1}],\"status\":\"ACTIVE\",\"project_id\":\"060576782980d5762f9ec014dd2f1148\",\"created_at\":\"2018-03-23T09:26:08\",\"updated_at\":\"2018-08-24T08:49:53\"}}",
    );
}
/// `querying_the_details_of_a_vpc` at API version v3 sends GET /v3/{project_id}/vpc/vpcs/{vpc_id}.
#[tokio::test]
async fn querying_the_details_of_a_vpc_v3_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v3/example/vpc/vpcs/example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_the_details_of_a_vpc()
        .project_id(v::<String>("\"example\""))
        .vpc_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `querying_vp_cs` v3 response_200 example deserializes and serializes back.
#[test]
fn querying_vp_cs_v3_response_200() {
    round_trips::<
        otc_vpc::types::ShowVpCsResponse,
    >(
        "{\"request_id\":\"9c1838ba498249547be43dd618b58d27\",\"vpcs\":[{\"id\":\"01da5a65-0bb9-4638-8ab7-74c64e24a9a7\",\"name\":\"API-PERF-TEST-14bd44c121\",\"description\":\"\",\"cidr\":\"192.168.0.0/16\",\"extend_cidrs\":[],\"status\":\"ACTIVE\",\"project_id\":\"087679f0aa80d32a2f4ec0172f5e902b\",\"enterprise_project_id\":\"0\",\"tags\":[],\"created_at\":\"2020-06-16T02:32:18Z\",\"updated_at\":\"2020-06-16T02:32:18Z\",\"cloud_resources\":[{\"resource_type\":\"routetable\",\"resource_count\":1},{\"resource_type\":\"virsubnet\",\"resource_count\":0}]},{\"id\":\"43fd79b0-f7d7-4e9b-828b-2d4d7bfae428\",\"name\":\"API-PERF-TEST_m2n33\",\"description\":\"\",\"cidr\":\"192.168.0.0/16\",\"extend_cidrs\":[],\"status\":\"ACTIVE\",\"project_id\":\"087679f0aa80d32a2f4ec0172f5e902b\",\"enterprise_project_id\":\"0\",\"tags\":[],\"created_at\":\"2020-06-15T06:29:40Z\",\"updated_at\":\"2020-06-15T06:29:41Z\",\"cloud_resources\":[{\"resource_type\":\"routetable\",\"resource_count\":1},{\"resource_type\":\"virsubnet\",\"resource_count\":1}]},{\"id\":\"5ed053ba-b46c-4dce-a1ae-e9d8a7015f21\",\"name\":\"API-PERF-TEST-c34b1c4b12\",\"description\":\"\",\"cidr\":\"192.168.0.0/16\",\"extend_cidrs\":[],\"status\":\"ACTIVE\",\"project_id\":\"087679f0aa80d32a2f4ec0172f5e902b\",\"enterprise_project_id\":\"0\",\"tags\":[],\"created_at\":\"2020-06-16T02:32:33Z\",\"updated_at\":\"2020-06-16T02:32:33Z\",\"cloud_resources\":[{\"resource_type\":\"routetable\",\"resource_count\":1},{\"resource_type\":\"virsubnet\",\"resource_count\":0}]}],\"page_info\":{\"previous_marker\":\"01da5a65-0bb9-4638-8ab7-74c64e24a9a7\",\"current_count\":3}}",
    );
}
/// `querying_vp_cs` at API version v3 sends GET /v3/{project_id}/vpc/vpcs.
#[tokio::test]
async fn querying_vp_cs_v3_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v3/example/vpc/vpcs"))
        .and(query_param("limit", "1"))
        .and(query_param("marker", "example"))
        .and(query_param("id", "example"))
        .and(query_param("name", "example"))
        .and(query_param("description", "example"))
        .and(query_param("cidr", "example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_vp_cs()
        .project_id(v::<String>("\"example\""))
        .limit(v::<i64>("1"))
        .marker(v::<String>("\"example\""))
        .id(v::<Vec<String>>("[\"example\"]"))
        .name(v::<Vec<String>>("[\"example\"]"))
        .description(v::<Vec<String>>("[\"example\"]"))
        .cidr(v::<Vec<String>>("[\"example\"]"))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `querying_vp_cs` v1 response_200 example deserializes and serializes back.
#[test]
fn querying_vp_cs_v1_response_200() {
    round_trips::<
        otc_vpc::v1::types::ShowVpCsResponse,
    >(
        "{\"vpcs\":[{\"id\":\"13551d6b-755d-4757-b956-536f674975c0\",\"name\":\"default\",\"description\":\"test\",\"cidr\":\"172.16.0.0/16\",\"status\":\"OK\",\"enterprise_project_id\":\"0\",\"routes\":[],\"enable_shared_snat\":false,\"tenant_id\":\"087679f0aa80d32a2f4ec0172f5e902b\",\"created_at\":\"2022-12-15T02:11:13\",\"updated_at\":\"2022-12-15T02:11:13\"},{\"id\":\"3ec3b33f-ac1c-4630-ad1c-7dba1ed79d85\",\"name\":\"222\",\"description\":\"test\",\"cidr\":\"192.168.0.0/16\",\"status\":\"OK\",\"enterprise_project_id\":\"0\",\"routes\":[],\"enable_shared_snat\":false,\"tenant_id\":\"087679f0aa80d32a2f4ec0172f5e902b\",\"created_at\":\"2022-12-15T04:01:21\",\"updated_at\":\"2022-12-15T04:01:21\"},{\"id\":\"99d9d709-8478-4b46-9f3f-2206b1023fd3\",\"name\":\"vpc\",\"description\":\"test\",\"cidr\":\"192.168.0.0/16\",\"status\":\"OK\",\"enterprise_project_id\":\"0\",\"routes\":[],\"enable_shared_snat\":false,\"tenant_id\":\"087679f0aa80d32a2f4ec0172f5e902b\",\"created_at\":\"2022-12-15T05:36:29\",\"updated_at\":\"2022-12-15T05:36:29\"}]}",
    );
}
/// `querying_vp_cs` at API version v1 sends GET /v1/{project_id}/vpcs.
#[tokio::test]
async fn querying_vp_cs_v1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/example/vpcs"))
        .and(query_param("id", "example"))
        .and(query_param("marker", "example"))
        .and(query_param("limit", "2000"))
        .and(query_param("enterprise_project_id", "example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .v1()
        .querying_vp_cs()
        .project_id(v::<String>("\"example\""))
        .id(v::<String>("\"example\""))
        .marker(v::<String>("\"example\""))
        .limit(v::<i64>("2000"))
        .enterprise_project_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `removing_a_secondary_cidr_block_from_a_vpc` v3 response_200 example deserializes and serializes back.
#[test]
fn removing_a_secondary_cidr_block_from_a_vpc_v3_response_200() {
    round_trips::<
        otc_vpc::types::RemoveVpcSecondaryCidrBlockResponse,
    >(
        "{\"request_id\":\"84eb4f775d66dd916db121768ec55626\",\"vpc\":{\"id\":\"0552091e-b83a-49dd-88a7-4a5c86fd9ec3\",\"name\":\"vpc1\",\"description\":\"test1\",\"cidr\":\"192.168.0.0/16\",\"extend_cidrs\":[],\"enterprise_project_id\":\"0\",\"tags\":[{\"key\":\"key\",\"value\":\"value\"}],\"cloud_resources\":[{\"resource_type\":\"routetable\",\"resource_count\":1}],\"status\":\"ACTIVE\",\"project_id\":\"060576782980d5762f9ec014dd2f1148\",\"created_at\":\"2018-03-23T09:26:08\",\"updated_at\":\"2018-08-24T08:49:53\"}}",
    );
}
/// The documented `removing_a_secondary_cidr_block_from_a_vpc` v3 request_body example deserializes and serializes back.
#[test]
fn removing_a_secondary_cidr_block_from_a_vpc_v3_request_body() {
    round_trips::<
        otc_vpc::types::RemoveVpcSecondaryCidrBlockRequest,
    >("{\"vpc\":{\"extend_cidrs\":[\"23.8.0.0/16\"]}}");
}
/// `removing_a_secondary_cidr_block_from_a_vpc` at API version v3 sends PUT /v3/{project_id}/vpc/vpcs/{vpc_id}/remove-extend-cidr.
#[tokio::test]
async fn removing_a_secondary_cidr_block_from_a_vpc_v3_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("PUT"))
        .and(path("/v3/example/vpc/vpcs/example/remove-extend-cidr"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .removing_a_secondary_cidr_block_from_a_vpc()
        .project_id(v::<String>("\"example\""))
        .vpc_id(v::<String>("\"example\""))
        .vpc(
            v::<
                otc_vpc::types::Removeextendcidroption,
            >("{\"extend_cidrs\":[\"23.8.0.0/16\"]}"),
        )
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, & v("{\"vpc\":{\"extend_cidrs\":[\"23.8.0.0/16\"]}}")),
        "sent body {sent}"
    );
}
/// The documented `querying_firewall_groups` v2.0 response_200 example deserializes and serializes back.
#[test]
fn querying_firewall_groups_v2_0_response_200() {
    round_trips::<
        otc_vpc::types::ListFirewallGroupsResponse,
    >(
        "{\"firewall_groups\":[{\"status\":\"INACTIVE\",\"public\":false,\"egress_firewall_policy_id\":null,\"name\":\"\",\"admin_state_up\":true,\"ports\":[],\"tenant_id\":\"23c8a121505047b6869edf39f3062712\",\"id\":\"cd600d47-0045-483f-87a1-5041ae2f513b\",\"ingress_firewall_policy_id\":null,\"description\":\"\",\"project_id\":\"23c8a121505047b6869edf39f3062712\",\"created_at\":\"2018-09-12T08:24:14\",\"updated_at\":\"2018-09-12T08:24:14\"},{\"status\":\"INACTIVE\",\"public\":false,\"egress_firewall_policy_id\":\"d939df29-fe76-4089-90c3-3778e4d53141\",\"name\":\"fwg-1475475043\",\"admin_state_up\":true,\"ports\":[],\"tenant_id\":\"0af57070695044ea9a70f04779e6aa1f\",\"id\":\"ca971b45-70ce-4879-9734-b6cac1d00845\",\"ingress_firewall_policy_id\":\"d939df29-fe76-4089-90c3-3778e4d53141\",\"description\":\"\",\"project_id\":\"0af57070695044ea9a70f04779e6aa1f\",\"created_at\":\"2018-09-12T08:24:14\",\"updated_at\":\"2018-09-12T08:24:14\"}],\"firewall_groups_links\":[{\"rel\":\"previous\",\"href\":\"https://{Endpoint}/v2.0/fwaas/firewall_groups?marker=cd600d47-0045-483f-87a1-5041ae2f513b&page_reverse=True\"}]}",
    );
}
/// `querying_firewall_groups` at API version v2.0 sends GET /v2.0/fwaas/firewall_groups.
#[tokio::test]
async fn querying_firewall_groups_v2_0_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v2.0/fwaas/firewall_groups"))
        .and(query_param("id", "example"))
        .and(query_param("name", "example"))
        .and(query_param("description", "example"))
        .and(query_param("admin_state_up", "true"))
        .and(query_param("tenant_id", "example"))
        .and(query_param("marker", "example"))
        .and(query_param("limit", "2000"))
        .and(query_param("page_reverse", "example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_firewall_groups()
        .id(v::<String>("\"example\""))
        .name(v::<String>("\"example\""))
        .description(v::<String>("\"example\""))
        .admin_state_up(v::<bool>("true"))
        .tenant_id(v::<String>("\"example\""))
        .marker(v::<String>("\"example\""))
        .limit(v::<i64>("2000"))
        .page_reverse(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `creating_a_firewall_group` v2.0 response_2xx example deserializes and serializes back.
#[test]
fn creating_a_firewall_group_v2_0_response_2xx() {
    round_trips::<
        otc_vpc::types::CreateFirewallGroupResponse,
    >(
        "{\"firewall_group\":{\"status\":\"PENDING_CREATE\",\"public\":false,\"egress_firewall_policy_id\":null,\"name\":\"test\",\"admin_state_up\":true,\"ports\":[\"c133f2bf-6937-4416-bb17-012e1be5cd2d\"],\"tenant_id\":\"23c8a121505047b6869edf39f3062712\",\"id\":\"0415f554-26ed-44e7-a881-bdf4e6216e38\",\"ingress_firewall_policy_id\":\"afc52ce9-5305-4ec9-9feb-44feb8330341\",\"description\":\"\",\"project_id\":\"23c8a121505047b6869edf39f3062712\",\"created_at\":\"2018-09-12T08:24:14\",\"updated_at\":\"2018-09-12T08:24:14\"}}",
    );
}
/// The documented `creating_a_firewall_group` v2.0 request_body example deserializes and serializes back.
#[test]
fn creating_a_firewall_group_v2_0_request_body() {
    round_trips::<
        otc_vpc::types::CreateFirewallGroupRequest,
    >(
        "{\"firewall_group\":{\"name\":\"test\",\"ingress_firewall_policy_id\":\"afc52ce9-5305-4ec9-9feb-44feb8330341\",\"ports\":[\"c133f2bf-6937-4416-bb17-012e1be5cd2d\"]}}",
    );
}
/// `creating_a_firewall_group` at API version v2.0 sends POST /v2.0/fwaas/firewall_groups.
#[tokio::test]
async fn creating_a_firewall_group_v2_0_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v2.0/fwaas/firewall_groups"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .creating_a_firewall_group()
        .firewall_group(
            v::<
                otc_vpc::types::FirewallGroupObject,
            >(
                "{\"name\":\"test\",\"ingress_firewall_policy_id\":\"afc52ce9-5305-4ec9-9feb-44feb8330341\",\"ports\":[\"c133f2bf-6937-4416-bb17-012e1be5cd2d\"]}",
            ),
        )
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, &
        v("{\"firewall_group\":{\"name\":\"test\",\"ingress_firewall_policy_id\":\"afc52ce9-5305-4ec9-9feb-44feb8330341\",\"ports\":[\"c133f2bf-6937-4416-bb17-012e1be5cd2d\"]}}")),
        "sent body {sent}"
    );
}
/// The documented `querying_firewall_policies` v2.0 response_200 example deserializes and serializes back.
#[test]
fn querying_firewall_policies_v2_0_response_200() {
    round_trips::<
        otc_vpc::types::ListFirewallPoliciesResponse,
    >(
        "{\"firewall_policies\":[{\"description\":\"\",\"firewall_rules\":[\"6c6803e0-ca8c-4aa9-afb3-4f89275b6c32\"],\"tenant_id\":\"23c8a121505047b6869edf39f3062712\",\"public\":false,\"id\":\"6b70e321-0c21-4b83-bb8a-a886d1414a5f\",\"audited\":false,\"name\":\"fwp1\",\"project_id\":\"23c8a121505047b6869edf39f3062712\"},{\"description\":\"\",\"firewall_rules\":[\"6c6803e0-ca8c-4aa9-afb3-4f89275b6c32\"],\"tenant_id\":\"23c8a121505047b6869edf39f3062712\",\"public\":false,\"id\":\"fce92002-5a15-465d-aaca-9b44453bb738\",\"audited\":false,\"name\":\"fwp2\",\"project_id\":\"23c8a121505047b6869edf39f3062712\"}],\"firewall_policies_links\":[{\"rel\":\"previous\",\"href\":\"https://{Endpoint}/v2.0/fwaas/firewall_policies?marker=6b70e321-0c21-4b83-bb8a-a886d1414a5f&page_reverse=True\"}]}",
    );
}
/// `querying_firewall_policies` at API version v2.0 sends GET /v2.0/fwaas/firewall_policies.
#[tokio::test]
async fn querying_firewall_policies_v2_0_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v2.0/fwaas/firewall_policies"))
        .and(query_param("id", "example"))
        .and(query_param("name", "example"))
        .and(query_param("description", "example"))
        .and(query_param("tenant_id", "example"))
        .and(query_param("marker", "example"))
        .and(query_param("limit", "2000"))
        .and(query_param("page_reverse", "example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_firewall_policies()
        .id(v::<String>("\"example\""))
        .name(v::<String>("\"example\""))
        .description(v::<String>("\"example\""))
        .tenant_id(v::<String>("\"example\""))
        .marker(v::<String>("\"example\""))
        .limit(v::<i64>("2000"))
        .page_reverse(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `creating_a_firewall_policy` v2.0 response_2xx example deserializes and serializes back.
#[test]
fn creating_a_firewall_policy_v2_0_response_2xx() {
    round_trips::<
        otc_vpc::types::CreateFirewallPolicyResponse,
    >(
        "{\"firewall_policy\":{\"description\":\"\",\"firewall_rules\":[\"b8243448-cb3c-496e-851c-dadade4c161b\"],\"tenant_id\":\"23c8a121505047b6869edf39f3062712\",\"public\":false,\"id\":\"2fb0e81f-9f63-44b2-9894-c13a3284594a\",\"audited\":false,\"name\":\"test-policy\",\"project_id\":\"23c8a121505047b6869edf39f3062712\"}}",
    );
}
/// The documented `creating_a_firewall_policy` v2.0 request_body example deserializes and serializes back.
#[test]
fn creating_a_firewall_policy_v2_0_request_body() {
    round_trips::<
        otc_vpc::types::CreateFirewallPolicyRequest,
    >(
        "{\"firewall_policy\":{\"name\":\"test-policy\",\"firewall_rules\":[\"b8243448-cb3c-496e-851c-dadade4c161b\"]}}",
    );
}
/// `creating_a_firewall_policy` at API version v2.0 sends POST /v2.0/fwaas/firewall_policies.
#[tokio::test]
async fn creating_a_firewall_policy_v2_0_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v2.0/fwaas/firewall_policies"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .creating_a_firewall_policy()
        .firewall_policy(
            v::<
                otc_vpc::types::FirewallPolicyObject,
            >(
                "{\"name\":\"test-policy\",\"firewall_rules\":[\"b8243448-cb3c-496e-851c-dadade4c161b\"]}",
            ),
        )
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, &
        v("{\"firewall_policy\":{\"name\":\"test-policy\",\"firewall_rules\":[\"b8243448-cb3c-496e-851c-dadade4c161b\"]}}")),
        "sent body {sent}"
    );
}
/// The documented `querying_firewall_rules` v2.0 response_200 example deserializes and serializes back.
#[test]
fn querying_firewall_rules_v2_0_response_200() {
    round_trips::<
        otc_vpc::types::ListFirewallRulesResponse,
    >(
        "{\"firewall_rules\":[{\"protocol\":\"tcp\",\"description\":\"update check parameter\",\"source_ip_address\":\"116.66.184.0/24\",\"destination_ip_address\":\"0.0.0.0/0\",\"destination_port\":null,\"source_port\":null,\"id\":\"2a193015-4a88-4aa1-84ad-d4955adae707\",\"name\":\"crhfwruleupdate\",\"tenant_id\":\"a1c6f90c94334bd2953d9a61b8031a68\",\"project_id\":\"a1c6f90c94334bd2953d9a61b8031a68\",\"enabled\":true,\"action\":\"allow\",\"ip_version\":4,\"public\":false},{\"protocol\":\"tcp\",\"description\":\"update check parameter\",\"source_ip_address\":null,\"destination_ip_address\":null,\"destination_port\":\"40:60\",\"source_port\":\"20:50\",\"id\":\"db7a204c-9eb1-40a2-9bd6-ed5cfd3cff32\",\"name\":\"update_firewall-role-tommy\",\"tenant_id\":\"a1c6f90c94334bd2953d9a61b8031a68\",\"project_id\":\"a1c6f90c94334bd2953d9a61b8031a68\",\"enabled\":false,\"action\":\"deny\",\"ip_version\":4,\"public\":false}],\"firewall_rules_links\":[{\"rel\":\"previous\",\"href\":\"https://{Endpoint}/v2.0/fwaas/firewall_rules?marker=2a193015-4a88-4aa1-84ad-d4955adae707&page_reverse=True\"}]}",
    );
}
/// `querying_firewall_rules` at API version v2.0 sends GET /v2.0/fwaas/firewall_rules.
#[tokio::test]
async fn querying_firewall_rules_v2_0_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v2.0/fwaas/firewall_rules"))
        .and(query_param("id", "example"))
        .and(query_param("name", "example"))
        .and(query_param("description", "example"))
        .and(query_param("ip_version", "1"))
        .and(query_param("action", "allow"))
        .and(query_param("enabled", "true"))
        .and(query_param("tenant_id", "example"))
        .and(query_param("marker", "example"))
        .and(query_param("limit", "2000"))
        .and(query_param("public", "example"))
        .and(query_param("protocol", "example"))
        .and(query_param("page_reverse", "example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_firewall_rules()
        .id(v::<String>("\"example\""))
        .name(v::<String>("\"example\""))
        .description(v::<String>("\"example\""))
        .ip_version(v::<i64>("1"))
        .action(v::<otc_vpc::types::Action>("\"allow\""))
        .enabled(v::<bool>("true"))
        .tenant_id(v::<String>("\"example\""))
        .marker(v::<String>("\"example\""))
        .limit(v::<i64>("2000"))
        .public(v::<String>("\"example\""))
        .protocol(v::<String>("\"example\""))
        .page_reverse(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `creating_a_firewall_rule` v2.0 response_2xx example deserializes and serializes back.
#[test]
fn creating_a_firewall_rule_v2_0_response_2xx() {
    round_trips::<
        otc_vpc::types::CreateFirewallRuleResponse,
    >(
        "{\"firewall_rule\":{\"protocol\":\"tcp\",\"description\":\"\",\"source_ip_address\":null,\"destination_ip_address\":null,\"source_port\":null,\"destination_port\":\"80\",\"id\":\"b94acf06-efc2-485d-ba67-a61acf2a7e28\",\"name\":\"ALLOW_HTTP\",\"tenant_id\":\"23c8a121505047b6869edf39f3062712\",\"enabled\":true,\"action\":\"allow\",\"ip_version\":4,\"public\":false,\"project_id\":\"23c8a121505047b6869edf39f3062712\"}}",
    );
}
/// The documented `creating_a_firewall_rule` v2.0 request_body example deserializes and serializes back.
#[test]
fn creating_a_firewall_rule_v2_0_request_body() {
    round_trips::<
        otc_vpc::types::CreateFirewallRuleRequest,
    >(
        "{\"firewall_rule\":{\"action\":\"allow\",\"enabled\":true,\"destination_port\":\"80\",\"protocol\":\"tcp\",\"name\":\"ALLOW_HTTP\"}}",
    );
}
/// `creating_a_firewall_rule` at API version v2.0 sends POST /v2.0/fwaas/firewall_rules.
#[tokio::test]
async fn creating_a_firewall_rule_v2_0_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v2.0/fwaas/firewall_rules"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .creating_a_firewall_rule()
        .firewall_rule(
            v::<
                otc_vpc::types::FirewallRuleObject,
            >(
                "{\"action\":\"allow\",\"enabled\":true,\"destination_port\":\"80\",\"protocol\":\"tcp\",\"name\":\"ALLOW_HTTP\"}",
            ),
        )
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, &
        v("{\"firewall_rule\":{\"action\":\"allow\",\"enabled\":true,\"destination_port\":\"80\",\"protocol\":\"tcp\",\"name\":\"ALLOW_HTTP\"}}")),
        "sent body {sent}"
    );
}
/// The documented `querying_a_firewall_group` v2.0 response_200 example deserializes and serializes back.
#[test]
fn querying_a_firewall_group_v2_0_response_200() {
    round_trips::<
        otc_vpc::types::ShowFirewallGroupResponse,
    >(
        "{\"firewall_group\":{\"status\":\"ACTIVE\",\"public\":false,\"egress_firewall_policy_id\":null,\"name\":\"bobby_fwg1\",\"admin_state_up\":true,\"ports\":[\"16e6d779-15e9-48fb-abc5-b86457792a15\"],\"tenant_id\":\"23c8a121505047b6869edf39f3062712\",\"id\":\"a504a4cf-9300-40e0-b2d4-649bd157c55a\",\"ingress_firewall_policy_id\":\"fed2d88f-d0e7-4cc5-bd7e-c495f67037b6\",\"description\":\"test\",\"project_id\":\"23c8a121505047b6869edf39f3062712\",\"created_at\":\"2018-09-12T08:24:14\",\"updated_at\":\"2018-09-12T08:24:14\"}}",
    );
}
/// `querying_a_firewall_group` at API version v2.0 sends GET /v2.0/fwaas/firewall_groups/{firewall_group_id}.
#[tokio::test]
async fn querying_a_firewall_group_v2_0_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v2.0/fwaas/firewall_groups/example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_a_firewall_group()
        .firewall_group_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `updating_a_firewall_group` v2.0 response_2xx example deserializes and serializes back.
#[test]
fn updating_a_firewall_group_v2_0_response_2xx() {
    round_trips::<
        otc_vpc::types::CreateFirewallGroupResponse,
    >(
        "{\"firewall_group\":{\"status\":\"PENDING_UPDATE\",\"public\":false,\"egress_firewall_policy_id\":\"53f36c32-db25-4856-a0ba-e605fd88c5e9\",\"name\":\"\",\"admin_state_up\":true,\"ports\":[\"c133f2bf-6937-4416-bb17-012e1be5cd2d\"],\"tenant_id\":\"23c8a121505047b6869edf39f3062712\",\"id\":\"0415f554-26ed-44e7-a881-bdf4e6216e38\",\"ingress_firewall_policy_id\":\"afc52ce9-5305-4ec9-9feb-44feb8330341\",\"description\":\"\",\"project_id\":\"23c8a121505047b6869edf39f3062712\",\"created_at\":\"2018-09-12T08:24:14\",\"updated_at\":\"2018-09-12T08:24:14\"}}",
    );
}
/// The documented `updating_a_firewall_group` v2.0 request_body example deserializes and serializes back.
#[test]
fn updating_a_firewall_group_v2_0_request_body() {
    round_trips::<
        otc_vpc::types::CreateFirewallGroupRequest,
    >(
        "{\"firewall_group\":{\"egress_firewall_policy_id\":\"53f36c32-db25-4856-a0ba-e605fd88c5e9\"}}",
    );
}
/// `updating_a_firewall_group` at API version v2.0 sends PUT /v2.0/fwaas/firewall_groups/{firewall_group_id}.
#[tokio::test]
async fn updating_a_firewall_group_v2_0_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("PUT"))
        .and(path("/v2.0/fwaas/firewall_groups/example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .updating_a_firewall_group()
        .firewall_group_id(v::<String>("\"example\""))
        .firewall_group(
            v::<
                otc_vpc::types::FirewallGroupObject,
            >("{\"egress_firewall_policy_id\":\"53f36c32-db25-4856-a0ba-e605fd88c5e9\"}"),
        )
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, &
        v("{\"firewall_group\":{\"egress_firewall_policy_id\":\"53f36c32-db25-4856-a0ba-e605fd88c5e9\"}}")),
        "sent body {sent}"
    );
}
/// `deleting_a_firewall_group` at API version v2.0 sends DELETE /v2.0/fwaas/firewall_groups/{firewall_group_id}.
#[tokio::test]
async fn deleting_a_firewall_group_v2_0_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("DELETE"))
        .and(path("/v2.0/fwaas/firewall_groups/example"))
        .respond_with(ResponseTemplate::new(200u16))
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .deleting_a_firewall_group()
        .firewall_group_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `querying_a_firewall_policy` v2.0 response_200 example deserializes and serializes back.
#[test]
fn querying_a_firewall_policy_v2_0_response_200() {
    round_trips::<
        otc_vpc::types::ShowFirewallPolicyResponse,
    >(
        "{\"firewall_policy\":{\"description\":\"\",\"firewall_rules\":[\"3c0e6267-73df-4d9a-87a6-e226f2db2036\"],\"tenant_id\":\"23c8a121505047b6869edf39f3062712\",\"public\":false,\"id\":\"fed2d88f-d0e7-4cc5-bd7e-c495f67037b6\",\"audited\":false,\"name\":\"bobby_fwp1\",\"project_id\":\"23c8a121505047b6869edf39f3062712\"}}",
    );
}
/// `querying_a_firewall_policy` at API version v2.0 sends GET /v2.0/fwaas/firewall_policies/{firewall_policy_id}.
#[tokio::test]
async fn querying_a_firewall_policy_v2_0_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v2.0/fwaas/firewall_policies/example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_a_firewall_policy()
        .firewall_policy_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `updating_a_firewall_policy` v2.0 response_2xx example deserializes and serializes back.
#[test]
fn updating_a_firewall_policy_v2_0_response_2xx() {
    round_trips::<
        otc_vpc::types::UpdateFirewallPolicyResponse,
    >(
        "{\"firewall_policy\":{\"description\":\"\",\"firewall_rules\":[\"0f82b221-8cd6-44bd-9dfc-0e118fa7b6b1\"],\"tenant_id\":\"23c8a121505047b6869edf39f3062712\",\"public\":false,\"id\":\"2fb0e81f-9f63-44b2-9894-c13a3284594a\",\"audited\":false,\"name\":\"test-policy\",\"project_id\":\"23c8a121505047b6869edf39f3062712\"}}",
    );
}
/// The documented `updating_a_firewall_policy` v2.0 request_body example deserializes and serializes back.
#[test]
fn updating_a_firewall_policy_v2_0_request_body() {
    round_trips::<
        otc_vpc::types::UpdateFirewallPolicyRequest,
    >(
        "{\"firewall_policy\":{\"firewall_rules\":[\"0f82b221-8cd6-44bd-9dfc-0e118fa7b6b1\"]}}",
    );
}
/// `updating_a_firewall_policy` at API version v2.0 sends PUT /v2.0/fwaas/firewall_policies/{firewall_policy_id}.
#[tokio::test]
async fn updating_a_firewall_policy_v2_0_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("PUT"))
        .and(path("/v2.0/fwaas/firewall_policies/example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .updating_a_firewall_policy()
        .firewall_policy_id(v::<String>("\"example\""))
        .firewall_policy(
            v::<
                otc_vpc::types::FirewallPolicyObject,
            >("{\"firewall_rules\":[\"0f82b221-8cd6-44bd-9dfc-0e118fa7b6b1\"]}"),
        )
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, &
        v("{\"firewall_policy\":{\"firewall_rules\":[\"0f82b221-8cd6-44bd-9dfc-0e118fa7b6b1\"]}}")),
        "sent body {sent}"
    );
}
/// `deleting_a_firewall_policy` at API version v2.0 sends DELETE /v2.0/fwaas/firewall_policies/{firewall_policy_id}.
#[tokio::test]
async fn deleting_a_firewall_policy_v2_0_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("DELETE"))
        .and(path("/v2.0/fwaas/firewall_policies/example"))
        .respond_with(ResponseTemplate::new(200u16))
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .deleting_a_firewall_policy()
        .firewall_policy_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `querying_a_firewall_rule` v2.0 response_200 example deserializes and serializes back.
#[test]
fn querying_a_firewall_rule_v2_0_response_200() {
    round_trips::<
        otc_vpc::types::ShowFirewallRuleResponse,
    >(
        "{\"firewall_rule\":{\"protocol\":\"tcp\",\"description\":\"update check parameter\",\"source_ip_address\":\"116.66.184.0/24\",\"destination_ip_address\":\"0.0.0.0/0\",\"destination_port\":null,\"source_port\":null,\"id\":\"514e6776-162a-4b5d-ab8b-aa36b86655ef\",\"name\":\"test\",\"tenant_id\":\"a1c6f90c94334bd2953d9a61b8031a68\",\"project_id\":\"a1c6f90c94334bd2953d9a61b8031a68\",\"enabled\":true,\"action\":\"allow\",\"ip_version\":4,\"public\":false}}",
    );
}
/// `querying_a_firewall_rule` at API version v2.0 sends GET /v2.0/fwaas/firewall_rules/{firewall_rule_id}.
#[tokio::test]
async fn querying_a_firewall_rule_v2_0_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v2.0/fwaas/firewall_rules/example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_a_firewall_rule()
        .firewall_rule_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `updating_a_firewall_rule` v2.0 response_2xx example deserializes and serializes back.
#[test]
fn updating_a_firewall_rule_v2_0_response_2xx() {
    round_trips::<
        otc_vpc::types::CreateFirewallRuleResponse,
    >(
        "{\"firewall_rule\":{\"protocol\":\"tcp\",\"description\":\"\",\"source_ip_address\":null,\"destination_ip_address\":null,\"source_port\":null,\"destination_port\":\"80\",\"id\":\"b94acf06-efc2-485d-ba67-a61acf2a7e28\",\"name\":\"ALLOW_HTTP\",\"tenant_id\":\"23c8a121505047b6869edf39f3062712\",\"enabled\":true,\"action\":\"deny\",\"ip_version\":4,\"public\":false,\"project_id\":\"23c8a121505047b6869edf39f3062712\"}}",
    );
}
/// The documented `updating_a_firewall_rule` v2.0 request_body example deserializes and serializes back.
#[test]
fn updating_a_firewall_rule_v2_0_request_body() {
    round_trips::<
        otc_vpc::types::UpdateFirewallRuleRequest,
    >("{\"firewall_rule\":{\"action\":\"deny\"}}");
}
/// `updating_a_firewall_rule` at API version v2.0 sends PUT /v2.0/fwaas/firewall_rules/{firewall_rule_id}.
#[tokio::test]
async fn updating_a_firewall_rule_v2_0_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("PUT"))
        .and(path("/v2.0/fwaas/firewall_rules/example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .updating_a_firewall_rule()
        .firewall_rule_id(v::<String>("\"example\""))
        .firewall_rule(
            v::<otc_vpc::types::UpdateFirewallRuleObject>("{\"action\":\"deny\"}"),
        )
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, & v("{\"firewall_rule\":{\"action\":\"deny\"}}")),
        "sent body {sent}"
    );
}
/// `deleting_a_firewall_rule` at API version v2.0 sends DELETE /v2.0/fwaas/firewall_rules/{firewall_rule_id}.
#[tokio::test]
async fn deleting_a_firewall_rule_v2_0_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("DELETE"))
        .and(path("/v2.0/fwaas/firewall_rules/example"))
        .respond_with(ResponseTemplate::new(200u16))
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .deleting_a_firewall_rule()
        .firewall_rule_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `inserting_a_firewall_rule` v2.0 response_2xx example deserializes and serializes back.
#[test]
fn inserting_a_firewall_rule_v2_0_response_2xx() {
    round_trips::<
        otc_vpc::types::InsertFirewallRuleResponse,
    >(
        "{\"description\":\"\",\"firewall_rules\":[\"b8243448-cb3c-496e-851c-dadade4c161b\",\"0f82b221-8cd6-44bd-9dfc-0e118fa7b6b1\"],\"tenant_id\":\"23c8a121505047b6869edf39f3062712\",\"public\":false,\"id\":\"afc52ce9-5305-4ec9-9feb-44feb8330341\",\"audited\":false,\"name\":\"test-policy\",\"project_id\":\"23c8a121505047b6869edf39f3062712\"}",
    );
}
/// The documented `inserting_a_firewall_rule` v2.0 request_body example deserializes and serializes back.
#[test]
fn inserting_a_firewall_rule_v2_0_request_body() {
    round_trips::<
        otc_vpc::types::InsertFirewallRuleRequest,
    >(
        "{\"insert_after\":\"b8243448-cb3c-496e-851c-dadade4c161b\",\"firewall_rule_id\":\"0f82b221-8cd6-44bd-9dfc-0e118fa7b6b1\",\"insert_before\":\"\"}",
    );
}
/// `inserting_a_firewall_rule` at API version v2.0 sends PUT /v2.0/fwaas/firewall_policies/{firewall_policy_id}/insert_rule.
#[tokio::test]
async fn inserting_a_firewall_rule_v2_0_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("PUT"))
        .and(path("/v2.0/fwaas/firewall_policies/example/insert_rule"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .inserting_a_firewall_rule()
        .firewall_policy_id(v::<String>("\"example\""))
        .firewall_rule_id(v::<String>("\"0f82b221-8cd6-44bd-9dfc-0e118fa7b6b1\""))
        .insert_after(v::<String>("\"b8243448-cb3c-496e-851c-dadade4c161b\""))
        .insert_before(v::<String>("\"\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, &
        v("{\"firewall_rule_id\":\"0f82b221-8cd6-44bd-9dfc-0e118fa7b6b1\",\"insert_after\":\"b8243448-cb3c-496e-851c-dadade4c161b\",\"insert_before\":\"\"}")),
        "sent body {sent}"
    );
}
/// The documented `removing_a_firewall_rule` v2.0 response_2xx example deserializes and serializes back.
#[test]
fn removing_a_firewall_rule_v2_0_response_2xx() {
    round_trips::<
        otc_vpc::types::InsertFirewallRuleResponse,
    >(
        "{\"description\":\"\",\"firewall_rules\":[\"b8243448-cb3c-496e-851c-dadade4c161b\"],\"tenant_id\":\"23c8a121505047b6869edf39f3062712\",\"public\":false,\"id\":\"afc52ce9-5305-4ec9-9feb-44feb8330341\",\"audited\":false,\"name\":\"test-policy\",\"project_id\":\"23c8a121505047b6869edf39f3062712\"}",
    );
}
/// The documented `removing_a_firewall_rule` v2.0 request_body example deserializes and serializes back.
#[test]
fn removing_a_firewall_rule_v2_0_request_body() {
    round_trips::<
        otc_vpc::types::RemoveFirewallRuleRequest,
    >("{\"firewall_rule_id\":\"0f82b221-8cd6-44bd-9dfc-0e118fa7b6b1\"}");
}
/// `removing_a_firewall_rule` at API version v2.0 sends PUT /v2.0/fwaas/firewall_policies/{firewall_policy_id}/remove_rule.
#[tokio::test]
async fn removing_a_firewall_rule_v2_0_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("PUT"))
        .and(path("/v2.0/fwaas/firewall_policies/example/remove_rule"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .removing_a_firewall_rule()
        .firewall_policy_id(v::<String>("\"example\""))
        .firewall_rule_id(v::<String>("\"0f82b221-8cd6-44bd-9dfc-0e118fa7b6b1\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, &
        v("{\"firewall_rule_id\":\"0f82b221-8cd6-44bd-9dfc-0e118fa7b6b1\"}")),
        "sent body {sent}"
    );
}
/// `querying_floating_ip_addresses` at API version v2.0 sends GET /v2.0/floatingips.
#[tokio::test]
async fn querying_floating_ip_addresses_v2_0_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v2.0/floatingips"))
        .and(query_param("id", "example"))
        .and(query_param("floating_ip_address", "example"))
        .and(query_param("floating_network_id", "example"))
        .and(query_param("router_id", "example"))
        .and(query_param("port_id", "example"))
        .and(query_param("fixed_ip_address", "example"))
        .and(query_param("tenant_id", "example"))
        .and(query_param("limit", "2000"))
        .and(query_param("marker", "example"))
        .and(query_param("page_reverse", "true"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_floating_ip_addresses()
        .id(v::<String>("\"example\""))
        .floating_ip_address(v::<String>("\"example\""))
        .floating_network_id(v::<String>("\"example\""))
        .router_id(v::<String>("\"example\""))
        .port_id(v::<String>("\"example\""))
        .fixed_ip_address(v::<String>("\"example\""))
        .tenant_id(v::<String>("\"example\""))
        .limit(v::<i64>("2000"))
        .marker(v::<String>("\"example\""))
        .page_reverse(v::<bool>("true"))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `assigning_a_floating_ip_address` v2.0 request_body example deserializes and serializes back.
#[test]
fn assigning_a_floating_ip_address_v2_0_request_body() {
    round_trips::<
        otc_vpc::types::AssignFloatingIpAddressRequest,
    >(
        "{\"floatingip\":{\"floating_network_id\":\"0a2228f2-7f8a-45f1-8e09-9039e1d09975\"}}",
    );
}
/// `assigning_a_floating_ip_address` at API version v2.0 sends POST /v2.0/floatingips.
#[tokio::test]
async fn assigning_a_floating_ip_address_v2_0_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v2.0/floatingips"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .assigning_a_floating_ip_address()
        .floatingip(
            v::<
                otc_vpc::types::FloatingIpAddressFloatingipObject,
            >("{\"floating_network_id\":\"0a2228f2-7f8a-45f1-8e09-9039e1d09975\"}"),
        )
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, &
        v("{\"floatingip\":{\"floating_network_id\":\"0a2228f2-7f8a-45f1-8e09-9039e1d09975\"}}")),
        "sent body {sent}"
    );
}
/// `querying_a_floating_ip_address` at API version v2.0 sends GET /v2.0/floatingips/{floatingip_id}.
#[tokio::test]
async fn querying_a_floating_ip_address_v2_0_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v2.0/floatingips/example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_a_floating_ip_address()
        .floatingip_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `updating_a_floating_ip_address` v2.0 request_body example deserializes and serializes back.
#[test]
fn updating_a_floating_ip_address_v2_0_request_body() {
    round_trips::<
        otc_vpc::types::UpdateFloatingIpAddressRequest,
    >("{\"floatingip\":{\"port_id\":null}}");
}
/// `updating_a_floating_ip_address` at API version v2.0 sends PUT /v2.0/floatingips/{floatingip_id}.
#[tokio::test]
async fn updating_a_floating_ip_address_v2_0_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("PUT"))
        .and(path("/v2.0/floatingips/example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .updating_a_floating_ip_address()
        .floatingip_id(v::<String>("\"example\""))
        .floatingip(
            v::<
                otc_vpc::types::UpdateFloatingIpAddressFloatingipObject,
            >("{\"port_id\":null}"),
        )
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, & v("{\"floatingip\":{\"port_id\":null}}")), "sent body {sent}"
    );
}
/// `deleting_a_floating_ip_address` at API version v2.0 sends DELETE /v2.0/floatingips/{floatingip_id}.
#[tokio::test]
async fn deleting_a_floating_ip_address_v2_0_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("DELETE"))
        .and(path("/v2.0/floatingips/example"))
        .respond_with(ResponseTemplate::new(200u16))
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .deleting_a_floating_ip_address()
        .floatingip_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `querying_networks` v2.0 response_200 example deserializes and serializes back.
#[test]
fn querying_networks_v2_0_response_200() {
    round_trips::<
        serde_json::Value,
    >(
        "{\"networks\":[{\"id\":\"0133cd73-34d4-4d4c-bf1f-e65b24603206\",\"name\":\"3804f26c-7862-43b6-ad3c-48445f42de89\",\"status\":\"ACTIVE\",\"shared\":false,\"subnets\":[\"423796f5-e02f-476f-bf02-2b88c8ddac8b\"],\"availability_zone_hints\":[],\"availability_zones\":[\"az2.dc2\",\"az5.dc5\"],\"admin_state_up\":true,\"tenant_id\":\"bbfe8c41dd034a07bebd592bf03b4b0c\",\"project_id\":\"bbfe8c41dd034a07bebd592bf03b4b0c\",\"provider:network_type\":\"vxlan\",\"router:external\":false,\"port_security_enabled\":true,\"created_at\":\"2018-03-23T03:51:58\",\"updated_at\":\"2018-03-23T03:51:58\"}],\"networks_links\":[{\"rel\":\"next\",\"href\":\"https://{Endpoint}/v2.0/networks?limit=1&marker=0133cd73-34d4-4d4c-bf1f-e65b24603206\"},{\"rel\":\"previous\",\"href\":\"https://{Endpoint}/v2.0/subnets?limit=1&marker=0133cd73-34d4-4d4c-bf1f-e65b24603206&page_reverse=True\"}]}",
    );
}
/// `querying_networks` at API version v2.0 sends GET /v2.0/networks.
#[tokio::test]
async fn querying_networks_v2_0_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v2.0/networks"))
        .and(query_param("id", "example"))
        .and(query_param("name", "example"))
        .and(query_param("admin_state_up", "true"))
        .and(query_param("provider:network_type", "example"))
        .and(query_param("shared", "true"))
        .and(query_param("status", "ACTIVE"))
        .and(query_param("router:external", "true"))
        .and(query_param("tenant_id", "example"))
        .and(query_param("marker", "example"))
        .and(query_param("limit", "2000"))
        .and(query_param("page_reverse", "example"))
        .and(query_param("description", "example"))
        .and(query_param("remote_group_id", "example"))
        .and(query_param("security_group_id", "example"))
        .and(query_param("direction", "ingress"))
        .and(query_param("protocol", "example"))
        .and(query_param("remote_ip_prefix", "example"))
        .and(query_param("ethertype", "example"))
        .and(query_param("port_range_max", "1"))
        .and(query_param("port_range_min", "1"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_networks()
        .id(v::<String>("\"example\""))
        .name(v::<String>("\"example\""))
        .admin_state_up(v::<bool>("true"))
        .provider_network_type(v::<String>("\"example\""))
        .shared(v::<bool>("true"))
        .status(v::<otc_vpc::types::PortObjectResponseStatus>("\"ACTIVE\""))
        .router_external(v::<bool>("true"))
        .tenant_id(v::<String>("\"example\""))
        .marker(v::<String>("\"example\""))
        .limit(v::<i64>("2000"))
        .page_reverse(v::<String>("\"example\""))
        .description(v::<String>("\"example\""))
        .remote_group_id(v::<String>("\"example\""))
        .security_group_id(v::<String>("\"example\""))
        .direction(v::<otc_vpc::types::Direction>("\"ingress\""))
        .protocol(v::<String>("\"example\""))
        .remote_ip_prefix(v::<String>("\"example\""))
        .ethertype(v::<String>("\"example\""))
        .port_range_max(v::<i64>("1"))
        .port_range_min(v::<i64>("1"))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `creating_a_network` v2.0 response_2xx example deserializes and serializes back.
#[test]
fn creating_a_network_v2_0_response_2xx() {
    round_trips::<
        otc_vpc::types::CreateNetworkResponse,
    >(
        "{\"network\":{\"id\":\"c360322d-5315-45d7-b7d2-481f98c56edb\",\"name\":\"network-test\",\"status\":\"ACTIVE\",\"shared\":false,\"subnets\":[],\"availability_zone_hints\":[],\"availability_zones\":[\"az2.dc2\",\"az5.dc5\"],\"admin_state_up\":true,\"tenant_id\":\"bbfe8c41dd034a07bebd592bf03b4b0c\",\"project_id\":\"bbfe8c41dd034a07bebd592bf03b4b0c\",\"provider:network_type\":\"vxlan\",\"router:external\":false,\"port_security_enabled\":true,\"created_at\":\"2018-09-20T01:53:18\",\"updated_at\":\"2018-09-20T01:53:20\"}}",
    );
}
/// The documented `creating_a_network` v2.0 request_body example deserializes and serializes back.
#[test]
fn creating_a_network_v2_0_request_body() {
    round_trips::<
        otc_vpc::types::CreateNetworkRequest,
    >(
        "{\"network\":{\"name\":\"network-test\",\"shared\":false,\"admin_state_up\":true}}",
    );
}
/// `creating_a_network` at API version v2.0 sends POST /v2.0/networks.
#[tokio::test]
async fn creating_a_network_v2_0_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v2.0/networks"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .creating_a_network()
        .network(
            v::<
                otc_vpc::types::NetworkObject,
            >("{\"name\":\"network-test\",\"shared\":false,\"admin_state_up\":true}"),
        )
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, &
        v("{\"network\":{\"name\":\"network-test\",\"shared\":false,\"admin_state_up\":true}}")),
        "sent body {sent}"
    );
}
/// The documented `querying_network_details` v2.0 response_200 example deserializes and serializes back.
#[test]
fn querying_network_details_v2_0_response_200() {
    round_trips::<
        otc_vpc::types::ListNetworkDetailsResponse,
    >(
        "{\"network\":{\"id\":\"0133cd73-34d4-4d4c-bf1f-e65b24603206\",\"name\":\"3804f26c-7862-43b6-ad3c-48445f42de89\",\"status\":\"ACTIVE\",\"shared\":false,\"subnets\":[\"423796f5-e02f-476f-bf02-2b88c8ddac8b\"],\"availability_zone_hints\":[],\"availability_zones\":[\"az2.dc2\",\"az5.dc5\"],\"admin_state_up\":true,\"tenant_id\":\"bbfe8c41dd034a07bebd592bf03b4b0c\",\"project_id\":\"bbfe8c41dd034a07bebd592bf03b4b0c\",\"provider:network_type\":\"vxlan\",\"router:external\":false,\"port_security_enabled\":true,\"created_at\":\"2018-03-23T03:51:58\",\"updated_at\":\"2018-03-23T03:51:58\"}}",
    );
}
/// `querying_network_details` at API version v2.0 sends GET /v2.0/networks/{network_id}.
#[tokio::test]
async fn querying_network_details_v2_0_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v2.0/networks/example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_network_details()
        .network_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `updating_a_network` v2.0 response_2xx example deserializes and serializes back.
#[test]
fn updating_a_network_v2_0_response_2xx() {
    round_trips::<
        otc_vpc::types::UpdateNetworkResponse,
    >(
        "{\"network\":{\"id\":\"c360322d-5315-45d7-b7d2-481f98c56edb\",\"name\":\"network-test02\",\"status\":\"ACTIVE\",\"shared\":false,\"subnets\":[],\"availability_zone_hints\":[],\"availability_zones\":[\"az2.dc2\",\"az5.dc5\"],\"admin_state_up\":true,\"tenant_id\":\"bbfe8c41dd034a07bebd592bf03b4b0c\",\"project_id\":\"bbfe8c41dd034a07bebd592bf03b4b0c\",\"provider:network_type\":\"vxlan\",\"router:external\":false,\"port_security_enabled\":true,\"created_at\":\"2018-09-20T01:53:18\",\"updated_at\":\"2018-09-20T01:55:47\"}}",
    );
}
/// The documented `updating_a_network` v2.0 request_body example deserializes and serializes back.
#[test]
fn updating_a_network_v2_0_request_body() {
    round_trips::<
        otc_vpc::types::UpdateNetworkRequest,
    >("{\"network\":{\"name\":\"network-test02\"}}");
}
/// `updating_a_network` at API version v2.0 sends PUT /v2.0/networks/{network_id}.
#[tokio::test]
async fn updating_a_network_v2_0_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("PUT"))
        .and(path("/v2.0/networks/example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .updating_a_network()
        .network_id(v::<String>("\"example\""))
        .network(
            v::<otc_vpc::types::UpdateNetworkObject>("{\"name\":\"network-test02\"}"),
        )
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, & v("{\"network\":{\"name\":\"network-test02\"}}")),
        "sent body {sent}"
    );
}
/// `deleting_a_network` at API version v2.0 sends DELETE /v2.0/networks/{network_id}.
#[tokio::test]
async fn deleting_a_network_v2_0_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("DELETE"))
        .and(path("/v2.0/networks/example"))
        .respond_with(ResponseTemplate::new(200u16))
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .deleting_a_network()
        .network_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `querying_ports` v2.0 response_200 example deserializes and serializes back.
#[test]
fn querying_ports_v2_0_response_200() {
    round_trips::<
        otc_vpc::types::ListPortsResponse,
    >(
        "{\"ports\":[{\"id\":\"791870bd-36a7-4d9b-b015-a78e9b06af08\",\"name\":\"port-test\",\"status\":\"DOWN\",\"admin_state_up\":true,\"fixed_ips\":[],\"mac_address\":\"fa:16:3e:01:e0:b2\",\"network_id\":\"00ae08c5-f727-49ab-ad4b-b069398aa171\",\"tenant_id\":\"db82c9e1415a464ea68048baa8acc6b8\",\"project_id\":\"db82c9e1415a464ea68048baa8acc6b8\",\"device_id\":\"\",\"device_owner\":\"\",\"security_groups\":[\"d0d58aa9-cda9-414c-9c52-6c3daf8534e6\"],\"extra_dhcp_opts\":[],\"allowed_address_pairs\":[],\"binding:vnic_type\":\"normal\",\"binding:vif_details\":{},\"binding:profile\":{},\"port_security_enabled\":true,\"created_at\":\"2018-09-13T01:43:41\",\"updated_at\":\"2018-09-13T01:43:41\"},{\"id\":\"7a8c720d-32b7-47cc-a943-23e48d69e30a\",\"name\":\"a8d001aa-6946-4168-86d9-924c7d3ef8fb\",\"status\":\"DOWN\",\"admin_state_up\":true,\"fixed_ips\":[{\"subnet_id\":\"a8d001aa-6946-4168-86d9-924c7d3ef8fb\",\"ip_address\":\"2a07:b980:4030:14::1\"}],\"mac_address\":\"fa:16:3e:57:39:c3\",\"network_id\":\"26cf88ff-1a8c-4233-a8e6-183e1e299357\",\"tenant_id\":\"db82c9e1415a464ea68048baa8acc6b8\",\"project_id\":\"db82c9e1415a464ea68048baa8acc6b8\",\"device_id\":\"6c2fcea1-b785-4253-b84e-3d887e1c67e1\",\"device_owner\":\"network:router_interface_distributed\",\"security_groups\":[\"34acbeed-8f65-4875-86ca-66417b1733fd\"],\"extra_dhcp_opts\":[],\"allowed_address_pairs\":[],\"binding:vnic_type\":\"normal\",\"binding:vif_details\":{},\"binding:profile\":{},\"port_security_enabled\":true,\"created_at\":\"2018-09-13T01:43:41\",\"updated_at\":\"2018-09-13T01:43:41\"}],\"ports_links\":[{\"rel\":\"next\",\"href\":\"https://{Endpoint}/v2.0/ports?limit=1&marker=7a8c720d-32b7-47cc-a943-23e48d69e30a\"},{\"rel\":\"previous\",\"href\":\"https://{Endpoint}/v2.0/ports?limit=1&marker=7a8c720d-32b7-47cc-a943-23e48d69e30a&page_reverse=True\"}]}",
    );
}
/// `querying_ports` at API version v2.0 sends GET /v2.0/ports.
#[tokio::test]
async fn querying_ports_v2_0_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v2.0/ports"))
        .and(query_param("id", "example"))
        .and(query_param("name", "example"))
        .and(query_param("admin_state_up", "true"))
        .and(query_param("network_id", "example"))
        .and(query_param("mac_address", "example"))
        .and(query_param("device_id", "example"))
        .and(query_param("device_owner", "example"))
        .and(query_param("status", "ACTIVE"))
        .and(query_param("security_groups", "example"))
        .and(query_param("fixed_ips", "example"))
        .and(query_param("tenant_id", "example"))
        .and(query_param("marker", "example"))
        .and(query_param("limit", "2000"))
        .and(query_param("page_reverse", "example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_ports()
        .id(v::<String>("\"example\""))
        .name(v::<String>("\"example\""))
        .admin_state_up(v::<bool>("true"))
        .network_id(v::<String>("\"example\""))
        .mac_address(v::<String>("\"example\""))
        .device_id(v::<String>("\"example\""))
        .device_owner(v::<String>("\"example\""))
        .status(v::<otc_vpc::types::PortObjectResponseStatus>("\"ACTIVE\""))
        .security_groups(v::<Vec<String>>("[\"example\"]"))
        .fixed_ips(v::<Vec<String>>("[\"example\"]"))
        .tenant_id(v::<String>("\"example\""))
        .marker(v::<String>("\"example\""))
        .limit(v::<i64>("2000"))
        .page_reverse(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `creating_a_port` v2.0 response_2xx example deserializes and serializes back.
#[test]
fn creating_a_port_v2_0_response_2xx() {
    round_trips::<
        otc_vpc::types::CreatePortResponse,
    >(
        "{\"port\":{\"id\":\"a7d98f3c-b42f-460b-96a1-07601e145961\",\"name\":\"port-test\",\"status\":\"DOWN\",\"admin_state_up\":true,\"fixed_ips\":[],\"mac_address\":\"fa:16:3e:01:f7:90\",\"network_id\":\"00ae08c5-f727-49ab-ad4b-b069398aa171\",\"tenant_id\":\"db82c9e1415a464ea68048baa8acc6b8\",\"project_id\":\"db82c9e1415a464ea68048baa8acc6b8\",\"device_id\":\"\",\"device_owner\":\"\",\"security_groups\":[\"d0d58aa9-cda9-414c-9c52-6c3daf8534e6\"],\"extra_dhcp_opts\":[],\"allowed_address_pairs\":[],\"binding:vnic_type\":\"normal\",\"binding:vif_details\":{},\"binding:profile\":{},\"port_security_enabled\":true,\"created_at\":\"2018-09-20T01:45:26\",\"updated_at\":\"2018-09-20T01:45:26\"}}",
    );
}
/// The documented `creating_a_port` v2.0 request_body example deserializes and serializes back.
#[test]
fn creating_a_port_v2_0_request_body() {
    round_trips::<
        otc_vpc::types::CreatePortRequest,
    >(
        "{\"port\":{\"admin_state_up\":true,\"network_id\":\"00ae08c5-f727-49ab-ad4b-b069398aa171\",\"name\":\"port-test\"}}",
    );
}
/// `creating_a_port` at API version v2.0 sends POST /v2.0/ports.
#[tokio::test]
async fn creating_a_port_v2_0_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v2.0/ports"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .creating_a_port()
        .port(
            v::<
                otc_vpc::types::PortObject,
            >(
                "{\"admin_state_up\":true,\"network_id\":\"00ae08c5-f727-49ab-ad4b-b069398aa171\",\"name\":\"port-test\"}",
            ),
        )
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, &
        v("{\"port\":{\"admin_state_up\":true,\"network_id\":\"00ae08c5-f727-49ab-ad4b-b069398aa171\",\"name\":\"port-test\"}}")),
        "sent body {sent}"
    );
}
/// The documented `querying_a_port` v2.0 response_200 example deserializes and serializes back.
#[test]
fn querying_a_port_v2_0_response_200() {
    round_trips::<
        otc_vpc::types::ShowPortResponse,
    >(
        "{\"port\":{\"id\":\"791870bd-36a7-4d9b-b015-a78e9b06af08\",\"name\":\"port-test\",\"status\":\"DOWN\",\"admin_state_up\":true,\"fixed_ips\":[],\"mac_address\":\"fa:16:3e:01:e0:b2\",\"network_id\":\"00ae08c5-f727-49ab-ad4b-b069398aa171\",\"tenant_id\":\"db82c9e1415a464ea68048baa8acc6b8\",\"project_id\":\"db82c9e1415a464ea68048baa8acc6b8\",\"device_id\":\"\",\"device_owner\":\"\",\"security_groups\":[\"d0d58aa9-cda9-414c-9c52-6c3daf8534e6\"],\"extra_dhcp_opts\":[],\"allowed_address_pairs\":[],\"binding:vnic_type\":\"normal\",\"binding:vif_details\":{},\"binding:profile\":{},\"port_security_enabled\":true,\"created_at\":\"2018-09-13T01:43:41\",\"updated_at\":\"2018-09-13T01:43:41\"}}",
    );
}
/// `querying_a_port` at API version v2.0 sends GET /v2.0/ports/{port_id}.
#[tokio::test]
async fn querying_a_port_v2_0_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v2.0/ports/example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_a_port()
        .port_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `updating_a_port` v2.0 response_2xx example deserializes and serializes back.
#[test]
fn updating_a_port_v2_0_response_2xx() {
    round_trips::<
        otc_vpc::types::UpdatePortResponse,
    >(
        "{\"port\":{\"id\":\"a7d98f3c-b42f-460b-96a1-07601e145961\",\"name\":\"port-test02\",\"status\":\"DOWN\",\"admin_state_up\":true,\"fixed_ips\":[],\"mac_address\":\"fa:16:3e:01:f7:90\",\"network_id\":\"00ae08c5-f727-49ab-ad4b-b069398aa171\",\"tenant_id\":\"db82c9e1415a464ea68048baa8acc6b8\",\"project_id\":\"db82c9e1415a464ea68048baa8acc6b8\",\"device_id\":\"\",\"device_owner\":\"\",\"security_groups\":[\"d0d58aa9-cda9-414c-9c52-6c3daf8534e6\"],\"extra_dhcp_opts\":[],\"allowed_address_pairs\":[],\"binding:vnic_type\":\"normal\",\"binding:vif_details\":{},\"binding:profile\":{},\"port_security_enabled\":true,\"created_at\":\"2018-09-20T01:45:26\",\"updated_at\":\"2018-09-20T01:48:56\"}}",
    );
}
/// The documented `updating_a_port` v2.0 request_body example deserializes and serializes back.
#[test]
fn updating_a_port_v2_0_request_body() {
    round_trips::<
        otc_vpc::types::UpdatePortRequest,
    >("{\"port\":{\"name\":\"port-test02\"}}");
}
/// `updating_a_port` at API version v2.0 sends PUT /v2.0/ports/{port_id}.
#[tokio::test]
async fn updating_a_port_v2_0_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("PUT"))
        .and(path("/v2.0/ports/example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .updating_a_port()
        .port_id(v::<String>("\"example\""))
        .port(v::<otc_vpc::types::UpdatePortObject>("{\"name\":\"port-test02\"}"))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, & v("{\"port\":{\"name\":\"port-test02\"}}")), "sent body {sent}"
    );
}
/// `deleting_a_port` at API version v2.0 sends DELETE /v2.0/ports/{port_id}.
#[tokio::test]
async fn deleting_a_port_v2_0_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("DELETE"))
        .and(path("/v2.0/ports/example"))
        .respond_with(ResponseTemplate::new(200u16))
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .deleting_a_port()
        .port_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `adding_an_interface_to_a_router` v2.0 response_2xx example deserializes and serializes back.
#[test]
fn adding_an_interface_to_a_router_v2_0_response_2xx() {
    round_trips::<
        otc_vpc::types::AddRouterInterfaceResponse,
    >(
        "{\"subnet_id\":\"ab78be2d-782f-42a5-aa72-35879f6890ff\",\"tenant_id\":\"6fbe9263116a4b68818cf1edce16bc4f\",\"project_id\":\"6fbe9263116a4b68818cf1edce16bc4f\",\"port_id\":\"40e86635-b2a3-45de-a7c8-3cced5b7e755\",\"id\":\"5b8e885c-1347-4ac2-baf9-2249c8ed1270\"}",
    );
}
/// The documented `adding_an_interface_to_a_router` v2.0 request_body example deserializes and serializes back.
#[test]
fn adding_an_interface_to_a_router_v2_0_request_body() {
    round_trips::<
        otc_vpc::types::AddRouterInterfaceRequest,
    >("{\"subnet_id\":\"ab78be2d-782f-42a5-aa72-35879f6890ff\"}");
}
/// `adding_an_interface_to_a_router` at API version v2.0 sends PUT /v2.0/routers/{router_id}/add_router_interface.
#[tokio::test]
async fn adding_an_interface_to_a_router_v2_0_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("PUT"))
        .and(path("/v2.0/routers/example/add_router_interface"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .adding_an_interface_to_a_router()
        .router_id(v::<String>("\"example\""))
        .subnet_id(v::<String>("\"ab78be2d-782f-42a5-aa72-35879f6890ff\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, & v("{\"subnet_id\":\"ab78be2d-782f-42a5-aa72-35879f6890ff\"}")),
        "sent body {sent}"
    );
}
/// The documented `querying_routers` v2.0 response_200 example deserializes and serializes back.
#[test]
fn querying_routers_v2_0_response_200() {
    round_trips::<
        otc_vpc::types::ListRoutersResponse,
    >(
        "{\"routers\":[{\"id\":\"01ab4be1-4447-45fb-94be-3ee787ed4ebe\",\"name\":\"xiaoleizi-tag\",\"status\":\"ACTIVE\",\"tenant_id\":\"bbfe8c41dd034a07bebd592bf03b4b0c\",\"project_id\":\"bbfe8c41dd034a07bebd592bf03b4b0c\",\"admin_state_up\":true,\"external_gateway_info\":{\"network_id\":\"0a2228f2-7f8a-45f1-8e09-9039e1d09975\",\"enable_snat\":false},\"routes\":[{\"destination\":\"0.0.0.0/0\",\"nexthop\":\"172.16.0.124\"}],\"created_at\":\"2018-03-23T09:26:08\",\"updated_at\":\"2018-08-24T08:49:53\"}],\"routers_links\":[{\"rel\":\"next\",\"href\":\"https://{Endpoint}/v2.0/routers?limit=1&marker=01ab4be1-4447-45fb-94be-3ee787ed4ebe\"},{\"rel\":\"previous\",\"href\":\"https://{Endpoint}/v2.0/routers?limit=1&marker=01ab4be1-4447-45fb-94be-3ee787ed4ebe&page_reverse=True\"}]}",
    );
}
/// `querying_routers` at API version v2.0 sends GET /v2.0/routers.
#[tokio::test]
async fn querying_routers_v2_0_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v2.0/routers"))
        .and(query_param("id", "example"))
        .and(query_param("admin_state_up", "true"))
        .and(query_param("status", "ACTIVE"))
        .and(query_param("tenant_id", "example"))
        .and(query_param("marker", "example"))
        .and(query_param("limit", "2000"))
        .and(query_param("name", "example"))
        .and(query_param("page_reverse", "example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_routers()
        .id(v::<String>("\"example\""))
        .admin_state_up(v::<bool>("true"))
        .status(
            v::<
                otc_vpc::types::FloatingIpAddressFloatingipObjectResponseStatus,
            >("\"ACTIVE\""),
        )
        .tenant_id(v::<String>("\"example\""))
        .marker(v::<String>("\"example\""))
        .limit(v::<i64>("2000"))
        .name(v::<String>("\"example\""))
        .page_reverse(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `creating_a_router` v2.0 response_2xx example deserializes and serializes back.
#[test]
fn creating_a_router_v2_0_response_2xx() {
    round_trips::<
        otc_vpc::types::CreateRouterResponse,
    >(
        "{\"router\":{\"id\":\"f5dbdfe0-86f9-4b0a-9a32-6be143f0a076\",\"name\":\"router-test2\",\"status\":\"ACTIVE\",\"tenant_id\":\"bbfe8c41dd034a07bebd592bf03b4b0c\",\"project_id\":\"bbfe8c41dd034a07bebd592bf03b4b0c\",\"admin_state_up\":true,\"external_gateway_info\":{\"network_id\":\"0a2228f2-7f8a-45f1-8e09-9039e1d09975\",\"enable_snat\":false},\"routes\":[],\"created_at\":\"2018-09-20T02:06:07\",\"updated_at\":\"2018-09-20T02:06:09\"}}",
    );
}
/// The documented `creating_a_router` v2.0 request_body example deserializes and serializes back.
#[test]
fn creating_a_router_v2_0_request_body() {
    round_trips::<
        otc_vpc::types::CreateRouterRequest,
    >("{\"router\":{\"name\":\"router-test2\",\"admin_state_up\":true}}");
}
/// `creating_a_router` at API version v2.0 sends POST /v2.0/routers.
#[tokio::test]
async fn creating_a_router_v2_0_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v2.0/routers"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .creating_a_router()
        .router(
            v::<
                otc_vpc::types::RouterObject,
            >("{\"name\":\"router-test2\",\"admin_state_up\":true}"),
        )
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, &
        v("{\"router\":{\"name\":\"router-test2\",\"admin_state_up\":true}}")),
        "sent body {sent}"
    );
}
/// The documented `querying_a_router` v2.0 response_200 example deserializes and serializes back.
#[test]
fn querying_a_router_v2_0_response_200() {
    round_trips::<
        otc_vpc::types::ShowRouterResponse,
    >(
        "{\"router\":{\"id\":\"01ab4be1-4447-45fb-94be-3ee787ed4ebe\",\"name\":\"xiaoleizi-tag\",\"status\":\"ACTIVE\",\"tenant_id\":\"bbfe8c41dd034a07bebd592bf03b4b0c\",\"project_id\":\"bbfe8c41dd034a07bebd592bf03b4b0c\",\"admin_state_up\":true,\"external_gateway_info\":{\"network_id\":\"0a2228f2-7f8a-45f1-8e09-9039e1d09975\",\"enable_snat\":false},\"routes\":[{\"destination\":\"0.0.0.0/0\",\"nexthop\":\"172.16.0.124\"}],\"created_at\":\"2018-03-23T09:26:08\",\"updated_at\":\"2018-08-24T08:49:53\"}}",
    );
}
/// `querying_a_router` at API version v2.0 sends GET /v2.0/routers/{router_id}.
#[tokio::test]
async fn querying_a_router_v2_0_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v2.0/routers/example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_a_router()
        .router_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `updating_a_router` v2.0 response_2xx example deserializes and serializes back.
#[test]
fn updating_a_router_v2_0_response_2xx() {
    round_trips::<
        otc_vpc::types::UpdateRouterResponse,
    >(
        "{\"router\":{\"id\":\"f5dbdfe0-86f9-4b0a-9a32-6be143f0a076\",\"name\":\"router-220\",\"status\":\"ACTIVE\",\"tenant_id\":\"bbfe8c41dd034a07bebd592bf03b4b0c\",\"project_id\":\"bbfe8c41dd034a07bebd592bf03b4b0c\",\"admin_state_up\":true,\"external_gateway_info\":{\"network_id\":\"0a2228f2-7f8a-45f1-8e09-9039e1d09975\",\"enable_snat\":false},\"routes\":[],\"created_at\":\"2018-09-20T02:06:07\",\"updated_at\":\"2018-09-20T02:06:09\"}}",
    );
}
/// The documented `updating_a_router` v2.0 request_body example deserializes and serializes back.
#[test]
fn updating_a_router_v2_0_request_body() {
    round_trips::<
        otc_vpc::types::UpdateRouterRequest,
    >("{\"router\":{\"name\":\"router-220\"}}");
}
/// `updating_a_router` at API version v2.0 sends PUT /v2.0/routers/{router_id}.
#[tokio::test]
async fn updating_a_router_v2_0_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("PUT"))
        .and(path("/v2.0/routers/example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .updating_a_router()
        .router_id(v::<String>("\"example\""))
        .router(v::<otc_vpc::types::UpdateRouterObject>("{\"name\":\"router-220\"}"))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, & v("{\"router\":{\"name\":\"router-220\"}}")), "sent body {sent}"
    );
}
/// `deleting_a_router` at API version v2.0 sends DELETE /v2.0/routers/{router_id}.
#[tokio::test]
async fn deleting_a_router_v2_0_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("DELETE"))
        .and(path("/v2.0/routers/example"))
        .respond_with(ResponseTemplate::new(200u16))
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .deleting_a_router()
        .router_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `removing_an_interface_from_a_router` v2.0 response_2xx example deserializes and serializes back.
#[test]
fn removing_an_interface_from_a_router_v2_0_response_2xx() {
    round_trips::<
        otc_vpc::types::AddRouterInterfaceResponse,
    >(
        "{\"subnet_id\":\"4b910a10-0860-428b-b463-d84dbc5e288e\",\"tenant_id\":\"3d72597871904daeb6887f75f848b531\",\"project_id\":\"3d72597871904daeb6887f75f848b531\",\"port_id\":\"34d7d063-8f40-4958-b420-096db40d4067\",\"id\":\"b625c58c-0cfe-49e0-acc8-f2374f8187ff\"}",
    );
}
/// The documented `removing_an_interface_from_a_router` v2.0 request_body example deserializes and serializes back.
#[test]
fn removing_an_interface_from_a_router_v2_0_request_body() {
    round_trips::<
        otc_vpc::types::RemoveRouterInterfaceRequest,
    >("{\"subnet_id\":\"4b910a10-0860-428b-b463-d84dbc5e288e\"}");
}
/// `removing_an_interface_from_a_router` at API version v2.0 sends PUT /v2.0/routers/{router_id}/remove_router_interface.
#[tokio::test]
async fn removing_an_interface_from_a_router_v2_0_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("PUT"))
        .and(path("/v2.0/routers/example/remove_router_interface"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .removing_an_interface_from_a_router()
        .router_id(v::<String>("\"example\""))
        .subnet_id(v::<String>("\"4b910a10-0860-428b-b463-d84dbc5e288e\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, & v("{\"subnet_id\":\"4b910a10-0860-428b-b463-d84dbc5e288e\"}")),
        "sent body {sent}"
    );
}
/// The documented `adding_a_security_group_rule` v2.0 response_2xx example deserializes and serializes back.
#[test]
fn adding_a_security_group_rule_v2_0_response_2xx() {
    round_trips::<
        otc_vpc::types::AddSecurityGroupRuleResponse,
    >(
        "{\"security_group_rule\":{\"remote_group_id\":null,\"direction\":\"egress\",\"remote_ip_prefix\":\"10.10.0.0/24\",\"protocol\":\"tcp\",\"tenant_id\":\"6fbe9263116a4b68818cf1edce16bc4f\",\"port_range_max\":null,\"security_group_id\":\"5cb9c1ee-00e0-4d0f-9623-55463cd26ff8\",\"port_range_min\":null,\"ethertype\":\"IPv4\",\"description\":null,\"id\":\"7c336b04-1603-4911-a6f4-f2af1d9a0488\",\"project_id\":\"6fbe9263116a4b68818cf1edce16bc4f\",\"created_at\":\"2018-09-20T02:15:34\",\"updated_at\":\"2018-09-20T02:15:34\",\"remote_address_group_id\":null}}",
    );
}
/// The documented `adding_a_security_group_rule` v2.0 request_body example deserializes and serializes back.
#[test]
fn adding_a_security_group_rule_v2_0_request_body() {
    round_trips::<
        otc_vpc::types::AddSecurityGroupRuleRequest,
    >(
        "{\"security_group_rule\":{\"security_group_id\":\"5cb9c1ee-00e0-4d0f-9623-55463cd26ff8\",\"direction\":\"egress\",\"protocol\":\"tcp\",\"remote_ip_prefix\":\"10.10.0.0/24\"}}",
    );
}
/// `adding_a_security_group_rule` at API version v2.0 sends POST /v2.0/security-group-rules.
#[tokio::test]
async fn adding_a_security_group_rule_v2_0_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v2.0/security-group-rules"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .adding_a_security_group_rule()
        .security_group_rule(
            v::<
                otc_vpc::types::SecurityGroupRuleObject,
            >(
                "{\"security_group_id\":\"5cb9c1ee-00e0-4d0f-9623-55463cd26ff8\",\"direction\":\"egress\",\"protocol\":\"tcp\",\"remote_ip_prefix\":\"10.10.0.0/24\"}",
            ),
        )
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, &
        v("{\"security_group_rule\":{\"security_group_id\":\"5cb9c1ee-00e0-4d0f-9623-55463cd26ff8\",\"direction\":\"egress\",\"protocol\":\"tcp\",\"remote_ip_prefix\":\"10.10.0.0/24\"}}")),
        "sent body {sent}"
    );
}
/// The documented `adding_a_security_group_rule` v1 response_2xx example deserializes and serializes back.
#[test]
fn adding_a_security_group_rule_v1_response_2xx() {
    round_trips::<
        otc_vpc::v1::types::AddSecurityGroupRuleResponse,
    >(
        "{\"security_group_rule\":{\"direction\":\"ingress\",\"ethertype\":\"IPv4\",\"id\":\"2bc0accf-312e-429a-956e-e4407625eb62\",\"description\":\"\",\"port_range_max\":80,\"port_range_min\":80,\"protocol\":\"tcp\",\"remote_group_id\":\"85cc3048-abc3-43cc-89b3-377341426ac5\",\"remote_ip_prefix\":null,\"security_group_id\":\"a7734e61-b545-452d-a3cd-0189cbd9747a\",\"tenant_id\":\"e4f50856753b4dc6afee5fa6b9b6c550\",\"remote_address_group_id\":null}}",
    );
}
/// The documented `adding_a_security_group_rule` v1 request_body example contradicts the schema ($.security_group_rule.port_range_min: expected an integer, found "80"), so the strict type rejects it.
#[test]
fn adding_a_security_group_rule_v1_request_body() {
    rejects::<
        otc_vpc::v1::types::AddSecurityGroupRuleRequest,
    >(
        "{\"security_group_rule\":{\"direction\":\"ingress\",\"port_range_min\":\"80\",\"ethertype\":\"IPv4\",\"port_range_max\":\"80\",\"protocol\":\"tcp\",\"remote_group_id\":\"85cc3048-abc3-43cc-89b3-377341426ac5\",\"security_group_id\":\"a7734e61-b545-452d-a3cd-0189cbd9747a\"}}",
    );
}
/// `adding_a_security_group_rule` at API version v1 sends POST /v1/{project_id}/security-group-rules.
#[tokio::test]
async fn adding_a_security_group_rule_v1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v1/example/security-group-rules"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .v1()
        .adding_a_security_group_rule()
        .project_id(v::<String>("\"example\""))
        .security_group_rule(
            v::<
                otc_vpc::types::GroupRuleDescriptionOfTheSecurityGroupRuleField,
            >("{\"security_group_id\":\"example\",\"direction\":\"egress\"}"),
        )
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, &
        v("{\"security_group_rule\":{\"security_group_id\":\"example\",\"direction\":\"egress\"}}")),
        "sent body {sent}"
    );
}
/// The documented `querying_a_security_group` v2.0 response_200 example deserializes and serializes back.
#[test]
fn querying_a_security_group_v2_0_response_200() {
    round_trips::<
        otc_vpc::v2_0::types::ShowSecurityGroupResponse,
    >(
        "{\"security_group\":{\"id\":\"0431c9c5-1660-42e0-8a00-134bec7f03e2\",\"name\":\"sg-ad3f\",\"description\":\"\",\"tenant_id\":\"bbfe8c41dd034a07bebd592bf03b4b0c\",\"project_id\":\"bbfe8c41dd034a07bebd592bf03b4b0c\",\"security_group_rules\":[{\"id\":\"d90e55ba-23bd-4d97-b722-8cb6fb485d69\",\"direction\":\"ingress\",\"protocol\":null,\"ethertype\":\"IPv4\",\"description\":null,\"remote_group_id\":\"0431c9c5-1660-42e0-8a00-134bec7f03e2\",\"remote_ip_prefix\":null,\"tenant_id\":\"bbfe8c41dd034a07bebd592bf03b4b0c\",\"port_range_max\":null,\"port_range_min\":null,\"security_group_id\":\"0431c9c5-1660-42e0-8a00-134bec7f03e2\",\"remote_address_group_id\":\"0150a3a7-82ca-4569-865c-04e46e5e9249\"},{\"id\":\"aecff4d4-9ce9-489c-86a3-803aedec65f7\",\"direction\":\"egress\",\"protocol\":null,\"ethertype\":\"IPv4\",\"description\":null,\"remote_group_id\":null,\"remote_ip_prefix\":null,\"tenant_id\":\"bbfe8c41dd034a07bebd592bf03b4b0c\",\"port_range_max\":null,\"port_range_min\":null,\"security_group_id\":\"0431c9c5-1660-42e0-8a00-134bec7f03e2\",\"remote_address_group_id\":null}],\"created_at\":\"2018-09-12T08:24:14\",\"updated_at\":\"2018-09-12T08:24:14\"}}",
    );
}
/// `querying_a_security_group` at API version v2.0 sends GET /v2.0/security-groups/{security_group_id}.
#[tokio::test]
async fn querying_a_security_group_v2_0_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v2.0/security-groups/example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_a_security_group()
        .security_group_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `querying_subnets` v2.0 response_200 example deserializes and serializes back.
#[test]
fn querying_subnets_v2_0_response_200() {
    round_trips::<
        otc_vpc::types::ListSubnetsResponse,
    >(
        "{\"subnets\":[{\"name\":\"subnet-test\",\"cidr\":\"172.16.236.0/24\",\"id\":\"011fc878-5521-4654-a1ad-f5b0b5820302\",\"enable_dhcp\":true,\"network_id\":\"48efad0c-079d-4cc8-ace0-dce35d584124\",\"tenant_id\":\"bbfe8c41dd034a07bebd592bf03b4b0c\",\"project_id\":\"bbfe8c41dd034a07bebd592bf03b4b0c\",\"dns_nameservers\":[],\"allocation_pools\":[{\"start\":\"172.16.236.2\",\"end\":\"172.16.236.251\"}],\"host_routes\":[],\"ip_version\":4,\"gateway_ip\":\"172.16.236.1\",\"created_at\":\"2018-03-26T08:23:43\",\"updated_at\":\"2018-03-26T08:23:44\"}],\"subnets_links\":[{\"rel\":\"next\",\"href\":\"https://{Endpoint}/v2.0/subnets?limit=1&marker=011fc878-5521-4654-a1ad-f5b0b5820302\"},{\"rel\":\"previous\",\"href\":\"https://{Endpoint}/v2.0/subnets?limit=1&marker=011fc878-5521-4654-a1ad-f5b0b5820302&page_reverse=True\"}]}",
    );
}
/// `querying_subnets` at API version v2.0 sends GET /v2.0/subnets.
#[tokio::test]
async fn querying_subnets_v2_0_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v2.0/subnets"))
        .and(query_param("id", "example"))
        .and(query_param("name", "example"))
        .and(query_param("enable_dhcp", "true"))
        .and(query_param("cidr", "example"))
        .and(query_param("network_id", "example"))
        .and(query_param("ip_version", "example"))
        .and(query_param("gateway_ip", "example"))
        .and(query_param("tenant_id", "example"))
        .and(query_param("marker", "example"))
        .and(query_param("limit", "2000"))
        .and(query_param("page_reverse", "example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_subnets()
        .id(v::<String>("\"example\""))
        .name(v::<String>("\"example\""))
        .enable_dhcp(v::<bool>("true"))
        .cidr(v::<String>("\"example\""))
        .network_id(v::<String>("\"example\""))
        .ip_version(v::<String>("\"example\""))
        .gateway_ip(v::<String>("\"example\""))
        .tenant_id(v::<String>("\"example\""))
        .marker(v::<String>("\"example\""))
        .limit(v::<i64>("2000"))
        .page_reverse(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `querying_subnets` v1 response_200 example deserializes and serializes back.
#[test]
fn querying_subnets_v1_response_200() {
    round_trips::<
        otc_vpc::v1::types::ListSubnetsResponse,
    >(
        "{\"subnets\":[{\"id\":\"4779ab1c-7c1a-44b1-a02e-93dfc361b32d\",\"name\":\"subnet\",\"description\":\"\",\"cidr\":\"192.168.20.0/24\",\"dnsList\":[\"114.xx.xx.114\",\"114.xx.xx.115\"],\"status\":\"ACTIVE\",\"vpc_id\":\"3ec3b33f-ac1c-4630-ad1c-7dba1ed79d85\",\"gateway_ip\":\"192.168.20.1\",\"ipv6_enable\":true,\"cidr_v6\":\"2001:db8:a583::/64\",\"gateway_ip_v6\":\"2001:db8:a583::1\",\"dhcp_enable\":true,\"primary_dns\":\"114.xx.xx.114\",\"secondary_dns\":\"114.xx.xx.115\",\"availability_zone\":\"aa-bb-cc\",\"neutron_network_id\":\"4779ab1c-7c1a-44b1-a02e-93dfc361b32d\",\"neutron_subnet_id\":\"213cb9d-3122-2ac1-1a29-91ffc1231a12\",\"neutron_subnet_id_v6\":\"e0fa7de1-a6e2-44c9-b052-b9d8cebe93c4\",\"extra_dhcp_opts\":[{\"opt_value\":\"10.100.0.33,10.100.0.34\",\"opt_name\":\"ntp\"}],\"tenant_id\":\"087679f0aa80d32a2f4ec0172f5e902b\",\"created_at\":\"2022-12-15T02:42:07\",\"updated_at\":\"2022-12-15T02:42:07\"},{\"id\":\"531dec0f-3116-411b-a21b-e612e42349fd\",\"name\":\"Subnet1\",\"description\":\"\",\"cidr\":\"192.168.1.0/24\",\"dnsList\":[\"114.xx.xx.114\",\"114.xx.xx.115\"],\"status\":\"ACTIVE\",\"vpc_id\":\"3ec3b33f-ac1c-4630-ad1c-7dba1ed79d85\",\"gateway_ip\":\"192.168.1.1\",\"ipv6_enable\":false,\"dhcp_enable\":true,\"primary_dns\":\"114.xx.xx.114\",\"secondary_dns\":\"114.xx.xx.115\",\"availability_zone\":\"aa-bb-cc\",\"neutron_network_id\":\"531dec0f-3116-411b-a21b-e612e42349fd\",\"neutron_subnet_id\":\"1aac193-a2ad-f153-d122-12d64c2c1d78\",\"extra_dhcp_opts\":[{\"opt_value\":\"10.100.0.33,10.100.0.34\",\"opt_name\":\"ntp\"}],\"tenant_id\":\"087679f0aa80d32a2f4ec0172f5e902b\",\"created_at\":\"2022-12-15T03:41:22\",\"updated_at\":\"2022-12-15T03:41:22\"}]}",
    );
}
/// `querying_subnets` at API version v1 sends GET /v1/{project_id}/subnets.
#[tokio::test]
async fn querying_subnets_v1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/example/subnets"))
        .and(query_param("marker", "example"))
        .and(query_param("limit", "2000"))
        .and(query_param("vpc_id", "example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .v1()
        .querying_subnets()
        .project_id(v::<String>("\"example\""))
        .marker(v::<String>("\"example\""))
        .limit(v::<i64>("2000"))
        .vpc_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `creating_a_subnet` v2.0 response_2xx example deserializes and serializes back.
#[test]
fn creating_a_subnet_v2_0_response_2xx() {
    round_trips::<
        otc_vpc::types::CreateSubnetResponse,
    >(
        "{\"subnet\":{\"name\":\"subnet-test\",\"cidr\":\"172.16.2.0/24\",\"id\":\"98bac90c-0ba7-4a63-8995-097da9bead1c\",\"enable_dhcp\":true,\"network_id\":\"0133cd73-34d4-4d4c-bf1f-e65b24603206\",\"tenant_id\":\"bbfe8c41dd034a07bebd592bf03b4b0c\",\"project_id\":\"bbfe8c41dd034a07bebd592bf03b4b0c\",\"dns_nameservers\":[],\"allocation_pools\":[{\"start\":\"172.16.2.2\",\"end\":\"172.16.2.251\"}],\"host_routes\":[],\"ip_version\":4,\"gateway_ip\":\"172.16.2.1\",\"created_at\":\"2018-09-20T02:02:16\",\"updated_at\":\"2018-09-20T02:02:16\"}}",
    );
}
/// The documented `creating_a_subnet` v2.0 request_body example deserializes and serializes back.
#[test]
fn creating_a_subnet_v2_0_request_body() {
    round_trips::<
        otc_vpc::types::CreateSubnetRequest,
    >(
        "{\"subnet\":{\"name\":\"subnet-test\",\"network_id\":\"0133cd73-34d4-4d4c-bf1f-e65b24603206\",\"cidr\":\"172.16.2.0/24\",\"enable_dhcp\":true}}",
    );
}
/// `creating_a_subnet` at API version v2.0 sends POST /v2.0/subnets.
#[tokio::test]
async fn creating_a_subnet_v2_0_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v2.0/subnets"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .creating_a_subnet()
        .subnet(
            v::<
                otc_vpc::types::SubnetObject,
            >(
                "{\"name\":\"subnet-test\",\"network_id\":\"0133cd73-34d4-4d4c-bf1f-e65b24603206\",\"cidr\":\"172.16.2.0/24\",\"enable_dhcp\":true}",
            ),
        )
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, &
        v("{\"subnet\":{\"name\":\"subnet-test\",\"network_id\":\"0133cd73-34d4-4d4c-bf1f-e65b24603206\",\"cidr\":\"172.16.2.0/24\",\"enable_dhcp\":true}}")),
        "sent body {sent}"
    );
}
/// The documented `creating_a_subnet` v1 response_2xx example deserializes and serializes back.
#[test]
fn creating_a_subnet_v1_response_2xx() {
    round_trips::<
        otc_vpc::v1::types::CreateSubnetResponse,
    >(
        "{\"subnet\":{\"id\":\"4779ab1c-7c1a-44b1-a02e-93dfc361b32d\",\"name\":\"subnet\",\"description\":\"\",\"cidr\":\"192.168.20.0/24\",\"dnsList\":[\"114.xx.xx.114\",\"114.xx.xx.115\"],\"status\":\"UNKNOWN\",\"vpc_id\":\"3ec3b33f-ac1c-4630-ad1c-7dba1ed79d85\",\"gateway_ip\":\"192.168.20.1\",\"ipv6_enable\":true,\"cidr_v6\":\"2001:db8:a583::/64\",\"gateway_ip_v6\":\"2001:db8:a583::1\",\"dhcp_enable\":true,\"primary_dns\":\"114.xx.xx.114\",\"secondary_dns\":\"114.xx.xx.115\",\"availability_zone\":\"aa-bb-cc\",\"neutron_network_id\":\"4779ab1c-7c1a-44b1-a02e-93dfc361b32d\",\"neutron_subnet_id\":\"213cb9d-3122-2ac1-1a29-91ffc1231a12\",\"neutron_subnet_id_v6\":\"e0fa7de1-a6e2-44c9-b052-b9d8cebe93c4\",\"extra_dhcp_opts\":[{\"opt_value\":\"10.100.0.33,10.100.0.34\",\"opt_name\":\"ntp\"}],\"tenant_id\":\"087679f0aa80d32a2f4ec0172f5e902b\",\"created_at\":\"2022-12-15T02:42:07\",\"updated_at\":\"2022-12-15T02:42:07\"}}",
    );
}
/// The documented `creating_a_subnet` v1 request_body example deserializes and serializes back.
#[test]
fn creating_a_subnet_v1_request_body() {
    round_trips::<
        otc_vpc::v1::types::CreateSubnetRequest,
    >(
        "{\"subnet\":{\"name\":\"subnet\",\"description\":\"\",\"cidr\":\"192.168.20.0/24\",\"gateway_ip\":\"192.168.20.1\",\"ipv6_enable\":true,\"dhcp_enable\":true,\"primary_dns\":\"114.xx.xx.114\",\"secondary_dns\":\"114.xx.xx.115\",\"dnsList\":[\"114.xx.xx.114\",\"114.xx.xx.115\"],\"availability_zone\":\"aa-bb-cc\",\"vpc_id\":\"3ec3b33f-ac1c-4630-ad1c-7dba1ed79d85\",\"extra_dhcp_opts\":[{\"opt_value\":\"10.100.0.33,10.100.0.34\",\"opt_name\":\"ntp\"}]}}",
    );
}
/// `creating_a_subnet` at API version v1 sends POST /v1/{project_id}/subnets.
#[tokio::test]
async fn creating_a_subnet_v1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v1/example/subnets"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .v1()
        .creating_a_subnet()
        .project_id(v::<String>("\"example\""))
        .subnet(
            v::<
                otc_vpc::v1::types::SubnetObject,
            >(
                "{\"name\":\"subnet\",\"description\":\"\",\"cidr\":\"192.168.20.0/24\",\"gateway_ip\":\"192.168.20.1\",\"ipv6_enable\":true,\"dhcp_enable\":true,\"primary_dns\":\"114.xx.xx.114\",\"secondary_dns\":\"114.xx.xx.115\",\"dnsList\":[\"114.xx.xx.114\",\"114.xx.xx.115\"],\"availability_zone\":\"aa-bb-cc\",\"vpc_id\":\"3ec3b33f-ac1c-4630-ad1c-7dba1ed79d85\",\"extra_dhcp_opts\":[{\"opt_value\":\"10.100.0.33,10.100.0.34\",\"opt_name\":\"ntp\"}]}",
            ),
        )
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, &
        v("{\"subnet\":{\"name\":\"subnet\",\"description\":\"\",\"cidr\":\"192.168.20.0/24\",\"gateway_ip\":\"192.168.20.1\",\"ipv6_enable\":true,\"dhcp_enable\":true,\"primary_dns\":\"114.xx.xx.114\",\"secondary_dns\":\"114.xx.xx.115\",\"dnsList\":[\"114.xx.xx.114\",\"114.xx.xx.115\"],\"availability_zone\":\"aa-bb-cc\",\"vpc_id\":\"3ec3b33f-ac1c-4630-ad1c-7dba1ed79d85\",\"extra_dhcp_opts\":[{\"opt_value\":\"10.100.0.33,10.100.0.34\",\"opt_name\":\"ntp\"}]}}")),
        "sent body {sent}"
    );
}
/// The documented `querying_a_subnet` v2.0 response_200 example deserializes and serializes back.
#[test]
fn querying_a_subnet_v2_0_response_200() {
    round_trips::<
        otc_vpc::types::ShowSubnetResponse,
    >(
        "{\"subnet\":{\"name\":\"subnet-test\",\"cidr\":\"172.16.236.0/24\",\"id\":\"011fc878-5521-4654-a1ad-f5b0b5820302\",\"enable_dhcp\":true,\"project_id\":\"bbfe8c41dd034a07bebd592bf03b4b0c\",\"dns_nameservers\":[],\"allocation_pools\":[{\"start\":\"172.16.236.2\",\"end\":\"172.16.236.251\"}],\"host_routes\":[],\"ip_version\":4,\"gateway_ip\":\"172.16.236.1\",\"created_at\":\"2018-03-26T08:23:43\",\"updated_at\":\"2018-03-26T08:23:44\"}}",
    );
}
/// `querying_a_subnet` at API version v2.0 sends GET /v2.0/subnets/{subnet_id}.
#[tokio::test]
async fn querying_a_subnet_v2_0_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v2.0/subnets/example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_a_subnet()
        .subnet_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `updating_a_subnet` v2.0 response_2xx example deserializes and serializes back.
#[test]
fn updating_a_subnet_v2_0_response_2xx() {
    round_trips::<
        otc_vpc::types::CreateSubnetResponse,
    >(
        "{\"subnet\":{\"name\":\"subnet-test\",\"cidr\":\"172.16.2.0/24\",\"id\":\"98bac90c-0ba7-4a63-8995-097da9bead1c\",\"enable_dhcp\":true,\"network_id\":\"0133cd73-34d4-4d4c-bf1f-e65b24603206\",\"tenant_id\":\"bbfe8c41dd034a07bebd592bf03b4b0c\",\"project_id\":\"bbfe8c41dd034a07bebd592bf03b4b0c\",\"dns_nameservers\":[],\"allocation_pools\":[{\"start\":\"172.16.2.2\",\"end\":\"172.16.2.251\"}],\"host_routes\":[],\"ip_version\":4,\"gateway_ip\":\"172.16.2.1\",\"created_at\":\"2018-09-20T02:02:16\",\"updated_at\":\"2018-09-20T02:03:03\"}}",
    );
}
/// The documented `updating_a_subnet` v2.0 request_body example deserializes and serializes back.
#[test]
fn updating_a_subnet_v2_0_request_body() {
    round_trips::<
        otc_vpc::types::UpdateSubnetRequest,
    >("{\"subnet\":{\"name\":\"subnet-test\"}}");
}
/// `updating_a_subnet` at API version v2.0 sends PUT /v2.0/subnets/{subnet_id}.
#[tokio::test]
async fn updating_a_subnet_v2_0_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("PUT"))
        .and(path("/v2.0/subnets/example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .updating_a_subnet()
        .subnet_id(v::<String>("\"example\""))
        .subnet(v::<otc_vpc::types::UpdateSubnetObject>("{\"name\":\"subnet-test\"}"))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, & v("{\"subnet\":{\"name\":\"subnet-test\"}}")), "sent body {sent}"
    );
}
/// `deleting_a_subnet` at API version v2.0 sends DELETE /v2.0/subnets/{subnet_id}.
#[tokio::test]
async fn deleting_a_subnet_v2_0_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("DELETE"))
        .and(path("/v2.0/subnets/example"))
        .respond_with(ResponseTemplate::new(200u16))
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .deleting_a_subnet()
        .subnet_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// `deleting_a_subnet` at API version v1 sends DELETE /v1/{project_id}/vpcs/{vpc_id}/subnets/{subnet_id}.
#[tokio::test]
async fn deleting_a_subnet_v1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("DELETE"))
        .and(path("/v1/example/vpcs/example/subnets/example"))
        .respond_with(ResponseTemplate::new(200u16))
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .v1()
        .deleting_a_subnet()
        .project_id(v::<String>("\"example\""))
        .vpc_id(v::<String>("\"example\""))
        .subnet_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// `querying_subnet_pools` at API version v2.0 sends GET /v2.0/subnetpools.
#[tokio::test]
async fn querying_subnet_pools_v2_0_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v2.0/subnetpools"))
        .and(query_param("fields", "example"))
        .and(query_param("limit", "example"))
        .and(query_param("marker", "example"))
        .and(query_param("page_reverse", "example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_subnet_pools()
        .fields(v::<String>("\"example\""))
        .limit(v::<String>("\"example\""))
        .marker(v::<String>("\"example\""))
        .page_reverse(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `creating_a_subnet_pool` v2.0 response_2xx example deserializes and serializes back.
#[test]
fn creating_a_subnet_pool_v2_0_response_2xx() {
    round_trips::<
        otc_vpc::types::CreateSubnetPoolResponse,
    >(
        "{\"subnetpool\":{\"address_scope_id\":null,\"default_prefixlen\":25,\"default_quota\":null,\"description\":\"\",\"id\":\"f49a1319-423a-4ee6-ba54-1d95a4f6cc68\",\"ip_version\":4,\"is_default\":false,\"max_prefixlen\":30,\"min_prefixlen\":24,\"name\":\"my-subnet-pool\",\"prefixes\":[\"10.10.0.0/21\",\"192.168.0.0/16\"],\"project_id\":\"9fadcee8aa7c40cdb2114fff7d569c08\",\"shared\":false,\"tenant_id\":\"9fadcee8aa7c40cdb2114fff7d569c08\",\"created_at\":\"2018-09-20T02:15:34\",\"updated_at\":\"2018-09-20T02:15:34\",\"tags\":[]}}",
    );
}
/// The documented `creating_a_subnet_pool` v2.0 request_body example deserializes ($.subnetpool.shared: field not in the schema).
#[test]
fn creating_a_subnet_pool_v2_0_request_body() {
    deserializes::<
        otc_vpc::types::CreateSubnetPoolRequest,
    >(
        "{\"subnetpool\":{\"name\":\"my-subnet-pool\",\"prefixes\":[\"192.168.0.0/16\",\"10.10.0.0/21\"],\"default_prefixlen\":25,\"min_prefixlen\":24,\"max_prefixlen\":30,\"shared\":false}}",
    );
}
/// `creating_a_subnet_pool` at API version v2.0 sends POST /v2.0/subnetpools.
#[tokio::test]
async fn creating_a_subnet_pool_v2_0_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v2.0/subnetpools"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .creating_a_subnet_pool()
        .subnetpool(
            v::<
                otc_vpc::types::SubnetPoolSubnetpoolObject,
            >("{\"name\":\"example\",\"prefixes\":[\"example\"]}"),
        )
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, &
        v("{\"subnetpool\":{\"name\":\"example\",\"prefixes\":[\"example\"]}}")),
        "sent body {sent}"
    );
}
/// `querying_a_subnet_pool` at API version v2.0 sends GET /v2.0/subnetpools/{subnetpool_id}.
#[tokio::test]
async fn querying_a_subnet_pool_v2_0_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v2.0/subnetpools/example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_a_subnet_pool()
        .subnetpool_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `updating_a_subnet_pool` v2.0 response_2xx example deserializes and serializes back.
#[test]
fn updating_a_subnet_pool_v2_0_response_2xx() {
    round_trips::<
        otc_vpc::types::CreateSubnetPoolResponse,
    >(
        "{\"subnetpool\":{\"name\":\"my-new-subnetpool-name\",\"default_quota\":null,\"is_default\":false,\"project_id\":\"9fadcee8aa7c40cdb2114fff7d569c08\",\"tenant_id\":\"9fadcee8aa7c40cdb2114fff7d569c08\",\"prefixes\":[\"2001:db8::/63\",\"2001:db8:0:2::/64\"],\"min_prefixlen\":64,\"address_scope_id\":null,\"ip_version\":6,\"shared\":false,\"default_prefixlen\":64,\"id\":\"03f761e6-eee0-43fc-a921-8acf64c14988\",\"max_prefixlen\":64,\"description\":\"\",\"created_at\":\"2018-09-20T02:15:34\",\"updated_at\":\"2018-09-20T02:15:34\",\"tags\":[]}}",
    );
}
/// The documented `updating_a_subnet_pool` v2.0 request_body example deserializes and serializes back.
#[test]
fn updating_a_subnet_pool_v2_0_request_body() {
    round_trips::<
        otc_vpc::types::UpdateSubnetPoolRequest,
    >(
        "{\"subnetpool\":{\"name\":\"my-new-subnetpool-name\",\"prefixes\":[\"2001:db8::/64\",\"2001:db8:0:1::/64\",\"2001:db8:0:2::/64\"],\"min_prefixlen\":64,\"default_prefixlen\":64,\"max_prefixlen\":64}}",
    );
}
/// `updating_a_subnet_pool` at API version v2.0 sends PUT /v2.0/subnetpools/{subnetpool_id}.
#[tokio::test]
async fn updating_a_subnet_pool_v2_0_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("PUT"))
        .and(path("/v2.0/subnetpools/example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .updating_a_subnet_pool()
        .subnetpool_id(v::<String>("\"example\""))
        .subnetpool(
            v::<
                otc_vpc::types::SubnetPoolSubnetpoolObjectResponse,
            >(
                "{\"name\":\"my-new-subnetpool-name\",\"prefixes\":[\"2001:db8::/64\",\"2001:db8:0:1::/64\",\"2001:db8:0:2::/64\"],\"min_prefixlen\":64,\"default_prefixlen\":64,\"max_prefixlen\":64}",
            ),
        )
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, &
        v("{\"subnetpool\":{\"name\":\"my-new-subnetpool-name\",\"prefixes\":[\"2001:db8::/64\",\"2001:db8:0:1::/64\",\"2001:db8:0:2::/64\"],\"min_prefixlen\":64,\"default_prefixlen\":64,\"max_prefixlen\":64}}")),
        "sent body {sent}"
    );
}
/// `deleting_a_subnet_pool` at API version v2.0 sends DELETE /v2.0/subnetpools/{subnetpool_id}.
#[tokio::test]
async fn deleting_a_subnet_pool_v2_0_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("DELETE"))
        .and(path("/v2.0/subnetpools/example"))
        .respond_with(ResponseTemplate::new(200u16))
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .deleting_a_subnet_pool()
        .subnetpool_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// `adding_an_eip_to_a_shared_bandwidth` at API version v2.0 sends POST /v2.0/{project_id}/bandwidths/{bandwidth_id}/insert.
#[tokio::test]
async fn adding_an_eip_to_a_shared_bandwidth_v2_0_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v2.0/example/bandwidths/example/insert"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .adding_an_eip_to_a_shared_bandwidth()
        .project_id(v::<String>("\"example\""))
        .bandwidth_id(v::<String>("\"example\""))
        .bandwidth(
            v::<
                otc_vpc::types::SharedBandwidthEipDescriptionOfTheBandwidthField,
            >("{\"publicip_info\":[{\"publicip_id\":\"example\"}]}"),
        )
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, &
        v("{\"bandwidth\":{\"publicip_info\":[{\"publicip_id\":\"example\"}]}}")),
        "sent body {sent}"
    );
}
/// `assigning_a_shared_bandwidth` at API version v2.0 sends POST /v2.0/{project_id}/bandwidths.
#[tokio::test]
async fn assigning_a_shared_bandwidth_v2_0_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v2.0/example/bandwidths"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .assigning_a_shared_bandwidth()
        .project_id(v::<String>("\"example\""))
        .bandwidth(
            v::<
                otc_vpc::types::SharedBandwidthDescriptionOfTheBandwidthField,
            >("{\"name\":\"example\",\"size\":1}"),
        )
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, & v("{\"bandwidth\":{\"name\":\"example\",\"size\":1}}")),
        "sent body {sent}"
    );
}
/// `deleting_a_shared_bandwidth` at API version v2.0 sends DELETE /v2.0/{project_id}/bandwidths/{bandwidth_id}.
#[tokio::test]
async fn deleting_a_shared_bandwidth_v2_0_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("DELETE"))
        .and(path("/v2.0/example/bandwidths/example"))
        .respond_with(ResponseTemplate::new(200u16))
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .deleting_a_shared_bandwidth()
        .project_id(v::<String>("\"example\""))
        .bandwidth_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// `removing_an_eip_from_a_shared_bandwidth` at API version v2.0 sends POST /v2.0/{project_id}/bandwidths/{bandwidth_id}/remove.
#[tokio::test]
async fn removing_an_eip_from_a_shared_bandwidth_v2_0_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v2.0/example/bandwidths/example/remove"))
        .respond_with(ResponseTemplate::new(200u16))
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .removing_an_eip_from_a_shared_bandwidth()
        .project_id(v::<String>("\"example\""))
        .bandwidth_id(v::<String>("\"example\""))
        .bandwidth(
            v::<
                otc_vpc::types::SharedBandwidthEipDescriptionOfTheBandwidthField2,
            >(
                "{\"publicip_info\":[{\"publicip_id\":\"example\"}],\"charge_mode\":\"bandwidth\",\"size\":1}",
            ),
        )
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, &
        v("{\"bandwidth\":{\"publicip_info\":[{\"publicip_id\":\"example\"}],\"charge_mode\":\"bandwidth\",\"size\":1}}")),
        "sent body {sent}"
    );
}
/// `querying_eip_tags` at API version v2.0 sends GET /v2.0/{project_id}/publicips/{publicip_id}/tags.
#[tokio::test]
async fn querying_eip_tags_v2_0_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v2.0/example/publicips/example/tags"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_eip_tags()
        .project_id(v::<String>("\"example\""))
        .publicip_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// `adding_a_tag_to_an_eip` at API version v2.0 sends POST /v2.0/{project_id}/publicips/{publicip_id}/tags.
#[tokio::test]
async fn adding_a_tag_to_an_eip_v2_0_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v2.0/example/publicips/example/tags"))
        .respond_with(ResponseTemplate::new(200u16))
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .adding_a_tag_to_an_eip()
        .project_id(v::<String>("\"example\""))
        .publicip_id(v::<String>("\"example\""))
        .tag(
            v::<
                otc_vpc::types::EipTagObject,
            >("{\"key\":\"example\",\"value\":\"example\"}"),
        )
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, & v("{\"tag\":{\"key\":\"example\",\"value\":\"example\"}}")),
        "sent body {sent}"
    );
}
/// `batch_adding_or_deleting_eip_tags` at API version v2.0 sends POST /v2.0/{project_id}/publicips/{publicip_id}/tags/action.
#[tokio::test]
async fn batch_adding_or_deleting_eip_tags_v2_0_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v2.0/example/publicips/example/tags/action"))
        .respond_with(ResponseTemplate::new(200u16))
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .batch_adding_or_deleting_eip_tags()
        .project_id(v::<String>("\"example\""))
        .publicip_id(v::<String>("\"example\""))
        .tags(
            v::<
                Vec<otc_vpc::types::EipTagObject>,
            >("[{\"key\":\"example\",\"value\":\"example\"}]"),
        )
        .action(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, &
        v("{\"tags\":[{\"key\":\"example\",\"value\":\"example\"}],\"action\":\"example\"}")),
        "sent body {sent}"
    );
}
/// `deleting_a_tag_from_an_eip` at API version v2.0 sends DELETE /v2.0/{project_id}/publicips/{publicip_id}/tags/{key}.
#[tokio::test]
async fn deleting_a_tag_from_an_eip_v2_0_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("DELETE"))
        .and(path("/v2.0/example/publicips/example/tags/example"))
        .respond_with(ResponseTemplate::new(200u16))
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .deleting_a_tag_from_an_eip()
        .project_id(v::<String>("\"example\""))
        .publicip_id(v::<String>("\"example\""))
        .key(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// `querying_eip_tags_in_a_specified_project` at API version v2.0 sends GET /v2.0/{project_id}/publicips/tags.
#[tokio::test]
async fn querying_eip_tags_in_a_specified_project_v2_0_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v2.0/example/publicips/tags"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_eip_tags_in_a_specified_project()
        .project_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// `querying_ei_ps_by_tag` at API version v2.0 sends POST /v2.0/{project_id}/publicips/resource_instances/action.
#[tokio::test]
async fn querying_ei_ps_by_tag_v2_0_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v2.0/example/publicips/resource_instances/action"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_ei_ps_by_tag()
        .project_id(v::<String>("\"example\""))
        .action(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(same(& sent, & v("{\"action\":\"example\"}")), "sent body {sent}");
}
/// `querying_floating_ip_addresses_2` at API version v2.0 sends GET /v2.0/eip/floatingips_v6.
#[tokio::test]
async fn querying_floating_ip_addresses_2_v2_0_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v2.0/eip/floatingips_v6"))
        .and(query_param("id", "example"))
        .and(query_param("floating_ip_address", "example"))
        .and(query_param("floating_network_id", "example"))
        .and(query_param("router_id", "example"))
        .and(query_param("port_id", "example"))
        .and(query_param("fixed_ip_address", "example"))
        .and(query_param("tenant_id", "example"))
        .and(query_param("project_id", "example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_floating_ip_addresses_2()
        .id(v::<String>("\"example\""))
        .floating_ip_address(v::<String>("\"example\""))
        .floating_network_id(v::<String>("\"example\""))
        .router_id(v::<String>("\"example\""))
        .port_id(v::<String>("\"example\""))
        .fixed_ip_address(v::<String>("\"example\""))
        .tenant_id(v::<String>("\"example\""))
        .project_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// `assigning_a_floating_ip_address_2` at API version v2.0 sends POST /v2.0/eip/floatingips_v6.
#[tokio::test]
async fn assigning_a_floating_ip_address_2_v2_0_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v2.0/eip/floatingips_v6"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .assigning_a_floating_ip_address_2()
        .floatingip(
            v::<
                otc_vpc::types::AssignFloatingIpAddressFloatingipObject,
            >("{\"id\":\"example\"}"),
        )
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, & v("{\"floatingip\":{\"id\":\"example\"}}")), "sent body {sent}"
    );
}
/// `querying_a_floating_ip_address_2` at API version v2.0 sends GET /v2.0/eip/floatingips_v6/{floatingip_id}.
#[tokio::test]
async fn querying_a_floating_ip_address_2_v2_0_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v2.0/eip/floatingips_v6/example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_a_floating_ip_address_2()
        .floatingip_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// `updating_a_floating_ip_address_2` at API version v2.0 sends PUT /v2.0/eip/floatingips_v6/{floatingip_id}.
#[tokio::test]
async fn updating_a_floating_ip_address_2_v2_0_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("PUT"))
        .and(path("/v2.0/eip/floatingips_v6/example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .updating_a_floating_ip_address_2()
        .floatingip_id(v::<String>("\"example\""))
        .floatingip(v::<otc_vpc::types::FloatingIpAddressFloatingipObject4>("{}"))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(same(& sent, & v("{\"floatingip\":{}}")), "sent body {sent}");
}
/// `deleting_a_floating_ip_address_2` at API version v2.0 sends DELETE /v2.0/eip/floatingips_v6/{floatingip_id}.
#[tokio::test]
async fn deleting_a_floating_ip_address_2_v2_0_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("DELETE"))
        .and(path("/v2.0/eip/floatingips_v6/example"))
        .respond_with(ResponseTemplate::new(200u16))
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .deleting_a_floating_ip_address_2()
        .floatingip_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `querying_ip_address_usage_on_a_specified_network` v2.0 response_200 example deserializes and serializes back.
#[test]
fn querying_ip_address_usage_on_a_specified_network_v2_0_response_200() {
    round_trips::<
        otc_vpc::types::ShowNetworkIpAddressUsageResponse,
    >(
        "{\"network_ip_availability\":{\"used_ips\":4,\"subnet_ip_availability\":[{\"used_ips\":4,\"subnet_id\":\"98e343d1-3cb8-4f69-9cd1-00569819480f\",\"subnet_name\":\"\",\"ip_version\":4,\"cidr\":\"10.0.0.0/8\",\"total_ips\":300}],\"network_id\":\"6b50d967-779c-40c9-a157-de1df3c17043\",\"tenant_id\":\"7c4b23cb125d481c95cbe4f91b2c11cd\",\"total_ips\":300,\"network_name\":\"pch_test_003\"}}",
    );
}
/// `querying_ip_address_usage_on_a_specified_network` at API version v2.0 sends GET /v2.0/network-ip-availabilities/{network_id}.
#[tokio::test]
async fn querying_ip_address_usage_on_a_specified_network_v2_0_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v2.0/network-ip-availabilities/example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_ip_address_usage_on_a_specified_network()
        .network_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// `associating_multiple_nic_ports_to_or_disassociating_them_from_a_security_group_at_a_time` at API version v2.0 sends POST /v2.0/{project_id}/security-groups/{security_group_id}/instance/action.
#[tokio::test]
async fn associating_multiple_nic_ports_to_or_disassociating_them_from_a_security_group_at_a_time_v2_0_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v2.0/example/security-groups/example/instance/action"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .associating_multiple_nic_ports_to_or_disassociating_them_from_a_security_group_at_a_time()
        .project_id(v::<String>("\"example\""))
        .security_group_id(v::<String>("\"example\""))
        .ports(
            v::<
                Vec<otc_vpc::types::TimeThemMultipleNicPortDescriptionOfFieldPort>,
            >("[{\"id\":\"example\"}]"),
        )
        .action(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, & v("{\"ports\":[{\"id\":\"example\"}],\"action\":\"example\"}")),
        "sent body {sent}"
    );
}
/// The documented `querying_subnet_tags` v2.0 response_200 example deserializes and serializes back.
#[test]
fn querying_subnet_tags_v2_0_response_200() {
    round_trips::<
        otc_vpc::types::ListSubnetTagsResponse,
    >(
        "{\"tags\":[{\"key\":\"key1\",\"value\":\"value1\"},{\"key\":\"key2\",\"value\":\"value3\"}]}",
    );
}
/// `querying_subnet_tags` at API version v2.0 sends GET /v2.0/{project_id}/subnets/{subnet_id}/tags.
#[tokio::test]
async fn querying_subnet_tags_v2_0_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v2.0/example/subnets/example/tags"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_subnet_tags()
        .project_id(v::<String>("\"example\""))
        .subnet_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `adding_a_tag_to_a_subnet` v2.0 request_body example deserializes and serializes back.
#[test]
fn adding_a_tag_to_a_subnet_v2_0_request_body() {
    round_trips::<
        otc_vpc::types::AddSubnetTagRequest,
    >("{\"tag\":{\"key\":\"key1\",\"value\":\"value1\"}}");
}
/// `adding_a_tag_to_a_subnet` at API version v2.0 sends POST /v2.0/{project_id}/subnets/{subnet_id}/tags.
#[tokio::test]
async fn adding_a_tag_to_a_subnet_v2_0_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v2.0/example/subnets/example/tags"))
        .respond_with(ResponseTemplate::new(200u16))
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .adding_a_tag_to_a_subnet()
        .project_id(v::<String>("\"example\""))
        .subnet_id(v::<String>("\"example\""))
        .tag(
            v::<
                otc_vpc::types::SubnetTagObject,
            >("{\"key\":\"key1\",\"value\":\"value1\"}"),
        )
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, & v("{\"tag\":{\"key\":\"key1\",\"value\":\"value1\"}}")),
        "sent body {sent}"
    );
}
/// The documented `batch_adding_or_deleting_subnet_tags` v2.0 request_body example deserializes and serializes back.
#[test]
fn batch_adding_or_deleting_subnet_tags_v2_0_request_body() {
    round_trips::<
        otc_vpc::types::BatchAddOrDeleteSubnetTagsRequest,
    >(
        "{\"action\":\"create\",\"tags\":[{\"key\":\"key1\",\"value\":\"value1\"},{\"key\":\"key2\",\"value\":\"value3\"}]}",
    );
}
/// `batch_adding_or_deleting_subnet_tags` at API version v2.0 sends POST /v2.0/{project_id}/subnets/{subnet_id}/tags/action.
#[tokio::test]
async fn batch_adding_or_deleting_subnet_tags_v2_0_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v2.0/example/subnets/example/tags/action"))
        .respond_with(ResponseTemplate::new(200u16))
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .batch_adding_or_deleting_subnet_tags()
        .project_id(v::<String>("\"example\""))
        .subnet_id(v::<String>("\"example\""))
        .tags(
            v::<
                Vec<otc_vpc::types::SubnetTagObject>,
            >(
                "[{\"key\":\"key1\",\"value\":\"value1\"},{\"key\":\"key2\",\"value\":\"value3\"}]",
            ),
        )
        .action(v::<String>("\"create\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, &
        v("{\"tags\":[{\"key\":\"key1\",\"value\":\"value1\"},{\"key\":\"key2\",\"value\":\"value3\"}],\"action\":\"create\"}")),
        "sent body {sent}"
    );
}
/// `deleting_a_tag_from_a_subnet` at API version v2.0 sends DELETE /v2.0/{project_id}/subnets/{subnet_id}/tags/{key}.
#[tokio::test]
async fn deleting_a_tag_from_a_subnet_v2_0_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("DELETE"))
        .and(path("/v2.0/example/subnets/example/tags/example"))
        .respond_with(ResponseTemplate::new(200u16))
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .deleting_a_tag_from_a_subnet()
        .project_id(v::<String>("\"example\""))
        .subnet_id(v::<String>("\"example\""))
        .key(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `querying_subnet_tags_in_a_specified_project` v2.0 response_200 example deserializes and serializes back.
#[test]
fn querying_subnet_tags_in_a_specified_project_v2_0_response_200() {
    round_trips::<
        otc_vpc::types::ListProjectEipTagsResponse,
    >(
        "{\"tags\":[{\"key\":\"key1\",\"values\":[\"value1\",\"value2\"]},{\"key\":\"key2\",\"values\":[\"value1\",\"value2\"]}]}",
    );
}
/// `querying_subnet_tags_in_a_specified_project` at API version v2.0 sends GET /v2.0/{project_id}/subnets/tags.
#[tokio::test]
async fn querying_subnet_tags_in_a_specified_project_v2_0_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v2.0/example/subnets/tags"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_subnet_tags_in_a_specified_project()
        .project_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `querying_subnets_by_tag` v2.0 response_2xx example deserializes and serializes back.
#[test]
fn querying_subnets_by_tag_v2_0_response_2xx() {
    round_trips::<
        otc_vpc::types::ListSubnetsByTagResponse,
    >(
        "{\"resources\":[{\"resource_detail\":null,\"resource_id\":\"cdfs_cefs_wesas_12_dsad\",\"resource_name\":\"resouece1\",\"tags\":[{\"key\":\"key1\",\"value\":\"value1\"},{\"key\":\"key2\",\"value\":\"value1\"}]}],\"total_count\":1000}",
    );
}
/// The documented `querying_subnets_by_tag` v2.0 request_body example contradicts the schema ($.limit: expected an integer, found "100"), so the strict type rejects it.
#[test]
fn querying_subnets_by_tag_v2_0_request_body() {
    rejects::<
        otc_vpc::types::ListSubnetsByTagRequest,
    >(
        "{\"offset\":\"0\",\"limit\":\"100\",\"action\":\"filter\",\"matches\":[{\"key\":\"resource_name\",\"value\":\"resource1\"}],\"tags\":[{\"key\":\"key1\",\"values\":[\"value1\",\"value2\"]}]}",
    );
}
/// `querying_subnets_by_tag` at API version v2.0 sends POST /v2.0/{project_id}/subnets/resource_instances/action.
#[tokio::test]
async fn querying_subnets_by_tag_v2_0_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v2.0/example/subnets/resource_instances/action"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_subnets_by_tag()
        .project_id(v::<String>("\"example\""))
        .action(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(same(& sent, & v("{\"action\":\"example\"}")), "sent body {sent}");
}
/// The documented `accepting_a_vpc_peering_connection` v2.0 response_2xx example deserializes and serializes back.
#[test]
fn accepting_a_vpc_peering_connection_v2_0_response_2xx() {
    round_trips::<
        otc_vpc::types::AcceptVpcPeeringConnectionResponse,
    >(
        "{\"name\":\"test\",\"id\":\"22b76469-08e3-4937-8c1d-7aad34892be1\",\"request_vpc_info\":{\"vpc_id\":\"9daeac7c-a98f-430f-8e38-67f9c044e299\",\"tenant_id\":\"f65e9ebc-ed5d-418b-a931-9a723718ba4e\"},\"accept_vpc_info\":{\"vpc_id\":\"f583c072-0bb8-4e19-afb2-afb7c1693be5\",\"tenant_id\":\"059a737356594b41b447b557bf0aae56\"},\"status\":\"ACTIVE\"}",
    );
}
/// `accepting_a_vpc_peering_connection` at API version v2.0 sends PUT /v2.0/vpc/peerings/{peering_id}/accept.
#[tokio::test]
async fn accepting_a_vpc_peering_connection_v2_0_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("PUT"))
        .and(path("/v2.0/vpc/peerings/example/accept"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .accepting_a_vpc_peering_connection()
        .peering_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `querying_vpc_peering_connections` v2.0 response_200 example deserializes and serializes back.
#[test]
fn querying_vpc_peering_connections_v2_0_response_200() {
    round_trips::<
        otc_vpc::types::ListVpcPeeringConnectionsResponse,
    >(
        "{\"peerings\":[{\"request_vpc_info\":{\"vpc_id\":\"9daeac7c-a98f-430f-8e38-67f9c044e299\",\"tenant_id\":\"f65e9ebc-ed5d-418b-a931-9a723718ba4e\"},\"accept_vpc_info\":{\"vpc_id\":\"f583c072-0bb8-4e19-afb2-afb7c1693be5\",\"tenant_id\":\"f65e9ebc-ed5d-418b-a931-9a723718ba4e\"},\"name\":\"test\",\"id\":\"b147a74b-39bb-4c7a-aed5-19cac4c2df13\",\"status\":\"ACTIVE\"}]}",
    );
}
/// `querying_vpc_peering_connections` at API version v2.0 sends GET /v2.0/vpc/peerings.
#[tokio::test]
async fn querying_vpc_peering_connections_v2_0_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v2.0/vpc/peerings"))
        .and(query_param("id", "example"))
        .and(query_param("name", "example"))
        .and(query_param("status", "example"))
        .and(query_param("tenant_id", "example"))
        .and(query_param("vpc_id", "example"))
        .and(query_param("marker", "example"))
        .and(query_param("limit", "2000"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_vpc_peering_connections()
        .id(v::<String>("\"example\""))
        .name(v::<String>("\"example\""))
        .status(v::<String>("\"example\""))
        .tenant_id(v::<String>("\"example\""))
        .vpc_id(v::<String>("\"example\""))
        .marker(v::<String>("\"example\""))
        .limit(v::<i64>("2000"))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `creating_a_vpc_peering_connection` v2.0 response_2xx example deserializes and serializes back.
#[test]
fn creating_a_vpc_peering_connection_v2_0_response_2xx() {
    round_trips::<
        otc_vpc::types::CreateVpcPeeringConnectionResponse,
    >(
        "{\"peering\":{\"name\":\"test\",\"id\":\"22b76469-08e3-4937-8c1d-7aad34892be1\",\"request_vpc_info\":{\"vpc_id\":\"9daeac7c-a98f-430f-8e38-67f9c044e299\",\"tenant_id\":\"f65e9ebc-ed5d-418b-a931-9a723718ba4e\"},\"accept_vpc_info\":{\"vpc_id\":\"f583c072-0bb8-4e19-afb2-afb7c1693be5\",\"tenant_id\":\"f65e9ebc-ed5d-418b-a931-9a723718ba4e\"},\"status\":\"ACTIVE\"}}",
    );
}
/// The documented `creating_a_vpc_peering_connection` v2.0 request_body example deserializes and serializes back.
#[test]
fn creating_a_vpc_peering_connection_v2_0_request_body() {
    round_trips::<
        otc_vpc::types::CreateVpcPeeringConnectionRequest,
    >(
        "{\"peering\":{\"name\":\"test\",\"request_vpc_info\":{\"vpc_id\":\"9daeac7c-a98f-430f-8e38-67f9c044e299\"},\"accept_vpc_info\":{\"vpc_id\":\"f583c072-0bb8-4e19-afb2-afb7c1693be5\"}}}",
    );
}
/// `creating_a_vpc_peering_connection` at API version v2.0 sends POST /v2.0/vpc/peerings.
#[tokio::test]
async fn creating_a_vpc_peering_connection_v2_0_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v2.0/vpc/peerings"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .creating_a_vpc_peering_connection()
        .peering(
            v::<
                otc_vpc::types::VpcPeeringConnectionDescriptionOfThePeeringField,
            >(
                "{\"name\":\"test\",\"request_vpc_info\":{\"vpc_id\":\"9daeac7c-a98f-430f-8e38-67f9c044e299\"},\"accept_vpc_info\":{\"vpc_id\":\"f583c072-0bb8-4e19-afb2-afb7c1693be5\"}}",
            ),
        )
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, &
        v("{\"peering\":{\"name\":\"test\",\"request_vpc_info\":{\"vpc_id\":\"9daeac7c-a98f-430f-8e38-67f9c044e299\"},\"accept_vpc_info\":{\"vpc_id\":\"f583c072-0bb8-4e19-afb2-afb7c1693be5\"}}}")),
        "sent body {sent}"
    );
}
/// The documented `querying_a_vpc_peering_connection` v2.0 response_200 example deserializes and serializes back.
#[test]
fn querying_a_vpc_peering_connection_v2_0_response_200() {
    round_trips::<
        otc_vpc::types::ShowVpcPeeringConnectionResponse,
    >(
        "{\"peering\":{\"name\":\"test\",\"id\":\"22b76469-08e3-4937-8c1d-7aad34892be1\",\"request_vpc_info\":{\"vpc_id\":\"9daeac7c-a98f-430f-8e38-67f9c044e299\",\"tenant_id\":\"f65e9ebc-ed5d-418b-a931-9a723718ba4e\"},\"accept_vpc_info\":{\"vpc_id\":\"f583c072-0bb8-4e19-afb2-afb7c1693be5\",\"tenant_id\":\"f65e9ebc-ed5d-418b-a931-9a723718ba4e\"},\"status\":\"ACTIVE\"}}",
    );
}
/// `querying_a_vpc_peering_connection` at API version v2.0 sends GET /v2.0/vpc/peerings/{peering_id}.
#[tokio::test]
async fn querying_a_vpc_peering_connection_v2_0_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v2.0/vpc/peerings/example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_a_vpc_peering_connection()
        .peering_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `updating_a_vpc_peering_connection` v2.0 response_2xx example deserializes and serializes back.
#[test]
fn updating_a_vpc_peering_connection_v2_0_response_2xx() {
    round_trips::<
        otc_vpc::types::CreateVpcPeeringConnectionResponse,
    >(
        "{\"peering\":{\"name\":\"test2\",\"id\":\"22b76469-08e3-4937-8c1d-7aad34892be1\",\"request_vpc_info\":{\"vpc_id\":\"9daeac7c-a98f-430f-8e38-67f9c044e299\",\"tenant_id\":\"f65e9ebc-ed5d-418b-a931-9a723718ba4e\"},\"accept_vpc_info\":{\"vpc_id\":\"f583c072-0bb8-4e19-afb2-afb7c1693be5\",\"tenant_id\":\"059a737356594b41b447b557bf0aae56\"},\"status\":\"ACTIVE\"}}",
    );
}
/// The documented `updating_a_vpc_peering_connection` v2.0 request_body example deserializes and serializes back.
#[test]
fn updating_a_vpc_peering_connection_v2_0_request_body() {
    round_trips::<
        otc_vpc::types::UpdateVpcPeeringConnectionRequest,
    >("{\"peering\":{\"name\":\"test2\"}}");
}
/// `updating_a_vpc_peering_connection` at API version v2.0 sends PUT /v2.0/vpc/peerings/{peering_id}.
#[tokio::test]
async fn updating_a_vpc_peering_connection_v2_0_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("PUT"))
        .and(path("/v2.0/vpc/peerings/example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .updating_a_vpc_peering_connection()
        .peering_id(v::<String>("\"example\""))
        .peering(
            v::<
                otc_vpc::types::VpcPeeringConnectionDescriptionOfThePeeringField2,
            >("{\"name\":\"test2\"}"),
        )
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(same(& sent, & v("{\"peering\":{\"name\":\"test2\"}}")), "sent body {sent}");
}
/// `deleting_a_vpc_peering_connection` at API version v2.0 sends DELETE /v2.0/vpc/peerings/{peering_id}.
#[tokio::test]
async fn deleting_a_vpc_peering_connection_v2_0_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("DELETE"))
        .and(path("/v2.0/vpc/peerings/example"))
        .respond_with(ResponseTemplate::new(200u16))
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .deleting_a_vpc_peering_connection()
        .peering_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `refusing_a_vpc_peering_connection` v2.0 response_2xx example deserializes and serializes back.
#[test]
fn refusing_a_vpc_peering_connection_v2_0_response_2xx() {
    round_trips::<
        otc_vpc::types::AcceptVpcPeeringConnectionResponse,
    >(
        "{\"name\":\"test\",\"id\":\"22b76469-08e3-4937-8c1d-7aad34892be1\",\"request_vpc_info\":{\"vpc_id\":\"9daeac7c-a98f-430f-8e38-67f9c044e299\",\"tenant_id\":\"f65e9ebc-ed5d-418b-a931-9a723718ba4e\"},\"accept_vpc_info\":{\"vpc_id\":\"f583c072-0bb8-4e19-afb2-afb7c1693be5\",\"tenant_id\":\"f65e9ebc-ed5d-418b-a931-9a723718ba4e\"},\"status\":\"REJECTED\"}",
    );
}
/// `refusing_a_vpc_peering_connection` at API version v2.0 sends PUT /v2.0/vpc/peerings/{peering_id}/reject.
#[tokio::test]
async fn refusing_a_vpc_peering_connection_v2_0_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("PUT"))
        .and(path("/v2.0/vpc/peerings/example/reject"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .refusing_a_vpc_peering_connection()
        .peering_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `querying_vpc_routes` v2.0 response_200 example deserializes and serializes back.
#[test]
fn querying_vpc_routes_v2_0_response_200() {
    round_trips::<
        otc_vpc::types::ListVpcRoutesResponse,
    >(
        "{\"routes\":[{\"type\":\"peering\",\"nexthop\":\"60c809cb-6731-45d0-ace8-3bf5626421a9\",\"destination\":\"192.168.200.0/24\",\"vpc_id\":\"ab78be2d-782f-42a5-aa72-35879f6890ff\",\"tenant_id\":\"6fbe9263116a4b68818cf1edce16bc4f\",\"id\":\"3d42a0d4-a980-4613-ae76-a2cddecff054\"}]}",
    );
}
/// `querying_vpc_routes` at API version v2.0 sends GET /v2.0/vpc/routes.
#[tokio::test]
async fn querying_vpc_routes_v2_0_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v2.0/vpc/routes"))
        .and(query_param("id", "example"))
        .and(query_param("tenant_id", "example"))
        .and(query_param("vpc_id", "example"))
        .and(query_param("destination", "example"))
        .and(query_param("type", "example"))
        .and(query_param("marker", "example"))
        .and(query_param("limit", "2000"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_vpc_routes()
        .id(v::<String>("\"example\""))
        .tenant_id(v::<String>("\"example\""))
        .vpc_id(v::<String>("\"example\""))
        .destination(v::<String>("\"example\""))
        .type_(v::<String>("\"example\""))
        .marker(v::<String>("\"example\""))
        .limit(v::<i64>("2000"))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `creating_a_vpc_route` v2.0 response_2xx example deserializes and serializes back.
#[test]
fn creating_a_vpc_route_v2_0_response_2xx() {
    round_trips::<
        otc_vpc::types::CreateVpcRouteResponse,
    >(
        "{\"route\":{\"type\":\"peering\",\"nexthop\":\"60c809cb-6731-45d0-ace8-3bf5626421a9\",\"destination\":\"192.168.200.0/24\",\"vpc_id\":\"ab78be2d-782f-42a5-aa72-35879f6890ff\",\"tenant_id\":\"6fbe9263116a4b68818cf1edce16bc4f\",\"id\":\"3d42a0d4-a980-4613-ae76-a2cddecff054\"}}",
    );
}
/// The documented `creating_a_vpc_route` v2.0 request_body example deserializes and serializes back.
#[test]
fn creating_a_vpc_route_v2_0_request_body() {
    round_trips::<
        otc_vpc::types::CreateVpcRouteRequest,
    >(
        "{\"route\":{\"type\":\"peering\",\"nexthop\":\"60c809cb-6731-45d0-ace8-3bf5626421a9\",\"destination\":\"192.168.200.0/24\",\"vpc_id\":\"ab78be2d-782f-42a5-aa72-35879f6890ff\"}}",
    );
}
/// `creating_a_vpc_route` at API version v2.0 sends POST /v2.0/vpc/routes.
#[tokio::test]
async fn creating_a_vpc_route_v2_0_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v2.0/vpc/routes"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .creating_a_vpc_route()
        .route(
            v::<
                otc_vpc::types::VpcRouteObject,
            >(
                "{\"type\":\"peering\",\"nexthop\":\"60c809cb-6731-45d0-ace8-3bf5626421a9\",\"destination\":\"192.168.200.0/24\",\"vpc_id\":\"ab78be2d-782f-42a5-aa72-35879f6890ff\"}",
            ),
        )
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, &
        v("{\"route\":{\"type\":\"peering\",\"nexthop\":\"60c809cb-6731-45d0-ace8-3bf5626421a9\",\"destination\":\"192.168.200.0/24\",\"vpc_id\":\"ab78be2d-782f-42a5-aa72-35879f6890ff\"}}")),
        "sent body {sent}"
    );
}
/// The documented `querying_a_vpc_route` v2.0 response_200 example deserializes and serializes back.
#[test]
fn querying_a_vpc_route_v2_0_response_200() {
    round_trips::<
        otc_vpc::types::ShowVpcRouteResponse,
    >(
        "{\"route\":{\"type\":\"peering\",\"nexthop\":\"60c809cb-6731-45d0-ace8-3bf5626421a9\",\"destination\":\"192.168.200.0/24\",\"vpc_id\":\"ab78be2d-782f-42a5-aa72-35879f6890ff\",\"tenant_id\":\"6fbe9263116a4b68818cf1edce16bc4f\",\"id\":\"3d42a0d4-a980-4613-ae76-a2cddecff054\"}}",
    );
}
/// `querying_a_vpc_route` at API version v2.0 sends GET /v2.0/vpc/routes/{route_id}.
#[tokio::test]
async fn querying_a_vpc_route_v2_0_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v2.0/vpc/routes/example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_a_vpc_route()
        .route_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// `deleting_a_vpc_route` at API version v2.0 sends DELETE /v2.0/vpc/routes/{route_id}.
#[tokio::test]
async fn deleting_a_vpc_route_v2_0_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("DELETE"))
        .and(path("/v2.0/vpc/routes/example"))
        .respond_with(ResponseTemplate::new(200u16))
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .deleting_a_vpc_route()
        .route_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// `querying_vpc_tags` at API version v2.0 sends GET /v2.0/{project_id}/vpcs/{vpc_id}/tags.
#[tokio::test]
async fn querying_vpc_tags_v2_0_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v2.0/example/vpcs/example/tags"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_vpc_tags()
        .project_id(v::<String>("\"example\""))
        .vpc_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// `adding_a_tag_to_a_vpc` at API version v2.0 sends POST /v2.0/{project_id}/vpcs/{vpc_id}/tags.
#[tokio::test]
async fn adding_a_tag_to_a_vpc_v2_0_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v2.0/example/vpcs/example/tags"))
        .respond_with(ResponseTemplate::new(200u16))
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .adding_a_tag_to_a_vpc()
        .project_id(v::<String>("\"example\""))
        .vpc_id(v::<String>("\"example\""))
        .tag(
            v::<
                otc_vpc::types::SubnetTagObject,
            >("{\"key\":\"key1\",\"value\":\"value1\"}"),
        )
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, & v("{\"tag\":{\"key\":\"key1\",\"value\":\"value1\"}}")),
        "sent body {sent}"
    );
}
/// The documented `batch_adding_or_deleting_vpc_tags` v2.0 request_body example deserializes and serializes back.
#[test]
fn batch_adding_or_deleting_vpc_tags_v2_0_request_body() {
    round_trips::<
        otc_vpc::types::BatchAddOrDeleteVpcTagsRequest,
    >(
        "{\"action\":\"create\",\"tags\":[{\"key\":\"key1\",\"value\":\"value1\"},{\"key\":\"key2\",\"value\":\"value3\"}]}",
    );
}
/// `batch_adding_or_deleting_vpc_tags` at API version v2.0 sends POST /v2.0/{project_id}/vpcs/{vpc_id}/tags/action.
#[tokio::test]
async fn batch_adding_or_deleting_vpc_tags_v2_0_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v2.0/example/vpcs/example/tags/action"))
        .respond_with(ResponseTemplate::new(200u16))
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .batch_adding_or_deleting_vpc_tags()
        .project_id(v::<String>("\"example\""))
        .vpc_id(v::<String>("\"example\""))
        .tags(
            v::<
                Vec<otc_vpc::types::SubnetTagObject>,
            >(
                "[{\"key\":\"key1\",\"value\":\"value1\"},{\"key\":\"key2\",\"value\":\"value3\"}]",
            ),
        )
        .action(v::<String>("\"create\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, &
        v("{\"tags\":[{\"key\":\"key1\",\"value\":\"value1\"},{\"key\":\"key2\",\"value\":\"value3\"}],\"action\":\"create\"}")),
        "sent body {sent}"
    );
}
/// `deleting_a_tag_from_a_vpc` at API version v2.0 sends DELETE /v2.0/{project_id}/vpcs/{vpc_id}/tags/{key}.
#[tokio::test]
async fn deleting_a_tag_from_a_vpc_v2_0_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("DELETE"))
        .and(path("/v2.0/example/vpcs/example/tags/example"))
        .respond_with(ResponseTemplate::new(200u16))
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .deleting_a_tag_from_a_vpc()
        .project_id(v::<String>("\"example\""))
        .vpc_id(v::<String>("\"example\""))
        .key(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `querying_vpc_tags_in_a_specified_project` v2.0 response_200 example deserializes and serializes back.
#[test]
fn querying_vpc_tags_in_a_specified_project_v2_0_response_200() {
    round_trips::<
        otc_vpc::types::ListProjectVpcTagsResponse,
    >(
        "{\"tags\":[{\"key\":\"key1\",\"values\":[\"value1\",\"value2\"]},{\"key\":\"key2\",\"values\":[\"value1\",\"value2\"]}]}",
    );
}
/// `querying_vpc_tags_in_a_specified_project` at API version v2.0 sends GET /v2.0/{project_id}/vpcs/tags.
#[tokio::test]
async fn querying_vpc_tags_in_a_specified_project_v2_0_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v2.0/example/vpcs/tags"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_vpc_tags_in_a_specified_project()
        .project_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `querying_vp_cs_by_tag` v2.0 response_2xx example deserializes and serializes back.
#[test]
fn querying_vp_cs_by_tag_v2_0_response_2xx() {
    round_trips::<
        otc_vpc::types::ShowVpCsByTagResponse,
    >(
        "{\"resources\":[{\"resource_detail\":null,\"resource_id\":\"cdfs_cefs_wesas_12_dsad\",\"resource_name\":\"resouece1\",\"tags\":[{\"key\":\"key1\",\"value\":\"value1\"},{\"key\":\"key2\",\"value\":\"value1\"}]}],\"total_count\":1000}",
    );
}
/// The documented `querying_vp_cs_by_tag` v2.0 request_body example contradicts the schema ($.limit: expected an integer, found "100"), so the strict type rejects it.
#[test]
fn querying_vp_cs_by_tag_v2_0_request_body() {
    rejects::<
        otc_vpc::types::ShowVpCsByTagRequest,
    >(
        "{\"offset\":\"0\",\"limit\":\"100\",\"action\":\"filter\",\"matches\":[{\"key\":\"resource_name\",\"value\":\"resource1\"}],\"tags\":[{\"key\":\"key1\",\"values\":[\"value1\",\"value2\"]}]}",
    );
}
/// `querying_vp_cs_by_tag` at API version v2.0 sends POST /v2.0/{project_id}/vpcs/resource_instances/action.
#[tokio::test]
async fn querying_vp_cs_by_tag_v2_0_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v2.0/example/vpcs/resource_instances/action"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_vp_cs_by_tag()
        .project_id(v::<String>("\"example\""))
        .action(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(same(& sent, & v("{\"action\":\"example\"}")), "sent body {sent}");
}
/// `querying_a_bandwidth` at API version v1 sends GET /v1/{project_id}/bandwidths/{bandwidth_id}.
#[tokio::test]
async fn querying_a_bandwidth_v1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/example/bandwidths/example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_a_bandwidth()
        .project_id(v::<String>("\"example\""))
        .bandwidth_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// `updating_a_bandwidth` at API version v1 sends PUT /v1/{project_id}/bandwidths/{bandwidth_id}.
#[tokio::test]
async fn updating_a_bandwidth_v1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("PUT"))
        .and(path("/v1/example/bandwidths/example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .updating_a_bandwidth()
        .project_id(v::<String>("\"example\""))
        .bandwidth_id(v::<String>("\"example\""))
        .bandwidth(
            v::<otc_vpc::types::UpdateBandwidthDescriptionOfTheBandwidthField>("{}"),
        )
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(same(& sent, & v("{\"bandwidth\":{}}")), "sent body {sent}");
}
/// `querying_bandwidths` at API version v1 sends GET /v1/{project_id}/bandwidths.
#[tokio::test]
async fn querying_bandwidths_v1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/example/bandwidths"))
        .and(query_param("marker", "example"))
        .and(query_param("limit", "2000"))
        .and(query_param("enterprise_project_id", "example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_bandwidths()
        .project_id(v::<String>("\"example\""))
        .marker(v::<String>("\"example\""))
        .limit(v::<i64>("2000"))
        .enterprise_project_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// `querying_ei_ps` at API version v1 sends GET /v1/{project_id}/publicips.
#[tokio::test]
async fn querying_ei_ps_v1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/example/publicips"))
        .and(query_param("marker", "example"))
        .and(query_param("limit", "2000"))
        .and(query_param("enterprise_project_id", "example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_ei_ps()
        .project_id(v::<String>("\"example\""))
        .marker(v::<String>("\"example\""))
        .limit(v::<i64>("2000"))
        .enterprise_project_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `assigning_an_eip` v1 response_2xx example deserializes and serializes back.
#[test]
fn assigning_an_eip_v1_response_2xx() {
    round_trips::<
        otc_vpc::types::AssignEipResponse,
    >(
        "{\"publicip\":{\"id\":\"f588ccfa-8750-4d7c-bf5d-2ede24414706\",\"alias\":\"tom\",\"public_border_group\":\"center\",\"status\":\"PENDING_CREATE\",\"type\":\"5_bgp\",\"public_ip_address\":\"161.xx.xx.7\",\"tenant_id\":\"8b7e35ad379141fc9df3e178bd64f55c\",\"ip_version\":4,\"create_time\":\"2015-07-16 04:10:52\",\"bandwidth_size\":0,\"enterprise_project_id\":\"b261ac1f-2489-4bc7-b31b-c33c3346a439\"}}",
    );
}
/// The documented `assigning_an_eip` v1 request_body example deserializes and serializes back.
#[test]
fn assigning_an_eip_v1_request_body() {
    round_trips::<
        otc_vpc::types::AssignEipRequest,
    >(
        "{\"publicip\":{\"type\":\"5_bgp\",\"ip_version\":4},\"bandwidth\":{\"name\":\"bandwidth123\",\"size\":10,\"share_type\":\"PER\"}}",
    );
}
/// `assigning_an_eip` at API version v1 sends POST /v1/{project_id}/publicips.
#[tokio::test]
async fn assigning_an_eip_v1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v1/example/publicips"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .assigning_an_eip()
        .project_id(v::<String>("\"example\""))
        .publicip(
            v::<
                otc_vpc::types::EipDescriptionOfThePublicipField,
            >("{\"type\":\"5_bgp\",\"ip_version\":4}"),
        )
        .bandwidth(
            v::<
                otc_vpc::types::EipDescriptionOfTheBandwidthField,
            >("{\"name\":\"bandwidth123\",\"size\":10,\"share_type\":\"PER\"}"),
        )
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, &
        v("{\"publicip\":{\"type\":\"5_bgp\",\"ip_version\":4},\"bandwidth\":{\"name\":\"bandwidth123\",\"size\":10,\"share_type\":\"PER\"}}")),
        "sent body {sent}"
    );
}
/// `querying_an_eip` at API version v1 sends GET /v1/{project_id}/publicips/{publicip_id}.
#[tokio::test]
async fn querying_an_eip_v1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/example/publicips/example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_an_eip()
        .project_id(v::<String>("\"example\""))
        .publicip_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// `releasing_an_eip` at API version v1 sends DELETE /v1/{project_id}/publicips/{publicip_id}.
#[tokio::test]
async fn releasing_an_eip_v1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("DELETE"))
        .and(path("/v1/example/publicips/example"))
        .respond_with(ResponseTemplate::new(200u16))
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .releasing_an_eip()
        .project_id(v::<String>("\"example\""))
        .publicip_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `assigning_a_private_ip_address` v1 response_2xx example deserializes and serializes back.
#[test]
fn assigning_a_private_ip_address_v1_response_2xx() {
    round_trips::<
        otc_vpc::types::AssignPrivateIpAddressResponse,
    >(
        "{\"privateips\":[{\"status\":\"DOWN\",\"id\":\"c60c2ce1-1e73-44bd-bf48-fd688448ff7b\",\"subnet_id\":\"531dec0f-3116-411b-a21b-e612e42349fd\",\"tenant_id\":\"8b7e35ad379141fc9df3e178bd64f55c\",\"device_owner\":\"\",\"ip_address\":\"192.168.1.10\"},{\"status\":\"DOWN\",\"id\":\"4b123c18-ae92-4dfa-92cd-d44002359aa1\",\"subnet_id\":\"531dec0f-3116-411b-a21b-e612e42349fd\",\"tenant_id\":\"8b7e35ad379141fc9df3e178bd64f55c\",\"device_owner\":\"\",\"ip_address\":\"192.168.1.17\"}]}",
    );
}
/// The documented `assigning_a_private_ip_address` v1 request_body example deserializes and serializes back.
#[test]
fn assigning_a_private_ip_address_v1_request_body() {
    round_trips::<
        otc_vpc::types::AssignPrivateIpAddressRequest,
    >(
        "{\"privateips\":[{\"subnet_id\":\"531dec0f-3116-411b-a21b-e612e42349fd\"},{\"subnet_id\":\"531dec0f-3116-411b-a21b-e612e42349fd\",\"ip_address\":\"192.168.1.17\"}]}",
    );
}
/// `assigning_a_private_ip_address` at API version v1 sends POST /v1/{project_id}/privateips.
#[tokio::test]
async fn assigning_a_private_ip_address_v1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v1/example/privateips"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .assigning_a_private_ip_address()
        .project_id(v::<String>("\"example\""))
        .privateips(
            v::<
                Vec<otc_vpc::types::PrivateIpAddressDescriptionOfThePrivateipField>,
            >(
                "[{\"subnet_id\":\"531dec0f-3116-411b-a21b-e612e42349fd\"},{\"subnet_id\":\"531dec0f-3116-411b-a21b-e612e42349fd\",\"ip_address\":\"192.168.1.17\"}]",
            ),
        )
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, &
        v("{\"privateips\":[{\"subnet_id\":\"531dec0f-3116-411b-a21b-e612e42349fd\"},{\"subnet_id\":\"531dec0f-3116-411b-a21b-e612e42349fd\",\"ip_address\":\"192.168.1.17\"}]}")),
        "sent body {sent}"
    );
}
/// The documented `querying_private_ip_address_details` v1 response_200 example deserializes and serializes back.
#[test]
fn querying_private_ip_address_details_v1_response_200() {
    round_trips::<
        otc_vpc::types::ListPrivateIpAddressDetailsResponse,
    >(
        "{\"privateip\":{\"status\":\"DOWN\",\"id\":\"d600542a-b231-45ed-af05-e9930cb14f78\",\"subnet_id\":\"531dec0f-3116-411b-a21b-e612e42349fd\",\"tenant_id\":\"8b7e35ad379141fc9df3e178bd64f55c\",\"device_owner\":\"\",\"ip_address\":\"192.168.1.11\"}}",
    );
}
/// `querying_private_ip_address_details` at API version v1 sends GET /v1/{project_id}/privateips/{privateip_id}.
#[tokio::test]
async fn querying_private_ip_address_details_v1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/example/privateips/example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_private_ip_address_details()
        .project_id(v::<String>("\"example\""))
        .privateip_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// `deleting_a_private_ip_address` at API version v1 sends DELETE /v1/{project_id}/privateips/{privateip_id}.
#[tokio::test]
async fn deleting_a_private_ip_address_v1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("DELETE"))
        .and(path("/v1/example/privateips/example"))
        .respond_with(ResponseTemplate::new(200u16))
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .deleting_a_private_ip_address()
        .project_id(v::<String>("\"example\""))
        .privateip_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `querying_private_ip_addresses` v1 response_200 example deserializes and serializes back.
#[test]
fn querying_private_ip_addresses_v1_response_200() {
    round_trips::<
        otc_vpc::types::ListPrivateIpAddressesResponse,
    >(
        "{\"privateips\":[{\"status\":\"DOWN\",\"id\":\"d600542a-b231-45ed-af05-e9930cb14f78\",\"subnet_id\":\"531dec0f-3116-411b-a21b-e612e42349fd\",\"tenant_id\":\"8b7e35ad379141fc9df3e178bd64f55c\",\"device_owner\":\"\",\"ip_address\":\"192.168.1.11\"},{\"status\":\"DOWN\",\"id\":\"d600542a-b231-45ed-af05-e9930cb14f79\",\"subnet_id\":\"531dec0f-3116-411b-a21b-e612e42349fd\",\"tenant_id\":\"8b7e35ad379141fc9df3e178bd64f55c\",\"device_owner\":\"\",\"ip_address\":\"192.168.1.12\"}]}",
    );
}
/// `querying_private_ip_addresses` at API version v1 sends GET /v1/{project_id}/subnets/{subnet_id}/privateips.
#[tokio::test]
async fn querying_private_ip_addresses_v1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/example/subnets/example/privateips"))
        .and(query_param("marker", "example"))
        .and(query_param("limit", "2000"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_private_ip_addresses()
        .project_id(v::<String>("\"example\""))
        .subnet_id(v::<String>("\"example\""))
        .marker(v::<String>("\"example\""))
        .limit(v::<i64>("2000"))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `querying_quotas` v1 response_200 example deserializes and serializes back.
#[test]
fn querying_quotas_v1_response_200() {
    round_trips::<
        otc_vpc::types::ListQuotasResponse,
    >(
        "{\"quotas\":{\"resources\":[{\"type\":\"vpc\",\"used\":4,\"quota\":150,\"min\":0},{\"type\":\"subnet\",\"used\":5,\"quota\":400,\"min\":0},{\"type\":\"securityGroup\",\"used\":1,\"quota\":100,\"min\":0},{\"type\":\"securityGroupRule\",\"used\":6,\"quota\":5000,\"min\":0},{\"type\":\"publicIp\",\"used\":2,\"quota\":10,\"min\":0},{\"type\":\"vpn\",\"used\":0,\"quota\":5,\"min\":0},{\"type\":\"vpcPeer\",\"used\":0,\"quota\":50,\"min\":0},{\"type\":\"physicalConnect\",\"used\":0,\"quota\":10,\"min\":0},{\"type\":\"virtualInterface\",\"used\":0,\"quota\":50,\"min\":0},{\"type\":\"firewall\",\"used\":0,\"quota\":200,\"min\":0},{\"type\":\"shareBandwidth\",\"used\":0,\"quota\":5,\"min\":0},{\"type\":\"shareBandwidthIP\",\"used\":0,\"quota\":20,\"min\":0},{\"type\":\"loadbalancer\",\"used\":0,\"quota\":10,\"min\":0},{\"type\":\"listener\",\"used\":0,\"quota\":10,\"min\":0},{\"type\":\"flow_log\",\"used\":0,\"quota\":10,\"min\":0},{\"type\":\"vpcContainRoutetable\",\"used\":0,\"quota\":1,\"min\":0},{\"type\":\"routetableContainRoutes\",\"used\":0,\"quota\":200,\"min\":0}]}}",
    );
}
/// `querying_quotas` at API version v1 sends GET /v1/{project_id}/quotas.
#[tokio::test]
async fn querying_quotas_v1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/example/quotas"))
        .and(query_param("type", "example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_quotas()
        .project_id(v::<String>("\"example\""))
        .type_(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `associating_subnets_with_a_route_table` v1 response_2xx example deserializes and serializes back.
#[test]
fn associating_subnets_with_a_route_table_v1_response_2xx() {
    round_trips::<
        serde_json::Value,
    >(
        "{\"routetable\":{\"id\":\"3d42a0d4-a980-4613-ae76-a2cddecff054\",\"vpc_id\":\"ab78be2d-782f-42a5-aa72-35879f6890ff\",\"description\":\"abc\",\"routes\":[{\"type\":\"ecs\",\"destination\":\"10.10.10.0/24\",\"nexthop\":\"7c50463d-d36c-4417-aa85-cc11fa10f341\",\"description\":\"abc\"}],\"subnets\":[{\"id\":\"8d4ce32f-d68a-4c4c-9f18-c68d8a5c7f2f\"}],\"tenant_id\":\"6fbe9263116a4b68818cf1edce16bc4f\"}}",
    );
}
/// The documented `associating_subnets_with_a_route_table` v1 request_body example deserializes and serializes back.
#[test]
fn associating_subnets_with_a_route_table_v1_request_body() {
    round_trips::<
        serde_json::Value,
    >(
        "{\"routetable\":{\"subnets\":{\"associate\":[\"1a8b8c98-3976-401b-a735-8b058109268c\"]}}}",
    );
}
/// `associating_subnets_with_a_route_table` at API version v1 sends POST /v1/{project_id}/routetables/{routetable_id}/action.
#[tokio::test]
async fn associating_subnets_with_a_route_table_v1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v1/example/routetables/example/action"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .associating_subnets_with_a_route_table()
        .project_id(v::<String>("\"example\""))
        .routetable_id(v::<String>("\"example\""))
        .body(
            v::<
                serde_json::Value,
            >(
                "{\"routetable\":{\"subnets\":{\"associate\":[\"1a8b8c98-3976-401b-a735-8b058109268c\"]}}}",
            ),
        )
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, &
        v("{\"routetable\":{\"subnets\":{\"associate\":[\"1a8b8c98-3976-401b-a735-8b058109268c\"]}}}")),
        "sent body {sent}"
    );
}
/// The documented `querying_route_tables` v1 response_200 example deserializes and serializes back.
#[test]
fn querying_route_tables_v1_response_200() {
    round_trips::<
        otc_vpc::types::ListRouteTablesResponse,
    >(
        "{\"routetables\":[{\"id\":\"3d42a0d4-a980-4613-ae76-a2cddecff054\",\"name\":\"routetable-1234\",\"vpc_id\":\"ab78be2d-782f-42a5-aa72-35879f6890ff\",\"routes\":[{\"type\":\"local\",\"destination\":\"192.168.4.0/24\",\"nexthop\":\"-\"},{\"type\":\"local\",\"destination\":\"192.168.1.0/24\",\"nexthop\":\"-\"},{\"type\":\"local\",\"destination\":\"198.19.128.0/20\",\"nexthop\":\"-\"},{\"type\":\"local\",\"destination\":\"127.0.0.0/8\",\"nexthop\":\"-\"},{\"type\":\"local\",\"destination\":\"100.64.0.0/10\",\"nexthop\":\"-\"}],\"subnets\":[{\"id\":\"8d4ce32f-d68a-4c4c-9f18-c68d8a5c7f2f\"}],\"tenant_id\":\"6fbe9263116a4b68818cf1edce16bc4f\",\"description\":\"abc\",\"created_at\":\"2022-12-15T02:56:40\",\"updated_at\":\"2022-12-15T02:56:40\"},{\"id\":\"3d42a0d4-a980-4613-ae76-a2cddecfff89\",\"name\":\"routetable-5678\",\"vpc_id\":\"ab78be2d-782f-42a5-aa72-35879f667809\",\"routes\":[{\"type\":\"local\",\"destination\":\"192.168.4.0/24\",\"nexthop\":\"-\"},{\"type\":\"local\",\"destination\":\"192.168.1.0/24\",\"nexthop\":\"-\"},{\"type\":\"local\",\"destination\":\"198.19.128.0/20\",\"nexthop\":\"-\"},{\"type\":\"local\",\"destination\":\"127.0.0.0/8\",\"nexthop\":\"-\"},{\"type\":\"local\",\"destination\":\"100.64.0.0/10\",\"nexthop\":\"-\"}],\"subnets\":[{\"id\":\"8d4ce32f-d68a-4c4c-9f18-c68d8a5c7f2f\"}],\"tenant_id\":\"6fbe9263116a4b68818cf1edce16bc4f\",\"description\":\"abc\",\"created_at\":\"2022-12-15T02:59:03\",\"updated_at\":\"2022-12-15T02:59:03\"}]}",
    );
}
/// `querying_route_tables` at API version v1 sends GET /v1/{project_id}/routetables.
#[tokio::test]
async fn querying_route_tables_v1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/example/routetables"))
        .and(query_param("limit", "2000"))
        .and(query_param("marker", "example"))
        .and(query_param("id", "example"))
        .and(query_param("vpc_id", "example"))
        .and(query_param("subnet_id", "example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_route_tables()
        .project_id(v::<String>("\"example\""))
        .limit(v::<i64>("2000"))
        .marker(v::<String>("\"example\""))
        .id(v::<String>("\"example\""))
        .vpc_id(v::<String>("\"example\""))
        .subnet_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `creating_a_route_table` v1 response_2xx example deserializes and serializes back.
#[test]
fn creating_a_route_table_v1_response_2xx() {
    round_trips::<
        otc_vpc::types::CreateRouteTableResponse,
    >(
        "{\"routetable\":{\"id\":\"3d42a0d4-a980-4613-ae76-a2cddecff054\",\"vpc_id\":\"ab78be2d-782f-42a5-aa72-35879f6890ff\",\"description\":\"abc\",\"routes\":[{\"type\":\"ecs\",\"destination\":\"10.10.10.0/24\",\"nexthop\":\"7c50463d-d36c-4417-aa85-cc11fa10f341\",\"description\":\"abc\"}],\"subnets\":[{\"id\":\"8d4ce32f-d68a-4c4c-9f18-c68d8a5c7f2f\"}],\"tenant_id\":\"6fbe9263116a4b68818cf1edce16bc4f\"}}",
    );
}
/// The documented `creating_a_route_table` v1 request_body example deserializes and serializes back.
#[test]
fn creating_a_route_table_v1_request_body() {
    round_trips::<
        otc_vpc::types::CreateRouteTableRequest,
    >(
        "{\"routetable\":{\"name\":\"routetable-1234\",\"vpc_id\":\"60c809cb-6731-45d0-ace8-3bf5626421a9\",\"routes\":[{\"type\":\"ecs\",\"destination\":\"10.10.10.0/24\",\"nexthop\":\"7c50463d-d36c-4417-aa85-cc11fa10f341\"}],\"description\":\"abc\"}}",
    );
}
/// `creating_a_route_table` at API version v1 sends POST /v1/{project_id}/routetables.
#[tokio::test]
async fn creating_a_route_table_v1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v1/example/routetables"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .creating_a_route_table()
        .project_id(v::<String>("\"example\""))
        .routetable(
            v::<
                otc_vpc::types::RouteTableDescriptionOfTheRoutetableField,
            >(
                "{\"name\":\"routetable-1234\",\"vpc_id\":\"60c809cb-6731-45d0-ace8-3bf5626421a9\",\"routes\":[{\"type\":\"ecs\",\"destination\":\"10.10.10.0/24\",\"nexthop\":\"7c50463d-d36c-4417-aa85-cc11fa10f341\"}],\"description\":\"abc\"}",
            ),
        )
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, &
        v("{\"routetable\":{\"name\":\"routetable-1234\",\"vpc_id\":\"60c809cb-6731-45d0-ace8-3bf5626421a9\",\"routes\":[{\"type\":\"ecs\",\"destination\":\"10.10.10.0/24\",\"nexthop\":\"7c50463d-d36c-4417-aa85-cc11fa10f341\"}],\"description\":\"abc\"}}")),
        "sent body {sent}"
    );
}
/// The documented `querying_a_route_table` v1 response_200 example deserializes and serializes back.
#[test]
fn querying_a_route_table_v1_response_200() {
    round_trips::<
        otc_vpc::types::ShowRouteTableResponse,
    >(
        "{\"routetable\":{\"id\":\"05250d7e-0396-4fc9-9c9c-e4d5594784e4\",\"name\":\"rtb-vpc-l2cg-1\",\"routes\":[{\"type\":\"local\",\"destination\":\"192.168.4.0/24\",\"nexthop\":\"-\"},{\"type\":\"local\",\"destination\":\"192.168.1.0/24\",\"nexthop\":\"-\"},{\"type\":\"local\",\"destination\":\"198.19.128.0/20\",\"nexthop\":\"-\"},{\"type\":\"local\",\"destination\":\"127.0.0.0/8\",\"nexthop\":\"-\"},{\"type\":\"local\",\"destination\":\"100.64.0.0/10\",\"nexthop\":\"-\"}],\"subnets\":[{\"id\":\"0e0faa8f-ea73-47aa-b919-8c133e98d5ac\"},{\"id\":\"e007e005-10aa-4614-b439-c9a14e55130e\"}],\"vpc_id\":\"7978e43c-f892-49d8-9fab-9bb90a51709b\",\"default\":true,\"tenant_id\":\"05e369f07a800f802f41c002632ba5f9\",\"created_at\":\"2022-12-15T02:56:40\",\"updated_at\":\"2022-12-15T02:56:40\"}}",
    );
}
/// `querying_a_route_table` at API version v1 sends GET /v1/{project_id}/routetables/{routetable_id}.
#[tokio::test]
async fn querying_a_route_table_v1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/example/routetables/example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_a_route_table()
        .project_id(v::<String>("\"example\""))
        .routetable_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `updating_a_route_table` v1 response_2xx example deserializes and serializes back.
#[test]
fn updating_a_route_table_v1_response_2xx() {
    round_trips::<
        otc_vpc::types::UpdateRouteTableResponse,
    >(
        "{\"routetable\":{\"id\":\"3d42a0d4-a980-4613-ae76-a2cddecff054\",\"vpc_id\":\"ab78be2d-782f-42a5-aa72-35879f6890ff\",\"description\":\"abc\",\"default\":false,\"routes\":[{\"type\":\"ecs\",\"destination\":\"10.10.10.0/24\",\"nexthop\":\"7c50463d-d36c-4417-aa85-cc11fa10f341\",\"description\":\"abc\"}],\"subnets\":[{\"id\":\"8d4ce32f-d68a-4c4c-9f18-c68d8a5c7f2f\"}],\"tenant_id\":\"6fbe9263116a4b68818cf1edce16bc4f\",\"created_at\":\"2022-12-15T02:56:40\",\"updated_at\":\"2022-12-15T03:03:42\"}}",
    );
}
/// The documented `updating_a_route_table` v1 request_body example deserializes and serializes back.
#[test]
fn updating_a_route_table_v1_request_body() {
    round_trips::<
        otc_vpc::types::UpdateRouteTableRequest,
    >(
        "{\"routetable\":{\"name\":\"routertable-789\",\"description\":\"abc\",\"routes\":{\"add\":[{\"type\":\"ecs\",\"destination\":\"10.10.10.0/24\",\"nexthop\":\"7c50463d-d36c-4417-aa85-cc11fa10f341\",\"description\":\"abc\"}],\"mod\":[{\"type\":\"ecs\",\"destination\":\"20.10.10.0/24\",\"nexthop\":\"7c50463d-d36c-4417-aa85-cc11fa10f341\",\"description\":\"abc\"}],\"del\":[{\"destination\":\"20.20.10.0/24\"}]}}}",
    );
}
/// `updating_a_route_table` at API version v1 sends PUT /v1/{project_id}/routetables/{routetable_id}.
#[tokio::test]
async fn updating_a_route_table_v1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("PUT"))
        .and(path("/v1/example/routetables/example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .updating_a_route_table()
        .project_id(v::<String>("\"example\""))
        .routetable_id(v::<String>("\"example\""))
        .routetable(
            v::<
                otc_vpc::types::UpdateRouteTableDescriptionOfTheRoutetableField,
            >(
                "{\"name\":\"routertable-789\",\"description\":\"abc\",\"routes\":{\"add\":[{\"type\":\"ecs\",\"destination\":\"10.10.10.0/24\",\"nexthop\":\"7c50463d-d36c-4417-aa85-cc11fa10f341\",\"description\":\"abc\"}],\"mod\":[{\"type\":\"ecs\",\"destination\":\"20.10.10.0/24\",\"nexthop\":\"7c50463d-d36c-4417-aa85-cc11fa10f341\",\"description\":\"abc\"}],\"del\":[{\"destination\":\"20.20.10.0/24\"}]}}",
            ),
        )
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, &
        v("{\"routetable\":{\"name\":\"routertable-789\",\"description\":\"abc\",\"routes\":{\"add\":[{\"type\":\"ecs\",\"destination\":\"10.10.10.0/24\",\"nexthop\":\"7c50463d-d36c-4417-aa85-cc11fa10f341\",\"description\":\"abc\"}],\"mod\":[{\"type\":\"ecs\",\"destination\":\"20.10.10.0/24\",\"nexthop\":\"7c50463d-d36c-4417-aa85-cc11fa10f341\",\"description\":\"abc\"}],\"del\":[{\"destination\":\"20.20.10.0/24\"}]}}}")),
        "sent body {sent}"
    );
}
/// `deleting_a_route_table` at API version v1 sends DELETE /v1/{project_id}/routetables/{routetable_id}.
#[tokio::test]
async fn deleting_a_route_table_v1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("DELETE"))
        .and(path("/v1/example/routetables/example"))
        .respond_with(ResponseTemplate::new(200u16))
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .deleting_a_route_table()
        .project_id(v::<String>("\"example\""))
        .routetable_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `querying_security_group_details` v1 response_200 example deserializes and serializes back.
#[test]
fn querying_security_group_details_v1_response_200() {
    round_trips::<
        otc_vpc::types::ListSecurityGroupDetailsResponse,
    >(
        "{\"security_group\":{\"id\":\"16b6e77a-08fa-42c7-aa8b-106c048884e6\",\"name\":\"qq\",\"description\":\"qq\",\"vpc_id\":\"3ec3b33f-ac1c-4630-ad1c-7dba1ed79d85\",\"enterprise_project_id\":\"0aad99bc-f5f6-4f78-8404-c598d76b0ed2\",\"security_group_rules\":[{\"id\":\"f11a3824-ac19-4fad-b4f1-c5f4a6dd0a80\",\"tenant_id\":\"060576782980d5762f9ec014dd2f1148\",\"security_group_id\":\"69c999ad-d9ef-4d79-94fd-35e6ceb75325\",\"remote_group_id\":\"69c999ad-d9ef-4d79-94fd-35e6ceb75325\",\"direction\":\"ingress\",\"protocol\":null,\"description\":\"\",\"ethertype\":\"IPv6\",\"remote_ip_prefix\":null,\"remote_address_group_id\":null,\"port_range_max\":null,\"port_range_min\":null},{\"id\":\"3d6480e8-9ea4-46dc-bb1b-8db190cd5677\",\"tenant_id\":\"060576782980d5762f9ec014dd2f1148\",\"security_group_id\":\"69c999ad-d9ef-4d79-94fd-35e6ceb75325\",\"remote_group_id\":null,\"direction\":\"egress\",\"protocol\":null,\"description\":\"\",\"ethertype\":\"IPv6\",\"remote_ip_prefix\":null,\"remote_address_group_id\":null,\"port_range_max\":null,\"port_range_min\":null},{\"id\":\"9581f18c-1fdd-43da-ace9-7758a56ef28a\",\"tenant_id\":\"060576782980d5762f9ec014dd2f1148\",\"security_group_id\":\"69c999ad-d9ef-4d79-94fd-35e6ceb75325\",\"remote_group_id\":null,\"direction\":\"egress\",\"protocol\":null,\"description\":\"\",\"ethertype\":\"IPv4\",\"remote_ip_prefix\":null,\"remote_address_group_id\":null,\"port_range_max\":null,\"port_range_min\":null},{\"id\":\"a3ba270e-e58b-432d-a912-aeb7eace9fb8\",\"tenant_id\":\"060576782980d5762f9ec014dd2f1148\",\"security_group_id\":\"69c999ad-d9ef-4d79-94fd-35e6ceb75325\",\"remote_group_id\":\"69c999ad-d9ef-4d79-94fd-35e6ceb75325\",\"direction\":\"ingress\",\"protocol\":null,\"description\":\"\",\"ethertype\":\"IPv4\",\"remote_ip_prefix\":null,\"remote_address_group_id\":null,\"port_range_max\":null,\"port_range_min\":null}]}}",
    );
}
/// `querying_security_group_details` at API version v1 sends GET /v1/{project_id}/security-groups/{security_group_id}.
#[tokio::test]
async fn querying_security_group_details_v1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/example/security-groups/example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_security_group_details()
        .project_id(v::<String>("\"example\""))
        .security_group_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `querying_security_group_rule_details` v1 response_200 example deserializes and serializes back.
#[test]
fn querying_security_group_rule_details_v1_response_200() {
    round_trips::<
        otc_vpc::types::ListSecurityGroupRuleDetailsResponse,
    >(
        "{\"security_group_rule\":{\"direction\":\"ingress\",\"ethertype\":\"IPv4\",\"id\":\"2bc0accf-312e-429a-956e-e4407625eb62\",\"description\":\"\",\"port_range_max\":80,\"port_range_min\":80,\"protocol\":\"tcp\",\"remote_group_id\":\"85cc3048-abc3-43cc-89b3-377341426ac5\",\"remote_ip_prefix\":null,\"security_group_id\":\"a7734e61-b545-452d-a3cd-0189cbd9747a\",\"tenant_id\":\"e4f50856753b4dc6afee5fa6b9b6c550\",\"remote_address_group_id\":null}}",
    );
}
/// `querying_security_group_rule_details` at API version v1 sends GET /v1/{project_id}/security-group-rules/{security_group_rule_id}.
#[tokio::test]
async fn querying_security_group_rule_details_v1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/example/security-group-rules/example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_security_group_rule_details()
        .project_id(v::<String>("\"example\""))
        .security_group_rule_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `updating_subnet_information` v1 response_2xx example deserializes and serializes back.
#[test]
fn updating_subnet_information_v1_response_2xx() {
    round_trips::<
        otc_vpc::types::UpdateSubnetInformationResponse,
    >(
        "{\"subnet\":{\"id\":\"4779ab1c-7c1a-44b1-a02e-93dfc361b32d\",\"status\":\"ACTIVE\"}}",
    );
}
/// The documented `updating_subnet_information` v1 request_body example deserializes and serializes back.
#[test]
fn updating_subnet_information_v1_request_body() {
    round_trips::<
        otc_vpc::types::UpdateSubnetInformationRequest,
    >(
        "{\"subnet\":{\"name\":\"subnet02\",\"ipv6_enable\":true,\"dhcp_enable\":false,\"primary_dns\":\"114.xx.xx.115\",\"secondary_dns\":\"114.xx.xx.116\",\"extra_dhcp_opts\":[{\"opt_value\":\"10.100.0.33,10.100.0.34\",\"opt_name\":\"ntp\"},{\"opt_value\":\"24h\",\"opt_name\":\"addresstime\"},{\"opt_value\":\"2h\",\"opt_name\":\"ipv6_addresstime\"}]}}",
    );
}
/// `updating_subnet_information` at API version v1 sends PUT /v1/{project_id}/vpcs/{vpc_id}/subnets/{subnet_id}.
#[tokio::test]
async fn updating_subnet_information_v1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("PUT"))
        .and(path("/v1/example/vpcs/example/subnets/example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .updating_subnet_information()
        .project_id(v::<String>("\"example\""))
        .vpc_id(v::<String>("\"example\""))
        .subnet_id(v::<String>("\"example\""))
        .subnet(
            v::<
                otc_vpc::types::SubnetInformationSubnetObject,
            >(
                "{\"name\":\"subnet02\",\"ipv6_enable\":true,\"dhcp_enable\":false,\"primary_dns\":\"114.xx.xx.115\",\"secondary_dns\":\"114.xx.xx.116\",\"extra_dhcp_opts\":[{\"opt_value\":\"10.100.0.33,10.100.0.34\",\"opt_name\":\"ntp\"},{\"opt_value\":\"24h\",\"opt_name\":\"addresstime\"},{\"opt_value\":\"2h\",\"opt_name\":\"ipv6_addresstime\"}]}",
            ),
        )
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, &
        v("{\"subnet\":{\"name\":\"subnet02\",\"ipv6_enable\":true,\"dhcp_enable\":false,\"primary_dns\":\"114.xx.xx.115\",\"secondary_dns\":\"114.xx.xx.116\",\"extra_dhcp_opts\":[{\"opt_value\":\"10.100.0.33,10.100.0.34\",\"opt_name\":\"ntp\"},{\"opt_value\":\"24h\",\"opt_name\":\"addresstime\"},{\"opt_value\":\"2h\",\"opt_name\":\"ipv6_addresstime\"}]}}")),
        "sent body {sent}"
    );
}
/// The documented `querying_subnet_details` v1 response_200 example deserializes and serializes back.
#[test]
fn querying_subnet_details_v1_response_200() {
    round_trips::<
        otc_vpc::types::ListSubnetDetailsResponse,
    >(
        "{\"subnet\":{\"id\":\"4779ab1c-7c1a-44b1-a02e-93dfc361b32d\",\"name\":\"subnet\",\"description\":\"\",\"cidr\":\"192.168.20.0/24\",\"dnsList\":[\"114.xx.xx.114\",\"114.xx.xx.115\"],\"status\":\"ACTIVE\",\"vpc_id\":\"3ec3b33f-ac1c-4630-ad1c-7dba1ed79d85\",\"gateway_ip\":\"192.168.20.1\",\"ipv6_enable\":false,\"dhcp_enable\":true,\"primary_dns\":\"114.xx.xx.114\",\"secondary_dns\":\"114.xx.xx.115\",\"availability_zone\":\"aa-bb-cc\",\"neutron_network_id\":\"4779ab1c-7c1a-44b1-a02e-93dfc361b32d\",\"neutron_subnet_id\":\"213cb9d-3122-2ac1-1a29-91ffc1231a12\",\"extra_dhcp_opts\":[{\"opt_value\":\"10.100.0.33,10.100.0.34\",\"opt_name\":\"ntp\"}],\"tenant_id\":\"087679f0aa80d32a2f4ec0172f5e902b\",\"created_at\":\"2022-12-15T02:42:07\",\"updated_at\":\"2022-12-15T02:42:07\"}}",
    );
}
/// `querying_subnet_details` at API version v1 sends GET /v1/{project_id}/subnets/{subnet_id}.
#[tokio::test]
async fn querying_subnet_details_v1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/example/subnets/example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_subnet_details()
        .project_id(v::<String>("\"example\""))
        .subnet_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `creating_a_vpc` v1 response_2xx example deserializes and serializes back.
#[test]
fn creating_a_vpc_v1_response_2xx() {
    round_trips::<
        otc_vpc::types::CreateVpcResponse,
    >(
        "{\"vpc\":{\"id\":\"99d9d709-8478-4b46-9f3f-2206b1023fd3\",\"name\":\"vpc\",\"description\":\"test\",\"cidr\":\"192.168.0.0/16\",\"status\":\"CREATING\",\"enterprise_project_id\":\"0aad99bc-f5f6-4f78-8404-c598d76b0ed2\",\"routes\":[],\"tenant_id\":\"087679f0aa80d32a2f4ec0172f5e902b\",\"created_at\":\"2022-12-15T02:25:11\",\"updated_at\":\"2022-12-15T02:25:11\"}}",
    );
}
/// The documented `creating_a_vpc` v1 request_body example deserializes and serializes back.
#[test]
fn creating_a_vpc_v1_request_body() {
    round_trips::<
        otc_vpc::types::CreateVpcRequest,
    >(
        "{\"vpc\":{\"name\":\"vpc\",\"description\":\"test\",\"cidr\":\"192.168.0.0/16\",\"enterprise_project_id\":\"0aad99bc-f5f6-4f78-8404-c598d76b0ed2\"}}",
    );
}
/// `creating_a_vpc` at API version v1 sends POST /v1/{project_id}/vpcs.
#[tokio::test]
async fn creating_a_vpc_v1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v1/example/vpcs"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .creating_a_vpc()
        .project_id(v::<String>("\"example\""))
        .vpc(
            v::<
                otc_vpc::types::VpcObject,
            >(
                "{\"name\":\"vpc\",\"description\":\"test\",\"cidr\":\"192.168.0.0/16\",\"enterprise_project_id\":\"0aad99bc-f5f6-4f78-8404-c598d76b0ed2\"}",
            ),
        )
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, &
        v("{\"vpc\":{\"name\":\"vpc\",\"description\":\"test\",\"cidr\":\"192.168.0.0/16\",\"enterprise_project_id\":\"0aad99bc-f5f6-4f78-8404-c598d76b0ed2\"}}")),
        "sent body {sent}"
    );
}
/// The documented `querying_vpc_details` v1 response_200 example deserializes and serializes back.
#[test]
fn querying_vpc_details_v1_response_200() {
    round_trips::<
        otc_vpc::types::ListVpcDetailsResponse,
    >(
        "{\"vpc\":{\"id\":\"99d9d709-8478-4b46-9f3f-2206b1023fd3\",\"name\":\"vpc\",\"description\":\"test\",\"cidr\":\"192.168.0.0/16\",\"status\":\"OK\",\"enterprise_project_id\":\"0\",\"routes\":[],\"enable_shared_snat\":false,\"tenant_id\":\"087679f0aa80d32a2f4ec0172f5e902b\",\"created_at\":\"2022-12-15T02:25:11\",\"updated_at\":\"2022-12-15T02:25:11\"}}",
    );
}
/// `querying_vpc_details` at API version v1 sends GET /v1/{project_id}/vpcs/{vpc_id}.
#[tokio::test]
async fn querying_vpc_details_v1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/example/vpcs/example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_vpc_details()
        .project_id(v::<String>("\"example\""))
        .vpc_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `updating_a_vpc` v1 response_2xx example deserializes and serializes back.
#[test]
fn updating_a_vpc_v1_response_2xx() {
    round_trips::<
        otc_vpc::types::UpdateVpcResponse,
    >(
        "{\"vpc\":{\"id\":\"99d9d709-8478-4b46-9f3f-2206b1023fd3\",\"name\":\"vpc1\",\"description\":\"test1\",\"cidr\":\"192.168.0.0/16\",\"status\":\"OK\",\"enterprise_project_id\":\"0\",\"routes\":[],\"enable_shared_snat\":true,\"tenant_id\":\"087679f0aa80d32a2f4ec0172f5e902b\",\"created_at\":\"2022-12-15T02:25:11\",\"updated_at\":\"2022-12-15T06:23:15\"}}",
    );
}
/// The documented `updating_a_vpc` v1 request_body example deserializes and serializes back.
#[test]
fn updating_a_vpc_v1_request_body() {
    round_trips::<
        otc_vpc::types::UpdateVpcRequest,
    >(
        "{\"vpc\":{\"name\":\"vpc1\",\"description\":\"test1\",\"cidr\":\"192.168.0.0/16\"}}",
    );
}
/// `updating_a_vpc` at API version v1 sends PUT /v1/{project_id}/vpcs/{vpc_id}.
#[tokio::test]
async fn updating_a_vpc_v1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("PUT"))
        .and(path("/v1/example/vpcs/example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .updating_a_vpc()
        .project_id(v::<String>("\"example\""))
        .vpc_id(v::<String>("\"example\""))
        .vpc(
            v::<
                otc_vpc::types::UpdateVpcObject,
            >(
                "{\"name\":\"vpc1\",\"description\":\"test1\",\"cidr\":\"192.168.0.0/16\"}",
            ),
        )
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, &
        v("{\"vpc\":{\"name\":\"vpc1\",\"description\":\"test1\",\"cidr\":\"192.168.0.0/16\"}}")),
        "sent body {sent}"
    );
}
/// `deleting_a_vpc` at API version v1 sends DELETE /v1/{project_id}/vpcs/{vpc_id}.
#[tokio::test]
async fn deleting_a_vpc_v1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("DELETE"))
        .and(path("/v1/example/vpcs/example"))
        .respond_with(ResponseTemplate::new(200u16))
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .deleting_a_vpc()
        .project_id(v::<String>("\"example\""))
        .vpc_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `querying_vpc_flow_logs` v1 response_200 example deserializes and serializes back.
#[test]
fn querying_vpc_flow_logs_v1_response_200() {
    round_trips::<
        otc_vpc::types::ListVpcFlowLogsResponse,
    >(
        "{\"flow_logs\":[{\"id\":\"35868d55-443e-4d5c-90a4-ac618dc45c1a\",\"name\":\"flowlog\",\"description\":\"just a test\",\"tenant_id\":\"b2782e6708b8475c993e6064bc456bf8\",\"resource_type\":\"port\",\"resource_id\":\"05c4052d-8d14-488f-aa00-19fea5a25fde\",\"traffic_type\":\"reject\",\"log_group_id\":\"05c4052d-8d14-488f-aa00-19fea5a25fff\",\"log_topic_id\":\"a9d7dee7-37d2-4cba-a208-a016252aaa63\",\"created_at\":\"2019-01-14T11:03:02\",\"updated_at\":\"2019-01-14T11:03:02\",\"status\":\"ACTIVE\",\"admin_state\":true}]}",
    );
}
/// `querying_vpc_flow_logs` at API version v1 sends GET /v1/{project_id}/fl/flow_logs.
#[tokio::test]
async fn querying_vpc_flow_logs_v1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/example/fl/flow_logs"))
        .and(query_param("id", "example"))
        .and(query_param("name", "example"))
        .and(query_param("tenant_id", "example"))
        .and(query_param("description", "example"))
        .and(query_param("resource_type", "port"))
        .and(query_param("resource_id", "example"))
        .and(query_param("traffic_type", "all"))
        .and(query_param("log_group_id", "example"))
        .and(query_param("log_topic_id", "example"))
        .and(query_param("status", "example"))
        .and(query_param("limit", "2000"))
        .and(query_param("marker", "example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_vpc_flow_logs()
        .project_id(v::<String>("\"example\""))
        .id(v::<String>("\"example\""))
        .name(v::<String>("\"example\""))
        .tenant_id(v::<String>("\"example\""))
        .description(v::<String>("\"example\""))
        .resource_type(
            v::<
                otc_vpc::types::VpcFlowLogDescriptionOfTheFlowLogFieldResourceType,
            >("\"port\""),
        )
        .resource_id(v::<String>("\"example\""))
        .traffic_type(
            v::<
                otc_vpc::types::VpcFlowLogDescriptionOfTheFlowLogFieldTrafficType,
            >("\"all\""),
        )
        .log_group_id(v::<String>("\"example\""))
        .log_topic_id(v::<String>("\"example\""))
        .status(v::<String>("\"example\""))
        .limit(v::<i64>("2000"))
        .marker(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `creating_a_vpc_flow_log` v1 response_2xx example deserializes and serializes back.
#[test]
fn creating_a_vpc_flow_log_v1_response_2xx() {
    round_trips::<
        otc_vpc::types::CreateVpcFlowLogResponse,
    >(
        "{\"flow_log\":{\"id\":\"f49f00f1-0f15-470a-a8c5-4e879e461c8d\",\"name\":\"flowlog\",\"description\":\"just a test\",\"tenant_id\":\"b2782e6708b8475c993e6064bc456bf8\",\"resource_type\":\"port\",\"resource_id\":\"05c4052d-8d14-488f-aa00-19fea5a25fde\",\"traffic_type\":\"reject\",\"log_group_id\":\"05c4052d-8d14-488f-aa00-19fea5a25fdd\",\"log_topic_id\":\"a9d7dee7-37d2-4cba-a208-a016252aaa63\",\"created_at\":\"2019-01-14T11:03:02\",\"updated_at\":\"2019-01-14T11:03:02\",\"index_enabled\":false,\"admin_state\":true,\"status\":\"ACTIVE\"}}",
    );
}
/// The documented `creating_a_vpc_flow_log` v1 request_body example deserializes and serializes back.
#[test]
fn creating_a_vpc_flow_log_v1_request_body() {
    round_trips::<
        otc_vpc::types::CreateVpcFlowLogRequest,
    >(
        "{\"flow_log\":{\"name\":\"flowlog\",\"description\":\"just a test\",\"resource_type\":\"port\",\"resource_id\":\"05c4052d-8d14-488f-aa00-19fea5a25fde\",\"traffic_type\":\"reject\",\"log_group_id\":\"05c4052d-8d14-488f-aa00-19fea5a25fdd\",\"log_topic_id\":\"a9d7dee7-37d2-4cba-a208-a016252aaa63\",\"index_enabled\":true}}",
    );
}
/// `creating_a_vpc_flow_log` at API version v1 sends POST /v1/{project_id}/fl/flow_logs.
#[tokio::test]
async fn creating_a_vpc_flow_log_v1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v1/example/fl/flow_logs"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .creating_a_vpc_flow_log()
        .project_id(v::<String>("\"example\""))
        .flow_log(
            v::<
                otc_vpc::types::VpcFlowLogDescriptionOfTheFlowLogField,
            >(
                "{\"name\":\"flowlog\",\"description\":\"just a test\",\"resource_type\":\"port\",\"resource_id\":\"05c4052d-8d14-488f-aa00-19fea5a25fde\",\"traffic_type\":\"reject\",\"log_group_id\":\"05c4052d-8d14-488f-aa00-19fea5a25fdd\",\"log_topic_id\":\"a9d7dee7-37d2-4cba-a208-a016252aaa63\",\"index_enabled\":true}",
            ),
        )
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, &
        v("{\"flow_log\":{\"name\":\"flowlog\",\"description\":\"just a test\",\"resource_type\":\"port\",\"resource_id\":\"05c4052d-8d14-488f-aa00-19fea5a25fde\",\"traffic_type\":\"reject\",\"log_group_id\":\"05c4052d-8d14-488f-aa00-19fea5a25fdd\",\"log_topic_id\":\"a9d7dee7-37d2-4cba-a208-a016252aaa63\",\"index_enabled\":true}}")),
        "sent body {sent}"
    );
}
/// The documented `querying_a_vpc_flow_log` v1 response_200 example deserializes and serializes back.
#[test]
fn querying_a_vpc_flow_log_v1_response_200() {
    round_trips::<
        otc_vpc::types::ShowVpcFlowLogResponse,
    >(
        "{\"flow_log\":{\"id\":\"35868d55-443e-4d5c-90a4-ac618dc45c1a\",\"name\":\"flow\",\"description\":\"just a test\",\"tenant_id\":\"b2782e6708b8475c993e6064bc456bf8\",\"resource_type\":\"port\",\"resource_id\":\"05c4052d-8d14-488f-aa00-19fea5a25fde\",\"traffic_type\":\"reject\",\"log_group_id\":\"05c4052d-8d14-488f-aa00-19fea5a25fff\",\"log_topic_id\":\"a9d7dee7-37d2-4cba-a208-a016252aaa63\",\"created_at\":\"2019-01-14T11:03:02\",\"updated_at\":\"2019-01-14T11:03:02\",\"status\":\"ACTIVE\",\"admin_state\":true}}",
    );
}
/// `querying_a_vpc_flow_log` at API version v1 sends GET /v1/{project_id}/fl/flow_logs/{flowlog_id}.
#[tokio::test]
async fn querying_a_vpc_flow_log_v1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/example/fl/flow_logs/example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_a_vpc_flow_log()
        .project_id(v::<String>("\"example\""))
        .flowlog_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `updating_a_vpc_flow_log` v1 response_2xx example deserializes and serializes back.
#[test]
fn updating_a_vpc_flow_log_v1_response_2xx() {
    round_trips::<
        otc_vpc::types::UpdateVpcFlowLogResponse,
    >(
        "{\"flow_log\":{\"id\":\"f49f00f1-0f15-470a-a8c5-4e879e461c8d\",\"name\":\" flow-log-update\",\"description\":\"update\",\"tenant_id\":\"b2782e6708b8475c993e6064bc456bf8\",\"resource_type\":\"port\",\"resource_id\":\"05c4052d-8d14-488f-aa00-19fea5a25fde\",\"traffic_type\":\"reject\",\"log_group_id\":\"05c4052d-8d14-488f-aa00-19fea5a25fdd\",\"log_topic_id\":\"a9d7dee7-37d2-4cba-a208-a016252aaa63\",\"created_at\":\"2019-01-14T11:03:02\",\"updated_at\":\"2019-01-14T12:03:02\",\"status\":\"DOWN\",\"admin_state\":false}}",
    );
}
/// The documented `updating_a_vpc_flow_log` v1 request_body example deserializes and serializes back.
#[test]
fn updating_a_vpc_flow_log_v1_request_body() {
    round_trips::<
        otc_vpc::types::UpdateVpcFlowLogRequest,
    >(
        "{\"flow_log\":{\"name\":\"flow-log-update\",\"description\":\"update\",\"admin_state\":false}}",
    );
}
/// `updating_a_vpc_flow_log` at API version v1 sends PUT /v1/{project_id}/fl/flow_logs/{flowlog_id}.
#[tokio::test]
async fn updating_a_vpc_flow_log_v1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("PUT"))
        .and(path("/v1/example/fl/flow_logs/example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .updating_a_vpc_flow_log()
        .project_id(v::<String>("\"example\""))
        .flowlog_id(v::<String>("\"example\""))
        .flow_log(
            v::<
                otc_vpc::types::UpdateVpcFlowLogDescriptionOfTheFlowLogField,
            >(
                "{\"name\":\"flow-log-update\",\"description\":\"update\",\"admin_state\":false}",
            ),
        )
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, &
        v("{\"flow_log\":{\"name\":\"flow-log-update\",\"description\":\"update\",\"admin_state\":false}}")),
        "sent body {sent}"
    );
}
/// `deleting_a_vpc_flow_log` at API version v1 sends DELETE /v1/{project_id}/fl/flow_logs/{flowlog_id}.
#[tokio::test]
async fn deleting_a_vpc_flow_log_v1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("DELETE"))
        .and(path("/v1/example/fl/flow_logs/example"))
        .respond_with(ResponseTemplate::new(200u16))
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .deleting_a_vpc_flow_log()
        .project_id(v::<String>("\"example\""))
        .flowlog_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// `querying_vpc_flow_logs_2` at API version v1 sends GET /v1/b2782e6708b8475c993e6064bc456bf8/fl/flow_logs.
#[tokio::test]
async fn querying_vpc_flow_logs_2_v1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/b2782e6708b8475c993e6064bc456bf8/fl/flow_logs"))
        .and(query_param("project_id", "example"))
        .and(query_param("id", "example"))
        .and(query_param("name", "example"))
        .and(query_param("tenant_id", "example"))
        .and(query_param("description", "example"))
        .and(query_param("resource_type", "port"))
        .and(query_param("resource_id", "example"))
        .and(query_param("traffic_type", "all"))
        .and(query_param("log_group_id", "example"))
        .and(query_param("log_topic_id", "example"))
        .and(query_param("status", "example"))
        .and(query_param("limit", "2000"))
        .and(query_param("marker", "example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_vpc_flow_logs_2()
        .project_id(v::<String>("\"example\""))
        .id(v::<String>("\"example\""))
        .name(v::<String>("\"example\""))
        .tenant_id(v::<String>("\"example\""))
        .description(v::<String>("\"example\""))
        .resource_type(
            v::<
                otc_vpc::types::VpcFlowLogDescriptionOfTheFlowLogFieldResourceType,
            >("\"port\""),
        )
        .resource_id(v::<String>("\"example\""))
        .traffic_type(
            v::<
                otc_vpc::types::VpcFlowLogDescriptionOfTheFlowLogFieldTrafficType,
            >("\"all\""),
        )
        .log_group_id(v::<String>("\"example\""))
        .log_topic_id(v::<String>("\"example\""))
        .status(v::<String>("\"example\""))
        .limit(v::<i64>("2000"))
        .marker(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `querying_a_specified_api_version` unversioned response_200 example deserializes and serializes back.
#[test]
fn querying_a_specified_api_version_vunversioned_response_200() {
    round_trips::<
        otc_vpc::types::ShowApiVersionResponse,
    >(
        "{\"resources\":[{\"links\":[{\"href\":\"https://vpc.systems.com/v2.0/subnets\",\"rel\":\"self\"}],\"name\":\"subnet\",\"collection\":\"subnets\"},{\"links\":[{\"href\":\"https://vpc.systems.com/v2.0/networks\",\"rel\":\"self\"}],\"name\":\"network\",\"collection\":\"networks\"},{\"links\":[{\"href\":\"https://vpc.systems.com/v2.0/ports\",\"rel\":\"self\"}],\"name\":\"port\",\"collection\":\"ports\"}]}",
    );
}
/// `querying_a_specified_api_version` at API version unversioned sends GET /{api_version}.
#[tokio::test]
async fn querying_a_specified_api_version_vunversioned_sends_documented_request() {
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
        .querying_a_specified_api_version()
        .api_version(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `querying_api_versions` unversioned response_200 example deserializes and serializes back.
#[test]
fn querying_api_versions_vunversioned_response_200() {
    round_trips::<
        otc_vpc::types::ListApiVersionsResponse,
    >(
        "{\"versions\":[{\"status\":\"CURRENT\",\"id\":\"v2.0\",\"links\":[{\"href\":\"https://{Endpoint}/v2.0\",\"rel\":\"self\"}]}]}",
    );
}
/// `querying_api_versions` at API version unversioned sends GET /.
#[tokio::test]
async fn querying_api_versions_vunversioned_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server).querying_api_versions().send().await;
    assert!(result.is_ok(), "{result:?}");
}
