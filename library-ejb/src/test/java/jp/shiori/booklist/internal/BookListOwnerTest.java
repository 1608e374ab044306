package jp.shiori.booklist.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import jp.shiori.booklist.BookListRules;
import jp.shiori.booklist.EntryStatus;
import org.junit.jupiter.api.Test;

class BookListOwnerTest {

    private static final Instant T0 = Instant.parse("2026-12-01T00:00:00Z");

    @Test
    void automaticRegistrationIsOffUntilThePatronTurnsItOn() {
        BookListOwner owner = new BookListOwner(1, "しおり", BookListRules.TERMS_VERSION, T0);
        assertFalse(owner.autoRegister());
        assertNull(owner.autoRegisterSince());
        assertTrue(owner.started());
    }

    @Test
    void turningItOnAgainMovesTheBoundarySoLoansMadeWhileOffStayOut() {
        BookListOwner owner = new BookListOwner(1, "しおり", BookListRules.TERMS_VERSION, T0);
        owner.autoRegister(true, T0.plusSeconds(10));
        owner.autoRegister(true, T0.plusSeconds(20));
        assertEquals(T0.plusSeconds(10), owner.autoRegisterSince(), "saving 'on' again keeps the first moment");
        owner.autoRegister(false, T0.plusSeconds(30));
        assertNull(owner.autoRegisterSince());
        owner.autoRegister(true, T0.plusSeconds(40));
        assertEquals(T0.plusSeconds(40), owner.autoRegisterSince());
        assertEquals(
                BookListRules.LoanArrival.IGNORE,
                BookListRules.loanArrival(
                        owner.autoRegister(), owner.autoRegisterSince(), T0.plusSeconds(35), false, false),
                "a loan made while it was off");
    }

    @Test
    void anOlderVersionOfTheTermsStopsTheBookList() {
        BookListOwner owner = new BookListOwner(1, "しおり", BookListRules.TERMS_VERSION - 1, T0);
        assertFalse(owner.started());
        assertFalse(owner.view().termsCurrent());
    }

    @Test
    void anInvalidNicknameIsNeverStored() {
        assertThrows(IllegalArgumentException.class, () -> new BookListOwner(1, "", 1, T0));
        assertThrows(IllegalArgumentException.class, () -> new BookListOwner(1, "a".repeat(21), 1, T0));
    }

    @Test
    void aRenewedLoanStaysOneEntryAndAnEntryRecordsOneLoan() {
        BookListEntry.TitleWords words = new BookListEntry.TitleWords(5, "銀河鉄道の夜", "ギンガテツドウノヨル", "宮沢賢治", null);
        BookListEntry entry = BookListEntry.borrowed(1, words, 42, T0, T0);
        assertThrows(IllegalStateException.class, () -> entry.borrowed(43, T0.plusSeconds(5)));
        assertEquals(T0, entry.borrowedAt());
        entry.returned(T0.plusSeconds(86_400));
        assertEquals(T0.plusSeconds(86_400), entry.returnedAt());
    }

    @Test
    void addToTheListKeepsAStatusAlreadySaid() {
        BookListEntry.TitleWords words = new BookListEntry.TitleWords(5, "風の又三郎", null, null, null);
        BookListEntry entry = BookListEntry.marked(1, words, EntryStatus.WANT_TO_READ, T0);
        entry.mark(EntryStatus.NONE);
        assertEquals(EntryStatus.WANT_TO_READ, entry.status());
        entry.mark(EntryStatus.READ);
        assertEquals(EntryStatus.READ, entry.status());
    }

    @Test
    void aMemoOverFourHundredCharactersOrARatingOfNineIsRefused() {
        BookListEntry entry =
                BookListEntry.marked(1, new BookListEntry.TitleWords(5, "本", null, null, null), EntryStatus.NONE, T0);
        assertThrows(IllegalArgumentException.class, () -> entry.change(EntryStatus.READ, null, "あ".repeat(401), null));
        assertThrows(IllegalArgumentException.class, () -> entry.change(EntryStatus.READ, null, null, 9));
        entry.change(EntryStatus.READ, null, "<b>面白い</b>", 4);
        assertEquals("<b>面白い</b>", entry.memo());
    }
}
