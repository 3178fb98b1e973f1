//! The rules both SCP readers follow, written once.
//!
//! SCP pages reach us in two formats, each with its own scanner: the printable view
//! (`docsdk-read-scp-printable`) and the pipe-table extraction (`docsdk-read-scp-pipe`). What
//! they write into the spec the same way lives here, so a rule changes in one place:
//! - [`operation_id`]: the `operationId` from the title, else from method and path, and how
//!   ids that collide within a service are told apart;
//! - [`security`]: SCP's request signing as a security scheme;
//! - [`paths`]: one operation per method and path (the first stated is kept);
//! - [`examples`]: JSON example blocks on media types, and `Response NNN` examples whose
//!   code has no row in the Responses table.

pub mod examples;
pub mod operation_id;
pub mod paths;
pub mod security;

/// The header every SCP call sends with the service key and API version.
pub const API_VERSION_HEADER: &str = "Scp-Api-Version";

/// The media type of every SCP body and example.
pub const JSON: &str = "application/json";
