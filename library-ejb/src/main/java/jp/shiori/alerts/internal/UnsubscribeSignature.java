package jp.shiori.alerts.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature of an unsubscribe link: HMAC-SHA256 of the alert id under the library's key, so the link
 * pauses exactly that alert and nobody can make one for another patron's alert.
 */
final class UnsubscribeSignature {

    private final byte[] key;

    UnsubscribeSignature(String key) {
        if (key == null || key.length() < 32) {
            throw new IllegalArgumentException("the signing key needs at least 32 characters");
        }
        this.key = key.getBytes(StandardCharsets.UTF_8);
    }

    String sign(long alertId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] digest = mac.doFinal(("new-arrival-alert:" + alertId).getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java platform", e);
        }
    }

    /** In constant time, so the comparison tells nothing about how much of a forged signature was right. */
    boolean verify(long alertId, String signature) {
        if (signature == null || signature.length() > 100) {
            return false;
        }
        return MessageDigest.isEqual(
                sign(alertId).getBytes(StandardCharsets.US_ASCII), signature.getBytes(StandardCharsets.US_ASCII));
    }
}
