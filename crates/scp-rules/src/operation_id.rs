//! The `operationId` rule of both SCP readers.
//!
//! 1. From the title: split it into ASCII words at every character that is not an ASCII letter
//!    or digit (`&`, spaces and punctuation are dropped); the first word is lowered
//!    (`Create` -> `create`, `AI` -> `ai`, `HTTPServer` -> `httpServer`, `CloudML` ->
//!    `cloudML`), every later word gets an upper-case first letter and keeps the rest as
//!    printed. So CamelCase titles keep their words: `CheckDuplicationNameAndDomainName` ->
//!    `checkDuplicationNameAndDomainName`; `Create AI&MLOps Platform` ->
//!    `createAIMLOpsPlatform`. An id that would start with a digit gets the prefix `op`.
//! 2. No title (the pipe extraction lost it), a title with letters outside ASCII (a Korean
//!    title) or without any word: the id is *derived* from the method and path: the
//!    lower-case method, then every ASCII word of the path with its first letter upper-cased
//!    and the rest kept as printed (`get /v1/cloud-ml/clusters/{clusterId}` ->
//!    `getV1CloudMlClustersClusterId`). Readers mark derived ids `x-operation-id-derived`.
//! 3. Ids that repeat within a service: a title id gets the suffix `_<derived id>` on every
//!    operation that shares it (`createCluster_postV1Clusters`), so no id depends on which
//!    came first; an id that still repeats (a derived one, or the same title, method and
//!    path) gets `_2`, `_3`... in document order.
//!
//! Case conversion is written here rather than with `docsdk-naming`: an operationId keeps the
//! title's own capitals (`cloudML`), which the naming crate's word splitting would re-case.

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

/// The id derived from method and path (rule 2).
pub fn path_id(method: Method, path: &str) -> String {
    let mut id = method.as_str().to_ascii_lowercase();
    for word in path
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        id.push_str(&upper_first(word));
    }
    id
}

/// What an operation's id is made from: its title, if the document states one, its method
/// and its path.
#[derive(Clone, Copy, Debug)]
pub struct IdSource<'a> {
    /// The title as printed.
    pub title: Option<&'a str>,
    /// The method.
    pub method: Method,
    /// The path template.
    pub path: &'a str,
}

/// An assigned id, and whether it was derived from method and path (rule 2).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AssignedId {
    /// The unique id.
    pub id: String,
    /// True when no usable title gave it.
    pub derived: bool,
}

/// Unique ids for a service's operations, given in document order.
pub fn assign(ops: &[IdSource]) -> Vec<AssignedId> {
    let base: Vec<(String, bool)> = ops
        .iter()
        .map(|o| match o.title.and_then(title_id) {
            Some(id) => (id, false),
            None => (path_id(o.method, o.path), true),
        })
        .collect();
    let suffixed = base.iter().zip(ops).map(|((b, derived), o)| {
        if !derived && base.iter().filter(|(x, _)| x == b).count() > 1 {
            format!("{b}_{}", path_id(o.method, o.path))
        } else {
            b.clone()
        }
    });
    let mut out: Vec<AssignedId> = Vec::with_capacity(ops.len());
    for (id, (_, derived)) in suffixed.zip(&base) {
        let mut candidate = id.clone();
        let mut n = 1;
        while out.iter().any(|a| a.id == candidate) {
            n += 1;
            candidate = format!("{id}_{n}");
        }
        out.push(AssignedId {
            id: candidate,
            derived: *derived,
        });
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

    fn ids(ops: &[(Option<&str>, Method, &str)]) -> Vec<String> {
        let sources: Vec<IdSource> = ops
            .iter()
            .map(|&(title, method, path)| IdSource {
                title,
                method,
                path,
            })
            .collect();
        assign(&sources).into_iter().map(|a| a.id).collect()
    }

    #[test]
    fn derived_ids_keep_the_path_words_as_printed() {
        assert_eq!(
            path_id(Method::Get, "/v1/cloud-ml/clusters/{cluster_id}"),
            "getV1CloudMlClustersClusterId"
        );
        assert_eq!(
            path_id(Method::Get, "/v1/things/{thingId}"),
            "getV1ThingsThingId"
        );
        assert_eq!(path_id(Method::Get, "/"), "get");
        assert_eq!(
            path_id(Method::Get, "/v1/k8s.version/ünï"),
            "getV1K8sVersionN"
        );
    }

    #[test]
    fn duplicates_get_method_and_path_suffixes() {
        let assigned = assign(&[
            IdSource {
                title: Some("Create Cluster"),
                method: Method::Post,
                path: "/v1/clusters",
            },
            IdSource {
                title: Some("클러스터"),
                method: Method::Get,
                path: "/v1/clusters/{cluster_id}",
            },
            IdSource {
                title: None,
                method: Method::Get,
                path: "/v1/a",
            },
        ]);
        assert_eq!(
            assigned
                .iter()
                .map(|a| (a.id.as_str(), a.derived))
                .collect::<Vec<_>>(),
            vec![
                ("createCluster", false),
                ("getV1ClustersClusterId", true),
                ("getV1A", true),
            ]
        );
        assert_eq!(
            ids(&[
                (Some("Create Cluster"), Method::Post, "/v1/clusters"),
                (Some("Create  Cluster"), Method::Post, "/v2/clusters"),
                (Some("List"), Method::Get, "/v1/a"),
            ]),
            vec![
                "createCluster_postV1Clusters",
                "createCluster_postV2Clusters",
                "list"
            ]
        );
        // The same title, method and path three times: numbered.
        assert_eq!(
            ids(&[
                (Some("A"), Method::Get, "/a"),
                (Some("A"), Method::Get, "/a"),
                (Some("A"), Method::Get, "/a"),
            ]),
            vec!["a_getA", "a_getA_2", "a_getA_3"]
        );
        // Derived ids that repeat (`/a-b` and `/a_b`) are numbered, not suffixed.
        assert_eq!(
            ids(&[
                (None, Method::Get, "/a-b"),
                (None, Method::Get, "/a_b"),
                (None, Method::Get, "/a/{b}")
            ]),
            vec!["getAB", "getAB_2", "getAB_3"]
        );
    }
}
