#!/bin/sh
# Tables of parameter counts with two columns of counts, or a computation's cell before its value's, as three
# producers print them: pdflatex (a tabular, thousands grouped by \,), Chromium printing pandoc's HTML (MathML cells),
# LibreOffice exporting a python-docx document. A table's column gap is an em or more; a thin space a sixth.
set -e
pdflatex -interaction=batchmode latex.tex >/dev/null
rm -f latex.aux latex.log
pandoc -s --mathml --metadata title=tables chromium.md -o chromium.html
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=chromium.pdf chromium.html
rm chromium.html
/usr/bin/python3 make.py
soffice --headless --convert-to pdf word.docx >/dev/null
rm word.docx
