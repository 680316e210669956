-- Red flags reported with a check-in (docs/safety.md): signs that come with the soreness and
-- need a doctor, by key ('chest_pain', 'fever', ...). Kept with the check-in, exported with it,
-- and synced as one of its fields.
CREATE TABLE entry_red_flag (
    entry_id INTEGER NOT NULL REFERENCES entry (id) ON DELETE CASCADE,
    flag     TEXT NOT NULL,
    PRIMARY KEY (entry_id, flag)
) STRICT, WITHOUT ROWID;

CREATE TRIGGER sync_red_flag_added AFTER INSERT ON entry_red_flag
WHEN EXISTS (SELECT 1 FROM sync_state WHERE key = 'computer')
BEGIN
    INSERT OR IGNORE INTO sync_dirty (thing)
    SELECT 'entry/' || uuid FROM entry WHERE id = NEW.entry_id;
END;

CREATE TRIGGER sync_red_flag_removed AFTER DELETE ON entry_red_flag
WHEN EXISTS (SELECT 1 FROM sync_state WHERE key = 'computer')
BEGIN
    INSERT OR IGNORE INTO sync_dirty (thing)
    SELECT 'entry/' || uuid FROM entry WHERE id = OLD.entry_id;
END;
