package uk.casehandover.isva.victimupdate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** In-memory ports, so the application service's rules can be told as stories without a database or a broker. */
final class InMemory {

    private InMemory() {
    }

    static final class ConsentsInMemory implements Consents {
        final Map<ConsentKey, Consent> byKey = new LinkedHashMap<>();

        @Override
        public Optional<Consent> find(ConsentKey key) {
            return Optional.ofNullable(byKey.get(key));
        }

        @Override
        public void save(Consent consent) {
            byKey.put(consent.key(), consent);
        }

        @Override
        public List<Consent> of(String isvaServiceId, String urn) {
            return byKey.values().stream().filter(c -> c.key().isvaServiceId().equals(isvaServiceId))
                    .filter(c -> urn == null || c.key().urn().equals(urn)).toList();
        }
    }

    static final class UpdatesInMemory implements VictimUpdateStore {
        final Map<UUID, VictimUpdate> byId = new LinkedHashMap<>();

        @Override
        public void add(VictimUpdate update) {
            byId.putIfAbsent(update.updateId(), update);
        }

        @Override
        public void replace(VictimUpdate update) {
            byId.put(update.updateId(), update);
        }

        @Override
        public List<VictimUpdate> of(ConsentKey key) {
            return byId.values().stream().filter(u -> u.key().equals(key)).toList();
        }

        @Override
        public int removeAll(ConsentKey key) {
            List<UUID> ids = of(key).stream().map(VictimUpdate::updateId).toList();
            ids.forEach(byId::remove);
            return ids.size();
        }

        @Override
        public List<VictimUpdate> list(String isvaServiceId, String urn, UpdateOrder order) {
            Comparator<VictimUpdate> byDate = Comparator.comparing(VictimUpdate::milestoneDate);
            return byId.values().stream().filter(u -> u.key().isvaServiceId().equals(isvaServiceId))
                    .filter(u -> urn == null || u.key().urn().equals(urn))
                    .sorted(order == UpdateOrder.NEWEST_FIRST ? byDate.reversed()
                            : Comparator.comparing((VictimUpdate u) -> u.key().urn()).thenComparing(byDate))
                    .toList();
        }

        @Override
        public Optional<VictimUpdate> find(String isvaServiceId, UUID updateId) {
            return Optional.ofNullable(byId.get(updateId)).filter(u -> u.key().isvaServiceId().equals(isvaServiceId));
        }

        @Override
        public Optional<VictimUpdate> findForChange(String isvaServiceId, UUID updateId) {
            return find(isvaServiceId, updateId);
        }
    }

    static final class RefusalsInMemory implements Refusals {
        final List<UpdateRefusal> recorded = new ArrayList<>();

        @Override
        public void record(UpdateRefusal refusal) {
            recorded.add(refusal);
        }
    }

    /** Records what would be handed to the police, as readable lines. */
    static final class HandoversInMemory implements IsvaHandovers {
        final List<UUID> receiptsAcknowledged = new ArrayList<>();
        final List<VictimUpdate> updatesAcknowledged = new ArrayList<>();

        @Override
        public void receiptAcknowledged(ReceivedHandover handover, String isvaServiceId) {
            receiptsAcknowledged.add(handover.eventId());
        }

        @Override
        public void updateAcknowledged(VictimUpdate update) {
            updatesAcknowledged.add(update);
        }
    }
}
