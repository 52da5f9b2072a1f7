//! The small insertion sort the rules use instead of the standard library's.

use fleksjob_beregner::core::text::sort::sort_by;
use proptest::prelude::*;

proptest! {
    /// The same order as the standard library's stable sort, equal keys in
    /// their original order.
    #[test]
    fn sorts_as_the_standard_library_does(items in proptest::collection::vec((0u8..8, any::<u16>()), 0..150)) {
        let mut ours = items.clone();
        sort_by(&mut ours, |a, b| a.0 < b.0);
        let mut theirs = items;
        theirs.sort_by_key(|item| item.0);
        prop_assert_eq!(ours, theirs);
    }
}

#[test]
fn newest_first_and_nothing_to_sort() {
    let mut ids = vec!["2026-11-01T080000", "2026-11-23T101502", "2026-11-23T101502-2"];
    sort_by(&mut ids, |a, b| a > b);
    assert_eq!(ids, ["2026-11-23T101502-2", "2026-11-23T101502", "2026-11-01T080000"]);
    let mut none: Vec<u8> = Vec::new();
    sort_by(&mut none, |a, b| a < b);
    assert!(none.is_empty());
}
