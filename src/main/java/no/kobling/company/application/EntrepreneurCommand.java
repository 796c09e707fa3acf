package no.kobling.company.application;

import java.util.Set;

/** What a user enters to register or change an entrepreneur. */
public record EntrepreneurCommand(String name, String email, String phone, Long municipalityId, String idea,
        boolean consent, boolean shared, Set<String> targetGroups) {

    public EntrepreneurCommand {
        targetGroups = targetGroups == null ? Set.of() : Set.copyOf(targetGroups);
    }
}
