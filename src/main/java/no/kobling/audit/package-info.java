/**
 * Audit trail: every create, update and delete of an entity is recorded (who, when, entity, id,
 * changed fields) and can be read by administrators.
 */
package no.kobling.audit;
