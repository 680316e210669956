-- Sync through a folder (docs/sync.md). None of these tables is read unless the person sets
-- sync up; the triggers mark nothing until then.

-- This computer's part: its id, the key files are sealed with, the folder, the clock's last
-- reading and the next file's number. Never synced itself.
CREATE TABLE sync_state (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
) STRICT, WITHOUT ROWID;

-- The last value of every field of every synced thing ('entry/<id>', 'remedy/<key>',
-- 'cause/<key>', 'setting/<key>'), with the stamp of the change that set it: later wins.
CREATE TABLE sync_field (
    thing TEXT NOT NULL,
    field TEXT NOT NULL,
    stamp TEXT NOT NULL,
    value TEXT NOT NULL,
    PRIMARY KEY (thing, field)
) STRICT, WITHOUT ROWID;

-- Check-ins changed here since the last round (by any path: the app, the CLI, an import).
CREATE TABLE sync_dirty (
    thing TEXT PRIMARY KEY NOT NULL
) STRICT, WITHOUT ROWID;

-- Things whose fields came in but cannot be written yet (a check-in whose remedy has not
-- arrived, a check-in known only by a later edit): tried again every round.
CREATE TABLE sync_pending (
    thing TEXT PRIMARY KEY NOT NULL
) STRICT, WITHOUT ROWID;

-- Every computer's files that were applied here, by number, never by a file's time.
CREATE TABLE sync_seen (
    computer TEXT NOT NULL,
    seq      INTEGER NOT NULL,
    name     TEXT NOT NULL,
    newest   TEXT NOT NULL,
    PRIMARY KEY (computer, seq)
) STRICT, WITHOUT ROWID;

-- This computer's changes not yet in the folder (it was missing, full or read-only).
CREATE TABLE sync_outbox (
    seq     INTEGER PRIMARY KEY,
    changes TEXT NOT NULL
) STRICT;

-- Files that could not be applied and why; tried again every round.
CREATE TABLE sync_aside (
    file   TEXT PRIMARY KEY NOT NULL,
    reason TEXT NOT NULL
) STRICT, WITHOUT ROWID;

CREATE TRIGGER sync_entry_added AFTER INSERT ON entry
WHEN EXISTS (SELECT 1 FROM sync_state WHERE key = 'computer')
BEGIN
    INSERT OR IGNORE INTO sync_dirty (thing) VALUES ('entry/' || NEW.uuid);
END;

CREATE TRIGGER sync_entry_changed AFTER UPDATE ON entry
WHEN EXISTS (SELECT 1 FROM sync_state WHERE key = 'computer')
BEGIN
    INSERT OR IGNORE INTO sync_dirty (thing) VALUES ('entry/' || NEW.uuid);
END;

CREATE TRIGGER sync_region_added AFTER INSERT ON entry_region
WHEN EXISTS (SELECT 1 FROM sync_state WHERE key = 'computer')
BEGIN
    INSERT OR IGNORE INTO sync_dirty (thing)
    SELECT 'entry/' || uuid FROM entry WHERE id = NEW.entry_id;
END;

CREATE TRIGGER sync_region_removed AFTER DELETE ON entry_region
WHEN EXISTS (SELECT 1 FROM sync_state WHERE key = 'computer')
BEGIN
    INSERT OR IGNORE INTO sync_dirty (thing)
    SELECT 'entry/' || uuid FROM entry WHERE id = OLD.entry_id;
END;

CREATE TRIGGER sync_cause_added AFTER INSERT ON entry_cause
WHEN EXISTS (SELECT 1 FROM sync_state WHERE key = 'computer')
BEGIN
    INSERT OR IGNORE INTO sync_dirty (thing)
    SELECT 'entry/' || uuid FROM entry WHERE id = NEW.entry_id;
END;

CREATE TRIGGER sync_cause_removed AFTER DELETE ON entry_cause
WHEN EXISTS (SELECT 1 FROM sync_state WHERE key = 'computer')
BEGIN
    INSERT OR IGNORE INTO sync_dirty (thing)
    SELECT 'entry/' || uuid FROM entry WHERE id = OLD.entry_id;
END;

CREATE TRIGGER sync_use_added AFTER INSERT ON remedy_use
WHEN EXISTS (SELECT 1 FROM sync_state WHERE key = 'computer')
BEGIN
    INSERT OR IGNORE INTO sync_dirty (thing)
    SELECT 'entry/' || uuid FROM entry WHERE id = NEW.entry_id;
END;

CREATE TRIGGER sync_use_changed AFTER UPDATE ON remedy_use
WHEN EXISTS (SELECT 1 FROM sync_state WHERE key = 'computer')
BEGIN
    INSERT OR IGNORE INTO sync_dirty (thing)
    SELECT 'entry/' || uuid FROM entry WHERE id = NEW.entry_id;
END;

CREATE TRIGGER sync_use_removed AFTER DELETE ON remedy_use
WHEN EXISTS (SELECT 1 FROM sync_state WHERE key = 'computer')
BEGIN
    INSERT OR IGNORE INTO sync_dirty (thing)
    SELECT 'entry/' || uuid FROM entry WHERE id = OLD.entry_id;
END;
