package jp.shiori.staff.internal;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.util.logging.Level;
import java.util.logging.Logger;
import jp.shiori.common.RefusedException;
import jp.shiori.staff.StaffAccounts;

/**
 * The first administrator comes from configuration, never from a default in the code:
 * {@code LIBRARY_ADMIN_USERNAME} and {@code LIBRARY_ADMIN_PASSWORD} (or {@code LIBRARY_ADMIN_PASSWORD_FILE},
 * a file holding it) create it at a start when no staff account exists yet. Afterwards the variables are
 * ignored and can be removed; administrators manage accounts on the staff screens.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class FirstAdministrator {

    private static final Logger LOG = Logger.getLogger(FirstAdministrator.class.getName());

    @EJB
    StaffAccounts accounts;

    @PostConstruct
    void create() {
        String username = System.getenv("LIBRARY_ADMIN_USERNAME");
        String password = password();
        try {
            if (username == null || username.isBlank() || password == null) {
                if (accounts.members().isEmpty()) {
                    LOG.warning("No staff account exists: set LIBRARY_ADMIN_USERNAME and LIBRARY_ADMIN_PASSWORD "
                            + "(or LIBRARY_ADMIN_PASSWORD_FILE) and restart to create the first administrator.");
                }
                return;
            }
            if (accounts.createFirstAdministrator(username, password)) {
                LOG.info("First administrator " + username + " created from configuration");
            }
        } catch (RefusedException e) {
            LOG.log(Level.SEVERE, "The first administrator from configuration was refused: {0}", e.getMessage());
        }
    }

    private static String password() {
        String file = System.getenv("LIBRARY_ADMIN_PASSWORD_FILE");
        if (file != null && !file.isBlank()) {
            try {
                return java.nio.file.Files.readString(java.nio.file.Path.of(file))
                        .strip();
            } catch (java.io.IOException e) {
                LOG.log(Level.SEVERE, "LIBRARY_ADMIN_PASSWORD_FILE cannot be read: {0}", e.getMessage());
                return null;
            }
        }
        return System.getenv("LIBRARY_ADMIN_PASSWORD");
    }
}
