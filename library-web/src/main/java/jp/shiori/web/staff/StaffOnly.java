package jp.shiori.web.staff;

import jakarta.ws.rs.NameBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import jp.shiori.staff.StaffRole;

/**
 * Marks a REST operation of the staff side; {@link StaffOnlyFilter} guards it. The caller needs one of the
 * roles (an administrator has all); on a method the method's roles replace the class's.
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface StaffOnly {

    StaffRole[] value() default StaffRole.ADMIN;
}
