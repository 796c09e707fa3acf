package no.kobling.advisory.catalogue.web;

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
import no.kobling.actor.Actors;
import no.kobling.actor.ExpertRef;
import no.kobling.advisory.catalogue.application.BookingService;
import no.kobling.advisory.catalogue.application.ExpertFinder;
import no.kobling.identity.CurrentUsers;
import no.kobling.identity.UserZones;
import no.kobling.shared.DomainException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The expert finder with booking, and the bookings page where experts log delivered hours. */
@Controller
@RequestMapping("/catalogue")
class ExpertPageController {

    private final ExpertFinder finder;
    private final BookingService bookings;
    private final CatalogueOptions options;
    private final Actors actors;
    private final CurrentUsers currentUsers;
    private final java.time.Clock clock;
    private final UserZones userZones;

    ExpertPageController(ExpertFinder finder, BookingService bookings, CatalogueOptions options, Actors actors,
            CurrentUsers currentUsers, java.time.Clock clock,
            UserZones userZones) {
        this.clock = clock;
        this.userZones = userZones;
        this.finder = finder;
        this.bookings = bookings;
        this.options = options;
        this.actors = actors;
        this.currentUsers = currentUsers;
    }

    /** The book form under one expert of the result list. */
    public static class BookForm {
        @NotNull private Long companyId;
        @NotNull @Positive @DecimalMax("500") private BigDecimal hours;
        @NotNull @DateTimeFormat(pattern = "yyyy-MM") private YearMonth month;
        @Size(max = 60) private String competenceCode;
        @Size(max = 60) private String need;
        @Size(max = 2000) private String note;

        public String getNeed() { return need; }
        public void setNeed(String v) { need = v; }
        public Long getCompanyId() { return companyId; }
        public void setCompanyId(Long v) { companyId = v; }
        public BigDecimal getHours() { return hours; }
        public void setHours(BigDecimal v) { hours = v; }
        public YearMonth getMonth() { return month; }
        public void setMonth(YearMonth v) { month = v; }
        public String getCompetenceCode() { return competenceCode; }
        public void setCompetenceCode(String v) { competenceCode = v; }
        public String getNote() { return note; }
        public void setNote(String v) { note = v; }
    }

    /** Hours delivered against a booking. */
    public static class HoursForm {
        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) private LocalDate date;
        @NotNull @Positive @DecimalMax("24") private BigDecimal hours;
        @Size(max = 2000) private String note;

        public LocalDate getDate() { return date; }
        public void setDate(LocalDate v) { date = v; }
        public BigDecimal getHours() { return hours; }
        public void setHours(BigDecimal v) { hours = v; }
        public String getNote() { return note; }
        public void setNote(String v) { note = v; }
    }

    /** An expert's hours per month. */
    public static class CapacityForm {
        @NotNull @Min(0) @Max(744) private Integer hoursPerMonth;

        public Integer getHoursPerMonth() { return hoursPerMonth; }
        public void setHoursPerMonth(Integer v) { hoursPerMonth = v; }
    }

    @GetMapping("/experts")
    String find(@RequestParam(required = false) String need, @RequestParam(required = false) String competence,
            @RequestParam(required = false) String language, @RequestParam(required = false) String country,
            @RequestParam(required = false) Long companyId,
            @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month, Model model) {
        model.addAttribute("needs", finder.needOptions(LocaleContextHolder.getLocale()));
        model.addAttribute("competences", actors.competenceNames());
        model.addAttribute("companies", options.companies());
        model.addAttribute("need", need);
        model.addAttribute("competence", competence);
        model.addAttribute("language", language);
        model.addAttribute("country", country);
        model.addAttribute("companyId", companyId);
        boolean searched = (need != null && !need.isBlank()) || (competence != null && !competence.isBlank());
        model.addAttribute("searched", searched);
        if (searched) {
            try {
                ExpertFinder.Result result = finder.find(new ExpertFinder.Search(need, competence, language,
                        country, companyId, month));
                model.addAttribute("result", result);
                model.addAttribute("month", result.month());
            } catch (DomainException e) {
                if (e.status() == 404) {
                    throw e;
                }
                model.addAttribute("searchError", e.messageKey());
                model.addAttribute("searchErrorArgs", e.args());
            }
        }
        if (!model.containsAttribute("month")) {
            model.addAttribute("month", month);
        }
        return "catalogue/experts";
    }

    @PostMapping("/experts/{personId}/bookings")
    String book(@PathVariable long personId, @Valid @ModelAttribute BookForm form, BindingResult result,
            RedirectAttributes redirect) {
        String back = "redirect:/catalogue/experts?competence=" + enc(form.getCompetenceCode()) + "&need="
                + enc(form.getNeed()) + "&companyId="
                + (form.getCompanyId() == null ? "" : form.getCompanyId());
        if (result.hasErrors()) {
            redirect.addFlashAttribute("bookingError", "catalogue.error.hours-not-positive");
            redirect.addFlashAttribute("bookingErrorArgs", new Object[0]);
            redirect.addFlashAttribute("bookingPerson", personId);
            return back;
        }
        try {
            bookings.book(new BookingService.BookCommand(personId, form.getCompanyId(), form.getMonth(),
                    form.getHours(), form.getCompetenceCode(), null, form.getNote()));
            redirect.addFlashAttribute("booked", true);
        } catch (DomainException e) {
            if (e.status() == 404) {
                throw e;
            }
            redirect.addFlashAttribute("bookingError", e.messageKey());
            redirect.addFlashAttribute("bookingErrorArgs", e.args());
            redirect.addFlashAttribute("bookingPerson", personId);
        }
        return back;
    }

    @GetMapping("/bookings")
    String bookings(Model model) {
        model.addAttribute("bookings", bookings.mine());
        model.addAttribute("today", userZones.today());
        long userId = currentUsers.require().id();
        ExpertRef self = actors.experts().stream().filter(e -> e.userId() != null && e.userId() == userId)
                .findFirst().orElse(null);
        model.addAttribute("self", self);
        if (self != null && !model.containsAttribute("capacityForm")) {
            CapacityForm capacity = new CapacityForm();
            capacity.setHoursPerMonth(finder.capacityOf(self.personId()));
            model.addAttribute("capacityForm", capacity);
        }
        return "catalogue/bookings";
    }

    @PostMapping("/bookings/{id}/hours")
    String logHours(@PathVariable long id, @Valid @ModelAttribute HoursForm form, BindingResult result,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            redirect.addFlashAttribute("hoursError", result.getFieldError("hours") != null
                    ? "catalogue.error.hours-not-positive" : "catalogue.error.hours-date-required");
            redirect.addFlashAttribute("hoursErrorArgs", new Object[0]);
            redirect.addFlashAttribute("hoursBooking", id);
            return "redirect:/catalogue/bookings";
        }
        try {
            bookings.logHours(id, form.getDate(), form.getHours(), form.getNote());
            redirect.addFlashAttribute("hoursLogged", true);
        } catch (DomainException e) {
            if (e.status() == 404) {
                throw e;
            }
            redirect.addFlashAttribute("hoursError", e.messageKey());
            redirect.addFlashAttribute("hoursErrorArgs", e.args());
            redirect.addFlashAttribute("hoursBooking", id);
        }
        return "redirect:/catalogue/bookings";
    }

    @PostMapping("/experts/{personId}/capacity")
    String capacity(@PathVariable long personId, @Valid @ModelAttribute CapacityForm form, BindingResult result,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            redirect.addFlashAttribute("capacityError", true);
        } else {
            finder.setCapacity(personId, form.getHoursPerMonth());
            redirect.addFlashAttribute("capacitySaved", true);
        }
        return "redirect:/catalogue/bookings";
    }

    private static String enc(String s) {
        return s == null ? "" : java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }

}
