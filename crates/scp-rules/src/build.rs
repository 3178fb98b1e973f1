//! The one builder from [`ScpService`] into OpenAPI documents: one per API version.
//!
//! Both scanners fill the model; every rule about what the spec says is written here:
//! - versions: the service's version table, else the versions its operations carry (newest
//!   first), each with its lifecycle;
//! - the server and its variables from the OpenAPI URL and the environment/region list;
//! - the service key (first host label of the URL);
//! - operations (module `operation`), schema cells (`schema`), models (`models`).

mod models;
mod operation;
mod schema;

use std::collections::HashSet;

use docsdk_spec::{
    Diagnostic, DiagnosticCode, EnvironmentRegion, Ext, ExtraExt, Lifecycle, OpenApi, Provider,
    Server, ServerVariable, SourceRef,
};

use crate::model::{ScpOperation, ScpService};
use crate::operation_id::{self, IdSource};
use crate::schema_text::ModelNames;
use crate::{paths, security};

/// Builds the documents of the services of one file, collecting diagnostics.
pub struct Builder<'a> {
    file: &'a str,
    diagnostics: Vec<Diagnostic>,
    /// Undefined models already reported (a format without Models section reports each once).
    reported_models: HashSet<String>,
}

/// One API version of the service with its lifecycle.
struct VersionInfo {
    version: String,
    lifecycle: Option<Lifecycle>,
}

/// What the builder needs to know about a service while it builds one operation.
struct Context<'s> {
    names: ModelNames,
    /// Whether the format has a Models section.
    models_stated: bool,
    key: Option<String>,
    service: &'s ScpService,
}

impl<'a> Builder<'a> {
    /// A builder for the file `file` (named in `x-source`).
    pub fn new(file: &'a str) -> Self {
        Self {
            file,
            diagnostics: Vec::new(),
            reported_models: HashSet::new(),
        }
    }

    /// The diagnostics reported so far.
    pub fn into_diagnostics(self) -> Vec<Diagnostic> {
        self.diagnostics
    }

    fn at(&self, line: usize) -> SourceRef {
        SourceRef::new(self.file, line.max(1))
    }

    fn warn(&mut self, code: DiagnosticCode, line: usize, message: impl Into<String>) {
        let at = self.at(line);
        self.diagnostics
            .push(Diagnostic::warning(code, at, message.into()));
    }

    fn error(&mut self, code: DiagnosticCode, line: usize, message: impl Into<String>) {
        let at = self.at(line);
        self.diagnostics
            .push(Diagnostic::error(code, at, message.into()));
    }

    /// One document per API version of `service`.
    pub fn documents(&mut self, service: &ScpService) -> Vec<OpenApi> {
        let names = ModelNames::new(
            service
                .models
                .iter()
                .flatten()
                .map(|m| m.name.trim().to_owned()),
        );
        let cx = Context {
            names,
            models_stated: service.models.is_some(),
            key: self.service_key(service),
            service,
        };
        let server = self.server(service);
        let components = self.model_schemas(&cx);
        let versions = self.versions(service);
        let ops: Vec<&ScpOperation> = service
            .operations
            .iter()
            .filter(|o| !o.versions.is_empty())
            .collect();
        // The id of an operation comes from its title, or its first version's method and path.
        let sources: Vec<IdSource> = ops
            .iter()
            .map(|o| IdSource {
                title: o.title.as_deref(),
                method: o.versions[0].method,
                path: &o.versions[0].path,
            })
            .collect();
        let ids = operation_id::assign(&sources);
        let title = service.name.as_ref().map_or("", |n| n.value.as_str());
        let mut out = Vec::new();
        for info in versions {
            let mut api = OpenApi::new(title, info.version.clone());
            api.info.description = service.overview.clone();
            api.info.lifecycle = info.lifecycle;
            api.info.source = service.name.as_ref().map(|n| self.at(n.line));
            if let Some(note) = &service.version_note {
                api.info
                    .extra
                    .set_ext(Ext::VERSION_NOTE, note.clone().into());
            }
            if let Some(category) = &service.category {
                api.info
                    .extra
                    .set_ext(Ext::CATEGORY, category.clone().into());
            }
            api.servers.extend(server.clone());
            api.provider = Some(Provider::Scp);
            api.service_key = cx.key.clone();
            api.language = Some(service.language.clone());
            api.source_documents = vec![self.file.to_owned()];
            security::require_signing(&mut api);
            for (op, id) in ops.iter().zip(&ids) {
                for v in op.versions.iter().filter(|v| v.version == info.version) {
                    let operation = self.operation(&cx, op, v, id);
                    if let Err(message) =
                        paths::insert_operation(&mut api, v.method, &v.path, &v.version, operation)
                    {
                        self.error(DiagnosticCode::Duplicate, v.method_line, message);
                    }
                }
            }
            if cx.models_stated {
                api.components.schemas = models::reachable(&api, &components, &cx);
            }
            out.push(api);
        }
        out
    }

    /// The first host label of the OpenAPI URL (`eventstreams`).
    fn service_key(&mut self, service: &ScpService) -> Option<String> {
        let url = service.url.as_ref()?;
        let host = url
            .value
            .split_once("://")
            .map_or(url.value.as_str(), |(_, h)| h);
        let label = host.split(['.', '/', ':']).next().unwrap_or("");
        if label.is_empty() || label.contains(['{', '}']) {
            self.warn(
                DiagnosticCode::UnexpectedText,
                url.line,
                format!(
                    "expected a fixed first host label (the service key) in the OpenAPI URL, found `{}`",
                    url.value
                ),
            );
            return None;
        }
        Some(label.to_owned())
    }

    fn server(&mut self, service: &ScpService) -> Option<Server> {
        let Some(url) = &service.url else {
            let (name, line) = service
                .name
                .as_ref()
                .map_or(("", 1), |n| (n.value.as_str(), n.line));
            self.warn(DiagnosticCode::MissingItem,
                line,
                format!(
                    "expected `OpenAPI URL` and a URL in the header of service `{name}`, found none; the documents have no server"
                ),
            );
            return None;
        };
        let envs = &service.environments;
        let mut server = Server {
            url: url.value.clone(),
            source: Some(self.at(url.line)),
            ..Server::default()
        };
        server.environment_regions = envs
            .iter()
            .map(|e| EnvironmentRegion {
                environment: e.value.0.clone(),
                region: e.value.1.clone(),
                source: Some(self.at(e.line)),
            })
            .collect();
        for name in placeholders(&url.value) {
            let values: Vec<String> = match name {
                "region" => distinct(envs.iter().map(|e| e.value.1.clone())),
                "environment" => distinct(envs.iter().map(|e| e.value.0.clone())),
                _ => Vec::new(),
            };
            if values.is_empty() {
                self.warn(DiagnosticCode::MissingItem,
                    url.line,
                    format!(
                        "expected documented values for server variable `{name}` (the environment/region list), found none; its default is empty"
                    ),
                );
            }
            server.variables.insert(
                name.to_owned(),
                ServerVariable {
                    default: values.first().cloned().unwrap_or_default(),
                    enum_values: values,
                    description: None,
                },
            );
        }
        Some(server)
    }

    /// The service's versions: its version table when it has rows, else the versions its
    /// operations carry (with their status and date); newest first.
    fn versions(&mut self, service: &ScpService) -> Vec<VersionInfo> {
        let mut out: Vec<VersionInfo> = service
            .versions
            .iter()
            .map(|row| VersionInfo {
                version: row.version.clone(),
                lifecycle: Some(lifecycle(
                    &row.status,
                    &row.date,
                    service.version_date_label.as_deref(),
                    self.at(row.line),
                )),
            })
            .collect();
        let from_table = !out.is_empty();
        for op in &service.operations {
            for v in &op.versions {
                let version = &v.version;
                let op_life = v.status.as_deref().map(|status| {
                    let date = v.version_row.as_ref().map_or("-", |r| r.value.1.as_str());
                    let at = self.at(v.state_line.unwrap_or(v.heading_line));
                    lifecycle(status, date, v.date_label.as_deref(), at)
                });
                let what = operation::name(op, v);
                match out.iter().find(|i| i.version == *version) {
                    Some(known) => {
                        if let (Some(a), Some(b)) = (&known.lifecycle, &op_life)
                            && (a.status != b.status || a.date != b.date)
                        {
                            let message = format!(
                                "expected version {version} of `{what}` to be {} {} as {} states, found {} {}",
                                a.status,
                                a.date.as_deref().unwrap_or("-"),
                                a.source
                                    .as_ref()
                                    .map_or("the service".to_owned(), |s| format!(
                                        "line {}",
                                        s.line
                                    )),
                                b.status,
                                b.date.as_deref().unwrap_or("-")
                            );
                            let line = v.state_line.unwrap_or(v.heading_line);
                            self.warn(DiagnosticCode::Inconsistent, line, message);
                        }
                    }
                    None => {
                        if from_table {
                            self.warn(DiagnosticCode::Inconsistent,
                                v.heading_line,
                                format!(
                                    "expected version {version} of `{what}` in the service version table, found it only here; a document is made for it"
                                ),
                            );
                        }
                        out.push(VersionInfo {
                            version: version.clone(),
                            lifecycle: op_life,
                        });
                    }
                }
            }
        }
        if !from_table {
            out.sort_by_key(|v| std::cmp::Reverse(version_key(&v.version)));
        }
        out
    }
}

fn version_key(v: &str) -> Vec<u64> {
    v.split('.').map(|p| p.parse().unwrap_or(0)).collect()
}

fn distinct(values: impl Iterator<Item = String>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for v in values {
        if !out.contains(&v) {
            out.push(v);
        }
    }
    out
}

/// `{name}` placeholders of a template, in order.
fn placeholders(template: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        let Some(close) = after.find('}') else { break };
        out.push(&after[..close]);
        rest = &after[close + 1..];
    }
    out
}

/// A lifecycle from a status, a printed date (`-` or `YYYYMMDD`) and the date's label.
fn lifecycle(status: &str, date: &str, date_label: Option<&str>, at: SourceRef) -> Lifecycle {
    Lifecycle {
        status: status.to_owned(),
        date: (date != "-").then(|| iso_date(date).unwrap_or_else(|| date.to_owned())),
        date_label: date_label.map(str::to_owned),
        source: Some(at),
    }
}

/// `YYYYMMDD` as ISO `YYYY-MM-DD`, when it is a plausible calendar date.
pub fn iso_date(text: &str) -> Option<String> {
    if text.len() != 8 || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let month: u32 = text[4..6].parse().ok()?;
    let day: u32 = text[6..8].parse().ok()?;
    ((1..=12).contains(&month) && (1..=31).contains(&day))
        .then(|| format!("{}-{}-{}", &text[..4], &text[4..6], &text[6..]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn url_placeholders() {
        assert_eq!(
            placeholders("https://a.{region}.{environment}.x.com"),
            vec!["region", "environment"]
        );
        assert_eq!(placeholders("/v1/{a}/b/{c"), vec!["a"]);
    }

    #[test]
    fn dates() {
        assert_eq!(iso_date("20260701").as_deref(), Some("2026-07-01"));
        assert_eq!(iso_date("20261301"), None);
        assert_eq!(iso_date("-"), None);
    }
}
