#!/bin/sh
# Shapes written as the real space a tensor lies in, H_1 \in \mathbb{R}^{100 \times 128 \times 256 \times 256}: typeset
# by pdflatex (pandoc) and by Chromium printing pandoc's MathML.
set -e
pandoc sheet.md -o sheet-latex.pdf
pandoc -s --mathml --metadata title=sheet sheet.md -o sheet.html
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=sheet-chromium.pdf sheet.html
rm sheet.html
