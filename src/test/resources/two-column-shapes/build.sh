#!/bin/sh
# pdflatex, as a student typesets the sheet in two columns.
set -e
cd "$(dirname "$0")"
pdflatex -interaction=nonstopmode answers.tex > /dev/null
rm -f answers.aux answers.log
