package org.govgraph.ingest.synthetic;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.govgraph.ingest.Dataset;

/**
 * The boards, teams, partners and posts one synthetic authority has, as its inspections declare them: the seeds'
 * patterns under the authority's own ids and name, plus what its region shares with its neighbours (the regional
 * boards, the police force and the health board, under the same ids in every authority of the region).
 */
final class AuthorityEntities {

    /** Sectors whose main partner is shared by a region: its police force and its health board. */
    private static final Map<String, String> REGIONAL_PARTNERS = new TreeMap<>(Map.of("police", "Police",
            "health", "Health Board"));
    private static final String PARTNERSHIPS = "Partnerships";

    private final SyntheticAuthority authority;
    private final Dataset.Authority declared;
    private final List<Dataset.Board> boards;
    private final List<Dataset.Team> teams;
    private final Map<String, List<Dataset.Partner>> partnersBySector;
    private final List<Dataset.Role> roles;

    AuthorityEntities(SyntheticAuthority authority, SeedCatalogue catalogue, Frequencies sectors) {
        this.authority = authority;
        String name = authority.name();
        this.declared = new Dataset.Authority(authority.id(), name, "England", null, null, authority.region().name(),
                List.of(), List.of(), null);
        List<Dataset.Board> boards = new ArrayList<>();
        for (var b : catalogue.regionalBoards()) {
            String boardName = authority.region().named(titleCase(b.suffix()));
            boards.add(new Dataset.Board(authority.region().id(b.suffix()), boardName, b.kind(), "regional", List.of(),
                    new Dataset.Source(b.sourceRef().render(authority), b.sourceQuote().render(authority)),
                    List.of(new Dataset.Member(authority.id(), PARTNERSHIPS, name + " sits on the " + boardName + "."))));
        }
        for (var b : catalogue.localBoards()) {
            List<Dataset.Member> members = b.memberQuote() == null ? List.of()
                    : List.of(new Dataset.Member(authority.id(), b.memberRef().render(authority),
                            b.memberQuote().render(authority)));
            boards.add(new Dataset.Board(authority.id(b.suffix()), b.name().render(authority), b.kind(), "local", List.of(),
                    source(b, authority), members));
        }
        this.boards = List.copyOf(boards);
        this.teams = catalogue.teams().stream().map(t -> new Dataset.Team(authority.id(t.suffix()), authority.id(),
                t.name().render(authority), t.kind(), List.of(), source(t, authority))).toList();
        Map<String, List<Dataset.Partner>> partners = new TreeMap<>();
        REGIONAL_PARTNERS.forEach((sector, what) -> {
            String partnerName = authority.region().named(what);
            partners.computeIfAbsent(sector, s -> new ArrayList<>()).add(new Dataset.Partner(
                    authority.region().id(what.toLowerCase(Locale.ROOT).replace(' ', '-')), partnerName, sector,
                    List.of(), new Dataset.Source(PARTNERSHIPS, name + " works with " + partnerName + ".")));
        });
        for (var p : catalogue.partners()) {
            partners.computeIfAbsent(p.kind(), s -> new ArrayList<>()).add(new Dataset.Partner(authority.id(p.suffix()),
                    p.name().render(authority), p.kind(), List.of(), source(p, authority)));
        }
        for (String sector : sectors.counts().keySet()) {
            if (!partners.containsKey(sector)) {
                String label = sector.replace('_', ' ');
                partners.put(sector, List.of(new Dataset.Partner(authority.id(sector.replace('_', '-') + "-partner"),
                        name + " " + label + " partner", sector, List.of(),
                        new Dataset.Source(PARTNERSHIPS, name + " works with its " + label + " partner."))));
            }
        }
        partners.replaceAll((s, list) -> List.copyOf(list));
        this.partnersBySector = partners;
        this.roles = catalogue.roles().stream().map(r -> new Dataset.Role(authority.id(r.suffix()), authority.id(),
                r.name().render(authority), r.kind())).toList();
    }

    SyntheticAuthority authority() {
        return authority;
    }

    /** The authority as its datasets declare it. */
    Dataset.Authority declared() {
        return declared;
    }

    /** Every board, the region's most named board first, then the region's others, then the authority's own. */
    List<Dataset.Board> boards() {
        return boards;
    }

    List<Dataset.Team> teams() {
        return teams;
    }

    /** The partners of one sector, the region's shared one first; empty for a sector the seeds never name. */
    List<Dataset.Partner> partners(String sector) {
        return partnersBySector.getOrDefault(sector, List.of());
    }

    int partnerCount() {
        return partnersBySector.values().stream().mapToInt(List::size).sum();
    }

    List<Dataset.Role> roles() {
        return roles;
    }

    /** A post's id without the authority's: {@code director-of-childrens-services}. */
    String suffix(Dataset.Role role) {
        return role.id().substring(authority.id().length() + 1);
    }

    private static Dataset.Source source(SeedCatalogue.SeedEntity e, SyntheticAuthority authority) {
        return new Dataset.Source(e.sourceRef().render(authority), e.sourceQuote().render(authority));
    }

    /** {@code regional-safeguarding-board} as "Regional Safeguarding Board". */
    private static String titleCase(String suffix) {
        return Arrays.stream(suffix.split("-")).map(w -> Character.toUpperCase(w.charAt(0)) + w.substring(1))
                .collect(Collectors.joining(" "));
    }
}
