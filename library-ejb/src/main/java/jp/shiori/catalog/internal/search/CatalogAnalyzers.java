package jp.shiori.catalog.internal.search;

import java.io.Reader;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.ja.JapaneseBaseFormFilter;
import org.apache.lucene.analysis.ja.JapaneseKatakanaStemFilter;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.ngram.NGramTokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * How catalog text is cut into terms. Every text is NFKC-normalised before it gets here (全角/半角).
 * <ul>
 * <li>word fields: kuromoji morphological analysis (search mode splits compounds), base forms, width
 * folding, katakana stemming (コンピューター = コンピュータ), lower case;</li>
 * <li>bigram fields: overlapping CJK bigrams, so one- and two-character queries (猫, 銀河) find titles
 * whatever kuromoji would have cut;</li>
 * <li>reading fields: katakana readings in canonical form, as bigrams, so a reading matches from any
 * position (ギンガ in ギンガテツドウノヨル).</li>
 * </ul>
 * Every field first folds variant and old-form kanji to their modern form ({@link KanjiFolding}; 々 is
 * written out on the text before analysis), at index and at query time alike, so 森鷗外 and 森鴎外 are one name.
 * Index and query analysis differ only for bigrams: the index also keeps single characters so that a
 * one-character query matches, while a longer query uses bigrams only.
 */
final class CatalogAnalyzers {

    private CatalogAnalyzers() {}

    static Analyzer forIndex() {
        return perField(bigrams(true));
    }

    static Analyzer forQuery() {
        return perField(bigrams(false));
    }

    private static Analyzer perField(Analyzer bigram) {
        Analyzer words = words();
        return new PerFieldAnalyzerWrapper(
                words,
                Map.of(
                        CatalogFields.TITLE_BIGRAM, bigram,
                        CatalogFields.AUTHOR_BIGRAM, bigram,
                        CatalogFields.PUBLISHER_BIGRAM, bigram,
                        CatalogFields.SUBJECT_BIGRAM, bigram,
                        CatalogFields.TITLE_READING, bigram,
                        CatalogFields.AUTHOR_READING, bigram,
                        CatalogFields.SERIES, words,
                        CatalogFields.TITLE_ROMAJI, romaji(),
                        CatalogFields.AUTHOR_ROMAJI, romaji()));
    }

    static Analyzer words() {
        return new Analyzer() {
            @Override
            protected Reader initReader(String fieldName, Reader reader) {
                return KanjiFolding.folding(reader);
            }

            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer tokenizer = new JapaneseTokenizer(null, true, JapaneseTokenizer.Mode.SEARCH);
                TokenStream stream = new JapaneseBaseFormFilter(tokenizer);
                stream = new CJKWidthFilter(stream);
                stream = new JapaneseKatakanaStemFilter(stream);
                stream = new LowerCaseFilter(stream);
                return new TokenStreamComponents(tokenizer, stream);
            }
        };
    }

    /**
     * Romaji of a reading (already folded, {@link Romaji}) as overlapping letter pairs, so a romanised word
     * matches wherever it stands in a reading stored without word breaks.
     */
    static Analyzer romaji() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                return new TokenStreamComponents(new NGramTokenizer(2, 2));
            }
        };
    }

    static Analyzer bigrams(boolean keepSingleCharacters) {
        return new Analyzer() {
            @Override
            protected Reader initReader(String fieldName, Reader reader) {
                return KanjiFolding.folding(reader);
            }

            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer tokenizer = new StandardTokenizer();
                TokenStream stream = new CJKWidthFilter(tokenizer);
                stream = new LowerCaseFilter(stream);
                stream = new CJKBigramFilter(
                        stream,
                        CJKBigramFilter.HAN
                                | CJKBigramFilter.HIRAGANA
                                | CJKBigramFilter.KATAKANA
                                | CJKBigramFilter.HANGUL,
                        keepSingleCharacters);
                return new TokenStreamComponents(tokenizer, stream);
            }
        };
    }
}
