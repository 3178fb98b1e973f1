//! Lines of a printable view and the fixed vocabulary (labels in English and Korean) that
//! marks its blocks.

use docsdk_spec::{DiagnosticCode, Diagnostics, SourceRef};

/// The document as lines, with its file name for diagnostics.
pub(crate) struct Doc<'a> {
    pub file: &'a str,
    /// Lines without their end-of-line characters.
    pub lines: Vec<&'a str>,
}

impl<'a> Doc<'a> {
    pub fn new(file: &'a str, text: &'a str) -> Self {
        let mut lines: Vec<&str> = text
            .split('\n')
            .map(|l| l.strip_suffix('\r').unwrap_or(l))
            .collect();
        // A final newline leaves one empty piece that is no line of the document.
        if lines.last() == Some(&"") {
            lines.pop();
        }
        Self { file, lines }
    }

    /// `file:line` of the 0-based line index `idx`.
    pub fn at(&self, idx: usize) -> SourceRef {
        SourceRef::new(self.file, idx + 1)
    }

    /// The line at `idx`, or `""` past the end.
    pub fn line(&self, idx: usize) -> &'a str {
        self.lines.get(idx).copied().unwrap_or("")
    }
}

/// Collects diagnostics with the document's file name.
pub(crate) struct Report<'d, 'a> {
    pub doc: &'d Doc<'a>,
    pub diagnostics: Diagnostics,
}

impl<'d, 'a> Report<'d, 'a> {
    pub fn new(doc: &'d Doc<'a>) -> Self {
        Self {
            doc,
            diagnostics: Diagnostics::new(),
        }
    }

    /// A warning of kind `code` at the 0-based line `idx`.
    pub fn warn(&mut self, code: DiagnosticCode, idx: usize, message: impl Into<String>) {
        let at = self.doc.at(idx);
        self.diagnostics.warn(code, at, message);
    }

    /// An error of kind `code` at the 0-based line `idx`.
    pub fn error(&mut self, code: DiagnosticCode, idx: usize, message: impl Into<String>) {
        let at = self.doc.at(idx);
        self.diagnostics.error(code, at, message);
    }
}

/// Whether a line holds nothing but whitespace.
pub(crate) fn is_blank(line: &str) -> bool {
    line.trim().is_empty()
}

/// A short quotation of a line for messages (at most 80 characters, never cutting a char).
pub(crate) fn quote(line: &str) -> String {
    let mut chars = line.chars();
    let head: String = chars.by_ref().take(80).collect();
    if chars.next().is_some() {
        format!("`{head}…`")
    } else {
        format!("`{head}`")
    }
}

/// The block labels of an operation-version and of a service header.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Label {
    Overview,
    Version,
    OpenApiUrl,
    EnvironmentList,
    Description,
    Parameters,
    Responses,
    ExampleRequest,
    RequestPath,
    RequestHeader,
    RequestBody,
    ExampleResponse,
}

/// Every label with its spellings. Korean pages keep most labels in English (the seeds print
/// only `상태` and `버전최소 지원 보장일` in Korean); the Korean spellings here are the ones
/// the SCP Korean console uses for the same blocks.
const LABELS: &[(Label, &[&str])] = &[
    (Label::Overview, &["Overview", "개요"]),
    (Label::Version, &["Version", "버전"]),
    (Label::OpenApiUrl, &["OpenAPI URL", "OpenAPI 주소"]),
    (
        Label::EnvironmentList,
        &[
            "Environment and Region List",
            "환경 및 리전 목록",
            "환경 및 리전 리스트",
        ],
    ),
    (Label::Description, &["Description", "설명"]),
    (Label::Parameters, &["Parameters", "파라미터", "매개변수"]),
    (Label::Responses, &["Responses", "응답"]),
    (
        Label::ExampleRequest,
        &["Example HTTP request", "HTTP 요청 예시", "요청 예시"],
    ),
    (Label::RequestPath, &["Request path", "요청 경로"]),
    (Label::RequestHeader, &["Request header", "요청 헤더"]),
    (Label::RequestBody, &["Request body", "요청 본문"]),
    (
        Label::ExampleResponse,
        &["Example HTTP response", "HTTP 응답 예시", "응답 예시"],
    ),
];

/// The label a whole line spells, and whether the spelling is Korean.
pub(crate) fn label(line: &str) -> Option<(Label, bool)> {
    let line = line.trim();
    LABELS.iter().find_map(|(label, spellings)| {
        spellings
            .iter()
            .position(|s| *s == line)
            .map(|i| (*label, i > 0))
    })
}

/// Whether a text contains Hangul (syllables or jamo).
pub(crate) fn has_hangul(text: &str) -> bool {
    text.chars().any(|c| {
        matches!(c, '\u{AC00}'..='\u{D7A3}' | '\u{1100}'..='\u{11FF}' | '\u{3130}'..='\u{318F}')
    })
}

/// Section titles under a service heading.
pub(crate) fn is_apis_title(title: &str) -> bool {
    matches!(title.trim(), "APIs" | "API" | "API 목록")
}

/// Section titles under a service heading.
pub(crate) fn is_models_title(title: &str) -> bool {
    matches!(title.trim(), "Models" | "모델" | "모델 목록")
}

/// Page furniture of the printable view (Hugo/Docsy print chrome), dropped on purpose.
pub(crate) fn is_print_chrome(line: &str) -> bool {
    let l = line.trim();
    l.starts_with("This is the multi-page printable view")
        || l.starts_with("Return to the regular view")
        || (l.contains("인쇄") && (l.contains("보기") || l.contains("화면")))
        || l.contains("일반 화면으로")
        || l.contains("일반 보기로")
}

/// `required` / `optional` (the second line of every table row), as `Some(required)`.
pub(crate) fn requiredness(line: &str) -> Option<bool> {
    match line.trim() {
        "required" | "필수" => Some(true),
        "optional" | "선택" => Some(false),
        _ => None,
    }
}

/// A state line: `상태 ACTIVE (CURRENT)`, `State ACTIVE (DEPRECATED)`, or the label alone.
/// Returns (Korean, the text after the label).
pub(crate) fn state_line(line: &str) -> Option<(bool, &str)> {
    let line = line.trim();
    for (word, korean) in [("State", false), ("상태", true)] {
        if let Some(rest) = line.strip_prefix(word)
            && (rest.is_empty() || rest.starts_with(' '))
        {
            return Some((korean, rest.trim()));
        }
    }
    None
}

/// The header of an operation's version table: `VersionNot Before`, `버전최소 지원 보장일`.
/// Returns (Korean, the date column's label).
pub(crate) fn op_version_header(line: &str) -> Option<(bool, &str)> {
    let line = line.trim();
    for (word, korean) in [("Version", false), ("버전", true)] {
        if let Some(rest) = line.strip_prefix(word)
            && !rest.is_empty()
            && !rest.starts_with("Status")
            && !rest.starts_with("상태")
            && !rest.starts_with(' ')
        {
            return Some((korean, rest));
        }
    }
    None
}

/// The header of a service's version table: `VersionStatusSupported Until`.
/// Returns (Korean, the date column's label).
pub(crate) fn service_version_header(line: &str) -> Option<(bool, &str)> {
    let line = line.trim();
    for (word, korean) in [("VersionStatus", false), ("버전상태", true)] {
        if let Some(rest) = line.strip_prefix(word) {
            return Some((korean, rest));
        }
    }
    None
}

/// `Response 200` / `응답 200`: the code of the example response that follows.
pub(crate) fn response_example_line(line: &str) -> Option<&str> {
    let line = line.trim();
    let code = line
        .strip_prefix("Response ")
        .or_else(|| line.strip_prefix("응답 "))?;
    (code.len() == 3 && code.bytes().all(|b| b.is_ascii_digit())).then_some(code)
}

/// `get /v1/things/{id}`: method and path.
pub(crate) fn method_line(line: &str) -> Option<(docsdk_spec::Method, &str)> {
    let (method, path) = line.trim().split_once(' ')?;
    let method = docsdk_spec::Method::parse(method)?;
    let ok = path.starts_with('/') && !path.contains(char::is_whitespace);
    ok.then_some((method, path))
}

/// Known table headers (cells run together), to tell a header from a first row.
pub(crate) const PARAMETER_HEADERS: &[&str] = &[
    "TypeNameDescriptionSchemaDefault",
    "유형이름설명스키마기본값",
    "타입이름설명스키마기본값",
];
pub(crate) const RESPONSE_HEADERS: &[&str] = &["HTTP CodeDescriptionSchema", "HTTP 코드설명스키마"];
pub(crate) const FIELD_HEADERS: &[&str] = &["NameDescriptionSchemaDefault", "이름설명스키마기본값"];
pub(crate) const ENVIRONMENT_HEADERS: &[&str] = &["environmentregion", "환경리전"];

/// A version number `1`, `1.0`, `1.10`: digits separated by single dots.
pub(crate) fn is_version(text: &str) -> bool {
    !text.is_empty()
        && text
            .split('.')
            .all(|part| !part.is_empty() && part.bytes().all(|b| b.is_ascii_digit()))
}

/// Splits an operation's version row `1.1020260701` / `1.0-`: the date is `-` or the last 8
/// digits, the version the rest. Returns (version, date text).
pub(crate) fn split_version_row(row: &str) -> Option<(&str, &str)> {
    let row = row.trim();
    if let Some(version) = row.strip_suffix('-') {
        return is_version(version).then_some((version, "-"));
    }
    let cut = row.len().checked_sub(8)?;
    let (version, date) = (row.get(..cut)?, row.get(cut..)?);
    (is_version(version) && date.bytes().all(|b| b.is_ascii_digit())).then_some((version, date))
}

/// Splits a service version row `1.0DEPRECATED20260319`: (version, status, date text).
pub(crate) fn split_service_version_row(row: &str) -> Option<(&str, &str, &str)> {
    let row = row.trim();
    let start = row.find(|c: char| c.is_ascii_uppercase())?;
    let (version, rest) = row.split_at(start);
    if !is_version(version) {
        return None;
    }
    let end = rest
        .find(|c: char| !c.is_ascii_uppercase() && c != '_')
        .unwrap_or(rest.len());
    let (status, date) = rest.split_at(end);
    let date_ok = date == "-" || (date.len() == 8 && date.bytes().all(|b| b.is_ascii_digit()));
    (!status.is_empty() && date_ok).then_some((version, status, date))
}

/// Splits an environment row `skr-west1` into (environment, region): the region is the
/// trailing `<2 letters>-<letters><digits>` (or `<2 letters>-<letters>-<digits>`), the
/// environment code everything before it, so longer codes (`dev`) work too.
pub(crate) fn split_environment_row(row: &str) -> Option<(&str, &str)> {
    let row = row.trim();
    if !row.is_ascii() {
        return None;
    }
    // Try every split point, shortest environment first.
    (1..row.len().saturating_sub(2)).find_map(|i| {
        let (env, region) = row.split_at(i);
        let env_ok = env
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit());
        (env_ok && is_region(region)).then_some((env, region))
    })
}

fn is_region(text: &str) -> bool {
    let b = text.as_bytes();
    if b.len() < 5 || !b[0].is_ascii_lowercase() || !b[1].is_ascii_lowercase() || b[2] != b'-' {
        return false;
    }
    let tail = &text[3..];
    let tail = tail.trim_end_matches(|c: char| c.is_ascii_digit());
    let digits = text.len() - 3 - tail.len();
    let tail = tail.strip_suffix('-').unwrap_or(tail);
    digits > 0 && !tail.is_empty() && tail.bytes().all(|c| c.is_ascii_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn version_row_with_date_needs_the_last_eight_digits() {
        assert_eq!(
            split_version_row("1.1020260701"),
            Some(("1.10", "20260701"))
        );
        assert_eq!(split_version_row("1.020260319"), Some(("1.0", "20260319")));
        assert_eq!(split_version_row("1.0-"), Some(("1.0", "-")));
        assert_eq!(split_version_row("1.0"), None);
        assert_eq!(split_version_row("x20260319"), None);
    }

    #[test]
    fn service_version_rows() {
        assert_eq!(
            split_service_version_row("1.0DEPRECATED20260319"),
            Some(("1.0", "DEPRECATED", "20260319"))
        );
        assert_eq!(
            split_service_version_row("1.1CURRENT-"),
            Some(("1.1", "CURRENT", "-"))
        );
        assert_eq!(split_service_version_row("CURRENT-"), None);
    }

    #[test]
    fn environment_rows() {
        assert_eq!(split_environment_row("skr-west1"), Some(("s", "kr-west1")));
        assert_eq!(
            split_environment_row("gkr-south3"),
            Some(("g", "kr-south3"))
        );
        assert_eq!(
            split_environment_row("devus-east-1"),
            Some(("dev", "us-east-1"))
        );
        assert_eq!(split_environment_row("kr-west1"), None);
        assert_eq!(split_environment_row("환경"), None);
    }

    #[test]
    fn labels_and_lines() {
        assert_eq!(label("Parameters"), Some((Label::Parameters, false)));
        assert_eq!(
            state_line("상태 ACTIVE (CURRENT)"),
            Some((true, "ACTIVE (CURRENT)"))
        );
        assert_eq!(state_line("Statement"), None);
        assert_eq!(
            op_version_header("버전최소 지원 보장일"),
            Some((true, "최소 지원 보장일"))
        );
        assert_eq!(
            op_version_header("VersionNot Before"),
            Some((false, "Not Before"))
        );
        assert_eq!(op_version_header("VersionStatusNot Before"), None);
        assert_eq!(response_example_line("Response 202"), Some("202"));
        assert!(method_line("get /v1/a/{b}").is_some());
        assert!(method_line("get things").is_none());
        assert_eq!(quote(&"가".repeat(100)).chars().count(), 83);
    }
}
