#!/bin/sh
# Shared by the custodian and custodian-cli scripts: finds a Java 21+ runtime, the Equinox launcher and the
# user's Custodian folder. (No native launcher is published for Maven builds; this script stands in for it.)
CUSTODIAN_DIR=$(cd "$(dirname "$0")" && pwd)
CUSTODIAN_HOME=${CUSTODIAN_HOME:-$HOME/.custodian}

java_major() { # prints the major version of the java binary $1
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p'
}

find_java() {
  for home in "${JAVA_HOME:-}" /usr/lib/jvm/*; do
    if [ -n "$home" ] && [ -x "$home/bin/java" ] && [ "$(java_major "$home/bin/java")" -ge 21 ] 2>/dev/null; then
      echo "$home/bin/java"; return 0
    fi
  done
  if command -v java >/dev/null 2>&1 && [ "$(java_major java)" -ge 21 ] 2>/dev/null; then
    command -v java; return 0
  fi
  echo "Custodian needs Java 21 or newer: set JAVA_HOME to such a JDK." >&2
  return 1
}

JAVA=$(find_java) || exit 2
LAUNCHER_JAR=$(ls "$CUSTODIAN_DIR"/plugins/org.eclipse.equinox.launcher_*.jar 2>/dev/null | head -n 1)
[ -n "$LAUNCHER_JAR" ] || { echo "Incomplete installation: no Equinox launcher in $CUSTODIAN_DIR/plugins" >&2; exit 2; }
mkdir -p "$CUSTODIAN_HOME"
# Each program keeps its own OSGi state under the user's folder (-configuration in the scripts) over the
# installation's shared, read-only configuration, so the console and scheduled command-line jobs can run side
# by side. The scripts pass these (quoted, for folders with spaces):
#   -Dosgi.configuration.cascaded=true -Dosgi.sharedConfiguration.area="$CUSTODIAN_DIR/configuration"
#   -Djava.util.logging.config.file="$CUSTODIAN_DIR/logging.properties"
