"""Generates ps2-wide-xlsx.xlsx: one team's answers in the wide layout (openpyxl)."""
import sys
sys.path.insert(0, "..")
from xlsxsheets import wide

header = ["team", "identity_kernel", "S", "A", "P", "avg_kernel", "avg_stride", "avg_padding", "conv1_shape",
          "pool1_shape", "conv2_shape", "pool2_shape", "conv3_shape", "conv4_shape", "conv5_shape", "pool3_shape",
          "flat_size"]
row = ["PS 2 Y", "[[0, 0, 0], [0, 1, 0], [0, 0, 0]]", "[[0, 2, 0, 2], [3, 2, 5, 2], [1.5, 7.5, 2.5, 6.5], [3, 2, 5, 2]]",
       "[[0.50, 0.88, 0.50, 0.88], [0.95, 0.88, 0.99, 0.88], [0.82, 1.00, 0.92, 1.00], [0.95, 0.88, 0.99, 0.88]]",
       "[[0.95, 0.99], [1.00, 1.00]]", "[[0.25, 0.25], [0.25, 0.25]]", None, 0, "96×55×55", "96×27×27", "256×27×27",
       "256×13×13", "384×13×13", "384×13×13", "256×13×13", "256×6×6", 9216]
wide("ps2-wide-xlsx.xlsx", header, [row])
