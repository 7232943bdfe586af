"""Writes tables.docx with python-docx (Debian's python3-docx): a Word answer sheet as a student types
it without an equation editor: a matrix as a table of numbers after its label, a line break inside a
paragraph, a table of layers, a running header (never an answer) and a decoy in a comment-like
footnote paragraph.

    /usr/bin/python3 make_tables_docx.py
"""
from docx import Document

document = Document()
document.sections[0].header.paragraphs[0].text = "Header: stride 7, padding 9"
document.add_heading("Deep Learning E1394 — Problem Set 2", level=0)
document.add_paragraph("Team PS 2 X")

document.add_heading("1.3.1 Convolution layer", level=1)
document.add_paragraph("The input is zero-padded by 1 so that the map stays 4 × 4.")
document.add_paragraph("S =")
rows = [["0.0", "2.0", "0.0", "2.0"], ["3.0", "2.0", "5.0", "2.0"], ["1.5", "7.5", "2.5", "6.5"], ["3.0", "2.0", "5.0", "2.0"]]
table = document.add_table(rows=4, cols=4)
for i, row in enumerate(rows):
    for j, value in enumerate(row):
        table.cell(i, j).text = value

document.add_heading("1.4 Pooling transformed into convolution", level=1)
paragraph = document.add_paragraph("The convolution that averages each 2 × 2 window:")
run = paragraph.add_run()
run.add_break()
paragraph.add_run("stride: 2")
run = paragraph.add_run()
run.add_break()
paragraph.add_run("padding: 0")

document.add_heading("1.5 Dimensions of CNN layers", level=1)
layers = [("Conv(96)", "96 × 55 × 55"), ("Pool 1", "96 × 27 × 27"), ("Conv 2", "256 × 27 × 27")]
table = document.add_table(rows=1 + len(layers), cols=2)
table.cell(0, 0).text = "Layer"
table.cell(0, 1).text = "Output shape"
for i, (layer, shape) in enumerate(layers, start=1):
    table.cell(i, 0).text = layer
    table.cell(i, 1).text = shape

document.save("tables.docx")
