package jp.shiori.branch;

import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;
import jp.shiori.common.LocalizedText;

/** The library's branches, in display order, each with the pickup points it offers. */
public interface BranchDirectory {

    /** The name of the library system this deployment serves, e.g. 釧路市図書館. */
    LocalizedText libraryName();

    List<BranchView> branches();

    /** The branch with this code ({@code central}, {@code bookmobile}, ...), or empty when there is none. */
    Optional<BranchView> branch(@NotNull String code);
}
