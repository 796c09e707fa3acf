-- Issue 13 point 8: activities, events, partner cases and referrals can be tagged with a project (results per
-- project). The column belongs to each record's own module; no foreign key to project_project (another module's
-- table: the project module checks the id when it is stored), but an index for the per-project lists and results.
alter table advisory_activity add column project_id bigint;
create index ix_advisory_activity_project_id on advisory_activity (project_id);

alter table catalogue_referral add column project_id bigint;
create index ix_catalogue_referral_project_id on catalogue_referral (project_id);

alter table event_event add column project_id bigint;
create index ix_event_event_project_id on event_event (project_id);

alter table cases_case add column project_id bigint;
create index ix_cases_case_project_id on cases_case (project_id);
