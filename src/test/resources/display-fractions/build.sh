#!/bin/sh
# A CPEN455 answer sheet in Markdown whose grouped count is a fraction displayed on a line of its own
# ($$\frac{N K^2 C}{M}$$ under its label): nothing is written on the fraction bar's line, its numerator and its
# denominator are two rows in a row with the bar drawn between them. Printed by Chromium from pandoc's MathML, without
# the browser's header and footer, and by pdflatex through pandoc's LaTeX. A table's rule under its header and a
# fraction with a label on its bar's line (per group = N/M) stand beside.
set -e
pandoc -s --mathml --metadata title=HW2 display.md -o display.html
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=display-chromium.pdf display.html
rm display.html
pandoc display.md -o display-latex.pdf
