package org.cnngrader.sheet;

import java.nio.file.Path;
import java.util.List;

/**
 * Reads one submission file into answer sheets: one per team it holds (a wide CSV or XLSX may hold
 * several). A sheet's team is empty when the file does not name it; the caller then names it
 * after the file or folder.
 */
public interface SheetReader {

    /**
     * @param source the name the reports give the file (relative to the submissions folder)
     * @throws UnreadableException when the file cannot be read at all, with the reason
     */
    List<AnswerSheet> read(Path file, String source, SheetSpec spec) throws UnreadableException;
}
