//! City markers in screen pixels, and their touch targets: a 44 px target where it leaves the
//! region around the city mostly free, otherwise no larger than the visible marker, so that a
//! tap on the region beside a city (Turkestan around Shymkent on a phone) opens the region.

use super::bbox::{area, contains, rings};
use crate::content::{Geo, UnitKind};

/// The visible marker's radius, its centre dot and the focus ring, in CSS pixels.
pub const MARKER_PX: f64 = 6.5;
pub const DOT_PX: f64 = 2.0;
pub const RING_PX: f64 = 12.0;
/// Half the 44 px touch target.
pub const TARGET_PX: f64 = 22.0;
/// The most of the surrounding region's area a city's target may cover.
pub const SURROUND_SHARE: f64 = 0.25;

#[derive(Clone, Debug, PartialEq)]
pub struct CityMarker {
    pub id: String,
    pub c: [f64; 2],
    /// Radii in viewBox units.
    pub r: f64,
    pub dot: f64,
    pub ring: f64,
    pub hit: f64,
}

/// The share of `region`'s area a circle covers, by sampling a grid over the circle.
fn covered_share(region: &[Vec<[f64; 2]>], c: [f64; 2], r: f64) -> f64 {
    let total = area(region);
    if total <= 0.0 {
        return 1.0;
    }
    const N: usize = 24;
    let cell = 2.0 * r / N as f64;
    let mut hits = 0usize;
    for i in 0..N {
        for j in 0..N {
            let p = [
                c[0] - r + (i as f64 + 0.5) * cell,
                c[1] - r + (j as f64 + 0.5) * cell,
            ];
            if (p[0] - c[0]).hypot(p[1] - c[1]) <= r && contains(region, p) {
                hits += 1;
            }
        }
    }
    hits as f64 * cell * cell / total
}

/// The markers of the geometry's cities at `scale` viewBox units per CSS pixel.
pub fn city_markers(geo: &Geo, scale: f64) -> Vec<CityMarker> {
    geo.units
        .iter()
        .filter(|u| u.kind == UnitKind::City)
        .map(|u| {
            let r = MARKER_PX * scale;
            let target = TARGET_PX * scale;
            let crowds = u
                .neighbours
                .iter()
                .filter_map(|n| geo.unit(n))
                .filter(|n| n.kind == UnitKind::Region)
                .any(|n| covered_share(&rings(&n.d), u.label, target) > SURROUND_SHARE);
            CityMarker {
                id: u.id.clone(),
                c: u.label,
                r,
                dot: DOT_PX * scale,
                ring: RING_PX * scale,
                // The marker and its outline, and nothing of the region beyond.
                hit: if crowds { r + scale } else { target },
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(px: f64) -> Vec<CityMarker> {
        let geo = Geo::embedded();
        city_markers(&geo, geo.width / px)
    }

    #[test]
    fn desktop_cities_keep_a_44_px_target() {
        for px in [680.0, 730.0, 1000.0] {
            for m in at(px) {
                let scale = 800.0 / px;
                assert!((m.hit / scale - TARGET_PX).abs() < 1e-9, "{} at {px}", m.id);
            }
        }
    }

    #[test]
    fn phone_targets_leave_the_surrounding_region_free() {
        let geo = Geo::embedded();
        for px in [290.0, 350.0] {
            let scale = geo.width / px;
            for m in at(px) {
                assert!(m.hit < TARGET_PX * scale, "{} at {px}", m.id);
                assert!(m.hit >= m.r, "the visible marker stays a target");
                assert!(
                    m.hit <= m.r + scale * 1.01,
                    "no more than the marker and its outline"
                );
            }
        }
    }

    #[test]
    fn shares_of_a_square() {
        let sq = rings("M0 0l100 0 0 100-100 0z");
        let s = covered_share(&sq, [50.0, 50.0], 10.0);
        assert!(
            (s - std::f64::consts::PI * 100.0 / 10000.0).abs() < 0.003,
            "{s}"
        );
        assert!((covered_share(&sq, [0.0, 0.0], 10.0) - s / 4.0).abs() < 0.003);
    }
}
