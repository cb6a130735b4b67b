package io.github.disclosureauditor.server;

import io.github.disclosureauditor.TestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The page defects found by trying it: seed 003 (very long text lines) made the page 2652 px
 * wide at 1400 px, and at 800 px finding text and the export buttons were cut off; the reload
 * button could not send the token a protected service asks for.
 */
class PageLayoutBrowserTest {
    @ParameterizedTest
    @ValueSource(ints = {1400, 800})
    void longLinesStayInTheirPane(int width, @TempDir Path profile) throws Exception {
        WebDriver driver = Browser.open(profile, width, 900);
        try (AuditServer server = AuditServer.create(TestSupport.serverOptions()).start()) {
            try {
                driver.get("http://127.0.0.1:" + server.port() + "/");
                driver.findElement(By.id("file")).sendKeys(TestSupport.seed("003").toAbsolutePath().toString());
                driver.findElement(By.id("run")).click();
                new WebDriverWait(driver, Duration.ofSeconds(60))
                        .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#findings .finding")));
                Browser.assertNoHorizontalOverflow(driver, "seed 003 at " + width + " px");
                long inner = ((Number) ((JavascriptExecutor) driver).executeScript("return window.innerWidth;")).longValue();
                for (String id : new String[]{"export-json", "export-csv", "export-html"}) {
                    WebElement b = driver.findElement(By.id(id));
                    assertTrue(b.getLocation().getX() + b.getSize().getWidth() <= inner, id + " is cut off at " + width);
                }
                for (WebElement m : driver.findElements(By.cssSelector("#findings .finding .message"))) {
                    assertTrue(m.getLocation().getX() + m.getSize().getWidth() <= inner, "finding text cut off at " + width);
                }
                Browser.screenshot(driver, "layout-003-" + width + ".png");
            } finally {
                driver.quit();
            }
        }
    }

    @Test
    void reloadButtonAsksForTheTokenAndSendsIt(@TempDir Path profile) throws Exception {
        WebDriver driver = Browser.open(profile, 1024, 800);
        try (AuditServer server = AuditServer.create(TestSupport.serverOptions().withToken("s3cret")).start()) {
            try {
                WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
                driver.get("http://127.0.0.1:" + server.port() + "/");
                driver.findElement(By.id("tab-rules")).click();
                wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#rules tr"), 20));
                driver.findElement(By.id("reload")).click();
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("token")));
                assertTrue(driver.findElement(By.id("rules-status")).getText().contains("令牌"));
                driver.findElement(By.id("token")).sendKeys("s3cret");
                driver.findElement(By.id("reload")).click();
                wait.until(d -> d.findElement(By.id("rules-status")).getText().startsWith("已重新加载"));
            } finally {
                driver.quit();
            }
        }
    }

    @Test
    void aUnitsTimelineWithItsCrossDocumentFindings(@TempDir Path profile) throws Exception {
        Path series = Path.of("src/test/resources/fixtures/XDOC-001/positive").toAbsolutePath();
        WebDriver driver = Browser.open(profile, 1024, 900);
        try (AuditServer server = AuditServer.create(TestSupport.serverOptions()).start()) {
            try {
                WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
                driver.get("http://127.0.0.1:" + server.port() + "/");
                driver.findElement(By.id("tab-batch")).click();
                driver.findElement(By.id("batch-files")).sendKeys(series.resolve("2023.txt") + "\n" + series.resolve("2024.txt"));
                driver.findElement(By.id("batch-run")).click();
                wait.until(d -> d.findElement(By.id("batch-status")).getText().startsWith("完成：2 份"));
                driver.findElements(By.cssSelector("#batch-rows tr")).get(0).findElement(By.tagName("button")).click();
                wait.until(d -> d.findElement(By.id("summary")).getText().contains("某某市某某局"));
                driver.findElement(By.cssSelector("#series-box summary")).click();
                driver.findElement(By.id("series-run")).click();
                wait.until(d -> d.findElement(By.id("series-status")).getText().contains("2 份文档"));
                assertTrue(driver.findElement(By.id("timeline")).getText().contains("2023 年预算"));
                assertTrue(driver.findElement(By.id("timeline")).getText().contains("2024 年预算"));
                WebElement finding = driver.findElement(By.cssSelector("#series-findings .finding"));
                assertTrue(finding.getText().contains("XDOC-001"), finding.getText());
                assertTrue(finding.getText().contains("《2023.txt》第 8 行"), finding.getText());
                assertTrue(finding.getText().contains("《2024.txt》第 11 行"), finding.getText());
                Browser.assertNoHorizontalOverflow(driver, "timeline at 1024 px");
                Browser.screenshot(driver, "series-1024.png");
            } finally {
                driver.quit();
            }
        }
    }
}
