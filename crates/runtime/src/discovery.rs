//! SCP endpoint discovery, as SCP's SDK does it: a signed `GET {auth-url}/endpoints` returns
//! the catalogue (`region`, `service_type`, `service_name`, `url`); the service's URL for the
//! region is picked from it.

use std::sync::Arc;

use serde::Deserialize;

use crate::client::{Plain, send_plain};
use crate::{Config, Error};

/// The identity service URL of an SCP environment (`s`, `g` or `e`):
/// `https://iam.{environment}.samsungsdscloud.com/v1`.
pub fn scp_auth_url(environment: &str) -> String {
    format!("https://iam.{environment}.samsungsdscloud.com/v1")
}

/// One catalogue entry.
#[derive(Debug, Deserialize)]
pub(crate) struct Entry {
    #[serde(default)]
    region: String,
    #[serde(default)]
    service_type: String,
    #[serde(default)]
    service_name: String,
    #[serde(default)]
    url: String,
}

/// The catalogue: a bare array, or an object holding the array under `endpoints` or
/// `contents` (SCP's list envelope).
#[derive(Deserialize)]
#[serde(untagged)]
enum Catalogue {
    Bare(Vec<Entry>),
    Endpoints { endpoints: Vec<Entry> },
    Contents { contents: Vec<Entry> },
}

/// The catalogue of one config, fetched on the first request that needs it and shared by every
/// client built from that config or its clones (one `GET /endpoints` for all their services).
/// A failed fetch is not kept: the next request asks again.
#[derive(Clone, Default)]
pub(crate) struct CatalogueCache(Arc<tokio::sync::OnceCell<Vec<Entry>>>);

impl std::fmt::Debug for CatalogueCache {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.0.get() {
            Some(entries) => write!(f, "CatalogueCache({} entries)", entries.len()),
            None => f.write_str("CatalogueCache(not fetched)"),
        }
    }
}

const OPERATION: &str = "scp_endpoint_discovery";

/// The URL of `service` (matched against `service_type`, then `service_name`, ignoring case) in
/// `region`, from the catalogue at `auth_url` (fetched once per config).
pub(crate) async fn discover(
    http: &reqwest::Client,
    config: &Config,
    auth_url: &str,
    service: &str,
    region: &str,
) -> Result<String, Error> {
    let entries = config
        .catalogue()
        .0
        .get_or_try_init(|| fetch(http, config, auth_url))
        .await?;
    pick(entries, auth_url, service, region)
}

/// A signed `GET {auth_url}/endpoints`, retried like any request.
async fn fetch(
    http: &reqwest::Client,
    config: &Config,
    auth_url: &str,
) -> Result<Vec<Entry>, Error> {
    let url = endpoints_url(auth_url);
    let received = send_plain(
        http,
        config,
        Plain {
            operation: OPERATION,
            method: crate::Method::Get,
            url: &url,
            headers: Vec::new(),
            body: None,
            sign_with: Some(config.credentials()),
        },
    )
    .await?;
    let catalogue: Catalogue = serde_json::from_slice(&received.body).map_err(|e| {
        Error::InvalidRequest(format!(
            "{OPERATION}: {url} did not return an endpoint catalogue (a list of region, \
             service_type, service_name, url): {e}"
        ))
    })?;
    Ok(match catalogue {
        Catalogue::Bare(e)
        | Catalogue::Endpoints { endpoints: e }
        | Catalogue::Contents { contents: e } => e,
    })
}

fn endpoints_url(auth_url: &str) -> String {
    format!("{}/endpoints", auth_url.trim_end_matches('/'))
}

fn pick(entries: &[Entry], auth_url: &str, service: &str, region: &str) -> Result<String, Error> {
    let in_region = || {
        entries
            .iter()
            .filter(|e| e.region.eq_ignore_ascii_case(region))
    };
    let found = in_region()
        .find(|e| e.service_type.eq_ignore_ascii_case(service))
        .or_else(|| in_region().find(|e| e.service_name.eq_ignore_ascii_case(service)));
    match found {
        Some(entry) => {
            if let Some(problem) = crate::client::base_url_problem(&entry.url) {
                return Err(Error::InvalidRequest(format!(
                    "{OPERATION}: catalogue entry for {service}: {problem}"
                )));
            }
            tracing::debug!(service, region, url = %entry.url, "discovered endpoint");
            Ok(entry.url.trim_end_matches('/').to_owned())
        }
        None => {
            let known: Vec<&str> = in_region().map(|e| e.service_type.as_str()).collect();
            Err(Error::InvalidRequest(format!(
                "{OPERATION}: the catalogue at {} has no `{service}` in region `{region}` \
                 (services there: {}); set the region or use ConfigBuilder::endpoint_url",
                endpoints_url(auth_url),
                if known.is_empty() {
                    "none".to_owned()
                } else {
                    known.join(", ")
                }
            )))
        }
    }
}
