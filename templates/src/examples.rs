//! Documented examples against the generated types: a checker that predicts exactly what the
//! generated serde types accept (so each example gets the right test), and a synthesizer of
//! minimal valid values (for request tests when the documented example does not fit).

use docsdk_spec::Schema;
use serde_json::{Map, Value};

use crate::models::fields;
use crate::plan::Plan;
use crate::shape::{Shape, classify};

/// What the generated type does with an example.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Verdict {
    /// Deserializes, and serializes back without losing a field.
    RoundTrips,
    /// Deserializes, but a field the schema does not list would be dropped (`$.path`).
    Lossy(String),
    /// Does not deserialize: the example contradicts the schema (`$.path: what`).
    Rejected(String),
}

/// Checks `value` against `schema` (read at version `vi`).
pub fn check(plan: &Plan<'_>, schema: &Schema, vi: usize, value: &Value) -> Verdict {
    let mut lossy = None;
    match walk(plan, schema, vi, value, "$", &mut lossy, 0) {
        Err(reason) => Verdict::Rejected(reason),
        Ok(()) => lossy.map_or(Verdict::RoundTrips, Verdict::Lossy),
    }
}

fn walk(
    plan: &Plan<'_>,
    schema: &Schema,
    vi: usize,
    value: &Value,
    at: &str,
    lossy: &mut Option<String>,
    depth: usize,
) -> Result<(), String> {
    if depth > 64 {
        return Ok(());
    }
    let c = classify(schema);
    if value.is_null() && (c.nullable || matches!(c.shape, Shape::Any | Shape::Null)) {
        return Ok(());
    }
    let found = || {
        format!(
            "{at}: expected {}, found {}",
            expected(&c.shape),
            short(value)
        )
    };
    match c.shape {
        Shape::Ref(name) => match plan.def(name, vi) {
            Some(def) => walk(plan, def.schema, def.vi, value, at, lossy, depth + 1),
            None => Ok(()),
        },
        Shape::Str | Shape::Enum(_) => value.is_string().then_some(()).ok_or_else(found),
        Shape::DateTime => value
            .as_str()
            .filter(|s| is_date_time(s))
            .map(|_| ())
            .ok_or_else(found),
        Shape::Int { wide } => value
            .as_i64()
            .filter(|n| wide || i32::try_from(*n).is_ok())
            .map(|_| ())
            .ok_or_else(found),
        Shape::Num { .. } => value.is_number().then_some(()).ok_or_else(found),
        Shape::Bool => value.is_boolean().then_some(()).ok_or_else(found),
        Shape::Any => Ok(()),
        Shape::Null => Err(found()),
        Shape::Array(items) => {
            let list = value.as_array().ok_or_else(found)?;
            if let Some(items) = items {
                for (i, item) in list.iter().enumerate() {
                    walk(
                        plan,
                        items,
                        vi,
                        item,
                        &format!("{at}[{i}]"),
                        lossy,
                        depth + 1,
                    )?;
                }
            }
            Ok(())
        }
        Shape::Map(values) => {
            let map = value.as_object().ok_or_else(found)?;
            for (k, v) in map {
                walk(plan, values, vi, v, &format!("{at}.{k}"), lossy, depth + 1)?;
            }
            Ok(())
        }
        Shape::Object(obj) => {
            let map = value.as_object().ok_or_else(found)?;
            let fs = fields(obj);
            for f in &fs {
                let path = format!("{at}.{}", f.wire);
                match map.get(f.wire) {
                    None | Some(Value::Null) if is_optional(f.schema, f.required) => {}
                    None => return Err(format!("{path}: required field is missing")),
                    Some(v) => walk(plan, f.schema, vi, v, &path, lossy, depth + 1)?,
                }
            }
            for (k, v) in map {
                if fs.iter().any(|f| f.wire == k) {
                    continue;
                }
                match &obj.additional_properties {
                    Some(docsdk_spec::AdditionalProperties::Schema(s)) => {
                        walk(plan, s, vi, v, &format!("{at}.{k}"), lossy, depth + 1)?
                    }
                    Some(docsdk_spec::AdditionalProperties::Bool(true)) => {}
                    _ => {
                        lossy.get_or_insert_with(|| format!("{at}.{k}: field not in the schema"));
                    }
                }
            }
            Ok(())
        }
    }
}

/// A field is an `Option` in Rust: absent or `null` both deserialize.
pub(crate) fn is_optional(schema: &Schema, required: bool) -> bool {
    !required || classify(schema).nullable
}

fn expected(shape: &Shape<'_>) -> &'static str {
    match shape {
        Shape::Str => "a string",
        Shape::Enum(_) => "a string (enum)",
        Shape::DateTime => "a date-time string",
        Shape::Int { wide: true } => "an integer",
        Shape::Int { wide: false } => "a 32-bit integer",
        Shape::Num { .. } => "a number",
        Shape::Bool => "a boolean",
        Shape::Array(_) => "an array",
        Shape::Map(_) | Shape::Object(_) => "an object",
        Shape::Null => "null",
        Shape::Ref(_) | Shape::Any => "a value",
    }
}

fn short(value: &Value) -> String {
    let text = value.to_string();
    match text.char_indices().nth(40) {
        Some((i, _)) => format!("{}...", &text[..i]),
        None => text,
    }
}

/// `YYYY-MM-DDTHH:MM:SS[.fraction][Z|+HH:MM|-HH:MM]`: what `docsdk_runtime_api::DateTime` reads.
pub fn is_date_time(s: &str) -> bool {
    let b = s.as_bytes();
    let digits =
        |r: std::ops::Range<usize>| b.get(r).is_some_and(|d| d.iter().all(u8::is_ascii_digit));
    let base = b.len() >= 19
        && digits(0..4)
        && b[4] == b'-'
        && digits(5..7)
        && b[7] == b'-'
        && digits(8..10)
        && matches!(b[10], b'T' | b't')
        && digits(11..13)
        && b[13] == b':'
        && digits(14..16)
        && b[16] == b':'
        && digits(17..19);
    if !base {
        return false;
    }
    let mut rest = &b[19..];
    if let Some((b'.', tail)) = rest.split_first() {
        let n = tail.iter().take_while(|c| c.is_ascii_digit()).count();
        if n == 0 {
            return false;
        }
        rest = &tail[n..];
    }
    match rest {
        [] | [b'Z' | b'z'] => true,
        [b'+' | b'-', h1, h2, b':', m1, m2] => [h1, h2, m1, m2].iter().all(|c| c.is_ascii_digit()),
        _ => false,
    }
}

/// A minimal value `schema` accepts: required fields only, one item per array.
pub fn synthesize(plan: &Plan<'_>, schema: &Schema, vi: usize, depth: usize) -> Option<Value> {
    if depth > 12 {
        return None;
    }
    let c = classify(schema);
    Some(match c.shape {
        Shape::Ref(name) => {
            let def = plan.def(name, vi)?;
            synthesize(plan, def.schema, def.vi, depth + 1)?
        }
        Shape::Str => Value::from("example"),
        Shape::DateTime => Value::from("2024-05-17T00:23:17Z"),
        Shape::Int { .. } => Value::from(1),
        Shape::Num { .. } => Value::from(1.5),
        Shape::Bool => Value::from(true),
        Shape::Enum(values) => Value::from(values.first().cloned().unwrap_or_default()),
        Shape::Array(items) => match items {
            Some(items) => Value::Array(vec![synthesize(plan, items, vi, depth + 1)?]),
            None => Value::Array(vec![Value::from("example")]),
        },
        Shape::Map(values) => {
            let mut map = Map::new();
            map.insert("key".into(), synthesize(plan, values, vi, depth + 1)?);
            Value::Object(map)
        }
        Shape::Object(obj) => {
            let mut map = Map::new();
            for f in fields(obj) {
                if !is_optional(f.schema, f.required) {
                    map.insert(
                        f.wire.to_owned(),
                        synthesize(plan, f.schema, vi, depth + 1)?,
                    );
                }
            }
            Value::Object(map)
        }
        Shape::Any => Value::Object(Map::new()),
        Shape::Null => Value::Null,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn date_times_match_the_runtime_forms() {
        for ok in [
            "2024-05-17T00:23:17",
            "2024-05-17T00:23:17Z",
            "2026-02-11T06:41:25.071Z",
            "2024-05-17T00:23:17+09:00",
        ] {
            assert!(is_date_time(ok), "{ok}");
        }
        for bad in [
            "",
            "2024-05-17",
            "2024-05-17 00:23:17",
            "2024-05-17T00:23:17.",
            "2024-05-17T00:23:17+0900",
        ] {
            assert!(!is_date_time(bad), "{bad}");
        }
    }
}
