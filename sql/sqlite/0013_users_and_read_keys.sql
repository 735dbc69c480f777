-- People who sign in. Names are compared case-insensitively through user_key (the name folded to
-- lower case by the code), the password is an ASP.NET Core PasswordHasher hash (PBKDF2, salted),
-- and security_stamp changes whenever the role or password does, so older sign-ins stop working.
CREATE TABLE users (
    id              INTEGER PRIMARY KEY,
    user_name       TEXT NOT NULL,
    user_key        TEXT NOT NULL UNIQUE,
    password_hash   TEXT NOT NULL,
    role            TEXT NOT NULL CHECK (role IN ('viewer', 'editor', 'admin')),
    security_stamp  TEXT NOT NULL,
    failed_logins   INTEGER NOT NULL DEFAULT 0,
    locked_until    TEXT,
    created_at      TEXT NOT NULL
);

-- API keys gain the read scope, for scripts that query the JSON API of a dashboard that does not
-- allow anonymous viewing. SQLite cannot change a CHECK constraint in place: the table is rebuilt.
CREATE TABLE api_keys_new (
    id              INTEGER PRIMARY KEY,
    name            TEXT NOT NULL,
    key_hash        TEXT NOT NULL UNIQUE,
    scope           TEXT NOT NULL CHECK (scope IN ('ingest', 'read')),
    created_at      TEXT NOT NULL,
    revoked_at      TEXT
);
INSERT INTO api_keys_new (id, name, key_hash, scope, created_at, revoked_at)
    SELECT id, name, key_hash, scope, created_at, revoked_at FROM api_keys;
DROP TABLE api_keys;
ALTER TABLE api_keys_new RENAME TO api_keys;
