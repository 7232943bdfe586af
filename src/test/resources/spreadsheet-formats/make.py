# An e1394-ps2 sheet in the long layout whose cells a spreadsheet formats: P as a percentage, avg_kernel typed
# 1/4 and taken by the spreadsheet for a date.
import datetime
import openpyxl
wb = openpyxl.Workbook(); ws = wb.active; ws.title = 'PS2'
ws.append(['team', 'Heron'])
ws.append(['part', 'answer'])
ws.append(['avg_padding', 0])
ws.append(['P', 0.952574126822433, 0.993307149075715])
ws.append([None, 0.999088948805599, 0.999664649869534])
for cell in ws[4][1:] + ws[5][1:]:
    cell.number_format = '0.00%'
ws.append(['avg_kernel', datetime.date(2026, 1, 4), datetime.date(2026, 1, 4)])
ws.append([None, datetime.date(2026, 1, 4), datetime.date(2026, 1, 4)])
for cell in ws[6][1:] + ws[7][1:]:
    cell.number_format = 'DD/MM/YYYY'
wb.save('sheet.xlsx')
