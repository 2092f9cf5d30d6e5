-- 0021: search over every kind of record — people, units, meetings, topics,
-- documents, every version of a 纪要 and the tasks — with an index for one-
-- and two-character queries too.
--
-- search_fts keeps each record's searchable text under the trigram tokenizer
-- (queries of three characters or more), and beside it the title a hit
-- shows. search_grams holds the same
-- record's distinct one- and two-character grams as tokens (see
-- search_index.go): a trigram index cannot answer shorter queries, which
-- 0009 answered by scanning every text. It stores no content and no
-- positions (detail none): a gram either is in a record or not.
--
-- Both are keyed by one rowid per record, kind << 44 | (2^44 - 1 - id) (a
-- 纪要 version's id is minutes_id << 16 | n), so that each kind is one rowid
-- range whose ascending order is newest first: FTS5 reads a doclist forwards
-- from a bound far more cheaply than backwards. The gram tokens are made in Go, which SQL
-- triggers cannot call on every connection; so the triggers only note the
-- record in search_dirty, and the store's transaction re-indexes the noted
-- records before it commits (flushSearch). The index is derived from the
-- records and needs no audit of its own.

DROP TRIGGER search_minutes_version;
DROP TRIGGER search_minutes_delete;
DROP TRIGGER search_task_insert;
DROP TRIGGER search_task_update;
DROP TRIGGER search_task_delete;
DROP TABLE search_fts;

CREATE VIRTUAL TABLE search_fts USING fts5(title UNINDEXED, body, tokenize = 'trigram');
CREATE VIRTUAL TABLE search_grams USING fts5(grams, content = '', contentless_delete = 1, detail = 'none', tokenize = 'ascii');
CREATE TABLE search_dirty (rid INTEGER PRIMARY KEY) STRICT;

CREATE TRIGGER search_people_ins AFTER INSERT ON people BEGIN INSERT OR IGNORE INTO search_dirty VALUES ((1 << 44) + 17592186044415 - NEW.id); END;
CREATE TRIGGER search_people_upd AFTER UPDATE OF name, post, unit_id ON people BEGIN INSERT OR IGNORE INTO search_dirty VALUES ((1 << 44) + 17592186044415 - NEW.id); END;
CREATE TRIGGER search_people_del AFTER DELETE ON people BEGIN INSERT OR IGNORE INTO search_dirty VALUES ((1 << 44) + 17592186044415 - OLD.id); END;
CREATE TRIGGER search_units_ins AFTER INSERT ON units BEGIN INSERT OR IGNORE INTO search_dirty VALUES ((2 << 44) + 17592186044415 - NEW.id); END;
-- a person's text names the unit, so a renamed unit re-indexes its people
CREATE TRIGGER search_units_upd AFTER UPDATE OF name, short_name ON units BEGIN
    INSERT OR IGNORE INTO search_dirty VALUES ((2 << 44) + 17592186044415 - NEW.id);
    INSERT OR IGNORE INTO search_dirty SELECT (1 << 44) + 17592186044415 - id FROM people WHERE unit_id = NEW.id;
END;
CREATE TRIGGER search_units_del AFTER DELETE ON units BEGIN INSERT OR IGNORE INTO search_dirty VALUES ((2 << 44) + 17592186044415 - OLD.id); END;
CREATE TRIGGER search_meetings_ins AFTER INSERT ON meetings BEGIN INSERT OR IGNORE INTO search_dirty VALUES ((3 << 44) + 17592186044415 - NEW.id); END;
-- a 纪要's title names its meeting
CREATE TRIGGER search_meetings_upd AFTER UPDATE OF title, starts_at, place, remarks, cancel_reason, delegation_note, written_approval ON meetings BEGIN
    INSERT OR IGNORE INTO search_dirty VALUES ((3 << 44) + 17592186044415 - NEW.id);
    INSERT OR IGNORE INTO search_dirty SELECT (6 << 44) + 17592186044415 - ((v.minutes_id << 16) | v.n) FROM minutes n JOIN minutes_versions v ON v.minutes_id = n.id WHERE n.meeting_id = NEW.id;
END;
CREATE TRIGGER search_meetings_del AFTER DELETE ON meetings BEGIN INSERT OR IGNORE INTO search_dirty VALUES ((3 << 44) + 17592186044415 - OLD.id); END;
CREATE TRIGGER search_topics_ins AFTER INSERT ON topics BEGIN INSERT OR IGNORE INTO search_dirty VALUES ((4 << 44) + 17592186044415 - NEW.id); END;
CREATE TRIGGER search_topics_upd AFTER UPDATE OF title, reporter, summary, towns, state_reason, legal_number, legal_conclusion, late_approval ON topics BEGIN INSERT OR IGNORE INTO search_dirty VALUES ((4 << 44) + 17592186044415 - NEW.id); END;
CREATE TRIGGER search_topics_del AFTER DELETE ON topics BEGIN INSERT OR IGNORE INTO search_dirty VALUES ((4 << 44) + 17592186044415 - OLD.id); END;
CREATE TRIGGER search_documents_ins AFTER INSERT ON documents BEGIN INSERT OR IGNORE INTO search_dirty VALUES ((5 << 44) + 17592186044415 - NEW.id); END;
CREATE TRIGGER search_documents_upd AFTER UPDATE OF title, number, attachments, problem, remarks, dispute_summary, dispute_proposal, opinion, route_reason, review_ref ON documents BEGIN INSERT OR IGNORE INTO search_dirty VALUES ((5 << 44) + 17592186044415 - NEW.id); END;
CREATE TRIGGER search_documents_del AFTER DELETE ON documents BEGIN INSERT OR IGNORE INTO search_dirty VALUES ((5 << 44) + 17592186044415 - OLD.id); END;
-- a new version makes the one before it an older version, which its title says
CREATE TRIGGER search_versions_ins AFTER INSERT ON minutes_versions BEGIN
    INSERT OR IGNORE INTO search_dirty VALUES ((6 << 44) + 17592186044415 - ((NEW.minutes_id << 16) | NEW.n));
    INSERT OR IGNORE INTO search_dirty SELECT (6 << 44) + 17592186044415 - ((minutes_id << 16) | n) FROM minutes_versions WHERE minutes_id = NEW.minutes_id AND n < NEW.n ORDER BY n DESC LIMIT 1;
END;
CREATE TRIGGER search_minutes_upd AFTER UPDATE OF year, issue, meeting_id ON minutes BEGIN
    INSERT OR IGNORE INTO search_dirty SELECT (6 << 44) + 17592186044415 - ((minutes_id << 16) | n) FROM minutes_versions WHERE minutes_id = NEW.id;
END;
CREATE TRIGGER search_versions_upd AFTER UPDATE OF body ON minutes_versions BEGIN INSERT OR IGNORE INTO search_dirty VALUES ((6 << 44) + 17592186044415 - ((NEW.minutes_id << 16) | NEW.n)); END;
CREATE TRIGGER search_versions_del AFTER DELETE ON minutes_versions BEGIN
    INSERT OR IGNORE INTO search_dirty VALUES ((6 << 44) + 17592186044415 - ((OLD.minutes_id << 16) | OLD.n));
    INSERT OR IGNORE INTO search_dirty SELECT (6 << 44) + 17592186044415 - ((minutes_id << 16) | n) FROM minutes_versions WHERE minutes_id = OLD.minutes_id;
END;
CREATE TRIGGER search_tasks_ins AFTER INSERT ON tasks BEGIN INSERT OR IGNORE INTO search_dirty VALUES ((7 << 44) + 17592186044415 - NEW.id); END;
CREATE TRIGGER search_tasks_upd AFTER UPDATE OF title, detail, reference, result ON tasks BEGIN INSERT OR IGNORE INTO search_dirty VALUES ((7 << 44) + 17592186044415 - NEW.id); END;
CREATE TRIGGER search_tasks_del AFTER DELETE ON tasks BEGIN INSERT OR IGNORE INTO search_dirty VALUES ((7 << 44) + 17592186044415 - OLD.id); END;

-- every record is indexed afresh when this step commits
INSERT INTO search_dirty SELECT (1 << 44) + 17592186044415 - id FROM people;
INSERT INTO search_dirty SELECT (2 << 44) + 17592186044415 - id FROM units;
INSERT INTO search_dirty SELECT (3 << 44) + 17592186044415 - id FROM meetings;
INSERT INTO search_dirty SELECT (4 << 44) + 17592186044415 - id FROM topics;
INSERT INTO search_dirty SELECT (5 << 44) + 17592186044415 - id FROM documents;
INSERT INTO search_dirty SELECT (6 << 44) + 17592186044415 - ((minutes_id << 16) | n) FROM minutes_versions;
INSERT INTO search_dirty SELECT (7 << 44) + 17592186044415 - id FROM tasks;
