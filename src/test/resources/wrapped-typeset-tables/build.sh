#!/bin/sh
# The PDFs as students typeset them: the Markdown by pandoc (its default LaTeX engine), the LaTeX by pdflatex.
set -e
cd "$(dirname "$0")"
for name in operations output-first; do
    pandoc "$name.md" -o "$name.pdf"
done
pdflatex -interaction=nonstopmode numbered.tex > /dev/null
rm -f numbered.aux numbered.log
