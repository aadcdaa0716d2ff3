package org.entente.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The port agrees with {@code shared/eval/score.py}: prediction files are derived from the shared gold
 * records (perfect, then degraded in many ways), scored in Java, and, when {@code python3} is available,
 * by score.py on the same files; the {@code --per-article} text and {@code --json --per-article} outputs
 * must be identical.
 * Nothing of the corpus is copied into the repository: the files live in a temporary directory.
 */
class ScorePyAgreementTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> CORPORA = List.of("dev", "seeds");

    private static Path shared;
    private static boolean python;

    @TempDir
    static Path tmp;

    @BeforeAll
    static void locate() {
        String dir = System.getProperty("entente.shared");
        shared = dir == null ? null : Path.of(dir);
        python = shared != null && Files.isRegularFile(shared.resolve("eval/score.py")) && pythonWorks();
    }

    private static Path gold(String corpus) {
        assumeTrue(shared != null && Files.isRegularFile(shared.resolve("corpus/" + corpus + "/gold.jsonl")),
                "the shared corpora are not at -Dentente.shared");
        return shared.resolve("corpus/" + corpus + "/gold.jsonl");
    }

    // ---------------------------------------------------------------- predictions derived from gold

    /** One way of turning gold records into predictions; records are deep copies, free to change. */
    private record Variant(String name, UnaryOperator<List<ObjectNode>> derive) {
    }

    private static List<Variant> variants() {
        List<Variant> v = new ArrayList<>();
        v.add(new Variant("identity", recs -> recs));
        v.add(new Variant("clean", recs -> eachEvent(recs, (e, i) -> clean(e))));
        v.add(new Variant("every-other-event", recs -> {
            for (ObjectNode r : recs) {
                ArrayNode events = (ArrayNode) r.get("events");
                for (int i = events.size() - 1; i >= 0; i--) {
                    if (i % 2 == 1) {
                        events.remove(i);
                    }
                }
            }
            return recs;
        }));
        v.add(new Variant("statuses-flipped", recs -> eachEvent(recs, (e, i) -> {
            if (i % 2 == 0) {
                e.put("status", "done".equals(e.path("status").asText()) ? "planned" : "done");
            }
        })));
        v.add(new Variant("types-confused", recs -> eachEvent(recs, (e, i) -> {
            String t = e.path("type").asText();
            if (i % 3 == 0) {
                e.put("type", t.equals("AGREE") ? "MEET" : t.equals("MEET") ? "AGREE" : "MEET");
            } else if (i % 3 == 1 && t.equals("ATTEND")) {
                e.put("type", "ATTEND_NOT");
            }
        })));
        v.add(new Variant("names-truncated", recs -> eachActor(recs, (a, i) -> {
            String[] w = a.path("name").asText().split(" ");
            if (w.length > 1) {
                a.put("name", String.join(" ", List.of(w).subList(0, w.length - 1 - (i % 2 == 0 && w.length > 3 ? 1 : 0))));
            }
        })));
        v.add(new Variant("names-perturbed", recs -> {
            eachActor(recs, (a, i) -> {
                String n = a.path("name").asText();
                switch (i % 6) {
                    case 0 -> a.put("name", "The " + n.toUpperCase(Locale.ROOT));
                    case 1 -> a.put("name", "Ruritania’s " + n);
                    case 2 -> a.put("name", n.replace(" of ", " for the ") + ".");
                    case 3 -> a.put("name", "National " + n);
                    case 4 -> a.put("name", n.replace("a", "á").replace("e", "ë"));
                    default -> a.set("name", a.path("aliases").path(0).isMissingNode() ? TextNode.valueOf(n)
                            : a.path("aliases").path(0));
                }
                a.remove("aliases");
            });
            return eachEvent(recs, (e, i) -> {
                if (i % 2 == 0 && e.hasNonNull("event_name")) {
                    String n = e.get("event_name").asText();
                    e.put("event_name", n.contains(" ") ? n.substring(0, n.lastIndexOf(' ')) : n + " 2099");
                }
            });
        }));
        v.add(new Variant("countries-swapped", recs -> eachEvent(recs, (e, i) -> {
            JsonNode actors = e.path("actors");
            if (actors.size() > 1) {
                JsonNode first = actors.get(0).get("country");
                for (int k = 0; k < actors.size() - 1; k++) {
                    ((ObjectNode) actors.get(k)).set("country", actors.get(k + 1).get("country"));
                }
                ((ObjectNode) actors.get(actors.size() - 1)).set("country", first);
            } else if (actors.size() == 1 && i % 2 == 0) {
                ((ObjectNode) actors.get(0)).put("country", actors.get(0).path("country").asText().toLowerCase(Locale.ROOT));
            }
        })));
        v.add(new Variant("attributes-degraded", recs -> eachEvent(recs, (e, i) -> {
            String date = e.path("date").asText("");
            switch (i % 5) {
                case 0 -> e.remove("date");
                case 1 -> e.put("date", date.length() >= 4 ? date.substring(0, 4) : date);
                case 2 -> e.put("date", date.length() >= 7 ? date.substring(0, 7) : "2001-01-01");
                case 3 -> e.put("date", date.contains("/") ? date.substring(date.indexOf('/') + 1) : date + "/" + date);
                default -> { }
            }
            if (i % 3 == 0) {
                e.set("location", i % 2 == 0 ? null : JSON.createObjectNode().put("name", "Elsewhere"));
            }
            if (e.path("instrument").isObject() && i % 2 == 1) {
                ((ObjectNode) e.get("instrument")).put("kind", "other");
            }
            if (e.path("people").isArray()) {
                for (JsonNode p : e.get("people")) {
                    String n = p.path("name").asText();
                    if (i % 2 == 0 && n.contains(" ")) {
                        ((ObjectNode) p).put("name", n.substring(n.lastIndexOf(' ') + 1));
                    }
                }
                if (i % 4 == 3) {
                    ((ArrayNode) e.get("people")).addObject().put("name", "Someone Else");
                }
            }
            if (e.path("spheres").isArray() && e.get("spheres").size() > 0) {
                ArrayNode s = (ArrayNode) e.get("spheres");
                if (i % 2 == 0) {
                    s.remove(0);
                } else {
                    s.add("tourism");
                }
            }
        })));
        v.add(new Variant("duplicated-and-missing", recs -> {
            List<ObjectNode> out = new ArrayList<>();
            for (int i = 0; i < recs.size(); i++) {
                if (i % 3 == 2) {
                    continue;
                }
                ObjectNode r = recs.get(i);
                ArrayNode events = (ArrayNode) r.get("events");
                int n = events.size();
                for (int k = 0; k < n; k++) {
                    events.add(events.get(k).deepCopy());
                }
                events.addObject().put("type", "OTHER").putArray("actors").addObject().put("name", "Somebody");
                out.add(r);
            }
            ObjectNode stray = JSON.createObjectNode().put("id", "not-in-gold");
            stray.putArray("events");
            out.add(stray);
            return out;
        }));
        for (long seed : new long[] {1, 2, 3}) {
            v.add(new Variant("random-" + seed, recs -> randomised(recs, new Random(seed))));
        }
        return v;
    }

    /** A seeded mixture of every degradation, plus invented events. */
    private static List<ObjectNode> randomised(List<ObjectNode> recs, Random rnd) {
        String[] invented = {"Trade Council", "Ministry of Trade", "Agency", "Azerbaijan", "Chamber of Commerce"};
        for (ObjectNode r : recs) {
            ArrayNode events = (ArrayNode) r.get("events");
            ArrayNode out = JSON.createArrayNode();
            for (JsonNode ev : events) {
                ObjectNode e = (ObjectNode) ev;
                if (rnd.nextDouble() < 0.3) {
                    e.put("status", rnd.nextBoolean() ? "done" : "planned");
                }
                if (rnd.nextDouble() < 0.15) {
                    e.put("type", List.of("AGREE", "MEET", "ATTEND").get(rnd.nextInt(3)));
                }
                for (JsonNode a : e.path("actors")) {
                    ObjectNode actor = (ObjectNode) a;
                    if (rnd.nextDouble() < 0.3) {
                        String[] w = actor.path("name").asText().split(" ");
                        int from = rnd.nextInt(Math.max(1, w.length / 2));
                        actor.put("name", String.join(" ", List.of(w).subList(from, w.length)));
                    }
                    if (rnd.nextDouble() < 0.1) {
                        actor.put("name", invented[rnd.nextInt(invented.length)]);
                    }
                    if (rnd.nextDouble() < 0.2) {
                        actor.remove("country");
                    }
                    actor.remove("aliases");
                }
                if (rnd.nextDouble() < 0.2 && e.get("actors") instanceof ArrayNode actors) {
                    actors.addObject().put("name", invented[rnd.nextInt(invented.length)])
                            .put("country", "XYZ");
                }
                if (rnd.nextDouble() < 0.3) {
                    e.put("date", e.path("date").asText("2020").substring(0, Math.min(7, e.path("date").asText("2020").length())));
                }
                if (rnd.nextDouble() < 0.85) {
                    out.add(e);
                }
                if (rnd.nextDouble() < 0.15) {
                    out.add(e.deepCopy());
                }
            }
            r.set("events", out);
        }
        return recs;
    }

    private interface IndexedEdit {
        void apply(ObjectNode node, int index);
    }

    private static List<ObjectNode> eachEvent(List<ObjectNode> recs, IndexedEdit edit) {
        int i = 0;
        for (ObjectNode r : recs) {
            for (JsonNode e : r.path("events")) {
                edit.apply((ObjectNode) e, i++);
            }
        }
        return recs;
    }

    private static List<ObjectNode> eachActor(List<ObjectNode> recs, IndexedEdit edit) {
        int[] i = {0};
        return eachEvent(recs, (e, k) -> {
            for (JsonNode a : e.path("actors")) {
                edit.apply((ObjectNode) a, i[0]++);
            }
        });
    }

    /** Gold-only fields removed: what a perfect extractor would write. */
    private static void clean(ObjectNode e) {
        e.remove("optional");
        e.remove("event_aliases");
        for (JsonNode a : e.path("actors")) {
            ((ObjectNode) a).remove("aliases");
            ((ObjectNode) a).remove("optional");
        }
    }

    private static List<ObjectNode> readRecords(Path gold) throws IOException {
        List<ObjectNode> out = new ArrayList<>();
        for (String line : Files.readAllLines(gold, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                out.add((ObjectNode) JSON.readTree(line));
            }
        }
        return out;
    }

    private static Path write(String name, List<ObjectNode> recs) throws IOException {
        StringBuilder b = new StringBuilder();
        for (ObjectNode r : recs) {
            b.append(JSON.writeValueAsString(r)).append('\n');
        }
        return Files.writeString(tmp.resolve(name + ".jsonl"), b.toString(), StandardCharsets.UTF_8);
    }

    // ---------------------------------------------------------------- tests

    @TestFactory
    Stream<DynamicTest> java_and_score_py_print_the_same() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String corpus : CORPORA) {
            for (Variant v : variants()) {
                tests.add(DynamicTest.dynamicTest(corpus + "/" + v.name(), () -> {
                    Path gold = gold(corpus);
                    Path pred = write(corpus + "-" + v.name(), v.derive().apply(readRecords(gold)));
                    Report r = Scorer.score(EventFiles.load(gold), EventFiles.load(pred));
                    assumeTrue(python, "python3 (3.9 or later) is not available to run score.py");
                    assertEquals(scorePy(gold, pred, "--json", "--per-article"), r.json(true) + "\n");
                    assertEquals(scorePy(gold, pred, "--per-article"), r.text(true));
                }));
            }
        }
        return tests.stream();
    }

    @Test
    void gold_scored_against_itself_is_perfect() throws IOException {
        for (String corpus : CORPORA) {
            Path gold = gold(corpus);
            Map<String, List<JsonNode>> g = EventFiles.load(gold);
            Report r = Scorer.score(g, g);
            assertEquals(0, r.dyad().fp() + r.dyad().fn(), corpus);
            assertEquals(1.0, r.dyad().f1(), corpus);
            assertEquals(1.0, r.countryDyad().f1(), corpus);
            for (String attr : r.attributeValues().keySet()) {
                assertEquals(1.0, r.attribute(attr), corpus + " " + attr);
            }
        }
    }

    @Test
    void a_degraded_prediction_scores_below_a_perfect_one() throws IOException {
        Path gold = gold("dev");
        List<ObjectNode> recs = readRecords(gold);
        Variant halved = variants().stream().filter(v -> v.name().equals("every-other-event")).findFirst().orElseThrow();
        Path pred = write("dev-halved", halved.derive().apply(recs));
        Report r = Scorer.score(EventFiles.load(gold), EventFiles.load(pred));
        assertEquals(0, r.dyad().fp(), "dropping events adds no false hit");
        assertTrue(r.dyad().recall() < 1.0 && r.dyad().precision() == 1.0, r.text(false));
    }

    // ---------------------------------------------------------------- python

    private static boolean pythonWorks() {
        try {
            Process p = new ProcessBuilder("python3", "-c", "import sys; sys.exit(0 if sys.version_info >= (3, 9) else 1)")
                    .redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String scorePy(Path gold, Path pred, String... flags) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("python3", shared.resolve("eval/score.py").toString(),
                gold.toString(), pred.toString()));
        cmd.addAll(List.of(flags));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT);
        pb.environment().put("PYTHONIOENCODING", "utf-8");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "score.py did not finish");
        assertEquals(0, p.exitValue(), "score.py failed: " + cmd);
        return out;
    }
}
