package org.custodian.audit.core.receive;

import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Objects;

/**
 * Where and how the syslog receiver listens.
 *
 * @param bind             the local address to listen on (all interfaces, or 127.0.0.1 in tests)
 * @param tcpPort          the TCP (or TLS) port; 0 for any free one; -1 for none
 * @param keystore         the key store holding the receiver's TLS key and certificate (PKCS12 or JKS); null
 *                         for plain TCP
 * @param keystorePassword its password (wiped by {@link SyslogReceiver#start()} once loaded)
 * @param udpPort          the UDP port; 0 for any free one; -1 for none
 * @param batchSize        the most events committed in one batch
 * @param batchWindow      the longest a received event waits before its batch is committed
 * @param zone             the zone of event times written without an offset
 */
public record ReceiverConfig(InetAddress bind, int tcpPort, Path keystore, char[] keystorePassword, int udpPort,
		int batchSize, Duration batchWindow, ZoneId zone) {
	public static final int DEFAULT_BATCH = 500;
	public static final Duration DEFAULT_WINDOW = Duration.ofSeconds(1);

	public ReceiverConfig {
		Objects.requireNonNull(bind, "bind");
		Objects.requireNonNull(batchWindow, "batchWindow");
		Objects.requireNonNull(zone, "zone");
		if (tcpPort < 0 && udpPort < 0) {
			throw new IllegalArgumentException("the receiver needs a TCP or a UDP port");
		}
		if (tcpPort > 65535 || udpPort > 65535) {
			throw new IllegalArgumentException("ports are numbered up to 65535");
		}
		if (keystore != null && tcpPort < 0) {
			throw new IllegalArgumentException("TLS needs a TCP port");
		}
		if (batchSize < 1) {
			throw new IllegalArgumentException("batch size " + batchSize + " < 1");
		}
	}

	public boolean tls() {
		return keystore != null;
	}
}
