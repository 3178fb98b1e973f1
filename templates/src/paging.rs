//! List operations: how a list pages (page numbers, offsets, OpenStack markers, a next
//! marker the response states), found from the words of its documented parameters and
//! response fields, and the `into_stream` that pages through it.

use docsdk_spec::{ParameterLocation, Schema};
use proc_macro2::TokenStream;
use quote::quote;

use crate::ident;
use crate::models::{Field, Gen, Hint, Place, Role, fields, id};
use crate::operations::{Body, Builder};
use crate::plan::OpAt;
use crate::rust_type::{Prim, RustType};
use crate::shape::{Shape, classify};

/// How a list operation pages, detected from its documented query parameters.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ListKind {
    /// `page` with `size`, `per_page`, `page_size` or `limit`: page numbers.
    Page,
    /// `offset` (or `start`) with `limit` (or `size`): the offset grows by the page size.
    Offset,
    /// OpenStack `marker` with `limit`: the next marker is the last item's `id` (Rust field
    /// name given; `true` when it is optional).
    Marker(String, bool),
    /// `marker` with `limit`, the response saying the next marker (`next_marker`, OTC KMS).
    NextMarker(NextMarker),
}

/// The response fields of a list whose response says its next marker.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NextMarker {
    /// The next marker: Rust field, wire name, optional.
    pub marker: (String, String, bool),
    /// Whether more pages follow (`truncated`): Rust field, wire name, optional, and whether
    /// it is text (`"true"`) rather than a boolean.
    pub truncated: Option<(String, String, bool, bool)>,
}

/// The next-marker fields among a list response's fields `fs`: a string field named
/// `next_marker` (`nextMarker`), and a `truncated` (`is_truncated`) flag, boolean or text.
fn next_marker(fs: &[Field<'_>]) -> Option<NextMarker> {
    let marker = fs.iter().find(|f| {
        lower_words(f.wire) == ["next", "marker"] && matches!(classify(f.schema).shape, Shape::Str)
    })?;
    let truncated = fs
        .iter()
        .find(|f| matches!(lower_words(f.wire).as_slice(), [t] | [_, t] if t == "truncated"))
        .and_then(|f| {
            let text = match classify(f.schema).shape {
                Shape::Bool => false,
                Shape::Str | Shape::Enum(_) => true,
                _ => return None,
            };
            Some((f.ident.clone(), f.wire.to_owned(), f.is_optional(), text))
        });
    Some(NextMarker {
        marker: (
            marker.ident.clone(),
            marker.wire.to_owned(),
            marker.is_optional(),
        ),
        truncated,
    })
}

/// What a list operation's parameter (or body field) does in paging, by the words of its
/// name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum PagingRole {
    /// The page number: `page`.
    Page,
    /// Items per page: `size`, `per_page`, `page_size`.
    PageSize,
    /// The most items to return: `limit`.
    Limit,
    /// The index of the first item: `offset`, `start`, and `start` followed by a word for a
    /// position (`start_number`, OTC Auto Scaling's "start line number"; `start_index`); not
    /// `start_time` or `start_page`.
    Offset,
}

/// The paging role of the parameter named `wire`, if any.
fn paging_role(wire: &str) -> Option<PagingRole> {
    let words = lower_words(wire);
    let words: Vec<&str> = words.iter().map(String::as_str).collect();
    match words.as_slice() {
        ["page"] => Some(PagingRole::Page),
        ["size"] | ["per", "page"] | ["page", "size"] => Some(PagingRole::PageSize),
        ["limit"] => Some(PagingRole::Limit),
        ["offset"] | ["start"] => Some(PagingRole::Offset),
        ["start", position] if POSITION_WORDS.contains(position) => Some(PagingRole::Offset),
        _ => None,
    }
}

/// Words that, after `start`, name the position of the first item.
const POSITION_WORDS: &[&str] = &["number", "index", "row", "line", "position", "offset"];

/// Whether a response field named `wire` is the total number of items: `total` or `count`,
/// alone or with a word for a number (`total_count`, `totalCount`, `total_number`).
fn is_total(wire: &str) -> bool {
    let words = lower_words(wire);
    let words: Vec<&str> = words.iter().map(String::as_str).collect();
    matches!(
        words.as_slice(),
        ["total"] | ["count"] | ["total", "count" | "number" | "num"]
    )
}

/// The words of a wire name, lower-cased (`totalCount` -> `total`, `count`).
fn lower_words(wire: &str) -> Vec<String> {
    ident::words(wire)
        .into_iter()
        .map(|w| w.to_ascii_lowercase())
        .collect()
}

/// How a builder stores a paging number: the type its setter takes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PagingType {
    /// `i32`.
    I32,
    /// `i64`.
    I64,
    /// `String`: the docs give the number as a string (OTC's tag queries).
    Str,
}

impl PagingType {
    fn of(ty: &RustType) -> Option<PagingType> {
        [Prim::I32, Prim::I64, Prim::String]
            .into_iter()
            .zip([PagingType::I32, PagingType::I64, PagingType::Str])
            .find_map(|(prim, t)| ty.is(prim).then_some(t))
    }

    /// The type's name as `paged!` takes it.
    pub fn name(self) -> &'static str {
        match self {
            PagingType::I32 => "i32",
            PagingType::I64 => "i64",
            PagingType::Str => "String",
        }
    }
}

/// A query parameter or body field a list's stream sets.
struct Pager<'p> {
    ident: &'p str,
    wire: &'p str,
    /// Its [`paging_role`], worked out once.
    role: Option<PagingRole>,
    ty: PagingType,
    schema: Option<&'p Schema>,
}

/// Pagination of a list operation.
pub struct List<'a> {
    /// How it pages.
    pub kind: ListKind,
    /// Setter of the page number (the offset, the marker).
    pub page: String,
    /// Wire names of the page (offset, marker) and size parameters.
    pub wires: (String, String),
    /// Setter of the page size.
    pub size: String,
    /// How the builder stores the page (offset) and size numbers.
    pub types: (PagingType, PagingType),
    /// The page and size are request body fields (else query parameters).
    pub in_body: bool,
    /// The first page number.
    pub first_page: u32,
    page_size: u32,
    items: String,
    /// Wire name of the items field.
    pub items_wire: String,
    /// Wire name of the total field.
    pub total_wire: Option<String>,
    /// Item schema and the version it is read at.
    pub item_schema: &'a Schema,
    items_optional: bool,
    item_ty: RustType,
    total: Option<(String, bool)>,
}

impl<'a> Gen<'_, 'a> {
    /// Detection rule: query parameters, else JSON body fields, in the paging roles (see
    /// [`paging_role`]), numbers as integers or strings of digits: a page number with a page
    /// size, an offset with a limit, or a string `marker` with a limit; and a success response
    /// that is an object model with one array of items (see [`Gen::list_of`]). The total,
    /// when present, is an integer field that says total or count (`total_count`,
    /// `totalCount`, `total_number`, `total`, `count`).
    pub(crate) fn list(&mut self, b: &Builder<'a>, at: &OpAt<'a>) -> Option<List<'a>> {
        // Numbers a stream can set: query parameters, and the fields of a JSON body (OTC's
        // tag queries page in the body), each an integer or a string of digits.
        let query: Vec<Pager<'_>> = b
            .params
            .iter()
            .filter(|p| p.location == ParameterLocation::Query && !p.array)
            .filter_map(|p| {
                Some(Pager {
                    ident: &p.ident,
                    wire: &p.wire,
                    role: paging_role(&p.wire),
                    ty: PagingType::of(&p.ty)?,
                    schema: p.schema,
                })
            })
            .collect();
        let body: Vec<Pager<'_>> = match &b.body {
            Body::Fields { fields, .. } => fields
                .iter()
                .filter(|bf| !bf.ty.nullable_request)
                .filter_map(|bf| {
                    Some(Pager {
                        ident: &bf.ident,
                        wire: bf.field.wire,
                        role: paging_role(bf.field.wire),
                        ty: PagingType::of(&bf.ty.inner)?,
                        schema: Some(bf.field.schema),
                    })
                })
                .collect(),
            _ => Vec::new(),
        };
        let is_number = |p: &&Pager<'_>| {
            p.schema.is_some_and(|s| match classify(s).shape {
                Shape::Int { .. } => true,
                Shape::Str => s
                    .default
                    .as_ref()
                    .is_none_or(|d| d.as_str().is_some_and(|d| d.parse::<u32>().is_ok())),
                _ => false,
            })
        };
        let role = |pagers: &'_ [Pager<'_>], role: PagingRole| -> Option<usize> {
            pagers
                .iter()
                .position(|p| p.role == Some(role) && is_number(&p))
        };
        let detect = |pagers: &[Pager<'_>]| -> Option<(ListKind, usize, usize)> {
            let size = role(pagers, PagingRole::PageSize);
            let limit = role(pagers, PagingRole::Limit);
            let marker = pagers
                .iter()
                .position(|p| p.wire == "marker" && p.ty == PagingType::Str);
            if let (Some(page), Some(size)) = (role(pagers, PagingRole::Page), size.or(limit)) {
                Some((ListKind::Page, page, size))
            } else if let (Some(offset), Some(limit)) =
                (role(pagers, PagingRole::Offset), limit.or(size))
            {
                Some((ListKind::Offset, offset, limit))
            } else {
                // Where the next marker comes from is the response's to say (`list_of`).
                Some((ListKind::Marker(String::new(), false), marker?, limit?))
            }
        };
        // The query parameters page the list when they can; the body only otherwise.
        let (kind, page, size, in_body) = match detect(&query) {
            Some((kind, page, size)) => (kind, &query[page], &query[size], false),
            None => {
                let (kind, page, size) = detect(&body)?;
                (kind, &body[page], &body[size], true)
            }
        };
        self.list_of(b, at, kind, page, size, in_body)
    }

    /// The [`List`] of a builder whose paging numbers are `page` and `size`, when its
    /// response has the items: its one array besides OpenStack's `<resource>_links`, else
    /// among several the one named `contents`, `items`, `data`, `list` or `results`, else the
    /// only one of objects.
    fn list_of(
        &mut self,
        b: &Builder<'a>,
        at: &OpAt<'a>,
        kind: ListKind,
        page: &Pager<'_>,
        size: &Pager<'_>,
        in_body: bool,
    ) -> Option<List<'a>> {
        let (_, schema) = b.response.as_ref()?;
        let c = classify(schema);
        let object = match c.shape {
            Shape::Ref(name) if !c.nullable => self.plan.def(name, at.vi)?.schema,
            _ => return None,
        };
        let Shape::Object(object) = classify(object).shape else {
            return None;
        };
        let fs = fields(object);
        // OpenStack's `<resource>_links` (and `links`) array is the pagination links, not
        // the items.
        let arrays: Vec<&Field<'_>> = fs
            .iter()
            .filter(|f| matches!(classify(f.schema).shape, Shape::Array(Some(_))))
            .filter(|f| lower_words(f.wire).last().is_none_or(|w| w != "links"))
            .collect();
        // Among several arrays: the one named for items, else the only one of objects (OTC
        // KMS's `key_details` beside `keys`, a list of their ids).
        let of_objects = |f: &&&Field<'_>| match classify(f.schema).shape {
            Shape::Array(Some(item)) => {
                matches!(classify(item).shape, Shape::Ref(_) | Shape::Object(_))
            }
            _ => false,
        };
        let items = match arrays.as_slice() {
            [one] => *one,
            many => match many
                .iter()
                .find(|f| ["contents", "items", "data", "list", "results"].contains(&f.wire))
            {
                Some(named) => *named,
                None => match many
                    .iter()
                    .filter(of_objects)
                    .collect::<Vec<_>>()
                    .as_slice()
                {
                    [only] => **only,
                    _ => return None,
                },
            },
        };
        let Shape::Array(Some(item_schema)) = classify(items.schema).shape else {
            return None;
        };
        let def = match classify(schema).shape {
            Shape::Ref(name) => self.plan.def(name, at.vi)?,
            _ => return None,
        };
        let place = Place {
            module: b.module,
            in_types: false,
        };
        let item_ty = self
            .rust_type(
                item_schema,
                def.vi,
                place,
                Hint::Name("Item"),
                Role::default(),
            )
            .0;
        let items_optional = items.is_optional();
        let total = fs
            .iter()
            .find(|f| is_total(f.wire) && matches!(classify(f.schema).shape, Shape::Int { .. }))
            .map(|f| (f.ident.clone(), f.is_optional()));
        // The documented default, a number or a string of digits.
        let number = |p: &Pager<'_>, fallback: u32| {
            p.schema
                .and_then(|s| s.default.as_ref())
                .and_then(|d| match d {
                    serde_json::Value::String(s) => s.parse().ok(),
                    other => other.as_u64().and_then(|n| u32::try_from(n).ok()),
                })
                .unwrap_or(fallback)
        };
        let kind = match kind {
            // The response says the next marker; else it is the last item's `id`: the item
            // must be an object model with a string `id`.
            ListKind::Marker(..) => match next_marker(&fs) {
                Some(next) => ListKind::NextMarker(next),
                None => {
                    let item = match classify(item_schema).shape {
                        Shape::Ref(name) => self.plan.def(name, def.vi)?.schema,
                        Shape::Object(s) => s,
                        _ => return None,
                    };
                    let fs = fields(item);
                    let id_field = fs.iter().find(|f| {
                        f.wire == "id" && matches!(classify(f.schema).shape, Shape::Str)
                    })?;
                    ListKind::Marker(id_field.ident.clone(), id_field.is_optional())
                }
            },
            other => other,
        };
        Some(List {
            wires: (page.wire.to_owned(), size.wire.to_owned()),
            kind,
            page: page.ident.to_owned(),
            size: size.ident.to_owned(),
            types: (page.ty, size.ty),
            in_body,
            first_page: number(page, 0),
            page_size: number(size, 20),
            items: items.ident.clone(),
            items_wire: items.wire.to_owned(),
            total_wire: fs
                .iter()
                .find(|f| total.as_ref().is_some_and(|(t, _)| *t == f.ident))
                .map(|f| f.wire.to_owned()),
            item_schema,
            items_optional,
            item_ty,
            total,
        })
    }

    pub(crate) fn render_stream(&self, l: &List<'_>, place: Place) -> TokenStream {
        let (page, size, items) = (id(&l.page), id(&l.size), id(&l.items));
        let item_ty = l.item_ty.at(self.plan, place);
        let (pt, st) = (id(l.types.0.name()), id(l.types.1.name()));
        let first = proc_macro2::Literal::u32_unsuffixed(l.first_page);
        let per = proc_macro2::Literal::u32_unsuffixed(l.page_size);
        let items_expr = if l.items_optional {
            quote!(r.#items.unwrap_or_default())
        } else {
            quote!(r.#items)
        };
        let next = match &l.kind {
            ListKind::Marker(id_field, optional) => {
                let id_field = id(id_field);
                Some(if *optional {
                    quote!(items.last().and_then(|i| i.#id_field.clone()))
                } else {
                    quote!(items.last().map(|i| i.#id_field.clone()))
                })
            }
            ListKind::NextMarker(n) => {
                let (f, _, optional) = &n.marker;
                let f = id(f);
                let marker = if *optional {
                    quote!(r.#f)
                } else {
                    quote!(Some(r.#f))
                };
                Some(match &n.truncated {
                    None => marker,
                    Some((t, _, optional, text)) => {
                        let t = id(t);
                        let more = match (optional, text) {
                            (false, false) => quote!(r.#t),
                            (true, false) => quote!(r.#t == Some(true)),
                            (false, true) => quote!(r.#t.as_str() == "true"),
                            (true, true) => {
                                quote!(r.#t.as_ref().is_some_and(|t| t.as_str() == "true"))
                            }
                        };
                        quote!(#marker.filter(|_| #more))
                    }
                })
            }
            _ => None,
        };
        if let Some(next) = next {
            return quote! {
                crate::support::marked!(#item_ty, #page, #size: #st = #per, |r| #items_expr, |items| #next);
            };
        }
        let mode = match l.kind {
            ListKind::Offset => quote!(offset),
            _ => quote!(page),
        };
        let total = match &l.total {
            Some((t, true)) => {
                let t = id(t);
                quote!(r.#t.and_then(|t| u64::try_from(t).ok()))
            }
            Some((t, false)) => {
                let t = id(t);
                quote!(u64::try_from(r.#t).ok())
            }
            None => quote!(None),
        };
        quote! {
            crate::support::paged!(#mode #item_ty, #page: #pt = #first, #size: #st = #per, |r| #items_expr, #total);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paging_roles_come_from_the_words_of_a_name() {
        let roles = |names: &[&str]| names.iter().map(|n| paging_role(n)).collect::<Vec<_>>();
        assert_eq!(roles(&["page"]), vec![Some(PagingRole::Page)]);
        assert_eq!(
            roles(&["size", "per_page", "pageSize", "page_size"]),
            vec![Some(PagingRole::PageSize); 4]
        );
        assert_eq!(roles(&["limit"]), vec![Some(PagingRole::Limit)]);
        assert_eq!(
            roles(&["offset", "start", "start_number", "startIndex", "start_row"]),
            vec![Some(PagingRole::Offset); 5]
        );
        // A time, a page or anything else that starts with `start` is not an offset.
        assert_eq!(
            roles(&[
                "start_time",
                "start_page",
                "start_date",
                "marker",
                "page_reverse"
            ]),
            vec![None; 5]
        );
    }

    #[test]
    fn a_response_that_says_its_next_marker() {
        let schema =
            |json: serde_json::Value| -> Schema { serde_json::from_value(json).expect("a schema") };
        // OTC KMS: the next marker, and whether more pages follow, as text.
        let kms = schema(serde_json::json!({
            "type": "object",
            "required": ["next_marker", "truncated"],
            "properties": {
                "keys": {"type": "array", "items": {"type": "string"}},
                "next_marker": {"type": "string"},
                "truncated": {"type": "string"}
            }
        }));
        let next = next_marker(&fields(&kms)).expect("a next marker");
        assert_eq!(
            next.marker,
            ("next_marker".to_owned(), "next_marker".to_owned(), false)
        );
        assert_eq!(
            next.truncated,
            Some(("truncated".to_owned(), "truncated".to_owned(), false, true))
        );
        // camelCase and a boolean flag.
        let camel = schema(serde_json::json!({
            "type": "object",
            "properties": {
                "nextMarker": {"type": "string"},
                "isTruncated": {"type": "boolean"}
            }
        }));
        let next = next_marker(&fields(&camel)).expect("a next marker");
        assert!(next.marker.2, "optional");
        assert_eq!(next.truncated.map(|t| (t.2, t.3)), Some((true, false)));
        // A marker of some other meaning, or no marker at all, is not a next marker.
        let other = schema(serde_json::json!({
            "type": "object",
            "properties": {"marker": {"type": "string"}, "next": {"type": "string"}}
        }));
        assert_eq!(next_marker(&fields(&other)), None);
    }

    #[test]
    fn totals_say_total_or_count() {
        for total in [
            "total",
            "count",
            "total_count",
            "totalCount",
            "total_number",
        ] {
            assert!(is_total(total), "{total}");
        }
        for other in [
            "limit",
            "start_number",
            "counter",
            "total_size",
            "account_count",
        ] {
            assert!(!is_total(other), "{other}");
        }
    }
}
