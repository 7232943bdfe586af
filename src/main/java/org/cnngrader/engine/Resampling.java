package org.cnngrader.engine;

/**
 * Upsampling of the last two axes as {@code torch.nn.functional.interpolate(x, scale_factor=s,
 * mode=…)} or {@code interpolate(x, size=o, mode=…)}, and its gradient. With a scale the output
 * side is {@code o = ⌊i·s⌋} and the step between source coordinates {@code r = 1/s}; with a size
 * it is {@code o} and {@code r = i/o} (PyTorch's kernels use the scale when it is given, so
 * {@code scale=1.5} and {@code size=⌊1.5·i⌋} can differ). Each output index {@code d} reads
 * <ul>
 *   <li>{@code nearest}: input index {@code min(⌊d·r⌋, i − 1)}, computed in single precision
 *       as PyTorch does;
 *   <li>{@code bilinear}: the source coordinate {@code c = (d + ½)·r − ½} clamped at 0
 *       ({@code align_corners=false}), or {@code c = d·(i − 1)/(o − 1)} ({@code align_corners=true}),
 *       interpolated linearly between {@code ⌊c⌋} and {@code min(⌊c⌋ + 1, i − 1)}, rows and columns
 *       separately.
 * </ul>
 * A matrix H×W is one channel; C×H×W and N×C×H×W are resampled channel by channel. The gradient
 * sends each output's upstream value back to the inputs it read, with the same weights.
 */
public final class Resampling {

    private Resampling() {
    }

    /** How output entries are computed from the input. */
    public enum Mode {
        NEAREST, BILINEAR
    }

    /** The output's sides: a scale factor per axis ({@code scale_factor}) or the sides themselves ({@code size}). */
    public sealed interface Target {

        /** {@code ⌊side·scale⌋} per axis; the source step is {@code 1/scale}. */
        record Scale(double height, double width) implements Target {
        }

        /** These sides; the source step is {@code input side / output side}. */
        record Size(int height, int width) implements Target {
        }
    }

    /** Upsamples {@code input} by {@code scaleHeight} and {@code scaleWidth}. */
    public static Tensor upsample(Tensor input, double scaleHeight, double scaleWidth, Mode mode,
            boolean alignCorners) {
        return upsample(input, new Target.Scale(scaleHeight, scaleWidth), mode, alignCorners);
    }

    /** Upsamples {@code input} to the sides {@code target} asks for. */
    public static Tensor upsample(Tensor input, Target target, Mode mode, boolean alignCorners) {
        return resample(input, target, mode, alignCorners, null);
    }

    /** The gradient of {@link #upsample} for its input. */
    public static Tensor upsampleGradient(Tensor input, double scaleHeight, double scaleWidth, Mode mode,
            boolean alignCorners, Tensor upstream) {
        return upsampleGradient(input, new Target.Scale(scaleHeight, scaleWidth), mode, alignCorners, upstream);
    }

    /** The gradient of {@link #upsample} for its input. */
    public static Tensor upsampleGradient(Tensor input, Target target, Mode mode, boolean alignCorners,
            Tensor upstream) {
        Tensor output = upsample(input, target, mode, alignCorners);
        TensorMath.checkUpstream(output.shape(), upstream, "upsample");
        return resample(input, target, mode, alignCorners, upstream);
    }

    /** One output index reads {@code first} with weight {@code firstWeight} and {@code second} with the rest. */
    private record Taps(int first, int second, double firstWeight) {
    }

    private static Tensor resample(Tensor input, Target target, Mode mode, boolean alignCorners, Tensor upstream) {
        if (alignCorners && mode == Mode.NEAREST) {
            throw new EngineException("align_corners can only be set with mode=bilinear (as in PyTorch)");
        }
        int[] shape = Layout.asBatch(input, "upsample");
        int inHeight = shape[2];
        int inWidth = shape[3];
        long outHeightLong;
        long outWidthLong;
        double stepHeight;
        double stepWidth;
        String asked;
        if (target instanceof Target.Scale scale) {
            if (!(scale.height() > 0) || !(scale.width() > 0) || !Double.isFinite(scale.height())
                    || !Double.isFinite(scale.width())) {
                throw new EngineException("the scale of upsample must be positive, not " + scale.height()
                        + (scale.height() == scale.width() ? "" : "×" + scale.width()));
            }
            outHeightLong = (long) Math.floor(inHeight * scale.height());
            outWidthLong = (long) Math.floor(inWidth * scale.width());
            stepHeight = 1.0 / scale.height();
            stepWidth = 1.0 / scale.width();
            asked = "by " + scale.height() + (scale.height() == scale.width() ? "" : "×" + scale.width());
        } else {
            Target.Size size = (Target.Size) target;
            outHeightLong = size.height();
            outWidthLong = size.width();
            stepHeight = (double) inHeight / size.height();
            stepWidth = (double) inWidth / size.width();
            asked = "to size " + size.height() + "×" + size.width();
        }
        if (outHeightLong < 1 || outWidthLong < 1 || outHeightLong * outWidthLong * shape[0] * shape[1]
                > Tensor.MAX_SIZE) {
            throw new EngineException("upsample of " + Shapes.format(input.shape()) + " " + asked
                    + " gives an output of " + outHeightLong + "×" + outWidthLong);
        }
        int outHeight = (int) outHeightLong;
        int outWidth = (int) outWidthLong;
        boolean bySize = target instanceof Target.Size;
        Taps[] rows = taps(inHeight, outHeight, stepHeight, bySize, mode, alignCorners);
        Taps[] columns = taps(inWidth, outWidth, stepWidth, bySize, mode, alignCorners);
        int planes = shape[0] * shape[1];
        double[] x = input.values();
        double[] y = new double[planes * outHeight * outWidth];
        double[] dx = new double[x.length];
        int position = 0;
        for (int plane = 0; plane < planes; plane++) {
            int base = plane * inHeight * inWidth;
            for (int i = 0; i < outHeight; i++) {
                Taps row = rows[i];
                for (int j = 0; j < outWidth; j++) {
                    Taps column = columns[j];
                    int[] indices = {base + row.first() * inWidth + column.first(),
                        base + row.first() * inWidth + column.second(),
                        base + row.second() * inWidth + column.first(),
                        base + row.second() * inWidth + column.second()};
                    double[] weights = {row.firstWeight() * column.firstWeight(),
                        row.firstWeight() * (1 - column.firstWeight()),
                        (1 - row.firstWeight()) * column.firstWeight(),
                        (1 - row.firstWeight()) * (1 - column.firstWeight())};
                    for (int tap = 0; tap < 4; tap++) {
                        if (weights[tap] == 0) {
                            continue;
                        }
                        if (upstream == null) {
                            y[position] += weights[tap] * x[indices[tap]];
                        } else {
                            dx[indices[tap]] += weights[tap] * upstream.valueAt(position);
                        }
                    }
                    position++;
                }
            }
        }
        if (upstream != null) {
            return Tensor.of(input.shape(), dx);
        }
        return Tensor.of(Layout.resultShape(input.rank(), false, shape[0], shape[1], outHeight, outWidth), y);
    }

    /**
     * Which inputs each output index reads; {@code sourceStep} is 1/scale, or input/output side for a size
     * (which PyTorch's nearest kernel divides in single precision, where it rounds 1/scale to single).
     */
    private static Taps[] taps(int inSide, int outSide, double sourceStep, boolean bySize, Mode mode,
            boolean alignCorners) {
        Taps[] taps = new Taps[outSide];
        if (mode == Mode.NEAREST) {
            float step = bySize ? (float) inSide / outSide : (float) sourceStep;
            for (int d = 0; d < outSide; d++) {
                int source = outSide == inSide ? d : outSide == 2 * inSide ? d >> 1
                        : (int) Math.min((float) Math.floor((float) (d * step)), inSide - 1);
                taps[d] = new Taps(source, source, 1);
            }
            return taps;
        }
        double step = alignCorners ? (outSide > 1 ? (inSide - 1) / (double) (outSide - 1) : 0) : sourceStep;
        for (int d = 0; d < outSide; d++) {
            double source = alignCorners ? step * d : Math.max(step * (d + 0.5) - 0.5, 0);
            int first = (int) source;
            int second = first < inSide - 1 ? first + 1 : first;
            double lambda = source - first;
            taps[d] = new Taps(first, second, 1 - lambda);
        }
        return taps;
    }
}
