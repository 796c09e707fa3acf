-- Every foreign key gets an index whose leading column is the key (PostgreSQL does not create one by itself; a
-- delete of the referenced row, or a join from the parent, otherwise scans the whole child table). Found with
-- pg_constraint/pg_index; ForeignKeyIndexTest fails for any foreign key without one from now on.
create index ix_identity_user_role_role_id on identity_user_role (role_id);
create index ix_identity_api_token_user_id on identity_api_token (user_id);
create index ix_actor_organisation_home_municipality_id on actor_organisation (home_municipality_id);
create index ix_actor_partnership_municipality_municipality_id on actor_partnership_municipality (municipality_id);
create index ix_actor_person_home_municipality_id on actor_person (home_municipality_id);
create index ix_actor_person_user_id on actor_person (user_id);
create index ix_company_company_merged_into_id on company_company (merged_into_id);
create index ix_company_company_target_group_target_group_id on company_company_target_group (target_group_id);
create index ix_company_change_import_run_id on company_change (import_run_id);
create index ix_company_entrepreneur_company_id on company_entrepreneur (company_id);
create index ix_company_entrepreneur_municipality_id on company_entrepreneur (municipality_id);
create index ix_company_entrepreneur_target_group_target_group_id on company_entrepreneur_target_group (target_group_id);
create index ix_advisory_activity_kind_id on advisory_activity (kind_id);
create index ix_advisory_activity_municipality_id on advisory_activity (municipality_id);
create index ix_advisory_need_need_type_id on advisory_need (need_type_id);
create index ix_advisory_need_organisation_id on advisory_need (organisation_id);
create index ix_advisory_need_activity_activity_id on advisory_need_activity (activity_id);
create index ix_catalogue_service_offered_partnership_id on catalogue_service (offered_partnership_id);
create index ix_catalogue_service_municipality_municipality_id on catalogue_service_municipality (municipality_id);
create index ix_catalogue_referral_municipality_id on catalogue_referral (municipality_id);
create index ix_catalogue_referral_referring_organisation_id on catalogue_referral (referring_organisation_id);
create index ix_catalogue_booking_booking_organisation_id on catalogue_booking (booking_organisation_id);
create index ix_catalogue_booking_service_id on catalogue_booking (service_id);
create index ix_cases_follow_up_meeting_id on cases_follow_up (meeting_id);
create index ix_notification_outbox_notification_id on notification_outbox (notification_id);
create index ix_partnering_profile_industry_nace_code on partnering_profile_industry (nace_code);
create index ix_event_blocked_slot_session_id on event_blocked_slot (session_id);
create index ix_event_meeting_request_from_id on event_meeting_request (from_id);
create index ix_event_meeting_request_to_id on event_meeting_request (to_id);
create index ix_event_meeting_a_id on event_meeting (a_id);
create index ix_event_meeting_b_id on event_meeting (b_id);
create index ix_event_meeting_session_id on event_meeting (session_id);
create index ix_event_meeting_table_id on event_meeting (table_id);
create index ix_event_meeting_feedback_participant_id on event_meeting_feedback (participant_id);
create index ix_event_proposal_assignment_meeting_id on event_proposal_assignment (meeting_id);

-- Frequent filters (ForeignKeyIndexTest.FREQUENT_FILTERS lists them)
-- the event list: organised events and the newest first
create index ix_event_event_organiser on event_event (organiser_org_id);
create index ix_event_event_created on event_event (created_at);
create index ix_event_co_organiser_org on event_co_organiser (organisation_id);
-- participants of the companies a representative acts for
create index ix_event_participant_company on event_participant (company_id);
-- the hourly jobs: expiring pending requests, held meetings not yet handed over to partner search
create index ix_event_request_due on event_meeting_request (status, expires_at);
create index ix_event_meeting_handover on event_meeting (status, held_at);
