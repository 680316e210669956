//! The analysis of an experiment's complete pairs: the mean advantage with a 95% t-interval,
//! the sign-flip randomization test (exact for up to 16 pairs, else 20,000 draws from the
//! plan's seed), the chance of a benefit at least δ, and the verdict.

use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use serde::Serialize;
use statrs::distribution::{ContinuousCDF, StudentsT};

use crate::analysis::numbers::{mean, sd, t_critical};

/// Fewest complete pairs before any verdict: with fewer, no result can reach p < 0.05.
pub const MIN_PAIRS: usize = 6;

/// Up to this many pairs every sign pattern is tried (2^16 = 65,536).
pub const EXACT_UP_TO: usize = 16;

/// Resamples beyond [`EXACT_UP_TO`] pairs.
pub const DRAWS: u32 = 20_000;

/// What an experiment showed: the same six verdicts, words and keys as the journal's
/// estimates (`analysis::verdict`); an experiment's rules for them are in [`estimate`].
pub use crate::analysis::verdict::Verdict;

/// The numbers of an experiment's result (all `None` below two pairs).
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Estimate {
    pub pairs: u32,
    /// The mean advantage of the remedy, in points (positive: the remedy did better).
    pub mean_difference: Option<f64>,
    pub ci_low: Option<f64>,
    pub ci_high: Option<f64>,
    pub p_value: Option<f64>,
    /// The smallest p these pairs can give: 2^(1−m).
    pub p_min: Option<f64>,
    /// Whether p came from every sign pattern (else from random draws).
    pub exact: bool,
    /// Chance the true advantage is at least δ (flat prior).
    pub prob_meaningful: Option<f64>,
    pub verdict: Verdict,
}

/// The estimate from the pair differences `d` (advantage of the remedy in each complete pair),
/// with `delta` the smallest difference worth having; `void_share` is the share of planned
/// pairs that were void; `seed` draws the resamples beyond 16 pairs.
pub fn estimate(d: &[f64], delta: f64, void_share: f64, seed: u64) -> Estimate {
    let m = d.len();
    let mean_difference = mean(d);
    let spread = sd(d);
    let se = spread.map(|s| s / (m as f64).sqrt());
    let t = t_critical(0.05, m as f64 - 1.0);
    let (ci_low, ci_high) = match (mean_difference, se, t) {
        (Some(x), Some(se), Some(t)) => (Some(x - t * se), Some(x + t * se)),
        _ => (None, None),
    };
    let (p_value, exact) = match m {
        0 => (None, true),
        _ => {
            let (p, exact) = sign_flip_p(d, seed);
            (Some(p), exact)
        }
    };
    let p_min = (m > 0).then(|| 2f64.powi(1 - m as i32));
    let prob_meaningful = match (mean_difference, se) {
        (Some(x), Some(se)) => chance_at_least(delta, x, se, m),
        _ => None,
    };
    let verdict = if m < MIN_PAIRS || void_share > 0.3 {
        Verdict::NotEnoughData
    } else {
        verdict(mean_difference, ci_low, ci_high, p_value, delta)
    };
    Estimate {
        pairs: m as u32,
        mean_difference,
        ci_low,
        ci_high,
        p_value,
        p_min,
        exact,
        prob_meaningful,
        verdict,
    }
}

fn verdict(
    x: Option<f64>,
    low: Option<f64>,
    high: Option<f64>,
    p: Option<f64>,
    delta: f64,
) -> Verdict {
    let (Some(x), Some(p)) = (x, p) else {
        return Verdict::NotEnoughData;
    };
    if p < 0.05 {
        if x >= delta {
            Verdict::Helped
        } else if x > 0.0 {
            Verdict::Small
        } else {
            Verdict::Worse
        }
    } else if low.is_some_and(|l| l > -delta) && high.is_some_and(|h| h < delta) {
        Verdict::NoClearEffect
    } else {
        Verdict::Imprecise
    }
}

/// P(μ ≥ δ) under a flat prior: 1 − F_t,m−1((δ − d̄) / se).
fn chance_at_least(delta: f64, x: f64, se: f64, m: usize) -> Option<f64> {
    if se == 0.0 {
        return Some(if x >= delta { 1.0 } else { 0.0 });
    }
    let t = StudentsT::new(0.0, 1.0, m as f64 - 1.0).ok()?;
    Some(1.0 - t.cdf((delta - x) / se))
}

/// The two-sided sign-flip randomization p of the mean of `d`: how often flipping the order
/// within pairs (the randomization actually done) gives a mean at least as far from zero.
/// Exact over all 2^m patterns up to 16 pairs; beyond, (1 + hits) / (1 + 20,000) from draws
/// seeded by `seed`, never below the exact minimum 2^(1−m).
pub fn sign_flip_p(d: &[f64], seed: u64) -> (f64, bool) {
    let m = d.len();
    let observed = d.iter().sum::<f64>().abs();
    // Sums that differ only by rounding are ties.
    let at_least = |sum: f64| sum.abs() >= observed - 1e-9 * (1.0 + observed);
    if m <= EXACT_UP_TO {
        let patterns: u32 = 1 << m;
        let hits = (0..patterns)
            .filter(|signs| {
                let sum: f64 = d
                    .iter()
                    .enumerate()
                    .map(|(i, v)| if signs >> i & 1 == 1 { -v } else { *v })
                    .sum();
                at_least(sum)
            })
            .count();
        (hits as f64 / f64::from(patterns), true)
    } else {
        let mut rng = ChaCha8Rng::seed_from_u64(seed);
        let hits = (0..DRAWS)
            .filter(|_| {
                let sum: f64 = d
                    .iter()
                    .map(|v| if rng.random_bool(0.5) { -v } else { *v })
                    .sum();
                at_least(sum)
            })
            .count();
        let p = (1.0 + hits as f64) / (1.0 + f64::from(DRAWS));
        (p.max(2f64.powi(1 - m as i32)), false)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_exact_test_counts_every_pattern() {
        // All differences positive: only the observed pattern and its mirror reach the sum.
        let d = [1.0, 2.0, 1.5, 0.5, 1.0, 2.5];
        let (p, exact) = sign_flip_p(&d, 1);
        assert!(exact);
        assert_eq!(p, 2.0 / 64.0);
        // Zero mean: every pattern is at least as far.
        assert_eq!(sign_flip_p(&[1.0, -1.0, 2.0, -2.0], 1).0, 1.0);
    }

    #[test]
    fn verdicts_follow_the_rules() {
        let helped = estimate(&[2.0, 1.5, 2.5, 1.0, 2.0, 1.8, 2.2, 1.6], 1.0, 0.0, 3);
        assert_eq!(helped.verdict, Verdict::Helped);
        let small = estimate(&[0.5, 0.4, 0.6, 0.5, 0.45, 0.55, 0.5, 0.6], 1.0, 0.0, 3);
        assert_eq!(small.verdict, Verdict::Small);
        let worse = estimate(&[-2.0, -1.5, -2.5, -1.0, -2.0, -1.8], 1.0, 0.0, 3);
        assert_eq!(worse.verdict, Verdict::Worse);
        let none = estimate(&[0.1, -0.1, 0.2, -0.2, 0.0, 0.1, -0.1, 0.05], 1.0, 0.0, 3);
        assert_eq!(none.verdict, Verdict::NoClearEffect);
        let unclear = estimate(&[3.0, -2.0, 2.5, -1.5, 0.5, 1.0], 1.0, 0.0, 3);
        assert_eq!(unclear.verdict, Verdict::Imprecise);
        let few = estimate(&[2.0, 2.0, 2.0, 2.0, 2.0], 1.0, 0.0, 3);
        assert_eq!(few.verdict, Verdict::NotEnoughData);
        let voided = estimate(&[2.0, 1.5, 2.5, 1.0, 2.0, 1.8], 1.0, 0.31, 3);
        assert_eq!(voided.verdict, Verdict::NotEnoughData);
    }
}
