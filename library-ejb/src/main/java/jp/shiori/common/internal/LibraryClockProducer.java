package jp.shiori.common.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jp.shiori.common.LibraryClock;

/** Makes the library's clock injectable: the system's instant source in the configured zone. */
@ApplicationScoped
public class LibraryClockProducer {

    private final LibraryClock clock = LibraryClock.system(LibraryClock.configuredZone());

    @Produces
    public LibraryClock libraryClock() {
        return clock;
    }
}
