//! The browser shell: thin Leptos components that read signals, call the
//! core and render. No rule lives here.

mod chart;
mod compare;
mod fields;
mod results;

use leptos::prelude::*;

use crate::core::form::{CalculatorForm, Field};
use crate::i18n::{self, Lang, Msg};
use crate::url_state;
use chart::IncomeChart;
use compare::{Comparison, GainPanel, HoursNote};
use fields::{ChurchCheckbox, MunicipalitySelect, NumberField, YearSelect};
use results::{NetDetails, RatesInfo, Results};

/// Start the app on the page.
pub fn mount() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(App);
}

/// The interface language, shared through context.
pub fn use_lang() -> Signal<Lang> {
    use_context::<RwSignal<Lang>>().map(Signal::from).unwrap_or_else(|| Signal::stored(Lang::Da))
}

/// A reactive text in the current language.
pub fn t(msg: Msg) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    let lang = use_lang();
    move || msg.text(lang.get())
}

fn current_year() -> u16 {
    js_sys::Date::new_0().get_full_year() as u16
}

fn form_from_fragment() -> CalculatorForm {
    let pairs = url_state::browser::read();
    CalculatorForm::from_pairs(current_year(), pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())))
}

#[component]
pub fn App() -> impl IntoView {
    provide_context(RwSignal::new(Lang::Da));
    let form = RwSignal::new(form_from_fragment());
    // Keep the link in step with what is on screen (replaceState: no reload,
    // no history entry, and the fragment never reaches a server).
    Effect::new(move |_| url_state::browser::replace(&url_state::encode(&form.read().to_pairs())));
    // A link pasted into the same tab changes only the fragment.
    let _ = window_event_listener(leptos::ev::hashchange, move |_| form.set(form_from_fragment()));
    let income = Memo::new(move |_| form.read().income());
    let scenario = Memo::new(move |_| form.read().scenario());
    let lang = use_lang();
    let fill_89 = move |_| {
        form.update(|f| {
            let amount = i18n::number(f.ledighedsydelse_89(), 0, lang.get_untracked());
            f.set_text(Field::Ledighedsydelse, amount);
        })
    };

    view! {
        <main id="main">
            <header>
                <h1>{t(Msg::AppTitle)}</h1>
                <p>{t(Msg::AppIntro)}</p>
                <p class="privacy">{t(Msg::PrivacyNote)}</p>
            </header>
            <div class="layout">
                <form class="inputs" on:submit=|ev| ev.prevent_default() novalidate>
                    <h2>{t(Msg::InputsHeading)}</h2>
                    <YearSelect form=form />
                    <NumberField form=form field=Field::HourlyWage label=Msg::HourlyWage hint=Msg::HourlyWageHint />
                    <fieldset>
                        <legend>{t(Msg::HoursHeading)}</legend>
                        <NumberField form=form field=Field::AttendedHours label=Msg::AttendedHours hint=Msg::AttendedHoursHint />
                        <NumberField form=form field=Field::EffectiveHours label=Msg::EffectiveHours hint=Msg::EffectiveHoursHint />
                        <NumberField form=form field=Field::PaidHours label=Msg::PaidHours hint=Msg::PaidHoursHint />
                        <HoursNote form=form />
                        <NumberField form=form field=Field::TargetHours label=Msg::TargetHours hint=Msg::TargetHoursHint />
                    </fieldset>
                    <NumberField form=form field=Field::PensionEmployer label=Msg::PensionEmployer hint=Msg::PensionEmployerHint />
                    <NumberField form=form field=Field::PensionEmployee label=Msg::PensionEmployee hint=Msg::PensionEmployeeHint />
                    <NumberField form=form field=Field::FulltimeHours label=Msg::FulltimeHours hint=Msg::FulltimeHoursHint />
                    <NumberField form=form field=Field::FulltimeWage label=Msg::FulltimeWage hint=Msg::FulltimeWageHint />
                    <fieldset>
                        <legend>{t(Msg::TaxHeading)}</legend>
                        <MunicipalitySelect form=form />
                        <ChurchCheckbox form=form />
                        <NumberField form=form field=Field::KommuneRate label=Msg::KommuneRate hint=Msg::KommuneRateHint />
                    </fieldset>
                    <NumberField form=form field=Field::Ledighedsydelse label=Msg::Ledighedsydelse hint=Msg::LedighedsydelseHint />
                    <button type="button" class="secondary" on:click=fill_89>{t(Msg::UseLedighedsydelse89)}</button>
                    <RatesInfo form=form />
                </form>
                <div class="outputs">
                    <Comparison form=form scenario=scenario />
                    <GainPanel form=form scenario=scenario />
                    <IncomeChart form=form scenario=scenario />
                    <Results income=income />
                    <NetDetails form=form scenario=scenario />
                </div>
            </div>
        </main>
    }
}
