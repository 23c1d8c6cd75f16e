//! What the pack says about its texts: editions, sources, text statuses and section headings.
//! Written here, not taken from the texts (headings are translated; article texts never are).

use crate::align::Side;
use qazaq_explainer::compare::pack::PREAMBLE;

/// The preamble's heading in Russian (the other languages are in `SECTION_TITLES`).
pub const PREAMBLE_RU: &str = "Преамбула";

/// kk, ru, en; `None` where no wording is given (the widget falls back to another language).
pub type L = [Option<&'static str>; 3];

pub struct SourceMeta {
    pub id: &'static str,
    pub outlet: &'static str,
    pub title: L,
    pub date: &'static str,
    pub url: &'static str,
    pub language: &'static str,
}

pub const OLD_TEXT: &str = "adilet-1995-ru";
pub const NEW_TEXT: &str = "zan-2026-ru";
/// The first copy of the Russian 2026 text: it confirms the second one article by article.
pub const NEW_TEXT_FIRST_COPY: &str = "copy-2026-ru";
pub const OLD_TEXT_KK: &str = "zan-1995-kk";
pub const NEW_TEXT_KK: &str = "zan-2026-kk";
pub const OLD_TRANSLATION: &str = "unofficial-1995-en";
/// The desk's summaries are an editorial account of both texts written for this widget, not
/// quotations, so they get their own source entry saying so (linked to the 2026 text they
/// describe) rather than being attributed to the text itself. Written in all three languages.
pub const SUMMARIES: &str = "desk-summary";

pub const SOURCES: &[SourceMeta] = &[
    SourceMeta {
        id: OLD_TEXT,
        outlet: "Adilet legal information system (Institute of Legislation and Legal Information, Ministry of Justice of the Republic of Kazakhstan)",
        title: [
            Some("Қазақстан Республикасының Конституциясы (1995 жылғы 30 тамызда республикалық референдумда қабылданған), 2023 жылғы 1 қаңтардағы редакция"),
            Some("Конституция Республики Казахстан (принята на республиканском референдуме 30 августа 1995 года), редакция по состоянию на 1 января 2023 года"),
            Some("Constitution of the Republic of Kazakhstan (adopted at the republican referendum of 30 August 1995), edition of 1 January 2023"),
        ],
        date: "2023-01-01",
        url: "https://adilet.zan.kz/rus/docs/K950001000_",
        language: "ru",
    },
    SourceMeta {
        id: NEW_TEXT,
        outlet: "Legal database of the Republic of Kazakhstan (zan.gov.kz, document 223244/rus, version of 15.03.2026), as copied in the GitHub repository kazakhstan-law/codes (commit 014c45e)",
        title: [
            Some("Қазақстан Республикасының Конституциясы (2026), орыс тіліндегі мәтін: ресми мәтіннің үшінші тараптан алынған көшірмесі"),
            Some("Конституция Республики Казахстан (2026), текст на русском языке: копия официального текста из стороннего источника"),
            Some("Constitution of the Republic of Kazakhstan (2026), Russian text: third-party copy of the official text"),
        ],
        date: "2026-03-15",
        url: "https://zan.gov.kz/client/#!/doc/223244/rus",
        language: "ru",
    },
    SourceMeta {
        id: NEW_TEXT_FIRST_COPY,
        outlet: "Third-party copy of Adilet document K2600000000 (GitHub repository nurkal022/law_rag, taken from the mirror site pkzsk.info)",
        title: [
            Some("Қазақстан Республикасының Конституциясы (2026): мәтіннің екінші, тәуелсіз көшірмесі (кіріспесіз); 96 баптың бәрі сөзбе-сөз сәйкес келеді"),
            Some("Конституция Республики Казахстан (2026): вторая, независимая копия текста (без преамбулы); все 96 статей совпадают дословно"),
            Some("Constitution of the Republic of Kazakhstan (2026): a second, independent copy of the text (without the preamble); all 96 articles agree word for word"),
        ],
        date: "2026-09-10",
        url: "https://adilet.zan.kz/rus/docs/K2600000000",
        language: "ru",
    },
    SourceMeta {
        id: NEW_TEXT_KK,
        outlet: "Legal database of the Republic of Kazakhstan (zan.gov.kz, document 223244/kaz, version of 15.03.2026), as copied in the GitHub repository kazakhstan-law/codes (commit 014c45e)",
        title: [
            Some("Қазақстан Республикасының Конституциясы (2026), қазақ тіліндегі мәтін: ресми мәтіннің үшінші тараптан алынған көшірмесі"),
            Some("Конституция Республики Казахстан (2026), текст на казахском языке: копия официального текста из стороннего источника"),
            Some("Constitution of the Republic of Kazakhstan (2026), Kazakh text: third-party copy of the official text"),
        ],
        date: "2026-03-15",
        url: "https://zan.gov.kz/client/#!/doc/223244/kaz",
        language: "kk",
    },
    SourceMeta {
        id: OLD_TEXT_KK,
        outlet: "Legal database of the Republic of Kazakhstan (zan.gov.kz, document 1/kaz, redaction of 17.09.2022), as copied in the GitHub repository kazakhstan-law/codes (commit a1ebbfa)",
        title: [
            Some("Қазақстан Республикасының Конституциясы (1995), қазақ тіліндегі мәтін, 2022 жылғы 17 қыркүйектегі редакция: ресми мәтіннің үшінші тараптан алынған көшірмесі"),
            Some("Конституция Республики Казахстан (1995), текст на казахском языке, редакция от 17 сентября 2022 года: копия официального текста из стороннего источника"),
            Some("Constitution of the Republic of Kazakhstan (1995), Kazakh text, redaction of 17 September 2022: third-party copy of the official text"),
        ],
        date: "2022-09-17",
        url: "https://zan.gov.kz/client/#!/doc/1/kaz",
        language: "kk",
    },
    SourceMeta {
        id: OLD_TRANSLATION,
        outlet: "GitHub repository Nurik016/kz_constitution-ai (translator unknown)",
        title: [
            Some("Қазақстан Республикасының Конституциясы (1995, 2022 жылғы 17 қыркүйекке дейінгі өзгерістерімен): шығу тегі белгісіз, ағылшын тіліндегі ресми емес аударма"),
            Some("Конституция Республики Казахстан (1995, с изменениями по 17 сентября 2022 года): неофициальный перевод на английский язык неизвестного происхождения"),
            Some("Constitution of the Republic of Kazakhstan (1995, as amended through 17 September 2022): UNOFFICIAL English translation of unknown origin"),
        ],
        date: "2025-05-03",
        url: "https://github.com/Nurik016/kz_constitution-ai",
        language: "en",
    },
    SourceMeta {
        id: SUMMARIES,
        outlet: "Qazaq Explainer desk",
        title: [
            Some("Qazaq Explainer редакциясының екі мәтін бойынша жазған қысқаша шолуы (1995 жылғы Конституция 2023 жылғы 1 қаңтардағы редакцияда және 2026 жылғы Конституция); Конституцияның мәтіні емес"),
            Some("Редакционное изложение Qazaq Explainer по двум текстам (Конституция 1995 года в редакции на 1 января 2023 года и Конституция 2026 года); не текст Конституции"),
            Some("Editorial summary by the Qazaq Explainer desk, written from the two texts (the 1995 Constitution as of 1 January 2023 and the 2026 Constitution); not the text of either Constitution"),
        ],
        date: "2026-12-02",
        url: "https://adilet.zan.kz/rus/docs/K2600000000",
        language: "en",
    },
];

pub struct EditionMeta {
    pub title: L,
    pub date: &'static str,
    pub version_note: L,
}

pub const OLD_EDITION: EditionMeta = EditionMeta {
    title: [
        Some("Қазақстан Республикасының 1995 жылғы 30 тамыздағы Конституциясы (өзгерістерімен)"),
        Some("Конституция Республики Казахстан от 30 августа 1995 года (с изменениями)"),
        Some("Constitution of the Republic of Kazakhstan of 30 August 1995 (as amended)"),
    ],
    date: "1995-08-30",
    version_note: [
        Some("2026 жылғы 1 шілдеге дейін қолданыста болған мәтін (соңғы өзгерістер: 2022 жылғы 17 қыркүйек)"),
        Some("Текст, действовавший до 1 июля 2026 года (последние изменения: 17 сентября 2022 года)"),
        Some("Text as in force before 1 July 2026 (last amended 17 September 2022)"),
    ],
};

pub const NEW_EDITION: EditionMeta = EditionMeta {
    title: [
        Some("Қазақстан Республикасының 2026 жылғы Конституциясы"),
        Some("Конституция Республики Казахстан 2026 года"),
        Some("Constitution of the Republic of Kazakhstan of 2026"),
    ],
    date: "2026-03-15",
    version_note: [
        Some("2026 жылғы 15 наурыздағы референдумда қабылданды; 2026 жылғы 1 шілдеден бастап күшінде"),
        Some("Принята на референдуме 15 марта 2026 года; действует с 1 июля 2026 года"),
        Some("Adopted at the referendum of 15 March 2026; in force from 1 July 2026"),
    ],
};

pub const OLD_RU_STATUS: L = [
    Some("Ресми мәтін (Әділет, 2023 жылғы 1 қаңтардағы редакция)"),
    Some("Официальный текст (Әділет, редакция на 1 января 2023 года)"),
    Some("Official text (Adilet, edition of 1 January 2023)"),
];

pub const NEW_RU_STATUS: L = [
    Some("Ресми мәтіннің үшінші тараптан алынған көшірмесі (zan.gov.kz құқықтық дерекқоры), кіріспесімен; 96 баптың бәрі басқа жолмен алынған екінші көшірмемен (Әділет, pkzsk.info арқылы) сөзбе-сөз сәйкес келеді; ресми жарияланыммен («Казахстанская правда», 2026 жылғы 12 ақпан) әлі салыстырылмаған"),
    Some("Копия официального текста из стороннего источника (правовая база zan.gov.kz), с преамбулой; все 96 статей дословно совпадают со второй копией, полученной другим путём (Әділет через pkzsk.info); ещё не сверена с официальной публикацией («Казахстанская правда», 12 февраля 2026 года)"),
    Some("Third-party copy of the official text (legal database zan.gov.kz), with the preamble; all 96 articles agree word for word with a second copy that came by another route (Adilet via pkzsk.info); not yet checked against the official publication (Kazakhstanskaya Pravda, 12 February 2026)"),
];

pub const NEW_KK_STATUS: L = [
    Some("Ресми мәтіннің үшінші тараптан алынған көшірмесі (zan.gov.kz құқықтық дерекқоры, 2026 жылғы 15 наурыздағы нұсқа); ресми жарияланыммен әлі салыстырылмаған. Қазақ сөздерінің ішіндегі латын әріптері (i, ə, c) өздері тұрған кирилл әріптерімен алмастырылды"),
    Some("Копия официального текста из стороннего источника (правовая база zan.gov.kz, версия от 15 марта 2026 года); ещё не сверена с официальной публикацией. Латинские буквы внутри казахских слов (i, ə, c) заменены кириллическими, которые они обозначают"),
    Some("Third-party copy of the official text (legal database zan.gov.kz, version of 15 March 2026); not yet checked against the official publication. Latin letters inside Kazakh words (i, ə, c) were replaced with the Cyrillic letters they stand for"),
];

pub const OLD_KK_STATUS: L = [
    Some("Ресми мәтіннің үшінші тараптан алынған көшірмесі (zan.gov.kz құқықтық дерекқоры, 2022 жылғы 17 қыркүйектегі редакция). Орыс тіліндегі мәтін сияқты 2023 жылғы 1 қаңтардағы тұжырым көрсетіледі: сол күні күшіне енген тармақтардың мәтіні дерекқордың өз ескертпелерінен алынды. Қазақ сөздерінің ішіндегі латын әріптері (i, ə) кирилл әріптерімен алмастырылды"),
    Some("Копия официального текста из стороннего источника (правовая база zan.gov.kz, редакция от 17 сентября 2022 года). Как и в русском тексте, показана редакция на 1 января 2023 года: формулировки пунктов, вступивших в силу в этот день, взяты из примечаний самой базы. Латинские буквы внутри казахских слов (i, ə) заменены кириллическими"),
    Some("Third-party copy of the official text (legal database zan.gov.kz, redaction of 17 September 2022). As in the Russian text, the wording in force on 1 January 2023 is shown: the points that took effect that day are worded as in the database's own notes. Latin letters inside Kazakh words (i, ə) were replaced with Cyrillic ones"),
];

pub const OLD_EN_STATUS: L = [
    Some("Шығу тегі белгісіз РЕСМИ ЕМЕС ағылшынша аударма; ресми мәтін емес"),
    Some("НЕОФИЦИАЛЬНЫЙ перевод на английский язык неизвестного происхождения; не является официальным текстом"),
    Some("UNOFFICIAL English translation of unknown origin; not an official text"),
];

/// Section headings in kk and en (ru comes from the source texts); the Kazakh ones as the
/// Kazakh texts print them (in sentence case where the 1995 file has capitals).
#[rustfmt::skip]
pub const SECTION_TITLES: &[(Side, &str, Option<&str>, &str)] = &[
    (Side::Old, PREAMBLE, Some("Кіріспе"), "Preamble"),
    (Side::Old, "I", Some("Жалпы ережелер"), "General provisions"),
    (Side::Old, "II", Some("Адам және азамат"), "The individual and the citizen"),
    (Side::Old, "III", Some("Президент"), "The President"),
    (Side::Old, "IV", Some("Парламент"), "Parliament"),
    (Side::Old, "V", Some("Үкімет"), "The Government"),
    (Side::Old, "VI", Some("Конституциялық Сот"), "The Constitutional Court"),
    (Side::Old, "VII", Some("Соттар және сот төрелігі. Прокуратура. Адам құқықтары жөніндегі уәкіл"), "Courts and justice. The Prosecutor's Office. The Human Rights Commissioner"),
    (Side::Old, "VIII", Some("Жергілікті мемлекеттік басқару және өзін-өзі басқару"), "Local state administration and self-government"),
    (Side::Old, "IX", Some("Қорытынды және өтпелі ережелер"), "Final and transitional provisions"),
    (Side::New, PREAMBLE, Some("Кіріспе"), "Preamble"),
    (Side::New, "I", Some("Конституциялық құрылыс негіздері"), "Foundations of the constitutional order"),
    (Side::New, "II", Some("Негізгі құқықтар, бостандықтар мен міндеттер"), "Fundamental rights, freedoms and duties"),
    (Side::New, "III", Some("Президент"), "The President"),
    (Side::New, "IV", Some("Құрылтай"), "The Kurultai"),
    (Side::New, "V", Some("Үкімет"), "The Government"),
    (Side::New, "VI", Some("Қазақстан Халық Кеңесі"), "Qazaqstan Halyq Kenesi (People's Council of Kazakhstan)"),
    (Side::New, "VII", Some("Конституциялық Сот"), "The Constitutional Court"),
    (Side::New, "VIII", Some("Сот төрелігі. Прокуратура. Құқық қорғау тетіктері"), "Justice. The Prosecutor's Office. Human rights protection mechanisms"),
    (Side::New, "IX", Some("Жергілікті мемлекеттік басқару және өзін-өзі басқару"), "Local state administration and self-government"),
    (Side::New, "X", Some("Конституцияға өзгерістер мен толықтырулар енгізу"), "Amendments and additions to the Constitution"),
    (Side::New, "XI", Some("Қорытынды және өтпелі ережелер"), "Final and transitional provisions"),
];
