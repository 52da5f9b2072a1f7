//! The browser shell: thin Leptos components that read signals, call the
//! core and render. No rule lives here.

mod agreement;
mod calculator;
mod fields;
mod page;
mod shared;

use leptos::prelude::*;

use crate::core::income::form::{CalculatorForm, Field};
use crate::embed::{self, Parts};
use crate::i18n::{self, Lang, Msg};
use crate::url_state;
use agreement::page::AgreementPage;
use calculator::chart::IncomeChart;
use calculator::compare::{AnswerPanel, Comparison, GainPanel, HoursNote};
use calculator::results::{NetDetails, RatesInfo, Results};
use fields::{FormCheckbox, LedighedsydelseSelect, MunicipalitySelect, NumberField, YearSelect};
use page::{document_root, DeleteAllButton, Erased, StorageRevision};
use shared::{current_year, t, View};

use crate::core::income::answer::Answer;

/// Start the app on the page.
pub fn mount() {
    // A panic's message in the console, in the full app. The calculator-first
    // build leaves it out (about 1 KB gzipped of its budget): a panic there
    // still stops with an error in the console, only without the message.
    #[cfg(feature = "agreement")]
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(App);
}

/// What a link opens: the calculator form, the view, the language (if the
/// link names one), and a shared draft.
struct Opened {
    form: CalculatorForm,
    view: View,
    lang: Option<Lang>,
    /// "More settings" open (`more=1`).
    more: bool,
    /// A shared agreement (`agreement=`), as the link carries it.
    agreement: Option<String>,
    /// What the reading build handed the link over for (`open=`).
    then: Option<url_state::Then>,
}

/// The page's query (`?embed=1&lang=en&…`), decoded.
fn query_pairs() -> Vec<(String, String)> {
    let search = window().location().search().unwrap_or_default();
    url_state::decode(search.trim_start_matches('?'))
}

/// What the query and fragment open; the fragment wins where both speak.
fn open_fragment(query: &[(String, String)]) -> Opened {
    let pairs: Vec<(String, String)> = query
        .iter()
        .filter(|(k, _)| embed::CALCULATOR_KEYS.contains(&k.as_str()))
        .cloned()
        .chain(url_state::browser::read())
        .collect();
    let value = |key: &str| pairs.iter().rev().find(|(k, _)| k == key).map(|(_, v)| v.as_str());
    Opened {
        form: CalculatorForm::from_pairs(current_year(), pairs.iter().map(|(k, v)| (k.as_str(), v.as_str()))),
        view: if value("view") == Some("aftale") { View::Agreement } else { View::Calculator },
        lang: value("lang").map(|l| if l == "en" { Lang::En } else { Lang::Da }),
        more: value("more") == Some("1"),
        agreement: value("agreement").map(str::to_string),
        then: value(url_state::OPEN_KEY).and_then(url_state::Then::from_key),
    }
}

#[component]
pub fn App() -> impl IntoView {
    let query = query_pairs();
    let opened = open_fragment(&query);
    let embedding = embed::config(&query);
    if embedding.embedded {
        embed::browser::report_height();
    }
    // The host's accent colour, through the stylesheet's one variable.
    if let (Some(accent), Some(root)) = (&embedding.accent, document_root()) {
        let _ = root.style().set_property("--accent", accent);
    }
    let (embedded, compact, hide_language, hide_delete, parts) =
        (embedding.embedded, embedding.compact, embedding.hide_language, embedding.hide_delete, embedding.parts);
    let lang = RwSignal::new(opened.lang.unwrap_or_default());
    provide_context(lang);
    provide_context(StorageRevision(RwSignal::new(0)));
    provide_context(Erased(RwSignal::new(0)));
    let form = RwSignal::new(opened.form);
    let more = RwSignal::new(opened.more);
    // The page's language: <html lang>, and how "32,067" is read.
    Effect::new(move |_| {
        let l = lang.get();
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute("lang", l.tag());
        }
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
        Parts::Both => opened.view,
        Parts::CalculatorOnly => View::Calculator,
        Parts::AgreementOnly => View::Agreement,
    });
    let agreement = AgreementPage::new(form, view, opened.agreement.as_deref(), opened.then, hide_delete);

    // Keep the link in step with the calculator (replaceState: no reload, no
    // history entry, never sent to a server). The agreement itself stays out
    // of the address bar unless the user makes a share link.
    let write_url = move || {
        let mut pairs = form.read().to_pairs();
        if view.get() != View::Calculator {
            pairs.push(("view", "aftale".to_string()));
        }
        if lang.get() == Lang::En {
            pairs.push(("lang", "en".to_string()));
        }
        if more.get() {
            pairs.push(("more", "1".to_string()));
        }
        url_state::browser::replace(&url_state::encode(&pairs));
    };
    Effect::new(move |_| write_url());
    // A link pasted into the same tab changes only the fragment. A different
    // agreement never replaces unsaved changes without asking.
    let _ = window_event_listener(leptos::ev::hashchange, move |_| {
        let o = open_fragment(&query_pairs());
        // The fragment already asks for what the full build shows.
        #[cfg(not(feature = "agreement"))]
        if parts != Parts::CalculatorOnly && (o.view != View::Calculator || o.agreement.is_some()) {
            agreement::page::load_full_app();
            return;
        }
        view.set(o.view);
        if let Some(l) = o.lang {
            lang.set(l);
        }
        if !agreement.follow_link(o.agreement.as_deref(), o.then, lang.get_untracked()) {
            form.set(o.form);
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
    let tab = move |which: View, label: Msg| {
        // Reading is a way of showing the agreement.
        let shown = move || if view.get() == View::Reading { View::Agreement } else { view.get() };
        view! {
            <button
                type="button"
                class="tab"
                aria-pressed=move || if shown() == which { "true" } else { "false" }
                on:click=move |_| {
                    view.set(which);
                    // The fragment takes the view and the calculator to the full build.
                    #[cfg(not(feature = "agreement"))]
                    if which != View::Calculator {
                        untrack(write_url);
                        agreement::page::load_full_app();
                    }
                }
            >
                {t(label)}
            </button>
        }
    };

    let calculator = move || {
        view! {
            <div class="layout">
                <AnswerPanel answer=answer />
                <form class="inputs" on:submit=|ev| ev.prevent_default() novalidate>
                    <h2>{t(Msg::InputsHeading)}</h2>
                    <NumberField form=form field=Field::HourlyWage label=Msg::HourlyWage hint=Msg::HourlyWageHint />
                    <NumberField form=form field=Field::PaidHours label=Msg::PaidHours hint=Msg::PaidHoursHint />
                    <NumberField form=form field=Field::TargetHours label=Msg::TargetHours hint=Msg::TargetHoursHint />
                    // Everything else, open for the consultant and remembered in the link.
                    <details class="more" prop:open=move || more.get() on:toggle=move |ev| {
                        let open = event_target::<web_sys::HtmlDetailsElement>(&ev).open();
                        if open != more.get_untracked() {
                            more.set(open);
                        }
                    }>
                        <summary data-testid="more-settings">{t(Msg::MoreSettings)}</summary>
                        // Built when opened: a citizen's first screen does not
                        // need it (about 40 ms less to the first answer at 4x CPU).
                        {move || more.get().then(|| view! {
                        <YearSelect form=form />
                        <fieldset>
                            <legend>{t(Msg::HoursHeading)}</legend>
                            <NumberField form=form field=Field::AttendedHours label=Msg::AttendedHours hint=Msg::AttendedHoursHint />
                            <NumberField form=form field=Field::EffectiveHours label=Msg::EffectiveHours hint=Msg::EffectiveHoursHint />
                            <HoursNote form=form />
                        </fieldset>
                        <NumberField form=form field=Field::PensionEmployer label=Msg::PensionEmployer hint=Msg::PensionEmployerHint />
                        <NumberField form=form field=Field::PensionEmployee label=Msg::PensionEmployee hint=Msg::PensionEmployeeHint />
                        <NumberField form=form field=Field::FulltimeHours label=Msg::FulltimeHours hint=Msg::FulltimeHoursHint />
                        <NumberField form=form field=Field::FulltimeWage label=Msg::FulltimeWage hint=Msg::FulltimeWageHint />
                        <fieldset>
                            <legend>{t(Msg::TaxHeading)}</legend>
                            <MunicipalitySelect form=form />
                            <FormCheckbox form=form id="church" label=Msg::Church get=|f| f.church set=|f, v| f.church = v />
                            <FormCheckbox form=form id="single_parent" label=Msg::SingleParent get=|f| f.single_parent set=|f, v| f.single_parent = v />
                            <NumberField form=form field=Field::KommuneRate label=Msg::KommuneRate hint=Msg::KommuneRateHint />
                            <NumberField form=form field=Field::BirthYear label=Msg::BirthYear hint=Msg::BirthYearHint />
                        </fieldset>
                        <NumberField form=form field=Field::OtherWage label=Msg::OtherWage hint=Msg::OtherWageHint />
                        <details class="more-info" data-testid="other-wage-counts">
                            <summary>{t(Msg::OtherWageCounts)}</summary>
                            <p class="small">{t(Msg::OtherWageCountsText)}</p>
                        </details>
                        <LedighedsydelseSelect form=form />
                        <NumberField form=form field=Field::Ledighedsydelse label=Msg::Ledighedsydelse hint=Msg::LedighedsydelseHint />
                        <RatesInfo form=form />
                        })}
                    </details>
                </form>
                <div class="outputs">
                    <Comparison form=form scenario=scenario answer=answer />
                    <GainPanel scenario=scenario answer=answer />
                    <IncomeChart form=form scenario=scenario />
                    <Results income=income />
                    <NetDetails form=form scenario=scenario />
                </div>
            </div>
        }
    };
    view! {
        <main id="main" class:compact=compact>
            {move || (view.get() == View::Calculator).then(|| view! {
                // Focus moves by hand: following "#answer" would change the
                // fragment, which holds the form, and reset it.
                <a class="skip-link no-print" href="#answer" data-testid="skip-link" on:click=|ev| {
                    ev.prevent_default();
                    page::focus_first("#answer");
                }>{t(Msg::SkipToAnswer)}</a>
            })}
            <header class="no-print">
                // Embedded, the host page has the title and introduction.
                <h1 class:visually-hidden=embedded>{t(Msg::AppTitle)}</h1>
                {(!embedded).then(|| view! { <p class="intro">{t(Msg::AppIntro)}</p> })}
                <p class="privacy">{t(Msg::PrivacyNote)}</p>
                <nav class="tabs">
                    {(parts == Parts::Both).then(|| view! {
                        {tab(View::Calculator, Msg::NavCalculator)}
                        {tab(View::Agreement, Msg::NavAgreement)}
                    })}
                    // Named in the language it switches to, so that reader can find it.
                    {(!hide_language).then(|| view! { <button
                        type="button"
                        class="lang-switch"
                        data-testid="lang-switch"
                        lang=move || if lang.get() == Lang::Da { "en" } else { "da" }
                        on:click=move |_| lang.update(|l| *l = if *l == Lang::Da { Lang::En } else { Lang::Da })
                    >
                        {move || if lang.get() == Lang::Da { "English" } else { "Dansk" }}
                    </button> })}
                </nav>
            </header>
            <div class="no-print">
                {move || match view.get() {
                    View::Calculator => calculator().into_any(),
                    View::Agreement => agreement.editor().into_any(),
                    View::Reading => agreement.reading_bar().into_any(),
                }}
            </div>
            {move || (view.get() != View::Calculator).then(|| agreement.document())}
            <footer class="no-print">
                <p class="small">{t(Msg::StorageNote)}</p>
                {(!hide_delete).then(|| view! { <DeleteAllButton /> })}
                <p class="small"><a href="accessibility.html" data-testid="accessibility-link">{t(Msg::AccessibilityStatement)}</a></p>
            </footer>
        </main>
    }
}
