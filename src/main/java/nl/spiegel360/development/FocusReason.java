package nl.spiegel360.development;

/**
 * Why a competency is proposed as a focus point: below its norm (the next level's indicators that hold it back), a
 * blind spot (the employee sees more than the others do), a hidden strength (the others see more), or the next level
 * of a competency that meets its norm.
 */
public enum FocusReason {
    BELOW_NORM, BLIND_SPOT, HIDDEN_STRENGTH, NEXT_LEVEL
}
