"""Generates lmu-ex4-word.docx: exercise sheet 4 typed in Word (python-docx); LibreOffice prints it to PDF."""
from docx import Document


def matrix(document, rows):
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    table.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.cell(r, c).text = str(value)


document = Document()
document.sections[0].footer.paragraphs[0].text = "Lukas Obermaier · DL&AI WS 2024/25 · Exercise 4"
document.add_heading("Exercise 4: Convolutional Neural Networks", level=0)
document.add_paragraph("Lukas Obermaier, Matr.-Nr. 11890345 — 19.11.2024")

document.add_heading("Exercise 4-1 Convolutions", level=1)
document.add_paragraph("(a) Filters applied by cross-correlation (valid, stride 1). Output for the filters 1, 2 and 3:")
matrix(document, [[11, 0, -11], [10, 0, -10], [11, 0, -11]])
document.add_paragraph("")
matrix(document, [[-9, -10, -9], [0, 0, 0], [9, 10, 9]])
document.add_paragraph("")
matrix(document, [[-1, 9, -1], [-6, -2, -6], [-1, 9, -1]])
document.add_paragraph("(b) Filter 1 finds vertical edges, filter 2 horizontal edges, filter 3 is a Laplacian.")

document.add_heading("Exercise 4-2 Backpropagation through Convolutional Layers", level=1)
document.add_paragraph("(a) dY(i,j)/dW(u,v) = X(i+u, j+v)")
document.add_paragraph("(b) Receptive field: each layer adds k − 1 = 4 pixels, so after 10 layers it is "
                       "1 + 10 · 4 = 41 pixels wide.")
document.add_paragraph("Does the top right neuron contain information about the eye? No – the receptive field "
                       "covers only x = 619…639 and y = 0…20, the eye is at x = 255, y = 210.")

document.add_heading("Exercise 4-3 Equivariance", level=1)
document.add_paragraph("Shift the summation index: (T X * K)(i, j) = (X * K)(i − x, j − y).")
document.save("lmu-ex4-word.docx")
