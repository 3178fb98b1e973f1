//! Per-operation plumbing shared by every generated request builder, compiled once here
//! instead of expanded per operation.

use std::fmt;

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

/// The `Debug` of a generated model builder: `Name { set: ["a", "b"] }`, the names of the
/// fields set and never their values (a required field may be a secret).
pub fn debug_fields_set(
    f: &mut fmt::Formatter<'_>,
    name: &str,
    fields: &[(&'static str, bool)],
) -> fmt::Result {
    let set: Vec<&str> = fields
        .iter()
        .filter(|(_, set)| *set)
        .map(|(field, _)| *field)
        .collect();
    f.debug_struct(name).field("set", &set).finish()
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

    #[test]
    fn a_builder_debug_names_the_fields_set_and_no_value() {
        struct Builder;
        impl fmt::Debug for Builder {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                debug_fields_set(f, "TagBuilder", &[("key", true), ("value", false)])
            }
        }
        assert_eq!(format!("{Builder:?}"), r#"TagBuilder { set: ["key"] }"#);
    }
}
