//! Helpers the generated code of this crate shares, written once instead of per operation.

//~ call
/// What every request builder holds: the transport, the operation's name (for errors) and the
/// `Scp-Api-Version` value of the API version it was started at.
#[derive(Clone)]
pub(crate) struct Call {
    client: docsdk_runtime_api::Client,
    operation: &'static str,
    version: Option<&'static str>,
    timeout: Option<std::time::Duration>,
    retry: Option<docsdk_runtime_api::RetryConfig>,
}

/// What this call sets; the client (its whole configuration, the same for every builder) is
/// left out so a builder's `Debug` stays readable in logs.
impl std::fmt::Debug for Call {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Call")
            .field("operation", &self.operation)
            .field("version", &self.version)
            .field("timeout", &self.timeout)
            .field("retry", &self.retry)
            .finish_non_exhaustive()
    }
}

impl Call {
    pub(crate) fn new(
        client: &docsdk_runtime_api::Client,
        operation: &'static str,
        version: Option<&'static str>,
    ) -> Call {
        Call { client: client.clone(), operation, version, timeout: None, retry: None }
    }

    /// Overrides the config's request timeout for this call.
    pub(crate) fn set_timeout(&mut self, timeout: std::time::Duration) {
        self.timeout = Some(timeout);
    }

    /// Overrides the config's retry policy for this call.
    pub(crate) fn set_retry(&mut self, retry: docsdk_runtime_api::RetryConfig) {
        self.retry = Some(retry);
    }

    /// The operation's name, for errors.
    pub(crate) fn operation(&self) -> &'static str {
        self.operation
    }

    /// The transport, once the request is built (which applied the rest).
    pub(crate) fn into_client(self) -> docsdk_runtime_api::Client {
        self.client
    }

    /// Starts the request, with the version header when the API version has one.
    pub(crate) fn request(
        &self,
        method: docsdk_runtime_api::Method,
        path: &'static str,
    ) -> docsdk_runtime_api::Request {
        let mut request = docsdk_runtime_api::Request::new(method, path, self.operation);
        if let Some(version) = self.version {
            request = request.api_version(version);
        }
        if let Some(timeout) = self.timeout {
            request = request.timeout(timeout);
        }
        if let Some(retry) = &self.retry {
            request = request.retry(retry.clone());
        }
        request
    }
}

/// `request!(self, Post, "/path")`: starts the builder's request.
macro_rules! request {
    ($builder:ident, $method:ident, $path:literal) => {
        $builder.call.request(docsdk_runtime_api::Method::$method, $path)
    };
}
pub(crate) use request;

//~ need
impl Call {
    /// Unwraps a required value, or reports which setter was not called (never a panic).
    pub(crate) fn need<T>(&self, value: Option<T>, name: &'static str) -> docsdk_runtime_api::Result<T> {
        value.ok_or_else(|| docsdk_runtime_api::Error::missing_parameter(self.operation, name))
    }
}

/// `need!(self, field)`: the builder's required `field`, or the missing-parameter error.
macro_rules! need {
    ($builder:ident, $field:ident) => {
        $builder.call.need($builder.$field, stringify!($field))
    };
}
pub(crate) use need;

//~ builder
/// Declares an operation's request builder: the struct (the `Call` and one `Option` per
/// parameter and body field), `new`, and a setter per field (see `setters!`). Attributes
/// before the name go on the struct (`#[derive(Debug)]` unless a field is secret, in which
/// case the template writes a redacting `Debug`).
macro_rules! builder {
    ($(#[$attr:meta])* $name:ident($op:literal) { $($(#[$fdoc:meta])* $field:ident $(/ $null:ident)?: $ty:ty),* $(,)? }) => {
        #[doc = concat!("Request builder for `", $op, "` (see the client method of that name): set parameters with the setters, then call [`send`](Self::send).")]
        #[derive(Clone)]
        $(#[$attr])*
        #[must_use = "a request builder does nothing until `.send().await`"]
        pub struct $name {
            call: $crate::support::Call,
            $($field: Option<$crate::support::builder!(@stored $ty $(, $null)?)>,)*
        }
        impl $name {
            pub(crate) fn new(client: &docsdk_runtime_api::Client, version: Option<&'static str>) -> Self {
                Self { call: $crate::support::Call::new(client, $op, version), $($field: None,)* }
            }
        }
        impl $name {
            /// Overrides the config's request timeout for this call only.
            pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
                self.call.set_timeout(timeout);
                self
            }
            /// Overrides the config's retry policy for this call only.
            pub fn retry(mut self, retry: docsdk_runtime_api::RetryConfig) -> Self {
                self.call.set_retry(retry);
                self
            }
        }
        $crate::support::setters!($name { $($(#[$fdoc])* $field $(/ $null)?: $ty),* });
    };
    (@stored $ty:ty) => { $ty };
    (@stored $ty:ty, $null:ident) => { docsdk_runtime_api::Nullable<$ty> };
}
pub(crate) use builder;

//~ open_enum
/// Declares an open enum (a variant per documented wire value, and `Unknown` for any other)
/// with `as_str`, `Display`, `From<&str>`, `Serialize` and `Deserialize`.
macro_rules! open_enum {
    ($(#[$doc:meta])* $name:ident { $($variant:ident = $wire:literal),* $(,)? }) => {
        $(#[$doc])*
        ///
        /// Values the service adds later are kept in `Unknown`, as sent.
        #[derive(Clone, Debug, PartialEq, Eq, Hash)]
        #[non_exhaustive]
        pub enum $name {
            $(#[doc = concat!("`", $wire, "`")] $variant,)*
            /// A value not documented when this crate was generated.
            Unknown(String),
        }

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

//~ setters
/// Fluent setters: `field: Type` stores `Some(value.into())`; `field / field_null: Type`
/// (a nullable field of a request body) stores `Some(Nullable::Value(..))` and adds
/// `field_null()`, which sends an explicit JSON `null`.
///
/// `setters!(@model Type { .. })` documents each setter by its field (the model's field docs
/// say the rest); `@model Type new(a: A, b: B) { .. }` also adds `new`, which takes the
/// required fields and leaves the optional ones (those with setters) `None`, and
/// `new(..) + extra` starts the flattened `additional_properties` map empty.
macro_rules! setters {
    (@model $(#[$attr:meta])* $target:ident new($($arg:ident: $aty:ty),* $(,)?) $(+ $extra:ident)? { $($field:ident $(/ $null:ident)?: $ty:ty),* $(,)? }) => {
        impl $target {
            /// Creates a value from its required fields; the optional ones have setters.
            $(#[$attr])*
            pub fn new($($arg: impl Into<$aty>),*) -> Self {
                Self { $($arg: $arg.into(),)* $($field: None,)* $($extra: Default::default())? }
            }
        }
        $crate::support::setters!(@model $target { $($field $(/ $null)?: $ty),* });
    };
    (@model $target:ident { $($field:ident $(/ $null:ident)?: $ty:ty),* $(,)? }) => {
        $crate::support::setters!($target {
            $(#[doc = concat!("Sets the `", stringify!($field), "` field.")] $field $(/ $null)?: $ty),*
        });
    };
    ($target:ty { $($(#[$doc:meta])* $field:ident $(/ $null:ident)?: $ty:ty),* $(,)? }) => {
        #[allow(clippy::should_implement_trait, reason = "setters are named after the API's fields (`add`, `sub`)")]
        impl $target {
            $(
                $(#[$doc])*
                pub fn $field(mut self, value: impl Into<$ty>) -> Self {
                    // The second `into` wraps a nullable field's value in `Nullable::Value`
                    // and is the identity for the others.
                    self.$field = Some(Into::<$ty>::into(value).into());
                    self
                }
                $(
                    #[doc = concat!("Sends an explicit JSON `null` for `", stringify!($field), "` (clears the value).")]
                    pub fn $null(mut self) -> Self {
                        self.$field = Some(docsdk_runtime_api::Nullable::Null);
                        self
                    }
                )?
            )*
        }
    };
}
pub(crate) use setters;

//~ json_model
/// `json_model!(Model { field "wire", opt "wire" if_some, .. } + extra)`: `Serialize` and
/// `Deserialize` for a model as a JSON object, each field by its wire name. Serialising, a field
/// marked `if_some` is left out while `None` (an optional request field), the others are always
/// written, and `extra` adds its entries. Deserialising, a missing `Option` field is `None`, a
/// missing required one or a repeated key is an error naming it, other keys are skipped (or
/// kept in `extra`). Written here instead of `#[derive(serde::Serialize, serde::Deserialize)]`,
/// whose expansion per model is several times larger and runs a proc macro on every build: the
/// rest, the serde `Visitor` included, lives in `docsdk_runtime_api::model_de`, compiled once (a
/// model implements its `FromMap`).
macro_rules! json_model {
    ($target:ident { $($field:ident $wire:literal $($if_some:ident)?),* $(,)? } $(+ $extra:ident)?) => {
        impl serde::Serialize for $target {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                use serde::ser::SerializeMap;
                let mut map = serializer.serialize_map(None)?;
                $(
                    if true $(&& { stringify!($if_some); self.$field.is_some() })? {
                        map.serialize_entry($wire, &self.$field)?;
                    }
                )*
                $(for (key, value) in &self.$extra {
                    map.serialize_entry(key, value)?;
                })?
                map.end()
            }
        }
        impl docsdk_runtime_api::model_de::FromMap for $target {
            const NAME: &'static str = stringify!($target);
            fn from_map<'de, A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
                use docsdk_runtime_api::model_de as de;
                $(let mut $field = None;)*
                $(let mut $extra = std::collections::BTreeMap::new();)?
                while let Some(key) = map.next_key::<de::Key<'de>>()? {
                    match key.as_str() {
                        $($wire => de::set(&mut $field, &mut map, $wire)?,)*
                        _ => $crate::support::json_model!(@other map key $($extra)?),
                    }
                }
                Ok($target { $($field: de::take($field, $wire)?,)* $($extra)? })
            }
        }
        impl<'de> serde::Deserialize<'de> for $target {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                docsdk_runtime_api::model_de::model(deserializer)
            }
        }
    };
    (@other $map:ident $key:ident) => {
        docsdk_runtime_api::model_de::skip(&mut $map)?
    };
    (@other $map:ident $key:ident $extra:ident) => {{
        $extra.insert($key.into_owned(), $map.next_value()?);
    }};
}
pub(crate) use json_model;

//~ model_builder
/// `model_builder!(Model ModelBuilder { a: A, b: B } { c, d } + extra)` (required fields with
/// their types, then the optional ones, which start `None`): for a model whose required
/// fields include a run of the same type (easy to swap as positional arguments), a builder
/// whose setters name every field, and whose `build` names every one not set. Its `Debug`
/// shows only which fields are set, so a secret never reaches a log.
macro_rules! model_builder {
    ($target:ident $builder:ident { $($field:ident: $ty:ty),* $(,)? } { $($opt:ident),* $(,)? } $(+ $extra:ident)?) => {
        impl $target {
            #[doc = concat!("Starts a [`", stringify!($builder), "`]: required fields are set by name; optional ones with this type's setters afterwards.")]
            pub fn builder() -> $builder {
                $builder { $($field: None),* }
            }
        }
        #[doc = concat!("Builds a [`", stringify!($target), "`] from its required fields, set by name.")]
        #[derive(Clone, Default)]
        #[must_use = "a builder does nothing until `.build()`"]
        pub struct $builder {
            $($field: Option<$ty>),*
        }
        impl $builder {
            $(
                #[doc = concat!("Sets the required `", stringify!($field), "` field.")]
                pub fn $field(mut self, value: impl Into<$ty>) -> Self {
                    self.$field = Some(value.into());
                    self
                }
            )*
            #[doc = concat!("The [`", stringify!($target), "`]; `Error::InvalidRequest` naming every required field not set.")]
            pub fn build(self) -> docsdk_runtime_api::Result<$target> {
                docsdk_runtime_api::require(stringify!($target), &[$((stringify!($field), self.$field.is_some())),*])?;
                // Every field is set once `require` passed; `let … else` instead of a closure
                // per field keeps each builder one plain function for rustc.
                $(let Some($field) = self.$field else {
                    return Err(docsdk_runtime_api::Error::missing_parameter(stringify!($target), stringify!($field)));
                };)*
                Ok($target {
                    $($field,)*
                    $($opt: None,)*
                    $($extra: Default::default(),)?
                })
            }
        }
        impl std::fmt::Debug for $builder {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                docsdk_runtime_api::debug_fields_set(f, stringify!($builder), &[$((stringify!($field), self.$field.is_some())),*])
            }
        }
    };
}
pub(crate) use model_builder;

//~ paged
/// `into_stream` for a page/size (`page`) or offset/limit (`offset`) list operation: requests
/// page after page (the page number, or the offset of the page's first item, and the size
/// converted to the builder's types: integers, or strings where the docs say so) and yields
/// every item. The paging fields may be query parameters or body fields alike.
macro_rules! paged {
    (offset $item:ty, $page:ident: $pt:ident = $first:literal, $size:ident: $st:ident = $per:literal, |$r:ident| $items:expr, $total:expr) => {
        #[doc = concat!("Streams every item of every page: requests `", stringify!($size), "` items at a time (default ", $per, ") from offset `", stringify!($page), "` (default 0), moving the offset on by the page size, until a page is empty, short, or the total is reached.")]
        pub fn into_stream(self) -> impl docsdk_runtime_api::Stream<Item = docsdk_runtime_api::Result<$item>> {
            let start = self.$page.as_ref().and_then(|n| $crate::support::paged!(@from $pt n)).unwrap_or(0);
            let per = self.$size.as_ref().and_then(|n| $crate::support::paged!(@from $st n)).unwrap_or($per);
            docsdk_runtime_api::paginate(0, per, move |page| {
                let mut call = self.clone();
                let offset = start.saturating_add(page.saturating_mul(per));
                call.$page = Some($crate::support::paged!(@to $pt offset));
                call.$size = Some($crate::support::paged!(@to $st per));
                async move {
                    let $r = call.send().await?;
                    Ok(docsdk_runtime_api::Page { items: $items, total: $total })
                }
            })
        }
    };
    (page $item:ty, $page:ident: $pt:ident = $first:literal, $size:ident: $st:ident = $per:literal, |$r:ident| $items:expr, $total:expr) => {
        #[doc = concat!("Streams every item of every page: requests page after page (from `", stringify!($page), "`, default ", $first, ", `", stringify!($size), "` items each, default ", $per, ") until a page is empty, short, or the total is reached.")]
        pub fn into_stream(self) -> impl docsdk_runtime_api::Stream<Item = docsdk_runtime_api::Result<$item>> {
            let first = self.$page.as_ref().and_then(|n| $crate::support::paged!(@from $pt n)).unwrap_or($first);
            let per = self.$size.as_ref().and_then(|n| $crate::support::paged!(@from $st n)).unwrap_or($per);
            docsdk_runtime_api::paginate(first, per, move |page| {
                let mut call = self.clone();
                call.$page = Some($crate::support::paged!(@to $pt page));
                call.$size = Some($crate::support::paged!(@to $st per));
                async move {
                    let $r = call.send().await?;
                    Ok(docsdk_runtime_api::Page { items: $items, total: $total })
                }
            })
        }
    };
    (@to i64 $value:ident) => { i64::from($value) };
    (@to i32 $value:ident) => { i32::try_from($value).unwrap_or(i32::MAX) };
    // Some APIs document their paging numbers as strings (OTC's tag queries).
    (@to String $value:ident) => { $value.to_string() };
    (@from String $value:ident) => { $value.parse::<u32>().ok() };
    (@from $int:ident $value:ident) => { u32::try_from(*$value).ok() };
}
pub(crate) use paged;

//~ marked
/// `into_stream` for an OpenStack marker/limit list operation: starts at the builder's
/// `marker` (or the beginning) and asks for the page after the last item's id each time.
macro_rules! marked {
    ($item:ty, $marker:ident, $limit:ident: $lt:ident = $per:literal, |$r:ident| $items:expr, |$last:ident| $next:expr) => {
        #[doc = concat!("Streams every item of every page: requests `", stringify!($limit), "` items at a time (default ", $per, "), each page after the last item's id (`", stringify!($marker), "`), until a page is empty or short.")]
        pub fn into_stream(self) -> impl docsdk_runtime_api::Stream<Item = docsdk_runtime_api::Result<$item>> {
            let per = self.$limit.as_ref().and_then(|n| $crate::support::paged!(@from $lt n)).unwrap_or($per);
            let first = self.$marker.clone();
            docsdk_runtime_api::paginate_marker(first, per, move |marker| {
                let mut call = self.clone();
                call.$marker = marker;
                call.$limit = Some($crate::support::paged!(@to $lt per));
                async move {
                    let $r = call.send().await?;
                    let $last: Vec<$item> = $items;
                    let next_marker = $next;
                    Ok(docsdk_runtime_api::MarkerPage { items: $last, next_marker })
                }
            })
        }
    };
}
pub(crate) use marked;
