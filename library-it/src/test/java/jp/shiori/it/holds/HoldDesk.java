package jp.shiori.it.holds;

import static jp.shiori.it.ShioriClient.array;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import jp.shiori.it.ShioriClient;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What the hold-shelf browser tests do at the desk: scan as a barcode scanner does, choose a branch, place holds. */
final class HoldDesk {

    private HoldDesk() {}

    /** A barcode scanner: the digits, then Enter, into whatever has the focus; waits for the page to answer. */
    static void scan(WebDriver browser, String digits) {
        String focused = browser.switchTo().activeElement().getAttribute("id");
        browser.switchTo().activeElement().sendKeys(digits + Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> {
            try {
                return d.findElement(By.id(focused)).getAttribute("value").isEmpty()
                        || !d.findElement(By.id(focused)).equals(d.switchTo().activeElement());
            } catch (StaleElementReferenceException e) {
                return false;
            } catch (org.openqa.selenium.WebDriverException e) {
                // The page was replaced between finding the field and reading it ("does not belong to the document").
                return false;
            }
        });
    }

    static void choose(WebDriver browser, String selectId, String value) {
        new Select(browser.findElement(By.id(selectId))).selectByValue(value);
    }

    static String chosen(WebDriver browser, String selectId) {
        return new Select(browser.findElement(By.id(selectId)))
                .getFirstSelectedOption()
                .getAttribute("value");
    }

    /** The patron's own hold through the patron API (as the web placement form sends it). */
    static void placeAsPatron(ShioriClient client, String token, long titleId, String branch, String station) {
        URI uri = client.base().resolve("api/v1/me/holds");
        HttpResponse<String> placed = client.send(HttpRequest.newBuilder(uri)
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        placement(titleId, branch, station), StandardCharsets.UTF_8)));
        if (placed.statusCode() != 201) {
            throw new AssertionError("placing a hold: " + placed.statusCode() + " " + placed.body());
        }
    }

    /** A hold taken at the counter through the staff API; returns its id. */
    static long placeAtCounter(ShioriClient desk, String card, long titleId, String branch, String station) {
        HttpResponse<String> placed = desk.postJson(
                "api/v1/holds",
                "{\"card\":\"" + card + "\",\"placement\":" + placement(titleId, branch, station) + "}");
        if (placed.statusCode() != 201) {
            throw new AssertionError("placing a counter hold: " + placed.statusCode() + " " + placed.body());
        }
        return array(placed).getJsonObject(0).getJsonNumber("id").longValue();
    }

    private static String placement(long titleId, String branch, String station) {
        return "{\"titleIds\":[" + titleId + "],\"type\":\"NORMAL\",\"contact\":\"NONE\",\"pickupBranch\":\"" + branch
                + "\"" + (station == null ? "" : ",\"pickupStation\":\"" + station + "\"")
                + ",\"confirmationMail\":false}";
    }
}
