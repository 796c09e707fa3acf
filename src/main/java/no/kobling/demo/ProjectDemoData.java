package no.kobling.demo;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.kobling.actor.Actors;
import no.kobling.geo.Geography;
import no.kobling.identity.SystemAccess;
import no.kobling.project.ProjectPlans;
import no.kobling.shared.LocalDay;
import no.kobling.shared.Zones;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A business-friendly region project of the Nordvestlandet partnership (issue 13, point 9): owned by ÅKP with
 * Ålesund, Giske, Hareid and Ulstein municipalities as parties, funded by Møre og Romsdal fylkeskommune. The pre-study
 * ran for about nine months and passed its gate (GO by the regional council, minutes attached as a small PDF); the
 * pre-project runs with deliverables done, in progress and planned. Dates count back from today (Oslo), so the demo
 * stays current. Idempotent: a project of the same name is left alone.
 */
@Component
@Profile("demo")
@ConditionalOnProperty(name = "kobling.demo.enabled", havingValue = "true", matchIfMissing = true)
@Order(170)
public class ProjectDemoData implements ApplicationRunner {

    static final String NAME = "Næringsvennlig region Sunnmøre";
    static final String COORDINATOR = "koordinator";
    static final String COUNCIL = "Møre og Romsdal fylkeskommune – regionalt næringsforum (Sunnmøre regionråd)";

    private static final Logger LOG = LoggerFactory.getLogger(ProjectDemoData.class);

    private final ProjectPlans plans;
    private final Actors actors;
    private final Geography geography;
    private final Clock clock;
    private final org.springframework.security.core.userdetails.UserDetailsService userDetails;

    ProjectDemoData(ProjectPlans plans, Actors actors, Geography geography, Clock clock,
            org.springframework.security.core.userdetails.UserDetailsService userDetails) {
        this.userDetails = userDetails;
        this.plans = plans;
        this.actors = actors;
        this.geography = geography;
        this.clock = clock;
    }

    /**
     * Runs as the demo coordinator of ÅKP (the owner's coordinator, as on the pages): the minutes are uploaded
     * documents, and an upload names the user who made it.
     */
    @Override
    public void run(ApplicationArguments args) {
        org.springframework.security.core.userdetails.UserDetails coordinator;
        try {
            coordinator = SystemAccess.run(() -> userDetails.loadUserByUsername(COORDINATOR));
        } catch (org.springframework.security.core.userdetails.UsernameNotFoundException e) {
            return;
        }
        var previous = org.springframework.security.core.context.SecurityContextHolder.getContext();
        var context = org.springframework.security.core.context.SecurityContextHolder.createEmptyContext();
        context.setAuthentication(org.springframework.security.authentication.UsernamePasswordAuthenticationToken
                .authenticated(coordinator, null, coordinator.getAuthorities()));
        org.springframework.security.core.context.SecurityContextHolder.setContext(context);
        try {
            seed();
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.setContext(previous);
        }
    }

    private void seed() {
        Optional<Long> partnership = actors.partnershipIdByName(DemoSeeds.NORDVESTLANDET);
        Optional<Long> owner = actors.organisationIdByName(DemoSeeds.MARKER);
        Optional<Long> funder = actors.organisationIdByName("Møre og Romsdal fylkeskommune");
        if (partnership.isEmpty() || owner.isEmpty() || funder.isEmpty()
                || plans.projectIdByName(partnership.get(), NAME).isPresent()) {
            return;
        }
        Map<Long, String> parties = new LinkedHashMap<>();
        party(parties, "Ålesund kommune", "Prosjekteier på vegne av kommunene; leder styringsgruppen.");
        party(parties, "Giske kommune", "Intervjuer med bedrifter i Giske; deltar i arbeidsgruppen.");
        party(parties, "Hareid kommune", "Spørreundersøkelse i næringslivet; deltar i arbeidsgruppen.");
        party(parties, "Ulstein kommune", "Workshop med politisk ledelse og rådmannsgruppen.");
        Set<Long> municipalities = new LinkedHashSet<>();
        for (String code : List.of("1508", "1532", "1517", "1516")) {
            geography.municipalityByCode("NO", code).ifPresent(m -> municipalities.add(m.id()));
        }
        LocalDate today = LocalDay.today(clock, Zones.DEFAULT);
        LocalDate start = today.minusMonths(11);
        LocalDate gate = today.minusDays(70);
        LocalDate preProject = gate.plusDays(7);
        long id = plans.create(new ProjectPlans.NewProject(NAME, "BUSINESS_FRIENDLY_REGION", partnership.get(),
                owner.get(), funder.get(), start,
                "Kartlegge næringslivets behov for bistand fra næringsutviklere og forstå regionens, kommunenes og "
                        + "næringsutviklerens rolle; gi en anbefaling om et regionalt samarbeid om næringsutvikling.",
                "Fire kommuner på Sunnmøre og ÅKP gjennomfører Innovasjon Norges Næringsvennlig region.",
                municipalities, Set.of(), parties));
        Long alesund = actors.organisationIdByName("Ålesund kommune").orElse(null);
        Long giske = actors.organisationIdByName("Giske kommune").orElse(null);
        Long hareid = actors.organisationIdByName("Hareid kommune").orElse(null);
        Long ulstein = actors.organisationIdByName("Ulstein kommune").orElse(null);
        plans.startPhase(id, 1, start);
        // pre-study: every deliverable done
        Long[] preStudyOwners = {owner.get(), giske, owner.get(), hareid, owner.get(), alesund};
        for (int i = 0; i < preStudyOwners.length; i++) {
            plans.updateDeliverable(id, 1, i + 1, preStudyOwners[i], start.plusMonths(2L + i), "DONE");
        }
        plans.decideGate(id, 1, COUNCIL, gate, "GO",
                "Forstudien godkjent; forprosjektet settes i gang med ÅKP som prosjektleder.", "referat-regionrad.pdf",
                minutes(gate));
        plans.startPhase(id, 2, preProject);
        // pre-project: analysis done, workshop and services in progress, plan and anchoring planned
        plans.updateDeliverable(id, 2, 1, owner.get(), preProject.plusDays(45), "DONE");
        plans.updateDeliverable(id, 2, 2, ulstein, today.plusDays(20), "IN_PROGRESS");
        plans.updateDeliverable(id, 2, 3, owner.get(), today.plusMonths(3), "IN_PROGRESS");
        plans.updateDeliverable(id, 2, 4, alesund, today.plusMonths(6), "PLANNED");
        plans.updateDeliverable(id, 2, 5, alesund, today.plusMonths(8), "PLANNED");
        LOG.info("Demo project {} ({})", id, NAME);
    }

    private void party(Map<Long, String> parties, String organisation, String responsibilities) {
        actors.organisationIdByName(organisation).ifPresent(id -> parties.put(id, responsibilities));
    }

    /** A one-page PDF with the decision, built by hand (a valid file with its cross-reference table). */
    static byte[] minutes(LocalDate decidedOn) {
        String text = "Referat fra regionalt naeringsforum " + decidedOn + ": forstudien Naeringsvennlig region "
                + "godkjent (GO).";
        String stream = "BT /F1 11 Tf 50 780 Td (" + text + ") Tj ET";
        List<String> objects = new ArrayList<>();
        objects.add("<< /Type /Catalog /Pages 2 0 R >>");
        objects.add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        objects.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> "
                + "/Contents 4 0 R >>");
        objects.add("<< /Length " + stream.length() + " >>\nstream\n" + stream + "\nendstream");
        objects.add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(pdf.length());
            pdf.append(i + 1).append(" 0 obj\n").append(objects.get(i)).append("\nendobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(objects.size() + 1).append("\n0000000000 65535 f \n");
        offsets.forEach(o -> pdf.append(String.format("%010d 00000 n \n", o)));
        pdf.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref).append("\n%%EOF\n");
        out.writeBytes(pdf.toString().getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }
}
