package no.kobling.company.importing.domain;

/** An address as a register delivers it; lines joined with ", ". */
public record Address(String street, String postalCode, String city) {

    public static final Address NONE = new Address(null, null, null);
}
