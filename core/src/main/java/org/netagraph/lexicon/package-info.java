/**
 * Loading {@code models/}: the lexicons of states, cities, parties, offices, portfolios,
 * honorifics, cue phrases and people; the cross-script identity key; romanisation; the phrase index
 * that finds lexicon entries in token sequences.
 */
package org.netagraph.lexicon;
