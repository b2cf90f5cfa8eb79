package org.govgraph.ingest.synthetic;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.govgraph.ingest.Dataset;

/**
 * The boards, teams, partners and posts the seeds name for their own authority ({@code powys-locality-teams},
 * {@code cumbria-safeguarding-children-board}), each once, as patterns every synthetic authority can have: the part
 * of the id after the authority's, the name and the source with the authority's names cut out.
 *
 * <p>Left out: organisations named for themselves rather than for the authority (a real police force, a charity, a
 * national body), police forces (generated per region), and the Welsh statutory director of social services (the
 * generated authorities are English, where the statutory post is the director of children's services).
 */
final class SeedCatalogue {

    /** Posts that exist in Wales only. */
    private static final Set<String> WELSH_ROLE_KINDS = Set.of("director_of_social_services");

    /** Partners of these sectors are generated once per region, not taken from the seeds per authority. */
    private static final Set<String> REGIONAL_ONLY_SECTORS = Set.of("police");

    /**
     * One seed entity as a pattern: {@code kind} is a board's or team's kind, a partner's sector or a post's kind;
     * {@code memberQuote} (with {@code memberRef}) is where the seed says its authority sits on the board, or null.
     */
    record SeedEntity(String suffix, Template name, String kind, Template sourceRef, Template sourceQuote,
                      Template memberRef, Template memberQuote) {
    }

    private final List<SeedEntity> localBoards;
    private final List<SeedEntity> regionalBoards;
    private final List<SeedEntity> teams;
    private final List<SeedEntity> partners;
    private final List<SeedEntity> roles;

    private SeedCatalogue(List<SeedEntity> localBoards, List<SeedEntity> regionalBoards, List<SeedEntity> teams,
                          List<SeedEntity> partners, List<SeedEntity> roles) {
        this.localBoards = localBoards;
        this.regionalBoards = regionalBoards;
        this.teams = teams;
        this.partners = partners;
        this.roles = roles;
    }

    static SeedCatalogue of(List<Dataset> seeds, SeedNames names) {
        Map<String, SeedEntity> localBoards = new TreeMap<>();
        Map<String, SeedEntity> regionalBoards = new TreeMap<>();
        Map<String, Integer> regionalMentions = new TreeMap<>();
        Map<String, SeedEntity> teams = new TreeMap<>();
        Map<String, SeedEntity> partners = new TreeMap<>();
        Map<String, SeedEntity> roles = new TreeMap<>();
        for (Dataset seed : seeds) {
            String authority = seed.inspection().authority();
            for (var b : seed.boards()) {
                String suffix = names.suffix(b.id());
                if (suffix == null) {
                    continue;
                }
                var member = b.members().stream().filter(m -> m.member().equals(authority)).findFirst();
                var entity = new SeedEntity(suffix, names.template(b.name()), b.kind(), names.template(b.source().ref()),
                        names.template(b.source().quote()), member.map(m -> names.template(m.ref())).orElse(null),
                        member.map(m -> names.template(m.quote())).orElse(null));
                if ("regional".equals(b.scope())) {
                    regionalBoards.putIfAbsent(suffix, entity);
                    regionalMentions.merge(suffix, 1, Integer::sum);
                } else {
                    localBoards.putIfAbsent(suffix, entity);
                }
            }
            for (var t : seed.teams()) {
                String suffix = names.suffix(t.id());
                if (suffix != null) {
                    teams.putIfAbsent(suffix, new SeedEntity(suffix, names.template(t.name()), t.kind(),
                            names.template(t.source().ref()), names.template(t.source().quote()), null, null));
                }
            }
            for (var p : seed.partners()) {
                String suffix = names.suffix(p.id());
                if (suffix != null && !REGIONAL_ONLY_SECTORS.contains(p.sector())) {
                    partners.putIfAbsent(suffix, new SeedEntity(suffix, names.template(p.name()), p.sector(),
                            names.template(p.source().ref()), names.template(p.source().quote()), null, null));
                }
            }
            for (var r : seed.roles()) {
                String suffix = names.suffix(r.id());
                if (suffix != null && !WELSH_ROLE_KINDS.contains(r.kind())) {
                    roles.putIfAbsent(suffix, new SeedEntity(suffix, names.template(r.title()), r.kind(), null, null,
                            null, null));
                }
            }
        }
        // the regional board the seeds name most often comes first: every inspection that names a board names it
        List<SeedEntity> regional = new ArrayList<>(regionalBoards.values());
        regional.sort(java.util.Comparator.comparing((SeedEntity e) -> -regionalMentions.get(e.suffix()))
                .thenComparing(SeedEntity::suffix));
        return new SeedCatalogue(List.copyOf(localBoards.values()), List.copyOf(regional),
                List.copyOf(teams.values()), List.copyOf(partners.values()), List.copyOf(roles.values()));
    }

    /** Boards of one authority, by id suffix. */
    List<SeedEntity> localBoards() {
        return localBoards;
    }

    /** Boards a region shares, the most named first. */
    List<SeedEntity> regionalBoards() {
        return regionalBoards;
    }

    List<SeedEntity> teams() {
        return teams;
    }

    /** Partners of one authority (not police forces), by id suffix. */
    List<SeedEntity> partners() {
        return partners;
    }

    /** Posts of one authority, by id suffix. */
    List<SeedEntity> roles() {
        return roles;
    }
}
