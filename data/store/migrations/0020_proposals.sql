-- 0020: the 人大代表建议 and 政协委员提案 the government's units handle (三十):
-- assigned (交办), answered to the deputy or member within the time limit (a
-- setting), and the result made public.
CREATE TABLE proposals (
    id              INTEGER PRIMARY KEY,
    kind            TEXT    NOT NULL CHECK (kind IN ('npc','cppcc')),
    number          TEXT    NOT NULL CHECK (number <> ''),
    title           TEXT    NOT NULL CHECK (title <> ''),
    proposer        TEXT    NOT NULL CHECK (proposer <> ''),
    unit_id         INTEGER NOT NULL REFERENCES units(id) ON DELETE RESTRICT,
    assigned        TEXT    NOT NULL, -- 2026-03-10
    replied_on      TEXT    NOT NULL DEFAULT '',
    reply           TEXT    NOT NULL DEFAULT '',
    published_on    TEXT    NOT NULL DEFAULT '',
    published_where TEXT    NOT NULL DEFAULT '',
    version         INTEGER NOT NULL DEFAULT 1,
    created_at      TEXT    NOT NULL,
    updated_at      TEXT    NOT NULL,
    UNIQUE (kind, number, assigned),
    CHECK (replied_on = '' OR reply <> ''),
    CHECK (published_on = '' OR replied_on <> '')
) STRICT;
-- The desk reads the open ones only.
CREATE INDEX proposals_open ON proposals(published_on, assigned);
