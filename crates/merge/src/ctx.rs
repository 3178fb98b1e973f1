//! The deciding helpers every merge step uses: facts (first source wins, disagreements become
//! conflicts), texts (language preference) and examples (language preference, others kept).

use docsdk_spec::{Diagnostics, SourceRef};
use serde::Serialize;
use serde_json::Value;

use crate::{Conflict, MergeOptions, rules};

/// One input document as a source (statements are always listed in source order, so the
/// position is implicit): its prose language.
#[derive(Clone, Copy, Debug)]
pub struct Src<'a> {
    /// The document's `x-language`.
    pub language: Option<&'a str>,
}

/// One source's statement of an item: the value (if it states one), the source, and where.
#[derive(Clone, Debug)]
pub struct Stated<'a, T> {
    /// The stated value; `None` when this source says nothing about it.
    pub value: Option<T>,
    /// Which document.
    pub src: Src<'a>,
    /// Where (the item's own `x-source`, or its nearest enclosing item's).
    pub at: SourceRef,
}

/// The merge's running state: options and everything reported so far.
pub struct Ctx<'o> {
    /// The caller's options.
    pub options: &'o MergeOptions,
    /// Facts the sources disagree on.
    pub conflicts: Vec<Conflict>,
    /// Other findings.
    pub diagnostics: Diagnostics,
}

/// How long a value may get in a conflict line before it is shortened.
const RENDER_LIMIT: usize = 120;

/// A value as one short line: strings bare, everything else compact JSON.
pub fn render<T: Serialize>(value: &T) -> String {
    let text = match serde_json::to_value(value) {
        Ok(Value::String(s)) => s,
        Ok(v) => v.to_string(),
        Err(e) => format!("<unprintable: {e}>"),
    };
    if text.chars().count() <= RENDER_LIMIT {
        return text;
    }
    let mut short: String = text.chars().take(RENDER_LIMIT).collect();
    short.push('…');
    short
}

impl Ctx<'_> {
    /// A fact: the first source that states it wins; every later statement that differs is a
    /// conflict (`<label> of <what>`).
    pub fn fact<T: Clone + PartialEq + Serialize>(
        &mut self,
        label: &str,
        what: &str,
        stated: &[Stated<'_, T>],
    ) -> Option<T> {
        let mut iter = stated.iter().filter(|s| s.value.is_some());
        let kept = iter.next()?;
        let value = kept.value.clone()?;
        for other in iter {
            let Some(v) = &other.value else { continue };
            if *v != value {
                self.conflict(
                    label,
                    what,
                    (&value, &kept.at),
                    (v, &other.at),
                    rules::FIRST_SOURCE_WINS,
                );
            }
        }
        Some(value)
    }

    /// Records a conflict.
    pub fn conflict<T: Serialize>(
        &mut self,
        label: &str,
        what: &str,
        kept: (&T, &SourceRef),
        other: (&T, &SourceRef),
        rule: &'static str,
    ) {
        self.conflicts.push(Conflict {
            what: if what.is_empty() {
                label.to_owned()
            } else {
                format!("{label} of {what}")
            },
            kept: (render(kept.0), kept.1.clone()),
            other: (render(other.0), other.1.clone()),
            rule,
        });
    }

    /// Index (into `stated`) of the statement to keep by language: the first non-empty one in
    /// the preferred language, else the first non-empty one.
    fn preferred<T>(
        &self,
        stated: &[Stated<'_, T>],
        present: impl Fn(&T) -> bool,
    ) -> Option<usize> {
        let present_at = |i: &usize| stated[*i].value.as_ref().is_some_and(&present);
        let mut all = (0..stated.len()).filter(present_at);
        let first = all.next()?;
        let wanted = self.options.language.as_str();
        Some(
            (0..stated.len())
                .filter(present_at)
                .find(|i| stated[*i].src.language == Some(wanted))
                .unwrap_or(first),
        )
    }

    /// A text: by language preference (see the crate docs); an empty text counts as not
    /// stated. Two different texts in the kept text's language are a conflict.
    pub fn text(
        &mut self,
        label: &str,
        what: &str,
        stated: &[Stated<'_, String>],
    ) -> Option<String> {
        let i = self.preferred(stated, |t| !t.is_empty())?;
        let kept = &stated[i];
        let value = kept.value.clone()?;
        for (j, other) in stated.iter().enumerate() {
            let Some(v) = &other.value else { continue };
            if j != i && !v.is_empty() && *v != value && other.src.language == kept.src.language {
                self.conflict(
                    label,
                    what,
                    (&value, &kept.at),
                    (v, &other.at),
                    rules::TEXT_SAME_LANGUAGE,
                );
            }
        }
        Some(value)
    }

    /// An example: the one to keep (index into `stated`), by the same language preference as
    /// texts; when an earlier source states an equal example (by `same`), the earlier one is
    /// kept, so language only decides between examples that differ. The caller keeps the
    /// others that differ beside it.
    pub fn example<T>(
        &self,
        stated: &[Stated<'_, T>],
        same: impl Fn(&T, &T) -> bool,
    ) -> Option<usize> {
        let i = self.preferred(stated, |_| true)?;
        let chosen = stated[i].value.as_ref()?;
        Some(
            stated
                .iter()
                .position(|s| s.value.as_ref().is_some_and(|v| same(v, chosen)))
                .unwrap_or(i),
        )
    }
}

/// Puts `at` (and `more`) into `list` unless already there or equal to `kept`.
pub fn add_also(
    list: &mut Vec<SourceRef>,
    kept: Option<&SourceRef>,
    at: impl IntoIterator<Item = SourceRef>,
) {
    for s in at {
        if Some(&s) != kept && !list.contains(&s) {
            list.push(s);
        }
    }
}
