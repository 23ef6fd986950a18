package org.custodian.dr.ui;

import org.custodian.app.ui.FormDialog;
import java.util.Arrays;
import java.util.List;

import org.custodian.app.ui.Formats;
import org.custodian.dr.core.DrRegisters;
import org.custodian.dr.core.DrRegisters.NodeForm;
import org.custodian.model.NodeRole;
import org.custodian.model.PacsNode;
import org.custodian.model.RetrieveMethod;
import org.custodian.model.WebAuth;
import org.custodian.model.Site;
import org.custodian.app.ui.WidgetIds;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;

/**
 * Records a PACS node (primary, DR, VNA, off-site backup) with its DICOM address and how it is retrieved from (C-GET,
 * C-MOVE to our storage SCP on a port, or DICOMweb with its URL and authentication), or changes one.
 */
final class NodeDialog extends FormDialog {
    private static final List<NodeRole> ROLES = NodeRole.VALUES;
    private final DrRegisters registers;
    private final PacsNode node;
    private final List<Site> sites;
    private Text name;
    private Combo role;
    private Text ae;
    private Text host;
    private Spinner port;
    private Text vendor;
    private Combo site;
    private Combo method;
    private Spinner movePort;
    private Text webUrl;
    private Combo auth;
    private Text webUser;
    private Text webSecret;
    private static final List<RetrieveMethod> METHODS = RetrieveMethod.VALUES;
    private static final List<WebAuth> AUTHS = WebAuth.VALUES;

    /** {@code node} null: a new node. */
    NodeDialog(Shell shell, DrRegisters registers, PacsNode node, List<Site> sites) {
        super(shell, node == null ? "New PACS node" : "Edit PACS node", "dr.node.dialog");
        this.registers = registers;
        this.node = node;
        this.sites = sites;
    }

    @Override
    protected void fields(Composite form) {
        name = text(form, "&Name", "dr.node.name", node == null ? null : node.getName());
        role = choice(form, "&Role", "dr.node.role", ROLES.stream().map(Formats::display).toList(),
                node == null || node.getRole() == null ? 0 : ROLES.indexOf(node.getRole()));
        ae = text(form, "&AE title", "dr.node.ae", node == null ? null : node.getAeTitle());
        host = text(form, "&Host", "dr.node.host", node == null ? null : node.getHost());
        port = number(form, "&Port", "dr.node.port", node == null || node.getPort() == 0 ? 104 : node.getPort(), 1,
                65535);
        vendor = text(form, "&Vendor", "dr.node.vendor", node == null ? null : node.getVendor());
        label(form, "&Site (choose or type a new one)");
        site = WidgetIds.tag(new Combo(form, SWT.DROP_DOWN), "dr.node.site");
        sites.forEach(s -> site.add(s.getName() == null ? "" : s.getName()));
        String current = node != null && node.eContainer() instanceof Site s ? s.getName() : null;
        if (current != null) {
            site.setText(current);
        } else if (!sites.isEmpty()) {
            site.select(0);
        }
        GridDataFactory.fillDefaults().grab(true, false).applyTo(site);
        method = choice(form, "Retrieve &method", "dr.node.method", List.of("C-GET", "C-MOVE to our storage SCP",
                "DICOMweb (QIDO-RS, WADO-RS)"), node == null || node.getRetrieveMethod() == null ? 0
                        : METHODS.indexOf(node.getRetrieveMethod()));
        movePort = number(form, "C-MOVE: our storage p&ort (0: 11112)", "dr.node.moveport",
                node == null ? 0 : node.getMovePort(), 0, 65535);
        webUrl = text(form, "DICOMweb &URL", "dr.node.url", node == null ? null : node.getDicomWebUrl());
        auth = choice(form, "DICOMweb au&thentication", "dr.node.auth", List.of("None", "Basic (user and password)",
                "Bearer token"), node == null || node.getDicomWebAuth() == null ? 0
                        : AUTHS.indexOf(node.getDicomWebAuth()));
        webUser = text(form, "DICOMweb us&er", "dr.node.user", node == null ? null : node.getDicomWebUser());
        webSecret = text(form, "DICOMweb password or to&ken", "dr.node.secret",
                node == null ? null : node.getDicomWebSecret());
        webSecret.setEchoChar('*');
        Arrays.asList(name, ae, host, vendor, webUrl, webUser).forEach(t -> t.setTextLimit(200));
        webSecret.setTextLimit(4096);
    }

    @Override
    protected void save() {
        registers.saveNode(node == null ? null : node.getId(), new NodeForm(name.getText(),
                role.getSelectionIndex() < 0 ? null : ROLES.get(role.getSelectionIndex()), ae.getText(), host.getText(),
                port.getSelection(), vendor.getText(), site.getText(), new DrRegisters.Retrieval(
                        METHODS.get(Math.max(0, method.getSelectionIndex())), movePort.getSelection(), webUrl.getText(),
                        AUTHS.get(Math.max(0, auth.getSelectionIndex())), webUser.getText(), webSecret.getText())));
    }
}
