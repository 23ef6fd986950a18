package org.custodian.supplier.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.custodian.model.Contract;
import org.custodian.model.DataSharingAgreement;
import org.custodian.model.Provider;
import org.custodian.model.SubProcessor;
import org.custodian.model.Trust;
import org.custodian.supplier.core.AssuranceComparison;
import org.custodian.supplier.core.ContractChecks;
import org.custodian.supplier.core.ExpiryAlerts;

/** What the provider, agreement and assurance views show, read off the UI thread in one go. */
record Registers(Trust trust, LocalDate today, List<ContractChecks.Finding> findings, List<ExpiryAlerts.Alert> alerts) {
	List<Provider> providers() {
		return trust.getProviders();
	}

	List<Contract> contracts() {
		return trust.getProviders().stream().flatMap(p -> p.getContracts().stream()).toList();
	}

	List<SubProcessor> subProcessors() {
		return trust.getProviders().stream().flatMap(p -> p.getSubProcessors().stream()).toList();
	}

	String checks(Contract c) {
		return findings.stream().filter(f -> f.contract() == c).map(ContractChecks.Finding::problem)
				.collect(Collectors.joining("; "));
	}

	long weaker(DataSharingAgreement a) {
		return AssuranceComparison.weaknesses(trust.getOwnAssurance(), a.getReceiverAssurance(), today).size();
	}
}
