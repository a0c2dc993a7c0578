-- Ids of the tables Hibernate writes come from sequences instead of identity columns. With an
-- identity column Hibernate must run each INSERT on its own to learn the row's id, so storing
-- one plan was about 325 round trips; with a sequence it takes a block of 500 ids in one call and
-- sends each table's rows as one JDBC batch (docs/performance.md, "Form").
--
-- One sequence per table, incremented by 500: Hibernate's allocation size (runner.PlanPart,
-- runner.StoredPlan, runner.StoredExercise, coach.Coach), more than the 350 exercises of the
-- largest plan, so a plan takes at most one call per table.
--
-- Existing rows keep their ids. Each sequence is moved past its table's highest id by one more
-- block than needed, so no block Hibernate makes from it (the 500 ids below the value or the 500
-- from it, depending on the optimizer) holds an id that is taken. Neither "start with (select
-- max(id) ...)" nor setval() runs on both H2 and PostgreSQL, so the values are drawn one block
-- at a time: a few thousand calls for a few million rows.
--
-- The identity is dropped and the sequence becomes the column's default, so an INSERT without
-- an id (by hand, or an older app instance during an upgrade) takes a block of its own and
-- cannot collide with Hibernate's ids.
--
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL.

create sequence plan_seq start with 1 increment by 500;
with recursive drawn (n) as (
    select cast(0 as bigint)
    union all
    select n + 1 from drawn where n * 500 < (select coalesce(max(id), 0) from plan) + 500
)
select max(nextval('plan_seq')) from drawn;
alter table plan alter column id drop identity;
alter table plan alter column id set default nextval('plan_seq');

create sequence strength_session_seq start with 1 increment by 500;
with recursive drawn (n) as (
    select cast(0 as bigint)
    union all
    select n + 1 from drawn where n * 500 < (select coalesce(max(id), 0) from strength_session) + 500
)
select max(nextval('strength_session_seq')) from drawn;
alter table strength_session alter column id drop identity;
alter table strength_session alter column id set default nextval('strength_session_seq');

create sequence prescribed_exercise_seq start with 1 increment by 500;
with recursive drawn (n) as (
    select cast(0 as bigint)
    union all
    select n + 1 from drawn where n * 500 < (select coalesce(max(id), 0) from prescribed_exercise) + 500
)
select max(nextval('prescribed_exercise_seq')) from drawn;
alter table prescribed_exercise alter column id drop identity;
alter table prescribed_exercise alter column id set default nextval('prescribed_exercise_seq');

create sequence check_in_seq start with 1 increment by 500;
with recursive drawn (n) as (
    select cast(0 as bigint)
    union all
    select n + 1 from drawn where n * 500 < (select coalesce(max(id), 0) from check_in) + 500
)
select max(nextval('check_in_seq')) from drawn;
alter table check_in alter column id drop identity;
alter table check_in alter column id set default nextval('check_in_seq');

create sequence long_run_log_seq start with 1 increment by 500;
with recursive drawn (n) as (
    select cast(0 as bigint)
    union all
    select n + 1 from drawn where n * 500 < (select coalesce(max(id), 0) from long_run_log) + 500
)
select max(nextval('long_run_log_seq')) from drawn;
alter table long_run_log alter column id drop identity;
alter table long_run_log alter column id set default nextval('long_run_log_seq');

create sequence comment_seq start with 1 increment by 500;
with recursive drawn (n) as (
    select cast(0 as bigint)
    union all
    select n + 1 from drawn where n * 500 < (select coalesce(max(id), 0) from comment) + 500
)
select max(nextval('comment_seq')) from drawn;
alter table comment alter column id drop identity;
alter table comment alter column id set default nextval('comment_seq');

create sequence coach_seq start with 1 increment by 500;
with recursive drawn (n) as (
    select cast(0 as bigint)
    union all
    select n + 1 from drawn where n * 500 < (select coalesce(max(id), 0) from coach) + 500
)
select max(nextval('coach_seq')) from drawn;
alter table coach alter column id drop identity;
alter table coach alter column id set default nextval('coach_seq');
