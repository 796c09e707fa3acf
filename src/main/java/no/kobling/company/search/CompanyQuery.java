package no.kobling.company.search;

/** Text and filters of a company search; null means "any". {@code nace} is a code on any level (J, 62, 62.0, 62.01). */
public record CompanyQuery(String text, String country, Long regionId, Long municipalityId, Long partnershipId,
        String nace, String sizeBand, String targetGroup, String status) {

    public static CompanyQuery text(String text) {
        return new CompanyQuery(text, null, null, null, null, null, null, null, null);
    }
}
