-- A migration that fails on every database: DatabaseStartUpTest.
create table broken (id bigint primary key);
insert into no_such_table values (1);
