//! Builds `content/regions.geo.json`, the region map the widget draws, from the
//! shared geokz TopoJSON (Kazakhstan ADM1, 2024 layout, 20 units).
//!
//! TopoJSON is the input because each shared border is stored once as an arc:
//! both neighbours are built from the same projected and rounded vertices, so
//! their outlines match exactly, and adjacency is simply "uses the same arc".

mod names;
mod polylabel;

use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

const WIDTH: u32 = 800;
const PADDING: f64 = 8.0;

const ATTRIBUTION: &str = concat!(
    r#"{"text":"Administrative boundaries: geokz (A. Rodionov), CC BY 4.0, based on OCHA/HDX COD-AB Kazakhstan "#,
    r#"(UNHCR; partly © OpenStreetMap contributors). Simplified and re-projected.","#,
    r#""license":"CC BY 4.0","license_url":"https://creativecommons.org/licenses/by/4.0/","#,
    r#""source_url":"https://github.com/arodionoff/geokz"}"#
);
const PROJECTION: &str = "Albers equal-area, standard parallels 45°N and 51°N, centred 48°N 67°E";

/// The repository root, fixed at compile time so the defaults work from any working directory.
fn repo_root() -> PathBuf {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    manifest
        .ancestors()
        .nth(2)
        .unwrap_or(manifest)
        .to_path_buf()
}

/// `../shared/data/geo/kz_adm1_2024_simplified.topojson`, relative to the repository root.
pub fn default_input() -> PathBuf {
    repo_root().join("../shared/data/geo/kz_adm1_2024_simplified.topojson")
}

/// `content/regions.geo.json`, relative to the repository root.
pub fn default_output() -> PathBuf {
    repo_root().join("content/regions.geo.json")
}

#[derive(Deserialize)]
struct Topology {
    arcs: Vec<Vec<[i64; 2]>>,
    transform: Transform,
    objects: BTreeMap<String, Collection>,
}

#[derive(Deserialize)]
struct Transform {
    scale: [f64; 2],
    translate: [f64; 2],
}

#[derive(Deserialize)]
struct Collection {
    geometries: Vec<Geometry>,
}

#[derive(Deserialize)]
#[serde(tag = "type")]
enum Geometry {
    Polygon {
        arcs: Vec<Vec<i64>>,
        properties: Properties,
    },
    MultiPolygon {
        arcs: Vec<Vec<Vec<i64>>>,
        properties: Properties,
    },
}

#[derive(Deserialize)]
struct Properties {
    id: String,
    #[serde(rename = "type")]
    kind: String,
    name_en: String,
}

/// Integer tenths of a pixel: the output precision, kept exact so that shared
/// vertices compare equal and relative moves add up without drift.
type Pt = (i64, i64);

/// Albers equal-area conic on the WGS84 ellipsoid (not the spherical variant), as in
/// `+proj=aea +lat_1=45 +lat_2=51 +lat_0=48 +lon_0=67 +datum=WGS84` used for the
/// reference SVG in shared/. Formulas: Snyder, Map Projections – A Working Manual,
/// eqs. 3-12, 14-12, 14-13, 14-14, 14-1, 14-2. Units are semi-major axes; the fit rescales.
struct Albers {
    n: f64,
    c: f64,
    rho0: f64,
    lon0: f64,
}

const FLATTENING: f64 = 1.0 / 298.257_223_563;
const E2: f64 = FLATTENING * (2.0 - FLATTENING);

fn albers_q(lat: f64) -> f64 {
    let e = E2.sqrt();
    let s = lat.to_radians().sin();
    let es = e * s;
    (1.0 - E2) * (s / (1.0 - es * es) - ((1.0 - es) / (1.0 + es)).ln() / (2.0 * e))
}

fn albers_m(lat: f64) -> f64 {
    let s = lat.to_radians().sin();
    lat.to_radians().cos() / (1.0 - E2 * s * s).sqrt()
}

impl Albers {
    fn new(lat1: f64, lat2: f64, lat0: f64, lon0: f64) -> Albers {
        let (m1, m2) = (albers_m(lat1), albers_m(lat2));
        let (q1, q2) = (albers_q(lat1), albers_q(lat2));
        let n = (m1 * m1 - m2 * m2) / (q2 - q1);
        let c = m1 * m1 + n * q1;
        let rho0 = (c - n * albers_q(lat0)).sqrt() / n;
        Albers { n, c, rho0, lon0 }
    }

    /// Returns (x east, y north).
    fn project(&self, lon: f64, lat: f64) -> (f64, f64) {
        let rho = (self.c - self.n * albers_q(lat)).sqrt() / self.n;
        let theta = self.n * (lon - self.lon0).to_radians();
        (rho * theta.sin(), self.rho0 - rho * theta.cos())
    }
}

struct Unit {
    entry: &'static names::Entry,
    /// Rings of each polygon; the first ring of a polygon is its outline.
    polygons: Vec<Vec<Vec<Pt>>>,
    arcs: BTreeSet<usize>,
}

/// Generates the complete `regions.geo.json` text from TopoJSON source text.
pub fn generate(topojson: &str) -> Result<String, String> {
    let topo: Topology =
        serde_json::from_str(topojson).map_err(|e| format!("cannot parse TopoJSON: {e}"))?;
    let (arcs, height) = project_arcs(&topo);
    let regions = topo
        .objects
        .get("regions")
        .ok_or("TopoJSON has no object named \"regions\"")?;

    let mut units: BTreeMap<&str, Unit> = BTreeMap::new();
    for geometry in &regions.geometries {
        let (props, polygons) = match geometry {
            Geometry::Polygon { arcs, properties } => (properties, std::slice::from_ref(arcs)),
            Geometry::MultiPolygon { arcs, properties } => (properties, arcs.as_slice()),
        };
        let id = props.id.as_str();
        let entry = names::lookup(id).ok_or_else(|| {
            format!(
                "unit {id} ({}) is missing from the names table in names.rs",
                props.name_en
            )
        })?;
        if entry.kind.as_str() != props.kind {
            return Err(format!(
                "unit {id}: input type {:?}, names table says {:?}",
                props.kind, entry.kind
            ));
        }
        let mut unit = Unit {
            entry,
            polygons: Vec::new(),
            arcs: BTreeSet::new(),
        };
        for polygon in polygons {
            let mut rings = Vec::new();
            for refs in polygon {
                rings.push(assemble_ring(&arcs, refs).map_err(|e| format!("unit {id}: {e}"))?);
                unit.arcs.extend(refs.iter().map(|&r| arc_index(r)));
            }
            unit.polygons.push(rings);
        }
        if units.insert(id, unit).is_some() {
            return Err(format!("unit {id} appears twice in the input"));
        }
    }
    if let Some(missing) = names::TABLE.iter().find(|e| !units.contains_key(e.id)) {
        return Err(format!(
            "names table has {} but the input does not",
            missing.id
        ));
    }

    let mut out = format!(
        "{{\n\"attribution\":{ATTRIBUTION},\n\"projection\":{},\n\"width\":{WIDTH},\n\"height\":{height},\n\"units\":[\n",
        json_str(PROJECTION)
    );
    let lines: Vec<String> = units.values().map(|u| unit_json(u, &units)).collect();
    out.push_str(&lines.join(",\n"));
    out.push_str("\n]\n}\n");
    Ok(out)
}

/// Decodes the quantised, delta-encoded arcs, projects them and fits them into
/// the viewBox. Returns the arcs in tenths of a pixel and the viewBox height.
fn project_arcs(topo: &Topology) -> (Vec<Vec<Pt>>, u32) {
    let albers = Albers::new(45.0, 51.0, 48.0, 67.0);
    let [sx, sy] = topo.transform.scale;
    let [tx, ty] = topo.transform.translate;
    let projected: Vec<Vec<(f64, f64)>> = topo
        .arcs
        .iter()
        .map(|arc| {
            let (mut qx, mut qy) = (0, 0);
            arc.iter()
                .map(|&[dx, dy]| {
                    (qx, qy) = (qx + dx, qy + dy);
                    albers.project(qx as f64 * sx + tx, qy as f64 * sy + ty)
                })
                .collect()
        })
        .collect();

    let (mut x0, mut y0, mut x1, mut y1) = (f64::MAX, f64::MAX, f64::MIN, f64::MIN);
    for &(x, y) in projected.iter().flatten() {
        (x0, y0, x1, y1) = (x0.min(x), y0.min(y), x1.max(x), y1.max(y));
    }
    let scale = (f64::from(WIDTH) - 2.0 * PADDING) / (x1 - x0);
    let content_height = (y1 - y0) * scale;
    let height = (content_height + 2.0 * PADDING).ceil();
    // Centre vertically so the rounding-up of the height is split evenly.
    let top = (height - content_height) / 2.0;
    let to_tenths = |v: f64| (v * 10.0).round() as i64;
    let arcs = projected
        .iter()
        .map(|arc| {
            arc.iter()
                .map(|&(x, y)| {
                    (
                        to_tenths(PADDING + (x - x0) * scale),
                        to_tenths(top + (y1 - y) * scale),
                    )
                })
                .collect()
        })
        .collect();
    (arcs, height as u32)
}

/// TopoJSON stores a reversed arc reference as the one's complement (~index).
fn arc_index(r: i64) -> usize {
    (if r < 0 { !r } else { r }) as usize
}

/// Joins a ring's arcs (each arc starts where the previous one ended), then drops
/// points that coincide after rounding and the closing point (`z` closes the ring).
fn assemble_ring(arcs: &[Vec<Pt>], refs: &[i64]) -> Result<Vec<Pt>, String> {
    let mut ring: Vec<Pt> = Vec::new();
    for &r in refs {
        let arc = arcs
            .get(arc_index(r))
            .ok_or_else(|| format!("arc {r} does not exist"))?;
        let skip = usize::from(!ring.is_empty());
        if r < 0 {
            ring.extend(arc.iter().rev().skip(skip));
        } else {
            ring.extend(arc.iter().skip(skip));
        }
    }
    ring.dedup();
    if ring.len() > 1 && ring.first() == ring.last() {
        ring.pop();
    }
    if ring.len() < 3 {
        return Err(format!(
            "ring {refs:?} collapses to {} point(s) at 0.1 px",
            ring.len()
        ));
    }
    Ok(ring)
}

fn unit_json(unit: &Unit, all: &BTreeMap<&str, Unit>) -> String {
    let e = unit.entry;
    let langs = |l: &names::Langs| {
        format!(
            r#"{{"kk":{},"ru":{},"en":{}}}"#,
            json_str(l.kk),
            json_str(l.ru),
            json_str(l.en)
        )
    };
    let neighbours: Vec<String> = all
        .values()
        .filter(|other| other.entry.id != e.id && !other.arcs.is_disjoint(&unit.arcs))
        .map(|other| json_str(other.entry.id))
        .collect();
    let (lx, ly) = label(unit);
    format!(
        r#"{{"id":{},"kind":"{}","names":{},"short":{},"label":[{},{}],"neighbours":[{}],"d":"{}"}}"#,
        json_str(e.id),
        e.kind.as_str(),
        langs(&e.full),
        langs(&e.short),
        tenths(lx),
        tenths(ly),
        neighbours.join(","),
        path(unit.polygons.iter().flatten())
    )
}

/// Pole of inaccessibility of the largest polygon (by area net of holes), to 0.1 px.
fn label(unit: &Unit) -> Pt {
    let area = |rings: &Vec<Vec<Pt>>| {
        let outer = ring_area(&rings[0]);
        outer - rings[1..].iter().map(|r| ring_area(r)).sum::<f64>()
    };
    let largest = unit
        .polygons
        .iter()
        .max_by(|a, b| area(a).total_cmp(&area(b)))
        .expect("every unit has at least one polygon");
    let rings: Vec<Vec<polylabel::P>> = largest
        .iter()
        .map(|r| r.iter().map(|&(x, y)| (x as f64, y as f64)).collect())
        .collect();
    // Coordinates are in tenths, so precision 1.0 means 0.1 px.
    let (x, y) = polylabel::polylabel(&rings, 1.0);
    (x.round() as i64, y.round() as i64)
}

fn ring_area(ring: &[Pt]) -> f64 {
    let twice: i64 = (0..ring.len())
        .map(|i| {
            let ((x0, y0), (x1, y1)) = (ring[i], ring[(i + 1) % ring.len()]);
            x0 * y1 - x1 * y0
        })
        .sum();
    (twice as f64 / 2.0).abs()
}

/// SVG path: per ring an absolute `M`, then relative `l` moves computed from the
/// already rounded points (so no rounding error accumulates), then `z`.
fn path<'a>(rings: impl Iterator<Item = &'a Vec<Pt>>) -> String {
    let mut d = String::new();
    for ring in rings {
        let (mut px, mut py) = ring[0];
        d.push('M');
        push_number(&mut d, px, false);
        push_number(&mut d, py, true);
        d.push('l');
        for (i, &(x, y)) in ring[1..].iter().enumerate() {
            push_number(&mut d, x - px, i > 0);
            push_number(&mut d, y - py, true);
            (px, py) = (x, y);
        }
        d.push('z');
    }
    d
}

fn push_number(d: &mut String, v: i64, separate: bool) {
    let s = tenths(v);
    // A minus sign already separates numbers in SVG path syntax.
    if separate && !s.starts_with('-') {
        d.push(' ');
    }
    d.push_str(&s);
}

/// Formats tenths minimally as a valid JSON/SVG number: 12.3, -4, 0.5, -0.5.
fn tenths(v: i64) -> String {
    let sign = if v < 0 { "-" } else { "" };
    let (whole, frac) = (v.abs() / 10, v.abs() % 10);
    if frac == 0 {
        format!("{sign}{whole}")
    } else {
        format!("{sign}{whole}.{frac}")
    }
}

fn json_str(s: &str) -> String {
    serde_json::to_string(s).expect("a string always serialises")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_minimal() {
        let got: Vec<String> = [0, 5, -5, 10, -40, 123, -1234].map(tenths).to_vec();
        assert_eq!(got, ["0", "0.5", "-0.5", "1", "-4", "12.3", "-123.4"]);
    }

    #[test]
    fn path_is_relative_from_rounded_points() {
        let ring = vec![(1000, 500), (1012, 466), (1062, 526)];
        assert_eq!(path([&ring].into_iter()), "M100 50l1.2-3.4 5 6z");
    }

    #[test]
    fn ring_assembly_reverses_and_deduplicates() {
        let arcs = vec![
            vec![(0, 0), (10, 0), (10, 0), (10, 10)],
            vec![(0, 0), (0, 10), (10, 10)],
        ];
        assert_eq!(
            assemble_ring(&arcs, &[0, !1]).unwrap(),
            [(0, 0), (10, 0), (10, 10), (0, 10)]
        );
    }

    #[test]
    fn albers_is_centred_and_north_up() {
        let a = Albers::new(45.0, 51.0, 48.0, 67.0);
        let (x, y) = a.project(67.0, 48.0);
        assert!(x.abs() < 1e-12 && y.abs() < 1e-12);
        assert!(a.project(67.0, 50.0).1 > 0.0 && a.project(70.0, 48.0).0 > 0.0);
    }
}
