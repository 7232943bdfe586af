"""Helpers to write XLSX answer sheets with openpyxl, in the layout of `cnn-grader template` (part id in column A,
a hint in column B, the answer from column C on, a matrix as a block of cells) or the wide layout."""
import openpyxl
from openpyxl.styles import Font, PatternFill


def template(path, title, team, members, parts):
    """parts: (part_id, hint, value) where value is None (left blank), a number/string (one cell), a list (one
    row of cells) or a list of lists (a block)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "answers"
    ws["A1"] = "cnn-grader answer sheet"
    ws["B1"] = title
    ws["A2"], ws["B2"], ws["C2"] = "team", "your team's name", team
    ws["A3"], ws["B3"], ws["C3"] = "members", "names, separated by ;", members
    ws["A5"], ws["B5"], ws["C5"] = "part", "what to write", "answer (one number per cell)"
    for cell in ("A5", "B5", "C5"):
        ws[cell].font = Font(bold=True)
    shade = PatternFill("solid", fgColor="FFF2CC")
    row = 6
    for part, hint, value in parts:
        ws.cell(row=row, column=1, value=part)
        ws.cell(row=row, column=2, value=hint)
        block = value if isinstance(value, list) and value and isinstance(value[0], list) else [value] \
            if isinstance(value, list) else [[value]]
        for r, cells in enumerate(block):
            for c, v in enumerate(cells):
                cell = ws.cell(row=row + r, column=3 + c, value=v)
                cell.fill = shade
        row += max(len(block), 1) + 1
    ws.column_dimensions["B"].width = 60
    wb.save(path)


def wide(path, header, rows):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    ws.append(header)
    for row in rows:
        ws.append(row)
    wb.save(path)
