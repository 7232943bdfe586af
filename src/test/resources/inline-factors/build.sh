#!/bin/sh
# A fraction before a matrix set in a line of text (inline math). pdflatex (pandoc's default PDF engine) draws the
# matrix's brackets as whole glyphs from their top, the rows above and below the line, the heading or the
# paragraph's lines just above and below them; Chromium printing pandoc's MathML writes \cdot as the dot operator ⋅.
set -e
pandoc kernel.md -o kernel-pandoc.pdf
pdflatex -interaction=batchmode kernel-wrap.tex >/dev/null
rm -f kernel-wrap.aux kernel-wrap.log
pandoc -s --mathml --metadata title=kernel kernel-cdot.md -o kernel-cdot.html
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=kernel-chromium.pdf kernel-cdot.html
rm kernel-cdot.html
