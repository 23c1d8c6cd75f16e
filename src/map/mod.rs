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

use crate::content::{DayTime, Figure, Metric, Model, Qualifier, UnitKind};
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

/// One colour scale for a timed metric through its whole day (`day`, the model with every
/// time), so that a unit darkens as its figure grows from one time to the next; its bins count
/// the units of `model`, the model at the time on screen.
pub fn day_scale(day: &Model, model: &Model, metric: &str) -> Scale {
    let all: Vec<(f64, Qualifier)> = day
        .pack
        .regions
        .iter()
        .flat_map(|r| &r.figures)
        .filter(|f| f.metric == metric)
        .map(|f| (f.value, f.qualifier))
        .collect();
    let now: Vec<f64> = model
        .geo
        .units
        .iter()
        .filter_map(|u| model.figure(&u.id, metric).map(|f| f.value))
        .collect();
    Scale::from_figures(&all).counted(&now)
}

/// The scale the map colours `metric` by in `model` (the model at a time of day, or `day`
/// itself): the day's for a timed metric, else its own.
pub fn scale_of(day: &Model, model: &Model, metric: &str) -> Scale {
    if day.times(metric).is_empty() {
        scale_for(model, metric)
    } else {
        day_scale(day, model, metric)
    }
}

/// The time after `t` in `times`, if any: where Play goes next.
pub fn next_time(times: &[DayTime], t: DayTime) -> Option<DayTime> {
    times.iter().copied().find(|x| *x > t)
}

/// The nationwide figure of `metric` for the step at `t`: reported at `t` or later, before
/// the next step (the national 20:30 figure goes with the units' 20:00 release).
pub fn national_at<'a>(
    model: &'a Model,
    metric: &str,
    times: &[DayTime],
    t: DayTime,
) -> Option<&'a Figure> {
    let next = next_time(times, t);
    model.pack.national.figures.iter().find(|f| {
        f.metric == metric
            && f.time
                .is_some_and(|ft| ft >= t && next.is_none_or(|n| ft < n))
    })
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

    #[test]
    fn referendum_day_steps_through_its_times() {
        let day = Model::embedded().unwrap();
        let m = "turnout_intraday";
        let times = day.times(m);
        let t = |s: &str| DayTime::parse(s).unwrap();
        assert_eq!(
            times,
            ["10:00", "12:00", "16:00", "18:00", "20:00"]
                .map(t)
                .to_vec()
        );
        assert_eq!(next_time(&times, t("16:00")), Some(t("18:00")));
        assert_eq!(next_time(&times, t("20:00")), None);
        // At 20:00 four units have no figure: not reported, never zero.
        let eight = day.at(t("20:00"));
        assert_eq!(summary::coverage(&eight, m), (16, 20));
        for id in ["KZ-47", "KZ-55", "KZ-59", "KZ-62"] {
            assert!(eight.figure(id, m).is_none(), "{id}");
        }
        assert_eq!(eight.figure("KZ-43", m).unwrap().value, 93.04);
        let six = day.at(t("18:00"));
        assert_eq!(summary::coverage(&six, m), (20, 20));
        assert_eq!(six.figure("KZ-47", m).unwrap().value, 76.84);
        // One scale for the day: the same value has the same colour at every time.
        let (s6, s8) = (day_scale(&day, &six, m), day_scale(&day, &eight, m));
        assert_eq!(s6.colour_of(75.0), s8.colour_of(75.0));
        assert_eq!(s8.bins.iter().map(|b| b.count).sum::<usize>(), 16);
        assert_eq!(legend::not_reported(&s8, 20), 4);
        // The nation at each step, the 20:30 figure with the 20:00 one.
        let nat = |s: &str| national_at(&day, m, &times, t(s)).map(|f| f.value);
        assert_eq!(nat("10:00"), Some(19.21));
        assert_eq!(nat("18:00"), Some(70.98));
        assert_eq!(nat("20:00"), Some(73.24));
        // Never the final 73.12%: that is the result's own metric.
        assert!(day
            .pack
            .national
            .figures
            .iter()
            .filter(|f| f.metric == m)
            .all(|f| f.value != 73.12 && f.time.is_some()));
    }

    #[test]
    fn every_label_of_a_time_says_it_and_that_it_is_not_final() {
        let day = Model::embedded().unwrap();
        let six = day.at(DayTime::parse("18:00").unwrap());
        let m = six.metric("turnout_intraday").unwrap();
        assert_eq!(
            m.label.text(Lang::En),
            "Intraday turnout, not final, as of 18:00"
        );
        assert!(m
            .label
            .text(Lang::Kk)
            .ends_with("сағат 18:00-дегі жағдай бойынша"));
        assert!(m.label.text(Lang::Ru).ends_with("на 18:00"));
        for lang in [Lang::Kk, Lang::Ru, Lang::En] {
            let text = summary::text(&six, m, lang);
            assert!(text.contains("18:00"), "{text}");
        }
        let e = summary::text(&six, m, Lang::En);
        assert!(e.contains("not final") && e.contains("Kyzylorda"), "{e}");
        // The other metrics keep their labels.
        assert_eq!(
            six.metric("members").unwrap().label,
            day.metric("members").unwrap().label
        );
        let twenty = day.at(DayTime::parse("20:00").unwrap());
        assert!(
            twenty
                .metric("turnout_intraday")
                .unwrap()
                .label
                .text(Lang::Kk)
                .contains("20:00-дағы"),
            "«жиырма» takes a back-vowel ending"
        );
    }

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
    /// The models a metric is drawn from: the pack, or for a timed metric the pack at each of
    /// its times.
    fn drawn(day: &Model, metric: &str) -> Vec<(String, Model)> {
        let times = day.times(metric);
        if times.is_empty() {
            return vec![(String::new(), Model::embedded().unwrap())];
        }
        times
            .into_iter()
            .map(|t| (format!(" {t}"), day.at(t)))
            .collect()
    }

    /// Below this map width, a timed metric that every unit reports (20 labels) may leave some
    /// labels out: its figures are in the units' names, tooltips and the table.
    const CROWDED_BELOW_PX: f64 = 500.0;

    #[test]
    fn labels_never_overlap_at_any_width() {
        let day = Model::embedded().unwrap();
        for m in day.map_metrics() {
            for (at, model) in drawn(&day, &m.id) {
                let metric = model.metric(&m.id).unwrap();
                let timed = !day.times(&metric.id).is_empty();
                for lang in Lang::ALL {
                    // Every pixel on the narrowest phones, where the labels are most crowded; a
                    // timed metric, drawn once a time, at the widths of phones, columns and desktops.
                    let widths: Vec<u32> = if timed {
                        vec![300, 320, 360, 390, 430, 500, 600, 720, 1000, 1280, 1440]
                    } else {
                        (300..340).chain((340..=1440).step_by(10)).collect()
                    };
                    for px in widths {
                        let px = f64::from(px);
                        let o = overlay(&model, metric, lang, px, 1.0);
                        let what = format!("{}{at} {} at {px} px", metric.id, lang.code());
                        assert!(
                            o.layout.unplaced.is_empty() || (timed && px < CROWDED_BELOW_PX),
                            "{what}: {:?}",
                            o.layout.unplaced
                        );
                        assert_eq!(
                            o.layout.labels.len() + o.layout.unplaced.len(),
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
    }

    /// A kiosk's type is about 1.4 times larger on a 1080p screen, where the map is about
    /// 1,200 px wide: its labels fit too.
    #[test]
    fn kiosk_sized_labels_fit() {
        let day = Model::embedded().unwrap();
        for m in day.map_metrics() {
            for (at, model) in drawn(&day, &m.id) {
                let metric = model.metric(&m.id).unwrap();
                let all = summary::coverage(&model, &m.id).0 == model.geo.units.len();
                for lang in Lang::ALL {
                    for (px, k) in [(1000.0, 1.4), (1200.0, 1.42), (1800.0, 2.0), (900.0, 1.25)] {
                        let o = overlay(&model, metric, lang, px, k);
                        assert!(
                            o.layout.unplaced.is_empty(),
                            "{}{at} {} {px}",
                            metric.id,
                            lang.code()
                        );
                        // The not-reported note, wherever a unit has no figure.
                        assert_eq!(o.layout.note.is_some(), !all, "{}{at}", metric.id);
                    }
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
        let modes: Vec<(&str, Presentation)> = model
            .map_metrics()
            .map(|m| (m.id.as_str(), presentation(&model, &m.id)))
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
