//! The typed response model of an operation: each documented status as a [`Status`], the one
//! success response chosen by the documented rule, and the documented error bodies.
//!
//! Readers write a response under `default` when a page states no status code, so an
//! operation's only body may sit there; the rule below keeps it instead of returning `()`.

use docsdk_spec::{Operation, Schema};

/// A response key of an OpenAPI `responses` map.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Status {
    /// An exact code (`200`).
    Code(u16),
    /// A range (`2XX` is `Range(2)`).
    Range(u8),
    /// `default`: any status not listed.
    Default,
}

impl Status {
    /// Parses a response key; `None` for a key that is none of the three forms.
    pub fn parse(key: &str) -> Option<Status> {
        let key = key.trim();
        if key.eq_ignore_ascii_case("default") {
            return Some(Status::Default);
        }
        if let Ok(code) = key.parse::<u16>() {
            return (100..600).contains(&code).then_some(Status::Code(code));
        }
        let bytes = key.as_bytes();
        if bytes.len() == 3 && bytes[1..].eq_ignore_ascii_case(b"XX") {
            let class = (bytes[0] as char).to_digit(10)?;
            return (1..6)
                .contains(&class)
                .then_some(Status::Range(class as u8));
        }
        None
    }

    /// A 2xx code or the `2XX` range.
    pub fn is_success(self) -> bool {
        match self {
            Status::Code(c) => (200..300).contains(&c),
            Status::Range(c) => c == 2,
            Status::Default => false,
        }
    }

    /// A status a test server can answer with: the code, or the range's first code, or 200.
    pub fn example_code(self) -> u16 {
        match self {
            Status::Code(c) => c,
            Status::Range(c) => u16::from(c) * 100,
            Status::Default => 200,
        }
    }

    /// As written in docs (`200`, `2XX`, `default`).
    pub fn label(self) -> String {
        match self {
            Status::Code(c) => c.to_string(),
            Status::Range(c) => format!("{c}XX"),
            Status::Default => "default".to_owned(),
        }
    }
}

/// One documented response.
#[derive(Clone, Copy)]
pub struct Documented<'a> {
    /// Its status.
    pub status: Status,
    /// Its JSON body schema, if it documents one.
    pub schema: Option<&'a Schema>,
}

/// Which rule chose the success response (said in the `send` docs).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Rule {
    /// The lowest 2xx code with a body.
    LowestCode,
    /// No 2xx code has a body; the `2XX` range has one.
    Range,
    /// `default` is the only documented body.
    DefaultOnly,
    /// No success body is documented: the lowest documented 2xx status, without a body.
    NoBody,
}

/// The responses of one operation, classified.
pub struct Responses<'a> {
    /// The success response, by [`Rule`]; `None` when no 2xx status and no usable body exists.
    pub success: Option<(Documented<'a>, Rule)>,
    /// Documented error bodies (non-2xx codes and ranges, and `default` unless it is the
    /// success), in status order.
    pub errors: Vec<Documented<'a>>,
    /// Response keys that are not statuses, for the warning.
    pub unreadable: Vec<String>,
}

/// The JSON body schema of a response.
fn body(r: &docsdk_spec::Response) -> Option<&Schema> {
    r.content.values().find_map(|m| m.schema.as_ref())
}

impl<'a> Responses<'a> {
    /// Classifies `op`'s responses by the one documented rule: the success body is the lowest
    /// 2xx code with a body, else the `2XX` range's, else `default`'s when it is the only
    /// documented body.
    pub fn of(op: &'a Operation) -> Responses<'a> {
        let mut all = Vec::new();
        let mut unreadable = Vec::new();
        for (key, response) in &op.responses {
            match Status::parse(key) {
                Some(status) => all.push(Documented {
                    status,
                    schema: body(response),
                }),
                None => unreadable.push(key.clone()),
            }
        }
        all.sort_by_key(|d| d.status);
        let with_body = |pred: &dyn Fn(Status) -> bool| {
            all.iter()
                .find(|d| pred(d.status) && d.schema.is_some())
                .copied()
        };
        let bodies = all.iter().filter(|d| d.schema.is_some()).count();
        let success = with_body(&|s| matches!(s, Status::Code(_)) && s.is_success())
            .map(|d| (d, Rule::LowestCode))
            .or_else(|| with_body(&|s| s == Status::Range(2)).map(|d| (d, Rule::Range)))
            .or_else(|| {
                with_body(&|s| s == Status::Default)
                    .filter(|_| bodies == 1)
                    .map(|d| (d, Rule::DefaultOnly))
            })
            .or_else(|| {
                all.iter()
                    .find(|d| d.status.is_success())
                    .map(|d| (Documented { schema: None, ..*d }, Rule::NoBody))
            });
        let chosen = success.map(|(d, _)| d.status);
        let errors = all
            .iter()
            .filter(|d| d.schema.is_some() && !d.status.is_success() && Some(d.status) != chosen)
            .copied()
            .collect();
        Responses {
            success,
            errors,
            unreadable,
        }
    }

    /// The success body schema, if any.
    pub fn success_schema(&self) -> Option<&'a Schema> {
        self.success.and_then(|(d, _)| d.schema)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::{Value, json};

    /// An operation whose responses are `(key, has a body)`.
    fn op(responses: &[(&str, bool)]) -> Operation {
        let map: serde_json::Map<String, Value> = responses
            .iter()
            .map(|(key, body)| {
                let mut r = json!({"description": "x"});
                if *body {
                    r["content"] = json!({"application/json": {"schema": {"type": "object"}}});
                }
                ((*key).to_owned(), r)
            })
            .collect();
        serde_json::from_value(json!({ "responses": map })).expect("operation parses")
    }

    fn rule(r: &Responses<'_>) -> Option<(Status, Rule)> {
        r.success.map(|(d, rule)| (d.status, rule))
    }

    #[test]
    fn statuses_parse_in_three_forms() {
        assert_eq!(Status::parse("201"), Some(Status::Code(201)));
        assert_eq!(Status::parse("2XX"), Some(Status::Range(2)));
        assert_eq!(Status::parse("4xx"), Some(Status::Range(4)));
        assert_eq!(Status::parse("default"), Some(Status::Default));
        assert_eq!(Status::parse("OK"), None);
        assert_eq!(Status::parse("999"), None);
    }

    #[test]
    fn lowest_code_with_a_body_wins() {
        let o = op(&[("204", false), ("201", true), ("200", true)]);
        let r = Responses::of(&o);
        assert_eq!(rule(&r), Some((Status::Code(200), Rule::LowestCode)));
    }

    #[test]
    fn range_then_default_only() {
        let o = op(&[("2XX", true), ("404", true)]);
        let r = Responses::of(&o);
        assert_eq!(rule(&r), Some((Status::Range(2), Rule::Range)));
        assert_eq!(r.errors.len(), 1);

        let o = op(&[("default", true)]);
        let r = Responses::of(&o);
        assert_eq!(rule(&r), Some((Status::Default, Rule::DefaultOnly)));
        assert!(r.errors.is_empty());
    }

    #[test]
    fn default_beside_another_body_is_an_error_body() {
        let o = op(&[("200", true), ("default", true)]);
        let r = Responses::of(&o);
        assert_eq!(rule(&r), Some((Status::Code(200), Rule::LowestCode)));
        assert_eq!(r.errors.len(), 1);
        assert_eq!(r.errors[0].status, Status::Default);
    }

    #[test]
    fn no_body_keeps_the_lowest_success_status() {
        let o = op(&[("204", false), ("202", false), ("OK", false)]);
        let r = Responses::of(&o);
        assert_eq!(rule(&r), Some((Status::Code(202), Rule::NoBody)));
        assert_eq!(r.unreadable, vec!["OK".to_owned()]);
    }
}
