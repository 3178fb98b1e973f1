//! What the integration tests share: the options of a test service, and reading fixture pages.

use std::path::Path;

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

/// The fixture pages `names` with extension `ext` from `tests/<dir>/`, each as
/// (`page/<name>.<stored_ext>`, text): the pair a service read takes. (Not every test crate
/// reads fixture pages.)
#[allow(dead_code)]
pub fn fixture_pages(
    dir: &str,
    names: &[&str],
    ext: &str,
    stored_ext: &str,
) -> Vec<(String, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join(dir);
    names
        .iter()
        .map(|name| {
            let text =
                std::fs::read_to_string(dir.join(format!("{name}.{ext}"))).expect("fixture page");
            (format!("page/{name}.{stored_ext}"), text)
        })
        .collect()
}
