package jp.shiori.web.patron;

/** The new password typed twice, as both the password change and the reset by mail ask for it. */
public class NewPassword implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    private String next;
    private String nextAgain;

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }

    public String getNextAgain() {
        return nextAgain;
    }

    public void setNextAgain(String nextAgain) {
        this.nextAgain = nextAgain;
    }
}
