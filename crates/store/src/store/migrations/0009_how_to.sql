-- A remedy's own short how-to, written by the person (docs/safety.md): kept in the journal,
-- exported and synced with the remedy. Causes have none; the column is there so both
-- catalogues read alike.
ALTER TABLE remedy ADD COLUMN how_to TEXT CHECK (how_to IS NULL OR length(how_to) BETWEEN 1 AND 2000);
ALTER TABLE cause ADD COLUMN how_to TEXT CHECK (how_to IS NULL);
