package org.custodian.audit.core.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.custodian.model.DataSharingAgreement;
import org.custodian.model.PacsNode;
import org.custodian.model.Provider;
import org.custodian.model.Site;
import org.custodian.model.Trust;
import org.custodian.model.Workstation;
import org.custodian.store.AccessEvent;

/**
 * Where an electronic transfer went and under what it may go there (R5, G6). A transfer is an instances-transferred
 * event (110104) whose detail names the system the images were pushed to, or an export (110106) disclosed to a
 * system or organisation rather than to media. Its destination is the trust's own when it is one of the trust's
 * PACS nodes or registered workstations (by AE title, name, host or address); otherwise it must be named by a
 * data-sharing agreement (its receiving nodes or its receiver's name) or by a provider that holds a contract.
 */
public final class Receivers {

	/** One transfer as the trail tells it: the names of its destination (AE title and host) and the event. */
	public record Transfer(List<String> destination, AccessEvent event) {
		/** The destination as the trail wrote it: "AE at host". */
		public String describe() {
			return String.join(" at ", destination);
		}
	}

	/** What allows a destination: the organisation and the agreement or contract. */
	public record Cover(String organisation, String under) {
	}

	private final Set<String> ours = new HashSet<>();
	private final Map<String, Cover> covered = new HashMap<>();

	public Receivers(Trust trust) {
		if (trust == null) {
			return;
		}
		for (Site site : trust.getSites()) {
			for (PacsNode n : site.getNodes()) {
				add(ours, n.getAeTitle(), n.getHost(), n.getName());
			}
		}
		for (Workstation w : trust.getWorkstations()) {
			add(ours, w.getAddress(), w.getName());
		}
		for (DataSharingAgreement a : trust.getDataSharingAgreements()) {
			if (a.getPartnerName() == null || a.getPartnerName().isBlank()) {
				// an agreement that names no receiver covers nobody
				continue;
			}
			Cover cover = new Cover(a.getPartnerName(), "data-sharing agreement " + a.getTitle());
			for (String node : a.getReceivingNodes()) {
				covered.putIfAbsent(key(node), cover);
			}
			covered.putIfAbsent(key(a.getPartnerName()), cover);
		}
		for (Provider p : trust.getProviders()) {
			if (p.getContracts().isEmpty()) {
				continue;
			}
			Cover cover = new Cover(p.getName(), "contract " + p.getContracts().get(0).getReference());
			for (String node : p.getReceivingNodes()) {
				covered.putIfAbsent(key(node), cover);
			}
		}
	}

	/** The transfer an event records, when it is one that names where it went. */
	public static Optional<Transfer> transfer(AccessEvent e) {
		if (e.detail() == null || e.outcome() != 0) {
			return Optional.empty();
		}
		boolean transferred = "110104".equals(e.eventCode());
		boolean export = "110106".equals(e.eventCode());
		if (!transferred && !export) {
			return Optional.empty();
		}
		for (String part : e.detail().split("; ")) {
			if (transferred && part.startsWith(EventNames.SENT_TO)) {
				return Optional.of(new Transfer(List.of(part.substring(EventNames.SENT_TO.length()).split(" at ")), e));
			}
			String disclosed = EventNames.DISCLOSED + " to ";
			if (export && part.startsWith(disclosed)) {
				return Optional.of(new Transfer(List.of(part.substring(disclosed.length())), e));
			}
		}
		return Optional.empty();
	}

	/** True when any name of the destination is one of the trust's own systems. */
	public boolean ours(Transfer t) {
		return t.destination().stream().anyMatch(n -> ours.contains(key(n)));
	}

	/** The agreement or contract that names the destination, if any. */
	public Optional<Cover> cover(Transfer t) {
		for (String n : t.destination()) {
			Cover c = covered.get(key(n));
			if (c != null) {
				return Optional.of(c);
			}
		}
		return Optional.empty();
	}

	/** The receiving organisation for the figures: the cover's organisation, else the destination as written. */
	public String organisation(Transfer t) {
		return cover(t).map(Cover::organisation).orElse(t.describe());
	}

	private static void add(Set<String> set, String... names) {
		for (String n : names) {
			if (n != null && !n.isBlank()) {
				set.add(key(n));
			}
		}
	}

	private static String key(String name) {
		return name.strip().toUpperCase(Locale.ROOT);
	}

	/** Every destination name the trust covers, for the settings page and tests. */
	public List<String> coveredNames() {
		return new ArrayList<>(covered.keySet());
	}
}
