package jp.shiori.web.branch;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import jp.shiori.branch.BranchDirectory;
import jp.shiori.branch.BranchView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The library's branches and the pickup points each offers (受取館・受取ステーション). */
@Path("branches")
@Produces(MediaType.APPLICATION_JSON)
public class BranchResource {

    @Inject
    BranchDirectory directory;

    @GET
    @Operation(summary = "All branches in display order, each with its pickup points")
    public List<BranchView> branches() {
        return directory.branches();
    }

    @GET
    @Path("{code}")
    @Operation(summary = "One branch by its code, e.g. central or bookmobile")
    @APIResponse(responseCode = "200", description = "The branch")
    @APIResponse(responseCode = "404", description = "No branch has this code (application/problem+json)")
    public BranchView branch(@PathParam("code") String code) {
        return directory
                .branch(code)
                .orElseThrow(() -> new NotFoundException("No branch has the code '" + code + "'."));
    }
}
