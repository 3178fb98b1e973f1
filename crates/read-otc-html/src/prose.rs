//! Facts stated in a description's prose: enum values, defaults and ranges.
//!
//! Only unambiguous statements are taken: a list introduced by `Enums:`, `Options:`, `The
//! options are as follows:` (2025 `<ul>` lists, 2022 inline `- **v**: text` runs, or one item
//! per paragraph), or a sentence that lists bold values only (`The value can be **a**, **b**,
//! or **c**.`); a default written `The default value is X` / `Default value: X` or an enum item
//! marked `(default value)`; ranges `The value ranges from A to B`, `[A, B]`, `A to B
//! characters`, `a maximum of N characters`. Anything else stays in the description only.
//!
//! Only hard limits are constraints: a range in a sentence that recommends or suggests it
//! (`The recommended value ranges from 10 to 50`) is advice, kept as `x-stated-range`.

/// What the prose of one description states.
#[derive(Clone, Debug, Default, PartialEq)]
pub(crate) struct Facts {
    /// Enum values as printed, in order.
    pub enum_values: Vec<String>,
    /// The default value as printed.
    pub default: Option<String>,
    /// Two different defaults were stated.
    pub conflicting_defaults: bool,
    /// Inclusive numeric bounds as printed.
    pub minimum: Option<String>,
    pub maximum: Option<String>,
    /// String length bounds.
    pub min_length: Option<u64>,
    pub max_length: Option<u64>,
    /// A range stated as advice (`The recommended value ranges from 10 to 50`), not a limit.
    pub advised_range: Option<(String, String)>,
}

/// Words that make a range advice rather than a limit when they stand in its sentence
/// before it (`The recommended value ranges from 10 to 50`).
const ADVICE: &[&str] = &["recommend", "suggest", "advis", "preferabl", "ideally"];

/// Whether the sentence holding `description[..start]`'s end states advice.
fn is_advice(description: &str, start: usize) -> bool {
    let before = &description[..start];
    let sentence_start = before.rfind(['.', '\n', ';']).map_or(0, |i| i + 1);
    let sentence = before[sentence_start..].to_ascii_lowercase();
    ADVICE.iter().any(|w| sentence.contains(w))
}

re!(
    TRIGGER,
    r"(?i)(?:\benums?:|\boptions?:|the options are(?: as follows)?:|possible values(?: are)?:|the values? (?:can be|is one of|are)(?: as follows)?:|value options:|available values:|the following values are supported:|enumerated values:)"
);
re!(INLINE_ITEM, r"(?:^|\s)-\s*\*\*([^*]+?)\*\*");
re!(
    LINE_ITEM,
    r"^(?:-\s*)?\*\*([^*]+?)\*\*\s*(?:$|[:：,.(]|-\s|\s*\()"
);
re!(
    SENTENCE_LIST,
    r"(?i)(?:the value can be|possible values are|the value is one of|options:|only the value|value range:|the value must be one of)\s+((?:\*\*[^*]+\*\*)(?:\s*(?:,\s*and|,\s*or|,|and|or)\s*\*\*[^*]+\*\*)*)\s*(?:is supported)?\s*(?:[.;]|$)"
);
re!(BOLD, r"\*\*([^*]+)\*\*");
re!(
    DEFAULT,
    r"(?i)(?:the default value is|default value:|defaults to|the default is|by default, the value is)\s*(?:\*\*([^*]+)\*\*|([^\s*,.;()]+)(?:[.,;)]|\s*$))"
);
re!(DEFAULT_AFTER, r"(?i)\*\*([^*]+)\*\* by default");
re!(
    ITEM_DEFAULT,
    r"(?i)\(default(?: value)?\)|default value\.|is the default(?: value)?|this is the default|\(default\)|^\s*default value"
);
re!(
    NUM_RANGE,
    r"(?i)(?:value ranges? (?:from|is)|value range(?: is)?:?|ranges? from|range:)\s*\[?\s*(-?\d+(?:\.\d+)?)\s*(?:to|,|-|~)\s*(-?\d+(?:\.\d+)?)\s*\]?"
);
re!(
    MAX_VALUE,
    r"(?i)(?:the maximum value is|maximum value:|cannot exceed|max(?:imum)?:)\s*\**(-?\d+(?:\.\d+)?)\**\s*(?:[.,;]|$)"
);
re!(
    MIN_VALUE,
    r"(?i)(?:the minimum value is|minimum value:|min(?:imum)?:)\s*\**(-?\d+(?:\.\d+)?)\**\s*(?:[.,;]|$)"
);
re!(
    LEN_RANGE,
    r"(?i)(?:contains?|consists? of|enter|must contain|length(?: is)?|of)\s+(\d+)\s*(?:to|-|~)\s*(\d+)\s+characters"
);
re!(
    LEN_MAX,
    r"(?i)(?:a maximum of|at most|up to|no more than|maximum length of|max\.?)\s+(\d+)\s+characters"
);

/// The words of a description, for skipping the patterns that cannot match it: every
/// description of every field is searched by each pattern, and most state no range, default
/// or length (regex searches are slow in the debug build regen runs in).
struct Says {
    /// The description lower-cased, when it is ASCII. Case-insensitive patterns match some
    /// non-ASCII letters as ASCII ones (`K` Kelvin sign as `k`, `ſ` as `s`), so a description
    /// with non-ASCII text is searched by every pattern.
    lower: Option<String>,
}

impl Says {
    fn new(description: &str) -> Self {
        Self {
            lower: description
                .is_ascii()
                .then(|| description.to_ascii_lowercase()),
        }
    }

    /// Whether the description may say `word` (lower-case ASCII): false only when it
    /// certainly does not, so a pattern that needs `word` to match cannot.
    fn may(&self, word: &str) -> bool {
        self.lower.as_ref().is_none_or(|l| l.contains(word))
    }
}

/// Reads the facts a description states.
pub(crate) fn facts(description: &str) -> Facts {
    let mut facts = Facts::default();
    let says = Says::new(description);
    let lines: Vec<&str> = description.lines().map(str::trim).collect();
    let mut item_defaults = Vec::new();
    enum_lists(&lines, &mut facts.enum_values, &mut item_defaults);
    // Each pattern below runs only when the description holds a word every match of it
    // holds (`**` for a bold list, `default`, `range`, `max` or `cannot exceed`, `min`,
    // `character`).
    if facts.enum_values.is_empty() && says.may("**") {
        for caps in SENTENCE_LIST.captures_iter(description) {
            let values: Vec<String> = BOLD
                .captures_iter(&caps[1])
                .map(|c| c[1].trim().to_owned())
                .collect();
            if !values.is_empty() && facts.enum_values.is_empty() {
                facts.enum_values = values;
            }
        }
    }
    facts.enum_values.retain(|v| plausible_value(v));
    dedup(&mut facts.enum_values);

    let mut defaults: Vec<String> = Vec::new();
    if says.may("default") {
        for caps in DEFAULT.captures_iter(description) {
            if let Some(v) = caps.get(1).or_else(|| caps.get(2)) {
                defaults.push(v.as_str().trim().to_owned());
            }
        }
        for caps in DEFAULT_AFTER.captures_iter(description) {
            defaults.push(caps[1].trim().to_owned());
        }
    }
    defaults.extend(item_defaults);
    defaults.retain(|d| !d.is_empty() && plausible_value(d));
    dedup(&mut defaults);
    match defaults.len() {
        0 => {}
        1 => facts.default = defaults.pop(),
        _ => facts.conflicting_defaults = true,
    }

    let mut ranges: Vec<(String, String)> = Vec::new();
    let num_ranges = says
        .may("range")
        .then(|| NUM_RANGE.captures_iter(description));
    for c in num_ranges.into_iter().flatten() {
        let range = (c[1].to_owned(), c[2].to_owned());
        let start = c.get(0).map_or(0, |m| m.start());
        if is_advice(description, start) {
            facts.advised_range.get_or_insert(range);
        } else {
            ranges.push(range);
        }
    }
    if let [(min, max)] = ranges.as_slice() {
        facts.minimum = Some(min.clone());
        facts.maximum = Some(max.clone());
    } else if ranges.is_empty() {
        let max: Vec<String> = if says.may("max") || says.may("cannot exceed") {
            MAX_VALUE
                .captures_iter(description)
                .map(|c| c[1].to_owned())
                .collect()
        } else {
            Vec::new()
        };
        let min: Vec<String> = if says.may("min") {
            MIN_VALUE
                .captures_iter(description)
                .map(|c| c[1].to_owned())
                .collect()
        } else {
            Vec::new()
        };
        if let [m] = max.as_slice() {
            facts.maximum = Some(m.clone());
        }
        if let [m] = min.as_slice() {
            facts.minimum = Some(m.clone());
        }
    }
    if says.may("character") {
        let lens: Vec<(u64, u64)> = LEN_RANGE
            .captures_iter(description)
            .filter_map(|c| Some((c[1].parse().ok()?, c[2].parse().ok()?)))
            .collect();
        if let [(min, max)] = lens.as_slice() {
            if min <= max {
                facts.min_length = Some(*min);
                facts.max_length = Some(*max);
            }
        } else if lens.is_empty() {
            let max: Vec<u64> = LEN_MAX
                .captures_iter(description)
                .filter_map(|c| c[1].parse().ok())
                .collect();
            if let [m] = max.as_slice() {
                facts.max_length = Some(*m);
            }
        }
    }
    facts
}

/// Finds `trigger` + items lists; items follow on the same line (`- **v**: text` runs) or on
/// the following lines (one `**v**` item per line).
fn enum_lists(lines: &[&str], values: &mut Vec<String>, defaults: &mut Vec<String>) {
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i];
        // Every trigger ends in `:`; most lines hold none and are not searched.
        let found = if line.contains(':') {
            TRIGGER.find(line)
        } else {
            None
        };
        let Some(m) = found else {
            i += 1;
            continue;
        };
        let rest = &line[m.end()..];
        let inline: Vec<(String, String)> = inline_items(rest);
        if !inline.is_empty() {
            for (value, text) in inline {
                if ITEM_DEFAULT.is_match(&text) {
                    defaults.push(value.clone());
                }
                values.push(value);
            }
            i += 1;
            continue;
        }
        // `Options: **A** and **B**` on the same line is a sentence list, read elsewhere.
        let mut j = i + 1;
        while j < lines.len() {
            let Some(caps) = LINE_ITEM.captures(lines[j]) else {
                break;
            };
            let value = caps[1].trim().to_owned();
            let text = &lines[j][caps.get(0).map_or(0, |m| m.end())..];
            if ITEM_DEFAULT.is_match(text) {
                defaults.push(value.clone());
            }
            values.push(value);
            j += 1;
        }
        i = j.max(i + 1);
    }
}

fn inline_items(rest: &str) -> Vec<(String, String)> {
    let matches: Vec<regex::Captures<'_>> = INLINE_ITEM.captures_iter(rest).collect();
    let mut items = Vec::new();
    for (k, caps) in matches.iter().enumerate() {
        let (Some(whole), Some(value)) = (caps.get(0), caps.get(1)) else {
            continue;
        };
        let end = matches
            .get(k + 1)
            .and_then(|c| c.get(0))
            .map_or(rest.len(), |m| m.start());
        let text = rest.get(whole.end()..end).unwrap_or("");
        items.push((value.as_str().trim().to_owned(), text.to_owned()));
    }
    items
}

/// Enum values and defaults are short tokens, not sentences.
fn plausible_value(value: &str) -> bool {
    !value.is_empty() && value.chars().count() <= 64 && value.split_whitespace().count() <= 3
}

fn dedup(values: &mut Vec<String>) {
    let mut seen = std::collections::HashSet::new();
    values.retain(|v| seen.insert(v.clone()));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_2025_enum_lists() {
        let f = facts(
            "Image type. Enums:\n- **BUILD_IN**: built-in system image\n- **DEDICATED**: image you have saved",
        );
        assert_eq!(f.enum_values, vec!["BUILD_IN", "DEDICATED"]);
        assert_eq!(f.default, None);
    }

    #[test]
    fn reads_2022_inline_options_with_default() {
        let f = facts(
            "Sorting sequence of the query. The options are as follows: - **asc**: ascending order - **desc**: descending order (default value)",
        );
        assert_eq!(f.enum_values, vec!["asc", "desc"]);
        assert_eq!(f.default.as_deref(), Some("desc"));
    }

    #[test]
    fn reads_one_item_per_paragraph() {
        let f = facts(
            "Sorting order. The options are as follows:\n**asc**: ascending order. It is the default value.\n**desc**: descending order",
        );
        assert_eq!(f.enum_values, vec!["asc", "desc"]);
        assert_eq!(f.default.as_deref(), Some("asc"));
        let f = facts("Operation. The options are as follows:\n- **start**\n- **stop**");
        assert_eq!(f.enum_values, vec!["start", "stop"]);
    }

    #[test]
    fn reads_sentence_lists() {
        let f =
            facts("Inference mode. The value can be **real-time** or **batch**.\n**real-time**: x");
        assert_eq!(f.enum_values, vec!["real-time", "batch"]);
        let f = facts(
            "Sorting mode. The value can be **job_name**, **job_desc**, or **create_time**. Default value: **job_name**",
        );
        assert_eq!(f.enum_values, vec!["job_name", "job_desc", "create_time"]);
        assert_eq!(f.default.as_deref(), Some("job_name"));
        let f = facts("Scheduling type. Only the value **stop** is supported.");
        assert_eq!(f.enum_values, vec!["stop"]);
        // An example is not an enum.
        let f = facts("For example, set **status** to **3**.");
        assert!(f.enum_values.is_empty());
    }

    #[test]
    fn recommended_ranges_are_advice_not_limits() {
        // modelarts_03_0077 (older layout): the default lies outside the advice.
        let f = facts(
            "Maximum number of records returned on each page. The default value is 100. The recommended value ranges from 10 to 50.",
        );
        assert_eq!((f.minimum, f.maximum), (None, None));
        assert_eq!(f.advised_range, Some(("10".to_owned(), "50".to_owned())));
        assert_eq!(f.default.as_deref(), Some("100"));
        // A hard range after an unrelated recommendation stays a limit.
        let f = facts("Use a short name as recommended. The value ranges from 1 to 20.");
        assert_eq!(
            (f.minimum.as_deref(), f.maximum.as_deref()),
            (Some("1"), Some("20"))
        );
        assert_eq!(f.advised_range, None);
    }

    #[test]
    fn reads_defaults_and_ranges() {
        let f = facts(
            "Maximum number of records. The value ranges from 1 to 100. The default value is **10**.",
        );
        assert_eq!(f.default.as_deref(), Some("10"));
        assert_eq!(
            (f.minimum.as_deref(), f.maximum.as_deref()),
            (Some("1"), Some("100"))
        );
        let f = facts("Number of jobs. The value range is [1, 1000]. Default value: **10**");
        assert_eq!(
            (f.minimum.as_deref(), f.maximum.as_deref()),
            (Some("1"), Some("1000"))
        );
        let f = facts(
            "Workspace ID If no workspace is created, the default value is 0. If a workspace is created and used, the actual value prevails.",
        );
        assert_eq!(f.default.as_deref(), Some("0"));
        let f = facts("Timeout. The default value is 30 minutes.");
        assert_eq!(f.default, None);
        let f = facts("Training job name. The value must contain 1 to 64 characters.");
        assert_eq!((f.min_length, f.max_length), (Some(1), Some(64)));
        let f = facts(
            "Image name, which contains a maximum of 512 characters, including lowercase letters",
        );
        assert_eq!(f.max_length, Some(512));
        let f = facts("Default attribute: Label color.");
        assert_eq!(f.default, None);
    }
}
