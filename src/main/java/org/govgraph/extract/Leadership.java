package org.govgraph.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.govgraph.ingest.Dataset;

/**
 * Leadership events: a post named in a sentence that says someone arrived in it or left it ("The head of
 * children's services left the local authority in July 2017, after 11 months in post"), with the tenure (interim,
 * acting, permanent) and the date or duration as written. Each becomes a post-holding spell with its quote.
 */
final class Leadership {

    private static final Pattern MONTHS_IN_POST = Pattern.compile("(?i)after (\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) (months?|years?) in (?:post|the role)");
    private static final int MAX_SENTENCE = 1_500;

    /** ", Dr Margaret Ellison," or ", Jane Smith,": a person named beside a post. */
    private static final Pattern NAMED = Pattern.compile(",\\s+((?:(?:Dr|Mr|Mrs|Ms|Miss|Mx|Professor)\\.?\\s+)?\\p{Lu}[\\p{Ll}'\\u2019-]+"
            + "(?:\\s+\\p{Lu}[\\p{Ll}'\\u2019-]+){1,2}),");

    /** One post of an authority, whatever words a report uses for it: its id comes from its kind in the conventions. */
    private static String roleId(String authorityId, String kind) {
        return authorityId + "-" + kind.replace('_', '-');
    }

    /** The post's title: its words as first written, without the tenure or a possessive in front. */
    private static String title(String words) {
        return words.toLowerCase(java.util.Locale.ROOT).replace('\u2019', '\'')
                .replaceFirst("^(?:the )?(?:board's |previous |new |former |interim |acting |permanent )+", "");
    }

    /** "an interim director", "the acting head": a post named by its first word alone. */
    private static final Pattern SHORT_NAME = Pattern.compile("(?i)\\b(?:an?|the) (interim|acting|new|permanent) "
            + "(director|head|chief executive|manager)\\b(?! of\\b)");
    private static final List<String> NUMBERS = List.of("zero", "one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve");

    record Result(List<Dataset.Role> roles, List<Dataset.Spell> spells) {
    }

    private final Map<String, Pattern> roles;
    private final Map<String, List<Pattern>> events;

    Leadership(Conventions conventions) {
        this.roles = conventions.leadershipRoles();
        this.events = conventions.leadershipEvents();
    }

    Result read(List<Outline.Placed> placed, String authorityId, Map<String, Provenance> provenance) {
        Found found = new Found(authorityId, provenance);
        for (Outline.Placed p : placed) {
            Block block = p.block();
            if (!block.isItem()) {
                continue;
            }
            declarePosts(block.text(), authorityId, found.byId);
            for (Sentences.Sentence sentence : Sentences.of(block.text())) {
                String s = sentence.text();
                if (s.length() > MAX_SENTENCE) {
                    continue; // no sentence of a report runs to thousands of characters; its events would cost time
                }
                boolean arrival = any("arrival", s);
                boolean departure = any("departure", s);
                if (!arrival && !departure || Dates.first(s) == null && !MONTHS_IN_POST.matcher(s).find()) {
                    continue; // no event, or an event with no time, which says little about turnover
                }
                java.util.Set<Integer> taken = new java.util.HashSet<>();
                Map<String, String> named = new LinkedHashMap<>();
                for (var role : roles.entrySet()) {
                    Matcher m = role.getValue().matcher(s);
                    // "the departure of the head of service in August, an interim head of service took up post in
                    // October": each mention of a post is its own event
                    while (m.find()) {
                        if (taken.add(m.start())) {
                            found.spell(p, s, m.group(), m.start(), m.end(), role.getKey(),
                                    departure && (!arrival || departureNearer(s, m.start())));
                            named.putIfAbsent(role.getKey(), m.group());
                        }
                    }
                }
                // "... took up post in April 2023 after an interim director had been in post since October 2022":
                // a post named by its first word alone is the post the sentence named in full
                Matcher shortName = SHORT_NAME.matcher(s);
                while (shortName.find()) {
                    for (var e : named.entrySet()) {
                        String full = e.getValue();
                        if (full.toLowerCase(java.util.Locale.ROOT).startsWith(shortName.group(2).toLowerCase(java.util.Locale.ROOT) + " ")
                                && taken.add(shortName.start(2))) {
                            found.spell(p, s, full, shortName.start(), shortName.end(), e.getKey(),
                                    departure && (!arrival || departureNearer(s, shortName.start())));
                        }
                    }
                }
            }
        }
        return new Result(List.copyOf(found.byId.values()), found.spells);
    }

    /** The posts and spells found so far in one report. */
    private final class Found {
        final String authorityId;
        final Map<String, Provenance> provenance;
        final Map<String, Dataset.Role> byId = new LinkedHashMap<>();
        final List<Dataset.Spell> spells = new ArrayList<>();
        final java.util.Set<String> seen = new java.util.HashSet<>();

        Found(String authorityId, Map<String, Provenance> provenance) {
            this.authorityId = authorityId;
            this.provenance = provenance;
        }

        /**
         * The spell one mention of a post in sentence {@code s} (the post's words, where the mention stands) tells of:
         * its start, or its end (and so its start).
         */
        void spell(Outline.Placed p, String s, String words, int at, int end, String kind, boolean leaves) {
            Block block = p.block();
            Dates.Span date = nearestDate(s, end);
            String roleId = roleId(authorityId, kind);
            byId.putIfAbsent(roleId, new Dataset.Role(roleId, authorityId, title(words), kindOf(kind)));
            if (!seen.add(roleId + "|" + (date == null ? "" : date.start()))) {
                return;
            }
            String before = s.substring(Math.max(0, at - 30), at);
            Dataset.When when = date == null ? null : new Dataset.When(date.start(), date.text(), null);
            Dataset.When start = leaves ? null : when;
            Dataset.When finish = leaves ? when : null;
            String durationText = null;
            Matcher duration = MONTHS_IN_POST.matcher(s);
            if (leaves && date != null && duration.find()) {
                durationText = duration.group(1) + " " + duration.group(2);
                start = new Dataset.When(minus(date.start(), months(duration.group(1), duration.group(2))), duration.group(), true);
            }
            String id = "s" + (spells.size() + 1);
            // "An independent chair, Dr Margaret Ellison, was appointed": the person, where the sentence names them
            Matcher person = NAMED.matcher(s.substring(end));
            String mention = s.substring(at, end) + (person.lookingAt() ? ", " + person.group(1) : "");
            String holder = (before.matches("(?is).*\\b(interim|acting|permanent|new)\\s+$")
                    ? before.replaceAll("(?is).*\\b(interim|acting|permanent|new)\\s+$", "$1 ") : "") + mention;
            spells.add(new Dataset.Spell(id, roleId, holder, tenure(before + mention), start, finish, durationText,
                    ref(p, block), s));
            provenance.put("spells/" + id, new Provenance(block.start(), block.end(), block.firstLine(),
                    block.lastLine(), date != null ? 0.7 : 0.5, "post and event words in one sentence"));
        }
    }

    private static final java.util.Set<String> FORMAT_KINDS = java.util.Set.of("director_of_social_services",
            "director_of_childrens_services", "head_of_childrens_services", "chief_executive", "corporate_director",
            "strategic_director", "lead_member", "council_leader");

    /** The dataset format's kind of post: the conventions' own, or council_leader, or senior_manager. */
    static String kindOf(String key) {
        if (FORMAT_KINDS.contains(key)) {
            return key;
        }
        return key.equals("leader_of_the_council") ? "council_leader" : "senior_manager";
    }

    /** Every post a passage names is declared, whether or not the passage says who came or went. */
    private void declarePosts(String text, String authorityId, Map<String, Dataset.Role> byId) {
        for (var role : roles.entrySet()) {
            Matcher m = role.getValue().matcher(text);
            if (m.find()) {
                String roleId = roleId(authorityId, role.getKey());
                byId.putIfAbsent(roleId, new Dataset.Role(roleId, authorityId, title(m.group()), kindOf(role.getKey())));
            }
        }
    }

    /** The date stated after a post, up to the next post or the end of the sentence; else the one before it. */
    private static Dates.Span nearestDate(String sentence, int from) {
        String after = sentence.substring(from);
        Dates.Span span = Dates.first(after);
        if (span != null) {
            return new Dates.Span(span.start(), span.end(), span.text(), from + span.at());
        }
        return Dates.first(sentence.substring(0, Math.max(0, from)));
    }

    private boolean any(String kind, String text) {
        return events.getOrDefault(kind, List.of()).stream().anyMatch(p -> p.matcher(text).find());
    }

    private String tenure(String nearby) {
        if (any("interim", nearby)) {
            return "interim";
        }
        if (any("acting", nearby)) {
            return "acting";
        }
        if (any("permanent", nearby)) {
            return "permanent";
        }
        return "unknown";
    }

    private boolean departureNearer(String s, int at) {
        int best = Integer.MAX_VALUE;
        String kind = null;
        for (String k : List.of("arrival", "departure")) {
            for (Pattern p : events.getOrDefault(k, List.of())) {
                Matcher m = p.matcher(s);
                while (m.find()) {
                    int d = Math.abs(m.start() - at);
                    if (d < best) {
                        best = d;
                        kind = k;
                    }
                }
            }
        }
        return "departure".equals(kind);
    }

    private static String ref(Outline.Placed p, Block block) {
        if (block.number() != null) {
            return block.number().contains(".") ? block.number() : "paragraph " + block.number();
        }
        return (p.innermost().isEmpty() ? "" : p.innermost() + ", ") + "line " + block.firstLine();
    }

    private static int months(String n, String unit) {
        int value = n.matches("\\d+") ? Integer.parseInt(n) : NUMBERS.indexOf(n.toLowerCase(java.util.Locale.ROOT));
        return unit.startsWith("year") ? value * 12 : value;
    }

    /** "2017-07" minus 11 months is "2016-08"; a year alone stays a year. */
    private static String minus(String date, int months) {
        if (date.length() < 7) {
            return date;
        }
        int y = Integer.parseInt(date.substring(0, 4));
        int m = Integer.parseInt(date.substring(5, 7)) - months;
        while (m < 1) {
            m += 12;
            y--;
        }
        return String.format("%04d-%02d", y, m);
    }
}
