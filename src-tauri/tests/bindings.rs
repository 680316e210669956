//! The committed TypeScript bindings match the Rust commands and types. Regenerate with
//! `UPDATE_BINDINGS=1 cargo test -p relief-desktop --test bindings`.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::PathBuf;

#[test]
fn bindings_are_current() {
    let committed = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(relief_desktop::BINDINGS);
    if std::env::var_os("UPDATE_BINDINGS").is_some() {
        relief_desktop::export_bindings(&committed).unwrap();
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let fresh = dir.path().join("bindings.ts");
    relief_desktop::export_bindings(&fresh).unwrap();
    let fresh = std::fs::read_to_string(fresh).unwrap();
    let old = std::fs::read_to_string(&committed).unwrap_or_default();
    assert!(
        fresh == old,
        "ui/src/lib/backend/bindings.ts is out of date; run UPDATE_BINDINGS=1 cargo test -p relief-desktop --test bindings"
    );
}
