package org.cnngrader.engine;

/**
 * Upsampling of the last two axes as {@code torch.nn.functional.interpolate(x, scale_factor=s,
 * mode=…)}, and its gradient. The output side is {@code ⌊i·s⌋}; each output index {@code d} reads
 * <ul>
 *   <li>{@code nearest}: input index {@code min(⌊d·(1/s)⌋, i − 1)}, computed in single precision
 *       as PyTorch does;
 *   <li>{@code bilinear}: the source coordinate {@code c = (d + ½)/s − ½} clamped at 0
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

    /** Upsamples {@code input} by {@code scaleHeight} and {@code scaleWidth}. */
    public static Tensor upsample(Tensor input, double scaleHeight, double scaleWidth, Mode mode,
            boolean alignCorners) {
        return resample(input, scaleHeight, scaleWidth, mode, alignCorners, null);
    }

    /** The gradient of {@link #upsample} for its input. */
    public static Tensor upsampleGradient(Tensor input, double scaleHeight, double scaleWidth, Mode mode,
            boolean alignCorners, Tensor upstream) {
        Tensor output = upsample(input, scaleHeight, scaleWidth, mode, alignCorners);
        TensorMath.checkUpstream(output.shape(), upstream, "upsample");
        return resample(input, scaleHeight, scaleWidth, mode, alignCorners, upstream);
    }

    /** One output index reads {@code first} with weight {@code firstWeight} and {@code second} with the rest. */
    private record Taps(int first, int second, double firstWeight) {
    }

    private static Tensor resample(Tensor input, double scaleHeight, double scaleWidth, Mode mode,
            boolean alignCorners, Tensor upstream) {
        if (!(scaleHeight > 0) || !(scaleWidth > 0) || !Double.isFinite(scaleHeight) || !Double.isFinite(scaleWidth)) {
            throw new EngineException("the scale of upsample must be positive, not " + scaleHeight
                    + (scaleHeight == scaleWidth ? "" : "×" + scaleWidth));
        }
        if (alignCorners && mode == Mode.NEAREST) {
            throw new EngineException("align_corners can only be set with mode=bilinear (as in PyTorch)");
        }
        int[] shape = Layout.asBatch(input, "upsample");
        int inHeight = shape[2];
        int inWidth = shape[3];
        long outHeightLong = (long) Math.floor(inHeight * scaleHeight);
        long outWidthLong = (long) Math.floor(inWidth * scaleWidth);
        if (outHeightLong < 1 || outWidthLong < 1 || outHeightLong * outWidthLong * shape[0] * shape[1]
                > Tensor.MAX_SIZE) {
            throw new EngineException("upsample of " + Shapes.format(input.shape()) + " by " + scaleHeight
                    + " gives an output of " + outHeightLong + "×" + outWidthLong);
        }
        int outHeight = (int) outHeightLong;
        int outWidth = (int) outWidthLong;
        Taps[] rows = taps(inHeight, outHeight, scaleHeight, mode, alignCorners);
        Taps[] columns = taps(inWidth, outWidth, scaleWidth, mode, alignCorners);
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

    private static Taps[] taps(int inSide, int outSide, double scale, Mode mode, boolean alignCorners) {
        Taps[] taps = new Taps[outSide];
        if (mode == Mode.NEAREST) {
            float step = (float) (1.0 / scale);
            for (int d = 0; d < outSide; d++) {
                int source = outSide == inSide ? d : outSide == 2 * inSide ? d >> 1
                        : (int) Math.min((float) Math.floor((float) (d * step)), inSide - 1);
                taps[d] = new Taps(source, source, 1);
            }
            return taps;
        }
        double step = alignCorners ? (outSide > 1 ? (inSide - 1) / (double) (outSide - 1) : 0) : 1.0 / scale;
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
