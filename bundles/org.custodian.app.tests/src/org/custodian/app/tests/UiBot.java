package org.custodian.app.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Widget;
import org.custodian.app.ui.WidgetIds;

/**
 * A small SWT driver for tests on the real workbench (SWTBot is not on Maven Central): finds widgets by their
 * {@link WidgetIds} key, waits for conditions while pumping the event loop, clicks and types. Runs on the UI
 * thread; every wait is bounded.
 */
public final class UiBot {
	private final Display display;

	public UiBot(Display display) {
		this.display = display;
	}

	/** The visible widget with this id in any open shell, waiting up to {@code millis} for it to appear. */
	@SuppressWarnings("unchecked")
	public <W extends Control> W find(String id, long millis) {
		Control[] found = new Control[1];
		waitUntil("widget '" + id + "' to appear", () -> (found[0] = findNow(id)) != null, millis);
		return (W) found[0];
	}

	public Control findNow(String id) {
		for (Shell shell : display.getShells()) {
			Control c = find(shell, id);
			if (c != null) {
				return c;
			}
		}
		return null;
	}

	private static Control find(Control c, String id) {
		if (c.isDisposed() || !c.isVisible()) {
			return null;
		}
		if (id.equals(c.getData(WidgetIds.KEY))) {
			return c;
		}
		if (c instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				Control hit = find(child, id);
				if (hit != null) {
					return hit;
				}
			}
		}
		return null;
	}

	/** Pumps the event loop until the condition holds; fails with what was awaited after {@code millis}. */
	public void waitUntil(String what, BooleanSupplier condition, long millis) {
		long end = System.currentTimeMillis() + millis;
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > end) {
				fail("timed out after " + millis + " ms waiting for " + what);
			}
			if (!display.readAndDispatch()) {
				display.timerExec(20, () -> {
				});
				display.sleep();
			}
		}
	}

	/** Like {@link #waitUntil} but reports the last value seen, for clearer failures. */
	public <T> T waitFor(String what, Supplier<T> value, java.util.function.Predicate<T> ok, long millis) {
		List<T> last = new ArrayList<>(1);
		last.add(null);
		long end = System.currentTimeMillis() + millis;
		while (true) {
			T v = value.get();
			last.set(0, v);
			if (ok.test(v)) {
				return v;
			}
			if (System.currentTimeMillis() > end) {
				fail("timed out after " + millis + " ms waiting for " + what + "; last value: " + last.get(0));
			}
			if (!display.readAndDispatch()) {
				display.timerExec(20, () -> {
				});
				display.sleep();
			}
		}
	}

	public void pump(long millis) {
		long end = System.currentTimeMillis() + millis;
		while (System.currentTimeMillis() < end) {
			if (!display.readAndDispatch()) {
				display.timerExec(10, () -> {
				});
				display.sleep();
			}
		}
	}

	public void type(String id, String text) {
		Text t = find(id, 10_000);
		t.setFocus();
		t.setText(text);
		t.notifyListeners(SWT.Modify, new Event());
	}

	/** Clicks a push or toggle button, or a link, the way SWT reports a user's click. */
	public void click(String id) {
		Control c = find(id, 10_000);
		if (c instanceof org.eclipse.swt.widgets.Link link) {
			link.notifyListeners(SWT.Selection, new Event());
			return;
		}
		Button b = (Button) c;
		if (!b.isEnabled()) {
			fail("button '" + id + "' is disabled");
		}
		if ((b.getStyle() & (SWT.TOGGLE | SWT.CHECK | SWT.RADIO)) != 0) {
			b.setSelection(!b.getSelection());
		}
		b.notifyListeners(SWT.Selection, new Event());
	}

	/**
	 * Runs {@code action} as soon as a shell with this id (or, failing that, this title) is open: for modal
	 * dialogs, whose {@code open()} does not return to the test until they close. Call it before the click that
	 * opens the dialog; it gives up after {@code millis}, and the dialog would then stay open and fail the test.
	 */
	public void whenShown(String shell, java.util.function.Consumer<Shell> action, long millis) {
		long end = System.currentTimeMillis() + millis;
		Runnable[] poll = new Runnable[1];
		poll[0] = () -> {
			for (Shell s : display.getShells()) {
				if (!s.isDisposed() && s.isVisible()
						&& (shell.equals(s.getData(WidgetIds.KEY)) || shell.equals(s.getText()))) {
					action.accept(s);
					return;
				}
			}
			if (System.currentTimeMillis() < end) {
				display.timerExec(50, poll[0]);
			}
		};
		display.timerExec(50, poll[0]);
	}

	/**
	 * When the sign-in screen is showing (a workbench test run on its own, without {@link WorkbenchTest} before
	 * it), creates a fresh encrypted database in a temporary folder as {@code user}, who becomes its administrator,
	 * and waits until the status line says so. Does nothing when somebody is signed in already.
	 */
	public void signInIfNeeded(String user) throws java.io.IOException {
		if (findNow("login.submit") == null) {
			return;
		}
		long slow = 60_000;
		java.nio.file.Path db = java.nio.file.Files.createTempDirectory("custodian-ui-" + user).resolve("db");
		type("login.folder", db.toString());
		waitFor("create mode", () -> text(find("login.submit", slow)), t -> t.startsWith("Create"), 5_000);
		type("login.user", user);
		type("login.password", "a long password");
		type("login.password.repeat", "a long password");
		type("login.bootPassword", "boot password 2026");
		type("login.bootPassword.repeat", "boot password 2026");
		click("login.submit");
		waitFor("sign-in", () -> text(find("status.session", slow)), t -> t.startsWith("Signed in"), slow);
	}

	/**
	 * Types Ctrl and a key as the keyboard does, through the window system's event queue (so key bindings see it,
	 * unlike a notified event); the window must be active.
	 */
	public void pressWithCtrl(char key) {
		post(SWT.KeyDown, SWT.CTRL, '\0');
		post(SWT.KeyDown, 0, key);
		post(SWT.KeyUp, 0, key);
		post(SWT.KeyUp, SWT.CTRL, '\0');
		pump(100);
	}

	/**
	 * Presses Return in the focused control as the keyboard does, through the window system's event queue (so the
	 * shell's default-button traversal sees it, unlike a notified DefaultSelection); the window must be active.
	 */
	public void pressReturn() {
		post(SWT.KeyDown, SWT.CR, '\r');
		post(SWT.KeyUp, SWT.CR, '\r');
		pump(100);
	}

	private void post(int type, int keyCode, char character) {
		Event e = new Event();
		e.type = type;
		e.keyCode = keyCode;
		e.character = character;
		if (!display.post(e)) {
			fail("the window system refused the key event");
		}
	}

	/** Presses a dialog's button by its JFace id (OK_ID, CANCEL_ID; a MessageDialog's buttons are 0, 1...). */
	public static void press(Shell dialog, int buttonId) {
		Button b = button(dialog, buttonId);
		if (b == null) {
			fail("no button " + buttonId + " in the dialog '" + dialog.getText() + "'");
		}
		b.notifyListeners(SWT.Selection, new Event());
	}

	private static Button button(Composite c, int id) {
		for (Control child : c.getChildren()) {
			if (child instanceof Button b && Integer.valueOf(id).equals(b.getData())) {
				return b;
			}
			if (child instanceof Composite inner) {
				Button hit = button(inner, id);
				if (hit != null) {
					return hit;
				}
			}
		}
		return null;
	}

	/** Selects body row {@code row} of a NatTable grid (as a click on its row header would). */
	public static void selectRow(org.eclipse.nebula.widgets.nattable.NatTable table, int row) {
		// grid positions count the column-header row and the row-header column
		table.doCommand(new org.eclipse.nebula.widgets.nattable.selection.command.SelectRowsCommand(table, 1, row + 1,
				false, false));
	}

	/** Distinct colours in a rendering of the control: a blank (unpainted) control has one or two. */
	public static int colours(Control control) {
		Point size = control.getSize();
		if (size.x <= 0 || size.y <= 0) {
			return 0;
		}
		Image image = new Image(control.getDisplay(), size.x, size.y);
		GC gc = new GC(image);
		try {
			control.print(gc);
			ImageData data = image.getImageData();
			java.util.Set<Integer> seen = new java.util.HashSet<>();
			for (int y = 0; y < data.height; y += 2) {
				for (int x = 0; x < data.width; x += 2) {
					seen.add(data.getPixel(x, y));
				}
			}
			return seen.size();
		} finally {
			gc.dispose();
			image.dispose();
		}
	}

	public static String text(Widget w) {
		if (w instanceof org.eclipse.swt.widgets.Label l) {
			return l.getText();
		}
		if (w instanceof Text t) {
			return t.getText();
		}
		if (w instanceof Button b) {
			return b.getText();
		}
		return String.valueOf(w);
	}
}
