//! What every component may need: the interface language and its texts, the
//! view on screen, the year on the browser's clock, a question to the user.

use leptos::prelude::*;

#[cfg(feature = "agreement")]
pub use crate::browser::confirm;
pub use crate::browser::current_year;
use crate::i18n::{Lang, Msg};

/// The interface language, shared through context.
pub fn use_lang() -> Signal<Lang> {
    use_context::<RwSignal<Lang>>().map(Signal::from).unwrap_or_else(|| Signal::stored(Lang::Da))
}

/// A reactive text in the current language.
pub fn t(msg: Msg) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    let lang = use_lang();
    move || msg.text(lang.get())
}

/// Which screen is shown; `view=aftale` in the fragment.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum View {
    Calculator,
    Agreement,
    /// The agreement as a document, read-only: what a share link and an
    /// opened file show first. Editing is a deliberate second step. Only
    /// the full build opens it.
    #[cfg_attr(not(feature = "agreement"), allow(dead_code))]
    Reading,
}
