#!/usr/bin/env bash
# docker-compose's one-shot Kafka setup, as the super user admin: every principal with its SCRAM credential and its
# ACLs (acls.txt: the services and the auditor; acls-infrastructure.txt: Kafka Connect and the schema registry),
# then the topics (topics.txt). The services and the infrastructure start only after it has succeeded.
# Usage: init.sh BOOTSTRAP_SERVERS   with KAFKA_ADMIN_PASSWORD and every principal's KAFKA_<PRINCIPAL>_PASSWORD set
# (or KAFKA_PASSWORD_DIR holding one file per principal, see create-principals-and-acls.sh)
set -euo pipefail
bootstrap=$1
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
[ -n "${KAFKA_ADMIN_PASSWORD:-}" ] || { echo "KAFKA_ADMIN_PASSWORD is empty: set it (see .env.example)" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
umask 077
"$here/client-properties.sh" admin "$KAFKA_ADMIN_PASSWORD" >"$work/admin.properties"

"$here/create-principals-and-acls.sh" "$bootstrap" "$work/admin.properties" "$here/acls.txt" "$here/acls-infrastructure.txt"
"$here/create-topics.sh" "$bootstrap" "$here/topics.txt" --command-config "$work/admin.properties"
