package no.kobling.project;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Facade of the project module for other modules. Every method looks at the signed-in caller (run start-up work
 * inside {@code SystemAccess.run(..)}); a project the caller may not see is absent or answers 404.
 * <p>
 * Tagging: activities, events, partner cases and referrals carry a nullable project id in their own module's table.
 * The owning module asks {@link #requireTaggable(long)} before it stores one, and {@link #names(Collection)} to
 * label them.
 */
public interface Projects {

    /**
     * Projects the caller may tag work with, by name: the caller's organisation is the project's owner or one of its
     * (not archived) parties, and the project is not closed or archived. Administrators: every open project.
     */
    List<ProjectRef> taggable();

    /**
     * The project, if the caller may tag work with it. A project the caller may not see answers
     * {@code NotFoundException} (404); a visible project that is closed, archived or of which the caller's
     * organisation is no party answers a {@code DomainException} 422 with code {@code project-not-taggable}.
     */
    ProjectRef requireTaggable(long projectId);

    /** Names of the given projects that the caller may see; others are left out (labels on tagged records). */
    Map<Long, String> names(Collection<Long> projectIds);

    /**
     * What the project's results are computed over, if the caller may see the project: staff of its owner and
     * parties, users of its funder organisation, administrators.
     */
    Optional<ProjectScope> scope(long projectId);

    /**
     * The project's goals text (free text, one goal a line by convention), if the caller may see the project; empty
     * also when the project has no goals text.
     */
    Optional<String> goals(long projectId);

    /** Projects whose funder is the caller's organisation, by name (the funder's view). */
    List<ProjectRef> funded();
}
