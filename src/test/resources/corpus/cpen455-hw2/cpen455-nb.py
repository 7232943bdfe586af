"""Generates cpen455-nb.ipynb: homework 2 worked in PyTorch. The torch cells were run on the student's machine;
their outputs are kept as printed (torch is not needed here)."""
import sys
sys.path.insert(0, "..")
from mknb import notebook

net = """import torch
import torch.nn as nn
import torch.nn.functional as F

layers = nn.ModuleDict({
    'H1': nn.Conv2d(3, 128, 5, stride=2, padding=2),
    'H2': nn.Conv2d(128, 64, 5, stride=2, padding=2),
    'H3': nn.Conv2d(64, 32, 3, stride=2, padding=1),
    'H4': nn.Conv2d(32, 16, 1),
    'H5': nn.AvgPool2d(2, stride=2),
})
fc = nn.Linear(16 * 32 * 32, 10)"""

shapes = """x = torch.randn(100, 3, 512, 512)
for name, layer in layers.items():
    x = layer(x)
    print(name, x.shape)
y = fc(x.flatten(1))
print('Y', y.shape)"""

shapes_out = """H1 torch.Size([100, 128, 256, 256])
H2 torch.Size([100, 64, 128, 128])
H3 torch.Size([100, 32, 64, 64])
H4 torch.Size([100, 16, 64, 64])
H5 torch.Size([100, 16, 32, 32])
Y torch.Size([100, 10])
"""

params = """def count(module, bias=True):
    return sum(p.numel() for n, p in module.named_parameters() if bias or 'bias' not in n)

for name, layer in list(layers.items()) + [('Y', fc)]:
    print(f'{name}: {count(layer, bias=False):>7d} without bias, {count(layer):>7d} with bias')
total_nb = sum(count(m, False) for m in list(layers.values()) + [fc])
total = sum(count(m) for m in list(layers.values()) + [fc])
print(f'total: {total_nb} without bias, {total} with bias')"""

params_out = """H1:    9600 without bias,    9728 with bias
H2:  204800 without bias,  204864 with bias
H3:   18432 without bias,   18464 with bias
H4:     512 without bias,     528 with bias
H5:       0 without bias,       0 with bias
Y:  163840 without bias,  163850 with bias
total: 397184 without bias, 397434 with bias
"""

tconv1 = """Y = torch.tensor([[4., 3.], [2., 1.]])
W = torch.tensor([[-1., 2.], [3., -4.]])
out = F.conv_transpose2d(Y[None, None], W[None, None])
print(out.shape[-1])
print(out.squeeze())"""

tconv1_out = """3
tensor([[ -4.,   5.,   6.],
        [ 10.,  -4., -10.],
        [  6.,  -5.,  -4.]])
"""

tconv2 = """Y = torch.tensor([[9., 8., 7.], [6., 5., 4.], [3., 2., 1.]])
W = torch.tensor([[-1., 2., -3.], [1., -2., 3.], [3., 2., -1.]])
out = F.conv_transpose2d(Y[None, None], W[None, None], stride=2, padding=1, output_padding=1)
print(out.shape[-1])
print(out.squeeze())"""

tconv2_out = """6
tensor([[-18.,  35., -16.,  31., -14.,  21.],
        [ 30.,  -8.,  26.,  -6.,  22., -19.],
        [-12.,  23., -10.,  19.,  -8.,  12.],
        [ 18.,  -2.,  14.,   0.,  10.,  -7.],
        [ -6.,  11.,  -4.,   7.,  -2.,   3.],
        [  6.,   3.,   4.,   1.,   2.,  -1.]])
"""

dilated = """X = torch.tensor([[3., 1, 2, 6, 5], [6, 8, 1, 7, 9], [2, 7, 4, 2, 3], [8, 3, 5, 4, 1], [1, 5, 2, 7, 6]])
W = torch.tensor([[-1., 2, -3], [1, -2, 3], [3, 2, -1]])
out = F.conv2d(X[None, None], W[None, None], stride=2, padding=2, dilation=2)
out.squeeze()"""

dilated_out = """tensor([[  0.,  25.,  10.],
        [  8., -10.,  24.],
        [ -4.,  12.,  -8.]])
"""

groups = """C, N, K, M = 64, 128, 3, 4
vanilla = nn.Conv2d(C, N, K, padding=1, bias=False)
grouped = nn.Conv2d(C, N, K, padding=1, groups=M, bias=False)
separable = nn.Sequential(nn.Conv2d(C, C, K, padding=1, groups=C, bias=False), nn.Conv2d(C, N, 1, bias=False))
for name, m in [('vanilla', vanilla), ('grouped', grouped), ('depthwise separable', separable)]:
    print(name, sum(p.numel() for p in m.parameters()))"""

groups_out = """vanilla 73728
grouped 18432
depthwise separable 8768
"""

cells = [
    ("md", "# CPEN455 Homework 2\n\nJiho Park (student number 58812034) — Problems 2 to 6 checked in PyTorch"),
    ("md", "## Problem 1\n\n### 1.3\n\n$W_1 = \\begin{bmatrix} 1 & -1 \\\\ -1 & 1 \\end{bmatrix}$, "
           "$b_1 = \\begin{bmatrix} 0 \\\\ 0 \\end{bmatrix}$, $W_2 = \\begin{bmatrix} 1 & 1 \\end{bmatrix}$, $b_2 = 0$"),
    ("md", "## Problem 2\n\n### 2.1\n\nThe filter depth must match the input channels: 128, 64 and 32."),
    ("code", net, []),
    ("md", "### 2.2 Shapes of the batch"),
    ("code", shapes, [shapes_out]),
    ("md", "### 2.3 and 2.4 Learnable parameters"),
    ("code", params, [params_out]),
    ("md", "## Problem 3\n\n### 3.3 Transposed convolution\n\nPart 1 ($S = 1$, $P = 0$, $P' = 0$): output side and "
           "output"),
    ("code", tconv1, [tconv1_out]),
    ("md", "Part 2 ($S = 2$, $P = 1$, $P' = 1$):"),
    ("code", tconv2, [tconv2_out]),
    ("md", "## Problem 4\n\n### 4.1 Dilated convolution ($D = 2$, $S = 2$, $P = 2$)\n\nThe output is $3 \\times 3$:"),
    ("code", dilated, [("result", dilated_out)]),
    ("md", "## Problem 5\n\nVanilla: $NK^2C$, grouped: $NK^2C/M$. For $C = 64$, $N = 128$, $K = 3$, $M = 4$:"),
    ("code", groups, [groups_out]),
    ("md", "## Problem 6\n\nThe depthwise separable convolution has $CK^2 + CN$ parameters (see above). "
           "Multiplications: $HWNK^2C$ for the vanilla one, $HWC(K^2 + N)$ for the separable one."),
]
notebook(cells, "cpen455-nb.ipynb")
