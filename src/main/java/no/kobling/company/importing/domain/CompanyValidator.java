package no.kobling.company.importing.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import no.kobling.company.OrganisationNumbers;

/**
 * Checks and normalises one {@link ImportedCompany}: organisation number check digit, name, municipality (with the
 * Norwegian 2024 reform), dates, employees, industry code → NACE class. The first failure rejects the record.
 * An industry code that is not a NACE class keeps the record: {@code nace_code} stays empty and the national code is
 * kept (brreg uses 00.000 for "unknown").
 */
public final class CompanyValidator {

    private static final DateTimeFormatter BASIC = DateTimeFormatter.BASIC_ISO_DATE;

    private final ReferenceData reference;
    private final NorwegianMunicipalityReform reform;

    public CompanyValidator(ReferenceData reference, NorwegianMunicipalityReform reform) {
        this.reference = reference;
        this.reform = reform;
    }

    /** Either a {@link ValidCompany} or a {@link SourceRecord.Rejected}. */
    public Object validate(long recordNumber, ImportedCompany c) {
        String org = OrganisationNumbers.normalise(c.countryCode(), c.orgNumber()).orElse(null);
        if (org == null) {
            return reject(recordNumber, c.orgNumber(), Rejections.INVALID_ORG_NUMBER, c.orgNumber());
        }
        String name = clean(c.name(), 500);
        if (name == null) {
            return reject(recordNumber, org, Rejections.MISSING_NAME, null);
        }
        Object municipality = municipality(c);
        if (municipality instanceof String[] failure) {
            return reject(recordNumber, org, failure[0], failure[1]);
        }
        LocalDate founded;
        LocalDate registered;
        LocalDate statusDate;
        try {
            founded = date(c.foundedOn());
            registered = date(c.registeredOn());
            statusDate = date(c.statusDate());
        } catch (DateTimeParseException e) {
            return reject(recordNumber, org, Rejections.UNPARSABLE_DATE, e.getParsedString());
        }
        Integer employees;
        try {
            employees = blank(c.employees()) ? null : Integer.valueOf(c.employees().strip());
        } catch (NumberFormatException e) {
            return reject(recordNumber, org, Rejections.UNPARSABLE_NUMBER, c.employees());
        }
        String industry = clean(c.industryCode(), 10);
        String nace = naceClass(industry);
        List<String> former = c.formerNames().stream().map(n -> clean(n, 500))
                .filter(n -> n != null && !n.equals(name)).distinct().toList();
        ValidCompany v = new ValidCompany(recordNumber, c.countryCode(), org, name, former, clean(c.legalForm(), 20),
                clean(c.legalFormName(), 200), industry, nace, (Long) municipality, address(c.postal()),
                address(c.business()), clean(c.website(), 500), clean(c.email(), 300), clean(c.phone(), 50), employees,
                founded, registered, c.status(), statusDate, c.provided(), null);
        return withHash(v);
    }

    private Object municipality(ImportedCompany c) {
        String code = blank(c.municipalityCode()) ? null : c.municipalityCode().strip();
        String country = c.countryCode();
        if (code == null) {
            if (!blank(c.municipalityName())) {
                return reference.byName(country, c.municipalityName());
            }
            return null;
        }
        if (!code.chars().allMatch(Character::isDigit)) {
            return new String[] {Rejections.UNKNOWN_MUNICIPALITY, code};
        }
        code = pad(code, "FI".equals(country) ? 3 : 4);
        Long id = reference.byCode(country, code);
        if (id != null) {
            return id;
        }
        if ("NO".equals(country)) {
            String mapped = "1507".equals(code)
                    ? reform.translateAlesund(c.business().city(), c.postal().city()).orElse(null)
                    : reform.translate(code).orElse(null);
            if (mapped != null && reference.byCode(country, mapped) != null) {
                return reference.byCode(country, mapped);
            }
            if (reform.isRetired(code)) {
                return new String[] {Rejections.PRE_2024_MUNICIPALITY, code};
            }
        }
        return new String[] {Rejections.UNKNOWN_MUNICIPALITY, code};
    }

    /** NACE Rev. 2 class (NN.NN) of a 5-digit national code (SN2007 62.010, SNI 62010, TOL 62010), if known. */
    String naceClass(String industry) {
        if (industry == null) {
            return null;
        }
        StringBuilder digits = new StringBuilder(8);
        for (int i = 0; i < industry.length(); i++) {
            char ch = industry.charAt(i);
            if (ch >= '0' && ch <= '9') {
                digits.append(ch);
            }
        }
        if (digits.length() < 4) {
            return null;
        }
        String nace = digits.substring(0, 2) + "." + digits.substring(2, 4);
        return reference.naceClasses().contains(nace) ? nace : null;
    }

    private static Address address(Address a) {
        if (a == null) {
            return Address.NONE;
        }
        return new Address(clean(a.street(), 500), clean(a.postalCode(), 20), clean(a.city(), 200));
    }

    static LocalDate date(String raw) {
        if (blank(raw)) {
            return null;
        }
        String s = raw.strip();
        if (s.length() > 10 && s.charAt(10) == 'T') {
            s = s.substring(0, 10);
        }
        return s.length() == 8 ? LocalDate.parse(s, BASIC) : LocalDate.parse(s);
    }

    private static String pad(String code, int length) {
        return code.length() >= length ? code : "0".repeat(length - code.length()) + code;
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static String clean(String s, int max) {
        if (blank(s)) {
            return null;
        }
        String t = s.strip();
        return t.length() > max ? t.substring(0, max) : t;
    }

    private static SourceRecord.Rejected reject(long n, String org, String reason, String detail) {
        return new SourceRecord.Rejected(n, org == null ? null : clean(org, 40), reason,
                detail == null ? null : clean(detail, 1000));
    }

    /** SHA-256 over the provided column groups, in a fixed order. */
    static ValidCompany withHash(ValidCompany v) {
        StringBuilder sb = new StringBuilder(256);
        Set<Column> p = v.provided();
        for (Column column : Column.values()) {
            if (!p.contains(column)) {
                continue;
            }
            sb.append(column.name()).append('=');
            for (Object value : values(v, column)) {
                sb.append(value == null ? "\u0000" : value.toString()).append('\u001f');
            }
            sb.append('\u001e');
        }
        return new ValidCompany(v.recordNumber(), v.countryCode(), v.orgNumber(), v.name(), v.formerNames(),
                v.legalForm(), v.legalFormName(), v.industryCode(), v.naceCode(), v.municipalityId(), v.postal(),
                v.business(), v.website(), v.email(), v.phone(), v.employees(), v.foundedOn(), v.registeredOn(),
                v.status(), v.statusDate(), v.provided(), sha256(sb.toString()));
    }

    /** The values of one column group, in column order (also used to name changed fields). */
    public static List<Object> values(ValidCompany v, Column column) {
        return switch (column) {
            case NAME -> List.of(v.name());
            case FORMER_NAMES -> List.of(String.join("\u001d", v.formerNames()));
            case LEGAL_FORM -> java.util.Arrays.asList(v.legalForm(), v.legalFormName());
            case INDUSTRY -> java.util.Arrays.asList(v.industryCode(), v.naceCode());
            case MUNICIPALITY -> java.util.Arrays.asList(v.municipalityId());
            case POSTAL_ADDRESS -> java.util.Arrays.asList(v.postal().street(), v.postal().postalCode(),
                    v.postal().city());
            case BUSINESS_ADDRESS -> java.util.Arrays.asList(v.business().street(), v.business().postalCode(),
                    v.business().city());
            case WEBSITE -> java.util.Arrays.asList(v.website());
            case EMAIL -> java.util.Arrays.asList(v.email());
            case PHONE -> java.util.Arrays.asList(v.phone());
            case EMPLOYEES -> java.util.Arrays.asList(v.employees());
            case FOUNDED_ON -> java.util.Arrays.asList(v.foundedOn());
            case REGISTERED_ON -> java.util.Arrays.asList(v.registeredOn());
            case STATUS -> java.util.Arrays.asList(v.status().name(), v.statusDate());
        };
    }

    static String sha256(String s) {
        MessageDigest digest = SHA256.get();
        digest.reset();
        return HEX.formatHex(digest.digest(s.getBytes(StandardCharsets.UTF_8)));
    }

    /** One digest per thread: looking the algorithm up for every record was a tenth of the hashing (issue 18.3). */
    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    });
    private static final HexFormat HEX = HexFormat.of();
}
