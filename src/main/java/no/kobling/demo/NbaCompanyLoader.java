package no.kobling.demo;

import static no.kobling.demo.NbaSamples.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import no.kobling.company.Companies;
import no.kobling.company.Companies.CompanyData;
import no.kobling.company.Companies.EntrepreneurData;
import no.kobling.demo.NbaRun.Firm;
import no.kobling.demo.NbaRun.Plan;
import no.kobling.demo.NbaSamples.Place;

/**
 * The North Business Arena's companies: invented firms on every level of the pyramid (with yearly employee figures
 * and the advice their level needs), and entrepreneurs with the companies they started.
 */
final class NbaCompanyLoader {

    private final Companies companies;
    private final NbaActivityLoader activities;

    NbaCompanyLoader(Companies companies, NbaActivityLoader activities) {
        this.companies = companies;
        this.activities = activities;
    }

    /** The two demo companies of the area and invented ones on each level of the pyramid, advised by plan. */
    void companiesAndAdvice(NbaRun run) {
        // the two demo companies of the area take part too
        for (String[] known : new String[][] {{"5594628199", "2584"}, {"5594821992", "2523"}}) {
            companies.idByOrgNumber("SE", known[0]).ifPresent(id -> {
                Firm firm = new Firm(id, place(known[1]), Plan.PARTICIPATING);
                run.firms.add(firm);
                activities.advise(run, firm);
            });
        }
        int[][] plan = {{200, 0}, {75, 1}, {45, 2}, {18, 3}}; // contacted, participating, intensive, deep dive
        for (int[] level : plan) {
            for (int i = 0; i < level[0]; i++) {
                Place place = weightedPlace(run.random);
                Plan p = Plan.values()[level[1]];
                int employees = employees(run.random);
                long id = register(run, place, employees, false);
                if (p != Plan.CONTACTED) {
                    figures(run, id, employees);
                }
                Firm firm = new Firm(id, place, p);
                run.firms.add(firm);
                if (p != Plan.CONTACTED) {
                    activities.advise(run, firm);
                }
            }
        }
    }

    /** Entrepreneurs who started companies during the project, each with start-up advice. */
    void startUps(NbaRun run) {
        String[] ideas = {"Snickeri och inredning i trä.", "Redovisningsbyrå för små företag.",
                "Catering med lokala råvaror.", "Elinstallationer i fritidshus.", "Webbutik för samiskt hantverk.",
                "Svetsuppdrag åt gruvnäringens leverantörer.", "Frisörsalong.", "IT-support för föreningar.",
                "Hemtjänst och städ.", "Bageri med fjällbröd.", "Skogsvård och röjning.", "Bilverkstad."};
        for (int i = 0; i < 85; i++) {
            Place place = weightedPlace(run.random);
            Set<String> groups = groups(run.random, true);
            long entrepreneur = companies.registerEntrepreneur(new EntrepreneurData(
                    run.organisations.get(place.code()), person(run.random), null, run.municipalities.get(
                            place.code()), ideas[run.random.nextInt(ideas.length)], true, true, groups));
            int employees = run.random.nextInt(100) < 60 ? 0 : run.random.nextInt(100) < 70 ? 1 : 2;
            long company = register(run, place, employees, true, groups);
            LocalDate linked = run.day(run.start.plusDays(20), run.today.minusDays(5));
            companies.linkEntrepreneur(entrepreneur, company, linked);
            Firm firm = new Firm(company, place, Plan.STARTED);
            run.firms.add(firm);
            activities.startUpAdvice(run, firm, linked);
        }
    }

    private long register(NbaRun run, Place place, int employees, boolean started) {
        return register(run, place, employees, started, groups(run.random, false));
    }

    private long register(NbaRun run, Place place, int employees, boolean started, Set<String> groups) {
        String[] trade = TRADES[run.random.nextInt(TRADES.length)];
        String name = PREFIXES[run.random.nextInt(PREFIXES.length)] + " " + trade[0];
        if (!run.names.add(name)) {
            name = name + " i " + place.name();
            if (!run.names.add(name)) {
                name = name + " " + (run.names.size() + 1);
                run.names.add(name);
            }
        }
        String number;
        do {
            number = swedishNumber(run.random);
        } while (!run.numbers.add(number) || companies.idByOrgNumber("SE", number).isPresent());
        Set<String> companyGroups = new HashSet<>(groups);
        if (started) {
            companyGroups.add("NEW_ENTREPRENEUR");
        }
        run.written();
        return companies.register(new CompanyData("SE", number, name + " AB", "AB", trade[1],
                run.municipalities.get(place.code()), employees, started ? "Nystartat företag i " + place.name()
                        + "." : null, companyGroups));
    }

    /** Employees in the year before the project and in the last closed year: a modest net growth. */
    private void figures(NbaRun run, long companyId, int employees) {
        int before = run.start.getYear() - 1;
        int last = run.today.getYear() - 1;
        int growth = new int[] {-1, 0, 0, 0, 0, 0, 1, 1, 1, 2}[run.random.nextInt(10)];
        int after = Math.max(0, employees + growth);
        companies.recordFigure(companyId, before, revenue(employees), "SEK", employees);
        companies.recordFigure(companyId, last, revenue(after).multiply(BigDecimal.valueOf(106)).movePointLeft(2),
                "SEK", after);
    }
}
