package org.cnngrader.sheet;

import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.util.Matrix;

/**
 * The horizontal lines one PDF page draws, traced from its path operators, so that text a student struck through
 * ({@code ~~2~~ 1} in Markdown, {@code \sout} or {@code \st} in LaTeX, strikethrough in Word or LibreOffice) is passed
 * over as a reader passes over it, as the Word and Markdown readers do. Every one of those draws the line as a path
 * apart from the text: a stroked segment ({@code m l S}: soul, LibreOffice) or a thin filled rectangle
 * ({@code re f}: ulem's rule).
 *
 * <p>A line strikes a glyph when it crosses the glyph's middle: between 0.18 and 0.42 of the font size above the
 * baseline (soul, ulem and LibreOffice all strike at 0.28; Chromium sets a fraction's bar 0.58 above its
 * denominator's baseline), no thicker than a fifth of that size, over the glyph's width but a fifth at either end. An underline lies
 * under the baseline, a table's rules between rows, a fraction's bar above its denominator and under its numerator,
 * a radical's bar starts where its sign ends, a highlight is as tall as the text: none of them crosses a glyph's
 * middle.
 *
 * <p>Fed operator by operator while PDFBox extracts the page's text; coordinates are kept as the text's are, from
 * the crop box's top left. A rotated page is not traced (its text is read as before, nothing struck).
 */
final class StrikeLines {

    /** The most lines kept of a page: a drawing of many thousand strokes is no text's strikes. */
    private static final int MAX_LINES = 10_000;

    /** A horizontal line from {@code left} to {@code right} at {@code y} from the top, {@code thickness} thick. */
    record Line(double left, double right, double y, double thickness) {
    }

    private final boolean traced;
    private final double cropLeft;
    private final double cropTop;
    private final List<Line> lines = new ArrayList<>();
    /** The current path's subpaths, each a list of points from the top left of the crop box. */
    private final List<List<Point2D.Double>> subpaths = new ArrayList<>();
    private List<Point2D.Double> subpath;

    StrikeLines(PDRectangle cropBox, int rotation) {
        this.traced = rotation % 360 == 0;
        this.cropLeft = cropBox.getLowerLeftX();
        this.cropTop = cropBox.getUpperRightY();
    }

    /** The lines traced so far. */
    List<Line> lines() {
        return List.copyOf(lines);
    }

    /**
     * Whether a line crosses the middle of a glyph at {@code x} (its left edge), {@code width} wide, on a baseline
     * {@code baseline} from the top, in a font of {@code size}.
     */
    boolean strikes(double x, double width, double baseline, double size) {
        for (Line line : lines) {
            if (line.left() <= x + 0.2 * width && x + 0.8 * width <= line.right() && line.thickness() <= size / 5
                    && line.y() >= baseline - 0.42 * size && line.y() <= baseline - 0.18 * size) {
                return true;
            }
        }
        return false;
    }

    /**
     * Traces one operator of the page's content: path construction adds to the current path, painting it keeps its
     * horizontal lines, {@code n} (a clip's end) drops it.
     *
     * @param transform the current transformation matrix
     * @param lineWidth the current line width, in user space
     */
    void operator(String name, List<COSBase> operands, Matrix transform, double lineWidth) {
        if (!traced) {
            return;
        }
        switch (name) {
            case "m" -> {
                subpath = new ArrayList<>();
                subpaths.add(subpath);
                point(operands, 0, transform).ifPresent(subpath::add);
            }
            case "l" -> point(operands, 0, transform).ifPresent(this::lineTo);
            case "c" -> point(operands, 4, transform).ifPresent(this::curveTo);
            case "v", "y" -> point(operands, 2, transform).ifPresent(this::curveTo);
            case "re" -> rectangle(operands, transform);
            case "h" -> {
                if (subpath != null && !subpath.isEmpty()) {
                    subpath.add(subpath.get(0));
                }
            }
            case "S", "s" -> {
                stroke(transform, lineWidth);
                clear();
            }
            case "f", "F", "f*" -> {
                fill();
                clear();
            }
            case "B", "B*", "b", "b*" -> {
                stroke(transform, lineWidth);
                fill();
                clear();
            }
            case "n" -> clear();
            default -> {
                // Not a path operator.
            }
        }
    }

    private void lineTo(Point2D.Double point) {
        if (subpath == null) {
            subpath = new ArrayList<>();
            subpaths.add(subpath);
        }
        subpath.add(point);
    }

    /** A curve ends the subpath's straight run: its end starts a new one, so that no curve reads as a line. */
    private void curveTo(Point2D.Double end) {
        subpath = new ArrayList<>();
        subpaths.add(subpath);
        subpath.add(end);
    }

    private void rectangle(List<COSBase> operands, Matrix transform) {
        if (operands.size() < 4 || !operands.stream().limit(4).allMatch(COSNumber.class::isInstance)) {
            return;
        }
        double x = ((COSNumber) operands.get(0)).floatValue();
        double y = ((COSNumber) operands.get(1)).floatValue();
        double width = ((COSNumber) operands.get(2)).floatValue();
        double height = ((COSNumber) operands.get(3)).floatValue();
        subpath = new ArrayList<>(List.of(onPage(x, y, transform), onPage(x + width, y, transform),
                onPage(x + width, y + height, transform), onPage(x, y + height, transform), onPage(x, y, transform)));
        subpaths.add(subpath);
    }

    /** Every horizontal segment of the path, as thick as the line width drawn at the page's scale. */
    private void stroke(Matrix transform, double lineWidth) {
        double thickness = Math.max(lineWidth * Math.abs(transform.getScalingFactorY()), 0.1);
        for (List<Point2D.Double> points : subpaths) {
            for (int index = 1; index < points.size(); index++) {
                Point2D.Double from = points.get(index - 1);
                Point2D.Double to = points.get(index);
                if (Math.abs(from.y - to.y) < 0.05 && Math.abs(from.x - to.x) > 0.5) {
                    add(new Line(Math.min(from.x, to.x), Math.max(from.x, to.x), from.y, thickness));
                }
            }
        }
    }

    /** Every subpath filled that is a thin horizontal band: a line drawn as a rectangle. */
    private void fill() {
        for (List<Point2D.Double> points : subpaths) {
            if (points.size() < 3) {
                continue;
            }
            double left = points.stream().mapToDouble(point -> point.x).min().orElseThrow();
            double right = points.stream().mapToDouble(point -> point.x).max().orElseThrow();
            double top = points.stream().mapToDouble(point -> point.y).min().orElseThrow();
            double bottom = points.stream().mapToDouble(point -> point.y).max().orElseThrow();
            double thickness = bottom - top;
            if (right - left > 3 * thickness && right - left > 0.5) {
                add(new Line(left, right, (top + bottom) / 2, thickness));
            }
        }
    }

    private void add(Line line) {
        if (lines.size() < MAX_LINES) {
            lines.add(line);
        }
    }

    private void clear() {
        subpaths.clear();
        subpath = null;
    }

    private Optional<Point2D.Double> point(List<COSBase> operands, int first, Matrix transform) {
        if (operands.size() < first + 2 || !(operands.get(first) instanceof COSNumber x)
                || !(operands.get(first + 1) instanceof COSNumber y)) {
            return Optional.empty();
        }
        return Optional.of(onPage(x.floatValue(), y.floatValue(), transform));
    }

    /** A point of user space on the page as the text's positions give it: from the crop box's left and top. */
    private Point2D.Double onPage(double x, double y, Matrix transform) {
        Point2D.Float device = transform.transformPoint((float) x, (float) y);
        return new Point2D.Double(device.x - cropLeft, cropTop - device.y);
    }
}
