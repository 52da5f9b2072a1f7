//! The draft on screen and the one way an agreement arrives in it (a link,
//! a file, a saved draft): the `Opener`, which also knows whether there are
//! unsaved changes to lose.

use leptos::prelude::*;

use crate::core::agreement::Agreement;
use crate::core::income::form::{Basis, CalculatorForm};
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
