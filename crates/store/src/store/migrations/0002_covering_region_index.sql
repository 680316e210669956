-- Listing and statistics read every region row with its rating; an index on (region, rating)
-- covers those reads (the primary key's entry_id rides along in a WITHOUT ROWID table), so
-- SQLite no longer looks each row up in the table.
DROP INDEX entry_region_by_region;
CREATE INDEX entry_region_by_region ON entry_region (region, rating);
