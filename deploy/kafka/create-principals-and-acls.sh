#!/usr/bin/env bash
# Gives every principal named in the ACL files its SCRAM-SHA-512 credential and adds the files' ACLs. Idempotent:
# run it again after a change (a credential is replaced, an ACL already there stays once). It only adds: an ACL whose
# line was deleted stays until removed with kafka-acls.sh --remove.
#
# ACL file lines (acls.txt is KafkaAccessPolicy.render(); a test keeps the two equal):
#   User:<principal> <OPERATION> <TOPIC|GROUP|TRANSACTIONAL_ID|CLUSTER> <literal name>     # comments
# every line an ALLOW from any host.
#
# A principal's password comes from the environment, KAFKA_<PRINCIPAL>_PASSWORD (upper case, '-' as '_', e.g.
# KAFKA_SCHEMA_REGISTRY_PASSWORD), or else from the file $KAFKA_PASSWORD_DIR/<principal> (a mounted secret; the
# layout of the local platform's credentials directory). A principal without a password fails the whole run before
# anything is changed.
#
# Usage: create-principals-and-acls.sh BOOTSTRAP_SERVERS ADMIN_CLIENT_PROPERTIES ACL_FILE [ACL_FILE...]
# ADMIN_CLIENT_PROPERTIES authenticates a super user (client-properties.sh writes one).
set -euo pipefail
bootstrap=$1; admin_config=$2; shift 2
[ $# -gt 0 ] || { echo "usage: $0 BOOTSTRAP_SERVERS ADMIN_CLIENT_PROPERTIES ACL_FILE [ACL_FILE...]" >&2; exit 2; }
bin=${KAFKA_BIN:-/opt/kafka/bin}

password_of() {
  local principal=$1 variable value=""
  variable=${principal^^}; variable="KAFKA_${variable//-/_}_PASSWORD"
  value=${!variable:-}
  if [ -z "$value" ] && [ -n "${KAFKA_PASSWORD_DIR:-}" ] && [ -f "$KAFKA_PASSWORD_DIR/$principal" ]; then
    value=$(tr -d '\r\n' <"$KAFKA_PASSWORD_DIR/$principal")
  fi
  if [ -z "$value" ]; then
    echo "no password for Kafka principal '$principal': set $variable or put it in \$KAFKA_PASSWORD_DIR/$principal" >&2
    return 1
  fi
  # the SCRAM syntax of kafka-configs.sh cannot carry these characters
  case $value in *[,\[\]\"\'=\ \\]*)
    echo "the password of Kafka principal '$principal' contains one of , [ ] \" ' = \\ or a space: choose another" >&2
    return 1;;
  esac
  printf '%s' "$value"
}

lines=$(cat "$@" | grep -vE '^[[:space:]]*(#|$)')
while read -r principal operation resource name rest; do
  if [[ $principal != User:?* ]] || [ -z "$name" ] || [ -n "$rest" ]; then
    echo "not an ACL line: '$principal $operation $resource $name $rest'" >&2; exit 1
  fi
done <<<"$lines"
principals=$(awk '{sub(/^User:/, "", $1); print $1}' <<<"$lines" | sort -u)

# every password first, so that a missing one changes nothing at all
declare -A passwords
for principal in $principals; do
  passwords[$principal]=$(password_of "$principal")
done

for principal in $principals; do
  "$bin/kafka-configs.sh" --bootstrap-server "$bootstrap" --command-config "$admin_config" --alter \
    --entity-type users --entity-name "$principal" \
    --add-config "SCRAM-SHA-512=[iterations=8192,password=${passwords[$principal]}]" >/dev/null
  echo "principal ready: $principal"
done

# one kafka-acls.sh call per principal and resource, with all of its operations
awk '{ key = $1 " " $3 " " $4; if (!(key in ops)) { order[n++] = key; ops[key] = $2 } else ops[key] = ops[key] "," $2 }
     END { for (i = 0; i < n; i++) print order[i], ops[order[i]] }' <<<"$lines" |
while read -r principal resource name operations; do
  case $resource in
    TOPIC) target=(--topic "$name");;
    GROUP) target=(--group "$name");;
    TRANSACTIONAL_ID) target=(--transactional-id "$name");;
    CLUSTER) target=(--cluster);;
    *) echo "unknown resource type '$resource' for $principal" >&2; exit 1;;
  esac
  args=(--bootstrap-server "$bootstrap" --command-config "$admin_config" --add --allow-principal "$principal"
        --allow-host '*' --resource-pattern-type literal "${target[@]}")
  IFS=',' read -ra ops <<<"$operations"
  # the tool names operations in PascalCase (DESCRIBE_CONFIGS is DescribeConfigs)
  for op in "${ops[@]}"; do
    args+=(--operation "$(awk -F_ '{ for (i = 1; i <= NF; i++) printf "%s%s", substr($i, 1, 1), tolower(substr($i, 2)) }' <<<"$op")")
  done
  "$bin/kafka-acls.sh" "${args[@]}" >/dev/null
  echo "acls ready: $principal $operations on $resource $name"
done
