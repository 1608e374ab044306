package jp.shiori.ops;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * The jobs an operator may schedule and start, with the parameters each accepts. Values are checked before a
 * job starts: a wrong type is refused with a clear message rather than failing the run.
 */
public enum JobCatalog {
    HOLD_EXPIRY("hold-expiry", Map.of()),
    CARD_RENEWAL_REMINDERS("card-renewal-reminders", Map.of("daysBefore", Kind.DAYS)),
    DUE_DATE_REMINDERS("due-date-reminders", Map.of("daysBefore", Kind.DAYS)),
    /** 新着案内配信: the alerts context's job (jp.shiori.alerts.NewArrivalMailing), named here without depending on it. */
    NEW_ARRIVAL_MAIL("new-arrival-mail", Map.of()),
    CATALOG_REINDEX(BatchJobs.CATALOG_REINDEX, Map.of());

    /** How a parameter's value is written. */
    public enum Kind {
        /** A whole number of days, 0 to 365. */
        DAYS,
        /** A date, yyyy-MM-dd. */
        DATE
    }

    private final String jobName;
    private final Map<String, Kind> parameters;

    JobCatalog(String jobName, Map<String, Kind> parameters) {
        this.jobName = jobName;
        this.parameters = parameters;
    }

    public String jobName() {
        return jobName;
    }

    public Set<String> parameterNames() {
        return parameters.keySet();
    }

    public static java.util.Optional<JobCatalog> byName(String jobName) {
        for (JobCatalog job : values()) {
            if (job.jobName.equals(jobName)) {
                return java.util.Optional.of(job);
            }
        }
        return java.util.Optional.empty();
    }

    /**
     * Checks the parameters an operator gave.
     *
     * @throws IllegalArgumentException naming the first parameter that is unknown or of the wrong form
     */
    public void check(Map<String, String> given) {
        for (Map.Entry<String, String> p : given.entrySet()) {
            Kind kind = parameters.get(p.getKey());
            if (kind == null) {
                throw new IllegalArgumentException("The job " + jobName + " has no parameter '" + p.getKey() + "'"
                        + (parameters.isEmpty() ? "." : " (it knows " + String.join(", ", parameters.keySet()) + ")."));
            }
            String value = p.getValue() == null ? "" : p.getValue().trim();
            switch (kind) {
                case DAYS -> {
                    if (!value.matches("\\d{1,3}") || Integer.parseInt(value) > 365) {
                        throw new IllegalArgumentException("The parameter '" + p.getKey()
                                + "' is a number of days from 0 to 365, not '" + value + "'.");
                    }
                }
                case DATE -> {
                    try {
                        LocalDate.parse(value);
                    } catch (java.time.format.DateTimeParseException e) {
                        throw new IllegalArgumentException(
                                "The parameter '" + p.getKey() + "' is a date (yyyy-MM-dd), not '" + value + "'.");
                    }
                }
                default -> throw new IllegalStateException(kind.name());
            }
        }
    }
}
