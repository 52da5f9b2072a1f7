//! The one boundary where free text enters an agreement: what the user
//! types in the editor and what a file or link brings. Control characters
//! and bidirectional formatting characters are removed there, so a name
//! cannot reverse the print view (U+202E), ring a bell (U+0007) or break the
//! summary's lines; the summary, print view, calendar file and export can
//! then trust every text they are given. Also `fill`, which puts a value
//! into a template's placeholder, and `join`.

/// Bidirectional formatting characters (Unicode's Bidi_Control property):
/// invisible, and able to make "Ann" display as "nnA".
fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{061c}' | '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// Line and paragraph separators that act as line breaks.
fn is_line_break(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\u{0b}' | '\u{0c}' | '\u{85}' | '\u{2028}' | '\u{2029}')
}

/// A one-line text (a name, a label): line breaks and tabs become spaces,
/// other control and bidi characters are dropped.
pub fn clean_line(text: &str) -> String {
    clean(text, false)
}

/// A text of several lines (tasks, goal, notes): line breaks become `\n`,
/// tabs stay, other control and bidi characters are dropped.
pub fn clean_block(text: &str) -> String {
    clean(text, true)
}

fn clean(text: &str, multiline: bool) -> String {
    let mut out = String::with_capacity(text.len());
    let mut last_was_cr = false;
    for c in text.chars() {
        // CRLF is one line break.
        if c == '\n' && last_was_cr {
            last_was_cr = false;
            continue;
        }
        last_was_cr = c == '\r';
        match (is_line_break(c) || c == '\t', multiline) {
            (true, false) => out.push(' '),
            (true, true) if c != '\t' => out.push('\n'),
            (true, true) => out.push('\t'),
            (false, _) if !c.is_control() && !is_bidi_control(c) => out.push(c),
            (false, _) => {}
        }
    }
    out
}

/// Whether `text` is as `clean_line` leaves it.
pub fn is_clean_line(text: &str) -> bool {
    clean_line(text) == text
}

/// Whether `text` is as `clean_block` leaves it.
pub fn is_clean_block(text: &str) -> bool {
    clean_block(text) == text
}

/// The items with `separator` between each, written straight into one
/// string (no `Vec` to join: `[T]::join` is one more generic in the wasm).
pub fn join(items: impl Iterator<Item = String>, separator: char) -> String {
    let mut out = String::new();
    for item in items {
        if !out.is_empty() {
            out.push(separator);
        }
        out.push_str(&item);
    }
    out
}

/// `template` with every `key` (such as `{hours}`) replaced by `value`.
/// By hand: `str::replace` with a text pattern brings the standard
/// library's substring search into the wasm (docs/performance.md).
pub fn fill(template: &str, key: &str, value: &str) -> String {
    let (bytes, key_bytes) = (template.as_bytes(), key.as_bytes());
    let mut out = String::with_capacity(template.len() + value.len());
    let (mut start, mut i) = (0, 0);
    while i < bytes.len() {
        if !key.is_empty() && bytes[i..].starts_with(key_bytes) {
            // `key` is whole characters, so `i` is on a character boundary.
            out.push_str(&template[start..i]);
            out.push_str(value);
            i += key_bytes.len();
            start = i;
        } else {
            i += 1;
        }
    }
    out.push_str(&template[start..]);
    out
}
