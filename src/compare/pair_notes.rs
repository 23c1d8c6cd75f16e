//! What the desk's editorial review says about a pair besides its texts: the places its
//! summary cites, the text of a cited point, and the gist a list item shows. Pure; the align
//! tool checks every citation of the pack with these same functions, so what it accepts is
//! what the view can show.

use super::model::CompareModel;
use super::pack::{AlsoFrom, Edition, Pair};
use crate::i18n::compare::place;
use crate::lang::Lang;

/// A cited place in one edition: a whole article (`point: None`) or one point of it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Cite<'a> {
    pub article: &'a str,
    pub point: Option<&'a str>,
}

/// How an article numbers its parts: points ("3.") or, in an article without points, items
/// ("3)"). Items inside a point are cited by the point.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PointKind {
    Point,
    Item,
}

/// Reads the citations of one side of a pair: on a side with one article, "3" is its point
/// 3; on a side with several, "92:1" is point 1 of Art. 92 and "93" the whole Art. 93.
pub fn cites<'a>(side: &'a [String], entries: &'a [String]) -> Vec<Cite<'a>> {
    entries
        .iter()
        .map(|e| match (e.split_once(':'), side) {
            (Some((article, point)), _) => Cite {
                article,
                point: Some(point),
            },
            (None, [one]) => Cite {
                article: one,
                point: Some(e),
            },
            (None, _) => Cite {
                article: e,
                point: None,
            },
        })
        .collect()
}

/// Consecutive citations of the same article, with their points: `(article, points)`, the
/// points empty for a whole article.
pub fn by_article<'a>(cites: &[Cite<'a>]) -> Vec<(&'a str, Vec<&'a str>)> {
    let mut out: Vec<(&str, Vec<&str>)> = Vec::new();
    for c in cites {
        match out.last_mut() {
            Some((a, points)) if *a == c.article => points.extend(c.point),
            _ => out.push((c.article, c.point.into_iter().collect())),
        }
    }
    out
}

/// A paragraph's label: "5-1." → ("5-1", Point), "4)" → ("4", Item).
fn label(line: &str) -> Option<(&str, PointKind)> {
    let end = line
        .find(|c: char| !(c.is_ascii_digit() || c == '-'))
        .unwrap_or(line.len());
    let number = &line[..end];
    let kind = match line[end..].chars().next() {
        Some('.') => PointKind::Point,
        Some(')') => PointKind::Item,
        _ => return None,
    };
    let ok = number.starts_with(|c: char| c.is_ascii_digit()) && !number.ends_with('-');
    ok.then_some((number, kind))
}

/// What the article's top-level parts are: points where it has any, else items.
fn top_kind(text: &str) -> PointKind {
    if text
        .lines()
        .any(|l| label(l).is_some_and(|(_, k)| k == PointKind::Point))
    {
        PointKind::Point
    } else {
        PointKind::Item
    }
}

/// The kind of `point` in an article's text, `None` if the article has no such part.
pub fn point_kind(text: &str, point: &str) -> Option<PointKind> {
    let kind = top_kind(text);
    text.lines()
        .any(|l| label(l) == Some((point, kind)))
        .then_some(kind)
}

/// The text of `point` of an article: its paragraph and those after it up to the next part
/// of the same level (the point's own items included). `None` if there is no such part.
pub fn point_text(text: &str, point: &str) -> Option<String> {
    let kind = top_kind(text);
    let mut lines = text.lines().skip_while(|l| label(l) != Some((point, kind)));
    let first = lines.next()?;
    let rest = lines.take_while(|l| !label(l).is_some_and(|(_, k)| k == kind));
    Some(
        std::iter::once(first)
            .chain(rest)
            .collect::<Vec<_>>()
            .join("\n"),
    )
}

/// What a pair is about in `lang`: its subject and the first sentence of its summary, each
/// only where written in that language (never a text in another language).
pub fn about(pair: &Pair, lang: Lang) -> (Option<&str>, Option<&str>) {
    let subject = pair.subject.as_ref().and_then(|s| s.in_lang(lang));
    let gist = pair
        .summary
        .as_ref()
        .and_then(|s| s.text.in_lang(lang))
        .map(first_sentence);
    (subject, gist)
}

/// The first sentence of a summary, for the list: up to the first ".", "!" or "?" followed
/// by a space and a capital letter or an opening quote (so "ст. 5" and "Art. 44" do not end
/// one). The whole text if it is one sentence.
pub fn first_sentence(text: &str) -> &str {
    let text = text.trim();
    for (i, c) in text.char_indices() {
        if !matches!(c, '.' | '!' | '?') {
            continue;
        }
        let after = &text[i + 1..];
        let next = after.trim_start();
        let spaced = after.len() > next.len();
        let starts = next
            .chars()
            .next()
            .is_some_and(|n| n.is_uppercase() || matches!(n, '«' | '"' | '\'' | '“'));
        if spaced && starts {
            return &text[..=i];
        }
    }
    text
}

/// The places a side's citations name, one per article, for the reader: "1995 Art. 2,
/// points 1, 3". Whether an article has points or items is read from its text.
pub fn places(
    model: &CompareModel,
    lang: Lang,
    edition: Edition,
    side: &[String],
    entries: &[String],
) -> Vec<String> {
    by_article(&cites(side, entries))
        .into_iter()
        .map(|(article, points)| {
            let kind = model
                .text(edition, article, lang)
                .zip(points.first())
                .and_then(|((text, _), p)| point_kind(text, p))
                .unwrap_or(PointKind::Point);
            place(lang, edition, article, kind, &points)
        })
        .collect()
}

/// The text of the cited points of a 1995 article, in `lang` or the first language after it
/// that has them all, with that language.
pub fn cited_text(
    model: &CompareModel,
    lang: Lang,
    article: &str,
    points: &[String],
) -> Option<(String, Lang)> {
    lang.fallbacks().into_iter().find_map(|l| {
        let (text, _) = model
            .text(Edition::Old, article, l)
            .filter(|(_, got)| *got == l)?;
        let parts: Option<Vec<String>> = points.iter().map(|p| point_text(text, p)).collect();
        Some((parts?.join("\n"), l))
    })
}

/// The pair an old article is in (its main counterpart).
pub fn pair_of_old<'a>(model: &'a CompareModel, article: &str) -> Option<&'a Pair> {
    model
        .index()
        .pairs
        .iter()
        .find(|p| p.old.iter().any(|n| n == article))
}

/// Where else this pair's old articles went: the other pairs that record points of one of
/// them as a secondary source, in list order (an old article may feed several new ones).
pub fn continued_in<'a>(model: &'a CompareModel, pair: &Pair) -> Vec<(&'a Pair, &'a AlsoFrom)> {
    model
        .index()
        .pairs
        .iter()
        .filter(|p| p.id != pair.id)
        .flat_map(|p| p.also.iter().map(move |a| (p, a)))
        .filter(|(_, a)| pair.old.contains(&a.old))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compare::test_support::model;

    fn s(v: &[&str]) -> Vec<String> {
        v.iter().map(|x| x.to_string()).collect()
    }

    #[test]
    fn cites_read_the_side_convention() {
        let one = s(&["2"]);
        let entries = s(&["1", "3-1"]);
        assert_eq!(
            cites(&one, &entries),
            vec![
                Cite {
                    article: "2",
                    point: Some("1")
                },
                Cite {
                    article: "2",
                    point: Some("3-1")
                }
            ]
        );
        let two = s(&["92", "93"]);
        let entries = s(&["92:1", "92:2", "93"]);
        let c = cites(&two, &entries);
        assert_eq!(by_article(&c), vec![("92", vec!["1", "2"]), ("93", vec![])]);
    }

    const ART: &str = "1. Первый пункт:\n1) подпункт;\n2) ещё.\nПродолжение.\n2. Второй.\n5-1. Пятый-первый.\n10. Десятый.";

    #[test]
    fn a_point_runs_to_the_next_point_with_its_items() {
        assert_eq!(
            point_text(ART, "1").as_deref(),
            Some("1. Первый пункт:\n1) подпункт;\n2) ещё.\nПродолжение.")
        );
        assert_eq!(
            point_text(ART, "5-1").as_deref(),
            Some("5-1. Пятый-первый.")
        );
        assert_eq!(point_text(ART, "10").as_deref(), Some("10. Десятый."));
        // Items inside a point are cited by the point, never on their own.
        assert_eq!(point_text(ART, "3"), None);
        assert_eq!(point_kind(ART, "2"), Some(PointKind::Point));
        assert_eq!(point_kind(ART, "5"), None);
    }

    #[test]
    fn an_article_of_items_is_cited_by_item() {
        let items = "Президент:\n1) первое;\n2) второе;\n4) четвёртое.";
        assert_eq!(point_text(items, "2").as_deref(), Some("2) второе;"));
        assert_eq!(point_kind(items, "4"), Some(PointKind::Item));
        assert_eq!(point_text(items, "3"), None);
        assert_eq!(point_text("Текст без пунктов.", "1"), None);
    }

    #[test]
    fn first_sentence_skips_abbreviations() {
        assert_eq!(
            first_sentence("Как в ст. 5 и п. 2. Второе предложение."),
            "Как в ст. 5 и п. 2."
        );
        assert_eq!(
            first_sentence("As in Art. 44. «Quoted» next."),
            "As in Art. 44."
        );
        assert_eq!(first_sentence("Бір ғана сөйлем"), "Бір ғана сөйлем");
        assert_eq!(first_sentence(" One. Two."), "One.");
    }

    #[test]
    fn cited_points_come_from_the_readers_language_or_the_next() {
        let m = model();
        let (text, l) = cited_text(&m, Lang::Kk, "4", &s(&["2"])).expect("a text");
        assert_eq!(
            l,
            Lang::Ru,
            "no Kazakh texts in the fixture: Russian is next"
        );
        assert_eq!(text, "2. Никто не может быть произвольно лишен жизни.");
        // The English text of old 2 has no points: the Russian one is shown.
        let (text, l) = cited_text(&m, Lang::En, "2", &s(&["1", "2"])).expect("a text");
        assert_eq!(l, Lang::Ru);
        assert_eq!(text.lines().count(), 2);
        assert!(cited_text(&m, Lang::Ru, "4", &s(&["9"])).is_none());
        assert_eq!(
            pair_of_old(&m, "4").map(|p| p.id.as_str()),
            Some("o4-n5-n6")
        );
        assert!(pair_of_old(&m, "99").is_none());
        assert_eq!(
            places(&m, Lang::En, Edition::Old, &s(&["2"]), &s(&["1", "2"])),
            ["1995 Art.\u{a0}2, points\u{a0}1, 2"]
        );
    }

    #[test]
    fn an_old_article_shows_where_its_points_also_went() {
        let json = crate::compare::test_support::index();
        let mut v = json.clone();
        v["pairs"][0]["also"] =
            serde_json::json!([{"old": "4", "points": ["1"], "new_points": ["1"]}]);
        v["pairs"][2]["also"] =
            serde_json::json!([{"old": "4", "points": ["2"], "new_points": ["1"]}]);
        let ru = crate::compare::test_support::texts_ru().to_string();
        let m = CompareModel::build(&v.to_string(), &[("texts.ru.json", &ru)]).unwrap();
        let split = m.pair("o4-n5-n6").unwrap().clone();
        let got: Vec<(&str, &str)> = continued_in(&m, &split)
            .iter()
            .map(|(p, a)| (p.id.as_str(), a.points[0].as_str()))
            .collect();
        assert_eq!(got, [("o1-n1", "1"), ("o3-n3", "2")]);
        assert!(continued_in(&m, m.pair("o1-n1").unwrap()).is_empty());
    }
}
