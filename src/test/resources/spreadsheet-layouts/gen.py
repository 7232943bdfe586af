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

# A student's long layout with the team's row above the header, a matrix typed one number per cell: its answers
# were read from the template's columns (from C), a column to the right.
book = openpyxl.Workbook()
sheet = book.active
sheet.title = "PS2"
sheet.append(["team", "PS 2 L"])
sheet.append(["members", "Ann; Bo"])
sheet.append(["part", "answer"])
sheet.append(["identity_kernel", 0, 0, 0])
sheet.append([None, 0, 1, 0])
sheet.append([None, 0, 0, 0])
sheet.append(["avg_kernel", 0.25, 0.25])
sheet.append([None, 0.25, 0.25])
sheet.append(["avg_stride", 2])
sheet.append(["conv1_shape", "96x55x55"])
sheet.append(["flat_size", 9216])
book.save("team-above-header.xlsx")
