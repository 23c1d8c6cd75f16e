use super::diff;
use super::*;
use crate::content::figures_csv::{csv_to_pack, figures_to_csv};

const PAVLODAR: &str = "KZ-55";

fn real() -> Value {
    serde_json::from_str(include_str!("../../content/pack.json")).unwrap()
}

fn geo() -> Geo {
    Geo::embedded()
}

fn pavlodar() -> Scope {
    Scope::Region(PAVLODAR.into())
}

fn members(pack: &Value) -> (usize, FigureDraft) {
    let i = find_figure(pack, &pavlodar(), "members").unwrap();
    (i, FigureDraft::of(&figures(pack, &pavlodar())[i]))
}

fn new_source() -> SourceDraft {
    SourceDraft {
        outlet: "Kazinform".into(),
        url: "https://www.inform.kz/ru/example".into(),
        headline: "Коалиция Павлодарской области".into(),
        language: "ru".into(),
        translations: [
            "".into(),
            "ignored: the published language".into(),
            "Pavlodar Region's coalition".into(),
        ],
        date: "2026-03-01".into(),
    }
}

#[test]
fn the_real_pack_checks_clean() {
    assert_eq!(check(&real(), &geo()).errors, vec![]);
}

#[test]
fn a_figure_with_a_new_source_is_valid_and_is_the_only_change() {
    let base = real();
    let mut pack = base.clone();
    let (id, at) = add_source(&mut pack, &new_source()).unwrap();
    assert_eq!(id, "kazinform-2026-03-01");
    assert_eq!(
        pack["sources"][at]["title"],
        json!({"ru": "Коалиция Павлодарской области", "en": "Pavlodar Region's coalition"})
    );
    let (i, mut d) = members(&pack);
    assert_eq!(
        (d.value.as_str(), d.qualifier.as_str()),
        ("130", "at_least")
    );
    d.value = "150".into();
    d.qualifier = "exact".into();
    d.as_of = "2026-03-01".into();
    d.source = id.clone();
    d.note[2] = "Members named at the meeting.".into();
    assert_eq!(set_figure(&mut pack, &pavlodar(), Some(i), &d), Some(i));
    assert_eq!(check(&pack, &geo()).errors, vec![]);
    let f = &figures(&pack, &pavlodar())[i];
    assert_eq!(f["value"], json!(150));
    assert!(f["value"].is_u64(), "a count stays an integer");
    assert_eq!(figure_text(&pack, f, Lang::En), "150");
    assert_eq!(
        figure_text(&base, &figures(&base, &pavlodar())[i], Lang::En),
        "130+"
    );

    let changes = diff::figures(&base, &pack);
    assert_eq!(changes.len(), 1, "{changes:?}");
    assert_eq!(
        (&changes[0].scope, changes[0].metric.as_str()),
        (&pavlodar(), "members")
    );
    assert_eq!(changes[0].before.as_ref().unwrap()["value"], json!(130));
    assert_eq!(changes[0].after.as_ref().unwrap()["source"], json!(id));
    assert_eq!(diff::added_sources(&base, &pack), vec![id]);
}

/// The messages the widget gives, at the fields the form shows them beside.
#[test]
fn mistakes_get_the_widgets_messages_at_their_fields() {
    let mut pack = real();
    let (i, mut d) = members(&pack);
    let at = format!("{}[{i}]", figures_path(&pack, &pavlodar()).unwrap());
    d.value = "-5".into();
    set_figure(&mut pack, &pavlodar(), Some(i), &d);
    let r = check(&pack, &geo());
    let msgs: Vec<_> = r
        .at(&format!("{at}.value"))
        .iter()
        .map(|e| e.message.as_str())
        .collect();
    assert_eq!(msgs, ["must be a number of zero or more, found -5"]);
    assert_eq!(r.errors.len(), 1);

    d.value = "150".into();
    d.qualifier = "around".into();
    set_figure(&mut pack, &pavlodar(), Some(i), &d);
    let r = check(&pack, &geo());
    let e = r.at(&format!("{at}.qualifier"));
    assert_eq!(e.len(), 1, "{:?}", r.errors);
    assert!(
        e[0].message
            .starts_with("unknown variant `around`, expected one of"),
        "{}",
        e[0].message
    );

    d.qualifier = "exact".into();
    set_figure(&mut pack, &pavlodar(), Some(i), &d);
    let mut s = new_source();
    s.url = String::new();
    let (_, k) = add_source(&mut pack, &s).unwrap();
    let r = check(&pack, &geo());
    let msgs: Vec<_> = r
        .at(&format!("sources[{k}].url"))
        .iter()
        .map(|e| e.message.as_str())
        .collect();
    assert_eq!(msgs, ["expected an http(s) URL, found \"\""]);
    // Fixed in the source's own form, the message goes.
    set_source_field(&mut pack, k, "url", "https://www.inform.kz/ru/example");
    assert_eq!(check(&pack, &geo()).errors, vec![]);
    set_source_field(&mut pack, k, "title.en", "");
    assert_eq!(
        pack["sources"][k]["title"],
        json!({"ru": "Коалиция Павлодарской области"})
    );
    assert_eq!(source_index(&pack, "kazinform-2026-03-01"), Some(k));
    // A path is not a prefix of its neighbour's: sources[4] is not inside sources[44].
    assert_eq!(r.at("sources[4]").len(), 0);
}

#[test]
fn a_removed_figure_is_not_reported_never_zero() {
    let base = real();
    let mut pack = base.clone();
    let (i, _) = members(&pack);
    remove_figure(&mut pack, &pavlodar(), i);
    assert_eq!(find_figure(&pack, &pavlodar(), "members"), None);
    assert_eq!(check(&pack, &geo()).errors, vec![]);
    let changes = diff::figures(&base, &pack);
    assert_eq!(changes.len(), 1);
    assert_eq!(changes[0].after, None);
}

#[test]
fn a_figure_for_a_unit_the_pack_lacks_adds_its_entry() {
    let mut pack = real();
    pack["regions"]
        .as_array_mut()
        .unwrap()
        .retain(|r| r["id"] != PAVLODAR);
    let d = FigureDraft {
        metric: "members".into(),
        value: "12".into(),
        qualifier: "exact".into(),
        as_of: "2026-02-13".into(),
        source: "astanatv-2026-02-13".into(),
        note: Default::default(),
    };
    assert_eq!(set_figure(&mut pack, &pavlodar(), None, &d), Some(0));
    assert_eq!(check(&pack, &geo()).errors, vec![]);
}

#[test]
fn a_new_metric_and_a_status_are_checked_like_the_rest() {
    let mut pack = real();
    add_metric(
        &mut pack,
        "volunteers",
        &["Еріктілер".into(), "".into(), "Volunteers".into()],
        Unit::Count,
        true,
    );
    set_status(
        &mut pack,
        PAVLODAR,
        "started",
        "2026-02-13",
        "astanatv-2026-02-13",
    );
    assert_eq!(check(&pack, &geo()).errors, vec![]);
    add_metric(&mut pack, "Bad Id", &Default::default(), Unit::Count, false);
    let r = check(&pack, &geo());
    let n = pack["metrics"].as_array().unwrap().len() - 1;
    assert_eq!(r.at(&format!("metrics[{n}].id")).len(), 1, "{:?}", r.errors);
    assert_eq!(
        r.at(&format!("metrics[{n}].label")).len(),
        1,
        "{:?}",
        r.errors
    );
}

#[test]
fn source_ids_are_unique() {
    let mut pack = real();
    let a = add_source(&mut pack, &new_source()).unwrap().0;
    let b = add_source(&mut pack, &new_source()).unwrap().0;
    assert_eq!(
        (a.as_str(), b.as_str()),
        ("kazinform-2026-03-01", "kazinform-2026-03-01-2")
    );
    assert_eq!(source_id(&pack, "«Хабар» 24", ""), "24");
    assert_eq!(source_id(&pack, "", ""), "source");
}

#[test]
fn the_real_pack_round_trips_through_csv_losslessly() {
    let pack = real();
    let csv = figures_to_csv(&pack).unwrap();
    let back = csv_to_pack(&csv, &pack).unwrap();
    assert_eq!(back.pack, pack);
    assert_eq!(diff::figures(&pack, &back.pack), vec![]);
}

#[test]
fn an_error_leads_to_its_figure() {
    let pack = real();
    let k = pack["regions"]
        .as_array()
        .unwrap()
        .iter()
        .position(|r| r["id"] == PAVLODAR)
        .unwrap();
    assert_eq!(
        locate(&pack, &format!("regions[{k}].figures[2].value")),
        Some((pavlodar(), 2))
    );
    assert_eq!(
        locate(&pack, "national.figures[1]"),
        Some((Scope::National, 1))
    );
    assert_eq!(
        locate(&pack, "outcome.figures[0].source"),
        Some((Scope::Outcome, 0))
    );
    assert_eq!(locate(&pack, "sources[3].url"), None);
    assert_eq!(locate(&pack, &format!("regions[{k}].status")), None);
    assert_eq!(
        field_message("unknown variant `around`, expected one of `exact` at line 1 column 5120"),
        "unknown variant `around`, expected one of `exact`"
    );
    assert_eq!(field_message("must not be empty"), "must not be empty");
}

fn person() -> PersonDraft {
    PersonDraft {
        name: [
            "Асқар Серікұлы".into(),
            "Аскар Серикулы".into(),
            String::new(),
        ],
        role: [
            "Облыстық коалиция мүшесі".into(),
            "Член областной коалиции".into(),
            "Member of the regional coalition".into(),
        ],
        quote: "  Біз әр ауылға барамыз.  ".into(),
        quote_lang: "kk".into(),
        source: "baq-2026-02-13".into(),
    }
}

/// The unit's people as the widget reads them.
fn people_of(pack: &Value, region: &str) -> Vec<crate::content::pack::Person> {
    let m = crate::content::Model::build(&pack.to_string(), geo()).unwrap();
    let r = m.pack.regions.iter().find(|r| r.id == region);
    r.map(|r| r.people.clone()).unwrap_or_default()
}

#[test]
fn a_person_is_added_after_the_units_people_and_read_by_the_widget() {
    let mut pack = real();
    let before = people_of(&pack, PAVLODAR).len();
    add_person(&mut pack, PAVLODAR, &person());
    assert_eq!(check(&pack, &geo()).errors, vec![]);
    let people = people_of(&pack, PAVLODAR);
    assert_eq!(people.len(), before + 1);
    let p = people.last().unwrap();
    assert_eq!(p.name.kk.as_deref(), Some("Асқар Серікұлы"));
    assert_eq!(p.name.en, None, "a name not given in a language stays out");
    assert_eq!(
        p.role.en.as_deref(),
        Some("Member of the regional coalition")
    );
    let quote = p.quote.as_ref().unwrap();
    assert_eq!(quote.kk.as_deref(), Some("Біз әр ауылға барамыз."));
    assert_eq!((quote.ru.as_ref(), quote.en.as_ref()), (None, None));
    assert_eq!(p.source, "baq-2026-02-13");

    // Without words, no quote.
    let mut silent = person();
    silent.quote = "   ".into();
    add_person(&mut pack, PAVLODAR, &silent);
    assert_eq!(people_of(&pack, PAVLODAR).last().unwrap().quote, None);

    // Removed, the unit is as it was; a list emptied goes.
    remove_person(&mut pack, PAVLODAR, before + 1);
    remove_person(&mut pack, PAVLODAR, before);
    remove_person(&mut pack, PAVLODAR, 99);
    assert_eq!(pack, real());
}

#[test]
fn a_unit_with_no_entry_gets_one_and_loses_its_people_list_with_the_last() {
    let mut pack = real();
    let id = pack["regions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r.get("people").is_none())
        .map(|r| r["id"].as_str().unwrap().to_string())
        .unwrap();
    add_person(&mut pack, &id, &person());
    assert_eq!(people_of(&pack, &id).len(), 1);
    remove_person(&mut pack, &id, 0);
    assert_eq!(pack, real());
}

#[test]
fn a_persons_mistakes_get_the_widgets_messages_at_their_fields() {
    let mut pack = real();
    let mut d = person();
    d.name = Default::default();
    d.source = "no-such-source".into();
    add_person(&mut pack, PAVLODAR, &d);
    let r = check(&pack, &geo());
    let i = region_index(&pack, PAVLODAR).unwrap();
    let j = pack["regions"][i]["people"].as_array().unwrap().len() - 1;
    let at = |f: &str| format!("regions[{i}].people[{j}].{f}");
    assert_eq!(r.at(&at("name")).len(), 1, "{:?}", r.errors);
    assert_eq!(r.at(&at("source")).len(), 1, "{:?}", r.errors);
    assert!(r.at(&at("role")).is_empty());
    assert_eq!(r.errors.len(), 2, "{:?}", r.errors);
}

#[test]
fn figures_at_a_time_of_day_say_their_time_and_keep_their_rules() {
    let mut pack = real();
    let kyzylorda = Scope::Region("KZ-43".into());
    let i = find_figure(&pack, &kyzylorda, "turnout_intraday").unwrap();
    let f = figures(&pack, &kyzylorda)[i].clone();
    assert_eq!(figure_text(&pack, &f, Lang::En), "24.02% (10:00)");
    // Edited in the form, the figure keeps its time.
    let mut d = FigureDraft::of(&f);
    d.value = "25".into();
    set_figure(&mut pack, &kyzylorda, Some(i), &d);
    assert_eq!(figures(&pack, &kyzylorda)[i]["time"], "10:00");
    assert_eq!(check(&pack, &geo()).errors, vec![]);
    // Without its time (a hand-made CSV, a file edited elsewhere) it is an error at the field.
    let path = format!("{}[{i}].time", figures_path(&pack, &kyzylorda).unwrap());
    let j = region_index(&pack, "KZ-43").unwrap();
    pack["regions"][j]["figures"][i]
        .as_object_mut()
        .unwrap()
        .remove("time");
    let r = check(&pack, &geo());
    assert_eq!(r.errors.len(), 1, "{:?}", r.errors);
    assert!(
        r.at(&path)[0].message.contains("is timed"),
        "{:?}",
        r.errors
    );
}
