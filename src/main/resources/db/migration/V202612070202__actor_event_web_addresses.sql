-- Issue 11 finding 10: web addresses are shown as links, so only http(s) ones are kept. Addresses entered before the
-- rule (e.g. javascript:) are removed; the domain and the request validation refuse new ones.
update actor_organisation set website = null
 where website is not null and lower(trim(website)) not like 'http://%' and lower(trim(website)) not like 'https://%';
update event_table set room_url = null
 where room_url is not null and lower(trim(room_url)) not like 'http://%' and lower(trim(room_url)) not like 'https://%';
