//! Referendum day, hour by hour: the times of day a timed metric has, the nation's figure at
//! each step, and the pack as of one time, which the widget builds its model from. Used by
//! the on-demand modules (the time control, the map export), so the first view carries none
//! of it.

use super::date::DayTime;
use super::{Figure, Model};
use crate::i18n::day::{dt, DKey};
use crate::i18n::kk_grammar::{number_suffix, Case};
use crate::i18n::{fill_typed, Arg, Key};
use crate::lang::Lang;
use serde_json::Value;

/// The times of day at which units report `metric` in `model` (built `with_times`), earliest
/// first; empty for a metric without times.
pub fn times(model: &Model, metric: &str) -> Vec<DayTime> {
    let mut out: Vec<DayTime> = Vec::new();
    for f in model.pack.regions.iter().flat_map(|r| &r.figures) {
        if let Some(t) = f.time.filter(|t| f.metric == metric && !out.contains(t)) {
            let at = out.iter().position(|o| *o > t).unwrap_or(out.len());
            out.insert(at, t);
        }
    }
    out
}

/// The time shown: `requested` where it is one of `times`, else the last (the latest report).
pub fn view_time(times: &[DayTime], requested: Option<DayTime>) -> Option<DayTime> {
    requested
        .filter(|t| times.contains(t))
        .or_else(|| times.last().copied())
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

/// `t` as a label says it: in Kazakh with the attributive ending its number takes («18:00-дегі»,
/// «20:30-дағы», read «он сегіз», «жиырма отыз»), for "сағат … жағдай бойынша".
pub fn time_in(lang: Lang, t: DayTime) -> String {
    match lang {
        Lang::Kk => format!(
            "{t}-{}",
            number_suffix(t.spoken_last(), 0, Case::LocativeAttr)
        ),
        _ => t.to_string(),
    }
}

/// The pack (JSON text) as of `time`: each unit keeps its figure of a timed metric at that
/// time and no other (a unit with none then is "not reported"), without the time field, and
/// the labels of timed metrics say the time ("Intraday turnout, not final, as of 18:00"). The
/// nation's timed figures go (the time control says the one for the step, with its own
/// time), and a unit's result (Mangystau's preliminary one) becomes figures of the unit, each
/// noting its standing, so the panel shows it as it shows any figure.
pub fn pack_at(text: &str, time: DayTime) -> Result<String, String> {
    let mut pack: Value = serde_json::from_str(text).map_err(|e| e.to_string())?;
    let at = Value::String(time.to_string());
    if let Some(metrics) = pack["metrics"].as_array_mut() {
        for m in metrics
            .iter_mut()
            .filter(|m| m["timed"] == Value::Bool(true))
        {
            for lang in Lang::ALL {
                let label = &mut m["label"][lang.code()];
                if let Some(l) = label.as_str() {
                    let at = time_in(lang, time);
                    let args = [("label", Arg::Text(l)), ("time", Arg::Text(&at))];
                    *label = Value::String(fill_typed(lang, dt(lang, DKey::LabelAtTime), &args));
                }
            }
        }
    }
    if let Some(regions) = pack["regions"].as_array_mut() {
        for r in regions {
            let result = r.as_object_mut().and_then(|o| o.remove("result"));
            let figures = &mut r["figures"];
            if let Some(fs) = figures.as_array_mut() {
                fs.retain(|f| f.get("time").is_none_or(|t| *t == at));
                for f in fs.iter_mut().filter_map(Value::as_object_mut) {
                    f.remove("time");
                }
                if let Some(o) = result {
                    fs.extend(result_figures(o));
                }
            }
        }
    }
    if let Some(fs) = pack["national"]["figures"].as_array_mut() {
        fs.retain(|f| f.get("time").is_none());
    }
    Ok(pack.to_string())
}

/// A unit's result as figures of the unit: each notes the result's standing and date ("Preliminary
/// result, 16 March 2026"), the first also what its source and the result's note say.
fn result_figures(result: Value) -> Vec<Value> {
    let status = &result["status"];
    let standing = |lang: Lang| {
        let key = if status["state"] == "final" {
            Key::ResultFinal
        } else {
            Key::ResultPreliminary
        };
        let date = status["as_of"]
            .as_str()
            .and_then(|d| super::ReportDate::parse(d).ok())
            .map(|d| format!(", {}", crate::format::report_date(d, lang)))
            .unwrap_or_default();
        format!("{}{date}", crate::i18n::t(lang, key))
    };
    let mut out = Vec::new();
    for (i, mut f) in result["figures"]
        .as_array()
        .cloned()
        .unwrap_or_default()
        .into_iter()
        .enumerate()
    {
        let mut note = serde_json::Map::new();
        for lang in Lang::ALL {
            let code = lang.code();
            let mut parts = vec![standing(lang)];
            if i == 0 {
                parts.extend(
                    [&status["note"][code], &result["note"][code]]
                        .into_iter()
                        .filter_map(|v| v.as_str().map(str::to_string)),
                );
            }
            parts.extend(f["note"][code].as_str().map(str::to_string));
            note.insert(code.into(), Value::String(parts.join(". ")));
        }
        f["note"] = Value::Object(note);
        out.push(f);
    }
    out
}

/// The model as of `time`, from the pack `text`.
pub fn model_at(text: &str, time: DayTime) -> Result<Model, String> {
    let first = |es: Vec<super::PackError>| es.first().map(|e| e.to_string()).unwrap_or_default();
    Model::build(&pack_at(text, time)?, super::Geo::embedded()).map_err(first)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::{Geo, DAY_PACK};
    use crate::map::summary;

    const M: &str = "turnout_intraday";

    fn t(s: &str) -> DayTime {
        DayTime::parse(s).unwrap()
    }

    fn day() -> Model {
        Model::with_times(DAY_PACK, Geo::embedded()).unwrap()
    }

    #[test]
    fn referendum_day_steps_through_its_times() {
        let day = day();
        let times = times(&day, M);
        assert_eq!(
            times,
            ["10:00", "12:00", "16:00", "18:00", "20:00"]
                .map(t)
                .to_vec()
        );
        assert_eq!(next_time(&times, t("16:00")), Some(t("18:00")));
        assert_eq!(next_time(&times, t("20:00")), None);
        assert_eq!(view_time(&times, Some(t("07:00"))), Some(t("20:00")));
        assert_eq!(view_time(&times, Some(t("12:00"))), Some(t("12:00")));
        assert_eq!(view_time(&[], Some(t("12:00"))), None);
        // At 20:00 four units have no figure: not reported, never zero.
        let eight = model_at(DAY_PACK, t("20:00")).unwrap();
        assert_eq!(summary::coverage(&eight, M), (16, 20));
        for id in ["KZ-47", "KZ-55", "KZ-59", "KZ-62"] {
            assert!(eight.figure(id, M).is_none(), "{id}");
        }
        assert_eq!(eight.figure("KZ-43", M).unwrap().value, 93.04);
        let six = model_at(DAY_PACK, t("18:00")).unwrap();
        assert_eq!(summary::coverage(&six, M), (20, 20));
        assert_eq!(six.figure("KZ-47", M).unwrap().value, 76.84);
        // The nation at each step, the 20:30 figure with the 20:00 one.
        let nat = |s: &str| national_at(&day, M, &times, t(s)).map(|f| f.value);
        assert_eq!(nat("10:00"), Some(19.21));
        assert_eq!(nat("18:00"), Some(70.98));
        assert_eq!(nat("20:00"), Some(73.24));
        assert_eq!(
            national_at(&day, M, &times, t("20:00")).unwrap().time,
            Some(t("20:30"))
        );
        // Never the final 73.12%: that is the result's own metric, and the pack at a time has
        // no nationwide intraday figure of its own to mix with it.
        assert!(day
            .pack
            .national
            .figures
            .iter()
            .filter(|f| f.metric == M)
            .all(|f| f.value != 73.12 && f.time.is_some()));
        assert!(six.pack.national.figures.iter().all(|f| f.metric != M));
    }

    #[test]
    fn the_first_view_has_no_timed_figure_and_the_day_has_all() {
        let first = Model::embedded().unwrap();
        assert!(first.pack.all_figures().all(|f| f.time.is_none()));
        assert!(
            first.metric(M).is_some_and(|m| m.timed),
            "its chip is there"
        );
        assert!(first.region("KZ-47").unwrap().result.is_none());
        let day = day();
        assert_eq!(
            day.pack.all_figures().filter(|f| f.time.is_some()).count(),
            96 + 5
        );
        // Every source the first view cites is in it.
        for f in first.pack.all_figures() {
            assert!(first.source(&f.source).is_some(), "{}", f.source);
        }
    }

    #[test]
    fn every_label_of_a_time_says_it_and_that_it_is_not_final() {
        let six = model_at(DAY_PACK, t("18:00")).unwrap();
        let m = six.metric(M).unwrap();
        assert_eq!(
            m.label.text(Lang::En),
            "Intraday turnout, not final, as of 18:00"
        );
        assert!(m
            .label
            .text(Lang::Kk)
            .ends_with("сағат 18:00-дегі жағдай бойынша"));
        assert!(m.label.text(Lang::Ru).ends_with("на 18:00"));
        for lang in Lang::ALL {
            let text = summary::text(&six, m, lang);
            assert!(text.contains("18:00"), "{text}");
        }
        let e = summary::text(&six, m, Lang::En);
        assert!(e.contains("not final") && e.contains("Kyzylorda"), "{e}");
        // The other metrics keep their labels.
        assert_eq!(
            six.metric("members").unwrap().label,
            day().metric("members").unwrap().label
        );
        let twenty = model_at(DAY_PACK, t("20:00")).unwrap();
        assert!(
            twenty
                .metric(M)
                .unwrap()
                .label
                .text(Lang::Kk)
                .contains("20:00-дағы"),
            "«жиырма» takes a back-vowel ending"
        );
    }

    #[test]
    fn mangystau_keeps_its_preliminary_result_with_its_source() {
        let six = model_at(DAY_PACK, t("18:00")).unwrap();
        let r = six.region("KZ-47").unwrap();
        let result: Vec<(&str, f64)> = r
            .figures
            .iter()
            .filter(|f| f.source == "infohub-mangystau")
            .map(|f| (f.metric.as_str(), f.value))
            .collect();
        assert_eq!(
            result,
            [
                ("yes_share", 93.4),
                ("participants", 345554.0),
                ("yes_votes", 322732.0),
                ("no_votes", 9303.0),
                ("ballots_invalid", 7844.0),
                ("ballots_not_counted", 5675.0)
            ]
        );
        for f in r.figures.iter().filter(|f| f.source == "infohub-mangystau") {
            let note = f.note.as_ref().unwrap();
            assert!(note
                .text(Lang::En)
                .starts_with("Preliminary result, 16 March 2026"));
            assert!(!note.text(Lang::En).contains("Final result"));
            assert!(
                note.text(Lang::Kk).starts_with("Алдын ала"),
                "{}",
                note.text(Lang::Kk)
            );
        }
        assert!(six.source("infohub-mangystau").is_some());
    }
}
