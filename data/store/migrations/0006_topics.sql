-- 0006: agenda topics (议题) of clauses 二十二 to 二十五 and 四十一: a topic,
-- its checklist, the related units' opinions (and whether each attends for
-- it), its materials kept under a content hash, and the history of its
-- moves through the seven steps.

CREATE TABLE topics (
    id               INTEGER PRIMARY KEY,
    title            TEXT    NOT NULL CHECK (title <> ''),
    unit_id          INTEGER NOT NULL REFERENCES units(id) ON DELETE RESTRICT,
    reporter         TEXT    NOT NULL DEFAULT '',
    leader_id        INTEGER REFERENCES people(id) ON DELETE RESTRICT,
    meeting_kind     TEXT    NOT NULL CHECK (meeting_kind IN ('plenary','executive','mayor_office','topical','citywide','department')),
    meeting_id       INTEGER REFERENCES meetings(id) ON DELETE SET NULL,
    summary          TEXT    NOT NULL DEFAULT '',
    minutes          INTEGER NOT NULL DEFAULT 0 CHECK (minutes BETWEEN 0 AND 600),
    flags            TEXT    NOT NULL DEFAULT '', -- major,three_major,normative,public,dept_major
    subjects         TEXT    NOT NULL DEFAULT '', -- 二十三 subjects, comma separated
    mayor_matters    TEXT    NOT NULL DEFAULT '', -- 八 matters, comma separated
    towns            TEXT    NOT NULL DEFAULT '', -- affected 镇（区、街道）, newline separated
    state            TEXT    NOT NULL CHECK (state IN ('research','legal','reported','declared','collected','approved','deferred','returned','noticed','deliberated')),
    state_reason     TEXT    NOT NULL DEFAULT '',
    outcome          TEXT    NOT NULL DEFAULT '' CHECK (outcome IN ('','passed','passed_in_principle','revise','deferred','rejected')),
    declared_on      TEXT    NOT NULL DEFAULT '',
    late_approval    TEXT    NOT NULL DEFAULT '', -- the 市长's recorded approval of a late declaration
    legal_number     TEXT    NOT NULL DEFAULT '',
    legal_date       TEXT    NOT NULL DEFAULT '',
    legal_conclusion TEXT    NOT NULL DEFAULT '',
    legal_scan       TEXT    NOT NULL DEFAULT '', -- content hash of the scanned opinion
    followup_done    TEXT    NOT NULL DEFAULT '', -- 二十三: the report to the 市委/人大常委会, when recorded
    agenda_order     INTEGER NOT NULL DEFAULT 0,
    version          INTEGER NOT NULL DEFAULT 1,
    created_at       TEXT    NOT NULL,
    updated_at       TEXT    NOT NULL
) STRICT;
CREATE INDEX topics_meeting ON topics(meeting_id, agenda_order);
CREATE INDEX topics_unit ON topics(unit_id);
CREATE INDEX topics_leader ON topics(leader_id);

-- A checklist item done (二十二, 二十四), with its date, note and optional
-- attachment (a content hash in the materials folder).
CREATE TABLE topic_checks (
    topic_id   INTEGER NOT NULL REFERENCES topics(id) ON DELETE CASCADE,
    key        TEXT    NOT NULL CHECK (key <> ''),
    done_on    TEXT    NOT NULL,
    note       TEXT    NOT NULL DEFAULT '',
    attachment TEXT    NOT NULL DEFAULT '',
    PRIMARY KEY (topic_id, key)
) STRICT;

-- The related units (二十四, 四十一 step 1): each one's opinion and whether
-- it attends the meeting for this topic (per-topic 列席).
CREATE TABLE topic_units (
    topic_id INTEGER NOT NULL REFERENCES topics(id) ON DELETE CASCADE,
    unit_id  INTEGER NOT NULL REFERENCES units(id) ON DELETE RESTRICT,
    opinion  TEXT    NOT NULL DEFAULT '' CHECK (opinion IN ('','agree','differ')),
    text     TEXT    NOT NULL DEFAULT '',
    attends  INTEGER NOT NULL DEFAULT 1 CHECK (attends IN (0, 1)),
    CHECK (opinion <> 'differ' OR text <> ''),
    PRIMARY KEY (topic_id, unit_id)
) STRICT;
CREATE INDEX topic_units_unit ON topic_units(unit_id);

-- Materials: the file lives in the data folder under its content hash.
CREATE TABLE topic_materials (
    id       INTEGER PRIMARY KEY,
    topic_id INTEGER NOT NULL REFERENCES topics(id) ON DELETE CASCADE,
    name     TEXT    NOT NULL CHECK (name <> ''),
    hash     TEXT    NOT NULL CHECK (length(hash) = 64),
    size     INTEGER NOT NULL CHECK (size >= 0),
    copies   INTEGER NOT NULL DEFAULT 0 CHECK (copies BETWEEN 0 AND 999),
    added_at TEXT    NOT NULL
) STRICT;
CREATE INDEX topic_materials_topic ON topic_materials(topic_id);

-- Every move through the seven steps, kept with the topic so a deferred
-- topic carries its history to the later meeting.
CREATE TABLE topic_moves (
    id         INTEGER PRIMARY KEY,
    topic_id   INTEGER NOT NULL REFERENCES topics(id) ON DELETE CASCADE,
    from_state TEXT    NOT NULL,
    to_state   TEXT    NOT NULL,
    meeting_id INTEGER REFERENCES meetings(id) ON DELETE SET NULL,
    reason     TEXT    NOT NULL DEFAULT '',
    override   TEXT    NOT NULL DEFAULT '', -- the reason a missing item was overridden
    at         TEXT    NOT NULL,
    actor      TEXT    NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX topic_moves_topic ON topic_moves(topic_id);
CREATE INDEX topic_moves_meeting ON topic_moves(meeting_id);
