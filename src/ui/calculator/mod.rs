//! The calculator's side of the page: the answer and comparison, the form,
//! the chart, the subsidy step by step and the net details. Its form fields
//! are in `ui::fields`, which the agreement's month by month shares.

pub mod chart;
pub mod compare;
pub mod results;

use leptos::prelude::*;

use crate::core::income::answer::Answer;
use crate::core::income::flekslontilskud::MonthlyIncome;
use crate::core::income::form::{CalculatorForm, Field};
use crate::core::income::scenario::Scenario;
use crate::i18n::Msg;
use crate::ui::fields::{FormCheckbox, LedighedsydelseSelect, MunicipalitySelect, NumberField, YearSelect};
use crate::ui::shared::t;
use chart::IncomeChart;
use compare::{AnswerPanel, Comparison, GainPanel, HoursNote};
use results::{NetDetails, RatesInfo, Results};

/// The calculator's view: the answer first, the form, then the outputs.
/// `more` is "more settings" open, which the link remembers.
pub fn page(
    form: RwSignal<CalculatorForm>,
    more: RwSignal<bool>,
    answer: Memo<Option<Answer>>,
    income: Memo<Option<MonthlyIncome>>,
    scenario: Memo<Option<Scenario>>,
) -> impl IntoView {
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
}
