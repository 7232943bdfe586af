import sys, re, zipfile; sys.path.insert(0, '.')
from lib import *
BASE = open('w12-base.md').read()
AV = r'$$A_{valid} = \begin{bmatrix} 23 & 8 & -8 & -23 \\ 23 & 8 & -8 & -23 \end{bmatrix}$$'
PS = r'$$P_{same} = \begin{bmatrix} 23 & 8 & 0 \\ 23 & 8 & 0 \end{bmatrix}$$'
md_av = BASE.replace(AV, 'XAV'); md_ps = BASE.replace(PS, 'XPS')
assert 'XAV' in md_av and 'XPS' in md_ps
TBLPR = '<w:tblPr><w:tblStyle w:val="Table"/><w:tblW w:w="0" w:type="auto"/><w:tblBorders><w:top w:val="single" w:sz="4"/><w:left w:val="single" w:sz="4"/><w:bottom w:val="single" w:sz="4"/><w:right w:val="single" w:sz="4"/><w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/></w:tblBorders></w:tblPr>'
def tc(inner, tcpr=''):
    return f'<w:tc><w:tcPr><w:tcW w:w="900" w:type="dxa"/>{tcpr}</w:tcPr>{inner}</w:tc>'
def tbl(rows_xml, ncols):
    grid = '<w:tblGrid>' + '<w:gridCol w:w="900"/>' * ncols + '</w:tblGrid>'
    return f'<w:tbl>{TBLPR}{grid}{"".join(rows_xml)}</w:tbl>'
def simple_rows(rows, cell=lambda v: tc(p(r(str(v))))):
    return ['<w:tr>' + ''.join(cell(v) for v in row) + '</w:tr>' for row in rows]
AVROWS = [[23, 8, -8, -23], [23, 8, -8, -23]]
MINUS_SYM = '<w:r><w:sym w:font="Symbol" w:char="F02D"/></w:r>'
def sym_cell(v):
    return tc(p((MINUS_SYM + r(str(-v))) if v < 0 else r(str(v))))
# 20 matrix as Word table, minus signs inserted with Insert > Symbol (Symbol font)
build(md_av, 'w12-20-table-sym-minus', para_subs={'XAV': p(r('A_valid =')) + tbl(simple_rows(AVROWS, sym_cell), 4)})
# 20b control: same table with U+2212 typed
build(md_av, 'w12-20b-table-unicode-minus', para_subs={'XAV': p(r('A_valid =')) + tbl(simple_rows([[str(v).replace('-', '\u2212') for v in row] for row in AVROWS]), 4)})
# 21 layout table: label cell | answer cell with one paragraph per row of the matrix
rowsP = ''.join(p(r('  '.join(str(v).replace('-', '\u2212') for v in row))) for row in AVROWS)
build(md_av, 'w12-21-cell-paragraph-rows', para_subs={'XAV': tbl(['<w:tr>' + tc(p(r('A_valid ='))) + tc(rowsP) + '</w:tr>'], 2)})
# 21b same, rows separated by Shift+Enter in one paragraph
rowsBR = p('<w:r><w:br/></w:r>'.join(r('  '.join(str(v).replace('-', '\u2212') for v in row)) for row in AVROWS))
build(md_av, 'w12-21b-cell-linebreak-rows', para_subs={'XAV': tbl(['<w:tr>' + tc(p(r('A_valid ='))) + tc(rowsBR) + '</w:tr>'], 2)})
# 22 nested table: matrix typed as a Word table inside the layout table's answer cell
inner = tbl(simple_rows([[str(v).replace('-', '\u2212') for v in row] for row in AVROWS]), 4)
build(md_av, 'w12-22-nested-table', para_subs={'XAV': tbl(['<w:tr>' + tc(p(r('A_valid ='))) + tc(inner + p('')) + '</w:tr>'], 2)})
# 23 gridSpan title row over a matrix table
PSR = [[23, 8, 0], [23, 8, 0]]
title = '<w:tr>' + tc(p(r('P_same (2×2 max pooling)')), '<w:gridSpan w:val="3"/>') + '</w:tr>'
build(md_ps, 'w12-23-gridspan-title', para_subs={'XPS': p(r('Pooling stage output:')) + tbl([title] + simple_rows(PSR), 3)})
# 23b vMerge: label column merged over the two rows of the matrix
rows = ['<w:tr>' + tc(p(r('A_valid =')), '<w:vMerge w:val="restart"/>') + ''.join(tc(p(r(str(v).replace('-', '\u2212')))) for v in AVROWS[0]) + '</w:tr>',
        '<w:tr>' + tc(p(''), '<w:vMerge/>') + ''.join(tc(p(r(str(v).replace('-', '\u2212')))) for v in AVROWS[1]) + '</w:tr>']
build(md_av, 'w12-23b-vmerge-label', para_subs={'XAV': tbl(rows, 5)})
# 23c vMerge inside the matrix: the zero column of P_same merged vertically (one "0" spanning two rows)
rows = ['<w:tr>' + tc(p(r('23'))) + tc(p(r('8'))) + tc(p(r('0')), '<w:vMerge w:val="restart"/>') + '</w:tr>',
        '<w:tr>' + tc(p(r('23'))) + tc(p(r('8'))) + tc(p(''), '<w:vMerge/>') + '</w:tr>']
build(md_ps, 'w12-23c-vmerge-in-matrix', para_subs={'XPS': p(r('P_same =')) + tbl(rows, 3)})
# 24 content controls in every cell of a matrix table (answer template)
SDTPR = '<w:sdtPr><w:alias w:val="entry"/><w:id w:val="-55"/></w:sdtPr>'
def sdt_cell(v):
    return f'<w:tc><w:tcPr><w:tcW w:w="900" w:type="dxa"/></w:tcPr><w:sdt>{SDTPR}<w:sdtContent>{p(r(str(v)))}</w:sdtContent></w:sdt></w:tc>'
build(md_ps, 'w12-24-sdt-in-cells', para_subs={'XPS': p(r('P_same =')) + tbl(simple_rows(PSR, sdt_cell), 3)})
# 24b cell-level content control (w:tr/w:sdt/w:tc)
def sdt_tc(v):
    return f'<w:sdt>{SDTPR}<w:sdtContent>{tc(p(r(str(v))))}</w:sdtContent></w:sdt>'
build(md_ps, 'w12-24b-sdt-wrapping-cells', para_subs={'XPS': p(r('P_same =')) + tbl(simple_rows(PSR, sdt_tc), 3)})
# 24c repeating-section content control wrapping the rows (w:tbl/w:sdt/w:tr)
rows = [f'<w:sdt>{SDTPR}<w:sdtContent>' + ''.join(simple_rows(PSR)) + '</w:sdtContent></w:sdt>']
build(md_ps, 'w12-24c-sdt-wrapping-rows', para_subs={'XPS': p(r('P_same =')) + tbl(rows, 3)})
