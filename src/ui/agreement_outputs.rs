//! What leaves the editor: the printable document, the agreement file (export
//! and import), the calendar file, the text for the case record, the share
//! link, and drafts saved on this device. Nothing is sent anywhere.

use chrono::{NaiveDate, NaiveDateTime, Timelike};
use leptos::prelude::*;

use super::agreement::{step_economy, Draft};
use super::{confirm, t, use_lang, Opener};
use crate::core::agreement::Agreement;
use crate::core::form::CalculatorForm;
use crate::core::scenario::Scenario;
use crate::core::{agreement_io, ics, summary};
use crate::file_io::browser::{self as files, ReadError};
use crate::i18n::{self, Msg};
use crate::storage::{self, SaveError};

/// The date and time on the browser's clock, local (the core has none).
pub fn now() -> NaiveDateTime {
    let d = js_sys::Date::new_0();
    date_time([d.get_full_year(), d.get_month() + 1, d.get_date(), d.get_hours(), d.get_minutes(), d.get_seconds()])
}

/// The same instant in UTC, for the calendar file's time stamps.
fn now_utc() -> NaiveDateTime {
    let d = js_sys::Date::new_0();
    let (y, mo, day) = (d.get_utc_full_year(), d.get_utc_month() + 1, d.get_utc_date());
    date_time([y, mo, day, d.get_utc_hours(), d.get_utc_minutes(), d.get_utc_seconds()])
}

/// Year, month (1-12), day, hour, minute, second as a date and time.
fn date_time([y, mo, d, h, mi, s]: [u32; 6]) -> NaiveDateTime {
    NaiveDate::from_ymd_opt(y as i32, mo, d).and_then(|day| day.and_hms_opt(h, mi, s)).unwrap_or_default()
}

/// The agreement as a document for paper: shown only when printing.
#[component]
pub fn AgreementDocument(draft: Draft, scenario: Memo<Option<Scenario>>) -> impl IntoView {
    let lang = use_lang();
    let body = move || {
        let l = lang.get();
        let a = draft.get();
        let text = summary::summary(&a, &i18n::summary_labels(l));
        let economy = scenario.get().map(|s| {
            let lines = (0..a.steps.len())
                .filter_map(|i| Some(format!("{} {}: {}", Msg::StepN.text(l), i + 1, step_economy(&s, &a, i, l)?)))
                .collect::<Vec<_>>();
            (lines, s)
        });
        // The summary's sections are separated by blank lines: one block each,
        // so a page break never splits a section.
        let blocks =
            text.split("\n\n").map(|block| view! { <pre class="doc-block">{block.to_string()}</pre> }).collect_view();
        view! {
            {blocks}
            {economy.map(|(lines, s)| view! {
                <div class="doc-block">
                    <h2>{Msg::StepEconomy.text(l)}</h2>
                    <ul>{lines.into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}</ul>
                    <p class="small">{Msg::EstimateNote.text(l)}</p>
                    <p class="small" data-testid="print-basis">{i18n::rates_basis(&s.rates, |st| super::results::status_text(st).text(l), l)}</p>
                </div>
            })}
        }
    };
    let signature = move |who: Box<dyn Fn() -> Msg + Send + Sync>| {
        view! {
            <div class="signature">
                <div class="line"></div>
                <p>{move || who().text(lang.get())} ", " {t(Msg::SignatureDate)}</p>
            </div>
        }
    };
    view! {
        <article class="print-document" data-testid="print-document">
            <h1>{t(Msg::AgreementTitle)}</h1>
            {body}
            <section class="signatures">
                <h2>{t(Msg::SignaturesHeading)}</h2>
                {signature(Box::new(|| Msg::Citizen))}
                {signature(Box::new(|| Msg::EmployerContact))}
                {signature(Box::new(move || i18n::consultant(draft.read().date)))}
            </section>
        </article>
    }
}

/// Bumped whenever stored drafts change, so every list of them re-reads storage.
#[derive(Clone, Copy)]
pub struct StorageRevision(pub RwSignal<u32>);

fn storage_revision() -> RwSignal<u32> {
    use_context::<StorageRevision>().map(|r| r.0).unwrap_or_else(|| RwSignal::new(0))
}

/// "Delete everything saved on this device", on every view of the page.
#[component]
pub fn DeleteAllButton() -> impl IntoView {
    let lang = use_lang();
    let revision = storage_revision();
    let delete_all = move |_| {
        if confirm(Msg::DeleteAllConfirm, lang.get_untracked()) {
            storage::browser::delete_all();
            revision.update(|r| *r += 1);
        }
    };
    view! { <button type="button" class="danger" on:click=delete_all data-testid="delete-all">{t(Msg::DeleteAll)}</button> }
}

/// Where an action's answer is shown: beside the buttons that gave it.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Place {
    Files,
    Share,
    Storage,
}

/// Move to the first field marked invalid, so "correct the marked fields"
/// shows the user where.
fn focus_first_invalid() {
    let field = document().query_selector("[aria-invalid='true']").ok().flatten();
    if let Some(field) = field.and_then(|f| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(f).ok()) {
        let _ = field.focus();
    }
}

/// A short, safe file name part from the agreement's date.
fn file_stem(a: &Agreement) -> String {
    format!("progressionsaftale-{}", crate::core::dates::to_iso(a.date))
}

#[component]
pub fn AgreementOutputs(draft: Draft, saved: RwSignal<Agreement>, form: RwSignal<CalculatorForm>) -> impl IntoView {
    let lang = use_lang();
    let opener = expect_context::<Opener>();
    // Each group of actions answers beside itself, so the answer is seen
    // where the button was pressed.
    let status = RwSignal::new((Place::Files, String::new()));
    let say_at = move |place: Place, msg: Msg| status.set((place, msg.text(lang.get_untracked()).to_string()));
    let say = move |msg: Msg| say_at(Place::Files, msg);
    let status_at = move |place: Place, testid: &'static str| {
        let text = move || status.with(|(p, text)| if *p == place { text.clone() } else { String::new() });
        view! { <p role="status" data-testid=testid>{text}</p> }
    };
    let import_error = RwSignal::new(None::<String>);

    // Every way out (save, export, share) goes through here: the draft gets
    // the calculator's figures as its basis if it has none yet, and must
    // read back as itself, so nothing is kept that could not be reopened.
    let keepable = move |place: Place| -> Option<Agreement> {
        let mut a = draft.get_untracked();
        let blocked = |msg: Msg| {
            say_at(place, msg);
            focus_first_invalid();
            None
        };
        if !a.problems().is_empty() {
            return blocked(Msg::CannotKeep);
        }
        if a.basis.is_none() {
            let Some(basis) = form.read_untracked().basis() else {
                return blocked(Msg::CalculatorHasErrors);
            };
            a.basis = Some(basis);
        }
        if agreement_io::check_reopens(&a).is_err() {
            return blocked(Msg::CannotKeep);
        }
        if draft.with_untracked(|d| *d != a) {
            draft.set(a.clone());
            opener.without_basis.set(false);
        }
        Some(a)
    };

    let print = move |_| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    };
    let export = move |_| {
        if let Some(a) = keepable(Place::Files) {
            files::download(&format!("{}.json", file_stem(&a)), "application/json", &agreement_io::to_json(&a));
        }
    };
    let calendar = move |_| {
        let a = draft.get_untracked();
        let l = i18n::summary_labels(lang.get_untracked());
        let text = ics::calendar(&a, now_utc(), |f| {
            if f.label.trim().is_empty() {
                l.follow_up_kind(f.kind).to_string()
            } else {
                f.label.clone()
            }
        });
        files::download(&format!("{}.ics", file_stem(&a)), "text/calendar", &text);
    };
    let on_import = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        leptos::task::spawn_local(async move {
            let l = lang.get_untracked();
            let explain = |e: agreement_io::ImportError| i18n::import_error(&e, i18n::Source::File, l);
            let result = match files::read_text(&input, agreement_io::MAX_BYTES).await {
                Ok(text) => agreement_io::from_json(&text).map_err(explain),
                Err(ReadError::TooLarge { bytes }) => {
                    Err(explain(agreement_io::ImportError::TooLarge { bytes, max: agreement_io::MAX_BYTES }))
                }
                Err(ReadError::NoFile | ReadError::Unreadable) => Err(format!("{}.", Msg::ImportErr.text(l))),
            };
            input.set_value("");
            match result {
                Ok(a) => {
                    import_error.set(None);
                    if confirm(Msg::ImportConfirm, l) {
                        opener.open(a);
                        say(Msg::ImportDone);
                    }
                }
                Err(message) => import_error.set(Some(message)),
            }
        });
    };

    let summary_text = move || summary::summary(&draft.read(), &i18n::summary_labels(lang.get()));
    let copy_summary = move |_| {
        if let Some(w) = web_sys::window() {
            let _ = w.navigator().clipboard().write_text(&summary_text());
            say(Msg::Copied);
        }
    };

    let share = RwSignal::new(None::<String>);
    let make_link = move |_| {
        let Some(a) = keepable(Place::Share) else { return };
        let location = web_sys::window().map(|w| w.location());
        let base =
            location.and_then(|l| Some(format!("{}{}", l.origin().ok()?, l.pathname().ok()?))).unwrap_or_default();
        share.set(Some(format!("{base}#view=aftale&agreement={}", agreement_io::to_fragment(&a))));
    };

    // Storage: the list is read again after every change made to it, here
    // or by the page's "delete everything".
    let revision = storage_revision();
    let drafts = move || {
        revision.track();
        storage::browser::list()
    };
    let save = move |_| {
        let Some(a) = keepable(Place::Storage) else { return };
        let say = move |msg| say_at(Place::Storage, msg);
        let stamp = now();
        let stamp = format!(
            "{}T{:02}{:02}{:02}",
            crate::core::dates::to_iso(stamp.date()),
            stamp.hour(),
            stamp.minute(),
            stamp.second()
        );
        let id = storage::unique_id(&stamp, storage::browser::exists);
        match storage::browser::save(&id, agreement_io::file(&a)) {
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
                        let parsed = agreement_io::from_value(json).ok();
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
                                if !opener.dirty() || confirm(Msg::ImportConfirm, l) {
                                    opener.open(a);
                                }
                            }
                        };
                        let delete = move |_| {
                            storage::browser::delete(&delete_id);
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
            <h3 id="outputs-heading">{t(Msg::OutputsHeading)}</h3>
            <div class="buttons">
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
            <textarea id="summary-text" readonly rows="10" data-testid="summary-text" prop:value=summary_text></textarea>
            <button type="button" class="secondary" on:click=copy_summary>{t(Msg::Copy)}</button>

            <h4>{t(Msg::ShareLink)}</h4>
            <p class="warning" data-testid="share-warning">{t(Msg::ShareWarning)}</p>
            <button type="button" class="secondary" on:click=make_link data-testid="make-link">{t(Msg::ShareLink)}</button>
            {status_at(Place::Share, "share-status")}
            {move || share.get().map(|link| view! {
                <label for="share-link" class="visually-hidden">{t(Msg::ShareLink)}</label>
                <input id="share-link" type="text" readonly data-testid="share-link" prop:value=link />
            })}

            <h4>{t(Msg::StorageHeading)}</h4>
            <p class="small">{t(Msg::StorageNote)}</p>
            <button type="button" on:click=save data-testid="save">{t(Msg::SaveDraft)}</button>
            {status_at(Place::Storage, "save-status")}
            {saved_list}
        </section>
    }
}
