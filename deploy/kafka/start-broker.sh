#!/usr/bin/env bash
# The entrypoint of the apache/kafka broker container in docker-compose.yml: the image's own start, after formatting
# new storage with the super user admin's SCRAM-SHA-512 credential. In KRaft, SCRAM credentials live in the cluster
# metadata, so the one the broker itself needs (inter-broker listener) must be there before the first start; every
# other principal is added by init.sh once the broker is up. A broker without an admin password refuses to start.
set -euo pipefail
[ -n "${BROKER_ADMIN_PASSWORD:-}" ] || { echo "BROKER_ADMIN_PASSWORD is empty: the broker does not start without it (KAFKA_ADMIN_PASSWORD in .env.example)" >&2; exit 1; }
case $BROKER_ADMIN_PASSWORD in *[,\[\]\"\'=\ ]*)
  echo "BROKER_ADMIN_PASSWORD contains one of , [ ] \" ' = or a space: choose another" >&2; exit 1;;
esac

# the image renders its server.properties from the KAFKA_* environment
/etc/kafka/docker/configure >/dev/null
config=/opt/kafka/config/server.properties
[ -f "$config" ] || config=/etc/kafka/kafka.properties
/opt/kafka/bin/kafka-storage.sh format --ignore-formatted --cluster-id "$CLUSTER_ID" --config "$config" \
  --add-scram "SCRAM-SHA-512=[name=admin,iterations=8192,password=$BROKER_ADMIN_PASSWORD]"

# the image's start (its own format step finds the storage formatted and leaves it)
exec /etc/kafka/docker/run
