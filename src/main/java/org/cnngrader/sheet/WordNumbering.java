package org.cnngrader.sheet;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumPr;

/**
 * The numbers Word writes before numbered paragraphs (a heading "1.2" of a multilevel list), which are in the
 * document's numbering, not in the paragraph's text: read in the body's order, as Word counts them. A question's
 * heading numbered so is found by its number as if typed.
 */
final class WordNumbering {

    /** The levels a list may have (Word's nine). */
    private static final int LEVELS = 9;

    /** A level not counted yet since its list began or a level above it moved on. */
    private static final int UNSEEN = Integer.MIN_VALUE;

    private final XWPFDocument document;
    /**
     * Each list's counters, by level, kept per abstract list: Word goes on counting across the numberings that
     * share one (a heading style's list used under several numbering ids).
     */
    private final Map<BigInteger, int[]> counters = new HashMap<>();

    WordNumbering(XWPFDocument document) {
        this.document = document;
    }

    /**
     * The number Word shows before {@code paragraph}, followed by a space ("1.2 "), or nothing: a paragraph of no
     * list, a bullet, or a numbering this reading does not know (it counts decimal, letters and roman numerals).
     */
    String label(XWPFParagraph paragraph) {
        XWPFNumbering numbering = document.getNumbering();
        Optional<CTNumPr> numberedBy = numbering == null ? Optional.empty() : numberedBy(paragraph);
        if (numberedBy.isEmpty() || !numberedBy.get().isSetNumId()) {
            return "";
        }
        BigInteger numId = numberedBy.get().getNumId().getVal();
        XWPFNum num = numbering.getNum(numId);
        if (num == null || num.getCTNum().getAbstractNumId() == null) {
            return "";
        }
        BigInteger listId = num.getCTNum().getAbstractNumId().getVal();
        XWPFAbstractNum list = numbering.getAbstractNum(listId);
        if (list == null) {
            return "";
        }
        CTLvl[] levels = new CTLvl[LEVELS];
        for (CTLvl level : list.getCTAbstractNum().getLvlList()) {
            int index = level.getIlvl() == null ? -1 : level.getIlvl().intValue();
            if (index >= 0 && index < LEVELS) {
                levels[index] = level;
            }
        }
        int at = level(numberedBy.get(), levels, paragraph.getStyleID());
        if (at < 0 || at >= LEVELS || levels[at] == null) {
            return "";
        }
        int[] count = counters.computeIfAbsent(listId, unused -> unseen());
        count[at] = count[at] == UNSEEN ? start(levels[at]) : count[at] + 1;
        for (int deeper = at + 1; deeper < LEVELS; deeper++) {
            count[deeper] = UNSEEN;
        }
        if (levels[at].getLvlText() == null || levels[at].getLvlText().getVal() == null) {
            return "";
        }
        String pattern = levels[at].getLvlText().getVal();
        StringBuilder label = new StringBuilder();
        for (int index = 0; index < pattern.length(); index++) {
            char character = pattern.charAt(index);
            if (character == '%' && index + 1 < pattern.length() && Character.isDigit(pattern.charAt(index + 1))) {
                int of = pattern.charAt(++index) - '1';
                if (of < 0 || of >= LEVELS || levels[of] == null) {
                    return "";
                }
                Optional<String> number = formatted(count[of] == UNSEEN ? start(levels[of]) : count[of], levels[of]);
                if (number.isEmpty()) {
                    return "";
                }
                label.append(number.get());
            } else {
                label.append(character);
            }
        }
        return label.toString().isBlank() ? "" : label.toString().strip() + " ";
    }

    private static int[] unseen() {
        int[] count = new int[LEVELS];
        Arrays.fill(count, UNSEEN);
        return count;
    }

    /** The paragraph's list and level: its own, else its style's, or the style's that style is based on. */
    private Optional<CTNumPr> numberedBy(XWPFParagraph paragraph) {
        if (paragraph.getCTP().getPPr() != null && paragraph.getCTP().getPPr().getNumPr() != null) {
            return Optional.of(paragraph.getCTP().getPPr().getNumPr());
        }
        String styleId = paragraph.getStyleID();
        for (int depth = 0; styleId != null && document.getStyles() != null && depth < 10; depth++) {
            XWPFStyle style = document.getStyles().getStyle(styleId);
            if (style == null) {
                return Optional.empty();
            }
            if (style.getCTStyle().getPPr() != null && style.getCTStyle().getPPr().getNumPr() != null) {
                return Optional.of(style.getCTStyle().getPPr().getNumPr());
            }
            styleId = style.getCTStyle().getBasedOn() == null ? null : style.getCTStyle().getBasedOn().getVal();
        }
        return Optional.empty();
    }

    /** The level: the one given, else the list's level linked to the paragraph's style, else the first. */
    private static int level(CTNumPr numberedBy, CTLvl[] levels, String styleId) {
        if (numberedBy.isSetIlvl()) {
            return numberedBy.getIlvl().getVal().intValue();
        }
        for (int index = 0; index < LEVELS; index++) {
            if (levels[index] != null && levels[index].getPStyle() != null && styleId != null
                    && styleId.equals(levels[index].getPStyle().getVal())) {
                return index;
            }
        }
        return 0;
    }

    private static int start(CTLvl level) {
        return level.getStart() == null || level.getStart().getVal() == null ? 1 : level.getStart().getVal().intValue();
    }

    /** A count as the level writes it: {@code 3}, {@code c}, {@code C}, {@code iii}, {@code III}. */
    private static Optional<String> formatted(int count, CTLvl level) {
        String format = level.getNumFmt() == null || level.getNumFmt().getVal() == null ? "decimal"
                : level.getNumFmt().getVal().toString();
        return switch (format) {
            case "decimal", "decimalZero" -> Optional.of(Integer.toString(count));
            case "lowerLetter" -> Optional.of(letters(count).toLowerCase(Locale.ROOT));
            case "upperLetter" -> Optional.of(letters(count));
            case "lowerRoman" -> Optional.of(roman(count).toLowerCase(Locale.ROOT));
            case "upperRoman" -> Optional.of(roman(count));
            default -> Optional.empty();
        };
    }

    /** Word's letters: A … Z, then AA … ZZ. */
    private static String letters(int count) {
        if (count < 1) {
            return Integer.toString(count);
        }
        char letter = (char) ('A' + (count - 1) % 26);
        return String.valueOf(letter).repeat((count - 1) / 26 + 1);
    }

    private static String roman(int count) {
        if (count < 1 || count > 3999) {
            return Integer.toString(count);
        }
        int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] symbols = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        StringBuilder roman = new StringBuilder();
        int rest = count;
        for (int index = 0; index < values.length; index++) {
            while (rest >= values[index]) {
                roman.append(symbols[index]);
                rest -= values[index];
            }
        }
        return roman.toString();
    }
}
