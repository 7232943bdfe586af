"""Generates ps2-team-u.docx as team PS 2 U typed it in Word (python-docx): matrices in Word tables.
LibreOffice then prints it: soffice --headless --convert-to pdf ps2-team-u.docx."""
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt


def page_number(paragraph):
    run = paragraph.add_run()
    for kind, text in (("begin", None), (None, "PAGE"), ("end", None)):
        if kind:
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), kind)
        else:
            element = OxmlElement("w:instrText")
            element.set(qn("xml:space"), "preserve")
            element.text = text
        run._r.append(element)


def matrix(document, rows):
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    table.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    document.add_paragraph()


document = Document()
style = document.styles["Normal"]
style.font.name = "Calibri"
style.font.size = Pt(11)
section = document.sections[0]
section.header.paragraphs[0].text = "Deep Learning E1394 – PS 2 – Team PS 2 U"
footer = section.footer.paragraphs[0]
footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
footer.add_run("Page ")
page_number(footer)

document.add_heading("Problem Set 2 – Convolutional Neural Networks", level=0)
document.add_paragraph("Team PS 2 U: Isabel Moreno (244871), Viktor Petrov (240017), Aisha Bello (246630)")
document.add_paragraph("Deadline: October 17, 2025, 23:59")

document.add_heading("1.1 Kernels", level=1)
document.add_paragraph("(a) Identity kernel (3×3):")
matrix(document, [["0", "0", "0"], ["0", "1", "0"], ["0", "0", "0"]])
document.add_paragraph("Before applying it, the image is padded with zeros (padding 1) so that the output has the "
                       "same size as the input.")
document.add_paragraph("(b) It averages 16 pixels: a blur. (c) A Gaussian kernel, which smooths the image.")

document.add_heading("1.2 Kernels applied to an image", level=1)
document.add_paragraph("1. Horizontal edges (dark above, bright below). 2. The snow line under the peaks.")

document.add_heading("1.3 Convolution and pooling", level=1)
document.add_heading("1.3.1 Convolution layer", level=2)
document.add_paragraph("We pad X with a border of zeros (1 pixel) and compute the cross-correlation with K, stride 1.")
document.add_paragraph("S (before activation) =")
matrix(document, [["0", "2", "0", "2"], ["3", "2", "5", "2"], ["1.5", "7.5", "2.5", "6.5"], ["3", "2", "5", "2"]])
document.add_paragraph("A = sigmoid(S) =")
matrix(document, [["0.50", "0.88", "0.50", "0.88"], ["0.95", "0.88", "0.99", "0.88"],
                  ["0.82", "1.00", "0.92", "1.00"], ["0.95", "0.88", "0.99", "0.88"]])
document.add_heading("1.3.2 Pooling layer", level=2)
document.add_paragraph("We slide a 2×2 window over A and take the maximum at every position:")
matrix(document, [["0.95", "0.99", "0.99"], ["1.00", "1.00", "1.00"], ["1.00", "1.00", "1.00"]])
document.add_heading("1.3.3 Discussion", level=2)
document.add_paragraph("Most values are close to 1, where the sigmoid is flat: the gradients vanish.")

document.add_heading("1.5 Dimensions of CNN layers", level=1)
document.add_paragraph("Output size = (input − kernel + 2·padding)/stride + 1.")
rows = [("Layer", "Output (C × H × W)"), ("Conv 1 (11×11, stride 4)", "96 × 55 × 55"),
        ("Max pool 1 (3×3, stride 2)", "96 × 27 × 27"), ("Conv 2 (5×5, pad 2)", "256 × 27 × 27"),
        ("Max pool 2 (3×3, stride 2)", "256 × 13 × 13"), ("Conv 3 (3×3, pad 1)", "384 × 13 × 13"),
        ("Conv 4 (3×3, pad 1)", "384 × 13 × 13"), ("Conv 5 (3×3, pad 1)", "256 × 13 × 13"),
        ("Max pool 3 (3×3, stride 2)", "256 × 6 × 6"), ("Flatten", "9216"), ("FC 1", "4096"), ("FC 2", "4096"),
        ("FC 3 (output)", "1000")]
table = document.add_table(rows=len(rows), cols=2)
table.style = "Table Grid"
for r, (layer, output) in enumerate(rows):
    table.cell(r, 0).text = layer
    table.cell(r, 1).text = output

document.core_properties.author = "Isabel Moreno"
document.core_properties.title = "PS2 Team U"
document.save("ps2-team-u.docx")
