package org.custodian.audit.core.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.custodian.store.Alert;
import org.custodian.store.AlertFilter;
import org.custodian.store.Store;
import org.custodian.store.StoredEvent;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

/**
 * Takes out of the queue the open alerts that the feeds now explain: a report that came after the radiologist's
 * look, an admission the PAS sent late, a location list loaded since. Only the rules that fire because nothing
 * explained the access are asked ({@link DetectionRule#explainedNow}); self-access, a flagged patient, a leaver,
 * a family tie of address or phone stay whatever the RIS says. An alert taken out is marked
 * {@link Alert#EXPLAINED} (kept, with its reason, and findable in the queue), each on the console trail with the
 * explanation.
 */
final class AlertRecheck {
	private static final int PAGE = 2_000;

	private AlertRecheck() {
	}

	static int run(Store store, RuleContext ctx, List<DetectionRule> rules, IProgressMonitor monitor) {
		Map<String, DetectionRule> byId = rules.stream().collect(Collectors.toMap(DetectionRule::id, Function.identity()));
		SubMonitor progress = SubMonitor.convert(monitor, "Checking open alerts against the feeds", IProgressMonitor.UNKNOWN);
		List<Alert> open = new ArrayList<>();
		for (long offset = 0;; offset += PAGE) {
			List<Alert> page = store.alerts().list(new AlertFilter(null, Alert.OPEN, null, null, null), offset, PAGE);
			page.stream().filter(a -> byId.containsKey(a.rule())).forEach(open::add);
			if (page.size() < PAGE) {
				break;
			}
		}
		List<Long> explained = new ArrayList<>();
		for (Alert a : open) {
			if (progress.isCanceled()) {
				break;
			}
			List<StoredEvent> event = a.eventId() == 0 ? List.of() : store.events().byIds(List.of(a.eventId()));
			if (event.isEmpty()) {
				continue;
			}
			String why = byId.get(a.rule()).explainedNow(a, event.get(0), ctx);
			if (why != null) {
				explained.add(a.id());
				store.trail().append(store.user(), "alert explained by the feeds", "alert " + a.id() + " (" + a.rule()
						+ ", " + a.userId() + ")", why);
			}
			progress.setWorkRemaining(100).worked(1);
		}
		if (!explained.isEmpty()) {
			store.alerts().update(explained, Alert.EXPLAINED, null);
		}
		return explained.size();
	}
}
