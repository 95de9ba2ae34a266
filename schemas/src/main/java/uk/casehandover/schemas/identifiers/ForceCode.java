package uk.casehandover.schemas.identifiers;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The 43 territorial police forces of England and Wales with their standard two-digit force codes (the first two
 * characters of every URN). Only these codes are accepted: a code outside the list is not a force.
 */
public enum ForceCode {

    METROPOLITAN("01", "Metropolitan Police"),
    CUMBRIA("02", "Cumbria"),
    LANCASHIRE("03", "Lancashire"),
    MERSEYSIDE("04", "Merseyside"),
    GREATER_MANCHESTER("05", "Greater Manchester"),
    CHESHIRE("06", "Cheshire"),
    NORTHUMBRIA("07", "Northumbria"),
    DURHAM("10", "Durham"),
    NORTH_YORKSHIRE("11", "North Yorkshire"),
    WEST_YORKSHIRE("12", "West Yorkshire"),
    SOUTH_YORKSHIRE("13", "South Yorkshire"),
    HUMBERSIDE("14", "Humberside"),
    CLEVELAND("16", "Cleveland"),
    WEST_MIDLANDS("20", "West Midlands"),
    STAFFORDSHIRE("21", "Staffordshire"),
    WEST_MERCIA("22", "West Mercia"),
    WARWICKSHIRE("23", "Warwickshire"),
    DERBYSHIRE("30", "Derbyshire"),
    NOTTINGHAMSHIRE("31", "Nottinghamshire"),
    LINCOLNSHIRE("32", "Lincolnshire"),
    LEICESTERSHIRE("33", "Leicestershire"),
    NORTHAMPTONSHIRE("34", "Northamptonshire"),
    CAMBRIDGESHIRE("35", "Cambridgeshire"),
    NORFOLK("36", "Norfolk"),
    SUFFOLK("37", "Suffolk"),
    BEDFORDSHIRE("40", "Bedfordshire"),
    HERTFORDSHIRE("41", "Hertfordshire"),
    ESSEX("42", "Essex"),
    THAMES_VALLEY("43", "Thames Valley"),
    HAMPSHIRE("44", "Hampshire and Isle of Wight"),
    SURREY("45", "Surrey"),
    KENT("46", "Kent"),
    SUSSEX("47", "Sussex"),
    CITY_OF_LONDON("48", "City of London"),
    DEVON_AND_CORNWALL("50", "Devon and Cornwall"),
    AVON_AND_SOMERSET("52", "Avon and Somerset"),
    GLOUCESTERSHIRE("53", "Gloucestershire"),
    WILTSHIRE("54", "Wiltshire"),
    DORSET("55", "Dorset"),
    NORTH_WALES("60", "North Wales"),
    GWENT("61", "Gwent"),
    SOUTH_WALES("62", "South Wales"),
    DYFED_POWYS("63", "Dyfed-Powys");

    private static final String FIELD = "forceCode";

    private final String code;
    private final String displayName;

    ForceCode(String code, String displayName) {
        this.code = code;
        this.displayName = displayName;
    }

    public String code() {
        return code;
    }

    public String displayName() {
        return displayName;
    }

    public static Optional<ForceCode> fromCode(String code) {
        return Stream.of(values()).filter(force -> force.code.equals(code)).findFirst();
    }

    public static ForceCode parse(String value) {
        return parse(FIELD, value);
    }

    public static ForceCode parse(String field, String value) {
        InvalidIdentifierException.throwIfAny(validate(field, value));
        return fromCode(value).orElseThrow();
    }

    public static List<Violation> validate(String field, String value) {
        if (value == null || value.isEmpty()) {
            return List.of(new Violation(field, "is required: a 2-digit police force code, e.g. 01"));
        }
        if (!value.matches("\\d{2}")) {
            return List.of(new Violation(field, "must be a 2-digit police force code, e.g. 01, got "
                    + value.length() + " characters"));
        }
        if (fromCode(value).isEmpty()) {
            return List.of(new Violation(field, "must be the code of one of the 43 territorial forces of England and"
                    + " Wales (01 Metropolitan Police ... 63 Dyfed-Powys), got " + value));
        }
        return List.of();
    }
}
