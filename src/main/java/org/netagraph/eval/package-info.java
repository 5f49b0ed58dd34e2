/**
 * Evaluation of extraction against gold files (the format of {@code ../shared/corpus/README.md}):
 * precision, recall and F1 for persons, holds, former holds and meetings, with each miss and extra.
 * Matching follows {@code ../shared/tools/score.py}.
 */
package org.netagraph.eval;
