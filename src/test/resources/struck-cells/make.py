#!/usr/bin/env python3
"""Writes struck-template.xlsx from ../template-edited/template.xlsx with openpyxl, as a team fills the template in Excel
and strikes out (Ctrl+5) what it replaced: every answer right but where a cell is struck. Run by build.sh."""
import warnings

import openpyxl
from openpyxl.styles import Font

warnings.filterwarnings("ignore")  # the template's workbook has no default style; openpyxl says so
ANSWERS = {
    "identity_kernel": [[0, 0, 0], [0, 1, 0], [0, 0, 0]],
    "S": [[0, 2, 0, 2], [3, 2, 5, 2], [1.5, 7.5, 2.5, 6.5], [3, 2, 5, 2]],
    "A": [[0.5, 0.88, 0.5, 0.88], [0.95, 0.88, 0.99, 0.88], [0.82, 1, 0.92, 1], [0.95, 0.88, 0.99, 0.88]],
    "P": [[0.95, 0.99], [1, 1]], "avg_kernel": [[0.25, 0.25], [0.25, 0.25]], "avg_padding": 0,
    "pool1_shape": [96, 27, 27], "conv2_shape": [256, 27, 27],
    "pool2_shape": [256, 13, 13], "conv3_shape": [384, 13, 13], "conv4_shape": [384, 13, 13],
    "conv5_shape": [256, 13, 13], "pool3_shape": [256, 6, 6],
}
STRUCK = Font(strike=True)

workbook = openpyxl.load_workbook("../template-edited/template.xlsx")
sheet = workbook.active
sheet["C2"] = "Struck"
rows = {sheet.cell(row, 1).value: row for row in range(1, sheet.max_row + 1) if sheet.cell(row, 1).value}
for part, value in ANSWERS.items():
    matrix = value if isinstance(value, list) and isinstance(value[0], list) else [
        value if isinstance(value, list) else [value]]
    for i, line in enumerate(matrix):
        for j, entry in enumerate(line):
            sheet.cell(rows[part] + i, 3 + j, entry)
# the stride struck out, nothing typed instead
sheet.cell(rows["avg_stride"], 3, 1).font = STRUCK
# conv1's shape struck out over C:E, the new one typed right of it
for j, entry in enumerate([96, 54, 54]):
    sheet.cell(rows["conv1_shape"], 3 + j, entry).font = STRUCK
for j, entry in enumerate([96, 55, 55]):
    sheet.cell(rows["conv1_shape"], 6 + j, entry)
# the flattened length struck out in C, the new one in D
sheet.cell(rows["flat_size"], 3, 9126).font = STRUCK
sheet.cell(rows["flat_size"], 4, 9216)
workbook.save("struck-template.xlsx")
