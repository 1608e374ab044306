package jp.shiori.catalog.internal;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.executable.ValidateOnExecution;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import jp.shiori.branch.BranchRef;
import jp.shiori.branch.Branches;
import jp.shiori.catalog.CatalogSearch;
import jp.shiori.catalog.Holding;
import jp.shiori.catalog.InvalidSearchException;
import jp.shiori.catalog.NewArrival;
import jp.shiori.catalog.NewArrivals;
import jp.shiori.catalog.SearchProblem;
import jp.shiori.catalog.SearchRequest;
import jp.shiori.catalog.SearchResult;
import jp.shiori.catalog.TitleDetail;
import jp.shiori.catalog.TitleSummary;
import jp.shiori.catalog.internal.CatalogReads.CopyCounts;
import jp.shiori.catalog.internal.search.CatalogIndex;
import jp.shiori.catalog.internal.search.IndexEntry;
import jp.shiori.catalog.internal.search.IndexHit;
import jp.shiori.catalog.internal.search.IndexPage;

/**
 * Finds titles in the index and tells, from the database at this moment, how many copies each has and
 * how many are on the shelf: the index is never trusted for availability.
 */
@ValidateOnExecution
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS) // read-only: no transaction of its own per search
public class DefaultCatalogSearch implements CatalogSearch {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private CatalogIndex index;

    @EJB
    private CatalogReads reads;

    @EJB
    private Branches branches;

    @Override
    public SearchResult search(SearchRequest request) {
        check(request);
        if (request.isEmpty()) {
            return new SearchResult(0, request.page(), request.size(), List.of(), Map.of());
        }
        IndexPage page = index.search(request);
        Map<Long, CopyCounts> counts =
                reads.copyCounts(page.hits().stream().map(IndexHit::id).toList());
        List<TitleSummary> hits =
                page.hits().stream().map(h -> summary(h, counts)).toList();
        return new SearchResult(page.total(), request.page(), request.size(), hits, page.facets());
    }

    @Override
    public NewArrivals newArrivals(SearchRequest request, Instant from, Instant to, Set<Long> excluded) {
        check(request);
        if (!from.isBefore(to)) {
            return new NewArrivals(0, List.of());
        }
        IndexPage page = index.newArrivals(request, from, to, excluded);
        if (page.hits().isEmpty()) {
            return new NewArrivals(page.total(), List.of());
        }
        List<Long> ids = page.hits().stream().map(IndexHit::id).toList();
        Map<Long, CopyCounts> counts = reads.copyCounts(ids);
        Map<Long, List<IndexEntry.Copy>> copies = reads.copiesOf(ids);
        List<NewArrival> titles = page.hits().stream()
                .map(h -> new NewArrival(
                        summary(h, counts),
                        h.firstCopyAt(),
                        copies.getOrDefault(h.id(), List.of()).stream()
                                .map(IndexEntry.Copy::branchCode)
                                .distinct()
                                .toList()))
                .toList();
        return new NewArrivals(page.total(), titles);
    }

    private void check(SearchRequest request) {
        List<SearchProblem> problems = new ArrayList<>(request.problems());
        if (!request.branches().isEmpty() && !knownBranches().containsAll(request.branches())) {
            problems.add(SearchProblem.UNKNOWN_BRANCH);
        }
        if (!problems.isEmpty()) {
            throw new InvalidSearchException(problems);
        }
    }

    private static TitleSummary summary(IndexHit h, Map<Long, CopyCounts> counts) {
        CopyCounts c = counts.getOrDefault(h.id(), CopyCounts.NONE);
        return new TitleSummary(
                h.id(),
                h.title(),
                h.titleReading(),
                h.authors(),
                h.publisher(),
                h.publicationYear(),
                h.materialType(),
                h.ndc(),
                c.copies(),
                c.available(),
                c.loanable() > 0);
    }

    private Set<String> knownBranches() {
        return branches.byId().values().stream().map(BranchRef::code).collect(Collectors.toSet());
    }

    @Override
    public Optional<TitleDetail> title(long id) {
        Title t = em.find(Title.class, id);
        if (t == null) {
            return Optional.empty();
        }
        Map<Long, BranchRef> owners = branches.byId();
        List<Holding> holdings = em.createNamedQuery(Item.OF_TITLE, Item.class)
                .setParameter("titleId", id)
                .getResultStream()
                .filter(i -> i.status() != jp.shiori.catalog.ItemStatus.WITHDRAWN)
                .sorted(Comparator.comparingInt(
                                (Item i) -> owners.get(i.branchId()).displayOrder())
                        .thenComparing(Item::barcode))
                .map(i -> new Holding(
                        i.barcode(),
                        owners.get(i.branchId()).code(),
                        owners.get(i.branchId()).name(),
                        i.shelfLocation(),
                        i.callNumber(),
                        i.loanable(),
                        i.status(),
                        i.dueOn()))
                .toList();
        return Optional.of(new TitleDetail(
                t.id(),
                t.title(),
                t.titleReading(),
                t.contributors(),
                t.publisher(),
                t.publicationYear(),
                t.isbns(),
                t.ndc(),
                t.materialType(),
                t.language(),
                t.seriesTitle(),
                t.volume(),
                t.summary(),
                t.subjects(),
                holdings,
                TitleDetail.holdable(holdings)));
    }
}
