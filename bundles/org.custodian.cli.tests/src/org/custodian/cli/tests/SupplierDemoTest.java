package org.custodian.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.custodian.demo.DemoSeeder;
import org.custodian.model.Trust;
import org.custodian.supplier.core.AssuranceComparison;
import org.custodian.supplier.core.ContractChecks;
import org.custodian.supplier.core.ExpiryAlerts;
import org.custodian.supplier.core.RecordsRegister;
import org.junit.jupiter.api.Test;

/**
 * The demo trust gives the Suppliers &amp; records perspective something to show: a register with due studies and
 * holds, one destruction the check reports, a contract short of the retention needed, a weaker receiver, and
 * alerts.
 */
class SupplierDemoTest {

	@Test
	void theDemoTrustFillsEveryRegisterOfThePerspective() {
		Trust trust = DemoSeeder.exampleTrust();
		LocalDate demoDay = LocalDate.of(2026, 11, 1);
		assertTrue(trust.getStudyRetentions().size() > 300, "studies: " + trust.getStudyRetentions().size());
		assertFalse(RecordsRegister.dueForReview(trust, demoDay).isEmpty());
		assertEquals(2, trust.getLegalHolds().size());
		assertEquals(7, trust.getDestructionRecords().size());
		List<RecordsRegister.Problem> problems = RecordsRegister.check(trust);
		assertEquals(1, problems.size(), problems.toString());
		assertTrue(problems.get(0).problem().contains("while legal hold"), problems.get(0).problem());
		assertTrue(ContractChecks.check(trust).stream().anyMatch(f -> f.problem().startsWith("guarantees 10 years")));
		assertTrue(trust.getDataSharingAgreements().stream().anyMatch(a -> !AssuranceComparison
				.weaknesses(trust.getOwnAssurance(), a.getReceiverAssurance(), demoDay).isEmpty()));
		assertFalse(ExpiryAlerts.find(trust, demoDay, 90).isEmpty());
		assertTrue(trust.getRetentionClasses().stream().anyMatch(c -> c.isDisputed()));
	}
}
