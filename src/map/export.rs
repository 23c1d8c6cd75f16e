//! The regions map as a standalone SVG document, for an article, a download or a page without
//! JavaScript: the same bins, colours, legend, summary and sources as the live map, drawn with
//! the light theme's literal colours because the file cannot read the widget's stylesheet.
//! Every text comes from the content pack or the interface strings and is XML-escaped here.

use super::scale::PALETTE_SIZE;
use super::{legend, scale_for, summary};
use crate::content::text_rules::{isolate, FSI, PDI};
use crate::content::{Metric, Model, ReportDate, UnitKind};
use crate::escape::markup;
use crate::format::{self, tenths};
use crate::i18n::{t, Key};
use crate::lang::Lang;
use std::fmt::Write;

/// `--qe-c0` … `--qe-c4` of the light theme in styles/tokens.css (a test keeps them equal).
pub const PALETTE: [&str; PALETTE_SIZE] = ["#ffffcc", "#a1dab4", "#41b6c4", "#2c7fb8", "#253494"];
const BORDER: &str = "#ffffff";
const NR_BG: &str = "#eef0f2";
const NR_LINE: &str = "#a9b0b8";
const BG: &str = "#ffffff";
const INK: &str = "#1b1f24";
const INK_SOFT: &str = "#4a525c";
const LINE: &str = "#d5d9de";
/// `--qe-line-strong`: legend swatch borders, which tell the palest bins from the page.
const LINE_STRONG: &str = "#858d96";
/// `--qe-font`.
const FONT: &str =
    "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Helvetica Neue', Arial, sans-serif";

/// Laid out for 960 px; type is large enough to stay legible scaled down to a phone's width.
const WIDTH: f64 = 960.0;
const MARGIN: f64 = 24.0;
const TEXT_WIDTH: f64 = WIDTH - 2.0 * MARGIN;
/// City markers, in map units: larger than the live map's, as no pointer can find them here.
const CITY_R: f64 = 10.0;

/// A type style: size and line height in px.
#[derive(Clone, Copy)]
struct Style {
    size: f64,
    line: f64,
    bold: bool,
    fill: &'static str,
}

const TITLE: Style = Style {
    size: 32.0,
    line: 38.0,
    bold: true,
    fill: INK,
};
const SUBTITLE: Style = Style {
    size: 25.0,
    line: 31.0,
    bold: true,
    fill: INK,
};
const BODY: Style = Style {
    size: 21.0,
    line: 28.0,
    bold: false,
    fill: INK,
};
const NOTE: Style = Style {
    size: 20.0,
    line: 26.0,
    bold: false,
    fill: INK_SOFT,
};
const SMALL: Style = Style {
    size: 18.0,
    line: 24.0,
    bold: false,
    fill: INK_SOFT,
};
const LEGEND: Style = Style {
    size: 23.0,
    line: 40.0,
    bold: false,
    fill: INK,
};

/// The map of `metric` (or, if the pack has no such metric, of its first map metric) in
/// `lang`, as a complete SVG document.
pub fn map_svg(model: &Model, metric: &str, lang: Lang) -> String {
    let metric = model.metric(metric).or_else(|| model.map_metrics().next());
    let id = match metric {
        Some(m) => format!("qe-map-{}-{}", lang.code(), id_safe(&m.id)),
        None => format!("qe-map-{}", lang.code()),
    };
    let pack_title = model.pack.title.text(lang);
    let mut doc = Doc {
        body: String::new(),
        y: MARGIN,
    };
    doc.paragraph(pack_title, TITLE, None);
    let Some(metric) = metric else {
        return doc.finish(&id, lang, pack_title, "");
    };
    let label = metric.label.text(lang);
    doc.y += 6.0;
    doc.paragraph(label, SUBTITLE, None);
    if let Some(d) = &metric.description {
        doc.paragraph(d.text(lang), NOTE, None);
    }
    doc.y += 16.0;
    doc.map(model, metric, lang, &id);
    doc.y += 16.0;
    doc.legend(model, metric, lang, &id);
    doc.y += 6.0;
    doc.paragraph(t(lang, Key::LegendQualifierNote), NOTE, None);
    let summary = summary::text(model, metric, lang);
    doc.y += 10.0;
    doc.paragraph(&summary, BODY, None);
    doc.y += 14.0;
    let _ = write!(
        doc.body,
        r#"<path d="M{m} {y}H{x}" stroke="{LINE}" stroke-width="1"/>"#,
        m = MARGIN,
        x = WIDTH - MARGIN,
        y = tenths(doc.y),
    );
    doc.y += 10.0;
    let sources = sources(model, metric, lang);
    if !sources.is_empty() {
        doc.paragraph(&sources.join("; "), SMALL, Some(t(lang, Key::SourceLabel)));
        doc.y += 4.0;
    }
    let a = &model.geo.attribution;
    let boundaries = format!(
        "{} {} \u{b7} {}",
        t(lang, Key::CreditsBoundaries),
        a.source_url,
        a.license_url
    );
    doc.paragraph(&boundaries, SMALL, Some(t(lang, Key::CreditsMap)));
    let title = format!("{} \u{2014} {}", isolate(pack_title), isolate(label));
    doc.finish(&id, lang, &title, &summary)
}

/// The metric's sources as the widget writes them, each once, in map order.
fn sources(model: &Model, metric: &Metric, lang: Lang) -> Vec<String> {
    let mut seen: Vec<(&str, ReportDate)> = Vec::new();
    for u in &model.geo.units {
        if let Some(f) = model.figure(&u.id, &metric.id) {
            if !seen.contains(&(f.source.as_str(), f.as_of)) {
                seen.push((&f.source, f.as_of));
            }
        }
    }
    seen.into_iter()
        .filter_map(|(id, as_of)| {
            model
                .source(id)
                .map(|s| format::source(s, lang, Some(as_of)))
        })
        .collect()
}

struct Doc {
    body: String,
    /// The top of the next block.
    y: f64,
}

impl Doc {
    /// Wrapped text, its first line led by a bold `label` ("Source: …") when given.
    fn paragraph(&mut self, text: &str, style: Style, label: Option<&str>) {
        let lead = label.map(|l| format!("{l}: ")).unwrap_or_default();
        let lines = isolated_lines(wrap(&format!("{lead}{text}"), TEXT_WIDTH, style));
        for (i, line) in lines.iter().enumerate() {
            let baseline = self.y + style.line / 2.0 + style.size * 0.35;
            let _ = write!(
                self.body,
                r#"<text x="{MARGIN}" y="{}" font-size="{}" fill="{}"{}>"#,
                tenths(baseline),
                tenths(style.size),
                style.fill,
                if style.bold {
                    r#" font-weight="700""#
                } else {
                    ""
                },
            );
            match line.strip_prefix(lead.as_str()) {
                Some(rest) if i == 0 && !lead.is_empty() => {
                    let _ = write!(
                        self.body,
                        r#"<tspan font-weight="700" fill="{INK}">{}</tspan>{}"#,
                        markup(&lead),
                        markup(rest)
                    );
                }
                _ => self.body.push_str(&markup(line)),
            }
            self.body.push_str("</text>");
            self.y += style.line;
        }
    }

    /// The units filled by bin, not-reported units hatched, cities as markers on top.
    fn map(&mut self, model: &Model, metric: &Metric, lang: Lang, id: &str) {
        let geo = &model.geo;
        let scale = scale_for(model, &metric.id);
        let k = TEXT_WIDTH / geo.width;
        let b = &mut self.body;
        let _ = write!(
            b,
            r#"<g transform="translate({MARGIN} {}) scale({})" stroke-linejoin="round">"#,
            tenths(self.y),
            k
        );
        let fill = |fig: Option<&crate::content::Figure>| match fig
            .and_then(|f| scale.colour_of(f.value))
        {
            Some(c) => (PALETTE[c].to_string(), BORDER, "0.8"),
            None => (format!("url(#{id}-hatch)"), NR_LINE, "0.6"),
        };
        for u in &geo.units {
            let fig = model.figure(&u.id, &metric.id);
            let (fill, stroke, width) = fill(fig);
            let _ = write!(
                b,
                r#"<path data-id="{}" d="{}" fill="{fill}" fill-rule="evenodd" stroke="{stroke}" stroke-width="{width}">"#,
                markup(&u.id),
                markup(&u.d),
            );
            if u.kind == UnitKind::Region {
                let _ = write!(
                    b,
                    "<title>{}</title>",
                    markup(&summary::unit_text(u, metric, fig, lang))
                );
            }
            b.push_str("</path>");
        }
        for u in geo.units.iter().filter(|u| u.kind == UnitKind::City) {
            let fig = model.figure(&u.id, &metric.id);
            let (fill, _, _) = fill(fig);
            let (x, y) = (tenths(u.label[0]), tenths(u.label[1]));
            let _ = write!(
                b,
                r#"<g data-city="{}"><title>{}</title><circle cx="{x}" cy="{y}" r="{CITY_R}" fill="{fill}" stroke="{INK}" stroke-width="1.5"/><circle cx="{x}" cy="{y}" r="2.5" fill="{INK}"/></g>"#,
                markup(&u.id),
                markup(&summary::unit_text(u, metric, fig, lang)),
            );
        }
        b.push_str("</g>");
        self.y += geo.height * k;
    }

    /// The bins and the not-reported swatch, flowed into rows across the width.
    fn legend(&mut self, model: &Model, metric: &Metric, lang: Lang, id: &str) {
        let scale = scale_for(model, &metric.id);
        let mut items: Vec<(String, String, usize)> = scale
            .bins
            .iter()
            .map(|bin| {
                (
                    PALETTE[bin.colour].to_string(),
                    legend::bin_label(bin, metric.unit, lang),
                    bin.count,
                )
            })
            .collect();
        items.push((
            format!("url(#{id}-hatch)"),
            t(lang, Key::LegendNotReported).to_string(),
            legend::not_reported(&scale, model.geo.units.len()),
        ));
        let swatch = 28.0;
        let gap = 10.0;
        let (mut x, mut row) = (MARGIN, 0usize);
        for (fill, label, count) in items {
            let count = format!("({count})");
            let w = swatch
                + gap
                + text_width(&label, LEGEND)
                + text_width(" ", LEGEND)
                + text_width(&count, LEGEND);
            if x > MARGIN && x + w > WIDTH - MARGIN {
                x = MARGIN;
                row += 1;
            }
            let top = self.y + row as f64 * LEGEND.line;
            let _ = write!(
                self.body,
                r#"<g class="qe-legend-item"><rect x="{}" y="{}" width="{swatch}" height="{swatch}" rx="3" fill="{fill}" stroke="{LINE_STRONG}"/><text x="{}" y="{}" font-size="{}" fill="{INK}"><tspan class="qe-legend-label">{}</tspan> <tspan fill="{INK_SOFT}">{count}</tspan></text></g>"#,
                tenths(x),
                tenths(top + (LEGEND.line - swatch) / 2.0),
                tenths(x + swatch + gap),
                tenths(top + LEGEND.line / 2.0 + LEGEND.size * 0.35),
                tenths(LEGEND.size),
                markup(&label),
            );
            x += w + 28.0;
        }
        self.y += (row + 1) as f64 * LEGEND.line;
    }

    fn finish(mut self, id: &str, lang: Lang, title: &str, desc: &str) -> String {
        self.y += MARGIN;
        let h = tenths(self.y.ceil());
        let code = lang.code();
        let mut out = String::with_capacity(self.body.len() + 2048);
        let _ = write!(
            out,
            concat!(
                r#"<?xml version="1.0" encoding="UTF-8"?>"#,
                "\n",
                r#"<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" viewBox="0 0 {w} {h}" "#,
                r#"role="img" aria-labelledby="{id}-title" aria-describedby="{id}-desc" lang="{code}" xml:lang="{code}" "#,
                r#"font-family="{font}">"#,
                "\n",
                r#"<title id="{id}-title">{title}</title>"#,
                "\n",
                r#"<desc id="{id}-desc">{desc}</desc>"#,
                "\n",
                r#"<defs><pattern id="{id}-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">"#,
                r#"<rect width="6" height="6" fill="{nr_bg}"/><line x1="0" y1="0" x2="0" y2="6" stroke="{nr_line}" stroke-width="1.6"/>"#,
                "</pattern></defs>\n",
                r#"<rect width="100%" height="100%" fill="{bg}"/>"#,
                "\n",
            ),
            w = WIDTH,
            h = h,
            id = id,
            code = code,
            font = FONT,
            title = markup(title),
            desc = markup(desc),
            nr_bg = NR_BG,
            nr_line = NR_LINE,
            bg = BG,
        );
        out.push_str(&self.body);
        out.push_str("\n</svg>\n");
        out
    }
}

/// Metric ids as they may appear in an XML id: other characters become `_`.
fn id_safe(s: &str) -> String {
    s.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '_'
            }
        })
        .collect()
}

/// A generous estimate of a character's advance in em, fitted to DejaVu Sans (among the
/// widest system sans-serifs), so wrapped lines fit whatever font the reader's machine picks.
fn char_em(c: char) -> f64 {
    match c {
        FSI | PDI => 0.0,
        'i' | 'j' | 'l' | 'ı' | 'і' | '.' | ',' | ':' | ';' | '\'' | '!' | '|' | ' ' | '\u{a0}' => {
            0.32
        }
        'f' | 't' | 'r' | '(' | ')' | '[' | ']' | '-' | '–' => 0.5,
        '«' | '»' | '“' | '”' | '"' => 0.56,
        'm' | 'w' | 'M' | 'W' | 'ш' | 'щ' | 'ж' | 'ю' | 'ы' | 'ф' | 'Ш' | 'Щ' | 'Ж' | 'Ю' | 'Ы'
        | 'Ф' | 'М' | '—' | '%' | '@' => 1.0,
        c if c.is_ascii_digit() => 0.64,
        c if c.is_uppercase() => 0.76,
        c if c.is_ascii() => 0.6,
        _ => 0.63,
    }
}

fn text_width(s: &str, style: Style) -> f64 {
    let bold = if style.bold { 1.1 } else { 1.0 };
    s.chars().map(char_em).sum::<f64>() * style.size * bold
}

/// Each line of a wrapped text is a bidi paragraph of its own (an SVG `<text>`): an isolate a
/// break cuts is closed at the end of its line and opened again on the next, so the rest of a
/// pack text stays isolated there too.
fn isolated_lines(lines: Vec<String>) -> Vec<String> {
    let mut open = 0usize;
    lines
        .into_iter()
        .map(|line| {
            let mut out: String = std::iter::repeat_n(FSI, open).collect();
            out.push_str(&line);
            for c in line.chars() {
                match c {
                    FSI => open += 1,
                    PDI => open = open.saturating_sub(1),
                    _ => {}
                }
            }
            out.extend(std::iter::repeat_n(PDI, open));
            out
        })
        .collect()
}

/// Breaks `text` at spaces into lines at most `max` px wide; a word longer than a line is
/// broken between characters. No-break spaces (digit grouping) never break.
fn wrap(text: &str, max: f64, style: Style) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text
        .split(|c: char| c.is_whitespace() && c != '\u{a0}' && c != '\u{202f}')
        .filter(|w| !w.is_empty())
    {
        let candidate = if line.is_empty() {
            word.to_string()
        } else {
            format!("{line} {word}")
        };
        if text_width(&candidate, style) <= max {
            line = candidate;
            continue;
        }
        if !line.is_empty() {
            lines.push(std::mem::take(&mut line));
        }
        for c in word.chars() {
            line.push(c);
            if text_width(&line, style) > max {
                line.pop();
                lines.push(std::mem::take(&mut line));
                line.push(c);
            }
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::{Geo, DEFAULT_PACK};
    use serde_json::Value;

    /// A small well-formedness check: one root `<svg>`, every tag closed in order, quoted
    /// attributes, and no bare `&` or `<` in text or attribute values.
    fn check_xml(doc: &str) -> Result<(), String> {
        let body = doc
            .strip_prefix(r#"<?xml version="1.0" encoding="UTF-8"?>"#)
            .ok_or("no XML declaration")?;
        let entity_ok = |s: &str| {
            s.match_indices('&').all(|(i, _)| {
                let rest = &s[i + 1..];
                ["amp;", "lt;", "gt;", "quot;", "apos;"]
                    .iter()
                    .any(|e| rest.starts_with(e))
            })
        };
        let mut stack: Vec<&str> = Vec::new();
        let mut roots = 0;
        let mut rest = body;
        while let Some(open) = rest.find('<') {
            let text = &rest[..open];
            if !entity_ok(text) || text.contains('>') {
                return Err(format!("bad text {text:?}"));
            }
            if stack.is_empty() && !text.trim().is_empty() {
                return Err(format!("text outside the root: {text:?}"));
            }
            let close = rest[open..].find('>').ok_or("unclosed tag")? + open;
            let tag = &rest[open + 1..close];
            rest = &rest[close + 1..];
            if tag.contains('<') || tag.matches('"').count() % 2 != 0 || !entity_ok(tag) {
                return Err(format!("bad tag <{tag}>"));
            }
            if let Some(name) = tag.strip_prefix('/') {
                match stack.pop() {
                    Some(open) if open == name => {}
                    other => return Err(format!("</{name}> closes {other:?}")),
                }
                continue;
            }
            let name = tag.split_whitespace().next().unwrap_or("");
            if stack.is_empty() {
                roots += 1;
                if name != "svg" || roots > 1 {
                    return Err(format!("root element <{name}> (root #{roots})"));
                }
            }
            if !tag.ends_with('/') {
                stack.push(name);
            }
        }
        if !stack.is_empty() || !rest.trim().is_empty() || roots != 1 {
            return Err(format!("unclosed {stack:?} or trailing {rest:?}"));
        }
        Ok(())
    }

    /// The start tag of the element carrying `attr`.
    fn tag_with<'a>(svg: &'a str, attr: &str) -> &'a str {
        let at = svg.find(attr).unwrap_or_else(|| panic!("no {attr}"));
        let start = svg[..at].rfind('<').unwrap();
        let end = at + svg[at..].find('>').unwrap();
        &svg[start..=end]
    }

    fn attr<'a>(tag: &'a str, name: &str) -> &'a str {
        let key = format!(" {name}=\"");
        let at = tag
            .find(&key)
            .unwrap_or_else(|| panic!("no {name} in {tag}"))
            + key.len();
        &tag[at..at + tag[at..].find('"').unwrap()]
    }

    /// The texts of every element with `class`.
    fn texts_of(svg: &str, class: &str) -> Vec<String> {
        let key = format!("class=\"{class}\">");
        svg.match_indices(&key)
            .map(|(i, _)| {
                let s = &svg[i + key.len()..];
                s[..s.find('<').unwrap()].to_string()
            })
            .collect()
    }

    /// The text a reader sees, lines joined by single spaces (escaped as in the file).
    fn visible_text(svg: &str) -> String {
        let body = &svg[svg.find("</defs>").unwrap()..];
        let spaced = body.replace("</text>", " </text>");
        // The isolates around pack texts are not seen.
        let text: String = spaced
            .split('<')
            .filter(|s| !s.starts_with("title"))
            .filter_map(|s| s.find('>').map(|i| &s[i + 1..]))
            .collect::<String>()
            .replace([FSI, PDI], "");
        text.split_whitespace().collect::<Vec<_>>().join(" ")
    }

    fn embedded() -> Model {
        Model::embedded().unwrap()
    }

    fn hostile_model() -> Model {
        let mut v: Value = serde_json::from_str(DEFAULT_PACK).unwrap();
        v["title"]["en"] = Value::from("<script>alert(\"t\")</script> & 'Co' \u{1}]]>");
        let sources = v["sources"].as_array_mut().unwrap();
        let rika = sources
            .iter_mut()
            .find(|s| s["id"] == "rikatv-2026-02-14")
            .unwrap();
        rika["outlet"] = Value::from("Evil & Co <img src=x onerror=alert(1)>");
        rika["title"]["en"] = Value::from("\"quoted\" </text><script>x</script>");
        Model::build(&v.to_string(), Geo::embedded()).unwrap()
    }

    #[test]
    fn every_document_is_well_formed() {
        let model = embedded();
        for lang in Lang::ALL {
            for m in model.pack.metrics.iter() {
                let svg = map_svg(&model, &m.id, lang);
                check_xml(&svg).unwrap_or_else(|e| panic!("{} {}: {e}", m.id, lang.code()));
                assert_eq!(svg.matches("<svg ").count(), 1);
                let root = tag_with(&svg, "<svg ");
                assert_eq!(attr(root, "xmlns"), "http://www.w3.org/2000/svg");
                assert_eq!(attr(root, "role"), "img");
                assert_eq!(attr(root, "width"), "960");
                let h = attr(root, "height");
                assert_eq!(attr(root, "viewBox"), format!("0 0 960 {h}"));
                assert!(h.parse::<f64>().unwrap() > 600.0);
            }
        }
        assert!(check_xml("<?xml version=\"1.0\" encoding=\"UTF-8\"?><svg><g></svg>").is_err());
        assert!(check_xml("<?xml version=\"1.0\" encoding=\"UTF-8\"?><svg>a & b</svg>").is_err());
        assert!(check_xml("<?xml version=\"1.0\" encoding=\"UTF-8\"?><svg/><svg/>").is_err());
    }

    #[test]
    fn units_are_filled_as_the_live_map_fills_them() {
        let model = embedded();
        let metric = model.default_metric();
        let scale = scale_for(&model, metric);
        let svg = map_svg(&model, metric, Lang::En);
        let hatch = format!("url(#qe-map-en-{metric}-hatch)");
        assert!(svg.contains(&format!("<pattern id=\"qe-map-en-{metric}-hatch\"")));
        let mut hatched = 0;
        for u in &model.geo.units {
            let tag = tag_with(&svg, &format!("data-id=\"{}\"", u.id));
            let expected = match model.figure(&u.id, metric) {
                Some(f) => PALETTE[scale.colour_of(f.value).unwrap()].to_string(),
                None => {
                    hatched += 1;
                    hatch.clone()
                }
            };
            assert_eq!(attr(tag, "fill"), expected, "{}", u.id);
            if u.kind == UnitKind::City {
                let marker = tag_with(&svg, &format!("data-city=\"{}\"", u.id));
                let circle = tag_with(&svg[svg.find(marker).unwrap()..], "<circle ");
                assert_eq!(attr(circle, "fill"), expected, "{} marker", u.id);
            }
        }
        assert_eq!(hatched, 15, "units without a figure are hatched, not zero");
        // Turkestan's 457 is in the darkest bin, Pavlodar's "130+" in the lightest used.
        assert_eq!(
            attr(tag_with(&svg, "data-id=\"KZ-61\""), "fill"),
            PALETTE[4]
        );
        assert_eq!(
            attr(tag_with(&svg, "data-id=\"KZ-55\""), "fill"),
            PALETTE[1]
        );
    }

    #[test]
    fn legend_labels_are_the_live_legends() {
        let model = embedded();
        for lang in Lang::ALL {
            for m in model.map_metrics() {
                let svg = map_svg(&model, &m.id, lang);
                let scale = scale_for(&model, &m.id);
                // What the live legend writes: `LegendRange` over `format::value` bounds.
                let mut expected: Vec<String> = scale
                    .bins
                    .iter()
                    .map(|b| {
                        crate::i18n::tf(
                            lang,
                            Key::LegendRange,
                            &[
                                ("lo", &format::value(b.lo, m.unit, lang)),
                                ("hi", &format::value(b.hi, m.unit, lang)),
                            ],
                        )
                    })
                    .collect();
                expected.push(t(lang, Key::LegendNotReported).to_string());
                assert_eq!(texts_of(&svg, "qe-legend-label"), expected);
                assert!(visible_text(&svg).contains(&markup(t(lang, Key::LegendQualifierNote))));
            }
        }
        let svg = map_svg(&model, "members", Lang::En);
        assert_eq!(
            texts_of(&svg, "qe-legend-label"),
            ["100–170", "170–300", "300–500", "Not reported"]
        );
        assert!(svg.contains(">Not reported</tspan> <tspan fill=\"#4a525c\">(15)</tspan>"));
    }

    #[test]
    fn sources_summary_and_attribution_are_written() {
        let model = embedded();
        let svg = map_svg(&model, "members", Lang::En);
        let members = model.metric("members").unwrap();
        let summary = summary::text(&model, members, Lang::En);
        assert!(svg.contains(&format!(
            "<desc id=\"qe-map-en-members-desc\">{summary}</desc>"
        )));
        let flat = visible_text(&svg);
        assert!(flat.contains("Source: Rika TV (Aktobe), “Regional coalition formed"));
        assert!(flat.contains("Kazakhstanskaya Pravda, “Regional coalition set up in Turkestan region” (our translation; original: “Региональная коалиция создана в Туркестанской области”), February 2026"));
        assert_eq!(flat.matches("AstanaTV,").count(), 1, "each source once");
        assert!(flat.contains("Boundaries: Administrative boundaries: geokz"));
        assert!(flat.contains("https://creativecommons.org/licenses/by/4.0/"));
        // "130+" and "about 200" as the widget writes them, in the tooltips.
        assert!(
            svg.contains("<title>Pavlodar Region. \u{2068}Coalition members\u{2069}: 130+</title>")
        );
        assert!(svg.contains(
            "<title>Astana (city). \u{2068}Coalition members\u{2069}: about 200</title>"
        ));
    }

    #[test]
    fn hostile_texts_stay_text() {
        let model = hostile_model();
        let svg = map_svg(&model, "members", Lang::En);
        check_xml(&svg).unwrap();
        for bad in [
            "<script",
            "<img",
            "onerror=alert(1)>",
            "\u{1}",
            "]]>",
            "\"quoted\"",
        ] {
            assert!(!svg.contains(bad), "{bad:?} came through");
        }
        assert!(
            svg.contains("&lt;script&gt;alert(&quot;t&quot;)&lt;/script&gt; &amp; &apos;Co&apos;")
        );
        assert!(svg.contains("Evil &amp; Co &lt;img src=x onerror=alert(1)&gt;"));
        assert!(svg.contains("&quot;quoted&quot; &lt;/text&gt;&lt;script&gt;x&lt;/script&gt;"));
    }

    #[test]
    fn each_language_has_its_own_title() {
        let model = embedded();
        let mut titles = Vec::new();
        for lang in Lang::ALL {
            let svg = map_svg(&model, "members", lang);
            let root = tag_with(&svg, "<svg ");
            assert_eq!(attr(root, "xml:lang"), lang.code());
            let start = svg.find("-title\">").unwrap() + "-title\">".len();
            let title = &svg[start..start + svg[start..].find("</title>").unwrap()];
            assert!(
                title.starts_with(&markup(&isolate(model.pack.title.text(lang)))),
                "{title}"
            );
            assert!(title.ends_with(&isolate(model.metric("members").unwrap().label.text(lang))));
            titles.push(title.to_string());
        }
        titles.dedup();
        assert_eq!(titles.len(), 3);
        assert!(titles[0].contains("Коалиция мүшелері"));
        assert!(titles[1].contains("Члены коалиции"));
    }

    #[test]
    fn an_unknown_metric_draws_the_first_map_metric() {
        let model = embedded();
        assert_eq!(
            map_svg(&model, "no-such", Lang::Ru),
            map_svg(&model, model.default_metric(), Lang::Ru)
        );
    }

    #[test]
    fn a_metric_nobody_reports_is_all_hatched_with_no_bins() {
        let model = embedded();
        let svg = map_svg(&model, "public_orgs", Lang::En);
        check_xml(&svg).unwrap();
        assert_eq!(texts_of(&svg, "qe-legend-label"), ["Not reported"]);
        assert_eq!(
            svg.matches("fill=\"url(#qe-map-en-public_orgs-hatch)\"")
                .count(),
            20 + 3 + 1
        );
        assert!(visible_text(&svg)
            .contains("No region or city reports a figure for Public organisations."));
        assert!(!svg.contains("Source: "), "no figures, no sources");
    }

    #[test]
    fn palette_matches_the_light_tokens() {
        let css = include_str!("../../styles/tokens.css");
        let light = &css[..css.find("[data-theme=\"dark\"]").unwrap()];
        let token = |name: &str| {
            let at = light.find(&format!("--qe-{name}:")).unwrap();
            let rest = light[at..].split_once(':').unwrap().1;
            rest[..rest.find(';').unwrap()].trim().to_string()
        };
        for (i, c) in PALETTE.iter().enumerate() {
            assert_eq!(token(&format!("c{i}")), *c);
        }
        assert_eq!(token("border"), BORDER);
        assert_eq!(token("nr-bg"), NR_BG);
        assert_eq!(token("nr-line"), NR_LINE);
        assert_eq!(token("ink"), INK);
        assert_eq!(token("ink-soft"), INK_SOFT);
        assert_eq!(token("line"), LINE);
        assert_eq!(token("line-strong"), LINE_STRONG);
        assert_eq!(token("font"), FONT.replace('\'', "\""));
    }

    #[test]
    fn an_isolate_cut_by_a_line_break_is_closed_and_opened_again() {
        use crate::content::text_rules::{drawn, RTL};
        let text = format!("For {}: 150", isolate(&[RTL; 8].join(" ")));
        let lines = isolated_lines(wrap(&text, 300.0, BODY));
        assert!(lines.len() > 1, "{lines:?}");
        for line in &lines {
            assert_eq!(
                line.matches(FSI).count(),
                line.matches(PDI).count(),
                "{line:?}"
            );
        }
        assert!(drawn(lines.last().unwrap()).ends_with(": 150"), "{lines:?}");
    }

    #[test]
    fn wrapping_keeps_lines_inside_and_words_whole() {
        let lines = wrap(&"word ".repeat(100), 300.0, BODY);
        assert!(lines.len() > 3);
        assert!(lines.iter().all(|l| text_width(l, BODY) <= 300.0));
        assert!(lines.iter().all(|l| l.split(' ').all(|w| w == "word")));
        let long = "x".repeat(200);
        let lines = wrap(&long, 300.0, BODY);
        assert_eq!(lines.concat(), long, "a very long word is broken, not lost");
        assert_eq!(wrap("12\u{a0}000 a", 1000.0, BODY), ["12\u{a0}000 a"]);
        assert!(wrap("  ", 100.0, BODY).is_empty());
    }
}
