//! Helpers the generated code of this crate shares, written once instead of per operation.

/// Unwraps a required value, or reports which one is missing (never a panic).
pub(crate) fn required<T>(
    value: Option<T>,
    operation: &'static str,
    name: &'static str,
) -> docsdk_runtime::Result<T> {
    value.ok_or_else(|| docsdk_runtime::Error::missing_parameter(operation, name))
}

/// Fluent setters: `field: Type` stores `Some(value.into())`; `field / field_null: Type`
/// (a nullable field of a request body) stores `Some(Nullable::Value(..))` and adds
/// `field_null()`, which sends an explicit JSON `null`.
macro_rules! setters {
    ($target:ty { $($(#[$doc:meta])* $field:ident $(/ $null:ident)?: $ty:ty),* $(,)? }) => {
        impl $target {
            $(
                $(#[$doc])*
                pub fn $field(mut self, value: impl Into<$ty>) -> Self {
                    self.$field = Some($crate::support::setters!(@wrap value.into() $(, $null)?));
                    self
                }
                $crate::support::setters!(@null $field $(, $null)?);
            )*
        }
    };
    (@wrap $value:expr) => { $value };
    (@wrap $value:expr, $null:ident) => { docsdk_runtime::Nullable::Value($value) };
    (@null $field:ident) => {};
    (@null $field:ident, $null:ident) => {
        #[doc = concat!("Sends an explicit JSON `null` for `", stringify!($field), "` (clears the value).")]
        pub fn $null(mut self) -> Self {
            self.$field = Some(docsdk_runtime::Nullable::Null);
            self
        }
    };
}
pub(crate) use setters;
