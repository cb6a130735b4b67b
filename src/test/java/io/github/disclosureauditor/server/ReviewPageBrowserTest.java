package io.github.disclosureauditor.server;

import io.github.disclosureauditor.TestSupport;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Reviewing as a person does, in headless Chromium at a desktop and a small laptop width: a PDF
 * audited and shown on its rendered page with the cited boxes, a verdict with a note that is
 * still there after reopening the audit, the history, and a batch of two documents ranked by
 * serious findings — with nothing wider than the window at any step.
 */
class ReviewPageBrowserTest {
    private static final Path PDF = Path.of("seeds/corpus/pdf/101_jiangsu-npc-office-2017-dept-budget.pdf");

    @ParameterizedTest
    @ValueSource(ints = {1400, 1024})
    void pageViewVerdictsHistoryAndBatch(int width, @TempDir Path profile) throws Exception {
        WebDriver driver = Browser.open(profile, width, 1000);
        try (AuditServer server = AuditServer.create(TestSupport.serverOptions()).start()) {
            String base = "http://127.0.0.1:" + server.port() + "/";
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
            try {
                driver.get(base);
                driver.findElement(By.id("file")).sendKeys(PDF.toAbsolutePath().toString());
                driver.findElement(By.id("run")).click();
                wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#findings .finding")));
                Browser.assertNoHorizontalOverflow(driver, width + " px, audit");

                // The PDF opens on its page view; choosing a finding draws its boxes on the page.
                assertTrue(driver.findElement(By.id("page-view")).isDisplayed(), "a PDF shows its pages");
                WebElement first = driver.findElements(By.cssSelector("#findings .finding")).get(0);
                assertEquals("NARR-001", first.getAttribute("data-rule"));
                first.click();
                wait.until(d -> "第 11 页".equals(d.findElement(By.id("page-label")).getText()));
                wait.until(d -> (Boolean) ((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                        "const i = document.getElementById('page-img'); return i.complete && i.naturalWidth > 0;"));
                wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#page-boxes .page-box")));
                WebElement img = driver.findElement(By.id("page-img"));
                WebElement box = driver.findElement(By.cssSelector("#page-boxes .page-box"));
                double ratio = img.getSize().getWidth() / (595.0 * 1.5);
                // Line 224 "2010101 行政运行 4,545.94" lies 287–296 pt from the top of page 11.
                int top = box.getLocation().getY() - img.getLocation().getY();
                assertTrue(Math.abs(top - (287.4 * 1.5 * ratio - 3)) < 4, "box at the cited row: " + top);
                assertTrue(box.getSize().getWidth() > img.getSize().getWidth() / 3, "box spans the row");
                Browser.screenshot(driver, "review-page-" + width + ".png");
                driver.findElement(By.id("show-text")).click();
                assertTrue(driver.findElement(By.id("L224")).getAttribute("class").contains("hl"));
                Browser.assertNoHorizontalOverflow(driver, width + " px, text view");

                // Verdict and note, kept in the database.
                first = driver.findElements(By.cssSelector("#findings .finding")).get(0);
                first.findElement(By.cssSelector(".verdict .v-CONFIRMED")).click();
                wait.until(d -> d.findElements(By.cssSelector("#findings .finding")).get(0)
                        .findElement(By.cssSelector(".saved")).getText().contains("已保存：确认"));
                WebElement note = driver.findElements(By.cssSelector("#findings .finding")).get(0)
                        .findElement(By.cssSelector(".verdict .note"));
                note.sendKeys("已与第 11 页核对", Keys.ENTER);
                wait.until(d -> d.findElement(By.id("review-progress")).getText().contains("已审阅 1 /"));
                wait.until(d -> d.findElements(By.cssSelector("#findings .finding")).get(0)
                        .findElement(By.cssSelector(".saved")).getText().contains("已保存"));
                String status = driver.findElement(By.id("status")).getText();
                String id = status.replaceAll("(?s).*第 (\\d+) 号审核.*", "$1");
                driver.get(base + "?audit=" + id);
                wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#findings .finding .verdict")));
                WebElement reopened = driver.findElements(By.cssSelector("#findings .finding")).get(0);
                assertTrue(reopened.findElement(By.cssSelector(".v-CONFIRMED")).getAttribute("class").contains("on"));
                assertEquals("已与第 11 页核对", reopened.findElement(By.cssSelector(".note")).getAttribute("value"));

                // History lists the audit with its review progress.
                driver.findElement(By.id("tab-history")).click();
                wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#history-rows tr")));
                List<WebElement> rows = driver.findElements(By.cssSelector("#history-rows tr"));
                assertEquals(1, rows.size());
                assertTrue(rows.get(0).getText().contains("江苏省人大常委会办公厅"), rows.get(0).getText());
                assertTrue(rows.get(0).getText().contains("1 / "), rows.get(0).getText());
                Browser.assertNoHorizontalOverflow(driver, width + " px, history");

                // A batch of two documents, ranked by serious findings; each opens from the table.
                driver.findElement(By.id("tab-batch")).click();
                driver.findElement(By.id("batch-files")).sendKeys(TestSupport.seed("002").toAbsolutePath() + "\n"
                        + TestSupport.seed("000").toAbsolutePath());
                driver.findElement(By.id("batch-run")).click();
                wait.until(d -> d.findElement(By.id("batch-status")).getText().startsWith("完成：2 份"));
                List<WebElement> batch = driver.findElements(By.cssSelector("#batch-rows tr"));
                assertEquals(2, batch.size());
                assertTrue(batch.get(0).getText().contains("000_"), "the document with serious findings first: "
                        + batch.get(0).getText());
                Browser.assertNoHorizontalOverflow(driver, width + " px, batch");
                Browser.screenshot(driver, "review-batch-" + width + ".png");
                batch.get(0).findElement(By.tagName("button")).click();
                wait.until(d -> d.findElement(By.id("summary")).getText().contains("三门峡市医疗保障服务中心"));
                assertFalse(driver.findElement(By.id("view-audit")).getAttribute("hidden") != null);
                assertTrue(Browser.consoleErrors(driver).isEmpty(), "no console errors: " + Browser.consoleErrors(driver));
            } finally {
                driver.quit();
            }
        }
    }
}
