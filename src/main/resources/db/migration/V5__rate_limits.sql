-- Token buckets of the write limit (system.WriteLimits) when several instances share PostgreSQL:
-- one row per client address, the bucket's state as Bucket4j serialises it, and when the row
-- may be deleted (epoch milliseconds). Unused with the in-memory buckets of a single instance.
create table rate_limit_bucket (
    id         varchar(100) not null primary key,
    state      bytea,
    expires_at bigint
);
create index rate_limit_bucket_expiry on rate_limit_bucket (expires_at);
