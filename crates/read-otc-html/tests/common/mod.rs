//! What the integration tests share: the options of a test service.

use docsdk_read_otc_html::ServiceOptions;

/// Options for service `title` with endpoint code `key`, offered in `eu-de` only, the way
/// `spec/manifest.toml` describes the OTC services.
pub fn options(title: &str, key: &str) -> ServiceOptions {
    ServiceOptions {
        title: title.into(),
        service_key: key.into(),
        endpoint_template: format!("https://{key}.{{region}}.otc.t-systems.com"),
        regions: vec!["eu-de".into()],
        default_region: "eu-de".into(),
    }
}
