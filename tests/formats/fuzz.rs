//! The decoders' long run: 100,000 generated inputs of each kind, ignored
//! by default (scripts/test.sh runs it with `--profile fuzz`).

use fleksjob_beregner::app::work::{WorkOnScreen, FORMAT as WORK_FORMAT};
use fleksjob_beregner::core::agreement::io::{base64url, from_fragment, from_json, FORMAT};
use proptest::prelude::*;
use serde_json::{json, Value};

use crate::generated::{any_json, mutated_file};

/// The decoders over 100,000 generated inputs of each kind, from a fixed
/// seed so a run can be repeated: random bytes, random JSON dressed as an
/// agreement file, and valid files with one field replaced. Each input goes
/// to `from_json` and, as a link's payload, to `from_fragment`: neither may
/// panic, and only a real agreement file may be accepted.
#[test]
#[ignore = "minutes unoptimised: scripts/test.sh runs it with --profile fuzz"]
fn the_decoders_survive_100_000_inputs_of_each_kind() {
    use proptest::test_runner::{Config, RngAlgorithm, TestRng, TestRunner};
    use std::cell::Cell;

    const CASES: u32 = 100_000;
    fn run<S: Strategy>(name: &str, strategy: S, decode: impl Fn(S::Value) -> Result<(), TestCaseError>) {
        let config = Config { cases: CASES, failure_persistence: None, ..Config::default() };
        let rng = TestRng::from_seed(RngAlgorithm::ChaCha, &[21; 32]);
        let count = Cell::new(0u32);
        let t = std::time::Instant::now();
        TestRunner::new_with_rng(config, rng)
            .run(&strategy, |input| {
                count.set(count.get() + 1);
                decode(input)
            })
            .unwrap_or_else(|e| panic!("{name}: {e}"));
        assert!(count.get() >= CASES, "{name}: {} inputs", count.get());
        eprintln!("{name}: {} inputs decoded in {:.1} s", count.get(), t.elapsed().as_secs_f64());
    }
    let both = |text: &str| {
        let file = from_json(text);
        let _ = from_fragment(&base64url::encode(text.as_bytes()));
        file
    };
    run("random bytes", prop::collection::vec(any::<u8>(), 0..400), |bytes| {
        let text = String::from_utf8_lossy(&bytes);
        let _ = both(&text);
        let _ = from_fragment(&text);
        Ok(())
    });
    run("random JSON as a file", any_json(), |value| {
        let Value::Object(mut map) = value else {
            prop_assert!(both(&value.to_string()).is_err());
            return Ok(());
        };
        map.insert("format".into(), json!(FORMAT));
        for schema in 1..=6 {
            map.insert("schema".into(), json!(schema));
            let _ = both(&Value::Object(map.clone()).to_string());
        }
        Ok(())
    });
    run("a file with one field replaced", mutated_file(), |text| {
        let _ = both(&text);
        Ok(())
    });
    run("random JSON as the tab's work", (any_json(), any_json(), mutated_file()), |(value, other, file)| {
        let Value::Object(mut map) = value else {
            prop_assert!(WorkOnScreen::from_value(value).is_err());
            return Ok(());
        };
        map.insert("format".into(), json!(WORK_FORMAT));
        map.insert("schema".into(), json!(1));
        let _ = WorkOnScreen::from_value(Value::Object(map.clone()));
        map.insert("draft".into(), serde_json::from_str(&file).unwrap_or(other));
        let _ = WorkOnScreen::from_value(Value::Object(map));
        Ok(())
    });
}
