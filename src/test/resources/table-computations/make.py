from docx import Document
d=Document()
d.add_heading('CPEN455 Homework 2',0)
d.add_paragraph('Name: Daniel Okafor   Student number: 55501234')
def mtable(M):
    t=d.add_table(rows=len(M),cols=len(M[0])); t.style='Table Grid'
    for i,row in enumerate(M):
        for j,v in enumerate(row): t.cell(i,j).text=str(v)
def q(text, ans):
    p=d.add_paragraph(text+' '); r=p.add_run(ans); r.bold=True
d.add_heading('Problem 1',1)
d.add_heading('1.1',2); d.add_paragraph('XOR is not linearly separable, so no single line separates the classes.')
d.add_heading('1.2',2)
d.add_paragraph('W1 ='); mtable([[1,-1],[1,1]])
d.add_paragraph('b1 = [0, 0]    W2 = [1, 0]    b2 = 0')
d.add_paragraph('Summary:'); mtable([['x1','x2','label'],[0,0,0],[0,1,1],[1,0,1],[1,1,0]])
d.add_heading('1.3',2)
d.add_paragraph('W1 ='); mtable([[1,-1],[-1,1]])
d.add_paragraph('b1 = [0, 0]    W2 = [1, 1]    b2 = 0')
d.add_paragraph('Summary:'); mtable([['x1','x2','label'],[0,0,0],[0,1,1],[1,0,1],[1,1,0]])
d.add_heading('Problem 2',1)
q('What is the kernel size of the first layer?','5 × 5 × 3')
d.add_heading('2.1',2)
q('Depth of the second layer\'s filters:','128')
q('Depth of the third layer\'s filters:','64')
q('Depth of the fourth layer\'s filters:','32')
d.add_heading('2.2',2)
t=d.add_table(rows=1,cols=2); t.style='Table Grid'
for c,h in zip(t.rows[0].cells,['Layer','Shape']): c.text=h
for row in [('H1','100 × 128 × 256 × 256'),('H2','100 × 64 × 128 × 128'),('H3','100 × 32 × 64 × 64'),('H4','100 × 16 × 64 × 64'),('H5','100 × 16 × 32 × 32'),('Y','100 × 10')]:
    cs=t.add_row().cells; cs[0].text,cs[1].text=row
d.add_heading('2.3',2)
t=d.add_table(rows=1,cols=3); t.style='Table Grid'
for c,h in zip(t.rows[0].cells,['Layer','Computation','Parameters']): c.text=h
for row in [('H1','128 × 5 × 5 × 3','9,600'),('H2','64 × 5 × 5 × 128','204,800'),('H3','32 × 3 × 3 × 64','18,432'),('H4','16 × 1 × 1 × 32','512'),('Y','10 × 16384','163,840'),('Total','','397,184')]:
    cs=t.add_row().cells
    for c,v in zip(cs,row): c.text=v
d.add_heading('2.4',2)
t=d.add_table(rows=1,cols=3); t.style='Table Grid'
for c,h in zip(t.rows[0].cells,['Layer','Computation','Parameters']): c.text=h
for row in [('H1','9,600 + 128','9,728'),('H2','204,800 + 64','204,864'),('H3','18,432 + 32','18,464'),('H4','512 + 16','528'),('Y','163,840 + 10','163,850'),('Total','','397,434')]:
    cs=t.add_row().cells
    for c,v in zip(cs,row): c.text=v
d.add_heading('Problem 3',1)
d.add_heading('3.3',2)
q('Part 1 output size:','3 × 3')
mtable([[-4,5,6],[10,-4,-10],[6,-5,-4]])
q('Part 2 output size:','6 × 6')
mtable([[-18,35,-16,31,-14,21],[30,-8,26,-6,22,-19],[-12,23,-10,19,-8,12],[18,-2,14,0,10,-7],[-6,11,-4,7,-2,3],[6,3,4,1,2,-1]])
d.add_heading('Problem 4',1)
d.add_heading('4.1',2)
q('Output size:','3 × 3')
mtable([[0,25,10],[8,-10,24],[-4,12,-8]])
d.add_heading('Problem 5',1)
q('5.1 Vanilla:','N × K × K × C')
q('5.2 Grouped:','N × K × K × C / M')
d.add_heading('Problem 6',1)
q('Depthwise separable parameters:','C × K × K + C × N')
q('Vanilla operations:','B × N × H × W × (2 × K × K × C − 1)')
q('Separable operations:','B × H × W × C × (2 × K × K − 1) + B × H × W × N × (2 × C − 1)')
d.save('sheet.docx')
