//! The window's commands: each takes state, calls the core, maps the error.

pub mod catalogue;
pub mod entries;
pub mod experiments;
pub mod followups;
pub mod imports;
pub mod insights;
pub mod safety;
pub mod settings;
pub mod sync;
pub mod transfer;
