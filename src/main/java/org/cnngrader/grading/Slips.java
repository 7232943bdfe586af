package org.cnngrader.grading;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cnngrader.expr.Expression;
import org.cnngrader.expr.FunctionLibrary;

/**
 * The typical slips of each function, as rewritten expressions: the reference expression with one
 * call changed the way a student's computation goes wrong (kernel flipped, padding dropped, stride
 * 1 instead of s, dilation ignored, ceil instead of floor, max instead of average pooling, the
 * wrong activation, bias left out or doubled, the +1 of an output-size formula forgotten, a
 * transposed weight). Rounded intermediate values are a slip of their own, which is accepted.
 */
final class Slips {

    /** A slip: the rewritten expression, the words for it, and whether the result is acceptable anyway. */
    record Slip(Expression mutant, String description, boolean acceptable) {
    }

    private static final List<String> ACTIVATIONS = List.of("sigmoid", "relu", "tanh");

    private Slips() {
    }

    /** Every single-slip mutant of {@code root}, in reading order; {@code decimals} for the rounding slip. */
    static List<Slip> of(Expression root, int decimals) {
        List<Slip> slips = new ArrayList<>();
        collect(root, root, decimals, slips);
        return slips;
    }

    private static void collect(Expression root, Expression node, int decimals, List<Slip> slips) {
        if (node instanceof Expression.Call call) {
            for (Slip slip : slipsOf(call, decimals)) {
                slips.add(new Slip(replace(root, call, slip.mutant()), slip.description(), slip.acceptable()));
            }
            call.positional().forEach(argument -> collect(root, argument, decimals, slips));
            call.named().forEach(argument -> collect(root, argument.value(), decimals, slips));
        } else if (node instanceof Expression.Binary binary) {
            collect(root, binary.left(), decimals, slips);
            collect(root, binary.right(), decimals, slips);
        } else if (node instanceof Expression.Negation negation) {
            collect(root, negation.operand(), decimals, slips);
        }
    }

    private static List<Slip> slipsOf(Expression.Call call, int decimals) {
        List<Slip> slips = new ArrayList<>();
        String name = call.function();
        switch (name) {
            case "conv2d" -> {
                boolean flipped = isTrue(argument(call, "flip"));
                slips.add(slip(with(call, "flip", bool(!flipped)), flipped
                        ? "the kernel was not flipped: this is the cross-correlation, not the true convolution"
                        : "the kernel was flipped by 180°: this is the true convolution, not the cross-correlation"));
                optionalDrop(call, "padding", "0", "the input was not padded, so the output is {shape}", slips);
                if (argument(call, "padding").map(Slips::isZero).orElse(true)) {
                    slips.add(slip(with(call, "padding", word("same")),
                            "the input was padded (same), although no padding is asked for"));
                }
                optionalDrop(call, "stride", "1", "stride 1 was used instead of the given stride", slips);
                optionalDrop(call, "dilation", "1", "the dilation was ignored", slips);
                optionalDrop(call, "bias", "0", "the bias was left out", slips);
                argument(call, "bias").filter(bias -> !isZero(bias)).ifPresent(bias -> slips.add(slip(
                        with(call, "bias", new Expression.Binary("*", bias, number("2"), bias.column())),
                        "the bias was added twice")));
                optionalDrop(call, "groups", "1", "the groups were ignored", slips);
            }
            case "conv_transpose2d" -> {
                argument(call, "k").ifPresent(kernel -> slips.add(slip(with(call, "k", call("flip", kernel)),
                        "the kernel was flipped; a transposed convolution scatters the kernel as it is")));
                optionalDrop(call, "output_padding", "0", "the output padding was left out", slips);
                optionalDrop(call, "padding", "0", "the padding was not cropped from the output", slips);
                optionalDrop(call, "stride", "1", "stride 1 was used instead of the given stride", slips);
                optionalDrop(call, "dilation", "1", "the dilation was ignored", slips);
            }
            case "maxpool2d", "avgpool2d" -> {
                boolean max = name.equals("maxpool2d");
                Expression.Call renamed = new Expression.Call(max ? "avgpool2d" : "maxpool2d", call.positional(),
                        call.named().stream().filter(argument -> !argument.name().equals("dilation")
                                && !argument.name().equals("count_include_pad")).toList(), call.column());
                slips.add(slip(renamed, max ? "average pooling instead of max pooling"
                        : "max pooling instead of average pooling"));
                if (argument(call, "stride").isEmpty()) {
                    slips.add(slip(with(call, "stride", number("1")),
                            "the windows overlap: stride 1 instead of moving by the window size"));
                } else {
                    optionalDrop(call, "stride", "1", "stride 1 was used instead of the given stride", slips);
                }
                boolean ceil = isTrue(argument(call, "ceil_mode"));
                slips.add(slip(with(call, "ceil_mode", bool(!ceil)), ceil ? "the output size was rounded down (floor)"
                        + " instead of up" : "the output size was rounded up (ceil) instead of down"));
                optionalDrop(call, "padding", "0", "the padding was left out", slips);
                if (!max) {
                    boolean counted = argument(call, "count_include_pad").map(Slips::isTrueExpression).orElse(true);
                    slips.add(slip(with(call, "count_include_pad", bool(!counted)), counted
                            ? "the padding was not counted in the averages" : "the padding was counted in the averages"));
                }
            }
            case "sigmoid", "relu", "tanh", "leaky_relu", "softmax" -> {
                for (String other : ACTIVATIONS) {
                    if (!other.equals(name)) {
                        slips.add(slip(new Expression.Call(other, call.positional().subList(0, 1), List.of(),
                                call.column()), other + " was applied instead of " + name));
                    }
                }
                if (!call.positional().isEmpty()) {
                    slips.add(slip(call.positional().get(0), "the " + name + " was not applied"));
                }
            }
            case "linear" -> {
                optionalDrop(call, "b", "0", "the bias was left out", slips);
                argument(call, "w").ifPresent(weight -> slips.add(slip(with(call, "w", call("transpose", weight)),
                        "the weight matrix was transposed")));
            }
            case "conv_out", "pool_out", "conv_transpose_out" -> {
                slips.add(slip(new Expression.Binary("-", call, number("1"), call.column()),
                        "the +1 of the output-size formula was forgotten"));
                optionalDrop(call, "padding", "0", "the padding was left out of the formula", slips);
                optionalDrop(call, "stride", "1", "the stride was left out of the formula", slips);
                if (name.equals("pool_out")) {
                    boolean ceil = isTrue(argument(call, "ceil_mode"));
                    slips.add(slip(with(call, "ceil_mode", bool(!ceil)), ceil ? "floor instead of ceil"
                            : "ceil instead of floor"));
                }
                if (name.equals("conv_transpose_out")) {
                    optionalDrop(call, "output_padding", "0", "the output padding was left out", slips);
                }
            }
            case "params" -> {
                boolean bias = argument(call, "bias").map(Slips::isTrueExpression).orElse(true);
                slips.add(slip(with(call, "bias", bool(!bias)), bias ? "the biases were left out"
                        : "the biases were counted"));
            }
            case "bn_var", "batchnorm2d" -> {
                if (name.equals("bn_var")) {
                    boolean unbiased = isTrue(argument(call, "unbiased"));
                    slips.add(slip(with(call, "unbiased", bool(!unbiased)), unbiased
                            ? "the biased variance (÷ n) instead of the unbiased one" : "the unbiased variance (÷ (n − 1))"
                                    + " instead of the biased one used by batch norm"));
                }
            }
            default -> { }
        }
        // Rounded intermediates: the inner value rounded as a student rounds on paper.
        if (!name.equals("round") && !call.positional().isEmpty()) {
            Expression inner = call.positional().get(0);
            if (inner instanceof Expression.Call || inner instanceof Expression.Name) {
                slips.add(new Slip(withPositional(call, 0, call("round", inner, number(Integer.toString(decimals)))),
                        "computed from values rounded to " + decimals + " decimals", true));
            }
        }
        return slips;
    }

    private static void optionalDrop(Expression.Call call, String parameter, String neutral, String description,
            List<Slip> slips) {
        // Only an argument the reference actually sets can be dropped.
        argument(call, parameter).filter(value -> neutral.equals("0") ? !isZero(value) : !value.toString().equals(neutral))
                .ifPresent(value -> slips.add(slip(with(call, parameter, number(neutral)), description)));
    }

    private static Slip slip(Expression mutant, String description) {
        return new Slip(mutant, description, false);
    }

    /** The argument bound to {@code parameter}, positional or named. */
    static Optional<Expression> argument(Expression.Call call, String parameter) {
        for (Expression.NamedArgument named : call.named()) {
            if (named.name().equals(parameter)) {
                return Optional.of(named.value());
            }
        }
        int index = parameterIndex(call.function(), parameter);
        return index >= 0 && index < call.positional().size() ? Optional.of(call.positional().get(index))
                : Optional.empty();
    }

    private static int parameterIndex(String function, String parameter) {
        return FunctionLibrary.find(function).map(found -> found.parameters().stream()
                .map(FunctionLibrary.Parameter::name).toList().indexOf(parameter)).orElse(-1);
    }

    /** The call with {@code parameter} bound to {@code value}. */
    private static Expression.Call with(Expression.Call call, String parameter, Expression value) {
        int index = parameterIndex(call.function(), parameter);
        if (index >= 0 && index < call.positional().size()) {
            return withPositional(call, index, value);
        }
        List<Expression.NamedArgument> named = new ArrayList<>();
        boolean replaced = false;
        for (Expression.NamedArgument argument : call.named()) {
            if (argument.name().equals(parameter)) {
                named.add(new Expression.NamedArgument(parameter, value, argument.column()));
                replaced = true;
            } else {
                named.add(argument);
            }
        }
        if (!replaced) {
            named.add(new Expression.NamedArgument(parameter, value, call.column()));
        }
        return new Expression.Call(call.function(), call.positional(), named, call.column());
    }

    private static Expression.Call withPositional(Expression.Call call, int index, Expression value) {
        List<Expression> positional = new ArrayList<>(call.positional());
        positional.set(index, value);
        return new Expression.Call(call.function(), positional, call.named(), call.column());
    }

    private static Expression.Call call(String function, Expression... arguments) {
        return new Expression.Call(function, List.of(arguments), List.of(), 1);
    }

    private static Expression number(String text) {
        return new Expression.NumberLiteral(Double.parseDouble(text), text, 1);
    }

    private static Expression bool(boolean value) {
        return new Expression.BooleanLiteral(value, 1);
    }

    private static Expression word(String word) {
        return new Expression.Name(word, 1);
    }

    private static boolean isTrue(Optional<Expression> argument) {
        return argument.map(Slips::isTrueExpression).orElse(false);
    }

    private static boolean isTrueExpression(Expression expression) {
        return expression instanceof Expression.BooleanLiteral bool && bool.value();
    }

    private static boolean isZero(Expression expression) {
        return expression instanceof Expression.NumberLiteral number && number.value() == 0
                || expression instanceof Expression.Name name && name.name().equals("valid");
    }

    /** {@code root} with the node {@code target} (by identity) replaced by {@code replacement}. */
    static Expression replace(Expression root, Expression target, Expression replacement) {
        if (root == target) {
            return replacement;
        }
        if (root instanceof Expression.Call call) {
            List<Expression> positional = call.positional().stream().map(argument -> replace(argument, target,
                    replacement)).toList();
            List<Expression.NamedArgument> named = call.named().stream().map(argument -> new Expression.NamedArgument(
                    argument.name(), replace(argument.value(), target, replacement), argument.column())).toList();
            return new Expression.Call(call.function(), positional, named, call.column());
        }
        if (root instanceof Expression.Binary binary) {
            return new Expression.Binary(binary.operator(), replace(binary.left(), target, replacement),
                    replace(binary.right(), target, replacement), binary.column());
        }
        if (root instanceof Expression.Negation negation) {
            return new Expression.Negation(replace(negation.operand(), target, replacement), negation.column());
        }
        if (root instanceof Expression.ListLiteral list) {
            return new Expression.ListLiteral(list.items().stream().map(item -> replace(item, target, replacement))
                    .toList(), list.column());
        }
        return root;
    }
}
