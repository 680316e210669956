//! Integration tests of the core and the `relief` CLI, against real SQLite files in temp dirs.
#![allow(
    clippy::too_many_lines,
    reason = "a test tells one scenario from start to end"
)]
// Test code may panic: a panic is how a test fails.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
// Tests make the files they need (journals to damage, imports to read) by hand, and read the
// clock and the environment themselves.
#![allow(clippy::disallowed_methods)]

mod util;

mod alerts;
mod analysis;
mod charts;
mod cli;
mod durability;
mod exchange;
mod experiments;
mod fhir;
mod followups;
mod hostile;
mod imports;
mod languages;
mod layers;
mod nothing_lost;
mod open;
mod properties;
mod protect;
mod report;
mod safety;
mod schedule;
mod store;
mod sync;
mod syncthing;
