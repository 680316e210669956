-- Imports from other apps (docs/imports.md): where an imported check-in came from (its app and
-- file, as JSON; NULL for Relief's own), and the column mappings the person saved by name.
ALTER TABLE entry ADD COLUMN source TEXT CHECK (source IS NULL OR json_valid(source));

CREATE TABLE import_mapping (
    name    TEXT PRIMARY KEY NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    mapping TEXT NOT NULL
) STRICT;
