//! Lowers an emitted OpenAPI 3.1 document to OpenAPI 3.0, for generators that read only 3.0
//! (progenitor, which `cargo xtask bench` compares with). Only what 3.1 added over 3.0 is
//! rewritten; everything else (paths, x- keys, descriptions) is kept as it is.
//!
//! - `openapi: 3.1.x` becomes `3.0.3`; `jsonSchemaDialect`, `webhooks`, `info.summary` and
//!   `info.license.identifier` (3.1 only) are dropped;
//! - `type: [T, "null"]` becomes `type: T, nullable: true` (several non-null types: no `type`);
//! - `anyOf`/`oneOf` with a `{type: "null"}` branch loses that branch and gains
//!   `nullable: true`; a single remaining branch is folded into the schema (a `$ref` stays
//!   wrapped in `allOf`, the 3.0 way to annotate a reference);
//! - schema `examples: [a, ...]` becomes `example: a`; `const: v` becomes `enum: [v]`;
//! - numeric `exclusiveMinimum`/`exclusiveMaximum` become `minimum`/`maximum` with the
//!   boolean flag;
//! - a `$ref` with sibling keywords (ignored in 3.0) is wrapped in `allOf`;
//! - a media type without a schema (a documented example only) gets the empty schema, which
//!   means the same (any value) and which progenitor needs.

use serde_json::{Map, Value};

/// Rewrites `doc` from OpenAPI 3.1 to 3.0 in place.
pub fn to_openapi_3_0(doc: &mut Value) {
    let Some(root) = doc.as_object_mut() else {
        return;
    };
    root.insert("openapi".into(), Value::from("3.0.3"));
    root.remove("jsonSchemaDialect");
    root.remove("webhooks");
    if let Some(info) = root.get_mut("info").and_then(Value::as_object_mut) {
        info.remove("summary");
        if let Some(license) = info.get_mut("license").and_then(Value::as_object_mut) {
            license.remove("identifier");
        }
    }
    walk(doc);
}

/// Keys whose object value maps names to things (a property called `const` is no `const`
/// keyword), so the map itself is never rewritten, only its values.
const NAME_MAPS: &[&str] = &[
    "properties",
    "patternProperties",
    "$defs",
    "schemas",
    "paths",
    "responses",
    "content",
    "headers",
    "securitySchemes",
    "examples",
    "links",
    "callbacks",
    "requestBodies",
    "parameters",
    "encoding",
    "variables",
    "mapping",
];

/// Visits every object, children first, so a schema sees already-lowered subschemas.
fn walk(value: &mut Value) {
    walk_in(value, false);
}

fn walk_in(value: &mut Value, name_map: bool) {
    match value {
        Value::Array(items) => items.iter_mut().for_each(|v| walk_in(v, false)),
        Value::Object(map) => {
            for (key, child) in map.iter_mut() {
                walk_in(child, !name_map && NAME_MAPS.contains(&key.as_str()));
                if key == "content"
                    && let Some(media_types) = child.as_object_mut()
                {
                    for media_type in media_types.values_mut().filter_map(Value::as_object_mut) {
                        media_type
                            .entry("schema")
                            .or_insert_with(|| Value::Object(Map::new()));
                    }
                }
            }
            if !name_map {
                lower_schema(map);
            }
        }
        _ => {}
    }
}

fn is_null_type(value: &Value) -> bool {
    value.get("type").and_then(Value::as_str) == Some("null")
}

/// Rewrites the 3.1-only keywords of one object. Objects that are not schemas are left alone
/// because each rule needs a shape only a schema has (`examples` as an array, not the map of
/// a parameter; `type` as an array; a numeric `exclusiveMinimum`).
fn lower_schema(map: &mut Map<String, Value>) {
    if let Some(Value::Array(types)) = map.get("type") {
        let nullable = types.iter().any(|t| t == "null");
        let rest: Vec<Value> = types.iter().filter(|t| *t != "null").cloned().collect();
        map.remove("type");
        if rest.len() == 1 {
            map.insert("type".into(), rest[0].clone());
        }
        if nullable {
            map.insert("nullable".into(), Value::Bool(true));
        }
    }
    for key in ["anyOf", "oneOf"] {
        let Some(Value::Array(branches)) = map.get(key) else {
            continue;
        };
        if !branches.iter().any(is_null_type) {
            continue;
        }
        let rest: Vec<Value> = branches
            .iter()
            .filter(|b| !is_null_type(b))
            .cloned()
            .collect();
        map.remove(key);
        map.insert("nullable".into(), Value::Bool(true));
        match rest.as_slice() {
            [] => {}
            [Value::Object(only)] if !only.contains_key("$ref") => {
                for (k, v) in only {
                    map.entry(k.clone()).or_insert_with(|| v.clone());
                }
            }
            [only] => {
                map.insert("allOf".into(), Value::Array(vec![only.clone()]));
            }
            _ => {
                map.insert(key.into(), Value::Array(rest));
            }
        }
    }
    if let Some(Value::Array(examples)) = map.get("examples") {
        let first = examples.first().cloned();
        map.remove("examples");
        if let Some(first) = first {
            map.entry("example").or_insert(first);
        }
    }
    if let Some(value) = map.remove("const") {
        map.insert("enum".into(), Value::Array(vec![value]));
    }
    for (exclusive, bound) in [
        ("exclusiveMinimum", "minimum"),
        ("exclusiveMaximum", "maximum"),
    ] {
        if let Some(Value::Number(n)) = map.get(exclusive) {
            let n = n.clone();
            map.insert(bound.into(), Value::Number(n));
            map.insert(exclusive.into(), Value::Bool(true));
        }
    }
    if map.contains_key("$ref")
        && map
            .keys()
            .any(|k| k != "$ref" && !k.starts_with("x-") && k != "description")
    {
        let reference = map.remove("$ref").expect("checked above");
        let mut target = Map::new();
        target.insert("$ref".into(), reference);
        map.insert("allOf".into(), Value::Array(vec![Value::Object(target)]));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn lowered(schema: Value) -> Value {
        let mut doc = json!({"openapi": "3.1.0", "info": {"title": "t", "version": "1", "summary": "s"},
            "components": {"schemas": {"S": schema}}});
        to_openapi_3_0(&mut doc);
        assert_eq!(doc["openapi"], "3.0.3");
        assert!(doc["info"].get("summary").is_none());
        doc["components"]["schemas"]["S"].take()
    }

    #[test]
    fn type_arrays_with_null_become_nullable() {
        assert_eq!(
            lowered(json!({"type": ["string", "null"]})),
            json!({"type": "string", "nullable": true})
        );
        assert_eq!(lowered(json!({"type": ["string", "integer"]})), json!({}));
    }

    #[test]
    fn null_branches_of_any_of_become_nullable() {
        assert_eq!(
            lowered(json!({"default": 20, "anyOf": [{"type": "integer"}, {"type": "null"}]})),
            json!({"default": 20, "type": "integer", "nullable": true})
        );
        assert_eq!(
            lowered(json!({"oneOf": [{"$ref": "#/components/schemas/T"}, {"type": "null"}]})),
            json!({"allOf": [{"$ref": "#/components/schemas/T"}], "nullable": true})
        );
        assert_eq!(
            lowered(json!({"anyOf": [{"type": "integer"}, {"type": "string"}, {"type": "null"}]})),
            json!({"anyOf": [{"type": "integer"}, {"type": "string"}], "nullable": true})
        );
    }

    #[test]
    fn schema_examples_const_and_exclusive_bounds_take_their_3_0_form() {
        assert_eq!(
            lowered(json!({"examples": ["a", "b"], "const": "x", "exclusiveMinimum": 0})),
            json!({"example": "a", "enum": ["x"], "minimum": 0, "exclusiveMinimum": true})
        );
    }

    #[test]
    fn references_with_siblings_are_wrapped() {
        assert_eq!(
            lowered(json!({"$ref": "#/components/schemas/T", "default": {}})),
            json!({"allOf": [{"$ref": "#/components/schemas/T"}], "default": {}})
        );
        assert_eq!(
            lowered(json!({"$ref": "#/components/schemas/T", "description": "d"})),
            json!({"$ref": "#/components/schemas/T", "description": "d"})
        );
    }

    #[test]
    fn properties_named_like_keywords_are_not_rewritten() {
        let props = json!({"const": {"type": "string"}, "$ref": {"type": "string"}, "x": {"type": "integer"}});
        assert_eq!(
            lowered(json!({"type": "object", "properties": props.clone()})),
            json!({"type": "object", "properties": props})
        );
    }

    #[test]
    fn media_types_without_schema_get_the_empty_one() {
        let mut doc = json!({"openapi": "3.1.0", "paths": {"/a": {"get": {"responses": {"200": {
            "content": {"application/json": {"example": {}}}}}}}}});
        to_openapi_3_0(&mut doc);
        assert_eq!(
            doc["paths"]["/a"]["get"]["responses"]["200"]["content"]["application/json"],
            json!({"example": {}, "schema": {}})
        );
    }

    #[test]
    fn a_parameter_examples_map_is_not_a_schema_and_stays() {
        assert_eq!(
            lowered(json!({"examples": {"one": {"value": 1}}})),
            json!({"examples": {"one": {"value": 1}}})
        );
    }
}
