#!/bin/sh
# The same table of layers' sides in each format a team hands in: Markdown as written, its PDF and Word file (pandoc)
# and the Word file printed by LibreOffice,
# a LaTeX table and its PDF (pdflatex), a notebook printing a pandas DataFrame.
set -e
cd "$(dirname "$0")"
pandoc markdown.md -o markdown.pdf
pandoc markdown.md -o markdown.docx
# LibreOffice prints the Word file with "Channels" broken over two lines of its header ("Channel" over "s").
out=$(mktemp -d)
soffice --headless --convert-to pdf --outdir "$out" markdown.docx > /dev/null
mv "$out/markdown.pdf" markdown.libreoffice.pdf
rmdir "$out"
pdflatex -interaction=nonstopmode latex.tex > /dev/null
rm -f latex.aux latex.log
/usr/bin/python3 make_notebook.py
