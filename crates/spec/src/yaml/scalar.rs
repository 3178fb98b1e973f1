//! How a string is written as a YAML scalar: the style libyaml's emitter picks for it, as
//! serde_norway asks for it (`yaml_emitter_analyze_scalar` and `select_scalar_style` in
//! unsafe-libyaml, `serialize_str` and `visit_untagged_scalar` in serde_norway, ported rule for
//! rule so that the fast writer's bytes are the library's).

/// The style a string is written in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Style {
    /// As it is: `name: value`.
    Plain,
    /// Between single quotes, each `'` doubled.
    SingleQuoted,
    /// Between double quotes, with escapes, for text the other styles cannot hold.
    DoubleQuoted,
    /// A literal block (`|-` and the lines below), for text with line breaks.
    Literal,
    /// Anything else (complex keys, `|+`, single quotes across lines): left to serde_norway.
    Unsupported,
}

/// The style of `value` as a mapping key (`key` true) or a value in block context.
pub(crate) fn style(value: &str, key: bool) -> Style {
    let facts = Analysis::of(value);
    if key && (facts.multiline || value.len() > 128) {
        // A multi-line or long key is written as a complex key (`? key`).
        return Style::Unsupported;
    }
    if value.contains('\n') {
        // serde_norway asks for a literal block; libyaml falls back to double quotes where a
        // block cannot hold the text.
        return match (facts.block_allowed, literal_is_supported(value)) {
            (false, _) => Style::DoubleQuoted,
            (true, true) => Style::Literal,
            (true, false) => Style::Unsupported,
        };
    }
    let plain_allowed = facts.block_plain_allowed && !(key && value.is_empty());
    let wanted_quotes = resolves_as_non_string(value);
    if !wanted_quotes && plain_allowed {
        Style::Plain
    } else if !facts.single_quoted_allowed {
        Style::DoubleQuoted
    } else if !facts.multiline {
        Style::SingleQuoted
    } else {
        Style::Unsupported
    }
}

/// A literal block the fast writer supports: breaks are `\n` only, and the text does not end
/// in two breaks (libyaml's `|+`, which also changes how the document ends).
fn literal_is_supported(value: &str) -> bool {
    !value.contains(['\r', '\u{85}', '\u{2028}', '\u{2029}'])
        && !value.ends_with("\n\n")
        && value != "\n"
}

/// The header of a literal block: the indentation hint when the text starts with a space or a
/// break, and the chomping indicator (`-` when it does not end in a break).
pub(crate) fn literal_header(value: &str) -> &'static str {
    let hint = value.starts_with([' ', '\n']);
    let keep_last_break = value.ends_with('\n');
    match (hint, keep_last_break) {
        (false, false) => "|-",
        (false, true) => "|",
        (true, false) => "|2-",
        (true, true) => "|2",
    }
}

/// What libyaml's `yaml_emitter_analyze_scalar` finds out about a scalar (block context).
struct Analysis {
    multiline: bool,
    block_plain_allowed: bool,
    single_quoted_allowed: bool,
    block_allowed: bool,
}

impl Analysis {
    fn of(value: &str) -> Self {
        if value.is_empty() {
            return Analysis {
                multiline: false,
                block_plain_allowed: true,
                single_quoted_allowed: true,
                block_allowed: false,
            };
        }
        let mut block_indicators = value.starts_with("---") || value.starts_with("...");
        let mut line_breaks = false;
        let mut special_characters = false;
        let (mut leading_space, mut leading_break) = (false, false);
        let (mut trailing_space, mut trailing_break) = (false, false);
        let (mut break_space, mut space_break) = (false, false);
        let (mut previous_space, mut previous_break) = (false, false);
        let mut preceded_by_whitespace = true;
        let mut chars = value.chars().peekable();
        let mut first = true;
        while let Some(c) = chars.next() {
            let next = chars.peek().copied();
            let last = next.is_none();
            let followed_by_whitespace = next.is_none_or(is_blankz);
            if first {
                if matches!(
                    c,
                    '#' | ','
                        | '['
                        | ']'
                        | '{'
                        | '}'
                        | '&'
                        | '*'
                        | '!'
                        | '|'
                        | '>'
                        | '\''
                        | '"'
                        | '%'
                        | '@'
                        | '`'
                ) || (matches!(c, '?' | ':' | '-') && followed_by_whitespace)
                {
                    block_indicators = true;
                }
            } else if (c == ':' && followed_by_whitespace) || (c == '#' && preceded_by_whitespace) {
                block_indicators = true;
            }
            if !is_printable(c) {
                special_characters = true;
            }
            if c == ' ' {
                leading_space |= first;
                trailing_space |= last;
                break_space |= previous_break;
                (previous_space, previous_break) = (true, false);
            } else if is_break(c) {
                line_breaks = true;
                leading_break |= first;
                trailing_break |= last;
                space_break |= previous_space;
                (previous_space, previous_break) = (false, true);
            } else {
                (previous_space, previous_break) = (false, false);
            }
            preceded_by_whitespace = is_blankz(c);
            first = false;
        }
        let mut facts = Analysis {
            multiline: line_breaks,
            block_plain_allowed: true,
            single_quoted_allowed: true,
            block_allowed: true,
        };
        if leading_space || leading_break || trailing_space || trailing_break {
            facts.block_plain_allowed = false;
        }
        if trailing_space {
            facts.block_allowed = false;
        }
        if break_space {
            facts.block_plain_allowed = false;
            facts.single_quoted_allowed = false;
        }
        if space_break || special_characters {
            facts.block_plain_allowed = false;
            facts.single_quoted_allowed = false;
            facts.block_allowed = false;
        }
        if line_breaks || block_indicators {
            facts.block_plain_allowed = false;
        }
        facts
    }
}

fn is_break(c: char) -> bool {
    matches!(c, '\r' | '\n' | '\u{85}' | '\u{2028}' | '\u{2029}')
}

fn is_blankz(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\0') || is_break(c)
}

/// libyaml's printable set: it writes anything else (tabs, control characters, the byte order
/// mark) in double quotes.
pub(crate) fn is_printable(c: char) -> bool {
    matches!(c, '\n' | ' '..='~' | '\u{A0}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}')
        && c != '\u{FEFF}'
        || c >= '\u{10000}'
}

/// Whether serde_norway would read `value`, written plain, as something other than this
/// string (null, a bool, a number, or digits with a leading zero), so that it quotes it.
fn resolves_as_non_string(value: &str) -> bool {
    let Some(&first) = value.as_bytes().first() else {
        return true;
    };
    // Every form below starts with one of these; most strings are ruled out here.
    if !matches!(
        first,
        b'0'..=b'9' | b'+' | b'-' | b'.' | b'~' | b'n' | b'N' | b't' | b'T' | b'f' | b'F'
    ) {
        return false;
    }
    value.is_empty()
        || matches!(value, "null" | "Null" | "NULL" | "~")
        || matches!(
            value,
            "true" | "True" | "TRUE" | "false" | "False" | "FALSE"
        )
        || is_int(value)
        || digits_but_not_number(value)
        || is_float(value)
}

fn digits_but_not_number(value: &str) -> bool {
    let digits = value.strip_prefix(['-', '+']).unwrap_or(value);
    digits.len() > 1 && digits.starts_with('0') && digits[1..].bytes().all(|b| b.is_ascii_digit())
}

/// serde_norway's integer forms: decimal with an optional sign, and `0x`, `0o`, `0b` with an
/// optional sign before them.
fn is_int(value: &str) -> bool {
    let (negative, unsigned) = match value.as_bytes().first() {
        Some(b'+') => (false, &value[1..]),
        Some(b'-') => (true, &value[1..]),
        _ => (false, value),
    };
    if unsigned.starts_with(['+', '-']) {
        return false;
    }
    for (prefix, radix) in [("0x", 16), ("0o", 8), ("0b", 2)] {
        if let Some(rest) = unsigned.strip_prefix(prefix)
            && !rest.starts_with(['+', '-'])
            && parses_in_radix(rest, radix, negative)
        {
            return true;
        }
    }
    !digits_but_not_number(value) && parses_in_radix(unsigned, 10, negative)
}

fn parses_in_radix(digits: &str, radix: u32, negative: bool) -> bool {
    if negative {
        i128::from_str_radix(&format!("-{digits}"), radix).is_ok()
    } else {
        u128::from_str_radix(digits, radix).is_ok()
    }
}

fn is_float(value: &str) -> bool {
    if digits_but_not_number(value) {
        return false;
    }
    let unsigned = match value.strip_prefix('+') {
        Some(rest) if rest.starts_with(['+', '-']) => return false,
        Some(rest) => rest,
        None => value,
    };
    matches!(unsigned, ".inf" | ".Inf" | ".INF")
        || matches!(
            value,
            "-.inf" | "-.Inf" | "-.INF" | ".nan" | ".NaN" | ".NAN"
        )
        || unsigned.parse::<f64>().is_ok_and(f64::is_finite)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_that_read_back_as_other_types_are_quoted() {
        for s in [
            "", "null", "~", "True", "12", "-3", "+0x1F", "0o17", "0123", "1.5", "1e3", ".inf",
        ] {
            assert_eq!(style(s, false), Style::SingleQuoted, "{s:?}");
        }
        for s in ["1.2.3", "0x", "yes", "nan", "id", "2024-01-01"] {
            assert_eq!(style(s, false), Style::Plain, "{s:?}");
        }
    }

    #[test]
    fn indicators_and_edges_choose_quotes_or_give_up() {
        assert_eq!(style("a: b", false), Style::SingleQuoted);
        assert_eq!(style("a:b", false), Style::Plain);
        assert_eq!(style("- x", false), Style::SingleQuoted);
        assert_eq!(style(" lead", false), Style::SingleQuoted);
        assert_eq!(style("tab\there", false), Style::DoubleQuoted);
        assert_eq!(style("one\ntwo", false), Style::Literal);
        assert_eq!(style("one\ntwo", true), Style::Unsupported);
        assert_eq!(style("trailing \nspace", false), Style::DoubleQuoted);
        assert_eq!(style("kept\n\n", false), Style::Unsupported);
        assert_eq!(literal_header("a\nb"), "|-");
        assert_eq!(literal_header("a\nb\n"), "|");
        assert_eq!(literal_header(" a\nb"), "|2-");
    }
}
