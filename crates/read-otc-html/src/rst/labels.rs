//! `.. _label:` targets of a set of pages. Sphinx labels are global to a document set, so a
//! `:ref:` on one page may name a table on another; the index says which page holds it and,
//! for a label just above a title, that title (the text of a bare `:ref:`label``).

use std::collections::HashMap;

/// Labels of the pages read together: label -> (page base name, title it stands above).
#[derive(Clone, Debug, Default)]
pub(crate) struct Labels {
    map: HashMap<String, (String, Option<String>)>,
}

impl Labels {
    /// Indexes the labels of every page `(file, text)`.
    pub fn of_pages<'a>(pages: impl IntoIterator<Item = (&'a str, &'a str)>) -> Self {
        let mut labels = Labels::default();
        for (file, text) in pages {
            let base = file.rsplit('/').next().unwrap_or(file);
            let lines: Vec<&str> = text.lines().collect();
            for (i, line) in lines.iter().enumerate() {
                if let Some(label) = defined_label(line) {
                    labels.insert(label, base, title_after(&lines, i + 1));
                }
            }
        }
        labels
    }

    /// Records one label.
    pub fn insert(&mut self, label: &str, file: &str, title: Option<String>) {
        self.map
            .entry(label.to_owned())
            .or_insert_with(|| (file.to_owned(), title));
    }

    /// The page base name that defines `label`.
    pub fn file_of(&self, label: &str) -> Option<&str> {
        self.map.get(label).map(|(f, _)| f.as_str())
    }

    /// The title just below `label`, when it stands above one.
    pub fn title_of(&self, label: &str) -> Option<&str> {
        self.map.get(label).and_then(|(_, t)| t.as_deref())
    }
}

/// `label` of a `.. _label:` line, or of one opening a list item (`-  .. _x:`): every label a
/// page defines.
pub(crate) fn defined_label(line: &str) -> Option<&str> {
    let line = line.trim();
    label_of(line.strip_prefix(['-', '*', '+']).unwrap_or(line))
}

/// `label` of a `.. _label:` line (any indentation).
pub(crate) fn label_of(line: &str) -> Option<&str> {
    let rest = line.trim().strip_prefix(".. _")?;
    let label = rest.strip_suffix(':')?;
    (!label.is_empty() && !label.contains('`')).then_some(label)
}

/// The title starting at or after `from` (blank lines skipped), if the next text line is one.
fn title_after(lines: &[&str], from: usize) -> Option<String> {
    let mut i = from;
    while lines.get(i).is_some_and(|l| l.trim().is_empty()) {
        i += 1;
    }
    let text = lines.get(i)?.trim();
    let under = lines.get(i + 1)?;
    (super::is_underline(under) && !text.is_empty()).then(|| text.to_owned())
}
