package org.cnngrader.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.cnngrader.expr.Evaluator;
import org.cnngrader.expr.Parser;
import org.cnngrader.rubric.Formula;
import org.cnngrader.rubric.Location;
import org.cnngrader.rubric.PartKind;
import org.cnngrader.sheet.Expectation;
import org.cnngrader.sheet.Parsed;
import org.cnngrader.sheet.SheetValue;
import org.cnngrader.sheet.ValueParser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Formula answers: the written forms are those of the CPEN455 seed solution (problems 5 and 6, as its
 * student typeset them) and the usual ways of writing the same counts (Dumoulin &amp; Visin's parameter and
 * operation counts); the wrong ones are the slips a grader meets (a term or a factor lost).
 */
class FormulaAnswersTest {

    private static PartKind.FormulaAnswer part(String reference, String symbols) {
        return new PartKind.FormulaAnswer(new Formula(Parser.parse(reference), reference, new Location("test", 1, 1)),
                List.of(symbols.split(" ")), Map.of());
    }

    private static FormulaComparison.Outcome compare(String reference, String symbols, String written) {
        PartKind.FormulaAnswer part = part(reference, symbols);
        Parsed parsed = ValueParser.parse(written, Expectation.formula(part.symbols()));
        assertThat(parsed).as(written).isInstanceOf(Parsed.Value.class);
        SheetValue value = ((Parsed.Value) parsed).value();
        assertThat(value).as(written).isInstanceOf(SheetValue.Formula.class);
        return FormulaComparison.of(part, Evaluator.Scope.empty(), ((SheetValue.Formula) value).term());
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            # reference                     | symbols       | written                                          | equal | difference named
            N*K*K*C                         | N K C         | N \\times K \\times K \\times C                   | true  |
            N*K*K*C                         | N K C         | $$N \\times K \\times K \\times C$$              | true  |
            N*K*K*C                         | N K C         | NCK^2                                            | true  |
            N*K*K*C                         | N K C         | N·K²·C                                           | true  |
            N*K*K*C                         | N K C         | N K^2 C                                          | true  |
            N*K*K*C                         | N K C         | K^{2} C N                                        | true  |
            N*K*K*C                         | N K C         | N * K ** 2 * C                                   | true  |
            N*K*K*C                         | N K C         | N x K x K x C                                    | true  |
            N*K*K*C                         | N K C         | N × K × C                                        | false | lacks a factor K
            N*K*K*C                         | N K C         | 2NK²C                                            | false | 2 times
            N*K*K*C + N                     | N K C         | N·K²·C + N                                       | true  |
            N*K*K*C + N                     | N K C         | N K^2 C + N                                      | true  |
            N*K*K*C + N                     | N K C         | K^2CN+N                                          | true  |
            N*K*K*C + N                     | N K C         | N \\cdot K^{2} \\cdot C + N                      | true  |
            N*K*K*C + N                     | N K C         | N(K²C+1)                                         | true  |
            N*K*K*C + N                     | N K C         | P = N(K^2 C + 1)                                 | true  |
            N*K*K*C + N                     | N K C         | N·K²·C                                           | false | missing the term N
            N*K*K*C + N                     | N K C         | N·K²·C + C                                       | false |
            N*K*K*C + N                     | N K C         | N·K²·C + 2N                                      | false | counts the term N twice
            N*K*K*C + N                     | N K C         | N·K²·C + N + K                                   | false | has an extra term K
            N*K*K*C + N                     | N K C         | N·K²·C + N - C                                   | false | missing a term C
            N*K*K*C + N                     | N K C         | N·K²·C + N + 3                                   | false | by the constant 3.
            N*K*K*C                         | N K C         | NK²C/2                                           | false | is 1/2 times the expected one
            N*K*K*C                         | N K C         | NK²C²                                            | false | a factor C too many
            N*K/(K - 1)                     | N K           | NK/(K - 1)                                       | true  |
            N*K/(K - 1)                     | N K           | NK/(K - 2)                                       | false |
            N*K*K*C/M                       | N K C M       | \\frac{N \\times K \\times K \\times C}{M}       | true  |
            N*K*K*C/M                       | N K C M       | M \\times \\left(\\frac{N}{M} \\times K \\times K \\times \\frac{C}{M}\\right) | true |
            N*K*K*C/M                       | N K C M       | NK²C/M                                           | true  |
            N*K*K*C/M                       | N K C M       | (N/M)(C/M)K^2 M                                  | true  |
            N*K*K*C/M                       | N K C M       | NK²C/M²                                          | false | lacks a factor M
            N*K*K*C/M                       | N K C M       | N K^2 C                                          | false | factor M too many
            C*K*K + C*N                     | C K N         | CK^2 + CN                                        | true  |
            C*K*K + C*N                     | C K N         | C \\times K \\times K + C \\times N              | true  |
            C*K*K + C*N                     | C K N         | C(K² + N)                                        | true  |
            C*K*K + C*N                     | C K N         | CK^2                                             | false | missing the term C * N
            B*N*H*W*K*K*C                   | B N H W K C   | B \\times N \\times H \\times W \\times K \\times K \\times C | true |
            B*N*H*W*K*K*C                   | B N H W K C   | BNHWCK^2                                         | true  |
            B*N*H*W*(2*K*K*C - 1)           | B N H W K C   | B \\times N \\times H \\times W \\times (2 \\times K \\times K \\times C - 1) | true |
            B*N*H*W*(2*K*K*C - 1)           | B N H W K C   | 2BNHWCK^2 - BNHW                                 | true  |
            B*N*H*W*(2*K*K*C - 1)           | B N H W K C   | BNHWCK^2                                         | false |
            B*H*W*C*(2*K*K - 1) + B*H*W*N*(2*C - 1) | B H W C K N | 2BHWCK^2 - BHCW + 2BNHWC - BNHW                | true  |
            B*H*W*C*(2*K*K - 1) + B*H*W*N*(2*C - 1) | B H W C K N | B \\times C \\times H \\times W \\times (2 \\times K \\times K - 1) + B \\times H \\times W \\times N \\times (2 \\times C - 1) | true |
            B*H*W*C*(2*K*K - 1) + B*H*W*N*(2*C - 1) | B H W C K N | 2BHWCK^2 + 2BNHWC                              | false |
            """)
    void writtenFormsOfTheSeedFormulas(String reference, String symbols, String written, boolean equal,
            String difference) {
        FormulaComparison.Outcome outcome = compare(reference, symbols, written);
        assertThat(outcome.equal()).as(written).isEqualTo(equal);
        if (difference != null) {
            assertThat(outcome.difference()).as(written).hasValueSatisfying(words -> assertThat(words)
                    .contains(difference));
        }
    }

    /** A monomial c·N^a·K^b·C^d, written in a chosen notation. */
    record Monomial(int coefficient, int n, int k, int c) {
        String reference() {
            return coefficient + repeat("*N", n) + repeat("*K", k) + repeat("*C", c);
        }

        private static String repeat(String factor, int times) {
            return factor.repeat(times);
        }
    }

    @Provide
    Arbitrary<List<Monomial>> polynomials() {
        Arbitrary<Monomial> monomial = Combinators.combine(Arbitraries.integers().between(1, 9),
                Arbitraries.integers().between(0, 3), Arbitraries.integers().between(0, 3),
                Arbitraries.integers().between(0, 3)).as(Monomial::new)
                // A constant alone is read as a number, not a formula.
                .filter(term -> term.n() + term.k() + term.c() > 0);
        return monomial.list().ofMinSize(1).ofMaxSize(4);
    }

    private static final String[] TIMES = {"", " ", "·", " \\times ", " \\cdot ", "*", "×"};

    private static String power(String symbol, int exponent, int style) {
        if (exponent == 0) {
            return "";
        }
        if (exponent == 1) {
            return symbol;
        }
        return switch (style % 4) {
            case 0 -> symbol + "^" + exponent;
            case 1 -> symbol + "^{" + exponent + "}";
            case 2 -> symbol + "⁰¹²³⁴⁵⁶⁷⁸⁹".charAt(exponent);
            default -> (symbol + "*").repeat(exponent - 1) + symbol;
        };
    }

    /** The polynomial written the way a student might: factors in another order, powers, products of all sorts. */
    private static String written(List<Monomial> polynomial, int style) {
        List<String> terms = new ArrayList<>();
        for (int index = polynomial.size() - 1; index >= 0; index--) {
            Monomial term = polynomial.get(index);
            String times = TIMES[(style + index) % TIMES.length];
            List<String> factors = new ArrayList<>();
            factors.add(power("C", term.c(), style + index));
            factors.add(power("K", term.k(), style + index + 1));
            factors.add(power("N", term.n(), style + index + 2));
            factors.removeIf(String::isEmpty);
            String product = String.join(times, factors);
            // A coefficient stands first, or is a number written after a times sign.
            String coefficient = Integer.toString(term.coefficient());
            terms.add(product.isEmpty() ? coefficient
                    : term.coefficient() == 1 && style % 2 == 0 ? product
                    : style % 3 == 0 ? "(" + product + ")" + (times.isBlank() ? "*" : times) + coefficient
                    : coefficient + (times.isBlank() ? " " : times) + product);
        }
        return String.join(" + ", terms);
    }

    @Property(tries = 300, seed = "20261204")
    void writtenFormsOfOnePolynomialAreEqual(@ForAll("polynomials") List<Monomial> polynomial,
            @ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 1000) int style) {
        String reference = String.join(" + ", polynomial.stream().map(Monomial::reference).toList());
        String written = written(polynomial, style);
        assertThat(compare(reference, "N K C", written).equal()).as(written + " = " + reference).isTrue();
    }

    @Property(tries = 200, seed = "20261204")
    void aTermLostIsNoLongerEqual(@ForAll("polynomials") List<Monomial> polynomial,
            @ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 1000) int style) {
        if (polynomial.size() < 2) {
            return;
        }
        String reference = String.join(" + ", polynomial.stream().map(Monomial::reference).toList());
        String written = written(polynomial.subList(1, polynomial.size()), style);
        assertThat(compare(reference, "N K C", written).equal()).as(written + " ≠ " + reference).isFalse();
    }
}
