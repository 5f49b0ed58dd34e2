/** The adapter to Stanford CoreNLP: the only package that imports {@code edu.stanford.nlp}. */
package org.netagraph.extract.corenlp;
