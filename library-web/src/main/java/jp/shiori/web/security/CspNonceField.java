package jp.shiori.web.security;

import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIComponentBase;
import jakarta.faces.component.UIForm;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.event.AbortProcessingException;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;
import java.io.IOException;
import org.primefaces.context.PrimeFacesContext;

/**
 * The page's CSP nonce in every form, as the hidden field {@code primefaces.nonce} that PrimeFaces reads on a
 * postback. PrimeFaces' script adds that field too, but only once the page has loaded: a form sent before (a quick
 * hand, a test) would otherwise fail with "CSP nonce mismatch". The nonce is read while the view renders, after it
 * was restored, so a postback reuses the nonce of its page.
 */
public class CspNonceField extends UIComponentBase {

    static final String ID = "shiori_csp_nonce";

    public CspNonceField() {
        setTransient(true); // added anew at each rendering, never kept in the view state
        setId(ID);
    }

    @Override
    public String getFamily() {
        return "jp.shiori.Csp";
    }

    @Override
    public void encodeBegin(FacesContext context) throws IOException {
        ResponseWriter writer = context.getResponseWriter();
        writer.startElement("input", this);
        writer.writeAttribute("type", "hidden", null);
        writer.writeAttribute("name", "primefaces.nonce", null);
        writer.writeAttribute("value", PrimeFacesContext.getCspState(context).getNonce(), null);
        writer.endElement("input");
    }

    /** Before a view renders: a nonce field in each of its forms that has none (faces-config.xml). */
    public static class EveryForm implements SystemEventListener {
        @Override
        public boolean isListenerForSource(Object source) {
            return true;
        }

        @Override
        public void processEvent(SystemEvent event) throws AbortProcessingException {
            FacesContext context = FacesContext.getCurrentInstance();
            if (context.getPartialViewContext().isAjaxRequest()) {
                return; // the page's forms keep the fields they were rendered with
            }
            java.util.List<UIForm> forms = new java.util.ArrayList<>();
            context.getViewRoot().visitTree(VisitContext.createVisitContext(context), (visit, component) -> {
                if (component instanceof UIForm form && !hasField(form)) {
                    forms.add(form);
                }
                return VisitResult.ACCEPT;
            });
            // Without events: the addition is not recorded as a dynamic change of the view (whose replay on the next
            // postback would clash with the field added anew then); the field is transient, never in the state.
            boolean processing = context.isProcessingEvents();
            context.setProcessingEvents(false);
            try {
                forms.forEach(form -> form.getChildren().add(new CspNonceField()));
            } finally {
                context.setProcessingEvents(processing);
            }
        }

        private static boolean hasField(UIForm form) {
            for (UIComponent child : form.getChildren()) {
                if (child instanceof CspNonceField) {
                    return true;
                }
            }
            return false;
        }
    }
}
