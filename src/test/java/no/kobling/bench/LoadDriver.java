package no.kobling.bench;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Closed-loop load driver (issue 18 point 5): each simulated user logs in through the login form (CSRF token from the
 * page, a session cookie of its own), then repeats: think, one action, record its latency. Actions are drawn as
 * 60 % search (the company list page with the generated query mix), 20 % company pages, 10 % logging an advisory
 * activity for a company (the JSON API with the user's API token) and 10 % partner recommendations of a company with
 * a profile (the JSON API, asked as the platform administrator: an advisor may only ask for companies it edits).
 * A response other than the expected status, or an exception, is an error. The transport
 * (real HTTP for the benchmark, MockMvc in the suite's check) is given per user.
 * <p>Users arrive spread over the first half of the warm-up (a ramp-up, as load tests do): fifty people do not press
 * "sign in" in the same instant, and a burst of parallel sign-ins from one address is what the login throttle
 * (identity {@code LoginThrottle}, 20 attempts in flight per address) is there to refuse. A refused sign-in is retried
 * after a pause, as a person would, and counted as a login error only when the retries are used up.
 */
final class LoadDriver {

    enum Kind {
        SEARCH(60), COMPANY_PAGE(20), ACTIVITY(10), RECOMMENDATIONS(10),
        /** Not an action of the mix: a user who could not sign in at all (weight 0, never drawn). */
        LOGIN(0);

        final int weight;

        Kind(int weight) {
            this.weight = weight;
        }

        /** The kind for a uniform draw {@code u} in [0, 1): cumulative weights out of 100. */
        static Kind pick(double u) {
            int percent = (int) (u * 100);
            int limit = 0;
            for (Kind k : values()) {
                limit += k.weight;
                if (percent < limit) {
                    return k;
                }
            }
            return RECOMMENDATIONS;
        }
    }

    /** One simulated user's connection: keeps its own cookies. */
    interface Transport {
        Response get(String path, Map<String, String> headers) throws Exception;

        Response post(String path, Map<String, String> headers, String contentType, String body) throws Exception;
    }

    record Response(int status, String location, String body) {
    }

    record Account(String username, String password, String token) {
    }

    /**
     * What the users work with: accounts, search paths, companies, companies with profiles, an activity kind, today,
     * and the token recommendations are asked with (the platform administrator's: an advisor may only ask for the
     * companies it edits).
     */
    record Setup(List<Account> accounts, List<String> searches, List<Long> companyIds, List<Long> profileCompanyIds,
            String activityKind, String today, String recommenderToken) {
    }

    /** How long: {@code actionsPerUser} > 0 runs that many actions per user (the suite's check), else by time. */
    record Plan(int users, long warmupMillis, long measureMillis, int actionsPerUser, long thinkMeanMillis,
            long seed) {
    }

    /** Latencies (nanoseconds) and errors per kind, and the measured wall time. */
    record Result(Latency all, Map<Kind, Latency> latency, Map<Kind, Long> errors, List<String> errorSamples,
            long measuredNanos) {

        long actions() {
            return latency.values().stream().mapToLong(Latency::count).sum() + errors.values().stream()
                    .mapToLong(Long::longValue).sum();
        }

        long totalErrors() {
            return errors.values().stream().mapToLong(Long::longValue).sum();
        }

        double throughputPerSecond() {
            return actions() / (measuredNanos / 1e9);
        }
    }

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"|value=\"([^\"]+)\"\\s+name=\"_csrf\"");

    private LoadDriver() {
    }

    static Result run(Setup setup, Plan plan, IntFunction<Transport> transports) throws InterruptedException {
        Map<Kind, List<Long>> samples = new EnumMap<>(Kind.class);
        Map<Kind, AtomicLong> errors = new EnumMap<>(Kind.class);
        for (Kind k : Kind.values()) {
            samples.put(k, new ArrayList<>());
            errors.put(k, new AtomicLong());
        }
        List<String> errorSamples = new ArrayList<>();
        long start = System.nanoTime();
        long measureFrom = start + plan.warmupMillis() * 1_000_000;
        long end = measureFrom + plan.measureMillis() * 1_000_000;
        CountDownLatch done = new CountDownLatch(plan.users());
        List<Thread> threads = new ArrayList<>();
        for (int u = 0; u < plan.users(); u++) {
            int user = u;
            Thread t = new Thread(() -> {
                try {
                    simulate(setup, plan, user, transports.apply(user), measureFrom, end, samples, errors,
                            errorSamples);
                } catch (Exception e) {
                    synchronized (errorSamples) {
                        errorSamples.add("user " + user + " stopped: " + e);
                    }
                    errors.get(Kind.LOGIN).incrementAndGet();
                } finally {
                    done.countDown();
                }
            }, "load-user-" + u);
            threads.add(t);
            t.start();
        }
        done.await();
        long measured = plan.actionsPerUser() > 0 ? System.nanoTime() - start : end - measureFrom;
        Latency all = new Latency();
        Map<Kind, Latency> latency = new EnumMap<>(Kind.class);
        Map<Kind, Long> errorCounts = new EnumMap<>(Kind.class);
        samples.forEach((k, list) -> {
            Latency l = new Latency();
            synchronized (list) {
                list.forEach(l::add);
                list.forEach(all::add);
            }
            latency.put(k, l);
            errorCounts.put(k, errors.get(k).get());
        });
        return new Result(all, latency, errorCounts, List.copyOf(errorSamples), measured);
    }

    private static void simulate(Setup setup, Plan plan, int user, Transport http, long measureFrom, long end,
            Map<Kind, List<Long>> samples, Map<Kind, AtomicLong> errors, List<String> errorSamples) throws Exception {
        SplittableRandom random = new SplittableRandom(plan.seed() * 1_000_003 + user);
        Account account = setup.accounts().get(user % setup.accounts().size());
        long arrival = plan.warmupMillis() / 2 * user / Math.max(1, plan.users());
        if (arrival > 0) {
            Thread.sleep(arrival);
        }
        signIn(http, account);
        for (int i = 0; plan.actionsPerUser() > 0 ? i < plan.actionsPerUser() : System.nanoTime() < end; i++) {
            think(plan.thinkMeanMillis(), random);
            Kind kind = Kind.pick(random.nextDouble());
            long t0 = System.nanoTime();
            String failure;
            try {
                failure = act(kind, setup, account, http, random);
            } catch (Exception e) {
                failure = e.toString();
            }
            long t1 = System.nanoTime();
            boolean counted = plan.actionsPerUser() > 0 || (t0 >= measureFrom && t1 <= end);
            if (!counted) {
                continue;
            }
            if (failure == null) {
                List<Long> list = samples.get(kind);
                synchronized (list) {
                    list.add(t1 - t0);
                }
            } else {
                errors.get(kind).incrementAndGet();
                synchronized (errorSamples) {
                    if (errorSamples.size() < 20) {
                        errorSamples.add(kind + ": " + failure);
                    }
                }
            }
        }
    }

    /** Signs in, retrying a refused sign-in up to three times after 2, 4 and 8 seconds (a person tries again). */
    private static void signIn(Transport http, Account account) throws Exception {
        for (int attempt = 0;; attempt++) {
            try {
                login(http, account);
                return;
            } catch (IllegalStateException refused) {
                if (attempt == 3) {
                    throw refused;
                }
                Thread.sleep(2000L << attempt);
            }
        }
    }

    /** Logs in through the form: the login page's CSRF token, then the POST; a redirect to the start page is success. */
    static void login(Transport http, Account account) throws Exception {
        Response page = http.get("/login", Map.of());
        Matcher m = CSRF.matcher(page.body());
        if (page.status() != 200 || !m.find()) {
            throw new IllegalStateException("login page: HTTP " + page.status() + ", no CSRF token");
        }
        String token = m.group(1) != null ? m.group(1) : m.group(2);
        Response login = http.post("/login", Map.of(), "application/x-www-form-urlencoded", "username="
                + account.username() + "&password=" + account.password() + "&_csrf=" + token);
        if (login.status() != 302 || login.location() == null || login.location().contains("error")) {
            throw new IllegalStateException("login of " + account.username() + " failed: HTTP " + login.status()
                    + " -> " + login.location());
        }
    }

    /** Runs one action; null when it answered as expected, else what went wrong. */
    private static String act(Kind kind, Setup setup, Account account, Transport http, SplittableRandom random)
            throws Exception {
        Map<String, String> bearer = Map.of("Authorization", "Bearer " + account.token(), "Accept", "application/json");
        Response r = switch (kind) {
            case SEARCH -> http.get("/companies?" + any(setup.searches(), random), Map.of());
            case COMPANY_PAGE -> http.get("/companies/" + any(setup.companyIds(), random), Map.of());
            case ACTIVITY -> http.post("/api/v1/advisory/activities", bearer, "application/json",
                    "{\"kindCode\":\"" + setup.activityKind() + "\",\"date\":\"" + setup.today()
                            + "\",\"hours\":1.5,\"visibility\":\"ORGANISATION\",\"notes\":\"Load test\",\"companyIds\":["
                            + any(setup.companyIds(), random) + "]}");
            case RECOMMENDATIONS -> http.get("/api/v1/companies/" + any(setup.profileCompanyIds(), random)
                    + "/partner-recommendations?limit=10", Map.of("Authorization", "Bearer "
                    + setup.recommenderToken(), "Accept", "application/json"));
            case LOGIN -> throw new IllegalArgumentException("signing in is not an action of the mix");
        };
        int expected = kind == Kind.ACTIVITY ? 201 : 200;
        if (r.status() != expected) {
            String body = r.body() == null ? "" : r.body();
            return "HTTP " + r.status() + " " + body.substring(0, Math.min(body.length(), 200)).replace('\n', ' ');
        }
        return null;
    }

    private static void think(long meanMillis, SplittableRandom random) throws InterruptedException {
        if (meanMillis > 0) {
            // exponential think time, capped at five times the mean
            Thread.sleep((long) Math.min(5 * meanMillis, -meanMillis * Math.log(1 - random.nextDouble())));
        }
    }

    private static <T> T any(List<T> list, SplittableRandom random) {
        return list.get(random.nextInt(list.size()));
    }
}
