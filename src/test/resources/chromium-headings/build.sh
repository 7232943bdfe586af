#!/bin/sh
# Chromium's print of pandoc's HTML, as a student prints a Markdown sheet from the browser. Its large headings are
# kerned so closely that "1.2: A two-layer" has no gap a space's width wide; Chromium draws the spaces.
set -e
cd "$(dirname "$0")"
pandoc answers.md -s --metadata title=Answers -o answers.html
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=answers.pdf \
    "file://$(pwd)/answers.html" 2> /dev/null
rm answers.html
