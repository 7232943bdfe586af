import openpyxl
from openpyxl.styles import Font
wb=openpyxl.Workbook(); ws=wb.active; ws.title='Backprop'
ws['A1']='Backpropagation problem set – our answers'; ws.merge_cells('A1:F1'); ws['A1'].font=Font(bold=True,size=14)
ws['A2']='team'; ws['B2']='Kestrel'
ws['A3']='members'; ws['B3']='Ida Berg; Omar Haddad'
ws.append([])
ws.append(['part','answer'])
r=6
def mat(pid, M, comment=None):
    global r
    ws.cell(r,1,pid)
    for i,row in enumerate(M):
        for j,v in enumerate(row):
            ws.cell(r+i,2+j,v)
    if comment: ws.cell(r, 2+len(M[0])+1, comment)
    r+=len(M)
def one(pid,v,comment=None):
    global r
    ws.cell(r,1,pid); ws.cell(r,2,v)
    if comment: ws.cell(r,4,comment)
    r+=1
mat('S',[[-0.5,4.5,5.5],[3.5,0.5,2.5],[3.5,1.5,2.5]],'valid, bias added')
mat('dK',[[5,8],[1,2]],'X correlated with G')
one('db',4,'sum of G')
one('dX','[[1, -1, -1, 1], [2, 2, -4, 0], [1, 3, 1, -1], [2, 0, 2, 0]]','full conv with rot180(K)')
one('P','3 3; 4 5')
mat('dP',[[0.5,1],[0.5,0.5]],'(P-T)/2')
mat('dA',[[0,0.5,1,0],[0,0,0,0],[0,0,0.5,0],[0.5,0,0,0]],'first max wins')
mat('z',[[0.5,2,2],[-1,-0.5,0]])
mat('probs',[[0.1003,0.4498,0.4498],[0.1863,0.3072,0.5065]])
one('loss',1.2398,'mean over 2 samples')
mat('dz',[[0.0502,0.2249,-0.2751],[-0.4068,0.1536,0.2533]])
mat('dW',[[0.0502,-0.4068,0.5065],[0.2249,0.1536,0.2962],[-0.2751,0.2533,-0.8031]])
mat('W_new',[[0.4749,-0.7966,-0.2533],[0.8876,-0.0768,0.3519],[0.1376,0.8734,1.4016]])
# number formats as a student might: 3 decimals
for row in ws.iter_rows(min_row=6):
    for c in row:
        if isinstance(c.value,float): c.number_format='0.000'
wb.save('sheet.xlsx')
