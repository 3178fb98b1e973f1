//! The Type column, in every spelling the family uses: `String`, `Long`, `Float`,
//! `Map<String,String>`, `Array of X objects`, `X object`, `Array<Object>`, `JSON Array`,
//! `**config** array corresponding to **infer_type**`, `List(Dict)`, `String(64)` (a string of
//! at most 64 characters: [`stated_max_length`]), lower case, ...

/// A parsed type cell.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum TypeSpec {
    /// A JSON scalar with an optional format.
    Scalar(docsdk_spec::Type, Option<&'static str>),
    /// A free-form object (`Object`, `Dict`).
    Object,
    /// Any JSON value (`JSON`): the type is not narrowed.
    Any,
    /// A model named in the cell (`X object`, the X of `Array of X objects`).
    Named(String),
    /// An array; `None` when the item type is not stated.
    Array(Option<Box<TypeSpec>>),
    /// A map from strings to the given value type.
    Map(Option<Box<TypeSpec>>),
}

impl TypeSpec {
    /// Whether the type stands for (or contains) objects that a nested table may describe.
    pub fn wants_table(&self) -> bool {
        match self {
            TypeSpec::Object | TypeSpec::Any | TypeSpec::Named(_) => true,
            TypeSpec::Array(None) => true,
            TypeSpec::Array(Some(inner)) => inner.wants_table(),
            TypeSpec::Map(Some(inner)) => matches!(**inner, TypeSpec::Named(_)),
            _ => false,
        }
    }
}

/// Parses a type cell (bold markers already in the text are ignored). `None`: not understood.
pub(crate) fn parse_type(text: &str) -> Option<TypeSpec> {
    let cleaned = text.replace("**", "");
    let t = cleaned.trim().trim_end_matches('.').trim();
    if t.is_empty() {
        return None;
    }
    let lower = t.to_ascii_lowercase();
    if let Some(s) = scalar(&lower) {
        return Some(s);
    }
    if let Some((head, _)) = sized_string(&lower) {
        return scalar(head);
    }
    match lower.as_str() {
        "object" | "dict" | "jsonobject" | "json object" | "struct" => {
            return Some(TypeSpec::Object);
        }
        "json" => return Some(TypeSpec::Any),
        "array" | "list" | "json array" | "jsonarray" => return Some(TypeSpec::Array(None)),
        "map" => return Some(TypeSpec::Map(None)),
        _ => {}
    }
    // Array of X objects / Array of strings / Array of integers / Array of objects
    if let Some(rest) = lower.strip_prefix("array of ") {
        let original = &t[t.len() - rest.len()..];
        let rest_t = original.trim();
        let rest_l = rest.trim();
        if let Some(s) = plural_scalar(rest_l) {
            return Some(TypeSpec::Array(Some(Box::new(s))));
        }
        if rest_l == "objects" || rest_l == "object" {
            return Some(TypeSpec::Array(Some(Box::new(TypeSpec::Object))));
        }
        let name = rest_t
            .strip_suffix(" objects")
            .or_else(|| rest_t.strip_suffix(" object"))
            .unwrap_or(rest_t)
            .trim();
        // `Array of Map<String,String> objects`: the items have a type of their own.
        if name.contains(['<', '(']) {
            return parse_type(name).map(|inner| TypeSpec::Array(Some(Box::new(inner))));
        }
        if is_name(name) {
            return Some(TypeSpec::Array(Some(Box::new(TypeSpec::Named(
                name.to_owned(),
            )))));
        }
        return None;
    }
    // Array<X>, List<X>, List(X), Array(X), List (X)
    for prefix in [
        "array<", "list<", "list(", "array(", "set<", "list (", "array (",
    ] {
        if let Some(rest) = lower.strip_prefix(prefix) {
            if !rest.ends_with(['>', ')']) {
                continue;
            }
            let inner_len = rest.len().saturating_sub(1);
            let inner = t.get(prefix.len()..prefix.len() + inner_len)?;
            let inner_spec = parse_type(inner).or_else(|| {
                let n = inner.trim();
                is_identifier(n).then(|| TypeSpec::Named(n.to_owned()))
            });
            return Some(TypeSpec::Array(inner_spec.map(Box::new)));
        }
    }
    // Map<String,X>
    if lower.starts_with("map<") || lower.starts_with("map(") {
        let inner = t.get(4..t.len().saturating_sub(1))?;
        let value = split_top_comma(inner).map(|(_, v)| v.trim().to_owned())?;
        let spec =
            parse_type(&value).or_else(|| is_name(&value).then(|| TypeSpec::Named(value.clone())));
        return Some(TypeSpec::Map(spec.map(Box::new)));
    }
    // String array, Integer array, X array (a field name), X array corresponding to Y,
    // String list
    if let Some(idx) = lower
        .find(" array")
        .or_else(|| lower.strip_suffix(" list").map(str::len))
    {
        let head = t[..idx].trim();
        let head_l = head.to_ascii_lowercase();
        if let Some(s) = scalar(&head_l) {
            return Some(TypeSpec::Array(Some(Box::new(s))));
        }
        if head_l == "object" || head_l == "json" {
            return Some(TypeSpec::Array(Some(Box::new(TypeSpec::Object))));
        }
        if is_name(head) {
            return Some(TypeSpec::Array(Some(Box::new(TypeSpec::Named(
                head.to_owned(),
            )))));
        }
        return Some(TypeSpec::Array(None));
    }
    // X object, X structure
    if let Some(name) = [" object", " Object", " structure", " Structure"]
        .iter()
        .find_map(|suffix| t.strip_suffix(suffix))
    {
        let name = name.trim();
        if is_name(name) {
            return Some(TypeSpec::Named(name.to_owned()));
        }
    }
    None
}

/// The most characters a sized string type allows (`String(255)`), when the cell states one.
pub(crate) fn stated_max_length(text: &str) -> Option<u64> {
    let lower = text.replace("**", "").trim().to_ascii_lowercase();
    sized_string(&lower).map(|(_, length)| length)
}

/// `string(64)`, `string (64)`: a string scalar's name and its stated length.
fn sized_string(lower: &str) -> Option<(&str, u64)> {
    let (head, rest) = lower.split_once('(')?;
    let length = rest.strip_suffix(')')?.trim().parse().ok()?;
    let head = head.trim();
    matches!(
        scalar(head),
        Some(TypeSpec::Scalar(docsdk_spec::Type::String, None))
    )
    .then_some((head, length))
}

fn scalar(lower: &str) -> Option<TypeSpec> {
    use docsdk_spec::Type;
    Some(match lower {
        "string" | "str" | "char" | "text" | "uuid" => TypeSpec::Scalar(Type::String, None),
        "integer" | "int" | "number(integer)" => TypeSpec::Scalar(Type::Integer, None),
        "int32" => TypeSpec::Scalar(Type::Integer, Some("int32")),
        "long" | "int64" | "bigint" => TypeSpec::Scalar(Type::Integer, Some("int64")),
        "short" => TypeSpec::Scalar(Type::Integer, Some("int16")),
        "byte" => TypeSpec::Scalar(Type::Integer, Some("int8")),
        "float" => TypeSpec::Scalar(Type::Number, Some("float")),
        "double" => TypeSpec::Scalar(Type::Number, Some("double")),
        "number" | "decimal" | "bigdecimal" => TypeSpec::Scalar(Type::Number, None),
        "boolean" | "bool" => TypeSpec::Scalar(Type::Boolean, None),
        "date" => TypeSpec::Scalar(Type::String, Some("date")),
        "datetime" | "date-time" | "timestamp(string)" => {
            TypeSpec::Scalar(Type::String, Some("date-time"))
        }
        _ => return None,
    })
}

/// The scalar of `Array of strings`, and of the singular `Array of string` that pages also print.
fn plural_scalar(lower: &str) -> Option<TypeSpec> {
    let singular = lower
        .strip_suffix("es")
        .filter(|s| scalar(s).is_some())
        .or_else(|| lower.strip_suffix('s'));
    singular.and_then(scalar).or_else(|| scalar(lower))
}

/// Whether `text` can name a model: one identifier-like word (`ImageGroup`, `grants`,
/// `config`, OpenStack's `binding:profile`), or a few words (`Storage type`).
fn is_name(text: &str) -> bool {
    let t = text.trim();
    !t.is_empty()
        && t.len() <= 64
        && t.chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | ' ' | ':'))
        && t.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
}

/// One identifier (`Storage`), as a model name inside `Array<...>` must be.
fn is_identifier(text: &str) -> bool {
    is_name(text) && !text.contains(' ')
}

fn split_top_comma(text: &str) -> Option<(&str, &str)> {
    let mut depth = 0i32;
    for (i, c) in text.char_indices() {
        match c {
            '<' | '(' => depth += 1,
            '>' | ')' => depth -= 1,
            ',' if depth == 0 => return Some((&text[..i], &text[i + 1..])),
            _ => {}
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use docsdk_spec::Type;

    fn named(n: &str) -> TypeSpec {
        TypeSpec::Named(n.into())
    }

    #[test]
    fn a_sized_string_is_a_string_with_a_length() {
        for cell in ["String(64)", "string (64)", "**String(64)**"] {
            assert_eq!(
                parse_type(cell),
                Some(TypeSpec::Scalar(Type::String, None)),
                "{cell}"
            );
            assert_eq!(stated_max_length(cell), Some(64), "{cell}");
        }
        assert_eq!(stated_max_length("String"), None);
        // Only strings have a length; a number in parentheses elsewhere is not read as one.
        assert_eq!(parse_type("Integer(10)"), None);
        assert_eq!(stated_max_length("Integer(10)"), None);
        assert_eq!(parse_type("String(x)"), None);
    }

    #[test]
    fn lists_structures_and_extension_attribute_names() {
        assert_eq!(
            parse_type("String list"),
            Some(TypeSpec::Array(Some(Box::new(TypeSpec::Scalar(
                Type::String,
                None
            )))))
        );
        assert_eq!(
            parse_type("List (NAT gateways)"),
            Some(TypeSpec::Array(None))
        );
        assert_eq!(
            parse_type("Resource_tag structure"),
            Some(named("Resource_tag"))
        );
        assert_eq!(
            parse_type("binding:profile object"),
            Some(named("binding:profile"))
        );
        // A word that is no type stays unknown.
        assert_eq!(parse_type("Sting"), None);
    }

    #[test]
    fn array_items_may_have_a_composite_type() {
        assert_eq!(
            parse_type("Array of Map<String,String> objects"),
            Some(TypeSpec::Array(Some(Box::new(TypeSpec::Map(Some(
                Box::new(TypeSpec::Scalar(Type::String, None))
            ))))))
        );
    }

    #[test]
    fn parses_the_spellings() {
        assert_eq!(
            parse_type("Long"),
            Some(TypeSpec::Scalar(Type::Integer, Some("int64")))
        );
        assert_eq!(
            parse_type("integer"),
            Some(TypeSpec::Scalar(Type::Integer, None))
        );
        assert_eq!(
            parse_type("Float"),
            Some(TypeSpec::Scalar(Type::Number, Some("float")))
        );
        assert_eq!(
            parse_type("Array of ImageGroup objects"),
            Some(TypeSpec::Array(Some(Box::new(named("ImageGroup")))))
        );
        assert_eq!(
            parse_type("Array of strings"),
            Some(TypeSpec::Array(Some(Box::new(TypeSpec::Scalar(
                Type::String,
                None
            )))))
        );
        assert_eq!(
            parse_type("Map<String,String>"),
            Some(TypeSpec::Map(Some(Box::new(TypeSpec::Scalar(
                Type::String,
                None
            )))))
        );
        assert_eq!(
            parse_type("Map<String,Array<String>>"),
            Some(TypeSpec::Map(Some(Box::new(TypeSpec::Array(Some(
                Box::new(TypeSpec::Scalar(Type::String, None))
            ))))))
        );
        assert_eq!(
            parse_type("Map<String, HardDetail>"),
            Some(TypeSpec::Map(Some(Box::new(named("HardDetail")))))
        );
        assert_eq!(parse_type("SourceInfo object"), Some(named("SourceInfo")));
        assert_eq!(
            parse_type("**config** array corresponding to **infer_type**"),
            Some(TypeSpec::Array(Some(Box::new(named("config")))))
        );
        assert_eq!(parse_type("String array"), parse_type("Array of strings"));
        // The singular spelling (IMS's `sub_jobs_list`) is the same type, not a model `string`.
        assert_eq!(
            parse_type("Array of string"),
            parse_type("Array of strings")
        );
        assert_eq!(
            parse_type("Array of integer"),
            parse_type("Array of integers")
        );
        assert_eq!(
            parse_type("List(Dict)"),
            Some(TypeSpec::Array(Some(Box::new(TypeSpec::Object))))
        );
        assert_eq!(
            parse_type("Array<Object>"),
            Some(TypeSpec::Array(Some(Box::new(TypeSpec::Object))))
        );
        assert_eq!(parse_type("JSON Array"), Some(TypeSpec::Array(None)));
        assert_eq!(parse_type("JSON"), Some(TypeSpec::Any));
        assert_eq!(
            parse_type("Array of integers"),
            Some(TypeSpec::Array(Some(Box::new(TypeSpec::Scalar(
                Type::Integer,
                None
            )))))
        );
        assert_eq!(parse_type(""), None);
        assert_eq!(parse_type("see below!"), None);
    }
}
