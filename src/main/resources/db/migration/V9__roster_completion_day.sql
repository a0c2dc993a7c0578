-- A roster sorted by completion first asks how many of the coach's athletes were counted for
-- today (runner.RecentCompletion keeps the day of each count in roster_completion_on). Without
-- an index on that day the database read every athlete's whole plan row to find out: 6 ms of a
-- 10,000-athlete squad for each such page, the slowest of the roster's pages (docs/performance.md,
-- "Seventh round"). With it, the count is a range of this index; the list of the rows still to
-- count reads this index instead of the rows too (4.0 ms against 8.1 ms for such a squad).
create index plan_roster_completion_day on plan (coach_id, roster_completion_on);
