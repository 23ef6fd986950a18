package org.custodian.supplier.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.custodian.model.AssuranceEvidence;
import org.custodian.model.Contract;
import org.custodian.model.DataSharingAgreement;
import org.custodian.model.DpiaStatus;
import org.custodian.model.DsptStatus;
import org.custodian.model.ModelFactory;
import org.custodian.model.Provider;
import org.custodian.model.ProviderKind;
import org.custodian.model.SubProcessor;
import org.custodian.model.Trust;
import org.custodian.supplier.core.Dates;
import org.custodian.supplier.core.SupplierEntries;
import org.custodian.supplier.ui.FieldsDialog.Field;

/**
 * The forms of the provider, contract, sub-processor and data-sharing registers, and our own assurance: the fields
 * an entry shows (filled from the entry, or empty for a new one) and how the values typed go back into it. The
 * labels are the keys of the values, so a test fills a form by label as a user does.
 */
final class SupplierForms {
	static final String NONE = "(none)";
	/** The systems transfers go to, matched against the trail's destinations (R5, G6). */
	static final String NODES = "Receiving nodes (AE titles or hosts; ...)";
	static final String DSPT_EXPIRES = "DSPT expires (empty: a year after publication)";

	private SupplierForms() {
	}

	// ---- providers

	static List<Field> provider(Provider p) {
		List<Field> f = new ArrayList<>(List.of(
				Field.text("Name", p == null ? "" : p.getName()),
				Field.choice("Kind", p == null ? ProviderKind.PACS_VENDOR.getName() : p.getKind().getName(),
						Arrays.stream(ProviderKind.values()).map(ProviderKind::getName).toList()),
				Field.text(NODES, p == null ? "" : String.join("; ", p.getReceivingNodes()))));
		f.addAll(assurance(p == null ? null : p.getAssurance()));
		return f;
	}

	static void applyProvider(Trust trust, Provider p, Map<String, String> v) {
		p.setName(v.get("Name"));
		p.setKind(ProviderKind.getByName(v.get("Kind")));
		nodes(p.getReceivingNodes(), v);
		p.setAssurance(assuranceOf(v));
		SupplierEntries.validate(trust, p);
	}

	// ---- sub-processors

	static List<Field> subProcessor(SubProcessor s) {
		List<Field> f = new ArrayList<>(List.of(Field.text("Name", s == null ? "" : s.getName()),
				Field.text("Country", s == null ? "" : s.getCountry()),
				Field.text("Service", s == null ? "" : s.getService())));
		f.addAll(assurance(s == null ? null : s.getAssurance()));
		return f;
	}

	static void applySubProcessor(SubProcessor s, Map<String, String> v) {
		s.setName(v.get("Name"));
		s.setCountry(v.get("Country"));
		s.setService(v.get("Service"));
		s.setAssurance(assuranceOf(v));
		SupplierEntries.validate(s);
	}

	// ---- contracts

	static List<Field> contract(Contract c) {
		return List.of(Field.text("Reference", c == null ? "" : c.getReference()),
				Field.text("Start", c == null ? "" : Dates.day(c.getStart())),
				Field.text("End", c == null ? "" : Dates.day(c.getEnd())),
				Field.text("Notice (days)", c == null ? "" : c.getNoticeDays()),
				Field.text("Renewal", c == null ? "" : c.getRenewalTerms()),
				Field.text("Exit clause", c == null ? "" : c.getExitClause()),
				Field.text("Data return or migration clause", c == null ? "" : c.getDataReturnClause()),
				Field.text("Retention guarantee (years)", c == null ? "" : c.getRetentionGuaranteeYears()),
				Field.text("Image display (seconds)", c == null ? "" : c.getImageDisplaySeconds()),
				Field.text("Service levels (name = target unit; ...)",
						c == null ? "" : SupplierEntries.formatServiceLevels(c.getServiceLevels())));
	}

	static void applyContract(Contract c, Map<String, String> v) {
		c.setReference(v.get("Reference"));
		c.setStart(Dates.date(Ui.day("Start", v.get("Start"))));
		c.setEnd(Dates.date(Ui.day("End", v.get("End"))));
		c.setNoticeDays(Ui.number("Notice (days)", v.get("Notice (days)")));
		c.setRenewalTerms(v.get("Renewal"));
		c.setExitClause(v.get("Exit clause"));
		c.setDataReturnClause(v.get("Data return or migration clause"));
		c.setRetentionGuaranteeYears(Ui.number("Retention guarantee (years)", v.get("Retention guarantee (years)")));
		c.setImageDisplaySeconds(Ui.decimal("Image display (seconds)", v.get("Image display (seconds)")));
		var levels = SupplierEntries.parseServiceLevels(v.get("Service levels (name = target unit; ...)"));
		c.getServiceLevels().clear();
		c.getServiceLevels().addAll(levels);
		SupplierEntries.validate(c);
	}

	// ---- data-sharing agreements

	static List<Field> agreement(Trust trust, DataSharingAgreement a) {
		List<String> providers = new ArrayList<>(List.of(NONE));
		trust.getProviders().forEach(p -> providers.add(p.getName()));
		List<Field> f = new ArrayList<>(List.of(
				Field.text("Title", a == null ? "" : a.getTitle()),
				Field.text("Receiving organisation", a == null ? "" : a.getPartnerName()),
				Field.choice("Provider", a == null || a.getProvider() == null ? NONE : a.getProvider().getName(),
						providers),
				Field.text("Purpose", a == null ? "" : a.getPurpose()),
				Field.text("Legal basis", a == null ? "" : a.getLegalBasis()),
				Field.text("Data flows (separated by ;)", a == null ? "" : String.join("; ", a.getDataFlows())),
				Field.text(NODES, a == null ? "" : String.join("; ", a.getReceivingNodes())),
				Field.text("Review date", a == null ? "" : Dates.day(a.getReviewDate())),
				Field.choice("DPIA", a == null ? DpiaStatus.NOT_STARTED.getName() : a.getDpiaStatus().getName(),
						Arrays.stream(DpiaStatus.values()).map(DpiaStatus::getName).toList())));
		f.addAll(assurance(a == null ? null : a.getReceiverAssurance()));
		return f;
	}

	static void applyAgreement(Trust trust, DataSharingAgreement a, Map<String, String> v) {
		a.setTitle(v.get("Title"));
		a.setPartnerName(v.get("Receiving organisation"));
		String provider = v.getOrDefault("Provider", NONE);
		a.setProvider(NONE.equals(provider) ? null : trust.getProviders().stream()
				.filter(p -> provider.equals(p.getName())).findFirst()
				.orElseThrow(() -> new IllegalArgumentException("no provider named " + provider)));
		a.setPurpose(v.get("Purpose"));
		a.setLegalBasis(v.get("Legal basis"));
		a.getDataFlows().clear();
		Arrays.stream(v.getOrDefault("Data flows (separated by ;)", "").split(";")).map(String::strip)
				.filter(s -> !s.isEmpty()).forEach(a.getDataFlows()::add);
		nodes(a.getReceivingNodes(), v);
		a.setReviewDate(Dates.date(Ui.day("Review date", v.get("Review date"))));
		DpiaStatus dpia = DpiaStatus.getByName(v.getOrDefault("DPIA", ""));
		a.setDpiaStatus(dpia == null ? DpiaStatus.NOT_STARTED : dpia);
		a.setReceiverAssurance(assuranceOf(v));
		SupplierEntries.validate(a);
	}

	// ---- assurance (a provider's, a receiver's, our own)

	static List<Field> assurance(AssuranceEvidence e) {
		List<String> dspt = Arrays.stream(DsptStatus.values()).map(DsptStatus::getName).toList();
		return List.of(
				Field.choice("DSPT status", e == null ? DsptStatus.NOT_PUBLISHED.getName() : e.getDsptStatus().getName(),
						dspt),
				Field.text("DSPT published", e == null ? "" : Dates.day(e.getDsptDate())),
				Field.text(DSPT_EXPIRES, e == null ? "" : Dates.day(e.getDsptExpiry())),
				Field.text("ISO 27001 expires", e == null ? "" : Dates.day(e.getIso27001Expiry())),
				Field.text("Cyber Essentials Plus expires", e == null ? "" : Dates.day(e.getCyberEssentialsPlusExpiry())),
				Field.text("Last penetration test", e == null ? "" : Dates.day(e.getLastPenTest())));
	}

	/**
	 * The assurance typed, or null when nothing is known (no DSPT published, no date): the comparison treats both
	 * alike, and the grids then show empty cells rather than a status nobody entered.
	 */
	static AssuranceEvidence assuranceOf(Map<String, String> v) {
		DsptStatus known = DsptStatus.getByName(v.getOrDefault("DSPT status", ""));
		DsptStatus status = known == null ? DsptStatus.NOT_PUBLISHED : known;
		String[] dates = { "DSPT published", "ISO 27001 expires", "Cyber Essentials Plus expires",
				"Last penetration test" };
		if (status == DsptStatus.NOT_PUBLISHED && Arrays.stream(dates).allMatch(d -> v.getOrDefault(d, "").isBlank())) {
			return null;
		}
		AssuranceEvidence e = ModelFactory.eINSTANCE.createAssuranceEvidence();
		e.setDsptStatus(status);
		e.setDsptDate(Dates.date(Ui.day(dates[0], v.get(dates[0]))));
		if (e.getDsptDate() != null && Dates.day(e.getDsptDate()).isAfter(java.time.LocalDate.now())) {
			throw new IllegalArgumentException("the DSPT publication date " + Dates.day(e.getDsptDate())
					+ " is in the future");
		}
		e.setIso27001Expiry(Dates.date(Ui.day(dates[1], v.get(dates[1]))));
		e.setCyberEssentialsPlusExpiry(Dates.date(Ui.day(dates[2], v.get(dates[2]))));
		e.setLastPenTest(Dates.date(Ui.day(dates[3], v.get(dates[3]))));
		e.setDsptExpiry(Dates.date(Ui.day(DSPT_EXPIRES, v.get(DSPT_EXPIRES))));
		if (e.getDsptExpiry() != null && e.getDsptDate() != null && e.getDsptExpiry().before(e.getDsptDate())) {
			throw new IllegalArgumentException("the DSPT expiry " + Dates.day(e.getDsptExpiry())
					+ " is before its publication " + Dates.day(e.getDsptDate()));
		}
		return e;
	}

	/** The receiving nodes typed: AE titles, host names or addresses, separated by ';'. */
	private static void nodes(List<String> into, Map<String, String> v) {
		into.clear();
		Arrays.stream(v.getOrDefault(NODES, "").split(";")).map(String::strip).filter(x -> !x.isEmpty())
				.forEach(into::add);
	}
}
