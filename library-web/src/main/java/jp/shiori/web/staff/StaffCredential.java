package jp.shiori.web.staff;

import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;

/** A staff login name and password, as typed on the staff login page (never a patron's card). */
public class StaffCredential extends UsernamePasswordCredential {

    public StaffCredential(String username, String password) {
        super(username == null ? "" : username, new Password(password == null ? "" : password));
    }
}
