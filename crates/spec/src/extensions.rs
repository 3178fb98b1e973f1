//! The `x-` extensions docsdk writes, for readers of the YAML, and their typed keys ([`Ext`]).
//!
//! Typed fields of the model (see [`crate::OpenApi`] and friends):
//!
//! | extension | on | meaning |
//! |---|---|---|
//! | `x-source` | every item | `file:line` where the item is stated |
//! | `x-also-stated-at` | info, operations, parameters, request bodies, responses, schemas | other `file:line`s stating the same item (merge) |
//! | `x-provider` | document | `scp` or `otc` |
//! | `x-service-key` | document | vendor's service key (`eventstreams`, `modelarts`) |
//! | `x-language` | document | language of the prose (`en`, `ko`) |
//! | `x-source-documents` | document | file names of the input documents |
//! | `x-lifecycle` | info, operation | `{status, date, date-label}` of the API version |
//! | `x-environment-regions` | server | documented (environment, region) pairs |
//! | `x-api-version-header` | operation | `{name, value}` header every call sends (`Scp-Api-Version: eventstreams 1.0`) |
//! | `x-example-request` | operation | the documented example request: method, path, headers, body |
//! | `x-example-source` | media type | `file:line` of the example |
//! | `x-stated-default` | schema | a printed default that does not fit the type, kept as text |
//! | `x-stated-type` | schema | the schema text as printed, where the structured form cannot say it (an undefined model) |
//! | `x-signing` | security scheme | signing algorithm (`scp-hmac-sha256`, `SDK-HMAC-SHA256`) |
//!
//! Extensions readers and the merge keep in an object's `extra` map:
//!
//! | extension | on | written by | meaning |
//! |---|---|---|---|
//! | `x-category` | info | SCP printable | the category page holding the service (`Data Analytics`) |
//! | `x-version-note` | info | SCP printable | the note above the version table (deprecation notice) |
//! | `x-state` | operation | SCP readers | the state word before the status (`ACTIVE`) |
//! | `x-lifecycle-note` | operation | SCP printable | the deprecation note of an operation version |
//! | `x-example-responses` | operation | SCP readers | `Response NNN` examples whose code has no row in the Responses table |
//! | `x-row-example` / `x-row-example-source` | request body media type | SCP printable | the body row's own `Example :` value, when it has one |
//! | `x-operation-id-derived` | operation | SCP pipe | `true`: the id was derived from method and path (no title in the source) |
//! | `x-other-examples` / `x-other-example-requests` | media type / operation | merge | examples of other sources that differ from the chosen one |
//! | `x-examples` | media type | OTC HTML | every example after the first (`MediaType` has one `example`) |
//! | `x-example-is-text` | media type | OTC HTML | `true` when the example is not JSON and is kept as text |
//! | `x-variants` | operation | OTC HTML | pages that share one method and path, merged into this operation (`oneOf` bodies) |
//! | `x-security-headers` | operation | OTC HTML | authentication header rows of the page, kept out of `parameters` |
//! | `x-unresolved-ref` | schema | OTC HTML | a link to a page that was not read |
//! | `x-status-rule` | response | OTC HTML | how the status code of a body the page states without one was chosen: `page-status-table`, `service-method` or `success-range` |
//! | `x-stated-range` | schema | OTC HTML | a range the description states as advice (`recommended`), not a hard limit, kept as text |

use std::fmt;

use serde_json::Value;

use crate::Extra;

/// A typed `x-` key. Readers, the merge and the generator name extensions only through these
/// constants, so a misspelt key does not compile and every key is documented in one place.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Ext(&'static str);

macro_rules! keys {
    ($($(#[$doc:meta])* $name:ident = $key:literal;)*) => {
        impl Ext {
            $($(#[$doc])* pub const $name: Ext = Ext($key);)*

            /// Every key docsdk writes, in the order of the tables above.
            pub const ALL: &'static [Ext] = &[$(Ext::$name),*];
        }
    };
}

keys! {
    /// `x-source`: `file:line` where the item is stated.
    SOURCE = "x-source";
    /// `x-also-stated-at`: other `file:line`s stating the same item (merge).
    ALSO_STATED_AT = "x-also-stated-at";
    /// `x-provider`: `scp` or `otc`.
    PROVIDER = "x-provider";
    /// `x-service-key`: the vendor's service key (`eventstreams`, `modelarts`).
    SERVICE_KEY = "x-service-key";
    /// `x-language`: language of the prose (`en`, `ko`).
    LANGUAGE = "x-language";
    /// `x-source-documents`: file names of the input documents.
    SOURCE_DOCUMENTS = "x-source-documents";
    /// `x-lifecycle`: `{status, date, date-label}` of an API version or operation.
    LIFECYCLE = "x-lifecycle";
    /// `x-environment-regions`: documented (environment, region) pairs of a server.
    ENVIRONMENT_REGIONS = "x-environment-regions";
    /// `x-api-version-header`: `{name, value}` header every call of the operation sends.
    API_VERSION_HEADER = "x-api-version-header";
    /// `x-example-request`: the documented example request of an operation.
    EXAMPLE_REQUEST = "x-example-request";
    /// `x-example-source`: `file:line` of a media type's example.
    EXAMPLE_SOURCE = "x-example-source";
    /// `x-stated-default`: a printed default that does not fit the type, kept as text.
    STATED_DEFAULT = "x-stated-default";
    /// `x-stated-type`: the schema text as printed, where the structured form cannot say it.
    STATED_TYPE = "x-stated-type";
    /// `x-signing`: the signing algorithm of a security scheme.
    SIGNING = "x-signing";
    /// `x-category`: the category page holding the service (SCP printable).
    CATEGORY = "x-category";
    /// `x-version-note`: the note above the version table (SCP printable).
    VERSION_NOTE = "x-version-note";
    /// `x-state`: the state word before an operation's status (`ACTIVE`; SCP readers).
    STATE = "x-state";
    /// `x-lifecycle-note`: the deprecation note of an operation version (SCP printable).
    LIFECYCLE_NOTE = "x-lifecycle-note";
    /// `x-example-responses`: `Response NNN` examples whose code has no row in the table.
    EXAMPLE_RESPONSES = "x-example-responses";
    /// `x-row-example`: the request body row's own `Example :` value (SCP printable).
    ROW_EXAMPLE = "x-row-example";
    /// `x-row-example-source`: `file:line` of [`Ext::ROW_EXAMPLE`].
    ROW_EXAMPLE_SOURCE = "x-row-example-source";
    /// `x-operation-id-derived`: `true` when the id was derived from method and path.
    OPERATION_ID_DERIVED = "x-operation-id-derived";
    /// `x-other-examples`: examples of other sources that differ from the chosen one (merge).
    OTHER_EXAMPLES = "x-other-examples";
    /// `x-other-example-requests`: example requests of other sources (merge).
    OTHER_EXAMPLE_REQUESTS = "x-other-example-requests";
    /// `x-examples`: every example of a media type after the first (OTC).
    EXAMPLES = "x-examples";
    /// `x-example-is-text`: `true` on a media type whose example is kept as text.
    EXAMPLE_IS_TEXT = "x-example-is-text";
    /// `x-variants`: pages that share one method and path (OTC action APIs).
    VARIANTS = "x-variants";
    /// `x-security-headers`: authentication header rows of a page, kept out of `parameters`.
    SECURITY_HEADERS = "x-security-headers";
    /// `x-unresolved-ref`: a link to a page that was not read (OTC).
    UNRESOLVED_REF = "x-unresolved-ref";
    // OTC reader (issue 10).
    /// `x-status-rule`: which rule chose the status code of a response body the page states
    /// without one (`page-status-table`, `service-method`, `success-range`; OTC).
    STATUS_RULE = "x-status-rule";
    /// `x-stated-range`: a recommended range from a description, advice rather than a limit
    /// (OTC).
    STATED_RANGE = "x-stated-range";
}

impl Ext {
    /// The key as written in the YAML (`x-source`).
    pub const fn as_str(self) -> &'static str {
        self.0
    }
}

impl fmt::Display for Ext {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.0)
    }
}

impl From<Ext> for String {
    fn from(key: Ext) -> String {
        key.0.to_owned()
    }
}

/// Typed access to an object's `extra` map of `x-` extensions.
pub trait ExtraExt {
    /// The value of `key`, if set.
    fn ext(&self, key: Ext) -> Option<&Value>;
    /// Mutable access to the value of `key`, if set.
    fn ext_mut(&mut self, key: Ext) -> Option<&mut Value>;
    /// Sets `key`, returning the previous value.
    fn set_ext(&mut self, key: Ext, value: Value) -> Option<Value>;
    /// Removes `key`, returning its value.
    fn remove_ext(&mut self, key: Ext) -> Option<Value>;
    /// Whether `key` is set.
    fn has_ext(&self, key: Ext) -> bool {
        self.ext(key).is_some()
    }
}

impl ExtraExt for Extra {
    fn ext(&self, key: Ext) -> Option<&Value> {
        self.get(key.0)
    }
    fn ext_mut(&mut self, key: Ext) -> Option<&mut Value> {
        self.get_mut(key.0)
    }
    fn set_ext(&mut self, key: Ext, value: Value) -> Option<Value> {
        self.insert(key.0.to_owned(), value)
    }
    fn remove_ext(&mut self, key: Ext) -> Option<Value> {
        self.remove(key.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_distinct_x_names() {
        let mut seen = std::collections::BTreeSet::new();
        for key in Ext::ALL {
            assert!(key.as_str().starts_with("x-"), "{key}");
            assert!(seen.insert(key.as_str()), "{key} twice");
        }
    }

    #[test]
    fn extra_maps_are_read_and_written_by_key() {
        let mut extra = Extra::new();
        assert!(extra.set_ext(Ext::STATE, Value::from("ACTIVE")).is_none());
        assert_eq!(extra.ext(Ext::STATE), Some(&Value::from("ACTIVE")));
        assert!(extra.has_ext(Ext::STATE));
        assert_eq!(extra.remove_ext(Ext::STATE), Some(Value::from("ACTIVE")));
        assert!(!extra.has_ext(Ext::STATE));
    }
}
