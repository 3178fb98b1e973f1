//! The operationId rule for operations whose title the extraction lost.
//!
//! Rule: the lower-case method, then every word of the path in order, each with its first
//! letter upper-cased and the rest kept as printed. Words are the runs of ASCII letters and
//! digits; every other character (`/`, `-`, `_`, `{`, `}`, `.`) separates words, so a path
//! parameter counts as its words.
//!
//! `get /v1/cloud-ml/clusters/{cluster_id}` -> `getV1CloudMlClustersClusterId`.
//!
//! Two operations of one document that derive the same id (`/a-b` and `/a_b`, or `{id}` and
//! a literal `id`) are told apart by a suffix `2`, `3`, ... in document order, so ids stay
//! unique and deterministic.

use std::collections::HashMap;

use docsdk_spec::Method;

/// The derived id of `method` on `path`, before disambiguation.
pub fn derive(method: Method, path: &str) -> String {
    let mut id = method.as_str().to_ascii_lowercase();
    for word in path
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        let mut chars = word.chars();
        if let Some(first) = chars.next() {
            id.push(first.to_ascii_uppercase());
            id.push_str(chars.as_str());
        }
    }
    id
}

/// Hands out unique ids within one document.
#[derive(Debug, Default)]
pub struct Unique {
    seen: HashMap<String, usize>,
}

impl Unique {
    /// `id` if it is new, else `id` with the next free numeric suffix.
    pub fn claim(&mut self, id: String) -> String {
        let count = self.seen.entry(id.clone()).or_insert(0);
        *count += 1;
        if *count == 1 {
            return id;
        }
        let mut n = *count;
        loop {
            let candidate = format!("{id}{n}");
            if !self.seen.contains_key(&candidate) {
                self.seen.insert(candidate.clone(), 1);
                return candidate;
            }
            n += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn derives_from_method_and_path() {
        assert_eq!(
            derive(Method::Get, "/v1/cloud-ml/clusters/{cluster_id}"),
            "getV1CloudMlClustersClusterId"
        );
        assert_eq!(derive(Method::Post, "/v1/cloud-ml"), "postV1CloudMl");
        assert_eq!(
            derive(Method::Delete, "/v1/cloud-ml/{cloud_ml_id}"),
            "deleteV1CloudMlCloudMlId"
        );
        assert_eq!(derive(Method::Get, "/"), "get");
        assert_eq!(
            derive(Method::Get, "/v1/k8s.version/ünï"),
            "getV1K8sVersionN"
        );
    }

    #[test]
    fn disambiguates_in_document_order() {
        let mut unique = Unique::default();
        assert_eq!(unique.claim(derive(Method::Get, "/a-b")), "getAB");
        assert_eq!(unique.claim(derive(Method::Get, "/a_b")), "getAB2");
        assert_eq!(unique.claim(derive(Method::Get, "/a/{b}")), "getAB3");
        assert_eq!(unique.claim("getAB2".into()), "getAB22");
    }
}
