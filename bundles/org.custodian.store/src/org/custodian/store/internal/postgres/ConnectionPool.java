package org.custodian.store.internal.postgres;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Keeps a few signed-in connections to the server for reuse. The store takes a connection for every unit of work
 * and closes it (as it does with Derby's embedded ones, which cost nothing); a PostgreSQL connection costs a new
 * server process and a SCRAM exchange, tens of milliseconds, which would be most of a timeline's page. A
 * connection handed out is a proxy whose close() rolls back what was left open and puts the real one back.
 */
final class ConnectionPool implements AutoCloseable {
	/** Idle connections kept; more may be open at once, the rest are closed when given back. */
	private static final int IDLE = 8;
	/** How long an idle connection is given to prove it is alive. */
	private static final int VALID_SECONDS = 2;

	/** Opens a new signed-in connection. */
	@FunctionalInterface
	interface Opener {
		Connection open() throws SQLException;
	}

	private final Opener opener;
	private final Deque<Connection> idle = new ArrayDeque<>();
	private boolean closed;

	ConnectionPool(Opener opener) {
		this.opener = opener;
	}

	/** A connection with auto-commit off, read-only as asked; closing it gives it back. */
	Connection take(boolean readOnly) throws SQLException {
		Connection real = null;
		synchronized (this) {
			if (closed) {
				throw new SQLException("The database is closed.", "08003");
			}
			while (real == null && !idle.isEmpty()) {
				real = idle.pop();
			}
		}
		// an idle connection may have died with the server (a restart, a pulled cable): a new one then
		if (real != null && !real.isValid(VALID_SECONDS)) {
			quietlyClose(real);
			real = null;
			synchronized (this) {
				idle.forEach(ConnectionPool::quietlyClose);
				idle.clear();
			}
		}
		if (real == null) {
			real = opener.open();
			real.setAutoCommit(false);
		}
		if (real.isReadOnly() != readOnly) {
			real.setReadOnly(readOnly);
		}
		Connection handed = real;
		return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] { Connection.class },
				new Handed(handed));
	}

	private void giveBack(Connection real) {
		boolean keep;
		try {
			// what the work left uncommitted is not kept, as closing a connection would not keep it
			if (!real.isClosed() && !real.getAutoCommit()) {
				real.rollback();
			}
			if (!real.getAutoCommit()) {
				keep = true;
			} else {
				keep = false;
			}
		} catch (SQLException broken) {
			keep = false; // the server went away or the connection broke: a new one next time
		}
		synchronized (this) {
			if (keep && !closed && idle.size() < IDLE) {
				idle.push(real);
				return;
			}
		}
		quietlyClose(real);
	}

	/** Closes every idle connection; those handed out close when given back. */
	@Override
	public void close() {
		Deque<Connection> toClose;
		synchronized (this) {
			closed = true;
			toClose = new ArrayDeque<>(idle);
			idle.clear();
		}
		toClose.forEach(ConnectionPool::quietlyClose);
	}

	private static void quietlyClose(Connection c) {
		try {
			c.close();
		} catch (SQLException ignored) {
			// closing a broken connection: nothing more to do
		}
	}

	/** The proxy's behaviour: close() gives back once; everything else goes to the real connection. */
	private final class Handed implements InvocationHandler {
		private Connection real;

		Handed(Connection real) {
			this.real = real;
		}

		@Override
		public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
			String name = method.getName();
			if (name.equals("close")) {
				Connection r = real;
				real = null;
				if (r != null) {
					giveBack(r);
				}
				return null;
			}
			if (name.equals("isClosed")) {
				return real == null || real.isClosed();
			}
			if (name.equals("unwrap") && args != null && args[0] instanceof Class<?> type && type.isInstance(real)) {
				return real; // CopyManager needs the driver's own connection
			}
			if (real == null) {
				throw new SQLException("The connection has been closed.", "08003");
			}
			try {
				return method.invoke(real, args);
			} catch (InvocationTargetException e) {
				throw e.getCause();
			}
		}
	}
}
