-- "How sore now?" questions Relief will ask after a remedy session: one per remedy of an entry,
-- kept in the journal so a question survives an app restart. `ends_utc` is when the session
-- ended (a timer's end, or the check-in); the answer's minutes-after count from there.
CREATE TABLE followup (
    entry_id  INTEGER NOT NULL REFERENCES entry (id) ON DELETE CASCADE,
    remedy_id INTEGER NOT NULL REFERENCES remedy (id),
    ends_utc  INTEGER NOT NULL,
    due_utc   INTEGER NOT NULL CHECK (due_utc >= ends_utc),
    PRIMARY KEY (entry_id, remedy_id)
) STRICT;

CREATE INDEX followup_by_due ON followup (due_utc);
