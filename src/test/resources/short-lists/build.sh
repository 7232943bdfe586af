#!/bin/sh
# A short page by pandoc's LaTeX: a title, a heading and three list items, the title and the heading holding more
# glyphs than the items; the items' digits are the page's body size, not a fraction's.
set -e
pandoc layers.md -o layers.pdf
