package org.cnngrader.report;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The folder each team's reports go to: the team's name reduced to letters, digits, spaces, dots,
 * dashes and underscores, never {@code .} or {@code ..}, at most 80 characters, and unique
 * (a suffix {@code -2}, {@code -3} … in team order). A team name can never lead out of the output
 * folder.
 */
public final class TeamFolders {

    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern UNSAFE = Pattern.compile("[^A-Za-z0-9 ._-]");
    private static final Pattern UNDERSCORES = Pattern.compile("_+");
    private static final Pattern WINDOWS_DEVICES = Pattern.compile("(?i)(CON|PRN|AUX|NUL|COM[0-9]|LPT[0-9])([ .].*)?");

    /** The longest folder name given. */
    private static final int MAX_LENGTH = 80;

    private static final Pattern EDGES = Pattern.compile("^[.\\s]+|[.\\s]+$");

    private TeamFolders() {
    }

    /** The folder of every team, by team name, for teams in the order given. */
    public static Map<String, String> assign(List<String> teams) {
        Map<String, String> folders = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>();
        for (String team : teams) {
            String base = safe(team);
            String folder = base;
            for (int suffix = 2; !taken.add(folder.toLowerCase(Locale.ROOT)); suffix++) {
                folder = base + "-" + suffix;
            }
            folders.put(team, folder);
        }
        return folders;
    }

    /** A safe folder name for {@code team}. */
    public static String safe(String team) {
        // Only the first characters can be kept: cutting first bounds the patterns' work by a name of any length.
        String start = team.length() > 4 * MAX_LENGTH ? team.substring(0, 4 * MAX_LENGTH) : team;
        String ascii = MARKS.matcher(Normalizer.normalize(start, Normalizer.Form.NFKD)).replaceAll("");
        String safe = EDGES.matcher(UNDERSCORES.matcher(UNSAFE.matcher(ascii).replaceAll("_")).replaceAll("_").strip())
                .replaceAll("");
        if (safe.length() > MAX_LENGTH) {
            safe = safe.substring(0, MAX_LENGTH).strip();
        }
        if (safe.isEmpty() || safe.chars().allMatch(c -> c == '.' || c == '_')) {
            return "team";
        }
        // Windows opens a device, not a folder, for these names, whatever follows a dot (CON, nul.txt, COM1).
        return WINDOWS_DEVICES.matcher(safe).matches() ? "_" + safe : safe;
    }
}
