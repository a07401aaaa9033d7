package com.gridvault.documents.ingest.sec;

/**
 * A block that looks like an item heading.
 *
 * @param blockIndex index of the block among the filing's blocks
 * @param id section id ("1A", "part2item1a", "2.02")
 * @param order sort key in the form's canonical item order
 * @param title the heading's title, possibly empty
 */
record ItemHeading(int blockIndex, String id, int order, String title) {}
