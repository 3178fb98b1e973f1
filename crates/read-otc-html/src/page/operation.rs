//! The page's operation: parameters, request body, responses by status, examples.

use super::*;

impl Page<'_> {
    pub(super) fn collect_status_codes(&mut self, out: &mut PageOutput) {
        for block in &self.blocks {
            let Block::Table(t) = block else { continue };
            let Some(header) = &t.header else { continue };
            let Some(code_col) = header.iter().position(|h| {
                h.eq_ignore_ascii_case("status code") || h.eq_ignore_ascii_case("http status code")
            }) else {
                continue;
            };
            let desc_col = header
                .iter()
                .rposition(|h| h.to_ascii_lowercase().contains("description"));
            let reason_col = header
                .iter()
                .position(|h| h.eq_ignore_ascii_case("code") || h.eq_ignore_ascii_case("status"));
            for row in &t.rows {
                let code = row
                    .cell(Some(code_col))
                    .map(|c| c.text.replace("**", "").trim().to_owned())
                    .unwrap_or_default();
                if !is_status(&code) {
                    continue;
                }
                let mut description = row
                    .cell(reason_col)
                    .map(|c| c.text.replace("**", ""))
                    .filter(|t| !t.trim().is_empty())
                    .or_else(|| row.cell(desc_col).map(|c| c.text.replace("**", "")))
                    .unwrap_or_default();
                if description.trim().is_empty() {
                    description = reason_phrase(&code).to_owned();
                }
                out.status_codes.push(StatusCode {
                    code,
                    description: description.trim().to_owned(),
                    source: SourceRef::new(self.file, row.line),
                });
            }
        }
    }

    pub(super) fn build_operation(
        &mut self,
        method: Method,
        path_line: &str,
        line: usize,
        out: &mut PageOutput,
    ) -> Operation {
        let (path, query_vars) = strip_query(path_line);
        let path_vars: Vec<String> = PATH_VAR
            .captures_iter(&path)
            .map(|c| c[1].to_owned())
            .collect();
        let mut op = Operation {
            summary: self.title.clone(),
            source: Some(SourceRef::new(self.file, line)),
            tags: self.tags.clone(),
            ..Operation::default()
        };
        op.description = self.description();
        let has_body = !matches!(
            method,
            Method::Get | Method::Delete | Method::Head | Method::Options
        );

        // Parameters.
        let mut body_rows: Vec<(usize, String)> = Vec::new();
        for t in 0..self.tables.len() {
            let role = self.tables[t].role.clone();
            let rows = self.table(t).rows.clone();
            let label = table_label(self.table(t));
            match role {
                Role::Params(location) => {
                    for row in &rows {
                        let Some(name) = self.row_name(t, row) else {
                            continue;
                        };
                        let location = if location == ParameterLocation::Path {
                            match match_var(&name, &path_vars) {
                                Some(v) => {
                                    self.push_param(
                                        &mut op,
                                        t,
                                        row,
                                        v,
                                        ParameterLocation::Path,
                                        &name,
                                    );
                                    continue;
                                }
                                None => {
                                    self.diags.warn(
                                        DiagnosticCode::UnexpectedText,
                                        SourceRef::new(self.file, row.line),
                                        format!("expected path parameter `{name}` of table {label} in the path template `{path}`, found no such variable: parameter dropped"),
                                    );
                                    continue;
                                }
                            }
                        } else {
                            location
                        };
                        if location == ParameterLocation::Header && is_security_header(&name) {
                            if let Some(a) = op
                                .extra
                                .entry(Ext::SECURITY_HEADERS.as_str().to_owned())
                                .or_insert_with(|| Value::Array(Vec::new()))
                                .as_array_mut()
                            {
                                a.push(Value::String(name.clone()));
                            }
                            continue;
                        }
                        self.push_param(&mut op, t, row, name.clone(), location, &name);
                    }
                }
                Role::GenericParams => {
                    let mut to_body = Vec::new();
                    for row in &rows {
                        let Some(name) = self.row_name(t, row) else {
                            continue;
                        };
                        if let Some(v) = match_var(&name, &path_vars) {
                            self.push_param(&mut op, t, row, v, ParameterLocation::Path, &name);
                        } else if let Some(v) = match_var(&name, &query_vars) {
                            self.push_param(&mut op, t, row, v, ParameterLocation::Query, &name);
                        } else if !has_body {
                            self.push_param(
                                &mut op,
                                t,
                                row,
                                name.clone(),
                                ParameterLocation::Query,
                                &name,
                            );
                        } else {
                            to_body.push(name.clone());
                            body_rows.push((t, name));
                        }
                    }
                    if !to_body.is_empty() {
                        let line = self.table(t).line;
                        self.diags.warn(
                            DiagnosticCode::UnexpectedText,
                            SourceRef::new(self.file, line),
                            format!(
                                "expected only path and query variables of `{} {path}` in the URI table {label}, found {}: placed in the request body",
                                method.as_str(),
                                to_body.iter().map(|n| format!("`{n}`")).collect::<Vec<_>>().join(", ")
                            ),
                        );
                    }
                }
                _ => {}
            }
        }
        // URI variables without a parameter row: path ones are required, query ones not.
        let undeclared: Vec<(&String, ParameterLocation, String)> = path_vars
            .iter()
            .map(|v| {
                (
                    v,
                    ParameterLocation::Path,
                    format!("path variable `{{{v}}}`"),
                )
            })
            .chain(query_vars.iter().map(|v| {
                let what = format!("query variable `{v}` of the URI");
                (v, ParameterLocation::Query, what)
            }))
            .collect();
        for (var, location, what) in undeclared {
            if !op
                .parameters
                .iter()
                .any(|p| p.location == location && &p.name == var)
            {
                self.diags.warn(
                    DiagnosticCode::UndocumentedParameter,
                    SourceRef::new(self.file, line),
                    format!(
                        "expected a parameter row for {what}, found none: declared without a type"
                    ),
                );
                op.parameters.push(param(
                    var,
                    location,
                    location == ParameterLocation::Path,
                    None,
                    // Any value: OpenAPI requires a schema, the page states no type.
                    Some(Schema::default()),
                    SourceRef::new(self.file, line),
                ));
            }
        }

        // Request body.
        let request_root =
            (0..self.tables.len()).find(|&t| self.tables[t].role == Role::RequestBody);
        let mut body_schema_name = request_root.map(|t| self.tables[t].local_name.clone());
        if !body_rows.is_empty() {
            let t = body_rows[0].0;
            let names: HashSet<String> = body_rows.iter().map(|(_, n)| n.clone()).collect();
            let extra = self.object_schema(t, Some(&|n: &str| names.contains(n)));
            match &body_schema_name {
                Some(name) => {
                    if let Some(root) = out.schemas.get_mut(name) {
                        for (k, v) in extra.properties {
                            if extra.required.contains(&k) && !root.required.contains(&k) {
                                root.required.push(k.clone());
                            }
                            root.properties.entry(k).or_insert(v);
                        }
                    }
                }
                None => {
                    let name = unique_name(&format!("{}Request", self.op_pascal), &out.schemas);
                    let mut schema = extra;
                    schema.title = None;
                    out.schemas.insert(name.clone(), schema);
                    body_schema_name = Some(name);
                }
            }
        }
        let content_type = self.content_type();
        if let Some(name) = &body_schema_name {
            let whole_body_required = request_root.is_some_and(|t| {
                self.whole_body_row(t)
                    .is_some_and(|row| self.mandatory(t, row).0)
            });
            let required = whole_body_required
                || out
                    .schemas
                    .get(name)
                    .is_some_and(|s| !s.required.is_empty());
            let source = request_root.map(|t| SourceRef::new(self.file, self.table(t).line));
            let mut content = IndexMap::new();
            content.insert(
                content_type.clone(),
                MediaType {
                    schema: Some(Schema::reference_to(name)),
                    ..MediaType::default()
                },
            );
            op.request_body = Some(RequestBody {
                description: None,
                content,
                required,
                source,
                also_stated_at: Vec::new(),
                extra: Extra::new(),
            });
        }

        // Responses.
        let stated: Vec<StatusCode> = out.status_codes.clone();
        let normal = self.normal_code();
        let unmarked_status = || -> Option<String> {
            if let Some(n) = &normal {
                return Some(n.clone());
            }
            let success: Vec<&StatusCode> =
                stated.iter().filter(|s| s.code.starts_with('2')).collect();
            (success.len() == 1).then(|| success[0].code.clone())
        };
        let fallback_status = unmarked_status();
        let fallback_rule = if normal.is_some() {
            None
        } else {
            fallback_status
                .as_ref()
                .map(|_| StatusRule::PageStatusTable)
        };
        let mut unmarked_body = false;
        for t in 0..self.tables.len() {
            let (status, headers) = match &self.tables[t].role {
                Role::ResponseBody(s) => (s.clone(), false),
                Role::ResponseHeaders(s) => (s.clone(), true),
                _ => continue,
            };
            let rule = if status.is_some() {
                None
            } else {
                fallback_rule
            };
            let code = status
                .or_else(|| fallback_status.clone())
                .unwrap_or_else(|| {
                    unmarked_body = true;
                    SUCCESS_RANGE.to_owned()
                });
            let rule = rule.or(unmarked_body.then_some(StatusRule::SuccessRange));
            let line = self.table(t).line;
            let response = op
                .responses
                .entry(code.clone())
                .or_insert_with(|| Response {
                    description: String::new(),
                    source: Some(SourceRef::new(self.file, line)),
                    ..Response::default()
                });
            if let Some(rule) = rule {
                response
                    .extra
                    .set_ext(Ext::STATUS_RULE, Value::String(rule.as_str().to_owned()));
            }
            if headers {
                let rows = self.table(t).rows.clone();
                for row in &rows {
                    let Some(name) = self.row_name(t, row) else {
                        continue;
                    };
                    let (schema, _) = self.field_schema(t, row, false);
                    let description = row
                        .cell(self.tables[t].cols.desc)
                        .map(|c| c.text.clone())
                        .filter(|d| !d.is_empty());
                    if let Some(response) = op.responses.get_mut(&code) {
                        response.headers.insert(
                            name,
                            docsdk_spec::Header {
                                description,
                                schema: Some(strip_doc(schema)),
                                source: Some(SourceRef::new(self.file, row.line)),
                            },
                        );
                    }
                }
            } else {
                response.content.insert(
                    "application/json".into(),
                    MediaType {
                        schema: Some(Schema::reference_to(&self.tables[t].local_name)),
                        ..MediaType::default()
                    },
                );
            }
        }
        // Markers without a table: a response without a body.
        for s in self.sections.iter().filter(|s| s.kind == Kind::Response) {
            for &b in &s.blocks {
                if let Block::Para { text, line, .. } = &self.blocks[b]
                    && let Some(c) = STATUS_MARKER.captures(text)
                {
                    op.responses
                        .entry(c[1].to_owned())
                        .or_insert_with(|| Response {
                            source: Some(SourceRef::new(self.file, *line)),
                            ..Response::default()
                        });
                }
            }
        }
        for code in &stated {
            let r = op
                .responses
                .entry(code.code.clone())
                .or_insert_with(|| Response {
                    source: Some(code.source.clone()),
                    ..Response::default()
                });
            if r.description.is_empty() {
                r.description = code.description.clone();
            }
        }
        if let Some(n) = &normal {
            op.responses.entry(n.clone()).or_default();
        }
        if unmarked_body {
            let line = self
                .section_of(Kind::Response)
                .next()
                .map_or(line, |s| s.line);
            let shared = self.shared_status_note();
            self.diags.warn(
                DiagnosticCode::ResponseStatusInferred,
                SourceRef::new(self.file, line),
                format!(
                    "expected a status code for the response body, found none on the page{shared}: the body is the success response `{SUCCESS_RANGE}` (x-status-rule: {})",
                    StatusRule::SuccessRange.as_str(),
                ),
            );
        }
        // Examples.
        self.attach_examples(&mut op, method, &content_type, fallback_status.as_deref());
        if op.responses.is_empty() {
            let shared = self.shared_status_note();
            self.diags.warn(
                DiagnosticCode::NoResponse,
                SourceRef::new(self.file, line),
                format!(
                    "expected a response, status code or example response, found none on the page{shared}: a bodiless `2XX` response stands for it"
                ),
            );
        }

        for (code, r) in op.responses.iter_mut() {
            if r.description.is_empty() {
                r.description = if code == SUCCESS_RANGE {
                    "Success (the page does not state its status code)".to_owned()
                } else {
                    reason_phrase(code).to_owned()
                };
            }
        }
        if op.responses.is_empty() {
            // OpenAPI requires at least one response (reported above); success without a body
            // is all a client may assume, and error statuses stay errors.
            op.responses.insert(
                SUCCESS_RANGE.to_owned(),
                Response {
                    description: "Success (no response is documented on the page)".to_owned(),
                    source: Some(SourceRef::new(self.file, line)),
                    ..Response::default()
                },
            );
        }
        op
    }

    pub(super) fn push_param(
        &mut self,
        op: &mut Operation,
        t: usize,
        row: &Row,
        name: String,
        location: ParameterLocation,
        printed: &str,
    ) {
        if name != printed {
            self.diags.warn(
                DiagnosticCode::UnexpectedText,
                SourceRef::new(self.file, row.line),
                format!("expected parameter `{printed}` to be spelled as in the URI template, found `{name}` there: the template's spelling is used"),
            );
        }
        if op
            .parameters
            .iter()
            .any(|p| p.name == name && p.location == location)
        {
            self.diags.warn(
                DiagnosticCode::Duplicate,
                SourceRef::new(self.file, row.line),
                format!(
                    "expected {} parameter `{name}` once, found it again: the first row is kept",
                    location.as_str()
                ),
            );
            return;
        }
        let (schema, required) = self.field_schema(t, row, false);
        let description = row
            .cell(self.tables[t].cols.desc)
            .map(|c| c.text.trim().to_owned())
            .filter(|d| !d.is_empty());
        let required = required || location == ParameterLocation::Path;
        op.parameters.push(param(
            &name,
            location,
            required,
            description,
            Some(strip_doc(schema)),
            SourceRef::new(self.file, row.line),
        ));
    }

    pub(super) fn description(&self) -> Option<String> {
        let mut parts = Vec::new();
        let function: Vec<&Section> = self.section_of(Kind::Function).collect();
        let sources: Vec<&Section> = if function.is_empty() {
            self.section_of(Kind::Intro).collect()
        } else {
            function
        };
        for s in sources {
            for (text, _) in self.paras(s) {
                parts.push(text);
            }
        }
        for s in self.section_of(Kind::Constraints) {
            let texts: Vec<String> = self.paras(s).into_iter().map(|(t, _)| t).collect();
            let joined = texts.join("\n\n");
            if !joined.is_empty() && !joined.eq_ignore_ascii_case("none") {
                parts.push(format!("Constraints: {joined}"));
            }
        }
        (!parts.is_empty()).then(|| parts.join("\n\n"))
    }

    pub(super) fn content_type(&self) -> String {
        static MEDIA: LazyLock<Regex> = LazyLock::new(|| {
            Regex::new(r"\b((?:application|multipart|text)/[a-z0-9.+-]+)")
                .expect("the pattern is valid")
        });
        for t in 0..self.tables.len() {
            if self.tables[t].role != Role::Params(ParameterLocation::Header) {
                continue;
            }
            for row in &self.table(t).rows {
                let name = row
                    .cell(self.tables[t].cols.name)
                    .map(|c| c.text.replace("**", ""))
                    .unwrap_or_default();
                if name.trim().eq_ignore_ascii_case("content-type") {
                    let desc = row
                        .cell(self.tables[t].cols.desc)
                        .map(|c| c.text.clone())
                        .unwrap_or_default();
                    if let Some(c) = MEDIA.captures(&desc) {
                        return c[1].to_owned();
                    }
                }
            }
        }
        "application/json".to_owned()
    }

    pub(super) fn normal_code(&self) -> Option<String> {
        for s in self
            .sections
            .iter()
            .filter(|s| matches!(s.kind, Kind::StatusCodes | Kind::Response))
        {
            for (text, _) in self.paras(s) {
                if let Some(c) = NORMAL_CODE.captures(&text) {
                    return Some(c[1].to_owned());
                }
            }
        }
        None
    }

    pub(super) fn shared_status_page(&self) -> Option<String> {
        self.sections
            .iter()
            .filter(|s| s.kind == Kind::StatusCodes)
            .flat_map(|s| s.blocks.iter())
            .find_map(|&b| match &self.blocks[b] {
                Block::Para { links, .. } => links
                    .first()
                    .map(|l| l.href.split('#').next().unwrap_or("").to_owned()),
                _ => None,
            })
            .filter(|p| !p.is_empty())
    }

    /// ` (it refers to the shared page P)` for a diagnostic, when the page links one.
    fn shared_status_note(&self) -> String {
        self.shared_status_page()
            .map(|p| format!(" (it refers to the shared page {p})"))
            .unwrap_or_default()
    }

    pub(super) fn attach_examples(
        &mut self,
        op: &mut Operation,
        method: Method,
        content_type: &str,
        fallback_status: Option<&str>,
    ) {
        let mut requests: Vec<Example> = Vec::new();
        let mut responses: Vec<(Option<String>, Example)> = Vec::new();
        for s in &self.sections {
            let mode_default = match s.kind {
                Kind::ExampleRequests => Some(true),
                Kind::ExampleResponses => Some(false),
                Kind::Samples => None,
                _ => continue,
            };
            let mut status: Option<String> = None;
            let mut label = String::new();
            let mut mode = mode_default;
            for &b in &s.blocks {
                match &self.blocks[b] {
                    Block::Para { text, .. } => {
                        if let Some(c) = STATUS_MARKER.captures(text) {
                            status = Some(c[1].to_owned());
                            label.clear();
                            continue;
                        }
                        let lower = text.to_ascii_lowercase();
                        if mode_default.is_none() {
                            if lower.contains("request") && !lower.contains("response") {
                                mode = Some(true);
                            } else if lower.contains("response") {
                                mode = Some(false);
                            }
                        }
                        label = text.replace("**", "");
                    }
                    Block::Pre { text, line } => {
                        let ex = examples::parse(text, SourceRef::new(self.file, *line), &label);
                        let is_request = match mode {
                            Some(m) => m,
                            None => ex.method.is_some(),
                        };
                        if is_request {
                            requests.push(ex);
                        } else {
                            responses.push((status.clone(), ex));
                        }
                        label.clear();
                    }
                    _ => {}
                }
            }
        }
        if let Some(first) = requests.first() {
            op.example_request = Some(ExampleRequest {
                method: first.method.clone(),
                path: first.path.clone(),
                headers: first
                    .headers
                    .iter()
                    .map(|(n, v)| HeaderValue {
                        name: n.clone(),
                        value: v.clone(),
                        source: Some(first.source.clone()),
                    })
                    .collect(),
                body: first.body.clone(),
                source: Some(first.source.clone()),
            });
            if let Some(m) = &first.method
                && Method::parse(m) != Some(method)
            {
                self.diags.warn(
                    DiagnosticCode::UnexpectedText,
                    first.source.clone(),
                    format!(
                        "expected the example request to use {}, found {m}",
                        method.as_str()
                    ),
                );
            }
        }
        let with_body: Vec<&Example> = requests.iter().filter(|e| e.body.is_some()).collect();
        if !with_body.is_empty() {
            match op
                .request_body
                .as_mut()
                .and_then(|b| b.content.values_mut().next())
            {
                Some(media) => add_examples(media, &with_body),
                None => {
                    let mut media = MediaType::default();
                    add_examples(&mut media, &with_body);
                    let mut content = IndexMap::new();
                    content.insert(content_type.to_owned(), media);
                    op.request_body = Some(RequestBody {
                        content,
                        source: Some(with_body[0].source.clone()),
                        ..RequestBody::default()
                    });
                    self.diags.warn(
                        DiagnosticCode::UnexpectedText,
                        with_body[0].source.clone(),
                        "expected a request body table for the example request's body, found none: the body is kept as an example without a schema",
                    );
                }
            }
        }
        // Response examples: by marker, else the status the body is under.
        let mut by_code: IndexMap<String, Vec<Example>> = IndexMap::new();
        for (status, ex) in responses {
            let code = status
                .or_else(|| fallback_status.map(str::to_owned))
                .unwrap_or_else(|| {
                    if op.responses.contains_key(SUCCESS_RANGE) || op.responses.is_empty() {
                        SUCCESS_RANGE.to_owned()
                    } else {
                        op.responses
                            .keys()
                            .next()
                            .cloned()
                            .unwrap_or_else(|| SUCCESS_RANGE.to_owned())
                    }
                });
            by_code.entry(code).or_default().push(ex);
        }
        for (code, exs) in by_code {
            let with_body: Vec<&Example> = exs.iter().filter(|e| e.body.is_some()).collect();
            let response = op
                .responses
                .entry(code.clone())
                .or_insert_with(|| Response {
                    source: exs.first().map(|e| e.source.clone()),
                    ..Response::default()
                });
            // An example response with no code anywhere on the page: the success range,
            // which the service may narrow like an unmarked body table.
            if code == SUCCESS_RANGE && !response.extra.has_ext(Ext::STATUS_RULE) {
                response.extra.set_ext(
                    Ext::STATUS_RULE,
                    Value::String(StatusRule::SuccessRange.as_str().to_owned()),
                );
            }
            if response.description.is_empty()
                && let Some(l) = exs.iter().map(|e| e.label.trim()).find(|l| !l.is_empty())
            {
                response.description = l.to_owned();
            }
            if with_body.is_empty() {
                continue;
            }
            let media = response
                .content
                .entry("application/json".into())
                .or_default();
            add_examples(media, &with_body);
        }
    }
}

pub(super) fn add_examples(media: &mut MediaType, examples: &[&Example]) {
    let mut rest = Vec::new();
    for ex in examples {
        if media.example.is_none() {
            media.example = ex.body.clone();
            media.example_source = Some(ex.source.clone());
            if ex.body_is_text {
                media
                    .extra
                    .insert(docsdk_spec::Ext::EXAMPLE_IS_TEXT.into(), Value::Bool(true));
            }
        } else {
            let mut entry = serde_json::Map::new();
            if !ex.label.trim().is_empty() {
                entry.insert("summary".into(), Value::String(ex.label.trim().to_owned()));
            }
            entry.insert("value".into(), ex.body.clone().unwrap_or(Value::Null));
            if ex.body_is_text {
                entry.insert(docsdk_spec::Ext::EXAMPLE_IS_TEXT.into(), Value::Bool(true));
            }
            entry.insert(
                Ext::SOURCE.as_str().to_owned(),
                Value::String(ex.source.to_string()),
            );
            rest.push(Value::Object(entry));
        }
    }
    if !rest.is_empty() {
        let list = media
            .extra
            .entry(Ext::EXAMPLES.as_str().to_owned())
            .or_insert_with(|| Value::Array(Vec::new()));
        if let Some(a) = list.as_array_mut() {
            a.extend(rest);
        }
    }
}

pub(super) fn param(
    name: &str,
    location: ParameterLocation,
    required: bool,
    description: Option<String>,
    schema: Option<Schema>,
    source: SourceRef,
) -> Parameter {
    Parameter {
        name: name.to_owned(),
        location,
        description,
        required,
        deprecated: false,
        style: None,
        explode: None,
        schema,
        example: None,
        source: Some(source),
        also_stated_at: Vec::new(),
        extra: Extra::new(),
    }
}

pub(super) fn is_status(code: &str) -> bool {
    code.len() == 3
        && code.starts_with(|c: char| ('1'..='5').contains(&c))
        && code[1..]
            .chars()
            .all(|c| c.is_ascii_digit() || c == 'x' || c == 'X')
}

pub(super) fn is_security_header(name: &str) -> bool {
    ["x-auth-token", "authorization", "x-sdk-date"].contains(&name.to_ascii_lowercase().as_str())
}
