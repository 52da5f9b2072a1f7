//! What leaves the editor: the printable document, the agreement file (export
//! and import), the calendar file, the text for the case record, the share
//! link, and drafts saved on this device. Nothing is sent anywhere.

use chrono::Timelike;
use leptos::prelude::*;

use super::draft::{Draft, Opener};
use crate::app::keep::{self, NotKeepable, SaveError};
use crate::browser::files::{self, ReadError};
use crate::browser::{self, handout, now, storage};
use crate::core::agreement::io;
use crate::core::agreement::Agreement;
use crate::core::document as doc_model;
use crate::core::income::form::{Basis, CalculatorForm};
use crate::i18n::{self, Msg};
use crate::ui::page::{focus_first, storage_revision, DeleteAllButton};
use crate::ui::shared::{t, use_lang};

/// The agreement as a document: on screen in the reading view, and what
/// is printed from the agreement's views. On screen it follows every
/// change; while it is only for paper it is brought up to date when
/// printing begins (and once when it appears), so typing in the editor
/// never rebuilds a hidden document. The page margin carries the title
/// and "Side x af y" through CSS variables on the root (style.css), and the
/// printed file is named by the page's title while printing.
///
/// While a follow-up's note is shown (`note`), the note takes the
/// document's place, on screen and on paper.
#[component]
pub fn AgreementDocument(
    draft: Draft,
    basis: Memo<Option<Basis>>,
    on_screen: Memo<bool>,
    note: RwSignal<Option<usize>>,
) -> impl IntoView {
    let lang = use_lang();
    let build = move || {
        let (a, b, l) = (draft.read(), basis.read(), lang.get());
        note.get()
            .and_then(|i| doc_model::follow_up_note(&a, b.as_ref(), i, &l))
            .unwrap_or_else(|| doc_model::document(&a, b.as_ref(), &l))
    };
    let article = NodeRef::<leptos::html::Article>::new();
    let show = move |doc: &doc_model::Document| {
        if let Some(el) = article.get_untracked() {
            el.set_inner_html(&doc.to_html(&lang.get_untracked()));
        }
    };
    Effect::new(move |_| {
        if article.get().is_some() {
            let doc = if on_screen.get() { build() } else { untrack(build) };
            show(&doc);
        }
    });
    // The page's own title while a print is under way.
    let page_title = StoredValue::new(None::<String>);
    let before = window_event_listener(leptos::ev::beforeprint, move |_| {
        let doc = untrack(build);
        show(&doc);
        page_title.update_value(|kept| handout::print_begins(&doc, lang.get_untracked(), kept));
    });
    let after = window_event_listener(leptos::ev::afterprint, move |_| {
        page_title.try_update_value(handout::print_ended);
    });
    // The listeners read this document's node and title, which go with it:
    // the window must not call them after that (each change of view makes a
    // new document).
    on_cleanup(move || {
        before.remove();
        after.remove();
    });
    let testid = move || if note.read().is_some() { "follow-up-note" } else { "print-document" };
    view! { <article class="print-document" class:on-screen=on_screen data-testid=testid tabindex="-1" node_ref=article></article> }
}

/// Where an action's answer is shown: beside the buttons that gave it.
#[derive(Clone, Copy)]
enum Place {
    Files,
    Share,
    Storage,
}

/// Move to the first field marked invalid, so "correct the marked fields"
/// shows the user where.
fn focus_first_invalid() {
    focus_first("[aria-invalid='true']");
}

/// How long typing must pause before the case-record text is built again.
const SUMMARY_AFTER: std::time::Duration = std::time::Duration::from_millis(250);

/// The most a QR code holds in bytes (version 40, lowest error correction).
const QR_MAX_BYTES: usize = 2953;

#[component]
pub fn AgreementOutputs(
    draft: Draft,
    saved: RwSignal<Agreement>,
    form: RwSignal<CalculatorForm>,
    basis: Memo<Option<Basis>>,
    /// The host hid "delete everything" from the page's footer: it is here.
    delete_all_here: bool,
) -> impl IntoView {
    let lang = use_lang();
    let opener = expect_context::<Opener>();
    // Each group of actions answers beside itself, so the answer is seen
    // where the button was pressed; one answer at a time. A text per place,
    // of the signal type the panel has already (below): one signal of
    // (place, text) was a type of its own, and its own code in the wasm.
    let answers = [Place::Files, Place::Share, Place::Storage].map(|_| RwSignal::new(None::<String>));
    let say_at = move |place: Place, msg: Msg| {
        let text = msg.text(lang.get_untracked());
        for (i, answer) in answers.iter().enumerate() {
            answer.set((i == place as usize).then(|| text.to_string()));
        }
    };
    let say = move |msg: Msg| say_at(Place::Files, msg);
    let status_at = move |place: Place, testid: &'static str| {
        let text = move || answers[place as usize].get().unwrap_or_default();
        view! { <p role="status" data-testid=testid>{text}</p> }
    };
    let import_error = RwSignal::new(None::<String>);

    // Every way out (save, export, share) goes through `keep::keepable`:
    // the draft gets the calculator's figures as its basis if it has none
    // yet; a draft that may not leave says why beside the button pressed.
    let keepable = move |place: Place| -> Option<Agreement> {
        let kept = draft.with_untracked(|d| keep::keepable(d, || form.read_untracked().basis()));
        match kept {
            Ok(a) => {
                if draft.with_untracked(|d| *d != a) {
                    draft.set(a.clone());
                    opener.without_basis.set(false);
                }
                Some(a)
            }
            Err(why) => {
                say_at(
                    place,
                    if why == NotKeepable::CalculatorHasErrors { Msg::CalculatorHasErrors } else { Msg::CannotKeep },
                );
                focus_first_invalid();
                None
            }
        }
    };

    let print = move |_| browser::print();
    let export = move |_| {
        if let Some(a) = keepable(Place::Files) {
            files::download(&format!("{}.json", handout::file_stem(&a)), "application/json", &io::to_json(&a));
        }
    };
    let calendar = move |_| handout::download_calendar(&draft.read_untracked(), lang.get_untracked());
    let on_import = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        leptos::task::spawn_local(async move {
            let l = lang.get_untracked();
            let explain = |e: io::ImportError| i18n::import_error(&e, i18n::Source::File, l);
            let result = match files::read_text(&input, io::MAX_BYTES).await {
                Ok(text) => io::from_json(&text).map_err(explain),
                Err(ReadError::TooLarge { bytes }) => {
                    Err(explain(io::ImportError::TooLarge { bytes, max: io::MAX_BYTES }))
                }
                Err(ReadError::NoFile | ReadError::Unreadable) => Err(format!("{}.", Msg::ImportErr.text(l))),
            };
            input.set_value("");
            match result {
                Ok(a) => {
                    import_error.set(None);
                    if opener.may_replace(Msg::ImportConfirm, l) {
                        opener.open_to_read(a);
                        say(Msg::ImportDone);
                    }
                }
                Err(message) => import_error.set(Some(message)),
            }
        });
    };

    let summary_text = move || {
        let l = lang.get_untracked();
        doc_model::document(&draft.read_untracked(), basis.read_untracked().as_ref(), &l).to_text(&l)
    };
    // The case-record text is the whole document: built again once typing
    // pauses, not on every keystroke (at the editor's caps it was half of a
    // keystroke's 20 ms). Copying always takes the text as it is now.
    let summary = RwSignal::new(summary_text());
    let pending = StoredValue::new(None::<TimeoutHandle>);
    let cancel = move || {
        if let Some(waiting) = pending.try_update_value(Option::take).flatten() {
            waiting.clear();
        }
    };
    Effect::new(move |first: Option<()>| {
        draft.track();
        basis.track();
        lang.track();
        if first.is_none() {
            return;
        }
        cancel();
        let later = set_timeout_with_handle(move || drop(summary.try_set(summary_text())), SUMMARY_AFTER);
        pending.set_value(later.ok());
    });
    on_cleanup(cancel);
    let copy_summary = move |_| {
        let text = summary_text();
        handout::copy_text(&text);
        summary.set(text);
        say(Msg::Copied);
    };

    let share = RwSignal::new(None::<String>);
    let make_link = move |_| {
        let Some(a) = keepable(Place::Share) else { return };
        share.set(Some(browser::share_link(io::to_fragment(&a))));
    };

    // Storage: the list is read again after every change made to it, here
    // or by the page's "delete everything".
    let revision = storage_revision();
    let drafts = move || {
        revision.track();
        storage::list()
    };
    let save = move |_| {
        let Some(a) = keepable(Place::Storage) else { return };
        let say = move |msg| say_at(Place::Storage, msg);
        let stamp = now();
        let stamp = format!(
            "{}T{:02}{:02}{:02}",
            crate::core::text::dates::to_iso(stamp.date()),
            stamp.hour(),
            stamp.minute(),
            stamp.second()
        );
        let id = keep::unique_id(&stamp, storage::exists);
        match storage::save(&id, io::file(&a)) {
            Ok(()) => {
                saved.set(a);
                say(Msg::Saved);
            }
            Err(SaveError::Full) => say(Msg::SaveFull),
            Err(SaveError::Unavailable) => say(Msg::SaveFailed),
        }
        revision.update(|r| *r += 1);
    };
    let saved_list = move || {
        let l = lang.get();
        let list = drafts();
        if list.is_empty() {
            return view! { <p data-testid="nothing-saved">{Msg::NothingSaved.text(l)}</p> }.into_any();
        }
        view! {
            <ul class="saved" data-testid="saved-drafts">
                {list
                    .into_iter()
                    .map(|(id, json)| {
                        let parsed = io::from_value(json).ok();
                        let name = parsed
                            .as_ref()
                            .map(|a| a.parties.citizen.trim().to_string())
                            .filter(|n| !n.is_empty())
                            .unwrap_or_else(|| Msg::NoName.text(l).to_string());
                        let delete_id = id.clone();
                        // The list is re-read after every change to storage, so
                        // the draft parsed for it is the one stored.
                        let stored = parsed.clone();
                        let can_open = parsed.is_some();
                        let open = move |_| {
                            if let Some(a) = stored.clone() {
                                if opener.may_replace(Msg::ImportConfirm, l) {
                                    opener.open(a);
                                }
                            }
                        };
                        let delete = move |_| {
                            storage::delete(&delete_id);
                            revision.update(|r| *r += 1);
                        };
                        view! {
                            <li>
                                <span>{name} " · " {id.clone()}</span>
                                <button type="button" class="secondary" on:click=open disabled=!can_open>{Msg::Open.text(l)}</button>
                                <button type="button" class="secondary" on:click=delete>{Msg::Delete.text(l)}</button>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        }
        .into_any()
    };
    let dirty = move || *draft.read() != *saved.read();

    view! {
        <section class="agreement-part outputs-panel" aria-labelledby="outputs-heading">
            <h3 id="outputs-heading" tabindex="-1">{t(Msg::OutputsHeading)}</h3>
            <div class="buttons">
                <button type="button" data-testid="read" on:click=move |_| opener.read()>{t(Msg::ReadAgreement)}</button>
                <button type="button" on:click=print>{t(Msg::Print)}</button>
                <button type="button" on:click=export data-testid="export">{t(Msg::ExportJson)}</button>
                <label class="file-button">
                    {t(Msg::ImportJson)}
                    <input type="file" accept=".json,application/json" data-testid="import" on:change=on_import />
                </label>
                <button type="button" on:click=calendar data-testid="export-ics">{t(Msg::ExportIcs)}</button>
            </div>
            <p class="error" role="alert" data-testid="import-error">{move || import_error.get()}</p>
            {status_at(Place::Files, "agreement-status")}
            <p class="notice" data-testid="unsaved" role="status">{move || dirty().then(t(Msg::UnsavedChanges))}</p>

            <h4>{t(Msg::SummaryHeading)}</h4>
            <label for="summary-text" class="visually-hidden">{t(Msg::SummaryHeading)}</label>
            <textarea id="summary-text" readonly rows="10" data-testid="summary-text" prop:value=move || summary.get()></textarea>
            <button type="button" class="secondary" on:click=copy_summary>{t(Msg::Copy)}</button>

            <h4>{t(Msg::ShareLink)}</h4>
            <p class="warning" data-testid="share-warning">{t(Msg::ShareWarning)}</p>
            <button type="button" class="secondary" on:click=make_link data-testid="make-link">{t(Msg::ShareLink)}</button>
            {status_at(Place::Share, "share-status")}
            {move || share.get().map(|link| {
                let l = lang.get();
                let length = i18n::fill(Msg::LinkLength.text(l), "{n}", &i18n::number(link.chars().count() as f64, 0, l));
                let too_long = (link.len() > QR_MAX_BYTES).then(|| Msg::LinkTooLongForQr.text(l));
                let copy_text = link.clone();
                let copy = move |_| {
                    handout::copy_text(&copy_text);
                    say_at(Place::Share, Msg::LinkCopied);
                };
                view! {
                    <div class="inline">
                        <label for="share-link" class="visually-hidden">{t(Msg::ShareLink)}</label>
                        <input id="share-link" type="text" readonly data-testid="share-link" prop:value=link />
                        <button type="button" class="secondary" data-testid="copy-link" on:click=copy>{t(Msg::CopyLink)}</button>
                    </div>
                    <p class="small" data-testid="link-length">{length} " " {too_long}</p>
                }
            })}

            <h4>{t(Msg::StorageHeading)}</h4>
            <p class="small">{t(Msg::StorageNote)}</p>
            <button type="button" on:click=save data-testid="save">{t(Msg::SaveDraft)}</button>
            {status_at(Place::Storage, "save-status")}
            {saved_list}
            {delete_all_here.then(|| view! { <DeleteAllButton /> })}
        </section>
    }
}
