package no.kobling.privacy;

/**
 * A person (by e-mail, lower case) withdrew their consent to a purpose. Published synchronously inside the
 * withdrawal's transaction: modules that process on that consent stop at once (e.g. {@code PARTNER_SHARING}: the
 * actor and company modules stop sharing the person's records with partner organisations).
 */
public record ConsentWithdrawn(String email, ConsentPurpose purpose) {
}
