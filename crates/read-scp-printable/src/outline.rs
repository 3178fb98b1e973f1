//! The numbered headings (`N - Title`, `N.1.K.V - 1.1`) and what each one is, by its depth
//! relative to its service: the service, a section (`APIs`, `Models`), an operation, an
//! operation version, a model.
//!
//! A service is the parent of an `APIs` or `Models` section heading; when that parent number
//! is empty (000/002: `1 - APIs`), the service has no heading and the document is one service.

use crate::text::{Doc, Report, is_apis_title, is_blank, is_models_title, label, quote};
use docsdk_spec::DiagnosticCode;

/// One numbered heading.
#[derive(Clone, Debug)]
pub(crate) struct Heading<'a> {
    /// 0-based line index.
    pub idx: usize,
    pub number: Vec<u32>,
    pub title: &'a str,
}

/// `1.2.3 - Title` as (number, title).
pub(crate) fn parse_heading(line: &str) -> Option<(Vec<u32>, &str)> {
    let (number, title) = line.split_once(" - ")?;
    if title.trim().is_empty() || title != title.trim() {
        return None;
    }
    let mut parts = Vec::new();
    for part in number.split('.') {
        if part.is_empty() || part.len() > 6 || !part.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        parts.push(part.parse().ok()?);
    }
    Some((parts, title))
}

/// Every heading: a line matching the heading form that stands alone between blank lines (or
/// the file's ends) and is not the text of a `Description` block.
pub(crate) fn headings<'a>(doc: &Doc<'a>) -> Vec<Heading<'a>> {
    let mut out = Vec::new();
    let mut prev_nonblank: Option<&str> = None;
    for (idx, line) in doc.lines.iter().enumerate() {
        if is_blank(line) {
            continue;
        }
        let alone = (idx == 0 || is_blank(doc.line(idx - 1)))
            && (idx + 1 >= doc.lines.len() || is_blank(doc.line(idx + 1)));
        let after_description = prev_nonblank
            .is_some_and(|p| label(p).is_some_and(|(l, _)| l == crate::text::Label::Description));
        if alone
            && !after_description
            && let Some((number, title)) = parse_heading(line)
        {
            out.push(Heading { idx, number, title });
        }
        prev_nonblank = Some(line);
    }
    out
}

/// What a heading is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Role {
    /// The heading of service `service` (index into [`Outline::services`]).
    Service(usize),
    ApiSection(usize),
    ModelSection(usize),
    /// Operation heading in service `.0`.
    Operation(usize),
    /// Version heading of the operation whose heading is heading `.1`, in service `.0`.
    OperationVersion(usize, usize),
    Model(usize),
    /// Not placed: reported, its block skipped.
    Unplaced,
}

/// The headings with their roles and the services they define.
pub(crate) struct Outline<'a> {
    pub headings: Vec<Heading<'a>>,
    pub roles: Vec<Role>,
    /// Service number prefixes, in order of appearance.
    pub services: Vec<Vec<u32>>,
}

impl Outline<'_> {
    /// The lines of heading `h`'s block: after it, up to the next heading.
    pub fn body(&self, h: usize, doc_len: usize) -> std::ops::Range<usize> {
        let start = self.headings[h].idx + 1;
        let end = self.headings.get(h + 1).map_or(doc_len, |n| n.idx);
        start..end.max(start)
    }

    /// The heading index of service `s`, when it has one.
    pub fn service_heading(&self, s: usize) -> Option<usize> {
        self.roles.iter().position(|r| *r == Role::Service(s))
    }
}

pub(crate) fn outline<'a>(doc: &Doc<'a>, report: &mut Report) -> Outline<'a> {
    let headings = headings(doc);
    let mut services: Vec<Vec<u32>> = Vec::new();
    for h in &headings {
        if (is_apis_title(h.title) || is_models_title(h.title))
            && let Some((_, parent)) = h.number.split_last()
            && !services.iter().any(|s| s == parent)
        {
            services.push(parent.to_vec());
        }
    }
    let mut roles = Vec::with_capacity(headings.len());
    // Section number -> (service, is APIs).
    let mut sections: Vec<(Vec<u32>, usize, bool)> = Vec::new();
    let mut last_op: Option<(Vec<u32>, usize)> = None;
    for (i, h) in headings.iter().enumerate() {
        let role = classify(h, i, &services, &mut sections, &mut last_op);
        if role == Role::Unplaced {
            report.warn(DiagnosticCode::UnexpectedText,
                h.idx,
                format!(
                    "expected a service, `APIs`/`Models` section, operation, operation version or model heading, found heading {} outside that outline; its block is skipped",
                    quote(doc.line(h.idx))
                ),
            );
        }
        roles.push(role);
    }
    check_numbering(&headings, report);
    Outline {
        headings,
        roles,
        services,
    }
}

fn classify(
    h: &Heading,
    i: usize,
    services: &[Vec<u32>],
    sections: &mut Vec<(Vec<u32>, usize, bool)>,
    last_op: &mut Option<(Vec<u32>, usize)>,
) -> Role {
    if let Some(s) = services.iter().position(|s| *s == h.number) {
        return Role::Service(s);
    }
    // The service with the longest number that prefixes this heading.
    let Some((s, prefix)) = services
        .iter()
        .enumerate()
        .filter(|(_, p)| h.number.len() > p.len() && h.number.starts_with(p))
        .max_by_key(|(_, p)| p.len())
    else {
        return Role::Unplaced;
    };
    let depth = h.number.len() - prefix.len();
    match depth {
        1 => {
            if is_apis_title(h.title) {
                sections.push((h.number.clone(), s, true));
                Role::ApiSection(s)
            } else if is_models_title(h.title) {
                sections.push((h.number.clone(), s, false));
                Role::ModelSection(s)
            } else {
                Role::Unplaced
            }
        }
        2 => {
            let parent = &h.number[..h.number.len() - 1];
            match sections.iter().find(|(n, _, _)| n == parent) {
                Some((_, _, true)) => {
                    *last_op = Some((h.number.clone(), i));
                    Role::Operation(s)
                }
                Some((_, _, false)) => Role::Model(s),
                None => Role::Unplaced,
            }
        }
        3 => match last_op {
            Some((op, op_heading)) if h.number.starts_with(op) => {
                Role::OperationVersion(s, *op_heading)
            }
            _ => Role::Unplaced,
        },
        _ => Role::Unplaced,
    }
}

/// Siblings are numbered 1..n in order; a gap or repeat means a heading was lost or doubled.
fn check_numbering(headings: &[Heading], report: &mut Report) {
    for pair in headings.windows(2) {
        let (prev, h) = (&pair[0], &pair[1]);
        let Some((&last, parent)) = h.number.split_last() else {
            continue;
        };
        let expected = if prev.number.len() >= h.number.len()
            && prev.number.starts_with(parent)
            && prev.number.len() > parent.len()
        {
            prev.number[parent.len()] + 1
        } else if prev.number == parent {
            1
        } else {
            // A jump to another branch: only the first child of an unseen parent is checked.
            continue;
        };
        if last != expected {
            let expected_number: Vec<String> = parent
                .iter()
                .chain(std::iter::once(&expected))
                .map(u32::to_string)
                .collect();
            report.warn(
                DiagnosticCode::UnexpectedText,
                h.idx,
                format!(
                    "expected heading number {} after `{} - {}`, found `{} - {}`",
                    expected_number.join("."),
                    join(&prev.number),
                    prev.title,
                    join(&h.number),
                    h.title
                ),
            );
        }
    }
}

fn join(number: &[u32]) -> String {
    number
        .iter()
        .map(u32::to_string)
        .collect::<Vec<_>>()
        .join(".")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn heading_form() {
        assert_eq!(parse_heading("1.2.3 - 1.1"), Some((vec![1, 2, 3], "1.1")));
        assert_eq!(
            parse_heading("3 - Event Streams"),
            Some((vec![3], "Event Streams"))
        );
        assert_eq!(parse_heading("1. - x"), None);
        assert_eq!(parse_heading("a - x"), None);
        assert_eq!(parse_heading("1 - "), None);
    }
}
