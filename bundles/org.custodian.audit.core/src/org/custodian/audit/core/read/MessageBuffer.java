package org.custodian.audit.core.read;

import java.util.Arrays;

/**
 * The bytes of the one message being cut out of a stream: grows as needed up to a fixed limit and then
 * drops further bytes (remembering that it did), so a runaway message cannot exhaust the heap. Remembers the
 * largest size it ever held, which is what "constant memory" means for a reader.
 */
final class MessageBuffer {
	private final int limit;
	private byte[] bytes = new byte[8 * 1024];
	private int size;
	private boolean overflowed;
	private int largest;

	MessageBuffer(int limit) {
		this.limit = limit;
	}

	void reset() {
		size = 0;
		overflowed = false;
	}

	void append(int b) {
		if (size == limit) {
			overflowed = true;
			return;
		}
		if (size == bytes.length) {
			bytes = Arrays.copyOf(bytes, Math.min(limit, bytes.length * 2));
		}
		bytes[size++] = (byte) b;
		if (size > largest) {
			largest = size;
		}
	}

	void append(byte[] b, int length) {
		for (int i = 0; i < length; i++) {
			append(b[i] & 0xFF);
		}
	}

	/** Forgets everything from {@code newSize} on. */
	void truncate(int newSize) {
		size = Math.min(size, newSize);
	}

	int size() {
		return size;
	}

	boolean overflowed() {
		return overflowed;
	}

	/** The largest number of bytes ever held, whatever the stream's length. */
	int largest() {
		return largest;
	}

	byte[] copy() {
		return Arrays.copyOf(bytes, size);
	}
}
