/**
 * The load loop: find article files, extract them in parallel, write them in batches, report. The
 * CLI only parses flags and calls {@link org.netagraph.load.Loader}.
 */
package org.netagraph.load;
