#!/bin/sh
# Struck-through answers as three producers draw the strike: pandoc's LaTeX (soul's \st, stroked segments),
# ulem's \sout in pdflatex (filled rules), and LibreOffice printing pandoc's Word document (stroked lines).
set -e
pandoc struck.md -o struck-pandoc.pdf
pdflatex -interaction=batchmode struck-ulem.tex >/dev/null
rm -f struck-ulem.aux struck-ulem.log
pandoc struck.md -o struck-libreoffice.docx
soffice --headless --convert-to pdf struck-libreoffice.docx >/dev/null
rm struck-libreoffice.docx
