//! Damaged seeds: cut at random points, lines deleted, duplicated or swapped. The reader
//! must return (documents and diagnostics), never panic.

use proptest::prelude::*;

fn seeds() -> Vec<(&'static str, String)> {
    [
        "000_82ebfbc0b226c8e0.txt",
        "002_d08617caa93a34a7.txt",
        "004_a654bf60b90d6dd0.txt",
    ]
    .into_iter()
    .map(|name| {
        let path = format!("{}/../../spec/docs/{name}", env!("CARGO_MANIFEST_DIR"));
        (name, std::fs::read_to_string(path).expect("seed"))
    })
    .collect()
}

#[derive(Clone, Debug)]
enum Edit {
    Delete(usize),
    Duplicate(usize),
    Swap(usize, usize),
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        any::<usize>().prop_map(Edit::Delete),
        any::<usize>().prop_map(Edit::Duplicate),
        (any::<usize>(), any::<usize>()).prop_map(|(a, b)| Edit::Swap(a, b)),
    ]
}

fn damage(text: &str, cut: usize, edits: &[Edit]) -> String {
    // Cut at a char boundary at or before `cut`.
    let mut at = cut % (text.len() + 1);
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    let mut lines: Vec<&str> = text[..at].split('\n').collect();
    for e in edits {
        if lines.is_empty() {
            break;
        }
        let n = lines.len();
        match *e {
            Edit::Delete(i) => {
                lines.remove(i % n);
            }
            Edit::Duplicate(i) => {
                let l = lines[i % n];
                lines.insert(i % n, l);
            }
            Edit::Swap(a, b) => lines.swap(a % n, b % n),
        }
    }
    lines.join("\n")
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn damaged_seeds_never_panic(which in 0usize..3, cut in any::<usize>(), edits in proptest::collection::vec(edit(), 0..40)) {
        let seeds = seeds();
        let (name, text) = &seeds[which];
        let damaged = damage(text, cut, &edits);
        let out = docsdk_read_scp_printable::read(name, &damaged);
        // Every diagnostic points into the damaged file.
        let lines = damaged.split('\n').count().max(1);
        for d in &out.diagnostics {
            prop_assert!(d.source.line >= 1 && d.source.line <= lines, "{d}");
        }
        // What is emitted stays serialisable.
        for doc in &out.documents {
            let _ = docsdk_spec::to_yaml(doc);
        }
    }

    #[test]
    fn random_cells_never_panic(cell in "\\PC{0,40}") {
        let names = docsdk_read_scp_printable::schema_text::ModelNames::new(["Tag".to_owned(), "TagList".to_owned()]);
        let _ = docsdk_read_scp_printable::schema_text::split_schema_cell(&cell, &names);
        let _ = docsdk_read_scp_printable::python_literal::parse(&cell);
    }

    #[test]
    fn random_line_soup_never_panics(lines in proptest::collection::vec(prop_oneof![
        Just("1 - APIs".to_owned()), Just("1.1 - Op".to_owned()), Just("1.1.1 - 1.0".to_owned()),
        Just("2 - Models".to_owned()), Just("2.1 - M".to_owned()), Just("required".to_owned()),
        Just("optional".to_owned()), Just("".to_owned()), Just("Parameters".to_owned()),
        Just("Responses".to_owned()), Just("get /v1/x".to_owned()), Just("{".to_owned()),
        Just("Example : {'a': [".to_owned()), Just("Response 200".to_owned()),
        Just("Request body".to_owned()), Just("상태 ACTIVE (".to_owned()), Just("버전최소".to_owned()),
        "\\PC{0,20}",
    ], 0..80)) {
        let text = lines.join("\n");
        let _ = docsdk_read_scp_printable::read("soup.txt", &text);
    }
}
