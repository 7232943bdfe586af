import sys, re, zipfile; sys.path.insert(0, '.')
from lib import *
BASE = open('w12-base.md').read()
E_OLD = '(e) The flattened length is 93750.'
doc = zipfile.ZipFile('w12-base.docx').read('word/document.xml').decode()
paras = re.findall(r'<w:p>(?:(?!<w:p>).)*?</w:p>', doc, re.S)
PMATH = [x for x in paras if '<m:t>P</m:t>' in x][0]          # the whole "P_same = [...]" paragraph
OMATH = re.search(r'<m:oMathPara>.*</m:oMathPara>', PMATH, re.S).group(0)
md_p = BASE.replace(r'$$P_{same} = \begin{bmatrix} 23 & 8 & 0 \\ 23 & 8 & 0 \end{bmatrix}$$', 'XPSAME')
assert md_p != BASE

def txbx(inner_paras):
    return f'<w:txbxContent>{inner_paras}</w:txbxContent>'
def textbox_par(inner_paras, fallback=True):
    choice = ('<mc:Choice Requires="wps"><w:drawing><wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="2" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
              '<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
              '<wp:extent cx="3000000" cy="900000"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapTopAndBottom/><wp:docPr id="77" name="Text Box 1"/><wp:cNvGraphicFramePr/>'
              '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="3000000" cy="900000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></wps:spPr>'
              f'<wps:txbx>{txbx(inner_paras)}</wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>')
    fb = (f'<mc:Fallback><w:pict><v:shape id="tb1" type="#_x0000_t202" style="width:236pt;height:71pt"><v:textbox>{txbx(inner_paras)}</v:textbox></v:shape></w:pict></mc:Fallback>') if fallback else ''
    return p(f'<w:r><mc:AlternateContent>{choice}{fb}</mc:AlternateContent></w:r>')

# 10 text box (DrawingML with VML fallback) holding P_same
build(md_p, 'w12-10-textbox-altcontent', para_subs={'XPSAME': textbox_par(PMATH)})
# 10b text box holding the (e) answer
build(BASE.replace(E_OLD, 'XE'), 'w12-10b-textbox-text', para_subs={'XE': textbox_par(p(r(E_OLD)))})
# 10c VML-only text box (older Word / LibreOffice export)
build(BASE.replace(E_OLD, 'XE'), 'w12-10c-textbox-vml', para_subs={'XE': p(f'<w:r><w:pict><v:shape id="tb2" type="#_x0000_t202"><v:textbox>{txbx(p(r(E_OLD)))}</v:textbox></v:shape></w:pict></w:r>')})

SDTPR = '<w:sdtPr><w:alias w:val="Answer"/><w:tag w:val="answer"/><w:id w:val="-1234"/></w:sdtPr>'
# 11 block-level content control around the P_same equation paragraph
build(md_p, 'w12-11-sdt-block-math', para_subs={'XPSAME': f'<w:sdt>{SDTPR}<w:sdtContent>{PMATH}</w:sdtContent></w:sdt>'})
# 11b block-level content control around a text answer
build(BASE.replace(E_OLD, 'XE'), 'w12-11b-sdt-block-text', para_subs={'XE': f'<w:sdt>{SDTPR}<w:sdtContent>{p(r(E_OLD))}</w:sdtContent></w:sdt>'})
# 11c inline content control holding the number
build(BASE.replace(E_OLD, '(e) The flattened length is XSDT.'), 'w12-11c-sdt-inline',
      subs=[('XSDT', '</w:t></w:r>' + f'<w:sdt>{SDTPR}<w:sdtContent>{r("93750")}</w:sdtContent></w:sdt>' + '<w:r><w:t xml:space="preserve">')])
# 11d block content control holding a tracked change (teammate replaced 93750 by 93570)
build(BASE.replace(E_OLD, 'XE'), 'w12-11d-sdt-block-del',
      para_subs={'XE': f'<w:sdt>{SDTPR}<w:sdtContent>' + p(r('(e) The flattened length is ') + dele(dr('93570')) + ins(r('93750')) + r('.')) + '</w:sdtContent></w:sdt>'})
# 12 fields: fldSimple formula with cached result; complex field
build(BASE.replace(E_OLD, '(e) The flattened length is XF.'), 'w12-12-fldsimple',
      subs=[('XF', '</w:t></w:r>' + '<w:fldSimple w:instr=" = 6*125*125 "><w:r><w:t>93750</w:t></w:r></w:fldSimple>' + '<w:r><w:t xml:space="preserve">')])
build(BASE.replace(E_OLD, '(e) The flattened length is XF.'), 'w12-12b-fldchar',
      subs=[('XF', '</w:t></w:r>' + '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> = 6*125*125 \\# "0" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>93750</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>' + '<w:r><w:t xml:space="preserve">')])
# 13 hyperlink / smart tag / bookmark / proofErr splitting the number
build(BASE.replace(E_OLD, '(e) The flattened length is XH.'), 'w12-13-hyperlink-smarttag-bookmark',
      subs=[('XH', '</w:t></w:r>' + '<w:hyperlink w:anchor="calc"><w:r><w:t>93</w:t></w:r></w:hyperlink><w:smartTag w:uri="urn:schemas-microsoft-com:office:smarttags" w:element="metricconverter"><w:r><w:t>7</w:t></w:r></w:smartTag><w:bookmarkStart w:id="88" w:name="calc"/><w:proofErr w:type="spellStart"/><w:r><w:t>5</w:t></w:r><w:bookmarkEnd w:id="88"/><w:customXml w:element="num"><w:r><w:t>0</w:t></w:r></w:customXml>' + '<w:r><w:t xml:space="preserve">')])
