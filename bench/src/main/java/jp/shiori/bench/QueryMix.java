package jp.shiori.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import jp.shiori.bench.CatalogModel.Contributor;
import jp.shiori.bench.Vocabulary.Author;
import jp.shiori.bench.Vocabulary.Word;

/**
 * What patrons type into the search box, drawn from the vocabulary the catalog was generated from and with
 * the same weights, so that queries find titles: common words find thousands, rare ones a handful.
 */
final class QueryMix {

    private static final long QUERY_SALT = 0x7175657279L;
    private static final String[] SHAPE_WORDS = { "入門", "図鑑", "歴史", "事典", "ガイド", "全集" };

    /** The kinds of query and their shares of the mix. */
    enum Kind {
        KANJI("1–2 kanji", 0.25), WORD("word", 0.30), KANA("kana reading", 0.15), ISBN("ISBN", 0.10),
        AUTHOR("author", 0.20);

        final String label;
        final double share;

        Kind(String label, double share) {
            this.label = label;
            this.share = share;
        }

        static Kind of(double u) {
            double sum = 0;
            for (Kind k : values()) {
                sum += k.share;
                if (u < sum) {
                    return k;
                }
            }
            return AUTHOR;
        }
    }

    /** One search: the text of the box and the facet or sort options a patron added. */
    record Query(Kind kind, String text, String options) {

        /** The path and query string under the base URL, the text percent-encoded (a space as %20). */
        String pathAndQuery() {
            return "/api/v1/catalog/search?q=" + URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20")
                    + options;
        }
    }

    private final Vocabulary v;
    private final CatalogModel catalog;
    private final int titles;

    /** @param titles how many titles were generated: ISBN queries name one of them */
    QueryMix(Vocabulary vocabulary, CatalogModel catalog, int titles) {
        if (titles < 1) {
            throw new IllegalArgumentException("titles must be at least 1");
        }
        this.v = vocabulary;
        this.catalog = catalog;
        this.titles = titles;
    }

    /** The same list for the same seed: every run asks the same questions in the same order. */
    List<Query> pool(long seed, int size) {
        SplittableRandom r = new SplittableRandom(CatalogModel.mix(seed, 0, QUERY_SALT));
        List<Query> queries = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            queries.add(next(r));
        }
        return queries;
    }

    Query next(SplittableRandom r) {
        Kind kind = Kind.of(r.nextDouble());
        String text = switch (kind) {
            case KANJI -> kanji(r);
            case WORD -> word(r);
            case KANA -> kana(r);
            case ISBN -> isbn(r);
            case AUTHOR -> author(r);
        };
        StringBuilder options = new StringBuilder();
        if (r.nextDouble() < 0.15) {
            options.append("&sort=newest");
        }
        if (r.nextDouble() < 0.08) {
            options.append("&type=BOOK");
        }
        if (r.nextDouble() < 0.08) {
            options.append("&available=true");
        }
        return new Query(kind, text, options.toString());
    }

    /** One or two kanji cut from a subject word, a place or a real title: 猫, 歴史, 銀河. */
    private String kanji(SplittableRandom r) {
        while (true) {
            double source = r.nextDouble();
            String text = source < 0.5 ? catalog.subject(r).text()
                    : source < 0.6 ? catalog.place(r).text()
                    : source < 0.75 ? CatalogModel.pick(v.fictionNouns, r).text() : classicTitle(r);
            List<int[]> runs = kanjiRuns(text);
            if (runs.isEmpty()) {
                continue;
            }
            int[] run = runs.get(r.nextInt(runs.size()));
            int length = run[1] >= 2 && r.nextDouble() < 0.5 ? 2 : 1;
            int start = run[0] + r.nextInt(run[1] - length + 1);
            return text.substring(start, start + length);
        }
    }

    private String word(SplittableRandom r) {
        double form = r.nextDouble();
        if (form < 0.5) {
            return catalog.subject(r).text();
        } else if (form < 0.6) {
            return catalog.place(r).text() + " " + catalog.subject(r).text();
        } else if (form < 0.7) {
            return catalog.subject(r).text() + " " + SHAPE_WORDS[r.nextInt(SHAPE_WORDS.length)];
        } else if (form < 0.8) {
            return CatalogModel.pick(v.fictionNouns, r).text();
        }
        return classicTitle(r).split("[ \u3000]+")[0];
    }

    private String classicTitle(SplittableRandom r) {
        return v.works.get(catalog.classicWork(r)).title();
    }

    /** The reading of a word written in kanji, typed in hiragana or katakana (れきし, ホッカイドウ), or a children's word. */
    private String kana(SplittableRandom r) {
        if (r.nextDouble() < 0.25) {
            return CatalogModel.pick(v.childWords, r);
        }
        while (true) {
            double source = r.nextDouble();
            Word w = source < 0.65 ? catalog.subject(r)
                    : source < 0.8 ? catalog.place(r) : CatalogModel.pick(v.fictionNouns, r);
            if (Kana.hasKanji(w.text())) {
                return r.nextDouble() < 0.6 ? Kana.toHiragana(w.reading()) : w.reading();
            }
        }
    }

    private String isbn(SplittableRandom r) {
        int i = r.nextInt(titles);
        for (int tries = 0; tries < titles; tries++) {
            String isbn = catalog.title((i + tries) % titles).isbn();
            if (isbn != null) {
                return r.nextDouble() < 0.5 ? Isbn13.hyphenated(isbn) : isbn;
            }
        }
        throw new IllegalStateException("no generated title has an ISBN");
    }

    private String author(SplittableRandom r) {
        double form = r.nextDouble();
        if (form < 0.4) {
            Author a = v.works.get(catalog.classicWork(r)).firstAuthor();
            if (a.reading() != null) {
                // Foreign authors are listed family name first; patrons type the family name.
                return r.nextDouble() < 0.7 ? CatalogModel.shortName(a.name()) : a.name();
            }
            return r.nextDouble() < 0.5 ? a.name() : CatalogModel.shortName(a.name());
        } else if (form < 0.75) {
            Contributor p = catalog.someone(r);
            return r.nextDouble() < 0.5 ? p.name() : p.name().replace(" ", "");
        } else if (form < 0.9) {
            return CatalogModel.pick(v.surnames, r).text();
        }
        return Kana.toHiragana(catalog.someone(r).reading().replace(" ", ""));
    }

    private static List<int[]> kanjiRuns(String text) {
        List<int[]> runs = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean kanji = i < text.length() && Kana.isKanji(text.charAt(i));
            if (kanji && start < 0) {
                start = i;
            } else if (!kanji && start >= 0) {
                runs.add(new int[] { start, i - start });
                start = -1;
            }
        }
        return runs;
    }
}
