package jp.shiori.patron.internal;

import jp.shiori.common.internal.Passwords;

/**
 * Passwords for rule tests: "hash:&lt;password&gt;" stands for a hash, an "old:" prefix for one made with weaker
 * parameters; {@link #checks} counts the checks (a refusal must cost one as well, against timing attacks).
 */
public class FakePasswords implements Passwords {

    public int checks;

    @Override
    public String hash(String password) {
        return "hash:" + password;
    }

    @Override
    public boolean matches(String password, String hash) {
        checks++;
        return hash != null && hash.endsWith(":" + password);
    }

    @Override
    public boolean outdated(String hash) {
        return hash.startsWith("old:");
    }
}
