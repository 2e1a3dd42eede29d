//! One small sort for the whole crate.
//!
//! std's sorts are fast but large: each element type and comparison the
//! crate sorts by got its own copy of quicksort, heapsort and the small-sort
//! networks, 3–8 KB of wasm each, 79 KB of the module's code for eleven
//! call sites. Heapsort is a few hundred bytes per use, sorts in place
//! without allocating, and is O(n log n) in the worst case, which clusters
//! of overlapping candidates in adversarial texts need; a list already in
//! order costs one pass. It is not stable: every caller sorts by a total
//! order (ties only between equal elements), so the result is the one a
//! stable sort gives.

use std::cmp::Ordering;

/// Sorts `items` in place by `compare`.
pub(crate) fn sort_by<T>(items: &mut [T], mut compare: impl FnMut(&T, &T) -> Ordering) {
    // Most lists arrive sorted or nearly (spans found in order): one pass
    // settles them, where heapsort would take its full n log n.
    if items.is_sorted_by(|a, b| compare(a, b) != Ordering::Greater) {
        return;
    }
    let mut less = |a: usize, b: usize, items: &[T]| match (items.get(a), items.get(b)) {
        (Some(a), Some(b)) => compare(a, b) == Ordering::Less,
        _ => false,
    };
    let len = items.len();
    // Build a max-heap, then move its top behind the shrinking heap.
    for root in (0..len / 2).rev() {
        sift_down(items, root, len, &mut less);
    }
    for end in (1..len).rev() {
        items.swap(0, end);
        sift_down(items, 0, end, &mut less);
    }
}

/// Sorts `items` in place in ascending order.
pub(crate) fn sort<T: Ord>(items: &mut [T]) {
    sort_by(items, T::cmp);
}

/// Moves `items[root]` down the heap `items[..end]` to where it belongs.
fn sift_down<T>(
    items: &mut [T],
    mut root: usize,
    end: usize,
    less: &mut impl FnMut(usize, usize, &[T]) -> bool,
) {
    loop {
        let mut child = 2 * root + 1;
        if child >= end {
            return;
        }
        if child + 1 < end && less(child, child + 1, items) {
            child += 1;
        }
        if !less(root, child, items) {
            return;
        }
        items.swap(root, child);
        root = child;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_like_std() {
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        for len in (0..70).chain([255, 256, 1000, 4097]) {
            let mut items: Vec<(u8, u32)> = (0..len)
                .map(|index| {
                    seed ^= seed << 13;
                    seed ^= seed >> 7;
                    seed ^= seed << 17;
                    ((seed % 7) as u8, index)
                })
                .collect();
            let mut expected = items.clone();
            expected.sort();
            sort(&mut items);
            assert_eq!(items, expected, "length {len}");
            // Descending by the first field only: ties keep no order, but
            // the keys come out right.
            sort_by(&mut items, |a, b| b.0.cmp(&a.0));
            assert!(items.windows(2).all(|pair| pair[0].0 >= pair[1].0));
        }
        let mut sorted: Vec<u32> = (0..500).collect();
        sort(&mut sorted);
        assert!(sorted.windows(2).all(|pair| pair[0] < pair[1]));
        let mut reversed: Vec<u32> = (0..500).rev().collect();
        sort(&mut reversed);
        assert_eq!(reversed, sorted);
    }
}
