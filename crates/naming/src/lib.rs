//! docsdk's one set of naming rules, shared by every reader and the generator.
//!
//! Identifier rules: how wire names and titles become stable, valid Rust identifiers.
//!
//! - Words are split at every character that is not an ASCII letter or digit, at a lower-case
//!   letter or digit followed by an upper-case letter (`clusterId`), and before the last capital
//!   of a capital run followed by a lower-case letter (`HTTPServer` -> `HTTP`, `Server`).
//!   A non-ASCII character becomes its own word `u<hex code point>` (`생` -> `uc0dd`), so names
//!   in any script stay distinct and stable.
//! - snake_case joins lower-cased words with `_`; PascalCase capitalises each word and joins
//!   them, keeping a `_` between two digit words (`1.0` -> `1_0`).
//! - A name that starts with a digit gets the prefix `n` / `N` (`2fa` -> `n2fa`).
//! - A Rust keyword gets a trailing `_` (`type` -> `type_`, `self` -> `self_`).
//! - An empty result becomes the caller's fallback (`value`, `Empty`).
//! - Collisions (two names equal after conversion, or a reserved name) are resolved by a
//!   [`Namespace`] in document order: the first keeps the name, later ones get `_2`, `_3` (snake)
//!   or `2`, `3` (Pascal). The wire name always stays in `serde(rename)` and in the docs.

use std::collections::HashSet;

pub mod caption;
pub mod operation;

pub use caption::{caption_field, caption_subject};
pub use operation::{
    MAX_METHOD_LEN, MAX_TYPE_LEN, bounded_type_name, distinguishing_words, inline_type_name,
    is_api_name, operation_id_for, operation_id_from_api_name, operation_id_from_title,
    operation_qualifier, qualified_operation_id, resource_of, singularize,
    without_document_version,
};

/// Strict and reserved keywords of Rust 2024 (raw identifiers are avoided: `self` cannot be one).
const KEYWORDS: &[&str] = &[
    "abstract", "as", "async", "await", "become", "box", "break", "const", "continue", "crate",
    "do", "dyn", "else", "enum", "extern", "false", "final", "fn", "for", "gen", "if", "impl",
    "in", "let", "loop", "macro", "match", "mod", "move", "mut", "override", "priv", "pub", "ref",
    "return", "self", "Self", "static", "struct", "super", "trait", "true", "try", "type",
    "typeof", "unsafe", "unsized", "use", "virtual", "where", "while", "yield",
];

/// Type names a generated model must not take because the generated code uses them unqualified.
const RESERVED_TYPES: &[&str] = &[
    "Box", "Default", "Err", "From", "Into", "None", "Ok", "Option", "Result", "Self", "Send",
    "Sized", "Some", "String", "Sync", "Vec",
];

/// Whether `word` is a Rust keyword.
pub fn is_keyword(word: &str) -> bool {
    KEYWORDS.contains(&word)
}

/// Splits `name` into words (see the module docs).
pub fn words(name: &str) -> Vec<String> {
    // Names are looked at around each character, so they are indexed: an ASCII name (nearly
    // every one) by its bytes, another collected into chars once.
    if name.is_ascii() {
        split_words(name.as_bytes())
    } else {
        split_words(&name.chars().collect::<Vec<char>>())
    }
}

/// [`words`] of a name given as its characters (bytes of an ASCII name, or chars).
fn split_words<C: Copy + Into<char>>(chars: &[C]) -> Vec<String> {
    let at = |i: usize| chars.get(i).map(|&c| c.into());
    let mut words = Vec::new();
    let mut current = String::new();
    for (i, &c) in chars.iter().enumerate() {
        let c: char = c.into();
        if !c.is_ascii() {
            flush(&mut current, &mut words);
            if c.is_alphanumeric() {
                words.push(format!("u{:x}", u32::from(c)));
            }
            continue;
        }
        if !c.is_ascii_alphanumeric() {
            flush(&mut current, &mut words);
            continue;
        }
        if c.is_ascii_uppercase() && !current.is_empty() {
            let prev = at(i - 1).unwrap_or(' ');
            // A capital run ending in a lone plural `s` is one word: `AZs`, `VPCs`, `IDs`.
            let plural_acronym =
                at(i + 1) == Some('s') && !at(i + 2).is_some_and(|n| n.is_ascii_lowercase());
            let next_lower = !plural_acronym && at(i + 1).is_some_and(|n| n.is_ascii_lowercase());
            if prev.is_ascii_lowercase()
                || prev.is_ascii_digit()
                || (prev.is_ascii_uppercase() && next_lower)
            {
                flush(&mut current, &mut words);
            }
        }
        current.push(c);
    }
    flush(&mut current, &mut words);
    words
}

fn flush(current: &mut String, words: &mut Vec<String>) {
    if !current.is_empty() {
        words.push(std::mem::take(current));
    }
}

/// snake_case identifier for `name`, or `fallback` when it has no letters or digits.
pub fn snake(name: &str, fallback: &str) -> String {
    let joined = words(name)
        .iter()
        .map(|w| w.to_ascii_lowercase())
        .collect::<Vec<_>>()
        .join("_");
    finish(joined, fallback, "n")
}

/// PascalCase identifier for `name`, or `fallback` when it has no letters or digits.
pub fn pascal(name: &str, fallback: &str) -> String {
    let mut out = String::new();
    for word in words(name) {
        let starts_digit = word.starts_with(|c: char| c.is_ascii_digit());
        if starts_digit && out.ends_with(|c: char| c.is_ascii_digit()) {
            out.push('_');
        }
        let mut chars = word.chars();
        if let Some(first) = chars.next() {
            out.push(first.to_ascii_uppercase());
            out.extend(chars.map(|c| c.to_ascii_lowercase()));
        }
    }
    finish(out, fallback, "N")
}

/// A model's type name: kept as written when it already is a clean UpperCamelCase name (the
/// vendor's names are stable API, `AiMLOpsPlatformCreateRequest` stays), otherwise converted.
pub fn type_name(name: &str) -> String {
    let clean = name.starts_with(|c: char| c.is_ascii_uppercase())
        && name.chars().all(|c| c.is_ascii_alphanumeric())
        && name.chars().any(|c| c.is_ascii_lowercase());
    let base = if clean {
        name.to_owned()
    } else {
        pascal(name, "Model")
    };
    if RESERVED_TYPES.contains(&base.as_str()) {
        format!("{base}Model")
    } else {
        base
    }
}

fn finish(mut ident: String, fallback: &str, digit_prefix: &str) -> String {
    if ident.is_empty() {
        ident = fallback.to_owned();
    }
    if ident.starts_with(|c: char| c.is_ascii_digit()) {
        ident.insert_str(0, digit_prefix);
    }
    if is_keyword(&ident) {
        ident.push('_');
    }
    ident
}

/// A set of identifiers in one scope (a struct's fields, a module's types, a builder's
/// methods) that hands out unique names in call order.
#[derive(Clone, Debug, Default)]
pub struct Namespace {
    taken: HashSet<String>,
}

impl Namespace {
    /// A namespace where `reserved` are already taken.
    pub fn with_reserved<'a>(reserved: impl IntoIterator<Item = &'a str>) -> Self {
        Self {
            taken: reserved.into_iter().map(str::to_owned).collect(),
        }
    }

    /// Claims `wanted`, or the first free `wanted_2`, `wanted_3`, ... (snake) /
    /// `Wanted2`, `Wanted3`, ... (Pascal: when `wanted` starts with a capital).
    pub fn claim(&mut self, wanted: &str) -> String {
        let pascal = wanted.starts_with(|c: char| c.is_ascii_uppercase());
        let mut candidate = wanted.to_owned();
        let mut n = 2;
        while self.taken.contains(&candidate) {
            let sep = if !pascal || wanted.ends_with(|c: char| c.is_ascii_digit()) {
                "_"
            } else {
                ""
            };
            candidate = format!("{wanted}{sep}{n}");
            n += 1;
        }
        self.taken.insert(candidate.clone());
        candidate
    }

    /// Whether `name` is taken.
    pub fn contains(&self, name: &str) -> bool {
        self.taken.contains(name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_words_like_a_reader_would() {
        assert_eq!(words("clusterId"), ["cluster", "Id"]);
        assert_eq!(words("HTTPServer"), ["HTTP", "Server"]);
        assert_eq!(words("k8s.version"), ["k8s", "version"]);
        assert_eq!(words("hugepages_1Gi"), ["hugepages", "1", "Gi"]);
        assert_eq!(words("AI&MLOps"), ["AI", "ML", "Ops"]);
        assert_eq!(words("V1Dot1"), ["V1", "Dot1"]);
        assert_eq!(words("Querying All AZs"), ["Querying", "All", "AZs"]);
        assert_eq!(words("listVPCsByTag"), ["list", "VPCs", "By", "Tag"]);
        assert_eq!(words("HTTPServer"), ["HTTP", "Server"]);
        assert_eq!(words("생성 시간"), ["uc0dd", "uc131", "uc2dc", "uac04"]);
    }

    #[test]
    fn snake_case_handles_keywords_digits_and_punctuation() {
        assert_eq!(snake("type", "value"), "type_");
        assert_eq!(snake("self", "value"), "self_");
        assert_eq!(snake("ref", "value"), "ref_");
        assert_eq!(snake("match", "value"), "match_");
        assert_eq!(snake("k8s.version", "value"), "k8s_version");
        assert_eq!(snake("os.type", "value"), "os_type");
        assert_eq!(snake("2fa", "value"), "n2fa");
        assert_eq!(
            snake("Create AI&MLOps Platform", "op"),
            "create_ai_ml_ops_platform"
        );
        assert_eq!(
            snake("CheckDuplicationNameAndDomainName", "op"),
            "check_duplication_name_and_domain_name"
        );
        assert_eq!(snake("naïve", "value"), "na_uef_ve");
        assert_eq!(snake("---", "value"), "value");
        assert_eq!(snake("", "value"), "value");
    }

    #[test]
    fn pascal_case_handles_values_with_spaces_and_digits() {
        assert_eq!(
            pascal("PostgreSQL Community", "Empty"),
            "PostgreSqlCommunity"
        );
        assert_eq!(pascal("SSD_KMS", "Empty"), "SsdKms");
        assert_eq!(pascal("1.0", "Empty"), "N1_0");
        assert_eq!(pascal("22.04", "Empty"), "N22_04");
        assert_eq!(pascal("", "Empty"), "Empty");
        assert_eq!(pascal("kr-west1", "Empty"), "KrWest1");
        assert_eq!(pascal("Self", "Empty"), "Self_");
    }

    #[test]
    fn model_names_are_kept_when_clean() {
        assert_eq!(
            type_name("AiMLOpsPlatformCreateRequest"),
            "AiMLOpsPlatformCreateRequest"
        );
        assert_eq!(
            type_name("DataFlowsConsoleResponseV1Dot1"),
            "DataFlowsConsoleResponseV1Dot1"
        );
        assert_eq!(type_name("SSD"), "Ssd");
        assert_eq!(type_name("cluster-info"), "ClusterInfo");
        assert_eq!(type_name("String"), "StringModel");
        assert_eq!(type_name("Option"), "OptionModel");
        assert_eq!(type_name("3d"), "N3d");
    }

    #[test]
    fn namespace_resolves_collisions_in_order() {
        let mut ns = Namespace::with_reserved(["send"]);
        assert_eq!(ns.claim(&snake("clusterId", "f")), "cluster_id");
        assert_eq!(ns.claim(&snake("cluster_id", "f")), "cluster_id_2");
        assert_eq!(ns.claim(&snake("Cluster-ID", "f")), "cluster_id_3");
        assert_eq!(ns.claim("send"), "send_2");
        let mut types = Namespace::default();
        assert_eq!(types.claim("Status"), "Status");
        assert_eq!(types.claim("Status"), "Status2");
        assert_eq!(types.claim("N1_0"), "N1_0");
        assert_eq!(types.claim("N1_0"), "N1_0_2");
        assert!(types.contains("Status2"));
    }

    #[test]
    fn every_output_is_a_valid_identifier() {
        for name in [
            "type",
            "2",
            "é",
            "a b",
            "__",
            "Self",
            "_x",
            "x__y",
            "😀",
            "k8s.version",
        ] {
            for ident in [snake(name, "value"), pascal(name, "Value"), type_name(name)] {
                assert!(
                    syn::parse_str::<syn::Ident>(&ident).is_ok(),
                    "{name:?} -> {ident:?}"
                );
            }
        }
    }
}
