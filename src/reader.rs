//! The reading build: what a share link opens. The agreement's document and
//! the reading bar (print, the language, the case-record text, the calendar
//! file), without the calculator's screen or the editor, and without Leptos:
//! the core writes the document as HTML and `app::reading_page` the page
//! around it, and this puts them into the page with web-sys
//! (docs/performance.md has the figures).
//!
//! "Redigér aftalen" and "Start opfølgning" hand the link over to the full
//! app: the fragment, as it came, gets `open=` and goes to the editor page
//! (`aftale-rediger.html`), where loader.js starts the full app, which reads
//! the same fragment with the same core. A link that does not read is
//! handed over at once, so its message is the full app's.

use std::cell::RefCell;
use std::rc::Rc;

use crate::app::link::{Link, Then};
use crate::app::reading_page::{self, Action};
use crate::browser::{self, handout};
use crate::core::agreement::{io, limits, Agreement};
use crate::core::document::{self as doc_model};
use crate::core::income::form::Basis;
use crate::i18n::{Lang, Msg};

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
    let link = browser::link();
    let Some((agreement, basis)) = read_link(&link) else {
        browser::hand_over(Then::Edit);
        return;
    };
    let lang = link.lang.unwrap_or_default();
    let reading = Rc::new(RefCell::new(Reading { agreement, basis, lang, title: None }));
    let Some(main) = main_element(&page) else { return };
    render(&main, &reading.borrow());
    browser::listen(&main, "click", {
        let (main, reading) = (main.clone(), reading.clone());
        move |event| {
            if let Some(action) = browser::action_of(&event) {
                act(&main, &reading, action);
            }
        }
    });
    browser::listen(&window, "beforeprint", {
        let reading = reading.clone();
        move |_| {
            let r = &mut *reading.borrow_mut();
            handout::print_begins(&r.document(), r.lang, &mut r.title);
        }
    });
    // Another link pasted into this tab changes only the fragment: the page
    // loads again, and the loader chooses for it as for any link.
    browser::listen(&window, "hashchange", |_| browser::reload());
    browser::listen(&window, "afterprint", move |_| handout::print_ended(&mut reading.borrow_mut().title));
}

/// The link's agreement and the basis its money rests on: its own, else the
/// calculator's figures in the link, as the full app takes them.
fn read_link(link: &Link) -> Option<(Agreement, Option<Basis>)> {
    let agreement = io::from_fragment(link.agreement.as_deref()?).ok()?;
    let basis = agreement.basis.clone().or_else(|| link.form(browser::current_year()).basis());
    Some((agreement, basis))
}

/// The page's `<main>`, made if the page has none.
fn main_element(page: &web_sys::Document) -> Option<web_sys::Element> {
    page.get_element_by_id("main").or_else(|| {
        let main = page.create_element("main").ok()?;
        main.set_id("main");
        page.body()?.append_child(&main).ok()?;
        Some(main)
    })
}

/// The page in the reader's language: the same header, reading bar and
/// footer as the full app's, around the document.
fn render(main: &web_sys::Element, r: &Reading) {
    browser::set_page_lang(r.lang);
    let full = r.agreement.records.len() >= limits::RECORDS;
    browser::set_html(main, &reading_page::page(r.lang, full, &r.document().to_html(&r.lang)));
}

fn act(main: &web_sys::Element, reading: &Rc<RefCell<Reading>>, action: Action) {
    let lang = reading.borrow().lang;
    match action {
        Action::StartFollowUp | Action::Edit => {
            browser::say("reading-status", Msg::OpeningEditor.text(lang));
            browser::hand_over(if action == Action::Edit { Then::Edit } else { Then::FollowUp });
        }
        Action::Print => browser::print(),
        Action::CopyCaseText => handout::copy_case_text(&reading.borrow().document(), lang),
        Action::ExportIcs => handout::download_calendar(&reading.borrow().agreement, lang),
        Action::LangSwitch => {
            let lang = reading_page::other(lang);
            reading.borrow_mut().lang = lang;
            render(main, &reading.borrow());
            browser::focus("[data-testid='lang-switch']");
            // The language into the fragment, so a reload and the hand-over keep it.
            browser::replace_fragment(&crate::app::link::with_lang(&browser::fragment(), lang));
        }
        Action::DeleteAll => {
            // The link's agreement goes from the screen and the address bar too.
            if browser::delete_everything(lang) {
                browser::go("./");
            }
        }
        Action::ShowCalculator | Action::ShowAgreement => {}
    }
}
