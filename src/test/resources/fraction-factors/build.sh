#!/bin/sh
# A displayed fraction as the factor of an expression in parentheses before a matrix of two rows, \frac{1}{2}(p - Y):
# pdflatex sets the fraction's digits at the height of the matrix's rows (the line above it reaching over the matrix,
# its brackets are not read as a pair); Chromium printing pandoc's MathML sets them just above and below its line.
set -e
pdflatex -interaction=batchmode softmax-latex.tex >/dev/null
rm -f softmax-latex.aux softmax-latex.log
pandoc -s --mathml --metadata title=softmax softmax.md -o softmax.html
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=softmax-chromium.pdf softmax.html
rm softmax.html
