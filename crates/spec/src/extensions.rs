//! The `x-` extensions docsdk writes, for readers of the YAML.
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

/// `x-example-is-text`: set to `true` on a media type whose example is kept as text.
pub const EXAMPLE_IS_TEXT: &str = "x-example-is-text";
