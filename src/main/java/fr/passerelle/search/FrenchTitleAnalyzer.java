package fr.passerelle.search;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * How job titles and queries are cut into words: elisions removed (d'équipement → équipement), lower case,
 * accents folded (é → e), small function words dropped, and a light plural rule (caissières → caissiere) so that
 * "hotesses de caisse" finds "Hôte / Hôtesse de caisse". With {@code prefixes}, each word is also indexed by its
 * beginnings, for type-ahead ("electr" → électricien).
 */
final class FrenchTitleAnalyzer extends Analyzer {
    private static final CharArraySet STOP_WORDS = new CharArraySet(
            List.of("de", "du", "des", "la", "le", "les", "l", "d", "en", "et", "a", "au", "aux", "un", "une", "ou"), true);

    private final boolean prefixes;

    FrenchTitleAnalyzer(boolean prefixes) {
        this.prefixes = prefixes;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer tokenizer = new StandardTokenizer();
        TokenStream stream = new ElisionFilter(tokenizer, FrenchAnalyzer.DEFAULT_ARTICLES);
        stream = new LowerCaseFilter(stream);
        stream = new ASCIIFoldingFilter(stream);
        stream = new StopFilter(stream, STOP_WORDS);
        stream = new LightPluralFilter(stream);
        if (prefixes) {
            stream = new EdgeNGramTokenFilter(stream, 2, 20, true);
        }
        return new TokenStreamComponents(tokenizer, stream);
    }

    /** Drops a final s or x of words longer than four letters: plurals are the commonest variation in titles. */
    static final class LightPluralFilter extends TokenFilter {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

        LightPluralFilter(TokenStream input) {
            super(input);
        }

        @Override
        public boolean incrementToken() throws java.io.IOException {
            if (!input.incrementToken()) {
                return false;
            }
            int length = term.length();
            if (length > 4) {
                char last = term.charAt(length - 1);
                if ((last == 's' || last == 'x') && term.charAt(length - 2) != 's') {
                    term.setLength(length - 1);
                }
            }
            return true;
        }
    }
}
