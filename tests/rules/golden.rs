//! Files and links written by earlier versions open, and are written again
//! byte for byte: `tests/golden` holds four files and their share links.

use fleksjob_beregner::core::agreement::io::{base64url, from_fragment, from_json, to_fragment, to_json};
use fleksjob_beregner::core::agreement::{Agreement, EventKind, Month, MonthEvent};
use serde_json::Value;

use crate::common::{aarhus_basis, d, hours};

#[test]
fn files_and_links_are_as_earlier_versions_wrote_them() {
    // Each golden file reads back to an agreement that is written again
    // byte for byte; its link too.
    for name in ["full", "odd", "fresh", "empty_lists"] {
        let json = std::fs::read_to_string(format!("tests/golden/{name}.json")).expect("golden file");
        let link = std::fs::read_to_string(format!("tests/golden/{name}.link")).expect("golden link");
        serde_json::from_str::<Value>(&json).expect("golden file is JSON");
        let link_text = String::from_utf8(base64url::decode(&link).expect("base64url")).expect("utf-8");
        serde_json::from_str::<Value>(&link_text).expect("golden link is JSON");
        if let Ok(a) = from_json(&json) {
            assert_eq!(to_json(&a), json, "{name}: file written again");
            assert_eq!(to_fragment(&a), link, "{name}: link written again");
            assert_eq!(from_fragment(&link), Ok(a));
        } else {
            // Values no agreement may have: NaN and 1e21 hours, a basis
            // without its figures.
            assert!(matches!(name, "odd" | "empty_lists"), "{name}");
        }
    }
}

#[test]
fn events_and_months_are_written_by_their_keys() {
    let mut a = Agreement::new(d(2026, 3, 2));
    a.today.hours = hours(10.0, 4.0, 3.5);
    a.basis = Some(aarhus_basis(2025, 15.0));
    a.events =
        vec![MonthEvent { month: Month { year: 2026, month: 4 }, kind: EventKind::SickWithoutWage, amount: 2.0 }];
    let json = to_json(&a);
    assert!(json.contains(
        "{\n      \"month\": \"2026-04\",\n      \"kind\": \"sick_without_wage\",\n      \"amount\": 2.0\n    }"
    ));
    assert_eq!(from_json(&json), Ok(a));
}
