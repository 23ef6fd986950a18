package org.custodian.dicom.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.lang.reflect.Modifier;

import javax.xml.parsers.DocumentBuilderFactory;

import org.custodian.dicom.Dicom;
import org.custodian.dicom.DicomDeidentifier;
import org.custodian.dicom.DicomObjectReader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The Declarative Services descriptions are written by hand, so a typo in a class name would only
 * show when a part fails to get its service injected. Check them like the runtime would: the
 * implementation class exists, is public with a public no-argument constructor, and implements the
 * interface it provides.
 */
class ComponentDescriptionTest {

    private static final String SCR_NAMESPACE = "http://www.osgi.org/xmlns/scr/v1.3.0";

    @ParameterizedTest
    @CsvSource({
        "OSGI-INF/org.custodian.dicom.reader.xml,  org.custodian.dicom.reader,  org.custodian.dicom.DicomObjectReader",
        "OSGI-INF/org.custodian.dicom.network.xml, org.custodian.dicom.network, org.custodian.dicom.DicomNetwork",
        "OSGI-INF/org.custodian.dicom.deidentifier.xml, org.custodian.dicom.deidentifier, org.custodian.dicom.DicomDeidentifier",
    })
    void componentDescriptionMatchesTheCode(String resource, String name, String service) throws Exception {
        Document doc;
        try (InputStream in = Dicom.class.getClassLoader().getResourceAsStream(resource)) {
            assertNotNull(in, resource + " is not in the bundle (build.properties bin.includes OSGI-INF/?)");
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            doc = factory.newDocumentBuilder().parse(in);
        }
        Element component = doc.getDocumentElement();
        assertEquals(SCR_NAMESPACE, component.getNamespaceURI());
        assertEquals("component", component.getLocalName());
        assertEquals(name, component.getAttribute("name"));

        Element implementation = (Element) component.getElementsByTagName("implementation").item(0);
        Element provide = (Element) component.getElementsByTagName("provide").item(0);
        assertEquals(service, provide.getAttribute("interface"));

        ClassLoader loader = Dicom.class.getClassLoader();
        Class<?> type = Class.forName(implementation.getAttribute("class"), false, loader);
        Class<?> serviceType = Class.forName(service, false, loader);
        assertTrue(serviceType.isAssignableFrom(type), type + " does not implement " + service);
        assertTrue(Modifier.isPublic(type.getModifiers()), type + " is not public");
        assertTrue(Modifier.isPublic(type.getConstructor().getModifiers()), type + " has no public no-arg constructor");

        Object plain = serviceType == DicomObjectReader.class ? Dicom.reader()
                : serviceType == DicomDeidentifier.class ? Dicom.deidentifier() : Dicom.network();
        assertTrue(serviceType.isInstance(plain));
        assertEquals(type, plain.getClass(), "Dicom's static factory hands out the same implementation");
    }
}
