package jp.shiori.web.ops;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.shiori.common.LibraryClock;
import jp.shiori.common.RefusedException;
import jp.shiori.ops.BatchJobs;
import jp.shiori.ops.JobCatalog;
import jp.shiori.ops.JobExecutionView;
import jp.shiori.ops.JobSchedule;
import jp.shiori.ops.JobSchedules;
import jp.shiori.ops.ScheduleChange;
import jp.shiori.ops.ScheduleExpression;
import jp.shiori.web.i18n.LanguageSelection;
import jp.shiori.web.i18n.LibraryTime;
import jp.shiori.web.i18n.Messages;
import jp.shiori.web.staff.StaffCaller;

/**
 * ジョブ管理: every job with its schedule (edit with a preview of the next five runs, enable or disable), 今すぐ実行
 * with its parameters, stop and restart, and each job's history with per-step counts and progress.
 */
@Named
@ViewScoped
public class JobsPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu/MM/dd HH:mm:ss");
    private static final int HISTORY = 10;

    @Inject
    BatchJobs jobs;

    @Inject
    JobSchedules schedules;

    @Inject
    OperatorJobs operatorJobs;

    @Inject
    LibraryClock clock;

    @Inject
    StaffCaller caller;

    @Inject
    LanguageSelection language;

    /** The job whose schedule is being edited, or null. */
    private String editing;

    private String expression;
    private String zone;
    private boolean enabled;
    private final Map<String, String> editParameters = new HashMap<>();
    private List<String> preview = List.of();
    /** 今すぐ実行's parameters, per job and parameter name. */
    private final Map<String, Map<String, String>> startParameters = new HashMap<>();

    @PostConstruct
    void init() {
        for (JobCatalog job : JobCatalog.values()) {
            Map<String, String> values = new LinkedHashMap<>();
            job.parameterNames().stream().sorted().forEach(name -> values.put(name, ""));
            startParameters.put(job.jobName(), values);
        }
    }

    /** Read once per request: the page's rows, dropped by every action and by the progress poll. */
    private transient List<JobRow> rows;

    /** The jobs in the order the page lists them, with their schedules where they have one. */
    public List<JobRow> getJobs() {
        if (rows == null) {
            rows = load();
        }
        return rows;
    }

    /** The progress poll: read the runs again. */
    public void refresh() {
        rows = null;
    }

    private List<JobRow> load() {
        Map<String, JobSchedule> byJob = new HashMap<>();
        schedules.all().forEach(s -> byJob.put(s.jobName(), s));
        List<JobRow> rows = new ArrayList<>();
        for (JobCatalog job : JobCatalog.values()) {
            rows.add(new JobRow(
                    job.jobName(),
                    Optional.ofNullable(byJob.get(job.jobName())),
                    jobs.recent(job.jobName(), HISTORY),
                    job.parameterNames().stream().sorted().toList()));
        }
        rows.add(new JobRow(
                BatchJobs.MARC_IMPORT, Optional.empty(), jobs.recent(BatchJobs.MARC_IMPORT, HISTORY), List.of()));
        return rows;
    }

    public boolean isAnyRunning() {
        return getJobs().stream().flatMap(r -> r.runs().stream()).anyMatch(JobExecutionView::isRunning);
    }

    public void edit(String jobName) {
        rows = null;
        schedules.find(jobName).ifPresent(s -> {
            editing = jobName;
            expression = s.expression();
            zone = s.zone();
            enabled = s.enabled();
            editParameters.clear();
            JobCatalog.byName(jobName).ifPresent(j -> j.parameterNames().forEach(n -> editParameters.put(n, "")));
            editParameters.putAll(s.parameters());
            preview = List.of();
        });
    }

    public void cancelEdit() {
        editing = null;
        preview = List.of();
    }

    public void showPreview() {
        try {
            ScheduleExpression parsed = ScheduleExpression.parse(expression, zone);
            preview = parsed.next(clock.now(), 5).stream().map(this::format).toList();
        } catch (IllegalArgumentException e) {
            preview = List.of();
            error("jobs.error.expression", e.getMessage());
        }
    }

    public void save() {
        rows = null;
        try {
            ScheduleExpression.parse(expression, zone);
        } catch (IllegalArgumentException e) {
            error("jobs.error.expression", e.getMessage());
            return;
        }
        Map<String, String> parameters = filled(editParameters);
        try {
            schedules.change(editing, new ScheduleChange(expression, zone, enabled, parameters), caller.actor());
            info("jobs.saved", label(editing));
            editing = null;
            preview = List.of();
        } catch (RefusedException e) {
            error("jobs.error.parameter", e.getMessage());
        }
    }

    public void toggle(String jobName) {
        rows = null;
        schedules.find(jobName).ifPresent(s -> {
            schedules.change(
                    jobName,
                    new ScheduleChange(s.expression(), s.zone(), !s.enabled(), s.parameters()),
                    caller.actor());
            info(s.enabled() ? "jobs.disabled" : "jobs.enabled", label(jobName));
        });
    }

    public void start(String jobName) {
        rows = null;
        try {
            long id = operatorJobs.start(jobName, filled(startParameters.getOrDefault(jobName, Map.of())));
            info("jobs.started", label(jobName), id);
        } catch (RefusedException e) {
            error("jobs.error.parameter", e.getMessage());
        } catch (EJBException e) {
            error("jobs.error.failed", e.getMessage());
        }
    }

    public void stop(long executionId) {
        rows = null;
        try {
            jobs.stop(executionId);
            info("jobs.stopping", executionId);
        } catch (RefusedException e) {
            error("jobs.error.stop", executionId);
        }
    }

    public void restart(long executionId) {
        rows = null;
        try {
            long id = jobs.restart(executionId);
            info("jobs.restarted", executionId, id);
        } catch (RefusedException e) {
            error("jobs.error.restart", executionId);
        }
    }

    public String label(String jobName) {
        return Messages.getOr(language.getLocale(), "jobs.name." + jobName, jobName);
    }

    public String statusWords(String status) {
        return Messages.getOr(language.getLocale(), "jobs.status." + status, status);
    }

    /** A run's start or end as every screen shows times ({@link LibraryTime}). */
    public String format(Instant instant) {
        return instant == null ? "—" : LibraryTime.format(instant, language.getLocale(), clock.zone());
    }

    private String format(ZonedDateTime time) {
        return TIME.format(time) + " (" + time.getZone().getId() + ")";
    }

    private static Map<String, String> filled(Map<String, String> values) {
        Map<String, String> filled = new LinkedHashMap<>();
        values.forEach((name, value) -> {
            if (value != null && !value.isBlank()) {
                filled.put(name, value.trim());
            }
        });
        return filled;
    }

    private void info(String key, Object... args) {
        FacesContext.getCurrentInstance()
                .addMessage(
                        null,
                        new FacesMessage(
                                FacesMessage.SEVERITY_INFO, Messages.get(language.getLocale(), key, args), null));
    }

    private void error(String key, Object... args) {
        FacesContext.getCurrentInstance()
                .addMessage(
                        null,
                        new FacesMessage(
                                FacesMessage.SEVERITY_ERROR, Messages.get(language.getLocale(), key, args), null));
    }

    public String getEditing() {
        return editing;
    }

    public String getExpression() {
        return expression;
    }

    public void setExpression(String expression) {
        this.expression = expression;
    }

    public String getZone() {
        return zone;
    }

    public void setZone(String zone) {
        this.zone = zone;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public Map<String, String> getEditParameters() {
        return editParameters;
    }

    public List<String> getPreview() {
        return preview;
    }

    public Map<String, Map<String, String>> getStartParameters() {
        return startParameters;
    }

    /** One job on the page: its schedule (when it has one), its latest runs, the parameters it takes. */
    public record JobRow(
            String name, Optional<JobSchedule> schedule, List<JobExecutionView> runs, List<String> parameterNames) {

        public JobSchedule getSchedule() {
            return schedule.orElse(null);
        }

        public boolean isScheduled() {
            return schedule.isPresent();
        }

        public boolean isStartable() {
            return JobCatalog.byName(name).isPresent();
        }
    }
}
