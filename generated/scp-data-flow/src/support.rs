//! Helpers the generated code of this crate shares, written once instead of per operation.

/// Unwraps a required value, or reports which one is missing (never a panic).
pub(crate) fn required<T>(
    value: Option<T>,
    operation: &'static str,
    name: &'static str,
) -> docsdk_runtime::Result<T> {
    value.ok_or_else(|| docsdk_runtime::Error::missing_parameter(operation, name))
}

/// Implements `as_str`, `Display`, `From<&str>`, `Serialize` and `Deserialize` for an open
/// enum: known wire values map to their variant, any other string to `Unknown`.
macro_rules! open_enum {
    ($name:ident { $($variant:ident = $wire:literal),* $(,)? }) => {
        impl $name {
            /// The value as it is sent on the wire.
            pub fn as_str(&self) -> &str {
                match self {
                    $(Self::$variant => $wire,)*
                    Self::Unknown(value) => value,
                }
            }
        }

        impl From<&str> for $name {
            fn from(value: &str) -> Self {
                match value {
                    $($wire => Self::$variant,)*
                    other => Self::Unknown(other.to_owned()),
                }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let value = String::deserialize(deserializer)?;
                Ok(Self::from(value.as_str()))
            }
        }
    };
}
pub(crate) use open_enum;

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
