package no.kobling.actor.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import no.kobling.actor.NetworkRole;
import no.kobling.shared.DomainException;
import org.junit.jupiter.api.Test;

class PersonTest {

    static Person person() {
        Person p = new Person("Kari Nordmann", 7L);
        p.actAs(Set.of(NetworkRole.ADVISOR));
        return p;
    }

    @Test
    void needsAtLeastOneRole() {
        Person p = person();
        assertThatThrownBy(() -> p.actAs(Set.of()))
                .satisfies(e -> assertThat(((DomainException) e).code()).isEqualTo("person-role-required"));
        assertThat(p.getRoles()).containsExactly(NetworkRole.ADVISOR);
        p.actAs(Set.of(NetworkRole.FACILITATOR, NetworkRole.MENTOR_EXPERT));
        assertThat(p.getRoles()).containsExactlyInAnyOrder(NetworkRole.FACILITATOR, NetworkRole.MENTOR_EXPERT);
        assertThat(p.isAdvisor()).isFalse();
    }

    @Test
    void speaksOnlyLanguagesFromTheList() {
        Person p = person();
        p.speak(List.of("NB", " se ", "fi"));
        assertThat(p.getLanguages()).containsExactlyInAnyOrder("nb", "se", "fi");
        assertThat(p.speaks("se")).isTrue();
        assertThatThrownBy(() -> p.speak(List.of("nb", "klingon")))
                .satisfies(e -> assertThat(((DomainException) e).code()).isEqualTo("person-language-unknown"));
        assertThat(p.getLanguages()).containsExactlyInAnyOrder("nb", "se", "fi");
    }

    @Test
    void needsANameAndTrimsContactDetails() {
        assertThatThrownBy(() -> new Person(" ", 1L))
                .satisfies(e -> assertThat(((DomainException) e).code()).isEqualTo("person-name-required"));
        Person p = person();
        p.contact("  kari@example.org ", "   ");
        assertThat(p.getEmail()).isEqualTo("kari@example.org");
        assertThat(p.getPhone()).isNull();
    }

    @Test
    void sharingIsOffUntilChosen() {
        Person p = person();
        assertThat(p.isSharedWithPartnerships()).isFalse();
        p.shareWithPartnerships(true);
        assertThat(p.isSharedWithPartnerships()).isTrue();
    }

    @Test
    void competencesAreReplacedAndNamedInTheViewersLanguage() {
        Competence export = new Competence(1L, "export", 10,
                Map.of("en", "Export", "nb", "Eksport", "sv", "Export", "fi", "Vienti"));
        Competence food = new Competence(2L, "food", 20, Map.of("en", "Food"));
        Person p = person();
        p.master(Set.of(export, food));
        p.master(Set.of(export));
        assertThat(p.getCompetences()).containsExactly(export);
        assertThat(export.name(Locale.forLanguageTag("fi"))).isEqualTo("Vienti");
        assertThat(export.name(Locale.forLanguageTag("nn"))).isEqualTo("Eksport");
        assertThat(food.name(Locale.forLanguageTag("sv"))).isEqualTo("Food");
    }
}
