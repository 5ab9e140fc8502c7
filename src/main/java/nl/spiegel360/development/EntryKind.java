package nl.spiegel360.development;

/** The kinds of lines in a plan's history. */
public enum EntryKind {
    COMMENT, CHECK_IN, PROPOSED, AGREED, CHANGED, SHARED, UNSHARED
}
