#!/bin/sh
# Answers to 2.3 and 2.4 under one heading naming both: pandoc's LaTeX printed by pdflatex ("2.3 & 2.4" over a
# table), a python-docx Word document ("Questions 2.3–2.4" in a heading style, a Word table) and a notebook ("**Q2.3/2.4**"
# in a Markdown cell).
set -e
pandoc latex.md -o latex.pdf
/usr/bin/python3 make.py
