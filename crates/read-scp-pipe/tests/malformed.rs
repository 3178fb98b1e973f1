//! Malformed pipe input: diagnostics with lines, never a panic.

use docsdk_read_scp_pipe::read;
use proptest::prelude::*;

const SEED: &str = include_str!("../../../spec/docs/001_116f7b41e8a1f4cd.txt");

/// The seed's first operation with `replace` swapped in for `find`.
fn edited(find: &str, replace: &str) -> String {
    assert!(SEED.contains(find), "the seed contains {find:?}");
    SEED.replacen(find, replace, 1)
}

fn messages(text: &str) -> Vec<String> {
    read("t.txt", text)
        .diagnostics
        .iter()
        .filter(|d| !d.message.contains("is referenced but not defined"))
        .map(ToString::to_string)
        .collect()
}

#[test]
fn a_cut_row() {
    let text = edited(
        "| header | accept optional | Accept Example : application/json\n",
        "| header | accept\n",
    );
    assert_eq!(
        messages(&text),
        [
            "t.txt:33: error[malformed-table]: expected `<name> required` or `<name> optional` in the name cell, found `accept`; \
          the parameter is skipped"
        ]
    );
}

#[test]
fn a_row_without_its_second_line() {
    let text = edited(
        "| query | name optional | name Example :\n| string | None |\n",
        "| query | name optional | name Example :\n",
    );
    assert_eq!(
        messages(&text),
        [
            "t.txt:37: error[malformed-table]: parameter row `| query | name optional | name Example :` has no second line: \
          expected `| <schema> | <default> |` on the next line, found `| query | domain_name optional | Domain Name Example :`; \
          the parameter is skipped"
        ]
    );
    let op = &read("t.txt", &text).documents[0].paths["/v1/cloud-ml/check-duplication"];
    let names: Vec<&str> = op
        .get
        .as_ref()
        .unwrap()
        .parameters
        .iter()
        .map(|p| p.name.as_str())
        .collect();
    assert_eq!(names, ["accept", "content_type", "domain_name"]);
}

#[test]
fn an_unknown_schema_word() {
    let text = edited(
        "| query | name optional | name Example :\n| string | None |",
        "| query | name optional | name Example :\n| strng | None |",
    );
    assert_eq!(
        messages(&text),
        [
            "t.txt:38: error[unreadable-schema]: unknown schema word `strng` in `strng`: expected string, integer, number, boolean, \
          object, null, array[...], any of [...], enum (...) or a model name (model names start with an \
          upper-case letter); kept as printed in x-stated-type"
        ]
    );
}

#[test]
fn a_broken_schema() {
    let text = edited("| boolean | False |", "| array[boolean | False |");
    let found = messages(&text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(
        found[0].starts_with(
            "t.txt:72: error[unreadable-schema]: in the schema cell of parameter `use_copilot`: expected"
        ),
        "{found:?}"
    );
}

#[test]
fn a_default_that_does_not_fit() {
    let text = edited("| boolean | False |", "| boolean | Maybe |");
    assert_eq!(
        messages(&text),
        [
            "t.txt:72: warning[contradictory-default]: expected a default of type `boolean` for parameter `use_copilot`, found `Maybe`; kept in x-stated-default, no default"
        ]
    );
}

#[test]
fn an_operation_without_its_method_line() {
    let text = edited("get /v1/cloud-ml/images\n", "");
    assert_eq!(
        messages(&text),
        [
            "t.txt:97: error[missing-item]: expected a method line (`get /v1/...`) after the heading, found `Description`; \
          the operation is skipped"
        ]
    );
    assert_eq!(read("t.txt", &text).documents[0].operations().count(), 8);
}

#[test]
fn a_truncated_file() {
    let cut = SEED.find("\"cloud_ml_state\"").unwrap();
    let found = messages(&SEED[..cut]);
    assert_eq!(
        found,
        [
            "t.txt:350: error[invalid-json]: the response body is cut: expected its JSON brackets to close, found the end of the file; kept as text"
        ]
    );
}

#[test]
fn no_document_at_all() {
    assert_eq!(
        messages("just some text"),
        [
            "t.txt:1: error[missing-item]: expected the service name followed by `Overview`, found `just some text`; the service is read without a name",
            "t.txt:1: warning[unexpected-text]: unexpected line `just some text` in the service header; skipped",
            "t.txt:1: warning[missing-item]: expected `OpenAPI URL` and a URL in the header of service ``, found none; the documents have no server",
            "t.txt:1: error[unreadable]: expected at least one operation (`1.1.1 - 1.0` heading, then a method line); found none",
        ]
    );
}

/// Line-level mangling of the seed: cut at a char, lines deleted, duplicated, swapped.
fn mangle(text: &str, cut: usize, ops: &[(u8, usize, usize)]) -> String {
    let mut lines: Vec<&str> = text.lines().collect();
    for &(op, a, b) in ops {
        if lines.is_empty() {
            break;
        }
        let (a, b) = (a % lines.len(), b % lines.len());
        match op % 3 {
            0 => {
                lines.remove(a);
            }
            1 => lines.insert(a, lines[b]),
            _ => lines.swap(a, b),
        }
    }
    let joined = lines.join("\n");
    let cut = joined
        .char_indices()
        .map(|(i, _)| i)
        .nth(cut % (joined.chars().count() + 1))
        .unwrap_or(joined.len());
    joined[..cut].to_owned()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]
    #[test]
    fn mangled_input_never_panics(cut in 0usize..20_000, ops in prop::collection::vec((0u8..3, 0usize..500, 0usize..500), 0..12)) {
        let text = mangle(SEED, cut, &ops);
        let out = read("m.txt", &text);
        for d in out.diagnostics.iter() {
            prop_assert!(d.source.line >= 1 && d.source.line <= text.lines().count().max(1), "{d}");
        }
    }

    #[test]
    fn arbitrary_pipe_lines_never_panic(lines in prop::collection::vec("[|a-z ─가:{}\\[\\]\"-]{0,30}", 0..40)) {
        let mut text = SEED[..SEED.find("Parameters\n").unwrap() + 11].to_owned();
        text.push_str(&lines.join("\n"));
        let _ = read("m.txt", &text);
    }
}
