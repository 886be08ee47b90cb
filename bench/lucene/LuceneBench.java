// Lucene's Arabic analysis on the benchmark corpus, single thread, same documents as
// `khabar bench`: (1) StandardTokenizer alone, (2) StandardTokenizer +
// ArabicNormalizationFilter (tokenize + normalize, the closest peer to khabar's
// tokenize_normalize_tokens), (3) the full ArabicAnalyzer (adds lower-casing, stop words and
// the light stemmer). Prints JSON rows like `khabar bench`.
//
// build: javac -cp /usr/share/java/lucene-core-8.7.0.jar:/usr/share/java/lucene-analyzers-common-8.7.0.jar LuceneBench.java
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.ar.ArabicNormalizationFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

public class LuceneBench {
    static long count(Analyzer a, List<String> docs) throws Exception {
        long n = 0;
        for (String d : docs) {
            try (TokenStream ts = a.tokenStream("f", new StringReader(d))) {
                CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
                ts.reset();
                while (ts.incrementToken()) {
                    n += term.length();
                }
                ts.end();
            }
        }
        return n;
    }

    public static void main(String[] args) throws Exception {
        String text = new String(Files.readAllBytes(Paths.get(args[0])), StandardCharsets.UTF_8);
        int repeat = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        List<String> docs = new ArrayList<>();
        for (String d : text.split("\n\n")) {
            if (!d.trim().isEmpty()) docs.add(d);
        }
        long words = text.trim().split("\\s+").length;
        long bytes = text.getBytes(StandardCharsets.UTF_8).length;
        Analyzer tokenizeOnly = new Analyzer() {
            protected TokenStreamComponents createComponents(String f) {
                Tokenizer t = new StandardTokenizer();
                return new TokenStreamComponents(t);
            }
        };
        Analyzer tokenizeNormalize = new Analyzer() {
            protected TokenStreamComponents createComponents(String f) {
                Tokenizer t = new StandardTokenizer();
                return new TokenStreamComponents(t, new ArabicNormalizationFilter(t));
            }
        };
        Analyzer full = new ArabicAnalyzer();
        String[] names = {"lucene_standard_tokenizer", "lucene_tokenize_arabic_normalization", "lucene_arabic_analyzer"};
        Analyzer[] analyzers = {tokenizeOnly, tokenizeNormalize, full};
        // warm up the JIT
        for (Analyzer a : analyzers) count(a, docs);
        StringBuilder out = new StringBuilder();
        out.append("{\"corpus_bytes\": ").append(bytes).append(", \"corpus_words\": ").append(words)
           .append(", \"documents\": ").append(docs.size()).append(", \"rows\": [");
        for (int i = 0; i < analyzers.length; i++) {
            double best = Double.MAX_VALUE;
            long o = 0;
            for (int r = 0; r < repeat; r++) {
                long t0 = System.nanoTime();
                o = count(analyzers[i], docs);
                best = Math.min(best, (System.nanoTime() - t0) / 1e9);
            }
            if (i > 0) out.append(", ");
            out.append(String.format("{\"task\": \"%s\", \"seconds\": %.6f, \"mb_per_s\": %.3f, \"words_per_s\": %.1f, \"output\": %d}",
                names[i], best, bytes / best / 1e6, words / best, o));
        }
        out.append("]}");
        System.out.println(out);
    }
}
