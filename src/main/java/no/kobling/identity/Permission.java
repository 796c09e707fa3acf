package no.kobling.identity;

/**
 * What a user may do. Roles are data (an administrator edits which permissions a role has); this list is
 * code, because each permission is checked somewhere in an application service.
 */
public enum Permission {
    /** Users, roles and API tokens of others. */
    ADMINISTER_USERS,
    /** Create and edit any organisation and partnership. */
    ADMINISTER_ORGANISATIONS,
    /** Reference data: municipalities, industry codes, taxonomies. */
    ADMINISTER_REFERENCE_DATA,
    VIEW_AUDIT_LOG,
    /** Edit partnerships the user's organisation is a member of. */
    MANAGE_PARTNERSHIPS,
    /** Read organisations, partnerships and people that the tenancy rules let the user see. */
    VIEW_DIRECTORY,
    /** Create and edit people of the user's own organisation. */
    MANAGE_PEOPLE,
    MANAGE_COMPANIES,
    /** Merge duplicate companies of the shared register (coordinators; see docs/security.md). */
    MERGE_COMPANIES,
    LOG_ACTIVITIES,
    FACILITATE_PARTNER_SEARCH,
    OFFER_EXPERTISE,
    MANAGE_EVENTS,
    VIEW_REPORTS,
    REPRESENT_COMPANY,
    /** Create and run projects, cooperation agreements and networks of the own organisation's partnerships. */
    MANAGE_PROJECTS,
    /** Log own hours on projects the own organisation takes part in. */
    LOG_PROJECT_HOURS,
    /** Build and send surveys of the own organisation and read their results. */
    MANAGE_SURVEYS,
    /** Use the REST API with a personal token. */
    USE_API,
    /** Privacy requests about people (exports, erasures), consents and retention runs (docs/privacy.md). */
    HANDLE_PRIVACY_REQUESTS,
    /** Read the log of who opened records about people. */
    VIEW_READ_LOG
}
