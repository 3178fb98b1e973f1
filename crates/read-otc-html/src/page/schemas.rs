//! Schemas of the tables and their fields: the Type cell, the facts the description states
//! (enums, defaults, ranges, lengths), and the checks between them.

use super::*;

impl Page<'_> {
    pub(super) fn build_schemas(&mut self) -> IndexMap<String, Schema> {
        let mut schemas = IndexMap::new();
        for t in 0..self.tables.len() {
            if matches!(
                self.tables[t].role,
                Role::Params(_) | Role::GenericParams | Role::ResponseHeaders(_)
            ) {
                continue;
            }
            let schema = self.object_schema(t, None);
            schemas.insert(self.tables[t].local_name.clone(), schema);
        }
        schemas
    }

    /// The object schema of table `t` (only the rows `keep` selects, when given).
    pub(super) fn object_schema(
        &mut self,
        t: usize,
        keep: Option<&dyn Fn(&str) -> bool>,
    ) -> Schema {
        let table = self.table(t).clone();
        let mut schema = Schema::of_type(Type::Object);
        schema.source = Some(SourceRef::new(self.file, table.line));
        if !table.caption.is_empty() {
            schema.title = Some(table.caption.clone());
        }
        if let Some(row) = self.whole_body_row(t).cloned() {
            let (mut whole, _) = self.field_schema(t, &row, true);
            whole.title = schema.title;
            return whole;
        }
        for row in &table.rows {
            let Some(name) = self.row_name(t, row) else {
                continue;
            };
            if keep.is_some_and(|k| !k(&name)) {
                continue;
            }
            let (field, required) = self.field_schema(t, row, true);
            if schema.properties.contains_key(&name) {
                self.diags.warn(
                    DiagnosticCode::Duplicate,
                    SourceRef::new(self.file, row.line),
                    format!("expected each field once in table {}, found `{name}` again: the first row is kept", table_label(&table)),
                );
                continue;
            }
            if required {
                schema.required.push(name.clone());
            }
            schema.properties.insert(name, field);
        }
        schema
    }

    pub(super) fn row_name(&mut self, t: usize, row: &Row) -> Option<String> {
        let name = row
            .cell(self.tables[t].cols.name)
            .map(|c| c.text.replace("**", "").trim().to_owned())
            .unwrap_or_default();
        if name.is_empty() || name.contains('\n') {
            if !row.cells.iter().all(|c| c.text.trim().is_empty()) {
                self.diags.warn(
                    DiagnosticCode::MalformedTable,
                    SourceRef::new(self.file, row.line),
                    format!(
                        "expected a parameter name in the first column, found `{}`: row skipped",
                        name.replace('\n', " ")
                    ),
                );
            }
            return None;
        }
        Some(name)
    }

    /// The schema of one row (with description and source) and whether it is mandatory.
    pub(super) fn field_schema(
        &mut self,
        t: usize,
        row: &Row,
        with_description: bool,
    ) -> (Schema, bool) {
        let cols = &self.tables[t].cols;
        let (ty_col, desc_col, mand_col) = (cols.ty, cols.desc, cols.mandatory);
        let type_text = row
            .cell(ty_col)
            .map(|c| c.text.trim().to_owned())
            .unwrap_or_default();
        let description = row
            .cell(desc_col)
            .map(|c| c.text.trim().to_owned())
            .unwrap_or_default();
        let spec = parse_type(&type_text);
        let name = row
            .cell(self.tables[t].cols.name)
            .map(|c| c.text.replace("**", ""))
            .unwrap_or_default();
        let name = name.trim();
        if ty_col.is_some() && spec.is_none() {
            if type_text.is_empty() {
                self.diags.warn(
                    DiagnosticCode::UnexpectedText,
                    SourceRef::new(self.file, row.line),
                    format!(
                        "expected a type for field `{name}`, found an empty Type cell: left untyped"
                    ),
                );
            } else {
                self.diags.warn(
                    DiagnosticCode::UnexpectedText,
                    SourceRef::new(self.file, row.line),
                    format!("expected a known type for field `{name}`, found `{}`: left untyped (kept in x-stated-type)", type_text.replace("**", "")),
                );
            }
        }
        let targets = self.row_targets(t, row, spec.as_ref(), true);
        let mut schema = self.type_schema(spec.as_ref(), &targets);
        let stated = type_text.replace("**", "");
        if !stated.is_empty() && !is_canonical_type(&stated) {
            schema.stated_type = Some(stated);
        }
        let facts = prose::facts(&description);
        self.apply_facts(&mut schema, &facts, name, row.line);
        if let Some(length) = stated_max_length(&type_text) {
            self.apply_stated_length(&mut schema, length, name, row.line);
        }
        if with_description && !description.is_empty() {
            schema.description = Some(description);
        }
        schema.source = Some(SourceRef::new(self.file, row.line));
        let (required, understood) = self.mandatory(t, row);
        if !understood {
            let other = mandatory_text(row, mand_col).unwrap_or_default();
            self.diags.warn(
                DiagnosticCode::UnexpectedText,
                SourceRef::new(self.file, row.line),
                format!("expected Yes or No in the Mandatory column for `{name}`, found `{other}`: treated as optional"),
            );
        }
        (schema, required)
    }

    /// Whether `row` of table `t` is mandatory, and whether its Mandatory cell reads as the
    /// family writes it (`Yes`, `No`, `Mandatory`, `Optional`, or a phrase starting with yes
    /// or no); an unread cell is optional.
    pub(super) fn mandatory(&self, t: usize, row: &Row) -> (bool, bool) {
        match mandatory_text(row, self.tables[t].cols.mandatory).as_deref() {
            None => (false, true),
            Some("yes" | "mandatory" | "true" | "required" | "y") => (true, true),
            Some("no" | "optional" | "false" | "n" | "") => (false, true),
            Some(other) => (
                other.starts_with("yes"),
                other.starts_with("yes") || other.starts_with("no"),
            ),
        }
    }

    /// The one row of table `t` when it is named `[Array]`: the table describes a body that
    /// is that array itself (a JSON Patch list of operations), not an object with such a field.
    pub(super) fn whole_body_row(&self, t: usize) -> Option<&Row> {
        let table = self.table(t);
        let [row] = &table.rows[..] else {
            return None;
        };
        let name = row.cell(self.tables[t].cols.name)?.text.replace("**", "");
        is_whole_body_name(&name).then_some(row)
    }

    pub(super) fn type_schema(&self, spec: Option<&TypeSpec>, targets: &[Target]) -> Schema {
        let target_schema = |targets: &[Target]| -> Schema {
            let refs: Vec<Schema> = targets
                .iter()
                .map(|t| match t {
                    Target::Local(n) => Schema::reference_to(&self.tables[*n].local_name),
                    Target::Remote(r) => Schema {
                        reference: Some(format!("{REMOTE_REF_PREFIX}{r}")),
                        ..Schema::default()
                    },
                })
                .collect();
            if refs.len() == 1 {
                refs.into_iter().next().unwrap_or_default()
            } else {
                Schema {
                    one_of: refs,
                    ..Schema::default()
                }
            }
        };
        match spec {
            None => {
                if targets.is_empty() {
                    Schema::default()
                } else {
                    target_schema(targets)
                }
            }
            Some(TypeSpec::Scalar(ty, format)) => {
                let mut s = Schema::of_type(*ty);
                s.format = format.map(str::to_owned);
                s
            }
            Some(TypeSpec::Object) | Some(TypeSpec::Named(_)) => {
                if targets.is_empty() {
                    Schema::of_type(Type::Object)
                } else {
                    target_schema(targets)
                }
            }
            Some(TypeSpec::Any) => {
                if targets.is_empty() {
                    Schema::default()
                } else {
                    target_schema(targets)
                }
            }
            Some(TypeSpec::Array(inner)) => {
                let mut s = Schema::of_type(Type::Array);
                let item = match inner.as_deref() {
                    Some(TypeSpec::Scalar(..)) => Some(self.type_schema(inner.as_deref(), &[])),
                    Some(TypeSpec::Array(_)) | Some(TypeSpec::Map(_)) => {
                        Some(self.type_schema(inner.as_deref(), targets))
                    }
                    other => {
                        if targets.is_empty() {
                            other.map(|o| self.type_schema(Some(o), &[]))
                        } else {
                            Some(target_schema(targets))
                        }
                    }
                };
                s.items = item.map(Box::new);
                s
            }
            Some(TypeSpec::Map(inner)) => {
                let mut s = Schema::of_type(Type::Object);
                let value = match inner.as_deref() {
                    None => None,
                    Some(TypeSpec::Named(_)) if !targets.is_empty() => Some(target_schema(targets)),
                    Some(other) => Some(self.type_schema(Some(other), targets)),
                };
                s.additional_properties = Some(match value {
                    Some(v) => docsdk_spec::AdditionalProperties::Schema(Box::new(v)),
                    None => docsdk_spec::AdditionalProperties::Bool(true),
                });
                s
            }
        }
    }

    pub(super) fn apply_facts(
        &mut self,
        schema: &mut Schema,
        facts: &prose::Facts,
        name: &str,
        line: usize,
    ) {
        // Enums and defaults apply to the scalar: the schema itself or an array's items.
        let is_array = schema.schema_type == Some(SchemaType::One(Type::Array));
        let items_open = schema.items.as_deref().is_none_or(|i| {
            i.reference.is_none()
                && i.one_of.is_empty()
                && i.schema_type != Some(SchemaType::One(Type::Object))
        });
        let target: &mut Schema = if is_array
            && items_open
            && (!facts.enum_values.is_empty() || schema.items.is_some())
        {
            schema.items.get_or_insert_with(Box::default)
        } else {
            schema
        };
        let ty = match &target.schema_type {
            Some(SchemaType::One(t)) => Some(*t),
            _ => None,
        };
        let is_ref = target.reference.is_some() || !target.one_of.is_empty();
        if !facts.enum_values.is_empty() && !is_ref {
            match ty {
                Some(Type::Boolean) => {}
                Some(Type::Integer) | Some(Type::Number) | Some(Type::String) | None => {
                    let values: Option<Vec<Value>> = facts
                        .enum_values
                        .iter()
                        .map(|v| typed_value(v, ty))
                        .collect();
                    match values {
                        Some(v) => target.enum_values = v,
                        None => self.diags.warn(
                            DiagnosticCode::UnexpectedText,
                            SourceRef::new(self.file, line),
                            format!(
                                "expected enum values of `{name}` to fit its type {}, found {:?}: kept in the description only",
                                ty.map_or("(none)", type_name),
                                facts.enum_values
                            ),
                        ),
                    }
                }
                _ => {}
            }
        }
        if let Some(default) = &facts.default {
            if !is_ref {
                match typed_value(default, ty) {
                    Some(v) if ty.is_some() => target.default = Some(v),
                    _ => target.stated_default = Some(default.clone()),
                }
            }
        } else if facts.conflicting_defaults {
            self.diags.warn(
                DiagnosticCode::ContradictoryDefault,
                SourceRef::new(self.file, line),
                format!("expected one default for `{name}`, found several in its description: none taken"),
            );
        }
        match ty {
            Some(Type::Integer) | Some(Type::Number) => {
                let num = |v: &Option<String>| -> Option<serde_json::Number> {
                    let v = v.as_deref()?;
                    if ty == Some(Type::Integer) {
                        v.parse::<i64>().ok().map(Into::into)
                    } else {
                        v.parse::<f64>().ok().and_then(serde_json::Number::from_f64)
                    }
                };
                target.minimum = num(&facts.minimum);
                target.maximum = num(&facts.maximum);
                self.check_default_in_range(target, name, line);
            }
            Some(Type::String) => {
                target.min_length = facts.min_length;
                target.max_length = facts.max_length;
            }
            _ => {}
        }
        if let Some((low, high)) = &facts.advised_range {
            target.extra.set_ext(
                Ext::STATED_RANGE,
                Value::String(format!("{low} to {high} (recommended)")),
            );
        }
    }

    /// The length a sized type states (`String(64)`) is the string's `maxLength`, unless the
    /// description states another maximum: the two disagree, the description's is kept (it is
    /// the more specific statement) and the type stays in `x-stated-type`.
    pub(super) fn apply_stated_length(
        &mut self,
        schema: &mut Schema,
        length: u64,
        name: &str,
        line: usize,
    ) {
        if schema.schema_type != Some(SchemaType::One(Type::String)) {
            return;
        }
        match schema.max_length {
            None => schema.max_length = Some(length),
            Some(stated) if stated != length => self.diags.warn(
                DiagnosticCode::Inconsistent,
                SourceRef::new(self.file, line),
                format!(
                    "expected the description of `{name}` to allow the {length} characters its type states, found a maximum of {stated}: the description's is kept"
                ),
            ),
            Some(_) => {}
        }
    }

    /// A default outside the stated hard range: both facts are kept, the default as text
    /// (`x-stated-default`) so the spec stays valid, and a warning names them.
    pub(super) fn check_default_in_range(&mut self, target: &mut Schema, name: &str, line: usize) {
        let Some(value) = target.default.as_ref().and_then(Value::as_f64) else {
            return;
        };
        let below = target
            .minimum
            .as_ref()
            .and_then(serde_json::Number::as_f64)
            .is_some_and(|m| value < m);
        let above = target
            .maximum
            .as_ref()
            .and_then(serde_json::Number::as_f64)
            .is_some_and(|m| value > m);
        if !(below || above) {
            return;
        }
        let bound =
            |n: &Option<serde_json::Number>| n.as_ref().map_or("-".to_owned(), ToString::to_string);
        let message = format!(
            "expected the default of `{name}` within its stated range [{}, {}], found {value}: both are kept, the default as x-stated-default",
            bound(&target.minimum),
            bound(&target.maximum)
        );
        if let Some(d) = target.default.take() {
            target.stated_default = Some(d.to_string());
        }
        self.diags.warn(
            DiagnosticCode::DefaultOutOfRange,
            SourceRef::new(self.file, line),
            message,
        );
    }
}

/// A parameter's schema carries no description or source: the parameter has them.
pub(super) fn strip_doc(mut schema: Schema) -> Schema {
    schema.description = None;
    schema.source = None;
    schema
}

pub(super) fn is_canonical_type(t: &str) -> bool {
    static CANON: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(?:String|Integer|Long|Boolean|Float|Double|Number|Object|Array of \w+ objects|Array of (?:strings|integers|numbers|booleans|objects)|\w+ object)$").expect("the pattern is valid")
    });
    CANON.is_match(t.trim())
}

pub(super) fn typed_value(text: &str, ty: Option<Type>) -> Option<Value> {
    let t = text.trim();
    match ty {
        Some(Type::Integer) => t.parse::<i64>().ok().map(Value::from),
        Some(Type::Number) => t
            .parse::<f64>()
            .ok()
            .and_then(serde_json::Number::from_f64)
            .map(Value::Number),
        Some(Type::Boolean) => match t {
            "true" | "True" | "TRUE" => Some(Value::Bool(true)),
            "false" | "False" | "FALSE" => Some(Value::Bool(false)),
            _ => None,
        },
        Some(Type::String) | None => Some(Value::String(t.to_owned())),
        _ => None,
    }
}

pub(super) fn type_name(t: Type) -> &'static str {
    match t {
        Type::String => "string",
        Type::Integer => "integer",
        Type::Number => "number",
        Type::Boolean => "boolean",
        Type::Object => "object",
        Type::Array => "array",
        Type::Null => "null",
    }
}

/// A Mandatory cell's text, lower case, without bold markers.
fn mandatory_text(row: &Row, column: Option<usize>) -> Option<String> {
    row.cell(column)
        .map(|c| c.text.replace("**", "").trim().to_ascii_lowercase())
}

/// `[Array]` (`*[Array]*` in RST italics): the name the family gives a body's only row when
/// the body is an array, not an object.
pub(super) fn is_whole_body_name(name: &str) -> bool {
    name.trim_matches(['*', '_', '`', ' '])
        .eq_ignore_ascii_case("[array]")
}
