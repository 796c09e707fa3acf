package no.kobling.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import no.kobling.event.scheduling.InstanceJson;
import no.kobling.event.scheduling.InstanceValidator;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Fast correctness check of the scheduler benchmark's generator and upper bound (the benchmark runs outside). */
class ScheduleBenchTest {

    private static JsonNode json(String text) {
        return MeetingInstanceGenerator.JSON.readTree(text);
    }

    @Test
    void boundTakesTheSmallestOfMeetingsSlotCapacityAndBMatching() {
        // a triangle, everyone available once: b = 1 each, LP relaxation 1.5 -> 1; not bipartite
        JsonNode triangle = json("""
                {"slots": 2, "tables": 5, "participants": [
                  {"id": "a", "available": [0]}, {"id": "b", "available": [0]}, {"id": "c", "available": [0]}],
                 "meetings": [{"id": "1", "a": "a", "b": "b"}, {"id": "2", "a": "b", "b": "c"},
                              {"id": "3", "a": "c", "b": "a"}]}""");
        ScheduleBound.Bound bound = ScheduleBound.of(triangle);
        assertThat(bound.exactBmatch()).isFalse();
        assertThat(bound.bmatch()).isEqualTo(1);
        assertThat(bound.slotCapacity()).isEqualTo(1); // slot 0: min(5, 3/2), slot 1: nobody
        assertThat(bound.value()).isEqualTo(1);

        // a star: one seller, four buyers, the seller capped at 2; one table; bipartite
        JsonNode star = json("""
                {"slots": 3, "tables": 1, "participants": [
                  {"id": "s", "maxMeetings": 2}, {"id": "b1"}, {"id": "b2"}, {"id": "b3"}, {"id": "b4"}],
                 "meetings": [{"id": "1", "a": "s", "b": "b1"}, {"id": "2", "a": "s", "b": "b2"},
                              {"id": "3", "a": "b3", "b": "s"}, {"id": "4", "a": "b4", "b": "b1"}]}""");
        bound = ScheduleBound.of(star);
        assertThat(bound.exactBmatch()).isTrue();
        assertThat(bound.bmatch()).isEqualTo(3); // two of the seller's + b4-b1
        assertThat(bound.slotCapacity()).isEqualTo(3);
        assertThat(bound.meetings()).isEqualTo(4);
        assertThat(bound.value()).isEqualTo(3);
    }

    @Test
    void generatedInstancesAreValidDeterministicAndFollowTheKnobs() {
        MeetingInstanceGenerator.Spec spec = new MeetingInstanceGenerator.Spec("t", 400, 12, 0.4, 1.0, 1.2, 0.9,
                0.5, 0.25, 3);
        JsonNode instance = MeetingInstanceGenerator.generate(spec);
        assertThat(instance.toString()).isEqualTo(MeetingInstanceGenerator.generate(spec).toString());
        assertThat(InstanceValidator.problems(InstanceJson.read(instance.toString()))).isEmpty();
        assertThat(instance.get("meetings").size()).isEqualTo(spec.meetings()).isEqualTo(960);
        assertThat(instance.get("tables").asInt()).isEqualTo(spec.tables()).isEqualTo(72);
        Map<String, String> roles = new HashMap<>();
        int halfDay = 0;
        for (JsonNode p : instance.get("participants")) {
            roles.put(p.get("id").asString(), p.get("role").asString());
            halfDay += p.has("available") ? 1 : 0;
        }
        assertThat(halfDay).isBetween(160, 240);
        Map<String, Integer> requests = new HashMap<>();
        Set<String> pairs = new HashSet<>();
        for (JsonNode m : instance.get("meetings")) {
            String a = m.get("a").asString();
            String b = m.get("b").asString();
            assertThat(roles.get(a)).isNotEqualTo(roles.get(b)); // all buyer-seller at share 1.0
            assertThat(pairs.add(a.compareTo(b) < 0 ? a + b : b + a)).isTrue();
            requests.merge(a, 1, Integer::sum);
            requests.merge(b, 1, Integer::sum);
        }
        int most = requests.values().stream().max(Integer::compare).orElseThrow();
        assertThat(most).as("skewed popularity").isGreaterThan(4 * 2 * 960 / 400);
        ScheduleBound.Bound bound = ScheduleBound.of(instance);
        assertThat(bound.exactBmatch()).isTrue();
        assertThat(bound.value()).isLessThanOrEqualTo(960).isPositive();
    }
}
