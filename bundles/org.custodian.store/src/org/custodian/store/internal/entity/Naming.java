package org.custodian.store.internal.entity;

/**
 * Turns Ecore names into SQL names. Upper snake case ("dsptStatus" becomes DSPT_STATUS, "iso27001Expiry"
 * ISO27001_EXPIRY) so that the tables read naturally in any SQL tool and survive databases that fold unquoted
 * names to one case.
 */
final class Naming {

	/** Every model table starts with this, so the model's tables never collide with hand-written ones. */
	static final String TABLE_PREFIX = "M_";
	/** Suffix of the column holding the target id of a single-valued non-containment reference. */
	static final String REFERENCE_SUFFIX = "_REF";

	private Naming() {
	}

	static String table(String className) {
		return TABLE_PREFIX + upperSnake(className);
	}

	static String upperSnake(String camel) {
		StringBuilder sb = new StringBuilder(camel.length() + 8);
		for (int i = 0; i < camel.length(); i++) {
			char c = camel.charAt(i);
			if (i > 0 && Character.isUpperCase(c)) {
				char prev = camel.charAt(i - 1);
				boolean nextIsLower = i + 1 < camel.length() && Character.isLowerCase(camel.charAt(i + 1));
				// a new word starts after a lower-case letter or digit ("dsptStatus"), or where an acronym
				// ends and a word begins ("DSPTStatus": the S of Status)
				if (Character.isLowerCase(prev) || Character.isDigit(prev) || (Character.isUpperCase(prev) && nextIsLower)) {
					sb.append('_');
				}
			}
			sb.append(Character.toUpperCase(c));
		}
		return sb.toString();
	}
}
