//! Scanned blocks -> OpenAPI documents, one per (service, API version).
//!
//! Schema cells, defaults and examples go through the printable-view reader's grammar
//! (`docsdk_read_scp_printable::schema_text`): one schema language, one implementation.

use std::collections::HashSet;

use docsdk_read_scp_printable::schema_text::{self, ModelNames, SchemaExpr};
use docsdk_scp_rules::operation_id::{self, IdSource};
use docsdk_scp_rules::{paths, security};
use docsdk_spec::{
    Diagnostic, DiagnosticCode, EnvironmentRegion, Info, Lifecycle, Method, OpenApi, Provider,
    Schema, Server, ServerVariable, SourceRef,
};
use indexmap::IndexMap;

use crate::scan::{Located, OperationBlock, Service, VersionRow};

mod operation;

/// Builds the documents of every service.
pub struct Builder<'a> {
    /// File name for `x-source`.
    pub file: &'a str,
    /// Language of the document's prose.
    pub language: String,
    /// Where diagnostics go.
    pub diagnostics: &'a mut Vec<Diagnostic>,
    /// Model names already reported as undefined.
    pub reported_models: HashSet<String>,
}

impl Builder<'_> {
    fn at(&self, line: usize) -> SourceRef {
        SourceRef::new(self.file, line)
    }

    fn warn(&mut self, code: DiagnosticCode, line: usize, message: String) {
        let at = self.at(line);
        self.diagnostics
            .push(Diagnostic::warning(code, at, message));
    }

    fn error(&mut self, code: DiagnosticCode, line: usize, message: String) {
        let at = self.at(line);
        self.diagnostics.push(Diagnostic::error(code, at, message));
    }

    /// One document per API version of `service`, versions in order of first appearance.
    pub fn service(&mut self, service: &Service) -> Vec<OpenApi> {
        let mut versions: Vec<&str> = Vec::new();
        for op in &service.operations {
            if !versions.contains(&op.version.as_str()) {
                versions.push(&op.version);
            }
        }
        for row in &service.versions {
            if !versions.contains(&row.version.as_str()) {
                self.warn(
                    DiagnosticCode::Inconsistent,
                    row.line,
                    format!(
                        "the service version table lists {} but no operation has that version; \
                         no document is written for it",
                        row.version
                    ),
                );
            }
        }
        versions
            .into_iter()
            .map(|v| self.document(service, v))
            .collect()
    }

    fn document(&mut self, service: &Service, version: &str) -> OpenApi {
        let name = service.name.as_ref();
        let mut doc = OpenApi::new(name.map_or("", |n| n.value.as_str()), version);
        doc.info = Info {
            title: doc.info.title.clone(),
            version: version.to_owned(),
            description: (!service.overview.is_empty()).then(|| {
                service
                    .overview
                    .iter()
                    .map(|l| l.value.as_str())
                    .collect::<Vec<_>>()
                    .join("\n")
            }),
            lifecycle: None,
            source: name.map(|n| self.at(n.line)),
            also_stated_at: Vec::new(),
            extra: Default::default(),
        };
        doc.provider = Some(Provider::Scp);
        doc.language = Some(self.language.clone());
        doc.source_documents = vec![self.file.to_owned()];
        if let Some(url) = &service.url {
            doc.service_key = service_key(&url.value);
            doc.servers.push(self.server(url, &service.environments));
        }
        security::require_signing(&mut doc);
        let blocks: Vec<(&OperationBlock, Method)> = service
            .operations
            .iter()
            .filter(|o| o.version == version)
            .filter_map(|o| o.method.map(|(m, _)| (o, m))) // no method: reported by the scanner
            .collect();
        let sources: Vec<IdSource> = blocks
            .iter()
            .map(|(b, method)| IdSource {
                title: b.title.as_ref().map(|t| t.value.as_str()),
                method: *method,
                path: &b.path,
            })
            .collect();
        let ids = operation_id::assign(&sources);
        let mut first_op_lifecycle = None;
        for ((block, method), id) in blocks.into_iter().zip(ids) {
            let op = self.operation(block, doc.service_key.as_deref(), id);
            if first_op_lifecycle.is_none() {
                first_op_lifecycle.clone_from(&op.lifecycle);
            }
            if let Err(message) =
                paths::insert_operation(&mut doc, method, &block.path, version, op)
            {
                self.error(DiagnosticCode::Duplicate, block.heading_line, message);
            }
        }
        // The service table has no rows in this extraction (nor in the printable view of the
        // same pages): the version's lifecycle is the one its operations state, as the
        // printable reader takes it.
        doc.info.lifecycle = service_lifecycle(service, version, self.file).or(first_op_lifecycle);
        doc
    }

    fn server(&mut self, url: &Located<String>, envs: &[Located<(String, String)>]) -> Server {
        let mut environments: Vec<String> = Vec::new();
        let mut regions: Vec<String> = Vec::new();
        for e in envs {
            if !environments.contains(&e.value.0) {
                environments.push(e.value.0.clone());
            }
            if !regions.contains(&e.value.1) {
                regions.push(e.value.1.clone());
            }
        }
        let mut variables = IndexMap::new();
        for (var, values) in [("region", regions), ("environment", environments)] {
            if !url.value.contains(&format!("{{{var}}}")) {
                continue;
            }
            variables.insert(
                var.to_owned(),
                ServerVariable {
                    default: values.first().cloned().unwrap_or_default(),
                    enum_values: values,
                    description: None,
                },
            );
        }
        Server {
            url: url.value.clone(),
            description: None,
            variables,
            environment_regions: envs
                .iter()
                .map(|e| EnvironmentRegion {
                    environment: e.value.0.clone(),
                    region: e.value.1.clone(),
                    source: Some(self.at(e.line)),
                })
                .collect(),
            source: Some(self.at(url.line)),
            extra: Default::default(),
        }
    }

    /// Parses a schema cell; an unknown or broken one is reported and kept as printed in
    /// `x-stated-type` on an otherwise empty schema.
    fn schema_cell(&mut self, text: &str, line: usize) -> (Schema, Option<SchemaExpr>) {
        let parsed = schema_text::parse_schema(text, &ModelNames::default());
        let expr = match parsed {
            Ok(expr) => expr,
            Err(e) => {
                self.error(
                    DiagnosticCode::UnreadableSchema,
                    line,
                    format!("cannot read the schema `{text}`: {e}"),
                );
                return (stated_only(text), None);
            }
        };
        for model in expr.model_names() {
            if !model.starts_with(|c: char| c.is_ascii_uppercase()) {
                self.error(DiagnosticCode::UnreadableSchema,
                    line,
                    format!(
                        "unknown schema word `{model}` in `{text}`: expected string, integer, number, \
                         boolean, object, null, array[...], any of [...], enum (...) or a model name \
                         (model names start with an upper-case letter); kept as printed in x-stated-type"
                    ),
                );
                return (stated_only(text), None);
            }
        }
        for model in expr.model_names() {
            if self.reported_models.insert(model.to_owned()) {
                let at = self.at(line);
                self.diagnostics.push(
                    Diagnostic::warning(
                        DiagnosticCode::UndefinedModel,
                        at,
                        format!(
                            "model `{model}` is referenced but not defined (this extraction has \
                             no Models section); kept as a `$ref` (first reference here)"
                        ),
                    )
                    .about(model),
                );
            }
        }
        // Like the printable reader, `x-stated-type` is kept only where the text cannot be
        // structured; an undefined model stays a `$ref` here (the brief of this format: the
        // model may come from another source at merge time).
        (expr.to_schema(), Some(expr))
    }
}

fn stated_only(text: &str) -> Schema {
    Schema {
        stated_type: Some(text.to_owned()),
        ..Schema::default()
    }
}

/// A printed date: `-` is none, `20260701` is `2026-07-01`, anything else is kept as printed.
fn stated_date(text: &str) -> Option<String> {
    (text != "-").then(|| iso_date(text).unwrap_or_else(|| text.to_owned()))
}

/// `20260701` -> `2026-07-01`; anything else -> none.
fn iso_date(text: &str) -> Option<String> {
    let ok = text.len() == 8 && text.bytes().all(|b| b.is_ascii_digit());
    ok.then(|| format!("{}-{}-{}", &text[..4], &text[4..6], &text[6..]))
}

/// The lifecycle of `version` from the service's version table, when it has a row for it.
fn service_lifecycle(service: &Service, version: &str, file: &str) -> Option<Lifecycle> {
    let row: &VersionRow = service.versions.iter().find(|r| r.version == version)?;
    Some(Lifecycle {
        status: row.status.clone().unwrap_or_default(),
        date: stated_date(&row.date),
        date_label: service.version_date_label.clone(),
        source: Some(SourceRef::new(file, row.line)),
    })
}

/// `https://cloud-ml.{region}.{environment}.samsungsdscloud.com` -> `cloud-ml`.
fn service_key(url: &str) -> Option<String> {
    let host = url.split_once("://").map_or(url, |(_, rest)| rest);
    let label = host.split(['.', '/']).next()?;
    (!label.is_empty() && !label.contains('{')).then(|| label.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_dates_and_keys() {
        assert_eq!(iso_date("20260701").as_deref(), Some("2026-07-01"));
        assert_eq!(iso_date("-"), None);
        assert_eq!(iso_date("2026070"), None);
        assert_eq!(
            service_key("https://cloud-ml.{region}.{environment}.samsungsdscloud.com").as_deref(),
            Some("cloud-ml")
        );
        assert_eq!(service_key("https://{endpoint}/v1"), None);
    }
}
