package org.custodian.cli;

/** Finds the Declarative Services the commands use (the same the console uses). */
@FunctionalInterface
public interface Services {
	<S> S get(Class<S> type);
}
