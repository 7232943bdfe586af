#!/bin/sh
# Answers written before the items they answer, each item restating the problem after it; Chromium's print of the
# Markdown wraps each item over several lines.
set -e
pandoc -s --metadata title=sheet sheet.md -o sheet.html
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=sheet.pdf sheet.html
rm sheet.html
