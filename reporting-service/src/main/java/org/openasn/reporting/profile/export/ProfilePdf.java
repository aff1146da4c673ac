package org.openasn.reporting.profile.export;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jboss.logging.Logger;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.logging.Level;

/**
 * The profile document as the PDF an agency publishes: the XHTML of {@link ProfileHtml} laid out on A4 pages by
 * openhtmltopdf (over PDFBox), with its page breaks, so that the PDF and a browser's print of the HTML agree. Latin text
 * is set in the PDF's built-in Helvetica; a character it lacks (a unit's name may hold any) falls back to Liberation
 * Sans, which PDFBox ships, embedded as a subset.
 */
public final class ProfilePdf {

    public static final String MEDIA_TYPE = "application/pdf";
    private static final String FALLBACK_FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    static {
        XRLog.setLoggerImpl(new ServiceLog());
    }

    private ProfilePdf() {
    }

    public static byte[] write(String xhtml) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream(256 * 1024);
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(() -> PDDocument.class.getResourceAsStream(FALLBACK_FONT), "Liberation Sans");
            builder.withHtmlContent(xhtml, null);
            builder.toStream(pdf);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot lay out the profile as PDF", e);
        }
        return pdf.toByteArray();
    }

    /**
     * openhtmltopdf's messages in the service's log, warnings and up (by default it prints every step to the console in
     * a format of its own).
     */
    private static final class ServiceLog implements XRLogger {

        private static final Logger LOG = Logger.getLogger("com.openhtmltopdf");

        @Override
        public void log(String where, Level level, String message) {
            log(where, level, message, null);
        }

        @Override
        public void log(String where, Level level, String message, Throwable error) {
            if (level.intValue() >= Level.WARNING.intValue()) {
                LOG.logf(level.intValue() >= Level.SEVERE.intValue() ? Logger.Level.ERROR : Logger.Level.WARN, error, "%s: %s", where, message);
            }
        }

        @Override
        public void setLevel(String where, Level level) {
            // the service's log configuration decides
        }

        @Override
        public boolean isLogLevelEnabled(Diagnostic diagnostic) {
            return diagnostic.getLevel().intValue() >= Level.WARNING.intValue();
        }
    }
}
