//! The agreement's side of the page, in the full build (feature
//! `agreement`): the draft, the opener, the agreement a link carries, and
//! the editor, reading and printed views. The calculator-first build has
//! `loader.rs` in its place.

use leptos::prelude::*;

use super::draft::Opener;
use super::editor::{AgreementEditor, BasisNotice, PartNav};
use super::fields::TypedHours;
use super::meetings::MeetingState;
use super::outputs::{AgreementDocument, AgreementOutputs};
use super::work::{Work, WorkTrouble};
use crate::app::link::Then;
use crate::app::reading_page::{self, Action};
use crate::browser::{self, handout, now};
use crate::core::agreement::io::{self, ImportError};
use crate::core::agreement::{limits, Agreement};
use crate::core::document::{document, scenario_of};
use crate::core::income::form::{Basis, CalculatorForm};
use crate::core::income::scenario::Scenario;
use crate::i18n::{self, Msg};
use crate::ui::page::{html_part, Erased};
use crate::ui::shared::{t, use_lang, View};

/// The agreement's state on the page, shared by its views.
#[derive(Clone, Copy)]
pub struct AgreementPage {
    opener: Opener,
    link_error: RwSignal<Option<ImportError>>,
    /// A link's agreement was not opened, to keep unsaved changes.
    link_kept: RwSignal<bool>,
    /// The tab's kept work could not be read, or the browser would not keep it.
    work_trouble: RwSignal<Option<WorkTrouble>>,
    /// The steps' money: from the agreement's own basis once it has one,
    /// else from the calculator.
    basis: Memo<Option<Basis>>,
    scenario: Memo<Option<Scenario>>,
    /// "Delete everything" sits with the drafts when the footer's is hidden.
    delete_all_here: bool,
}

impl AgreementPage {
    /// The work this tab kept (a reload), else a fresh draft; then the
    /// agreement of the link the page opened with (`agreement=`), if any,
    /// to read, asking first if that would lose unsaved changes.
    pub fn new(
        form: RwSignal<CalculatorForm>,
        view: RwSignal<View>,
        link: Option<&str>,
        then: Option<Then>,
        delete_all_here: bool,
    ) -> Self {
        let typed = TypedHours(StoredValue::new(Default::default()));
        provide_context(typed);
        let meetings = MeetingState::new();
        provide_context(meetings);
        let fresh = Agreement::new(now().date());
        let draft = RwSignal::new(fresh.clone());
        // The draft as last saved, opened or imported: unsaved changes differ from it.
        let saved = RwSignal::new(fresh);
        let opener =
            Opener { draft, saved, form, view, without_basis: RwSignal::new(false), taken: RwSignal::new(None) };
        provide_context(opener);
        let basis = Memo::new(move |_| draft.read().basis.clone().or_else(|| form.read().basis()));
        let work = Work { opener, meetings, typed };
        let page = Self {
            opener,
            link_error: RwSignal::new(None),
            link_kept: RwSignal::new(false),
            work_trouble: RwSignal::new(work.restore()),
            basis,
            scenario: Memo::new(move |_| basis.read().as_ref().and_then(scenario_of)),
            delete_all_here,
        };
        page.follow_link(link, then, use_lang().get_untracked());
        // Left untouched, a new draft has the calculator's hours as today's.
        Effect::new(move |_| {
            form.track();
            opener.take_calculator_hours(now().date());
        });
        work.keep(page.work_trouble);
        // "Delete everything" takes the work on screen too.
        if let Some(Erased(erased)) = use_context::<Erased>() {
            Effect::new(move |first: Option<()>| {
                erased.track();
                if first.is_some() {
                    work.erase();
                }
            });
        }
        page
    }

    /// Open the agreement of a link followed in this tab; `false` if the
    /// link carries none. A different agreement never replaces unsaved
    /// changes without asking.
    pub fn follow_link(self, link: Option<&str>, then: Option<Then>, lang: i18n::Lang) -> bool {
        self.link_kept.set(false);
        let Some(link) = link else { return false };
        match io::from_fragment(link) {
            Err(e) => self.link_error.set(Some(e)),
            Ok(a) => {
                self.link_error.set(None);
                if self.opener.may_replace(Msg::LinkReplaceConfirm, lang) {
                    self.opener.open_to_read(a);
                    self.then(then);
                } else {
                    self.link_kept.set(true);
                }
            }
        }
        true
    }

    /// Do what the reading build handed the link over for.
    fn then(self, then: Option<Then>) {
        let Opener { draft, view, .. } = self.opener;
        match then {
            None => {}
            Some(Then::Edit) => view.set(View::Agreement),
            Some(Then::FollowUp) => {
                let (meetings, typed) = (use_context::<MeetingState>(), use_context::<TypedHours>());
                if meetings.is_some_and(|m| m.start(draft, typed)) {
                    view.set(View::Agreement);
                }
            }
        }
    }

    /// Whether leaving the page would lose changes.
    pub fn dirty(self) -> bool {
        self.opener.dirty()
    }

    fn link_notices(self) -> impl IntoView {
        let (link_error, link_kept, lang) = (self.link_error, self.link_kept, use_lang());
        let trouble = self.work_trouble;
        let work_message = move || {
            trouble.get().map(|w| match w {
                WorkTrouble::Unreadable => t(Msg::WorkUnreadable)(),
                WorkTrouble::NotKept => t(Msg::WorkNotKept)(),
            })
        };
        view! {
            <div class="notices">
            <p class="error" role="alert" data-testid="work-trouble">{work_message}</p>
            <p class="error" role="alert" data-testid="link-error">
                {move || link_error.get().map(|e| i18n::import_error(&e, i18n::Source::Link, lang.get()))}
            </p>
            <p class="notice" role="status" data-testid="link-kept">{move || link_kept.get().then(t(Msg::LinkKept))}</p>
            </div>
        }
    }

    /// The editor and everything that leaves it.
    pub fn editor(self) -> impl IntoView {
        let Opener { draft, saved, form, .. } = self.opener;
        view! {
            <div class="agreement-layout">
                <PartNav />
                {self.link_notices()}
                <BasisNotice draft=draft form=form />
                <AgreementEditor draft=draft form=form scenario=self.scenario basis=self.basis />
                <AgreementOutputs draft=draft saved=saved form=form basis=self.basis delete_all_here=self.delete_all_here />
            </div>
        }
    }

    /// Above the agreement's document when it is read on screen: the
    /// reading build's bar (`app::reading_page`). A meeting is one tap
    /// away: "Start opfølgning" opens the editor on a new record.
    pub fn reading_bar(self) -> impl IntoView {
        let Opener { draft, view, .. } = self.opener;
        let (lang, basis) = (use_lang(), self.basis);
        let full = move || draft.with(|a| a.records.len() >= limits::RECORDS);
        let act = move |action: Action| {
            let l = lang.get_untracked();
            match action {
                Action::StartFollowUp => self.then(Some(Then::FollowUp)),
                Action::Edit => view.set(View::Agreement),
                Action::Print => browser::print(),
                Action::CopyCaseText => handout::copy_case_text(
                    &draft.with_untracked(|a| basis.with_untracked(|b| document(a, b.as_ref(), &l))),
                    l,
                ),
                Action::ExportIcs => handout::download_calendar(&draft.read_untracked(), l),
                _ => {}
            }
        };
        view! {
            {self.link_notices()}
            {html_part(move || reading_page::reading_bar(lang.get(), full()), act)}
        }
    }

    /// The agreement as a document: on screen when read, else for paper;
    /// or a follow-up's note, on screen and for paper, while it is shown.
    pub fn document(self) -> impl IntoView {
        let view = self.opener.view;
        let note = use_context::<MeetingState>().map_or_else(|| RwSignal::new(None), |m| m.note);
        // A note belongs to the editor: another view closes it.
        Effect::new(move |_| {
            if view.get() != View::Agreement {
                note.set(None);
            }
        });
        // A memo, not `Signal::derive`: the app's only `Signal` brought its
        // own reactive code into the wasm (0.8 KB gzip).
        let on_screen = Memo::new(move |_| view.get() == View::Reading || note.read().is_some());
        let print = move |_| browser::print();
        view! {
            {move || note.get().is_some().then(|| view! {
                <div class="reading-bar no-print" data-testid="follow-up-note-bar">
                    <div class="buttons">
                        <button type="button" on:click=print>{t(Msg::PrintNote)}</button>
                        <button type="button" class="secondary" on:click=move |_| note.set(None)>{t(Msg::CloseNote)}</button>
                    </div>
                </div>
            })}
            <AgreementDocument draft=self.opener.draft basis=self.basis on_screen=on_screen note=note />
        }
    }
}
