# A team's answers with a comment beside the value in the cell, as students write them: the blank template of
# rubrics/e1394-ps2.yaml (`cnn-grader template rubrics/e1394-ps2.yaml -o template.xlsx`) filled in by openpyxl, and
# the same answers in a CSV. A yes or no before a value is a word about it, as a comment after it is.
# Run: /usr/bin/python3 make.py  (openpyxl 3.0)
import csv
from openpyxl import load_workbook

ANSWERS = {
    "avg_stride": "2 (non-overlapping)",
    "avg_padding": "0 - none",
    "conv1_shape": "96x55x55 (C x H x W)",
    "pool1_shape": "96 × 27 × 27, after max pooling",
    "conv2_shape": "256x27x27 (was 256x13x13)",
    "pool2_shape": "yes, 256x13x13",
    "conv3_shape": "No: 384 x 13 x 13",
}

book = load_workbook("template.xlsx")
sheet = book["answers"]
sheet["C2"] = "Team Margins"
for row in sheet.iter_rows(min_row=6):
    if row[0].value in ANSWERS:
        row[2].value = ANSWERS[row[0].value]
book.save("answers.xlsx")

with open("answers.csv", "w", newline="", encoding="utf-8") as out:
    writer = csv.writer(out)
    writer.writerow(["part", "answer"])
    writer.writerow(["team", "Team Margins"])
    for part, answer in ANSWERS.items():
        writer.writerow([part, answer])
