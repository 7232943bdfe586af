#!/bin/sh
# Struck-through answers as four producers draw the strike: pandoc's LaTeX (soul's \st, stroked segments),
# ulem's \sout in pdflatex (filled rules), LibreOffice printing pandoc's Word document (stroked lines) and Chromium.
set -e
pandoc struck.md -o struck-pandoc.pdf
pdflatex -interaction=batchmode struck-ulem.tex >/dev/null
rm -f struck-ulem.aux struck-ulem.log
pandoc struck.md -o struck-libreoffice.docx
soffice --headless --convert-to pdf struck-libreoffice.docx >/dev/null
rm struck-libreoffice.docx
# Chromium printing pandoc's HTML (a notebook printed from the browser): a strike is a filled band, and MathML's
# fraction bar sits 0.58 of the font size above its denominator's baseline, which is no strike.
pandoc -s --mathml --metadata title=struck chromium.md -o chromium.html
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=struck-chromium.pdf chromium.html
rm chromium.html
