//! How long a minute is. End-to-end tests set `RELIEF_E2E_MINUTE_MS` so that a 15-minute heat
//! timer or a 30-minute follow-up delay passes in seconds; nothing else changes.

use chrono::Duration;

const MINUTE_MS: i64 = 60_000;

/// Milliseconds in a minute: 60,000 unless the test hook says less (at least 1).
pub fn minute_ms() -> i64 {
    std::env::var("RELIEF_E2E_MINUTE_MS")
        .ok()
        .and_then(|v| v.parse::<i64>().ok())
        .filter(|ms| (1..=MINUTE_MS).contains(ms))
        .unwrap_or(MINUTE_MS)
}

/// `seconds` of the app's time as real time.
pub fn seconds(seconds: i32) -> Duration {
    Duration::milliseconds(i64::from(seconds) * minute_ms() / 60)
}
