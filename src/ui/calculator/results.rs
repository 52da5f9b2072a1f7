//! The month's figures, the subsidy step by step, and the rates in use.

use leptos::prelude::*;

use crate::core::income::flekslontilskud::MonthlyIncome;
use crate::core::income::form::{CalculatorForm, Field};
use crate::core::income::rates::{Figure, Status};
use crate::core::income::scenario::Scenario;
use crate::core::income::tax::NetMonth;
use crate::i18n::{self, Msg};
use crate::ui::fields::NumberField;
use crate::ui::shared::{t, use_lang};

/// One result line: what it is, one plain sentence on it, and the amount.
/// `sign` is −1 for amounts that are taken off.
fn row(
    income: Memo<Option<MonthlyIncome>>,
    label: Msg,
    explain: Msg,
    testid: &'static str,
    sign: f64,
    amount: fn(&MonthlyIncome) -> f64,
) -> impl IntoView {
    let lang = use_lang();
    let value = move || match income.get() {
        Some(m) => i18n::kroner(sign * amount(&m), lang.get()),
        None => "–".to_string(),
    };
    view! {
        <tr>
            <th scope="row">
                <span class="label">{t(label)}</span>
                <span class="explain">{t(explain)}</span>
            </th>
            <td class="amount" data-testid=testid>{value}</td>
        </tr>
    }
}

#[component]
pub fn Results(income: Memo<Option<MonthlyIncome>>) -> impl IntoView {
    let r = move |label, explain, testid, sign, amount| row(income, label, explain, testid, sign, amount);
    view! {
        <section class="results" aria-labelledby="results-heading">
            <h2 id="results-heading">{t(Msg::ResultsHeading)}</h2>
            <p class="notice" role="status" data-testid="fix-errors">
                {move || income.get().is_none().then(t(Msg::FixErrors))}
            </p>
            <table>
                <tbody>
                    {r(Msg::WageMonth, Msg::WageMonthExplain, "wage-month", 1.0, |m| m.wage)}
                    {r(Msg::LonindtaegtMonth, Msg::LonindtaegtMonthExplain, "lonindtaegt-month", 1.0, |m| m.lonindtaegt)}
                </tbody>
                // Shown when there is other wage income.
                <tbody hidden=move || income.get().is_none_or(|m| m.other_wage == 0.0)>
                    {r(Msg::OtherWageMonth, Msg::OtherWageMonthExplain, "other-wage-month", 1.0, |m| m.other_wage)}
                </tbody>
                <tbody>
                    {r(Msg::LonloftMonth, Msg::LonloftMonthExplain, "lonloft-month", 1.0, |m| m.lonloft)}
                </tbody>
            </table>
            <table class="steps">
                <caption>{t(Msg::SubsidyHeading)}</caption>
                <tbody>
                    {r(Msg::MaxSubsidy, Msg::MaxSubsidyExplain, "max-subsidy-month", 1.0, |m| m.max_subsidy)}
                    {r(Msg::Reduction30, Msg::Reduction30Explain, "reduction-30-month", -1.0, |m| m.reduction_below_threshold)}
                    {r(Msg::Reduction55, Msg::Reduction55Explain, "reduction-55-month", -1.0, |m| m.reduction_above_threshold)}
                    {r(Msg::CeilingCut, Msg::CeilingCutExplain, "ceiling-cut-month", -1.0, |m| m.ceiling_cut)}
                </tbody>
                <tbody class="sum">
                    {r(Msg::Subsidy, Msg::SubsidyExplain, "subsidy-month", 1.0, |m| m.subsidy)}
                    {r(Msg::AtpSubsidy, Msg::AtpSubsidyExplain, "atp-subsidy-month", 1.0, |m| m.atp_on_subsidy)}
                </tbody>
            </table>
            <table class="total">
                <tbody>
                    {r(Msg::Total, Msg::TotalExplain, "total-month", 1.0, |m| m.total)}
                </tbody>
            </table>
            <p class="small">{t(Msg::RoundingNote)}</p>
        </section>
    }
}

/// The year's rates, each marked published, derived or entered, with its
/// source; the consultant can override them.
#[component]
pub fn RatesInfo(form: RwSignal<CalculatorForm>) -> impl IntoView {
    let lang = use_lang();
    let describe = move |figure: Figure| i18n::figure_note(figure, lang.get());
    view! {
        <fieldset class="rates">
            <legend>{t(Msg::RatesHeading)}</legend>
            <dl>
                <dt>{t(Msg::MaxSubsidy)}</dt>
                <dd data-testid="rate-max-subsidy">{move || describe(form.read().rates().max_subsidy_month)}</dd>
                <dt>{t(Msg::TaperThreshold)}</dt>
                <dd data-testid="rate-threshold">{move || describe(form.read().rates().taper_threshold_month)}</dd>
            </dl>
            <NumberField form=form field=Field::MaxSubsidy label=Msg::MaxSubsidyOverride hint=Msg::OverrideHint />
            <NumberField form=form field=Field::TaperThreshold label=Msg::TaperThresholdOverride hint=Msg::OverrideHint />
        </fieldset>
    }
}

/// The net estimate taken apart, with the local rates and the assumptions.
#[component]
pub fn NetDetails(form: RwSignal<CalculatorForm>, scenario: Memo<Option<Scenario>>) -> impl IntoView {
    let lang = use_lang();
    let today = Memo::new(move |_| {
        let (paid, _) = form.read().paid_and_target()?;
        Some(scenario.get()?.at(paid).net)
    });
    let line = move |label: Msg, id: &'static str, figure: fn(&NetMonth) -> f64| {
        let value = move || today.get().map(|n| i18n::kroner(figure(&n), lang.get())).unwrap_or_else(|| "–".into());
        view! {
            <tr>
                <th scope="row">{t(label)}</th>
                <td class="amount" data-testid=id>{value}</td>
            </tr>
        }
    };
    let kommune = move || {
        let f = form.read();
        let (rate, _) = f.local_rates();
        let l = lang.get();
        let shown = f.local_tax().kommuneskat_pct;
        let status =
            if f.value(Field::KommuneRate).ok().flatten().is_some() { Status::Overridden } else { rate.status };
        format!(
            "{} %: {}{}",
            i18n::number(shown, 3, l),
            i18n::status_msg(status).text(l),
            if status == Status::Overridden {
                String::new()
            } else {
                format!(". {}: {}", Msg::Source.text(l), i18n::note(rate.source, l))
            }
        )
    };
    // What the year of birth means for the senior's extra fradrag, when one is given.
    let senior = move || {
        let f = form.read();
        let born = f.value(Field::BirthYear).ok().flatten()?;
        let annual = today.get().map_or(0.0, |n| n.senior_fradrag_year);
        Some(i18n::senior_fradrag(born as u16, f.year, f.is_senior_year(), annual, lang.get()))
    };
    view! {
        <section class="net" aria-labelledby="net-heading">
            <h2 id="net-heading">{t(Msg::NetHeading)}</h2>
            <table>
                <tbody>
                    {line(Msg::OwnPensionMonth, "own-pension-month", |n| n.own_pension)}
                    {line(Msg::AtpMonth, "atp-month", |n| n.atp)}
                    {line(Msg::TaxMonth, "tax-detail-month", |n| n.tax)}
                </tbody>
                // Shown in a year with the senior's extra fradrag.
                <tbody hidden=move || today.get().is_none_or(|n| n.senior_fradrag_year == 0.0)>
                    {line(Msg::SeniorFradrag, "senior-fradrag-month", |n| n.senior_fradrag_saves)}
                </tbody>
                <tbody>
                    {line(Msg::NetMonth, "net-detail-month", |n| n.net)}
                </tbody>
            </table>
            <p class="small">{t(Msg::TaxMonthExplain)}</p>
            <p class="small" data-testid="senior-fradrag">{senior}</p>
            <p class="small" data-testid="kommuneskat-rate">{t(Msg::KommuneRate)} " " {kommune}</p>
            <details>
                <summary>{t(Msg::Assumptions)}</summary>
                <p>{t(Msg::AssumptionsText)}</p>
            </details>
            <p class="small">{t(Msg::EstimateNote)}</p>
        </section>
    }
}
