package org.custodian.people.core;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.custodian.model.Account;
import org.custodian.model.AccountMatch;
import org.custodian.model.ModelFactory;
import org.custodian.model.Trust;
import org.custodian.report.csv.CsvRow;
import org.custodian.report.csv.CsvTable;
import org.custodian.report.csv.RecordException;

/**
 * Account lists of PACS, RIS and the directory, as CSV or LDIF. An account is keyed by system and user name
 * (case ignored), so a later export updates it: enabled or not, when disabled, last log-in. When an export shows
 * an account disabled without saying since when, the import time is recorded as the moment it was first seen
 * disabled: the latest it can have happened, which is what a revocation deadline must be judged on.
 */
public final class AccountImport {
	public static final List<String> CSV_COLUMNS = List.of("system", "username");
	/** Active Directory: userAccountControl flag ACCOUNTDISABLE. */
	private static final int AD_DISABLED = 0x2;
	/** Windows FILETIME counts 100 ns from 1601-01-01. */
	private static final long FILETIME_EPOCH_OFFSET_SECONDS = 11_644_473_600L;
	private static final DateTimeFormatter GENERALIZED = DateTimeFormatter.ofPattern("uuuuMMddHHmmss");

	/** The values one export line or entry gives for an account; null where the export says nothing. */
	private record Values(String system, String username, String displayName, String employeeNumber, Boolean enabled,
			Instant disabledAt, Instant lastUsed, Boolean shared, String smartcardId) {
	}

	private final Trust trust;
	private final Instant now;
	private final Map<String, Account> accounts = new HashMap<>();
	private final List<RecordException> problems = new ArrayList<>();
	private int added;
	private int updated;

	private AccountImport(Trust trust, Instant now) {
		this.trust = trust;
		this.now = now;
		trust.getAccounts().forEach(a -> accounts.put(key(a.getSystem(), a.getUsername()), a));
	}

	/**
	 * Reads a CSV (columns system, username, display_name, employee_number, enabled, disabled_at, last_used,
	 * shared, smartcard_id) or, for a file ending in .ldif, an LDIF export whose accounts belong to
	 * {@code ldifSystem}. Accounts are matched to staff afterwards ({@link AccountMatcher}).
	 */
	public static ImportReport read(Trust trust, Path file, String ldifSystem, ZoneId zone, Instant now)
			throws IOException {
		AccountImport i = new AccountImport(trust, now);
		if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ldif")) {
			i.readLdif(file, ldifSystem == null ? "Directory" : ldifSystem);
		} else {
			i.readCsv(file, zone);
		}
		return new ImportReport(file.getFileName().toString(), i.added, i.updated, i.problems);
	}

	private void readCsv(Path file, ZoneId zone) throws IOException {
		try (CsvTable table = CsvTable.open(file, CSV_COLUMNS)) {
			for (CsvRow row : table) {
				try {
					Boolean enabled = row.get("enabled") == null ? null : row.bool("enabled", true);
					Instant disabledAt = when(row, "disabled_at", zone);
					Instant lastUsed = when(row, "last_used", zone);
					apply(new Values(row.required("system"), row.required("username"), row.get("display_name"),
							row.get("employee_number"), disabledAt != null && enabled == null ? Boolean.FALSE : enabled,
							disabledAt, lastUsed, row.get("shared") == null ? null : row.bool("shared", false),
							row.get("smartcard_id")));
				} catch (RecordException e) {
					problems.add(e);
				}
			}
		}
	}

	/** A day (read as its start in the trust's zone) or a day and a time. */
	private static Instant when(CsvRow row, String column, ZoneId zone) {
		String v = row.get(column);
		if (v == null) {
			return null;
		}
		return v.length() <= 11 ? row.date(column).atStartOfDay(zone).toInstant() : row.instant(column, zone);
	}

	private void readLdif(Path file, String system) throws IOException {
		try (BufferedReader in = new BufferedReader(new InputStreamReader(Files.newInputStream(file),
				StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)))) {
			var entries = new LdifReader(file.getFileName().toString(), in).iterator();
			while (true) {
				LdifReader.Entry e;
				try {
					if (!entries.hasNext()) {
						break;
					}
					e = entries.next();
				} catch (RecordException bad) {
					problems.add(bad);
					continue;
				}
				try {
					apply(fromLdif(file.getFileName().toString(), system, e));
				} catch (RecordException bad) {
					problems.add(bad);
				}
			}
		}
	}

	/** Directory attributes as Active Directory and OpenLDAP-style servers name them. */
	private static Values fromLdif(String source, String system, LdifReader.Entry e) {
		String username = firstOf(e, "samaccountname", "uid");
		if (username == null) {
			throw new RecordException(source, e.line(), "uid", "the entry " + e.dn() + " has no uid or sAMAccountName");
		}
		String display = firstOf(e, "displayname", "cn");
		if (display == null && e.first("sn") != null) {
			display = (e.first("givenname") == null ? "" : e.first("givenname") + " ") + e.first("sn");
		}
		Boolean enabled = null;
		Instant disabledAt = null;
		String uac = e.first("useraccountcontrol");
		if (uac != null) {
			try {
				enabled = (Integer.parseInt(uac) & AD_DISABLED) == 0;
			} catch (NumberFormatException x) {
				throw new RecordException(source, e.line(), "userAccountControl", "\"" + uac + "\" is not a number");
			}
		}
		String locked = e.first("pwdaccountlockedtime");
		if (locked != null) {
			enabled = false;
			disabledAt = generalized(source, e, "pwdAccountLockedTime", locked);
		}
		if ("true".equalsIgnoreCase(e.first("nsaccountlock"))) {
			enabled = false;
		}
		Instant lastUsed = null;
		String logon = e.first("lastlogontimestamp");
		if (logon != null) {
			try {
				long filetime = Long.parseLong(logon);
				lastUsed = filetime == 0 ? null
						: Instant.ofEpochSecond(filetime / 10_000_000 - FILETIME_EPOCH_OFFSET_SECONDS,
								filetime % 10_000_000 * 100);
			} catch (NumberFormatException x) {
				throw new RecordException(source, e.line(), "lastLogonTimestamp", "\"" + logon + "\" is not a number");
			}
		} else if (e.first("authtimestamp") != null) {
			lastUsed = generalized(source, e, "authTimestamp", e.first("authtimestamp"));
		}
		return new Values(system, username, display, firstOf(e, "employeenumber", "employeeid"), enabled, disabledAt,
				lastUsed, null, null);
	}

	private static String firstOf(LdifReader.Entry e, String... names) {
		for (String n : names) {
			if (e.first(n) != null) {
				return e.first(n);
			}
		}
		return null;
	}

	/** LDAP GeneralizedTime, e.g. 20260315120000Z or 20260315120000.0Z (UTC). */
	private static Instant generalized(String source, LdifReader.Entry e, String name, String v) {
		String digits = v.replaceAll("(\\.\\d+)?Z$", "");
		try {
			return LocalDateTime.parse(digits, GENERALIZED).toInstant(ZoneOffset.UTC);
		} catch (DateTimeParseException x) {
			throw new RecordException(source, e.line(), name, "\"" + v + "\" is not an LDAP time (YYYYMMDDHHMMSSZ)");
		}
	}

	private void apply(Values v) {
		String k = key(v.system, v.username);
		Account a = accounts.get(k);
		if (a == null) {
			a = ModelFactory.eINSTANCE.createAccount();
			a.setSystem(v.system);
			a.setUsername(v.username);
			a.setEnabled(true);
			a.setMatch(AccountMatch.UNMATCHED);
			trust.getAccounts().add(a);
			accounts.put(k, a);
			added++;
		} else {
			updated++;
		}
		if (v.displayName != null) {
			a.setDisplayName(v.displayName);
		}
		if (v.employeeNumber != null) {
			a.setEmployeeNumber(v.employeeNumber);
		}
		if (v.shared != null) {
			a.setShared(v.shared);
		}
		if (v.smartcardId != null) {
			a.setSmartcardId(v.smartcardId);
		}
		if (v.lastUsed != null) {
			a.setLastUsed(Days.date(v.lastUsed));
		}
		if (v.enabled != null) {
			if (!v.enabled) {
				if (v.disabledAt != null) {
					a.setDisabledAt(Days.date(v.disabledAt));
				} else if (a.isEnabled() || a.getDisabledAt() == null) {
					// first seen disabled now: the latest moment it can have happened
					a.setDisabledAt(Days.date(now));
				}
			} else {
				a.setDisabledAt(null);
			}
			a.setEnabled(v.enabled);
		}
	}

	private static String key(String system, String username) {
		return (system == null ? "" : system.strip().toLowerCase(Locale.ROOT)) + "\u0000"
				+ (username == null ? "" : username.strip().toLowerCase(Locale.ROOT));
	}
}
