package jp.shiori.bench;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.shiori.bench.Vocabulary.Publisher;
import jp.shiori.bench.Vocabulary.Word;
import jp.shiori.bench.Vocabulary.Work;

/**
 * The benchmark catalog as a pure function: title {@code i} depends only on the vocabulary, the seed and
 * {@code i}. So the same arguments give the same rows, and the load driver can recompute any title (its
 * ISBN, say) without the database.
 *
 * <p>Shares, roughly: 12% classics (real Aozora works in editions, sets and collections), 18% modern
 * fiction by made-up authors, 10% children's books, 48% non-fiction built from subject words, 2%
 * English-language books, 5% magazine issues, 3% CDs, 2% DVDs. Subject words, places, made-up authors and
 * classic authors are drawn with Zipf-like weights, so some words and names are everywhere and many are rare.
 */
final class CatalogModel {

    /** Share of books published from 1981 (ISBNs in Japan) that carry one; gives about 70% of all titles. */
    static final double ISBN_SHARE = 0.97;
    /** Share of titles whose reading is certain that actually carry it; the others are left to kuromoji. */
    static final double READING_KEPT = 0.75;
    static final String SOURCE = "BENCH";

    private static final Set<String> LOCAL_PLACES = Set.of("北海道", "釧路", "釧路湿原", "阿寒", "知床", "札幌");
    private static final long TITLE_SALT = 0x7469746C65L;

    /** Where a title's copies stand; the label is the item's shelf location. */
    enum Shelf {
        GENERAL("一般書架"), BUNKO("文庫コーナー"), SHINSHO("新書コーナー"), CHILDREN("児童書架"),
        PICTURE_BOOK("絵本コーナー"), REFERENCE("参考図書"), LOCAL("郷土資料"), MAGAZINE("雑誌コーナー"),
        AUDIOVISUAL("視聴覚資料"), FOREIGN("洋書コーナー"), KAMISHIBAI("紙芝居コーナー");

        final String label;

        Shelf(String label) {
            this.label = label;
        }
    }

    record Contributor(String name, String reading, String role) {
    }

    record BenchTitle(int index, String sourceId, String title, String reading, String publisher, int year,
            String ndc, String materialType, String language, String series, String volume, String summary,
            List<Contributor> contributors, String isbn, List<String> subjects, LocalDateTime createdAt,
            LocalDateTime updatedAt, Shelf shelf, boolean reference, boolean children, String callNumber) {
    }

    private final Vocabulary v;
    private final long seed;
    private final LocalDate asOf;
    private final long isbnMultiplier;
    private final long isbnOffset;
    private final List<Word> subjectsByRank;
    private final Zipf subjectRank;
    private final Zipf placeRank;
    private final List<Contributor> people;
    private final Zipf personRank;
    private final double[] shapeWeights;
    private final String[] workNdc;
    private final List<String> classicAuthors;
    private final Map<String, Integer> workIndex = new HashMap<>();
    private final double[] classicAuthorWeights;
    private final Map<String, List<Publisher>> publishersByGroup;

    CatalogModel(Vocabulary vocabulary, long seed, LocalDate asOf) {
        this.v = vocabulary;
        this.seed = seed;
        this.asOf = asOf;
        this.isbnMultiplier = Isbn13.coprimeMultiplier(mix(seed, 1, 0x15B1L) >>> 1);
        this.isbnOffset = Math.floorMod(mix(seed, 2, 0x15B1L), 100_000_000L);

        SplittableRandom setup = new SplittableRandom(mix(seed, 0, 0x5E7L));
        subjectsByRank = shuffled(v.subjects, setup);
        subjectRank = new Zipf(subjectsByRank.size(), 0.7);
        placeRank = new Zipf(v.places.size(), 0.9);

        List<Contributor> names = new ArrayList<>();
        for (Word surname : v.surnames) {
            for (Word given : v.givenNames) {
                names.add(new Contributor(surname.text() + " " + given.text(),
                        surname.reading() + " " + given.reading(), null));
            }
        }
        people = shuffled(names, setup);
        // The most prolific made-up author gets about 0.25% of all credits, the least a handful of titles.
        personRank = new Zipf(people.size(), 1.25, 150);

        shapeWeights = new double[v.shapes.size()];
        double sum = 0;
        for (int i = 0; i < shapeWeights.length; i++) {
            Vocabulary.Shape s = v.shapes.get(i);
            sum += s.reference() ? 0.35 : s.set() ? 0.4 : 1.0;
            shapeWeights[i] = sum;
        }

        publishersByGroup = v.publishers.stream().collect(Collectors.groupingBy(Publisher::group));

        workNdc = new String[v.works.size()];
        for (int w = 0; w < workNdc.length; w++) {
            workIndex.put(v.works.get(w).id(), w);
            workNdc[w] = literatureNdc(v.works.get(w), new SplittableRandom(mix(seed, w, 0x4E4443L)));
        }
        // An author with n works in the index weighs n^0.6: 宮沢賢治 is held far more often than a one-essay
        // author, but not in proportion to the hundreds of short pieces Aozora has of some writers.
        classicAuthors = List.copyOf(v.worksByAuthor.keySet());
        classicAuthorWeights = new double[classicAuthors.size()];
        double authorSum = 0;
        for (int a = 0; a < classicAuthorWeights.length; a++) {
            authorSum += Math.pow(v.worksByAuthor.get(classicAuthors.get(a)).size(), 0.6);
            classicAuthorWeights[a] = authorSum;
        }
    }

    LocalDate asOf() {
        return asOf;
    }

    BenchTitle title(int i) {
        SplittableRandom r = new SplittableRandom(mix(seed, i, TITLE_SALT));
        Draft d = new Draft();
        double kind = r.nextDouble();
        if (kind < 0.12) {
            classic(d, r);
        } else if (kind < 0.30) {
            fiction(d, r);
        } else if (kind < 0.40) {
            children(d, r);
        } else if (kind < 0.88) {
            nonFiction(d, r);
        } else if (kind < 0.90) {
            english(d, r);
        } else if (kind < 0.95) {
            magazine(d, r);
        } else if (kind < 0.98) {
            cd(d, r);
        } else {
            dvd(d, r);
        }
        if (d.year == 0) {
            d.year = yearFrom(1950, r);
        }
        String isbn = d.material.equals("BOOK") && d.year >= 1981 && r.nextDouble() < ISBN_SHARE
                ? Isbn13.forTitle(i, isbnMultiplier, isbnOffset) : null;
        if (d.reading != null && r.nextDouble() >= READING_KEPT) {
            d.reading = null;
        }
        LocalDate earliest = later(asOf.minusYears(20), LocalDate.of(d.year, 1, 1));
        LocalDateTime created = between(earliest, asOf, r).atTime(8 + r.nextInt(12), r.nextInt(60), r.nextInt(60));
        long left = ChronoUnit.DAYS.between(created.toLocalDate(), asOf);
        LocalDateTime updated = r.nextDouble() < 0.7 ? created
                : created.plusDays(r.nextLong(Math.min(700, left) + 1)).plusMinutes(r.nextInt(600));
        return new BenchTitle(i, sourceId(i), d.title, d.reading, d.publisher, d.year, d.ndc, d.material,
                d.language, d.series, d.volume, d.summary, List.copyOf(d.contributors), isbn, List.copyOf(d.subjects),
                created, updated, d.shelf, d.reference, d.children, callNumber(d));
    }

    /** Nine digits, so that ordering by source_id is ordering by title number. */
    static String sourceId(int i) {
        String digits = Integer.toString(i);
        return "000000000".substring(Math.min(9, digits.length())) + digits;
    }

    // ---- the kinds of titles ----

    private void classic(Draft d, SplittableRandom r) {
        int w = classicWork(r);
        Work work = v.works.get(w);
        Vocabulary.Author author = work.firstAuthor();
        d.ndc = workNdc[w];
        d.title = work.title();
        d.reading = kanaReading(work.title());
        double variant = r.nextDouble();
        if (variant < 0.55) {
            // one work, as it stands
        } else if (variant < 0.65) {
            List<Work> others = v.worksByAuthor.getOrDefault(author.id(), List.of());
            int extra = Math.min(others.size() - 1, 1 + r.nextInt(2));
            for (int k = 0; k < extra; k++) {
                Work other = others.get(r.nextInt(others.size()));
                if (!d.title.contains(other.title())) {
                    d.title += "・" + other.title();
                    d.reading = join(d.reading, kanaReading(other.title()));
                }
            }
        } else if (variant < 0.73) {
            d.title = shortName(author.name()) + "全集";
            d.reading = author.reading() == null ? null : shortName(author.reading()) + " ゼンシュウ";
            int volumes = 3 + (int) Math.floorMod(mix(seed, author.id().hashCode(), 0x7A65L), 16L);
            d.volume = "第" + (1 + r.nextInt(volumes)) + "巻";
            d.ndc = "918.68";
        } else if (variant < 0.80) {
            d.volume = r.nextDouble() < 0.5 ? "上" : r.nextDouble() < 0.85 ? "下" : "中";
        } else if (variant < 0.86) {
            Word edition = pick(v.editions, r);
            d.title += " " + edition.text();
            d.reading = join(d.reading, edition.reading());
        } else if (variant < 0.93) {
            String[][] kinds = { { "作品集", "サクヒンシュウ" }, { "短編集", "タンペンシュウ" }, { "名作選", "メイサクセン" },
                    { "傑作選", "ケッサクセン" } };
            String[] kind = kinds[r.nextInt(kinds.length)];
            d.title = shortName(author.name()) + kind[0];
            d.reading = author.reading() == null ? null : shortName(author.reading()) + " " + kind[1];
        } else {
            d.children = true;
        }
        for (Vocabulary.Credit c : work.credits()) {
            d.contributors.add(new Contributor(c.author().name(), c.author().reading(), c.role()));
        }
        if (d.title.endsWith("全集") && r.nextDouble() < 0.4) {
            d.contributors.add(person(r, "編"));
        } else if (r.nextDouble() < 0.1) {
            d.contributors.add(person(r, "解説"));
        }
        if (d.children) {
            Publisher p = pick(withSeries(publishers("KIDS")), r);
            d.publisher = p.name();
            d.series = pick(p.series(), r);
            d.shelf = Shelf.CHILDREN;
        } else if (work.publisher() != null && r.nextDouble() < 0.35) {
            d.publisher = work.publisher();
            d.series = work.series();
        } else {
            Publisher p = pick(publishers("LIT"), r);
            d.publisher = p.name();
            d.series = !p.series().isEmpty() && r.nextDouble() < 0.5 ? pick(p.series(), r) : null;
        }
        if (d.shelf == null) {
            d.shelf = d.series != null && d.series.endsWith("文庫") ? Shelf.BUNKO : Shelf.GENERAL;
        }
        if (r.nextDouble() < 0.1) {
            d.summary = d.title.contains("・") || d.title.endsWith("集") || d.title.endsWith("選")
                    ? "表題作ほか" + (2 + r.nextInt(12)) + "編を収録。"
                    : shortName(author.name()) + "の「" + work.title() + "」を、読みやすい本文と注釈で収める。";
        }
    }

    private void fiction(Draft d, SplittableRandom r) {
        Word shape = pick(v.fictionShapes, r);
        Word n = pick(v.fictionNouns, r);
        Word m = pick(v.fictionNouns, r);
        while (m == n) {
            m = pick(v.fictionNouns, r);
        }
        Word p = place(r);
        d.title = shape.text().replace("{N}", n.text()).replace("{M}", m.text()).replace("{P}", p.text());
        d.reading = shape.reading().replace("{N}", n.reading()).replace("{M}", m.reading()).replace("{P}", p.reading());
        d.ndc = "913.6";
        d.contributors.add(person(r, "著"));
        if (r.nextDouble() < 0.1) {
            d.volume = Integer.toString(1 + r.nextInt(8));
        }
        Publisher publisher = pick(publishers("LIT"), r);
        d.publisher = publisher.name();
        d.series = !publisher.series().isEmpty() && r.nextDouble() < 0.5 ? pick(publisher.series(), r) : null;
        d.shelf = d.series != null ? Shelf.BUNKO : Shelf.GENERAL;
        if (r.nextDouble() < 0.15) {
            d.summary = p.text() + "を舞台に、" + n.text() + "と" + m.text() + "をめぐる物語。";
        }
    }

    private void children(Draft d, SplittableRandom r) {
        String x = pick(v.childWords, r);
        String y = pick(v.childWords, r);
        while (y.equals(x)) {
            y = pick(v.childWords, r);
        }
        d.title = pick(v.childShapes, r).replace("{X}", x).replace("{Y}", y);
        d.reading = Kana.readingOfKanaText(d.title);
        d.children = true;
        double credit = r.nextDouble();
        if (credit < 0.65) {
            d.contributors.add(person(r, "作"));
            d.contributors.add(person(r, "絵"));
        } else if (credit < 0.85) {
            d.contributors.add(person(r, "文"));
            d.contributors.add(person(r, "絵"));
        } else {
            d.contributors.add(person(r, "作・絵"));
        }
        Publisher p = pick(publishers("KIDS"), r);
        d.publisher = p.name();
        if (r.nextDouble() < 0.05) {
            d.material = "KAMISHIBAI";
            d.shelf = Shelf.KAMISHIBAI;
        } else if (r.nextDouble() < 0.65) {
            d.ndc = "726.6";
            d.shelf = Shelf.PICTURE_BOOK;
        } else {
            d.ndc = "913.6";
            d.shelf = Shelf.CHILDREN;
            d.series = !p.series().isEmpty() && r.nextDouble() < 0.3 ? pick(p.series(), r) : null;
        }
    }

    private void nonFiction(Draft d, SplittableRandom r) {
        Vocabulary.Shape shape = v.shapes.get(weighted(shapeWeights, r));
        Word a = subject(r);
        Word b = related(a, r);
        Word p = place(r);
        d.title = fill(shape.title(), a, b, p, Word::text);
        d.reading = fill(shape.reading(), a, b, p, Word::reading);
        boolean usesB = shape.title().contains("{B}");
        boolean usesP = shape.title().contains("{P}");
        Word head = shape.headIsB() ? b : a;
        if (r.nextDouble() < 0.2) {
            Word sub = pick(v.subtitles, r);
            d.title += " : " + fill(sub.text(), a, b, p, Word::text);
            d.reading = join(d.reading, fill(sub.reading(), a, b, p, Word::reading));
            usesP |= sub.text().contains("{P}");
        }
        if (r.nextDouble() < 0.06) {
            Word edition = pick(v.editions, r);
            d.title += " " + edition.text();
            d.reading = join(d.reading, edition.reading());
        }
        if (shape.set()) {
            int n = 1 + r.nextInt(12);
            d.volume = r.nextDouble() < 0.5 ? "第" + n + "巻" : Integer.toString(n);
        }
        d.ndc = head.ndc();
        d.reference = shape.reference();
        if (r.nextDouble() < 0.85) {
            d.subjects.add(head.text());
            if (usesP) {
                d.subjects.add(p.text() + "--" + head.text());
            }
            if (usesB && head != b) {
                d.subjects.add(b.text());
            }
        }
        nonFictionCredits(d, r);
        boolean local = usesP && LOCAL_PLACES.contains(p.text()) && r.nextDouble() < 0.6;
        Publisher publisher = pick(v.publishers(local ? "LOCAL" : groupFor(head.ndc(), r)), r);
        d.publisher = publisher.name();
        d.series = !publisher.series().isEmpty() && !shape.reference() && r.nextDouble() < 0.35
                ? pick(publisher.series(), r) : null;
        if (local) {
            d.shelf = Shelf.LOCAL;
        } else if (shape.reference()) {
            d.shelf = Shelf.REFERENCE;
        } else if (d.series != null && (d.series.contains("新書") || d.series.equals("ブルーバックス"))) {
            d.shelf = Shelf.SHINSHO;
        } else if (d.series != null && d.series.endsWith("文庫")) {
            d.shelf = Shelf.BUNKO;
        } else {
            d.shelf = Shelf.GENERAL;
        }
        if (r.nextDouble() < 0.2) {
            d.summary = summary(a, b, p, usesB, usesP, r);
        }
    }

    private void nonFictionCredits(Draft d, SplittableRandom r) {
        double credit = r.nextDouble();
        if (credit < 0.75) {
            d.contributors.add(person(r, "著"));
        } else if (credit < 0.85) {
            d.contributors.add(person(r, r.nextDouble() < 0.5 ? "編" : "編著"));
        } else if (credit < 0.93) {
            d.contributors.add(person(r, "著"));
            d.contributors.add(person(r, "著"));
        } else if (credit < 0.97) {
            d.contributors.add(person(r, "監修"));
            d.contributors.add(person(r, "著"));
        } else {
            d.contributors.add(person(r, "編"));
            d.contributors.add(person(r, "著"));
            d.contributors.add(person(r, "著"));
        }
    }

    private void english(Draft d, SplittableRandom r) {
        Word e = pick(v.englishSubjects, r);
        d.title = pick(v.englishShapes, r).replace("{E}", e.text());
        d.ndc = e.ndc();
        d.language = "eng";
        int authors = r.nextDouble() < 0.8 ? 1 : 2;
        for (int k = 0; k < authors; k++) {
            d.contributors.add(new Contributor(pick(v.englishFamily, r) + ", " + pick(v.englishGiven, r), null, null));
        }
        d.publisher = pick(publishers("ENG"), r).name();
        d.shelf = Shelf.FOREIGN;
    }

    private void magazine(Draft d, SplittableRandom r) {
        Word shape = pick(v.magazineShapes, r);
        Word a = subject(r);
        d.title = shape.text().replace("{A}", a.text());
        d.reading = shape.reading().replace("{A}", a.reading());
        d.material = "MAGAZINE";
        d.year = 2016 + r.nextInt(10);
        d.volume = d.year + "年" + (1 + r.nextInt(12)) + "月号";
        d.ndc = a.ndc().substring(0, 3) + ".05";
        d.publisher = pick(publishers("MAG"), r).name();
        d.shelf = Shelf.MAGAZINE;
    }

    private void cd(Draft d, SplittableRandom r) {
        d.material = "CD";
        d.shelf = Shelf.AUDIOVISUAL;
        d.publisher = pick(publishers("AV"), r).name();
        d.year = yearFrom(1985, r);
        double kind = r.nextDouble();
        if (kind < 0.45) {
            String composer = pick(v.composers, r);
            String[][] shapes = { { "名曲集", "メイキョクシュウ", "762" }, { "：ピアノ作品集", "ピアノ サクヒンシュウ", "763.2" },
                    { "：交響曲集", "コウキョウキョクシュウ", "764.31" }, { "：室内楽作品集", "シツナイガク サクヒンシュウ", "764.2" } };
            String[] shape = shapes[r.nextInt(shapes.length)];
            d.title = composer + shape[0];
            d.reading = composer + " " + shape[1];
            d.ndc = shape[2];
            d.language = "zxx";
            d.contributors.add(new Contributor(composer, composer, "作曲"));
            if (r.nextDouble() < 0.6) {
                d.contributors.add(person(r, "演奏"));
            }
        } else if (kind < 0.8) {
            Word title = pick(v.cdTitles, r);
            d.title = title.text();
            d.reading = title.reading();
            d.ndc = title.ndc();
            if (r.nextDouble() < 0.7) {
                d.contributors.add(person(r, r.nextDouble() < 0.5 ? "歌" : "演奏"));
            }
        } else {
            int w = classicWork(r);
            Work work = v.works.get(w);
            d.title = work.title();
            d.reading = kanaReading(work.title());
            d.ndc = workNdc[w];
            for (Vocabulary.Credit c : work.credits()) {
                d.contributors.add(new Contributor(c.author().name(), c.author().reading(), c.role()));
            }
            d.contributors.add(person(r, "朗読"));
        }
    }

    private void dvd(Draft d, SplittableRandom r) {
        Word shape = pick(v.dvdShapes, r);
        Word a = subject(r);
        Word p = place(r);
        d.title = fill(shape.text(), a, a, p, Word::text);
        d.reading = fill(shape.reading(), a, a, p, Word::reading);
        d.ndc = shape.text().contains("{A}") ? a.ndc() : p.ndc();
        d.material = "DVD";
        d.shelf = Shelf.AUDIOVISUAL;
        d.year = yearFrom(2000, r);
        d.publisher = pick(publishers("AV"), r).name();
        if (r.nextDouble() < 0.5) {
            d.contributors.add(person(r, "監修"));
        }
    }

    // ---- shared pieces ----

    /** A classic work (its index in the vocabulary): an author by weight, then one of their works. */
    int classicWork(SplittableRandom r) {
        String author = classicAuthors.get(weighted(classicAuthorWeights, r));
        List<Work> works = v.worksByAuthor.get(author);
        return workIndex.get(works.get(r.nextInt(works.size())).id());
    }

    /** Subject words by Zipf rank: 料理 or 歴史 may be everywhere, 幾何学 rare. */
    Word subject(SplittableRandom r) {
        return subjectsByRank.get(subjectRank.next(r));
    }

    Word place(SplittableRandom r) {
        return v.places.get(placeRank.next(r));
    }

    /** A made-up author by Zipf rank over all surname × given-name pairs: a few prolific, most with a handful of titles. */
    Contributor person(SplittableRandom r, String role) {
        Contributor p = someone(r);
        // Records typed locally often lack the reading; the application derives one then.
        return new Contributor(p.name(), r.nextDouble() < 0.8 ? p.reading() : null, role);
    }

    /** A made-up author with the reading of the name, drawn as {@link #person} draws them. */
    Contributor someone(SplittableRandom r) {
        return people.get(personRank.next(r));
    }

    private Word related(Word a, SplittableRandom r) {
        for (int tries = 0; tries < 20; tries++) {
            Word b = subject(r);
            if (b != a && (b.ndc().charAt(0) == a.ndc().charAt(0) || tries > 5 || r.nextDouble() < 0.3)) {
                return b;
            }
        }
        return a == v.subjects.get(0) ? v.subjects.get(1) : v.subjects.get(0);
    }

    private static String groupFor(String ndc, SplittableRandom r) {
        if (ndc.startsWith("33") || ndc.startsWith("67")) {
            return "BIZ";
        }
        return switch (ndc.charAt(0)) {
            case '0' -> "TECH";
            case '4' -> r.nextDouble() < 0.3 ? "GEN" : "SCI";
            case '5' -> ndc.startsWith("59") ? "LIFE" : "TECH";
            case '6', '7' -> r.nextDouble() < 0.2 ? "GEN" : "LIFE";
            case '8' -> "LANG";
            case '9' -> r.nextDouble() < 0.5 ? "GEN" : "LIT";
            default -> r.nextDouble() < 0.6 ? "GEN" : "ACAD";
        };
    }

    private static String summary(Word a, Word b, Word p, boolean usesB, boolean usesP, SplittableRandom r) {
        if (usesB && r.nextDouble() < 0.5) {
            return a.text() + "と" + b.text() + "の関係を、歴史と現在の両面から読み解く。";
        }
        if (usesP && r.nextDouble() < 0.5) {
            return p.text() + "の" + a.text() + "を、豊富な事例とともに紹介する。";
        }
        String[] forms = { "%sの基本から最新の話題まで、図や写真を使ってわかりやすく解説する。", "%sについて、第一線の研究者がやさしく語る入門書。",
                "はじめて%sを学ぶ人のために、基礎知識をていねいにまとめた一冊。", "%sの考え方と実際を、具体例とともに紹介する。" };
        return String.format(forms[r.nextInt(forms.length)], a.text());
    }

    /** NDC of a literary work, the same for all its editions: translated works by the author's language group. */
    private static String literatureNdc(Work work, SplittableRandom r) {
        if (work.credits().stream().anyMatch(c -> c.role().equals("訳")) || work.firstAuthor().reading() != null) {
            String[] foreign = { "933", "933", "933", "953", "943", "983", "963", "973", "929" };
            return foreign[r.nextInt(foreign.length)];
        }
        if (work.title().matches(".*(詩|歌|句).*")) {
            return work.title().contains("句") ? "911.36" : "911.56";
        }
        double u = r.nextDouble();
        return u < 0.62 ? "913.6" : u < 0.88 ? "914.6" : u < 0.94 ? "915.6" : "912.6";
    }

    /**
     * The shelf mark as Japanese libraries print it on the spine label: classification, then the first
     * character of the author's reading (図書記号), then the volume. Without a known reading the name's first
     * character stands in; nothing is invented.
     */
    private static String callNumber(Draft d) {
        if (d.material.equals("MAGAZINE")) {
            return null;
        }
        String mark;
        if (!d.contributors.isEmpty()) {
            Contributor c = d.contributors.get(0);
            mark = (c.reading() != null ? c.reading() : c.name()).substring(0, 1);
        } else {
            mark = (d.reading != null ? d.reading : d.title).substring(0, 1);
        }
        String classification = d.ndc == null ? null : d.ndc.contains(".") ? d.ndc.substring(0, d.ndc.indexOf('.')) : d.ndc;
        String prefix = switch (d.material) {
            case "CD" -> "CD/" + classification;
            case "DVD" -> "DVD/" + classification;
            case "KAMISHIBAI" -> "K";
            default -> d.shelf == Shelf.PICTURE_BOOK ? "E" : d.ndc;
        };
        return (prefix == null ? "" : prefix + "/") + mark + (d.volume != null ? "/" + d.volume : "");
    }

    private static String kanaReading(String title) {
        return Kana.isKanaOnly(title) ? Kana.readingOfKanaText(title) : null;
    }

    /** 宮沢 賢治 → 宮沢賢治; アンデルセン ハンス・クリスチャン → アンデルセン (the family name, first in the index). */
    static String shortName(String name) {
        String[] parts = name.strip().split("[ \u3000]+");
        return Kana.isKanaOnly(name) ? parts[0] : String.join("", parts);
    }

    private static String fill(String template, Word a, Word b, Word p, Function<Word, String> part) {
        return template.replace("{A}", part.apply(a)).replace("{B}", part.apply(b)).replace("{P}", part.apply(p));
    }

    private static String join(String reading, String more) {
        return reading == null || more == null ? null : reading + " " + more;
    }

    /**
     * {@code first}–2025, the share of a year growing linearly with it (holdings lean to recent titles and
     * are weeded over time): for books from 1950, 1950–1980 is about a fifth of them and 2025 about 2.5%.
     */
    static int yearFrom(int first, SplittableRandom r) {
        double low = 5;
        double high = 2026 - first + 5;
        return first - 5 + (int) Math.sqrt(low * low + r.nextDouble() * (high * high - low * low));
    }

    static LocalDate between(LocalDate from, LocalDate to, SplittableRandom r) {
        long days = ChronoUnit.DAYS.between(from, to);
        return days <= 0 ? to : from.plusDays(r.nextLong(days + 1));
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private List<Publisher> publishers(String group) {
        return publishersByGroup.get(group);
    }

    private static List<Publisher> withSeries(List<Publisher> publishers) {
        return publishers.stream().filter(p -> !p.series().isEmpty()).toList();
    }

    static <T> T pick(List<T> list, SplittableRandom r) {
        return list.get(r.nextInt(list.size()));
    }

    private static int weighted(double[] cumulative, SplittableRandom r) {
        int i = Arrays.binarySearch(cumulative, r.nextDouble() * cumulative[cumulative.length - 1]);
        return Math.min(i >= 0 ? i + 1 : -i - 1, cumulative.length - 1);
    }

    private static <T> List<T> shuffled(List<T> list, SplittableRandom r) {
        List<T> copy = new ArrayList<>(list);
        for (int i = copy.size() - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            T t = copy.get(i);
            copy.set(i, copy.get(j));
            copy.set(j, t);
        }
        return List.copyOf(copy);
    }

    /** SplitMix64 of seed, index and a salt: independent streams per title, per item, per purpose. */
    static long mix(long seed, long index, long salt) {
        long z = seed * 0x9E3779B97F4A7C15L + index * 0xBF58476D1CE4E5B9L + salt;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** A title while it is being made. */
    private static final class Draft {
        String title;
        String reading;
        String publisher;
        int year;
        String ndc;
        String material = "BOOK";
        String language = "jpn";
        String series;
        String volume;
        String summary;
        final List<Contributor> contributors = new ArrayList<>();
        final List<String> subjects = new ArrayList<>();
        Shelf shelf;
        boolean reference;
        boolean children;
    }
}
