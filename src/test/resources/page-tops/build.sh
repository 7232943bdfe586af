#!/bin/sh
# Typesets the sheet as a student hands it in; the PDF beside it is this script's output.
set -e
pdflatex -interaction=batchmode layers-at-page-tops.tex
rm -f layers-at-page-tops.aux layers-at-page-tops.log
