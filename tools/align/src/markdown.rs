//! Reading the Markdown copies of the legal database (zan.gov.kz via kazakhstan-law/codes):
//! the Kazakh texts of both editions and the Russian 2026 text with its preamble.
//!
//! A file is a title, the preamble, section headings and articles; an article is paragraphs
//! separated by blank lines. The database's notes ("Ескерту.", "Ескертпе.", "Сноска.",
//! "Примечание.", as block quotes or plain paragraphs) are taken out of the text and kept as
//! notes. A deferred-wording note ("… 01.01.2023 бастап қолданысқа енгізіледі", "… мынадай
//! редакцияда қолданылады") is followed by the future wording in italics; [`Style::Kk1995`]
//! applies it (see [`apply_deferred`]), since that file is older than the wording compared.

use crate::input::normalize;
use qazaq_explainer::compare::validate::is_note;

/// Which file: its article headings differ.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Style {
    /// `### 44-бап`; the 17.09.2022 redaction, with deferred wordings in notes.
    Kk1995,
    /// `**44-бап**`
    Kk2026,
    /// `**Статья 44**`
    Ru2026,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NoteKind {
    Amendments,
    Reference,
    Deferred,
    Other,
}

impl NoteKind {
    pub fn name(self) -> &'static str {
        match self {
            NoteKind::Amendments => "amendments",
            NoteKind::Reference => "reference",
            NoteKind::Deferred => "deferred",
            NoteKind::Other => "other",
        }
    }

    /// What a note is, from its wording.
    pub fn of(text: &str) -> NoteKind {
        let has = |w: &[&str]| w.iter().any(|w| text.contains(w));
        if is_deferred(text) {
            NoteKind::Deferred
        } else if has(&["қараңыз", "См. ", "See "]) {
            NoteKind::Reference
        } else if has(&[
            "енгізілді",
            "жаңа редакцияда",
            "алынып тасталды",
            "с изменениями",
            "в редакции",
            "исключена",
            "as amended",
            "amended by",
        ]) {
            NoteKind::Amendments
        } else {
            NoteKind::Other
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Note {
    pub kind: NoteKind,
    pub text: String,
}

/// What a deferred-wording note did to the article's text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Applied {
    /// The point with this label (and what followed it up to the note) was replaced.
    Replaced(String),
    /// The whole article was replaced.
    Whole,
    /// Paragraphs were added where the note stands; the label of the first, if it has one.
    Added(Option<String>),
    /// The point with this label was removed.
    Removed(String),
}

impl Applied {
    /// The point as printed, or `None` for the whole article or unlabelled paragraphs.
    pub fn point(&self) -> Option<&str> {
        match self {
            Applied::Replaced(l) | Applied::Removed(l) | Applied::Added(Some(l)) => Some(l),
            Applied::Whole | Applied::Added(None) => None,
        }
    }

    pub fn describe(&self) -> String {
        match self {
            Applied::Replaced(l) => format!("point {l} replaced"),
            Applied::Whole => "whole article replaced".into(),
            Applied::Added(Some(l)) => format!("point {l} (and what follows in the note) added"),
            Applied::Added(None) => "paragraph added".into(),
            Applied::Removed(l) => format!("point {l} removed"),
        }
    }
}

#[derive(Clone, Debug)]
pub struct MdArticle {
    pub number: String,
    /// Paragraphs joined by "\n", normalised ([`normalize`]); empty for a repealed article.
    pub text: String,
    pub notes: Vec<Note>,
    pub applied: Vec<Applied>,
}

pub struct MdEdition {
    pub preamble: MdArticle,
    pub articles: Vec<MdArticle>,
}

fn is_deferred(note: &str) -> bool {
    (note.contains("01.01.2023") && note.contains("көзделген"))
        || note.contains("мынадай редакцияда қолданылады")
}

/// "1.", "2)", "5-1.", "10-1)" at the start of a paragraph.
pub fn label(text: &str) -> Option<&str> {
    let digits = text
        .find(|c: char| !(c.is_ascii_digit() || c == '-'))
        .unwrap_or(text.len());
    let rest = &text[digits..];
    let ok = digits > 0
        && text.as_bytes()[0].is_ascii_digit()
        && !text[..digits].ends_with('-')
        && (rest.starts_with('.') || rest.starts_with(')'));
    ok.then(|| &text[..digits + 1])
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum BlockKind {
    Note,
    Italic,
    Main,
}

#[derive(Clone, Debug)]
struct Block {
    kind: BlockKind,
    indent: usize,
    text: String,
}

/// The text of a paragraph without Markdown: quote marks, emphasis, escapes, line breaks.
fn plain(lines: &[&str]) -> String {
    let joined: Vec<String> = lines
        .iter()
        .map(|l| {
            let l = l.trim();
            let l = l.strip_prefix('>').unwrap_or(l).trim();
            l.trim_matches('*').trim().to_string()
        })
        .collect();
    let text = joined.join(" ");
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (c, chars.peek()) {
            ('\\', Some(&n)) if n.is_ascii_punctuation() => {}
            _ => out.push(c),
        }
    }
    normalize(&out)
}

fn block(lines: &[&str]) -> Block {
    let first = lines[0];
    let indent = first.len() - first.trim_start_matches(' ').len();
    let trimmed = first.trim_start();
    let text = plain(lines);
    let kind = if is_note(trimmed) {
        BlockKind::Note
    } else {
        let all = lines.join(" ");
        let all = all.trim();
        if all.starts_with('*') && all.ends_with('*') && !all.starts_with("**") {
            BlockKind::Italic
        } else {
            BlockKind::Main
        }
    };
    Block { kind, indent, text }
}

/// Paragraphs: runs of non-blank lines.
fn paragraphs(md: &str) -> Vec<Vec<&str>> {
    let mut out = Vec::new();
    let mut cur: Vec<&str> = Vec::new();
    for line in md.lines() {
        if line.trim().is_empty() {
            if !cur.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
        } else {
            cur.push(line);
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

fn heading(style: Style, line: &str) -> Option<String> {
    let l = line.trim();
    let number = match style {
        Style::Kk1995 => l.strip_prefix("### ")?.strip_suffix("-бап")?,
        Style::Kk2026 => l.strip_prefix("**")?.strip_suffix("-бап**")?,
        Style::Ru2026 => l.strip_prefix("**Статья ")?.strip_suffix("**")?,
    };
    let ok = !number.is_empty() && number.chars().all(|c| c.is_ascii_digit() || c == '-');
    ok.then(|| number.to_string())
}

/// Without the YAML front matter.
fn body(md: &str) -> &str {
    if let Some(rest) = md.strip_prefix("---\n") {
        if let Some(end) = rest.find("\n---\n") {
            return &rest[end + 5..];
        }
    }
    md
}

pub fn parse(md: &str, style: Style, name: &str) -> Result<MdEdition, String> {
    // (number, blocks); the preamble first, numbered PREAMBLE.
    let mut parts: Vec<(String, Vec<Block>)> = vec![(PREAMBLE.into(), Vec::new())];
    // Notes under a section heading (on the section's title, or on when its provisions took
    // effect) go with the section's first article.
    let mut pending: Option<Vec<Block>> = None;
    for lines in paragraphs(body(md)) {
        let first = lines[0].trim();
        if let Some(n) = heading(style, first) {
            if parts.iter().any(|(x, _)| *x == n) {
                return Err(format!("{name}: article {n} appears twice"));
            }
            parts.push((n, pending.take().unwrap_or_default()));
            continue;
        }
        if first.starts_with("## ") {
            pending.get_or_insert_with(Vec::new);
            continue;
        }
        // Headings, anchors and the rule that closes the 2026 files.
        let rule = first.chars().all(|c| c == '_');
        if first.starts_with('#') || first.starts_with("<a ") || rule {
            continue;
        }
        let b = block(&lines);
        match (&mut pending, parts.last_mut()) {
            (Some(p), _) if b.kind == BlockKind::Note => p.push(b),
            (Some(_), _) => {
                return Err(format!(
                    "{name}: text between a section heading and an article: {:?}",
                    b.text
                ))
            }
            (None, Some((_, blocks))) => blocks.push(b),
            (None, None) => {}
        }
    }
    let mut articles = Vec::with_capacity(parts.len());
    for (number, blocks) in parts {
        let (paras, notes, applied) = apply_deferred(&blocks, style == Style::Kk1995)
            .map_err(|e| format!("{name}: article {number}: {e}"))?;
        // The 1995 Kazakh preamble is a block quote of short lines: one paragraph, as in the
        // Russian text.
        let text = if number == PREAMBLE && style == Style::Kk1995 {
            paras.join(" ")
        } else {
            paras.join("\n")
        };
        articles.push(MdArticle {
            number,
            text: normalize(&text),
            notes,
            applied,
        });
    }
    let preamble = articles.remove(0);
    if preamble.text.is_empty() {
        return Err(format!("{name}: no preamble"));
    }
    Ok(MdEdition { preamble, articles })
}

use qazaq_explainer::compare::pack::PREAMBLE;

/// An article's paragraphs, its notes, and what the deferred-wording notes did to it.
type ArticleParts = (Vec<String>, Vec<Note>, Vec<Applied>);

/// The article's paragraphs, its notes, and what the deferred-wording notes did (when `apply`
/// is set; otherwise their wording is an error, as no other file has any).
///
/// A deferred note stands right after the point it changes, and is followed by the new wording:
/// italic paragraphs, and indented plain ones continuing them (a plain indented paragraph right
/// after the note counts too; one with a point label after the italics is the old text going
/// on). What the wording does is read from it: when it starts with the label of an earlier
/// point, that point (up to the note) is replaced; with no label and a note on the whole
/// article ("78-бапқа өзгеріс"), the article; otherwise the paragraphs are added there. A note
/// on removing a point ("5-1-тармақты алып тастау") removes it.
fn apply_deferred(blocks: &[Block], apply: bool) -> Result<ArticleParts, String> {
    let mut out: Vec<String> = Vec::new();
    let mut notes = Vec::new();
    let mut applied = Vec::new();
    let mut i = 0;
    while i < blocks.len() {
        let b = &blocks[i];
        i += 1;
        match b.kind {
            BlockKind::Main => out.push(b.text.clone()),
            BlockKind::Italic => return Err(format!("italic text outside a note: {:?}", b.text)),
            BlockKind::Note => {
                let kind = NoteKind::of(&b.text);
                notes.push(Note {
                    kind,
                    text: b.text.clone(),
                });
                if kind != NoteKind::Deferred {
                    continue;
                }
                if !apply {
                    return Err(format!("unexpected deferred wording: {:?}", b.text));
                }
                let mut wording: Vec<String> = Vec::new();
                while let Some(next) = blocks.get(i) {
                    let continues = match next.kind {
                        BlockKind::Italic => true,
                        BlockKind::Main => {
                            next.indent > 0
                                && next.indent >= b.indent
                                && (wording.is_empty() || label(&next.text).is_none())
                        }
                        BlockKind::Note => false,
                    };
                    if !continues {
                        break;
                    }
                    wording.push(next.text.clone());
                    i += 1;
                }
                if b.text.contains("алып тастау") {
                    let point = removed_point(&b.text)
                        .ok_or_else(|| format!("which point is removed? {:?}", b.text))?;
                    let at = out
                        .iter()
                        .rposition(|p| label(p) == Some(point.as_str()))
                        .ok_or_else(|| format!("no point {point} to remove"))?;
                    out.truncate(at);
                    applied.push(Applied::Removed(point));
                    continue;
                }
                let first = wording
                    .first()
                    .ok_or_else(|| format!("a deferred note without its wording: {:?}", b.text))?;
                let first_label = label(first).map(str::to_string);
                let earlier = first_label
                    .as_deref()
                    .and_then(|l| out.iter().rposition(|p| label(p) == Some(l)));
                match (earlier, &first_label) {
                    (Some(at), Some(l)) => {
                        out.truncate(at);
                        applied.push(Applied::Replaced(l.clone()));
                    }
                    (None, None) if whole_article(&b.text) => {
                        out.clear();
                        applied.push(Applied::Whole);
                    }
                    _ => applied.push(Applied::Added(first_label)),
                }
                out.extend(wording);
            }
        }
    }
    Ok((out, notes, applied))
}

/// "08.06.2022 ҚР Заңымен 5-1-тармақты алып тастау көзделген" → "5-1.".
fn removed_point(note: &str) -> Option<String> {
    let end = note.find("-тармақ")?;
    let start = note[..end]
        .rfind(|c: char| !(c.is_ascii_digit() || c == '-'))
        .map_or(0, |k| k + 1);
    let n = &note[start..end];
    (!n.is_empty()).then(|| format!("{n}."))
}

/// "… 78-бапқа өзгеріс көзделген": the note is on the whole article.
fn whole_article(note: &str) -> bool {
    note.contains("-бапқа өзгеріс")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn blocks(md: &str) -> Vec<Block> {
        paragraphs(md).iter().map(|l| block(l)).collect()
    }

    #[test]
    fn labels() {
        assert_eq!(label("1. Текст"), Some("1."));
        assert_eq!(label("10-1) текст"), Some("10-1)"));
        assert_eq!(label("5-1. Мәтін"), Some("5-1."));
        assert_eq!(label("2026 жылы"), None);
        assert_eq!(label("Текст 1."), None);
        assert_eq!(label("-1. x"), None);
        assert_eq!(label("1-. x"), None);
    }

    #[test]
    fn notes_are_taken_out_and_classified() {
        let md = "1. Мәтін.\n\n> *Ескерту. 4-бапқа өзгеріс енгізілді - ҚР 10.03.2017 № 51-VI Заңымен.*\n\n\
                  Ескертпе. ҚР Конституциялық Сотының 07.07.2026 № 89-НҚ нормативтік қаулысын қараңыз.\n\n\
                  2. Екі\\) мәтін.";
        let (text, notes, applied) = apply_deferred(&blocks(md), false).unwrap();
        assert_eq!(text, ["1. Мәтін.", "2. Екі) мәтін."]);
        assert_eq!(
            notes.iter().map(|n| n.kind).collect::<Vec<_>>(),
            [NoteKind::Amendments, NoteKind::Reference]
        );
        assert!(notes[0].text.starts_with("Ескерту. 4-бапқа"));
        assert!(applied.is_empty());
    }

    #[test]
    fn deferred_wording_replaces_the_point_it_follows() {
        let md = "1. Конституциялық Кеңес.\n\n   1) бір;\n\n   2) екі.\n\n\
                  > *Ескертпе. 08.06.2022 ҚР Заңымен 1-тармаққа өзгеріс көзделген (01.01.2023 бастап қолданысқа енгізіледі):*\n\n\
                  *1. Конституциялық Сот.*\n\n   *1) бір;*\n\n   *2) екі.*\n\n2. Екінші.";
        let (text, notes, applied) = apply_deferred(&blocks(md), true).unwrap();
        assert_eq!(
            text,
            ["1. Конституциялық Сот.", "1) бір;", "2) екі.", "2. Екінші."]
        );
        assert_eq!(notes[0].kind, NoteKind::Deferred);
        assert_eq!(applied, [Applied::Replaced("1.".into())]);
        // Without leave to apply, a deferred wording is an error, never silently kept.
        assert!(apply_deferred(&blocks(md), false).is_err());
    }

    #[test]
    fn deferred_wording_adds_removes_and_replaces_the_article() {
        let add = "1) бір;\n\n   > *Ескертпе. 08.06.2022 ҚР Заңында 53-бапты 1-1) тармақшамен толықтыру көзделген (01.01.2023 бастап қолданысқа енгізіледі):*\n\n\
                   *1-1) жаңа;*\n\n2) екі.";
        let (text, _, applied) = apply_deferred(&blocks(add), true).unwrap();
        assert_eq!(text, ["1) бір;", "1-1) жаңа;", "2) екі."]);
        assert_eq!(applied, [Applied::Added(Some("1-1)".into()))]);

        let remove = "5. Бес.\n\n5-1. Бес бір.\n\nЖалғасы.\n\n\
                      > *Ескертпе. 08.06.2022 ҚР Заңымен 5-1-тармақты алып тастау көзделген (01.01.2023 бастап қолданысқа енгізіледі).*\n\n6. Алты.";
        let (text, _, applied) = apply_deferred(&blocks(remove), true).unwrap();
        assert_eq!(text, ["5. Бес.", "6. Алты."]);
        assert_eq!(applied, [Applied::Removed("5-1.".into())]);

        let whole = "Соттардың ... Кеңеске.\n\n> *Ескертпе. 08.06.2022 ҚР Заңымен 78-бапқа өзгеріс көзделген (01.01.2023 бастап қолданысқа енгізіледі):*\n\n*Соттардың ... Сотқа.*";
        let (text, _, applied) = apply_deferred(&blocks(whole), true).unwrap();
        assert_eq!(text, ["Соттардың ... Сотқа."]);
        assert_eq!(applied, [Applied::Whole]);
    }

    #[test]
    fn plain_paragraphs_continue_a_wording_only_where_they_can() {
        // Indented plain text right after the note is its wording (Art. 50, point 2); after
        // italics, an indented paragraph without a label goes on (Art. 61, point 4), one with a
        // label is the old text again (Art. 54, point 1).
        let md = "2. Ескі.\n\n   > *Ескертпе. 08.06.2022 ж. Заңына сәйкес 2-тармақтың ережелері мынадай редакцияда қолданылады:*\n\n   2. Жаңа.\n\n3. Үш.";
        let (text, _, _) = apply_deferred(&blocks(md), true).unwrap();
        assert_eq!(text, ["2. Жаңа.", "3. Үш."]);
        let md = "1. Ескі.\n\n   > *Ескертпе. 08.06.2022 ҚР Заңымен 1-тармақтың бірінші абзацын жаңа редакцияда жазу көзделген (01.01.2023 бастап қолданысқа енгізіледі).*\n\n   *1. Жаңа:*\n\n      1) бір;\n\n   Тағы.\n\n2. Екі.";
        let (text, _, _) = apply_deferred(&blocks(md), true).unwrap();
        assert_eq!(text, ["1. Жаңа:", "1) бір;", "Тағы.", "2. Екі."]);
    }

    #[test]
    fn headings_and_front_matter() {
        let md = "---\nversion_date: 2026-03-15\n---\n\n# ТАҚЫРЫП\n\n> *Ескерту. 01.07.2026 бастап күшіне енеді.*\n\nБіз, халық,\n\nқабылдаймыз.\n\n## І бөлім Негіздер\n\n<a id=\"st1\"></a>\n\n**1-бап**\n\nМәтін.\n";
        let e = parse(md, Style::Kk2026, "test").unwrap();
        assert_eq!(e.preamble.text, "Біз, халық,\nқабылдаймыз.");
        assert_eq!(e.preamble.notes[0].kind, NoteKind::Other);
        assert_eq!(e.articles.len(), 1);
        assert_eq!(
            (e.articles[0].number.as_str(), e.articles[0].text.as_str()),
            ("1", "Мәтін.")
        );
        assert!(
            parse("# T\n\n**1-бап**\n\nМәтін.", Style::Kk2026, "t").is_err(),
            "no preamble"
        );
        assert_eq!(
            heading(Style::Ru2026, "**Статья 83-1**").as_deref(),
            Some("83-1")
        );
        assert_eq!(
            heading(Style::Kk1995, "### 94-2-бап").as_deref(),
            Some("94-2")
        );
        assert_eq!(heading(Style::Kk2026, "**Бап**"), None);
    }
}
