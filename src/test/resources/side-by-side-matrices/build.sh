#!/bin/sh
# Three result matrices set side by side in one table, each named once over its columns: Markdown as written, its PDF
# and Word file (pandoc); a LaTeX table naming each over three columns (\multicolumn) and its PDF (pdflatex).
set -e
cd "$(dirname "$0")"
pandoc markdown.md -o markdown.pdf
pandoc markdown.md -o markdown.docx
pdflatex -interaction=nonstopmode latex.tex > /dev/null
rm -f latex.aux latex.log
