package io.github.disclosureauditor.server;

import io.github.disclosureauditor.TestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The review page in headless Chromium: submit a seed, see ranked findings, click one and see
 * its lines highlighted (see {@link Browser} for when it is skipped).
 */
class WebPageBrowserTest {
    @Test
    void submitSeedSeeRankedFindingsAndHighlight(@TempDir Path profile) throws Exception {
        WebDriver driver = Browser.open(profile, 1400, 1000);
        try (AuditServer server = AuditServer.create(TestSupport.serverOptions().withPort(0)).start()) {
            try {
                driver.get("http://127.0.0.1:" + server.port() + "/");
                assertEquals("预决算公开审核 · disclosure-auditor", driver.getTitle());
                Path seed = TestSupport.seed("000").toAbsolutePath();
                driver.findElement(By.id("file")).sendKeys(seed.toString());
                driver.findElement(By.id("run")).click();
                WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
                wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#findings .finding")));

                List<WebElement> findings = driver.findElements(By.cssSelector("#findings .finding"));
                assertTrue(findings.size() >= 4, "HIGH, MEDIUM and LOW findings are shown by default");
                WebElement first = findings.get(0);
                assertTrue(first.getAttribute("class").contains("HIGH"));
                assertTrue(first.getText().contains("#1"));
                assertTrue(driver.findElement(By.id("summary")).getText().contains("三门峡市医疗保障服务中心"));

                WebElement balance = driver.findElements(By.cssSelector("#findings .finding")).stream()
                        .filter(f -> "ARITH-003".equals(f.getAttribute("data-rule"))).findFirst().orElseThrow();
                balance.click();
                List<WebElement> lit = driver.findElements(By.cssSelector("#doc .ln.hl"));
                assertFalse(lit.isEmpty(), "clicking a finding highlights its lines");
                assertEquals("606", lit.get(0).getAttribute("data-n"));
                assertTrue(driver.findElement(By.id("L673")).getAttribute("class").contains("hl"));
                assertTrue(driver.findElement(By.id("L673")).getText().contains("812.63"));

                // Keyboard: focus the second finding and press Enter.
                WebElement second = driver.findElements(By.cssSelector("#findings .finding")).get(1);
                second.sendKeys(Keys.ENTER);
                assertTrue(second.getAttribute("class").contains("selected"));

                driver.findElement(By.cssSelector("input.sev[value='INFO']")).click();
                int withInfo = driver.findElements(By.cssSelector("#findings .finding")).size();
                assertTrue(withInfo > findings.size(), "INFO filter adds rounding notes");

                Browser.assertNoHorizontalOverflow(driver, "audit view at 1400 px");
                Browser.screenshot(driver, "web-audit.png");
                driver.findElement(By.id("tab-rules")).click();
                wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#rules tr"), 20));

                Browser.screenshot(driver, "web-rules.png");
                List<LogEntry> severe = Browser.consoleErrors(driver);
                assertTrue(severe.isEmpty(), "no console errors: " + severe);
            } finally {
                driver.quit();
            }
        }
    }
}
