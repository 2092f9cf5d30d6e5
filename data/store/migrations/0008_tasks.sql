-- 0008: supervised tasks (督办, 三十 and 三十六 to 三十八): each from a
-- meeting's 议定事项, a leader's 批示, or a 人大代表建议/政协委员提案, with a
-- lead unit, helping units, a due date, feedback and reminders, and a result.
-- 逾期 is not stored: it is judged against the day.

CREATE TABLE tasks (
    id           INTEGER PRIMARY KEY,
    source       TEXT    NOT NULL CHECK (source IN ('minutes', 'instruction', 'npc', 'cppcc')),
    minutes_id   INTEGER REFERENCES minutes(id) ON DELETE RESTRICT,
    leader_id    INTEGER REFERENCES people(id) ON DELETE RESTRICT,
    title        TEXT    NOT NULL CHECK (title <> ''),
    detail       TEXT    NOT NULL DEFAULT '',
    reference    TEXT    NOT NULL DEFAULT '',
    lead_unit_id INTEGER NOT NULL REFERENCES units(id) ON DELETE RESTRICT,
    assigned     TEXT    NOT NULL,
    due          TEXT    NOT NULL CHECK (due >= assigned),
    status       TEXT    NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'doing', 'done')),
    closed_on    TEXT    NOT NULL DEFAULT '',
    result       TEXT    NOT NULL DEFAULT '',
    version      INTEGER NOT NULL DEFAULT 1,
    CHECK (status <> 'done' OR (closed_on <> '' AND result <> ''))
) STRICT;
CREATE INDEX tasks_minutes ON tasks(minutes_id);
CREATE INDEX tasks_leader ON tasks(leader_id);
CREATE INDEX tasks_lead_unit ON tasks(lead_unit_id);
CREATE INDEX tasks_due ON tasks(due);

CREATE TABLE task_units (
    task_id INTEGER NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
    unit_id INTEGER NOT NULL REFERENCES units(id) ON DELETE RESTRICT,
    PRIMARY KEY (task_id, unit_id)
) STRICT;
CREATE INDEX task_units_unit ON task_units(unit_id);

CREATE TABLE task_notes (
    id          INTEGER PRIMARY KEY,
    task_id     INTEGER NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
    kind        TEXT    NOT NULL CHECK (kind IN ('feedback', 'reminder')),
    day         TEXT    NOT NULL,
    text        TEXT    NOT NULL,
    recorded_at TEXT    NOT NULL,
    recorded_by TEXT    NOT NULL
) STRICT;
CREATE INDEX task_notes_task ON task_notes(task_id, day);
