-- Keys for scripts that write through the API. Only a SHA-256 of each key is kept: a key is 32
-- random bytes, so a fast hash is enough, and a stolen database reveals no usable key.
CREATE TABLE api_keys (
    id              INTEGER PRIMARY KEY,
    name            TEXT NOT NULL,
    key_hash        TEXT NOT NULL UNIQUE,
    scope           TEXT NOT NULL CHECK (scope IN ('ingest')),
    created_at      TEXT NOT NULL,
    revoked_at      TEXT
);
