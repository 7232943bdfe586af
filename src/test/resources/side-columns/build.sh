#!/bin/sh
# The same table of layers' sides in each format a team hands in: Markdown as written, its PDF and Word file (pandoc),
# a LaTeX table and its PDF (pdflatex), a notebook printing a pandas DataFrame.
set -e
cd "$(dirname "$0")"
pandoc markdown.md -o markdown.pdf
pandoc markdown.md -o markdown.docx
pdflatex -interaction=nonstopmode latex.tex > /dev/null
rm -f latex.aux latex.log
/usr/bin/python3 make_notebook.py
