//! Date shifting: every date of one subject moves by the same number of days,
//! drawn from the key, so the dates stop pointing at a person while the
//! intervals between them (age at a visit, days between two events) stay
//! true. Stateless: the offset is HMAC-SHA-256 over
//!
//! ```text
//! "blindfold/date-shift/v1" 0x00 SUBJECT
//! ```
//!
//! read as a shift in `-max_days..=max_days`, never 0.

use crate::detect::{days_in_month, read_date};
use crate::keys::Key;

/// The domain-separation label of the date-shift offset.
pub const DATE_SHIFT_DOMAIN: &str = "blindfold/date-shift/v1";

/// The shift, in days, of every date of `subject`.
pub(crate) fn shift_days(key: &Key, subject: &str, max_days: u32) -> i64 {
    let mac = key.mac(&[DATE_SHIFT_DOMAIN.as_bytes(), b"\0", subject.as_bytes()]);
    let mut word = [0u8; 8];
    word.copy_from_slice(mac.get(..8).unwrap_or(&[0; 8]));
    let span = 2 * u64::from(max_days.max(1));
    // 0..span without 0 itself: -max..-1 and 1..max.
    let draw = i64::try_from(u64::from_le_bytes(word) % span).unwrap_or(0);
    let max = i64::from(max_days.max(1));
    if draw < max {
        draw - max
    } else {
        draw - max + 1
    }
}

/// `value` read as a date and moved by `days`, as `YYYY-MM-DD`; `None` when
/// it is not a date.
pub(crate) fn shift_date(value: &str, days: i64) -> Option<String> {
    let date = read_date(value)?;
    let (year, month, day) =
        civil_from_days(days_from_civil(date.year, date.month, date.day) + days);
    Some(format!("{year:04}-{month:02}-{day:02}"))
}

/// Days since 1970-01-01 (proleptic Gregorian; H. Hinnant's algorithm).
fn days_from_civil(year: u32, month: u32, day: u32) -> i64 {
    let year = i64::from(year) - i64::from(month <= 2);
    let era = year.div_euclid(400);
    let year_of_era = year - era * 400;
    let month = i64::from(month);
    let day_of_year =
        (153 * (if month > 2 { month - 3 } else { month + 9 }) + 2) / 5 + i64::from(day) - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era - 719_468
}

/// The date `days` after 1970-01-01.
fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let days = days + 719_468;
    let era = days.div_euclid(146_097);
    let day_of_era = days - era * 146_097;
    let year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let shifted_month = (5 * day_of_year + 2) / 153;
    let day = u32::try_from(day_of_year - (153 * shifted_month + 2) / 5 + 1).unwrap_or(1);
    let month = u32::try_from(if shifted_month < 10 {
        shifted_month + 3
    } else {
        shifted_month - 9
    })
    .unwrap_or(1);
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    debug_assert!(day <= days_in_month(u32::try_from(year).unwrap_or(2000), month));
    (year, month, day)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn calendar_arithmetic() {
        assert_eq!(days_from_civil(1970, 1, 1), 0);
        assert_eq!(days_from_civil(2000, 3, 1), 11_017);
        assert_eq!(civil_from_days(11_017), (2000, 3, 1));
        assert_eq!(civil_from_days(-1), (1969, 12, 31));
        for days in -600_000..800_000 {
            let (year, month, day) = civil_from_days(days);
            assert_eq!(
                days_from_civil(u32::try_from(year).unwrap(), month, day),
                days
            );
        }
        assert_eq!(shift_date("28.02.2000", 1).as_deref(), Some("2000-02-29"));
        assert_eq!(
            shift_date("March 1, 2001", -1).as_deref(),
            Some("2001-02-28")
        );
        assert_eq!(
            shift_date("31 December 1999", 1).as_deref(),
            Some("2000-01-01")
        );
        assert_eq!(shift_date("not a date", 1), None);
    }

    #[test]
    fn shifts_are_per_subject_bounded_and_never_zero() {
        let key = Key::new("k1", &[5; 32]).unwrap();
        let mut seen = std::collections::BTreeSet::new();
        for subject in 0..2000 {
            let days = shift_days(&key, &subject.to_string(), 30);
            assert!((-30..=30).contains(&days) && days != 0, "{days}");
            assert_eq!(days, shift_days(&key, &subject.to_string(), 30));
            seen.insert(days);
        }
        assert_eq!(seen.len(), 60, "every shift is drawn");
        let other = Key::new("k1", &[6; 32]).unwrap();
        let differs = (0..20).any(|s| {
            shift_days(&key, &s.to_string(), 365) != shift_days(&other, &s.to_string(), 365)
        });
        assert!(differs);
    }
}
