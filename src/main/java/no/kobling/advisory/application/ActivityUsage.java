package no.kobling.advisory.application;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * Activities that used a service of the catalogue, counted for the catalogue's usage figures (a service is used
 * both through referrals and through activities that name it). Implemented by activity logging.
 */
public interface ActivityUsage {

    /**
     * Per service and municipality of the activity: how many activities named the service in the period
     * (inclusive; null = open) and how many distinct companies they involved.
     */
    List<UsageRow> usageOf(Collection<Long> serviceIds, LocalDate from, LocalDate to);

    record UsageRow(long serviceId, Long municipalityId, long activities, long companies) {
    }
}
