#!/usr/bin/env python3
"""A Word document whose headings Word numbers from numbering.xml (a multilevel list linked to the heading
styles), so that "1.2" is in no heading's text: CPEN455 1.2 and 1.3 under headings titled "Solution" alone.
Run: python3 gen.py; then soffice --headless --convert-to txt:Text headings.docx gives LibreOffice's own
numbers, kept as headings.libreoffice.txt."""
import zipfile
from xml.sax.saxutils import escape
NS='xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
CT='''<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>'''
RELS='''<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'''
DREL='''<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdN" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/><Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>'''
lv=''.join(f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="{".".join("%"+str(k+1) for k in range(i+1))}"/></w:lvl>' for i in range(3))
NUM=f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering {NS}><w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="multilevel"/>{lv}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>'
STY=f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles {NS}>'+''.join(f'<w:style w:type="paragraph" w:styleId="Heading{i}"><w:name w:val="heading {i}"/><w:pPr><w:numPr><w:ilvl w:val="{i-1}"/><w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="{i-1}"/></w:pPr><w:rPr><w:b/><w:sz w:val="{36-4*i}"/></w:rPr></w:style>' for i in (1,2,3))+'</w:styles>'
def p(t,style=None,ilvl=None):
    ppr=''
    if style: ppr=f'<w:pPr><w:pStyle w:val="{style}"/>'+(f'<w:numPr><w:ilvl w:val="{ilvl}"/><w:numId w:val="1"/></w:numPr>' if ilvl is not None else '')+'</w:pPr>'
    return f'<w:p>{ppr}<w:r><w:t xml:space="preserve">{escape(t)}</w:t></w:r></w:p>'
def write(name, paras):
    doc=f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {NS}><w:body>{"".join(paras)}<w:sectPr/></w:body></w:document>'
    with zipfile.ZipFile(f'{name}.docx','w',zipfile.ZIP_DEFLATED) as z:
        for n,c in (('[Content_Types].xml',CT),('_rels/.rels',RELS),('word/_rels/document.xml.rels',DREL),('word/document.xml',doc),('word/numbering.xml',NUM),('word/styles.xml',STY)): z.writestr(n,c)
H1=lambda t: p(t,'Heading1',0); H2=lambda t: p(t,'Heading2',1)
write('headings', [p('CPEN455 Homework 2'),p('Team Falcon'),
    H1('Problem'),H2('Solution'),p('A single line cannot separate XOR.'),
    H2('Solution'),p('W1 = [[1, -1], [1, 1]], b1 = [0, 0]'),p('W2 = [[1, 0]], b2 = 0'),
    H2('Solution'),p('W1 = [[1, -1], [-1, 1]], b1 = [0, 0]'),p('W2 = [[1, 1]], b2 = 0'),
    H1('Problem'),p('The filters of the first layer are 5 × 5 × 3.')])
