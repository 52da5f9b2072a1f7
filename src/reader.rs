//! The reading build: what a share link opens. The agreement's document and
//! the reading bar (print, the language, the case-record text, the calendar
//! file), without the calculator's screen or the editor, and without Leptos:
//! the core writes the document as HTML, and this puts it into the page
//! with wasm-bindgen and web-sys (docs/performance.md has the figures).
//!
//! "Redigér aftalen" and "Start opfølgning" hand the link over to the full
//! app: the fragment, as it came, gets `open=` and goes to the editor page
//! (`aftale-rediger.html`), where loader.js starts the full app, which reads
//! the same fragment with the same core. A link that does not read is
//! handed over at once, so its message is the full app's.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element, HtmlElement};

use crate::core::agreement::{io, limits, Agreement};
use crate::core::document::{self as doc_model, escape};
use crate::core::income::form::{Basis, CalculatorForm};
use crate::handout;
use crate::i18n::{Lang, Msg};
use crate::url_state::{self, Then};

/// What is on the page: the link's agreement, its basis, the language, and
/// the page's own title while a print is under way.
struct Reading {
    agreement: Agreement,
    basis: Option<Basis>,
    lang: Lang,
    title: Option<String>,
}

impl Reading {
    fn document(&self) -> doc_model::Document {
        doc_model::document(&self.agreement, self.basis.as_ref(), &self.lang)
    }
}

/// Start the reader on the page.
pub fn start() {
    let Some(window) = web_sys::window() else { return };
    let Some(page) = window.document() else { return };
    let pairs = url_state::browser::read();
    // The fragment's language, else the query's (`?lang=en`), as in the full app.
    let search = window.location().search().unwrap_or_default();
    let query = url_state::decode(search.trim_start_matches('?'));
    let english = pairs.iter().chain(&query).find(|(k, _)| k == "lang").is_some_and(|(_, v)| v == "en");
    let lang = if english { Lang::En } else { Lang::Da };
    let Some((agreement, basis)) = read_link(&pairs) else {
        hand_over(Then::Edit);
        return;
    };
    let reading = Rc::new(RefCell::new(Reading { agreement, basis, lang, title: None }));
    render(&page, &reading.borrow());
    listen(&page, "click", {
        let (page, reading) = (page.clone(), reading.clone());
        move |event| clicked(&page, &reading, event)
    });
    listen(&window, "beforeprint", {
        let reading = reading.clone();
        move |_| {
            let r = &mut *reading.borrow_mut();
            handout::print_begins(&r.document(), r.lang, &mut r.title);
        }
    });
    // Another link pasted into this tab changes only the fragment: the page
    // loads again, and the loader chooses for it as for any link.
    listen(&window, "hashchange", |_| {
        if let Some(w) = web_sys::window() {
            let _ = w.location().reload();
        }
    });
    listen(&window, "afterprint", move |_| handout::print_ended(&mut reading.borrow_mut().title));
}

/// The link's agreement and the basis its money rests on: its own, else the
/// calculator's figures in the fragment, as the full app takes them.
fn read_link(pairs: &[(String, String)]) -> Option<(Agreement, Option<Basis>)> {
    let link = pairs.iter().rev().find(|(k, _)| k == "agreement")?;
    let agreement = io::from_fragment(&link.1).ok()?;
    let basis = agreement.basis.clone().or_else(|| {
        let year = js_sys::Date::new_0().get_full_year() as u16;
        CalculatorForm::from_pairs(year, pairs.iter().map(|(k, v)| (k.as_str(), v.as_str()))).basis()
    });
    Some((agreement, basis))
}

/// Hand the link over to the full app, which then does `then`: the editor
/// page, whose preload hints name the full app, with the same query and the
/// same fragment, in place of this page in the tab's history.
fn hand_over(then: Then) {
    let Some(location) = web_sys::window().map(|w| w.location()) else { return };
    let path = url_state::editor_page(&location.pathname().unwrap_or_default());
    let search = location.search().unwrap_or_default();
    let fragment = url_state::hand_over(&url_state::browser::read(), then);
    let _ = location.replace(&format!("{path}{search}#{fragment}"));
}

/// `handler` for `event` on `target` (a click anywhere on the page, a
/// print), for the page's life.
fn listen(target: &web_sys::EventTarget, event: &str, handler: impl FnMut(web_sys::Event) + 'static) {
    let handler = Closure::<dyn FnMut(web_sys::Event)>::new(handler);
    let _ = target.add_event_listener_with_callback(event, handler.as_ref().unchecked_ref());
    handler.forget();
}

/// A button of the reading bar: its action, test id and text.
fn button(action: &str, text: Msg, lang: Lang, primary: bool, disabled: bool) -> String {
    format!(
        "<button type=\"button\"{}{} data-action=\"{action}\" data-testid=\"{action}\">{}</button>",
        if primary { "" } else { " class=\"secondary\"" },
        if disabled { " disabled" } else { "" },
        escape(text.text(lang)),
    )
}

/// The page in the reader's language: the full app's header, reading bar,
/// document and footer, with the same classes and test ids.
fn render(page: &Document, r: &Reading) {
    let l = r.lang;
    let text = |m: Msg| escape(m.text(l));
    let (other, other_name) = if l == Lang::Da { ("en", "English") } else { ("da", "Dansk") };
    let full = r.agreement.records.len() >= limits::RECORDS;
    let html = format!(
        "<header class=\"no-print\"><h1>{title}</h1><p class=\"privacy\">{privacy}</p>\
         <nav class=\"tabs\"><button type=\"button\" class=\"lang-switch\" data-action=\"lang-switch\" \
         data-testid=\"lang-switch\" lang=\"{other}\">{other_name}</button></nav></header>\
         <div class=\"no-print\"><div class=\"reading-bar\" data-testid=\"reading-bar\"><p>{note}</p>\
         <div class=\"buttons\">{start}{edit}{print}{copy}{ics}</div>\
         <p role=\"status\" data-testid=\"reading-status\"></p></div></div>\
         <article class=\"print-document on-screen\" data-testid=\"print-document\" tabindex=\"-1\">{document}</article>\
         <footer class=\"no-print\"><p class=\"small\">{storage}</p>\
         <button type=\"button\" class=\"danger\" data-action=\"delete-all\" data-testid=\"delete-all\">{delete}</button>\
         <p class=\"small\"><a href=\"accessibility.html\" data-testid=\"accessibility-link\">{statement}</a></p>\
         </footer>",
        title = text(Msg::AppTitle),
        privacy = text(Msg::PrivacyNote),
        note = text(Msg::ReadingNote),
        start = button("start-follow-up", Msg::StartFollowUp, l, true, full),
        edit = button("edit", Msg::EditAgreement, l, false, false),
        print = button("print", Msg::Print, l, false, false),
        copy = button("copy-case-text", Msg::CopyCaseText, l, false, false),
        ics = button("export-ics", Msg::ExportIcs, l, false, false),
        document = r.document().to_html(&l),
        storage = text(Msg::StorageNote),
        delete = text(Msg::DeleteAll),
        statement = text(Msg::AccessibilityStatement),
    );
    if let Some(root) = page.document_element() {
        let _ = root.set_attribute("lang", l.tag());
    }
    let main = page.get_element_by_id("main").or_else(|| {
        let main = page.create_element("main").ok()?;
        main.set_id("main");
        page.body()?.append_child(&main).ok()?;
        Some(main)
    });
    if let Some(main) = main {
        main.set_inner_html(&html);
    }
}

fn say(page: &Document, msg: Msg, lang: Lang) {
    if let Ok(Some(status)) = page.query_selector("[data-testid='reading-status']") {
        status.set_text_content(Some(msg.text(lang)));
    }
}

fn clicked(page: &Document, reading: &Rc<RefCell<Reading>>, event: web_sys::Event) {
    let action = event
        .target()
        .and_then(|t| t.dyn_into::<Element>().ok())
        .and_then(|e| e.closest("[data-action]").ok().flatten())
        .and_then(|e| e.get_attribute("data-action"));
    let Some(action) = action else { return };
    let lang = reading.borrow().lang;
    match action.as_str() {
        "start-follow-up" | "edit" => {
            say(page, Msg::OpeningEditor, lang);
            hand_over(if action == "edit" { Then::Edit } else { Then::FollowUp });
        }
        "print" => {
            if let Some(w) = page.default_view() {
                let _ = w.print();
            }
        }
        "copy-case-text" => {
            handout::copy_text(&reading.borrow().document().to_text(&lang));
            say(page, Msg::Copied, lang);
        }
        "export-ics" => handout::download_calendar(&reading.borrow().agreement, lang),
        "lang-switch" => {
            let lang = if lang == Lang::Da { Lang::En } else { Lang::Da };
            reading.borrow_mut().lang = lang;
            render(page, &reading.borrow());
            keep_language(lang);
            focus(page, "[data-testid='lang-switch']");
        }
        "delete-all" => {
            let asked = page.default_view().and_then(|w| w.confirm_with_message(Msg::DeleteAllConfirm.text(lang)).ok());
            if asked == Some(true) {
                crate::storage::browser::delete_all();
                // The link's agreement goes from the screen and the address bar too.
                if let Some(w) = page.default_view() {
                    let _ = w.location().replace("./");
                }
            }
        }
        _ => {}
    }
}

/// The language into the fragment, so a reload and the hand-over keep it.
fn keep_language(lang: Lang) {
    let en = (lang == Lang::En).then_some("en");
    url_state::browser::replace(&url_state::with_pair(&url_state::browser::read(), "lang", en));
}

fn focus(page: &Document, selector: &str) {
    if let Ok(Some(e)) = page.query_selector(selector) {
        if let Ok(e) = e.dyn_into::<HtmlElement>() {
            let _ = e.focus();
        }
    }
}
