package uk.casehandover.cps.casefile;

import java.util.Collection;
import java.util.Set;

/**
 * Which cases are rape cases, for the rule that a second or later action plan in a rape case needs a District Crown
 * Prosecutor's review: a case is a rape case when any offence in its file or early advice request has a rape CJS
 * offence code, whatever its suffix (an attempt, SX03001A, counts). The codes are the Sexual Offences Act 2003
 * rape offences as this project models them (SX03001-SX03004); this set is the one place to correct them.
 */
public final class RapeOffences {

    public static final Set<String> BASE_CODES = Set.of("SX03001", "SX03002", "SX03003", "SX03004");

    private RapeOffences() {
    }

    public static boolean anyIn(Collection<String> offenceCodes) {
        return offenceCodes.stream().anyMatch(RapeOffences::isRape);
    }

    public static boolean isRape(String offenceCode) {
        return offenceCode != null && offenceCode.length() >= 7 && BASE_CODES.contains(offenceCode.substring(0, 7));
    }
}
