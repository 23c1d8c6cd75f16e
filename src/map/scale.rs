//! Colour bins for one metric, computed once from the figures on screen and shared by the map,
//! the legend and the export so they can never disagree.
//!
//! The rule (stated in the legend note): the figures are grouped by natural breaks (the
//! grouping with the least spread inside each bin), and each edge is the roundest number
//! strictly between two groups, kept clear of any qualified figure ("about 200", "130+") by a
//! margin. So every bin holds at least one unit and no figure, exact or not, sits on an edge.

use crate::content::Qualifier;

/// Classes in the colour-blind-safe sequential palette (`--qe-c0` … `--qe-c4` in tokens.css).
pub const PALETTE_SIZE: usize = 5;

/// How far (as a share of the figure) an edge stays from a figure that is not exact.
const QUALIFIED_MARGIN: f64 = 0.05;

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

/// How many bins `n` units get: few units, few bins (a bin per unit is a ranking, not a map).
fn classes_for(n: usize) -> usize {
    match n {
        0..=8 => 3,
        9..=14 => 4,
        _ => PALETTE_SIZE,
    }
}

/// One distinct value, how many units state it, and whether any states it loosely.
#[derive(Clone, Copy, Debug)]
struct Point {
    v: f64,
    n: usize,
    loose: bool,
}

impl Point {
    fn margin(&self) -> f64 {
        if self.loose {
            self.v * QUALIFIED_MARGIN
        } else {
            0.0
        }
    }
}

/// Natural breaks: splits `pts` (sorted) into `k` runs with the least total weighted squared
/// deviation; returns the index of the first point of every run after the first.
fn natural_breaks(pts: &[Point], k: usize) -> Vec<usize> {
    let m = pts.len();
    // cost[i][j]: spread of pts[i..j].
    let cost = |i: usize, j: usize| -> f64 {
        let (mut w, mut s, mut s2) = (0.0, 0.0, 0.0);
        for p in &pts[i..j] {
            let n = p.n as f64;
            w += n;
            s += n * p.v;
            s2 += n * p.v * p.v;
        }
        s2 - s * s / w
    };
    // best[c][j]: least cost of pts[..j] in c runs, with the start of its last run.
    let mut best = vec![vec![(f64::INFINITY, 0usize); m + 1]; k + 1];
    best[0][0] = (0.0, 0);
    for c in 1..=k {
        for j in c..=m {
            for i in (c - 1)..j {
                let prev = best[c - 1][i].0;
                if prev.is_finite() {
                    let total = prev + cost(i, j);
                    if total < best[c][j].0 - 1e-9 {
                        best[c][j] = (total, i);
                    }
                }
            }
        }
    }
    let mut starts = Vec::with_capacity(k - 1);
    let mut j = m;
    for c in (2..=k).rev() {
        j = best[c][j].1;
        starts.push(j);
    }
    starts.reverse();
    starts
}

/// The roundest number strictly inside `(a, b)` (fewest significant digits; the one nearest
/// the pair's geometric middle among equals).
fn roundest_between(a: f64, b: f64) -> f64 {
    let mid = if a > 0.0 {
        (a * b).sqrt()
    } else {
        (a + b) / 2.0
    };
    let mut p = 10f64.powf(b.abs().max(1e-9).log10().floor());
    for _ in 0..16 {
        let first = (a / p).floor() + 1.0;
        let mut best: Option<f64> = None;
        let mut m = first;
        while times(m, p) < b {
            let c = times(m, p);
            if c > a && best.is_none_or(|x| (c - mid).abs() < (x - mid).abs()) {
                best = Some(c);
            }
            m += 1.0;
        }
        if let Some(c) = best {
            return c;
        }
        p /= 10.0;
    }
    (a + b) / 2.0
}

/// The largest one-significant-digit number below `v` (or zero).
fn round_below(v: f64) -> f64 {
    if v <= 0.0 {
        return 0.0;
    }
    let p = 10f64.powf(v.log10().floor());
    for p in [p, p / 10.0] {
        let d = ((v / p) * (1.0 - 1e-12)).floor();
        if d >= 1.0 {
            return times(d, p);
        }
    }
    0.0
}

/// `m` times the power of ten `p`, exact for fractions too (`6.5`, not `6.500000000000001`).
fn times(m: f64, p: f64) -> f64 {
    if p >= 1.0 {
        m * p
    } else {
        m / (1.0 / p).round()
    }
}

/// The smallest one-significant-digit number above `v`.
fn round_above(v: f64) -> f64 {
    if v <= 0.0 {
        return 1.0;
    }
    let p = 10f64.powf(v.log10().floor());
    times(((v / p) * (1.0 + 1e-12)).floor() + 1.0, p)
}

impl Scale {
    /// Bins for exact figures (see the module's rule).
    pub fn from_values(values: &[f64]) -> Scale {
        let figures: Vec<(f64, Qualifier)> =
            values.iter().map(|&v| (v, Qualifier::Exact)).collect();
        Scale::from_figures(&figures)
    }

    /// Bins for figures with their qualifiers. Empty input gives no bins.
    pub fn from_figures(figures: &[(f64, Qualifier)]) -> Scale {
        let mut sorted: Vec<(f64, bool)> = figures
            .iter()
            .filter(|(v, _)| v.is_finite() && *v >= 0.0)
            .map(|&(v, q)| (v, q != Qualifier::Exact))
            .collect();
        if sorted.is_empty() {
            return Scale { bins: Vec::new() };
        }
        super::sort_small(&mut sorted, |a, b| a.0 < b.0);
        let mut pts: Vec<Point> = Vec::new();
        for (v, loose) in sorted.iter().copied() {
            match pts.last_mut() {
                Some(p) if p.v == v => {
                    p.n += 1;
                    p.loose |= loose;
                }
                _ => pts.push(Point { v, n: 1, loose }),
            }
        }
        let k = pts.len().min(classes_for(sorted.len())).min(PALETTE_SIZE);
        let starts = natural_breaks(&pts, k);
        let mut edges = Vec::with_capacity(k + 1);
        let (first, last) = (pts[0], pts[pts.len() - 1]);
        edges.push(round_below(first.v - first.margin()).min(first.v));
        for &s in &starts {
            let (lo, hi) = (pts[s - 1], pts[s]);
            let (a, b) = (lo.v + lo.margin(), hi.v - hi.margin());
            edges.push(if a < b {
                roundest_between(a, b)
            } else {
                roundest_between(lo.v, hi.v)
            });
        }
        edges.push(round_above(last.v + last.margin()));
        let n = edges.len() - 1;
        let bins: Vec<Bin> = (0..n)
            .map(|i| Bin {
                lo: edges[i],
                hi: edges[i + 1],
                colour: palette_class(i, n),
                count: 0,
            })
            .collect();
        let mut scale = Scale { bins };
        for (v, _) in sorted {
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

/// Spreads `n` bins over the palette so few bins still contrast strongly; fewer than five
/// leave out the palest class, which reads as almost empty next to the hatching.
fn palette_class(i: usize, n: usize) -> usize {
    let top = (PALETTE_SIZE - 1) as f64;
    match n {
        0 | 1 => PALETTE_SIZE / 2 + 1,
        n if n < PALETTE_SIZE => (1.0 + i as f64 * (top - 1.0) / (n - 1) as f64).round() as usize,
        n => (i as f64 * top / (n - 1) as f64).round() as usize,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use Qualifier::*;

    fn bounds(s: &Scale) -> Vec<(f64, f64, usize)> {
        s.bins.iter().map(|b| (b.lo, b.hi, b.count)).collect()
    }

    #[test]
    fn roundest_numbers_between() {
        assert_eq!(roundest_between(150.0, 190.0), 170.0);
        assert_eq!(roundest_between(210.0, 406.0), 300.0);
        assert_eq!(roundest_between(525.0, 855.0), 700.0);
        assert_eq!(roundest_between(1050.0, 1235.0), 1100.0);
        assert_eq!(roundest_between(6.0, 7.0), 6.5);
        assert_eq!(roundest_between(0.0, 0.3), 0.1);
        assert_eq!(round_below(130.0), 100.0);
        assert_eq!(round_below(100.0), 90.0);
        assert_eq!(round_below(0.5), 0.4);
        assert_eq!(round_below(0.0), 0.0);
        assert_eq!(round_above(457.0), 500.0);
        assert_eq!(round_above(500.0), 600.0);
        assert_eq!(round_above(1959.0), 2000.0);
    }

    #[test]
    fn members_bins_from_the_pack_figures() {
        // Shymkent 150, Pavlodar 130+, Turkestan 457, Aktobe 406, Astana about 200.
        let s = Scale::from_figures(&[
            (150.0, Exact),
            (130.0, AtLeast),
            (457.0, Exact),
            (406.0, Exact),
            (200.0, Approx),
        ]);
        assert_eq!(
            bounds(&s),
            vec![(100.0, 170.0, 2), (170.0, 300.0, 1), (300.0, 500.0, 2)]
        );
        assert_eq!(s.classify(200.0), Some(1), "about 200 is well inside a bin");
        assert_eq!(s.classify(9999.0), Some(2));
    }

    #[test]
    fn an_approximate_figure_is_never_on_an_edge() {
        // 200 exact would allow 200 as an edge between 150 and 250; "about 200" does not.
        let exact = Scale::from_values(&[100.0, 150.0, 200.0, 250.0, 300.0, 900.0]);
        let loose = Scale::from_figures(&[
            (100.0, Exact),
            (150.0, Exact),
            (200.0, Approx),
            (250.0, Exact),
            (300.0, Exact),
            (900.0, Exact),
        ]);
        for s in [&exact, &loose] {
            for b in &s.bins {
                assert!(b.lo != 200.0 && b.hi != 200.0, "{:?}", bounds(s));
            }
        }
        for b in &loose.bins {
            let near = (b.hi - 200.0).abs().min((b.lo - 200.0).abs());
            assert!(
                near >= 10.0,
                "an edge within 5% of about 200: {:?}",
                bounds(&loose)
            );
        }
    }

    #[test]
    fn events_and_attendance() {
        let events = Scale::from_figures(&[(1300.0, AtLeast), (1959.0, Exact), (1000.0, Approx)]);
        assert_eq!(
            bounds(&events),
            vec![(900.0, 1100.0, 1), (1100.0, 1600.0, 1), (1600.0, 2000.0, 1)]
        );
        let attendance = Scale::from_figures(&[
            (500.0, Approx),
            (400.0, Approx),
            (500.0, Approx),
            (200.0, Approx),
            (900.0, Approx),
            (200.0, AtLeast),
        ]);
        assert_eq!(
            bounds(&attendance),
            vec![(100.0, 300.0, 2), (300.0, 700.0, 3), (700.0, 1000.0, 1)]
        );
    }

    #[test]
    fn one_value_gives_one_mid_palette_bin() {
        let s = Scale::from_values(&[6.0]);
        assert_eq!(bounds(&s), vec![(5.0, 7.0, 1)]);
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
        assert_eq!(bounds(&s), vec![(0.0, 1.0, 2)]);
        assert_eq!(s.classify(0.0), Some(0));
    }

    #[test]
    fn colours_span_the_palette() {
        let s = Scale::from_values(&[1.0, 2.0, 3.0]);
        let c: Vec<usize> = s.bins.iter().map(|b| b.colour).collect();
        assert_eq!(c, vec![1, 3, PALETTE_SIZE - 1]);
        let v: Vec<f64> = (1..=20).map(f64::from).collect();
        let c: Vec<usize> = Scale::from_values(&v)
            .bins
            .iter()
            .map(|b| b.colour)
            .collect();
        assert_eq!(c, vec![0, 1, 2, 3, 4]);
    }

    #[test]
    fn many_units_get_more_bins_but_never_more_than_the_palette() {
        let v: Vec<f64> = (1..=20).map(|i| (i * i) as f64).collect();
        assert_eq!(Scale::from_values(&v).bins.len(), PALETTE_SIZE);
        assert_eq!(Scale::from_values(&v[..10]).bins.len(), 4);
        assert_eq!(Scale::from_values(&v[..2]).bins.len(), 2);
    }
}

// Property tests run natively (proptest is a native dev-dependency).
#[cfg(all(test, not(target_arch = "wasm32")))]
mod props {
    use super::*;
    use proptest::prelude::*;

    fn qualifier() -> impl Strategy<Value = Qualifier> {
        prop_oneof![
            Just(Qualifier::Exact),
            Just(Qualifier::Approx),
            Just(Qualifier::AtLeast),
            Just(Qualifier::Almost)
        ]
    }

    proptest! {
        #[test]
        fn bins_are_full_contiguous_and_no_figure_sits_on_an_edge(
            figures in proptest::collection::vec(
                (prop_oneof![0.0f64..1e9, (0u32..3000).prop_map(f64::from)], qualifier()),
                1..40,
            )
        ) {
            let s = Scale::from_figures(&figures);
            prop_assert!(!s.bins.is_empty() && s.bins.len() <= PALETTE_SIZE);
            prop_assert_eq!(s.bins.iter().map(|b| b.count).sum::<usize>(), figures.len());
            prop_assert!(s.bins.iter().all(|b| b.count > 0), "an empty bin: {:?}", s);
            for w in s.bins.windows(2) {
                prop_assert!(w[0].hi == w[1].lo && w[0].colour < w[1].colour);
                prop_assert!(w[0].lo < w[0].hi);
            }
            for (v, _) in &figures {
                let b = &s.bins[s.classify(*v).unwrap()];
                prop_assert!(b.lo <= *v && *v <= b.hi);
            }
            // No figure on an edge between two bins.
            for w in s.bins.windows(2) {
                prop_assert!(figures.iter().all(|(v, _)| *v != w[0].hi), "{:?}", s);
            }
        }
    }
}
