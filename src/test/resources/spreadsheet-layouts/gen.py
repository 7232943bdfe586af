# Builds the workbooks of this folder with openpyxl, as a TA's or a student's script would:
#   python3 gen.py
import openpyxl

S = "[[0,2,0,2],[3,2,5,2],[1.5,7.5,2.5,6.5],[3,2,5,2]]"

# One column per team: parts down column A, each team's answers in a column headed by its name.
book = openpyxl.Workbook()
sheet = book.active
sheet.append(["part", "PS 2 A", "PS 2 B"])
sheet.append(["conv1_shape", "96x55x55", "96x54x54"])
sheet.append(["flat_size", 9216, 4096])
sheet.append(["S", S, S])
book.save("teams-per-column.xlsx")

# A TA's sheet of teams: a title above the header, a hidden row, an average and a total below the teams.
book = openpyxl.Workbook()
sheet = book.active
sheet.append(["Section 3: answers collected by the TA"])
sheet.append(["team", "members", "conv1_shape", "flat_size"])
sheet.append(["PS 2 A", "Ada; Bob", "96x55x55", 9216])
sheet.append(["PS 2 D", "Gus", "96x54x54", 4096])
sheet.row_dimensions[4].hidden = True
sheet.append(["Average", None, None, 6656])
sheet.append(["Total teams:", None, None, 2])
book.save("cohort-with-summary.xlsx")
