package no.kobling.event;

import java.util.List;

/**
 * Read-only view of the event module for the home page (issue 16). Each method checks the caller's rights like the
 * event pages do and answers an empty list where the caller has nothing.
 */
public interface EventOverview {

    /** Events the caller organises with registrations waiting for approval. Needs MANAGE_EVENTS. */
    List<WaitingRegistrations> registrationsWaiting(int limit);

    /**
     * The events the caller's represented companies take part in: the participation's status, the meeting requests
     * waiting for the company's answer and those it sent that wait. Needs REPRESENT_COMPANY.
     */
    List<CompanyParticipation> companyParticipations(int limit);

    record WaitingRegistrations(long eventId, String title, long waiting) {
    }

    /** {@code status}: PENDING, APPROVED, DECLINED or REMOVED; the agenda exists for an approved participant. */
    record CompanyParticipation(long eventId, String title, long participantId, String companyName, String status,
            long incomingRequests, long outgoingRequests) {

        public boolean approved() {
            return "APPROVED".equals(status);
        }
    }
}
