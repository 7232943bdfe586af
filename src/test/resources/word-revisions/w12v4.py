import sys; sys.path.insert(0, '.')
from lib import *
BASE = open('w12-base.md').read()
OLD = r'$$P_{same} = \begin{bmatrix} 23 & 8 & 0 \\ 23 & 8 & 0 \end{bmatrix}$$'
assert OLD in BASE

def cell(text, merge=None, width=600):
    """A table cell; merge 'restart' opens a vertical merge (w:vMerge), 'continue' goes on with it, empty."""
    vmerge = '<w:vMerge w:val="restart"/>' if merge == 'restart' else ('<w:vMerge/>' if merge == 'continue' else '')
    return f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>{vmerge}</w:tcPr>{p(r(text) if text else "")}</w:tc>'

def table(rows):
    body = ''.join('<w:tr>' + ''.join(row) + '</w:tr>' for row in rows)
    return f'<w:tbl><w:tblPr><w:tblStyle w:val="Table"/><w:tblW w:w="0" w:type="auto"/></w:tblPr>{body}</w:tbl>'

# 30 P_same typed as a table: its label and its brackets each a cell merged down both rows
rows = [[cell('P_same =', 'restart', 1400), cell('[', 'restart'), cell('23'), cell('8'), cell('0'), cell(']', 'restart')],
        [cell('', 'continue', 1400), cell('', 'continue'), cell('23'), cell('8'), cell('0'), cell('', 'continue')]]
build(BASE.replace(OLD, 'XTABLE'), 'w12-30-table-merged-brackets', para_subs={'XTABLE': table(rows)})
# 31 the label in the paragraph above the table, the brackets merged down the rows
rows = [[cell('[', 'restart'), cell('23'), cell('8'), cell('0'), cell(']', 'restart')],
        [cell('', 'continue'), cell('23'), cell('8'), cell('0'), cell('', 'continue')]]
build(BASE.replace(OLD, 'P_same:\n\nXTABLE'), 'w12-31-table-merged-brackets-below-label',
      para_subs={'XTABLE': table(rows)})
