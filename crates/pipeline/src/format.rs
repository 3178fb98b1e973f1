//! Which reader a document needs, told from its content.

use std::fmt;
use std::str::FromStr;

/// The document formats docsdk reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Format {
    /// SCP API reference, printable view (`docsdk-read-scp-printable`).
    ScpPrintable,
    /// SCP API reference, pipe-table extraction (`docsdk-read-scp-pipe`).
    ScpPipe,
    /// OTC HTML API reference page (`docsdk-read-otc-html`).
    OtcHtml,
    /// OTC API reference page as reStructuredText (`docsdk-read-otc-html`, RST front end).
    OtcRst,
}

impl Format {
    /// All formats, in the order detection tries them.
    pub const ALL: [Format; 4] = [
        Format::OtcHtml,
        Format::ScpPipe,
        Format::ScpPrintable,
        Format::OtcRst,
    ];

    /// Whether the format is one of OTC's page formats (read a folder at a time).
    pub fn is_otc(self) -> bool {
        matches!(self, Format::OtcHtml | Format::OtcRst)
    }

    /// The name used by `--format`.
    pub fn name(self) -> &'static str {
        match self {
            Format::ScpPrintable => "scp-printable",
            Format::ScpPipe => "scp-pipe",
            Format::OtcHtml => "otc-html",
            Format::OtcRst => "otc-rst",
        }
    }

    /// Detects the format of `text`. HTML is tried first (its pages may quote anything), then
    /// the pipe extraction (its `|---|` separator rows never occur in a printable view), then
    /// the printable view, and RST last (an underlined title is the loosest signature).
    pub fn detect(text: &str) -> Option<Format> {
        Format::ALL.into_iter().find(|f| f.looks_like(text))
    }

    fn looks_like(self, text: &str) -> bool {
        match self {
            Format::ScpPrintable => docsdk_read_scp_printable::looks_like(text),
            Format::ScpPipe => docsdk_read_scp_pipe::looks_like(text),
            Format::OtcHtml => docsdk_read_otc_html::looks_like(text),
            Format::OtcRst => docsdk_read_otc_html::looks_like_rst(text),
        }
    }
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for Format {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Format::ALL
            .into_iter()
            .find(|f| f.name() == s)
            .ok_or_else(|| {
                let names: Vec<_> = Format::ALL.iter().map(|f| f.name()).collect();
                format!(
                    "unknown format `{s}`; expected one of: {}",
                    names.join(", ")
                )
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn seed(name: &str) -> String {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../../spec/docs")
            .join(name);
        std::fs::read_to_string(path).unwrap()
    }

    #[test]
    fn tells_every_seed_apart() {
        assert_eq!(
            Format::detect(&seed("000_82ebfbc0b226c8e0.txt")),
            Some(Format::ScpPrintable)
        );
        assert_eq!(
            Format::detect(&seed("001_116f7b41e8a1f4cd.txt")),
            Some(Format::ScpPipe)
        );
        assert_eq!(
            Format::detect(&seed("002_d08617caa93a34a7.txt")),
            Some(Format::ScpPrintable)
        );
        assert_eq!(
            Format::detect(&seed("003_912305248eadce30.txt")),
            Some(Format::OtcHtml)
        );
        assert_eq!(
            Format::detect(&seed("004_a654bf60b90d6dd0.txt")),
            Some(Format::ScpPrintable)
        );
        assert_eq!(
            Format::detect(&seed(
                "otc-rst/key-management-service/apis/key_management_service/cmk_management/creating_a_grant.rst"
            )),
            Some(Format::OtcRst)
        );
        assert_eq!("otc-rst".parse::<Format>(), Ok(Format::OtcRst));
        assert_eq!(
            Format::detect(&seed("otc-modelarts-2022/ListWorkforces.html")),
            Some(Format::OtcHtml)
        );
    }

    #[test]
    fn knows_nothing_of_other_text() {
        assert_eq!(Format::detect("just some notes\nabout nothing\n"), None);
        assert_eq!(Format::detect(""), None);
    }

    #[test]
    fn parses_format_names() {
        assert_eq!("scp-pipe".parse::<Format>(), Ok(Format::ScpPipe));
        assert!(
            "pdf"
                .parse::<Format>()
                .unwrap_err()
                .contains("scp-printable")
        );
    }
}
