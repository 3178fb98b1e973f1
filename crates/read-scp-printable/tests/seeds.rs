//! The three printable-view seeds: counts taken by the reader against counts taken here with
//! plain line scans and against the table of issue 3; the only warnings are the document's
//! own contradictions; every `$ref` resolves and every default fits its type.

use std::collections::{BTreeMap, BTreeSet};

use docsdk_read_scp_printable::{looks_like, read};
use docsdk_spec::{OpenApi, ReadOutput, Severity};
use serde_json::Value;

const SEEDS: [&str; 3] = [
    "000_82ebfbc0b226c8e0.txt",
    "002_d08617caa93a34a7.txt",
    "004_a654bf60b90d6dd0.txt",
];

fn seed(name: &str) -> String {
    let path = format!("{}/../../spec/docs/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// Counts for one service.
#[derive(Debug, Default, PartialEq, Eq, Clone, Copy)]
struct Counts {
    operations: usize,
    pairs: usize,
    parameters: usize,
    models: usize,
    fields: usize,
}

/// What the reader produced, per service title, in order of appearance.
fn reader_counts(out: &ReadOutput) -> Vec<(String, Counts)> {
    let mut by_title: Vec<(String, Vec<&OpenApi>)> = Vec::new();
    for doc in &out.documents {
        match by_title.iter_mut().find(|(t, _)| *t == doc.info.title) {
            Some((_, docs)) => docs.push(doc),
            None => by_title.push((doc.info.title.clone(), vec![doc])),
        }
    }
    by_title
        .into_iter()
        .map(|(title, docs)| {
            let mut ops = BTreeSet::new();
            let mut models: BTreeMap<String, usize> = BTreeMap::new();
            let mut c = Counts::default();
            for doc in docs {
                for (_, _, op) in doc.operations() {
                    ops.insert(op.operation_id.clone().unwrap_or_default());
                    c.pairs += 1;
                    c.parameters += op.parameters.len() + usize::from(op.request_body.is_some());
                }
                for (name, schema) in &doc.components.schemas {
                    models.insert(name.clone(), schema.properties.len());
                }
            }
            c.operations = ops.len();
            c.models = models.len();
            c.fields = models.values().sum();
            (title, c)
        })
        .collect()
}

fn heading(line: &str) -> Option<(Vec<&str>, &str)> {
    let (number, title) = line.split_once(" - ")?;
    let parts: Vec<&str> = number.split('.').collect();
    parts
        .iter()
        .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
        .then_some((parts, title))
}

fn is_version(t: &str) -> bool {
    t.split('.')
        .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
}

/// Counts taken with line scans only: services start at `N - <name>` lines other than
/// `N - APIs`/`N - Models` (or span the whole file when it has `1 - APIs`); operations are
/// headings followed by a version heading; pairs are method lines; parameters are
/// `header|query|path|body...` lines followed by `required`/`optional`; models are headings
/// after the service's `Models` heading; fields are lines followed by `required`/`optional`
/// after it.
fn scanned_counts(text: &str) -> Vec<(String, Counts)> {
    let lines: Vec<&str> = text.lines().collect();
    let next_is_req = |i: usize| matches!(lines.get(i + 1), Some(&"required" | &"optional"));
    let mut out: Vec<(String, Counts)> = Vec::new();
    let mut in_models = false;
    // Files without service headings: the first line that is not print chrome names it.
    if lines.contains(&"1 - APIs") {
        let name = lines
            .iter()
            .find(|l| !l.is_empty() && !l.starts_with("This is") && !l.starts_with("Return to"))
            .unwrap_or(&"");
        out.push((name.to_string(), Counts::default()));
    }
    for (i, line) in lines.iter().enumerate() {
        if let Some((number, title)) = heading(line) {
            if number.len() == 1 && title != "APIs" && title != "Models" {
                out.push((title.to_string(), Counts::default()));
                in_models = false;
                continue;
            }
            if title == "Models" {
                in_models = true;
                continue;
            }
            if title == "APIs" {
                in_models = false;
                continue;
            }
            let Some((_, c)) = out.last_mut() else {
                continue;
            };
            if in_models {
                c.models += 1;
            } else if lines
                .get(i + 2)
                .and_then(|l| heading(l))
                .is_some_and(|(n, t)| n.len() == number.len() + 1 && is_version(t))
            {
                c.operations += 1;
            }
            continue;
        }
        let Some((_, c)) = out.last_mut() else {
            continue;
        };
        let is_method = ["get ", "post ", "put ", "delete ", "patch "]
            .iter()
            .any(|m| line.starts_with(m) && line[m.len()..].starts_with('/'));
        if is_method {
            c.pairs += 1;
        }
        if next_is_req(i) {
            if in_models {
                c.fields += 1;
            } else if ["header", "query", "path", "body"]
                .iter()
                .any(|l| line.starts_with(l))
            {
                c.parameters += 1;
            }
        }
    }
    out
}

/// The issue's table: (service, operations, pairs, models, fields) and the parameter rows of
/// seed-formats.md section 7.
const ISSUE_TABLE: [(&str, Counts); 8] = [
    (
        "Cloud ML",
        Counts {
            operations: 9,
            pairs: 9,
            parameters: 29,
            models: 17,
            fields: 126,
        },
    ),
    (
        "AI&MLOps Platform",
        Counts {
            operations: 12,
            pairs: 22,
            parameters: 55,
            models: 17,
            fields: 137,
        },
    ),
    (
        "Data Flow",
        Counts {
            operations: 17,
            pairs: 34,
            parameters: 172,
            models: 27,
            fields: 293,
        },
    ),
    (
        "Data Ops",
        Counts {
            operations: 17,
            pairs: 34,
            parameters: 172,
            models: 26,
            fields: 286,
        },
    ),
    (
        "Event Streams",
        Counts {
            operations: 23,
            pairs: 23,
            parameters: 41,
            models: 37,
            fields: 169,
        },
    ),
    (
        "Quick Query",
        Counts {
            operations: 12,
            pairs: 24,
            parameters: 46,
            models: 28,
            fields: 157,
        },
    ),
    (
        "Search Engine",
        Counts {
            operations: 24,
            pairs: 24,
            parameters: 42,
            models: 37,
            fields: 161,
        },
    ),
    (
        "Vertica(DBaaS)",
        Counts {
            operations: 23,
            pairs: 23,
            parameters: 40,
            models: 35,
            fields: 158,
        },
    ),
];

#[test]
fn counts_match_line_scans_and_the_issue_table() {
    let mut all = Vec::new();
    for name in SEEDS {
        let text = seed(name);
        let out = read(name, &text);
        let got = reader_counts(&out);
        let scanned = scanned_counts(&text);
        assert_eq!(got, scanned, "{name}: reader vs line scan");
        all.extend(got);
    }
    let expected: Vec<(String, Counts)> = ISSUE_TABLE
        .iter()
        .map(|(n, c)| (n.to_string(), *c))
        .collect();
    assert_eq!(all, expected);
}

#[test]
fn versions_per_service() {
    let mut versions: Vec<(String, String, String)> = Vec::new();
    for name in SEEDS {
        for doc in read(name, &seed(name)).documents {
            let life = doc.info.lifecycle.clone().unwrap_or_default();
            versions.push((
                doc.info.title.clone(),
                doc.info.version.clone(),
                format!("{} {}", life.status, life.date.unwrap_or_default()),
            ));
        }
    }
    let got: Vec<String> = versions
        .iter()
        .map(|(t, v, l)| format!("{t} {v} {l}").trim_end().to_owned())
        .collect();
    assert_eq!(
        got,
        [
            "Cloud ML 1.0 CURRENT",
            "AI&MLOps Platform 1.1 CURRENT",
            "AI&MLOps Platform 1.0 DEPRECATED 2026-03-19",
            "Data Flow 1.1 CURRENT",
            "Data Flow 1.0 SUPPORTED 2026-07-01",
            "Data Ops 1.1 CURRENT",
            "Data Ops 1.0 SUPPORTED 2026-07-01",
            "Event Streams 1.0 CURRENT",
            "Quick Query 1.1 CURRENT",
            "Quick Query 1.0 SUPPORTED 2026-07-01",
            "Search Engine 1.0 CURRENT",
            "Vertica(DBaaS) 1.0 CURRENT",
        ]
    );
}

#[test]
fn only_the_documents_own_contradictions_are_reported() {
    let mut got = Vec::new();
    for name in SEEDS {
        let out = read(name, &seed(name));
        got.extend(out.diagnostics.iter().map(ToString::to_string));
    }
    let expected: Vec<String> = [
        (3333, "cpu", "ClusterResourceCheckResponse", "CPU"),
        (3343, "memory", "ClusterResourceCheckResponse", "Memory"),
        (8210, "cpu", "ClusterResourceCheckResponse", "CPU"),
        (8220, "memory", "ClusterResourceCheckResponse", "Memory"),
    ]
    .iter()
    .map(|(line, field, model, default)| {
        format!(
            "004_a654bf60b90d6dd0.txt:{line}: warning[contradictory-default]: expected a default of type `object` for field `{field}` of model `{model}`, found `{default}`; kept in x-stated-default, no default"
        )
    })
    .collect();
    assert_eq!(got, expected);
}

#[test]
fn seeds_are_detected_and_the_pipe_extraction_is_not() {
    for name in SEEDS {
        assert!(looks_like(&seed(name)), "{name}");
    }
    assert!(!looks_like(&seed("001_116f7b41e8a1f4cd.txt")));
    assert!(!looks_like(&seed("003_912305248eadce30.txt")));
}

fn walk<'v>(value: &'v Value, out: &mut Vec<&'v serde_json::Map<String, Value>>) {
    match value {
        Value::Object(map) => {
            out.push(map);
            for (k, v) in map {
                if k != "example" && k != "examples" && k != "x-example-request" {
                    walk(v, out);
                }
            }
        }
        Value::Array(items) => items.iter().for_each(|v| walk(v, out)),
        _ => {}
    }
}

fn fits(schema: &serde_json::Map<String, Value>, value: &Value) -> bool {
    if let Some(Value::Array(alts)) = schema.get("anyOf") {
        return alts
            .iter()
            .any(|a| a.as_object().is_some_and(|a| fits(a, value)));
    }
    if let Some(Value::Array(values)) = schema.get("enum")
        && !values.contains(value)
    {
        return false;
    }
    match schema.get("type").and_then(Value::as_str) {
        Some("string") => value.is_string(),
        Some("integer") => value.is_i64() || value.is_u64(),
        Some("number") => value.is_number(),
        Some("boolean") => value.is_boolean(),
        Some("object") => value.is_object(),
        Some("array") => value.is_array(),
        Some("null") => value.is_null(),
        _ => true,
    }
}

#[test]
fn every_ref_resolves_and_every_default_fits() {
    for name in SEEDS {
        for doc in read(name, &seed(name)).documents {
            let json = serde_json::to_value(&doc).unwrap();
            let mut objects = Vec::new();
            walk(&json, &mut objects);
            for obj in objects {
                if let Some(Value::String(r)) = obj.get("$ref") {
                    let target = r.trim_start_matches("#/components/schemas/");
                    assert!(
                        doc.components.schemas.contains_key(target),
                        "{} {}: dangling {r}",
                        doc.info.title,
                        doc.info.version
                    );
                }
                if let Some(default) = obj.get("default") {
                    assert!(
                        fits(obj, default),
                        "{}: default {default} in {obj:?}",
                        doc.info.title
                    );
                }
                if let Some(Value::Array(values)) = obj.get("enum") {
                    assert!(values.iter().all(|v| fits(obj, v)), "{obj:?}");
                }
            }
            // operationIds are unique within a document.
            let ids: Vec<_> = doc
                .operations()
                .map(|(_, _, o)| o.operation_id.clone())
                .collect();
            let unique: BTreeSet<_> = ids.iter().collect();
            assert_eq!(ids.len(), unique.len(), "{}", doc.info.title);
        }
    }
}

#[test]
fn every_item_carries_its_source_line() {
    for name in SEEDS {
        let text = seed(name);
        let lines: Vec<&str> = text.lines().collect();
        for doc in read(name, &text).documents {
            for (path, _, op) in doc.operations() {
                let line = op.source.as_ref().unwrap().line;
                assert!(lines[line - 1].ends_with(path), "method line {line}");
                for p in &op.parameters {
                    let line = p.source.as_ref().unwrap().line;
                    assert!(lines[line - 1].ends_with(&p.name), "param line {line}");
                }
                for r in op.responses.values() {
                    assert!(r.source.is_some());
                }
            }
            for (model, schema) in &doc.components.schemas {
                let line = schema.source.as_ref().unwrap().line;
                assert!(lines[line - 1].ends_with(&format!(" - {model}")));
                for (field, f) in &schema.properties {
                    let line = f.source.as_ref().unwrap().line;
                    assert_eq!(lines[line - 1], field);
                }
            }
        }
    }
}

#[test]
fn details_of_one_operation_and_one_model() {
    let name = SEEDS[2];
    let out = read(name, &seed(name));
    let es = out
        .documents
        .iter()
        .find(|d| d.info.title == "Event Streams")
        .unwrap();
    assert_eq!(es.service_key.as_deref(), Some("eventstreams"));
    assert_eq!(es.language.as_deref(), Some("ko"));
    let (_, _, add) = es
        .operations()
        .find(|(p, _, _)| *p == "/v1/clusters/{cluster_id}/add-instances")
        .unwrap();
    assert_eq!(add.operation_id.as_deref(), Some("addInstances"));
    let header = add.api_version_header.as_ref().unwrap();
    assert_eq!(
        (header.name.as_str(), header.value.as_str()),
        ("Scp-Api-Version", "eventstreams 1.0")
    );
    let body = add.request_body.as_ref().unwrap();
    assert!(body.required);
    let media = &body.content["application/json"];
    assert_eq!(
        media.schema.as_ref().unwrap().referenced_name(),
        Some("EventStreamsClusterAddInstancesRequest")
    );
    assert!(
        media
            .example
            .as_ref()
            .unwrap()
            .get("instance_count")
            .is_some()
    );
    assert_eq!(add.responses["202"].description, "Accepted");
    // Enum with a default and a Korean pattern with spaces.
    let disk = &es.components.schemas["BlockStorageGroupRequest"].properties["volume_type"];
    let json = serde_json::to_value(disk).unwrap();
    assert_eq!(json["default"], "SSD");
    assert_eq!(json["enum"][0], "SSD");
    let size = &es.components.schemas["BlockStorageGroupRequest"].properties["size_gb"];
    assert_eq!(size.minimum, Some(16.into()));
    assert_eq!(size.maximum, Some(5120.into()));
    let df = &out.documents[0];
    let tag = &df.components.schemas["Tag"].properties["tag_key"];
    assert_eq!(
        tag.pattern.as_deref(),
        Some("^[a-zA-Z0-9가-힣ㄱ-ㅎㅏ-ㅣ \\+\\-\\=\\.\\_:/@]*$")
    );
    assert_eq!(tag.max_length, Some(128));
    // 002: an optional query string printed `string` has the empty-string default; required
    // query params appear in the example path.
    let text = seed(SEEDS[1]);
    let ai = read(SEEDS[1], &text);
    let list = ai.documents[0]
        .operations()
        .find(|(_, _, o)| o.summary.as_deref() == Some("List AI&MLOps Platform"))
        .unwrap()
        .2;
    let created_by = list
        .parameters
        .iter()
        .find(|p| p.name == "created_by")
        .unwrap();
    assert_eq!(
        created_by.schema.as_ref().unwrap().default,
        Some(Value::String(String::new()))
    );
    let size = list.parameters.iter().find(|p| p.name == "size").unwrap();
    assert_eq!(size.schema.as_ref().unwrap().default, Some(20.into()));
    assert_eq!(size.example, Some(20.into()));
    assert_eq!(ai.documents[0].language.as_deref(), Some("en"));
}

#[test]
fn models_follow_the_versions_that_use_them() {
    let name = SEEDS[2];
    let out = read(name, &seed(name));
    let df: Vec<&OpenApi> = out
        .documents
        .iter()
        .filter(|d| d.info.title == "Data Flow")
        .collect();
    let v11 = &df[0].components.schemas;
    let v10 = &df[1].components.schemas;
    assert!(v11.contains_key("DataFlowDetailResponseV1Dot1"));
    assert!(!v10.contains_key("DataFlowDetailResponseV1Dot1"));
    assert!(v10.contains_key("DataFlowDetailResponse"));
    assert!(
        out.diagnostics
            .iter()
            .all(|d| d.severity == Severity::Warning)
    );
}
