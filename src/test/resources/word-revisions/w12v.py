import sys; sys.path.insert(0, '.')
from lib import *
BASE = open('w12-base.md').read()
E_OLD = '(e) The flattened length is 93750.'
def with_e(new):
    return BASE.replace(E_OLD, new)

def tbl(rows, cellxml=None):
    cellxml = cellxml or (lambda t: f'<w:tc><w:tcPr><w:tcW w:w="800" w:type="dxa"/></w:tcPr>{p(r(t))}</w:tc>')
    body = ''.join('<w:tr>' + ''.join(cellxml(str(c)) for c in row) + '</w:tr>' for row in rows)
    return f'<w:tbl><w:tblPr><w:tblStyle w:val="Table"/><w:tblW w:w="0" w:type="auto"/></w:tblPr>{body}</w:tbl>'

# 1 tracked changes in text
build(with_e('(e) The flattened length is XDELINS.'), 'w12-01-del-ins',
      subs=[('XDELINS', '</w:t></w:r>' + dele(dr('93570')) + ins(r('93750')) + '<w:r><w:t xml:space="preserve">')])
build(with_e('(e) The flattened length is XDELINS.'), 'w12-02-del-ins-reverse',
      subs=[('XDELINS', '</w:t></w:r>' + dele(dr('93750')) + ins(r('93570')) + '<w:r><w:t xml:space="preserve">')])
# 3 tracked change inside an equation: entry 8 of P_same's first row was 3, deleted and replaced
md = BASE.replace(r'P_{same} = \begin{bmatrix} 23 & 8 & 0', r'P_{same} = \begin{bmatrix} 23 & 777 & 0')
build(md, 'w12-03-math-ins',
      subs=[('<m:r><m:t>777</m:t></m:r>', dele('<m:r><m:t>3</m:t></m:r>') + ins('<m:r><m:t>8</m:t></m:r>'))])
# 4 moveFrom / moveTo: the sentence was moved from Ex 3 to Ex 4
mv = BASE.replace('Pooling stage:', 'XMOVEFROM\n\nPooling stage:').replace(E_OLD, 'XMOVETO')
build(mv, 'w12-04-move',
      para_subs={'XMOVEFROM': p(f'<w:moveFromRangeStart w:id="501" {AUTH} w:name="move1"/><w:moveFrom w:id="502" {AUTH}>' + r('(e) The flattened length is 93570.') + '</w:moveFrom><w:moveFromRangeEnd w:id="501"/>'),
                 'XMOVETO': p(f'<w:moveToRangeStart w:id="503" {AUTH} w:name="move1"/><w:moveTo w:id="504" {AUTH}>' + r('(e) The flattened length is 93750.') + '</w:moveTo><w:moveToRangeEnd w:id="503"/>')})
# 5 hidden text: a hidden draft holding the right value, the visible final answer is wrong
build(with_e('XHID\n\n(e) The flattened length is 93570.'), 'w12-05-vanish-draft-right',
      para_subs={'XHID': p(r('(e) Draft: the flattened length is 93750.', '<w:vanish/>'))})
# 5b hidden digit inside the visible number
build(with_e('(e) The flattened length is 937XH50.'), 'w12-05b-vanish-in-number',
      subs=[('XH', '</w:t></w:r>' + r('0', '<w:vanish/>') + '<w:r><w:t xml:space="preserve">')])
# 6 strike-through: the right value crossed out and replaced with a wrong one
build(with_e('(e) The flattened length is ~~93750~~ 93570.'), 'w12-06-strike-right-replaced')
build(with_e('(e) The flattened length is ~~93570~~ 93750.'), 'w12-06b-strike-wrong-replaced')
# 7 comment by a teammate holding the right number, final visible is wrong
build(with_e('(e) The flattened length is [Teammate: I get 93750, check again]{.comment-start id="0" author="Mia"}93570[]{.comment-end id="0"}.'),
      'w12-07-comment')
# 8 footnote right after the number
build(with_e('(e) The flattened length is 93750[^1].\n\n[^1]: Our first attempt gave 93570 and 12 maps.'), 'w12-08-footnote')
