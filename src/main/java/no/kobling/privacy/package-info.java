/**
 * Privacy (issue 19): the record of processing, consents with versioned texts in five languages, access requests
 * (JSON and PDF exports across all modules, with the audit and the read log), erasure (anonymisation that keeps the
 * statistics), retention of records about people, and the read log. Every module that holds personal data takes part
 * through the port {@link no.kobling.shared.privacy.PersonalData}; other modules use only {@link Consents}. Rules in
 * docs/privacy.md. Tables {@code privacy_*}.
 */
package no.kobling.privacy;
