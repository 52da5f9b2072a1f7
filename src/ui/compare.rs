//! "Does it pay?": the hours note, today against the target (and against
//! ledighedsydelse), and the gain of one more hour.

use leptos::prelude::*;

use super::{t, use_lang};
use crate::core::form::CalculatorForm;
use crate::core::scenario::{Outcome, Scenario};
use crate::i18n::{self, Msg};

/// Intensity and the gap between effective and paid hours, in plain words.
#[component]
pub fn HoursNote(form: RwSignal<CalculatorForm>) -> impl IntoView {
    let lang = use_lang();
    let note = move || {
        let f = form.read();
        let hours = f.hours()?;
        let assessment = hours.check().ok()?;
        let l = lang.get();
        let intensity = assessment.intensity.map(|i| i18n::intensity(i, hours.effective, hours.attended, l));
        let gap = if assessment.unpaid_effective.abs() < 1e-9 {
            Msg::PaidEqualsEffective.text(l).to_string()
        } else {
            i18n::effective_paid_gap(assessment.unpaid_effective, l)
        };
        let gap_class = if assessment.unpaid_effective > 0.0 { "argument" } else { "" };
        Some(view! {
            <p data-testid="intensity">{intensity}</p>
            <p data-testid="hours-gap" class=gap_class>{gap}</p>
        })
    };
    view! { <div class="hours-note" aria-live="polite">{note}</div> }
}

/// One row of the comparison: label, test id, and the figure of an outcome.
type Row = (Msg, &'static str, fn(&Outcome) -> f64, bool);

const ROWS: [Row; 7] = [
    (Msg::RowPaidHours, "paid-hours", |o| o.paid_hours_week, false),
    (Msg::WageMonth, "compare-wage-month", |o| o.income.wage, true),
    (Msg::Subsidy, "compare-subsidy-month", |o| o.income.subsidy, true),
    (Msg::Total, "compare-total-month", |o| o.income.total, true),
    (Msg::RowTax, "tax-month", |o| o.net.tax, true),
    (Msg::RowNet, "net-month", |o| o.net.net, true),
    (Msg::RowEmployerCost, "employer-cost-month", |o| o.employer_cost, true),
];

/// Today, the target and the difference side by side; ledighedsydelse too
/// when asked for. Test ids: today's column carries the plain id
/// (`net-month`), the others a suffix (`net-month-target`, `-diff`, `-ledighedsydelse`).
#[component]
pub fn Comparison(form: RwSignal<CalculatorForm>, scenario: Memo<Option<Scenario>>) -> impl IntoView {
    let lang = use_lang();
    let outcomes = Memo::new(move |_| {
        let s = scenario.get()?;
        let f = form.read();
        let (paid, target) = f.paid_and_target()?;
        Some((s.at(paid), s.at(target), f.ledighedsydelse().map(|a| s.on_ledighedsydelse(a))))
    });
    let show_benefit = move || outcomes.get().is_some_and(|(_, _, b)| b.is_some());
    let cell = move |value: f64, money: bool, signed: bool| {
        let l = lang.get();
        let text = if money { i18n::kroner(value, l) } else { i18n::hours(value, l) };
        if signed && value > 0.5 {
            format!("+{text}")
        } else {
            text
        }
    };
    let rows = ROWS
        .iter()
        .map(|&(label, id, figure, money)| {
            let value = move |which: usize| {
                outcomes.get().map(|(today, target, benefit)| match which {
                    0 => cell(figure(&today), money, false),
                    1 => cell(figure(&target), money, false),
                    2 => cell(figure(&target) - figure(&today), money, true),
                    _ => benefit.map(|b| cell(figure(&b), money, false)).unwrap_or_default(),
                })
            };
            view! {
                <tr>
                    <th scope="row">{t(label)}</th>
                    <td class="amount" data-testid=id>{move || value(0).unwrap_or_else(|| "–".into())}</td>
                    <td class="amount" data-testid=format!("{id}-target")>{move || value(1).unwrap_or_else(|| "–".into())}</td>
                    <td class="amount diff" data-testid=format!("{id}-diff")>{move || value(2).unwrap_or_else(|| "–".into())}</td>
                    <Show when=show_benefit>
                        <td class="amount" data-testid=format!("{id}-ledighedsydelse")>{move || value(3)}</td>
                    </Show>
                </tr>
            }
        })
        .collect_view();
    view! {
        <section class="compare" aria-labelledby="compare-heading">
            <h2 id="compare-heading">{t(Msg::CompareHeading)}</h2>
            // A wide table scrolls in its own keyboard-reachable region on
            // narrow screens, instead of the page scrolling sideways.
            <div class="table-scroll" role="region" aria-labelledby="compare-heading" tabindex="0">
            <table>
                <thead>
                    <tr>
                        <td></td>
                        <th scope="col">{t(Msg::ColToday)}</th>
                        <th scope="col">{t(Msg::ColTarget)}</th>
                        <th scope="col">{t(Msg::ColDifference)}</th>
                        <Show when=show_benefit>
                            <th scope="col">{t(Msg::ColLedighedsydelse)}</th>
                        </Show>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
            </div>
            <p class="small">{t(Msg::EmployerCostExplain)} " " {t(Msg::EstimateNote)}</p>
        </section>
    }
}

/// What one more paid hour a week gives, and where the money goes.
#[component]
pub fn GainPanel(form: RwSignal<CalculatorForm>, scenario: Memo<Option<Scenario>>) -> impl IntoView {
    let lang = use_lang();
    let gain = Memo::new(move |_| {
        let s = scenario.get()?;
        let (paid, _) = form.read().paid_and_target()?;
        Some((s, s.change(paid, paid + 1.0)))
    });
    let kr = move |f: fn(&crate::core::scenario::Change) -> f64| {
        move || gain.get().map(|(_, c)| i18n::kroner(f(&c), lang.get())).unwrap_or_else(|| "–".into())
    };
    let keep = move || {
        gain.get()
            .and_then(|(_, c)| c.keep_per_100())
            .map(|k| i18n::kroner(k, lang.get()))
            .unwrap_or_else(|| "–".into())
    };
    let zone = move || {
        let (s, c) = gain.get()?;
        let paid = c.from.paid_hours_week;
        let msg = if s.ceiling_hours().is_some_and(|h| paid >= h) {
            Msg::ZoneCeiling
        } else if s.threshold_hours().is_some_and(|h| paid >= h) {
            Msg::ZoneAboveThreshold
        } else {
            Msg::ZoneBelowThreshold
        };
        Some(msg.text(lang.get()))
    };
    let story = move || {
        gain.get().map(|(_, c)| i18n::where_money_goes(c.employer_cost(), c.subsidy(), c.tax(), c.net(), lang.get()))
    };
    view! {
        <section class="gain" aria-labelledby="gain-heading">
            <h2 id="gain-heading">{t(Msg::GainHeading)}</h2>
            <dl class="gain-figures">
                <div>
                    <dt>{t(Msg::GainGross)}</dt>
                    <dd data-testid="gain-next-hour-gross">{kr(|c| c.gross())}</dd>
                </div>
                <div>
                    <dt>{t(Msg::GainNet)}</dt>
                    <dd data-testid="gain-next-hour-net">{kr(|c| c.net())}</dd>
                </div>
                <div>
                    <dt>{t(Msg::KeepPer100)}</dt>
                    <dd data-testid="keep-per-100">{keep}</dd>
                </div>
            </dl>
            <p data-testid="gain-zone">{zone}</p>
            <p data-testid="gain-story">{story}</p>
        </section>
    }
}
