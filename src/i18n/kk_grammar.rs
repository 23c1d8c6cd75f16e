//! Kazakh case endings after a word, a number or a date, so that templates never glue a fixed
//! suffix onto a value. A Kazakh suffix follows the last spoken word: its last vowel (back or
//! front, vowel harmony) and its last sound (vowel, sonorant, nasal, voiced or voiceless).
//! A number is spoken in words, so "700" takes the ending of «жүз» (700-ге) and "130" that of
//! «отыз» (130-дан).

use super::collate::lower;

/// The case forms a template can ask for with `{name:case}`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Case {
    /// Барыс септік: «700-ге жуық».
    Dative,
    /// Жатыс септік: «13 ақпанда».
    Locative,
    /// Locative + «-ғы/-гі», the attributive form before a noun: «13 ақпандағы жағдай».
    LocativeAttr,
    /// Шығыс септік: «130-дан астам».
    Ablative,
    /// Ілік септік: «20-ның».
    Genitive,
    /// Табыс септік: «10-ды».
    Accusative,
    /// Third-person possessive, as in «20 өңірдің 5-і» (five of them).
    Possessive,
}

impl Case {
    /// The marker in a template: `{date:attr}`, `{n:dat}`.
    pub fn parse(marker: &str) -> Option<Case> {
        Some(match marker {
            "dat" => Case::Dative,
            "loc" => Case::Locative,
            "attr" => Case::LocativeAttr,
            "abl" => Case::Ablative,
            "gen" => Case::Genitive,
            "acc" => Case::Accusative,
            "poss" => Case::Possessive,
            _ => return None,
        })
    }
}

/// How a word ends, for choosing the suffix's first consonant.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum End {
    Vowel,
    /// р, л, й, and у, и at the end of a word (spoken [w], [j]).
    Sonorant,
    /// м, н, ң.
    Nasal,
    /// ж, з.
    Voiced,
    /// к, қ, п, с, т, ш …, and б, в, г, д, which are devoiced at the end of a word
    /// (миллиард → миллиардқа, секунд → секундтан).
    Voiceless,
}

/// The word's letters, lowercase, without the soft and hard signs (which are not sounds).
fn letters(word: &str) -> impl DoubleEndedIterator<Item = char> + '_ {
    word.chars().map(lower).filter(|c| {
        c.is_ascii_alphabetic() || ('\u{430}'..='\u{4ff}').contains(c) && !matches!(c, 'ь' | 'ъ')
    })
}

fn end(word: &str) -> End {
    let last = letters(word).next_back();
    match last {
        Some('а' | 'ә' | 'е' | 'ё' | 'о' | 'ө' | 'ұ' | 'ү' | 'ы' | 'і' | 'э' | 'ю' | 'я') => {
            End::Vowel
        }
        Some('р' | 'л' | 'й' | 'у' | 'и') => End::Sonorant,
        Some('м' | 'н' | 'ң') => End::Nasal,
        Some('ж' | 'з') => End::Voiced,
        _ => End::Voiceless,
    }
}

fn is_vowel(c: char) -> bool {
    matches!(
        c,
        'а' | 'ә' | 'е' | 'ё' | 'и' | 'о' | 'ө' | 'у' | 'ұ' | 'ү' | 'ы' | 'і' | 'э' | 'ю' | 'я'
    )
}

/// Whether the word's last vowel is a front one (ә, е, ө, ү, і, э, и). «у» at the end of a
/// word or after a vowel is the glide [w] and does not count (елу, тау); before a consonant
/// it is the back vowel of loans (секунд, минут).
fn front(word: &str) -> bool {
    let letters: Vec<char> = letters(word).collect();
    for (i, &c) in letters.iter().enumerate().rev() {
        match c {
            'ә' | 'е' | 'ө' | 'ү' | 'і' | 'э' | 'и' => return true,
            'а' | 'о' | 'ұ' | 'ы' | 'я' | 'ё' | 'ю' => return false,
            'у' if i + 1 < letters.len() && (i == 0 || !is_vowel(letters[i - 1])) => return false,
            _ => {}
        }
    }
    false
}

/// The ending `word` takes in `case`: «ақпан» → «дағы», «қыркүйек» → «тегі», «бес» → «ке».
pub fn suffix(word: &str, case: Case) -> &'static str {
    let e = end(word);
    let pick = |back: &'static str, front_form: &'static str| {
        if front(word) {
            front_form
        } else {
            back
        }
    };
    use End::*;
    match case {
        Case::Dative => match e {
            Voiceless => pick("қа", "ке"),
            _ => pick("ға", "ге"),
        },
        Case::Locative => match e {
            Voiceless => pick("та", "те"),
            _ => pick("да", "де"),
        },
        Case::LocativeAttr => match e {
            Voiceless => pick("тағы", "тегі"),
            _ => pick("дағы", "дегі"),
        },
        Case::Ablative => match e {
            Voiceless => pick("тан", "тен"),
            Nasal => pick("нан", "нен"),
            _ => pick("дан", "ден"),
        },
        Case::Genitive => match e {
            Voiceless => pick("тың", "тің"),
            Vowel | Nasal => pick("ның", "нің"),
            _ => pick("дың", "дің"),
        },
        Case::Accusative => match e {
            Voiceless => pick("ты", "ті"),
            Vowel => pick("ны", "ні"),
            _ => pick("ды", "ді"),
        },
        Case::Possessive => match e {
            Vowel => pick("сы", "сі"),
            _ => pick("ы", "і"),
        },
    }
}

const ONES: [&str; 10] = [
    "",
    "бір",
    "екі",
    "үш",
    "төрт",
    "бес",
    "алты",
    "жеті",
    "сегіз",
    "тоғыз",
];
const TENS: [&str; 10] = [
    "",
    "он",
    "жиырма",
    "отыз",
    "қырық",
    "елу",
    "алпыс",
    "жетпіс",
    "сексен",
    "тоқсан",
];

/// The last word spoken when reading the whole number `n`: 700 «жеті жүз» → «жүз»,
/// 10 000 «он мың» → «мың», 1 100 «бір мың бір жүз» → «жүз».
pub fn last_word(n: u64) -> &'static str {
    let r = n % 1000;
    if n == 0 {
        "нөл"
    } else if r % 10 != 0 {
        ONES[(r % 10) as usize]
    } else if r % 100 != 0 {
        TENS[(r / 10 % 10) as usize]
    } else if r != 0 {
        "жүз"
    } else if n % 1_000_000 != 0 {
        "мың"
    } else if n % 1_000_000_000 != 0 {
        "миллион"
    } else if n % 1_000_000_000_000 != 0 {
        "миллиард"
    } else {
        "триллион"
    }
}

/// The ending after a number written in digits, without the hyphen: `int` is its whole part
/// and `frac` its decimal digits as printed (73,12 → 73 and 12; 87,1 → 87 and 1). A decimal is
/// read «жетпіс үш бүтін жүзден он екі», so its fractional digits speak last.
pub fn number_suffix(int: u64, frac: u64, case: Case) -> &'static str {
    suffix(last_word(if frac > 0 { frac } else { int }), case)
}

#[cfg(test)]
mod tests {
    use super::*;
    use Case::*;

    /// Every number word, with its endings written out by hand: dative, locative, ablative,
    /// genitive, accusative, possessive.
    const WORDS: [(&str, [&str; 6]); 24] = [
        ("нөл", ["ге", "де", "ден", "дің", "ді", "і"]),
        ("бір", ["ге", "де", "ден", "дің", "ді", "і"]),
        ("екі", ["ге", "де", "ден", "нің", "ні", "сі"]),
        ("үш", ["ке", "те", "тен", "тің", "ті", "і"]),
        ("төрт", ["ке", "те", "тен", "тің", "ті", "і"]),
        ("бес", ["ке", "те", "тен", "тің", "ті", "і"]),
        ("алты", ["ға", "да", "дан", "ның", "ны", "сы"]),
        ("жеті", ["ге", "де", "ден", "нің", "ні", "сі"]),
        ("сегіз", ["ге", "де", "ден", "дің", "ді", "і"]),
        ("тоғыз", ["ға", "да", "дан", "дың", "ды", "ы"]),
        ("он", ["ға", "да", "нан", "ның", "ды", "ы"]),
        ("жиырма", ["ға", "да", "дан", "ның", "ны", "сы"]),
        ("отыз", ["ға", "да", "дан", "дың", "ды", "ы"]),
        ("қырық", ["қа", "та", "тан", "тың", "ты", "ы"]),
        ("елу", ["ге", "де", "ден", "дің", "ді", "і"]),
        ("алпыс", ["қа", "та", "тан", "тың", "ты", "ы"]),
        ("жетпіс", ["ке", "те", "тен", "тің", "ті", "і"]),
        ("сексен", ["ге", "де", "нен", "нің", "ді", "і"]),
        ("тоқсан", ["ға", "да", "нан", "ның", "ды", "ы"]),
        ("жүз", ["ге", "де", "ден", "дің", "ді", "і"]),
        ("мың", ["ға", "да", "нан", "ның", "ды", "ы"]),
        ("миллион", ["ға", "да", "нан", "ның", "ды", "ы"]),
        ("миллиард", ["қа", "та", "тан", "тың", "ты", "ы"]),
        ("триллион", ["ға", "да", "нан", "ның", "ды", "ы"]),
    ];

    #[test]
    fn every_number_word_in_every_case() {
        for (word, forms) in WORDS {
            let got = [Dative, Locative, Ablative, Genitive, Accusative, Possessive]
                .map(|c| suffix(word, c));
            assert_eq!(got, forms, "{word}");
        }
    }

    #[test]
    fn last_spoken_word_of_numbers() {
        let cases: [(u64, &str); 24] = [
            (0, "нөл"),
            (1, "бір"),
            (9, "тоғыз"),
            (10, "он"),
            (11, "бір"),
            (20, "жиырма"),
            (40, "қырық"),
            (99, "тоғыз"),
            (100, "жүз"),
            (130, "отыз"),
            (200, "жүз"),
            (457, "жеті"),
            (700, "жүз"),
            (1000, "мың"),
            (1100, "жүз"),
            (1959, "тоғыз"),
            (4000, "мың"),
            (10_000, "мың"),
            (12_000, "мың"),
            (1_000_000, "миллион"),
            (1_195_000, "мың"),
            (9_127_192, "екі"),
            (2_000_000_000, "миллиард"),
            (3_000_000_000_000, "триллион"),
        ];
        for (n, word) in cases {
            assert_eq!(last_word(n), word, "{n}");
        }
    }

    /// 0–100 against the endings spelled out by tens and ones.
    #[test]
    fn dative_and_ablative_from_0_to_100() {
        let dat_ones = ["", "ге", "ге", "ке", "ке", "ке", "ға", "ге", "ге", "ға"];
        let dat_tens = ["ге", "ға", "ға", "ға", "қа", "ге", "қа", "ке", "ге", "ға"];
        let abl_ones = [
            "", "ден", "ден", "тен", "тен", "тен", "дан", "ден", "ден", "дан",
        ];
        let abl_tens = [
            "ден", "нан", "дан", "дан", "тан", "ден", "тан", "тен", "нен", "нан",
        ];
        for n in 0..100u64 {
            let (t, o) = ((n / 10) as usize, (n % 10) as usize);
            let (dat, abl) = if o > 0 {
                (dat_ones[o], abl_ones[o])
            } else {
                (dat_tens[t], abl_tens[t])
            };
            assert_eq!(number_suffix(n, 0, Dative), dat, "{n}");
            assert_eq!(number_suffix(n, 0, Ablative), abl, "{n}");
        }
        assert_eq!(number_suffix(100, 0, Dative), "ге");
        assert_eq!(number_suffix(100, 0, Ablative), "ден");
    }

    /// Round hundreds, thousands and millions keep the ending of «жүз», «мың», «миллион».
    #[test]
    fn round_numbers() {
        for h in 1..10u64 {
            assert_eq!(number_suffix(h * 100, 0, Dative), "ге", "{h}00");
            assert_eq!(number_suffix(h * 1000, 0, Dative), "ға", "{h}000");
            assert_eq!(number_suffix(h * 10_000, 0, Ablative), "нан");
            assert_eq!(number_suffix(h * 1_000_000, 0, Locative), "да");
            assert_eq!(number_suffix(h * 1_000_000_000, 0, Dative), "қа");
        }
    }

    /// The figures the pack and the sources write, with the endings the sources use.
    #[test]
    fn forms_the_sources_write() {
        assert_eq!(number_suffix(700, 0, Dative), "ге", "700-ге жуық");
        assert_eq!(number_suffix(4000, 0, Dative), "ға", "4 мыңға жуық");
        assert_eq!(number_suffix(10_000, 0, Dative), "ға", "10 000-ға жуық");
        assert_eq!(number_suffix(130, 0, Ablative), "дан", "130-дан астам");
        assert_eq!(number_suffix(20, 0, Ablative), "дан", "20-дан астам");
        assert_eq!(number_suffix(1300, 0, Ablative), "ден", "1300-ден астам");
        assert_eq!(
            number_suffix(12_000, 0, Ablative),
            "нан",
            "12 000-нан астам"
        );
        assert_eq!(number_suffix(11, 0, Possessive), "і", "11-і");
        assert_eq!(number_suffix(9, 0, Possessive), "ы", "9-ы");
        assert_eq!(number_suffix(20, 0, Possessive), "сы", "20-сы");
    }

    #[test]
    fn decimals_speak_their_fraction_last() {
        assert_eq!(number_suffix(73, 12, Dative), "ге", "73,12: … он екі");
        assert_eq!(number_suffix(87, 1, Dative), "ге", "87,1: … оннан бір");
        assert_eq!(number_suffix(0, 5, Dative), "ке", "0,5: … оннан бес");
        assert_eq!(number_suffix(12, 6, Ablative), "дан", "12,6: … оннан алты");
        assert_eq!(
            number_suffix(9, 25, Dative),
            "ке",
            "9,25: … жүзден жиырма бес"
        );
    }

    #[test]
    fn words_harmony_and_devoicing() {
        assert_eq!(suffix("секунд", Ablative), "тан", "30 секундтан кейін");
        assert_eq!(suffix("минут", Dative), "қа");
        assert_eq!(suffix("пайыз", Dative), "ға");
        assert_eq!(suffix("тау", Genitive), "дың");
        assert_eq!(suffix("Астана", Genitive), "ның");
        assert_eq!(suffix("Абай", Genitive), "дың");
        assert_eq!(suffix("Қазақстан", Locative), "да");
        assert_eq!(suffix("Шымкент", Locative), "те");
        assert_eq!(suffix("Киев", Dative), "ке");
        assert_eq!(suffix("ЕЛУ", Dative), "ге", "case-insensitive");
        assert_eq!(suffix("", Dative), "қа", "never panics");
    }

    #[test]
    fn markers() {
        for (m, c) in [
            ("dat", Dative),
            ("loc", Locative),
            ("attr", LocativeAttr),
            ("abl", Ablative),
            ("gen", Genitive),
            ("acc", Accusative),
            ("poss", Possessive),
        ] {
            assert_eq!(Case::parse(m), Some(c));
        }
        assert_eq!(Case::parse("Dat"), None);
        assert_eq!(Case::parse(""), None);
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod props {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// Adding a multiple of 1000 never changes the ending of a number whose last three
        /// digits are not zero: the words spoken last are the same.
        #[test]
        fn thousands_do_not_change_the_ending(r in 1u64..1000, k in 1u64..1_000_000) {
            for case in [Case::Dative, Case::Ablative, Case::Genitive, Case::Possessive] {
                prop_assert_eq!(number_suffix(r, 0, case), number_suffix(k * 1000 + r, 0, case));
            }
        }

        /// Every ending agrees in harmony with its number word: a back word never takes a
        /// front suffix and vice versa.
        #[test]
        fn endings_follow_harmony(n in 0u64..u64::MAX / 2) {
            let word = last_word(n);
            let back = ["ға", "қа", "да", "та", "дан", "тан", "нан"];
            let s = number_suffix(n, 0, Case::Ablative);
            prop_assert_eq!(back.contains(&s), !front(word), "{} {}", word, s);
            let d = number_suffix(n, 0, Case::Dative);
            prop_assert_eq!(back.contains(&d), !front(word), "{} {}", word, d);
        }
    }
}
