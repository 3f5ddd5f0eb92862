package io.orgkit.excel.internal;

import io.orgkit.core.io.ImportLimits;
import java.util.Arrays;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The workbook's shared-strings table, read once by a SAX pass into a plain array: each {@code <si>} becomes one
 * {@code String} (its text runs joined, phonetic runs left out), so a cell costs an array look-up. Bounded: at most
 * {@link ImportLimits#maxSharedStrings()} texts of at most {@link ImportLimits#MAX_CELL_CHARS} characters each (the
 * part's size is bounded by {@link BoundedInput}). A failure quotes none of the texts.
 */
final class SharedTexts extends DefaultHandler {

    private final int max;
    private final StringBuilder text = new StringBuilder();
    private String[] texts = new String[1024];
    private int size;
    private boolean inText;
    private int phonetic;

    SharedTexts(int max) {
        this.max = max;
    }

    /** The text at {@code raw}, a cell's {@code <v>} of type {@code s}; refuses an index the table lacks. */
    String get(String raw, int row) {
        int i = CellRefs.positive(raw.strip(), Integer.MAX_VALUE);
        if (i < 0 || i >= size) {
            throw XlsxChecks.refused("a cell of row " + row + " refers to a shared text the workbook does not have"
                    + " (the workbook is damaged); open it in Excel and save it again");
        }
        return texts[i];
    }

    int size() {
        return size;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) {
        switch (SheetHandler.local(localName, qName)) {
            case "si" -> startItem();
            case "t" -> inText = phonetic == 0;
            case "rPh" -> phonetic++;
            default -> {}
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        switch (SheetHandler.local(localName, qName)) {
            case "si" -> endItem();
            case "t" -> inText = false;
            case "rPh" -> phonetic--;
            default -> {}
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (!inText) {
            return;
        }
        if (text.length() + length > ImportLimits.MAX_CELL_CHARS) {
            throw XlsxChecks.refused("text number " + (size + 1) + " of the workbook's shared strings is longer than "
                    + ImportLimits.MAX_CELL_CHARS + " characters, Excel's limit for a cell; this workbook was not"
                    + " written by Excel: open it in Excel and save it again");
        }
        text.append(ch, start, length);
    }

    private void startItem() {
        if (size == max) {
            throw XlsxChecks.refused("the workbook's shared-strings table holds more than " + max + " texts, the"
                    + " limit (ImportLimits.maxSharedStrings); split the file into smaller ones");
        }
        text.setLength(0);
        phonetic = 0;
    }

    private void endItem() {
        if (size == texts.length) {
            texts = Arrays.copyOf(texts, (int) Math.min((long) size * 2, max));
        }
        texts[size++] = CellRefs.decode(text.toString());
    }
}
