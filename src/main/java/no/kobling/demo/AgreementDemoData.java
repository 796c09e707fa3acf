package no.kobling.demo;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.kobling.actor.Actors;
import no.kobling.identity.SystemAccess;
import no.kobling.project.Agreements;
import no.kobling.shared.pdf.PdfDocuments;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The cooperation agreement of the four business gardens of the Sør-Trøndelag partnership (seed 001): parties
 * Trøndersk Kystkompetanse, Næringshagen i Orkdalsregionen, Nasjonalparken Næringshage and Rørosregionen
 * Næringshage, met at the end of May and signed by all; the seed's five areas of cooperation and its aim; ongoing
 * ("løpende samarbeid"), so open-ended and active. A small generated PDF of the agreement is attached before the
 * signatures. Idempotent: an agreement with the same title is left alone.
 */
@Component
@Profile("demo")
@ConditionalOnProperty(name = "kobling.demo.enabled", havingValue = "true", matchIfMissing = true)
@Order(175)
public class AgreementDemoData implements ApplicationRunner {

    static final String TITLE = "Samarbeidsavtale mellom næringshagene i Sør-Trøndelag";
    static final String PURPOSE = "Hovedmålet er å bygge et sterkt utviklingsmiljø basert på Sivas "
            + "næringshagestruktur i de fire regionene, styrke næringshagenes omdømme og synliggjøre dem som tydelige "
            + "og attraktive innovasjonsnav i distrikts-Norge. Målet er økt verdiskaping i næringslivet i distriktene. "
            + "Avtalen omfatter et løpende samarbeid i form av informasjonsutveksling og kontakt mellom de fire "
            + "miljøene, og grunnlaget for å inngå mer forpliktende samarbeid om enkelte prosjekt.";
    static final LocalDate SIGNED_ON = LocalDate.of(2015, 5, 29);
    static final LocalDate START = LocalDate.of(2015, 6, 1);

    private static final Logger LOG = LoggerFactory.getLogger(AgreementDemoData.class);

    private final Agreements agreements;
    private final Actors actors;

    AgreementDemoData(Agreements agreements, Actors actors) {
        this.agreements = agreements;
        this.actors = actors;
    }

    /** Party → who signed for it: invented people (the demo's own, and one more), never the article's names. */
    static Map<String, String> signers() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("Trøndersk Kystkompetanse", "Håkon Strand");
        m.put("Næringshagen i Orkdalsregionen", "Kristin Løkken");
        m.put("Nasjonalparken Næringshage", "Ingeborg Kvam");
        m.put("Rørosregionen Næringshage", "Guro Aunet");
        return m;
    }

    @Override
    public void run(ApplicationArguments args) {
        SystemAccess.run(() -> {
            if (agreements.idByTitle(TITLE).isPresent()) {
                return;
            }
            Optional<Long> partnership = actors.partnershipIdByName(DemoSeeds.SOR_TRONDELAG);
            Map<String, Long> parties = new LinkedHashMap<>();
            for (String name : signers().keySet()) {
                actors.organisationIdByName(name).ifPresent(id -> parties.put(name, id));
            }
            if (partnership.isEmpty() || parties.size() < signers().size()) {
                return;
            }
            long id = agreements.create(new Agreements.AgreementData(TITLE, PURPOSE, new java.util.LinkedHashSet<>(parties.values()),
                    new java.util.LinkedHashSet<>(agreements.areaCodes()), START, null, partnership.get()));
            agreements.attach(id, "samarbeidsavtale-naeringshagene-sor-trondelag.pdf", pdf());
            signers().forEach((name, signer) -> agreements.sign(id, parties.get(name), signer, SIGNED_ON));
            LOG.info("Demo cooperation agreement {} ({})", id, agreements.status(id));
        });
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** A one-page PDF of the agreement's text. */
    static byte[] pdf() {
        StringBuilder html = new StringBuilder("<html lang=\"nb\"><head><meta charset=\"UTF-8\"/><title>")
                .append(xml(TITLE)).append("</title><meta name=\"subject\" content=\"")
                .append(xml(TITLE)).append("\"/></head><body><h1>")
                .append(xml(TITLE)).append("</h1><p>")
                .append(xml(PURPOSE)).append("</p><h2>Samarbeidsområder</h2><ul>");
        for (String area : List.of("Effektiv utnyttelse av erfaring, nettverk og kapasitet på tvers av det enkelte "
                + "næringshageselskap", "Sterkere og mer effektiv måloppnåelse i det nasjonale Næringshageprogrammet",
                "Fellesskap mellom ansatte i de fire næringshagene", "Samarbeid om arrangement og kompetansetiltak")) {
            html.append("<li>").append(xml(area)).append("</li>");
        }
        html.append("</ul><h2>Parter</h2><ul>");
        signers().forEach((org, signer) -> html.append("<li>").append(xml(org)).append(" – ")
                .append(xml(signer)).append("</li>"));
        html.append("</ul></body></html>");
        return PdfDocuments.render(html.toString());
    }
}
