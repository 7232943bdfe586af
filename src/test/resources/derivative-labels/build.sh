#!/bin/sh
# A backprop answer sheet labelling each gradient as a fraction, \frac{\partial L}{\partial K}, with dK's 8 and
# db's 4 written wrong (7 and 5): as pandoc's LaTeX prints it, and as Chromium prints pandoc's MathML.
set -e
pandoc answers.md -o answers-latex.pdf
pandoc -s --mathml --metadata title=answers answers.md -o answers.html
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=answers-chromium.pdf answers.html
rm answers.html
