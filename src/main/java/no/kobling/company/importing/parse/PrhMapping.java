package no.kobling.company.importing.parse;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import no.kobling.company.importing.domain.Address;
import no.kobling.company.importing.domain.Column;
import no.kobling.company.importing.domain.ImportedCompany;
import no.kobling.company.importing.domain.RegisterStatus;
import no.kobling.company.importing.domain.SourceRecord;
import tools.jackson.databind.JsonNode;

/**
 * PRH/YTJ companies to {@link ImportedCompany}. v3 ({@code businessId} is an object): main name = names of type 1
 * without end date, ended ones become former names; mainBusinessLine (TOL 2008); address type 1 = business,
 * 2 = postal, city in Finnish (languageCode 1), municipalityCode of the post office; companySituations without end
 * date: KONK → BANKRUPT, SELTILA → IN_LIQUIDATION; an end date of the company → DELETED. Legacy BIS v1
 * ({@code businessId} is a string): the same from names/businessLines/addresses/contactDetails/liquidations of
 * language FI, municipality by the name of the registered office (kotipaikka); the TR v1 list ({@code results} of
 * businessId, name, registrationDate, companyForm) is read by the same code. A column group is provided only when the
 * record carries its field (see {@link #provideIf}); PRH gives no employees or founding date. The company form is
 * kept in one code system, the abbreviations ({@link PrhCompanyForms}).
 */
final class PrhMapping {

    private PrhMapping() {
    }

    static SourceRecord map(JsonNode node) {
        JsonNode id = node.path("businessId");
        return new SourceRecord.Parsed(0, id.isObject() ? v3(node) : v1(node));
    }

    private static ImportedCompany v3(JsonNode n) {
        Set<Column> provided = EnumSet.of(Column.NAME);
        provideIf(n, provided, "names", Column.FORMER_NAMES);
        provideIf(n, provided, "companyForms", Column.LEGAL_FORM);
        provideIf(n, provided, "mainBusinessLine", Column.INDUSTRY);
        provideIf(n, provided, "website", Column.WEBSITE);
        provideIf(n, provided, "addresses", Column.POSTAL_ADDRESS, Column.BUSINESS_ADDRESS, Column.MUNICIPALITY);
        if (n.has("registrationDate") || n.path("businessId").has("registrationDate")) {
            provided.add(Column.REGISTERED_ON);
        }
        if (n.has("companySituations") || n.has("endDate")) {
            provided.add(Column.STATUS);
        }
        ImportedCompany.Builder b = ImportedCompany.builder("FI", provided)
                .orgNumber(text(n.path("businessId").path("value")))
                .registeredOn(first(text(n.path("registrationDate")), text(n.path("businessId").path("registrationDate"))))
                .industryCode(text(n.path("mainBusinessLine").path("type")))
                .website(text(n.path("website").path("url")));
        String current = null;
        for (JsonNode name : n.path("names")) {
            String type = text(name.path("type"));
            if (type != null && !"1".equals(type)) {
                continue;
            }
            if (text(name.path("endDate")) == null && current == null) {
                current = text(name.path("name"));
            } else {
                b.formerName(text(name.path("name")));
            }
        }
        b.name(current);
        for (JsonNode form : n.path("companyForms")) {
            if (text(form.path("endDate")) == null) {
                String code = PrhCompanyForms.abbreviation(text(form.path("type")));
                String label = finnishDescription(form.path("descriptions"));
                if (label == null) {
                    label = PrhCompanyForms.finnishName(code);
                }
                b.legalForm(code, label != null ? label : description(form.path("descriptions")));
                break;
            }
        }
        String businessMunicipality = null;
        String postalMunicipality = null;
        for (JsonNode a : n.path("addresses")) {
            if (text(a.path("endDate")) != null) {
                continue;
            }
            String city = null;
            String municipality = null;
            for (JsonNode po : a.path("postOffices")) {
                if (city == null || "1".equals(text(po.path("languageCode")))) {
                    city = text(po.path("city"));
                }
                municipality = first(municipality, text(po.path("municipalityCode")));
            }
            List<String> parts = new ArrayList<>();
            if (text(a.path("co")) != null) {
                parts.add("c/o " + text(a.path("co")));
            }
            String street = join(" ", text(a.path("street")), text(a.path("buildingNumber")), text(a.path("entrance")),
                    text(a.path("apartmentNumber")), text(a.path("apartmentIdSuffix")));
            if (street != null) {
                parts.add(street);
            }
            if (text(a.path("postOfficeBox")) != null) {
                parts.add("PL " + text(a.path("postOfficeBox")));
            }
            if (text(a.path("freeAddressLine")) != null) {
                parts.add(text(a.path("freeAddressLine")));
            }
            Address address = new Address(parts.isEmpty() ? null : String.join(", ", parts),
                    text(a.path("postCode")), city);
            if ("1".equals(text(a.path("type")))) {
                b.business(address);
                businessMunicipality = municipality;
            } else if ("2".equals(text(a.path("type")))) {
                b.postal(address);
                postalMunicipality = municipality;
            }
        }
        b.municipalityCode(first(businessMunicipality, postalMunicipality));
        if (text(n.path("endDate")) != null) {
            b.status(RegisterStatus.DELETED, text(n.path("endDate")));
        } else {
            for (JsonNode s : n.path("companySituations")) {
                if (text(s.path("endDate")) != null) {
                    continue;
                }
                String type = String.valueOf(text(s.path("type"))).toUpperCase(Locale.ROOT);
                if (type.startsWith("KONK")) {
                    b.status(RegisterStatus.BANKRUPT, text(s.path("registrationDate")));
                    break;
                }
                if (type.startsWith("SELTILA") || type.startsWith("SELVITYS")) {
                    b.status(RegisterStatus.IN_LIQUIDATION, text(s.path("registrationDate")));
                }
            }
        }
        return b.build();
    }

    private static ImportedCompany v1(JsonNode n) {
        Set<Column> provided = EnumSet.of(Column.NAME);
        provideIf(n, provided, "names", Column.FORMER_NAMES);
        if (n.has("companyForm") || n.has("companyForms")) {
            provided.add(Column.LEGAL_FORM);
        }
        provideIf(n, provided, "businessLines", Column.INDUSTRY);
        provideIf(n, provided, "addresses", Column.POSTAL_ADDRESS, Column.BUSINESS_ADDRESS);
        provideIf(n, provided, "registedOffices", Column.MUNICIPALITY);
        provideIf(n, provided, "contactDetails", Column.WEBSITE, Column.EMAIL, Column.PHONE);
        provideIf(n, provided, "registrationDate", Column.REGISTERED_ON);
        provideIf(n, provided, "liquidations", Column.STATUS);
        ImportedCompany.Builder b = ImportedCompany.builder("FI", provided)
                .orgNumber(text(n.path("businessId")))
                .registeredOn(text(n.path("registrationDate")));
        String current = null;
        for (JsonNode name : n.path("names")) {
            if (name.path("order").asInt(0) != 0 || text(name.path("name")) == null) {
                continue;
            }
            if (text(name.path("endDate")) == null && current == null) {
                current = text(name.path("name"));
            } else {
                b.formerName(text(name.path("name")));
            }
        }
        b.name(first(current, text(n.path("name"))));
        String formName = null;
        String formCode = null;
        for (JsonNode form : currentFinnish(n.path("companyForms"))) {
            formName = text(form.path("name"));
            formCode = text(form.path("type"));
            break;
        }
        String code = PrhCompanyForms.abbreviation(first(text(n.path("companyForm")), formCode));
        b.legalForm(code, formName != null ? formName : PrhCompanyForms.finnishName(code));
        for (JsonNode line : currentFinnish(n.path("businessLines"))) {
            if (line.path("order").asInt(0) == 0) {
                b.industryCode(text(line.path("code")));
                break;
            }
        }
        for (JsonNode a : currentFinnish(n.path("addresses"))) {
            String street = text(a.path("street"));
            if (text(a.path("careOf")) != null) {
                street = join(", ", "c/o " + text(a.path("careOf")), street);
            }
            Address address = new Address(street, text(a.path("postCode")), text(a.path("city")));
            if (a.path("type").asInt(0) == 1) {
                b.business(address);
            } else if (a.path("type").asInt(0) == 2) {
                b.postal(address);
            }
        }
        for (JsonNode office : currentFinnish(n.path("registedOffices"))) {
            b.municipalityName(text(office.path("name")));
            break;
        }
        for (JsonNode contact : currentFinnish(n.path("contactDetails"))) {
            String type = String.valueOf(text(contact.path("type"))).toLowerCase(Locale.ROOT);
            String value = text(contact.path("value"));
            if (value == null) {
                continue;
            }
            if (value.contains("@") || type.contains("sähköposti")) {
                b.email(value);
            } else if (type.contains("www") || type.contains("kotisivu")) {
                b.website(value);
            } else if (type.contains("puhelin")) {
                b.phone(value);
            }
        }
        for (JsonNode liquidation : currentFinnish(n.path("liquidations"))) {
            String what = (text(liquidation.path("name")) + " " + text(liquidation.path("type")))
                    .toLowerCase(Locale.ROOT);
            b.status(what.contains("konk") ? RegisterStatus.BANKRUPT : RegisterStatus.IN_LIQUIDATION,
                    text(liquidation.path("registrationDate")));
            break;
        }
        return b.build();
    }

    /**
     * A record provides a column group only when it carries the field at all (even empty: then the value is cleared);
     * a field the record lacks, as the TR list lacks addresses, industry and contacts, never erases what a richer
     * source gave.
     */
    private static void provideIf(JsonNode n, Set<Column> provided, String field, Column... columns) {
        if (n.has(field)) {
            provided.addAll(Set.of(columns));
        }
    }

    /** Entries without an end date in Finnish (or without a language). */
    private static List<JsonNode> currentFinnish(JsonNode array) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode item : array) {
            String language = text(item.path("language"));
            if (text(item.path("endDate")) == null && (language == null || "FI".equalsIgnoreCase(language))) {
                out.add(item);
            }
        }
        return out;
    }

    private static String finnishDescription(JsonNode descriptions) {
        for (JsonNode d : descriptions) {
            if ("1".equals(text(d.path("languageCode")))) {
                return text(d.path("description"));
            }
        }
        return null;
    }

    private static String description(JsonNode descriptions) {
        String any = null;
        for (JsonNode d : descriptions) {
            if ("1".equals(text(d.path("languageCode")))) {
                return text(d.path("description"));
            }
            any = first(any, text(d.path("description")));
        }
        return any;
    }

    static String text(JsonNode node) {
        if (node == null || node.isMissingNode() || node.isNull() || node.isContainer()) {
            return null;
        }
        String s = node.asString();
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String first(String a, String b) {
        return a != null ? a : b;
    }

    private static String join(String separator, String... parts) {
        StringBuilder sb = new StringBuilder();
        for (String p : parts) {
            if (p != null && !p.isBlank()) {
                if (!sb.isEmpty()) {
                    sb.append(separator);
                }
                sb.append(p.strip());
            }
        }
        return sb.isEmpty() ? null : sb.toString();
    }
}
