package org.custodian.app.ui;

import org.custodian.report.ChartData;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

/**
 * Draws a {@link ChartData} as a line chart on screen: the same numbers the PDF reports draw, so a figure on the
 * screen and in the board pack never differ. Axes with the round maximum, a dashed target line, a legend, and
 * points drawn as dots where a series has a single value.
 */
public final class ChartCanvas extends Canvas {
	private ChartData data;

	public ChartCanvas(Composite parent, String id) {
		super(parent, SWT.DOUBLE_BUFFERED);
		WidgetIds.tag(this, id);
		addPaintListener(e -> paint(e.gc));
	}

	public void setData(ChartData data) {
		this.data = data;
		redraw();
	}

	public ChartData data() {
		return data;
	}

	@Override
	public Point computeSize(int wHint, int hHint, boolean changed) {
		return new Point(wHint == SWT.DEFAULT ? 480 : wHint, hHint == SWT.DEFAULT ? 200 : hHint);
	}

	private void paint(GC gc) {
		Rectangle area = getClientArea();
		gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
		gc.fillRectangle(area);
		if (data == null || data.xLabels().isEmpty()) {
			gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_WIDGET_DARK_SHADOW));
			gc.drawText(data == null ? "No data" : data.title() + ": no data in this period", 8, 8, true);
			return;
		}
		int line = gc.getFontMetrics().getHeight();
		int left = 8 + gc.textExtent(format(data.axisMax()) + " ").x;
		int top = 8 + line + 4;
		int bottom = area.height - 2 * line - 10;
		int right = area.width - 12;
		if (bottom - top < 20 || right - left < 40) {
			return;
		}
		gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_LIST_FOREGROUND));
		gc.drawText(data.title() + (data.unit().isEmpty() ? "" : " (" + data.unit() + ")"), 8, 6, true);
		gc.drawLine(left, top, left, bottom);
		gc.drawLine(left, bottom, right, bottom);
		double max = data.axisMax();
		gc.drawText(format(max), 6, top - line / 2, true);
		gc.drawText("0", 6, bottom - line / 2, true);
		int n = data.xLabels().size();
		double step = n > 1 ? (right - left) / (double) (n - 1) : 0;
		int every = Math.max(1, (int) Math.ceil(n / Math.max(1.0, (right - left) / 90.0)));
		for (int i = 0; i < n; i += every) {
			String label = data.xLabels().get(i);
			// the last labels would run off the right edge: end them there
			int lx = Math.min(left + (int) (i * step) - 4, area.width - 4 - gc.textExtent(label).x);
			gc.drawText(label, lx, bottom + 3, true);
		}
		if (data.target() != null) {
			int ty = y(data.target(), max, top, bottom);
			gc.setLineStyle(SWT.LINE_DASH);
			gc.drawLine(left, ty, right, ty);
			gc.setLineStyle(SWT.LINE_SOLID);
			gc.drawText("target " + format(data.target()), right - gc.textExtent("target 0000").x, ty - line, true);
		}
		int legendX = left;
		for (int s = 0; s < data.series().size(); s++) {
			ChartData.Series series = data.series().get(s);
			Color colour = new Color(getDisplay(), rgb(ChartData.colour(s)));
			try {
				gc.setForeground(colour);
				gc.setBackground(colour);
				gc.setLineWidth(2);
				int px = -1;
				int py = -1;
				for (int i = 0; i < n; i++) {
					double v = series.values()[i];
					if (Double.isNaN(v)) {
						px = -1;
						continue;
					}
					int x = left + (int) (i * step);
					int yv = y(v, max, top, bottom);
					if (px >= 0) {
						gc.drawLine(px, py, x, yv);
					}
					gc.fillOval(x - 2, yv - 2, 5, 5);
					px = x;
					py = yv;
				}
				gc.setLineWidth(1);
				gc.fillRectangle(legendX, area.height - line - 2, 10, 10);
				gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_LIST_FOREGROUND));
				gc.drawText(series.name(), legendX + 14, area.height - line - 5, true);
				legendX += 30 + gc.textExtent(series.name()).x;
			} finally {
				colour.dispose();
			}
		}
	}

	private static int y(double v, double max, int top, int bottom) {
		return bottom - (int) Math.round(v / max * (bottom - top));
	}

	private static String format(double v) {
		return v == Math.rint(v) ? String.valueOf((long) v) : String.format("%.1f", v);
	}

	private static RGB rgb(int[] c) {
		return new RGB(c[0], c[1], c[2]);
	}
}
