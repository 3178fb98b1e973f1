//! Status codes of response bodies a page states without one.
//!
//! Pages in the older layout document the response body but no status code; the codes live
//! on the service's shared "Status Codes" page, which lists HTTP codes in general, not per
//! operation. Such a body is the operation's success response, its code chosen by the first
//! rule that decides (recorded in `x-status-rule` and in a `response-status-inferred`
//! diagnostic):
//!
//! 1. `page-status-table`: the page's own status code table has exactly one 2xx code.
//! 2. `service-method`: the other operations of the service with the same method that state
//!    the code of a response with a body all use one code (`GET` -> `200`). Codes that cannot
//!    carry a body (`204`, `205`) are not counted.
//! 3. `success-range`: otherwise `2XX`, OpenAPI's range for "any success".
//!
//! `default` stays for documented error bodies only.

use std::collections::{BTreeMap, BTreeSet};

use docsdk_spec::{
    DiagnosticCode, Diagnostics, Ext, ExtraExt, Method, OpenApi, Operation, SourceRef,
};
use serde_json::Value;

use crate::PageOutput;

/// OpenAPI's status range for any success.
pub(crate) const SUCCESS_RANGE: &str = "2XX";

/// Which rule chose a status code (the value of `x-status-rule`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum StatusRule {
    /// The page's status code table has one 2xx code.
    PageStatusTable,
    /// The service's operations of the same method use one code for a body.
    ServiceMethod,
    /// No rule decided: `2XX`.
    SuccessRange,
}

impl StatusRule {
    /// The value written in `x-status-rule`.
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            StatusRule::PageStatusTable => "page-status-table",
            StatusRule::ServiceMethod => "service-method",
            StatusRule::SuccessRange => "success-range",
        }
    }
}

/// The 2xx codes (other than 204/205) that the pages state for a response with a body, by
/// method.
pub(crate) fn stated_body_codes(pages: &[PageOutput]) -> BTreeMap<Method, BTreeSet<String>> {
    let mut codes: BTreeMap<Method, BTreeSet<String>> = BTreeMap::new();
    for page in pages {
        for op in &page.operations {
            for (code, response) in &op.operation.responses {
                let stated = !response.extra.has_ext(Ext::STATUS_RULE);
                let body_code = code.len() == 3
                    && code.starts_with('2')
                    && code.chars().all(|c| c.is_ascii_digit())
                    && !matches!(code.as_str(), "204" | "205");
                if stated && body_code && !response.content.is_empty() {
                    codes.entry(op.method).or_default().insert(code.clone());
                }
            }
        }
    }
    codes
}

/// Applies rule 2 to every `2XX` body of `doc` the pages left undecided, and reports the rule
/// that decided each.
pub(crate) fn resolve_ranges(
    doc: &mut OpenApi,
    codes: &BTreeMap<Method, BTreeSet<String>>,
    diags: &mut Diagnostics,
) {
    for (path, item) in doc.paths.iter_mut() {
        for method in Method::ALL {
            if let Some(op) = item.slot_mut(method).as_mut() {
                resolve_operation(path, method, op, codes.get(&method), diags);
            }
        }
    }
}

fn resolve_operation(
    path: &str,
    method: Method,
    op: &mut Operation,
    codes: Option<&BTreeSet<String>>,
    diags: &mut Diagnostics,
) {
    let Some(response) = op.responses.get(SUCCESS_RANGE) else {
        return;
    };
    if response.extra.ext(Ext::STATUS_RULE)
        != Some(&Value::String(StatusRule::SuccessRange.as_str().to_owned()))
    {
        return;
    }
    let source = response
        .source
        .clone()
        .or_else(|| op.source.clone())
        .unwrap_or_else(|| SourceRef::new("?", 1));
    let single = codes.filter(|c| c.len() == 1).and_then(|c| c.first());
    let free = single.filter(|code| {
        op.responses
            .get(code.as_str())
            .is_none_or(|r| r.content.is_empty())
    });
    let Some(code) = free.cloned() else {
        let found = codes
            .map(|c| c.iter().cloned().collect::<Vec<_>>().join(", "))
            .filter(|c| !c.is_empty())
            .unwrap_or_else(|| "none".to_owned());
        diags.warn(
            DiagnosticCode::ResponseStatusInferred,
            source,
            format!(
                "expected a status code for the response body of `{} {path}`, found none on the page, and the service's {} operations state no single code for a body (found: {found}): the body is the success response `{SUCCESS_RANGE}` (x-status-rule: {})",
                method.as_str(),
                method.as_str(),
                StatusRule::SuccessRange.as_str()
            ),
        );
        return;
    };
    let Some((index, _, mut response)) = op.responses.shift_remove_full(SUCCESS_RANGE) else {
        return;
    };
    response.extra.set_ext(
        Ext::STATUS_RULE,
        Value::String(StatusRule::ServiceMethod.as_str().to_owned()),
    );
    if response.description.starts_with("Success (") {
        response.description = crate::page::reason_phrase(&code).to_owned();
    }
    match op.responses.get_mut(&code) {
        Some(existing) => {
            existing.content = response.content;
            existing.headers.extend(response.headers);
            existing.extra.extend(response.extra);
        }
        None => {
            op.responses.shift_insert(index, code.clone(), response);
        }
    }
    diags.warn(
        DiagnosticCode::ResponseStatusInferred,
        source,
        format!(
            "expected a status code for the response body of `{} {path}`, found none on the page: every other {} operation of the service returns its body with `{code}`, so the body is under `{code}` (x-status-rule: {})",
            method.as_str(),
            method.as_str(),
            StatusRule::ServiceMethod.as_str()
        ),
    );
}
