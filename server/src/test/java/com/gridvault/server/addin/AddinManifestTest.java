package com.gridvault.server.addin;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * Checks the rendered manifest against the rules of the Office add-in manifest schema
 * (OfficeAppManifest 1.1, officeappbasictypes 1.0, taskpaneappversionoverrides 1.0) that apply to
 * the elements it uses. The official XSDs ship in no package the build can reach (they are in
 * neither office-addin-manifest nor any other npm package checked, and `office-addin-manifest
 * validate` calls a Microsoft web service), so these are hand-written checks taken from the
 * schema reference: element order, required elements, value patterns, length limits, and that
 * every resource id is defined with the right type.
 */
class AddinManifestTest {

    private static final String OFFICE = "http://schemas.microsoft.com/office/appforoffice/1.1";
    private static final String BT = "http://schemas.microsoft.com/office/officeappbasictypes/1.0";
    private static final String OV = "http://schemas.microsoft.com/office/taskpaneappversionoverrides";
    private static final String XSI = XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI;

    /** The sequence of OfficeApp's children in the schema (TaskPaneApp), optional ones included. */
    private static final List<String> OFFICE_APP_SEQUENCE = List.of(
            "Id",
            "AlternateId",
            "Version",
            "ProviderName",
            "DefaultLocale",
            "DisplayName",
            "Description",
            "IconUrl",
            "HighResolutionIconUrl",
            "SupportUrl",
            "AppDomains",
            "Hosts",
            "Requirements",
            "DefaultSettings",
            "Permissions",
            "AllowSnapshot",
            "Dictionary",
            "VersionOverrides",
            "ExtendedOverrides");

    private Document manifest;

    @BeforeEach
    void render() throws Exception {
        manifest = parse(AddinManifest.render(
                AddinSettings.of("https://gridvault.example.com:8443", AddinSettings.DEFAULT_OFFICE_JS_URL)));
    }

    @Test
    void isATaskPaneAppForExcelWithItsChildrenInSchemaOrder() {
        Element root = manifest.getDocumentElement();
        assertThat(root.getNamespaceURI()).isEqualTo(OFFICE);
        assertThat(root.getLocalName()).isEqualTo("OfficeApp");
        assertThat(root.getAttributeNS(XSI, "type")).isEqualTo("TaskPaneApp");

        List<String> children = new ArrayList<>();
        for (Element child : children(root)) {
            assertThat(child.getNamespaceURI()).as(child.getLocalName()).isIn(OFFICE, OV);
            children.add(child.getLocalName());
        }
        assertThat(children)
                .contains(
                        "Id",
                        "Version",
                        "ProviderName",
                        "DefaultLocale",
                        "DisplayName",
                        "Description",
                        "Hosts",
                        "DefaultSettings",
                        "Permissions")
                .isSortedAccordingTo(
                        (a, b) -> Integer.compare(OFFICE_APP_SEQUENCE.indexOf(a), OFFICE_APP_SEQUENCE.indexOf(b)))
                .doesNotHaveDuplicates()
                .allMatch(OFFICE_APP_SEQUENCE::contains);
    }

    @Test
    void valuesMatchTheSchemasTypes() {
        assertThat(text("Id"))
                .isEqualTo(AddinManifest.ADDIN_ID)
                .matches("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
        assertThat(text("Version")).matches("\\d{1,5}(\\.\\d{1,5}){0,3}");
        assertThat(text("Permissions")).isEqualTo("ReadWriteDocument");
        assertThat(text("DefaultLocale")).matches("[a-z]{2}-[A-Z]{2}");
        assertThat(text("ProviderName")).isNotBlank().hasSizeLessThanOrEqualTo(250);
        assertThat(defaultValue("DisplayName")).isNotBlank().hasSizeLessThanOrEqualTo(125);
        assertThat(defaultValue("Description")).isNotBlank().hasSizeLessThanOrEqualTo(250);
        Element host = first(manifest.getDocumentElement(), OFFICE, "Hosts");
        assertThat(children(host)).singleElement().satisfies(h -> assertThat(h.getAttribute("Name"))
                .isEqualTo("Workbook"));
        Element overrides = first(manifest.getDocumentElement(), OV, "VersionOverrides");
        assertThat(overrides.getAttributeNS(XSI, "type")).isEqualTo("VersionOverridesV1_0");
    }

    @Test
    void everyAddressIsHttpsOnThePublicUrlAndTheAppDomainIsItsOrigin() {
        List<String> urls = new ArrayList<>();
        for (String name : List.of("IconUrl", "HighResolutionIconUrl", "SupportUrl", "SourceLocation")) {
            all(OFFICE, name).forEach(e -> urls.add(e.getAttribute("DefaultValue")));
        }
        all(BT, "Url").forEach(e -> urls.add(e.getAttribute("DefaultValue")));
        all(BT, "Image").stream()
                .filter(e -> e.hasAttribute("DefaultValue"))
                .forEach(e -> urls.add(e.getAttribute("DefaultValue")));

        assertThat(urls).hasSizeGreaterThan(6).allMatch(u -> u.startsWith("https://gridvault.example.com:8443/addin/"));
        assertThat(all(OFFICE, "SourceLocation").get(0).getAttribute("DefaultValue"))
                .isEqualTo("https://gridvault.example.com:8443/addin/taskpane.html");
        assertThat(all(OFFICE, "AppDomain")).singleElement().satisfies(d -> assertThat(d.getTextContent())
                .isEqualTo("https://gridvault.example.com:8443"));
    }

    @Test
    void everyResourceIdIsShortUniqueDefinedAndOfTheRightKind() {
        Map<String, String> defined = new HashMap<>();
        Map<String, String> kindOfList =
                Map.of("Images", "image", "Urls", "url", "ShortStrings", "short", "LongStrings", "long");
        Element resources = first(first(manifest.getDocumentElement(), OV, "VersionOverrides"), OV, "Resources");
        for (Element list : children(resources)) {
            for (Element item : children(list)) {
                String id = item.getAttribute("id");
                assertThat(id).as("resource id").hasSizeBetween(1, 32);
                assertThat(defined.put(id, kindOfList.get(list.getLocalName())))
                        .as("duplicate id " + id)
                        .isNull();
                String value = item.getAttribute("DefaultValue");
                switch (list.getLocalName()) {
                    case "ShortStrings" -> assertThat(value).as(id).hasSizeBetween(1, 125);
                    case "LongStrings" -> assertThat(value).as(id).hasSizeBetween(1, 250);
                    default -> assertThat(value).as(id).startsWith("https://").hasSizeLessThanOrEqualTo(2048);
                }
            }
        }
        int references = 0;
        for (Element e : descendants(first(manifest.getDocumentElement(), OV, "VersionOverrides"))) {
            if (!e.hasAttribute("resid")) {
                continue;
            }
            references++;
            String expected =
                    switch (e.getLocalName()) {
                        case "Image" -> "image";
                        case "SourceLocation", "FunctionFile", "LearnMoreUrl" -> "url";
                        case "Label", "Title" -> "short";
                        case "Description" -> "long";
                        default -> throw new AssertionError("unexpected resid on " + e.getLocalName());
                    };
            assertThat(defined.get(e.getAttribute("resid")))
                    .as("resid " + e.getAttribute("resid") + " on " + e.getLocalName())
                    .isEqualTo(expected);
        }
        assertThat(references).isGreaterThan(10);
    }

    @Test
    void theRibbonButtonOpensTheTaskPaneFromTheHomeTab() {
        Element tab = all(OV, "OfficeTab").get(0);
        assertThat(tab.getAttribute("id")).isEqualTo("TabHome");
        Element control = all(OV, "Control").get(0);
        assertThat(control.getAttributeNS(XSI, "type")).isEqualTo("Button");
        Element action = first(control, OV, "Action");
        assertThat(action.getAttributeNS(XSI, "type")).isEqualTo("ShowTaskpane");
        assertThat(first(action, OV, "SourceLocation").getAttribute("resid")).isEqualTo("Taskpane.Url");
        Set<String> ids = new HashSet<>();
        for (Element e : descendants(manifest.getDocumentElement())) {
            if (e.hasAttribute("id") && !BT.equals(e.getNamespaceURI())) {
                assertThat(ids.add(e.getAttribute("id")))
                        .as("unique control id " + e.getAttribute("id"))
                        .isTrue();
            }
        }
        for (Element icon : all(OV, "Icon")) {
            assertThat(children(icon)).extracting(i -> i.getAttribute("size")).containsExactly("16", "32", "80");
        }
    }

    @Test
    void theIconsItNamesExistWithTheirStatedSizes() throws Exception {
        Pattern sized = Pattern.compile(".*/addin/(assets/icon-(\\d+)\\.png)$");
        List<String> urls = new ArrayList<>();
        all(BT, "Image").stream()
                .filter(e -> e.hasAttribute("DefaultValue"))
                .forEach(e -> urls.add(e.getAttribute("DefaultValue")));
        urls.add(first(manifest.getDocumentElement(), OFFICE, "IconUrl").getAttribute("DefaultValue"));
        urls.add(first(manifest.getDocumentElement(), OFFICE, "HighResolutionIconUrl")
                .getAttribute("DefaultValue"));
        for (String url : urls) {
            var match = sized.matcher(url);
            assertThat(match.matches()).as(url).isTrue();
            Path file = Path.of("src/main/webapp/addin").resolve(match.group(1));
            BufferedImage image = ImageIO.read(Files.newInputStream(file));
            int size = Integer.parseInt(match.group(2));
            assertThat(image.getWidth()).as(url).isEqualTo(size);
            assertThat(image.getHeight()).as(url).isEqualTo(size);
        }
    }

    @Test
    void aPublicUrlWithXmlSpecialCharactersIsEscaped() throws Exception {
        Document odd = parse(AddinManifest.render(
                AddinSettings.of("https://gv.example.com/a&b'c", AddinSettings.DEFAULT_OFFICE_JS_URL)));

        Element source =
                (Element) odd.getElementsByTagNameNS(OFFICE, "SourceLocation").item(0);
        assertThat(source.getAttribute("DefaultValue")).isEqualTo("https://gv.example.com/a&b'c/addin/taskpane.html");
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    private String text(String name) {
        return first(manifest.getDocumentElement(), OFFICE, name)
                .getTextContent()
                .strip();
    }

    private String defaultValue(String name) {
        return first(manifest.getDocumentElement(), OFFICE, name).getAttribute("DefaultValue");
    }

    private List<Element> all(String namespace, String name) {
        NodeList nodes = manifest.getElementsByTagNameNS(namespace, name);
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }

    private static Element first(Element parent, String namespace, String name) {
        return children(parent).stream()
                .filter(e -> namespace.equals(e.getNamespaceURI()) && name.equals(e.getLocalName()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " in " + parent.getLocalName()));
    }

    private static List<Element> children(Element parent) {
        List<Element> elements = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                elements.add(e);
            }
        }
        return elements;
    }

    private static List<Element> descendants(Element root) {
        List<Element> all = new ArrayList<>();
        for (Element child : children(root)) {
            all.add(child);
            all.addAll(descendants(child));
        }
        return all;
    }
}
