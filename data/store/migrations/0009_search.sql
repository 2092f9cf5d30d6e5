-- 0009: full-text search over the 纪要 (their newest text) and the 督办
-- tasks. The trigram tokenizer finds any Chinese substring of three
-- characters or more; shorter queries scan the same table. The index is
-- derived, kept by triggers, so it needs no audit of its own.

CREATE VIRTUAL TABLE search_fts USING fts5(kind UNINDEXED, ref UNINDEXED, body, tokenize = 'trigram');

CREATE TRIGGER search_minutes_version AFTER INSERT ON minutes_versions BEGIN
    DELETE FROM search_fts WHERE kind = 'minutes' AND ref = NEW.minutes_id;
    INSERT INTO search_fts (kind, ref, body) VALUES ('minutes', NEW.minutes_id, NEW.body);
END;
CREATE TRIGGER search_minutes_delete AFTER DELETE ON minutes BEGIN
    DELETE FROM search_fts WHERE kind = 'minutes' AND ref = OLD.id;
END;
CREATE TRIGGER search_task_insert AFTER INSERT ON tasks BEGIN
    INSERT INTO search_fts (kind, ref, body) VALUES ('task', NEW.id, NEW.title || char(10) || NEW.detail || char(10) || NEW.reference || char(10) || NEW.result);
END;
CREATE TRIGGER search_task_update AFTER UPDATE ON tasks BEGIN
    DELETE FROM search_fts WHERE kind = 'task' AND ref = OLD.id;
    INSERT INTO search_fts (kind, ref, body) VALUES ('task', NEW.id, NEW.title || char(10) || NEW.detail || char(10) || NEW.reference || char(10) || NEW.result);
END;
CREATE TRIGGER search_task_delete AFTER DELETE ON tasks BEGIN
    DELETE FROM search_fts WHERE kind = 'task' AND ref = OLD.id;
END;

INSERT INTO search_fts (kind, ref, body)
    SELECT 'minutes', v.minutes_id, v.body FROM minutes_versions v
    WHERE v.n = (SELECT max(n) FROM minutes_versions w WHERE w.minutes_id = v.minutes_id);
INSERT INTO search_fts (kind, ref, body)
    SELECT 'task', id, title || char(10) || detail || char(10) || reference || char(10) || result FROM tasks;
