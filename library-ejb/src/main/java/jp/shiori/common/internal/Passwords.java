package jp.shiori.common.internal;

/** Hashing and checking passwords; the login rule depends on this, not on an algorithm. */
public interface Passwords {

    String hash(String password);

    /**
     * Whether the password matches the hash. With a null hash (an unknown card) it checks against a decoy
     * and answers false, taking as long as a real check, so timing does not tell which cards exist.
     */
    boolean matches(String password, String hash);

    /** Whether a stored hash was made with weaker parameters than today's and should be replaced. */
    boolean outdated(String hash);
}
