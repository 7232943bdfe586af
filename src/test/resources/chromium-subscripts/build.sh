#!/bin/sh
# Chromium printing pandoc's MathML: a label's subscript (A_{same}) is lowered below its line further than the line's
# glyphs stray from their baseline, beside a matrix of four rows whose second row shares the label's line.
set -e
pandoc -s --mathml --metadata title=exercise3 same.md -o same.html
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=same.pdf same.html
rm same.html
