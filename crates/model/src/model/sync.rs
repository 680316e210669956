//! What sync carries between a person's computers (`docs/sync.md`): changes of one field of one
//! thing, each stamped by a hybrid logical clock, so every computer orders them the same way
//! whatever the files' times or the order they arrive in.

use std::collections::BTreeMap;
use std::fmt;

use serde::{Deserialize, Serialize};

/// A computer taking part in sync: a random id, made once per journal file on that computer.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct ComputerId(String);

impl ComputerId {
    /// 16 lowercase hex digits from the operating system's randomness.
    pub fn random() -> ComputerId {
        let id = uuid::Uuid::new_v4().simple().to_string();
        ComputerId(id[..16].to_owned())
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for ComputerId {
    type Error = String;

    fn try_from(text: String) -> Result<Self, String> {
        if text.len() == 16
            && text
                .bytes()
                .all(|b| b.is_ascii_hexdigit() && !b.is_ascii_uppercase())
        {
            Ok(ComputerId(text))
        } else {
            Err(format!("not a computer id: {text:?}"))
        }
    }
}

impl From<ComputerId> for String {
    fn from(id: ComputerId) -> String {
        id.0
    }
}

impl fmt::Display for ComputerId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Bytes as lowercase hex (keys and salts in the journal and the folder's header).
pub fn to_hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// The bytes of a hex text, if it is one.
pub fn from_hex(text: &str) -> Option<Vec<u8>> {
    if !text.len().is_multiple_of(2) {
        return None;
    }
    (0..text.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(text.get(i..i + 2)?, 16).ok())
        .collect()
}

/// A hybrid logical clock's reading: wall time (ms since the epoch), a counter for changes
/// within one millisecond or behind a clock that ran ahead, and the computer that made it, so
/// no two stamps are equal. Ordered by those three, in that order; the text form
/// (`0001733412345678-0000-<computer>`) sorts the same way.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Stamp {
    pub wall_ms: i64,
    pub counter: u32,
    pub computer: ComputerId,
}

impl Stamp {
    /// The stamp of the next change on `computer`, after `last` (the latest stamp this computer
    /// has made or seen) at wall time `now_ms`: never before `last`, even when the clock went
    /// back or another computer's ran ahead.
    pub fn next(last: Option<&Stamp>, now_ms: i64, computer: &ComputerId) -> Stamp {
        match last {
            Some(l) if l.wall_ms >= now_ms => Stamp {
                wall_ms: l.wall_ms,
                counter: l.counter.saturating_add(1),
                computer: computer.clone(),
            },
            _ => Stamp {
                wall_ms: now_ms,
                counter: 0,
                computer: computer.clone(),
            },
        }
    }

    pub fn parse(text: &str) -> Result<Stamp, String> {
        let bad = || format!("not a stamp: {text:?}");
        let mut parts = text.splitn(3, '-');
        let wall_ms = parts.next().and_then(|p| p.parse().ok()).ok_or_else(bad)?;
        let counter = parts.next().and_then(|p| p.parse().ok()).ok_or_else(bad)?;
        let computer = ComputerId::try_from(parts.next().ok_or_else(bad)?.to_owned())?;
        Ok(Stamp {
            wall_ms,
            counter,
            computer,
        })
    }
}

impl fmt::Display for Stamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{:016}-{:06}-{}",
            self.wall_ms, self.counter, self.computer
        )
    }
}

impl TryFrom<String> for Stamp {
    type Error = String;

    fn try_from(text: String) -> Result<Self, String> {
        Stamp::parse(&text)
    }
}

impl From<Stamp> for String {
    fn from(stamp: Stamp) -> String {
        stamp.to_string()
    }
}

/// One field of one thing set to a value: `entry/<id>` `rating` 6, `remedy/yoga` `label`
/// "Yoga", `setting/theme` `value` "dark". The value is the field's JSON, read back through
/// the model's own rules when it is applied.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Change {
    pub thing: String,
    pub field: String,
    pub stamp: Stamp,
    pub value: serde_json::Value,
}

/// The changes one computer wrote in one file, in the order it made them.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Batch {
    /// The journal the changes belong to (its id, `docs/fhir.md`).
    pub journal: uuid::Uuid,
    pub computer: ComputerId,
    /// The computer's name as its person sees it (the host name), for `sync status`.
    pub name: String,
    pub seq: u64,
    pub changes: Vec<Change>,
}

/// How far in each computer's files are: every file of that computer numbered up to this one
/// was applied (or, for a computer's own, written). Files are removed from the folder only
/// when every computer has them this way (`docs/sync.md`, "Compaction").
pub type Have = BTreeMap<ComputerId, u64>;

/// A computer's name and newest change, as `sync status` lists it.
pub type Heard = (ComputerId, String, Stamp);

/// The whole journal as one computer knew it: the last change of every field, with its own
/// stamp, and which files of each computer that takes in. A new computer starts from it
/// instead of replaying every change file; merging it is merging those changes, so it is
/// never newer than what it holds.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Snapshot {
    pub journal: uuid::Uuid,
    pub computer: ComputerId,
    pub number: u64,
    pub covers: Have,
    pub computers: Vec<Heard>,
    pub changes: Vec<Change>,
}

/// A snapshot as others learn of it without opening it: its number and what it covers.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SnapshotNote {
    pub number: u64,
    pub covers: Have,
}

/// What a computer says it has (its acknowledgement), its newest snapshot, and whether it left
/// sync. Each new one replaces the one before in that computer's subfolder.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Acks {
    pub journal: uuid::Uuid,
    pub computer: ComputerId,
    pub name: String,
    pub number: u64,
    pub have: Have,
    pub snapshot: Option<SnapshotNote>,
    pub left: bool,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stamps_order_as_their_text_does_and_never_go_back() {
        let a = ComputerId::try_from("00000000000000aa".to_owned()).unwrap();
        let b = ComputerId::try_from("00000000000000bb".to_owned()).unwrap();
        let s1 = Stamp::next(None, 1_000, &a);
        let s2 = Stamp::next(Some(&s1), 1_000, &a);
        let s3 = Stamp::next(Some(&s2), 900, &b); // b's clock is behind
        let s4 = Stamp::next(Some(&s3), 5_000, &a);
        let all = [&s1, &s2, &s3, &s4];
        for w in all.windows(2) {
            assert!(w[0] < w[1], "{} !< {}", w[0], w[1]);
            assert!(w[0].to_string() < w[1].to_string());
            assert_eq!(Stamp::parse(&w[0].to_string()).as_ref(), Ok(w[0]));
        }
        assert!(Stamp::parse("12-x-00000000000000aa").is_err());
        assert!(ComputerId::try_from("../../etc".to_owned()).is_err());
    }
}
