//! Pole of inaccessibility (the interior point farthest from the outline), after
//! Mapbox's polylabel: best-first search over square cells, pruning cells that
//! cannot beat the current best by more than `precision`. Used rather than a
//! centroid because centroids of concave regions (Akmola around Astana,
//! Almaty region's arc) can fall outside or on a border.

use std::cmp::Ordering;
use std::collections::BinaryHeap;

pub type P = (f64, f64);

#[derive(Clone, Copy)]
struct Cell {
    x: f64,
    y: f64,
    half: f64,
    /// Signed distance from the centre to the outline (positive inside).
    dist: f64,
    /// Upper bound of `dist` anywhere in the cell.
    max: f64,
}

impl Cell {
    fn new(x: f64, y: f64, half: f64, rings: &[Vec<P>]) -> Cell {
        let dist = signed_distance((x, y), rings);
        Cell {
            x,
            y,
            half,
            dist,
            max: dist + half * std::f64::consts::SQRT_2,
        }
    }
}

// Max-heap on the bound, so the most promising cell is refined first.
impl Ord for Cell {
    fn cmp(&self, other: &Self) -> Ordering {
        self.max.total_cmp(&other.max)
    }
}
impl PartialOrd for Cell {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}
impl PartialEq for Cell {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}
impl Eq for Cell {}

/// `rings[0]` is the outer ring, the rest are holes (even-odd).
pub fn polylabel(rings: &[Vec<P>], precision: f64) -> P {
    let outer = &rings[0];
    let (mut x0, mut y0, mut x1, mut y1) = (f64::MAX, f64::MAX, f64::MIN, f64::MIN);
    for &(x, y) in outer {
        (x0, y0, x1, y1) = (x0.min(x), y0.min(y), x1.max(x), y1.max(y));
    }
    let (cx, cy) = centroid(outer);
    let mut best = Cell::new(cx, cy, 0.0, rings);
    let bbox_centre = Cell::new((x0 + x1) / 2.0, (y0 + y1) / 2.0, 0.0, rings);
    if bbox_centre.dist > best.dist {
        best = bbox_centre;
    }
    let size = (x1 - x0).min(y1 - y0);
    if size <= 0.0 {
        return (best.x, best.y);
    }
    let mut heap = BinaryHeap::new();
    let mut x = x0;
    while x < x1 {
        let mut y = y0;
        while y < y1 {
            heap.push(Cell::new(x + size / 2.0, y + size / 2.0, size / 2.0, rings));
            y += size;
        }
        x += size;
    }
    while let Some(cell) = heap.pop() {
        if cell.dist > best.dist {
            best = cell;
        }
        if cell.max - best.dist <= precision {
            continue;
        }
        let h = cell.half / 2.0;
        for (dx, dy) in [(-h, -h), (h, -h), (-h, h), (h, h)] {
            heap.push(Cell::new(cell.x + dx, cell.y + dy, h, rings));
        }
    }
    (best.x, best.y)
}

fn centroid(ring: &[P]) -> P {
    let (mut a, mut cx, mut cy) = (0.0, 0.0, 0.0);
    for (i, &(x0, y0)) in ring.iter().enumerate() {
        let (x1, y1) = ring[(i + 1) % ring.len()];
        let f = x0 * y1 - x1 * y0;
        (a, cx, cy) = (a + f, cx + (x0 + x1) * f, cy + (y0 + y1) * f);
    }
    (cx / (3.0 * a), cy / (3.0 * a))
}

/// Even-odd point-in-polygon over all rings, combined with the distance to the nearest edge.
fn signed_distance((px, py): P, rings: &[Vec<P>]) -> f64 {
    let mut inside = false;
    let mut d2 = f64::INFINITY;
    for ring in rings {
        for (i, &(ax, ay)) in ring.iter().enumerate() {
            let (bx, by) = ring[(i + 1) % ring.len()];
            if (ay > py) != (by > py) && px < (bx - ax) * (py - ay) / (by - ay) + ax {
                inside = !inside;
            }
            let (dx, dy) = (bx - ax, by - ay);
            let len2 = dx * dx + dy * dy;
            let t = if len2 > 0.0 {
                (((px - ax) * dx + (py - ay) * dy) / len2).clamp(0.0, 1.0)
            } else {
                0.0
            };
            let (ex, ey) = (ax + t * dx - px, ay + t * dy - py);
            d2 = d2.min(ex * ex + ey * ey);
        }
    }
    if inside {
        d2.sqrt()
    } else {
        -d2.sqrt()
    }
}
