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

/// The date a report gives for a figure, a status or its own publication: a day or a month, one
/// of two months when the source leaves it open ("2026-02/03"), or none at all. A date the
/// source does not give is written as such, never guessed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReportDate {
    On(PartialDate),
    /// February or March of `year`: the source dates it no closer.
    EitherMonth {
        year: u16,
        first: u8,
        second: u8,
    },
    NotGiven,
}

/// How a pack writes a date the source does not give.
pub const NOT_GIVEN: &str = "not given";

impl ReportDate {
    /// Parses `YYYY-MM-DD`, `YYYY-MM`, `YYYY-MM/MM` or `not given`.
    pub fn parse(s: &str) -> Result<ReportDate, String> {
        if s == NOT_GIVEN {
            return Ok(ReportDate::NotGiven);
        }
        if let Some((month, second)) = s.split_once('/') {
            let bad = || {
                format!(
                    "expected two months of one year as YYYY-MM/MM, the second later, found {s:?}"
                )
            };
            let first = PartialDate::parse(month).map_err(|_| bad())?;
            if first.day.is_some()
                || second.len() != 2
                || !second.bytes().all(|b| b.is_ascii_digit())
            {
                return Err(bad());
            }
            let second: u8 = second.parse().map_err(|_| bad())?;
            if second <= first.month || second > 12 {
                return Err(bad());
            }
            return Ok(ReportDate::EitherMonth {
                year: first.year,
                first: first.month,
                second,
            });
        }
        PartialDate::parse(s).map(ReportDate::On).map_err(|e| {
            if e.starts_with("expected") {
                format!(
                    "expected a date as YYYY-MM-DD, YYYY-MM, YYYY-MM/MM (one of two months) or \"{NOT_GIVEN}\", found {s:?}"
                )
            } else {
                e
            }
        })
    }
}

impl ReportDate {
    /// For putting dated entries in order: a date left open sorts at its first month, one not
    /// given after all others.
    pub fn sort_key(self) -> (u16, u8, u8) {
        match self {
            ReportDate::On(d) => (d.year, d.month, d.day.unwrap_or(0)),
            ReportDate::EitherMonth { year, first, .. } => (year, first, 0),
            ReportDate::NotGiven => (u16::MAX, 0, 0),
        }
    }
}

impl From<PartialDate> for ReportDate {
    fn from(d: PartialDate) -> Self {
        ReportDate::On(d)
    }
}

impl fmt::Display for ReportDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ReportDate::On(d) => d.fmt(f),
            ReportDate::EitherMonth {
                year,
                first,
                second,
            } => write!(f, "{year:04}-{first:02}/{second:02}"),
            ReportDate::NotGiven => f.write_str(NOT_GIVEN),
        }
    }
}

impl<'de> Deserialize<'de> for ReportDate {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        ReportDate::parse(&s).map_err(de::Error::custom)
    }
}

/// A time of day as `HH:MM` (24-hour, Astana time): when on its day an intraday figure was
/// reported ("turnout at 18:00").
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct DayTime {
    pub hour: u8,
    pub minute: u8,
}

impl DayTime {
    pub fn parse(s: &str) -> Result<DayTime, String> {
        let bad = || format!("expected a time of day as HH:MM (24-hour, Astana time), found {s:?}");
        let (h, m) = s.split_once(':').ok_or_else(bad)?;
        let two = |p: &str| p.len() == 2 && p.bytes().all(|b| b.is_ascii_digit());
        if !two(h) || !two(m) {
            return Err(bad());
        }
        let (hour, minute): (u8, u8) =
            (h.parse().map_err(|_| bad())?, m.parse().map_err(|_| bad())?);
        if hour > 23 || minute > 59 {
            return Err(format!("no such time of day: {s:?}"));
        }
        Ok(DayTime { hour, minute })
    }

    /// The number a Kazakh ending follows: «18:00-дегі» is read «он сегіз», «20:30-дағы»
    /// «жиырма отыз».
    pub fn spoken_last(self) -> u64 {
        u64::from(if self.minute > 0 {
            self.minute
        } else {
            self.hour
        })
    }
}

impl fmt::Display for DayTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:02}:{:02}", self.hour, self.minute)
    }
}

impl<'de> Deserialize<'de> for DayTime {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        DayTime::parse(&s).map_err(de::Error::custom)
    }
}

#[cfg(test)]
mod tests {

    #[test]
    fn times_of_day_are_hh_mm() {
        let t = DayTime::parse("18:00").unwrap();
        assert_eq!((t.hour, t.minute), (18, 0));
        assert_eq!(t.to_string(), "18:00");
        assert_eq!(DayTime::parse("20:30").unwrap().spoken_last(), 30);
        assert_eq!(t.spoken_last(), 18);
        assert!(DayTime::parse("09:05").unwrap() < t);
        for bad in [
            "8:00", "18.00", "24:00", "18:60", "18:0", "", "ab:cd", "18:00:00",
        ] {
            assert!(DayTime::parse(bad).is_err(), "{bad}");
        }
        assert!(DayTime::parse("24:00")
            .unwrap_err()
            .contains("no such time"));
    }
    use super::*;

    #[test]
    fn report_dates_keep_what_the_source_gives() {
        let on = |s| ReportDate::parse(s).unwrap();
        assert_eq!(
            on("2026-02-13"),
            ReportDate::On(PartialDate::parse("2026-02-13").unwrap())
        );
        assert_eq!(
            on("2026-02"),
            ReportDate::On(PartialDate::parse("2026-02").unwrap())
        );
        assert_eq!(
            on("2026-02/03"),
            ReportDate::EitherMonth {
                year: 2026,
                first: 2,
                second: 3
            }
        );
        assert_eq!(on("not given"), ReportDate::NotGiven);
        for s in [
            "2026-02-13",
            "2026-02",
            "2026-02/03",
            "2026-01/12",
            "not given",
        ] {
            assert_eq!(on(s).to_string(), s);
        }
        for (s, words) in [
            (
                "13.02.2026",
                "expected a date as YYYY-MM-DD, YYYY-MM, YYYY-MM/MM",
            ),
            ("", "expected a date"),
            ("Not given", "expected a date"),
            ("unknown", "expected a date"),
            ("2026-02-30", "day 30 does not exist"),
            ("2026-03/02", "the second later"),
            ("2026-02/02", "the second later"),
            ("2026-02/13", "the second later"),
            ("2026-02/3", "YYYY-MM/MM"),
            ("2026-02-01/03", "YYYY-MM/MM"),
            ("2026/03", "YYYY-MM/MM"),
        ] {
            let e = ReportDate::parse(s).unwrap_err();
            assert!(e.contains(words), "{s}: {e}");
        }
    }

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
