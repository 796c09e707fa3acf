/**
 * Notifications: in-app notifications and e-mail through a transactional outbox that retries with backoff.
 */
package no.kobling.notification;
