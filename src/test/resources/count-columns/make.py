# A Word answer sheet whose 2.4 table shows each computation in a cell and its value in the next.
from docx import Document
d = Document()
d.add_paragraph('Team Tables')
d.add_heading('2.3', 2)
t = d.add_table(rows=1, cols=3); t.style = 'Table Grid'
for c, h in zip(t.rows[0].cells, ['Layer', 'Computation', 'Parameters']): c.text = h
for row in [('H1', '128 × 5 × 5 × 3', '9,600'), ('H4', '16 × 1 × 1 × 32', '512'), ('Total', '', '397,184')]:
    for c, v in zip(t.add_row().cells, row): c.text = v
d.add_heading('2.4', 2)
t = d.add_table(rows=1, cols=3); t.style = 'Table Grid'
for c, h in zip(t.rows[0].cells, ['Layer', 'Computation', 'Parameters']): c.text = h
for row in [('H1', '9,600 + 128', '9,728'), ('H4', '512 + 16', '528'), ('Y', '163,840 + 10', '163,850'),
            ('Total', '', '397,434')]:
    for c, v in zip(t.add_row().cells, row): c.text = v
d.add_heading('2.5', 2)
d.add_paragraph('Batch norm averages over the batch and the positions.')
d.save('word.docx')
