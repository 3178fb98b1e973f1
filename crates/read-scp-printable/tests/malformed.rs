//! Malformed inputs: each one yields a diagnostic with the right line, what was expected and
//! what was found, and the reader still returns what it could read.

use docsdk_read_scp_printable::read;

/// A small, well-formed printable view (English labels, one service, two operations).
const BASE: &str = "\
Mini Service

Overview

A tiny service for tests.

Version

VersionStatusNot Before
1.0CURRENT-

OpenAPI URL

https://mini.{region}.{environment}.samsungsdscloud.com

Environment and Region List

environmentregion
skr-west1
gkr-south1

1 - APIs

1.1 - Create Thing

1.1.1 - 1.0

post /v1/things

Description

Create a thing.

State ACTIVE (CURRENT)

VersionNot Before
1.0-

Parameters

TypeNameDescriptionSchemaDefault
querysize
optional
Size
Example : 20
any of [integer, null]20
bodybody
required

ThingRequest

Responses

HTTP CodeDescriptionSchema
200OKThing
400Bad RequestNone

Example HTTP request

Request path

/v1/things

Request header

\"Scp-Accesskey = key\",
\"Scp-Api-Version = mini 1.0\"

Request body

{
    \"name\": \"x\"
}

Example HTTP response

Response 200

{
    \"id\": \"1\"
}

1.2 - Get Thing

1.2.1 - 1.0

get /v1/things/{thing_id}

Description

Get a thing.

State ACTIVE (CURRENT)

VersionNot Before
1.0-

Parameters

TypeNameDescriptionSchemaDefault
paththing_id
required
Thing ID
Example : 1
stringNone

Responses

HTTP CodeDescriptionSchema
200OKThing

Example HTTP request

Request path

/v1/things/{thing_id}

Request header

\"Scp-Api-Version = mini 1.0\"

Example HTTP response

Response 200

2 - Models

2.1 - Thing

NameDescriptionSchemaDefault
id
required
ID
Example : 1
string
tags
optional
Tags
array[Tag]

2.2 - Tag

NameDescriptionSchemaDefault
key
required
Key
Example :
string

2.3 - ThingRequest

NameDescriptionSchemaDefault
name
required
Name
Example : x
Minimum length : 1
string";

fn diagnostics(text: &str) -> Vec<String> {
    read("mini.txt", text)
        .diagnostics
        .iter()
        .map(ToString::to_string)
        .collect()
}

/// 1-based line of the first line equal to `needle`.
fn line_of(text: &str, needle: &str) -> usize {
    text.lines().position(|l| l == needle).unwrap() + 1
}

fn assert_has(diags: &[String], expected: &str) {
    assert!(
        diags.iter().any(|d| d == expected),
        "expected diagnostic\n  {expected}\nfound\n  {}",
        diags.join("\n  ")
    );
}

#[test]
fn the_base_document_reads_cleanly() {
    let out = read("mini.txt", BASE);
    assert_eq!(diagnostics(BASE), Vec::<String>::new());
    assert_eq!(out.documents.len(), 1);
    let doc = &out.documents[0];
    assert_eq!(doc.operations().count(), 2);
    assert_eq!(doc.components.schemas.len(), 3);
    assert_eq!(doc.service_key.as_deref(), Some("mini"));
    assert_eq!(doc.language.as_deref(), Some("en"));
}

#[test]
fn truncated_file_inside_a_json_example() {
    let cut = BASE.find("    \"name\": \"x\"").unwrap();
    let text = &BASE[..cut];
    let diags = diagnostics(text);
    let line = text.lines().count();
    assert_has(
        &diags,
        &format!(
            "mini.txt:{line}: error[invalid-json]: expected a JSON value closed by a matching `}}` or `]`, found 1 lines that never close it; kept as text"
        ),
    );
    // What came before the cut is still read.
    let out = read("mini.txt", text);
    assert_eq!(out.documents[0].operations().count(), 1);
}

#[test]
fn truncated_file_inside_a_table_row() {
    let cut = BASE.find("Size\nExample : 20").unwrap();
    let text = &BASE[..cut];
    let diags = diagnostics(text);
    let line = line_of(text, "querysize");
    assert_has(
        &diags,
        &format!(
            "mini.txt:{line}: error[malformed-table]: expected a schema line at the end of row `querysize` (after its description), found the end of the file"
        ),
    );
}

#[test]
fn cut_table_row_without_its_schema_line() {
    let text = BASE.replacen(
        "Example : 20\nany of [integer, null]20\n",
        "Example : 20\n",
        1,
    );
    let diags = diagnostics(&text);
    let line = line_of(&text, "Example : 20");
    assert_has(
        &diags,
        &format!(
            "mini.txt:{line}: error[malformed-table]: expected the schema line of row `querysize` after `Example : 20`, found `bodybody`; the row is skipped"
        ),
    );
    let out = read("mini.txt", &text);
    let (_, _, op) = out.documents[0].operations().next().unwrap();
    assert!(op.parameters.is_empty());
    assert!(op.request_body.is_some(), "the next row is still read");
}

#[test]
fn unknown_schema_word() {
    let text = BASE.replacen("Example : 1\nstring\ntags", "Example : 1\nstrnig\ntags", 1);
    let diags = diagnostics(&text);
    let line = line_of(&text, "strnig");
    assert_eq!(
        diags,
        vec![format!(
            "mini.txt:{line}: warning[undefined-model]: expected a schema keyword or a model defined in this service's Models section, found `strnig`; the schema is kept as text in x-stated-type"
        )]
    );
    let out = read("mini.txt", &text);
    let id = &out.documents[0].components.schemas["Thing"].properties["id"];
    assert_eq!(id.stated_type.as_deref(), Some("strnig"));
    assert!(id.schema_type.is_none());
}

#[test]
fn model_defined_twice() {
    let text = format!(
        "{BASE}\n\n2.4 - Tag\n\nNameDescriptionSchemaDefault\nvalue\noptional\nValue\nExample :\nstring"
    );
    let diags = diagnostics(&text);
    let first = line_of(&text, "2.2 - Tag");
    let second = line_of(&text, "2.4 - Tag");
    assert_eq!(
        diags,
        vec![format!(
            "mini.txt:{second}: warning[duplicate]: expected model `Tag` to be defined once, found a second definition (the first is at line {first}); the second is not used"
        )]
    );
    let out = read("mini.txt", &text);
    assert!(
        out.documents[0].components.schemas["Tag"]
            .properties
            .contains_key("key")
    );
}

#[test]
fn operation_without_its_method_line() {
    let text = BASE.replacen("get /v1/things/{thing_id}\n\n", "", 1);
    let diags = diagnostics(&text);
    let line = line_of(&text, "1.2.1 - 1.0");
    assert_eq!(
        diags,
        vec![format!(
            "mini.txt:{line}: error[missing-item]: expected a method line such as `get /v1/...` in version 1.0 of `Get Thing`, found none; this operation version is skipped"
        )]
    );
    assert_eq!(read("mini.txt", &text).documents[0].operations().count(), 1);
}

#[test]
fn reference_to_an_undefined_model() {
    let text = BASE.replacen("array[Tag]", "array[Label]", 1);
    let diags = diagnostics(&text);
    let line = line_of(&text, "array[Label]");
    assert_eq!(
        diags,
        vec![format!(
            "mini.txt:{line}: warning[undefined-model]: expected a schema keyword or a model defined in this service's Models section, found `Label`; the schema is kept as text in x-stated-type"
        )]
    );
    // No dangling $ref: the field keeps the printed text.
    let out = read("mini.txt", &text);
    let tags = &out.documents[0].components.schemas["Thing"].properties["tags"];
    assert_eq!(tags.stated_type.as_deref(), Some("array[Label]"));
}

#[test]
fn malformed_response_row_and_schema_cell() {
    let text = BASE
        .replacen("400Bad RequestNone", "4xxBad RequestNone", 1)
        .replacen("any of [integer, null]20", "any of [integer, null20", 1);
    let diags = diagnostics(&text);
    let response = line_of(&text, "4xxBad RequestNone");
    let cell = line_of(&text, "any of [integer, null20");
    assert_eq!(
        diags,
        vec![
            format!(
                "mini.txt:{cell}: error[unreadable-schema]: in the schema cell of parameter `size`: expected `, ` or `]` inside `any of [` at column 22, found `20`; the schema is kept as text in x-stated-type"
            ),
            format!(
                "mini.txt:{response}: error[malformed-table]: expected a response row `<3-digit code><description><schema or None>` such as `200OKAsyncResponse`, found `4xxBad RequestNone`; the row is skipped"
            ),
        ]
    );
}

#[test]
fn heading_number_gap() {
    let text = BASE
        .replacen("1.2 - Get Thing", "1.3 - Get Thing", 1)
        .replacen("1.2.1 - 1.0", "1.3.1 - 1.0", 1);
    let line = line_of(&text, "1.3 - Get Thing");
    assert_eq!(
        diagnostics(&text),
        vec![format!(
            "mini.txt:{line}: warning[unexpected-text]: expected heading number 1.2 after `1.1.1 - 1.0`, found `1.3 - Get Thing`"
        )]
    );
}

#[test]
fn no_outline_at_all() {
    assert_eq!(
        diagnostics("just some text\n"),
        vec!["mini.txt:1: error[unreadable]: expected a numbered `APIs` or `Models` section heading (`1 - APIs`, `1.1 - APIs`), found none; nothing was read".to_owned()]
    );
    assert!(read("mini.txt", "").documents.is_empty());
}

#[test]
fn version_header_disagrees_with_the_service_key() {
    let text = BASE.replacen(
        "\"Scp-Api-Version = mini 1.0\"\n\nRequest body",
        "\"Scp-Api-Version = other 1.0\"\n\nRequest body",
        1,
    );
    let line = line_of(&text, "\"Scp-Api-Version = other 1.0\"");
    assert_eq!(
        diagnostics(&text),
        vec![format!(
            "mini.txt:{line}: warning[inconsistent]: expected service key `mini` (the OpenAPI URL's first host label) in `Scp-Api-Version`, found `other`; the header is kept as printed"
        )]
    );
}
