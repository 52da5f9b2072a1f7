//! The agreement's side of the page in the calculator-first build (without
//! feature `agreement`): it is not in this module. Opening it loads the page
//! again, and `loader.js` then starts the full build, because the fragment
//! now asks for the agreement (`view=aftale` or `agreement=`). The
//! calculator's state is in the fragment too, so it comes along.

use leptos::prelude::*;

use crate::app::link::Then;
use crate::core::income::form::CalculatorForm;
use crate::i18n::{self, Msg};
use crate::ui::shared::{t, View};

/// Load the page again with the URL as it is now, so the loader starts the
/// full build. Only ever from the user's step (a tab, a followed link), never
/// at start-up, so a loader and an app that disagreed could not loop.
pub fn load_full_app() {
    crate::browser::reload();
}

/// Stands in for the full build's agreement state.
#[derive(Clone, Copy)]
pub struct AgreementPage;

impl AgreementPage {
    pub fn new(_: RwSignal<CalculatorForm>, _: RwSignal<View>, _: Option<&str>, _: Option<Then>, _: bool) -> Self {
        Self
    }

    /// The shell loads the full build before a link's agreement gets here.
    pub fn follow_link(self, _: Option<&str>, _: Option<Then>, _: i18n::Lang) -> bool {
        false
    }

    pub fn dirty(self) -> bool {
        false
    }

    /// Shown for the moment the full build takes to load.
    pub fn editor(self) -> impl IntoView {
        view! { <p class="notice" role="status" data-testid="agreement-loading">{t(Msg::AgreementLoading)}</p> }
    }

    pub fn reading_bar(self) -> impl IntoView {
        self.editor()
    }

    pub fn document(self) -> impl IntoView {}
}
