package jp.shiori.web.ops;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.shiori.alerts.NewArrivalMailing;
import jp.shiori.ops.BatchJobs;
import jp.shiori.ops.JobExecutionView;
import jp.shiori.staff.StaffRole;
import jp.shiori.web.staff.StaffOnly;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Batch jobs for operators: start one, watch its progress, see its history. */
@Path("ops")
@StaffOnly(StaffRole.OPERATOR)
@Produces(MediaType.APPLICATION_JSON)
public class JobsResource {

    /** Jobs an operator may start without parameters. */
    private static final Set<String> STARTABLE = Set.of(BatchJobs.CATALOG_REINDEX, NewArrivalMailing.JOB_NAME);

    @Inject
    BatchJobs jobs;

    @Context
    UriInfo uri;

    @POST
    @Path("jobs/{name}")
    @Operation(summary = "Start a job (catalog-reindex, new-arrival-mail)")
    @APIResponse(responseCode = "202", description = "Started; Location names the execution")
    @APIResponse(responseCode = "404", description = "No such job")
    public Response start(@PathParam("name") String name) {
        if (!STARTABLE.contains(name)) {
            throw new NotFoundException("No job named '" + name + "' can be started here.");
        }
        long id = jobs.start(name, Map.of());
        JobExecutionView execution = jobs.execution(id).orElseThrow();
        return Response.accepted(execution)
                .location(uri.getBaseUriBuilder().path("ops/executions/{id}").build(id))
                .build();
    }

    @GET
    @Path("executions/{id}")
    @Operation(summary = "One execution with its status and progress")
    public JobExecutionView execution(@PathParam("id") long id) {
        return jobs.execution(id).orElseThrow(() -> new NotFoundException("No job execution " + id + "."));
    }

    @GET
    @Path("jobs/{name}/executions")
    @Operation(summary = "The latest executions of a job, newest first")
    public List<JobExecutionView> history(@PathParam("name") String name) {
        return jobs.recent(name, 20);
    }
}
