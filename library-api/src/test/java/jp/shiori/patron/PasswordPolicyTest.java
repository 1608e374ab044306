package jp.shiori.patron;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** パスワード: at least eight characters, not the card number. */
class PasswordPolicyTest {

    private static final CardNumber CARD = new CardNumber("0123456789");

    @Test
    void eightCharactersThatAreNotTheCardAreAccepted() {
        assertEquals(List.of(), PasswordPolicy.problems("kushiro8", CARD));
        assertEquals(List.of(), PasswordPolicy.problems("しおりの本棚です", CARD), "Japanese passwords count characters");
    }

    @Test
    void fewerThanEightCharactersAreRefused() {
        assertEquals(List.of(PasswordProblem.TOO_SHORT), PasswordPolicy.problems("kushiro", CARD));
        assertEquals(List.of(PasswordProblem.TOO_SHORT), PasswordPolicy.problems("", CARD));
        assertEquals(List.of(PasswordProblem.TOO_SHORT), PasswordPolicy.problems(null, CARD));
    }

    @Test
    void theCardNumberInAnyTypingIsRefused() {
        assertEquals(List.of(PasswordProblem.SAME_AS_CARD), PasswordPolicy.problems("0123456789", CARD));
        assertEquals(List.of(PasswordProblem.SAME_AS_CARD), PasswordPolicy.problems("A0123456789", CARD));
        assertEquals(List.of(PasswordProblem.SAME_AS_CARD), PasswordPolicy.problems("０１２３４５６７８９", CARD));
    }

    @Test
    void overlongPasswordsAndControlCharactersAreRefused() {
        assertEquals(List.of(PasswordProblem.TOO_LONG), PasswordPolicy.problems("x".repeat(129), CARD));
        assertEquals(List.of(PasswordProblem.CONTROL_CHARACTERS), PasswordPolicy.problems("kushiro\u00008", CARD));
    }
}
