//! Alphabetical order of names in each language. Code-point order puts the Kazakh letters
//! (Қ, Ұ, Ә …) after Я, and Russian official names begin with «город» or «область»
//! («город Алматы», «область Абай»), which would send those units to the end.

use crate::lang::Lang;
use std::cmp::Ordering;

/// The Kazakh Cyrillic alphabet, in order.
const KK: &str = "аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя";
/// The Russian alphabet, in order.
const RU: &str = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя";
/// In Russian text a Kazakh letter sorts with the Russian letter it is written with
/// elsewhere («область Ұлытау» among the У), just after it.
const KK_IN_RU: [(char, char); 9] = [
    ('ә', 'а'),
    ('ғ', 'г'),
    ('қ', 'к'),
    ('ң', 'н'),
    ('ө', 'о'),
    ('ұ', 'у'),
    ('ү', 'у'),
    ('һ', 'х'),
    ('і', 'и'),
];
/// Words that name the kind of unit before the name itself in Russian.
const RU_KIND_WORDS: [&str; 2] = ["город ", "область "];

/// Lowercase for the Cyrillic and ASCII letters, by hand: `char::to_lowercase` and friends
/// bring Unicode tables that would cost the first view's bytes more than this whole module.
pub(crate) fn lower(c: char) -> char {
    let u = c as u32;
    let l = match u {
        0x41..=0x5a => u + 0x20,
        0x400..=0x40f => u + 0x50,
        0x410..=0x42f => u + 0x20,
        // Cyrillic letters added for other languages (Ә, Ғ, Қ, Ң, Ө, Ұ, Ү, Һ …) come in
        // pairs, the capital first.
        0x460..=0x481 | 0x48a..=0x4bf | 0x4d0..=0x4ff if u % 2 == 0 => u + 1,
        _ => u,
    };
    char::from_u32(l).unwrap_or(c)
}

/// Marks that never count in a name's order.
fn is_mark(c: char) -> bool {
    c.is_ascii_punctuation()
        || matches!(
            c,
            '«' | '»' | '“' | '”' | '„' | '‘' | '’' | '–' | '—' | '…' | '·' | '\u{ad}'
        )
}

/// One sort position. Word breaks come before every letter, so «Алматы қаласы» sorts
/// before «Алматыға»; digits come before letters, and letters outside the alphabet after it.
fn weight(lang: Lang, c: char) -> Option<u32> {
    if c.is_ascii_whitespace() || matches!(c, '-' | '\u{a0}' | '\u{2010}') {
        return Some(0);
    }
    if let Some(d) = c.to_digit(10) {
        return Some(1 + d);
    }
    if is_mark(c) {
        return None;
    }
    let c = lower(c);
    let rank = |alphabet: &str, c: char| alphabet.chars().position(|a| a == c);
    let base = 16;
    let pos = match lang {
        Lang::Kk => rank(KK, c).map(|p| p as u32 * 2),
        Lang::Ru => match KK_IN_RU.iter().find(|(k, _)| *k == c) {
            Some((_, r)) => rank(RU, *r).map(|p| p as u32 * 2 + 1),
            None => rank(RU, c).map(|p| p as u32 * 2),
        },
        Lang::En => None,
    };
    // Latin letters (and English throughout) by lowercase code point, after the alphabet.
    Some(base + pos.unwrap_or(200 + c as u32))
}

/// The part of a name that sorts: Russian drops a leading «город» or «область».
fn sorting_part(lang: Lang, name: &str) -> &str {
    let name = name.trim_start();
    if lang == Lang::Ru {
        for w in RU_KIND_WORDS {
            if let Some(head) = name.get(..w.len()) {
                if head.chars().map(lower).eq(w.chars()) {
                    return &name[w.len()..];
                }
            }
        }
    }
    name
}

/// Compares two names in `lang`'s alphabetical order, ignoring letter case; equal keys fall
/// back to the full text so the order is total.
pub fn cmp(lang: Lang, a: &str, b: &str) -> Ordering {
    let key = |s: &'_ str| {
        sorting_part(lang, s)
            .chars()
            .filter_map(|c| weight(lang, c))
            .collect::<Vec<u32>>()
    };
    key(a).cmp(&key(b)).then_with(|| a.cmp(b))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::Model;

    fn sorted(lang: Lang, names: &[&str]) -> Vec<String> {
        let mut v: Vec<&str> = names.to_vec();
        v.sort_by(|a, b| cmp(lang, a, b));
        v.into_iter().map(String::from).collect()
    }

    fn unit_names(lang: Lang) -> Vec<String> {
        let model = Model::embedded().unwrap();
        let mut v: Vec<String> = model
            .geo
            .units
            .iter()
            .map(|u| u.names.text(lang).to_string())
            .collect();
        v.sort_by(|a, b| cmp(lang, a, b));
        v
    }

    /// The order the content review expects for all 20 units (Қ after Ж and before Л, Ұ
    /// after У, Ғ right after Г).
    #[test]
    fn kazakh_units_in_alphabet_order() {
        assert_eq!(
            unit_names(Lang::Kk),
            [
                "Абай облысы",
                "Ақмола облысы",
                "Ақтөбе облысы",
                "Алматы қаласы",
                "Алматы облысы",
                "Астана қаласы",
                "Атырау облысы",
                "Батыс Қазақстан облысы",
                "Жамбыл облысы",
                "Жетісу облысы",
                "Қарағанды облысы",
                "Қостанай облысы",
                "Қызылорда облысы",
                "Маңғыстау облысы",
                "Павлодар облысы",
                "Солтүстік Қазақстан облысы",
                "Түркістан облысы",
                "Ұлытау облысы",
                "Шығыс Қазақстан облысы",
                "Шымкент қаласы",
            ]
        );
    }

    #[test]
    fn russian_units_ignore_the_kind_word() {
        assert_eq!(
            unit_names(Lang::Ru),
            [
                "область Абай",
                "Акмолинская область",
                "Актюбинская область",
                "Алматинская область",
                "город Алматы",
                "город Астана",
                "Атырауская область",
                "Восточно-Казахстанская область",
                "Жамбылская область",
                "область Жетісу",
                "Западно-Казахстанская область",
                "Карагандинская область",
                "Костанайская область",
                "Кызылординская область",
                "Мангистауская область",
                "Павлодарская область",
                "Северо-Казахстанская область",
                "Туркестанская область",
                "область Ұлытау",
                "город Шымкент",
            ]
        );
    }

    #[test]
    fn english_units_ignore_case() {
        let names = unit_names(Lang::En);
        let mut plain = names.clone();
        plain.sort_by_key(|n| n.to_lowercase());
        assert_eq!(names, plain);
        assert_eq!(names[0], "Abai Region");
        assert_eq!(
            sorted(Lang::En, &["almaty", "Akmola", "abai", "Zhetysu"]),
            ["abai", "Akmola", "almaty", "Zhetysu"]
        );
    }

    #[test]
    fn kazakh_letters_sit_after_their_base_letter() {
        for (a, b) in [
            ("Абай", "Әлия"),
            ("Әлия", "Бота"),
            ("Гүл", "Ғалым"),
            ("Ғалым", "Дана"),
            ("Күн", "Қала"),
            ("Қала", "Лала"),
            ("Нан", "Ңа"),
            ("Орал", "Өскемен"),
            ("Өскемен", "Павлодар"),
            ("Ут", "Ұлы"),
            ("Ұлы", "Үкі"),
            ("Үкі", "Фа"),
            ("Хан", "Һа"),
            ("Һа", "Цирк"),
            ("Ыбырай", "Іле"),
            ("Іле", "Эмба"),
            ("Жетісу", "Қарағанды"),
            ("Шығыс", "Шымкент"),
        ] {
            assert_eq!(cmp(Lang::Kk, a, b), Ordering::Less, "{a} < {b}");
            assert_eq!(cmp(Lang::Kk, b, a), Ordering::Greater, "{b} > {a}");
        }
    }

    #[test]
    fn russian_places_kazakh_letters_among_russian_ones() {
        assert_eq!(
            sorted(
                Lang::Ru,
                &["Уральск", "область Ұлытау", "Туркестан", "Фрунзе"]
            ),
            ["Туркестан", "Уральск", "область Ұлытау", "Фрунзе"]
        );
        assert_eq!(
            sorted(Lang::Ru, &["Ёлка", "Жук", "Ель"]),
            ["Ель", "Ёлка", "Жук"]
        );
        assert_eq!(
            cmp(Lang::Ru, "Город Алматы", "Акмолинская"),
            Ordering::Greater
        );
        assert_eq!(cmp(Lang::Ru, "городок", "Акмолинская"), Ordering::Greater);
    }

    #[test]
    fn lowercase_by_hand_agrees_with_unicode() {
        for c in ('A'..='Z').chain('\u{400}'..='\u{4ff}') {
            let unicode = c.to_lowercase().next().unwrap();
            if KK.contains(unicode) || RU.contains(unicode) || c.is_ascii() {
                assert_eq!(lower(c), unicode, "{c}");
            }
        }
        for c in KK.chars().chain(RU.chars()) {
            assert_eq!(lower(c), c, "{c} is already lowercase");
        }
    }

    #[test]
    fn words_case_digits_and_punctuation() {
        assert_eq!(cmp(Lang::Kk, "Алматы қаласы", "Алматыға"), Ordering::Less);
        assert_eq!(cmp(Lang::Kk, "абай", "Абай"), "абай".cmp("Абай"));
        assert!(cmp(Lang::Kk, "«Абай»", "Абай").is_ne(), "a total order");
        assert_eq!(cmp(Lang::Kk, "«Абай»", "Ақмола"), Ordering::Less);
        assert_eq!(cmp(Lang::Ru, "2 отряд", "Абай"), Ordering::Less);
        assert_eq!(cmp(Lang::En, "Zhetysu", "Абай"), Ordering::Less);
        assert_eq!(cmp(Lang::Kk, "", ""), Ordering::Equal);
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod props {
    use super::*;
    use proptest::prelude::*;

    fn name() -> impl Strategy<Value = String> {
        proptest::string::string_regex("[а-яА-ЯәғқңөұүһіӘҒҚҢӨҰҮҺІa-zA-Z0-9 «»-]{0,12}").unwrap()
    }

    proptest! {
        /// A total order: antisymmetric and transitive, as `sort_by` needs.
        #[test]
        fn a_total_order(a in name(), b in name(), c in name()) {
            for lang in Lang::ALL {
                prop_assert_eq!(cmp(lang, &a, &b), cmp(lang, &b, &a).reverse());
                prop_assert_eq!(cmp(lang, &a, &b) == Ordering::Equal, a == b);
                if cmp(lang, &a, &b).is_le() && cmp(lang, &b, &c).is_le() {
                    prop_assert!(cmp(lang, &a, &c).is_le());
                }
            }
        }

        /// Letter case never changes the order of two different names.
        #[test]
        fn case_insensitive(a in name(), b in name()) {
            for lang in Lang::ALL {
                let (la, lb) = (a.to_lowercase(), b.to_lowercase());
                if cmp(lang, &la, &lb) != Ordering::Equal {
                    let (ua, ub) = (a.to_uppercase(), b.to_uppercase());
                    prop_assert_eq!(cmp(lang, &la, &lb), cmp(lang, &ua, &ub));
                }
            }
        }
    }
}
