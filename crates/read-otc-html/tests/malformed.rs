//! Malformed pages get diagnostics with their location and never panic.

use docsdk_read_otc_html::{looks_like, read_page};
use docsdk_spec::Severity;
use proptest::prelude::*;

const PAGE: &str = r#"<a name="ShowThing"></a>
<h1 class="topictitle1">Querying a Thing</h1>
<div class="section"><h4 class="sectiontitle">Function</h4><p>Shows a thing.</p></div>
<div class="section"><h4 class="sectiontitle">URI</h4><p>GET /v1/{project_id}/things/{thing_id}</p>
<div class="tablenoborder"><table><caption><b>Table 1 </b>Path Parameters</caption><thead><tr><th>Parameter</th><th>Mandatory</th><th>Type</th><th>Description</th></tr></thead>
<tbody><tr><td><p>project_id</p></td><td><p>Yes</p></td><td><p>String</p></td><td><p>Project.</p></td></tr>
<tr><td><p>thingId</p></td><td><p>Yes</p></td><td><p>String</p></td><td><p>Thing.</p></td></tr>
</tbody></table></div></div>
<div class="section"><h4 class="sectiontitle">Response Parameters</h4><p><strong>Status code: 200</strong></p>
<div class="tablenoborder"><table id="ShowThing__response_Thing"><caption><b>Table 2 </b>Response body parameters</caption><thead><tr><th>Parameter</th><th>Type</th><th>Description</th></tr></thead>
<tbody><tr><td><p>size</p></td><td><p>Long</p></td><td><p>Size.</p></td></tr>
<tr><td><p>parts</p></td><td><p>Array of Part objects</p></td><td><p>Parts. For details, see Table 3.</p></td></tr>
</tbody></table></div>
<div class="tablenoborder"><table id="ShowThing__response_Part"><caption><b>Table 3 </b>Part</caption><thead><tr><th>Parameter</th><th>Type</th><th>Description</th></tr></thead>
<tbody><tr><td><p>kind</p></td><td><p>String</p></td><td><p>Kind. Options:</p><ul><li><p><strong>A</strong>: a</p></li><li><p><strong>B</strong>: b</p></li></ul></td></tr>
</tbody></table></div></div>
<div class="section"><h4 class="sectiontitle">Status Codes</h4><p>Normal 200</p></div>
"#;

fn messages(file: &str, text: &str) -> Vec<String> {
    read_page(file, text)
        .diagnostics
        .iter()
        .map(ToString::to_string)
        .collect()
}

#[test]
fn the_sample_page_reads_cleanly() {
    let page = read_page("t.html", PAGE);
    assert!(!page.diagnostics.has_errors(), "{:?}", page.diagnostics);
    let op = &page.operations[0].operation;
    assert_eq!(op.operation_id.as_deref(), Some("showThing"));
    // `thingId` is the row's spelling of `{thing_id}`.
    assert!(op.parameters.iter().any(|p| p.name == "thing_id"));
    assert!(page.schemas.contains_key("Thing") && page.schemas.contains_key("Part"));
    assert!(looks_like(PAGE));
}

#[test]
fn a_page_without_uri_section_is_reported() {
    let text = PAGE.replace(">URI<", ">Address<");
    let m = messages("t.html", &text);
    assert!(
        m.iter()
            .any(|m| m.starts_with("t.html:2: warning[unexpected-text]: expected a URI section")),
        "{m:#?}"
    );
    assert!(read_page("t.html", &text).operations.is_empty());
}

#[test]
fn a_uri_section_without_a_method_line_is_an_error() {
    let text = PAGE.replace(
        "<p>GET /v1/{project_id}/things/{thing_id}</p>",
        "<p>See below.</p>",
    );
    let m = messages("t.html", &text);
    assert!(
        m.iter()
            .any(|m| m
                .starts_with("t.html:4: error[unexpected-text]: expected a `METHOD /path` line")),
        "{m:#?}"
    );
}

#[test]
fn a_table_without_header_row_is_reported() {
    let text = PAGE.replace(
        "<thead><tr><th>Parameter</th><th>Type</th><th>Description</th></tr></thead>\n<tbody><tr><td><p>kind</p>",
        "<tbody><tr><td><p>kind</p>",
    );
    let m = messages("t.html", &text);
    assert!(
        m.iter()
            .any(|m| m.starts_with("t.html:14: error[malformed-table]: expected a header row")),
        "{m:#?}"
    );
}

#[test]
fn a_missing_nested_table_is_reported() {
    let text = PAGE
        .replace("Table 3 </b>Part", "Table 4 </b>Other")
        .replace("ShowThing__response_Part", "x");
    let m = messages("t.html", &text);
    assert!(
        m.iter().any(|m| m.starts_with(
            "t.html:12: error[unresolved-reference]: expected Table 3 (referenced by field `parts`)"
        )),
        "{m:#?}"
    );
    let page = read_page("t.html", &text);
    let parts = &page.schemas["Thing"].properties["parts"];
    assert!(parts.items.as_ref().is_some_and(|i| i.reference.is_none()));
}

#[test]
fn a_truncated_file_is_reported() {
    let cut = &PAGE[..PAGE.find("<tr><td><p>kind").expect("row")];
    let m = messages("t.html", cut);
    assert!(
        m.iter()
            .any(|m| m.contains("error[unreadable]: expected 3 `</table>` end tags, found 2")),
        "{m:#?}"
    );
    let cut = &PAGE[..PAGE.find("Part</caption>").expect("caption") - 8];
    let m = messages("t.html", cut);
    assert!(m.iter().any(|m| m.contains("looks truncated")), "{m:#?}");
}

#[test]
fn the_viewer_capture_is_unwrapped() {
    let mut capture = String::from("forked from docs/doc-exports\n12 lines\n1 KiB\nHTML\n");
    for line in PAGE.lines() {
        capture.push_str(line);
        capture.push_str("\n|\n|\n");
    }
    assert!(looks_like(&capture));
    let page = read_page("c.txt", &capture);
    assert!(!page.diagnostics.has_errors(), "{:?}", page.diagnostics);
    let op = &page.operations[0].operation;
    // Line 4 of the page is line 5 + 3 * 3 = 14 of the capture.
    assert_eq!(op.source.as_ref().map(|s| s.line), Some(14));
}

#[test]
fn other_text_is_not_taken_for_a_page() {
    assert!(!looks_like("# Cloud ML\n| a | b |\n"));
    assert!(!looks_like("{\"uri\": \"x.html\"}"));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn cut_pages_never_panic(cut in 0usize..PAGE.len()) {
        let mut end = cut;
        while !PAGE.is_char_boundary(end) { end -= 1; }
        let page = read_page("p.html", &PAGE[..end]);
        for d in &page.diagnostics {
            prop_assert!(d.source.line >= 1);
        }
    }

    #[test]
    fn mangled_pages_never_panic(
        start in 0usize..PAGE.len(),
        len in 0usize..200,
        junk in "[<>/a-z\"= |{}\\n]{0,40}",
    ) {
        let mut a = start.min(PAGE.len());
        while !PAGE.is_char_boundary(a) { a -= 1; }
        let mut b = (a + len).min(PAGE.len());
        while !PAGE.is_char_boundary(b) { b -= 1; }
        let text = format!("{}{}{}", &PAGE[..a], junk, &PAGE[b..]);
        let _ = read_page("p.html", &text);
        let _ = docsdk_read_otc_html::read_service(&[("p.html".into(), text)], &docsdk_read_otc_html::ServiceOptions::fallback(&[]));
    }
}

#[test]
fn error_severity_is_used_for_broken_input_only() {
    let page = read_page("t.html", PAGE);
    assert!(
        page.diagnostics
            .iter()
            .all(|d| d.severity == Severity::Warning)
    );
}

/// The RST form of a page, for the RST front end's never-panic properties.
const RST_PAGE: &str = include_str!("fidelity/show_thing.rst");

#[test]
fn a_ragged_rst_grid_table_is_a_located_error() {
    let text = RST_PAGE.replacen("| size      |", "| size     |", 1);
    let page = read_page("t.rst", &text);
    let line = RST_PAGE
        .lines()
        .position(|l| l.contains("| size      |"))
        .map_or(0, |i| i + 1);
    assert!(
        page.diagnostics
            .iter()
            .any(|d| d.severity == Severity::Error
                && d.source.line == line
                && d.to_string().contains("ragged")),
        "{:#?}",
        page.diagnostics
    );
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn cut_rst_pages_never_panic(cut in 0usize..RST_PAGE.len()) {
        let mut end = cut;
        while !RST_PAGE.is_char_boundary(end) { end -= 1; }
        let page = read_page("p.rst", &RST_PAGE[..end]);
        for d in &page.diagnostics {
            prop_assert!(d.source.line >= 1);
        }
    }

    #[test]
    fn mangled_rst_pages_never_panic(
        start in 0usize..RST_PAGE.len(),
        len in 0usize..200,
        junk in "[-+=|.:_` *\\n a-z]{0,40}",
    ) {
        let mut a = start.min(RST_PAGE.len());
        while !RST_PAGE.is_char_boundary(a) { a -= 1; }
        let mut b = (a + len).min(RST_PAGE.len());
        while !RST_PAGE.is_char_boundary(b) { b -= 1; }
        let text = format!("{}{}{}", &RST_PAGE[..a], junk, &RST_PAGE[b..]);
        let page = read_page("p.rst", &text);
        for d in &page.diagnostics {
            prop_assert!(d.source.line >= 1);
        }
        let _ = docsdk_read_otc_html::read_service(&[("p.rst".into(), text)], &docsdk_read_otc_html::ServiceOptions::fallback(&[]));
    }
}
