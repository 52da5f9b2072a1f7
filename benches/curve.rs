//! Benchmark: the whole income curve (75 points, subsidy + tax each) and one
//! form evaluation, as the screen does on every keystroke. Run with
//! `cargo bench --bench curve`; prints the median of many runs.

use std::hint::black_box;
use std::time::Instant;

use fleksjob_beregner::core::form::CalculatorForm;
use fleksjob_beregner::url_state::decode;

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
    let form = CalculatorForm::from_pairs(2026, pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())));
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
    println!("bench curve (75 points):            {:>8.1} µs median", curve / 1e3);
    println!("bench threshold + ceiling hours:     {:>8.1} µs median", marks / 1e3);
    println!("bench form -> today, gain, target:   {:>8.1} µs median", evaluate / 1e3);
}
