#!/bin/sh
# A Word file of display equations, as pandoc writes it, printed by LibreOffice (its Math sets the equations).
set -e
cd "$(dirname "$0")"
pandoc answers.md -o answers.docx
soffice --headless --convert-to pdf answers.docx > /dev/null
