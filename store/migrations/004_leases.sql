-- Leases: leadership of a named role (the Matrix sync and the digest
-- scheduler, "leader") among replicas sharing the database. The row is
-- never deleted, so token (the fencing token) only ever grows: it is
-- incremented whenever the lease passes to another holder. expires_at is
-- the database's own clock, Unix milliseconds, so replicas' clocks need
-- not agree. A released lease keeps its row with expires_at = 0.
CREATE TABLE leases (
    name        TEXT    PRIMARY KEY,
    holder      TEXT    NOT NULL,
    token       INTEGER NOT NULL,
    expires_at  INTEGER NOT NULL,
    acquired_at INTEGER NOT NULL
);
