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
