//! Labels on the map ("Түркістан / 457"): the short name and figure of every unit with a
//! figure, and the note of how many have none, placed so that nothing overlaps.
//!
//! Type is set in screen pixels: the caller passes how many viewBox units one CSS pixel is at
//! the map's rendered width, and every size here is converted with it, so labels keep their
//! size while the SVG scales (a 12 px name is 12 px at 320 px and at 1440 px). Placement is
//! greedy: cities first (their markers leave the least room), then regions by figure, each
//! taking the cheapest free candidate box: on its point, then beside it, then further out
//! with a leader line; where the two-line form finds no place, a one-line form and a shorter
//! name are tried, then anywhere on the map on a leader. Text widths are estimated from DejaVu Sans, the widest of the fonts
//! the widget meets, so real text is never wider than its box.

use crate::lang::Lang;

/// The type sizes (name, value, note) in CSS pixels for a map `map_px` wide: 12 px names in
/// an article column, a pixel larger on a desktop's wide map and a pixel smaller on a phone's,
/// and 10 px (no smaller: still legible) on the narrowest phones' (320 px), where eleven
/// labels must fit.
pub fn type_px(map_px: f64) -> [f64; 3] {
    if map_px < 340.0 {
        [10.0, 10.0, 10.0]
    } else if map_px < 480.0 {
        [11.0, 12.0, 11.0]
    } else if map_px < 700.0 {
        [12.0, 13.0, 12.0]
    } else {
        [13.0, 14.0, 12.0]
    }
}
/// Line height, as a multiple of the type size.
const LINE: f64 = 1.2;
/// Clear space around every box, in CSS pixels.
const PAD_PX: f64 = 2.0;
/// Between the name and the figure of a one-line label, in CSS pixels.
const LINE_GAP_PX: f64 = 5.0;
/// From a city marker's edge to its label, in CSS pixels.
const GAP_PX: f64 = 3.0;
/// Widest the not-reported note may be, as a share of the map and in CSS pixels.
const NOTE_MAX_SHARE: f64 = 0.4;
const NOTE_MAX_PX: f64 = 220.0;
/// The hatched swatch before the note, in CSS pixels.
const SWATCH_PX: f64 = 12.0;

/// The name a map label uses: the place without "облысы", "область", "Region", "(city)".
/// Russian keeps the adjective with "обл." ("Туркестанская обл."), as Russian maps write it.
pub fn short_name(full: &str, lang: Lang) -> String {
    let full = full.trim();
    let cut = |s: &str| s.trim().to_string();
    match lang {
        Lang::Kk => {
            for suffix in [" облысы", " қаласы"] {
                if let Some(s) = full.strip_suffix(suffix) {
                    return cut(s);
                }
            }
        }
        Lang::Ru => {
            for prefix in ["область ", "город ", "г. "] {
                if let Some(s) = full.strip_prefix(prefix) {
                    return cut(s);
                }
            }
            if let Some(s) = full.strip_suffix(" область") {
                return format!("{} обл.", s.trim());
            }
        }
        Lang::En => {
            for suffix in [" Region", " (city)"] {
                if let Some(s) = full.strip_suffix(suffix) {
                    return cut(s);
                }
            }
        }
    }
    full.to_string()
}

/// A map label's name shortened further where the full short name does not fit: a Russian
/// region's adjective without "обл." ("Карагандинская"), as tight Russian maps write it.
fn shorter_name(name: &str) -> Option<&str> {
    name.strip_suffix(" обл.").map(str::trim_end)
}

/// Estimated advance of `text` in ems, from DejaVu Sans (Book, and Bold for `bold`).
pub fn text_em(text: &str, bold: bool) -> f64 {
    let em: f64 = text
        .chars()
        .map(|c| match c {
            ' ' | '\u{a0}' | '\u{202f}' => 0.32,
            '0'..='9' => 0.64,
            '.' | ',' | ':' | ';' | '\'' | '’' | '!' | '|' => 0.34,
            '(' | ')' | '-' | '–' | '«' | '»' | '“' | '”' => 0.45,
            'i' | 'j' | 'l' | 'і' | 'ї' | 'I' | 'f' | 't' | 'r' | 'г' => 0.44,
            'm' | 'w' | 'M' | 'W' | 'ш' | 'щ' | 'ж' | 'ю' | 'ы' | 'Ш' | 'Щ' | 'Ж' | 'Ю' | 'Ы'
            | 'м' | 'М' => 0.95,
            c if c.is_uppercase() => 0.76,
            '+' | '%' => 0.9,
            _ => 0.64,
        })
        .sum();
    em * if bold { 1.1 } else { 1.0 }
}

/// An axis-aligned box in viewBox units.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rect {
    pub x0: f64,
    pub y0: f64,
    pub x1: f64,
    pub y1: f64,
}

impl Rect {
    pub fn new(x0: f64, y0: f64, x1: f64, y1: f64) -> Rect {
        Rect { x0, y0, x1, y1 }
    }
    fn centred(cx: f64, cy: f64, w: f64, h: f64) -> Rect {
        Rect::new(cx - w / 2.0, cy - h / 2.0, cx + w / 2.0, cy + h / 2.0)
    }
    pub fn overlaps(&self, o: &Rect) -> bool {
        self.x0 < o.x1 && o.x0 < self.x1 && self.y0 < o.y1 && o.y0 < self.y1
    }
    fn grown(&self, d: f64) -> Rect {
        Rect::new(self.x0 - d, self.y0 - d, self.x1 + d, self.y1 + d)
    }
    fn contains(&self, p: [f64; 2]) -> bool {
        self.x0 <= p[0] && p[0] <= self.x1 && self.y0 <= p[1] && p[1] <= self.y1
    }
    /// The point of the box nearest to `p`.
    fn nearest(&self, p: [f64; 2]) -> [f64; 2] {
        [p[0].clamp(self.x0, self.x1), p[1].clamp(self.y0, self.y1)]
    }
    fn area_with(&self, o: &Rect) -> f64 {
        let w = (self.x1.min(o.x1) - self.x0.max(o.x0)).max(0.0);
        let h = (self.y1.min(o.y1) - self.y0.max(o.y0)).max(0.0);
        w * h
    }
    /// Whether the segment `a`–`b` passes through the box (Liang–Barsky).
    fn cut_by(&self, a: [f64; 2], b: [f64; 2]) -> bool {
        let (dx, dy) = (b[0] - a[0], b[1] - a[1]);
        let (mut t0, mut t1) = (0.0f64, 1.0f64);
        for (p, q) in [
            (-dx, a[0] - self.x0),
            (dx, self.x1 - a[0]),
            (-dy, a[1] - self.y0),
            (dy, self.y1 - a[1]),
        ] {
            if p == 0.0 {
                if q < 0.0 {
                    return false;
                }
            } else {
                let t = q / p;
                if p < 0.0 {
                    t0 = t0.max(t);
                } else {
                    t1 = t1.min(t);
                }
            }
        }
        t0 < t1
    }
}

/// A circle in viewBox units: a city marker.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Circle {
    pub c: [f64; 2],
    pub r: f64,
}

impl Circle {
    fn meets(&self, r: &Rect) -> bool {
        let n = r.nearest(self.c);
        (n[0] - self.c[0]).hypot(n[1] - self.c[1]) < self.r
    }
}

/// What one unit's label says and where it points.
#[derive(Clone, Debug, PartialEq)]
pub struct Item {
    pub id: String,
    pub name: String,
    pub value: String,
    /// The unit's label point, or its marker's centre.
    pub anchor: [f64; 2],
    /// A city's marker radius (viewBox units); the label then sits beside the marker.
    pub marker: Option<f64>,
    /// Higher is placed earlier among regions (the figure).
    pub rank: f64,
}

/// The map's frame: its viewBox size, viewBox units per CSS pixel at the rendered width, and
/// the widget's type scale (its font size over 16 px: larger on a kiosk).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Frame {
    pub width: f64,
    pub height: f64,
    pub scale: f64,
    pub type_scale: f64,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Align {
    Start,
    Middle,
    End,
}

impl Align {
    pub fn svg(self) -> &'static str {
        match self {
            Align::Start => "start",
            Align::Middle => "middle",
            Align::End => "end",
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Placed {
    pub id: String,
    pub name: String,
    pub value: String,
    pub rect: Rect,
    pub align: Align,
    /// Where the name starts, ends or is centred (by `align`).
    pub x: f64,
    /// The same for the figure: under the name, or after it on a one-line label.
    pub value_align: Align,
    pub value_x: f64,
    pub name_y: f64,
    pub value_y: f64,
    /// From the unit to its label, when the label had to move away.
    pub leader: Option<[f64; 4]>,
    /// Whether a tap on the label's painted text opens its unit: a city's label or one moved
    /// away lies over another unit, while a label on its own region lets taps through to it.
    /// The rest of the box never takes taps, so the unit under it keeps them.
    pub takes_taps: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Note {
    pub lines: Vec<String>,
    pub rect: Rect,
    pub swatch: Rect,
    pub x: f64,
    pub baselines: Vec<f64>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Layout {
    pub labels: Vec<Placed>,
    /// Items no free place was found for (none on the shipped map at any width).
    pub unplaced: Vec<String>,
    /// `None` only when no free place was found for it (never on the shipped map).
    pub note: Option<Note>,
    /// Type sizes in viewBox units: name, value, note.
    pub sizes: [f64; 3],
    /// The text halo's width in viewBox units.
    pub halo: f64,
}

/// Baseline of a line of `size` starting at `top`: the font's ascent sits in the line box.
fn baseline(top: f64, size: f64) -> f64 {
    top + size * ((LINE - 1.0) / 2.0 + 0.93)
}

/// Breaks `text` into lines no wider than `max` (ems of `size` px, in px).
fn wrap(text: &str, max_px: f64, size_px: f64) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split(' ') {
        let candidate = if line.is_empty() {
            word.to_string()
        } else {
            format!("{line} {word}")
        };
        if !line.is_empty() && text_em(&candidate, false) * size_px > max_px {
            lines.push(std::mem::replace(&mut line, word.to_string()));
        } else {
            line = candidate;
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// The not-reported note, placed after the labels in the emptiest free place along the top
/// or bottom edge: clear of every label, leader and marker, overlapping the boxes in `avoid`
/// (the units with a figure) least, nearest a corner among equals. Narrower wraps (more
/// lines) are tried when the first does not fit.
fn place_note(
    frame: &Frame,
    text: &str,
    avoid: &[Rect],
    markers: &[Circle],
    labels: &[Rect],
    leaders: &[[f64; 4]],
) -> Option<Note> {
    let s = frame.scale;
    let map_px = frame.width / s;
    let note_px = type_px(map_px)[2] * frame.type_scale;
    let swatch_room = SWATCH_PX + 5.0;
    let inset = PAD_PX * s;
    let line_h = note_px * LINE * s;
    let mut best: Option<(f64, Rect, Vec<String>)> = None;
    for share in [NOTE_MAX_SHARE, 0.55, 0.3, 0.7] {
        let max_px =
            (map_px * share).clamp(90.0, NOTE_MAX_PX * share / NOTE_MAX_SHARE) - swatch_room;
        let lines = wrap(text, max_px, note_px);
        let text_w = lines
            .iter()
            .map(|l| text_em(l, false) * note_px)
            .fold(0.0, f64::max);
        let (w, h) = ((swatch_room + text_w) * s, lines.len() as f64 * line_h);
        if w > frame.width - 2.0 * inset {
            continue;
        }
        let slots = 16;
        for i in 0..=slots {
            let x = inset + (frame.width - w - 2.0 * inset) * i as f64 / slots as f64;
            for y in [inset, frame.height - h - inset] {
                let r = Rect::new(x, y, x + w, y + h);
                let clear = !labels.iter().any(|l| l.grown(inset).overlaps(&r))
                    && !markers.iter().any(|m| m.meets(&r))
                    && !leaders.iter().any(|l| r.cut_by([l[0], l[1]], [l[2], l[3]]));
                if !clear {
                    continue;
                }
                let corner = (i.min(slots - i)) as f64 / slots as f64;
                let cost = avoid.iter().map(|a| r.area_with(a)).sum::<f64>()
                    + corner * frame.width * line_h;
                if best.as_ref().is_none_or(|b| cost < b.0) {
                    best = Some((cost, r, lines.clone()));
                }
            }
        }
        if best.as_ref().is_some_and(|b| b.0 <= 0.0) {
            break;
        }
    }
    let (_, rect, lines) = best?;
    let swatch_y = rect.y0 + (line_h - SWATCH_PX * s) / 2.0;
    Some(Note {
        baselines: (0..lines.len())
            .map(|i| baseline(rect.y0 + i as f64 * line_h, note_px * s))
            .collect(),
        lines,
        swatch: Rect::new(
            rect.x0,
            swatch_y,
            rect.x0 + SWATCH_PX * s,
            swatch_y + SWATCH_PX * s,
        ),
        x: rect.x0 + swatch_room * s,
        rect,
    })
}

/// One candidate place for a label: its box, alignment, whether it needs a leader, its cost.
struct Candidate {
    rect: Rect,
    align: Align,
    leader: bool,
    cost: f64,
}

/// Directions to try, preferred first: right, left, above, below, the diagonals, and between.
const DIRS: [(f64, f64); 16] = [
    (1.0, 0.0),
    (-1.0, 0.0),
    (0.0, -1.0),
    (0.0, 1.0),
    (1.0, -1.0),
    (-1.0, -1.0),
    (1.0, 1.0),
    (-1.0, 1.0),
    (1.0, -0.5),
    (-1.0, -0.5),
    (1.0, 0.5),
    (-1.0, 0.5),
    (0.5, -1.0),
    (-0.5, -1.0),
    (0.5, 1.0),
    (-0.5, 1.0),
];

fn candidates(item: &Item, w: f64, h: f64, s: f64) -> Vec<Candidate> {
    let [x, y] = item.anchor;
    let align_for = |dx: f64| {
        if dx > 0.0 {
            Align::Start
        } else if dx < 0.0 {
            Align::End
        } else {
            Align::Middle
        }
    };
    let mut out = Vec::new();
    // The box whose edge is `d` away from the anchor in direction (dx, dy).
    let beside = |dx: f64, dy: f64, d: f64| {
        Rect::centred(x + dx * (d + w / 2.0), y + dy * (d + h / 2.0), w, h)
    };
    let first_ring = match item.marker {
        Some(r) => r + GAP_PX * s,
        None => {
            // On the label point, then nudged so the point stays on the box's edge.
            out.push(Candidate {
                rect: Rect::centred(x, y, w, h),
                align: Align::Middle,
                leader: false,
                cost: 0.0,
            });
            for (i, &(dx, dy)) in DIRS.iter().enumerate() {
                out.push(Candidate {
                    rect: Rect::centred(x + dx * w / 2.0, y + dy * h / 2.0, w, h),
                    align: Align::Middle,
                    leader: false,
                    cost: 1.0 + i as f64 * 0.1,
                });
            }
            h * 0.6
        }
    };
    let step = (h * 0.8).max(10.0 * s);
    for ring in 0..8 {
        let d = first_ring + ring as f64 * step;
        for (i, &(dx, dy)) in DIRS.iter().enumerate() {
            let leader = item.marker.is_none() || ring > 0;
            out.push(Candidate {
                rect: beside(dx, dy, d),
                align: align_for(dx),
                leader,
                cost: 2.0 + ring as f64 * 2.0 + i as f64 * 0.1,
            });
        }
    }
    out
}

/// Every place on a grid over the whole map, on a leader, nearest first: the last resort
/// when nothing around the unit is free. Steps of 4 CSS pixels keep it a few thousand boxes.
fn far_candidates(item: &Item, frame: &Frame, w: f64, h: f64, s: f64) -> Vec<Candidate> {
    let [ax, ay] = item.anchor;
    let step = 4.0 * s;
    let (nx, ny) = (
        ((frame.width - w) / step).max(0.0) as usize,
        ((frame.height - h) / step).max(0.0) as usize,
    );
    let mut out = Vec::with_capacity((nx + 1) * (ny + 1));
    for i in 0..=nx {
        for j in 0..=ny {
            let (x0, y0) = (i as f64 * step, j as f64 * step);
            let rect = Rect::new(x0, y0, x0 + w, y0 + h);
            let cx = (rect.x0 + rect.x1) / 2.0;
            // Text aligned to the side that faces the unit, so the leader meets its start.
            let align = if rect.x0 > ax {
                Align::Start
            } else if rect.x1 < ax {
                Align::End
            } else {
                Align::Middle
            };
            let d = (cx - ax).hypot((rect.y0 + rect.y1) / 2.0 - ay) / s;
            out.push(Candidate {
                rect,
                align,
                leader: true,
                cost: 20.0 + d / 10.0,
            });
        }
    }
    out
}

/// Places the labels of `items` and the `note`, clear of each other, of `markers` and of the
/// frame's edge.
pub fn layout(
    frame: &Frame,
    items: &[Item],
    markers: &[Circle],
    note: Option<&str>,
    avoid_for_note: &[Rect],
) -> Layout {
    let s = frame.scale;
    let px = type_px(frame.width / s).map(|p| p * frame.type_scale);
    let sizes = px.map(|p| p * s);
    // Greedy: cities first (their markers leave the least room), then regions by figure, or
    // else widest first, west or east first, north or south first; each order retried with the labels that found no place
    // moved to the front, as crowded maps (a phone's) often fit everything in another order.
    let width = |i: &Item| text_em(&i.name, false).max(text_em(&i.value, true));
    let mut best: Option<Pass> = None;
    for start in 0..6 {
        let mut order: Vec<&Item> = items.iter().collect();
        super::sort_small(&mut order, |a, b| {
            let second = match start {
                0 => b.rank.total_cmp(&a.rank),
                1 => width(b).total_cmp(&width(a)),
                2 => a.anchor[0].total_cmp(&b.anchor[0]),
                3 => b.anchor[0].total_cmp(&a.anchor[0]),
                4 => a.anchor[1].total_cmp(&b.anchor[1]),
                _ => b.anchor[1].total_cmp(&a.anchor[1]),
            };
            b.marker
                .is_some()
                .cmp(&a.marker.is_some())
                .then(second)
                .is_lt()
        });
        for _ in 0..=items.len() {
            let pass = place_all(frame, items, &order, markers, px);
            let (first, rest): (Vec<&Item>, Vec<&Item>) =
                order.iter().partition(|i| pass.unplaced.contains(&i.id));
            let done = first.is_empty();
            if best
                .as_ref()
                .is_none_or(|b| (pass.unplaced.len(), pass.cost) < (b.unplaced.len(), b.cost))
            {
                best = Some(pass);
            }
            if done {
                break;
            }
            order = first.into_iter().chain(rest).collect();
        }
        if best.as_ref().is_some_and(|b| b.unplaced.is_empty()) {
            break;
        }
    }
    let best = best.expect("at least one pass");
    let taken: Vec<Rect> = best.labels.iter().map(|l| l.rect).collect();
    let leaders: Vec<[f64; 4]> = best.labels.iter().filter_map(|l| l.leader).collect();
    let note = note.and_then(|t| place_note(frame, t, avoid_for_note, markers, &taken, &leaders));
    Layout {
        labels: best.labels,
        unplaced: best.unplaced,
        note,
        sizes,
        halo: 3.0 * s,
    }
}

/// One greedy pass in `order`.
struct Pass {
    labels: Vec<Placed>,
    unplaced: Vec<String>,
    cost: f64,
}

/// What a new label must keep clear of.
struct Free<'a> {
    bounds: Rect,
    pad: f64,
    taken: &'a [Rect],
    leaders: &'a [[f64; 4]],
    blocked: &'a [Circle],
    /// The other labelled units' points.
    others: &'a [[f64; 2]],
}

impl Free<'_> {
    /// The cheapest free candidate, its cost and its leader.
    fn best(
        &self,
        item: &Item,
        cands: Vec<Candidate>,
    ) -> Option<(f64, Candidate, Option<[f64; 4]>)> {
        let (bounds, pad, taken, leaders, blocked, others) = (
            self.bounds,
            self.pad,
            self.taken,
            self.leaders,
            self.blocked,
            self.others,
        );
        let mut best: Option<(f64, Candidate, Option<[f64; 4]>)> = None;
        for cand in cands {
            let r = cand.rect;
            let inside = r.x0 >= bounds.x0 + pad
                && r.y0 >= bounds.y0 + pad
                && r.x1 <= bounds.x1 - pad
                && r.y1 <= bounds.y1 - pad;
            if !inside
                || taken.iter().any(|t| t.grown(pad).overlaps(&r))
                || blocked.iter().any(|m| m.meets(&r))
            {
                continue;
            }
            let leader = (cand.leader && !r.contains(item.anchor)).then(|| {
                let start = match item.marker {
                    // From the marker's edge, towards the box.
                    Some(mr) => {
                        let n = r.nearest(item.anchor);
                        let (dx, dy) = (n[0] - item.anchor[0], n[1] - item.anchor[1]);
                        let len = dx.hypot(dy).max(1e-9);
                        [
                            item.anchor[0] + dx / len * mr,
                            item.anchor[1] + dy / len * mr,
                        ]
                    }
                    None => item.anchor,
                };
                let end = r.nearest(item.anchor);
                [start[0], start[1], end[0], end[1]]
            });
            if let Some(l) = leader {
                let (a, b) = ([l[0], l[1]], [l[2], l[3]]);
                if taken.iter().any(|t| t.cut_by(a, b)) {
                    continue;
                }
            }
            // A box over an earlier leader would hide where it points.
            if leaders
                .iter()
                .any(|l| r.grown(pad).cut_by([l[0], l[1]], [l[2], l[3]]))
            {
                continue;
            }
            // Covering another labelled unit's point would push its label away.
            let covers = others.iter().filter(|p| r.grown(pad).contains(**p)).count();
            let cost = cand.cost + covers as f64 * 6.0;
            if best.as_ref().is_none_or(|b| cost < b.0) {
                best = Some((cost, cand, leader));
            }
        }
        best
    }
}

fn place_all(
    frame: &Frame,
    items: &[Item],
    order: &[&Item],
    markers: &[Circle],
    px: [f64; 3],
) -> Pass {
    let s = frame.scale;
    let pad = PAD_PX * s;
    let sizes = px.map(|p| p * s);
    let mut taken: Vec<Rect> = Vec::new();
    let mut leaders: Vec<[f64; 4]> = Vec::new();
    let bounds = Rect::new(0.0, 0.0, frame.width, frame.height);
    let blocked: Vec<Circle> = markers
        .iter()
        .map(|m| Circle {
            c: m.c,
            r: m.r + GAP_PX * s * 0.5,
        })
        .collect();
    let mut labels = Vec::new();
    let mut unplaced = Vec::new();
    let mut total = 0.0;
    for &item in order {
        let value_w = text_em(&item.value, true) * px[1] * s;
        let others: Vec<[f64; 2]> = items
            .iter()
            .filter(|o| o.id != item.id)
            .map(|o| o.anchor)
            .collect();
        let free = Free {
            bounds,
            pad,
            taken: &taken,
            leaders: &leaders,
            blocked: &blocked,
            others: &others,
        };
        // Name over figure near the unit, else on one line ("Қарағанды шамамен 200"), half as
        // tall, else with the shorter name; then the same anywhere on the map on a leader: a
        // phone's map with many figures has free room only far from some units.
        let short = shorter_name(&item.name);
        let forms: Vec<(bool, &str)> = [(false, item.name.as_str()), (true, item.name.as_str())]
            .into_iter()
            .chain(short.into_iter().flat_map(|n| [(false, n), (true, n)]))
            .collect();
        let size = |(one_line, name): (bool, &str)| {
            let name_w = text_em(name, false) * px[0] * s;
            if one_line {
                (name_w + LINE_GAP_PX * s + value_w, px[1] * LINE * s)
            } else {
                (name_w.max(value_w), (px[0] + px[1]) * LINE * s)
            }
        };
        let best = forms
            .iter()
            .find_map(|&f| {
                let (w, h) = size(f);
                free.best(item, candidates(item, w, h, s)).map(|b| (f, b))
            })
            .or_else(|| {
                forms.iter().find_map(|&f| {
                    let (w, h) = size(f);
                    free.best(item, far_candidates(item, frame, w, h, s))
                        .map(|b| (f, b))
                })
            });
        let Some(((one_line, name), (cost, cand, leader))) = best else {
            unplaced.push(item.id.clone());
            continue;
        };
        total += cost;
        let r = cand.rect;
        taken.push(r);
        if let Some(l) = leader {
            leaders.push(l);
        }
        let x = match cand.align {
            Align::Start => r.x0,
            Align::Middle => (r.x0 + r.x1) / 2.0,
            Align::End => r.x1,
        };
        // One line: the name from the box's start, the figure flush with its end.
        let (align, x, value_align, value_x, name_y, value_y) = if one_line {
            let y = baseline(r.y0, sizes[1]);
            (Align::Start, r.x0, Align::End, r.x1, y, y)
        } else {
            let value_y = baseline(r.y0 + sizes[0] * LINE, sizes[1]);
            (
                cand.align,
                x,
                cand.align,
                x,
                baseline(r.y0, sizes[0]),
                value_y,
            )
        };
        labels.push(Placed {
            id: item.id.clone(),
            name: name.to_string(),
            value: item.value.clone(),
            rect: r,
            align,
            x,
            value_align,
            value_x,
            name_y,
            value_y,
            takes_taps: item.marker.is_some() || leader.is_some(),
            leader,
        });
    }
    Pass {
        labels,
        unplaced,
        cost: total,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_names_per_language() {
        assert_eq!(short_name("Түркістан облысы", Lang::Kk), "Түркістан");
        assert_eq!(
            short_name("Батыс Қазақстан облысы", Lang::Kk),
            "Батыс Қазақстан"
        );
        assert_eq!(short_name("Астана қаласы", Lang::Kk), "Астана");
        assert_eq!(
            short_name("Туркестанская область", Lang::Ru),
            "Туркестанская обл."
        );
        assert_eq!(short_name("область Абай", Lang::Ru), "Абай");
        assert_eq!(short_name("город Астана", Lang::Ru), "Астана");
        assert_eq!(short_name("Turkestan Region", Lang::En), "Turkestan");
        assert_eq!(short_name("Astana (city)", Lang::En), "Astana");
        assert_eq!(short_name("Somewhere", Lang::En), "Somewhere");
    }

    #[test]
    fn every_shipped_name_is_shortened() {
        let model = crate::content::Model::embedded().unwrap();
        for u in &model.geo.units {
            for lang in Lang::ALL {
                let full = u.names.text(lang);
                let short = short_name(full, lang);
                assert!(short.len() < full.len(), "{full} ({})", lang.code());
            }
        }
    }

    #[test]
    fn widths_grow_with_text_and_weight() {
        assert!(text_em("Шымкент", false) > text_em("Абай", false));
        assert!(text_em("457", true) > text_em("457", false));
        assert!((text_em("457", false) - 1.92).abs() < 1e-9);
    }

    #[test]
    fn wrapping_keeps_words_whole() {
        let lines = wrap("Not reported: 15 of 20 regions and cities", 120.0, 12.0);
        assert!(lines.len() > 1);
        assert_eq!(lines.join(" "), "Not reported: 15 of 20 regions and cities");
        for l in &lines {
            assert!(text_em(l, false) * 12.0 <= 120.0 || !l.contains(' '), "{l}");
        }
    }

    #[test]
    fn segments_and_boxes() {
        let r = Rect::new(0.0, 0.0, 10.0, 10.0);
        assert!(r.cut_by([-5.0, 5.0], [15.0, 5.0]));
        assert!(!r.cut_by([-5.0, 15.0], [15.0, 15.0]));
        assert!(r.cut_by([5.0, 5.0], [6.0, 6.0]));
        assert!(!r.cut_by([-5.0, -5.0], [-1.0, 20.0]));
        let c = Circle {
            c: [15.0, 5.0],
            r: 4.0,
        };
        assert!(!c.meets(&r));
        let c = Circle {
            c: [13.0, 5.0],
            r: 4.0,
        };
        assert!(c.meets(&r));
    }

    fn frame(px: f64) -> Frame {
        Frame {
            width: 800.0,
            height: 453.0,
            scale: 800.0 / px,
            type_scale: 1.0,
        }
    }

    #[test]
    fn a_lone_region_label_sits_on_its_point() {
        let items = vec![Item {
            id: "a".into(),
            name: "Turkestan".into(),
            value: "457".into(),
            anchor: [400.0, 200.0],
            marker: None,
            rank: 457.0,
        }];
        let l = layout(&frame(680.0), &items, &[], None, &[]);
        assert_eq!(l.labels.len(), 1);
        let p = &l.labels[0];
        assert!(p.rect.contains([400.0, 200.0]) && p.leader.is_none());
        assert_eq!(p.align, Align::Middle);
        // Type in screen pixels: 12 px at 680 px wide is 12 * 800 / 680 viewBox units.
        assert!((l.sizes[0] - 12.0 * 800.0 / 680.0).abs() < 1e-9);
    }

    #[test]
    fn a_city_label_sits_beside_its_marker_not_on_it() {
        let marker = Circle {
            c: [400.0, 200.0],
            r: 8.0,
        };
        let items = vec![Item {
            id: "c".into(),
            name: "Astana".into(),
            value: "about 200".into(),
            anchor: marker.c,
            marker: Some(marker.r),
            rank: 200.0,
        }];
        let l = layout(&frame(700.0), &items, &[marker], None, &[]);
        let p = &l.labels[0];
        assert!(!marker.meets(&p.rect));
        assert_eq!(p.align, Align::Start, "to the right first");
        assert!(p.leader.is_none());
    }
    #[test]
    fn type_never_drops_below_ten_px() {
        for px in (200..=2000).step_by(10) {
            let t = type_px(px as f64);
            assert!(t.iter().all(|&p| p >= 10.0), "{px}: {t:?}");
        }
        assert_eq!(type_px(300.0)[0], 10.0);
        assert_eq!(type_px(340.0)[0], 11.0);
        assert_eq!(type_px(700.0)[0], 13.0);
    }

    #[test]
    fn only_russian_regions_have_a_shorter_name() {
        assert_eq!(shorter_name("Карагандинская обл."), Some("Карагандинская"));
        assert_eq!(shorter_name("Абай"), None);
        assert_eq!(shorter_name("Қарағанды"), None);
        assert_eq!(shorter_name("Karaganda"), None);
    }

    /// A region's label on a 300 px map whose markers leave free only a strip about `room_h`
    /// px tall along the bottom edge, where the region's point is.
    fn crowded(name: &str, room_h: f64) -> Layout {
        let f = frame(300.0);
        let s = f.scale;
        let mut items = vec![Item {
            id: "r".into(),
            name: name.into(),
            value: "около 200".into(),
            anchor: [400.0, 200.0],
            marker: None,
            rank: 200.0,
        }];
        let mut markers = Vec::new();
        let r = 6.0 * s;
        let mut y = r;
        while y + r < f.height - room_h * s {
            let mut x = r;
            while x < f.width + r {
                markers.push(Circle {
                    c: [x, y],
                    r: r * 1.5,
                });
                x += r;
            }
            y += r;
        }
        items[0].anchor = [400.0, f.height - room_h * s / 2.0];
        layout(&f, &items, &markers, None, &[])
    }

    #[test]
    fn a_label_with_room_for_one_line_goes_on_one_line() {
        // 10 px type: two lines need 24 px, one line 12 px.
        let l = crowded("Karaganda", 20.0);
        assert!(l.unplaced.is_empty());
        let p = &l.labels[0];
        assert_eq!(p.name_y, p.value_y, "one line");
        assert_eq!((p.align, p.value_align), (Align::Start, Align::End));
        assert_eq!((p.x, p.value_x), (p.rect.x0, p.rect.x1));
        assert!(p.rect.x1 - p.rect.x0 > text_em("Karaganda около 200", false) * l.sizes[0]);
        // With room for two lines, it keeps them.
        let l = crowded("Karaganda", 40.0);
        let p = &l.labels[0];
        assert!(p.value_y > p.name_y);
        assert_eq!(p.x, p.value_x);
    }

    #[test]
    fn a_long_name_is_shortened_only_when_nothing_else_fits() {
        let long = "Карагандинская обл. Карагандинская обл.";
        let fits = crowded(long, 40.0);
        assert_eq!(fits.labels[0].name, long);
        // On one line at 10 px the full name and figure are wider than the 300 px map.
        let tight = crowded(long, 20.0);
        assert!(tight.unplaced.is_empty());
        assert_eq!(tight.labels[0].name, "Карагандинская обл. Карагандинская");
    }

    #[test]
    fn with_no_room_nearby_a_label_goes_far_out_on_a_leader() {
        // Everything around the point is taken by a city's label, but the far corner is free.
        let f = frame(300.0);
        let s = f.scale;
        let anchor = [600.0, 300.0];
        let mut markers = Vec::new();
        // A ring of markers 70..150 px around the anchor: nothing near it is free.
        for i in 0..30 {
            for ring in 0..12 {
                let a = i as f64 / 30.0 * std::f64::consts::TAU;
                let d = (8.0 + ring as f64 * 8.0) * s;
                markers.push(Circle {
                    c: [anchor[0] + a.cos() * d, anchor[1] + a.sin() * d],
                    r: 6.0 * s,
                });
            }
        }
        let items = vec![Item {
            id: "r".into(),
            name: "Abai".into(),
            value: "500".into(),
            anchor,
            marker: None,
            rank: 500.0,
        }];
        let l = layout(&f, &items, &markers, None, &[]);
        assert!(l.unplaced.is_empty());
        let p = &l.labels[0];
        let n = p.rect.nearest(anchor);
        assert!((n[0] - anchor[0]).hypot(n[1] - anchor[1]) > 90.0 * s);
        let leader = p.leader.expect("a leader to its unit");
        assert_eq!([leader[0], leader[1]], anchor);
        assert!(!markers.iter().any(|m| m.meets(&p.rect)));
        // The text faces the unit: the box is left of it, so it ends at the leader.
        assert_eq!(p.align, Align::End);
    }
}
