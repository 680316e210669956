//! Adding, changing, deleting and listing check-ins.

use std::io::Write;

use relief::i18n::Value::Text;
use relief::model::{
    CatalogueKind, EntryDraft, Filter, Key, Note, RemedyUse, Timestamp, ValueError,
};
use relief::{system, Error, Journal};

use super::args::{AddArgs, Clearable, EditArgs, EntryArgs, ListArgs};
use super::parse::check_range;
use super::{print, say, Outcome};

pub(super) fn note(text: &str) -> Result<Option<Note>, Error> {
    Note::new(text).map_err(|e| Error::invalid("note", e))
}

/// Applies the given fields of `args` to `draft`, resolving remedy and cause names.
pub(super) fn apply(
    journal: &Journal,
    draft: &mut EntryDraft,
    args: EntryArgs,
) -> Result<(), Error> {
    if let Some(at) = args.at {
        draft.recorded_at = at;
    }
    if !args.region.is_empty() {
        draft.regions = args.region;
    }
    if !args.cause.is_empty() {
        draft.causes = args
            .cause
            .iter()
            .map(|c| journal.find_item(CatalogueKind::Cause, c).map(|i| i.key))
            .collect::<Result<Vec<Key>, Error>>()?;
    }
    if !args.remedy.is_empty() {
        draft.remedies = args
            .remedy
            .into_iter()
            .map(|spec| {
                let item = journal.find_item(CatalogueKind::Remedy, &spec.remedy)?;
                Ok(RemedyUse {
                    key: item.key,
                    minutes: spec.minutes,
                    detail: spec.detail,
                    rating_after: spec.rating_after,
                    after_minutes: spec.after_minutes,
                })
            })
            .collect::<Result<Vec<_>, Error>>()?;
    }
    if let Some(text) = args.note {
        draft.note = note(&text)?;
    }
    if args.enjoyment.is_some() {
        draft.enjoyment = args.enjoyment;
    }
    if args.activity.is_some() {
        draft.activity = args.activity;
    }
    if !args.red_flag.is_empty() {
        draft.red_flags = args.red_flag;
    }
    Ok(())
}

/// After saving a check-in with red flags: what to do, plainly (`docs/safety.md`).
fn tell_red_flags(draft: &EntryDraft, out: &mut dyn Write) -> std::io::Result<()> {
    if let Some(tier) = relief::model::safety::tier_of(&draft.red_flags) {
        let (number, _) = system::emergency_numbers();
        say(out, tier.message(), &[("number", Text(number))])?;
    }
    Ok(())
}

/// Logs a check-in now (or `--at`).
pub(super) fn add(journal: &mut Journal, args: AddArgs, out: &mut dyn Write) -> Outcome {
    let now = Timestamp::new(journal.now());
    let mut draft = EntryDraft::new(now, args.rating);
    apply(journal, &mut draft, args.entry)?;
    let entry = journal.add_entry(&draft)?;
    writeln!(out, "{}", entry.id)?;
    tell_red_flags(&draft, out)?;
    Ok(())
}

/// Replaces the fields given; the rest stay.
pub(super) fn edit(journal: &mut Journal, args: EditArgs, out: &mut dyn Write) -> Outcome {
    let id = journal.resolve_id(&args.id)?;
    let before = journal.entry(id)?;
    let mut draft = before.to_draft();
    if let Some(rating) = args.rating {
        draft.rating = rating;
    }
    for field in &args.clear {
        match field {
            Clearable::Regions => draft.regions.clear(),
            Clearable::Causes => draft.causes.clear(),
            Clearable::Remedies => draft.remedies.clear(),
            Clearable::Note => draft.note = None,
            Clearable::Enjoyment => draft.enjoyment = None,
            Clearable::Activity => draft.activity = None,
            Clearable::RedFlags => draft.red_flags.clear(),
        }
    }
    apply(journal, &mut draft, args.entry)?;
    if draft == before.to_draft() {
        return Err(Error::invalid("edit", ValueError::new("rule-nothing-to-change")).into());
    }
    let entry = journal.edit_entry(id, &draft)?;
    writeln!(out, "{}", entry.id)?;
    Ok(())
}

/// Deletes softly; `relief undo` brings it back.
pub(super) fn delete(journal: &mut Journal, id: String, out: &mut dyn Write) -> Outcome {
    let id = journal.resolve_id(&id)?;
    journal.delete_entry(id)?;
    let id = id.to_string();
    say(out, "cli-deleted", &[("id", Text(&id))])?;
    Ok(())
}

/// Brings back the most recently deleted entry.
pub(super) fn undo(journal: &mut Journal, out: &mut dyn Write) -> Outcome {
    let entry = journal.undo_delete()?;
    let id = entry.id.to_string();
    say(out, "cli-restored-entry", &[("id", Text(&id))])?;
    Ok(())
}

/// Entries by journal day, as text or JSON.
pub(super) fn list(journal: &Journal, args: ListArgs, out: &mut dyn Write) -> Outcome {
    check_range(args.from, args.to)?;
    let key_of = |kind, text: &Option<String>| {
        text.as_ref()
            .map(|t| journal.find_item(kind, t).map(|item| item.key))
            .transpose()
    };
    let filter = Filter {
        from: args.from,
        to: args.to,
        remedy: key_of(CatalogueKind::Remedy, &args.remedy)?,
        cause: key_of(CatalogueKind::Cause, &args.cause)?,
        region: args.region,
    };
    let entries = journal.entries(&filter)?;
    if args.json {
        return print(out, true, entries.as_slice(), |_, _| Ok(()));
    }
    let m = system::messages();
    super::show::entries(out, &entries, &m)?;
    Ok(())
}
