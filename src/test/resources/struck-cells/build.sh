#!/bin/sh
# Answers struck through in workbooks: struck-template.xlsx, the template filled in by openpyxl with whole cells struck
# (make.py), and struck-in-a-cell.xlsx, LibreOffice Calc's XLSX of struck-in-a-cell.fods, a long layout with part of a
# cell's text struck (96x54x54 before 96x55x55, 28 inside 96x2827x27) and a struck cell beside the new value.
set -e
cd "$(dirname "$0")"
/usr/bin/python3 make.py
soffice --headless --convert-to xlsx struck-in-a-cell.fods >/dev/null
