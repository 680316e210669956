// Properties of import over generated journals and mutated files: never a panic, all or
// nothing, and a valid export always re-imports identically.

use chrono::{Duration, FixedOffset, NaiveDate, TimeZone};
use proptest::prelude::*;
use relief::exchange::{self, Format};
use relief::model::{
    Detail, EntryDraft, EntryId, Key, Minutes, Note, Rating, Region, RegionRating, RemedyUse,
    Timestamp,
};
use relief::model::{IncomingEntry, JournalData};

use crate::util::{export, TempJournal};

const REMEDIES: [&str; 6] = [
    "stretch",
    "foam_rolling",
    "massage",
    "heat",
    "chiropractic",
    "rest",
];
const CAUSES: [&str; 4] = ["posture", "tension", "injury", "other"];

fn entry() -> impl Strategy<Value = EntryDraft> {
    (
        0u32..2000,
        0u32..1440,
        -12i32..=14,
        0i64..=10,
        proptest::option::of(0i64..=10),
        proptest::sample::subsequence(Region::ALL.to_vec(), 0..4),
        proptest::sample::subsequence(CAUSES.to_vec(), 0..3),
        proptest::sample::subsequence(REMEDIES.to_vec(), 0..3),
        proptest::option::of("[a-zA-Z0-9 <>&\"'=,;:\\n\u{e9}\u{80cc}\u{4e2d}-]{1,80}"),
        proptest::option::of(0i64..=10),
    )
        .prop_map(
            |(day, minute, offset, rating, peg, regions, causes, remedies, note, after)| {
                let date = NaiveDate::from_ymd_opt(2021, 1, 1).unwrap_or_default()
                    + Duration::days(i64::from(day));
                let local = date.and_hms_opt(0, 0, 0).unwrap_or_default()
                    + Duration::minutes(i64::from(minute));
                let tz = FixedOffset::east_opt(offset * 3600)
                    .unwrap_or(FixedOffset::east_opt(0).unwrap());
                let at = tz.from_local_datetime(&local).single().unwrap();
                let mut d = EntryDraft::new(Timestamp::new(at), Rating::new(rating).unwrap());
                d.enjoyment = peg.map(|p| Rating::new(p).unwrap());
                d.activity = d.enjoyment;
                d.regions = regions
                    .into_iter()
                    .map(|region| RegionRating {
                        region,
                        rating: None,
                    })
                    .collect();
                d.causes = causes.into_iter().map(|c| Key::new(c).unwrap()).collect();
                d.remedies = remedies
                    .into_iter()
                    .map(|k| {
                        let mut u = RemedyUse::new(Key::new(k).unwrap());
                        u.minutes = Some(Minutes::new(15).unwrap());
                        u.detail = Detail::new("=cmd|' /C calc'!A0").unwrap();
                        u.rating_after = after.map(|a| Rating::new(a).unwrap());
                        u
                    })
                    .collect();
                d.note = note.and_then(|n| Note::new(&n).unwrap_or(None));
                d
            },
        )
}

fn data(drafts: Vec<EntryDraft>) -> JournalData {
    JournalData {
        entries: drafts
            .into_iter()
            .enumerate()
            .map(|(i, draft)| IncomingEntry {
                id: EntryId::derived(format!("prop-{i}").as_bytes()),
                draft,
                location: format!("entry {i}").into(),
                source: None,
            })
            .collect(),
        ..JournalData::default()
    }
}

/// A small deterministic mutation of a file: drop, insert or replace bytes, or cut it off.
fn mutate(bytes: &[u8], kind: u8, at: usize, byte: u8) -> Vec<u8> {
    let mut out = bytes.to_vec();
    if out.is_empty() {
        return vec![byte];
    }
    let at = at % out.len();
    match kind % 4 {
        0 => {
            out.remove(at);
        }
        1 => out.insert(at, byte),
        2 => out[at] = byte,
        _ => out.truncate(at),
    }
    out
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn a_valid_export_reimports_identically(drafts in proptest::collection::vec(entry(), 1..25)) {
        let source = TempJournal::new();
        let mut j = source.open();
        j.import(&data(drafts)).unwrap();
        for format in [Format::Json, Format::Csv] {
            let first = export(&j, format);
            let target = TempJournal::new();
            let mut t = target.open();
            let parsed = exchange::parse(first.as_bytes(), format).unwrap();
            t.import(&parsed).unwrap();
            prop_assert_eq!(&export(&t, format), &first);
            let again = t.import(&exchange::parse(first.as_bytes(), format).unwrap()).unwrap();
            prop_assert_eq!(again.added, 0);
        }
    }

    #[test]
    fn a_mutated_file_never_panics_and_imports_all_or_nothing(
        drafts in proptest::collection::vec(entry(), 1..12),
        json in any::<bool>(),
        kind in any::<u8>(),
        at in any::<usize>(),
        byte in any::<u8>(),
    ) {
        let format = if json { Format::Json } else { Format::Csv };
        let source = TempJournal::new();
        let mut j = source.open();
        j.import(&data(drafts)).unwrap();
        let file = mutate(export(&j, format).as_bytes(), kind, at, byte);

        let target = TempJournal::new();
        let mut t = target.open();
        t.add_entry(&EntryDraft::new(Timestamp::parse("2020-06-01T08:00:00+02:00").unwrap(), Rating::new(3).unwrap())).unwrap();
        let before = export(&t, Format::Json);
        let parsed = exchange::parse(&file, exchange::Format::sniff(&file));
        let imported = parsed.as_ref().map_err(|e| e.to_string()).and_then(|d| {
            t.import(d).map(|report| (report, d.entries.len())).map_err(|e| e.to_string())
        });
        match imported {
            Ok((report, parsed_entries)) => {
                // Everything the file held was either added or already there, and nothing else.
                prop_assert_eq!((report.added + report.skipped) as usize, parsed_entries);
                prop_assert_eq!(t.count_entries().unwrap(), 1 + u64::from(report.added));
            }
            Err(message) => {
                prop_assert!(!message.contains('\n'), "not one line: {}", message);
                prop_assert_eq!(export(&t, Format::Json), before);
            }
        }
    }
}
