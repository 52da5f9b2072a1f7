//! Everything that touches the browser, for every build (wasm only): the
//! page's address, the clock, focus, questions to the user, printing, what
//! is stored on the device, files in and out, and the handouts. The plain
//! logic behind them is in `app`; the components in `ui` and the reader call
//! these and nothing of web-sys for the same things.

pub mod files;
#[cfg(feature = "reading")]
pub mod handout;
pub mod storage;

#[cfg(feature = "reading")]
use chrono::{NaiveDate, NaiveDateTime};
use wasm_bindgen::{closure::Closure, JsCast, JsValue};
use web_sys::{Element, HtmlElement};

use crate::app::link::Link;
use crate::app::reading_page::Action;
use crate::i18n::{Lang, Msg};

fn location() -> Option<web_sys::Location> {
    web_sys::window().map(|w| w.location())
}

/// What the page's address opens.
pub fn link() -> Link {
    let location = location();
    let search = location.as_ref().and_then(|l| l.search().ok()).unwrap_or_default();
    Link::parse(&search, &fragment())
}

/// The page's fragment as it is, without its `#`.
pub fn fragment() -> String {
    let hash = location().and_then(|l| l.hash().ok()).unwrap_or_default();
    hash.strip_prefix('#').unwrap_or(&hash).to_string()
}

/// Replace the fragment without adding a history entry or reloading.
/// Nothing happens when it is already so: `replaceState` costs a
/// same-document navigation (about 35 ms at 4x CPU at start-up).
pub fn replace_fragment(fragment: &str) {
    let Some(window) = web_sys::window() else { return };
    if window.location().hash().is_ok_and(|hash| hash.strip_prefix('#') == Some(fragment)) {
        return;
    }
    if let Ok(history) = window.history() {
        // A failure here only means the link is not updated; the
        // calculation on screen is unaffected.
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&format!("#{fragment}")));
    }
}

/// Load the page at `url` in place of this one in the tab's history.
pub fn go(url: &str) {
    if let Some(l) = location() {
        let _ = l.replace(url);
    }
}

/// Load this page again.
pub fn reload() {
    if let Some(l) = location() {
        let _ = l.reload();
    }
}

/// This page's fragment with `then` for the full app, on the editor page
/// beside this one (same query), in place of this page: the reading build
/// hands a link over to be edited.
#[cfg(feature = "reading")]
pub fn hand_over(then: crate::app::link::Then) {
    use crate::app::link;
    let Some(l) = location() else { return };
    let path = link::editor_page(&l.pathname().unwrap_or_default());
    let search = l.search().unwrap_or_default();
    go(&format!("{path}{search}#{}", link::hand_over(&fragment(), then)));
}

/// The share link of an agreement (`io::to_fragment`), beside this page.
#[cfg(feature = "agreement")]
pub fn share_link(agreement: String) -> String {
    let l = location();
    let origin = l.as_ref().and_then(|l| l.origin().ok()).unwrap_or_default();
    let path = l.as_ref().and_then(|l| l.pathname().ok()).unwrap_or_default();
    crate::app::link::share_link(&origin, &path, agreement)
}

/// The year on the browser's clock.
pub fn current_year() -> u16 {
    js_sys::Date::new_0().get_full_year() as u16
}

/// The date and time on the browser's clock, local (the core has none).
/// The editor's: the reader stamps nothing with it.
#[cfg(feature = "agreement")]
pub fn now() -> NaiveDateTime {
    let d = js_sys::Date::new_0();
    date_time([d.get_full_year(), d.get_month() + 1, d.get_date(), d.get_hours(), d.get_minutes(), d.get_seconds()])
}

/// The same instant in UTC, for the calendar file's time stamps.
#[cfg(feature = "reading")]
pub fn now_utc() -> NaiveDateTime {
    let d = js_sys::Date::new_0();
    let (y, mo, day) = (d.get_utc_full_year(), d.get_utc_month() + 1, d.get_utc_date());
    date_time([y, mo, day, d.get_utc_hours(), d.get_utc_minutes(), d.get_utc_seconds()])
}

/// Year, month (1-12), day, hour, minute, second as a date and time.
#[cfg(feature = "reading")]
fn date_time([y, mo, d, h, mi, s]: [u32; 6]) -> NaiveDateTime {
    NaiveDate::from_ymd_opt(y as i32, mo, d).and_then(|day| day.and_hms_opt(h, mi, s)).unwrap_or_default()
}

fn document() -> Option<web_sys::Document> {
    web_sys::window().and_then(|w| w.document())
}

/// The page's root element, whose style holds the CSS variables set from code.
pub fn root() -> Option<HtmlElement> {
    document()?.document_element()?.dyn_into().ok()
}

/// The page's language: `<html lang>`.
pub fn set_page_lang(l: Lang) {
    if let Some(root) = root() {
        let _ = root.set_attribute("lang", l.tag());
    }
}

/// Move focus to the first element matching `selector`, if any.
pub fn focus(selector: &str) {
    let found = document().and_then(|d| d.query_selector(selector).ok().flatten());
    if let Some(e) = found.and_then(|e| e.dyn_into::<HtmlElement>().ok()) {
        let _ = e.focus();
    }
}

/// Put `html` into `element`. A button with an action that had focus in it
/// has it again afterwards, so switching the language or a tab keeps the
/// keyboard where it was.
pub fn set_html(element: &Element, html: &str) {
    let focused = document()
        .and_then(|d| d.active_element())
        .filter(|active| element.contains(Some(active)))
        .and_then(|active| active.get_attribute("data-action"));
    element.set_inner_html(html);
    if let Some(action) = focused {
        let again = element.query_selector(&format!("[data-action='{action}']")).ok().flatten();
        if let Some(e) = again.and_then(|e| e.dyn_into::<HtmlElement>().ok()) {
            let _ = e.focus();
        }
    }
}

/// The action of the chrome's button an event came from, if any.
pub fn action_of(event: &web_sys::Event) -> Option<Action> {
    let target = event.target()?.dyn_into::<Element>().ok()?;
    let button = target.closest("[data-action]").ok().flatten()?;
    Action::from_key(&button.get_attribute("data-action")?)
}

/// Say `text` in the status line with test id `testid`.
pub fn say(testid: &str, text: &str) {
    let found = document().and_then(|d| d.query_selector(&format!("[data-testid='{testid}']")).ok().flatten());
    if let Some(status) = found {
        status.set_text_content(Some(text));
    }
}

/// Ask the user (window.confirm); `false` where the browser cannot ask.
pub fn confirm(msg: Msg, l: Lang) -> bool {
    web_sys::window().and_then(|w| w.confirm_with_message(msg.text(l)).ok()).unwrap_or(false)
}

/// Print the page.
pub fn print() {
    if let Some(w) = web_sys::window() {
        let _ = w.print();
    }
}

/// "Delete everything saved on this device", once the user has said yes:
/// every draft and this tab's work. `true` if it was deleted.
pub fn delete_everything(l: Lang) -> bool {
    let yes = confirm(Msg::DeleteAllConfirm, l);
    if yes {
        storage::delete_all();
    }
    yes
}

/// `handler` for `event` on `target`, for the page's life.
pub fn listen(target: &web_sys::EventTarget, event: &str, handler: impl FnMut(web_sys::Event) + 'static) {
    let handler = Closure::<dyn FnMut(web_sys::Event)>::new(handler);
    let _ = target.add_event_listener_with_callback(event, handler.as_ref().unchecked_ref());
    handler.forget();
}

/// In a host's frame: post the document's height to the host whenever it
/// changes (`app::embed::height_message`), so the iframe can fit it.
pub fn report_height() {
    let Some(window) = web_sys::window() else { return };
    let Ok(Some(parent)) = window.parent() else { return };
    let Some(body) = window.document().and_then(|d| d.body()) else { return };
    let post = move || {
        let height = document().and_then(|d| d.document_element()).map_or(0.0, |e| e.scroll_height() as f64);
        // Only a number goes out, so any host origin may receive it.
        let _ = parent.post_message(&JsValue::from_str(&crate::app::embed::height_message(height)), "*");
    };
    post();
    let callback = Closure::<dyn Fn()>::new(post);
    if let Ok(observer) = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()) {
        observer.observe(&body);
    }
    // The observer lives as long as the page.
    callback.forget();
}
