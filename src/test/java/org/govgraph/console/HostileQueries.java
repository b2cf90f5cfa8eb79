package org.govgraph.console;

import java.util.ArrayList;
import java.util.List;

/** The hostile queries the console must refuse, each with what it tries. */
final class HostileQueries {

    /**
     * One hostile query. {@code guardOnly}: only the guard stops it (it reads, changes nothing, and reaches
     * nothing outside, so with the guard off it may run); every other query is stopped by each layer alone.
     */
    record Hostile(String label, String query, boolean guardOnly) {
        @Override
        public String toString() {
            return label;
        }
    }

    private HostileQueries() {
    }

    static List<Hostile> all(int canaryPort) {
        String canary = "http://127.0.0.1:" + canaryPort + "/canary.csv";
        List<Hostile> q = new ArrayList<>();
        // writing: every write clause, in every disguise
        q.add(new Hostile("CREATE", "CREATE (n:Hack) RETURN n", false));
        q.add(new Hostile("SET property", "MATCH (n:Authority) SET n.name = 'hacked'", false));
        q.add(new Hostile("SET label", "MATCH (n:Authority) WITH n LIMIT 1 SET n:Hacked RETURN n", false));
        q.add(new Hostile("REMOVE", "MATCH (n:Authority) REMOVE n.name RETURN n", false));
        q.add(new Hostile("DELETE", "MATCH (n:Theme) DELETE n", false));
        q.add(new Hostile("DETACH DELETE", "MATCH (n) DETACH DELETE n", false));
        q.add(new Hostile("MERGE", "MERGE (n:Hack {id: 1}) RETURN n", false));
        q.add(new Hostile("CREATE relationship", "MATCH (a:Authority {id: 'powys'}) CREATE (a)-[:HACKED]->(:Hack)", false));
        q.add(new Hostile("INSERT (GQL)", "INSERT (:Hack {id: 1})", false));
        q.add(new Hostile("FOREACH create", "UNWIND [1, 2] AS x FOREACH (i IN [x] | CREATE (:Hack))", false));
        q.add(new Hostile("FOREACH set", "MATCH (n:Authority) FOREACH (x IN [1] | SET n.hacked = true)", false));
        q.add(new Hostile("CALL {} create", "CALL () { CREATE (:Hack) } RETURN 1 AS one", false));
        q.add(new Hostile("CALL {} set", "MATCH (n:Authority) CALL (n) { SET n.hacked = true } RETURN count(*) AS n", false));
        q.add(new Hostile("lower case", "match (n) detach delete n", false));
        q.add(new Hostile("mixed case", "MaTcH (n) DeTaCh DeLeTe n", false));
        q.add(new Hostile("block comment", "MATCH (n) /* RETURN n */ DETACH DELETE n", false));
        q.add(new Hostile("line comment", "MATCH (n) // just reading\nDETACH DELETE n", false));
        q.add(new Hostile("keyword split by a comment", "MATCH (n) DETACH/**/DELETE n", false));
        q.add(new Hostile("no-break spaces", "MATCH (n)\u00a0DETACH\u2003DELETE\u00a0n", false));
        q.add(new Hostile("zero-width space", "MATCH (n) DETACH DE\u200bLETE n", false));
        q.add(new Hostile("full-width letters", "\uff2d\uff21\uff34\uff23\uff28 (n) \uff24\uff25\uff34\uff21\uff23\uff28 \uff24\uff25\uff2c\uff25\uff34\uff25 n", false));
        q.add(new Hostile("write hidden after a string", "MATCH (n) WHERE n.name = 'a\\' RETURN n' SET n.x = 1", false));
        q.add(new Hostile("write procedure", "CALL db.createLabel('Hack')", false));
        q.add(new Hostile("write procedure in backticks", "CALL `db`.`createRelationshipType`('HACK')", false));
        q.add(new Hostile("write after WITH", "MATCH (n:Authority) WITH n SET n.x = 1 RETURN n", false));
        // schema and admin commands
        q.add(new Hostile("CREATE INDEX", "CREATE INDEX hack IF NOT EXISTS FOR (n:Hack) ON (n.x)", false));
        q.add(new Hostile("DROP INDEX", "DROP INDEX finding_polarity", false));
        q.add(new Hostile("DROP CONSTRAINT", "DROP CONSTRAINT authority_id", false));
        q.add(new Hostile("CREATE CONSTRAINT", "CREATE CONSTRAINT hack FOR (n:Hack) REQUIRE n.x IS UNIQUE", false));
        q.add(new Hostile("CREATE USER", "CREATE USER hacker SET PASSWORD 'hacker-password-1'", false));
        q.add(new Hostile("ALTER USER", "ALTER USER neo4j SET PASSWORD 'hacked-password-1'", false));
        q.add(new Hostile("SHOW USERS", "SHOW USERS", true));
        q.add(new Hostile("CREATE DATABASE", "CREATE DATABASE hack", false));
        q.add(new Hostile("STOP DATABASE", "STOP DATABASE neo4j", false));
        q.add(new Hostile("USE system", "USE system SHOW USERS", false));
        q.add(new Hostile("USE system match", "USE system MATCH (n) RETURN n", false));
        q.add(new Hostile("SHOW SETTINGS", "SHOW SETTINGS YIELD name, value RETURN name, value", true));
        q.add(new Hostile("SHOW PROCEDURES", "SHOW PROCEDURES YIELD name RETURN name", true));
        // reaching outside
        q.add(new Hostile("LOAD CSV from a file", "LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row", false));
        q.add(new Hostile("LOAD CSV from the import folder", "LOAD CSV FROM 'file:///x.csv' AS row RETURN row", false));
        q.add(new Hostile("LOAD CSV from a URL", "LOAD CSV FROM '" + canary + "' AS row RETURN row", false));
        q.add(new Hostile("load csv in lower case", "load csv from '" + canary + "' as row return row", false));
        q.add(new Hostile("LOAD CSV inside CALL", "CALL () { LOAD CSV FROM '" + canary + "' AS row RETURN row } RETURN row", false));
        q.add(new Hostile("LOAD CSV then write", "LOAD CSV FROM '" + canary + "' AS row CREATE (:Hack {row: row})", false));
        q.add(new Hostile("CALL IN TRANSACTIONS", "MATCH (n:Finding) CALL (n) { SET n.x = 1 } IN TRANSACTIONS OF 10 ROWS", false));
        q.add(new Hostile("read CALL IN TRANSACTIONS", "UNWIND [1, 2] AS x CALL (x) { RETURN x AS y } IN TRANSACTIONS RETURN y", false));
        q.add(new Hostile("read procedure outside the allowlist", "CALL dbms.listConfig()", true));
        q.add(new Hostile("procedure in a COLLECT subquery behind backticked quotes",
                "WITH 1 AS `a'` RETURN [y IN [1, 2] | COLLECT { CALL db.info() YIELD name RETURN name + y }] AS c, 1 AS `b'`", true));
        q.add(new Hostile("write keyword glued to a backticked name", "WITH 1 AS `x`CREATE (:Hack) RETURN 1", false));
        q.add(new Hostile("LOAD CSV in a COLLECT subquery",
                "RETURN COLLECT { LOAD CSV FROM '" + canary + "' AS row RETURN row } AS rows", false));
        q.add(new Hostile("brackets nested 200 deep", "RETURN " + "[".repeat(200) + "1" + "]".repeat(200) + " AS x", false));
        q.add(new Hostile("two statements", "MATCH (n) RETURN count(n); MATCH (n) DETACH DELETE n", false));
        q.add(new Hostile("EXPLAIN prefix", "EXPLAIN MATCH (n) RETURN n", true));
        q.add(new Hostile("PROFILE prefix", "PROFILE MATCH (n) RETURN count(n)", true));
        q.add(new Hostile("CYPHER prefix", "CYPHER runtime=slotted MATCH (n) RETURN count(n)", true));
        q.add(new Hostile("CYPHER prefix with a write", "CYPHER 5 MATCH (n) DETACH DELETE n", false));
        // exhausting
        q.add(new Hostile("cartesian explosion", "MATCH (a), (b), (c) RETURN count(a.id + b.id + c.id) AS n", false));
        q.add(new Hostile("out-of-memory collect", "UNWIND range(1, 100000000) AS x RETURN collect(x) AS xs", false));
        q.add(new Hostile("out-of-memory sort", "UNWIND range(1, 30000000) AS x WITH x ORDER BY x % 1000 DESC SKIP 1 RETURN count(x) AS n", false));
        return q;
    }
}
