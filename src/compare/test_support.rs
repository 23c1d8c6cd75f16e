//! Test support for `compare`, shared by the tests of its modules: a small valid comparison
//! pack (index and texts), its model, and one side of a diff as text. Built for tests only.

use super::diff::{Op, Segment};
use super::model::CompareModel;
use super::pack::Edition;
use serde_json::{json, Value};

pub fn index() -> Value {
    json!({
        "schema_version": 1,
        "old": {
            "title": {"ru": "Конституция 1995 года", "en": "Constitution of 1995"},
            "date": "1995-08-30",
            "version_note": {"en": "as amended up to 2022"}
        },
        "new": {
            "title": {"ru": "Конституция 2026 года"},
            "date": "2026-03-15",
            "version_note": {"en": "as adopted"}
        },
        "sources": [{
            "id": "adilet", "outlet": "Әділет", "title": {"ru": "Конституция"},
            "date": "2023-01-01", "url": "https://adilet.zan.kz/rus/docs/K950001000_",
            "language": "ru"
        }],
        "sections": [
            {"edition": "old", "id": "I", "title": {"ru": "Общие положения", "en": "General provisions"}},
            {"edition": "old", "id": "II", "title": {"ru": "Человек и гражданин"}},
            {"edition": "new", "id": "I", "title": {"ru": "Основы конституционного строя"}},
            {"edition": "new", "id": "II", "title": {"ru": "Права человека"}}
        ],
        "articles": [
            {"edition": "old", "number": "1", "section": "I"},
            {"edition": "old", "number": "2", "section": "I"},
            {"edition": "old", "number": "3", "section": "I"},
            {"edition": "old", "number": "4", "section": "II"},
            {"edition": "old", "number": "5", "section": "II"},
            {"edition": "new", "number": "1", "section": "I"},
            {"edition": "new", "number": "2", "section": "I"},
            {"edition": "new", "number": "3", "section": "I"},
            {"edition": "new", "number": "4", "section": "I"},
            {"edition": "new", "number": "5", "section": "II"},
            {"edition": "new", "number": "6", "section": "II"}
        ],
        "topics": [
            {"id": "state", "label": {"en": "The state"}},
            {"id": "rights", "label": {"en": "Rights"}}
        ],
        "pairs": [
            {"id": "o1-n1", "old": ["1"], "new": ["1"], "topics": ["state"], "reviewed": true},
            {"id": "o2-n2", "old": ["2"], "new": ["2"], "reviewed": true, "score": 0.8,
             "summary": {"text": {"en": "The capital is named."}, "source": "adilet"}},
            {"id": "o3-n3", "old": ["3"], "new": ["3"], "reviewed": false},
            {"id": "n4", "old": [], "new": ["4"], "topics": ["state", "rights"], "reviewed": true},
            {"id": "o4-n5-n6", "old": ["4"], "new": ["5", "6"], "topics": ["rights"], "reviewed": true},
            {"id": "o5", "old": ["5"], "new": [], "reviewed": true}
        ],
        "report_url": "mailto:desk@example.org"
    })
}

/// Texts in Russian: article 1 equal but for whitespace, 2 and 3 changed, new 4 added,
/// old 4 split into new 5 and 6, old 5 removed.
pub fn texts_ru() -> Value {
    json!({
        "schema_version": 1,
        "language": "ru",
        "old": {
            "source": "adilet",
            "status": {"ru": "официальный текст"},
            "articles": {
                "1": "Республика Казахстан  – демократическое государство.",
                "2": "1. Столица Республики Казахстан – город Астана.\n2. Статус столицы определяется законом.",
                "3": "Высшим представительным органом является Ассамблея народа Казахстана.",
                "4": "1. Каждый имеет право на жизнь.\n2. Никто не может быть произвольно лишен жизни.",
                "5": "Статья, которой больше нет."
            }
        },
        "new": {
            "source": "adilet",
            "status": {"ru": "официальный текст"},
            "articles": {
                "1": "Республика Казахстан – демократическое государство.",
                "2": "1. Столица Республики Казахстан – город Астана.\n2. Статус столицы определяется конституционным законом.",
                "3": "Высшим представительным органом является Курултай народа Казахстана.",
                "4": "Новая статья о Курултае.",
                "5": "Каждый имеет право на жизнь.",
                "6": "Никто не может быть произвольно лишен жизни."
            }
        }
    })
}

/// English: only the old edition, and only two articles.
pub fn texts_en() -> Value {
    json!({
        "schema_version": 1,
        "language": "en",
        "old": {
            "source": "adilet",
            "status": {"en": "unofficial translation"},
            "articles": {
                "1": "The Republic of Kazakhstan is a democratic state.",
                "2": "The capital is Astana."
            }
        }
    })
}

/// The fixture pack with Russian and English texts.
pub fn model() -> CompareModel {
    let (ru, en) = (texts_ru().to_string(), texts_en().to_string());
    let index = index().to_string();
    CompareModel::build(&index, &[("texts.ru.json", &ru), ("texts.en.json", &en)]).unwrap()
}

/// One side of a diff as text: Equal plus Delete (old) or Insert (new) segments, moved
/// text included; headings as "[N]".
pub fn side(segments: &[Segment], edition: Edition) -> String {
    let mut s = String::new();
    for seg in segments {
        let on_side = seg.on_side(edition);
        if on_side {
            s.push_str(&seg.text);
        } else if seg.op == Op::Heading(edition) {
            s.push_str(&format!("[{}]", seg.text));
        }
    }
    s
}
