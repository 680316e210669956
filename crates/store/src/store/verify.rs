//! What makes an SQLite file a Relief journal this build may open: checked without writing,
//! before anything writes. The same check guards opening, restoring and every backup copy, so
//! a file that breaks the journal's rules is refused as damaged, naming the first bad row,
//! instead of taking writes while its reads fail.
//!
//! Three layers: SQLite's own `quick_check` (pages, records, NOT NULL); the schema exactly as
//! the migrations up to the file's `user_version` made it (so a file claiming an older version
//! than its tables, or tables altered by hand, is caught); and every row read through the same
//! typed values the journal uses ([`crate::model`]), with every reference pointing somewhere.
//! Settings are left out on purpose: a setting that cannot be read falls back to its default
//! and is repaired by the next save (see `settings.rs`).

use std::path::Path;

use rusqlite::types::FromSql;
use rusqlite::{Connection, Row};

use super::{APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION};
use crate::error::{Error, Result};
use crate::model::{Detail, EntryId, Key, Label, Minutes, Note, Rating, Region, Timestamp};

/// What an existing file turned out to be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Found {
    /// A Relief journal at this schema version, whole and following its rules.
    Journal { version: i64 },
    /// An SQLite database with nothing in it: it may become a journal.
    Empty,
}

/// Checks an open connection to the file at `path` (used only for messages).
pub(super) fn check(conn: &Connection, path: &Path) -> Result<Found> {
    let damaged = |detail: String| Error::Damaged {
        path: path.to_path_buf(),
        detail,
    };
    let sql = |e: rusqlite::Error| super::classify(path, e);
    let version = match stamps(conn, path)? {
        Found::Journal { version } => version,
        Found::Empty => return Ok(Found::Empty),
    };
    let quick: String = conn
        .query_row("PRAGMA quick_check(1)", [], |r| r.get(0))
        .map_err(sql)?;
    if quick != "ok" {
        return Err(damaged(quick));
    }
    schema(conn, version).map_err(&damaged)?;
    references(conn).map_err(&damaged)?;
    rows(conn).map_err(&damaged)?;
    Ok(Found::Journal { version })
}

/// The file's stamps alone: Relief's application id and a schema version this build reads.
/// All an open checks of a journal that is exactly as Relief sealed it (`seal.rs`): a newer
/// Relief may have written and sealed it since.
pub(super) fn stamps(conn: &Connection, path: &Path) -> Result<Found> {
    let sql = |e: rusqlite::Error| super::classify(path, e);
    let app: i32 = conn
        .query_row("PRAGMA application_id", [], |r| r.get(0))
        .map_err(sql)?;
    let version: i64 = conn
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .map_err(sql)?;
    let objects: i64 = conn
        .query_row("SELECT count(*) FROM sqlite_master", [], |r| r.get(0))
        .map_err(sql)?;
    if app != APPLICATION_ID {
        if app == 0 && version == 0 && objects == 0 {
            return Ok(Found::Empty);
        }
        return Err(Error::NotAJournal {
            path: path.to_path_buf(),
            reason: crate::i18n::Said::new("reason-other-database"),
        });
    }
    if version > SCHEMA_VERSION {
        return Err(Error::TooNew {
            path: path.to_path_buf(),
            found: version,
            supported: SCHEMA_VERSION,
        });
    }
    Ok(Found::Journal { version })
}

type Shape = Vec<(String, String, Option<String>)>;

fn shape(conn: &Connection) -> rusqlite::Result<Shape> {
    conn.prepare(
        "SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name",
    )?
    .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
    .collect()
}

/// The tables and indexes must be exactly what the migrations up to `version` create.
fn schema(conn: &Connection, version: i64) -> std::result::Result<(), String> {
    let expected = expected_shape(version).map_err(|e| e.to_string())?;
    let found = shape(conn).map_err(|e| e.to_string())?;
    if found == expected {
        return Ok(());
    }
    let describe = |(kind, name, _): &(String, String, Option<String>)| format!("{kind} {name}");
    let names = |s: &Shape| -> Vec<(String, String)> {
        s.iter().map(|(k, n, _)| (k.clone(), n.clone())).collect()
    };
    let (want, have) = (names(&expected), names(&found));
    let detail = if let Some(extra) = found
        .iter()
        .find(|o| !want.contains(&(o.0.clone(), o.1.clone())))
    {
        format!("unexpected {}", describe(extra))
    } else if let Some(missing) = expected
        .iter()
        .find(|o| !have.contains(&(o.0.clone(), o.1.clone())))
    {
        format!("missing {}", describe(missing))
    } else if let Some(changed) = found.iter().find(|o| !expected.contains(o)) {
        format!("{} was altered", describe(changed))
    } else {
        "its layout differs".into()
    };
    Err(format!(
        "its tables do not match journal schema version {version}: {detail}"
    ))
}

fn expected_shape(version: i64) -> rusqlite::Result<Shape> {
    let steps = usize::try_from(version).unwrap_or(0).min(MIGRATIONS.len());
    let mut mem = Connection::open_in_memory()?;
    let tx = mem.transaction()?;
    for m in &MIGRATIONS[..steps] {
        tx.execute_batch(m)?;
    }
    tx.commit()?;
    shape(&mem)
}

/// Every row that refers to another must find it (`PRAGMA foreign_key_check`).
fn references(conn: &Connection) -> std::result::Result<(), String> {
    let found: Option<(String, Option<i64>, String)> = conn
        .prepare("PRAGMA foreign_key_check")
        .and_then(|mut s| {
            let mut rows = s.query([])?;
            match rows.next()? {
                Some(r) => Ok(Some((r.get(0)?, r.get(1)?, r.get(2)?))),
                None => Ok(None),
            }
        })
        .map_err(|e| e.to_string())?;
    match found {
        None => Ok(()),
        Some((table, Some(rowid), parent)) => {
            Err(format!("{table} row {rowid} points to a missing {parent}"))
        }
        Some((table, None, parent)) => {
            Err(format!("a row of {table} points to a missing {parent}"))
        }
    }
}

/// Reads column `i` as the typed value `T`, naming the column when it breaks a rule.
fn field<T: FromSql>(row: &Row<'_>, i: usize, name: &str) -> std::result::Result<T, String> {
    row.get::<_, T>(i).map_err(|e| match e {
        rusqlite::Error::FromSqlConversionFailure(_, _, inner) => format!("{name}: {inner}"),
        rusqlite::Error::InvalidColumnType(_, _, t) => format!("{name}: a value of type {t}"),
        other => format!("{name}: {other}"),
    })
}

/// Runs `sql` and hands every row to `each`; the first complaint names the row.
fn each_row(
    conn: &Connection,
    sql: &str,
    each: impl Fn(&Row<'_>) -> std::result::Result<(), String>,
    name_of: impl Fn(&Row<'_>) -> String,
) -> std::result::Result<(), String> {
    let mut stmt = conn.prepare(sql).map_err(|e| e.to_string())?;
    let mut rows = stmt.query([]).map_err(|e| e.to_string())?;
    while let Some(row) = rows.next().map_err(|e| e.to_string())? {
        if let Err(problem) = each(row) {
            return Err(format!("{}: {problem}", name_of(row)));
        }
    }
    Ok(())
}

fn rows(conn: &Connection) -> std::result::Result<(), String> {
    let rowid = |table: &'static str| {
        move |r: &Row<'_>| format!("{table} row {}", r.get::<_, i64>(0).unwrap_or(0))
    };
    for table in ["remedy", "cause"] {
        each_row(
            conn,
            &format!("SELECT id, key, label, label_fold FROM {table}"),
            |r| {
                field::<Key>(r, 1, "key")?;
                let label: String = field(r, 2, "label")?;
                Label::stored(&label).map_err(|e| format!("label: {e}"))?;
                field::<String>(r, 3, "label_fold").map(drop)
            },
            rowid(table),
        )?;
    }
    each_row(
        conn,
        "SELECT key FROM region",
        |r| field::<Region>(r, 0, "key").map(drop),
        |r| format!("region '{}'", r.get::<_, String>(0).unwrap_or_default()),
    )?;
    each_row(
        conn,
        "SELECT id, uuid, recorded_at, recorded_utc, journal_day, rating, enjoyment, activity, note
         FROM entry",
        |r| {
            field::<EntryId>(r, 1, "id")?;
            let at: Timestamp = field(r, 2, "recorded_at")?;
            if field::<i64>(r, 3, "recorded_utc")? != at.unix() {
                return Err("recorded_utc does not match recorded_at".into());
            }
            let day: String = field(r, 4, "journal_day")?;
            // chrono's ISO reader: a fifth of the cost of a format string on 11,000 rows.
            day.parse::<chrono::NaiveDate>()
                .map_err(|_| format!("journal_day: '{}' is not a date", day.escape_debug()))?;
            field::<Rating>(r, 5, "rating")?;
            field::<Option<Rating>>(r, 6, "enjoyment")?;
            field::<Option<Rating>>(r, 7, "activity")?;
            field::<Option<Note>>(r, 8, "note").map(drop)
        },
        |r| match r.get::<_, EntryId>(1) {
            Ok(id) => format!("entry {id}"),
            Err(_) => format!("entry row {}", r.get::<_, i64>(0).unwrap_or(0)),
        },
    )?;
    each_row(
        conn,
        "SELECT entry_id, region, rating FROM entry_region",
        |r| {
            field::<Region>(r, 1, "region")?;
            field::<Option<Rating>>(r, 2, "rating").map(drop)
        },
        |r| format!("region of entry row {}", r.get::<_, i64>(0).unwrap_or(0)),
    )?;
    each_row(
        conn,
        "SELECT id, minutes, detail, rating_after, after_minutes FROM remedy_use",
        |r| {
            field::<Option<Minutes>>(r, 1, "minutes")?;
            field::<Option<Detail>>(r, 2, "detail")?;
            field::<Option<Rating>>(r, 3, "rating_after")?;
            field::<Option<Minutes>>(r, 4, "after_minutes").map(drop)
        },
        rowid("remedy use"),
    )?;
    Ok(())
}
