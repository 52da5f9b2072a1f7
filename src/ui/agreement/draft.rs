//! The draft on screen and the one way an agreement arrives in it (a link,
//! a file, a saved draft): the `Opener`, which also knows whether there are
//! unsaved changes to lose.

use leptos::prelude::*;

use chrono::NaiveDate;

use crate::core::agreement::Agreement;
use crate::core::income::form::{Basis, CalculatorForm};
use crate::core::income::hours::Hours;
use crate::i18n::{self, Msg};
use crate::ui::shared::{confirm, current_year, View};

/// The agreement being edited.
pub type Draft = RwSignal<Agreement>;

/// Opens an agreement on screen, from a link, a file or this device's
/// storage: the draft and its saved copy, and the calculator restored from
/// the agreement's basis, so its money is the money that was agreed.
#[derive(Clone, Copy)]
pub struct Opener {
    pub(super) draft: Draft,
    pub(super) saved: RwSignal<Agreement>,
    pub(super) form: RwSignal<CalculatorForm>,
    pub(super) view: RwSignal<View>,
    /// An agreement without a basis was opened: its money follows the calculator.
    pub without_basis: RwSignal<bool>,
    /// The hours a new, untouched draft took from the calculator, which the
    /// editor names while today's hours are still those.
    pub taken: RwSignal<Option<Hours>>,
}

impl Opener {
    /// Open an agreement someone else made (a link, a file) as a document
    /// to read first.
    pub fn open_to_read(self, a: Agreement) {
        self.open(a);
        self.read();
    }

    /// Show the agreement on screen as its document.
    pub fn read(self) {
        self.view.set(View::Reading);
    }

    pub fn open(self, a: Agreement) {
        self.without_basis.set(a.basis.is_none());
        if let Some(basis) = &a.basis {
            self.restore_calculator(basis);
        }
        self.draft.set(a.clone());
        self.saved.set(a);
    }

    /// Put `basis` into the calculator, written in the reader's number style.
    pub fn restore_calculator(self, basis: &Basis) {
        let style = self.form.read_untracked().number_style;
        self.form.set(CalculatorForm::from_basis(current_year(), basis, style));
    }

    /// A new agreement made `today`, with today's hours from the calculator
    /// where it has them.
    pub fn fresh(self, today: NaiveDate) -> Agreement {
        let mut a = Agreement::new(today);
        if let Some(hours) = self.form.read_untracked().hours_into(a.today.hours) {
            a.today.hours = hours;
        }
        a
    }

    /// Whether the draft is a new one nobody has changed: as made `today`,
    /// saved as it is, with no hours today or those taken from the calculator.
    fn untouched(self, today: NaiveDate) -> bool {
        let taken = self.taken.get_untracked();
        self.draft.with_untracked(|d| {
            let mut blank = Agreement::new(today);
            blank.today.hours = d.today.hours;
            let hours = d.today.hours == Hours::default() || Some(d.today.hours) == taken;
            hours && *d == blank && self.saved.with_untracked(|s| s == d)
        })
    }

    /// A new, untouched draft takes today's hours from the calculator, and
    /// follows them until the user changes something.
    pub fn take_calculator_hours(self, today: NaiveDate) {
        if !self.untouched(today) {
            return;
        }
        let fresh = self.fresh(today);
        self.taken.set((fresh.today.hours != Hours::default()).then_some(fresh.today.hours));
        if self.draft.with_untracked(|d| *d != fresh) {
            self.saved.set(fresh.clone());
            self.draft.set(fresh);
        }
    }

    /// Whether the draft on screen has changes that are not saved.
    pub fn dirty(self) -> bool {
        self.draft.with_untracked(|d| self.saved.with_untracked(|s| d != s))
    }

    /// Whether another agreement may take the draft's place: at once when
    /// nothing unsaved would be lost, else only if the user says so.
    pub fn may_replace(self, question: Msg, lang: i18n::Lang) -> bool {
        !self.dirty() || confirm(question, lang)
    }
}
