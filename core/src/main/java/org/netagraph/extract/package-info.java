/**
 * From sentences to facts: mention finders (one interface, several implementations), the person
 * resolver, the fact rules and the {@link org.netagraph.extract.Pipeline} that runs them. {@code
 * extract.corenlp} is the only package that imports CoreNLP.
 */
package org.netagraph.extract;
