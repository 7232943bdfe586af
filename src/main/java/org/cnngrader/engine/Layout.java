package org.cnngrader.engine;

/**
 * Reads tensors of rank 2 to 4 as batches N×C×H×W, the layout every spatial operation works in,
 * and gives results back in the rank the caller used.
 */
final class Layout {

    private Layout() {
    }

    /** The shape as N×C×H×W: H×W is 1×1×H×W and C×H×W is 1×C×H×W. */
    static int[] asBatch(Tensor input, String operation) {
        int[] shape = input.shape();
        return switch (shape.length) {
            case 2 -> new int[] {1, 1, shape[0], shape[1]};
            case 3 -> new int[] {1, shape[0], shape[1], shape[2]};
            case 4 -> shape;
            default -> throw new EngineException(operation + " needs a matrix H×W, a stack C×H×W or a batch"
                    + " N×C×H×W, not a tensor of shape " + Shapes.format(shape));
        };
    }

    /**
     * The result shape for an input of rank {@code inputRank}: a batch stays a batch, a stack
     * stays a stack, a matrix stays a matrix, and {@code dropChannels} drops a single channel.
     */
    static int[] resultShape(int inputRank, boolean dropChannels, int batch, int channels, int height, int width) {
        if (inputRank == 4) {
            return new int[] {batch, channels, height, width};
        }
        if (dropChannels && channels == 1) {
            return new int[] {height, width};
        }
        if (inputRank == 2 && channels == 1) {
            return new int[] {height, width};
        }
        return new int[] {channels, height, width};
    }
}
