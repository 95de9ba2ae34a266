package uk.casehandover.police.casefile.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import uk.casehandover.police.casefile.ActionItemStatus;
import uk.casehandover.police.casefile.CaseCommand;
import uk.casehandover.police.casefile.ContactMethod;
import uk.casehandover.police.casefile.DisclosureSchedule;
import uk.casehandover.police.casefile.DocumentType;
import uk.casehandover.police.casefile.EvidenceDocument;
import uk.casehandover.police.casefile.Offence;
import uk.casehandover.police.casefile.PoliceContact;
import uk.casehandover.police.casefile.SharingScope;
import uk.casehandover.police.casefile.TestType;
import uk.casehandover.schemas.identifiers.CjsOffenceCode;
import uk.casehandover.schemas.identifiers.ForceCode;
import uk.casehandover.schemas.identifiers.PncId;
import uk.casehandover.schemas.identifiers.Urn;
import uk.casehandover.victimdata.ErasureReason;
import uk.casehandover.victimdata.VictimPersonalData;

/**
 * Turns a request body into a command, or answers 400 naming every bad field. Identifiers are checked by the
 * contract's own rules (URN, force code, PNC id, CJS offence code); the force code must be the URN's first two digits;
 * victims and ISVA services are referred to by opaque ids only (letters, digits and dashes), never by name.
 */
@Component
class RequestValidator {

    static final Pattern OPAQUE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{0,63}");
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final int MAX_TEXT = 20_000;
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private final Clock clock;

    RequestValidator(Clock clock) {
        this.clock = clock;
    }

    /** A case to open and the victim's details to encrypt with it (null when none were given). */
    record OpenCaseRequest(CaseCommand.OpenCase command, VictimPersonalData victimDetails) {
    }

    OpenCaseRequest openCase(Requests.OpenCase body) {
        Violations v = new Violations();
        v.addAll(Urn.validate("urn", body.urn()));
        v.addAll(ForceCode.validate("forceCode", body.forceCode()));
        if (body.urn() != null && body.forceCode() != null && body.urn().length() >= 2
                && !body.urn().startsWith(body.forceCode())) {
            v.add("forceCode", "must be the force code the URN starts with (its first two digits)");
        }
        List<Offence> offences = new ArrayList<>();
        forEach(v, "offences", body.offences(), (field, o) -> {
            v.addAll(CjsOffenceCode.validate(field + ".cjsOffenceCode", o.cjsOffenceCode()));
            String description = text(v, field + ".description", o.description(), true);
            LocalDate from = date(v, field + ".committedFrom", o.committedFrom());
            LocalDate to = date(v, field + ".committedTo", o.committedTo());
            if ((o.committedFrom() == null) != (o.committedTo() == null)) {
                v.add(field + ".committedTo", "committedFrom and committedTo go together: give both or neither");
            } else if (from != null && to != null && to.isBefore(from)) {
                v.add(field + ".committedTo", "must not be before committedFrom");
            }
            offences.add(new Offence(o.cjsOffenceCode(), description, from, to));
        });
        List<String> suspects = new ArrayList<>();
        forEach(v, "suspects", body.suspects(), (field, s) -> {
            v.addAll(PncId.validate(field + ".pncId", s.pncId()));
            suspects.add(s.pncId());
        });
        opaqueId(v, "victimId", body.victimId());
        required(v, "enhancedRightsVictim", body.enhancedRightsVictim());
        PoliceContact contact = null;
        if (body.policeContact() == null) {
            v.add("policeContact", "is required: the investigating team's name and telephone (not a person's name)");
        } else {
            var c = body.policeContact();
            String team = text(v, "policeContact.team", c.team(), true);
            String telephone = text(v, "policeContact.telephone", c.telephone(), true);
            if (telephone != null && !telephone.matches("[0-9+ ()-]{6,20}")) {
                v.add("policeContact.telephone", "must be a telephone number: digits, spaces, + ( ) -");
            }
            if (c.email() != null && (c.email().length() > 254 || !EMAIL.matcher(c.email()).matches() || !printable(c.email()))) {
                v.add("policeContact.email", "must be an e-mail address");
            }
            contact = new PoliceContact(team, telephone, c.email());
        }
        VictimPersonalData victimDetails = victimDetails(v, body.victimDetails());
        v.throwIfAny();
        return new OpenCaseRequest(new CaseCommand.OpenCase(body.urn(), offences, suspects, body.victimId(),
                body.enhancedRightsVictim(), contact, null), victimDetails);
    }

    ErasureReason eraseVictimData(String victimId, Requests.EraseVictimData body) {
        Violations v = new Violations();
        opaqueId(v, "victimId", victimId);
        ErasureReason reason = enumOf(v, "reason", body == null ? null : body.reason(), ErasureReason.class, true);
        v.throwIfAny();
        return reason;
    }

    /**
     * The victim's details: every part optional, but an object given must hold something. Names and free text are
     * short printable text; the date of birth is a real past date no more than 120 years ago; telephone and e-mail
     * follow the same rules as the police contact's. Rules name the field, never echo the value.
     */
    private VictimPersonalData victimDetails(Violations v, Requests.VictimDetailsBody body) {
        if (body == null) {
            return null;
        }
        String f = "victimDetails";
        if (body.name() == null && body.dateOfBirth() == null && body.contact() == null
                && body.communicationPreferences() == null) {
            v.add(f, "give at least one of name, dateOfBirth, contact, communicationPreferences (or leave it out)");
            return null;
        }
        VictimPersonalData.Name name = null;
        if (body.name() != null) {
            String given = shortText(v, f + ".name.given", body.name().given(), 100);
            String family = shortText(v, f + ".name.family", body.name().family(), 100);
            if (blank(given) && blank(family)) {
                v.add(f + ".name", "give the given name, the family name or both");
            }
            name = new VictimPersonalData.Name(given, family);
        }
        LocalDate born = date(v, f + ".dateOfBirth", body.dateOfBirth());
        LocalDate today = LocalDate.now(clock);
        if (born != null && !born.isBefore(today)) {
            v.add(f + ".dateOfBirth", "must be in the past");
        } else if (born != null && born.isBefore(today.minusYears(120))) {
            v.add(f + ".dateOfBirth", "must be within the last 120 years");
        }
        VictimPersonalData.Contact contact = null;
        if (body.contact() != null) {
            var c = body.contact();
            if (c.telephone() != null && !c.telephone().matches("[0-9+ ()-]{6,20}")) {
                v.add(f + ".contact.telephone", "must be a telephone number: digits, spaces, + ( ) -");
            }
            if (c.email() != null && (c.email().length() > 254 || !EMAIL.matcher(c.email()).matches()
                    || !printable(c.email()))) {
                v.add(f + ".contact.email", "must be an e-mail address");
            }
            String address = shortText(v, f + ".contact.postalAddress", c.postalAddress(), 500);
            if (blank(c.telephone()) && blank(c.email()) && blank(address)) {
                v.add(f + ".contact", "give a telephone, an e-mail or a postal address");
            }
            contact = new VictimPersonalData.Contact(c.telephone(), c.email(), address);
        }
        VictimPersonalData.CommunicationPreferences preferences = null;
        if (body.communicationPreferences() != null) {
            var p = body.communicationPreferences();
            String field = f + ".communicationPreferences";
            var method = enumOf(v, field + ".preferredMethod", p.preferredMethod(),
                    VictimPersonalData.PreferredMethod.class, false);
            if (p.language() != null && !p.language().matches("[\\p{L} ()-]{2,40}")) {
                v.add(field + ".language", "must be a language name or code: 2 to 40 letters, spaces, ( ) -");
            }
            String times = shortText(v, field + ".safeContactTimes", p.safeContactTimes(), 200);
            preferences = new VictimPersonalData.CommunicationPreferences(method, p.language(),
                    p.interpreterRequired(), p.safeToLeaveMessage(), times);
        }
        return new VictimPersonalData(name, born, contact, preferences);
    }

    private static String shortText(Violations v, String field, String value, int max) {
        if (value == null) {
            return null;
        }
        if (value.isBlank()) {
            v.add(field, "must not be blank (leave it out instead)");
        } else if (value.length() > max) {
            v.add(field, "must be at most " + max + " characters");
        } else if (!printable(value)) {
            v.add(field, "must not contain control characters (other than tab and line breaks) or broken Unicode");
        }
        return value;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    CaseCommand.GiveConsent giveConsent(Requests.GiveConsent body) {
        Violations v = new Violations();
        opaqueId(v, "isvaServiceId", body.isvaServiceId());
        Set<SharingScope> scopes = scopes(v, body.scopes(), true);
        v.throwIfAny();
        return new CaseCommand.GiveConsent(body.isvaServiceId(), scopes);
    }

    CaseCommand.WithdrawConsent withdrawConsent(Requests.WithdrawConsent body) {
        Violations v = new Violations();
        Set<SharingScope> scopes = body == null ? Set.of() : scopes(v, body.scopes(), false);
        v.throwIfAny();
        return new CaseCommand.WithdrawConsent(scopes);
    }

    CaseCommand.RequestEarlyAdvice requestEarlyAdvice(Requests.RequestEarlyAdvice body) {
        Violations v = new Violations();
        String summary = text(v, "summary", body.summary(), true);
        List<String> lines = texts(v, "linesOfEnquiry", body.linesOfEnquiry(), true);
        String account = text(v, "suspectAccountSummary", body.suspectAccountSummary(), false);
        List<String> questions = texts(v, "questionsForProsecutor", body.questionsForProsecutor(), true);
        v.throwIfAny();
        return new CaseCommand.RequestEarlyAdvice(summary, lines, account, questions);
    }

    CaseCommand.SubmitCaseFile submitCaseFile(Requests.SubmitCaseFile body) {
        Violations v = new Violations();
        String mg3 = text(v, "mg3Summary", body.mg3Summary(), true);
        String summary = text(v, "caseSummary", body.caseSummary(), true);
        List<EvidenceDocument> manifest = documents(v, "evidenceManifest", body.evidenceManifest(), true);
        List<DisclosureSchedule> schedules = new ArrayList<>();
        if (body.disclosureSchedules() != null) {
            for (int i = 0; i < body.disclosureSchedules().size(); i++) {
                schedules.add(enumOf(v, "disclosureSchedules[" + i + "]", body.disclosureSchedules().get(i),
                        DisclosureSchedule.class, true));
            }
        }
        TestType test = enumOf(v, "testRequested", body.testRequested(), TestType.class, true);
        Instant custody = instant(v, "custodyExpiresAt", body.custodyExpiresAt(), false);
        Instant bail = instant(v, "bailExpiresAt", body.bailExpiresAt(), false);
        required(v, "suspectInCustody", body.suspectInCustody());
        required(v, "vulnerableVictim", body.vulnerableVictim());
        if (Boolean.TRUE.equals(body.suspectInCustody()) && body.custodyExpiresAt() == null) {
            v.add("custodyExpiresAt", "is required when the suspect is in custody");
        }
        v.throwIfAny();
        return new CaseCommand.SubmitCaseFile(mg3, summary, manifest, schedules, test, custody, bail,
                body.suspectInCustody(), body.vulnerableVictim());
    }

    CaseCommand.AnswerActionPlan answerActionPlan(int sequenceNumber, Requests.AnswerActionPlan body) {
        Violations v = new Violations();
        if (sequenceNumber < 1) {
            v.add("sequenceNumber", "must be 1 or more");
        }
        List<CaseCommand.ItemResponse> responses = new ArrayList<>();
        forEach(v, "responses", body.responses(), (field, r) -> responses.add(new CaseCommand.ItemResponse(
                text(v, field + ".itemId", r.itemId(), true),
                enumOf(v, field + ".status", r.status(), ActionItemStatus.class, true),
                text(v, field + ".response", r.response(), true),
                documents(v, field + ".additionalDocuments", r.additionalDocuments(), false))));
        v.throwIfAny();
        return new CaseCommand.AnswerActionPlan(sequenceNumber, responses);
    }

    CaseCommand.RecordVictimTold recordVictimTold(Requests.RecordVictimTold body) {
        Violations v = new Violations();
        Instant toldAt = instant(v, "toldAt", body.toldAt(), true);
        if (toldAt != null && toldAt.isAfter(clock.instant().plus(CLOCK_SKEW))) {
            v.add("toldAt", "must not be in the future");
        }
        ContactMethod method = enumOf(v, "method", body.method(), ContactMethod.class, true);
        v.throwIfAny();
        return new CaseCommand.RecordVictimTold(toldAt, method);
    }

    CaseCommand.RecordBailChange recordBailChange(Requests.RecordBailChange body) {
        Violations v = new Violations();
        Instant custody = instant(v, "custodyExpiresAt", body.custodyExpiresAt(), false);
        Instant bail = instant(v, "bailExpiresAt", body.bailExpiresAt(), false);
        List<String> conditions = texts(v, "safetyBailConditions", body.safetyBailConditions(), false);
        if (body.custodyExpiresAt() == null && body.bailExpiresAt() == null && conditions.isEmpty()) {
            v.add("bailExpiresAt", "give the new bail or custody expiry, or the safety-relevant bail conditions");
        }
        v.throwIfAny();
        return new CaseCommand.RecordBailChange(custody, bail, conditions);
    }

    // ---- field rules ----

    private interface ItemCheck<T> {
        void check(String field, T item);
    }

    private static <T> void forEach(Violations v, String field, List<T> items, ItemCheck<T> check) {
        if (items == null || items.isEmpty()) {
            v.add(field, "at least one is required");
            return;
        }
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) == null) {
                v.add(field + "[" + i + "]", "is required");
            } else {
                check.check(field + "[" + i + "]", items.get(i));
            }
        }
    }

    private static List<EvidenceDocument> documents(Violations v, String field, List<Requests.DocumentBody> bodies,
            boolean required) {
        List<EvidenceDocument> documents = new ArrayList<>();
        if (!required && (bodies == null || bodies.isEmpty())) {
            return documents;
        }
        forEach(v, field, bodies, (f, d) -> {
            String id = text(v, f + ".documentId", d.documentId(), true);
            String title = text(v, f + ".title", d.title(), true);
            DocumentType type = enumOf(v, f + ".documentType", d.documentType(), DocumentType.class, true);
            if (d.sha256() == null || !SHA256.matcher(d.sha256()).matches()) {
                v.add(f + ".sha256", "must be the document's SHA-256, 64 lower-case hexadecimal characters");
            }
            if (d.sizeBytes() == null || d.sizeBytes() < 0) {
                v.add(f + ".sizeBytes", "is required: the document's size in bytes, 0 or more");
            }
            documents.add(new EvidenceDocument(id, title, type, d.sha256(), d.sizeBytes() == null ? 0 : d.sizeBytes()));
        });
        return documents;
    }

    private static Set<SharingScope> scopes(Violations v, List<String> values, boolean required) {
        Set<SharingScope> scopes = EnumSet.noneOf(SharingScope.class);
        if (values == null || values.isEmpty()) {
            if (required) {
                v.add("scopes", "at least one is required, of " + Arrays.toString(SharingScope.values()));
            }
            return scopes;
        }
        for (int i = 0; i < values.size(); i++) {
            SharingScope scope = enumOf(v, "scopes[" + i + "]", values.get(i), SharingScope.class, true);
            if (scope != null) {
                scopes.add(scope);
            }
        }
        return scopes;
    }

    private static void opaqueId(Violations v, String field, String value) {
        if (value == null || !OPAQUE_ID.matcher(value).matches()) {
            v.add(field, "is required: an opaque id of letters, digits and dashes (at most 64), never a name");
        }
    }

    private static void required(Violations v, String field, Object value) {
        if (value == null) {
            v.add(field, "is required");
        }
    }

    private static String text(Violations v, String field, String value, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                v.add(field, "is required");
            }
            return value;
        }
        if (value.length() > MAX_TEXT) {
            v.add(field, "must be at most " + MAX_TEXT + " characters");
        } else if (!printable(value)) {
            v.add(field, "must not contain control characters (other than tab and line breaks) or broken Unicode");
        }
        return value;
    }

    /** PostgreSQL cannot store NUL in text (a 500 before this check) and no free text needs other controls. */
    private static boolean printable(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                return false;
            }
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    private static List<String> texts(Violations v, String field, List<String> values, boolean required) {
        if (values == null || values.isEmpty()) {
            if (required) {
                v.add(field, "at least one is required");
            }
            return List.of();
        }
        for (int i = 0; i < values.size(); i++) {
            text(v, field + "[" + i + "]", values.get(i), true);
        }
        return List.copyOf(values.stream().map(s -> s == null ? "" : s).toList());
    }

    private static <E extends Enum<E>> E enumOf(Violations v, String field, String value, Class<E> type,
            boolean required) {
        if (value == null) {
            if (required) {
                v.add(field, "is required, one of " + Arrays.toString(type.getEnumConstants()));
            }
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            v.add(field, "must be one of " + Arrays.toString(type.getEnumConstants()));
            return null;
        }
    }

    private static Instant instant(Violations v, String field, String value, boolean required) {
        if (value == null) {
            if (required) {
                v.add(field, "is required: an ISO-8601 instant, e.g. 2026-03-02T09:00:00Z");
            }
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            v.add(field, "must be an ISO-8601 instant, e.g. 2026-03-02T09:00:00Z");
            return null;
        }
    }

    private static LocalDate date(Violations v, String field, String value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            v.add(field, "must be an ISO-8601 date, e.g. 2026-03-02");
            return null;
        }
    }
}
