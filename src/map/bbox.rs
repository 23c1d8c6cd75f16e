//! The bounding box of a unit's path (`M x y l dx dy … z`, as tools/prep writes it), so the
//! tooltip can sit beside a shape instead of on top of it.

/// `[min_x, min_y, max_x, max_y]`, or `None` for a path with no points.
pub fn bbox(d: &str) -> Option<[f64; 4]> {
    let mut b: Option<[f64; 4]> = None;
    let (mut x, mut y) = (0.0, 0.0);
    let mut relative = false;
    let mut pending: Option<f64> = None;
    let mut add = |x: f64, y: f64| {
        b = Some(match b {
            None => [x, y, x, y],
            Some([a, c, e, f]) => [a.min(x), c.min(y), e.max(x), f.max(y)],
        });
    };
    for token in tokens(d) {
        match token {
            Token::Cmd('M') => relative = false,
            Token::Cmd('m') | Token::Cmd('l') => relative = true,
            Token::Cmd('L') => relative = false,
            Token::Cmd(_) => {}
            Token::Num(n) => match pending.take() {
                None => pending = Some(n),
                Some(first) => {
                    if relative {
                        x += first;
                        y += n;
                    } else {
                        x = first;
                        y = n;
                    }
                    add(x, y);
                }
            },
        }
    }
    b
}

/// The closed rings of a path, in absolute coordinates.
pub fn rings(d: &str) -> Vec<Vec<[f64; 2]>> {
    let mut out: Vec<Vec<[f64; 2]>> = Vec::new();
    let mut ring: Vec<[f64; 2]> = Vec::new();
    let (mut x, mut y) = (0.0, 0.0);
    let mut relative = false;
    let mut pending: Option<f64> = None;
    for token in tokens(d) {
        match token {
            Token::Cmd('M') => relative = false,
            Token::Cmd('m') | Token::Cmd('l') => relative = true,
            Token::Cmd('L') => relative = false,
            Token::Cmd('z') | Token::Cmd('Z') => {
                if let Some(&[sx, sy]) = ring.first() {
                    (x, y) = (sx, sy);
                    out.push(std::mem::take(&mut ring));
                }
            }
            Token::Cmd(_) => {}
            Token::Num(n) => match pending.take() {
                None => pending = Some(n),
                Some(first) => {
                    if relative {
                        x += first;
                        y += n;
                    } else {
                        x = first;
                        y = n;
                    }
                    ring.push([x, y]);
                }
            },
        }
    }
    if !ring.is_empty() {
        out.push(ring);
    }
    out
}

/// Whether `p` is inside `rings` by the even-odd rule (holes are outside).
pub fn contains(rings: &[Vec<[f64; 2]>], p: [f64; 2]) -> bool {
    let mut inside = false;
    for ring in rings {
        let mut prev = match ring.last() {
            Some(&q) => q,
            None => continue,
        };
        for &q in ring {
            if (q[1] > p[1]) != (prev[1] > p[1])
                && p[0] < (prev[0] - q[0]) * (p[1] - q[1]) / (prev[1] - q[1]) + q[0]
            {
                inside = !inside;
            }
            prev = q;
        }
    }
    inside
}

/// The area inside `rings` by the even-odd rule: a ring inside an odd number of others is a
/// hole.
pub fn area(rings: &[Vec<[f64; 2]>]) -> f64 {
    rings
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let mut s = 0.0;
            let Some(&(mut prev)) = r.last() else {
                return 0.0;
            };
            for &q in r {
                s += prev[0] * q[1] - q[0] * prev[1];
                prev = q;
            }
            let depth = rings
                .iter()
                .enumerate()
                .filter(|(j, o)| *j != i && contains(std::slice::from_ref(*o), r[0]))
                .count();
            let a = (s / 2.0).abs();
            if depth % 2 == 1 {
                -a
            } else {
                a
            }
        })
        .sum()
}

enum Token {
    Cmd(char),
    Num(f64),
}

fn tokens(d: &str) -> impl Iterator<Item = Token> + '_ {
    let bytes = d.as_bytes();
    let mut i = 0;
    std::iter::from_fn(move || {
        while i < bytes.len() {
            let c = bytes[i];
            if c.is_ascii_alphabetic() {
                i += 1;
                return Some(Token::Cmd(c as char));
            }
            if c == b'-' || c == b'.' || c.is_ascii_digit() {
                let start = i;
                i += 1;
                while i < bytes.len() && (bytes[i].is_ascii_digit() || bytes[i] == b'.') {
                    i += 1;
                }
                return Some(Token::Num(number(&bytes[start..i])));
            }
            i += 1;
        }
        None
    })
}

/// A plain decimal ("-12.3"). Hand-rolled because `str::parse::<f64>` would add about 15 KB
/// of gzipped wasm for numbers that never have exponents.
fn number(b: &[u8]) -> f64 {
    let (neg, b) = match b.split_first() {
        Some((b'-', rest)) => (true, rest),
        _ => (false, b),
    };
    let (mut v, mut scale, mut frac) = (0.0, 1.0, false);
    for &c in b {
        match c {
            b'.' => frac = true,
            d => {
                v = v * 10.0 + f64::from(d - b'0');
                if frac {
                    scale *= 10.0;
                }
            }
        }
    }
    if neg {
        -v / scale
    } else {
        v / scale
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers() {
        assert_eq!(number(b"12.3"), 12.3);
        assert_eq!(number(b"-0.5"), -0.5);
        assert_eq!(number(b"7"), 7.0);
        assert_eq!(number(b"-"), -0.0);
    }

    #[test]
    fn absolute_then_relative() {
        assert_eq!(bbox("M10 20l5 5-10 0z"), Some([5.0, 20.0, 15.0, 25.0]));
        assert_eq!(bbox("M1 1l1 1zM10 10l-1-1z"), Some([1.0, 1.0, 10.0, 10.0]));
        assert_eq!(bbox(""), None);
        assert_eq!(bbox("z"), None);
    }

    #[test]
    fn rings_inside_and_area() {
        let square = rings("M0 0l10 0 0 10-10 0zM4 4l2 0 0 2-2 0z");
        assert_eq!(square.len(), 2);
        assert_eq!(square[1][0], [4.0, 4.0]);
        assert!(contains(&square, [1.0, 1.0]));
        assert!(!contains(&square, [5.0, 5.0]), "the hole is outside");
        assert!(!contains(&square, [11.0, 5.0]));
        assert!((area(&square) - 96.0).abs() < 1e-9);
        assert!(rings("").is_empty());
    }

    #[test]
    fn every_unit_has_a_box_around_its_label() {
        let model = crate::content::Model::embedded().unwrap();
        for u in &model.geo.units {
            let [x0, y0, x1, y1] = bbox(&u.d).unwrap();
            let [lx, ly] = u.label;
            assert!(x0 <= lx && lx <= x1 && y0 <= ly && ly <= y1, "{}", u.id);
            assert!(x0 >= 0.0 && y0 >= 0.0 && x1 <= model.geo.width && y1 <= model.geo.height);
        }
    }
}
