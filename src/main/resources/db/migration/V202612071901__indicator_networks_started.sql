-- Issue 14: the indicator networks-started (networks of the partnership with a start date in the period, in the
-- project's municipalities; read through the project module's Networks facade).
insert into indicator_indicator (code, unit, sort_order) values ('networks-started', 'NETWORKS', 80);

insert into indicator_indicator_translation (indicator_id, locale, name, unit_name)
select i.id, t.locale, t.name, t.unit_name
from indicator_indicator i
join (values
    ('networks-started', 'en', 'New networks', 'networks'),
    ('networks-started', 'nb', 'Nye nettverk', 'nettverk'),
    ('networks-started', 'nn', 'Nye nettverk', 'nettverk'),
    ('networks-started', 'sv', 'Nya nätverk', 'nätverk'),
    ('networks-started', 'fi', 'Uudet verkostot', 'verkostoa')
) as t (code, locale, name, unit_name) on t.code = i.code;
