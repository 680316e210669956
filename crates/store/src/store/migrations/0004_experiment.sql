-- Personal experiments (docs/experiments.md). A plan is written once, before its first slot,
-- and never changed: a new plan is a new experiment. What happens to it later (a skipped slot,
-- a stop) is added in rows of its own. The plan is kept whole as JSON (remedy keys, schedule,
-- seed as text), the form it is exported in.
CREATE TABLE experiment (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE,
    started_utc INTEGER NOT NULL,
    plan        TEXT NOT NULL CHECK (json_valid(plan))
) STRICT;

CREATE TABLE experiment_skip (
    experiment_id INTEGER NOT NULL REFERENCES experiment (id),
    slot          INTEGER NOT NULL CHECK (slot >= 0),
    at_utc        INTEGER NOT NULL,
    PRIMARY KEY (experiment_id, slot)
) STRICT;

CREATE TABLE experiment_stop (
    experiment_id INTEGER PRIMARY KEY REFERENCES experiment (id),
    at_utc        INTEGER NOT NULL,
    reason        TEXT NOT NULL CHECK (length(reason) BETWEEN 1 AND 500)
) STRICT;

CREATE TRIGGER experiment_plan_never_edited BEFORE UPDATE ON experiment
BEGIN
    SELECT RAISE(ABORT, 'an experiment plan is never edited');
END;

CREATE TRIGGER experiment_plan_never_deleted BEFORE DELETE ON experiment
BEGIN
    SELECT RAISE(ABORT, 'an experiment plan is never deleted');
END;
