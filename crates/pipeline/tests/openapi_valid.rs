//! Every emitted OpenAPI file is valid OpenAPI 3.1, read by parsers that are not ours:
//! - `oas3` (an independent OpenAPI 3.1 model) parses it;
//! - it validates against the OpenAPI Initiative's OAS 3.1 JSON Schema (`jsonschema` crate);
//! - every schema in it is a valid JSON Schema 2020-12 schema;
//! - every `$ref` resolves;
//! - every `default` and `enum` value fits its schema's type;
//! - every `default` and schema example lies within the schema's `minimum`/`maximum`
//!   (also exclusive) and `minLength`/`maxLength`.
//!
//! The files checked are the committed `spec/openapi/**/*.yaml`; `cargo xtask regen --check`
//! (run by CI) guarantees they are exactly what the pipeline writes.

use std::path::{Path, PathBuf};

use serde_json::Value;

fn spec_files() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../spec/openapi");
    let mut files = Vec::new();
    for dir in std::fs::read_dir(&root).expect("spec/openapi exists (run `cargo xtask regen`)") {
        let dir = dir.unwrap().path();
        if dir.is_dir() {
            for file in std::fs::read_dir(&dir).unwrap() {
                let file = file.unwrap().path();
                if file.extension().is_some_and(|e| e == "yaml") {
                    files.push(file);
                }
            }
        }
    }
    files.sort();
    assert!(
        files.len() >= 9,
        "expected a spec file per service and version, found {}",
        files.len()
    );
    files
}

fn load(file: &Path) -> (String, Value) {
    let text = std::fs::read_to_string(file).unwrap();
    let value: Value =
        serde_norway::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
    (text, value)
}

#[test]
fn an_independent_parser_reads_every_file() {
    for file in spec_files() {
        // oas3 reads JSON; the YAML is turned into JSON text by a generic YAML parser first.
        let (_, value) = load(&file);
        let spec = oas3::from_json(value.to_string())
            .unwrap_or_else(|e| panic!("{}: oas3 cannot read it: {e}", file.display()));
        assert!(spec.openapi.starts_with("3.1"), "{}", file.display());
        assert!(
            spec.paths.as_ref().is_some_and(|p| !p.is_empty()),
            "{}: no paths",
            file.display()
        );
    }
}

#[test]
fn every_file_validates_against_the_oas_3_1_schema() {
    let schema: Value = serde_json::from_str(include_str!("data/oas-3.1-schema.json"))
        .expect("the vendored OAS 3.1 schema is JSON");
    let validator = jsonschema::draft202012::new(&schema).expect("the OAS 3.1 schema compiles");
    for file in spec_files() {
        let (_, doc) = load(&file);
        let errors: Vec<String> = validator
            .iter_errors(&doc)
            .take(10)
            .map(|e| format!("{} at {}", e, e.instance_path()))
            .collect();
        assert!(
            errors.is_empty(),
            "{} is not valid OpenAPI 3.1:\n{}",
            file.display(),
            errors.join("\n")
        );
    }
}

/// Calls `f` on every JSON Schema object in the document: component schemas, parameter,
/// media type and header schemas, and their subschemas.
fn for_each_schema(doc: &Value, f: &mut dyn FnMut(&str, &Value)) {
    fn walk_schema(path: &str, schema: &Value, f: &mut dyn FnMut(&str, &Value)) {
        f(path, schema);
        if let Some(obj) = schema.as_object() {
            for key in ["items", "additionalProperties"] {
                if let Some(sub) = obj.get(key).filter(|s| s.is_object()) {
                    walk_schema(&format!("{path}/{key}"), sub, f);
                }
            }
            for key in ["anyOf", "oneOf", "allOf"] {
                for (i, sub) in obj
                    .get(key)
                    .and_then(Value::as_array)
                    .into_iter()
                    .flatten()
                    .enumerate()
                {
                    walk_schema(&format!("{path}/{key}/{i}"), sub, f);
                }
            }
            for (name, sub) in obj
                .get("properties")
                .and_then(Value::as_object)
                .into_iter()
                .flatten()
            {
                walk_schema(&format!("{path}/properties/{name}"), sub, f);
            }
        }
    }
    fn walk(path: &str, value: &Value, f: &mut dyn FnMut(&str, &Value)) {
        match value {
            Value::Object(obj) => {
                for (key, sub) in obj {
                    // Examples and extensions hold data, not schemas, whatever their keys say.
                    if key == "example" || key == "examples" || key.starts_with("x-") {
                        continue;
                    }
                    let here = format!("{path}/{key}");
                    if key == "schema" {
                        walk_schema(&here, sub, f);
                    } else {
                        walk(&here, sub, f);
                    }
                }
            }
            Value::Array(items) => {
                for (i, sub) in items.iter().enumerate() {
                    walk(&format!("{path}/{i}"), sub, f);
                }
            }
            _ => {}
        }
    }
    for (name, schema) in doc
        .pointer("/components/schemas")
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
    {
        walk_schema(&format!("#/components/schemas/{name}"), schema, f);
    }
    walk("#/paths", doc.get("paths").unwrap_or(&Value::Null), f);
}

#[test]
fn every_schema_is_valid_json_schema_2020_12() {
    for file in spec_files() {
        let (_, doc) = load(&file);
        let mut errors = Vec::new();
        for_each_schema(&doc, &mut |path, schema| {
            if let Err(e) = jsonschema::draft202012::meta::validate(schema) {
                errors.push(format!("{path}: {e}"));
            }
        });
        assert!(
            errors.is_empty(),
            "{}:\n{}",
            file.display(),
            errors.join("\n")
        );
    }
}

#[test]
fn every_ref_resolves() {
    for file in spec_files() {
        let (_, doc) = load(&file);
        let mut dangling = Vec::new();
        fn refs(value: &Value, out: &mut Vec<String>) {
            match value {
                Value::Object(obj) => {
                    if let Some(Value::String(r)) = obj.get("$ref") {
                        out.push(r.clone());
                    }
                    obj.values().for_each(|v| refs(v, out));
                }
                Value::Array(items) => items.iter().for_each(|v| refs(v, out)),
                _ => {}
            }
        }
        let mut all = Vec::new();
        refs(&doc, &mut all);
        for r in all {
            let resolved = r.strip_prefix('#').and_then(|pointer| doc.pointer(pointer));
            if resolved.is_none() {
                dangling.push(r);
            }
        }
        assert!(
            dangling.is_empty(),
            "{}: dangling $refs: {dangling:?}",
            file.display()
        );
    }
}

/// Whether `value` is an instance of `schema`'s type, following `$ref` and `anyOf`/`oneOf`.
fn fits(doc: &Value, schema: &Value, value: &Value, depth: usize) -> bool {
    if depth > 20 {
        return true;
    }
    if let Some(target) = schema
        .get("$ref")
        .and_then(Value::as_str)
        .and_then(|r| r.strip_prefix('#'))
        .and_then(|p| doc.pointer(p))
    {
        return fits(doc, target, value, depth + 1);
    }
    for key in ["anyOf", "oneOf"] {
        if let Some(alternatives) = schema.get(key).and_then(Value::as_array) {
            return alternatives
                .iter()
                .any(|alt| fits(doc, alt, value, depth + 1));
        }
    }
    if let Some(allowed) = schema.get("enum").and_then(Value::as_array)
        && !allowed.contains(value)
    {
        return false;
    }
    let types: Vec<&str> = match schema.get("type") {
        Some(Value::String(t)) => vec![t.as_str()],
        Some(Value::Array(ts)) => ts.iter().filter_map(Value::as_str).collect(),
        _ => return true,
    };
    types.iter().any(|t| match *t {
        "string" => value.is_string(),
        "integer" => value.is_i64() || value.is_u64(),
        "number" => value.is_number(),
        "boolean" => value.is_boolean(),
        "object" => value.is_object(),
        "array" => value.is_array(),
        "null" => value.is_null(),
        _ => false,
    })
}

#[test]
fn every_default_and_enum_value_fits_its_type() {
    for file in spec_files() {
        let (_, doc) = load(&file);
        let mut misfits = Vec::new();
        for_each_schema(&doc, &mut |path, schema| {
            let mut bare = schema.clone();
            if let Some(obj) = bare.as_object_mut() {
                obj.remove("default");
                obj.remove("enum");
            }
            if let Some(default) = schema.get("default")
                && !fits(&doc, schema, default, 0)
            {
                misfits.push(format!("{path}: default {default} does not fit"));
            }
            for value in schema
                .get("enum")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
            {
                if !fits(&doc, &bare, value, 0) {
                    misfits.push(format!("{path}: enum value {value} does not fit the type"));
                }
            }
        });
        assert!(
            misfits.is_empty(),
            "{}:\n{}",
            file.display(),
            misfits.join("\n")
        );
    }
}

/// A bound keyword and whether a value satisfies it.
type BoundCheck = (&'static str, fn(f64, f64) -> bool);

/// Why `value` breaks `schema`'s own bounds (numeric range, string length), if it does.
fn out_of_bounds(schema: &Value, value: &Value) -> Option<String> {
    let bound = |key: &str| schema.get(key).and_then(Value::as_f64);
    if let Some(v) = value.as_f64() {
        let checks: [BoundCheck; 4] = [
            ("minimum", |v, b| v >= b),
            ("maximum", |v, b| v <= b),
            ("exclusiveMinimum", |v, b| v > b),
            ("exclusiveMaximum", |v, b| v < b),
        ];
        for (key, ok) in checks {
            if let Some(b) = bound(key)
                && !ok(v, b)
            {
                return Some(format!("{value} breaks {key} {b}"));
            }
        }
    }
    if let Some(text) = value.as_str() {
        let len = text.chars().count() as f64;
        if bound("minLength").is_some_and(|b| len < b)
            || bound("maxLength").is_some_and(|b| len > b)
        {
            return Some(format!("{value:?} breaks the length bounds"));
        }
    }
    None
}

#[test]
fn every_default_and_example_lies_within_its_bounds() {
    for file in spec_files() {
        let (_, doc) = load(&file);
        let mut misfits = Vec::new();
        for_each_schema(&doc, &mut |path, schema| {
            let examples = schema
                .get("examples")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
                .chain(schema.get("example"));
            for (what, value) in schema
                .get("default")
                .map(|d| ("default", d))
                .into_iter()
                .chain(examples.map(|e| ("example", e)))
            {
                if let Some(why) = out_of_bounds(schema, value) {
                    misfits.push(format!("{path}: {what} {why}"));
                }
            }
        });
        assert!(
            misfits.is_empty(),
            "{}:\n{}",
            file.display(),
            misfits.join("\n")
        );
    }
}

#[test]
fn the_bounds_check_can_fail() {
    let schema = serde_json::json!({"type": "integer", "minimum": 10, "maximum": 50});
    assert!(out_of_bounds(&schema, &serde_json::json!(100)).is_some());
    assert!(out_of_bounds(&schema, &serde_json::json!(20)).is_none());
    let text = serde_json::json!({"type": "string", "maxLength": 3});
    assert!(out_of_bounds(&text, &serde_json::json!("abcd")).is_some());
}
