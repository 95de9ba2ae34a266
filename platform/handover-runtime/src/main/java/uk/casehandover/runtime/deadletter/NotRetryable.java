package uk.casehandover.runtime.deadletter;

/**
 * Marks an exception that no retry can cure (the record breaks the contract, or the state refuses the step it
 * carries): a consumer that throws it, or an exception caused by it, has its record dead-lettered after the first
 * attempt instead of after the binding's {@code max-attempts}. Implement it on the service's own exception type:
 * <pre>{@code class UnappliableHandoverException extends RuntimeException implements NotRetryable { ... }}</pre>
 * Anything else (a database that is briefly away, a lock timeout) is retried as configured.
 */
public interface NotRetryable {

    /** Whether {@code exception} or any of its causes is {@link NotRetryable}. */
    static boolean isNotRetryable(Throwable exception) {
        for (Throwable link = exception; link != null; link = link.getCause() == link ? null : link.getCause()) {
            if (link instanceof NotRetryable) {
                return true;
            }
        }
        return false;
    }
}
