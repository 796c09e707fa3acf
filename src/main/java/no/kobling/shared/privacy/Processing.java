package no.kobling.shared.privacy;

/**
 * One line of the record of processing (GDPR article 30): a kind of record that holds personal data, why Kobling
 * keeps it and on which lawful basis. {@code kind} is stable and also the suffix of the message keys
 * {@code privacy.kind.<kind>} and {@code privacy.purpose.<kind>}; {@code retention} names the retention rule
 * ({@code kobling.privacy.retention.<retention>}) or is null when the record lives as long as what it belongs to.
 */
public record Processing(String kind, LawfulBasis basis, String retention) {
}
