#!/bin/sh
# bold-kernel.pdf: pandoc's OpenDocument printed by LibreOffice, which writes \mathbf{K} as U+1D40A.
set -e
pandoc bold-kernel.md -o bold-kernel.odt
soffice --headless --convert-to pdf bold-kernel.odt
rm bold-kernel.odt
