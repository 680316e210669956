//! Test hooks. End-to-end tests cannot drive a native file dialog, and should not wait fifteen
//! minutes for a heat timer: a build with the `e2e` feature (which only `./test` turns on) reads
//! `RELIEF_E2E_DIALOG_DIR` and `RELIEF_E2E_MINUTE_MS`; any other build has no hooks at all.

use std::path::PathBuf;

use chrono::Duration;

const MINUTE_MS: i64 = 60_000;

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TestHooks {
    /// Dialogs are not shown: a save goes to this folder under the suggested name, and an open
    /// takes `import.json` or `import.csv` from it.
    pub dialog_dir: Option<PathBuf>,
    /// Milliseconds in a minute (1 to 60,000), so timers and follow-up delays pass in seconds.
    pub minute_ms: Option<i64>,
}

impl TestHooks {
    /// The hooks the environment sets, in a build with the `e2e` feature; none otherwise.
    pub fn from_env() -> TestHooks {
        #[cfg(feature = "e2e")]
        {
            TestHooks {
                dialog_dir: relief::system::var("RELIEF_E2E_DIALOG_DIR").map(PathBuf::from),
                minute_ms: relief::system::var("RELIEF_E2E_MINUTE_MS")
                    .and_then(|v| v.to_str()?.parse::<i64>().ok()),
            }
        }
        #[cfg(not(feature = "e2e"))]
        {
            TestHooks::default()
        }
    }

    /// Milliseconds in a minute: 60,000 unless a hook says less.
    pub fn minute_ms(&self) -> i64 {
        self.minute_ms
            .filter(|ms| (1..=MINUTE_MS).contains(ms))
            .unwrap_or(MINUTE_MS)
    }

    /// `seconds` of the app's time as real time.
    pub fn seconds(&self, seconds: u32) -> Duration {
        Duration::milliseconds(i64::from(seconds) * self.minute_ms() / 60)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    #[cfg(not(feature = "e2e"))]
    #[allow(clippy::disallowed_methods)]
    fn a_build_without_the_feature_has_no_hooks() {
        std::env::set_var("RELIEF_E2E_DIALOG_DIR", "/tmp");
        std::env::set_var("RELIEF_E2E_MINUTE_MS", "100");
        assert_eq!(TestHooks::from_env(), TestHooks::default());
        assert_eq!(TestHooks::from_env().minute_ms(), 60_000);
    }

    #[test]
    fn a_minute_is_a_minute_unless_a_hook_says_less() {
        let hooks = |ms| TestHooks {
            minute_ms: Some(ms),
            ..TestHooks::default()
        };
        assert_eq!(TestHooks::default().seconds(90), Duration::seconds(90));
        assert_eq!(hooks(200).seconds(900), Duration::milliseconds(3000));
        assert_eq!(hooks(0).minute_ms(), 60_000);
        assert_eq!(hooks(120_000).minute_ms(), 60_000);
    }
}
