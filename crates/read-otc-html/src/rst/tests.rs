//! Tokenizer tests: one per construct, per URI-line form, and per kind of malformed input.

use super::*;
use crate::blocks::Block;

fn tokens(text: &str) -> Tokens {
    tokenize("p.rst", text, &Labels::default())
}

fn tables(t: &Tokens) -> Vec<&Table> {
    t.blocks
        .iter()
        .filter_map(|b| match b {
            Block::Table(t) => Some(t),
            _ => None,
        })
        .collect()
}

fn codes(t: &Tokens) -> Vec<(&'static str, usize)> {
    t.diagnostics
        .iter()
        .map(|d| (d.code.as_str(), d.source.line))
        .collect()
}

#[test]
fn titles_give_the_page_title_and_section_headings() {
    let t = tokens(
        ":original_name: x_01.html\n\n.. _x_01:\n\nCreating a Thing\n================\n\nFunction\n--------\n\nMakes a thing.\n",
    );
    assert!(
        matches!(&t.blocks[0], Block::Heading { level: 1, section: false, text, line: 5 } if text == "Creating a Thing")
    );
    assert!(
        matches!(&t.blocks[1], Block::Heading { level: 2, section: true, text, line: 8 } if text == "Function")
    );
    assert!(
        matches!(&t.blocks[2], Block::Para { text, line: 11, item: false, .. } if text == "Makes a thing.")
    );
    assert_eq!(t.first_label.as_deref(), Some("x_01"));
    assert!(t.diagnostics.is_empty());
}

const GRID: &str = "\
.. _p__table1:

.. table:: **Table 2** Request parameters

   +-----------+-----------+------------------------------------+-------------------+
   | Parameter | Mandatory | Type                               | Description       |
   +===========+===========+====================================+===================+
   | vpc       | Yes       | :ref:`vpc <p__table2>` object      | The VPC.          |
   |           |           |                                    |                   |
   |           |           |                                    | -  Values:        |
   |           |           |                                    |    -  **a**: one  |
   +-----------+-----------+------------------------------------+-------------------+
   | both      | No        | String                             | .. note::         |
   |           |           |                                    |                   |
   |           |           |                                    |    Unsupported.   |
   +-----------+-----------+------------------------------------+-------------------+

.. _p__table2:

.. table:: **Table 3** vpc

   ==== ====
   a    b
   ==== ====
";

#[test]
fn grid_tables_have_captions_anchors_multiline_cells_links_bullets_and_notes() {
    let t = tokens(GRID);
    assert!(t.diagnostics.is_empty(), "{:?}", t.diagnostics);
    let table = tables(&t)[0];
    assert_eq!(table.number, Some(2));
    assert_eq!(table.caption, "Request parameters");
    assert_eq!(table.anchors, ["p__table1"]);
    assert_eq!(table.line, 3);
    assert_eq!(
        table.header.as_deref(),
        Some(&["Parameter", "Mandatory", "Type", "Description"].map(String::from)[..])
    );
    assert_eq!(table.rows.len(), 2);
    assert_eq!(table.rows[0].line, 8);
    assert_eq!(table.rows[0].cells[2].text, "vpc object");
    assert_eq!(table.rows[0].cells[2].links[0].href, "#p__table2");
    assert_eq!(
        table.rows[0].cells[3].text,
        "The VPC.\n- Values:\n- **a**: one"
    );
    assert_eq!(table.rows[1].cells[3].text, "Unsupported.");
}

#[test]
fn grid_spans_place_a_cell_at_its_first_column_and_row() {
    let t = tokens(
        "+----+----+----+\n| A  | B  | C  |\n+====+====+====+\n| wide    | c1 |\n+----+----+    +\n| a2 | b2 |    |\n+----+----+----+\n",
    );
    assert!(t.diagnostics.is_empty(), "{:?}", t.diagnostics);
    let table = tables(&t)[0];
    assert_eq!(table.rows[0].cells[0].text, "wide");
    assert_eq!(table.rows[0].cells[2].text, "c1");
    assert_eq!(table.rows[1].cells[0].text, "a2");
    assert_eq!(
        table.rows[1].cells.len(),
        2,
        "the row-spanned cell is only in its first row"
    );
}

#[test]
fn simple_tables_join_continuation_lines_and_read_the_header() {
    let t = tokens(
        ".. table:: **Table 1** URI parameter\n\n   ========== ========= ======\n   Parameter  Mandatory Type\n   ========== ========= ======\n   project_id Yes       String\n              long\n   key        No        Integer\n   ========== ========= ======\n",
    );
    assert!(t.diagnostics.is_empty(), "{:?}", t.diagnostics);
    let table = tables(&t)[0];
    assert_eq!(table.number, Some(1));
    assert_eq!(table.header.as_ref().map(Vec::len), Some(3));
    assert_eq!(table.rows.len(), 2);
    assert_eq!(table.rows[0].cells[1].text, "Yes long");
    assert_eq!(table.rows[1].cells[2].text, "Integer");
    assert_eq!(table.rows[1].line, 8);
}

#[test]
fn code_blocks_and_literal_blocks_are_preformatted() {
    let t = tokens(".. code-block:: json\n\n   {\n     \"a\": 1\n   }\n\nText::\n\n   GET /v1/x\n");
    assert!(matches!(&t.blocks[0], Block::Pre { text, line: 3 } if text == "{\n  \"a\": 1\n}"));
    assert!(matches!(&t.blocks[1], Block::Para { text, .. } if text == "Text:"));
    assert!(matches!(&t.blocks[2], Block::Pre { text, .. } if text == "GET /v1/x"));
}

#[test]
fn cross_page_refs_use_the_label_index() {
    let labels = Labels::of_pages([("dir/q.rst", ".. _q_01__t1:\n\n.. table:: **Table 1** x\n")]);
    let t = tokenize("p.rst", "See :ref:`Table 1 <q_01__t1>`.\n", &labels);
    let Block::Para { links, .. } = &t.blocks[0] else {
        panic!("{:?}", t.blocks)
    };
    assert_eq!(links[0].href, "q.rst#q_01__t1");
}

/// The URI-line forms of the family, each read by the shared page reader.
fn uri_ops(section: &str) -> Vec<(String, String)> {
    let text = format!("Title\n=====\n\nURI\n---\n\n{section}\n\nResponse\n--------\n\nNone.\n");
    let out = crate::read_page("p.rst", &text);
    out.operations
        .iter()
        .map(|o| (o.method.as_str().to_owned(), o.path.clone()))
        .collect()
}

#[test]
fn uri_as_method_and_path_line() {
    assert_eq!(
        uri_ops("GET /v1/{project_id}/vpcs"),
        [("GET".into(), "/v1/{project_id}/vpcs".into())]
    );
}

#[test]
fn uri_as_full_url_with_endpoint() {
    assert_eq!(
        uri_ops("POST https://{Endpoint}/v3/{project_id}/keys"),
        [("POST".into(), "/v3/{project_id}/keys".into())]
    );
}

#[test]
fn uri_inside_a_uri_format_bullet() {
    assert_eq!(
        uri_ops("-  URI format\n\n   DELETE /v1.0/{project_id}/kms/x\n\n-  Parameter description"),
        [("DELETE".into(), "/v1.0/{project_id}/kms/x".into())]
    );
}

#[test]
fn uri_as_separate_path_and_method_lines() {
    assert_eq!(
        uri_ops("/v2/{project_id}/publicips\n\nMethod: PUT"),
        [("PUT".into(), "/v2/{project_id}/publicips".into())]
    );
}

/// An operation of a page: method, path, its line, further lines stating it, the line of its
/// example request.
type OpLines = (String, String, usize, Vec<usize>, Option<usize>);

/// The page of `section` read alone: its operations with their sources, further places and
/// example request lines.
fn uri_page(section: &str) -> Vec<OpLines> {
    let text = format!("Title\n=====\n\nURI\n---\n\n{section}\n\nResponse\n--------\n\nNone.\n");
    let out = crate::read_page("p.rst", &text);
    out.operations
        .iter()
        .map(|o| {
            let op = &o.operation;
            (
                o.method.as_str().to_owned(),
                o.path.clone(),
                op.source.as_ref().map_or(0, |s| s.line),
                op.also_stated_at.iter().map(|s| s.line).collect(),
                op.example_request
                    .as_ref()
                    .and_then(|e| e.source.as_ref())
                    .map(|s| s.line),
            )
        })
        .collect()
}

#[test]
fn uri_example_code_block_with_full_url_and_query_is_an_example_not_an_operation() {
    // querying_subnets.rst: the statement, then `Example:` and the full URL with values.
    let ops = uri_page(
        "GET /v1/{project_id}/subnets\n\nExample:\n\n.. code-block:: text\n\n   GET https://{Endpoint}/v1/{project_id}/subnets?limit=10&marker=4779ab1c&vpc_id=3ec3b33f\n",
    );
    assert_eq!(
        ops,
        [(
            "GET".into(),
            "/v1/{project_id}/subnets".into(),
            7,
            vec![],
            Some(13)
        )]
    );
    let text = "Title\n=====\n\nURI\n---\n\nGET /v1/{project_id}/subnets\n\nExample:\n\n.. code-block:: text\n\n   GET https://{Endpoint}/v1/{project_id}/subnets?limit=10\n";
    let out = crate::read_page("p.rst", text);
    let example = out.operations[0]
        .operation
        .example_request
        .as_ref()
        .unwrap();
    assert_eq!(
        example.path.as_deref(),
        Some("https://{Endpoint}/v1/{project_id}/subnets?limit=10")
    );
}

#[test]
fn uri_example_of_another_path_is_reported_not_read() {
    // querying_security_group_rules.rst (Neutron) prints the networks example by page.
    let text = "Title\n=====\n\nURI\n---\n\nGET /v2.0/security-group-rules\n\nExample of querying security group rules by page\n\n.. code-block:: text\n\n   GET https://{Endpoint}/v2.0/networks?limit=2\n";
    let out = crate::read_page("p.rst", text);
    assert_eq!(out.operations.len(), 1);
    assert_eq!(out.operations[0].path, "/v2.0/security-group-rules");
    assert!(out.operations[0].operation.example_request.is_none());
    let d: Vec<_> = out
        .diagnostics
        .iter()
        .filter(|d| d.message.contains("example request of the URI section"))
        .map(|d| d.source.line)
        .collect();
    assert_eq!(d, [13]);
}

#[test]
fn one_page_stating_its_method_and_path_twice_is_one_operation() {
    let ops = uri_page("GET /v2.0/ports\n\nGET /v2.0/ports?limit={limit}&marker={marker}\n");
    assert_eq!(
        ops,
        [("GET".into(), "/v2.0/ports".into(), 7, vec![9], None)]
    );
}

#[test]
fn ragged_grid_border_is_a_diagnostic() {
    let t = tokens(
        ".. table:: **Table 1** x\n\n   +---+---+\n   | a | b |\n   | c | d\n   +---+---+\n",
    );
    assert_eq!(codes(&t), [("malformed-table", 5)]);
    assert!(tables(&t).is_empty());
}

#[test]
fn cell_running_past_the_grid_is_a_diagnostic() {
    let t = tokens("+---+---+\n| a | b |\n| c | dd |\n+---+---+\n");
    assert_eq!(codes(&t), [("malformed-table", 3)]);
    assert!(
        t.diagnostics
            .iter()
            .next()
            .is_some_and(|d| d.message.contains("runs past"))
    );
}

#[test]
fn grid_without_bottom_border_is_a_diagnostic() {
    let t = tokens("+---+---+\n| a | b |\n| c | d |\n\nAfter.\n");
    assert_eq!(codes(&t), [("malformed-table", 3)]);
}

#[test]
fn simple_table_text_in_a_gap_and_missing_rule_are_diagnostics() {
    let t = tokens("===  ===\naaaa b\n===  ===\n");
    assert_eq!(codes(&t), [("malformed-table", 2)]);
    let t = tokens("===  ===\na    b\n");
    assert_eq!(codes(&t), [("malformed-table", 1)]);
}

#[test]
fn unclosed_directives_are_diagnostics() {
    let t = tokens(".. table:: **Table 1** x\n\nText after.\n");
    assert_eq!(codes(&t), [("unclosed-directive", 1)]);
    let t = tokens("Body::\n\nNot indented.\n");
    assert_eq!(codes(&t), [("unclosed-directive", 1)]);
    let t = tokens(".. code-block::\n");
    assert_eq!(codes(&t), [("unclosed-directive", 1)]);
}

#[test]
fn unknown_directives_are_counted_not_dropped_silently() {
    let t = tokens(".. figure:: /_static/x.png\n   :alt: x\n\nAfter.\n");
    assert_eq!(codes(&t), [("unplaced-construct", 1)]);
    assert!(matches!(&t.blocks[0], Block::Para { text, .. } if text == "After."));
}

#[test]
fn rst_detection() {
    assert!(looks_like_rst(
        ":original_name: a.html\n\n.. _a:\n\nTitle\n=====\n"
    ));
    assert!(!looks_like_rst(
        "<html><h1 class=\"topictitle1\">T</h1></html>"
    ));
    assert!(!looks_like_rst("plain text\nwithout a title\n"));
}

#[test]
fn a_list_item_label_and_title_name_the_items_table() {
    let t = tokens(
        "-  .. _p__li1:\n\n   Parameters in the **volume** field\n\n   +---+---+\n   | a | b |\n   +---+---+\n",
    );
    assert!(t.diagnostics.is_empty(), "{:?}", t.diagnostics);
    let table = tables(&t)[0];
    assert_eq!(table.anchors, ["p__li1"]);
    assert_eq!(table.caption, "Parameters in the volume field");
}
