-- 0001: the foundation — settings, the roster (units, people, roles, 分管,
-- delegations) and the hash-chained audit log.
PRAGMA application_id = 1752525175; -- 'huiw' as a big-endian integer

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;

CREATE TABLE units (
    id         INTEGER PRIMARY KEY,
    name       TEXT    NOT NULL UNIQUE,
    short_name TEXT    NOT NULL DEFAULT '',
    kind       TEXT    NOT NULL CHECK (kind IN ('leadership','department','affiliated','town','npc','cppcc','discipline','other')),
    sort_order INTEGER NOT NULL DEFAULT 0,
    version    INTEGER NOT NULL DEFAULT 1,
    created_at TEXT    NOT NULL,
    updated_at TEXT    NOT NULL
) STRICT;

CREATE TABLE people (
    id         INTEGER PRIMARY KEY,
    name       TEXT    NOT NULL,
    unit_id    INTEGER REFERENCES units(id) ON DELETE RESTRICT,
    post       TEXT    NOT NULL DEFAULT '',
    rank       INTEGER NOT NULL DEFAULT 0,
    phone      TEXT    NOT NULL DEFAULT '',
    active     INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    version    INTEGER NOT NULL DEFAULT 1,
    created_at TEXT    NOT NULL,
    updated_at TEXT    NOT NULL
) STRICT;
-- The same name may occur in two units, never twice in one.
CREATE UNIQUE INDEX people_name_unit ON people(name, ifnull(unit_id, 0));
CREATE INDEX people_unit ON people(unit_id);

CREATE TABLE person_roles (
    person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    role      TEXT    NOT NULL,
    PRIMARY KEY (person_id, role)
) STRICT;

-- 分管 (clause 八): each unit has at most one overseeing vice-mayor.
CREATE TABLE oversight (
    unit_id   INTEGER PRIMARY KEY REFERENCES units(id) ON DELETE RESTRICT,
    leader_id INTEGER NOT NULL REFERENCES people(id) ON DELETE RESTRICT
) STRICT;
CREATE INDEX oversight_leader ON oversight(leader_id);

-- 委托主持 (clause 六).
CREATE TABLE delegations (
    id          INTEGER PRIMARY KEY,
    delegate_id INTEGER NOT NULL REFERENCES people(id) ON DELETE RESTRICT,
    date_from   TEXT    NOT NULL,
    date_to     TEXT    NOT NULL,
    reason      TEXT    NOT NULL,
    created_at  TEXT    NOT NULL,
    CHECK (date_from <= date_to)
) STRICT;

-- The audit log: append-only, each entry's hash covers the previous hash and
-- the entry's own fields, so an edit, a deletion or a swap breaks the chain.
CREATE TABLE audit_log (
    seq       INTEGER PRIMARY KEY,
    at        TEXT    NOT NULL,
    actor     TEXT    NOT NULL,
    action    TEXT    NOT NULL,
    entity    TEXT    NOT NULL,
    entity_id INTEGER NOT NULL,
    detail    TEXT    NOT NULL,
    prev_hash BLOB    NOT NULL,
    hash      BLOB    NOT NULL
) STRICT;

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
