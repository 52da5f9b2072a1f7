//! Income against paid hours as an SVG chart drawn by the app, with the
//! taper threshold and the ceiling marked, today and the target highlighted,
//! a point readout for keyboard and mouse, and the same numbers as a table.
//!
//! For assistive technology the chart is a slider over the hours whose value
//! text is the readout; the drawing itself is hidden from it, and the table
//! and the summary give the same information.

use leptos::prelude::*;

use crate::core::document::escape;
use crate::core::income::form::CalculatorForm;
use crate::core::income::scenario::{Outcome, Scenario, CURVE_STEP_HOURS};
use crate::core::text::clean::join;
use crate::i18n::{self, Lang, Msg};
use crate::ui::shared::{t, use_lang};

const WIDTH: f64 = 640.0;
const HEIGHT: f64 = 320.0;
const LEFT: f64 = 64.0;
const RIGHT: f64 = 16.0;
const TOP: f64 = 16.0;
const BOTTOM: f64 = 40.0;
/// WIDTH × HEIGHT as text (no float formatting in the wasm).
const VIEW_BOX: &str = "0 0 640 320";

/// Maps hours and kroner to SVG coordinates.
#[derive(Clone, Copy)]
struct Scale {
    max_hours: f64,
    max_kr: f64,
}

impl Scale {
    fn new(curve: &[Outcome]) -> Self {
        let max_hours = curve.last().map_or(1.0, |p| p.paid_hours_week).max(1.0);
        let top = curve.iter().map(|p| p.income.total.max(p.net.net)).fold(0.0, f64::max);
        Scale { max_hours, max_kr: nice_ceiling(top) }
    }
    fn x(&self, hours: f64) -> f64 {
        LEFT + (WIDTH - LEFT - RIGHT) * hours / self.max_hours
    }
    fn y(&self, kr: f64) -> f64 {
        TOP + (HEIGHT - TOP - BOTTOM) * (1.0 - kr.max(0.0) / self.max_kr)
    }
    fn kr_step(&self) -> f64 {
        self.max_kr / 5.0
    }
}

/// Round up to 5 gridlines of a round size (1,000, 2,000, 5,000, ... kr).
fn nice_ceiling(value: f64) -> f64 {
    let step = [1_000.0, 2_000.0, 2_500.0, 5_000.0, 10_000.0, 20_000.0, 50_000.0, 100_000.0]
        .into_iter()
        .find(|s| 5.0 * s >= value)
        .unwrap_or(value.max(1.0) / 5.0);
    5.0 * step
}

/// An SVG polyline `points` string, whole pixels as text so no float
/// formatting is pulled into the wasm.
fn points(curve: &[Outcome], scale: Scale, figure: fn(&Outcome) -> f64) -> String {
    join(
        curve
            .iter()
            .map(|p| format!("{},{}", scale.x(p.paid_hours_week).round() as i64, scale.y(figure(p)).round() as i64)),
        ' ',
    )
}

/// One point's value on a line.
type Value = fn(&Outcome) -> f64;

/// The lines drawn, each with its legend text and CSS class.
const SERIES: [(Msg, &str, Value); 5] = [
    (Msg::LegendTotal, "total", |p| p.income.total),
    (Msg::LegendNet, "net", |p| p.net.net),
    (Msg::LegendWage, "wage", |p| p.income.wage_income()),
    (Msg::LegendSubsidy, "subsidy", |p| p.income.subsidy),
    (Msg::LegendTax, "tax", |p| p.net.tax),
];

#[component]
pub fn IncomeChart(form: RwSignal<CalculatorForm>, scenario: Memo<Option<Scenario>>) -> impl IntoView {
    let lang = use_lang();
    let curve = Memo::new(move |_| scenario.get().map(|s| s.curve()).unwrap_or_default());
    let marks =
        Memo::new(move |_| scenario.get().map(|s| (s.threshold_hours(), s.ceiling_hours())).unwrap_or_default());
    let today_target = Memo::new(move |_| form.read().paid_and_target());
    // The inspected point, as an index into the curve; follows today's hours
    // until the user moves it.
    let inspected = RwSignal::new(None::<usize>);
    let frame = NodeRef::<leptos::html::Div>::new();
    let index = move || {
        let len = curve.read().len();
        let today = today_target.get().map_or(0, |(p, _)| (p / CURVE_STEP_HOURS).round() as usize);
        inspected.get().unwrap_or(today).min(len.saturating_sub(1))
    };
    let readout = move || {
        let c = curve.read();
        c.get(index()).map(|p| {
            i18n::curve_point(
                p.paid_hours_week,
                p.income.total,
                p.income.wage_income(),
                p.income.subsidy,
                p.net.tax,
                p.net.net,
                lang.get(),
            )
        })
    };
    let step = move |delta: isize| {
        let last = curve.read().len().saturating_sub(1) as isize;
        inspected.set(Some((index() as isize + delta).clamp(0, last) as usize));
    };
    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        match ev.key().as_str() {
            "ArrowRight" | "ArrowUp" => step(1),
            "ArrowLeft" | "ArrowDown" => step(-1),
            "PageUp" => step(10),
            "PageDown" => step(-10),
            "Home" => inspected.set(Some(0)),
            "End" => inspected.set(Some(curve.read().len().saturating_sub(1))),
            _ => return,
        }
        ev.prevent_default();
    };
    let on_move = move |ev: leptos::ev::MouseEvent| {
        // The frame holds the drawing; the drawing's own box is what scales.
        let Some(svg) = frame.get_untracked().and_then(|f| f.first_element_child()) else { return };
        let rect = svg.get_bounding_client_rect();
        if rect.width() <= 0.0 {
            return;
        }
        let svg_x = (ev.client_x() as f64 - rect.left()) / rect.width() * WIDTH;
        let scale = Scale::new(&curve.read());
        let hours = (svg_x - LEFT) / (WIDTH - LEFT - RIGHT) * scale.max_hours;
        let last = curve.read().len().saturating_sub(1);
        inspected.set(Some(((hours / CURVE_STEP_HOURS).round().max(0.0) as usize).min(last)));
    };

    // The drawing is markup set in one go, not a view per line and label:
    // about 6 KB less gzipped wasm (docs/performance.md).
    // Set at the next frame, once for any number of changes before it (a
    // mouse moving over the chart): the figures a keystroke changes come
    // first, the picture of them after.
    let markup = StoredValue::new(None::<String>);
    Effect::new(move |_| {
        let svg = curve.with(|c| drawing(c, marks.get(), today_target.get().unwrap_or_default(), index(), lang.get()));
        if markup.try_update_value(|m| m.replace(svg)).flatten().is_none() {
            request_animation_frame(move || {
                if let (Some(svg), Some(el)) = (markup.try_update_value(Option::take).flatten(), frame.get_untracked())
                {
                    el.set_inner_html(&svg);
                }
            });
        }
    });

    let legend = SERIES
        .iter()
        .map(|&(label, class, _)| view! { <li><span class=format!("swatch {class}")></span>{t(label)}</li> })
        .collect_view();
    let summary = move || {
        let (threshold, ceiling) = marks.get();
        i18n::curve_summary(threshold, ceiling, lang.get())
    };
    // 75 rows of 6 cells: built only while the table is open, so typing stays fast.
    let table_open = RwSignal::new(false);
    let table_rows = move || {
        if !table_open.get() {
            return None;
        }
        let l = lang.get();
        curve
            .get()
            .iter()
            .map(|p| {
                view! {
                    <tr>
                        <th scope="row">{i18n::hours(p.paid_hours_week, l)}</th>
                        <td>{i18n::kroner(p.income.wage_income(), l)}</td>
                        <td>{i18n::kroner(p.income.subsidy, l)}</td>
                        <td>{i18n::kroner(p.income.total, l)}</td>
                        <td>{i18n::kroner(p.net.tax, l)}</td>
                        <td>{i18n::kroner(p.net.net, l)}</td>
                    </tr>
                }
            })
            .collect_view()
            .into()
    };
    let max_hours = move || curve.read().last().map_or(0.0, |p| p.paid_hours_week);
    let has_curve = move || !curve.read().is_empty();

    view! {
        <section class="chart" aria-labelledby="chart-heading">
            <h2 id="chart-heading">{t(Msg::ChartHeading)}</h2>
            <p data-testid="chart-summary">{summary}</p>
            <div
                class="chart-frame"
                // A slider only while there is a curve: with errors in the form
                // there is nothing to move, and a slider must have a value.
                role=move || has_curve().then_some("slider")
                tabindex=move || has_curve().then_some("0")
                data-testid="chart"
                aria-labelledby="chart-heading"
                aria-describedby="chart-hint"
                aria-valuemin=move || has_curve().then_some("0")
                aria-valuemax=move || has_curve().then(|| i18n::hours(max_hours(), i18n::Lang::En))
                aria-valuenow=move || curve.read().get(index()).map(|p| i18n::hours(p.paid_hours_week, i18n::Lang::En))
                aria-valuetext=readout
                on:keydown=on_key
                on:mousemove=on_move
                on:click=on_move
                node_ref=frame
            ></div>
            <ul class="legend">{legend}</ul>
            <p id="chart-hint" class="small">{t(Msg::ChartHint)}</p>
            <p class="readout" data-testid="chart-readout">{readout}</p>
            <details on:toggle=move |ev| {
                table_open.set(event_target::<web_sys::HtmlDetailsElement>(&ev).open())
            }>
                <summary>{t(Msg::ShowTable)}</summary>
                <div class="table-scroll" role="region" aria-labelledby="curve-caption" tabindex="0">
                <table class="curve-table" data-testid="curve-table">
                    <caption id="curve-caption">{t(Msg::ChartHeading)}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{t(Msg::ColHours)}</th>
                            <th scope="col">{t(Msg::LegendWage)}</th>
                            <th scope="col">{t(Msg::LegendSubsidy)}</th>
                            <th scope="col">{t(Msg::LegendTotal)}</th>
                            <th scope="col">{t(Msg::LegendTax)}</th>
                            <th scope="col">{t(Msg::LegendNet)}</th>
                        </tr>
                    </thead>
                    <tbody>{table_rows}</tbody>
                </table>
                </div>
            </details>
        </section>
    }
}

/// The chart as SVG markup: gridlines and their amounts, hour ticks, the
/// marks (threshold, ceiling, today, target), the five lines and the
/// inspected point. Whole pixels only: formatting an `f64` would pull float
/// printing into the wasm.
fn drawing(
    c: &[Outcome],
    marks: (Option<f64>, Option<f64>),
    (today, target): (f64, f64),
    index: usize,
    l: Lang,
) -> String {
    if c.is_empty() {
        return String::new();
    }
    let scale = Scale::new(c);
    let px = |v: f64| v.round() as i64;
    let (left, right, top, bottom) = (px(LEFT), px(WIDTH - RIGHT), px(TOP), px(HEIGHT - BOTTOM));
    let mut out = format!("<svg viewBox=\"{VIEW_BOX}\" class=\"chart-svg\" aria-hidden=\"true\" focusable=\"false\">");
    for i in 0..=5 {
        let kr = scale.kr_step() * f64::from(i);
        let y = px(scale.y(kr));
        out.push_str(&format!(
            "<line class=\"grid\" x1=\"{left}\" x2=\"{right}\" y1=\"{y}\" y2=\"{y}\"></line>\
             <text class=\"tick\" x=\"{}\" y=\"{}\" text-anchor=\"end\">{}</text>",
            left - 6,
            y + 4,
            i18n::number(kr, 0, l)
        ));
    }
    // No "0" at the corner, where the money axis has its own.
    for h in (5..=(scale.max_hours as i64)).step_by(5) {
        out.push_str(&format!(
            "<text class=\"tick\" x=\"{}\" y=\"{}\" text-anchor=\"middle\">{h}</text>",
            px(scale.x(h as f64)),
            bottom + 16
        ));
    }
    out.push_str(&format!(
        "<text class=\"axis-label\" x=\"{right}\" y=\"{}\" text-anchor=\"end\">{}</text>",
        px(HEIGHT - 4.0),
        escape(Msg::ColHours.text(l))
    ));
    let (threshold, ceiling) = marks;
    let threshold = threshold.filter(|h| ceiling.is_none_or(|c| *h < c));
    let target = (target != today).then_some(target);
    let shown = [
        (threshold, "threshold", Msg::MarkThreshold),
        (ceiling, "ceiling", Msg::MarkCeiling),
        (Some(today), "today", Msg::MarkToday),
        (target, "target", Msg::MarkTarget),
    ];
    for (row, (hours, class, label)) in (0i64..).zip(shown) {
        let Some(hours) = hours else { continue };
        let x = px(scale.x(hours));
        out.push_str(&format!(
            "<g class=\"mark {class}\"><line x1=\"{x}\" x2=\"{x}\" y1=\"{top}\" y2=\"{bottom}\"></line>\
             <text x=\"{}\" y=\"{}\">{}</text></g>",
            x + 4,
            top + 12 + 14 * row,
            escape(label.text(l))
        ));
    }
    for (_, class, figure) in SERIES {
        let values = join(c.iter().map(|p| px(figure(p)).to_string()), ' ');
        out.push_str(&format!(
            "<polyline class=\"series {class}\" points=\"{}\" data-values=\"{values}\"></polyline>",
            points(c, scale, figure)
        ));
    }
    if let Some(p) = c.get(index) {
        let x = px(scale.x(p.paid_hours_week));
        out.push_str(&format!(
            "<g class=\"cursor\"><line x1=\"{x}\" x2=\"{x}\" y1=\"{top}\" y2=\"{bottom}\"></line>\
             <circle cx=\"{x}\" cy=\"{}\" r=\"5\"></circle><circle cx=\"{x}\" cy=\"{}\" r=\"5\"></circle></g>",
            px(scale.y(p.income.total)),
            px(scale.y(p.net.net))
        ));
    }
    out.push_str("</svg>");
    out
}
