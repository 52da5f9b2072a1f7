//! Pieces of the page that every build has, the calculator-first one too:
//! the chrome drawn by `app::reading_page` put in its place, "delete
//! everything", moving focus.

use leptos::prelude::*;

use crate::app::reading_page::{self, Action};
use crate::browser;
use crate::ui::shared::use_lang;

#[cfg(feature = "agreement")]
pub use crate::browser::focus as focus_first;

/// Bumped whenever stored drafts change, so every list of them re-reads storage.
#[derive(Clone, Copy)]
pub struct StorageRevision(pub RwSignal<u32>);

/// Bumped by "delete everything", so the work on screen goes too.
#[derive(Clone, Copy)]
pub struct Erased(pub RwSignal<u32>);

pub(super) fn storage_revision() -> RwSignal<u32> {
    use_context::<StorageRevision>().map(|r| r.0).unwrap_or_else(|| RwSignal::new(0))
}

/// A part of the page drawn as HTML by `app::reading_page`: drawn again
/// whenever what `render` reads changes (focus stays on its button), and
/// its buttons' actions go to `act`. The chrome is never printed: its box
/// before the document would also start the print on a page of its own,
/// without the document's page margin.
pub fn html_part(render: impl Fn() -> String + 'static, act: impl Fn(Action) + 'static) -> impl IntoView {
    let node = NodeRef::<leptos::html::Div>::new();
    let first = untrack(&render);
    Effect::new(move |drawn: Option<()>| {
        let html = render();
        if drawn.is_some() {
            if let Some(el) = node.get_untracked() {
                browser::set_html(&el, &html);
            }
        }
    });
    let on_click = move |ev: leptos::ev::MouseEvent| {
        if let Some(action) = browser::action_of(&ev) {
            act(action);
        }
    };
    view! { <div class="no-print" node_ref=node inner_html=first on:click=on_click></div> }
}

/// "Delete everything saved on this device", asked first: the drafts' lists
/// read storage again, and the work on screen goes too. Made where the
/// page's contexts are, called on a click.
pub fn delete_all() -> impl Fn() + Copy + 'static {
    let (lang, revision, erased) = (use_lang(), storage_revision(), use_context::<Erased>());
    move || {
        if browser::delete_everything(lang.get_untracked()) {
            revision.update(|r| *r += 1);
            if let Some(Erased(e)) = erased {
                e.update(|n| *n += 1);
            }
        }
    }
}

/// "Delete everything" on its own, where a host moved it from the footer.
#[component]
pub fn DeleteAllButton() -> impl IntoView {
    let (lang, delete) = (use_lang(), delete_all());
    html_part(
        move || reading_page::delete_all(lang.get()),
        move |action| {
            if action == Action::DeleteAll {
                delete();
            }
        },
    )
}
