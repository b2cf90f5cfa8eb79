package org.govgraph.ingest;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * One dataset file, bound after it passed the JSON Schema and the rules: the facts of one inspection,
 * each with the report's reference and words. Field names follow {@code docs/dataset-format.md}.
 */
@JsonIgnoreProperties("extraction")
public record Dataset(int format, Report report, Inspection inspection, List<Authority> authorities,
                      List<Theme> themes, List<Board> boards, List<Team> teams, List<Partner> partners,
                      List<Role> roles, List<Spell> spells, List<Finding> findings,
                      List<Recommendation> recommendations) {

    public Dataset {
        authorities = nonNull(authorities);
        themes = nonNull(themes);
        boards = nonNull(boards);
        teams = nonNull(teams);
        partners = nonNull(partners);
        roles = nonNull(roles);
        spells = nonNull(spells);
        findings = nonNull(findings);
        recommendations = nonNull(recommendations);
    }

    static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    public record Report(String id, String title, String publisher, String file, String published, String url,
                         String licence) {
    }

    public record Inspection(String id, String authority, String inspectorate, String kind, String framework,
                             String title, Fieldwork fieldwork, String published, FollowsUp followsUp,
                             List<Judgement> judgements, List<TeamMember> team, Source source) {
        public Inspection {
            judgements = nonNull(judgements);
            team = nonNull(team);
        }
    }

    public record Fieldwork(String start, String end, String text) {
    }

    public record FollowsUp(String inspection, String ref, String quote) {
    }

    public record Judgement(String area, String grade, String scale, Integer rank, String ref, String quote) {
    }

    public record TeamMember(String name, String role, String title, String ref, String quote) {
    }

    public record Source(String ref, String quote) {
    }

    public record Authority(String id, String name, String nation, Codes codes, String kind, String region,
                            List<String> aliases, List<String> successors, String abolished) {
        public Authority {
            aliases = nonNull(aliases);
            successors = nonNull(successors);
        }
    }

    public record Codes(String ons, String dfe, String ofstedUrn) {
    }

    public record Theme(String id, String name, String description) {
    }

    public record Board(String id, String name, String kind, String scope, List<String> aliases, Source source,
                        List<Member> members) {
        public Board {
            aliases = nonNull(aliases);
            members = nonNull(members);
        }
    }

    public record Member(String member, String ref, String quote) {
    }

    public record Team(String id, String authority, String name, String kind, List<String> aliases, Source source) {
        public Team {
            aliases = nonNull(aliases);
        }
    }

    public record Partner(String id, String name, String sector, List<String> aliases, Source source) {
        public Partner {
            aliases = nonNull(aliases);
        }
    }

    public record Role(String id, String authority, String title, String kind) {
    }

    public record When(String date, String text, Boolean derived) {
    }

    @JsonIgnoreProperties("extracted")
    public record Spell(String id, String role, String holder, String tenure, When start, When end, String duration,
                        String ref, String quote) {
    }

    @JsonIgnoreProperties("extracted")
    public record Finding(String id, String ref, String section, String text, String polarity, List<String> themes,
                          List<String> about) {
        public Finding {
            themes = nonNull(themes);
            about = nonNull(about);
        }
    }

    @JsonIgnoreProperties("extracted")
    public record Recommendation(String id, Integer number, String ref, String text, String priority, String timescale,
                                 String group, List<String> themes, List<String> about) {
        public Recommendation {
            themes = nonNull(themes);
            about = nonNull(about);
        }
    }
}
