package jp.shiori.web.reminders;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import jp.shiori.common.LibraryClock;
import jp.shiori.reminders.Notices;

/**
 * 窓口でお知らせ: patrons whose card renewal date is near and who have no verified e-mail address, for the counter
 * to tell when they come in ("更新日が近づいているお客様には、Eメールか窓口でお知らせ"). A renewed card leaves the list.
 */
@Named
@RequestScoped
public class CounterNoticesPage {

    @Inject
    Notices notices;

    @Inject
    LibraryClock clock;

    private List<Notices.CounterNotice> lines;

    public List<Notices.CounterNotice> getLines() {
        if (lines == null) {
            lines = notices.counterList(clock.today());
        }
        return lines;
    }
}
