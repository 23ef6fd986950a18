package org.custodian.dr.core;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import org.custodian.model.BackupPolicy;
import org.custodian.model.DrPlan;
import org.custodian.model.DrScenario;
import org.custodian.model.Identified;
import org.custodian.model.ModelFactory;
import org.custodian.model.ModelPackage;
import org.custodian.model.NodeRole;
import org.custodian.model.RetrieveMethod;
import org.custodian.model.VerificationLevel;
import org.custodian.model.WebAuth;
import org.custodian.model.PacsNode;
import org.custodian.model.Site;
import org.custodian.model.Trust;
import org.custodian.store.EntityStore;
import org.custodian.store.Trusts;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * What the IT security lead records by hand: PACS nodes with their DICOM address and role, backup policies and
 * DR plans. Every change works on a freshly loaded trust, so a saved object keeps its place under the trust (or
 * its site) and other people's changes since the view was read are not overwritten; objects stored outside any
 * trust (older databases, tests) are edited where they are. Names are unique per kind, since the command line
 * finds nodes and plans by name.
 */
public final class DrRegisters {

	/** Everything the DR perspective lists, sorted by name. */
	public record Registers(List<DrPlan> plans, List<PacsNode> nodes, List<BackupPolicy> policies, List<Site> sites) {
	}

	/** A node as the user typed it. */
	public record NodeForm(String name, NodeRole role, String aeTitle, String host, int port, String vendor,
			String site, Retrieval retrieval) {
		/** A node retrieved by C-GET. */
		public NodeForm(String name, NodeRole role, String aeTitle, String host, int port, String vendor, String site) {
			this(name, role, aeTitle, host, port, vendor, site, Retrieval.C_GET);
		}
	}

	/**
	 * How a node is retrieved from: the method, our storage port for C-MOVE (0 for 11112), the DICOMweb base URL
	 * and its authentication (user and secret for BASIC, the token as secret for BEARER).
	 */
	public record Retrieval(RetrieveMethod method, int movePort, String dicomWebUrl, WebAuth auth, String user,
			String secret) {
		public static final Retrieval C_GET = new Retrieval(RetrieveMethod.CGET, 0, null, WebAuth.NONE, null, null);
	}

	/** A backup policy as the user typed it; {@code nodeId} is the node it protects. */
	public record PolicyForm(String name, String nodeId, int frequencyHours, int copies, boolean offsite,
			boolean immutable, int copyRetentionDays) {
	}

	/** A DR plan as the user typed it; the nodes by id. */
	public record PlanForm(String name, DrScenario scenario, int rpoMinutes, int rtoMinutes, int testFrequencyDays,
			String primaryId, String drId, VerificationLevel level, int sampleSize) {
		/** A plan verified at level SAMPLE with the default sample. */
		public PlanForm(String name, DrScenario scenario, int rpoMinutes, int rtoMinutes, int testFrequencyDays,
				String primaryId, String drId) {
			this(name, scenario, rpoMinutes, rtoMinutes, testFrequencyDays, primaryId, drId, VerificationLevel.SAMPLE,
					0);
		}
	}

	private final EntityStore entities;

	public DrRegisters(EntityStore entities) {
		this.entities = Objects.requireNonNull(entities, "entities");
	}

	/** The plans, nodes, policies and sites: the trust's, and any stored outside a trust. */
	public Registers load() {
		return load(trust(false));
	}

	private Registers load(Trust trust) {
		List<DrPlan> plans = new ArrayList<>();
		List<PacsNode> nodes = new ArrayList<>();
		List<BackupPolicy> policies = new ArrayList<>();
		List<Site> sites = new ArrayList<>();
		Set<String> inTrust = new HashSet<>();
		if (trust != null) {
			plans.addAll(trust.getDrPlans());
			policies.addAll(trust.getBackupPolicies());
			sites.addAll(trust.getSites());
			trust.getSites().forEach(s -> nodes.addAll(s.getNodes()));
			trust.eAllContents().forEachRemaining(o -> {
				if (o instanceof Identified i) {
					inTrust.add(i.getId());
				}
			});
		}
		this.<DrPlan>outside(ModelPackage.Literals.DR_PLAN, inTrust).forEach(plans::add);
		this.<BackupPolicy>outside(ModelPackage.Literals.BACKUP_POLICY, inTrust).forEach(policies::add);
		for (Site s : this.<Site>outside(ModelPackage.Literals.SITE, inTrust)) {
			sites.add(s);
			s.getNodes().forEach(n -> inTrust.add(n.getId()));
			nodes.addAll(s.getNodes());
		}
		this.<PacsNode>outside(ModelPackage.Literals.PACS_NODE, inTrust).forEach(nodes::add);
		plans.sort(Comparator.comparing(p -> sortName(p.getName())));
		nodes.sort(Comparator.comparing(n -> sortName(n.getName())));
		policies.sort(Comparator.comparing(p -> sortName(p.getName())));
		sites.sort(Comparator.comparing(s -> sortName(s.getName())));
		return new Registers(plans, nodes, policies, sites);
	}

	/**
	 * Records a new node ({@code id} null) or changes one; a site named in the form that does not exist yet is
	 * made under the trust.
	 *
	 * @throws IllegalArgumentException naming the field that is missing or invalid, or the name already used
	 */
	public PacsNode saveNode(String id, NodeForm form) {
		String name = required("node name", form.name());
		Retrieval retrieval = form.retrieval() == null ? Retrieval.C_GET : form.retrieval();
		boolean webOnly = retrieval.method() == RetrieveMethod.DICOMWEB && blankToNull(form.aeTitle()) == null
				&& blankToNull(form.host()) == null && form.port() == 0;
		String ae = webOnly ? null : required("AE title", form.aeTitle());
		if (ae != null && (ae.length() > 16 || ae.chars().anyMatch(c -> c < 0x20 || c > 0x7e || c == '\\'))) {
			throw new IllegalArgumentException("The AE title '" + ae
					+ "' is not valid: at most 16 printable ASCII characters, without a backslash.");
		}
		String host = webOnly ? null : required("host", form.host());
		if (host != null && host.chars().anyMatch(Character::isWhitespace)) {
			throw new IllegalArgumentException("The host '" + host + "' contains a space.");
		}
		if (!webOnly && (form.port() < 1 || form.port() > 65535)) {
			throw new IllegalArgumentException("The port " + form.port() + " is not between 1 and 65535.");
		}
		if (form.role() == null) {
			throw new IllegalArgumentException("Choose the node's role (primary, DR, VNA, off-site backup).");
		}
		String siteName = required("site", form.site());
		Trust trust = trust(false);
		Registers all = load(trust);
		unique("node", name, id, all.nodes());
		PacsNode node = id == null ? ModelFactory.eINSTANCE.createPacsNode() : find(all.nodes(), id, "node");
		node.setName(name);
		node.setRole(form.role());
		node.setAeTitle(ae);
		node.setHost(host);
		node.setPort(form.port());
		node.setVendor(blankToNull(form.vendor()));
		NodeEndpoints.apply(node, retrieval);
		Site site = all.sites().stream().filter(s -> siteName.equalsIgnoreCase(strip(s.getName()))).findFirst()
				.orElse(null);
		if (site == null) {
			site = ModelFactory.eINSTANCE.createSite();
			site.setName(siteName);
			(trust == null ? trust(true) : trust).getSites().add(site);
			entities.save(site);
		}
		if (node.eContainer() != site) {
			// a new node, or one moved to another site: the site's list decides where it is stored
			site.getNodes().add(node);
		}
		entities.save(node);
		return node;
	}

	/**
	 * Records a new backup policy ({@code id} null) or changes one.
	 *
	 * @throws IllegalArgumentException naming the field that is missing or invalid
	 */
	public BackupPolicy savePolicy(String id, PolicyForm form) {
		String name = required("policy name", form.name());
		atLeast("backup frequency (hours)", form.frequencyHours(), 1);
		atLeast("number of copies", form.copies(), 1);
		atLeast("retention of the copies (days)", form.copyRetentionDays(), 1);
		Trust trust = trust(false);
		Registers all = load(trust);
		unique("backup policy", name, id, all.policies());
		PacsNode node = find(all.nodes(), required("node the policy protects", form.nodeId()), "node");
		BackupPolicy policy = id == null ? ModelFactory.eINSTANCE.createBackupPolicy()
				: find(all.policies(), id, "backup policy");
		policy.setName(name);
		policy.setNode(node);
		policy.setFrequencyHours(form.frequencyHours());
		policy.setCopies(form.copies());
		policy.setOffsite(form.offsite());
		policy.setImmutable(form.immutable());
		policy.setCopyRetentionDays(form.copyRetentionDays());
		if (id == null) {
			(trust == null ? trust(true) : trust).getBackupPolicies().add(policy);
		}
		entities.save(policy);
		return policy;
	}

	/**
	 * Records a new DR plan ({@code id} null) or changes one; its test runs are kept.
	 *
	 * @throws IllegalArgumentException naming the field that is missing or invalid
	 */
	public DrPlan savePlan(String id, PlanForm form) {
		String name = required("plan name", form.name());
		if (form.scenario() == null) {
			throw new IllegalArgumentException("Choose the plan's scenario.");
		}
		atLeast("RPO target (minutes)", form.rpoMinutes(), 1);
		atLeast("RTO target (minutes)", form.rtoMinutes(), 1);
		atLeast("test frequency (days)", form.testFrequencyDays(), 1);
		Trust trust = trust(false);
		Registers all = load(trust);
		unique("plan", name, id, all.plans());
		PacsNode primary = find(all.nodes(), required("primary node", form.primaryId()), "primary node");
		PacsNode dr = find(all.nodes(), required("DR node", form.drId()), "DR node");
		if (primary == dr) {
			throw new IllegalArgumentException("The primary and the DR node are both '" + primary.getName()
					+ "': a plan recovers one node onto another.");
		}
		DrPlan plan = id == null ? ModelFactory.eINSTANCE.createDrPlan() : find(all.plans(), id, "plan");
		plan.setName(name);
		plan.setScenario(form.scenario());
		plan.setRpoMinutes(form.rpoMinutes());
		plan.setRtoMinutes(form.rtoMinutes());
		plan.setTestFrequencyDays(form.testFrequencyDays());
		plan.setPrimary(primary);
		plan.setDr(dr);
		plan.setVerificationLevel(form.level() == null ? VerificationLevel.SAMPLE : form.level());
		if (form.sampleSize() < 0 || form.sampleSize() > 10_000) {
			throw new IllegalArgumentException("The sample size " + form.sampleSize() + " is not between 0 (the default of "
					+ DrCheck.DEFAULT_SAMPLE + ") and 10,000 studies.");
		}
		plan.setSampleSize(form.sampleSize());
		if (id == null) {
			(trust == null ? trust(true) : trust).getDrPlans().add(plan);
		}
		entities.save(plan);
		return plan;
	}

	/** What removing the node would break: the plans and policies that use it (empty: it can go). */
	public List<String> usersOfNode(String id) {
		Registers all = load();
		List<String> users = new ArrayList<>();
		for (DrPlan p : all.plans()) {
			if (is(p.getPrimary(), id) || is(p.getDr(), id)) {
				users.add("plan '" + p.getName() + "'");
			}
		}
		for (BackupPolicy b : all.policies()) {
			if (is(b.getNode(), id)) {
				users.add("backup policy '" + b.getName() + "'");
			}
		}
		return users;
	}

	/**
	 * Removes a node nothing uses.
	 *
	 * @throws IllegalStateException naming the plans and policies that still use it
	 */
	public void removeNode(String id) {
		List<String> users = usersOfNode(id);
		if (!users.isEmpty()) {
			throw new IllegalStateException("The node is used by " + String.join(", ", users)
					+ ": change or remove those first.");
		}
		remove(find(load().nodes(), id, "node"));
	}

	public void removePolicy(String id) {
		remove(find(load().policies(), id, "backup policy"));
	}

	/** Removes a plan with its test runs (their evidence files stay on disk). */
	public void removePlan(String id) {
		remove(find(load().plans(), id, "plan"));
	}

	private void remove(EObject o) {
		entities.delete(o);
		EcoreUtil.remove(o);
	}

	/** The database's trust, through the one finder; made (and saved) only when {@code create}. */
	private Trust trust(boolean create) {
		return create ? Trusts.findOrCreate(entities) : Trusts.find(entities);
	}

	private <T extends EObject> List<T> outside(EClass c, Set<String> inTrust) {
		List<T> all = entities.loadAll(c);
		return all.stream().filter(o -> !inTrust.contains(((Identified) o).getId()) && o.eContainer() == null)
				.toList();
	}

	private static <T extends Identified> T find(List<T> list, String id, String what) {
		return list.stream().filter(o -> id.equals(o.getId())).findFirst()
				.orElseThrow(() -> new IllegalArgumentException("The " + what + " is no longer stored (removed meanwhile?)."));
	}

	private static boolean is(PacsNode n, String id) {
		return n != null && id.equals(n.getId());
	}

	private static void unique(String what, String name, String id, List<? extends Identified> existing) {
		for (Identified o : existing) {
			String other = (String) o.eGet(o.eClass().getEStructuralFeature("name"));
			if (name.equalsIgnoreCase(strip(other)) && !o.getId().equals(id)) {
				throw new IllegalArgumentException("A " + what + " named '" + name + "' is already recorded.");
			}
		}
	}

	private static String required(String field, String value) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException("The " + field + " is missing.");
		}
		return value.strip();
	}

	private static void atLeast(String field, int value, int min) {
		if (value < min) {
			throw new IllegalArgumentException("The " + field + " must be at least " + min + ", not " + value + ".");
		}
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	private static String strip(String s) {
		return s == null ? "" : s.strip();
	}

	private static String sortName(String s) {
		return strip(s).toLowerCase(Locale.ROOT);
	}
}
