//! What the scanner gathered for one service, and its translation into the shared
//! [`ScpService`] model (1-based lines) that `docsdk_scp_rules::build` turns into documents.

use docsdk_scp_rules::model::{
    ExampleRequest, Located, OperationVersion, ResponseExample, ResponseRow, Row, RowPlace,
    SchemaCell, ScpModel, ScpOperation, ScpService, ServiceVersion,
};
use docsdk_spec::{DiagnosticCode, ParameterLocation};

use crate::operation::OpVersion;
use crate::rows;
use crate::service::ServiceHeader;
use crate::text::Report;

/// An operation: its title and heading, and its version blocks.
pub(crate) struct OpData<'a> {
    pub title: &'a str,
    pub idx: usize,
    /// (version, version heading line, block).
    pub versions: Vec<(String, usize, OpVersion<'a>)>,
}

/// A model: name, heading line and rows.
pub(crate) struct ModelData<'a> {
    pub name: &'a str,
    pub idx: usize,
    pub rows: Vec<rows::Row<'a>>,
}

/// Everything read for one service, with 0-based line indexes.
pub(crate) struct ServiceData<'a> {
    pub title: String,
    pub title_idx: usize,
    pub header: ServiceHeader,
    pub category: Option<String>,
    pub ops: Vec<OpData<'a>>,
    pub models: Vec<ModelData<'a>>,
}

/// The shared model of `service`. A parameter whose first cell names no location is
/// reported and left out.
pub(crate) fn to_model(service: ServiceData, report: &mut Report) -> ScpService {
    let header = service.header;
    let korean = header.korean
        || service
            .ops
            .iter()
            .any(|o| o.versions.iter().any(|(_, _, v)| v.korean));
    let operations = service
        .ops
        .into_iter()
        .map(|op| ScpOperation {
            title: Some(op.title.to_owned()),
            line: op.idx + 1,
            versions: op
                .versions
                .into_iter()
                .filter_map(|(version, heading, block)| {
                    operation_version(version, heading, block, report)
                })
                .collect(),
        })
        .collect();
    let models = service
        .models
        .into_iter()
        .map(|m| ScpModel {
            name: m.name.to_owned(),
            line: m.idx + 1,
            fields: m.rows.iter().map(|r| row(r, None, r.first)).collect(),
        })
        .collect();
    ScpService {
        name: Some(Located::new(service.title, service.title_idx + 1)),
        overview: header.overview,
        version_note: header.version_note,
        category: service.category,
        language: if korean { "ko" } else { "en" }.to_owned(),
        versions: header
            .versions
            .into_iter()
            .map(|r| ServiceVersion {
                version: r.version,
                status: r.status,
                date: r.date,
                line: r.idx + 1,
            })
            .collect(),
        version_date_label: header.date_label,
        url: header.url.map(|(url, idx)| Located::new(url, idx + 1)),
        environments: header
            .environments
            .into_iter()
            .map(|(e, r, idx)| Located::new((e, r), idx + 1))
            .collect(),
        operations,
        models: Some(models),
    }
}

fn operation_version(
    version: String,
    heading: usize,
    block: OpVersion,
    report: &mut Report,
) -> Option<OperationVersion> {
    let (method, path, method_idx) = block.method?;
    let mut parameters = Vec::new();
    for r in &block.params {
        let Some((place, name)) = location(r.first) else {
            report.error(DiagnosticCode::MalformedTable,
                r.idx,
                format!(
                    "expected a parameter's location glued to its name (`header`, `query`, `path`, `cookie`, `body` + name), found `{}`; the row is skipped",
                    r.first
                ),
            );
            continue;
        };
        parameters.push(row(r, Some(place), name));
    }
    let example_line = block.example_idx.or(block.request_path.map(|p| p.1));
    let example_request =
        (example_line.is_some() || !block.request_headers.is_empty()).then(|| ExampleRequest {
            line: example_line.map(|i| i + 1),
            path: block
                .request_path
                .map(|(p, idx)| Located::new(p.to_owned(), idx + 1)),
            headers: block
                .request_headers
                .iter()
                .map(|(n, v, idx)| Located::new(((*n).to_owned(), (*v).to_owned()), idx + 1))
                .collect(),
            body: block.request_body,
        });
    Some(OperationVersion {
        version,
        heading_line: heading + 1,
        method,
        path: path.to_owned(),
        method_line: method_idx + 1,
        description: block.description,
        state: block.state,
        status: block.status,
        state_line: block.state_idx.map(|i| i + 1),
        lifecycle_note: block.lifecycle_note,
        version_row: block
            .version_row
            .map(|(v, d, idx)| Located::new((v.to_owned(), d.to_owned()), idx + 1)),
        date_label: block.date_label,
        parameters,
        responses: block
            .responses
            .iter()
            .map(|r| ResponseRow {
                code: r.code.to_owned(),
                reason: r.reason.to_owned(),
                schema: r.schema.map(str::to_owned),
                line: r.idx + 1,
            })
            .collect(),
        example_request,
        response_examples: block
            .response_examples
            .into_iter()
            .map(|(code, idx, body)| ResponseExample {
                code: code.to_owned(),
                line: idx + 1,
                body,
            })
            .collect(),
    })
}

fn row(r: &rows::Row, place: Option<RowPlace>, name: &str) -> Row {
    Row {
        place,
        name: name.to_owned(),
        required: r.required,
        description: r.description.clone(),
        example: r
            .example
            .map(|(e, idx)| Located::new(e.to_owned(), idx + 1)),
        constraints: r.constraints.clone(),
        cell: SchemaCell::Joined(r.schema_cell.to_owned()),
        line: r.idx + 1,
        schema_line: r.schema_idx + 1,
    }
}

/// Splits `headerAccept` into location and name (`body`, `formData`: the request body).
fn location(first: &str) -> Option<(RowPlace, &str)> {
    const LOCATIONS: [(&str, RowPlace); 6] = [
        ("formData", RowPlace::Body),
        ("header", RowPlace::In(ParameterLocation::Header)),
        ("cookie", RowPlace::In(ParameterLocation::Cookie)),
        ("query", RowPlace::In(ParameterLocation::Query)),
        ("path", RowPlace::In(ParameterLocation::Path)),
        ("body", RowPlace::Body),
    ];
    LOCATIONS.iter().find_map(|(word, place)| {
        let name = first.strip_prefix(word)?;
        (!name.is_empty()).then_some((*place, name))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn location_glued_to_name() {
        let header = RowPlace::In(ParameterLocation::Header);
        assert_eq!(location("headeraccept"), Some((header, "accept")));
        assert_eq!(
            location("headerScp-Request-Path"),
            Some((header, "Scp-Request-Path"))
        );
        assert_eq!(
            location("pathcluster_id"),
            Some((RowPlace::In(ParameterLocation::Path), "cluster_id"))
        );
        // A query parameter named `path...` stays a query parameter: the location is a prefix.
        assert_eq!(
            location("querypath"),
            Some((RowPlace::In(ParameterLocation::Query), "path"))
        );
        assert_eq!(location("bodybody"), Some((RowPlace::Body, "body")));
        assert_eq!(location("header"), None);
        assert_eq!(location("Accept"), None);
    }
}
