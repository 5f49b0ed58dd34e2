/**
 * The rule engine: rule files ({@code models/rules/*.rules}) parsed into token patterns over words,
 * word classes and mention layers, and a small backtracking matcher that runs them on immutable
 * {@link org.netagraph.extract.rules.Doc}s. What a rule's action means is up to the extraction code
 * that reads its family; this package knows no word of any language.
 */
package org.netagraph.extract.rules;
