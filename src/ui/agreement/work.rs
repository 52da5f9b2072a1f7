//! The work on screen survives its tab's reload: read back when the page
//! starts, written to the tab's session storage a moment after typing
//! pauses, and at once when the page is hidden or left (a phone may discard
//! a hidden tab without warning). The format is `app::work`.

use leptos::prelude::*;

use super::draft::Opener;
use super::fields::TypedHours;
use super::meetings::MeetingState;
use crate::app::work::WorkOnScreen;
use crate::browser::{now, storage};
use crate::core::agreement::Agreement;
use crate::ui::shared::View;

/// How long typing must pause before the work is written.
const KEEP_AFTER: std::time::Duration = std::time::Duration::from_millis(300);

/// What the tab remembers of the page's agreement side, in signals.
#[derive(Clone, Copy)]
pub struct Work {
    pub opener: Opener,
    pub meetings: MeetingState,
    pub typed: TypedHours,
}

/// Why the tab's work did not come back, or was not kept.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WorkTrouble {
    /// The kept entry could not be read: dropped, the draft starts empty.
    Unreadable,
    /// The browser would not keep it (storage refused or full).
    NotKept,
}

impl Work {
    /// Put the work this tab kept back on screen, if there is any; an entry
    /// that cannot be read is removed and reported.
    pub fn restore(self) -> Option<WorkTrouble> {
        let value = storage::kept_work()?;
        match WorkOnScreen::from_value(value) {
            Ok(w) => {
                self.apply(w);
                None
            }
            Err(_) => {
                storage::forget_work();
                Some(WorkTrouble::Unreadable)
            }
        }
    }

    fn apply(self, w: WorkOnScreen) {
        let Opener { draft, saved, view, without_basis, .. } = self.opener;
        let MeetingState { note, open, fresh } = self.meetings;
        saved.set(w.saved.unwrap_or_else(|| w.draft.clone()));
        draft.set(w.draft);
        without_basis.set(w.without_basis);
        self.typed.0.set_value(w.typed);
        open.set(w.open_record);
        fresh.set(w.new_record);
        // The fragment says whether the agreement is on screen; the tab, how.
        if view.get_untracked() == View::Agreement {
            note.set(w.note);
            if w.reading {
                view.set(View::Reading);
            }
        }
    }

    fn snapshot(self) -> WorkOnScreen {
        let Opener { draft, saved, view, without_basis, .. } = self.opener;
        let MeetingState { note, open, fresh } = self.meetings;
        let draft = draft.get_untracked();
        let saved = saved.with_untracked(|s| (*s != draft).then(|| s.clone()));
        WorkOnScreen {
            draft,
            saved,
            typed: self.typed.0.get_value(),
            reading: view.get_untracked() == View::Reading,
            open_record: open.get_untracked(),
            new_record: fresh.get_untracked(),
            note: note.get_untracked(),
            without_basis: without_basis.get_untracked(),
        }
    }

    /// Write the work now: or remove the entry when there is nothing to keep.
    fn write(self) -> Result<(), crate::app::keep::SaveError> {
        let w = self.snapshot();
        if w.is_blank(&self.opener.fresh(now().date())) {
            storage::forget_work();
            return Ok(());
        }
        storage::keep_work(w.entry())
    }

    /// Keep the work for the tab from now on: after each pause in typing,
    /// and at once when the page is hidden or left. `trouble` says when
    /// the browser would not keep it.
    pub fn keep(self, trouble: RwSignal<Option<WorkTrouble>>) {
        let pending = StoredValue::new(None::<TimeoutHandle>);
        let write = move || match self.write() {
            Err(_) => trouble.set(Some(WorkTrouble::NotKept)),
            Ok(()) if trouble.get_untracked() == Some(WorkTrouble::NotKept) => trouble.set(None),
            Ok(()) => {}
        };
        let flush = move || {
            if let Some(waiting) = pending.try_update_value(Option::take).flatten() {
                waiting.clear();
                write();
            }
        };
        let Opener { draft, saved, view, without_basis, .. } = self.opener;
        let MeetingState { note, open, fresh } = self.meetings;
        Effect::new(move |_| {
            draft.track();
            saved.track();
            view.track();
            without_basis.track();
            note.track();
            open.track();
            fresh.track();
            if let Some(waiting) = pending.try_update_value(Option::take).flatten() {
                waiting.clear();
            }
            pending.set_value(
                set_timeout_with_handle(
                    move || {
                        pending.set_value(None);
                        write();
                    },
                    KEEP_AFTER,
                )
                .ok(),
            );
        });
        // A reload, a link followed, the tab closed or put in the background:
        // a phone may discard a hidden tab without another word.
        let _ = window_event_listener(leptos::ev::pagehide, move |_| flush());
        let _ = window_event_listener(leptos::ev::visibilitychange, move |_| {
            if document().hidden() {
                flush();
            }
        });
    }

    /// "Delete everything": the work on screen goes too, and a new draft
    /// takes its place.
    pub fn erase(self) {
        let Opener { draft, saved, view, without_basis, .. } = self.opener;
        let MeetingState { note, open, fresh } = self.meetings;
        let today = now().date();
        let blank = Agreement::new(today);
        saved.set(blank.clone());
        draft.set(blank);
        without_basis.set(false);
        self.opener.take_calculator_hours(today);
        self.typed.0.set_value(Vec::new());
        open.set(None);
        fresh.set(false);
        note.set(None);
        if view.get_untracked() == View::Reading {
            view.set(View::Agreement);
        }
    }
}
