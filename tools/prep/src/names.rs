//! Display names per unit, keyed by ISO 3166-2:KZ id.
//!
//! The source attributes are not used for display because they are incomplete
//! and partly wrong. Corrections relative to the source (`name_kk`, `name_ru`,
//! `name_en` in the TopoJSON):
//! - kk: "облысы" / "қаласы" added (source has bare stems); North Kazakhstan
//!   "Солтүстiк" had a Latin i (U+0069), here Kazakh і (U+0456).
//! - ru: "область" added (source has bare adjectives); Shymkent "Чимкент"
//!   (Soviet-era) is "Шымкент"; the 2022 regions use their official forms
//!   "область Абай/Жетісу/Ұлытау" instead of "Абайская/Жетысуская/Улытауская".
//! - en: "Abay" → "Abai", "Karagandy" → "Karaganda", " Region" added.

use Kind::{City, Region};

/// Whether a unit is an oblast or a city of republican significance.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Kind {
    Region,
    City,
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Region => "region",
            Kind::City => "city",
        }
    }
}

/// One name per output language, in output key order.
pub struct Langs {
    pub kk: &'static str,
    pub ru: &'static str,
    pub en: &'static str,
}

pub struct Entry {
    pub id: &'static str,
    pub kind: Kind,
    pub full: Langs,
    /// For compact labels; cities keep a marker so Almaty city ≠ Almaty region.
    pub short: Langs,
}

const fn row(
    id: &'static str,
    kind: Kind,
    full: [&'static str; 3],
    short: [&'static str; 3],
) -> Entry {
    Entry {
        id,
        kind,
        full: Langs {
            kk: full[0],
            ru: full[1],
            en: full[2],
        },
        short: Langs {
            kk: short[0],
            ru: short[1],
            en: short[2],
        },
    }
}

/// Columns: [kk, ru, en]. One row per unit keeps the table reviewable.
#[rustfmt::skip]
pub const TABLE: [Entry; 20] = [
    row("KZ-10", Region, ["Абай облысы", "область Абай", "Abai Region"], ["Абай", "Абай", "Abai"]),
    row("KZ-11", Region, ["Ақмола облысы", "Акмолинская область", "Akmola Region"], ["Ақмола", "Акмолинская", "Akmola"]),
    row("KZ-15", Region, ["Ақтөбе облысы", "Актюбинская область", "Aktobe Region"], ["Ақтөбе", "Актюбинская", "Aktobe"]),
    row("KZ-19", Region, ["Алматы облысы", "Алматинская область", "Almaty Region"], ["Алматы", "Алматинская", "Almaty"]),
    row("KZ-23", Region, ["Атырау облысы", "Атырауская область", "Atyrau Region"], ["Атырау", "Атырауская", "Atyrau"]),
    row("KZ-27", Region, ["Батыс Қазақстан облысы", "Западно-Казахстанская область", "West Kazakhstan Region"], ["Батыс Қазақстан", "Западно-Казахстанская", "West Kazakhstan"]),
    row("KZ-31", Region, ["Жамбыл облысы", "Жамбылская область", "Zhambyl Region"], ["Жамбыл", "Жамбылская", "Zhambyl"]),
    row("KZ-33", Region, ["Жетісу облысы", "область Жетісу", "Zhetysu Region"], ["Жетісу", "Жетісу", "Zhetysu"]),
    row("KZ-35", Region, ["Қарағанды облысы", "Карагандинская область", "Karaganda Region"], ["Қарағанды", "Карагандинская", "Karaganda"]),
    row("KZ-39", Region, ["Қостанай облысы", "Костанайская область", "Kostanay Region"], ["Қостанай", "Костанайская", "Kostanay"]),
    row("KZ-43", Region, ["Қызылорда облысы", "Кызылординская область", "Kyzylorda Region"], ["Қызылорда", "Кызылординская", "Kyzylorda"]),
    row("KZ-47", Region, ["Маңғыстау облысы", "Мангистауская область", "Mangystau Region"], ["Маңғыстау", "Мангистауская", "Mangystau"]),
    row("KZ-55", Region, ["Павлодар облысы", "Павлодарская область", "Pavlodar Region"], ["Павлодар", "Павлодарская", "Pavlodar"]),
    row("KZ-59", Region, ["Солтүстік Қазақстан облысы", "Северо-Казахстанская область", "North Kazakhstan Region"], ["Солтүстік Қазақстан", "Северо-Казахстанская", "North Kazakhstan"]),
    row("KZ-61", Region, ["Түркістан облысы", "Туркестанская область", "Turkestan Region"], ["Түркістан", "Туркестанская", "Turkestan"]),
    row("KZ-62", Region, ["Ұлытау облысы", "область Ұлытау", "Ulytau Region"], ["Ұлытау", "Ұлытау", "Ulytau"]),
    row("KZ-63", Region, ["Шығыс Қазақстан облысы", "Восточно-Казахстанская область", "East Kazakhstan Region"], ["Шығыс Қазақстан", "Восточно-Казахстанская", "East Kazakhstan"]),
    row("KZ-71", City, ["Астана қаласы", "город Астана", "Astana (city)"], ["Астана қ.", "Астана (город)", "Astana (city)"]),
    row("KZ-75", City, ["Алматы қаласы", "город Алматы", "Almaty (city)"], ["Алматы қ.", "Алматы (город)", "Almaty (city)"]),
    row("KZ-79", City, ["Шымкент қаласы", "город Шымкент", "Shymkent (city)"], ["Шымкент қ.", "Шымкент (город)", "Shymkent (city)"]),
];

pub fn lookup(id: &str) -> Option<&'static Entry> {
    TABLE.iter().find(|e| e.id == id)
}
