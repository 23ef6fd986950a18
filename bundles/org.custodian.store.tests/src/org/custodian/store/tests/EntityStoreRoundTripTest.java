package org.custodian.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Date;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TimeZone;
import java.util.stream.Stream;

import org.custodian.model.Course;
import org.custodian.model.DrPlan;
import org.custodian.model.EvidenceFile;
import org.custodian.model.Investigation;
import org.custodian.model.ModelFactory;
import org.custodian.model.ModelPackage;
import org.custodian.model.PacsNode;
import org.custodian.model.Site;
import org.custodian.model.Staff;
import org.custodian.model.StaffGroup;
import org.custodian.model.TestRun;
import org.custodian.model.TrainingRecord;
import org.custodian.model.Trust;
import org.custodian.store.ConnectionSource;
import org.custodian.store.EntityStore;
import org.custodian.store.StoreException;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcoreFactory;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.custodian.testing.TestDatabases.Backend;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The generic EMF-to-Derby mapping (DESIGN.md "Data") against a real, encrypted, embedded Derby database: every
 * concrete class of the model survives a save and a load in a fresh store with every feature set, and saving
 * keeps the database in step with the containment trees (removed children go, repeated saves do not duplicate).
 */
@ParameterizedClass
@EnumSource(Backend.class)
class EntityStoreRoundTripTest {
	@Parameter
	Backend backend;


	private static final ModelPackage MODEL = ModelPackage.eINSTANCE;
	private static final ModelFactory FACTORY = ModelFactory.eINSTANCE;

	@TempDir
	Path tmp;

	private EventDatabase database;
	private ConnectionSource db;
	private EntityStore store;
	private int serial;

	@BeforeEach
	void createDatabase() {
		database = new EventDatabase(backend, tmp.resolve("db"));
		db = database;
		store = new EntityStore(db, MODEL);
		store.ensureSchema();
	}

	@AfterEach
	void shutDownDatabase() {
		database.shutdown();
	}

	/** A store that shares nothing with the one that saved: what comes back came from the database. */
	private EntityStore freshStore() {
		return new EntityStore(db, MODEL);
	}

	// ---------------------------------------------------------------------------------------------------------
	// every concrete class, every feature

	static Stream<EClass> concreteClasses() {
		return MODEL.getEClassifiers().stream().filter(EClass.class::isInstance).map(EClass.class::cast)
				.filter(c -> !c.isAbstract() && !c.isInterface());
	}

	@Test
	void theModelHasTheClassesOfTheDesign() {
		List<String> names = concreteClasses().map(EClass::getName).toList();
		List<String> design = List.of("Trust", "Site", "PacsNode", "BackupPolicy", "DrPlan", "TestRun", "EvidenceFile",
				"Provider", "SubProcessor", "Contract", "ServiceLevel", "DataSharingAgreement", "AssuranceEvidence",
				"StaffGroup", "Staff", "Account", "Course", "TrainingRecord", "PolicyDocument", "PolicyVersion",
				"Acknowledgement", "StaffChange", "RetentionClass", "DestructionRecord", "LegalHold", "MediaTransfer",
				"Investigation", "CaseNote", "LogReview", "Workstation", "ConsoleUser");
		assertTrue(names.containsAll(design), "missing: " + design.stream().filter(n -> !names.contains(n)).toList());
	}

	/** The concrete classes named by their model names in test reports. */
	static Stream<Named<EClass>> everyConcreteClass() {
		return concreteClasses().map(c -> Named.of(c.getName(), c));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("everyConcreteClass")
	void everyFeatureSurvivesSaveAndLoad(EClass eClass) {
		EObject original = filled(eClass, 0);
		assertEveryFeatureSet(original, eClass.getName());

		store.save(original);
		EObject loaded = freshStore().load(eClass, id(original));

		assertNotNull(loaded, eClass.getName() + " was not found after saving");
		assertSameContent(original, loaded, eClass.getName(), new IdentityHashMap<>());
		assertTrue(new EcoreUtil.EqualityHelper().equals(original, loaded), "EqualityHelper: " + eClass.getName());
	}

	/**
	 * An instance with every attribute set to a value that is not its default (many-valued ones with two values),
	 * every containment filled with new children (two for lists) down to the leaves, and every non-containment
	 * reference pointing to other instances saved beforehand.
	 */
	private EObject filled(EClass eClass, int depth) {
		EObject o = EcoreUtil.create(eClass);
		int n = ++serial;
		for (EAttribute a : eClass.getEAllAttributes()) {
			if (a.isID()) {
				o.eSet(a, eClass.getName() + "-" + n);
			} else if (a.isMany()) {
				@SuppressWarnings("unchecked")
				List<Object> values = (List<Object>) o.eGet(a);
				values.add(sample(a, n));
				values.add(sample(a, n + 1000));
			} else {
				o.eSet(a, sample(a, n));
			}
		}
		for (EReference r : eClass.getEAllReferences()) {
			if (r.isContainment()) {
				if (depth > 5) {
					fail("containment deeper than the model should be at " + eClass.getName() + "." + r.getName());
				}
				fill(o, r, () -> filled(r.getEReferenceType(), depth + 1));
			} else {
				fill(o, r, () -> {
					EObject target = shallow(r.getEReferenceType());
					store.save(target);
					return target;
				});
			}
		}
		return o;
	}

	private static void fill(EObject o, EReference r, java.util.function.Supplier<EObject> make) {
		if (r.isMany()) {
			@SuppressWarnings("unchecked")
			List<EObject> list = (List<EObject>) o.eGet(r);
			list.add(make.get());
			list.add(make.get());
		} else {
			o.eSet(r, make.get());
		}
	}

	/** A reference target: every single-valued attribute set, nothing else. */
	private EObject shallow(EClass eClass) {
		EObject o = EcoreUtil.create(eClass);
		int n = ++serial;
		for (EAttribute a : eClass.getEAllAttributes()) {
			if (!a.isMany()) {
				o.eSet(a, a.isID() ? eClass.getName() + "-target-" + n : sample(a, n));
			}
		}
		return o;
	}

	/** A value of the attribute's type that is not its default, different for different {@code n}. */
	private static Object sample(EAttribute a, int n) {
		EDataType type = a.getEAttributeType();
		if (type instanceof EEnum e) {
			// literal 0 is the default; any other one will do
			return e.getELiterals().get(1 + n % (e.getELiterals().size() - 1)).getInstance();
		}
		Class<?> c = type.getInstanceClass();
		if (c == String.class) {
			return a.getName() + " " + n + " – Zoë O’Brien’s “quoted” text";
		} else if (c == int.class || c == Integer.class) {
			return 40 + n;
		} else if (c == long.class || c == Long.class) {
			return 9_000_000_000L + n;
		} else if (c == double.class || c == Double.class) {
			return 2.5 + n / 4.0;
		} else if (c == boolean.class || c == Boolean.class) {
			return Boolean.TRUE;
		} else if (c == Date.class) {
			return new Date(1_700_000_000_123L + n * 86_400_017L);
		}
		throw new AssertionError("no sample value for " + a.getName() + " of type " + type.getName());
	}

	private static void assertEveryFeatureSet(EObject o, String path) {
		for (EStructuralFeature f : o.eClass().getEAllStructuralFeatures()) {
			assertTrue(o.eIsSet(f), "the test did not set " + path + "." + f.getName());
		}
	}

	/** Compares feature by feature, so that a failure names the path of the first difference. */
	private static void assertSameContent(EObject expected, EObject actual, String path,
			IdentityHashMap<EObject, EObject> compared) {
		if (expected == null || actual == null) {
			assertSame(expected, actual, path);
			return;
		}
		if (compared.put(expected, actual) != null) {
			return;
		}
		assertSame(expected.eClass(), actual.eClass(), path + " class");
		for (EStructuralFeature f : expected.eClass().getEAllStructuralFeatures()) {
			String at = path + "." + f.getName();
			Object e = expected.eGet(f);
			Object a = actual.eGet(f);
			if (f instanceof EAttribute) {
				assertEquals(e, a, at);
			} else if (f.isMany()) {
				List<?> el = (List<?>) e;
				List<?> al = (List<?>) a;
				assertEquals(el.size(), al.size(), at + " size");
				for (int i = 0; i < el.size(); i++) {
					assertSameContent((EObject) el.get(i), (EObject) al.get(i), at + "[" + i + "]", compared);
				}
			} else {
				assertSameContent((EObject) e, (EObject) a, at, compared);
			}
		}
	}

	// ---------------------------------------------------------------------------------------------------------
	// keeping the database in step with the trees

	@Test
	void aChildRemovedFromItsListIsDeletedWithItsSubtree() throws SQLException {
		Trust trust = trust("t1");
		DrPlan keep = drPlan("keep");
		DrPlan drop = drPlan("drop");
		trust.getDrPlans().addAll(List.of(keep, drop));
		TestRun run = FACTORY.createTestRun();
		run.getErrors().addAll(List.of("disk full", "disk full"));
		EvidenceFile log = FACTORY.createEvidenceFile();
		log.setName("run.log");
		run.getEvidence().add(log);
		drop.getRuns().add(run);
		store.save(trust);
		assertEquals(1L, count("M_TEST_RUN"));
		assertEquals(2L, count("M_VALUE"));

		trust.getDrPlans().remove(drop);
		store.save(trust);

		Trust loaded = freshStore().load(MODEL.getTrust(), "t1");
		assertEquals(List.of("keep"), loaded.getDrPlans().stream().map(DrPlan::getName).toList());
		assertEquals(0L, count("M_TEST_RUN"), "the removed plan's runs are gone");
		assertEquals(0L, count("M_EVIDENCE_FILE"), "and their evidence");
		assertEquals(0L, count("M_VALUE"), "and their errors");
		assertNull(freshStore().load(MODEL.getTestRun(), run.getId()));
		assertNull(freshStore().load(MODEL.getDrPlan(), drop.getId()));
	}

	@Test
	void listsKeepTheirOrderAfterRemovalsAndInsertions() {
		Site site = FACTORY.createSite();
		for (String name : List.of("a", "b", "c", "d")) {
			site.getNodes().add(node(name));
		}
		store.save(site);
		site.getNodes().remove(1);
		site.getNodes().add(0, node("first"));
		site.getNodes().move(3, 1);
		store.save(site);

		Site loaded = freshStore().load(MODEL.getSite(), site.getId());
		assertEquals(site.getNodes().stream().map(PacsNode::getName).toList(),
				loaded.getNodes().stream().map(PacsNode::getName).toList());
	}

	@Test
	void aChildMovedToAnotherContainerOfTheTreeIsMovedNotDeleted() {
		Trust trust = trust("t-move");
		Site north = FACTORY.createSite();
		north.setName("north");
		Site south = FACTORY.createSite();
		south.setName("south");
		trust.getSites().addAll(List.of(north, south));
		PacsNode pacs = node("pacs");
		north.getNodes().add(pacs);
		store.save(trust);

		south.getNodes().add(pacs); // EMF takes it out of north
		store.save(trust);

		Trust loaded = freshStore().load(MODEL.getTrust(), "t-move");
		assertTrue(loaded.getSites().get(0).getNodes().isEmpty());
		assertEquals(pacs.getId(), loaded.getSites().get(1).getNodes().get(0).getId());
	}

	@Test
	void savingTwiceUpdatesAndDoesNotDuplicate() throws SQLException {
		Trust trust = trust("t2");
		TestRun run = FACTORY.createTestRun();
		run.getWarnings().addAll(List.of("slow", "slower"));
		DrPlan plan = drPlan("plan");
		plan.getRuns().add(run);
		trust.getDrPlans().add(plan);
		Course course = FACTORY.createCourse();
		StaffGroup radiographers = group("radiographers");
		course.getRequiredFor().add(radiographers);
		trust.getStaffGroups().add(radiographers);
		trust.getCourses().add(course);
		store.save(trust);
		Map<String, Long> before = store.counts();
		long values = count("M_VALUE");
		long refs = count("M_REF");
		long objects = count("M_OBJECT");

		trust.setName("renamed");
		store.save(trust);
		store.save(trust);

		assertEquals(before, store.counts());
		assertEquals(values, count("M_VALUE"));
		assertEquals(refs, count("M_REF"));
		assertEquals(objects, count("M_OBJECT"));
		assertEquals("renamed", freshStore().<Trust>load(MODEL.getTrust(), "t2").getName());
	}

	@Test
	void ensureSchemaTwiceIsHarmless() {
		Trust trust = trust("t3");
		trust.getSites().add(FACTORY.createSite());
		store.save(trust);

		store.ensureSchema();
		freshStore().ensureSchema();

		Trust loaded = freshStore().load(MODEL.getTrust(), "t3");
		assertEquals(1, loaded.getSites().size());
	}

	@Test
	void ensureSchemaAddsAColumnForANewAttributeAndKeepsTheData() {
		EPackage pkg = dynamicPackage();
		EClass thing = (EClass) pkg.getEClassifier("Thing");
		EntityStore v1 = new EntityStore(db, pkg);
		v1.ensureSchema();
		EObject a = EcoreUtil.create(thing);
		a.eSet(thing.getEStructuralFeature("name"), "old");
		v1.save(a);

		EAttribute size = EcoreFactory.eINSTANCE.createEAttribute();
		size.setName("sizeInBytes");
		size.setEType(EcorePackage.Literals.ELONG);
		thing.getEStructuralFeatures().add(size);
		EntityStore v2 = new EntityStore(db, pkg);
		v2.ensureSchema();
		v2.ensureSchema();

		EObject old = v2.load(thing, id(a));
		assertEquals("old", old.eGet(thing.getEStructuralFeature("name")));
		assertEquals(0L, old.eGet(size), "rows from before the new column load with the default");
		old.eSet(size, 123_456_789_012L);
		v2.save(old);
		assertEquals(123_456_789_012L, new EntityStore(db, pkg).load(thing, id(a)).eGet(size));
	}

	private static EPackage dynamicPackage() {
		EcoreFactory f = EcoreFactory.eINSTANCE;
		EPackage pkg = f.createEPackage();
		pkg.setName("evolving");
		pkg.setNsPrefix("evolving");
		pkg.setNsURI("urn:custodian:test:evolving");
		EClass thing = f.createEClass();
		thing.setName("Thing");
		EAttribute id = f.createEAttribute();
		id.setName("id");
		id.setID(true);
		id.setEType(EcorePackage.Literals.ESTRING);
		EAttribute name = f.createEAttribute();
		name.setName("name");
		name.setEType(EcorePackage.Literals.ESTRING);
		thing.getEStructuralFeatures().addAll(List.of(id, name));
		pkg.getEClassifiers().add(thing);
		return pkg;
	}

	@Test
	void anObjectWithoutIdGetsAUuid() {
		Site site = FACTORY.createSite();
		PacsNode node = FACTORY.createPacsNode();
		site.getNodes().add(node);
		store.save(site);

		assertTrue(site.getId().matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"), site.getId());
		assertNotNull(node.getId());
		assertEquals(node.getId(), freshStore().<Site>load(MODEL.getSite(), site.getId()).getNodes().get(0).getId());
	}

	@Test
	void referencesToOneObjectAreOneInstancePerLoad() {
		Trust trust = trust("t4");
		StaffGroup group = group("porters");
		Staff manager = staff("manager", group, null);
		Staff porter = staff("porter", group, manager);
		Course course = FACTORY.createCourse();
		course.getRequiredFor().add(group);
		TrainingRecord first = record(porter, course);
		TrainingRecord second = record(porter, course);
		trust.getStaffGroups().add(group);
		trust.getStaff().addAll(List.of(manager, porter));
		trust.getCourses().add(course);
		trust.getTrainingRecords().addAll(List.of(first, second));
		store.save(trust);

		Trust loaded = freshStore().load(MODEL.getTrust(), "t4");
		TrainingRecord a = loaded.getTrainingRecords().get(0);
		TrainingRecord b = loaded.getTrainingRecords().get(1);
		assertSame(a.getStaff(), b.getStaff());
		assertSame(loaded.getStaff().get(1), a.getStaff(), "a reference into the tree is the object in the tree");
		assertSame(loaded.getStaffGroups().get(0), a.getCourse().getRequiredFor().get(0));

		// loaded from outside the tree: the targets are loaded too, each once
		TrainingRecord alone = freshStore().load(MODEL.getTrainingRecord(), first.getId());
		Staff p = alone.getStaff();
		assertEquals("porter", p.getFamilyName());
		assertNull(p.eContainer(), "the trust is not loaded for a reference");
		assertEquals("manager", p.getLineManager().getFamilyName());
		assertSame(p.getGroup(), p.getLineManager().getGroup());
		assertSame(p.getGroup(), alone.getCourse().getRequiredFor().get(0));
	}

	@Test
	void loadAllReturnsEveryStoredInstance() {
		Trust trust = trust("t5");
		Site a = FACTORY.createSite();
		a.setName("a");
		Site b = FACTORY.createSite();
		b.setName("b");
		trust.getSites().addAll(List.of(a, b));
		store.save(trust);
		Site loose = FACTORY.createSite();
		loose.setName("loose");
		store.save(loose);

		List<Site> sites = freshStore().loadAll(MODEL.getSite());
		assertEquals(List.of("a", "b", "loose"), sites.stream().map(Site::getName).sorted().toList());
		List<Trust> trusts = freshStore().loadAll(MODEL.getTrust());
		assertEquals(1, trusts.size());
		assertEquals(2, trusts.get(0).getSites().size());

		List<EObject> everything = freshStore().loadAll(MODEL.getIdentified());
		assertEquals(4, everything.size());
		Trust t = (Trust) everything.stream().filter(Trust.class::isInstance).findFirst().orElseThrow();
		assertTrue(everything.containsAll(t.getSites()), "one instance per object across the whole list");
	}

	@Test
	void deleteRemovesTheSubtreeAndLeavesReferencesUnset() throws SQLException {
		Trust trust = trust("t6");
		Site site = FACTORY.createSite();
		PacsNode primary = node("primary");
		site.getNodes().add(primary);
		trust.getSites().add(site);
		DrPlan plan = drPlan("plan");
		plan.setPrimary(primary);
		trust.getDrPlans().add(plan);
		store.save(trust);

		store.delete(site);

		assertEquals(0L, count("M_SITE"));
		assertEquals(0L, count("M_PACS_NODE"));
		assertNull(freshStore().load(MODEL.getPacsNode(), primary.getId()));
		DrPlan loaded = freshStore().load(MODEL.getDrPlan(), plan.getId());
		assertNull(loaded.getPrimary(), "a reference to a deleted object loads as unset");
		assertEquals(1, freshStore().<Trust>load(MODEL.getTrust(), "t6").getDrPlans().size());
	}

	@Test
	void datesSurviveTheAutumnClockChangeInLondon() {
		TimeZone before = TimeZone.getDefault();
		try {
			TimeZone.setDefault(TimeZone.getTimeZone("Europe/London"));
			// on 27 October 2024 a London wall clock showed 01:30 twice: at 00:30 UTC (BST) and at 01:30 UTC (GMT)
			Date firstHalfPastOne = Date.from(Instant.parse("2024-10-27T00:30:00.250Z"));
			Date secondHalfPastOne = Date.from(Instant.parse("2024-10-27T01:30:00.250Z"));
			Investigation inv = FACTORY.createInvestigation();
			inv.setOpened(firstHalfPastOne);
			inv.setClosedAt(secondHalfPastOne);
			inv.getEvidenceEventIds().addAll(List.of(7L, 3L));
			store.save(inv);
			Investigation loaded = freshStore().load(MODEL.getInvestigation(), inv.getId());
			assertEquals(firstHalfPastOne, loaded.getOpened());
			assertEquals(secondHalfPastOne, loaded.getClosedAt());
			assertEquals(List.of(7L, 3L), loaded.getEvidenceEventIds());
		} finally {
			TimeZone.setDefault(before);
		}
	}

	@Test
	void mistakesAreRefusedInWordsAndLeaveNothingBehind() throws SQLException {
		Site site = FACTORY.createSite();
		site.setName("x".repeat(40_000));
		StoreException tooLong = assertThrows(StoreException.class, () -> store.save(site));
		assertTrue(tooLong.getMessage().contains("name"), tooLong.getMessage());

		Staff unsaved = staff("nobody", null, null);
		Staff s = staff("somebody", null, unsaved);
		unsaved.setId(null);
		StoreException neverSaved = assertThrows(StoreException.class, () -> store.save(s));
		assertTrue(neverSaved.getMessage().contains("never been saved"), neverSaved.getMessage());

		PacsNode node = node("n");
		node.setId("shared-id");
		store.save(node);
		Site clash = FACTORY.createSite();
		clash.setId("shared-id");
		assertThrows(StoreException.class, () -> store.save(clash));
		assertThrows(StoreException.class, () -> store.load(MODEL.getSite(), "shared-id"));

		assertEquals(Map.of("PacsNode", 1L), store.counts());
		assertFalse(site.getId() == null, "the id given before the failure stays on the object");
	}

	// ---------------------------------------------------------------------------------------------------------
	// helpers

	private static String id(EObject o) {
		return (String) o.eGet(o.eClass().getEIDAttribute());
	}

	private long count(String table) throws SQLException {
		try (Connection c = db.connection(); Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM \"" + table + "\"")) {
			rs.next();
			long n = rs.getLong(1);
			c.commit();
			return n;
		}
	}

	private static Trust trust(String id) {
		Trust t = FACTORY.createTrust();
		t.setId(id);
		t.setName("Trust " + id);
		return t;
	}

	private static DrPlan drPlan(String name) {
		DrPlan p = FACTORY.createDrPlan();
		p.setName(name);
		return p;
	}

	private static PacsNode node(String name) {
		PacsNode n = FACTORY.createPacsNode();
		n.setName(name);
		return n;
	}

	private static StaffGroup group(String name) {
		StaffGroup g = FACTORY.createStaffGroup();
		g.setName(name);
		return g;
	}

	private static Staff staff(String familyName, StaffGroup group, Staff manager) {
		Staff s = FACTORY.createStaff();
		s.setId("staff-" + familyName);
		s.setFamilyName(familyName);
		s.setGroup(group);
		s.setLineManager(manager);
		return s;
	}

	private static TrainingRecord record(Staff staff, Course course) {
		TrainingRecord r = FACTORY.createTrainingRecord();
		r.setStaff(staff);
		r.setCourse(course);
		return r;
	}
}
