package no.kobling.advisory.catalogue.application;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import no.kobling.actor.ExpertRef;
import no.kobling.advisory.catalogue.application.CatalogueAccess.Caller;
import no.kobling.advisory.catalogue.domain.Booking;
import no.kobling.advisory.catalogue.domain.DeliveredHours;
import no.kobling.advisory.catalogue.persistence.BookingRepository;
import no.kobling.advisory.catalogue.persistence.DeliveredHoursRepository;
import no.kobling.advisory.catalogue.persistence.ExpertLocks;
import no.kobling.company.Companies;
import no.kobling.company.CompanyRef;
import no.kobling.identity.UserZones;
import no.kobling.notification.Notifications;
import no.kobling.shared.DomainException;
import no.kobling.shared.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Booking an expert's hours for a company (never beyond the hours left in that month) and the expert logging the
 * hours delivered (never more than booked). Bookings are visible to the expert and the booking organisation.
 * Both limits hold under concurrency: a booking locks the expert's row in {@code catalogue_expert_lock}, logged
 * hours lock their booking, before they count.
 */
@Service
public class BookingService {

    private final BookingRepository bookings;
    private final DeliveredHoursRepository delivered;
    private final ExpertFinder experts;
    private final ServiceCatalogue catalogue;
    private final CatalogueAccess access;
    private final Companies companies;
    private final ExpertLocks expertLocks;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final UserZones userZones;
    private final Notifications notifications;

    BookingService(BookingRepository bookings, DeliveredHoursRepository delivered, ExpertFinder experts,
            ServiceCatalogue catalogue, CatalogueAccess access, Companies companies, ExpertLocks expertLocks,
            PlatformTransactionManager transactions, Clock clock, UserZones userZones, Notifications notifications) {
        this.notifications = notifications;
        this.expertLocks = expertLocks;
        this.tx = new TransactionTemplate(transactions);
        this.bookings = bookings;
        this.delivered = delivered;
        this.experts = experts;
        this.catalogue = catalogue;
        this.access = access;
        this.companies = companies;
        this.clock = clock;
        this.userZones = userZones;
    }

    public record BookCommand(long personId, long companyId, YearMonth month, BigDecimal hours,
            String competenceCode, Long serviceId, String note) {
    }

    /**
     * Books hours within the hours left. The expert's lock row is made first, on its own, then the booking runs in
     * one transaction that holds the lock while it counts and saves.
     */
    @PreAuthorize(ExpertFinder.FIND)
    public BookingView book(BookCommand command) {
        expertLocks.ensure(command.personId());
        return tx.execute(status -> bookLocked(command));
    }

    private BookingView bookLocked(BookCommand command) {
        Caller caller = access.caller();
        ExpertRef expert = experts.expert(command.personId());
        expertLocks.lock(expert.personId());
        CompanyRef company = access.company(caller, command.companyId());
        if (command.serviceId() != null) {
            catalogue.visible(caller, command.serviceId());
        }
        YearMonth month = command.month() == null ? YearMonth.from(userZones.today()) : command.month();
        if (month.isBefore(YearMonth.from(userZones.today()))) {
            throw DomainException.rule("booking-month-past", "catalogue.error.booking-month-past");
        }
        Booking booking = new Booking(expert.personId(), company.id(), month, command.hours(),
                command.competenceCode(), command.serviceId(), command.note(), caller.name(), caller.organisationId(),
                clock.instant());
        BigDecimal left = experts.hoursPerMonth(expert.personId())
                .subtract(bookings.bookedHours(expert.personId(), month.atDay(1)));
        if (booking.getHours().compareTo(left) > 0) {
            throw DomainException.rule("booking-over-capacity", "catalogue.error.booking-over-capacity",
                    expert.name(), left.max(BigDecimal.ZERO).stripTrailingZeros().toPlainString(), month.toString());
        }
        bookings.saveAndFlush(booking);
        if (expert.userId() != null && !expert.userId().equals(caller.userId())) {
            notifications.notify(expert.userId(), Notifications.Kind.EXPERT_BOOKED, "notify.booking.received",
                    List.of(company.name(), booking.getHours().stripTrailingZeros().toPlainString(), month.toString(),
                            caller.name()), "/catalogue/bookings#bookings");
        }
        return views(caller, List.of(booking)).get(0);
    }

    /** The expert logs hours delivered against their booking (administrators may log for them). */
    @Transactional
    @PreAuthorize("hasAuthority('OFFER_EXPERTISE')")
    public BookingView logHours(long bookingId, LocalDate workDate, BigDecimal hours, String note) {
        Caller caller = access.caller();
        Booking booking = visible(caller, bookingId);
        if (!caller.seesAll() && !isExpert(caller, booking)) {
            throw new AccessDeniedException("only the booked expert logs hours");
        }
        bookings.lockById(bookingId);
        DeliveredHours entry = new DeliveredHours(bookingId, workDate, hours, note, caller.name(), clock.instant(),
                userZones.today());
        BigDecimal total = delivered.deliveredHours(bookingId).add(entry.getHours());
        if (total.compareTo(booking.getHours()) > 0) {
            throw DomainException.rule("hours-over-booking", "catalogue.error.hours-over-booking",
                    booking.getHours().stripTrailingZeros().toPlainString());
        }
        delivered.saveAndFlush(entry);
        return views(caller, List.of(booking)).get(0);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyAuthority('OFFER_EXPERTISE', 'LOG_ACTIVITIES', 'FACILITATE_PARTNER_SEARCH')")
    public BookingView get(long bookingId) {
        Caller caller = access.caller();
        return views(caller, List.of(visible(caller, bookingId))).get(0);
    }

    /** Bookings of the caller as an expert and bookings made by the caller's organisation, newest month first. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyAuthority('OFFER_EXPERTISE', 'LOG_ACTIVITIES', 'FACILITATE_PARTNER_SEARCH')")
    public List<BookingView> mine() {
        Caller caller = access.caller();
        Map<Long, Booking> found = new LinkedHashMap<>();
        List<Long> ownPersons = ownPersonIds(caller);
        if (!ownPersons.isEmpty()) {
            bookings.findByPersonIdInOrderByPeriodMonthDescIdDesc(ownPersons).forEach(b -> found.put(b.getId(), b));
        }
        if (caller.organisationId() != null) {
            bookings.findByBookingOrganisationIdOrderByPeriodMonthDescIdDesc(caller.organisationId())
                    .forEach(b -> found.putIfAbsent(b.getId(), b));
        }
        return views(caller, new ArrayList<>(found.values()));
    }

    private Booking visible(Caller caller, long id) {
        Booking booking = bookings.findById(id).orElseThrow(() -> new NotFoundException("catalogue.booking", id));
        CatalogueAccess.visibleOr404(caller.seesAll() || isExpert(caller, booking)
                || caller.belongsTo(booking.getBookingOrganisationId()), "catalogue.booking", id);
        return booking;
    }

    private boolean isExpert(Caller caller, Booking booking) {
        return ownPersonIds(caller).contains(booking.getPersonId());
    }

    private List<Long> ownPersonIds(Caller caller) {
        if (caller.userId() == null) {
            return List.of();
        }
        return experts.visibleExperts().stream().filter(e -> caller.userId().equals(e.userId()))
                .map(ExpertRef::personId).toList();
    }

    private List<BookingView> views(Caller caller, List<Booking> list) {
        if (list.isEmpty()) {
            return List.of();
        }
        Map<Long, String> expertNames = new HashMap<>();
        experts.visibleExperts().forEach(e -> expertNames.put(e.personId(), e.name()));
        Map<Long, String> companyNames = companies.refs(list.stream().map(Booking::getCompanyId)
                .collect(Collectors.toSet())).stream().collect(Collectors.toMap(CompanyRef::id, CompanyRef::name));
        Map<Long, BigDecimal> deliveredHours = new HashMap<>();
        delivered.deliveredPerBooking(list.stream().map(Booking::getId).toList())
                .forEach(row -> deliveredHours.put(((Number) row[0]).longValue(), (BigDecimal) row[1]));
        List<Long> own = ownPersonIds(caller);
        return list.stream().map(b -> new BookingView(b.getId(), b.getPersonId(),
                expertNames.getOrDefault(b.getPersonId(), "#" + b.getPersonId()), b.getCompanyId(),
                companyNames.getOrDefault(b.getCompanyId(), "#" + b.getCompanyId()), b.getMonth(), b.getHours(),
                deliveredHours.getOrDefault(b.getId(), BigDecimal.ZERO), b.getCompetenceCode(), b.getServiceId(),
                b.getNote(), b.getBookedBy(), caller.seesAll() || own.contains(b.getPersonId()))).toList();
    }

    /** The caller's own bookings as an expert in this month (caller's zone), with the hours per month stated. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('OFFER_EXPERTISE')")
    public ExpertMonthView expertMonth() {
        Caller caller = access.caller();
        YearMonth month = YearMonth.from(userZones.today());
        List<Long> own = ownPersonIds(caller);
        if (own.isEmpty()) {
            return new ExpertMonthView(false, month, BigDecimal.ZERO, List.of());
        }
        BigDecimal capacity = own.stream().map(id -> BigDecimal.valueOf(experts.capacityOf(id)))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        List<Booking> thisMonth = bookings.findByPersonIdInOrderByPeriodMonthDescIdDesc(own).stream()
                .filter(b -> month.equals(b.getMonth())).toList();
        return new ExpertMonthView(true, month, capacity, views(caller, thisMonth));
    }

    public record ExpertMonthView(boolean expert, YearMonth month, BigDecimal capacity, List<BookingView> bookings) {
    }
}
