#!/bin/sh
# A numbered list answering a question's parts item by item, in Word (python-docx) and as LibreOffice prints it.
set -e
/usr/bin/python3 make.py
soffice --headless --convert-to pdf wrong.docx >/dev/null
