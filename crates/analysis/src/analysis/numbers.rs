//! The few statistical tools the analysis needs, over well-kept crates: Student's t quantiles
//! from `statrs`, matrix algebra from `nalgebra`.

use nalgebra::{DMatrix, DVector};
use statrs::distribution::{ContinuousCDF, StudentsT};

pub fn mean(values: &[f64]) -> Option<f64> {
    if values.is_empty() {
        None
    } else {
        Some(values.iter().sum::<f64>() / values.len() as f64)
    }
}

/// Sample standard deviation (n − 1).
pub fn sd(values: &[f64]) -> Option<f64> {
    let m = mean(values)?;
    if values.len() < 2 {
        return None;
    }
    let ss: f64 = values.iter().map(|v| (v - m).powi(2)).sum();
    Some((ss / (values.len() - 1) as f64).sqrt())
}

/// The two-sided critical value of Student's t for confidence `1 − alpha`.
pub fn t_critical(alpha: f64, df: f64) -> Option<f64> {
    if df < 1.0 || !(0.0..1.0).contains(&alpha) {
        return None;
    }
    let t = StudentsT::new(0.0, 1.0, df).ok()?;
    let q = t.inverse_cdf(1.0 - alpha / 2.0);
    q.is_finite().then_some(q)
}

/// Two-sided p-value of `estimate / se` under Student's t with `df` degrees of freedom.
pub fn p_value(estimate: f64, se: f64, df: f64) -> Option<f64> {
    if se <= 0.0 || !se.is_finite() || df < 1.0 {
        return if se == 0.0 && estimate != 0.0 {
            Some(0.0)
        } else {
            None
        };
    }
    let t = StudentsT::new(0.0, 1.0, df).ok()?;
    Some(2.0 * (1.0 - t.cdf((estimate / se).abs())))
}

/// Wilson score interval for a proportion `k / n` at 95%.
pub fn wilson(k: usize, n: usize) -> Option<(f64, f64)> {
    if n == 0 {
        return None;
    }
    let z: f64 = 1.959_963_984_540_054;
    let n = n as f64;
    let p = k as f64 / n;
    let denom = 1.0 + z * z / n;
    let centre = (p + z * z / (2.0 * n)) / denom;
    let half = z * ((p * (1.0 - p) / n + z * z / (4.0 * n * n)).sqrt()) / denom;
    Some(((centre - half).max(0.0), (centre + half).min(1.0)))
}

/// An ordinary least squares fit.
pub struct Fit {
    pub beta: DVector<f64>,
    /// Covariance of `beta`: classical, or Newey–West when asked.
    pub cov: DMatrix<f64>,
    /// Residual degrees of freedom (rows − columns).
    pub df: f64,
}

impl Fit {
    pub fn se(&self, i: usize) -> f64 {
        self.cov[(i, i)].max(0.0).sqrt()
    }

    /// Standard error of a sum of coefficients (a combination's additive effect).
    pub fn se_of_sum(&self, columns: &[usize]) -> f64 {
        let mut var = 0.0;
        for &i in columns {
            for &j in columns {
                var += self.cov[(i, j)];
            }
        }
        var.max(0.0).sqrt()
    }
}

/// Least squares of `y` on the columns of `x`. `newey_west_lag`: `Some(L)` for
/// heteroskedasticity- and autocorrelation-consistent errors with Bartlett weights over `L` lags
/// (rows in time order); `None` for the classical `σ²(XᵀX)⁻¹`. `None` when the columns are
/// collinear or there are no spare rows.
pub fn ols(x: &DMatrix<f64>, y: &DVector<f64>, newey_west_lag: Option<usize>) -> Option<Fit> {
    let (n, p) = x.shape();
    if n <= p {
        return None;
    }
    let xtx = x.transpose() * x;
    let inv = xtx.clone().try_inverse()?;
    // A near-singular design gives an "inverse" that is numerically meaningless.
    let check = &xtx * &inv;
    let identity = DMatrix::<f64>::identity(p, p);
    if (check - identity).amax() > 1e-6 {
        return None;
    }
    let beta = &inv * (x.transpose() * y);
    let resid = y - x * &beta;
    let df = (n - p) as f64;
    let cov = match newey_west_lag {
        None => {
            let sigma2 = resid.norm_squared() / df;
            &inv * sigma2
        }
        Some(lag) => {
            // S = Σ_l w_l Σ_t e_t e_{t-l} x_t x_{t-l}ᵀ (+ transpose), as matrix products.
            let weighted = |lag: usize| {
                let mut a = x.rows(lag, n - lag).clone_owned();
                for (i, mut row) in a.row_iter_mut().enumerate() {
                    row *= resid[lag + i] * resid[i];
                }
                a.transpose() * x.rows(0, n - lag)
            };
            let mut s = weighted(0);
            for l in 1..=lag.min(n - 1) {
                let w = 1.0 - l as f64 / (lag as f64 + 1.0);
                let g = weighted(l);
                s += (&g + g.transpose()) * w;
            }
            // Small-sample correction n / (n − p), as in common practice.
            let nw = &inv * s * &inv * (n as f64 / df);
            // Newey–West errors are too small in short series; never report an interval
            // tighter than the classical one.
            let classical = &inv * (resid.norm_squared() / df);
            let mut cov = nw;
            for i in 0..p {
                if classical[(i, i)] > cov[(i, i)] {
                    let scale = (classical[(i, i)] / cov[(i, i)].max(f64::MIN_POSITIVE)).sqrt();
                    for j in 0..p {
                        cov[(i, j)] *= scale;
                        cov[(j, i)] *= scale;
                    }
                }
            }
            cov
        }
    };
    Some(Fit { beta, cov, df })
}

/// Holm's step-down procedure at family level `alpha`: for each p-value (in input order), the
/// level its interval is drawn at and whether it is rejected.
pub fn holm(p_values: &[f64], alpha: f64) -> Vec<(f64, bool)> {
    let m = p_values.len();
    let mut order: Vec<usize> = (0..m).collect();
    order.sort_by(|&a, &b| p_values[a].total_cmp(&p_values[b]));
    let mut out = vec![(alpha, false); m];
    let mut still = true;
    for (rank, &i) in order.iter().enumerate() {
        let level = alpha / (m - rank) as f64;
        let rejected = still && p_values[i] <= level;
        if !rejected {
            still = false;
        }
        out[i] = (level, rejected);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn t_quantiles_match_tables() {
        let q = t_critical(0.05, 10.0).unwrap();
        assert!((q - 2.228).abs() < 1e-3, "{q}");
        let q = t_critical(0.05, 1000.0).unwrap();
        assert!((q - 1.962).abs() < 1e-3, "{q}");
    }

    #[test]
    fn wilson_matches_a_known_value() {
        // 8 of 10: 95% Wilson interval (0.490, 0.943).
        let (lo, hi) = wilson(8, 10).unwrap();
        assert!(
            (lo - 0.490).abs() < 1e-3 && (hi - 0.943).abs() < 1e-3,
            "{lo} {hi}"
        );
    }

    #[test]
    fn ols_recovers_a_line() {
        let xs: Vec<f64> = (0..20).map(f64::from).collect();
        let x = DMatrix::from_fn(20, 2, |r, c| if c == 0 { 1.0 } else { xs[r] });
        let y = DVector::from_fn(20, |r, _| {
            3.0 + 0.5 * xs[r] + if r % 2 == 0 { 0.1 } else { -0.1 }
        });
        let fit = ols(&x, &y, None).unwrap();
        assert!((fit.beta[0] - 3.0).abs() < 0.1 && (fit.beta[1] - 0.5).abs() < 0.01);
        let nw = ols(&x, &y, Some(3)).unwrap();
        assert!(nw.se(1) > 0.0);
        // Collinear columns: no fit rather than nonsense.
        let x = DMatrix::from_fn(20, 2, |_, _| 1.0);
        assert!(ols(&x, &y, None).is_none());
    }

    #[test]
    fn holm_steps_down() {
        let levels = holm(&[0.01, 0.04, 0.03], 0.05);
        assert_eq!(levels[0], (0.05 / 3.0, true));
        assert_eq!(levels[2], (0.05 / 2.0, false));
        // Once one is not rejected, later ones are not either.
        assert_eq!(levels[1], (0.05, false));
    }
}
