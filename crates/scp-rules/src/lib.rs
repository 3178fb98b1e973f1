//! The SCP model and the rules both SCP readers follow, written once.
//!
//! SCP pages reach us in two formats, each with its own scanner: the printable view
//! (`docsdk-read-scp-printable`) and the pipe-table extraction (`docsdk-read-scp-pipe`). Each
//! scanner fills one [`model::ScpService`] per service (operations, versions, parameters,
//! responses, examples, models, every item with its 1-based line); [`build::Builder`] turns
//! that model into OpenAPI documents, so every rule about the spec is written here:
//! - [`schema_text`] (with [`python_literal`]): the schema language of the `Schema` cells,
//!   defaults and examples;
//! - [`operation_id`]: the `operationId` from the title, else from method and path, and how
//!   ids that collide within a service are told apart;
//! - [`security`]: SCP's request signing as a security scheme;
//! - [`paths`]: one operation per method and path (the first stated is kept);
//! - [`examples`]: JSON example blocks on media types, and `Response NNN` examples whose
//!   code has no row in the Responses table;
//! - [`build`]: versions and lifecycles, server, parameters, bodies, responses, the API
//!   version header, models and which of them each version's document holds.

pub mod build;
pub mod examples;
pub mod model;
pub mod operation_id;
pub mod paths;
pub mod python_literal;
pub mod schema_text;
pub mod security;

/// The header every SCP call sends with the service key and API version.
pub const API_VERSION_HEADER: &str = "Scp-Api-Version";

/// The media type of every SCP body and example.
pub const JSON: &str = "application/json";

/// The `description` of a response known only from the example (`Response 200`) of an
/// operation whose page prints no Responses table: empty, as the page states no reason
/// phrase (OpenAPI requires the field; the merge step treats an empty description as "not
/// stated" and takes another source's reason).
pub const RESPONSE_NOT_DOCUMENTED: &str = "";
