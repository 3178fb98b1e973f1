//! A YAML writer for the block style serde_norway writes, byte for byte, several times faster.
//!
//! serde_norway drives libyaml's emitter (translated from C), which checks every character
//! against every style as it writes: writing the 17 services' specs with it was about a tenth
//! of a cold regen's CPU. This serializer writes the subset of YAML those documents use (block
//! mappings and sequences, plain, single-quoted and literal scalars) directly, choosing each
//! scalar's style by libyaml's own rules (see [`super::scalar`]). Anything outside that subset
//! returns [`Unsupported`], and the caller writes the document with serde_norway instead, so
//! the output never depends on which writer ran.

use std::fmt::{self, Write as _};

use serde::ser::{self, Serialize};

use super::scalar::{self, Style};

/// The value needs a YAML feature this writer leaves to serde_norway.
#[derive(Debug)]
pub(crate) struct Unsupported;

impl fmt::Display for Unsupported {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("outside the fast YAML writer's subset")
    }
}

impl std::error::Error for Unsupported {}

impl ser::Error for Unsupported {
    fn custom<T: fmt::Display>(_: T) -> Self {
        Unsupported
    }
}

type Result<T = ()> = std::result::Result<T, Unsupported>;

/// Writes `value` as serde_norway would, or says it cannot.
pub(crate) fn to_string<T: Serialize + ?Sized>(value: &T) -> Result<String> {
    let mut writer = Writer {
        out: String::with_capacity(64 * 1024),
        stack: Vec::new(),
        at: At::Root,
    };
    value.serialize(&mut writer)?;
    if !writer.stack.is_empty() || writer.at != At::Done {
        return Err(Unsupported);
    }
    Ok(writer.out)
}

/// Where the next node goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum At {
    /// The document's root (it must be a mapping).
    Root,
    /// A mapping's key, at the mapping's indent (or on the line of a `- ` when first).
    Key,
    /// After `key:`.
    Value,
    /// A sequence item, before its `- `.
    Item,
    /// The root was written.
    Done,
}

/// An open mapping or sequence.
struct Frame {
    /// The column its keys or `- ` start at.
    indent: usize,
    /// Whether anything was written into it yet (empty ones are written `{}` or `[]`).
    started: bool,
    /// Whether its first entry goes on the current line (after a `- `), not on a new one.
    inline_first: bool,
    /// Where the collection itself stands: the root, after a key, or a sequence item.
    parent: At,
    /// A mapping (else a sequence).
    mapping: bool,
}

struct Writer {
    out: String,
    stack: Vec<Frame>,
    at: At,
}

impl Writer {
    /// The indent of the innermost collection, which the next entry or block text hangs from.
    fn indent(&self) -> usize {
        self.stack.last().map_or(0, |f| f.indent)
    }

    /// Writes what goes before an entry of the innermost collection: its indentation (none for
    /// a first entry on a `- ` line), marking the collection as started.
    fn open_entry(&mut self) {
        let Some(frame) = self.stack.last_mut() else {
            return;
        };
        if !frame.started {
            frame.started = true;
            if frame.parent == At::Value {
                self.out.push('\n');
            }
            if frame.inline_first {
                return;
            }
        }
        let indent = frame.indent;
        self.out.extend(std::iter::repeat_n(' ', indent));
    }

    /// Writes `text` where a scalar goes, ending its line.
    fn scalar(&mut self, text: &str, style: Style) -> Result {
        match self.at {
            At::Key => {
                self.open_entry();
                write_inline(&mut self.out, text, style)?;
                self.out.push(':');
                self.at = At::Value;
                return Ok(());
            }
            At::Value => self.out.push(' '),
            At::Item => {
                self.open_entry();
                self.out.push_str("- ");
            }
            At::Root | At::Done => return Err(Unsupported),
        }
        if style == Style::Literal {
            let indent = self.indent() + 2;
            self.out.push_str(scalar::literal_header(text));
            self.out.push('\n');
            for (i, line) in text.split('\n').enumerate() {
                if i > 0 {
                    self.out.push('\n');
                }
                if !line.is_empty() {
                    self.out.extend(std::iter::repeat_n(' ', indent));
                    self.out.push_str(line);
                }
            }
            if !text.ends_with('\n') {
                self.out.push('\n');
            }
        } else {
            write_inline(&mut self.out, text, style)?;
            self.out.push('\n');
        }
        self.after_value();
        Ok(())
    }

    /// Moves on after a value: to the next key of a mapping, the next item of a sequence.
    fn after_value(&mut self) {
        self.at = match self.stack.last() {
            Some(frame) if frame.mapping => At::Key,
            Some(_) => At::Item,
            None => At::Done,
        };
    }

    /// Opens a mapping or sequence where the writer stands (writing a `- ` for an item).
    fn begin(&mut self, mapping: bool) -> Result {
        let parent = self.at;
        let (indent, inline_first) = match parent {
            At::Root => (0, false),
            // A mapping under a key is indented; a sequence is not (libyaml's indentless
            // sequences in a mapping).
            At::Value => (self.indent() + if mapping { 2 } else { 0 }, false),
            At::Item => {
                self.open_entry();
                self.out.push_str("- ");
                (self.indent() + 2, true)
            }
            At::Key | At::Done => return Err(Unsupported),
        };
        if parent == At::Root && !mapping {
            return Err(Unsupported);
        }
        self.stack.push(Frame {
            indent,
            started: false,
            inline_first,
            parent,
            mapping,
        });
        self.at = if mapping { At::Key } else { At::Item };
        Ok(())
    }

    /// Closes the innermost collection.
    fn end(&mut self) -> Result {
        let frame = self.stack.pop().ok_or(Unsupported)?;
        if !frame.started {
            // An empty collection is written in flow style, where the collection stands.
            if frame.parent == At::Value {
                self.out.push(' ');
            }
            self.out
                .push_str(if frame.mapping { "{}\n" } else { "[]\n" });
        }
        self.after_value();
        Ok(())
    }

    fn plain(&mut self, text: &str) -> Result {
        self.scalar(text, Style::Plain)
    }
}

/// Writes a one-line scalar in `style`.
fn write_inline(out: &mut String, text: &str, style: Style) -> Result {
    match style {
        Style::Plain => out.push_str(text),
        Style::SingleQuoted => {
            out.push('\'');
            for (i, part) in text.split('\'').enumerate() {
                if i > 0 {
                    out.push_str("''");
                }
                out.push_str(part);
            }
            out.push('\'');
        }
        Style::DoubleQuoted => write_double_quoted(out, text),
        Style::Literal | Style::Unsupported => return Err(Unsupported),
    }
    Ok(())
}

/// libyaml's double-quoted form: printable characters as they are, the rest escaped (its short
/// escapes where YAML has one, else `\x`, `\u` or `\U` with upper-case hex digits).
fn write_double_quoted(out: &mut String, text: &str) {
    out.push('"');
    for c in text.chars() {
        let short = match c {
            '\0' => '0',
            '\u{7}' => 'a',
            '\u{8}' => 'b',
            '\t' => 't',
            '\n' => 'n',
            '\u{B}' => 'v',
            '\u{C}' => 'f',
            '\r' => 'r',
            '\u{1B}' => 'e',
            '"' => '"',
            '\\' => '\\',
            '\u{85}' => 'N',
            '\u{A0}' => '_',
            '\u{2028}' => 'L',
            '\u{2029}' => 'P',
            c if scalar::is_printable(c) => {
                out.push(c);
                continue;
            }
            c => {
                let code = u32::from(c);
                let _ = match code {
                    0..=0xFF => write!(out, "\\x{code:02X}"),
                    0x100..=0xFFFF => write!(out, "\\u{code:04X}"),
                    _ => write!(out, "\\U{code:08X}"),
                };
                continue;
            }
        };
        out.push('\\');
        out.push(short);
    }
    out.push('"');
}

/// The `Serializer` methods writing an integer: its decimal digits, plain.
macro_rules! integers_as_plain {
    ($($method:ident($ty:ty)),* $(,)?) => {
        $(fn $method(self, v: $ty) -> Result {
            self.plain(&v.to_string())
        })*
    };
}

impl ser::Serializer for &mut Writer {
    type Ok = ();
    type Error = Unsupported;
    type SerializeSeq = Self;
    // Specs hold no tuples; serde_norway writes them if a model ever does.
    type SerializeTuple = ser::Impossible<(), Unsupported>;
    type SerializeTupleStruct = ser::Impossible<(), Unsupported>;
    type SerializeTupleVariant = ser::Impossible<(), Unsupported>;
    type SerializeMap = Self;
    type SerializeStruct = Self;
    type SerializeStructVariant = ser::Impossible<(), Unsupported>;

    fn serialize_bool(self, v: bool) -> Result {
        self.plain(if v { "true" } else { "false" })
    }
    integers_as_plain!(
        serialize_i8(i8),
        serialize_i16(i16),
        serialize_i32(i32),
        serialize_i64(i64),
        serialize_i128(i128),
        serialize_u8(u8),
        serialize_u16(u16),
        serialize_u32(u32),
        serialize_u64(u64),
        serialize_u128(u128),
    );
    fn serialize_f32(self, _: f32) -> Result {
        Err(Unsupported)
    }
    fn serialize_f64(self, v: f64) -> Result {
        if !v.is_finite() {
            return Err(Unsupported);
        }
        self.plain(ryu::Buffer::new().format_finite(v))
    }
    fn serialize_char(self, v: char) -> Result {
        self.serialize_str(v.encode_utf8(&mut [0; 4]))
    }
    fn serialize_str(self, v: &str) -> Result {
        let style = scalar::style(v, self.at == At::Key);
        self.scalar(v, style)
    }
    fn serialize_bytes(self, _: &[u8]) -> Result {
        Err(Unsupported)
    }
    fn serialize_none(self) -> Result {
        self.serialize_unit()
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result {
        if self.at == At::Key {
            return Err(Unsupported);
        }
        self.plain("null")
    }
    fn serialize_unit_struct(self, _: &'static str) -> Result {
        self.serialize_unit()
    }
    fn serialize_unit_variant(self, _: &'static str, _: u32, variant: &'static str) -> Result {
        self.serialize_str(variant)
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(self, _: &'static str, value: &T) -> Result {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: &T,
    ) -> Result {
        // serde_norway writes these as tagged values (`!Variant value`).
        Err(Unsupported)
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Self> {
        self.begin(false)?;
        Ok(self)
    }
    fn serialize_tuple(self, _: usize) -> Result<Self::SerializeTuple> {
        Err(Unsupported)
    }
    fn serialize_tuple_struct(
        self,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleStruct> {
        Err(Unsupported)
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleVariant> {
        Err(Unsupported)
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Self> {
        self.begin(true)?;
        Ok(self)
    }
    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Self> {
        self.begin(true)?;
        Ok(self)
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStructVariant> {
        Err(Unsupported)
    }
}

impl ser::SerializeSeq for &mut Writer {
    type Ok = ();
    type Error = Unsupported;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result {
        value.serialize(&mut **self)
    }
    fn end(self) -> Result {
        Writer::end(self)
    }
}

impl ser::SerializeMap for &mut Writer {
    type Ok = ();
    type Error = Unsupported;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result {
        if self.at != At::Key {
            return Err(Unsupported);
        }
        key.serialize(&mut **self)?;
        // Only a string key leaves the writer waiting for its value.
        if self.at == At::Value {
            Ok(())
        } else {
            Err(Unsupported)
        }
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result {
        value.serialize(&mut **self)
    }
    fn end(self) -> Result {
        Writer::end(self)
    }
}

impl ser::SerializeStruct for &mut Writer {
    type Ok = ();
    type Error = Unsupported;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, key: &'static str, value: &T) -> Result {
        ser::SerializeMap::serialize_entry(self, key, value)
    }
    fn end(self) -> Result {
        Writer::end(self)
    }
}
