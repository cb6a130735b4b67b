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
}
