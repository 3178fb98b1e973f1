//! Fidelity: the same pages as HTML and as RST give the same spec (apart from `x-source`
//! lines and file names). The fixture (`tests/fidelity/`) covers a simple table, a grid table
//! with multi-line cells, `:ref:` links on the page and to another page, an enum list and a
//! default in a cell, status markers, examples and a status code table. A difference is
//! printed line by line.

mod common;

use docsdk_read_otc_html::read_service;

fn read(ext: &str) -> String {
    // Both forms are stored under the same names, so their specs compare line by line.
    let pages = common::fixture_pages("fidelity", &["show_thing", "show_owner"], ext, "html");
    let out = read_service(&pages, &common::options("Things", "things"));
    assert!(
        !out.diagnostics.has_errors(),
        "{ext}: {:#?}",
        out.diagnostics
    );
    out.documents
        .iter()
        .map(docsdk_spec::to_yaml)
        .collect::<Vec<_>>()
        .join("\n---\n")
        .lines()
        // Source lines differ by front end (x-source, x-example-source, ...); nothing else may.
        .filter(|l| !l.contains("page/show_"))
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn html_and_rst_forms_give_the_same_spec() {
    let html = read("html");
    let rst = read("rst");
    let differences: Vec<String> = html
        .lines()
        .zip(rst.lines())
        .enumerate()
        .filter(|(_, (a, b))| a != b)
        .map(|(i, (a, b))| format!("line {}:\n  html: {a}\n  rst:  {b}", i + 1))
        .collect();
    assert!(
        differences.is_empty() && html.lines().count() == rst.lines().count(),
        "{} differing lines (html {} lines, rst {} lines):\n{}",
        differences.len(),
        html.lines().count(),
        rst.lines().count(),
        differences.join("\n")
    );
    assert!(
        html.contains("ShowThing") || html.contains("showThing"),
        "{html}"
    );
}
