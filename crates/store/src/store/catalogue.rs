//! Remedy and cause catalogues: built-ins plus the person's own, renamed and archived, never
//! hard-deleted while an entry uses them.

use rusqlite::{params, Connection, OptionalExtension};

use super::Journal;
use crate::error::{Error, Result};
use crate::model::{CatalogueItem, CatalogueKind, Key, Label, Note};

pub(super) fn table(kind: CatalogueKind) -> &'static str {
    match kind {
        CatalogueKind::Remedy => "remedy",
        CatalogueKind::Cause => "cause",
    }
}

/// A catalogue row as the store sees it.
#[derive(Debug, Clone)]
pub(super) struct Row {
    pub id: i64,
    pub item: CatalogueItem,
}

fn read_row(row: &rusqlite::Row<'_>) -> rusqlite::Result<Row> {
    Ok(Row {
        id: row.get(0)?,
        item: CatalogueItem {
            key: row.get(1)?,
            label: row.get(2)?,
            archived: row.get(3)?,
            how_to: row.get(4)?,
        },
    })
}

pub(super) fn all(conn: &Connection, kind: CatalogueKind) -> Result<Vec<Row>> {
    let sql = format!(
        "SELECT id, key, label, archived, how_to FROM {} ORDER BY builtin DESC, CASE builtin WHEN 1 THEN id END, key",
        table(kind)
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt
        .query_map([], read_row)?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}

pub(super) fn by_key(conn: &Connection, kind: CatalogueKind, key: &str) -> Result<Option<Row>> {
    let sql = format!(
        "SELECT id, key, label, archived, how_to FROM {} WHERE key = ?1",
        table(kind)
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let row = stmt.query_row([key], read_row).optional()?;
    Ok(row)
}

/// The item whose name reads the same as `label` (see [`Label::folded`]).
pub(super) fn by_label(conn: &Connection, kind: CatalogueKind, label: &str) -> Result<Option<Row>> {
    let Ok(wanted) = Label::stored(label) else {
        return Ok(None);
    };
    let wanted = wanted.folded();
    Ok(all(conn, kind)?
        .into_iter()
        .find(|r| r.item.label.folded() == wanted))
}

/// The item with `key`; an unknown key is an error listing the known ones.
pub(super) fn known(conn: &Connection, kind: CatalogueKind, key: &str) -> Result<Row> {
    by_key(conn, kind, key)?.ok_or_else(|| unknown(conn, kind, key))
}

/// Refuses `label` when an item other than `id` already has that name.
fn name_free(conn: &Connection, kind: CatalogueKind, label: &Label, id: Option<i64>) -> Result<()> {
    match by_label(conn, kind, label.as_str())? {
        Some(other) if Some(other.id) != id => Err(Error::DuplicateItem {
            kind,
            label: other.item.label.to_string(),
            key: other.item.key.to_string(),
        }),
        _ => Ok(()),
    }
}

/// The error for a key that is not in the catalogue, listing what is.
pub(super) fn unknown(conn: &Connection, kind: CatalogueKind, key: &str) -> Error {
    let known = match all(conn, kind) {
        Ok(rows) => rows
            .iter()
            .filter(|r| !r.item.archived)
            .map(|r| r.item.key.to_string())
            .collect::<Vec<_>>()
            .join(", "),
        Err(e) => return e,
    };
    Error::UnknownItem {
        kind,
        key: key.escape_debug().to_string(),
        known,
    }
}

/// Inserts a new item; the key comes from `key` or, if absent, from the label.
pub(super) fn insert(
    conn: &Connection,
    kind: CatalogueKind,
    key: Option<&Key>,
    label: &Label,
    archived: bool,
) -> Result<Row> {
    name_free(conn, kind, label, None)?;
    let key = match key {
        Some(k) => {
            if by_key(conn, kind, k.as_str())?.is_some() {
                return Err(Error::DuplicateItem {
                    kind,
                    label: label.to_string(),
                    key: k.to_string(),
                });
            }
            k.clone()
        }
        None => free_key(conn, kind, label)?,
    };
    let sql = format!(
        "INSERT INTO {} (key, label, label_fold, archived) VALUES (?1, ?2, ?3, ?4)",
        table(kind)
    );
    conn.prepare_cached(&sql)?.execute(params![
        key.as_str(),
        label.as_str(),
        label.folded(),
        archived
    ])?;
    Ok(Row {
        id: conn.last_insert_rowid(),
        item: CatalogueItem {
            key,
            label: label.clone(),
            archived,
            how_to: None,
        },
    })
}

/// A new remedy from a file keeps the how-to the file gives it (causes have none).
pub(super) fn keep_how_to(
    conn: &Connection,
    kind: CatalogueKind,
    mut row: Row,
    how_to: Option<&Note>,
) -> Result<Row> {
    if kind == CatalogueKind::Remedy && how_to.is_some() {
        conn.execute(
            "UPDATE remedy SET how_to = ?1 WHERE id = ?2",
            params![how_to, row.id],
        )?;
        row.item.how_to = how_to.cloned();
    }
    Ok(row)
}

/// Gives an existing item the name and archived state `item` has (importing into a journal that
/// has never held an entry). A name another item holds is refused as a duplicate.
pub(super) fn restate(
    conn: &Connection,
    kind: CatalogueKind,
    row: Row,
    item: &CatalogueItem,
) -> Result<Row> {
    name_free(conn, kind, &item.label, Some(row.id))?;
    let how_to = item
        .how_to
        .as_ref()
        .filter(|_| kind == CatalogueKind::Remedy);
    let sql = format!(
        "UPDATE {} SET label = ?1, label_fold = ?2, archived = ?3, how_to = ?4 WHERE id = ?5",
        table(kind)
    );
    conn.execute(
        &sql,
        params![
            item.label.as_str(),
            item.label.folded(),
            item.archived,
            how_to,
            row.id
        ],
    )?;
    Ok(Row {
        id: row.id,
        item: CatalogueItem {
            how_to: how_to.cloned(),
            ..item.clone()
        },
    })
}

/// A key made from the label that no item has yet: `yoga`, `yoga_2`, … or `custom_1` when the
/// label has no ASCII letters.
/// An item as sync merged it (`docs/sync.md`): added with its own key, or given its merged
/// name and state. Items merge by key, and a key is made from the name, so the same name made
/// on two computers is one item; a name another key holds here is told apart by its key.
pub(super) fn synced(
    conn: &Connection,
    kind: CatalogueKind,
    key: &Key,
    label: &Label,
    archived: bool,
    how_to: Option<&Note>,
) -> Result<()> {
    let label = match by_label(conn, kind, label.as_str())? {
        Some(other) if other.item.key != *key => {
            Label::stored(&format!("{label} ({key})")).map_err(|e| Error::invalid("name", e))?
        }
        _ => label.clone(),
    };
    let id = match by_key(conn, kind, key.as_str())? {
        None => insert(conn, kind, Some(key), &label, archived)?.id,
        Some(row) => {
            let sql = format!(
                "UPDATE {} SET label = ?1, label_fold = ?2, archived = ?3 WHERE id = ?4",
                table(kind)
            );
            conn.execute(
                &sql,
                params![label.as_str(), label.folded(), archived, row.id],
            )?;
            row.id
        }
    };
    let sql = format!("UPDATE {} SET how_to = ?1 WHERE id = ?2", table(kind));
    conn.execute(&sql, params![how_to, id])?;
    Ok(())
}

fn free_key(conn: &Connection, kind: CatalogueKind, label: &Label) -> Result<Key> {
    let base = Key::slug(label.as_str()).map(String::from);
    let stem = base.clone().unwrap_or_else(|| "custom".to_owned());
    let mut n = 0;
    loop {
        n += 1;
        let candidate = if n == 1 && base.is_some() {
            stem.clone()
        } else {
            format!("{stem}_{n}")
        };
        let key = Key::new(&candidate).map_err(|e| Error::invalid("key", e))?;
        if by_key(conn, kind, key.as_str())?.is_none() {
            return Ok(key);
        }
    }
}

impl Journal {
    /// All items of a catalogue, archived ones included: the built-in ones in their fixed order,
    /// then the person's own by key — the same order on every computer a journal syncs to.
    pub fn catalogue(&self, kind: CatalogueKind) -> Result<Vec<CatalogueItem>> {
        Ok(all(&self.conn, kind)?.into_iter().map(|r| r.item).collect())
    }

    /// Finds an item by key or by name, ignoring case: `heat`, `Heat`, `Foam rolling`.
    pub fn find_item(&self, kind: CatalogueKind, text: &str) -> Result<CatalogueItem> {
        let text = text.trim();
        if let Some(row) = by_key(&self.conn, kind, &text.to_lowercase())? {
            return Ok(row.item);
        }
        if let Some(row) = by_label(&self.conn, kind, text)? {
            return Ok(row.item);
        }
        Err(unknown(&self.conn, kind, text))
    }

    /// Adds the person's own remedy or cause. Names are unique ignoring case.
    pub fn add_item(&mut self, kind: CatalogueKind, label: &Label) -> Result<CatalogueItem> {
        let tx = self.write()?;
        let row = insert(&tx, kind, None, label, false)?;
        tx.commit()?;
        Ok(row.item)
    }

    /// Renames an item. Its key, and so every export, stays the same.
    pub fn rename_item(
        &mut self,
        kind: CatalogueKind,
        key: &str,
        label: &Label,
    ) -> Result<CatalogueItem> {
        let tx = self.write()?;
        let row = known(&tx, kind, key)?;
        name_free(&tx, kind, label, Some(row.id))?;
        let sql = format!(
            "UPDATE {} SET label = ?1, label_fold = ?2 WHERE id = ?3",
            table(kind)
        );
        tx.execute(&sql, params![label.as_str(), label.folded(), row.id])?;
        tx.commit()?;
        Ok(CatalogueItem {
            label: label.clone(),
            ..row.item
        })
    }

    /// Gives an own remedy the person's short how-to, or takes it away (`docs/safety.md`). A
    /// built-in remedy has Relief's guide instead.
    pub fn set_how_to(&mut self, key: &str, how_to: Option<&Note>) -> Result<CatalogueItem> {
        let tx = self.write()?;
        let row = known(&tx, CatalogueKind::Remedy, key)?;
        if crate::model::safety::guide(key).is_some() {
            return Err(Error::invalid(
                "how_to",
                crate::model::ValueError::new("rule-how-to-builtin").with("got", key.to_owned()),
            ));
        }
        tx.execute(
            "UPDATE remedy SET how_to = ?1 WHERE id = ?2",
            params![how_to, row.id],
        )?;
        tx.commit()?;
        Ok(CatalogueItem {
            how_to: how_to.cloned(),
            ..row.item
        })
    }

    /// Archives (hides from new entries) or unarchives an item. Old entries keep it.
    pub fn set_archived(
        &mut self,
        kind: CatalogueKind,
        key: &str,
        archived: bool,
    ) -> Result<CatalogueItem> {
        let tx = self.write()?;
        let row = known(&tx, kind, key)?;
        let sql = format!("UPDATE {} SET archived = ?1 WHERE id = ?2", table(kind));
        tx.execute(&sql, params![archived, row.id])?;
        tx.commit()?;
        Ok(CatalogueItem {
            archived,
            ..row.item
        })
    }
}
