package no.kobling.bench;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Generates meeting-scheduling instances in the format of {@code docs/formats/schedule-instance.md} for the scheduler
 * benchmark. Knobs: participants, slots, load (meetings = load x participants x slots / 2, i.e. the share of all
 * participant-slots that requests would fill), share of buyer-seller meetings (the rest between any two
 * participants), popularity skew (targets drawn by Zipf weight with this exponent), table slack (tables = slack x
 * meetings / slots, at least 1), share of participants available only half the day, share with a cap of meetings.
 * Requests are only made between participants who share at least one available slot (the marketplace shows
 * availability), never twice for one pair. Same spec and seed, same instance.
 */
public final class MeetingInstanceGenerator {

    static final JsonMapper JSON = JsonMapper.builder().build();

    /** One benchmark instance's knobs. */
    public record Spec(String name, int participants, int slots, double load, double buyerSellerShare, double skew,
            double tableSlack, double halfDayShare, double capShare, long seed) {

        public int meetings() {
            return (int) Math.round(load * participants * slots / 2.0);
        }

        public int tables() {
            return Math.max(1, (int) Math.ceil(tableSlack * meetings() / slots));
        }
    }

    private MeetingInstanceGenerator() {
    }

    public static ObjectNode generate(Spec spec) {
        SplittableRandom random = new SplittableRandom(spec.seed());
        int n = spec.participants();
        ObjectNode root = JSON.createObjectNode();
        root.put("name", spec.name());
        root.put("slots", spec.slots());
        root.put("tables", spec.tables());
        ArrayNode participants = root.putArray("participants");
        List<Integer> buyers = new ArrayList<>();
        List<Integer> sellers = new ArrayList<>();
        int company = 0;
        int[] half = new int[n]; // 0 all day, 1 morning, 2 afternoon
        for (int p = 0; p < n; p++) {
            ObjectNode participant = participants.addObject();
            participant.put("id", "p" + p);
            if (p == 0 || random.nextDouble() >= 0.1) {
                company++; // about one in ten is a colleague of the previous participant
            }
            participant.put("company", "c" + company);
            boolean buyer = p % 2 == 0;
            (buyer ? buyers : sellers).add(p);
            participant.put("role", buyer ? "buyer" : "seller");
            if (random.nextDouble() < spec.halfDayShare()) {
                int mid = spec.slots() / 2;
                boolean morning = random.nextBoolean();
                half[p] = morning ? 1 : 2;
                ArrayNode available = participant.putArray("available");
                for (int s = morning ? 0 : mid; s < (morning ? mid : spec.slots()); s++) {
                    available.add(s);
                }
            }
            if (random.nextDouble() < spec.capShare()) {
                participant.put("maxMeetings", Math.max(1, spec.slots() / 3 + random.nextInt(Math.max(1,
                        spec.slots() / 3))));
            }
        }
        double[] buyerWeights = zipf(buyers.size(), spec.skew());
        double[] sellerWeights = zipf(sellers.size(), spec.skew());
        double[] allWeights = zipf(n, spec.skew());
        int[] shuffled = permutation(n, random); // popularity rank is independent of id and role
        ArrayNode meetings = root.putArray("meetings");
        Set<Long> pairs = new HashSet<>();
        int wanted = spec.meetings();
        int attempts = 0;
        while (meetings.size() < wanted && attempts++ < wanted * 50) {
            int a;
            int b;
            if (random.nextDouble() < spec.buyerSellerShare()) {
                boolean buyerAsks = random.nextBoolean();
                List<Integer> askers = buyerAsks ? buyers : sellers;
                List<Integer> targets = buyerAsks ? sellers : buyers;
                a = askers.get(random.nextInt(askers.size()));
                b = targets.get(pick(buyerAsks ? sellerWeights : buyerWeights, random));
            } else {
                a = random.nextInt(n);
                b = shuffled[pick(allWeights, random)];
            }
            if (a == b || half[a] * half[b] == 2 || !pairs.add(Math.min(a, b) * (long) n + Math.max(a, b))) {
                continue;
            }
            ObjectNode meeting = meetings.addObject();
            meeting.put("id", "m" + meetings.size());
            meeting.put("a", "p" + a);
            meeting.put("b", "p" + b);
            double r = random.nextDouble();
            if (r < 0.05) {
                meeting.put("priority", 3);
            } else if (r < 0.25) {
                meeting.put("priority", 2);
            }
        }
        return root;
    }

    private static double[] zipf(int size, double skew) {
        double[] cumulative = new double[size];
        double sum = 0;
        for (int i = 0; i < size; i++) {
            sum += 1.0 / Math.pow(i + 1, skew);
            cumulative[i] = sum;
        }
        for (int i = 0; i < size; i++) {
            cumulative[i] /= sum;
        }
        return cumulative;
    }

    private static int pick(double[] cumulative, SplittableRandom random) {
        double r = random.nextDouble();
        int lo = 0;
        int hi = cumulative.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] < r) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static int[] permutation(int n, SplittableRandom random) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = p[i];
            p[i] = p[j];
            p[j] = t;
        }
        return p;
    }
}
