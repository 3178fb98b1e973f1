//! What Rust shape a JSON Schema takes. One function decides it, so the type mapper, the
//! example checker and the example synthesizer cannot disagree.

use docsdk_spec::{AdditionalProperties, Schema, SchemaType, Type};

/// The Rust shape of a schema, nullability aside.
#[derive(Clone, Debug)]
pub enum Shape<'a> {
    /// A component model.
    Ref(&'a str),
    /// `String`.
    Str,
    /// `docsdk_runtime_api::DateTime` (`format: date-time`).
    DateTime,
    /// `i32` (`format: int32`) or `i64` (anything else, including no format).
    Int { wide: bool },
    /// `f32` (`format: float`) or `f64`.
    Num { wide: bool },
    /// `bool`.
    Bool,
    /// An open enum of these string values.
    Enum(Vec<String>),
    /// `Vec` of the item schema (`None`: untyped items).
    Array(Option<&'a Schema>),
    /// `BTreeMap<String, _>` of the value schema.
    Map(&'a Schema),
    /// An inline object with properties: a generated struct.
    Object(&'a Schema),
    /// `serde_json::Value`: an untyped object, no type, or several alternatives.
    Any,
    /// Only `null`.
    Null,
}

/// A shape plus whether `null` is allowed, and whether alternatives were collapsed into `Any`.
#[derive(Clone, Debug)]
pub struct Classified<'a> {
    /// The shape.
    pub shape: Shape<'a>,
    /// `null` is allowed.
    pub nullable: bool,
    /// Several non-null alternatives (`anyOf`, `oneOf`, `allOf`, type lists) became `Any`.
    pub collapsed: bool,
}

/// Classifies `schema`.
pub fn classify(schema: &Schema) -> Classified<'_> {
    let plain = |shape| Classified {
        shape,
        nullable: false,
        collapsed: false,
    };
    if let Some(name) = schema.referenced_name() {
        return plain(Shape::Ref(name));
    }
    let alternatives = if !schema.any_of.is_empty() {
        &schema.any_of
    } else {
        &schema.one_of
    };
    if !alternatives.is_empty() {
        let mut nullable = false;
        let mut rest = Vec::new();
        for alt in alternatives {
            let c = classify(alt);
            nullable |= c.nullable;
            if !matches!(c.shape, Shape::Null) {
                rest.push(c);
            } else {
                nullable = true;
            }
        }
        return match rest.len() {
            0 => Classified {
                shape: Shape::Any,
                nullable: true,
                collapsed: false,
            },
            1 => {
                let mut one = rest.remove(0);
                one.nullable |= nullable;
                one
            }
            _ => Classified {
                shape: Shape::Any,
                nullable,
                collapsed: true,
            },
        };
    }
    if schema.all_of.len() == 1 {
        return classify(&schema.all_of[0]);
    }
    if schema.all_of.len() > 1 {
        return Classified {
            shape: Shape::Any,
            nullable: false,
            collapsed: true,
        };
    }
    let types = schema
        .schema_type
        .as_ref()
        .map(SchemaType::types)
        .unwrap_or_default();
    let mut nullable =
        types.contains(&Type::Null) || schema.enum_values.iter().any(|v| v.is_null());
    let non_null: Vec<Type> = types.iter().copied().filter(|t| *t != Type::Null).collect();
    if schema.schema_type.is_some() && non_null.is_empty() {
        return Classified {
            shape: Shape::Null,
            nullable: true,
            collapsed: false,
        };
    }
    let values: Vec<&serde_json::Value> =
        schema.enum_values.iter().filter(|v| !v.is_null()).collect();
    if !values.is_empty()
        && values.iter().all(|v| v.is_string())
        && non_null.iter().all(|t| *t == Type::String)
    {
        let values = values
            .iter()
            .filter_map(|v| v.as_str().map(str::to_owned))
            .collect();
        return Classified {
            shape: Shape::Enum(values),
            nullable,
            collapsed: false,
        };
    }
    if non_null.len() > 1 {
        return Classified {
            shape: Shape::Any,
            nullable,
            collapsed: true,
        };
    }
    let format = schema.format.as_deref().unwrap_or("");
    let shape = match non_null.first() {
        Some(Type::String) if format == "date-time" => Shape::DateTime,
        Some(Type::String) => Shape::Str,
        Some(Type::Integer) => Shape::Int {
            wide: format != "int32",
        },
        Some(Type::Number) => Shape::Num {
            wide: format != "float",
        },
        Some(Type::Boolean) => Shape::Bool,
        Some(Type::Array) => Shape::Array(schema.items.as_deref()),
        Some(Type::Object) | None if !schema.properties.is_empty() => Shape::Object(schema),
        Some(Type::Object) | None => match &schema.additional_properties {
            Some(AdditionalProperties::Schema(values)) => Shape::Map(values),
            _ => Shape::Any,
        },
        Some(Type::Null) => Shape::Null,
    };
    if matches!(shape, Shape::Any) {
        // An untyped value already accepts null.
        nullable = false;
    }
    Classified {
        shape,
        nullable,
        collapsed: false,
    }
}

/// Every component name `schema` references, in walk order.
pub fn references<'a>(schema: &'a Schema, out: &mut Vec<&'a str>) {
    schema.walk(&mut |s| out.extend(s.referenced_name()));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn schema(json: &str) -> Schema {
        serde_json::from_str(json).expect("test schema")
    }

    #[test]
    fn nullable_any_of_unwraps() {
        let s = schema(r#"{"anyOf":[{"type":"integer"},{"type":"null"}]}"#);
        let c = classify(&s);
        assert!(matches!(c.shape, Shape::Int { wide: true }) && c.nullable);
        let s = schema(
            r##"{"anyOf":[{"anyOf":[{"$ref":"#/components/schemas/A"},{"type":"null"}]},{"type":"null"}]}"##,
        );
        let c = classify(&s);
        assert!(matches!(c.shape, Shape::Ref("A")) && c.nullable);
    }

    #[test]
    fn several_alternatives_collapse_to_any() {
        let s = schema(r#"{"anyOf":[{"type":"integer"},{"type":"string"}]}"#);
        let c = classify(&s);
        assert!(matches!(c.shape, Shape::Any) && c.collapsed);
    }

    #[test]
    fn enums_formats_and_maps() {
        let s = schema(r#"{"type":"string","enum":["A B",null]}"#);
        let c = classify(&s);
        assert!(matches!(c.shape, Shape::Enum(ref v) if v == &["A B"]) && c.nullable);
        let kinds = [
            (r#"{"type":"string","format":"date-time"}"#, "DateTime"),
            (
                r#"{"type":"integer","format":"int32"}"#,
                "Int { wide: false }",
            ),
            (
                r#"{"type":"integer","format":"int64"}"#,
                "Int { wide: true }",
            ),
            (
                r#"{"type":"object","additionalProperties":{"type":"string"}}"#,
                "Map",
            ),
            (r#"{"type":"object"}"#, "Any"),
            (r#"{"type":["string","null"]}"#, "Str"),
        ];
        for (json, expected) in kinds {
            let s = schema(json);
            let shape = format!("{:?}", classify(&s).shape);
            assert!(shape.starts_with(expected), "{json}: {shape}");
        }
    }
}
