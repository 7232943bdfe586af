package org.cnngrader.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cnngrader.grading.PartResult;
import org.cnngrader.grading.Review;
import org.cnngrader.grading.TeamResult;
import org.cnngrader.grading.Verdict;
import org.cnngrader.report.Json;
import org.cnngrader.sheet.FoundBy;
import org.cnngrader.sheet.Where;

/**
 * The run an output folder already holds, as its {@code results.json} records it: the rubric it graded and each
 * team with its folder, its scores and its {@code report.json} document; the rubric's fingerprint when the run
 * recorded it. A new run into the folder keeps the teams it does not grade again, so that the cohort files go on
 * covering the whole cohort.
 */
record PreviousRun(String title, Optional<String> rubric, double max, List<Kept> teams) {

    PreviousRun {
        teams = List.copyOf(teams);
    }

    /**
     * A team graded by an earlier run: its result (scores only), its folder, its document as written, and where it
     * was handed in, when that run recorded it.
     */
    record Kept(TeamResult result, String folder, byte[] document, Optional<String> handedIn) {
    }

    /**
     * The earlier teams' identities by the file or folder each handed in (recorded relative to the output folder,
     * {@code base}); a sheet of several teams names none, its rows going by their team cells.
     */
    Map<Path, String> identitiesByPlace(Path base) {
        Map<Path, List<String>> byPlace = new HashMap<>();
        for (Kept team : teams) {
            team.handedIn().ifPresent(place -> byPlace.computeIfAbsent(base.resolve(place).normalize(),
                    ignored -> new ArrayList<>()).add(team.result().team()));
        }
        Map<Path, String> identities = new HashMap<>();
        byPlace.forEach((place, identitiesThere) -> {
            if (identitiesThere.size() == 1) {
                identities.put(place, identitiesThere.get(0));
            }
        });
        return identities;
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /**
     * The run recorded in {@code output}, if any.
     *
     * @throws InputException when its {@code results.json} is not one this tool wrote
     */
    static Optional<PreviousRun> read(Path output) throws IOException {
        Path file = output.resolve("results.json");
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(file.toFile());
        } catch (IOException malformed) {
            throw new InputException(file + ": not the results of a grade run (" + malformed.getMessage().lines().findFirst().orElse("malformed")
                    + "); grade into another folder, or add --fresh to start over", malformed);
        }
        if (root == null || !root.path("results").isArray() || !root.path("title").isTextual()) {
            throw new InputException(file + ": not the results of a grade run; grade into another folder, or add"
                    + " --fresh to start over");
        }
        JsonNode folders = root.path("folders");
        JsonNode places = root.path("handed_in");
        List<Kept> teams = new ArrayList<>();
        for (JsonNode document : root.path("results")) {
            TeamResult result = result(document);
            String folder = folders.path(result.team()).asText("");
            if (folder.isEmpty()) {
                // A run before identities were recorded: the folder its name gave.
                folder = org.cnngrader.report.TeamFolders.assign(List.of(result.team())).get(result.team());
            }
            Optional<String> place = places.path(result.team()).isTextual()
                    ? Optional.of(places.path(result.team()).asText()).filter(PreviousRun::isPath) : Optional.empty();
            teams.add(new Kept(result, folder, Json.pretty(document).getBytes(StandardCharsets.UTF_8), place));
        }
        Optional<String> rubric = root.path("rubric").isTextual() ? Optional.of(root.path("rubric").asText())
                : Optional.empty();
        return Optional.of(new PreviousRun(root.path("title").asText(), rubric, root.path("max").asDouble(), teams));
    }

    /** Whether a recorded place is a path this system can hold (a hand-edited file might say anything). */
    private static boolean isPath(String place) {
        try {
            Path.of(place);
            return true;
        } catch (InvalidPathException notAPath) {
            return false;
        }
    }

    /**
     * Whether a part of a kept report is to review, and why: for how it was found or graded when that is what its
     * reason says (the summary then words and groups it as it does a part graded now), else for the reason the
     * report wrote, shown again as it was.
     */
    private static PartResult reviewed(java.util.function.Function<Review, PartResult> part, JsonNode written) {
        if (!written.path("review").asBoolean()) {
            return part.apply(new Review.None());
        }
        PartResult ofGrading = part.apply(new Review.OfGrading());
        String reason = written.path("review_reason").asText("");
        return reason.isEmpty() || reason.equals(org.cnngrader.report.Display.reviewReason(ofGrading)) ? ofGrading
                : part.apply(new Review.Noted(reason));
    }

    /** A team's scores, as a {@code report.json} document gives them (what the cohort files use). */
    static TeamResult result(JsonNode document) {
        List<PartResult> parts = new ArrayList<>();
        for (JsonNode part : document.path("parts")) {
            parts.add(reviewed(review -> new PartResult(part.path("id").asText(), part.path("question").asText(),
                    part.path("points").asDouble(), part.path("awarded").asDouble(), verdict(part.path("verdict")
                            .asText()), List.of(), Optional.empty(), "", Optional.empty(),
                    part.path("matched").isTextual() ? Optional.of(part.path("matched").asText()) : Optional.empty(),
                    List.of(), FoundBy.bySpelling(part.path("found_by").asText("")), where(part.path("where"),
                            document.path("source").asText()), List.of(), review), part));
        }
        String team = document.path("team").asText();
        return new TeamResult(team, document.path("name").asText(team), strings(document.path("members")),
                document.path("source").asText(), document.path("reason").isTextual()
                        ? Optional.of(document.path("reason").asText()) : Optional.empty(),
                document.path("total").asDouble(), document.path("max").asDouble(), parts,
                strings(document.path("notes")));
    }

    /**
     * The document with the scores of {@code rescored} (the same team with this run's manual scores): the manual
     * parts' points and feedback, and the total. Nothing else of a kept team changes.
     */
    static byte[] rescored(byte[] document, TeamResult rescored) throws IOException {
        ObjectNode tree = (ObjectNode) MAPPER.readTree(document);
        for (JsonNode node : tree.path("parts")) {
            ObjectNode part = (ObjectNode) node;
            Optional<PartResult> result = rescored.part(part.path("id").asText());
            if (result.isPresent() && result.get().verdict() == Verdict.MANUAL) {
                part.set("awarded", MAPPER.valueToTree(org.cnngrader.expr.Values.plainNumber(result.get().awarded())));
                part.put("feedback", String.join(" ", result.get().feedback()));
            }
        }
        tree.set("total", MAPPER.valueToTree(org.cnngrader.expr.Values.plainNumber(rescored.total())));
        return Json.pretty(tree).getBytes(StandardCharsets.UTF_8);
    }

    /** Where an answer was found, as {@code report.json} gives it ({@code null} when it was not). */
    private static Optional<Where> where(JsonNode where, String source) {
        if (!where.isObject()) {
            return Optional.empty();
        }
        return Optional.of(new Where(source, where.path("page").asInt(0), where.path("line").asInt(0),
                where.path("cell").asText(""), where.path("snippet").asText("")));
    }

    private static Verdict verdict(String spelling) {
        for (Verdict verdict : Verdict.values()) {
            if (verdict.spelling().equals(spelling)) {
                return verdict;
            }
        }
        return Verdict.INCORRECT;
    }

    private static List<String> strings(JsonNode array) {
        List<String> strings = new ArrayList<>();
        array.forEach(item -> strings.add(item.asText()));
        return strings;
    }
}
