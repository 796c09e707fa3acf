package no.kobling.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes companies in the formats of Enhetsregisteret's bulk downloads: {@code enheter/lastned} (a JSON array of
 * enheter, the caller gzips it) and {@code enheter/lastned/csv} (54 columns, header copied from a real extract,
 * every field quoted, multi-line addresses joined with the literal {@code /n}).
 */
final class BrregWriter {

    static final String LINKS = "https://data.brreg.no/enhetsregisteret/api/";
    static final List<String> CSV_HEADER = csvHeader();

    private BrregWriter() {
    }

    static void writeJsonArray(Iterable<SyntheticCompany> companies, Writer out) throws IOException {
        out.write("[\n");
        boolean first = true;
        for (SyntheticCompany c : companies) {
            if (!first) {
                out.write(",\n");
            }
            first = false;
            out.write(json(c));
        }
        out.write("\n]\n");
    }

    static String json(SyntheticCompany c) {
        Json j = new Json().open().field("organisasjonsnummer", c.orgNumber()).field("navn", c.name());
        j.open("organisasjonsform").field("kode", c.legalForm()).field("beskrivelse", c.legalFormName())
                .open("_links").open("self").field("href", LINKS + "organisasjonsformer/" + c.legalForm()).close()
                .close().close();
        if ("DELETED".equals(c.status())) {
            j.field("slettedato", c.statusDate().toString());
            return j.open("_links").open("self").field("href", LINKS + "enheter/" + c.orgNumber()).close().close()
                    .close().toString();
        }
        j.field("hjemmeside", c.website());
        if (c.postBox() != null) {
            address(j.open("postadresse"), c, c.postBox()).close();
        }
        j.field("registreringsdatoEnhetsregisteret", c.registeredOn().toString());
        j.field("registrertIMvaregisteret", vat(c));
        j.open("naeringskode1").field("kode", c.nationalIndustryCode()).field("beskrivelse", c.nace().titleNb())
                .close();
        j.field("harRegistrertAntallAnsatte", c.employees() != null);
        if (c.employees() != null) {
            j.field("antallAnsatte", c.employees());
        }
        address(j.open("forretningsadresse"), c, c.street()).close();
        if (c.foundedOn() != null) {
            j.field("stiftelsesdato", c.foundedOn().toString());
        }
        j.open("institusjonellSektorkode").field("kode", sectorCode(c)).field("beskrivelse", sectorName(c)).close();
        j.field("registrertIForetaksregisteret", !"ENK".equals(c.legalForm()) || c.employees() != null)
                .field("registrertIStiftelsesregisteret", "STI".equals(c.legalForm()))
                .field("registrertIFrivillighetsregisteret", "FLI".equals(c.legalForm()))
                .field("konkurs", "BANKRUPT".equals(c.status()));
        if ("BANKRUPT".equals(c.status())) {
            j.field("konkursdato", c.statusDate().toString());
        }
        j.field("underAvvikling", "IN_LIQUIDATION".equals(c.status()));
        if ("IN_LIQUIDATION".equals(c.status())) {
            j.field("underAvviklingDato", c.statusDate().toString());
        }
        j.field("underTvangsavviklingEllerTvangsopplosning", false).field("maalform", c.nynorsk() ? "Nynorsk" : "Bokmål");
        if (c.foundedOn() != null) {
            j.field("vedtektsdato", c.foundedOn().toString());
            j.array("vedtektsfestetFormaal").item(c.purpose()).endArray();
        }
        j.array("aktivitet").item(c.purpose()).endArray();
        return j.open("_links").open("self").field("href", LINKS + "enheter/" + c.orgNumber()).close().close().close()
                .toString();
    }

    private static Json address(Json j, SyntheticCompany c, String line) {
        return j.field("land", "Norge").field("landkode", "NO").field("postnummer", c.postalCode())
                .field("poststed", c.city()).array("adresse").item(line).endArray().field("kommune", c.city())
                .field("kommunenummer", c.municipality().code());
    }

    /** One CSV row (54 fields in {@link #CSV_HEADER} order), without the line end. */
    static String csvRow(SyntheticCompany c) {
        List<String> f = new ArrayList<>(54);
        boolean bankrupt = "BANKRUPT".equals(c.status());
        boolean liquidation = "IN_LIQUIDATION".equals(c.status());
        f.add(c.orgNumber());
        f.add(c.name());
        f.add(c.legalForm());
        f.add(c.legalFormName());
        f.add(c.nationalIndustryCode());
        f.add(c.nace().titleNb());
        f.addAll(List.of("", "", "", "", "", "")); // naeringskode2/3, hjelpeenhetskode
        f.add(String.valueOf(c.employees() != null));
        f.add(c.employees() == null ? "" : c.employees().toString());
        f.add(nz(c.website()));
        if (c.postBox() != null) {
            f.addAll(List.of(c.postBox(), c.city(), c.postalCode(), c.city(), c.municipality().code(), "Norge", "NO"));
        } else {
            f.addAll(List.of("", "", "", "", "", "", ""));
        }
        f.addAll(List.of(c.street(), c.city(), c.postalCode(), c.city(), c.municipality().code(), "Norge", "NO"));
        f.add(sectorCode(c));
        f.add(sectorName(c));
        f.add(""); // sisteInnsendteAarsregnskap
        f.add(c.registeredOn().toString());
        f.add(date(c.foundedOn()));
        f.add(String.valueOf(vat(c)));
        f.add(""); // frivilligMvaRegistrertBeskrivelser
        f.add(String.valueOf("FLI".equals(c.legalForm())));
        f.add(String.valueOf(!"ENK".equals(c.legalForm()) || c.employees() != null));
        f.add(String.valueOf("STI".equals(c.legalForm())));
        f.add(String.valueOf(bankrupt));
        f.add(bankrupt ? c.statusDate().toString() : "");
        f.add(String.valueOf(liquidation));
        f.add(liquidation ? c.statusDate().toString() : "");
        f.add("false");
        f.addAll(List.of("", "", "", "", "")); // tvangsopplost*/tvangsavviklet* dates
        f.add(""); // overordnetEnhet
        f.add(c.nynorsk() ? "Nynorsk" : "Bokmål");
        f.add(date(c.foundedOn()));
        f.add(c.foundedOn() == null ? "" : c.purpose());
        f.add(c.purpose());
        StringBuilder b = new StringBuilder(512);
        for (int i = 0; i < f.size(); i++) {
            if (i > 0) {
                b.append(',');
            }
            b.append('"').append(f.get(i).replace("\"", "\"\"")).append('"');
        }
        return b.toString();
    }

    static String csvHeaderLine() {
        return String.join(",", CSV_HEADER.stream().map(h -> '"' + h + '"').toList());
    }

    private static boolean vat(SyntheticCompany c) {
        return c.employees() != null || !"ENK".equals(c.legalForm()) && !"FLI".equals(c.legalForm());
    }

    private static String sectorCode(SyntheticCompany c) {
        return switch (c.legalForm()) {
            case "ENK" -> "8200";
            case "FLI", "STI" -> "7000";
            case "BRL", "ESEK" -> "2500";
            default -> "2100";
        };
    }

    private static String sectorName(SyntheticCompany c) {
        return switch (sectorCode(c)) {
            case "8200" -> "Personlig næringsdrivende";
            case "7000" -> "Ideelle organisasjoner";
            case "2500" -> "Private produsentorienterte foretak uten profittformål";
            default -> "Private aksjeselskaper mv.";
        };
    }

    private static String date(LocalDate d) {
        return d == null ? "" : d.toString();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static List<String> csvHeader() {
        try (InputStream in = BrregWriter.class.getClassLoader().getResourceAsStream("bench/brreg_enheter_header.csv")) {
            String line = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
            return List.copyOf(Reference.splitCsv(line));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
