#!/usr/bin/env bash
# Prints the Kafka client properties of a SCRAM-SHA-512 principal over SASL_PLAINTEXT, for a tool's
# --command-config or --consumer.config. Keep the output owner-readable only (umask 077): it holds the password.
# Usage: client-properties.sh PRINCIPAL PASSWORD > principal.properties
set -euo pipefail
principal=$1; password=$2
[ -n "$password" ] || { echo "client-properties.sh: empty password for $principal" >&2; exit 1; }
printf 'security.protocol=SASL_PLAINTEXT\nsasl.mechanism=SCRAM-SHA-512\n'
printf 'sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="%s" password="%s";\n' \
  "$principal" "$password"
