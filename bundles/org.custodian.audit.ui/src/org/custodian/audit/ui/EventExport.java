package org.custodian.audit.ui;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import org.custodian.app.ui.Column;
import org.custodian.app.ui.Formats;
import org.custodian.report.csv.CsvWriter;
import org.custodian.store.EventFilter;
import org.custodian.store.EventOrder;
import org.custodian.store.Store;
import org.custodian.store.StoredEvent;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

/**
 * Writes the current view of the event grid (its filter, its order, its visible columns) to CSV, page by page,
 * so that an export of millions of rows never holds more than a page. The file is written under a temporary
 * name and moved into place when complete; the export is recorded in the console trail first.
 */
final class EventExport {
	private static final int PAGE = 5000;

	private EventExport() {
	}

	/** Returns the number of rows written; a cancelled export leaves no file. */
	static long write(Store store, EventFilter filter, EventOrder order, List<Column<StoredEvent>> columns, Path file,
			IProgressMonitor monitor) throws IOException {
		long total = store.events().count(filter);
		store.trail().append(store.user(), "export access events", describe(filter), total + " rows to " + file.getFileName());
		SubMonitor progress = SubMonitor.convert(monitor, "Exporting " + total + " events", (int) Math.min(total, Integer.MAX_VALUE));
		Path part = file.resolveSibling(file.getFileName() + ".part");
		long written = 0;
		try (Writer w = Files.newBufferedWriter(part, StandardCharsets.UTF_8)) {
			w.write(row(columns.stream().map(Column::header).toList()));
			// each page read on from the last row of the one before (keyset), so the last page of millions
			// costs what the first does
			StoredEvent last = null;
			while (written < total) {
				if (progress.isCanceled()) {
					w.close();
					Files.deleteIfExists(part);
					return -1;
				}
				List<StoredEvent> page = store.events().pageAfter(filter, order, last, 0, PAGE);
				for (StoredEvent e : page) {
					w.write(row(columns.stream().map(c -> Formats.display(c.value().apply(e))).toList()));
				}
				written += page.size();
				progress.worked(page.size());
				if (page.size() < PAGE) {
					break;
				}
				last = page.get(page.size() - 1);
			}
		}
		Files.move(part, file, StandardCopyOption.REPLACE_EXISTING);
		return written;
	}

	private static String describe(EventFilter f) {
		return f.isEmpty() ? "all events"
				: String.join(" ", f.patientId() != null ? "patient " + f.patientId() : "",
						f.userId() != null ? "user " + f.userId() : "").strip();
	}

	static String row(List<String> fields) {
		return CsvWriter.line(fields) + "\r\n";
	}
}
