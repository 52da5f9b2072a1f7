//! The share link: the fragment's alphabet, what a link leaves out, links
//! from before schema 4, and base64url itself.

use fleksjob_beregner::core::agreement::io::{base64url, from_fragment, to_fragment, to_json, FORMAT};
use fleksjob_beregner::core::agreement::Agreement;
use serde_json::{json, Value};

use crate::common::d;
use crate::full;

#[test]
fn fragment_round_trip_uses_only_url_safe_characters() {
    let a = full();
    let fragment = to_fragment(&a);
    assert!(fragment.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'));
    assert_eq!(from_fragment(&fragment), Ok(a.clone()));
    assert_eq!(from_fragment(&format!("#{fragment}")), Ok(a));
}

fn link_json(a: &Agreement) -> Value {
    let bytes = base64url::decode(&to_fragment(a)).expect("base64url");
    serde_json::from_slice(&bytes).expect("json")
}

#[test]
fn a_link_leaves_out_what_the_reader_fills_back_in() {
    // A new agreement with the standard plan: dates, hours and the plan's name.
    let fresh = Agreement::new(d(2026, 3, 2));
    assert_eq!(
        link_json(&fresh),
        json!({"format": FORMAT, "schema": 5, "date": "2026-03-02", "parties": {},
               "today": {"hours": {"attended": 0.0, "effective": 0.0, "paid": 0.0}, "accommodations": []},
               "steps": [], "support": {"mentor": {}, "aids": {}, "personal_assistance": {}},
               "fleksjob_start": "2026-03-02", "follow_ups": "standard"})
    );
    assert_eq!(from_fragment(&to_fragment(&fresh)), Ok(fresh));
    // What differs from a new agreement is kept; an edited plan is kept whole.
    let a = full();
    let link = link_json(&a);
    assert_eq!(link["first_fleksjob"], json!(false));
    assert_eq!(
        link["steps"][1],
        json!({"start": "2026-04-13", "duration_weeks": 13,
        "hours": {"attended": 12.25, "effective": 5.0, "paid": 4.0}, "trial": false, "placement": true})
    );
    assert_eq!(link["follow_ups"].as_array().map(Vec::len), Some(a.follow_ups.len()));
    // Smaller than the whole file: base64 of the compact JSON would be longer.
    let compact = serde_json::to_string(&serde_json::from_str::<Value>(&to_json(&a)).unwrap()).unwrap().len();
    assert!(to_fragment(&a).len() * 100 < (compact * 4).div_ceil(3) * 85, "at least 15 % shorter");
}

#[test]
fn a_link_from_before_schema_4_carries_every_field_and_still_opens() {
    let a = full();
    let mut value: Value = serde_json::from_str(&to_json(&a)).expect("json");
    value["schema"] = json!(3);
    let old = base64url::encode(value.to_string().as_bytes());
    assert_eq!(from_fragment(&old), Ok(a));
}

#[test]
fn base64url_matches_rfc_4648() {
    for (plain, encoded) in [
        ("", ""),
        ("f", "Zg"),
        ("fo", "Zm8"),
        ("foo", "Zm9v"),
        ("foob", "Zm9vYg"),
        ("fooba", "Zm9vYmE"),
        ("foobar", "Zm9vYmFy"),
    ] {
        assert_eq!(base64url::encode(plain.as_bytes()), encoded);
        assert_eq!(base64url::decode(encoded), Some(plain.as_bytes().to_vec()));
    }
    // The URL-safe alphabet: "+/" in standard base64.
    assert_eq!(base64url::encode(&[0xfb, 0xff, 0xbf]), "-_-_");
    assert_eq!(base64url::decode("-_-_"), Some(vec![0xfb, 0xff, 0xbf]));
    // Padding, the standard alphabet and stray bits are not ours.
    for bad in ["Zg==", "+/+/", "Zh", "Zm9", "Z", "Zm9vY", "Zm 9v"] {
        assert_eq!(base64url::decode(bad), None, "{bad}");
    }
}
