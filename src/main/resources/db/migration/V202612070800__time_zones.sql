-- Explicit time zones (issue 12 point 1, docs/time.md): every organisation, partnership, event and user carries one
-- of the three zones Kobling serves. Existing rows get the zone of their country:
--   organisation: the country of its home municipality, else its own country;
--   partnership: the zone of its hub (else an owner, else any member), else Oslo;
--   user: the zone of their organisation, else of their language (sv, fi), else Oslo;
--   event: kept when it is one of the three, else the zone of the organising organisation.
-- The column default only serves rows written by SQL; the application always sets the zone itself.

alter table actor_organisation add column time_zone varchar(40) default 'Europe/Oslo' not null;
update actor_organisation set time_zone = case coalesce(
        (select m.country_code from geo_municipality m where m.id = actor_organisation.home_municipality_id),
        actor_organisation.country_code)
    when 'SE' then 'Europe/Stockholm' when 'FI' then 'Europe/Helsinki' else 'Europe/Oslo' end;
alter table actor_organisation add constraint actor_organisation_time_zone_chk
    check (time_zone in ('Europe/Oslo', 'Europe/Stockholm', 'Europe/Helsinki'));

alter table actor_partnership add column time_zone varchar(40) default 'Europe/Oslo' not null;
update actor_partnership set time_zone = coalesce(
    (select o.time_zone from actor_partnership_member pm join actor_organisation o on o.id = pm.organisation_id
      where pm.partnership_id = actor_partnership.id
      order by case pm.role when 'HUB' then 0 when 'OWNER' then 1 else 2 end, o.id
      fetch first 1 rows only),
    'Europe/Oslo');
alter table actor_partnership add constraint actor_partnership_time_zone_chk
    check (time_zone in ('Europe/Oslo', 'Europe/Stockholm', 'Europe/Helsinki'));

alter table identity_user add column time_zone varchar(40) default 'Europe/Oslo' not null;
update identity_user set time_zone = coalesce(
    (select o.time_zone from actor_organisation o where o.id = identity_user.organisation_id),
    case identity_user.preferred_locale when 'sv' then 'Europe/Stockholm' when 'fi' then 'Europe/Helsinki'
        else 'Europe/Oslo' end);
alter table identity_user add constraint identity_user_time_zone_chk
    check (time_zone in ('Europe/Oslo', 'Europe/Stockholm', 'Europe/Helsinki'));

update event_event set time_zone = coalesce(
    (select o.time_zone from actor_organisation o where o.id = event_event.organiser_org_id), 'Europe/Oslo')
where time_zone not in ('Europe/Oslo', 'Europe/Stockholm', 'Europe/Helsinki');
alter table event_event add constraint event_event_time_zone_chk
    check (time_zone in ('Europe/Oslo', 'Europe/Stockholm', 'Europe/Helsinki'));
