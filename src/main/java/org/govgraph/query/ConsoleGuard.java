package org.govgraph.query;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.neo4j.driver.summary.Plan;
import org.neo4j.driver.summary.QueryType;
import org.neo4j.driver.summary.ResultSummary;

/**
 * The console's first layer: what an analyst's query may be, decided before it runs. The text is read with
 * comments removed, strings blanked and Unicode folded (NFKC), and must be one statement that starts with a
 * reading clause, names no write or admin keyword, no {@code LOAD CSV}, no {@code USE}, no
 * {@code IN TRANSACTIONS}, no EXPLAIN/PROFILE/CYPHER prefix, and calls only allowed procedures. Then Neo4j
 * itself is asked ({@code EXPLAIN}): the query type must be read-only and the plan must hold no LOAD CSV, no
 * transaction batching and no procedure outside the allowlist.
 */
public final class ConsoleGuard {

    /** Procedures an analyst may call (lower case). */
    public static final Set<String> PROCEDURES = Set.of(
            "db.labels", "db.relationshiptypes", "db.propertykeys", "db.schema.visualization",
            "db.schema.nodetypeproperties", "db.schema.reltypeproperties", "db.index.fulltext.querynodes",
            "db.index.fulltext.queryrelationships", "dbms.components");

    private static final Set<String> FIRST_WORDS = Set.of("MATCH", "OPTIONAL", "WITH", "UNWIND", "RETURN", "CALL");
    private static final Pattern WRITE_OR_ADMIN = Pattern.compile(
            "(?<![.\\w$`])(?<!\\bAS\\s{1,20})(CREATE|MERGE|DELETE|DETACH|SET|REMOVE|INSERT|DROP|FOREACH|ALTER|GRANT|DENY|"
                    + "REVOKE|TERMINATE|START|STOP|ENABLE|RENAME|SHOW)(?![\\w`])(?!\\s*:)");
    /** The longest query the console reads, and the deepest nesting of brackets (Neo4j's parser recurses on it). */
    static final int MAX_LENGTH = 20_000;
    static final int MAX_DEPTH = 40;
    private static final Pattern PLAN_CALL = Pattern.compile("(?i)\\bCALL\\s+([\\p{L}_`][\\p{L}\\w.`]*)");
    private static final Pattern LOAD_CSV = Pattern.compile("(?<![.\\w$`])LOAD\\s+CSV\\b");
    private static final Pattern USE = Pattern.compile("(?<![.\\w$`])USE(?![\\w`])");
    private static final Pattern IN_TRANSACTIONS = Pattern.compile("\\bIN\\s+(\\S+\\s+)?(CONCURRENT\\s+)?TRANSACTIONS\\b");
    private static final Pattern CALL = Pattern.compile("(?<![.\\w$`])CALL\\s+(?![({\\s])([\\p{L}_`][\\p{L}\\w.`]*)");

    /** Why a query is refused; empty when the text may go on to EXPLAIN. */
    public Optional<String> checkText(String query) {
        if (query == null || query.isBlank()) {
            return Optional.of("the query is empty");
        }
        if (query.length() > MAX_LENGTH) {
            return Optional.of("the query is longer than " + MAX_LENGTH + " characters");
        }
        String text = clean(query);
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(' || c == '[' || c == '{') {
                if (++depth > MAX_DEPTH) {
                    return Optional.of("brackets nested deeper than " + MAX_DEPTH + " levels");
                }
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
            }
        }
        String upper = text.toUpperCase(Locale.ROOT);
        String body = upper.strip();
        if (body.endsWith(";")) {
            body = body.substring(0, body.length() - 1).strip();
        }
        if (body.isEmpty()) {
            return Optional.of("the query is empty");
        }
        if (body.contains(";")) {
            return Optional.of("one statement at a time");
        }
        String first = body.split("[\\s({]+", 2)[0];
        if (Set.of("EXPLAIN", "PROFILE", "CYPHER").contains(first)) {
            return Optional.of(first + " is added by the console itself: ask for the plan with mode explain or profile");
        }
        if (!FIRST_WORDS.contains(first)) {
            return Optional.of("the console only reads: a query starts with MATCH, OPTIONAL MATCH, WITH, UNWIND, "
                    + "RETURN or CALL, not " + first);
        }
        if (LOAD_CSV.matcher(body).find()) {
            return Optional.of("LOAD CSV is not allowed in the console");
        }
        if (USE.matcher(body).find()) {
            return Optional.of("USE is not allowed: the console reads the govgraph database only");
        }
        if (IN_TRANSACTIONS.matcher(body).find()) {
            return Optional.of("CALL { ... } IN TRANSACTIONS is not allowed in the console");
        }
        Matcher write = WRITE_OR_ADMIN.matcher(body);
        if (write.find()) {
            return Optional.of("the console only reads: " + write.group(1) + " is not allowed");
        }
        Matcher call = CALL.matcher(body);
        while (call.find()) {
            String name = call.group(1).replace("`", "").toLowerCase(Locale.ROOT);
            if (!PROCEDURES.contains(name)) {
                return Optional.of("procedure " + name + " is not allowed; allowed: " + PROCEDURES.stream().sorted().toList());
            }
        }
        return Optional.empty();
    }

    /** Why Neo4j's own reading of the query ({@code EXPLAIN}) refuses it; empty when it may run. */
    public Optional<String> checkPlan(ResultSummary explained) {
        if (explained.queryType() != QueryType.READ_ONLY) {
            return Optional.of("the console only reads, and Neo4j classes this query as " + explained.queryType());
        }
        return explained.hasPlan() ? checkOperators(explained.plan()) : Optional.empty();
    }

    private Optional<String> checkOperators(Plan plan) {
        String operator = plan.operatorType().toLowerCase(Locale.ROOT);
        // subqueries inside expressions (COLLECT { }, COUNT { }, EXISTS { }) are planned apart and show only here
        var detailsValue = plan.arguments().get("Details");
        if (detailsValue != null && !detailsValue.isNull()) {
            String details = detailsValue.toString();
            if (details.toUpperCase(Locale.ROOT).replaceAll("\\s+", " ").contains("LOAD CSV")) {
                return Optional.of("LOAD CSV is not allowed in the console");
            }
            Matcher call = PLAN_CALL.matcher(details);
            while (call.find()) {
                String name = call.group(1).replace("`", "").toLowerCase(Locale.ROOT);
                if (!PROCEDURES.contains(name)) {
                    return Optional.of("procedure " + name + " is not allowed");
                }
            }
        }
        if (operator.contains("loadcsv")) {
            return Optional.of("LOAD CSV is not allowed in the console");
        }
        if (operator.startsWith("transaction")) {
            return Optional.of("CALL { ... } IN TRANSACTIONS is not allowed in the console");
        }
        if (operator.contains("procedurecall")) {
            var details = plan.arguments().get("Details");
            String name = details == null ? "" : details.asString().toLowerCase(Locale.ROOT).replace("`", "")
                    .replaceFirst("\\(.*", "").strip();
            if (!PROCEDURES.contains(name)) {
                return Optional.of("procedure " + name + " is not allowed");
            }
        }
        for (Plan child : plan.children()) {
            var refusal = checkOperators(child);
            if (refusal.isPresent()) {
                return refusal;
            }
        }
        return Optional.empty();
    }

    /**
     * The query as the checks read it: Unicode folded, comments removed, string contents blanked (so that words
     * inside strings are not taken for keywords, and keywords hidden in comments cannot split a word).
     */
    static String clean(String query) {
        String text = Normalizer.normalize(query, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '/') {
                while (i < text.length() && text.charAt(i) != '\n') {
                    i++;
                }
                out.append(' ');
            } else if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '*') {
                int end = text.indexOf("*/", i + 2);
                i = end < 0 ? text.length() : end + 2;
                out.append(' ');
            } else if (c == '`') {
                // a backticked name is one identifier, whatever it holds (quotes, keywords); `` is an escaped backtick
                out.append(" `");
                i++;
                while (i < text.length()) {
                    if (text.charAt(i) == '`') {
                        if (i + 1 < text.length() && text.charAt(i + 1) == '`') {
                            i += 2;
                            out.append('_');
                            continue;
                        }
                        break;
                    }
                    out.append('_');
                    i++;
                }
                out.append("` ");
                i++;
            } else if (c == '\'' || c == '"') {
                out.append(c);
                i++;
                while (i < text.length() && text.charAt(i) != c) {
                    if (text.charAt(i) == '\\') {
                        i++;
                    }
                    i++;
                    out.append('_');
                }
                out.append(c);
                i++;
            } else {
                // any other kind of white space or invisible format character counts as a space
                out.append(Character.isWhitespace(c) || Character.getType(c) == Character.FORMAT
                        || Character.isSpaceChar(c) ? ' ' : c);
                i++;
            }
        }
        return out.toString();
    }
}
