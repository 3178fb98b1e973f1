//! Per-operation plumbing shared by every generated request builder, compiled once here
//! instead of expanded per operation.

use crate::Error;

/// Checks a builder's required parameters before anything is sent: `Ok` when every one is
/// set, else `Error::InvalidRequest` naming all missing ones (not only the first), e.g.
/// "create_cluster: required parameters `name`, `size` were not set".
pub fn require(operation: &'static str, required: &[(&'static str, bool)]) -> Result<(), Error> {
    let missing: Vec<String> = required
        .iter()
        .filter(|(_, set)| !set)
        .map(|(name, _)| format!("`{name}`"))
        .collect();
    match missing.as_slice() {
        [] => Ok(()),
        [one] => Err(Error::InvalidRequest(format!(
            "{operation}: required parameter {one} was not set"
        ))),
        many => Err(Error::InvalidRequest(format!(
            "{operation}: required parameters {} were not set",
            many.join(", ")
        ))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_every_missing_parameter() {
        assert!(require("op", &[("a", true)]).is_ok());
        let one = require("op", &[("a", false), ("b", true)]).expect_err("a is missing");
        assert_eq!(
            one.to_string(),
            "invalid request: op: required parameter `a` was not set"
        );
        let all = require("op", &[("a", false), ("b", false)]).expect_err("both missing");
        assert_eq!(
            all.to_string(),
            "invalid request: op: required parameters `a`, `b` were not set"
        );
    }
}
