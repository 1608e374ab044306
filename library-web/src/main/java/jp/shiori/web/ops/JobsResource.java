package jp.shiori.web.ops;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import jp.shiori.common.ErrorCode;
import jp.shiori.common.RefusedException;
import jp.shiori.ops.BatchJobs;
import jp.shiori.ops.JobExecutionView;
import jp.shiori.ops.JobSchedule;
import jp.shiori.ops.JobSchedules;
import jp.shiori.ops.ScheduleChange;
import jp.shiori.web.security.Roles;
import jp.shiori.web.staff.StaffCaller;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Batch jobs for operators: schedules, start with parameters, stop, restart, history and progress. */
@Path("ops")
@RolesAllowed(Roles.OPERATOR)
@Produces(MediaType.APPLICATION_JSON)
public class JobsResource {

    @Inject
    BatchJobs jobs;

    @Inject
    JobSchedules schedules;

    @Inject
    OperatorJobs operatorJobs;

    @Inject
    StaffCaller caller;

    @Context
    UriInfo uri;

    @GET
    @Path("schedules")
    @Operation(summary = "Every job's schedule")
    public List<JobSchedule> schedules() {
        return schedules.all();
    }

    @GET
    @Path("schedules/{name}")
    @Operation(summary = "One job's schedule")
    public JobSchedule schedule(@PathParam("name") String name) {
        return schedules.find(name).orElseThrow(() -> noSuchJob(name));
    }

    @PUT
    @Path("schedules/{name}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a job's schedule (expression, zone, enabled, parameters); effective at once")
    @APIResponse(responseCode = "400", description = "An invalid expression, zone or parameter")
    public JobSchedule change(@PathParam("name") String name, ScheduleChange change) {
        if (change == null) {
            throw new RefusedException(ErrorCode.BAD_REQUEST, "The schedule is missing from the request.");
        }
        return schedules.change(name, OperatorJobs.complete(change), caller.actor());
    }

    @GET
    @Path("schedules/preview")
    @Operation(summary = "The next five ticks of an expression in its zone, without storing it")
    public List<ZonedDateTime> preview(@QueryParam("expression") String expression, @QueryParam("zone") String zone) {
        return OperatorJobs.preview(expression, zone, 5);
    }

    @POST
    @Path("jobs/{name}")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    @Operation(summary = "Start a job now, with optional parameters")
    @APIResponse(responseCode = "202", description = "Started; Location names the execution")
    @APIResponse(responseCode = "404", description = "No such job")
    public Response start(@PathParam("name") String name, String body) {
        long id = operatorJobs.start(name, parameters(body));
        return accepted(id);
    }

    /** The job's parameters: none for an empty body, else a JSON object of names and text values. */
    private static Map<String, String> parameters(String body) {
        if (body == null || body.isBlank()) {
            return Map.of();
        }
        try (jakarta.json.bind.Jsonb jsonb = jakarta.json.bind.JsonbBuilder.create()) {
            Map<?, ?> read = jsonb.fromJson(body, Map.class);
            Map<String, String> parameters = new java.util.LinkedHashMap<>();
            read.forEach((key, value) -> parameters.put(String.valueOf(key), value == null ? "" : value.toString()));
            return parameters;
        } catch (Exception e) {
            throw new RefusedException(
                    ErrorCode.BAD_REQUEST,
                    "The body must be a JSON object of parameter names and values, e.g. {\"daysBefore\": \"2\"}.");
        }
    }

    @POST
    @Path("executions/{id}/stop")
    @Operation(summary = "Ask a running execution to stop at its next checkpoint")
    @APIResponse(responseCode = "409", description = "The execution is not running")
    public JobExecutionView stop(@PathParam("id") long id) {
        jobs.stop(id);
        return execution(id);
    }

    @POST
    @Path("executions/{id}/restart")
    @Operation(summary = "Restart a failed or stopped execution from its last checkpoint")
    @APIResponse(responseCode = "202", description = "Restarted; Location names the new execution")
    @APIResponse(responseCode = "409", description = "The execution completed, runs, or was restarted already")
    public Response restart(@PathParam("id") long id) {
        return accepted(jobs.restart(id));
    }

    @GET
    @Path("executions/{id}")
    @Operation(summary = "One execution with its status, progress and steps")
    public JobExecutionView execution(@PathParam("id") long id) {
        return jobs.execution(id)
                .orElseThrow(() -> new RefusedException(ErrorCode.NOT_FOUND, "No job execution " + id + "."));
    }

    @GET
    @Path("jobs/{name}/executions")
    @Operation(summary = "The latest executions of a job, newest first")
    public List<JobExecutionView> history(@PathParam("name") String name) {
        OperatorJobs.job(name);
        return jobs.recent(name, 20);
    }

    private Response accepted(long id) {
        return Response.accepted(execution(id))
                .location(uri.getBaseUriBuilder().path("ops/executions/{id}").build(id))
                .build();
    }

    private static RefusedException noSuchJob(String name) {
        return new RefusedException(ErrorCode.NOT_FOUND, "No job named '" + name + "'.");
    }
}
