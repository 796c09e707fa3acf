package no.kobling.partnering.profile.persistence;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The tag taxonomy with names in a language (falling back to English). */
@Repository
public class TagRepository {

    private final JdbcTemplate jdbc;

    TagRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public record TagRow(String code, String name) {
    }

    public List<TagRow> activeTags(String lang) {
        return jdbc.query("select t.code, coalesce(l.name, e.name) as name from partnering_tag t"
                + " left join partnering_tag_translation l on l.tag_code = t.code and l.locale = ?"
                + " left join partnering_tag_translation e on e.tag_code = t.code and e.locale = 'en'"
                + " where t.active = true", (rs, i) -> new TagRow(rs.getString(1), rs.getString(2)), lang);
    }
}
