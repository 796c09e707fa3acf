package no.kobling.bench;

import java.io.IOException;
import java.io.Writer;

/**
 * Writers for the Swedish and Finnish variants: PRH/YTJ open data v3 JSON ({@code {"totalResults":n,"companies":[...]}})
 * and SCB's Företagsregistret bulk file (tab-separated, no quoting; the caller encodes it as ISO-8859-1).
 */
final class NordicWriters {

    /** SCB bulk header (formats.md), followed by the change-marker columns prefixed with m. */
    static final String[] SCB_COLUMNS = {"ForAndrTyp", "COAdress", "Foretagsnamn", "FtgStat", "Gatuadress", "JEStat",
        "JurForm", "Namn", "Ng1", "Ng2", "Ng3", "Ng4", "Ng5", "PeOrgNr", "PostNr", "PostOrt", "RegDatKtid",
        "Reklamsparrtyp"};

    private NordicWriters() {
    }

    static void writePrh(Iterable<SyntheticCompany> companies, long count, Writer out) throws IOException {
        out.write("{\"totalResults\":" + count + ",\"companies\":[\n");
        boolean first = true;
        for (SyntheticCompany c : companies) {
            if (!first) {
                out.write(",\n");
            }
            first = false;
            out.write(prh(c));
        }
        out.write("\n]}\n");
    }

    static String prh(SyntheticCompany c) {
        String reg = c.registeredOn().toString();
        Json j = new Json().open();
        j.open("businessId").field("value", c.orgNumber()).field("registrationDate", reg).field("source", "3").close();
        j.array("names").open().field("name", c.name()).field("type", "1").field("registrationDate", reg)
                .field("version", 1).field("source", "1").close().endArray();
        j.open("mainBusinessLine").field("type", c.nationalIndustryCode()).array("descriptions")
                .open().field("languageCode", "1").field("description", c.nace().titleFi()).close()
                .open().field("languageCode", "2").field("description", c.nace().titleSv()).close()
                .open().field("languageCode", "3").field("description", c.nace().titleEn()).close().endArray()
                .field("typeCodeSet", "TOL2008").field("registrationDate", reg).field("source", "2").close();
        if (c.website() != null) {
            j.open("website").field("url", c.website()).field("registrationDate", reg).field("source", "1").close();
        }
        j.array("companyForms").open().field("type", c.legalForm()).array("descriptions")
                .open().field("languageCode", "1").field("description", c.legalFormName()).close().endArray()
                .field("registrationDate", reg).field("version", 1).field("source", "1").close().endArray();
        j.array("companySituations");
        if ("BANKRUPT".equals(c.status()) || "IN_LIQUIDATION".equals(c.status())) {
            j.open().field("type", "BANKRUPT".equals(c.status()) ? "KONK" : "SELTILA")
                    .field("registrationDate", c.statusDate().toString()).field("source", "1").close();
        }
        j.endArray();
        j.array("addresses");
        int space = c.street().lastIndexOf(' ');
        j.open().field("type", 1).field("street", c.street().substring(0, space))
                .field("buildingNumber", c.street().substring(space + 1)).field("postCode", c.postalCode())
                .array("postOffices").open().field("city", c.city()).field("languageCode", "1")
                .field("municipalityCode", c.municipality().code()).close().endArray()
                .field("country", "FI").field("registrationDate", reg).field("source", "0").close();
        if (c.postBox() != null) {
            j.open().field("type", 2).field("postOfficeBox", c.postBox().substring(3)).field("postCode", c.postalCode())
                    .array("postOffices").open().field("city", c.city()).field("languageCode", "1")
                    .field("municipalityCode", c.municipality().code()).close().endArray()
                    .field("country", "FI").field("registrationDate", reg).field("source", "0").close();
        }
        j.endArray();
        j.field("tradeRegisterStatus", "DELETED".equals(c.status()) ? "4" : "1")
                .field("status", "DELETED".equals(c.status()) ? "3" : "2").field("registrationDate", reg);
        if ("DELETED".equals(c.status())) {
            j.field("endDate", c.statusDate().toString());
        }
        return j.field("lastModified", reg + "T00:00:00").close().toString();
    }

    static String scbHeader() {
        StringBuilder b = new StringBuilder(String.join("\t", SCB_COLUMNS));
        for (String column : SCB_COLUMNS) {
            b.append("\tm").append(column);
        }
        return b.toString();
    }

    /** One SCB row. JurForm uses SCB codes (49 aktiebolag, 10 enskild, 31 HB, 21 KB, 51 ek. förening, 53 BRF). */
    static String scbRow(SyntheticCompany c) {
        String jurForm = switch (c.legalForm()) {
            case "E" -> "10";
            case "HB" -> "31";
            case "KB" -> "21";
            case "EK" -> "51";
            case "BRF" -> "53";
            default -> "49";
        };
        String status = "DELETED".equals(c.status()) ? "0" : "1";
        String[] f = {"", "", "", status, c.street(), status, jurForm, c.name(), c.nationalIndustryCode(), "", "", "",
            "", "16" + c.orgNumber(), c.postalCode(), c.city(), c.registeredOn().toString().replace("-", ""), "1"};
        StringBuilder b = new StringBuilder(String.join("\t", f));
        for (int i = 0; i < f.length; i++) {
            b.append('\t');
        }
        return b.toString();
    }
}
