//! Pieces of the page that every build has, the calculator-first one too:
//! "delete everything", moving focus, the document root.

use leptos::prelude::*;

use crate::i18n::Msg;
use crate::storage;
use crate::ui::shared::{confirm, t, use_lang};

/// The page's root element, whose style holds the CSS variables set from code.
pub fn document_root() -> Option<web_sys::HtmlElement> {
    wasm_bindgen::JsCast::dyn_into(leptos::prelude::document().document_element()?).ok()
}

/// Bumped whenever stored drafts change, so every list of them re-reads storage.
#[derive(Clone, Copy)]
pub struct StorageRevision(pub RwSignal<u32>);

/// Bumped by "delete everything", so the work on screen goes too.
#[derive(Clone, Copy)]
pub struct Erased(pub RwSignal<u32>);

pub(super) fn storage_revision() -> RwSignal<u32> {
    use_context::<StorageRevision>().map(|r| r.0).unwrap_or_else(|| RwSignal::new(0))
}

/// "Delete everything saved on this device", on every view of the page.
#[component]
pub fn DeleteAllButton() -> impl IntoView {
    let lang = use_lang();
    let revision = storage_revision();
    let erased = use_context::<Erased>();
    let delete_all = move |_| {
        if confirm(Msg::DeleteAllConfirm, lang.get_untracked()) {
            storage::browser::delete_all();
            revision.update(|r| *r += 1);
            if let Some(Erased(e)) = erased {
                e.update(|n| *n += 1);
            }
        }
    };
    view! { <button type="button" class="danger" on:click=delete_all data-testid="delete-all">{t(Msg::DeleteAll)}</button> }
}

/// Move focus to the first element matching `selector`, if any.
pub fn focus_first(selector: &str) {
    let field = document().query_selector(selector).ok().flatten();
    if let Some(field) = field.and_then(|f| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(f).ok()) {
        let _ = field.focus();
    }
}
