#!/bin/sh
# Layers named in \text{…} inside math, two equations to a row of LaTeX's align* and aligned, printed as a student
# hands them in. pdflatex sets the two equations of an align row in their columns, six ems apart with nothing between
# them; pandoc's Word file sets an aligned environment as a matrix without brackets of four cells a row, and drops an
# align* written outside $$ (raw LaTeX), hence aligned.md beside align.md. In names-in-display.pdf the equations
# parted by \qquad alone stand two ems apart.
set -e
pandoc align.md -o align.pdf
pandoc names-in-display.md -o names-in-display.pdf
pandoc aligned.md -o aligned.docx
