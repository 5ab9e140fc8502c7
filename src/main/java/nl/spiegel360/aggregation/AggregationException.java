package nl.spiegel360.aggregation;

/** Bad input, refused as a whole: the message names the rater and the indicator where it applies. */
public class AggregationException extends RuntimeException {

    public AggregationException(String message) {
        super(message);
    }
}
