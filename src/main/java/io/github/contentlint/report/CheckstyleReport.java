package io.github.contentlint.report;

import io.github.contentlint.api.Finding;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Checkstyle's XML, as Jenkins warnings-ng ({@code checkStyle} parser) and reviewdog
 * ({@code -f=checkstyle}) read it: one {@code <file>} per post checked, one {@code <error>} per
 * finding with line, column, severity ({@code error}, {@code warning}, {@code info}), message and
 * {@code source} = {@code contentlint.<rule-id>}. File names are absolute paths, as Checkstyle
 * writes them: both tools make them relative to their workspace, wherever the POM is.
 */
public final class CheckstyleReport {

    /** The Checkstyle report version warnings-ng and reviewdog were written against. */
    static final String FORMAT_VERSION = "4.3";

    private CheckstyleReport() {
    }

    public static void write(RunReport run, ReportContext context, OutputStream out) throws IOException {
        Map<String, List<Finding>> byFile = new LinkedHashMap<>();
        for (String file : run.files()) {
            byFile.put(file, new ArrayList<>());
        }
        for (Finding finding : run.result().findings()) {
            byFile.computeIfAbsent(finding.path(), p -> new ArrayList<>()).add(finding);
        }
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("checkstyle");
            xml.writeAttribute("version", FORMAT_VERSION);
            xml.writeCharacters("\n");
            for (String file : byFile.keySet().stream().sorted().toList()) {
                List<Finding> findings = byFile.get(file);
                xml.writeCharacters("  ");
                if (findings.isEmpty()) {
                    xml.writeEmptyElement("file");
                    xml.writeAttribute("name", absolute(context, file));
                    xml.writeCharacters("\n");
                    continue;
                }
                xml.writeStartElement("file");
                xml.writeAttribute("name", absolute(context, file));
                xml.writeCharacters("\n");
                for (Finding finding : findings) {
                    xml.writeCharacters("    ");
                    xml.writeEmptyElement("error");
                    xml.writeAttribute("line", String.valueOf(finding.start().line()));
                    xml.writeAttribute("column", String.valueOf(finding.start().column()));
                    xml.writeAttribute("severity", finding.severity().label());
                    xml.writeAttribute("message", xmlSafe(finding.message()));
                    xml.writeAttribute("source", "contentlint." + finding.ruleId());
                    xml.writeCharacters("\n");
                }
                xml.writeCharacters("  ");
                xml.writeEndElement();
                xml.writeCharacters("\n");
            }
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.flush();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write the checkstyle report: " + e.getMessage(), e);
        }
    }

    private static String absolute(ReportContext context, String path) {
        return context.baseDirectory().resolve(path).toString();
    }

    /**
     * XML 1.0 cannot hold most control characters, not even escaped; a message quoting a broken
     * post may carry one. They become U+FFFD.
     */
    static String xmlSafe(String text) {
        StringBuilder safe = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean allowed = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF)
                    || Character.isSurrogate(c) || (c >= 0xE000 && c <= 0xFFFD);
            if (!allowed) {
                if (safe == null) {
                    safe = new StringBuilder(text.substring(0, i));
                }
                safe.append('\uFFFD');
            } else if (safe != null) {
                safe.append(c);
            }
        }
        return safe == null ? text : safe.toString();
    }
}
