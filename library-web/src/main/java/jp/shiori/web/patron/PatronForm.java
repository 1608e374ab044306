package jp.shiori.web.patron;

import java.io.Serializable;
import jp.shiori.patron.PatronCategory;
import jp.shiori.patron.PatronRecord;

/**
 * The patron's own details as staff type them at the counter: one form object for registration and for a change
 * (WEB-INF/includes/patron-fields.xhtml). Blank fields are absent.
 */
public class PatronForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String name;
    private String nameKana;
    private String address;
    private String phone;
    private String email;
    private PatronCategory category = PatronCategory.ADULT;

    /** The form filled with what is registered, for a change. */
    static PatronForm of(PatronRecord patron) {
        PatronForm form = new PatronForm();
        form.name = patron.name();
        form.nameKana = patron.nameKana();
        form.address = patron.address();
        form.phone = patron.phone();
        form.email = patron.email();
        form.category = patron.category();
        return form;
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public PatronCategory[] getCategories() {
        return PatronCategory.values();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getNameKana() {
        return nameKana;
    }

    public void setNameKana(String nameKana) {
        this.nameKana = nameKana;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public PatronCategory getCategory() {
        return category;
    }

    public void setCategory(PatronCategory category) {
        this.category = category;
    }
}
