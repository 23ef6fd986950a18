package org.custodian.audit.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.Map;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;

import org.custodian.audit.core.AuditImportService;
import org.custodian.audit.core.internal.AuditImportComponent;
import org.junit.jupiter.api.Test;

/**
 * The hand-written Declarative Services description matches the code it names: a typo there would only show
 * as a missing service at run time.
 */
class ComponentDescriptionTest {

	@Test
	void theImportServiceDescriptionNamesRealClassesAndMethods() throws Exception {
		Map<String, Map<String, String>> elements = new HashMap<>();
		try (InputStream in = AuditImportComponent.class
				.getResourceAsStream("/OSGI-INF/org.custodian.audit.core.import.xml")) {
			assertNotNull(in, "OSGI-INF/org.custodian.audit.core.import.xml is missing from the bundle");
			XMLStreamReader r = XMLInputFactory.newDefaultFactory().createXMLStreamReader(in);
			while (r.hasNext()) {
				if (r.next() == XMLStreamConstants.START_ELEMENT) {
					Map<String, String> attributes = new HashMap<>();
					for (int i = 0; i < r.getAttributeCount(); i++) {
						attributes.put(r.getAttributeLocalName(i), r.getAttributeValue(i));
					}
					elements.put(r.getLocalName(), attributes);
				}
			}
		}
		Class<?> implementation = Class.forName(elements.get("implementation").get("class"));
		assertEquals(AuditImportComponent.class, implementation);
		assertEquals(AuditImportService.class.getName(), elements.get("provide").get("interface"));
		assertTrue(AuditImportService.class.isAssignableFrom(implementation));
		assertTrue(Modifier.isPublic(implementation.getConstructor().getModifiers()));

		Map<String, String> reference = elements.get("reference");
		assertEquals("org.custodian.store.Store", reference.get("interface"));
		Class<?> store = Class.forName(reference.get("interface"));
		for (String method : new String[] { reference.get("bind"), reference.get("unbind") }) {
			Method m = implementation.getMethod(method, store);
			assertTrue(Modifier.isPublic(m.getModifiers()), method);
		}
	}
}
