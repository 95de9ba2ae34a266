package uk.casehandover.schemas.identifiers;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The 14 geographical CPS Areas and CPS Direct, the out-of-hours charging service. The code (the constant's name,
 * e.g. LONDON_NORTH) is what a CPS producer puts in HandoverMetadata.producerId.
 */
public enum CpsArea {

    CYMRU_WALES("CPS Cymru-Wales"),
    EAST_MIDLANDS("CPS East Midlands"),
    EAST_OF_ENGLAND("CPS East of England"),
    LONDON_NORTH("CPS London North"),
    LONDON_SOUTH("CPS London South"),
    MERSEY_CHESHIRE("CPS Mersey-Cheshire"),
    NORTH_EAST("CPS North East"),
    NORTH_WEST("CPS North West"),
    SOUTH_EAST("CPS South East"),
    SOUTH_WEST("CPS South West"),
    THAMES_AND_CHILTERN("CPS Thames and Chiltern"),
    WESSEX("CPS Wessex"),
    WEST_MIDLANDS("CPS West Midlands"),
    YORKSHIRE_AND_HUMBERSIDE("CPS Yorkshire and Humberside"),
    CPS_DIRECT("CPS Direct");

    private static final String FIELD = "cpsArea";

    private final String displayName;

    CpsArea(String displayName) {
        this.displayName = displayName;
    }

    public String code() {
        return name();
    }

    public String displayName() {
        return displayName;
    }

    public boolean isGeographicalArea() {
        return this != CPS_DIRECT;
    }

    public static Optional<CpsArea> fromCode(String code) {
        return Stream.of(values()).filter(area -> area.name().equals(code)).findFirst();
    }

    public static CpsArea parse(String value) {
        return parse(FIELD, value);
    }

    public static CpsArea parse(String field, String value) {
        InvalidIdentifierException.throwIfAny(validate(field, value));
        return fromCode(value).orElseThrow();
    }

    public static List<Violation> validate(String field, String value) {
        if (value == null || value.isEmpty()) {
            return List.of(new Violation(field, "is required: a CPS Area code, e.g. LONDON_NORTH"));
        }
        if (fromCode(value).isEmpty()) {
            return List.of(new Violation(field, "must be one of the CPS Area codes "
                    + Stream.of(values()).map(CpsArea::code).collect(Collectors.joining(", "))));
        }
        return List.of();
    }
}
