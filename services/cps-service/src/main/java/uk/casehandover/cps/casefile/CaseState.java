package uk.casehandover.cps.casefile;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Where a case stands at CPS, and which {@link Step} each state allows. Anything not listed is refused: a decision
 * on a rejected file, an answer to an action plan that does not exist, a second accept.
 *
 * <pre>
 * NONE -> EARLY_ADVICE_REQUESTED -> EARLY_ADVICE_GIVEN (-> EARLY_ADVICE_REQUESTED for a follow-up request)
 * NONE | EARLY_ADVICE_* | REJECTED -> FILE_RECEIVED -> ACCEPTED | REJECTED
 * ACCEPTED | UNDER_REVIEW -> ACTION_PLAN_ISSUED -> (answered) UNDER_REVIEW
 * ACCEPTED | UNDER_REVIEW -> DECIDED
 * ACTION_PLAN_ISSUED -> (due date passed) ADMINISTRATIVELY_FINALISED -> (reopen) ACTION_PLAN_ISSUED | UNDER_REVIEW
 * </pre>
 */
public enum CaseState {

    /** A case CPS has not heard of yet; never stored. */
    NONE(Step.RECEIVE_EARLY_ADVICE_REQUEST, Step.RECEIVE_FILE),
    EARLY_ADVICE_REQUESTED(Step.GIVE_EARLY_ADVICE, Step.RECEIVE_FILE, Step.ALLOCATE),
    EARLY_ADVICE_GIVEN(Step.RECEIVE_EARLY_ADVICE_REQUEST, Step.RECEIVE_FILE, Step.ALLOCATE),
    FILE_RECEIVED(Step.ACCEPT, Step.REJECT, Step.ALLOCATE),
    REJECTED(Step.RECEIVE_FILE, Step.ALLOCATE),
    ACCEPTED(Step.ISSUE_ACTION_PLAN, Step.DECIDE, Step.ALLOCATE),
    ACTION_PLAN_ISSUED(Step.RECEIVE_PLAN_ANSWER, Step.FINALISE, Step.ALLOCATE),
    UNDER_REVIEW(Step.ISSUE_ACTION_PLAN, Step.DECIDE, Step.ALLOCATE),
    DECIDED(),
    ADMINISTRATIVELY_FINALISED(Step.RECEIVE_PLAN_ANSWER, Step.REOPEN, Step.ALLOCATE);

    /** Steps that record something about a known case without moving it: allowed in every stored state. */
    private static final Set<Step> RECORDING = EnumSet.of(Step.RECORD_VICTIM_TOLD, Step.RECORD_POLICE_ACKNOWLEDGEMENT);

    private final Set<Step> allowed;

    CaseState(Step... allowed) {
        this.allowed = allowed.length == 0 ? EnumSet.noneOf(Step.class) : EnumSet.of(allowed[0], allowed);
    }

    public boolean allows(Step step) {
        return allowed.contains(step) || (this != NONE && RECORDING.contains(step));
    }

    /** Every state with the steps it allows, for documentation and tests. */
    public static Map<CaseState, Set<Step>> table() {
        Map<CaseState, Set<Step>> table = new java.util.EnumMap<>(CaseState.class);
        for (CaseState state : values()) {
            Set<Step> steps = EnumSet.noneOf(Step.class);
            for (Step step : Step.values()) {
                if (state.allows(step)) {
                    steps.add(step);
                }
            }
            table.put(state, steps);
        }
        return table;
    }
}
