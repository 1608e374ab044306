package jp.shiori.catalog.internal.marc;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import jp.shiori.catalog.TitleDraft;

/**
 * The real MARC files of {@code shared/data/marc21}, which sits next to the clone ({@code <root>/main} and
 * {@code <root>/shared}); found by walking up from the working directory. Elsewhere, name the folder with
 * {@code -Dmarc21.dir=...}.
 */
final class Marc21Files {

    static final String NDL_ISO2709 = "ndl-japan-marc-233.mrc";
    static final String NDL_MARCXML = "ndl-japan-marc-233.xml";
    static final String EVERGREEN_MARC8 = "evergreen-jazz-1k.marc8.mrc";

    private Marc21Files() {}

    static Path file(String name) {
        String given = System.getProperty("marc21.dir");
        if (given != null) {
            return Path.of(given).resolve(name);
        }
        Path start = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            Path marc21 = dir.resolve("shared").resolve("data").resolve("marc21");
            if (Files.isDirectory(marc21)) {
                return marc21.resolve(name);
            }
        }
        throw new IllegalStateException(
                "no shared/data/marc21 in " + start + " or any folder above it; give it with -Dmarc21.dir=...");
    }

    static byte[] bytes(String name) {
        try {
            return Files.readAllBytes(file(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The records of an ISO 2709 file, each with its record terminator. */
    static List<byte[]> iso2709Records(String name) {
        byte[] file = bytes(name);
        List<byte[]> records = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < file.length; i++) {
            if (file[i] == 0x1D) {
                records.add(Arrays.copyOfRange(file, start, i + 1));
                start = i + 1;
            }
        }
        return records;
    }

    static List<MarcReadResult> readAll(String name) {
        try {
            return readAll(Files.newInputStream(file(name)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<MarcReadResult> readAll(byte[] content) {
        return readAll(new ByteArrayInputStream(content));
    }

    static List<MarcReadResult> readAll(InputStream in) {
        List<MarcReadResult> results = new ArrayList<>();
        try (var reader = new MarcTitleReader(in)) {
            for (var result = reader.next(); result.isPresent(); result = reader.next()) {
                results.add(result.get());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return results;
    }

    static List<TitleDraft> drafts(List<MarcReadResult> results) {
        return results.stream()
                .filter(MarcReadResult.Read.class::isInstance)
                .map(result -> ((MarcReadResult.Read) result).draft())
                .toList();
    }

    static List<MarcReadResult.Skipped> skipped(List<MarcReadResult> results) {
        return results.stream()
                .filter(MarcReadResult.Skipped.class::isInstance)
                .map(MarcReadResult.Skipped.class::cast)
                .toList();
    }

    static TitleDraft draft(List<TitleDraft> drafts, String controlNumber) {
        return drafts.stream()
                .filter(draft -> controlNumber.equals(draft.sourceId()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no draft with 001 " + controlNumber));
    }
}
