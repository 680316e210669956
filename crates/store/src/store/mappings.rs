//! Import mappings the person saved by name, kept in the journal (`docs/imports.md`).

use rusqlite::{params, OptionalExtension};

use super::Journal;
use crate::error::{Error, Result};
use crate::imports::Mapping;
use crate::model::ValueError;

impl Journal {
    /// Saves `mapping` as `name`, replacing a mapping of that name.
    pub fn save_mapping(&mut self, name: &str, mapping: &Mapping) -> Result<()> {
        let name = name.trim();
        if name.is_empty() || name.chars().count() > crate::model::MAPPING_NAME_MAX_CHARS {
            return Err(Error::invalid(
                "mapping name",
                ValueError::new("rule-mapping-name"),
            ));
        }
        mapping
            .check()
            .map_err(|m| Error::invalid("mapping", ValueError(m)))?;
        let tx = self.write()?;
        tx.prepare_cached(
            "INSERT INTO import_mapping (name, mapping) VALUES (?1, ?2)
             ON CONFLICT (name) DO UPDATE SET mapping = excluded.mapping",
        )?
        .execute(params![name, mapping.to_toml()])?;
        tx.commit()?;
        Ok(())
    }

    /// The mapping saved as `name`, if there is one.
    pub fn mapping(&self, name: &str) -> Result<Option<Mapping>> {
        let text: Option<String> = self
            .conn
            .prepare_cached("SELECT mapping FROM import_mapping WHERE name = ?1")?
            .query_row([name.trim()], |r| r.get(0))
            .optional()?;
        text.map(|t| {
            Mapping::from_toml(&t).map_err(|m| Error::Damaged {
                path: self.path.clone(),
                detail: format!("the saved mapping {name:?} cannot be read: {m}"),
            })
        })
        .transpose()
    }

    /// The names of the saved mappings.
    pub fn mapping_names(&self) -> Result<Vec<String>> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT name FROM import_mapping ORDER BY name")?;
        let names = stmt
            .query_map([], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        Ok(names)
    }
}
