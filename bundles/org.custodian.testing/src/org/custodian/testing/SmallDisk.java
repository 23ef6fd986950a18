package org.custodian.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real file system of a few MiB (tmpfs, held in memory) mounted on a test's folder, so that a test can fill
 * a disk without going near the machine's own. Mounting needs root (CI runs as root); {@link #mount} says why it
 * could not, and the test skips with that reason.
 */
public final class SmallDisk implements AutoCloseable {
	private final Path folder;

	private SmallDisk(Path folder) {
		this.folder = folder;
	}

	/** The reason a small disk cannot be mounted here, or null when {@link #mount} can be tried. */
	public static String whyNot() {
		if (!System.getProperty("os.name", "").toLowerCase().contains("linux")) {
			return "a tmpfs file system is Linux's";
		}
		if (!"root".equals(System.getProperty("user.name"))) {
			return "mounting a small tmpfs disk needs root (CI runs the tests as root)";
		}
		return null;
	}

	/**
	 * Mounts a tmpfs of {@code mib} MiB on the (empty) folder.
	 *
	 * @throws IOException with mount's own words when it refuses (a container without the right to mount)
	 */
	public static SmallDisk mount(Path folder, int mib) throws IOException, InterruptedException {
		Files.createDirectories(folder);
		String out = run("mount", "-t", "tmpfs", "-o", "size=" + mib + "m,mode=0700", "custodian-test-disk",
				folder.toString());
		if (out != null) {
			throw new IOException("mount -t tmpfs refused: " + out);
		}
		return new SmallDisk(folder);
	}

	public Path folder() {
		return folder;
	}

	/** Fills the disk with a ballast file until only about {@code freeMib} MiB are left. */
	public Path leaveFree(int freeMib) throws IOException {
		Path ballast = folder.resolve("ballast");
		long free = Files.getFileStore(folder).getUsableSpace();
		long size = free - freeMib * 1024L * 1024L;
		if (size > 0) {
			byte[] block = new byte[1 << 20];
			try (var out = Files.newOutputStream(ballast)) {
				for (long written = 0; written < size; written += block.length) {
					out.write(block, 0, (int) Math.min(block.length, size - written));
				}
			}
		}
		return ballast;
	}

	/** Unmounts (lazily if something still holds a file open, so the folder can be deleted). */
	@Override
	public void close() throws IOException, InterruptedException {
		if (run("umount", folder.toString()) != null) {
			run("umount", "-l", folder.toString());
		}
	}

	/** Runs a command; null when it succeeded, else its output. */
	private static String run(String... command) throws IOException, InterruptedException {
		Process p = new ProcessBuilder(List.of(command)).redirectErrorStream(true).start();
		if (!p.waitFor(30, TimeUnit.SECONDS)) {
			p.destroyForcibly();
			return String.join(" ", command) + " did not finish";
		}
		String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
		return p.exitValue() == 0 ? null : out + " (exit " + p.exitValue() + ")";
	}
}
