//! The `operationId` rule.
//!
//! 1. From the title: split it into ASCII words at every character that is not an ASCII letter
//!    or digit (`&`, spaces and punctuation are dropped); the first word is lowered
//!    (`Create` -> `create`, `AI` -> `ai`, `HTTPServer` -> `httpServer`, `CloudML` ->
//!    `cloudML`), every later word gets an upper-case first letter and keeps the rest as
//!    printed. So CamelCase titles keep their words: `CheckDuplicationNameAndDomainName` ->
//!    `checkDuplicationNameAndDomainName`; `Create AI&MLOps Platform` ->
//!    `createAIMLOpsPlatform`. An id that would start with a digit gets the prefix `op`.
//! 2. A title with letters outside ASCII (a Korean title) or without any word: the id comes
//!    from the method and path instead: `get /v1/clusters/{cluster_id}` ->
//!    `getV1ClustersClusterId`.
//! 3. Titles that give the same id within a service: every one of them gets the suffix
//!    `_<method-and-path id>` (`createCluster_postV1Clusters`), so no id depends on which
//!    came first; if that still repeats, `_2`, `_3`... in document order.

use docsdk_spec::Method;

/// The id from the title (rule 1), or `None` when rule 2 applies.
pub fn title_id(title: &str) -> Option<String> {
    if title.chars().any(|c| c.is_alphanumeric() && !c.is_ascii()) {
        return None;
    }
    let words: Vec<&str> = title
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let (first, rest) = words.split_first()?;
    let mut id = lower_first_word(first);
    for word in rest {
        id.push_str(&upper_first(word));
    }
    Some(guard_digit(id))
}

/// The id from method and path (rule 2).
pub fn path_id(method: Method, path: &str) -> String {
    let mut id = method.as_str().to_ascii_lowercase();
    for word in path
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        id.push_str(&upper_first(&word.to_ascii_lowercase()));
    }
    id
}

/// Unique ids for a service's operations, given (title, method, path) in document order.
pub fn assign(ops: &[(String, Method, String)]) -> Vec<String> {
    let base: Vec<String> = ops
        .iter()
        .map(|(title, method, path)| title_id(title).unwrap_or_else(|| path_id(*method, path)))
        .collect();
    let suffixed = base.iter().zip(ops).map(|(b, (_, method, path))| {
        if base.iter().filter(|x| *x == b).count() > 1 {
            format!("{b}_{}", path_id(*method, path))
        } else {
            b.clone()
        }
    });
    let mut out: Vec<String> = Vec::with_capacity(ops.len());
    for id in suffixed {
        let mut candidate = id.clone();
        let mut n = 1;
        while out.contains(&candidate) {
            n += 1;
            candidate = format!("{id}_{n}");
        }
        out.push(candidate);
    }
    out
}

fn lower_first_word(word: &str) -> String {
    let chars: Vec<char> = word.chars().collect();
    let run = chars.iter().take_while(|c| c.is_ascii_uppercase()).count();
    // Keep the last capital of a run that starts the next part (`HTTPServer`).
    let keep_last = run > 1 && chars.get(run).is_some_and(|c| c.is_ascii_lowercase());
    let lower_until = if keep_last { run - 1 } else { run.max(1) };
    chars
        .iter()
        .enumerate()
        .map(|(i, c)| {
            if i < lower_until {
                c.to_ascii_lowercase()
            } else {
                *c
            }
        })
        .collect()
}

fn upper_first(word: &str) -> String {
    let mut chars = word.chars();
    match chars.next() {
        Some(c) => c.to_ascii_uppercase().to_string() + chars.as_str(),
        None => String::new(),
    }
}

fn guard_digit(id: String) -> String {
    if id.starts_with(|c: char| c.is_ascii_digit()) {
        format!("op{id}")
    } else {
        id
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles() {
        assert_eq!(
            title_id("CheckDuplicationNameAndDomainName").as_deref(),
            Some("checkDuplicationNameAndDomainName")
        );
        assert_eq!(
            title_id("Create AI&MLOps Platform").as_deref(),
            Some("createAIMLOpsPlatform")
        );
        assert_eq!(
            title_id("Get AI&MLOps Platform details").as_deref(),
            Some("getAIMLOpsPlatformDetails")
        );
        assert_eq!(title_id("CloudMLImages").as_deref(), Some("cloudMLImages"));
        assert_eq!(
            title_id("HTTPServer list").as_deref(),
            Some("httpServerList")
        );
        assert_eq!(title_id("AI models").as_deref(), Some("aiModels"));
        assert_eq!(title_id("2 step").as_deref(), Some("op2Step"));
        assert_eq!(title_id("클러스터 생성"), None);
        assert_eq!(title_id("&&"), None);
    }

    #[test]
    fn duplicates_get_method_and_path_suffixes() {
        let ops = vec![
            (
                "Create Cluster".to_owned(),
                Method::Post,
                "/v1/clusters".to_owned(),
            ),
            (
                "Create  Cluster".to_owned(),
                Method::Post,
                "/v2/clusters".to_owned(),
            ),
            (
                "클러스터".to_owned(),
                Method::Get,
                "/v1/clusters/{cluster_id}".to_owned(),
            ),
            ("List".to_owned(), Method::Get, "/v1/a".to_owned()),
        ];
        assert_eq!(
            assign(&ops),
            vec![
                "createCluster_postV1Clusters",
                "createCluster_postV2Clusters",
                "getV1ClustersClusterId",
                "list"
            ]
        );
        // The same title, method and path twice: numbered.
        let twice = vec![
            ("A".to_owned(), Method::Get, "/a".to_owned()),
            ("A".to_owned(), Method::Get, "/a".to_owned()),
            ("A".to_owned(), Method::Get, "/a".to_owned()),
        ];
        assert_eq!(assign(&twice), vec!["a_getA", "a_getA_2", "a_getA_3"]);
    }
}
