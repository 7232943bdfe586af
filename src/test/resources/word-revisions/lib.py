"""Helpers: make a docx with pandoc from markdown, then edit word/document.xml with zipfile."""
import re, subprocess, zipfile, shutil, sys

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
AUTH = 'w:author="Student" w:date="2025-10-10T10:00:00Z"'
_id = [900]
def nid():
    _id[0] += 1
    return str(_id[0])

def r(text, rpr=''):
    return f'<w:r>{("<w:rPr>"+rpr+"</w:rPr>") if rpr else ""}<w:t xml:space="preserve">{text}</w:t></w:r>'
def dr(text):
    return f'<w:r><w:delText xml:space="preserve">{text}</w:delText></w:r>'
def ins(inner):
    return f'<w:ins w:id="{nid()}" {AUTH}>{inner}</w:ins>'
def dele(inner):
    return f'<w:del w:id="{nid()}" {AUTH}>{inner}</w:del>'
def p(inner, style=None):
    ppr = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ''
    return f'<w:p>{ppr}{inner}</w:p>'

def build(md_text, name, para_subs=None, subs=None, extra_parts=None, header=None):
    """para_subs: marker -> xml replacing the whole paragraph holding marker; subs: (old,new) raw replacements."""
    md = f'{name}.md'
    open(md, 'w').write(md_text)
    subprocess.run(['pandoc', md, '-o', f'intermediate/{name}.pandoc.docx'], check=True)
    z = zipfile.ZipFile(f'intermediate/{name}.pandoc.docx')
    doc = z.read('word/document.xml').decode()
    for marker, xml in (para_subs or {}).items():
        pat = re.compile(r'<w:p>(?:(?!<w:p>).)*?' + re.escape(marker) + r'.*?</w:p>', re.S)
        doc, n = pat.subn(lambda m: xml, doc, count=1)
        assert n == 1, marker
    for old, new in (subs or []):
        assert old in doc, old
        doc = doc.replace(old, new, 1)
    # declare extra namespaces used by hand-written xml
    ns = {'mc': 'http://schemas.openxmlformats.org/markup-compatibility/2006',
          'wps': 'http://schemas.microsoft.com/office/word/2010/wordprocessingShape',
          'w14': 'http://schemas.microsoft.com/office/word/2010/wordml'}
    for k, v in ns.items():
        if f'xmlns:{k}=' not in doc:
            doc = doc.replace('<w:document ', f'<w:document xmlns:{k}="{v}" ', 1)
    out = zipfile.ZipFile(f'{name}.docx', 'w', zipfile.ZIP_DEFLATED)
    for item in z.infolist():
        data = z.read(item.filename)
        if item.filename == 'word/document.xml':
            data = doc.encode()
        if extra_parts and item.filename in extra_parts:
            data = extra_parts[item.filename](data.decode()).encode()
        out.writestr(item, data)
    out.close()
    return f'{name}.docx'
