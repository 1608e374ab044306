package jp.shiori.web.staff;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import jp.shiori.patron.AuditRecord;
import jp.shiori.patron.PatronAdministration;
import jp.shiori.web.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The audit log of staff actions and lockouts, for administrators. */
@Path("audit")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @Inject
    PatronAdministration administration;

    @GET
    @Operation(summary = "The audit log, newest first; optionally only what one actor did or was done to one subject")
    public List<AuditRecord> audit(@QueryParam("who") String who, @QueryParam("limit") @DefaultValue("200") int limit) {
        return administration.audit(who, limit);
    }
}
