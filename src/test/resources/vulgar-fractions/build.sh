#!/bin/sh
# An E1394 answer sheet whose kernel's weights are typed as the character ¼, as Word's AutoFormat turns a typed 1/4
# into one. Typeset by pdflatex through pandoc's LaTeX, written as Word by pandoc and printed from it by LibreOffice,
# and printed by Chromium from pandoc's HTML without the browser's header and footer; answers.xlsx holds the same
# kernel in a cell, written by openpyxl (answers-xlsx.py).
set -e
pandoc answers.md -o answers.pdf
pandoc answers.md -o answers.docx
soffice --headless --convert-to pdf --outdir lo answers.docx >/dev/null
mv lo/answers.pdf answers-libreoffice.pdf
rmdir lo
pandoc -s --metadata title="Problem Set 2" answers.md -o answers.html
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=answers-chromium.pdf answers.html
rm answers.html
python3 answers-xlsx.py
