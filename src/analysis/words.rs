//! Numbers as every front shows them: one decimal, never "-0.0". In a language, `Messages::one`
//! writes them (with its decimal separator); this is what it falls back on.

/// `1.25` → "1.3"; `-0.04` → "0.0".
pub fn one(x: f64) -> String {
    let r = (x * 10.0).round() / 10.0;
    format!("{:.1}", if r == 0.0 { 0.0 } else { r })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_decimal_without_negative_zero() {
        assert_eq!(one(1.25), "1.3");
        assert_eq!(one(-0.04), "0.0");
        assert_eq!(one(2.0), "2.0");
    }
}
