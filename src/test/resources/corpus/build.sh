#!/bin/sh
# Rebuilds every generated submission of the corpus from its source beside it. Needs pdflatex (texlive),
# pandoc, LibreOffice Writer (soffice), Debian's python3-docx and python3-openpyxl (/usr/bin/python3), and a
# python3 with numpy and scipy for the notebooks. Run from this folder.
set -e
here=$(pwd)
latex() { (cd "$1" && pdflatex -interaction=nonstopmode "$2.tex" >/dev/null && rm -f "$2.aux" "$2.log"); }
lo() { (cd "$1" && soffice --headless --convert-to pdf "$2" >/dev/null 2>&1); }

for f in ps2-team-a ps2-team-d ps2-team-e ps2-team-t; do latex e1394-ps2 $f; done
for f in wk12-huber wk12-flipped; do latex week12-ch9 $f; done
for f in lmu-ex4-mueller lmu-ex4-twocol; do latex lmu-ex4 $f; done
latex cpen455-hw2 cpen455-lee

cd "$here/e1394-ps2"
pandoc ps2-team-m.md -o ps2-team-m.pdf
python3 ps2-team-q.py && pandoc ps2-team-q.ipynb -o ps2-team-q.pdf
pandoc ps2-team-r.md -o ps2-team-r.docx
/usr/bin/python3 ps2-team-u.py && soffice --headless --convert-to pdf ps2-team-u.docx >/dev/null 2>&1
pandoc ps2-team-s.md -o ps2-team-s.odt && soffice --headless --convert-to pdf ps2-team-s.odt >/dev/null 2>&1
/usr/bin/python3 ps2-team-x.py && /usr/bin/python3 ps2-wide.py

cd "$here/week12-ch9"
pandoc wk12-pandoc.md -o wk12-pandoc.pdf
python3 wk12-nb.py && pandoc wk12-nb.ipynb -o wk12-nb.pdf
/usr/bin/python3 wk12-word.py
pandoc wk12-lo.md -o wk12-lo.odt && soffice --headless --convert-to pdf wk12-lo.odt >/dev/null 2>&1
/usr/bin/python3 wk12-sheet.py

cd "$here/lmu-ex4"
pandoc lmu-ex4-kim.md -o lmu-ex4-kim.pdf
python3 lmu-ex4-scipy.py && pandoc lmu-ex4-scipy.ipynb -o lmu-ex4-scipy.pdf
/usr/bin/python3 lmu-ex4-word.py && soffice --headless --convert-to pdf lmu-ex4-word.docx >/dev/null 2>&1

cd "$here/cpen455-hw2"
pandoc cpen455-md.md -o cpen455-md.pdf
python3 cpen455-nb.py && pandoc cpen455-nb.ipynb -o cpen455-nb.pdf
/usr/bin/python3 cpen455-sheet.py

cd "$here/seeds"
for f in ps2-team-b ps2-team-g week12-solution cpen455-student; do pandoc $f.md -o $f.pdf; done
