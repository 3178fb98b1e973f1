//! Schema cells into schemas: the grammar of [`crate::schema_text`], defaults typed by the
//! schema, constraints, and what happens to a model the service does not define.
//!
//! A format with a Models section (the printable view) keeps a schema naming an undefined
//! model as text in `x-stated-type`, reported at every use. A format without one (the pipe
//! extraction) keeps the `$ref`, for another source to define at merge time, and reports
//! each model once; a lower-case word there is no model name but a misspelt keyword.

use docsdk_spec::{Diagnostic, DiagnosticCode, Schema};

use super::{Builder, Context};
use crate::model::{Constraint, Row, SchemaCell};
use crate::schema_text::{
    CellKind, ModelNames, SchemaExpr, parse_schema, split_schema_cell_checked, typed_default,
};

fn stated(text: &str) -> Schema {
    Schema {
        stated_type: Some(text.to_owned()),
        ..Schema::default()
    }
}

/// The schema a cell states, when the grammar reads it (for reachability of models).
pub(super) fn cell_expr(cell: &SchemaCell, names: &ModelNames) -> Option<SchemaExpr> {
    match cell {
        SchemaCell::Joined(cell) => split_schema_cell_checked(cell, names).ok().map(|s| s.expr),
        SchemaCell::Split { schema, .. } => parse_schema(schema, names).ok(),
    }
}

impl Builder<'_> {
    /// A row's schema, default and constraints, and the schema read from its cell (`None`
    /// when it could not be read). `what` names the row for messages.
    pub(super) fn row_schema(
        &mut self,
        cx: &Context,
        row: &Row,
        kind: CellKind,
        what: &str,
    ) -> (Schema, Option<SchemaExpr>) {
        let line = row.schema_line;
        let (expr, rest, printed) = match &row.cell {
            SchemaCell::Joined(cell) => match split_schema_cell_checked(cell, &cx.names) {
                Ok(split) => {
                    if let Some(ambiguity) = &split.ambiguity {
                        self.warn(
                            DiagnosticCode::AmbiguousSplit,
                            line,
                            format!("ambiguous schema cell of {what}: {ambiguity}"),
                        );
                    }
                    (split.expr, split.rest, cell.as_str())
                }
                Err(e) => {
                    self.error(DiagnosticCode::UnreadableSchema,
                        line,
                        format!("in the schema cell of {what}: {e}; the schema is kept as text in x-stated-type"),
                    );
                    return (stated(cell), None);
                }
            },
            SchemaCell::Split { schema, default } => match parse_schema(schema, &cx.names) {
                Ok(expr) => (expr, default.as_str(), schema.as_str()),
                Err(e) => {
                    self.error(DiagnosticCode::UnreadableSchema,
                        line,
                        format!("in the schema cell of {what}: {e}; the schema is kept as text in x-stated-type"),
                    );
                    return (stated_with_default(schema, default), None);
                }
            },
        };
        let Some(mut schema) = self.resolve(cx, &expr, printed, line) else {
            let default = match &row.cell {
                SchemaCell::Split { default, .. } => default.as_str(),
                SchemaCell::Joined(_) => "",
            };
            return (stated_with_default(printed, default), None);
        };
        match typed_default(&expr, rest, kind) {
            Ok(default) => schema.default = default,
            Err(text) => {
                self.warn(DiagnosticCode::ContradictoryDefault,
                    line,
                    format!(
                        "expected a default of type `{}` for {what}, found `{text}`; kept in x-stated-default, no default",
                        expr.display()
                    ),
                );
                schema.stated_default = Some(text);
            }
        }
        for c in &row.constraints {
            match c {
                Constraint::Pattern(p) => schema.pattern = Some(p.clone()),
                Constraint::MinLength(n) => schema.min_length = Some(*n),
                Constraint::MaxLength(n) => schema.max_length = Some(*n),
                Constraint::Minimum(n) => schema.minimum = Some(n.clone()),
                Constraint::Maximum(n) => schema.maximum = Some(n.clone()),
            }
        }
        (schema, Some(expr))
    }

    /// The schema of a cell that holds a schema alone (a response's). `what` names it.
    pub(super) fn schema_text(
        &mut self,
        cx: &Context,
        text: &str,
        line: usize,
        what: &str,
    ) -> Schema {
        match parse_schema(text, &cx.names) {
            Ok(expr) => self
                .resolve(cx, &expr, text, line)
                .unwrap_or_else(|| stated(text)),
            Err(e) => {
                self.error(
                    DiagnosticCode::UnreadableSchema,
                    line,
                    format!("in the schema of {what}: {e}; kept as text in x-stated-type"),
                );
                stated(text)
            }
        }
    }

    /// The structured schema of `expr` (printed as `printed`), with the models it names
    /// checked (rule in the module docs). `None`: the text is no schema, keep it as printed.
    fn resolve(
        &mut self,
        cx: &Context,
        expr: &SchemaExpr,
        printed: &str,
        line: usize,
    ) -> Option<Schema> {
        let names = expr.model_names();
        if !cx.models_stated {
            if let Some(word) = names
                .iter()
                .find(|m| !m.starts_with(|c: char| c.is_ascii_uppercase()))
            {
                self.error(DiagnosticCode::UnreadableSchema,
                    line,
                    format!(
                        "unknown schema word `{word}` in `{printed}`: expected string, integer, number, \
                         boolean, object, null, array[...], any of [...], enum (...) or a model name \
                         (model names start with an upper-case letter); kept as printed in x-stated-type"
                    ),
                );
                return None;
            }
            for model in names {
                if self.reported_models.insert(model.to_owned()) {
                    let at = self.at(line);
                    self.diagnostics.push(
                        Diagnostic::warning(
                            DiagnosticCode::UndefinedModel,
                            at,
                            format!(
                                "model `{model}` is referenced but not defined (this extraction has \
                                 no Models section); kept as a `$ref` (first reference here)"
                            ),
                        )
                        .about(model),
                    );
                }
            }
            return Some(expr.to_schema());
        }
        let missing: Vec<&str> = names
            .into_iter()
            .filter(|n| !cx.names.contains(n))
            .collect();
        if missing.is_empty() {
            return Some(expr.to_schema());
        }
        for name in &missing {
            self.warn(DiagnosticCode::UndefinedModel,
                line,
                format!(
                    "expected a schema keyword or a model defined in this service's Models section, found `{name}`; the schema is kept as text in x-stated-type"
                ),
            );
        }
        Some(Schema {
            stated_type: Some(expr.display()),
            ..Schema::default()
        })
    }
}

/// A schema kept as printed, with a printed default beside it (`None` and empty are none).
fn stated_with_default(schema: &str, default: &str) -> Schema {
    let mut out = stated(schema);
    if !default.is_empty() && default != "None" {
        out.stated_default = Some(default.to_owned());
    }
    out
}
