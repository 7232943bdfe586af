# Writes answers.xlsx: part ids in column A, answers in column B, the kernel's weights typed as ¼.
from openpyxl import Workbook

workbook = Workbook()
sheet = workbook.active
sheet.title = "answers"
sheet.append(["team", "Quarter Notes"])
sheet.append(["part", "answer"])
sheet.append(["avg_kernel", "[[¼, ¼], [¼, ¼]]"])
sheet.append(["avg_stride", 2])
sheet.append(["avg_padding", 0])
workbook.save("answers.xlsx")
