#!/bin/sh
# E1394's layer shapes with each square map's side squared, typed with the character ² ("96 × 55²"). pdflatex, through
# pandoc's LaTeX, sets it as the font's superior figure: a glyph the font names a plain digit, on the line's baseline,
# raised by its outline alone.
set -e
pandoc shapes.md -o shapes.pdf
