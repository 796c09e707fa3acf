/**
 * Identity and access: users, roles as data with a fixed set of permissions, login, API tokens, the
 * current user and their language.
 */
package no.kobling.identity;
