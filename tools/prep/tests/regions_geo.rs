//! Checks the checked-in `content/regions.geo.json` (what the widget ships),
//! decoding its `d` strings independently of the generator.

use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};
use std::fs;

type Pt = (i64, i64);

struct Unit {
    kind: String,
    label: Pt,
    neighbours: BTreeSet<String>,
    rings: Vec<Vec<Pt>>,
    /// kk, ru, en.
    names: Vec<String>,
    /// kk, ru, en.
    short: Vec<String>,
}

fn checked_in() -> String {
    let path = prep::default_output();
    fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
}

fn to_tenths(v: &Value) -> i64 {
    (v.as_f64().expect("number") * 10.0).round() as i64
}

/// Decodes `M x y l dx dy … z` rings into absolute tenths of a pixel.
fn decode(d: &str) -> Vec<Vec<Pt>> {
    let mut rings = Vec::new();
    for ring in d.split_terminator('z') {
        let (start, moves) = ring
            .strip_prefix('M')
            .expect("ring starts with M")
            .split_once('l')
            .expect("l");
        let numbers = |s: &str| -> Vec<i64> {
            s.replace('-', " -")
                .split_whitespace()
                .map(|n| (n.parse::<f64>().expect("number") * 10.0).round() as i64)
                .collect()
        };
        let (start, moves) = (numbers(start), numbers(moves));
        assert!(
            start.len() == 2 && moves.len() % 2 == 0,
            "malformed ring {ring}"
        );
        let mut p = (start[0], start[1]);
        let mut points = vec![p];
        for m in moves.chunks(2) {
            p = (p.0 + m[0], p.1 + m[1]);
            points.push(p);
        }
        rings.push(points);
    }
    rings
}

fn units() -> BTreeMap<String, Unit> {
    let map: Value = serde_json::from_str(&checked_in()).expect("valid JSON");
    let mut out = BTreeMap::new();
    for u in map["units"].as_array().expect("units") {
        let langs = |key: &str| -> Vec<String> {
            ["kk", "ru", "en"]
                .iter()
                .map(|l| u[key][l].as_str().expect("name").to_string())
                .collect()
        };
        let unit = Unit {
            kind: u["kind"].as_str().expect("kind").to_string(),
            label: (to_tenths(&u["label"][0]), to_tenths(&u["label"][1])),
            neighbours: u["neighbours"]
                .as_array()
                .expect("neighbours")
                .iter()
                .map(|n| n.as_str().unwrap().to_string())
                .collect(),
            rings: decode(u["d"].as_str().expect("d")),
            names: langs("names"),
            short: langs("short"),
        };
        out.insert(u["id"].as_str().expect("id").to_string(), unit);
    }
    out
}

/// Even-odd rule, matching `fill-rule="evenodd"` in the widget.
fn inside(p: Pt, rings: &[Vec<Pt>]) -> bool {
    let (px, py) = (p.0 as f64, p.1 as f64);
    let mut inside = false;
    for ring in rings {
        for (i, &(ax, ay)) in ring.iter().enumerate() {
            let (bx, by) = ring[(i + 1) % ring.len()];
            let (ax, ay, bx, by) = (ax as f64, ay as f64, bx as f64, by as f64);
            if (ay > py) != (by > py) && px < (bx - ax) * (py - ay) / (by - ay) + ax {
                inside = !inside;
            }
        }
    }
    inside
}

/// Undirected edges of all rings, for comparing borders between units.
fn edges(rings: &[Vec<Pt>]) -> BTreeSet<(Pt, Pt)> {
    let mut set = BTreeSet::new();
    for ring in rings {
        for (i, &a) in ring.iter().enumerate() {
            let b = ring[(i + 1) % ring.len()];
            set.insert((a.min(b), a.max(b)));
        }
    }
    set
}

#[test]
fn checked_in_file_matches_fresh_generation() {
    let input = prep::default_input();
    if !input.exists() {
        eprintln!(
            "NOTICE: skipping regeneration check, {} is absent",
            input.display()
        );
        return;
    }
    let source = fs::read_to_string(&input).expect("readable input");
    let fresh = prep::generate(&source).expect("generation succeeds");
    assert!(
        fresh == checked_in(),
        "content/regions.geo.json is stale; regenerate with `cargo run -p prep`"
    );
}

#[test]
fn top_level_shape() {
    let map: Value = serde_json::from_str(&checked_in()).unwrap();
    let keys: Vec<&String> = map.as_object().unwrap().keys().collect();
    assert_eq!(keys.len(), 5);
    assert_eq!(map["width"], 800);
    assert!(map["height"].as_u64().unwrap() > 400);
    assert_eq!(map["attribution"]["license"], "CC BY 4.0");
    let ids: Vec<&str> = map["units"]
        .as_array()
        .unwrap()
        .iter()
        .map(|u| u["id"].as_str().unwrap())
        .collect();
    assert!(ids.windows(2).all(|w| w[0] < w[1]), "units sorted by id");
}

#[test]
fn twenty_units_three_cities() {
    let units = units();
    assert_eq!(units.len(), 20);
    let cities: Vec<&String> = units
        .iter()
        .filter(|(_, u)| u.kind == "city")
        .map(|(id, _)| id)
        .collect();
    assert_eq!(cities, ["KZ-71", "KZ-75", "KZ-79"]);
    assert!(units
        .values()
        .all(|u| u.kind == "city" || u.kind == "region"));
}

#[test]
fn projection_is_north_up_east_right() {
    let units = units();
    assert!(
        units["KZ-71"].label.1 < units["KZ-79"].label.1,
        "Astana is north of Shymkent"
    );
    assert!(
        units["KZ-23"].label.0 < units["KZ-63"].label.0,
        "Atyrau is west of East Kazakhstan"
    );
}

#[test]
fn labels_are_inside_their_paths() {
    for (id, unit) in units() {
        assert!(
            inside(unit.label, &unit.rings),
            "{id}: label {:?} is outside its path",
            unit.label
        );
    }
}

#[test]
fn neighbours_are_symmetric_and_known() {
    let units = units();
    for (id, unit) in &units {
        for n in &unit.neighbours {
            assert!(
                units[n].neighbours.contains(id),
                "{id} lists {n} but not vice versa"
            );
        }
    }
    assert_eq!(
        units["KZ-71"].neighbours,
        BTreeSet::from(["KZ-11".to_string()])
    );
    assert_eq!(
        units["KZ-75"].neighbours,
        BTreeSet::from(["KZ-19".to_string()])
    );
    assert_eq!(
        units["KZ-79"].neighbours,
        BTreeSet::from(["KZ-61".to_string()])
    );
}

/// Borders are bit-identical: two units are neighbours exactly when their paths
/// share at least one segment (corner-only contacts do not count), and a long
/// shared border such as Pavlodar–Abai shares many segments.
#[test]
fn shared_borders_are_identical() {
    let units = units();
    let edges: BTreeMap<&String, BTreeSet<(Pt, Pt)>> =
        units.iter().map(|(id, u)| (id, edges(&u.rings))).collect();
    for (a, ea) in &edges {
        for (b, eb) in &edges {
            if a != b {
                let shared = ea.intersection(eb).count();
                assert_eq!(
                    shared > 0,
                    units[*a].neighbours.contains(*b),
                    "{a}/{b}: {shared} shared segments"
                );
            }
        }
    }
    assert!(
        edges[&"KZ-55".to_string()]
            .intersection(&edges[&"KZ-10".to_string()])
            .count()
            >= 30
    );
}

#[test]
fn names_are_complete_and_in_the_right_script() {
    let units = units();
    for (id, unit) in &units {
        for name in unit.names[..2].iter().chain(&unit.short[..2]) {
            assert!(
                !name.chars().any(|c| c.is_ascii_alphabetic()),
                "{id}: Latin letter in {name:?}"
            );
        }
    }
    // Every name and short name is non-empty and unique within its language.
    for lang in 0..3 {
        let full: BTreeSet<&String> = units.values().map(|u| &u.names[lang]).collect();
        let short: BTreeSet<&String> = units.values().map(|u| &u.short[lang]).collect();
        for set in [full, short] {
            assert!(
                set.len() == 20 && !set.contains(&String::new()),
                "names in language {lang} not unique"
            );
        }
    }
    assert!(
        units["KZ-59"].names[0].contains('\u{0456}'),
        "North Kazakhstan kk uses Kazakh і"
    );
    assert_eq!(units["KZ-79"].names[1], "город Шымкент");
}
