-- 0016: normative documents (十七, 十九).
--
-- 十七: the reasons a secretary recorded to let a document go ahead despite
-- a rule's finding (a normative draft signed outside the year's plan), as
-- the meetings keep theirs.
CREATE TABLE document_overrides (
    doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    clause TEXT    NOT NULL,
    reason TEXT    NOT NULL CHECK (reason <> ''),
    actor  TEXT    NOT NULL,
    at     TEXT    NOT NULL,
    PRIMARY KEY (doc_id, clause)
) STRICT;

-- 十九: the government's own normative documents are reported (报送备案) to
-- the 常州市政府 and to the 市人大常委会, each tracked with its day and
-- reference; the document is 已备案 when both have it. The time limit is a
-- setting (normative.report_days).
CREATE TABLE normative_reports (
    doc_id      INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    body        TEXT    NOT NULL CHECK (body IN ('changzhou','npc')),
    reported_on TEXT    NOT NULL CHECK (reported_on <> ''),
    ref         TEXT    NOT NULL DEFAULT '',
    late        INTEGER NOT NULL CHECK (late IN (0, 1)),
    PRIMARY KEY (doc_id, body)
) STRICT;

-- 十九: the register of the normative documents that towns and departments
-- file with the 市政府: received within 15 days of issue, with what they
-- show was done before issue, the 司法局's registration and review, and
-- the order to amend or revoke one found at fault.
CREATE TABLE normative_filings (
    id            INTEGER PRIMARY KEY,
    unit_id       INTEGER NOT NULL REFERENCES units(id) ON DELETE RESTRICT,
    title         TEXT    NOT NULL CHECK (title <> ''),
    number        TEXT    NOT NULL DEFAULT '',
    issued_on     TEXT    NOT NULL,
    received_on   TEXT    NOT NULL CHECK (received_on >= issued_on),
    consulted     INTEGER NOT NULL CHECK (consulted IN (0, 1)),
    own_review    INTEGER NOT NULL CHECK (own_review IN (0, 1)),
    public_matter INTEGER NOT NULL CHECK (public_matter IN (0, 1)),
    asked_ref     TEXT    NOT NULL DEFAULT '',
    registered_on TEXT    NOT NULL DEFAULT '',
    review        TEXT    NOT NULL DEFAULT '' CHECK (review IN ('','pass','conflict','ultra_vires','procedure')),
    reviewed_on   TEXT    NOT NULL DEFAULT '',
    order_kind    TEXT    NOT NULL DEFAULT '' CHECK (order_kind IN ('','amend','revoke')),
    order_ref     TEXT    NOT NULL DEFAULT '',
    order_on      TEXT    NOT NULL DEFAULT '',
    version       INTEGER NOT NULL DEFAULT 1,
    created_at    TEXT    NOT NULL
) STRICT;
CREATE INDEX normative_filings_received ON normative_filings(received_on);
CREATE INDEX normative_filings_unit ON normative_filings(unit_id);
