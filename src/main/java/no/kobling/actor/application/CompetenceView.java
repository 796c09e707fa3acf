package no.kobling.actor.application;

import java.util.Map;

/** A competence of the taxonomy: its code, its name in the viewer's language and all names by language. */
public record CompetenceView(String code, String name, Map<String, String> names) {
}
