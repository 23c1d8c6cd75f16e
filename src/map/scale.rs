//! Quantised colour bins for one metric, computed once from the data and shared by the map,
//! the legend and the table so they can never disagree.

/// Classes in the colour-blind-safe sequential palette (`--qe-c0` … `--qe-c4` in tokens.css).
pub const PALETTE_SIZE: usize = 5;

#[derive(Clone, Debug, PartialEq)]
pub struct Bin {
    /// Inclusive lower bound.
    pub lo: f64,
    /// Exclusive upper bound, except for the last bin, which includes it.
    pub hi: f64,
    /// Palette class, 0 (lightest) to `PALETTE_SIZE - 1`.
    pub colour: usize,
    /// How many units fall in this bin.
    pub count: usize,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Scale {
    pub bins: Vec<Bin>,
}

/// The smallest "nice" number (1, 2, 2.5 or 5 times a power of ten) at or above `x`.
pub fn nice_ceil(x: f64) -> f64 {
    if !(x.is_finite() && x > 0.0) {
        return 1.0;
    }
    let p = 10f64.powf(x.log10().floor());
    [1.0, 2.0, 2.5, 5.0, 10.0]
        .into_iter()
        .map(|m| m * p)
        .find(|&n| n >= x * (1.0 - 1e-12))
        .unwrap_or(10.0 * p)
}

impl Scale {
    /// Equal-width bins with nice bounds from zero to the largest value: as many bins as there
    /// are distinct values, at most `PALETTE_SIZE`. Empty input gives no bins.
    pub fn from_values(values: &[f64]) -> Scale {
        let values: Vec<f64> = values
            .iter()
            .copied()
            .filter(|v| v.is_finite() && *v >= 0.0)
            .collect();
        let Some(max) = values.iter().copied().reduce(f64::max) else {
            return Scale { bins: Vec::new() };
        };
        let mut distinct = values.clone();
        distinct.sort_by(f64::total_cmp);
        distinct.dedup();
        let target = distinct.len().clamp(1, PALETTE_SIZE);
        let step = nice_ceil(max / target as f64);
        let n = ((max / step).ceil() as usize).clamp(1, PALETTE_SIZE);
        let bins: Vec<Bin> = (0..n)
            .map(|i| Bin {
                lo: i as f64 * step,
                hi: (i + 1) as f64 * step,
                colour: palette_class(i, n),
                count: 0,
            })
            .collect();
        let mut scale = Scale { bins };
        for v in values {
            if let Some(i) = scale.classify(v) {
                scale.bins[i].count += 1;
            }
        }
        scale
    }

    /// The bin a value falls in; `None` only when there are no bins or the value is invalid.
    pub fn classify(&self, v: f64) -> Option<usize> {
        if self.bins.is_empty() || !v.is_finite() || v < 0.0 {
            return None;
        }
        let last = self.bins.len() - 1;
        Some(
            self.bins
                .iter()
                .position(|b| v < b.hi)
                .unwrap_or(last)
                .min(last),
        )
    }

    pub fn colour_of(&self, v: f64) -> Option<usize> {
        self.classify(v).map(|i| self.bins[i].colour)
    }
}

/// Spreads `n` bins over the palette so few bins still contrast strongly.
fn palette_class(i: usize, n: usize) -> usize {
    if n <= 1 {
        return PALETTE_SIZE / 2 + 1;
    }
    let top = (PALETTE_SIZE - 1) as f64;
    (i as f64 * top / (n - 1) as f64).round() as usize
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nice_numbers() {
        assert_eq!(nice_ceil(91.4), 100.0);
        assert_eq!(nice_ceil(100.0), 100.0);
        assert_eq!(nice_ceil(101.0), 200.0);
        assert_eq!(nice_ceil(2.2), 2.5);
        assert_eq!(nice_ceil(0.3), 0.5);
        assert_eq!(nice_ceil(0.0), 1.0);
        assert_eq!(nice_ceil(f64::NAN), 1.0);
    }

    #[test]
    fn members_bins_from_the_pack_figures() {
        // Shymkent 150, Pavlodar 130+, Turkestan 457, Aktobe 406, Astana about 200.
        let s = Scale::from_values(&[150.0, 130.0, 457.0, 406.0, 200.0]);
        let bounds: Vec<(f64, f64)> = s.bins.iter().map(|b| (b.lo, b.hi)).collect();
        assert_eq!(
            bounds,
            vec![
                (0.0, 100.0),
                (100.0, 200.0),
                (200.0, 300.0),
                (300.0, 400.0),
                (400.0, 500.0)
            ]
        );
        let counts: Vec<usize> = s.bins.iter().map(|b| b.count).collect();
        assert_eq!(counts, vec![0, 2, 1, 0, 2]);
        assert_eq!(
            s.classify(200.0),
            Some(2),
            "a bound belongs to the upper bin"
        );
        assert_eq!(
            s.classify(500.0),
            Some(4),
            "the maximum stays in the last bin"
        );
        assert_eq!(s.classify(9999.0), Some(4));
    }

    #[test]
    fn one_value_gives_one_mid_palette_bin() {
        let s = Scale::from_values(&[6.0]);
        assert_eq!(s.bins.len(), 1);
        assert_eq!(s.bins[0].count, 1);
        assert_eq!(s.colour_of(6.0), Some(3));
    }

    #[test]
    fn no_values_no_bins() {
        let s = Scale::from_values(&[]);
        assert!(s.bins.is_empty());
        assert_eq!(s.classify(5.0), None);
        let s = Scale::from_values(&[f64::NAN, -1.0]);
        assert!(s.bins.is_empty());
    }

    #[test]
    fn all_zero_is_one_bin_not_a_crash() {
        let s = Scale::from_values(&[0.0, 0.0]);
        assert_eq!(s.bins.len(), 1);
        assert_eq!(s.classify(0.0), Some(0));
    }

    #[test]
    fn colours_span_the_palette() {
        let s = Scale::from_values(&[1.0, 2.0, 3.0]);
        let c: Vec<usize> = s.bins.iter().map(|b| b.colour).collect();
        assert_eq!(c.first(), Some(&0));
        assert_eq!(c.last(), Some(&(PALETTE_SIZE - 1)));
    }
}

// Property tests run natively (proptest is a native dev-dependency).
#[cfg(all(test, not(target_arch = "wasm32")))]
mod props {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn every_value_lands_in_a_bin_that_contains_it(
            values in proptest::collection::vec(0.0f64..1e9, 1..40)
        ) {
            let s = Scale::from_values(&values);
            prop_assert!(!s.bins.is_empty() && s.bins.len() <= PALETTE_SIZE);
            prop_assert_eq!(s.bins.iter().map(|b| b.count).sum::<usize>(), values.len());
            for w in s.bins.windows(2) {
                prop_assert!(w[0].hi == w[1].lo && w[0].colour < w[1].colour);
            }
            for v in values {
                let b = &s.bins[s.classify(v).unwrap()];
                prop_assert!(b.lo <= v && v <= b.hi);
            }
        }
    }
}
