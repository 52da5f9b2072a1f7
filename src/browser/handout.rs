//! The agreement's handouts in the browser, for the reading build and the
//! full app alike: the printed document's page margin and name, the calendar
//! file, the case-record text on the clipboard.

use wasm_bindgen::JsCast;

use super::{files, now_utc};
use crate::core::agreement::{ics, Agreement};
use crate::core::document::{Document, Locale, Term};
use crate::i18n::{Lang, Msg};

/// A short, safe file name part from the agreement's date.
pub fn file_stem(a: &Agreement) -> String {
    format!("progressionsaftale-{}", crate::core::text::dates::to_iso(a.date))
}

/// The calendar file of the follow-ups, downloaded.
pub fn download_calendar(a: &Agreement, l: Lang) {
    let text = ics::calendar(a, now_utc(), |f| {
        if f.label.trim().is_empty() {
            l.term(Term::of_follow_up(f.kind)).to_string()
        } else {
            f.label.clone()
        }
    });
    files::download(&format!("{}.ics", file_stem(a)), "text/calendar", &text);
}

/// "Kopiér tekst til journalen" on the reading bar: the document as plain
/// text on the clipboard, said in the bar's status line.
pub fn copy_case_text(doc: &Document, l: Lang) {
    copy_text(&doc.to_text(&l));
    super::say("reading-status", Msg::Copied.text(l));
}

/// Put `text` on the clipboard.
pub fn copy_text(text: &str) {
    if let Some(w) = web_sys::window() {
        let _ = w.navigator().clipboard().write_text(text);
    }
}

/// A print begins: the page margin's title and "Side x af y" (CSS variables
/// on the root, read by the print stylesheet, so the browser prints no URL),
/// and the document's title as the page's, which names the PDF. The browser
/// may announce a print more than once before it is done: the page's own
/// title is kept in `kept` from the first, for `print_ended`.
pub fn print_begins(doc: &Document, l: Lang, kept: &mut Option<String>) {
    let Some(page) = web_sys::window().and_then(|w| w.document()) else { return };
    if let Some(root) = page.document_element().and_then(|r| r.dyn_into::<web_sys::HtmlElement>().ok()) {
        let style = root.style();
        let _ = style.set_property("--doc-footer", &css_string(&doc.file_title));
        let _ = style.set_property("--doc-page", &css_string(Msg::DocPage.text(l)));
        let _ = style.set_property("--doc-of", &css_string(Msg::DocOf.text(l)));
    }
    if kept.is_none() {
        *kept = Some(page.title());
    }
    page.set_title(&doc.file_title);
}

/// The print is done: the page's own title back.
pub fn print_ended(kept: &mut Option<String>) {
    let page = web_sys::window().and_then(|w| w.document());
    if let (Some(page), Some(title)) = (page, kept.take()) {
        page.set_title(&title);
    }
}

/// A CSS string literal: quotes and backslashes escaped.
fn css_string(text: &str) -> String {
    format!("\"{}\"", text.replace('\\', "\\\\").replace('"', "\\\""))
}
