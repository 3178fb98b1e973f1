//! One source's statement of an item, and the small helpers every item merge uses:
//! locations (`x-also-stated-at`) and the examples kept beside the chosen one.

use docsdk_spec::{Ext, Extra, SourceRef};
use serde::Serialize;
use serde_json::Value;

use crate::ctx::{Src, Stated, add_also};

/// One source's statement of an item, with where it is.
pub struct At<'a, T> {
    /// The item.
    pub item: &'a T,
    /// Its document.
    pub src: Src<'a>,
    /// Its `x-source`, or the enclosing item's.
    pub at: SourceRef,
}

impl<'a, T> At<'a, T> {
    pub(crate) fn stated<V>(&self, value: Option<V>) -> Stated<'a, V> {
        Stated {
            value,
            src: self.src,
            at: self.at.clone(),
        }
    }
}

pub(crate) fn collect<'a, T, V>(
    cands: &[At<'a, T>],
    get: impl Fn(&'a T) -> Option<V>,
) -> Vec<Stated<'a, V>> {
    cands.iter().map(|c| c.stated(get(c.item))).collect()
}

/// `x-also-stated-at` of a merged item: every candidate's `x-source` and earlier
/// `x-also-stated-at`, except the kept `x-source`, each once, in source order.
pub(crate) fn also_stated_at<T>(
    cands: &[At<'_, T>],
    kept: Option<&SourceRef>,
    locations: impl Fn(&T) -> (&Option<SourceRef>, &Vec<SourceRef>),
) -> Vec<SourceRef> {
    let mut list = Vec::new();
    for c in cands {
        let (source, also) = locations(c.item);
        add_also(&mut list, kept, source.iter().cloned());
        add_also(&mut list, kept, also.iter().cloned());
    }
    list
}

pub(crate) fn at_of<'a, T, P>(
    item: &'a T,
    source: Option<&SourceRef>,
    parent: &At<'a, P>,
) -> At<'a, T> {
    At {
        item,
        src: parent.src,
        at: source.cloned().unwrap_or_else(|| parent.at.clone()),
    }
}

/// The statements other than `kept` whose value (by `key`) differs from the kept one and from
/// each other, each as `{value, x-source}`.
pub(crate) fn other_values<T: Serialize>(
    stated: &[Stated<'_, T>],
    kept: usize,
    key: impl Fn(&T) -> Option<Value>,
) -> Vec<Value> {
    let mut seen: Vec<Value> = stated[kept]
        .value
        .as_ref()
        .and_then(&key)
        .into_iter()
        .collect();
    let mut out = Vec::new();
    for (j, s) in stated.iter().enumerate() {
        let Some(v) = s.value.as_ref() else { continue };
        let Some(k) = key(v) else { continue };
        if j == kept || seen.contains(&k) {
            continue;
        }
        seen.push(k);
        let mut entry = serde_json::Map::new();
        entry.insert(
            "value".into(),
            serde_json::to_value(v).unwrap_or(Value::Null),
        );
        entry.insert(Ext::SOURCE.into(), Value::from(s.at.to_string()));
        out.push(Value::Object(entry));
    }
    out
}

pub(crate) fn without(extra: &Extra, keys: &[&str]) -> Extra {
    let mut e = extra.clone();
    for k in keys {
        e.remove(*k);
    }
    e
}

/// The keys of every map, each once, in first-seen order: the names a union walks.
pub(crate) fn union_keys<'a, K: PartialEq + 'a>(
    maps: impl IntoIterator<Item = impl IntoIterator<Item = &'a K>>,
) -> Vec<&'a K> {
    let mut keys: Vec<&K> = Vec::new();
    for key in maps.into_iter().flatten() {
        if !keys.contains(&key) {
            keys.push(key);
        }
    }
    keys
}

/// The schemas the candidates state (through `get`), each with its source and location.
pub(crate) fn schemas_of<'a, T>(
    cands: &[At<'a, T>],
    get: impl Fn(&'a T) -> Option<&'a docsdk_spec::Schema>,
) -> Vec<crate::schema::SchemaAt<'a>> {
    cands
        .iter()
        .filter_map(|c| get(c.item).map(|s| crate::schema::SchemaAt::new(s, c.src, &c.at)))
        .collect()
}
