//! Response rows whose Description cell is free text, not a standard reason phrase: the run
//! is read without errors, the text is kept as the response description, and a split that
//! still fits two ways is a warning naming both.

use docsdk_read_scp_printable::read;
use docsdk_spec::{DiagnosticCode, OpenApi, Severity};

/// A one-operation document whose response table is `rows`; models `Thing`, `ThingList` and
/// `ErrorResponse` are defined.
fn document(rows: &str) -> String {
    format!(
        "\
Mini Service

Overview

A tiny service.

OpenAPI URL

https://mini.{{region}}.{{environment}}.samsungsdscloud.com

Environment and Region List

environmentregion
skr-west1

1 - APIs

1.1 - Get Thing

1.1.1 - 1.0

get /v1/things

Description

Get things.

State ACTIVE (CURRENT)

VersionNot Before
1.0-

Responses

HTTP CodeDescriptionSchema
{rows}

Example HTTP request

Request header

\"Scp-Api-Version = mini 1.0\"

2 - Models

2.1 - Thing

NameDescriptionSchemaDefault
id
required
ID
string

2.2 - ThingList

NameDescriptionSchemaDefault
items
required
Items
array[Thing]

2.3 - ErrorResponse

NameDescriptionSchemaDefault
message
required
Message
string
"
    )
}

/// (code, description, schema `$ref` name or `None`) of every response of the operation.
fn responses(api: &OpenApi) -> Vec<(String, String, Option<String>)> {
    let (_, _, op) = api.operations().next().expect("one operation");
    op.responses
        .iter()
        .map(|(code, r)| {
            let schema = r
                .content
                .get("application/json")
                .and_then(|m| m.schema.as_ref())
                .map(|s| {
                    let v = serde_json::to_value(s).unwrap();
                    v.get("$ref")
                        .and_then(|r| r.as_str())
                        .map_or(v.to_string(), |r| r.rsplit('/').next().unwrap().to_owned())
                });
            (code.clone(), r.description.clone(), schema)
        })
        .collect()
}

fn row(code: &str, description: &str, schema: Option<&str>) -> (String, String, Option<String>) {
    (code.into(), description.into(), schema.map(str::to_owned))
}

#[test]
fn free_text_descriptions_read_without_diagnostics() {
    let text = document(
        "200OK (a page of things)ThingList\n\
         400Bad Request parameter is missingNone\n\
         404The thing you asked for does not existErrorResponse\n\
         409Conflict (a thing of that name exists)None\n\
         422잘못된 요청 (이름 확인)ErrorResponse\n\
         500Internal error of ThingErrorResponse",
    );
    let out = read("mini.txt", &text);
    let diags: Vec<String> = out.diagnostics.iter().map(ToString::to_string).collect();
    assert!(diags.is_empty(), "{diags:#?}");
    assert_eq!(
        responses(&out.documents[0]),
        vec![
            row("200", "OK (a page of things)", Some("ThingList")),
            row("400", "Bad Request parameter is missing", None),
            row(
                "404",
                "The thing you asked for does not exist",
                Some("ErrorResponse")
            ),
            row("409", "Conflict (a thing of that name exists)", None),
            row("422", "잘못된 요청 (이름 확인)", Some("ErrorResponse")),
            // `Thing` ends the description and starts no schema: `ThingErrorResponse` is no model.
            row("500", "Internal error of Thing", Some("ErrorResponse")),
        ]
    );
}

#[test]
fn a_trailing_word_that_is_a_model_prefix_stays_in_the_description() {
    // `Thing` is a model and a prefix of `ThingList`; the description ends with it.
    let out = read("mini.txt", &document("200List of ThingThingList"));
    assert!(out.diagnostics.is_empty(), "{:?}", out.diagnostics);
    assert_eq!(
        responses(&out.documents[0]),
        vec![row("200", "List of Thing", Some("ThingList"))]
    );
}

#[test]
fn an_ambiguous_split_is_a_warning_with_the_alternatives_and_keeps_the_text() {
    // With models `ThingList` and `List`, `Get ThingList` reads as `Get` + `ThingList` or as
    // `Get Thing` + `List`: the longer schema is taken and the other reading is named.
    let text = document("200Get ThingList")
        + "\n2.4 - List\n\nNameDescriptionSchemaDefault\nsize\nrequired\nSize\ninteger\n";
    let out = read("mini.txt", &text);
    let (warnings, errors): (Vec<_>, Vec<_>) = out
        .diagnostics
        .iter()
        .partition(|d| d.severity == Severity::Warning);
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    assert_eq!(warnings[0].code, DiagnosticCode::AmbiguousSplit);
    let line = text.lines().position(|l| l == "200Get ThingList").unwrap() + 1;
    assert_eq!(warnings[0].source.line, line);
    assert_eq!(
        warnings[0].to_string(),
        format!(
            "mini.txt:{line}: warning[ambiguous-split]: ambiguous response row 200: read as description `Get` + schema `ThingList`; it also splits as `Get Thing` + `List`"
        )
    );
    assert_eq!(
        responses(&out.documents[0]),
        vec![row("200", "Get", Some("ThingList"))]
    );
}

#[test]
fn a_row_without_any_schema_is_a_warning_and_keeps_its_text() {
    let out = read("mini.txt", &document("200everything is fine"));
    assert_eq!(out.diagnostics.error_count(), 0);
    let codes: Vec<DiagnosticCode> = out.diagnostics.iter().map(|d| d.code).collect();
    assert_eq!(codes, vec![DiagnosticCode::UnexpectedText]);
    assert_eq!(
        responses(&out.documents[0]),
        vec![row("200", "everything is fine", None)]
    );
}

#[test]
fn edits_of_the_seeds_read_without_errors() {
    for name in ["000_82ebfbc0b226c8e0.txt", "002_d08617caa93a34a7.txt"] {
        let path = format!("{}/../../spec/docs/{name}", env!("CARGO_MANIFEST_DIR"));
        let seed = std::fs::read_to_string(&path).unwrap();
        let before = read(name, &seed);
        let edited = seed
            .replace(
                "400Bad RequestNone",
                "400Bad Request (the request is not valid)None",
            )
            .replace("404Not FoundNone", "404Resource does not existNone")
            .replace("401UnauthorizedNone", "401인증 실패None");
        assert_ne!(edited, seed, "{name}: the rows to edit are in the seed");
        let after = read(name, &edited);
        assert_eq!(
            after.diagnostics.error_count(),
            0,
            "{name}: {:?}",
            after.diagnostics
        );
        assert_eq!(
            after.diagnostics.warning_count(),
            before.diagnostics.warning_count(),
            "{name}"
        );
        let descriptions: Vec<String> = after
            .documents
            .iter()
            .flat_map(|d| {
                d.operations()
                    .map(|(_, _, o)| o.clone())
                    .collect::<Vec<_>>()
            })
            .flat_map(|o| o.responses.into_values().map(|r| r.description))
            .collect();
        assert!(
            descriptions
                .iter()
                .any(|d| d == "Bad Request (the request is not valid)")
        );
        assert!(descriptions.iter().any(|d| d == "Resource does not exist"));
    }
}
