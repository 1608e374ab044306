package jp.shiori.catalog.internal.marc;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.marc4j.marc.Record;

/** An imported MARCXML file comes from outside: its DTD and external entities are never read (XXE). */
class MarcXmlEntitiesTest {

    @Test
    void anExternalEntityInAnImportedFileIsNeverResolved() throws Exception {
        Path secret = Files.createTempFile("shiori-xxe", ".txt");
        Files.writeString(secret, "SECRET-CONTENT-OF-THE-SERVER");
        String document = "<?xml version=\"1.0\"?>\n<!DOCTYPE collection [<!ENTITY leak SYSTEM \""
                + secret.toUri() + "\">]>\n"
                + "<collection xmlns=\"http://www.loc.gov/MARC21/slim\"><record><leader>00000nam a2200000 a 4500</leader>"
                + "<datafield tag=\"245\" ind1=\"0\" ind2=\"0\"><subfield code=\"a\">&leak;</subfield></datafield>"
                + "</record></collection>";
        StringBuilder read = new StringBuilder();
        try {
            MarcXmlRecords records =
                    new MarcXmlRecords(new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8)));
            for (Record record = records.next(); record != null; record = records.next()) {
                read.append(record);
            }
        } catch (IOException | UnusableRecordException refused) {
            read.append(refused.getMessage()); // refusing the document is as good as ignoring the entity
        } finally {
            Files.deleteIfExists(secret);
        }

        assertFalse(read.toString().contains("SECRET-CONTENT"), read.toString());
    }
}
