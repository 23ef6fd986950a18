package org.custodian.dr.ui;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.custodian.app.ui.Column;
import org.custodian.app.ui.EntityGrid;
import org.custodian.dicom.EchoResult;
import org.custodian.dr.core.DrCheck;
import org.custodian.dr.core.DrRegisters;
import org.custodian.dr.core.NodeEndpoints;
import org.custodian.model.PacsNode;
import org.custodian.model.Site;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Composite;

import jakarta.annotation.PostConstruct;

/**
 * Backup &amp; DR, PACS nodes: the primary, DR, VNA and off-site backup nodes with their DICOM address and how each
 * is retrieved from (C-GET, C-MOVE to our storage SCP on a port, DICOMweb); recorded, changed and removed (after
 * confirmation) in dialogs. Echo nodes (a command: Ctrl+Shift+E) asks every node by its own method and shows the
 * round trip or the reason in the grid.
 */
public class NodesPart extends DrView {

	private EntityGrid<PacsNode> nodes;
	/** The last echo outcome per node id, shown in the grid. */
	private final Map<String, String> echoes = new ConcurrentHashMap<>();

	@PostConstruct
	void create(Composite parent) {
		frame(parent);
		Composite section = section(root);
		nodes = new EntityGrid<>(section, "dr.nodes", "PACS nodes", List.of(
				Column.of("Node", PacsNode::getName, 180),
				Column.of("Role", PacsNode::getRole, 120),
				Column.of("AE title", PacsNode::getAeTitle, 120),
				Column.of("Host", PacsNode::getHost, 220),
				Column.of("Port", PacsNode::getPort, 70),
				Column.of("Retrieve", NodeEndpoints::describe, 230),
				Column.of("Vendor", PacsNode::getVendor, 190),
				Column.of("Site", n -> n.eContainer() instanceof Site s ? s.getName() : null, 220),
				Column.of("Echo", n -> echoes.get(n.getId()), 420)),
				"No PACS nodes registered yet: record the primary, DR, VNA and off-site backup nodes with New node.");
		grow(nodes);
		Composite bar = new Composite(section, org.eclipse.swt.SWT.NONE);
		org.eclipse.jface.layout.GridLayoutFactory.fillDefaults().numColumns(4).margins(4, 0).applyTo(bar);
		button(bar, "dr.node.new", "New &node...", this::newNode);
		button(bar, "dr.node.edit", "Edit node...", this::editNode);
		button(bar, "dr.node.remove", "Remove node...", this::removeNode);
		command(bar, "dr.echo", "&Echo nodes", DrIds.ECHO);
		statusLine("dr.nodes.status");
		load();
	}

	@Override
	void show(DrRegisters.Registers r) {
		nodes.setRows(r.nodes());
	}

	/** The row of the node of that name, or -1; for tests. */
	public int nodeRow(String nodeName) {
		List<PacsNode> shown = current.nodes();
		for (int i = 0; i < shown.size(); i++) {
			if (nodeName.equals(shown.get(i).getName())) {
				return i;
			}
		}
		return -1;
	}

	/** The last echo outcome of the node of that name, or null; for tests. */
	public String echoOutcome(String nodeName) {
		return current.nodes().stream().filter(n -> nodeName.equals(n.getName())).findFirst()
				.map(n -> echoes.get(n.getId())).orElse(null);
	}

	/** Every registered node asked in a Job, by its own method (the command's handler). */
	void echoNodes() {
		List<PacsNode> all = current.nodes();
		if (all.isEmpty()) {
			say("No PACS nodes are registered.");
			return;
		}
		Job job = Job.create("Echo to " + all.size() + " PACS nodes", monitor -> {
			SubMonitor progress = SubMonitor.convert(monitor, all.size());
			for (PacsNode n : all) {
				if (progress.isCanceled()) {
					break;
				}
				progress.subTask(n.getName());
				String outcome;
				try {
					EchoResult r = verification.echo(NodeEndpoints.endpoint(n), DrCheck.DEFAULT_CALLING_AE,
							Duration.ofSeconds(10));
					outcome = r.success() ? "ok, " + r.roundTrip().toMillis() + " ms (" + NodeEndpoints.describe(n) + ")"
							: "FAILED: " + r.message();
				} catch (IllegalArgumentException e) {
					outcome = "not checked: " + e.getMessage();
				}
				echoes.put(n.getId(), outcome);
				progress.worked(1);
				ui.asyncExec(() -> {
					if (!nodes.table().isDisposed()) {
						nodes.setRows(current.nodes());
					}
				});
			}
			return Status.OK_STATUS;
		});
		job.setUser(true);
		job.schedule();
		say("Echoing " + all.size() + " nodes; the outcome shows in the grid.");
	}

	private void newNode() {
		edited(new NodeDialog(root.getShell(), registers(), null, current.sites()), "Node recorded.");
	}

	private void editNode() {
		PacsNode n = selected(nodes, current.nodes(), "node");
		if (n != null) {
			edited(new NodeDialog(root.getShell(), registers(), n, current.sites()), "Node " + n.getName() + " saved.");
		}
	}

	private void removeNode() {
		PacsNode n = selected(nodes, current.nodes(), "node");
		if (n == null) {
			return;
		}
		List<String> users = registers().usersOfNode(n.getId());
		if (!users.isEmpty()) {
			MessageDialog.openInformation(root.getShell(), "Node in use", "The node " + n.getName() + " is used by "
					+ String.join(", ", users) + ". Change or remove those first.");
			return;
		}
		confirmRemoval("Remove node", "Remove the PACS node " + n.getName() + " (" + n.getAeTitle() + "@" + n.getHost()
				+ ":" + n.getPort() + ")?", () -> registers().removeNode(n.getId()));
	}
}
