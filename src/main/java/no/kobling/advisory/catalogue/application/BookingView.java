package no.kobling.advisory.catalogue.application;

import java.math.BigDecimal;
import java.time.YearMonth;

/** Hours of an expert booked for a company, with the hours delivered so far. */
public record BookingView(long id, long personId, String expertName, long companyId, String companyName,
        YearMonth month, BigDecimal hours, BigDecimal delivered, String competenceCode, Long serviceId, String note,
        String bookedBy, boolean mayLogHours) {
}
