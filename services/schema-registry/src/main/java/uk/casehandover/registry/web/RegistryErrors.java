package uk.casehandover.registry.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import jakarta.servlet.ServletException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import uk.casehandover.registry.errors.RegistryException;
import uk.casehandover.registry.web.Bodies.ErrorBody;

/**
 * Every failure answers Confluent's error body {"error_code", "message"}. Request bodies are never logged; only
 * server-side failures are, without the request.
 */
@RestControllerAdvice
class RegistryErrors {

    private static final Logger LOG = LoggerFactory.getLogger(RegistryErrors.class);
    private static final MediaType V1_JSON = MediaType.parseMediaType(ConfluentMediaTypes.V1_JSON);

    @ExceptionHandler
    ResponseEntity<ErrorBody> refused(RegistryException e) {
        return answer(e.httpStatus(), e.errorCode(), e.getMessage());
    }

    @ExceptionHandler
    ResponseEntity<ErrorBody> unreadable(HttpMessageNotReadableException e) {
        String cause = NestedExceptionUtils.getMostSpecificCause(e).getMessage();
        String firstLine = cause == null ? "no details" : cause.lines().findFirst().orElse("no details");
        return answer(400, 400, "The request body is not valid JSON for this endpoint: " + firstLine);
    }

    @ExceptionHandler
    ResponseEntity<ErrorBody> badPathValue(MethodArgumentTypeMismatchException e) {
        return answer(404, 404, "HTTP 404 Not Found: '" + e.getName() + "' must be a number");
    }

    /** Spring MVC's own refusals: unknown path, wrong method, unsupported media type, missing parameter. */
    @ExceptionHandler({ServletException.class, ErrorResponseException.class})
    ResponseEntity<ErrorBody> http(Exception e) {
        int status = e instanceof ErrorResponse response ? response.getStatusCode().value() : 400;
        HttpStatus known = HttpStatus.resolve(status);
        return answer(status, status, "HTTP " + status + " " + (known == null ? "" : known.getReasonPhrase()));
    }

    @ExceptionHandler
    ResponseEntity<ErrorBody> store(DataAccessException e) {
        LOG.error("Schema store failure", e);
        return answer(500, 50001, "Error in the backend data store");
    }

    @ExceptionHandler
    ResponseEntity<ErrorBody> unexpected(Exception e) {
        LOG.error("Unexpected failure", e);
        return answer(500, 500, "Internal server error");
    }

    private static ResponseEntity<ErrorBody> answer(int status, int errorCode, String message) {
        return ResponseEntity.status(status).contentType(V1_JSON).body(new ErrorBody(errorCode, message));
    }
}
