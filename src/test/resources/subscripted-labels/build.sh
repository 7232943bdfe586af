#!/bin/sh
# Labels with a subscript in consecutive rows of a table ($H_1$ over $H_2$), as pandoc's LaTeX (pdflatex) and Chromium
# printing pandoc's MathML set them: the subscripts stand one above the other, as a fraction's digits do.
set -e
pandoc shapes.md -o shapes-latex.pdf
pandoc -s --mathml --metadata title=shapes shapes.md -o shapes.html
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=shapes-chromium.pdf shapes.html
rm shapes.html
