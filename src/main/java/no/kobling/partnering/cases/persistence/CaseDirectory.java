package no.kobling.partnering.cases.persistence;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Read-only look-ups in directory tables cases need but do not own (as the company module's ReferenceRepository
 * does): which partnerships an organisation belongs to and in which role, organisation names and countries, and
 * the users who may facilitate partner search with their organisation.
 */
@Repository
public class CaseDirectory {

    private static final String FACILITATORS = "select distinct u.id, u.display_name, u.organisation_id, "
            + "o.name as org_name, o.country_code from identity_user u "
            + "join identity_user_role ur on ur.user_id = u.id "
            + "join identity_role_permission rp on rp.role_id = ur.role_id and rp.permission = "
            + "'FACILITATE_PARTNER_SEARCH' join actor_organisation o on o.id = u.organisation_id "
            + "where u.enabled = true ";

    private final NamedParameterJdbcTemplate jdbc;

    CaseDirectory(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public record PartnershipInfo(long id, String name) {
    }

    public record FacilitatorInfo(long userId, String displayName, long organisationId, String organisationName,
            String countryCode) {
    }

    public record UserInfo(long id, String displayName, Long organisationId) {
    }

    /** Member organisations of a partnership with their role (OWNER, HUB, MEMBER). */
    public Map<Long, String> members(long partnershipId) {
        Map<Long, String> members = new HashMap<>();
        jdbc.query("select organisation_id, role from actor_partnership_member where partnership_id = :p",
                Map.of("p", partnershipId), rs -> {
                    members.put(rs.getLong(1), rs.getString(2));
                });
        return members;
    }

    /** Partnerships the organisation is a member of (all partnerships for null = administrator), by name. */
    public List<PartnershipInfo> partnershipsOf(Long organisationId) {
        if (organisationId == null) {
            return jdbc.query("select id, name from actor_partnership order by name, id", Map.of(),
                    (rs, i) -> new PartnershipInfo(rs.getLong(1), rs.getString(2)));
        }
        return jdbc.query("select p.id, p.name from actor_partnership p join actor_partnership_member m "
                + "on m.partnership_id = p.id where m.organisation_id = :o order by p.name, p.id",
                Map.of("o", organisationId), (rs, i) -> new PartnershipInfo(rs.getLong(1), rs.getString(2)));
    }

    /** Ids of partnerships the organisation owns or is the hub of (their coordinators see the cases). */
    public Set<Long> partnershipsRunBy(long organisationId) {
        return Set.copyOf(jdbc.queryForList("select partnership_id from actor_partnership_member "
                + "where organisation_id = :o and role in ('OWNER', 'HUB')", Map.of("o", organisationId), Long.class));
    }

    public Map<Long, String> partnershipNames(Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.query("select id, name from actor_partnership where id in (:ids)", Map.of("ids", ids),
                    rs -> {
                        names.put(rs.getLong(1), rs.getString(2));
                    });
        }
        return names;
    }

    /** The user, if they are enabled and may facilitate partner search (with their organisation). */
    public Optional<FacilitatorInfo> facilitator(long userId) {
        return jdbc.query(FACILITATORS + "and u.id = :u", Map.of("u", userId), (rs, i) -> facilitator(rs)).stream()
                .findFirst();
    }

    /** Facilitators whose organisation is a member of one of these partnerships, by name. */
    public List<FacilitatorInfo> facilitatorsIn(Collection<Long> partnershipIds) {
        if (partnershipIds.isEmpty()) {
            return List.of();
        }
        return jdbc.query(FACILITATORS + "and u.organisation_id in (select organisation_id from "
                + "actor_partnership_member where partnership_id in (:p)) order by u.display_name, u.id",
                new MapSqlParameterSource("p", partnershipIds), (rs, i) -> facilitator(rs));
    }

    public Map<Long, UserInfo> users(Collection<Long> ids) {
        Map<Long, UserInfo> users = new HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.query("select id, display_name, organisation_id from identity_user where id in (:ids)",
                    Map.of("ids", ids), rs -> {
                        long org = rs.getLong(3);
                        users.put(rs.getLong(1), new UserInfo(rs.getLong(1), rs.getString(2),
                                rs.wasNull() ? null : org));
                    });
        }
        return users;
    }

    public Map<Long, String> organisationNames(Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.query("select id, name from actor_organisation where id in (:ids)", Map.of("ids", ids), rs -> {
                names.put(rs.getLong(1), rs.getString(2));
            });
        }
        return names;
    }

    private static FacilitatorInfo facilitator(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new FacilitatorInfo(rs.getLong("id"), rs.getString("display_name"), rs.getLong("organisation_id"),
                rs.getString("org_name"), rs.getString("country_code"));
    }
}
