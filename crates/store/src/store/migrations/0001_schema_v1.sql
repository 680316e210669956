-- Schema v1 of a Relief journal. Append-only: later changes go in new numbered files.

-- Marks the file as a Relief journal ("RLJ1"), so a foreign SQLite file is never mistaken for one.
PRAGMA application_id = 1380731441;

CREATE TABLE setting (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
) STRICT;

-- The fixed list of body regions; entry_region refers to it, so an unknown key cannot be stored.
CREATE TABLE region (
    key TEXT PRIMARY KEY NOT NULL
) STRICT, WITHOUT ROWID;

INSERT INTO region (key) VALUES
    ('between_shoulder_blades'), ('upper_back_left'), ('upper_back_right'), ('neck'),
    ('shoulder_left'), ('shoulder_right'), ('mid_back'), ('lower_back'), ('hip_left'),
    ('hip_right'), ('head'), ('jaw'), ('chest'), ('arm_left'), ('arm_right'), ('hand_left'),
    ('hand_right'), ('leg_left'), ('leg_right');

-- Catalogues. `key` is stable (exports refer to it); `label` is what people see and may be
-- renamed; `label_fold` (lowercased label) makes names unique ignoring case, in any script.
CREATE TABLE remedy (
    id         INTEGER PRIMARY KEY,
    key        TEXT NOT NULL UNIQUE,
    label      TEXT NOT NULL,
    label_fold TEXT NOT NULL UNIQUE,
    builtin    INTEGER NOT NULL DEFAULT 0 CHECK (builtin IN (0, 1)),
    archived   INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1))
) STRICT;

CREATE TABLE cause (
    id         INTEGER PRIMARY KEY,
    key        TEXT NOT NULL UNIQUE,
    label      TEXT NOT NULL,
    label_fold TEXT NOT NULL UNIQUE,
    builtin    INTEGER NOT NULL DEFAULT 0 CHECK (builtin IN (0, 1)),
    archived   INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1))
) STRICT;

INSERT INTO remedy (key, label, label_fold, builtin) VALUES
    ('stretch', 'Stretching', 'stretching', 1),
    ('foam_rolling', 'Foam rolling', 'foam rolling', 1),
    ('massage', 'Massage', 'massage', 1),
    ('heat', 'Heat', 'heat', 1),
    ('chiropractic', 'Chiropractic care', 'chiropractic care', 1),
    ('rest', 'Rest (did nothing)', 'rest (did nothing)', 1);

INSERT INTO cause (key, label, label_fold, builtin) VALUES
    ('posture', 'Posture', 'posture', 1),
    ('tension', 'Muscle tension', 'muscle tension', 1),
    ('injury', 'Injury', 'injury', 1),
    ('other', 'Other', 'other', 1);

-- One check-in. recorded_at keeps the person's UTC offset; recorded_utc orders and ranges;
-- journal_day (YYYY-MM-DD) is the day the entry counts toward under the day-start hour.
-- Times of bookkeeping (created/updated/deleted) are unix milliseconds.
CREATE TABLE entry (
    id           INTEGER PRIMARY KEY,
    uuid         TEXT NOT NULL UNIQUE,
    recorded_at  TEXT NOT NULL,
    recorded_utc INTEGER NOT NULL,
    journal_day  TEXT NOT NULL,
    rating       INTEGER NOT NULL CHECK (rating BETWEEN 0 AND 10),
    enjoyment    INTEGER CHECK (enjoyment BETWEEN 0 AND 10),
    activity     INTEGER CHECK (activity BETWEEN 0 AND 10),
    note         TEXT CHECK (length(note) BETWEEN 1 AND 2000),
    created_at   INTEGER NOT NULL,
    updated_at   INTEGER NOT NULL,
    deleted_at   INTEGER
) STRICT;

CREATE INDEX entry_by_time ON entry (recorded_utc);
CREATE INDEX entry_by_day ON entry (journal_day);
CREATE INDEX entry_by_deletion ON entry (deleted_at) WHERE deleted_at IS NOT NULL;

CREATE TABLE entry_region (
    entry_id INTEGER NOT NULL REFERENCES entry (id) ON DELETE CASCADE,
    region   TEXT NOT NULL REFERENCES region (key),
    rating   INTEGER CHECK (rating BETWEEN 0 AND 10),
    PRIMARY KEY (entry_id, region)
) STRICT, WITHOUT ROWID;

CREATE INDEX entry_region_by_region ON entry_region (region);

CREATE TABLE entry_cause (
    entry_id INTEGER NOT NULL REFERENCES entry (id) ON DELETE CASCADE,
    cause_id INTEGER NOT NULL REFERENCES cause (id),
    PRIMARY KEY (entry_id, cause_id)
) STRICT, WITHOUT ROWID;

CREATE INDEX entry_cause_by_cause ON entry_cause (cause_id);

-- A remedy tried at a check-in; rating_after is soreness measured after_minutes later.
CREATE TABLE remedy_use (
    id            INTEGER PRIMARY KEY,
    entry_id      INTEGER NOT NULL REFERENCES entry (id) ON DELETE CASCADE,
    remedy_id     INTEGER NOT NULL REFERENCES remedy (id),
    minutes       INTEGER CHECK (minutes BETWEEN 0 AND 1440),
    detail        TEXT CHECK (length(detail) BETWEEN 1 AND 200),
    rating_after  INTEGER CHECK (rating_after BETWEEN 0 AND 10),
    after_minutes INTEGER CHECK (after_minutes BETWEEN 0 AND 1440)
) STRICT;

CREATE INDEX remedy_use_by_entry ON remedy_use (entry_id);
CREATE INDEX remedy_use_by_remedy ON remedy_use (remedy_id);
