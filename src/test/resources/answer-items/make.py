# A week-12 sheet whose exercise 4 is a Word numbered list, one item per part, each item restating its question.
# wrong.docx: item 3 (the depth) answers 6 while item 2 mentions "with 12 maps"; right.docx answers 12 in item 3.
from docx import Document


def table(document, rows):
    cells = document.add_table(rows=len(rows), cols=len(rows[0]))
    cells.style = 'Table Grid'
    for i, row in enumerate(rows):
        for j, value in enumerate(row):
            cells.cell(i, j).text = str(value)


def sheet(answers, name):
    document = Document()
    document.add_heading('Deep Learning – Week 12 theoretical exercises', 0)
    document.add_paragraph('Group 3 – Sara Keller, Tom Vogt')
    document.add_heading('Exercise 1', 1)
    document.add_paragraph('(a) Convolution flips the kernel. (b) Correlation. (c) The kernel is learned anyway.')
    document.add_heading('Exercise 2', 1)
    document.add_paragraph('Convolution, detector, pooling.')
    document.add_heading('Exercise 3', 1)
    document.add_paragraph('(a) Valid padding:')
    table(document, [[23, 8, -8, -23], [23, 8, -8, -23]])
    document.add_heading('Exercise 4', 1)
    for question, answer in zip(QUESTIONS, answers):
        paragraph = document.add_paragraph(question + ' ', style='List Number')
        paragraph.add_run(answer).bold = True
    document.save(name)


QUESTIONS = ['Spatial size of the kernels of the first layer?', 'Spatial size of the pooled maps?',
             'Number of pooled feature maps?', 'Size of the feature maps of the second layer?',
             'Length of the flattened vector?']
sheet(['9 × 9 (512 − 504 + 1 = 9)', '504 / 2 = 252, i.e. 252 × 252 with 12 maps', '6, one per kernel of layer 2',
       '252 − 3 + 1 = 250, so 250 × 250', '125 · 125 · 6 = 93 750'], 'wrong.docx')
sheet(['9 × 9', '252 × 252', '12', '250 × 250', '125 · 125 · 6 = 93 750'], 'right.docx')
