//! JSON for the agreement file, its share link and the follow-up rules,
//! written here instead of with serde / serde_json: a value, a reader that
//! says where reading stopped, compact and indented writers, and the typed
//! reading the agreement's fields need with serde's wording for what is wrong
//! (docs/performance.md).
//!
//! It reads and writes what serde_json did, byte for byte:
//!
//! - the writers put `"key": value` with two spaces per level (indented) or
//!   nothing between tokens (compact), and escape `"`, `\`, the control
//!   characters (`\b \t \n \f \r`, else `\u00XX`) and nothing else;
//! - a float is written as the shortest decimal that reads back as it
//!   (`zmij`, as serde_json does), a whole number of an integer type as an
//!   integer, and a float that is not finite as `null`;
//! - the reader accepts exactly JSON (RFC 8259) to a nesting depth of 127,
//!   and on failure gives serde_json's 1-based line and byte column.
//!
//! Unlike serde_json without its `float_roundtrip` feature, a decimal is
//! read as the nearest float (`str::parse`), so every written float reads
//! back exactly.

/// A JSON value. An object keeps its members in order, duplicates included,
/// until `sorted`.
#[derive(Clone, Debug, PartialEq)]
pub enum Json {
    Null,
    Bool(bool),
    Number(Number),
    String(String),
    Array(Vec<Json>),
    Object(Vec<(String, Json)>),
}

/// A number as serde_json keeps it: a whole number that fits stays an
/// integer (and is never equal to a float), anything else is a float.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Number {
    /// Zero and up.
    Unsigned(u64),
    /// Below zero.
    Negative(i64),
    /// Always finite.
    Float(f64),
}

impl From<f64> for Json {
    /// `null` for a float that is not finite, as serde_json writes it.
    fn from(value: f64) -> Json {
        if value.is_finite() {
            Json::Number(Number::Float(value))
        } else {
            Json::Null
        }
    }
}

impl From<u64> for Json {
    fn from(value: u64) -> Json {
        Json::Number(Number::Unsigned(value))
    }
}

impl From<bool> for Json {
    fn from(value: bool) -> Json {
        Json::Bool(value)
    }
}

impl From<&str> for Json {
    fn from(value: &str) -> Json {
        Json::String(value.to_string())
    }
}

impl From<String> for Json {
    fn from(value: String) -> Json {
        Json::String(value)
    }
}

impl Json {
    /// The member `key` of an object (the last, if it is there twice).
    pub fn get(&self, key: &str) -> Option<&Json> {
        match self {
            Json::Object(members) => members.iter().rev().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    pub fn get_mut(&mut self, key: &str) -> Option<&mut Json> {
        match self {
            Json::Object(members) => members.iter_mut().rev().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    /// Set `key` of an object: in place where it is, else where it sorts
    /// (after the last key before it), so a sorted object stays sorted.
    /// Nothing happens to a value that is not an object.
    pub fn set(&mut self, key: &str, value: Json) {
        if let Some(slot) = self.get_mut(key) {
            *slot = value;
        } else if let Json::Object(members) = self {
            let at = members.iter().position(|(k, _)| k.as_str() > key).unwrap_or(members.len());
            members.insert(at, (key.to_string(), value));
        }
    }

    /// Remove `key` from an object (every copy of it), returning the last.
    pub fn remove(&mut self, key: &str) -> Option<Json> {
        let Json::Object(members) = self else { return None };
        let mut found = None;
        members.retain_mut(|(k, v)| {
            if k == key {
                found = Some(std::mem::replace(v, Json::Null));
                false
            } else {
                true
            }
        });
        found
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Json::String(s) => Some(s),
            _ => None,
        }
    }

    pub fn as_bool(&self) -> Option<bool> {
        match self {
            Json::Bool(b) => Some(*b),
            _ => None,
        }
    }

    /// A whole number from zero up.
    pub fn as_u64(&self) -> Option<u64> {
        match self {
            Json::Number(Number::Unsigned(n)) => Some(*n),
            _ => None,
        }
    }

    /// Any number, as a float.
    pub fn as_f64(&self) -> Option<f64> {
        match self {
            Json::Number(Number::Unsigned(n)) => Some(*n as f64),
            Json::Number(Number::Negative(n)) => Some(*n as f64),
            Json::Number(Number::Float(f)) => Some(*f),
            _ => None,
        }
    }

    /// Whether this is an object or an array (not a plain value).
    pub fn is_container(&self) -> bool {
        matches!(self, Json::Object(_) | Json::Array(_))
    }

    /// Every object's members sorted by key and each key once (the last
    /// wins), at every depth: serde_json's `Value` without
    /// `preserve_order`, whose maps are sorted.
    pub fn sorted(self) -> Json {
        match self {
            Json::Array(items) => Json::Array(items.into_iter().map(Json::sorted).collect()),
            Json::Object(members) => {
                let members = merge_sort(members.into_iter().map(|(k, v)| (k, v.sorted())).collect());
                let mut out: Vec<(String, Json)> = Vec::with_capacity(members.len());
                for (key, value) in members {
                    match out.last_mut() {
                        Some(last) if last.0 == key => last.1 = value,
                        _ => out.push((key, value)),
                    }
                }
                Json::Object(out)
            }
            other => other,
        }
    }

    /// Compact JSON, as `serde_json::to_string`.
    pub fn to_compact(&self) -> String {
        let mut out = String::new();
        write(&mut out, self, None);
        out
    }

    /// Indented JSON, as `serde_json::to_string_pretty`.
    pub fn to_pretty(&self) -> String {
        let mut out = String::new();
        write(&mut out, self, Some(0));
        out
    }
}

/// Members sorted by key, stable (equal keys keep their order): a merge
/// sort, as the standard library's sorts cost more wasm (`core::sort`), and
/// not `core::sort`'s insertion sort, which is quadratic: an imported file
/// may hold any number of keys.
fn merge_sort(mut items: Vec<(String, Json)>) -> Vec<(String, Json)> {
    if items.len() < 2 {
        return items;
    }
    let right = items.split_off(items.len() / 2);
    let (left, right) = (merge_sort(items), merge_sort(right));
    let mut out = Vec::with_capacity(left.len() + right.len());
    let (mut left, mut right) = (left.into_iter().peekable(), right.into_iter().peekable());
    loop {
        let from_left = match (left.peek(), right.peek()) {
            (Some(a), Some(b)) => a.0 <= b.0,
            (Some(_), None) => true,
            (None, Some(_)) => false,
            (None, None) => return out,
        };
        out.extend(if from_left { left.next() } else { right.next() });
    }
}

/// Write `value`; `indent` is the depth when indenting.
fn write(out: &mut String, value: &Json, indent: Option<usize>) {
    let newline = |out: &mut String, depth: usize| {
        out.push('\n');
        for _ in 0..depth {
            out.push_str("  ");
        }
    };
    match value {
        Json::Null => out.push_str("null"),
        Json::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Json::Number(n) => write_number(out, *n),
        Json::String(s) => write_string(out, s),
        Json::Array(items) if items.is_empty() => out.push_str("[]"),
        Json::Object(members) if members.is_empty() => out.push_str("{}"),
        Json::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                if let Some(depth) = indent {
                    newline(out, depth + 1);
                }
                write(out, item, indent.map(|d| d + 1));
            }
            if let Some(depth) = indent {
                newline(out, depth);
            }
            out.push(']');
        }
        Json::Object(members) => {
            out.push('{');
            for (i, (key, item)) in members.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                if let Some(depth) = indent {
                    newline(out, depth + 1);
                }
                write_string(out, key);
                out.push_str(if indent.is_some() { ": " } else { ":" });
                write(out, item, indent.map(|d| d + 1));
            }
            if let Some(depth) = indent {
                newline(out, depth);
            }
            out.push('}');
        }
    }
}

fn write_number(out: &mut String, n: Number) {
    match n {
        Number::Unsigned(n) => out.push_str(&n.to_string()),
        Number::Negative(n) => out.push_str(&n.to_string()),
        Number::Float(f) if f.is_finite() => out.push_str(zmij::Buffer::new().format_finite(f)),
        Number::Float(_) => out.push_str("null"),
    }
}

const HEX: &[u8; 16] = b"0123456789abcdef";

/// A string in quotes, escaped as serde_json escapes it.
fn write_string(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if c < ' ' => {
                out.push_str("\\u00");
                out.push(char::from(HEX[c as usize >> 4]));
                out.push(char::from(HEX[c as usize & 0xf]));
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

/// Where reading stopped, as serde_json reports it: the 1-based line, and
/// the column in bytes of the character that stopped it (the last one at
/// the end of the text, 0 in an empty line).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    pub line: usize,
    pub column: usize,
}

/// serde_json's limit: the 128th level of nesting is refused.
const MAX_DEPTH: usize = 128;

/// Read JSON text: one value, whitespace around it.
pub fn parse(text: &str) -> Result<Json, SyntaxError> {
    let mut p = Parser { bytes: text.as_bytes(), at: 0, depth: 0 };
    let value = p.value();
    let value = value.and_then(|v| match p.skip_space() {
        None => Ok(v),
        Some(_) => Err(p.at + 1),
    });
    value.map_err(|at| position(text.as_bytes(), at))
}

/// Line and column of the byte before index `end` (serde_json's
/// `position_of_index`).
fn position(bytes: &[u8], end: usize) -> SyntaxError {
    let end = end.min(bytes.len());
    let start = bytes[..end].iter().rposition(|b| *b == b'\n').map_or(0, |i| i + 1);
    SyntaxError { line: 1 + bytes[..start].iter().filter(|b| **b == b'\n').count(), column: end - start }
}

/// Errors are the index just after the byte that stopped reading.
struct Parser<'a> {
    bytes: &'a [u8],
    at: usize,
    depth: usize,
}

type Step<T> = Result<T, usize>;

impl Parser<'_> {
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    /// The next byte that is not whitespace, not consumed.
    fn skip_space(&mut self) -> Option<u8> {
        while let Some(b) = self.peek() {
            if !matches!(b, b' ' | b'\n' | b'\t' | b'\r') {
                return Some(b);
            }
            self.at += 1;
        }
        None
    }

    /// An error at the byte not yet consumed (or the end).
    fn here(&self) -> usize {
        self.at + 1
    }

    fn value(&mut self) -> Step<Json> {
        let Some(b) = self.skip_space() else { return Err(self.here()) };
        match b {
            b'n' => self.word("null", Json::Null),
            b't' => self.word("true", Json::Bool(true)),
            b'f' => self.word("false", Json::Bool(false)),
            b'"' => {
                self.at += 1;
                self.string().map(Json::String)
            }
            b'-' | b'0'..=b'9' => self.number(),
            b'[' | b'{' => {
                self.depth += 1;
                if self.depth >= MAX_DEPTH {
                    return Err(self.here());
                }
                self.at += 1;
                let value = if b == b'[' { self.array() } else { self.object() };
                self.depth -= 1;
                value
            }
            _ => Err(self.here()),
        }
    }

    fn word(&mut self, word: &str, value: Json) -> Step<Json> {
        for expected in word.bytes() {
            match self.peek() {
                Some(b) if b == expected => self.at += 1,
                Some(_) => return Err(self.at + 1),
                None => return Err(self.at),
            }
        }
        Ok(value)
    }

    fn array(&mut self) -> Step<Json> {
        let mut items = Vec::new();
        if self.skip_space() == Some(b']') {
            self.at += 1;
            return Ok(Json::Array(items));
        }
        loop {
            items.push(self.value()?);
            match self.skip_space() {
                Some(b',') => {
                    self.at += 1;
                    if self.skip_space() == Some(b']') {
                        return Err(self.here());
                    }
                }
                Some(b']') => {
                    self.at += 1;
                    return Ok(Json::Array(items));
                }
                _ => return Err(self.here()),
            }
        }
    }

    fn object(&mut self) -> Step<Json> {
        let mut members = Vec::new();
        if self.skip_space() == Some(b'}') {
            self.at += 1;
            return Ok(Json::Object(members));
        }
        loop {
            if self.skip_space() != Some(b'"') {
                return Err(self.here());
            }
            self.at += 1;
            let key = self.string()?;
            if self.skip_space() != Some(b':') {
                return Err(self.here());
            }
            self.at += 1;
            members.push((key, self.value()?));
            match self.skip_space() {
                Some(b',') => {
                    self.at += 1;
                    if self.skip_space() == Some(b'}') {
                        return Err(self.here());
                    }
                }
                Some(b'}') => {
                    self.at += 1;
                    return Ok(Json::Object(members));
                }
                _ => return Err(self.here()),
            }
        }
    }

    /// The rest of a string after its opening quote.
    fn string(&mut self) -> Step<String> {
        let mut out = Vec::new();
        loop {
            let start = self.at;
            while let Some(b) = self.peek() {
                if b == b'"' || b == b'\\' || b < 0x20 {
                    break;
                }
                self.at += 1;
            }
            out.extend_from_slice(&self.bytes[start..self.at]);
            let Some(b) = self.peek() else { return Err(self.at) };
            self.at += 1;
            match b {
                b'"' => break,
                b'\\' => self.escape(&mut out)?,
                _ => return Err(self.at),
            }
        }
        // The text is UTF-8 and escapes add whole characters.
        String::from_utf8(out).map_err(|_| self.at)
    }

    fn next(&mut self) -> Step<u8> {
        let b = self.peek().ok_or(self.at)?;
        self.at += 1;
        Ok(b)
    }

    fn escape(&mut self, out: &mut Vec<u8>) -> Step<()> {
        let b = self.next()?;
        let c = match b {
            b'"' => '"',
            b'\\' => '\\',
            b'/' => '/',
            b'b' => '\u{8}',
            b'f' => '\u{c}',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'u' => self.unicode_escape()?,
            _ => return Err(self.at),
        };
        let mut buf = [0; 4];
        out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
        Ok(())
    }

    /// After `\u`: a character, or a surrogate pair as one.
    fn unicode_escape(&mut self) -> Step<char> {
        let n = self.hex4()?;
        match n {
            0xDC00..=0xDFFF => Err(self.at),
            0xD800..=0xDBFF => {
                if self.next()? != b'\\' || self.next()? != b'u' {
                    return Err(self.at);
                }
                let n2 = self.hex4()?;
                if !(0xDC00..=0xDFFF).contains(&n2) {
                    return Err(self.at);
                }
                let c = 0x10000 + ((u32::from(n) - 0xD800) << 10) + (u32::from(n2) - 0xDC00);
                char::from_u32(c).ok_or(self.at)
            }
            n => char::from_u32(u32::from(n)).ok_or(self.at),
        }
    }

    /// Four hex digits, all consumed before they are checked.
    fn hex4(&mut self) -> Step<u16> {
        let Some(digits) = self.bytes.get(self.at..self.at + 4) else {
            return Err(self.bytes.len());
        };
        self.at += 4;
        let mut n = 0;
        for &b in digits {
            let digit = match b {
                b'0'..=b'9' => b - b'0',
                b'a'..=b'f' => b - b'a' + 10,
                b'A'..=b'F' => b - b'A' + 10,
                _ => return Err(self.at),
            };
            n = n << 4 | u16::from(digit);
        }
        Ok(n)
    }

    fn digits(&mut self) -> usize {
        let start = self.at;
        while self.peek().is_some_and(|b| b.is_ascii_digit()) {
            self.at += 1;
        }
        self.at - start
    }

    fn number(&mut self) -> Step<Json> {
        let start = self.at;
        let negative = self.peek() == Some(b'-');
        if negative {
            self.at += 1;
        }
        match self.next()? {
            b'0' => {
                if self.peek().is_some_and(|b| b.is_ascii_digit()) {
                    return Err(self.here());
                }
            }
            b'1'..=b'9' => {
                self.digits();
            }
            _ => return Err(self.at),
        }
        let mut float = false;
        if self.peek() == Some(b'.') {
            self.at += 1;
            float = true;
            if self.digits() == 0 {
                return Err(self.here().min(self.bytes.len()));
            }
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.at += 1;
            float = true;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.at += 1;
            }
            if self.digits() == 0 {
                return Err(self.here().min(self.bytes.len()));
            }
        }
        // Only ASCII digits, signs, '.' and 'e' were consumed.
        let text = std::str::from_utf8(&self.bytes[start..self.at]).map_err(|_| self.at)?;
        if !float {
            if negative {
                if let Some(n) = text.parse::<i64>().ok().filter(|n| *n < 0) {
                    return Ok(Json::Number(Number::Negative(n)));
                }
            } else if let Ok(n) = text.parse::<u64>() {
                return Ok(Json::Number(Number::Unsigned(n)));
            }
        }
        match text.parse::<f64>() {
            Ok(f) if f.is_finite() => Ok(Json::Number(Number::Float(f))),
            _ => Err(self.at),
        }
    }
}

/// Typed reading with serde's words for what is wrong, and the path of the
/// value it is about (serde_path_to_error's: `steps[1].hours.paid`).
pub mod read {
    use super::{Json, Number};

    /// A value of the wrong type or shape, and where.
    #[derive(Clone, Debug, PartialEq)]
    pub struct Mismatch {
        pub path: String,
        pub detail: String,
    }

    pub type Result<T> = std::result::Result<T, Mismatch>;

    pub fn mismatch<T>(path: &str, detail: impl Into<String>) -> Result<T> {
        Err(Mismatch { path: path.to_string(), detail: detail.into() })
    }

    /// `path.key`.
    pub fn key_path(path: &str, key: &str) -> String {
        format!("{path}.{key}")
    }

    /// `path[i]`, or `path.[i]` at the top of a value read on its own
    /// (serde_path_to_error's path then starts with the index).
    pub fn index_path(path: &str, top: bool, i: usize) -> String {
        if top {
            format!("{path}.[{i}]")
        } else {
            format!("{path}[{i}]")
        }
    }

    /// serde's words for a value that was not expected.
    pub fn unexpected(value: &Json) -> String {
        match value {
            Json::Null => "null".to_string(),
            Json::Bool(b) => format!("boolean `{b}`"),
            Json::Number(Number::Unsigned(n)) => format!("integer `{n}`"),
            Json::Number(Number::Negative(n)) => format!("integer `{n}`"),
            Json::Number(Number::Float(f)) => format!("floating point `{}`", zmij::Buffer::new().format(*f)),
            // serde writes the string with `{:?}`, already in the wasm.
            Json::String(s) => format!("string {s:?}"),
            Json::Array(_) => "sequence".to_string(),
            Json::Object(_) => "map".to_string(),
        }
    }

    pub fn invalid_type<T>(value: &Json, expected: &str, path: &str) -> Result<T> {
        mismatch(path, format!("invalid type: {}, expected {expected}", unexpected(value)))
    }

    /// serde's list of names: "`a`", "`a` or `b`", "one of `a`, `b`, `c`".
    fn one_of(names: &[&str]) -> String {
        match names {
            [a] => format!("`{a}`"),
            [a, b] => format!("`{a}` or `{b}`"),
            _ => {
                let quoted: Vec<String> = names.iter().map(|n| format!("`{n}`")).collect();
                format!("one of {}", quoted.join(", "))
            }
        }
    }

    pub fn f64(value: Json, path: &str) -> Result<f64> {
        value.as_f64().map_or_else(|| invalid_type(&value, "f64", path), Ok)
    }

    /// A whole number up to `max`, serde's `what` ("u16") in errors.
    pub fn unsigned(value: Json, path: &str, max: u64, what: &str) -> Result<u64> {
        match value {
            Json::Number(Number::Unsigned(n)) if n <= max => Ok(n),
            Json::Number(Number::Unsigned(_) | Number::Negative(_)) => {
                mismatch(path, format!("invalid value: {}, expected {what}", unexpected(&value)))
            }
            _ => invalid_type(&value, what, path),
        }
    }

    pub fn u16(value: Json, path: &str) -> Result<u16> {
        unsigned(value, path, u64::from(u16::MAX), "u16").map(|n| n as u16)
    }

    pub fn u32(value: Json, path: &str) -> Result<u32> {
        unsigned(value, path, u64::from(u32::MAX), "u32").map(|n| n as u32)
    }

    pub fn bool(value: Json, path: &str) -> Result<bool> {
        value.as_bool().map_or_else(|| invalid_type(&value, "a boolean", path), Ok)
    }

    pub fn string(value: Json, path: &str) -> Result<String> {
        match value {
            Json::String(s) => Ok(s),
            other => invalid_type(&other, "a string", path),
        }
    }

    /// A list, each element read by `item` at its path.
    pub fn list<T>(
        value: Json,
        path: &str,
        top: bool,
        item: &mut dyn FnMut(Json, &str) -> Result<T>,
    ) -> Result<Vec<T>> {
        match value {
            Json::Array(items) => {
                items.into_iter().enumerate().map(|(i, v)| item(v, &index_path(path, top, i))).collect()
            }
            other => invalid_type(&other, "a sequence", path),
        }
    }

    /// A struct `name` with `fields` (serde's derive with
    /// `deny_unknown_fields`): `set` gets each field present by its index,
    /// members in the order of a sorted object; a field whose bit is in
    /// `optional` may be absent. As serde, a list of the fields' values in
    /// order is read too.
    pub fn fields(
        value: Json,
        path: &str,
        top: bool,
        name: &str,
        fields: &[&str],
        optional: u32,
        set: &mut dyn FnMut(usize, Json, &str) -> Result<()>,
    ) -> Result<()> {
        match value {
            Json::Object(members) => {
                let mut seen = 0u32;
                for (key, value) in members {
                    let here = key_path(path, &key);
                    let Some(i) = fields.iter().position(|f| *f == key) else {
                        return mismatch(&here, format!("unknown field `{key}`, expected {}", one_of(fields)));
                    };
                    set(i, value, &here)?;
                    seen |= 1 << i;
                }
                match (0..fields.len()).find(|i| (seen | optional) & 1 << i == 0) {
                    Some(i) => mismatch(path, format!("missing field `{}`", fields[i])),
                    None => Ok(()),
                }
            }
            Json::Array(items) => {
                let len = items.len();
                let mut items = items.into_iter();
                for i in 0..fields.len() {
                    match items.next() {
                        Some(v) => set(i, v, &index_path(path, top, i))?,
                        None if optional & 1 << i != 0 => {}
                        None => {
                            let s = if fields.len() == 1 { "" } else { "s" };
                            return mismatch(
                                path,
                                format!("invalid length {i}, expected struct {name} with {} element{s}", fields.len()),
                            );
                        }
                    }
                }
                if items.next().is_some() {
                    return mismatch(path, format!("invalid length {len}, expected fewer elements in array"));
                }
                Ok(())
            }
            other => invalid_type(&other, &format!("struct {name}"), path),
        }
    }

    /// An enum as serde_json reads one: its variant's name as a string, or
    /// an object of one member, the name and the variant's content. The
    /// variant's index and its content, if any.
    pub fn variant(value: Json, path: &str, variants: &[&str]) -> Result<(usize, Option<Json>)> {
        let (name, content) = match value {
            Json::String(name) => (name, None),
            Json::Object(mut members) if members.len() == 1 => {
                let (name, content) = members.remove(0);
                (name, Some(content))
            }
            Json::Object(_) => return mismatch(path, "invalid value: map, expected map with a single key"),
            other => return invalid_type(&other, "string or map", path),
        };
        match variants.iter().position(|v| *v == name) {
            Some(i) => Ok((i, content)),
            None => mismatch(path, format!("unknown variant `{name}`, expected {}", one_of(variants))),
        }
    }

    /// A variant without content: nothing, or `null`.
    pub fn unit(content: Option<Json>, path: &str) -> Result<()> {
        match content {
            None | Some(Json::Null) => Ok(()),
            Some(other) => invalid_type(&other, "unit", path),
        }
    }

    /// One of `all`, a fieldless enum's values, written as its `key` and
    /// without content.
    pub fn unit_variant<T: Copy, const N: usize>(
        value: Json,
        path: &str,
        all: [T; N],
        key: fn(T) -> &'static str,
    ) -> Result<T> {
        let (i, content) = variant(value, path, &all.map(key))?;
        unit(content, path)?;
        Ok(all[i])
    }
}
