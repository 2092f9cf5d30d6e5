-- 0010: the text a secretary is typing into a 纪要, saved as she types
-- (debounced), so that a crash loses nothing: on the next start the editor
-- offers it back. It is a scratch copy, not a version; saving makes the
-- version and clears it.

CREATE TABLE minutes_autosave (
    minutes_id INTEGER PRIMARY KEY REFERENCES minutes(id) ON DELETE CASCADE,
    based_on   INTEGER NOT NULL,
    body       TEXT    NOT NULL,
    saved_at   TEXT    NOT NULL,
    saved_by   TEXT    NOT NULL
) STRICT;
