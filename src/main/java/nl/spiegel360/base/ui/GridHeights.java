package nl.spiegel360.base.ui;

import com.vaadin.flow.component.grid.Grid;

/** How tall a grid is: as tall as its rows when it has a few, else a height of its own in which it loads rows. */
public final class GridHeights {

    /** Up to this many rows a grid shows them all. */
    static final int ALL_ROWS = 8;

    private GridHeights() {
    }

    /**
     * A grid of a few rows shows them all; a longer one keeps a bounded height and loads only the rows it shows, so
     * that a page of ten thousand rows does not render them all.
     */
    public static void fit(Grid<?> grid, long rows) {
        if (rows <= ALL_ROWS) {
            grid.setAllRowsVisible(true);
        } else {
            grid.addClassName("bounded-grid");
        }
    }
}
