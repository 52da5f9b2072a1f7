//! Month by month in the editor: a small chart of the pay-out, the month
//! table with its notes (the document's own appendix section, so screen and
//! paper agree), and the holiday, sickness and bonus events that change them.

use leptos::prelude::*;

use std::sync::Arc;

use super::draft::Draft;
use super::fields::{field_error, problem_at, typed_number, Reader, TypedNumber, Writer};
use crate::core::agreement::timeline::{period, timeline, MonthFigures};
use crate::core::agreement::{limits, EventKind, FieldPath, Month, MonthEvent, Problem};
use crate::core::document::months_section;
use crate::core::income::form::Basis;
use crate::core::text::number::Range;
use crate::i18n::{self, Lang, Msg};
use crate::ui::fields::{fill_select, Options};
use crate::ui::shared::{t, use_lang};

/// The month-by-month section of the editor.
#[component]
pub fn Timeline(draft: Draft, basis: Memo<Option<Basis>>, problems: Memo<Vec<Problem>>) -> impl IntoView {
    let lang = use_lang();
    let months = Memo::new(move |_| basis.read().as_ref().map(|b| timeline(&draft.read(), b)).unwrap_or_default());
    let has_steps = Memo::new(move |_| !draft.read().steps.is_empty());
    let troubled = Memo::new(move |_| !problems.read().is_empty());
    // The section's introduction, then the chart, then its table and notes.
    let (intro, chart, table) =
        (NodeRef::<leptos::html::Div>::new(), NodeRef::<leptos::html::Div>::new(), NodeRef::<leptos::html::Div>::new());
    Effect::new(move |_| {
        let l = lang.get();
        let (section, svg) = months.with(|m| (months_section(m, "timeline", &l), chart_svg(m, l)));
        let html =
            |range: std::ops::Range<usize>| section.as_ref().map(|s| s.blocks_html(range, &l)).unwrap_or_default();
        let count = section.as_ref().map_or(0, |s| s.blocks.len());
        for (node, text) in [(intro, html(0..1.min(count))), (chart, svg), (table, html(1.min(count)..count))] {
            if let Some(el) = node.get() {
                el.set_inner_html(&text);
            }
        }
    });
    let status = move || {
        if !has_steps.get() {
            Some(Msg::TimelineNeedsSteps)
        } else if basis.read().is_none() {
            Some(Msg::TimelineNeedsBasis)
        } else {
            None
        }
    };
    view! {
        <section class="agreement-part timeline" aria-labelledby="timeline-heading" data-testid="timeline-section">
            <h3 id="timeline-heading" tabindex="-1">{t(Msg::TimelineHeading)}</h3>
            {move || status().map(|m| view! { <p class="hint" data-testid="timeline-status">{t(m)}</p> })}
            {move || troubled.get().then(|| view! { <p class="warning" data-testid="timeline-problems">{t(Msg::TimelineHasProblems)}</p> })}
            <div node_ref=intro></div>
            // Many months scroll sideways in this box: a keyboard must reach it.
            <div class="timeline-chart" role="region" tabindex="0" aria-label=t(Msg::TimelineChartCaption) node_ref=chart></div>
            <div class="timeline-table" node_ref=table></div>
            <Events draft=draft />
        </section>
    }
}

/// Bars of the pay-out per month from zero, each with its figure in
/// thousands above it and the month's short name below, under a caption.
/// Hidden from screen readers: the table that follows holds the same figures.
fn chart_svg(months: &[MonthFigures], lang: Lang) -> String {
    let Some(top) = months.iter().map(|m| m.net).reduce(f64::max).filter(|v| *v > 0.0) else {
        return String::new();
    };
    // Whole pixels: formatting an f64 would pull float printing into the wasm.
    const BARS: i32 = 100;
    const BAR: i32 = 30;
    const GAP: i32 = 10;
    let (width, height) = (months.len() as i32 * (BAR + GAP), BARS + 34);
    let mut out = format!(
        "<p class=\"small\" aria-hidden=\"true\">{}</p><svg viewBox=\"0 0 {width} {height}\" width=\"{width}\" \
         height=\"{height}\" aria-hidden=\"true\" focusable=\"false\">",
        Msg::TimelineChartCaption.text(lang)
    );
    for (i, m) in (0i32..).zip(months) {
        let h = ((m.net.max(0.0) / top * f64::from(BARS)).round() as i32).max(1);
        let (x, y) = (i * (BAR + GAP) + GAP / 2, 16 + BARS - h);
        let centre = x + BAR / 2;
        let name: String = i18n::month_alone(m.month, lang).chars().take(3).collect();
        out.push_str(&format!(
            "<text x=\"{centre}\" y=\"{}\" text-anchor=\"middle\">{}</text>\
             <rect class=\"bar\" x=\"{x}\" y=\"{y}\" width=\"{BAR}\" height=\"{h}\"></rect>\
             <text x=\"{centre}\" y=\"{}\" text-anchor=\"middle\">{}</text>",
            y - 3,
            i18n::number(m.net / 1000.0, 1, lang),
            height - 2,
            crate::core::document::escape(&name),
        ));
    }
    out.push_str("</svg>");
    out
}

/// The events, one row each; the list re-renders only when its length
/// changes, so typing never loses focus.
#[component]
fn Events(draft: Draft) -> impl IntoView {
    let count = Memo::new(move |_| draft.read().events.len());
    let full = Memo::new(move |_| count.get() >= limits::EVENTS);
    // A flag, not the first month itself: a memo of a type of its own
    // brought its own copy of the memo code into the wasm (0.6 KB gzip).
    let no_period = Memo::new(move |_| period(&draft.read()).is_none());
    let add = move |_| {
        // Read (and the read released) before the draft is updated.
        let first_month = period(&draft.read_untracked()).map(|(first, _)| first);
        if let Some(month) = first_month {
            draft.update(|a| {
                if a.events.len() < limits::EVENTS {
                    a.events.push(MonthEvent { month, kind: EventKind::HolidayWithPay, amount: 5.0 });
                }
            });
        }
    };
    view! {
        <fieldset class="events" data-testid="events">
            <legend>{t(Msg::EventsHeading)}</legend>
            <p class="hint">{t(Msg::EventsHint)}</p>
            {move || (0..count.get()).map(|i| event_row(draft, i)).collect_view()}
            <button type="button" class="secondary" data-testid="add-event"
                disabled=move || full.get() || no_period.get() on:click=add>
                {t(Msg::AddEvent)}
            </button>
            {move || full.get().then(|| view! { <p class="hint">{t(Msg::MaxEvents)}</p> })}
        </fieldset>
    }
}

fn event_row(draft: Draft, index: usize) -> impl IntoView {
    let lang = use_lang();
    let id = move |name: &str| format!("event-{index}-{name}");
    let path = FieldPath::event(index);
    let event = move || draft.read().events.get(index).copied();
    // The months offered: the timeline's, and the event's own if outside them.
    let months = move || {
        let a = draft.read();
        let mut list = Vec::new();
        if let Some((first, last)) = period(&a) {
            let mut m = first;
            while m <= last {
                list.push(m);
                m = m.next();
            }
        }
        if let Some(e) = a.events.get(index).filter(|e| !list.contains(&e.month)) {
            list.push(e.month);
            crate::core::text::sort::sort_by(&mut list, |a, b| a < b);
        }
        list
    };
    let month_options = move || {
        let l = lang.get();
        months().into_iter().map(|m| (m.iso(), i18n::month_name(m, l))).collect()
    };
    let kind_options = move || {
        let l = lang.get();
        EventKind::ALL.into_iter().map(|k| (k.key().to_string(), i18n::event_kind(k).text(l).to_string())).collect()
    };
    let month = move || event().map(|e| e.month.iso()).unwrap_or_default();
    let kind = move || event().map(|e| e.kind.key().to_string()).unwrap_or_default();
    let set = move |f: &dyn Fn(&mut MonthEvent)| {
        draft.update(|a| {
            if let Some(e) = a.events.get_mut(index) {
                f(e);
            }
        })
    };
    // "Fjern syg uden løn (sygedagpenge), juli 2026": which of the rows.
    let remove_label = move || {
        let l = lang.get();
        event().map(|e| {
            // ASCII only: `to_lowercase` brings Unicode case tables (8 KB gzip).
            let kind = i18n::event_kind(e.kind).text(l).to_ascii_lowercase();
            format!("{} {kind}, {}", Msg::Remove.text(l), i18n::month_name(e.month, l))
        })
    };
    let on_month = move |value: String| {
        if let Some(m) = Month::from_iso(&value) {
            set(&|e| e.month = m);
        }
    };
    let on_kind = move |value: String| {
        if let Some(k) = EventKind::from_key(&value) {
            set(&|e| e.kind = k);
        }
    };
    view! {
        <div class="event row" data-testid=id("row")>
            {select_field(id("month"), path.month(), Msg::EventMonth, Box::new(month_options), Box::new(month), Box::new(on_month))}
            {select_field(id("kind"), path.kind(), Msg::EventKindLabel, Box::new(kind_options), Box::new(kind), Box::new(on_kind))}
            {amount_field(draft, index)}
            <button type="button" class="secondary" data-testid=id("remove") aria-label=remove_label on:click=move |_| draft.update(|a| {
                if index < a.events.len() {
                    a.events.remove(index);
                }
            })>{t(Msg::Remove)}</button>
        </div>
    }
}

/// A labelled select with its error line (the problem at `path`).
pub(super) fn select_field(
    id: String,
    path: FieldPath,
    label: Msg,
    options: Options,
    chosen: Box<dyn Fn() -> String>,
    on_change: Box<dyn Fn(String)>,
) -> impl IntoView {
    let select = NodeRef::<leptos::html::Select>::new();
    fill_select(select, options, chosen);
    view! {
        <div class="field">
            <label for=id.clone()>{t(label)}</label>
            <select id=id.clone() node_ref=select aria-describedby=format!("{id}-error")
                on:change=move |ev| on_change(event_target_value(&ev))></select>
            {field_error(&id, problem_at(path))}
        </div>
    }
}

/// Days or kroner, as typed ("2,5", "5.000"), in the range of the event's kind.
fn amount_field(draft: Draft, index: usize) -> impl IntoView {
    let lang = use_lang();
    // What the amount is counted in, as a flag: a memo of the kind would be
    // a memo type of its own, and its own copy of the memo code in the wasm.
    let in_days = Memo::new(move |_| draft.read().events.get(index).map(|e| e.kind).is_none_or(EventKind::in_days));
    typed_number(
        draft,
        TypedNumber {
            id: format!("event-{index}-amount"),
            path: FieldPath::event(index).amount(),
            label: Box::new(move || (if in_days.get() { Msg::EventDays } else { Msg::EventKroner }).text(lang.get())),
            range: Arc::new(move || {
                let max = if in_days.get() { limits::EVENT_DAYS } else { limits::BONUS };
                Range { min: 0.0, min_inclusive: true, max }
            }),
            get: Reader(Arc::new(move |a| a.events.get(index).map(|e| e.amount))),
            set: Writer(Arc::new(move |a, v| {
                if let Some(e) = a.events.get_mut(index) {
                    e.amount = v;
                }
            })),
        },
    )
}
