#!/bin/sh
# Layers' shapes as team B's seed solution writes them (a label ending its line, the shape displayed under it, the
# computation after), printed by Chromium from pandoc's MathML: the label stands right above the displayed shape's
# line, and the numerator of the fraction set under it right below.
set -e
pandoc -s --mathml --metadata title=PS2 layers.md -o layers.html
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=layers.pdf layers.html
rm layers.html
