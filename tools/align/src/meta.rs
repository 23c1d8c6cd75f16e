//! What the pack says about its texts: editions, sources, text statuses and section headings.
//! Written here, not taken from the texts (headings are translated; article texts never are).

use crate::align::Side;

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
pub const NEW_TEXT: &str = "copy-2026-ru";
pub const OLD_TRANSLATION: &str = "unofficial-1995-en";
/// The key-change summaries are paraphrases of both texts written for this widget, not
/// quotations, so they get their own source entry saying so (linked to the 2026 text they
/// describe) rather than being attributed to the text itself.
pub const SUMMARIES: &str = "summary-two-texts";

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
        outlet: "Third-party copy of Adilet document K2600000000 (GitHub repository nurkal022/law_rag, taken from the mirror site pkzsk.info)",
        title: [
            Some("Қазақстан Республикасының Конституциясы (2026): мәтіннің үшінші тараптан алынған көшірмесі"),
            Some("Конституция Республики Казахстан (2026): копия текста из стороннего источника"),
            Some("Constitution of the Republic of Kazakhstan (2026): third-party copy of the text"),
        ],
        date: "2026-09-10",
        url: "https://adilet.zan.kz/rus/docs/K2600000000",
        language: "ru",
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
        outlet: "Qazaq Explainer",
        title: [
            Some("Екі мәтін бойынша жазылған қысқаша мазмұн (1995 жылғы Конституция 2023 жылғы 1 қаңтардағы редакцияда және 2026 жылғы мәтін); сілтеме: 2026 жылғы мәтін"),
            Some("Краткое изложение, составленное по двум текстам (Конституция 1995 года в редакции на 1 января 2023 года и текст 2026 года); ссылка: текст 2026 года"),
            Some("Summary written from the two texts (the 1995 Constitution as of 1 January 2023 and the 2026 text); link: the 2026 text"),
        ],
        date: "2026-11",
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
    Some("Мәтіннің үшінші тараптан алынған көшірмесі, ресми жарияланыммен әлі салыстырылмаған; кіріспесі жоқ"),
    Some("Копия текста из стороннего источника, ещё не сверенная с официальной публикацией; преамбула отсутствует"),
    Some("Third-party copy of the text, not yet checked against the official publication; the preamble is missing"),
];

pub const OLD_EN_STATUS: L = [
    Some("Шығу тегі белгісіз РЕСМИ ЕМЕС ағылшынша аударма; ресми мәтін емес"),
    Some("НЕОФИЦИАЛЬНЫЙ перевод на английский язык неизвестного происхождения; не является официальным текстом"),
    Some("UNOFFICIAL English translation of unknown origin; not an official text"),
];

/// Section headings in kk and en (ru comes from the source texts). The Kazakh heading of new
/// section VIII is left out rather than guessed.
#[rustfmt::skip]
pub const SECTION_TITLES: &[(Side, &str, Option<&str>, &str)] = &[
    (Side::Old, "I", Some("Жалпы ережелер"), "General provisions"),
    (Side::Old, "II", Some("Адам және азамат"), "The individual and the citizen"),
    (Side::Old, "III", Some("Президент"), "The President"),
    (Side::Old, "IV", Some("Парламент"), "Parliament"),
    (Side::Old, "V", Some("Үкімет"), "The Government"),
    (Side::Old, "VI", Some("Конституциялық Сот"), "The Constitutional Court"),
    (Side::Old, "VII", Some("Соттар және сот төрелігі. Прокуратура. Адам құқықтары жөніндегі уәкіл"), "Courts and justice. The Prosecutor's Office. The Human Rights Commissioner"),
    (Side::Old, "VIII", Some("Жергілікті мемлекеттік басқару және өзін-өзі басқару"), "Local state administration and self-government"),
    (Side::Old, "IX", Some("Қорытынды және өтпелі ережелер"), "Final and transitional provisions"),
    (Side::New, "I", Some("Конституциялық құрылыс негіздері"), "Foundations of the constitutional order"),
    (Side::New, "II", Some("Негізгі құқықтар, бостандықтар және міндеттер"), "Fundamental rights, freedoms and duties"),
    (Side::New, "III", Some("Президент"), "The President"),
    (Side::New, "IV", Some("Құрылтай"), "The Kurultai"),
    (Side::New, "V", Some("Үкімет"), "The Government"),
    (Side::New, "VI", Some("Қазақстан Халық Кеңесі"), "Qazaqstan Halyq Kenesi (People's Council of Kazakhstan)"),
    (Side::New, "VII", Some("Конституциялық Сот"), "The Constitutional Court"),
    (Side::New, "VIII", None, "Justice. The Prosecutor's Office. Human rights protection mechanisms"),
    (Side::New, "IX", Some("Жергілікті мемлекеттік басқару және өзін-өзі басқару"), "Local state administration and self-government"),
    (Side::New, "X", Some("Конституцияға өзгерістер мен толықтырулар енгізу"), "Amendments and additions to the Constitution"),
    (Side::New, "XI", Some("Қорытынды және өтпелі ережелер"), "Final and transitional provisions"),
];
