-- 0019: what is recorded after a decision and of the 人大代表建议 and 政协委员
-- 提案 (issue 17).
-- 二十七 and 二十四: a decided topic's publication (or why it is not
-- published) and its 跟踪评估.
CREATE TABLE decision_followups (
    topic_id        INTEGER PRIMARY KEY REFERENCES topics(id) ON DELETE CASCADE,
    published_on    TEXT    NOT NULL DEFAULT '',
    published_where TEXT    NOT NULL DEFAULT '',
    not_public      TEXT    NOT NULL DEFAULT '',
    evaluated_on    TEXT    NOT NULL DEFAULT '',
    evaluation      TEXT    NOT NULL DEFAULT '',
    recorded_at     TEXT    NOT NULL,
    recorded_by     TEXT    NOT NULL,
    CHECK (published_on = '' OR published_where <> ''),
    CHECK (evaluated_on = '' OR evaluation <> '')
) STRICT;
