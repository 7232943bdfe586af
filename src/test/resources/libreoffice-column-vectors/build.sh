#!/bin/sh
# Column vectors in a Word file's equations as LibreOffice prints them: each entry on a line of its own, the label
# alone between them (an odd count's middle entry after it). pandoc writes the Word file from the Markdown.
set -e
cd "$(dirname "$0")"
pandoc vectors.md -o vectors.docx
out=$(mktemp -d)
soffice --headless --convert-to pdf --outdir "$out" vectors.docx > /dev/null
mv "$out/vectors.pdf" vectors.libreoffice.pdf
rmdir "$out"
