//! Benchmark: the whole income curve (75 points, subsidy + tax each), one
//! form evaluation, as the screen does on every keystroke, and a 36-month
//! timeline over a change of year with events, as the editor recomputes it
//! on every edit. Run with `cargo bench --bench curve`; prints the median
//! of many runs.

use std::hint::black_box;
use std::time::Instant;

use chrono::NaiveDate;
use fleksjob_beregner::app::link::{decode, form_from_pairs};
use fleksjob_beregner::core::agreement::timeline::timeline;
use fleksjob_beregner::core::agreement::{Agreement, EventKind, Month, MonthEvent};

fn median_ns(runs: usize, mut f: impl FnMut()) -> f64 {
    let mut times: Vec<f64> = (0..runs)
        .map(|_| {
            let start = Instant::now();
            f();
            start.elapsed().as_nanos() as f64
        })
        .collect();
    times.sort_by(|a, b| a.total_cmp(b));
    times[runs / 2]
}

fn main() {
    let pairs = decode("#year=2026&wage=200&paid=18&attended=20&effective=18&kommune=101&church=1&target=20");
    let form = form_from_pairs(2026, pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())));
    let scenario = form.scenario().expect("valid form");

    let curve = median_ns(2_000, || {
        black_box(black_box(&scenario).curve());
    });
    let marks = median_ns(2_000, || {
        black_box((scenario.threshold_hours(), scenario.ceiling_hours()));
    });
    let evaluate = median_ns(2_000, || {
        let s = black_box(&form).scenario().unwrap();
        black_box((s.at(18.0), s.change(18.0, 19.0), s.change(18.0, 20.0)));
    });
    // 12 -> 15 -> 18 -> 20 hours, the last step 33 months after the first:
    // 36 months from December 2025 to November 2028, three years' rates.
    let date = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).expect("valid date");
    let mut agreement = Agreement::new(date(2025, 1, 6));
    agreement.today.hours.paid = 12.0;
    for (start, paid) in [(date(2026, 1, 1), 15.0), (date(2026, 6, 15), 18.0), (date(2028, 8, 1), 20.0)] {
        agreement.add_step();
        let step = agreement.steps.last_mut().expect("added");
        step.start = start;
        step.hours.paid = paid;
    }
    agreement.events = vec![
        MonthEvent { month: Month { year: 2026, month: 7 }, kind: EventKind::HolidayWithHolidayPay, amount: 15.0 },
        MonthEvent { month: Month { year: 2027, month: 2 }, kind: EventKind::SickWithoutWage, amount: 4.0 },
        MonthEvent { month: Month { year: 2027, month: 12 }, kind: EventKind::Bonus, amount: 5_000.0 },
    ];
    let basis = form.basis().expect("valid form");
    assert_eq!(timeline(&agreement, &basis).len(), 36);
    let months = median_ns(500, || {
        black_box(timeline(black_box(&agreement), black_box(&basis)));
    });
    println!("bench curve (75 points):            {:>8.1} µs median", curve / 1e3);
    println!("bench threshold + ceiling hours:     {:>8.1} µs median", marks / 1e3);
    println!("bench form -> today, gain, target:   {:>8.1} µs median", evaluate / 1e3);
    println!("bench timeline (36 months, events):  {:>8.1} µs median", months / 1e3);
}
