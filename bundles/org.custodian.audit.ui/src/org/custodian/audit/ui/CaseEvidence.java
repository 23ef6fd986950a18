package org.custodian.audit.ui;

import java.util.List;
import java.util.function.Consumer;

import org.custodian.app.ui.Background;
import org.custodian.audit.core.review.AccessReview;
import org.custodian.model.CaseStatus;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;

/**
 * Attaching events that a grid or a timeline shows to an open case as evidence: the open cases are read, and the
 * change saved, in the background; the dialog offers only open cases.
 */
final class CaseEvidence {
	private CaseEvidence() {
	}

	/** @param say shows the outcome where the part shows its messages */
	static void attach(Shell shell, AccessReview review, UISynchronize ui, List<Long> eventIds, Consumer<String> say) {
		if (eventIds.isEmpty()) {
			say.accept("Select the events first (click their row numbers; Shift or Ctrl for more).");
			return;
		}
		Background.load("Reading the open cases", () -> review.investigations().all().stream()
				.filter(c -> c.getStatus() != CaseStatus.CLOSED).toList(), ui, open -> {
					if (open.isEmpty()) {
						say.accept("There is no open case. Open one from the Alerts tab first.");
						return;
					}
					AttachEvidenceDialog dialog = new AttachEvidenceDialog(shell, open, eventIds.size());
					if (dialog.open() != Window.OK) {
						return;
					}
					String reference = dialog.chosen().getReference();
					Background.load("Attaching evidence to " + reference,
							() -> review.investigations().attachEvents(reference, eventIds), ui,
							c -> say.accept(eventIds.size() + " event(s) attached to " + reference + " as evidence."),
							e -> say.accept("The events were not attached: " + e.getMessage()));
				}, e -> say.accept("The cases could not be read: " + e.getMessage()));
	}
}
