-- A roster sorted by completion first asks how many of the coach's athletes were counted for
-- today (runner.RecentCompletion keeps the day of each count in roster_completion_on). Without
-- an index on that day the database read every athlete's whole plan row to find out: 6 ms of a
-- 10,000-athlete squad for each such page, the slowest of the roster's pages (docs/performance.md,
-- "Roster, seventh round"). With it, the count is a range of this index, and so is the list of
-- the rows still to count.
create index plan_roster_completion_day on plan (coach_id, roster_completion_on);
