#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "common.rs"]
mod common;

fuzz_target!(|bytes: &[u8]| common::check(bytes, relief::exchange::Format::Json));
