#!/usr/bin/env bash
# The entrypoint of the apache/kafka broker container in docker-compose.yml: the image's own start, after
# - writing the broker's JAAS file (owner-only) from BROKER_ADMIN_PASSWORD: the image renders KAFKA_* variables into
#   server.properties but drops a value that contains '=', as every sasl.jaas.config does, so the login modules
#   come from this file through KAFKA_OPTS. admin is the broker's own identity: PLAIN on the controller listener
#   (KRaft serves no SCRAM there), SCRAM-SHA-512 between brokers; the client listeners' SCRAM users are in the metadata;
# - formatting new storage with admin's SCRAM-SHA-512 credential: in KRaft, SCRAM credentials live in the cluster
#   metadata, so the one the broker itself needs must be there before the first start (every other principal is
#   added by init.sh once the broker is up).
# A broker without an admin password refuses to start.
set -euo pipefail
[ -n "${BROKER_ADMIN_PASSWORD:-}" ] || { echo "BROKER_ADMIN_PASSWORD is empty: the broker does not start without it (KAFKA_ADMIN_PASSWORD in .env.example)" >&2; exit 1; }
case $BROKER_ADMIN_PASSWORD in *[,\[\]\"\'=\ \\]*)
  echo "BROKER_ADMIN_PASSWORD contains one of , [ ] \" ' = \\ or a space: choose another" >&2; exit 1;;
esac

jaas=/tmp/kafka-server-jaas.conf
(umask 077; cat >"$jaas" <<JAAS
KafkaServer {
  org.apache.kafka.common.security.plain.PlainLoginModule required
    username="admin" password="$BROKER_ADMIN_PASSWORD" user_admin="$BROKER_ADMIN_PASSWORD";
  org.apache.kafka.common.security.scram.ScramLoginModule required
    username="admin" password="$BROKER_ADMIN_PASSWORD";
};
JAAS
)
export KAFKA_OPTS="${KAFKA_OPTS:-} -Djava.security.auth.login.config=$jaas"

# the image renders its server.properties from the KAFKA_* environment
/etc/kafka/docker/configure >/dev/null
config=/opt/kafka/config/server.properties
[ -f "$config" ] || config=/etc/kafka/kafka.properties
/opt/kafka/bin/kafka-storage.sh format --ignore-formatted --cluster-id "$CLUSTER_ID" --config "$config" \
  --add-scram "SCRAM-SHA-512=[name=admin,iterations=8192,password=$BROKER_ADMIN_PASSWORD]"

# the image's own start (its format step finds the storage formatted and leaves it)
exec /etc/kafka/docker/run
