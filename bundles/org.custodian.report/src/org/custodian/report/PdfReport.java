package org.custodian.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * A plain, printable A4 report: title block, headings, wrapped paragraphs, key/value blocks, tables that carry
 * their header over page breaks, and charts drawn from {@link ChartData}. Every page has a footer with the
 * report's title, when it was made and "page n of m", which an inspector expects on evidence.
 *
 * Uses the PDF standard fonts, so nothing is embedded; characters they cannot show are written as '?'. The file is
 * written to a temporary name and moved into place, so a failed report never leaves a half-written PDF behind.
 */
public final class PdfReport implements AutoCloseable {
	static {
		// PDFBox logs through commons-logging. Its 1.3 bundle imports org.slf4j but not org.slf4j.spi, so wherever
		// slf4j.api is installed (the console, the UI tests) it picks its SLF4J bridge and the first PDDocument
		// fails with NoClassDefFoundError: org/slf4j/spi/LocationAwareLogger. Its own implementation (JDK
		// logging) needs no other bundle; a choice made by the launcher (-D...) is kept.
		if (System.getProperty("org.apache.commons.logging.LogFactory") == null) {
			System.setProperty("org.apache.commons.logging.LogFactory", "org.apache.commons.logging.impl.LogFactoryImpl");
		}
	}

	private static final float MARGIN = 50;
	private static final float FOOTER = 30;
	private static final PDRectangle SIZE = PDRectangle.A4;
	private static final float WIDTH = SIZE.getWidth() - 2 * MARGIN;

	private final PDDocument document = new PDDocument();
	private final PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
	private final PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
	private final String title;
	private final ZonedDateTime made;
	private PDPageContentStream content;
	private float y;

	/** Starts the report with its title and a subtitle (the trust, the period, who made it). */
	public PdfReport(String title, String subtitle, ZonedDateTime made) {
		this.title = title;
		this.made = made;
		PDDocumentInformation info = document.getDocumentInformation();
		info.setTitle(title);
		info.setCreator("Custodian");
		info.setCreationDate(GregorianCalendar.from(made));
		newPage();
		text(bold, 18, MARGIN, y, title);
		y -= 22;
		if (subtitle != null && !subtitle.isBlank()) {
			for (String line : wrap(subtitle, regular, 11, WIDTH)) {
				text(regular, 11, MARGIN, y, line);
				y -= 14;
			}
		}
		text(regular, 9, MARGIN, y, "Made " + made.format(DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm z")));
		y -= 24;
	}

	public PdfReport heading(String text) {
		need(40);
		y -= 6;
		text(bold, 13, MARGIN, y, text);
		y -= 18;
		return this;
	}

	public PdfReport paragraph(String text) {
		for (String line : wrap(text, regular, 10, WIDTH)) {
			need(14);
			text(regular, 10, MARGIN, y, line);
			y -= 13;
		}
		y -= 6;
		return this;
	}

	/** Label: value lines, labels in bold. */
	public PdfReport keyValues(Map<String, String> values) {
		float labelWidth = 150;
		for (Map.Entry<String, String> e : values.entrySet()) {
			List<String> lines = wrap(e.getValue() == null ? "" : e.getValue(), regular, 10, WIDTH - labelWidth);
			need(13 * Math.max(1, lines.size()));
			text(bold, 10, MARGIN, y, e.getKey());
			for (String line : lines) {
				text(regular, 10, MARGIN + labelWidth, y, line);
				y -= 13;
			}
			if (lines.isEmpty()) {
				y -= 13;
			}
		}
		y -= 6;
		return this;
	}

	/** A table; columns share the width by their longest text, cells wrap, the header repeats on new pages. */
	public PdfReport table(List<String> headers, List<List<String>> rows) {
		float[] widths = columnWidths(headers, rows, bold, regular, WIDTH);
		tableRow(headers, widths, bold, true);
		for (List<String> row : rows) {
			if (tableRow(row, widths, regular, false)) {
				tableRow(headers, widths, bold, true); // page break: repeat the header, then the row
				tableRow(row, widths, regular, false);
			}
		}
		if (rows.isEmpty()) {
			need(13);
			text(regular, 9, MARGIN, y, "(none)");
			y -= 13;
		}
		y -= 8;
		return this;
	}

	/** A line chart with axes, a dashed target line when there is one, and a legend. */
	public PdfReport chart(ChartData data) {
		float height = 170;
		need(height + 50);
		text(bold, 10, MARGIN, y, data.title());
		y -= 14;
		float left = MARGIN + 40;
		float bottom = y - height;
		float width = WIDTH - 40;
		double axisMax = data.axisMax();
		try {
			content.setLineWidth(0.5f);
			content.moveTo(left, bottom);
			content.lineTo(left, y);
			content.moveTo(left, bottom);
			content.lineTo(left + width, bottom);
			content.stroke();
			text(regular, 7, MARGIN, y - 4, format(axisMax) + " " + data.unit());
			text(regular, 7, MARGIN, bottom, "0");
			int n = data.xLabels().size();
			float step = n > 1 ? width / (n - 1) : 0;
			int labelEvery = Math.max(1, n / 8);
			for (int i = 0; i < n; i += labelEvery) {
				text(regular, 7, left + i * step - 10, bottom - 10, data.xLabels().get(i));
			}
			if (data.target() != null) {
				float ty = bottom + (float) (data.target() / axisMax) * height;
				content.setLineDashPattern(new float[] { 3, 3 }, 0);
				content.moveTo(left, ty);
				content.lineTo(left + width, ty);
				content.stroke();
				content.setLineDashPattern(new float[] {}, 0);
				text(regular, 7, left + width - 40, ty + 2, "target " + format(data.target()));
			}
			float legendX = left;
			for (int s = 0; s < data.series().size(); s++) {
				ChartData.Series series = data.series().get(s);
				int[] rgb = ChartData.colour(s);
				float[] c = { rgb[0] / 255f, rgb[1] / 255f, rgb[2] / 255f };
				content.setStrokingColor(c[0], c[1], c[2]);
				content.setLineWidth(1.2f);
				boolean pen = false;
				for (int i = 0; i < n; i++) {
					double v = series.values()[i];
					if (Double.isNaN(v)) {
						pen = false;
						continue;
					}
					float px = left + i * step;
					float py = bottom + (float) (v / axisMax) * height;
					if (pen) {
						content.lineTo(px, py);
					} else {
						content.moveTo(px, py);
						pen = true;
					}
					if (n == 1) {
						content.lineTo(px + 2, py);
					}
				}
				content.stroke();
				content.setStrokingColor(0f, 0f, 0f);
				content.setNonStrokingColor(c[0], c[1], c[2]);
				content.addRect(legendX, bottom - 24, 8, 8);
				content.fill();
				content.setNonStrokingColor(0f, 0f, 0f);
				text(regular, 8, legendX + 11, bottom - 23, series.name());
				legendX += 20 + regular.getStringWidth(clean(series.name(), regular)) / 1000 * 8;
			}
			content.setLineWidth(1f);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		y = bottom - 40;
		return this;
	}

	/** Writes the PDF (atomically: a temporary file moved into place). */
	public void save(Path file) throws IOException {
		closeContent();
		int pages = document.getNumberOfPages();
		for (int i = 0; i < pages; i++) {
			PDPage page = document.getPage(i);
			try (PDPageContentStream footer = new PDPageContentStream(document, page,
					PDPageContentStream.AppendMode.APPEND, true)) {
				footer.beginText();
				footer.setFont(regular, 8);
				footer.newLineAtOffset(MARGIN, FOOTER - 10);
				footer.showText(clean(title + " - made " + made.format(DateTimeFormatter.ISO_LOCAL_DATE) + " - page "
						+ (i + 1) + " of " + pages, regular));
				footer.endText();
			}
		}
		Path parent = file.toAbsolutePath().getParent();
		Files.createDirectories(parent);
		Path temporary = Files.createTempFile(parent, ".report", ".pdf.part");
		try {
			document.save(temporary.toFile());
			Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} finally {
			Files.deleteIfExists(temporary);
		}
	}

	@Override
	public void close() throws IOException {
		closeContent();
		document.close();
	}

	/** Pages so far; for tests and progress. */
	public int pageCount() {
		return document.getNumberOfPages();
	}

	// ---- layout ----

	/** Returns true when the row did not fit and a new page was started (the caller repeats the header). */
	private boolean tableRow(List<String> cells, float[] widths, PDFont font, boolean header) {
		float size = CELL_SIZE;
		List<List<String>> wrapped = new ArrayList<>();
		int lines = 1;
		for (int i = 0; i < widths.length; i++) {
			String cell = i < cells.size() && cells.get(i) != null ? cells.get(i) : "";
			List<String> w = wrap(cell, font, size, widths[i] - CELL_PAD);
			wrapped.add(w);
			lines = Math.max(lines, w.size());
		}
		float rowHeight = lines * 11 + 3;
		boolean broke = false;
		if (y - rowHeight < MARGIN + FOOTER) {
			newPage();
			broke = !header;
			if (broke) {
				return true;
			}
		}
		float x = MARGIN;
		for (int i = 0; i < widths.length; i++) {
			float ly = y;
			for (String line : wrapped.get(i)) {
				text(font, size, x, ly, line);
				ly -= 11;
			}
			x += widths[i];
		}
		y -= rowHeight;
		try {
			content.setLineWidth(header ? 0.8f : 0.2f);
			content.moveTo(MARGIN, y + 8);
			content.lineTo(MARGIN + WIDTH, y + 8);
			content.stroke();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return broke;
	}

	/** Font size of table cells; a row's lines are 11 points apart. */
	private static final float CELL_SIZE = 8.5f;
	/** Room a cell leaves between its text and the next column. */
	private static final float CELL_PAD = 4;
	/** Rows looked at to size the columns: enough to see every kind of value a column holds. */
	private static final int SIZING_ROWS = 500;

	/**
	 * Column widths from the content, as a browser lays out a table: each column gets at least its longest word
	 * (so "SUCCESS" or "MEDIUM" is never cut in two), and the width left over goes to the columns whose text
	 * would otherwise wrap most. Only when the longest words alone are wider than the page are words cut.
	 */
	static float[] columnWidths(List<String> headers, List<List<String>> rows, PDFont headerFont, PDFont cellFont,
			float available) {
		int n = headers.size();
		float[] least = new float[n];
		float[] most = new float[n];
		for (int i = 0; i < n; i++) {
			least[i] = longestWord(headers.get(i), headerFont) + CELL_PAD;
			most[i] = width(headers.get(i), headerFont, CELL_SIZE) + CELL_PAD;
		}
		for (List<String> row : rows.subList(0, Math.min(rows.size(), SIZING_ROWS))) {
			for (int i = 0; i < n && i < row.size(); i++) {
				String cell = row.get(i) == null ? "" : row.get(i);
				least[i] = Math.max(least[i], longestWord(cell, cellFont) + CELL_PAD);
				for (String line : cell.split("\n")) {
					most[i] = Math.max(most[i], width(line, cellFont, CELL_SIZE) + CELL_PAD);
				}
			}
		}
		float leastTotal = 0;
		float extraWanted = 0;
		for (int i = 0; i < n; i++) {
			most[i] = Math.max(most[i], least[i]);
			leastTotal += least[i];
			extraWanted += most[i] - least[i];
		}
		float[] widths = new float[n];
		if (leastTotal >= available) {
			for (int i = 0; i < n; i++) {
				widths[i] = least[i] * available / leastTotal;
			}
			return widths;
		}
		float spare = available - leastTotal;
		for (int i = 0; i < n; i++) {
			float share = extraWanted > 0 ? (most[i] - least[i]) / extraWanted : 1f / n;
			// a column that fits on one line takes no more than it needs; what it leaves goes unused (left aligned)
			widths[i] = least[i] + Math.min(most[i] - least[i], spare * share);
		}
		float used = 0;
		for (float w : widths) {
			used += w;
		}
		// the space left when every column fits on one line is shared out, so the table spans the page
		for (int i = 0; i < n; i++) {
			widths[i] += (available - used) / n;
		}
		return widths;
	}

	private static float longestWord(String text, PDFont font) {
		float longest = 0;
		for (String word : text.split("\\s+")) {
			longest = Math.max(longest, width(word, font, CELL_SIZE));
		}
		return longest;
	}

	private void need(float height) {
		if (y - height < MARGIN + FOOTER) {
			newPage();
		}
	}

	private void newPage() {
		closeContent();
		PDPage page = new PDPage(SIZE);
		document.addPage(page);
		try {
			content = new PDPageContentStream(document, page);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		y = SIZE.getHeight() - MARGIN;
	}

	private void closeContent() {
		if (content != null) {
			try {
				content.close();
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
			content = null;
		}
	}

	private void text(PDFont font, float size, float x, float atY, String text) {
		try {
			content.beginText();
			content.setFont(font, size);
			content.newLineAtOffset(x, atY);
			content.showText(clean(text, font));
			content.endText();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Greedy word wrap; words longer than the width are cut. Line breaks in the text are kept. */
	static List<String> wrap(String text, PDFont font, float size, float width) {
		List<String> lines = new ArrayList<>();
		for (String paragraph : text.split("\r?\n", -1)) {
			StringBuilder line = new StringBuilder();
			for (String word : paragraph.split(" +")) {
				String candidate = line.isEmpty() ? word : line + " " + word;
				if (width(candidate, font, size) <= width) {
					line.setLength(0);
					line.append(candidate);
					continue;
				}
				if (!line.isEmpty()) {
					lines.add(line.toString());
					line.setLength(0);
				}
				while (width(word, font, size) > width && word.length() > 1) {
					int cut = word.length() - 1;
					while (cut > 1 && width(word.substring(0, cut), font, size) > width) {
						cut--;
					}
					lines.add(word.substring(0, cut));
					word = word.substring(cut);
				}
				line.append(word);
			}
			lines.add(line.toString());
		}
		return lines;
	}

	private static float width(String text, PDFont font, float size) {
		try {
			return font.getStringWidth(clean(text, font)) / 1000 * size;
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Replaces what the standard font cannot encode (and control characters) with '?'. */
	static String clean(String text, PDFont font) {
		StringBuilder out = new StringBuilder(text.length());
		text.codePoints().forEach(cp -> {
			String ch = Character.isISOControl(cp) ? "?" : new String(Character.toChars(cp));
			try {
				font.encode(ch);
				out.append(ch);
			} catch (IOException | IllegalArgumentException e) {
				out.append('?');
			}
		});
		return out.toString();
	}

	private static String format(double v) {
		return v == Math.rint(v) ? String.valueOf((long) v) : String.format("%.1f", v);
	}

}
