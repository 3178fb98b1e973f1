//! The merge rules on small hand-written documents.

use docsdk_merge::{MergeOptions, merge};
use docsdk_spec::{Ext, ExtraExt};
use docsdk_spec::{
    Method, OpenApi, Operation, Parameter, ParameterLocation, Response, Schema, SourceRef, Type,
};
use serde_json::json;

fn at(file: &str, line: usize) -> Option<SourceRef> {
    Some(SourceRef::new(file, line))
}

fn doc(file: &str, language: &str) -> OpenApi {
    let mut d = OpenApi::new("Things", "1.0");
    d.language = Some(language.to_owned());
    d.source_documents = vec![file.to_owned()];
    d.info.source = at(file, 1);
    d
}

fn param(file: &str, line: usize, name: &str, ty: Type, required: bool) -> Parameter {
    Parameter {
        name: name.to_owned(),
        location: ParameterLocation::Query,
        description: None,
        required,
        deprecated: false,
        style: None,
        explode: None,
        schema: Some(Schema::of_type(ty)),
        example: None,
        source: at(file, line),
        also_stated_at: Vec::new(),
        extra: Default::default(),
    }
}

fn response(file: &str, line: usize, description: &str, model: Option<&str>) -> Response {
    let mut r = Response {
        description: description.to_owned(),
        source: at(file, line),
        ..Response::default()
    };
    if let Some(m) = model {
        r.content.insert(
            "application/json".into(),
            docsdk_spec::MediaType {
                schema: Some(Schema::reference_to(m)),
                ..Default::default()
            },
        );
    }
    r
}

fn put(d: &mut OpenApi, path: &str, method: Method, op: Operation) {
    *d.paths.entry(path.to_owned()).or_default().slot_mut(method) = Some(op);
}

fn model(file: &str, line: usize, fields: &[(&str, Type, bool, usize)]) -> Schema {
    let mut m = Schema::of_type(Type::Object);
    m.source = at(file, line);
    for (name, ty, required, l) in fields {
        let mut f = Schema::of_type(*ty);
        f.source = at(file, *l);
        m.properties.insert((*name).to_owned(), f);
        if *required {
            m.required.push((*name).to_owned());
        }
    }
    m
}

/// Source A: titled; B: derived id, other types and flags.
fn disagreeing() -> (OpenApi, OpenApi) {
    let mut a = doc("a.txt", "en");
    let mut size = param("a.txt", 12, "size", Type::Integer, false);
    size.schema.as_mut().unwrap().default = Some(json!(20));
    let mut op = Operation {
        operation_id: Some("ListThings".into()),
        summary: Some("ListThings".into()),
        description: Some("list things".into()),
        source: at("a.txt", 10),
        parameters: vec![size],
        ..Operation::default()
    };
    op.responses
        .insert("200".into(), response("a.txt", 20, "OK", Some("Thing")));
    put(&mut a, "/v1/things", Method::Get, op);
    a.components.schemas.insert(
        "Thing".into(),
        model("a.txt", 50, &[("id", Type::String, true, 52)]),
    );

    let mut b = doc("b.txt", "en");
    let mut op = Operation {
        operation_id: Some("getV1Things".into()),
        description: Some("list things".into()),
        source: at("b.txt", 30),
        parameters: vec![
            param("b.txt", 40, "size", Type::String, true),
            param("b.txt", 42, "page", Type::Integer, false),
        ],
        ..Operation::default()
    };
    op.extra.set_ext(Ext::OPERATION_ID_DERIVED, json!(true));
    op.responses
        .insert("200".into(), response("b.txt", 44, "", None));
    op.responses
        .insert("201".into(), response("b.txt", 45, "Created", None));
    op.responses
        .insert("404".into(), response("b.txt", 46, "Not Found", None));
    put(&mut b, "/v1/things", Method::Get, op);
    b.components.schemas.insert(
        "Thing".into(),
        model(
            "b.txt",
            70,
            &[
                ("id", Type::Integer, false, 71),
                ("name", Type::String, true, 72),
            ],
        ),
    );
    (a, b)
}

#[test]
fn reports_each_disagreeing_fact_with_both_locations() {
    let (a, b) = disagreeing();
    let out = merge(vec![a, b], &MergeOptions::default());
    let lines: Vec<String> = out.conflicts.iter().map(ToString::to_string).collect();
    assert_eq!(
        lines,
        [
            "required flag of parameter `size` (query) of GET /v1/things: kept `false` (a.txt:12), other `true` (b.txt:40); rule: the first source in manifest order wins",
            "type of parameter `size` (query) of GET /v1/things: kept `integer` (a.txt:12), other `string` (b.txt:40); rule: the first source in manifest order wins",
            "success status codes of GET /v1/things: kept `[\"200\"]` (a.txt:10), other `[\"200\",\"201\"]` (b.txt:30); rule: every stated response code is kept (union); the first source's are listed first",
            "required flag of field `id` of model `Thing`: kept `true` (a.txt:52), other `false` (b.txt:71); rule: the first source in manifest order wins",
            "type of field `id` of model `Thing`: kept `string` (a.txt:52), other `integer` (b.txt:71); rule: the first source in manifest order wins",
        ]
    );
    assert!(out.diagnostics.is_empty(), "{:?}", out.diagnostics);

    let doc = &out.document;
    let op = doc.paths["/v1/things"].operation(Method::Get).unwrap();
    // The stated title wins over the derived id, and the marker goes with the derived id.
    assert_eq!(op.operation_id.as_deref(), Some("ListThings"));
    assert_eq!(op.summary.as_deref(), Some("ListThings"));
    assert!(!op.extra.has_ext(Ext::OPERATION_ID_DERIVED));
    // Union of parameters and response codes; the empty reason takes the other source's.
    let names: Vec<&str> = op.parameters.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, ["size", "page"]);
    let codes: Vec<&str> = op.responses.keys().map(String::as_str).collect();
    assert_eq!(codes, ["200", "201", "404"]);
    assert_eq!(op.responses["200"].description, "OK");
    assert_eq!(
        op.responses["200"].also_stated_at,
        [SourceRef::new("b.txt", 44)]
    );
    // Facts: the first source's, with the other location recorded.
    let size = &op.parameters[0];
    assert_eq!(
        size.schema.as_ref().unwrap().schema_type,
        Some(docsdk_spec::SchemaType::One(Type::Integer))
    );
    assert!(!size.required);
    assert_eq!(size.schema.as_ref().unwrap().default, Some(json!(20)));
    assert_eq!(size.also_stated_at, [SourceRef::new("b.txt", 40)]);
    assert_eq!(op.source, at("a.txt", 10));
    assert_eq!(op.also_stated_at, [SourceRef::new("b.txt", 30)]);
    // Models: field-by-field union.
    let thing = &doc.components.schemas["Thing"];
    assert_eq!(thing.properties.keys().collect::<Vec<_>>(), ["id", "name"]);
    assert_eq!(thing.required, ["id", "name"]);
    assert_eq!(thing.source, at("a.txt", 50));
    assert_eq!(thing.also_stated_at, [SourceRef::new("b.txt", 70)]);
    assert_eq!(
        thing.properties["id"].also_stated_at,
        [SourceRef::new("b.txt", 71)]
    );
    assert_eq!(doc.source_documents, ["a.txt", "b.txt"]);
}

#[test]
fn a_derived_id_is_kept_when_no_source_states_a_title() {
    let (_, b) = disagreeing();
    let mut c = b.clone();
    c.source_documents = vec!["c.txt".into()];
    let out = merge(vec![b, c], &MergeOptions::default());
    let op = out.document.paths["/v1/things"]
        .operation(Method::Get)
        .unwrap();
    assert_eq!(op.operation_id.as_deref(), Some("getV1Things"));
    assert_eq!(op.extra.ext(Ext::OPERATION_ID_DERIVED), Some(&json!(true)));
    assert!(out.conflicts.is_empty(), "{:?}", out.conflicts);
}

fn bilingual() -> (OpenApi, OpenApi) {
    let mut ko = doc("ko.txt", "ko");
    ko.info.description = Some("클라우드 ML 서비스".into());
    let mut op = Operation {
        description: Some("클러스터 목록".into()),
        source: at("ko.txt", 30),
        ..Operation::default()
    };
    op.responses
        .insert("200".into(), response("ko.txt", 31, "성공", None));
    put(&mut ko, "/v1/x", Method::Get, op);
    let op = Operation {
        description: Some("삭제".into()),
        source: at("ko.txt", 40),
        ..Operation::default()
    };
    put(&mut ko, "/v1/x", Method::Delete, op);

    let mut en = doc("en.txt", "en");
    en.info.description = Some("The Cloud ML service".into());
    let mut op = Operation {
        description: Some("list clusters".into()),
        source: at("en.txt", 8),
        ..Operation::default()
    };
    op.responses
        .insert("200".into(), response("en.txt", 9, "OK", None));
    put(&mut en, "/v1/x", Method::Get, op);
    (ko, en)
}

#[test]
fn the_language_preference_picks_the_description_text() {
    let (ko, en) = bilingual();
    // Korean source first, English preferred: the English texts win.
    let out = merge(
        vec![ko.clone(), en.clone()],
        &MergeOptions {
            language: "en".into(),
        },
    );
    let d = &out.document;
    assert_eq!(d.info.description.as_deref(), Some("The Cloud ML service"));
    let get = d.paths["/v1/x"].operation(Method::Get).unwrap();
    assert_eq!(get.description.as_deref(), Some("list clusters"));
    assert_eq!(get.responses["200"].description, "OK");
    // A text only one source states is taken whatever its language.
    let delete = d.paths["/v1/x"].operation(Method::Delete).unwrap();
    assert_eq!(delete.description.as_deref(), Some("삭제"));
    assert_eq!(d.language.as_deref(), Some("en"));
    assert!(
        out.conflicts.is_empty(),
        "texts in different languages are no conflict: {:?}",
        out.conflicts
    );

    // Korean preferred: the Korean texts win, whatever the source order.
    let out = merge(
        vec![en, ko],
        &MergeOptions {
            language: "ko".into(),
        },
    );
    let d = &out.document;
    assert_eq!(d.info.description.as_deref(), Some("클라우드 ML 서비스"));
    let get = d.paths["/v1/x"].operation(Method::Get).unwrap();
    assert_eq!(get.description.as_deref(), Some("클러스터 목록"));
    assert_eq!(get.responses["200"].description, "성공");
    // Facts still follow source order: the English document came first.
    assert_eq!(get.source, at("en.txt", 8));
    assert_eq!(d.language.as_deref(), Some("ko"));
}

#[test]
fn texts_in_one_language_that_differ_are_a_conflict() {
    let (_, en) = bilingual();
    let mut other = en.clone();
    other.source_documents = vec!["en2.txt".into()];
    let get = other.paths["/v1/x"].get.as_mut().unwrap();
    get.description = Some("lists the clusters".into());
    get.source = at("en2.txt", 3);
    let out = merge(vec![en, other], &MergeOptions::default());
    let lines: Vec<String> = out.conflicts.iter().map(ToString::to_string).collect();
    assert_eq!(
        lines,
        [
            "description of GET /v1/x: kept `list clusters` (en.txt:8), other `lists the clusters` (en2.txt:3); rule: texts in the preferred (or first) language: the first source in manifest order wins"
        ]
    );
}

#[test]
fn paths_that_differ_only_in_parameter_names_are_one_operation() {
    let (a, _) = disagreeing();
    let mut b = doc("b.txt", "en");
    put(
        &mut b,
        "/v1/things/{id}",
        Method::Get,
        Operation {
            source: at("b.txt", 5),
            ..Operation::default()
        },
    );
    let mut a2 = a.clone();
    put(
        &mut a2,
        "/v1/things/{thing_id}",
        Method::Get,
        Operation {
            source: at("a.txt", 90),
            ..Operation::default()
        },
    );
    let out = merge(vec![a2, b], &MergeOptions::default());
    assert!(out.document.paths.contains_key("/v1/things/{thing_id}"));
    assert!(!out.document.paths.contains_key("/v1/things/{id}"));
    assert_eq!(
        out.conflicts
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>(),
        [
            "path of GET /v1/things/{thing_id}: kept `/v1/things/{thing_id}` (a.txt:90), other `/v1/things/{id}` (b.txt:5); rule: the first source in manifest order wins"
        ]
    );
}

#[test]
fn differing_examples_are_all_kept() {
    let (a, _) = disagreeing();
    let mut b = a.clone();
    b.source_documents = vec!["b.txt".into()];
    let op_a = a.paths["/v1/things"].get.as_ref().unwrap().clone();
    let mut a = a;
    let op = a.paths["/v1/things"].get.as_mut().unwrap();
    op.parameters[0].example = Some(json!(20));
    let op = b.paths["/v1/things"].get.as_mut().unwrap();
    op.parameters[0].example = Some(json!(50));
    op.parameters[0].source = at("b.txt", 12);
    op.source = at("b.txt", 10);
    assert_ne!(op_a.source, op.source);
    let out = merge(vec![a, b], &MergeOptions::default());
    let p = &out.document.paths["/v1/things"]
        .get
        .as_ref()
        .unwrap()
        .parameters[0];
    assert_eq!(p.example, Some(json!(20)));
    assert_eq!(
        p.extra["x-other-examples"],
        json!([{"value": 50, "x-source": "b.txt:12"}])
    );
}

#[test]
fn reports_models_no_source_defines() {
    let (a, b) = disagreeing();
    let mut a = a;
    a.components.schemas.clear();
    let mut b = b;
    b.components.schemas.clear();
    let out = merge(vec![a, b], &MergeOptions::default());
    let lines: Vec<String> = out.diagnostics.iter().map(ToString::to_string).collect();
    assert_eq!(
        lines,
        [
            "a.txt:20: warning[undefined-model]: model `Thing` is referenced but no source defines it; the `$ref` stays unresolved"
        ]
    );
}

#[test]
fn no_input_is_an_error_not_a_panic() {
    let out = merge(Vec::new(), &MergeOptions::default());
    assert!(out.diagnostics.has_errors());
}
