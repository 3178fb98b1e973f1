//! Which table describes which field: links from the Type and Description cells, captions that
//! name a field, model tables printed after their owner; and each table's role on the
//! operation (parameters, request or response body, nested object).

use super::*;

impl Page<'_> {
    pub(super) fn collect_field_tables(&mut self) {
        let mut status: Option<String> = None;
        for (si, section) in self.sections.iter().enumerate() {
            status = if section.kind == Kind::Response {
                None
            } else {
                status
            };
            for &b in &section.blocks {
                match &self.blocks[b] {
                    Block::Para { text, .. } if section.kind == Kind::Response => {
                        if let Some(c) = STATUS_MARKER.captures(text) {
                            status = Some(c[1].to_owned());
                        }
                    }
                    Block::Table(t) => {
                        let Some(header) = header_of(t) else {
                            self.diags.error(
                                DiagnosticCode::MalformedTable,
                                SourceRef::new(self.file, t.line),
                                format!(
                                    "expected a header row (Parameter, Type, Description) in table {}, found none: table skipped",
                                    table_label(t)
                                ),
                            );
                            continue;
                        };
                        let cols = columns(&header);
                        if header
                            .iter()
                            .any(|h| h.to_ascii_lowercase().contains("status code"))
                        {
                            continue;
                        }
                        if cols.name.is_none() || (cols.ty.is_none() && cols.desc.is_none()) {
                            if matches!(section.kind, Kind::Uri | Kind::Request | Kind::Response) {
                                self.diags.warn(
                                    DiagnosticCode::MalformedTable,
                                    SourceRef::new(self.file, t.line),
                                    format!(
                                        "expected Parameter/Type/Description columns in table {}, found {:?}: table not read",
                                        table_label(t),
                                        header
                                    ),
                                );
                            }
                            continue;
                        }
                        let index = self.tables.len();
                        for a in &t.anchors {
                            self.anchor_to_table.insert(a.clone(), index);
                        }
                        self.tables.push(FieldTable {
                            block: b,
                            section: si,
                            cols,
                            status: status.clone(),
                            subject: naming::caption_field(&t.caption).unwrap_or_default(),
                            role: Role::Unplaced,
                            local_name: String::new(),
                            referrer: None,
                        });
                    }
                    _ => {}
                }
            }
        }
    }

    /// The tables a row refers to, in order of preference: links in the Type cell, links to
    /// tables in the description, a table named after the type or the field, a `Table N`
    /// mention.
    pub(super) fn row_targets(
        &mut self,
        table: usize,
        row: &Row,
        spec: Option<&TypeSpec>,
        report: bool,
    ) -> Vec<Target> {
        let cols = &self.tables[table].cols;
        let (ty_col, desc_col, name_col) = (cols.ty, cols.desc, cols.name);
        let wants = spec.is_none_or(TypeSpec::wants_table);
        let mut targets = Vec::new();
        let type_links: Vec<Link> = row
            .cell(ty_col)
            .map(|c| c.links.clone())
            .unwrap_or_default();
        for link in &type_links {
            if let Some(t) = self.link_target(link, row.line, report) {
                push_unique(&mut targets, t);
            }
        }
        if targets.is_empty()
            && let Some(&described) = self.trailing.get(&(table, row.line))
        {
            targets.push(Target::Local(described));
        }
        if !targets.is_empty() || !wants {
            return targets;
        }
        let desc_links: Vec<Link> = row
            .cell(desc_col)
            .map(|c| c.links.clone())
            .unwrap_or_default();
        for link in &desc_links {
            let is_table_link = link.text.trim_start().starts_with("Table");
            let local = link
                .href
                .strip_prefix('#')
                .and_then(|a| self.anchor_to_table.get(a));
            if (is_table_link || local.is_some())
                && let Some(t) = self.link_target(link, row.line, report)
            {
                push_unique(&mut targets, t);
            }
        }
        if !targets.is_empty() {
            return targets;
        }
        let name = row
            .cell(name_col)
            .map(|c| c.text.replace("**", ""))
            .unwrap_or_default();
        // Tables named alike in the request and the response section (`tags` filters and
        // `tags` results) each describe their own section's field.
        let by_name = |subject: &str| -> Vec<usize> {
            let found: Vec<usize> = (0..self.tables.len())
                .filter(|&i| i != table && !self.tables[i].subject.is_empty())
                .filter(|&i| self.tables[i].subject.eq_ignore_ascii_case(subject))
                .collect();
            let section = self.tables[table].section;
            let same: Vec<usize> = found
                .iter()
                .copied()
                .filter(|&i| self.tables[i].section == section)
                .collect();
            if same.is_empty() { found } else { same }
        };
        let named = match spec {
            Some(TypeSpec::Named(n)) => Some(n.clone()),
            Some(TypeSpec::Array(Some(inner))) | Some(TypeSpec::Map(Some(inner))) => match &**inner
            {
                TypeSpec::Named(n) => Some(n.clone()),
                _ => None,
            },
            _ => None,
        };
        let mut found = named.as_deref().map(by_name).unwrap_or_default();
        // A table whose caption names the field describes it, unless the field is a free-form
        // object: a caption then lists keys the document knows (`metadata`), not every key
        // the object may have, so only an explicit link makes it a model.
        let free_form = matches!(spec, Some(TypeSpec::Object | TypeSpec::Map(_)));
        if found.is_empty() && !free_form {
            found = by_name(name.trim());
        }
        for f in found {
            push_unique(&mut targets, Target::Local(f));
        }
        if !targets.is_empty() {
            return targets;
        }
        let desc = row
            .cell(desc_col)
            .map(|c| c.text.clone())
            .unwrap_or_default();
        for caps in TABLE_MENTION.captures_iter(&desc) {
            let n: Option<u32> = caps[1].parse().ok();
            let hit = (0..self.tables.len()).find(|&i| self.table(i).number == n && i != table);
            match hit {
                Some(i) => push_unique(&mut targets, Target::Local(i)),
                None if report => {
                    let all_numbers: HashSet<u32> = self
                        .blocks
                        .iter()
                        .filter_map(|b| match b {
                            Block::Table(t) => t.number,
                            _ => None,
                        })
                        .collect();
                    if n.is_some_and(|n| !all_numbers.contains(&n)) {
                        self.diags.error(
                            DiagnosticCode::UnresolvedReference,
                            SourceRef::new(self.file, row.line),
                            format!(
                                "expected Table {} (referenced by field `{}`) on the page, found no such table: the field keeps its stated type only",
                                &caps[1],
                                name.trim()
                            ),
                        );
                    }
                }
                None => {}
            }
        }
        if targets.is_empty()
            && report
            && let Some(n) = named
        {
            self.diags.warn(
                    DiagnosticCode::UnresolvedReference,
                    SourceRef::new(self.file, row.line),
                    format!(
                        "expected a table describing `{n}` (type of field `{}`), found none on the page: the field is left without a model",
                        name.trim()
                    ),
                );
        }
        targets
    }

    pub(super) fn link_target(&mut self, link: &Link, line: usize, report: bool) -> Option<Target> {
        let (file, anchor) = match link.href.split_once('#') {
            Some((f, a)) => (f, a),
            None => return None,
        };
        let own = file.is_empty() || file == self.file.rsplit('/').next().unwrap_or(self.file);
        if own {
            if let Some(&t) = self.anchor_to_table.get(anchor) {
                return Some(Target::Local(t));
            }
            if report && link.text.trim_start().starts_with("Table") {
                self.diags.error(
                    DiagnosticCode::UnresolvedReference,
                    SourceRef::new(self.file, line),
                    format!(
                        "expected a table with anchor `{anchor}` (linked as `{}`), found none on the page: the field keeps its stated type only",
                        link.text
                    ),
                );
            }
            return None;
        }
        Some(Target::Remote(format!("{file}#{anchor}")))
    }

    /// Which tables another table's row refers to (noting the first referrer of each).
    fn nested_tables(&mut self) -> Vec<bool> {
        let mut referenced = vec![false; self.tables.len()];
        for t in 0..self.tables.len() {
            let rows = self.table(t).rows.clone();
            let ty_col = self.tables[t].cols.ty;
            for row in &rows {
                let spec = row.cell(ty_col).and_then(|c| parse_type(&c.text));
                for target in self.row_targets(t, row, spec.as_ref(), false) {
                    if let Target::Local(n) = target
                        && n != t
                    {
                        referenced[n] = true;
                        self.note_referrer(n, t, row);
                    }
                }
            }
        }
        referenced
    }

    /// On a page without operations every table is a model: the ones its rows link are
    /// nested (named after their referrer when the caption does not name them).
    pub(super) fn link_nested_tables(&mut self) {
        self.nested_tables();
        for table in &mut self.tables {
            table.role = Role::Nested;
        }
    }

    pub(super) fn resolve_roles(&mut self, method: Method) {
        let has_body = !matches!(
            method,
            Method::Get | Method::Delete | Method::Head | Method::Options
        );
        // Nested: referenced from another table's row.
        let mut referenced = self.nested_tables();
        self.tie_trailing_models(&mut referenced);
        let mut request_root = false;
        let mut response_roots: HashSet<Option<String>> = HashSet::new();
        for (t, &is_referenced) in referenced.iter().enumerate() {
            let kind = self.sections[self.tables[t].section].kind;
            let caption = self.table(t).caption.to_ascii_lowercase();
            let status = self.tables[t].status.clone();
            let role = if is_referenced {
                Role::Nested
            } else if caption.contains("header") {
                if kind == Kind::Response {
                    Role::ResponseHeaders(status)
                } else {
                    Role::Params(ParameterLocation::Header)
                }
            } else if caption.contains("path param") {
                Role::Params(ParameterLocation::Path)
            } else if caption.contains("query param") {
                Role::Params(ParameterLocation::Query)
            } else {
                match kind {
                    Kind::Uri => Role::GenericParams,
                    Kind::Request => {
                        if caption.contains("body") || has_body {
                            if request_root {
                                Role::Unplaced
                            } else {
                                request_root = true;
                                Role::RequestBody
                            }
                        } else {
                            // GET filters listed under Request are query parameters.
                            Role::Params(ParameterLocation::Query)
                        }
                    }
                    Kind::Response => {
                        if response_roots.insert(status.clone()) {
                            Role::ResponseBody(status)
                        } else {
                            Role::Unplaced
                        }
                    }
                    _ => Role::Unplaced,
                }
            };
            if role == Role::Unplaced {
                let t_ref = self.table(t);
                let label = table_label(t_ref);
                let line = t_ref.line;
                let title = self.sections[self.tables[t].section].title.clone();
                self.diags.warn(
                    DiagnosticCode::UnreferencedTable,
                    SourceRef::new(self.file, line),
                    format!(
                        "expected table {label} in section `{title}` to be a parameter or body table or to be referenced by a field, found neither: kept as an unreferenced component schema"
                    ),
                );
            }
            self.tables[t].role = role;
        }
    }

    /// Records `row` of table `from` as the first field that refers to table `to` (names the
    /// nested table when its caption does not).
    pub(super) fn note_referrer(&mut self, to: usize, from: usize, row: &Row) {
        if self.tables[to].referrer.is_none() {
            let field = row
                .cell(self.tables[from].cols.name)
                .map(|c| c.text.replace("**", "").trim().to_owned())
                .unwrap_or_default();
            self.tables[to].referrer = Some((from, field));
        }
    }

    /// A table captioned with a model name (`ErrorDetail`, `HardDetail`) that no field refers
    /// to describes the one free-form object field (`error | Object`, `hard_details |
    /// Map<String,Object>`) that no table describes in the table printed right before it, in
    /// the same section and under the same status. API Explorer pages print a type's table
    /// after its owner's and lose the link in export; with two such fields, or none, the
    /// table stays unreferenced.
    pub(super) fn tie_trailing_models(&mut self, referenced: &mut [bool]) {
        for (t, is_referenced) in referenced.iter_mut().enumerate().skip(1) {
            let owner = t - 1;
            if *is_referenced
                || self.tables[t].section != self.tables[owner].section
                || self.tables[t].status != self.tables[owner].status
                || !is_model_caption(self.table(t).caption.trim())
            {
                continue;
            }
            let rows = self.table(owner).rows.clone();
            let ty_col = self.tables[owner].cols.ty;
            let mut open = Vec::new();
            for row in &rows {
                let spec = row.cell(ty_col).and_then(|c| parse_type(&c.text));
                if is_free_form(spec.as_ref())
                    && self
                        .row_targets(owner, row, spec.as_ref(), false)
                        .is_empty()
                {
                    open.push(row);
                }
            }
            if let [row] = open[..] {
                self.trailing.insert((owner, row.line), t);
                *is_referenced = true;
                self.note_referrer(t, owner, row);
            }
        }
    }
}

pub(super) fn push_unique(targets: &mut Vec<Target>, t: Target) {
    if !targets.contains(&t) {
        targets.push(t);
    }
}

/// The header row: the `th` row, or a first body row whose cells are header words.
pub(super) fn header_of(t: &Table) -> Option<Vec<String>> {
    if let Some(h) = &t.header {
        return Some(h.clone());
    }
    None
}

pub(super) fn columns(header: &[String]) -> Columns {
    let find =
        |pred: &dyn Fn(&str) -> bool| header.iter().position(|h| pred(&h.to_ascii_lowercase()));
    Columns {
        name: find(&|h| {
            matches!(
                h,
                "parameter"
                    | "name"
                    | "parameter name"
                    | "field"
                    | "attribute"
                    | "field name"
                    | "parameters"
                    | "property"
            )
        }),
        mandatory: find(&|h| h.contains("mandatory") || h.contains("required") || h == "m/o"),
        ty: find(&|h| matches!(h, "type" | "data type" | "value type" | "parameter type")),
        desc: find(&|h| h.contains("description")),
    }
}

pub(super) fn table_label(t: &Table) -> String {
    match (t.number, t.caption.is_empty()) {
        (Some(n), false) => format!("`Table {n} {}`", t.caption),
        (Some(n), true) => format!("`Table {n}`"),
        (None, false) => format!("`{}`", t.caption),
        (None, true) => "(no caption)".to_owned(),
    }
}

pub(super) fn is_generic_caption(lower: &str) -> bool {
    let generic = [
        "",
        "parameters",
        "parameter",
        "parameter description",
        "parameter descriptions",
        "uri parameters",
        "uri parameter",
        "request parameters",
        "request parameter",
        "response parameters",
        "response parameter",
        "path parameters",
        "query parameters",
        "request body parameters",
        "response body parameters",
        "request header parameters",
        "response header parameters",
        "description",
        "request body",
        "response body",
        "request",
        "response",
        "body parameters",
        "header parameters",
        "request header",
        "response header",
        "parameters in the request body",
        "parameters in the response body",
    ];
    generic.contains(&lower)
}

/// A type that says "object" without naming or describing it: `Object`, `JSON`, or a map
/// of such values.
pub(super) fn is_free_form(spec: Option<&TypeSpec>) -> bool {
    match spec {
        Some(TypeSpec::Object | TypeSpec::Any) => true,
        Some(TypeSpec::Map(Some(value))) => matches!(**value, TypeSpec::Object | TypeSpec::Any),
        _ => false,
    }
}

/// A model caption: one identifier (`Workforce`, `LabelAttribute`), not a phrase.
pub(super) fn is_model_caption(caption: &str) -> bool {
    !caption.is_empty()
        && !is_generic_caption(&caption.to_ascii_lowercase())
        && caption
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_')
        && caption.starts_with(|c: char| c.is_ascii_alphabetic())
}
