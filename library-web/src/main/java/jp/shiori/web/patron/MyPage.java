package jp.shiori.web.patron;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.shiori.patron.CardStanding;
import jp.shiori.patron.PatronAccounts;
import jp.shiori.patron.PatronProfile;

/** マイページ: the patron's profile, card number and next card renewal date, with a notice when it is near. */
@Named
@RequestScoped
public class MyPage {

    @Inject
    PatronCaller patron;

    @Inject
    PatronAccounts accounts;

    private PatronProfile profile;

    @PostConstruct
    void load() {
        Long id = patron.id();
        profile = id == null ? null : accounts.profile(id).orElse(null);
    }

    public PatronProfile getProfile() {
        return profile;
    }

    public boolean isRenewalNear() {
        return profile != null && profile.standing() == CardStanding.RENEWAL_NEAR;
    }
}
