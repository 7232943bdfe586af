package org.cnngrader.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ParserTest {

    @Test
    void precedenceFollowsTheMath() {
        assertThat(Parser.parse("W2 @ relu(W1 @ x + b1) + b2").toString()).isEqualTo("(W2 @ relu((W1 @ x) + b1)) + b2");
        assertThat(Parser.parse("1 + 2 * 3 == 7 and true").toString()).isEqualTo("((1 + (2 * 3)) == 7) and true");
        assertThat(Parser.parse("-x * 2").toString()).isEqualTo("-x * 2");
    }

    @Test
    void callsTakePositionalThenNamedArguments() {
        Expression.Call call = (Expression.Call) Parser.parse("conv2d(X, K, padding=same, stride=2)");
        assertThat(call.function()).isEqualTo("conv2d");
        assertThat(call.positional()).hasSize(2);
        assertThat(call.namedValues()).containsOnlyKeys("padding", "stride");
        assertThat(call.names()).containsExactly("K", "X", "same");
    }

    @Test
    void literals() {
        assertThat(Parser.parse("[[1, 2], [3, 4]]").toString()).isEqualTo("[[1, 2], [3, 4]]");
        assertThat(Parser.parse("1e-3")).isEqualTo(new Expression.NumberLiteral(0.001, "1e-3", 1));
        assertThat(Parser.parse("−0.5")).isEqualTo(new Expression.NumberLiteral(-0.5, "-0.5", 1));
        assertThat(Parser.parse("\"a \\\"b\\\"\"")).isEqualTo(new Expression.StringLiteral("a \"b\"", 1));
    }

    @Test
    void errorsNameTheColumn() {
        assertThatThrownBy(() -> Parser.parse("conv2d(X, K"))
                .hasMessage("column 12: the expression ends where a closing ')' for the call of 'conv2d' at column 1"
                        + " was expected");
        assertThatThrownBy(() -> Parser.parse("1 + * 2")).hasMessage("column 5: unexpected '*'");
        assertThatThrownBy(() -> Parser.parse("f(a=1, 2)"))
                .hasMessage("column 8: a positional argument cannot follow a named one");
        assertThatThrownBy(() -> Parser.parse("f(a=1, a=2)")).hasMessage("column 8: argument 'a' is given twice");
        assertThatThrownBy(() -> Parser.parse("12abc")).hasMessage("column 1: '12abc' is not a number");
        assertThatThrownBy(() -> Parser.parse("1e999")).hasMessage("column 1: 1e999 is too large for a number");
        assertThatThrownBy(() -> Parser.parse("   ")).hasMessage("column 1: the expression is empty");
        assertThatThrownBy(() -> Parser.parse("[1, 2")).hasMessageContaining("closing ']'");
    }

    @Test
    void deepNestingIsRefusedNotOverflowed() {
        String deep = "(".repeat(10_000) + "1" + ")".repeat(10_000);
        assertThatThrownBy(() -> Parser.parse(deep)).hasMessageContaining("nested more than");
    }
}
