package org.cnngrader.engine;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Every smooth operation's gradient agrees with central finite differences (an independent check). */
class GradientsTest {

    private final Random random = new Random(20260522);

    private Tensor random(int... shape) {
        return RandomTensors.random(random, shape);
    }

    @Test
    void activations() {
        Tensor x = random(3, 4);
        FiniteDifferences.check(Activations::sigmoid, Activations::sigmoidGradient, x, random);
        FiniteDifferences.check(Activations::tanh, Activations::tanhGradient, x, random);
        FiniteDifferences.check(Activations::softmax, Activations::softmaxGradient, x, random);
        FiniteDifferences.check(Activations::logSoftmax, Activations::logSoftmaxGradient, x, random);
        FiniteDifferences.check(input -> Activations.elu(input, 0.7), (input, dy) -> Activations.eluGradient(input,
                0.7, dy), x, random);
        FiniteDifferences.check(Activations::gelu, Activations::geluGradient, x, random);
        FiniteDifferences.check(Activations::silu, Activations::siluGradient, x, random);
        FiniteDifferences.check(Activations::softplus, Activations::softplusGradient, x, random);
    }

    @Test
    void convolutionForInputKernelAndBias() {
        Convolution.Options options = Convolution.Options.defaults().withStride(new HeightWidth(2, 1))
                .withPadding(new Padding.Explicit(1, 0, 2, 1)).withDilation(new HeightWidth(1, 2)).withGroups(2);
        Tensor x = random(2, 4, 5, 6);
        Tensor k = random(6, 2, 2, 3);
        Tensor bias = random(6);
        FiniteDifferences.check(input -> Convolution.conv2d(input, k, bias, options),
                (input, dy) -> Convolution.conv2dInputGradient(input, k, bias, options, dy), x, random);
        FiniteDifferences.check(kernel -> Convolution.conv2d(x, kernel, bias, options),
                (kernel, dy) -> Convolution.conv2dKernelGradient(x, kernel, bias, options, dy), k, random);
        FiniteDifferences.check(b -> Convolution.conv2d(x, k, b, options),
                (b, dy) -> Convolution.conv2dBiasGradient(x, k, b, options, dy), bias, random);
    }

    @Test
    void flippedConvolutionWithSamePaddingOnAMatrix() {
        Convolution.Options options = Convolution.Options.defaults().withPadding(Padding.same()).withFlip(true);
        Tensor x = random(4, 4);
        Tensor k = random(3, 3);
        Tensor bias = Tensor.scalar(0.5);
        FiniteDifferences.check(input -> Convolution.conv2d(input, k, bias, options),
                (input, dy) -> Convolution.conv2dInputGradient(input, k, bias, options, dy), x, random);
        FiniteDifferences.check(kernel -> Convolution.conv2d(x, kernel, bias, options),
                (kernel, dy) -> Convolution.conv2dKernelGradient(x, kernel, bias, options, dy), k, random);
        FiniteDifferences.check(b -> Convolution.conv2d(x, k, b, options),
                (b, dy) -> Convolution.conv2dBiasGradient(x, k, b, options, dy), bias, random);
    }

    @Test
    void transposedConvolution() {
        Convolution.TransposedOptions options = Convolution.TransposedOptions.defaults()
                .withStride(HeightWidth.square(2)).withPadding(Padding.of(1)).withOutputPadding(HeightWidth.square(1));
        Tensor x = random(1, 2, 3, 3);
        Tensor k = random(2, 3, 3, 3);
        FiniteDifferences.check(input -> Convolution.convTranspose2d(input, k, options),
                (input, dy) -> Convolution.convTranspose2dInputGradient(input, k, options, dy), x, random);
        FiniteDifferences.check(kernel -> Convolution.convTranspose2d(x, kernel, options),
                (kernel, dy) -> Convolution.convTranspose2dKernelGradient(x, kernel, options, dy), k, random);
    }

    @Test
    void averagePoolingAndResampling() {
        Pooling.Options options = Pooling.Options.window(HeightWidth.square(3)).withStride(HeightWidth.square(2))
                .withPadding(HeightWidth.square(1)).withCeilMode(true);
        Tensor x = random(2, 5, 6);
        for (boolean countIncludePad : new boolean[] {true, false}) {
            FiniteDifferences.check(input -> Pooling.avgPool2d(input, options, countIncludePad),
                    (input, dy) -> Pooling.avgPool2dGradient(input, options, countIncludePad, dy), x, random);
        }
        FiniteDifferences.check(Pooling::globalAvgPool, Pooling::globalAvgPoolGradient, x, random);
        HeightWidth size = new HeightWidth(3, 4);
        FiniteDifferences.check(input -> Pooling.adaptiveAvgPool2d(input, size),
                (input, dy) -> Pooling.adaptiveAvgPool2dGradient(input, size, dy), x, random);
        for (boolean alignCorners : new boolean[] {true, false}) {
            FiniteDifferences.check(input -> Resampling.upsample(input, 1.5, 2, Resampling.Mode.BILINEAR,
                    alignCorners), (input, dy) -> Resampling.upsampleGradient(input, 1.5, 2, Resampling.Mode.BILINEAR,
                    alignCorners, dy), x, random);
        }
        FiniteDifferences.check(input -> Resampling.upsample(input, 3, 3, Resampling.Mode.NEAREST, false),
                (input, dy) -> Resampling.upsampleGradient(input, 3, 3, Resampling.Mode.NEAREST, false, dy), x,
                random);
        for (Resampling.Target target : List.of(new Resampling.Target.Size(7, 3), new Resampling.Target.Size(4, 13))) {
            for (boolean alignCorners : new boolean[] {true, false}) {
                FiniteDifferences.check(input -> Resampling.upsample(input, target, Resampling.Mode.BILINEAR,
                        alignCorners), (input, dy) -> Resampling.upsampleGradient(input, target,
                        Resampling.Mode.BILINEAR, alignCorners, dy), x, random);
            }
            FiniteDifferences.check(input -> Resampling.upsample(input, target, Resampling.Mode.NEAREST, false),
                    (input, dy) -> Resampling.upsampleGradient(input, target, Resampling.Mode.NEAREST, false, dy), x,
                    random);
        }
    }

    @Test
    void crossEntropyOfPixelsWithLabelSmoothing() {
        Tensor scores = random(2, 3, 2, 4);
        Tensor map = Tensor.of(new int[] {2, 2, 4}, new double[] {0, 1, 2, 2, 1, 0, 0, 2, 2, 2, 1, 0, 1, 1, 0, 2});
        Tensor probabilities = Tensor.of(scores.shape(), random(2, 3, 2, 4).map(Math::exp).values());
        for (double epsilon : new double[] {0, 0.15}) {
            Losses.ClassOptions smoothing = Losses.ClassOptions.defaults().withLabelSmoothing(epsilon);
            for (Tensor target : List.of(map, probabilities)) {
                FiniteDifferences.check(input -> Tensor.scalar(Losses.crossEntropy(input, target, smoothing)),
                        (input, dy) -> Losses.crossEntropyGradient(input, target, smoothing, dy.item()), scores,
                        random);
            }
            FiniteDifferences.check(target -> Tensor.scalar(Losses.crossEntropy(scores, target, smoothing)),
                    (target, dy) -> Losses.crossEntropyTargetGradient(scores, target, smoothing, dy.item()),
                    probabilities, random);
        }
        FiniteDifferences.check(input -> Tensor.scalar(Losses.nll(input, map)),
                (input, dy) -> Losses.nllGradient(input, map, dy.item()), scores, random);
    }

    @Test
    void normalisations() {
        Tensor x = random(2, 4, 3, 3);
        Tensor gamma = random(4);
        Tensor beta = random(4);
        FiniteDifferences.check(input -> BatchNorm.normalize(input, gamma, beta, 1e-5),
                (input, dy) -> BatchNorm.normalizeGradients(input, gamma, beta, 1e-5, dy).input(), x, random);
        FiniteDifferences.check(g -> BatchNorm.normalize(x, g, beta, 1e-5),
                (g, dy) -> BatchNorm.normalizeGradients(x, g, beta, 1e-5, dy).gamma(), gamma, random);
        FiniteDifferences.check(b -> BatchNorm.normalize(x, gamma, b, 1e-5),
                (b, dy) -> BatchNorm.normalizeGradients(x, gamma, b, 1e-5, dy).beta(), beta, random);
        FiniteDifferences.check(input -> Normalization.groupNorm(input, 2, gamma, beta, 1e-5),
                (input, dy) -> Normalization.groupNormGradients(input, 2, gamma, beta, 1e-5, dy).input(), x, random);
        FiniteDifferences.check(g -> Normalization.groupNorm(x, 2, g, beta, 1e-5),
                (g, dy) -> Normalization.groupNormGradients(x, 2, g, beta, 1e-5, dy).gamma(), gamma, random);
        Tensor elementwise = random(4, 3, 3);
        FiniteDifferences.check(input -> Normalization.layerNorm(input, elementwise, Tensor.scalar(0.5), 1e-5),
                (input, dy) -> Normalization.layerNormGradients(input, elementwise, Tensor.scalar(0.5), 1e-5, dy)
                        .input(), x, random);
        FiniteDifferences.check(g -> Normalization.layerNorm(x, g, Tensor.scalar(0.5), 1e-5),
                (g, dy) -> Normalization.layerNormGradients(x, g, Tensor.scalar(0.5), 1e-5, dy).gamma(), elementwise,
                random);
        FiniteDifferences.check(BatchNorm::mean, BatchNorm::meanGradient, x, random);
        FiniteDifferences.check(input -> BatchNorm.variance(input, true),
                (input, dy) -> BatchNorm.varianceGradient(input, true, dy), x, random);
    }

    @Test
    void losses() {
        Tensor y = random(3, 4);
        Tensor t = random(3, 4);
        FiniteDifferences.check(input -> Tensor.scalar(Losses.mse(input, t)),
                (input, dy) -> Losses.mseGradient(input, t, dy.item()), y, random);
        Tensor indices = Tensor.vector(2, 0, 3);
        FiniteDifferences.check(input -> Tensor.scalar(Losses.crossEntropy(input, indices)),
                (input, dy) -> Losses.crossEntropyGradient(input, indices, dy.item()), y, random);
        Tensor probabilities = Activations.softmax(t);
        FiniteDifferences.check(input -> Tensor.scalar(Losses.crossEntropy(input, probabilities)),
                (input, dy) -> Losses.crossEntropyGradient(input, probabilities, dy.item()), y, random);
        FiniteDifferences.check(target -> Tensor.scalar(Losses.crossEntropy(y, target)),
                (target, dy) -> Losses.crossEntropyTargetGradient(y, target, dy.item()), probabilities, random);
        FiniteDifferences.check(input -> Tensor.scalar(Losses.nll(input, indices)),
                (input, dy) -> Losses.nllGradient(input, indices, dy.item()), y, random);
        Tensor p = Activations.sigmoid(y);
        Tensor labels = Activations.sigmoid(t);
        FiniteDifferences.check(input -> Tensor.scalar(Losses.bce(input, labels)),
                (input, dy) -> Losses.bceGradient(input, labels, dy.item()), p, random);
        FiniteDifferences.check(target -> Tensor.scalar(Losses.bce(p, target)),
                (target, dy) -> Losses.bceTargetGradient(p, target, dy.item()), labels, random);
        FiniteDifferences.check(input -> Tensor.scalar(Losses.bceWithLogits(input, labels)),
                (input, dy) -> Losses.bceWithLogitsGradient(input, labels, dy.item()), y, random);
        FiniteDifferences.check(target -> Tensor.scalar(Losses.bceWithLogits(y, target)),
                (target, dy) -> Losses.bceWithLogitsTargetGradient(y, target, dy.item()), labels, random);
    }

    @Test
    void linearInEveryLayout() {
        Tensor w = random(3, 4);
        Tensor b = random(3);
        for (Tensor x : new Tensor[] {random(4), random(5, 4), random(4, 5)}) {
            Tensor bias = b;
            FiniteDifferences.check(input -> TensorMath.linear(input, w, bias),
                    (input, dy) -> TensorMath.linearGradients(input, w, bias, dy).input(), x, random);
            FiniteDifferences.check(weight -> TensorMath.linear(x, weight, bias),
                    (weight, dy) -> TensorMath.linearGradients(x, weight, bias, dy).weight(), w, random);
            FiniteDifferences.check(c -> TensorMath.linear(x, w, c),
                    (c, dy) -> TensorMath.linearGradients(x, w, c, dy).bias(), bias, random);
        }
    }

    @Test
    void rearrangements() {
        Tensor x = random(2, 3, 4);
        FiniteDifferences.check(input -> Transforms.pad(input, new Padding.Explicit(1, 0, 2, 1), 3),
                (input, dy) -> Transforms.padGradient(input, new Padding.Explicit(1, 0, 2, 1), dy), x, random);
        Tensor other = random(2, 2, 4);
        FiniteDifferences.check(input -> Transforms.concat(input, other, 1),
                (input, dy) -> Transforms.concatGradient(input, other, 1, true, dy), x, random);
        FiniteDifferences.check(input -> Transforms.concat(x, input, -2),
                (input, dy) -> Transforms.concatGradient(x, input, -2, false, dy), other, random);
        FiniteDifferences.check(input -> Transforms.unfold(input, new HeightWidth(2, 3), HeightWidth.square(1),
                HeightWidth.square(1), HeightWidth.square(1)), (input, dy) -> Transforms.unfoldGradient(input,
                new HeightWidth(2, 3), HeightWidth.square(1), HeightWidth.square(1), HeightWidth.square(1), dy),
                x, random);
        Tensor mask = Tensor.of(new int[] {2, 3, 4}, new double[] {1, 0, 1, 1, 0, 0, 1, 1, 1, 0, 1, 0, 1, 1, 1, 1, 0, 0,
            0, 1, 1, 0, 1, 1});
        FiniteDifferences.check(input -> Dropout.apply(input, mask, 0.25),
                (input, dy) -> Dropout.inputGradient(input, mask, 0.25, dy), x, random);
    }
}
