//! Identifier rules: operation ids and component names.

/// Words of `text`: runs of ASCII letters and digits.
fn words(text: &str) -> Vec<&str> {
    text.split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect()
}

fn capitalize(word: &str) -> String {
    let all_caps = word.len() > 1 && word.chars().all(|c| !c.is_ascii_lowercase());
    let mut chars = word.chars();
    let Some(first) = chars.next() else {
        return String::new();
    };
    let rest: String = if all_caps {
        chars.as_str().to_ascii_lowercase()
    } else {
        chars.as_str().to_owned()
    };
    format!("{}{rest}", first.to_ascii_uppercase())
}

/// `Querying the Labeling Team List` -> `QueryingTheLabelingTeamList`; `infer_type` ->
/// `InferType`. A leading digit gets a `T` in front so the result is an identifier.
pub(crate) fn pascal(text: &str) -> String {
    let out: String = words(text).into_iter().map(capitalize).collect();
    if out.starts_with(|c: char| c.is_ascii_digit()) {
        format!("T{out}")
    } else {
        out
    }
}

/// `Creating a Training Job` -> `creatingATrainingJob`; `ListWorkforces` -> `listWorkforces`.
pub(crate) fn lower_camel(text: &str) -> String {
    let p = pascal(text);
    let mut chars = p.chars();
    match chars.next() {
        Some(first) => format!("{}{}", first.to_ascii_lowercase(), chars.as_str()),
        None => p,
    }
}

/// Whether `text` is an API Explorer operation name: PascalCase letters and digits only
/// (`ListWorkforces`), not a DITA topic id (`modelarts_03_0045`, `EN-US_TOPIC_...`).
pub(crate) fn is_operation_name(text: &str) -> bool {
    text.len() >= 3
        && text.starts_with(|c: char| c.is_ascii_uppercase())
        && text.chars().all(|c| c.is_ascii_alphanumeric())
        && text.chars().any(|c| c.is_ascii_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cases() {
        assert_eq!(
            lower_camel("Creating a Training Job"),
            "creatingATrainingJob"
        );
        assert_eq!(lower_camel("ListWorkforces"), "listWorkforces");
        assert_eq!(
            pascal("config parameters of real-time"),
            "ConfigParametersOfRealTime"
        );
        assert_eq!(pascal("Querying GPU Quantity"), "QueryingGpuQuantity");
        assert!(is_operation_name("ListWorkforces"));
        assert!(!is_operation_name("modelarts_03_0045"));
        assert!(!is_operation_name("EN-US_TOPIC_0000002374896521"));
    }
}
