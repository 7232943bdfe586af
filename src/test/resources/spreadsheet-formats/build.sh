#!/bin/sh
# Regenerates sheet.xlsx (openpyxl) and libreoffice.csv, LibreOffice Calc's CSV export of it.
set -e
cd "$(dirname "$0")"
/usr/bin/python3 make.py
soffice --headless --convert-to csv sheet.xlsx >/dev/null
mv sheet.csv libreoffice.csv
