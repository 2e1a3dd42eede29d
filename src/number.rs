//! Decimal text to `f64`, correctly rounded, without std's float parser.
//!
//! `str::parse::<f64>` carries a 10 KB table of powers of five for its fast
//! algorithm, and it cost the module 18 KB, 15.6 KB gzip (the table does not
//! compress). The numbers Blindfold reads (a record's JSON numbers, an age to
//! generalize) are nearly all small integers or short decimals, which the
//! first two steps below convert with at most one exact floating-point
//! operation; the rest go through exact big-integer arithmetic. Both give the
//! nearest `f64`, ties to even, as std's parser does (the tests compare the
//! two over random and hand-picked edge cases).

/// Significant digits kept exactly. A halfway point between two `f64`s has
/// at most 767 significant digits, so what follows the first 800 matters
/// only as "more than zero" (kept as one more digit, `1`).
const MAX_DIGITS: usize = 800;

/// 2^53: below it every whole `f64` is exact as a `u64`.
const MAX_SAFE_INTEGER: f64 = 9_007_199_254_740_992.0;

/// Powers of ten that `f64` holds exactly.
const EXACT_POWERS: [f64; 23] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
    1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
];

/// Parses `[+-]digits[.digits][(e|E)[+-]digits]` (digits on at least one
/// side of the point) to the nearest `f64`, as `str::parse::<f64>` does:
/// too large a magnitude is infinite, too small a zero. `None` for any other
/// text, including `inf` and `NaN`, which std accepts.
pub(crate) fn parse_f64(text: &str) -> Option<f64> {
    let decimal = Decimal::read(text.as_bytes())?;
    let magnitude = decimal.magnitude();
    Some(if decimal.negative {
        -magnitude
    } else {
        magnitude
    })
}

/// Appends `value` as JavaScript's `String(value)` writes it: the fewest
/// significant digits that read back as `value` (the nearer of two, the
/// even one on a tie), in plain notation from 10^-6 up to 10^21 and as
/// `1.5e-7` or `1e+21` beyond. Not-a-number and the infinities, which JSON
/// cannot hold, are written `null`.
///
/// Numbers read from JSON text are written back as their text; this is for
/// the rest (values built in Rust, and the text of a number field to
/// transform), so it favours size over speed: the value's exact decimal
/// expansion is rounded to 1, 2, … 17 digits until one reads back (std's
/// formatter, at 11 KB gzip, was a quarter of the module's growth since
/// it was last this small).
pub(crate) fn push_js_number(out: &mut String, value: f64) {
    if !value.is_finite() {
        out.push_str("null");
        return;
    }
    if value < 0.0 {
        out.push('-');
    }
    // Whole numbers (ids, counts) below 2^53 are exact as a `u64`; `-0`
    // writes as `0`, as in JavaScript.
    if value.fract() == 0.0 && value.abs() < MAX_SAFE_INTEGER {
        crate::json::push_decimal(out, value.abs() as u64);
        return;
    }
    let (digits, point) = shortest_digits(value.abs());
    // `0.d₁d₂… × 10^point`, as ECMAScript's Number::toString lays it out.
    let count = i64::try_from(digits.len()).unwrap_or(i64::MAX);
    let push_digits = |out: &mut String, digits: &[u8]| {
        out.extend(digits.iter().map(|&digit| char::from(b'0' + digit)));
    };
    if count <= point && point <= 21 {
        push_digits(out, &digits);
        out.extend(std::iter::repeat_n(
            '0',
            usize::try_from(point - count).unwrap_or(0),
        ));
    } else if 0 < point && point <= 21 {
        let (whole, fraction) = digits.split_at(usize::try_from(point).unwrap_or(0));
        push_digits(out, whole);
        out.push('.');
        push_digits(out, fraction);
    } else if -6 < point && point <= 0 {
        out.push_str("0.");
        out.extend(std::iter::repeat_n(
            '0',
            usize::try_from(-point).unwrap_or(0),
        ));
        push_digits(out, &digits);
    } else {
        let (first, rest) = digits.split_at(1);
        push_digits(out, first);
        if !rest.is_empty() {
            out.push('.');
            push_digits(out, rest);
        }
        let exponent = point - 1;
        out.push('e');
        out.push(if exponent < 0 { '-' } else { '+' });
        crate::json::push_decimal(out, exponent.unsigned_abs());
    }
}

/// The shortest digits (values 0–9, no trailing zero) of finite `value > 0`
/// and where its point stands: `value ≈ 0.d₁d₂… × 10^point`.
fn shortest_digits(value: f64) -> (Vec<u8>, i64) {
    let bits = value.to_bits();
    let biased = i64::try_from((bits >> 52) & 0x7FF).unwrap_or(0);
    let fraction = bits & ((1 << 52) - 1);
    let (mantissa, binary_exponent) = if biased == 0 {
        (fraction, -1074)
    } else {
        (fraction | (1 << 52), biased - 1075)
    };
    // value = mantissa × 2^e exactly, = its digits × 10^min(e, 0): for a
    // negative e, mantissa × 5^-e over 10^-e.
    let mut exact = BigUint {
        limbs: vec![mantissa as u32, (mantissa >> 32) as u32],
    };
    if binary_exponent >= 0 {
        exact.shl(binary_exponent.unsigned_abs());
    } else {
        let mut fives = binary_exponent.unsigned_abs();
        // 5^13 is the largest power of five below 2^32.
        while fives >= 13 {
            exact.mul_add(1_220_703_125, 0);
            fives -= 13;
        }
        exact.mul_add(5_u32.pow(u32::try_from(fives).unwrap_or(0)), 0);
    }
    let all = exact.decimal_digits();
    let point = i64::try_from(all.len()).unwrap_or(i64::MAX) + binary_exponent.min(0);
    let mut text = String::with_capacity(32);
    for count in 1..=17 {
        let (mut digits, point) = rounded(&all, count, point);
        while digits.len() > 1 && digits.last() == Some(&0) {
            digits.pop();
        }
        // Read back from `0.digits e point`.
        text.clear();
        text.push_str("0.");
        text.extend(digits.iter().map(|&digit| char::from(b'0' + digit)));
        text.push('e');
        if point < 0 {
            text.push('-');
        }
        crate::json::push_decimal(&mut text, point.unsigned_abs());
        if parse_f64(&text).is_some_and(|back| back.to_bits() == bits) || count == 17 {
            return (digits, point);
        }
    }
    (all, point)
}

/// The first `count` of `digits` rounded to nearest (ties to even) on the
/// rest, and the point moved if rounding carried into a new digit.
fn rounded(digits: &[u8], count: usize, point: i64) -> (Vec<u8>, i64) {
    let (kept, dropped) = digits.split_at(count.min(digits.len()));
    let mut kept = kept.to_vec();
    let first_dropped = dropped.first().copied().unwrap_or(0);
    let rest_nonzero = dropped.iter().skip(1).any(|&digit| digit != 0);
    let last_odd = kept.last().is_some_and(|digit| digit % 2 == 1);
    let up = first_dropped > 5 || (first_dropped == 5 && (rest_nonzero || last_odd));
    if !up {
        return (kept, point);
    }
    for digit in kept.iter_mut().rev() {
        if *digit < 9 {
            *digit += 1;
            return (kept, point);
        }
        *digit = 0;
    }
    // All nines: `999` → `1000`, one place further.
    kept.insert(0, 1);
    kept.truncate(count);
    (kept, point + 1)
}

/// A decimal number read from text: its significant digits (those of
/// `body` after any leading zeros) × 10^`exponent`.
struct Decimal<'t> {
    negative: bool,
    /// The digits and the point, without sign or exponent.
    body: &'t [u8],
    /// How many significant digits `body` holds.
    count: usize,
    /// The first 19 of them, as a number.
    leading: u64,
    exponent: i64,
}

impl<'t> Decimal<'t> {
    fn read(bytes: &'t [u8]) -> Option<Decimal<'t>> {
        let (negative, unsigned) = match bytes.split_first() {
            Some((b'-', rest)) => (true, rest),
            Some((b'+', rest)) => (false, rest),
            _ => (false, bytes),
        };
        let mut count = 0;
        let mut leading: u64 = 0;
        let mut exponent: i64 = 0;
        let mut any_digit = false;
        let mut after_point = false;
        let mut length = 0;
        for &byte in unsigned {
            match byte {
                b'0'..=b'9' => {
                    any_digit = true;
                    if count > 0 || byte != b'0' {
                        if count < 19 {
                            leading = leading * 10 + u64::from(byte - b'0');
                        }
                        count += 1;
                    }
                    exponent -= i64::from(after_point);
                }
                b'.' if !after_point => after_point = true,
                _ => break,
            }
            length += 1;
        }
        let (body, rest) = unsigned.split_at_checked(length)?;
        if !any_digit {
            return None;
        }
        if let Some((b'e' | b'E', tail)) = rest.split_first() {
            let (sign, tail) = match tail.split_first() {
                Some((b'-', tail)) => (-1, tail),
                Some((b'+', tail)) => (1, tail),
                _ => (1, tail),
            };
            if tail.is_empty() {
                return None;
            }
            let mut written: i64 = 0;
            for &byte in tail {
                if !byte.is_ascii_digit() {
                    return None;
                }
                // Far past any f64's range; saturating keeps the sum exact
                // in sign.
                written = (written * 10 + i64::from(byte - b'0')).min(1 << 40);
            }
            exponent += sign * written;
        } else if !rest.is_empty() {
            return None;
        }
        Some(Decimal {
            negative,
            body,
            count,
            leading,
            exponent,
        })
    }

    /// The nearest `f64` to the number's magnitude.
    fn magnitude(&self) -> f64 {
        let count = i64::try_from(self.count).unwrap_or(i64::MAX);
        if count == 0 || count + self.exponent < -325 {
            // Below half the smallest subnormal, 4.9e-324.
            return 0.0;
        }
        if count + self.exponent > 310 {
            return f64::INFINITY;
        }
        if count <= 19 {
            let exact = exact_quick(self.leading, self.exponent)
                .or_else(|| exact_wide(self.leading, self.exponent));
            if let Some(exact) = exact {
                return exact;
            }
        }
        let (digits, exponent) = self.kept_digits();
        let numerator = BigUint::from_digits(&digits);
        if exponent >= 0 {
            let mut whole = numerator;
            whole.mul_pow10(exponent.unsigned_abs());
            let (top, binary_exponent) = whole.top_bits();
            round_to_f64(u128::from(top), binary_exponent, false)
        } else {
            let mut divisor = BigUint::from_digits(&[1]);
            divisor.mul_pow10(exponent.unsigned_abs());
            quotient_to_f64(numerator, &divisor)
        }
    }

    /// The first `MAX_DIGITS` significant digits (values 0–9) and the power
    /// of ten they stand at; a digit `1` after them if a dropped one was not
    /// zero: the number is then strictly between the kept digits and the
    /// next number up, as it was, and no halfway point lies in between.
    fn kept_digits(&self) -> (Vec<u8>, i64) {
        let mut digits = Vec::with_capacity(self.count.min(MAX_DIGITS + 1));
        let mut dropped: i64 = 0;
        let mut dropped_nonzero = false;
        for &byte in self.body {
            if !byte.is_ascii_digit() || (digits.is_empty() && byte == b'0') {
                continue;
            }
            if digits.len() < MAX_DIGITS {
                digits.push(byte - b'0');
            } else {
                dropped += 1;
                dropped_nonzero |= byte != b'0';
            }
        }
        let mut exponent = self.exponent + dropped;
        if dropped_nonzero {
            digits.push(1);
            exponent -= 1;
        }
        (digits, exponent)
    }
}

/// `mantissa × 10^exponent` with one exact operation, where both operands
/// are exact in `f64` (Clinger's fast path): IEEE rounds the one result.
fn exact_quick(mantissa: u64, exponent: i64) -> Option<f64> {
    const EXACT_INTEGER: u64 = 1 << 53;
    if mantissa > EXACT_INTEGER {
        return None;
    }
    // Exact: a whole number at most 2^53.
    #[allow(clippy::cast_precision_loss)]
    let value = mantissa as f64;
    let power = *EXACT_POWERS.get(usize::try_from(exponent.unsigned_abs()).ok()?)?;
    Some(if exponent >= 0 {
        value * power
    } else {
        value / power
    })
}

/// `mantissa × 10^exponent` to the nearest `f64` in 128-bit integers, for
/// the 16 to 19 digits of a double written in full (`0.30000000000000004`)
/// at a power of ten up to 19 either way: the product, or a 64-bit
/// quotient and whether anything remains. `None` outside that.
fn exact_wide(mantissa: u64, exponent: i64) -> Option<f64> {
    let power = 10u128.checked_pow(u32::try_from(exponent.unsigned_abs()).ok()?)?;
    if mantissa == 0 || power >> 64 != 0 {
        return None;
    }
    Some(if exponent >= 0 {
        round_to_f64(u128::from(mantissa) * power, 0, false)
    } else {
        // The numerator is 64 bits longer than the divisor, so the
        // quotient has 64 or 65 bits.
        let shift = 64 + (128 - power.leading_zeros()) - (64 - mantissa.leading_zeros());
        let numerator = u128::from(mantissa) << shift;
        round_to_f64(numerator / power, -i64::from(shift), numerator % power != 0)
    })
}

/// `numerator / divisor` to the nearest `f64`: 64 bits of the quotient and
/// whether anything remains are all the rounding needs.
fn quotient_to_f64(mut numerator: BigUint, divisor: &BigUint) -> f64 {
    // Scaled by 2^shift so that the quotient has 64 or 65 bits: the
    // numerator up, or (a long number over a small power) the divisor.
    let shift = i64::try_from(64 + divisor.bits()).unwrap_or(i64::MAX)
        - i64::try_from(numerator.bits()).unwrap_or(i64::MAX);
    let mut shifted = divisor.clone();
    if shift >= 0 {
        numerator.shl(shift.unsigned_abs());
        shifted.shl(64);
    } else {
        shifted.shl(64 + shift.unsigned_abs());
    }
    let mut quotient: u128 = 0;
    for _ in 0..=64 {
        quotient <<= 1;
        if numerator.sub_if_at_least(&shifted) {
            quotient |= 1;
        }
        shifted.shr1();
    }
    round_to_f64(quotient, -shift, !numerator.is_zero())
}

/// The nearest `f64` to `value × 2^binary_exponent`, ties to even, where
/// `sticky` says that something more than zero was dropped below `value`.
fn round_to_f64(value: u128, binary_exponent: i64, sticky: bool) -> f64 {
    if value == 0 {
        return 0.0;
    }
    // Into 64 bits with the highest set. What falls off, and `sticky`,
    // become the lowest bit: below every rounding position, so it breaks
    // ties only.
    let length = 128 - value.leading_zeros();
    let (top, binary_exponent, sticky) = if length > 64 {
        let cut = length - 64;
        (
            (value >> cut) as u64,
            binary_exponent + i64::from(cut),
            sticky || value & ((1 << cut) - 1) != 0,
        )
    } else {
        let lift = 64 - length;
        (
            (value << lift) as u64,
            binary_exponent - i64::from(lift),
            sticky,
        )
    };
    let top = top | u64::from(sticky);
    // The value lies in [2^exponent, 2^(exponent + 1)).
    let exponent = binary_exponent + 63;
    if exponent > 1023 {
        return f64::INFINITY;
    }
    // Bits of `top` below the result's last place: 11 for a normal number,
    // more for a subnormal one.
    let dropped = if exponent >= -1022 {
        11
    } else {
        11 + (-1022 - exponent)
    };
    if dropped > 64 {
        // Below half the smallest subnormal.
        return 0.0;
    }
    let wide = u128::from(top);
    let mut mantissa = wide >> dropped;
    let remainder = wide & ((1u128 << dropped) - 1);
    let half = 1u128 << (dropped - 1);
    if remainder > half || (remainder == half && mantissa & 1 == 1) {
        mantissa += 1;
    }
    let mantissa = u64::try_from(mantissa).unwrap_or(u64::MAX);
    let bits = if exponent >= -1022 {
        // A carry out of 53 bits moves into the exponent field by itself.
        let field = u64::try_from(exponent + 1022).unwrap_or(u64::MAX);
        (field << 52) + mantissa
    } else {
        // A subnormal rounded up to 2^52 is the smallest normal number.
        mantissa
    };
    if bits >= 0x7FF0_0000_0000_0000 {
        return f64::INFINITY;
    }
    f64::from_bits(bits)
}

/// A non-negative integer in 32-bit limbs, least significant first, with
/// only what parsing needs.
#[derive(Clone)]
struct BigUint {
    limbs: Vec<u32>,
}

impl BigUint {
    fn from_digits(digits: &[u8]) -> BigUint {
        let mut number = BigUint { limbs: Vec::new() };
        for chunk in digits.chunks(9) {
            let mut scale = 1;
            let mut value = 0;
            for &digit in chunk {
                scale *= 10;
                value = value * 10 + u32::from(digit);
            }
            number.mul_add(scale, value);
        }
        number
    }

    /// `self = self × factor + addend`.
    fn mul_add(&mut self, factor: u32, addend: u32) {
        let mut carry = u64::from(addend);
        for limb in &mut self.limbs {
            let product = u64::from(*limb) * u64::from(factor) + carry;
            *limb = product as u32;
            carry = product >> 32;
        }
        if carry != 0 {
            self.limbs.push(carry as u32);
        }
    }

    fn mul_pow10(&mut self, mut exponent: u64) {
        while exponent >= 9 {
            self.mul_add(1_000_000_000, 0);
            exponent -= 9;
        }
        let rest = (0..exponent).fold(1, |power, _| power * 10);
        self.mul_add(rest, 0);
    }

    fn bits(&self) -> u64 {
        self.limbs.last().map_or(0, |top| {
            32 * (self.limbs.len() as u64 - 1) + u64::from(32 - top.leading_zeros())
        })
    }

    fn is_zero(&self) -> bool {
        self.limbs.iter().all(|&limb| limb == 0)
    }

    fn shl(&mut self, shift: u64) {
        let whole = usize::try_from(shift / 32).unwrap_or(0);
        let part = (shift % 32) as u32;
        if part != 0 {
            let mut carry = 0;
            for limb in &mut self.limbs {
                let next = *limb >> (32 - part);
                *limb = (*limb << part) | carry;
                carry = next;
            }
            if carry != 0 {
                self.limbs.push(carry);
            }
        }
        self.limbs.splice(0..0, std::iter::repeat_n(0, whole));
    }

    fn shr1(&mut self) {
        let mut carry = 0;
        for limb in self.limbs.iter_mut().rev() {
            let next = *limb << 31;
            *limb = (*limb >> 1) | carry;
            carry = next;
        }
        while self.limbs.last() == Some(&0) {
            self.limbs.pop();
        }
    }

    /// The decimal digits (values 0–9), most significant first; `[0]` for
    /// zero.
    fn decimal_digits(mut self) -> Vec<u8> {
        // Nine at a time, least significant group first.
        let mut groups = Vec::new();
        while !self.is_zero() {
            let mut remainder = 0_u64;
            for limb in self.limbs.iter_mut().rev() {
                let current = (remainder << 32) | u64::from(*limb);
                *limb = (current / 1_000_000_000) as u32;
                remainder = current % 1_000_000_000;
            }
            while self.limbs.last() == Some(&0) {
                self.limbs.pop();
            }
            groups.push(remainder as u32);
        }
        let mut digits = Vec::with_capacity(9 * groups.len());
        for (index, &group) in groups.iter().rev().enumerate() {
            let mut nine = [0_u8; 9];
            let mut rest = group;
            for digit in nine.iter_mut().rev() {
                *digit = (rest % 10) as u8;
                rest /= 10;
            }
            // The leading group without its leading zeros.
            let skip = if index == 0 {
                nine.iter().take_while(|&&digit| digit == 0).count()
            } else {
                0
            };
            digits.extend(nine.iter().skip(skip));
        }
        if digits.is_empty() {
            digits.push(0);
        }
        digits
    }

    /// Subtracts `other` if it is at most `self`; whether it did.
    fn sub_if_at_least(&mut self, other: &BigUint) -> bool {
        let length = self.limbs.len().max(other.limbs.len());
        let limb = |number: &BigUint, index: usize| number.limbs.get(index).copied().unwrap_or(0);
        for index in (0..length).rev() {
            let (mine, theirs) = (limb(self, index), limb(other, index));
            if mine != theirs {
                if mine < theirs {
                    return false;
                }
                break;
            }
        }
        let mut borrow = false;
        for (index, mine) in self.limbs.iter_mut().enumerate() {
            let (difference, under) = mine.overflowing_sub(limb(other, index));
            let (difference, under_again) = difference.overflowing_sub(u32::from(borrow));
            *mine = difference;
            borrow = under || under_again;
        }
        while self.limbs.last() == Some(&0) {
            self.limbs.pop();
        }
        true
    }

    /// The highest 64 bits (the top one set), the lowest of them set if any
    /// bit below was, and the power of two they stand at: `self ≈ top ×
    /// 2^exponent`.
    fn top_bits(&self) -> (u64, i64) {
        let bits = self.bits();
        let bit = |index: u64| {
            let limb = self
                .limbs
                .get(usize::try_from(index / 32).unwrap_or(usize::MAX))
                .copied()
                .unwrap_or(0);
            u64::from((limb >> (index % 32)) & 1)
        };
        let mut top = 0;
        for offset in 1..=64 {
            top <<= 1;
            if let Some(index) = bits.checked_sub(offset) {
                top |= bit(index);
            }
        }
        let below = bits.saturating_sub(64);
        if (0..below).any(|index| bit(index) == 1) {
            top |= 1;
        }
        (top, i64::try_from(bits).unwrap_or(i64::MAX) - 64)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(text: &str) {
        let expected = text.parse::<f64>().ok();
        let got = parse_f64(text);
        assert_eq!(
            got.map(f64::to_bits),
            expected.map(f64::to_bits),
            "{text}: {got:?} vs {expected:?}"
        );
    }

    #[test]
    fn agrees_with_std_on_edge_cases() {
        for text in [
            "0",
            "-0",
            "0.0",
            "1",
            "-1",
            "+5",
            ".5",
            "5.",
            "49.9",
            "0.1",
            "0.2",
            "0.3",
            "0.30000000000000004",
            "1e0",
            "1E5",
            "1e+5",
            "1e-5",
            "1e-7",
            "1e21",
            "1e22",
            "1e23",
            "9007199254740991",
            "9007199254740992",
            "9007199254740993",
            "18446744073709551615",
            "18446744073709551616",
            "123456789012345678901234567890",
            "1.7976931348623157e308",
            "1.7976931348623158e308",
            "1.7976931348623159e308",
            "1e308",
            "1e309",
            "2.2250738585072014e-308",
            "2.2250738585072011e-308",
            "4.9e-324",
            "5e-324",
            "2.4703282292062327e-324",
            "2.4703282292062328e-324",
            "2e-324",
            "1e-400",
            "0.000000000000000000000000000001",
            "9007199254740993.0000000000000000000000000000000000001",
            // Halfway between 2^53 and 2^53 + 2: ties to even, then just above.
            "9007199254740993",
            "9007199254740993.00000000000000000000000000000000000000000000000000000000000001",
            "2.225073858507201136057409796709131975934819546351645648e-308",
            "7.2057594037927933e16",
            "1448997445238699",
            "00000000000000000001",
            "1.00000000000000011102230246251565404236316680908203125",
            "1.00000000000000011102230246251565404236316680908203124",
            "1.00000000000000011102230246251565404236316680908203126",
        ] {
            check(text);
        }
    }

    #[test]
    fn refuses_what_is_not_a_plain_number() {
        for text in [
            "", "-", "+", ".", "e5", "1e", "1e+", "1.2.3", "1x", " 1", "1 ", "inf", "NaN", "--1",
            "1e5.5",
        ] {
            assert_eq!(parse_f64(text), None, "{text}");
        }
    }

    #[test]
    fn a_long_run_of_digits_keeps_what_it_drops_as_more_than_zero() {
        let halfway = format!("9007199254740993{}", "0".repeat(900));
        check(&halfway);
        check(&format!("{halfway}1"));
        check(&format!("{}e-900", halfway));
        check(&format!("0.{}1e10", "0".repeat(2000)));
        check(&format!("1{}", "0".repeat(400)));
    }

    /// A fixed generator (xorshift) for the tests' random values.
    fn next(state: &mut u64) {
        *state ^= *state << 13;
        *state ^= *state >> 7;
        *state ^= *state << 17;
    }

    #[test]
    fn agrees_with_std_on_every_printed_double_and_its_neighbours() {
        // A fixed generator (xorshift) over all bit patterns: each double's
        // shortest and 17-digit forms, and texts between two doubles.
        const ROUNDS: usize = if cfg!(debug_assertions) {
            20_000
        } else {
            200_000
        };
        let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
        for _ in 0..ROUNDS {
            next(&mut state);
            let value = f64::from_bits(state & 0x7FFF_FFFF_FFFF_FFFF);
            if !value.is_finite() {
                continue;
            }
            check(&format!("{value:e}"));
            check(&format!("{value:.16e}"));
            check(&format!("{value:.25e}"));
            check(&format!("{}", state % 100_000));
            check(&format!("{}.{:02}", state % 100_000, state % 97));
            // Random digits at a random scale, most of them between doubles.
            let digits: String = (0..1 + state % 40)
                .map(|place| char::from(b'0' + ((state >> (place % 60)) % 10) as u8))
                .collect();
            let exponent = (state >> 20) % 700;
            check(&format!("{digits}e{}", exponent as i64 - 350));
            // 16 to 19 digits within 10^±19, where 128 bits suffice.
            let long = state % 10_000_000_000_000_000_000;
            check(&format!("{long}e{}", ((state >> 40) % 39) as i64 - 19));
        }
    }

    fn js(value: f64) -> String {
        let mut out = String::new();
        push_js_number(&mut out, value);
        out
    }

    #[test]
    fn numbers_are_written_as_javascript_writes_them() {
        // What `String(n)` gives in Node.
        let rows: [(f64, &str); 22] = [
            (0.0, "0"),
            (-0.0, "0"),
            (1.0, "1"),
            (-49.9, "-49.9"),
            (0.1, "0.1"),
            (0.1 + 0.2, "0.30000000000000004"),
            (100.0, "100"),
            (123.456, "123.456"),
            (1e21, "1e+21"),
            (1.5e21, "1.5e+21"),
            (123_456_789_012_345_680_000.0, "123456789012345680000"),
            (1e-6, "0.000001"),
            (1.5e-6, "0.0000015"),
            (1e-7, "1e-7"),
            (1.5e-7, "1.5e-7"),
            (5e-324, "5e-324"),
            (2.2250738585072014e-308, "2.2250738585072014e-308"),
            (f64::MAX, "1.7976931348623157e+308"),
            (9_007_199_254_740_993.0, "9007199254740992"),
            (0.000_123, "0.000123"),
            (f64::NAN, "null"),
            (f64::INFINITY, "null"),
        ];
        for (value, expected) in rows {
            assert_eq!(js(value), expected, "{value:e}");
        }
    }

    #[test]
    fn written_numbers_read_back_with_std_s_shortest_digits() {
        const ROUNDS: usize = if cfg!(debug_assertions) {
            3_000
        } else {
            100_000
        };
        let mut state: u64 = 0x2545_F491_4F6C_DD1D;
        for round in 0..ROUNDS {
            next(&mut state);
            // All bit patterns, and short decimals as people type them.
            let value = if round % 2 == 0 {
                f64::from_bits(state & 0x7FFF_FFFF_FFFF_FFFF)
            } else {
                (state % 10_000_000) as f64 / 10f64.powi((state >> 40) as i32 % 8)
            };
            if !value.is_finite() || value == 0.0 {
                continue;
            }
            let written = js(value);
            assert_eq!(parse_f64(&written), Some(value), "{written}");
            // std's `{:e}` has the shortest digits too: `4.99e1`.
            let std_form = format!("{value:e}");
            let (std_digits, std_exponent) = std_form.split_once('e').unwrap();
            let std_digits: String = std_digits.chars().filter(char::is_ascii_digit).collect();
            let (digits, point) = shortest_digits(value);
            let digits: String = digits.iter().map(|&d| char::from(b'0' + d)).collect();
            assert_eq!(digits.len(), std_digits.len(), "{value:e}: {digits}");
            assert_eq!(point - 1, std_exponent.parse::<i64>().unwrap(), "{value:e}");
        }
    }
}
