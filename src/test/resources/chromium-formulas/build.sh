#!/bin/sh
# A CPEN455 answer sheet in Markdown, printed two ways. Chromium printing pandoc's MathML, with its running header
# and footer as a browser prints: the exponent of a fraction's numerator (\frac{N K^2 C}{M}) is raised off the
# numerator's line, the parentheses around an exponent (B N H W (2 K^2 C - 1)) are stretched to the math font's next
# size, glyphs tall by their outline, and the table of 1.3 is broken by the page, its header repeated on the next.
# pdflatex through pandoc's LaTeX: the same exponent, raised off the numerator set in the script size.
set -e
pandoc -s --mathml --metadata title=HW2 cpen455.md -o cpen455.html
chromium --headless --no-sandbox --disable-gpu --print-to-pdf=cpen455-chromium.pdf cpen455.html
rm cpen455.html
pandoc cpen455.md -o cpen455-latex.pdf
