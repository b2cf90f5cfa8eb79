package org.govgraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.govgraph.http.WebServer;
import org.govgraph.support.Seeds;
import org.govgraph.support.TestGraph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The browser UI in real headless Chromium against the running server with the seed data. Each view loads with no
 * console errors and no serious or critical accessibility violations, and leaves a screenshot in target/screenshots.
 */
class WebUiIT {

    private static Javalin app;
    private static Browser browser;

    @BeforeAll
    static void start() {
        var db = TestGraph.get();
        db.clear();
        db.loader.load(Seeds.all());
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

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/", "/authorities/powys/map?inspection=powys-2017-07", "/authorities/powys/leadership?from=2016&to=2018",
            "/authorities/powys/boards", "/authorities/powys/gaps", "/authorities/powys/compare", "/gaps", "/turnover",
            "/search?q=strategy", "/console", "/extract", "/compare?authorities=powys,cumbria,neath-port-talbot&themes=safeguarding,workforce", "/authorities/cumbria/map", "/authorities/neath-port-talbot/compare"})
    void everyViewLoadsWithoutErrorsAndPassesAnAccessibilityScan(String route) {
        browser.consoleErrors();
        browser.open(route);
        new WebDriverWait(browser.driver, java.time.Duration.ofSeconds(10)).until(d -> browser.js(
                "return document.querySelector('main .error') !== null || document.querySelector('main').children.length > 2"));
        assertThat(browser.driver.findElements(By.cssSelector("main .error"))).as("error shown on " + route).isEmpty();
        browser.screenshot(route.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "").replaceFirst("^$", "home"));
        assertThat(browser.consoleErrors()).as("console errors on " + route).isEmpty();
        assertThat(browser.accessibilityViolations()).as("serious or critical accessibility violations on " + route).isEmpty();
    }

    @Test
    void theHomePageListsTheAuthoritiesAndFilters() {
        browser.open("/");
        assertThat(browser.driver.findElement(By.tagName("main")).getText())
                .contains("Powys County Council", "Neath Port Talbot County Borough Council", "Cumbria County Council");
        browser.driver.findElement(By.id("filter")).sendKeys("ofsted");
        assertThat(browser.driver.findElements(By.cssSelector("main tbody tr"))).hasSize(1);
    }

    @Test
    void theHomePageShowsTheOverallJudgementInItsColourAndKeepsTheFilterInTheUrl() {
        browser.open("/");
        // Cumbria 2013 (Ofsted): overall effectiveness Inadequate, rank 4 of the four-point scale
        var badge = browser.driver.findElement(By.cssSelector("main tbody .badge.judgement"));
        assertThat(badge.getText()).isEqualTo("Overall effectiveness: Inadequate");
        assertThat(badge.getAttribute("class")).contains("concern");
        // the rule behind it: the overall judgement wherever it is in the list, coloured by rank
        @SuppressWarnings("unchecked")
        var rule = (java.util.Map<String, Object>) ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1]; import('./js/views/home.js').then(m => done({"
                        + " overall: m.headline([{area: 'Leadership', rank: 3}, {area: 'Overall effectiveness', rank: 2}]).area,"
                        + " first: m.headline([{area: 'Leadership', rank: 3}, {area: 'Care leavers', rank: 2}]).area,"
                        + " ranks: [1, 2, 3, 4].map(m.rankClass).join()}))");
        assertThat(rule).containsEntry("overall", "Overall effectiveness").containsEntry("first", "Leadership")
                .containsEntry("ranks", "strength,strength,area_for_development,concern");
        browser.driver.findElement(By.id("filter")).sendKeys("ofsted");
        assertThat(browser.driver.getCurrentUrl()).endsWith("#/?filter=ofsted");
        browser.open("/turnover");
        browser.driver.navigate().back();
        new WebDriverWait(browser.driver, java.time.Duration.ofSeconds(10))
                .until(d -> "ofsted".equals(browser.js("const f = document.getElementById('filter'); return f && f.value")));
        assertThat(browser.driver.findElements(By.cssSelector("main tbody tr"))).hasSize(1);
    }

    @Test
    void thePowysMapShowsItsBoardsAndPartnersAndAnEdgeOpensItsEvidence() throws IOException {
        browser.open("/authorities/powys/map?inspection=powys-2017-07");
        browser.waitFor(By.cssSelector("#graph canvas"));
        long boards = (Long) browser.js("return document.getElementById('view').cy.nodes('[type = \"Board\"]').length");
        long partners = (Long) browser.js("return document.getElementById('view').cy.nodes('[type = \"Partner\"]').length");
        assertThat(boards).isPositive();
        assertThat(partners).isPositive();
        assertThat((String) browser.js("return document.getElementById('view').cy.getElementById('dyfed-powys-police').data('label')"))
                .isEqualTo("Dyfed-Powys Police");
        // selecting the edge to Powys People Direct opens the findings about it
        browser.js("document.getElementById('view').cy.getElementById('powys>powys-people-direct').emit('tap')");
        var quote = browser.waitFor(By.cssSelector(".evidence blockquote")).getText();
        assertThat(normalise(seedReport("002_8a5250fadd2eb2f4.txt"))).contains(normalise(quote));
        assertThat(browser.driver.findElement(By.cssSelector(".evidence")).getText()).contains("powys-2017-07");
    }

    @Test
    void thePowysLeadershipTimelineShowsTheSpellsOfTheReports() {
        browser.open("/authorities/powys/leadership?from=2016&to=2018");
        assertThat(browser.driver.findElements(By.cssSelector("svg rect.spell.interim"))).hasSizeGreaterThanOrEqualTo(2);
        assertThat(browser.driver.findElements(By.cssSelector("svg rect.spell.permanent"))).hasSizeGreaterThanOrEqualTo(2);
        String text = browser.driver.findElement(By.tagName("main")).getText();
        // the director left in December 2016, an interim came in April 2017, a permanent director in May 2018;
        // the head of service left in July 2017 after 11 months, an interim came in June 2017, a permanent one in October 2018
        assertThat(text).contains("2016-12 (December 2016)", "2017-04 (April 2017)", "2018-05 (May 2018)",
                "2017-06 (June 2017)", "2018-10 (October 2018)", "after 11 months in post");
    }

    @Test
    void everySpellIsDrawnVisiblyAndOpensItsSourceFromTheKeyboard() {
        browser.open("/authorities/powys/leadership");
        browser.waitFor(By.cssSelector(".timeline svg"));
        // every spell of the table has a mark in the chart, bars at least 10 px wide
        int spells = browser.driver.findElements(By.cssSelector("main table tbody tr")).size();
        var marks = browser.driver.findElements(By.cssSelector(".timeline .spell-mark"));
        assertThat(marks).hasSize(spells);
        assertThat(marks).allSatisfy(m -> assertThat(m.getAttribute("tabindex")).isEqualTo("0"));
        for (var rect : browser.driver.findElements(By.cssSelector(".timeline rect.spell"))) {
            assertThat(Double.parseDouble(rect.getAttribute("width"))).isGreaterThanOrEqualTo(10);
        }
        // the 2018 report's "temporary middle management arrangements" have no dates: a dot at that inspection
        assertThat(browser.driver.findElements(By.cssSelector(".timeline .spell-mark")).stream()
                .filter(m -> m.getAttribute("aria-label").contains("temporary middle managers")).findFirst().orElseThrow()
                .findElements(By.cssSelector("circle.spell-dot"))).hasSize(1);
        // the director who left in December 2016 (start unknown) has a bar with an open start
        var director = browser.driver.findElements(By.cssSelector(".timeline .spell-mark")).stream()
                .filter(m -> m.getAttribute("aria-label").contains("2016-12")).findFirst().orElseThrow();
        assertThat(director.findElements(By.cssSelector("path.open-start"))).hasSize(1);
        // Enter on a spell shows the paragraph and the report's words
        browser.js("arguments[0].focus()", director);
        director.sendKeys(Keys.ENTER);
        assertThat(browser.driver.findElement(By.id("spell-detail")).getText())
                .contains("Recent developments in Powys, paragraph 1", "departure of the director of social services in December 2016");
    }

    @Test
    void theLeadershipPeriodSetsTheRangeOfTheChart() {
        browser.open("/authorities/powys/leadership?from=2017&to=2017");
        browser.waitFor(By.cssSelector(".timeline svg"));
        assertThat(browser.driver.findElements(By.cssSelector(".timeline text.year")).stream().map(e -> e.getText()).toList())
                .containsExactly("2017");
        browser.open("/authorities/powys/leadership?from=2014&to=2019");
        browser.waitFor(By.cssSelector(".timeline svg"));
        assertThat(browser.driver.findElements(By.cssSelector(".timeline text.year")).stream().map(e -> e.getText()).toList())
                .containsExactly("2014", "2015", "2016", "2017", "2018", "2019");
    }

    @Test
    void theDiffShowsBothTextsInFullOnRequestAndTheLaterFindingsWords() throws IOException {
        browser.open("/authorities/powys/compare?from=powys-2017-07&to=powys-2018-10");
        browser.waitFor(By.cssSelector(".outcome"));
        String earlierReport = normalise(seedReport("002_8a5250fadd2eb2f4.txt")).replace("*", "");
        String laterReport = normalise(seedReport("000_5852bdc2b875247a.txt")).replace("*", "");
        var outcomes = browser.driver.findElements(By.cssSelector(".outcome"));
        assertThat(outcomes).isNotEmpty();
        // open every cut text, then each earlier text is whole in the 2017 report and each later one in the 2018 report
        browser.js("document.querySelectorAll('details.clipped').forEach(d => d.open = true)");
        for (var o : outcomes) {
            assertQuoted(earlierReport, o.findElement(By.cssSelector(".earlier .full")).getText());
            var later = o.findElements(By.cssSelector(".later .full"));
            if (!later.isEmpty()) {
                assertQuoted(laterReport, later.get(0).getText());
            }
        }
        // a cut text ends at a word, with an ellipsis
        for (var summary : browser.driver.findElements(By.cssSelector("details.clipped summary"))) {
            String text = summary.getText();
            assertThat(text).endsWith("\u2026");
            String head = text.substring(0, text.length() - 1);
            String whole = summary.findElement(By.xpath("..")).findElement(By.cssSelector(".full")).getText();
            assertThat(whole).startsWith(head);
            assertThat(whole.charAt(head.length())).isIn(' ', ',', ';', ':', '.', '-');
        }
    }

    @Test
    void searchOffersTheAuthoritiesAndThemesToChooseFrom() {
        browser.open("/search");
        var authority = new org.openqa.selenium.support.ui.Select(browser.waitFor(By.cssSelector("select#authority")));
        var theme = new org.openqa.selenium.support.ui.Select(browser.driver.findElement(By.cssSelector("select#theme")));
        authority.selectByVisibleText("Powys County Council");
        // the shared vocabulary's name for the theme (govgraph/themes.yaml)
        theme.selectByVisibleText("Workforce, supervision and caseloads");
        browser.driver.findElement(By.cssSelector("form[role=search] button[type=submit]")).click();
        new WebDriverWait(browser.driver, java.time.Duration.ofSeconds(20))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("main ol li")));
        assertThat(browser.driver.getCurrentUrl()).contains("authority=powys", "theme=workforce");
        assertThat(browser.driver.findElements(By.cssSelector("main ol li"))).allSatisfy(li ->
                assertThat(li.findElement(By.cssSelector(".ref")).getText()).startsWith("Powys County Council"));
    }

    @Test
    void sideBySideSaysNotInspectedForAnAuthorityWithoutInspections() {
        // Cumberland Council succeeded Cumbria in 2023 (the Cumbria dataset); no inspection is of it
        browser.open("/compare?authorities=powys,cumberland&themes=workforce");
        browser.waitFor(By.cssSelector("main table"));
        var cells = browser.driver.findElements(By.cssSelector("main table tbody tr td:nth-child(3)"));
        assertThat(cells).isNotEmpty().allSatisfy(td -> assertThat(td.getText()).isEqualTo("not inspected"));
        assertThat(browser.driver.findElement(By.cssSelector("main table tbody tr td:nth-child(2)")).getText())
                .matches("\\d+ / \\d+ / \\d+");
        var themes = new org.openqa.selenium.support.ui.Select(browser.driver.findElement(By.id("themes")));
        assertThat(themes.getAllSelectedOptions()).extracting(o -> o.getAttribute("value")).containsExactly("workforce");
    }

    @Test
    void aConsoleQueryReturnsRowsAndAWriteIsRefused() {
        browser.open("/console");
        browser.waitFor(By.cssSelector(".CodeMirror"));
        browser.js("document.querySelector('.CodeMirror').CodeMirror.setValue(arguments[0])",
                "MATCH (a:Authority) RETURN a.name AS name ORDER BY name");
        browser.driver.findElement(By.id("run")).click();
        new WebDriverWait(browser.driver, java.time.Duration.ofSeconds(20))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("result"), "Powys County Council"));
        browser.js("document.querySelector('.CodeMirror').CodeMirror.setValue(arguments[0])", "MATCH (n) DETACH DELETE n");
        browser.driver.findElement(By.id("run")).click();
        var refusal = browser.waitFor(By.cssSelector("#result .error"));
        assertThat(refusal.getText()).startsWith("Refused").contains("DETACH");
        browser.screenshot("console-refusal");
    }

    @Test
    void aConsoleQueryReturningNodesShowsThemAsRowsAndAsAGraph() {
        browser.open("/console");
        browser.waitFor(By.cssSelector(".CodeMirror"));
        browser.js("document.querySelector('.CodeMirror').CodeMirror.setValue(arguments[0])", "MATCH (a:Authority) RETURN a LIMIT 3");
        browser.driver.findElement(By.id("run")).click();
        new WebDriverWait(browser.driver, java.time.Duration.ofSeconds(20))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#result tbody tr")));
        assertThat(browser.driver.findElements(By.cssSelector("#result .error"))).isEmpty();
        assertThat(browser.driver.findElements(By.cssSelector("#result tbody tr"))).hasSize(3);
        assertThat(browser.driver.findElement(By.cssSelector("#result tbody")).getText()).contains("Authority");
        assertThat(browser.driver.findElements(By.cssSelector("#result #graph canvas"))).isNotEmpty();
    }

    @Test
    void aLibraryQueryTakesAListParameterAsCommaSeparatedValues() {
        browser.consoleErrors();
        browser.open("/console");
        browser.waitFor(By.cssSelector(".CodeMirror"));
        new org.openqa.selenium.support.ui.Select(browser.driver.findElement(By.id("library"))).selectByValue("known-themes");
        var ids = browser.driver.findElement(By.id("param-ids"));
        // both are in the shared vocabulary, govgraph/themes.yaml
        ids.sendKeys("workforce, safeguarding");
        browser.driver.findElement(By.id("run")).click();
        new WebDriverWait(browser.driver, java.time.Duration.ofSeconds(20))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#result tbody tr")));
        assertThat(browser.driver.findElements(By.cssSelector("#result tbody tr"))).hasSize(2);
        assertThat(browser.driver.findElement(By.cssSelector("#result tbody")).getText()).contains("workforce", "safeguarding");
        // an empty list is not sent as null: the required parameter is named
        ids.clear();
        browser.driver.findElement(By.id("run")).click();
        assertThat(browser.waitFor(By.cssSelector("#result .error")).getText()).contains("$ids is required");
        assertThat(browser.consoleErrors()).isEmpty();
        // leave the console as the other tests expect it: no library entry, no form
        new org.openqa.selenium.support.ui.Select(browser.driver.findElement(By.id("library"))).selectByValue("");
    }

    @Test
    void theAuthorityNodeShowsTheFindingsOfItsEdgesInAndOut() throws IOException {
        browser.open("/authorities/powys/map?inspection=powys-2017-07");
        browser.waitFor(By.cssSelector("#graph canvas"));
        // Powys's edges go out from it (to Powys People Direct, among others): those findings are the authority's
        browser.js("document.getElementById('view').cy.getElementById('powys').emit('tap')");
        var panel = browser.driver.findElement(By.cssSelector(".evidence"));
        assertThat(panel.getText()).startsWith("Powys County Council").doesNotContain("No finding about it");
        assertThat(browser.driver.findElements(By.cssSelector(".evidence h3")))
                .anySatisfy(h -> assertThat(h.getText()).contains("Powys People Direct"));
        assertThat(browser.driver.findElement(By.id("node-findings-count")).getText()).containsPattern("\\d+ findings? about its");
        var quote = browser.driver.findElement(By.cssSelector(".evidence blockquote")).getText();
        assertThat(normalise(seedReport("002_8a5250fadd2eb2f4.txt"))).contains(normalise(quote));
    }

    @Test
    void aThemeFilterHidesTheNodesItLeavesWithoutAnEdge() {
        browser.open("/authorities/powys/map?inspection=powys-2017-07&theme=complaints");
        browser.waitFor(By.cssSelector("#graph canvas"));
        String cy = "const cy = document.getElementById('view').cy; ";
        String orphans = cy + "return cy.nodes().filter(n => n.visible() && n.data('type') !== 'Authority'"
                + " && n.connectedEdges().filter(e => e.visible()).length === 0).length";
        String visible = cy + "return cy.nodes().filter(n => n.visible()).length";
        long all = (Long) browser.js(cy + "return cy.nodes().length");
        assertThat((Long) browser.js(orphans)).isZero();
        assertThat((Long) browser.js(visible)).isPositive().isLessThan(all);
        assertThat((Boolean) browser.js(cy + "return cy.getElementById('powys').visible()")).isTrue();
        assertThat(browser.driver.findElement(By.id("set-aside")).getText()).contains("with no edge matching the filter are hidden");
        // the edge filter does the same, and lifting both brings every node back
        new org.openqa.selenium.support.ui.Select(browser.driver.findElement(By.id("theme"))).selectByValue("");
        new org.openqa.selenium.support.ui.Select(browser.driver.findElement(By.id("polarity"))).selectByValue("concerns");
        assertThat((Long) browser.js(orphans)).isZero();
        new org.openqa.selenium.support.ui.Select(browser.driver.findElement(By.id("polarity"))).selectByValue("");
        assertThat((Long) browser.js(visible)).isEqualTo(all);
    }

    @Test
    void anotherInspectionIsShownOnRequestKeepingTheRestOfTheView() {
        browser.open("/authorities/powys/map?inspection=powys-2017-07&theme=complaints&layout=circle&hide=Partner");
        browser.waitFor(By.cssSelector("#graph canvas"));
        String before = browser.driver.getCurrentUrl();
        // stepping through the picker with the keyboard loads nothing
        var picker = browser.driver.findElement(By.id("inspection"));
        picker.sendKeys(Keys.ARROW_DOWN);
        picker.sendKeys(Keys.ARROW_DOWN);
        assertThat(browser.driver.getCurrentUrl()).isEqualTo(before);
        new org.openqa.selenium.support.ui.Select(picker).selectByValue("powys-2018-10");
        assertThat(browser.driver.getCurrentUrl()).isEqualTo(before);
        browser.driver.findElement(By.id("show-inspection")).click();
        new WebDriverWait(browser.driver, java.time.Duration.ofSeconds(10))
                .until(ExpectedConditions.urlContains("inspection=powys-2018-10"));
        assertThat(browser.driver.getCurrentUrl()).contains("theme=complaints", "layout=circle", "hide=Partner");
        new WebDriverWait(browser.driver, java.time.Duration.ofSeconds(10)).until(d -> "powys-2018-10".equals(browser.js(
                "return document.querySelector('#graph canvas') && document.getElementById('inspection').value")));
        assertThat(new org.openqa.selenium.support.ui.Select(browser.driver.findElement(By.id("layout")))
                .getFirstSelectedOption().getAttribute("value")).isEqualTo("circle");
        assertThat(browser.driver.findElement(By.cssSelector("input[value='Partner']")).isSelected()).isFalse();
    }

    @Test
    void theConsoleLetsTabLeaveTheEditorAndKeepsTheSessionInTheUrl() {
        browser.open("/console");
        browser.waitFor(By.cssSelector(".CodeMirror"));
        browser.js("document.querySelector('.CodeMirror').CodeMirror.setValue(arguments[0])", "MATCH (a:Authority) RETURN a.id");
        browser.driver.findElement(By.cssSelector(".CodeMirror textarea")).sendKeys(Keys.TAB);
        assertThat((Boolean) browser.js("return document.querySelector('.CodeMirror').contains(document.activeElement)")).isFalse();
        assertThat((String) browser.js("return document.querySelector('.CodeMirror').CodeMirror.getValue()"))
                .isEqualTo("MATCH (a:Authority) RETURN a.id");
        // the library entry, its form and the query are in the URL: opening it again restores them
        new org.openqa.selenium.support.ui.Select(browser.driver.findElement(By.id("library"))).selectByValue("known-themes");
        browser.driver.findElement(By.id("param-ids")).sendKeys("workforce");
        String url = browser.driver.getCurrentUrl();
        assertThat(url).contains("library=known-themes", "p.ids=workforce", "query=");
        browser.open("/turnover");
        browser.driver.get(url);
        browser.driver.navigate().refresh();
        browser.waitFor(By.id("param-ids"));
        assertThat(browser.driver.findElement(By.id("param-ids")).getAttribute("value")).isEqualTo("workforce");
        assertThat((String) browser.js("return document.querySelector('.CodeMirror').CodeMirror.getValue()")).contains("$ids");
        new org.openqa.selenium.support.ui.Select(browser.driver.findElement(By.id("library"))).selectByValue("");
    }

    @Test
    void atLaptopSizeTheMapFitsTheWindowBelowOneToolbarRow() {
        var size = browser.driver.manage().window().getSize();
        try {
            browser.driver.manage().window().setSize(new org.openqa.selenium.Dimension(1366, 768));
            browser.open("/authorities/powys/map?inspection=powys-2017-07");
            browser.waitFor(By.cssSelector("#graph canvas"));
            @SuppressWarnings("unchecked")
            var box = (java.util.Map<String, Object>) browser.js("const r = document.getElementById('graph').getBoundingClientRect();"
                    + " return {top: r.top, bottom: r.bottom, height: r.height, window: window.innerHeight,"
                    + " toolbar: document.querySelector('main .toolbar').getBoundingClientRect().height};");
            double window = ((Number) box.get("window")).doubleValue();
            assertThat(((Number) box.get("bottom")).doubleValue()).as("graph bottom within the window").isLessThanOrEqualTo(window);
            assertThat(((Number) box.get("height")).doubleValue()).as("graph height").isGreaterThanOrEqualTo(window * 0.6);
            assertThat(((Number) box.get("toolbar")).doubleValue()).as("toolbar height: one row").isLessThan(50);
            assertThat(browser.driver.findElement(By.id("more")).getAttribute("open")).isNull();
            browser.screenshot("map-1366x768");
            browser.driver.findElement(By.cssSelector("#more summary")).click();
            assertThat(browser.driver.findElement(By.cssSelector("input[value='Partner']")).isDisplayed()).isTrue();
            browser.screenshot("map-1366x768-more");
        } finally {
            browser.driver.manage().window().setSize(size);
        }
    }

    @Test
    void theMapCanHideExpandAndUndoFromTheKeyboard() {
        browser.consoleErrors(); // forget what earlier tests left
        browser.open("/authorities/powys/map?inspection=powys-2017-07");
        browser.waitFor(By.cssSelector("#graph canvas"));
        var finder = new org.openqa.selenium.support.ui.Select(browser.driver.findElement(By.id("node")));
        finder.selectByValue("powys-people-direct");
        assertThat(browser.driver.findElement(By.cssSelector(".evidence")).getText()).contains("Powys People Direct");
        String visible = "return document.getElementById('view').cy.nodes().filter(n => n.style('display') !== 'none').length";
        long before = (Long) browser.js(visible);
        browser.driver.findElement(By.id("hide")).click();
        assertThat((Long) browser.js(visible)).isEqualTo(before - 1);
        browser.driver.findElement(By.id("undo")).click();
        assertThat((Long) browser.js(visible)).isEqualTo(before);
        // a theme keeps only the edges with findings on it, and the evidence shows only those findings
        new org.openqa.selenium.support.ui.Select(browser.driver.findElement(By.id("theme"))).selectByValue("complaints");
        long themed = (Long) browser.js("return document.getElementById('view').cy.edges().filter(e => e.style('display') !== 'none').length");
        long all = (Long) browser.js("return document.getElementById('view').cy.edges().length");
        assertThat(themed).isPositive().isLessThan(all);
        assertThat(browser.driver.getCurrentUrl()).contains("theme=complaints");
        new org.openqa.selenium.support.ui.Select(browser.driver.findElement(By.id("theme"))).selectByValue("");
        // the node-type filters (behind "More") keep the view in the URL, so it can be shared
        browser.js("document.getElementById('more').open = true");
        browser.driver.findElement(By.cssSelector("input[value='Partner']")).click();
        assertThat(browser.driver.getCurrentUrl()).contains("hide=Partner");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void theGraphItselfWorksFromTheKeyboard() {
        browser.consoleErrors();
        browser.open("/authorities/powys/map?inspection=powys-2017-07");
        browser.waitFor(By.cssSelector("#graph canvas"));
        var graph = browser.driver.findElement(By.id("graph"));
        graph.sendKeys(Keys.HOME);
        String selectedNode = "return document.getElementById('view').cy.$('node:selected').map(n => n.data('label')).join()";
        String first = (String) browser.js(selectedNode);
        assertThat(first).isNotEmpty();
        assertThat(browser.driver.findElement(By.cssSelector(".evidence h2")).getText()).startsWith(first);
        assertThat(browser.driver.findElement(By.cssSelector("[role=status]")).getText()).contains("Selected " + first);
        graph.sendKeys(Keys.ARROW_RIGHT);
        String second = (String) browser.js(selectedNode);
        assertThat(second).isNotEqualTo(first);
        // E walks the selected node's edges: the evidence panel then names an edge, from one end to the other
        graph.sendKeys("e");
        assertThat(browser.driver.findElement(By.cssSelector(".evidence h2")).getText()).contains("\u2192").contains(second);
        String visible = "return document.getElementById('view').cy.nodes().filter(n => n.visible()).length";
        long before = (Long) browser.js(visible);
        graph.sendKeys("h");
        assertThat((Long) browser.js(visible)).isEqualTo(before - 1);
        graph.sendKeys("u");
        assertThat((Long) browser.js(visible)).isEqualTo(before);
        double zoom = ((Number) browser.js("return document.getElementById('view').cy.zoom()")).doubleValue();
        graph.sendKeys("+");
        assertThat(((Number) browser.js("return document.getElementById('view').cy.zoom()")).doubleValue()).isGreaterThan(zoom);
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void theMapExportsAsSvgWithItsNodesEdgesAndLabels() throws Exception {
        browser.open("/authorities/powys/map?inspection=powys-2017-07");
        browser.waitFor(By.cssSelector("#graph canvas"));
        // catch the download: the page hands the anchor's blob URL to us instead of saving a file
        browser.js("window.exported = null; HTMLAnchorElement.prototype.click = function () { window.exported = this; };");
        browser.js("document.getElementById('more').open = true");
        browser.driver.findElement(By.id("svg")).click();
        assertThat((String) browser.js("return window.exported.download")).isEqualTo("powys-map.svg");
        String svg = (String) ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1]; fetch(window.exported.href).then(r => r.text()).then(done);");
        var factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        var doc = factory.newDocumentBuilder().parse(new org.xml.sax.InputSource(new java.io.StringReader(svg)));
        assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("svg");
        long nodes = (Long) browser.js("return document.getElementById('view').cy.nodes().filter(n => n.visible()).length");
        long edges = (Long) browser.js("return document.getElementById('view').cy.edges().filter(e => e.visible()).length");
        assertThat(doc.getElementsByTagNameNS("*", "line").getLength()).isEqualTo((int) edges);
        // one circle per node, plus the legend's dots
        assertThat(doc.getElementsByTagNameNS("*", "circle").getLength()).isGreaterThan((int) nodes);
        assertThat(doc.getDocumentElement().getTextContent()).contains("Dyfed-Powys Police", "Powys County Council", "Partner");
        // arrowheads are sized in the drawing's units, not scaled by each edge's stroke width
        var markers = doc.getElementsByTagNameNS("*", "marker");
        assertThat(markers.getLength()).isPositive();
        for (int i = 0; i < markers.getLength(); i++) {
            var marker = (org.w3c.dom.Element) markers.item(i);
            assertThat(marker.getAttribute("markerUnits")).isEqualTo("userSpaceOnUse");
            assertThat(Double.parseDouble(marker.getAttribute("markerWidth"))).isLessThanOrEqualTo(10);
        }
    }

    @Test
    void aLargeMapStartsWithItsMostConnectedNodesAndShowsTheRestOnRequest() {
        browser.open("/authorities/powys/map?inspection=all&limit=8");
        browser.waitFor(By.cssSelector("#graph canvas"));
        String visible = "return document.getElementById('view').cy.nodes().filter(n => n.visible()).length";
        long all = (Long) browser.js("return document.getElementById('view').cy.nodes().length");
        assertThat(all).isGreaterThan(8);
        assertThat((Long) browser.js(visible)).isEqualTo(8);
        assertThat((Boolean) browser.js("return document.getElementById('view').cy.getElementById('powys').visible()")).isTrue();
        assertThat(browser.driver.findElement(By.id("set-aside")).getText()).contains((all - 8) + " of " + all + " nodes");
        browser.driver.findElement(By.id("show-all")).click();
        assertThat((Long) browser.js(visible)).isEqualTo(all);
        browser.driver.findElement(By.id("undo")).click();
        assertThat((Long) browser.js(visible)).isEqualTo(8);
    }

    @Test
    void withoutAnInspectionNamedTheMapShowsTheLatest() {
        browser.open("/authorities/powys/map");
        browser.waitFor(By.cssSelector("#graph canvas"));
        assertThat(new org.openqa.selenium.support.ui.Select(browser.driver.findElement(By.id("inspection")))
                .getFirstSelectedOption().getAttribute("value")).isEqualTo("powys-2018-10");
    }

    @Test
    void aReportUploadedInTheBrowserIsShownAsADraftAndLoadedOnlyWhenAsked() throws Exception {
        browser.consoleErrors();
        // a report of an authority the graph does not hold: the Cumbria 2013 report with the place renamed
        Path report = Files.createTempDirectory("govgraph-ui-").resolve("testshire.txt");
        Files.writeString(report, seedReport("004_495fc7af21d3aa55.txt").replace("Cumbria", "Testshire"));
        browser.open("/extract");
        browser.driver.findElement(By.id("report")).sendKeys(report.toAbsolutePath().toString());
        browser.driver.findElement(By.id("draft")).click();
        var confidence = browser.waitFor(By.id("confidence"));
        assertThat(confidence.getText()).startsWith("Confidence").doesNotContain("LOW");
        String page = browser.driver.findElement(By.id("draft-result")).getText();
        // the report's own words: Ofsted, 13-22 May 2013, lead inspector Mary Candlin, judged inadequate
        assertThat(page).contains("Testshire County Council", "testshire-2013-05", "2013-05-13", "Mary Candlin",
                "Overall effectiveness", "Inadequate", "ensure that social worker supervision is regular");
        browser.screenshot("extract-draft");
        assertThat(browser.accessibilityViolations()).isEmpty();
        assertThat((Long) browser.js("return (await (await fetch('/api/authorities')).json()).filter(a => a.authority.id === 'testshire').length"))
                .as("nothing loaded before the button").isZero();
        browser.driver.findElement(By.id("load")).click();
        var loaded = browser.waitFor(By.cssSelector("#load-result [role=status]"));
        assertThat(loaded.getText()).contains("Loaded: inspection testshire-2013-05");
        assertThat((Long) browser.js("return (await (await fetch('/api/authorities/testshire')).json()).inspections.length")).isEqualTo(1L);
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void aDraftOfAnInspectionAlreadyLoadedFromItsReportIsNotOfferedForLoading() throws Exception {
        Path report = Files.createTempDirectory("govgraph-ui-").resolve("cumbria.txt");
        Files.writeString(report, seedReport("004_495fc7af21d3aa55.txt"));
        browser.open("/extract");
        browser.driver.findElement(By.id("report")).sendKeys(report.toAbsolutePath().toString());
        browser.driver.findElement(By.id("draft")).click();
        assertThat(browser.waitFor(By.id("replaces")).getText()).contains("cumbria-2013-05 is already in the graph from report");
        assertThat(browser.driver.findElement(By.id("load")).isEnabled()).isFalse();
    }

    @Test
    void theAccessibilityScanCatchesAViolationWhenThereIsOne() {
        browser.open("/turnover");
        browser.js("document.querySelector('main').append(Object.assign(document.createElement('button'), {id: 'nameless'}))");
        assertThat(browser.accessibilityViolations()).anySatisfy(v -> assertThat(v).startsWith("button-name"));
    }

    @Test
    void theBackButtonReturnsToThePreviousView() {
        browser.open("/");
        browser.open("/authorities/powys/boards");
        browser.driver.navigate().back();
        new WebDriverWait(browser.driver, java.time.Duration.ofSeconds(10))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main h1"), "Authorities"));
    }

    @Test
    void aGapCellWithEvidenceShowsTheReportsWords() throws IOException {
        browser.open("/authorities/powys/gaps");
        // the health cell of the 2017 inspection: the 2017 dataset names health partners, so it has evidence
        browser.driver.findElements(By.cssSelector(".gap-cell button")).stream()
                .filter(b -> b.getAttribute("aria-label").startsWith("powys-2017-07 health:")).findFirst().orElseThrow().click();
        var quote = browser.waitFor(By.cssSelector("#gap-evidence blockquote")).getText();
        assertThat(normalise(seedReport("002_8a5250fadd2eb2f4.txt"))).contains(normalise(quote));
        assertThat(browser.driver.findElement(By.id("gap-evidence")).getText()).doesNotContain("[object");
    }

    @Test
    void aSectorWithNoEvidenceIsNotDrawnAsAGap() {
        browser.open("/gaps");
        // the Cumbria dataset names police, health and education partners but none in housing: no evidence either way
        var cell = browser.driver.findElements(By.cssSelector(".gap-cell")).stream()
                .filter(td -> td.findElement(By.tagName("button")).getAttribute("aria-label").startsWith("cumbria-2013-05 housing:"))
                .findFirst().orElseThrow();
        assertThat(cell.getAttribute("data-status")).isEqualTo("not_evidenced");
        assertThat(cell.getText()).isEqualTo("no evidence");
        String noEvidence = cell.getCssValue("background-image");
        assertThat(noEvidence).contains("gradient");
        // a cell with findings has a plain colour, never the hatching
        var scored = browser.driver.findElement(By.cssSelector(".gap-cell:not([data-status=not_evidenced])"));
        assertThat(scored.getCssValue("background-image")).isEqualTo("none");
        assertThat(scored.getText()).matches("[0-9.]+");
        assertThat(browser.driver.findElement(By.cssSelector(".gap-legend")).getText()).contains("no evidence", "gap");
    }

    private static String seedReport(String file) throws IOException {
        try (InputStream in = WebUiIT.class.getClassLoader().getResourceAsStream("reports/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** A quote is the report's words, but for the "[...]" where a dataset left some out. */
    private static void assertQuoted(String report, String quote) {
        for (String part : quote.split("\\[\\.\\.\\.\\]")) {
            assertThat(report.contains(normalise(part))).as("in the report: %s", part).isTrue();
        }
    }

    private static String normalise(String text) {
        return text.replace('\u2019', '\'').replaceAll("\\s+", " ").strip();
    }

}
