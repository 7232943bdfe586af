package org.cnngrader.rubric;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cnngrader.engine.EngineException;
import org.cnngrader.engine.Rounding;
import org.cnngrader.engine.Tolerance;
import org.cnngrader.expr.Evaluator;
import org.cnngrader.expr.Expression;
import org.cnngrader.expr.ExpressionException;
import org.cnngrader.expr.StaticCheck;
import org.cnngrader.expr.Value;

/**
 * Reads a rubric (DESIGN.md §4), validates it and computes its answer key. Every problem is
 * collected and reported at once with file, line and column: unknown keys, functions and names,
 * wrong arguments, shapes that cannot work, cycles between parts, duplicate or invalid ids,
 * missing points.
 */
public final class RubricLoader {

    private static final List<String> RUBRIC_KEYS = List.of("title", "decimals", "tolerance", "partial", "given",
            "questions");
    private static final List<String> QUESTION_KEYS = List.of("id", "title", "aliases", "parts");
    private static final List<String> PART_KEYS = List.of("id", "text", "points", "answer", "check", "manual",
            "accept", "mistakes", "labels", "tolerance", "decimals", "partial", "follow_through", "formula", "symbols",
            "instance");
    private static final List<String> VARIANT_KEYS = List.of("answer", "credit", "feedback");

    /** The name a {@code check} uses for the student's own value of the part. */
    public static final String ANSWER = "answer";

    private final String file;
    private final List<RubricException.Problem> problems = new ArrayList<>();
    /**
     * Parts whose expression could not be parsed: that error is reported once, and what uses them is not reported
     * again (as "has no reference value") — one mistake, one message.
     */
    private final Set<String> broken = new HashSet<>();
    /** The names an expression may use (given values and part ids), for suggestions on an unknown name. */
    private final List<String> names = new ArrayList<>();
    private final Evaluator constants = Evaluator.constants();

    private RubricLoader(String file) {
        this.file = file;
    }

    /**
     * The rubric in {@code file}.
     *
     * @throws RubricException listing every problem found, in file order
     */
    public static Rubric load(Path file) {
        return load(YamlReader.text(file), file.toString());
    }

    /** The rubric in {@code text}, reported as {@code fileName}. */
    public static Rubric load(String text, String fileName) {
        return new RubricLoader(fileName).read(YamlReader.read(text, fileName), fingerprint(text));
    }

    /**
     * What tells one version of a rubric from another: the SHA-256 of its text, whatever its line endings. Any edit
     * counts, a comment's too: telling which edits change no grade would be a guess.
     */
    private static String fingerprint(String text) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(
                    text.replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(digest);
        } catch (java.security.NoSuchAlgorithmException absent) {
            throw new IllegalStateException("every Java platform provides SHA-256", absent);
        }
    }

    private Rubric read(YamlNode root, String fingerprint) {
        if (!(root instanceof YamlNode.Mapping mapping)) {
            throw new RubricException(root.location(), "a rubric is a mapping with title, given and questions, not "
                    + root.kind());
        }
        checkKeys(mapping, RUBRIC_KEYS, "a rubric");
        String title = mapping.get("title").map(node -> text(node, "title")).orElse(Path.of(file).getFileName()
                .toString());
        int decimals = mapping.get("decimals").map(this::decimals).orElse(2);
        Tolerance tolerance = mapping.get("tolerance").map(this::tolerance).orElse(Tolerance.DEFAULT);
        PartialCredit partial = mapping.get("partial").map(this::partial).orElse(PartialCredit.NONE);
        Map<String, Value> given = mapping.get("given").map(node -> Givens.evaluate(node, problems))
                .orElse(Map.of());
        Set<String> givenNames = mapping.get("given").filter(YamlNode.Mapping.class::isInstance)
                .map(node -> ((YamlNode.Mapping) node).entries().keySet()).orElse(Set.of());

        List<Question> questions = new ArrayList<>();
        Optional<YamlNode> questionsNode = mapping.get("questions");
        if (questionsNode.isEmpty()) {
            problems.add(new RubricException.Problem(mapping.location(), "a rubric needs 'questions', a list"));
        } else if (!(questionsNode.get() instanceof YamlNode.Sequence sequence)) {
            problems.add(new RubricException.Problem(questionsNode.get().location(),
                    "'questions' must be a list, not " + questionsNode.get().kind()));
        } else if (sequence.items().isEmpty()) {
            // A rubric of no question would grade every team 0 of 0, and say nothing was wrong.
            problems.add(new RubricException.Problem(sequence.location(), "'questions' is empty: a rubric asks at"
                    + " least one question"));
        } else {
            Map<String, Location> partIds = new HashMap<>();
            Set<String> questionIds = new LinkedHashSet<>();
            for (YamlNode questionNode : sequence.items()) {
                question(questionNode, decimals, tolerance, partial, givenNames, partIds, questionIds)
                        .ifPresent(questions::add);
            }
        }
        AnswerKey key = computeKey(questions, given, givenNames);
        if (!problems.isEmpty()) {
            throw new RubricException(problems);
        }
        return new Rubric(title, file, fingerprint, decimals, tolerance, partial, given, questions, key);
    }

    private Optional<Question> question(YamlNode node, int decimals, Tolerance tolerance, PartialCredit partial,
            Set<String> givenNames, Map<String, Location> partIds, Set<String> questionIds) {
        if (!(node instanceof YamlNode.Mapping mapping)) {
            problems.add(new RubricException.Problem(node.location(), "a question is a mapping with id, title and"
                    + " parts, not " + node.kind()));
            return Optional.empty();
        }
        checkKeys(mapping, QUESTION_KEYS, "a question");
        Optional<String> id = mapping.get("id").map(idNode -> text(idNode, "id"));
        if (id.isEmpty()) {
            problems.add(new RubricException.Problem(mapping.location(), "a question needs an 'id', such as \"1.3.1\""));
            return Optional.empty();
        }
        if (!questionIds.add(id.get())) {
            problems.add(new RubricException.Problem(mapping.get("id").orElseThrow().location(),
                    "question id '" + id.get() + "' is used twice"));
        }
        String title = mapping.get("title").map(node2 -> text(node2, "title")).orElse("");
        List<String> aliases = mapping.get("aliases").map(node2 -> texts(node2, "aliases")).orElse(List.of());
        List<Part> parts = new ArrayList<>();
        Optional<YamlNode> partsNode = mapping.get("parts");
        if (partsNode.isEmpty()) {
            problems.add(new RubricException.Problem(mapping.location(), "question '" + id.get()
                    + "' needs 'parts', a list"));
        } else if (!(partsNode.get() instanceof YamlNode.Sequence sequence)) {
            problems.add(new RubricException.Problem(partsNode.get().location(), "'parts' must be a list, not "
                    + partsNode.get().kind()));
        } else if (sequence.items().isEmpty()) {
            problems.add(new RubricException.Problem(sequence.location(), "question '" + id.get() + "' has no"
                    + " parts: 'parts' lists what is graded"));
        } else {
            for (YamlNode partNode : sequence.items()) {
                part(partNode, id.get(), decimals, tolerance, partial, givenNames, partIds).ifPresent(parts::add);
            }
        }
        return Optional.of(new Question(id.get(), title, aliases, parts, mapping.location()));
    }

    private Optional<Part> part(YamlNode node, String questionId, int decimals, Tolerance tolerance,
            PartialCredit partial, Set<String> givenNames, Map<String, Location> partIds) {
        if (!(node instanceof YamlNode.Mapping mapping)) {
            problems.add(new RubricException.Problem(node.location(), "a part is a mapping with id, points and answer,"
                    + " not " + node.kind()));
            return Optional.empty();
        }
        checkKeys(mapping, PART_KEYS, "a part");
        Optional<YamlNode> idNode = mapping.get("id");
        if (idNode.isEmpty()) {
            problems.add(new RubricException.Problem(mapping.location(), "a part needs an 'id'"));
            return Optional.empty();
        }
        String id = text(idNode.get(), "id");
        Location idLocation = idNode.get().location();
        if (!Givens.NAME.matcher(id).matches()) {
            problems.add(new RubricException.Problem(idLocation, "part id '" + id + "' is not a valid name: use"
                    + " letters, digits and _ and start with a letter, so that expressions can refer to it"));
        } else if (id.equals(ANSWER)) {
            problems.add(new RubricException.Problem(idLocation, "'answer' is reserved for the student's value in"
                    + " checks; name the part otherwise"));
        } else if (givenNames.contains(id)) {
            problems.add(new RubricException.Problem(idLocation, "part id '" + id + "' is also a given name"));
        } else if (partIds.containsKey(id)) {
            problems.add(new RubricException.Problem(idLocation, "part id '" + id + "' is used twice (first at line "
                    + partIds.get(id).line() + ")"));
        } else {
            partIds.put(id, idLocation);
        }

        List<String> kinds = new ArrayList<>();
        for (String kindKey : List.of("answer", "check", "manual", "formula")) {
            if (mapping.entries().containsKey(kindKey)) {
                kinds.add(kindKey);
            }
        }
        if (kinds.size() > 1) {
            problems.add(new RubricException.Problem(mapping.entries().get(kinds.get(1)).keyLocation(),
                    "a part has one of answer, check, formula and manual, not " + String.join(" and ", kinds)));
        }
        PartKind kind;
        if (kinds.isEmpty()) {
            kind = new PartKind.Recorded();
        } else {
            YamlNode value = mapping.get(kinds.get(0)).orElseThrow();
            kind = switch (kinds.get(0)) {
                case "answer" -> formula(value).<PartKind>map(PartKind.Answer::new).orElseGet(() -> {
                    broken.add(id);
                    return new PartKind.Recorded();
                });
                case "check" -> formula(value).<PartKind>map(PartKind.Check::new).orElseGet(() -> {
                    broken.add(id);
                    return new PartKind.Recorded();
                });
                case "formula" -> formula(value).<PartKind>map(reference -> formulaAnswer(reference, mapping))
                        .orElseGet(() -> {
                            broken.add(id);
                            return new PartKind.Recorded();
                        });
                default -> {
                    if (!bool(value, "manual")) {
                        problems.add(new RubricException.Problem(value.location(), "write manual: true, or leave"
                                + " 'manual' out"));
                    }
                    yield new PartKind.Manual();
                }
            };
        }

        double points = 0;
        Optional<YamlNode> pointsNode = mapping.get("points");
        if (pointsNode.isPresent()) {
            points = number(pointsNode.get(), "points", 0, 100_000);
        } else if (!(kind instanceof PartKind.Recorded)) {
            problems.add(new RubricException.Problem(mapping.location(), "part '" + id + "' needs 'points'"));
        }
        if (!(kind instanceof PartKind.FormulaAnswer) && !kinds.contains("formula")) {
            for (String key : List.of("symbols", "instance")) {
                mapping.get(key).ifPresent(node2 -> problems.add(new RubricException.Problem(node2.location(),
                        "'" + key + "' belongs to a part with a 'formula'")));
            }
        }
        List<Variant> accepted = mapping.get("accept").map(list -> variants(list, 1, "accept")).orElse(List.of());
        List<Variant> mistakes = mapping.get("mistakes").map(list -> variants(list, 0, "mistakes")).orElse(List.of());
        if (!(kind instanceof PartKind.Answer) && (!accepted.isEmpty() || !mistakes.isEmpty())) {
            problems.add(new RubricException.Problem(mapping.location(), "only a part with an 'answer' can have"
                    + " 'accept' or 'mistakes'"));
        }
        return Optional.of(new Part(id, questionId,
                mapping.get("text").map(node2 -> text(node2, "text")).orElse(""),
                points, kind, accepted, mistakes,
                mapping.get("labels").map(node2 -> texts(node2, "labels")).orElse(List.of()),
                mapping.get("tolerance").map(this::tolerance).orElse(tolerance),
                mapping.get("decimals").map(this::decimals).orElse(decimals),
                mapping.get("partial").map(this::partial).orElse(partial),
                mapping.get("follow_through").map(node2 -> number(node2, "follow_through", 0, 1)).orElse(1.0),
                mapping.location()));
    }

    /** A formula part: its reference, its symbols (valid names) and the instance's values of them. */
    private PartKind.FormulaAnswer formulaAnswer(Formula reference, YamlNode.Mapping mapping) {
        List<String> symbols = mapping.get("symbols").map(node -> texts(node, "symbols")).orElse(List.of());
        if (mapping.get("symbols").isEmpty()) {
            problems.add(new RubricException.Problem(mapping.location(), "a part with a 'formula' needs its"
                    + " 'symbols', e.g. symbols: [N, K, C]"));
        }
        for (String symbol : symbols) {
            if (!Givens.NAME.matcher(symbol).matches()) {
                problems.add(new RubricException.Problem(mapping.get("symbols").orElseThrow().location(), "symbol '"
                        + symbol + "' is not a valid name: use letters, digits and _ and start with a letter"));
            }
        }
        Map<String, Double> instance = new LinkedHashMap<>();
        Optional<YamlNode> instanceNode = mapping.get("instance");
        if (instanceNode.isPresent()) {
            if (instanceNode.get() instanceof YamlNode.Mapping values) {
                for (YamlNode.Entry entry : values.entries().values()) {
                    if (!symbols.contains(entry.key())) {
                        problems.add(new RubricException.Problem(entry.keyLocation(), "'" + entry.key()
                                + "' of the instance is none of the symbols " + String.join(", ", symbols)
                                + suggestion(entry.key(), symbols)));
                    }
                    instance.put(entry.key(), number(entry.value(), entry.key(), -1e12, 1e12));
                }
                for (String symbol : symbols) {
                    if (!instance.containsKey(symbol)) {
                        problems.add(new RubricException.Problem(instanceNode.get().location(), "the instance gives"
                                + " no value for the symbol '" + symbol + "'"));
                    }
                }
            } else {
                problems.add(new RubricException.Problem(instanceNode.get().location(), "'instance' is a mapping of"
                        + " the symbols to numbers, e.g. {N: 128, K: 3}, not " + instanceNode.get().kind()));
            }
        }
        return new PartKind.FormulaAnswer(reference, symbols, instance);
    }

    private List<Variant> variants(YamlNode node, double defaultCredit, String key) {
        if (!(node instanceof YamlNode.Sequence sequence)) {
            problems.add(new RubricException.Problem(node.location(), "'" + key + "' must be a list of {answer,"
                    + " credit, feedback}, not " + node.kind()));
            return List.of();
        }
        List<Variant> variants = new ArrayList<>();
        for (YamlNode item : sequence.items()) {
            if (!(item instanceof YamlNode.Mapping mapping)) {
                problems.add(new RubricException.Problem(item.location(), "each item of '" + key
                        + "' is a mapping {answer, credit, feedback}, not " + item.kind()));
                continue;
            }
            checkKeys(mapping, VARIANT_KEYS, "an item of '" + key + "'");
            Optional<YamlNode> answer = mapping.get("answer");
            if (answer.isEmpty()) {
                problems.add(new RubricException.Problem(mapping.location(), "each item of '" + key
                        + "' needs an 'answer'"));
                continue;
            }
            double credit = mapping.get("credit").map(value -> number(value, "credit", 0, 1)).orElse(defaultCredit);
            String feedback = mapping.get("feedback").map(value -> text(value, "feedback")).orElse("");
            formula(answer.get()).ifPresent(formula -> variants.add(new Variant(formula, credit, feedback)));
        }
        return variants;
    }

    /** Evaluates every answer and variant in dependency order; checks names in open questions. */
    private AnswerKey computeKey(List<Question> questions, Map<String, Value> given, Set<String> givenNames) {
        Map<String, Part> parts = new LinkedHashMap<>();
        questions.forEach(question -> question.parts().forEach(part -> parts.putIfAbsent(part.id(), part)));
        Map<String, Set<String>> dependencies = new LinkedHashMap<>();
        Set<String> invalid = new LinkedHashSet<>();
        names.addAll(givenNames);
        names.addAll(parts.keySet());
        for (Part part : parts.values()) {
            if (part.kind() instanceof PartKind.Answer answer) {
                // Every unknown function and name of the answer and its variants at once; evaluating stops at the first.
                List<Formula> formulas = new ArrayList<>(List.of(answer.formula()));
                part.accepted().forEach(variant -> formulas.add(variant.formula()));
                part.mistakes().forEach(variant -> formulas.add(variant.formula()));
                for (Formula formula : formulas) {
                    for (ExpressionException problem : StaticCheck.problems(formula.expression(),
                            name -> parts.containsKey(name) || givenNames.contains(name))) {
                        problems.add(located(formula, problem));
                    }
                }
                Set<String> names = new LinkedHashSet<>(answer.formula().expression().names());
                part.accepted().forEach(variant -> names.addAll(variant.formula().expression().names()));
                part.mistakes().forEach(variant -> names.addAll(variant.formula().expression().names()));
                names.retainAll(parts.keySet());
                for (String name : names) {
                    if (broken.contains(name)) {
                        invalid.add(part.id()); // Its own error is reported; this part is not evaluated.
                    } else if (!parts.get(name).hasReference()) {
                        problems.add(new RubricException.Problem(answer.formula().location(), "part '" + part.id()
                                + "' uses '" + name + "', which has no reference value (it is "
                                + describe(parts.get(name).kind()) + ")"));
                        invalid.add(part.id());
                    }
                }
                names.removeIf(name -> !parts.get(name).hasReference());
                dependencies.put(part.id(), names);
            } else if (part.kind() instanceof PartKind.Check check) {
                for (ExpressionException problem : StaticCheck.problems(check.formula().expression(),
                        name -> name.equals(ANSWER) || parts.containsKey(name) || givenNames.contains(name))) {
                    problems.add(located(check.formula(), problem));
                }
            } else if (part.kind() instanceof PartKind.FormulaAnswer formula) {
                checkFormula(formula, given, givenNames);
            }
        }
        DependencyOrder.Result order = DependencyOrder.of(dependencies);
        for (List<String> cycle : order.cycles()) {
            // A part naming itself (accept: "[side, side]" for the side's n × n) means its own reference, which a
            // name cannot say: a name is another part's reference.
            boolean itself = cycle.stream().distinct().count() == 1;
            problems.add(new RubricException.Problem(parts.get(cycle.get(0)).location(), itself
                    ? "part '" + cycle.get(0) + "' names itself: its id names its reference in other parts only; write"
                            + " its answer's expression in its accept or mistakes (or a given value both use)"
                    : "parts refer to each other in a circle: " + String.join(" → ", cycle)));
        }
        Map<String, Value> references = new LinkedHashMap<>();
        Map<String, List<Value>> accepted = new LinkedHashMap<>();
        Map<String, List<Value>> mistakes = new LinkedHashMap<>();
        Evaluator evaluator = new Evaluator(name -> Optional.ofNullable(references.get(name))
                .or(() -> Optional.ofNullable(given.get(name))), Tolerance.DEFAULT);
        for (String id : order.order()) {
            Part part = parts.get(id);
            Set<String> givenUsed = new LinkedHashSet<>(((PartKind.Answer) part.kind()).formula().expression().names());
            givenUsed.retainAll(givenNames);
            if (invalid.contains(id) || !references.keySet().containsAll(dependencies.get(id))
                    || !given.keySet().containsAll(givenUsed)) {
                continue; // Uses a part or given value that failed; that one is reported.
            }
            Formula answer = ((PartKind.Answer) part.kind()).formula();
            evaluate(evaluator, answer).ifPresent(value -> references.put(id, value));
            accepted.put(id, part.accepted().stream().map(variant -> evaluate(evaluator, variant.formula()))
                    .flatMap(Optional::stream).toList());
            mistakes.put(id, part.mistakes().stream().map(variant -> evaluate(evaluator, variant.formula()))
                    .flatMap(Optional::stream).toList());
        }
        return new AnswerKey(references, accepted, mistakes);
    }

    /**
     * A formula part's reference uses only its symbols and given values, and is a number when every symbol is 2
     * (a formula that cannot be evaluated there could grade nothing).
     */
    private void checkFormula(PartKind.FormulaAnswer formula, Map<String, Value> given, Set<String> givenNames) {
        List<ExpressionException> found = StaticCheck.problems(formula.formula().expression(),
                name -> formula.symbols().contains(name) || givenNames.contains(name));
        for (ExpressionException problem : found) {
            problems.add(located(formula.formula(), problem));
        }
        if (!found.isEmpty()) {
            return;
        }
        Map<String, Value> point = new LinkedHashMap<>();
        formula.symbols().forEach(symbol -> point.put(symbol, Value.TensorValue.of(2)));
        Evaluator evaluator = new Evaluator(name -> Optional.ofNullable(point.get(name))
                .or(() -> Optional.ofNullable(given.get(name))), Tolerance.DEFAULT);
        evaluate(evaluator, formula.formula()).ifPresent(value -> {
            if (!(value instanceof Value.TensorValue tensor) || !tensor.tensor().isSingle()) {
                problems.add(new RubricException.Problem(formula.formula().location(), "a formula's value is one"
                        + " number, not " + value));
            }
        });
    }

    private Optional<Value> evaluate(Evaluator evaluator, Formula formula) {
        try {
            return Optional.of(evaluator.evaluate(formula.expression()));
        } catch (ExpressionException problem) {
            // An unknown function or name is said already, by the static check of every answer.
            RubricException.Problem located = located(formula, problem);
            if (!problems.contains(located)) {
                problems.add(located);
            }
        } catch (EngineException problem) {
            problems.add(new RubricException.Problem(formula.location(), problem.getMessage()));
        }
        return Optional.empty();
    }

    private static String describe(PartKind kind) {
        if (kind instanceof PartKind.Check) {
            return "an open question checked against the student's answer";
        }
        if (kind instanceof PartKind.Manual) {
            return "scored by a TA";
        }
        return "a value the student records";
    }

    private Optional<Formula> formula(YamlNode node) {
        if (!(node instanceof YamlNode.Scalar scalar) || scalar.isNull()) {
            problems.add(new RubricException.Problem(node.location(), "an expression is expected here, written as"
                    + " text, not " + node.kind()));
            return Optional.empty();
        }
        try {
            Expression expression = YamlValues.expression(scalar);
            return Optional.of(new Formula(expression, scalar.text(), scalar.location()));
        } catch (RubricException problem) {
            problems.addAll(problem.problems());
            return Optional.empty();
        }
    }

    private RubricException.Problem located(Formula formula, ExpressionException problem) {
        YamlNode.Scalar scalar = new YamlNode.Scalar(formula.text(), false, false, formula.location());
        RubricException.Problem located = YamlValues.located(scalar, problem).problems().get(0);
        Matcher unknown = UNKNOWN_NAME.matcher(located.message());
        if (unknown.find() && !located.message().contains("did you mean")) {
            return new RubricException.Problem(located.location(), located.message()
                    + suggestion(unknown.group(1), names));
        }
        return located;
    }

    /** The message of the expression language for a name that is neither given nor a part. */
    private static final Pattern UNKNOWN_NAME = Pattern.compile(
            "unknown name '([^']+)'$");

    private void checkKeys(YamlNode.Mapping mapping, List<String> allowed, String what) {
        for (YamlNode.Entry entry : mapping.entries().values()) {
            if (!allowed.contains(entry.key())) {
                problems.add(new RubricException.Problem(entry.keyLocation(), "unknown key '" + entry.key() + "' in "
                        + what + suggestion(entry.key(), allowed) + " (keys: " + String.join(", ", allowed) + ")"));
            }
        }
    }

    /**
     * {@code " (did you mean 'partial'?)"}: the known word nearest to {@code word} by edit distance (insertions,
     * deletions, substitutions and swaps of neighbours), when it is at most two edits away (one for words of two or
     * three letters, none for a single letter) and nearer than any other; else nothing.
     */
    static String suggestion(String word, List<String> known) {
        // One letter changed in a one-letter name is another name altogether, not a typo ('Y' is no 'X').
        int limit = word.length() <= 1 ? 0 : word.length() <= 3 ? 1 : 2;
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        boolean tie = false;
        for (String candidate : known.stream().distinct().sorted().toList()) {
            if (candidate.equals(word)) {
                continue;
            }
            int distance = distance(word.toLowerCase(Locale.ROOT),
                    candidate.toLowerCase(Locale.ROOT));
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
                tie = false;
            } else if (distance == bestDistance) {
                tie = true;
            }
        }
        return best != null && bestDistance <= limit && !tie ? " (did you mean '" + best + "'?)" : "";
    }

    /** The optimal string alignment distance: edits, a swap of two neighbours counting one. */
    private static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    private String text(YamlNode node, String key) {
        if (node instanceof YamlNode.Scalar scalar && !scalar.isNull()) {
            return scalar.text();
        }
        problems.add(new RubricException.Problem(node.location(), "'" + key + "' must be text, not " + node.kind()));
        return "";
    }

    private List<String> texts(YamlNode node, String key) {
        if (node instanceof YamlNode.Scalar scalar && !scalar.isNull()) {
            return List.of(scalar.text());
        }
        if (node instanceof YamlNode.Sequence sequence) {
            return sequence.items().stream().map(item -> text(item, key)).toList();
        }
        problems.add(new RubricException.Problem(node.location(), "'" + key + "' must be a list of texts, not "
                + node.kind()));
        return List.of();
    }

    private boolean bool(YamlNode node, String key) {
        if (node instanceof YamlNode.Scalar scalar && (scalar.text().equals("true") || scalar.text().equals("false"))) {
            return scalar.text().equals("true");
        }
        problems.add(new RubricException.Problem(node.location(), "'" + key + "' must be true or false, not "
                + node.kind()));
        return false;
    }

    private double number(YamlNode node, String key, double minimum, double maximum) {
        Optional<Double> value = Optional.empty();
        if (node instanceof YamlNode.Scalar scalar && !scalar.isNull()) {
            try {
                Value evaluated = YamlValues.value(scalar, constants);
                if (evaluated instanceof Value.TensorValue tensor && tensor.tensor().isSingle()) {
                    value = Optional.of(tensor.tensor().item());
                }
            } catch (RubricException ignored) {
                // Reported below in words that fit the setting.
            }
        }
        if (value.isEmpty() || value.get() < minimum || value.get() > maximum) {
            problems.add(new RubricException.Problem(node.location(), "'" + key + "' must be a number from "
                    + Rounding.plain(minimum) + " to " + Rounding.plain(maximum) + ", not " + node.kind()));
            return minimum;
        }
        return value.get();
    }

    private int decimals(YamlNode node) {
        double value = number(node, "decimals", 0, 15);
        if (value != Math.rint(value)) {
            problems.add(new RubricException.Problem(node.location(), "'decimals' must be a whole number"));
        }
        return (int) value;
    }

    private Tolerance tolerance(YamlNode node) {
        if (node instanceof YamlNode.Scalar scalar && scalar.text().strip().endsWith("%")) {
            String percent = scalar.text().strip();
            try {
                double relative = new BigDecimal(percent.substring(0, percent.length() - 1).strip())
                        .movePointLeft(2).doubleValue();
                if (relative >= 0 && relative <= 1) {
                    return Tolerance.relative(relative);
                }
            } catch (NumberFormatException ignored) {
                // Reported below.
            }
            problems.add(new RubricException.Problem(node.location(), "'tolerance' must be a number such as 0.005"
                    + " or a percentage such as 1%, not " + node.kind()));
            return Tolerance.DEFAULT;
        }
        return Tolerance.absolute(number(node, "tolerance", 0, 1e9));
    }

    private PartialCredit partial(YamlNode node) {
        if (node instanceof YamlNode.Scalar scalar) {
            for (PartialCredit rule : PartialCredit.values()) {
                if (rule.spelling().equals(scalar.text())) {
                    return rule;
                }
            }
        }
        problems.add(new RubricException.Problem(node.location(), "'partial' must be entries or none, not "
                + node.kind()));
        return PartialCredit.NONE;
    }
}
