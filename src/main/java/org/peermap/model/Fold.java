package org.peermap.model;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.SpoofChecker;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Folds one character for matching names, so that text that looks like a name, or reads as one once
 * printed, matches it: Unicode NFKC with case folding (fullwidth and mathematical letters, ligatures such as
 * "ﬁ", "ß" as "ss"), invisible characters removed (zero-width spaces and joiners, soft hyphens, the byte
 * order mark, direction marks and overrides, control characters: they have no width when drawn), letters
 * that look alike mapped to one (Unicode TR39 confusables, through ICU4J's {@link SpoofChecker}: Cyrillic
 * "о" as "o", "ı" as "i", "ł" as "l", "ø" as "o"), small capitals as their letter, and accents removed.
 * Line and paragraph separators, tabs and line breaks fold to a space. ASCII letters and digits are only
 * lower-cased: "A1" is not "Al", and "0" not "O".
 */
public final class Fold {
    private static final Normalizer2 NFKC_CASEFOLD = Normalizer2.getNFKCCasefoldInstance();
    private static final Normalizer2 NFD = Normalizer2.getNFDInstance();
    private static final SpoofChecker SPOOF = new SpoofChecker.Builder().build();
    private static final String SMALL_CAPITAL = "LATIN LETTER SMALL CAPITAL ";
    private static final ConcurrentHashMap<Integer, String> CACHE = new ConcurrentHashMap<>();

    private Fold() {}

    /** The folded form of code point {@code cp}: lower case, possibly empty or several characters. */
    public static String of(int cp) {
        if (cp < 0x80) {
            if (cp == '\t' || cp == '\n' || cp == '\r') {
                return " ";
            }
            if (cp < 0x20 || cp == 0x7f) {
                return "";
            }
            return String.valueOf((char) Character.toLowerCase(cp));
        }
        return CACHE.computeIfAbsent(cp, Fold::fold);
    }

    /** True for characters that draw nothing or change how text around them is drawn (see {@link #of}). */
    public static boolean invisible(int cp) {
        int type = Character.getType(cp);
        return UCharacter.hasBinaryProperty(cp, UProperty.DEFAULT_IGNORABLE_CODE_POINT)
                || type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR;
    }

    private static String fold(int cp) {
        int type = Character.getType(cp);
        if (type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR || cp == 0x85) {
            return " ";
        }
        if (invisible(cp)) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        NFKC_CASEFOLD.normalize(new String(Character.toChars(cp))).codePoints().forEach(c -> {
            if (c < 0x80) {
                out.append((char) Character.toLowerCase(c));
                return;
            }
            String name = UCharacter.getName(c);
            if (name != null && name.startsWith(SMALL_CAPITAL) && name.length() == SMALL_CAPITAL.length() + 1) {
                out.append(Character.toLowerCase(name.charAt(SMALL_CAPITAL.length())));
                return;
            }
            String skeleton = NFD.normalize(SPOOF.getSkeleton(new String(Character.toChars(c))));
            skeleton.codePoints().filter(k -> !isMark(k)).forEach(k -> {
                if (k < 0x80) {
                    out.append((char) Character.toLowerCase(k));
                } else {
                    out.append(NFKC_CASEFOLD.normalize(new String(Character.toChars(k))).toLowerCase(Locale.ROOT));
                }
            });
        });
        return out.toString();
    }

    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }
}
