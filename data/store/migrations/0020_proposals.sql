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

-- 五十 and 五十一: the documents issued in the name of the government or its
-- office, each with its 公开属性 (and a classified one its 保密审查); the
-- year's count is held against the target the office sets.
CREATE TABLE issued_docs (
    id             INTEGER PRIMARY KEY,
    number         TEXT    NOT NULL UNIQUE CHECK (number <> ''), -- 溧政发〔2026〕12号
    title          TEXT    NOT NULL CHECK (title <> ''),
    issuer         TEXT    NOT NULL CHECK (issuer IN ('government','office')),
    issued_on      TEXT    NOT NULL,
    disclosure     TEXT    NOT NULL CHECK (disclosure IN ('主动公开','依申请公开','不予公开')),
    classification TEXT    NOT NULL DEFAULT '' CHECK (classification IN ('','秘密','机密','绝密')),
    secrecy_on     TEXT    NOT NULL DEFAULT '',
    version        INTEGER NOT NULL DEFAULT 1,
    created_at     TEXT    NOT NULL,
    updated_at     TEXT    NOT NULL,
    CHECK (classification = '' OR secrecy_on <> '')
) STRICT;
CREATE INDEX issued_docs_on ON issued_docs(issued_on);
