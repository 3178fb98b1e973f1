//! Model names for the page's tables, and tables of one shape merged into one schema.

use super::*;

impl Page<'_> {
    /// Names every table (see the crate docs): a model name the page gives, else the body's
    /// role on the operation (`CreateTrainingJobRequest`, `CreateTrainingJobResponse`, an
    /// error body `CreateTrainingJobError`), else the resource and the caption's subject
    /// (`Description of the routetable field` on a route table page -> `RouteTable`). A name
    /// already taken on the page is told apart by side (`...Response` for the table in the
    /// Response section), by the operation, by the status the body is for
    /// (`CreateSecurityGroupAcceptedResponse`, `ShowKeyNotFoundError`), or by the table and
    /// field that refer to it (`ListPortsPortAllowedAddressPair`). Tables of one shape are
    /// merged afterwards ([`Page::merge_identical_tables`]); a number is the last resort.
    pub(super) fn name_tables(&mut self) {
        let mut used: HashSet<String> = HashSet::new();
        let mut success_named = false;
        for t in 0..self.tables.len() {
            let table = self.table(t);
            let id_name = table.anchors.iter().find_map(|a| model_name_from_anchor(a));
            let caption = table.caption.trim().to_owned();
            let op = self.op_pascal.clone();
            let status = match &self.tables[t].role {
                Role::ResponseBody(s) => Some(s.clone()),
                _ => None,
            };
            // The body of a status other than the (first) success one: its reason names it.
            let reason = status.as_ref().and_then(|s| {
                let (error, reason) = status_words(s.as_deref());
                match (error, success_named) {
                    (true, _) => Some(format!("{reason} Error")),
                    (false, true) => Some(format!("{reason} Response")),
                    (false, false) => None,
                }
            });
            let subject = naming::caption_subject(&caption).map(|s| {
                // A nested table describes one item (`jobs` -> `Job`).
                let mut words = naming::words(&s);
                if let Some(last) = words.last_mut() {
                    *last = naming::singularize(last);
                }
                words.join(" ")
            });
            // Built only where it is wanted (few tables get this far).
            let by_referrer = || -> Option<String> {
                let (r, field) = self.tables[t].referrer.as_ref()?;
                let owner = &self.tables[*r].local_name;
                (*r < t && !owner.is_empty() && !field.is_empty()).then(|| {
                    let mut words = naming::words(field);
                    if let Some(last) = words.last_mut() {
                        *last = naming::singularize(last);
                    }
                    naming::inline_type_name(owner, &words.join(" "))
                })
            };
            let hint = if let Some(n) = id_name {
                self.spelling_of(&n, &caption)
            } else if is_model_caption(&caption) {
                caption
            } else {
                match &self.tables[t].role {
                    Role::RequestBody => naming::bounded_type_name(&[&op, "Request"]),
                    Role::ResponseBody(s) => {
                        let error = status_words(s.as_deref()).0;
                        let suffix = if error { "Error" } else { "Response" };
                        naming::bounded_type_name(&[&op, suffix])
                    }
                    _ => match (&subject, subject.is_none().then(by_referrer).flatten()) {
                        (Some(subject), _) => naming::bounded_type_name(&[&self.resource, subject]),
                        (None, Some(by_referrer)) => by_referrer,
                        // Nothing names it: the section it stands in does
                        // (`ImportImageFileQuicklyRequestTable`), not its number.
                        (None, None) => {
                            let section = match self.sections[self.tables[t].section].kind {
                                Kind::Request => "Request Table",
                                Kind::Response => "Response Table",
                                Kind::Uri => "Uri Table",
                                _ => "Table",
                            };
                            naming::bounded_type_name(&[&op, section])
                        }
                    },
                }
            };
            if matches!(status, Some(Some(ref s)) if !status_words(Some(s)).0)
                || status == Some(None)
            {
                success_named = true;
            }
            let in_response = self.sections[self.tables[t].section].kind == Kind::Response;
            // Candidates in order of preference, each built only when the ones before it are
            // taken (most tables take the first).
            let from_status: [&dyn Fn() -> Option<String>; 2] = [&|| Some(hint.clone()), &|| {
                reason
                    .as_ref()
                    .map(|r| naming::bounded_type_name(&[&op, r]))
            }];
            let from_hint: [&dyn Fn() -> Option<String>; 5] = [
                &|| Some(hint.clone()),
                &|| in_response.then(|| naming::bounded_type_name(&[&hint, "Response"])),
                &|| Some(naming::bounded_type_name(&[&op, &hint])),
                &by_referrer,
                &|| {
                    in_response
                        .then(by_referrer)
                        .flatten()
                        .map(|b| naming::bounded_type_name(&[&b, "Response"]))
                },
            ];
            let candidates: &[&dyn Fn() -> Option<String>] = if status.is_some() {
                &from_status
            } else {
                &from_hint
            };
            let base = hint.clone();
            let mut name = candidates
                .iter()
                .filter_map(|candidate| candidate())
                .find(|n| !used.contains(n))
                .unwrap_or_else(|| base.clone());
            let mut k = 2;
            while !used.insert(name.clone()) {
                name = format!("{base}{k}");
                k += 1;
            }
            self.tables[t].local_name = name;
        }
    }

    /// Tables of the page that state one shape under one caption (the same error body
    /// printed under each status code, the same `links` table in request and response) are
    /// one model: the first keeps its name, the others' tables point to it and their sources
    /// go to its `x-also-stated-at`. Nested tables merge first, so the bodies that refer to
    /// them become equal too.
    pub(super) fn merge_identical_tables(&mut self, schemas: &mut IndexMap<String, Schema>) {
        loop {
            let found = schemas.iter().enumerate().find_map(|(j, (drop, b))| {
                schemas
                    .iter()
                    .take(j)
                    .find(|(_, a)| a.title == b.title && crate::service::same_shape(a, b))
                    .map(|(keep, _)| (keep.clone(), drop.clone()))
            });
            let Some((keep, drop)) = found else {
                break;
            };
            let Some(dropped) = schemas.shift_remove(&drop) else {
                break;
            };
            if let Some(kept) = schemas.get_mut(&keep)
                && let Some(source) = dropped.source
                && kept.source.as_ref() != Some(&source)
                && !kept.also_stated_at.contains(&source)
            {
                kept.also_stated_at.push(source);
            }
            for table in &mut self.tables {
                if table.local_name == drop {
                    table.local_name = keep.clone();
                }
            }
            let (from, to) = (
                format!("{COMPONENT_SCHEMA_PREFIX}{drop}"),
                format!("{COMPONENT_SCHEMA_PREFIX}{keep}"),
            );
            for schema in schemas.values_mut() {
                retarget(schema, &from, &to);
            }
        }
    }
}

/// `hint`, or `hint2`, `hint3`... whichever `taken` does not hold yet.
pub(crate) fn unique_name(hint: &str, taken: &IndexMap<String, Schema>) -> String {
    let mut name = hint.to_owned();
    let mut k = 2;
    while taken.contains_key(&name) {
        name = format!("{hint}{k}");
        k += 1;
    }
    name
}

/// Points every reference of `schema` (and its subschemas) to `from` at `to`.
pub(super) fn retarget(schema: &mut Schema, from: &str, to: &str) {
    if schema.reference.as_deref() == Some(from) {
        schema.reference = Some(to.to_owned());
    }
    if let Some(items) = &mut schema.items {
        retarget(items, from, to);
    }
    if let Some(AdditionalProperties::Schema(s)) = &mut schema.additional_properties {
        retarget(s, from, to);
    }
    for s in schema
        .properties
        .values_mut()
        .chain(schema.one_of.iter_mut())
        .chain(schema.any_of.iter_mut())
        .chain(schema.all_of.iter_mut())
    {
        retarget(s, from, to);
    }
}

/// Whether a body under `status` is an error body (4xx, 5xx), and the words of its reason
/// phrase (`404` -> `Not Found`) to tell it from other bodies of the operation.
pub(super) fn status_words(status: Option<&str>) -> (bool, String) {
    let Some(code) = status.map(str::trim).filter(|s| !s.is_empty()) else {
        return (false, String::new());
    };
    let error = code.starts_with(['4', '5']);
    let reason = code
        .parse::<u16>()
        .ok()
        .and_then(|c| http::StatusCode::from_u16(c).ok())
        .and_then(|c| c.canonical_reason())
        .map(str::to_owned)
        // A range (`4XX`) or an unregistered code: the class says what it is.
        .unwrap_or_else(|| {
            match code.chars().next() {
                Some('2') => "Success",
                Some('3') => "Redirect",
                Some('4') => "Client",
                Some('5') => "Server",
                _ => "Other",
            }
            .to_owned()
        });
    (error, reason)
}

/// `ListWorkforces__response_Workforce` -> `Workforce` (the API Explorer's model name).
impl Page<'_> {
    /// Model name `name` (from a table's label) as the page spells it: RST lowers labels
    /// (`..._request_createprivatenatoption`), while the table's caption or the text of a link
    /// to it keeps the document's spelling (`CreatePrivateNatOption`, a Type cell's
    /// ``:ref:`RouteTableRouteAction <...>` object``).
    fn spelling_of(&self, name: &str, caption: &str) -> String {
        let same = |text: &str| is_model_caption(text) && text.eq_ignore_ascii_case(name);
        if same(caption) {
            return caption.to_owned();
        }
        (0..self.tables.len())
            .flat_map(|t| self.table(t).rows.iter())
            .flat_map(|row| row.cells.iter())
            .flat_map(|cell| cell.links.iter())
            .map(|link| link.text.trim())
            .find(|text| same(text))
            .map_or_else(|| name.to_owned(), str::to_owned)
    }
}

pub(super) fn model_name_from_anchor(anchor: &str) -> Option<String> {
    let i = anchor
        .rfind("_response_")
        .map(|i| i + "_response_".len())
        .or_else(|| anchor.rfind("_request_").map(|i| i + "_request_".len()))?;
    let name = &anchor[i..];
    (!name.is_empty()
        && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
        && name.starts_with(|c: char| c.is_ascii_alphabetic()))
    .then(|| name.to_owned())
}
