package jp.shiori.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Field;
import jp.shiori.staff.StaffRole;
import org.junit.jupiter.api.Test;

class RolesTest {

    @Test
    void everyStaffRoleHasTheRoleNameOfItsOwnName() throws ReflectiveOperationException {
        for (StaffRole role : StaffRole.values()) {
            Field field = Roles.class.getField(role.name());
            assertEquals(role.name(), field.get(null), "@RolesAllowed names it as web.xml and the identity store do");
        }
    }
}
