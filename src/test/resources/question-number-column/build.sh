#!/bin/sh
# One sheet as a table numbering its rows by question, typeset as students do: pandoc's PDF (pdflatex), its Word
# file, and Chromium's print of pandoc's HTML.
set -e
cd "$(dirname "$0")"
pandoc answers.md -o answers.pdf
pandoc answers.md -o answers.docx
pandoc answers.md -s --metadata title=Answers -o answers.html
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=answers.chromium.pdf \
    "file://$(pwd)/answers.html" 2> /dev/null
rm answers.html
