package no.kobling.privacy.application;

import java.time.Period;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The retention periods of records about people, per installation: {@code kobling.privacy.retention.<rule>} (written
 * as {@code 3y}, {@code 18m}, {@code 90d}). Defaults in docs/privacy.md.
 */
@Component
public class RetentionRules {

    /** The rules and their defaults. */
    public static final Map<String, Period> DEFAULTS;

    static {
        Map<String, Period> defaults = new LinkedHashMap<>();
        defaults.put("entrepreneurs", Period.ofYears(3));
        defaults.put("event-participants", Period.ofYears(2));
        defaults.put("survey-answers", Period.ofYears(3));
        DEFAULTS = java.util.Collections.unmodifiableMap(defaults);
    }

    private final Environment environment;

    RetentionRules(Environment environment) {
        this.environment = environment;
    }

    public Map<String, Period> all() {
        Map<String, Period> rules = new LinkedHashMap<>();
        DEFAULTS.keySet().forEach(rule -> rules.put(rule, period(rule)));
        return rules;
    }

    public Period period(String rule) {
        Period fallback = DEFAULTS.getOrDefault(rule, Period.ofYears(3));
        return environment.getProperty("kobling.privacy.retention." + rule, Period.class, fallback);
    }
}
