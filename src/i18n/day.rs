//! Interface strings of referendum day's time control (issue 11), apart from the widget's so
//! that only the day module carries them: the widget's first view has a byte budget. (What
//! the first view says when that module fails to load stays in the widget's table.)

use crate::lang::Lang;

keys! {
    DKey:
    LabelAtTime, TimeLabel, TimePlay, TimePause, TimeNational,
}

/// The day module's text for `key` in `lang`. `{time}` comes in the form the language needs
/// after it: Kazakh inflects it («18:00-дегі», `content::day::time_in`).
pub fn dt(lang: Lang, key: DKey) -> &'static str {
    use DKey::*;
    match lang {
        Lang::Kk => match key {
            LabelAtTime => "{label}, сағат {time} жағдай бойынша",
            TimeLabel => "Референдум күнгі уақыт, 2026 жылғы 15 наурыз (Астана уақыты)",
            TimePlay => "Күн барысын көрсету",
            TimePause => "Кідірту",
            TimeNational => "Ел бойынша сағат {time} жағдай: {value} ({source}; күн ішіндегі дерек, түпкілікті емес)",
        },
        Lang::Ru => match key {
            LabelAtTime => "{label}, на {time}",
            TimeLabel => "Время в день референдума, 15 марта 2026 г. (по Астане)",
            TimePlay => "Показать ход дня",
            TimePause => "Пауза",
            TimeNational => "По стране на {time}: {value} ({source}; данные в течение дня, не итоговые)",
        },
        Lang::En => match key {
            LabelAtTime => "{label}, as of {time}",
            TimeLabel => "Time on referendum day, 15 March 2026 (Astana time)",
            TimePlay => "Play through the day",
            TimePause => "Pause",
            TimeNational => "Nationwide as of {time}: {value} ({source}; intraday, not final)",
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_key_is_missing_or_empty_and_placeholders_match() {
        crate::i18n::tests::assert_table(DKey::ALL, dt);
    }
}
