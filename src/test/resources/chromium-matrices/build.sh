#!/bin/sh
# Chromium printing pandoc's MathML (a notebook or a Markdown preview printed from the browser): a matrix of two
# rows gets one bracket glyph per side, from the math font's larger sizes, drawn from the line between its rows.
set -e
pandoc -s --mathml --metadata title=backprop backprop.md -o backprop.html
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=backprop.pdf backprop.html
rm backprop.html
