//! Shared by both targets: any bytes either parse or give an error; whatever parses is
//! imported into a real journal, all or nothing.

use std::sync::{Mutex, OnceLock};

use relief::exchange::{self, Format};
use relief::Journal;

struct Scratch {
    journal: Journal,
    _dir: tempfile::TempDir,
}

fn scratch() -> &'static Mutex<Scratch> {
    static SCRATCH: OnceLock<Mutex<Scratch>> = OnceLock::new();
    SCRATCH.get_or_init(|| {
        let dir = tempfile::tempdir().unwrap();
        let journal = Journal::open(dir.path().join("fuzz.db")).unwrap();
        Mutex::new(Scratch { journal, _dir: dir })
    })
}

pub fn check(bytes: &[u8], format: Format) {
    let Ok(data) = exchange::parse(bytes, format) else {
        return;
    };
    let mut scratch = scratch().lock().unwrap();
    let before = scratch.journal.count_entries().unwrap();
    match scratch.journal.import(&data) {
        Ok(report) => {
            let after = scratch.journal.count_entries().unwrap();
            assert_eq!(after, before + report.added as u64, "added count is wrong");
        }
        Err(_) => {
            let after = scratch.journal.count_entries().unwrap();
            assert_eq!(after, before, "a refused import changed the journal");
        }
    }
}
