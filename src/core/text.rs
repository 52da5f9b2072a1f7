//! The one boundary where free text enters an agreement: what the user
//! types in the editor and what a file or link brings. Control characters
//! and bidirectional formatting characters are removed there, so a name
//! cannot reverse the print view (U+202E), ring a bell (U+0007) or break the
//! summary's lines; the summary, print view, calendar file and export can
//! then trust every text they are given.

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
    let mut out = String::with_capacity(text.len());
    let mut last_was_cr = false;
    for c in text.chars() {
        // CRLF is one break, one space.
        if c == '\n' && last_was_cr {
            last_was_cr = false;
            continue;
        }
        last_was_cr = c == '\r';
        if is_line_break(c) || c == '\t' {
            out.push(' ');
        } else if !c.is_control() && !is_bidi_control(c) {
            out.push(c);
        }
    }
    out
}

/// A text of several lines (tasks, goal, notes): line breaks become `\n`,
/// tabs stay, other control and bidi characters are dropped.
pub fn clean_block(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut last_was_cr = false;
    for c in text.chars() {
        if c == '\n' && last_was_cr {
            last_was_cr = false;
            continue;
        }
        last_was_cr = c == '\r';
        if is_line_break(c) {
            out.push('\n');
        } else if c == '\t' || (!c.is_control() && !is_bidi_control(c)) {
            out.push(c);
        }
    }
    out
}

/// Whether `text` is as `clean_line` leaves it.
pub fn is_clean_line(text: &str) -> bool {
    !text.chars().any(|c| c.is_control() || is_bidi_control(c) || is_line_break(c))
}

/// Whether `text` is as `clean_block` leaves it.
pub fn is_clean_block(text: &str) -> bool {
    !text
        .chars()
        .any(|c| (c.is_control() && c != '\n' && c != '\t') || is_bidi_control(c) || (c != '\n' && is_line_break(c)))
}
