package jp.shiori.web.catalog;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import jp.shiori.branch.BranchDirectory;
import jp.shiori.catalog.MaterialType;
import jp.shiori.web.i18n.LanguageSelection;

/** 詳細検索: the choices of its selects. */
@Named
@RequestScoped
public class AdvancedSearchPage {

    @Inject
    BranchDirectory directory;

    @Inject
    LanguageSelection language;

    public List<String> getMaterialTypes() {
        return Arrays.stream(MaterialType.values()).map(Enum::name).toList();
    }

    public List<BranchChoice> getBranches() {
        return directory.branches().stream()
                .map(b -> new BranchChoice(b.code(), b.name().in(language.getLocale())))
                .toList();
    }

    /** A branch as a choice of the select. */
    public record BranchChoice(String code, String name) {
        public String getCode() {
            return code;
        }

        public String getName() {
            return name;
        }
    }
}
