package jp.shiori.catalog.internal.demo;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.List;
import jp.shiori.branch.BranchDirectory;
import jp.shiori.branch.BranchView;
import jp.shiori.catalog.TitleDraft;
import jp.shiori.catalog.internal.DefaultCatalogRecords;

/** Stores one chunk of demo titles with their copies in a transaction of its own. */
@Stateless
public class DemoCatalogChunk {

    @EJB
    private DefaultCatalogRecords records;

    @EJB
    private BranchDirectory branches;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void store(List<TitleDraft> drafts) {
        List<String> codes = branches.branches().stream().map(BranchView::code).toList();
        records.storeWithCopies(drafts, (draft, titleId) -> DemoCopies.of(draft, titleId, codes));
    }
}
