//! Topics for the Compare view's filter, assigned to a pair by two readable rule tables: the
//! sections its articles are in, and Russian keywords in its texts (either edition).

use crate::align::Side;

pub struct Topic {
    pub id: &'static str,
    pub kk: &'static str,
    pub ru: &'static str,
    pub en: &'static str,
}

/// In the order the filter lists them (and pairs list their topics).
#[rustfmt::skip]
pub const TOPICS: &[Topic] = &[
    Topic { id: "foundations", kk: "Конституциялық құрылыс негіздері", ru: "Основы конституционного строя", en: "Foundations of the constitutional order" },
    Topic { id: "rights", kk: "Құқықтар мен бостандықтар", ru: "Права и свободы", en: "Rights and freedoms" },
    Topic { id: "president", kk: "Президент", ru: "Президент", en: "President" },
    Topic { id: "parliament", kk: "Парламент", ru: "Парламент", en: "Parliament" },
    Topic { id: "government", kk: "Үкімет", ru: "Правительство", en: "Government" },
    Topic { id: "people_council", kk: "Қазақстан Халық Кеңесі", ru: "Қазақстан Халық Кеңесі (Народный Совет Казахстана)", en: "Qazaqstan Halyq Kenesi (People's Council)" },
    Topic { id: "constitutional_court", kk: "Конституциялық Сот", ru: "Конституционный Суд", en: "Constitutional Court" },
    Topic { id: "judiciary", kk: "Соттар және сот төрелігі", ru: "Суды и правосудие", en: "Courts and justice" },
    Topic { id: "local", kk: "Жергілікті басқару", ru: "Местное управление", en: "Local government" },
    Topic { id: "elections", kk: "Сайлау және референдум", ru: "Выборы и референдумы", en: "Elections and referendums" },
    Topic { id: "amendments", kk: "Конституцияға өзгерістер енгізу", ru: "Изменение Конституции", en: "Amending the Constitution" },
    Topic { id: "language", kk: "Тіл", ru: "Язык", en: "Language" },
    Topic { id: "land", kk: "Жер және табиғи ресурстар", ru: "Земля и природные ресурсы", en: "Land and natural resources" },
    Topic { id: "religion", kk: "Дін және зайырлылық", ru: "Религия и светскость", en: "Religion and secularism" },
];

/// Every article of these sections gets the topic. The final and transitional provisions
/// (old IX, new XI) have none of their own.
#[rustfmt::skip]
pub const SECTION_TOPICS: &[(Side, &str, &str)] = &[
    (Side::Old, "I", "foundations"),           (Side::New, "I", "foundations"),
    (Side::Old, "II", "rights"),               (Side::New, "II", "rights"),
    (Side::Old, "III", "president"),           (Side::New, "III", "president"),
    (Side::Old, "IV", "parliament"),           (Side::New, "IV", "parliament"),
    (Side::Old, "V", "government"),            (Side::New, "V", "government"),
                                               (Side::New, "VI", "people_council"),
    (Side::Old, "VI", "constitutional_court"), (Side::New, "VII", "constitutional_court"),
    (Side::Old, "VII", "judiciary"),           (Side::New, "VIII", "judiciary"),
    (Side::Old, "VIII", "local"),              (Side::New, "IX", "local"),
                                               (Side::New, "X", "amendments"),
];

/// A keyword is a run of consecutive words, each given by its beginning (Russian inflects:
/// "язык" matches "язык", "языке", "языком"). Matched on whole words, lowercased, so "аким"
/// does not match "таким".
#[rustfmt::skip]
pub const KEYWORD_TOPICS: &[(&str, &[&[&str]])] = &[
    ("language", &[&["язык"]]),
    ("land", &[&["земл"], &["земельн"], &["недр"], &["природн", "ресурс"], &["природн", "богатств"]]),
    ("religion", &[&["религи"], &["конфессион"], &["межконфессион"], &["светск"]]),
    ("elections", &[&["выборы"], &["выборов"], &["выборах"], &["избирательн"], &["референдум"]]),
    ("amendments", &[&["изменени", "и", "дополнени", "в", "конституци"]]),
    ("people_council", &[&["қазақстан", "халық", "кеңес"]]),
    ("local", &[&["маслихат"], &["аким"], &["местн", "самоуправлени"]]),
    ("constitutional_court", &[&["конституционн", "суд"]]),
];

fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

fn mentions(words: &[String], keyword: &[&str]) -> bool {
    words
        .windows(keyword.len())
        .any(|run| run.iter().zip(keyword).all(|(w, k)| w.starts_with(k)))
}

/// The topics of a pair: `sections` are (edition, section id) of its articles, `texts` their
/// Russian texts. In `TOPICS` order.
pub fn assign(sections: &[(Side, &str)], texts: &[&str]) -> Vec<&'static str> {
    let words: Vec<Vec<String>> = texts.iter().map(|t| words(t)).collect();
    TOPICS
        .iter()
        .map(|t| t.id)
        .filter(|&id| {
            let by_section = SECTION_TOPICS
                .iter()
                .any(|&(side, sec, topic)| topic == id && sections.contains(&(side, sec)));
            let by_keyword = KEYWORD_TOPICS
                .iter()
                .filter(|(topic, _)| *topic == id)
                .flat_map(|(_, kws)| kws.iter())
                .any(|kw| words.iter().any(|w| mentions(w, kw)));
            by_section || by_keyword
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_name_only_known_topics() {
        let known = |id: &str| TOPICS.iter().any(|t| t.id == id);
        assert!(SECTION_TOPICS.iter().all(|t| known(t.2)));
        assert!(KEYWORD_TOPICS.iter().all(|t| known(t.0)));
        assert!(TOPICS
            .iter()
            .all(|t| t.id.chars().all(|c| c.is_ascii_lowercase() || c == '_')));
    }

    #[test]
    fn keywords_match_word_beginnings_only() {
        let t = assign(
            &[],
            &["Таким образом, государственным языком является казахский."],
        );
        assert_eq!(t, vec!["language"]);
        let t = assign(
            &[],
            &["Внести изменения и дополнения в Конституцию; Қазақстан Халық Кеңесі"],
        );
        assert_eq!(t, vec!["people_council", "amendments"]);
        assert_eq!(assign(&[(Side::New, "IV")], &[""]), vec!["parliament"]);
    }
}
