package dev.riskengine.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * A large .xlsx read with POI's event API (XSSFReader): each sheet's XML is parsed as a stream
 * and handed on row by row, so memory holds the shared strings and styles but never the cells of
 * a whole sheet. Formulas saved without a result cannot be evaluated this way; they are reported
 * (Excel and LibreOffice always save results).
 */
final class StreamingWorkbook implements WorkbookSource {
    private final OPCPackage pack;
    private final ReadOnlySharedStringsTable strings;
    private final StylesTable styles;
    private final Map<String, PackagePart> sheets = new LinkedHashMap<>();
    private final Set<String> hidden = new HashSet<>();
    private final DataFormatter formatter = new DataFormatter();

    private StreamingWorkbook(OPCPackage pack) throws IOException, OpenXML4JException, SAXException {
        if (!holdsAWorkbook(pack)) {
            // XSSFReader opens a Word or PowerPoint file too, and finds no sheets in it.
            throw new NotOfficeXmlFileException("the package holds no workbook");
        }
        this.pack = pack;
        XSSFReader reader = new XSSFReader(pack);
        this.strings = sharedStrings(pack);
        this.styles = reader.getStylesTable();
        XSSFReader.SheetIterator iterator = reader.getSheetIterator();
        while (iterator.hasNext()) {
            iterator.next().close();
            sheets.put(iterator.getSheetName(), iterator.getSheetPart());
        }
        try (InputStream xml = reader.getWorkbookData()) {
            hidden.addAll(hiddenSheets(xml));
        } catch (ParserConfigurationException e) {
            throw new SAXException(e);
        }
    }

    /** The names of the sheets workbook.xml marks hidden or very hidden ({@code <sheet name="..." state="hidden"/>}). */
    private static Set<String> hiddenSheets(InputStream workbookXml)
            throws IOException, SAXException, ParserConfigurationException {
        Set<String> names = new HashSet<>();
        XMLReader parser = XMLHelper.newXMLReader();
        parser.setContentHandler(new DefaultHandler() {
            @Override
            public void startElement(String uri, String localName, String qName, Attributes attributes) {
                String state = attributes.getValue("state");
                if ("sheet".equals(localName) && ("hidden".equals(state) || "veryHidden".equals(state))) {
                    names.add(attributes.getValue("name"));
                }
            }
        });
        parser.parse(new InputSource(workbookXml));
        return names;
    }

    /**
     * The shared strings, read through their size limit ({@link PartLimits}): they are held in
     * memory while the sheets stream. Phonetic guides are not cell text.
     */
    private static ReadOnlySharedStringsTable sharedStrings(OPCPackage pack) throws IOException, SAXException {
        List<PackagePart> parts = pack.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
        if (parts.isEmpty()) {
            return new ReadOnlySharedStringsTable(pack, false);
        }
        PackagePart part = parts.get(0);
        try (InputStream xml = PartLimits.sharedStrings(part.getInputStream(), part.getPartName().getName().substring(1))) {
            return new ReadOnlySharedStringsTable(xml, false);
        }
    }

    private static boolean holdsAWorkbook(OPCPackage pack) {
        PackageRelationshipCollection core = pack.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
        if (core.isEmpty()) {
            core = pack.getRelationshipsByType(PackageRelationshipTypes.STRICT_CORE_DOCUMENT);
        }
        PackagePart main = core.isEmpty() ? null : pack.getPart(core.getRelationship(0));
        String type = main == null ? "" : main.getContentType();
        return type.contains("spreadsheetml") || type.contains("ms-excel");
    }

    /** Opens the file read-only; the caller reports a failure as {@link WorkbookOpener} does. */
    static StreamingWorkbook open(Path file) throws IOException, OpenXML4JException, SAXException {
        OPCPackage pack = OPCPackage.open(file.toFile(), PackageAccess.READ);
        try {
            return new StreamingWorkbook(pack);
        } catch (IOException | OpenXML4JException | SAXException | RuntimeException e) {
            pack.revert();
            throw e;
        }
    }

    @Override
    public List<String> sheetNames() {
        return new ArrayList<>(sheets.keySet());
    }

    @Override
    public boolean hidden(String name) {
        return hidden.contains(name);
    }

    @Override
    public SheetSource sheet(String name) {
        PackagePart part = sheets.get(name);
        List<CellRangeAddress> merged = new ArrayList<>();
        return new SheetSource() {
            @Override public String name() { return name; }

            @Override public List<CellRangeAddress> mergedRegions() {
                return List.copyOf(merged);
            }

            @Override public void rows(Consumer<SheetRow> each) {
                merged.clear();
                try (InputStream xml = part.getInputStream()) {
                    XMLReader parser = XMLHelper.newXMLReader();
                    parser.setContentHandler(new StreamingSheetHandler(name, strings, styles, formatter, each, merged::add));
                    parser.parse(new InputSource(xml));
                } catch (IOException | SAXException | ParserConfigurationException e) {
                    throw new UnreadableSheetException(name, e);
                }
            }
        };
    }

    @Override
    public void close() {
        pack.revert(); // read-only: nothing to save
    }
}
