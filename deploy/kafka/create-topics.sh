#!/usr/bin/env bash
# Creates (idempotently) every topic listed in a topics file: "name partitions [k=v,k=v]" per line, # comments.
# Usage: create-topics.sh BOOTSTRAP_SERVERS TOPICS_FILE [extra kafka-topics.sh args, e.g. --command-config admin.properties]
set -euo pipefail
bootstrap=$1; file=$2; shift 2
topics_cmd=${KAFKA_TOPICS_CMD:-/opt/kafka/bin/kafka-topics.sh}
replication=${REPLICATION_FACTOR:-1}
grep -vE '^\s*(#|$)' "$file" | while read -r name partitions configs; do
  args=(--bootstrap-server "$bootstrap" --create --if-not-exists --topic "$name"
        --partitions "$partitions" --replication-factor "$replication")
  if [ -n "${configs:-}" ]; then
    IFS=',' read -ra pairs <<<"$configs"
    for kv in "${pairs[@]}"; do args+=(--config "$kv"); done
  fi
  "$topics_cmd" "${args[@]}" "$@"
  echo "topic ready: $name"
done
