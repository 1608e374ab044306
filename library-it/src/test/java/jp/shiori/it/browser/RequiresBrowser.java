package jp.shiori.it.browser;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import jp.shiori.it.RequiresTool;

/** A browser test: needs Debian's Chromium and ChromeDriver. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@RequiresTool(
        paths = {"/usr/bin/chromium", "/usr/bin/chromedriver"},
        requiredBy = "browser.required",
        install = "apt-get install chromium chromium-driver fonts-noto-cjk")
public @interface RequiresBrowser {}
