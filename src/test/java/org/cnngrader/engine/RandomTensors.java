package org.cnngrader.engine;

import java.util.Random;

/** Random inputs for the engine's property and gradient tests. */
public final class RandomTensors {

    private RandomTensors() {
    }

    /** A tensor of standard normal entries. */
    public static Tensor random(Random random, int... shape) {
        int size = 1;
        for (int side : shape) {
            size *= side;
        }
        double[] values = new double[size];
        for (int i = 0; i < size; i++) {
            values[i] = random.nextGaussian();
        }
        return Tensor.of(shape, values);
    }
}
