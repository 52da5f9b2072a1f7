//! The browser shell: thin Leptos components that read signals, call the
//! core and render. No rule lives here.

mod agreement;
mod calculator;
mod fields;
mod page;
mod shared;

use leptos::prelude::*;

use crate::app::embed::Parts;
use crate::app::link::Link;
use crate::app::reading_page::{self, Action, Chrome, Tab};
use crate::browser;
use crate::core::income::answer::Answer;
use crate::i18n::{self, Msg};
use agreement::page::AgreementPage;
use page::{html_part, Erased, StorageRevision};
use shared::{current_year, t, View};

/// Start the app on the page.
pub fn mount() {
    // A panic's message in the console, in the full app. The calculator-first
    // build leaves it out (about 1 KB gzipped of its budget): a panic there
    // still stops with an error in the console, only without the message.
    #[cfg(feature = "agreement")]
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(App);
}

/// The view a link opens.
fn view_of(l: &Link) -> View {
    if l.agreement_view {
        View::Agreement
    } else {
        View::Calculator
    }
}

#[component]
pub fn App() -> impl IntoView {
    let opened = browser::link();
    let embedding = opened.embed.clone();
    if embedding.embedded {
        browser::report_height();
    }
    // The host's accent colour, through the stylesheet's one variable.
    if let (Some(accent), Some(root)) = (&embedding.accent, browser::root()) {
        let _ = root.style().set_property("--accent", accent);
    }
    let (embedded, compact, hide_language, hide_delete, parts) =
        (embedding.embedded, embedding.compact, embedding.hide_language, embedding.hide_delete, embedding.parts);
    let lang = RwSignal::new(opened.lang.unwrap_or_default());
    provide_context(lang);
    provide_context(StorageRevision(RwSignal::new(0)));
    provide_context(Erased(RwSignal::new(0)));
    let form = RwSignal::new(opened.form(current_year()));
    let more = RwSignal::new(opened.more);
    // The page's language: <html lang>, and how "32,067" is read.
    Effect::new(move |_| {
        let l = lang.get();
        browser::set_page_lang(l);
        // Only a real switch touches the form: an update would recompute
        // every result, at start-up too.
        let style = i18n::number_style(l);
        if form.with_untracked(|f| f.number_style != style) {
            form.update(|f| f.set_number_style(style));
        }
    });
    let view = RwSignal::new(match parts {
        // Without the agreement in this build, the loader chose it because
        // the page asks for the calculator alone.
        _ if cfg!(not(feature = "agreement")) => View::Calculator,
        Parts::Both => view_of(&opened),
        Parts::CalculatorOnly => View::Calculator,
        Parts::AgreementOnly => View::Agreement,
    });
    let agreement = AgreementPage::new(form, view, opened.agreement.as_deref(), opened.then, hide_delete);

    // Keep the link in step with the calculator (replaceState: no reload, no
    // history entry, never sent to a server). The agreement itself stays out
    // of the address bar unless the user makes a share link.
    let write_url = move || {
        let agreement_view = view.get() != View::Calculator;
        browser::replace_fragment(&Link::of(&form.read(), agreement_view, lang.get(), more.get()).encode());
    };
    Effect::new(move |_| write_url());
    // A link pasted into the same tab changes only the fragment. A different
    // agreement never replaces unsaved changes without asking.
    let _ = window_event_listener(leptos::ev::hashchange, move |_| {
        let o = browser::link();
        // The fragment already asks for what the full build shows.
        #[cfg(not(feature = "agreement"))]
        if parts != Parts::CalculatorOnly && (o.agreement_view || o.agreement.is_some()) {
            agreement::page::load_full_app();
            return;
        }
        view.set(view_of(&o));
        if let Some(l) = o.lang {
            lang.set(l);
        }
        if !agreement.follow_link(o.agreement.as_deref(), o.then, lang.get_untracked()) {
            form.set(o.form(current_year()));
        }
        // The agreement's payload leaves the address bar whatever was chosen.
        untrack(write_url);
    });
    // Leaving with unsaved changes asks first.
    let _ = window_event_listener(leptos::ev::beforeunload, move |ev| {
        if agreement.dirty() {
            ev.prevent_default();
            ev.set_return_value("");
        }
    });
    let income = Memo::new(move |_| form.read().income());
    let scenario = Memo::new(move |_| form.read().scenario());
    // The one calculation of today against the hours discussed.
    let answer = Memo::new(move |_| {
        let (paid, target) = form.read().paid_and_target()?;
        Some(Answer::new(&scenario.get()?, paid, target))
    });
    // The header and footer, drawn by app::reading_page as the reader's are.
    let show = move |which: View| {
        view.set(which);
        // The fragment takes the view and the calculator to the full build.
        #[cfg(not(feature = "agreement"))]
        if which != View::Calculator {
            untrack(write_url);
            agreement::page::load_full_app();
        }
    };
    let delete_all = page::delete_all();
    let act = move |action: Action| match action {
        Action::ShowCalculator => show(View::Calculator),
        Action::ShowAgreement => show(View::Agreement),
        Action::LangSwitch => lang.update(|l| *l = reading_page::other(*l)),
        Action::DeleteAll => delete_all(),
        _ => {}
    };
    let chrome = move || Chrome {
        intro: !embedded,
        title_hidden: embedded,
        // Reading is a way of showing the agreement.
        tabs: (parts == Parts::Both).then(|| {
            if view.get() == View::Calculator {
                Tab::Calculator
            } else {
                Tab::Agreement
            }
        }),
        language_switch: !hide_language,
        delete_all: !hide_delete,
    };

    let calculator = move || calculator::page(form, more, answer, income, scenario);
    view! {
        <main id="main" class:compact=compact>
            {move || (view.get() == View::Calculator).then(|| view! {
                // Focus moves by hand: following "#answer" would change the
                // fragment, which holds the form, and reset it.
                <a class="skip-link no-print" href="#answer" data-testid="skip-link" on:click=|ev| {
                    ev.prevent_default();
                    browser::focus("#answer");
                }>{t(Msg::SkipToAnswer)}</a>
            })}
            {html_part(move || reading_page::header(lang.get(), &chrome()), act)}
            <div class="no-print">
                {move || match view.get() {
                    View::Calculator => calculator().into_any(),
                    View::Agreement => agreement.editor().into_any(),
                    View::Reading => agreement.reading_bar().into_any(),
                }}
            </div>
            {move || (view.get() != View::Calculator).then(|| agreement.document())}
            {html_part(move || reading_page::footer(lang.get(), &chrome()), act)}
        </main>
    }
}
