# A sheet as openpyxl writes it: formulas stored without a computed value (an empty <v/>).
# Run: python3 make.py  (openpyxl 3.1)
from openpyxl import Workbook

book = Workbook()
sheet = book.active
sheet.title = "answers"
sheet["A1"], sheet["B1"] = "part", "answer"
sheet["A2"], sheet["B2"] = "team", "PS 2 Y"
sheet["A3"], sheet["B3"] = "avg_stride", "=4/2"
sheet["A4"], sheet["B4"] = "flat_size", "=256*6*6"
book.save("answers.xlsx")
