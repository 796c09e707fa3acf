package no.kobling.actor;

/** The role of an organisation in a partnership. Names in the bundles under {@code actor.member-role.<NAME>}. */
public enum MemberRole {
    /** Owns the partnership (project owner); may edit it. */
    OWNER,
    /** Runs the shared services of the partnership; may edit it. */
    HUB,
    MEMBER;

    /** Owners and hubs may change the partnership. */
    public boolean mayEditPartnership() {
        return this == OWNER || this == HUB;
    }
}
