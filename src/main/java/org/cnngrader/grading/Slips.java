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
 *
 * <p>A gradient ({@code grad}, {@code vjp}) has the slips of backpropagation: the gradient of a
 * max pooling window sent to every maximum, the kernel not rotated when the gradient goes back to
 * a convolution's input, the 1/N of a mean loss left out, the softmax taken as the gradient of
 * cross-entropy without the one-hot target subtracted. Inside the expression differentiated no
 * value is rounded (round has gradient 0, so a rounded intermediate is no gradient at all).
 */
final class Slips {

    /** A slip: the rewritten expression, the words for it, and whether the result is acceptable anyway. */
    record Slip(Expression mutant, String description, boolean acceptable) {
    }

    private static final List<String> ACTIVATIONS = List.of("sigmoid", "relu", "tanh");

    private static final List<String> GRADIENTS = List.of("grad", "vjp");

    private static final List<String> MEAN_LOSSES = List.of("mse_loss", "cross_entropy", "nll_loss", "bce",
            "bce_with_logits");

    private Slips() {
    }

    /** Every single-slip mutant of {@code root}, in reading order; {@code decimals} for the rounding slip. */
    static List<Slip> of(Expression root, int decimals) {
        List<Slip> slips = new ArrayList<>();
        collect(root, root, decimals, true, slips);
        return slips;
    }

    private static void collect(Expression root, Expression node, int decimals, boolean rounding, List<Slip> slips) {
        if (node instanceof Expression.Call call) {
            for (Slip slip : slipsOf(call, decimals, rounding)) {
                slips.add(new Slip(replace(root, call, slip.mutant()), slip.description(), slip.acceptable()));
            }
            boolean gradient = GRADIENTS.contains(call.function());
            Optional<Expression> differentiated = gradient ? argument(call, "y") : Optional.empty();
            call.positional().forEach(argument -> collect(root, argument, decimals,
                    rounding && differentiated.filter(y -> y == argument).isEmpty(), slips));
            call.named().forEach(argument -> collect(root, argument.value(), decimals,
                    rounding && differentiated.filter(y -> y == argument.value()).isEmpty(), slips));
        } else if (node instanceof Expression.Binary binary) {
            collect(root, binary.left(), decimals, rounding, slips);
            collect(root, binary.right(), decimals, rounding, slips);
        } else if (node instanceof Expression.Negation negation) {
            collect(root, negation.operand(), decimals, rounding, slips);
        }
    }

    /** The slips of backpropagation in {@code grad(y, x)} or {@code vjp(y, x, dy)}, as rewritten gradient calls. */
    private static List<Slip> gradientSlips(Expression.Call call) {
        List<Slip> slips = new ArrayList<>();
        Optional<Expression> differentiated = argument(call, "y");
        Optional<String> variable = argument(call, "x").filter(Expression.Name.class::isInstance)
                .map(name -> ((Expression.Name) name).name());
        if (differentiated.isEmpty() || variable.isEmpty()) {
            return slips;
        }
        Expression y = differentiated.get();
        for (Expression.Call inner : calls(y)) {
            boolean throughInput = argument(inner, "x").map(input -> input.names().contains(variable.get()))
                    .orElse(false);
            switch (inner.function()) {
                case "maxpool2d" -> {
                    if (throughInput) {
                        slips.add(slip(with(call, "y", replace(y, inner, new Expression.Call("maxpool2d"
                                + FunctionLibrary.VARIANT + "every_maximum", inner.positional(), inner.named(),
                                inner.column()))), "the gradient of each pooling window was sent to every maximum"
                                + " of the window, not only to the first (as PyTorch does)"));
                    }
                }
                case "conv2d" -> {
                    if (throughInput) {
                        boolean flipped = isTrue(argument(inner, "flip"));
                        slips.add(slip(with(call, "y", replace(y, inner, with(inner, "flip", bool(!flipped)))),
                                "the kernel was not rotated by 180° when the gradient was passed back to the input"
                                        + " (the input gradient is a full convolution with the rotated kernel)"));
                    }
                }
                default -> { }
            }
            if (MEAN_LOSSES.contains(inner.function()) && inner.names().contains(variable.get())) {
                Optional<Expression> target = argument(inner, inner.function().equals("mse_loss")
                        || inner.function().startsWith("bce") ? "t" : "target");
                target.ifPresent(t -> {
                    Expression count = call("sum", new Expression.Binary("+", new Expression.Binary("*", number("0"), t,
                            t.column()), number("1"), t.column()));
                    slips.add(slip(with(call, "y", replace(y, inner, new Expression.Binary("*", inner, count,
                            inner.column()))), "the 1/N of the mean loss was left out of the gradient"));
                });
            }
            if (inner.function().equals("cross_entropy")) {
                argument(inner, "logits").filter(logits -> logits.names().contains(variable.get()))
                        .ifPresent(logits -> slips.add(slip(with(call, "y", replace(y, inner, call("mean",
                                new Expression.Binary("-", logits, call("log_softmax", logits), logits.column())))),
                                "the one-hot target was not subtracted: the gradient of cross-entropy with respect"
                                        + " to the logits is softmax − one-hot (over N), not the softmax alone")));
            }
        }
        return slips;
    }

    /** Every call in {@code expression}, outermost first. */
    private static List<Expression.Call> calls(Expression expression) {
        List<Expression.Call> calls = new ArrayList<>();
        if (expression instanceof Expression.Call call) {
            calls.add(call);
            call.positional().forEach(argument -> calls.addAll(calls(argument)));
            call.named().forEach(argument -> calls.addAll(calls(argument.value())));
        } else if (expression instanceof Expression.Binary binary) {
            calls.addAll(calls(binary.left()));
            calls.addAll(calls(binary.right()));
        } else if (expression instanceof Expression.Negation negation) {
            calls.addAll(calls(negation.operand()));
        } else if (expression instanceof Expression.ListLiteral list) {
            list.items().forEach(item -> calls.addAll(calls(item)));
        }
        return calls;
    }

    private static List<Slip> slipsOf(Expression.Call call, int decimals, boolean rounding) {
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
            case "grad", "vjp" -> slips.addAll(gradientSlips(call));
            case "mse_loss", "cross_entropy", "nll_loss", "bce", "bce_with_logits" -> {
                Optional<Expression> target = argument(call, name.equals("mse_loss") || name.startsWith("bce") ? "t"
                        : "target");
                target.ifPresent(t -> slips.add(slip(new Expression.Binary("*", call, call("sum",
                        new Expression.Binary("+", new Expression.Binary("*", number("0"), t, t.column()), number("1"),
                                t.column())), call.column()), "the loss was summed: the 1/N of the mean was left out")));
            }
            case "dropout" -> slips.add(slip(with(call, "p", number("0")),
                    "the kept entries were not scaled by 1/(1 − p) (inverted dropout scales them)"));
            case "upsample" -> {
                boolean bilinear = argument(call, "mode").map(mode -> wordOf(mode).equals("bilinear"))
                        .orElse(false);
                Expression.Call otherMode = with(call, "mode", word(bilinear ? "nearest" : "bilinear"));
                slips.add(slip(new Expression.Call(otherMode.function(), otherMode.positional().subList(0,
                        Math.min(otherMode.positional().size(), 3)), otherMode.named().stream()
                        .filter(argument -> !argument.name().equals("align_corners")).toList(), call.column()),
                        bilinear ? "nearest-neighbour upsampling instead of bilinear" : "bilinear upsampling instead"
                                + " of nearest-neighbour"));
                if (bilinear) {
                    boolean aligned = isTrue(argument(call, "align_corners"));
                    slips.add(slip(with(call, "align_corners", bool(!aligned)), aligned
                            ? "the corners were not aligned (align_corners=false)"
                            : "the corners were aligned (align_corners=true), as PyTorch does not by default"));
                }
            }
            case "log_softmax" -> slips.add(slip(new Expression.Call("softmax", call.positional(), List.of(),
                    call.column()), "the softmax was not followed by the logarithm"));
            case "sigmoid", "relu", "tanh", "leaky_relu", "softmax", "elu", "gelu", "silu", "softplus" -> {
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
        if (rounding && !name.equals("round") && !GRADIENTS.contains(name) && !call.positional().isEmpty()) {
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

    /** The text of a bare word or a string, else empty. */
    private static String wordOf(Expression expression) {
        if (expression instanceof Expression.Name name) {
            return name.name();
        }
        return expression instanceof Expression.StringLiteral string ? string.value() : "";
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
