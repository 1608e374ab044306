package jp.shiori.branch.internal;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.executable.ValidateOnExecution;
import java.util.List;
import java.util.Optional;
import jp.shiori.branch.BranchDirectory;
import jp.shiori.branch.BranchView;
import jp.shiori.common.LocalizedText;

@ValidateOnExecution
@Stateless
public class DefaultBranchDirectory implements BranchDirectory {

    @PersistenceContext
    private EntityManager em;

    @Override
    public LocalizedText libraryName() {
        return em.createNamedQuery(LibrarySystem.THE_ONE, LibrarySystem.class)
                .getResultStream()
                .findFirst()
                .map(LibrarySystem::name)
                .orElseThrow(
                        () -> new IllegalStateException("No library_system row: is a seed (LIBRARY_SEED) loaded?"));
    }

    @Override
    public List<BranchView> branches() {
        return em.createNamedQuery(Branch.ALL_IN_DISPLAY_ORDER, Branch.class).getResultList().stream()
                .map(DefaultBranchDirectory::view)
                .toList();
    }

    @Override
    public Optional<BranchView> branch(String code) {
        return em.createNamedQuery(Branch.BY_CODE, Branch.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst()
                .map(DefaultBranchDirectory::view);
    }

    static BranchView view(Branch b) {
        return new BranchView(
                b.code(),
                b.kind(),
                b.name(),
                b.address(),
                b.phone(),
                b.phoneNote(),
                b.openingHours(),
                b.pickupLocation(),
                b.pickupPoints());
    }
}
