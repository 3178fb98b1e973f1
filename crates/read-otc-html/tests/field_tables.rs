//! Rules for a field's type cell and the table that describes it, on pages written the way
//! the family writes them (the RST form; the HTML form shares the page model):
//! - a sized string type (`String(64)`) is a string with `maxLength`;
//! - a table whose caption names a field (`Description of field **tag**`, `Parameters in the
//!   **links** field`) describes that field, preferring the table in the field's own section;
//! - a free-form `Object` field is not tied to a table by its caption alone (the caption then
//!   lists keys the document knows, not every key the object may have);
//! - `Array of Map<String,String> objects` is an array of string maps;
//! - a table captioned with a model name (`ErrorDetail`) that no field links describes the one
//!   undescribed free-form object field of the table printed right before it.

mod common;

use docsdk_read_otc_html::read_service;
use docsdk_spec::{DiagnosticCode, OpenApi, ReadOutput, Schema};

const PAGE: &str = "\
:original_name: AddThingTags.html

.. _AddThingTags:

Adding Tags to a Thing
======================

URI
---

POST /v2/{project_id}/things/{thing_id}/tags

.. table:: **Table 1** Path parameters

   ========== ========= ====== ===========
   Parameter  Mandatory Type   Description
   ========== ========= ====== ===========
   project_id Yes       String Project.
   thing_id   Yes       String Thing.
   ========== ========= ====== ===========

Request
-------

.. table:: **Table 2** Request parameters

   =========== ========= =========== ===========================================
   Parameter   Mandatory Type        Description
   =========== ========= =========== ===========================================
   tags        Yes       Array       The tags.
   name        No        String(64)  The thing's name.
   remark      No        String(255) A remark of at most 100 characters.
   metadata    No        Object      The metadata.
   =========== ========= =========== ===========================================

.. table:: **Table 3** Description of field **tags**

   ========= ========= ====== =============
   Parameter Mandatory Type   Description
   ========= ========= ====== =============
   key       Yes       String The tag key.
   value     Yes       String The tag value.
   ========= ========= ====== =============

.. table:: **Table 4** Parameters in the **metadata** field

   ========= ========= ====== ===============
   Parameter Mandatory Type   Description
   ========= ========= ====== ===============
   key_val   No        String A metadata pair.
   ========= ========= ====== ===============

Response
--------

.. table:: **Table 5** Response parameters

   ========= ===================================== ===============
   Parameter Type                                  Description
   ========= ===================================== ===============
   tags      Array                                 The tags set.
   labels    Array of Map<String,String> objects   The labels.
   ========= ===================================== ===============

.. table:: **Table 6** Parameters in the **tags** field

   ========= ====== =================
   Parameter Type   Description
   ========= ====== =================
   key       String The tag key.
   values    Array  The tag's values.
   ========= ====== =================
";

/// One page read as a service of its own.
fn read_page(file: &str, text: &str) -> ReadOutput {
    read_service(
        &[(file.into(), text.into())],
        &common::options("Things", "things"),
    )
}

fn read() -> ReadOutput {
    read_page("page/add_thing_tags.rst", PAGE)
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
    let out = read();
    let doc = &out.documents[0];
    let body = body_schema(doc, true);
    let name = &body.properties["name"];
    assert_eq!(name.max_length, Some(64));
    assert_eq!(name.stated_type.as_deref(), Some("String(64)"));
    // The description states another maximum: it is kept, and the disagreement reported.
    assert_eq!(body.properties["remark"].max_length, Some(100));
    assert!(
        out.diagnostics
            .0
            .iter()
            .any(|d| d.code == DiagnosticCode::Inconsistent
                && d.message.contains("`remark`")
                && d.message.contains("255")),
        "{:#?}",
        out.diagnostics
    );
}

#[test]
fn a_caption_naming_a_field_describes_it_in_its_own_section() {
    let out = read();
    let doc = &out.documents[0];
    let request_tags = target(doc, &body_schema(doc, true).properties["tags"])
        .expect("the request's tags are described by Table 3");
    assert!(request_tags.properties.contains_key("value"));
    let response_tags = target(doc, &body_schema(doc, false).properties["tags"])
        .expect("the response's tags are described by Table 6");
    assert!(response_tags.properties.contains_key("values"));
}

#[test]
fn a_free_form_object_is_not_tied_to_a_table_by_its_caption() {
    let out = read();
    let doc = &out.documents[0];
    let metadata = &body_schema(doc, true).properties["metadata"];
    assert!(target(doc, metadata).is_none(), "{metadata:#?}");
    assert!(
        out.diagnostics
            .0
            .iter()
            .any(|d| d.code == DiagnosticCode::UnreferencedTable && d.message.contains("metadata")),
        "the table stays, reported: {:#?}",
        out.diagnostics
    );
}

#[test]
fn an_array_of_string_maps_is_typed() {
    let out = read();
    let doc = &out.documents[0];
    let labels = &body_schema(doc, false).properties["labels"];
    let items = labels.items.as_deref().expect("items");
    assert!(items.additional_properties.is_some(), "{labels:#?}");
    assert!(items.reference.is_none());
}

const ERROR_PAGE: &str = "\
:original_name: ShowKey.html

.. _ShowKey:

Querying a Key
==============

URI
---

GET /v1.0/{project_id}/keys/{key_id}

.. table:: **Table 1** Path parameters

   ========== ========= ====== ===========
   Parameter  Mandatory Type   Description
   ========== ========= ====== ===========
   project_id Yes       String Project.
   key_id     Yes       String Key.
   ========== ========= ====== ===========

Response Parameters
-------------------

**Status code: 200**

.. table:: **Table 2** Response body parameters

   ========= ====== ===========
   Parameter Type   Description
   ========= ====== ===========
   key_id    String The key.
   ========= ====== ===========

**Status code: 400**

.. table:: **Table 3** Response body parameter

   ========= ====== =============
   Parameter Type   Description
   ========= ====== =============
   error     Object Error message
   ========= ====== =============

.. table:: **Table 4** ErrorDetail

   ========== ====== =================
   Parameter  Type   Description
   ========== ====== =================
   error_code String Error code
   error_msg  String Error information
   ========== ====== =================

**Status code: 500**

.. table:: **Table 5** Response body parameter

   ========= ====== =============
   Parameter Type   Description
   ========= ====== =============
   error     Object Error message
   extra     Object More detail
   ========= ====== =============

.. table:: **Table 6** ServerErrorDetail

   ========== ====== ==========
   Parameter  Type   Description
   ========== ====== ==========
   error_code String Error code
   ========== ====== ==========
";

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
    let out = read_page("page/show_key.rst", ERROR_PAGE);
    let doc = &out.documents[0];
    let error = &status_body(doc, "400").properties["error"];
    let detail = target(doc, error).expect("ErrorDetail describes `error`");
    assert!(detail.properties.contains_key("error_msg"), "{detail:#?}");
    // Two undescribed object fields: which one the next table describes is not stated.
    let body_500 = status_body(doc, "500");
    assert!(target(doc, &body_500.properties["error"]).is_none());
    assert!(target(doc, &body_500.properties["extra"]).is_none());
    assert!(
        out.diagnostics
            .0
            .iter()
            .any(|d| d.code == DiagnosticCode::UnreferencedTable
                && d.message.contains("ServerErrorDetail")),
        "{:#?}",
        out.diagnostics
    );
}
