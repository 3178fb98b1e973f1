//! One source's statement of an item, and the small helpers every item merge uses:
//! locations (`x-also-stated-at`) and the examples kept beside the chosen one.

use docsdk_spec::{Extra, SourceRef};
use serde::Serialize;
use serde_json::Value;

use crate::ALSO_STATED_AT;
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

/// `x-also-stated-at` for an item without a typed field: every other location.
pub(crate) fn also_extra(
    kept: Option<&SourceRef>,
    others: impl IntoIterator<Item = SourceRef>,
) -> Option<Value> {
    let mut list = Vec::new();
    add_also(&mut list, kept, others);
    (!list.is_empty()).then(|| serde_json::to_value(list).unwrap_or(Value::Null))
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
        out.push(serde_json::json!({ "value": serde_json::to_value(v).unwrap_or(Value::Null), "x-source": s.at.to_string() }));
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

/// Every source and `x-also-stated-at` of the candidates.
pub(crate) fn also_of<T>(
    cands: &[At<'_, T>],
    source: impl Fn(&T) -> &Option<SourceRef>,
    extra: impl Fn(&T) -> &Extra,
) -> Vec<SourceRef> {
    let mut out = Vec::new();
    for c in cands {
        out.extend(source(c.item).iter().cloned());
        if let Some(list) = extra(c.item).get(ALSO_STATED_AT)
            && let Ok(list) = serde_json::from_value::<Vec<SourceRef>>(list.clone())
        {
            out.extend(list);
        }
    }
    out
}
