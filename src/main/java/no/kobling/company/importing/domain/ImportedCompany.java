package no.kobling.company.importing.domain;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * One company as a parser read it, before validation: codes, dates and numbers are still the register's text.
 * {@code provided} names the column groups this record carries (see {@link Column}).
 */
public record ImportedCompany(String countryCode, String orgNumber, String name, List<String> formerNames,
        String legalForm, String legalFormName, String industryCode, String municipalityCode,
        String municipalityName, Address postal, Address business, String website, String email, String phone,
        String employees, String foundedOn, String registeredOn, RegisterStatus status, String statusDate,
        Set<Column> provided) {

    public static Builder builder(String countryCode, Set<Column> provided) {
        return new Builder(countryCode, provided);
    }

    /** Mutable builder for parsers. */
    public static final class Builder {
        private final String countryCode;
        private final Set<Column> provided;
        private String orgNumber;
        private String name;
        private final List<String> formerNames = new ArrayList<>();
        private String legalForm;
        private String legalFormName;
        private String industryCode;
        private String municipalityCode;
        private String municipalityName;
        private Address postal = Address.NONE;
        private Address business = Address.NONE;
        private String website;
        private String email;
        private String phone;
        private String employees;
        private String foundedOn;
        private String registeredOn;
        private RegisterStatus status = RegisterStatus.ACTIVE;
        private String statusDate;

        private Builder(String countryCode, Set<Column> provided) {
            this.countryCode = countryCode;
            this.provided = provided.isEmpty() ? EnumSet.noneOf(Column.class) : EnumSet.copyOf(provided);
        }

        public Builder orgNumber(String v) { orgNumber = v; return this; }
        public Builder name(String v) { name = v; return this; }
        public Builder formerName(String v) { if (v != null && !v.isBlank()) { formerNames.add(v.strip()); } return this; }
        public Builder legalForm(String code, String label) { legalForm = code; legalFormName = label; return this; }
        public Builder industryCode(String v) { industryCode = v; return this; }
        public Builder municipalityCode(String v) { municipalityCode = v; return this; }
        public Builder municipalityName(String v) { municipalityName = v; return this; }
        public Builder postal(Address v) { postal = v == null ? Address.NONE : v; return this; }
        public Builder business(Address v) { business = v == null ? Address.NONE : v; return this; }
        public Builder website(String v) { website = v; return this; }
        public Builder email(String v) { email = v; return this; }
        public Builder phone(String v) { phone = v; return this; }
        public Builder employees(String v) { employees = v; return this; }
        public Builder foundedOn(String v) { foundedOn = v; return this; }
        public Builder registeredOn(String v) { registeredOn = v; return this; }
        public Builder status(RegisterStatus v, String date) { status = v; statusDate = date; return this; }
        /** Narrows the provided columns (e.g. a deleted unit carries only name, legal form and status). */
        public Builder onlyProvides(Set<Column> columns) { provided.retainAll(columns); return this; }

        public String orgNumber() { return orgNumber; }

        public ImportedCompany build() {
            return new ImportedCompany(countryCode, orgNumber, name, List.copyOf(formerNames), legalForm,
                    legalFormName, industryCode, municipalityCode, municipalityName, postal, business, website, email,
                    phone, employees, foundedOn, registeredOn, status, statusDate, Set.copyOf(provided));
        }
    }
}
