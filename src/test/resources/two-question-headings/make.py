# The same answers as latex.md under the heading of two questions as a Word document ("Questions 2.3–2.4", a
# heading style, a Word table) and as a notebook (a Markdown cell "**Q2.3/2.4**" over a Markdown table).
import json
from docx import Document

ROWS = [('H1', '9,600', '9,728'), ('H2', '204,800', '204,864'), ('H4', '512', '528'), ('total', '397,184', '397,434')]

d = Document()
d.add_paragraph('Team Lovelace')
d.add_heading('2.2 Shapes of the batch', 2)
d.add_paragraph('H1: 100 × 128 × 256 × 256')
d.add_paragraph('H4: 100 × 16 × 64 × 64')
d.add_heading('Questions 2.3–2.4', 2)
t = d.add_table(rows=1, cols=3)
t.style = 'Table Grid'
for c, h in zip(t.rows[0].cells, ['Layer', 'No bias', 'With bias']):
    c.text = h
for row in ROWS:
    for c, v in zip(t.add_row().cells, row):
        c.text = v
d.add_heading('2.5 Batch normalisation statistics', 2)
d.add_paragraph('The statistics are computed per channel over the batch and the positions.')
d.save('word.docx')

table = '| layer | no bias | with bias |\n|---|---:|---:|\n' + ''.join(f'| {a} | {b} | {c} |\n' for a, b, c in ROWS)
cells = [('markdown', 'Team Lovelace\n\n## 2.2 Shapes of the batch\n\nH1: 100 × 128 × 256 × 256\n\nH4: 100 × 16 × 64 × 64'),
         ('markdown', '**Q2.3/2.4**\n\n' + table),
         ('markdown', '## 2.5 Batch normalisation statistics\n\nPer channel over the batch and the positions.')]
notebook = {'cells': [{'cell_type': kind, 'metadata': {}, 'source': source.splitlines(True)} for kind, source in cells],
            'metadata': {'kernelspec': {'name': 'python3', 'display_name': 'Python 3', 'language': 'python'}},
            'nbformat': 4, 'nbformat_minor': 5}
with open('notebook.ipynb', 'w') as out:
    json.dump(notebook, out, indent=1, ensure_ascii=False)
    out.write('\n')
