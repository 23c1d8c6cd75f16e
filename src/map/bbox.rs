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
