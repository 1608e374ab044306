package jp.shiori.ops;

/**
 * How a batch job of any context announces the size of its work to the job runtime: its counting step ends with the
 * exit status "total=N".
 */
public final class JobProgress {

    private static final String PREFIX = "total=";

    private JobProgress() {}

    public static String total(long total) {
        return PREFIX + total;
    }

    public static long totalIn(String exitStatus) {
        if (exitStatus == null || !exitStatus.startsWith(PREFIX)) {
            return 0;
        }
        try {
            return Long.parseLong(exitStatus.substring(PREFIX.length()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
