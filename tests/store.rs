// The journal API: check-ins, filters, catalogues, settings, the journal-day rule.

use relief::model::{
    CatalogueKind, DayStartHour, Filter, Key, Label, Minutes, Note, Region, RegionRating, RemedyUse,
};
use relief::Error;

use crate::util::{draft, rating, TempJournal};

fn key(k: &str) -> Key {
    Key::new(k).unwrap()
}

#[test]
fn add_stores_every_field_and_keeps_the_offset() {
    let tj = TempJournal::new();
    let mut j = tj.open();
    let mut d = draft("2026-03-10T14:05:00+05:30", 6);
    d.enjoyment = Some(rating(4));
    d.activity = Some(rating(5));
    d.regions = vec![
        RegionRating {
            region: Region::Neck,
            rating: None,
        },
        RegionRating {
            region: Region::BetweenShoulderBlades,
            rating: Some(rating(7)),
        },
    ];
    d.causes = vec![key("posture"), key("tension")];
    let mut heat = RemedyUse::new(key("heat"));
    heat.minutes = Some(Minutes::new(15).unwrap());
    heat.rating_after = Some(rating(3));
    heat.after_minutes = Some(Minutes::new(30).unwrap());
    d.remedies = vec![heat.clone(), RemedyUse::new(key("stretch"))];
    d.note = Note::new("Long day.\n<b>bold</b> stays text").unwrap();
    let saved = j.add_entry(&d).unwrap();

    // Reopen: what comes back is what went in.
    drop(j);
    let j = tj.open();
    let back = j.entry(saved.id).unwrap();
    assert_eq!(back.recorded_at.to_rfc3339(), "2026-03-10T14:05:00+05:30");
    assert_eq!(back.journal_day.to_string(), "2026-03-10");
    assert_eq!(back.rating, rating(6));
    assert_eq!(back.enjoyment, Some(rating(4)));
    // Regions come back in the body map's order, the upper back first.
    assert_eq!(back.regions[0].region, Region::BetweenShoulderBlades);
    assert_eq!(back.regions[0].rating, Some(rating(7)));
    assert_eq!(back.causes, vec![key("posture"), key("tension")]);
    assert_eq!(back.remedies, vec![heat, RemedyUse::new(key("stretch"))]);
    assert_eq!(
        back.note.as_ref().map(Note::as_str),
        Some("Long day.\n<b>bold</b> stays text")
    );
}

#[test]
fn journal_day_counts_small_hours_toward_the_evening_before() {
    let tj = TempJournal::new();
    let mut j = tj.open();
    for t in [
        "2026-03-10T08:00:00+01:00",
        "2026-03-10T14:00:00+01:00",
        "2026-03-11T00:30:00+01:00",
    ] {
        let e = j.add_entry(&draft(t, 4)).unwrap();
        assert_eq!(e.journal_day.to_string(), "2026-03-10", "{t}");
    }
    let e = j.add_entry(&draft("2026-03-11T03:00:00+01:00", 4)).unwrap();
    assert_eq!(e.journal_day.to_string(), "2026-03-11");
    let day = chrono::NaiveDate::from_ymd_opt(2026, 3, 10);
    let listed = j
        .entries(&Filter {
            from: day,
            to: day,
            ..Filter::default()
        })
        .unwrap();
    assert_eq!(listed.len(), 3);
}

#[test]
fn changing_the_day_start_recomputes_days() {
    let tj = TempJournal::new();
    let mut j = tj.open();
    let e = j.add_entry(&draft("2026-03-11T02:30:00+01:00", 4)).unwrap();
    assert_eq!(e.journal_day.to_string(), "2026-03-10");
    j.set_day_start_hour(DayStartHour::new(0).unwrap()).unwrap();
    assert_eq!(j.entry(e.id).unwrap().journal_day.to_string(), "2026-03-11");
    assert_eq!(j.settings().unwrap().day_start_hour.get(), 0);
    drop(j);
    assert_eq!(tj.open().settings().unwrap().day_start_hour.get(), 0);
}

#[test]
fn several_entries_a_day_list_in_time_order_across_offsets() {
    let tj = TempJournal::new();
    let mut j = tj.open();
    // 09:00 in New York is later than 14:30 in Berlin on the same date.
    j.add_entry(&draft("2026-05-02T09:00:00-04:00", 3)).unwrap();
    j.add_entry(&draft("2026-05-02T14:30:00+02:00", 5)).unwrap();
    j.add_entry(&draft("2026-05-02T07:10:00+02:00", 2)).unwrap();
    let times: Vec<String> = j
        .entries(&Filter::default())
        .unwrap()
        .iter()
        .map(|e| e.recorded_at.to_rfc3339())
        .collect();
    assert_eq!(
        times,
        [
            "2026-05-02T07:10:00+02:00",
            "2026-05-02T14:30:00+02:00",
            "2026-05-02T09:00:00-04:00"
        ]
    );
}

#[test]
fn edit_replaces_and_delete_undo_restores() {
    let tj = TempJournal::new();
    let mut j = tj.open();
    let a = j.add_entry(&draft("2026-04-01T08:00:00+02:00", 5)).unwrap();
    let b = j.add_entry(&draft("2026-04-01T20:00:00+02:00", 6)).unwrap();

    let mut d = a.to_draft();
    d.rating = rating(2);
    d.remedies = vec![RemedyUse::new(key("massage"))];
    let edited = j.edit_entry(a.id, &d).unwrap();
    assert_eq!(edited.id, a.id);
    assert_eq!(edited.rating, rating(2));
    assert_eq!(edited.remedies.len(), 1);

    j.delete_entry(a.id).unwrap();
    j.delete_entry(b.id).unwrap();
    assert_eq!(j.count_entries().unwrap(), 0);
    assert!(matches!(j.entry(a.id), Err(Error::EntryNotFound(_))));
    assert!(matches!(j.delete_entry(a.id), Err(Error::EntryNotFound(_))));
    // Undo walks back through deletions, latest first.
    assert_eq!(j.undo_delete().unwrap().id, b.id);
    assert_eq!(j.undo_delete().unwrap().id, a.id);
    assert!(matches!(j.undo_delete(), Err(Error::NothingToUndo)));
    assert_eq!(j.entry(a.id).unwrap().rating, rating(2));
}

#[test]
fn undo_knows_the_last_deletion_even_within_one_millisecond() {
    let tj = TempJournal::new();
    let mut j = tj.open();
    // The newer entry is deleted first: were both deletions stamped with the same millisecond,
    // the order of rows would decide, and undo would bring back the wrong one.
    for _ in 0..50 {
        let older = j.add_entry(&draft("2026-04-01T08:00:00+02:00", 5)).unwrap();
        let newer = j.add_entry(&draft("2026-04-01T20:00:00+02:00", 6)).unwrap();
        j.delete_entry(newer.id).unwrap();
        j.delete_entry(older.id).unwrap();
        assert_eq!(j.undo_delete().unwrap().id, older.id);
        assert_eq!(j.undo_delete().unwrap().id, newer.id);
    }
}

#[test]
fn filters_by_range_remedy_cause_and_region() {
    let tj = TempJournal::new();
    let mut j = tj.open();
    let mut d = draft("2026-06-01T10:00:00+02:00", 5);
    d.remedies = vec![RemedyUse::new(key("heat"))];
    d.causes = vec![key("posture")];
    d.regions = vec![RegionRating {
        region: Region::Neck,
        rating: None,
    }];
    let first = j.add_entry(&d).unwrap();
    let mut d = draft("2026-06-03T10:00:00+02:00", 4);
    d.remedies = vec![RemedyUse::new(key("stretch"))];
    d.regions = vec![RegionRating {
        region: Region::LowerBack,
        rating: None,
    }];
    let second = j.add_entry(&d).unwrap();
    j.add_entry(&draft("2026-06-05T10:00:00+02:00", 3)).unwrap();

    let ids = |f: Filter| {
        j.entries(&f)
            .unwrap()
            .into_iter()
            .map(|e| e.id)
            .collect::<Vec<_>>()
    };
    assert_eq!(
        ids(Filter {
            remedy: Some(key("heat")),
            ..Filter::default()
        }),
        [first.id]
    );
    assert_eq!(
        ids(Filter {
            cause: Some(key("posture")),
            ..Filter::default()
        }),
        [first.id]
    );
    assert_eq!(
        ids(Filter {
            region: Some(Region::LowerBack),
            ..Filter::default()
        }),
        [second.id]
    );
    let d = |s: &str| Some(relief::model::parse_date(s).unwrap());
    assert_eq!(
        ids(Filter {
            from: d("2026-06-02"),
            to: d("2026-06-04"),
            ..Filter::default()
        }),
        [second.id]
    );
    assert_eq!(ids(Filter::default()).len(), 3);
    // A typo in a filter is an error, not a silently empty list.
    assert!(matches!(
        j.entries(&Filter {
            remedy: Some(key("heet")),
            ..Filter::default()
        }),
        Err(Error::UnknownItem { .. })
    ));
}

#[test]
fn catalogues_add_rename_archive() {
    let tj = TempJournal::new();
    let mut j = tj.open();
    let remedies = j.catalogue(CatalogueKind::Remedy).unwrap();
    let keys: Vec<&str> = remedies.iter().map(|i| i.key.as_str()).collect();
    assert_eq!(
        keys,
        [
            "stretch",
            "foam_rolling",
            "massage",
            "heat",
            "chiropractic",
            "rest"
        ]
    );
    let causes = j.catalogue(CatalogueKind::Cause).unwrap();
    assert_eq!(
        causes.iter().map(|i| i.key.as_str()).collect::<Vec<_>>(),
        ["posture", "tension", "injury", "other"]
    );

    let yoga = j
        .add_item(CatalogueKind::Remedy, &Label::new("Yoga").unwrap())
        .unwrap();
    assert_eq!(yoga.key.as_str(), "yoga");
    // Names are unique ignoring case, in any script.
    assert!(matches!(
        j.add_item(CatalogueKind::Remedy, &Label::new("YOGA").unwrap()),
        Err(Error::DuplicateItem { .. })
    ));
    let own = j
        .add_item(CatalogueKind::Remedy, &Label::new("Массаж").unwrap())
        .unwrap();
    assert!(matches!(
        j.add_item(CatalogueKind::Remedy, &Label::new("массаж").unwrap()),
        Err(Error::DuplicateItem { .. })
    ));
    assert!(own.key.as_str().starts_with("custom"));

    let mut d = draft("2026-06-01T10:00:00+02:00", 5);
    d.remedies = vec![RemedyUse::new(yoga.key.clone())];
    let e = j.add_entry(&d).unwrap();

    let renamed = j
        .rename_item(
            CatalogueKind::Remedy,
            "yoga",
            &Label::new("Yin yoga").unwrap(),
        )
        .unwrap();
    assert_eq!(renamed.key.as_str(), "yoga");
    assert!(matches!(
        j.rename_item(CatalogueKind::Remedy, "yoga", &Label::new("heat").unwrap()),
        Err(Error::DuplicateItem { .. })
    ));

    j.set_archived(CatalogueKind::Remedy, "yoga", true).unwrap();
    // Archived: not for new entries, still on the old one, which can still be edited.
    assert!(matches!(j.add_entry(&d), Err(Error::ArchivedItem { .. })));
    assert_eq!(j.entry(e.id).unwrap().remedies[0].key.as_str(), "yoga");
    let mut edit = e.to_draft();
    edit.rating = rating(3);
    j.edit_entry(e.id, &edit).unwrap();
    j.set_archived(CatalogueKind::Remedy, "yoga", false)
        .unwrap();
    j.add_entry(&d).unwrap();

    // Found by key or by name, ignoring case.
    assert_eq!(
        j.find_item(CatalogueKind::Remedy, "Foam Rolling")
            .unwrap()
            .key
            .as_str(),
        "foam_rolling"
    );
    assert_eq!(
        j.find_item(CatalogueKind::Remedy, "HEAT")
            .unwrap()
            .key
            .as_str(),
        "heat"
    );
}

#[test]
fn short_ids_resolve_when_unique() {
    let tj = TempJournal::new();
    let mut j = tj.open();
    let e = j.add_entry(&draft("2026-06-01T10:00:00+02:00", 5)).unwrap();
    let full = e.id.to_string();
    assert_eq!(j.resolve_id(&full[..8]).unwrap(), e.id);
    assert_eq!(j.resolve_id(&full.to_uppercase()).unwrap(), e.id);
    assert!(j.resolve_id("abc").is_err());
    assert!(j.resolve_id("zzzzzzzz").is_err());
}

#[test]
fn backup_is_a_complete_journal() {
    let tj = crate::util::sample_journal(60, 3);
    let j = tj.open();
    let dest = tj.file("copy.db");
    j.backup_to(&dest).unwrap();
    // The copy opens as a journal with the same content, and a second backup never overwrites.
    let copy = relief::Journal::open(&dest).unwrap();
    assert_eq!(
        crate::util::export(&copy, relief::exchange::Format::Json),
        tj.snapshot()
    );
    assert_eq!(copy.integrity_check().unwrap(), "ok");
    assert!(j.backup_to(&dest).is_err());
}

#[test]
fn future_dates_are_refused_but_the_past_is_fine() {
    let tj = TempJournal::new();
    let mut j = tj.open();
    let err = j
        .add_entry(&draft("2062-01-01T08:00:00+01:00", 5))
        .unwrap_err();
    assert!(err.to_string().contains("in the future"), "{err}");
    j.add_entry(&draft("1999-01-01T08:00:00+01:00", 5)).unwrap();
}

/// The journal's "now" is its clock's: the future check, today's journal day and the
/// bookkeeping all follow a clock the caller gives, never the computer's behind its back.
#[test]
fn the_journal_reads_the_time_from_its_clock() {
    fn early_morning() -> chrono::DateTime<chrono::FixedOffset> {
        chrono::DateTime::parse_from_rfc3339("2020-05-04T02:30:00+02:00").unwrap()
    }
    let tj = TempJournal::new();
    let mut j = tj.open();
    j.set_clock(early_morning);
    assert_eq!(j.now(), early_morning());
    // Before the day-start hour (03:00) it is still the day before.
    assert_eq!(
        j.today().unwrap(),
        chrono::NaiveDate::from_ymd_opt(2020, 5, 3).unwrap()
    );
    // A check-in an hour after this clock's "now" is in the future; one before it is not.
    let err = j
        .add_entry(&draft("2020-05-04T03:40:00+02:00", 5))
        .unwrap_err();
    assert!(err.to_string().contains("in the future"), "{err}");
    let saved = j.add_entry(&draft("2020-05-04T02:00:00+02:00", 5)).unwrap();
    assert_eq!(j.entries(&Filter::default()).unwrap(), vec![saved]);
}
