//! The `x-` extensions docsdk writes, for readers of the YAML.
//!
//! | extension | on | meaning |
//! |---|---|---|
//! | `x-source` | every item | `file:line` where the item is stated |
//! | `x-also-stated-at` | operations, schemas | other `file:line`s stating the same item (merge) |
//! | `x-provider` | document | `scp` or `otc` |
//! | `x-service-key` | document | vendor's service key (`eventstreams`, `modelarts`) |
//! | `x-language` | document | language of the prose (`en`, `ko`) |
//! | `x-source-documents` | document | file names of the input documents |
//! | `x-lifecycle` | info, operation | `{status, date, date-label}` of the API version |
//! | `x-environment-regions` | server | documented (environment, region) pairs |
//! | `x-api-version-header` | operation | `{name, value}` header every call sends (`Scp-Api-Version: eventstreams 1.0`) |
//! | `x-example-request` | operation | the documented example request: method, path, headers, body |
//! | `x-example-source` | media type | `file:line` of the example |
//! | `x-example-is-text` | media type | `true` when the example is not JSON and is kept as text |
//! | `x-stated-default` | schema | a printed default that does not fit the type, kept as text |
//! | `x-stated-type` | schema | the schema text as printed (`any of [integer, null]`) |
//! | `x-signing` | security scheme | signing algorithm (`scp-hmac-sha256`, `SDK-HMAC-SHA256`) |

/// `x-example-is-text`: set to `true` on a media type whose example is kept as text.
pub const EXAMPLE_IS_TEXT: &str = "x-example-is-text";
