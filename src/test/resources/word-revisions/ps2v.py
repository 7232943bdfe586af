import sys, re, zipfile; sys.path.insert(0, '.')
from lib import *
BASE = open('ps2-base.md').read()
ST = 'The stride is 2 and the padding is 0.'
PM = r'$$P = \begin{bmatrix} 0.95 & 0.99 \\ 1.00 & 1.00 \end{bmatrix}$$'
# 30 crossed-out stride 2 replaced by 1 (meant: 1)
build(BASE.replace(ST, 'The stride is ~~2~~ 1 and the padding is 0.'), 'ps2-30-strike-stride')
# 30b crossed-out right P replaced by average pooling (meant: the average-pooled matrix)
build(BASE.replace(PM, '~~Max pooling gives~~ XSTRIKE\n\nWe use average pooling instead: $$P = \\begin{bmatrix} 0.80 & 0.81 \\\\ 0.91 & 0.95 \\end{bmatrix}$$'), 'ps2-30b-strike-matrix',
      para_subs={'XSTRIKE': p(r('P = [0.95, 0.99; 1.00, 1.00]', '<w:strike/>'))})
# 30c whole struck paragraph of the right matrix in OMML with strike run properties, then the replacement
doc = zipfile.ZipFile('ps2-base.docx').read('word/document.xml').decode()
PX = [x for x in re.findall(r'<w:p>(?:(?!<w:p>).)*?</w:p>', doc, re.S) if '<m:t>P</m:t>' in x][0]
PX_struck = PX.replace('<m:r>', '<m:r><w:rPr><w:strike/></w:rPr>')
build(BASE.replace(PM, 'XPM\n\nCorrection: the pooled map is $0.80, 0.81, 0.91, 0.95$ (average).'), 'ps2-30c-strike-omml-unlabelled-fix',
      para_subs={'XPM': PX_struck})
# 31 tracked change inside the S equation: entry (2,1) was 4 (true convolution), changed to 3
S_OLD = r'\\ 3 & 2 & 5 & 2 \\ 1.5'
md = BASE.replace(S_OLD, r'\\ 777 & 2 & 5 & 2 \\ 1.5')
build(md, 'ps2-31-math-tracked-edit', subs=[('<m:r><m:t>777</m:t></m:r>', dele('<m:r><m:t>4</m:t></m:r>') + ins('<m:r><m:t>3</m:t></m:r>'))])
# 31b the whole P matrix inserted with tracking (track changes on while typing the answer)
md = BASE.replace(PM, r'$$P = 888$$')
mat = re.search(r'<m:d>.*</m:d>', PX, re.S).group(0)
build(md, 'ps2-31b-math-inserted', subs=[('<m:r><m:t>888</m:t></m:r>', ins(mat))])
