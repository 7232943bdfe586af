#!/usr/bin/env python3
"""Writes the text and LaTeX sources of submissions-sample/ (teams C, D, E, F) in the style of the
seed solutions. Run from the repository root; then typeset each .tex with pdflatex (see README)."""
import os

X = "\\begin{bmatrix} 0 & 0 & 0 & 0 \\\\ 0 & 1 & 0 & 1 \\\\ 1 & 0.5 & 1 & 0.5 \\\\ 0 & 1 & 0 & 1 \\end{bmatrix}"
K = "\\begin{bmatrix} 0 & 2 & 0 \\\\ 2 & 1 & 1 \\\\ 0 & 2 & 0 \\end{bmatrix}"


def bmatrix(rows):
    return "\\begin{bmatrix} " + " \\\\ ".join(" & ".join(str(v) for v in row) for row in rows) + " \\end{bmatrix}"


def document(team, members, identity, s_label, s, a, p, avg_kernel, stride, shapes, flat, comma=False):
    fmt = (lambda v: str(v).replace(".", "{,}")) if comma else str
    a_rows = [[fmt(v) for v in row] for row in a]
    layers = ["11 \\times 11 Conv(96), S = 4", "3 \\times 3 MaxPool, S = 2", "5 \\times 5 Conv(256), P = 2",
              "3 \\times 3 MaxPool, S = 2", "3 \\times 3 Conv(384), P = 1", "3 \\times 3 Conv(384), P = 1",
              "3 \\times 3 Conv(256), P = 1", "3 \\times 3 MaxPool, S = 2"]
    times = " \\times "
    table = "\n".join(str(i + 1) + "\t$" + layers[i] + "$\t$" + times.join(str(v) for v in shapes[i]) + "$"
                      for i in range(8))
    return f"""# Deep Learning E1394 Problem Set 2

Team {team}

Team members: {members}

## 1 Convolutional neural networks

### 1.1 Kernels

The identity kernel copies the centre pixel:

$$K = {bmatrix(identity)}$$

The input has to be padded with one pixel of zeros on every side to keep its size.

### 1.2 Kernels applied to an image

The learned kernel responds to horizontal edges that are dark above and bright below.

### 1.3 Convolution and pooling

#### 1.3.1 Convolutional layer

We use $X = {X}$ and $K = {K}$, cross-correlation, stride 1.

Feature map before the activation:

$${s_label} = {bmatrix(s)}$$

After the sigmoid:

$$A = {bmatrix(a_rows)}$$

#### 1.3.2 Pooling layer

2x2 max pooling of A gives the pooled output:

$$P = {bmatrix(p)}$$

#### 1.3.3 Discussion

Most activations are saturated, so the gradients vanish.

### 1.4 Pooling transformed into convolution

Average pooling is a convolution with the kernel

$$K = {avg_kernel}, \\quad \\text{{stride}} = {stride}, \\quad \\text{{padding}} = 0$$

### 1.5 Dimensions of CNN layers

Layer	Operation	Output
{table}

Flattened: ${flat}$
"""


def sigmoid_rounded(matrix):
    import math
    return [[f"{1 / (1 + math.exp(-v)):.2f}" for v in row] for row in matrix]


def maxpool(matrix, size=2, stride=2):
    rows = (len(matrix) - size) // stride + 1
    cols = (len(matrix[0]) - size) // stride + 1
    return [[max(float(matrix[i * stride + a][j * stride + b]) for a in range(size) for b in range(size))
             for j in range(cols)] for i in range(rows)]


IDENTITY = [[0, 0, 0], [0, 1, 0], [0, 0, 0]]
ONES = [[1, 1, 1], [1, 1, 1], [1, 1, 1]]
Z = [[0, 2, 0, 2], [3, 2, 5, 2], [1.5, 7.5, 2.5, 6.5], [3, 2, 5, 2]]
QUARTER = "\\begin{bmatrix} \\frac{1}{4} & \\frac{1}{4} \\\\ \\frac{1}{4} & \\frac{1}{4} \\end{bmatrix}"
ALEXNET = [[96, 55, 55], [96, 27, 27], [256, 27, 27], [256, 13, 13], [384, 13, 13], [384, 13, 13],
           [256, 13, 13], [256, 6, 6]]


def fmt_pool(p):
    return [[f"{v:.2f}" for v in row] for row in p]


def main():
    root = "submissions-sample"
    # Team C: no padding in 1.3.1 (2x2 maps), and the +1 forgotten in AlexNet's first layer, carried on.
    s_c = [[2, 5], [7.5, 2.5]]
    a_c = sigmoid_rounded(s_c)
    p_c = fmt_pool(maxpool(a_c))
    shapes_c = [[96, 54, 54], [96, 26, 26], [256, 26, 26], [256, 12, 12], [384, 12, 12], [384, 12, 12],
                [256, 12, 12], [256, 5, 5]]
    c = document("PS 2 C", "Ada Byron (250001), Alan Turing (250002)", IDENTITY, "S", s_c, a_c, p_c, QUARTER, 2,
                 shapes_c, "256 \\times 5 \\times 5 = 6400")
    # Team D: one wrong entry in A (0.59 for 0.95), decimal commas, P from their A, stride 1 in 1.4.
    a_d = sigmoid_rounded(Z)
    a_d[1][0] = "0.59"
    p_d = fmt_pool(maxpool(a_d))
    d = document("PS 2 D", "Grace Hopper (250003), Edsger Dijkstra (250004)", IDENTITY, "Z", Z, a_d, p_d, QUARTER,
                 1, ALEXNET, "256 \\times 6 \\times 6 = 9\\,216", comma=True)
    # Team E: all-ones "identity", overlapping pooling, conv2 without its padding (carried on).
    a_e = sigmoid_rounded(Z)
    p_e = fmt_pool(maxpool(a_e, 2, 1))
    shapes_e = [[96, 55, 55], [96, 27, 27], [256, 23, 23], [256, 11, 11], [384, 11, 11], [384, 11, 11],
                [256, 11, 11], [256, 5, 5]]
    e = document("PS 2 E", "Barbara Liskov (250005), Donald Knuth (250006)", ONES, "S", Z, a_e, p_e, QUARTER, 2,
                 shapes_e, "6400")
    for folder, name, text in (("team-c", "solution", c), ("team-d", "answers", d), ("team-e", "hw2", e)):
        os.makedirs(os.path.join(root, folder), exist_ok=True)
        with open(os.path.join(root, folder, name + ".md"), "w", encoding="utf-8") as out:
            out.write(text)
    # Team F: a CSV with semicolons and decimal commas, A truncated instead of rounded, P missing.
    import math
    a_f = [[f"{math.floor(100 / (1 + math.exp(-v))) / 100:.2f}".replace(".", ",") for v in row] for row in Z]
    rows = [("team", "PS 2 F"), ("members", "Margaret Hamilton; Ken Thompson"),
            ("identity_kernel", "[[0, 0, 0], [0, 1, 0], [0, 0, 0]]"),
            ("S", "[0 2 0 2; 3 2 5 2; 1,5 7,5 2,5 6,5; 3 2 5 2]"),
            ("A", "\n".join(" ".join(row) for row in a_f)),
            ("avg_kernel", "[0,25 0,25; 0,25 0,25]"), ("avg_stride", "2"), ("avg_padding", "0")]
    rows += [(f"{n}_shape", " x ".join(str(v) for v in s)) for n, s in
             zip(["conv1", "pool1", "conv2", "pool2", "conv3", "conv4", "conv5", "pool3"], ALEXNET)]
    rows.append(("flat_size", "9216"))
    with open(os.path.join(root, "ps2-team-f.csv"), "w", encoding="utf-8") as out:
        out.write("part;answer\n")
        for part, answer in rows:
            out.write(part + ';"' + answer + '"\n')


if __name__ == "__main__":
    main()
