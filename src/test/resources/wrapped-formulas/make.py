# A Word answer sheet whose long formula LibreOffice wraps at the end of a line, after a times sign,
# with two formulas on successive lines each with its own label right below it.
from docx import Document
d = Document()
d.add_heading('Problem 6', 1)
p = d.add_paragraph('Separable operations: ')
p.add_run('B × H × W × C × (2 × K × K − 1) + B × H × W × N × (2 × C − 1)').bold = True
d.add_paragraph('Depthwise separable parameters: C × K × K + C × N')
d.add_paragraph('Vanilla operations: B × N × H × W × (2 × K × K × C − 1)')
d.save('sheet.docx')
