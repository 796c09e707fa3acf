/**
 * Matchmaking events: organisers and co-organisers, sessions with time slots, tables or virtual rooms, registration,
 * the marketplace of partner profiles, meeting requests, the automatic meeting scheduler, agendas, check-in and
 * the hand-over of held meetings to partner-search follow-up.
 */
package no.kobling.event;
