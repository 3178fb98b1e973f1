//! Python literals as SCP pages print examples: `str()` of a dict or list, e.g.
//! `{'cpu': 0, 'gpu': '', 'tags': [True, None]}`, turned into JSON.
//!
//! Grammar: dicts `{k: v, ...}`, lists `[...]`, tuples `(...)` (as JSON arrays), strings in
//! single or double quotes with backslash escapes, integers, floats, `True`, `False`, `None`.
//! Trailing commas are allowed, as in Python. Dict keys that are not strings are written as
//! their JSON text (`{1: 'a'}` becomes `{"1": "a"}`), since JSON keys are strings.

use serde_json::{Map, Value};

/// Why a text is not a Python literal: what was expected, what was found, at which column.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PythonLiteralError {
    /// One line, e.g. ``expected `,` or `}` at column 9, found `x` ``.
    pub message: String,
    /// 1-based character column of the problem.
    pub column: usize,
}

impl std::fmt::Display for PythonLiteralError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for PythonLiteralError {}

/// Nesting deeper than this is refused, so hostile input cannot overflow the stack.
const MAX_DEPTH: usize = 64;

/// Parses one Python literal filling all of `text` (surrounding whitespace allowed).
pub fn parse(text: &str) -> Result<Value, PythonLiteralError> {
    let mut p = Parser {
        text,
        chars: text.char_indices().collect(),
        pos: 0,
    };
    p.skip_ws();
    let value = p.value(0)?;
    p.skip_ws();
    if p.pos < p.chars.len() {
        return Err(p.error("the end of the literal"));
    }
    Ok(value)
}

struct Parser<'a> {
    text: &'a str,
    chars: Vec<(usize, char)>,
    pos: usize,
}

impl Parser<'_> {
    fn peek(&self) -> Option<char> {
        self.chars.get(self.pos).map(|(_, c)| *c)
    }

    fn skip_ws(&mut self) {
        while self.peek().is_some_and(char::is_whitespace) {
            self.pos += 1;
        }
    }

    fn error(&self, expected: &str) -> PythonLiteralError {
        let found = match self.chars.get(self.pos) {
            Some((at, _)) => {
                let rest: String = self.text[*at..].chars().take(12).collect();
                format!("`{rest}`")
            }
            None => "end of text".to_owned(),
        };
        PythonLiteralError {
            message: format!(
                "expected {expected} at column {}, found {found}",
                self.pos + 1
            ),
            column: self.pos + 1,
        }
    }

    fn eat(&mut self, c: char) -> bool {
        if self.peek() == Some(c) {
            self.pos += 1;
            true
        } else {
            false
        }
    }

    fn value(&mut self, depth: usize) -> Result<Value, PythonLiteralError> {
        if depth > MAX_DEPTH {
            return Err(self.error(&format!("at most {MAX_DEPTH} levels of nesting")));
        }
        match self.peek() {
            Some('{') => self.dict(depth),
            Some('[') => self.sequence(']', depth),
            Some('(') => self.sequence(')', depth),
            Some('\'' | '"') => self.string().map(Value::String),
            Some(c) if c.is_ascii_digit() || c == '-' || c == '+' || c == '.' => self.number(),
            Some(c) if c.is_ascii_alphabetic() => self.word(),
            _ => Err(self.error("a value (dict, list, string, number, True, False or None)")),
        }
    }

    fn dict(&mut self, depth: usize) -> Result<Value, PythonLiteralError> {
        self.pos += 1;
        let mut map = Map::new();
        loop {
            self.skip_ws();
            if self.eat('}') {
                return Ok(Value::Object(map));
            }
            let key = match self.value(depth + 1)? {
                Value::String(s) => s,
                other => other.to_string(),
            };
            self.skip_ws();
            if !self.eat(':') {
                return Err(self.error("`:` after a dict key"));
            }
            self.skip_ws();
            let value = self.value(depth + 1)?;
            map.insert(key, value);
            self.skip_ws();
            if self.eat('}') {
                return Ok(Value::Object(map));
            }
            if !self.eat(',') {
                return Err(self.error("`,` or `}`"));
            }
        }
    }

    fn sequence(&mut self, close: char, depth: usize) -> Result<Value, PythonLiteralError> {
        self.pos += 1;
        let mut items = Vec::new();
        loop {
            self.skip_ws();
            if self.eat(close) {
                return Ok(Value::Array(items));
            }
            items.push(self.value(depth + 1)?);
            self.skip_ws();
            if self.eat(close) {
                return Ok(Value::Array(items));
            }
            if !self.eat(',') {
                return Err(self.error(&format!("`,` or `{close}`")));
            }
        }
    }

    fn string(&mut self) -> Result<String, PythonLiteralError> {
        let quote = self.peek().unwrap_or('\'');
        self.pos += 1;
        let mut out = String::new();
        loop {
            let Some(c) = self.peek() else {
                return Err(self.error(&format!("a closing `{quote}`")));
            };
            self.pos += 1;
            if c == quote {
                return Ok(out);
            }
            if c != '\\' {
                out.push(c);
                continue;
            }
            let Some(e) = self.peek() else {
                return Err(self.error("an escaped character after `\\`"));
            };
            self.pos += 1;
            match e {
                'n' => out.push('\n'),
                't' => out.push('\t'),
                'r' => out.push('\r'),
                '0' => out.push('\0'),
                '\\' | '\'' | '"' => out.push(e),
                'x' => out.push(self.hex_escape(2)?),
                'u' => out.push(self.hex_escape(4)?),
                'U' => out.push(self.hex_escape(8)?),
                other => {
                    // Python keeps unknown escapes as they are.
                    out.push('\\');
                    out.push(other);
                }
            }
        }
    }

    fn hex_escape(&mut self, digits: usize) -> Result<char, PythonLiteralError> {
        let mut code = 0u32;
        for _ in 0..digits {
            let Some(d) = self.peek().and_then(|c| c.to_digit(16)) else {
                return Err(self.error(&format!("{digits} hex digits in an escape")));
            };
            code = code * 16 + d;
            self.pos += 1;
        }
        char::from_u32(code).ok_or_else(|| self.error("a valid Unicode scalar value"))
    }

    fn number(&mut self) -> Result<Value, PythonLiteralError> {
        let start = self.pos;
        while self
            .peek()
            .is_some_and(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '+' | '.' | '_'))
        {
            self.pos += 1;
        }
        let text: String = self.chars[start..self.pos]
            .iter()
            .map(|(_, c)| *c)
            .filter(|c| *c != '_')
            .collect();
        if let Ok(i) = text.parse::<i64>() {
            return Ok(Value::from(i));
        }
        if let Ok(u) = text.parse::<u64>() {
            return Ok(Value::from(u));
        }
        let is_plain = text
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '-' | '+' | '.' | 'e' | 'E'));
        if is_plain
            && let Ok(f) = text.parse::<f64>()
            && let Some(n) = serde_json::Number::from_f64(f)
        {
            return Ok(Value::Number(n));
        }
        self.pos = start;
        Err(self.error("a number"))
    }

    fn word(&mut self) -> Result<Value, PythonLiteralError> {
        let start = self.pos;
        while self
            .peek()
            .is_some_and(|c| c.is_ascii_alphanumeric() || c == '_')
        {
            self.pos += 1;
        }
        let word: String = self.chars[start..self.pos]
            .iter()
            .map(|(_, c)| *c)
            .collect();
        match word.as_str() {
            "True" => Ok(Value::Bool(true)),
            "False" => Ok(Value::Bool(false)),
            "None" => Ok(Value::Null),
            _ => {
                self.pos = start;
                Err(self.error("`True`, `False`, `None` or a quoted string"))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn reads_a_nested_dict_with_python_constants() {
        let v = parse("{'cpu': 0, 'gpu': '', 'memory': 0, 'ok': [True, None, False]}").unwrap();
        assert_eq!(
            v,
            json!({"cpu": 0, "gpu": "", "memory": 0, "ok": [true, null, false]})
        );
    }

    #[test]
    fn reads_lists_of_dicts_and_tuples() {
        assert_eq!(
            parse("[{'hostnames': [''], 'ip': ''}]").unwrap(),
            json!([{"hostnames": [""], "ip": ""}])
        );
        assert_eq!(parse("(1, 2.5, -3,)").unwrap(), json!([1, 2.5, -3]));
    }

    #[test]
    fn reads_escapes_and_double_quotes() {
        assert_eq!(
            parse(r#"{"a": 'it\'s', 'b': "x\ny", 'c': '\u00e9'}"#).unwrap(),
            json!({"a": "it's", "b": "x\ny", "c": "é"})
        );
    }

    #[test]
    fn reports_what_was_expected_and_where() {
        let err = parse("{'a': 1 'b': 2}").unwrap_err();
        assert_eq!(err.column, 9);
        assert_eq!(
            err.message,
            "expected `,` or `}` at column 9, found `'b': 2}`"
        );
        let err = parse("['x'").unwrap_err();
        assert_eq!(
            err.message,
            "expected `,` or `]` at column 5, found end of text"
        );
        let err = parse("nope").unwrap_err();
        assert!(
            err.message.starts_with("expected `True`"),
            "{}",
            err.message
        );
    }

    #[test]
    fn refuses_trailing_text_and_deep_nesting() {
        assert!(parse("{} x").is_err());
        let deep = "[".repeat(200);
        assert!(parse(&deep).is_err());
    }
}
