import torch

# training code of the practical part
