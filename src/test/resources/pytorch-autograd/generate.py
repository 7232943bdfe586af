#!/usr/bin/env python3
"""Writes cases.json: forward values and gradients computed by PyTorch's autograd, in float64.

Each case names its inputs (shape and row-major data), then checks: an expression of cnn-grader's
expression language and the value PyTorch computes for it. A gradient check is written
``grad(y, X)`` when y is a single number and ``vjp(y, X, G)`` otherwise, where G is an upstream
gradient stored among the inputs and PyTorch computes ``autograd.grad((y * G).sum(), X)``.

The Java test (PyTorchAutogradTest) reads cases.json without PyTorch. To regenerate (Debian:
``apt-get install python3-torch``, then the system's interpreter)::

    /usr/bin/python3 src/test/resources/pytorch-autograd/generate.py

The output is deterministic for a given PyTorch version (recorded in the file).
"""

import json
import os
import warnings

import torch
import torch.nn.functional as F

torch.set_default_dtype(torch.float64)
# An even kernel with padding='same' pads a copy of the input; the values are what the cases want.
warnings.filterwarnings("ignore", message="Using padding='same' with even kernel")
generator = torch.Generator().manual_seed(20260602)

CASES = []


def uniform(*shape, low=-2.0, high=2.0):
    return torch.rand(*shape, generator=generator) * (high - low) + low


def integers(*shape, low=0, high=4):
    return torch.randint(low, high, shape, generator=generator).to(torch.float64)


def encode(value):
    value = torch.as_tensor(value, dtype=torch.float64).detach()
    return {"shape": list(value.shape), "data": [float(v) for v in value.reshape(-1).tolist()]}


def case(name, inputs, forward, expression, wrt, note=None):
    """One case: ``forward(**inputs)`` in PyTorch is ``expression`` in ours; gradients for ``wrt``.

    ``forward`` receives the inputs as tensors that require a gradient. Its value is checked as
    ``expression``; for each name in ``wrt`` the gradient is checked as grad/vjp of it.
    """
    leaves = {key: value.clone().requires_grad_(key in wrt) for key, value in inputs.items()}
    output = forward(**leaves)
    checks = [{"expression": expression, "expected": encode(output)}]
    stored = dict(inputs)
    if output.numel() == 1 and output.dim() == 0:
        seed_name = None
        objective = output
    else:
        seed_name = "G"
        upstream = uniform(*output.shape)
        stored[seed_name] = upstream
        objective = (output * upstream).sum()
    gradients = torch.autograd.grad(objective, [leaves[key] for key in wrt], allow_unused=True)
    for key, gradient in zip(wrt, gradients):
        if gradient is None:
            gradient = torch.zeros_like(inputs[key])
        if seed_name is None:
            text = "grad(%s, %s)" % (expression, key)
        else:
            text = "vjp(%s, %s, %s)" % (expression, key, seed_name)
        checks.append({"expression": text, "expected": encode(gradient)})
    entry = {"name": name, "inputs": {key: encode(value) for key, value in stored.items()}, "checks": checks}
    if note:
        entry["note"] = note
    CASES.append(entry)


def batch(function):
    """Runs a function of N×C×H×W on an H×W matrix, as the engine reads a matrix (one channel)."""
    return lambda X: function(X[None, None])[0, 0]


def convolutions():
    case("conv2d, one channel, defaults", {"X": uniform(1, 1, 5, 5), "K": uniform(1, 1, 3, 3)},
         lambda X, K: F.conv2d(X, K), "conv2d(X, K)", ["X", "K"])
    case("conv2d of a matrix with a matrix kernel, padding 1", {"X": integers(5, 5), "K": integers(3, 3, low=-1, high=2)},
         lambda X, K: F.conv2d(X[None, None], K[None, None], padding=1)[0, 0], "conv2d(X, K, padding=1)", ["X", "K"])
    case("conv2d, stride, padding and dilation per side, groups 2, bias",
         {"X": uniform(2, 4, 7, 6), "K": uniform(6, 2, 3, 2), "B": uniform(6)},
         lambda X, K, B: F.conv2d(X, K, B, stride=(2, 1), padding=(1, 2), dilation=(1, 2), groups=2),
         "conv2d(X, K, stride=[2, 1], padding=[1, 2], dilation=[1, 2], groups=2, bias=B)", ["X", "K", "B"])
    case("conv2d, stride 2, padding 1, dilation 2, bias",
         {"X": uniform(1, 3, 8, 8), "K": uniform(4, 3, 3, 3), "B": uniform(4)},
         lambda X, K, B: F.conv2d(X, K, B, stride=2, padding=1, dilation=2),
         "conv2d(X, K, stride=2, padding=1, dilation=2, bias=B)", ["X", "K", "B"])
    case("conv2d, depthwise (groups = channels), padding same with dilation 2",
         {"X": uniform(2, 3, 6, 5), "K": uniform(3, 1, 3, 2)},
         lambda X, K: F.conv2d(X, K, padding="same", dilation=2, groups=3),
         "conv2d(X, K, padding=same, dilation=2, groups=3)", ["X", "K"])
    case("conv2d, padding [top, bottom, left, right] (F.pad, then the convolution)",
         {"X": uniform(1, 2, 5, 5), "K": uniform(3, 2, 2, 3)},
         lambda X, K: F.conv2d(F.pad(X, (0, 2, 1, 0)), K, stride=2),
         "conv2d(X, K, stride=2, padding=[1, 0, 0, 2])", ["X", "K"])
    case("conv2d with flip=true is the convolution with the rotated kernel",
         {"X": uniform(1, 1, 4, 5), "K": uniform(1, 1, 3, 2)},
         lambda X, K: F.conv2d(X, torch.flip(K, (-2, -1))), "conv2d(X, K, flip=true)", ["X", "K"])
    case("conv2d, integer input and kernel, a scalar loss", {"X": integers(1, 1, 4, 4), "K": integers(1, 1, 2, 2, low=-1, high=2)},
         lambda X, K: (F.conv2d(X, K) ** 2).sum() / 2, "sum(conv2d(X, K) * conv2d(X, K)) / 2", ["X", "K"])

    case("conv_transpose2d, stride 2, padding 1, output_padding 1",
         {"X": uniform(1, 2, 3, 3), "K": uniform(2, 3, 3, 3)},
         lambda X, K: F.conv_transpose2d(X, K, stride=2, padding=1, output_padding=1),
         "conv_transpose2d(X, K, stride=2, padding=1, output_padding=1)", ["X", "K"])
    case("conv_transpose2d, dilation 2",
         {"X": uniform(1, 1, 4, 4), "K": uniform(1, 1, 2, 2)},
         lambda X, K: F.conv_transpose2d(X, K, dilation=2), "conv_transpose2d(X, K, dilation=2)", ["X", "K"])
    case("conv_transpose2d, stride, padding and output_padding per side, a batch",
         {"X": uniform(2, 3, 3, 4), "K": uniform(3, 2, 3, 2)},
         lambda X, K: F.conv_transpose2d(X, K, stride=(2, 3), padding=(1, 0), output_padding=(1, 2)),
         "conv_transpose2d(X, K, stride=[2, 3], padding=[1, 0], output_padding=[1, 2])", ["X", "K"])
    case("conv_transpose2d of a matrix with a matrix kernel, stride 2",
         {"X": integers(2, 2), "K": integers(3, 3, low=-1, high=2)},
         lambda X, K: F.conv_transpose2d(X[None, None], K[None, None], stride=2)[0, 0],
         "conv_transpose2d(X, K, stride=2)", ["X", "K"])


def pooling():
    tie_note = "ties: PyTorch sends a window's gradient to its first maximum in row-major order"
    case("max_pool2d 2×2 of integers with ties", {"X": integers(1, 1, 4, 4)},
         lambda X: F.max_pool2d(X, 2), "maxpool2d(X, 2)", ["X"], tie_note)
    case("max_pool2d of a matrix of integers with ties, 2×2", {"X": integers(6, 6, high=3)},
         batch(lambda X: F.max_pool2d(X, 2)), "maxpool2d(X, 2)", ["X"], tie_note)
    case("max_pool2d of a constant matrix: every window ties", {"X": torch.full((4, 4), 7.0)},
         batch(lambda X: F.max_pool2d(X, 2)), "maxpool2d(X, 2)", ["X"], tie_note)
    case("max_pool2d 3×3 stride 1 with ties: overlapping windows add up", {"X": integers(1, 2, 5, 5, high=3)},
         lambda X: F.max_pool2d(X, 3, stride=1), "maxpool2d(X, 3, stride=1)", ["X"], tie_note)
    case("max_pool2d 3×3 stride 2 padding 1 ceil_mode, integers", {"X": integers(2, 2, 7, 7, high=3)},
         lambda X: F.max_pool2d(X, 3, stride=2, padding=1, ceil_mode=True),
         "maxpool2d(X, 3, stride=2, padding=1, ceil_mode=true)", ["X"], tie_note)
    case("max_pool2d 2×2 dilation 2 stride 1, integers", {"X": integers(1, 1, 5, 5, high=3)},
         lambda X: F.max_pool2d(X, 2, stride=1, dilation=2), "maxpool2d(X, 2, stride=1, dilation=2)", ["X"], tie_note)
    case("max_pool2d of negative values with padding (padded with −∞)", {"X": uniform(1, 1, 5, 5, low=-3, high=-1)},
         lambda X: F.max_pool2d(X, 2, stride=2, padding=1), "maxpool2d(X, 2, stride=2, padding=1)", ["X"])
    case("max_pool2d [2, 3] window, stride [1, 2]", {"X": uniform(1, 2, 5, 7)},
         lambda X: F.max_pool2d(X, (2, 3), stride=(1, 2)), "maxpool2d(X, [2, 3], stride=[1, 2])", ["X"])

    for include in (True, False):
        word = "true" if include else "false"
        case("avg_pool2d 3×3 stride 2 padding 1 ceil_mode, count_include_pad=" + word, {"X": uniform(1, 2, 6, 7)},
             lambda X, include=include: F.avg_pool2d(X, 3, stride=2, padding=1, ceil_mode=True,
                                                     count_include_pad=include),
             "avgpool2d(X, 3, stride=2, padding=1, ceil_mode=true, count_include_pad=%s)" % word, ["X"])
        case("avg_pool2d 2×2 stride 2 padding 1 ceil_mode: the last window would start in the padding,"
             " count_include_pad=" + word, {"X": uniform(1, 1, 5, 5)},
             lambda X, include=include: F.avg_pool2d(X, 2, stride=2, padding=1, ceil_mode=True,
                                                     count_include_pad=include),
             "avgpool2d(X, 2, stride=2, padding=1, ceil_mode=true, count_include_pad=%s)" % word, ["X"])
    case("avg_pool2d 2×2 of a matrix", {"X": integers(4, 6)}, batch(lambda X: F.avg_pool2d(X, 2)),
         "avgpool2d(X, 2)", ["X"])
    case("global average pooling (mean over H and W)", {"X": uniform(2, 3, 4, 4)},
         lambda X: X.mean((-2, -1)), "global_avgpool(X)", ["X"])

    case("adaptive_avg_pool2d 5×7 → 3×4", {"X": uniform(1, 2, 5, 7)},
         lambda X: F.adaptive_avg_pool2d(X, (3, 4)), "adaptive_avgpool2d(X, [3, 4])", ["X"])
    case("adaptive_avg_pool2d 6×6 → 4", {"X": uniform(2, 1, 6, 6)},
         lambda X: F.adaptive_avg_pool2d(X, 4), "adaptive_avgpool2d(X, 4)", ["X"])
    case("adaptive_max_pool2d 5×7 → 2×3, integers with ties", {"X": integers(1, 2, 5, 7, high=3)},
         lambda X: F.adaptive_max_pool2d(X, (2, 3)), "adaptive_maxpool2d(X, [2, 3])", ["X"], tie_note)
    case("adaptive_max_pool2d 7×7 → 3, overlapping windows", {"X": uniform(1, 1, 7, 7)},
         lambda X: F.adaptive_max_pool2d(X, 3), "adaptive_maxpool2d(X, 3)", ["X"])


def activations():
    x = torch.tensor([[-2.5, -1.0, -0.0, 0.0, 0.5], [3.0, -0.25, 1.5, 0.0, -4.0]])
    case("relu, its derivative 0 at 0", {"X": x}, lambda X: F.relu(X), "relu(X)", ["X"])
    case("abs, its derivative 0 at 0", {"X": x}, lambda X: X.abs(), "abs(X)", ["X"])
    case("leaky_relu, slope 0.1 (at 0 the slope)", {"X": x}, lambda X: F.leaky_relu(X, 0.1),
         "leaky_relu(X, 0.1)", ["X"])
    case("sigmoid", {"X": x}, lambda X: torch.sigmoid(X), "sigmoid(X)", ["X"])
    case("tanh", {"X": x}, lambda X: torch.tanh(X), "tanh(X)", ["X"])
    case("exp", {"X": x}, lambda X: torch.exp(X), "exp(X)", ["X"])
    case("elu, alpha 1", {"X": x}, lambda X: F.elu(X), "elu(X)", ["X"])
    case("elu, alpha 0.7 (at 0 the derivative is alpha)", {"X": x}, lambda X: F.elu(X, 0.7), "elu(X, 0.7)", ["X"])
    case("gelu (exact, erf)", {"X": torch.cat([x, uniform(2, 5, low=-6, high=6)])}, lambda X: F.gelu(X), "gelu(X)",
         ["X"])
    case("silu", {"X": x}, lambda X: F.silu(X), "silu(X)", ["X"])
    case("softplus, including inputs over its threshold 20", {"X": torch.tensor([-30.0, -3.0, 0.0, 2.0, 19.5, 20.0,
                                                                                25.0])},
         lambda X: F.softplus(X), "softplus(X)", ["X"])
    case("softmax over the last axis", {"X": uniform(3, 4)}, lambda X: F.softmax(X, -1), "softmax(X)", ["X"])
    case("log_softmax of a vector", {"X": uniform(5)}, lambda X: F.log_softmax(X, -1), "log_softmax(X)", ["X"])
    case("log_softmax over the last axis of N×K", {"X": uniform(3, 4, low=-5, high=5)},
         lambda X: F.log_softmax(X, -1), "log_softmax(X)", ["X"])
    case("round has gradient 0", {"X": uniform(2, 3)}, lambda X: torch.round(X * 100) / 100, "round(X)", ["X"])


def reductions():
    tied = torch.tensor([[3.0, 1.0, 3.0], [0.0, 3.0, -2.0], [-2.0, 1.0, 2.0]])
    note = "a full max/min shares the gradient evenly among equal extremes"
    case("max of a matrix with three equal maxima", {"X": tied}, lambda X: X.max(), "max(X)", ["X"], note)
    case("min of a matrix with two equal minima", {"X": tied}, lambda X: X.min(), "min(X)", ["X"], note)
    case("3 · max of a constant matrix", {"X": torch.full((2, 2), 1.5)}, lambda X: 3 * X.max(), "3 * max(X)", ["X"],
         note)
    case("sum", {"X": uniform(2, 3)}, lambda X: X.sum(), "sum(X)", ["X"])
    case("mean of products", {"X": uniform(2, 3), "Y": uniform(2, 3)}, lambda X, Y: (X * Y).mean(), "mean(X * Y)",
         ["X", "Y"])
    case("quotient and difference with broadcasting of a number", {"X": uniform(2, 3, low=0.5, high=2),
                                                                 "Y": uniform(2, 3, low=0.5, high=2)},
         lambda X, Y: (X / Y - 2 * X + Y / 3).sum(), "sum(X / Y - 2 * X + Y / 3)", ["X", "Y"])


def losses():
    case("mse_loss", {"Y": uniform(3, 4), "T": uniform(3, 4)}, lambda Y, T: F.mse_loss(Y, T), "mse_loss(Y, T)",
         ["Y", "T"])
    case("cross_entropy, N×K logits, class indices", {"Z": uniform(4, 5), "T": torch.tensor([2.0, 0.0, 4.0, 2.0])},
         lambda Z, T: F.cross_entropy(Z, T.long()), "cross_entropy(Z, T)", ["Z"])
    case("cross_entropy, a vector of logits and one class index", {"Z": uniform(4), "T": torch.tensor(3.0)},
         lambda Z, T: F.cross_entropy(Z, T.long()), "cross_entropy(Z, T)", ["Z"])
    probabilities = F.softmax(uniform(3, 4), -1)
    case("cross_entropy, probabilities as target", {"Z": uniform(3, 4), "P": probabilities},
         lambda Z, P: F.cross_entropy(Z, P), "cross_entropy(Z, P)", ["Z", "P"])
    case("cross_entropy, class indices, label_smoothing 0.1",
         {"Z": uniform(4, 5), "T": torch.tensor([1.0, 0.0, 4.0, 3.0])},
         lambda Z, T: F.cross_entropy(Z, T.long(), label_smoothing=0.1),
         "cross_entropy(Z, T, label_smoothing=0.1)", ["Z"])
    case("cross_entropy, probabilities, label_smoothing 0.25", {"Z": uniform(3, 4), "P": probabilities},
         lambda Z, P: F.cross_entropy(Z, P, label_smoothing=0.25),
         "cross_entropy(Z, P, label_smoothing=0.25)", ["Z", "P"])
    case("cross_entropy, N×C×H×W scores and an N×H×W map of class indices",
         {"Z": uniform(2, 3, 2, 3), "T": integers(2, 2, 3, high=3)},
         lambda Z, T: F.cross_entropy(Z, T.long()), "cross_entropy(Z, T)", ["Z"])
    case("cross_entropy, N×C×H×W scores, index map, label_smoothing 0.2",
         {"Z": uniform(2, 4, 3, 2), "T": integers(2, 3, 2, high=4)},
         lambda Z, T: F.cross_entropy(Z, T.long(), label_smoothing=0.2),
         "cross_entropy(Z, T, label_smoothing=0.2)", ["Z"])
    case("cross_entropy, N×C×H×W scores and N×C×H×W probabilities",
         {"Z": uniform(2, 3, 2, 2), "P": F.softmax(uniform(2, 3, 2, 2), 1)},
         lambda Z, P: F.cross_entropy(Z, P), "cross_entropy(Z, P)", ["Z", "P"])
    case("cross_entropy, N×C×L scores and an N×L index target",
         {"Z": uniform(2, 3, 4), "T": integers(2, 4, high=3)},
         lambda Z, T: F.cross_entropy(Z, T.long()), "cross_entropy(Z, T)", ["Z"])
    case("cross_entropy of a network's output: the chain through linear",
         {"X": uniform(3, 4), "W": uniform(5, 4), "B": uniform(5), "T": torch.tensor([4.0, 1.0, 1.0])},
         lambda X, W, B, T: F.cross_entropy(F.linear(X, W, B), T.long()), "cross_entropy(linear(X, W, B), T)",
         ["X", "W", "B"])

    case("nll_loss, N×K log-probabilities", {"L": uniform(4, 3, low=-3, high=0), "T": torch.tensor([0.0, 2.0, 2.0, 1.0])},
         lambda L, T: F.nll_loss(L, T.long()), "nll_loss(L, T)", ["L"])
    case("nll_loss, a vector and one class index", {"L": uniform(5, low=-3, high=0), "T": torch.tensor(1.0)},
         lambda L, T: F.nll_loss(L, T.long()), "nll_loss(L, T)", ["L"])
    case("nll_loss, N×C×H×W and an N×H×W index map", {"L": uniform(2, 3, 2, 2, low=-3, high=0),
                                                      "T": integers(2, 2, 2, high=3)},
         lambda L, T: F.nll_loss(L, T.long()), "nll_loss(L, T)", ["L"])
    case("nll_loss of log_softmax is cross_entropy", {"Z": uniform(3, 5), "T": torch.tensor([4.0, 0.0, 2.0])},
         lambda Z, T: F.nll_loss(F.log_softmax(Z, -1), T.long()), "nll_loss(log_softmax(Z), T)", ["Z"])

    p = torch.tensor([[0.1, 0.5, 0.9], [0.25, 0.999, 0.01]])
    t = torch.tensor([[0.0, 1.0, 1.0], [0.3, 0.0, 1.0]])
    case("binary_cross_entropy", {"P": p, "T": t}, lambda P, T: F.binary_cross_entropy(P, T), "bce(P, T)",
         ["P", "T"])
    case("binary_cross_entropy at p = 0 and 1: logarithms clamped at −100",
         {"P": torch.tensor([0.0, 1.0, 0.0, 1.0]), "T": torch.tensor([0.0, 1.0, 1.0, 0.0])},
         lambda P, T: F.binary_cross_entropy(P, T), "bce(P, T)", ["P"])
    case("binary_cross_entropy of a sigmoid", {"Z": uniform(2, 3), "T": t},
         lambda Z, T: F.binary_cross_entropy(torch.sigmoid(Z), T), "bce(sigmoid(Z), T)", ["Z", "T"])
    case("binary_cross_entropy_with_logits", {"Z": uniform(2, 3, low=-40, high=40), "T": t},
         lambda Z, T: F.binary_cross_entropy_with_logits(Z, T), "bce_with_logits(Z, T)", ["Z", "T"])


def layers():
    x = uniform(2, 3, 4, 4)
    torch.manual_seed(7)
    p = 0.4
    dropped = F.dropout(torch.ones(2, 3, 4, 4), p, training=True)
    mask = (dropped != 0).to(torch.float64)

    def real_dropout(X):
        torch.manual_seed(7)
        return F.dropout(X, p, training=True)

    case("dropout p=0.4 in training mode; the mask PyTorch drew with seed 7", {"X": x, "M": mask},
         lambda X, M: real_dropout(X), "dropout(X, M, 0.4)", ["X"],
         "the mask is read back from PyTorch's own dropout of ones, so the values are its inverted scaling")

    case("layer_norm of C×H×W per sample, weight and bias per entry",
         {"X": x, "W": uniform(3, 4, 4), "B": uniform(3, 4, 4)},
         lambda X, W, B: F.layer_norm(X, (3, 4, 4), W, B), "layernorm(X, W, B)", ["X", "W", "B"])
    case("layer_norm of a vector", {"X": uniform(6)}, lambda X: F.layer_norm(X, (6,)), "layernorm(X)", ["X"])
    case("layer_norm of a matrix (one sample), eps 0.1", {"X": uniform(3, 4)},
         lambda X: F.layer_norm(X, (3, 4), eps=0.1), "layernorm(X, eps=0.1)", ["X"])
    case("group_norm, 2 groups of 2 channels, weight and bias per channel",
         {"X": uniform(2, 4, 3, 3), "W": uniform(4), "B": uniform(4)},
         lambda X, W, B: F.group_norm(X, 2, W, B), "groupnorm(X, 2, W, B)", ["X", "W", "B"])
    case("group_norm, one group", {"X": uniform(2, 3, 2, 2)}, lambda X: F.group_norm(X, 1), "groupnorm(X, 1)", ["X"])
    case("batch_norm in training mode, weight and bias per channel",
         {"X": uniform(3, 2, 3, 3), "W": uniform(2), "B": uniform(2)},
         lambda X, W, B: F.batch_norm(X, None, None, W, B, training=True), "batchnorm2d(X, W, B)", ["X", "W", "B"])
    case("batch_norm in training mode, eps 0.01", {"X": uniform(2, 3, 2, 2)},
         lambda X: F.batch_norm(X, None, None, training=True, eps=0.01), "batchnorm2d(X, eps=0.01)", ["X"])

    case("linear of N samples (rows)", {"X": uniform(3, 4), "W": uniform(2, 4), "B": uniform(2)},
         lambda X, W, B: F.linear(X, W, B), "linear(X, W, B)", ["X", "W", "B"])
    case("two-layer network, mse_loss, gradient of every weight",
         {"X": uniform(4), "W1": uniform(3, 4), "B1": uniform(3), "W2": uniform(2, 3), "B2": uniform(2),
          "T": uniform(2)},
         lambda X, W1, B1, W2, B2, T: F.mse_loss(W2 @ F.relu(W1 @ X + B1) + B2, T),
         "mse_loss(W2 @ relu(W1 @ X + B1) + B2, T)", ["X", "W1", "B1", "W2", "B2"])
    case("convolution, relu and max pooling, then a sum: a small CNN's backward pass",
         {"X": integers(1, 1, 6, 6, low=-2, high=3), "K": integers(2, 1, 3, 3, low=-1, high=2)},
         lambda X, K: F.max_pool2d(F.relu(F.conv2d(X, K, padding=1)), 2).sum(),
         "sum(maxpool2d(relu(conv2d(X, K, padding=1)), 2))", ["X", "K"],
         "integers: ReLU at 0 and ties in the pooling windows occur")


def resampling():
    x = uniform(1, 2, 3, 3)
    case("upsample nearest, scale 2", {"X": x}, lambda X: F.interpolate(X, scale_factor=2, mode="nearest"),
         "upsample(X, 2)", ["X"])
    case("upsample nearest, scale 3 of a matrix", {"X": integers(2, 3)},
         batch(lambda X: F.interpolate(X, scale_factor=3, mode="nearest")), "upsample(X, 3)", ["X"])
    case("upsample nearest, scale 1.5", {"X": uniform(1, 1, 4, 5)},
         lambda X: F.interpolate(X, scale_factor=1.5, mode="nearest"), "upsample(X, 1.5)", ["X"])
    case("upsample nearest, scale [2, 3]", {"X": x},
         lambda X: F.interpolate(X, scale_factor=(2, 3), mode="nearest"), "upsample(X, [2, 3])", ["X"])
    case("upsample nearest to size 5×7", {"X": x}, lambda X: F.interpolate(X, size=(5, 7), mode="nearest"),
         "upsample(X, size=[5, 7])", ["X"])
    case("upsample nearest to size 7 (both sides)", {"X": uniform(1, 1, 3, 4)},
         lambda X: F.interpolate(X, size=7, mode="nearest"), "upsample(X, size=7)", ["X"])
    for corners in (False, True):
        word = "true" if corners else "false"
        case("upsample bilinear, scale 2, align_corners=" + word, {"X": x},
             lambda X, corners=corners: F.interpolate(X, scale_factor=2, mode="bilinear", align_corners=corners),
             "upsample(X, 2, mode=bilinear, align_corners=%s)" % word, ["X"])
        case("upsample bilinear, scale 2.5, align_corners=" + word, {"X": uniform(2, 1, 3, 4)},
             lambda X, corners=corners: F.interpolate(X, scale_factor=2.5, mode="bilinear", align_corners=corners),
             "upsample(X, 2.5, mode=bilinear, align_corners=%s)" % word, ["X"])
        case("upsample bilinear to size 5×4, align_corners=" + word, {"X": x},
             lambda X, corners=corners: F.interpolate(X, size=(5, 4), mode="bilinear", align_corners=corners),
             "upsample(X, size=[5, 4], mode=bilinear, align_corners=%s)" % word, ["X"])
        case("upsample bilinear of a matrix to size 7, align_corners=" + word, {"X": integers(3, 3)},
             batch(lambda X, corners=corners: F.interpolate(X, size=7, mode="bilinear", align_corners=corners)),
             "upsample(X, size=7, mode=bilinear, align_corners=%s)" % word, ["X"])


def transforms():
    case("cat along the channels", {"A": uniform(2, 1, 2, 3), "B": uniform(2, 2, 2, 3)},
         lambda A, B: torch.cat([A, B], 1), "concat(A, B)", ["A", "B"])
    case("cat along dim 0", {"A": uniform(1, 3), "B": uniform(2, 3)},
         lambda A, B: torch.cat([A, B], 0), "concat(A, B, dim=0)", ["A", "B"])
    case("cat of matrices along dim 1 (columns)", {"A": uniform(2, 2), "B": uniform(2, 3)},
         lambda A, B: torch.cat([A, B], 1), "concat(A, B, dim=1)", ["A", "B"])
    case("unfold 3×3, stride 2, padding 1", {"X": uniform(1, 2, 5, 5)},
         lambda X: F.unfold(X, 3, stride=2, padding=1), "unfold(X, 3, stride=2, padding=1)", ["X"])
    case("unfold [2, 3], dilation [1, 2], a batch of 2", {"X": uniform(2, 1, 4, 6)},
         lambda X: F.unfold(X, (2, 3), dilation=(1, 2)), "unfold(X, [2, 3], dilation=[1, 2])", ["X"])
    case("unfold of a matrix (one channel)", {"X": integers(4, 4)},
         lambda X: F.unfold(X[None, None], 2)[0], "unfold(X, 2)", ["X"])
    case("pad [top, bottom, left, right] with a value", {"X": uniform(1, 1, 2, 3)},
         lambda X: F.pad(X, (2, 0, 1, 3), value=0.5), "pad(X, [1, 3, 2, 0], value=0.5)", ["X"])
    case("flip (rotation by 180°) and transpose", {"X": uniform(3, 4)},
         lambda X: torch.flip(X, (-2, -1)).transpose(-2, -1) * 2, "transpose(flip(X)) * 2", ["X"])
    case("flatten and matrix product", {"X": uniform(2, 2, 2), "W": uniform(3, 8)},
         lambda X, W: W @ X.reshape(-1), "W @ flatten(X)", ["X", "W"])
    case("reshape", {"X": uniform(2, 6)}, lambda X: X.reshape(3, 4) * X.reshape(3, 4), "reshape(X, [3, 4]) * "
         "reshape(X, [3, 4])", ["X"])


def edges():
    """Inputs where an implementation is easily a little off: extremes, unbatched ranks, downsampling."""
    big = torch.tensor([[-1000.0, -30.0, -8.0, 0.0, 8.0, 30.0, 1000.0]])
    case("sigmoid at extremes", {"X": big}, lambda X: torch.sigmoid(X), "sigmoid(X)", ["X"])
    case("tanh at extremes", {"X": big}, lambda X: torch.tanh(X), "tanh(X)", ["X"])
    case("softplus at extremes", {"X": big}, lambda X: F.softplus(X), "softplus(X)", ["X"])
    case("elu at extremes", {"X": big}, lambda X: F.elu(X), "elu(X)", ["X"])
    case("gelu at extremes", {"X": big}, lambda X: F.gelu(X), "gelu(X)", ["X"])
    case("silu at extremes", {"X": big}, lambda X: F.silu(X), "silu(X)", ["X"])
    case("leaky_relu, the default slope 0.01", {"X": big}, lambda X: F.leaky_relu(X), "leaky_relu(X)", ["X"])
    case("log_softmax of large logits", {"X": torch.tensor([[1000.0, 999.0, -1000.0], [0.0, 1e-3, -1e-3]])},
         lambda X: F.log_softmax(X, -1), "log_softmax(X)", ["X"])
    case("softmax of large logits", {"X": torch.tensor([[1000.0, 999.0, -1000.0], [0.0, 1e-3, -1e-3]])},
         lambda X: F.softmax(X, -1), "softmax(X)", ["X"])
    case("cross_entropy of large logits", {"Z": torch.tensor([[1000.0, 999.0, -1000.0], [50.0, -50.0, 0.0]]),
                                           "T": torch.tensor([2.0, 1.0])},
         lambda Z, T: F.cross_entropy(Z, T.long()), "cross_entropy(Z, T)", ["Z"])
    case("bce_with_logits at extreme logits", {"Z": big, "T": torch.tensor([[1.0, 0.0, 1.0, 0.5, 0.0, 1.0, 0.0]])},
         lambda Z, T: F.binary_cross_entropy_with_logits(Z, T), "bce_with_logits(Z, T)", ["Z", "T"])
    case("cross_entropy, target probabilities that do not sum to 1", {"Z": uniform(2, 3),
                                                                     "P": torch.tensor([[0.5, 0.5, 0.5],
                                                                                        [0.0, 0.2, 0.1]])},
         lambda Z, P: F.cross_entropy(Z, P), "cross_entropy(Z, P)", ["Z", "P"])
    case("cross_entropy, a vector of logits, one index, label_smoothing 0.3",
         {"Z": uniform(5), "T": torch.tensor(0.0)},
         lambda Z, T: F.cross_entropy(Z, T.long(), label_smoothing=0.3),
         "cross_entropy(Z, T, label_smoothing=0.3)", ["Z"])
    case("cross_entropy, label_smoothing 1: the uniform target", {"Z": uniform(2, 4), "T": torch.tensor([1.0, 3.0])},
         lambda Z, T: F.cross_entropy(Z, T.long(), label_smoothing=1.0),
         "cross_entropy(Z, T, label_smoothing=1)", ["Z"])
    case("nll_loss, N×C×L and an N×L index target", {"L": uniform(2, 4, 3, low=-3, high=0),
                                                     "T": integers(2, 3, high=4)},
         lambda L, T: F.nll_loss(L, T.long()), "nll_loss(L, T)", ["L"])
    case("mse_loss of vectors", {"Y": uniform(5), "T": uniform(5)}, lambda Y, T: F.mse_loss(Y, T),
         "mse_loss(Y, T)", ["Y", "T"])
    case("max − min with ties", {"X": torch.tensor([[2.0, -1.0], [2.0, -1.0], [0.0, 2.0]])},
         lambda X: X.max() - X.min(), "max(X) - min(X)", ["X"])
    case("mean of relu at zeros", {"X": torch.tensor([[0.0, 1.0], [-1.0, 0.0]])}, lambda X: F.relu(X).mean(),
         "mean(relu(X))", ["X"])

    case("conv2d of an unbatched C×H×W input with Cout kernels", {"X": uniform(2, 5, 4), "K": uniform(3, 2, 2, 2),
                                                                 "B": uniform(3)},
         lambda X, K, B: F.conv2d(X, K, B, padding=1), "conv2d(X, K, padding=1, bias=B)", ["X", "K", "B"])
    case("conv2d with full padding: d(k − 1) on every side (F.pad, then the convolution)",
         {"X": uniform(1, 1, 3, 4), "K": uniform(1, 1, 2, 3)},
         lambda X, K: F.conv2d(F.pad(X, (4, 4, 2, 2)), K, dilation=2), "conv2d(X, K, padding=full, dilation=2)",
         ["X", "K"])
    case("conv2d with padding same and stride 2: TensorFlow's padding, extra at the bottom and right",
         {"X": uniform(1, 1, 6, 5), "K": uniform(1, 1, 3, 3)},
         lambda X, K: F.conv2d(F.pad(X, (1, 1, 0, 1)), K, stride=2), "conv2d(X, K, stride=2, padding=same)",
         ["X", "K"])
    case("conv2d, padding same with an even kernel 2×4: the extra row and columns at the bottom and right",
         {"X": uniform(1, 2, 4, 5), "K": uniform(2, 2, 2, 4), "B": uniform(2)},
         lambda X, K, B: F.conv2d(X, K, B, padding="same"), "conv2d(X, K, padding=same, bias=B)", ["X", "K", "B"])
    case("max_pool2d 3×3 stride 2 dilation 2 ceil_mode, integers", {"X": integers(1, 1, 8, 8, high=3)},
         lambda X: F.max_pool2d(X, 3, stride=2, dilation=2, ceil_mode=True),
         "maxpool2d(X, 3, stride=2, dilation=2, ceil_mode=true)", ["X"])
    case("conv_transpose2d of an unbatched C×H×W input", {"X": uniform(2, 3, 3), "K": uniform(2, 2, 2, 2)},
         lambda X, K: F.conv_transpose2d(X, K, stride=2), "conv_transpose2d(X, K, stride=2)", ["X", "K"])
    case("max_pool2d of an unbatched C×H×W input, integers", {"X": integers(2, 4, 4, high=3)},
         lambda X: F.max_pool2d(X, 2), "maxpool2d(X, 2)", ["X"])
    case("adaptive_avg_pool2d to a larger output (overlapping windows)", {"X": uniform(1, 1, 3, 3)},
         lambda X: F.adaptive_avg_pool2d(X, 5), "adaptive_avgpool2d(X, 5)", ["X"])
    case("adaptive_max_pool2d to a larger output, integers", {"X": integers(1, 1, 3, 4, high=3)},
         lambda X: F.adaptive_max_pool2d(X, (5, 6)), "adaptive_maxpool2d(X, [5, 6])", ["X"])
    case("unfold with padding [1, 0] and stride [1, 2]", {"X": uniform(1, 2, 3, 5)},
         lambda X: F.unfold(X, 2, padding=(1, 0), stride=(1, 2)), "unfold(X, 2, stride=[1, 2], padding=[1, 0])",
         ["X"])
    case("group_norm with a group per channel (instance norm)", {"X": uniform(2, 3, 3, 2)},
         lambda X: F.group_norm(X, 3), "groupnorm(X, 3)", ["X"])
    case("batch_norm of a constant channel: only ε in the denominator", {"X": torch.cat(
        [torch.full((2, 1, 2, 2), 3.0), uniform(2, 1, 2, 2)], 1)},
         lambda X: F.batch_norm(X, None, None, training=True), "batchnorm2d(X)", ["X"])
    case("matrix product of matrices", {"A": uniform(2, 3), "B": uniform(3, 4)}, lambda A, B: A @ B, "A @ B",
         ["A", "B"])

    for factor in (0.5, 0.6, 1.7, 2.2):
        case("upsample nearest, scale %s" % factor, {"X": uniform(1, 1, 5, 7)},
             lambda X, factor=factor: F.interpolate(X, scale_factor=factor, mode="nearest"),
             "upsample(X, %s)" % factor, ["X"])
        for corners in (False, True):
            word = "true" if corners else "false"
            case("upsample bilinear, scale %s, align_corners=%s" % (factor, word), {"X": uniform(1, 1, 5, 7)},
                 lambda X, factor=factor, corners=corners: F.interpolate(X, scale_factor=factor, mode="bilinear",
                                                                         align_corners=corners),
                 "upsample(X, %s, mode=bilinear, align_corners=%s)" % (factor, word), ["X"])
    case("upsample nearest to a smaller size 3×4", {"X": uniform(1, 1, 5, 7)},
         lambda X: F.interpolate(X, size=(3, 4), mode="nearest"), "upsample(X, size=[3, 4])", ["X"])
    case("upsample bilinear to a smaller size 3×4", {"X": uniform(1, 1, 5, 7)},
         lambda X: F.interpolate(X, size=(3, 4), mode="bilinear"), "upsample(X, size=[3, 4], mode=bilinear)", ["X"])
    case("upsample bilinear to size 1×1 with align_corners", {"X": uniform(1, 1, 3, 3)},
         lambda X: F.interpolate(X, size=1, mode="bilinear", align_corners=True),
         "upsample(X, size=1, mode=bilinear, align_corners=true)", ["X"])
    case("upsample nearest to size 13 from 6: sides that do not divide", {"X": uniform(1, 1, 6, 6)},
         lambda X: F.interpolate(X, size=13, mode="nearest"), "upsample(X, size=13)", ["X"])
    case("upsample bilinear of a matrix, scale [2, 3], align_corners", {"X": integers(3, 3)},
         batch(lambda X: F.interpolate(X, scale_factor=(2, 3), mode="bilinear", align_corners=True)),
         "upsample(X, [2, 3], mode=bilinear, align_corners=true)", ["X"])
    case("batch statistics: the mean per channel over N·H·W", {"X": uniform(2, 3, 2, 2)},
         lambda X: X.mean((0, 2, 3)), "bn_mean(X)", ["X"])
    case("batch statistics: the biased variance per channel", {"X": uniform(2, 3, 2, 2)},
         lambda X: X.var((0, 2, 3), unbiased=False), "bn_var(X)", ["X"])
    case("batch statistics: the unbiased variance per channel", {"X": uniform(2, 3, 2, 2)},
         lambda X: X.var((0, 2, 3), unbiased=True), "bn_var(X, unbiased=true)", ["X"])
    case("linear of one sample (a vector)", {"X": uniform(4), "W": uniform(3, 4), "B": uniform(3)},
         lambda X, W, B: F.linear(X, W, B), "linear(X, W, B)", ["X", "W", "B"])
    case("a list of numbers computed from the input (torch.stack)", {"X": torch.tensor([[1.0, 4.0], [4.0, -2.0]])},
         lambda X: torch.stack([X.sum(), X.max(), (X * X).mean()]), "[sum(X), max(X), mean(X * X)]", ["X"])
    case("dropout: the gradient for its input through a further loss", {"X": uniform(3, 4), "M": _mask((3, 4), 0.25, 5),
                                                                        "T": uniform(3, 4)},
         lambda X, M, T: F.mse_loss(_dropout(X, 0.25, 5), T), "mse_loss(dropout(X, M, 0.25), T)", ["X", "T"])
    case("dropout p=0.5 of a matrix; the mask PyTorch drew with seed 11",
         {"X": uniform(4, 5), "M": _mask((4, 5), 0.5, 11)}, lambda X, M: _dropout(X, 0.5, 11), "dropout(X, M, 0.5)",
         ["X"])


def _mask(shape, p, seed):
    torch.manual_seed(seed)
    return (F.dropout(torch.ones(*shape), p, training=True) != 0).to(torch.float64)


def _dropout(x, p, seed):
    torch.manual_seed(seed)
    return F.dropout(x, p, training=True)


def weighted_losses():
    """The class weights and ignore_index of cross_entropy and nll_loss."""
    weight = torch.tensor([0.5, 2.0, 1.0, 0.25])
    case("cross_entropy, N×K, class weights", {"Z": uniform(5, 4), "T": torch.tensor([0.0, 1.0, 3.0, 1.0, 2.0]),
                                              "W": weight},
         lambda Z, T, W: F.cross_entropy(Z, T.long(), weight=W), "cross_entropy(Z, T, weight=W)", ["Z"])
    case("cross_entropy, N×K, targets −100 ignored (the default ignore_index)",
         {"Z": uniform(4, 3), "T": torch.tensor([2.0, -100.0, 0.0, -100.0])},
         lambda Z, T: F.cross_entropy(Z, T.long()), "cross_entropy(Z, T)", ["Z"])
    case("cross_entropy, N×C×H×W, ignore_index 0 (the background), class weights, label_smoothing 0.1",
         {"Z": uniform(2, 4, 2, 3), "T": integers(2, 2, 3, high=4), "W": weight},
         lambda Z, T, W: F.cross_entropy(Z, T.long(), weight=W, ignore_index=0, label_smoothing=0.1),
         "cross_entropy(Z, T, weight=W, ignore_index=0, label_smoothing=0.1)", ["Z"])
    case("cross_entropy, probabilities, class weights, label_smoothing 0.2",
         {"Z": uniform(3, 4), "P": F.softmax(uniform(3, 4), -1), "W": weight},
         lambda Z, P, W: F.cross_entropy(Z, P, weight=W, label_smoothing=0.2),
         "cross_entropy(Z, P, weight=W, label_smoothing=0.2)", ["Z", "P"])
    case("nll_loss, N×C×H×W, class weights and ignore_index 2",
         {"L": uniform(2, 4, 2, 2, low=-3, high=0), "T": integers(2, 2, 2, high=4), "W": weight},
         lambda L, T, W: F.nll_loss(L, T.long(), weight=W, ignore_index=2),
         "nll_loss(L, T, weight=W, ignore_index=2)", ["L"])
    case("nll_loss, a vector, a class weight", {"L": uniform(4, low=-3, high=0), "T": torch.tensor(1.0), "W": weight},
         lambda L, T, W: F.nll_loss(L, T.long(), weight=W), "nll_loss(L, T, weight=W)", ["L"])


def main():
    convolutions()
    pooling()
    activations()
    reductions()
    losses()
    layers()
    resampling()
    transforms()
    edges()
    weighted_losses()
    document = {
        "generator": "generate.py",
        "torch": torch.__version__,
        "dtype": "float64",
        "tolerance": "|ours − torch| ≤ 1e-9·|torch| + 1e-12, entry by entry",
        "cases": CASES,
    }
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "cases.json")
    with open(path, "w", encoding="utf-8") as out:
        json.dump(document, out, indent=1, ensure_ascii=False)
        out.write("\n")
    print("%d cases, %d checks written to %s" % (len(CASES), sum(len(c["checks"]) for c in CASES), path))


if __name__ == "__main__":
    main()
