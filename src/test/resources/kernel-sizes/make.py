from docx import Document
from docx.shared import Pt
d=Document()
d.add_heading('Deep Learning E1394 – Problem Set 2',0)
d.add_paragraph('Team: PS 2 H   Members: Nora Weiss, Felix Braun')
def q(text, ans=None):
    p=d.add_paragraph(text+' ')
    if ans is not None:
        r=p.add_run(ans); r.bold=True
    return p
def mtable(M):
    t=d.add_table(rows=len(M),cols=len(M[0])); t.style='Table Grid'
    for i,row in enumerate(M):
        for j,v in enumerate(row): t.cell(i,j).text=str(v)
d.add_heading('1.1 Kernels',1)
d.add_paragraph('(a) Identity kernel:')
mtable([[0,0,0],[0,1,0],[0,0,0]])
d.add_paragraph('(b) It blurs the image (box filter). (c) A Laplacian highlights edges.')
d.add_heading('1.2 Kernels applied to an image',1)
d.add_paragraph('Horizontal edges, dark above and bright below.', style='List Number')
d.add_paragraph('The roof line and the bottom of the window frames.', style='List Number')
d.add_heading('1.3.1 Convolution layer',1)
d.add_paragraph('Feature map before the activation (zero padding 1, cross-correlation), S =')
mtable([[0,2,0,2],[3,2,5,2],[1.5,7.5,2.5,6.5],[3,2,5,2]])
d.add_paragraph('After the sigmoid, A =')
mtable([[0.5,0.88,0.5,0.88],[0.95,0.88,0.99,0.88],[0.82,1.0,0.92,1.0],[0.95,0.88,0.99,0.88]])
d.add_heading('1.3.2 Pooling layer',1)
q('Max pooling 2×2 with stride 2 gives')
mtable([[0.95,0.99],[1.0,1.0]])
d.add_heading('1.3.3 Discussion',1)
d.add_paragraph('The sigmoid saturates, its gradient is nearly zero: vanishing gradients.')
d.add_heading('1.4 Pooling transformed into convolution',1)
q('What kernel reproduces average pooling?','A 2×2 kernel with every entry 0.25:')
mtable([[0.25,0.25],[0.25,0.25]])
q('Which stride?','Stride 2.')
q('Which padding?','No padding (0).')
d.add_heading('1.5 Dimensions of CNN layers',1)
t=d.add_table(rows=1,cols=3); t.style='Table Grid'
for c,h in zip(t.rows[0].cells,['Layer','Output shape','Parameters']): c.text=h
for row in [('Conv 11×11, 96 filters, stride 4','96 × 55 × 55','34,944'),('MaxPool 3×3, stride 2','96 × 27 × 27','0'),('Conv 5×5, 256 filters, pad 2','256 × 27 × 27','614,656'),('MaxPool 3×3, stride 2','256 × 13 × 13','0'),('Conv 3×3, 384 filters, pad 1','384 × 13 × 13','885,120'),('Conv 3×3, 384 filters, pad 1','384 × 13 × 13','1,327,488'),('Conv 3×3, 256 filters, pad 1','256 × 13 × 13','884,992'),('MaxPool 3×3, stride 2','256 × 6 × 6','0'),('Flatten','9216','0')]:
    cells=t.add_row().cells
    for c,v in zip(cells,row): c.text=v
d.save('sheet.docx')
