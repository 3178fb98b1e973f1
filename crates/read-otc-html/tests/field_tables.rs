//! Rules for a field's type cell and the table that describes it, on pages written the way
//! the family writes them, each page in both forms (`tests/field_tables/<page>.rst` and
//! `.html`), every assertion made on both:
//! - a sized string type (`String(64)`) is a string with `maxLength`;
//! - a table whose caption names a field (`Description of field **tag**`, `Parameters in the
//!   **links** field`) describes that field, preferring the table in the field's own section;
//! - a free-form `Object` field is not tied to a table by its caption alone (the caption then
//!   lists keys the document knows, not every key the object may have);
//! - `Array of Map<String,String> objects` is an array of string maps;
//! - a table captioned with a model name (`ErrorDetail`) that no field links describes the one
//!   undescribed free-form object field of the table printed right before it;
//! - a body table whose one row is named `[Array]` stands for a body that is that array;
//! - a model named by a lower-case RST label is spelled as its caption, or a link to it,
//!   spells it;
//! - a page without operations (a "Data Structure" appendix) defines the tables operation pages
//!   link; only the linked ones become models.

mod common;

use docsdk_read_otc_html::read_service;
use docsdk_spec::{DiagnosticCode, OpenApi, ReadOutput, Schema};

/// The forms every page is written in.
const FORMS: [&str; 2] = ["rst", "html"];

/// Page `name` in `form`, read as a service of its own.
fn read(name: &str, form: &str) -> ReadOutput {
    let out = read_pages(&[name], form);
    assert!(
        !out.diagnostics.has_errors(),
        "{name}.{form}: {:#?}",
        out.diagnostics
    );
    out
}

/// The component `name` of the only document.
fn model<'a>(doc: &'a OpenApi, name: &str) -> &'a Schema {
    doc.components
        .schemas
        .get(name)
        .unwrap_or_else(|| panic!("no model {name}: {:?}", doc.components.schemas.keys()))
}

/// The model a field refers to, directly or as its items.
fn target<'a>(doc: &'a OpenApi, field: &Schema) -> Option<&'a Schema> {
    let reference = field
        .reference
        .as_deref()
        .or_else(|| field.items.as_deref()?.reference.as_deref())?;
    let name = reference.rsplit('/').next()?;
    Some(model(doc, name))
}

/// The model `schema` refers to, or `schema` itself.
fn resolved<'a>(doc: &'a OpenApi, schema: &'a Schema) -> &'a Schema {
    match &schema.reference {
        Some(r) => model(doc, r.rsplit('/').next().expect("a ref")),
        None => schema,
    }
}

fn body_schema(doc: &OpenApi, request: bool) -> &Schema {
    let (_, _, op) = doc.operations().next().expect("one operation");
    let media = if request {
        &op.request_body.as_ref().expect("a request body").content["application/json"]
    } else {
        let response = op
            .responses
            .values()
            .find(|r| !r.content.is_empty())
            .expect("a response body");
        &response.content["application/json"]
    };
    resolved(doc, media.schema.as_ref().expect("a body schema"))
}

#[test]
fn a_sized_string_states_its_maximum_length() {
    for form in FORMS {
        let out = read("add_thing_tags", form);
        let doc = &out.documents[0];
        let body = body_schema(doc, true);
        let name = &body.properties["name"];
        assert_eq!(name.max_length, Some(64), "{form}");
        assert_eq!(name.stated_type.as_deref(), Some("String(64)"), "{form}");
        // The description states another maximum: it is kept, and the disagreement reported.
        assert_eq!(body.properties["remark"].max_length, Some(100), "{form}");
        assert!(
            out.diagnostics
                .0
                .iter()
                .any(|d| d.code == DiagnosticCode::Inconsistent
                    && d.message.contains("`remark`")
                    && d.message.contains("255")),
            "{form}: {:#?}",
            out.diagnostics
        );
    }
}

#[test]
fn a_caption_naming_a_field_describes_it_in_its_own_section() {
    for form in FORMS {
        let out = read("add_thing_tags", form);
        let doc = &out.documents[0];
        let request_tags = target(doc, &body_schema(doc, true).properties["tags"])
            .unwrap_or_else(|| panic!("{form}: the request's tags are described by Table 3"));
        assert!(request_tags.properties.contains_key("value"), "{form}");
        let response_tags = target(doc, &body_schema(doc, false).properties["tags"])
            .unwrap_or_else(|| panic!("{form}: the response's tags are described by Table 6"));
        assert!(response_tags.properties.contains_key("values"), "{form}");
    }
}

#[test]
fn a_free_form_object_is_not_tied_to_a_table_by_its_caption() {
    for form in FORMS {
        let out = read("add_thing_tags", form);
        let doc = &out.documents[0];
        let metadata = &body_schema(doc, true).properties["metadata"];
        assert!(target(doc, metadata).is_none(), "{form}: {metadata:#?}");
        assert!(
            out.diagnostics
                .0
                .iter()
                .any(|d| d.code == DiagnosticCode::UnreferencedTable
                    && d.message.contains("metadata")),
            "{form}: the table stays, reported: {:#?}",
            out.diagnostics
        );
    }
}

#[test]
fn an_array_of_string_maps_is_typed() {
    for form in FORMS {
        let out = read("add_thing_tags", form);
        let doc = &out.documents[0];
        let labels = &body_schema(doc, false).properties["labels"];
        let items = labels.items.as_deref().expect("items");
        assert!(items.additional_properties.is_some(), "{form}: {labels:#?}");
        assert!(items.reference.is_none(), "{form}");
    }
}

/// The body schema documented for `status`.
fn status_body<'a>(doc: &'a OpenApi, status: &str) -> &'a Schema {
    let (_, _, op) = doc.operations().next().expect("one operation");
    let schema = op.responses[status].content["application/json"]
        .schema
        .as_ref();
    resolved(doc, schema.expect("a body schema"))
}

#[test]
fn a_model_table_after_its_owner_describes_the_one_free_form_field() {
    for form in FORMS {
        let out = read("show_key", form);
        let doc = &out.documents[0];
        let error = &status_body(doc, "400").properties["error"];
        let detail =
            target(doc, error).unwrap_or_else(|| panic!("{form}: ErrorDetail describes `error`"));
        // The RST label is lower case (`showkey__response_errordetail`); the name is spelled
        // as the caption spells it.
        assert!(
            doc.components.schemas.contains_key("ErrorDetail"),
            "{form}: {:?}",
            doc.components.schemas.keys()
        );
        assert!(
            detail.properties.contains_key("error_msg"),
            "{form}: {detail:#?}"
        );
        // Two undescribed object fields: which one the next table describes is not stated.
        let body_500 = status_body(doc, "500");
        assert!(
            target(doc, &body_500.properties["error"]).is_none(),
            "{form}"
        );
        assert!(
            target(doc, &body_500.properties["extra"]).is_none(),
            "{form}"
        );
        assert!(
            out.diagnostics
                .0
                .iter()
                .any(|d| d.code == DiagnosticCode::UnreferencedTable
                    && d.message.contains("ServerErrorDetail")),
            "{form}: {:#?}",
            out.diagnostics
        );
    }
}

#[test]
fn a_body_table_whose_one_row_is_array_is_that_array() {
    for form in FORMS {
        let out = read("update_thing", form);
        let doc = &out.documents[0];
        let (_, _, op) = doc.operations().next().expect("one operation");
        let body = op.request_body.as_ref().expect("a request body");
        assert!(body.required, "{form}: the [Array] row is mandatory");
        let schema = body_schema(doc, true);
        assert!(schema.properties.is_empty(), "{form}: {schema:#?}");
        let item = target(doc, schema).unwrap_or_else(|| panic!("{form}: items are Table 3"));
        assert!(item.properties.contains_key("op"), "{form}: {item:#?}");
        assert_eq!(item.required, ["op", "path"], "{form}");
        // The RST label is lower case; the Type cell's link spells the name.
        assert!(
            doc.components.schemas.contains_key("ThingPatch"),
            "{form}: {:?}",
            doc.components.schemas.keys()
        );
    }
}

/// Pages `names` in `form`, read as one service (the file names are the fixtures').
fn read_pages(names: &[&str], form: &str) -> ReadOutput {
    let pages = common::fixture_pages("field_tables", names, form, form);
    read_service(&pages, &common::options("Things", "things"))
}

#[test]
fn a_data_structure_page_defines_the_tables_operation_pages_link() {
    for form in FORMS {
        let out = read_pages(&["list_tags", "things_90001"], form);
        let doc = &out.documents[0];
        let body = doc.paths["/v2/{project_id}/things/{thing_id}/tags"]
            .get
            .as_ref()
            .expect("GET")
            .responses["200"]
            .content["application/json"]
            .schema
            .as_ref()
            .expect("a body");
        let body = target(doc, body).unwrap_or(body);
        let tags = &body.properties["tags"];
        let tag = target(doc, tags).unwrap_or_else(|| panic!("{form}: tags untyped: {tags:?}"));
        let fields: Vec<&str> = tag.properties.keys().map(String::as_str).collect();
        assert_eq!(fields, ["key", "value"], "{form}");
        // The appendix's other table is linked by no operation: no model, and no warning.
        let titles: Vec<_> = doc
            .components
            .schemas
            .values()
            .filter_map(|s| s.title.as_deref())
            .collect();
        assert!(
            !titles.iter().any(|t| t.contains("links")),
            "{form}: {titles:?}"
        );
        let warned: Vec<_> = out
            .diagnostics
            .iter()
            .filter(|d| {
                matches!(
                    d.code,
                    DiagnosticCode::UnresolvedReference | DiagnosticCode::UnreferencedTable
                )
            })
            .collect();
        assert!(warned.is_empty(), "{form}: {warned:#?}");
    }
}
