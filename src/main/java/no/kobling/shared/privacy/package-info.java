/**
 * The privacy port (issue 19): every module that holds personal data implements {@link PersonalData}, so the privacy
 * module can find, export and erase everything Kobling holds about a person without reading other modules' tables.
 * Entities that hold personal data carry {@link HoldsPersonalData}; the architecture tests fail when such a module has
 * no adapter. {@link ReadLog} records who opened a person (the privacy module implements it).
 */
package no.kobling.shared.privacy;
