//! The domain core: indicators, assessment, islands, routing, locale choice, options and the
//! quick-exit shortcut. Plain Rust with no web dependency, so it runs and is tested natively.

pub mod assessment;
pub mod exit;
pub mod locale;
pub mod model;
pub mod options;
pub mod plural;
pub mod routing;
pub mod session;
pub mod training;

/// Stable insertion sort for the short lists of the domain (a handful of reporting points or
/// scenario items). The standard library's sort is faster on long slices but adds several
/// kilobytes of code to the .wasm for nothing here.
pub fn sort_small_by_key<T, K: Ord>(v: &mut [T], key: impl Fn(&T) -> K) {
    for i in 1..v.len() {
        let mut j = i;
        while j > 0 && key(&v[j - 1]) > key(&v[j]) {
            v.swap(j - 1, j);
            j -= 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::sort_small_by_key;

    #[test]
    fn sort_small_is_stable_and_sorted() {
        let cases: [&[(u8, char)]; 4] = [
            &[],
            &[(1, 'a')],
            &[(2, 'a'), (1, 'b'), (2, 'c'), (0, 'd'), (1, 'e')],
            &[(3, 'a'), (3, 'b'), (3, 'c')],
        ];
        for case in cases {
            let mut got = case.to_vec();
            sort_small_by_key(&mut got, |p| p.0);
            let mut want = case.to_vec();
            want.sort_by_key(|p| p.0);
            assert_eq!(got, want);
        }
    }
}
