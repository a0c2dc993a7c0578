-- Ages a seeded squad for the roster benchmark (docs/performance.md, "Coach roster from indexes"):
-- every plan was made 14 to 23 weeks ago (by id), so most are deep into their blocks, and about
-- 60 % of the past sessions are DONE, 20 % SKIPPED; some athletes cramped, some have the second
-- day on or off, a third were reviewed after their last log. Plans seeded through the API are all
-- made today, with nothing in the last four weeks: completion would be "none" for everyone.
-- H2 only (DATEADD), on the stopped app's file, before the app of the version to measure starts:
--   java -cp ~/.m2/repository/com/h2database/h2/2.4.240/h2-2.4.240.jar org.h2.tools.RunScript \
--     -url jdbc:h2:file:$DIR/db -user sa -script bench/age-squad.sql
-- Session keys keep their old dates (the roster does not read them; the plan pages would).
-- A session is unique by plan, date and kind (V8): the shift of 14 weeks or more is longer than a
-- seeded plan's block (13 weeks), so no session lands on another's day while the dates move.
update plan set created_on = dateadd(day, -7 * (14 + mod(id, 10)), created_on),
    race_date = dateadd(day, -7 * (14 + mod(id, 10)), race_date),
    block_start = dateadd(day, -7 * (14 + mod(id, 10)), block_start),
    block_end = dateadd(day, -7 * (14 + mod(id, 10)), block_end),
    second_day_from = dateadd(day, -7 * (14 + mod(id, 10)), second_day_from),
    second_day_on = case mod(id, 5) when 0 then true when 1 then false else null end,
    last_cramp_on = case when mod(id, 6) = 0 then dateadd(day, -mod(id, 50), current_date) end;
update strength_session s set session_date = dateadd(day, -7 * (14 + mod(plan_id, 10)), session_date);
update strength_session set
    log_status = case when mod(id * 7 + plan_id, 10) < 6 then 'DONE' when mod(id * 7 + plan_id, 10) < 8 then 'SKIPPED' end,
    log_rpe = case when mod(id * 7 + plan_id, 10) < 6 then 6 end,
    logged_on = case when mod(id * 7 + plan_id, 10) < 8 then session_date end
  where session_date <= current_date;
update plan p set last_logged_at = (select cast(max(logged_on) as timestamp) + interval '12' hour from strength_session s where s.plan_id = p.id);
update plan set reviewed_at = last_logged_at + interval '1' hour where mod(id, 3) = 0 and last_logged_at is not null;
select count(*) plans, sum(case when block_start <= current_date then 1 else 0 end) in_block, sum(case when race_date <= current_date then 1 else 0 end) raced from plan;
select log_status, count(*) from strength_session group by log_status;
