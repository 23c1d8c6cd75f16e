//! Arrow-key movement between map units: to the neighbour that lies best in the pressed
//! direction, as accessible choropleths do it.

use crate::content::GeoUnit;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dir {
    Up,
    Down,
    Left,
    Right,
}

impl Dir {
    pub fn from_key(key: &str) -> Option<Dir> {
        match key {
            "ArrowUp" | "Up" => Some(Dir::Up),
            "ArrowDown" | "Down" => Some(Dir::Down),
            "ArrowLeft" | "Left" => Some(Dir::Left),
            "ArrowRight" | "Right" => Some(Dir::Right),
            _ => None,
        }
    }

    /// Unit vector in screen coordinates (y grows downwards).
    fn vector(self) -> (f64, f64) {
        match self {
            Dir::Up => (0.0, -1.0),
            Dir::Down => (0.0, 1.0),
            Dir::Left => (-1.0, 0.0),
            Dir::Right => (1.0, 0.0),
        }
    }
}

/// Home and End: the first and the last unit in reading order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum End {
    First,
    Last,
}

impl End {
    pub fn from_key(key: &str) -> Option<End> {
        match key {
            "Home" => Some(End::First),
            "End" => Some(End::Last),
            _ => None,
        }
    }
}

/// Rows of the map read top to bottom, each left to right, as a page is read: label points
/// are grouped into `ROWS` bands of the map's height.
const ROWS: f64 = 3.0;

/// The units in reading order.
pub fn reading_order(units: &[GeoUnit], height: f64) -> Vec<&GeoUnit> {
    let band = |u: &GeoUnit| {
        ((u.label[1] / height.max(1e-9)) * ROWS)
            .floor()
            .clamp(0.0, ROWS - 1.0)
    };
    let mut v: Vec<&GeoUnit> = units.iter().collect();
    v.sort_by(|a, b| {
        band(a)
            .total_cmp(&band(b))
            .then(a.label[0].total_cmp(&b.label[0]))
    });
    v
}

/// The unit Home or End moves to.
pub fn end(units: &[GeoUnit], height: f64, which: End) -> Option<&GeoUnit> {
    let order = reading_order(units, height);
    match which {
        End::First => order.first().copied(),
        End::Last => order.last().copied(),
    }
}

/// Widest angle off the pressed direction a target may lie at (cosine of 70°).
const MIN_COS: f64 = 0.34;

/// The unit to move to from `from` in `dir`: the best-placed bordering unit, or, where none
/// borders in that direction, the best-placed unit anywhere. `None` at the edge of the map.
pub fn step<'a>(units: &'a [GeoUnit], from: &str, dir: Dir) -> Option<&'a GeoUnit> {
    let here = units.iter().find(|u| u.id == from)?;
    let best = |candidates: &mut dyn Iterator<Item = &'a GeoUnit>| {
        candidates
            .filter(|u| u.id != here.id)
            .filter_map(|u| score(here.label, u.label, dir).map(|s| (s, u)))
            .min_by(|a, b| a.0.total_cmp(&b.0))
            .map(|(_, u)| u)
    };
    best(&mut units.iter().filter(|u| here.neighbours.contains(&u.id)))
        .or_else(|| best(&mut units.iter()))
}

/// Lower is better: distance, stretched the further the target lies off the direction.
fn score(from: [f64; 2], to: [f64; 2], dir: Dir) -> Option<f64> {
    let (dx, dy) = (to[0] - from[0], to[1] - from[1]);
    let dist = dx.hypot(dy);
    if dist < 1e-9 {
        return None;
    }
    let (vx, vy) = dir.vector();
    let cos = (dx * vx + dy * vy) / dist;
    (cos >= MIN_COS).then(|| dist * (2.0 - cos).powi(2))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::{Localized, UnitKind};

    fn unit(id: &str, x: f64, y: f64, neighbours: &[&str]) -> GeoUnit {
        GeoUnit {
            id: id.into(),
            kind: UnitKind::Region,
            names: Localized::default(),
            label: [x, y],
            neighbours: neighbours.iter().map(|s| s.to_string()).collect(),
            d: Default::default(),
        }
    }

    /// A 3x3 grid: each cell borders its four orthogonal cells.
    fn grid() -> Vec<GeoUnit> {
        let mut v = Vec::new();
        for r in 0..3 {
            for c in 0..3 {
                let id = format!("{r}{c}");
                let mut n = Vec::new();
                if r > 0 {
                    n.push(format!("{}{c}", r - 1));
                }
                if r < 2 {
                    n.push(format!("{}{c}", r + 1));
                }
                if c > 0 {
                    n.push(format!("{r}{}", c - 1));
                }
                if c < 2 {
                    n.push(format!("{r}{}", c + 1));
                }
                let n: Vec<&str> = n.iter().map(String::as_str).collect();
                v.push(unit(&id, c as f64 * 10.0, r as f64 * 10.0, &n));
            }
        }
        v
    }

    #[test]
    fn moves_to_the_neighbour_in_each_direction() {
        let g = grid();
        assert_eq!(step(&g, "11", Dir::Up).unwrap().id, "01");
        assert_eq!(step(&g, "11", Dir::Down).unwrap().id, "21");
        assert_eq!(step(&g, "11", Dir::Left).unwrap().id, "10");
        assert_eq!(step(&g, "11", Dir::Right).unwrap().id, "12");
    }

    #[test]
    fn stops_at_the_edge() {
        let g = grid();
        assert!(step(&g, "00", Dir::Up).is_none());
        assert!(step(&g, "00", Dir::Left).is_none());
        assert!(step(&g, "22", Dir::Right).is_none());
        assert!(step(&g, "nope", Dir::Right).is_none());
    }

    #[test]
    fn falls_back_to_non_neighbours() {
        // An enclave (a city) whose only neighbour surrounds it.
        let units = vec![
            unit("region", 0.0, 0.0, &["city"]),
            unit("city", 1.0, 0.0, &["region"]),
            unit("east", 30.0, 2.0, &[]),
        ];
        assert_eq!(step(&units, "city", Dir::Right).unwrap().id, "east");
        assert_eq!(step(&units, "city", Dir::Left).unwrap().id, "region");
    }

    #[test]
    fn home_and_end_in_reading_order() {
        let g = grid();
        let order: Vec<&str> = reading_order(&g, 30.0)
            .iter()
            .map(|u| u.id.as_str())
            .collect();
        assert_eq!(
            order,
            ["00", "01", "02", "10", "11", "12", "20", "21", "22"]
        );
        assert_eq!(end(&g, 30.0, End::First).unwrap().id, "00");
        assert_eq!(end(&g, 30.0, End::Last).unwrap().id, "22");
        assert!(end(&[], 30.0, End::First).is_none());
        assert_eq!(End::from_key("Home"), Some(End::First));
        assert_eq!(End::from_key("End"), Some(End::Last));
        assert_eq!(End::from_key("PageDown"), None);
    }

    #[test]
    fn the_shipped_map_reads_from_west_kazakhstan_to_almaty() {
        let model = crate::content::Model::embedded().unwrap();
        let (units, h) = (&model.geo.units, model.geo.height);
        assert_eq!(end(units, h, End::First).unwrap().id, "KZ-27");
        assert_eq!(end(units, h, End::Last).unwrap().id, "KZ-75");
    }

    #[test]
    fn arrow_keys_parse() {
        assert_eq!(Dir::from_key("ArrowLeft"), Some(Dir::Left));
        assert_eq!(Dir::from_key("Enter"), None);
    }
}
