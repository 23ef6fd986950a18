package org.custodian.supplier.core;

import java.util.ArrayList;
import java.util.List;

import org.custodian.model.Contract;
import org.custodian.model.DataSharingAgreement;
import org.custodian.model.ModelFactory;
import org.custodian.model.Provider;
import org.custodian.model.ServiceLevel;
import org.custodian.model.SubProcessor;
import org.custodian.model.Trust;

/**
 * What an entry of the provider, contract and data-sharing registers needs before it is saved, and what removing a
 * provider takes with it. The checks name every missing or impossible value at once, so the user corrects a form in
 * one go; the dates and numbers are already parsed by whoever filled the entry.
 */
public final class SupplierEntries {
	private SupplierEntries() {
	}

	/**
	 * @throws IllegalArgumentException naming what is missing, or the provider of the same name already recorded
	 */
	public static void validate(Trust trust, Provider p) {
		List<String> wrong = new ArrayList<>();
		if (blank(p.getName())) {
			wrong.add("needs a name");
		} else if (trust.getProviders().stream().anyMatch(o -> o != p && !sameId(o.getId(), p.getId())
				&& p.getName().strip().equalsIgnoreCase(o.getName() == null ? "" : o.getName().strip()))) {
			wrong.add("has the name of a provider already recorded (" + p.getName().strip() + ")");
		}
		if (p.getKind() == null) {
			wrong.add("needs its kind");
		}
		refuse("The provider", wrong);
	}

	/** @throws IllegalArgumentException when the sub-processor has no name */
	public static void validate(SubProcessor s) {
		refuse("The sub-processor", blank(s.getName()) ? List.of("needs a name") : List.of());
	}

	/** @throws IllegalArgumentException naming what is missing or impossible */
	public static void validate(Contract c) {
		List<String> wrong = new ArrayList<>();
		if (blank(c.getReference())) {
			wrong.add("needs a reference");
		}
		if (c.getStart() == null) {
			wrong.add("needs its start date");
		}
		if (c.getEnd() != null && c.getStart() != null && c.getEnd().before(c.getStart())) {
			wrong.add("ends (" + Dates.day(c.getEnd()) + ") before it starts (" + Dates.day(c.getStart()) + ")");
		}
		if (c.getNoticeDays() < 0) {
			wrong.add("cannot have a negative notice period");
		}
		if (c.getRetentionGuaranteeYears() < 0) {
			wrong.add("cannot guarantee a negative retention");
		}
		if (c.getImageDisplaySeconds() < 0) {
			wrong.add("cannot have a negative image display time");
		}
		refuse("The contract", wrong);
	}

	/** @throws IllegalArgumentException naming what is missing */
	public static void validate(DataSharingAgreement a) {
		List<String> wrong = new ArrayList<>();
		if (blank(a.getTitle())) {
			wrong.add("needs a title");
		}
		if (blank(a.getPartnerName())) {
			wrong.add("needs the receiving organisation");
		}
		if (blank(a.getPurpose())) {
			wrong.add("needs its purpose");
		}
		if (blank(a.getLegalBasis())) {
			wrong.add("needs its legal basis");
		}
		if (a.getReviewDate() == null) {
			wrong.add("needs a review date (an agreement nobody reviews is not governed)");
		}
		refuse("The data-sharing agreement", wrong);
	}

	/**
	 * What removing a provider takes with it, in words for the confirmation: its contracts and sub-processors go,
	 * the agreements that name it stay but lose the link.
	 */
	public static String removalConsequences(Trust trust, Provider p) {
		List<String> agreements = trust.getDataSharingAgreements().stream().filter(a -> a.getProvider() == p)
				.map(DataSharingAgreement::getTitle).toList();
		String text = "Remove " + p.getName() + " with its " + p.getContracts().size() + " contract(s) and "
				+ p.getSubProcessors().size() + " sub-processor(s)?";
		return agreements.isEmpty() ? text
				: text + " The data-sharing agreement(s) " + String.join(", ", agreements)
						+ " stay but no longer name a provider.";
	}

	/** Removes a provider; the agreements naming it keep their receiver but lose the link. */
	public static void remove(Trust trust, Provider p) {
		trust.getDataSharingAgreements().stream().filter(a -> a.getProvider() == p).forEach(a -> a.setProvider(null));
		trust.getProviders().remove(p);
	}

	/**
	 * Service levels written as {@code name = target unit}, separated by semicolons ("Availability = 99.9 %;
	 * Image display = 2 s").
	 *
	 * @throws IllegalArgumentException naming the level without a name or a target, by its position
	 */
	public static List<ServiceLevel> parseServiceLevels(String text) {
		List<ServiceLevel> out = new ArrayList<>();
		if (blank(text)) {
			return out;
		}
		String[] parts = text.split(";");
		for (int i = 0; i < parts.length; i++) {
			String part = parts[i].strip();
			if (part.isEmpty()) {
				continue;
			}
			int eq = part.indexOf('=');
			String name = eq < 0 ? "" : part.substring(0, eq).strip();
			String value = eq < 0 ? "" : part.substring(eq + 1).strip();
			if (name.isEmpty() || value.isEmpty()) {
				throw new IllegalArgumentException("Service level " + (i + 1) + " ('" + part
						+ "') is not written as 'name = target unit', for example 'Image display = 2 s'.");
			}
			int space = value.indexOf(' ');
			ServiceLevel level = ModelFactory.eINSTANCE.createServiceLevel();
			level.setName(name);
			level.setTarget(space < 0 ? value : value.substring(0, space));
			level.setUnit(space < 0 ? null : value.substring(space + 1).strip());
			out.add(level);
		}
		return out;
	}

	/** The service levels in the form {@link #parseServiceLevels(String)} reads. */
	public static String formatServiceLevels(List<ServiceLevel> levels) {
		List<String> parts = new ArrayList<>();
		for (ServiceLevel s : levels) {
			parts.add(s.getName() + " = " + s.getTarget() + (blank(s.getUnit()) ? "" : " " + s.getUnit()));
		}
		return String.join("; ", parts);
	}

	private static void refuse(String what, List<String> wrong) {
		if (!wrong.isEmpty()) {
			throw new IllegalArgumentException(what + " " + String.join(", ", wrong) + ".");
		}
	}

	private static boolean sameId(String a, String b) {
		return a != null && a.equals(b);
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}
}
