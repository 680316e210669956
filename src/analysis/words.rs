//! Numbers as every front shows them (CLI, report, verdict sentences): one decimal, never
//! "-0.0", a dash for a missing value. The UI's `common/words.ts` follows the same rule.

/// `1.25` → "1.3"; `-0.04` → "0.0".
pub fn one(x: f64) -> String {
    let r = (x * 10.0).round() / 10.0;
    format!("{:.1}", if r == 0.0 { 0.0 } else { r })
}

/// [`one`], or "–" when there is no value.
pub fn one_or_dash(x: Option<f64>) -> String {
    x.map(one).unwrap_or_else(|| "–".into())
}

/// "1.0 point", "2.5 points".
pub fn points(x: f64) -> String {
    let text = one(x);
    if text == "1.0" || text == "-1.0" {
        format!("{text} point")
    } else {
        format!("{text} points")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_decimal_without_negative_zero() {
        assert_eq!(one(1.25), "1.3");
        assert_eq!(one(-0.04), "0.0");
        assert_eq!(one(2.0), "2.0");
        assert_eq!(one_or_dash(None), "–");
        assert_eq!(points(1.04), "1.0 point");
        assert_eq!(points(-0.96), "-1.0 point");
        assert_eq!(points(0.04), "0.0 points");
        assert_eq!(points(2.46), "2.5 points");
    }
}
