//! No type of `reqwest` or `serde_norway` in the public API, so that moving to another major
//! version of either is not a breaking change. Scans the source of every public item: `pub`
//! signatures, fields and re-exports, and every `impl` header (a `From<reqwest::Error>` would be
//! public too). Causes stay reachable through `std::error::Error::source()`.

use std::path::Path;

/// Crates whose types must stay private.
const PRIVATE_DEPENDENCIES: [&str; 2] = ["reqwest", "serde_norway"];

/// `text` without comments and without the contents of string and char literals.
fn strip(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        if c == '/' && next == Some('/') {
            while i < chars.len() && chars[i] != '\n' {
                i += 1;
            }
        } else if c == '/' && next == Some('*') {
            i += 2;
            while i + 1 < chars.len() && !(chars[i] == '*' && chars[i + 1] == '/') {
                i += 1;
            }
            i += 2;
        } else if c == 'r' && (next == Some('"') || next == Some('#')) && !prev_is_ident(&chars, i)
        {
            // Raw string: r"..." or r#"..."#.
            let mut j = i + 1;
            let mut hashes = 0;
            while chars.get(j) == Some(&'#') {
                hashes += 1;
                j += 1;
            }
            if chars.get(j) != Some(&'"') {
                out.push(c);
                i += 1;
                continue;
            }
            j += 1;
            loop {
                if j >= chars.len() {
                    break;
                }
                if chars[j] == '"' && (0..hashes).all(|k| chars.get(j + 1 + k) == Some(&'#')) {
                    j += 1 + hashes;
                    break;
                }
                j += 1;
            }
            out.push_str("\"\"");
            i = j;
        } else if c == '"' {
            i += 1;
            while i < chars.len() && chars[i] != '"' {
                if chars[i] == '\\' {
                    i += 1;
                }
                i += 1;
            }
            i += 1;
            out.push_str("\"\"");
        } else if c == '\'' && (next == Some('\\') || chars.get(i + 2) == Some(&'\'')) {
            // A char literal ('x', '\n'); a lifetime ('a) is kept.
            i += 1;
            while i < chars.len() && chars[i] != '\'' {
                if chars[i] == '\\' {
                    i += 1;
                }
                i += 1;
            }
            i += 1;
            out.push_str("' '");
        } else {
            out.push(c);
            i += 1;
        }
    }
    out
}

fn prev_is_ident(chars: &[char], i: usize) -> bool {
    i > 0 && (chars[i - 1].is_alphanumeric() || chars[i - 1] == '_')
}

/// The headers of public items (`pub ...` up to its body, `;`, or the `,` ending a field) and of
/// every `impl` block, in stripped source.
fn public_headers(stripped: &str) -> Vec<String> {
    let bytes = stripped.as_bytes();
    let word_at = |i: usize, w: &str| {
        stripped[i..].starts_with(w)
            && (i == 0 || !(bytes[i - 1].is_ascii_alphanumeric() || bytes[i - 1] == b'_'))
            && bytes
                .get(i + w.len())
                .is_some_and(|b| b.is_ascii_whitespace() || *b == b'<')
    };
    let mut headers = Vec::new();
    for i in 0..bytes.len() {
        let is_impl = word_at(i, "impl");
        if !(word_at(i, "pub") || is_impl) {
            continue;
        }
        let (mut parens, mut angles) = (0i32, 0i32);
        let mut end = bytes.len();
        for (j, &b) in bytes.iter().enumerate().skip(i) {
            match b {
                b'(' | b'[' => parens += 1,
                b')' | b']' => parens -= 1,
                b'<' => angles += 1,
                b'>' if j > 0 && bytes[j - 1] != b'-' && bytes[j - 1] != b'=' => angles -= 1,
                _ => {}
            }
            let ends_field = !is_impl && parens <= 0 && angles <= 0 && b == b',';
            if b == b'{' || b == b';' || ends_field || parens < 0 {
                end = j;
                break;
            }
        }
        headers.push(
            stripped[i..end]
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" "),
        );
    }
    headers
}

fn offending(source: &str) -> Vec<String> {
    public_headers(&strip(source))
        .into_iter()
        .filter(|h| {
            PRIVATE_DEPENDENCIES
                .iter()
                .any(|d| h.contains(&format!("{d}::")))
        })
        .collect()
}

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn scanner_finds_what_it_looks_for() {
    let found = offending(
        "pub fn a<T, U>(x: T,\n  y: U) -> reqwest::Client { x }\n\
         pub(crate) fn b() -> reqwest::Client {}\n\
         struct S { pub status: u16, http: reqwest::Client }\n\
         pub struct R { pub inner: serde_norway::Value, }\n\
         impl From<reqwest::Error> for Error {}\n\
         // pub fn c() -> reqwest::Client\n\
         pub fn d() { let s = \"pub fn e() -> reqwest::Client;\"; }\n\
         pub fn f<'a>(x: &'a str) -> &'a str { let c = '{'; x }\n\
         pub use reqwest::Method;\n\
         pub struct T(pub u8, pub reqwest::Url);\n",
    );
    assert_eq!(
        found,
        [
            "pub fn a<T, U>(x: T, y: U) -> reqwest::Client",
            "pub inner: serde_norway::Value",
            "impl From<reqwest::Error> for Error",
            "pub use reqwest::Method",
            "pub struct T(pub u8, pub reqwest::Url)",
            "pub reqwest::Url",
        ]
    );
}

#[test]
fn no_reqwest_or_serde_norway_type_in_the_public_api() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    assert!(files.len() > 10, "{files:?}");
    let mut found = Vec::new();
    for path in files {
        let text = std::fs::read_to_string(&path).unwrap();
        for header in offending(&text) {
            found.push(format!("{}: {header}", path.display()));
        }
    }
    assert!(
        found.is_empty(),
        "public items naming a private dependency:\n{}",
        found.join("\n")
    );
}
