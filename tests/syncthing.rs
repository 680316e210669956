//! Sync through real Syncthing (docs/sync.md): two Syncthing instances (Debian's `syncthing`,
//! installed by `./test`) with their own homes, talking over the loopback address only — no
//! discovery, no relays, no global announcements — share one folder between two journals.
//! A check-in on one appears on the other; the same check-in edited on both while one instance
//! is stopped converges to the later edit once it is back; a `relief sync` killed mid-round
//! leaves nothing half applied; a computer whose clock is two hours ahead still converges; the
//! folder is compacted (snapshots, files every computer has removed) with both agreeing; and
//! the folder on disk never holds a note's text, a remedy's name or `SQLite format 3`.

use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use chrono::{DateTime, FixedOffset};
use relief::exchange::Format;
use relief::model::{EntryDraft, Filter, Key, Label, Note, Rating, RemedyUse, Timestamp};
use relief::Journal;
use relief_sync::seal::Cost;

use crate::util::{export, files_under};

const CHEAP: Cost = Cost {
    memory_kib: 1024,
    passes: 1,
};

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// One Syncthing instance: its home, its device id, its ports, its process while it runs.
struct Instance {
    home: PathBuf,
    folder: PathBuf,
    id: String,
    port: u16,
    gui: u16,
    process: Option<Child>,
}

impl Instance {
    fn new(root: &Path, name: &str) -> Instance {
        let home = root.join(format!("{name}-home"));
        let folder = root.join(format!("{name}-folder"));
        std::fs::create_dir_all(&folder).unwrap();
        let out = Command::new("syncthing")
            .args(["generate", "--no-default-folder", "--home"])
            .arg(&home)
            .output()
            .expect("syncthing is installed (./test installs Debian's `syncthing` package)");
        let text = String::from_utf8_lossy(&out.stdout).into_owned()
            + &String::from_utf8_lossy(&out.stderr);
        let id = text
            .lines()
            .find_map(|l| l.split("Device ID:").nth(1))
            .map(|s| s.trim().to_owned())
            .unwrap_or_else(|| panic!("no device id in: {text}"));
        Instance {
            home,
            folder,
            id,
            port: free_port(),
            gui: free_port(),
            process: None,
        }
    }

    /// Its configuration: the loopback only, the other instance by its address, one shared
    /// folder watched for changes.
    fn configure(&self, other: &Instance) {
        let config = format!(
            r#"<configuration version="36">
    <folder id="relief" label="relief" path="{folder}" type="sendreceive" rescanIntervalS="2" fsWatcherEnabled="true" fsWatcherDelayS="1">
        <device id="{me}"></device>
        <device id="{them}"></device>
    </folder>
    <device id="{me}" name="{me_name}" compression="metadata"><address>dynamic</address></device>
    <device id="{them}" name="other" compression="metadata"><address>tcp://127.0.0.1:{them_port}</address></device>
    <gui enabled="true" tls="false"><address>127.0.0.1:{gui}</address><apikey>relief-test-key</apikey></gui>
    <options>
        <listenAddress>tcp://127.0.0.1:{port}</listenAddress>
        <globalAnnounceEnabled>false</globalAnnounceEnabled>
        <localAnnounceEnabled>false</localAnnounceEnabled>
        <relaysEnabled>false</relaysEnabled>
        <natEnabled>false</natEnabled>
        <startBrowser>false</startBrowser>
        <urAccepted>-1</urAccepted>
        <autoUpgradeIntervalH>0</autoUpgradeIntervalH>
        <crashReportingEnabled>false</crashReportingEnabled>
        <reconnectionIntervalS>1</reconnectionIntervalS>
    </options>
</configuration>
"#,
            folder = self.folder.display(),
            me = self.id,
            me_name = self.home.file_name().unwrap().to_string_lossy(),
            them = other.id,
            them_port = other.port,
            gui = self.gui,
            port = self.port,
        );
        #[allow(
            clippy::disallowed_methods,
            reason = "Syncthing's own configuration file"
        )]
        std::fs::write(self.home.join("config.xml"), config).unwrap();
    }

    fn start(&mut self) {
        let child = Command::new("syncthing")
            .args([
                "serve",
                "--no-browser",
                "--no-restart",
                "--no-upgrade",
                "--home",
            ])
            .arg(&self.home)
            .env("STNODEFAULTFOLDER", "1")
            .env("STNOUPGRADE", "1")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        self.process = Some(child);
    }

    fn stop(&mut self) {
        if let Some(mut child) = self.process.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

impl Drop for Instance {
    fn drop(&mut self) {
        self.stop();
    }
}

fn ahead() -> DateTime<FixedOffset> {
    relief::system::now() + chrono::Duration::hours(2)
}

/// Runs rounds on both journals until `done` holds, at most 90 s.
fn until(a: &mut Journal, b: &mut Journal, what: &str, done: impl Fn(&Journal, &Journal) -> bool) {
    until_with(a, b, &relief_sync::Options::default(), what, done);
}

fn until_with(
    a: &mut Journal,
    b: &mut Journal,
    options: &relief_sync::Options,
    what: &str,
    done: impl Fn(&Journal, &Journal) -> bool,
) {
    let started = Instant::now();
    loop {
        for j in [&mut *a, &mut *b] {
            relief_sync::round(j, options).unwrap();
        }
        if done(a, b) {
            return;
        }
        if started.elapsed() >= Duration::from_secs(90) {
            let list = |j: &Journal| {
                let config = j.sync_config().unwrap().unwrap();
                let mut files: Vec<String> = files_under(&config.folder)
                    .iter()
                    .map(|f| {
                        f.strip_prefix(&config.folder)
                            .unwrap()
                            .display()
                            .to_string()
                    })
                    .collect();
                files.sort();
                format!(
                    "{}: {:?}\nledger {:?}\nseen {:?}",
                    config.computer,
                    files,
                    j.sync_ledger().unwrap(),
                    j.sync_seen().unwrap().have()
                )
            };
            panic!(
                "Syncthing did not bring it in 90 s: {what}\nA {}\nB {}\nA export {}\nB export {}",
                list(a),
                list(b),
                export(a, Format::Json),
                export(b, Format::Json)
            );
        }
        std::thread::sleep(Duration::from_millis(300));
    }
}

fn notes(j: &Journal) -> Vec<String> {
    j.entries(&Filter::default())
        .unwrap()
        .into_iter()
        .filter_map(|e| e.note.map(|n| n.as_str().to_owned()))
        .collect()
}

#[test]
fn two_journals_sync_through_real_syncthing() {
    let root = tempfile::tempdir().unwrap();
    let mut sa = Instance::new(root.path(), "a");
    let mut sb = Instance::new(root.path(), "b");
    sa.configure(&sb);
    sb.configure(&sa);
    sa.start();
    sb.start();

    let mut a = Journal::open(root.path().join("a.db")).unwrap();
    let mut b = Journal::open(root.path().join("b.db")).unwrap();
    b.set_clock(ahead); // B's clock runs two hours ahead.
    let mut draft = EntryDraft::new(Timestamp::new(a.now()), Rating::new(6).unwrap());
    draft.note = Note::new("tight between the shoulder blades").unwrap();
    a.add_item(
        relief::model::CatalogueKind::Remedy,
        &Label::new("Acupressure mat").unwrap(),
    )
    .unwrap();
    draft
        .remedies
        .push(RemedyUse::new(Key::new("acupressure_mat").unwrap()));
    let first = a.add_entry(&draft).unwrap();
    relief_sync::setup(&mut a, &sa.folder, b"shared words", CHEAP).unwrap();

    // B joins once Syncthing has brought the folder's header.
    let started = Instant::now();
    while !sb.folder.join("relief-sync.json").exists() {
        assert!(
            started.elapsed() < Duration::from_secs(90),
            "the header never arrived"
        );
        std::thread::sleep(Duration::from_millis(300));
    }
    relief_sync::join(&mut b, &sb.folder, b"shared words", false).unwrap();
    until(&mut a, &mut b, "the first check-in on B", |_, b| {
        notes(b).contains(&"tight between the shoulder blades".to_owned())
    });

    // A check-in on B (two hours ahead) appears on A.
    let mut later = EntryDraft::new(Timestamp::new(b.now()), Rating::new(4).unwrap());
    later.note = Note::new("after the walk").unwrap();
    b.add_entry(&later).unwrap();
    until(&mut a, &mut b, "B's check-in on A", |a, _| {
        notes(a).contains(&"after the walk".to_owned())
    });

    // The same check-in edited on both while B's Syncthing is stopped: the later edit wins.
    sb.stop();
    let mut on_a = a.entry(first.id).unwrap().to_draft();
    on_a.rating = Rating::new(3).unwrap();
    a.edit_entry(first.id, &on_a).unwrap();
    relief_sync::round(&mut a, &relief_sync::Options::default()).unwrap();
    std::thread::sleep(Duration::from_millis(20));
    let mut on_b = b.entry(first.id).unwrap().to_draft();
    on_b.rating = Rating::new(7).unwrap();
    b.edit_entry(first.id, &on_b).unwrap();
    relief_sync::round(&mut b, &relief_sync::Options::default()).unwrap();
    sb.start();
    until(&mut a, &mut b, "the later edit on both", |a, b| {
        let rating = |j: &Journal| j.entry(first.id).map(|e| e.rating.get()).ok();
        rating(a) == Some(7) && rating(b) == Some(7)
    });
    until(&mut a, &mut b, "the same journal on both", |a, b| {
        export(a, Format::Json) == export(b, Format::Json)
    });

    // A `relief sync` killed mid-round leaves nothing half applied: the journal opens, holds
    // what it held or all of the round, and the next rounds converge.
    drop(b);
    let b_path = root.path().join("b.db");
    let mut a_note = EntryDraft::new(Timestamp::new(a.now()), Rating::new(2).unwrap());
    a_note.note = Note::new("while B was being killed").unwrap();
    a.add_entry(&a_note).unwrap();
    relief_sync::round(&mut a, &relief_sync::Options::default()).unwrap();
    // B's CLI runs under faketime, two hours ahead as B's journal is (./test installs it).
    for delay_ms in [5u64, 20, 60, 150] {
        let mut child = Command::new("faketime")
            .args(["-f", "+2h"])
            .arg(env!("CARGO_BIN_EXE_relief"))
            .arg("--db")
            .arg(&b_path)
            .arg("sync")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_millis(delay_ms));
        let _ = child.kill();
        let _ = child.wait();
        let opened = Journal::open(&b_path).unwrap();
        assert!(opened.integrity_check().unwrap() == "ok");
    }
    // A check-in and a whole round of B's CLI under faketime, then both keep going.
    let ahead_cli = |args: &[&str]| {
        let out = Command::new("faketime")
            .args(["-f", "+2h"])
            .arg(env!("CARGO_BIN_EXE_relief"))
            .arg("--db")
            .arg(&b_path)
            .args(args)
            .output()
            .expect("faketime (Debian's faketime package) is installed");
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    };
    ahead_cli(&["add", "--rating", "4", "--note", "two hours ahead"]);
    ahead_cli(&["sync"]);
    let mut b = Journal::open(&b_path).unwrap();
    let written = b
        .entries(&Filter::default())
        .unwrap()
        .into_iter()
        .find(|e| {
            e.note
                .as_ref()
                .is_some_and(|n| n.as_str() == "two hours ahead")
        })
        .unwrap();
    let lead = written.recorded_at.datetime() - relief::system::now();
    assert!(
        lead > chrono::Duration::minutes(100),
        "faketime did not move the clock: {lead}"
    );
    b.set_clock(ahead);
    until(
        &mut a,
        &mut b,
        "the same journal after the kills",
        |a, b| {
            export(a, Format::Json) == export(b, Format::Json)
                && notes(b).contains(&"while B was being killed".to_owned())
                && notes(a).contains(&"two hours ahead".to_owned())
        },
    );

    // Compaction through Syncthing (a snapshot after every two change files here): the files
    // both have go from both folders, and the journals stay the same.
    let compacting = relief_sync::Options {
        compact_after: 2,
        ..relief_sync::Options::default()
    };
    for i in 0..4 {
        let mut more = EntryDraft::new(Timestamp::new(a.now()), Rating::new(3).unwrap());
        more.note = Note::new(&format!("compacted {i}")).unwrap();
        a.add_entry(&more).unwrap();
        relief_sync::round(&mut a, &compacting).unwrap();
    }
    let change_files = |folder: &Path| {
        files_under(folder)
            .iter()
            .filter(|f| {
                f.file_name()
                    .and_then(|n| relief_sync::folder::seq_of(&n.to_string_lossy()))
                    .is_some()
            })
            .count()
    };
    let before = change_files(&sa.folder);
    until_with(&mut a, &mut b, &compacting, "compacted on both", |a, b| {
        export(a, Format::Json) == export(b, Format::Json)
            && notes(b).contains(&"compacted 3".to_owned())
            && change_files(&sa.folder) < before
            && change_files(&sb.folder) == change_files(&sa.folder)
    });

    // What Syncthing carried: sealed files only.
    for folder in [&sa.folder, &sb.folder] {
        for file in files_under(folder) {
            if file.components().any(|c| c.as_os_str() == ".stfolder") {
                continue;
            }
            let bytes = std::fs::read(&file).unwrap();
            for secret in [
                &b"shoulder"[..],
                b"Acupressure",
                b"after the walk",
                b"SQLite format 3",
            ] {
                assert!(
                    !bytes.windows(secret.len()).any(|w| w == secret),
                    "{} holds {:?}",
                    file.display(),
                    String::from_utf8_lossy(secret)
                );
            }
        }
    }
}
