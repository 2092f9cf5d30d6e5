-- 0013: the 督办 list opens on the tasks still in hand (issue 9): every
-- task not done, whatever its year, and those closed this year. With
-- (status, closed_on) SQLite finds both as two index searches — status
-- open or doing, and done since 1 January — instead of reading a decade's
-- tasks, so the list's cost follows what it shows, not the years kept.
-- (task_id, kind) answers each listed task's count of 催办 from the index
-- alone, without reading every note of the task.

CREATE INDEX tasks_status_closed ON tasks(status, closed_on);
CREATE INDEX task_notes_kind ON task_notes(task_id, kind);
