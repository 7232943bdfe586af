"""Generates ps2-team-x.xlsx: the template of the course filled in (openpyxl)."""
import sys
sys.path.insert(0, "..")
from xlsxsheets import template

template("ps2-team-x.xlsx", "Deep Learning E1394 — Problem Set 2, part 1", "PS 2 X", "Lars Eriksen; Mei Tanaka", [
    ("identity_kernel", "Question 1.1: a 3×3 kernel that leaves the input unchanged", [[0, 0, 0], [0, 1, 0], [0, 0, 0]]),
    ("S", "Question 1.3.1: feature map before the activation (4×4)",
     [[0, 2, 0, 2], [3, 2, 5, 2], [1.5, 7.5, 2.5, 5.5], [3, 2, 5, 2]]),
    ("A", "Question 1.3.1: feature map after the sigmoid (4×4)",
     [[0.5, 0.88, 0.5, 0.88], [0.95, 0.88, 0.99, 0.88], [0.82, 1, 0.92, 1], [0.95, 0.88, 0.99, 0.88]]),
    ("P", "Question 1.3.2: 2×2 max pooling, stride 2 (2×2)", [[0.95, 0.99], [1, 1]]),
    ("avg_kernel", "Question 1.4: the kernel", [[0.25, 0.25], [0.25, 0.25]]),
    ("avg_stride", "Question 1.4: its stride", 2),
    ("avg_padding", "Question 1.4: its padding", 0),
    ("conv1_shape", "Question 1.5: after conv 1", "96 x 55 x 55"),
    ("pool1_shape", "Question 1.5: after max pool 1", [96, 27, 27]),
    ("conv2_shape", "Question 1.5: after conv 2", "256 x 27 x 27"),
    ("pool2_shape", "Question 1.5: after max pool 2", "256 x 13 x 13"),
    ("conv3_shape", "Question 1.5: after conv 3", "384 x 13 x 13"),
    ("conv4_shape", "Question 1.5: after conv 4", "384 x 13 x 13"),
    ("conv5_shape", "Question 1.5: after conv 5", "256 x 13 x 13"),
    ("pool3_shape", "Question 1.5: after max pool 3", "256 x 6 x 6"),
    ("flat_size", "Question 1.5: length of the flattened vector", None),
])
