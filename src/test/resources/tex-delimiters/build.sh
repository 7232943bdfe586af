#!/bin/sh
# A CPEN455 answer sheet whose formulas group with LaTeX's sized delimiters (\left( … \right), \Big(, \bigl[), printed
# two ways. pdflatex through pandoc's LaTeX draws each such delimiter as one glyph of its extension font (cmex10's
# parenleftbig, parenleftBig, bracketleftbig), taller than the text and centred on the math axis; Chromium printing
# pandoc's MathML takes them from the math font's larger sizes. Matrices beside them: a pmatrix and a \left[ matrix of
# two rows (one glyph per side), a column vector in \left( … \right), and a 6 × 6 matrix whose parentheses pdflatex
# builds from pieces (parenlefttp, parenleftex, parenleftbt). A floor sized around a fraction (\left\lfloor, cmex10's
# floorleftbig) and one of the text's size (\lfloor). Parentheses around a displayed fraction, whose denominator stands
# under the line until the fraction is joined into it.
set -e
pandoc cpen455.md -o cpen455-latex.pdf
pandoc -s --mathml --metadata title=HW2 cpen455.md -o cpen455.html
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=cpen455-chromium.pdf cpen455.html
rm cpen455.html
