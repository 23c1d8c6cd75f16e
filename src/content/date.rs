//! Dates as sources give them: a day, or only a month when the report gives no day.

use serde::{de, Deserialize, Deserializer};
use std::fmt;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct PartialDate {
    pub year: u16,
    pub month: u8,
    /// `None` when the source gives only the month.
    pub day: Option<u8>,
}

impl PartialDate {
    /// Parses `YYYY-MM-DD` or `YYYY-MM`, checking the calendar.
    pub fn parse(s: &str) -> Result<PartialDate, String> {
        let bad = || format!("expected a date as YYYY-MM-DD or YYYY-MM, found {s:?}");
        let parts: Vec<&str> = s.split('-').collect();
        if !(2..=3).contains(&parts.len())
            || parts[0].len() != 4
            || parts[1..].iter().any(|p| p.len() != 2)
            || parts.iter().any(|p| !p.bytes().all(|b| b.is_ascii_digit()))
        {
            return Err(bad());
        }
        let year: u16 = parts[0].parse().map_err(|_| bad())?;
        let month: u8 = parts[1].parse().map_err(|_| bad())?;
        if !(1..=12).contains(&month) {
            return Err(format!("month {month} out of range in {s:?}"));
        }
        let day = match parts.get(2) {
            None => None,
            Some(d) => {
                let d: u8 = d.parse().map_err(|_| bad())?;
                if d == 0 || d > days_in_month(year, month) {
                    return Err(format!("day {d} does not exist in {s:?}"));
                }
                Some(d)
            }
        };
        Ok(PartialDate { year, month, day })
    }
}

fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}", self.year, self.month)?;
        if let Some(d) = self.day {
            write!(f, "-{d:02}")?;
        }
        Ok(())
    }
}

impl<'de> Deserialize<'de> for PartialDate {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        PartialDate::parse(&s).map_err(de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_days_and_months() {
        let d = PartialDate::parse("2026-02-13").unwrap();
        assert_eq!((d.year, d.month, d.day), (2026, 2, Some(13)));
        let m = PartialDate::parse("2026-02").unwrap();
        assert_eq!(m.day, None);
        assert_eq!(m.to_string(), "2026-02");
        assert_eq!(d.to_string(), "2026-02-13");
        assert!(PartialDate::parse("2024-02-29").is_ok());
    }

    #[test]
    fn rejects_bad_dates() {
        for s in [
            "",
            "2026",
            "2026-2-13",
            "2026-13-01",
            "2026-02-30",
            "2025-02-29",
            "13.02.2026",
            "2026-02-13T00",
            "２０２６-02-13",
            "2026-00",
        ] {
            assert!(PartialDate::parse(s).is_err(), "{s} should be rejected");
        }
    }

    #[test]
    fn orders_chronologically() {
        let a = PartialDate::parse("2026-02").unwrap();
        let b = PartialDate::parse("2026-02-13").unwrap();
        let c = PartialDate::parse("2026-03-01").unwrap();
        assert!(a < b && b < c);
    }
}
