package org.cnngrader.expr;

import java.util.List;
import java.util.Objects;
import org.cnngrader.engine.Network;
import org.cnngrader.engine.Shapes;
import org.cnngrader.engine.Tensor;

/**
 * What an expression evaluates to: a tensor (numbers of rank 0–4), a boolean, a string, a bare
 * word used as an enum argument ({@code same}), a list of values of different shapes (e.g. the
 * shapes of every layer), or a network.
 */
public sealed interface Value {

    /** A short description of the kind and shape, for messages: {@code a 4×4 matrix}. */
    String describe();

    /** Numbers. */
    record TensorValue(Tensor tensor) implements Value {
        public TensorValue {
            Objects.requireNonNull(tensor, "tensor");
        }

        /** A rank-0 number. */
        public static TensorValue of(double number) {
            return new TensorValue(Tensor.scalar(number));
        }

        @Override
        public String describe() {
            return switch (tensor.rank()) {
                case 0 -> "the number " + tensor.item();
                case 1 -> "a vector of " + tensor.size();
                case 2 -> "a " + Shapes.format(tensor.shape()) + " matrix";
                default -> "a " + Shapes.format(tensor.shape()) + " tensor";
            };
        }
    }

    /** true or false. */
    record BooleanValue(boolean value) implements Value {
        @Override
        public String describe() {
            return "the boolean " + value;
        }
    }

    /** A quoted string. */
    record StringValue(String value) implements Value {
        @Override
        public String describe() {
            return "the string \"" + value + "\"";
        }
    }

    /** A bare word that names no value, read as an enum argument such as {@code same}. */
    record WordValue(String word) implements Value {
        @Override
        public String describe() {
            return "the word " + word;
        }
    }

    /** A list whose items are not one regular tensor. */
    record ListValue(List<Value> items) implements Value {
        public ListValue {
            items = List.copyOf(items);
        }

        @Override
        public String describe() {
            return "a list of " + items.size();
        }
    }

    /** A network from the rubric's {@code given}. */
    record NetworkValue(Network network) implements Value {
        @Override
        public String describe() {
            return "a " + network;
        }
    }
}
