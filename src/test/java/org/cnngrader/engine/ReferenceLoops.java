package org.cnngrader.engine;

import java.util.Random;

/**
 * Deliberately naive implementations written straight from the textbook definitions, used to
 * check the engine on random inputs. They share no code with the engine: the padded input is
 * materialised, the kernel is flipped by index, and every sum is spelled out.
 */
final class ReferenceLoops {

    private ReferenceLoops() {
    }

    /**
     * Cross-correlation of x[N][C][H][W] with w[O][C/g][kh][kw], padding top/bottom/left/right.
     */
    static double[][][][] conv2d(double[][][][] x, double[][][][] w, int strideH, int strideW, int top, int bottom,
            int left, int right, int dilationH, int dilationW, int groups, boolean flip) {
        int n = x.length;
        int c = x[0].length;
        int h = x[0][0].length;
        int wd = x[0][0][0].length;
        int o = w.length;
        int cg = w[0].length;
        int kh = w[0][0].length;
        int kw = w[0][0][0].length;
        double[][][][] padded = new double[n][c][h + top + bottom][wd + left + right];
        for (int b = 0; b < n; b++) {
            for (int ch = 0; ch < c; ch++) {
                for (int i = 0; i < h; i++) {
                    for (int j = 0; j < wd; j++) {
                        padded[b][ch][i + top][j + left] = x[b][ch][i][j];
                    }
                }
            }
        }
        int outH = (h + top + bottom - dilationH * (kh - 1) - 1) / strideH + 1;
        int outW = (wd + left + right - dilationW * (kw - 1) - 1) / strideW + 1;
        double[][][][] y = new double[n][o][outH][outW];
        int perGroup = o / groups;
        for (int b = 0; b < n; b++) {
            for (int f = 0; f < o; f++) {
                int group = f / perGroup;
                for (int i = 0; i < outH; i++) {
                    for (int j = 0; j < outW; j++) {
                        double sum = 0;
                        for (int ch = 0; ch < cg; ch++) {
                            for (int a = 0; a < kh; a++) {
                                for (int bb = 0; bb < kw; bb++) {
                                    double weight = flip ? w[f][ch][kh - 1 - a][kw - 1 - bb] : w[f][ch][a][bb];
                                    sum += weight * padded[b][group * cg + ch][i * strideH + a * dilationH]
                                            [j * strideW + bb * dilationW];
                                }
                            }
                        }
                        y[b][f][i][j] = sum;
                    }
                }
            }
        }
        return y;
    }

    /** Random values in [−2, 2) rounded to a quarter, so that hand checks stay readable. */
    static double[][][][] random(Random random, int n, int c, int h, int w) {
        double[][][][] x = new double[n][c][h][w];
        for (double[][][] batch : x) {
            for (double[][] channel : batch) {
                for (double[] row : channel) {
                    for (int j = 0; j < row.length; j++) {
                        row[j] = Math.floor(random.nextDouble() * 16 - 8) / 4;
                    }
                }
            }
        }
        return x;
    }

    static Tensor tensor(double[][][][] x) {
        int n = x.length;
        int c = x[0].length;
        int h = x[0][0].length;
        int w = x[0][0][0].length;
        double[] values = new double[n * c * h * w];
        int position = 0;
        for (double[][][] batch : x) {
            for (double[][] channel : batch) {
                for (double[] row : channel) {
                    for (double value : row) {
                        values[position++] = value;
                    }
                }
            }
        }
        return Tensor.of(new int[] {n, c, h, w}, values);
    }
}
