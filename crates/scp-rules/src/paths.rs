//! One operation per method and path within one document.

use docsdk_spec::{Method, OpenApi, Operation};

/// Puts `op` at `method path` of `api`. When the slot is taken, the first operation stated
/// is kept (document order, as for models and fields) and `Err` carries the message to
/// report at the second one's line.
pub fn insert_operation(
    api: &mut OpenApi,
    method: Method,
    path: &str,
    version: &str,
    op: Operation,
) -> Result<(), String> {
    let slot = api
        .paths
        .entry(path.to_owned())
        .or_default()
        .slot_mut(method);
    match slot {
        Some(existing) => Err(format!(
            "expected one operation per method and path at version {version}, found `{} {path}` again (`{}` already has it); this one is skipped",
            method.as_str(),
            existing
                .summary
                .clone()
                .or_else(|| existing.operation_id.clone())
                .unwrap_or_default()
        )),
        None => {
            *slot = Some(op);
            Ok(())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_operation_is_kept() {
        let mut api = OpenApi::new("s", "1.0");
        let first = Operation {
            operation_id: Some("first".into()),
            ..Operation::default()
        };
        let second = Operation {
            operation_id: Some("second".into()),
            ..Operation::default()
        };
        assert_eq!(
            insert_operation(&mut api, Method::Get, "/a", "1.0", first),
            Ok(())
        );
        let err = insert_operation(&mut api, Method::Get, "/a", "1.0", second).unwrap_err();
        assert_eq!(
            err,
            "expected one operation per method and path at version 1.0, found `GET /a` again (`first` already has it); this one is skipped"
        );
        let (_, _, kept) = api.operations().next().unwrap();
        assert_eq!(kept.operation_id.as_deref(), Some("first"));
    }
}
