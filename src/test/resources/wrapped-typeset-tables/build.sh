#!/bin/sh
# The PDFs as students typeset them: the Markdown by pandoc (its default LaTeX engine), the LaTeX by pdflatex, the
# truth table through pandoc's Word file and LibreOffice.
set -e
cd "$(dirname "$0")"
for name in operations output-first; do
    pandoc "$name.md" -o "$name.pdf"
done
pdflatex -interaction=nonstopmode numbered.tex > /dev/null
rm -f numbered.aux numbered.log
pandoc truth-table.md -o truth-table.docx
soffice --headless --convert-to pdf truth-table.docx > /dev/null
