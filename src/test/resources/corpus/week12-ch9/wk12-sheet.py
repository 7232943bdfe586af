"""Generates wk12-sheet.xlsx: the course's template layout filled in with openpyxl."""
import sys
sys.path.insert(0, "..")
from xlsxsheets import template

template("wk12-sheet.xlsx", "Deep Learning — Week 12, Chapter 9: convolutional networks", "Group 11",
         "Nico Brunner; Ladina Caflisch", [
    ("A_valid", "Question 3: valid padding", [[23, 8, -8, -23], [23, 8, -8, -23]]),
    ("A_same", "Question 3: same padding", [[12, 14, 4, -4, -14, -12], [18, 23, 8, -8, -23, -18],
                                            [18, 23, 8, -8, -23, -18], [12, 14, 4, -4, -14, -12]]),
    ("A_full", "Question 3: full padding", [[1, 6, 5, 0, 0, -5, -6, -1], [2, 12, 14, 4, -4, -14, -12, -2],
                                            [3, 18, 23, 8, -8, -23, -18, -3], [3, 18, 23, 8, -8, -23, -18, -3],
                                            [2, 12, 14, 4, -4, -14, -12, -2], [1, 6, 5, 0, 0, -5, -6, -1]]),
    ("Y_same", "Question 3: detector stage", [[12, 14, 4, 0, 0, 0], [18, 23, 8, 0, 0, 0], [18, 23, 8, 0, 0, 0],
                                             [12, 14, 4, 0, 0, 0]]),
    ("P_same", "Question 3: pooling stage", [[16.75, 3, 0], [16.75, 3, 0]]),
    ("kernel_size", "Question 4: (a)", 9),
    ("pooled_size", "Question 4: (b)", [252, 252]),
    ("pooled_depth", "Question 4: (c)", 12),
    ("maps2_size", "Question 4: (d)", "250x250"),
    ("flat_length", "Question 4: (e)", 93750),
])
