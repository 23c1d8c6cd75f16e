//! The regions map: pure logic (scales, labels, markers, keyboard movement, summary) here; the
//! components that draw it live in `crate::components::map` on the wasm target.

pub mod bbox;
pub mod export;
pub mod labels;
pub mod legend;
pub mod markers;
pub mod nav;
pub mod scale;
pub mod summary;
pub mod table;

use crate::content::{Metric, Model, Qualifier, UnitKind};
use crate::format;
use crate::i18n::{tf, Key};
use crate::lang::Lang;
use labels::{Circle, Frame, Item, Layout};
use markers::CityMarker;
use scale::Scale;

/// A stable insertion sort for the map's short lists (at most the 20 units): the standard
/// library's sorts cost several KB of wasm for every element type they are used with.
pub(crate) fn sort_small<T>(v: &mut [T], mut less: impl FnMut(&T, &T) -> bool) {
    for i in 1..v.len() {
        let mut j = i;
        while j > 0 && less(&v[j], &v[j - 1]) {
            v.swap(j, j - 1);
            j -= 1;
        }
    }
}

/// The colour scale of one metric over all units that report it.
pub fn scale_for(model: &Model, metric: &str) -> Scale {
    let figures: Vec<(f64, Qualifier)> = model
        .geo
        .units
        .iter()
        .filter_map(|u| model.figure(&u.id, metric).map(|f| (f.value, f.qualifier)))
        .collect();
    Scale::from_figures(&figures)
}

/// At most this many units with a figure, and a colour scale would only look like a map: the
/// units are highlighted and listed instead.
pub const FEW_AT_MOST: usize = 2;

/// How the map shows a metric.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Presentation {
    /// Coloured by bins, with a legend of them.
    Choropleth,
    /// The few units with a figure highlighted and labelled, and listed under the map.
    Few,
}

pub fn presentation(model: &Model, metric: &str) -> Presentation {
    if summary::coverage(model, metric).0 <= FEW_AT_MOST {
        Presentation::Few
    } else {
        Presentation::Choropleth
    }
}

/// What is drawn over the shapes at one rendered width: city markers and labels.
#[derive(Clone, Debug, PartialEq)]
pub struct Overlay {
    pub markers: Vec<CityMarker>,
    pub layout: Layout,
}

/// The markers and labels of `metric` on a map drawn `px` CSS pixels wide, with type
/// `type_scale` times its usual size (the widget's font size over 16 px).
pub fn overlay(model: &Model, metric: &Metric, lang: Lang, px: f64, type_scale: f64) -> Overlay {
    let geo = &model.geo;
    let frame = Frame {
        width: geo.width,
        height: geo.height,
        scale: geo.width / px.max(1.0),
        type_scale: type_scale.clamp(0.5, 4.0),
    };
    let markers = markers::city_markers(geo, frame.scale);
    let circles: Vec<Circle> = markers
        .iter()
        .map(|m| Circle {
            c: m.c,
            r: m.r + frame.scale,
        })
        .collect();
    let mut avoid = Vec::new();
    let items: Vec<Item> = geo
        .units
        .iter()
        .filter_map(|u| {
            let f = model.figure(&u.id, &metric.id)?;
            if let Some([x0, y0, x1, y1]) = bbox::bbox(&u.d) {
                avoid.push(labels::Rect::new(x0, y0, x1, y1));
            }
            let marker = markers.iter().find(|m| m.id == u.id);
            Some(Item {
                id: u.id.clone(),
                name: labels::short_name(u.names.text(lang), lang),
                value: format::figure(f, metric.unit, lang),
                anchor: u.label,
                marker: marker.filter(|_| u.kind == UnitKind::City).map(|m| m.r),
                rank: f.value,
            })
        })
        .collect();
    let (reported, total) = (items.len(), geo.units.len());
    let note = (reported < total).then(|| {
        tf(
            lang,
            Key::MapNoFigureCount,
            &[
                ("missing", &(total - reported).to_string()),
                ("total", &total.to_string()),
            ],
        )
    });
    Overlay {
        layout: labels::layout(&frame, &items, &circles, note.as_deref(), &avoid),
        markers,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use labels::Rect;

    fn boxes(o: &Overlay) -> Vec<(String, Rect)> {
        let mut v: Vec<(String, Rect)> = o
            .layout
            .labels
            .iter()
            .map(|l| (l.id.clone(), l.rect))
            .collect();
        if let Some(n) = &o.layout.note {
            v.push(("note".into(), n.rect));
        }
        v
    }

    /// The property the labels promise, at every width from a small phone's map (302 px at a
    /// 320 px viewport) to a wide desktop, for every metric and language: every unit with a
    /// figure is labelled, and no label overlaps another label, the note, a city marker or the
    /// map's edge.
    #[test]
    fn labels_never_overlap_at_any_width() {
        let model = Model::embedded().unwrap();
        for metric in model.map_metrics() {
            for lang in Lang::ALL {
                // Every pixel on the narrowest phones, where the labels are most crowded.
                for px in (300..340).chain((340..=1440).step_by(10)) {
                    let px = px as f64;
                    let o = overlay(&model, metric, lang, px, 1.0);
                    let what = format!("{} {} at {px} px", metric.id, lang.code());
                    assert!(
                        o.layout.unplaced.is_empty(),
                        "{what}: {:?}",
                        o.layout.unplaced
                    );
                    assert_eq!(
                        o.layout.labels.len(),
                        summary::coverage(&model, &metric.id).0,
                        "{what}"
                    );
                    let b = boxes(&o);
                    for (i, (a, ra)) in b.iter().enumerate() {
                        assert!(
                            ra.x0 >= 0.0
                                && ra.y0 >= 0.0
                                && ra.x1 <= model.geo.width
                                && ra.y1 <= model.geo.height,
                            "{what}: {a} leaves the map {ra:?}"
                        );
                        for (c, rc) in &b[i + 1..] {
                            assert!(!ra.overlaps(rc), "{what}: {a} overlaps {c}");
                        }
                        for m in &o.markers {
                            let n = [m.c[0].clamp(ra.x0, ra.x1), m.c[1].clamp(ra.y0, ra.y1)];
                            let d = (n[0] - m.c[0]).hypot(n[1] - m.c[1]);
                            assert!(d >= m.r, "{what}: {a} covers the marker of {}", m.id);
                        }
                    }
                    for l in &o.layout.labels {
                        if let Some([x0, y0, x1, y1]) = l.leader {
                            for (c, rc) in &b {
                                if *c != l.id {
                                    let mid = [(x0 + x1) / 2.0, (y0 + y1) / 2.0];
                                    assert!(
                                        !(rc.x0 < mid[0]
                                            && mid[0] < rc.x1
                                            && rc.y0 < mid[1]
                                            && mid[1] < rc.y1),
                                        "{what}: the leader of {} runs under {c}",
                                        l.id
                                    );
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /// A kiosk's type is about 1.4 times larger on a 1080p screen, where the map is about
    /// 1,200 px wide: its labels fit too.
    #[test]
    fn kiosk_sized_labels_fit() {
        let model = Model::embedded().unwrap();
        for metric in model.map_metrics() {
            for lang in Lang::ALL {
                for (px, k) in [(1000.0, 1.4), (1200.0, 1.42), (1800.0, 2.0), (900.0, 1.25)] {
                    let o = overlay(&model, metric, lang, px, k);
                    assert!(
                        o.layout.unplaced.is_empty(),
                        "{} {} {px}",
                        metric.id,
                        lang.code()
                    );
                    assert!(o.layout.note.is_some());
                }
            }
        }
    }

    #[test]
    fn labels_read_as_the_figures_do_elsewhere() {
        let model = Model::embedded().unwrap();
        let members = model.metric("members").unwrap();
        let o = overlay(&model, members, Lang::Kk, 700.0, 1.0);
        let text = |id: &str| {
            let l = o.layout.labels.iter().find(|l| l.id == id).unwrap();
            format!("{} {}", l.name, l.value)
        };
        assert_eq!(text("KZ-61"), "Түркістан 457");
        assert_eq!(text("KZ-71"), "Астана шамамен 200");
        assert_eq!(text("KZ-55"), "Павлодар 130+");
        let note = o.layout.note.as_ref().unwrap().lines.join(" ");
        assert_eq!(note, "Дерегі жоқ өңірлер мен қалалар: 15 (барлығы 20)");
        let en = overlay(&model, members, Lang::En, 700.0, 1.0);
        assert_eq!(
            en.layout.note.unwrap().lines.join(" "),
            "Not reported: 15 of 20 regions and cities"
        );
        let ru = overlay(&model, members, Lang::Ru, 700.0, 1.0);
        assert_eq!(
            ru.layout.note.unwrap().lines.join(" "),
            "Нет данных: 15 из 20 регионов и городов"
        );
    }

    #[test]
    fn the_small_sort_is_stable() {
        let mut v = vec![(3, 'a'), (1, 'b'), (3, 'c'), (2, 'd'), (1, 'e')];
        sort_small(&mut v, |a, b| a.0 < b.0);
        assert_eq!(v, vec![(1, 'b'), (1, 'e'), (2, 'd'), (3, 'a'), (3, 'c')]);
        let mut e: Vec<u8> = Vec::new();
        sort_small(&mut e, |a, b| a < b);
        assert!(e.is_empty());
    }

    #[test]
    fn thin_metrics_are_not_choropleths() {
        let model = Model::embedded().unwrap();
        // A timed metric is drawn from the pack at one of its times.
        let day = crate::content::day::model_at(
            crate::content::DAY_PACK,
            crate::content::DayTime::parse("20:00").unwrap(),
        )
        .unwrap();
        let modes: Vec<(&str, Presentation)> = model
            .map_metrics()
            .map(|m| {
                let drawn = if m.timed { &day } else { &model };
                (m.id.as_str(), presentation(drawn, &m.id))
            })
            .collect();
        assert_eq!(
            modes,
            vec![
                ("members", Presentation::Choropleth),
                ("events", Presentation::Choropleth),
                ("proposals", Presentation::Few),
                ("attendance", Presentation::Choropleth),
                ("parties", Presentation::Choropleth),
                ("turnout_intraday", Presentation::Choropleth),
            ]
        );
    }
}
