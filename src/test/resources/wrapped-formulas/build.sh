#!/bin/sh
# A formula LibreOffice wraps at the end of a line after an operator (make.py writes the Word document).
set -e
/usr/bin/python3 make.py
soffice --headless --convert-to pdf sheet.docx >/dev/null
rm sheet.docx
