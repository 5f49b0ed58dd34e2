/**
 * Reading articles: strict UTF-8 decoding, the optional header line, ICU normalisation, tokens with
 * their script, and sentences.
 */
package org.netagraph.text;
