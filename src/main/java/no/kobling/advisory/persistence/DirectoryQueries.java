package no.kobling.advisory.persistence;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.HashSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Read-only look-ups in directory tables this module needs but does not own (as the company module does for its
 * tenancy rule): partner organisations, partnership members, the users of an organisation and target-group names.
 */
@Repository
public class DirectoryQueries {

    private final JdbcClient jdbc;

    DirectoryQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Named(long id, String name) {
    }

    /** The organisation itself and every organisation that shares a partnership with it. */
    public Set<Long> partnerOrganisationIds(long organisationId) {
        Set<Long> ids = new HashSet<>(jdbc.sql("select distinct other.organisation_id from actor_partnership_member m "
                + "join actor_partnership_member other on other.partnership_id = m.partnership_id "
                + "where m.organisation_id = ?").param(organisationId).query(Long.class).list());
        ids.add(organisationId);
        return ids;
    }

    public List<Named> partnershipsOf(long organisationId) {
        return jdbc.sql("select p.id, p.name from actor_partnership p join actor_partnership_member m "
                + "on m.partnership_id = p.id where m.organisation_id = ? order by p.name, p.id")
                .param(organisationId).query(Named.class).list();
    }

    public List<Named> allPartnerships() {
        return jdbc.sql("select id, name from actor_partnership order by name, id").query(Named.class).list();
    }

    public List<Long> memberOrganisationIds(long partnershipId) {
        return jdbc.sql("select organisation_id from actor_partnership_member where partnership_id = ?")
                .param(partnershipId).query(Long.class).list();
    }

    public List<Long> partnershipMunicipalityIds(long partnershipId) {
        return jdbc.sql("select municipality_id from actor_partnership_municipality where partnership_id = ?")
                .param(partnershipId).query(Long.class).list();
    }

    public List<Named> usersOfOrganisation(long organisationId) {
        return jdbc.sql("select id, display_name as name from identity_user where organisation_id = ? and enabled "
                + "order by display_name, id").param(organisationId).query(Named.class).list();
    }

    public Map<Long, String> userNames(java.util.Collection<Long> ids) {
        Map<Long, String> names = new TreeMap<>();
        if (ids.isEmpty()) {
            return names;
        }
        jdbc.sql("select id, display_name as name from identity_user where id in (:ids)").param("ids", ids)
                .query(Named.class).list().forEach(n -> names.put(n.id(), n.name()));
        return names;
    }

    public Optional<Long> organisationOfUser(long userId) {
        return jdbc.sql("select organisation_id from identity_user where id = ?").param(userId).query(Long.class)
                .list().stream().filter(java.util.Objects::nonNull).findFirst();
    }

    public Optional<String> organisationName(long id) {
        return jdbc.sql("select name from actor_organisation where id = ?").param(id).query(String.class).optional();
    }

    public Optional<Long> organisationHomeMunicipality(long id) {
        return jdbc.sql("select home_municipality_id from actor_organisation where id = ?").param(id)
                .query(Long.class).list().stream().filter(java.util.Objects::nonNull).findFirst();
    }

    /** Target groups (code and name in the language), for the pyramid filter. */
    public List<Map.Entry<String, String>> targetGroups(String lang) {
        return jdbc.sql("select g.code, coalesce(t.name, g.code) from company_target_group g "
                + "left join company_target_group_translation t on t.target_group_id = g.id and t.locale = ? "
                + "where g.active order by g.id").param(lang)
                .query((rs, i) -> Map.entry(rs.getString(1), rs.getString(2))).list();
    }
}
