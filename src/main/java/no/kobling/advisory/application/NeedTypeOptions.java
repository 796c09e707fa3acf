package no.kobling.advisory.application;

import java.util.List;
import java.util.Locale;

/**
 * The needs taxonomy (codes such as EXPORT, RECRUITMENT, FINANCING; names in five languages), as the expert finder
 * sees it. Implemented by needs assessment; an expert's competences are codes of the actor module's competence
 * taxonomy, and {@link #competencesFor} says which competences answer a need.
 */
public interface NeedTypeOptions {

    List<NeedTypeOption> needTypes(Locale locale);

    /** Competence codes (actor module taxonomy) that answer this need; empty if unknown. */
    List<String> competencesFor(String needCode);

    record NeedTypeOption(String code, String name) {
    }
}
