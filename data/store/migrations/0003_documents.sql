-- 0003: documents (四十七 to 五十一, 十七 to 十九), countersigns (四十八),
-- the routing steps and leaders' instructions (四十九), normative-document
-- reviews and filing (五十, 十九), the yearly plan (十七), and the holiday
-- schedules an administrator enters for years past the built-in table.

CREATE TABLE calendar_years (
    year       INTEGER PRIMARY KEY CHECK (year BETWEEN 2000 AND 2200),
    source     TEXT    NOT NULL CHECK (source <> ''),
    schedule   TEXT    NOT NULL, -- the text form rules.ParseSchedule reads
    entered_at TEXT    NOT NULL,
    entered_by TEXT    NOT NULL
) STRICT;

CREATE TABLE documents (
    id              INTEGER PRIMARY KEY,
    kind            TEXT    NOT NULL CHECK (kind IN ('request','report','letter','opinion','normative','other')),
    title           TEXT    NOT NULL,
    unit_id         INTEGER NOT NULL REFERENCES units(id) ON DELETE RESTRICT,
    number          TEXT    NOT NULL DEFAULT '',
    received        TEXT    NOT NULL, -- 2026-09-28
    classification  TEXT    NOT NULL DEFAULT '' CHECK (classification IN ('','秘密','机密','绝密')),
    secrecy_term    TEXT    NOT NULL DEFAULT '',
    urgency         TEXT    NOT NULL DEFAULT '' CHECK (urgency IN ('','加急','特急')),
    disclosure      TEXT    NOT NULL DEFAULT '' CHECK (disclosure IN ('','主动公开','依申请公开','不予公开')),
    attachments     TEXT    NOT NULL DEFAULT '', -- one title a line
    via_office      INTEGER NOT NULL CHECK (via_office IN (0, 1)),
    to_leader       INTEGER NOT NULL CHECK (to_leader IN (0, 1)),
    skip_level      INTEGER NOT NULL CHECK (skip_level IN (0, 1)),
    many_places     INTEGER NOT NULL CHECK (many_places IN (0, 1)),
    has_request     INTEGER NOT NULL CHECK (has_request IN (0, 1)),
    matters         INTEGER NOT NULL DEFAULT 1,
    flags           TEXT    NOT NULL DEFAULT '', -- comma-separated data.DocFlag codes
    status          TEXT    NOT NULL CHECK (status IN ('registered','returned','countersign','routed','instructed','signed','issued','filed','closed')),
    problem         TEXT    NOT NULL DEFAULT '',
    remarks         TEXT    NOT NULL DEFAULT '',
    -- 四十八: the lead unit's summary of a disagreement and its proposal
    dispute_summary  TEXT   NOT NULL DEFAULT '',
    dispute_proposal TEXT   NOT NULL DEFAULT '',
    -- 四十九: the office's handling opinion and where it sent the document
    opinion         TEXT    NOT NULL DEFAULT '',
    opinion_by      TEXT    NOT NULL DEFAULT '',
    opinion_on      TEXT    NOT NULL DEFAULT '',
    route_leader_id INTEGER REFERENCES people(id) ON DELETE RESTRICT,
    route_reason    TEXT    NOT NULL DEFAULT '',
    -- 五十 and 十九: normative documents
    review          TEXT    NOT NULL DEFAULT '' CHECK (review IN ('','lawful','unlawful')),
    review_on       TEXT    NOT NULL DEFAULT '',
    review_ref      TEXT    NOT NULL DEFAULT '', -- 《合法性审查意见书》 number
    secrecy_on      TEXT    NOT NULL DEFAULT '', -- 保密审查 date
    issued_on       TEXT    NOT NULL DEFAULT '',
    filed_on        TEXT    NOT NULL DEFAULT '',
    plan_year       INTEGER NOT NULL DEFAULT 0,  -- 十七: the yearly plan it belongs to
    version         INTEGER NOT NULL DEFAULT 1,
    created_at      TEXT    NOT NULL,
    updated_at      TEXT    NOT NULL
) STRICT;
CREATE INDEX documents_received ON documents(received);
CREATE INDEX documents_unit ON documents(unit_id);

CREATE TABLE countersigns (
    doc_id          INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    unit_id         INTEGER NOT NULL REFERENCES units(id) ON DELETE RESTRICT,
    sent            TEXT    NOT NULL,
    due             TEXT    NOT NULL,
    due_unverified  INTEGER NOT NULL DEFAULT 0 CHECK (due_unverified IN (0, 1)),
    extended_to     TEXT    NOT NULL DEFAULT '',
    extend_reason   TEXT    NOT NULL DEFAULT '',
    reply           TEXT    NOT NULL DEFAULT '' CHECK (reply IN ('','agree','disagree','none','lapsed')),
    reasons         TEXT    NOT NULL DEFAULT '',
    replier         TEXT    NOT NULL DEFAULT '',
    replied_on      TEXT    NOT NULL DEFAULT '',
    version         INTEGER NOT NULL DEFAULT 1,
    PRIMARY KEY (doc_id, unit_id),
    CHECK (reply <> 'disagree' OR reasons <> ''),
    CHECK (extended_to = '' OR extend_reason <> '')
) STRICT;
CREATE INDEX countersigns_unit ON countersigns(unit_id);

CREATE TABLE instructions (
    id          INTEGER PRIMARY KEY,
    doc_id      INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    person_id   INTEGER NOT NULL REFERENCES people(id) ON DELETE RESTRICT,
    text        TEXT    NOT NULL CHECK (text <> ''),
    day         TEXT    NOT NULL,
    delegated   TEXT    NOT NULL DEFAULT '' -- 受市长委托 and why (六)
) STRICT;
CREATE INDEX instructions_doc ON instructions(doc_id);
CREATE INDEX instructions_person ON instructions(person_id);

CREATE TABLE normative_plan (
    id       INTEGER PRIMARY KEY,
    year     INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2200),
    title    TEXT    NOT NULL CHECK (title <> ''),
    unit_id  INTEGER NOT NULL REFERENCES units(id) ON DELETE RESTRICT,
    doc_id   INTEGER REFERENCES documents(id) ON DELETE SET NULL,
    UNIQUE (year, title)
) STRICT;
