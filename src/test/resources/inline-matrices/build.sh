#!/bin/sh
# A matrix set inside a sentence, $K = \frac14 \begin{pmatrix}1 & 1\\ 1 & 1\end{pmatrix}$, stride $2$, padding $0$:
# pdflatex (through pandoc) sets the matrix's entries small on a short page, each column two numbers stacked with no
# bar between them; Chromium printing pandoc's MathML does the same, and sets the words after it on glyph positions
# that a column read as one glyph would run together.
set -e
pandoc kernel.md -o kernel-latex.pdf
pandoc -s --mathml --metadata title=kernel kernel.md -o kernel.html
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=kernel-chromium.pdf kernel.html
rm kernel.html
