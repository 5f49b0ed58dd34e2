/**
 * Immutable records that the pipeline stages hand to each other: {@link Article}, {@link Sentence},
 * {@link Token}, {@link Mention}, {@link PersonEntity}, {@link OfficeRef}, the facts {@link Holds}
 * and {@link Met}, and the per-article result {@link ArticleFacts}. This package imports nothing of
 * the rest of netagraph.
 */
package org.netagraph.model;
