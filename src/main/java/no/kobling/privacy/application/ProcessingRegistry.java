package no.kobling.privacy.application;

import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import no.kobling.shared.privacy.LawfulBasis;
import no.kobling.shared.privacy.PersonalData;
import no.kobling.shared.privacy.Processing;
import org.springframework.stereotype.Component;

/**
 * The record of processing (GDPR article 30), assembled from what each module's adapter declares: every kind of
 * record about people, its module, purpose (message key {@code privacy.purpose.<kind>}), lawful basis and retention.
 * docs/privacy.md lists the same table; {@code PrivacyRegistryTest} keeps the two in step.
 */
@Component
public class ProcessingRegistry {

    /** One line of the record; {@code retention} is the configured period or null. */
    public record Line(String module, String kind, LawfulBasis basis, String retentionRule, Period retention) {
    }

    private final List<PersonalData> modules;
    private final RetentionRules rules;

    ProcessingRegistry(List<PersonalData> modules, RetentionRules rules) {
        this.modules = modules;
        this.rules = rules;
    }

    public List<Line> lines() {
        List<Line> lines = new ArrayList<>();
        for (PersonalData module : modules) {
            for (Processing p : module.processing()) {
                lines.add(new Line(module.module(), p.kind(), p.basis(), p.retention(),
                        p.retention() == null ? null : rules.period(p.retention())));
            }
        }
        lines.sort(Comparator.comparing(Line::module).thenComparing(Line::kind));
        return lines;
    }

    public Optional<Line> line(String kind) {
        return lines().stream().filter(l -> l.kind().equals(kind)).findFirst();
    }
}
