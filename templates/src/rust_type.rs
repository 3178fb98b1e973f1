//! The generator's typed model of a Rust type (typify's `TypeSpace` entries, in small): decided
//! once while planning, and spelled only where it is written. One decision serves the three
//! places a type is written from: next to a module's `types`, inside it, and from outside the
//! crate (the generated tests). Comparing two types (can two versions share a builder? do two
//! required fields of one type sit side by side?) compares decisions, not token text.

use proc_macro2::{Ident, TokenStream};
use quote::quote;

use crate::models::{Place, id, type_path, types_module};
use crate::plan::{Module, Plan};

/// A type written the same from everywhere.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Prim {
    /// `String`.
    String,
    /// `docsdk_runtime_api::DateTime`.
    DateTime,
    /// `i64`.
    I64,
    /// `i32`.
    I32,
    /// `f64`.
    F64,
    /// `f32`.
    F32,
    /// `bool`.
    Bool,
    /// `serde_json::Value`: any JSON, or a schema the generator cannot type.
    Json,
}

/// A Rust type, as decided.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum RustType {
    /// A generated model or enum: the module whose `types` holds it, and its name there.
    Model {
        /// `None`: the crate's `types`; `Some(v)`: version `v`'s.
        module: Module,
        /// Its name.
        ident: String,
    },
    /// `Vec<T>`.
    Vec(Box<RustType>),
    /// `BTreeMap<String, T>`.
    Map(Box<RustType>),
    /// `Option<T>`.
    Option(Box<RustType>),
    /// `docsdk_runtime_api::Nullable<T>`: a request field that can be sent as an explicit `null`.
    Nullable(Box<RustType>),
    /// A type written the same from everywhere.
    Prim(Prim),
}

impl RustType {
    /// `Option<self>`.
    pub fn optional(self) -> Self {
        Self::Option(Box::new(self))
    }

    /// `Nullable<self>`.
    pub fn nullable(self) -> Self {
        Self::Nullable(Box::new(self))
    }

    /// Whether this is the type `prim`.
    pub fn is(&self, prim: Prim) -> bool {
        *self == Self::Prim(prim)
    }

    /// The type as written at `place` in the generated crate.
    pub fn at(&self, plan: &Plan<'_>, place: Place) -> TokenStream {
        self.spell(&mut |module, ident| type_path(plan, module, ident, place))
    }

    /// The type as written from outside the crate named `krate` (its tests).
    pub fn outside(&self, plan: &Plan<'_>, krate: &Ident) -> TokenStream {
        self.spell(&mut |module, ident| {
            let (types, ident) = (types_module(plan, module), id(ident));
            quote!(#krate::#types::#ident)
        })
    }

    fn spell(&self, model: &mut impl FnMut(Module, &str) -> TokenStream) -> TokenStream {
        match self {
            Self::Model { module, ident } => model(*module, ident),
            Self::Vec(t) => {
                let t = t.spell(model);
                quote!(Vec<#t>)
            }
            Self::Map(t) => {
                let t = t.spell(model);
                quote!(std::collections::BTreeMap<String, #t>)
            }
            Self::Option(t) => {
                let t = t.spell(model);
                quote!(Option<#t>)
            }
            Self::Nullable(t) => {
                let t = t.spell(model);
                quote!(docsdk_runtime_api::Nullable<#t>)
            }
            Self::Prim(p) => match p {
                Prim::String => quote!(String),
                Prim::DateTime => quote!(docsdk_runtime_api::DateTime),
                Prim::I64 => quote!(i64),
                Prim::I32 => quote!(i32),
                Prim::F64 => quote!(f64),
                Prim::F32 => quote!(f32),
                Prim::Bool => quote!(bool),
                Prim::Json => quote!(serde_json::Value),
            },
        }
    }
}
