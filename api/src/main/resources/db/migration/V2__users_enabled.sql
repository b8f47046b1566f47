-- Users can be disabled (never deleted: the audit trail names them) and changed; when, and by whom, is kept.
alter table users add column enabled boolean default true not null;
alter table users add column updated_at timestamp with time zone;
alter table users add column updated_by varchar(64);
