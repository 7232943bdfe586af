package org.cnngrader.expr;

import java.util.Objects;

/**
 * A slip a student makes computing one function of the library, declared with the function
 * (DESIGN.md §6): which argument changes to what, or which other computation is done instead, and
 * the words that name it. The grader rewrites a reference expression one call at a time with these
 * and names the slip when a student's answer equals the rewritten result.
 *
 * <p>A slip refers to its function's {@link FunctionLibrary.Parameter} objects, not to their names,
 * and the library refuses (at class initialisation) a slip whose parameter is not one of its
 * function's, or whose template names something else: a renamed or removed parameter fails every
 * test instead of silently dropping its slips.
 */
public sealed interface Slip {

    /** The words for the slip, a clause that follows "the result when …" (e.g. "the kernel was flipped by 180°"). */
    String words();

    /** Where the slip is made: in the value, or only in a gradient flowing back through one parameter. */
    Scope scope();

    /** Where a slip applies. */
    sealed interface Scope {
    }

    /** Wherever the function is computed. */
    record Anywhere() implements Scope {
    }

    /**
     * Only inside the expression a {@code grad} or {@code vjp} differentiates, when the variable is in
     * the argument of {@code parameter}: a slip of backpropagation, not of the forward value.
     */
    record InGradientThrough(FunctionLibrary.Parameter parameter) implements Scope {
        public InGradientThrough {
            Objects.requireNonNull(parameter, "parameter");
        }
    }

    /** How an argument changes. */
    sealed interface Change {
    }

    /** The argument replaced by a literal or a bare word ({@code padding=0}, {@code flip=true}, {@code padding=same}). */
    record To(Expression value) implements Change {
        public To {
            Objects.requireNonNull(value, "value");
        }
    }

    /** A number added to a numeric argument (a window one too large: {@code size + 1}). */
    record Plus(double amount) implements Change {
    }

    /** A numeric argument multiplied (a bias added twice: {@code bias × 2}). */
    record Times(double factor) implements Change {
    }

    /**
     * The argument replaced by an expression of the call's arguments, each parameter name standing for
     * its argument: {@code flip(k)}, {@code transpose(w)}.
     */
    record Becomes(Expression template) implements Change {
        public Becomes {
            Objects.requireNonNull(template, "template");
        }
    }

    /** One argument changed. */
    record Argument(FunctionLibrary.Parameter parameter, Change change, String words, Scope scope) implements Slip {
        public Argument {
            Objects.requireNonNull(parameter, "parameter");
            Objects.requireNonNull(change, "change");
            requireWords(words);
            Objects.requireNonNull(scope, "scope");
        }
    }

    /**
     * Another function computed from the same arguments (those it has): max pooling instead of average
     * pooling, another activation.
     */
    record Instead(String function, String words, Scope scope) implements Slip {
        public Instead {
            Objects.requireNonNull(function, "function");
            requireWords(words);
            Objects.requireNonNull(scope, "scope");
        }
    }

    /**
     * The whole call replaced by a template in which {@link #SELF} is the call itself and each parameter
     * name its argument: {@code self - 1} (the +1 of an output size forgotten), {@code x} (an activation
     * not applied), {@code sigmoid(self)} (applied twice).
     */
    record Rewrite(Expression template, String words, Scope scope) implements Slip {
        public Rewrite {
            Objects.requireNonNull(template, "template");
            requireWords(words);
            Objects.requireNonNull(scope, "scope");
        }
    }

    /** The name that stands for the call itself in a {@link Rewrite} template. */
    String SELF = "self";

    /** Anywhere the function is computed. */
    Scope ANYWHERE = new Anywhere();

    /** {@code parameter} set to the literal or word {@code value}, e.g. {@code to(padding, "0", …)}. */
    static Slip to(FunctionLibrary.Parameter parameter, String value, String words) {
        return new Argument(parameter, new To(Parser.parse(value)), words, ANYWHERE);
    }

    /** {@code parameter} plus {@code amount}. */
    static Slip plus(FunctionLibrary.Parameter parameter, double amount, String words) {
        return new Argument(parameter, new Plus(amount), words, ANYWHERE);
    }

    /** {@code parameter} times {@code factor}. */
    static Slip times(FunctionLibrary.Parameter parameter, double factor, String words) {
        return new Argument(parameter, new Times(factor), words, ANYWHERE);
    }

    /** {@code parameter} replaced by the expression {@code template} of the call's arguments. */
    static Slip becomes(FunctionLibrary.Parameter parameter, String template, String words) {
        return new Argument(parameter, new Becomes(Parser.parse(template)), words, ANYWHERE);
    }

    /** {@code function} computed instead. */
    static Slip instead(String function, String words) {
        return new Instead(function, words, ANYWHERE);
    }

    /** The call replaced by {@code template}. */
    static Slip rewrite(String template, String words) {
        return new Rewrite(Parser.parse(template), words, ANYWHERE);
    }

    /** The same slip made only in a gradient flowing back through {@code parameter}. */
    static Slip inGradientThrough(FunctionLibrary.Parameter parameter, Slip slip) {
        Scope scope = new InGradientThrough(parameter);
        if (slip instanceof Argument argument) {
            return new Argument(argument.parameter(), argument.change(), argument.words(), scope);
        }
        if (slip instanceof Instead instead) {
            return new Instead(instead.function(), instead.words(), scope);
        }
        Rewrite rewrite = (Rewrite) slip;
        return new Rewrite(rewrite.template(), rewrite.words(), scope);
    }

    private static void requireWords(String words) {
        if (words == null || words.isBlank()) {
            throw new IllegalArgumentException("a slip needs its words");
        }
    }
}
