package jp.shiori.web.holds;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;

/** A {@link PickupPoint} in a select: its {@link PickupPoint#value()}; a forged value is a conversion error. */
@FacesConverter(forClass = PickupPoint.class)
public class PickupPointConverter implements Converter<PickupPoint> {

    @Override
    public PickupPoint getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        return PickupPoint.parse(value).orElseThrow(() -> new ConverterException("not a pickup point: " + value));
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, PickupPoint point) {
        return point == null ? "" : point.value();
    }
}
