import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Derives the catalog's kanji folding table from the national standards' variant tables in
 * {@code shared/data/kanji-variants} (常用漢字表, 人名用漢字, 表外漢字字体表, JIS X 0213 old forms), which the
 * repository does not copy. Run by the build of library-ejb (generate-resources) as a single-file program:
 *
 * <pre>java KanjiFoldingTable.java &lt;kanji-variants folder&gt; &lt;supplement file&gt; &lt;output file&gt;</pre>
 *
 * <p>Every pair of the tables joins its two characters into one group (so 邊, 邉 and 辺 end in one group when
 * the tables chain them); each group folds to its modern form: the 新字体 of the 常用漢字表, else the
 * simplified form of JIS X 0213 or the 簡易慣用字体 of the 表外漢字字体表, else the 正字 of 人名用漢字. Ideographic
 * variation selectors are stripped and every character is NFKC-normalised, as catalog text is. The output
 * has one line per folded character: {@code variant TAB modern form}.
 *
 * <p>When the folder is not where it was named, the program looks for {@code shared/data/kanji-variants} in
 * the working directory and the folders above it (a worktree of the clone sits deeper than the clone).
 */
public class KanjiFoldingTable {

    private static final int JOYO = 3;

    private final Map<Integer, Integer> parent = new HashMap<>();
    /** Which modern form an old form was first given. */
    private final Map<Integer, Integer> claimed = new HashMap<>();
    /** How modern a character is: higher wins the group. */
    private final Map<Integer, Integer> modern = new HashMap<>();

    public static void main(String[] args) throws IOException {
        Path tables = locate(Path.of(args[0]));
        Path supplement = Path.of(args[1]);
        Path out = Path.of(args[2]);
        KanjiFoldingTable table = new KanjiFoldingTable();
        int pairs = 0;
        for (String line : lines(tables.resolve("joyo-variants.txt"))) {
            pairs += table.csv(line, JOYO, 0);
        }
        for (String line : lines(tables.resolve("jinmei-variants.txt"))) {
            pairs += table.csv(line, 1, 0);
        }
        for (String line : lines(tables.resolve("hyogai-variants.txt"))) {
            pairs += table.csv(line, 0, 2);
        }
        for (String line : lines(tables.resolve("jp-old-style.txt"))) {
            String[] cols = line.split("\t");
            if (cols.length >= 2) {
                String simplified = clean(cols[0]);
                pairs += table.pair(simplified, clean(cols[1]), 2, 0);
                if (cols.length >= 3 && !cols[2].isBlank()) {
                    pairs += table.pair(simplified, clean(cols[2]), 2, 0);
                }
            }
        }
        // Name variants the four tables leave out (see the file's own comment).
        for (String line : lines(supplement)) {
            String[] cols = line.split("\t");
            if (cols.length >= 2) {
                pairs += table.pair(clean(cols[1]), clean(cols[0]), 1, 0);
            }
        }
        Map<Integer, Integer> folding = table.folding();
        if (folding.size() < 400) {
            throw new IllegalStateException("only " + folding.size() + " folded characters from " + tables);
        }
        List<String> output = new ArrayList<>();
        output.add("# Derived by the build from " + tables.getFileName() + " (" + pairs + " pairs); do not edit.");
        folding.forEach((variant, modern) ->
                output.add(new String(Character.toChars(variant)) + "\t" + new String(Character.toChars(modern))));
        Files.createDirectories(out.getParent());
        Files.write(out, output, StandardCharsets.UTF_8);
        System.out.println("Kanji folding table: " + folding.size() + " characters from " + pairs + " pairs in "
                + tables + " -> " + out);
    }

    private static Path locate(Path given) {
        if (Files.isDirectory(given)) {
            return given;
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("data").resolve("kanji-variants");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("no kanji-variants tables at " + given
                + " nor in shared/data/kanji-variants above the working directory; give -Dshiori.kanji.variants=...");
    }

    private static List<String> lines(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#") && !l.contains("<rev>") && !l.contains("<name>"))
                .toList();
    }

    /** A line {@code a,kind,b}: weights say how modern the first and the third character are. */
    private int csv(String line, int firstWeight, int thirdWeight) {
        String[] cols = line.split(",");
        return cols.length < 3 ? 0 : pair(clean(cols[0]), clean(cols[2]), firstWeight, thirdWeight);
    }

    private static String clean(String text) {
        StringBuilder out = new StringBuilder();
        text.strip().codePoints()
                .filter(cp -> !(cp >= 0xE0100 && cp <= 0xE01EF) && !(cp >= 0xFE00 && cp <= 0xFE0F))
                .forEach(out::appendCodePoint);
        return Normalizer.normalize(out.toString(), Normalizer.Form.NFKC);
    }

    private int pair(String a, String b, int weightA, int weightB) {
        if (a.codePointCount(0, a.length()) != 1 || b.codePointCount(0, b.length()) != 1) {
            return 0;
        }
        int x = a.codePointAt(0);
        int y = b.codePointAt(0);
        if ((weightA == 0 && modern.getOrDefault(x, 0) == JOYO) || (weightB == 0 && modern.getOrDefault(y, 0) == JOYO)) {
            // A character of today's 常用漢字表 is no old form of another (JIS X 0213 pairs 着 with 著 as
            // simplified and old: folding 著者 into 着者 would be wrong).
            return 0;
        }
        // One old form has one modern form: JIS X 0213 lists glyph variants by selector, and once the
        // selectors are stripped some lines read "棚, old form 栅" after "柵, old form 栅", or "紋, old form 絞"
        // after "絞, old form 絞"; the first claim stands.
        if (weightA == 0 && weightB > 0 && claimed.getOrDefault(x, y) != y
                || weightB == 0 && weightA > 0 && claimed.getOrDefault(y, x) != x) {
            return 0;
        }
        if (weightB == 0) {
            claimed.putIfAbsent(y, x);
        }
        if (weightA == 0) {
            claimed.putIfAbsent(x, y);
        }
        // Weights count even for a pair that NFKC made one character (著 and its compatibility form).
        modern.merge(x, weightA, Math::max);
        modern.merge(y, weightB, Math::max);
        if (x == y) {
            return 0;
        }
        parent.put(find(x), find(y));
        return 1;
    }

    private int find(int c) {
        int p = parent.getOrDefault(c, c);
        if (p == c) {
            parent.putIfAbsent(c, c);
            return c;
        }
        int root = find(p);
        parent.put(c, root);
        return root;
    }

    private Map<Integer, Integer> folding() {
        Map<Integer, List<Integer>> groups = new TreeMap<>();
        for (int c : List.copyOf(parent.keySet())) {
            groups.computeIfAbsent(find(c), k -> new ArrayList<>()).add(c);
        }
        Map<Integer, Integer> folding = new TreeMap<>();
        for (List<Integer> group : groups.values()) {
            int target = group.stream()
                    .max((p, q) -> {
                        int byWeight = Integer.compare(modern.getOrDefault(p, 0), modern.getOrDefault(q, 0));
                        return byWeight != 0 ? byWeight : Integer.compare(q, p); // tie: the lower code point
                    })
                    .orElseThrow();
            for (int c : group) {
                if (c != target) {
                    folding.put(c, target);
                }
            }
        }
        return folding;
    }
}
