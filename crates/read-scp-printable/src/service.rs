//! A service's header block: name, overview, version table, OpenAPI URL and the
//! environment/region list.

use crate::text::{
    Doc, ENVIRONMENT_HEADERS, Label, Report, has_hangul, is_blank, is_print_chrome, label, quote,
    service_version_header, split_environment_row, split_service_version_row,
};
use docsdk_spec::DiagnosticCode;

/// One row of the service version table.
#[derive(Clone, Debug)]
pub(crate) struct VersionRow {
    pub version: String,
    pub status: String,
    /// `-` or `YYYYMMDD` as printed.
    pub date: String,
    pub idx: usize,
}

/// What the header block states.
#[derive(Clone, Debug, Default)]
pub(crate) struct ServiceHeader {
    /// Name as printed and its line (when the block states it, not the heading).
    pub name: Option<(String, usize)>,
    pub overview: Option<String>,
    /// Text between `Version` and the table (002: the deprecation policy).
    pub version_note: Option<String>,
    /// Date column label of the version table (`Supported Until`, `Not Before`).
    pub date_label: Option<String>,
    pub versions: Vec<VersionRow>,
    pub url: Option<(String, usize)>,
    pub environments: Vec<(String, String, usize)>,
    /// Whether a Korean label was seen.
    pub korean: bool,
}

#[derive(Clone, Copy, PartialEq)]
enum Mode {
    Start,
    Overview,
    Version,
    Url,
    Environments,
}

/// Reads lines `range` of `doc` as a service header. `named` says whether the service heading
/// already gives the name (004); otherwise the name is the last line before `Overview`.
pub(crate) fn header(
    doc: &Doc,
    range: std::ops::Range<usize>,
    named: bool,
    report: &mut Report,
) -> ServiceHeader {
    let mut out = ServiceHeader::default();
    let mut mode = Mode::Start;
    let mut before_overview: Vec<usize> = Vec::new();
    let mut overview: Vec<&str> = Vec::new();
    let mut note: Vec<&str> = Vec::new();
    for idx in range {
        let line = doc.line(idx).trim();
        if line.is_empty() || is_print_chrome(line) {
            continue;
        }
        if let Some((l, korean)) = label(line) {
            let next = match l {
                Label::Overview => Some(Mode::Overview),
                Label::Version => Some(Mode::Version),
                Label::OpenApiUrl => Some(Mode::Url),
                Label::EnvironmentList => Some(Mode::Environments),
                _ => None,
            };
            if let Some(next) = next {
                out.korean |= korean;
                mode = next;
                continue;
            }
        }
        match mode {
            Mode::Start => before_overview.push(idx),
            Mode::Overview => overview.push(line),
            Mode::Version => {
                if let Some((korean, date_label)) = service_version_header(line) {
                    out.korean |= korean;
                    out.date_label = Some(date_label.to_owned());
                } else if let Some((version, status, date)) = split_service_version_row(line) {
                    out.versions.push(VersionRow {
                        version: version.into(),
                        status: status.into(),
                        date: date.into(),
                        idx,
                    });
                } else if out.date_label.is_none() {
                    note.push(line);
                } else {
                    report.warn(DiagnosticCode::MalformedTable,
                        idx,
                        format!(
                            "expected a version row such as `1.0CURRENT-` or `1.0DEPRECATED20260319`, found {}",
                            quote(line)
                        ),
                    );
                }
            }
            Mode::Url => {
                if out.url.is_none()
                    && (line.starts_with("https://") || line.starts_with("http://"))
                {
                    out.url = Some((line.to_owned(), idx));
                } else {
                    report.warn(
                        DiagnosticCode::UnexpectedText,
                        idx,
                        format!(
                            "expected one `https://...` URL after `OpenAPI URL`, found {}",
                            quote(line)
                        ),
                    );
                }
            }
            Mode::Environments => {
                if ENVIRONMENT_HEADERS.contains(&line) {
                    out.korean |= has_hangul(line);
                } else if let Some((env, region)) = split_environment_row(line) {
                    out.environments.push((env.into(), region.into(), idx));
                } else {
                    report.warn(
                        DiagnosticCode::MalformedTable,
                        idx,
                        format!(
                            "expected an environment/region row such as `skr-west1`, found {}",
                            quote(line)
                        ),
                    );
                }
            }
        }
    }
    // The name is the last line before `Overview`; anything else there is not placed.
    if !named && let Some(&last) = before_overview.last() {
        out.name = Some((doc.line(last).trim().to_owned(), last));
        before_overview.pop();
    }
    for idx in before_overview {
        report.warn(DiagnosticCode::UnexpectedText,
            idx,
            format!(
                "expected the service name, `Overview`, `Version`, `OpenAPI URL` or `Environment and Region List`, found {}; the line is not placed",
                quote(doc.line(idx))
            ),
        );
    }
    out.korean |= has_hangul(&overview.join(" "));
    out.overview = (!overview.is_empty()).then(|| overview.join("\n\n"));
    out.version_note = (!note.is_empty()).then(|| note.join("\n\n"));
    out
}

/// Lines before the first heading of a document whose services have headings (004:
/// `Data Analytics`): the category title, without print chrome.
pub(crate) fn document_title(doc: &Doc, end: usize) -> Option<String> {
    let lines: Vec<&str> = (0..end)
        .map(|i| doc.line(i).trim())
        .filter(|l| !is_blank(l) && !is_print_chrome(l))
        .collect();
    (!lines.is_empty()).then(|| lines.join(" "))
}
