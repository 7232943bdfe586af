"""Generates wk12-word.docx: week 12's exercises typed in Word (python-docx), matrices as Word tables."""
from docx import Document
from docx.shared import Pt


def matrix(document, rows):
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    table.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.cell(r, c).text = str(value).replace("-", "\u2212")
    document.add_paragraph()


document = Document()
document.styles["Normal"].font.size = Pt(11)
document.sections[0].header.paragraphs[0].text = "Deep Learning FS 2024 · Week 12 · Chapter 9"
document.add_heading("Theoretical Exercises – Week 12 – Chapter 9", level=0)
document.add_paragraph("Submitted by: Jonas Frei, Lara Baumann – 13.05.2024")

document.add_heading("Exercise 1 – Convolution and correlation", level=1)
document.add_paragraph("(a) Convolution flips the kernel. (b) Correlation. (c) The flip is learned.")
document.add_heading("Exercise 2 – Three stages", level=1)
document.add_paragraph("Convolution, detector (nonlinearity), pooling.")

document.add_heading("Exercise 3 – Convolution, detector and pooling stage", level=1)
document.add_paragraph("(a) Convolution stage, valid padding:")
matrix(document, [[23, 8, -8, -23], [23, 8, -8, -23]])
document.add_paragraph("Same padding:")
matrix(document, [[12, 14, 4, -4, -14, -12], [18, 23, 8, -8, -23, -18], [18, 23, 8, -8, -23, -18],
                  [12, 14, 4, -4, -14, -12]])
document.add_paragraph("Full padding:")
matrix(document, [[1, 6, 5, 0, 0, -5, -6, -1], [2, 12, 14, 4, -4, -14, -12, -2], [3, 18, 23, 8, -8, -23, -18, -3],
                  [3, 18, 23, 8, -8, -23, -18, -3], [2, 12, 14, 4, -4, -14, -12, -2], [1, 6, 5, 0, 0, -5, -6, -1]])
document.add_paragraph("(b) Detector stage (ReLU), same padding:")
matrix(document, [[12, 14, 4, 0, 0, 0], [18, 23, 8, 0, 0, 0], [18, 23, 8, 0, 0, 0], [12, 14, 4, 0, 0, 0]])
document.add_paragraph("The pooling stage takes the maximum of each 2×2 block of this output.")

document.add_heading("Exercise 4 – Gonzalez & Woods 13.3", level=1)
rows = [("Question", "Answer"), ("(a) Kernel size", "9 × 9"), ("(b) Pooled maps, first layer", "252 × 252"),
        ("(c) Number of pooled maps", "12"), ("(d) Feature maps, second layer", "250 × 250"),
        ("(e) Length of the flattened vector", "93 750")]
table = document.add_table(rows=len(rows), cols=2)
table.style = "Table Grid"
for r, (question, answer) in enumerate(rows):
    table.cell(r, 0).text = question
    table.cell(r, 1).text = answer
document.save("wk12-word.docx")
