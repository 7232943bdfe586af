#!/bin/sh
# An E1394 answer sheet that gives two answers only in footnotes ("Stride: see the footnote.[^s]"), points a third to
# a footnote without one, and remarks on a fourth in a footnote that names a layer left unanswered. Typeset by pdflatex
# through pandoc's LaTeX, written as Word by pandoc (its footnotes in the document's footnotes part) and printed from
# it by LibreOffice, and printed by Chromium from pandoc's HTML (its footnotes a list at the end, each mark a <sup>).
set -e
pandoc answers.md -o answers.pdf
pandoc answers.md -o answers.docx
soffice --headless --convert-to pdf --outdir lo answers.docx >/dev/null
mv lo/answers.pdf answers-libreoffice.pdf
rmdir lo
pandoc -s --metadata title="Problem Set 2" answers.md -o answers.html
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=answers-chromium.pdf answers.html
rm answers.html
