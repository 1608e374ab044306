package jp.shiori.web.alerts;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.function.Function;
import jp.shiori.catalog.NewArrival;
import jp.shiori.catalog.NewArrivals;
import jp.shiori.catalog.TitleSummary;

/**
 * Atom 1.0 documents of new arrivals, written by ROME: one entry per title (its page as link and id, the time
 * its first copy arrived as updated, authors, and publisher, year and branches as summary).
 */
final class AtomFeeds {

    private AtomFeeds() {}

    /**
     * @param self   the feed's own absolute address
     * @param site   the site's address, ending in "/"
     * @param branch the name of a branch by code
     */
    static String atom(
            String title,
            String self,
            String site,
            NewArrivals arrivals,
            Function<String, String> branch,
            Instant now) {
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType("atom_1.0");
        feed.setTitle(title);
        feed.setUri(self);
        feed.setLink(site);
        feed.setLinks(List.of(link(self, "self"), link(site, "alternate")));
        feed.setAuthor(title);
        Instant updated = arrivals.titles().stream()
                .map(NewArrival::arrivedAt)
                .filter(t -> t != null)
                .max(Instant::compareTo)
                .orElse(now);
        feed.setPublishedDate(Date.from(updated));
        List<SyndEntry> entries = new ArrayList<>();
        for (NewArrival a : arrivals.titles()) {
            TitleSummary t = a.title();
            SyndEntry entry = new SyndEntryImpl();
            String page = site + "title.xhtml?id=" + t.id();
            entry.setTitle(t.title());
            entry.setLink(page);
            entry.setUri(page);
            Date arrived = Date.from(a.arrivedAt() == null ? updated : a.arrivedAt());
            entry.setUpdatedDate(arrived);
            entry.setPublishedDate(arrived);
            entry.setAuthor(t.authors().isEmpty() ? title : String.join("・", t.authors()));
            SyndContent summary = new SyndContentImpl();
            summary.setType("text");
            List<String> parts = new ArrayList<>();
            if (t.publisher() != null) {
                parts.add(t.publisher());
            }
            if (t.publicationYear() != null) {
                parts.add(t.publicationYear().toString());
            }
            a.branchCodes().stream().map(branch).forEach(parts::add);
            summary.setValue(String.join(" / ", parts));
            entry.setDescription(summary);
            entries.add(entry);
        }
        feed.setEntries(entries);
        try {
            return new SyndFeedOutput().outputString(feed);
        } catch (FeedException e) {
            throw new IllegalStateException("an Atom feed could not be written", e);
        }
    }

    private static SyndLink link(String href, String rel) {
        SyndLink link = new SyndLinkImpl();
        link.setHref(href);
        link.setRel(rel);
        return link;
    }
}
