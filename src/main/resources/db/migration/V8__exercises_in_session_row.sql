-- A session's exercises move into the session's own row (issue 7, the form's 400 plans/s): one
-- row per prescribed exercise made a 13-week plan 1 + 46 + 276 rows, with an index entry or two
-- each, to insert for every new plan and to read back for every plan page. Nothing queries single
-- exercises; they are always read and written with their session, and a coach's change of one
-- exercise rewrites its session's column.
--
-- The column holds the exercises in order, separated by ';', each as
--   exercise sets reps_min reps_max load_guide
-- plus ' coach' when a coach changed it (runner.StoredExercises.Column reads and writes it), e.g.
--   TRAP_BAR_DEADLIFT 3 5 5 HEAVY_GYM;GLUTE_BRIDGE 3 4 5 HEAVY_GYM coach
-- Existing rows are moved over, every session's exercises by position, then the old table and its
-- id sequence go; see the end for the session indexes. An app instance older than this version
-- cannot run against the new schema.
--
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL (string_agg with order by is in both).

alter table strength_session add column exercises varchar(2000) default '' not null;

update strength_session set exercises = coalesce((
    select string_agg(e.exercise || ' ' || cast(e.sets as varchar(11)) || ' ' || cast(e.reps_min as varchar(11))
            || ' ' || cast(e.reps_max as varchar(11)) || ' ' || e.load_guide
            || case when e.adjusted_by_coach then ' coach' else '' end,
        ';' order by e.position)
    from prescribed_exercise e
    where e.session_id = strength_session.id), '');

alter table strength_session alter column exercises drop default;

drop table prescribed_exercise;
drop sequence prescribed_exercise_seq;

-- One index fewer per session row: the session's key is its date and kind (StrengthSession.id,
-- '2026-12-27-heavy'), so "one session per key" and the lookups by plan and date (the plan's
-- sessions in order, the roster's completion counts) share one unique index on
-- (plan_id, session_date, kind) instead of a unique index on (plan_id, session_key) and another
-- on (plan_id, session_date).
alter table strength_session drop constraint strength_session_key_unique;
drop index strength_session_plan_date;
alter table strength_session add constraint strength_session_day_unique unique (plan_id, session_date, kind);
