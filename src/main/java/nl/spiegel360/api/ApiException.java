package nl.spiegel360.api;

import org.springframework.http.HttpStatus;

/** A refusal of the API with its status and a sentence for the client's developer. */
final class ApiException extends RuntimeException {

    private final HttpStatus status;

    ApiException(HttpStatus status, String detail) {
        super(detail);
        this.status = status;
    }

    HttpStatus status() {
        return status;
    }
}
