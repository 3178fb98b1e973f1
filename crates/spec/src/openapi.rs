//! OpenAPI 3.1 objects, as far as docsdk uses them.
//!
//! Field order is the order in which they are written to YAML, chosen so that a reviewer reads
//! the important things first. Every object keeps unknown `x-` extensions in `extra`, so a
//! document read back from YAML loses nothing.

use std::collections::BTreeMap;

use indexmap::IndexMap;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::SourceRef;

/// Extensions not modelled as typed fields: name (`x-...`) to value.
pub type Extra = BTreeMap<String, Value>;

fn is_false(value: &bool) -> bool {
    !*value
}

/// The OpenAPI version every document declares.
pub const OPENAPI_VERSION: &str = "3.1.0";

/// An OpenAPI 3.1 document: one service at one API version.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct OpenApi {
    /// Always [`OPENAPI_VERSION`].
    pub openapi: String,
    /// Service name, API version and its lifecycle.
    pub info: Info,
    /// Base URLs with their variables.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub servers: Vec<Server>,
    /// Operations by path template, in document order.
    #[serde(default)]
    pub paths: IndexMap<String, PathItem>,
    /// Models and security schemes.
    #[serde(default, skip_serializing_if = "Components::is_empty")]
    pub components: Components,
    /// Security requirements that apply to every operation.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub security: Vec<IndexMap<String, Vec<String>>>,
    /// Cloud provider: `scp` or `otc` (`x-provider`).
    #[serde(
        rename = "x-provider",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub provider: Option<Provider>,
    /// The service's key as the vendor's API names it (`x-service-key`): for SCP the first
    /// host label of the OpenAPI URL, sent in `Scp-Api-Version: <key> <version>`
    /// (`eventstreams`); for OTC the endpoint's service code (`modelarts`).
    #[serde(
        rename = "x-service-key",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub service_key: Option<String>,
    /// Language of the document's prose (`x-language`, BCP 47 primary tag: `en`, `ko`), used
    /// by the merge step to choose texts.
    #[serde(
        rename = "x-language",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub language: Option<String>,
    /// The input documents this spec was read from (`x-source-documents`), by file name.
    #[serde(
        rename = "x-source-documents",
        default,
        skip_serializing_if = "Vec::is_empty"
    )]
    pub source_documents: Vec<String>,
    /// Other extensions.
    #[serde(flatten)]
    pub extra: Extra,
}

impl OpenApi {
    /// An empty document for `title` at `version`.
    pub fn new(title: impl Into<String>, version: impl Into<String>) -> Self {
        Self {
            openapi: OPENAPI_VERSION.to_owned(),
            info: Info {
                title: title.into(),
                version: version.into(),
                ..Info::default()
            },
            ..Self::default()
        }
    }

    /// Every operation with its path and method, in document order.
    pub fn operations(&self) -> impl Iterator<Item = (&str, Method, &Operation)> {
        self.paths
            .iter()
            .flat_map(|(path, item)| item.operations().map(move |(m, op)| (path.as_str(), m, op)))
    }

    /// Every operation, mutably.
    pub fn operations_mut(&mut self) -> impl Iterator<Item = (&str, Method, &mut Operation)> {
        self.paths.iter_mut().flat_map(|(path, item)| {
            item.operations_mut()
                .map(move |(m, op)| (path.as_str(), m, op))
        })
    }
}

/// Cloud provider of a service.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Provider {
    /// Samsung Cloud Platform.
    Scp,
    /// Open Telekom Cloud.
    Otc,
}

/// The `info` object.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Info {
    /// Service name as the document prints it (`Vertica(DBaaS)`).
    pub title: String,
    /// API version (`1.0`, `1.1`).
    pub version: String,
    /// The document's overview text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Status and date of this API version (`x-lifecycle`).
    #[serde(
        rename = "x-lifecycle",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub lifecycle: Option<Lifecycle>,
    /// Where the service heading is.
    #[serde(rename = "x-source", default, skip_serializing_if = "Option::is_none")]
    pub source: Option<SourceRef>,
    /// Further places that state it (filled by the merge step).
    #[serde(
        rename = "x-also-stated-at",
        default,
        skip_serializing_if = "Vec::is_empty"
    )]
    pub also_stated_at: Vec<SourceRef>,
    /// Other extensions.
    #[serde(flatten)]
    pub extra: Extra,
}

/// The status of an API version and the date attached to it (`x-lifecycle`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Lifecycle {
    /// `CURRENT`, `SUPPORTED`, `DEPRECATED` (as printed; other words are kept as printed).
    pub status: String,
    /// The date as ISO 8601 (`2026-07-01`); absent when the document prints `-`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// What the date means, as the document's column header says it (`Supported Until`,
    /// `Not Before`, `최소 지원 보장일`).
    #[serde(
        rename = "date-label",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub date_label: Option<String>,
    /// Where the status is stated.
    #[serde(rename = "x-source", default, skip_serializing_if = "Option::is_none")]
    pub source: Option<SourceRef>,
}

/// A server (base URL).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Server {
    /// URL template, e.g. `https://eventstreams.{region}.{environment}.samsungsdscloud.com`.
    pub url: String,
    /// Free text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The template's variables.
    #[serde(default, skip_serializing_if = "IndexMap::is_empty")]
    pub variables: IndexMap<String, ServerVariable>,
    /// The documented (environment, region) pairs (`x-environment-regions`); only these pairs
    /// exist, the variables' enums are not a cross product.
    #[serde(
        rename = "x-environment-regions",
        default,
        skip_serializing_if = "Vec::is_empty"
    )]
    pub environment_regions: Vec<EnvironmentRegion>,
    /// Where the URL is stated.
    #[serde(rename = "x-source", default, skip_serializing_if = "Option::is_none")]
    pub source: Option<SourceRef>,
    /// Other extensions.
    #[serde(flatten)]
    pub extra: Extra,
}

/// A server URL template variable.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ServerVariable {
    /// Value used when none is given (required by OpenAPI).
    pub default: String,
    /// Allowed values.
    #[serde(rename = "enum", default, skip_serializing_if = "Vec::is_empty")]
    pub enum_values: Vec<String>,
    /// Free text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

/// One documented (environment, region) pair.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct EnvironmentRegion {
    /// Environment code (`s`, `g`, `e`).
    pub environment: String,
    /// Region (`kr-west1`).
    pub region: String,
    /// Where the pair is stated.
    #[serde(rename = "x-source", default, skip_serializing_if = "Option::is_none")]
    pub source: Option<SourceRef>,
}

/// HTTP methods OpenAPI names in a path item.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Method {
    /// GET
    Get,
    /// PUT
    Put,
    /// POST
    Post,
    /// DELETE
    Delete,
    /// OPTIONS
    Options,
    /// HEAD
    Head,
    /// PATCH
    Patch,
    /// TRACE
    Trace,
}

impl Method {
    /// All methods in the order OpenAPI lists them.
    pub const ALL: [Method; 8] = [
        Method::Get,
        Method::Put,
        Method::Post,
        Method::Delete,
        Method::Options,
        Method::Head,
        Method::Patch,
        Method::Trace,
    ];

    /// Upper-case name (`GET`).
    pub fn as_str(self) -> &'static str {
        match self {
            Method::Get => "GET",
            Method::Put => "PUT",
            Method::Post => "POST",
            Method::Delete => "DELETE",
            Method::Options => "OPTIONS",
            Method::Head => "HEAD",
            Method::Patch => "PATCH",
            Method::Trace => "TRACE",
        }
    }

    /// Parses a method name in any case (`get`, `GET`).
    pub fn parse(text: &str) -> Option<Method> {
        Method::ALL
            .into_iter()
            .find(|m| m.as_str().eq_ignore_ascii_case(text))
    }
}

/// The operations on one path.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct PathItem {
    /// GET operation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub get: Option<Operation>,
    /// PUT operation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub put: Option<Operation>,
    /// POST operation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub post: Option<Operation>,
    /// DELETE operation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delete: Option<Operation>,
    /// OPTIONS operation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub options: Option<Operation>,
    /// HEAD operation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub head: Option<Operation>,
    /// PATCH operation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub patch: Option<Operation>,
    /// TRACE operation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trace: Option<Operation>,
    /// Other extensions.
    #[serde(flatten)]
    pub extra: Extra,
}

impl PathItem {
    /// The operation for `method`, if any.
    pub fn operation(&self, method: Method) -> Option<&Operation> {
        match method {
            Method::Get => self.get.as_ref(),
            Method::Put => self.put.as_ref(),
            Method::Post => self.post.as_ref(),
            Method::Delete => self.delete.as_ref(),
            Method::Options => self.options.as_ref(),
            Method::Head => self.head.as_ref(),
            Method::Patch => self.patch.as_ref(),
            Method::Trace => self.trace.as_ref(),
        }
    }

    /// The slot for `method`, to read, fill or clear.
    pub fn slot_mut(&mut self, method: Method) -> &mut Option<Operation> {
        match method {
            Method::Get => &mut self.get,
            Method::Put => &mut self.put,
            Method::Post => &mut self.post,
            Method::Delete => &mut self.delete,
            Method::Options => &mut self.options,
            Method::Head => &mut self.head,
            Method::Patch => &mut self.patch,
            Method::Trace => &mut self.trace,
        }
    }

    /// The operations present, in OpenAPI method order.
    pub fn operations(&self) -> impl Iterator<Item = (Method, &Operation)> {
        Method::ALL
            .into_iter()
            .filter_map(|m| self.operation(m).map(|op| (m, op)))
    }

    /// The operations present, mutably.
    pub fn operations_mut(&mut self) -> impl Iterator<Item = (Method, &mut Operation)> {
        [
            (Method::Get, &mut self.get),
            (Method::Put, &mut self.put),
            (Method::Post, &mut self.post),
            (Method::Delete, &mut self.delete),
            (Method::Options, &mut self.options),
            (Method::Head, &mut self.head),
            (Method::Patch, &mut self.patch),
            (Method::Trace, &mut self.trace),
        ]
        .into_iter()
        .filter_map(|(m, slot)| slot.as_mut().map(|op| (m, op)))
    }
}

/// One operation at one API version.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Operation {
    /// Unique within the document; derived from the title by the reader's documented rule.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub operation_id: Option<String>,
    /// The operation's title as printed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
    /// The operation's description.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Grouping tags.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<String>,
    /// Path, query, header and cookie parameters, in document order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub parameters: Vec<Parameter>,
    /// The request body.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub request_body: Option<RequestBody>,
    /// Responses by status code (`"200"`), in document order.
    #[serde(default)]
    pub responses: IndexMap<String, Response>,
    /// Whether this version is deprecated.
    #[serde(default, skip_serializing_if = "is_false")]
    pub deprecated: bool,
    /// Security requirements that override the document's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub security: Option<Vec<IndexMap<String, Vec<String>>>>,
    /// Where the operation (its method line) is stated.
    #[serde(rename = "x-source", default, skip_serializing_if = "Option::is_none")]
    pub source: Option<SourceRef>,
    /// Further places that state this operation (filled by the merge step).
    #[serde(
        rename = "x-also-stated-at",
        default,
        skip_serializing_if = "Vec::is_empty"
    )]
    pub also_stated_at: Vec<SourceRef>,
    /// Status and date of this operation at this version (`x-lifecycle`).
    #[serde(
        rename = "x-lifecycle",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub lifecycle: Option<Lifecycle>,
    /// The version header the operation must send (`x-api-version-header`).
    #[serde(
        rename = "x-api-version-header",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub api_version_header: Option<HeaderValue>,
    /// The documented example request (`x-example-request`); its body is also the request
    /// body's `example`.
    #[serde(
        rename = "x-example-request",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub example_request: Option<ExampleRequest>,
    /// Several documented requests that share this method and path, told apart by their body
    /// (`x-variants`; OTC and OpenStack action APIs such as `POST .../servers/{id}/action`).
    /// When present, each variant is an operation of its own for clients (its own method);
    /// this operation's `requestBody` is the `oneOf` of the variants' bodies, for OpenAPI
    /// tools that know no variants.
    #[serde(rename = "x-variants", default, skip_serializing_if = "Vec::is_empty")]
    pub variants: Vec<Variant>,
    /// Other extensions.
    #[serde(flatten)]
    pub extra: Extra,
}

/// One documented request of an operation whose method and path several pages share
/// (`x-variants`): its own name, summary, body (with its own required list) and source.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Variant {
    /// Unique within the document, like an `operationId`.
    pub operation_id: String,
    /// The page's title as printed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
    /// The page's description.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Parameters this variant states beyond the operation's own `parameters` (usually none).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub parameters: Vec<Parameter>,
    /// This variant's request body.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub request_body: Option<RequestBody>,
    /// This variant's responses; empty when they are the operation's.
    #[serde(default, skip_serializing_if = "IndexMap::is_empty")]
    pub responses: IndexMap<String, Response>,
    /// Whether this variant is deprecated.
    #[serde(default, skip_serializing_if = "is_false")]
    pub deprecated: bool,
    /// Where the variant's page states it.
    #[serde(rename = "x-source", default, skip_serializing_if = "Option::is_none")]
    pub source: Option<SourceRef>,
    /// Other extensions.
    #[serde(flatten)]
    pub extra: Extra,
}

/// A fixed header name and value.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct HeaderValue {
    /// Header name (`Scp-Api-Version`).
    pub name: String,
    /// Header value (`eventstreams 1.0`).
    pub value: String,
    /// Where it is stated.
    #[serde(rename = "x-source", default, skip_serializing_if = "Option::is_none")]
    pub source: Option<SourceRef>,
}

/// A documented example HTTP request.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ExampleRequest {
    /// Method, when the example states it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub method: Option<String>,
    /// Request path or URL as printed (`/v1/quick-query?size={size}&page={page}`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    /// Headers as printed, name and value.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub headers: Vec<HeaderValue>,
    /// The body: JSON when it parses, otherwise the text as printed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub body: Option<Value>,
    /// Where the example starts.
    #[serde(rename = "x-source", default, skip_serializing_if = "Option::is_none")]
    pub source: Option<SourceRef>,
}

/// Where a parameter goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ParameterLocation {
    /// In the path template.
    Path,
    /// In the query string.
    Query,
    /// A request header.
    Header,
    /// A cookie.
    Cookie,
}

impl ParameterLocation {
    /// The OpenAPI name (`path`).
    pub fn as_str(self) -> &'static str {
        match self {
            ParameterLocation::Path => "path",
            ParameterLocation::Query => "query",
            ParameterLocation::Header => "header",
            ParameterLocation::Cookie => "cookie",
        }
    }
}

/// A parameter.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Parameter {
    /// Wire name.
    pub name: String,
    /// Location.
    #[serde(rename = "in")]
    pub location: ParameterLocation,
    /// Description.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Whether it must be sent (always true for path parameters).
    #[serde(default, skip_serializing_if = "is_false")]
    pub required: bool,
    /// Whether it is deprecated.
    #[serde(default, skip_serializing_if = "is_false")]
    pub deprecated: bool,
    /// Serialisation style (`form`, `simple`), when the document states one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub style: Option<String>,
    /// Whether arrays and objects explode, when stated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub explode: Option<bool>,
    /// Type, default, enum and constraints.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<Schema>,
    /// The documented example.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub example: Option<Value>,
    /// Where the parameter is stated.
    #[serde(rename = "x-source", default, skip_serializing_if = "Option::is_none")]
    pub source: Option<SourceRef>,
    /// Further places that state it (filled by the merge step).
    #[serde(
        rename = "x-also-stated-at",
        default,
        skip_serializing_if = "Vec::is_empty"
    )]
    pub also_stated_at: Vec<SourceRef>,
    /// Other extensions.
    #[serde(flatten)]
    pub extra: Extra,
}

/// A request body.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct RequestBody {
    /// Description.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Media type (`application/json`) to schema and example.
    pub content: IndexMap<String, MediaType>,
    /// Whether the body must be sent.
    #[serde(default, skip_serializing_if = "is_false")]
    pub required: bool,
    /// Where the body is stated.
    #[serde(rename = "x-source", default, skip_serializing_if = "Option::is_none")]
    pub source: Option<SourceRef>,
    /// Further places that state it (filled by the merge step).
    #[serde(
        rename = "x-also-stated-at",
        default,
        skip_serializing_if = "Vec::is_empty"
    )]
    pub also_stated_at: Vec<SourceRef>,
    /// Other extensions.
    #[serde(flatten)]
    pub extra: Extra,
}

/// A response.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Response {
    /// The reason phrase or description (OpenAPI requires one).
    pub description: String,
    /// Response headers.
    #[serde(default, skip_serializing_if = "IndexMap::is_empty")]
    pub headers: IndexMap<String, Header>,
    /// Media type to schema and example; empty when the response has no body.
    #[serde(default, skip_serializing_if = "IndexMap::is_empty")]
    pub content: IndexMap<String, MediaType>,
    /// Where the response row is stated.
    #[serde(rename = "x-source", default, skip_serializing_if = "Option::is_none")]
    pub source: Option<SourceRef>,
    /// Further places that state it (filled by the merge step).
    #[serde(
        rename = "x-also-stated-at",
        default,
        skip_serializing_if = "Vec::is_empty"
    )]
    pub also_stated_at: Vec<SourceRef>,
    /// Other extensions.
    #[serde(flatten)]
    pub extra: Extra,
}

/// A response header.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Header {
    /// Description.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Type.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<Schema>,
    /// Where it is stated.
    #[serde(rename = "x-source", default, skip_serializing_if = "Option::is_none")]
    pub source: Option<SourceRef>,
}

/// A media type entry of a body.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct MediaType {
    /// The body's schema (usually a `$ref`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<Schema>,
    /// The documented example: JSON when it parses, otherwise the text as printed (then
    /// `x-example-is-text: true` says so in `extra`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub example: Option<Value>,
    /// Where the example is stated (`x-example-source`).
    #[serde(
        rename = "x-example-source",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub example_source: Option<SourceRef>,
    /// Other extensions.
    #[serde(flatten)]
    pub extra: Extra,
}

/// A JSON Schema type name.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Type {
    /// `string`
    String,
    /// `integer`
    Integer,
    /// `number`
    Number,
    /// `boolean`
    Boolean,
    /// `object`
    Object,
    /// `array`
    Array,
    /// `null`
    Null,
}

/// The `type` keyword: one type or a list (`[string, "null"]`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum SchemaType {
    /// One type.
    One(Type),
    /// Several types, any of which the value may have.
    Many(Vec<Type>),
}

impl SchemaType {
    /// Whether `ty` is allowed.
    pub fn allows(&self, ty: Type) -> bool {
        match self {
            SchemaType::One(t) => *t == ty,
            SchemaType::Many(ts) => ts.contains(&ty),
        }
    }

    /// The types, as a slice-like list.
    pub fn types(&self) -> Vec<Type> {
        match self {
            SchemaType::One(t) => vec![*t],
            SchemaType::Many(ts) => ts.clone(),
        }
    }
}

/// `additionalProperties`: `false`, `true` or a schema for the values.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum AdditionalProperties {
    /// Allowed or not, untyped.
    Bool(bool),
    /// The schema of every value (a map).
    Schema(Box<Schema>),
}

/// A JSON Schema (2020-12 dialect, as OpenAPI 3.1 uses it).
///
/// `$ref` may stand beside other keywords (OpenAPI 3.1 allows `description` and extensions
/// there), so a field that references a model keeps its own description and `x-source`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Schema {
    /// Reference to a component schema: `#/components/schemas/<Name>`.
    #[serde(rename = "$ref", default, skip_serializing_if = "Option::is_none")]
    pub reference: Option<String>,
    /// Title.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Description.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// `type`.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub schema_type: Option<SchemaType>,
    /// `format` (`date-time`, `int64`, `int32`, `float`, `double`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub format: Option<String>,
    /// Allowed values.
    #[serde(rename = "enum", default, skip_serializing_if = "Vec::is_empty")]
    pub enum_values: Vec<Value>,
    /// Default value (only when it fits the type; see `x-stated-default`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default: Option<Value>,
    /// Documented examples.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub examples: Vec<Value>,
    /// Item schema of an array.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub items: Option<Box<Schema>>,
    /// Object fields, in document order.
    #[serde(default, skip_serializing_if = "IndexMap::is_empty")]
    pub properties: IndexMap<String, Schema>,
    /// Names of required fields.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub required: Vec<String>,
    /// Map values.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub additional_properties: Option<AdditionalProperties>,
    /// Alternatives (nullability is `anyOf: [X, {type: 'null'}]` when the document prints
    /// `any of [X, null]`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub any_of: Vec<Schema>,
    /// Exclusive alternatives.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub one_of: Vec<Schema>,
    /// Combined schemas.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub all_of: Vec<Schema>,
    /// Minimum string length.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_length: Option<u64>,
    /// Maximum string length.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_length: Option<u64>,
    /// Regular expression the string must match (as printed).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pattern: Option<String>,
    /// Inclusive minimum.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub minimum: Option<serde_json::Number>,
    /// Inclusive maximum.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub maximum: Option<serde_json::Number>,
    /// Minimum array length.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_items: Option<u64>,
    /// Maximum array length.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_items: Option<u64>,
    /// Whether the field or model is deprecated.
    #[serde(default, skip_serializing_if = "is_false")]
    pub deprecated: bool,
    /// Where the model or field is stated.
    #[serde(rename = "x-source", default, skip_serializing_if = "Option::is_none")]
    pub source: Option<SourceRef>,
    /// Further places that state it (filled by the merge step).
    #[serde(
        rename = "x-also-stated-at",
        default,
        skip_serializing_if = "Vec::is_empty"
    )]
    pub also_stated_at: Vec<SourceRef>,
    /// A default the document prints that does not fit the type (`x-stated-default`), kept
    /// as text so the spec stays valid and nothing is lost (Data Flow's `objectCPU`).
    #[serde(
        rename = "x-stated-default",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub stated_default: Option<String>,
    /// The schema text as the document prints it (`x-stated-type`), e.g. `any of [integer, null]`.
    #[serde(
        rename = "x-stated-type",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub stated_type: Option<String>,
    /// Other extensions.
    #[serde(flatten)]
    pub extra: Extra,
}

impl Schema {
    /// A schema of one type.
    pub fn of_type(ty: Type) -> Self {
        Self {
            schema_type: Some(SchemaType::One(ty)),
            ..Self::default()
        }
    }

    /// A reference to component schema `name`.
    pub fn reference_to(name: &str) -> Self {
        Self {
            reference: Some(format!("{COMPONENT_SCHEMA_PREFIX}{name}")),
            ..Self::default()
        }
    }

    /// The component name this schema references, if it is a `#/components/schemas/` ref.
    pub fn referenced_name(&self) -> Option<&str> {
        self.reference
            .as_deref()?
            .strip_prefix(COMPONENT_SCHEMA_PREFIX)
    }

    /// Calls `visit` on this schema and every schema inside it, parents first: `anyOf`,
    /// `oneOf`, `allOf`, properties, items, then `additionalProperties`. A typed walk, so
    /// finding a model's references does not go through JSON.
    pub fn walk<'a>(&'a self, visit: &mut impl FnMut(&'a Schema)) {
        visit(self);
        for s in self.any_of.iter().chain(&self.one_of).chain(&self.all_of) {
            s.walk(visit);
        }
        for s in self.properties.values() {
            s.walk(visit);
        }
        if let Some(items) = &self.items {
            items.walk(visit);
        }
        if let Some(AdditionalProperties::Schema(values)) = &self.additional_properties {
            values.walk(visit);
        }
    }
}

/// A part of an operation that [`Operation::visit`] hands out.
#[derive(Clone, Copy, Debug)]
pub enum OperationPart<'a> {
    /// A schema stated at the operation's top level (use [`Schema::walk`] for the ones inside).
    Schema(&'a Schema),
    /// An extension map of the operation, a variant, a parameter, a body or a media type.
    Extra(&'a Extra),
}

impl Operation {
    /// Calls `visit` on every schema the operation states at its top level (parameters,
    /// request body, response bodies and headers, then the same of each variant) and every
    /// extension map it holds, so callers can search them without converting the operation
    /// to JSON.
    pub fn visit<'a>(&'a self, visit: &mut impl FnMut(OperationPart<'a>)) {
        visit(OperationPart::Extra(&self.extra));
        visit_parts(
            &self.parameters,
            self.request_body.as_ref(),
            &self.responses,
            visit,
        );
        for v in &self.variants {
            visit(OperationPart::Extra(&v.extra));
            visit_parts(&v.parameters, v.request_body.as_ref(), &v.responses, visit);
        }
    }
}

/// [`Operation::visit`] for the parts an operation and its variants share.
fn visit_parts<'a>(
    parameters: &'a [Parameter],
    request_body: Option<&'a RequestBody>,
    responses: &'a IndexMap<String, Response>,
    visit: &mut impl FnMut(OperationPart<'a>),
) {
    for p in parameters {
        visit(OperationPart::Extra(&p.extra));
        p.schema
            .iter()
            .for_each(|s| visit(OperationPart::Schema(s)));
    }
    let contents = request_body
        .map(|b| (&b.extra, &b.content))
        .into_iter()
        .chain(responses.values().map(|r| (&r.extra, &r.content)));
    for (own, content) in contents {
        visit(OperationPart::Extra(own));
        for media in content.values() {
            visit(OperationPart::Extra(&media.extra));
            media
                .schema
                .iter()
                .for_each(|s| visit(OperationPart::Schema(s)));
        }
    }
    for h in responses.values().flat_map(|r| r.headers.values()) {
        h.schema
            .iter()
            .for_each(|s| visit(OperationPart::Schema(s)));
    }
}

/// Prefix of a reference to a component schema.
pub const COMPONENT_SCHEMA_PREFIX: &str = "#/components/schemas/";

/// Reusable parts of the document.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Components {
    /// Models by name, in document order.
    #[serde(default, skip_serializing_if = "IndexMap::is_empty")]
    pub schemas: IndexMap<String, Schema>,
    /// Authentication schemes by name.
    #[serde(default, skip_serializing_if = "IndexMap::is_empty")]
    pub security_schemes: IndexMap<String, SecurityScheme>,
}

impl Components {
    /// Whether there is nothing to write.
    pub fn is_empty(&self) -> bool {
        self.schemas.is_empty() && self.security_schemes.is_empty()
    }
}

/// An authentication scheme.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SecurityScheme {
    /// `apiKey`, `http`, ...
    #[serde(rename = "type")]
    pub scheme_type: String,
    /// Free text: how to authenticate.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Header name for `apiKey`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `header` for `apiKey`.
    #[serde(rename = "in", default, skip_serializing_if = "Option::is_none")]
    pub location: Option<String>,
    /// The request signing algorithm this scheme stands for (`x-signing`):
    /// `scp-hmac-sha256` or `SDK-HMAC-SHA256`.
    #[serde(rename = "x-signing", default, skip_serializing_if = "Option::is_none")]
    pub signing: Option<String>,
    /// Other extensions.
    #[serde(flatten)]
    pub extra: Extra,
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every model an operation references, found by the typed walk.
    fn referenced(op: &Operation) -> Vec<&str> {
        let mut names = Vec::new();
        op.visit(&mut |part| {
            if let OperationPart::Schema(schema) = part {
                schema.walk(&mut |s| names.extend(s.referenced_name()));
            }
        });
        names.sort_unstable();
        names
    }

    #[test]
    fn visit_and_walk_reach_every_place_an_operation_states_a_schema() {
        let op: Operation = serde_norway::from_str(
            "parameters:\n- {name: q, in: query, schema: {$ref: '#/components/schemas/InParameter'}}\n\
             requestBody:\n  content:\n    application/json:\n      schema:\n        type: object\n        \
             properties:\n          a: {type: array, items: {$ref: '#/components/schemas/InItems'}}\n          \
             b: {anyOf: [{$ref: '#/components/schemas/InAnyOf'}, {type: 'null'}]}\n          \
             c: {type: object, additionalProperties: {$ref: '#/components/schemas/InMapValues'}}\n\
             responses:\n  '200':\n    description: OK\n    headers:\n      X-Next: {schema: {$ref: '#/components/schemas/InHeader'}}\n    \
             content:\n      application/json: {schema: {$ref: '#/components/schemas/InResponse'}}\n\
             x-variants:\n- operationId: reboot\n  requestBody:\n    content:\n      application/json: {schema: {$ref: '#/components/schemas/InVariant'}}\n",
        )
        .expect("test operation parses");
        assert_eq!(
            referenced(&op),
            [
                "InAnyOf",
                "InHeader",
                "InItems",
                "InMapValues",
                "InParameter",
                "InResponse",
                "InVariant"
            ]
        );
    }
}
