package jp.shiori.web.staff;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * The placeholder role check of the staff side: a request is a staff request only when it comes from
 * this machine (loopback). Replaced by Jakarta Security roles with the accounts issue; until then no
 * staff function is reachable from the network.
 */
public final class StaffAccess {

    private StaffAccess() {
    }

    public static boolean allowed(String remoteAddress) {
        if (remoteAddress == null) {
            return false;
        }
        try {
            return InetAddress.getByName(remoteAddress).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
