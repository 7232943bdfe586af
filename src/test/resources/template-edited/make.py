#!/usr/bin/env python3
"""Writes the edited templates from template.xlsx (`cnn-grader template rubrics/e1394-ps2.yaml -o template.xlsx`)
with openpyxl, as a team fills it in Excel: every answer right, each file with one edit the template did not expect.
Run by build.sh."""
import warnings

import openpyxl

warnings.filterwarnings("ignore")  # the template's workbook has no default style; openpyxl says so
ANSWERS = {
    "identity_kernel": [[0, 0, 0], [0, 1, 0], [0, 0, 0]],
    "S": [[0, 2, 0, 2], [3, 2, 5, 2], [1.5, 7.5, 2.5, 6.5], [3, 2, 5, 2]],
    "A": [[0.5, 0.88, 0.5, 0.88], [0.95, 0.88, 0.99, 0.88], [0.82, 1, 0.92, 1], [0.95, 0.88, 0.99, 0.88]],
    "P": [[0.95, 0.99], [1, 1]], "avg_kernel": [[0.25, 0.25], [0.25, 0.25]], "avg_stride": 2, "avg_padding": 0,
    "conv1_shape": [96, 55, 55], "pool1_shape": [96, 27, 27], "conv2_shape": [256, 27, 27],
    "pool2_shape": [256, 13, 13], "conv3_shape": [384, 13, 13], "conv4_shape": [384, 13, 13],
    "conv5_shape": [256, 13, 13], "pool3_shape": [256, 6, 6], "flat_size": 9216,
}


def filled(team, skip=()):
    workbook = openpyxl.load_workbook("template.xlsx")
    sheet = workbook.active
    sheet["C2"] = team
    rows = {sheet.cell(row, 1).value: row for row in range(1, sheet.max_row + 1) if sheet.cell(row, 1).value}
    for part, value in ANSWERS.items():
        if part in skip:
            continue
        matrix = value if isinstance(value, list) and isinstance(value[0], list) else [
            value if isinstance(value, list) else [value]]
        for i, line in enumerate(matrix):
            for j, entry in enumerate(line):
                sheet.cell(rows[part] + i, 3 + j, entry)
    return workbook, sheet, rows


# "pool1 shape" typed over the id pool1_shape
workbook, sheet, rows = filled("Spaced")
sheet.cell(rows["pool1_shape"], 1, "pool1 shape")
workbook.save("id-with-a-space.xlsx")

# "pool1 output": an id the rubric does not have
workbook, sheet, rows = filled("Renamed")
sheet.cell(rows["pool1_shape"], 1, "pool1 output")
workbook.save("id-renamed.xlsx")

# the stride and the flattened length typed over their descriptions in column B, column C left empty
workbook, sheet, rows = filled("Over B", skip=("avg_stride", "flat_size"))
sheet.cell(rows["avg_stride"], 2, 2)
sheet.cell(rows["flat_size"], 2, 9216)
workbook.save("answer-over-description.xlsx")

# conv1's shape typed in one cell of the row below its own, the stride below its row too, their own rows left empty
workbook, sheet, rows = filled("Row Below", skip=("conv1_shape", "avg_stride"))
sheet.cell(rows["conv1_shape"] + 1, 3, "96x55x55")
sheet.cell(rows["avg_stride"] + 1, 3, 2)
workbook.save("answer-below-its-row.xlsx")

# every answer in its place, as a team fills the template before its spreadsheet saves it as CSV (build.sh)
workbook, sheet, rows = filled("Saved As CSV")
workbook.save("filled.xlsx")
