//! The progression as a chart, for the screen, the meeting's note and the
//! document's appendix alike: the plan's paid hours and the recorded
//! attended, effective and paid hours at each meeting, over an hours axis
//! with its labels and the meetings' dates, and a legend naming the four.
//! SVG in whole pixels; the progression table beside it is its accessible
//! twin, so the drawing itself is hidden from screen readers. The words come
//! translated and escaped from the document (`document::progression_chart`).

use crate::core::agreement::records::ProgressionRow;

/// The plot's height, the room left of it for the hours, below it for the
/// dates, and above it for the unit.
const PLOT_H: i32 = 80;
const LEFT: i32 = 40;
const BOTTOM: i32 = 24;
const TOP: i32 = 22;
/// At least this wide (a phone's content width), and this much per meeting.
const MIN_W: i32 = 300;
/// A date ("16.03.2026") fits in it.
const STEP_MIN: i32 = 64;

#[derive(Clone, Debug, PartialEq)]
pub struct Chart {
    pub width: i32,
    pub height: i32,
    /// The axis, its labels and the meetings' dates: changes only with the
    /// scale or the dates, so the screen redraws it apart from the marks.
    pub frame: String,
    /// Lines and dots, without text: what typing an hour changes.
    pub marks: String,
    /// Each series' style (`planned`, `attended`, `effective`, `paid`) and
    /// its name in the reader's language.
    pub legend: Vec<(&'static str, String)>,
}

/// The highest hour on the axis and the distance between its labels: a
/// multiple of 5 (of 10 above 40 hours), so there are at least three labels.
/// Whole hours, so a label is written without the float formatter.
fn scale(rows: &[ProgressionRow]) -> (i32, i32) {
    let most = rows.iter().map(|r| r.recorded.attended.max(r.recorded.paid).max(r.planned_paid)).fold(0.0, f64::max);
    let tick = if most > 40.0 { 10 } else { 5 };
    let top = ((most / f64::from(tick)).ceil().max(2.0) as i32) * tick;
    (top, tick)
}

/// The chart's words, in the reader's language and safe in HTML.
pub struct Words {
    /// Above the hours axis: "timer/uge".
    pub unit: String,
    /// Each meeting's date, as `rows`.
    pub dates: Vec<String>,
    /// Each series' style and its name.
    pub legend: Vec<(&'static str, String)>,
}

pub fn chart(rows: &[ProgressionRow], words: Words) -> Chart {
    let n = rows.len().max(1) as i32;
    let step = STEP_MIN.max((MIN_W - LEFT - 8) / n);
    let width = LEFT + step * n + 8;
    let x = |i: usize| LEFT + step * i as i32 + step / 2;
    let (top, tick) = scale(rows);
    let hours = f64::from(top);
    // max and min, not clamp: clamp's panic message brings the float formatter.
    let y = |v: f64| TOP + PLOT_H - (v.max(0.0).min(hours) / hours * f64::from(PLOT_H)).round() as i32;

    let mut frame = String::new();
    for v in (0..=top).step_by(tick as usize) {
        let yv = y(f64::from(v));
        frame.push_str(&format!(
            "<line class=\"grid\" x1=\"{LEFT}\" x2=\"{}\" y1=\"{yv}\" y2=\"{yv}\"></line>\
             <text class=\"hours\" x=\"{}\" y=\"{}\" text-anchor=\"end\">{v}</text>",
            width - 8,
            LEFT - 6,
            yv + 4,
        ));
    }
    frame.push_str(&format!("<text class=\"hours\" x=\"2\" y=\"12\">{}</text>", words.unit));
    let base = TOP + PLOT_H;
    for (i, date) in words.dates.iter().enumerate() {
        frame.push_str(&format!(
            "<text class=\"date\" x=\"{}\" y=\"{}\" text-anchor=\"middle\">{date}</text>",
            x(i),
            base + 16,
        ));
    }

    let line = |class: &str, value: fn(&ProgressionRow) -> f64| {
        let points: Vec<String> = rows.iter().enumerate().map(|(i, r)| format!("{},{}", x(i), y(value(r)))).collect();
        format!("<polyline class=\"{class}\" points=\"{}\"></polyline>", points.join(" "))
    };
    let mut marks = line("planned", |r| r.planned_paid);
    marks.push_str(&line("effective", |r| r.recorded.effective));
    marks.push_str(&line("paid", |r| r.recorded.paid));
    for (i, r) in rows.iter().enumerate() {
        marks.push_str(&format!(
            "<circle class=\"attended\" cx=\"{}\" cy=\"{}\" r=\"4\"></circle>",
            x(i),
            y(r.recorded.attended)
        ));
    }
    Chart { width, height: TOP + PLOT_H + BOTTOM, frame, marks, legend: words.legend }
}

impl Chart {
    /// The drawing, hidden from screen readers (the table says the same).
    pub fn svg(&self) -> String {
        format!(
            "<svg class=\"progression-svg\" viewBox=\"0 0 {w} {h}\" width=\"{w}\" height=\"{h}\" aria-hidden=\"true\" \
             focusable=\"false\"><g>{}</g><g>{}</g></svg>",
            self.frame,
            self.marks,
            w = self.width,
            h = self.height
        )
    }

    /// The legend: a key for each series and its name.
    pub fn legend_html(&self) -> String {
        let items: String = self
            .legend
            .iter()
            .map(|(class, name)| format!("<li><span class=\"key {class}\" aria-hidden=\"true\"></span>{name}</li>"))
            .collect();
        format!("<ul class=\"chart-legend\">{items}</ul>")
    }
}
