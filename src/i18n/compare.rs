//! Interface strings of the Compare view, kept apart from the map's so that only the
//! lazily loaded comparison module carries them (the first view has a byte budget).

use crate::compare::kind::Kind;
use crate::compare::pack::Edition;
use crate::lang::Lang;

keys! {
    CKey:
    OtherText, ChipsUnchanged, ChipsChanged, ChipsRenumbered, ChipsAdded, ChipsRemoved, ChipsSplit, ChipsMerged, CompareIntro, KindUnchanged, KindChanged, KindRenumbered, KindAdded, KindRemoved, KindSplit, KindMerged, FilterKind, FilterTopic, AllTopics, AllKinds, SearchLabel, SearchHits, SearchNone, ArticleOld, ArticleNew, ModeLabel, ModeSide, ModeInline, TextMissing, NoCounterpart, TextsShownIn, NotReviewed, SummaryHeading, MovedTo, MovedFrom, InsertedText, DeletedText, DiffLegend, ReportError, NoPairs, ArticleList, BackToList, SelectArticle,
    // Keyboard and navigation in the open pair (issue 10).
    PairNav, PrevArticle, NextArticle, ReadText,
    // Language review (issue 11): a pair side with several article numbers.
    ArticlesOld, ArticlesNew,
    // Texts in Kazakh (issue 12): the preambles compared like articles.
    PreambleOld, PreambleNew,
    // The desk's review of every pair (issue 12).
    DeskSummary, SummaryCites, AlsoHeading, AlsoDrawsOn, OpenPair, ReasonHeading,
    PointOne, PointMany, ItemOne, ItemMany, AlsoOutHeading, AlsoContinues,
}

impl CKey {
    /// A filter chip's label: the kind in the plural where the language has one ("Изменены").
    pub fn chip(kind: Kind) -> CKey {
        match kind {
            Kind::Unchanged => CKey::ChipsUnchanged,
            Kind::Renumbered => CKey::ChipsRenumbered,
            Kind::Changed => CKey::ChipsChanged,
            Kind::Added => CKey::ChipsAdded,
            Kind::Removed => CKey::ChipsRemoved,
            Kind::Split => CKey::ChipsSplit,
            Kind::Merged => CKey::ChipsMerged,
        }
    }

    /// A pair's badge: the kind in the singular ("Изменена").
    pub fn badge(kind: Kind) -> CKey {
        match kind {
            Kind::Unchanged => CKey::KindUnchanged,
            Kind::Renumbered => CKey::KindRenumbered,
            Kind::Changed => CKey::KindChanged,
            Kind::Added => CKey::KindAdded,
            Kind::Removed => CKey::KindRemoved,
            Kind::Split => CKey::KindSplit,
            Kind::Merged => CKey::KindMerged,
        }
    }
}

/// The Compare view's text for `key` in `lang`.
pub fn ct(lang: Lang, key: CKey) -> &'static str {
    use CKey::*;
    match lang {
        Lang::En => match key {
            ChipsUnchanged => "Unchanged",
            ChipsChanged => "Changed",
            ChipsRenumbered => "Renumbered",
            ChipsAdded => "New",
            ChipsRemoved => "Removed",
            ChipsSplit => "Split",
            ChipsMerged => "Merged",
            OtherText => "{article} {lang}",
        CompareIntro => "What changed, article by article: the Constitution of 1995 as in force before 1 July 2026, and the Constitution adopted on 15 March 2026.",
        KindUnchanged => "Unchanged",
        KindChanged => "Changed",
        KindRenumbered => "Renumbered",
        KindAdded => "New",
        KindRemoved => "Removed",
        KindSplit => "Split",
        KindMerged => "Merged",
        FilterKind => "Kind of change",
        FilterTopic => "Topic",
        AllTopics => "All topics",
        AllKinds => "All",
        SearchLabel => "Search both texts",
        SearchHits => "{count} matches in {articles} articles; Enter goes to the next",
        SearchNone => "No matches",
        // Texts in Kazakh (issue 12)
        PreambleOld => "1995 Preamble",
        PreambleNew => "2026 Preamble",
        ArticleOld => "1995 Art.\u{a0}{n}",
        ArticleNew => "2026 Art.\u{a0}{n}",
        ModeLabel => "Layout",
        ModeSide => "Side by side",
        ModeInline => "Inline",
        TextMissing => "Text not in this edition of the widget.",
        NoCounterpart => "No counterpart in this edition.",
        TextsShownIn => "Compared {shown}: this edition of the widget does not have both texts {wanted}.",
        NotReviewed => "Pairing proposed by a text-similarity tool; not yet reviewed by an editor.",
        SummaryHeading => "What changed",
        MovedTo => "moved to {article}",
        MovedFrom => "moved from {article}",
        InsertedText => "added",
        DeletedText => "removed",
        DiffLegend => "Added text is underlined, removed text is struck through.",
        ReportError => "Report an error in this pairing",
        NoPairs => "No articles match these filters.",
        ArticleList => "Articles",
        BackToList => "Back to the list",
        SelectArticle => "Select an article to see the old and new texts side by side.",
        // Keyboard and navigation in the open pair (issue 10).
        PairNav => "Other articles in the list",
        PrevArticle => "Previous article",
        NextArticle => "Next article",
        ReadText => "Read the text",
        // Language review (issue 11).
        ArticlesOld => "1995 Art.\u{a0}{n}",
        ArticlesNew => "2026 Art.\u{a0}{n}",
        // The desk's review of every pair (issue 12).
        DeskSummary => "Editorial summary of the two texts by the Qazaq Explainer desk; not the text of either Constitution.",
        SummaryCites => "Summarises: {places}",
        AlsoHeading => "Text from other 1995 articles",
        AlsoDrawsOn => "{new} also draws on {old}",
        OpenPair => "Open {pair}",
        ReasonHeading => "Why these articles are paired (reviewer's note, in English)",
        PointOne => "point\u{a0}{n}",
        PointMany => "points\u{a0}{n}",
        ItemOne => "item\u{a0}{n}",
        ItemMany => "items\u{a0}{n}",
        AlsoOutHeading => "This 1995 text also continues elsewhere",
        AlsoContinues => "{old} also continues in {new}",
        },
        Lang::Kk => match key {
            ChipsUnchanged => "Өзгеріссіз",
            ChipsChanged => "Өзгерген",
            ChipsRenumbered => "Нөмірі өзгерген",
            ChipsAdded => "Жаңа",
            ChipsRemoved => "Алынып тасталған",
            ChipsSplit => "Бөлінген",
            ChipsMerged => "Біріктірілген",
            OtherText => "{article}, {lang}",
        CompareIntro => "Әр бапта не өзгерді: 2026 жылғы 1 шілдеге дейін қолданыста болған 1995 жылғы Конституция мен 2026 жылғы 15 наурызда қабылданған Конституция.",
        KindUnchanged => "Өзгеріссіз",
        KindChanged => "Өзгерген",
        KindRenumbered => "Нөмірі өзгерген",
        KindAdded => "Жаңа",
        KindRemoved => "Алынып тасталған",
        KindSplit => "Бөлінген",
        KindMerged => "Біріктірілген",
        FilterKind => "Өзгеріс түрі",
        FilterTopic => "Тақырып",
        AllTopics => "Барлық тақырыптар",
        AllKinds => "Барлығы",
        SearchLabel => "Екі мәтіннен іздеу",
        SearchHits => "{articles} бапта {count} сәйкестік; келесісіне өту үшін Enter пернесін басыңыз",
        SearchNone => "Сәйкестік жоқ",
        // A no-break hyphen: "3-бап" never breaks after the number.
        ArticleOld => "1995, {n}\u{2011}бап",
        ArticleNew => "2026, {n}\u{2011}бап",
        // Texts in Kazakh (issue 12)
        PreambleOld => "1995, кіріспе",
        PreambleNew => "2026, кіріспе",
        ModeLabel => "Көрініс түрі",
        ModeSide => "Қатарлас",
        ModeInline => "Бір бағанда",
        TextMissing => "Мәтін виджеттің осы нұсқасында жоқ.",
        NoCounterpart => "Бұл редакцияда сәйкес бап жоқ.",
        TextsShownIn => "Мәтіндер {shown} салыстырылды: виджеттің бұл нұсқасында екі мәтін бірдей {wanted} берілмеген.",
        NotReviewed => "Сәйкестікті мәтін ұқсастығы құралы ұсынды; редактор әлі тексерген жоқ.",
        SummaryHeading => "Не өзгерді",
        MovedTo => "жаңа орны: {article}",
        MovedFrom => "бұрынғы орны: {article}",
        InsertedText => "қосылған",
        DeletedText => "алынған",
        DiffLegend => "Қосылған мәтіннің асты сызылған, алынған мәтіннің үсті сызылған.",
        ReportError => "Осы сәйкестіктегі қатені хабарлау",
        NoPairs => "Бұл сүзгілерге сәйкес бап жоқ.",
        ArticleList => "Баптар",
        BackToList => "Тізімге оралу",
        SelectArticle => "Ескі және жаңа мәтіндерді қатар көру үшін бапты таңдаңыз.",
        // Keyboard and navigation in the open pair (issue 10).
        PairNav => "Тізімдегі басқа баптар",
        PrevArticle => "Алдыңғы бап",
        NextArticle => "Келесі бап",
        ReadText => "Мәтінді оқу",
        // Language review (issue 11).
        ArticlesOld => "1995, {n}\u{2011}баптар",
        ArticlesNew => "2026, {n}\u{2011}баптар",
        // The desk's review of every pair (issue 12). Numbers take a hyphenated word
        // ("2‑тармақ"), never a case ending.
        DeskSummary => "Qazaq Explainer редакциясының екі мәтін бойынша жазған шолуы; Конституцияның мәтіні емес.",
        SummaryCites => "Шолуда қамтылғаны: {places}",
        AlsoHeading => "1995 жылғы басқа баптардан алынған мәтін",
        AlsoDrawsOn => "{new} сондай-ақ мына мәтінге сүйенеді: {old}",
        OpenPair => "Ашу: {pair}",
        ReasonHeading => "Бұл баптар неге қатар қойылды (тексерушінің ағылшынша ескертпесі)",
        PointOne => "{n}\u{2011}тармақ",
        PointMany => "{n}\u{2011}тармақтар",
        ItemOne => "{n}\u{2011}тармақша",
        ItemMany => "{n}\u{2011}тармақшалар",
        AlsoOutHeading => "1995 жылғы бұл мәтін басқа баптарда да жалғасады",
        AlsoContinues => "{old} мына жерде де жалғасады: {new}",
        },
        Lang::Ru => match key {
            ChipsUnchanged => "Без изменений",
            ChipsChanged => "Изменены",
            ChipsRenumbered => "Перенумерованы",
            ChipsAdded => "Новые",
            ChipsRemoved => "Исключены",
            ChipsSplit => "Разделены",
            ChipsMerged => "Объединены",
            OtherText => "{article}: текст {lang}",
        CompareIntro => "Что изменилось, статья за статьёй: Конституция 1995 года в редакции, действовавшей до 1 июля 2026 года, и Конституция, принятая 15 марта 2026 года.",
        KindUnchanged => "Без изменений",
        KindChanged => "Изменена",
        KindRenumbered => "Перенумерована",
        KindAdded => "Новая",
        KindRemoved => "Исключена",
        KindSplit => "Разделена",
        KindMerged => "Объединена",
        FilterKind => "Вид изменения",
        FilterTopic => "Тема",
        AllTopics => "Все темы",
        AllKinds => "Все",
        SearchLabel => "Поиск по обоим текстам",
        SearchHits => "Совпадений: {count} (статей: {articles}); Enter — к следующему",
        SearchNone => "Совпадений нет",
        // Texts in Kazakh (issue 12)
        PreambleOld => "1995, преамбула",
        PreambleNew => "2026, преамбула",
        ArticleOld => "1995, ст.\u{a0}{n}",
        ArticleNew => "2026, ст.\u{a0}{n}",
        ModeLabel => "Расположение",
        ModeSide => "Рядом",
        ModeInline => "В одну колонку",
        TextMissing => "Текста нет в этой версии виджета.",
        NoCounterpart => "В этой редакции соответствующей статьи нет.",
        TextsShownIn => "Сравнение {shown}: в этой версии виджета нет обоих текстов {wanted}.",
        NotReviewed => "Соответствие предложено инструментом сравнения текстов; редактор его ещё не проверил.",
        SummaryHeading => "Что изменилось",
        MovedTo => "новое место: {article}",
        MovedFrom => "прежнее место: {article}",
        InsertedText => "добавлено",
        DeletedText => "удалено",
        DiffLegend => "Добавленный текст подчёркнут, удалённый — зачёркнут.",
        ReportError => "Сообщить об ошибке в этом соответствии",
        NoPairs => "Нет статей, подходящих под эти фильтры.",
        ArticleList => "Статьи",
        BackToList => "Назад к списку",
        SelectArticle => "Выберите статью, чтобы увидеть старый и новый тексты рядом.",
        // Keyboard and navigation in the open pair (issue 10).
        PairNav => "Другие статьи списка",
        PrevArticle => "Предыдущая статья",
        NextArticle => "Следующая статья",
        ReadText => "Читать текст",
        // Language review (issue 11).
        ArticlesOld => "1995, ст.\u{a0}{n}",
        ArticlesNew => "2026, ст.\u{a0}{n}",
        // The desk's review of every pair (issue 12).
        DeskSummary => "Редакционное изложение двух текстов от Qazaq Explainer; не текст Конституции.",
        SummaryCites => "Изложены: {places}",
        AlsoHeading => "Текст из других статей 1995 года",
        AlsoDrawsOn => "{new} опирается также на {old}",
        OpenPair => "Открыть: {pair}",
        ReasonHeading => "Почему эти статьи сопоставлены (заметка проверявшего, на английском)",
        PointOne => "п.\u{a0}{n}",
        PointMany => "пп.\u{a0}{n}",
        ItemOne => "подп.\u{a0}{n}",
        ItemMany => "подп.\u{a0}{n}",
        AlsoOutHeading => "Этот текст 1995 года продолжается и в других статьях",
        AlsoContinues => "{old} продолжается также в: {new}",
        },
    }
}

/// `ct` then `fill`.
pub fn ctf(lang: Lang, key: CKey, args: &[(&str, &str)]) -> String {
    super::fill(ct(lang, key), args)
}

/// An article's label ("1995, 44-бап"); the preamble's by its name ("2026, кіріспе"), since it
/// has no number.
pub fn article_label(lang: Lang, edition: Edition, number: &str) -> String {
    use crate::compare::pack::is_preamble;
    match (edition, is_preamble(number)) {
        (Edition::Old, true) => ct(lang, CKey::PreambleOld).to_string(),
        (Edition::New, true) => ct(lang, CKey::PreambleNew).to_string(),
        (Edition::Old, false) => ctf(lang, CKey::ArticleOld, &[("n", number)]),
        (Edition::New, false) => ctf(lang, CKey::ArticleNew, &[("n", number)]),
    }
}

/// One side of a pair's title: "2026 Art. 4", «2026, 50, 51-баптар» (Kazakh puts a list of
/// articles in the plural), "2026, кіріспе". `None` for a side with no article.
pub fn articles(lang: Lang, edition: Edition, numbers: &[String]) -> Option<String> {
    let key = match (edition, numbers) {
        (_, []) => return None,
        (_, [one]) => return Some(article_label(lang, edition, one)),
        (Edition::Old, _) => CKey::ArticlesOld,
        (Edition::New, _) => CKey::ArticlesNew,
    };
    // No-break spaces keep "Art. 19, 78" from wrapping before a number.
    Some(ctf(lang, key, &[("n", &numbers.join(",\u{a0}"))]))
}

/// A cited place: "1995 Art. 2, points 1, 3" («1995, 2‑бап, 1, 3‑тармақтар»); the article
/// alone for a whole article. `kind` is how the article numbers its parts.
pub fn place(
    lang: Lang,
    edition: Edition,
    article: &str,
    kind: crate::compare::pair_notes::PointKind,
    points: &[&str],
) -> String {
    let label = article_label(lang, edition, article);
    match points_phrase(lang, kind, points) {
        Some(p) => format!("{label}, {p}"),
        None => label,
    }
}

/// "points 1, 3" («1, 3‑тармақтар», "подп. 2"); `None` for no points.
pub fn points_phrase(
    lang: Lang,
    kind: crate::compare::pair_notes::PointKind,
    points: &[&str],
) -> Option<String> {
    use crate::compare::pair_notes::PointKind;
    let key = match (kind, points) {
        (_, []) => return None,
        (PointKind::Point, [_]) => CKey::PointOne,
        (PointKind::Point, _) => CKey::PointMany,
        (PointKind::Item, [_]) => CKey::ItemOne,
        (PointKind::Item, _) => CKey::ItemMany,
    };
    Some(ctf(lang, key, &[("n", &points.join(", "))]))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::tests::{assert_markers, assert_scripts, placeholders};

    #[test]
    fn several_articles_take_the_plural_in_kazakh() {
        let n = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(
            articles(Lang::Kk, Edition::New, &n(&["50", "51"])).unwrap(),
            "2026, 50,\u{a0}51\u{2011}баптар"
        );
        assert_eq!(
            articles(Lang::Kk, Edition::Old, &n(&["44"])).unwrap(),
            "1995, 44\u{2011}бап"
        );
        assert_eq!(
            articles(Lang::Ru, Edition::New, &n(&["50", "51"])).unwrap(),
            "2026, ст.\u{a0}50,\u{a0}51"
        );
        assert_eq!(
            articles(Lang::En, Edition::Old, &n(&["3"])).unwrap(),
            "1995 Art.\u{a0}3"
        );
        assert_eq!(articles(Lang::Kk, Edition::Old, &[]), None);
    }

    #[test]
    fn places_name_points_or_items_in_each_language() {
        use crate::compare::pair_notes::PointKind::{Item, Point};
        assert_eq!(
            place(Lang::En, Edition::Old, "91", Point, &["2"]),
            "1995 Art.\u{a0}91, point\u{a0}2"
        );
        assert_eq!(
            place(Lang::Kk, Edition::New, "2", Point, &["1", "3-1"]),
            "2026, 2\u{2011}бап, 1, 3-1\u{2011}тармақтар"
        );
        assert_eq!(
            place(Lang::Ru, Edition::Old, "44", Item, &["4"]),
            "1995, ст.\u{a0}44, подп.\u{a0}4"
        );
        assert_eq!(
            place(Lang::Ru, Edition::New, "93", Point, &[]),
            "2026, ст.\u{a0}93"
        );
    }

    #[test]
    fn no_key_is_missing_or_empty_and_placeholders_match() {
        for &key in CKey::ALL {
            let en = placeholders(ct(Lang::En, key));
            for lang in Lang::ALL {
                let text = ct(lang, key);
                assert!(
                    !text.trim().is_empty(),
                    "{key:?} is empty in {}",
                    lang.code()
                );
                assert_eq!(
                    placeholders(text),
                    en,
                    "{key:?} placeholders in {}",
                    lang.code()
                );
                if lang != Lang::En {
                    assert_ne!(
                        text,
                        ct(Lang::En, key),
                        "{key:?} untranslated in {}",
                        lang.code()
                    );
                }
            }
            assert_scripts(&format!("{key:?}"), ct(Lang::Kk, key));
            for lang in Lang::ALL {
                assert_markers(&format!("{key:?}"), lang, ct(lang, key));
            }
        }
    }
}

// The texts language, apart from the interface's (issue 12). A block of its own, read only by
// `components::texts_lang`.
keys! {
    TKey:
    TextsLabel, TextsLoading, TextsFailed, TextsRetry, TextsFallback, SideIn, SideInstead, ApartNote, DiffIn,
}

/// The texts-language strings for `key` in `lang`; `{lang}`, `{shown}` and `{wanted}` take a
/// `language_phrase` ("in Russian", «орыс тілінде»).
pub fn tt(lang: Lang, key: TKey) -> &'static str {
    use TKey::*;
    match lang {
        Lang::En => match key {
            TextsLabel => "Texts in",
            TextsLoading => "Loading the texts {lang}…",
            TextsFailed => "The texts {lang} could not be loaded.",
            TextsRetry => "Try again",
            TextsFallback => "Show the texts {lang}",
            SideIn => "Text {lang}",
            SideInstead => "Text {shown}: this edition has no text {wanted}, and the widget does not translate.",
            ApartNote => "The two texts are in different languages, so no word differences are marked.",
            DiffIn => "Show the word differences {lang}",
        },
        Lang::Kk => match key {
            TextsLabel => "Мәтіндер тілі",
            TextsLoading => "Мәтіндер {lang} жүктелуде…",
            TextsFailed => "Мәтіндерді {lang} жүктеу мүмкін болмады.",
            TextsRetry => "Қайта жүктеу",
            TextsFallback => "Мәтіндерді {lang} көрсету",
            SideIn => "Мәтін {lang}",
            SideInstead => "Мәтін {shown}: бұл редакцияның {wanted} мәтіні жоқ, виджет өзі аудармайды.",
            ApartNote => "Екі мәтін екі түрлі тілде, сондықтан сөз айырмашылықтары белгіленбейді.",
            DiffIn => "Сөз айырмашылықтарын {lang} көрсету",
        },
        Lang::Ru => match key {
            TextsLabel => "Язык текстов",
            TextsLoading => "Загружаются тексты {lang}…",
            TextsFailed => "Не удалось загрузить тексты {lang}.",
            TextsRetry => "Повторить",
            TextsFallback => "Показать тексты {lang}",
            SideIn => "Текст {lang}",
            SideInstead => "Текст {shown}: текста этой редакции {wanted} нет, а сам виджет не переводит.",
            ApartNote => "Тексты на разных языках, поэтому различия по словам не отмечены.",
            DiffIn => "Показать различия по словам {lang}",
        },
    }
}

/// `tt` then `fill`.
pub fn ttf(lang: Lang, key: TKey, args: &[(&str, &str)]) -> String {
    super::fill(tt(lang, key), args)
}

#[cfg(test)]
mod texts_tests {
    use super::*;
    use crate::i18n::language_phrase;
    use crate::i18n::tests::{assert_scripts, placeholders};

    #[test]
    fn every_texts_string_is_translated_with_its_placeholders() {
        for &key in TKey::ALL {
            let en = placeholders(tt(Lang::En, key));
            for lang in Lang::ALL {
                let text = tt(lang, key);
                assert!(!text.trim().is_empty(), "{key:?} in {}", lang.code());
                assert_eq!(placeholders(text), en, "{key:?} in {}", lang.code());
                if lang != Lang::En {
                    assert_ne!(text, tt(Lang::En, key), "{key:?} in {}", lang.code());
                }
            }
            assert_scripts(&format!("{key:?}"), tt(Lang::Kk, key));
        }
    }

    #[test]
    fn the_language_is_named_in_the_readers_words() {
        let side = |l, of| ttf(l, TKey::SideIn, &[("lang", language_phrase(l, of))]);
        assert_eq!(side(Lang::En, Lang::Ru), "Text in Russian");
        assert_eq!(side(Lang::Kk, Lang::En), "Мәтін ағылшын тілінде");
        assert_eq!(side(Lang::Ru, Lang::Kk), "Текст на казахском");
    }
}

// What an open pair's side is (issue 12): the wording's date, the redaction copied, points
// worded from the database's notes, and the database's own notes. `{date}` is typed (Kazakh
// takes its case ending), so these fill with `fill_dates`. Each is a line of its own, with no
// final stop (a Russian date ends in «г.»).
keys! {
    VKey:
    VersionAdopted, VersionInForce, VersionNotGiven, VersionCopiedFrom, VersionFromNotes, DbNotes,
    ReasonLoading, ReasonFailed,
}

/// The version and database-note strings for `key` in `lang`.
pub fn vt(lang: Lang, key: VKey) -> &'static str {
    use VKey::*;
    match lang {
        Lang::En => match key {
            VersionAdopted => "Text as adopted at the referendum of {date}",
            VersionInForce => "Wording in force on {date}",
            VersionNotGiven => "The source does not date this wording",
            VersionCopiedFrom => "Copied from the legal database's redaction of {date}",
            VersionFromNotes => "{places}: worded as on {date} from the database's own notes to that redaction",
            DbNotes => "Notes of the legal database (not constitutional text)",
            ReasonLoading => "Loading the reviewer's note…",
            ReasonFailed => "The reviewer's note could not be loaded.",
        },
        Lang::Kk => match key {
            VersionAdopted => "{date:attr} референдумда қабылданған мәтін",
            VersionInForce => "{date:loc} қолданыста болған редакция",
            VersionNotGiven => "Дереккөз бұл мәтіннің күнін көрсетпейді",
            VersionCopiedFrom => "Мәтін құқықтық дерекқордың {date:attr} редакциясынан алынды",
            VersionFromNotes => "{places}: {date:attr} тұжырымы сол редакцияға дерекқордың өзі берген ескертпелерден алынды",
            DbNotes => "Құқықтық дерекқордың ескертпелері (Конституция мәтіні емес)",
            ReasonLoading => "Тексерушінің ескертпесі жүктелуде…",
            ReasonFailed => "Тексерушінің ескертпесін жүктеу мүмкін болмады.",
        },
        Lang::Ru => match key {
            VersionAdopted => "Текст, принятый на референдуме {date}",
            VersionInForce => "Редакция, действовавшая на {date}",
            VersionNotGiven => "Источник не указывает дату этой редакции",
            VersionCopiedFrom => "Текст взят из редакции правовой базы от {date}",
            VersionFromNotes => "{places}: формулировка на {date} взята из примечаний самой базы к этой редакции",
            DbNotes => "Примечания правовой базы (не текст Конституции)",
            ReasonLoading => "Загружается заметка проверявшего…",
            ReasonFailed => "Не удалось загрузить заметку проверявшего.",
        },
    }
}

#[cfg(test)]
mod version_tests {
    use super::*;
    use crate::i18n::tests::{assert_markers, assert_scripts, placeholders};

    #[test]
    fn every_version_string_is_translated_with_its_placeholders() {
        for &key in VKey::ALL {
            let en = placeholders(vt(Lang::En, key));
            for lang in Lang::ALL {
                let text = vt(lang, key);
                assert!(!text.trim().is_empty(), "{key:?} in {}", lang.code());
                assert_eq!(placeholders(text), en, "{key:?} in {}", lang.code());
                assert_markers(&format!("{key:?}"), lang, text);
                if lang != Lang::En {
                    assert_ne!(text, vt(Lang::En, key), "{key:?} in {}", lang.code());
                }
            }
            assert_scripts(&format!("{key:?}"), vt(Lang::Kk, key));
        }
    }
}
