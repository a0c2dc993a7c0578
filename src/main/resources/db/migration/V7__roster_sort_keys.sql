-- The coach roster sorted by any column, from an index (issue 7): every page used to sort all of
-- a coach's athletes by an expression (lower(name), coalesce(...), a completion ratio counted
-- over the last four weeks' sessions) to return 25 of them. Now each sort column is a plain
-- column of the plan row, indexed as (coach_id, sort key, id): a page reads about offset + 25
-- index entries, in either direction.
--
-- runner.StoredPlan keeps the first four from its own fields before every write; completion
-- depends on the date as well, so runner.RecentCompletion counts it with the day it is good for
-- (when a plan's sessions, logs or second day change, and for a coach's rows of an older day
-- before the roster sorts by it).

-- lower(runner_name): the name sort and the name filter.
alter table plan add column roster_name varchar(320);
update plan set roster_name = lower(runner_name);
alter table plan alter column roster_name set not null;

-- The phase sort: the block's start, or the race date for a plan without a block.
alter table plan add column roster_phase date;
update plan set roster_phase = coalesce(block_start, race_date);
alter table plan alter column roster_phase set not null;

-- The second-day sort: on, or not (not asked yet and "not yet" sort alike).
alter table plan add column roster_second_day boolean default false not null;
update plan set roster_second_day = true where second_day_on = true;

-- New logs since the coach last marked the athlete reviewed.
alter table plan add column roster_unread boolean default false not null;
update plan set roster_unread = true
    where last_logged_at is not null and (reviewed_at is null or last_logged_at > reviewed_at);

-- Sessions done / planned over the 28 days up to roster_completion_on, -1 with none planned. It
-- is only good for that day, so existing rows start uncounted (null) and are counted the first
-- time their coach sorts by completion: the migration cannot know the app's "today".
alter table plan add column roster_completion double precision default -1 not null;
alter table plan add column roster_completion_on date;

-- One index per sort, with the id last so that ties come out in a stable order. "race" and
-- "weeks" both sort by race_date. Athletes who never cramped sort as the oldest cramp.
drop index plan_coach;
create index plan_roster_name on plan (coach_id, roster_name, id);
create index plan_roster_race on plan (coach_id, race_date, id);
create index plan_roster_phase on plan (coach_id, roster_phase, id);
create index plan_roster_completion on plan (coach_id, roster_completion, id);
create index plan_roster_cramp on plan (coach_id, last_cramp_on nulls first, id);
create index plan_roster_second_day on plan (coach_id, roster_second_day, id);
create index plan_roster_unread on plan (coach_id, roster_unread, id);
