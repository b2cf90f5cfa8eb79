package org.govgraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.util.ArrayList;
import java.util.List;
import org.govgraph.http.WebServer;
import org.govgraph.ingest.DatasetSource;
import org.govgraph.support.SampleDataset;
import org.govgraph.support.TestGraph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * The explorer with 200 authorities, the size of England and Wales together: the home list shows them all and
 * filters as one types. It prints how long the page took (a figure to watch, not an assertion).
 */
class ManyAuthoritiesIT {

    private static final int AUTHORITIES = 200;
    private static Javalin app;
    private static Browser browser;

    @BeforeAll
    static void start() {
        var db = TestGraph.get();
        db.clear();
        List<DatasetSource> files = new ArrayList<>();
        for (int n = 1; n <= AUTHORITIES; n++) {
            String id = "testshire-" + n;
            files.add(SampleDataset.source(id + "-2020-01.yaml", SampleDataset.YAML.replace("testshire", id)
                    .replace("test-report-2020", "report-" + id)
                    .replace("Testshire County Council", "Testshire " + n + " Council")
                    .replace("W99999999", String.format("W9%07d", n))));
        }
        // in loads of 25, as an inspectorate would add them, so that one transaction stays well inside the timeout
        for (int from = 0; from < files.size(); from += 25) {
            db.loader.load(files.subList(from, Math.min(files.size(), from + 25)));
        }
        app = WebServer.create(db.config, db.graph, db.loader, db.questions).start();
        browser = new Browser("http://127.0.0.1:" + app.port());
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        app.stop();
    }

    @Test
    void theHomeListShowsTwoHundredAuthoritiesAndFiltersThem() {
        long started = System.nanoTime();
        browser.open("/");
        assertThat(browser.driver.findElements(By.cssSelector("main tbody tr"))).hasSize(AUTHORITIES);
        long loaded = System.nanoTime();
        browser.driver.findElement(By.id("filter")).sendKeys("testshire 17", Keys.TAB);
        // both words must appear: Testshire 17, 117, and 170 to 179
        assertThat(browser.driver.findElements(By.cssSelector("main tbody tr"))).hasSize(12);
        long filtered = System.nanoTime();
        System.out.printf("[figures] home with %d authorities: page ready in %d ms, filter applied in %d ms%n",
                AUTHORITIES, (loaded - started) / 1_000_000, (filtered - loaded) / 1_000_000);
        assertThat(browser.consoleErrors()).isEmpty();
    }
}
