//! "Does it pay?": the hours note, today against the target (and against
//! ledighedsydelse), and the gain of one more hour.

use leptos::prelude::*;

use crate::core::income::answer::Answer;
use crate::core::income::form::CalculatorForm;
use crate::core::income::scenario::{Change, Outcome, Scenario};
use crate::i18n::{self, Msg};
use crate::ui::shared::{t, use_lang};

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

/// One row of the comparison: label, test id, the figure of an outcome,
/// whether it is money, and whether it is left out while it is zero.
type Row = (Msg, &'static str, fn(&Outcome) -> f64, bool, bool);

const ROWS: [Row; 8] = [
    (Msg::RowPaidHours, "paid-hours", |o| o.paid_hours_week, false, false),
    (Msg::WageMonth, "compare-wage-month", |o| o.income.wage, true, false),
    (Msg::OtherWageMonth, "compare-other-wage-month", |o| o.income.other_wage, true, true),
    (Msg::Subsidy, "compare-subsidy-month", |o| o.income.subsidy, true, false),
    (Msg::Total, "compare-total-month", |o| o.income.total, true, false),
    (Msg::RowTax, "tax-month", |o| o.net.tax, true, false),
    (Msg::RowNet, "net-month", |o| o.net.net, true, false),
    (Msg::RowEmployerCost, "employer-cost-month", |o| o.employer_cost, true, false),
];

/// Today, the target and the difference side by side; ledighedsydelse too
/// when asked for. Test ids: today's column carries the plain id
/// (`net-month`), the others a suffix (`net-month-target`, `-diff`, `-ledighedsydelse`).
#[component]
pub fn Comparison(
    form: RwSignal<CalculatorForm>,
    scenario: Memo<Option<Scenario>>,
    answer: Memo<Option<Answer>>,
) -> impl IntoView {
    let lang = use_lang();
    let outcomes = Memo::new(move |_| {
        let (s, a) = (scenario.get()?, answer.get()?);
        let benefit = form.read().ledighedsydelse().map(|amount| s.on_ledighedsydelse(amount));
        Some((a.change.from, a.change.to, benefit))
    });
    // A memo: the column is built again only when it comes or goes.
    let show_benefit = Memo::new(move |_| outcomes.get().is_some_and(|(_, _, b)| b.is_some()));
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
        .map(|&(label, id, figure, money, optional)| {
            let hidden = move || optional && outcomes.get().is_none_or(|(today, _, _)| figure(&today) == 0.0);
            let value = move |which: usize| {
                outcomes.get().map(|(today, target, benefit)| match which {
                    0 => cell(figure(&today), money, false),
                    1 => cell(figure(&target), money, false),
                    2 => cell(figure(&target) - figure(&today), money, true),
                    _ => benefit.map(|b| cell(figure(&b), money, false)).unwrap_or_default(),
                })
            };
            view! {
                <tr hidden=hidden>
                    <th scope="row">{t(label)}</th>
                    <td class="amount" data-testid=id>{move || value(0).unwrap_or_else(|| "–".into())}</td>
                    <td class="amount" data-testid=format!("{id}-target")>{move || value(1).unwrap_or_else(|| "–".into())}</td>
                    <td class="amount diff" data-testid=format!("{id}-diff")>{move || value(2).unwrap_or_else(|| "–".into())}</td>
                    {move || show_benefit.get().then(|| view! {
                        <td class="amount" data-testid=format!("{id}-ledighedsydelse")>{move || value(3)}</td>
                    })}
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
                        {move || show_benefit.get().then(|| view! { <th scope="col">{t(Msg::ColLedighedsydelse)}</th> })}
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
            </div>
            <p class="small">{t(Msg::EmployerCostExplain)} " " {t(Msg::EstimateNote)}</p>
        </section>
    }
}

/// The answer first: one plain sentence and the pay-out at the hours
/// discussed as the headline, then what those hours cost the employer. The
/// skip link at the top of the page leads here.
#[component]
pub fn AnswerPanel(answer: Memo<Option<Answer>>) -> impl IntoView {
    let lang = use_lang();
    let body = move || {
        let l = lang.get();
        let Some(a) = answer.get() else {
            return view! { <p class="notice" data-testid="answer-sentence">{Msg::FixErrors.text(l)}</p> }.into_any();
        };
        let to = a.change.to;
        let headline = i18n::fill(Msg::AnswerHeadline.text(l), "{hours}", &i18n::hours(to.paid_hours_week, l));
        view! {
            <p class="headline">
                <span>{headline}</span>
                <strong data-testid="answer-net">{i18n::kroner(to.net.net, l)}</strong>
            </p>
            <p class="answer-sentence" data-testid="answer-sentence">{i18n::answer_sentence(&a, l)}</p>
            {i18n::employer_line(&a, l).map(|line| view! {
                <p data-testid="employer-line">{line} " " <span class="small">{Msg::EmployerIncludes.text(l)}</span></p>
            })}
        }
        .into_any()
    };
    view! {
        <section id="answer" class="answer" tabindex="-1" aria-labelledby="answer-heading">
            <h2 id="answer-heading" class="visually-hidden">{t(Msg::AnswerHeading)}</h2>
            <div aria-live="polite">{body}</div>
            <Glossary />
        </section>
    }
}

/// The words the answer and the tables use, explained briefly: a
/// disclosure, closed until asked for.
#[component]
pub fn Glossary() -> impl IntoView {
    const TERMS: [(Msg, Msg); 7] = [
        (Msg::TermFlekslontilskud, Msg::DefFlekslontilskud),
        (Msg::TermAftrapningsgraense, Msg::DefAftrapningsgraense),
        (Msg::TermLonloft, Msg::DefLonloft),
        (Msg::TermLedighedsydelse, Msg::DefLedighedsydelse),
        (Msg::TermDagpenge, Msg::DefDagpenge),
        (Msg::TermAmBidrag, Msg::DefAmBidrag),
        (Msg::TermAtp, Msg::DefAtp),
    ];
    view! {
        <details class="glossary" data-testid="glossary">
            <summary>{t(Msg::GlossaryHeading)}</summary>
            <dl>
                {TERMS.iter().map(|&(term, definition)| view! { <dt>{t(term)}</dt><dd>{t(definition)}</dd> }).collect_view()}
            </dl>
        </details>
    }
}

/// What each extra hour between today and the hours discussed gives (one
/// more hour from today when they are the same), what the subsidy does in
/// each stretch of those hours, and where the money goes.
#[component]
pub fn GainPanel(scenario: Memo<Option<Scenario>>, answer: Memo<Option<Answer>>) -> impl IntoView {
    let lang = use_lang();
    // The hours discussed, or one more hour when none are.
    let gain = Memo::new(move |_| {
        let (s, a) = (scenario.get()?, answer.get()?);
        let today = a.change.from.paid_hours_week;
        Some(if a.hours_more().abs() > 1e-9 { a } else { Answer::new(&s, today, today + 1.0) })
    });
    let per_hour = move |f: fn(&Change) -> f64| {
        move || {
            gain.get()
                .and_then(|a| a.per_weekly_hour(f(&a.change)))
                .map(|v| i18n::kroner(v, lang.get()))
                .unwrap_or_else(|| "–".into())
        }
    };
    let keep = move || {
        gain.get()
            .and_then(|a| a.change.keep_per_100())
            .map(|k| i18n::kroner(k, lang.get()))
            .unwrap_or_else(|| "–".into())
    };
    let heading = move || {
        let l = lang.get();
        let Some(a) = gain.get() else { return String::new() };
        let (from, to) = (i18n::hours(a.change.from.paid_hours_week, l), i18n::hours(a.change.to.paid_hours_week, l));
        let discussed = answer.get().is_some_and(|x| x.hours_more().abs() > 1e-9);
        let msg = if discussed { Msg::GainPerHourBetween } else { Msg::GainPerHourFrom };
        i18n::fill(&i18n::fill(msg.text(l), "{from}", &from), "{to}", &to)
    };
    let zones = move || {
        let l = lang.get();
        gain.get().map(|a| a.spans.iter().map(|span| view! { <li>{i18n::zone_text(span, l)}</li> }).collect_view())
    };
    let story = move || {
        gain.get().map(|a| {
            let c = a.change;
            i18n::where_money_goes(c.employer_cost(), c.subsidy(), c.tax(), c.net(), lang.get())
        })
    };
    view! {
        <section class="gain" aria-labelledby="gain-heading">
            <h2 id="gain-heading">{t(Msg::GainHeading)}</h2>
            <p class="small" data-testid="gain-heading">{heading}</p>
            <dl class="gain-figures">
                <div>
                    <dt>{t(Msg::GainGross)}</dt>
                    <dd data-testid="gain-next-hour-gross">{per_hour(Change::gross)}</dd>
                </div>
                <div>
                    <dt>{t(Msg::GainNet)}</dt>
                    <dd data-testid="gain-next-hour-net">{per_hour(Change::net)}</dd>
                </div>
                <div>
                    <dt>{t(Msg::KeepPer100)}</dt>
                    <dd data-testid="keep-per-100">{keep}</dd>
                </div>
            </dl>
            <ul class="zones" data-testid="gain-zone">{zones}</ul>
            <p data-testid="gain-story">{story}</p>
        </section>
    }
}
