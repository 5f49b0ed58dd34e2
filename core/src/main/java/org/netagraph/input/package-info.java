/**
 * Sources of articles: one small interface ({@link org.netagraph.input.ArticleSource}) and a reader
 * per input format ({@code .txt}, JSON lines and arrays, CSV/TSV, HTML pages, WARC archives,
 * standard input), chosen by extension or {@code --input-format}. Each streams its records, so a
 * file of any size is read in little memory; the load loop itself lives in {@code load}.
 */
package org.netagraph.input;
