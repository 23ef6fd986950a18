package org.custodian.demo;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Random;

import org.custodian.model.AccessDecision;
import org.custodian.model.AccessReview;
import org.custodian.model.Account;
import org.custodian.model.AccountMatch;
import org.custodian.model.ChangeKind;
import org.custodian.model.AssuranceEvidence;
import org.custodian.model.BackupPolicy;
import org.custodian.model.Contract;
import org.custodian.model.Course;
import org.custodian.model.DataSharingAgreement;
import org.custodian.model.DpiaStatus;
import org.custodian.model.DrPlan;
import org.custodian.model.DrScenario;
import org.custodian.model.DsptStatus;
import org.custodian.model.EmploymentType;
import org.custodian.model.ModelFactory;
import org.custodian.model.NodeRole;
import org.custodian.model.PacsNode;
import org.custodian.model.PolicyDocument;
import org.custodian.model.PolicyVersion;
import org.custodian.model.Provider;
import org.custodian.model.ProviderKind;
import org.custodian.model.ReviewDecision;
import org.custodian.model.RunResult;
import org.custodian.model.Site;
import org.custodian.model.Staff;
import org.custodian.model.StaffChange;
import org.custodian.model.StaffGroup;
import org.custodian.model.TestOperation;
import org.custodian.model.TestRun;
import org.custodian.model.TrainingRecord;
import org.custodian.model.Trust;
import org.custodian.model.Verdict;
import org.custodian.model.Workstation;

/**
 * The synthetic trust: about 300 staff in several groups (agency staff included), two PACS nodes, backup
 * policies, DR plans with test history, three providers with contracts, training and policy records, and the
 * retention classes of the records code. Seeded from a fixed random seed: the same trust every time.
 */
final class DemoTrust {
	/** The teleradiology partner's node, which its agreement names; the demo trail sends it studies. */
	static final String TELERAD_AE = "TELERAD_AE";
	static final LocalDate TODAY = LocalDate.of(2026, 11, 1);
	private static final ModelFactory F = ModelFactory.eINSTANCE;
	private static final String[] GIVEN = { "Amelia", "Oliver", "Isla", "George", "Ava", "Arthur", "Mia", "Noah",
			"Ivy", "Leo", "Freya", "Oscar", "Lily", "Harry", "Sophia", "Jack", "Grace", "Charlie", "Priya", "Aarav",
			"Fatima", "Mohammed", "Chen", "Siobhan", "Kwame", "Olga", "Tomasz", "Ngozi", "Rhys", "Eilidh" };
	private static final String[] FAMILY = { "Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson",
			"Davies", "Patel", "Robinson", "Wright", "Thompson", "Evans", "Walker", "White", "Roberts", "Green",
			"Hall", "Khan", "Lewis", "Harris", "Clarke", "Okafor", "Nowak", "Campbell", "Murphy", "Begum", "Singh",
			"Edwards", "Hughes", "Price", "Mensah" };

	/** Group name, headcount, typical job titles, department. */
	private record GroupSpec(String name, int headcount, String[] titles, String department) {
	}

	private static final GroupSpec[] GROUPS = {
			new GroupSpec("Radiologists", 28, new String[] { "Consultant radiologist", "Radiology registrar" }, "Radiology"),
			new GroupSpec("Radiographers", 85, new String[] { "Diagnostic radiographer", "Senior radiographer",
					"Reporting radiographer", "Sonographer", "Mammographer" }, "Radiology"),
			new GroupSpec("Clinicians (referrers)", 70, new String[] { "Consultant physician", "Emergency medicine doctor",
					"Foundation doctor", "Oncologist", "Obstetrician" }, "Medicine"),
			new GroupSpec("Nursing", 40, new String[] { "Staff nurse", "Ward sister", "Radiology nurse" }, "Nursing"),
			new GroupSpec("Admin and clerical", 45, new String[] { "Radiology secretary", "Booking clerk",
					"Medical records officer" }, "Radiology admin"),
			new GroupSpec("PACS and IT", 12, new String[] { "PACS manager", "PACS administrator", "IT security lead" },
					"Informatics"),
			new GroupSpec("Agency and locum", 22, new String[] { "Locum radiologist", "Agency radiographer",
					"Agency nurse" }, "Radiology") };

	private final Random random = new Random(20261121L);
	private final Trust trust = F.createTrust();
	private final List<Staff> staff = new ArrayList<>();

	static DemoTrust build() {
		DemoTrust d = new DemoTrust();
		d.trust.setName("St Elsewhere Hospitals NHS Foundation Trust (demo)");
		d.trust.setOdsCode("RZZ");
		d.sitesAndSystems();
		d.people();
		d.training();
		d.suppliers();
		DemoRecords.addTo(d.trust, d.random, TODAY);
		return d;
	}

	Trust trust() {
		return trust;
	}

	List<Staff> staff() {
		return staff;
	}

	private void sitesAndSystems() {
		Site main = F.createSite();
		main.setName("St Elsewhere General Hospital");
		main.setAddress("1 Hospital Road, Elsewhere EL1 1AA");
		Site dr = F.createSite();
		dr.setName("Riverside data centre");
		dr.setAddress("Unit 4, Riverside Park, Elsewhere EL4 9ZZ");
		trust.getSites().add(main);
		trust.getSites().add(dr);
		PacsNode primary = node(main, "Main PACS", NodeRole.PRIMARY, "PACS_MAIN", "pacs-main.elsewhere.nhs.test");
		PacsNode secondary = node(dr, "DR PACS", NodeRole.DR, "PACS_DR", "pacs-dr.elsewhere.nhs.test");

		backup("Nightly full backup to tape", primary, 24, 2, true, true, 90);
		backup("Hourly incremental", primary, 1, 1, false, false, 14);
		backup("Cloud archive copy", secondary, 24, 1, true, true, 3650);
		// the trust's compression policy, as radiology departments commonly keep it: mammography and plain
		// radiographs lossless, lossy CT and ultrasound no further than the ratios a radiologist accepts
		trust.getLosslessModalities().addAll(java.util.List.of("DX", "MG"));
		trust.getLossyRatioLimits().addAll(java.util.List.of("CT=10", "US=15"));

		Object[][] plans = { { DrScenario.RANSOMWARE, 60, 240, 90 }, { DrScenario.FIRE, 240, 480, 180 },
				{ DrScenario.FLOOD, 240, 480, 365 }, { DrScenario.AIR_CONDITIONING_FAILURE, 60, 120, 180 },
				{ DrScenario.HARDWARE_FAILURE, 15, 60, 90 }, { DrScenario.PROVIDER_OUTAGE, 60, 720, 365 } };
		for (Object[] p : plans) {
			DrPlan plan = F.createDrPlan();
			DrScenario scenario = (DrScenario) p[0];
			plan.setName("PACS recovery: " + scenario.getName().toLowerCase().replace('_', ' '));
			plan.setScenario(scenario);
			plan.setRpoMinutes((Integer) p[1]);
			plan.setRtoMinutes((Integer) p[2]);
			plan.setTestFrequencyDays((Integer) p[3]);
			plan.setPrimary(primary);
			plan.setDr(secondary);
			int runs = 1 + random.nextInt(4);
			for (int r = 0; r < runs; r++) {
				TestRun run = F.createTestRun();
				run.setOperation(r % 3 == 2 ? TestOperation.FAILOVER : TestOperation.TEST);
				run.setStarted(date(TODAY.minusDays((long) (r + 1) * plan.getTestFrequencyDays() - random.nextInt(20))));
				run.setDurationSeconds(600 + random.nextInt(7200));
				RunResult result = random.nextInt(6) == 0 ? RunResult.WARNINGS : RunResult.SUCCESS;
				run.setResult(result);
				if (result == RunResult.WARNINGS) {
					run.getWarnings().add("3 studies retrieved slower than the display target");
				}
				run.setOperatorVerdict(Verdict.PASS);
				run.setRpoAchievedMinutes(plan.getRpoMinutes() / 2 + random.nextInt(plan.getRpoMinutes()));
				run.setRtoAchievedMinutes(plan.getRtoMinutes() / 2 + random.nextInt(plan.getRtoMinutes()));
				run.setNotes("Quarterly exercise with the PACS supplier on call.");
				plan.getRuns().add(run);
			}
			trust.getDrPlans().add(plan);
		}
		for (int i = 1; i <= 40; i++) {
			Workstation w = F.createWorkstation();
			w.setAddress("10.20." + (i / 10) + "." + (10 + i));
			w.setName(String.format("RAD-WS-%03d", i));
			w.setLocation(i <= 12 ? "Reporting room " + (1 + i / 4) : i <= 30 ? "CT/MR control room" : "Ward " + (i - 30));
			w.setDepartment(i <= 30 ? "Radiology" : "Medicine");
			trust.getWorkstations().add(w);
		}
	}

	private PacsNode node(Site site, String name, NodeRole role, String aet, String host) {
		PacsNode n = F.createPacsNode();
		n.setName(name);
		n.setRole(role);
		n.setAeTitle(aet);
		n.setHost(host);
		n.setPort(104);
		n.setVendor("Northgate Imaging Systems");
		site.getNodes().add(n);
		return n;
	}

	private void backup(String name, PacsNode node, int everyHours, int copies, boolean offsite, boolean immutable,
			int keepDays) {
		BackupPolicy b = F.createBackupPolicy();
		b.setName(name);
		b.setNode(node);
		b.setFrequencyHours(everyHours);
		b.setCopies(copies);
		b.setOffsite(offsite);
		b.setImmutable(immutable);
		b.setCopyRetentionDays(keepDays);
		trust.getBackupPolicies().add(b);
	}

	private void people() {
		int number = 10001;
		for (GroupSpec spec : GROUPS) {
			StaffGroup group = F.createStaffGroup();
			group.setName(spec.name());
			group.setDescription(spec.headcount() + " staff in " + spec.department());
			trust.getStaffGroups().add(group);
			Staff manager = null;
			for (int i = 0; i < spec.headcount(); i++) {
				Staff s = F.createStaff();
				s.setStaffNumber("E" + number++);
				s.setGivenName(GIVEN[random.nextInt(GIVEN.length)]);
				s.setFamilyName(FAMILY[random.nextInt(FAMILY.length)]);
				s.setDateOfBirth(date(LocalDate.of(1960 + random.nextInt(42), 1 + random.nextInt(12), 1 + random.nextInt(28))));
				s.setNhsNumber(NhsNumbers.valid(random));
				s.setPostcode("EL" + (1 + random.nextInt(9)) + " " + (1 + random.nextInt(9)) + "AB");
				s.setGroup(group);
				s.setJobTitle(spec.titles()[i == 0 ? 0 : random.nextInt(spec.titles().length)]);
				s.setRole(spec.name().equals("PACS and IT") ? "PACS administration" : "Clinical user");
				s.setDepartment(spec.department());
				s.setEmployment(spec.name().startsWith("Agency") ? EmploymentType.AGENCY
						: random.nextInt(12) == 0 ? EmploymentType.BANK : EmploymentType.PERMANENT);
				s.setStartDate(date(TODAY.minusDays(30 + random.nextInt(4000))));
				if (random.nextInt(25) == 0) {
					s.setEndDate(date(TODAY.minusDays(random.nextInt(120))));
				}
				if (manager == null) {
					manager = s;
				} else {
					s.setLineManager(manager);
				}
				trust.getStaff().add(s);
				staff.add(s);
				Account a = F.createAccount();
				a.setSystem("PACS");
				a.setUsername((s.getGivenName().charAt(0) + s.getFamilyName() + (number % 100)).toLowerCase());
				a.setOwner(s);
				a.setMatch(AccountMatch.EXACT);
				a.setEnabled(s.getEndDate() == null || random.nextInt(3) == 0);
				a.setLastUsed(date(TODAY.minusDays(random.nextInt(60))));
				trust.getAccounts().add(a);
			}
		}
		Account shared = F.createAccount();
		shared.setSystem("PACS");
		shared.setUsername("ctscanner1");
		shared.setShared(true);
		shared.setEnabled(true);
		shared.setMatchNote("no member of staff matches \"ctscanner1\"");
		trust.getAccounts().add(shared);
		reviewQueueAndMovers();
	}

	/**
	 * What a real feed leaves for the reviewers: a RIS account that matches a member of staff by name only, one
	 * that matches nobody, and two movers whose access is under review (one past its due date, so its default
	 * shows as waiting to be applied).
	 */
	private void reviewQueueAndMovers() {
		Staff near = staff.get(10);
		Account ris = F.createAccount();
		ris.setSystem("RIS");
		ris.setUsername((near.getFamilyName() + near.getGivenName().charAt(0)).toLowerCase());
		ris.setDisplayName(near.getGivenName().charAt(0) + ". " + near.getFamilyName());
		ris.setEnabled(true);
		ris.setLastUsed(date(TODAY.minusDays(3)));
		ris.setMatch(AccountMatch.NEAR_MISS);
		ris.setSuggestedOwner(near);
		ris.setMatchNote("by name only: \"" + ris.getDisplayName() + "\" is like " + near.getGivenName() + " "
				+ near.getFamilyName());
		trust.getAccounts().add(ris);
		Account locum = F.createAccount();
		locum.setSystem("RIS");
		locum.setUsername("locum.radiology2");
		locum.setDisplayName("Locum Radiologist 2");
		locum.setEnabled(true);
		locum.setLastUsed(date(TODAY.minusDays(200)));
		locum.setMatchNote("no member of staff matches \"Locum Radiologist 2\"");
		trust.getAccounts().add(locum);
		mover(staff.get(20), "Reporting radiographer", TODAY.minusDays(20), true);
		mover(staff.get(31), "Clinical lead", TODAY.minusDays(3), false);
	}

	private void mover(Staff s, String newRole, LocalDate effective, boolean unanswered) {
		StaffChange change = F.createStaffChange();
		change.setStaff(s);
		change.setKind(ChangeKind.MOVER);
		change.setEffectiveDate(date(effective));
		change.setNewRole(newRole);
		trust.getStaffChanges().add(change);
		AccessReview review = F.createAccessReview();
		review.setChange(change);
		review.setReviewer(s.getLineManager());
		review.setOpened(date(effective));
		review.setDue(date(effective.plusDays(14)));
		review.setDefaultDecision(ReviewDecision.REVOKE);
		for (Account a : trust.getAccounts()) {
			if (a.getOwner() == s && a.isEnabled()) {
				AccessDecision d = F.createAccessDecision();
				d.setAccount(a);
				d.setDecision(unanswered ? ReviewDecision.PENDING : ReviewDecision.APPROVE);
				if (!unanswered) {
					d.setJustification("reports on PACS in the new role too");
					d.setDecidedBy(s.getLineManager() == null ? "manager" : s.getLineManager().getFamilyName().toLowerCase());
					d.setDecidedAt(date(effective.plusDays(1)));
				}
				review.getDecisions().add(d);
			}
		}
		trust.getAccessReviews().add(review);
	}

	private void training() {
		Course awareness = course("DSA-1", "Data security awareness (level 1)", 12, true, trust.getStaffGroups());
		Course pacs = course("PACS-U", "PACS user training", 36, true, trust.getStaffGroups().subList(0, 4));
		course("IG-MGR", "Information governance for managers", 24, false, List.of());
		for (Staff s : staff) {
			if (random.nextInt(100) < 92) {
				record(s, awareness, TODAY.minusDays(random.nextInt(420)));
			}
			if (random.nextInt(100) < 80) {
				record(s, pacs, TODAY.minusDays(random.nextInt(1200)));
			}
		}
		PolicyDocument policy = F.createPolicyDocument();
		policy.setTitle("Acceptable use of PACS and patient images");
		policy.getAppliesTo().addAll(trust.getStaffGroups());
		for (String[] v : new String[][] { { "1.0", "2024-04-01" }, { "2.0", "2026-09-01" } }) {
			PolicyVersion version = F.createPolicyVersion();
			version.setVersion(v[0]);
			version.setPublished(date(LocalDate.parse(v[1])));
			version.setSummary(v[0].equals("2.0") ? "Adds rules for images on personal devices" : "First issue");
			policy.getVersions().add(version);
		}
		// the policy that tells staff their access is logged (A3)
		policy.setAccessNotice(true);
		trust.getPolicies().add(policy);
		needs(awareness, pacs);
		for (Staff s : staff) {
			int n = random.nextInt(10);
			for (int v = 0; v < policy.getVersions().size() && v < (n < 6 ? 2 : n < 9 ? 1 : 0); v++) {
				var ack = F.createAcknowledgement();
				ack.setStaff(s);
				ack.setPolicyVersion(policy.getVersions().get(v));
				ack.setAcknowledgedAt(date(TODAY.minusDays(v == 1 ? random.nextInt(60) : 300 + random.nextInt(300))));
				trust.getAcknowledgements().add(ack);
			}
		}
	}

	/**
	 * The training needs analysis: data security awareness for every group, PACS user training for the clinical
	 * groups at 100 %, approved by the SIRO except one line awaiting approval; both courses evaluated, PACS user
	 * training over a year ago.
	 */
	private void needs(Course awareness, Course pacs) {
		for (StaffGroup g : trust.getStaffGroups()) {
			need(g, awareness, "Everyone handles patient identifiable data", 0, true);
		}
		for (int i = 0; i < 4; i++) {
			need(trust.getStaffGroups().get(i), pacs, "They view, export and report images on PACS", 100, i != 3);
		}
		evaluation(awareness, TODAY.minusDays(40), "Quiz after the course and a phishing exercise",
				"11 % clicked the exercise's link, down from 27 %", true);
		evaluation(pacs, TODAY.minusDays(430), "Observed use of PACS on the ward",
				"Most users logged out; two shared a session", true);
	}

	private void need(StaffGroup group, Course course, String reason, double target, boolean approved) {
		org.custodian.model.TrainingNeed n = F.createTrainingNeed();
		n.setGroup(group);
		n.setCourse(course);
		n.setReason(reason);
		n.setTargetPercent(target);
		if (approved) {
			n.setApprovedBy("SIRO");
			n.setApprovedOn(date(TODAY.minusDays(120)));
		}
		trust.getTrainingNeeds().add(n);
	}

	private void evaluation(Course course, LocalDate on, String method, String findings, boolean effective) {
		org.custodian.model.CourseEvaluation e = F.createCourseEvaluation();
		e.setCourse(course);
		e.setEvaluatedOn(date(on));
		e.setMethod(method);
		e.setFindings(findings);
		e.setEffective(effective);
		e.setEvaluatedBy("IG manager");
		trust.getCourseEvaluations().add(e);
	}

	private Course course(String code, String title, int refreshMonths, boolean mandatory, List<StaffGroup> groups) {
		Course c = F.createCourse();
		c.setCode(code);
		c.setTitle(title);
		c.setRefreshMonths(refreshMonths);
		c.setMandatory(mandatory);
		c.getRequiredFor().addAll(groups);
		trust.getCourses().add(c);
		return c;
	}

	private void record(Staff s, Course c, LocalDate completed) {
		TrainingRecord r = F.createTrainingRecord();
		r.setStaff(s);
		r.setCourse(c);
		r.setCompleted(date(completed));
		r.setExpires(date(completed.plusMonths(c.getRefreshMonths())));
		trust.getTrainingRecords().add(r);
	}

	private void suppliers() {
		Provider vendor = provider("Northgate Imaging Systems Ltd", ProviderKind.PACS_VENDOR, "PACS-2019-004",
				LocalDate.of(2019, 4, 1), LocalDate.of(2027, 3, 31), 180, 8, 2.0, DsptStatus.STANDARDS_MET);
		Provider telerad = provider("TeleRad Reporting Partners LLP", ProviderKind.TELERADIOLOGY, "TR-2023-017",
				LocalDate.of(2023, 1, 1), LocalDate.of(2027, 1, 31), 90, 8, 3.0, DsptStatus.APPROACHING_STANDARDS);
		provider("Secure Cloud Archive plc", ProviderKind.CLOUD_BACKUP, "CB-2022-009", LocalDate.of(2022, 6, 1),
				LocalDate.of(2028, 5, 31), 120, 30, 5.0, DsptStatus.STANDARDS_EXCEEDED);
		var sub = F.createSubProcessor();
		sub.setName("Hosting Services UK Ltd");
		sub.setCountry("United Kingdom");
		sub.setService("Data centre hosting");
		vendor.getSubProcessors().add(sub);

		DataSharingAgreement dsa = F.createDataSharingAgreement();
		dsa.setTitle("Out-of-hours CT reporting");
		dsa.setPartnerName(telerad.getName());
		dsa.setProvider(telerad);
		dsa.getReceivingNodes().add(TELERAD_AE);
		dsa.setPurpose("Reporting of emergency CT and MR studies out of hours");
		dsa.getDataFlows().add("DICOM push of studies over the HSCN VPN");
		dsa.getDataFlows().add("Reports returned by HL7 to RIS");
		dsa.setLegalBasis("UK GDPR 6(1)(e) and 9(2)(h): direct care");
		dsa.setReviewDate(date(TODAY.plusDays(45)));
		dsa.setDpiaStatus(DpiaStatus.APPROVED);
		dsa.setReceiverAssurance(assurance(DsptStatus.APPROACHING_STANDARDS, TODAY.minusDays(200)));
		trust.getDataSharingAgreements().add(dsa);
	}

	private Provider provider(String name, ProviderKind kind, String ref, LocalDate start, LocalDate end, int notice,
			int retentionYears, double displaySeconds, DsptStatus dspt) {
		Provider p = F.createProvider();
		p.setName(name);
		p.setKind(kind);
		Contract c = F.createContract();
		c.setReference(ref);
		c.setStart(date(start));
		c.setEnd(date(end));
		c.setNoticeDays(notice);
		c.setRenewalTerms("Renews for 12 months unless notice is given");
		c.setExitClause("Full export of images and reports in DICOM with a verified manifest");
		c.setDataReturnClause("All data returned within 90 days of termination, then destroyed with certificate");
		c.setRetentionGuaranteeYears(retentionYears);
		c.setImageDisplaySeconds(displaySeconds);
		var sla = F.createServiceLevel();
		sla.setName("Image display time");
		sla.setTarget(String.valueOf(displaySeconds));
		sla.setUnit("seconds");
		c.getServiceLevels().add(sla);
		p.getContracts().add(c);
		p.setAssurance(assurance(dspt, TODAY.minusDays(100 + random.nextInt(200))));
		trust.getProviders().add(p);
		return p;
	}

	private AssuranceEvidence assurance(DsptStatus status, LocalDate dsptDate) {
		AssuranceEvidence a = F.createAssuranceEvidence();
		a.setDsptStatus(status);
		a.setDsptDate(date(dsptDate));
		a.setIso27001Expiry(date(TODAY.plusDays(60 + random.nextInt(600))));
		a.setCyberEssentialsPlusExpiry(date(TODAY.plusDays(20 + random.nextInt(300))));
		a.setLastPenTest(date(TODAY.minusDays(random.nextInt(500))));
		return a;
	}

	static Date date(LocalDate day) {
		return Date.from(day.atStartOfDay(ZoneOffset.UTC).toInstant());
	}
}
