//! One test per quirk of the cell grammar (issue 3 and seed-formats.md section 4).

use super::*;
use serde_json::json;

fn models(names: &[&str]) -> ModelNames {
    ModelNames::new(names.iter().map(|n| n.to_string()))
}

fn split(cell: &str, names: &[&str]) -> (SchemaExpr, String) {
    let (expr, rest) = split_schema_cell(cell, &models(names)).unwrap();
    (expr, rest.to_owned())
}

fn model(n: &str) -> SchemaExpr {
    SchemaExpr::Model(n.to_owned())
}

#[test]
fn keyword_with_none_default_is_no_default() {
    let (expr, rest) = split("stringNone", &[]);
    assert_eq!((expr.clone(), rest.as_str()), (SchemaExpr::String, "None"));
    assert_eq!(typed_default(&expr, &rest, CellKind::Parameter), Ok(None));
}

#[test]
fn bare_string_parameter_means_empty_string_default() {
    // 002 L777: `string` alone is `str("")`, distinct from `stringNone`.
    let (expr, rest) = split("string", &[]);
    assert_eq!(rest, "");
    assert_eq!(
        typed_default(&expr, &rest, CellKind::Parameter),
        Ok(Some(json!("")))
    );
    // A model field prints only truthy defaults: empty is no default.
    assert_eq!(typed_default(&expr, &rest, CellKind::Field), Ok(None));
    // A body row (model) has no default either.
    assert_eq!(
        typed_default(&model("CloudMLRequest"), "", CellKind::Parameter),
        Ok(None)
    );
}

#[test]
fn nullable_integer_with_glued_default() {
    let (expr, rest) = split("any of [integer, null]20", &[]);
    assert_eq!(
        expr,
        SchemaExpr::AnyOf(vec![SchemaExpr::Integer, SchemaExpr::Null])
    );
    assert_eq!(rest, "20");
    assert_eq!(
        typed_default(&expr, &rest, CellKind::Parameter),
        Ok(Some(json!(20)))
    );
}

#[test]
fn string_default_that_looks_like_a_path() {
    let (expr, rest) = split("stringapplication/json", &[]);
    assert_eq!(
        (expr, rest.as_str()),
        (SchemaExpr::String, "application/json")
    );
    let (_, rest) = split("stringcreated_dt:desc", &[]);
    assert_eq!(rest, "created_dt:desc");
}

#[test]
fn enum_values_with_spaces_and_default() {
    let (expr, rest) = split("enum (SSD, SSD_KMS, HDD, HDD_KMS)SSD", &[]);
    assert_eq!(
        expr,
        SchemaExpr::Enum(vec![
            "SSD".into(),
            "SSD_KMS".into(),
            "HDD".into(),
            "HDD_KMS".into()
        ])
    );
    assert_eq!(
        typed_default(&expr, &rest, CellKind::Field),
        Ok(Some(json!("SSD")))
    );
    let cell = "any of [enum (PostgreSQL Community, MariaDB Community, Scalable DB MariaDB Community), null]None";
    let (expr, rest) = split(cell, &[]);
    assert_eq!(
        expr,
        SchemaExpr::AnyOf(vec![
            SchemaExpr::Enum(vec![
                "PostgreSQL Community".into(),
                "MariaDB Community".into(),
                "Scalable DB MariaDB Community".into()
            ]),
            SchemaExpr::Null
        ])
    );
    assert_eq!(rest, "None");
}

#[test]
fn enum_value_with_parentheses_stays_whole() {
    let (expr, rest) = split("enum (Vertica(DBaaS), Kafka)Kafka", &[]);
    assert_eq!(
        expr,
        SchemaExpr::Enum(vec!["Vertica(DBaaS)".into(), "Kafka".into()])
    );
    assert_eq!(rest, "Kafka");
}

#[test]
fn enum_default_not_among_values_is_a_contradiction() {
    let (expr, rest) = split("enum (A, B)C", &[]);
    assert_eq!(
        typed_default(&expr, &rest, CellKind::Field),
        Err("C".to_owned())
    );
}

#[test]
fn nested_array_inside_any_of() {
    let (expr, rest) = split("any of [array[Tag], null]", &["Tag"]);
    assert_eq!(
        expr,
        SchemaExpr::AnyOf(vec![
            SchemaExpr::Array(Box::new(model("Tag"))),
            SchemaExpr::Null
        ])
    );
    assert_eq!(rest, "");
    let (expr, _) = split("array[any of [string, null]]", &[]);
    assert_eq!(
        expr,
        SchemaExpr::Array(Box::new(SchemaExpr::AnyOf(vec![
            SchemaExpr::String,
            SchemaExpr::Null
        ])))
    );
    assert_eq!(expr.display(), "array[any of [string, null]]");
}

#[test]
fn object_with_string_default_contradicts() {
    // 004 L3333 `objectCPU`: object + `CPU` because no model `objectCPU` exists.
    let (expr, rest) = split("objectCPU", &["ClusterResourceCheckResponse"]);
    assert_eq!((expr.clone(), rest.as_str()), (SchemaExpr::Object, "CPU"));
    assert_eq!(
        typed_default(&expr, &rest, CellKind::Field),
        Err("CPU".to_owned())
    );
}

#[test]
fn date_time_format_and_nullable_date_time() {
    let (expr, rest) = split("string (date-time)", &[]);
    assert_eq!(
        expr,
        SchemaExpr::Formatted {
            base: Box::new(SchemaExpr::String),
            format: "date-time".into()
        }
    );
    assert_eq!(rest, "");
    let schema = expr.to_schema();
    assert_eq!(schema.format.as_deref(), Some("date-time"));
    let (expr, _) = split("any of [string (date-time), null]", &[]);
    assert_eq!(expr.display(), "any of [string (date-time), null]");
}

#[test]
fn longest_model_wins() {
    let names = ["Engine", "EngineProperty", "EnginePropertyListResponse"];
    assert_eq!(split("EngineProperty", &names).0, model("EngineProperty"));
    assert_eq!(
        split("array[EngineProperty]", &names).0,
        SchemaExpr::Array(Box::new(model("EngineProperty")))
    );
    assert_eq!(
        split("EnginePropertyListResponse", &names).0,
        model("EnginePropertyListResponse")
    );
    // `Engine` + default `Property` is no fitting reading (a model takes no text default).
    assert!(!is_ambiguous("EngineProperty", &models(&names)));
}

#[test]
fn shorter_model_is_used_when_the_longer_does_not_close_the_bracket() {
    // `array[Engine]` must not try `EngineProperty`; and with `Engines` defined, `Engine]`
    // still parses through backtracking.
    let names = ["Engine", "Engines"];
    assert_eq!(
        split("array[Engine]", &names).0,
        SchemaExpr::Array(Box::new(model("Engine")))
    );
}

#[test]
fn ambiguous_split_is_reported() {
    // A model whose name starts with a keyword: `stringer` vs `string` + default `er`.
    let names = models(&["stringer"]);
    let s = split_schema_cell_checked("stringer", &names).unwrap();
    assert_eq!(s.expr, model("stringer"));
    assert_eq!(s.rest, "");
    assert_eq!(
        s.ambiguity.as_deref(),
        Some(
            "`stringer` reads as schema `stringer` with default `` (longest model wins) or as schema `string` with default `er`"
        )
    );
}

#[test]
fn bare_model_and_undefined_word() {
    let (expr, rest) = split("AsyncResponse", &["AsyncResponse", "ResourceInfo"]);
    assert_eq!((expr, rest.as_str()), (model("AsyncResponse"), ""));
    // A word that is no keyword and no defined model is taken as a model reference; the
    // reader reports it as undefined.
    let (expr, rest) = split("strng", &[]);
    assert_eq!((expr, rest.as_str()), (model("strng"), ""));
}

#[test]
fn boolean_defaults_are_python_constants() {
    let (expr, rest) = split("booleanTrue", &[]);
    assert_eq!(
        typed_default(&expr, &rest, CellKind::Field),
        Ok(Some(json!(true)))
    );
    let (expr, rest) = split("booleanFalse", &[]);
    assert_eq!(
        typed_default(&expr, &rest, CellKind::Parameter),
        Ok(Some(json!(false)))
    );
    assert_eq!(
        typed_default(&SchemaExpr::Boolean, "yes", CellKind::Field),
        Err("yes".to_owned())
    );
}

#[test]
fn integer_default_on_nullable_integer_field() {
    let (expr, rest) = split("any of [integer, null]5433", &[]);
    assert_eq!(
        typed_default(&expr, &rest, CellKind::Field),
        Ok(Some(json!(5433)))
    );
    let (expr, rest) = split("integer9091", &[]);
    assert_eq!(
        typed_default(&expr, &rest, CellKind::Field),
        Ok(Some(json!(9091)))
    );
}

#[test]
fn malformed_cells_say_what_was_expected_and_where() {
    let m = models(&[]);
    assert_eq!(
        split_schema_cell("array[string", &m).unwrap_err().message,
        "expected `]` inside `array[` at column 13, found end of cell"
    );
    assert_eq!(
        split_schema_cell("any of [string; null]", &m)
            .unwrap_err()
            .message,
        "expected `, ` or `]` inside `any of [` at column 15, found `; null]`"
    );
    assert_eq!(
        split_schema_cell("enum (A, B", &m).unwrap_err().message,
        "expected `)` to close `enum (` at column 11, found end of cell"
    );
    assert!(
        split_schema_cell("", &m)
            .unwrap_err()
            .message
            .starts_with("expected a schema")
    );
    assert!(split_schema_cell("[x]", &m).is_err());
}

#[test]
fn parse_schema_requires_the_whole_cell() {
    let m = models(&["Tag"]);
    assert_eq!(
        parse_schema("array[Tag]", &m),
        Ok(SchemaExpr::Array(Box::new(model("Tag"))))
    );
    assert_eq!(
        parse_schema("stringNone", &m).unwrap_err().message,
        "expected the cell to end after schema `string` at column 7, found `None`"
    );
}

#[test]
fn examples_are_typed_by_the_schema() {
    assert_eq!(typed_example(&SchemaExpr::Boolean, "False"), json!(false));
    assert_eq!(typed_example(&SchemaExpr::String, "False"), json!("False"));
    assert_eq!(typed_example(&SchemaExpr::Integer, "104"), json!(104));
    // `22.04` stays a string under `string`.
    assert_eq!(typed_example(&SchemaExpr::String, "22.04"), json!("22.04"));
    // An example that does not fit is kept as printed.
    assert_eq!(typed_example(&SchemaExpr::Integer, "abc"), json!("abc"));
    assert_eq!(
        typed_example(&SchemaExpr::Object, "{'cpu': 0, 'gpu': '', 'memory': 0}"),
        json!({"cpu": 0, "gpu": "", "memory": 0})
    );
    assert_eq!(
        typed_example(
            &SchemaExpr::Array(Box::new(SchemaExpr::String)),
            "['created_at:asc']"
        ),
        json!(["created_at:asc"])
    );
    assert_eq!(
        typed_example(&SchemaExpr::String, "CREATE | UPDATE | DELETE"),
        json!("CREATE | UPDATE | DELETE")
    );
    let nullable = SchemaExpr::AnyOf(vec![SchemaExpr::Integer, SchemaExpr::Null]);
    assert_eq!(typed_example(&nullable, "20"), json!(20));
    assert_eq!(typed_example(&nullable, "None"), json!(null));
}

#[test]
fn structured_schemas() {
    let m = models(&["Tag"]);
    let expr = parse_schema("any of [array[Tag], null]", &m).unwrap();
    let json = serde_json::to_value(expr.to_schema()).unwrap();
    assert_eq!(
        json,
        json!({"anyOf": [{"type": "array", "items": {"$ref": "#/components/schemas/Tag"}}, {"type": "null"}]})
    );
    let expr = parse_schema("enum (A B, C)", &m).unwrap();
    assert_eq!(
        serde_json::to_value(expr.to_schema()).unwrap(),
        json!({"type": "string", "enum": ["A B", "C"]})
    );
}

#[test]
fn display_round_trips_every_form() {
    let m = models(&["Tag", "ResourceInfo"]);
    for cell in [
        "string",
        "integer",
        "number",
        "boolean",
        "object",
        "string (date-time)",
        "array[Tag]",
        "array[object]",
        "any of [string, null]",
        "any of [array[Tag], null]",
        "any of [enum (MON, TUE), null]",
        "enum (A B, C)",
        "ResourceInfo",
    ] {
        assert_eq!(parse_schema(cell, &m).unwrap().display(), cell);
    }
}

#[test]
fn non_ascii_never_panics() {
    let m = models(&["모델"]);
    assert_eq!(split("모델없음", &["모델"]).0, model("모델"));
    assert!(split_schema_cell("가나다", &m).is_err());
    assert!(split_schema_cell("enum (가, 나", &m).is_err());
    assert!(split_schema_cell("string (가)", &m).is_ok());
}
