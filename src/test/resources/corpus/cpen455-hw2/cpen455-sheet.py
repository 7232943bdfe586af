"""Generates cpen455-sheet.xlsx: the course's template layout filled in with openpyxl."""
import sys
sys.path.insert(0, "..")
from xlsxsheets import template

tconv_b = [[-18, 35, -16, 31, -14, 21], [30, -8, 26, -6, 22, -19], [-12, 23, -10, 19, -8, 12],
           [18, -2, 14, 0, 10, -7], [-6, 11, -4, 7, -2, 3], [6, 3, 4, 1, 2, -1]]
template("cpen455-sheet.xlsx", "CPEN455 Deep Learning — Homework 2", "Olivia Tremblay", "Olivia Tremblay", [
    ("W1", "Question 1.3: W1 (2×2)", [[1, -1], [-1, 1]]),
    ("b1", "Question 1.3: b1 (2)", [0, 0]),
    ("W2", "Question 1.3: W2 (1×2)", [1, 1]),
    ("b2", "Question 1.3: b2 (a number)", 0),
    ("xor_works", "Question 1.3: checked on W1, b1, W2, b2", None),
    ("depth2", "Question 2.1", 128), ("depth3", "Question 2.1", 64), ("depth4", "Question 2.1", 32),
    ("H1", "Question 2.2", [100, 128, 256, 256]), ("H2", "Question 2.2", [100, 64, 128, 128]),
    ("H3", "Question 2.2", [100, 32, 64, 64]), ("H4", "Question 2.2", [100, 16, 64, 64]),
    ("H5", "Question 2.2", [100, 16, 32, 32]), ("Y_shape", "Question 2.2", [100, 10]),
    ("params_H1", "Question 2.3", 9600), ("params_H2", "Question 2.3", 204800), ("params_H3", "Question 2.3", 18432),
    ("params_H4", "Question 2.3", 512), ("params_Y", "Question 2.3", 163840), ("params_total", "Question 2.3", 397184),
    ("params_bias_H1", "Question 2.4", 9728), ("params_bias_H2", "Question 2.4", 204864),
    ("params_bias_H3", "Question 2.4", 18464), ("params_bias_H4", "Question 2.4", 528),
    ("params_bias_Y", "Question 2.4", 163850), ("params_bias_total", "Question 2.4", 397184),
    ("tconv_size_a", "Question 3.3", 3), ("tconv_a", "Question 3.3", [[-4, 5, 6], [10, -4, -10], [6, -5, -4]]),
    ("tconv_size_b", "Question 3.3", 6), ("tconv_b", "Question 3.3", tconv_b),
    ("dilated_size", "Question 4.1", 3), ("dilated", "Question 4.1", [[0, 25, 10], [8, -10, 24], [-4, 12, -8]]),
    ("vanilla_params", "Question 5", 73728), ("grouped_params", "Question 5", 18432),
    ("separable_params", "Question 6", 8768), ("vanilla_ops", "Question 6", None),
    ("separable_ops", "Question 6", None),
])
