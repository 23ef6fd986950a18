package org.custodian.supplier.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.custodian.model.Contract;
import org.custodian.model.DataSharingAgreement;
import org.custodian.model.ModelFactory;
import org.custodian.model.Provider;
import org.custodian.model.ProviderKind;
import org.custodian.model.ServiceLevel;
import org.custodian.model.SubProcessor;
import org.custodian.model.Trust;
import org.custodian.supplier.core.Dates;
import org.custodian.supplier.core.SupplierEntries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The provider, contract and agreement registers refuse an incomplete or impossible entry with everything that is
 * wrong named at once; service levels read and write in one form; removing a provider takes its contracts and
 * sub-processors and leaves the agreements that named it, unlinked, in the stored trust.
 */
class SupplierEntriesTest {
	private static final ModelFactory F = ModelFactory.eINSTANCE;
	private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

	@TempDir
	Path dir;

	private static Provider provider(String name) {
		Provider p = F.createProvider();
		p.setName(name);
		p.setKind(ProviderKind.PACS_VENDOR);
		return p;
	}

	@Test
	void aProviderNeedsANameNoOtherProviderHas() {
		Trust trust = F.createTrust();
		Provider first = provider("Imaging Systems Ltd");
		trust.getProviders().add(first);
		SupplierEntries.validate(trust, first);
		Provider twin = provider(" imaging systems ltd ");
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SupplierEntries.validate(trust, twin));
		assertTrue(e.getMessage().contains("already recorded (imaging systems ltd)"), e.getMessage());
		Provider nameless = provider(" ");
		e = assertThrows(IllegalArgumentException.class, () -> SupplierEntries.validate(trust, nameless));
		assertEquals("The provider needs a name.", e.getMessage());
	}

	@Test
	void aContractNamesEveryProblemAtOnce() {
		Contract c = F.createContract();
		c.setStart(Dates.date(TODAY));
		c.setEnd(Dates.date(TODAY.minusDays(1)));
		c.setNoticeDays(-30);
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SupplierEntries.validate(c));
		assertEquals("The contract needs a reference, ends (2026-02-28) before it starts (2026-03-01), cannot have a"
				+ " negative notice period.", e.getMessage());
		c.setReference("PACS-2026");
		c.setEnd(Dates.date(TODAY));
		c.setNoticeDays(180);
		SupplierEntries.validate(c); // a contract may end on the day it starts
	}

	@Test
	void anAgreementNeedsItsReceiverPurposeLegalBasisAndReviewDate() {
		DataSharingAgreement a = F.createDataSharingAgreement();
		a.setTitle("Teleradiology reporting");
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SupplierEntries.validate(a));
		assertEquals("The data-sharing agreement needs the receiving organisation, needs its purpose, needs its legal "
				+ "basis, needs a review date (an agreement nobody reviews is not governed).", e.getMessage());
		SubProcessor s = F.createSubProcessor();
		assertThrows(IllegalArgumentException.class, () -> SupplierEntries.validate(s));
	}

	@Test
	void serviceLevelsReadAndWriteInOneForm() {
		List<ServiceLevel> levels = SupplierEntries.parseServiceLevels("Availability = 99.9 %; Image display=2 s;;"
				+ " Restore = 4 hours per TB ;");
		assertEquals(3, levels.size());
		assertEquals("Image display", levels.get(1).getName());
		assertEquals("2", levels.get(1).getTarget());
		assertEquals("s", levels.get(1).getUnit());
		assertEquals("hours per TB", levels.get(2).getUnit());
		String written = SupplierEntries.formatServiceLevels(levels);
		assertEquals("Availability = 99.9 %; Image display = 2 s; Restore = 4 hours per TB", written);
		assertEquals(written, SupplierEntries.formatServiceLevels(SupplierEntries.parseServiceLevels(written)));
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> SupplierEntries.parseServiceLevels("Availability = 99.9 %; Image display 2 s"));
		assertTrue(e.getMessage().startsWith("Service level 2 ('Image display 2 s')"), e.getMessage());
	}

	@Test
	void removingAProviderUnlinksItsAgreementsInTheStoredTrust() throws Exception {
		try (SupplierDatabase db = new SupplierDatabase(dir, TODAY)) {
			Trust trust = db.supplier.trust();
			Provider p = provider("Old PACS Ltd");
			Contract c = F.createContract();
			c.setReference("OLD-1");
			p.getContracts().add(c);
			SubProcessor s = F.createSubProcessor();
			s.setName("Hosting Co");
			p.getSubProcessors().add(s);
			trust.getProviders().add(p);
			DataSharingAgreement a = F.createDataSharingAgreement();
			a.setTitle("Image sharing");
			a.setProvider(p);
			trust.getDataSharingAgreements().add(a);
			db.supplier.save(trust);

			Trust stored = db.supplier.trust();
			Provider again = stored.getProviders().get(0);
			assertEquals("Remove Old PACS Ltd with its 1 contract(s) and 1 sub-processor(s)? The data-sharing "
					+ "agreement(s) Image sharing stay but no longer name a provider.",
					SupplierEntries.removalConsequences(stored, again));
			SupplierEntries.remove(stored, again);
			db.supplier.save(stored);

			Trust after = db.supplier.trust();
			assertTrue(after.getProviders().isEmpty());
			assertEquals(1, after.getDataSharingAgreements().size());
			assertNull(after.getDataSharingAgreements().get(0).getProvider());
		}
	}
}
