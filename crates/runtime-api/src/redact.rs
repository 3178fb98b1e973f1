//! `Debug` output of generated models and request builders that never shows a secret.

use std::fmt;

/// Wraps a secret field (a password, token or credential key) for `Debug`: prints `***`
/// whatever the value, set or not, so logs of a request builder or model leak nothing.
pub struct Redacted<'a, T: ?Sized>(pub &'a T);

impl<T: ?Sized> fmt::Debug for Redacted<'_, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("***")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn never_prints_the_value() {
        let secret = Some("hunter2".to_owned());
        assert_eq!(format!("{:?}", Redacted(&secret)), "***");
    }
}
