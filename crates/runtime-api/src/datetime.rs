//! A lossless date-time for API models.

use std::fmt;
use std::str::FromStr;
use std::time::{SystemTime, UNIX_EPOCH};

use crate::civil;

/// A date-time that accepts RFC 3339 (`2024-05-17T00:23:17Z`, `2024-05-17T00:23:17.071Z`,
/// `2024-05-17T09:23:17+09:00`) and the zone-less form APIs often document
/// (`2024-05-17T00:23:17`), and serialises back to exactly the text it was read from.
///
/// Also accepted: `t` or a space instead of `T`, lower-case `z`, offsets without a colon
/// (`+0900`), any number of fraction digits (nanoseconds keep the first nine).
///
/// Equality and hashing compare the text, so the same instant written two ways is two
/// different values (what a lossless round trip requires); compare
/// [`DateTime::unix_timestamp`] for instants.
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct DateTime {
    text: String,
    year: u16,
    month: u8,
    day: u8,
    hour: u8,
    minute: u8,
    second: u8,
    nanosecond: u32,
    offset_minutes: Option<i32>,
}

/// Why a text is not a [`DateTime`].
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error(
    "invalid date-time {input:?}: {reason} (expected e.g. 2024-05-17T00:23:17Z, 2024-05-17T00:23:17.071+09:00 or 2024-05-17T00:23:17)"
)]
pub struct DateTimeParseError {
    input: String,
    reason: &'static str,
}

impl DateTime {
    /// Parses `text` (see the type's documentation for the accepted forms).
    pub fn parse(text: &str) -> Result<DateTime, DateTimeParseError> {
        parse(text).map_err(|reason| DateTimeParseError {
            input: crate::error::one_line(text, 64),
            reason,
        })
    }

    /// The UTC date-time `secs` seconds + `nanos` after the Unix epoch, written
    /// `YYYY-MM-DDTHH:MM:SS[.fff|.ffffff|.fffffffff]Z`. `None` outside years 0000-9999 or for
    /// `nanos` ≥ 10⁹.
    pub fn from_unix_timestamp(secs: i64, nanos: u32) -> Option<DateTime> {
        if nanos >= 1_000_000_000 {
            return None;
        }
        let days = secs.div_euclid(86_400);
        let rem = secs.rem_euclid(86_400);
        let (y, mo, d) = civil::civil_from_days(days);
        if !(0..=9999).contains(&y) {
            return None;
        }
        let fraction = match nanos {
            0 => String::new(),
            n if n % 1_000_000 == 0 => format!(".{:03}", n / 1_000_000),
            n if n % 1_000 == 0 => format!(".{:06}", n / 1_000),
            n => format!(".{n:09}"),
        };
        let text = format!(
            "{y:04}-{mo:02}-{d:02}T{:02}:{:02}:{:02}{fraction}Z",
            rem / 3600,
            rem % 3600 / 60,
            rem % 60
        );
        DateTime::parse(&text).ok()
    }

    /// The UTC date-time of a `SystemTime` (see [`DateTime::from_unix_timestamp`]).
    pub fn from_system_time(time: SystemTime) -> Option<DateTime> {
        match time.duration_since(UNIX_EPOCH) {
            Ok(d) => Self::from_unix_timestamp(d.as_secs() as i64, d.subsec_nanos()),
            Err(e) => {
                let d = e.duration();
                let (secs, nanos) = if d.subsec_nanos() == 0 {
                    (-(d.as_secs() as i64), 0)
                } else {
                    (-(d.as_secs() as i64) - 1, 1_000_000_000 - d.subsec_nanos())
                };
                Self::from_unix_timestamp(secs, nanos)
            }
        }
    }

    /// The current time in UTC.
    pub fn now() -> DateTime {
        // The system clock is within years 0000-9999 on any machine that runs this.
        Self::from_system_time(SystemTime::now())
            .unwrap_or_else(|| Self::from_unix_timestamp(0, 0).expect("the epoch is in range"))
    }

    /// The text as read (or written by a constructor).
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// Year (0-9999).
    pub fn year(&self) -> u16 {
        self.year
    }

    /// Month (1-12).
    pub fn month(&self) -> u8 {
        self.month
    }

    /// Day of the month (1-31).
    pub fn day(&self) -> u8 {
        self.day
    }

    /// Hour (0-23).
    pub fn hour(&self) -> u8 {
        self.hour
    }

    /// Minute (0-59).
    pub fn minute(&self) -> u8 {
        self.minute
    }

    /// Second (0-60; 60 is a leap second).
    pub fn second(&self) -> u8 {
        self.second
    }

    /// Nanoseconds of the fraction (0-999 999 999).
    pub fn nanosecond(&self) -> u32 {
        self.nanosecond
    }

    /// Offset from UTC in minutes (`Z` is 0); `None` for the zone-less form.
    pub fn offset_minutes(&self) -> Option<i32> {
        self.offset_minutes
    }

    /// Seconds since the Unix epoch; `None` for the zone-less form, whose instant is unknown.
    pub fn unix_timestamp(&self) -> Option<i64> {
        let offset = self.offset_minutes?;
        let days = civil::days_from_civil(
            i64::from(self.year),
            u32::from(self.month),
            u32::from(self.day),
        );
        Some(
            days * 86_400
                + i64::from(self.hour) * 3600
                + i64::from(self.minute) * 60
                + i64::from(self.second)
                - i64::from(offset) * 60,
        )
    }
}

/// A fixed-width run of ASCII digits at `s[at..at + n]`.
fn digits(s: &[u8], at: usize, n: usize) -> Option<u32> {
    let part = s.get(at..at + n)?;
    part.iter().try_fold(0u32, |acc, b| {
        b.is_ascii_digit().then(|| acc * 10 + u32::from(b - b'0'))
    })
}

fn expect(s: &[u8], at: usize, chars: &[u8]) -> bool {
    s.get(at).is_some_and(|c| chars.contains(c))
}

fn parse(text: &str) -> Result<DateTime, &'static str> {
    let s = text.as_bytes();
    let year = digits(s, 0, 4).ok_or("the year must be 4 digits")?;
    if !expect(s, 4, b"-") || !expect(s, 7, b"-") {
        return Err("the date must be YYYY-MM-DD");
    }
    let month = digits(s, 5, 2).ok_or("the month must be 2 digits")?;
    let day = digits(s, 8, 2).ok_or("the day must be 2 digits")?;
    if !(1..=12).contains(&month) {
        return Err("the month is out of range");
    }
    if day == 0 || day > civil::days_in_month(i64::from(year), month) {
        return Err("the day is out of range for the month");
    }
    if !expect(s, 10, b"Tt ") {
        return Err("a time must follow the date after `T`");
    }
    let hour = digits(s, 11, 2).ok_or("the hour must be 2 digits")?;
    let minute = digits(s, 14, 2)
        .filter(|_| expect(s, 13, b":"))
        .ok_or("the time must be HH:MM:SS")?;
    let second = digits(s, 17, 2)
        .filter(|_| expect(s, 16, b":"))
        .ok_or("the time must be HH:MM:SS")?;
    if hour > 23 || minute > 59 || second > 60 {
        return Err("the time is out of range");
    }
    let mut at = 19;
    let mut nanosecond = 0u32;
    if expect(s, at, b".,") {
        at += 1;
        let start = at;
        while s.get(at).is_some_and(u8::is_ascii_digit) {
            if at - start < 9 {
                nanosecond = nanosecond * 10 + u32::from(s[at] - b'0');
            }
            at += 1;
        }
        let n = at - start;
        if n == 0 {
            return Err("the fraction of a second has no digits");
        }
        if n < 9 {
            nanosecond *= 10u32.pow((9 - n) as u32);
        }
    }
    let offset_minutes = match s.get(at) {
        None => None,
        Some(b'Z' | b'z') => {
            at += 1;
            Some(0)
        }
        Some(sign @ (b'+' | b'-')) => {
            let sign = if *sign == b'-' { -1 } else { 1 };
            let hours = digits(s, at + 1, 2).ok_or("the offset must be ±HH:MM")?;
            let (minutes, len) = if expect(s, at + 3, b":") {
                (digits(s, at + 4, 2).ok_or("the offset must be ±HH:MM")?, 6)
            } else {
                (digits(s, at + 3, 2).ok_or("the offset must be ±HH:MM")?, 5)
            };
            if hours > 23 || minutes > 59 {
                return Err("the offset is out of range");
            }
            at += len;
            Some(sign * (hours * 60 + minutes) as i32)
        }
        Some(_) => return Err("unexpected text after the time"),
    };
    if at != s.len() {
        return Err("unexpected text after the time zone");
    }
    Ok(DateTime {
        text: text.to_owned(),
        year: year as u16,
        month: month as u8,
        day: day as u8,
        hour: hour as u8,
        minute: minute as u8,
        second: second as u8,
        nanosecond,
        offset_minutes,
    })
}

impl FromStr for DateTime {
    type Err = DateTimeParseError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        DateTime::parse(s)
    }
}

impl fmt::Display for DateTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

impl fmt::Debug for DateTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "DateTime({:?})", self.text)
    }
}

impl serde::Serialize for DateTime {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.text)
    }
}

impl<'de> serde::Deserialize<'de> for DateTime {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl serde::de::Visitor<'_> for Visitor {
            type Value = DateTime;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an RFC 3339 date-time string")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<DateTime, E> {
                DateTime::parse(v).map_err(E::custom)
            }
        }
        deserializer.deserialize_str(Visitor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn round_trip(text: &str) -> DateTime {
        let json = serde_json::to_string(text).unwrap();
        let dt: DateTime = serde_json::from_str(&json).unwrap();
        assert_eq!(
            serde_json::to_string(&dt).unwrap(),
            json,
            "round trip of {text}"
        );
        assert_eq!(dt.to_string(), text);
        assert_eq!(text.parse::<DateTime>().unwrap(), dt);
        dt
    }

    #[test]
    fn rfc3339_with_z() {
        let dt = round_trip("2024-05-17T00:23:17Z");
        assert_eq!((dt.year(), dt.month(), dt.day()), (2024, 5, 17));
        assert_eq!(
            (dt.hour(), dt.minute(), dt.second(), dt.nanosecond()),
            (0, 23, 17, 0)
        );
        assert_eq!(dt.offset_minutes(), Some(0));
        assert_eq!(dt.unix_timestamp(), Some(1_715_905_397));
    }

    #[test]
    fn rfc3339_with_millis() {
        let dt = round_trip("2024-05-17T00:23:17.071Z");
        assert_eq!(dt.nanosecond(), 71_000_000);
        let dt = round_trip("2024-05-17T00:23:17.123456789123Z");
        assert_eq!(dt.nanosecond(), 123_456_789);
    }

    #[test]
    fn rfc3339_with_offset() {
        let dt = round_trip("2024-05-17T09:23:17+09:00");
        assert_eq!(dt.offset_minutes(), Some(540));
        assert_eq!(dt.unix_timestamp(), Some(1_715_905_397));
        assert_eq!(
            round_trip("2024-05-16T20:53:17.5-03:30").offset_minutes(),
            Some(-210)
        );
        assert_eq!(
            round_trip("2024-05-17T09:23:17+0900").offset_minutes(),
            Some(540)
        );
        // Same instant, different text: different values (lossless), same timestamp.
        assert_ne!(
            round_trip("2024-05-17T00:23:17Z"),
            round_trip("2024-05-17T09:23:17+09:00")
        );
    }

    #[test]
    fn zone_less() {
        let dt = round_trip("2024-05-17T00:23:17");
        assert_eq!(dt.offset_minutes(), None);
        assert_eq!(dt.unix_timestamp(), None);
        round_trip("2024-05-17 00:23:17.5");
    }

    #[test]
    fn rejects_malformed() {
        for bad in [
            "",
            "2024",
            "2024-05-17",
            "2024-13-01T00:00:00Z",
            "2023-02-29T00:00:00Z",
            "2024-05-17T24:00:00Z",
            "2024-05-17T00:23:17.Z",
            "2024-05-17T00:23:17+9:00",
            "2024-05-17T00:23:17Zjunk",
            "2024-05-17T00:23:17+09:00:00",
            "２０２４-05-17T00:23:17Z",
            "2024-05-17T00:23",
            "24-05-17T00:23:17Z",
            "2024-05-17T00:23:17 UTC",
        ] {
            assert!(DateTime::parse(bad).is_err(), "{bad:?} was accepted");
        }
        let e = serde_json::from_str::<DateTime>("\"2024-02-30T00:00:00Z\"").unwrap_err();
        assert!(e.to_string().contains("out of range"), "{e}");
        assert!(serde_json::from_str::<DateTime>("12").is_err());
        assert!(DateTime::parse("2024-02-29T23:59:60Z").is_ok()); // leap day + leap second
    }

    #[test]
    fn constructors() {
        let dt = DateTime::from_unix_timestamp(1_715_905_397, 71_000_000).unwrap();
        assert_eq!(dt.as_str(), "2024-05-17T00:23:17.071Z");
        assert_eq!(
            DateTime::from_unix_timestamp(0, 1).unwrap().as_str(),
            "1970-01-01T00:00:00.000000001Z"
        );
        assert_eq!(
            DateTime::from_unix_timestamp(-1, 0).unwrap().as_str(),
            "1969-12-31T23:59:59Z"
        );
        assert!(DateTime::from_unix_timestamp(i64::MAX / 2, 0).is_none());
        assert!(DateTime::from_unix_timestamp(0, 1_000_000_000).is_none());
        let now = DateTime::now();
        assert!(now.unix_timestamp().unwrap() > 1_700_000_000);
    }
}
