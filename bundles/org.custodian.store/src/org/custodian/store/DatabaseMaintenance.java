package org.custodian.store;

import java.nio.file.Path;

/**
 * Looking after the console's own database while it is open: online backup, a check of a backup against the
 * database, and a new boot password. Each needs a permission ({@link Permission#BACK_UP},
 * {@link Permission#MAINTAIN_DATABASE}) and is written to the console's own trail.
 */
public interface DatabaseMaintenance {

	/**
	 * Copies the open database into a new folder inside {@code folder} while it stays in use, and returns that
	 * copy's folder. The copy is encrypted with the boot password in force now.
	 */
	Path backup(Path folder);

	/**
	 * Restores the backup into a scratch folder beside it, counts the rows of every table there and in the open
	 * database, and removes the scratch copy.
	 *
	 * @param bootPassword the boot password the backup was made with
	 */
	BackupVerification verify(Path backup, char[] bootPassword);

	/**
	 * Re-encrypts the database with a new key under a new boot password. The database is shut down and booted
	 * again for it, so no other work may run meanwhile.
	 */
	void changeBootPassword(char[] current, char[] replacement);

	/**
	 * Copies the open Derby database into a PostgreSQL store ({@code custodian-cli migrate-store}), table by table,
	 * leaving the Derby database as it was. Tables copied whole are remembered in the target, so a move that stopped
	 * (the server went away, the user stopped it) goes on where it stopped when run again. At the end every table's
	 * rows are counted and their content hashed on both sides. Needs {@link Permission#MAINTAIN_DATABASE}.
	 *
	 * @param target   the PostgreSQL store's location and its owner's credentials; the boot password is the open
	 *                 database's (it becomes the trust's key there)
	 * @param progress told what is being copied
	 */
	java.util.List<MovedTable> moveTo(DatabaseConfig target, java.util.function.Consumer<String> progress);
}
