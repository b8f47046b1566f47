-- At most one published plan per day and region, kept by the database itself: two staff publishing at the same moment
-- (on one instance or two) cannot both win. The key is set when a plan is published and cleared when it is superseded;
-- a unique index allows any number of plans without one (null).
alter table plans add column published_key varchar(240);
update plans set published_key = lower(region) || '|' || cast(plan_date as varchar) where status = 'PUBLISHED';
create unique index plans_one_published on plans (published_key);
