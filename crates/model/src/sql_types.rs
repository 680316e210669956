//! How the journal's typed values are stored in SQLite columns, and read back through the same
//! checks: a value that breaks a rule on the way out of the file is reported, never trusted.

use rusqlite::types::{FromSql, FromSqlError, FromSqlResult, ToSqlOutput, ValueRef};
use rusqlite::ToSql;

use crate::model::{Detail, EntryId, Key, Label, Minutes, Note, Rating, Region, Timestamp};

fn text(value: ValueRef<'_>) -> FromSqlResult<&str> {
    value.as_str()
}

fn bad(e: impl std::error::Error + Send + Sync + 'static) -> FromSqlError {
    FromSqlError::Other(Box::new(e))
}

macro_rules! text_column {
    ($ty:ty, $parse:expr, $as_str:expr) => {
        impl FromSql for $ty {
            fn column_result(value: ValueRef<'_>) -> FromSqlResult<Self> {
                $parse(text(value)?).map_err(bad)
            }
        }
        impl ToSql for $ty {
            fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
                Ok(ToSqlOutput::from($as_str(self)))
            }
        }
    };
}

text_column!(Key, Key::new, |k: &Key| k.as_str().to_owned());
text_column!(Label, Label::stored, |l: &Label| l.as_str().to_owned());
text_column!(Region, Region::from_key, |r: &Region| r.key().to_owned());
text_column!(Timestamp, Timestamp::parse, |t: &Timestamp| t.to_rfc3339());
text_column!(EntryId, EntryId::parse, |id: &EntryId| id.to_string());

impl FromSql for Note {
    fn column_result(value: ValueRef<'_>) -> FromSqlResult<Self> {
        Note::try_from(text(value)?.to_owned()).map_err(bad)
    }
}

impl ToSql for Note {
    fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
        Ok(ToSqlOutput::from(self.as_str()))
    }
}

impl FromSql for Detail {
    fn column_result(value: ValueRef<'_>) -> FromSqlResult<Self> {
        Detail::try_from(text(value)?.to_owned()).map_err(bad)
    }
}

impl ToSql for Detail {
    fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
        Ok(ToSqlOutput::from(self.as_str()))
    }
}

impl FromSql for Rating {
    fn column_result(value: ValueRef<'_>) -> FromSqlResult<Self> {
        Rating::new(value.as_i64()?).map_err(bad)
    }
}

impl ToSql for Rating {
    fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
        Ok(ToSqlOutput::from(i64::from(self.get())))
    }
}

impl FromSql for Minutes {
    fn column_result(value: ValueRef<'_>) -> FromSqlResult<Self> {
        Minutes::new(value.as_i64()?).map_err(bad)
    }
}

impl ToSql for Minutes {
    fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
        Ok(ToSqlOutput::from(i64::from(self.get())))
    }
}
