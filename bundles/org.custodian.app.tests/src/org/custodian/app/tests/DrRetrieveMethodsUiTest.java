package org.custodian.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.custodian.app.ui.DataEvents;
import org.custodian.dr.core.DrRegisters;
import org.custodian.model.DrPlan;
import org.custodian.model.DrScenario;
import org.custodian.model.ModelFactory;
import org.custodian.model.ModelPackage;
import org.custodian.model.NodeRole;
import org.custodian.model.PacsNode;
import org.custodian.model.RetrieveMethod;
import org.custodian.model.RunResult;
import org.custodian.model.TestRun;
import org.custodian.model.VerificationLevel;
import org.custodian.model.WebAuth;
import org.custodian.store.Store;
import org.custodian.testing.DcmtkFiles;
import org.custodian.testing.DcmtkFiles.Instance;
import org.custodian.testing.DcmtkFiles.Variant;
import org.custodian.testing.OrthancServer;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

/**
 * On the real workbench: a DR node that offers only C-MOVE and one that is a DICOMweb server (Orthanc's plugin with
 * basic authentication) are entered in the node dialog with their retrieve settings, each made the DR node of a
 * plan, and verified with Verify now against a C-GET primary: both runs are recorded as successes at level SAMPLE
 * with their readiness check kept.
 */
class DrRetrieveMethodsUiTest {

    private static final String AE = "CUSTODIAN";
    private static final long SLOW = 90_000;
    private final UiBot bot = new UiBot(Display.getCurrent());

    @TempDir
    static Path dir;
    static OrthancServer primary;
    static OrthancServer moveOnly;
    static OrthancServer web;

    @AfterAll
    static void stop() {
        for (OrthancServer s : new OrthancServer[] { primary, moveOnly, web }) {
            if (s != null) {
                s.close();
            }
        }
    }

    private static BundleContext context() {
        return FrameworkUtil.getBundle(DrRetrieveMethodsUiTest.class).getBundleContext();
    }

    private PacsNode stored(Store store, String name) {
        return new DrRegisters(store.entities()).load().nodes().stream().filter(n -> name.equals(n.getName()))
                .findFirst().orElse(null);
    }

    /** Fills the node dialog as a user would, the retrieve settings included, and presses OK. */
    private void enterNode(String name, OrthancServer server, int method, int movePort, String url) {
        bot.whenShown("dr.node.dialog", dialog -> {
            ((Text) bot.find("dr.node.name", SLOW)).setText(name);
            Combo roles = bot.find("dr.node.role", SLOW);
            roles.select(roles.indexOf("DR"));
            ((Text) bot.find("dr.node.ae", SLOW)).setText(OrthancServer.AE_TITLE);
            ((Text) bot.find("dr.node.host", SLOW)).setText("127.0.0.1");
            ((Spinner) bot.find("dr.node.port", SLOW)).setSelection(server.dicomPort());
            ((Combo) bot.find("dr.node.site", SLOW)).setText("UI methods data centre");
            ((Combo) bot.find("dr.node.method", SLOW)).select(method);
            ((Spinner) bot.find("dr.node.moveport", SLOW)).setSelection(movePort);
            if (url != null) {
                ((Text) bot.find("dr.node.url", SLOW)).setText(url);
                ((Combo) bot.find("dr.node.auth", SLOW)).select(1);
                ((Text) bot.find("dr.node.user", SLOW)).setText("dr-check");
                ((Text) bot.find("dr.node.secret", SLOW)).setText("Ui-Web-Pass");
                screenshot("dr-node-dialog-dicomweb");
            }
            UiBot.press(dialog, IDialogConstants.OK_ID);
        }, SLOW);
        bot.click("dr.node.new");
    }

    /** The screen as it is, for a person to look at (target/screenshots); nothing is asserted on it. */
    private void screenshot(String name) {
        bot.pump(300);
        try {
            Path out = Files.createDirectories(Path.of("target", "screenshots")).resolve(name + ".png");
            new ProcessBuilder("import", "-window", "root", out.toString()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor(20, java.util.concurrent.TimeUnit.SECONDS);
        } catch (java.io.IOException e) {
            // ImageMagick missing: the test goes on without the picture
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void aMoveOnlyAndADicomWebDrNodeAreEachVerifiedFromTheConsole() throws Exception {
        DcmtkFiles files = new DcmtkFiles(Files.createDirectories(dir.resolve("files")));
        LocalDate today = LocalDate.now();
        Instance study = DcmtkFiles.newInstance("P7", "CT", today.toString().replace("-", ""));
        Path a = files.file(study, Variant.EXPLICIT_LITTLE);
        Path b = files.file(DcmtkFiles.nextInstance(study), Variant.EXPLICIT_LITTLE);
        int movePort = OrthancServer.freePorts(1)[0];
        primary = OrthancServer.start(Files.createDirectories(dir.resolve("primary")), AE);
        moveOnly = OrthancServer.start(Files.createDirectories(dir.resolve("move")), AE,
                OrthancServer.Options.moveOnly(movePort));
        web = OrthancServer.start(Files.createDirectories(dir.resolve("web")), AE,
                OrthancServer.Options.dicomWeb("dr-check", "Ui-Web-Pass"));
        for (OrthancServer s : new OrthancServer[] { primary, moveOnly, web }) {
            s.load(AE, a, b);
        }

        bot.signInIfNeeded("itlead");
        Store store = context().getService(context().getServiceReference(Store.class));
        bot.click("perspective.org.custodian.dr.ui.perspective");
        DrParts.show(DrParts.NODES, org.custodian.dr.ui.NodesPart.class);
        enterNode("UI move-only DR", moveOnly, 1, movePort, null);
        enterNode("UI DICOMweb DR", web, 2, 0, web.dicomWebUrl().toString());
        DrParts.show(DrParts.PLANS, org.custodian.dr.ui.PlansPart.class);

        PacsNode move = stored(store, "UI move-only DR");
        PacsNode dicomWeb = stored(store, "UI DICOMweb DR");
        assertNotNull(move, "the C-MOVE node is stored");
        assertEquals(RetrieveMethod.CMOVE, move.getRetrieveMethod());
        assertEquals(movePort, move.getMovePort());
        assertEquals(RetrieveMethod.DICOMWEB, dicomWeb.getRetrieveMethod());
        assertEquals(WebAuth.BASIC, dicomWeb.getDicomWebAuth());
        assertEquals("dr-check", dicomWeb.getDicomWebUser());

        PacsNode p = ModelFactory.eINSTANCE.createPacsNode();
        p.setName("UI methods primary");
        p.setRole(NodeRole.PRIMARY);
        p.setAeTitle(OrthancServer.AE_TITLE);
        p.setHost("127.0.0.1");
        p.setPort(primary.dicomPort());
        ((org.custodian.model.Site) move.eContainer()).getNodes().add(p);
        store.entities().save(move.eContainer());
        for (PacsNode dr : List.of(move, dicomWeb)) {
            DrPlan plan = ModelFactory.eINSTANCE.createDrPlan();
            plan.setName("AAB UI " + dr.getName());
            plan.setScenario(DrScenario.HARDWARE_FAILURE);
            plan.setRpoMinutes(60);
            plan.setRtoMinutes(240);
            plan.setTestFrequencyDays(30);
            plan.setPrimary(p);
            plan.setDr(stored(store, dr.getName()));
            plan.setVerificationLevel(VerificationLevel.SAMPLE);
            store.entities().save(plan);

            context().getService(context().getServiceReference(IWorkbench.class)).getApplication().getContext()
                    .get(IEventBroker.class).send(DataEvents.CHANGED, "dr test data");
            Combo plans = bot.find("dr.plan", SLOW);
            bot.waitFor("the plan in the chooser", () -> List.of(plans.getItems()), l -> l.contains(plan.getName()),
                    SLOW);
            plans.select(plans.indexOf(plan.getName()));
            plans.notifyListeners(SWT.Selection, new Event());
            bot.type("dr.from", today.minusDays(1).toString());
            bot.type("dr.to", today.toString());
            ((Spinner) bot.find("dr.sample", SLOW)).setSelection(1);
            bot.click("dr.verify");
            String status = bot.waitFor("the verification of " + dr.getName(),
                    () -> UiBot.text(bot.find("dr.status", SLOW)),
                    t -> t.contains(plan.getName()) && (t.contains("recorded as a test run") || t.contains("failed")),
                    SLOW);
            DrPlan after = store.entities().load(ModelPackage.Literals.DR_PLAN, plan.getId());
            assertEquals(1, after.getRuns().size(), status);
            TestRun run = after.getRuns().get(0);
            assertEquals(RunResult.SUCCESS, run.getResult(), dr.getName() + ": " + run.getErrors() + run.getWarnings()
                    + " / " + status);
            assertEquals(VerificationLevel.SAMPLE, run.getVerificationLevel());
            assertFalse(run.getReadiness().isEmpty(), "the readiness check is kept with the run");
            assertTrue(run.getReadiness().stream().noneMatch(l -> l.startsWith("FAILURE")), run.getReadiness()
                    .toString());
            assertTrue(run.isSetRtoAchievedMinutes(), "the DR retrieve was timed");
            screenshot("dr-plans-after-" + (dr == move ? "cmove" : "dicomweb"));
        }
        DrParts.show(DrParts.RUNS, org.custodian.dr.ui.RunsPart.class);
        screenshot("dr-runs");
        DrParts.show(DrParts.NODES, org.custodian.dr.ui.NodesPart.class);
        screenshot("dr-nodes");
        DrParts.show(DrParts.PLANS, org.custodian.dr.ui.PlansPart.class);
    }
}
