#!/bin/sh
# Regenerates template.xlsx (the template cnn-grader writes for rubrics/e1394-ps2.yaml), the copies a team edited
# (make.py, openpyxl), and filled-calc.csv, LibreOffice Calc's CSV export of the filled template.
set -e
cd "$(dirname "$0")"
java -jar ../../../../target/cnn-grader.jar template ../../../../rubrics/e1394-ps2.yaml -o template.xlsx
/usr/bin/python3 make.py
soffice --headless --convert-to csv filled.xlsx >/dev/null
mv filled.csv filled-calc.csv
rm filled.xlsx
