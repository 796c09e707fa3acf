package no.kobling.advisory.catalogue.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import no.kobling.advisory.catalogue.application.BookingService;
import no.kobling.advisory.catalogue.application.BookingView;
import no.kobling.advisory.catalogue.application.ExpertFinder;
import no.kobling.advisory.catalogue.application.ExpertMatch;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/catalogue")
@Tag(name = "Expert finder", description = "Mentors and experts across the partnership: ranking, bookings, hours")
class ExpertApiController {

    private final ExpertFinder finder;
    private final BookingService bookings;
    private final MessageSource messages;

    ExpertApiController(ExpertFinder finder, BookingService bookings, MessageSource messages) {
        this.finder = finder;
        this.bookings = bookings;
        this.messages = messages;
    }

    record CapacityRequest(@NotNull @Min(0) @Max(744) Integer hoursPerMonth) {
    }

    record BookingRequest(@NotNull Long personId, @NotNull Long companyId, YearMonth month,
            @NotNull @Positive @DecimalMax("500") BigDecimal hours, @Size(max = 60) String competenceCode,
            Long serviceId, @Size(max = 2000) String note) {
    }

    record HoursRequest(@NotNull LocalDate date, @NotNull @Positive @DecimalMax("24") BigDecimal hours,
            @Size(max = 2000) String note) {
    }

    record RankedExpert(ExpertMatch expert, List<String> reasons) {
    }

    record Ranking(java.util.Set<String> competences, YearMonth month, String companyName, List<RankedExpert> experts) {
    }

    @GetMapping("/experts")
    @Operation(summary = "Rank mentors/experts for a need (or competence), optionally language, country, company")
    Ranking find(@RequestParam(required = false) String need, @RequestParam(required = false) String competence,
            @RequestParam(required = false) String language, @RequestParam(required = false) String country,
            @RequestParam(required = false) Long companyId, @RequestParam(required = false) YearMonth month) {
        ExpertFinder.Result result = finder.find(new ExpertFinder.Search(need, competence, language, country,
                companyId, month));
        return new Ranking(result.competences(), result.month(), result.companyName(), result.matches().stream()
                .map(m -> new RankedExpert(m, m.reasons().stream().map(r -> messages.getMessage(r.messageKey(),
                        r.argArray(), r.messageKey(), LocaleContextHolder.getLocale())).toList())).toList());
    }

    @PutMapping("/experts/{personId}/capacity")
    @Operation(summary = "Set an expert's hours per month (the expert, their people manager, or an administrator)")
    CapacityRequest capacity(@PathVariable long personId, @Valid @RequestBody CapacityRequest body) {
        return new CapacityRequest(finder.setCapacity(personId, body.hoursPerMonth()));
    }

    @PostMapping("/bookings")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Book an expert's hours for a company in a month (within the hours left)")
    BookingView book(@Valid @RequestBody BookingRequest body) {
        return bookings.book(new BookingService.BookCommand(body.personId(), body.companyId(), body.month(),
                body.hours(), body.competenceCode(), body.serviceId(), body.note()));
    }

    @GetMapping("/bookings")
    @Operation(summary = "The caller's bookings as an expert and those of the caller's organisation")
    List<BookingView> mine() {
        return bookings.mine();
    }

    @GetMapping("/bookings/{id}")
    BookingView booking(@PathVariable long id) {
        return bookings.get(id);
    }

    @PostMapping("/bookings/{id}/hours")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "The expert logs hours delivered against the booking")
    BookingView logHours(@PathVariable long id, @Valid @RequestBody HoursRequest body) {
        return bookings.logHours(id, body.date(), body.hours(), body.note());
    }
}
