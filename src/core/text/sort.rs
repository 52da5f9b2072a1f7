//! Sorting the few items the rules sort (a handful of zone borders, steps,
//! follow-ups, at most 120 months) by insertion: the standard library's
//! sorts cost about 2 KB of gzipped wasm each (docs/performance.md).

/// Sort `items` so that each comes after every item that `precedes` it;
/// items where neither precedes the other keep their order (stable).
pub fn sort_by<T>(items: &mut [T], precedes: impl Fn(&T, &T) -> bool) {
    for i in 1..items.len() {
        let mut j = i;
        while j > 0 && precedes(&items[j], &items[j - 1]) {
            items.swap(j - 1, j);
            j -= 1;
        }
    }
}
