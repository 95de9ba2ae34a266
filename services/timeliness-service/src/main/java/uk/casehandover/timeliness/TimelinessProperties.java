package uk.casehandover.timeliness;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Settings under {@code casehandover.timeliness}; defaults in timeliness-service.yml. */
@ConfigurationProperties("casehandover.timeliness")
public class TimelinessProperties {

    /** How long a receiver has to acknowledge a handover. */
    private Duration acknowledgementDue = Duration.ofMinutes(15);

    /**
     * Per event type (Avro full name, in brackets in YAML/properties keys because of the dots:
     * {@code casehandover.timeliness.acknowledgement-due-by-type[uk.casehandover.police.v1.CaseFileSubmitted]=PT1H}).
     */
    private Map<String, Duration> acknowledgementDueByType = new HashMap<>();

    /** Interval between the end of one overdue/breach sweep and the start of the next. */
    private Duration sweepInterval = Duration.ofSeconds(30);

    /** Rows one sweep transaction takes at most (the sweep repeats until fewer are found). */
    private int sweepBatchSize = 200;

    /** The bank-holiday list, a Spring resource location (classpath:... or file:...). */
    private String bankHolidays = "classpath:uk/casehandover/timeliness/bank-holidays-england-and-wales.csv";

    public Duration acknowledgementDueFor(String eventType) {
        return acknowledgementDueByType.getOrDefault(eventType, acknowledgementDue);
    }

    public Duration getAcknowledgementDue() {
        return acknowledgementDue;
    }

    public void setAcknowledgementDue(Duration acknowledgementDue) {
        this.acknowledgementDue = acknowledgementDue;
    }

    public Map<String, Duration> getAcknowledgementDueByType() {
        return acknowledgementDueByType;
    }

    public void setAcknowledgementDueByType(Map<String, Duration> acknowledgementDueByType) {
        this.acknowledgementDueByType = acknowledgementDueByType;
    }

    public Duration getSweepInterval() {
        return sweepInterval;
    }

    public void setSweepInterval(Duration sweepInterval) {
        this.sweepInterval = sweepInterval;
    }

    public int getSweepBatchSize() {
        return sweepBatchSize;
    }

    public void setSweepBatchSize(int sweepBatchSize) {
        this.sweepBatchSize = sweepBatchSize;
    }

    public String getBankHolidays() {
        return bankHolidays;
    }

    public void setBankHolidays(String bankHolidays) {
        this.bankHolidays = bankHolidays;
    }
}
