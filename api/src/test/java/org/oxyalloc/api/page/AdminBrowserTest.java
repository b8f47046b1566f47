package org.oxyalloc.api.page;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.oxyalloc.api.user.Role;

/** What an administrator does: creates a hospital's account, disables it, gives it a new password, reads the trail. */
class AdminBrowserTest extends BrowserTest {

    @Test
    void anAdministratorCreatesDisablesAndResetsAHospitalsAccount() throws Exception {
        signIn("/plans", Role.ADMIN);
        follow("nav-users");
        type("new-username", "rs-abdul-moeloek");
        type("new-password", "first of many");
        browser.findElement(By.cssSelector("#new-role option[value='HOSPITAL']")).click();
        type("new-hospital", "18710I5");
        follow("create-user");
        assertThat(text("user-error")).contains("18710I5").contains("tidak ada masalah tersimpan");
        type("new-username", "rs-abdul-moeloek");
        type("new-password", "first of many");
        browser.findElement(By.cssSelector("#new-role option[value='HOSPITAL']")).click();
        type("new-hospital", "1871015");
        // Whether or not another test stored Lampung's day before this one: the hospital is confirmed as known.
        byId("new-unknown").click();
        follow("create-user");
        assertThat(text("user-done")).contains("rs-abdul-moeloek");
        assertThat(row("rs-abdul-moeloek").findElement(By.cssSelector("input.hospital")).getAttribute("value"))
                .isEqualTo("1871015");

        type("new-username", "too-weak");
        type("new-password", "password1234");
        follow("create-user");
        assertThat(text("user-error")).contains("password").contains("terlalu mudah ditebak");

        row("rs-abdul-moeloek").findElement(By.cssSelector("input.enabled")).click();
        follow(row("rs-abdul-moeloek").findElement(By.cssSelector("button.save")));
        assertThat(row("rs-abdul-moeloek").getAttribute("class")).contains("table-secondary");
        row("rs-abdul-moeloek").findElement(By.cssSelector("input.new-password")).sendKeys("second of many");
        follow(row("rs-abdul-moeloek").findElement(By.cssSelector("button.reset")));
        assertThat(text("user-done")).contains("kata sandi baru");
        screenshot("users");

        follow("audit-link");
        assertThat(all("#events td.what").stream().map(WebElement::getText))
                .contains("pengguna dibuat", "pengguna diubah", "kata sandi diatur ulang");
        screenshot("audit");
        follow("sign-out");

        open("/login");
        type("username", "rs-abdul-moeloek");
        type("password", "second of many");
        follow("sign-in");
        assertThat(text("login-error")).isNotEmpty();
    }

    private WebElement row(String username) {
        return byId("user-" + username);
    }
}
