//! The schema language SCP reference pages print in their `Schema` columns, and the rules that
//! split a schema from the default glued after it.
//!
//! Grammar (one cell, left to right; the document's own model list decides model names):
//!
//! ```text
//! SCHEMA  := "any of [" SCHEMA (", " SCHEMA)* "]"
//!          | "array[" SCHEMA "]"
//!          | "enum (" VALUES ")"              VALUES: text up to the matching ")", split on ", "
//!          | KEYWORD (" (" FORMAT ")")?       KEYWORD: string integer number boolean object null
//!          | MODEL                            a defined model name (longest one wins), else a
//!                                             bare word [A-Za-z0-9_]+ (an undefined model)
//! CELL    := SCHEMA DEFAULT                   DEFAULT: the rest of the cell, possibly empty
//! ```
//!
//! Where several readings of a cell fit (a model `stringer` and the keyword `string` followed by
//! a default `er`), the longest schema wins and [`SchemaSplit::ambiguity`] says what the other
//! reading was, so the reader can warn. A shorter reading only counts when its rest is a
//! default that fits its schema (see [`typed_default`]): `EngineProperty` is never read as
//! model `Engine` with default `Property`, because a model takes no text default.

use std::collections::HashSet;

use docsdk_spec::{Schema, SchemaType, Type};
use serde_json::Value;

use crate::python_literal;

/// A schema as the document prints it.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum SchemaExpr {
    /// `string`
    String,
    /// `integer`
    Integer,
    /// `number`
    Number,
    /// `boolean`
    Boolean,
    /// `object` (a map without stated key or value types)
    Object,
    /// `null`
    Null,
    /// A keyword with a format: `string (date-time)`.
    Formatted {
        /// The keyword.
        base: Box<SchemaExpr>,
        /// The format as printed (`date-time`).
        format: String,
    },
    /// `array[X]`
    Array(Box<SchemaExpr>),
    /// `any of [X, Y, ...]`
    AnyOf(Vec<SchemaExpr>),
    /// `enum (A, B, ...)`: values as printed (they may contain spaces).
    Enum(Vec<String>),
    /// A model name (defined in the document or not: the reader checks).
    Model(String),
}

/// What went wrong while reading a schema cell: what was expected, what was found, and at
/// which column (1-based, in characters).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SchemaTextError {
    /// One line, e.g. ``expected `]` to close `array[` at column 7, found end of cell``.
    pub message: String,
}

impl std::fmt::Display for SchemaTextError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for SchemaTextError {}

/// Where a cell stands: a parameter prints `str(default)` (so `None` and empty strings show),
/// a model field prints its default only when it is truthy.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CellKind {
    /// A row of an operation's `Parameters` table.
    Parameter,
    /// A row of a model's field table.
    Field,
}

/// The model names a service defines, for longest-match lookups.
#[derive(Clone, Debug, Default)]
pub struct ModelNames {
    set: HashSet<String>,
    /// Longest first, so the first prefix found is the longest.
    by_length: Vec<String>,
}

impl ModelNames {
    /// The set of `names`.
    pub fn new(names: impl IntoIterator<Item = String>) -> Self {
        let set: HashSet<String> = names.into_iter().filter(|n| !n.is_empty()).collect();
        let mut by_length: Vec<String> = set.iter().cloned().collect();
        by_length.sort_by(|a, b| b.len().cmp(&a.len()).then_with(|| a.cmp(b)));
        Self { set, by_length }
    }

    /// Whether `name` is defined.
    pub fn contains(&self, name: &str) -> bool {
        self.set.contains(name)
    }

    /// Number of names.
    pub fn len(&self) -> usize {
        self.set.len()
    }

    /// Whether there are no names.
    pub fn is_empty(&self) -> bool {
        self.set.is_empty()
    }

    /// Every defined name that `text` starts with, longest first.
    fn prefixes_of<'s>(&'s self, text: &'s str) -> impl Iterator<Item = &'s str> + 's {
        self.by_length
            .iter()
            .map(String::as_str)
            .filter(move |n| text.starts_with(n))
    }
}

/// A split cell: the schema, the text after it, and whether another reading was possible.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SchemaSplit<'a> {
    /// The schema (longest reading).
    pub expr: SchemaExpr,
    /// Everything after the schema: the printed default, possibly empty.
    pub rest: &'a str,
    /// When another reading also fits, a sentence naming it (for a diagnostic).
    pub ambiguity: Option<String>,
}

/// Splits a run-together schema+default cell (`any of [integer, null]20`, `objectCPU`,
/// `enum (SSD, HDD)SSD`, `stringNone`) into the schema and the rest.
pub fn split_schema_cell<'a>(
    cell: &'a str,
    models: &ModelNames,
) -> Result<(SchemaExpr, &'a str), SchemaTextError> {
    split_schema_cell_checked(cell, models).map(|s| (s.expr, s.rest))
}

/// [`split_schema_cell`], also reporting whether the split is ambiguous.
pub fn split_schema_cell_checked<'a>(
    cell: &'a str,
    models: &ModelNames,
) -> Result<SchemaSplit<'a>, SchemaTextError> {
    let parser = Parser { text: cell, models };
    let alts = parser.alternatives(0)?;
    let mut iter = alts.into_iter();
    let Some((expr, end)) = iter.next() else {
        return Err(parser.error(0, "a schema"));
    };
    let rest = &cell[end..];
    let ambiguity = iter
        // Only a model name makes a split ambiguous: a keyword's ` (format)` always binds to
        // the keyword (a string default starting with ` (` is not representable).
        .filter(|(alt, _)| {
            matches!(expr, SchemaExpr::Model(_)) || matches!(alt, SchemaExpr::Model(_))
        })
        .find(|(alt, alt_end)| {
            let alt_rest = &cell[*alt_end..];
            alt_rest.is_empty()
                || matches!(typed_default(alt, alt_rest, CellKind::Field), Ok(Some(_)))
        })
        .map(|(alt, alt_end)| {
            format!(
                "`{cell}` reads as schema `{}` with default `{rest}` (longest model wins) or as schema `{}` with default `{}`",
                expr.display(),
                alt.display(),
                &cell[alt_end..]
            )
        });
    Ok(SchemaSplit {
        expr,
        rest,
        ambiguity,
    })
}

/// Whether splitting `cell` leaves more than one fitting reading.
pub fn is_ambiguous(cell: &str, models: &ModelNames) -> bool {
    split_schema_cell_checked(cell, models).is_ok_and(|s| s.ambiguity.is_some())
}

/// Parses a cell that must be a schema and nothing else (pipe tables give it alone).
pub fn parse_schema(text: &str, models: &ModelNames) -> Result<SchemaExpr, SchemaTextError> {
    let parser = Parser { text, models };
    // Prefer the reading that uses the whole cell, whatever its length rank.
    let alts = parser.alternatives(0)?;
    if let Some((expr, _)) = alts.iter().find(|(_, end)| *end == text.len()) {
        return Ok(expr.clone());
    }
    match alts.into_iter().next() {
        Some((expr, end)) => Err(SchemaTextError {
            message: format!(
                "expected the cell to end after schema `{}` at column {}, found `{}`",
                expr.display(),
                column(text, end),
                &text[end..]
            ),
        }),
        None => Err(parser.error(0, "a schema")),
    }
}

const KEYWORDS: [(&str, SchemaExpr); 6] = [
    ("string", SchemaExpr::String),
    ("integer", SchemaExpr::Integer),
    ("number", SchemaExpr::Number),
    ("boolean", SchemaExpr::Boolean),
    ("object", SchemaExpr::Object),
    ("null", SchemaExpr::Null),
];

/// 1-based character column of byte offset `at` in `text`.
fn column(text: &str, at: usize) -> usize {
    text.get(..at).map_or(0, |s| s.chars().count()) + 1
}

struct Parser<'a> {
    text: &'a str,
    models: &'a ModelNames,
}

impl<'a> Parser<'a> {
    fn rest(&self, at: usize) -> &'a str {
        self.text.get(at..).unwrap_or("")
    }

    fn error(&self, at: usize, expected: &str) -> SchemaTextError {
        let found = self.rest(at);
        let found = if found.is_empty() {
            "end of cell".to_owned()
        } else {
            format!("`{found}`")
        };
        SchemaTextError {
            message: format!(
                "expected {expected} at column {}, found {found}",
                column(self.text, at)
            ),
        }
    }

    /// Every reading of a schema starting at `at`, as (schema, end), preferred (longest) first.
    fn alternatives(&self, at: usize) -> Result<Vec<(SchemaExpr, usize)>, SchemaTextError> {
        let rest = self.rest(at);
        if let Some(after) = rest.strip_prefix("any of [") {
            let start = at + (rest.len() - after.len());
            return self.any_of(start).map(|r| vec![r]);
        }
        if let Some(after) = rest.strip_prefix("array[") {
            let start = at + (rest.len() - after.len());
            let (item, end) = self.element(start, &["]"], "`array[`")?;
            return Ok(vec![(SchemaExpr::Array(Box::new(item)), end + 1)]);
        }
        if let Some(after) = rest.strip_prefix("enum (") {
            let start = at + (rest.len() - after.len());
            return self.enumeration(start).map(|r| vec![r]);
        }
        let mut alts: Vec<(SchemaExpr, usize)> = Vec::new();
        for name in self.models.prefixes_of(rest) {
            alts.push((SchemaExpr::Model(name.to_owned()), at + name.len()));
        }
        for (word, expr) in KEYWORDS.iter() {
            if let Some(after) = rest.strip_prefix(word) {
                let end = at + word.len();
                if let Some(format) = format_suffix(after) {
                    alts.push((
                        SchemaExpr::Formatted {
                            base: Box::new(expr.clone()),
                            format: format.to_owned(),
                        },
                        end + format.len() + 3,
                    ));
                }
                alts.push((expr.clone(), end));
            }
        }
        if alts.is_empty() {
            let word_len: usize = rest
                .char_indices()
                .find(|(_, c)| !(c.is_ascii_alphanumeric() || *c == '_'))
                .map_or(rest.len(), |(i, _)| i);
            if word_len == 0 {
                return Err(self.error(
                    at,
                    "a schema (`string`, `integer`, `number`, `boolean`, `object`, `array[...]`, `any of [...]`, `enum (...)` or a model name)",
                ));
            }
            alts.push((
                SchemaExpr::Model(rest[..word_len].to_owned()),
                at + word_len,
            ));
        }
        // Longest first; on a tie a model beats a keyword (it was pushed first).
        alts.sort_by_key(|a| std::cmp::Reverse(a.1));
        Ok(alts)
    }

    /// One element inside brackets: the longest reading followed by one of `followers`.
    fn element(
        &self,
        at: usize,
        followers: &[&str],
        opener: &str,
    ) -> Result<(SchemaExpr, usize), SchemaTextError> {
        let alts = self.alternatives(at)?;
        let first_end = alts.first().map_or(at, |a| a.1);
        for (expr, end) in alts {
            if followers.iter().any(|f| self.rest(end).starts_with(f)) {
                return Ok((expr, end));
            }
        }
        let expected = followers
            .iter()
            .map(|f| format!("`{f}`"))
            .collect::<Vec<_>>()
            .join(" or ");
        Err(self.error(first_end, &format!("{expected} inside {opener}")))
    }

    fn any_of(&self, mut at: usize) -> Result<(SchemaExpr, usize), SchemaTextError> {
        let mut items = Vec::new();
        loop {
            let (item, end) = self.element(at, &[", ", "]"], "`any of [`")?;
            items.push(item);
            if self.rest(end).starts_with(']') {
                return Ok((SchemaExpr::AnyOf(items), end + 1));
            }
            at = end + 2;
        }
    }

    fn enumeration(&self, at: usize) -> Result<(SchemaExpr, usize), SchemaTextError> {
        // The closing parenthesis is the one that balances `enum (`, so a value such as
        // `Vertica(DBaaS)` stays whole.
        let rest = self.rest(at);
        let mut depth = 0usize;
        let mut close = None;
        for (i, c) in rest.char_indices() {
            match c {
                '(' => depth += 1,
                ')' if depth == 0 => {
                    close = Some(i);
                    break;
                }
                ')' => depth -= 1,
                _ => {}
            }
        }
        let Some(close) = close else {
            return Err(self.error(at + rest.len(), "`)` to close `enum (`"));
        };
        let body = &rest[..close];
        let values: Vec<String> = body.split(", ").map(|v| v.trim().to_owned()).collect();
        if values.iter().any(String::is_empty) {
            return Err(self.error(at, "enum values separated by `, `"));
        }
        Ok((SchemaExpr::Enum(values), at + close + 1))
    }
}

/// The format in ` (date-time)` at the start of `after`, if any.
fn format_suffix(after: &str) -> Option<&str> {
    let inner = after.strip_prefix(" (")?;
    let close = inner.find(')')?;
    let format = &inner[..close];
    let ok = !format.is_empty()
        && format
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    ok.then_some(format)
}

impl SchemaExpr {
    /// The schema text as the document prints it.
    pub fn display(&self) -> String {
        match self {
            SchemaExpr::String => "string".into(),
            SchemaExpr::Integer => "integer".into(),
            SchemaExpr::Number => "number".into(),
            SchemaExpr::Boolean => "boolean".into(),
            SchemaExpr::Object => "object".into(),
            SchemaExpr::Null => "null".into(),
            SchemaExpr::Formatted { base, format } => format!("{} ({format})", base.display()),
            SchemaExpr::Array(item) => format!("array[{}]", item.display()),
            SchemaExpr::AnyOf(items) => format!(
                "any of [{}]",
                items
                    .iter()
                    .map(SchemaExpr::display)
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
            SchemaExpr::Enum(values) => format!("enum ({})", values.join(", ")),
            SchemaExpr::Model(name) => name.clone(),
        }
    }

    /// The OpenAPI 3.1 schema: keywords become `type`, formats `format`, `array[X]` an array
    /// with `items`, `any of [...]` an `anyOf` (nullability is `anyOf` with `{type: null}`),
    /// `enum (...)` a string enum, a model a `$ref`.
    pub fn to_schema(&self) -> Schema {
        match self {
            SchemaExpr::String => Schema::of_type(Type::String),
            SchemaExpr::Integer => Schema::of_type(Type::Integer),
            SchemaExpr::Number => Schema::of_type(Type::Number),
            SchemaExpr::Boolean => Schema::of_type(Type::Boolean),
            SchemaExpr::Object => Schema::of_type(Type::Object),
            SchemaExpr::Null => Schema::of_type(Type::Null),
            SchemaExpr::Formatted { base, format } => Schema {
                format: Some(format.clone()),
                ..base.to_schema()
            },
            SchemaExpr::Array(item) => Schema {
                items: Some(Box::new(item.to_schema())),
                ..Schema::of_type(Type::Array)
            },
            SchemaExpr::AnyOf(items) => Schema {
                any_of: items.iter().map(SchemaExpr::to_schema).collect(),
                ..Schema::default()
            },
            SchemaExpr::Enum(values) => Schema {
                enum_values: values.iter().map(|v| Value::String(v.clone())).collect(),
                ..Schema::of_type(Type::String)
            },
            SchemaExpr::Model(name) => Schema::reference_to(name),
        }
    }

    /// Every model name this schema mentions, in order.
    pub fn model_names(&self) -> Vec<&str> {
        let mut out = Vec::new();
        self.collect_models(&mut out);
        out
    }

    fn collect_models<'s>(&'s self, out: &mut Vec<&'s str>) {
        match self {
            SchemaExpr::Model(name) => out.push(name),
            SchemaExpr::Array(item) => item.collect_models(out),
            SchemaExpr::Formatted { base, .. } => base.collect_models(out),
            SchemaExpr::AnyOf(items) => items.iter().for_each(|i| i.collect_models(out)),
            _ => {}
        }
    }

    /// Whether `null` is an allowed value.
    pub fn allows_null(&self) -> bool {
        match self {
            SchemaExpr::Null => true,
            SchemaExpr::AnyOf(items) => items.iter().any(SchemaExpr::allows_null),
            _ => false,
        }
    }

    /// Whether a string value can fit (strings, formatted strings, enums).
    fn allows_string(&self) -> bool {
        match self {
            SchemaExpr::String | SchemaExpr::Enum(_) => true,
            SchemaExpr::Formatted { base, .. } => base.allows_string(),
            SchemaExpr::AnyOf(items) => items.iter().any(SchemaExpr::allows_string),
            _ => false,
        }
    }
}

/// The JSON type of a printed value under `expr`, or `None` when it does not fit.
fn type_value(expr: &SchemaExpr, text: &str) -> Option<Value> {
    match expr {
        SchemaExpr::String => Some(Value::String(text.to_owned())),
        SchemaExpr::Formatted { base, .. } => type_value(base, text),
        SchemaExpr::Integer => parse_integer(text),
        SchemaExpr::Number => parse_integer(text).or_else(|| parse_number(text)),
        SchemaExpr::Boolean => parse_bool(text).map(Value::Bool),
        SchemaExpr::Null => (text == "None" || text == "null").then_some(Value::Null),
        SchemaExpr::Object | SchemaExpr::Model(_) => {
            python_literal::parse(text).ok().filter(Value::is_object)
        }
        SchemaExpr::Array(_) => python_literal::parse(text).ok().filter(Value::is_array),
        SchemaExpr::Enum(values) => values
            .iter()
            .any(|v| v == text)
            .then(|| Value::String(text.to_owned())),
        SchemaExpr::AnyOf(items) => items.iter().find_map(|i| type_value(i, text)),
    }
}

fn parse_integer(text: &str) -> Option<Value> {
    if let Ok(i) = text.parse::<i64>() {
        return Some(Value::from(i));
    }
    text.parse::<u64>().ok().map(Value::from)
}

fn parse_number(text: &str) -> Option<Value> {
    let f = text.parse::<f64>().ok().filter(|f| f.is_finite())?;
    // `inf`/`nan` parse in Rust but are no JSON numbers; only digits, sign, dot and exponent.
    let plain = text
        .chars()
        .all(|c| c.is_ascii_digit() || matches!(c, '-' | '+' | '.' | 'e' | 'E'));
    plain
        .then(|| serde_json::Number::from_f64(f).map(Value::Number))
        .flatten()
}

fn parse_bool(text: &str) -> Option<bool> {
    match text {
        "True" | "true" => Some(true),
        "False" | "false" => Some(false),
        _ => None,
    }
}

/// Types a printed default by the schema.
///
/// - `Ok(None)`: no default. `None` (Python's `str(None)`), and an empty cell except where
///   an empty cell means the empty string: a parameter whose schema takes strings prints
///   `str("")`, which is nothing.
/// - `Ok(Some(json))`: the default, typed (`20` for integers, `true` for `True`, strings kept).
/// - `Err(text)`: the printed default contradicts the type (`object` with `CPU`); the reader
///   keeps it in `x-stated-default` and warns.
pub fn typed_default(
    expr: &SchemaExpr,
    text: &str,
    kind: CellKind,
) -> Result<Option<Value>, String> {
    if text == "None" {
        return Ok(None);
    }
    if text.is_empty() {
        let empty_string = kind == CellKind::Parameter && expr.allows_string();
        return Ok(empty_string.then(|| Value::String(String::new())));
    }
    type_value(expr, text)
        .map(Some)
        .ok_or_else(|| text.to_owned())
}

/// Types a printed example (`Example : ...`) by the schema: Python literals (`{'a': 1}`,
/// `['x']`) become JSON whatever the schema says; `True`/`False` become booleans only when
/// the schema takes booleans; digits become numbers only when it takes integers or numbers;
/// `None` becomes `null` only when it takes null; everything else stays the printed string.
/// An example that does not fit is kept as printed: it never overrides the type.
pub fn typed_example(expr: &SchemaExpr, text: &str) -> Value {
    if (text.starts_with('{') || text.starts_with('['))
        && let Ok(value) = python_literal::parse(text)
    {
        return value;
    }
    if text == "None" && expr.allows_null() {
        return Value::Null;
    }
    example_scalar(expr, text).unwrap_or_else(|| Value::String(text.to_owned()))
}

fn example_scalar(expr: &SchemaExpr, text: &str) -> Option<Value> {
    match expr {
        SchemaExpr::Integer => parse_integer(text),
        SchemaExpr::Number => parse_integer(text).or_else(|| parse_number(text)),
        SchemaExpr::Boolean => parse_bool(text).map(Value::Bool),
        SchemaExpr::Formatted { base, .. } => example_scalar(base, text),
        SchemaExpr::AnyOf(items) => items.iter().find_map(|i| example_scalar(i, text)),
        _ => None,
    }
}

/// Whether a JSON value fits the structured schema type of `expr` (models count as objects).
pub fn value_fits(expr: &SchemaExpr, value: &Value) -> bool {
    match (expr, value) {
        (SchemaExpr::String | SchemaExpr::Enum(_), Value::String(_)) => true,
        (SchemaExpr::Integer, Value::Number(n)) => n.is_i64() || n.is_u64(),
        (SchemaExpr::Number, Value::Number(_)) => true,
        (SchemaExpr::Boolean, Value::Bool(_)) => true,
        (SchemaExpr::Object | SchemaExpr::Model(_), Value::Object(_)) => true,
        (SchemaExpr::Null, Value::Null) => true,
        (SchemaExpr::Array(_), Value::Array(_)) => true,
        (SchemaExpr::Formatted { base, .. }, v) => value_fits(base, v),
        (SchemaExpr::AnyOf(items), v) => items.iter().any(|i| value_fits(i, v)),
        _ => false,
    }
}

/// The JSON Schema type list a structured schema allows at its top level (for checks).
pub fn top_types(schema: &Schema) -> Vec<Type> {
    match &schema.schema_type {
        Some(SchemaType::One(t)) => vec![*t],
        Some(SchemaType::Many(ts)) => ts.clone(),
        None => schema.any_of.iter().flat_map(top_types).collect(),
    }
}

#[cfg(test)]
mod tests;
